"""The talent record built from what a reader found: its category as written (glosses, batches and quotes
dropped), its kind (actual / plan / target), place, period and evidence."""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from .context import Reading
from .phrase import Phrase
from .sentence import Sentence
from .talent_words import (
    BATCH_RE,
    EXPECTED_RE,
    EXPECTED_REACH,
    FUTURE_RE,
    GATHERED,
    MODE_WORDS_FOR_KIND,
    PROGRAMME_RE,
    QUALIFYING_QUOTE_RE,
    QUOTES,
    WILL_RE,
    strip_glosses,
)

# "院士、教授、博士、碩士等各類科研高端人才": 各类 after the examples is dropped as it is at the start.
_ALL_KINDS_AFTER_EXAMPLES_RE = patterns.compile(r"(?<=等)各[类類种種](?=\p{Han}{3})")


def _label(reading: Reading, phrase: Phrase | str) -> str:
    """The category as written, glosses dropped; quotes too, unless a quoted word qualifies what follows it
    ("“双一流”知名高校优秀毕业生" keeps them, "“招商大使”和“招商使者”" drops them). A verb that names the
    people (引才) gives the word it stands for (人才)."""
    if isinstance(phrase, str):
        return phrase
    if (batch := BATCH_RE.match(reading.norm, phrase.start, phrase.end)) is not None and phrase.end - batch.end() >= 2:
        phrase = Phrase(batch.end(), phrase.end)  # "第七批泰山学者青年专家": the batch is no kind of people
    text = _ALL_KINDS_AFTER_EXAMPLES_RE.sub("", strip_glosses(reading.original(phrase.start, phrase.end)))
    if QUALIFYING_QUOTE_RE.search(text):
        return text
    return "".join(c for c in text if c not in QUOTES)


def _kind(reading: Reading, sent: Sentence, anchor: Any, mode_at: int | None) -> models.RecordKind:
    """target / plan / actual; talent programmes (入选“万人计划”) are no plan, 将 before the mode word is."""
    programmes = {m.group() for m in PROGRAMME_RE.finditer(reading.norm, sent.span.start, sent.span.end)}
    kind = reading.kind_at(sent, anchor, ignore=(*MODE_WORDS_FOR_KIND, *sorted(programmes, key=len, reverse=True)))
    future = mode_at is not None and FUTURE_RE.search(reading.norm, max(sent.span.start, mode_at - 6), mode_at)
    at = min(anchor.start, mode_at) if mode_at is not None else anchor.start
    expected = EXPECTED_RE.search(reading.norm, max(sent.span.start, at - EXPECTED_REACH), at)
    will = mode_at is not None and WILL_RE.search(reading.norm, sent.span.start, at) is not None
    return "plan" if kind == "actual" and (future or expected or will) else kind


def record(
    reading: Reading,
    sent: Sentence,
    anchor: Any,
    category: Phrase | str,
    count: models.CountValue | None,
    persons: list[str],
    mode: str | None,
    organization: str | None,
    lo: int,
    hi: int,
    *,
    mode_at: int | None = None,
) -> models.Talent:
    place = reading.explicit_place_before(sent, anchor.start)
    if place.value is not None:
        sent.used_place = place.value
    period = reading.period_before(sent, anchor.start)
    return models.Talent(
        category=_label(reading, category) or None,
        count=count,
        persons=persons,
        mode=None if mode == GATHERED else mode,
        kind=_kind(reading, sent, anchor, mode_at if mode is not None else None),
        place=place.value or sent.carried_place,
        organization=organization,
        period=period.value,
        evidence=reading.evidence(sent, lo, hi, place, period),
    )
