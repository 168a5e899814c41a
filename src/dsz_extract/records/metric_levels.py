"""A level told after the growth of its indicator: "实际利用外资同比增长21.3%，达到42.8亿美元",
"进出口总额增长5%至3200亿元", "实际使用外资同比增长21.3%，总额达42.8亿美元". The reader reads one figure: the
level, named by the words before the growth, with the growth as its yoy (records/metrics.py asks here before
it reads the level's own indicator, which is empty or only 总额).
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
