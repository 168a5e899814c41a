"""Event frames: what a report says once about an event, and every later sentence inherits.

Real reports tell one event across many sentences and paragraphs. A lead sentence states the
date, place and kind of the event ("11月28日，……重点项目集中签约仪式在……举行"); later sentences list
what was signed ("此次签约的项目包括A、B、C", "其中，……") or give its totals ("本次集中开工项目共45个").
The date, place, stage and name stated in the lead belong to every deal read inside the frame
(each deal keeps its own clause as evidence), and the totals of the event take its date as their
period.

A frame opens at a sentence naming a ceremony (签约仪式, 集中开工, 签约大会 …). It lasts until the
next frame opens, or until a sentence opens with a date of another time ("2021年以来，…"), which
turns the report to something else.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import regex

from .. import models, numerals, patterns
from ..dims.date import EARLIER_EVENT_RE, in_earlier_event
from ..timex import is_day
from .frame_statements import goes_on_from_its_own_period
from .frame_venues import DATELINE_ENDS, held_at, is_dateline
from .held_events import held_project_event
from .occasion_days import at_the_opening, headline_day, is_a_stamp, occasion_day
from .sentence import VALUE_TYPES

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence

# Ceremony words and the stage a project reaches at them. A ceremony of several stages
# ("签约开工投产仪式", "集中签约暨集中开工") gives no single stage: each list says its own.
CEREMONY_STAGES: dict[models.Stage, tuple[str, ...]] = {
    "signed": (
        "签约仪式", "签约大会", "签约会", "集中签约", "签约活动", "签约现场", "云签约", "签约暨", "签约推介会",
        "签约会议", "现场签约", "签约入驻", "签约典礼", "签署仪式",
    ),
    "started": ("开工仪式", "集中开工", "开工活动", "开工暨", "开工建设仪式", "奠基仪式", "开工动员", "开工大会",
                "集中开复工", "开复工仪式",
                "动土典礼", "动土仪式", "奠基典礼", "开工典礼"),  # Taiwan and Hong Kong: 動土典禮, 奠基典禮
    "completed": ("竣工仪式", "投产仪式", "集中竣工", "集中投产", "竣工投产仪式", "投产活动",
                  "落成典礼", "落成仪式", "启用典礼", "启用仪式", "完工典礼", "竣工典礼"),
}  # fmt: skip
# Events that frame what follows without saying which stage the projects reached.
CEREMONY_PLAIN = (
    "推介会", "洽谈会", "招商会", "博览会", "交易会", "恳谈会", "对接会", "招商大会", "投资大会", "发展大会", "合作大会",
    "投洽会", "商洽会", "双招双引大会",
    # Two stages contracted (开竣工 = 开工 and 竣工): a ceremony of several stages, none of them the projects'.
    "集中开竣工", "开竣工仪式", "开竣工活动", "集中開竣工", "開竣工儀式",
    # (session 42) ... also with the second stage in brackets (集中开(竣)工仪式)
    "集中开(竣)工", "开(竣)工仪式", "开(竣)工活动", "集中开（竣）工", "开（竣）工仪式", "开（竣）工活动",
)  # fmt: skip
# Words that say a figure belongs to the event just told ("本次签约项目17个", "当天共签约…").
OF_THE_EVENT = (
    "本次", "此次", "这次", "当天", "当日", "现场", "仪式上", "会上", "活动中", "大会上", "共签约", "集中",
    "签约项目中", "签约的项目中", "开幕式上", "论坛上",
)  # fmt: skip

_CEREMONY_OF: dict[str, models.Stage | None] = {
    **{w: stage for stage, words in CEREMONY_STAGES.items() for w in words},
    **dict.fromkeys(CEREMONY_PLAIN),
}
# Sentences opening with these speak of a time beyond the event, though they state no date.
OTHER_TIME_WORDS = ("近年来", "近年", "近几年", "多年来", "历年来", "以往", "过去几年", "长期以来", "一直以来")
_OTHER_TIME_RE = patterns.compile(r"[\s“”\"'‘’「」]*(?:" + "|".join(OTHER_TIME_WORDS) + ")")
# A meeting of any name at which projects were signed ("在…合作座谈会上，A与B签署78个合作项目", "举行招商说明会，
# 会上签约22个项目") is a signing, whatever the meeting is called.
SIGNED_AT_MEETING_REACH = 30
SIGNING_VERBS = ("签约", "签署", "签订")
# An activity just told, opening a clause with what was signed in it ("6月12日上午，…“项目签约大比拼”活动举办…。活动中，
# 我县6个项目成功签约"; 开幕式上，…签约项目32个; 论坛上), is one too; not activities in general (在各类招商活动中签约360个项目).
_SIGNED_AT_MEETING = (
    rf"(?P<meeting>(?:会上|开幕式上|论坛上|(?:启动|开幕|揭牌)仪式上|(?<!\p{{Han}})(?:活动中|活动上|仪式上))"
    rf"[^。；;]{{0,{SIGNED_AT_MEETING_REACH}}}?(?:{'|'.join(SIGNING_VERBS)}))"
)
# ... so is a fair told with what was signed at it ("已在第十二届中国-东北亚博览会上签约合作项目15个").
_SIGNED_AT_FAIR = (
    rf"(?P<fair>(?:{'|'.join(regex.escape(w) for w in sorted(CEREMONY_PLAIN, key=len, reverse=True))})上"
    rf"[^。；;]{{0,{SIGNED_AT_MEETING_REACH}}}?(?:{'|'.join(SIGNING_VERBS)}))"
)
_CEREMONY_RE = patterns.compile(
    "|".join(
        [_SIGNED_AT_FAIR, *(regex.escape(w) for w in sorted(_CEREMONY_OF, key=len, reverse=True)), _SIGNED_AT_MEETING]
    )
)
# "重点查看…以及福建宁夏经贸合作交流恳谈会签约项目推进情况": the progress of what an earlier event signed is checked; the
# event is referred to, not held (its name's place is no place of the projects told).
_PROGRESS_OF_ITS_PROJECTS_RE = patterns.compile(
    r"[^，,。；;]{0,30}?(?:签约|签订|签署)的?项目(?:的)?(?:推进|落地|履约|进展|建设|实施|开工|落实)(?:情况|进度|进展|率)"
)
# A sentence telling another stage as part of the occasion just told (现场还进行了…集中签约, 当天，…, 同时，…).
_SAME_OCCASION_RE = patterns.compile(r"[\s“”\"]*(?:现场|当天|当日|同日|同时|活动现场|仪式现场|会上|活动中|此外)")
# The projects of the event counted back ("签约的31个合同项目中", "在邵阳市签约的26个项目中"): a sentence that
# opens on them speaks of the event, as 签约项目中 does.
_EVENT_PROJECTS_AMONG = r"(?:签约|开工|签署|竣工)的[\d一二三四五六七八九十]+个?[^，,。；;]{0,4}?项目中"
_OF_THE_EVENT_RE = patterns.compile("|".join([*OF_THE_EVENT, _EVENT_PROJECTS_AMONG]))
# A sentence opening on the projects of the event told before ("本次签约的78个项目", "这次开工、竣工的7个重点项目
# 中", "此次集中签约的项目主要是…") goes back to it, however far the report strayed to other times in between.
BACK_TO_THE_EVENT = ("本次", "此次", "这次")
EVENT_STAGE_VERBS = ("签约", "开工", "开复工", "竣工", "投产", "集中")
BACK_REACH = 4
# (session 41) ... after a preposition or a source opening the sentence (从此次集中签约的项目类别看，…; 在本次开工的项目中;
# 据了解，此次签约…).
_BACK_OPENER = r"[\s“”\"]*(?:从|在|据了解[，,]?|据悉[，,]?|据介绍[，,]?)?"
_BACK_TO_THE_EVENT_RE = patterns.compile(
    rf"{_BACK_OPENER}(?:{'|'.join(BACK_TO_THE_EVENT)})[^，,。；;]{{0,{BACK_REACH}}}?(?:{'|'.join(EVENT_STAGE_VERBS)})"
)
# Words of a sentence pointing back at the event told before ("签约现场", "此次签约", "仪式上").
_TOLD_AGAIN_RE = patterns.compile(r"本次|此次|这次|现场|仪式上|会上|大会上")


@dataclass(frozen=True)
class EventFrame:
    """What the lead of an event states once: when, where, at what stage, under which name."""

    opener: int  # index of the sentence that opened it
    date: str | None
    place: str | None
    stage: models.Stage | None
    event: str | None
    # Held in another province than the report's (在青岛举行的西和县…推介会暨签约仪式): the venue, not where
    # the projects land.
    away: bool = False
    # Every stage the ceremony's words named, told first or again (签约开工仪式: signed and started): a later
    # ceremony word of one of them (开工仪式上，…) is that event again, not another.
    named: frozenset[str] = frozenset()


def step(reading: Reading, sent: Sentence, frame: EventFrame | None) -> EventFrame | None:
    """The frame `sent` is read in, given the frame of the sentence before it."""
    now = _step(reading, sent, frame)
    if now is not None:
        reading.memo["last_event_frame"] = now
    return now


def _step(reading: Reading, sent: Sentence, frame: EventFrame | None) -> EventFrame | None:
    if _OTHER_TIME_RE.match(reading.norm, sent.span.start, sent.span.end):
        return None  # "近年来，…先后有345个项目集中签约": the years before, no event of the report
    opened = _opened_by(reading, sent)
    if opened is not None:
        if frame is not None and _tells_the_day_again(reading, sent, opened, frame):
            opened = dataclasses.replace(opened, date=None)  # the lead's day again: the same event told again
        if frame is not None and opened.date is None and not _another_stage_told_apart(reading, sent, opened, frame):
            # The same event told again ("…等19个项目进行了网上集中签约"): it keeps the lead's day and place.
            named = frame.named | opened.named
            if opened.place is not None:
                return dataclasses.replace(opened, date=frame.date, named=named)
            return dataclasses.replace(opened, date=frame.date, place=frame.place, away=frame.away, named=named)
        if frame is None and opened.date is None:
            return _told_again(reading, sent, opened)
        if frame is not None and opened.date is not None and opened.date == frame.date:
            # "本次集中签约开工项目…" after the 签约开工仪式 of that day: the same event, with all the stages it named
            return dataclasses.replace(opened, named=frame.named | opened.named)
        return opened
    if frame is None:
        return _back_to_the_event(reading, sent)
    if _turns_to_another_time(reading, sent, frame):
        return None
    return frame


def _back_to_the_event(reading: Reading, sent: Sentence) -> EventFrame | None:
    """The frame last closed, when the sentence opens on its event again ("本次签约的78个项目，…")."""
    if not _BACK_TO_THE_EVENT_RE.match(reading.norm, sent.span.start, sent.span.end):
        return None
    frame: EventFrame | None = reading.memo.get("last_event_frame")
    return frame


def _told_again(reading: Reading, sent: Sentence, opened: EventFrame) -> EventFrame:
    """A ceremony told without its day after the report turned to other times ("签约现场，一些项目引得关注";
    "此次签约的项目…"): the event last told, of the same stage, told again; it keeps that event's day."""
    last: EventFrame | None = reading.memo.get("last_event_frame")
    if last is None or last.date is None:
        return opened
    if (
        not _opens_on_the_event_again(reading, sent)
        and not _BACK_TO_THE_EVENT_RE.match(reading.norm, sent.span.start, sent.span.end)
        and (last.stage != opened.stage or not _TOLD_AGAIN_RE.search(reading.norm, sent.span.start, sent.span.end))
    ):
        return opened
    return dataclasses.replace(opened, date=last.date, event=opened.event or last.event)


# (session 32) "本届中国海门经贸投资洽谈会，海门共签约项目130个": a sentence opening on this edition or round of a meeting or
# fair, by its name, tells the event of the report again, whatever stage its lead told.
_THIS_EDITION_RE = patterns.compile(rf"[\s“”\"]*(?:本届|{'|'.join(BACK_TO_THE_EVENT)})")


def _opens_on_the_event_again(reading: Reading, sent: Sentence) -> bool:
    opening = _THIS_EDITION_RE.match(reading.norm, sent.span.start, sent.span.end)
    return opening is not None and any(m.start == opening.end() for m in sent.of_type("event"))


def _tells_the_day_again(reading: Reading, sent: Sentence, opened: EventFrame, frame: EventFrame) -> bool:
    """ "签约仪式上，…今年上半年…" after a lead with its day: the ceremony of the day, told again; the period
    the sentence carries or states is not the event's date."""
    if opened.date is None or is_day(opened.date) or frame.date is None or not is_day(frame.date):
        return False
    if opened.stage is not None and frame.stage is not None and opened.stage != frame.stage:
        return False
    return _OF_THE_EVENT_RE.search(reading.norm, sent.span.start, sent.span.end) is not None


def _opens_another_stage(sent: Sentence, stage: models.Stage | None) -> bool:
    frame = sent.event_frame
    return (
        frame is not None
        and frame.opener == sent.index
        and stage is not None
        and frame.stage not in (None, stage)
        and stage not in frame.named
    )


def _another_stage_told_apart(reading: Reading, sent: Sentence, opened: EventFrame, frame: EventFrame) -> bool:
    """A ceremony of another stage in a paragraph of its own (a signing, then 集中开工复工 below) is another
    event, not the first told again; in the same paragraph it is a part of it (投洽会期间…集中开工…；…集中签约)."""
    if opened.stage is None or frame.stage is None or opened.stage == frame.stage or opened.stage in frame.named:
        return False
    if _SAME_OCCASION_RE.match(reading.norm, sent.span.start, sent.span.end):
        return False  # "现场还进行了招商引资集中签约", "当天，…": another stage of the same occasion
    return reading.sentences[frame.opener].paragraph != sent.paragraph


# A sentence opening on the projects of a stage, under an open frame ("签约项目涉及建材、光电子…产业。",
# "签约项目有五大特点：…", "开工的项目中，…"), speaks of the event's projects.
_OPENS_ON_STAGE_PROJECTS_RE = patterns.compile(
    r"[\s“”\"]*(?:集中)?(?:签约|开工|开复工|竣工|投产)(?:的)?(?:[\d一二三四五六七八九十]+个)?项目"
)


def _speaks_of_the_event(reading: Reading, sent: Sentence, end: int) -> bool:
    """The sentence, up to `end`, says it tells of the event (本次…, 会上…), or opens on the projects of a stage."""
    norm = reading.norm
    return (
        _OF_THE_EVENT_RE.search(norm, sent.span.start, end) is not None
        or _OPENS_ON_STAGE_PROJECTS_RE.match(norm, sent.span.start, end) is not None
    )


def of_the_event(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Whether text[start:end] speaks of the frame's event: in the lead's paragraph, or saying so
    ("本次签约…"), itself or in an earlier sentence of its paragraph ("据介绍，此次…。其中：…")."""
    frame = sent.event_frame
    if frame is None:
        return False
    if sent.index != frame.opener and (
        _turns_to_its_own_period(reading, sent, end)
        or goes_on_from_its_own_period(reading, sent, _turns_to_its_own_period)
    ):
        return False
    if reading.sentences[frame.opener].paragraph == sent.paragraph or sent.event_said:
        return True
    return _speaks_of_the_event(reading, sent, end) or _told_with_the_stage_verb(reading, sent, frame, end)


def _turns_to_its_own_period(reading: Reading, sent: Sentence, end: int) -> bool:
    """A later sentence stating a period (not a day) of its own before `end` without saying it tells of the event
    ("…集中签约仪式，现场签约项目32个。今年以来，全市已签约项目156个"): it turns to the figures of that period. (session 43)
    Not the year of the projects' plan ("巴州区8个，总投资8.2亿元，2016年计划投资5亿元；恩阳区11个…"): that names one figure's
    year, and the clauses after it still tell of the event."""
    return not says_of_the_event(reading, sent, end) and any(
        m.start < end
        and reading.is_period_date(m)
        and not is_day(reading.period_of(m))
        and _PLAN_AFTER_RE.match(reading.norm, m.end) is None
        for m in sent.of_type("date")
    )


# The year's plan of investment after a year (2016年计划投资, 今年计划完成投资).
_PLAN_AFTER_RE = patterns.compile(r"\s*(?:计划|预计)(?:完成)?投资")


# The verbs a frame's stage is told with: a later clause counting its projects with one ("再开工…121个重大项目",
# "开工老旧小区综合整治等8个城市更新项目") tells more of the event.
_STAGE_VERBS_RE: dict[models.Stage, Any] = {
    "signed": patterns.compile("(?:集中)?(?:签约|签订|签署)"),
    "started": patterns.compile("(?:集中)?(?:开竣工|开[(（]竣[)）]工|开工|开复工)"),
    "completed": patterns.compile("(?:集中)?(?:竣工|投产|开[(（]竣[)）]工)"),
}


def _told_with_the_stage_verb(reading: Reading, sent: Sentence, frame: EventFrame, end: int) -> bool:
    """A clause of the sentence up to `end` opens on the frame's stage verb (after at most a few words: 再开工…, 聚焦…，
    开工…), in a sentence stating no period of its own before it (今年以来，吉林市新签约…: the year's, not the event's)."""
    if any(m.start < end and reading.is_period_date(m) for m in sent.of_type("date")):
        return False
    if _period_set_in_its_paragraph(sent):
        return False  # "2025年，杨浦区重大工程安排100项…。90项正式项目中，新开工项目26项": that year's
    # every stage the ceremony named (集中签约开工仪式, …开竣工活动), told first or again
    stages = sorted({frame.stage, *frame.named} - {None})
    every = [_STAGE_VERBS_RE[stage] for stage in stages if stage in _STAGE_VERBS_RE]
    # the figure's clause, or an earlier clause of its sentence (再开工…121个重大项目，总投资873亿元)
    for clause in sent.clauses:
        if clause.start >= end:
            break
        for verbs in every:
            found = verbs.search(reading.norm, clause.start, min(clause.end, end))
            if found is not None and (
                found.start() - clause.start <= STAGE_VERB_REACH
                or _COUNTED_PROJECTS_BEFORE_RE.search(reading.norm, clause.start, found.start())
            ):
                return True
    return False


def _period_set_in_its_paragraph(sent: Sentence) -> bool:
    """An earlier sentence of the paragraph turned to a period (not a day) the sentence carries, not one the lead set."""
    carried = sent.carried_period
    return carried is not None and sent.lead_period is None and not is_day(carried)


# The projects a later clause counts right before the stage verb ("南宁市有A、B等81个项目开竣工").
_COUNTED_PROJECTS_BEFORE_RE = patterns.compile(r"等[\d一二三四五六七八九十]+[个项](?:重大|重点)?项目$")


STAGE_VERB_REACH = 4


def says_of_the_event(reading: Reading, sent: Sentence, end: int) -> bool:
    """Whether the sentence itself, up to `end`, says it tells of the frame's event ("这次活动，…", "大会现场
    签约的…")."""
    return sent.event_frame is not None and _OF_THE_EVENT_RE.search(reading.norm, sent.span.start, end) is not None


def names_an_event(reading: Reading, sent: Sentence, end: int) -> bool:
    """Whether the sentence, up to `end`, says it tells of an event (本次签约的…), whether or not a frame is open."""
    return _OF_THE_EVENT_RE.search(reading.norm, sent.span.start, end) is not None


def says_so(reading: Reading, sent: Sentence) -> bool:
    """Whether a sentence before `sent` in its paragraph, inside the same frame, says it speaks of the event; or
    `sent` opens a paragraph breaking down the figures of the event told last ("…本次集中开工重点项目共44个。¶其中，
    政府主导类项目24个…")."""
    frame = sent.event_frame
    if frame is None or sent.index == 0 or sent.index == frame.opener:
        return False
    before = reading.sentences[sent.index - 1]
    if before.paragraph != sent.paragraph:
        return _breaks_down_the_events_figures(reading, sent)
    if before.event_frame is not frame:
        return False
    return before.event_said or _speaks_of_the_event(reading, before, before.span.end)


# A paragraph opening on these breaks down the figures told last (其中，…; 包括装备制造项目205个…; 从建设项目类别上看，…;
# 按投资主体分，…; (session 43) 从投资规模看：…, 从地区分布看：…).
_BREAKDOWN_OPENING_RE = patterns.compile(
    r"[\s“”\"]*(?:其中|包括|从[^，,。；;]{0,12}?(?:类别|类型|行业|领域|产业|主体|区域|地区|地域|分布|结构|性质|规模|来源)上?来?看|"
    r"按[^，,。；;]{0,10}?(?:分|划分)[，,])"
)
# Sentences back to the figures broken down, past captions and bylines (图为集中开工仪式现场。王茂松 摄).
BREAKDOWN_REACH = 4


def _breaks_down_the_events_figures(reading: Reading, sent: Sentence) -> bool:
    """`sent` opens its paragraph on a breakdown, and the last earlier sentence stating a figure spoke of the event."""
    if _BREAKDOWN_OPENING_RE.match(reading.norm, sent.span.start, sent.span.end) is None:
        return False
    for before in reversed(reading.sentences[max(0, sent.index - BREAKDOWN_REACH) : sent.index]):
        if before.of_type(*VALUE_TYPES):
            told = before.event_frame
            return (
                told is not None
                and told.date == sent.event_frame.date
                and (
                    before.event_said
                    or reading.sentences[told.opener].paragraph == before.paragraph
                    or _speaks_of_the_event(reading, before, before.span.end)
                )
            )
    return False


def opened_by(reading: Reading, sent: Sentence) -> EventFrame | None:
    """The frame a sentence opens, if it names a ceremony (records/teasers.py asks ahead of the reading)."""
    return _opened_by(reading, sent)


def _opened_by(reading: Reading, sent: Sentence) -> EventFrame | None:
    norm = reading.norm
    if not _may_name_ceremony(reading, sent):
        return _held_event_frame(reading, sent)
    earlier = [m.span() for m in EARLIER_EVENT_RE.finditer(norm, sent.span.start, sent.span.end)]
    words = [
        m
        for m in _CEREMONY_RE.finditer(norm, sent.span.start, sent.span.end)
        if not any(s <= m.start() and m.end() <= e for s, e in earlier)
        and not _PROGRESS_OF_ITS_PROJECTS_RE.match(norm, m.end(), sent.span.end)
    ]
    if not words:
        return _held_event_frame(reading, sent)
    named = {s for m in words if (s := _stage_of(m)) is not None}
    stage = next(iter(named)) if len(named) == 1 else None
    if not named:  # a round of several stages (集中开竣工活动): the stages its name tells, none of them the projects'
        named = set(_stages_told(*(m.group() for m in words)))
    events = sent.of_type("event")
    place = held_at(reading, sent, sent.clause_at(words[0].start()).end)
    return EventFrame(
        opener=sent.index,
        date=_lead_date(reading, sent, stage, events[0].value.name if events else None),
        place=place,
        stage=stage,
        event=events[0].value.name if events else None,
        away=any(m.value.name == place and reading.is_away(m) for m in sent.of_type("place")),
        named=frozenset(named),
    )


def _held_event_frame(reading: Reading, sent: Sentence) -> EventFrame | None:
    """A frame of no stage for a round of projects held on a day under a name of its own (records/held_events.py)."""
    event = held_project_event(reading.norm, sent)
    if event is None:
        return _counted_batch_frame(reading, sent)
    date = _lead_date(reading, sent, None)
    if date is None or not is_day(date):
        return None  # a campaign told with no day of its own frames nothing
    place = held_at(reading, sent, sent.clause_at(event.start).end)
    named = frozenset(_stages_told(event.value.name))
    return EventFrame(opener=sent.index, date=date, place=place, stage=None, event=event.value.name, named=named)


def names_several_stages(name: str) -> bool:
    """Whether an event's name tells more than one stage (集中签约开工活动, 开竣工仪式): a round of several steps."""
    return len(_stages_told(name)) > 1


def _stages_told(*names: str) -> list[models.Stage]:
    """The stages whose verbs a round's name tells (集中开竣工活动: started and completed)."""
    return [stage for stage, verbs in _STAGE_VERBS_RE.items() if any(verbs.search(name) for name in names)]


# A batch of projects counted and told as signed, started or completed together ("2月20日，总投资58.6亿元的3个项目
# 签约落户龙游", "当天，12个重大项目成功签约"): a round held that day, though no ceremony is named.
_COUNTED_BATCH_RE = patterns.compile(
    r"(?P<count>\d+|[一二三四五六七八九十两]+)个(?:重大|重点|优质|产业|招商)*(?:项目|項目)"
    r"(?:成功|集中|现场|顺利|正式)?(?P<verb>签约|簽約|开工|開工|竣工|投产|投產)"
)
_WRITTEN_DAY_RE = patterns.compile(r"\d+日")
STAGE_OF_BATCH: dict[str, models.Stage] = {
    "签约": "signed", "簽約": "signed", "开工": "started", "開工": "started",
    "竣工": "completed", "投产": "completed", "投產": "completed",
}  # fmt: skip


def _counted_batch_frame(reading: Reading, sent: Sentence) -> EventFrame | None:
    """A frame for a batch of projects the sentence counts and tells done on a day of its own (not carried)."""
    found = _COUNTED_BATCH_RE.search(reading.norm, sent.span.start, sent.span.end)
    if found is None or in_earlier_event(reading.norm, found.start(), found.end()):
        return None
    days = [
        m
        for m in sent.of_type("date")
        if m.start < found.start()
        and is_day(m.value.timex)
        and _WRITTEN_DAY_RE.search(m.text) is not None  # 2月20日; not 当日 / 今天, the day of an event told before
        and reading.is_period_date(m)
        and not is_dateline(reading, m)
        and not is_a_stamp(reading, m)
    ]
    if not days:
        return None
    stage = STAGE_OF_BATCH[found.group("verb")]
    return EventFrame(
        opener=sent.index, date=days[-1].value.timex, place=_batch_place(sent, found), stage=stage, event=None
    )


def _batch_place(sent: Sentence, found: Any) -> str | None:
    """The place the batch is told of: the one nearest before it in its sentence (金华市12个重大项目成功签约), else the
    one its clause lands it in after (3个项目签约落户龙游)."""
    places = sent.of_type("place")
    before = [m for m in places if m.end <= found.start()]
    if before:
        return before[-1].value.name
    clause = sent.clause_at(found.start())
    after = [m for m in places if found.end() <= m.start < clause.end]
    return after[0].value.name if after else None


def _stage_of(word: Any) -> models.Stage | None:
    return "signed" if word.group("meeting") or word.group("fair") else _CEREMONY_OF[word.group()]


def _may_name_ceremony(reading: Reading, sent: Sentence) -> bool:
    """Whether a ceremony word of one scan of the whole document overlaps the sentence.

    A word the sentence holds overlaps a word of that scan (the scan finds it, or one overlapping it),
    so a sentence no word overlaps holds none: most sentences skip their own scan.
    """
    if "ceremonies" not in reading.memo:
        spans = [(m.start(), m.end()) for m in _CEREMONY_RE.finditer(reading.norm)]
        reading.memo["ceremonies"] = ([s for s, _ in spans], [e for _, e in spans])
    starts, ends = reading.memo["ceremonies"]
    i = bisect.bisect_right(ends, sent.span.start)
    return i < len(starts) and starts[i] < sent.span.end


_CLOCK_OPENING_RE = patterns.compile(
    r"\s*(?:上午|下午|中午|晚上)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:时|点)(?:\d{1,2}分|半|许)?[，,]?"
)
# The reporter's source ("2月22日，记者从省商务厅获悉，…"): what comes after is the news.
REPORTING_VERBS = ("获悉", "了解到", "得知", "获知")
_REPORTED_RE = patterns.compile(
    rf"[，,\s]*(?:上午|下午)?[，,\s]*(?:记者)?(?:从|在)?[^，,。；;]{{0,16}}?(?:{'|'.join(REPORTING_VERBS)})"
)


def tells_the_news_day(norm: str, date_end: int) -> bool:
    """Whether the date ending at `date_end` is the day the news came ("9月30日，记者从…了解到", "记者昨日获悉") or was
    filed ("浙江在线10月28日讯")."""
    return norm.startswith(DATELINE_ENDS, date_end) or _REPORTED_RE.match(norm, date_end) is not None


# How many sentences back the lead's date may stand ("10月17日，杞县…。当天，签约仪式共签约…").
LEAD_DATE_REACH = 3


def _lead_date(reading: Reading, sent: Sentence, stage: models.Stage | None, name: str | None = None) -> str | None:
    """The date of the event: a day of its sentence, else of the sentences just before (up to one that
    opened an event of another stage in another paragraph: its day is that event's), else any date of it,
    else the period its name opens with (日前举行的2022年一季度…集中签约仪式 → 2022-Q1)."""
    dates = [m for m in sent.of_type("date") if reading.is_period_date(m) and not is_dateline(reading, m)]
    dates = [m for m in dates if not in_earlier_event(reading.norm, m.start, m.end) and not is_a_stamp(reading, m)]
    days = [m for m in dates if is_day(m.value.timex)]
    if days:
        return _span_of_days(reading, sent, days[0].value.timex)
    # "11时，集中签约仪式在…举行": a time of day goes on with the day told before, past an event of another stage
    same_day = _CLOCK_OPENING_RE.match(reading.norm, sent.span.start) is not None
    for back in range(1, LEAD_DATE_REACH + 1):
        if sent.index - back < 0:
            break
        earlier = reading.sentences[sent.index - back]
        if earlier.paragraph != sent.paragraph and _opens_another_stage(earlier, stage) and not same_day:
            break
        days = [
            m
            for m in earlier.of_type("date")
            if _is_days(m.value.timex)
            and reading.is_period_date(m)
            and not is_dateline(reading, m)  # "红网炎陵站8月22日讯": the day the report was filed
            and not in_earlier_event(reading.norm, m.start, m.end)
            and m.start >= reading.body_start  # a date line above the body is the page's, no event's day
            and not is_a_stamp(reading, m)
            and not _REPORTED_RE.match(reading.norm, m.end)  # "9月30日，记者从…了解到": the day the news came
        ]
        if days:
            return at_the_opening(reading, sent, _span_of_days(reading, earlier, days[-1].value.timex))
    if not dates and (occasion := occasion_day(reading, sent, lambda m: _a_day_of_the_event(reading, m))) is not None:
        return at_the_opening(reading, sent, occasion)
    if dates:
        return dates[0].value.timex
    return period_in_the_name(name) or sent.previous_date or headline_day(reading, sent)


# The period an event's name opens with, after its place: a quarter or half of a year (2022年一季度全省…签约仪式,
# 长沙市2023年第一季度重大项目集中签约仪式, 2023年上半年重大项目集中开工). A bare year is no period: a fair's edition
# (2018第七届…博览会) is named after its year, and the projects told after it may be of a longer span.
_NAME_PERIOD_RE = patterns.compile(
    r"\p{Han}{0,8}?(?P<year>(?:19|20)\d\d)年(?:第?(?P<quarter>[一二三四1-4])季度|(?P<half>[上下])半年)"
)
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


# A round of projects of a year (2023年重大项目集中签约仪式, 全县2020年第一批项目集中开工; (session 30) 元氏县2021年
# 第二次项目集中签约仪式): the year is the round's.
_NAME_YEAR_ROUND_RE = patterns.compile(
    r"\p{Han}{0,8}?(?P<year>(?:19|20)\d\d)年度?(?:第[一二三四五六七八九十\d]+[批次])?(?:全[省市县区])?(?:重大|重点|招商|产业)*(?:项目|項目)"
)


def period_in_the_name(name: str | None) -> str | None:
    """The quarter or half of a year an event's name opens with, or the year of a round of projects, as a TIMEX
    value, or None."""
    found = _NAME_PERIOD_RE.match(name or "")
    if found is None:
        year_round = _NAME_YEAR_ROUND_RE.match(name or "")
        return year_round.group("year") if year_round else None
    year = found.group("year")
    if found.group("quarter"):
        return f"{year}-Q{_QUARTERS[found.group('quarter')]}"
    return f"{year}-H{1 if found.group('half') == '上' else 2}"


def _a_day_of_the_event(reading: Reading, m: Any) -> bool:
    """A date of the body that can be an event's day: not the dateline's, not the day the news came."""
    return (
        reading.is_period_date(m)
        and not is_dateline(reading, m)
        and not is_a_stamp(reading, m)
        and m.start >= reading.body_start
        and not _REPORTED_RE.match(reading.norm, m.end)
    )


def _is_days(timex: str) -> bool:
    """A day, or a span of days ("8月16-20日，…洽谈周在上海举办"): the days of an event told before."""
    return is_day(timex) or ("/" in timex and all(is_day(end) for end in timex.split("/")))


# "为期三天的宝鸡发展大会圆满结束": the event's days end on the day told (begin on it with 开幕/开始).
_DAYS_LONG_RE = patterns.compile(r"为期(?P<n>[两二三四五六七八九十]|[2-9]|1[0-5])天")
_ENDS_RE = patterns.compile(r"闭幕|落幕|结束|收官")
_BEGINS_RE = patterns.compile(r"开幕|开始|启幕|拉开帷幕")


def _span_of_days(reading: Reading, sent: Sentence, day: str) -> str:
    """The event's days when the sentence tells how many (为期三天的…大会圆满结束 on 4月4日: 4月2日 to 4日)."""
    norm = reading.norm
    long = _DAYS_LONG_RE.search(norm, sent.span.start, sent.span.end)
    if long is None or len(day) != 10 or not day[:4].isdigit():
        return day
    n = numerals.cardinal(long.group("n")) or 1
    told = dt.date.fromisoformat(day)
    if _ENDS_RE.search(norm, long.end(), sent.span.end):
        return f"{told - dt.timedelta(days=n - 1)}/{day}"
    if _BEGINS_RE.search(norm, long.end(), sent.span.end):
        return f"{day}/{told + dt.timedelta(days=n - 1)}"
    return day


def _turns_to_another_time(reading: Reading, sent: Sentence, frame: EventFrame) -> bool:
    opening = reading.opening_date(sent)
    if opening is None or frame.date is None:
        return opening is not None
    return opening.value.timex != frame.date and not within(opening.value.timex, frame.date)


def within(coarse: str, fine: str) -> bool:
    """Whether the TIMEX `fine` lies inside `coarse` (2022-04-19 inside 2022, 2022-04, 2022-Q2)."""
    if fine.startswith(coarse):
        return True
    if len(coarse) == 7 and coarse[5] == "Q" and coarse[:4] == fine[:4] and fine[4:5] == "-" and fine[5:7].isdigit():
        return (int(fine[5:7]) - 1) // 3 + 1 == int(coarse[6])
    return False


def inherit(deal_date: str | None, frame_date: str | None) -> str | None:
    """A deal's date given its frame's: the frame's where the deal has none or a coarser one around it."""
    if frame_date is None:
        return deal_date
    if deal_date is None or (deal_date != frame_date and within(deal_date, frame_date)):
        return frame_date
    return deal_date
