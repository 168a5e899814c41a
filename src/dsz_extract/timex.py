"""TIMEX3 values as calendar facts for tables: first and last day, precision, month.

A record's date or period is a TIMEX3 value (`2023-08-18`, `XXXX-05-25`, `2023-Q1`,
`2023-01/2023-04`). Tables keep that text and add what SQL and pandas can compute with: the
first and last day when the year is known, the precision the text gave, and the month the
record counts in.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

_TIMEX_POINT = regex.compile(r"(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|H(?P<h>[12])))?")
# The shape of a point whatever its year (XXXX-05-25 is a day of an unknown year).
_SHAPE = regex.compile(r"(?:\d{4}|XXXX)(?P<rest>(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?)")
PRECISIONS = ("day", "month", "quarter", "half", "year", "span")


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


def is_day(timex: str) -> bool:
    """Whether a TIMEX names one day (2023-08-18, XXXX-05-25, XXXX-XX-XX)."""
    return len(timex) == 10 and timex[4] == "-" and timex[7] == "-"


def precision(timex: str | None) -> str | None:
    """day, month, quarter, half, year, or span (an interval A/B); None for anything else."""
    if not timex:
        return None
    if "/" in timex:
        return "span"
    m = _SHAPE.fullmatch(timex.strip())
    if not m:
        return None
    rest = m["rest"]
    if not rest:
        return "year"
    if rest[1] == "Q":
        return "quarter"
    if rest[1] == "H":
        return "half"
    return "day" if len(rest) == 6 else "month"


def month_of(timex: str | None) -> str | None:
    """`YYYY-MM` (or `XXXX-MM`, year unknown) when the value lies within one month, else None."""
    if not timex:
        return None
    first, _, last = timex.partition("/")
    last = last or first
    if precision(first) not in ("day", "month") or precision(last) not in ("day", "month"):
        return None
    return first[:7] if first[:7] == last[:7] else None


def counting_month(timex: str | None, reference_date: str | None) -> str | None:
    """The month a dated record counts in: its own when its date lies within one month, else the
    month of its report's reference date (a deal dated only by year or quarter, or not at all) when
    that date lies inside the record's period; None when it does not (a 2022 deal in a 2023 speech)."""
    own = month_of(timex)
    if own is not None or not reference_date:
        return own
    start, end = timex_bounds(timex)
    if timex and start is None and precision(timex) is not None:
        return None  # a coarse date of an unknown year: no month can be said
    if start is not None and end is not None and not start <= reference_date[:10] <= end:
        return None
    return reference_date[:7]
