"""A centre, a lab or an alliance named only by its reach (国家, 国际, 区域, a region, a count such as 五大) and by
what it does is a function a place builds or aims at, no organisation; a place, a body or a proper word
before the same words names one. Sentences written for these tests in the style of real reports (none
copied from the corpus); each case lists every organisation found, as (text, kind).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

FUNCTIONS = [
    ("园区将打造区域性科技创新中心和国际物流中心。", []),
    ("依托国家重点实验室开展联合攻关。", []),
    ("加快推进“一港”“两区”“五大中心”建设。", []),
    ("努力打造成为长三角创新型创投金融副中心。", []),
    ("聚焦國際科技創新中心建設。", []),  # traditional characters
    ("把新区建成全球研发中心和国际交易中心。", []),
    # a place, a body or a name before the words: one body
    ("市投资促进中心赴上海开展招商活动。", [("市投资促进中心", "government")]),
    ("省政务大数据服务中心负责平台建设。", [("省政务大数据服务中心", "government")]),
    ("之江实验室与企业共建联合实验室。", [("之江实验室", "research")]),
    ("海南国际能源交易中心与市政府签约。", [("海南国际能源交易中心", "company"), ("市政府", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), FUNCTIONS)
def test_a_function_named_by_its_reach_is_no_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
