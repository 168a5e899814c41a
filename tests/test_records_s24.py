"""Wordings written for classes the session-24 error analysis showed (not taken from pages)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

Y = 100_000_000  # 亿元

# A paragraph opening on a breakdown (其中，…; 从项目类别上看，…; 按投资主体分，…) of the figures an event's paragraph
# told breaks down the event's figures: they take its day, past a caption between them.
BREAKDOWN_PARAGRAPHS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "5月8日，某某区第二批重点项目集中开工活动在工业园举行。本次集中开工项目共30个，总投资约120亿元。\n"
        "图为开工仪式现场。\n"
        "其中，产业项目18个，总投资80亿元；民生项目12个，总投资40亿元。",
        [("产业项目", "2023-05-08"), ("民生项目", "2023-05-08")],
    ),
    (
        "5月8日，某某县重大项目集中签约仪式举行，此次签约项目25个，总投资约90亿元。\n"
        "从项目类别上看，工业项目15个，总投资60亿元；服务业项目10个，总投资30亿元。",
        [("工业项目", "2023-05-08"), ("服务业项目", "2023-05-08")],
    ),
    (
        "5月8日，某某县重大项目集中签约仪式举行，此次签约项目25个，总投资约90亿元。\n"
        "按投资主体分，民营企业项目20个，国有企业项目5个。",
        [("民营企业项目", "2023-05-08"), ("国有企业项目", "2023-05-08")],
    ),
    # a breakdown of the year's figures told after the event is the year's, not the event's
    (
        "5月8日，某某县重大项目集中签约仪式举行。\n"
        "今年以来，全县已签约项目86个，总投资310亿元。\n"
        "其中，工业项目50个，总投资200亿元。",
        [("工业项目", "2023")],
    ),
]


@pytest.mark.parametrize(
    ("text", "periods"), BREAKDOWN_PARAGRAPHS, ids=["其中 after a caption", "从…类别上看", "按…分", "the year's"]
)
def test_a_breakdown_paragraph_takes_the_period_of_what_it_breaks_down(
    text: str, periods: list[tuple[str, str | None]]
) -> None:
    report = extract(text, reference_date="2023-05-09")
    found = {(m.indicator, m.period) for m in report.metrics if m.value_type == "count"}
    assert set(periods) <= found


# A firm list signing with the local side: a venue told between the firms and their signing ceremony, and places a
# count closes before 与.
FIRM_LIST_SIGNINGS: list[tuple[str, list[str], str | None]] = [
    (
        "3月2日上午，某某县人民政府与甲乙食品有限公司、丙丁材料有限公司、戊己科技有限公司等3家企业在县委大礼堂"
        "隆重举行合作项目集中签约仪式，签约金额5.6亿元。",
        ["甲乙食品有限公司", "丙丁材料有限公司", "戊己科技有限公司"],
        "2023-03-02",
    ),
    (
        "3月2日，某某市人民政府与甲乙食品有限公司、丙丁材料有限公司等2家企业在市行政中心举行项目签约仪式。",
        ["甲乙食品有限公司", "丙丁材料有限公司"],
        "2023-03-02",
    ),
    (
        "在随后举行的签约仪式上，汉台区、洋县等8个县（区）分别与甲乙精密科技、丙丁农产品加工公司等16家企业签订合作"
        "项目16个，总投资93.6亿元。",
        ["甲乙精密科技", "丙丁农产品加工公司"],
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "firms", "date"),
    FIRM_LIST_SIGNINGS,
    ids=["在县委大礼堂隆重举行", "在市行政中心举行", "等8个县（区）分别与"],
)
def test_firms_listed_as_signing_with_the_local_side_each_sign(text: str, firms: list[str], date: str | None) -> None:
    report = extract(text, reference_date="2023-03-05")
    found = [(d.investors, d.stage, d.date) for d in report.deals]
    assert found == [([firm], "signed", date) for firm in firms]


# A list closed by a class of projects named by where their investors come from (等湘商回归项目, 等外资项目): its
# items are projects.
SOURCE_CLASSES: list[tuple[str, list[str]]] = [
    (
        "去年以来，先后引进了甲乙智能医疗、丙丁新材料、戊己食品等湘商回归项目。",
        ["甲乙智能医疗", "丙丁新材料", "戊己食品"],
    ),
    ("今年以来，全县引进了甲乙光电、丙丁纺织等乡贤返乡投资项目。", ["甲乙光电", "丙丁纺织"]),
    ("开发区先后引进甲乙精密机械、丙丁电子科技等台资项目。", ["甲乙精密机械", "丙丁电子科技"]),
    ("今年签约了甲乙物流园、丙丁冷链中心等浙商回归重点项目。", ["甲乙物流园", "丙丁冷链中心"]),
]


@pytest.mark.parametrize(("text", "projects"), SOURCE_CLASSES, ids=["湘商回归", "乡贤返乡投资", "台资", "浙商回归重点"])
def test_a_list_closed_by_a_class_of_investors_origin_names_projects(text: str, projects: list[str]) -> None:
    report = extract(text, reference_date="2023-03-05")
    assert [m.text for m in report.mentions if m.type == "project"] == projects


# Names told one by one, each after its bodies and titles, closed by a count of people after 等: all are the record's.
ONE_BY_ONE: list[tuple[str, int, list[str]]] = [
    (
        "中国工程院院士、甲乙大学食品学院教授王建华，丙丁大学教授、俄罗斯自然科学院外籍院士李国强，戊己理工大学教授"
        "赵明远等3位院士汇聚扬州。",
        3,
        ["王建华", "李国强", "赵明远"],
    ),
    (
        "今年，该县柔性引进了中国科学院院士王建华，甲乙大学研究员李国强，丙丁研究所研究员赵明远等3名专家。",
        3,
        ["王建华", "李国强", "赵明远"],
    ),
]


@pytest.mark.parametrize(("text", "count", "persons"), ONE_BY_ONE, ids=["等3位院士", "等3名专家"])
def test_names_told_one_by_one_before_their_count_are_its_persons(text: str, count: int, persons: list[str]) -> None:
    report = extract(text, reference_date="2024-05-28")
    counted = [t for t in report.talent if t.count is not None and t.count.value == count]
    assert [t.persons for t in counted] == [persons]


# 与 inside a body's name before the people counted is no partner met (…机械与汽车工程学院教授…等4位院士汇聚扬州), and
# one person told by what they are (是…的一名研究员) is no count of talent.
PARTNER_WORDS_IN_NAMES: list[tuple[str, list[tuple[str, int]]]] = [
    ("甲乙大学机械与汽车工程学院教授王建华等4位院士汇聚扬州。", [("院士", 4)]),
    ("丙丁大学能源与动力工程学院院长李国强等12名专家被柔性引进到我县。", [("专家", 12)]),
    ("今年与甲乙大学的50名专家开展座谈。", []),
    ("王建华是中国科学院甲乙生物研究所的一名研究员。", []),
    ("王建华是中国科学院甲乙生物能源与过程研究所的一名研究员。", []),
]


@pytest.mark.parametrize(
    ("text", "records"),
    PARTNER_WORDS_IN_NAMES,
    ids=["机械与汽车", "能源与动力", "与…座谈", "是…一名研究员", "是…与…一名研究员"],
)
def test_partner_words_inside_names_do_not_make_people_met(text: str, records: list[tuple[str, int]]) -> None:
    report = extract(text, reference_date="2024-05-28")
    assert [(t.category, t.count.value if t.count else None) for t in report.talent] == records


# Projects listed under their firms' names, then each firm told with its money and what it builds: one deal each, the
# listed name with the firm as investor and the amount.
FIRMS_TELL_LISTED: list[tuple[str, list[tuple[list[str], list[str], list[int]]]]] = [
    (
        "5月8日，某某区举行甲乙电气股份有限公司二期扩产项目、丙丁金属制品有限公司四期扩产项目等招商项目签约仪式。\n"
        "据了解，甲乙电气股份有限公司计划投资1.2亿元建设二期厂房及自动化设备项目，丙丁金属制品有限公司计划投资5亿元"
        "建设四期增资扩产项目。",
        [
            (["甲乙电气股份有限公司二期扩产项目"], ["甲乙电气股份有限公司"], [120_000_000]),
            (["丙丁金属制品有限公司四期扩产项目"], ["丙丁金属制品有限公司"], [5 * Y]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "deals"), FIRMS_TELL_LISTED, ids=["两家企业"])
def test_a_firm_tells_the_project_listed_under_its_name(
    text: str, deals: list[tuple[list[str], list[str], list[int]]]
) -> None:
    report = extract(text, reference_date="2023-05-09")
    found = [(d.projects, d.investors, [a.money.amount for a in d.amounts]) for d in report.deals]
    assert found == deals


# 截 before a month's end is 截至 in short: the year to that month.
CUT_OFF_IN_SHORT: list[tuple[str, str]] = [
    ("截9月底，全县133个重点项目累计完成投资167.1亿元。", "2021-01/2021-09"),
    ("截8月底，全市累计签约项目56个。", "2021-01/2021-08"),
]


@pytest.mark.parametrize(("text", "period"), CUT_OFF_IN_SHORT, ids=["截9月底", "截8月底"])
def test_a_cut_off_in_short_counts_from_the_year_s_start(text: str, period: str) -> None:
    report = extract(text, reference_date="2021-10-08")
    assert {m.period for m in report.metrics} == {period}


# A verb of starting projects before their size (新上投资千万元以上的工业项目) names no firm investing.
STARTING_VERBS_BEFORE_SIZE: list[str] = [
    "四年来，全县累计新上投资千万元以上的工业项目95个，建成投产59个。",
    "今年全市新上投资亿元以上项目30个。",
]


@pytest.mark.parametrize("text", STARTING_VERBS_BEFORE_SIZE, ids=["新上投资千万元以上", "新上投资亿元以上"])
def test_a_verb_of_starting_projects_is_no_investing_firm(text: str) -> None:
    report = extract(text, reference_date="2012-02-28")
    assert ([m.text for m in report.mentions if m.type == "org"], report.deals) == ([], [])
