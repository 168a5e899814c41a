"""The figures of a sentence while records/metrics.py builds its metrics: each figure's value, name and what the
percents after it add, kept in text order for "the figure just before this percent" lookups."""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .. import models
from . import metric_breakdowns
from .context import Reading
from .phrase import EMPTY, Phrase
from .sentence import Found, Sentence


@dataclass
class Figure:
    """A metric being built; percents found later in the sentence may still attach to it."""

    value: Any
    indicator: Phrase
    value_type: str
    number: Any
    extra: list[Any] = field(default_factory=list)
    yoy: models.PercentValue | None = None
    share: models.PercentValue | None = None
    completion: models.PercentValue | None = None
    place: Found | None = None  # the place a 分别 list gives this figure
    target_named: bool = False  # its name says it is a target ("…招商引资目标任务")
    period: Found | None = None  # the period stated beside it ("从2016年的695.7亿元")
    since: str | None = None  # the year a change to it started from ("从2016年的…增加到2021年的…")
    new_verb: Phrase = EMPTY  # a verb of new things before a count told first ("新增4家…企业" → 新增…企业)
    shared_noun: Phrase = EMPTY  # the noun a short name of a 分别 list shares with the last (城镇、农村居民…收入)


# How many figures back a figure told place by place looks for the last one of its own type (the count before its
# money: "重大项目230个，总投资1500亿元，其中福州28个").
_TYPE_LOOKBACK = 4


class Figures:
    """The figures of a sentence in text order, for "the figure just before this percent" lookups."""

    def __init__(self) -> None:
        self.all: list[Figure] = []
        self._starts: list[int] = []

    def add(self, figure: Figure) -> None:
        i = bisect.bisect_right(self._starts, figure.value.start)
        self._starts.insert(i, figure.value.start)
        self.all.insert(i, figure)

    def before(self, offset: int) -> list[Figure]:
        """The figures ending before `offset` (a slice: use for short runs only)."""
        return [f for f in self.all[: bisect.bisect_left(self._starts, offset)] if f.value.end <= offset]

    def last_before(self, offset: int) -> Figure | None:
        i = bisect.bisect_left(self._starts, offset) - 1
        return self.all[i] if i >= 0 and self.all[i].value.end <= offset else None

    def last_of_type_before(self, offset: int, value_type: str) -> Figure | None:
        """The last figure of `value_type` ending before `offset`, among the few figures right before it."""
        i = bisect.bisect_left(self._starts, offset) - 1
        for figure in reversed(self.all[max(0, i + 1 - _TYPE_LOOKBACK) : i + 1]):
            if figure.value.end <= offset and figure.value_type == value_type:
                return figure
        return None

    def remove(self, figure: Figure) -> None:
        i = self.all.index(figure)
        del self.all[i], self._starts[i]


def add_each_place(
    reading: Reading, sent: Sentence, figures: Figures, figure: Figure, transparent: frozenset[Any]
) -> Figure:
    """The figure, once for each place of a list it is every one's ("芜湖、宣城、滁州超300亿元"), else once;
    returns the first added."""
    places = metric_breakdowns.shared_places(reading, sent, figure.value, transparent)
    if not places:
        figures.add(figure)
        return figure
    named = figure.indicator
    named = Phrase(metric_breakdowns.past_places_count(reading.norm, named.start, named.end), named.end)
    each = [
        dataclasses.replace(figure, indicator=named, extra=[], place=Found(p.value.name, p.start, p.end))
        for p in places
    ]
    for one in each:
        figures.add(one)
    return each[0]
