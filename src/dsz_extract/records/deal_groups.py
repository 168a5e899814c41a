"""The groups of a sentence's project mentions, for records/deals.py: projects listed together ("A、B以及C等3个
重点招商项目") are one group, a phase after a name (城市大脑一期) is the group's; and the groups that are no deal of their
own — a park hosting the projects after it, a site the next project lands in, an event's venue, a park counting its
projects, projects visited, followed up, aimed at, built in or served by another, parts of a whole, a yardstick."""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .deal_anaphors import anaphors_of
from .deal_ceremonies import ceremony_projects
from .deal_frame import Group, brings_in, number
from .deal_group_checks import aimed_at, compared_with, counts_a_class
from .deal_parts import (
    builds_for_the_project_told,
    builds_for_the_subject,
    built_its_part,
    names_a_project_of_its_own,
    parts_of_a_whole,
)
from .deal_sites import built_in, lands_in, served_by
from .deal_visits import followed_up, is_visited
from .sentence import Sentence

# What may stand between two projects of one list; "一期" marks the second as a phase of the first.
# A note in brackets after an item (A项目(月河镇)、B项目(埠江镇)) is where it lies: the list goes on.
_JOIN_RE = patterns.compile(
    r"(?:[（(]\p{Han}{1,10}[)）])?(?:[\s、/和及与“”‘’\"《》「」]|以及)*(?:(?P<phase>[一二三四五六七八九十\d]+)期(?:项目|工程)?)?[\s“”‘’\"《》「」]*"
)
# "城市大脑一期，投资3亿元": a phase named right after the project.
_PHASE_AFTER = patterns.compile(r"[\s“”\"‘’]*(?P<phase>[一二三四五六七八九十\d]+)期(?!间)")
_AGGREGATE_AFTER_RE = patterns.compile(
    r"(?:共|累计|新)?(?:签约|开工|引进|落地|入驻|竣工|投产|集中签约)?(?:的)?(?:项目)(?:共|达)?"
)


def project_groups(reading: Reading, sent: Sentence) -> list[Group]:
    """The sentence's groups of projects in text order, those that are no deal of their own left out."""
    anaphors = anaphors_of(reading, sent)
    if anaphors:
        return [Group(list(anaphors))]
    groups: list[Group] = []
    for m in sent.of_type("project"):
        if groups:
            joint = _JOIN_RE.fullmatch(reading.norm, groups[-1].end, _past_item_place(reading, sent, groups[-1].end, m))
            if joint is not None:
                groups[-1].projects.append(m)
                if joint.group("phase"):
                    groups[-1].phase = number(joint.group("phase"))
                continue
        groups.append(Group([m]))
    for g in groups:
        after = _PHASE_AFTER.match(reading.norm, g.end, sent.span.end)
        if after is not None and g.phase is None:
            g.phase = number(after.group("phase"))
    if not groups:  # 鑫达新材料项目签约仪式在平江县举行: the ceremony's project, when the sentence names no other
        groups = [Group([p]) for p in ceremony_projects(reading, sent)]
    sites = {i + 1 for i in range(len(groups) - 1) if lands_in(reading, groups[i], groups[i + 1])}
    hosts = {
        i for i in range(len(groups) - 1) if i + 1 not in sites and _is_host(reading, sent, groups[i], groups[i + 1])
    }
    return [
        g
        for i, g in enumerate(groups)
        if i not in hosts
        and i not in sites
        and not _counts_its_projects(reading, sent, g)
        and not _is_venue(reading, sent, g)
        and not is_visited(reading, sent, g)
        and not followed_up(reading, sent, g)
        and not aimed_at(reading, sent.clause_at(g.start).start, g)
        and not built_in(reading, g)
        and not served_by(reading, g)
        and not parts_of_a_whole(reading.norm, g.start, g.end)
        and not (_parts_named(g) and builds_for_the_project_told(reading.norm, sent.span.start, g.start))
        and not (
            i
            and _a_part_named(g)
            and builds_for_the_subject(reading.norm, sent.span.start, (groups[0].start, groups[0].end), g.start)
        )
        and not compared_with(reading, g)
    ]


def _a_part_named(group: Group) -> bool:
    """One name without a project head (a line, a base, a plant): what a project may build as its part."""
    return len(group.projects) == 1 and not names_a_project_of_its_own(group.projects[0].value.name)


def _parts_named(group: Group) -> bool:
    """Names without a project head only (中央厨房、鲜湿米粉、大豆压榨): what a project may build as its parts."""
    return all(not names_a_project_of_its_own(p.value.name) for p in group.projects)


_ITEM_SEPARATOR_RE = patterns.compile(r"[\s“”‘’\"《》「」]*[、和及与]")
_OPENING_QUOTES = ("“", '"', "「", "‘", "《")


def _past_item_place(reading: Reading, sent: Sentence, after: int, project: Any) -> int:
    """Where the gap before `project` ends when a list item opens with the place its quoted name stands in
    (A、门头沟区“健康谷”、B): the place is part of the item, not a break in the list."""
    places = sent.between(after, project.start, "place")
    if not places or not _ITEM_SEPARATOR_RE.fullmatch(reading.norm, after, places[0].start):
        return project.start
    if sent.between(after, project.start, "org", "money", "count", "date"):
        return project.start
    quoted = reading.norm[places[-1].end : project.start] in _OPENING_QUOTES
    return places[0].start if quoted else project.start


# "仪式在山东鲜之源…果蔬保鲜剂项目现场举行": the project where an event is held.
# Where the site lies may be put in brackets before the verb (X项目现场(海口美安科技新城内)举行).
_VENUE_AFTER_RE = patterns.compile(
    r"(?:施工|建设)?(?:现场|工地|厂区|车间)?(?:[（(][^()（）\n]{1,24}[)）])?(?:隆重|正式)?(?:举行|召开|举办|开幕|启动)"
)


# "主会场设在X项目现场": the site chosen for the event; (session 32) also 设于, and with the site's place before the
# project (主会场设在柳州市|柳工…项目建设现场, 设于都匀经济开发区|茶博园项目施工现场).
_SET_AT_RE = patterns.compile(r"(?r)(?:会场|仪式|活动)?(?:设在|选在|放在|设于)")
_SITE_RE = patterns.compile(r"(?:施工|建设)?(?:现场|工地|厂区|车间)(?=[，,。；;\s]|$)")


def _is_venue(reading: Reading, sent: Sentence, group: Group) -> bool:
    """A project named only as the place an event is held (…仪式在X项目现场举行, 主会场设在X项目现场) is no deal of
    its own; told again with what it is (主会场X项目总投资5.2亿元), it is one there."""
    norm = reading.norm
    at = _after_its_places(sent, group.start)
    if len(group.projects) != 1 or norm[at - 1 : at] not in ("在", "于"):
        return False
    if norm[at - 1 : at] == "在" and _VENUE_AFTER_RE.match(norm, group.end) is not None:
        return True
    return bool(_SET_AT_RE.match(norm, max(0, at - 6), at) and _SITE_RE.match(norm, group.end))


def _after_its_places(sent: Sentence, start: int) -> int:
    """Where the places right before a project begin (设在|柳州市|柳工…项目): the site's place is no part of the verb."""
    for mention in sent.backwards(start, sent.span.start):
        if mention.type != "place" or mention.end != start:
            break
        start = mention.start
    return start


def _counts_its_projects(reading: Reading, sent: Sentence, group: Group) -> bool:
    """A park followed by the number of projects it signed ("苏银产业园签约项目5个，总投资22.61亿元") is the
    place of an aggregate (a metric), not a deal."""
    following = sent.first_from(group.end)
    if following is None or following.type != "count":
        return False
    norm = reading.norm
    if _AGGREGATE_AFTER_RE.fullmatch(norm, group.end, following.start) is not None:
        return True
    return counts_a_class(reading, group, following)


def _is_host(reading: Reading, sent: Sentence, group: Group, nxt: Group) -> bool:
    """A park that brings in the projects after it ("新材料产业园谋划打造了A、B") is their place, not a deal."""
    if len(group.projects) != 1 or sent.clause_index(nxt.start) != sent.clause_index(group.start):
        return False
    if len(nxt.projects) == 1 and built_its_part(reading.norm, group.end, nxt.start, nxt.projects[0].value.name):
        return False  # "A项目建成12英寸硅片生产线": the line is A's part, A the deal
    return brings_in(reading, sent, group.end, nxt.start)
