"""What a date match says, before its year is settled: `Point` and `Expr`, and a parser per form.

`parse` turns a match of dims/_date_forms.py's pattern into an `Expr` (one point, or the two sides of a
span, with its mod and how its year is to be found), or None when the match is no date after all
(6-1月, 前1个月); `mention_span` gives the offsets the mention keeps. dims/_date_resolve.py settles
the years.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

import regex

from .. import numerals
from ._date_forms import (
    DAY_WORDS,
    FIVE_YEAR_PLAN_NUMBERS,
    MINGUO_OFFSET,
    SUB_MODS,
    SUFFIX_MODS,
    WEEK_SHIFTS,
    WEEKDAYS,
    YEAR_WORDS,
)

# --- numerals ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _cn_int(text: str) -> int:
    """Arabic or Chinese numerals (十二, 二〇二三, 两千零四) to int; 元 (元月, 民国元年) is 1."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    return numerals.cardinal(text.replace("○", "〇").replace("O", "〇"))


# --- what a match says, before resolution -----------------------------------------------------


@dataclass(frozen=True)
class Point:
    """One side of a date expression: where its year comes from, and its granularity.

    year_from: "explicit" (stated: 2023年), "fixed" (known but not the paragraph's year: 十四五),
    "ref" (今年: reference year + year_shift), "ctx" (年内, or nothing stated: the paragraph's year +
    year_shift), None (a side of a span that takes the other side's year), or how a deictic form is
    resolved: "relmonth" (本月, shift in months), "dayonly" (18日), "deixis" (昨天, shift in days),
    "week" (上周四, shift in weeks), "decade" (九十年代).
    """

    unit: str  # year, month, day, quarter, half, season, decade, weekday, week, weekend
    year: int | None = None
    year_from: str | None = None
    year_shift: int = 0
    month: int | None = None
    day: int | None = None
    part: int | str | None = None  # quarter 1-4, half 1-2, season code, decade first year


@dataclass(frozen=True)
class Expr:
    left: Point
    right: Point | None = None
    mod: str | None = None
    holiday: str | None = None
    holiday_period: bool = False
    nearest: bool = False  # a weekday without 上/下/本: the one nearest the reference date
    past_year: bool = False  # 过去一年: a date only early in the reference year
    recent_years: int = 0  # 近三年, 五年来: the last N years
    same_day: bool = False  # 当天: the latest day told


def _group(m: regex.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _year_of(m: regex.Match[str], s: str) -> tuple[int | None, str | None, int]:
    """(year, year_from, shift) for the year part on side s of a match."""
    if value := _group(m, f"ya{s}"):
        return int(value), "explicit", 0
    if value := _group(m, f"yc{s}") or _group(m, f"yk{s}"):
        return _cn_int(value), "explicit", 0
    if value := _group(m, f"yz{s}") or _group(m, f"y2{s}"):
        return _two_digit_year(_cn_int(value)), "explicit", 0
    if _group(m, f"ymg{s}"):
        return MINGUO_OFFSET + _cn_int(_group(m, f"ymn{s}") or "0"), "explicit", 0
    if value := _group(m, f"ytw{s}"):
        return MINGUO_OFFSET + int(value), "explicit", 0
    if value := _group(m, f"yr{s}"):
        source, shift = YEAR_WORDS[value]
        return None, source, shift
    if _group(m, f"yx{s}"):
        return None, "ctx", 0
    return None, None, 0


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 50 else 1900 + yy


def _month_of(m: regex.Match[str], s: str) -> int | None:
    value = _group(m, f"ma{s}") or _group(m, f"mc{s}")
    return _cn_int(value) if value else None


def _day_of(m: regex.Match[str], s: str) -> int | None:
    value = _group(m, f"da{s}") or _group(m, f"dc{s}")
    return _cn_int(value) if value else None


def _point(m: regex.Match[str], s: str, unit: str, **fields: int | str | None) -> Point:
    year, year_from, shift = _year_of(m, s)
    return Point(unit=unit, year=year, year_from=year_from, year_shift=shift, **fields)  # type: ignore[arg-type]


def _mod(sub: str | None, suffix: str | None) -> str | None:
    """The TIMEX mod from a sub-period word (初/底/旬) and a suffix (前/后/以来)."""
    sub_mod = SUB_MODS.get(sub) if sub else None
    if not suffix:
        return sub_mod
    suffix_mod = SUFFIX_MODS[suffix]
    if suffix_mod == "BEFORE" and sub_mod == "END":
        return "END"  # 6月底前, 年底前: by the end of
    return suffix_mod


def parse(m: regex.Match[str]) -> Expr | None:
    form = next(name for name, index in _form_groups(m.re) if m.start(index) >= 0)
    suffix = m.group("suf")
    return _PARSERS[form](m, suffix)


@functools.cache
def _form_groups(pattern: regex.Pattern[str]) -> tuple[tuple[str, int], ...]:
    """The forms of a compiled date pattern with their marker groups' numbers, in _PARSERS order: a match
    looks up each by number instead of by a name built per match (a name the pattern lacks, such as
    numeric_roc outside Taiwan, raised and caught an IndexError for most dates)."""
    index = pattern.groupindex
    return tuple((name, index[f"K_{name}"]) for name in _PARSERS if f"K_{name}" in index)


def _parse_rdays(m: regex.Match[str], suffix: str | None) -> Expr | None:
    left = _point(m, "1", "day", month=_month_of(m, "1"), day=_day_of(m, "1"))
    right_month = _month_of(m, "2")
    right = _point(m, "2", "day", month=right_month or left.month, day=_day_of(m, "2"))
    return Expr(left, right, _mod(None, suffix))


def _parse_rmonths(m: regex.Match[str], suffix: str | None) -> Expr | None:
    left = _point(m, "1", "month", month=_month_of(m, "1"))
    right = _point(m, "2", "month", month=_month_of(m, "2"))
    if left.year_from is None and right.year_from is None and (left.month or 0) >= (right.month or 0):
        return None  # 6-1月 is no span
    return Expr(left, right, _mod(None, suffix))


def _parse_rquarters(m: regex.Match[str], suffix: str | None) -> Expr | None:
    q1, q2 = _cn_int(m.group("q1")), _cn_int(m.group("q2"))
    if q1 >= q2:
        return None
    left = _point(m, "1", "month", month=3 * q1 - 2)
    right = replace(left, month=3 * q2)
    return Expr(left, right, _mod(m.group("qsub"), suffix))


def _parse_ryears(m: regex.Match[str], suffix: str | None) -> Expr | None:
    first, last = _cn_int(m.group("ra1")), _cn_int(m.group("ra2"))
    if not first < last <= first + 50:
        return None
    return Expr(Point("year", first, "explicit"), Point("year", last, "explicit"), _mod(None, suffix))


def _parse_numeric(m: regex.Match[str], suffix: str | None) -> Expr | None:
    offset = MINGUO_OFFSET if _group(m, "nroc") is not None else 0
    left = Point("day", int(m.group("ny1")) + offset, "explicit", month=int(m.group("nm1")), day=int(m.group("nd1")))
    right = None
    if _group(m, "ny2"):
        right = Point(
            "day", int(m.group("ny2")) + offset, "explicit", month=int(m.group("nm2")), day=int(m.group("nd2"))
        )
    return Expr(left, right, _mod(None, suffix))


def _parse_single(m: regex.Match[str], suffix: str | None) -> Expr | None:
    if m.group("hol"):
        return _parse_holiday(m, suffix)
    if _group(m, "ma1") or _group(m, "mc1"):
        month, day = _month_of(m, "1"), _day_of(m, "1")
        if day is not None:
            return Expr(_point(m, "1", "day", month=month, day=day), mod=_mod(None, suffix))
        return Expr(_point(m, "1", "month", month=month), mod=_mod(m.group("msub"), suffix))
    if m.group("q1"):
        quarter = 1 if m.group("q1") == "首" else _cn_int(m.group("q1"))
        return Expr(_point(m, "1", "quarter", part=quarter), mod=_mod(m.group("qsub"), suffix))
    if m.group("fq"):
        left = _point(m, "1", "month", month=1)
        return Expr(left, replace(left, month=3 * _cn_int(m.group("fq"))), _mod(None, suffix))
    if m.group("fm"):
        last = _cn_int(m.group("fm"))
        left = _point(m, "1", "month", month=1)
        return Expr(left, replace(left, month=last), _mod(None, suffix)) if last > 1 else None
    if m.group("h"):
        half = 1 if m.group("h") == "上" else 2
        return Expr(_point(m, "1", "half", part=half), mod=_mod(m.group("hsub"), suffix))
    if m.group("sea"):
        return Expr(_point(m, "1", "season", part=m.group("sea")), mod=_mod(None, suffix))
    return Expr(_point(m, "1", "year"), mod=_mod(m.group("ysub"), suffix))


def _parse_holiday(m: regex.Match[str], suffix: str | None) -> Expr:
    name = m.group("hol")
    if m.group("holchu"):
        name = f"初{_cn_int(m.group('holn'))}"
    period = bool(m.group("hper"))
    return Expr(_point(m, "1", "day"), mod=_mod(None, suffix), holiday=name, holiday_period=period)


def _parse_plan(m: regex.Match[str], suffix: str | None) -> Expr | None:
    number = FIVE_YEAR_PLAN_NUMBERS[m.group("plan")[:2]]
    first = 1966 + 5 * (number - 3)
    sub = m.group("plansub")
    sub = None if sub in ("期间", "时期") else sub
    # "fixed", not "explicit": a plan's years are not the year the paragraph is talking about
    return Expr(Point("year", first, "fixed"), Point("year", first + 4, "fixed"), _mod(sub, suffix))


def _parse_decade(m: regex.Match[str], suffix: str | None) -> Expr | None:
    decade = _cn_int(m.group("dec"))
    century = m.group("cent")
    if century is None:
        point = Point("decade", None, "decade", part=decade)
    else:
        base = {"上": 1900, "本": 2000}.get(century)
        if base is None:
            base = (_cn_int(century) - 1) * 100
        point = Point("decade", base + decade, "explicit", part=decade)
    return Expr(point, mod=_mod(m.group("decsub"), suffix))


def _parse_relmonth(m: regex.Match[str], suffix: str | None) -> Expr | None:
    shift = {"本": 0, "这": 0, "上": -1, "上一": -1, "下": 1, "下一": 1}[m.group("rm")]
    day = _day_of(m, "1")
    unit = "day" if day is not None else "month"
    return Expr(Point(unit, None, "relmonth", shift, day=day), mod=_mod(_group(m, "msub"), suffix))


def _parse_relmonth_days(m: regex.Match[str], suffix: str | None) -> Expr | None:
    shift = {"本": 0, "这": 0, "上": -1, "上一": -1, "下": 1, "下一": 1}[m.group("rm")]
    left = Point("day", None, "relmonth", shift, day=_day_of(m, "1"))
    return Expr(left, Point("day", None, "relmonth", month=_month_of(m, "2"), day=_day_of(m, "2")), _mod(None, suffix))


def _parse_firstn(m: regex.Match[str], suffix: str | None) -> Expr | None:
    last = _cn_int(m.group("fm")) if m.group("fm") else 3 * _cn_int(m.group("fq"))
    if last < 2:
        return None
    left = Point("month", month=1)
    return Expr(left, replace(left, month=last), _mod(None, suffix))


def _parse_dayonly(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("day", None, "dayonly", day=_day_of(m, "1")), mod=_mod(None, suffix))


def _parse_dayonly_span(m: regex.Match[str], suffix: str | None) -> Expr | None:
    first, last = _day_of(m, "1"), _day_of(m, "2")
    if first is None or last is None or first >= last:
        return None
    left = Point("day", None, "dayonly", day=first)
    return Expr(left, replace(left, day=last), mod=_mod(None, suffix))


def _parse_dayword(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("day", None, "deixis", DAY_WORDS[m.group("dw")]), mod=_mod(None, suffix))


def _parse_weekday(m: regex.Match[str], suffix: str | None) -> Expr | None:
    relative = m.group("wrel")
    shift = WEEK_SHIFTS[relative] if relative else None
    weekday = WEEKDAYS.get(m.group("wd")) or int(m.group("wd"))
    return Expr(
        Point("weekday", None, "week", 0 if shift is None else shift, part=weekday),
        mod=_mod(None, suffix),
        nearest=shift is None,
    )


def _parse_week(m: regex.Match[str], suffix: str | None) -> Expr | None:
    unit = "weekend" if m.group("wend") else "week"
    return Expr(Point(unit, None, "week", WEEK_SHIFTS[m.group("wrel")]), mod=_mod(None, suffix))


def _parse_bareyear(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("year", int(m.group("by")), "explicit"), mod=_mod(None, suffix))


def _parse_pastyear(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("year", None, "ref", -1), mod=_mod(None, suffix), past_year=True)


def _parse_pastyears(m: regex.Match[str], suffix: str | None) -> Expr | None:
    years = _cn_int(m.group("pyn"))
    return Expr(Point("year", None, "ref", -years), Point("year", None, "ref", -1), _mod(None, suffix), past_year=True)


def _parse_recentyears(m: regex.Match[str], suffix: str | None) -> Expr | None:
    years = _cn_int(m.group("ryn"))
    return Expr(Point("year", None, "ref", 0), mod=_mod(None, suffix), recent_years=years)


def _parse_thisandnext(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("year", None, "ref", 0), Point("year", None, "ref", 1), _mod(None, suffix))


def _parse_sameday(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("day", None, "deixis", 0), mod=_mod(None, suffix), same_day=True)


def _parse_dayfirst(m: regex.Match[str], suffix: str | None) -> Expr | None:
    point = Point("day", int(m.group("dfy")), "explicit", month=int(m.group("dfm")), day=int(m.group("dfd")))
    return Expr(point, mod=_mod(None, suffix))


_PARSERS = {
    "rdays": _parse_rdays,
    "rmonths": _parse_rmonths,
    "rquarters": _parse_rquarters,
    "ryears": _parse_ryears,
    "ryears_from": _parse_ryears,
    "ryears_between": _parse_ryears,
    "numeric": _parse_numeric,
    "numeric_spaced": _parse_numeric,
    "numeric_roc": _parse_numeric,
    "single": _parse_single,
    "plan": _parse_plan,
    "decade": _parse_decade,
    "relmonth_days": _parse_relmonth_days,
    "relmonth": _parse_relmonth,
    "firstn": _parse_firstn,
    "dayonlyspan": _parse_dayonly_span,
    "dayonly": _parse_dayonly,
    "bracketday": _parse_dayonly,
    "dayword": _parse_dayword,
    "weekday": _parse_weekday,
    "week": _parse_week,
    "bareyear": _parse_bareyear,
    "pastyear": _parse_pastyear,
    "pastyears": _parse_pastyears,
    "recentyears": _parse_recentyears,
    "thisandnext": _parse_thisandnext,
    "sameday": _parse_sameday,
    "dayfirst": _parse_dayfirst,
}


def mention_span(m: regex.Match[str], norm: str) -> tuple[int, int]:
    """Offsets of the mention: a closing quote after 十四五 stays out unless a word follows it."""
    start, end = m.span()
    if _group(m, "K_plan") is not None and m.group("planq"):
        if m.group("plansub") or m.group("suf"):
            if start > 0 and norm[start - 1] in "“‘":
                start -= 1
        else:
            end -= 1
    return start, end
