"""The owner or builder told right before a project ("X投资建设的Y项目", "X集团拟在开发区建设Y项目"): that
project's investor, none of the others' in its list (records/deals.py asks here)."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .deal_frame import BUILD_VERBS, OWNER_VERBS, Group, View
from .sentence import Sentence

# An owner told right before its project: "X投资建设的Y项目", "X与青秀区共同打造的Y项目", "X的“Y”项目",
# "X在九江经开区投资1亿美元的Y项目".
_OWNER_BEFORE_RE = patterns.compile(
    r"(?:与[^，,。；;、]{1,10}?|在[^，,。；;、]{1,12}?)?(?:共同|联合)?"
    rf"(?:(?:{'|'.join(OWNER_VERBS)})[^，,。；;、的]{{0,12}})?的[\s“”\"‘’「」《》]*"
)
# ... or right before the verb that builds it: "X集团拟在开发区建设Y项目", "X公司计划在德惠市投资5亿元新建Y".
_BUILDER_BEFORE_RE = patterns.compile(
    r"(?:计划|拟|准备|打算|将|已|正)?(?:在[^，,。；;、：:]{1,12}?)?(?:投资[^，,。；;、的]{0,12}?)?"
    rf"(?:{'|'.join(BUILD_VERBS)})了?[\s“”\"‘’「」《》]*"
)
_OWNING_KINDS = ("company", "group", "research")


def owners_before(reading: Reading, sent: Sentence, view: View) -> dict[str, Group]:
    """Organisations told right before one project group as its owner or builder, by name: in a list
    (A、由X投资建设的B和Y共同打造的C) each is that project's investor, none of the others'."""
    owners: dict[str, Group] = {}
    for org in sent.of_type("org"):
        if org.value.kind not in _OWNING_KINDS:
            continue
        group = view.group_from(org.end)
        if group is not None and (
            _OWNER_BEFORE_RE.fullmatch(reading.norm, org.end, group.start)
            or _BUILDER_BEFORE_RE.fullmatch(reading.norm, org.end, group.start)
        ):
            owners[org.value.name] = group
    return owners
