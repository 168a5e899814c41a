"""Talent counts read against the counts around them: kinds joined before 分别 and the counts after it, the
next item of a list of talent, a class of the kind just counted, a part opening a 其中 list, a bare count of the
same people again ("2021年引进博士10名，2022年15名")."""

from __future__ import annotations

from typing import Any

import regex

from .. import models, patterns
from . import talent_counted, talent_scope
from .context import Reading
from .phrase import Phrase
from .sentence import Sentence
from .talent_record import record
from .talent_words import (
    CATEGORY_RE,
    CLASS_END_RE,
    LIST_GOES_ON_RE,
    LIST_OPEN_RE,
    MODE_RE,
    PEOPLE_UNITS,
    QUOTED_NAME_RE,
    first_of_run,
)

# A body having people ("拥有研发人员500余人"): what it has is no intake, nor are its parts ("现有研发团队5人，其中院士1名"
# the real-dev gold keeps as talent, so only 拥有).
_HAS_RE = patterns.compile(r"拥有")
# Kinds joined before 分别 and as many counts after it ("…人才和…人才分别为320名和1500名").
_RESPECTIVELY = "分别"
_RESPECTIVELY_RE = patterns.compile(r"\s*分别")
_KIND_JOIN_RE = patterns.compile(r"[和及与、]")


def respective_kind(reading: Reading, sent: Sentence, noun: Phrase, count: Any) -> Phrase | None:
    """ "引进高层次人才和急需紧缺人才分别为320名和1500名": as many kinds joined before 分别 as counts after it,
    each count the kind in its place."""
    norm = reading.norm
    if noun and norm.endswith(_RESPECTIVELY, noun.start, noun.end):
        noun = Phrase(noun.start, noun.end - len(_RESPECTIVELY))  # the noun read may close with 分别
    elif not noun or not _RESPECTIVELY_RE.match(norm, noun.end):
        return None
    clause = sent.clause_at(count.start)
    counts = [c for c in sent.between(noun.end, clause.end, "count") if c.start >= noun.end]
    bounds = [noun.start, *(m.end() for m in _KIND_JOIN_RE.finditer(norm, noun.start, noun.end)), noun.end + 1]
    kinds = [Phrase(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    if len(kinds) < 2 or len(kinds) != len(counts) or count not in counts:
        return None
    if not any(CATEGORY_RE.search(norm, kind.start, kind.end) for kind in kinds):
        return None
    return kinds[counts.index(count)]


def first_after_respectively(reading: Reading, sent: Sentence, count: Any) -> Any | None:
    """The first count after a 分别 of the count's clause, when it is not the count itself."""
    clause = sent.clause_at(count.start)
    at = reading.norm.rfind("分别", clause.start, count.start)
    if at < 0:
        return None
    counts = sent.between(at, count.start, "count")
    return counts[0] if counts else None


def listed_under_talent(norm: str, clause: Any, noun: Phrase) -> bool:
    """The noun follows a list verb (包含, 包括, 其中) that follows a kind of talent in its clause."""
    openers = list(LIST_OPEN_RE.finditer(norm, clause.start, noun.start))
    return bool(openers) and CATEGORY_RE.search(norm, clause.start, openers[-1].start()) is not None


def part_of_talent_before(
    reading: Reading, sent: Sentence, count: Any, noun: Phrase, earlier: list[models.Talent]
) -> bool:
    """The count opens a 其中 / 包括 list in the clause right after the talent record read last."""
    index = sent.clause_index(count.start)
    clause = sent.clauses[index]
    if index == 0 or not earlier or earlier[-1].count is None:
        return False
    opener = LIST_OPEN_RE.match(reading.norm, clause.start)
    if opener is None or not talent_counted.goes_on(reading, sent, opener.end(), min(noun.start, count.start)):
        return False
    before = sent.clauses[index - 1]
    # the record may open in an earlier clause and end in this one ("人才引進計劃…，經評審後首批獲批人士共56名")
    return earlier[-1].evidence.start < before.end and earlier[-1].evidence.end > before.start


def part_of_other_people(
    reading: Reading, sent: Sentence, count: Any, noun: Phrase, earlier: list[models.Talent]
) -> bool:
    """The count opens a 其中 / 包括 list in the clause right after a count of people that is no talent ("该企业拥有
    研发人员500余人，其中博士20人", "现有在校学生1.8万人，其中研究生2300人"): a part of those people, no talent either."""
    if _part_of_other_people_before(reading, sent, count, noun):
        return True
    index = sent.clause_index(count.start)
    clause = sent.clauses[index]
    if index == 0:
        return False
    opener = LIST_OPEN_RE.match(reading.norm, clause.start)
    if opener is None or not talent_counted.goes_on(reading, sent, opener.end(), min(noun.start, count.start)):
        return False
    before = sent.clauses[index - 1]
    total = next((m for m in sent.backwards(before.end, before.start) if m.type == "count"), None)
    if total is None or total.value.unit not in PEOPLE_UNITS:
        return False
    if any(r.evidence.start <= total.start < r.evidence.end for r in earlier):
        return False
    if _HAS_RE.search(reading.norm, before.start, total.start) and not MODE_RE.search(
        reading.norm, before.start, total.start
    ):
        return True  # "集团拥有技术研发人员2000余名，其中博士86名": the parts of the people a body has
    # the total's people are no kind of talent ("在校学生", "研发人员"); "现有研发团队5人，其中院士1名" stays talent
    people = talent_counted.noun(reading, sent, total)
    return not people or not CATEGORY_RE.search(reading.norm, people.start, people.end)


def _part_of_other_people_before(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> bool:
    """The same, the list opening the sentence after the one the people's count closed ("…新增就业3万人。其中，高校
    毕业生2.1万人"): the sentence before ended with a count of people of no talent kind and no talent record."""
    kept = reading.memo.get(_LAST_OTHERS_KEY)
    opener = _PARTS_OPEN_RE.match(reading.norm, sent.span.start)
    if kept is None or opener is None or kept[0] != sent.index - 1:
        return False
    if reading.sentences[kept[0]].paragraph != sent.paragraph:
        return False
    start = min(noun.start, count.start) if noun else count.start
    return talent_counted.goes_on(reading, sent, opener.end(), start)


def class_of_last(reading: Reading, sent: Sentence, noun: Phrase, earlier: list[models.Talent]) -> bool:
    """A class (工作类, 省级, 复合型) or a quoted name (“青年千人”) listed right after a count of talent read just
    before it."""
    norm = reading.norm
    if not noun or not earlier:
        return False
    if not CLASS_END_RE.search(norm, noun.start, noun.end) and not QUOTED_NAME_RE.fullmatch(norm, noun.start, noun.end):
        return False
    return _after_last_count(norm, sent, noun, sent.span.start, LIST_GOES_ON_RE, earlier) is not None


def next_in_list(
    reading: Reading, sent: Sentence, count: Any, noun: Phrase, earlier: list[models.Talent], mode: str
) -> bool:
    """The people counted follow, joined by 、 和 及, a count of talent read just before under the same mode word
    ("引进了院士2名、国家杰青3名、长江学者5名")."""
    norm = reading.norm
    if not noun or noun.end > count.start or not earlier:
        return False
    last = _after_last_count(norm, sent, noun, sent.clause_at(count.start).start, _LIST_JOIN_RE, earlier)
    return last is not None and last.mode == mode


_LIST_JOIN_RE = patterns.compile(r"\s*(?:、|和|及|以及|，)\s*")


def _after_last_count(
    norm: str, sent: Sentence, noun: Phrase, lo: int, joined: regex.Pattern[str], earlier: list[models.Talent]
) -> models.Talent | None:
    """The last record read, when the mention right before `noun` (from `lo`) is its count of people and
    `joined` is all that stands between them."""
    previous = next(iter(sent.backwards(noun.start, lo)), None)
    if previous is None or previous.type != "count" or previous.value.unit not in PEOPLE_UNITS:
        return None
    if joined.fullmatch(norm, previous.end, noun.start) is None:
        return None
    last = earlier[-1]
    counted = last.count is not None and last.count.value == previous.value.value
    return last if counted and last.evidence.start <= previous.start < last.evidence.end else None


def same_kind_again(reading: Reading, sent: Sentence, count: Any, earlier: list[models.Talent]) -> models.Talent | None:
    """A bare count listed after a talent count, with nothing but list words, dates and places between them
    ("2021年引进博士10名，2022年15名，2023年23名", "分别引进博士10名、15名和23名"): the same people, brought in the
    same way, in another year or place."""
    if not earlier or earlier[-1].count is None or count.value.unit not in PEOPLE_UNITS:
        return None
    last = earlier[-1]
    norm = reading.norm
    end = count.start
    for mention in sent.backwards(count.start, sent.span.start):
        if not _ELIDED_GAP_RE.fullmatch(norm, mention.end, end):
            return None
        if mention.type in ("date", "place"):
            end = mention.start
            continue
        same = mention.type == "count" and mention.value.value == last.count.value
        if not (same and mention.value.unit == count.value.unit and last.evidence.start <= mention.start):
            return None
        return record(
            reading, sent, count, last.category or "", count.value, [], last.mode, last.organization, end, count.end
        )
    return None


def same_kind_by_verb(
    reading: Reading, sent: Sentence, count: Any, earlier: list[models.Talent]
) -> models.Talent | None:
    """A bare count right after a mode word of its own clause, in the clause after a talent count ("去年引进高层次人才
    3200人，今年计划引进4000人", "2022年引进博士10名，2023年引进15名"): the same kind of people, brought in as its own
    verb says (a plan when a plan word stands before it)."""
    if not earlier or earlier[-1].count is None or count.value.unit not in PEOPLE_UNITS:
        return None
    index = sent.clause_index(count.start)
    last = earlier[-1]
    if index == 0 or not sent.clauses[index - 1].start <= last.evidence.start < sent.clauses[index - 1].end:
        return None
    clause = sent.clauses[index]
    if last.mode is not None and _DONE_SO_FAR_RE.fullmatch(reading.norm, clause.start, count.start):
        # "今年引进人才目标为2000名，已完成1850名": how many of the people the clause before named are in
        return record(
            reading, sent, count, last.category or "", count.value, [], last.mode, last.organization,
            clause.start, count.end, mode_at=clause.start,
        )  # fmt: skip
    modes = list(MODE_RE.finditer(reading.norm, clause.start, count.start))
    if not modes or not _VERB_TO_COUNT_RE.fullmatch(reading.norm, modes[-1].end(), count.start):
        return None
    if sent.between(clause.start, modes[-1].start(), "count"):
        return None
    mode, mode_at = first_of_run(reading.norm, modes)
    if mode != last.mode and not {mode, last.mode} <= _BRINGING_IN:
        return None  # "引进博士10名，招聘120名": another verb may take on other people
    return record(
        reading,
        sent,
        count,
        last.category or "",
        count.value,
        [],
        mode,
        last.organization,
        mode_at,
        count.end,
        mode_at=mode_at,
    )


# A clause telling how much of a planned or targeted intake is done ("，已完成1850名", "，实际完成2100人").
_DONE_SO_FAR_RE = patterns.compile(
    r"\s*(?:目前|截至目前|至今)?[，,]?(?:已经?|实际)(?:完成|实现|达成)了?(?:共|累计)?\s*"
)
# Modes of one intake told in turn ("引进院士3名，柔性引进12名").
_BRINGING_IN = {"introduced", "flexible"}
# What may stand between a mode word and a bare count it governs: a perfective, an adverb of adding.
_VERB_TO_COUNT_RE = patterns.compile(r"[了共再又新]{0,2}")


# What may stand between the counts of one kind of people listed again: list words and punctuation.
_ELIDED_GAP_RE = patterns.compile(r"[\s、，,；;]*(?:和|及|以及|与)?[\s、，,；;]*")


# --- parts told in the sentence after their total ------------------------------------------------------

_LAST_TOTAL_KEY = "talent_last_total"
_LAST_OTHERS_KEY = "talent_last_other_people"
# A sentence opening a list of parts: "其中，博士386人，硕士2100人。", "当中…", "从学历看，…", "按层次分，…",
# "这些人才中，…".
_PARTS_OPEN_RE = patterns.compile(
    r"\s*(?:其中|当中|(?:从|按|以)\p{Han}{1,6}?(?:来看|上看|看|划分|区分|分)|(?:这些|上述|以上)\p{Han}{0,6}?(?:当中|之中|中))"
    r"[\s，,：:]*"
)


def remember_total(reading: Reading, sent: Sentence, records: list[models.Talent]) -> None:
    """Keep the sentence's last counted talent record for a list of its parts opening the next sentence."""
    counted = [r for r in records if r.count is not None]
    people = [c for c in sent.of_type("count") if c.value.unit in PEOPLE_UNITS]
    # the parts after the sentence are of its last count of people: "…引进人才1.2万人，新增就业3万人。其中…" are jobs'
    last = people[-1] if people else None
    reading.memo.pop(_LAST_TOTAL_KEY, None)
    reading.memo.pop(_LAST_OTHERS_KEY, None)
    if last is None:
        return
    if counted and _counts(counted[-1], last):
        reading.memo[_LAST_TOTAL_KEY] = (sent.index, counted[-1])
    elif not any(_counts(r, last) for r in counted):
        people_of = talent_counted.noun(reading, sent, last)
        if not people_of or not CATEGORY_RE.search(reading.norm, people_of.start, people_of.end):
            reading.memo[_LAST_OTHERS_KEY] = (sent.index, last)  # "新增就业3万人。": no talent; nor are its parts


def _counts(record: models.Talent, count: Any) -> bool:
    return (
        record.count is not None
        and record.count.value == count.value.value
        and record.evidence.start <= count.start < record.evidence.end
    )


def total_of_parts(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> models.Talent | None:
    """ "全市共引进各类人才1.2万人。其中，博士386人，硕士2100人。": a sentence opening with 其中 lists parts of the
    talent total the sentence before ended with (same paragraph); each is talent under that total's mode."""
    total = carried_total(reading, sent)
    opener = _PARTS_OPEN_RE.match(reading.norm, sent.span.start)
    if total is None or opener is None:
        return None
    start = min(noun.start, count.start) if noun else count.start
    clause = sent.clause_at(count.start)
    lo = opener.end() if clause.start <= opener.end() else clause.start
    if talent_scope.is_change(reading, lo, count.start) or not talent_counted.goes_on(reading, sent, lo, start):
        return None  # "其中，较去年增加2000人": a difference, no part
    return total


def carried_total(reading: Reading, sent: Sentence) -> models.Talent | None:
    """The talent total the sentence before (same paragraph) ended with, when this sentence opens with 其中."""
    kept = reading.memo.get(_LAST_TOTAL_KEY)
    if kept is None or kept[0] != sent.index - 1 or reading.sentences[kept[0]].paragraph != sent.paragraph:
        return None
    return kept[1] if _PARTS_OPEN_RE.match(reading.norm, sent.span.start) else None


# A part of a 其中 list named by where the people come or stay to work ("其中，博士及以上776人；来川创业或全职工作874人").
_COME_TO_WORK_PART_RE = patterns.compile(
    r"\s*(?:(?:来|到|回|留|赴)\p{Han}{1,2}?|全职)(?:创业|就业|工作|发展|服务)"
    r"(?:(?:或|和|及|、)(?:全职|来\p{Han}{1,2}?)?(?:创业|就业|工作|发展|服务))*\s*"
)


def come_to_work_part(
    reading: Reading, sent: Sentence, count: Any, earlier: list[models.Talent]
) -> models.Talent | None:
    """A count after a 其中 list of a talent total, named only by where its people come or stay to work: people of the
    total's kind under its mode."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    item = max(clause.start, norm.rfind("、", clause.start, count.start) + 1)  # "博士86名、来县创业120名"
    if not earlier or _COME_TO_WORK_PART_RE.fullmatch(norm, item, count.start) is None:
        return None
    opened = list(LIST_OPEN_RE.finditer(norm, sent.span.start, item))
    if not opened:
        return None
    totals = [r for r in earlier if r.count is not None and r.evidence.end <= opened[-1].start() + 1]
    if not totals or totals[-1].mode is None:
        return None
    total = totals[-1]
    return record(reading, sent, count, total.category or "人才", count.value, [], total.mode, None, item, count.end)
