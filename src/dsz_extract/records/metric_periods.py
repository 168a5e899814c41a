"""How a stated date becomes the period of the figures after it, read from the date's TIMEX and its words.

Statistics pages count from the start of the year: "截至3月底，已引进项目301个" is the year to the end of
March (the first quarter), "截至2021年年底，累计投入5.06亿元" is 2021. A year "以来" (2011年以来) runs to
the reference year. A page that shows no publication date still states its year somewhere ("较2017年同
期", "2018中国浙江·宁波人才科技周"): the figures' periods take it where their own year is unknown.

Pure functions of strings, so the topic walk (records/context.py) and the metric reader both use them.
"""

from __future__ import annotations

from typing import Any

from .. import patterns

# Words before a date that make it the end of a count from the start of the year.
UP_TO = ("截至", "截止", "到", "至", "截")  # 截9月底: 截至 in short
UP_TO_REACH = 4
# Year-to-date spans written as the annotators and the date pass write them (前三季度 → 01/09).
_NAMED_SPANS = {"03": "Q1", "06": "H1"}
_MONTH_RE = patterns.compile(r"(\d{4}|XXXX)-(\d{2})")
_YEAR_RE = patterns.compile(r"(\d{4}|XXXX)")
# A year written out, by its number or as 今年 ("截至今年9月底，…累计签约合作项目1573个": a point counted to).
_WRITTEN_YEAR_RE = patterns.compile(r"\d{4}年|[〇○零一二三四五六七八九]{4}年|今年")  # 截至二○二三年九月底 too

# A year the page states as its own: 2017年, 2018中国…周 (not a horizon "到2025年", not a base "较2017年",
# not part of a longer number).


def year_to_date(timex: str, mod: str | None, before: str, text: str) -> str:
    """The period a date ending a count gives ("截至3月底" → XXXX-Q1, "截至9月末" → 2023-01/2023-09);
    any other date keeps its TIMEX. `before` holds the words just before the date, `text` is the date's.

    A month's end with its year written out ("截至2025年3月底", "截至今年9月底") is a point a running total is
    counted to, often since a programme began, not a count from the start of the year: it stays the month."""
    if not before.endswith(UP_TO) or (mod != "END" and not _month_counted_to(mod, before, text)):
        return timex
    if _WRITTEN_YEAR_RE.search(text) and (_MONTH_RE.fullmatch(timex) or _QUARTER_RE.fullmatch(timex)):
        return timex
    if _YEAR_RE.fullmatch(timex):
        return timex
    quarter = _QUARTER_RE.fullmatch(timex)  # "截至三季度末": the year to the quarter's last month
    month = _MONTH_RE.fullmatch(timex)
    if quarter is not None:
        year, last = quarter.group(1), f"{3 * int(quarter.group(2)):02d}"
    elif month is not None:
        year, last = month.group(1), month.group(2)
    else:
        return timex
    if last == "12":
        return year
    if last in _NAMED_SPANS:
        return f"{year}-{_NAMED_SPANS[last]}"
    if last == "01":
        return timex
    return f"{year}-01/{year}-{last}"


_QUARTER_RE = patterns.compile(r"(\d{4}|XXXX)-Q([1-4])")
# 截至 / 截止 before a bare month (截至10月份，全市新签约项目152个) counts to that month as 截至10月底 does.
_MONTH_WORD_RE = patterns.compile(r"(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?")


def _month_counted_to(mod: str | None, before: str, text: str) -> bool:
    return mod is None and before.endswith(("截至", "截止")) and _MONTH_WORD_RE.fullmatch(text) is not None


# 今年 told bare (今年新建…, 今年已完成…), not 今年以来 / 今年来 nor a part of the year (今年1-9月).
_THIS_YEAR_RE = patterns.compile(r"今年(?!以?[来來])")
# How many characters from the date on tell 今年 from 今年以来.
_THIS_YEAR_WORDS = 5
# A span counted from January of a year, short of the whole year (1—11月, 前三季度, 上半年, 一季度).
_YEAR_TO_DATE_RE = patterns.compile(r"(\d{4}|XXXX)-(?:01/(?:\d{4}|XXXX)-(?:0[2-9]|1[01])|Q1|H1)")


def within_the_span(norm: str, start: int, period: str | None, sent: Any) -> str | None:
    """A bare 今年 told after a span of the months so far in its paragraph ("1-11月，全省在建…；今年新建10亿元以上
    项目476个") is the year up to now, the span the paragraph counts: its figures take the span, not the whole
    year. The date starts at `start` of the text `norm`; `sent` carries the period set before it (none where the paragraph goes
    on with an inherited one: 今年 opening a paragraph of its own is the year)."""
    span = sent.carried_period if sent.lead_period is None else None
    return in_the_span(norm, start, period, span)


def in_the_span(norm: str, start: int, period: str | None, span: str | None) -> str | None:
    """`within_the_span` with the span given: the one stated before 今年 in its sentence."""
    if period is None or span is None or not _THIS_YEAR_RE.match(norm, start, start + _THIS_YEAR_WORDS):
        return period
    year = _YEAR_TO_DATE_RE.fullmatch(span)
    return span if year is not None and year.group(1) == period else period


# A span that already counts up from its start: months of a year from January (1—9月, 前三季度, 上半年) or the
# years since one (2014年以来 → 2014/2015); a year stated in the figure's own sentence too (2022年，…累计引进…).
_RUNNING_SPAN_RE = patterns.compile(r"(?:\d{4}|XXXX)-(?:01/(?:\d{4}|XXXX)-\d{2}|Q1|H1)|\d{4}/\d{4}")


def is_running_span(period: str | None, stated_here: bool = False) -> bool:
    """ "1—9月，全区累计签约项目143个", "从2014年以来，累计签约…", "今年全市累计签约…": 累计 sums the flow of the span its
    period states, so the figure keeps the span (a total counted since ever has none). A bare year counts only
    when the figure's sentence states it: one carried from the lead leaves 累计 a stock."""
    if period is None:
        return False
    return _RUNNING_SPAN_RE.fullmatch(period) is not None or (stated_here and _YEAR_RE.fullmatch(period) is not None)


_YEAR_SPAN_RE = patterns.compile(r"(\d{4})/\d{4}")
_YEARS_RE = patterns.compile(r"(\d{4})/(\d{4})")


def end_of_the_years(timex: str, mod: str | None) -> str:
    """The end or the start of a span of years ("“十一五”末的1600家" → 2010, "“十三五”初" → 2016): a level
    told at that point is of that one year, not of the span."""
    years = _YEARS_RE.fullmatch(timex)
    if years is None or mod not in ("END", "START"):
        return timex
    return years.group(2) if mod == "END" else years.group(1)


def last_year_of(timex: str) -> int | None:
    """The last year of a span of years (2011/2015 → 2015), else None."""
    years = _YEARS_RE.fullmatch(timex)
    return int(years.group(2)) if years is not None else None


def from_the_plan_start(timex: str) -> str:
    """A span of years told with 以来 (“十四五”以来: 2021/2025) counts from its first year, to now, not to its end."""
    span = _YEAR_SPAN_RE.fullmatch(timex)
    return span.group(1) if span is not None else timex


def is_month_of(period: str | None, span: str | None) -> bool:
    """Whether `period` is one month of the span of months `span` ("8月份" of "前8月"): a breakdown that
    does not replace the span the lead of a report set."""
    if period is None or span is None or "/" not in span:
        return False
    month = _MONTH_RE.fullmatch(period)
    first, _, last = span.partition("/")
    bounds = _MONTH_RE.fullmatch(first), _MONTH_RE.fullmatch(last)
    if month is None or bounds[0] is None or bounds[1] is None:
        return False
    return month.group(1) == bounds[0].group(1) == bounds[1].group(1) and (
        bounds[0].group(2) <= month.group(2) <= bounds[1].group(2)
    )


def is_year_of(year: str | None, period: str | None) -> bool:
    """Whether `year` is a bare year (2014, XXXX) and `period` a finer period within it."""
    return (
        year is not None
        and period is not None
        and _YEAR_RE.fullmatch(year) is not None
        and period.startswith(year + "-")
    )


# An event named with its year ("2012年第八届中国—亚欧博览会", "2014四川(南充)法国周"): the edition's year.
_EDITION_YEAR_RE = patterns.compile(r"((?:19|20)\d{2})(?:年度?)?(?!\d)")


def year_of_the_event(sent: Any, start: int) -> str | None:
    """The year an event mention before `start` in the sentence opens with: the figures told at it
    ("2012年第八届…交易会上，签约项目21个") are of that year when no date of their own is stated."""
    events = [m for m in sent.of_type("event") if m.end <= start]
    for event in reversed(events):
        found = _EDITION_YEAR_RE.match(event.text) if isinstance(event.text, str) else None
        if found is not None:
            return found.group(1)
    return None


# "当月" in a report of the months so far: the last month of the span ("1-2月，…。当月新建30亿元以上项目2个" → 02).
_THIS_MONTH_RE = patterns.compile(r"当月|當月|单月|單月")
THIS_MONTH_REACH = 12
_SPAN_TO_MONTH_RE = patterns.compile(r"((?:\d{4}|XXXX))-(?:01/(?:\d{4}|XXXX)-(\d{2})|(Q1|H1))")


def this_month_of(norm: str, start: int, value_start: int, period: str | None) -> str | None:
    """The month a bare 当月 before the figure (between `start` and it, no date of its own) speaks of in a span
    of the year so far (2018-01/2018-02 → 2018-02; 上半年 → 06), else None."""
    if period is None or _THIS_MONTH_RE.search(norm, max(start, value_start - THIS_MONTH_REACH), value_start) is None:
        return None
    span = _SPAN_TO_MONTH_RE.fullmatch(period)
    if span is None:
        return None
    month = span.group(2) or {"Q1": "03", "H1": "06"}[span.group(3)]
    return f"{span.group(1)}-{month}"


# The year so far told as a span to now: 今年以来, 年初以来, 今年来, 开年以来, 今年初以来.
_SO_FAR_RE = patterns.compile(r"(?:今年年?初?|年初|开年|開年)(?:以来|以來|来|來|至今)")
_SO_FAR_WORDS = 7
# How many months a report of the months so far may come out after the span's last month (上半年 told on 2 August).
SO_FAR_LAG = 2


def so_far_of_the_report(norm: str, start: int, period: str | None, span: str | None, reference: Any) -> str | None:
    """ "前三季度宿州实际使用外资增长12%⏎今年以来，宿州市实际使用外资2.3亿美元": the year so far (今年以来, 年初以来)
    in a report whose headline states the months so far (1—N月, 上半年, 前三季度) of that year is that span: the
    figures are the headline's, not the whole year's. A lead's span does not reach it: "一季度，商洛市新签约项目75个。
    ⏎今年以来，…签约…项目18个" tells the year's other figures. `period` is the year the words at `start` give
    (the date's words start at `start`), `span` the headline's period, `reference` the report's date."""
    if span is None or not _SO_FAR_RE.match(norm, start, start + _SO_FAR_WORDS):
        return period
    year = _YEAR_TO_DATE_RE.fullmatch(span)
    if year is None or year.group(1) != period:
        return period
    return span if _ends_near(span, reference) else period


def _ends_near(span: str, reference: Any) -> bool:
    """Whether the span of the months so far ended within `SO_FAR_LAG` months before the report's month, as the
    statistics of a span come out after it (a headline's 一季度 on 22 March names a batch of the quarter, not the
    months so far); a report without a date: its year is unknown too, XXXX, and the span is taken as the report's."""
    if reference is None:
        return True
    last = _SPAN_TO_MONTH_RE.fullmatch(span)
    if last is None or last.group(1) != str(reference.year):
        return last is not None and last.group(1) == "XXXX"
    month = int(last.group(2) or {"Q1": "03", "H1": "06"}[last.group(3)])
    return reference.month - SO_FAR_LAG <= month < reference.month
