"""Media outlets in page furniture of session 13's second round: the comment disclaimer with 谨 and 仅保持中立, a
byline's outlet after a comma or before a slash, copyright notes (copyright@X, 均为X合法拥有版权, 来源署名为X稿件,
注明来源X和…), and a line holding an outlet alone (maybe with the page's date), not a section's heading.

Sentences written for these tests in the style of real pages (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from test_org_forms import orgs

FURNITURE = [
    ("所有评论谨代表网友意见,东岭在线网仅保持中立", [("东岭在线网", "media")]),
    ("值得一提的是,东岭青年报记者还注意到,签约项目增多。", [("东岭青年报", "media")]),
    (
        "来源:东岭日报\n\n石榴籽/东岭日报记者王明报道",
        [("东岭日报", "media"), ("石榴籽", "media"), ("东岭日报", "media")],
    ),
    ("copyright@江淮平台", [("江淮平台", "media")]),
    ("Copyright © 2010-2024 东岭之窗 | 京ICP备1号", [("东岭之窗", "media")]),
    ("均為江淮信息港合法擁有版權或有權使用的作品", [("江淮信息港", "media")]),
    ("除来源署名为东岭晚报稿件外，其他内容均为转载。", [("东岭晚报", "media")]),
    ("转载须注明来源江淮在线网和作者名。", [("江淮在线网", "media")]),
    ("东岭青年报\n全区新签约项目80个", [("东岭青年报", "media")]),
    ("意向投资额达33亿元\n东岭青年报客户端 2024-09-26 08:10", [("东岭青年报客户端", "media")]),
    # section headings and a headline's 捷报 are no outlet
    ("全年签约项目56个。\n【相关新闻】\n", []),
    ("全年签约项目56个。\n【语音播报】\n", []),
    ("【首月全省招商引资传捷报】\n实际利用外资增长", []),
    ("关注东岭新闻网\n微博", [("东岭新闻网", "media")]),  # the link names the outlet, without 关注
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_outlets_in_page_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
