"""The linkage row of a deal: its names as keys, its place as adcode prefixes, its amount and dates as numbers.

One row per deal a report tells (`deal_rows`), made from the flat deal rows of `dsz_extract.frames`
plus the report's reference date and subject place. Dates are kept at the precision the report gives:
a day is a one-day interval, a month a month-long one, a deal with no date of its own (近日) has none
(`date_lo`/`date_hi` null) and is placed in time only by its report's date (`day`), which blocking uses.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from typing import Any

from .. import gazetteer
from ..frames import rows as frame_rows
from ..frames import timex_bounds
from ..names import OrgKey, ProjectKey, fold, org_key, project_key, project_marks

EPOCH = dt.date(1970, 1, 1)
# Blocking windows on the report day: two rows within HALF_WINDOW days always share one of the two
# staggered buckets of WINDOW days (day // WINDOW, (day + HALF_WINDOW) // WINDOW).
WINDOW = 30
HALF_WINDOW = WINDOW // 2

# The columns of a linkage row, in order (the Splink input table).
ROW_COLUMNS: tuple[str, ...] = (
    "unique_id",
    "doc_id",
    "row_index",
    "project",
    "project_key",
    "project_core",
    "project_grams",
    "phase",
    "investors",
    "investor_keys",
    "investor_cores",
    "investor_key1",
    "investor_core1",
    "place",
    "place_key",
    "adcode",
    "adcode_city",
    "adcode_prov",
    "amount_cny",
    "date",
    "date_lo",
    "date_hi",
    "day",
    "bucket",
    "bucket_shifted",
    "stage",
    "evidence_start",
    "evidence_end",
    "evidence_text",
)


def day_number(iso: str | None) -> int | None:
    """Days since 1970-01-01 of an ISO date, or of the middle of a month (2021-06) or year (2021); else None."""
    if not iso:
        return None
    lo, hi = timex_bounds(iso[:10])
    if lo is None or hi is None:
        return None
    return ((dt.date.fromisoformat(lo) - EPOCH).days + (dt.date.fromisoformat(hi) - EPOCH).days) // 2


@functools.lru_cache(maxsize=200_000)
def cached_org_key(name: str) -> OrgKey:
    return org_key(name)


@functools.lru_cache(maxsize=200_000)
def cached_project_key(name: str) -> ProjectKey:
    return project_key(name)


@functools.lru_cache(maxsize=200_000)
def project_grams(project: str, investors: tuple[str, ...]) -> list[str] | None:
    """The character pairs of a project's distinctive marks (names.project_marks), or None when it has
    none: 宁德时代贵州基地 and 宁德时代贵州新能源动力电池基地 agree on what one says and the other omits."""
    marks = project_marks(project, investors)
    if len(marks) < 2:
        return None
    return sorted({marks[i : i + 2] for i in range(len(marks) - 1)})


@functools.lru_cache(maxsize=50_000)
def place_adcode(name: str | None) -> str | None:
    """The adcode of the most specific place a place string names (山东省菏泽市单县 -> 371722).

    Each place found must lie within the one before it; a name several places share is settled by
    the one before it, or left out when nothing settles it.
    """
    if not name:
        return None
    gaz = gazetteer.get()
    chosen: gazetteer.Place | None = None
    for _start, _end, key in gaz.find_all(fold(name)):
        senses = [p for p in (_coded(s.place) for s in gaz.senses(key) if s.form != "weak") if p is not None]
        if chosen is not None:
            senses = [p for p in senses if p.is_within(chosen)] or []
        if len(senses) == 1 or (senses and len({p.adcode for p in senses}) == 1):
            chosen = senses[0]
    return chosen.adcode if chosen is not None else None


def _coded(place: gazetteer.Place | None) -> gazetteer.Place | None:
    """The place, or for a zone without an adcode of its own (贵安新区) the nearest one around it."""
    while place is not None and not place.adcode:
        place = place.parent
    return place


def adcode_prefixes(adcode: str | None) -> tuple[str | None, str | None]:
    """(city, province) prefixes of a six-digit adcode: 371722 -> (3717, 37); a province has no city."""
    if not adcode or len(adcode) < 6 or not adcode.isdigit():
        return None, None
    city = adcode[:4] if adcode[2:4] != "00" else None
    return city, adcode[:2]


def linkage_row(
    doc_id: str,
    index: int,
    *,
    projects: Iterable[str] = (),
    investors: Iterable[str] = (),
    place: str | None = None,
    adcode: str | None = None,
    amount_cny: float | None = None,
    date: str | None = None,
    date_lo: str | None = None,
    date_hi: str | None = None,
    reference_date: str | None = None,
    stage: str | None = None,
    evidence: tuple[int | None, int | None, str | None] = (None, None, None),
) -> dict[str, Any]:
    """One linkage row. `adcode` wins over `place` (a name the gazetteer resolves), which wins over a
    place the project's name starts with."""
    investors = tuple(n for n in investors if n)
    project = next(iter(projects), None)
    pkey = cached_project_key(project) if project else None
    okeys = [cached_org_key(n) for n in investors if n]
    adcode = adcode or place_adcode(place) or (pkey.adcode if pkey else None)  # 宜宾制造基地: the name's place
    city, prov = adcode_prefixes(adcode)
    lo, hi = day_number(date_lo), day_number(date_hi)
    day = (lo + hi) // 2 if lo is not None and hi is not None and hi - lo <= 31 else day_number(reference_date)
    return {
        "unique_id": f"{doc_id}#{index}",
        "doc_id": doc_id,
        "row_index": index,
        "project": project,
        "project_key": (pkey.key or None) if pkey else None,
        "project_core": (pkey.core or None) if pkey else None,
        "project_grams": project_grams(project, investors) if project else None,
        "phase": pkey.phase if pkey else None,
        "investors": [k.name for k in okeys],
        "investor_keys": sorted({k.key for k in okeys}) or None,
        "investor_cores": sorted({k.core for k in okeys}) or None,
        "investor_key1": okeys[0].key if okeys else None,
        "investor_core1": okeys[0].core if okeys else None,
        "place": place,
        "place_key": fold(place) if place else None,
        "adcode": adcode,
        "adcode_city": city,
        "adcode_prov": prov,
        "amount_cny": float(amount_cny) if amount_cny is not None else None,
        "date": date,
        "date_lo": lo,
        "date_hi": hi,
        "day": day,
        "bucket": day // WINDOW if day is not None else None,
        "bucket_shifted": (day + HALF_WINDOW) // WINDOW if day is not None else None,
        "stage": stage,
        "evidence_start": evidence[0],
        "evidence_end": evidence[1],
        "evidence_text": evidence[2],
    }


def deal_rows(reports: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The linkage rows of every deal in `reports` (report dicts); the place falls back to the subject place."""
    for report in reports:
        doc_id = str(report.get("doc_id"))
        subject = report.get("subject_place") or {}
        tables = frame_rows([report])
        for i, deal in enumerate(tables["deals"]):
            yield linkage_row(
                doc_id,
                i,
                projects=deal["projects"],
                investors=deal["investors"],
                place=deal["place"] or subject.get("name"),
                adcode=deal["place_adcode"] or (subject.get("adcode") if not deal["place"] else None),
                amount_cny=deal["total_amount_cny"],
                date=deal["date"],
                date_lo=deal["date_start"],
                date_hi=deal["date_end"],
                reference_date=report.get("reference_date"),
                stage=deal["stage"],
                evidence=(deal["evidence_start"], deal["evidence_end"], deal["evidence_text"]),
            )


def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """A stated date (2021-06-18, 2021-06, 2021) as its first and last day."""
    return timex_bounds(date)


def _schema() -> Any:
    import pyarrow as pa

    text, whole, real, texts = pa.string(), pa.int64(), pa.float64(), pa.list_(pa.string())
    types = {
        "row_index": whole,
        "project_grams": texts,
        "investors": texts,
        "investor_keys": texts,
        "investor_cores": texts,
        "amount_cny": real,
        "date_lo": whole,
        "date_hi": whole,
        "day": whole,
        "bucket": whole,
        "bucket_shifted": whole,
        "evidence_start": whole,
        "evidence_end": whole,
    }
    return pa.schema([(name, types.get(name, text)) for name in ROW_COLUMNS])


def rows_table(rows: Iterable[dict[str, Any]]) -> Any:
    """Linkage rows as a pyarrow table with fixed types (so an all-null column is still typed)."""
    import pyarrow as pa

    return pa.Table.from_pylist(list(rows), schema=_schema())
