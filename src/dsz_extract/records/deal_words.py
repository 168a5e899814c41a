"""Words around a deal's figures and stage that say they are not the deal's (records/deal_frame.py reads them):
an amount the projects after it exceed (or the projects of a list closed by their class), an intention word inside a body's name."""

from __future__ import annotations

from typing import Any

from .. import patterns

# "其中投资10亿元以上的有A和B": an amount over which the projects after it fall, not theirs.
_THRESHOLD_AFTER_RE = patterns.compile(r"的(?:项目|工程|企业)?(?:有|包括|分别是|分别为)")


# (session 41) "A、B、C等多个投资额超十亿的项目陆续开工": the class closing a list, each item over the amount.
_CLASS_BEFORE_RE = patterns.compile(
    r"(?r)等(?:[\d一二三四五六七八九十两多几]+[个项]|多个|一批)?(?:单体)?(?:投资额?|总投资额?)?(?:均|都)?(?:超过?|逾|达)?$"
)
_CLASS_AFTER_RE = patterns.compile(r"(?:以上)?的?(?:重大|重点|产业|工业|大)?(?:项目|工程)")
_CLASS_REACH = 12


def a_threshold(norm: str, money: Any) -> bool:
    if money.value.modifier != "over":
        return False
    return _THRESHOLD_AFTER_RE.match(norm, money.end) is not None or (
        _CLASS_AFTER_RE.match(norm, money.end) is not None
        and _CLASS_BEFORE_RE.search(norm, max(0, money.start - _CLASS_REACH), money.start) is not None
    )


# "记者从市投资促进局获悉", "项目推进办", "产业引导基金": an intention word inside the name of a body or a fund
# says nothing of the projects.
_BODY_AFTER_RE = patterns.compile(r"(?:局|会|办|处|委|署|室|组|科|中心|基金)")
_BODY_FIELD_BEFORE_RE = patterns.compile(r"(?r)(?:投资|招商|产业|项目|发展|贸易|外资|经济)(?:促进|推进|引导)$")


def names_a_body(norm: str, end: int) -> bool:
    """The word ends a body's field and its kind follows (投资促进|局, 项目推进|办); not 要推进|会展中心."""
    return (
        _BODY_AFTER_RE.match(norm, end) is not None
        and _BODY_FIELD_BEFORE_RE.search(norm, max(0, end - 6), end) is not None
    )


# "计划总投资80亿元的|A项目开工", "计划投资3亿元的B项目": 计划 names the amount's role (the money planned for the
# project), not an intention about the stage told after it. ("X计划投资15亿元建设Y" is a plan: no 的 after the money.)
_ROLE_OF_AN_AMOUNT_RE = patterns.compile(r"(?:总)?投资(?:总额|额)?(?:约|达|为|超|逾)?[^，,。；;、]{1,14}?元的")


def names_an_amount(norm: str, end: int) -> bool:
    """The intention word ending at `end` is 计划 of 计划(总)投资…元的 (the role of the amount before a name)."""
    return norm.endswith("计划", 0, end) and _ROLE_OF_AN_AMOUNT_RE.match(norm, end) is not None
