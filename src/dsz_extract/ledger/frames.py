"""The ledger's rows as typed pandas DataFrames (an empty table keeps its columns)."""

from __future__ import annotations

from typing import Any

from .assemble import CONFLICT_COLUMNS, DEAL_COLUMNS, EVIDENCE_COLUMNS, METRIC_COLUMNS

METRIC_EVIDENCE_COLUMNS: tuple[str, ...] = (
    "record_id",
    "doc_id",
    "unique_id",
    "start",
    "end",
    "text",
    "value",
    "period",
    "place",
)
_INT = frozenset({"reports", "rows", "first_day", "start", "end"})
_FLOAT = frozenset({"amount_cny", "value", "yoy"})
_LIST = frozenset({"doc_ids", "project_variants", "investors", "investor_variants", "conflict_fields"})


def _frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    types = {
        c: "Int64" if c in _INT else "Float64" if c in _FLOAT else "object" if c in _LIST else "string" for c in columns
    }
    return frame.astype(types)


def ledger_frames(
    deals: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    metrics: list[dict[str, Any]],
    metric_evidence: list[dict[str, Any]],
    conflicts: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "deals": _frame(deals, DEAL_COLUMNS),
        "evidence": _frame(evidence, EVIDENCE_COLUMNS),
        "metrics": _frame(metrics, METRIC_COLUMNS),
        "metric_evidence": _frame(metric_evidence, METRIC_EVIDENCE_COLUMNS),
        "conflicts": _frame(conflicts, CONFLICT_COLUMNS),
    }
