"""Talent: people brought in, hired, kept or trained ("新引进高层次人才50人", "选聘聊城大学33名高层次人才").

A talent record is a count of people (名 人 位) whose noun is a kind of talent and that a mode word
governs (引进, 柔性引进, 储备, 聘任, 培养 …), or named persons right after such words
("成功引进国家高层次人才李玮、刘晓鸣"). People hired or appointed count whatever they are called
("聘任了17名“招商大使”"); guests invited ("邀请来聊嘉宾50余位") or jobs created are metrics.
"""

from __future__ import annotations

from typing import Any

import regex

from .. import models
from . import changes
from .context import KIND_REACH, Reading, Sentence, dedupe, mention_key
from .phrase import PHRASE_REACH, Phrase, Trim, is_closed_after, left_phrase, right_phrase

# --- words ------------------------------------------------------------------------------------

CATEGORY_WORDS = (
    "人才", "院士", "博士后", "博士", "硕士", "专家", "教授", "学者", "科学家", "工程师", "技师", "工匠",
    "研究生", "毕业生", "大学生", "团队", "英才", "领军", "高层次", "高端人才", "创客", "名师", "名医",
)  # fmt: skip
# Longest first: 柔性引进 before 引进.
MODE_WORDS: tuple[tuple[str, str], ...] = (
    ("柔性引进", "flexible"),
    ("柔性引才", "flexible"),
    ("柔性引入", "flexible"),
    ("柔性", "flexible"),
    ("储备", "reserved"),
    ("新聘", "hired"),
    ("聘任", "hired"),
    ("选聘", "hired"),
    ("聘请", "hired"),
    ("聘用", "hired"),
    ("招聘", "hired"),
    ("引聘", "hired"),
    ("培养", "trained"),
    ("培育", "trained"),
    ("引进", "introduced"),
    ("延揽", "introduced"),
    ("招引", "introduced"),
    ("引才", "introduced"),
    ("引入", "introduced"),
    ("集聚", "introduced"),
    ("聚集", "introduced"),
    ("吸引", "introduced"),
    ("新增", "introduced"),
)
# A mode that alone makes people talent, whatever the noun (招商大使, 顾问 …).
MODES_FOR_ANYONE = ("hired", "flexible", "reserved")
PEOPLE_UNITS = ("名", "人", "位")
# Teams are counted with 个 / 支 ("柔性引进院士创新团队15个"): talent when a mode word governs them.
TEAM_UNITS = ("个", "支")
TEAM_NOUNS = ("团队",)
# A total of all talent there is ("人才总量达85万人") is a metric, not people brought in.
STOCK_WORDS = ("总量", "总数", "总和", "规模")
# Trimmed from the front of a category ("新引进高层次人才" → 高层次人才).
LEAD_WORDS = (
    "其中", "共", "累计", "先后", "已经", "已", "又", "还", "并", "同时", "此外", "成功", "新", "了", "全年", "今年",
    "年内", "首批",
    "第一批", "第二批", "一批", "首年", "招收", "包括", "申报", "获批", "入选", "当选",
    *(w for w, _ in MODE_WORDS),
)  # fmt: skip
TRAIL_WORDS = ("达到", "达", "为", "共", "累计", "超过", "近", "约")
QUOTES = "“”\"'‘’「」『』"

# 储备 is talent's mode "reserved", not a plan.
_MODE_WORDS_FOR_KIND = ("储备",)
_TRIM = Trim(LEAD_WORDS, TRAIL_WORDS)
_MODE_RE = regex.compile("|".join(w for w, _ in MODE_WORDS))
_MODE_OF = dict(MODE_WORDS)
_CATEGORY_RE = regex.compile("|".join(CATEGORY_WORDS))
_STOCK_RE = regex.compile("|".join(STOCK_WORDS))
_PARTNER_RE = regex.compile(r"[与同跟]")
# Persons given a talent title: elected or selected (mode null), or appointed (hired).
ELECTED_VERBS = (
    "当选为",
    "当选",
    "入选为",
    "入选",
    "获评为",
    "获评",
    "获聘为",
    "获聘",
    "受聘为",
    "受聘",
    "被聘为",
    "被聘请为",
)
_ELECTED_RE = regex.compile(r"\s*(?:" + "|".join(sorted(ELECTED_VERBS, key=len, reverse=True)) + ")")
_HIRED_TITLE_RE = regex.compile(r"\s*(?:获聘|受聘|被聘)")
_PERSON_JOIN = regex.compile(r"[、和及与,，]")
_ORG_LINK = regex.compile(r"(?:的)?")


def read_sentence(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[models.Talent]:
    """The talent records of one sentence; the counts it takes go into `used`."""
    # Named persons first: "引进…人才王强、陈静等3名专家" is one record with its count.
    records = _named(reading, sent, used)
    # Levels told as a change ("人才总量从2021年的680万人增长到2023年的766.7万人") are statistics.
    counts = sent.of_type("count")
    levels = (
        {mention_key(level) for change in changes.changes(reading, sent) for level in change.levels} if counts else ()
    )
    for count in counts:
        if mention_key(count) in used or mention_key(count) in levels:
            continue
        if count.value.unit not in (*PEOPLE_UNITS, *TEAM_UNITS):
            continue
        record = _counted(reading, sent, count)
        if record is not None:
            records.append(record)
            used.add(mention_key(count))
    records.sort(key=lambda t: t.evidence.start)
    return records


def _noun(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    clause = sent.clause_at(count.start)
    if is_closed_after(reading.norm, count, clause.end):
        noun = left_phrase(reading, sent, count, _TRIM)
    else:
        noun = _category_before_de(reading, count, clause.end) or right_phrase(reading, sent, count, _TRIM)
        noun = noun or left_phrase(reading, sent, count, _TRIM)
    # "与中山大学合作培育半导体人才500人": the category starts after the mode word.
    modes = list(_MODE_RE.finditer(reading.norm, noun.start, noun.end)) if noun else []
    if modes and noun.end - modes[-1].end() >= 2:
        return _TRIM(reading.norm, modes[-1].end(), noun.end)
    return noun


def _category_before_de(reading: Reading, count: Any, end: int) -> Phrase:
    """ "招引万名博士后等青年人才的目标": the people counted stand before 的, not the noun after it."""
    de = reading.norm.find("的", count.end, min(end, count.end + PHRASE_REACH))
    if de < 0 or not _CATEGORY_RE.search(reading.norm, count.end, de):
        return Phrase(0, 0)
    return _TRIM(reading.norm, count.end, de)


def _counted(reading: Reading, sent: Sentence, count: Any) -> models.Talent | None:
    mode, mode_at = _mode_before(reading, sent, count.start)
    if count.value.unit in TEAM_UNITS and mode is None:
        return None  # decided before the noun is read: most counts of 个 are no talent
    noun = _noun(reading, sent, count)
    if not noun:
        return None
    norm = reading.norm
    is_category = bool(_CATEGORY_RE.search(norm, noun.start, noun.end))
    if count.value.unit in TEAM_UNITS and (mode is None or not norm.endswith(TEAM_NOUNS, noun.start, noun.end)):
        return None
    stock = _STOCK_RE.search(norm, max(sent.span.start, noun.start - 4), count.end) is not None
    if stock and (mode is None or mode_at < sent.clause_at(count.start).start):
        return None  # "…，高层次人才总量达4.5万人": a total, not what the earlier clause brought in
    if mode is None:
        # Talent recognised, elected or gathered without a mode word ("39名科技人才入选国家级人才计划",
        # "外国院士11名"): a record with mode null; people met ("与…高校的50名专家开展座谈") are partners.
        if not is_category or _PARTNER_RE.search(norm, sent.clause_at(count.start).start, count.start):
            return None
        if _STOCK_RE.search(norm, sent.span.start, count.start):
            return None  # "人才总量达43.8万人（其中专业技术人才16.29万人…）": parts of a total
    elif not (is_category or mode in MODES_FOR_ANYONE):
        return None
    org = _organization(reading, sent, count)
    lo = min(noun.start, count.start, mode_at if mode is not None else count.start)
    hi = max(noun.end, count.end)
    return _record(reading, sent, count, _label(reading, noun), count.value, [], mode, org, lo, hi)


def _mode_before(reading: Reading, sent: Sentence, offset: int) -> tuple[str | None, int]:
    """The nearest mode word before `offset` in its clause, else earlier in the sentence."""
    clause = sent.clause_at(offset)
    for start in (clause.start, sent.span.start):
        found = list(_MODE_RE.finditer(reading.norm, max(start, offset - KIND_REACH), offset))
        if found:
            return _MODE_OF[found[-1].group()], found[-1].start()
    return None, offset


def _organization(reading: Reading, sent: Sentence, count: Any) -> str | None:
    """Where the people come from: "选聘聊城大学33名高层次人才", "来自清华大学的12名博士"."""
    clause = sent.clause_at(count.start)
    org = next((m for m in sent.backwards(count.start, clause.start) if m.type == "org"), None)
    if org is None:
        return None
    between = reading.norm[org.end : count.start]
    if _ORG_LINK.fullmatch(between) or reading.norm[max(0, org.start - 2) : org.start].endswith(("来自", "从")):
        return org.value.name
    return None


def _named(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[models.Talent]:
    """Persons named after a talent category: "成功引进国家高层次人才李玮、刘晓鸣等多名顶尖专家"."""
    records: list[models.Talent] = []
    persons = sent.of_type("person")
    i = 0
    while i < len(persons):
        run = [persons[i]]
        while i + 1 < len(persons) and _PERSON_JOIN.fullmatch(reading.norm, persons[i].end, persons[i + 1].start):
            i += 1
            run.append(persons[i])
        i += 1
        record = _named_run(reading, sent, run, used)
        if record is not None:
            records.append(record)
    return records


def _named_run(
    reading: Reading, sent: Sentence, run: list[Any], used: set[tuple[str, int, int]]
) -> models.Talent | None:
    first = run[0]
    clause = sent.clause_at(first.start)
    previous = next(sent.backwards(first.start, clause.start), None)
    start = max(clause.start, first.start - PHRASE_REACH, previous.end if previous is not None else 0)
    modes = list(_MODE_RE.finditer(reading.norm, start, first.start))
    if not modes:
        return _elected(reading, sent, run)
    category = Phrase(modes[-1].end(), first.start)
    if not _CATEGORY_RE.search(reading.norm, category.start, category.end):
        return None
    count = _count_after(reading, sent, run[-1])
    if count is not None:
        used.add(mention_key(count))
    hi = count.end if count is not None else run[-1].end
    names = dedupe(p.value.name for p in run)
    mode = _MODE_OF[modes[-1].group()]
    return _record(
        reading, sent, first, _label(reading, category), count.value if count else None, names, mode, None, start, hi
    )


def _elected(reading: Reading, sent: Sentence, run: list[Any]) -> models.Talent | None:
    """Persons elected, selected or appointed to a talent title: "胡某当选2021年中国科学院院士",
    "李某受聘为省特聘专家" (mode null, or hired for an appointment)."""
    last = run[-1]
    clause = sent.clause_at(last.start)
    verb = _ELECTED_RE.match(reading.norm, last.end, clause.end)
    if verb is None:
        return None
    title = Phrase(verb.end(), clause.end)
    following = sent.first_from(verb.end())
    if following is not None and following.type != "date" and following.start < clause.end:
        title = Phrase(verb.end(), following.start)
    elif following is not None and following.type == "date" and following.start == verb.end():
        title = Phrase(following.end, clause.end)  # "当选2021年中国科学院院士"
    category = _TRIM(reading.norm, title.start, title.end)
    if not category or not _CATEGORY_RE.search(reading.norm, category.start, category.end):
        return None
    mode = "hired" if _HIRED_TITLE_RE.match(verb.group()) else None
    names = dedupe(p.value.name for p in run)
    return _record(
        reading, sent, run[0], _label(reading, category), None, names, mode, None, run[0].start, category.end
    )


def _count_after(reading: Reading, sent: Sentence, last: Any) -> Any | None:
    following = sent.first_from(last.end)
    if following is None or following.type != "count" or not reading.norm.startswith("等", last.end):
        return None
    return following if following.start - last.end <= 2 else None


def _label(reading: Reading, phrase: Phrase) -> str:
    return "".join(c for c in reading.original(phrase.start, phrase.end) if c not in QUOTES)


def _record(
    reading: Reading,
    sent: Sentence,
    anchor: Any,
    category: str,
    count: models.CountValue | None,
    persons: list[str],
    mode: str | None,
    organization: str | None,
    lo: int,
    hi: int,
) -> models.Talent:
    place = reading.explicit_place_before(sent, anchor.start)
    if place.value is not None:
        sent.used_place = place.value
    period = reading.period_before(sent, anchor.start)
    return models.Talent(
        category=category or None,
        count=count,
        persons=persons,
        mode=mode,
        kind=reading.kind_at(sent, anchor, ignore=_MODE_WORDS_FOR_KIND),
        place=place.value or sent.carried_place,
        organization=organization,
        period=period.value,
        evidence=reading.evidence(sent, lo, hi, place, period),
    )
