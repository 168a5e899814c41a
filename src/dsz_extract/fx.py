"""Amounts in CNY: annual average exchange rates from `data/fx_annual.tsv` (contract §7).

The table gives CNY per unit of a currency for each calendar year (ECB euro reference rates,
daily cross rates averaged per year; `scripts/build_fx_rates.py` builds it). A record is
converted at the rate of its own year; the caller says which year that is.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

RATES_FILE = "fx_annual.tsv"


@dataclass(frozen=True)
class Converted:
    amount_cny: float | None
    rate: float | None  # CNY per unit; 1.0 for CNY
    year: int | None  # the table year the rate is of; None for CNY and when there is no rate


@functools.cache
def rates() -> dict[str, dict[int, float]]:
    """currency -> {year: CNY per unit}."""
    table: dict[str, dict[int, float]] = {}
    text = (resources.files("dsz_extract") / "data" / RATES_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#") or line.startswith("year\t"):
            continue
        year, currency, rate, *_ = line.split("\t")
        table.setdefault(currency, {})[int(year)] = float(rate)
    return table


def _year_in_table(years: dict[int, float], year: int | None) -> int:
    """The record's year, the nearest one the table has, or (no year known) the latest one."""
    if year is None:
        return max(years)
    return min(years, key=lambda y: (abs(y - year), -y))


def to_cny(amount: float | None, currency: str | None, year: int | None) -> Converted:
    """`amount` of `currency` in CNY at the annual average rate of `year`."""
    if amount is None or currency is None:
        return Converted(None, None, None)
    if currency == "CNY":
        return Converted(amount, 1.0, None)
    years = rates().get(currency)
    if not years:
        return Converted(None, None, None)
    used = _year_in_table(years, year)
    rate = years[used]
    return Converted(round(amount * rate, 2), rate, used)


def year_of(*dates: str | None) -> int | None:
    """The first four-digit year among TIMEX values or ISO dates (2023-05-25, 2023-Q1, 2022/2025)."""
    for value in dates:
        if value and value[:4].isdigit():
            return int(value[:4])
    return None
