"""Settling a date's year and value: the `Resolver` that reads a text's dates in order.

It keeps what the paragraph and the section have said (their latest stated year and month, the
section's year, a dateline's day, the latest day told) and turns each `Expr` of dims/_date_parse.py
into a TIMEX value with its first and last day: years from the reference date or the context, days
without a month, 今天/昨日, weeks, relative months, decades, holidays and 近N年. The conventions are
the ones dims/date.py's docstring lists.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from dataclasses import dataclass, replace

from .. import models, patterns
from ..doc import Doc
from ..text import is_heading
from ._date_forms import (
    DATELINE_REACH,
    DECADE_YEAR_WITHOUT_REFERENCE,
    HOLIDAYS,
    OPENING_PREFIX,
    PAST_YEAR_LAST_MONTH,
    SEASONS,
    SPRING_FESTIVAL,
)
from ._date_parse import Expr, Point

# --- resolution -------------------------------------------------------------------------------


@dataclass
class _Context:
    """What the paragraph has said so far: its latest stated year and month, and what it tells the next ones.

    opening_year: the year the paragraph opens with (2022年，… / 一、2020年工作回顾 / 过去一年，…);
    moved_on: the paragraph stated the reference year or a later one (今年, 明年, 2024年 in 2024);
    last_year: its latest stated year (what a heading passes on).
    """

    paragraph: int = -1
    year: int | None = None
    month: tuple[int | None, int] | None = None
    opening_year: int | None = None
    moved_on: bool = False
    last_year: int | None = None


@dataclass(frozen=True)
class _Resolved:
    timex: str
    start: dt.date | None
    end: dt.date | None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or not 1 <= month <= 12:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_text(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


def _resolve_point(p: Point, year: int | None) -> _Resolved:
    """TIMEX value and inclusive first/last day of one point whose year is settled."""
    y = _year_text(year)
    if p.unit == "year":
        return _Resolved(y, _safe_date(year, 1, 1), _safe_date(year, 12, 31))
    if p.unit == "month":
        month = p.month or 0
        last = _last_day(year, month) if year is not None and 1 <= month <= 12 else 0
        return _Resolved(f"{y}-{month:02d}", _safe_date(year, month, 1), _safe_date(year, month, last))
    if p.unit == "day":
        month, day = p.month, p.day or 0
        if month is None:
            return _Resolved(f"{y}-XX-{day:02d}", None, None)
        date = _safe_date(year, month, day)
        return _Resolved(f"{y}-{month:02d}-{day:02d}", date, date)
    if p.unit == "quarter":
        q = int(p.part or 1)
        last_month = 3 * q
        end = _safe_date(year, last_month, _last_day(year, last_month)) if year is not None else None
        return _Resolved(f"{y}-Q{q}", _safe_date(year, last_month - 2, 1), end)
    if p.unit == "half":
        h = int(p.part or 1)
        end = _safe_date(year, 6, 30) if h == 1 else _safe_date(year, 12, 31)
        return _Resolved(f"{y}-H{h}", _safe_date(year, 1 if h == 1 else 7, 1), end)
    if p.unit == "season":
        code, first_month, length = SEASONS[str(p.part)]
        if year is None:
            return _Resolved(f"{y}-{code}", None, None)
        end_year, end_month = (year + (first_month + length - 2) // 12, (first_month + length - 2) % 12 + 1)
        end = _safe_date(end_year, end_month, _last_day(end_year, end_month))
        return _Resolved(f"{y}-{code}", _safe_date(year, first_month, 1), end)
    raise ValueError(f"unknown unit {p.unit}")


class Resolver:
    """Settles years against the reference date and the paragraph's context, in text order."""

    def __init__(self, doc: Doc) -> None:
        self.reference = doc.reference_date
        self.reference_year = doc.reference_year
        self.norm = doc.norm
        self.paragraphs = doc.paragraphs
        self.paragraph_starts = [p.start for p in doc.paragraphs]
        self.context = _Context()
        self.section_year: int | None = None  # the year under discussion, carried across paragraphs
        # The year a headline states before the reference year (株洲市2023年国民经济和社会发展统计公报 in March
        # 2024): the year the page reviews, for dates without a year where no section states one (全年, 年末).
        self.title_year: int | None = None
        self.offset = 0
        # The day of a news dateline ("湖南日报8月19日讯", "…3月1日电") and where it ends: 今天 / 昨天 just after
        # it count from that day, not from the (later) publication date.
        self.dateline: tuple[dt.date, int] | None = None
        # The latest day the text stated (its TIMEX, and its date when the year is known), for 当天.
        self.last_day: tuple[str, dt.date | None] | None = None

    def enter(self, offset: int) -> None:
        self.offset = offset
        paragraph = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if paragraph != self.context.paragraph:
            self._leave_paragraph(self.context)
            for between in range(max(self.context.paragraph + 1, 0), max(paragraph, 0)):
                if self._is_heading(between):
                    self.section_year = None  # a heading without a date opens a section without a year
            self.context = _Context(paragraph=paragraph, year=self.section_year)

    def _leave_paragraph(self, context: _Context) -> None:
        """The section year after a paragraph: set by a heading or an opening year, ended by the present."""
        if context.paragraph < 0:
            return
        if context.moved_on:
            self.title_year = None  # the text turned to the present: the headline's year no longer speaks
        if self._is_heading(context.paragraph):
            self.section_year = context.last_year
            if context.paragraph == 0 and self._before_reference(context.last_year):
                self.title_year = context.last_year
        elif context.opening_year is not None:
            self.section_year = context.opening_year
        elif context.moved_on:
            self.section_year = None

    def _is_heading(self, paragraph: int) -> bool:
        if not 0 <= paragraph < len(self.paragraphs):
            return False
        # A heading opens a section: its year is the heading's, or none.
        return is_heading(self.paragraphs[paragraph].slice(self.norm))

    def _opens_paragraph(self) -> bool:
        if not 0 <= self.context.paragraph < len(self.paragraphs):
            return False
        start = self.paragraphs[self.context.paragraph].start
        return _OPENING_PREFIX.fullmatch(self.norm, start, self.offset) is not None

    def _note_stated_year(self, expr: Expr, year: int | None) -> None:
        """Record a year the text states, for the paragraphs that follow (see _leave_paragraph)."""
        p = expr.left
        if year is None or p.year_from not in STATED_YEAR_SOURCES:
            return
        if expr.mod == "AFTER" and self.reference_year is not None and year < self.reference_year:
            return  # "去年以来首超…": a span running to the present says nothing of the year discussed
        context = self.context
        if (
            context.last_year is None
            and context.opening_year is None
            and p.unit == "year"
            and expr.right is None
            and expr.mod is None
            and self._opens_paragraph()
        ):
            context.opening_year = year
        context.last_year = year
        if self.reference_year is not None and year >= self.reference_year:
            context.moved_on = True

    def _before_reference(self, year: int | None) -> bool:
        return year is not None and self.reference_year is not None and year < self.reference_year

    def context_year(self) -> int | None:
        if self.context.year is not None:
            return self.context.year
        if self.title_year is not None:
            return self.title_year
        return self.reference_year

    def year(self, p: Point) -> int | None:
        if p.year_from in ("explicit", "fixed"):
            return p.year
        if p.year_from == "ref":
            return self.reference_year + p.year_shift if self.reference_year is not None else None
        base = self.context_year()
        if base is None:
            return None
        if self.context.year is None and self._last_winter(p):
            base -= 1
        return base + p.year_shift

    def _last_winter(self, p: Point) -> bool:
        """A day of November or December told without a year in a report of January or February (香港12月31日电,
        截至12月27日) is a day just past, of the year before the reference year, not ten months ahead."""
        if self.reference is None or p.year_shift or self.reference.month > 2:
            return False
        if p.unit == "quarter":
            return p.part == 4  # 四季度，全市新签约项目56个 in a January report: the quarter just ended
        if p.unit not in ("day", "month") or p.month is None:
            return False
        return p.month >= 11

    def resolve_base(self, expr: Expr) -> models.DateValue:
        """A date the figures are measured from ("在去年高起点的基础上，…1月份…"): its value, without making its
        year the paragraph's (the bare months after it stay in the year discussed)."""
        saved = replace(self.context)
        value = self.resolve(expr)
        self.context = saved
        return value

    def resolve_dateline(self, expr: Expr) -> models.DateValue:
        """A news dateline's day (长沙晚报4月9日讯, 新华社西宁7月30日电) is the day the report was filed: the year of the
        page's date, not of a title above it (2017年第二批…) nor the year its opening states; without a date, XXXX."""
        saved_year, reference_year = self.context.year, self.reference_year
        self.context.year = None
        self.reference_year = self.reference.year if self.reference is not None else None
        try:
            return self.resolve(expr)
        finally:
            self.context.year, self.reference_year = saved_year, reference_year

    def resolve(self, expr: Expr) -> models.DateValue:
        if expr.same_day:
            return self._same_day(expr)
        if expr.recent_years:
            return self._recent_years(expr)
        if expr.holiday:
            return self._holiday(expr)
        if expr.left.unit == "decade":
            return self._decade(expr)
        if expr.left.year_from == "relmonth":
            return self._relative_month(expr)
        if expr.left.year_from == "dayonly":
            return self._day_only(expr)
        if expr.left.year_from == "deixis":
            return self._deixis(expr)
        if expr.left.year_from == "week":
            return self._week(expr)
        if expr.right is None:
            year = self.year(expr.left)
            if expr.left.year_from != "explicit" and _is_impossible_day(expr.left, year):
                year = None  # 2月29日 in a common year: the text did not mean that year
            self._note_stated_year(expr, year)
            self._remember(expr.left, year)
            return _value(_resolve_point(expr.left, year), expr.mod)
        left_year, right_year = self._span_years(expr.left, expr.right)
        self._note_stated_year(expr, left_year if expr.left.year_from in STATED_YEAR_SOURCES else right_year)
        self._remember(expr.left, left_year)
        self._remember(expr.right, right_year)
        first, last = _resolve_point(expr.left, left_year), _resolve_point(expr.right, right_year)
        return _value(_Resolved(f"{first.timex}/{last.timex}", first.start, last.end), expr.mod)

    def _span_years(self, left: Point, right: Point) -> tuple[int | None, int | None]:
        """A side without a year takes the other side's (2023年1-6月, 12月至2023年3月)."""
        stated_left, stated_right = left.year_from is not None, right.year_from is not None
        left_year = self.year(left) if stated_left else None
        right_year = self.year(right) if stated_right else None
        if stated_left and not stated_right:
            right_year = left_year
            if left_year is not None and _order(right) < _order(left):
                right_year = left_year + 1  # 2022年10月至3月
        elif stated_right and not stated_left:
            left_year = right_year
            if right_year is not None and _order(right) < _order(left):
                left_year = right_year - 1  # 12月至2023年3月
        elif not stated_left and not stated_right:
            left_year = right_year = self.context_year()
            if left_year is not None and _order(right) < _order(left):
                right_year = left_year + 1
        return left_year, right_year

    def _remember(self, p: Point, year: int | None) -> None:
        if p.year_from in STATED_YEAR_SOURCES and year is not None:
            self.context.year = year
        if p.unit in ("month", "day") and p.month is not None:
            self.context.month = (year, p.month)

    def _day_only(self, expr: Expr) -> models.DateValue:
        day = expr.left.day or 0
        if self.context.month is not None:
            year, month = self.context.month
        elif self.reference is not None:
            year, month = self.reference.year, self.reference.month
            if day > self.reference.day:
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        else:
            return _value(_Resolved(f"XXXX-XX-{day:02d}", None, None), expr.mod)
        first = _resolve_point(Point("day", month=month, day=day), year)
        if expr.right is None:
            return _value(first, expr.mod)
        last = _resolve_point(Point("day", month=month, day=expr.right.day), year)  # 12日至13日: the same month
        return _value(_Resolved(f"{first.timex}/{last.timex}", first.start, last.end), expr.mod)

    def _same_day(self, expr: Expr) -> models.DateValue:
        """当天 / 当日: the latest day the text stated (a lead's 10月17日; `find` reads none before one)."""
        assert self.last_day is not None
        timex, day = self.last_day
        return _value(_Resolved(timex, day, day), expr.mod)

    def _recent_years(self, expr: Expr) -> models.DateValue:
        """近三年: the N years before the reference year early in a year (a review: 2019/2021 in March 2022), else
        the N years up to it (2022/2023 in December 2023; 2008/2012 on a page of 2012)."""
        last = self.reference_year
        if last is None:
            return _value(_Resolved("XXXX", None, None), expr.mod)
        if self.reference is not None and is_early_in_year(self.reference):
            last -= 1
        first = last - expr.recent_years + 1
        return _value(_Resolved(f"{first:04d}/{last:04d}", dt.date(first, 1, 1), dt.date(last, 12, 31)), expr.mod)

    def _deixis(self, expr: Expr) -> models.DateValue:
        base = self.reference
        if self.dateline is not None and 0 <= self.offset - self.dateline[1] <= DATELINE_REACH:
            base = self.dateline[0]
        if base is None and expr.left.year_shift == 0 and self.last_day is not None:
            # 今天 in a page without a date: the day its lead told (3月24日上午…开工; 今天开工的四个项目)
            return self._same_day(expr)
        if base is None:
            return _value(_Resolved("XXXX-XX-XX", None, None), expr.mod)
        day = base + dt.timedelta(days=expr.left.year_shift)
        return _value(_Resolved(day.isoformat(), day, day), expr.mod)

    def _week(self, expr: Expr) -> models.DateValue:
        """Weeks are ISO weeks (Monday first); a bare weekday is the one within three days of the reference."""
        p = expr.left
        if self.reference is None:
            suffix = {"week": "", "weekend": "-WE"}.get(p.unit, f"-{p.part}")
            return _value(_Resolved(f"XXXX-WXX{suffix}", None, None), expr.mod)
        monday = self.reference - dt.timedelta(days=self.reference.weekday()) + dt.timedelta(weeks=p.year_shift)
        if p.unit == "weekday":
            day = monday + dt.timedelta(days=int(p.part or 1) - 1)
            if expr.nearest and (day - self.reference).days < -3:
                day += dt.timedelta(weeks=1)
            elif expr.nearest and (day - self.reference).days > 3:
                day -= dt.timedelta(weeks=1)
            return _value(_Resolved(day.isoformat(), day, day), expr.mod)
        year, week, _ = monday.isocalendar()
        if p.unit == "weekend":
            saturday = monday + dt.timedelta(days=5)
            return _value(_Resolved(f"{year}-W{week:02d}-WE", saturday, saturday + dt.timedelta(days=1)), expr.mod)
        return _value(_Resolved(f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6)), expr.mod)

    def _relative_month(self, expr: Expr) -> models.DateValue:
        p = expr.left
        if self.reference is None:
            return _value(_Resolved("XXXX-XX" + (f"-{p.day:02d}" if p.day else ""), None, None), expr.mod)
        index = self.reference.year * 12 + self.reference.month - 1 + p.year_shift
        year, month = divmod(index, 12)
        point = Point(p.unit, month=month + 1, day=p.day)
        self.context.month = (year, month + 1)
        if expr.right is not None:
            return self._relative_days(point, year, expr)
        return _value(_resolve_point(point, year), expr.mod)

    def _relative_days(self, left: Point, year: int, expr: Expr) -> models.DateValue:
        """本月12—13日 (the right side in the same month), 本月21日至11月20日 (a later month, maybe next year)."""
        assert expr.right is not None
        right = Point("day", month=expr.right.month or left.month, day=expr.right.day)
        right_year = year + 1 if _order(right) < _order(left) else year
        first, last = _resolve_point(left, year), _resolve_point(right, right_year)
        return _value(_Resolved(f"{first.timex}/{last.timex}", first.start, last.end), expr.mod)

    def _decade(self, expr: Expr) -> models.DateValue:
        p = expr.left
        first = p.year if p.year is not None else self._decade_without_century(int(p.part or 0))
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        return _value(_Resolved(f"{first}/{first + 9}", start, end), expr.mod)

    def _decade_without_century(self, decade: int) -> int:
        """九十年代 / 20年代: the latest such decade that has begun by the reference year."""
        now = self.reference.year if self.reference else DECADE_YEAR_WITHOUT_REFERENCE
        return 2000 + decade if 2000 + decade <= now else 1900 + decade

    def _holiday(self, expr: Expr) -> models.DateValue:
        name = expr.holiday or ""
        stated = expr.left.year_from is not None
        year = self.year(expr.left) if stated else self.context.year
        self._remember(expr.left, year)
        days = _holiday_days(name, year) if year is not None else self._nearest_holiday(name)
        if days is None:
            return _value(_Resolved("XXXX-XX-XX", None, None), expr.mod)
        day, first, last = days
        if not expr.holiday_period:
            return _value(_Resolved(day.isoformat(), day, day), expr.mod)
        return _value(_Resolved(f"{first.isoformat()}/{last.isoformat()}", first, last), expr.mod)

    def _nearest_holiday(self, name: str) -> tuple[dt.date, dt.date, dt.date] | None:
        reference = self.reference
        if reference is None:
            return None
        years = (reference.year - 1, reference.year, reference.year + 1)
        candidates = [days for year in years if (days := _holiday_days(name, year))]
        return min(candidates, key=lambda days: abs((days[0] - reference).days), default=None)


# Years a text states: written (2023年) or counted from the reference date (今年, 去年, 过去一年).
STATED_YEAR_SOURCES = ("explicit", "ref")
_OPENING_PREFIX = patterns.compile(OPENING_PREFIX)


def _is_impossible_day(p: Point, year: int | None) -> bool:
    return (
        p.unit == "day" and p.month is not None and year is not None and _safe_date(year, p.month, p.day or 0) is None
    )


def _order(p: Point) -> tuple[int, int]:
    return (p.month or 0, p.day or 0)


def _holiday_days(name: str, year: int) -> tuple[dt.date, dt.date, dt.date] | None:
    """The holiday's day and the first and last day of its 期间 in the given (Gregorian) year."""
    if name.startswith("初"):
        kind, offset, day, length = "lunar", int(name[1:]) - 1, 0, 1
    else:
        kind, offset, day, length = HOLIDAYS[name]
    if kind == "fixed":
        first = dt.date(year, offset, day)
        return first, first, first + dt.timedelta(days=length - 1)
    if year not in SPRING_FESTIVAL:
        return None
    festival = dt.date(year, *SPRING_FESTIVAL[year])
    day_of = festival + dt.timedelta(days=offset)
    if name in ("春节", "农历新年", "除夕", "大年三十"):  # the holiday runs from the eve
        eve = festival - dt.timedelta(days=1)
        return day_of, eve, eve + dt.timedelta(days=length - 1)
    return day_of, day_of, day_of + dt.timedelta(days=length - 1)


def _value(resolved: _Resolved, mod: str | None) -> models.DateValue:
    return models.DateValue(
        timex=resolved.timex,
        start=resolved.start.isoformat() if resolved.start else None,
        end=resolved.end.isoformat() if resolved.end else None,
        mod=mod,  # type: ignore[arg-type]
    )


def is_early_in_year(reference: dt.date | None) -> bool:
    return reference is None or reference.month <= PAST_YEAR_LAST_MONTH
