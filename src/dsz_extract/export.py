"""`dsz-extract export`: a reports.jsonl ledger as Parquet files or a DuckDB database, for SQL.

    dsz-extract export reports.jsonl --to parquet ledger/       # ledger/<table>.parquet
    dsz-extract export reports.jsonl --to duckdb ledger.duckdb  # tables of the same names, and `meta`

The tables are those of `dsz_extract.frames`: reports (one row per document), mentions, deals,
event_totals, metrics and talent (flat columns, one row per item, `doc_id` on every row). A DuckDB
file also gets `meta` (key, value): the DuckDB version that wrote it, since the DuckDB CLI of
another storage version cannot open it.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .models import Report

FORMATS = ("parquet", "duckdb")

# The README's example: signed investment (CNY) by place and month. Each event total counts once;
# a deal counts only when no event total holds it (contract §7, "Event totals"), so the deals a
# ceremony lists are not added again to the ceremony's sum. `month` is the month of the record's
# date when it lies within one month, else of its report's reference date (frames.counting_month).
SIGNED_BY_PLACE_AND_MONTH = """\
SELECT place, month, count(*) AS items, sum(amount_cny) / 1e8 AS signed_100m_cny
FROM (
    SELECT place, month, amount_cny FROM event_totals WHERE stage = 'signed'
    UNION ALL
    SELECT place, month, total_amount_cny FROM deals WHERE stage = 'signed' AND event_total IS NULL
)
WHERE amount_cny IS NOT NULL
GROUP BY place, month
ORDER BY month, signed_100m_cny DESC"""


class ExportError(RuntimeError):
    """The input is unusable (no such file) or the destination cannot be written."""


# --- reading the ledger ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class LedgerLine:
    """One non-blank line of a ledger: its report, or None when it is not one (torn, edited)."""

    path: str
    number: int
    report: Report | None
    source: str | None  # the report's source; for a line that is not a report, as far as it can be read


# The "source" field of a report line, readable even when the line is cut short after it.
_SOURCE_FIELD = re.compile(rb'"source"\s*:\s*("(?:[^"\\]|\\.)*")')


def _source_in(raw: bytes) -> str | None:
    match = _SOURCE_FIELD.search(raw)
    if match is None:
        return None
    try:
        source = json.loads(match.group(1))
    except ValueError:  # cut inside a multi-byte character
        return None
    return source if isinstance(source, str) else None


def read_lines(paths: Sequence[str | Path], problems: list[str]) -> Iterator[LedgerLine]:
    """Every non-blank line of JSONL files; a line that is not a valid report is named in `problems`."""
    for path in paths:
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below; bytes so a torn UTF-8 tail is caught per line
        except OSError as exc:
            raise ExportError(f"{path}: {exc.strerror or exc}") from exc
        with handle:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    report = Report.model_validate_json(raw)
                except ValueError as exc:
                    first = str(exc).splitlines()[0][:200]
                    problems.append(f"{path}:{number}: not a report ({first})")
                    yield LedgerLine(str(path), number, None, _source_in(raw))
                else:
                    yield LedgerLine(str(path), number, report, report.source)


def read_reports(paths: Sequence[str | Path], problems: list[str]) -> Iterator[Report]:
    """Reports from JSONL files; a line that is not a valid report is skipped and named in `problems`."""
    return (line.report for line in read_lines(paths, problems) if line.report is not None)


def unreadable_latest(lines: Iterable[LedgerLine]) -> list[str]:
    """Warnings for sources whose last line is not a readable report (a batch killed inside a write).

    The export then keeps the last readable report of that source, an older reading of the
    document, or none: each warning names the document, the unreadable line and what is exported.
    """
    readable: dict[str, LedgerLine] = {}
    unreadable: dict[str, LedgerLine] = {}
    for line in lines:
        if line.source is None:
            continue
        if line.report is not None:
            readable[line.source] = line
            unreadable.pop(line.source, None)  # a later readable report supersedes the bad line
        else:
            unreadable[line.source] = line
    warnings = []
    for source, bad in unreadable.items():
        earlier = readable.get(source)
        exported = (
            f"its earlier report ({earlier.path}:{earlier.number}) is exported instead"
            if earlier
            else "no readable report of it is exported"
        )
        warnings.append(f"{bad.path}:{bad.number} was a report of {source}; {exported}")
    return warnings


def tables(reports: Iterable[Report]) -> dict[str, Any]:
    """The tables of `dsz_extract.frames` (reports, mentions, deals, event_totals, metrics, talent)
    as pyarrow Tables with a fixed schema."""
    from .frames import frames

    return {name: _arrow(frame) for name, frame in frames(list(reports)).items()}


def _arrow(frame: Any) -> Any:
    """pandas -> Arrow with types from the dtypes, not guessed from values, so empty tables keep them."""
    import pyarrow as pa

    from .frames import LIST_COLUMNS

    fields = [
        pa.field(str(name), _arrow_type(pa, str(name), frame[name].dtype, LIST_COLUMNS)) for name in frame.columns
    ]
    return pa.Table.from_pandas(frame, schema=pa.schema(fields), preserve_index=False)


def _arrow_type(pa: Any, name: str, dtype: Any, list_columns: frozenset[str]) -> Any:
    if name in list_columns:
        return pa.list_(pa.string())
    kind = str(dtype)
    if kind in ("Int64", "int64"):
        return pa.int64()
    if kind in ("Float64", "float64"):
        return pa.float64()
    if kind in ("boolean", "bool"):
        return pa.bool_()
    if kind.startswith("datetime64"):
        return pa.date32()  # the frames' dates are whole days: DATE in DuckDB and Parquet
    return pa.string()


# --- writing ----------------------------------------------------------------------------------------


def write_parquet(tables: dict[str, Any], directory: Path) -> list[Path]:
    """One <table>.parquet per table; each file replaced atomically."""
    import pyarrow.parquet as pq

    if directory.exists() and not directory.is_dir():
        raise ExportError(f"{directory}: not a folder; --to parquet writes one file per table into a folder")
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        target = directory / f"{name}.parquet"
        partial = directory / f".{name}.parquet.partial"
        pq.write_table(table, partial)
        os.replace(partial, target)
        written.append(target)
    return written


def duckdb_version() -> str:
    import duckdb

    return str(duckdb.__version__)


def write_duckdb(tables: dict[str, Any], database: Path) -> None:
    """Tables of the same names in a DuckDB file, replaced in one transaction, and a `meta` table
    naming the DuckDB version that wrote the file (a DuckDB CLI of another storage version may
    refuse it, and then says only that the file is of another version)."""
    import duckdb

    from . import __version__

    database.parent.mkdir(parents=True, exist_ok=True)
    try:
        with duckdb.connect(str(database)) as con:
            con.execute("BEGIN TRANSACTION")
            for name, table in tables.items():
                con.register("_incoming", table)
                con.execute(f'CREATE OR REPLACE TABLE "{name}" AS SELECT * FROM _incoming')
                con.unregister("_incoming")
            con.execute("CREATE OR REPLACE TABLE meta (key VARCHAR, value VARCHAR)")
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [["duckdb_version", duckdb_version()], ["dsz_extract_version", __version__]],
            )
            con.execute("COMMIT")
    except duckdb.Error as exc:
        raise ExportError(_duckdb_problem(database, exc)) from exc


def _duckdb_problem(database: Path, exc: Exception) -> str:
    """DuckDB's error as a message that names the file and what to do."""
    message = str(exc)
    if "not a valid DuckDB database" in message:
        return (
            f"{database}: not a DuckDB database, so it is left as it is; give another file name, or delete the"
            " file first if it may go"
        )
    if "version" in message.lower() and "storage" in message.lower():
        return (
            f"{database}: written by another DuckDB version than this one ({duckdb_version()}): {message}; export"
            " to a new file, or open it with the DuckDB its `meta` table names"
        )
    if "lock" in message.lower():
        return f"{database}: in use by another process ({message}); close it there, or export to another file"
    return f"{database}: {message}"


def latest_per_source(reports: Iterable[Report]) -> tuple[list[Report], int]:
    """Drop reports superseded by a later line of the same source (a changed file was extracted again).

    -> (reports in ledger order, number dropped). Reports without a source are all kept.
    """
    reports = list(reports)
    last = {r.source: i for i, r in enumerate(reports) if r.source is not None}
    kept = [r for i, r in enumerate(reports) if r.source is None or last[r.source] == i]
    return kept, len(reports) - len(kept)


@dataclasses.dataclass
class ExportResult:
    rows: dict[str, int]
    problems: list[str]  # input lines that are not reports, doc_ids that repeat
    superseded: int  # earlier reports of a source that has a later one


def export(inputs: Sequence[str | Path], fmt: str, destination: str | Path) -> ExportResult:
    """Export ledgers (their latest report per source) to `destination` as Parquet files or DuckDB tables."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    problems: list[str] = []
    lines = list(read_lines(inputs, problems))
    problems.extend(unreadable_latest(lines))
    reports, superseded = latest_per_source(line.report for line in lines if line.report is not None)
    repeated = sorted(str(d) for d, n in Counter(r.doc_id for r in reports).items() if n > 1)
    if repeated:
        more = "…" if len(repeated) > 5 else ""
        problems.append(f"doc_id not unique ({', '.join(repeated[:5])}{more}): joins on doc_id repeat rows")
    built = tables(reports)
    if fmt == "parquet":
        write_parquet(built, Path(destination))
    else:
        write_duckdb(built, Path(destination))
    return ExportResult({name: table.num_rows for name, table in built.items()}, problems, superseded)


# --- the command line -------------------------------------------------------------------------------

EPILOG = f"""\
examples:
  dsz-extract export reports.jsonl --to parquet ledger/
  dsz-extract export reports.jsonl --to duckdb ledger.duckdb
  duckdb ledger.duckdb "<query>"     # e.g. signed investment by place and month:

{SIGNED_BY_PLACE_AND_MONTH}
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("inputs", nargs="+", metavar="REPORTS.jsonl", help="ledgers from dsz-extract or its batch")
    parser.add_argument(
        "--to",
        nargs=2,
        required=True,
        metavar=("FORMAT", "DEST"),
        help="parquet DIRECTORY (one file per table) or duckdb FILE (one table per table)",
    )


def run(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    stderr = stderr if stderr is not None else sys.stderr
    fmt, destination = args.to
    if fmt not in FORMATS:
        print(f"dsz-extract export: --to takes {' or '.join(FORMATS)}, got {fmt!r}", file=stderr)
        return 2
    try:
        result = export(args.inputs, fmt, destination)
    except (ExportError, OSError) as exc:
        print(f"dsz-extract export: {exc}", file=stderr)
        return 2
    for problem in result.problems:
        print(f"dsz-extract export: warning: {problem}", file=stderr)
    rows = ", ".join(f"{name} {count}" for name, count in result.rows.items())
    superseded = f"; {result.superseded} superseded report(s) of changed files left out" if result.superseded else ""
    written_by = f", written by DuckDB {duckdb_version()} (open it with that version's CLI)" if fmt == "duckdb" else ""
    print(f"dsz-extract export: {destination} ({fmt}): {rows}{superseded}{written_by}", file=stderr)
    bad_lines = [p for p in result.problems if not p.startswith("doc_id")]
    return 1 if bad_lines else 0
