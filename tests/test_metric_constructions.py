"""Metrics of report constructions read end to end (the real mention passes and the gazetteer), from
sentences written in the way provincial statistics pages and news reports break figures down.

Each row: the text, its reference date, and the metrics expected in order as (place, value).
"""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract, models


def _number(value: Any) -> float:
    return value.amount if isinstance(value, models.MoneyValue) else value.value


# One figure every place of a list has: said by 均/都/各, or by a bound (超, 以上) each place passes.
SHARED = [
    (
        "前三季度，南宁、柳州、桂林实际到位资金均超过300亿元。",
        "2019-10-20",
        [("南宁市", 30000000000), ("柳州市", 30000000000), ("桂林市", 30000000000)],
    ),
    (
        "今年以来，其中，绵阳、德阳引进市外到位资金超过150亿元。",
        "2021-05-10",
        [("绵阳市", 15000000000), ("德阳市", 15000000000)],
    ),
    (
        "1-6月，长沙实际到位资金超500亿元，株洲、湘潭超200亿元。",
        "2020-07-15",
        [("长沙市", 50000000000), ("株洲市", 20000000000), ("湘潭市", 20000000000)],
    ),
    (
        "上半年，鼓樓區、晉安區完成投資均已超80億元。",
        "2022-07-20",
        [("鼓楼区", 8000000000), ("晋安区", 8000000000)],
    ),
    (
        "一季度，黄冈、孝感的到位资金同比增幅超过40%。",
        "2018-04-20",
        [("黄冈市", 40), ("孝感市", 40)],
    ),
    (
        "前5个月，全区新开工工业项目多，延边州新开工工业项目25项，四平市和辽源市各12项。",
        "2017-06-10",
        [("延边朝鲜族自治州", 25), ("四平市", 12), ("辽源市", 12)],
    ),
]  # fmt: skip

# A list of places given one figure together: their joint total, one metric of no single place.
JOINT = [
    (
        "前三季度，南宁、柳州两市实际到位资金合计超过500亿元。",
        "2019-10-20",
        [(None, 50000000000)],
    ),
    (
        "上半年，株洲、湘潭共引进市外资金超过120亿元。",
        "2020-07-15",
        [(None, 12000000000)],
    ),
]  # fmt: skip


ROWS = SHARED + JOINT


@pytest.mark.parametrize(("text", "reference", "expected"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_a_figure_of_a_list_of_places(text: str, reference: str, expected: list[tuple[str | None, float]]) -> None:
    report = extract(text, reference_date=reference)
    assert [(m.place, _number(m.value)) for m in report.metrics] == expected
