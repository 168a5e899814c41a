"""Experts named in a list closed by 等 and their kind: "引入张立群、张联盟等院士专家团队", "已集聚卞修武、段树民等院士
领衔的29个科研团队", "张某、李某等院士专家团队落户某区".

The names are bare (no title beside each), so the person pass often does not read them; here each item of the
list is checked by its surname, and a list counts only with two names or more. The kind after 等 is the
category; the mode word before the list (or 落户 after the kind) is the mode, and experts leading teams
(…等院士领衔) are talent without one. The teams they lead, when counted, are a record of their own.
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading, dedupe
from .phrase import Phrase
from .sentence import Sentence
from .talent_labelled import is_name
from .talent_words import CATEGORY_RE, MODE_AFTER_RE, MODE_RE, TRIM, At, first_of_run, mode_of, strip_glosses

# 等 and the kind of people the list names, up to what they do or the end of the clause.
_ETC_KIND_RE = patterns.compile(
    r"等(?P<kind>[^，,。；;、的\d]{2,10}?)(?=领衔|牵头|的|[，,。；;]|$|" + MODE_AFTER_RE.pattern + ")"
)
_LEAD_RE = patterns.compile(r"领衔|牵头")
# The longest name a list item may be, glosses dropped (a surname of two and a given name of two).
_NAME_LENGTHS = (3, 2)


def listed_before_kind(reading: Reading, sent: Sentence, record: Any) -> tuple[list[Any], set[int]]:
    """The records of the sentence's name lists closed by 等 and a kind of expert, and the person mentions taken."""
    norm = reading.norm
    records: list[Any] = []
    taken: set[int] = set()
    for etc in _ETC_KIND_RE.finditer(norm, sent.span.start, sent.span.end):
        kind = TRIM(norm, etc.start("kind"), etc.end("kind"))
        if not kind or not CATEGORY_RE.search(norm, kind.start, kind.end):
            continue
        clause = sent.clause_at(etc.start())
        names = _names_before(reading, sent, clause.start, etc.start())
        if len(names) < 2:
            continue
        mode, lo = _mode(reading, clause.start, names[0].start, kind.end, clause.end)
        if CATEGORY_RE.search(norm, lo, names[0].start):
            continue  # "引进国家高层次人才李玮、刘晓鸣等…": the kind before the names is theirs (talent_named)
        if mode is None and not _LEAD_RE.match(norm, kind.end):
            continue
        persons = dedupe(strip_glosses(reading.original(n.start, n.end)) for n in names)
        taken.update(m.start for m in sent.between(names[0].start, etc.start(), "person"))
        at = At(names[0].start, names[0].end)
        records.append(record(reading, sent, at, kind, None, persons, mode, None, min(lo, names[0].start), kind.end))
    return records, taken


def _names_before(reading: Reading, sent: Sentence, start: int, end: int) -> list[Phrase]:
    """The names of the 、 list ending at `end`, first to last; empty when an item is no name."""
    norm = reading.norm
    names: list[Phrase] = []
    while end > start:
        sep = norm.rfind("、", start, end)
        item_start = sep + 1 if sep >= 0 else start
        name = name_in(reading, sent, item_start, end, whole=sep >= 0)
        if name is None:
            return [] if sep >= 0 or not names else names[::-1]
        names.append(name)
        if sep < 0 or name.start > item_start:
            break
        end = sep
    return names[::-1]


def name_in(reading: Reading, sent: Sentence, start: int, end: int, *, whole: bool) -> Phrase | None:
    """The item [start, end) as a name: a person mention ending it, or the item itself when it reads as a name;
    the first item of a list may follow other words ("已集聚卞修武"), so its last characters are tried."""
    persons = [p for p in sent.between(start, end, "person") if p.end == end]
    if persons:
        return Phrase(persons[-1].start, end)
    if is_name(strip_glosses(reading.norm[start:end])):
        return Phrase(start, end)
    if whole:
        return None
    for length in _NAME_LENGTHS:
        if end - length > start and is_name(reading.norm[end - length : end]):
            return Phrase(end - length, end)
    return None


def _mode(reading: Reading, start: int, names_at: int, kind_end: int, end: int) -> tuple[str | None, int]:
    """The mode word before the list in its clause ("引入", "柔性引进"), else one right after the kind ("落户")."""
    found = list(MODE_RE.finditer(reading.norm, start, names_at))
    if found:
        return first_of_run(reading.norm, found)
    after = MODE_AFTER_RE.match(reading.norm, kind_end, end)
    if after is not None:
        return mode_of(after.group()), names_at
    return None, names_at
