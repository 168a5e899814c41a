"""Headline repeats: a figure a headline states and the body states again is one record, the body's.

Pages repeat their main figure in the headline, an 原标题 line or a summary heading ("河南省到2025年将
招引万名博士后等青年人才") and then tell it in the body with its period, place and comparisons.
Annotators record it once, from the body; so does the assembler.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

import regex

from ..text import is_heading
from .context import Reading

# Lines that repeat a page's headline.
HEADLINE_MARKS = ("原标题", "原題", "标题", "題")
_HEADLINE_MARK_RE = regex.compile(r"\s*(?:" + "|".join(HEADLINE_MARKS) + r")\s*[:：]")


def drop_headline_repeats(reading: Reading, records: list[Any], key: Callable[[Any], Hashable]) -> list[Any]:
    """`records` without those standing in a headline line whose key a record of the body has too."""
    headlines: dict[int, bool] = {}  # by paragraph: the records of one paragraph share its line
    in_headline = [_in_headline(reading, r.evidence.start, headlines) for r in records]
    if not any(in_headline):
        return records  # most pages: no record stands in a headline, no key to compare
    body_keys = {key(r) for r, headline in zip(records, in_headline, strict=True) if not headline}
    return [r for r, headline in zip(records, in_headline, strict=True) if not (headline and key(r) in body_keys)]


def metric_key(metric: Any) -> Hashable:
    return (metric.value_type, metric.value.model_dump_json())


def talent_key(talent: Any) -> Hashable:
    return (talent.count.model_dump_json() if talent.count else None, tuple(talent.persons))


def _in_headline(reading: Reading, offset: int, headlines: dict[int, bool]) -> bool:
    paragraph = reading.sentence_at(offset).paragraph
    found = headlines.get(paragraph)
    if found is None:
        line = reading.doc.paragraphs[paragraph].slice(reading.norm)
        found = headlines[paragraph] = is_heading(line) or _HEADLINE_MARK_RE.match(line) is not None
    return found
