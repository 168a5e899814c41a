"""Talent counted after the body its people come from, people holding a senior professional title, and common
words jieba tags as names (session 26).

Sentences written for these tests in the style of real reports (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def talent(text: str) -> list[tuple[str, int | None, tuple[str, ...], str | None]]:
    return [
        (t.category, t.count.value if t.count else None, tuple(sorted(t.persons)), t.mode)
        for t in _EXTRACT(text).talent
    ]


CASES = [
    # the body between the count and what its people are
    ("柔性引进周明、钱立等8名兰州大学教授。", [("教授", 8, ("周明", "钱立"), "flexible")]),
    ("聘请何静、孔德海等10名中国农业大学专家为产业顾问。", [("专家", 10, ("何静", "孔德海"), "hired")]),
    ("引进6名浙江大学博士到园区工作。", [("博士", 6, (), "introduced")]),
    # a body with no kind of talent after it: no record
    ("接待15名复旦大学师生参观。", []),
    # people holding a senior professional title
    ("今年引进高级职称12人。", [("高级职称", 12, (), "introduced")]),
    ("全区共引进中高级职称人才45名。", [("中高级职称人才", 45, (), "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_talent_counts(text: str, expected: list[tuple[str, int | None, tuple[str, ...], str | None]]) -> None:
    assert talent(text) == expected


NOT_NAMES = [
    ("全区已先后聘请自治区主席院士顾问168名。", []),
    ("集团副总经理陆军介绍，项目将于年内开工。", ["陆军"]),
    ("市长高峰出席仪式。", ["高峰"]),
    ("签约迎来高峰。", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_NAMES)
def test_common_words_tagged_as_names_are_no_names(text: str, expected: list[str]) -> None:
    assert [m.text for m in _EXTRACT(text).mentions if m.type == "person"] == expected
