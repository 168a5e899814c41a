"""A figure told at an event named with its year ("2012年第八届…交易会上，签约项目21个") is of that year when
it states no date of its own; a date it states wins."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import number

# (text, the figure, its period)
CASES = [
    ("2012年第八届中国新疆喀什·中亚南亚商品交易会上，叶城县签约项目21个，签约金额61.5亿元。", 21, "2012"),
    ("在2023年中国国际进口博览会上，该市签约项目15个，金额80亿元。", 15, "2023"),
    ("2019中国·东盟博览会期间，南宁市签约项目42个。", 42, "2019"),
    ("2021年第十届中国(绵阳)科技城国际科技博览会上，绵阳共签约项目56个，总投资320亿元。", 56, "2021"),
    ("在2018年中国西部国际投资贸易洽谈会上，该区签约项目12个，协议投资45亿元。", 12, "2018"),
    ("2024年澳门国际贸易投资展览会期间，共促成签约项目38个。", 38, "2024"),
    ("2016年第二十届中国东西部合作与投资贸易洽谈会上，榆林市签约项目98个。", 98, "2016"),
    ("在2022年中國國際服務貿易交易會上，該市簽約項目19個，金額66億元。", 19, "2022"),
    ("2017海峡两岸经贸交易会上，漳州签约台资项目31个。", 31, "2017"),
    # 累计 at an event sums its projects: still the event's year
    ("2015年第三届丝绸之路国际博览会上，陕西累计签约项目120个。", 120, "2015"),
    # a date of the figure's own stays
    ("2019年1至9月，该市签约项目88个。", 88, "2019-01/2019-09"),
]


@pytest.mark.parametrize(("text", "figure", "period"), CASES)
def test_figure_at_a_year_named_event(text: str, figure: float, period: str) -> None:
    report = extract(text, reference_date="2025-07-01")
    assert period in [m.period for m in report.metrics if number(m.value) == figure]
