"""Firms that open a sentence with their motive and invest an amount one or two clauses later (for dims/org.py).

Taiwanese approvals name each firm by its brand alone and tell why before how much (佳凌為加速製程升級，將投資逾8億元…;
大環淨生物科技材料看好未來生分解材料發展，將投入近11億元…; 明治海洋國際因對於冷凍倉儲的需求增長，將在屏東縣南州鄉增聘
八十名本國員工，投資十一.二億元…): the firm is the subject of the investing clause
although a comma stands between. Only a motive word right after the name (為, 看好, 因, 因應, 基於, 受惠於) carries
the subject over, and the name must look like a brand (`name_like`), so a place or a body (全市看好…) is none.
"""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken
from ._org_context import Span, name_like

_MOTIVE_FRAME = patterns.compile(
    r"(?<=^|[，,。！？!?\n：:；;])(?P<name>[\p{Han}A-Za-z0-9·&]{2,14}?)"
    r"(?:為了?|为了?|看好|因應|因应|因|基於|基于|受惠於|受惠于|鑒於|鉴于|着眼于|著眼於)"
    r"[^。！？!?\n，,]{2,40}[，,](?:[^。！？!?\n，,]{2,24}[，,])?"
    r"(?:也|還|还|則|则)?(?:將|将|擬|拟|規劃|规划|計畫|计划|預計|预计)?(?:擴大|扩大|加碼|加码)?"
    r"(?P<verb>投資|投资|投入)[ \t]*"
)
# A plant's trade in apposition before the brand (烤漆加工廠|勝豐達): the name starts after it.
_APPOSED_PLANT = patterns.compile(r"(?r)(?:廠|厂|公司|業者|业者)(?=\p{Han}{2})")


def motivated_investors(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Brand names opening a sentence or clause with a motive, whose later clause invests an amount."""
    text = bounds.text
    out: list[Span] = []
    for m in _MOTIVE_FRAME.finditer(text):
        money = taken.covering(m.end(), m.end() + 1, "money")
        if money is None or money.start != m.end():
            continue
        start = m.start("name")
        apposed = _APPOSED_PLANT.search(text, start, m.end("name"))
        start = apposed.end() if apposed is not None else start
        if name_like(bounds, start, m.end("name"), taken):
            out.append((start, m.end("name"), "company"))
    return out
