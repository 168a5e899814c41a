"""Read in session 38: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _deal_projects(text: str) -> list[tuple[str, ...]]:
    return [tuple(d.projects) for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals]


# What a place puts effort into building up (重点打造A、B等三大特色园区; A是某市着力打造的项目) is an aim, no deal; 打造
# without such an adverb stays a trigger (投资5亿元打造A项目), and a stage told of the names keeps them deals.
PROJECTS_AIMED_AT = [
    ("鼎湖区重点打造了华南(德国)工业园、北欧(瑞典)工业园、中法新能源关联产业园等三大特色园区。", []),
    (
        "3月10日,弋阳县举行一季度重点项目集中开工仪式。弋阳县着力打造鸿翔总部、老铺健康产业园、星河供应链保障中心、"
        "上元科创园等一批优质总部经济和产业园项目。",
        [],
    ),
    ("1月5日,柳州市重大项目集中签约。广西融安现代竹木科技产业园是柳州市重点打造的项目。", []),
    ("3月10日,黎平县举行重点项目集中开工仪式。黎平县全力打造侗乡文旅小镇项目。", []),
    ("鼎湖区全力打造了华南智能制造产业园、星河供应链保障中心。", []),
    ("恒达电气集团投资5亿元打造智能光储设备制造项目。", [("智能光储设备制造项目",)]),
    ("3月10日,黎平县举行重点项目集中开工仪式。华康新材料项目开工建设。", [("华康新材料项目",)]),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS_AIMED_AT)
def test_projects_aimed_at_are_no_deals(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _deal_projects(text) == expected
