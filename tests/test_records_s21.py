"""Wordings written for classes the session-21 error analysis showed (not taken from pages): a round word without
digits and the count after it, quotes a project's name opens and closes, the verb placing a name, a school of a
central town, a firm quoted after its trade, a count opening the list of what it counted before, a fund set up, and a
site's channels named after places."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.dims import project_model

Y = 100_000_000  # 亿元

# A round word written without digits (过亿, 超亿, 上万) is whole: the digits after it start a count of their own.
ROUND_WORDS: list[tuple[str, list[tuple[str, int]]]] = [
    ("全区规上企业86家,其中产值过亿23家。", [("86家", 86), ("23家", 23)]),
    ("銷售收入超億12家,超千萬40家。", [("12家", 12), ("40家", 40)]),
    ("全县新增纳税上亿7户。", [("7户", 7)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "counts"), ROUND_WORDS, ids=["过亿", "超億-traditional", "上亿"])
def test_a_round_word_does_not_run_into_the_count_after_it(text: str, counts: list[tuple[str, int]]) -> None:
    report = extract(text, reference_date="2023-06-01")
    found = [(m.text, m.value.value) for m in report.mentions if m.type == "count"]
    assert found == counts


# …while digits after a unit that follows a number stay one numeral.
JOINED: list[tuple[str, int]] = [
    ("项目总投资1亿2000万元。", 120 * 1_000_000),
    ("完成投资3个亿5000万元。", 350 * 1_000_000),
    ("到位资金1亿零500万元。", 105 * 1_000_000),
]


@pytest.mark.parametrize(("text", "amount"), JOINED)
def test_digits_after_a_unit_that_follows_a_number_stay_one_amount(text: str, amount: int) -> None:
    report = extract(text, reference_date="2023-06-01")
    assert [m.value.amount for m in report.mentions if m.type == "money"] == [amount]


# A name that closes a quote starts at the quote mark before it; a verb placing the name ends it.
NAME_EDGES: list[tuple[str, str]] = [
    ("“智慧海洋一号”科考船母港建设项目、滨海国际学校等4个项目签署合作协议，签约投资额8.6亿元。",
     "“智慧海洋一号”科考船母港建设项目"),
    ("「綠能三號」儲能電站項目、港區物流園等3個項目簽約。", "「綠能三號」儲能電站項目"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "project"), NAME_EDGES, ids=["quote-simplified", "quote-traditional"])
def test_a_project_names_quotes_come_in_pairs(text: str, project: str) -> None:
    report = extract(text, reference_date="2023-06-01")
    assert project in [m.text for m in report.mentions if m.type == "project"]


# Where the model's span ends when a verb placing the name runs into it (the span as the model might tag it).
@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("国家级示范产业园地处高铁新城核心", "国家级示范产业园"),
        ("智能制造产业基地位于经开区东区", "智能制造产业基地"),
        ("滨江文化中心坐落于老城区", "滨江文化中心"),
        ("地处偏远的山区光伏电站", "地处偏远的山区光伏电站"),  # the verb opening the span places nothing before it
    ],
)
def test_a_verb_placing_the_name_ends_it(span: str, name: str) -> None:
    assert span[: project_model._before_its_location(span, 0, len(span))] == name


# 中心 closes no body's name when a school or a hospital follows it (X镇中心小学 is the school's name).
@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("改造工程涉及城关镇中心小学和河口乡中心学校。", "城关镇中心小学"),
        ("新建的教学楼交付平安镇中心小学使用。", "平安镇中心小学"),
    ],
)
def test_a_central_towns_school_is_named_in_full(text: str, org: str) -> None:
    report = extract(text, reference_date="2023-06-01")
    orgs = [m.text for m in report.mentions if m.type == "org"]
    assert org in orgs
    assert not any(o.endswith("中心") for o in orgs)


# A firm quoted right after its trade or class, investing later in its sentence, is the investor.
QUOTED_FIRMS: list[tuple[str, str, int]] = [
    ("獲准案件中，知名醬油大廠「金蘭峰」投入逾5億元在大園區興建新廠。", "金蘭峰", 5 * Y),
    ("本次签约的龙头企业“农垦鲜果”计划投资2.3亿元建设冷链物流中心。", "农垦鲜果", 230_000_000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "firm", "amount"), QUOTED_FIRMS, ids=["大廠「」", "龙头企业“”"])
def test_a_firm_quoted_after_its_trade_invests(text: str, firm: str, amount: int) -> None:
    report = extract(text, reference_date="2023-06-01")
    assert firm in [m.text for m in report.mentions if m.type == "org"]
    deals = [d for d in report.deals if firm in d.investors]
    assert len(deals) == 1
    assert [a.money.amount for a in deals[0].amounts] == [amount]


# A clause opening with the count to list what was counted before is no second figure.
LISTED_BACK: list[tuple[str, int]] = [
    ("该区本次集中开工项目共8个，总投资21亿元。8个项目分别是东湖污水处理厂二期工程、滨江路改造工程等。", 8),
    ("当天该镇宣布5个项目集中开工。\n5个项目为：中心卫生院迁建项目，镇区供水管网改造工程。", 5),
]  # fmt: skip


@pytest.mark.parametrize("text", [t for t, _n in LISTED_BACK], ids=["分别是", "为"])
def test_a_count_opening_its_list_is_told_once(text: str) -> None:
    expected = dict(LISTED_BACK)[text]
    report = extract(text, reference_date="2023-06-01")
    counts = [m.value.value for m in report.metrics if m.value_type == "count"]
    assert counts == [expected]


# Money a government sets aside in a fund is policy, no result; a figure of money that came in stays.
@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("该区设立5000万元的人才发展专项资金、3000万元科技创新资金。", []),
        ("市里设立产业引导基金规模达20亿元。", []),
        ("全年新设立企业实际到位资金12亿元。", [12 * Y]),
    ],
    ids=["fund-after", "fund-before", "money-that-came-in"],
)
def test_a_fund_set_up_is_no_statistic(text: str, amounts: list[int]) -> None:
    report = extract(text, reference_date="2023-06-01")
    assert [m.value.amount for m in report.metrics if m.value_type == "money"] == amounts


# A site's channel named after a place in its menu or breadcrumb is the site's, no place mention.
@pytest.mark.parametrize(
    "text",
    [
        "首页 - 湖南新闻 - 国内 - 国际\n长沙县签约项目12个。",
        "当前位置:新闻中心 > 苏州要闻 > 正文\n昆山市签约项目12个。",
    ],
)
def test_a_channel_named_after_a_place_is_no_place(text: str) -> None:
    report = extract(text, reference_date="2023-06-01")
    places = [m.text for m in report.mentions if m.type == "place"]
    assert places in (["长沙县"], ["昆山市"])


# A firm signing with a place, named first, with the day of the signing between the firm and 与.
@pytest.mark.parametrize(
    ("text", "firm", "place", "date"),
    [
        ("中建八局于2021年3月9日与江宁区签订战略合作协议。", "中建八局", "江宁区", "2021-03-09"),
        ("华润电力在5月18日与宜昌市签署合作协议，拟投资60亿元。", "华润电力", "宜昌市", "2021-05-18"),
    ],
)
def test_a_firm_signs_with_a_place_on_its_day(text: str, firm: str, place: str, date: str) -> None:
    report = extract(text, reference_date="2021-06-01")
    deals = [d for d in report.deals if d.investors == [firm]]
    assert [(d.stage, d.place, d.date) for d in deals] == [("signed", place, date)]


# What a project is built of, listed after 建设内容, is no deal of its own.
def test_a_projects_contents_are_no_deals() -> None:
    text = "华恒控股将投资30亿元，在安陆市建设新材料产业园，主要建设内容包括年产10万吨电池级碳酸锂、5万吨正极材料等4个子项目。"
    report = extract(text, reference_date="2021-03-10")
    assert [(d.projects, d.investors, d.place, [a.money.amount for a in d.amounts]) for d in report.deals] == [
        ([], ["华恒控股"], "安陆市", [30 * Y])
    ]


# A project named as the subject of the amount it invests is a project, where the model may find nothing.
@pytest.mark.parametrize(
    ("text", "project", "amount"),
    [
        ("其中华晨精密铸件项目投资4亿元，主要生产汽车零部件。", "华晨精密铸件项目", 4 * Y),
        (
            "新签约重大项目18个；其中高端光学镜片项目总投资12亿元，主要建设光学镜片生产基地。",
            "高端光学镜片项目",
            12 * Y,
        ),
    ],
)
def test_a_project_investing_an_amount_is_named(text: str, project: str, amount: int) -> None:
    report = extract(text, reference_date="2021-03-10")
    assert [(d.projects, [a.money.amount for a in d.amounts]) for d in report.deals] == [([project], [amount])]


# Quotes the model leaves open or closed alone (the spans as the model might tag them).
@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        (
            "总投资10亿元的中国移动“数字经济创新产业园”项目开工",
            "中国移动“数字经济创新产业园",
            "中国移动“数字经济创新产业园”项目",
        ),
        ("他带来的“华宇不锈钢深加工项目”签约", "“华宇不锈钢深加工项目", "华宇不锈钢深加工项目"),
        ("“智慧海洋一号”科考船母港项目签约", "智慧海洋一号”科考船母港项目", "“智慧海洋一号”科考船母港项目"),
        ("滨江文化中心项目签约", "滨江文化中心项目", "滨江文化中心项目"),
    ],
    ids=["open-in-the-middle", "open-at-the-start", "closed-alone", "no-quotes"],
)
def test_a_names_quotes_are_paired(text: str, span: str, name: str) -> None:
    start = text.index(span)
    s, e = project_model._quotes_paired(text, start, start + len(span))
    assert text[s:e] == name


# A firm signing with several places one by one: one deal of the firm, its sum told next; a headline naming the firm
# in short tells the same deal.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("会上，张建国代表中建股份分别与长沙市政府、株洲市政府签订战略合作协议，协议涉及总投资约500亿元。", None),
        (
            "中建与湖南签署战略合作协议\n3月5日，会上，张建国代表中建股份分别与长沙市政府、株洲市政府签订战略合作协议，"
            "协议涉及总投资约500亿元。",
            "湖南省",
        ),
    ],
    ids=["body", "headline-and-body"],
)
def test_a_firm_signs_with_several_places(text: str, place: str | None) -> None:
    report = extract(text, reference_date="2021-03-10")
    assert [(d.investors, d.stage, d.place, [a.money.amount for a in d.amounts]) for d in report.deals] == [
        (["中建股份"], "signed", place, [500 * Y])
    ]


# A bar passed, then the level: the level is the figure, named by the bar's words; a bar alone is an "over" figure.
@pytest.mark.parametrize(
    ("text", "indicator", "amount", "modifier"),
    [
        ("今年全市协议引资额突破千亿大关，达1153.61亿元。", "协议引资额", 115_361_000_000, None),
        ("全市实际到位资金突破百亿元大关，达到105.3亿元，同比增长12%。", "实际到位资金", 10_530_000_000, None),
        ("全县地区生产总值突破百亿元大关。", "地区生产总值", 100 * Y, "over"),
    ],
    ids=["达", "达到", "bar-alone"],
)
def test_a_level_after_the_bar_it_passed(text: str, indicator: str, amount: int, modifier: str | None) -> None:
    report = extract(text, reference_date="2021-03-10")
    money = [(m.indicator, m.value.amount, m.value.modifier) for m in report.metrics if m.value_type == "money"]
    assert money == [(indicator, amount, modifier)]


# Trades a batch covers, listed after 包括 / 涉及 and closed by 等项目, are kinds of projects: no deals.
@pytest.mark.parametrize(
    "text",
    [
        "此次签约项目21个，包括航空飞行器制造、航空发动机、电子电器制造等项目。",
        "社会投资类项目12个，主要涉及旅游开发、智能制造和房地产等项目。",
    ],
)
def test_trades_listed_as_projects_are_kinds(text: str) -> None:
    assert extract(text, reference_date="2021-03-10").deals == []


def test_named_projects_listed_after_including_stay_deals() -> None:
    report = extract("签约项目包括一汽丰田发动机、中车青岛四方机车等项目。", reference_date="2021-03-10")
    assert [d.projects for d in report.deals] == [["一汽丰田发动机"], ["中车青岛四方机车"]]


# A level told in the clause after its indicator's trend is named by the trend's subject.
@pytest.mark.parametrize(
    ("text", "indicator", "period", "amount", "yoy"),
    [
        (
            "安徽省实际利用外资保持较快增长，1-8月达到120.5亿美元，同比增长9.2%。",
            "实际利用外资",
            "2021-01/2021-08",
            12_050_000_000,
            9.2,
        ),
        ("全市招商引资到位资金继续保持快速增长势头，上半年达到356亿元。", "招商引资到位资金", "2021-H1", 356 * Y, None),
    ],
    ids=["保持较快增长", "继续保持…势头"],
)
def test_a_level_after_its_trend(text: str, indicator: str, period: str, amount: int, yoy: float | None) -> None:
    report = extract(text, reference_date="2021-10-27")
    found = [(m.indicator, m.period, m.value.amount, m.yoy.value if m.yoy else None) for m in report.metrics]
    assert found == [(indicator, period, amount, yoy)]
