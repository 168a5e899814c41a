"""Deals: one investment, signing or project, or a named group of them, with amounts and a stage.

A deal starts from the project mentions of a sentence (grouped in records/deal_groups.py). Projects listed together ("A、B以及C等3个
重点招商项目") form one group; a project with its own amount before it ("投资165.9亿元的A、投资15亿元
的B") forms its own. Each group owns its clause and the clauses after it up to the next group, and
reads there its amounts (by the words before each amount: 总投资 → total, 合同外资 → foreign,
一期投资 → phase, 已完成投资 → completed), its stage (the furthest stage word the text says was
reached), date, event, place and investors. Groups naming the same project in neighbouring
sentences are one deal (records/deal_merge.py merges them and builds the records). An investor putting in money without a named project ("欧佩德公司注资1亿元")
is a deal too; an aggregate without named projects is a metric (metrics.py), not a deal.
"""

from __future__ import annotations

import bisect
from typing import Any

from .. import models, patterns
from ..text import is_heading
from . import frames as event_frames
from . import respectively
from .context import Reading, dedupe, mention_key
from .deal_builders import firms_building_somewhere
from .deal_firm_lists import firms_of_the_listed_projects, respective_signers
from .deal_frame import (
    BACK_REFERENCE,
    STAGE_OF,
    Frame,
    Group,
    View,
    frame_built_with_the_amount_before,
    number,
    read_amounts,
    read_count,
    read_event,
)
from .deal_group_checks import (
    listed_at_a_round_of_several_stages,
    mixed_class_before,
    stages_mixed,
)
from .deal_groups import project_groups
from .deal_kinds import a_projects_contents, names_a_kind, past_works
from .deal_list_heads import (
    date_of_the_set_told_before,
    stage_from_a_subset_lead,
    stage_from_an_earlier_head,
    stage_from_an_inline_head,
    stage_from_list_head,
)
from .deal_list_totals import take_the_total_told_before
from .deal_merge import is_deal
from .deal_owners import owners_before
from .deal_parts import (
    builds_what_it_names,
    built_its_part,
)
from .deal_places import distribute_landings, read_place
from .deal_signers import firms_signing_with_a_place, place_the_signers
from .deal_stage import (
    first_not_yet,
    plans_only_its_completion,
    read_aim,
    read_own_clause,
    read_stage,
    stage_from_before,
    still_negotiated,
)
from .deal_subject_firms import (
    firms_investing_after_a_clause,
    firms_investing_in_the_next_sentence,
    subject_firm_investing,
)
from .firm_lists import a_company_settling, settled_companies
from .investors import investor_deals, investors, signer_of_its_item
from .page_links import on_a_page_link
from .sentence import Sentence
from .teasers import adopt_the_event_told_next

_EACH_RE = patterns.compile("分别")
_LIST_GAP_RE = patterns.compile(r"[、和及与]?")
_EXAMPLES_END_RE = patterns.compile(r"等(?:一批)?[^，,。；;、]{0,6}?(?:项目|企业)")
# "…项目，总投资18亿元，项目将购置…，建设…": the clause goes on about the project just told.
_POINTS_BACK_RE = patterns.compile(
    r"[，,；;]\s*(?:该|此|这个)?项目(?:将|拟|计划|主要|建成后|一期|二期|分两期|分期|占地)"
)
# A project's own clause telling it under way (A、B等一批重大项目加快推进): a stage word of the clause before
# (5条公路集中开工) is that clause's.
_PROGRESS_RE = patterns.compile(r"(?:加快|顺利|有序|稳步|扎实|全力|积极|持续)推进")
# The last item of a list standing in clauses of their own: 等 + a class of projects (…等“央企入冀”项目).
_CLOSES_A_LIST_RE = patterns.compile(r"等[^，,。；;]{0,12}?(?:项目|工程)")
_ITEM_PUNCTUATION_RE = patterns.compile(r"[\s，,、；;。]*(?:同时|另外|此外)?[\s，,、；;。]*")
_BATCH_AFTER_RE = patterns.compile(r"等(?:一大批|一批|大批|众多)")
_REPRESENT_AFTER_RE = patterns.compile(r"[”」]?(?:为代表|為代表)的")
# "签约项目包括A、B、C等，总投资650亿元": a list left open by a bare 等 names examples; the total after it is the group's.
_OPEN_LIST_END_RE = patterns.compile(r"等[，,；;]")
_COUNT_AFTER_RE = patterns.compile(r"等(?P<n>\d+|[一二两三四五六七八九十百]+)(?:个|项)")
# "A、B等82个|招商引资重点项目": the class the list is counted in says the projects were brought in.
_INVESTMENT_CLASS_RE = patterns.compile(r"(?:新|重点|重大|新建|续建)*招商(?:引资|引进)?(?:重点|重大)?项目")
_BACK_RE = patterns.compile(r"[\s“”\"‘’]*(?:" + "|".join(BACK_REFERENCE) + ")")


def read_sentence(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[Frame]:
    """The deal frames of one sentence (merged and filtered across sentences by `finish`)."""
    groups = project_groups(reading, sent)
    carried = firms_investing_in_the_next_sentence(reading, sent)
    if (not groups and not sent.of_type("org") and not carried) or on_a_page_link(reading, sent):
        return []
    view = View(
        groups,
        [g.start for g in groups],
        sorted({sent.clause_index(g.start) for g in groups}),
        first_not_yet(reading.norm, sent.span.start, sent.span.end),
    )
    # Investors announcing their own money go first: the amount is theirs, not the project group's before it.
    investor_frames = investor_deals(reading, sent, view)
    investor_frames += settled_companies(reading, sent, investor_frames)
    investor_frames += a_company_settling(reading, sent, investor_frames)
    place_the_signers(reading, sent, investor_frames)
    investor_frames += firms_signing_with_a_place(reading, sent, investor_frames)
    investor_frames += firms_building_somewhere(reading, sent, investor_frames)
    investor_frames += firms_investing_after_a_clause(reading, sent, investor_frames)
    investor_frames += carried
    view.claimed = {mention_key(m) for f in investor_frames for m in f.used}
    frames = [_frame(reading, sent, view, g) for g in groups]
    _stage_from_the_closing_item(reading, sent, groups, frames)
    _stage_of_each_participle(reading, sent, groups, frames)
    _distribute_places(reading, sent, view, frames)
    distribute_landings(reading, sent, view, frames)
    _distribute_amounts(reading, sent, view, frames)
    by_group = {id(g): f for g, f in zip(groups, frames, strict=True)}
    for inv in investor_frames:
        target = by_group.get(id(inv.linked)) if inv.linked is not None else None
        if target is None:
            frames.append(inv)
        else:
            _absorb(target, inv)
    frames = firms_of_the_listed_projects(reading, sent, groups, frames, investor_frames)
    respective_signers(reading, sent, frames)
    # A kind of project (涉及基础设施项目、产业项目, 民生项目居多) bounds the clauses of the groups around it, but is no deal.
    kinds = {id(by_group[id(g)]) for g in groups if all(names_a_kind(reading, m) for m in g.projects)}
    # A firm's past works (…近年来代表作有东湖隧道、东湖绿道…) introduce it, no deal of the page's.
    kinds |= {id(by_group[id(g)]) for g in groups if past_works(reading, sent, g.start)}
    # …nor are the parts a project is built of (主要建设内容包括年产45万吨硫酸、15万吨磷酸一铵…).
    kinds |= {id(by_group[id(g)]) for g in groups if a_projects_contents(reading, sent, g.start)}
    frames = sorted((f for f in frames if id(f) not in kinds), key=lambda f: f.lo)
    for frame in frames:
        take_the_total_told_before(reading, sent, frame)
        _inherit_event(reading, frame)
        adopt_the_event_told_next(reading, frame)
        _leave_aggregate(reading, frame)
        if is_deal(frame):
            used.update(mention_key(m) for m in frame.used)
    return frames


def _stage_from_the_closing_item(reading: Reading, sent: Sentence, groups: list[Group], frames: list[Frame]) -> None:
    """A list whose items stand in clauses of their own, closed by "…等“央企入冀”项目相继建成投产" (A基地，B项目，
    C等项目已经开工建设): the closing clause's stage and date are every item's."""
    for i in range(len(groups) - 1, 0, -1):
        closing = frames[i]
        if closing.stage is None or not _CLOSES_A_LIST_RE.match(reading.norm, groups[i].end):
            continue
        j = i - 1
        while j >= 0 and frames[j].stage is None and _stands_alone(reading, sent, groups[j]):
            frames[j].stage = closing.stage
            frames[j].date = frames[j].date or closing.date
            j -= 1


# "此次签约的A等6个项目、开工的B等12个项目、投产的C等8个项目": a list item opening on its own stage verb and 的, read
# backwards from the item's name over a bounded reach.
_PARTICIPLE_RE = patterns.compile(
    r"(?r)(?:此次|本次|这次|今年|当天|同时)?(?:集中)?(?P<verb>"
    + "|".join(sorted((w for w, s in STAGE_OF.items() if s != "planned"), key=len, reverse=True))
    + r")的\s*"
)
_PARTICIPLE_REACH = 16
_ITEM_EDGES = frozenset("、，,；;：:。 \t\u3000\n")


def _stage_of_each_participle(reading: Reading, sent: Sentence, groups: list[Group], frames: list[Frame]) -> None:
    """Items of one sentence told each with its own stage verb before it (签约的A…、开工的B…、投产的C…): each item's
    stage is its verb's, not the furthest the sentence tells; only where two items' verbs tell different stages."""
    norm = reading.norm
    told: list[tuple[int, models.Stage]] = []
    for i, group in enumerate(groups):
        verb = _PARTICIPLE_RE.match(norm, max(sent.span.start, group.start - _PARTICIPLE_REACH), group.start)
        if verb is not None and (verb.start() == sent.span.start or norm[verb.start() - 1] in _ITEM_EDGES):
            told.append((i, STAGE_OF[verb.group("verb")]))
    if len({stage for _i, stage in told}) < 2:
        return
    for i, stage in told:
        frames[i].stage = stage


def _stands_alone(reading: Reading, sent: Sentence, group: Group) -> bool:
    """A project group that is all of its clause, but for the firm before it (国网公司|张北风光储输示范一期)."""
    clause = sent.clause_at(group.start)
    pieces, pos = [], clause.start
    for org in sent.between(clause.start, group.start, "org"):
        pieces.append(reading.norm[pos : org.start])
        pos = org.end
    pieces += [reading.norm[pos : group.start], reading.norm[group.end : clause.end]]
    return _ITEM_PUNCTUATION_RE.fullmatch("".join(pieces)) is not None


def _distribute_places(reading: Reading, sent: Sentence, view: View, frames: list[Frame]) -> None:
    """ "A市、B县分别签约了X和Y": the listed places go to the groups after 分别, in order, when they pair up."""
    for each in _EACH_RE.finditer(reading.norm, sent.span.start, sent.span.end):
        places = _place_list_before(reading, sent, each.start())
        clause = sent.clause_at(each.start())
        after = range(
            bisect.bisect_left(view.group_starts, each.end()), bisect.bisect_left(view.group_starts, clause.end)
        )
        if len(places) < 2 or len(places) != len(after):
            continue
        for i, place in zip(after, places, strict=True):
            frames[i].place, frames[i].explicit_place = place.value.name, True
            frames[i].cover(place.start, place.end)


def _distribute_amounts(reading: Reading, sent: Sentence, view: View, frames: list[Frame]) -> None:
    """ "A项目、B项目签约，投资额分别为300亿元、700亿元": a list of projects and as many amounts after 分别,
    one for one (each project becomes its own deal with its amount)."""
    for run in respectively.runs(reading, sent):
        if run.values[0].type != "money" or any(mention_key(v) in view.claimed for v in run.values):
            continue
        i = bisect.bisect_right(view.group_starts, run.values[0].start) - 1
        if i < 0 or len(view.groups[i].projects) != len(run.values):
            continue
        frame = frames[i]
        frame.amounts = [a for a in frame.amounts if all(a.money is not v.value for v in run.values)]
        frame.respective = list(run.values)
        frame.used.extend(run.values)
        frame.cover(run.values[-1].start, run.values[-1].end)


def _place_list_before(reading: Reading, sent: Sentence, at: int) -> list[Any]:
    """The places listed right before `at` ("枣阳市、宜城市分别")."""
    listed: list[Any] = []
    for m in sent.backwards(at, sent.clause_at(at).start):
        if m.type != "place" or not _LIST_GAP_RE.fullmatch(reading.norm, m.end, listed[-1].start if listed else at):
            break
        listed.append(m)
    return listed[::-1]


def _absorb(into: Frame, investor: Frame) -> None:
    """An investor's frame joins the frame of the project its money builds; the investors are the ones
    who put the money in (a group reading its clause may have taken a neighbour's investor)."""
    into.investors = list(investor.investors)
    into.amounts[:0] = [a for a in investor.amounts if a not in into.amounts]
    into.project_count = into.project_count or investor.project_count
    if into.stage is None:
        into.stage = investor.stage
    into.date = into.date or investor.date
    into.used.extend(investor.used)
    into.cover(investor.lo, investor.hi)


def _inherit_event(reading: Reading, frame: Frame) -> None:
    """What the lead of the event told once: its date, stage, name and, for a deal naming none, its place
    (unless the event was held away from home, as promotions in other provinces are)."""
    event = frame.sentence.event_frame
    if event is None:
        return
    frame.date = event_frames.inherit(frame.date, event.date)
    plan_signed = (
        _plan_of_the_signing(frame.stage, event.stage)
        or (frame.stage == "planned" and event.stage == "started" and plans_only_its_completion(reading, frame))
    ) and not still_negotiated(reading, frame)
    if not frame.under_way and not frame.aimed and (frame.stage is None or plan_signed):
        frame.stage = event.stage
    frame.event = frame.event or event.event
    if not frame.explicit_place and event.place is not None and not event.away:
        frame.place = event.place


def _plan_of_the_signing(stage: models.Stage | None, event_stage: models.Stage | None) -> bool:
    """ "签约仪式上，…X公司拟在开发区建设Y项目": what a company plans to build is what it signed at the event."""
    return stage == "planned" and event_stage == "signed"


def _leave_aggregate(reading: Reading, frame: Frame) -> None:
    """ "A、B等32个项目，总投资450亿元", "A、B、C等一批重大项目达成签约，总投资245亿元": A and B are examples of
    an aggregate; its count and total are a metric of the group, not the investment of the ones named."""
    if not frame.projects:
        return
    counted = frame.project_count is not None and frame.project_count > len(frame.projects)
    if not counted and not _of_a_batch(reading, frame) and not _counted_before(reading, frame):
        return
    own = _own_amounts(frame)
    kept = frame.amounts if _each_ones_amount(frame) else [a for a in frame.amounts if id(a.money) in own]
    frame.amounts = kept
    frame.project_count = None
    frame.used = [m for m in frame.used if m.type != "count" and (m.type != "money" or id(m.value) in own or kept)]


def _own_amounts(frame: Frame) -> set[int]:
    """The money values told before the name of a one-project group (总投资30亿元的A项目、…等12个项目): the project's
    own (before a list of names, 投资超30亿元的A、B及C等4个项目, it is the list's)."""
    first = min((m.start for m in frame.used if m.type == "project"), default=None)
    if first is None or len(frame.projects) > 1:
        return set()
    return {id(m.value) for m in frame.used if m.type == "money" and m.end <= first}


def _each_ones_amount(frame: Frame) -> bool:
    """ "A、B等32个项目签约，单个项目投资额均在亿元以上": an amount told with 均/各 is each project's, named or not."""
    return frame.each and all(a.money.modifier == "over" for a in frame.amounts)


# "此次签约的7个项目，包括A、B、C等", "签约的16个项目中，包括A、B等": a count of projects heading the list.
_COUNTED_HEAD_RE = patterns.compile(
    r"(?r)(?P<n>\d+|[一二两三四五六七八九十百]+)[个项](?:重大|重点|产业|工业|招商|省级|市级)?(?:项目|工程)(?:中|当中)?[，,]?(?:其中)?(?:主要)?(?:包括|包含)[:：]?\s*"
)


def _counted_before(reading: Reading, frame: Frame) -> bool:
    """The named projects follow a count of projects larger than the list (examples of the counted ones)."""
    first = min((m.start for m in frame.used if m.type == "project"), default=None)
    if first is None:
        return False
    head = _COUNTED_HEAD_RE.match(reading.norm, max(0, first - 20), first)
    return head is not None and (number(head.group("n")) or 0) > len(frame.projects)


def _of_a_batch(reading: Reading, frame: Frame) -> bool:
    """Whether the named projects are followed by 等一批 (examples of a batch larger than the list) and the
    amounts come after them (the batch's)."""
    named = [m for m in frame.used if m.type == "project"]
    if not named:
        return False
    last = max(m.end for m in named)
    # amounts of their own before the names ("投资60亿元的A、投资12亿元的B等一批项目") stay theirs
    own = any(m.type == "money" and m.end <= last for m in frame.used)
    if own:
        return False
    if _BATCH_AFTER_RE.match(reading.norm, last) is not None or _OPEN_LIST_END_RE.match(reading.norm, last):
        return True
    if _REPRESENT_AFTER_RE.match(reading.norm, last) is not None:
        return True  # 以A和B为代表的…项目10个，总投资886亿元: examples of the class the amount is of
    # "A、B、C等46个总投资389亿元的重点项目": a count of projects larger than the names
    counted = _COUNT_AFTER_RE.match(reading.norm, last) or _COUNT_AFTER_CLASS_RE.match(reading.norm, last)
    return counted is not None and (number(counted.group("n")) or 0) > len(named)


# "A、B等重大外资项目10个，协议金额5.62亿美元": the count after the class of projects the list closes with.
_COUNT_AFTER_CLASS_RE = patterns.compile(
    r"等[^，,。；;、\d]{0,8}?(?:项目|工程)(?:共|达)?(?P<n>\d+|[一二两三四五六七八九十百]+)(?:个|项)"
)


def _owned_clauses(sent: Sentence, view: View, group: Group) -> tuple[int, int]:
    """Clause range of a group: its clause up to the next group's (clauses before the first group too)."""
    own = sent.clause_index(group.start)
    i = bisect.bisect_right(view.group_clauses, own)
    first = 0 if own == view.group_clauses[0] else own
    last = view.group_clauses[i] - 1 if i < len(view.group_clauses) else len(sent.clauses) - 1
    return first, last


def _frame(reading: Reading, sent: Sentence, view: View, group: Group) -> Frame:
    first, last = _owned_clauses(sent, view, group)
    scope = scope_start, scope_end = sent.clauses[first].start, sent.clauses[last].end
    own_start = sent.clauses[sent.clause_index(group.start)].start
    frame = Frame(sent, projects=dedupe(m.value.name for m in group.projects), lo=group.start, hi=group.end)
    frame.used.extend(group.projects)
    frame.part = _part_of_the_project_before(reading, sent, group)
    read_amounts(reading, sent, view, group, frame, own_start, scope_end)
    if not frame.amounts:
        frame_built_with_the_amount_before(reading, sent, view, group, frame)
    read_count(reading, sent, view, group, frame)
    # Stage words before the group's clause speak of something else ("围绕招引新动能项目，…") unless
    # told as done ("目前，我们引进了波鸿…，6月底前…项目将正式投产").
    # A plan word speaks of the projects of its own clause ("谋划打造了A、B", "推进A等在谈项目"), not of
    # later ones ("…项目年内试生产，并做好后续项目谋划实施").
    own = sent.clause_at(group.start)
    frame.under_way = _PROGRESS_RE.search(reading.norm, group.end, own.end) is not None
    read_stage(
        reading,
        sent,
        view,
        frame,
        own_start if frame.under_way else scope_start,
        scope_end,
        done_before=own_start,
        plan_within=(own.start, own.end),
    )
    read_own_clause(reading, sent, frame, group.end, own.end)
    if frame.stage is None:
        stage_from_an_inline_head(reading, sent, frame)
    if frame.stage is None:
        stage_from_list_head(reading, sent, view, group, frame)
    if frame.stage is None:
        stage_from_an_earlier_head(reading, sent, frame)
    if frame.stage is None:
        stage_from_a_subset_lead(reading, sent, group, frame)
    if frame.stage is None and _BACK_RE.match(reading.norm, sent.span.start):
        stage_from_before(reading, sent, frame, sentences_back=2)
    if frame.stage is None and not frame.under_way and _examples_opening(reading, sent, group):
        # "…一批重大项目成功落地。富士康、一汽大众、联想等项目净增产值…": examples of the batch just told
        stage_from_before(reading, sent, frame, sentences_back=1)
    if frame.stage is None and _counted_as_brought_in(reading, group):
        frame.stage = "introduced"
    if frame.stage is None and _counted_as_under_way(reading, sent, group):
        frame.stage = "started"
    if frame.stage is None:
        frame.stage = _section_stage(reading, sent)
    if frame.stage is None:
        read_aim(reading, frame, own, own_start, scope_end)
    if frame.stage is None:
        frame.stages_mixed = (
            stages_mixed(reading, own)
            or mixed_class_before(reading, sent, own)
            or listed_at_a_round_of_several_stages(reading, sent, group)
        )
    date_of_the_set_told_before(reading, sent, frame)
    read_event(sent, view, group, frame, scope_start, scope_end)
    read_place(reading, sent, view, group, frame, scope_end)
    frame.investors = view.once(("investors", scope_start, scope_end), lambda: investors(reading, sent, *scope))
    previous = view.previous_group(group)
    item_start = max(own_start, previous.end if previous is not None else own_start)
    frame.investors = signer_of_its_item(reading, sent, item_start, group.start) or frame.investors
    frame.investors = frame.investors or subject_firm_investing(reading, sent, group.projects[0])
    owners = view.once(("owners",), lambda: owners_before(reading, sent, view))
    if owners:
        frame.investors = [n for n in frame.investors if owners.get(n, group) is group]
        frame.investors += [n for n, g in owners.items() if g is group and n not in frame.investors]
    return frame


def _part_of_the_project_before(reading: Reading, sent: Sentence, group: Group) -> bool:
    """A project named after "项目将/该项目主要…" that points back to a project told earlier in the sentence:
    a part of that project (its production line, its park), not a deal of its own."""
    before = next((m for m in sent.backwards(group.start, sent.span.start) if m.type == "project"), None)
    if before is None:
        return False
    norm = reading.norm
    return (
        _POINTS_BACK_RE.search(norm, before.end, group.start) is not None
        or builds_what_it_names(norm, before.end, group.start)
        or (len(group.projects) == 1 and built_its_part(norm, before.end, group.start, group.projects[0].value.name))
    )


def _counted_as_brought_in(reading: Reading, group: Group) -> bool:
    counted = _COUNT_AFTER_RE.match(reading.norm, group.end)
    return counted is not None and _INVESTMENT_CLASS_RE.match(reading.norm, counted.end()) is not None


# "A、B等22个新续建工业项目": examples of a class of projects whose construction goes on (在建 and 新开工 are
# stage words of their own).
_UNDER_WAY_CLASS_RE = patterns.compile(
    r"等(?:\d+|[一二两三四五六七八九十百几多]+)?(?:个|项|批)?[^，,。；;、]{0,6}?续建[^，,。；;、]{0,4}?(?:项目|工程)"
)


def _counted_as_under_way(reading: Reading, sent: Sentence, group: Group) -> bool:
    """Examples of a class the text says is under construction; not one it plans (计划新开工A、B等项目)."""
    if len(group.projects) < 2 or _UNDER_WAY_CLASS_RE.match(reading.norm, group.end) is None:
        return False
    return first_not_yet(reading.norm, sent.clause_at(group.start).start, group.end) >= group.end


# A heading naming the stage of the projects listed under it: "一、签约项目", "（二）新开工项目：", "竣工投产项目".
_SECTION_HEAD_RE = patterns.compile(
    r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])?\s*"
    r"(?:今年|全年|本次|本批|此次)?(?:集中|新)?(?P<stage>(?:"
    + "|".join(sorted(STAGE_OF, key=len, reverse=True))
    + r")+)(?:的)?(?:重点|重大)?(?:项目|工程)(?:清单|名单|情况)?[:：]?\s*"
)
_STAGE_WORD_RE = patterns.compile("|".join(sorted(STAGE_OF, key=len, reverse=True)))
_SECTION_REACH = 40  # lines back to the heading of a section


def _section_stage(reading: Reading, sent: Sentence) -> models.Stage | None:
    """The stage the heading of the section names (一、签约项目 …… 二、开工项目): the nearest heading line
    before the sentence's line, if it is one of these."""
    norm = reading.norm
    end = norm.rfind("\n", 0, sent.span.start)
    for _ in range(_SECTION_REACH):
        if end < 0:
            return None
        start = norm.rfind("\n", 0, end) + 1
        if is_heading(norm[start:end].rstrip().rstrip(":：")):
            head = _SECTION_HEAD_RE.fullmatch(norm, start, end)
            if head is None:
                return None
            said = {STAGE_OF[w] for w in _STAGE_WORD_RE.findall(head.group("stage"))}
            return said.pop() if len(said) == 1 else None  # 竣工投产项目 is one stage, 签约开工项目 none
        end = start - 1
    return None


def _examples_opening(reading: Reading, sent: Sentence, group: Group) -> bool:
    """A list of projects that opens its sentence and ends in 等…项目 (examples of a group told before)."""
    if len(group.projects) < 2 or sent.between(sent.span.start, group.start, "org", "money", "count", "project"):
        return False
    return _EXAMPLES_END_RE.match(reading.norm, group.end) is not None
