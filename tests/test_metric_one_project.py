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
    # (session 16) a phase, the whole, or the bare 项目 with what only one project has
    ("今年以来，全县新签约项目28个。华丰项目当天开工。项目总投资10亿元，分两期建设，一期项目投资6亿元。", 10 * Y, 0),
    ("今年以来，全县新签约项目28个。华丰项目当天开工。项目总投资10亿元，分两期建设，一期项目投资6亿元。", 6 * Y, 0),
    ("今年以来，全县新签约项目28个。华丰项目当天开工。项目建成后，可实现利税5000万元，提供就业岗位400多个。", 400, 0),
    ("县政府与某某集团举行签约仪式。该项目总投资6亿元，分两期进行。第一期投资4亿元，于4月动工兴建。", 4 * Y, 0),
    ("县政府与某某集团举行签约仪式。该项目总投资6亿元。首期投资2亿元，年内建成投产。", 2 * Y, 0),
    ("县政府与某某集团举行签约仪式。该项目总投资6亿元。整个项目建成后预计实现年创税收3000万元。", 0.3 * Y, 0),
    ("锂电池项目在经开区开工。项目占地300亩，总投资20亿元，主要建设电芯生产线。", 20 * Y, 0),
    ("锂电池项目在经开区开工。项目位于经开区北部，总投资20亿元。", 20 * Y, 0),
    ("锂电池项目在经开区开工。项目全部建成达产后，年纳税3亿元。", 3 * Y, 0),
    # a company speaking of its own plan, quoted
    ("4月6日，在中宁工业园，“公司将投资28亿元，新建30万吨再生铝项目。”公司负责人说。", 28 * Y, 0),
    ("“我们公司今年计划投资5亿元，扩建两条生产线。”该公司总经理介绍。", 5 * Y, 0),
    # the place's projects, counted or looked ahead, stay
    ("今年全市共签约项目120个。项目总数比去年增加20个。", 120, 1),
    ("1-10月，全市重大项目完成投资320亿元。项目预计全年完成投资超400亿元。", 320 * Y, 1),
    ("1-10月，全市签约项目150个，总投资860亿元。其中，一期开工项目32个。", 32, 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "count"), ONE_PROJECT)
def test_one_projects_figures_are_no_statistics(text: str, value: float, count: int) -> None:
    assert _count(text, value) == count
