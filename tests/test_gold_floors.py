"""Floors on the seed gold (corpus/gold): a change that makes the extractor worse on them fails CI.

The scores are those of `dsz-extract eval corpus/gold` (extract() on each seed with the gold's
reference date); src/dsz_extract/evaluate.py defines every number. A floor is a minimum, not a
target: the seeds are examples, and the real measure is unseen reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dsz_extract.evaluate import load_gold, predict, score_reports

# The integrator raises these to just under the measured values.
FLOORS: dict[str, float] = {
    # mentions: F1 with strict (exact span) and overlapping spans; value accuracy on overlap pairs
    "mentions.all.strict.f1": 0.0,
    "mentions.all.overlap.f1": 0.0,
    "mentions.all.value.accuracy": 0.0,
    "mentions.money.strict.f1": 0.0,
    "mentions.money.overlap.f1": 0.0,
    "mentions.money.value.accuracy": 0.0,
    "mentions.percent.strict.f1": 0.0,
    "mentions.percent.overlap.f1": 0.0,
    "mentions.percent.value.accuracy": 0.0,
    "mentions.date.strict.f1": 0.0,
    "mentions.date.overlap.f1": 0.0,
    "mentions.date.value.accuracy": 0.0,
    "mentions.count.strict.f1": 0.0,
    "mentions.count.overlap.f1": 0.0,
    "mentions.count.value.accuracy": 0.0,
    "mentions.place.strict.f1": 0.0,
    "mentions.place.overlap.f1": 0.0,
    "mentions.place.value.accuracy": 0.0,
    "mentions.org.strict.f1": 0.0,
    "mentions.org.overlap.f1": 0.0,
    "mentions.org.value.accuracy": 0.0,
    "mentions.project.strict.f1": 0.0,
    "mentions.project.overlap.f1": 0.0,
    "mentions.project.value.accuracy": 0.0,
    "mentions.person.strict.f1": 0.0,
    "mentions.person.overlap.f1": 0.0,
    "mentions.person.value.accuracy": 0.0,
    "mentions.event.strict.f1": 0.0,
    "mentions.event.overlap.f1": 0.0,
    "mentions.event.value.accuracy": 0.0,
    # records: F1 of the one-to-one matching, then field accuracy over the matched pairs
    "deals.f1": 0.0,
    "deals.fields.stage.accuracy": 0.0,
    "deals.fields.place.accuracy": 0.0,
    "deals.fields.total.accuracy": 0.0,
    "deals.fields.investors.accuracy": 0.0,
    "deals.fields.date.accuracy": 0.0,
    "metrics.f1": 0.0,
    "metrics.fields.indicator.accuracy": 0.0,
    "metrics.fields.kind.accuracy": 0.0,
    "metrics.fields.period.accuracy": 0.0,
    "metrics.fields.place.accuracy": 0.0,
    "metrics.fields.yoy.accuracy": 0.0,
    "talent.f1": 0.0,
    "talent.fields.category.accuracy": 0.0,
    "talent.fields.persons.accuracy": 0.0,
    "talent.fields.mode.accuracy": 0.0,
    "talent.fields.kind.accuracy": 0.0,
}

GOLD_DIR = Path(__file__).resolve().parents[1] / "corpus" / "gold"


@pytest.fixture(scope="module")
def scores() -> dict[str, Any]:
    gold = load_gold(GOLD_DIR)
    return score_reports(gold, predict(gold, GOLD_DIR))


def lookup(scores: dict[str, Any], path: str) -> float | None:
    node: Any = scores
    for part in path.split("."):
        node = node[part]
    return node


def test_every_gold_document_was_scored(scores: dict[str, Any]) -> None:
    assert scores["documents"] == len(list(GOLD_DIR.glob("*.json")))
    assert scores["documents_without_prediction"] == []


@pytest.mark.parametrize(("path", "floor"), sorted(FLOORS.items()))
def test_score_stays_above_its_floor(scores: dict[str, Any], path: str, floor: float) -> None:
    measured = lookup(scores, path)
    # None: nothing to score (no matched pair); that only passes while the floor is 0
    assert (measured if measured is not None else 0.0) >= floor, f"{path}: {measured} < floor {floor}"
