"""Scoring extracted reports against gold reports: what every number of `dsz-extract eval` means.

Scores are micro-averaged: true positives, gold and predicted items are summed over all documents
before P/R/F1 are computed. P = tp/pred, R = tp/gold, F1 = 2·tp/(gold + pred); a ratio whose
denominator is 0 is 0.0, except that all three are None when there is neither gold nor prediction.

Mentions, per type and over all types
    strict     a prediction is correct when a gold mention has the same type and the same span
               (start, end).
    overlap    same type and overlapping spans, one-to-one: candidate pairs are taken greedily,
               exact spans first, then the longest overlap, then document order. Strict true
               positives are the exact-span pairs of this matching.
    value      accuracy over the overlap-matched pairs: the share whose values agree on
                   money    amount, amount_max, currency, modifier
                   percent  value, value_max, unit, modifier
                   count    value, value_max, unit, modifier
                   date     timex, mod
                   place    adcode when the gold mention has one, else name
                   org      name, kind
                   person   name
                   project  name
                   event    name
               Dates and periods compare as calendar intervals: a half or quarter is its months
               (2023-H1 equals 2023-01/2023-06, XXXX-Q3 equals XXXX-07/XXXX-09) and a year is its twelve
               months (2023 equals 2023-01/2023-12); the contract writes both forms, by the text's wording.
               Numbers compare at 12 significant digits (1187.77亿 computed in floating point
               equals 118777000000); strings compare after stripping surrounding whitespace, in simplified characters (蘇銀 equals 苏银).

Records (deals, metrics, talent)
    One-to-one matching. A (gold, predicted) pair is a candidate when their evidence spans overlap
    and their key agrees:
        deal    a project name in common; or neither has projects and their total amounts (the
                first amount with role total: amount, amount_max, currency) are equal, or both absent
        metric  same value_type and equal value (money: amount, amount_max, currency; count:
                value, value_max; percent: value, value_max, unit)
        talent  equal count (value, value_max), or a person name in common
    Candidates are taken greedily: the most shared project/person names first, then the longest
    evidence overlap, then document order. P/R/F1 count the matched pairs.
    Field accuracy over the matched pairs (None equals None; lists compare as sets):
        deals    stage, place, total (amount, amount_max, currency, modifier of the total), investors, date
        metrics  indicator, kind, period, place, yoy (value, value_max, unit, modifier)
        (a deal's date and a metric's period compare as calendar intervals, as date mentions do)
        talent   category, persons, mode, kind

Subject place (per document)
    accuracy over the gold documents that give a subject place: the share whose predicted subject place
    agrees with it as a place mention's value does (adcode when the gold has one, else name); `unread`
    counts those documents for which the prediction gives none. The assemblers fall back on the subject
    place where a record's own clause names none.

Hard items
    Gold mentions and records marked `"hard": true` (their reading needs outside knowledge) are
    scored like any other and counted under "hard". With --skip-hard they are removed from the
    gold, and predictions that match them (by the matching above) are removed from the
    predictions, so they count on neither side.

dsz_extract/evaluate.py loads the gold and the predictions and prints these scores.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .models import MENTION_TYPES
from .timex import timex_bounds

RECORD_KINDS: tuple[str, ...] = ("deals", "metrics", "talent")

DEAL_FIELDS: tuple[str, ...] = ("stage", "place", "total", "investors", "date")
METRIC_FIELDS: tuple[str, ...] = ("indicator", "kind", "period", "place", "yoy")
TALENT_FIELDS: tuple[str, ...] = ("category", "persons", "mode", "kind")
RECORD_FIELDS: dict[str, tuple[str, ...]] = {"deals": DEAL_FIELDS, "metrics": METRIC_FIELDS, "talent": TALENT_FIELDS}


# --- normalised values ------------------------------------------------------------------------


def _num(x: Any) -> Any:
    """Numbers at 12 significant digits so float arithmetic noise does not count as a difference."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return x
    return float(format(x, ".12g"))


def _str(x: Any) -> Any:
    """Text compared without its script: 蘇銀產業園 (as a traditional page writes it) is 苏银产业园; and without
    the pinyin glosses some pages put after characters (工業(yè)項目 is 工業項目: values are gloss-free)."""
    return _simplified(x.strip()) if isinstance(x, str) else x


@functools.lru_cache(maxsize=65536)
def _simplified(text: str) -> str:
    from .dims._gloss import without_glosses
    from .text import to_simplified

    return to_simplified(without_glosses(text))


# A leap year standing in for an unknown one (XXXX), so its months and days still have bounds.
_ANY_YEAR = "2000"


def _interval(timex: Any) -> Any:
    """A TIMEX value as the calendar interval it names (`timex.timex_bounds`): 上半年 (2023-H1) and 1-6月
    (2023-01/2023-06) are the same months, as 全年 (2023) and 1-12月 (2023-01/2023-12) are; the contract writes each
    as its text words it. A value of an unknown year keeps that mark (XXXX-H1 is XXXX-01/XXXX-06, not 2023-H1)."""
    if not isinstance(timex, str):
        return timex
    timex = timex.strip()
    first, last = timex_bounds(timex)
    if first is not None:
        return (first, last)
    if timex and all(part.startswith("XXXX") for part in timex.split("/")):
        first, last = timex_bounds(timex.replace("XXXX", _ANY_YEAR))
        if first is not None:
            return ("XXXX", first[4:], last[4:])
    return timex


def _names(items: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(s for s in (_str(i) for i in items or ()) if s)


def money_key(v: dict[str, Any] | None, *, modifier: bool = True) -> tuple[Any, ...] | None:
    if not v:
        return None
    key = (_num(v.get("amount")), _num(v.get("amount_max")), v.get("currency"))
    return (*key, v.get("modifier")) if modifier else key


def percent_key(v: dict[str, Any] | None, *, modifier: bool = True) -> tuple[Any, ...] | None:
    if not v:
        return None
    key = (_num(v.get("value")), _num(v.get("value_max")), v.get("unit", "percent"))
    return (*key, v.get("modifier")) if modifier else key


def count_key(v: dict[str, Any] | None, *, unit: bool = True, modifier: bool = True) -> tuple[Any, ...] | None:
    if not v:
        return None
    key: tuple[Any, ...] = (_num(v.get("value")), _num(v.get("value_max")))
    if unit:
        key = (*key, _str(v.get("unit")))
    return (*key, v.get("modifier")) if modifier else key


def mention_value_key(kind: str, value: dict[str, Any] | None, gold_value: dict[str, Any] | None = None) -> Any:
    """What must agree for a matched mention's value to count as correct (see the module docstring)."""
    v = value or {}
    if kind == "money":
        return money_key(v)
    if kind == "percent":
        return percent_key(v)
    if kind == "count":
        return count_key(v)
    if kind == "date":
        return (_interval(v.get("timex")), v.get("mod"))
    if kind == "place":
        if gold_value and gold_value.get("adcode"):
            return ("adcode", v.get("adcode"))
        return ("name", _str(v.get("name")))
    if kind == "org":
        return (_str(v.get("name")), v.get("kind"))
    return _str(v.get("name"))


def total_amount(deal: dict[str, Any]) -> dict[str, Any] | None:
    """The money of the first amount with role total, or None."""
    for a in deal.get("amounts") or ():
        if a.get("role") == "total":
            return a.get("money")
    return None


def metric_value_key(metric: dict[str, Any]) -> tuple[Any, ...]:
    vtype = metric.get("value_type")
    value = metric.get("value")
    if vtype == "money":
        return (vtype, money_key(value, modifier=False))
    if vtype == "percent":
        return (vtype, percent_key(value, modifier=False))
    return (vtype, count_key(value, unit=False, modifier=False))


def record_field(kind: str, record: dict[str, Any], name: str) -> Any:
    """A record field in the form it is compared in."""
    if kind == "deals" and name == "total":
        return money_key(total_amount(record))
    if kind == "metrics" and name == "yoy":
        return percent_key(record.get("yoy"))
    if (kind, name) in (("metrics", "period"), ("deals", "date")):
        return _interval(record.get(name))
    value = record.get(name)
    if isinstance(value, list):
        return _names(value)
    return _str(value)


# --- matching -------------------------------------------------------------------------------


def _span(item: dict[str, Any]) -> tuple[int, int]:
    return int(item.get("start", 0)), int(item.get("end", 0))


def _evidence_span(record: dict[str, Any]) -> tuple[int, int]:
    return _span(record.get("evidence") or {})


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


Priority = Callable[[dict[str, Any], dict[str, Any]], tuple[Any, ...] | None]


def match(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], priority: Priority) -> list[tuple[int, int]]:
    """Greedy one-to-one matching: candidate pairs (priority not None) by ascending priority.

    Returns (gold index, pred index) pairs in gold order.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            prio = priority(g, p)
            if prio is not None:
                candidates.append((prio, i, j))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _prio, i, j in candidates:
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        pairs.append((i, j))
    pairs.sort()
    return pairs


def mention_priority(g: dict[str, Any], p: dict[str, Any]) -> tuple[Any, ...] | None:
    gs, ps = _span(g), _span(p)
    if g.get("type") != p.get("type"):
        return None
    overlap = _overlap(gs, ps)
    if overlap == 0:
        return None
    return (0 if gs == ps else 1, -overlap, ps[0])


def deal_priority(g: dict[str, Any], p: dict[str, Any]) -> tuple[Any, ...] | None:
    overlap = _overlap(_evidence_span(g), _evidence_span(p))
    if overlap == 0:
        return None
    gp, pp = _names(g.get("projects")), _names(p.get("projects"))
    shared = len(gp & pp)
    if shared:
        return (-shared, -overlap, _evidence_span(p)[0])
    if not gp and not pp and money_key(total_amount(g), modifier=False) == money_key(total_amount(p), modifier=False):
        return (0, -overlap, _evidence_span(p)[0])
    return None


def metric_priority(g: dict[str, Any], p: dict[str, Any]) -> tuple[Any, ...] | None:
    overlap = _overlap(_evidence_span(g), _evidence_span(p))
    if overlap == 0 or metric_value_key(g) != metric_value_key(p):
        return None
    return (-overlap, _evidence_span(p)[0])


def talent_priority(g: dict[str, Any], p: dict[str, Any]) -> tuple[Any, ...] | None:
    overlap = _overlap(_evidence_span(g), _evidence_span(p))
    if overlap == 0:
        return None
    shared = len(_names(g.get("persons")) & _names(p.get("persons")))
    gc = count_key(g.get("count"), unit=False, modifier=False)
    same_count = gc is not None and gc == count_key(p.get("count"), unit=False, modifier=False)
    if not shared and not same_count:
        return None
    return (-shared, -overlap, _evidence_span(p)[0])


RECORD_PRIORITY: dict[str, Priority] = {"deals": deal_priority, "metrics": metric_priority, "talent": talent_priority}


# --- tallies --------------------------------------------------------------------------------


def prf(tp: int, n_gold: int, n_pred: int) -> dict[str, Any]:
    if n_gold == 0 and n_pred == 0:
        return {"tp": 0, "precision": None, "recall": None, "f1": None}
    return {
        "tp": tp,
        "precision": tp / n_pred if n_pred else 0.0,
        "recall": tp / n_gold if n_gold else 0.0,
        "f1": 2 * tp / (n_gold + n_pred),
    }


def _accuracy(correct: int, total: int) -> dict[str, Any]:
    return {"correct": correct, "pairs": total, "accuracy": correct / total if total else None}


@dataclass
class _MentionTally:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    overlap: int = 0
    value_correct: int = 0

    def add(self, other: _MentionTally) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.strict += other.strict
        self.overlap += other.overlap
        self.value_correct += other.value_correct

    def result(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "strict": prf(self.strict, self.gold, self.pred),
            "overlap": prf(self.overlap, self.gold, self.pred),
            "value": _accuracy(self.value_correct, self.overlap),
        }


@dataclass
class _RecordTally:
    fields: tuple[str, ...]
    gold: int = 0
    pred: int = 0
    tp: int = 0
    field_correct: dict[str, int] = field(default_factory=dict)

    def add(self, other: _RecordTally) -> None:
        self.gold += other.gold
        self.pred += other.pred
        self.tp += other.tp
        for name, n in other.field_correct.items():
            self.field_correct[name] = self.field_correct.get(name, 0) + n

    def result(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            **prf(self.tp, self.gold, self.pred),
            "fields": {name: _accuracy(self.field_correct.get(name, 0), self.tp) for name in self.fields},
        }


def _without_matched(
    hard: list[dict[str, Any]], pred: list[dict[str, Any]], priority: Priority
) -> list[dict[str, Any]]:
    """The predictions left once those matching a hard gold item are taken out."""
    taken = {j for _i, j in match(hard, pred, priority)}
    return [p for j, p in enumerate(pred) if j not in taken]


def _split_hard(items: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return [x for x in items if not x.get("hard")], [x for x in items if x.get("hard")]


def score_mentions(gold: list[dict[str, Any]], pred: list[dict[str, Any]], kind: str) -> _MentionTally:
    """One document, one mention type."""
    pairs = match(gold, pred, mention_priority)
    tally = _MentionTally(gold=len(gold), pred=len(pred), overlap=len(pairs))
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if _span(g) == _span(p):
            tally.strict += 1
        gv = g.get("value") or {}
        if mention_value_key(kind, gv, gv) == mention_value_key(kind, p.get("value"), gv):
            tally.value_correct += 1
    return tally


def score_records(gold: list[dict[str, Any]], pred: list[dict[str, Any]], kind: str) -> _RecordTally:
    """One document, one record kind."""
    fields = RECORD_FIELDS[kind]
    pairs = match(gold, pred, RECORD_PRIORITY[kind])
    tally = _RecordTally(fields=fields, gold=len(gold), pred=len(pred), tp=len(pairs))
    for name in fields:
        tally.field_correct[name] = sum(
            record_field(kind, gold[i], name) == record_field(kind, pred[j], name) for i, j in pairs
        )
    return tally


def _as_dict(report: Any) -> dict[str, Any]:
    if isinstance(report, dict):
        return report
    return report.model_dump(mode="json")


@dataclass
class _Totals:
    """Tallies summed over documents (micro-averaging) plus the hard-item counts."""

    mentions: dict[str, _MentionTally] = field(default_factory=lambda: {k: _MentionTally() for k in MENTION_TYPES})
    records: dict[str, _RecordTally] = field(
        default_factory=lambda: {k: _RecordTally(fields=RECORD_FIELDS[k]) for k in RECORD_KINDS}
    )
    hard: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("mentions", *RECORD_KINDS), 0))


def _gold_and_pred(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], priority: Priority, *, skip_hard: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """The items to score on each side, and how many gold items are hard."""
    easy, hard = _split_hard(gold)
    if skip_hard:
        return easy, _without_matched(hard, pred, priority), len(hard)
    return gold, pred, len(hard)


def _score_document(g: dict[str, Any], p: dict[str, Any], totals: _Totals, *, skip_hard: bool) -> dict[str, Any]:
    """Add one document's tallies to the totals; return its own F1 scores."""
    doc_mentions = _MentionTally()
    for kind in MENTION_TYPES:
        gm = [m for m in g.get("mentions") or () if m.get("type") == kind]
        pm = [m for m in p.get("mentions") or () if m.get("type") == kind]
        gm, pm, n_hard = _gold_and_pred(gm, pm, mention_priority, skip_hard=skip_hard)
        totals.hard["mentions"] += n_hard
        tally = score_mentions(gm, pm, kind)
        totals.mentions[kind].add(tally)
        doc_mentions.add(tally)
    summary: dict[str, Any] = {
        "predicted": bool(p),
        "mentions_strict_f1": prf(doc_mentions.strict, doc_mentions.gold, doc_mentions.pred)["f1"],
        "mentions_overlap_f1": prf(doc_mentions.overlap, doc_mentions.gold, doc_mentions.pred)["f1"],
    }
    for kind in RECORD_KINDS:
        gr, pr, n_hard = _gold_and_pred(
            list(g.get(kind) or ()), list(p.get(kind) or ()), RECORD_PRIORITY[kind], skip_hard=skip_hard
        )
        totals.hard[kind] += n_hard
        tally = score_records(gr, pr, kind)
        totals.records[kind].add(tally)
        summary[f"{kind}_f1"] = prf(tally.tp, tally.gold, tally.pred)["f1"]
    return summary


def score_reports(gold: Sequence[Any], pred: Sequence[Any], *, skip_hard: bool = False) -> dict[str, Any]:
    """Score predicted reports against gold reports (dicts or Report objects), joined by doc_id.

    Returns the dict `dsz-extract eval --json` prints; the module docstring defines every number.
    """
    golds = [_as_dict(g) for g in gold]
    preds = {p.get("doc_id"): p for p in map(_as_dict, pred)}
    gold_ids = [g.get("doc_id") for g in golds]
    totals = _Totals()
    per_document = {
        str(g.get("doc_id")): _score_document(g, preds.get(g.get("doc_id"), {}), totals, skip_hard=skip_hard)
        for g in golds
    }
    all_mentions = _MentionTally()
    for tally in totals.mentions.values():
        all_mentions.add(tally)
    subject = score_subject_places(golds, preds)
    return {
        "documents": len(golds),
        "documents_without_prediction": [d for d in gold_ids if d not in preds],
        "predictions_without_gold": sorted(str(d) for d in preds if d not in gold_ids),
        "skip_hard": skip_hard,
        "hard": totals.hard,
        "mentions": {**{kind: t.result() for kind, t in totals.mentions.items()}, "all": all_mentions.result()},
        **{kind: t.result() for kind, t in totals.records.items()},
        "subject_place": subject,
        "per_document": per_document,
    }


def score_subject_places(golds: Sequence[dict[str, Any]], preds: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    """Subject-place accuracy over the gold documents that give one (see the module docstring)."""
    gold = correct = unread = 0
    for g in golds:
        wanted = g.get("subject_place")
        if not wanted:
            continue
        gold += 1
        found = (preds.get(g.get("doc_id")) or {}).get("subject_place")
        if not found:
            unread += 1
        elif mention_value_key("place", found, wanted) == mention_value_key("place", wanted, wanted):
            correct += 1
    return {"gold": gold, "correct": correct, "unread": unread, "accuracy": correct / gold if gold else None}
