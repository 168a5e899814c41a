"""A park or zone a project is told to land in right after it (A项目落户|杭州未来科技城, 入驻|苏州生物医药产业园): the
park is where the project lands, no deal of its own, and no host of the project before it."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .deal_frame import Group

# A project landing in a park (A项目落户|杭州未来科技城; 入驻|苏州生物医药产业园): the park is where it lands.
_LANDS_IN_RE = patterns.compile(
    r"(?:已|将|正式|成功|顺利|已经|签约|拟)*(?:落户|入驻|进驻|落地|入园|落户到|落户于|落地于|落地在|选址)(?:在|于|到)?"
)
_PROJECT_ENDS = ("项目", "工程", "項目")


def lands_in(reading: Reading, group: Group, nxt: Group) -> bool:
    """`nxt` is the one park or zone the projects of `group` are told to land in, right after them."""
    if len(nxt.projects) != 1 or nxt.projects[0].value.name.endswith(_PROJECT_ENDS):
        return False
    return _LANDS_IN_RE.fullmatch(reading.norm, group.end, nxt.start) is not None


# A park or zone a firm builds something in (拟在|A产业园|核心区建设B; 电站在|B示范园|并网发电): the park is where
# the building goes on; "在A项目建设现场" is the project's own site and stays one.
_BUILT_IN_RE = patterns.compile(
    r"(?:核心区|起步区|园区内|区内|内|里)?(?:投资|计划|拟|将|正式|已)?"
    r"(?:建设|新建|兴建|扩建|建成|打造|布局|落户|并网|投产)(?!现场|工地|施工现场)"
)
_AT_BEFORE = ("在", "於", "于")


def built_in(reading: Reading, group: Group) -> bool:
    """`group` is the one park or zone something is built or run in (在A产业园建设B), not a deal of its own."""
    if len(group.projects) != 1 or group.projects[0].value.name.endswith(_PROJECT_ENDS):
        return False
    norm = reading.norm
    return norm[group.start - 1 : group.start] in _AT_BEFORE and _BUILT_IN_RE.match(norm, group.end) is not None


# A project named as what something else serves (为A项目配套学校, 作为B项目配套教育设施): the deal is the facility
# that serves it, not A.
_SERVED_BEFORE = ("为", "為", "作为", "作為")
_SERVED_AFTER_RE = patterns.compile(r"(?:的)?(?:配套|服务|服務)")


def served_by(reading: Reading, group: Group) -> bool:
    """`group` is one project told as what a facility after it is built for (为A项目配套…)."""
    if len(group.projects) != 1:
        return False
    norm = reading.norm
    served = norm.endswith(_SERVED_BEFORE, max(0, group.start - 2), group.start)
    return served and _SERVED_AFTER_RE.match(norm, group.end) is not None
