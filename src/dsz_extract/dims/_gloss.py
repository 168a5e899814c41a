"""A view of a text without the pinyin glosses some converted pages put after characters.

Pages run through a pinyin annotator carry a gloss after some characters, inside names too
(陜西省統(tǒng)計局, 濱海新區(qū)發(fā)改委, 中新網(wǎng)). A gloss breaks the run of name characters a
suffix rule reads leftwards, so such names were cut (計局) or lost. A pass runs on the view without
the glosses and maps its spans back: a name keeps the glosses inside it and the one right after its
last character, as the page writes it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .. import patterns

# A gloss: lower-case pinyin with a tone mark or ü, in brackets, right after a Han character.
_GLOSS = patterns.compile(r"(?<=\p{Han})\((?=[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")


@dataclass(frozen=True)
class _Mention:
    """An earlier mention moved into the view (the fields `_names.Taken` reads)."""

    start: int
    end: int
    type: str


class GlossFree:
    """The text without its glosses (and, when asked, its hard line wraps), and the maps between view and
    original offsets."""

    def __init__(self, text: str, glosses: list[tuple[int, int]], wraps: tuple[tuple[int, int], ...] = ()) -> None:
        self.original = text
        self.glossed = bool(glosses)
        self.wrapped = bool(wraps)
        # a span keeps the gloss after its last character, never a wrap's line break
        self._gloss_ends = {s: e for s, e in glosses}
        glosses = sorted([*glosses, *wraps])
        self._gloss_starts = [s for s, _ in glosses]
        parts: list[str] = []
        self._origin: list[int] = []  # original offset of each view character
        pos = 0
        for start, end in glosses:
            parts.append(text[pos:start])
            self._origin.extend(range(pos, start))
            pos = end
        parts.append(text[pos:])
        self._origin.extend(range(pos, len(text)))
        self.text = "".join(parts)
        self._removed_before = [0]
        for start, end in glosses:
            self._removed_before.append(self._removed_before[-1] + end - start)

    @classmethod
    def of(cls, text: str, *, wraps: bool = False) -> GlossFree | None:
        """The view of a text that has glosses (or, with `wraps`, hard line wraps); None for the (usual)
        text without any."""
        glosses = [m.span() for m in _GLOSS.finditer(text)] if "(" in text else []
        wrapped = hard_wraps(text) if wraps else ()
        return cls(text, glosses, wrapped) if glosses or wrapped else None

    def to_view(self, pos: int) -> int:
        i = bisect.bisect_right(self._gloss_starts, pos)
        return pos - self._removed_before[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a view span, with the gloss of its last character."""
        o_start = self._origin[start]
        o_end = self._origin[end - 1] + 1
        return o_start, self._gloss_ends.get(o_end, o_end)

    def mentions_in_view(self, mentions: list[Any]) -> list[_Mention]:
        return [_Mention(self.to_view(m.start), self.to_view(m.end), m.type) for m in mentions]


# Hard wraps: text copied from a PDF or a fixed-width page breaks its lines at one width, inside words
# and numbers ("全县生产总值34" / "0亿元，比2012年增长47.7%"). A line break is a wrap when the line before
# it has the page's most common display width (Han and full-width characters 2, others 1; of the lines at
# least WRAP_MIN_WIDTH wide, seen at least WRAP_LINES_NEEDED times), give or take WRAP_SLACK, ends without
# a sentence end, and the next line goes on.
WRAP_MIN_WIDTH = 50
WRAP_SLACK = 6
WRAP_LINES_NEEDED = 3
_ENDS_SENTENCE = frozenset("。！？!?；;：:”」』）)")


def hard_wraps(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each line break that only wraps a line."""
    if "\n" not in text:
        return ()
    lines = _lines(text)
    widths = [_display_width(text, s, e) for s, e in lines]
    width, seen = _page_width(widths)
    if seen < WRAP_LINES_NEEDED:
        return ()
    wraps = [
        (end, end + 1)
        for ((_start, end), w), (nxt, nxt_end) in zip(zip(lines, widths, strict=True), lines[1:], strict=False)
        if abs(w - width) <= WRAP_SLACK and text[end - 1] not in _ENDS_SENTENCE and _goes_on(text, nxt, nxt_end)
    ]
    return tuple(wraps) if len(wraps) >= WRAP_LINES_NEEDED else ()


# A line opening with a heading's number ((一), 二、, 3.) or a list's bullet starts anew, whatever the line
# before it.
_HEADING_START = patterns.compile(r"[（(]?[一二三四五六七八九十0-9]{1,3}[)）、.．]|[-–—•·*●■◆▪【|｜]")


def _goes_on(text: str, start: int, end: int) -> bool:
    return start < end and not text[start].isspace() and _HEADING_START.match(text, start, end) is None


def _page_width(widths: list[int]) -> tuple[int, int]:
    """The width most long lines come within WRAP_SLACK of, and how many do."""
    counts = Counter(w for w in widths if w >= WRAP_MIN_WIDTH)
    best = (0, 0)
    for width in counts:
        seen = sum(counts[w] for w in range(width - WRAP_SLACK, width + WRAP_SLACK + 1))
        best = max(best, (seen, width))
    return best[1], best[0]


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    while (end := text.find("\n", start)) != -1:
        spans.append((start, end))
        start = end + 1
    spans.append((start, len(text)))
    return spans


def _display_width(text: str, start: int, end: int) -> int:
    """Han and full-width characters 2, ASCII 1: (UTF-8 bytes + characters) / 2, counted at C speed."""
    line = text[start:end]
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


def without_glosses(name: str) -> str:
    """A name as written, less its glosses (中新網(wǎng) → 中新網): the glosses are the page's, not the name's."""
    return _GLOSS.sub("", name) if "(" in name else name
