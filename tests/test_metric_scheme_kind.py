"""计划 as a scheme's name (「優秀人才入境計劃」, 人才入境計畫接獲…, 百人计划) is no plan word: the scheme's figures are
actual; 计划 before a verb or an amount still plans (docs/contract.md, kind)."""

from __future__ import annotations

import pytest

from metric_readings import metrics_valued

W = 10_000  # 万
R = "2023-12-10"

# (text, value, kind)
KINDS: list[tuple[str, float, str]] = [
    ("香港人才入境計畫自推出以來反應熱烈。截至11月底計畫接獲逾6萬宗申請。", 6 * W, "actual"),
    ("「優秀人才入境計劃」推出後，入境處共收到1.2萬多個申請，申請成功率達八成四。", 1.2 * W, "actual"),
    ("「優秀人才入境計劃」推出後，入境處共收到1.2萬多個申請，申請成功率達八成四。", 84, "actual"),
    ("香港「高端人才通行證計劃」去年推出，計劃至今已收到8萬宗申請。", 8 * W, "actual"),
    ("“百企入园”计划实施以来，全省累计签约项目321个。", 321, "actual"),
    ("在“招商百日攻坚”计划下，全市共签约项目45个。", 45, "actual"),
    ("今年計劃新增200個項目。", 200, "plan"),
    ("今年全市计划实施重点项目120个。", 120, "plan"),
    ("在“十四五”规划下，全省计划引进项目300个。", 300, "plan"),
    ("全县共谋划项目86个，计划总投资320亿元。", 86, "plan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "kind"), KINDS)
def test_scheme_names_plan_nothing(text: str, value: float, kind: str) -> None:
    found = metrics_valued(text, R, value)
    assert found, f"no metric valued {value}"
    assert found[0].kind == kind, [(m.indicator, m.kind) for m in found]
