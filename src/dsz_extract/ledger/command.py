"""`dsz-extract ledger`: canonical deals and metrics across reports, as Parquet or DuckDB.

    dsz-extract ledger reports.jsonl more.jsonl -o deals.parquet     # + deals.metrics.parquet, .evidence, .conflicts
    dsz-extract ledger reports.jsonl --to duckdb ledger.duckdb       # canonical_deals, deal_evidence, …

Exit codes: 0 done; 1 done, but some input lines were not reports (named on stderr); 2 usage error or
an input / output that cannot be used (nothing is written then).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from ..export import ExportError, write_duckdb

# The README's analyst query on canonical deals: signed investment by place and month, each real deal
# once however many reports told it. A deal without a date of its own counts in the month of its first report.
SIGNED_DEALS_BY_PLACE_AND_MONTH = """\
SELECT place,
       coalesce(left(date, 7), strftime(DATE '1970-01-01' + CAST(first_day AS INTEGER), '%Y-%m')) AS month,
       count(*) AS deals,
       sum(reports) AS reports,
       sum(amount_cny) / 1e8 AS signed_100m_cny
FROM canonical_deals
WHERE stage = 'signed' AND amount_cny IS NOT NULL
GROUP BY place, month
ORDER BY month, signed_100m_cny DESC"""

EPILOG = f"""\
examples:
  dsz-extract ledger reports.jsonl -o deals.parquet
  dsz-extract ledger a.jsonl b.jsonl --to duckdb ledger.duckdb
  duckdb ledger.duckdb "<query>"     # e.g. signed investment by place and month, each deal once:

{SIGNED_DEALS_BY_PLACE_AND_MONTH}
"""

# table -> suffix of its Parquet file beside the deals file (deals.parquet -> deals.evidence.parquet)
PARQUET_SUFFIXES = {
    "canonical_deals": "",
    "deal_evidence": ".evidence",
    "canonical_metrics": ".metrics",
    "metric_evidence": ".metric_evidence",
    "ledger_conflicts": ".conflicts",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("inputs", nargs="+", metavar="REPORTS.jsonl", help="ledgers from dsz-extract or its batch")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "-o", "--output", metavar="DEALS.parquet", help="canonical deals here, the other tables beside it"
    )
    where.add_argument("--to", nargs=2, metavar=("duckdb", "FILE"), help="all tables in a DuckDB file")
    parser.add_argument("--threshold", type=float, default=None, help="match weight to link at (default: the model's)")


def _arrow(frame: Any) -> Any:
    import pyarrow as pa

    return pa.Table.from_pandas(frame, preserve_index=False)


def write_parquet(tables: dict[str, Any], deals_path: Path) -> list[Path]:
    import pyarrow.parquet as pq

    stem = deals_path.name[: -len(".parquet")] if deals_path.name.endswith(".parquet") else deals_path.name
    deals_path.parent.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        target = deals_path.parent / f"{stem}{PARQUET_SUFFIXES[name]}.parquet"
        partial = target.with_name(f".{target.name}.partial")
        pq.write_table(_arrow(frame), partial)
        os.replace(partial, target)
        written.append(target)
    return written


def run(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    from . import ledger

    stderr = stderr if stderr is not None else sys.stderr
    if args.to and args.to[0] != "duckdb":
        print(f"dsz-extract ledger: --to takes duckdb FILE (Parquet: -o FILE.parquet), got {args.to[0]!r}", file=stderr)
        return 2
    missing = [p for p in args.inputs if not Path(p).is_file()]
    if missing:
        print(f"dsz-extract ledger: {missing[0]}: no such file", file=stderr)
        return 2
    problems: list[str] = []
    try:
        result = ledger(args.inputs, threshold=args.threshold, problems=problems)
    except ImportError as exc:
        print(f"dsz-extract ledger: {exc} (pip install 'dsz-extract[ledger]')", file=stderr)
        return 2
    tables = result.tables()
    try:
        if args.to:
            write_duckdb({name: _arrow(frame) for name, frame in tables.items()}, Path(args.to[1]))
            where = args.to[1]
        else:
            where = ", ".join(map(str, write_parquet(tables, Path(args.output))))
    except (ExportError, OSError) as exc:
        print(f"dsz-extract ledger: {exc}", file=stderr)
        return 2
    for problem in problems:
        print(f"dsz-extract ledger: warning: {problem}", file=stderr)
    told = int((result.deals["reports"] > 1).sum()) if len(result.deals) else 0
    print(
        f"dsz-extract ledger: {len(result.evidence)} deal rows -> {len(result.deals)} deals "
        f"({told} told by several reports), {len(result.metrics)} metrics, {len(result.conflicts)} conflicts: {where}",
        file=stderr,
    )
    return 1 if problems else 0
