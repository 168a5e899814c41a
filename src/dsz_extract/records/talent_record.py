"""The talent record built from what a reader found: its category as written (glosses, batches and quotes
dropped), its kind (actual / plan / target), place, period and evidence."""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from .context import Reading
from .kind import TARGET_GOAL, TARGET_WORDS
from .phrase import Phrase
from .sentence import Found, Sentence
from .talent_schemes import short_named_people
from .talent_words import (
    BATCH_RE,
    DONE_AFTER_MODE_RE,
    EXPECTED_RE,
    EXPECTED_REACH,
    FUTURE_RE,
    FUTURE_REACH,
    GATHERED,
    MODE_WORDS_FOR_KIND,
    PLANNED_RE,
    PLANNED_REACH,
    PROGRAMME_RE,
    QUALIFYING_QUOTE_RE,
    QUOTES,
    WILL_RE,
    strip_glosses,
)

# "院士、教授、博士、碩士等各類科研高端人才": 各类 after the examples is dropped as it is at the start.
_ALL_KINDS_AFTER_EXAMPLES_RE = patterns.compile(r"(?<=等)各[类類种種](?=\p{Han}{3})")


# A bracket closed in the category that it did not open: what stands before it belongs to the verb's qualifier.
_UNOPENED_CLOSE_RE = patterns.compile(r"[^（(）)]*[）)]")


# A space between two Han characters is a wrap of a page copied at a fixed width, never a word break in Chinese.
_WRAP_SPACE_RE = patterns.compile(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")


def _label(reading: Reading, phrase: Phrase | str) -> str:
    """The category as written, glosses dropped; quotes too, unless a quoted word qualifies what follows it
    ("“双一流”知名高校优秀毕业生" keeps them, "“招商大使”和“招商使者”" drops them). A verb that names the
    people (引才) gives the word it stands for (人才)."""
    if isinstance(phrase, str):
        return phrase
    if (short := short_named_people(reading.norm, phrase.start, phrase.end)) is not None:
        return short  # "「優才」", "高才通人士": the people a scheme's short name stands for
    if (batch := BATCH_RE.match(reading.norm, phrase.start, phrase.end)) is not None and phrase.end - batch.end() >= 2:
        phrase = Phrase(batch.end(), phrase.end)  # "第七批泰山学者青年专家": the batch is no kind of people
    text = _ALL_KINDS_AFTER_EXAMPLES_RE.sub("", strip_glosses(reading.original(phrase.start, phrase.end)))
    text = _WRAP_SPACE_RE.sub("", text)  # "省级领军 人才": a copied page's wrap left a space inside the word
    if (cut := _UNOPENED_CLOSE_RE.match(text)) is not None and cut.end() < len(text):
        text = text[cut.end() :]  # "柔性引进（含项目合作）专家": the bracket qualified the verb, the kind follows
    if QUALIFYING_QUOTE_RE.search(text):
        return text
    return "".join(c for c in text if c not in QUOTES)


def _kind(reading: Reading, sent: Sentence, anchor: Any, mode_at: int | None) -> models.RecordKind:
    """target / plan / actual; talent programmes (入选“万人计划”) are no plan, 将 before the mode word is."""
    kind = reading.kind_at(sent, anchor, ignore=(*MODE_WORDS_FOR_KIND, *_programmes(reading, sent)))
    if kind != "actual" and _done_in_own_clause(reading.norm, sent, anchor, mode_at):
        return "actual"  # "今年计划招聘教师200名，目前已招聘156名": the second clause tells what was done
    if kind == "actual" and mode_at is not None and _target_with_time(reading.norm, sent, mode_at):
        return "target"  # "目标2030年延攬40萬名國際人才"
    if kind == "target" and mode_at is not None and _target_of_another_verb(reading.norm, sent, mode_at):
        return "actual"  # "力争打造人才集聚高地，今年引进青年人才1.1万人": the goal is the earlier clause's
    if kind == "target" and _expected_not_targeted(reading.norm, sent, anchor, mode_at):
        return "plan"  # "預期攬才專法修正施行後，初期預計新增延攬人數為6700人": the clause's own word is 预计
    future = mode_at is not None and FUTURE_RE.search(
        reading.norm, max(sent.span.start, mode_at - FUTURE_REACH), mode_at
    )
    at = min(anchor.start, mode_at) if mode_at is not None else anchor.start
    expected = EXPECTED_RE.search(reading.norm, max(sent.span.start, at - EXPECTED_REACH), at)
    will = mode_at is not None and WILL_RE.search(reading.norm, sent.span.start, at) is not None
    planned = mode_at is not None and _planned_before(reading.norm, sent, mode_at)
    if kind == "actual" and mode_at is not None and not planned:
        planned = _intent_clause_before(reading.norm, sent, mode_at)
    return "plan" if kind == "actual" and (future or expected or will or planned) else kind


# A clause of only a word of intent and a time, right before the mode word's clause ("预计到今年底，全市可引进…",
# "计划到2028年，全县引进…"): it governs the clause after it.
_INTENT_CLAUSE_RE = patterns.compile(
    r"\s*(?:预计|计划|拟)(?:在|于)?(?:到|至)?[^，,。；;]{1,10}?(?:年底|年末|年内|年|底|末)[，,]\s*$"
)


def _intent_clause_before(norm: str, sent: Sentence, mode_at: int) -> bool:
    index = sent.clause_index(mode_at)
    if index == 0:
        return False
    before = sent.clauses[index - 1]
    return _INTENT_CLAUSE_RE.fullmatch(norm, before.start, sent.clauses[index].start) is not None


# A clause opening on what has been done so far ("目前已引进", "实际引进", "已完成"), after a clause of a plan or target.
# A time phrase may open it ("上半年已引进56名"), but no word of intent ("预计已", "将已").
_DONE_CLAUSE_RE = patterns.compile(
    r"\s*(?:(?!计划|预计|力争|争取|目标|拟|将|要)[^，,。；;]){0,6}?[，,]?\s*(?:已经?|实际|实际上已?)"
)
# 目标 with the time it is set for, before the mode word of its clause ("目标2030年延攬…", "目标每年引入…"), and
# a hope for what is to come ("長期希望每年新增延攬1萬人").
_TARGET_TIME_RE = patterns.compile(
    r"(?:目标(?:[是为]|(?:到|在|于)?(?:\d{4}年|每年|今年|明年|年内|未来|[一二两三四五十]年|\d年))|希望|期望)"
    r"[^，,。；;]{0,12}$"
)


# What a target word of an earlier clause may govern: its own verb and object ("力争打造人才集聚高地"), not a time
# alone ("力争到2025年，…"); the figure's clause opening on its own time ("今年", "上半年") tells what was done.
_OWN_TIME_RE = patterns.compile(r"\s*(?:今年|去年|全年|本年|年内|上半年|下半年|前三季度|\d{4}年|\d{1,2}月)")
_TIME_ONLY_RE = patterns.compile(r"[^，,。；;\d]{0,8}?(?:年底|年末|年内|年|底|末|内|期间)[，,]?\s*")


def _target_of_another_verb(norm: str, sent: Sentence, mode_at: int) -> bool:
    index = sent.clause_index(mode_at)
    clause = sent.clauses[index]
    if index == 0 or _OWN_TIME_RE.match(norm, clause.start) is None:
        return False
    targets = list(_TARGET_WORD_RE.finditer(norm, sent.span.start, clause.start))
    if not targets:
        return False
    target = targets[-1]
    rest_end = sent.clause_at(target.start()).end
    if _TIME_ONLY_RE.fullmatch(norm, target.end(), rest_end):
        return False
    return not any(c.isdigit() for c in norm[target.end() : rest_end])


def _done_in_own_clause(norm: str, sent: Sentence, anchor: Any, mode_at: int | None) -> bool:
    """The count's clause opens on 已 / 实际 and is not the clause of the sentence's first figure: what is done."""
    at = min(anchor.start, mode_at) if mode_at is not None else anchor.start
    index = sent.clause_index(at)
    if index == 0:
        return False
    return _DONE_CLAUSE_RE.match(norm, sent.clauses[index].start) is not None


# Target words as records/kind.py reads them, to tell whether the count's own clause holds one.
_TARGET_WORD_RE = patterns.compile("|".join((*TARGET_WORDS, TARGET_GOAL)))


def _expected_not_targeted(norm: str, sent: Sentence, anchor: Any, mode_at: int | None) -> bool:
    """预计 in the count's clause before it, and no target word there: a target word of an earlier clause speaks of
    something else."""
    at = min(anchor.start, mode_at) if mode_at is not None else anchor.start
    clause = sent.clause_at(at)
    if EXPECTED_RE.search(norm, max(clause.start, at - EXPECTED_REACH), at) is None:
        return False
    return _TARGET_WORD_RE.search(norm, clause.start, sent.clause_at(anchor.start).end) is None


def _target_with_time(norm: str, sent: Sentence, mode_at: int) -> bool:
    clause = sent.clause_at(mode_at)
    return _TARGET_TIME_RE.search(norm, clause.start, mode_at) is not None


# The horizon's own word: "到2025年" / "至2025年", not "截至2024年底" (a count up to a day, whatever the report's date).
_BY_YEAR_RE = patterns.compile(r"(?<![截])(?:到|至)\s*$")
# A plan word opening the horizon ("计划到2028年，全县引进…", "拟至2027年"): the figure is planned.
_PLANNED_BY_YEAR_RE = patterns.compile(r"(?:计划|拟|规划|预计)(?:在|于)?(?:到|至)\s*$")


def _with_horizon(reading: Reading, kind: models.RecordKind, period: Found) -> models.RecordKind:
    """A figure for a year after the report's told as a horizon (到2025年 in a 2023 report) is a goal: a target,
    unless plan words say more (计划到2028年, in its own clause before the figure's: a plan)."""
    if kind != "actual" or period.start is None or not reading.is_ahead(period.value):
        return kind
    if _PLANNED_BY_YEAR_RE.search(reading.norm, max(0, period.start - 4), period.start):
        return "plan"
    return "target" if _BY_YEAR_RE.search(reading.norm, max(0, period.start - 2), period.start) else kind


def _programmes(reading: Reading, sent: Sentence) -> tuple[str, ...]:
    """The talent programmes the sentence names, longest first (read once per sentence: each record asks)."""
    found = sent.memo.get("talent_programmes")
    if found is None:
        norm, start, end = reading.norm, sent.span.start, sent.span.end
        # Every programme PROGRAMME_RE knows holds 计划 or 规划: a sentence with neither names none, and the
        # search (lazy runs of characters before 计划) would try every position to find that out.
        if norm.find("计划", start, end) == -1 and norm.find("规划", start, end) == -1:
            found = ()
        else:
            programmes = {m.group() for m in PROGRAMME_RE.finditer(norm, start, end)}
            found = tuple(sorted(programmes, key=len, reverse=True))
        sent.memo["talent_programmes"] = found
    return found


def _planned_before(norm: str, sent: Sentence, mode_at: int) -> bool:
    """A plan word a few words before the mode word, in its clause ("计划用三年时间引进…", "该市计划到2025年引进…",
    "明年计划新引进…"): the people are to come. A programme's name (人才引进计划共…) and a mode word in the perfective
    (前两期计划吸引了…) tell what was done."""
    lo = max(sent.clause_at(mode_at).start, mode_at - PLANNED_REACH)
    plan = PLANNED_RE.search(norm, lo, mode_at)
    if plan is None or DONE_AFTER_MODE_RE.match(norm, mode_at):
        return False  # "前两期计划吸引了超过750名人才": what the scheme did
    return not any(p.start() <= plan.start() < p.end() for p in PROGRAMME_RE.finditer(norm, lo, mode_at))


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
        kind=_with_horizon(reading, _kind(reading, sent, anchor, mode_at if mode is not None else None), period),
        place=place.value or sent.carried_place,
        organization=organization,
        period=period.value,
        evidence=reading.evidence(sent, lo, hi, place, period),
    )
