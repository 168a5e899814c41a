"""Parts of a talent total told by a qualifier alone: "全职或柔性引进海内外院士157名（其中全职6人）" → 全职院士, 6.

A part after 其中 / 包括 / 含 whose words name no kind of people, only how or where its people serve (全职, 柔性,
外籍 …, data/lexicon/talent_part_qualifiers.txt), is the total's kind so qualified: the total's category with
the qualifier before it, under the total's mode (a 柔性 part is flexible). Further parts of the same list
("其中全职6人、柔性151人") are read the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import models, patterns
from ..dims._names import words
from .context import Reading
from .sentence import Sentence
from .talent_words import FLEXIBLE_PREFIX, MODE_RE, glossed_alternation, strip_glosses

_QUALIFIER_RE = patterns.compile(
    rf"(?:{glossed_alternation(words('talent_part_qualifiers.txt'))})(?:{MODE_RE.pattern})?\s*$"
)
_OPEN_RE = patterns.compile(r"(?:其中|包括|含)[\s，,：:]*$")
_JOIN_RE = patterns.compile(r"[\s、，,和及]*$")
# How far back from a count its qualifier and the list's opener are looked for (characters).
_REACH = 12


@dataclass(frozen=True)
class QualifiedPart:
    category: str
    mode: str | None
    start: int


def qualified_part(reading: Reading, sent: Sentence, count: Any, earlier: list[models.Talent]) -> QualifiedPart | None:
    """The part a count tells when only a qualifier stands between it and the list's opener or the part before."""
    norm = reading.norm
    qualifier = _QUALIFIER_RE.search(norm, max(sent.span.start, count.start - _REACH), count.start)
    if qualifier is None:
        return _bare_part(reading, sent, count, earlier)
    if not _opens_or_goes_on(reading, sent, qualifier.start()):
        return None
    total = _total_before(earlier, qualifier.start(), count.value.value)
    if total is None:
        return None
    text = strip_glosses(norm[qualifier.start() : qualifier.end()])
    flexible = text.startswith(FLEXIBLE_PREFIX)  # "柔性引进900名": the mode word 柔性引进 is the qualifier too
    word = MODE_RE.sub("", text).strip() or (FLEXIBLE_PREFIX if flexible else "")
    mode = "flexible" if flexible else total.mode
    return QualifiedPart(word + total.category, mode, qualifier.start())


def _opens_or_goes_on(reading: Reading, sent: Sentence, start: int) -> bool:
    """Right before `start`: the opener of the parts (其中), or an earlier part of the list with its own qualifier."""
    norm = reading.norm
    while True:
        if _OPEN_RE.search(norm, max(sent.span.start, start - _REACH), start) is not None:
            return True
        join = _JOIN_RE.search(norm, max(sent.span.start, start - 3), start)
        end = join.start() if join is not None else start
        previous = next(iter(sent.backwards(end, sent.span.start)), None)
        if previous is None or previous.type != "count" or previous.end != end or join is None or join.start() == start:
            return False
        qualifier = _QUALIFIER_RE.search(norm, max(sent.span.start, previous.start - _REACH), previous.start)
        if qualifier is None:
            return False
        start = qualifier.start()


def _bare_part(reading: Reading, sent: Sentence, count: Any, earlier: list[models.Talent]) -> QualifiedPart | None:
    """ "我省新增7名院士，其中两名来自某区，分别是：…": a part right after 其中 that names nothing (where its people
    come from or who they are follows) is the total's kind under the total's mode."""
    norm = reading.norm
    opener = _BARE_OPEN_RE.search(norm, max(sent.span.start, count.start - _REACH), count.start)
    if opener is None or not _NOTHING_NAMED_RE.match(norm, count.end):
        return None
    total = _total_before(earlier, opener.start(), count.value.value)
    if total is None or total.category is None:
        return None
    return QualifiedPart(total.category, total.mode, opener.start())


def _total_before(earlier: list[models.Talent], start: int, value: float) -> models.Talent | None:
    return next(
        (
            t
            for t in reversed(earlier)
            if t.count is not None and t.category and t.evidence.start < start and t.count.value > value
        ),
        None,
    )


# 其中 right before the count: "，其中两名…".
_BARE_OPEN_RE = patterns.compile(r"其中[\s，,：:]*$")
# What follows a count that names no kind of people: where they come from, who they are, or the clause's end.
_NOTHING_NAMED_RE = patterns.compile(r"\s*(?:来自|分别是|分别为|[，,。；;：:])")
