"""How far a stated period reaches: which dates set the period the later figures of a report take, read end to
end (the real mention passes, the gazetteer), each pattern in several wordings of our own.

Each row: the text, its reference date, and the metrics expected in order as (value, period, place).
"""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract, models

Row = tuple[str, str | None, list[tuple[float, str | None, str | None]]]

# A span since a date (自2022年6月揭牌以来, 2019年以来) on a page that states no date to run it to has no end: it gives
# no period, neither to its own figures nor to the paragraphs after it (its start month is not their period).
OPEN_SINCE: list[Row] = [
    (
        "金凤实验室自2022年6月揭牌以来，已引进科研团队29个，集聚规上企业120余家。\n长寿区已集聚规上企业120余家。",
        None,
        [(120, None, None), (120, None, "长寿区")],
    ),
    (
        "自2021年3月成立以来，该园区累计引进企业85家。\n全区拥有高新技术企业300家。",
        None,
        [(85, None, None), (300, None, "全区")],
    ),
    ("从2020年5月运营以来，产业园已入驻项目42个。\n今年全市新签约项目50个。", None, [(42, None, None), (50, None, "全市")]),
    # with a reference date the span runs to its month, or to its year
    ("自2022年6月揭牌以来，该实验室已引进博士29人，集聚规上企业120余家。", "2023-05-10", [(120, "2022-06/2023-05", None)]),
    ("自2016年启动以来，该区已引进博士29人，集聚规上企业120余家。", "2023-05-10", [(120, "2016/2023", "该区")]),
]  # fmt: skip


# An activity just told, opening a clause with what was signed in it (活动中，… 签约; 仪式上，…; 活动上，…), is the event:
# the figures take its day. Activities in general (在各类招商活动中签约) are none: the period stated stays.
SIGNED_IN_THE_ACTIVITY: list[Row] = [
    (
        "6月12日上午，泰安市“项目签约大比拼”活动举办，市委书记出席活动并讲话。活动中，宁阳县6个项目成功签约，总投资79.7亿元。",
        "2024-06-13",
        [(6, "2024-06-12", "泰安市"), (7970000000, "2024-06-12", "泰安市")],
    ),
    (
        "5月20日，“招商引资百日攻坚”活动启动。活动上，全区共签约项目9个，签约金额18.5亿元。",
        "2022-05-21",
        [(9, "2022-05-20", "全区"), (1850000000, "2022-05-20", "全区")],
    ),
    (
        "3月8日，全市招商引资推进活动在高新区举行。仪式上，12个项目集中签约，总投资56亿元。",
        "2023-03-09",
        [(12, "2023-03-08", "全市"), (5600000000, "2023-03-08", "全市")],
    ),
    (
        "2015年上半年，各州市在各类省级重大招商活动中签约项目360个，到位资金375亿元。",
        "2015-08-01",
        [(360, "2015-H1", None), (37500000000, "2015-H1", None)],
    ),
]  # fmt: skip


def _number(value: Any) -> float:
    return value.amount if isinstance(value, models.MoneyValue) else value.value


def _read(text: str, reference: str | None) -> list[tuple[float, str | None, str | None]]:
    report = extract(text, reference_date=reference)
    return [(_number(m.value), m.period, m.place) for m in report.metrics]


@pytest.mark.parametrize(("text", "reference", "expected"), OPEN_SINCE)
def test_a_span_since_a_date_without_an_end_gives_no_period(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert _read(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), SIGNED_IN_THE_ACTIVITY)
def test_what_was_signed_in_the_activity_just_told_takes_its_day(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert _read(text, reference) == expected
