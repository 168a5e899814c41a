"""Periods and places of statistics paragraphs written as reports across China and HK/TW/Macau write them,
read end to end. Each row: the text, its reference date, and the metrics expected in order as
(value, period, place)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract
from metric_readings import number, read_metrics

Row = tuple[str, str | None, list[tuple[float, str | None, str | None]]]

# A bare 今年 after a span of the months so far, set in its sentence or paragraph, is that span; 今年以来 and a
# paragraph opening on 今年 stay the year.
THIS_YEAR_IN_A_SPAN: list[Row] = [
    (
        "1—11月，扬州市新签约项目66个。今年，全市实际到位资金180亿元。",
        "2023-12-10",
        [(66, "2023-01/2023-11", "扬州市"), (18000000000, "2023-01/2023-11", "扬州市")],
    ),
    (
        "1-11月，安徽省在建亿元以上项目6743个。今年新建10亿元以上项目476个。",
        "2021-12-20",
        [(6743, "2021-01/2021-11", "安徽省"), (476, "2021-01/2021-11", "安徽省")],
    ),
    (
        "1-10月，常州市在建项目4299个，计划总投资3190.9亿元；今年完成投资479.9亿元，增长3.6%。",
        "2017-11-20",
        [(4299, "2017-01/2017-10", "常州市"), (319090000000, "2017-01/2017-10", "常州市"),
         (47990000000, "2017-01/2017-10", "常州市")],
    ),
    (
        "前三季度，襄阳市新签约项目48个。今年已到位资金95亿元。",
        "2023-10-20",
        [(48, "2023-01/2023-09", "襄阳市"), (9500000000, "2023-01/2023-09", "襄阳市")],
    ),
    (
        "上半年，廈門市新簽約項目150個。今年實際使用外資12億美元。",
        "2023-07-20",
        [(150, "2023-H1", "厦门市"), (1200000000, "2023-H1", "厦门市")],
    ),
    (
        "1—10月，扬州市新签约项目56个。\n\n今年，全市计划实施重点项目120个，已开工98个。",
        "2023-11-15",
        [(56, "2023-01/2023-10", "扬州市"), (120, "2023", "扬州市"), (98, "2023", "扬州市")],
    ),
    (
        "1—10月，扬州市新签约项目56个。今年以来，全市实际到位资金150亿元。",
        "2023-11-15",
        [(56, "2023-01/2023-10", "扬州市"), (15000000000, "2023", "扬州市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), THIS_YEAR_IN_A_SPAN)
def test_this_year_in_a_span_of_months(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# The words framing a figure are not its indicator: the event's 此次 / 本次 / 这次, modals and estimates.
FRAMED_INDICATORS: list[tuple[str, str | None, str]] = [
    ("2月22日，图木舒克市举行集中开工仪式。此次集中开工项目292个。", "2022-02-23", "集中开工项目"),
    ("3月5日，保山市举行集中签约仪式。本次签约项目20个。", "2021-03-06", "签约项目"),
    ("3月5日，保山市举行集中签约仪式。这次集中签约项目20个。", "2021-03-06", "集中签约项目"),
    ("扬州市商务局局长介绍，今年全市将力争新签约项目70个。", "2023-11-15", "新签约项目"),
    ("预计全年全县招商引资到位资金突破50亿元。", "2013-12-20", "招商引资到位资金"),
    ("全市新签约项目56个，且实际到位资金150亿元。", "2023-11-15", "实际到位资金"),
    ("晋城市10月份新签约项目19个，当月到位资金12亿元。", "2023-11-10", "到位资金"),
]


@pytest.mark.parametrize(("text", "reference", "indicator"), FRAMED_INDICATORS)
def test_framing_words_are_no_indicator(text: str, reference: str | None, indicator: str) -> None:
    assert extract(text, reference_date=reference).metrics[-1].indicator == indicator


# The first months or quarters as Hong Kong, Macau and Taiwan papers (and some mainland ones) write them.
FIRST_PARTS_OF_A_YEAR: list[Row] = [
    ("今年首三季，澳門特區吸引外來直接投資42億澳門元。", "2023-11-15", [(4200000000, "2023-01/2023-09", "澳门特别行政区")]),
    ("首三季度，扬州市实际使用外资10.5亿美元。", "2023-11-15", [(1050000000, "2023-01/2023-09", "扬州市")]),
    ("头三季度，扬州市实际使用外资10.5亿美元。", "2023-11-15", [(1050000000, "2023-01/2023-09", "扬州市")]),
    ("今年頭十個月，香港特區吸引外來投資企業420家。", "2023-11-15", [(420, "2023-01/2023-10", "香港特别行政区")]),
    ("據統計，首三季台中市招商投資金額達520億元。", "2023-11-15", [(52000000000, "2023-01/2023-09", "台中市")]),
    ("首季，台中市招商投資金額達120億元。", "2023-11-15", [(12000000000, "2023-Q1", "台中市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), FIRST_PARTS_OF_A_YEAR)
def test_first_parts_of_a_year(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A later sentence of an event's paragraph opening on a period of its own (今年以来, 1—9月) turns to that period's
# figures, though the event's sentence said 现场; one saying it tells of the event (此次…) stays the event's.
TURNS_FROM_THE_EVENT: list[Row] = [
    (
        "10月15日，扬州市举行重大项目集中签约仪式，现场签约项目32个，总投资260亿元。今年以来，全市已签约项目156个。",
        "2023-11-15",
        [(32, "2023-10-15", "扬州市"), (26000000000, "2023-10-15", "扬州市"), (156, "2023", "扬州市")],
    ),
    (
        "10月15日，扬州市举行重大项目集中签约仪式，现场签约项目32个。1—9月，全市已签约项目156个，到位资金120亿元。",
        "2023-11-15",
        [(32, "2023-10-15", "扬州市"), (156, "2023-01/2023-09", "扬州市"), (12000000000, "2023-01/2023-09", "扬州市")],
    ),
    (
        "3月5日，保山市举行集中开工仪式，开工项目20个。上半年，全市计划开工项目60个。",
        "2021-03-06",
        [(20, "2021-03-05", "保山市"), (60, "2021-H1", "保山市")],
    ),
    (
        "3月5日，保山市举行集中签约仪式，现场签约项目20个。此次签约项目预计2021年完成投资30亿元。",
        "2021-03-06",
        [(20, "2021-03-05", "保山市"), (3000000000, "2021", "保山市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), TURNS_FROM_THE_EVENT)
def test_a_period_of_its_own_turns_from_the_event(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# 累计 under a year its own sentence states (今年全市累计…, 2022年，…累计…) sums that year's flow; a year carried
# from the lead leaves it a stock, and so does 累计 with no year at all.
SUMMED_OVER_A_STATED_YEAR: list[Row] = [
    ("扬州市今年累计签约项目56个。", "2023-11-15", [(56, "2023", "扬州市")]),
    ("今年以来，扬州市累计签约项目56个。", "2023-11-15", [(56, "2023", "扬州市")]),
    ("2022年，扬州市累计签约项目56个，总投资320亿元。", "2023-11-15", [(56, "2022", "扬州市"), (32000000000, "2022", "扬州市")]),
    ("去年，廈門市累計新設外資企業900家。", "2023-11-15", [(900, "2022", "厦门市")]),
    ("今年以来，扬州市深入推进招商。\n扬州市累计引进外资企业1200家。", "2023-11-15", [(1200, None, "扬州市")]),
    ("扬州市累计引进外资企业1200家。", "2023-11-15", [(1200, None, "扬州市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), SUMMED_OVER_A_STATED_YEAR)
def test_summed_over_a_stated_year(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# The office the news or its figures come from names the place of 全市 / 我市 when no other place is named.
PLACE_OF_THE_SOURCE: list[Row] = [
    ("记者从扬州市商务局获悉，1—10月，全市新设外资企业156家。", "2023-11-15", [(156, "2023-01/2023-10", "扬州市")]),
    ("扬州市商务局数据显示，1-10月，全市实际使用外资12.5亿美元。", "2023-11-15", [(1250000000, "2023-01/2023-10", "扬州市")]),
    ("据扬州市商务局统计，前三季度全市新签约项目48个。", "2023-11-15", [(48, "2023-01/2023-09", "扬州市")]),
    ("记者从南充市投促局获悉，1—10月，我市国内省外到位资金468.3亿元。", "2023-11-15", [(46830000000, "2023-01/2023-10", "南充市")]),
    ("南充市投促局消息，前三季度，全市新签约项目147个。", "2023-11-15", [(147, "2023-01/2023-09", "南充市")]),
    ("近日，記者從南充市統計局獲悉，前三季度，全市完成固定資產投資1576.9億元。", "2023-11-15", [(157690000000, "2023-01/2023-09", "南充市")]),
    ("记者从南充市商务局获悉，1—10月，仪陇县新签约项目12个。", "2023-11-15", [(12, "2023-01/2023-10", "仪陇县")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), PLACE_OF_THE_SOURCE)
def test_the_place_of_the_source(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# With no place carried (a report whose subject is not known), a figure told of an event, by 此次 or by the event's
# day, is of the event's place.
PLACE_OF_THE_EVENT: list[Row] = [
    (
        "3月31日，枝江市举行招商引资项目集中签约仪式。\n\n3月31日签约的项目，涵盖电子信息等领域，其中电子信息类项目3个，投资额39亿元。",
        "2018-04-10",
        [(3, "2018-03-31", "枝江市"), (3900000000, "2018-03-31", "枝江市")],
    ),
    (
        "3月31日，枝江市举行招商引资项目集中签约仪式，签约项目12个。\n\n此次签约的项目中，电子信息类项目3个。",
        "2018-04-10",
        [(12, "2018-03-31", "枝江市"), (3, "2018-03-31", "枝江市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), PLACE_OF_THE_EVENT)
def test_the_place_of_the_event(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# 前10月 right after its place, as headlines write it, is the first months of the year; 提前 / 届满前 are not.
FIRST_MONTHS_AFTER_A_PLACE: list[tuple[str, list[tuple[str, str]]]] = [
    ("扬州前10月实际使用外资增长15%", [("前10月", "2023-01/2023-10")]),
    ("廣東前9月實際使用外資781.3億元", [("前9月", "2023-01/2023-09")]),
    ("全市前8月签约项目5个。", [("前8月", "2023-01/2023-08")]),
    ("从前8个月的数据可以看出，招商形势向好。", [("前8个月", "2023-01/2023-08")]),
    ("提前10个月完成任务。", []),
    ("可在逗留期限届满前3个月内提出申请。", []),
    ("三年前10月，全市签约项目5个。", [("10月", "2023-10")]),
]


@pytest.mark.parametrize(("text", "dates"), FIRST_MONTHS_AFTER_A_PLACE)
def test_first_months_after_a_place(text: str, dates: list[tuple[str, str]]) -> None:
    report = extract(text, reference_date="2023-11-15")
    assert [(m.text, m.value.timex) for m in report.mentions if m.type == "date"] == dates


# A headline giving its event's day ("…签约仪式18日举行") dates the event the body's lead tells without one.
HEADLINE_DAYS: list[Row] = [
    ("晋城市重大项目集中签约仪式18日举行\n\n本次集中签约项目56个，总投资320亿元。", "2023-03-20",
     [(56, "2023-03-18", "晋城市"), (32000000000, "2023-03-18", "晋城市")]),
    ("晋城市18日举行重大项目集中签约仪式\n\n本次集中签约项目56个，总投资320亿元。", "2023-03-20",
     [(56, "2023-03-18", "晋城市"), (32000000000, "2023-03-18", "晋城市")]),
    ("晋城市重大项目集中开工仪式18日上午举行\n\n此次集中开工项目120个，总投资580亿元。", "2023-03-20",
     [(120, "2023-03-18", "晋城市"), (58000000000, "2023-03-18", "晋城市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), HEADLINE_DAYS)
def test_a_headline_s_event_day(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A plan's span told with 以来 (“十四五”以来) counts from its first year to the reference year, as 2021年以来 does.
SINCE_A_PLAN: list[Row] = [
    ("“十四五”以来，厦门市累计引进项目1800个，总投资8600亿元。", "2024-01-20",
     [(1800, "2021/2024", "厦门市"), (860000000000, "2021/2024", "厦门市")]),
    ("十四五以来，厦门市累计引进项目1800个。", "2023-06-20", [(1800, "2021/2023", "厦门市")]),
    ("2021年以来，厦门市累计引进项目1800个。", "2024-01-20", [(1800, "2021/2024", "厦门市")]),
    ("“十三五”期间，厦门市累计引进项目1800个。", "2024-01-20", [(1800, "2016/2020", "厦门市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), SINCE_A_PLAN)
def test_since_a_plan_runs_to_now(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# The year's plan of the projects of a part of the year (年度计划投资, 当年计划投资) is the year's.
YEAR_PLANS_OF_A_QUARTER: list[Row] = [
    ("3月18日，晋城市举行一季度重大项目集中开工活动。全市一季度集中开工项目120个，总投资580亿元，年度计划投资210亿元。",
     "2023-03-20", [(120, "2023-Q1", "晋城市"), (58000000000, "2023-Q1", "晋城市"), (21000000000, "2023", "晋城市")]),
    ("上半年，晋城市新开工项目86个，总投资420亿元，当年计划投资150亿元。",
     "2023-07-20", [(86, "2023-H1", "晋城市"), (42000000000, "2023-H1", "晋城市"), (15000000000, "2023", "晋城市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), YEAR_PLANS_OF_A_QUARTER)
def test_the_year_plan_of_a_quarter(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# Places listed with 分别 and a bare verb after a figure told in the sentence before take that figure's name.
PLACES_OF_THE_NAME_JUST_TOLD: list[Row] = [
    ("1-10月，安徽省利用省外资金1.2万亿元。合肥市、芜湖市、滁州市分别完成2600亿元、1500亿元、1100亿元。", "2023-11-20",
     [(1200000000000, "2023-01/2023-10", "安徽省"), (260000000000, "2023-01/2023-10", "合肥市"),
      (150000000000, "2023-01/2023-10", "芜湖市"), (110000000000, "2023-01/2023-10", "滁州市")]),
    ("上半年，江西省新签约项目1200个。南昌市、赣州市分别达到260个、180个。", "2023-07-20",
     [(1200, "2023-H1", "江西省"), (260, "2023-H1", "南昌市"), (180, "2023-H1", "赣州市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), PLACES_OF_THE_NAME_JUST_TOLD)
def test_places_of_the_name_just_told(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A count told with a bare verb ending in 约 (签约120个) is named by the verb: its 约 is no "about".
COUNTED_BY_A_YUE_VERB: list[tuple[str, list[tuple[str, float]]]] = [
    ("其中，上半年签约120个，三季度签约50个。", [("签约", 120), ("签约", 50)]),
    ("上半年，晋城市签约项目120个，三季度签约50个。", [("签约项目", 120), ("签约", 50)]),
    ("全市履约项目120个。", [("履约项目", 120)]),
    ("全市投资约120亿元。", [("投资", 12000000000)]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_BY_A_YUE_VERB)
def test_counted_by_a_yue_verb(text: str, expected: list[tuple[str, float]]) -> None:
    metrics = extract(text, reference_date="2023-11-10").metrics
    assert [(m.indicator, number(m.value)) for m in metrics] == expected
