"""Reports as pandas DataFrames: one flat table each for reports, mentions, deals, event totals,
metrics and talent.

    >>> import dsz_extract
    >>> tables = dsz_extract.frames(reports)          # Report objects, parsed JSON lines, or a JSONL path
    >>> tables["deals"].groupby("place")["total_amount_cny"].sum()

Every row carries `doc_id`. Normalised values are spread over flat columns (see the *_COLUMNS
tuples below); a column that does not apply to a row is empty (<NA>). Types are fixed: counts and
offsets are nullable integers, amounts nullable floats, `*_start` / `*_end` of a date or period
real dates (datetime64, day precision) where the year is known, with the TIMEX text kept beside
them and a `*_precision` column (day, month, quarter, half, year, span). `*_amount_cny` converts
other currencies at the annual average rate of the record's year (`dsz_extract.fx`, contract §7),
naming the rate and year used. Lists (projects, investors, persons) are kept as lists, with a
"、"-joined `*_text` column next to them for filtering and export. pandas is an optional
dependency (`pip install dsz-extract[notebook]`).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .fx import to_cny, year_of
from .timex import counting_month, precision, timex_bounds

__all__ = ["COLUMNS", "LIST_COLUMNS", "frames", "read_ledger", "rows", "timex_bounds"]

REPORT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "source",
    "url",
    "title",
    "reference_date",
    "reference_date_source",
    "subject_place",
    "subject_place_level",
    "subject_place_adcode",
    "mention_count",
    "deal_count",
    "event_total_count",
    "metric_count",
    "talent_count",
    "warning_count",
    "warnings_text",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "type",
    "text",
    "start",
    "end",
    "source",
    # money
    "amount",
    "amount_max",
    "currency",
    "amount_cny",
    "fx_rate",
    "fx_year",
    # percent, count (and money's modifier)
    "value",
    "value_max",
    "unit",
    "modifier",
    # date
    "timex",
    "period_start",
    "period_end",
    "period_precision",
    "mod",
    # place, org, project, person, event
    "name",
    "level",
    "adcode",
    "full_name",
    "anaphor",
    "kind",
    "title",
    "affiliation",
)

DEAL_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "projects",
    "projects_text",
    "project_count",
    "investors",
    "investors_text",
    "place",
    "place_adcode",
    "total_amount",
    "total_amount_max",
    "total_currency",
    "total_modifier",
    "total_amount_cny",
    "total_fx_rate",
    "total_fx_year",
    "foreign_amount",
    "foreign_currency",
    "foreign_amount_cny",
    "completed_amount",
    "completed_currency",
    "stage",
    "date",
    "date_start",
    "date_end",
    "date_precision",
    "month",
    "event",
    "event_total",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)

EVENT_TOTAL_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "event_total",
    "event",
    "stage",
    "place",
    "place_adcode",
    "project_count",
    "amount",
    "amount_max",
    "currency",
    "modifier",
    "amount_cny",
    "fx_rate",
    "fx_year",
    "date",
    "date_start",
    "date_end",
    "date_precision",
    "month",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)

METRIC_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "indicator",
    "kind",
    "place",
    "place_adcode",
    "period",
    "period_start",
    "period_end",
    "period_precision",
    "value_type",
    "value",
    "value_max",
    "unit",
    "currency",
    "modifier",
    "amount_cny",
    "fx_rate",
    "fx_year",
    "yoy",
    "yoy_unit",
    "share",
    "target_completion",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)

TALENT_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "category",
    "count",
    "count_max",
    "count_unit",
    "count_modifier",
    "persons",
    "persons_text",
    "mode",
    "kind",
    "place",
    "place_adcode",
    "organization",
    "period",
    "period_start",
    "period_end",
    "period_precision",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)

# Nullable dtypes so a missing value does not turn a column of ints into floats or a column of
# strings into objects; any column not listed here holds strings, list columns hold lists.
INT_COLUMNS = frozenset(
    {
        "start",
        "end",
        "evidence_start",
        "evidence_end",
        "project_count",
        "count",
        "count_max",
        "event_total",
        "fx_year",
        "total_fx_year",
        "mention_count",
        "deal_count",
        "event_total_count",
        "metric_count",
        "talent_count",
        "warning_count",
    }
)
FLOAT_COLUMNS = frozenset(
    {
        "amount",
        "amount_max",
        "amount_cny",
        "fx_rate",
        "value",
        "value_max",
        "total_amount",
        "total_amount_max",
        "total_amount_cny",
        "total_fx_rate",
        "foreign_amount",
        "foreign_amount_cny",
        "completed_amount",
        "yoy",
        "share",
        "target_completion",
    }
)
# Calendar days (the first and last day of a period whose year is known; the TIMEX text is beside them).
DATE_COLUMNS = frozenset({"period_start", "period_end", "date_start", "date_end", "reference_date"})
BOOL_COLUMNS = frozenset({"anaphor"})
LIST_COLUMNS = frozenset({"projects", "investors", "persons"})
DATE_DTYPE = "datetime64[s]"


def _dtype(column: str) -> str:
    if column in INT_COLUMNS:
        return "Int64"
    if column in FLOAT_COLUMNS:
        return "Float64"
    if column in DATE_COLUMNS:
        return DATE_DTYPE
    if column in BOOL_COLUMNS:
        return "boolean"
    if column in LIST_COLUMNS:
        return "object"
    return "string"


COLUMNS: dict[str, tuple[str, ...]] = {
    "reports": REPORT_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "deals": DEAL_COLUMNS,
    "event_totals": EVENT_TOTAL_COLUMNS,
    "metrics": METRIC_COLUMNS,
    "talent": TALENT_COLUMNS,
}


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            "dsz_extract.frames needs pandas, an optional dependency: pip install 'dsz-extract[notebook]'"
        ) from exc
    return pandas


def _period_bounds(timex: str | None, date_values: dict[str, dict[str, Any]]) -> tuple[str | None, str | None]:
    """Bounds of a record's period: from the TIMEX value, else from a date mention with that value."""
    start, end = timex_bounds(timex)
    if start is None and timex in date_values:
        v = date_values[timex]
        return v.get("start"), v.get("end")
    return start, end


def _dated(prefix: str, timex: str | None, dates: dict[str, dict[str, Any]]) -> dict[str, Any]:
    start, end = _period_bounds(timex, dates)
    return {f"{prefix}_start": start, f"{prefix}_end": end, f"{prefix}_precision": precision(timex)}


# --- rows -------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Context:
    """What every row of one report looks up."""

    doc_id: Any
    reference_date: str | None
    adcodes: dict[str, str]
    dates: dict[str, dict[str, Any]]

    def cny(self, money: dict[str, Any], record_date: str | None, prefix: str = "") -> dict[str, Any]:
        """{prefix}amount_cny, {prefix}fx_rate, {prefix}fx_year of a money value dated `record_date`."""
        converted = to_cny(money.get("amount"), money.get("currency"), year_of(record_date, self.reference_date))
        return {
            f"{prefix}amount_cny": converted.amount_cny,
            f"{prefix}fx_rate": converted.rate,
            f"{prefix}fx_year": converted.year,
        }


def _as_dict(report: Any) -> dict[str, Any]:
    if isinstance(report, dict):
        return report
    if hasattr(report, "model_dump"):
        return report.model_dump(mode="json")
    raise TypeError(
        f"frames() takes Report objects, report dicts or the path of a JSONL ledger, got {type(report).__name__}"
    )


def _joined(items: list[str] | None) -> str:
    return "、".join(items or ())


def _evidence(record: dict[str, Any]) -> dict[str, Any]:
    ev = record.get("evidence") or {}
    return {"evidence_start": ev.get("start"), "evidence_end": ev.get("end"), "evidence_text": ev.get("text")}


def report_row(report: dict[str, Any]) -> dict[str, Any]:
    place = report.get("subject_place") or {}
    warnings = report.get("warnings") or ()
    return {
        "doc_id": report.get("doc_id"),
        "source": report.get("source"),
        "url": report.get("url"),
        "title": report.get("title"),
        "reference_date": report.get("reference_date"),
        "reference_date_source": report.get("reference_date_source"),
        "subject_place": place.get("name"),
        "subject_place_level": place.get("level"),
        "subject_place_adcode": place.get("adcode"),
        "mention_count": len(report.get("mentions") or ()),
        "deal_count": len(report.get("deals") or ()),
        "event_total_count": len(report.get("event_totals") or ()),
        "metric_count": len(report.get("metrics") or ()),
        "talent_count": len(report.get("talent") or ()),
        "warning_count": len(warnings),
        "warnings_text": "\n".join(warnings),
    }


def mention_row(ctx: _Context, mention: dict[str, Any]) -> dict[str, Any]:
    v = dict(mention.get("value") or {})
    row = {
        "doc_id": ctx.doc_id,
        "type": mention.get("type"),
        "text": mention.get("text"),
        "start": mention.get("start"),
        "end": mention.get("end"),
        "source": mention.get("source"),
    }
    if mention.get("type") == "date":
        # the period's first and last day; `start`/`end` are the mention's offsets
        row["period_start"], row["period_end"] = v.pop("start", None), v.pop("end", None)
        row["period_precision"] = precision(v.get("timex"))
    v.pop("candidates", None)
    row.update({k: val for k, val in v.items() if k in MENTION_COLUMNS})
    if mention.get("type") == "money":
        row.update(ctx.cny(v, None))
    return row


def _amount_of(deal: dict[str, Any], role: str) -> dict[str, Any]:
    for a in deal.get("amounts") or ():
        if a.get("role") == role:
            return a.get("money") or {}
    return {}


def deal_row(ctx: _Context, deal: dict[str, Any]) -> dict[str, Any]:
    total, foreign, completed = (_amount_of(deal, role) for role in ("total", "foreign", "completed"))
    date = deal.get("date")
    return {
        "doc_id": ctx.doc_id,
        "projects": list(deal.get("projects") or ()),
        "projects_text": _joined(deal.get("projects")),
        "project_count": deal.get("project_count"),
        "investors": list(deal.get("investors") or ()),
        "investors_text": _joined(deal.get("investors")),
        "place": deal.get("place"),
        "place_adcode": ctx.adcodes.get(deal.get("place") or ""),
        "total_amount": total.get("amount"),
        "total_amount_max": total.get("amount_max"),
        "total_currency": total.get("currency"),
        "total_modifier": total.get("modifier"),
        **ctx.cny(total, date, "total_"),
        "foreign_amount": foreign.get("amount"),
        "foreign_currency": foreign.get("currency"),
        "foreign_amount_cny": ctx.cny(foreign, date)["amount_cny"],
        "completed_amount": completed.get("amount"),
        "completed_currency": completed.get("currency"),
        "stage": deal.get("stage"),
        "date": date,
        **_dated("date", date, ctx.dates),
        "month": counting_month(date, ctx.reference_date),
        "event": deal.get("event"),
        "event_total": deal.get("event_total"),
        **_evidence(deal),
    }


def event_total_row(ctx: _Context, index: int, total: dict[str, Any]) -> dict[str, Any]:
    money = total.get("total") or {}
    date = total.get("date")
    return {
        "doc_id": ctx.doc_id,
        "event_total": index,
        "event": total.get("event"),
        "stage": total.get("stage"),
        "place": total.get("place"),
        "place_adcode": ctx.adcodes.get(total.get("place") or ""),
        "project_count": total.get("project_count"),
        "amount": money.get("amount"),
        "amount_max": money.get("amount_max"),
        "currency": money.get("currency"),
        "modifier": money.get("modifier"),
        **ctx.cny(money, date),
        "date": date,
        **_dated("date", date, ctx.dates),
        "month": counting_month(date, ctx.reference_date),
        **_evidence(total),
    }


def _percent(v: dict[str, Any] | None) -> Any:
    return (v or {}).get("value")


def metric_row(ctx: _Context, metric: dict[str, Any]) -> dict[str, Any]:
    value = metric.get("value") or {}
    money = metric.get("value_type") == "money"
    period = metric.get("period")
    return {
        "doc_id": ctx.doc_id,
        "indicator": metric.get("indicator"),
        "kind": metric.get("kind"),
        "place": metric.get("place"),
        "place_adcode": ctx.adcodes.get(metric.get("place") or ""),
        "period": period,
        **_dated("period", period, ctx.dates),
        "value_type": metric.get("value_type"),
        "value": value.get("amount") if money else value.get("value"),
        "value_max": value.get("amount_max") if money else value.get("value_max"),
        "unit": None if money else value.get("unit"),
        "currency": value.get("currency") if money else None,
        "modifier": value.get("modifier"),
        **(ctx.cny(value, period) if money else {}),
        "yoy": _percent(metric.get("yoy")),
        "yoy_unit": (metric.get("yoy") or {}).get("unit"),
        "share": _percent(metric.get("share")),
        "target_completion": _percent(metric.get("target_completion")),
        **_evidence(metric),
    }


def talent_row(ctx: _Context, talent: dict[str, Any]) -> dict[str, Any]:
    count = talent.get("count") or {}
    period = talent.get("period")
    return {
        "doc_id": ctx.doc_id,
        "category": talent.get("category"),
        "count": count.get("value"),
        "count_max": count.get("value_max"),
        "count_unit": count.get("unit"),
        "count_modifier": count.get("modifier"),
        "persons": list(talent.get("persons") or ()),
        "persons_text": _joined(talent.get("persons")),
        "mode": talent.get("mode"),
        "kind": talent.get("kind"),
        "place": talent.get("place"),
        "place_adcode": ctx.adcodes.get(talent.get("place") or ""),
        "organization": talent.get("organization"),
        "period": period,
        **_dated("period", period, ctx.dates),
        **_evidence(talent),
    }


def place_adcodes(report: dict[str, Any]) -> dict[str, str]:
    """Place name -> adcode from the report's place mentions and subject place (first one wins)."""
    codes: dict[str, str] = {}
    places = [m.get("value") or {} for m in report.get("mentions") or () if m.get("type") == "place"]
    if report.get("subject_place"):
        places.append(report["subject_place"])
    for v in places:
        name, adcode = v.get("name"), v.get("adcode")
        for alias in (name, v.get("full_name")):
            if alias and adcode:
                codes.setdefault(alias, adcode)
    return codes


def _date_values(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        (m.get("value") or {}).get("timex"): m.get("value") or {}
        for m in report.get("mentions") or ()
        if m.get("type") == "date"
    }


def rows(reports: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table as plain dicts (what frames() turns into DataFrames)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    for report in map(_as_dict, reports):
        ctx = _Context(report.get("doc_id"), report.get("reference_date"), place_adcodes(report), _date_values(report))
        out["reports"].append(report_row(report))
        out["mentions"] += [mention_row(ctx, m) for m in report.get("mentions") or ()]
        out["deals"] += [deal_row(ctx, d) for d in report.get("deals") or ()]
        out["event_totals"] += [event_total_row(ctx, i, t) for i, t in enumerate(report.get("event_totals") or ())]
        out["metrics"] += [metric_row(ctx, m) for m in report.get("metrics") or ()]
        out["talent"] += [talent_row(ctx, t) for t in report.get("talent") or ()]
    return out


# --- a ledger file ------------------------------------------------------------------------------


def read_ledger(path: str | os.PathLike[str]) -> list[Any]:
    """The reports of a JSONL ledger, the latest line of each source only, as `export` reads them.

    Raises ValueError naming the file and line of a line that is not a report.
    """
    from .export import latest_per_source, read_reports

    problems: list[str] = []
    reports = list(read_reports([path], problems))
    if problems:
        raise ValueError(problems[0])
    return latest_per_source(reports)[0]


def frames(reports: Iterable[Any] | str | os.PathLike[str]) -> dict[str, Any]:
    """{"reports", "mentions", "deals", "event_totals", "metrics", "talent"} -> pandas DataFrame.

    `reports`: Report objects or report dicts (parsed JSON lines), a single one of either, or the
    path of a JSONL ledger (`dsz-extract … > out.jsonl`, `dsz-extract batch -o reports.jsonl`).
    Empty input gives empty frames with all the columns.
    """
    pd = _pandas()
    if isinstance(reports, (str, os.PathLike)):
        reports = read_ledger(Path(reports))
    elif isinstance(reports, dict) or hasattr(reports, "model_dump"):
        reports = [reports]
    table_rows = rows(reports)
    return {name: _frame(pd, table_rows[name], COLUMNS[name]) for name in COLUMNS}


def _frame(pd: Any, table_rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    frame = pd.DataFrame(table_rows, columns=list(columns))
    for column in DATE_COLUMNS.intersection(columns):
        # ISO days; a value that is not a calendar day (never expected) becomes NaT rather than failing
        frame[column] = pd.to_datetime(frame[column], format="ISO8601", errors="coerce")
    return frame.astype({c: _dtype(c) for c in columns})
