"""The project an investor's money builds: the name right after the amount, or the object of a building verb
after it (…投资3600万美元建设Y; …投资1.2亿元的Y项目); or the project the investor is said to build it for, named
right before 由 (Y项目由X投资3亿元建设; 该项目由X投资…: the project a 该项目 points back at)."""

from __future__ import annotations

import bisect
from typing import Any

from .. import patterns
from .context import Reading
from .deal_frame import BUILD_VERBS, Group, View, next_clause_end
from .sentence import Sentence

# A developer's verbs too (銀河娛樂將斥資200億澳門元發展銀河第四期項目; 开发Y项目): the money builds the project.
_BUILD_RE = patterns.compile("|".join((*BUILD_VERBS, "发展", "开发")))


# The name right after the amount, or after its 的; (session 39) also when the name is quoted (投资5200万元的“优+利乐包液态奶
# 生产项目”).
_RIGHT_AFTER_RE = patterns.compile(r"的?[“\"「『‘《]?")


def built_project(reading: Reading, sent: Sentence, view: View, money: Any) -> Group | None:
    """The group of the project the money builds: "…投资3600万美元建设Y", "…，扩建Y项目", "…投资1.2亿元的Y项目",
    "与X集团投资10亿元年产1200万件电子产品生产项目成功签约" (the name right after the amount)."""
    end = next_clause_end(sent, money.start)
    project = sent.first_from(money.end)
    if (
        project is None
        or project.type != "project"
        or not (
            _RIGHT_AFTER_RE.fullmatch(reading.norm, money.end, project.start)
            or _described_between(reading, sent, money.end, project.start)
        )
    ):
        build = _BUILD_RE.search(reading.norm, money.end, end)
        if build is None:
            return None
        project = next((m for m in sent.between(build.end(), end) if m.type not in ("place", "date")), None)
        if project is None or project.type != "project" or _too_far_for_its_object(reading, build.end(), project.start):
            return None
    g = view.group_from(project.start)
    return g if g is not None and g.start == project.start else _group_holding(view, project)


# (session 41) The name after a clause describing it, closed by 的 ("X公司投资3.2亿元，年存栏奶牛6000头的乳业生产加工项目",
# "投资5亿元、年产10万吨的Y项目", the description inside the name or not): what the amount builds all the same.
_DESCRIBED_RE = patterns.compile(r"(?:[，,、][^，,。；;：:、]{2,24}?的|、)[“\"「『‘《]?")


def _described_between(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    return _DESCRIBED_RE.fullmatch(reading.norm, start, end) is not None and not sent.between(
        start, end, "org", "money", "project", "person"
    )


_BY_RE = patterns.compile(r"[\s“”\"」]*由\s*")


def project_built_by(reading: Reading, sent: Sentence, view: View, investor: Any) -> Group | None:
    """The group of the project named right before 由 and the investor ("该项目由新加坡普洛斯集团投资3亿美元建设")."""
    i = bisect.bisect_left(view.group_starts, investor.start) - 1
    if i < 0:
        return None
    group = view.groups[i]  # a 该项目 pointing back is a group's project, though no mention of the sentence
    last = group.projects[-1]
    return group if _BY_RE.fullmatch(reading.norm, last.end, investor.start) else None


# What a firm builds may be told with what it brings together (建设|集生产、制造、物流于一体的|A产业园): the
# modifier stands between the verb and the name, not another object.
_ALL_IN_ONE_RE = patterns.compile(r"集[^，。；;,\n]{1,40}?[于於]一[体體](?:化)?的")
_NEAR_OBJECT = 10


def _too_far_for_its_object(reading: Reading, verb_end: int, start: int) -> bool:
    if start - verb_end <= _NEAR_OBJECT:
        return False
    return _ALL_IN_ONE_RE.fullmatch(reading.norm, verb_end, start) is None


def _group_holding(view: View, project: Any) -> Group | None:
    """The group listing `project` (not its first project): the group starting last before it."""
    i = bisect.bisect_right(view.group_starts, project.start) - 1
    return view.groups[i] if i >= 0 and project in view.groups[i].projects else None
