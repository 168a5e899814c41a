"""Events held on a day that name no ceremony word: a round of projects told by the event's name.

The ceremony words of records/frames.py ("集中开工", "签约仪式") miss rounds named otherwise
("2022年一季度全区重大项目集中开竣工活动", "2024年第三次“三个一批”活动以现场会形式举行"). An event
mention the event pass read (a name with a place, a year, an edition or quotes), whose name speaks of
projects or of a stage, told as held (举行, 举办, 召开, 开幕, 启动), frames what follows as a ceremony
does: the figures of "此次…" / "本次…活动，…项目11个" take its day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns

if TYPE_CHECKING:
    from .sentence import Sentence

# What an event's name says that makes it a round of projects (重大项目集中开竣工活动, “三个一批”活动: 签约一批、开工一批…).
_OF_PROJECTS_RE = patterns.compile(r"项目|签约|开工|开竣工|竣工|投产|一批")
# Held: the verb right after the name, past a form or a venue (…活动以现场会形式举行, …活动在柳州市举行).
HELD_VERBS = ("举行", "举办", "召开", "开幕", "启动")
HELD_REACH = 24
# (session 41) The name may stand for its main venue (…“开门红”系列活动主会场在宜城举行).
_VENUE_OF_THE_EVENT = r"(?:主会场|分会场|主场)?"
_HELD_AFTER_RE = patterns.compile(
    rf"[”’」』]?\s*{_VENUE_OF_THE_EVENT}(?:[以在于设][^，,。；;]{{0,{HELD_REACH}}}?)?(?:{'|'.join(HELD_VERBS)})"
)
# ... or right before it, past the year the event pass left out of the name ("广西举行2022年一季度全区重大项目集中开竣工
# 活动", "吕梁市举行2023年|第一次“三个一批”活动").
_HELD_BEFORE_RE = patterns.compile(rf"(?:{'|'.join(HELD_VERBS)})(?:了)?\s*(?:\d{{4}}年度?)?\s*$")
HELD_BEFORE_REACH = 10


def held_project_event(norm: str, sent: Sentence) -> Any | None:
    """The first event mention of `sent` that names a round of projects and is told as held, else None."""
    for m in sent.of_type("event"):
        if _OF_PROJECTS_RE.search(norm, m.start, m.end) is None:
            continue
        if _HELD_AFTER_RE.match(norm, m.end, sent.span.end) or _HELD_BEFORE_RE.search(
            norm, max(sent.span.start, m.start - HELD_BEFORE_REACH), m.start
        ):
            return m
    return None
