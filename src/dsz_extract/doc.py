"""The document every pass reads and adds to, in the spirit of spaCy's Doc.

A pass gets the Doc, matches on `doc.norm` (the normalised view), and returns mentions built
with `doc.make(...)` from offsets in the normalised view; the Doc turns them into offsets of the
original text and cuts `text` from the original, so `input[start:end] == mention.text` holds by
construction. The pipeline adds them to `doc.mentions`. Later passes and the record assemblers read `doc.mentions` and the sentence and
clause spans instead of re-scanning the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import models
from .text import NormalizedText, Span, normalize, split_clauses, split_paragraphs, split_sentences

_MENTION_CLASSES: dict[str, type[Any]] = {
    "money": models.MoneyMention,
    "percent": models.PercentMention,
    "count": models.CountMention,
    "date": models.DateMention,
    "place": models.PlaceMention,
    "org": models.OrgMention,
    "project": models.ProjectMention,
    "person": models.PersonMention,
    "event": models.EventMention,
}


@dataclass
class Doc:
    original: str
    reference_date: dt.date | None = None
    # With no reference date, the year the page's opening states: dates without a year take it.
    stated_year: int | None = None
    doc_id: str | None = None
    source: str | None = None
    normalized: NormalizedText = field(init=False)
    mentions: list[Any] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Free slots for passes to leave results for later passes (e.g. the subject place).
    info: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.normalized = normalize(self.original)

    # --- views -----------------------------------------------------------------------------

    @property
    def norm(self) -> str:
        """The normalised text all rules match on (same length as the original)."""
        return self.normalized.text

    @property
    def reference_year(self) -> int | None:
        """The year relative dates count from: the reference date's, else the year the opening states."""
        return self.reference_date.year if self.reference_date is not None else self.stated_year

    @property
    def traditional(self) -> bool:
        return self.normalized.traditional

    @functools.cached_property
    def sentences(self) -> list[Span]:
        return split_sentences(self.norm)

    @functools.cached_property
    def paragraphs(self) -> list[Span]:
        return split_paragraphs(self.norm)

    @functools.cached_property
    def clauses(self) -> list[Span]:
        return [c for s in self.sentences for c in split_clauses(self.norm, s)]

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @functools.cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_at(self, offset: int) -> Span | None:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    @functools.cached_property
    def title(self) -> str | None:
        """The first non-empty line, when it reads as a headline (short, no sentence end)."""
        for p in self.paragraphs:
            line = self.original[p.start : p.end].strip()
            if not line:
                continue
            # read on the normalised text: a line ending in an ASCII period after a Chinese character is a sentence
            if len(line) <= 60 and not self.norm[p.start : p.end].strip().endswith(("。", "！", "？", "：")):
                return line
            return None
        return None

    @functools.cached_property
    def title_span(self) -> Span | None:
        for p in self.paragraphs:
            if self.original[p.start : p.end].strip():
                return p if self.title else None
        return None

    # --- mentions --------------------------------------------------------------------------

    def make(self, kind: str, start: int, end: int, value: Any, *, source: str = "rules") -> Any:
        """Build a mention from normalised offsets; text is cut from the ORIGINAL text."""
        ostart, oend = self.normalized.span_to_original(start, end)
        cls = _MENTION_CLASSES[kind]
        return cls(text=self.original[ostart:oend], start=ostart, end=oend, value=value, source=source)

    def extend(self, mentions: Iterable[Any]) -> None:
        self.mentions.extend(mentions)

    def of_type(self, *kinds: str) -> list[Any]:
        return [m for m in self.mentions if m.type in kinds]

    @functools.cached_property
    def tokens(self) -> list[tuple[str, int, int]]:
        """jieba tokens of the normalised text with their offsets, computed once when asked for."""
        from .tokenize import tokenize

        return tokenize(self.norm)
