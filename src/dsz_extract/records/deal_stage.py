"""The stage a deal's frame reached: the furthest stage word its text says was reached (签约, 开工, 竣工 …), not one
intended (拟, 将, 力争), forecast (可) or conditional (投产后); a stage told before the group (…集中开工。其中，A项目…)
or after it (这些项目已陆续开工). deal_frame.py holds the stage words; deals.py asks here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import models, patterns
from ..dims.date import in_earlier_event
from .context import Reading
from .deal_frame import (
    COMMENT_CLAUSE_RE,
    CONDITION_AFTER_RE,
    DONE_AFTER,
    DONE_BEFORE,
    INTENT_RE,
    NOT_STAGE,
    NOT_YET_AFTER,
    NOT_YET_IN_CLAUSE,
    NOT_YET_NEAR,
    NOT_YET_RE,
    STAGE_CONTRACTIONS,
    STAGE_OF,
    STAGE_RE,
    STAGES,
    Frame,
    View,
    date_for,
)
from .deal_topics import pushes_a_topic
from .deal_words import names_a_body, names_an_amount
from .frames import names_several_stages
from .sentence import Sentence


def read_stage(
    reading: Reading,
    sent: Sentence,
    view: View,
    frame: Frame,
    start: int,
    end: int,
    *,
    done_before: int = 0,
    plan_within: tuple[int, int] | None = None,
) -> None:
    key = ("stage", start, end, done_before, plan_within)
    best = view.once(
        key, lambda: furthest_stage(reading, sent, view, start, end, done_before=done_before, plan_within=plan_within)
    )
    if best is None:
        return
    stage, pos = best
    frame.stage = stage
    frame.cover(pos, pos + 1)
    frame.date = date_for(reading, sent, pos)


def furthest_stage(
    reading: Reading,
    sent: Sentence,
    view: View | None,
    start: int,
    end: int,
    *,
    done_before: int = 0,
    plan_within: tuple[int, int] | None = None,
) -> tuple[models.Stage, int] | None:
    """The furthest stage reached in [start, end); plan words count only within `plan_within`.

    Before `done_before` only stage words told as done count ("我们引进了波鸿…，…项目"), or any when
    the sentence opens with its date ("8月28日，A与B签署合作协议，B将投资…建设…项目").
    """
    norm = reading.norm
    dated = reading.opening_date(sent) is not None
    best: tuple[models.Stage, int] | None = None
    for found in STAGE_RE.finditer(norm, start, end):
        if norm.startswith(NOT_STAGE, found.start()) or _contracted(norm, found.start(), found.end()):
            continue
        if _in_a_round_of_several_stages(sent, found.start()):
            continue  # "…集中签约开工活动举行，签约项目中的A…": the round's name gives none of its projects a stage
        if in_earlier_event(norm, found.start(), found.end()):
            continue  # "继1月9日集中签约30个项目后，今天…": the stage of an earlier event, not of these projects
        if found.start() < done_before and not (
            _told_as_done(norm, found.start(), found.end()) or dated or _signed_by_parties(norm, sent, found)
        ):
            continue
        if found.start() < done_before and _FIRMS_ITS_OBJECT_RE.search(
            norm, found.end(), sent.clause_at(found.start()).end
        ):
            continue  # "成功引进A、B等一批大企业入驻太白，C、D等项目拔地而起": the firms were brought in, not the projects
        stage = "planned" if found.group("plan") else STAGE_OF[found.group()]
        if stage == "planned" and plan_within is not None and not plan_within[0] <= found.start() < plan_within[1]:
            continue
        if stage != "planned" and not _reached(reading, sent, view, found.start(), found.end(), plan_within):
            continue
        if best is None or STAGES.index(stage) >= STAGES.index(best[0]):
            best = (stage, found.start())
    return best


def _in_a_round_of_several_stages(sent: Sentence, at: int) -> bool:
    """Whether a stage word stands inside the name of an event of several stages (集中签约开工活动); not one named
    after its one project (A项目签约暨开工仪式: A signed and started)."""
    return any(
        e.start <= at < e.end and names_several_stages(e.value.name) and not _named_after_its_project(e.value.name)
        for e in sent.of_type("event")
    )


# An event's name opening on one project's name (隆基绿能年产10GW单晶组件项目|签约暨开工仪式), not on a class of them
# (重大项目|集中签约开工活动, 2024年重点项目|签约开工仪式).
_PROJECT_BEFORE_STAGES_RE = patterns.compile(
    r"^.{4,}(?<!重大|重点|招商|产业|重大產業|重點)(?:项目|項目|工程)(?=签约|簽約|开工|開工)"
)


def _named_after_its_project(name: str) -> bool:
    return _PROJECT_BEFORE_STAGES_RE.search(name) is not None


def _contracted(norm: str, start: int, end: int) -> bool:
    """Whether the stage word at [start, end) is half of a contraction of two stages (开竣工)."""
    for word in STAGE_CONTRACTIONS:
        at = norm.find(word, max(0, end - len(word)), start + len(word))
        if at != -1 and at <= start and end <= at + len(word):
            return True
    return False


def intended(reading: Reading, start: int, end: int, names: Sequence[Any] = (), stages: Sequence[str] = STAGES) -> bool:
    """A stage word of `stages` in [start, end) after a word that makes it intended ("推动…动工", "力争…落地"); not
    a word inside one of the `names` (a project name the name pass took it into intends nothing)."""
    norm = reading.norm
    intent = next(
        (
            m
            for m in INTENT_RE.finditer(norm, start, end)
            if not names_a_body(norm, m.end())
            and not names_an_amount(norm, m.end())
            and not any(n.start <= m.start() < n.end for n in names)
        ),
        None,
    )
    if intent is None:
        return False
    return any(
        not found.group("plan") and not norm.startswith(NOT_STAGE, found.start()) and STAGE_OF[found.group()] in stages
        for found in STAGE_RE.finditer(norm, intent.end(), end)
    )


# A list of firms a stage word of an earlier clause has for its object (引进A、B等一批大企业).
_FIRMS_ITS_OBJECT_RE = patterns.compile(r"等[^，,。；;]{0,8}?(?:企业|公司|集团|客商|厂商|商家)")
_PARTIES_RE = patterns.compile(r"[与同和]|双方|各方")


def _signed_by_parties(norm: str, sent: Sentence, found: Any) -> bool:
    """A signing between parties told in a clause of its own ("华为公司与我市签署战略合作协议，共建X"): the
    signing happened, and what the parties build after it is what they signed."""
    if STAGE_OF.get(found.group()) != "signed":
        return False
    return _PARTIES_RE.search(norm, sent.clause_at(found.start()).start, found.start()) is not None


def _told_as_done(norm: str, start: int, end: int) -> bool:
    if norm[max(0, start - 3) : start].endswith(_PLANNED_NEW):
        return False  # "全省将新开工项目500个": 新 of a set still to start, not a step taken
    return norm.startswith(DONE_AFTER, end) or norm[max(0, start - 2) : start].endswith(DONE_BEFORE)


# 新 (new) after a word of a plan: the projects to be started this year, not ones started (将新开工, 拟新建成).
_PLANNED_NEW = ("将新", "拟新", "计划新", "预计新", "要新")


# "按照年底通车的时限要求", "确保年内开工的目标": a stage named as the aim of a deadline or target, not reached.
_AIMED_AT_RE = patterns.compile(r"(?:建设|运营|投用)?的(?:时限|时间|工期|进度)?(?:要求|目标|节点|任务)")


def _reached(
    reading: Reading, sent: Sentence, view: View | None, start: int, end: int, own: tuple[int, int] | None = None
) -> bool:
    """Whether a stage word at [start, end) tells a stage reached; `own` is the clause of the projects it may
    speak of."""
    norm = reading.norm
    clause = sent.clause_at(start)
    if norm.startswith(NOT_YET_AFTER, end) or CONDITION_AFTER_RE.match(norm, end) or _AIMED_AT_RE.match(norm, end):
        return False
    if clause.start < start and COMMENT_CLAUSE_RE.match(norm, clause.start, start):
        return False  # "…等项目引起了关注，这与我市重点引进…企业的方向一致": a comment on the projects, not their stage
    if any(w in norm[max(clause.start, start - 4) : start] for w in NOT_YET_NEAR):
        return False
    if _dated_after_the_report(reading, sent, clause.start, start):
        return False  # "将于今年10月开工，明年底建成投产" in an April report: the completion is a plan, not reached
    if any(w in norm[clause.start : start] for w in NOT_YET_IN_CLAUSE) and not _told_as_done(norm, start, end):
        return False
    not_yet = view.not_yet_from if view is not None else first_not_yet(norm, sent.span.start, start)
    if not_yet >= start:
        return True
    # "…引导项目落地，先后建成投用了A、B等项目7个": an intention of an earlier clause does not reach the
    # projects' own clause when it tells their stage as done.
    in_own_clause = own is not None and own[0] == clause.start
    if not (in_own_clause and not_yet < clause.start):
        return False
    # (session 25) "潍宿铁路加快建设，盐洛高速宿泗段建成通车": a clause opening on projects of its own tells their stage,
    # whatever an earlier clause pushed on
    return _done_in_its_clause(norm, clause.start, start, end) or _opens_on_its_projects(
        norm, sent, clause.start, start
    )


_CLAUSE_OPENING_RE = patterns.compile(r"\s*(?:其中|同时|另外|此外)?[，,]?\s*")


def _opens_on_its_projects(norm: str, sent: Sentence, clause_start: int, stage_at: int) -> bool:
    """Whether the clause opens on a project named right there, its stage word after it."""
    opening = _CLAUSE_OPENING_RE.match(norm, clause_start)
    at = opening.end() if opening is not None else clause_start
    return any(m.start == at and m.end <= stage_at for m in sent.between(clause_start, stage_at, "project"))


_THIS_YEAR = ("今年", "本年", "当年", "今年度")
_YEAR_MONTH_RE = patterns.compile(r"(\d{4})(?:-(\d{2}))?")


def _dated_after_the_report(reading: Reading, sent: Sentence, clause_start: int, start: int) -> bool:
    """Whether the date right before a stage word in its clause lies after the report's date: a later year
    (明年底建成, 2025年投产 in a 2023 report), or a later month when a plan was told earlier in the sentence
    ("将于今年10月开工，明年底建成投产"): a step to come, whatever words tell it."""
    stated = reading.period_before(sent, start)
    if stated.start is None or stated.start < clause_start or not stated.value:
        return False
    found = _YEAR_MONTH_RE.match(stated.value)
    if found is None:
        return False
    reference = reading.doc.reference_date
    if reference is None:
        return reading.is_ahead(stated.value)
    year, month = int(found.group(1)), int(found.group(2) or 0)
    if reading.norm.startswith(_THIS_YEAR, stated.start):
        year = reference.year  # 今年 is the report's year, whatever year a caller resolved it to
    if year != reference.year:
        return year > reference.year
    planned = first_not_yet(reading.norm, sent.span.start, clause_start) < clause_start
    return planned and month > reference.month


# Told as done strongly enough to stand against an intention of an earlier clause (not a bare 新 or 又:
# "计划…，新开工A项目" stays intended); "实现新开工" is an achievement.
_DONE_ON_ITS_OWN = (*(w for w in DONE_BEFORE if w not in ("新", "又")), "全面", "正式", "顺利", "全部")
_ACHIEVED_BEFORE = ("实现", "实现了", "实现新")
# "部分项目已开工建设": some of the projects, not the ones listed.
_SOME_OF = patterns.compile(r"部分|个别|少数|有的")


def _done_in_its_clause(norm: str, clause_start: int, start: int, end: int) -> bool:
    if first_not_yet(norm, clause_start, start) < start or _SOME_OF.search(norm, clause_start, start):
        return False
    before = norm[max(clause_start, start - 3) : start]
    return norm.startswith(DONE_AFTER, end) or before.endswith(_DONE_ON_ITS_OWN) or before.endswith(_ACHIEVED_BEFORE)


# Projects reported as pushed on, the clause ending there ("…等一批重点项目加快推进，"): their progress, no intention
# reaching the clauses after it.
_PROJECTS_PUSHED_ON = patterns.compile(r"(?:加快|顺利|有序|稳步|扎实|全力|积极|持续)?推进(?:中)?(?=[，,；;])")
_PUSHED_PROJECTS = patterns.compile(r"(?:项目|工程)(?:加快|顺利|有序|稳步|扎实|全力|积极|持续)?$")


def first_not_yet(norm: str, start: int, end: int) -> int:
    """Where the first word saying "not yet" stands in [start, end) (`end` when none); "已吸引…进驻" is done."""
    for found in NOT_YET_RE.finditer(norm, start, end):
        if names_a_body(norm, found.end()) or names_an_amount(norm, found.end()):
            continue
        if _PROJECTS_PUSHED_ON.match(norm, found.start()) and _PUSHED_PROJECTS.search(
            norm, max(0, found.start() - 6), found.start()
        ):
            continue  # "A、B等一批项目加快推进，C、D等项目竣工投产": the push is the earlier list's own news
        if pushes_a_topic(norm, found.start()):
            continue  # "我们扎实推进重大项目建设，A建成投产，B开工建设": the topic of the news after it, no aim
        if not norm[max(start, found.start() - 2) : found.start()].endswith(("已", "已经", "成功")):
            return found.start()
    return end


def stage_from_before(reading: Reading, sent: Sentence, frame: Frame, *, sentences_back: int) -> None:
    """A sentence pointing back ("比如，…", "这些项目中，…") takes the stage of the sentences before."""
    for back in range(1, sentences_back + 1):
        i = sent.index - back
        if i < 0:
            return
        if reading.sentences[i].paragraph != sent.paragraph and not (
            back == 1 and _AMONG_THOSE_RE.match(reading.norm, sent.span.start)
        ):
            return  # "…新开工项目320个。\n其中，A项目…": a line opening on 其中 points back across its break
        earlier = reading.sentences[i]
        best = furthest_stage(reading, earlier, None, earlier.span.start, earlier.span.end)
        if best is not None:
            frame.stage = best[0]
            frame.date = frame.date or date_for(reading, earlier, best[1])
            frame.cover(earlier.span.start, earlier.span.end)
            return


# A sentence that cannot stand alone: its set is the one the sentence before counted (其中，A项目…).
_AMONG_THOSE_RE = patterns.compile(r"[\s“”\"]*其中[，,：:]")


# A sentence opening on the projects just listed ("这些投资案目前都已陆续开工兴建中", "上述项目均已开工建设"), or on
# the one project just told or the ones counted (目前，该项目已开工建设; 项目一期已于去年建成投产; 这两个项目均已开工),
# after a word of now or of the source (目前，据悉，).
_THOSE_LISTED_RE = patterns.compile(
    r"[\s“”\"]*(?:(?:目前|截至目前|当前|如今|现在|眼下|据悉|据了解|据介绍)[，,]?\s*)?"
    r"(?:(?:这些|上述|以上|这批)[^，,。；;]{0,6}?(?:项目|投资案|工程|企业|投资)"
    r"|(?:这|上述)?[两二三四五六七八九]个(?:项目|工程)"
    r"|(?P<one>(?:该|此|这个|这一)?(?:项目|工程|投资案)(?![^，,。；;]{0,8}?(?:建成|投产|达产|竣工|运营)后)))"
)


_STAGE_RANK = {"planned": 0, "signed": 1, "introduced": 2, "started": 3, "completed": 4}


def stage_told_after(reading: Reading, frame: Frame) -> None:
    """A deal of no stage whose next sentence in the paragraph opens on the projects just listed (or on the one
    just told) and tells how far they got ("…美上镁花6亿建厂。这些投资案目前都已陆续开工兴建中"; "总投资15亿元的A项目
    位于高新区。目前，该项目已开工建设"): that sentence's stage is its; so is a stage further than the one the deal
    told, reached with no intention in that sentence (引进了A、B项目。目前，两个项目均已开工建设 → started)."""
    sent = frame.sentence
    if frame.stage is None:
        _stage_of_its_works_after(reading, frame)
    if sent.index + 1 >= len(reading.sentences) or (frame.stage is not None and not frame.projects):
        return
    nxt = reading.sentences[sent.index + 1]
    those = _THOSE_LISTED_RE.match(reading.norm, nxt.span.start)
    if nxt.paragraph != sent.paragraph or those is None or (those.group("one") and len(frame.projects) > 1):
        return
    best = furthest_stage(reading, nxt, None, those.end(), nxt.span.end)
    # a stage further than the one told (引进了A、B项目。目前，两个项目均已开工建设): the furthest the text states
    if best is None or best[0] == "planned":
        return
    if frame.stage is not None and NOT_YET_RE.search(reading.norm, those.end(), nxt.span.end):
        return  # 该项目拟在黑龙江开展…，引入企业入驻: an intention, no stage further than the one told
    if _STAGE_RANK[best[0]] > _STAGE_RANK.get(frame.stage, -1):
        frame.stage = best[0]
        frame.date = frame.date or date_for(reading, nxt, best[1])


# A later clause of the deal's sentence opening on the works just told (新厂今天动土, 该厂已投产, 项目今日开工).
_ITS_WORKS_CLAUSE_RE = patterns.compile(
    r"[\s，,]*(?:新厂房?|该厂|此厂|新工厂|该工厂|该项目|项目)(?=[^，,。；;]{0,8}?(?:动土|开工|动工|奠基|投产|竣工|落成|启用|签约))"
)


def _stage_of_its_works_after(reading: Reading, frame: Frame) -> None:
    """ "國巨集團在高雄擴廠，投資金額逾新台幣100億元，新廠今天動土": the firm's deal of no stage read up to its money; a
    later clause of its sentence opening on the works it builds tells how far they got, and on which day."""
    sent = frame.sentence
    for clause in sent.clauses[sent.clause_index(frame.hi) + 1 :]:
        if _ITS_WORKS_CLAUSE_RE.match(reading.norm, clause.start) is None:
            continue
        best = furthest_stage(reading, sent, None, clause.start, clause.end, plan_within=(clause.start, clause.end))
        if best is not None and best[0] != "planned":
            frame.stage = best[0]
            frame.date = frame.date or date_for(reading, sent, best[1])
        return


# Words of projects still talked over or kept in reserve: planned in their own words, whatever event they are told at.
_NEGOTIATED_RE = patterns.compile(r"正在洽谈|洽谈中|在谈|正在对接|对接中|谋划|储备|前期工作|跟踪")


def plans_only_its_completion(reading: Reading, frame: Frame) -> bool:
    """The deal's clauses to the end of its sentence tell only a completion to come ("A项目总投资20亿元，预计2024年6月建成投产" at a start
    ceremony): the plan is of the step after the event's, so the event's step is reached."""
    sent = frame.sentence
    start = sent.clause_at(max(frame.lo, sent.span.start)).start
    found = STAGE_RE.finditer(reading.norm, start, sent.span.end)
    stages = {STAGE_OF[m.group()] for m in found if not m.group("plan")}
    return stages == {"completed"}


def still_negotiated(reading: Reading, frame: Frame) -> bool:
    """The deal's own clauses say its projects are still talked over or in reserve ("…项目正在洽谈中", "谋划储备了A、
    B等一批重大项目"): planned, not what the signing around it signed."""
    sent = frame.sentence
    start, end = sent.clause_at(frame.lo).start, sent.clause_at(max(frame.lo, frame.hi - 1)).end
    return _NEGOTIATED_RE.search(reading.norm, start, end) is not None


# The stages a project has not reached while a push or hope still aims at them.
_NOT_YET_BEGUN = ("signed", "started")


def read_aim(reading: Reading, frame: Frame, own: Any, own_start: int, scope_end: int) -> None:
    """A stage intended for the projects: anywhere in their clauses for a project told with its money; else, in the
    group's own clause, a signing or start still to come ("加快推进A、B等项目开工建设", "有望促成A、B等项目在上半年签约":
    the projects are not signed or started yet): planned. A completion or landing aimed at ("力争A年内建成投用",
    "推动A早日投产", "争取A早日落户") tells nothing of how far the project got: no deal without its money, and no
    stage from the event the report is about either (`frame.aimed`)."""
    if frame.amounts:
        if intended(reading, own_start, scope_end):
            frame.stage = "planned"  # "推动总投资15亿元的A等项目年内动工"
    elif intended(reading, own.start, own.end, frame.used, _NOT_YET_BEGUN):
        frame.stage = "planned"
    elif intended(reading, own.start, own.end, frame.used):
        frame.aimed = True


# The future told right after the projects ("A、B等项目即将开工建设", "A项目将于今年开工，明年建成"): a signing or start
# still to come, in the projects' own clause, whatever a list head or the report's headline says the batch reached.
_TO_COME_AFTER_RE = patterns.compile(r"[^，,。；;：:]{0,8}?(即将|将于|将在|将|拟于|拟在|预计于|预计|计划于|有望)")


def told_to_come(reading: Reading, group_end: int, clause_end: int) -> bool:
    """Whether the projects' own clause, right after them, tells their next stage as still to come (nothing reached:
    planned, no date), with no stage told as done in the clause."""
    norm = reading.norm
    future = _TO_COME_AFTER_RE.match(norm, group_end)
    if future is None or STAGE_RE.search(norm, group_end, future.start(future.lastindex or 0)) is not None:
        return False  # "A项目今天签约并将于年底开工": reached, then a plan
    stage = STAGE_RE.search(norm, future.end(), min(clause_end, future.end() + 10))
    if stage is None or stage.group("plan") or "已" in norm[group_end:clause_end]:
        return False
    # a signing or start to come: not begun (a completion aimed at tells nothing of how far it got, read_aim)
    return STAGE_OF[stage.group()] in _NOT_YET_BEGUN


def _to_come_after_its_amount(reading: Reading, sent: Sentence, group_end: int, clause_end: int) -> bool:
    """ "A项目总投资60亿元，拟于6月开工": the projects' clause tells only their amount, the next one their start or
    signing still to come, as `told_to_come` reads it in their own clause."""
    norm = reading.norm
    amounts = sent.between(group_end, clause_end, "money")
    own_start = sent.clause_at(group_end).start
    if not amounts or STAGE_RE.search(norm, own_start, clause_end) is not None:
        return False  # "签约的A项目总投资60亿元，…": a step told as taken in the projects' clause
    if norm[amounts[-1].end : clause_end].strip("，,；; ") or sent.clause_index(group_end) + 1 >= len(sent.clauses):
        return False
    nxt = sent.clauses[sent.clause_index(group_end) + 1]
    return told_to_come(reading, nxt.start, nxt.end)


# A day told right after the projects with the step taken on it ("A项目于6月18日签约，…，落户平江县"; "A项目6月18日在
# 平江县开工"): not a plan's (计划于…, 将于…).
_DAY_AFTER_PROJECTS_RE = patterns.compile(r"\s*(?:已|已经)?(?:于|在)?\s*$")


def day_in_its_clause(reading: Reading, sent: Sentence, group_end: int, clause_end: int) -> str | None:
    """The date the projects' own clause tells right after them, before a stage word reached ("A项目于6月18日签约"),
    for a deal whose furthest stage is told later without a date of its own (…，落户平江县)."""
    norm = reading.norm
    for m in sent.between(group_end, clause_end, "date"):
        if not _DAY_AFTER_PROJECTS_RE.fullmatch(norm, group_end, m.start) or not reading.is_period_date(m):
            return None
        stage = STAGE_RE.search(norm, m.end, clause_end)
        if stage is None or stage.group("plan"):
            return None
        return m.value.timex
    return None


# The works opened to the public right after their name (澳門銀河綜合度假城第三期項目於5月1日開幕; A商业综合体今天正式开幕):
# 开幕 elsewhere is an event's (博览会开幕, 开幕式上), so only this place makes it a completion.
_OPENED_AFTER_RE = patterns.compile(
    r"\s*(?:已|已经|正式|顺利|盛大|隆重)*(?:于|在)?\s*(?P<day>[^，,。；;\s]{0,12}?)?\s*(?:正式|盛大|隆重)?开幕(?!式)"
)


def _opened_right_after(reading: Reading, sent: Sentence, frame: Frame, group_end: int, clause_end: int) -> None:
    """A project told opened right after its name (…項目於5月1日開幕): completed, on the day told between."""
    found = _OPENED_AFTER_RE.match(reading.norm, group_end, clause_end)
    if found is None:
        return
    days = [m for m in sent.between(group_end, found.end(), "date") if reading.is_period_date(m)]
    if found.group("day") and not days:
        return  # words between the name and 开幕 that are no day (…项目推介会开幕): not the project's opening
    frame.stage = "completed"
    frame.date = frame.date or (days[0].value.timex if days else None)
    frame.cover(found.start(), found.end())


def read_own_clause(reading: Reading, sent: Sentence, frame: Frame, group_end: int, clause_end: int) -> None:
    """What the projects' own clause tells right after them: the day of the step ("A项目于6月18日签约，…，落户B县") for
    a deal the stage reading left undated; a signing or start still to come ("A、B等项目即将开工建设" under
    新开工项目中): planned, no date."""
    if frame.stage is None:
        _opened_right_after(reading, sent, frame, group_end, clause_end)
    if frame.date is None and frame.stage is not None:
        frame.date = day_in_its_clause(reading, sent, group_end, clause_end)
    if told_to_come(reading, group_end, clause_end) or _to_come_after_its_amount(reading, sent, group_end, clause_end):
        frame.stage, frame.date = "planned", None
