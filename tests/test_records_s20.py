"""Wordings written for classes the session-20 error analysis showed (not taken from pages): a place in front of a
project whose site the sentence stands on, the projects a name is picked out of, a figure each place of a list has
across two clauses or before 且, counts and changes that restate or compare, where the money comes from, and foreign
and Taiwanese firms named alone."""

from __future__ import annotations

import pytest

from dsz_extract import extract

Y = 100_000_000  # 亿元

# sentence → (the project's name, the place a mention names in front of it)
SITE_PLACES: list[tuple[str, str, str]] = [
    # a zone, then a registered firm's project, at whose site the ceremony is held
    ("3月8日，城南区重大项目集中开工仪式在临江高新区江苏远航精密机械有限公司智能装备产业化项目现场举行。",
     "江苏远航精密机械有限公司智能装备产业化项目", "临江高新区"),
    # a province's short name and a city's development zone, the site's works going on
    ("20日上午，宁夏石嘴山市经济技术开发区新材料产业园三期项目建设工地上，机器轰鸣，全市集中开工活动拉开序幕。",
     "新材料产业园三期项目", "石嘴山市经济技术开发区"),
    # a county-level city, the site after the name and its phase's works
    ("2月18日傍晚，在阿拉尔市华科电子有限公司智能终端产业园项目二期工程建设工地，工人加紧施工。",
     "华科电子有限公司智能终端产业园项目", "阿拉尔市"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "project", "place"), SITE_PLACES, ids=["zone", "province-and-zone", "phase-works"])
def test_a_place_in_front_of_a_site_is_no_part_of_the_name(text: str, project: str, place: str) -> None:
    report = extract(text, reference_date="2023-06-01")
    projects = [m.text for m in report.mentions if m.type == "project"]
    assert projects == [project]
    places = [m.text for m in report.mentions if m.type == "place"]
    assert places[0].endswith(place) or place in places


# The projects a name is picked out of: no part of the name, and their count is the whole told again.
AMONG: list[tuple[str, list[str]]] = [
    ("截至5月底，80项省重点项目中白鹤滩光伏电站、龙泉石化炼化一体化等32个项目已建成投产。",
     ["白鹤滩光伏电站", "龙泉石化炼化一体化"]),
    ("全市45個重大項目中臨港物流中心二期、濱江產業園等12個項目已竣工。", ["臨港物流中心二期", "濱江產業園"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "projects"), AMONG, ids=["simplified", "traditional"])
def test_the_projects_a_name_is_picked_out_of(text: str, projects: list[str]) -> None:
    report = extract(text, reference_date="2023-06-20")
    assert [m.text for m in report.mentions if m.type == "project"] == projects
    assert [m.value.value for m in report.metrics if m.value_type == "count"] == [32 if "80项" in text else 12]


# "N个项目中" names the whole the next figures are picked from: its count is no statistic of its own.
WHOLES_TOLD_AGAIN = [
    "此次签约的36个项目中有20个是制造业项目。",
    "全县52个重点项目中已开工项目41个。",
    "28个签约项目中投资10亿元以上的有9个。",
]


@pytest.mark.parametrize("text", WHOLES_TOLD_AGAIN)
def test_a_count_of_projects_before_zhong_is_the_whole(text: str) -> None:
    counts = [m.value.value for m in extract(text, reference_date="2023-06-20").metrics if m.value_type == "count"]
    assert counts and counts[0] not in (36, 52, 28), counts


# A figure each place of the list has: across the clause break after the list, and before 且.
def test_a_figure_each_place_has_before_qie() -> None:
    text = "1-6月，芜湖、宿州和淮南三市实际到位资金均超300亿元且增速较快。"
    metrics = extract(text, reference_date="2023-07-20").metrics
    assert [(m.indicator, m.place, m.value.amount, m.period) for m in metrics] == [
        ("实际到位资金", p, 300 * Y, "2023-01/2023-06") for p in ("芜湖市", "宿州市", "淮南市")
    ]


def test_a_bar_told_before_each_places_own_figure_is_not_each_places() -> None:
    text = "截至目前，曲靖、玉溪和红河三州市的项目落地率均超过40%，分别为52%、47%和41%。"
    metrics = extract(text, reference_date="2023-07-20").metrics
    assert sorted((m.place, m.value.value) for m in metrics if m.value.value != 40) == [
        ("曲靖市", 52), ("玉溪市", 47), ("红河哈尼族彝族自治州", 41)
    ]  # fmt: skip
    assert [m.place for m in metrics if m.value.value == 40] in ([], [None], ["云南省"])


def test_a_source_of_investment_is_no_bar_before_qie() -> None:
    text = "一季度，日本、德国等国家对江苏省实际投资过亿美元且均实现增长。"
    metrics = extract(text, reference_date="2023-04-20").metrics
    assert not any(m.value_type == "money" and m.value.amount == 1 * Y for m in metrics)


# Changes told against the start of the year, or after a comparison closing its own clause, are differences.
DIFFERENCES: list[tuple[str, list[float]]] = [
    ("截至6月底，全市在谈项目312个，较年初净增加41个。", [312]),
    ("1-6月，全市签约项目120个，协议投资860亿元；与去年同期相比，项目数增加18个，投资额增加150亿元。", [120, 860 * Y]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), DIFFERENCES, ids=["since-new-year", "compared-clause"])
def test_changes_are_no_statistics(text: str, values: list[float]) -> None:
    metrics = extract(text, reference_date="2023-07-20").metrics
    assert [getattr(m.value, "amount", None) or m.value.value for m in metrics] == values


# Where the money comes from is no place of the figure: the destination is.
SOURCES: list[tuple[str, str]] = [
    ("上半年，京津冀来晋投资在建项目860个，实际到位资金1200亿元。", "山西省"),
    ("会上，珠三角地区企业同广西壮族自治区成功签约项目56个，协议总投资800亿元。", "广西壮族自治区"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), SOURCES, ids=["coming-to", "firms-of-a-region"])
def test_the_source_of_investment_is_no_place_of_the_figure(text: str, place: str) -> None:
    metrics = extract(text, reference_date="2023-07-20").metrics
    assert metrics and {m.place for m in metrics} == {place}


# Foreign and Taiwanese firms named alone (data/lexicon/org_known.tsv): an investor deal each.
KNOWN_FIRMS: list[tuple[str, str]] = [
    ("其中惠普在台投資新台幣36億元，設立全球研發中心。", "惠普"),
    ("据悉，辉瑞将在苏州投资5亿美元建设生物药工厂。", "辉瑞"),
    ("鹏鼎今年决议在高雄投资新台币50亿元扩建新厂。", "鹏鼎"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "firm"), KNOWN_FIRMS, ids=["hp", "pfizer", "avary"])
def test_known_firms_named_alone_invest(text: str, firm: str) -> None:
    deals = extract(text, reference_date="2023-07-20").deals
    assert [d.investors for d in deals] == [[firm]]


# The amount each project of the clause before reaches is a bar the projects pass, no statistic; a place list
# before it keeps it each place's figure.
def test_the_amount_each_project_reaches_is_no_statistic() -> None:
    text = "此次签约的12个产业项目，总投资均达到5亿元及以上，涉及新材料、装备制造等领域。"
    metrics = extract(text, reference_date="2023-07-20").metrics
    assert [(m.indicator, m.value.value) for m in metrics] == [("产业项目", 12)]


def test_the_amount_each_place_reaches_stays_each_places() -> None:
    text = "1-6月，昆明、曲靖两市签约项目投资均超过300亿元。"
    metrics = extract(text, reference_date="2023-07-20").metrics
    assert sorted((m.place, m.value.amount) for m in metrics) == [("昆明市", 300 * Y), ("曲靖市", 300 * Y)]


# Names quoted one after another are one name each.
def test_quoted_names_side_by_side_are_two() -> None:
    text = "“临港智能装备产业园项目”“滨江生物医药产业园”……涵盖装备制造等产业共45个项目集中亮相。"
    assert [m.text for m in extract(text).mentions if m.type == "project"] == [
        "临港智能装备产业园项目",
        "滨江生物医药产业园",
    ]


# The sum of the agreement a firm signs with the place, right after the verb.
AGREEMENT_SUMS: list[tuple[str, str, float]] = [
    ("8月3日，东乡县人民政府与江西华锐新材料有限公司成功签订了共计15亿元项目合作协议。", "江西华锐新材料有限公司", 15 * Y),
    ("会上，县政府与广州博源科技有限公司签署总额8亿元的投资合同。", "广州博源科技有限公司", 8 * Y),
]  # fmt: skip


@pytest.mark.parametrize(("text", "firm", "amount"), AGREEMENT_SUMS, ids=["gongji", "zonge"])
def test_the_sum_of_the_agreement_signed_is_the_firms_deal(text: str, firm: str, amount: float) -> None:
    deals = extract(text, reference_date="2023-08-05").deals
    assert [(d.investors, [a.money.amount for a in d.amounts], d.stage) for d in deals] == [
        ([firm], [amount], "signed")
    ]


# "投资N亿元，建设X项目": the amount closing the clause before is the total of the project the next clause builds.
def test_the_amount_invested_before_building_the_project_is_its_total() -> None:
    text = "今年，该公司计划在南丰县投资12亿元，建设年产5万吨新能源电池材料项目。"
    deals = extract(text, reference_date="2023-08-05").deals
    assert [(d.projects, [a.money.amount for a in d.amounts]) for d in deals] == [
        (["年产5万吨新能源电池材料项目"], [12 * Y])
    ]


# A page's image path is no project, whatever the model tags in it (as it tagged crabby-images/cca27 on a real page).
def test_a_name_without_a_chinese_character_is_no_project(monkeypatch: pytest.MonkeyPatch) -> None:
    from dsz_extract.dims import project_model

    text = "图片：crabby-images/cca27/x.png\n该公司投资5亿元建设智能装备产业园项目。"
    latin = (text.index("crabby"), text.index("/x.png"))
    han = (text.index("智能"), text.index("。"))
    monkeypatch.setattr(project_model, "model_spans", lambda doc: [latin, han])
    assert [m.text for m in extract(text).mentions if m.type == "project"] == ["智能装备产业园项目"]


# A firm's past works, told to introduce it, are no deals of the page.
def test_a_firms_past_works_are_no_deals() -> None:
    text = (
        "项目投资方长江建投集团是省内重要的城市建设投融资平台，近年来代表作有滨江隧道、沿湖绿道、解放大道综合改造等。"
    )
    assert extract(text, reference_date="2023-06-01").deals == []


# Works pressed on at the project's building site: started.
STARTED_AT_THE_SITE = [
    "3月8日，在城北产业园华晟电子科技产业园项目二期工程建设工地，工人们正加紧施工。",
    "在开发区一角，江西瑞丰纺织科技有限公司年产5万吨纱线项目基础施工建设全面展开。",
]


@pytest.mark.parametrize("text", STARTED_AT_THE_SITE, ids=["pressed-on", "under-way"])
def test_works_pressed_on_at_the_site_are_started(text: str) -> None:
    deals = extract(text, reference_date="2023-03-10").deals
    assert deals and all(d.stage == "started" for d in deals), deals


# What projects are to yield once built or running, told in the clauses after 投产后 / 建成后, and the jobs a project can
# bring told after the number, are no statistics; nor is the money of the one firm a sentence opens on.
NOT_STATISTICS = [
    "此次签约的5个产业项目全面投产后，预计可实现年产值18亿元，年税收6200万元，提供就业岗位900个。",
    "项目建成投产后，可解决3000人左右就业。",
    "华锐公司与县政府签订合作协议。该企业预计投入建设资金6亿元，用于建设生产基地。",
]


@pytest.mark.parametrize("text", NOT_STATISTICS, ids=["after-running", "jobs-after-number", "the-firm"])
def test_projections_and_one_firms_money_are_no_statistics(text: str) -> None:
    assert extract(text, reference_date="2023-06-01").metrics == []


def test_a_places_own_jobs_stay_a_statistic() -> None:
    metrics = extract("今年，全县新增城镇就业2300人。", reference_date="2023-06-01").metrics
    assert [(m.indicator, m.value.value) for m in metrics] == [("新增城镇就业", 2300)]


# An official signing for the place, and firms listed before 分别 with as many projects after it: one investor each.
def test_firms_signing_respectively_with_an_official() -> None:
    text = "5月10日，宁陵县县长王建现场与河南恒达机械有限公司、江苏华宇新材料有限公司分别签订了恒达农机装备生产项目、华宇新型复合材料生产项目。"
    deals = extract(text, reference_date="2023-05-11").deals
    assert [(d.projects, d.investors, d.stage) for d in deals] == [
        (["恒达农机装备生产项目"], ["河南恒达机械有限公司"], "signed"),
        (["华宇新型复合材料生产项目"], ["江苏华宇新材料有限公司"], "signed"),
    ]


def test_an_official_and_the_firms_manager_sign_the_project() -> None:
    text = "会上，临港经济开发区主任李明与山东华泰化工有限公司总经理张强签约年产5万吨电子级化学品项目。"
    deals = extract(text, reference_date="2023-05-11").deals
    assert [(d.projects, d.investors) for d in deals] == [(["年产5万吨电子级化学品项目"], ["山东华泰化工有限公司"])]


# The owner and the verb it invests with are no part of the model's name (X公司投资的|Y项目).
def test_the_owner_and_its_verb_leave_the_models_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from dsz_extract.dims import project_model

    text = "签约项目包括辽宁华泰镁业科技有限公司投资的农副产品加工冷藏项目。"
    span = (text.index("辽宁"), text.index("。"))
    monkeypatch.setattr(project_model, "model_spans", lambda doc: [span])
    assert [m.text for m in extract(text).mentions if m.type == "project"] == ["农副产品加工冷藏项目"]


# A firm's origin or ownership in short before its registered name is no part of it.
@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("臺企長春穎霆科技有限公司日前與開發區簽訂協議。", "長春穎霆科技有限公司"),
        ("港企九龙仓置业有限公司宣布追加投资。", "九龙仓置业有限公司"),
        ("央企中国建筑第三工程局有限公司中标该项目。", "中国建筑第三工程局有限公司"),
    ],
)
def test_a_short_origin_before_a_registered_firm(text: str, firm: str) -> None:
    assert [m.text for m in extract(text).mentions if m.type == "org"] == [firm]
