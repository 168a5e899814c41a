"""The period of a metric: what records/metrics.py asks once it knows a figure's indicator and kind.

A figure takes the period stated beside it, else (a target, a forecast) the nearest date before it,
else the period of its flow (none for a stock named after that period). Spans of years are read two
ways: a level a span ends at ("过去五年 … 达到43.8亿元") is its last year's, and a change over a span
("过去五年 … 从742亿元增加到1550.2亿元") runs from the year before the span to its last year. A figure
told of an event takes the event's day, unless its own clause states a year after the lead or it is the
year's plan of the projects ("年计划投资370亿元").
"""

from __future__ import annotations

from typing import Any

from .. import models, numerals, patterns
from ..timex import is_day
from . import frames as event_frames
from . import metric_periods
from .context import STOCK_WORDS, Reading
from .metric_words import AVERAGE_WORDS
from .period_dates import NOW_WORDS
from .phrase import Phrase
from .sentence import VALUE_TYPES, Found, Sentence

_SINCE_RE = patterns.compile("以来|至今")
# A later sentence opening on now (目前，…; 截至目前，…) tells the state now, not the event told before it.
_OPENS_ON_NOW_RE = patterns.compile(r"[\s“”\"]*(?:" + "|".join(NOW_WORDS) + ")")
_AS_OF_NOW_RE = patterns.compile("(?:截至|截止|到)目前(?:为止)?")
_FLOW_VERB_RE = patterns.compile("签约|签署|签订|开工|开复工|复工|引进|落地|落户|竣工|投产")
_YEAR_SPAN_RE = patterns.compile(r"\d{4}/\d{4}")
_STOCK_WORDS_RE = patterns.compile(STOCK_WORDS + "|五年|年均")
# A level a span of years ends at ("过去五年 … 一般公共预算收入达到43.8亿元"): the value of its last year.
_LEVEL_VERB_RE = patterns.compile(r"(?:达到|达|突破|增至|增加到|提高到|提升到|上升到|增长到)(?:了)?\s*$")
LEVEL_VERB_REACH = 4
# What the projects of an event plan to invest within the year: a figure of the year, not of the day.
_ANNUAL_PLAN_RE = patterns.compile(r"(?:年度|年|今年|年内|全年|当年)计划(?:完成)?投资")
# The words that make a plan the year's may stand just before the indicator, trimmed from it as lead words
# ("年内计划完成投资", "当年计划投资") or closing a date mention ("2021年计划完成投资").
ANNUAL_PLAN_LEAD = 2


def metric_period(
    reading: Reading, sent: Sentence, value: Any, kind: models.RecordKind, stated: Found | None, indicator: Phrase
) -> Found:
    """The period of the figure `value` named by `indicator`; `stated` is a period stated beside it
    ("从2016年的695.7亿元")."""
    # A target's horizon is its period even for a stock ("到2025年累计引进超亿元项目500个以上").
    if stated is not None:
        period = stated
    elif kind != "actual":
        period = reading.period_before(sent, value.start)
    else:
        period = _past_the_targets_year(reading, sent, value, reading.period_of_flow(sent, value.start))
        period = _within_the_running_span(reading, sent, _finer_before(reading, sent, period))
        period = _so_far_of_the_report(reading, sent, period)
    clause = sent.clause_at(value.start)
    # 累计 in a sentence that says it tells of the event ("这次活动，镇街板块累计签约项目28个") sums its
    # projects; it is no stock, unless the sentence counts from earlier (自…活动开展以来，该师市累计…).
    stock = (
        period.value is None
        and kind == "actual"
        and reading.is_stock(sent, value.start)
        and (
            not event_frames.says_of_the_event(reading, sent, value.end)
            or _SINCE_RE.search(reading.norm, sent.span.start, value.start) is not None
        )
    )
    if period.value is None and not stock and kind == "actual":
        period = Found(metric_periods.year_of_the_event(sent, value.start))  # "2012年第八届…交易会上，签约…"
    if kind == "actual" and stated is None and (span := _over_a_span(reading, sent, value)) is not None:
        return span
    if kind == "actual" and stated is None and (span := _since_the_base_year(reading, value, period)) is not None:
        return span
    if (
        not stock
        and kind == "actual"
        and (_is_a_flow_so_far(reading, sent, value) or _year_told_to_now(reading, sent, value, period))
    ):
        period = _year_to_now(reading, period)
    if kind == "actual" and _is_level_at_end(reading, sent, value, period.value):
        period = Found(period.value.split("/")[1])  # type: ignore[union-attr]
    if not stock and event_frames.of_the_event(reading, sent, clause.start, value.end):
        period = _of_the_event(reading, sent, indicator, clause.start, period)
    if kind == "target" and stated is None and period.value and _completes_the_year_target(reading, sent, value):
        period = Found(period.value[:4]) if period.value[:4].isdigit() else period
    if stated is None and _is_part_of_a_year(period) and _is_the_year_plan(reading, sent, indicator):
        period = Found(period.value[:4])  # type: ignore[index]
    if stated is None and (month := _this_month(reading, sent, value, period)) is not None:
        period = Found(month)  # "1-2月，…。当月新建30亿元以上项目2个": the span's last month
    if kind == "actual" and _is_the_year_just_ended(reading, _whole_year_carried(reading, sent, period)):
        period = Found(str(int(period.value) - 1), period.start, period.end)  # type: ignore[arg-type]
    return period


# The year a target is set for, told as the target's name ("完成全年目标序时进度达到85.4%", "年度任务"): no period of
# the result measured against it.
_TARGETS_YEAR_RE = patterns.compile(r"\s*(?:目标|任务|计划)")
_TARGETS_YEAR_WORDS = ("全年", "年度", "全年度")


def _past_the_targets_year(reading: Reading, sent: Sentence, value: Any, period: Found) -> Found:
    """ "1-10月，…，完成全年目标序时进度达到85.4%": the result so far keeps the period before the target's 全年."""
    norm = reading.norm
    if value.type != "percent" or period.start is None or norm[period.start : period.end] not in _TARGETS_YEAR_WORDS:
        return period
    if _TARGETS_YEAR_RE.match(norm, period.end) is None:
        return period
    return reading.period_before(sent, period.start)


def _this_month(reading: Reading, sent: Sentence, value: Any, period: Found) -> str | None:
    """A bare 当月 in the figure's clause, no date between it and the figure, in a span of the months so far."""
    clause = sent.clause_at(value.start)
    dates = sent.between(clause.start, value.start, "date")
    start = dates[-1].end if dates else clause.start
    return metric_periods.this_month_of(reading.norm, start, value.start, period.value)


# 全年 told of results in a report of the year's first months: the year just ended ("全年引进实施项目826个" in February).
WHOLE_YEAR_WORDS = ("全年", "全年度")
YEAR_JUST_ENDED_MONTHS = 2


def _is_the_year_just_ended(reading: Reading, period: Found) -> bool:
    """Whether `period` is the reference year read from a bare 全年 in a report of January or February."""
    reference = reading.doc.reference_date
    if reference is None or reference.month > YEAR_JUST_ENDED_MONTHS or period.start is None or period.end is None:
        return False
    return period.value == str(reference.year) and reading.norm[period.start : period.end] in WHOLE_YEAR_WORDS


def _whole_year_carried(reading: Reading, sent: Sentence, period: Found) -> Found:
    """The 全年 an earlier sentence of the paragraph told, when `period` is the year carried from it ("全年共签约项目48个。
    实际到位资金62亿元" in a January review: both the year just ended), else `period`."""
    if period.start is not None or period.value is None:
        return period
    dates = _dates_of_the_last_dated_sentence_before(reading, sent)
    if not dates:
        return period
    last = dates[-1]
    told = reading.norm[last.start : last.end]
    return Found(period.value, last.start, last.end) if told in WHOLE_YEAR_WORDS else period


def _dates_of_the_last_dated_sentence_before(reading: Reading, sent: Sentence) -> list[Any]:
    """The dates of the nearest earlier sentence of the paragraph that states any ([] when none does)."""
    index = _last_dated_sentences(reading)[sent.index]
    return reading.sentences[index].of_type("date") if index is not None else []


_LAST_DATED_KEY = "last_dated_sentence_before"


def _last_dated_sentences(reading: Reading) -> list[int | None]:
    """For each sentence, the index of the nearest earlier sentence of its paragraph that states a date: one pass over
    the page, not a walk back from every sentence (a long paragraph of undated sentences made that quadratic)."""
    found: list[int | None] | None = reading.memo.get(_LAST_DATED_KEY)
    if found is None:
        found, last, paragraph = [], None, None
        for sentence in reading.sentences:
            if sentence.paragraph != paragraph:
                last, paragraph = None, sentence.paragraph
            found.append(last)
            if sentence.of_type("date"):
                last = sentence.index
        reading.memo[_LAST_DATED_KEY] = found
    return found


def _is_the_year_plan(reading: Reading, sent: Sentence, indicator: Phrase) -> bool:
    """ "全市一季度集中开工项目120个，…，年度计划投资210亿元": the year's plan of the quarter's projects is the year's."""
    lead = max(sent.clause_at(indicator.start).start, indicator.start - ANNUAL_PLAN_LEAD)
    return _ANNUAL_PLAN_RE.search(reading.norm, lead, indicator.end) is not None


# A span of years told as a duration ("五年来", "过去五年", "近三年", "五年累计"), and the words of a sum or an
# average over it ("累计达215.03亿美元", "年均增长20.7%"): such a figure is the span's, not its last year's.
_SPAN_WORD_RE = patterns.compile(
    r"(?:过去|近)(?P<past>[两二三四五六七八九十]|\d{1,2})年"
    r"|(?<![\d两二三四五六七八九十])(?P<n>[两二三四五六七八九十]|\d{1,2})年(?:来|以来|间|累计)"
)
_OVER_SPAN_RE = patterns.compile("|".join((*AVERAGE_WORDS, "累计")))


def _over_a_span(reading: Reading, sent: Sentence, value: Any) -> Found | None:
    """ "2012年…五年来，全省…年均增幅达25%", "过去五年，全省实际利用外资累计达215.03亿美元": a sum or an average
    growth under a span of years its paragraph tells is the span's, ending at the year the figure is of (or
    the span's own dates, where the date pass read them: 过去五年 in a January report)."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    if _OVER_SPAN_RE.search(norm, clause.start, value.start) is None and not _told_over_the_span(reading, sent, value):
        return None
    paragraph = reading.doc.paragraphs[sent.paragraph]
    words = list(_SPAN_WORD_RE.finditer(norm, min(paragraph.start, sent.span.start), value.start))
    if not words:
        return None
    before = reading.period_before(sent, value.start)
    base = before.value
    if _year_span(base) is not None:
        return Found(base)
    if before.start is not None and before.start > words[-1].start():
        return None  # a date of the figure's own after the span ("过去五年…自2008年…以来，累计…")
    if base is None:
        base = _year_a_span_runs_to(reading)  # "十年来，…累计吸引10000余名博士生" with no year told: to now
    count = numerals.parse_number(words[-1].group("past") or words[-1].group("n"))
    if base is None or not base.isdigit() or len(base) != 4 or count is None or not 1 < count <= 20:
        return None
    return Found(f"{int(base) - int(count) + 1}/{base}")


# "…12885亿元，是2007年的2.5倍，年均增长16.1%": an average told right after a multiple of a base year's figure.
_MULTIPLE_OF_YEAR_RE = patterns.compile(
    rf"[，,]是((?:19|20)\d{{2}})年的[\d.]+倍[，,](?:{'|'.join(AVERAGE_WORDS)})(?:增长|增幅)?$"
)
MULTIPLE_REACH = 20


def _since_the_base_year(reading: Reading, value: Any, period: Found) -> Found | None:
    """ "2012年，全市生产总值12885亿元，是2007年的2.5倍，年均增长16.1%": the average runs from the year after the
    base year to the figure's own year (2008/2012)."""
    until = period.value
    if value.type != "percent" or until is None or not until.isdigit():
        return None
    told = _MULTIPLE_OF_YEAR_RE.search(reading.norm, max(0, value.start - MULTIPLE_REACH), value.start)
    if told is None or told.group(1) >= until:
        return None
    return Found(f"{int(told.group(1)) + 1}/{until}")


# A sentence opening on a span of years told up to now ("五年来，…", "10年来，…"): its figures are the span's.
_OPENS_ON_YEARS_RE = patterns.compile(r"[\s“”\"]*(?:[两二三四五六七八九十]|\d{1,2})年(?:来|以来)[，,]")


def _told_over_the_span(reading: Reading, sent: Sentence, value: Any) -> bool:
    """ "十年来，依托…，先后建成83个博士研修营": a figure of a sentence opening on the span, not a level it reached."""
    if _OPENS_ON_YEARS_RE.match(reading.norm, sent.span.start) is None:
        return False
    return (
        _LEVEL_VERB_RE.search(reading.norm, max(sent.span.start, value.start - LEVEL_VERB_REACH), value.start) is None
    )


def _year_a_span_runs_to(reading: Reading) -> str | None:
    """The last year of a span of years told up to now: the reference year, or the year just ended early in a year
    (五年来 in a January speech is 2017/2021 in 2022, as 过去五年 is)."""
    reference = reading.doc.reference_date
    if reference is None:
        return None
    return str(reference.year - 1 if reference.month <= YEAR_JUST_ENDED_MONTHS else reference.year)


def _completes_the_year_target(reading: Reading, sent: Sentence, value: Any) -> bool:
    """ "上半年完成到位资金11.26亿元，完成目标任务20亿元的56.3%", "完成引进3900亿元…的年度目标": the target is the
    year's, whatever part of it the sentence tells; not one whose own period stands in the phrase
    (完成一季度目标任务5亿元的60%)."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    if _YEARS_TARGET_RE.search(norm, value.end, clause.end):
        return True  # "完成引进3900亿元国内到位资金的年度目标"
    share = sent.first_from(value.end)  # "…20亿元的|56.3%": the percent mention right after 的
    if share is None or share.type != "percent" or norm[value.end : share.start].strip() != "的":
        return False
    verb = norm.rfind("完成", clause.start, value.start)
    return verb >= 0 and not sent.between(verb, value.start, "date")


_YEARS_TARGET_RE = patterns.compile(r"的(?:年度|全年)(?:目标|任务)")


def _is_a_flow_so_far(reading: Reading, sent: Sentence, value: Any) -> bool:
    """Money, or a count of what was signed, started or brought in, told 截至目前: a flow of this year so far
    (a rate or a stock as of now has no period)."""
    now_at = sent.memo.get("as_of_now")
    if now_at is None:  # where the sentence says 截至目前, found once per sentence (-1: nowhere)
        found = _AS_OF_NOW_RE.search(reading.norm, _statement_start(reading, sent), sent.span.end)
        now_at = sent.memo["as_of_now"] = found.start() if found is not None else -1
    if now_at < 0 or now_at >= value.start:
        return False
    if value.type == "money":
        return True
    clause = sent.clause_at(value.start)
    # the verb may follow the things counted ("截止目前已有23个项目开工建设")
    return value.type == "count" and _FLOW_VERB_RE.search(reading.norm, clause.start, clause.end) is not None


# The year itself told with now ("今年截至目前，…", "截至目前，全县今年…"), not a span 今年以来 already runs.
_THIS_YEAR_WORDS = ("今年", "本年", "今年内")
_SINCE_AFTER_RE = patterns.compile(r"\s*(?:以来|来)")
_NOW_AFTER_YEAR_RE = patterns.compile(r"\s*[，,]?\s*(?:截至|截止|到)目前")


def _year_told_to_now(reading: Reading, sent: Sentence, value: Any, period: Found) -> bool:
    """ "今年截至目前，该区签约项目34个，…其中，大项目6个": the year told up to now is January to now, for every
    figure of the statement after 截至目前 (the year's flow, whatever it counts)."""
    reference = reading.doc.reference_date
    if reference is None or period.value != str(reference.year):
        return False
    if period.start is None:  # carried: "今年截至目前，…。55项重点项目开工率达100%" runs on in its paragraph
        return _paragraph_told_year_to_now(reading, sent)
    norm = reading.norm
    if norm[period.start : period.end] not in _THIS_YEAR_WORDS or _SINCE_AFTER_RE.match(norm, period.end):
        return False
    if _NOW_AFTER_YEAR_RE.match(norm, period.end) is not None:
        return period.start < value.start
    start = _statement_start(reading, sent)
    now = _AS_OF_NOW_RE.search(norm, start, value.start)
    return now is not None and start <= period.start < value.start


def _paragraph_told_year_to_now(reading: Reading, sent: Sentence) -> bool:
    """Whether the last earlier sentence of the paragraph that states a date opened on "今年截至目前"."""
    dates = _dates_of_the_last_dated_sentence_before(reading, sent)
    if not dates:
        return False
    first = dates[0]
    return reading.norm[first.start : first.end] in _THIS_YEAR_WORDS and bool(
        _NOW_AFTER_YEAR_RE.match(reading.norm, first.end)
    )


def _statement_start(reading: Reading, sent: Sentence) -> int:
    """Where the statement a sentence belongs to opens: sentences cut at "；" go on the one before them
    ("截至目前，已开工17项，开工率54%；到位资金7.95亿元" → 截至目前 speaks of the money too). Kept in each
    sentence's memo, so a long run of "；" is walked once."""
    chain = []
    current: Sentence | None = sent
    while current is not None and "statement_start" not in current.memo:
        chain.append(current)
        current = _goes_on_from(reading, current)
    start = current.memo["statement_start"] if current is not None else chain[-1].span.start
    for member in chain:
        member.memo["statement_start"] = start
    return start


def _goes_on_from(reading: Reading, sent: Sentence) -> Sentence | None:
    """The sentence before, when it ends with "；" in the same paragraph."""
    if sent.index == 0:
        return None
    before = reading.sentences[sent.index - 1]
    if before.paragraph != sent.paragraph or not _CUT_AT_SEMICOLON_RE.search(
        reading.norm, before.span.start, sent.span.start
    ):
        return None
    return before


# A sentence that ends with "；" (what follows goes on with it).
_CUT_AT_SEMICOLON_RE = patterns.compile(r"[；;]\s*$")


def _year_to_now(reading: Reading, period: Found) -> Found:
    """ "（今年）截至目前，…完成投资14.5亿元": the reference year from January to the reference month, where no
    finer period is told (a year alone, or none)."""
    reference = reading.doc.reference_date
    if reference is None:
        # a page that shows no date: this year so far, its year unknown (as 今年 there is XXXX)
        return Found("XXXX", period.start, period.end) if period.value is None else period
    if period.value not in (None, str(reference.year)):
        return period
    if period.value is not None and period.start is None and _told_only_since(reading, period.value):
        return period  # "今年以来，…。截至目前，全县新签约项目28个": 目前 keeps the span 今年以来 runs (to now)
    if reference.month == 1:
        return Found(f"{reference.year}-01", period.start, period.end)
    if reference.month == 12:  # January to December is the year, as 截至12月底 is
        return Found(str(reference.year), period.start, period.end)
    return Found(f"{reference.year}-01/{reference.year}-{reference.month:02d}", period.start, period.end)


def _so_far_of_the_report(reading: Reading, sent: Sentence, period: Found) -> Found:
    """ "今年以来，全区新签约项目62个" under a headline of the months so far (1-8月全区招商引资情况): that span."""
    if period.start is None or period.value is None:
        return period
    value = metric_periods.so_far_of_the_report(
        reading.norm, period.start, period.value, reading.headline_span_at(period.start), reading.doc.reference_date
    )
    return period if value == period.value else Found(value, period.start, period.end)


def _finer_before(reading: Reading, sent: Sentence, period: Found) -> Found:
    """ "1至9月，地区今年国民生产总值增速7.7%": a bare year after a finer period of that year, with no figure
    between them, names the year of that period, not a period of its own."""
    if period.start is None:
        return period
    finer: Found | None = None
    for m in sent.backwards(period.start, sent.span.start):
        if m.type in VALUE_TYPES:
            break
        if m.type == "date" and reading.is_period_date(m):
            finer = Found(reading.period_of(m), m.start, m.end)
            break
    if finer is not None and not is_day(finer.value) and metric_periods.is_year_of(period.value, finer.value):
        return finer
    return period


def _within_the_running_span(reading: Reading, sent: Sentence, period: Found) -> Found:
    """ "1-10月，全市在建项目4299个，…；今年完成投资479.9亿元": a bare 今年 in a report of the months so far is the span
    told before it in its sentence, else the one its paragraph set."""
    if period.start is None:
        return _carried_within_the_span(reading, sent, period)
    for m in sent.backwards(period.start, sent.span.start):
        if m.type == "date" and reading.is_period_date(m):
            value = metric_periods.in_the_span(reading.norm, period.start, period.value, reading.period_of(m))
            break
    else:
        value = metric_periods.within_the_span(reading.norm, period.start, period.value, sent)
    return period if value == period.value else Found(value, period.start, period.end)


def _carried_within_the_span(reading: Reading, sent: Sentence, period: Found) -> Found:
    """ "截至5月底，全市今年新签约项目76个。分县市区看，淇县签约项目12个": the bare 今年 carried from an earlier
    sentence of the paragraph is the span told before it there, as it is in its own sentence."""
    if period.value is None:
        return period
    for index in range(sent.index - 1, -1, -1):
        earlier = reading.sentences[index]
        if earlier.paragraph != sent.paragraph:
            return period
        dates = [m for m in earlier.of_type("date") if reading.is_period_date(m)]
        if dates:
            if len(dates) < 2 or reading.period_of(dates[-1]) != period.value:
                return period
            value = metric_periods.in_the_span(
                reading.norm, dates[-1].start, period.value, reading.period_of(dates[-2])
            )
            return period if value == period.value else Found(value)
    return period


def ends_of_span(period: str | None) -> tuple[str | None, str | None]:
    """The years a change over a span of years runs between: "过去五年 (2017/2021) … 从742亿元增加到1550.2亿元"
    goes from the level of 2016 (the year before the span) to that of 2021."""
    years = _year_span(period)
    if years is None:
        return None, None
    return str(years[0] - 1), str(years[1])


def _year_span(period: str | None) -> tuple[int, int] | None:
    """(2017, 2021) for "2017/2021", else None."""
    if period is None or not _YEAR_SPAN_RE.fullmatch(period):
        return None
    first, last = period.split("/")
    return int(first), int(last)


def _is_level_at_end(reading: Reading, sent: Sentence, value: Any, period: str | None) -> bool:
    if _year_span(period) is None or _STOCK_WORDS_RE.search(
        reading.norm, sent.clause_at(value.start).start, value.start
    ):
        return False
    return (
        _LEVEL_VERB_RE.search(reading.norm, max(sent.span.start, value.start - LEVEL_VERB_REACH), value.start)
        is not None
    )


_PART_OF_A_YEAR_RE = patterns.compile(r"(?:\d{4}|XXXX)-(?:Q[1-4]|H[12]|\d{2}(?:/(?:\d{4}|XXXX)-\d{2})?)")


def _is_part_of_a_year(period: Found) -> bool:
    """A quarter, a half or a month (or a run of months) of a year: no day, no bare year."""
    return period.value is not None and _PART_OF_A_YEAR_RE.fullmatch(period.value) is not None


def _in_a_clause_of_figures(sent: Sentence, period: Found) -> bool:
    """The period stands in a clause of the sentence that tells figures, not in the one naming the event
    ("德州招商引资项目5月份集中开工暨签约仪式在禹城举行")."""
    if period.start is None or period.start < sent.span.start:
        return False
    clause = sent.clause_at(period.start)
    return any(m.type in VALUE_TYPES for m in sent.between(period.end, clause.end))


def _of_the_event(reading: Reading, sent: Sentence, indicator: Phrase, clause_start: int, period: Found) -> Found:
    """The period of a figure told of an event: the event's day where the figure states none or only the year
    around it; but a year its own clause states after the lead ("预计2023年完成…") stays, and the year's plan
    of the projects ("年计划投资370亿元") is the year's."""
    frame = sent.event_frame
    day = frame.date if frame is not None else None
    if period.start is not None and period.start >= clause_start and frame is not None and frame.opener != sent.index:
        return period
    if frame is not None and frame.opener != sent.index and _OPENS_ON_NOW_RE.match(reading.norm, sent.span.start):
        return period  # "…集中开工。目前已实际开工680个": the state now, not the event's day
    if _is_part_of_a_year(period) and _in_a_clause_of_figures(sent, period):
        return period  # "…集中开工活动，全县三季度集中开工项目31个": the batch of the quarter, not of the day
    lead = max(clause_start, indicator.start - ANNUAL_PLAN_LEAD)
    if day is not None and _ANNUAL_PLAN_RE.search(reading.norm, lead, indicator.end):
        return Found(day[:4])
    dated = event_frames.inherit(period.value, day)
    return period if dated == period.value else Found(dated)


def _told_only_since(reading: Reading, year: str) -> bool:
    """Whether the document states `year` only as a span to now (今年以来, 年初以来), never as the bare year (今年):
    a carried year is then that span, which 截至目前 keeps (docs/contract.md, 目前)."""
    found = reading.memo.get("year_told_since")
    if found is None:
        since: set[str] = set()
        bare: set[str] = set()
        for m in reading.doc.of_type("date"):
            if m.value.timex.isdigit() and len(m.value.timex) == 4:
                (since if m.value.mod == "AFTER" else bare).add(m.value.timex)
        found = reading.memo["year_told_since"] = since - bare
    return year in found
