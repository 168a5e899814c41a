"""People counted, then appointed: "10名国内顶级服装设计师受聘为“某创意联盟”特聘专家", "9位世界冠军张某(右一)、
李某(右二)…，被聘为某区招才招商大使"; or made what they are after 为 ("确定张伟、李强等52人为我省引进海外高层次创新人才").

Whatever the people are called, the appointment says what they became: the title after 受聘为 / 被聘为 / 获聘为 is
the category, mode hired (people hired count whatever they are called, docs/contract.md §3). The body they
serve, quoted or named at the head of the title, is the organization; a place there is the record's place, no
part of the title. Names listed between the count and the appointment are the persons (a bracket after each,
"(右一)", tells where they stand in a photo).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import patterns
from .context import Reading, dedupe
from .phrase import Phrase
from .sentence import Sentence
from .talent_leaders import name_in
from .talent_named import LETTER_RE, letter_category, persons_named_before
from .talent_words import CATEGORY_RE, MODE_OF, TRIM, strip_glosses

_APPOINTED_RE = patterns.compile(r"[，,]?\s*(?:受聘为|受聘担任|受聘|被聘为|被聘请为|被聘任为|被聘|获聘为|获聘)")
# The longest stretch of people between the count and the appointment (characters), names included.
_PEOPLE_REACH = 120
_BRACKETED_RE = patterns.compile(r"[(（][^()（）]{1,8}[)）]")
_QUOTED_RE = patterns.compile(r"[“「\"](?P<body>[^”」\"]{2,20})[”」\"]")
_CLAUSE_END_RE = patterns.compile(r"[，,。；;：:！？\n]")


@dataclass(frozen=True)
class Appointment:
    category: Phrase
    organization: Phrase | None
    persons: list[str]
    end: int


def appointed_after(reading: Reading, sent: Sentence, count: Any) -> Appointment | None:
    """The appointment told of the people a count counts, after them in its sentence."""
    norm = reading.norm
    limit = min(sent.span.end, count.end + _PEOPLE_REACH)
    verb = _APPOINTED_RE.search(norm, count.end, limit)
    if verb is None:
        return None
    people = _BRACKETED_RE.sub(lambda m: "、" * len(m.group()), norm[count.end : verb.start()])
    if _CLAUSE_END_RE.search(people) or any(m.type == "count" for m in sent.between(count.end, verb.start())):
        return None  # the appointment is another clause's, or other people's
    stop = _CLAUSE_END_RE.search(norm, verb.end(), sent.span.end)
    end = stop.start() if stop is not None else sent.span.end
    start, organization = _head_of_title(reading, sent, verb.end(), end)
    category = TRIM(norm, start, end)
    if not category:
        return None
    persons = _names(reading, sent, count.end, verb.start())
    return Appointment(category, organization, persons, category.end)


def _head_of_title(reading: Reading, sent: Sentence, start: int, end: int) -> tuple[int, Phrase | None]:
    """Where the title starts after its head: a quoted body, an org or a place that opens it."""
    norm = reading.norm
    quoted = _QUOTED_RE.match(norm, start, end)
    if quoted is not None and quoted.end() < end:
        return quoted.end(), Phrase(quoted.start("body"), quoted.end("body"))
    head = sent.first_from(start)
    if head is not None and head.start == start and head.end < end and head.type in ("org", "place"):
        return head.end, Phrase(head.start, head.end) if head.type == "org" else None
    return start, None


def _names(reading: Reading, sent: Sentence, start: int, end: int) -> list[str]:
    """The names listed between the count and the appointment, brackets after them dropped."""
    norm = reading.norm
    items = []
    item_start = start
    for i in range(start, end + 1):
        if i == end or norm[i] == "、":
            items.append(_without_bracket(norm, item_start, i))
            item_start = i + 1
    if len(items) < 2 and not sent.between(start, end, "person"):
        return []
    names = [name_in(reading, sent, s, e, whole=k > 0) for k, (s, e) in enumerate(items)]
    if any(n is None for n in names[1:]) or names[0] is None:
        return []
    return dedupe(strip_glosses(reading.original(n.start, n.end)) for n in names if n is not None)


def _without_bracket(norm: str, start: int, end: int) -> tuple[int, int]:
    while end > start and norm[end - 1] in " ，,":
        end -= 1
    found = _BRACKETED_RE.search(norm, start, end)
    if found is not None and found.end() == end:
        end = found.start()
    return start, end


# (session 35) People named and counted, then what they are made ("确定张伟、李强等52人为我省引进海外高层次创新人才",
# "认定王磊等20人为第三批高层次人才"): the kind after 为 is what they are, a mode word before it (引进) how they came, the
# place speaking of itself (我省, 本市) no part of it. Names before the count, or a word of certifying in their sentence
# (省委、省政府确定，…), say the people are made so; "全市人口为120万人" says nothing of the kind.
_MADE_AS_RE = patterns.compile(
    r"为(?:我省|我市|我县|我区|本省|本市|本县|本区|全省|全市)?(?P<mode>柔性引进|引进|引入|聘任|聘请)?的?"
    r"(?P<kind>[^，,。；;：:]{2,20}?)(?=[，,。；;：:]|$)"
)
_CERTIFY_RE = patterns.compile(r"认定|确定|评定|遴选|命名|审定")


@dataclass(frozen=True)
class MadeAs:
    category: Phrase
    mode: str | None
    persons: list[str]
    end: int


def made_as(reading: Reading, sent: Sentence, count: Any) -> MadeAs | None:
    """What the counted people are made right after their count (…等52人为我省引进海外高层次人才), and their names."""
    norm = reading.norm
    found = _MADE_AS_RE.match(norm, count.end, sent.clause_at(count.start).end)
    if found is None:
        return None
    persons = persons_named_before(reading, sent, count)
    if not persons and _CERTIFY_RE.search(norm, sent.span.start, count.start) is None:
        return None
    category = TRIM(norm, found.start("kind"), found.end("kind"))
    if not category or CATEGORY_RE.search(norm, category.start, category.end) is None:
        return None
    word = found.group("mode")
    return MadeAs(category, MODE_OF[word] if word else None, persons, found.end())


# (session 41) People counted, then given their letters of appointment ("为46名企业家颁发了“客座教授”聘书", "向10位…代表颁发了
# 引才顾问聘书", "向12名院士专家发放聘书"): hired, whatever they are called; their kind as `talent_named.letter_category`
# reads it.
_LETTER_REACH = 40


@dataclass(frozen=True)
class Letter:
    category: Phrase
    persons: list[str]
    end: int


def letter_given(reading: Reading, sent: Sentence, count: Any) -> Letter | None:
    """The letters of appointment given the people a count counts, right after them in its clause."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    letter = LETTER_RE.search(norm, count.end, min(clause.end, count.end + _LETTER_REACH))
    if letter is None or any(m.type == "count" for m in sent.between(count.end, letter.start())):
        return None
    category = letter_category(reading, sent, letter, TRIM(norm, count.end, letter.start()))
    if not category:
        return None
    return Letter(category, persons_named_before(reading, sent, count), letter.end())
