"""How a date of a sentence becomes the period of the figures after it (records/context.py's `Reading` inherits this).

A date may be a comparison base (比去年同期), a page's stamp, the day the news came, or a span's start
(2011年以来, 自2022年6月揭牌以来, 截至9月底); a figure after a stock word (累计, 总数, 至今) may have no
period, or sum the span it is told in ("1—9月，全区累计签约项目143个"). This class answers those questions per
date and per sentence, with the caches they fill; it knows nothing of topics, so the import runs one way.
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from ..doc import Doc
from ..timex import is_day
from . import frames, metric_periods
from .kind import KIND_REACH
from .sentence import Anchors, Found, Sentence
from .subject_places import SubjectPlaces

# A stock counted since ever has no period: "累计达1687家", "上市企业总数达到82家", "引进办至今已引进84家".
# (累计完成 reports a flow within the period: "1—8月份，…收入累计完成16.09亿元".)
# (总数的 is the whole a share is taken of, "占项目总数的43%": no stock.)
STOCK_WORDS = r"累[计积](?!完成)|总数(?!的)|至今"
_STOCK_RE = patterns.compile(STOCK_WORDS)
UP_TO = ("截至", "截止", "到", "截")  # 截9月底: 截至 in short
_MONTH_POINT_RE = patterns.compile(r"\d{4}-\d{2}")
_YEAR_RE = patterns.compile(r"\d{4}")
_FROM = ("自", "从")
_SINCE_CLOSE_RE = patterns.compile(r"以来[\s，,]*$")
# The start's event between a date and its 以来 ("自2022年6月揭牌以来", "从2014年启动实施以来", also told with its
# subject and object: "自2009年我市启动院士专家工作站建设以来", "自2013年“一带一路”倡议提出以来"), within its clause.
_EVENT_SINCE_RE = patterns.compile(r"[\p{Han}“”‘’《》「」]{0,20}?(?:以来|至今)")
# 从<day> <a few words> 至/到 <day>: the words between the two days of a span ("从4月10日挂牌至7月20日").
_TO = ("至", "到")
# A level told of a total (上市公司总数达到62家): a stock, not the sum of a span.
_LEVEL_AFTER_RE = patterns.compile(r"\s*(?:达到|达|突破|超过|增至|增加到|已达|为)")
_FROM_TO_TAIL_RE = patterns.compile(r"\p{Han}{0,4}[至到]")
_DAY_OR_MONTH_RE = patterns.compile(r"\d{4}-\d{2}(?:-\d{2})?")
_CLOSE_BRACKET_RE = patterns.compile("[）)]")


# A date right after 比 / 较 / 与 … is the base of a comparison ("比去年同期增长"), not a period.
_COMPARISON_BEFORE = ("比", "较", "对比", "相比", "高于", "低于", "多于", "少于", "快于", "慢于")
_COMPARISON_IN = ("同期",)
# A year word right before a date (去年全年, 2022年全年) after one of these: the date is part of the base
# ("比去年全年还多20个", "超过2022年全年总量").
_BASE_OPENERS = (*_COMPARISON_BEFORE, "超过", "超出", "相当于")
_BASE_YEAR_BEFORE_RE = patterns.compile(r"(?:去年|上年|前年|上一年|\d{4}年)$")
_BASE_YEAR_REACH = 5
# What follows the base of a multiple ("是2007年的2.5倍", "分别是2008年的2.65倍和1.94倍").
_MULTIPLE_AFTER_RE = patterns.compile(
    r"\s*的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九十])?)\s*倍"
)


# A numbered round right after a year (2019年第二批…, 2021年度第二次…): the year names the round.
_ROUND_AFTER_RE = patterns.compile(r"度?第[一二三四五六七八九十\d]+[批次]")
# A clock time right after a date: a page's stamp ("發佈時間:2024-04-07 10:40:41 | 來源:…"), run into the body
# where the page lost its line breaks.
_CLOCK_AFTER_RE = patterns.compile(r"\s*\d{1,2}:\d{2}")

_SINCE_RE = patterns.compile("以来|至今")
# How many sentences back a paragraph's point counted up to ("截至2022年底，…") dates its later stocks.
POINT_REACH = 4

# "目前，…" / "截至目前，…" speak of now (records/context.py reads them as the topic's reset).
NOW_WORDS = ("目前", "截至目前", "截止目前", "到目前为止", "到目前", "现在", "当前", "如今", "至今")
# Whether a span holds a now-word at all.
_NOW_WORD_RE = patterns.compile("|".join(NOW_WORDS))


# Quote marks a named span of years is written in ("比“十一五”增长302%", "较「十三五」末"): no word of their own.
_OPENING_QUOTES = "“\"「『《‘'"


def _opening_quote_start(norm: str, start: int) -> int:
    """Where the date at `start` begins once an opening quote mark right before it is counted in."""
    return start - 1 if start > 0 and norm[start - 1] in _OPENING_QUOTES else start


class PeriodDates(SubjectPlaces):
    """Which dates of a document are periods, and the period each gives the figures after it."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self._period_cache: dict[int, Anchors] = {}
        self._period_dates: dict[tuple[int, int], bool] = {}

    def is_comparison_date(self, m: Any) -> bool:
        # "比去年全年还多20个", "超过2022年全年总量": the year word before the date is part of the base
        year_word = _BASE_YEAR_BEFORE_RE.search(self.norm, max(0, m.start - _BASE_YEAR_REACH), m.start)
        if year_word is not None and self.norm.endswith(
            _BASE_OPENERS, max(0, year_word.start() - 2), year_word.start()
        ):
            return True
        start = _opening_quote_start(self.norm, m.start)  # "比“十一五”增长": the quote mark is no word
        before = self.norm[max(0, start - 2) : start]
        after = self.norm[m.end : m.end + 2]
        if any(w in m.text for w in _COMPARISON_IN) or after.startswith(_COMPARISON_IN):
            return True
        if before.endswith("是") and _MULTIPLE_AFTER_RE.match(self.norm, m.end):
            return True  # "（分别）是2007年的2.5倍": the base of a multiple
        return self.norm.endswith(_BASE_OPENERS, max(0, start - 3), start)

    def period_of(self, m: Any) -> str:
        """The period a date gives the figures after it: its TIMEX, but a year "以来" (2011年以来) runs to the
        reference year (2011/2014), a month 以来 or 至今 to the reference month (2014-03/2014-10), and a count up
        to a month's end from the year's start ("截至9月底")."""
        before = self.norm[max(0, m.start - metric_periods.UP_TO_REACH) : m.start]
        timex = metric_periods.year_to_date(m.value.timex, m.value.mod, before, m.text)
        timex = metric_periods.end_of_the_years(timex, m.value.mod)  # "“十一五”末的1600家" → 2010
        reference_year = self.doc.reference_year
        # 以来 right after the date (AFTER), or closing the start's event (自2022年6月揭牌以来)
        since = m.value.mod == "AFTER" or self._opens_a_since_clause(m)
        plan = timex
        timex = metric_periods.from_the_plan_start(timex) if since else timex  # “十四五”以来 → since 2021
        since_an_earlier_year = since and timex.isdigit() and len(timex) == 4
        if since_an_earlier_year and reference_year is not None and int(timex) < reference_year:
            # a plan told 以来 in a report after it ended (“十二五”以来 in February 2016) runs to its last year
            return f"{timex}/{min(reference_year, metric_periods.last_year_of(plan) or reference_year)}"
        reference = self.doc.reference_date
        if since and _MONTH_POINT_RE.fullmatch(timex) and reference is not None:
            # a month 以来 / 至今 (2014年3月至今, 今年1月以来) runs to the reference month, as a year runs to its year
            reference_month = f"{reference.year:04d}-{reference.month:02d}"
            if timex < reference_month:
                return f"{timex}/{reference_month}"
        return timex

    def period_in(self, sent: Sentence, m: Any) -> str:
        """`period_of` a date of the sentence, where a count up to a month's end after a year 以来 runs from that
        year ("自2011年启动…计划以来，截至今年6月底，共引进…" → 2011/2013-06)."""
        period = self.period_of(m)
        if (span := self._from_to(sent, m, period)) is not None:
            return span
        if not _MONTH_POINT_RE.fullmatch(period) or not self.norm.endswith(UP_TO, max(0, m.start - 2), m.start):
            return period
        for since in sent.between(sent.span.start, m.start, "date"):
            year = since.value.timex
            if _YEAR_RE.fullmatch(year) and year < period[:4] and self._is_since(sent, since):
                return f"{year}/{period}"
        return period

    def _from_to(self, sent: Sentence, m: Any, period: str) -> str | None:
        """ "从4月10日挂牌至7月20日，新增企业2046家": a day (or month) a span runs to, after the day it runs from
        and a few words (the start's event) in the same clause, gives the span 2017-04-10/2017-07-20."""
        # the day or month as written: 到 before it made "从3月开始到6月底" read as the year to June's end
        period = m.value.timex if _DAY_OR_MONTH_RE.fullmatch(m.value.timex or "") else period
        if not self.norm.endswith(_TO, max(0, m.start - 1), m.start) or not _DAY_OR_MONTH_RE.fullmatch(period):
            return None
        for start in sent.between(sent.span.start, m.start, "date"):
            first = start.value.timex
            if (
                self.norm.endswith(_FROM, max(0, start.start - 1), start.start)
                and _FROM_TO_TAIL_RE.fullmatch(self.norm, start.end, m.start)
                and len(first) == len(period)
                and first < period
            ):
                return f"{first}/{period}"
        return None

    def _is_since(self, sent: Sentence, m: Any) -> bool:
        """A year a count runs from: 2011年以来, or 自2011年启动…以来 (its clause closing with 以来)."""
        if m.value.mod == "AFTER":
            return True
        clause = sent.clause_at(m.start)
        return (
            self.norm.endswith(_FROM, max(0, m.start - 1), m.start)
            and _SINCE_CLOSE_RE.search(self.norm, m.end, clause.end) is not None
        )

    def is_period_date(self, m: Any) -> bool:
        """A date that can be a period: not a comparison base, not "目前" (no calendar value)."""
        # Asked of each date by the topic, the section, the event frame and every figure's period:
        # decided once per date.
        key = (m.start, m.end)
        found = self._period_dates.get(key)
        if found is None:
            found = self._period_dates[key] = (
                not self.is_comparison_date(m)
                # 今年 on a page without a date is still a year (XXXX); 目前, 今天 unknown are no calendar value
                and (any(c.isdigit() for c in m.value.timex) or m.value.timex == "XXXX")
                and not _CLOCK_AFTER_RE.match(self.norm, m.end)  # a page's stamp (2024-04-07 10:40:41), no period
                and not self._round_year_after_its_day(m)
                and not self._is_open_since(m)
                # the day the news came (10月27日，记者从…获悉，目前，…) dates the news, not the figures
                and not (is_day(m.value.timex) and frames.tells_the_news_day(self.norm, m.end))
            )
        return found

    def _round_year_after_its_day(self, m: Any) -> bool:
        """(session 42) The year of a numbered round after the day it is held (12月4日上午，我市2019年第二批45个重点项目
        举行集中开工仪式): the year names the round, the day is the period. Told alone, the round's year is it."""
        if not (_YEAR_RE.fullmatch(m.value.timex) and _ROUND_AFTER_RE.match(self.norm, m.end)):
            return False
        sent = self.sentence_at(m.start)
        return any(is_day(d.value.timex) for d in sent.between(sent.span.start, m.start, "date"))

    def _is_open_since(self, m: Any) -> bool:
        """A month or year 以来 on a page that gives no date to run it to ("自2022年6月揭牌以来，已集聚…" with no
        publication date): a span without its end, so no period; its start month is not the figures' period."""
        if m.value.mod != "AFTER" and not self._opens_a_since_clause(m):
            return False
        timex = m.value.timex
        if _MONTH_POINT_RE.fullmatch(timex):
            return self.doc.reference_date is None
        return _YEAR_RE.fullmatch(timex) is not None and self.doc.reference_year is None

    def since_an_event(self, m: Any) -> bool:
        """自 a date, the start's event and 以来 (自2009年我市启动院士专家工作站建设以来, not 2011年以来): a span the
        real-page annotators give its own sentence's figures only (dev HY08, R08), no period carried past it."""
        return m.value.mod != "AFTER" and self._opens_a_since_clause(m)

    def _opens_a_since_clause(self, m: Any) -> bool:
        """自/从 a date, the start's event and 以来 ("自2022年6月揭牌以来"): the date a count runs from."""
        return self.norm.endswith(_FROM, max(0, m.start - 1), m.start) and bool(_EVENT_SINCE_RE.match(self.norm, m.end))

    def period_before(self, sent: Sentence, offset: int) -> Found:
        """The nearest date before `offset` in the sentence, else the period the paragraph carries. A date in an
        aside closed before the figure ("新签约项目86个（其中10月份12个），总投资520亿元") dates the aside's figures only."""
        periods = self._periods(sent)
        found = periods.last_before(offset)
        while found is not None and found.start is not None and self._in_an_aside_before(sent, found, offset):
            found = periods.last_before(found.start)
        return found or Found(sent.carried_period)

    def _in_an_aside_before(self, sent: Sentence, date: Found, offset: int) -> bool:
        """The date stands in brackets with other words ("（其中10月份12个）", "（上年同期为360亿元）") that close
        before `offset`; a bracket holding the date alone ("（1-9月）") is a period written beside a figure."""
        assert date.start is not None and date.end is not None
        head = self.norm[sent.span.start : date.start]
        opening = max(head.rfind("（"), head.rfind("("))
        if opening < 0 or max(head.rfind("）"), head.rfind(")")) > opening:
            return False
        close = _CLOSE_BRACKET_RE.search(self.norm, date.end, offset)
        if close is None:
            return False
        alone = not head[opening + 1 :].strip(" 截至止") and not self.norm[date.end : close.start()].strip(
            " 份数据累计"
        )
        return not alone

    def period_of_flow(self, sent: Sentence, offset: int) -> Found:
        """The period of a figure at `offset` (`period_before`), none for a stock ("累计达…", "总数达到…")
        named after that period."""
        period = self.period_before(sent, offset)
        after = max(period.end if period.end is not None else sent.span.start, offset - KIND_REACH)
        stock = _STOCK_RE.search(self.norm, after, offset)
        if stock is None or self._counts_up_to(period) or self._counted_up_to_before(sent, period):
            return period
        if self._sums_the_span(sent, period, stock, offset):
            return period
        return Found(None)

    def _sums_the_span(self, sent: Sentence, period: Found, stock: Any, offset: int) -> bool:
        """ "1—9月，全区累计签约项目143个", "1月至3月，…四大产业项目总数19个": 累计 or 总数 sums the flow of a span
        counted from its start; a 总数 a level is told of (上市公司总数达到62家) or 至今 is a stock."""
        word = stock.group()
        if word == "至今" or (word == "总数" and _LEVEL_AFTER_RE.match(self.norm, stock.end())):
            return False
        stated_here = period.start is not None and period.start >= sent.span.start
        return metric_periods.is_running_span(period.value, stated_here) and not self._own_start_between(
            sent, period, offset
        )

    def _own_start_between(self, sent: Sentence, period: Found, offset: int) -> bool:
        """A count with a start of its own between the period and the figure: since an event ("1—9月，…，项目启动
        以来累计到位资金597亿元") or as of now ("截至目前累计设立外商投资企业超过36万家": a stock, no period)."""
        start = period.end if period.end is not None else sent.span.start
        return (
            _SINCE_RE.search(self.norm, start, offset) is not None
            or _NOW_WORD_RE.search(self.norm, start, offset) is not None
        )

    def is_stock(self, sent: Sentence, offset: int) -> bool:
        """A figure counted since ever ("累计签约项目79个"): stock words in reach before it."""
        return _STOCK_RE.search(self.norm, max(sent.span.start, offset - KIND_REACH), offset) is not None

    def _counts_up_to(self, period: Found) -> bool:
        """ "截至9月底，全县累计引进…": a stock counted up to a stated date has that period."""
        if period.start is None:
            return False
        before = self.norm[max(0, period.start - 2) : period.start]
        return before.endswith(UP_TO) or self.norm.startswith(UP_TO, period.start)

    def _counted_up_to_before(self, sent: Sentence, period: Found) -> bool:
        """ "截至2022年底，全市累计引进外资企业1230家。其中，制造业企业累计达860家": a stock in a later sentence of the
        paragraph that opened on a point counted up to (截至 / 至 …年底) is a stock at that point, with its period."""
        if period.start is not None or period.value is None:
            return False
        sentences = getattr(self, "sentences", ())
        for index in range(sent.index - 1, max(-1, sent.index - POINT_REACH - 1), -1):
            earlier = sentences[index]
            if earlier.paragraph != sent.paragraph:
                return False
            dates = [found for found in self._periods(earlier).found if found.start is not None]
            if dates:
                point = dates[0]
                return point.value == period.value and self._is_a_point_counted_to(point)
        return False

    def _is_a_point_counted_to(self, found: Found) -> bool:
        """Whether the date is a point a count runs up to: 截至 / 截止 / 到 / 至 right before it."""
        assert found.start is not None
        return self.norm.endswith(metric_periods.UP_TO, max(0, found.start - 2), found.start)

    def _periods(self, sent: Sentence) -> Anchors:
        """The sentence's dates that can be periods (once per sentence)."""
        cached = self._period_cache.get(sent.index)
        if cached is None:
            dates = sent.of_type("date")
            cached = Anchors([Found(self.period_in(sent, m), m.start, m.end) for m in dates if self.is_period_date(m)])
            self._period_cache[sent.index] = cached
        return cached
