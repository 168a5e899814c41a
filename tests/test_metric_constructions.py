"""Metrics of report constructions read end to end (the real mention passes and the gazetteer), from
sentences written in the way provincial statistics pages and news reports break figures down.

Each row: the text, its reference date, and the metrics expected in order as (place, value).
"""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import number

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
    assert _places_and_values(text, reference) == expected


def _places_and_values(text: str, reference: str) -> list[tuple[str | None, float]]:
    return [(m.place, number(m.value)) for m in extract(text, reference_date=reference).metrics]


# A share after its figure's growth (or a remark without figures) still qualifies that figure: no percent
# metric of its own. Rows: text, reference date, (value, yoy, share) of each metric in order.
SHARES = [
    (
        "前三季度，南通市实际使用外资9.57亿美元，同比增长19.8%，占全省总额的40.96%。",
        "2018-10-20",
        [(957000000, 19.8, 40.96)],
    ),
    (
        "1至9月，第二产业签约金额2148.5亿元，同比增长39.57%，占总签约金额的65.18%。",
        "2019-10-20",
        [(214850000000, 39.57, 65.18)],
    ),
    (
        "1-2月，皖江片区实际到位资金821.9亿元，同比增长10.8%，增速首次超过全省平均水平，占全省比重65.1%。",
        "2018-03-20",
        [(82190000000, 10.8, 65.1)],
    ),
    (
        "其中，海口市實際使用外資3.02億美元，同比增長171.54%，占全省引進外資總量的78.11%。",
        "2021-09-20",
        [(302000000, 171.54, 78.11)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), SHARES, ids=[str(i) for i in range(len(SHARES))])
def test_a_share_after_a_growth_qualifies_the_figure(
    text: str, reference: str, expected: list[tuple[float, float | None, float | None]]
) -> None:
    report = extract(text, reference_date=reference)
    got = [
        (number(m.value), m.yoy.value if m.yoy else None, m.share.value if m.share else None) for m in report.metrics
    ]
    assert got == expected


# Percentage points after a gap word (高于, 低于) or a change from last month (环比, 比上个月) are neither a
# statistic nor the year-on-year change of the rate before them. Rows: text, reference date, (value, yoy).
GAPS = [
    (
        "上半年，全市新签项目资金到位率41%，高于去年同期6个百分点。",
        "2020-07-20",
        [(41, None)],
    ),
    (
        "前三季度，全县完成固定资产投资96.3亿元，同比增长9.2%，高于工业投资增幅2.5个百分点。",
        "2021-10-20",
        [(9630000000, 9.2)],
    ),
    (
        "今年一季度，高技术产业投资占全部投资比重为28%，环比提高1.5个百分点。",
        "2022-04-20",
        [(28, None)],
    ),
    (
        "1-5月，製造業利用外資佔比達到45.6%，比上個月提升0.8個百分點。",
        "2019-06-20",
        [(45.6, None)],
    ),
    (
        "全年外资项目履约率为62.4%，低于上年同期3个百分点。",
        "2018-12-28",
        [(62.4, None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), GAPS, ids=[str(i) for i in range(len(GAPS))])
def test_percentage_points_of_a_gap_are_no_figure(
    text: str, reference: str, expected: list[tuple[float, float | None]]
) -> None:
    report = extract(text, reference_date=reference)
    assert [(number(m.value), m.yoy.value if m.yoy else None) for m in report.metrics] == expected


# A clause counting the event's projects back (此次签约的7个项目, 本次签约的78个项目) after a record of that count is
# no second figure; told first, it is one. Each row: text, reference date, expected values in order.
TOLD_BACK: list[tuple[str, str, list[float]]] = [
    ("日前，大名县13个重点项目集中开工，7个项目集中签约。\n此次签约的7个项目，包括新材料产业园、文化观光园等。",
     "2013-05-01", [13, 7]),
    ("安徽省与45户央企签署78个合作项目，投资规模1677.6亿元。\n本次签约的78个项目，涉及新能源、新材料等领域。",
     "2014-10-20", [45, 78, 167760000000]),
    ("日前，大名县13个重点项目集中开工。\n此次集中开工的13个项目，总投资74.6亿元。", "2013-05-01", [13, 7460000000]),
    ("此次签约的12个项目，总投资50亿元。", "2013-05-01", [12, 5000000000]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), TOLD_BACK)
def test_the_event_s_projects_told_back(text: str, reference: str, expected: list[float]) -> None:
    assert [number(m.value) for m in extract(text, reference_date=reference).metrics] == expected


# A delegation or a team a named official leads: its figures are its place's, no one person's.
LED_BY = [
    (
        "5月18日，洽谈会在香港举行。常德市委副书记、市长周某率常德代表团签约项目18个、合同引资326亿元。",
        "2019-05-20",
        [("常德市", 18), ("常德市", 32600000000)],
    ),
    (
        "县委书记张某带队赴深圳开展招商，共签约项目12个，总投资86亿元。",
        "2021-03-02",
        [(None, 12), (None, 8600000000)],
    ),
    (
        "南平市副市長陳某帶領南平代表團出席推介會，簽約項目9個，協議投資45億元。",
        "2018-09-12",
        [("南平市", 9), ("南平市", 4500000000)],
    ),
]  # fmt: skip


# A country, or Hong Kong, Macau or Taiwan on a mainland page, before the money it sent (a breakdown by origin): the
# origin; the figure's place is where the money lands.
ORIGINS = [
    (
        "今年1—9月，福建全省实际使用外资222.3亿元。美国到资1.6亿元，同比增长25.4%；香港到资130.2亿元，同比增长20.2%。",
        "2019-10-17",
        [("福建省", 22230000000), ("福建省", 160000000), ("福建省", 13020000000)],
    ),
    (
        "一季度，泉州全市实际使用外资5.3亿美元。其中，新加坡投资1.2亿美元，日本投资0.8亿美元。",
        "2021-04-20",
        [("泉州市", 530000000), ("泉州市", 120000000), ("泉州市", 80000000)],
    ),
]  # fmt: skip


PLACED = LED_BY + ORIGINS


@pytest.mark.parametrize(("text", "reference", "expected"), PLACED, ids=[str(i) for i in range(len(PLACED))])
def test_the_place_of_a_delegation_s_or_an_origin_s_figures(
    text: str, reference: str, expected: list[tuple[str | None, float]]
) -> None:
    assert _places_and_values(text, reference) == expected
