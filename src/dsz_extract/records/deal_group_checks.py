"""Checks on a group of projects that deals.py asks once it has read the group: whether it is named only as the
yardstick of a comparison (与传统人造丝项目相比), counted as a class (综合交通项目有56个), or told with two stages in one
word (…等81个项目开竣工), or listed at a round of several stages (集中开竣工活动…，主要有A、B), or named as what a
place aims to build up (重点打造A、B等三大特色园区)."""

from __future__ import annotations

from typing import Any

from .. import patterns
from . import frames as event_frames
from .context import Reading
from .deal_frame import STAGE_CONTRACTION_RE, Group
from .deal_stage import first_not_yet

# "与传统人造丝项目相比，…": a project named as the yardstick of a comparison.
_COMPARED_BEFORE = ("与", "和", "同", "跟", "較", "较")
_COMPARED_AFTER_RE = patterns.compile(r"(?:相比|比较|相较|比起|對比|对比)")
# "綜合交通項目有56個，總投資達2215億元": a class of projects counted, its clause closing on the count.
_PROJECT_WORDS = ("项目", "項目")
_HAS_COUNT_RE = patterns.compile(r"(?:共有|有|共|合计|计)")
_CLAUSE_CLOSE_RE = patterns.compile(r"\s*(?:[，,。；;]|$)")


def compared_with(reading: Reading, group: Group) -> bool:
    """A project named only as what another is compared with (与传统人造丝项目相比) is no deal."""
    norm = reading.norm
    return norm[group.start - 1 : group.start] in _COMPARED_BEFORE and (
        _COMPARED_AFTER_RE.match(norm, group.end) is not None
    )


def counts_a_class(reading: Reading, group: Group, following: Any) -> bool:
    """The one name of the group ends with 项目 and the count after it closes the clause: a class counted."""
    norm = reading.norm
    return (
        len(group.projects) == 1
        and norm.endswith(_PROJECT_WORDS, group.start, group.end)
        and _HAS_COUNT_RE.fullmatch(norm, group.end, following.start) is not None
        and _CLAUSE_CLOSE_RE.match(norm, following.end) is not None
    )


def stages_mixed(reading: Reading, own: Any) -> bool:
    """The group's own clause tells two stages in one word, not as an aim ("南宁市有A、B等81个项目开竣工")."""
    found = STAGE_CONTRACTION_RE.search(reading.norm, own.start, own.end)
    return found is not None and first_not_yet(reading.norm, own.start, found.start()) >= found.start()


# A class of projects counted by the two stages they reached (此次开竣工的605个项目中, 开竣工项目共120个).
_MIXED_CLASS_RE = patterns.compile(
    r"(?:开竣工|開竣工|开复竣工|開復竣工|签开工|簽開工)(?:的)?(?:[0-9一二三四五六七八九十百]+[个個项項])?(?:项目|項目)"
)


def mixed_class_before(reading: Reading, sent: Any, own: Any) -> bool:
    """Examples given later in the sentence of a class counted by two stages ("此次开竣工的605个项目中，产业项目501个，
    如A、B等"): the examples reached one of them, no single stage said."""
    return _MIXED_CLASS_RE.search(reading.norm, sent.span.start, own.start) is not None


def listed_at_a_round_of_several_stages(reading: Reading, sent: Any, group: Group) -> bool:
    """A group telling no stage of its own, listed of an event of several stages (集中开竣工项目共72个…，主要有A、B等):
    each reached one of them, no single stage said."""
    event = sent.event_frame
    return (
        event is not None
        and event.stage is None
        and len(event.named) > 1
        and event_frames.of_the_event(reading, sent, group.start, group.end)
    )


# (session 38) "海盐县重点打造了A、B、C等三大特色园区", "着力打造A、B等一批优质总部经济和产业园项目", "A是柳州市重点打造的项目":
# an adverb of effort before 打造 makes the names what a place aims to build up, no deal of an investor; 打造 alone
# stays a trigger (投资5亿元打造A项目).
_AIM_ADVERBS = r"(?:重点|着力|全力|倾力|精心|努力|致力|合力|聚力)"
_AIMED_BEFORE_RE = patterns.compile(rf"{_AIM_ADVERBS}打造(?:了)?[\s“”\"]*$")
_AIMED_AFTER_RE = patterns.compile(
    rf"[”\"]?(?:项目)?(?:是|为|系)[^，,。；;：:]{{0,12}}?{_AIM_ADVERBS}打造的[^，,。；;：:]{{0,6}}?项目"
)


def aimed_at(reading: Reading, clause_start: int, group: Group) -> bool:
    """The group named right after an adverb of effort and 打造 in its clause, or told after it to be a project a
    place puts that effort into: an aim, no deal."""
    norm = reading.norm
    if _AIMED_BEFORE_RE.search(norm, clause_start, group.start) is not None:
        return True
    return _AIMED_AFTER_RE.match(norm, group.end) is not None
