"""A sentence as the record readers see it: its clauses, its mentions indexed by type and offset,
and the topic it inherits (carried place and period, the event frame it is told under).

records/context.py builds the sentences as it walks a document (`Reading`) and fills in their topic;
`Found` is a value a reader took for a record, with where the sentence states it; `Anchors` finds the
nearest one stated before an offset.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..text import Span

if TYPE_CHECKING:  # frames.py reads sentences; a sentence only carries the frame it is told under
    from .frames import EventFrame

# The mention types that are figures of a record.
VALUE_TYPES = ("money", "count", "percent")


# How many mentions before a word may still hold it (a project name over a place and a person: 巩昌镇…, 莫建成艺术馆).
_NESTED_LOOKBACK = 3


@dataclass(frozen=True)
class Found:
    """A value read for a record and, when the sentence states it, where (None when carried)."""

    value: str | None
    start: int | None = None
    end: int | None = None

    def span(self) -> tuple[int, int] | None:
        return (self.start, self.end) if self.start is not None and self.end is not None else None


@dataclass
class Sentence:
    """One sentence of the document with its clauses, its mentions and the topic it inherits."""

    index: int
    span: Span
    paragraph: int
    clauses: list[Span]
    mentions: list[Any]
    carried_place: str | None = None
    # The carried place where a park or project standing as a clause's subject set it ("湘商产业园项目9个，…";
    # "大宗固废基地建设受到…关注"): the area before it. A deal later in the paragraph lies in the area, not in
    # another project.
    carried_area: str | None = None
    carried_period: str | None = None
    # The period of the lead carried into this paragraph (None where the paragraph sets its own).
    lead_period: str | None = None
    # The period an undated deal of the sentence takes: the carried one, but not the lead's past a heading
    # that set none (a new section of a feature: 精准招商 / 量身定策 tell the years before).
    deal_period: str | None = None
    # The date the sentence just before opened with, days included ("11月8日，…举行签约仪式…。其中，…");
    # deals read it, metrics do not (a day dates an event, not a statistic).
    previous_date: str | None = None
    # Filled by the assemblers: the place a record of this sentence used (topic for the next ones).
    used_place: str | None = None
    # The event this sentence is told under (frames.py): its date, place, stage and name.
    event_frame: EventFrame | None = None
    # Whether an earlier sentence of its paragraph said it speaks of the frame's event ("此次…").
    event_said: bool = False

    def __post_init__(self) -> None:
        # Plain attributes, not cached properties: every sentence needs them, and a cached property
        # takes a lock on first use.
        self._clause_starts = [c.start for c in self.clauses]
        self._mention_starts = [m.start for m in self.mentions]
        # Indexed by type in one pass: the readers ask for a dozen kinds per sentence, and a filter
        # over all its mentions per kind made a dense sentence read its mentions a dozen times.
        self._typed: dict[str, list[Any]] = {}
        for m in self.mentions:
            self._typed.setdefault(m.type, []).append(m)
        self._by_kinds: dict[tuple[str, ...], list[Any]] = {(kind,): found for kind, found in self._typed.items()}
        # What several readers look up in the sentence (分别 runs, changes), read once.
        self.memo: dict[str, Any] = {}

    def clause_index(self, offset: int) -> int:
        i = bisect.bisect_right(self._clause_starts, offset) - 1
        return i if i > 0 else 0

    def clause_at(self, offset: int) -> Span:
        # The readers' most frequent question (tens per figure): one call, not two.
        i = bisect.bisect_right(self._clause_starts, offset) - 1
        return self.clauses[i if i > 0 else 0]

    def of_type(self, *kinds: str) -> list[Any]:
        """The mentions of these kinds, in order (computed once per kinds; do not modify the list)."""
        found = self._by_kinds.get(kinds)
        if found is None:
            # Of the kinds asked, mostly one or none is in the sentence: no filter over its mentions then.
            present = [kind for kind in kinds if kind in self._typed]
            if len(present) > 1:
                found = [m for m in self.mentions if m.type in kinds]
            else:
                found = self._typed[present[0]] if present else []
            self._by_kinds[kinds] = found
        return found

    @functools.cached_property
    def value_starts(self) -> frozenset[int]:
        return frozenset(m.start for m in self.of_type("count", "percent"))

    def between(self, start: int, end: int, *kinds: str) -> list[Any]:
        """Mentions inside [start, end) (of the given kinds), in order."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        if lo == hi:
            return []  # half the calls (the words before a figure hold no mention): no slice, no filter
        return [m for m in self.mentions[lo:hi] if m.end <= end and (not kinds or m.type in kinds)]

    def backwards(self, offset: int, stop: int) -> Iterator[Any]:
        """Mentions starting in [stop, offset), nearest first."""
        i = bisect.bisect_left(self._mention_starts, offset) - 1
        while i >= 0 and self.mentions[i].start >= stop:
            yield self.mentions[i]
            i -= 1

    def inside_a_name(self, start: int, end: int, *kinds: str) -> bool:
        """Whether [start, end) lies inside a mention of the given kinds ("莫建成艺术馆": the 建成 of a person's name)."""
        i = bisect.bisect_right(self._mention_starts, start) - 1
        for m in self.mentions[max(0, i - _NESTED_LOOKBACK) : i + 1]:
            if m.start <= start and end <= m.end and m.type in kinds:
                return True
        return False

    def first_from(self, offset: int) -> Any | None:
        """The first mention starting at or after `offset`."""
        i = bisect.bisect_left(self._mention_starts, offset)
        return self.mentions[i] if i < len(self.mentions) else None

    def values(self) -> list[Any]:
        # Asked several times per sentence by every reader: the cached list without unpacking the kinds again.
        found = self._by_kinds.get(VALUE_TYPES)
        return found if found is not None else self.of_type(*VALUE_TYPES)


class Anchors:
    """Values stated in a sentence (dates, places), sorted, for "the nearest one before" lookups."""

    def __init__(self, found: list[Found]) -> None:
        self.found = sorted(found, key=lambda f: f.start or 0)
        self.starts = [f.start or 0 for f in self.found]

    def last_before(self, offset: int) -> Found | None:
        i = bisect.bisect_left(self.starts, offset)
        while i > 0:
            i -= 1
            if (self.found[i].end or 0) <= offset:
                return self.found[i]
        return None
