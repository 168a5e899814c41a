"""A level told after the growth of its indicator: "实际利用外资同比增长21.3%，达到42.8亿美元",
"进出口总额增长5%至3200亿元", "实际使用外资同比增长21.3%，总额达42.8亿美元". The reader reads one figure: the
level, named by the words before the growth, with the growth as its yoy (records/metrics.py asks here before
it reads the level's own indicator, which is empty or only 总额). So is a level told after the bar it passed
("协议引资额突破千亿大关，达1153.61亿元"): the level, named by the bar's words; the bar is none; and a level told in
the clause after its indicator's trend ("实际利用外资保持较快增长，1-9月达到95.7亿美元"): named by the trend's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns
from .sentence import Sentence

if TYPE_CHECKING:
    from .context import Reading

# What stands between the growth and the level: a comma at most, a generic noun for the whole, a verb of level
# (down too: Hong Kong's "按年跌27.9%，跌至3602億元人民幣").
_LEVEL_AFTER_GROWTH_RE = patterns.compile(
    r"\s*[，,]?\s*(?:总额|总量|总规模|规模|金额|总计|累计)?\s*(?:达到|达|为|至|增至|升至|跌至|降至|减至|回落至|突破|增加到|增长到|提高到|下降到|减少到)\s*"
)


def growth_before(reading: Reading, sent: Sentence, value: Any) -> Any | None:
    """The percent right before the level with only a level verb between ("增长21.3%，达到" + value), or None.
    Whether that percent is a growth the caller checks (it owns the growth words)."""
    before = [m for m in sent.of_type("percent") if m.end <= value.start]
    if not before or before[-1].value.unit != "percent":
        return None
    percent = before[-1]
    if _LEVEL_AFTER_GROWTH_RE.fullmatch(reading.norm, percent.end, value.start) is None:
        return None
    return percent


# A bar passed, then the level (突破千亿大关，达1153.61亿元; 首破萬億元大關，達10655億元); without the bar's word, a
# bound passed and a pause (地区生产总值突破千亿元，达1082.18亿元).
_LEVEL_AFTER_BAR_RE = patterns.compile(
    r"\s*(?:元)?\s*(?P<word>大关|大關|关口|關口)?\s*(?P<pause>[，,])?\s*(?:总额|总量|金额)?\s*"
    r"(?:达到|达|達到|達|为|為|至)\s*"
)


def bar_then_level(reading: Reading, bar: Any, level: Any) -> bool:
    """Whether only the bar's word (or a pause after a bound passed, up to the level) and a level verb stand between
    the bar and the level."""
    found = _LEVEL_AFTER_BAR_RE.fullmatch(reading.norm, bar.end, level.start)
    if found is None:
        return False
    return bool(found.group("word")) or (bool(found.group("pause")) and _passed_on_the_way(bar, level))


def _passed_on_the_way(bar: Any, level: Any) -> bool:
    """A bound passed (突破千亿元, 突破10万人) that the level after it reaches, in the same unit."""
    passed, reached = bar.value, level.value
    if bar.type != level.type or passed.modifier != "over" or reached.modifier is not None:
        return False
    if bar.type == "money":
        return passed.currency == reached.currency and reached.amount >= passed.amount
    return bar.type == "count" and passed.unit == reached.unit and reached.value >= passed.value


# A clause telling the indicator's trend, nothing else (实际利用外资保持较快增长; 到位资金继续保持快速增长势头).
_TREND_CLAUSE_RE = patterns.compile(
    r"\s*(?P<subject>\p{Han}{2,14}?)(?:继续|持续|一直)?(?:保持|呈现|实现|延续)(?:了)?"
    r"\p{Han}{0,6}?(?:增长|增势|态势|势头|向好)(?:态势|势头)?\s*[，,]\s*$"
)
# The level's own clause: a period at most, then the level verb (1-9月达到 + value).
_LEVEL_OPENING_RE = patterns.compile(r"\s*(?:[^，,。；;\s]{0,10}?)(?:达到|达|为|实现|完成)\s*$")


def trend_subject_before(reading: Reading, sent: Sentence, value: Any) -> tuple[int, int] | None:
    """The subject of the trend told in the clause before the level's, when the level's clause holds only a period
    and a level verb before it ("实际利用外资保持较快增长，1-9月达到95.7亿美元" → 实际利用外资), else None."""
    i = sent.clause_index(value.start)
    if i == 0:
        return None
    clause, before = sent.clauses[i], sent.clauses[i - 1]
    if _LEVEL_OPENING_RE.fullmatch(reading.norm, clause.start, value.start) is None:
        return None
    if sent.between(before.start, before.end, "money") or sent.between(before.start, before.end, "count"):
        return None
    trend = _TREND_CLAUSE_RE.fullmatch(reading.norm, before.start, clause.start)
    if trend is None:
        return None
    start, end = trend.span("subject")
    for place in sent.between(start, end, "place"):
        if place.start == start:
            start = place.end  # the place the figure is of (河北省|实际利用外资) is its place, no part of its name
    return (start, end) if end - start >= 2 else None
