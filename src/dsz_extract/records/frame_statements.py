"""The statement a sentence goes on with after "；", for records/frames.py: a statement that turned to a period of its
own keeps its later sentences out of the event's figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import patterns

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence

# A sentence ending with "；": the one after it goes on with the same statement.
_ENDS_WITH_SEMICOLON_RE = patterns.compile(r"[；;]\s*$")
STATEMENT_REACH = 4


def goes_on_from_its_own_period(
    reading: Reading, sent: Sentence, turns: Callable[[Reading, Sentence, int], bool]
) -> bool:
    """The sentence goes on, after "；", from a statement that turned to a period of its own ("今年，绍兴市全市确保完成有效
    投资2860亿元；安排省市重点建设项目630个，…，新增项目开工率90%以上": the year's, not the event's)."""
    index = sent.index
    for _ in range(STATEMENT_REACH):
        if index == 0:
            return False
        before = reading.sentences[index - 1]
        if before.paragraph != sent.paragraph or before.event_frame is not sent.event_frame:
            return False
        if not _ENDS_WITH_SEMICOLON_RE.search(reading.norm, before.span.start, before.span.end):
            return False
        frame = sent.event_frame
        if frame is not None and before.index != frame.opener and turns(reading, before, before.span.end):
            return True
        index -= 1
    return False
