"""A view of a text without the pinyin glosses some converted pages put after characters.

Pages run through a pinyin annotator carry a gloss after some characters, inside names too
(陜西省統(tǒng)計局, 濱海新區(qū)發(fā)改委, 中新網(wǎng)). A gloss breaks the run of name characters a
suffix rule reads leftwards, so such names were cut (計局) or lost. A pass runs on the view without
the glosses and maps its spans back: a name keeps the glosses inside it and the one right after its
last character, as the page writes it.
"""

from __future__ import annotations

import bisect
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
    """The text without its glosses, and the maps between view and original offsets."""

    def __init__(self, text: str, glosses: list[tuple[int, int]]) -> None:
        self.original = text
        self._gloss_starts = [s for s, _ in glosses]
        self._gloss_ends = {s: e for s, e in glosses}
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
    def of(cls, text: str) -> GlossFree | None:
        """The view of a text that has glosses; None for the (usual) text without any."""
        if "(" not in text:
            return None
        glosses = [m.span() for m in _GLOSS.finditer(text)]
        return cls(text, glosses) if glosses else None

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


def without_glosses(name: str) -> str:
    """A name as written, less its glosses (中新網(wǎng) → 中新網): the glosses are the page's, not the name's."""
    return _GLOSS.sub("", name) if "(" in name else name
