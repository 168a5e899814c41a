"""Firms brought in together and the projects they build, told in one clause ("相继引进A、B、C等企业到我州投资新建
D、E、F等项目"): every listed firm is an investor of every listed project, and no firm makes a deal of its own
(records/deals.py calls `firms_of_the_listed_projects` once the sentence's frames are read)."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .deal_frame import Frame, Group
from .sentence import Sentence

# What stands between the last firm and the first project: the class of the list, where they come to, and the verb
# of building (等企业到我州投资新建, 等客商来市投资建设).
_FIRMS_BUILD_RE = patterns.compile(
    r"\s*等(?:\p{Han}{0,4}?)(?:企业|公司|客商)[^，。；！？,;!?\n]{0,10}?(?:投资新建|投资建设|开工建设|新建|建设|兴建)\s*$"
)


def firms_of_the_listed_projects(
    reading: Reading, sent: Sentence, groups: list[Group], frames: list[Frame], investor_frames: list[Frame]
) -> list[Frame]:
    """The frames left once the bare investor frames of a firm list told building the projects after it are folded
    into those projects' frames."""
    if not groups or not investor_frames:
        return frames
    first = groups[0]
    orgs = [o for o in sent.of_type("org") if o.end <= first.start]
    if not orgs or not _FIRMS_BUILD_RE.fullmatch(reading.norm, orgs[-1].end, first.start):
        return frames
    clause_start = sent.clause_at(first.start).start
    listed = [o.value.name for o in orgs if o.start >= clause_start]
    bare = [f for f in investor_frames if not f.projects and not f.amounts and set(f.investors) <= set(listed)]
    if not listed or not bare:
        return frames
    group_frames = [f for f in frames if f.projects and f.hi > first.start]
    for frame in group_frames:
        frame.investors = frame.investors or list(listed)
    return [f for f in frames if not any(f is b for b in bare)]


def respective_signers(reading: Reading, sent: Sentence, frames: list[Frame]) -> None:
    """Firms listed before 分别 and as many projects after it, one each ("县长与A公司、B公司、C公司分别签订了X项目、
    Y项目、Z项目"): each project's investor is the firm in its place, not the whole list (records/deal_merge.py splits
    the list's frame one for one)."""
    for frame in frames:
        firms = frame.investors
        if len(frame.projects) < 2 or len(firms) != len(frame.projects) or frame.respective:
            continue
        orgs = sorted(
            (o for o in sent.of_type("org") if o.value.name in firms and o.end <= frame.lo), key=lambda o: o.start
        )
        if [o.value.name for o in orgs] != firms or "分别" not in reading.norm[orgs[-1].end : frame.lo]:
            continue
        frame.respective_investors = True
