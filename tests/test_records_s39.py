"""Read in session 39: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _money(text: str) -> list[tuple[str, float, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.text, m.value.amount, m.value.currency) for m in report.mentions if m.type == "money"]


# A mainland report mirrored in traditional characters names its own city over and over: its bare 元 is CNY even where a
# project's name holds 香港 as often as the page holds the mainland's government words; a Hong Kong or Taiwan page that
# names a mainland city once keeps its own currency.
BARE_YUAN_BY_THE_PAGES_CITIES = [
    (
        "記者昨從市招商局獲悉,一季度,荊州招商引資實際到位資金264億元。荊州新引進項目48個,"
        "其中落戶監利縣、投資60億元的香港國際家居產業園項目已開工,產品將銷往香港。",
        [("264億元", 26400000000, "CNY"), ("60億元", 6000000000, "CNY")],
    ),
    (
        "新鄉與香港貿發局合辦推介會,在香港會展中心簽約項目12個,總投資80億元。新鄉市委書記表示,新鄉歡迎港商投資。",
        [("80億元", 8000000000, "CNY")],
    ),
    (
        "香港特區政府投資推廣署今日表示,本港去年協助企業在港開設或擴展業務,投資額達50億元,其中一家深圳企業在九龍設立總部。",
        [("50億元", 5000000000, "HKD")],
    ),
    (
        "經濟部投審會今日公布,新竹與台中去年核准僑外投資200億元,部分台商來自廈門。",
        [("200億元", 20000000000, "TWD")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_YUAN_BY_THE_PAGES_CITIES)
def test_a_bare_yuan_follows_the_cities_a_page_names(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _money(text) == expected


def _deals(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(tuple(d.projects), tuple(d.investors)) for d in report.deals]


# A firm's money and the project it builds, the name right after 的 and quoted: one deal of the firm's project, not also
# one of the firm alone.
FIRM_AMOUNT_QUOTED_PROJECT = [
    (
        "宝清县招商引资取得新突破。上海良友乳业投资6800万元的“优+利乐包纯牛奶生产项目”已落户宝清。",
        [(("优+利乐包纯牛奶生产项目",), ("上海良友乳业",))],
    ),
    (
        "宝清县招商引资取得新突破。华信电气有限公司投资1.5亿元的「智能变压器项目」在宝清签约。",
        [(("智能变压器项目",), ("华信电气有限公司",))],
    ),
    (
        "宝清县招商引资取得新突破。上海良友乳业投资6800万元的纯牛奶生产项目已落户宝清。",
        [(("纯牛奶生产项目",), ("上海良友乳业",))],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRM_AMOUNT_QUOTED_PROJECT)
def test_a_firms_amount_builds_the_quoted_project_after_it(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    assert _deals(text) == expected


def _orgs(text: str) -> list[str]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [m.text for m in report.mentions if m.type == "org"]


# Names listed before a count of towns that sign with firms are towns, not firms; a banner or league the gazetteer knows
# (阿荣旗, 锡林郭勒盟) is a place beside the firm it signs with; a brand ending in 旗 stays a firm.
NOT_FIRMS_BESIDE_FIRMS = [
    ("城关、马集、刘庄、柳河、三塘等9个乡镇分别与投资企业签订了9项投资协议。", []),
    (
        "东莞普航电子、上海曼雅电器、深圳瑞科光通信等6家企业与我县签约。",
        ["东莞普航电子", "上海曼雅电器", "深圳瑞科光通信"],
    ),
    ("旗长代表阿荣旗与蒙草集团签署合作协议。", ["蒙草集团"]),
    ("锡林郭勒盟与蒙草集团签署合作协议。", ["蒙草集团"]),
    ("一汽集团、红旗与蒙草集团签署合作协议。", ["一汽集团", "红旗", "蒙草集团"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_FIRMS_BESIDE_FIRMS)
def test_towns_and_banners_beside_firms_are_no_firms(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def _metrics(text: str, reference_date: str = "2019-06-01") -> list[tuple[str, object, str | None, object]]:
    report = _EXTRACT_WITH_RULES(text, reference_date=reference_date)
    out = []
    for m in report.metrics:
        value = m.value.amount if m.value_type == "money" else m.value.value
        yoy = m.yoy.value if m.yoy is not None else None
        out.append((m.indicator, value, m.place, yoy))
    return out


# Places ranked by a figure after a phrase that names their level and closes on a colon, each figure right after its
# place or in brackets after it: each place's figure, named before the ranking.
RANKED_PLACES_AFTER_A_COLON = [
    (
        "1-6月,江西省实际使用外资居前三位的设区市是:南昌市(98765万美元)、赣州市(45678万美元)、九江市(34567万美元)。",
        [
            ("实际使用外资", 987650000, "南昌市", None),
            ("实际使用外资", 456780000, "赣州市", None),
            ("实际使用外资", 345670000, "九江市", None),
        ],
    ),
    (
        "1-6月,全省省外到位资金位居前三位的市州是:南昌(212.5亿元)、赣州(180亿元)、九江(150.3亿元)。",
        [
            ("省外到位资金", 21250000000, "南昌市", None),
            ("省外到位资金", 18000000000, "赣州市", None),
            ("省外到位资金", 15030000000, "九江市", None),
        ],
    ),
    (
        "1-6月,全省省外到位资金排在前两位的是:南昌212.5亿元、赣州180亿元。",
        [("省外到位资金", 21250000000, "南昌市", None), ("省外到位资金", 18000000000, "赣州市", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_PLACES_AFTER_A_COLON)
def test_ranked_places_after_a_colon_each_take_their_figure(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


# A multiple of last year's figure is the yoy of the figure before it (是去年同期的3.5倍 → 250%), one by one for a 分别 run
# after as many figures; with no figure to take it, or as a multiple of an earlier year's (是2015年的3倍), it is nothing.
MULTIPLES_OF_A_BASE = [
    ("1-6月,全市实际利用外资1.2亿美元,是去年同期的3.5倍。", [("实际利用外资", 120000000, "全市", 250)]),
    ("1-6月,全县新签约项目16个,为上年同期的2倍。", [("新签约项目", 16, "全县", 100)]),
    (
        "2018年全市新引进项目45个、竣工项目31个,分别为上一年度的1.8倍、5.5倍。",
        [("新引进项目", 45, "全市", 80), ("竣工项目", 31, "全市", 450)],
    ),
    ("2018年全市新引进博士60人、硕士240人,分别为上一年度的1.5倍、2.5倍。", []),
    ("2018年全市新引进项目45个,是2015年的3倍。", [("新引进项目", 45, "全市", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MULTIPLES_OF_A_BASE)
def test_a_multiple_of_last_years_figure_is_its_yoy(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [m for m in _metrics(text) if m[1] not in (60, 240)] == expected


# A percent inside a quoted phrase with no clause break is a slogan or a rule, no statistic; a rate told outside the
# quotes stays one.
PERCENTS_IN_QUOTED_SLOGANS = [
    ("今年,该县落实“重大招商项目100%专班服务、先进产业项目100%确保供地、签约承诺事项100%跟踪落实”。", []),
    ("全县坚持“两个15%”的目标,项目开工率达95%。", [("项目开工率", 95, "全县", None)]),
    ("该县大力推行“1%招商奖励”政策,全年项目履约率达92.5%。", [("项目履约率", 92.5, "该县", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PERCENTS_IN_QUOTED_SLOGANS)
def test_percents_in_quoted_slogans_are_no_statistics(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


# Projects observed at a round of visits (集中观摩了A、B、C等4个项目) are places visited, as inspected ones are; a stage
# told of them after the verb keeps them deals.
PROJECTS_OBSERVED = [
    (
        "3月16日,丹徒区集中开工8个项目,总投资42亿元;集中观摩了智能装备产业园、江心洲物流中心、丹徒高铁新城等4个项目。",
        [],
    ),
    (
        "3月16日,丹徒区集中观摩了已竣工投产的智能装备产业园项目。",
        [(("智能装备产业园项目",), ())],
    ),
    ("3月16日,丹徒区重大项目集中开工,智能装备产业园项目开工建设。", [(("智能装备产业园项目",), ())]),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS_OBSERVED)
def test_projects_observed_are_no_deals(text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert _deals(text) == expected


def test_a_rules_name_between_two_model_names_of_a_list_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 、 list whose first and last items the model names and whose middle item only the rules read: the list names its
    projects item by item, so the middle one is a project too (the model's spans are fixed here, as one model reads)."""
    from dsz_extract.dims import project_model

    text = "本次集中开工的3个重点项目分别是:澄江大桥、江城市第一水厂、太阳溪湿地公园。"
    items = ["澄江大桥", "江城市第一水厂", "太阳溪湿地公园"]
    spans = [(text.index(name), text.index(name) + len(name)) for name in items]
    monkeypatch.setattr(project_model, "model_spans", lambda doc: [spans[0], spans[2]])
    report = Extractor()(text, reference_date="2020-04-23")
    assert [m.text for m in report.mentions if m.type == "project"] == items
    monkeypatch.setattr(project_model, "model_spans", lambda doc: [spans[0]])
    report = Extractor()(text, reference_date="2020-04-23")
    assert "江城市第一水厂" not in [m.text for m in report.mentions if m.type == "project"]


# An ordinal list shares its 第 (分别排全市第一、二名; 分列第15、18名): the numbers after the first are ranks, no counts; a
# plain list of counts stays counts.
ORDINAL_LISTS = [
    ("1-9月,该县招商引资到位资金和工业投资分别排全市第一、二名。", []),
    ("该市两项指标分列第15、18名。", []),
    ("全县新签约项目12个、竣工项目8个。", [("新签约项目", 12, "全县", None), ("竣工项目", 8, "全县", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_LISTS)
def test_numbers_after_an_ordinal_are_ranks(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


# What a project is to yield once built, the projection opening an earlier clause and its yields listed after it
# (建成后预计年产值13.6亿元，税收6800多万元), is no statistic; a place's figures with no projection stay.
YIELDS_AFTER_A_PROJECTION = [
    ("该项目正在加快建设,建成后预计年产值13.6亿元,税收6800多万元,可解决2100多人就业。", []),
    ("达产后可年产60万台液压件,预计可实现年销售收入1.8亿元,税收3000万元。", []),
    ("二期项目全部建成投产后预计年产值20亿元,年税收1.2亿元。", []),
    ("今年,全县实际到位资金35亿元,同比增长12%。", [("实际到位资金", 3500000000, "全县", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), YIELDS_AFTER_A_PROJECTION)
def test_yields_after_a_projection_are_no_statistics(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


def _investor_totals(text: str) -> list[tuple[tuple[str, ...], list[float]]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2020-10-15")
    return [(tuple(d.investors), [a.money.amount for a in d.amounts if a.role == "total"]) for d in report.deals]


# A firm signing with a place an agreement whose words hold its one amount (达成投资20亿元的协议, 签订20亿元投资协议): that
# amount is the firm's total; an agreement with no amount leaves the deal without one.
AMOUNTS_INSIDE_THE_AGREEMENT = [
    (
        "10月15日,前锋区举行项目签约仪式。宏景实业集团有限公司与前锋区达成投资20亿元的协议。",
        [(("宏景实业集团有限公司",), [2000000000])],
    ),
    (
        "10月15日,前锋区举行项目签约仪式。宏景实业集团有限公司与前锋区签订20亿元投资协议。",
        [(("宏景实业集团有限公司",), [2000000000])],
    ),
    ("10月15日,前锋区举行项目签约仪式。前锋区与宏景实业集团有限公司签订合作协议。", [(("宏景实业集团有限公司",), [])]),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS_INSIDE_THE_AGREEMENT)
def test_an_amount_inside_the_agreement_is_the_firms_total(
    text: str, expected: list[tuple[tuple[str, ...], list[float]]]
) -> None:
    assert _investor_totals(text) == expected


# Workstations listed as settling (诺贝尔奖、外国院士工作站落户) are talent's, no firms' deals; firms listed so stay deals.
STATIONS_SETTLING = [
    ("清远市招才引智成效明显,诺贝尔奖、外国院士工作站落户。", []),
    ("英德市招才引智成效明显,博士后科研工作站、院士专家工作站相继落户。", []),
    (
        "长城汽车、雅迪电动车、东鹏陶瓷等一批龙头企业相继落户。",
        [(("长城汽车",), ()), (("雅迪电动车",), ()), (("东鹏陶瓷",), ())],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STATIONS_SETTLING)
def test_workstations_settling_are_no_deals(text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    assert [(d[1], d[0]) for d in _deals(text)] == expected


def _shares(text: str) -> list[tuple[str, object, object]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2017-07-01")
    out = []
    for m in report.metrics:
        value = m.value.amount if m.value_type == "money" else m.value.value
        out.append((m.indicator, value, m.share.value if m.share is not None else None))
    return out


# Shares listed after 分别 and a share word, after as many figures (…，合同外资76.1亿美元，分别占总量的34.9%和40.2%): each the
# share of the figure in its place, no statistics of their own.
SHARES_ONE_FOR_ONE = [
    (
        "前6月,全省新设外资项目400个,合同外资76.1亿美元,分别占总量的34.9%和40.2%。",
        [("新设外资项目", 400, 34.9), ("合同外资", 7610000000, 40.2)],
    ),
    (
        "截至3月底,新签工业项目6个,协议资金2.66亿元,到位资金0.35亿元,分别占新签总额的1.5%和10.7%。",
        [("新签工业项目", 6, None), ("协议资金", 266000000, 1.5), ("到位资金", 35000000, 10.7)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_ONE_FOR_ONE)
def test_shares_after_as_many_figures_are_theirs(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _shares(text) == expected


def test_a_model_name_starts_after_a_verb_of_talks_or_signing(monkeypatch: pytest.MonkeyPatch) -> None:
    """A span of the model's that runs over a verb of talks or signing (我区与正邦|洽谈|生猪养殖项目) names the project after
    the verb; the partner before it stays an organisation (no real dev gold name holds such a verb)."""
    from dsz_extract.dims import project_model

    text = "我区与正邦洽谈生猪养殖项目。"
    monkeypatch.setattr(project_model, "model_spans", lambda doc: [(3, len(text) - 1)])
    report = Extractor()(text, reference_date="2020-01-01")
    assert [(m.type, m.text) for m in report.mentions if m.type in ("org", "project")] == [
        ("org", "正邦"),
        ("project", "生猪养殖项目"),
    ]
    text = "我区与正邦签约生猪养殖项目。"
    report = Extractor()(text, reference_date="2020-01-01")
    assert [m.text for m in report.mentions if m.type == "project"] == ["生猪养殖项目"]
