"""From deal frames to deal records: frames of neighbouring sentences that share a project merge into one
deal, a list of projects that shares no amount becomes one deal per project, and a deal its text does not
date takes the period of its amount's clause, its sentence or its paragraph.

records/deals.py reads the frames sentence by sentence and asks `is_deal` which of them count; `finish`
runs once per document on all of them (records/__init__.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .. import models, patterns
from ..timex import is_day
from . import frames as event_frames
from .context import Reading, dedupe
from .deal_agreed import carry_the_signing_over
from .deal_frame import STAGES, Frame
from .deal_places import with_own_place
from .deal_retold import (
    earlier_telling,
    firm_tells_its_listed_project,
    place_where_first_told,
    retold_after_its_lead,
    same_name_in,
    same_project,
    shares_a_project,
    without_groups_told_item_by_item,
)
from .deal_stage import stage_told_after
from .repeats import names_again

# (the event frame a deal was read in, its stage) -> the event total it is part of
PartOf = Callable[[event_frames.EventFrame | None, models.Stage | None], int | None]


def finish(reading: Reading, frames: list[Frame], part_of: PartOf | None = None) -> list[models.Deal]:
    """Merge frames of neighbouring sentences that share a project; keep the ones that are deals.

    `part_of` links each deal to the total of the event it was read under (records/totals.py).
    """
    merged: list[Frame] = []
    frames = [f for f in frames if not _trade_signed_only(reading, f)]
    for frame in _without_captions_told_elsewhere(reading, frames):
        if _firm_investment_told_again(merged, frame):
            continue
        previous = earlier_telling(merged, frame, _same_deal)
        if previous is not None and _one_of_a_summed_list(previous, frame):
            merged.append(frame)  # its own deal: the list's total was the sum of such amounts
        elif previous is not None:
            if _tells_one_of(previous, frame) or (
                len(previous.projects) >= 2 and firm_tells_its_listed_project(previous, frame)
            ):
                previous.refinements.append(frame)
            else:
                _merge(previous, frame)
        else:
            if merged:
                _lands_where_its_part_does(merged[-1], frame)
            merged.append(frame)
    carry_the_signing_over(reading, merged)
    place_where_first_told(merged)
    merged = without_groups_told_item_by_item(merged)
    deals = []
    placed: Frame | None = None  # the last deal's frame, placed
    for f in _without_companies_told_elsewhere(merged):
        listed_only = not is_deal(f)
        if listed_only and not f.refinements:
            if len(f.projects) == 1 and not f.part:
                placed = with_own_place(f, reading.subject_province)  # a project its phases may follow
            continue
        stage_told_after(reading, f)
        total = part_of(f.sentence.event_frame, f.stage) if part_of else None
        ones = [_refined(one, f.refinements) for one in _one_per_project(f)]
        for one in ones:
            if listed_only and not is_deal(one):
                continue  # (session 35) a list that is no deal: only the items told with an amount after it are
            own = _where_its_project_is(placed, with_own_place(one, reading.subject_province))
            deals.append(_deal(reading, own, total))
            placed = own
    return deals


# (session 35) A supply or purchase contract signed between firms (与长安、长城两大汽车生产商签订供货协议; 签订了整车、设备采购
# 协议; 与国家电网签订了长期供货合同): trade, not an investment; a firm signed so, with no project and no amount, is no deal.
_TRADE_SIGNED_RE = patterns.compile(
    r"(?:签订|签署|签约)了?[^，,。；;]{0,10}?(?:供货|供应|采购|购销|销售|订货|供销)[^，,。；;]{0,6}?(?:协议|合同|订单)"
)


def _trade_signed_only(reading: Reading, frame: Frame) -> bool:
    return (
        frame.stage == "signed"
        and not frame.projects
        and not frame.amounts
        and _TRADE_SIGNED_RE.search(reading.norm, frame.lo, frame.sentence.clause_at(max(frame.lo, frame.hi - 1)).end)
        is not None
    )


# A photo's caption: a line closed by its photographer's credit ("…项目培土奠基(申淼 摄)", "（记者 李明 摄）") or
# opening on 图为.
_CAPTION_RE = patterns.compile(r"(?:[（(][^()（）\n]{0,16}摄[)）]|图为|圖為)")


def _is_caption(reading: Reading, frame: Frame) -> bool:
    sent = frame.sentence
    line_start = reading.norm.rfind("\n", 0, sent.span.start) + 1
    line_end = reading.norm.find("\n", sent.span.end)
    line = reading.norm[line_start : len(reading.norm) if line_end < 0 else line_end].strip()
    return line.startswith(("图为", "圖為")) or _CAPTION_RE.search(line[-20:]) is not None


def _without_captions_told_elsewhere(reading: Reading, frames: list[Frame]) -> list[Frame]:
    """A photo's caption retells a project the text tells (…为A项目培土奠基(申淼 摄) above "…一同为A项目培土奠基。该项目
    总投资1.3亿元"): the text's telling is the deal; a caption is one only for a project told nowhere else."""
    captions = [f for f in frames if f.projects and _is_caption(reading, f)]
    if not captions:
        return frames
    told = [f for f in frames if not any(f is c for c in captions)]
    return [
        f
        for f in frames
        if not any(f is c for c in captions)
        or not all(any(same_project(p, n) for t in told for n in t.projects) for p in f.projects)
    ]


# A phase named first (一期汉麻纤维加工项目, 二期工程, 首期…): a part of the project its sentence told before.
_PHASE_FIRST_RE = patterns.compile(r"[\s“”\"]*(?:[一二三四五六七八九十]|首|\d+)期")


def _where_its_project_is(before: Frame | None, phase: Frame) -> Frame:
    """A phase told right after its project in the same sentence, with no place of its own ("孙吴天之草汉麻种植加工
    项目，…，一期汉麻纤维加工项目已投产，二期…开工建设"), lies where the project does (its name placed it: 孙吴县)."""
    if before is None or before.sentence is not phase.sentence or phase.explicit_place or not phase.projects:
        return phase
    if not _PHASE_FIRST_RE.match(phase.projects[0]) or before.place == phase.place or not before.explicit_place:
        return phase
    return dataclasses.replace(phase, place=before.place, explicit_place=True)


def _lands_where_its_part_does(project: Frame, part: Frame) -> None:
    """A project whose facility, named again in short after it in its sentence, is built at a landing place
    ("A公司智能花卉种植基地建设项目总投资3.1亿元，将在勤丰镇建设…的智能花卉种植基地") lands there, unless its own
    clause said where it lands."""
    if not part.landed or project.landed or part.sentence is not project.sentence or part.amounts:
        return
    if len(part.projects) == 1 and names_again(part.projects[0], project):
        project.place, project.explicit_place, project.landed = part.place, True, True


def _without_companies_told_elsewhere(frames: list[Frame]) -> list[Frame]:
    """A company listed as signing or settling (no project, no amount) that another deal of the report names
    as its investor is that deal told in short ("吉林市与中泽集团、桥山集团签约…。中泽集团计划投资200亿元…");
    listed twice (the lead and the body of a report) it is one deal, the first."""
    seen: set[tuple[str, ...]] = set()
    kept = []
    for f in frames:
        if _bare_company(f):
            key = tuple(f.investors)
            retold = [g for g in frames if _tells_the_firm_again(g, f)]
            if retold or key in seen:
                for g in retold[:1]:
                    _signed_as_told_before(g, f)
                continue
            seen.add(key)
        kept.append(f)
    return kept


def _tells_the_firm_again(frame: Frame, bare: Frame) -> bool:
    return (
        frame is not bare
        and not _bare_company(frame)
        and is_deal(frame)
        and any(_same_firm(name, told) for name in bare.investors for told in frame.investors)
    )


def _signed_as_told_before(frame: Frame, bare: Frame) -> None:
    """A firm's own money told after its signing with a place ("湖北省与宝武集团签约，宝武将投资80亿元") is the
    signing's deal: signed (not the plan its 将 tells), landing where the side it signed with is."""
    if bare.stage != "signed" or frame.projects or frame.stage not in (None, "planned"):
        return
    frame.stage = "signed"
    if frame.place is None:
        frame.place = bare.place


def _firm_investment_told_again(merged: list[Frame], frame: Frame) -> bool:
    """A firm's own investment told again further on, the same sum and no project named either time (其中惠普在台
    投資新台幣36億元，設立…研發中心 … 美商惠普(HP)將在台灣設立全球研發中心，…總投資額高達新台幣36億元): one deal, as first told."""
    if frame.projects or not frame.investors or not frame.amounts:
        return False
    return any(
        not told.projects
        and _same_sums(told, frame)
        and any(_same_firm(name, firm) for name in frame.investors for firm in told.investors)
        for told in merged
    )


def _same_sums(a: Frame, b: Frame) -> bool:
    def sums(f: Frame) -> set[tuple[int, str]]:
        return {(int(x.money.amount), x.money.currency) for x in f.amounts if x.money.amount is not None}

    return bool(sums(a)) and sums(a) == sums(b)


def _same_firm(name: str, told: str) -> bool:
    """One firm named in full and in short (安徽江淮汽车集团 … 江淮汽车将投资20亿元; 寶馬集團 … 寶馬將再投資)."""
    short, full = sorted((name, told), key=len)
    return len(short) >= 2 and short in full


def _bare_company(frame: Frame) -> bool:
    return frame.settled_company and not frame.projects and not frame.amounts


def _one_per_project(frame: Frame) -> list[Frame]:
    """A list of projects that shares no amount is that many deals ("此次签约的项目包括A、B、C"), each with
    what the list shares (stage, date, place, event, investors); a list sharing an amount stays one deal."""
    if frame.respective and len(frame.respective) == len(frame.projects):
        return [
            dataclasses.replace(
                frame, projects=[name], project_count=None, amounts=[models.DealAmount(role="total", money=m.value)]
            )
            for name, m in zip(frame.projects, frame.respective, strict=True)
        ]
    if frame.respective_investors and len(frame.investors) == len(frame.projects):
        return [
            dataclasses.replace(frame, projects=[name], investors=[firm], project_count=None)
            for name, firm in zip(frame.projects, frame.investors, strict=True)
        ]
    if len(frame.projects) >= 2 and frame.each:
        return [dataclasses.replace(frame, projects=[name], project_count=None) for name in frame.projects]
    if len(frame.projects) < 2 or frame.amounts:
        return [frame]
    return [dataclasses.replace(frame, projects=[name], project_count=None) for name in frame.projects]


def is_deal(frame: Frame) -> bool:
    """A frame is a deal when it names projects with a stage or an amount, or an investor with an amount or a
    company it settled; a part of a project told before is none of its own."""
    if frame.part:
        return False
    if frame.projects:
        # "A项目和B项目总投资分别为260亿元和50亿元": amounts given one for one count as the list's own
        return frame.stage is not None or frame.stages_mixed or bool(frame.amounts) or bool(frame.respective)
    return bool(frame.investors and (frame.amounts or frame.settled_company))


# A sentence telling more of the one project the sentence before named: "该项目由X公司投资建设，总投资12亿元",


def _tells_one_of(listed: Frame, one: Frame) -> bool:
    """A later sentence giving one project of a list that split its amounts (均, 分别) an amount of its own
    ("两大项目投资均超过300亿元。其中，…A总投资500亿元"): that project's, not the list's."""
    return (
        len(listed.projects) >= 2
        and len(one.projects) == 1
        and bool(one.amounts)
        and (listed.each or bool(listed.respective) or not listed.amounts)
    )


def _one_of_a_summed_list(listed: Frame, one: Frame) -> bool:
    """A later sentence giving one project of a list that shares a total (分别是A、B、C，总投资12亿元。…计划投资6亿元的A…)
    an amount of its own: that project's own deal, not a second amount of the list."""
    return (
        len(listed.projects) >= 2
        and bool(listed.amounts)
        and not (listed.each or listed.respective)
        and len(one.projects) == 1
        and bool(one.amounts)
        and _told_in(one.projects[0], listed.projects)
        and not any(a in listed.amounts for a in one.amounts)
    )


def _refined(one: Frame, refinements: list[Frame]) -> Frame:
    """A project's deal from a list, with what a later sentence told of it alone (its own amount first)."""
    for later in refinements:
        if same_name_in(one.projects, later.projects) or firm_tells_its_listed_project(one, later):
            one = dataclasses.replace(one, amounts=[], investors=list(one.investors), used=list(one.used))
            _merge(one, later)
    return one


# How many sentences a 该项目 may point back over (records/deals.py reads it as the project told before).
_POINTS_BACK_REACH = 3


def _same_deal(a: Frame, b: Frame) -> bool:
    reach = _POINTS_BACK_REACH if any(getattr(m, "points_back", False) for m in b.used) else 1
    if retold_after_its_lead(a, b):
        return True
    if firm_tells_its_listed_project(a, b) and b.sentence.paragraph - a.sentence.paragraph <= 1:
        return True
    if a.sentence.paragraph != b.sentence.paragraph:
        return False
    if b.sentence.index - a.sentence.index > reach and not _item_told_in_turn(a, b):
        return False
    return shares_a_project(a, b)


def _item_told_in_turn(listed: Frame, one: Frame) -> bool:
    """(session 35) A list without amounts told item by item in the sentences after it (分别是A、B和C。其中，A…总投资10亿元；
    B…总投资10亿元；C…总投资9000万美元): each item may be as many sentences on as the list has items."""
    return _tells_one_of(listed, one) and one.sentence.index - listed.sentence.index <= len(listed.projects)


def _told_in(name: str, names: list[str]) -> bool:
    return any(same_project(name, told) for told in names)


def _part_of(name: str, names: list[str]) -> bool:
    """A name inside one told before (线路板及电子元配件生产项目 in 梅州市…嘉涛电子有限公司线路板及电子元配件生产项目)."""
    return any(name in told and name != told for told in names)


def _merge(into: Frame, other: Frame) -> None:
    # a project told again in short (its place dropped) keeps the name it was first told with
    into.projects = dedupe(
        [
            *into.projects,
            *(p for p in other.projects if not _told_in(p, into.projects) and not _part_of(p, into.projects)),
        ]
    )
    into.investors = dedupe([*into.investors, *other.investors])
    into.amounts.extend(a for a in other.amounts if a not in into.amounts)
    into.respective = into.respective or other.respective  # "A和B签约。两个项目总投资分别为…"
    into.project_count = into.project_count or other.project_count
    if other.stage is not None and (into.stage is None or STAGES.index(other.stage) >= STAGES.index(into.stage)):
        into.stage, into.date = other.stage, other.date or into.date
    into.event = into.event or other.event
    # a landing place told next (…在抚州签约。…项目落户抚州高新区) outranks a place read before without one
    if other.explicit_place and (not into.explicit_place or (other.landed and not into.landed)):
        into.place, into.explicit_place, into.landed = other.place, True, other.landed
    into.used.extend(other.used)
    into.cover(other.lo, other.hi)


# Words of a plan or a forecast between a period and its amount (今年计划投资, 预计年内完成投资).
_PLAN_RE = patterns.compile(r"计划|预计|拟|将|力争|争取|目标")


def _deal(reading: Reading, frame: Frame, event_total: int | None = None) -> models.Deal:
    # The clauses from the first to the last thing read, across sentences when frames merged.
    first, last = reading.sentence_at(frame.lo), reading.sentence_at(frame.hi - 1)
    evidence = reading.evidence_span(first.clause_at(frame.lo).start, last.clause_at(frame.hi - 1).end)
    return models.Deal(
        projects=frame.projects,
        project_count=frame.project_count,
        investors=frame.investors,
        place=frame.place,
        amounts=frame.amounts,
        stage=frame.stage,
        date=_date(reading, frame),
        event=frame.event,
        event_total=event_total,
        evidence=evidence,
    )


def _date(reading: Reading, frame: Frame) -> str | None:
    """The deal's own date, else its amount's period, else its sentence's or paragraph's; none for a planned deal
    (储备项目, 将落户: nothing has happened yet to date)."""
    if frame.stage == "planned":
        return None
    return frame.date or _period_of_its_amount(reading, frame) or _paragraph_period(reading, frame)


def _period_of_its_amount(reading: Reading, frame: Frame) -> str | None:
    """A deal of no stage dated by the period before one of its amounts in that amount's clause ("A项目，今年已
    完成投资3亿元", "总投资10亿元，1—5月完成投资3亿元"); not a plan's (今年计划投资5亿元: no date yet)."""
    if frame.stage is not None:
        return None
    for money in (m for m in frame.used if m.type == "money"):
        sent = reading.sentence_at(money.start)
        clause = sent.clause_at(money.start)
        dates = [m for m in sent.between(clause.start, money.start, "date") if reading.is_period_date(m)]
        if dates and not _PLAN_RE.search(reading.norm, dates[-1].end, money.start):
            period = reading.period_of(dates[-1])
            return None if is_day(period) else period
    return None


def _heading_figure_period(reading: Reading, frame: Frame) -> str | None:
    """The period of a figure an earlier clause of the deal's sentence heads it with ("首季民间投资50亿元以上大型投资案
    共10件，日月光投资300多亿元…"; "全市一季度签约项目10个，A项目…"): the deals listed after it are of that period.
    Not a plan's or forecast's date (预计一季度末…), nor a day (an event's)."""
    sent = frame.sentence
    clause = sent.clause_at(frame.lo)
    found = reading.period_before(sent, clause.start)
    if found.start is None or found.start < sent.span.start or found.value is None or is_day(found.value):
        return None
    if _PLAN_RE.search(reading.norm, sent.clause_at(found.start).start, clause.start):
        return None
    own = sent.clause_at(found.start)
    if sent.between(own.start, own.end, "project"):
        return None  # "A项目12月底实现投产，B项目开工建设": the date of another item, not a figure heading the list
    return found.value


def _paragraph_period(reading: Reading, frame: Frame) -> str | None:
    """A deal its text does not date belongs to the period its sentence opens with or its paragraph, section
    or lead speaks of ("2019年第一季度，陇南市共签约…" → 2019-Q1; "过去五年…" → 2017/2021), the lead's not past a
    heading that set none; a planned one has no date yet, and a day is an event's, no period."""
    sent = frame.sentence
    # "2024年，我们将加快建设A项目" after a paragraph on 2023: the sentence's own year, not the one carried.
    opening = reading.opening_date(sent)
    period = reading.period_of(opening) if opening is not None else _heading_figure_period(reading, frame)
    period = period or sent.deal_period
    if frame.stage == "planned" or period is None or not period[:4].isdigit() or is_day(period):
        return None
    return period
