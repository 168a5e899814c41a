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

# Floors: 0.03 under the values measured when they were set (rounded down), so noise-free
# regressions fail while small trade-offs between rules stay possible. `seeds` is the seed gold;
# `dev` is corpus/dev/gold, eight reports of other provinces, years and outlets (two in
# traditional characters) annotated after the rules were written and then used for error
# analysis; `test` is corpus/test/gold, six more reports written and annotated last and never
# used to tune a rule, the honest check on generalisation. Those three were written for the project;
# `real-dev` and `real-test` are real pages (corpus/real, manifest.tsv): real-dev for error analysis,
# real-test never used to tune a rule. Four floors of the written sets were set again when the
# contract's v1.1 decisions (event frames; one deal per listed project) changed what they count.
FLOORS: dict[str, dict[str, float]] = {
    "seeds": {
        "mentions.all.strict.f1": 0.92,  # measured 0.957
        "mentions.all.overlap.f1": 0.92,  # measured 0.96
        "mentions.all.value.accuracy": 0.96,  # measured 0.995
        "mentions.money.strict.f1": 0.96,  # measured 0.992
        "mentions.money.overlap.f1": 0.96,  # measured 0.992
        "mentions.money.value.accuracy": 0.95,  # measured 0.984
        "mentions.percent.strict.f1": 0.93,  # measured 0.963
        "mentions.percent.overlap.f1": 0.93,  # measured 0.963
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.strict.f1": 0.96,  # measured 0.994
        "mentions.date.overlap.f1": 0.96,  # measured 0.994
        "mentions.date.value.accuracy": 0.97,  # measured 1.0
        "mentions.count.strict.f1": 0.88,  # measured 0.916
        "mentions.count.overlap.f1": 0.89,  # measured 0.926
        "mentions.count.value.accuracy": 0.95,  # measured 0.989
        "mentions.place.strict.f1": 0.94,  # measured 0.977
        "mentions.place.overlap.f1": 0.94,  # measured 0.977
        "mentions.place.value.accuracy": 0.96,  # measured 0.996
        "mentions.org.strict.f1": 0.87,  # measured 0.907
        "mentions.org.overlap.f1": 0.88,  # measured 0.915
        "mentions.org.value.accuracy": 0.96,  # measured 0.992
        "mentions.project.strict.f1": 0.91,  # measured 0.946
        "mentions.project.overlap.f1": 0.91,  # measured 0.946
        "mentions.project.value.accuracy": 0.97,  # measured 1.0
        "mentions.person.strict.f1": 0.97,  # measured 1.0
        "mentions.person.overlap.f1": 0.97,  # measured 1.0
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.strict.f1": 0.93,  # measured 0.966
        "mentions.event.overlap.f1": 0.93,  # measured 0.966
        "mentions.event.value.accuracy": 0.97,  # measured 1.0
        "deals.f1": 0.86,  # measured 0.891 (v1.1 reading of lists and event frames; was higher under v1)
        "deals.fields.stage.accuracy": 0.97,  # measured 1.0
        "deals.fields.place.accuracy": 0.97,  # measured 1.0
        "deals.fields.total.accuracy": 0.93,  # measured 0.962
        "deals.fields.investors.accuracy": 0.97,  # measured 1.0
        "deals.fields.date.accuracy": 0.97,  # measured 1.0
        "metrics.f1": 0.95,  # measured 0.986
        "metrics.fields.indicator.accuracy": 0.85,  # measured 0.889
        "metrics.fields.kind.accuracy": 0.96,  # measured 0.991
        "metrics.fields.period.accuracy": 0.87,  # measured 0.907 (v1.1 reading of lists and event frames; was higher under v1)
        "metrics.fields.place.accuracy": 0.91,  # measured 0.944
        "metrics.fields.yoy.accuracy": 0.97,  # measured 1.0
        "talent.f1": 0.97,  # measured 1.0
        "talent.fields.category.accuracy": 0.84,  # measured 0.875
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        "talent.fields.mode.accuracy": 0.97,  # measured 1.0
        "talent.fields.kind.accuracy": 0.97,  # measured 1.0
    },
    "dev": {
        "mentions.all.strict.f1": 0.93,  # measured 0.97
        "mentions.all.overlap.f1": 0.94,  # measured 0.98
        "mentions.all.value.accuracy": 0.96,  # measured 0.992
        "mentions.money.strict.f1": 0.97,  # measured 1.0
        "mentions.money.overlap.f1": 0.97,  # measured 1.0
        "mentions.money.value.accuracy": 0.97,  # measured 1.0
        "mentions.percent.strict.f1": 0.97,  # measured 1.0
        "mentions.percent.overlap.f1": 0.97,  # measured 1.0
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.strict.f1": 0.93,  # measured 0.969
        "mentions.date.overlap.f1": 0.97,  # measured 1.0
        "mentions.date.value.accuracy": 0.95,  # measured 0.99
        "mentions.count.strict.f1": 0.95,  # measured 0.984
        "mentions.count.overlap.f1": 0.95,  # measured 0.984
        "mentions.count.value.accuracy": 0.95,  # measured 0.989
        "mentions.place.strict.f1": 0.9,  # measured 0.934
        "mentions.place.overlap.f1": 0.93,  # measured 0.961
        "mentions.place.value.accuracy": 0.94,  # measured 0.973
        "mentions.org.strict.f1": 0.92,  # measured 0.955
        "mentions.org.overlap.f1": 0.92,  # measured 0.955
        "mentions.org.value.accuracy": 0.97,  # measured 1.0
        "mentions.project.strict.f1": 0.86,  # measured 0.897
        "mentions.project.overlap.f1": 0.86,  # measured 0.897
        "mentions.project.value.accuracy": 0.97,  # measured 1.0
        "mentions.person.strict.f1": 0.97,  # measured 1.0
        "mentions.person.overlap.f1": 0.97,  # measured 1.0
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.strict.f1": 0.97,  # measured 1.0
        "mentions.event.overlap.f1": 0.97,  # measured 1.0
        "mentions.event.value.accuracy": 0.97,  # measured 1.0
        "deals.f1": 0.93,  # measured 0.96
        "deals.fields.stage.accuracy": 0.84,  # measured 0.875
        "deals.fields.place.accuracy": 0.88,  # measured 0.917
        "deals.fields.total.accuracy": 0.97,  # measured 1.0
        "deals.fields.investors.accuracy": 0.88,  # measured 0.917
        "deals.fields.date.accuracy": 0.77,  # measured 0.8 (v1.1 reading of lists and event frames; was higher under v1)
        "metrics.f1": 0.84,  # measured 0.879
        "metrics.fields.indicator.accuracy": 0.76,  # measured 0.793
        "metrics.fields.kind.accuracy": 0.85,  # measured 0.885
        "metrics.fields.period.accuracy": 0.91,  # measured 0.943
        "metrics.fields.place.accuracy": 0.92,  # measured 0.954
        "metrics.fields.yoy.accuracy": 0.95,  # measured 0.989
        "talent.f1": 0.86,  # measured 0.897
        "talent.fields.category.accuracy": 0.97,  # measured 1.0
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        "talent.fields.mode.accuracy": 0.93,  # measured 0.962
        "talent.fields.kind.accuracy": 0.77,  # measured 0.808
    },
    "test": {
        "mentions.all.strict.f1": 0.93,  # measured 0.963
        "mentions.all.overlap.f1": 0.93,  # measured 0.967
        "mentions.all.value.accuracy": 0.94,  # measured 0.978
        "mentions.money.strict.f1": 0.97,  # measured 1.0
        "mentions.money.overlap.f1": 0.97,  # measured 1.0
        "mentions.money.value.accuracy": 0.97,  # measured 1.0
        "mentions.percent.strict.f1": 0.97,  # measured 1.0
        "mentions.percent.overlap.f1": 0.97,  # measured 1.0
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.strict.f1": 0.87,  # measured 0.907
        "mentions.date.overlap.f1": 0.87,  # measured 0.907
        "mentions.date.value.accuracy": 0.97,  # measured 1.0
        "mentions.count.strict.f1": 0.97,  # measured 1.0
        "mentions.count.overlap.f1": 0.97,  # measured 1.0
        "mentions.count.value.accuracy": 0.89,  # measured 0.926
        "mentions.place.strict.f1": 0.93,  # measured 0.969
        "mentions.place.overlap.f1": 0.93,  # measured 0.969
        "mentions.place.value.accuracy": 0.94,  # measured 0.979
        "mentions.org.strict.f1": 0.84,  # measured 0.873
        "mentions.org.overlap.f1": 0.87,  # measured 0.909
        "mentions.org.value.accuracy": 0.93,  # measured 0.96
        "mentions.project.strict.f1": 0.97,  # measured 1.0
        "mentions.project.overlap.f1": 0.97,  # measured 1.0
        "mentions.project.value.accuracy": 0.97,  # measured 1.0
        "mentions.person.strict.f1": 0.97,  # measured 1.0
        "mentions.person.overlap.f1": 0.97,  # measured 1.0
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.strict.f1": 0.92,  # measured 0.952
        "mentions.event.overlap.f1": 0.92,  # measured 0.952
        "mentions.event.value.accuracy": 0.97,  # measured 1.0
        "deals.f1": 0.97,  # measured 1.0
        "deals.fields.stage.accuracy": 0.75,  # measured 0.786
        "deals.fields.place.accuracy": 0.57,  # measured 0.6 (v1.1 reading of lists and event frames; was higher under v1)
        "deals.fields.total.accuracy": 0.97,  # measured 1.0
        "deals.fields.investors.accuracy": 0.82,  # measured 0.857
        "deals.fields.date.accuracy": 0.32,  # measured 0.357
        "metrics.f1": 0.87,  # measured 0.902
        "metrics.fields.indicator.accuracy": 0.82,  # measured 0.855
        "metrics.fields.kind.accuracy": 0.87,  # measured 0.909
        "metrics.fields.period.accuracy": 0.93,  # measured 0.964
        "metrics.fields.place.accuracy": 0.73,  # measured 0.764
        "metrics.fields.yoy.accuracy": 0.97,  # measured 1.0
        "talent.f1": 0.9,  # measured 0.93
        "talent.fields.category.accuracy": 0.92,  # measured 0.95
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        "talent.fields.mode.accuracy": 0.97,  # measured 1.0
        "talent.fields.kind.accuracy": 0.82,  # measured 0.85
    },
    "real-dev": {
        "mentions.all.strict.f1": 0.85,  # measured 0.881
        "mentions.all.overlap.f1": 0.88,  # measured 0.92
        "mentions.all.value.accuracy": 0.87,  # measured 0.903
        "mentions.money.overlap.f1": 0.96,  # measured 0.998
        "mentions.money.value.accuracy": 0.97,  # measured 1.0
        "mentions.percent.overlap.f1": 0.97,  # measured 1.0
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.overlap.f1": 0.90,  # measured 0.933
        "mentions.date.value.accuracy": 0.92,  # measured 0.952
        "mentions.count.overlap.f1": 0.92,  # measured 0.958
        "mentions.count.value.accuracy": 0.68,  # measured 0.713
        "mentions.place.overlap.f1": 0.89,  # measured 0.929
        "mentions.place.value.accuracy": 0.90,  # measured 0.936
        "mentions.org.overlap.f1": 0.91,  # measured 0.944
        "mentions.org.value.accuracy": 0.94,  # measured 0.97
        "mentions.project.overlap.f1": 0.83,  # measured 0.868
        "mentions.project.value.accuracy": 0.84,  # measured 0.874
        "mentions.person.overlap.f1": 0.96,  # measured 0.992
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.overlap.f1": 0.86,  # measured 0.894
        "mentions.event.value.accuracy": 0.84,  # measured 0.873
        "deals.f1": 0.50,  # measured 0.53
        "metrics.f1": 0.75,  # measured 0.782
        "talent.f1": 0.59,  # measured 0.627
        "deals.fields.stage.accuracy": 0.94,  # measured 0.977
        "deals.fields.place.accuracy": 0.44,  # measured 0.477
        "deals.fields.total.accuracy": 0.74,  # measured 0.773
        "deals.fields.investors.accuracy": 0.74,  # measured 0.773
        "deals.fields.date.accuracy": 0.42,  # measured 0.455
        "metrics.fields.indicator.accuracy": 0.68,  # measured 0.711
        "metrics.fields.kind.accuracy": 0.92,  # measured 0.957
        "metrics.fields.period.accuracy": 0.49,  # measured 0.525
        "metrics.fields.place.accuracy": 0.75,  # measured 0.789
        "metrics.fields.yoy.accuracy": 0.93,  # measured 0.964
        "talent.fields.category.accuracy": 0.73,  # measured 0.762
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        "talent.fields.mode.accuracy": 0.82,  # measured 0.857
        "talent.fields.kind.accuracy": 0.87,  # measured 0.905
    },
    "real-test": {
        "mentions.all.strict.f1": 0.83,  # measured 0.867
        "mentions.all.overlap.f1": 0.86,  # measured 0.897
        "mentions.all.value.accuracy": 0.91,  # measured 0.945
        "mentions.money.overlap.f1": 0.95,  # measured 0.98
        "mentions.money.value.accuracy": 0.95,  # measured 0.983
        "mentions.percent.overlap.f1": 0.97,  # measured 1.0
        "mentions.percent.value.accuracy": 0.96,  # measured 0.99
        "mentions.date.overlap.f1": 0.92,  # measured 0.951
        "mentions.date.value.accuracy": 0.93,  # measured 0.96
        "mentions.count.overlap.f1": 0.91,  # measured 0.945
        "mentions.count.value.accuracy": 0.93,  # measured 0.969
        "mentions.place.overlap.f1": 0.86,  # measured 0.893
        "mentions.place.value.accuracy": 0.89,  # measured 0.929
        "mentions.org.overlap.f1": 0.76,  # measured 0.792
        "mentions.org.value.accuracy": 0.84,  # measured 0.876
        "mentions.project.overlap.f1": 0.61,  # measured 0.641
        "mentions.project.value.accuracy": 0.85,  # measured 0.88
        "mentions.person.overlap.f1": 0.80,  # measured 0.833
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.overlap.f1": 0.63,  # measured 0.667
        "mentions.event.value.accuracy": 0.59,  # measured 0.625
        "deals.f1": 0.32,  # measured 0.351
        "metrics.f1": 0.72,  # measured 0.75
        "talent.f1": 0.44,  # measured 0.474
        "deals.fields.stage.accuracy": 0.37,  # measured 0.4
        "deals.fields.place.accuracy": 0.56,  # measured 0.6
        "deals.fields.total.accuracy": 0.97,  # measured 1.0
        "deals.fields.investors.accuracy": 0.97,  # measured 1.0
        "deals.fields.date.accuracy": 0.37,  # measured 0.4
        "metrics.fields.indicator.accuracy": 0.67,  # measured 0.709
        "metrics.fields.kind.accuracy": 0.95,  # measured 0.982
        "metrics.fields.period.accuracy": 0.49,  # measured 0.527
        "metrics.fields.place.accuracy": 0.67,  # measured 0.709
        "metrics.fields.yoy.accuracy": 0.95,  # measured 0.988
        "talent.fields.category.accuracy": 0.74,  # measured 0.778
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        "talent.fields.mode.accuracy": 0.97,  # measured 1.0
        "talent.fields.kind.accuracy": 0.63,  # measured 0.667
    },
}

GOLD_DIRS = {
    "seeds": Path(__file__).resolve().parents[1] / "corpus" / "gold",
    "dev": Path(__file__).resolve().parents[1] / "corpus" / "dev" / "gold",
    "test": Path(__file__).resolve().parents[1] / "corpus" / "test" / "gold",
    "real-dev": Path(__file__).resolve().parents[1] / "corpus" / "real" / "dev" / "gold",
    "real-test": Path(__file__).resolve().parents[1] / "corpus" / "real" / "test" / "gold",
}


@pytest.fixture(scope="module")
def all_scores() -> dict[str, dict[str, Any]]:
    scores = {}
    for name, gold_dir in GOLD_DIRS.items():
        gold = load_gold(gold_dir)
        scores[name] = score_reports(gold, predict(gold, gold_dir))
    return scores


def lookup(scores: dict[str, Any], path: str) -> float | None:
    node: Any = scores
    for part in path.split("."):
        node = node[part]
    return node


@pytest.mark.parametrize("gold_set", sorted(GOLD_DIRS))
def test_every_gold_document_was_scored(all_scores: dict[str, dict[str, Any]], gold_set: str) -> None:
    scores = all_scores[gold_set]
    assert scores["documents"] == len(list(GOLD_DIRS[gold_set].glob("*.json")))
    assert scores["documents_without_prediction"] == []


@pytest.mark.parametrize(
    ("gold_set", "path", "floor"),
    [(s, k, v) for s, floors in sorted(FLOORS.items()) for k, v in sorted(floors.items())],
)
def test_score_stays_above_its_floor(
    all_scores: dict[str, dict[str, Any]], gold_set: str, path: str, floor: float
) -> None:
    measured = lookup(all_scores[gold_set], path)
    # None: nothing to score (no matched pair); that only passes while the floor is 0
    assert (measured if measured is not None else 0.0) >= floor, f"{path}: {measured} < floor {floor}"
