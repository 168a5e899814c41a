"""Reports as pandas DataFrames: one flat table each for mentions, deals, metrics and talent.

    >>> import dsz_extract
    >>> tables = dsz_extract.frames(reports)          # Report objects or parsed JSON lines
    >>> tables["deals"].groupby("place")["total_amount_cny"].sum()

Every row carries `doc_id`. Normalised values are spread over flat columns (see the *_COLUMNS
tuples below); a column that does not apply to a row is empty (None/NaN). `amount_cny` is the
amount when the currency is CNY and empty otherwise: there is no currency conversion. Lists
(projects, investors, persons) are kept as lists, with a "、"-joined `*_text` column next to them
for filtering and export. pandas is an optional dependency (`pip install dsz-extract[notebook]`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from typing import Any

import regex

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
    # percent, count (and money's modifier)
    "value",
    "value_max",
    "unit",
    "modifier",
    # date
    "timex",
    "period_start",
    "period_end",
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
    "foreign_amount",
    "foreign_currency",
    "completed_amount",
    "completed_currency",
    "stage",
    "date",
    "date_start",
    "date_end",
    "event",
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
    "value_type",
    "value",
    "value_max",
    "unit",
    "currency",
    "modifier",
    "amount_cny",
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
    "evidence_start",
    "evidence_end",
    "evidence_text",
)

# Nullable dtypes so a missing value does not turn a column of ints into floats or a column of
# strings into objects; any column not listed here holds strings, list columns hold lists.
INT_COLUMNS = frozenset({"start", "end", "evidence_start", "evidence_end", "project_count"})
FLOAT_COLUMNS = frozenset(
    {
        "amount",
        "amount_max",
        "amount_cny",
        "value",
        "value_max",
        "total_amount",
        "total_amount_max",
        "total_amount_cny",
        "foreign_amount",
        "completed_amount",
        "yoy",
        "share",
        "target_completion",
        "count",
        "count_max",
    }
)
BOOL_COLUMNS = frozenset({"anaphor"})
LIST_COLUMNS = frozenset({"projects", "investors", "persons"})


def _dtype(column: str) -> str:
    if column in INT_COLUMNS:
        return "Int64"
    if column in FLOAT_COLUMNS:
        return "Float64"
    if column in BOOL_COLUMNS:
        return "boolean"
    if column in LIST_COLUMNS:
        return "object"
    return "string"


COLUMNS: dict[str, tuple[str, ...]] = {
    "mentions": MENTION_COLUMNS,
    "deals": DEAL_COLUMNS,
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


# --- periods ----------------------------------------------------------------------------------

_TIMEX_POINT = regex.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])))?")


def _point_bounds(timex: str) -> tuple[dt.date, dt.date] | None:
    m = _TIMEX_POINT.fullmatch(timex.strip())
    if not m:
        return None
    year = int(m["y"])
    try:
        if m["d"]:
            day = dt.date(year, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            first, last = int(m["m"]), int(m["m"])
        elif m["q"]:
            first = 3 * int(m["q"]) - 2
            last = first + 2
        elif m["h"]:
            first = 6 * int(m["h"]) - 5
            last = first + 5
        else:
            first, last = 1, 12
        return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
    except ValueError:  # 2023-13, 2023-02-30: not a calendar date
        return None


def timex_bounds(timex: str | None) -> tuple[str | None, str | None]:
    """First and last day (ISO) of a TIMEX3 value with a known year; (None, None) otherwise.

    Handles 2023, 2023-08, 2023-08-18, 2023-Q1, 2023-H1 and intervals A/B (start of A, end of B).
    """
    if not timex:
        return None, None
    parts = timex.split("/")
    if len(parts) > 2:
        return None, None
    first, last = _point_bounds(parts[0]), _point_bounds(parts[-1])
    if first is None or last is None:
        return None, None
    return first[0].isoformat(), last[1].isoformat()


def _period_bounds(timex: str | None, date_values: dict[str, dict[str, Any]]) -> tuple[str | None, str | None]:
    """Bounds of a record's period: from the TIMEX value, else from a date mention with that value."""
    start, end = timex_bounds(timex)
    if start is None and timex in date_values:
        v = date_values[timex]
        return v.get("start"), v.get("end")
    return start, end


# --- rows -------------------------------------------------------------------------------------


def _as_dict(report: Any) -> dict[str, Any]:
    if isinstance(report, dict):
        return report
    if hasattr(report, "model_dump"):
        return report.model_dump(mode="json")
    raise TypeError(f"frames() takes Report objects or report dicts, got {type(report).__name__}")


def _cny(amount: Any, currency: Any) -> Any:
    return amount if currency == "CNY" else None


def _joined(items: list[str] | None) -> str:
    return "、".join(items or ())


def _evidence(record: dict[str, Any]) -> dict[str, Any]:
    ev = record.get("evidence") or {}
    return {"evidence_start": ev.get("start"), "evidence_end": ev.get("end"), "evidence_text": ev.get("text")}


def mention_row(doc_id: Any, mention: dict[str, Any]) -> dict[str, Any]:
    v = dict(mention.get("value") or {})
    row = {
        "doc_id": doc_id,
        "type": mention.get("type"),
        "text": mention.get("text"),
        "start": mention.get("start"),
        "end": mention.get("end"),
        "source": mention.get("source"),
    }
    if mention.get("type") == "date":
        # the period's first and last day; `start`/`end` are the mention's offsets
        row["period_start"], row["period_end"] = v.pop("start", None), v.pop("end", None)
    v.pop("candidates", None)
    row.update({k: val for k, val in v.items() if k in MENTION_COLUMNS})
    if mention.get("type") == "money":
        row["amount_cny"] = _cny(v.get("amount"), v.get("currency"))
    return row


def _amount_of(deal: dict[str, Any], role: str) -> dict[str, Any]:
    for a in deal.get("amounts") or ():
        if a.get("role") == role:
            return a.get("money") or {}
    return {}


def deal_row(
    doc_id: Any, deal: dict[str, Any], adcodes: dict[str, str], dates: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    total, foreign, completed = (_amount_of(deal, role) for role in ("total", "foreign", "completed"))
    date_start, date_end = _period_bounds(deal.get("date"), dates)
    return {
        "doc_id": doc_id,
        "projects": list(deal.get("projects") or ()),
        "projects_text": _joined(deal.get("projects")),
        "project_count": deal.get("project_count"),
        "investors": list(deal.get("investors") or ()),
        "investors_text": _joined(deal.get("investors")),
        "place": deal.get("place"),
        "place_adcode": adcodes.get(deal.get("place") or ""),
        "total_amount": total.get("amount"),
        "total_amount_max": total.get("amount_max"),
        "total_currency": total.get("currency"),
        "total_modifier": total.get("modifier"),
        "total_amount_cny": _cny(total.get("amount"), total.get("currency")),
        "foreign_amount": foreign.get("amount"),
        "foreign_currency": foreign.get("currency"),
        "completed_amount": completed.get("amount"),
        "completed_currency": completed.get("currency"),
        "stage": deal.get("stage"),
        "date": deal.get("date"),
        "date_start": date_start,
        "date_end": date_end,
        "event": deal.get("event"),
        **_evidence(deal),
    }


def _percent(v: dict[str, Any] | None) -> Any:
    return (v or {}).get("value")


def metric_row(
    doc_id: Any, metric: dict[str, Any], adcodes: dict[str, str], dates: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    value = metric.get("value") or {}
    money = metric.get("value_type") == "money"
    amount = value.get("amount") if money else value.get("value")
    period_start, period_end = _period_bounds(metric.get("period"), dates)
    return {
        "doc_id": doc_id,
        "indicator": metric.get("indicator"),
        "kind": metric.get("kind"),
        "place": metric.get("place"),
        "place_adcode": adcodes.get(metric.get("place") or ""),
        "period": metric.get("period"),
        "period_start": period_start,
        "period_end": period_end,
        "value_type": metric.get("value_type"),
        "value": amount,
        "value_max": value.get("amount_max") if money else value.get("value_max"),
        "unit": None if money else value.get("unit"),
        "currency": value.get("currency") if money else None,
        "modifier": value.get("modifier"),
        "amount_cny": _cny(amount, value.get("currency")) if money else None,
        "yoy": _percent(metric.get("yoy")),
        "yoy_unit": (metric.get("yoy") or {}).get("unit"),
        "share": _percent(metric.get("share")),
        "target_completion": _percent(metric.get("target_completion")),
        **_evidence(metric),
    }


def talent_row(
    doc_id: Any, talent: dict[str, Any], adcodes: dict[str, str], dates: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    count = talent.get("count") or {}
    period_start, period_end = _period_bounds(talent.get("period"), dates)
    return {
        "doc_id": doc_id,
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
        "place_adcode": adcodes.get(talent.get("place") or ""),
        "organization": talent.get("organization"),
        "period": talent.get("period"),
        "period_start": period_start,
        "period_end": period_end,
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
        doc_id = report.get("doc_id")
        adcodes = place_adcodes(report)
        dates = _date_values(report)
        out["mentions"] += [mention_row(doc_id, m) for m in report.get("mentions") or ()]
        out["deals"] += [deal_row(doc_id, d, adcodes, dates) for d in report.get("deals") or ()]
        out["metrics"] += [metric_row(doc_id, m, adcodes, dates) for m in report.get("metrics") or ()]
        out["talent"] += [talent_row(doc_id, t, adcodes, dates) for t in report.get("talent") or ()]
    return out


def frames(reports: Iterable[Any]) -> dict[str, Any]:
    """{"mentions", "deals", "metrics", "talent"} -> pandas DataFrame, one row per item.

    `reports`: Report objects or report dicts (parsed JSON lines), or a single one of either.
    Empty input gives empty frames with all the columns.
    """
    pd = _pandas()
    if isinstance(reports, dict) or hasattr(reports, "model_dump"):
        reports = [reports]
    table_rows = rows(reports)
    return {name: _frame(pd, table_rows[name], COLUMNS[name]) for name in COLUMNS}


def _frame(pd: Any, table_rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    frame = pd.DataFrame(table_rows, columns=list(columns))
    return frame.astype({c: _dtype(c) for c in columns})
