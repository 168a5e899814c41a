"""Rule 6e of the org pass (dims/org.py): a firm Taiwanese investment approvals name right after its trade in
apposition, in a sentence where it invests an amount (太陽能大廠|中美矽晶，投資21.7億元…; 編織物製造商|揚盛實業要投
2.5億元…; 水產食品加工業|八方環球，則是…規劃投入逾2億元). The trade word (大厂, 制造商, 厂商, 业者, 加工业) closes the
apposition; the name runs from it to a comma or to the first word of what the firm does (要, 将, 则, 投资, 规划…), or
is the quoted name after it or after a firm's class (知名糕餅大廠「裕珍馨」投入逾3億元), and must look like a name
(`_org_context.name_like`)."""

from __future__ import annotations

import bisect

from .. import patterns
from ._names import Boundaries, Taken
from ._org_context import Span, name_like, quoted_name_like

_APPOSED = patterns.compile(
    # (also a plant of its trade, 高科技厂|振丰机器厂; a firm's origin, 日商|物语台湾; its rank, 隐形冠军|振锋企业)
    r"(?:大厂|制造商|厂商|业者|供应商|加工业|制造业|龙头|冠军|(?<=\p{Han})厂|[日美德韩英法荷港陆]商)"
    r"(?P<name>[\p{Han}A-Za-z]{2,6}?)"
    r"(?=[ \t]*[，,（(]|要|将|则|也|还|再|投资|投入|斥资|规划|计划|预计|宣布|决定|拟|今年|这次|此次)"
    # …or quoted, after those words or a firm's class (糕饼大厂「裕珍馨」投入逾3亿元, 龙头企业“蒙羊”投资3亿元)
    r"|(?:大厂|制造商|厂商|业者|供应商|龙头|企业|品牌|集团|公司)[“「『](?P<quoted>[\p{Han}A-Za-z]{2,8})[”」』]"
)
# The firm invests an amount later in its sentence (投資21.7億元, 要投2.5億元, 規劃投入逾2億元).
_INVESTS = patterns.compile(r"(?:投资|投入|投|斥资|加码)[约逾近达超过]*[ \t]*$")
_SENTENCE_END = patterns.compile(r"[。！？!?\n]")
_VERB_WINDOW = 6


def apposed_trade_firms(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Names right after a trade in apposition whose sentence invests an amount."""
    text = bounds.text
    out: list[Span] = []
    money_starts: list[int] | None = None
    for m in _APPOSED.finditer(text):
        quoted = m.group("quoted") is not None
        start, end = m.span("quoted") if quoted else m.span("name")
        if money_starts is None:
            money_starts = sorted(x.start for x in taken.mentions if x.type == "money")
        looks_named = quoted_name_like if quoted else name_like
        if _invests_later(text, money_starts, end) and looks_named(bounds, start, end, taken):
            out.append((start, end, "company"))
    return out


def _invests_later(text: str, money_starts: list[int], after: int) -> bool:
    """An amount after an investing verb between `after` and the sentence's end."""
    stop = _SENTENCE_END.search(text, after)
    end = stop.start() if stop is not None else len(text)
    i = bisect.bisect_left(money_starts, after)
    while i < len(money_starts) and money_starts[i] < end:
        at = money_starts[i]
        if _INVESTS.search(text, max(after, at - _VERB_WINDOW), at):
            return True
        i += 1
    return False
