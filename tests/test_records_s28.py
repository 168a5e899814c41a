"""Read in session 28: a day written without its month before the verbs that tell an event held that day.

Sentences written for these tests in the style of real reports (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()

DAY_BEFORE_AN_EVENT_VERB = [
    ("投资促进大会22日举办,会上签约项目11个。", "22日", "2022-08-22"),
    ("项目签约活动18日隆重举行。", "18日", "2022-08-18"),
    ("全市重大项目5日集中开工。", "5日", "2022-08-05"),
    ("人才交流大会9日成功举办。", "9日", "2022-08-09"),
    ("产业园12日正式开园。", "12日", "2022-08-12"),
    ("两地政府20日签署战略合作协议。", "20日", "2022-08-20"),
    ("招商推介会3日落幕。", "3日", "2022-08-03"),
    # as before: a pause or 于 before the day, or 举行 after it
    ("签约仪式于22日举行。", "22日", "2022-08-22"),
    ("签约仪式22日在京举行。", "22日", "2022-08-22"),
]


@pytest.mark.parametrize(("text", "surface", "timex"), DAY_BEFORE_AN_EVENT_VERB)
def test_a_day_without_its_month_before_an_event_verb_is_a_day_of_the_reference_month(
    text: str, surface: str, timex: str
) -> None:
    dates = [(m.text, m.value.timex) for m in _EXTRACT(text, reference_date="2022-08-23").mentions if m.type == "date"]
    assert dates == [(surface, timex)]


DAY_COUNTS_STAY_OUT = ["项目建设周期为30日均衡推进。", "累计完成22日元汇兑。", "工期45日内完成。"]


@pytest.mark.parametrize("text", DAY_COUNTS_STAY_OUT)
def test_days_counted_are_no_date(text: str) -> None:
    assert [m.text for m in _EXTRACT(text, reference_date="2022-08-23").mentions if m.type == "date"] == []


KIND_OF_INVESTMENT_BEFORE_THE_VERB = [
    ("上半年,香港地区实际投资32107万元。", 321070000),
    ("吸引园外风险投资77.6亿元人民币。", 7760000000),
    ("全年台湾地区合同投资5亿元。", 500000000),
    ("新签项目协议投资120亿元。", 12000000000),
]


@pytest.mark.parametrize(("text", "amount"), KIND_OF_INVESTMENT_BEFORE_THE_VERB)
def test_a_kind_of_investment_before_its_verb_names_no_investor(text: str, amount: int) -> None:
    report = _EXTRACT(text, reference_date="2022-08-23")
    assert [m.text for m in report.mentions if m.type == "org"] == []
    assert [d.investors for d in report.deals] == []
    assert [m.value.amount for m in report.metrics] == [amount]


def test_a_firm_investing_is_still_read_as_one() -> None:
    report = _EXTRACT("正翰生技投资4亿元扩建新厂。", reference_date="2022-08-23")
    assert [m.text for m in report.mentions if m.type == "org"] == ["正翰生技"]


NAMES_OPENING_ON_HE = [
    ("近日,和龙抽水蓄能电站正式开工建设。", "和龙抽水蓄能电站"),
    ("新型环保包装材料、和其正功能性红糖分装基地等重大项目开工。", "和其正功能性红糖分装基地"),
    ("总投资2.6亿元的省百大项目“和禾生物质发电项目”,选址在东山区。", "和禾生物质发电项目"),
]


@pytest.mark.parametrize(("text", "name"), NAMES_OPENING_ON_HE)
def test_he_after_a_pause_a_list_mark_or_a_quote_opens_the_name(text: str, name: str) -> None:
    assert name in [m.text for m in _EXTRACT(text).mentions if m.type == "project"]


def test_he_between_two_names_still_joins_them() -> None:
    names = [m.text for m in _EXTRACT("华宇公司和华为云计算中心项目签约。").mentions if m.type == "project"]
    assert names == ["华为云计算中心项目"]


def test_projects_listed_of_a_round_of_several_stages_are_deals_of_no_single_stage() -> None:
    text = (
        "7月2日,全市第二季度重大项目集中开竣工活动在高新区举行。据了解,本次集中开竣工项目共40个,总投资120亿元。"
        "从项目类别来看,产业项目25项,总投资80亿元,主要有华盛新材料产业园项目、龙腾智能装备制造基地项目等。"
    )
    report = _EXTRACT(text, reference_date="2021-07-05")
    deals = [(d.projects[0], d.stage, d.date) for d in report.deals]
    assert deals == [
        ("华盛新材料产业园项目", None, "2021-07-02"),
        ("龙腾智能装备制造基地项目", None, "2021-07-02"),
    ]


def test_projects_listed_of_a_round_of_one_stage_take_it() -> None:
    text = (
        "7月2日,全市第二季度重大项目集中开工活动在高新区举行。据了解,本次集中开工项目共40个,总投资120亿元。"
        "从项目类别来看,产业项目25项,总投资80亿元,主要有华盛新材料产业园项目、龙腾智能装备制造基地项目等。"
    )
    report = _EXTRACT(text, reference_date="2021-07-05")
    assert [(d.projects[0], d.stage) for d in report.deals] == [
        ("华盛新材料产业园项目", "started"),
        ("龙腾智能装备制造基地项目", "started"),
    ]


LEVEL_AFTER_A_BOUND_PASSED = [
    ("2017年,全市地区生产总值突破千亿元,达1082.18亿元,增长9%。", "地区生产总值", 108218000000, 9),
    ("2017年,全市规模以上工业总产值突破千亿元,达到1182.25亿元,增长19.5%。", "规模以上工业总产值", 118225000000, 19.5),
    ("全市人才总量突破10万人,达到10.52万人,同比增长8%。", "人才总量", 105200, 8),
    # as before: the bar's word between
    ("协议引资额突破千亿大关,达1153.61亿元,同比增长12%。", "协议引资额", 115361000000, 12),
]


@pytest.mark.parametrize(("text", "indicator", "value", "yoy"), LEVEL_AFTER_A_BOUND_PASSED)
def test_a_level_told_after_the_bound_it_passed_is_the_figure(
    text: str, indicator: str, value: int, yoy: float
) -> None:
    metrics = _EXTRACT(text, reference_date="2018-01-10").metrics
    figures = [(m.indicator, getattr(m.value, "amount", None) or getattr(m.value, "value", None)) for m in metrics]
    assert figures == [(indicator, value)]
    assert [m.yoy.value for m in metrics] == [yoy]


def test_a_bound_passed_alone_stays_the_figure_with_modifier_over() -> None:
    metrics = _EXTRACT("2017年,全市实际到位资金突破500亿元,同比增长12%。", reference_date="2018-01-10").metrics
    assert [(m.value.amount, m.value.modifier) for m in metrics] == [(50000000000, "over")]


def test_a_list_told_again_whole_keeps_its_first_telling() -> None:
    told = "据悉,一季度,淮河化工铁路专用线项目、江北成品油管道项目等22个项目开工建设。"
    text = f"{told}此外,一批储备项目前期工作进展顺利。\n{told}"
    deals = _EXTRACT(text, reference_date="2012-05-04").deals
    assert [(d.projects[0], d.evidence.start < len(told)) for d in deals] == [
        ("淮河化工铁路专用线项目", True),
        ("江北成品油管道项目", True),
    ]


HEADING_NUMBER_RUN_INTO_ITS_TEXT = [
    "一、2020年和“十三五”时期工作回顾2020年是全县发展历程中极不平凡的一年。全县上下奋力夺取了双胜利。"
    "全县地区生产总值完成151.5亿元,同比增长7.9%。",
    "(一)2020年工作回顾2020年是全县发展历程中极不平凡的一年。全县上下奋力夺取了双胜利。"
    "全县地区生产总值完成151.5亿元,同比增长7.9%。",
    "1、2020年是全县发展历程中极不平凡的一年。全县上下奋力夺取了双胜利。全县地区生产总值完成151.5亿元,同比增长7.9%。",
    # as before: the heading on a line of its own
    "一、2020年工作回顾\n2020年是全县发展历程中极不平凡的一年。全县上下奋力夺取了双胜利。全县地区生产总值完成151.5亿元,同比增长7.9%。",
]


@pytest.mark.parametrize("text", HEADING_NUMBER_RUN_INTO_ITS_TEXT)
def test_a_year_after_a_heading_number_run_into_its_text_is_the_sections_period(text: str) -> None:
    metrics = _EXTRACT(text, reference_date="2021-04-13").metrics
    assert [(m.value.amount, m.period) for m in metrics] == [(15150000000, "2020")]


_PAGE_HEAD = "现在时间是:2024年04月18日\n"


def test_a_ceremony_in_the_headline_told_again_in_the_body_is_the_bodys_deal() -> None:
    headline = "罗山县产业集聚区电子元器件专业园(二期)项目开工仪式正式启动\n"
    stamp = "时间 : 2021年10月09日  来源 : 电视台\n"
    body = "10月8日上午,罗山县产业集聚区电子元器件专业园(二期)项目开工仪式正式启动。市县领导出席仪式。"
    text = _PAGE_HEAD + headline + stamp + body
    deals = _EXTRACT(text, reference_date="2021-10-09").deals
    body_start = len(_PAGE_HEAD + headline + stamp)
    assert [(d.projects[0], d.evidence.start >= body_start, d.date) for d in deals] == [
        ("罗山县产业集聚区电子元器件专业园(二期)项目", True, "2021-10-08")
    ]


def test_a_figure_of_a_headline_under_the_menus_told_again_in_the_body_is_the_bodys() -> None:
    head = "正文\n\n全市今年一季度引进高校毕业生6000人,同比增长55%\n\n6\n发表时间:2021-06-25 17:51\n\n"
    body = "本报讯 今年一季度,全市引进高校毕业生6000人,同比增长55%,创历史新高。据市人才服务中心介绍,今年以来全市持续优化人才落户政策,开通线上办理渠道。"
    talent = _EXTRACT(head + body, reference_date="2021-06-25").talent
    assert [(t.count.value, t.evidence.start >= len(head)) for t in talent] == [(6000, True)]


BODIES_BEFORE_A_PREPOSITION_AND_A_COUNT = [
    "朱瑞显在致辞中代表县委、县政府向8个项目的顺利开工表示祝贺。",
    "他代表市委、市政府对5个项目的成功签约表示祝贺。",
]


@pytest.mark.parametrize("text", BODIES_BEFORE_A_PREPOSITION_AND_A_COUNT)
def test_bodies_speaking_to_counted_projects_are_no_list_of_projects(text: str) -> None:
    report = _EXTRACT(text, reference_date="2020-10-16")
    assert [m.text for m in report.mentions if m.type == "project"] == []
    assert report.deals == []


def test_a_list_closed_by_its_count_of_projects_stays_one() -> None:
    report = _EXTRACT("恒大棕榈岛酒店、商飞基地PPP两个项目签约。", reference_date="2020-10-16")
    assert [d.projects for d in report.deals] == [["恒大棕榈岛酒店"], ["商飞基地PPP"]]


def test_a_total_of_the_people_gathered_is_a_metric_not_talent() -> None:
    report = _EXTRACT("截至目前,全区集聚海内外人才总数超85万人。", reference_date="2022-10-11")
    assert report.talent == []
    assert [(m.value.value, m.value.modifier) for m in report.metrics] == [(850000, "over")]


def test_people_gathered_without_a_total_stay_talent() -> None:
    report = _EXTRACT("今年全区集聚高层次人才1200人。", reference_date="2022-10-11")
    assert [(t.category, t.count.value, t.mode) for t in report.talent] == [("高层次人才", 1200, None)]


BOUND_BEFORE_AN_AMOUNT_NOUN = [
    ("此外,這些項目也帶來了超過八十三億九千萬港元的投資總額。", 8390000000),
    ("全年新签项目带来逾52亿元的合同金额。", 5200000000),
]


@pytest.mark.parametrize(("text", "amount"), BOUND_BEFORE_AN_AMOUNT_NOUN)
def test_a_bound_before_de_and_an_amount_noun_is_that_amounts_figure(text: str, amount: int) -> None:
    metrics = _EXTRACT(text, reference_date="2008-01-20").metrics
    assert [(m.value.amount, m.value.modifier) for m in metrics] == [(amount, "over")]


def test_a_bound_sizing_the_projects_counted_stays_no_figure() -> None:
    metrics = _EXTRACT("全年引进总投资超10亿元的项目12个。", reference_date="2008-01-20").metrics
    assert [(m.value_type, m.value.value) for m in metrics] == [("count", 12)]


CONTRIBUTIONS_IN_POINTS = [
    "1至9月,全省工业投资同比增长13.6%,拉动全省固定资产投资增长5.2个百分点。",
    "1至9月,全省制造业投资同比增长13.6%,上拉全省工业投资增速10.4个百分点。",
    "1至9月,全省工業投資同比增長13.6%,拉動全省固定資産投資增長5.2個百分點。",
]


@pytest.mark.parametrize("text", CONTRIBUTIONS_IN_POINTS)
def test_a_contribution_in_percentage_points_is_no_figure(text: str) -> None:
    metrics = _EXTRACT(text, reference_date="2022-11-09").metrics
    assert [(m.value.value, m.value.unit) for m in metrics] == [(13.6, "percent")]


def test_a_share_raised_by_points_stays_a_figure() -> None:
    metrics = _EXTRACT("全市高新技术产业增加值占比提高2.1个百分点。", reference_date="2022-11-09").metrics
    assert [(m.value.value, m.value.unit) for m in metrics] == [(2.1, "percentage_point")]


PERSON_TOLD_AS_BROUGHT_IN = [
    ("她口中的梅亮华校长,是府谷中学引进的名优教育专家。", "梅亮华", "名优教育专家", "introduced"),
    ("黄纯海博士是该院引进的第一个医学博士。", "黄纯海", "医学博士", "introduced"),
    ("王建国教授是县里柔性引进的产业专家。", "王建国", "产业专家", "flexible"),
]


@pytest.mark.parametrize(("text", "person", "category", "mode"), PERSON_TOLD_AS_BROUGHT_IN)
def test_a_person_told_as_brought_in_by_a_body_is_talent(text: str, person: str, category: str, mode: str) -> None:
    talent = _EXTRACT(text, reference_date="2020-01-10").talent
    assert [(t.persons, t.category, t.mode) for t in talent] == [([person], category, mode)]


def test_a_person_told_by_what_they_are_stays_no_talent() -> None:
    assert _EXTRACT("王建国教授是该研究所的一名研究员。", reference_date="2020-01-10").talent == []


def test_a_person_counted_before_the_kind_they_were_brought_in_as_is_one_record() -> None:
    talent = _EXTRACT("王建国教授是县里引进的一名产业专家。", reference_date="2020-01-10").talent
    assert [(t.persons, t.category, t.count.value if t.count else None) for t in talent] == [
        (["王建国"], "产业专家", 1)
    ]
