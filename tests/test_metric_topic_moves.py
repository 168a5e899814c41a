"""A sentence that opens on last year and moves on to this year's months carries this year's period to the
sentence after it (其中…); a sentence of one year carries that year."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import number

# (text, the figure in the second sentence, its period); reference date 2015-04-20
CASES = [
    (
        "去年本市服务业实际利用外资近80亿美元，今年一季度全市服务业实际利用外资51.6亿美元。其中金融服务引资规模达49.2亿美元。",
        4920000000,
        "2015-Q1",
    ),
    ("去年全省签约项目320个，今年1-3月，全省签约项目96个。其中制造业项目52个。", 52, "2015-01/2015-03"),
    ("2014年全县实际到位资金45亿元，2015年一季度，全县实际到位资金12亿元。其中省外资金9.8亿元。", 980000000, "2015-Q1"),
    ("上年全市引进外资企业58家，今年前三个月，全市新设外资企业21家。其中港资企业15家。", 15, "2015-01/2015-03"),
    ("去年全區招商引資到位資金80億元，今年第一季度到位資金23億元。其中工業項目到位資金15億元。", 1500000000, "2015-Q1"),
    ("2014年，全市实际利用外资12亿美元。其中制造业5.2亿美元。", 520000000, "2014"),
    ("去年全市引进项目210个。其中亿元以上项目48个。", 48, "2014"),
]


@pytest.mark.parametrize(("text", "figure", "period"), CASES)
def test_period_carried_after_a_move_to_a_later_year(text: str, figure: float, period: str) -> None:
    report = extract(text, reference_date="2015-04-20")
    assert period in [m.period for m in report.metrics if number(m.value) == figure]
