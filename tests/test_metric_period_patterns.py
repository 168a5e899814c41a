"""Periods and places of metrics for constructions of news and government prose, read end to end (the real
mention passes, the gazetteer), each pattern in several wordings of our own.

Each row: the text, its reference date, and the metrics expected in order as (indicator, value, period, place).
"""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract, models

Row = tuple[str, str | None, list[tuple[str, float, str | None, str | None]]]

# The year's plan of an event's projects is the year's, also when the words saying so stand before the
# indicator: a date ("2021年计划完成投资"), 年内, 当年.
ANNUAL_PLANS: list[Row] = [
    (
        "6月30日，大理州举行重大项目集中开工仪式，开工项目35项，总投资25.7亿元，2021年计划完成投资11.82亿元。",
        "2021-07-01",
        [("开工项目", 35, "2021-06-30", "大理白族自治州"), ("总投资", 2570000000, "2021-06-30", "大理白族自治州"),
         ("计划完成投资", 1182000000, "2021", "大理白族自治州")],
    ),
    (
        "3月5日，保山市重大项目集中开工，共开工项目20个，总投资100亿元，年内计划完成投资30亿元。",
        "2021-03-06",
        [("开工项目", 20, "2021-03-05", "保山市"), ("总投资", 10000000000, "2021-03-05", "保山市"),
         ("计划完成投资", 3000000000, "2021", "保山市")],
    ),
    (
        "2月16日，曲靖市举行集中开工活动，开工项目50个，总投资200亿元，当年计划投资60亿元。",
        "2022-02-17",
        [("开工项目", 50, "2022-02-16", "曲靖市"), ("总投资", 20000000000, "2022-02-16", "曲靖市"),
         ("计划投资", 6000000000, "2022", "曲靖市")],
    ),
    (
        "2月16日，喀什地區舉行重大項目集中開工儀式，開工項目120個，總投資300億元，年內計劃完成投資90億元。",
        "2023-02-17",
        [("開工項目", 120, "2023-02-16", "喀什地区"), ("總投資", 30000000000, "2023-02-16", "喀什地区"),
         ("計劃完成投資", 9000000000, "2023", "喀什地区")],
    ),
]  # fmt: skip

# 预计 before the year a review's estimates open with: the year (and place) is the paragraph's topic.
ESTIMATES: list[Row] = [
    (
        "预计2012年全市生产总值完成3440亿元左右。规模以上工业增加值达到1300亿元以上。",
        "2013-01-20",
        [("生产总值", 344000000000, "2012", "全市"), ("规模以上工业增加值", 130000000000, "2012", "全市")],
    ),
    (
        "预计今年全县招商引资到位资金突破50亿元；新签约项目达到120个。",
        "2013-12-20",
        [("招商引资到位资金", 5000000000, "2013", "全县"), ("新签约项目", 120, "2013", "全县")],
    ),
    (
        "預計2022年全區實際使用外資12億美元。新設外資企業80家。",
        "2023-01-10",
        [("實際使用外資", 1200000000, "2022", "全区"), ("新設外資企業", 80, "2022", "全区")],
    ),
    (
        "初步统计，预计2018年全省进出口总额完成320亿元。其中出口210亿元。",
        "2019-01-15",
        [("进出口总额", 32000000000, "2018", "全省"), ("出口", 21000000000, "2018", "全省")],
    ),
]


def _number(value: Any) -> float:
    return value.amount if isinstance(value, models.MoneyValue) else value.value


def _read(text: str, reference: str | None) -> list[tuple[str, float, str | None, str | None]]:
    report = extract(text, reference_date=reference)
    return [(m.indicator, _number(m.value), m.period, m.place) for m in report.metrics]


@pytest.mark.parametrize(("text", "reference", "expected"), ANNUAL_PLANS)
def test_the_year_s_plan_of_an_event_s_projects(text: str, reference: str | None, expected: list[Any]) -> None:
    assert _read(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), ESTIMATES)
def test_a_review_s_estimates_open_with_their_year(text: str, reference: str | None, expected: list[Any]) -> None:
    assert _read(text, reference) == expected
