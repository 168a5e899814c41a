"""Floors on the seed gold (corpus/gold): a change that makes the extractor worse on them fails CI.

The scores are those of `dsz-extract eval corpus/gold` (extract() on each seed with the gold's
reference date); src/dsz_extract/scoring.py defines every number. A floor is a minimum, not a
target: the seeds are examples, and the real measure is unseen reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dsz_extract.evaluate import load_gold, predict
from dsz_extract.scoring import score_reports

# Floors: 0.03 under the values measured when they were set (rounded down), so noise-free
# regressions fail while small trade-offs between rules stay possible. `seeds` is the seed gold;
# `dev` is corpus/dev/gold, eight reports of other provinces, years and outlets (two in
# traditional characters) annotated after the rules were written and then used for error
# analysis; `test` is corpus/test/gold, six more reports written and annotated last and never
# used to tune a rule, the honest check on generalisation. Those three were written for the project;
# `real-dev` and `real-test` are real pages (corpus/real, manifest.tsv): real-dev for error analysis,
# real-test never used to tune a rule. Four floors of the written sets were set again when the
# contract's v1.1 decisions (event frames; one deal per listed project) changed what they count.
# The real-dev and real-test floors were set again when those sets grew from 67 to 91 pages (batches
# G and H) and their gold took the v1.1 reading of project lists (scripts/gold_migrate_real_lists.py):
# field accuracies are over many more matched records, so some are lower than the old ones.
# They were set again (measured − 0.03) when batches I and J joined (91 → 119 pages: dev 77, test 42)
# and again when K and L joined (147 pages: dev 95, test 52); a few test floors are lower than before
# because the new test pages score lower than the old ones. Session 14 set them again on 553 pages (dev 357,
# test 196), after a gold-consistency pass that made dev and test follow the contract on classes the
# annotators had split (corpus/real/GOLD_FIXES_*.md). Session 18 set every set's floors again on 740 pages (dev 488, test
# 252: batches IF–IP joined, the project model was retrained on 66 more dev pages); the written test set lost two
# names of one sentence to the retrained model (deals .83 → .71), and real-test deal place fell with the new pages.
# Sessions after it set them again at their end; session 26 on 1654 pages (dev 1102, test 552: rounds LY–MN joined,
# the model retrained on them), the scorer comparing periods as calendar intervals (2023-H1 is 2023-01/2023-06).
# Session 27 on 1726 pages (dev 1150, test 576: rounds MO–MV joined, the model retrained on them); the new pages score
# lower on deal dates and periods, so a few floors are lower than session 26's.
# Session 28 on 1834 pages (dev 1222, test 612: rounds MW–NH joined, the model retrained on them); the new pages
# score lower on deal stage and place, event names, metric places and subject places, so a few floors are lower.
# Session 29 on 1978 pages (dev 1318, test 660: rounds NI–NX joined, the model retrained on them); the written test
# set's deals rose (.83 → .90: one more deal found, whose place and date are wrong, so the field floors over matched
# deals are lower), and the new pages score lower on talent and metric fields.
# Session 30 on 2122 pages (dev 1414, test 708: rounds NY–ON joined, the model retrained on them); the written test
# set lost one project name's boundary to the retrained model (deals .90 → .83; with session 29's model and session
# 30's rules .90), and the new pages score lower on deal place, stage and talent mode.
# Session 31 on 2229 pages (dev 1485, test 744: rounds OO–OZ joined, the model retrained on them after each); the
# retrained model draws a few real-test project names otherwise (project overlap .820 → .814), and the new dev pages
# score lower on metric place and talent category.
# Sessions 32–34 set them again at their ends the same way. Session 35 on 2697 pages (dev 1797, test 900: rounds QO–QZ
# joined, the model retrained on them after each); the written test set lost a project name to the retrained models
# (project value .97 → .89, deals .86 → .79 floors; first seen with the model of 1786 pages), and the new pages score
# lower on real-test deals, stage, metric period and place and talent mode.
# Sessions 36–37 set them again at their ends the same way. Session 38 on 3201 pages (dev 2133, test 1068: rounds SO–TE
# joined, the model retrained on them after each); the written test set lost a phase from one project name to the
# retrained model (秦川光电产业园|一期: project value .97 → .89, deals .86 → .79 floors, as in session 35; extending model
# names over a phase after them cost ten real-dev deals, so it was not done), and the new pages score lower on
# real-test deals, metric place and talent category.
# Sessions 39–43 set them again at their ends the same way. Session 44 on 3889 pages (dev 2601, test 1288: rounds VR–WC
# joined, the model retrained on them after each); zones read by their coded names raise the deal place floors, and the
# new pages score lower on real-dev event names and real-test project values.
FLOORS: dict[str, dict[str, float]] = {
    "seeds": {
        "mentions.all.strict.f1": 0.92,  # measured 0.951
        "mentions.all.overlap.f1": 0.93,  # measured 0.961
        "mentions.all.value.accuracy": 0.95,  # measured 0.984
        "mentions.money.strict.f1": 0.97,  # measured 1.0
        "mentions.money.overlap.f1": 0.97,  # measured 1.0
        "mentions.money.value.accuracy": 0.95,  # measured 0.984
        "mentions.percent.strict.f1": 0.93,  # measured 0.963
        "mentions.percent.overlap.f1": 0.93,  # measured 0.963
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.strict.f1": 0.96,  # measured 0.994
        "mentions.date.overlap.f1": 0.96,  # measured 0.994
        "mentions.date.value.accuracy": 0.97,  # measured 1.0
        "mentions.count.strict.f1": 0.89,  # measured 0.926
        "mentions.count.overlap.f1": 0.90,  # measured 0.936
        "mentions.count.value.accuracy": 0.95,  # measured 0.989
        "mentions.place.strict.f1": 0.92,  # measured 0.95
        "mentions.place.overlap.f1": 0.94,  # measured 0.971
        "mentions.place.value.accuracy": 0.94,  # measured 0.974
        "mentions.org.strict.f1": 0.83,  # measured 0.869
        "mentions.org.overlap.f1": 0.85,  # measured 0.884
        "mentions.org.value.accuracy": 0.93,  # measured 0.966
        "mentions.project.strict.f1": 0.97,  # measured 1.0
        "mentions.project.overlap.f1": 0.97,  # measured 1.0
        "mentions.project.value.accuracy": 0.97,  # measured 1.0
        "mentions.person.strict.f1": 0.97,  # measured 1.0
        "mentions.person.overlap.f1": 0.97,  # measured 1.0
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.strict.f1": 0.93,  # measured 0.966
        "mentions.event.overlap.f1": 0.93,  # measured 0.966
        "mentions.event.value.accuracy": 0.97,  # measured 1.0
        "deals.f1": 0.90,  # measured 0.935
        "deals.fields.stage.accuracy": 0.97,  # measured 1.0
        "deals.fields.place.accuracy": 0.97,  # measured 1.0
        "deals.fields.total.accuracy": 0.97,  # measured 1.0
        "deals.fields.investors.accuracy": 0.97,  # measured 1.0
        "deals.fields.date.accuracy": 0.97,  # measured 1.0
        "metrics.f1": 0.94,  # measured 0.973
        "metrics.fields.indicator.accuracy": 0.84,  # measured 0.88
        "metrics.fields.kind.accuracy": 0.96,  # measured 0.991
        "metrics.fields.period.accuracy": 0.85,  # measured 0.889
        "metrics.fields.place.accuracy": 0.91,  # measured 0.944
        "metrics.fields.yoy.accuracy": 0.97,  # measured 1.0
        "talent.f1": 0.97,  # measured 1.0
        "talent.fields.category.accuracy": 0.84,  # measured 0.875
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        # 0.875 since 新增 is no mode (real I13, written dev02): the seed gold reads 新增高层次人才 as introduced;
        # 0.75 since 集聚 is no mode either (real X12, Z12): the seed gold reads 集聚了10位院士 as introduced
        "talent.fields.mode.accuracy": 0.72,  # measured 0.75
        "talent.fields.kind.accuracy": 0.97,  # measured 1.0
        "subject_place.accuracy": 0.97,  # measured 1.0
    },
    "dev": {
        "mentions.all.strict.f1": 0.95,  # measured 0.981
        "mentions.all.overlap.f1": 0.95,  # measured 0.989
        "mentions.all.value.accuracy": 0.96,  # measured 0.992
        "mentions.money.strict.f1": 0.97,  # measured 1.0
        "mentions.money.overlap.f1": 0.97,  # measured 1.0
        "mentions.money.value.accuracy": 0.97,  # measured 1.0
        "mentions.percent.strict.f1": 0.97,  # measured 1.0
        "mentions.percent.overlap.f1": 0.97,  # measured 1.0
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.strict.f1": 0.95,  # measured 0.99
        "mentions.date.overlap.f1": 0.97,  # measured 1.0
        "mentions.date.value.accuracy": 0.95,  # measured 0.99
        "mentions.count.strict.f1": 0.97,  # measured 1.0
        "mentions.count.overlap.f1": 0.97,  # measured 1.0
        "mentions.count.value.accuracy": 0.97,  # measured 1.0
        "mentions.place.strict.f1": 0.90,  # measured 0.934
        "mentions.place.overlap.f1": 0.93,  # measured 0.961
        "mentions.place.value.accuracy": 0.94,  # measured 0.973
        "mentions.org.strict.f1": 0.91,  # measured 0.94
        "mentions.org.overlap.f1": 0.92,  # measured 0.957
        "mentions.org.value.accuracy": 0.95,  # measured 0.982
        "mentions.project.strict.f1": 0.97,  # measured 1.0
        "mentions.project.overlap.f1": 0.97,  # measured 1.0
        "mentions.project.value.accuracy": 0.97,  # measured 1.0
        "mentions.person.strict.f1": 0.97,  # measured 1.0
        "mentions.person.overlap.f1": 0.97,  # measured 1.0
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.strict.f1": 0.97,  # measured 1.0
        "mentions.event.overlap.f1": 0.97,  # measured 1.0
        "mentions.event.value.accuracy": 0.97,  # measured 1.0
        "deals.f1": 0.95,  # measured 0.981
        "deals.fields.stage.accuracy": 0.85,  # measured 0.885
        "deals.fields.place.accuracy": 0.89,  # measured 0.923
        "deals.fields.total.accuracy": 0.97,  # measured 1.0
        # measured 0.923 (was 0.96): figures grouped by thousands ("8,500萬美元") no longer split their clause,
        # so dev08_taiwan's 美商艾普氣體公司 deal is found (deals .962 → 1.0); its gold keeps the origin 美商 in
        # the investor, which the foreign-origin rule (dims/_org_context.py §7) leaves out of the name
        "deals.fields.investors.accuracy": 0.93,  # measured 0.962
        # measured 0.76: a deal without a date takes the period its lead carries, as the real-page gold reads it
        # (contract §7 Periods); this written set leaves two such deals undated (dev08_taiwan, dev06)
        "deals.fields.date.accuracy": 0.70,  # measured 0.731
        "metrics.f1": 0.89,  # measured 0.92
        "metrics.fields.indicator.accuracy": 0.79,  # measured 0.826
        "metrics.fields.kind.accuracy": 0.88,  # measured 0.913
        "metrics.fields.period.accuracy": 0.91,  # measured 0.946
        "metrics.fields.place.accuracy": 0.93,  # measured 0.967
        "metrics.fields.yoy.accuracy": 0.95,  # measured 0.989
        "talent.f1": 0.90,  # measured 0.939
        "talent.fields.category.accuracy": 0.97,  # measured 1.0
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        "talent.fields.mode.accuracy": 0.93,  # measured 0.968
        "talent.fields.kind.accuracy": 0.80,  # measured 0.839
        "subject_place.accuracy": 0.97,  # measured 1.0
    },
    "test": {
        "mentions.all.strict.f1": 0.94,  # measured 0.979
        "mentions.all.overlap.f1": 0.94,  # measured 0.979
        "mentions.all.value.accuracy": 0.96,  # measured 0.996
        "mentions.money.strict.f1": 0.97,  # measured 1.0
        "mentions.money.overlap.f1": 0.97,  # measured 1.0
        "mentions.money.value.accuracy": 0.97,  # measured 1.0
        "mentions.percent.strict.f1": 0.97,  # measured 1.0
        "mentions.percent.overlap.f1": 0.97,  # measured 1.0
        "mentions.percent.value.accuracy": 0.97,  # measured 1.0
        "mentions.date.strict.f1": 0.90,  # measured 0.937
        "mentions.date.overlap.f1": 0.90,  # measured 0.937
        "mentions.date.value.accuracy": 0.97,  # measured 1.0
        "mentions.count.strict.f1": 0.97,  # measured 1.0
        "mentions.count.overlap.f1": 0.97,  # measured 1.0
        "mentions.count.value.accuracy": 0.97,  # measured 1.0
        "mentions.place.strict.f1": 0.97,  # measured 1.0
        "mentions.place.overlap.f1": 0.97,  # measured 1.0
        "mentions.place.value.accuracy": 0.94,  # measured 0.979
        "mentions.org.strict.f1": 0.93,  # measured 0.967
        "mentions.org.overlap.f1": 0.93,  # measured 0.967
        "mentions.org.value.accuracy": 0.97,  # measured 1.0
        "mentions.project.strict.f1": 0.89,  # measured 0.929
        "mentions.project.overlap.f1": 0.89,  # measured 0.929
        "mentions.project.value.accuracy": 0.97,  # measured 1.0
        "mentions.person.strict.f1": 0.97,  # measured 1.0
        "mentions.person.overlap.f1": 0.97,  # measured 1.0
        "mentions.person.value.accuracy": 0.97,  # measured 1.0
        "mentions.event.strict.f1": 0.92,  # measured 0.952
        "mentions.event.overlap.f1": 0.92,  # measured 0.952
        "mentions.event.value.accuracy": 0.97,  # measured 1.0
        "deals.f1": 0.86,  # measured 0.897
        "deals.fields.stage.accuracy": 0.89,  # measured 0.923
        "deals.fields.place.accuracy": 0.66,  # measured 0.692
        "deals.fields.total.accuracy": 0.97,  # measured 1.0
        "deals.fields.investors.accuracy": 0.97,  # measured 1.0
        "deals.fields.date.accuracy": 0.50,  # measured 0.538
        "metrics.f1": 0.92,  # measured 0.959
        "metrics.fields.indicator.accuracy": 0.93,  # measured 0.966
        "metrics.fields.kind.accuracy": 0.88,  # measured 0.914
        "metrics.fields.period.accuracy": 0.90,  # measured 0.931
        "metrics.fields.place.accuracy": 0.74,  # measured 0.776
        "metrics.fields.yoy.accuracy": 0.97,  # measured 1.0
        "talent.f1": 0.94,  # measured 0.978
        # 0.909 (20 of 22): the record 获批N人 adds is matched with a category other than the gold's (session 8, tal8)
        "talent.fields.category.accuracy": 0.87,  # measured 0.909
        "talent.fields.persons.accuracy": 0.97,  # measured 1.0
        # 0.952 since 新增 is no mode (real I13, written dev02): the written test gold reads it as introduced
        "talent.fields.mode.accuracy": 0.92,  # measured 0.955
        "talent.fields.kind.accuracy": 0.92,  # measured 0.955
        "subject_place.accuracy": 0.80,  # measured 0.833
    },
    "real-dev": {
        "mentions.all.strict.f1": 0.88,  # measured 0.911
        "mentions.all.overlap.f1": 0.90,  # measured 0.935
        "mentions.all.value.accuracy": 0.92,  # measured 0.955
        "mentions.money.overlap.f1": 0.96,  # measured 0.995
        "mentions.money.value.accuracy": 0.95,  # measured 0.99
        "mentions.percent.overlap.f1": 0.96,  # measured 0.993
        "mentions.percent.value.accuracy": 0.96,  # measured 0.996
        "mentions.date.overlap.f1": 0.92,  # measured 0.957
        "mentions.date.value.accuracy": 0.92,  # measured 0.955
        "mentions.count.overlap.f1": 0.94,  # measured 0.974
        "mentions.count.value.accuracy": 0.96,  # measured 0.998
        "mentions.place.overlap.f1": 0.87,  # measured 0.904
        "mentions.place.value.accuracy": 0.92,  # measured 0.95
        "mentions.org.overlap.f1": 0.85,  # measured 0.88
        "mentions.org.value.accuracy": 0.83,  # measured 0.867
        "mentions.project.overlap.f1": 0.93,  # measured 0.961
        "mentions.project.value.accuracy": 0.96,  # measured 0.99
        "mentions.person.overlap.f1": 0.89,  # measured 0.923
        "mentions.person.value.accuracy": 0.96,  # measured 0.995
        "mentions.event.overlap.f1": 0.82,  # measured 0.859
        "mentions.event.value.accuracy": 0.78,  # measured 0.813
        "deals.f1": 0.78,  # measured 0.811
        "metrics.f1": 0.84,  # measured 0.879
        "talent.f1": 0.76,  # measured 0.795
        "deals.fields.stage.accuracy": 0.83,  # measured 0.864
        "deals.fields.place.accuracy": 0.77,  # measured 0.801
        "deals.fields.total.accuracy": 0.92,  # measured 0.952
        "deals.fields.investors.accuracy": 0.89,  # measured 0.926
        "deals.fields.date.accuracy": 0.72,  # measured 0.751
        "metrics.fields.indicator.accuracy": 0.69,  # measured 0.73
        "metrics.fields.kind.accuracy": 0.91,  # measured 0.942
        "metrics.fields.period.accuracy": 0.78,  # measured 0.818
        "metrics.fields.place.accuracy": 0.82,  # measured 0.858
        "metrics.fields.yoy.accuracy": 0.95,  # measured 0.987
        "talent.fields.category.accuracy": 0.82,  # measured 0.858
        "talent.fields.persons.accuracy": 0.94,  # measured 0.97
        "talent.fields.mode.accuracy": 0.84,  # measured 0.873
        "talent.fields.kind.accuracy": 0.92,  # measured 0.951
        "subject_place.accuracy": 0.82,  # measured 0.854
    },
    "real-test": {
        "mentions.all.strict.f1": 0.85,  # measured 0.888
        "mentions.all.overlap.f1": 0.88,  # measured 0.918
        "mentions.all.value.accuracy": 0.91,  # measured 0.946
        "mentions.money.overlap.f1": 0.96,  # measured 0.995
        "mentions.money.value.accuracy": 0.95,  # measured 0.989
        "mentions.percent.overlap.f1": 0.96,  # measured 0.995
        "mentions.percent.value.accuracy": 0.96,  # measured 0.993
        "mentions.date.overlap.f1": 0.92,  # measured 0.954
        "mentions.date.value.accuracy": 0.91,  # measured 0.943
        "mentions.count.overlap.f1": 0.94,  # measured 0.975
        "mentions.count.value.accuracy": 0.96,  # measured 0.998
        "mentions.place.overlap.f1": 0.86,  # measured 0.892
        "mentions.place.value.accuracy": 0.91,  # measured 0.947
        "mentions.org.overlap.f1": 0.82,  # measured 0.857
        "mentions.org.value.accuracy": 0.82,  # measured 0.855
        "mentions.project.overlap.f1": 0.78,  # measured 0.812
        "mentions.project.value.accuracy": 0.87,  # measured 0.905
        "mentions.person.overlap.f1": 0.87,  # measured 0.908
        "mentions.person.value.accuracy": 0.96,  # measured 0.996
        "mentions.event.overlap.f1": 0.78,  # measured 0.817
        "mentions.event.value.accuracy": 0.75,  # measured 0.783
        "deals.f1": 0.63,  # measured 0.661
        "metrics.f1": 0.84,  # measured 0.872
        "talent.f1": 0.74,  # measured 0.772
        "deals.fields.stage.accuracy": 0.80,  # measured 0.835
        "deals.fields.place.accuracy": 0.70,  # measured 0.732
        "deals.fields.total.accuracy": 0.92,  # measured 0.951
        "deals.fields.investors.accuracy": 0.89,  # measured 0.923
        "deals.fields.date.accuracy": 0.68,  # measured 0.718
        "metrics.fields.indicator.accuracy": 0.69,  # measured 0.724
        "metrics.fields.kind.accuracy": 0.91,  # measured 0.947
        "metrics.fields.period.accuracy": 0.76,  # measured 0.798
        "metrics.fields.place.accuracy": 0.80,  # measured 0.836
        "metrics.fields.yoy.accuracy": 0.95,  # measured 0.988
        # 0.5 (was 0.562) after the talent category conventions of real dev (quotes, 各类, examples before 等)
        # 0.62 (was 0.69) in session 9 (tal10): talent F1 .748 → .795, matched records 61 → 68 with the same 44
        # categories right; the seven records newly found (counts listed again, 其中 parts of people brought in
        # uncounted) carry categories the gold words otherwise, so accuracy over more pairs fell .721 → .647
        "talent.fields.category.accuracy": 0.72,  # measured 0.752
        "talent.fields.persons.accuracy": 0.94,  # measured 0.971
        "talent.fields.mode.accuracy": 0.83,  # measured 0.864
        "talent.fields.kind.accuracy": 0.91,  # measured 0.942
        "subject_place.accuracy": 0.79,  # measured 0.825
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
