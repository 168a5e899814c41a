"""A sentence that moves on to a later year carries that year to the sentences after it.

"去年本市服务业实际利用外资近80亿美元，今年一季度这一领域再次“炙手可热”，一季度全市…51.6亿美元。其中…引资规模达
49.2亿美元": the sentence opens on last year for a comparison and goes on to this year's quarter; the breakdown
after it is of the quarter, not of last year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # context.py calls here while it builds its sentences
    from .context import Reading
    from .sentence import Sentence


def later_year_topic(reading: Reading, sent: Sentence, topic: Any | None) -> Any | None:
    """The last date opening a clause after `topic` whose year is later than the topic's, else `topic`."""
    if topic is None:
        return None
    year = _year(reading.period_in(sent, topic))
    if year is None:
        return topic
    for m in reversed(sent.between(topic.end, sent.span.end, "date")):
        later = _year(reading.period_in(sent, m))
        if (
            later is not None
            and later > year
            and reading.is_period_date(m)
            and not reading.is_ahead(reading.period_in(sent, m))  # a horizon (到2025年) leads no figures
            and reading.opens_a_clause(sent, m)
        ):
            return m
    return topic


def _year(period: str | None) -> int | None:
    return int(period[:4]) if period and period[:4].isdigit() else None
