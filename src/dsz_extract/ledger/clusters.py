"""Deal rows into deals: the scored pairs merged strongest first, never into a cluster that contradicts itself.

Connected components of the pairs above a threshold chain near-misses together: the county site's
phase 1 is linked to a round-up that names the project without its phase, which is linked to phase
2. Here pairs are taken from the highest match weight down, and two clusters are merged only when
no row of one contradicts a row of the other (`contradicts`): told by the same report (a report
tells each deal once), another stage or phase, a later phase or a programme of phases (二期, 一至六期)
and a row with no phase, places that do not lie within one another, stated
dates more than `DATE_SLACK_DAYS` apart, amounts more than a factor of `AMOUNT_FACTOR` apart,
project capacities with no figure in common (年产20万吨 vs 年产5万吨), or names that share nothing
(investors and projects both named, no investor and no mark of the project in common). A row that could join two
clusters joins the one it matches best, since that pair comes first.

Pure Python over columns (no per-row objects): the rows are the linkage table, the pairs the few
Splink scored above the threshold, so the work is linear in their number (clusters stay small).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

# Two stated dates of one deal: a day and the month of the news, or a ceremony and its later report.
DATE_SLACK_DAYS = 62
# Two amounts of one deal: units, rounding, a phase of the total told as the total (not 300亿 vs 45亿).
AMOUNT_FACTOR = 2.0
_CAPACITY = re.compile(r"\d+(?:\.\d+)?(?:万|亿|千)?(?:吨|gwh|gw|mw|万千瓦|千瓦|平方米|台|套|辆|吋|寸|英寸|代)")


@dataclass(frozen=True)
class Rows:
    """The columns `contradicts` reads, one entry per row (None: not told)."""

    doc_id: Sequence[str | None]
    stage: Sequence[str | None]
    phase: Sequence[str | None]
    adcode: Sequence[str | None]
    date_lo: Sequence[int | None]
    date_hi: Sequence[int | None]
    amount: Sequence[float | None]
    capacities: Sequence[frozenset[str]]
    investors: Sequence[frozenset[str]] = ()  # keys and cores of the investors
    marks: Sequence[frozenset[str]] = ()  # the character pairs of the project's distinctive marks

    @classmethod
    def from_table(cls, table: Any) -> Rows:
        """From the linkage table (pyarrow). The sets are made when a row is checked, not up front: at a
        million rows, a set per row and column would take gigabytes."""
        column = {name: table.column(name).to_pylist() for name in ("doc_id", "stage", "phase", "adcode")}
        return cls(
            doc_id=column["doc_id"],
            stage=column["stage"],
            phase=column["phase"],
            adcode=column["adcode"],
            date_lo=table.column("date_lo").to_pylist(),
            date_hi=table.column("date_hi").to_pylist(),
            amount=table.column("amount_cny").to_pylist(),
            capacities=_Sets(capacities, table.column("project_key")),
            investors=_Sets(_joined, table.column("investor_keys"), table.column("investor_cores")),
            marks=_Sets(_joined, table.column("project_grams")),
        )


class _Sets(Sequence[frozenset[str]]):
    """A set per row, made from the Arrow columns when asked for."""

    def __init__(self, make: Callable[..., frozenset[str]], *columns: Any) -> None:
        self._make, self._columns = make, columns

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, i: int) -> frozenset[str]:  # type: ignore[override]
        return self._make(*(c[i].as_py() for c in self._columns))


def _joined(*lists: list[str] | None) -> frozenset[str]:
    return frozenset(x for values in lists for x in values or ())


def capacities(project_key: str | None) -> frozenset[str]:
    """The capacity figures a project key states: 20万吨高纯晶硅 -> {20万吨}."""
    return frozenset(_CAPACITY.findall(project_key)) if project_key else frozenset()


def _differ(a: Any, b: Any) -> bool:
    return a is not None and b is not None and a != b


def _later_phase(phase: str | None, other: str | None) -> bool:
    """A later phase (二期) or a programme of phases (一至六期) against a row that names no phase: a
    project told without its phase is the project or its first phase, not its second."""
    return phase is not None and phase != "1" and other is None


def _places_apart(a: str | None, b: str | None) -> bool:
    """Neither place lies within the other (371722 is within 371700 and 370000; not within 371600)."""
    if not a or not b:
        return False
    return not (_region(a).startswith(_region(b)) or _region(b).startswith(_region(a)))


def _region(adcode: str) -> str:
    """The significant prefix of an adcode: 370000 -> 37, 371700 -> 3717, 371722 -> 371722."""
    code = adcode[:6]
    return code.rstrip("0") if code.endswith("0000") or code.endswith("00") else code


def contradicts(rows: Rows, i: int, j: int) -> bool:
    """Whether rows i and j cannot be one deal, whatever their names say."""
    if rows.doc_id[i] == rows.doc_id[j]:
        return True
    if _differ(rows.stage[i], rows.stage[j]) or _differ(rows.phase[i], rows.phase[j]):
        return True
    if _later_phase(rows.phase[i], rows.phase[j]) or _later_phase(rows.phase[j], rows.phase[i]):
        return True
    if _places_apart(rows.adcode[i], rows.adcode[j]):
        return True
    lo_i, hi_i, lo_j, hi_j = rows.date_lo[i], rows.date_hi[i], rows.date_lo[j], rows.date_hi[j]
    if None not in (lo_i, hi_i, lo_j, hi_j) and max(lo_i - hi_j, lo_j - hi_i) > DATE_SLACK_DAYS:  # type: ignore[operator]
        return True
    a, b = rows.amount[i], rows.amount[j]
    if a and b and not math.isclose(a, b) and max(a, b) > AMOUNT_FACTOR * min(a, b):
        return True
    if rows.capacities[i] and rows.capacities[j] and not rows.capacities[i] & rows.capacities[j]:
        return True
    return bool(rows.investors) and _names_apart(rows, i, j)


def _names_apart(rows: Rows, i: int, j: int) -> bool:
    """Both name investors and a project, and they share neither: no investor key, core or brand, and
    no character pair of the projects' marks (two signings of one 集中签约 ceremony)."""
    inv_i, inv_j, marks_i, marks_j = rows.investors[i], rows.investors[j], rows.marks[i], rows.marks[j]
    if not (inv_i and inv_j and marks_i and marks_j) or inv_i & inv_j or marks_i & marks_j:
        return False
    return not any(a.startswith(b) or b.startswith(a) for a in inv_i for b in inv_j)


def cluster(n_rows: int, pairs: Sequence[tuple[int, int, float]], rows: Rows) -> list[int]:
    """The cluster (the index of its first row) of each of `n_rows` rows, from (i, j, weight) pairs."""
    parent = list(range(n_rows))
    members: dict[int, list[int]] = {}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j, _weight in sorted(pairs, key=lambda p: -p[2]):
        a, b = root(i), root(j)
        if a == b:
            continue
        group_a, group_b = members.get(a, [a]), members.get(b, [b])
        if any(contradicts(rows, x, y) for x in group_a for y in group_b):
            continue
        if len(group_a) < len(group_b):
            a, b, group_a, group_b = b, a, group_b, group_a
        parent[b] = a
        members[a] = group_a + group_b
        members.pop(b, None)
    return [min(members.get(root(i), [root(i)])) for i in range(n_rows)]
