"""Rule 6d of the org pass (dims/org.py): a firm named by its brand and its trade alone, opening a clause and
acting (兴宏铜业|破产重组, 华建装备|融资10亿元, 东丰食品|选择在中埔投资). Reports name firms this way once
the page or the reader knows them; the suffix rule has no suffix to read, the lists no list. The name must
look like one (`_org_context.brand_and_trade`: a short proper core, not a place nor a generic word, and a
trade word: 铜业, 装备, 食品, 科技 …; the core a word the dictionary barely knows) and stand at a clause's
start, right before a verb of what a firm does."""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken
from ._org_context import brand_and_trade, name_like, trade_of, unknown_word_in

# A clause start, a short name, then a firm's act (after an adverb of time or manner).
_ACTING = patterns.compile(
    r"(?:^|(?<=[，。；：！？\n、]))(?P<name>\p{Han}{3,8}?)"
    r"(?=(?:已|将|正式|积极|日前|近日|今年|也|还|则)?"
    r"(?:破产|重组|融资|上市|落户|入驻|投产|扩产|选择|宣布|成立|获得|完成|签约|在|与|携手|联合|计划|拟"
    # what a firm does for a living, told to introduce it (碁达科技|著力于材料研发, 力成科技|共提出2案)
    r"|专注于|致力于|著力于|主要从事|从事|主营|共提出|提出|申请))"
)


def _proper_core(name: str) -> bool:
    """The core before the trade is a word the dictionary barely knows (兴宏, 东丰), not a field of work
    (知识产权|开发, 高端制造|产业: a clause about a sector opens the same way)."""
    trade = trade_of(name)
    return trade is not None and unknown_word_in(name[: -len(trade)])


def acting_firms(bounds: Boundaries, taken: Taken) -> list[tuple[int, int, str]]:
    """Brand-and-trade names opening a clause before a firm's act."""
    out = []
    for m in _ACTING.finditer(bounds.text):
        start, end = m.span("name")
        name = bounds.text[start:end]
        if brand_and_trade(name) and _proper_core(name) and name_like(bounds, start, end, taken):
            out.append((start, end, "company"))
    return out
