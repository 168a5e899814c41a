"""The Chinese date cases of Microsoft Recognizers-Text, run through extract().

Data: tests/data/recognizers-text/ (MIT, see its README.md); one JSON line per spec case.

- date_extractor / dateperiod_extractor: the date mentions we find must have exactly the spans
  the spec gives (its `end` is inclusive). An empty `results` list means nothing may be found.
- date_parser / dateperiod_parser: the mention at the spec's span must carry an equivalent value,
  resolved against the case's reference date. Equivalent (see `timex_equivalent`): the same TIMEX
  string; or, where the spec writes a period as "(start,end,duration)" or leaves the year open
  (XXXX-XX-29), the same calendar days as the spec's own resolution of it.

Cases we decide differently on purpose are listed in DIFFERENCES with their category; they run as
strict xfails, so a case that starts passing shows up. The reasons, by category, are in
tests/peer_spec_differences.md ("## Dates").
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from dsz_extract import extract

DATA = Path(__file__).parent / "data" / "recognizers-text"

# Categories of deliberate differences (explained in tests/peer_spec_differences.md, "## Dates").
CONVERSATIONAL = "conversational deixis outside the news domain (明天, 大后天, 大前天, 最近, 12号 without a month)"
LUNAR = "lunar month-days other than the new-year days (农历十月初一, 三月初一, 正月三十)"
LUNAR_VALUE = "lunar new-year days resolve to their Gregorian date (大年初一 2017 → 2017-01-28), not to XXXX-01-01"
HOLIDAY = "holiday names (春节) are date mentions for us; the spec leaves them to its holiday extractor"
STACKED = "stacked or ordinal relative expressions (去年本月十日, 最后一个周三, 十月的第一周, 从上周四到十月一日)"
ERA = "imperial era years (神龙, 康熙, 雍正)"
EARLY_YEAR = "years before 1000 (三六七年, 789年): outside the reports' range, and 789年 is more often a duration"
FOREIGN_ORDER = "day-first, month-first and two-digit-year numeric dates (13.5.2015, 1/2/2020, 27-7-3, 05/05/89)"
DURATION = "durations counted from the reference date are durations, not dates (前1周, 近三年, 过去十年, 未来两天)"
BARE_NUMBER = "a bare number followed by more words is a quantity, not a year (2018看起来, 1500看起来)"
MOD_IN_SPAN = "以前/以后 after a date are inside our span and give mod BEFORE/AFTER, as the contract asks"
OPEN_BOUNDS = "open bounds and prepositions (2010年之后2018年之前, 在…之间) are not one span for us"
INCLUSIVE = "a span of years includes its last year (从2016到2018 ends 2018-12-31; the spec ends at 2018-01-01)"

# The same imperial-era inputs stand in both the extractor and the parser specs.
_ERA_CASES = (
    "神龙二年正月初一",
    "雍正四年大年三十",
    "神龙元年十一月，武则天去世",
    "康熙三年五月",
    "康熙二十年9月",
    "康熙20年9月",
    "雍正十六年",
    "雍正二十三年十二月",
)

_EXTRACTOR_DIFFERENCES = {
    CONVERSATIONAL: ("明天可以吗", "大后天可以吗", "大前天可以吗", "最近还好吗", "下次的12号", "後天你有空吗？"),
    LUNAR: ("农历2015年十月初一", "我们定在三月初一", "微软在正月三十有活动"),
    HOLIDAY: ("2015年农历正月初一是春节",),
    STACKED: ("去年本月十日", "最后一个周三", "最后一个的周三", "十月的第一周是国庆节"),
    ERA: _ERA_CASES,
    EARLY_YEAR: ("三六七年一月一日", "在789年"),
    FOREIGN_ORDER: (
        "你13.5.2015有没有空",
        "12/1",
        "1/2/2020",
        "你27-7-3有时间吗",
        "你12-11-10有时间吗",
        "10/1/2018-10/7/2018",
    ),
    # 过去十年 is read as the ten years before the reference year when that is early in a year (a term's review)
    DURATION: ("前1周", "上1月", "下1年", "下1天", "近 三 年，犯罪数量逐步下降"),
    BARE_NUMBER: ("2018看起来是一个年份", "2100看起来是一个年份", "1500看起来是一个年份"),
    MOD_IN_SPAN: ("他07年以后就没再来过学校", "他07 年以前就毕业了"),
    OPEN_BOUNDS: ("帮我统计一下2010年之后2018年之前的销量",),
}
_PARSER_DIFFERENCES = {
    CONVERSATIONAL: ("明天", "大后天可以吗", "大前天", "最近", "12号", "後天你有空吗？"),
    LUNAR: ("农历2015年十月初一", "三月初一", "正月三十"),
    LUNAR_VALUE: ("2015年农历正月初一", "大年初一", "大年三十"),
    STACKED: (
        "去年本月十日",
        "十月的第一周是国庆节",
        "我从四月的最后一个星期一到十月一日不在",
        "我从8月的最后一个星期一到十月一日不在",
        "我从上周四到十月一日都不在",
    ),
    ERA: _ERA_CASES,
    EARLY_YEAR: ("三六七年一月一日", "在789年"),
    FOREIGN_ORDER: (
        "你13.5.2015有时间吗？",
        "我会在 3-7-2017 回来",
        "你3-7-07有时间吗",
        "你3-7-27有时间吗",
        "你05/05/89有时间吗",
        "你05/05/71有时间吗",
        "12/1",
        "1/2/2020",
        "你27-7-3有时间吗",
        "你12-11-10有时间吗",
        "10/1/2018-10/7/2018",
    ),
    DURATION: (
        "前1周",
        "上2个月",
        "近三年销量最高的品牌是什么？",
        "后1年",
        "在未来两天",
        "近 三 年，犯罪数量逐步下降",
        "过去十年中国有了巨大的变化",
    ),
    BARE_NUMBER: ("2018 看起来是一个年份",),
    MOD_IN_SPAN: ("他07年以后就没再来过学校", "他07 年以前就毕业了"),
    OPEN_BOUNDS: ("在2007年与2009年之间", "帮我统计一下2010年之后2018年之前的销量"),
    INCLUSIVE: (
        "时间从2016到2018",
        "时间从2016-2018",
        "时间从二零一六年至二零一八年",
        "2009 年 到 2010 年，小麦产量翻了一番",
        "2007年与2009年间",
    ),
}

# (extractor or parser, input) -> why we differ
DIFFERENCES: dict[tuple[str, str], str] = {
    (kind, text): reason
    for kind, table in (("extractor", _EXTRACTOR_DIFFERENCES), ("parser", _PARSER_DIFFERENCES))
    for reason, texts in table.items()
    for text in texts
}


def _load(name: str) -> list[dict[str, Any]]:
    with open(DATA / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _cases(name: str) -> list[Any]:
    params = []
    for i, case in enumerate(_load(name)):
        reason = DIFFERENCES.get((name.rsplit("_", 1)[1], case["input"]))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(case, id=f"{name}-{i}", marks=marks))
    return params


def _reference(case: dict[str, Any]) -> str | None:
    value = case.get("reference_datetime")
    return value[:10] if value else None


def _date_mentions(case: dict[str, Any]) -> list[Any]:
    report = extract(case["input"], reference_date=_reference(case))
    return report.mentions_of("date")


def _expected_spans(case: dict[str, Any]) -> list[tuple[int, int]]:
    return sorted((r["start"], r["end"] + 1) for r in case["results"])


@pytest.mark.parametrize("case", _cases("date_extractor") + _cases("dateperiod_extractor"))
def test_extractor_spans(case: dict[str, Any]) -> None:
    found = sorted((m.start, m.end) for m in _date_mentions(case))
    assert found == _expected_spans(case)


def _day(text: str | None) -> dt.date | None:
    if not text or "X" in text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _spec_resolutions(result: dict[str, Any]) -> list[tuple[dt.date | None, dt.date | None]]:
    """The spec's own past/future resolutions as (first day, last day) pairs.

    Day results give one date; periods give startDate and an endDate that is exclusive for
    months, quarters and years but written inclusive for spans of days, so both readings are offered.
    """
    pairs = []
    for side in ("past", "future"):
        resolution = result.get(side) or {}
        if "date" in resolution:
            day = _day(resolution["date"])
            pairs.append((day, day))
        elif "startDate" in resolution:
            start, end = _day(resolution["startDate"]), _day(resolution["endDate"])
            pairs.append((start, end))
            if end is not None:
                pairs.append((start, end - dt.timedelta(days=1)))
    return pairs


def timex_equivalent(ours: Any, result: dict[str, Any]) -> bool:
    if ours.timex == result["timex"]:
        return True
    theirs = result["timex"]
    is_period = theirs.startswith("(")
    if not is_period and "X" not in theirs:
        return False  # a concrete TIMEX of theirs must be matched exactly
    first, last = _day(ours.start), _day(ours.end)
    return first is not None and (first, last) in _spec_resolutions(result)


@pytest.mark.parametrize("case", _cases("date_parser") + _cases("dateperiod_parser"))
def test_parser_values(case: dict[str, Any]) -> None:
    mentions = {(m.start, m.end): m for m in _date_mentions(case)}
    for result in case["results"]:
        span = (result["start"], result["end"] + 1)
        assert span in mentions, f"no date mention at {span} ({result['text']}); found {sorted(mentions)}"
        ours = mentions[span].value
        assert timex_equivalent(ours, result), (
            f"{result['text']}: ours {ours.timex} ({ours.start}..{ours.end}), theirs {result['timex']}"
        )
