"""A well-known short name (data/lexicon/org_known.tsv) of three or more characters is read before a verb or a
title that no boundary list holds, where jieba reads it as a word of its own (金管會|核准, 中研院|院士); not
before a trade or a suffix that makes it part of a longer name. A quality or a place's anaphor before a
class noun (頂尖大學, 本港銀行, 三甲医院) names no body. Sentences written for these tests in the style of real
reports (none copied from the corpus); each case lists every organisation found, as (text, kind).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

SHORT_FORMS = [
    ("金管會核准多家銀行赴海外設立分行。", [("金管會", "government")]),
    ("中研院院士陳某獲頒總統科學獎。", [("中研院", "research")]),
    ("國台辦發言人表示歡迎台商投資。", [("國台辦", "government")]),
    ("據該部及工研院公函，方案已通過。", [("工研院", "research")]),
    ("港交所行政總裁出席論壇。", [("港交所", "other")]),
    ("金管局公布本港銀行體系結餘。", [("金管局", "government")]),
    # a quality or a place's anaphor before a class noun
    (
        "台大、成大、清大等頂尖大學擴大招收境外生。",
        [("台大", "university"), ("成大", "university"), ("清大", "university")],
    ),
    ("推动县级医院与三甲医院建立医联体。", []),
    ("项目公司已完成注册，注册资本1亿元。", []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_FORMS)
def test_a_known_short_name_before_a_verb_or_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
