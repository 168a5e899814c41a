"""计划 / 规划 naming a scheme that already did something (人才引进计划共吸引了750名人才) makes no plan; a plan word
before what is to happen still does (计划引进高层次人才50名)."""

from __future__ import annotations

import pytest

from dsz_extract import extract, models

# (text, the figure, the kind expected for it)
CASES = [
    ("前两期人才引进计划共吸引了超过750名高端人才。", 750, "actual"),
    ("前两期计划吸引了超过750名人才。", 750, "actual"),
    ("前兩期計劃吸引了超過750名人才。", 750, "actual"),
    ("“优才计划”吸引了超过2000名人才。", 2000, "actual"),
    ("“千人计划”已引进了海外高层次人才2793人。", 2793, "actual"),
    ("该计划实施以来已吸纳了1200名青年人才。", 1200, "actual"),
    ("“鸿雁计划”三年来共引进了博士320名。", 320, "actual"),
    ("2024年，该县计划引进高层次人才50名。", 50, "plan"),
    ("明年拟引进人才300名。", 300, "plan"),
    ("明年计划签约项目80个。", 80, "plan"),
]


def _kinds(text: str, figure: float) -> list[str]:
    report = extract(text, reference_date="2024-12-20")
    people = [t.kind for t in report.talent if t.count is not None and t.count.value == figure]
    amounts = [m.kind for m in report.metrics if isinstance(m.value, models.CountValue) and m.value.value == figure]
    return people + amounts


@pytest.mark.parametrize(("text", "figure", "kind"), CASES)
def test_a_scheme_that_did_something_is_no_plan(text: str, figure: float, kind: str) -> None:
    assert kind in _kinds(text, figure)
