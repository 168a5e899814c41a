"""Date mentions: calendar dates and periods as TIMEX3 values, rules and normalisation side by side.

What is a date here (contract §2): a calendar date or period. Not a duration (两个半月, 3年, 五年来,
12个月, 近三年), not a frequency (每季度, 每年, 每周四), not the base of a comparison (去年同期,
上年同期, 比上年, 比年初), and not a vague word (近年来, 近期, 近日, 日前, 目前, 最近). Of the
day-level deixis, reports use the past and present ones (昨日，记者从…获悉; 今天会上; 周四召开), which
are kept; 明天/后天 are rhetoric there (共创美好明天) and 12号 without a month is a building or a
document (3号楼, 1号文件), so they are left out.

Conventions the contract leaves open, fixed here:

- Spans are ISO 8601 intervals at the precision the text has: 1—4月份 → 2023-01/2023-04,
  3月10日至12日 → 2023-03-10/2023-03-12, 2022年至2025年 → 2022/2025.
- A span of quarters is written as the span of its months, so that it compares with the month
  spans the same statistics use: 前三季度 → 2023-01/2023-09 (start 01-01, end 09-30). A single
  quarter stays 2023-Q1, a half 2023-H1.
- Five-year plans are year intervals: 十四五 → 2021/2025; 十四五末 → 2021/2025 with mod END.
  Decades too: 上世纪90年代 → 1990/1999.
- `mod` never narrows start/end: 今年4月初 → 2023-04, START, 2023-04-01..2023-04-30.
  …底前 (6月底前, 年底前) reads "by the end of": mod END. Other …前 → BEFORE; …后 → AFTER;
  X以来 and X至今 → X with mod AFTER.
- The year of a date that states none: the most recent stated year (a numeral year, 2023年,
  二〇二三年, 民国112年, or one counted from the reference date: 今年, 去年, 过去一年) earlier in the
  same paragraph, else the section's year (below), else the reference date's year, else XXXX
  ("2023年1-6月 … 6月份" → 2023-06). 今年/去年/明年/前年/本年 always count from the reference
  date; 全年/年内/年底/年初/当年/同年 take the paragraph's year the way a bare month does; 次年 is
  that year plus one.
- The section's year: reviews state the year under discussion once (一、2020年工作回顾; 2023年，
  全区…; 过去一年，…) and then talk of 全年, 12月底, 6月28日 for paragraphs. A heading line (short,
  no clause punctuation) sets the section's year to its latest stated year, or to none; a paragraph
  that opens with a year (2022年，…, after heading numbering at most) sets it to that year; a paragraph that states the
  reference year or a later one (今年, 明年, 2024年 in a 2024 text) ends it. An earlier year inside
  a sentence (始建于2018年) neither sets nor ends it.
- 过去一年 / 过去的一年 is the year before the reference year when the reference date is in the
  first half of a year (the review of a report or speech early in a year); later in a year it is
  the last twelve months, a duration, and no date. 过去五年 (过去N年, N ≥ 2) is read the same way: the
  N years before the reference year (a term's review: 2017/2021 in a January 2022 report).
- A day without a month (18日): the month of the most recent month-precision date in the
  paragraph, else the reference month (the month before when the day is later than the reference
  day: reports tell what happened).
- Holidays (春节, 除夕, 元宵节, 元旦, 国庆, 劳动节): the occurrence in the paragraph's year when one
  is stated, else the one nearest the reference date. 春节期间/假期 is the eve and the six days
  after, the usual seven-day holiday.
- Weeks are ISO weeks (上周 → 2017-W11); a weekday with 上/下/本 is in that week, a bare one (周四) is
  the one within three days of the reference date. 今天/今日/昨天/昨日 count from the reference date.
- Taiwanese and Hong Kong news: 今（10）日 / 昨（9）日 is that day (resolved like 18日); 第一季 is a
  quarter without 度.
- Minguo years: 民国N年 anywhere; a bare 112年 or 112/8/18 only in Taiwanese text (traditional
  characters plus a Taiwanese marker such as 新台币 or 行政院).

Where the rules live: dims/_date_forms.py holds the vocabulary and the pattern (what a date looks
like), dims/_date_parse.py what a match says before its year is settled (`Point`, `Expr`, a parser
per form), dims/_date_resolve.py the `Resolver` that settles years, days and spans by the
conventions above. This module runs the pass (`find`) with the filters for words that only look
like dates (an item of a slogan list, a repeated 当年) and `in_earlier_event` (继…后), which
records/frames.py reads too. The date a text states about itself is read by pubdate.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import models, patterns
from ..doc import Doc
from ..timex import is_day
from ._date_forms import DATELINE_ENDS, TAIWAN_MARKERS, matches
from ._date_parse import Expr, mention_span, parse
from ._date_resolve import Resolver, is_early_in_year

# --- filters for words that look like dates but are not -----------------------------------------

_SLOGAN_ITEM = patterns.compile(r"[\p{Han}][’”」』、]")
# The base a year's figures build on ("在去年高起点的基础上", "在上年完成495亿元投资任务的基础上"): a date after
# 在 whose clause ends in 基础上.
_BASE_AFTER_RE = patterns.compile(r"[^，,。；;！？!?]{0,16}?基[础礎]上")


def _is_slogan_item(norm: str, start: int, end: int) -> bool:
    """全年干 in 月通报、季度比、半年看、全年干: a period word + one verb, one item of a slogan list."""
    return start > 0 and norm[start - 1] in "、‘“「" and bool(_SLOGAN_ITEM.match(norm, end))


class _RepeatedDangnian:
    """当年签约、当年开工、当年投产: a 当年 repeated in its sentence means "in the same year", not a date."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.counts: dict[int, int] = {}  # sentence start -> how many 当年 it holds

    def __call__(self, start: int, end: int) -> bool:
        norm = self.doc.norm
        if norm[start:end] != "当年":
            return False
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return False
        if sentence.start not in self.counts:
            self.counts[sentence.start] = norm.count("当年", sentence.start, sentence.end)
        return self.counts[sentence.start] > 1


# --- the pass ---------------------------------------------------------------------------------


def is_taiwanese(doc: Doc) -> bool:
    return doc.traditional and any(marker in doc.norm for marker in TAIWAN_MARKERS)


# An earlier event a report refers to (这是该市继8月29日集中签约10个项目后…): its day is no day just told.
EARLIER_EVENT_RE = patterns.compile(r"继[^，,。；;]{0,30}?(?:之后|以后|后)")
EARLIER_EVENT_REACH = 32


def in_earlier_event(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] lies inside "继…后", the mention of an earlier event."""
    lo = max(0, start - EARLIER_EVENT_REACH)
    return any(
        m.start() <= start and end <= m.end() for m in EARLIER_EVENT_RE.finditer(norm, lo, end + EARLIER_EVENT_REACH)
    )


def find(doc: Doc) -> list[models.DateMention]:
    taiwan = is_taiwanese(doc)
    norm = doc.norm
    resolver = Resolver(doc)
    repeated_dangnian = _RepeatedDangnian(doc)
    mentions: list[models.DateMention] = []
    spans: list[tuple[int, int]] = []
    day_words: list[bool] = []  # 今天 / 昨天 the page's date could not settle
    for m in matches(norm, taiwan):
        start, end = mention_span(m, norm)
        if _is_slogan_item(norm, start, end) or repeated_dangnian(start, end):
            continue
        expr = parse(m)
        if expr is None or (expr.past_year and not is_early_in_year(doc.reference_date)):
            continue
        resolver.enter(start)
        if expr.same_day and resolver.last_day is None:
            continue  # 当日事当日毕: no day was told, so no day is meant
        if _is_a_base(norm, start, end):
            value = resolver.resolve_base(expr)
        elif _is_dateline_day(norm, end, expr):
            value = resolver.resolve_dateline(expr)
        else:
            value = resolver.resolve(expr)
        if value.mod is None and _runs_on_from(norm, end, expr):
            value = value.model_copy(update={"mod": "AFTER"})
        if norm.startswith(DATELINE_ENDS, end) and value.start is not None and value.start == value.end:
            resolver.dateline = (dt.date.fromisoformat(value.start), end)
        # a day told with its day-of-month (not 昨天 left unresolved) is the day 当天 may point back to
        told_day = is_day(value.timex) and value.timex[8:].isdigit()
        if told_day and not expr.same_day and not in_earlier_event(norm, start, end):
            resolver.last_day = (value.timex, dt.date.fromisoformat(value.start) if value.start else None)
        mentions.append(doc.make("date", start, end, value))
        spans.append((start, end))
        day_words.append(expr.left.year_from == "deixis" and value.timex.startswith("XXXX"))
    return _days_told_after(mentions, spans, day_words, norm)


_APPOSITION_GAP = patterns.compile(r"[ \t（(]?")


def _days_told_after(
    mentions: list[models.DateMention], spans: list[tuple[int, int]], day_words: list[bool], norm: str
) -> list[models.DateMention]:
    """今天（12月26日）, 昨天6月21日: a day word the page cannot resolve is the day written right after it."""
    for i in range(len(mentions) - 1):
        if not day_words[i] or not is_day(mentions[i + 1].value.timex):
            continue
        end, next_start = spans[i][1], spans[i + 1][0]
        if _APPOSITION_GAP.fullmatch(norm, end, next_start):
            mentions[i] = mentions[i].model_copy(update={"value": mentions[i + 1].value})
    return mentions


# 从2022年开始，…  今年起，…  自106年6月起，…: a year or a month from which something runs on (TIMEX3 AFTER).
_FROM_ON_RE = patterns.compile(r"(?:起|开始)(?=[，,；;：:\s]|实施|施行|执行)")


def _runs_on_from(norm: str, end: int, expr: Expr) -> bool:
    """A year or a month closed by 起 / 开始 and a pause; a day so closed (4月24日起施行) keeps its day."""
    return expr.right is None and expr.left.unit in ("year", "month") and _FROM_ON_RE.match(norm, end) is not None


def _is_dateline_day(norm: str, end: int, expr: Expr) -> bool:
    """4月9日讯, 7月30日电: a day without its year closing a news dateline."""
    p = expr.left
    return (
        expr.right is None and p.unit == "day" and p.year_from in (None, "ctx") and norm.startswith(DATELINE_ENDS, end)
    )


def _is_a_base(norm: str, start: int, end: int) -> bool:
    """ "在去年…的基础上", "由2013年的165家增加到186家": the date is the base the text builds on or grows from, not
    the year it goes on to tell of."""
    if start == 0:
        return False
    if norm[start - 1] in "由从" and norm.startswith("的", end):
        return True
    return norm[start - 1] == "在" and _BASE_AFTER_RE.match(norm, end) is not None


# A five-year plan as written inside a date mention (“十三五”期间, ‘十四五’末, “十四五”以来).
_PLAN_WORD_RE = patterns.compile(r"十[一二三四五六]五")


def plan_as_written(mentions: list[Any]) -> list[Any]:
    """The report's date mentions of a five-year plan keep the plan's word alone (十三五), not its quotes nor
    期间 / 时期 / 末 / 以来 after it: those set the value's mod only (contract §6 Dates). The passes and records
    read the wider span (the words after a date tell a level's point and a metric's name), so only the report
    is trimmed."""
    return [_plan_word_only(m) if m.type == "date" else m for m in mentions]


def _plan_word_only(mention: Any) -> Any:
    word = _PLAN_WORD_RE.search(mention.text)
    if word is None or word.group() == mention.text:
        return mention
    start = mention.start + word.start()
    return mention.model_copy(update={"text": word.group(), "start": start, "end": start + len(word.group())})
