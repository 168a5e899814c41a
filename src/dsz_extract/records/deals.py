"""Deals: one investment, signing or project, or a named group of them, with amounts and a stage.

A deal starts from the project mentions of a sentence. Projects listed together ("A、B以及C等3个
重点招商项目") form one group; a project with its own amount before it ("投资165.9亿元的A、投资15亿元
的B") forms its own. Each group owns its clause and the clauses after it up to the next group, and
reads there its amounts (by the words before each amount: 总投资 → total, 合同外资 → foreign,
一期投资 → phase, 已完成投资 → completed), its stage (the furthest stage word the text says was
reached), date, event, place and investors. Groups naming the same project in neighbouring
sentences are one deal. An investor putting in money without a named project ("欧佩德公司注资1亿元")
is a deal too; an aggregate without named projects is a metric (metrics.py), not a deal.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import regex

from .. import models, numerals
from . import frames as event_frames
from .context import MODAL_YAO, PLAN_MODAL, Reading, Sentence, dedupe, mention_key
from .phrase import PHRASE_REACH

# --- words ------------------------------------------------------------------------------------

STAGES: tuple[models.Stage, ...] = ("planned", "signed", "introduced", "started", "completed")
STAGE_WORDS: dict[models.Stage, tuple[str, ...]] = {
    "planned": ("谋划", "储备", "在谈"),
    "signed": ("签约", "签署", "签订", "达成合作", "达成了合作", "达成初步合作"),
    "introduced": ("引进", "引入", "招引", "落户", "落地", "入驻", "进驻"),
    "started": ("开工", "开建", "进场", "在建", "动工", "奠基"),
    "completed": ("建成", "投产", "投用", "竣工", "投入使用", "投入运营", "建成运营", "打造了"),
}
# Nouns that contain a stage word: "建成区" is the built-up area, "招引平台" a platform.
NOT_STAGE = ("建成区", "招引平台", "招引工作", "引进工作", "签约仪式", "签约活动")
# A stage word after these (anywhere earlier in its sentence) is intended, not reached:
# "推动…早日投产", "争取…落户我区", "要加快推进". Planned words are never cancelled.
NOT_YET_BEFORE = (
    "计划", "预计", "力争", "争取", "确保", "推动", "推进", "加快", "尽快", "早日", "即将", "有望", "准备",
    "谋划", "规划", "积极", "吸引", "鼓励", "促进", "引导", "支持", "抓好", "做好", "争创", "努力",
)  # fmt: skip
# Earlier in the clause: "将于年底前建成投产", "拟落户" (unless told as done: "将X建成了Y").
NOT_YET_IN_CLAUSE = ("将", "拟", "待")
# Right before a stage word (a few characters): "尚未开工", "签约未落地".
NOT_YET_NEAR = ("未", "没有", "不")
# Stage words before the group's own clause count only when told as done ("我们引进了波鸿…，…项目").
DONE_AFTER = ("了",)
DONE_BEFORE = ("已", "已经", "成功", "相继", "先后", "新", "又", "均已", "现已")
# "落地后", "建成后将…": a condition about the future.
NOT_YET_AFTER = ("后",)
# A sentence opening with these points back to the projects of the sentences before it.
BACK_REFERENCE = ("比如", "例如", "譬如", "如", "其中", "这些", "上述", "以上", "该项目", "此外")
# The words before an amount that give its role.
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("completed", r"(?:已经|已|累计|共)?完成(?:了)?投资(?:额)?"),
    ("phase", r"(?P<phase>[一二三四五六七八九十\d]+)期(?:工程|项目)?(?:计划|拟)?(?:总)?投资(?:额)?"),
    ("foreign", r"(?:合同|实际|利用|到位|实际到位)?外资(?:额|金额)?"),
    (
        "total",
        r"(?:计划总投资|计划投资|总投资|投资总额|总投资额|投资额|投资|注资|出资|增资|合同金额|合同额|签约金额|签约额|协议投资)(?:额)?",
    ),
)
ROLE_LINK = r"(?:达到|达|为|约|超|共|近|逾|高达|了)?"
# Organisations followed by these invest or build ("…投资建设的", "…注资").
INVEST_VERBS = ("投资建设", "投资兴建", "投资", "注资", "出资", "增资", "投建", "合资", "独资", "建设")
INVEST_PREFIX = ("共同", "联合", "独家", "全资", "拟", "计划", "将")
# An organisation announcing its own investment: "X宣布追加投资1.5亿欧元", "X承诺在未来五年投资逾10亿港元".
INVESTOR_VERB = (
    r"(?:(?:宣布|承诺|计划|拟|将|再|亦|也|又|追加|新增|共同|联合|累计|合计|共计|共)*(?:投资|注资|增资|出资))"
)
# How many characters may stand between the organisation and its verb ("去年10月宣布", "承诺在未来五年").
INVESTOR_GAP = 12
# An organisation list that settles somewhere ("A、B等11家厂商进驻，合计投资超过…").
SETTLE_VERBS = ("进驻", "入驻", "落户", "落地", "签约", "引进")
# The verbs that build the facility an investor's money goes to ("…，扩建Y", "…建设Y").
BUILD_VERBS = ("建设", "兴建", "扩建", "新建", "投建", "建立", "打造", "开设", "设立", "建")
# "此外，…" adds a new item; only these point back to the items of the sentences before.
SUBSET_REFERENCE = ("其中", "比如", "例如", "譬如", "如", "这些", "上述", "以上")
# How many "；"-joined sentences a list pointing back ("其中，A…；B…；C…") may run on.
LIST_REACH = 12
# "此外，…" / "另外，…" open a new item: it does not take the stage of the sentence before.
ADDITIVE = ("此外", "另外", "同时", "另")
# "落户莘县", "落地开发区": the place where the project lands.
LANDING_BEFORE = ("落户", "落地", "落在", "落子", "入驻", "进驻", "位于", "选址", "扎根", "在", "于")
# The noun after a project count ("等3个重点招商项目").
PROJECT_NOUNS = ("项目", "工程", "企业", "园", "基地")
# What may stand between two projects of one list; "一期" marks the second as a phase of the first.
_JOIN_RE = regex.compile(
    r"(?:[\s、/和及与“”‘’\"《》「」]|以及)*(?:(?P<phase>[一二三四五六七八九十\d]+)期(?:项目|工程)?)?[\s“”‘’\"《》「」]*"
)
# "城市大脑一期，投资3亿元": a phase named right after the project.
_PHASE_AFTER = regex.compile(r"[\s“”\"‘’]*(?P<phase>[一二三四五六七八九十\d]+)期(?!间)")

_STAGE_OF: dict[str, models.Stage] = {w: stage for stage, words in STAGE_WORDS.items() for w in words}
_STAGE_RE = regex.compile(
    "|".join([*sorted(_STAGE_OF, key=len, reverse=True), f"(?P<plan>{PLAN_MODAL})"]),
)
_NOT_YET_RE = regex.compile("|".join((*NOT_YET_BEFORE, MODAL_YAO)))
_ROLE_RES = tuple((role, regex.compile(f"(?:{pattern}){ROLE_LINK}$")) for role, pattern in ROLE_PATTERNS)
_INVEST_RE = regex.compile(
    rf"(?:{'|'.join(INVEST_PREFIX)})?(?:{'|'.join(INVEST_VERBS)})",
)
_BY_RE = regex.compile("由")
_INVESTOR_VERB_RE = regex.compile(INVESTOR_VERB)
_SETTLE_RE = regex.compile("|".join(SETTLE_VERBS))
_INTENT_RE = regex.compile("|".join(NOT_YET_BEFORE))
_EACH_RE = regex.compile("分别")
_LIST_GAP_RE = regex.compile(r"[、和及与]?")
_ADDITIVE_RE = regex.compile(r"[\s“”\"‘’]*(?:" + "|".join(ADDITIVE) + ")")
_BUILD_RE = regex.compile("|".join(BUILD_VERBS))
_SUBSET_RE = regex.compile(r"[\s“”\"‘’]*(?:" + "|".join(SUBSET_REFERENCE) + ")")
_LIST_JOIN_RE = regex.compile(r"[、和及与]")
_PREMODIFIER_RE = regex.compile(r"(?:规模)?的[^，,。；;、]{0,2}")
_BACK_RE = regex.compile(r"[\s“”\"‘’]*(?:" + "|".join(BACK_REFERENCE) + ")")


@dataclass
class _Group:
    """Projects named together in one sentence."""

    projects: list[Any]
    phase: int | None = None

    @property
    def start(self) -> int:
        return self.projects[0].start

    @property
    def end(self) -> int:
        return self.projects[-1].end


@dataclass
class _Frame:
    """A deal being read; frames of neighbouring sentences naming the same project merge."""

    sentence: Sentence
    projects: list[str] = field(default_factory=list)
    project_count: int | None = None
    investors: list[str] = field(default_factory=list)
    place: str | None = None
    explicit_place: bool = False
    amounts: list[models.DealAmount] = field(default_factory=list)
    stage: models.Stage | None = None
    date: str | None = None
    event: str | None = None
    lo: int = 0
    hi: int = 0
    used: list[Any] = field(default_factory=list)
    # The project group an investor's money builds ("X追加投资…，扩建Y项目").
    linked: _Group | None = None

    def cover(self, start: int, end: int) -> None:
        self.lo = min(self.lo, start)
        self.hi = max(self.hi, end)


@dataclass
class _View:
    """What every group of a sentence looks up, computed once per sentence."""

    groups: list[_Group]
    group_starts: list[int]
    group_clauses: list[int]
    # Where the first word saying "not yet" stands ("要加快推进…", "争取…落户"); stage words after it are intended.
    not_yet_from: int
    # Groups sharing a clause share its stage, event and investors: read them once.
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    # Mentions an investor's own frame took ("X追加投资1.2亿欧元"): no group reads them again.
    claimed: set[tuple[str, int, int]] = field(default_factory=set)

    def once(self, key: tuple[Any, ...], read: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = read()
        return self.memo[key]

    def next_group(self, group: _Group) -> _Group | None:
        i = bisect.bisect_right(self.group_starts, group.start)
        return self.groups[i] if i < len(self.groups) else None

    def group_from(self, offset: int) -> _Group | None:
        i = bisect.bisect_left(self.group_starts, offset)
        return self.groups[i] if i < len(self.groups) else None


def read_sentence(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[_Frame]:
    """The deal frames of one sentence (merged and filtered across sentences by `finish`)."""
    groups = _groups(reading, sent)
    if not groups and not sent.of_type("org"):
        return []
    view = _View(
        groups,
        [g.start for g in groups],
        sorted({sent.clause_index(g.start) for g in groups}),
        _first_not_yet(reading.norm, sent.span.start, sent.span.end),
    )
    # Investors announcing their own money go first: the amount is theirs, not the project group's before it.
    investor_frames = _investor_deals(reading, sent, view)
    view.claimed = {mention_key(m) for f in investor_frames for m in f.used}
    frames = [_frame(reading, sent, view, g) for g in groups]
    _distribute_places(reading, sent, view, frames)
    by_group = {id(g): f for g, f in zip(groups, frames, strict=True)}
    for inv in investor_frames:
        target = by_group.get(id(inv.linked)) if inv.linked is not None else None
        if target is None:
            frames.append(inv)
        else:
            _absorb(target, inv)
    frames.sort(key=lambda f: f.lo)
    for frame in frames:
        _inherit_event(frame)
        _leave_aggregate(frame)
        if _is_deal(frame):
            used.update(mention_key(m) for m in frame.used)
    return frames


def _distribute_places(reading: Reading, sent: Sentence, view: _View, frames: list[_Frame]) -> None:
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


def _place_list_before(reading: Reading, sent: Sentence, at: int) -> list[Any]:
    """The places listed right before `at` ("枣阳市、宜城市分别")."""
    listed: list[Any] = []
    for m in sent.backwards(at, sent.clause_at(at).start):
        if m.type != "place" or not _LIST_GAP_RE.fullmatch(reading.norm, m.end, listed[-1].start if listed else at):
            break
        listed.append(m)
    return listed[::-1]


def _absorb(into: _Frame, investor: _Frame) -> None:
    """An investor's frame joins the frame of the project its money builds."""
    into.investors = dedupe([*investor.investors, *into.investors])
    into.amounts[:0] = [a for a in investor.amounts if a not in into.amounts]
    into.project_count = into.project_count or investor.project_count
    if into.stage is None:
        into.stage = investor.stage
    into.date = into.date or investor.date
    into.used.extend(investor.used)
    into.cover(investor.lo, investor.hi)


def _inherit_event(frame: _Frame) -> None:
    """What the lead of the event told once: its date, stage, name and, for a deal naming none, its place."""
    event = frame.sentence.event_frame
    if event is None:
        return
    frame.date = event_frames.inherit(frame.date, event.date)
    frame.stage = frame.stage or event.stage
    frame.event = frame.event or event.event
    if not frame.explicit_place and event.place is not None:
        frame.place = event.place


def finish(reading: Reading, frames: list[_Frame]) -> list[models.Deal]:
    """Merge frames of neighbouring sentences that share a project; keep the ones that are deals."""
    merged: list[_Frame] = []
    for frame in frames:
        previous = merged[-1] if merged else None
        if previous is not None and _same_deal(previous, frame):
            _merge(previous, frame)
        else:
            merged.append(frame)
    return [_deal(reading, one) for f in merged if _is_deal(f) for one in _one_per_project(f)]


def _leave_aggregate(frame: _Frame) -> None:
    """ "A、B等32个项目，总投资450亿元": A and B are examples of an aggregate; its count and total are a
    metric of the 32, not the investment of the two named."""
    if not frame.projects or frame.project_count is None or frame.project_count <= len(frame.projects):
        return
    frame.amounts = []
    frame.project_count = None
    frame.used = [m for m in frame.used if m.type not in ("money", "count")]


def _one_per_project(frame: _Frame) -> list[_Frame]:
    """A list of projects that shares no amount is that many deals ("此次签约的项目包括A、B、C"), each with
    what the list shares (stage, date, place, event, investors); a list sharing an amount stays one deal."""
    if len(frame.projects) < 2 or frame.amounts:
        return [frame]
    return [dataclasses.replace(frame, projects=[name], project_count=None) for name in frame.projects]


def _is_deal(frame: _Frame) -> bool:
    if frame.projects:
        return frame.stage is not None or bool(frame.amounts)
    return bool(frame.investors and frame.amounts)


# --- groups of projects -------------------------------------------------------------------------


def _groups(reading: Reading, sent: Sentence) -> list[_Group]:
    groups: list[_Group] = []
    for m in sent.of_type("project"):
        if groups:
            joint = _JOIN_RE.fullmatch(reading.norm, groups[-1].end, m.start)
            if joint is not None:
                groups[-1].projects.append(m)
                if joint.group("phase"):
                    groups[-1].phase = _number(joint.group("phase"))
                continue
        groups.append(_Group([m]))
    for g in groups:
        after = _PHASE_AFTER.match(reading.norm, g.end, sent.span.end)
        if after is not None and g.phase is None:
            g.phase = _number(after.group("phase"))
    hosts = {i for i in range(len(groups) - 1) if _is_host(reading, sent, groups[i], groups[i + 1])}
    return [g for i, g in enumerate(groups) if i not in hosts]


def _is_host(reading: Reading, sent: Sentence, group: _Group, nxt: _Group) -> bool:
    """A park that brings in the projects after it ("新材料产业园谋划打造了A、B") is their place, not a deal."""
    if len(group.projects) != 1 or sent.clause_index(nxt.start) != sent.clause_index(group.start):
        return False
    return _brings_in(reading, sent, group.end, nxt.start)


def _brings_in(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Only a stage verb stands between a park and the projects it brings in."""
    has_stage = _STAGE_RE.search(reading.norm, start, end) is not None
    return has_stage and not sent.between(start, end, "money", "count", "place", "org")


def _owned_clauses(sent: Sentence, view: _View, group: _Group) -> tuple[int, int]:
    """Clause range of a group: its clause up to the next group's (clauses before the first group too)."""
    own = sent.clause_index(group.start)
    i = bisect.bisect_right(view.group_clauses, own)
    first = 0 if own == view.group_clauses[0] else own
    last = view.group_clauses[i] - 1 if i < len(view.group_clauses) else len(sent.clauses) - 1
    return first, last


# --- one frame ----------------------------------------------------------------------------------


def _frame(reading: Reading, sent: Sentence, view: _View, group: _Group) -> _Frame:
    first, last = _owned_clauses(sent, view, group)
    scope = scope_start, scope_end = sent.clauses[first].start, sent.clauses[last].end
    own_start = sent.clauses[sent.clause_index(group.start)].start
    frame = _Frame(sent, projects=dedupe(m.value.name for m in group.projects), lo=group.start, hi=group.end)
    frame.used.extend(group.projects)
    _read_amounts(reading, sent, view, group, frame, own_start, scope_end)
    _read_count(reading, sent, view, group, frame)
    # Stage words before the group's clause speak of something else ("围绕招引新动能项目，…") unless
    # told as done ("目前，我们引进了波鸿…，6月底前…项目将正式投产").
    # A plan word speaks of the projects of its own clause ("谋划打造了A、B", "推进A等在谈项目"), not of
    # later ones ("…项目年内试生产，并做好后续项目谋划实施").
    own = sent.clause_at(group.start)
    _read_stage(
        reading, sent, view, frame, scope_start, scope_end, done_before=own_start, plan_within=(own.start, own.end)
    )
    if frame.stage is None and _BACK_RE.match(reading.norm, sent.span.start):
        _stage_from_before(reading, sent, frame, sentences_back=2)
    if frame.stage is None and frame.amounts and _intended(reading, own_start, scope_end):
        # "推动总投资15亿元的A等项目年内动工": a project with its money whose stage is only intended is planned.
        frame.stage = "planned"
    _read_event(sent, view, group, frame, scope_start, scope_end)
    _read_place(reading, sent, view, group, frame, scope_end)
    frame.investors = view.once(("investors", scope_start, scope_end), lambda: _investors(reading, sent, *scope))
    return frame


def _read_amounts(
    reading: Reading, sent: Sentence, view: _View, group: _Group, frame: _Frame, start: int, end: int
) -> None:
    nxt = view.next_group(group)
    previous = _previous_group(view, group)
    if previous is not None:
        start = max(start, previous.end)
    if nxt is not None:
        end = min(end, nxt.end)
    for money in sent.between(start, end, "money"):
        if mention_key(money) in view.claimed:
            continue
        owner = _premodified_group(reading, view, money)
        if owner is not None and owner is not group:
            continue
        if owner is None and nxt is not None and nxt.end <= money.start:
            continue  # after the next group: that group's amount
        role, phase = _role(reading, sent, money, group)
        if role is None and owner is group:
            role = "total"
        if role is None:
            continue
        if role == "total" and group.phase is not None and _plain_invest(reading, money):
            role, phase = "phase", group.phase
        frame.amounts.append(models.DealAmount(role=role, money=money.value, phase=phase))
        frame.used.append(money)
        frame.cover(money.start, money.end)


def _previous_group(view: _View, group: _Group) -> _Group | None:
    i = bisect.bisect_left(view.group_starts, group.start)
    return view.groups[i - 1] if i > 0 else None


def _premodified_group(reading: Reading, view: _View, money: Any) -> _Group | None:
    """The group a money mention describes from before ("总投资40亿元的新能源汽车…项目")."""
    g = view.group_from(money.end)
    if g is not None and _PREMODIFIER_RE.fullmatch(reading.norm, money.end, g.start):
        return g
    return None


def _role(reading: Reading, sent: Sentence, money: Any, group: _Group) -> tuple[str | None, int | None]:
    clause = sent.clause_at(money.start)
    start = clause.start
    for m in sent.between(clause.start, money.start):
        start = max(start, m.end)
    text = reading.norm[max(start, money.start - 12) : money.start]
    for role, pattern in _ROLE_RES:
        found = pattern.search(text)
        if found is not None:
            phase = _number(found.group("phase")) if role == "phase" else None
            return role, phase
    return None, None


def _plain_invest(reading: Reading, money: Any) -> bool:
    """Plain "投资5亿元" right after a phase's name ("一期“聊城智湖”，投资5亿元") is that phase's amount."""
    before = reading.norm[max(0, money.start - 4) : money.start]
    return before.endswith(("投资", "投资额")) and not before.endswith(("总投资", "总投资额"))


def _read_count(reading: Reading, sent: Sentence, view: _View, group: _Group, frame: _Frame) -> None:
    """The number of projects in the group: "…等3个重点招商项目", "…PPP两个项目"."""
    norm = reading.norm
    clause = sent.clause_at(group.end)
    nxt = view.next_group(group)
    limit = min(clause.end, nxt.start if nxt is not None else clause.end, group.end + PHRASE_REACH)
    for count in sent.between(group.end, limit, "count"):
        between = _without_mentions(reading, sent, group.end, count.start, "money")
        after = norm[count.end : min(limit, count.end + 12)]
        if (between.startswith("等") or not between.strip()) and any(w in after for w in PROJECT_NOUNS):
            if count.value.value >= len(frame.projects):
                frame.project_count = int(count.value.value)
                frame.used.append(count)
                frame.cover(count.start, count.end)
            return


def _without_mentions(reading: Reading, sent: Sentence, start: int, end: int, *kinds: str) -> str:
    parts: list[str] = []
    pos = start
    for m in sent.between(start, end, *kinds):
        parts.append(reading.norm[pos : m.start])
        pos = m.end
    parts.append(reading.norm[pos:end])
    return "".join(parts)


def _read_stage(
    reading: Reading,
    sent: Sentence,
    view: _View,
    frame: _Frame,
    start: int,
    end: int,
    *,
    done_before: int = 0,
    plan_within: tuple[int, int] | None = None,
) -> None:
    key = ("stage", start, end, done_before, plan_within)
    best = view.once(
        key, lambda: _furthest_stage(reading, sent, view, start, end, done_before=done_before, plan_within=plan_within)
    )
    if best is None:
        return
    stage, pos = best
    frame.stage = stage
    frame.cover(pos, pos + 1)
    frame.date = _date_for(reading, sent, pos)


def _furthest_stage(
    reading: Reading,
    sent: Sentence,
    view: _View | None,
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
    for found in _STAGE_RE.finditer(norm, start, end):
        if norm.startswith(NOT_STAGE, found.start()):
            continue
        if found.start() < done_before and not (_told_as_done(norm, found.start(), found.end()) or dated):
            continue
        stage = "planned" if found.group("plan") else _STAGE_OF[found.group()]
        if stage == "planned" and plan_within is not None and not plan_within[0] <= found.start() < plan_within[1]:
            continue
        if stage != "planned" and not _reached(reading, sent, view, found.start(), found.end()):
            continue
        if best is None or STAGES.index(stage) >= STAGES.index(best[0]):
            best = (stage, found.start())
    return best


def _intended(reading: Reading, start: int, end: int) -> bool:
    """A stage word in [start, end) after a word that makes it intended ("推动…动工", "力争…落地")."""
    norm = reading.norm
    intent = _INTENT_RE.search(norm, start, end)
    if intent is None:
        return False
    return any(
        not found.group("plan") and not norm.startswith(NOT_STAGE, found.start())
        for found in _STAGE_RE.finditer(norm, intent.end(), end)
    )


def _told_as_done(norm: str, start: int, end: int) -> bool:
    return norm.startswith(DONE_AFTER, end) or norm[max(0, start - 2) : start].endswith(DONE_BEFORE)


def _reached(reading: Reading, sent: Sentence, view: _View | None, start: int, end: int) -> bool:
    norm = reading.norm
    clause = sent.clause_at(start)
    if norm.startswith(NOT_YET_AFTER, end):
        return False
    if any(w in norm[max(clause.start, start - 4) : start] for w in NOT_YET_NEAR):
        return False
    if any(w in norm[clause.start : start] for w in NOT_YET_IN_CLAUSE) and not _told_as_done(norm, start, end):
        return False
    if view is not None:
        return view.not_yet_from >= start
    return _first_not_yet(norm, sent.span.start, start) >= start


def _first_not_yet(norm: str, start: int, end: int) -> int:
    """Where the first word saying "not yet" stands in [start, end) (`end` when none); "已吸引…进驻" is done."""
    for found in _NOT_YET_RE.finditer(norm, start, end):
        if not norm[max(start, found.start() - 2) : found.start()].endswith(("已", "已经", "成功")):
            return found.start()
    return end


def _stage_from_before(reading: Reading, sent: Sentence, frame: _Frame, *, sentences_back: int) -> None:
    """A sentence pointing back ("比如，…", "这些项目中，…") takes the stage of the sentences before."""
    for back in range(1, sentences_back + 1):
        i = sent.index - back
        if i < 0 or reading.sentences[i].paragraph != sent.paragraph:
            return
        earlier = reading.sentences[i]
        best = _furthest_stage(reading, earlier, None, earlier.span.start, earlier.span.end)
        if best is not None:
            frame.stage = best[0]
            frame.date = frame.date or _date_for(reading, earlier, best[1])
            frame.cover(earlier.span.start, earlier.span.end)
            return


def _date_for(reading: Reading, sent: Sentence, pos: int) -> str | None:
    """The date right before the stage word in its clause, else the sentence's opening date, else
    the date the sentence just before opened with ("一季度，全县…。其中，…项目落户莘县")."""
    clause = sent.clause_at(pos)
    stated = reading.period_before(sent, pos)
    if stated.start is not None and stated.start >= clause.start:
        return stated.value
    opening = reading.opening_date(sent)
    if opening is not None:
        return opening.value.timex
    return sent.previous_date


def _read_event(sent: Sentence, view: _View, group: _Group, frame: _Frame, start: int, end: int) -> None:
    events = view.once(("events", start, end), lambda: sent.between(start, end, "event"))
    before = [e for e in events if e.end <= group.start]
    chosen = before[-1] if before else (events[0] if events else None)
    if chosen is not None:
        frame.event = chosen.value.name
        frame.cover(chosen.start, chosen.end)


def _read_place(reading: Reading, sent: Sentence, view: _View, group: _Group, frame: _Frame, end: int) -> None:
    """Where the project lands ("落户莘县"), else the park bringing it in, else the place before it."""
    landing, starts = view.once(("landing", end), lambda: _with_starts(_landing_places(reading, sent, end)))
    i = bisect.bisect_left(starts, group.end)
    if i < len(landing):
        frame.place, frame.explicit_place = landing[i].value.name, True
        frame.cover(landing[i].start, landing[i].end)
        return
    host = _host_before(reading, sent, group)
    if host is not None:
        frame.place, frame.explicit_place = host.value.name, True
        frame.cover(host.start, host.end)
        return
    places, starts = view.once(
        ("places",), lambda: _with_starts([m for m in sent.of_type("place") if _may_host(reading, sent, m)])
    )
    i = bisect.bisect_left(starts, group.start)
    if i > 0:
        place = places[i - 1]
        frame.place, frame.explicit_place = place.value.name, True
        frame.cover(place.start, place.end)
        return
    frame.place = sent.carried_place


def _with_starts(mentions: list[Any]) -> tuple[list[Any], list[int]]:
    return mentions, [m.start for m in mentions]


def _landing_places(reading: Reading, sent: Sentence, end: int) -> list[Any]:
    """The places after a landing word ("落户莘县", "在合肥市肥东县开工") up to `end`, most specific of each run."""
    norm = reading.norm
    places = sent.between(sent.span.start, end, "place")
    found: list[Any] = []
    for i, m in enumerate(places):
        if _is_local(m) and norm[max(0, m.start - 2) : m.start].endswith(LANDING_BEFORE):
            found.append(_most_specific(places[i:]))
    return found


def _may_host(reading: Reading, sent: Sentence, place: Any) -> bool:
    return _is_local(place) and reading.is_subject_place(sent, place)


def _most_specific(places: list[Any]) -> Any:
    """Of places written one after the other ("在合肥市肥东县开工"), the last is the most specific."""
    chosen = places[0]
    for nxt in places[1:]:
        if nxt.start != chosen.end:
            break
        chosen = nxt
    return chosen


def _host_before(reading: Reading, sent: Sentence, group: _Group) -> Any | None:
    clause = sent.clause_at(group.start)
    host = next((m for m in sent.backwards(group.start, clause.start) if m.type == "project"), None)
    if host is not None and _brings_in(reading, sent, host.end, group.start):
        return host
    return None


def _is_local(place: Any) -> bool:
    """Countries and regions are where investors come from, not where a project lands."""
    return place.value.level not in ("country", "region")


def _investors(reading: Reading, sent: Sentence, start: int, end: int) -> list[str]:
    """Organisations the text says invest or build: "X投资建设的", "X注资", "由X、Y联合建设", "与X合作，投资"."""
    norm = reading.norm
    orgs = sent.between(start, end, "org")
    found: list[Any] = []
    for i, org in enumerate(orgs):
        after = norm[org.end : min(end, org.end + 8)]
        if _INVEST_RE.match(after) or (after.startswith("合作，") and _INVEST_RE.match(after, 3)):
            found.append(org)
            found.extend(_listed_before(reading, orgs, i))
    for by in _BY_RE.finditer(norm, start, end):
        at = by.start()
        listed = _org_list_from(reading, orgs, by.end())
        clause = sent.clause_at(at)
        if listed and _INVEST_RE.search(norm, listed[-1].end, clause.end):
            found.extend(listed)
    found.sort(key=lambda m: m.start)
    return dedupe(m.value.name for m in found)


def _listed_before(reading: Reading, orgs: list[Any], i: int) -> list[Any]:
    """Organisations listed with the investor `orgs[i]` ("北京易华录、旷视科技投资") invest too."""
    out: list[Any] = []
    while i > 0 and _LIST_JOIN_RE.fullmatch(reading.norm, orgs[i - 1].end, orgs[i].start):
        i -= 1
        out.append(orgs[i])
    return out


def _org_list_from(reading: Reading, orgs: list[Any], at: int, starts: list[int] | None = None) -> list[Any]:
    """The organisations listed right from `at` ("由北京易华录、旷视科技…")."""
    i = bisect.bisect_left(starts if starts is not None else [o.start for o in orgs], at)
    if i >= len(orgs) or orgs[i].start != at:
        return []
    listed = [orgs[i]]
    while i + 1 < len(orgs) and _LIST_JOIN_RE.fullmatch(reading.norm, orgs[i].end, orgs[i + 1].start):
        i += 1
        listed.append(orgs[i])
    return listed


def _investor_deals(reading: Reading, sent: Sentence, view: _View) -> list[_Frame]:
    """Organisations announcing their own investment, with or without a named project.

    "欧佩德公司注资1亿元", "X去年10月宣布投资约250亿元，于Y园区兴建…", "X追加投资1.2亿欧元，扩建Z项目",
    "A、B等11家厂商进驻，合计投资超过1300亿元". The project the money builds ("扩建Z项目") links the
    frame to that project's group.
    """
    orgs = sent.of_type("org")
    org_starts = [o.start for o in orgs]
    frames: list[_Frame] = []
    taken_until = -1
    for org in orgs:
        if org.start < taken_until:
            continue
        listed = _org_list_from(reading, orgs, org.start, org_starts)
        clause = sent.clause_at(org.start)
        count = _listed_count(reading, sent, listed[-1].end)
        found = _invested_money(reading, sent, count.end if count is not None else listed[-1].end, clause)
        if found is None:
            continue
        money, verb_at = found
        taken_until = money.end
        frame = _Frame(sent, investors=dedupe(o.value.name for o in listed), lo=org.start, hi=money.end)
        frame.amounts.append(models.DealAmount(role="total", money=money.value))
        frame.used.append(money)
        if count is not None:
            frame.project_count = int(count.value.value)
            frame.used.append(count)
        money_clause = sent.clause_at(money.start)
        frame.linked = _built_project(reading, sent, view, money)
        reach = _next_clause_end(sent, money.start) if frame.linked is None else sent.clause_at(frame.linked.end).end
        _read_stage(reading, sent, view, frame, clause.start, max(money_clause.end, reach if frame.linked else 0))
        if frame.stage is None:
            head = _listing_head(reading, sent)
            if head is not None:
                _stage_from_before(reading, head, frame, sentences_back=2)
            elif not _ADDITIVE_RE.match(reading.norm, sent.span.start):
                # "双方达成了合作意向。欧佩德公司注资1亿元": the investment the agreement before it led to.
                _stage_from_before(reading, sent, frame, sentences_back=1)
        if frame.date is None:
            frame.date = _date_for(reading, sent, verb_at)
        frame.place = _investor_place(reading, sent, org, reach)
        frames.append(frame)
    return frames


def _listed_count(reading: Reading, sent: Sentence, at: int) -> Any | None:
    """The count closing an organisation list: "A、B等11家厂商"."""
    if not reading.norm.startswith("等", at):
        return None
    nxt = sent.first_from(at)
    return nxt if nxt is not None and nxt.type == "count" and nxt.start == at + 1 else None


def _invested_money(reading: Reading, sent: Sentence, after: int, clause: Any) -> tuple[Any, int] | None:
    """The amount an organisation invests: its verb within a few characters, the money right after it;
    or a settling verb ("…进驻") and an investing clause right after ("，合计投资超过…")."""
    norm = reading.norm
    verb = _INVESTOR_VERB_RE.search(norm, after, min(clause.end, after + INVESTOR_GAP + 8))
    if verb is not None and verb.start() - after <= INVESTOR_GAP and _only_dates(sent, after, verb.start()):
        money = _money_right_after(sent, verb.end(), clause.end)
        if money is not None:
            return money, verb.start()
        return None
    settle = _SETTLE_RE.search(norm, after, min(clause.end, after + INVESTOR_GAP + 8))
    if settle is None or sent.between(after, settle.start(), "org", "money", "project"):
        return None
    nxt = sent.clause_index(clause.start) + 1
    if nxt >= len(sent.clauses):
        return None
    verb = _INVESTOR_VERB_RE.match(norm, sent.clauses[nxt].start, sent.clauses[nxt].end)
    money = _money_right_after(sent, verb.end(), sent.clauses[nxt].end) if verb is not None else None
    return (money, verb.start()) if money is not None and verb is not None else None


def _only_dates(sent: Sentence, start: int, end: int) -> bool:
    return all(m.type == "date" for m in sent.between(start, end))


def _money_right_after(sent: Sentence, at: int, end: int) -> Any | None:
    """The money mention starting within two characters of `at` ("投资约", "投资了"), not a modifier ("投资建设的")."""
    money = sent.first_from(at)
    if money is None or money.type != "money" or money.start - at > 2 or money.start >= end:
        return None
    return money


def _built_project(reading: Reading, sent: Sentence, view: _View, money: Any) -> _Group | None:
    """The group of the project the money builds: "…投资3600万美元建设Y", "…，扩建Y项目"."""
    end = _next_clause_end(sent, money.start)
    build = _BUILD_RE.search(reading.norm, money.end, end)
    if build is None:
        return None
    project = next((m for m in sent.between(build.end(), end) if m.type not in ("place", "date")), None)
    if project is None or project.type != "project" or project.start - build.end() > 10:
        return None
    g = view.group_from(project.start)
    return g if g is not None and g.start == project.start else _group_holding(view, project)


def _group_holding(view: _View, project: Any) -> _Group | None:
    """The group listing `project` (not its first project): the group starting last before it."""
    i = bisect.bisect_right(view.group_starts, project.start) - 1
    return view.groups[i] if i >= 0 and project in view.groups[i].projects else None


def _next_clause_end(sent: Sentence, offset: int) -> int:
    i = sent.clause_index(offset) + 1
    return sent.clauses[min(i, len(sent.clauses) - 1)].end


def _listing_head(reading: Reading, sent: Sentence) -> Sentence | None:
    """The sentence opening a list that points back ("其中，A…；B…；C…"), when `sent` is part of it."""
    for _ in range(LIST_REACH):
        if _SUBSET_RE.match(reading.norm, sent.span.start):
            return sent
        if sent.index == 0:
            return None
        previous = reading.sentences[sent.index - 1]
        if previous.paragraph != sent.paragraph or not reading.norm[
            previous.span.start : previous.span.end
        ].rstrip().endswith(("；", ";")):
            return None
        sent = previous
    return None


def _investor_place(reading: Reading, sent: Sentence, org: Any, end: int) -> str | None:
    """Where the investor builds ("在北部都会区建设", "于仁武产业园区兴建"), else the park or place its clause
    opens with ("楠梓产业园区已吸引A、B…"), else the place the paragraph carries."""
    landing = [m for m in _landing_places(reading, sent, end) if m.start >= org.start]
    if landing:
        return landing[0].value.name
    clause = sent.clause_at(org.start)
    host = next(
        (m for m in sent.backwards(org.start, clause.start) if m.type == "place" and _may_host(reading, sent, m)),
        None,
    )
    return host.value.name if host is not None else sent.carried_place


# --- merging and the record ---------------------------------------------------------------------


def _same_deal(a: _Frame, b: _Frame) -> bool:
    if a.sentence.paragraph != b.sentence.paragraph or b.sentence.index - a.sentence.index > 1:
        return False
    return bool(set(a.projects) & set(b.projects))


def _merge(into: _Frame, other: _Frame) -> None:
    into.projects = dedupe([*into.projects, *other.projects])
    into.investors = dedupe([*into.investors, *other.investors])
    into.amounts.extend(a for a in other.amounts if a not in into.amounts)
    into.project_count = into.project_count or other.project_count
    if other.stage is not None and (into.stage is None or STAGES.index(other.stage) >= STAGES.index(into.stage)):
        into.stage, into.date = other.stage, other.date or into.date
    into.event = into.event or other.event
    if other.explicit_place and not into.explicit_place:
        into.place, into.explicit_place = other.place, True
    into.used.extend(other.used)
    into.cover(other.lo, other.hi)


def _deal(reading: Reading, frame: _Frame) -> models.Deal:
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
        date=frame.date or _paragraph_year(frame),
        event=frame.event,
        evidence=evidence,
    )


def _paragraph_year(frame: _Frame) -> str | None:
    """A deal its text does not date belongs to the year its paragraph speaks of ("过去一年，…", "今年以来，…");
    a planned one has no date yet, and a span of years ("十四五") names no year."""
    sent = frame.sentence
    period = sent.carried_period if sent.carried_period != sent.lead_period else None
    if frame.stage == "planned" or period is None or "/" in period or not period[:4].isdigit():
        return None
    return period[:4]


def _number(text: str) -> int:
    """Phase numbers: "一" → 1, "十二" → 12, "3" → 3."""
    return numerals.cardinal(text)
