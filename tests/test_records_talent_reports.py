"""Talent read end to end from sentences written the way real reports count people (held-out forms, not
copied from the corpus): counts after verbs of bringing in, hiring and training, parts after 其中 told by a
qualifier alone, lists that go on over clauses, and what stays a statistic (people there are, averages)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [
        (t.category, t.count.value if t.count else None, t.persons, t.mode, t.kind, t.organization)
        for t in report.talent
    ]


READ = [
    # 博士后 before a count is the talent, not a rank (后2名)
    (
        "去年，苏州累计招收企业博士后2038名。",
        [("企业博士后", 2038, [], "introduced", "actual", None)],
    ),
    # people there are, or an average of them, are a stock: also after a clause that brought people in
    ("全市现有博士后120名。", []),
    ("先后引进博士100多名，平均在站博士后40多名。", [("博士", 100, [], "introduced", "actual", None)]),
]

@pytest.mark.parametrize(("text", "expected"), READ, ids=[str(i) for i in range(len(READ))])
def test_talent_read(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected

