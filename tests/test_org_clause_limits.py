"""The list and context rules of the organisation pass stop at the clause: the normalised text folds
full-width commas, colons and semicolons to ASCII (，→ ,), so a comma in either form ends a list's class
noun, a count of firms and a word of cooperation. Sentences written for these tests in the style of real
reports (none copied from the corpus); each case lists every organisation found, as (text, kind).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

CLAUSES = [
    # a list of activities or ways of investing is closed before the next clause's class noun
    ("大会设有招商推介、产品展销等环节,吸引了省内外200多家企业参会。", []),
    ("大会设有招商推介、产品展销等环节，吸引了省内外200多家企业参会。", []),
    ("推动绿色债券、跨境融资等创新方式，鼓励跨国公司设立资金池。", []),
    (
        "论坛设置人才洽谈、项目路演会、研修营等板块，吸引了浙江大学、复旦大学等高校参加。",
        [("浙江大学", "university"), ("复旦大学", "university")],
    ),
    # a list of firms closed by its class noun in the same clause stays
    (
        "华为、腾讯、阿里巴巴等知名企业相继落户贵安新区。",
        [("华为", "company"), ("腾讯", "company"), ("阿里巴巴", "company")],
    ),
    ("今年,比亚迪、宁德时代等企业加快布局。", [("比亚迪", "company"), ("宁德时代", "company")]),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_a_list_stops_at_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
