"""Canonical rows from linked clusters: the agreed fields, every supporting report, and the conflicts.

A field agrees when every report that gives it gives the same value within its slack: amounts within
`AMOUNT_SLACK` of each other (rounding: 39.5亿 vs 40亿 is one figure told twice), dates whose intervals
overlap (2021-06-18 lies in 2021-06), names with one key. Otherwise the canonical row carries the value
told by the most reports (ties: the larger amount, the finer date) and each distinct value goes to the
conflicts table with the reports that told it, so nothing is hidden.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from .keys import cached_org_key, cached_project_key

AMOUNT_SLACK = 0.02

DEAL_COLUMNS: tuple[str, ...] = (
    "deal_id",
    "reports",
    "rows",
    "doc_ids",
    "project",
    "project_variants",
    "investors",
    "investor_variants",
    "place",
    "adcode",
    "amount_cny",
    "date",
    "stage",
    "first_day",
    "conflict_fields",
)
EVIDENCE_COLUMNS: tuple[str, ...] = (
    "record_id",
    "doc_id",
    "unique_id",
    "start",
    "end",
    "text",
    "project",
    "amount_cny",
    "date",
    "stage",
    "place",
)
CONFLICT_COLUMNS: tuple[str, ...] = ("record_id", "field", "told", "doc_ids")
METRIC_COLUMNS: tuple[str, ...] = (
    "metric_id",
    "reports",
    "doc_ids",
    "indicator",
    "kind",
    "place",
    "adcode",
    "period",
    "value_type",
    "value",
    "unit",
    "yoy",
    "conflict_fields",
)


def _most_told(values: Sequence[Any], tie_key: Any = None) -> Any:
    """The value told most often; ties go to the largest `tie_key`."""
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], tie_key(v) if tie_key else 0))


def _amount_groups(told: list[tuple[float, str]]) -> list[list[tuple[float, str]]]:
    """Amounts grouped so that each group's values lie within AMOUNT_SLACK of its largest."""
    groups: list[list[tuple[float, str]]] = []
    for value, doc in sorted(told, reverse=True):
        if groups and groups[-1][0][0] - value <= AMOUNT_SLACK * groups[-1][0][0]:
            groups[-1].append((value, doc))
        else:
            groups.append([(value, doc)])
    return groups


def _date_groups(told: list[tuple[int, int, str, str]]) -> list[list[tuple[int, int, str, str]]]:
    """(lo, hi, text, doc) grouped by overlapping intervals."""
    groups: list[list[tuple[int, int, str, str]]] = []
    for told_date in sorted(told):
        if groups and told_date[0] <= max(t[1] for t in groups[-1]):
            groups[-1].append(told_date)
        else:
            groups.append([told_date])
    return groups


def _conflict(record_id: str, field: str, groups: Iterable[tuple[Any, Iterable[str]]]) -> list[dict[str, Any]]:
    return [
        {"record_id": record_id, "field": field, "told": str(value), "doc_ids": sorted(set(docs))}
        for value, docs in groups
    ]


def _agreed_amount(rows: list[dict[str, Any]], record_id: str) -> tuple[float | None, list[dict[str, Any]]]:
    told = [(r["amount_cny"], r["doc_id"]) for r in rows if r["amount_cny"] is not None]
    if not told:
        return None, []
    groups = _amount_groups(told)
    best = max(groups, key=lambda g: (len({d for _, d in g}), g[0][0]))
    value = _most_told([v for v, _ in best])
    if len(groups) == 1:
        return value, []
    return value, _conflict(
        record_id, "amount_cny", ((_most_told([v for v, _ in g]), (d for _, d in g)) for g in groups)
    )


def _agreed_date(rows: list[dict[str, Any]], record_id: str) -> tuple[str | None, list[dict[str, Any]]]:
    told = [(r["date_lo"], r["date_hi"], r["date"], r["doc_id"]) for r in rows if r["date_lo"] is not None]
    if not told:
        return None, []
    groups = _date_groups(told)
    best = max(groups, key=lambda g: (len({t[3] for t in g}), -min(t[1] - t[0] for t in g)))
    finest = min(best, key=lambda t: (t[1] - t[0], t[2]))[2]
    if len(groups) == 1:
        return finest, []
    picks = ((min(g, key=lambda t: t[1] - t[0])[2], (t[3] for t in g)) for g in groups)
    return finest, _conflict(record_id, "date", picks)


def _agreed_label(rows: list[dict[str, Any]], field: str, record_id: str) -> tuple[Any, list[dict[str, Any]]]:
    by_value: dict[Any, set[str]] = defaultdict(set)
    for r in rows:
        if r[field] is not None:
            by_value[r[field]].add(r["doc_id"])
    if not by_value:
        return None, []
    value = max(by_value, key=lambda v: (len(by_value[v]), str(v)))
    return value, (_conflict(record_id, field, by_value.items()) if len(by_value) > 1 else [])


def _names(rows: list[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(one display name per investor key: its longest variant, every variant told)."""
    variants: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for name in r["investors"] or ():
            variants[cached_org_key(name).key].add(name)
    shown = sorted(max(v, key=lambda n: (len(n), n)) for v in variants.values())
    return shown, sorted({n for v in variants.values() for n in v})


def _place(rows: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """The most specific place the rows agree on: the adcode told most, finer ones first."""
    told = [(r["adcode"], r["place"]) for r in rows if r["adcode"]]
    if not told:
        names = [r["place"] for r in rows if r["place"]]
        return (_most_told(names) if names else None), None
    adcode = _most_told([a for a, _ in told], tie_key=lambda a: len(a.rstrip("0")))
    return _most_told([p for a, p in told if a == adcode]), adcode


def canonical_deal(record_id: str, rows: list[dict[str, Any]]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(the canonical deal, its conflicts) from the linkage rows of one cluster."""
    amount, amount_conflicts = _agreed_amount(rows, record_id)
    date, date_conflicts = _agreed_date(rows, record_id)
    stage, stage_conflicts = _agreed_label(rows, "stage", record_id)
    project, project_conflicts = _agreed_label(rows, "project_key", record_id)
    place, adcode = _place(rows)
    investors, investor_variants = _names(rows)
    projects = [r["project"] for r in rows if r["project"]]
    conflicts = amount_conflicts + date_conflicts + stage_conflicts + project_conflicts
    days = [r["day"] for r in rows if r["day"] is not None]
    deal = {
        "deal_id": record_id,
        "reports": len({r["doc_id"] for r in rows}),
        "rows": len(rows),
        "doc_ids": sorted({r["doc_id"] for r in rows}),
        "project": max((p for p in projects if cached_project_key(p).key == project), key=len, default=None),
        "project_variants": sorted(set(projects)),
        "investors": investors,
        "investor_variants": investor_variants,
        "place": place,
        "adcode": adcode,
        "amount_cny": amount,
        "date": date,
        "stage": stage,
        "first_day": min(days) if days else None,
        "conflict_fields": sorted({c["field"] for c in conflicts}),
    }
    return deal, conflicts


def evidence_row(record_id: str, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "record_id": record_id,
        "doc_id": row["doc_id"],
        "unique_id": row["unique_id"],
        "start": row["evidence_start"],
        "end": row["evidence_end"],
        "text": row["evidence_text"],
        "project": row["project"],
        "amount_cny": row["amount_cny"],
        "date": row["date"],
        "stage": row["stage"],
        "place": row["place"],
    }


def assemble_deals(
    rows: Iterable[dict[str, Any]], cluster_of: dict[str, str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(canonical deals, evidence rows, conflicts) from linkage rows and unique_id -> cluster id."""
    clusters: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        clusters[cluster_of.get(row["unique_id"], row["unique_id"])].append(row)
    deals, evidence, conflicts = [], [], []
    for members in clusters.values():
        members.sort(key=lambda r: (r["doc_id"], r["row_index"]))
        record_id = "deal:" + members[0]["unique_id"]
        deal, deal_conflicts = canonical_deal(record_id, members)
        deals.append(deal)
        conflicts += deal_conflicts
        evidence += [evidence_row(record_id, r) for r in members]
    deals.sort(key=lambda d: (d["first_day"] is None, d["first_day"] or 0, d["deal_id"]))
    return deals, evidence, conflicts
