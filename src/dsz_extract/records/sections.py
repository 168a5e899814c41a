"""The period a section of a report speaks of (records/context.py carries it across paragraphs): a heading line
sets it, and so does a paragraph opening with a bare year before the reference year (a review).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..timex import is_day

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence


class Section:
    """The period a section of a report speaks of, carried across its paragraphs.

    A heading sets it to its latest date, or to none ("一、2023年工作回顾" / "二、重点任务"); a
    paragraph opening with a bare year before the reference year sets it too (a review: "2022年，
    我们…"), so the paragraphs after it that state no period speak of that year.
    """

    def __init__(self) -> None:
        self.period: str | None = None
        self._last: str | None = None
        self._opening: str | None = None
        self._first = True
        self.headed = False  # a heading was passed

    def read(self, reading: Reading, sent: Sentence) -> None:
        dates = [m for m in sent.of_type("date") if reading.is_period_date(m)]
        if dates:
            self._last = dates[-1].value.timex
        if self._first:
            opening = reading.opening_date(sent)
            if opening is not None and is_review_year(opening, reading.doc.reference_date):
                self._opening = opening.value.timex
        self._first = False

    def leave(self, reading: Reading, paragraph: int, *, lead_told: bool) -> None:
        """Close `paragraph`; `lead_told`: whether the lead has set its period yet (a heading above the lead,
        a page's path or stamp line, starts no section of its own: the lead's period is a deal's after it)."""
        if paragraph >= 0:
            if reading.is_heading(paragraph) and self._last is not None and is_day(self._last):
                # A page's stamp line ("东北新闻网 2017-08-03"): a day is no section's period; the lead's period after
                # it carries on (a deal's still stops at it, as at any heading past the lead).
                self.headed = self.headed or lead_told
            elif reading.is_heading(paragraph):
                # a headline's horizon (河南省到2025年将招引万名博士后) is no period of the section's figures
                self.period = None if reading.is_ahead(self._last) else self._last
                self.headed = self.headed or lead_told
            elif self._opening is not None:
                self.period = self._opening
        self._last = self._opening = None
        self._first = True


def is_review_year(date: Any, reference: Any) -> bool:
    """A bare year ("2022年，…") before the reference year: the year a review speaks of."""
    timex = date.value.timex
    if len(timex) != 4 or not timex.isdigit() or date.value.mod is not None:
        return False
    return reference is None or int(timex) < reference.year
