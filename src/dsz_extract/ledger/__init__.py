"""The cross-report ledger: one canonical row per real-world deal (and metric), however many reports tell it.

    >>> from dsz_extract import ledger
    >>> result = ledger(["reports.jsonl"])          # or Report objects, or report dicts
    >>> result.deals        # one row per deal: agreed project, investors, place, amount, date, stage
    >>> result.evidence     # every supporting report and its evidence span (doc_id, start, end, text)
    >>> result.conflicts    # each distinct value of a field the reports disagree on, with its reports

Rooms: keys.py (linkage rows: name keys, adcode prefixes, amounts, dates at their precision),
linkage.py (the Splink model: blocking, comparisons, m priors and u; DuckDB here, Spark the same),
assemble.py (canonical deals and conflicts), metrics.py (metrics by indicator, place and period),
command.py (reading reports, writing Parquet/DuckDB, `dsz-extract ledger`). Splink is imported only
when deals are linked (`pip install dsz-extract[ledger]`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["Ledger", "ledger"]


@dataclasses.dataclass
class Ledger:
    """The ledger's tables as pandas DataFrames."""

    deals: Any
    evidence: Any  # deal evidence: record_id, doc_id, start, end, text and what that report says
    metrics: Any
    metric_evidence: Any
    conflicts: Any  # record_id (deal:… or metric:…), field, told (a value as text), doc_ids

    def tables(self) -> dict[str, Any]:
        return {
            "canonical_deals": self.deals,
            "deal_evidence": self.evidence,
            "canonical_metrics": self.metrics,
            "metric_evidence": self.metric_evidence,
            "ledger_conflicts": self.conflicts,
        }


def _report_dicts(items: Iterable[Any], problems: list[str]) -> list[dict[str, Any]]:
    """Report objects, report dicts and JSONL paths -> report dicts (the latest report per source)."""
    from ..export import latest_per_source, read_reports
    from ..models import Report

    reports: list[Report] = []
    for item in [items] if isinstance(items, (str, Path, dict)) or hasattr(items, "model_dump") else items:
        if isinstance(item, (str, Path)):
            reports.extend(read_reports([item], problems))
        elif isinstance(item, dict):
            reports.append(Report.model_validate(item))
        else:
            reports.append(item)
    kept, _ = latest_per_source(reports)
    return [r.model_dump(mode="json") for r in kept]


def ledger(
    reports: Iterable[Any] | str | Path,
    *,
    threshold: float | None = None,
    problems: list[str] | None = None,
) -> Ledger:
    """Link the deals of `reports` (Report objects, report dicts or JSONL paths) across reports.

    `threshold`: the match weight at which two deal rows are one deal (default: the one chosen on the
    linkage gold, `linkage.THRESHOLD_WEIGHT`). Lines of a JSONL file that are not reports are skipped
    and named in `problems` when a list is given.
    """
    from .assemble import assemble_deals
    from .frames import ledger_frames
    from .keys import deal_rows
    from .linkage import THRESHOLD_WEIGHT, link_rows
    from .metrics import assemble_metrics, metric_rows

    dicts = _report_dicts(reports, problems if problems is not None else [])
    rows = list(deal_rows(dicts))
    cluster_of = link_rows(rows, threshold=THRESHOLD_WEIGHT if threshold is None else threshold)
    deals, evidence, conflicts = assemble_deals(rows, cluster_of)
    metrics, metric_evidence, metric_conflicts = assemble_metrics(metric_rows(dicts))
    return Ledger(**ledger_frames(deals, evidence, metrics, metric_evidence, conflicts + metric_conflicts))
