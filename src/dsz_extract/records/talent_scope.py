"""Breakdowns of an intake: "今年上半年引进人才中，博士124人，硕士1659人；正高职称39人…；到事业单位1947人".

A clause that names the people brought in and closes with 中 ("引进的人才中", "新引进人才当中") scopes the
counts listed after it: each is a part of that intake, talent under its mode whatever the part is called
(本科生, 正高职称, 大专及以下), and a destination ("到事业单位1947人") is a part of the scope's own category with
the destination as its organization. The scope runs over the clauses of its sentence and on into the next
sentences of the paragraph while each ends with a semicolon (the list goes on: "…25514人；正高职称39人…").
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import patterns
from .context import Reading
from .phrase import Phrase
from .sentence import Sentence
from .talent_words import CATEGORY_RE, MODE_RE, TRIM, first_of_run, glossed_alternation

# The clause that opens a breakdown: a mode word, what was brought in, then 中 / 当中 at the clause end.
_SCOPE_END_RE = patterns.compile(r"(?:当中|之中|中)[\s，,：:]*$")
# A list opened by a colon: "引进高层次人才：" (the heading's own words, "情况如下", stay out of its category).
_COLON_END_RE = patterns.compile(r"(?:(?:的)?情况(?:如下)?|如下)?\s*[：:]\s*$")
# A count right after a word of change tells a difference, not people ("较去年同期增加751人").
_CHANGE_BEFORE_RE = patterns.compile(r"(?:增加|减少|增长|下降|净增|多|少)了?(?:约|近|超过)?\s*$")
# A destination part: "到事业单位1947人", "流向非公企业41664人".
_DESTINATION_RE = patterns.compile(r"(?:" + glossed_alternation(("到", "去", "赴", "进入", "流向", "在")) + r")")
_MEMO_KEY = "talent_scope"
_LIST_SEMICOLONS = "；;"


@dataclass(frozen=True)
class Scope:
    """What the people listed under a breakdown clause are: the mode, where its word stands, the category."""

    mode: str
    mode_at: int
    category: Phrase
    sentence: int


def scope_for(reading: Reading, sent: Sentence, offset: int) -> Scope | None:
    """The breakdown scope a count at `offset` is listed under: a scope clause of its sentence before it, else
    one carried from the sentences before that ended with a semicolon."""
    own = None
    for clause in sent.clauses:
        if clause.end > offset:
            break
        found = _scope_clause(reading, sent, clause.start, clause.end)
        own = found or own
    if own is not None:
        return own
    carried: Scope | None = reading.memo.get(_MEMO_KEY)
    if carried is None or not _continues(reading, sent, carried):
        return None
    return carried


def remember(reading: Reading, sent: Sentence) -> None:
    """Carry the sentence's scope (its own or the one it continues) to the next when it ends with a semicolon."""
    # The semicolon first: most sentences end otherwise, and then no scope is read at all.
    ends_a_list_item = _last_character(reading.norm, sent.span.start, sent.span.end) in _LIST_SEMICOLONS
    scope = scope_for(reading, sent, sent.span.end) if ends_a_list_item else None
    if scope is not None:
        reading.memo[_MEMO_KEY] = Scope(scope.mode, scope.mode_at, scope.category, sent.index)
    else:
        reading.memo.pop(_MEMO_KEY, None)


def _last_character(text: str, start: int, end: int) -> str:
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else "\n"


def is_change(reading: Reading, start: int, count_start: int) -> bool:
    """Whether the count tells a difference ("较去年同期增加751人"), not people."""
    return _CHANGE_BEFORE_RE.search(reading.norm, max(start, count_start - 8), count_start) is not None


def destination(reading: Reading, noun: Phrase) -> Phrase | None:
    """Where a part went ("到事业单位" → 事业单位), when the part is told by its destination."""
    found = _DESTINATION_RE.match(reading.norm, noun.start, noun.end)
    if found is None:
        return None
    rest = TRIM(reading.norm, found.end(), noun.end)
    return rest or None


def _colon_head(norm: str, start: int, end: int) -> regex.Match[str] | None:
    """ "引进高层次人才：院士2名，博士45名", "今年引进人才情况如下：…": a mode word and a kind of talent before a colon
    open a list of the people brought in, as "引进人才中，" does (where the colon stands, if so)."""
    colon = _COLON_END_RE.search(norm, start, end)
    if colon is None:
        return None
    modes = list(MODE_RE.finditer(norm, start, colon.start()))
    if not modes:
        return None
    if CATEGORY_RE.search(norm, modes[-1].end(), colon.start()) is None and (
        norm[modes[-1].end() : colon.start()].strip() or CATEGORY_RE.search(norm, start, modes[-1].start()) is None
    ):
        return None  # "人才引进：博士12人": the kind may stand before the mode word closing the heading
    return colon


def _continues(reading: Reading, sent: Sentence, carried: Scope) -> bool:
    """The sentence goes on with the list of the one before: the next sentence of the same paragraph."""
    previous = sent.index - 1
    return carried.sentence == previous and reading.sentences[previous].paragraph == sent.paragraph


def _scope_clause(reading: Reading, sent: Sentence, start: int, end: int) -> Scope | None:
    norm = reading.norm
    close = _SCOPE_END_RE.search(norm, start, end) or _colon_head(norm, start, end)
    if close is None:
        return None
    if any(m.type == "count" for m in sent.between(start, close.start())):
        return None  # "引进的1200名人才中，…": the total is a record of its own, its parts the 其中 list
    modes = list(MODE_RE.finditer(norm, start, close.start()))
    if not modes:
        return _approved_scope(reading, sent, start, close.start())
    mode, mode_at = first_of_run(norm, modes)
    category = TRIM(norm, modes[-1].end(), close.start())
    if not category:
        category = TRIM(norm, start, modes[-1].start())  # "人才引进：": the people before the mode word
    return Scope(mode, mode_at, category, sent.index)


# People approved under an entry scheme, opening a breakdown ("獲批人才當中，高端人才18名、優秀人才76名").
_APPROVED_RE = patterns.compile(r"(?:获批准?|获准)(?:的)?")


def _approved_scope(reading: Reading, sent: Sentence, start: int, end: int) -> Scope | None:
    norm = reading.norm
    approved = list(_APPROVED_RE.finditer(norm, start, end))
    if not approved or CATEGORY_RE.search(norm, approved[-1].end(), end) is None:
        return None
    return Scope("introduced", approved[-1].start(), TRIM(norm, approved[-1].end(), end), sent.index)
