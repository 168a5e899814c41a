"""Kinds of projects read as projects: the classes a report sorts its projects into are no deals.

"此次开工项目涉及基础设施项目、产业项目、社会事业项目", "新开工项目中民生项目居多", "其中省际项目到位资金28亿元",
"上海杨浦重大项目签约": the names are a kind (a generic modifier and a head), the kind after the verb that lists
sectors (涉及/涵盖), or a place's kind (a place and nothing but generic words). The name pass keeps them when a list
or a trigger presents them; the deal reader drops them here (contract §7, "Deals told in more constructions").
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from ..dims import _names
from ..dims._project_stems import TYPE_ONLY
from .context import Reading
from .sentence import Sentence

# Generic modifiers and kind words only, up to the head: 重大项目, 民生类项目, 省际项目 (not 新能源电池项目, whose
# sector words may name a real project a trigger presented).
_KIND_RE = _names.made_of("project_generic.txt", "deal_kinds.txt")
_HEAD_RE = patterns.compile(r"(?:类|型)?(?:项目|工程)$")
# A verb listing the sectors a batch covers: what follows it are kinds, never one project's name.
_SECTORS_VERBS = r"(?:涉及|涵盖|覆盖|涉足|囊括)"
_SECTORS_VERB_RE = patterns.compile(_SECTORS_VERBS)
# Words a name's left edge may have swallowed before a kind (新开工项目中|民生项目, 总结暨|产业项目).
_SWALLOWED_RE = patterns.compile(r"(?:其中|中|暨|及|和|与)")


# A list its closing word makes a list of classes (包括生猪养殖一体化产业、现代电梯…等类别): no item is a project.
_CLOSED_AS_CLASSES_RE = patterns.compile(
    r"[^，,。；;！？：:]{0,60}?等[^，,。；;项]{0,4}?(?:类别|领域|行业|门类|类型|方面)"
)


def names_a_kind(reading: Reading, project: Any) -> bool:
    """Whether a project mention names a kind of project rather than one project."""
    norm = reading.norm
    start, end = project.start, project.end
    if _CLOSED_AS_CLASSES_RE.match(norm, end) is not None:
        return True
    if _trades_listed_as_projects(norm, start, end):
        return True
    listed_from = _sectors_listed_from(norm, start, end)
    if listed_from is not None:
        # after the verb, sector words make a kind too (涉及城市综合体、写字楼…; not 涵盖兴山通用航空机场、…)
        return TYPE_ONLY.fullmatch(norm, listed_from, end) is not None
    head = _HEAD_RE.search(norm, start, end)
    if head is None:
        return False
    stem_start = _past_places(reading, start, head.start())
    swallowed = _SWALLOWED_RE.match(norm, stem_start, head.start())
    if swallowed is not None and swallowed.end() < head.start():
        stem_start = swallowed.end()
    return stem_start < head.start() and _KIND_RE.fullmatch(norm, stem_start, head.start()) is not None


# The verb listing sectors, then the items up to a project, in one clause (涵盖新能源项目、|新材料项目).
_SECTORS_BEFORE_RE = patterns.compile(rf"(?r){_SECTORS_VERBS}(?P<items>[^，,。；;：:！？]{{0,30}})")


# (session 21) A list of trades after 包括 closed by 等项目 (包括航空飞行器制造、航空发动机、电子电器制造等项目): the kinds of
# the batch's projects, whatever verb lists them.
_LIST_VERB_BEFORE_RE = patterns.compile(r"(?r)(?:包括|包含|主要有|主要是)(?P<items>[^，,。；;：:！？]{0,40})")
_CLOSED_AS_PROJECTS_RE = patterns.compile(r"(?P<rest>[^，,。；;：:！？]{0,40}?)等(?:[^，,。；;项]{0,4})?项目")


def _trades_listed_as_projects(norm: str, start: int, end: int) -> bool:
    """Whether the project is an item of a list, after 包括 and closed by 等项目, made of trade words only."""
    before = _LIST_VERB_BEFORE_RE.match(norm, max(0, start - 42), start)
    if before is None:
        return False
    close = _CLOSED_AS_PROJECTS_RE.match(norm, end)
    return close is not None and TYPE_ONLY.fullmatch(norm, before.start("items"), close.end("rest")) is not None


def _sectors_listed_from(norm: str, start: int, end: int) -> int | None:
    """Where the items a sectors verb lists start, when the project is one of them (or the verb opens its name)."""
    verb = _SECTORS_VERB_RE.match(norm, start, end)
    if verb is not None:
        return verb.end()
    before = _SECTORS_BEFORE_RE.match(norm, max(0, start - 32), start)
    return before.start("items") if before is not None else None


def _past_places(reading: Reading, start: int, stop: int) -> int:
    """Where a name's leading places end (上海杨浦|重大项目): a place's kind is still a kind."""
    pos = start
    for s, e, _ in reading.places_in_spans(start, stop):
        if s == pos:
            pos = e
    return pos


# (session 20) A firm's past works, told to introduce it (…近年来代表作有东湖隧道、东湖绿道…; 先后承建了…): no deals of
# the page's.
_PAST_WORKS_RE = patterns.compile(
    r"(?:代表作品?|代表性?(?:工程|项目|作品)|主要业绩|成功案例|承建过|曾承建|先后承建了?)(?:有|包括|为|是)?[：:]?\s*$"
)


def past_works(reading: Reading, sent: Sentence, start: int) -> bool:
    """Whether the projects starting at `start` are listed as a firm's past works in their clause."""
    clause = sent.clause_at(start)
    return _PAST_WORKS_RE.search(reading.norm, clause.start, start) is not None


# (session 21) What a project is built of, listed after its name (…建设绿色循环产业园，主要建设内容包括年产45万吨硫酸、
# 15万吨磷酸一铵…; 建設內容為防水材料生產車間…): its parts, no deals of their own.
_CONTENTS_RE = patterns.compile(
    r"(?:建设内容|建設內容|项目内容|項目內容)(?:主要)?(?:包括|包含|涵盖|涵蓋|为|為|有|是)?[：:]?\s*$"
)


def a_projects_contents(reading: Reading, sent: Sentence, start: int) -> bool:
    """Whether the projects starting at `start` are listed in their clause as what a project is built of."""
    clause = sent.clause_at(start)
    return _CONTENTS_RE.search(reading.norm, clause.start, start) is not None
