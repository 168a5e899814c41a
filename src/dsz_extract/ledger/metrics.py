"""Metrics told by several reports: one canonical row per (indicator, kind, place, period, value type).

Metrics need no probabilistic linkage: a metric is identified by what it measures, where and when, so
rows with the same key are the same figure told again. The indicator is folded (traditional to
simplified, no spaces), the place is its adcode when the report resolves it, and the period its
first and last day (1—4月 and 2023-01/2023-04 are one period). Values that differ beyond rounding
(`AMOUNT_SLACK`) are conflicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..frames import rows as frame_rows
from ..names import fold
from .assemble import AMOUNT_SLACK, _conflict


def metric_key(row: dict[str, Any]) -> tuple[Any, ...] | None:
    """The identity of a metric row, or None when it has no period or no place (it cannot be matched)."""
    period = (row["period_start"], row["period_end"]) if row["period_start"] else row["period"]
    place = row["place_adcode"] or row["place"]
    if not period or not place or not row["indicator"]:
        return None
    return fold(row["indicator"]), row["kind"], place, period, row["value_type"], row["unit"]


def metric_rows(reports: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for report in reports:
        for i, row in enumerate(frame_rows([report])["metrics"]):
            row["unique_id"] = f"{row['doc_id']}#m{i}"
            out.append(row)
    return out


def _value(row: dict[str, Any]) -> Any:
    return row["amount_cny"] if row["value_type"] == "money" else row["value"]


def _value_groups(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: list[list[dict[str, Any]]] = []
    for row in sorted((r for r in rows if _value(r) is not None), key=_value, reverse=True):
        top = _value(groups[-1][0]) if groups else None
        if top is not None and top - _value(row) <= AMOUNT_SLACK * abs(top):
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def assemble_metrics(
    rows: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(canonical metrics, evidence rows, conflicts)."""
    groups: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[metric_key(row) or row["unique_id"]].append(row)
    metrics, evidence, conflicts = [], [], []
    for members in groups.values():
        members.sort(key=lambda r: r["unique_id"])
        record_id = "metric:" + members[0]["unique_id"]
        value_groups = _value_groups(members)
        best = max(value_groups, key=lambda g: (len({r["doc_id"] for r in g}), _value(g[0]))) if value_groups else []
        if len(value_groups) > 1:
            conflicts += _conflict(record_id, "value", ((_value(g[0]), (r["doc_id"] for r in g)) for g in value_groups))
        first = members[0]
        metrics.append(
            {
                "metric_id": record_id,
                "reports": len({r["doc_id"] for r in members}),
                "doc_ids": sorted({r["doc_id"] for r in members}),
                "indicator": first["indicator"],
                "kind": first["kind"],
                "place": first["place"],
                "adcode": first["place_adcode"],
                "period": first["period"],
                "value_type": first["value_type"],
                "value": _value(best[0]) if best else None,
                "unit": first["unit"] or first["currency"],
                "yoy": next((r["yoy"] for r in members if r["yoy"] is not None), None),
                "conflict_fields": ["value"] if len(value_groups) > 1 else [],
            }
        )
        evidence += [
            {
                "record_id": record_id,
                "doc_id": r["doc_id"],
                "unique_id": r["unique_id"],
                "start": r["evidence_start"],
                "end": r["evidence_end"],
                "text": r["evidence_text"],
                "value": _value(r),
                "period": r["period"],
                "place": r["place"],
            }
            for r in members
        ]
    return metrics, evidence, conflicts
