"""How a LAC name mention and the rule name mentions it overlaps are settled (the merge policy of
ner/lac.py, written down in its docstring and in docs/contract.md): LAC's given names, LAC's org over the
places or the one rule org it holds whole, and over the noise a rule org took in before a body; otherwise
the rules stand.
"""

from __future__ import annotations

from typing import Any

import regex

from ..dims import _names

_HAN = regex.compile(r"\p{Han}+")


def settle_names(lac: Any, rules: list[Any]) -> list[Any]:
    """The mentions that stand where the LAC name mention `lac` overlaps the rule name mentions `rules`."""
    rule = rules[0]
    if lac.type == "person" and len(rules) == 1 and rule.type == "person" and _given_name_differs(lac, rule):
        value = lac.value.model_copy(update={"title": rule.value.title, "affiliation": rule.value.affiliation})
        return [lac.model_copy(update={"value": value})]
    if lac.type == "org" and all(r.type == "place" and lac.start <= r.start and r.end <= lac.end for r in rules):
        return [lac]  # an org suffix over the places inside it: 凤阳国际大酒店, not the place 凤阳
    if lac.type == "org" and _holds_one_rule_org(lac, rules):
        return [lac]  # a unit or a longer name over the body the rules found: 中国科学院|昆明植物所
    if lac.type == "org" and _leaves_out_noise(lac, rules):
        return [lac]  # the same body without what was glued before it: hRb|中国通讯社, 摄|香港特区政府
    return rules


# Counts and class nouns before a name are no part of it (世界500强企业|吉利控股集团).
_NOT_IN_NAME = regex.compile(r"[0-9]|企业|公司.")


def _holds_one_rule_org(lac: Any, rules: list[Any]) -> bool:
    """A LAC org with a suffix of its own holding one rule org (and places) whole and longer than it:
    LAC read the unit or the full name (商务部研究院|外国投资研究所, 香港卫视|国际传媒集团). Two rule
    orgs inside are a list (州委州政府), not one name. A boundary word inside LAC's name may have cut the
    rule org short (中国新建|集团公司): LAC's longer name stands."""
    orgs = [r for r in rules if r.type == "org"]
    return (
        len(orgs) == 1
        and all(lac.start <= r.start and r.end <= lac.end for r in rules)
        and (lac.start, lac.end) != (orgs[0].start, orgs[0].end)
        and _NOT_IN_NAME.search(lac.value.name) is None
        and not _verb_after_rule_org(lac, orgs[0])
    )


# and the verbs by which an investor builds (深圳华强集团|投资建设文化科技…: LAC ran on into what it builds)
_VERBS_AFTER_NAME = (
    frozenset(_names.words("name_verbs.txt"))
    | frozenset(_names.words("name_boundaries.txt"))
    | frozenset(_names.words("project_build_verbs.txt"))
)
_VERB_LENGTHS = (4, 3, 2)


def _verb_after_rule_org(lac: Any, org: Any) -> bool:
    """LAC ran a body on over the verb after it (深圳市人民政府|共建研究院, 深圳华强集团|投资建设…): what it read
    is a clause, not a unit."""
    tail = lac.text[org.end - lac.start :]
    return org.start == lac.start and any(tail[:n] in _VERBS_AFTER_NAME for n in _VERB_LENGTHS if len(tail) >= n)


def _leaves_out_noise(lac: Any, rules: list[Any]) -> bool:
    """A LAC org ending where one rule org ends and starting later, where what the rule org holds before
    it names nothing: no Han character (page debris, hRb|中国通讯社) or a byline's word (记者某某 摄|香港
    特区政府). A Han head stays the rule's (合肥|国轩, 天津市政府驻|西安办事处: LAC cut the name)."""
    if len(rules) != 1 or rules[0].type != "org" or not (rules[0].start < lac.start and lac.end == rules[0].end):
        return False
    head = rules[0].text[: lac.start - rules[0].start].strip()
    return not _HAN.search(head) or head in _BYLINE_WORDS


_BYLINE_WORDS = frozenset(_names.words("person_bylines.txt"))


def _given_name_differs(lac: Any, rule: Any) -> bool:
    """Same surname, other given name: 李晓|燕 against 李晓燕 (LAC reads given names better)."""
    return lac.start == rule.start and lac.end != rule.end
