"""A period written in brackets beside a figure, as tables and data notes write it: "全市实际到位资金（1-9月）480亿元",
"实际使用外资12.5亿美元（1—10月）". The bracketed date is the figure's own period and no part of its name
(records/metrics.py asks here before it reads the indicator).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns
from .sentence import Found, Sentence

if TYPE_CHECKING:
    from .context import Reading

_OPEN = "（("
# What may close the bracket after the date ("（1-9月）", "（1—9月份数据）", "（截至9月底）" reads 截至 inside).
_CLOSE_RE = patterns.compile(r"\s*(?:份)?(?:数据|累计)?\s*[）)]")
_OPEN_REACH = 3  # 截至 / 截止 before the date, inside the bracket


def bracketed_dates(reading: Reading, sent: Sentence) -> list[tuple[int, int, Any]]:
    """(bracket start, bracket end, date) for each period date of the sentence standing alone in brackets."""
    norm = reading.norm
    found = []
    for m in sent.of_type("date"):
        close = _CLOSE_RE.match(norm, m.end)
        if close is None or not reading.is_period_date(m):
            continue
        head = norm[max(sent.span.start, m.start - _OPEN_REACH) : m.start]
        opening = max(head.rfind(c) for c in _OPEN)
        if opening < 0 or head[opening + 1 :].strip() not in ("", "截至", "截止"):
            continue
        found.append((m.start - len(head) + opening, close.end(), m))
    return found


def next_to(reading: Reading, brackets: list[tuple[int, int, Any]], value: Any) -> tuple[int, int, Any] | None:
    """The bracketed date right before the figure ("资金（1-9月）480亿元") or right after it ("480亿元（1-9月）")."""
    norm = reading.norm
    for bracket in brackets:
        start, end, _ = bracket
        if not norm[end : value.start].strip() and end <= value.start:
            return bracket
        if not norm[value.end : start].strip() and value.end <= start:
            return bracket
    return None


def stated_period(reading: Reading, sent: Sentence, bracket: tuple[int, int, Any]) -> Found:
    m = bracket[2]
    return Found(reading.period_in(sent, m), m.start, m.end)
