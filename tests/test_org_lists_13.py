"""Organisations of session 13's second round: the items of a list closed by 等相关企业 (等配套企业, 等上下游企业)
are the firms' fields, not names; people who sign (高层次人才与用人单位签约) and pronouns (这次我们与…签约) are no
partner firm; a time ago (8年前该公司) ends a name on its left.

Sentences written for these tests (none copied from the corpus); each case lists every organisation found."""

from __future__ import annotations

import pytest

from test_org_forms import orgs

CASES = [
    ("园区将入驻无人机整机生产制造、低空应用展示交易、测试飞行等相关企业。", []),
    ("基地引进电池回收、隔膜涂布等配套企业。", []),
    ("园区吸引了正极材料、电解液等上下游企业入驻。", []),
    ("韩都衣舍、中信证券等一批知名企业参加。", [("韩都衣舍", "company"), ("中信证券", "company")]),
    ("活动现场，46名高层次人才与用人单位签约。", []),
    ("院士专家与企业签约。", []),
    ("蔚来汽车与合肥市政府签约。", [("蔚来汽车", "company"), ("合肥市政府", "government")]),
    # a pronoun is no partner, and a time ago ends a name on its left
    ("「這次我們與冠忠巴士集團簽約了巴士項目。", [("冠忠巴士集團", "group")]),
    ("与大家共创合作新机遇。", []),
    ("总经理介绍,8年前该公司就在大厂落户。", []),
    ("3个月前华为公司落户本市。", [("华为公司", "company")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_list_fields_and_signing_people(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
