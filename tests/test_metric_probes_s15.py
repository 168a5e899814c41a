"""Session-15 probes: statistics sentences as reports across China, Hong Kong, Macau and Taiwan write them (not copied
from the corpus), with what a reader expects of each figure. One class a table."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import metrics_valued, number

Y = 100_000_000  # 亿

# A level told after its indicator's growth: the indicator's figure, the growth its yoy (no percent statistic).
# (text, reference, value, indicator, yoy)
LEVELS_AFTER_GROWTH: list[tuple[str, str, float, str, float]] = [
    ("1至4月，全省实际利用外资同比增长21.3%，达到42.8亿美元。", "2021-05-30", 42.8 * Y, "实际利用外资", 21.3),
    ("一季度，全市实际使用外资同比增长42.6%，达到1.55亿美元；新设外资企业18家。", "2022-04-18", 1.55 * Y,
     "实际使用外资", 42.6),
    ("全市实际使用外资同比增长21.3%，总额达42.8亿美元。", "2023-05-10", 42.8 * Y, "实际使用外资", 21.3),
    ("1-9月，全县进出口总额增长5%至32亿元。", "2023-10-20", 32 * Y, "进出口总额", 5),
    ("全年全省进出口总额同比下降5%，为3200亿元。", "2024-01-20", 3200 * Y, "进出口总额", -5),
    ("上半年，全市新签约项目同比增长20%，达到120个。", "2024-07-15", 120, "新签约项目", 20),
    ("前三季度，全区到位资金比上年同期增长12.6%，达到86亿元。", "2022-10-25", 86 * Y, "到位资金", 12.6),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "indicator", "yoy"), LEVELS_AFTER_GROWTH)
def test_a_level_after_its_growth(text: str, reference: str, value: float, indicator: str, yoy: float) -> None:
    found = metrics_valued(text, reference, value)
    assert [(m.indicator, m.yoy.value if m.yoy else None) for m in found] == [(indicator, yoy)]
    # the growth is the level's yoy, no statistic of its own
    assert not [m for m in extract(text, reference_date=reference).metrics if number(m.value) == abs(yoy)]


# What stays as it was: a growth alone is the statistic; a share before a level is no growth.
GROWTHS_ALONE: list[tuple[str, str, float]] = [
    ("1-5月，全市固定资产投资同比增长8.6%。", "2023-06-15", 8.6),
    ("全市实际使用外资达到42.8亿美元，同比增长21.3%。", "2023-06-15", 42.8 * Y),
]


@pytest.mark.parametrize(("text", "reference", "value"), GROWTHS_ALONE)
def test_growths_and_levels_told_otherwise_stand(text: str, reference: str, value: float) -> None:
    assert len(metrics_valued(text, reference, value)) == 1


# A quarter or month of the year's end told bare in a report of January or February is the one just past.
# (text, reference, value, period)
LAST_WINTER: list[tuple[str, str, float, str]] = [
    ("第四季度，全市实际到位资金156亿元，全年累计到位资金612亿元。", "2024-01-22", 156 * Y, "2023-Q4"),
    ("四季度，全县新签约项目56个。", "2023-02-08", 56, "2022-Q4"),
    ("12月份，全市新签约项目12个，总投资48亿元。", "2024-01-15", 12, "2023-12"),
    ("11月，全区新签约项目17个。", "2025-02-10", 17, "2024-11"),
    ("1月份，全市新签约项目12个。", "2024-02-20", 12, "2024-01"),
    ("四季度，全市新签约项目56个。", "2024-04-15", 56, "2024-Q4"),
    ("去年四季度，全市新签约项目31个。", "2024-01-22", 31, "2023-Q4"),
]


@pytest.mark.parametrize(("text", "reference", "value", "period"), LAST_WINTER)
def test_the_years_end_told_early_in_the_next(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# 今年截至目前 (or 截至目前 with 今年 in its statement): January to now, for every figure after it in its paragraph;
# 今年以来 …。截至目前 keeps the year.
YEAR_TO_NOW: list[tuple[str, str, float, str]] = [
    ("今年截至目前，该区签约引资项目34个，其中，投资40亿元以上的大项目6个。", "2013-10-03", 6, "2013-01/2013-10"),
    ("今年截至目前，全县签约项目34个。55项重点项目开工率达100%，撬动社会投资136.5亿元。", "2013-10-03",
     136.5 * Y, "2013-01/2013-10"),
    ("今年截至目前，全县签约项目34个。55项重点项目开工率达100%。", "2013-10-03", 100, "2013-01/2013-10"),
    ("截至目前，全县今年新签约项目56个，其中工业项目30个。", "2019-08-20", 30, "2019-01/2019-08"),
    ("今年以来，全县签约项目30个。截至目前，全县已开工项目18个。", "2013-10-03", 18, "2013"),
    ("今年截至目前，全县签约项目34个。\n\n2012年，该县签约项目20个。", "2013-10-03", 20, "2012"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period"), YEAR_TO_NOW)
def test_the_year_told_up_to_now(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A completion percent measured against the year's target keeps the span told before it.
PROGRESS_AGAINST_THE_YEAR: list[tuple[str, str, float, str]] = [
    ("1-10月，全市完成工业投资1770.3亿元，同比增长8.2%，完成全年目标序时进度达到85.4%。", "2017-11-20", 85.4,
     "2017-01/2017-10"),
    ("1-10月，全市完成工业投资1770.3亿元，同比增长8.2%，完成全年目标序时进度达到85.4%。", "2017-11-20",
     1770.3 * Y, "2017-01/2017-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period"), PROGRESS_AGAINST_THE_YEAR)
def test_progress_against_the_years_target(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# 全年 told of results early in a year is the year just ended, also for the sentences of its paragraph it carries to;
# a target's 全年 stays the reference year.
WHOLE_YEAR_CARRIED: list[tuple[str, str, float, str]] = [
    ("全年共签约项目48个，协议投资156亿元。实际到位资金62亿元。", "2024-01-28", 62 * Y, "2023"),
    ("全年共签约项目48个。实际到位资金62亿元。全年力争到位资金80亿元。", "2024-01-28", 80 * Y, "2024"),
    ("全年全区新引进项目36个。其中，工业项目21个。", "2025-02-12", 21, "2024"),
    ("全年共签约项目48个。今年，全县力争签约项目60个。", "2024-01-28", 60, "2024"),
    ("全年共签约项目48个。实际到位资金62亿元。", "2024-06-28", 62 * Y, "2024"),
]


@pytest.mark.parametrize(("text", "reference", "value", "period"), WHOLE_YEAR_CARRIED)
def test_the_whole_year_carried_early_in_the_next(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A period right after the place opening the lead (全市1-6月…, 我县上半年…) carries on as one opening it would.
PERIOD_AFTER_THE_PLACE: list[tuple[str, str, float, str]] = [
    ("全市1-6月新签约项目58个。全市实际到位资金142亿元。", "2023-07-20", 142 * Y, "2023-01/2023-06"),
    ("本报讯 我县上半年新签约项目58个，总投资86亿元。全县实际到位资金42亿元。", "2023-07-20", 42 * Y, "2023-H1"),
    ("江西省上半年新签约项目800个。赣州市新签约项目120个。", "2023-07-20", 120, "2023-H1"),
    ("全省前三季度实际使用外资52亿美元。全省新设外资企业860家。", "2024-10-25", 860, "2024-01/2024-09"),
    ("我市一季度签约项目28个。\n\n全市到位资金36亿元。", "2022-04-20", 36 * Y, "2022-Q1"),
]


@pytest.mark.parametrize(("text", "reference", "value", "period"), PERIOD_AFTER_THE_PLACE)
def test_a_period_right_after_the_opening_place_carries(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A clause or statement opening on a part of the unit the gazetteer does not name (中心城区, 其它区) after a named part:
# the report's place, not that part's.
OTHER_AREAS: list[tuple[str, str, float, str]] = [
    ("前7个月，天津市引进项目4125个。滨海新区引进项目422个，到位资金664亿元；中心城区引进项目1189个，到位资金514亿元；"
     "其它区引进项目2514个。\n\n天津市数据。", "2016-08-16", 1189, "天津市"),
    ("前7个月，天津市引进项目4125个。滨海新区引进项目422个，到位资金664亿元；中心城区引进项目1189个，到位资金514亿元；"
     "其它区引进项目2514个。\n\n天津市数据。", "2016-08-16", 514 * Y, "天津市"),
    ("前7个月，天津市引进项目4125个。滨海新区引进项目422个，到位资金664亿元；中心城区引进项目1189个，到位资金514亿元；"
     "其它区引进项目2514个。\n\n天津市数据。", "2016-08-16", 664 * Y, "滨海新区"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "place"), OTHER_AREAS)
def test_parts_the_gazetteer_does_not_name(text: str, reference: str, value: float, place: str) -> None:
    assert [m.place for m in metrics_valued(text, reference, value)] == [place]


# A sentence opening on a span of years up to now (五年来，…; 10年来，…) gives its figures the span, ending at the
# reference year (the year just ended in a January or February report); a level reached keeps none.
YEARS_UP_TO_NOW: list[tuple[str, str, float, str | None]] = [
    ("五年来，全县累计引进项目420个，到位资金856亿元。", "2022-01-15", 420, "2017/2021"),
    ("五年来，全县累计引进项目420个，到位资金856亿元。", "2022-01-15", 856 * Y, "2017/2021"),
    ("十年来，依托“博士行”活动，先后建成83个博士研修营。", "2023-08-04", 83, "2014/2023"),
    ("三年来，全区新引进外资企业46家。", "2024-06-20", 46, "2022/2024"),
    ("两年多来，全县累计引进项目42个。", "2022-06-15", 42, None),
]


@pytest.mark.parametrize(("text", "reference", "value", "period"), YEARS_UP_TO_NOW)
def test_years_up_to_now(text: str, reference: str, value: float, period: str | None) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A speech's address (各位代表，; 同志们：) opens no news: the year told after it leads the figures after it.
ADDRESSED_YEARS: list[tuple[str, str, float, str]] = [
    ("各位代表，2022年是极不平凡的一年。全市实际利用外资3.8亿美元，增长9.2%。", "2023-02-06", 3.8 * Y, "2022"),
    ("同志们，2022年是极不平凡的一年。全市新签约项目216个。", "2023-02-06", 216, "2022"),
    ("各位代表：2023年是全面贯彻党的二十大精神的开局之年。全县新签约项目96个。", "2024-01-10", 96, "2023"),
]


@pytest.mark.parametrize(("text", "reference", "value", "period"), ADDRESSED_YEARS)
def test_a_year_after_a_speechs_address(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A count of what was started or signed told 截至目前 is the year's flow so far also where its verb follows it.
COUNTED_BEFORE_THE_VERB: list[tuple[str, str, float, str | None]] = [
    ("截止目前已有23个项目开工建设，总投资1000亿元。", "2013-03-20", 23, "2013-01/2013-03"),
    ("截至目前，全县已有18个项目签约落地。", "2023-09-12", 18, "2023-01/2023-09"),
    ("截至目前，全县共有外资企业86家。", "2023-09-12", 86, None),
]


@pytest.mark.parametrize(("text", "reference", "value", "period"), COUNTED_BEFORE_THE_VERB)
def test_counted_before_the_verb_up_to_now(text: str, reference: str, value: float, period: str | None) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A figure with no name of its own after a period opening its clause after 其中 is that period's part of the last
# figure of its type: (text, reference, value, indicator, period)
PERIOD_ITEMS: list[tuple[str, str, float, str, str]] = [
    ("1-2月份，全区新签约项目11个，其中2月份7个。", "2023-03-15", 7, "新签约项目", "2023-02"),
    ("1-2月份，全区新签约项目11个，总投资52亿元，其中2月份7个。", "2023-03-15", 7, "新签约项目", "2023-02"),
    ("1-2月份，全区实际到位资金11亿元，其中，2月份7亿元。", "2023-03-15", 7 * Y, "实际到位资金", "2023-02"),
    ("前三季度，全市实际使用外资3.6亿美元，其中三季度1.4亿美元。", "2023-10-25", 1.4 * Y, "实际使用外资", "2023-Q3"),
]


@pytest.mark.parametrize(("text", "reference", "value", "indicator", "period"), PERIOD_ITEMS)
def test_a_period_item_of_a_breakdown(text: str, reference: str, value: float, indicator: str, period: str) -> None:
    assert [(m.indicator, m.period) for m in metrics_valued(text, reference, value)] == [(indicator, period)]


# A bare 今年 carried from an earlier sentence of the paragraph is the span told before it there.
CARRIED_WITHIN_THE_SPAN: list[tuple[str, str, float, str]] = [
    ("截至5月底，全市今年新签约项目76个。分县市区看，淇县签约项目12个，浚县签约项目10个。", "2024-06-28", 12,
     "2024-01/2024-05"),
    ("截至9月底，全县今年已到位资金38亿元。全县新开工项目21个。", "2023-10-20", 21, "2023-01/2023-09"),
    ("今年，全县签约项目30个。全县新开工项目21个。", "2023-10-20", 21, "2023"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period"), CARRIED_WITHIN_THE_SPAN)
def test_a_carried_year_within_the_span(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A park named as an example of what is counted (…产业园等92个续建项目) is not the figure's place.
EXAMPLES_OF_THE_COUNTED: list[tuple[str, str, float, str]] = [
    ("上半年，金普新区签约内资项目20个。光洋智能装备制造产业园等92个续建项目复工建设。", "2017-08-03", 92, "金普新区"),
    ("一季度，西安高新区新签约项目18个。智能制造产业园等6个项目已开工。", "2023-04-20", 6, "西安高新区"),
]


@pytest.mark.parametrize(("text", "reference", "value", "place"), EXAMPLES_OF_THE_COUNTED)
def test_an_example_of_the_counted_is_no_place(text: str, reference: str, value: float, place: str) -> None:
    assert [m.place for m in metrics_valued(text, reference, value)] == [place]
