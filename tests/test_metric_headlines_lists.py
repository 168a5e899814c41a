"""Statistics pages whose period is stated only in the headline, and whose figures stand in numbered list
items. Each row: the text, its reference date, and the metrics expected in order as (value, period, place)."""

from __future__ import annotations

from typing import Any

import pytest

from metric_readings import read_metrics

Row = tuple[str, str | None, list[tuple[float, str | None, str | None]]]

# A headline's period leads the body until the body's lead states its own.
HEADLINE_PERIODS: list[Row] = [
    (
        "前三季度赣州实际使用外资增长15%\n\n全市实际使用外资14.2亿美元，同比增长15%。",
        "2021-11-12",
        [(1420000000, "2021-01/2021-09", "赣州市")],
    ),
    (
        "2016年遵义市招商引资成效显著\n\n全市新签约项目360个，到位资金720亿元。",
        "2017-02-10",
        [(360, "2016", "遵义市"), (72000000000, "2016", "遵义市")],
    ),
    (
        "上半年德州市招商引资实现“双过半”\n\n全市新签约项目80个。\n\n全市实际到位资金60亿元。",
        "2023-07-20",
        [(80, "2023-H1", "德州市"), (6000000000, "2023-H1", "德州市")],
    ),
    (
        "1-10月全省实际使用外資增長\n\n廣東省實際使用外資1100億元。",
        "2023-11-20",
        [(110000000000, "2023-01/2023-10", "广东省")],
    ),
    # the body's own lead wins over the headline's
    (
        "前三季度柳州市招商引资稳中有进\n\n1—10月，柳州市新签约项目120个。",
        "2023-11-15",
        [(120, "2023-01/2023-10", "柳州市")],
    ),
    # a day in a headline dates an event: no period for the figures
    (
        "11月8日南宁市重大项目集中签约\n\n南宁市签约项目56个，总投资320亿元。",
        "2023-11-09",
        [(56, None, "南宁市"), (32000000000, None, "南宁市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), HEADLINE_PERIODS)
def test_a_headline_period_leads_the_body(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected
