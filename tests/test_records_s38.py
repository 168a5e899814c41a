"""Read in session 38: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _deal_projects(text: str) -> list[tuple[str, ...]]:
    return [tuple(d.projects) for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals]


# What a place puts effort into building up (重点打造A、B等三大特色园区; A是某市着力打造的项目) is an aim, no deal; 打造
# without such an adverb stays a trigger (投资5亿元打造A项目), and a stage told of the names keeps them deals.
PROJECTS_AIMED_AT = [
    ("鼎湖区重点打造了华南(德国)工业园、北欧(瑞典)工业园、中法新能源关联产业园等三大特色园区。", []),
    (
        "3月10日,弋阳县举行一季度重点项目集中开工仪式。弋阳县着力打造鸿翔总部、老铺健康产业园、星河供应链保障中心、"
        "上元科创园等一批优质总部经济和产业园项目。",
        [],
    ),
    ("1月5日,柳州市重大项目集中签约。广西融安现代竹木科技产业园是柳州市重点打造的项目。", []),
    ("3月10日,黎平县举行重点项目集中开工仪式。黎平县全力打造侗乡文旅小镇项目。", []),
    ("鼎湖区全力打造了华南智能制造产业园、星河供应链保障中心。", []),
    ("恒达电气集团投资5亿元打造智能光储设备制造项目。", [("智能光储设备制造项目",)]),
    ("3月10日,黎平县举行重点项目集中开工仪式。华康新材料项目开工建设。", [("华康新材料项目",)]),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS_AIMED_AT)
def test_projects_aimed_at_are_no_deals(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _deal_projects(text) == expected


def _talent(text: str) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(tuple(t.persons), t.category, t.mode) for t in report.talent]


# People a record named, told again later with no count and no word of bringing them in (…和张建国院士共建工作站,
# “李志明院士工作站”将…, 王德华当选为…院士) are the same talent: one record; told again as brought in anew (再次聘请…)
# they are a second one.
PERSONS_NAMED_AGAIN = [
    (
        "2020年,凤阳县柔性引进中国工程院院士张建国。希望企业以此次和张建国院士共建院士专家工作站为契机,加快发展。",
        [(("张建国",), "院士", "flexible")],
    ),
    (
        "2022年,黎平县柔性引进中国科学院院士李志明。“李志明院士工作站”将推动企业技术创新。",
        [(("李志明",), "院士", "flexible")],
    ),
    (
        "2021年,丽江市柔性引进中国工程院院士王德华、中国科学院院士陈立新。今年,王德华当选为美国国家工程院外籍院士。",
        [(("王德华", "陈立新"), "院士", "flexible")],
    ),
    (
        "2021年,丽江市柔性引进中国工程院院士王德华。今年,丽江市再次聘请王德华院士为产业顾问。",
        [(("王德华",), "院士", "flexible"), (("王德华",), "院士", "hired")],
    ),
    ("岳西县引进博士张建国。张建国博士今年获评省级优秀人才。", [(("张建国",), "博士", "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS_NAMED_AGAIN)
def test_persons_named_again_are_one_record(
    text: str, expected: list[tuple[tuple[str, ...], str | None, str | None]]
) -> None:
    assert _talent(text) == expected


def _talent_counts(text: str) -> list[tuple[str | None, float | None, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(t.category, t.count.value if t.count else None, t.mode) for t in report.talent]


# People on an aid programme (援藏干部人才, “组团式”援疆医疗人才, 援青干部人才) are sent by the provinces that give the aid,
# as people 选派 are: no talent without a mode word; talent brought in through the aid's channels keeps its mode.
AID_PEOPLE = [
    ("7月20日,来自12个省市的1800名第八批援藏干部人才进藏。", []),
    ("8年来,约900名“组团式”援疆医疗人才接续奔赴新疆。", []),
    ("先后有1500多名援青干部人才踏上雪域高原。", []),
    ("借助援疆渠道柔性引才1.2万人次。", [("人才", 12000, "flexible")]),
    ("去年,喀什地区引进高层次人才320名。", [("高层次人才", 320, "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), AID_PEOPLE)
def test_people_on_an_aid_programme_are_no_talent(
    text: str, expected: list[tuple[str | None, float | None, str | None]]
) -> None:
    assert _talent_counts(text) == expected


def _rates(text: str) -> list[tuple[str, float | None, str | None, float | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (m.indicator, m.value.value if m.value_type == "percent" else None, m.place, m.yoy.value if m.yoy else None)
        for m in report.metrics
        if m.value_type == "percent" or m.yoy
    ]


# A rate in brackets right after each place of a list (除黄冈(-6.2%)、咸宁(-1.5%)工业投资下降外，其余…：武汉市(12.3%)、…;
# 全省重点项目开工率92.5%，其中襄阳(100.0%)、…) is each place's figure, named right after the list, in the clause that
# opens it, or as the rate told before it; a growth in brackets after a place's amount stays its yoy.
RATES_IN_BRACKETS_AFTER_PLACES = [
    (
        "1-9月,分市看,除黄冈(-6.2%)、咸宁(-1.5%)工业投资下降外,其余10个市工业投资均实现增长:武汉市(12.3%)、宜昌市(9.8%)。",
        [
            ("工业投资", -6.2, "黄冈市", None),
            ("工业投资", -1.5, "咸宁市", None),
            ("工业投资", 12.3, "武汉市", None),
            ("工业投资", 9.8, "宜昌市", None),
        ],
    ),
    (
        "1-6月,全省重点项目开工率92.5%,其中襄阳(100.0%)、荆门(96.4%)。",
        [
            ("重点项目开工率", 92.5, "湖北省", None),
            ("重点项目开工率", 100, "襄阳市", None),
            ("重点项目开工率", 96.4, "荆门市", None),
        ],
    ),
    (
        "分地区看,南宁市到位资金120亿元(增长12.5%)、柳州市80亿元(增长8.1%)。",
        [("到位资金", None, "南宁市", 12.5), ("到位资金", None, "柳州市", 8.1)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATES_IN_BRACKETS_AFTER_PLACES)
def test_rates_in_brackets_after_places(
    text: str, expected: list[tuple[str, float | None, str | None, float | None]]
) -> None:
    assert _rates(text) == expected


def _counted_figures(text: str) -> tuple[list[tuple[str | None, float | None]], list[float]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    talent = [(t.category, t.count.value if t.count else None) for t in report.talent]
    counts = [m.value.value for m in report.metrics if m.value_type == "count"]
    return talent, counts


# 一名 / 一位 with the numeral 一 before its noun is the article of one person a story tells of (一名农技专家拿着…, 清大一名
# 教授形容, 身为一位科学家): neither talent nor a statistic; a figure of one is written 1名, or stands after its noun, and a
# mode word keeps the one person brought in.
ONE_TOLD_OF = [
    ("一名农技推广专家拿着刚采下的茶叶给村民示范。", ([], [])),
    ("省城一所大学的一名教授形容,这是难得的机遇。", ([], [])),
    ("身为一位科学家,他一直关注家乡发展。", ([], [])),
    ("其中院士1名、专家4名。", ([("院士", 1), ("专家", 4)], [])),
    ("今年引进一名博士。", ([("博士", 1)], [])),
]


@pytest.mark.parametrize(("text", "expected"), ONE_TOLD_OF)
def test_one_person_told_of_is_no_figure(
    text: str, expected: tuple[list[tuple[str | None, float | None]], list[float]]
) -> None:
    assert _counted_figures(text) == expected


def _amounts_with_growth(text: str) -> list[tuple[str, float, float | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (m.indicator, m.value.amount, m.yoy.value if m.yoy else None) for m in report.metrics if m.value_type == "money"
    ]


# The base a figure is compared with, told with its period and 的 (较2014年的1140亿美元上升53.5%; 比上年的10亿美元增长20%), is
# the earlier level: no statistic of the report's, and the change after it is the figure's before it.
COMPARISON_BASES = [
    (
        "去年全省外来直接投资流入金额达175亿美元,较2021年的114亿美元上升53.5%。",
        [("外来直接投资流入金额", 17500000000, 53.5)],
    ),
    ("全市实际利用外资达12亿美元,比上年的10亿美元增长20%。", [("实际利用外资", 1200000000, 20)]),
    ("共利用省外到位资金25.8亿元,较去年同期的6.1亿元大幅增长。", [("利用省外到位资金", 2580000000, None)]),
    ("全市实际利用外资12亿美元,同比增长20%。", [("实际利用外资", 1200000000, 20)]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARISON_BASES)
def test_the_base_of_a_comparison_is_no_statistic(text: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert _amounts_with_growth(text) == expected


def _settled(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], str | None, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(tuple(d.projects), tuple(d.investors), d.stage, d.place) for d in report.deals]


# One company right before a verb of settling and the place it settles in (…有限公司成功落户岳西县; 澳门国际银行已进驻横琴
# 新区) is a deal brought in, as a listed one is; a research body settling invests nothing, and a landing still to come
# (将进驻) or told as the time of what follows (进驻…后) is none, nor is a firm told by what it is (…的全资子公司落户…).
ONE_COMPANY_SETTLING = [
    ("今年,华康新材料有限公司成功落户岳西县。", [((), ("华康新材料有限公司",), "introduced", "岳西县")]),
    ("目前,澳门国际银行已进驻横琴新区。", [((), ("澳门国际银行",), "introduced", "横琴新区")]),
    ("华康集团将进驻横琴新区。", []),
    ("恒达科技有限公司进驻彰滨工业区后,外界期待更多厂商跟进。", []),
    ("标志着老字号“翠香斋”的全资子公司正式落户杨村桥镇。", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_COMPANY_SETTLING)
def test_one_company_settling_is_a_deal(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...], str | None, str | None]]
) -> None:
    assert _settled(text) == expected


def _named_figures(text: str) -> list[tuple[str, str, float]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (m.indicator, m.value_type, m.value.amount if m.value_type == "money" else m.value.value)
        for m in report.metrics
    ]


# A count and the amount of its things written as one (签约产业项目45个80.6亿元, 采购协议41个40.5亿元) are two figures named
# by the words before the count; an amount with a name of its own after the count keeps that name.
COUNT_AND_AMOUNT_AS_ONE = [
    (
        "本届大会共签约产业项目45个80.6亿元、采购协议41个40.5亿元。",
        [
            ("签约产业项目", "count", 45),
            ("签约产业项目", "money", 8060000000),
            ("采购协议", "count", 41),
            ("采购协议", "money", 4050000000),
        ],
    ),
    ("全年共签约招商项目12个45亿元。", [("签约招商项目", "count", 12), ("签约招商项目", "money", 4500000000)]),
    ("全年共签约招商项目12个,总投资45亿元。", [("签约招商项目", "count", 12), ("总投资", "money", 4500000000)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_AND_AMOUNT_AS_ONE)
def test_a_count_and_its_amount_written_as_one(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert _named_figures(text) == expected


# Projects an official inspects (督查了A、B等项目; 还检查了A项目建设情况) are places visited, no deals, though the paragraph
# starts others; a stage word inside one of their names (李建成艺术馆) tells none, and a stage told after the verb
# (视察了A公司已投产运行的B项目) keeps them deals.
PROJECTS_INSPECTED = [
    (
        "4月22日,岳西县举行重点项目集中开复工仪式。仪式后,督查了城东棚户区改造、李建成艺术馆、华康广场城市综合体等项目。",
        [],
    ),
    ("3月20日,黎平县重点项目集中开工。王志强一行还检查了该县城南污水处理厂项目建设情况。", []),
    (
        "领导们视察观摩了华康纺织有限公司已投产运行的年产10万纱锭项目。",
        [("年产10万纱锭项目",)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS_INSPECTED)
def test_projects_inspected_are_no_deals(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _deal_projects(text) == expected


# 创办 / 兴办 build as 建设 does: the firm's amount and the facility after the verb are one deal.
FOUNDED_BY_AN_INVESTOR = [
    (
        "福建恒达集团有限公司投资55亿元在永泰县葛岭镇创办恒达生态智慧科技园。",
        [(("恒达生态智慧科技园",), ("福建恒达集团有限公司",))],
    ),
    ("华康集团投资5亿元在岳西县兴办华康智能制造产业园。", [(("华康智能制造产业园",), ("华康集团",))]),
    ("华康集团投资5亿元在岳西县建设华康智能制造产业园。", [(("华康智能制造产业园",), ("华康集团",))]),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDED_BY_AN_INVESTOR)
def test_facilities_founded_by_an_investor(text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    assert [(tuple(d.projects), tuple(d.investors)) for d in report.deals] == expected
