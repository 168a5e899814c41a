"""A count named only by a generic head (项目, 企业) keeps the stage verb beside it in its indicator
(签订项目, 建成项目, 项目开工); a specific noun names the thing alone (招商引资项目)."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import number

# (text, the figure, the indicator expected for it)
CASES = [
    ("今年以来，全县共签订项目45个，协议总投资120亿元。", 45, "签订项目"),
    ("2023年，该区建成项目18个，总投资56亿元。", 18, "建成项目"),
    ("上半年，全市32个项目开工，总投资88亿元。", 32, "项目开工"),
    ("截至6月底，园区新开工项目27个，完成投资40亿元。", 27, "新开工项目"),
    ("1-9月，全州落地项目63个，到位资金98亿元。", 63, "落地项目"),
    ("全年共引进项目120个，实际到位资金305亿元。", 120, "引进项目"),
    ("今年一季度，该县竣工项目9个。", 9, "竣工项目"),
    ("据统计，高新区今年入驻企业56家，其中规上企业12家。", 56, "入驻企业"),
    ("前三季度，全区签约重点项目35个，总投资210亿元。", 35, "签约重点项目"),
    ("今年以來，全縣共簽訂項目45個，協議總投資120億元。", 45, "簽訂項目"),
    ("本年度，該區15個項目竣工，總投資33億元。", 15, "項目竣工"),
    # A specific noun names the thing without the verb.
    ("全省签订招商引资项目28个、协议总投资144.8亿元。", 28, "招商引资项目"),
    ("该市建成21个招才引智工作站。", 21, "招才引智工作站"),
    ("去年，全县引进2979个服务业项目。", 2979, "服务业项目"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), CASES)
def test_generic_head_keeps_its_stage_verb(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]
