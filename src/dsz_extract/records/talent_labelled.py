"""Experts named after a label that says they entered a workstation: "湘西某公司（进站专家：中南大学教授周永华）",
"某公司，进站院士为桂卫华", "入站专家有张三、李四", "建站院士：…".

The label (进站 / 入站 / 建站 / 驻站 and the kind of expert) is the record's category; the experts listed after it,
each with the body they come from and their title, are its persons; the body hosting the station, named last
before the label outside any bracket closed before it, is the organization (docs/contract.md §7, stations).
Mode flexible, no count. Lists of this kind are often unpunctuated in ways the person pass does not read (a
name right after a research institute), so a name at the end of an item is checked here by its surname.
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from ..dims._person_names import given_ok, surname_at
from .context import Reading, dedupe
from .phrase import Phrase
from .sentence import Sentence
from .talent_words import GLOSS_RE, At, glossed_alternation, strip_glosses

# "进站专家：", "进站院士为", "入站专家有", "建站院士:" — a colon, 为, 有 or 是 may follow.
_LABEL_RE = patterns.compile(
    rf"(?:{glossed_alternation(('进站', '入站', '建站', '驻站'))})"
    rf"(?P<kind>{glossed_alternation(('院士', '专家', '博士后', '博士', '教授'))})"
    r"\s*(?:[:：]|为|有|是)\s*"
)
# What ends the list of a label: its bracket, or the end of the clause.
_LIST_END_RE = patterns.compile(r"[)）;；。，,\n]")
_ITEM_SPLIT_RE = patterns.compile(r"[、]")
# Titles that may stand right before the name closing an item ("中南大学教授周永华").
_TITLE_BEFORE_NAME_RE = patterns.compile(
    r"(?:高级工程师|工程师|副研究员|研究员|副教授|教授|院士|博士后|博士|专家|主任|所长|院长)"
)
_OPENING = "(（"
_CLOSING = ")）"


def labelled(reading: Reading, sent: Sentence, record: Any) -> tuple[list[Any], set[int]]:
    """The records of the sentence's station labels, and where the person mentions they took start."""
    norm = reading.norm
    records: list[Any] = []
    taken: set[int] = set()
    floor = sent.span.start
    for label in _LABEL_RE.finditer(norm, sent.span.start, sent.span.end):
        stop = _LIST_END_RE.search(norm, label.end(), sent.span.end)
        end = stop.start() if stop is not None else sent.span.end
        found = [n for n in (_item_name(reading, sent, item) for item in _items(norm, label.end(), end)) if n]
        if not found:
            continue
        host = _host(reading, sent, floor, label.start())
        floor = end
        names = dedupe(strip_glosses(reading.original(n.start, n.end)) for n in found)
        taken.update(m.start for m in sent.between(label.end(), end, "person"))
        category = Phrase(label.start("kind"), label.end("kind"))
        org = strip_glosses(reading.original(host.start, host.end)) if host is not None else None
        lo = host.start if host is not None else label.start()
        at = At(found[0].start, found[0].end)
        records.append(record(reading, sent, at, category, None, names, "flexible", org, lo, found[-1].end))
    return records, taken


def _items(norm: str, start: int, end: int) -> list[Phrase]:
    items = []
    for piece in _ITEM_SPLIT_RE.split(norm[start:end]):
        items.append(Phrase(start, start + len(piece)))
        start += len(piece) + 1
    return items


def _item_name(reading: Reading, sent: Sentence, item: Phrase) -> Phrase | None:
    """The name closing an item: a person mention, else what follows the item's last body or title when it
    reads as a name ("…研究所鲁耀雄", "为桂卫华")."""
    norm = reading.norm
    persons = sent.between(item.start, item.end, "person")
    if persons:
        return Phrase(persons[-1].start, persons[-1].end)
    start = max([item.start, *(m.end for m in sent.between(item.start, item.end))])
    titles = list(_TITLE_BEFORE_NAME_RE.finditer(norm, start, item.end))
    if titles:
        start = titles[-1].end()
    name = _trimmed(norm, Phrase(start, item.end))
    return name if is_name(strip_glosses(norm[name.start : name.end])) else None


def _trimmed(norm: str, phrase: Phrase) -> Phrase:
    start, end = phrase.start, phrase.end
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return Phrase(start, end)


def is_name(text: str) -> bool:
    """A Chinese name: a surname and a given name of one or two characters."""
    surname = surname_at(text, 0)
    return surname > 0 and 1 <= len(text) - surname <= 2 and given_ok(text, surname, len(text))


def _host(reading: Reading, sent: Sentence, start: int, label_at: int) -> Any | None:
    """The body hosting the station: the last org before the label that no bracket closed before the label
    encloses ("某公司（联合单位：某研究所）（进站博士：…）" → 某公司)."""
    for org in reversed(sent.between(start, label_at, "org")):
        if not _closed_around(reading.norm, org.end, label_at):
            return org
    return None


def _closed_around(norm: str, start: int, end: int) -> bool:
    """Whether a bracket open at `start` closes before `end` (glosses such as (jìn) are no brackets)."""
    depth = 0
    for c in GLOSS_RE.sub(lambda m: " " * len(m.group()), norm[start:end]):
        if c in _OPENING:
            depth += 1
        elif c in _CLOSING:
            depth -= 1
            if depth < 0:
                return True
    return False
