"""Listed firms named by their short name right before their stock code, as Taiwan's and Hong Kong's
financial reports write them (记忆体大厂旺宏 (2337-TW)、佳凌 (4976-TW), 纬创(3231.TW), 腾讯(00700.HK),
比亚迪(002594)): the short name is the firm (kind company), and the page's later uses of it follow from the
short-name rule of dims/org.py. The name starts at the left edge of the suffix rule, past a class of firm in
apposition (大厂, 业者)."""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken
from ._org_prefixes import past_class_noun

Span = tuple[int, int, str]

# A code with its market (2337-TW, 0700.HK) or of five or six digits (002594, 00700); four bare digits
# in brackets are more often a year (大会(2023)), unless no year reads so (日清食品 (1475)).
_NAME_BEFORE_CODE = patterns.compile(
    r"(?P<name>\p{Han}{2,6})(?=\s?[（(](?:\d{4,6}[-.](?:TW|TWO|HK|SH|SZ|SS)|\d{5,6}|(?!19|20)\d{4})[)）])"
)
# 大厂 / 业者 / 代工厂 … before the name: a class in apposition (组装代工大厂|纬创)
_CLASS_WORDS = patterns.compile(r".*(?:大厂|厂商|业者|公司|企业|集团|龙头|厂)")
_MAX_NAME = 4


def stock_coded_firms(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Firms named right before their stock code."""
    text = bounds.text
    out: list[Span] = []
    for m in _NAME_BEFORE_CODE.finditer(text):
        end = m.end("name")
        start = max(bounds.left_edge(end), m.start("name"))
        start = past_class_noun(text, start, end)
        cls = _CLASS_WORDS.match(text, start, end)
        if cls is not None and end - cls.end() >= 2:
            start = cls.end()
        if not 2 <= end - start <= _MAX_NAME or taken.overlapping(start, end):
            continue
        out.append((start, end, "company"))
    return out
