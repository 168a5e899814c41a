"""A level told as a change between two years ("从2020年的X，到2023年的Y"; "从…，快速增长至…"): each level is a
figure of the one indicator with its own year (docs/contract.md, changes)."""

from __future__ import annotations

import pytest

from metric_readings import metrics_valued

Y = 100_000_000  # 亿
R = "2024-01-15"

# (text, value, period)
CHANGES: list[tuple[str, float, str]] = [
    ("全省招商引资签约项目从2020年的1209个，快速增长至2023年的3391个。", 1209, "2020"),
    ("全省招商引资签约项目从2020年的1209个，快速增长至2023年的3391个。", 3391, "2023"),
    ("全省招商引资到位资金从2020年的3001.07亿元，到2023年的5961.26亿元。", 3001.07 * Y, "2020"),
    ("全省招商引资到位资金从2020年的3001.07亿元，到2023年的5961.26亿元。", 5961.26 * Y, "2023"),
    ("全市实际利用外资从2019年的5.2亿美元，增加到2022年的8.1亿美元。", 8.1 * Y, "2022"),
    ("全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%。", 1144.2 * Y, "2021"),
    ("全县规模以上企业由2013年的165家，增加到2018年的186家。", 186, "2018"),
    ("全市高新技术企业从2018年的420家，大幅增长到2022年的1105家。", 420, "2018"),
    ("全市高新技术企业从2018年的420家，大幅增长到2022年的1105家。", 1105, "2022"),
    ("全市外商投资企业從2019年的860家，增長至2022年的1320家。", 1320, "2022"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), CHANGES)
def test_each_level_has_its_year(text: str, value: float, period: str) -> None:
    found = metrics_valued(text, R, value)
    assert len(found) == 1, [(m.indicator, m.period) for m in found]
    assert found[0].period == period


# A generic head keeps the stage verb beside it, a batch's plan or work stage (实施, 谋划, 储备) and a second stage of use
# (投用) included (docs/contract.md, indicator). (text, value, indicator)
STAGE_NAMES: list[tuple[str, float, str]] = [
    ("2023年，全县实施重点项目100个，完成投资86亿元。", 100, "实施重点项目"),
    ("2023年，全县共谋划项目510个。", 510, "谋划项目"),
    ("2023年，全市储备项目320个。", 320, "储备项目"),
    ("2023年，全县57个项目投产投用。", 57, "项目投产投用"),
    ("2023年，全市实施项目155个，总投资373.6亿元。", 155, "实施项目"),
    ("2023年，全市实施招商引资项目86个。", 86, "招商引资项目"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), STAGE_NAMES)
def test_generic_heads_keep_their_stage(text: str, value: float, indicator: str) -> None:
    found = metrics_valued(text, R, value)
    assert found and found[0].indicator == indicator, [(m.indicator, m.period) for m in found]
