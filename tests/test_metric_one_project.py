"""A sentence opening on the one project the report just told (该项目…, 此项目…, 据了解，该项目…) gives that project's
figures (a deal's), no statistic of a place; figures of a batch or of the place around it stay (docs/contract.md)."""

from __future__ import annotations

import pytest

from metric_readings import metrics_valued

Y = 100_000_000  # 亿
R = "2023-11-15"


def _count(text: str, value: float) -> int:
    return len(metrics_valued(text, R, value))


ONE_PROJECT: list[tuple[str, float, int]] = [
    ("今年以来，全县新签约项目28个，总投资96亿元。华丰新材料项目当天奠基。该项目占地64亩，总投资1.3亿元，年产值可达6亿元。",
     1.3 * Y, 0),
    ("今年以来，全县新签约项目28个，总投资96亿元。华丰新材料项目当天奠基。该项目占地64亩，总投资1.3亿元，年产值可达6亿元。",
     96 * Y, 1),
    ("1-9月，全市完成固定资产投资860亿元。南沿江城际铁路开工。该工程正线全长237公里，估算总投资332亿元。", 332 * Y, 0),
    ("上半年，全区引进项目45个。锂电池项目投产。据了解，该项目年营业收入30亿元，年创税2.5亿元，带动就业400人。", 400, 0),
    ("上半年，全区引进项目45个。锂电池项目投产。此项目总投资20亿元，达产后年产值50亿元。", 20 * Y, 0),
    ("1-10月，全省新签约项目1200个，总投资5600亿元。项目中，工业项目800个。", 800, 1),
    ("1-10月，全省新签约项目1200个，总投资5600亿元。其中，该市亿元以上项目320个。", 320, 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "count"), ONE_PROJECT)
def test_one_projects_figures_are_no_statistics(text: str, value: float, count: int) -> None:
    assert _count(text, value) == count
