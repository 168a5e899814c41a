"""A firm told as the subject of a sentence and deciding to invest clauses later (「旺矽科技」策略布局受贸易战影响，
部分订单流失，基于避险决定扩大回台投资，在新竹新建厂房，总投资金额超过10亿元): Taiwanese and Hong Kong reports
tell why before they tell how much. The firm opening the sentence is the investor when no other organisation
stands between it and the decision, and the amount is the first one told as its investment after the decision."""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .sentence import Sentence

# The decision to invest or build, with nothing but a few words between (决定扩大回台投资, 宣布将在高雄扩建).
_DECIDED_RE = patterns.compile(
    r"(?:决定|宣布|决议|董事会通过)[^，。；！？,;!?\n]{0,10}?(?:投资|投入|兴建|扩建|新建|建置|设厂|建厂|扩厂)"
)
# The amount after the decision: right after the verb, or told as the sum invested (总投资金额超过, 投资额达).
_AMOUNT_LEAD_RE = patterns.compile(
    r"(?r)(?:投资|投入|斥资)(?:总额|金额|额)?(?:约|达|逾|近|超过|高达|为)?[ \t]*(?:新台币|港币|人民币)?$"
)
_DECISION_REACH = 60  # characters from the firm to its decision: a few clauses of why
_LEAD_WINDOW = 10


def decided_investment(reading: Reading, sent: Sentence, org: Any) -> tuple[Any, int] | None:
    """The amount a firm opening its sentence invests by a decision told a few clauses later, and where
    the decision is told; None when another organisation, or no decision, stands between."""
    norm = reading.norm
    if not _opens_the_sentence(sent, org):
        return None
    decided = _DECIDED_RE.search(norm, org.end, min(sent.span.end, org.end + _DECISION_REACH))
    if decided is None or sent.between(org.end, decided.start(), "org", "money", "project", "count"):
        return None  # another subject, or a count of projects whose sum is planned (签约37个项目，计划投资…)
    for money in sent.between(decided.start(), sent.span.end, "money"):
        if _AMOUNT_LEAD_RE.search(norm, max(0, money.start - _LEAD_WINDOW), money.start) is not None:
            return money, decided.start()
    return None


_APPOSED_GAP = 1  # 全球第五大探针卡厂「|旺矽科技: a descriptor right before the firm (a quote mark at most)


def _opens_the_sentence(sent: Sentence, org: Any) -> bool:
    """The firm is the sentence's subject: nothing named before it but a descriptor set right before it."""
    before = sent.between(sent.span.start, org.start, "org", "money", "project")
    return all(m.type == "project" and org.start - m.end <= _APPOSED_GAP for m in before)
