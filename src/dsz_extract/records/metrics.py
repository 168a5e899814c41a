"""Metrics: a statistic for a place and a period ("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%").

Every money or count mention that is not part of a deal, a talent record or a threshold inside
an indicator ("新签约亿元以上项目212个") is a figure; its indicator is the phrase before it, or the
noun after it when the figure comes first ("列举了300家本地企业"). A percent either qualifies the
figure before it (同比增长 → yoy, 占 → share, 完成年度目标 → target_completion) or is itself the
statistic ("好评率达100%", "固定资产投资同比增长20.1%").

Thresholds inside an indicator (亿元以上项目), slogans, policy terms and figures of one company are
told apart in records/not_statistics.py.

The period of each metric (stated beside it, of its flow, the end of a span of years, the day of the
event it is told of) is read in records/periods.py.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import models, patterns
from . import changes, metric_brackets, metric_breakdowns, metric_levels, metric_places, not_statistics, respectively
from .context import Reading, mention_key
from .metric_indicators import (
    HEADS_SAID_BY_DE,
    LEAD_WORDS,
    TARGET_NAMES,
    TRAIL_WORDS,
    TRIM,
    WHOLE_WORDS,
    figure_indicator,
    label_before,
    new_verb_before,
    run_indicator,
)
from .metric_words import (
    AVERAGE_WORDS,
    COMPARISON,
    COMPLETION,
    COUNT_NOT_FIGURE_BEFORE,
    EARLIER_BASES,
    GAP_WORDS,
    GROWTH_DOWN,
    GROWTH_UP,
    NOT_A_RESULT_VERBS,
    PROJECTION,
    QUALIFYING_CLAUSES,
    RESPECTIVELY,
    SHARE_WORDS,
    WORDS_ENDING_IN_A_RANK_MARK,
)
from .not_statistics import (
    about_one_entity,
    about_the_project_told,
    in_quotes,
    is_policy,
    thresholds_in,
    unmentioned,
    window_start,
    words_before,
)
from .periods import ends_of_span, metric_period
from .phrase import EMPTY, Phrase, Trim, is_closed_after, left_phrase, right_phrase
from .sentence import VALUE_TYPES, Found, Sentence

# --- words ------------------------------------------------------------------------------------

PERCENT_TRAIL_WORDS = (*TRAIL_WORDS, *GROWTH_UP, *GROWTH_DOWN, *COMPARISON, RESPECTIVELY, "了")

_PERCENT_TRIM = Trim(LEAD_WORDS, PERCENT_TRAIL_WORDS, WHOLE_WORDS)
# Nouns naming a rate, after the name of what it measures and its comparison words ("省外到位资金同比增幅").
MEASURE_NOUNS = ("增幅", "增速", "降幅", "占比", "佔比", "比重")
_MEASURE_AFTER_RE = patterns.compile(
    rf"(?:{'|'.join(COMPARISON)})?(?P<noun>{'|'.join(MEASURE_NOUNS)})(?=\s*(?:{'|'.join(GROWTH_UP + GROWTH_DOWN)})?"
    r"\s*(?:了)?\s*(?:为|达到|达|是|约|近|超过)?\s*$)"
)
_UP = "|".join(GROWTH_UP)
_DOWN = "|".join(GROWTH_DOWN)
_COMP = "|".join(COMPARISON)
_GROWTH_RE = patterns.compile(
    rf"(?:(?:{_COMP})\s*)?(?:{RESPECTIVELY})?(?P<dir>{_UP}|{_DOWN})(?:了)?(?:{RESPECTIVELY})?(?:为|达|达到)?\s*$"
    rf"|(?:{_COMP})(?:{RESPECTIVELY})?\s*$"
)
_DOWN_RE = patterns.compile(_DOWN)
_AVERAGE_RE = patterns.compile("|".join(AVERAGE_WORDS))
_PROJECTION_RE = patterns.compile("|".join(PROJECTION))
# An adverb of degree between the base and the verb ("按年大幅减少174.7亿元") keeps the difference a difference.
_DEGREE = "大幅|小幅|略有|明显|稍有|净"
_DIFFERENCE_RE = patterns.compile(
    rf"(?:{_COMP})\s*(?:{RESPECTIVELY})?(?:{_DEGREE})?(?:{_UP}|{_DOWN})(?:了)?\s*$"
    rf"|(?:{'|'.join(EARLIER_BASES)})(?:{RESPECTIVELY})?(?:{_DEGREE})?(?:多|少|{_UP}|{_DOWN})(?:了)?\s*$"
)
# A contribution to another figure's growth, in percentage points ("拉动全省固定资产投资增长5.2个百分点", "上拉…增速10.4个
# 百分点", "对全市经济增长贡献1.2个百分点").
_CONTRIBUTION_RE = patterns.compile(r"(?:拉动|上拉|带动|拉升|贡献)[^，,。；;]*$")
# A rate's change told against last year in percentage points ("比重同比提升0.5个百分点", "比重较去年同期提升4.1个百分点").
_CHANGE_ON_THE_YEAR_RE = patterns.compile(rf"(?:{_COMP})\s*(?:{_DEGREE})?(?:{_UP}|{_DOWN})(?:了)?\s*$")
_SHARE_RE = patterns.compile(rf"(?:{'|'.join(SHARE_WORDS)})[^，,。；;]*$")
_COMPLETION_RE = patterns.compile(rf"{COMPLETION}\s*$")
_GAP_RE = patterns.compile(rf"(?:{'|'.join(GAP_WORDS)})[^，,；;。]*$")
_TARGET_COMPLETION_RE = patterns.compile(
    r"完成(?:了)?(?:年度|全年|年初|既定)?_+[^，,；;。]{0,24}(?:目标|任务|计划)(?:任务)?(?:的)?(?:为|达)?\s*$"
)
# (session 36) …but the projects a place arranges for its year or organises are its statistic (全年安排重点项目142个, 重大
# 工程安排100项, 组织实施亿元以上项目224个): 安排 / 组织 before a name of projects, or 安排 after one, runs no work. (The real gold
# reads them as actual figures more often than as plans: the kind stays as its words say.)
_ARRANGED_PROJECTS = r"(?:安排|组织)(?=[^，,。；;]{0,16}?(?:项目|工程))|(?<=项目|工程)安排"
# 由此 and 由于 are a consequence and a cause (由此新生成招商项目50余个), no 由 of what a body is made of.
_NOT_A_RESULT_RE = patterns.compile(
    r"(?<!新)(?!" + _ARRANGED_PROJECTS + r"|由此|由于|由於)(?:" + "|".join(NOT_A_RESULT_VERBS) + ")"
)
_RUN_SEPARATOR = patterns.compile(r"[\s、,，和及与]{1,2}")


@dataclass
class _Figure:
    """A metric being built; percents found later in the sentence may still attach to it."""

    value: Any
    indicator: Phrase
    value_type: str
    number: Any
    extra: list[Any] = field(default_factory=list)
    yoy: models.PercentValue | None = None
    share: models.PercentValue | None = None
    completion: models.PercentValue | None = None
    place: Found | None = None  # the place a 分别 list gives this figure
    target_named: bool = False  # its name says it is a target ("…招商引资目标任务")
    period: Found | None = None  # the period stated beside it ("从2016年的695.7亿元")
    since: str | None = None  # the year a change to it started from ("从2016年的…增加到2021年的…")
    new_verb: Phrase = EMPTY  # a verb of new things before a count told first ("新增4家…企业" → 新增…企业)
    shared_noun: Phrase = EMPTY  # the noun a short name of a 分别 list shares with the last (城镇、农村居民…收入)


def read_sentence(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[models.Metric]:
    """The metrics of one sentence; `used` holds the mentions deals and talent already took."""
    if not sent.values():
        return []
    thresholds = thresholds_in(reading, sent)
    figures = _Figures()
    listed = _read_respective(reading, sent, figures, used | thresholds)
    listed |= _read_changes(reading, sent, figures, used | thresholds | listed)
    brackets = metric_brackets.bracketed_dates(reading, sent)
    for value in sent.of_type("money", "count"):
        key = mention_key(value)
        if key in used or key in thresholds or key in listed or _not_a_figure(reading, sent, value):
            continue
        bracket = metric_brackets.next_to(reading, brackets, value) if brackets else None
        before = bracket[0] if bracket is not None and bracket[1] <= value.start else None
        growth = _growth_before_level(reading, sent, value)
        indicator = _own_indicator(reading, sent, growth) if growth is not None else EMPTY
        if not indicator:
            growth, indicator = None, figure_indicator(reading, sent, value, thresholds, before)
        if not indicator and (bar := _bar_before_level(reading, figures, value)) is not None:
            # "协议引资额突破千亿大关，达1153.61亿元": the level is the figure, the bar it passed none
            indicator = bar.indicator
            figures.remove(bar)
        if not indicator and (subject := metric_levels.trend_subject_before(reading, sent, value)) is not None:
            indicator = Phrase(*subject)  # "实际利用外资保持较快增长，1-9月达到95.7亿美元"
        place = None
        if not indicator or metric_breakdowns.counts_the_places(reading.norm, indicator.start, value):
            indicator, place = _place_by_place(reading, sent, value, figures)
        if not indicator and metric_breakdowns.period_item(reading, sent, value) is not None:
            # "新签约项目11个，总投资52亿元，其中2月份7个": the month's part of the last figure of its type
            host = next((f for f in reversed(figures.before(value.start)) if f.value_type == value.type), None)
            indicator = host.indicator if host is not None else EMPTY
        if indicator:
            target_named = reading.norm.endswith(TARGET_NAMES, indicator.start, indicator.end)
            figure = _Figure(value, indicator, value.type, value.value, target_named=target_named)
            figure.new_verb = new_verb_before(reading, value, indicator)
            if bracket is not None:
                figure.period = metric_brackets.stated_period(reading, sent, bracket)
            if place is not None:
                figure.place = Found(place.value.name, place.start, place.end)
            if growth is not None:  # the growth told before the level is its yoy, no statistic of its own
                figure.yoy = _as_growth(growth.value, bool(_DOWN_RE.search(_lead_text(reading, sent, growth))))
                figure.extra.append(growth)
                listed.add(mention_key(growth))
            _add_each_place(reading, sent, figures, figure, thresholds)
    _read_percents(reading, sent, figures, used | listed)
    for figure in figures.all:
        if figure.value_type != "percent" and figure.place is None:
            metric_breakdowns.remember(reading, sent, figure.indicator, figure.value_type)
    return [_metric(reading, sent, f) for f in figures.all]


def _add_each_place(
    reading: Reading, sent: Sentence, figures: _Figures, figure: _Figure, transparent: frozenset[Any]
) -> _Figure:
    """The figure, once for each place of a list it is every one's ("芜湖、宣城、滁州超300亿元"), else once;
    returns the first added."""
    places = metric_breakdowns.shared_places(reading, sent, figure.value, transparent)
    if not places:
        figures.add(figure)
        return figure
    named = figure.indicator
    named = Phrase(metric_breakdowns.past_places_count(reading.norm, named.start, named.end), named.end)
    each = [
        dataclasses.replace(figure, indicator=named, extra=[], place=Found(p.value.name, p.start, p.end))
        for p in places
    ]
    for one in each:
        figures.add(one)
    return each[0]


def _place_by_place(reading: Reading, sent: Sentence, value: Any, figures: _Figures) -> tuple[Phrase, Any | None]:
    """A figure right after its place with no name of its own ("排在前三位的是岑溪市82.0亿元，万秀区80.0亿元";
    "其中，岑溪市3.2亿美元"): the name of the ranking, else of the figure before it in the paragraph."""
    place = metric_breakdowns.place_item(reading, sent, value)
    if place is None:
        return EMPTY, None
    name = metric_breakdowns.ranked_name(reading, sent, place, TRIM)
    if name is None:
        # (session 31) the last figure of its type before it in the sentence, past one of another type ("重大项目230个，
        # 总投资1500亿元，其中福州28个、厦门22个": the counts break down the count, not the money)
        host = figures.last_of_type_before(value.start, value.type)
        name = host.indicator if host is not None else metric_breakdowns.last_named(reading, sent, value.type)
    if name is None and value.type == "count":
        name = metric_breakdowns.head_clause_name(reading, sent, place, TRIM)
    return (name, place) if name else (EMPTY, None)


def _read_respective(
    reading: Reading, sent: Sentence, figures: _Figures, taken: set[tuple[str, int, int]] | frozenset[Any]
) -> set[tuple[str, int, int]]:
    """Figures listed after 分别, each with its own place or indicator; returns the values they took."""
    listed: set[tuple[str, int, int]] = set()
    for run in respectively.runs(reading, sent):
        if any(mention_key(v) in taken for v in run.values):
            continue
        named = [TRIM(reading.norm, s, e) for s, e in run.names]
        nouns = respectively.shared_nouns(reading.norm, sent, [(p.start, p.end) for p in named])
        if run.dated_name is not None:
            named = [TRIM(reading.norm, *_after_subject_place(sent, run.dated_name))] * len(run.values)
            nouns = []
        indicators = named or [run_indicator(reading, sent, run)] * len(run.values)
        if not all(indicators):
            continue
        negative = run.growth and _DOWN_RE.match(reading.norm, *run.lead) is not None
        for i, value in enumerate(run.values):
            number = _as_growth(value.value, negative) if run.growth else value.value
            figure = _Figure(value, indicators[i], value.type, number)
            if i < len(nouns) and (noun := nouns[i]) is not None:
                figure.shared_noun = Phrase(*noun)  # 城镇|、农村|居民人均可支配收入
            if run.places:
                place = run.places[i]
                figure.place = Found(place.value.name, place.start, place.end)
            if run.dates:
                date = run.dates[i]
                figure.period = Found(reading.period_in(sent, date), date.start, date.end)
            figures.add(figure)
            listed.add(mention_key(value))
    return listed


def _read_changes(
    reading: Reading, sent: Sentence, figures: _Figures, taken: set[tuple[str, int, int]] | frozenset[Any]
) -> set[tuple[str, int, int]]:
    """ "地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元": both levels, each with its period."""
    listed: set[tuple[str, int, int]] = set()
    for change in changes.changes(reading, sent):
        if any(mention_key(v) in taken for v in change.levels):
            continue
        indicator = TRIM(reading.norm, *_after_subject_place(sent, change.name))
        if not indicator:
            continue
        periods = change.periods
        if periods == (None, None):
            periods = ends_of_span(reading.period_before(sent, change.levels[0].start).value)
        elif periods[1] is None:
            # "全县规模以上企业由2013年的165家增加到186家": the level reached is now's (the period the sentence opens
            # on or its paragraph carries), not the year the change started from
            periods = (periods[0], reading.period_before(sent, change.name[0]).value)
        for i, (level, period) in enumerate(zip(change.levels, periods, strict=True)):
            figure = _Figure(level, indicator, level.type, level.value)
            figure.period = Found(period) if period is not None or i else None
            figure.since = periods[0] if level is change.levels[1] else None
            figures.add(figure)
            listed.add(mention_key(level))
    return listed


def _after_subject_place(sent: Sentence, name: tuple[int, int]) -> tuple[int, int]:
    """The words of a change's name after the place opening it ("梧州市进出口总额由…" → 进出口总额): the place is its
    subject, given as the figure's place."""
    start, end = name
    for m in sent.between(start, end, "place"):
        if m.start == start and end - m.end >= 2:
            start = m.end
    return start, end


# How many figures back a figure told place by place looks for the last one of its own type (the count before its
# money: "重大项目230个，总投资1500亿元，其中福州28个").
_TYPE_LOOKBACK = 4


class _Figures:
    """The figures of a sentence in text order, for "the figure just before this percent" lookups."""

    def __init__(self) -> None:
        self.all: list[_Figure] = []
        self._starts: list[int] = []

    def add(self, figure: _Figure) -> None:
        i = bisect.bisect_right(self._starts, figure.value.start)
        self._starts.insert(i, figure.value.start)
        self.all.insert(i, figure)

    def before(self, offset: int) -> list[_Figure]:
        """The figures ending before `offset` (a slice: use for short runs only)."""
        return [f for f in self.all[: bisect.bisect_left(self._starts, offset)] if f.value.end <= offset]

    def last_before(self, offset: int) -> _Figure | None:
        i = bisect.bisect_left(self._starts, offset) - 1
        return self.all[i] if i >= 0 and self.all[i].value.end <= offset else None

    def last_of_type_before(self, offset: int, value_type: str) -> _Figure | None:
        """The last figure of `value_type` ending before `offset`, among the few figures right before it."""
        i = bisect.bisect_left(self._starts, offset) - 1
        for figure in reversed(self.all[max(0, i + 1 - _TYPE_LOOKBACK) : i + 1]):
            if figure.value.end <= offset and figure.value_type == value_type:
                return figure
        return None

    def remove(self, figure: _Figure) -> None:
        i = self.all.index(figure)
        del self.all[i], self._starts[i]


# --- money and count figures ------------------------------------------------------------------

# A count closing its clause with 中 names the group what follows is picked from (18个行业门类中，17个…), and so
# does a count of projects with 中 (24个签约项目中有14个…; 120项工业重大项目中空客A320、…): the whole, told again.
_AMONG_RE = patterns.compile(
    r"[^，,。；;0-9]{0,10}中\s*[，,：:]?\s*$|[^，,。；;0-9]{0,10}[项項]目(?:当中|當中|中)(?!心)"
)


def _marked_not_a_figure(norm: str, start: int) -> bool:
    """ "分两批", "第3个", "前3名", "这7个项目": a mark before the count; 目前, 博士后 close a word and mark nothing."""
    if norm[max(0, start - 1) : start] not in COUNT_NOT_FIGURE_BEFORE:
        return False
    return not norm.endswith(WORDS_ENDING_IN_A_RANK_MARK, max(0, start - 3), start)


# (session 36) Events a place organises, counted by times or sessions (全年组织各类招商活动34次, 组织政银企对接活动11场次):
# the place's statistic, not people or firms sent to run the work.
_EVENT_UNITS = frozenset(("次", "场", "场次", "批次", "期", "届", "轮"))
_ORGANISED = "组织"


def _runs_the_work(before: str, value: Any) -> bool:
    """A verb of running the work before the count makes it the work's object (组织12家企业赴济南), except 组织 before
    a count of events (组织招商活动34次)."""
    verbs = [m.group() for m in _NOT_A_RESULT_RE.finditer(before)]
    if verbs and all(v == _ORGANISED for v in verbs) and getattr(value.value, "unit", None) in _EVENT_UNITS:
        return False
    return bool(verbs)


def _not_a_figure(reading: Reading, sent: Sentence, value: Any) -> bool:
    norm = reading.norm
    before = words_before(reading, sent, value)
    if value.type == "count":
        if _marked_not_a_figure(norm, value.start) or _runs_the_work(before, value):
            return True
        if in_quotes(reading, sent, value):
            return True
        if _AMONG_RE.match(norm, value.end, sent.clause_at(value.start).end):
            return True  # "国民经济18个行业门类中，…": the group the figures after it are among
        if not_statistics.counts_the_next_figures_scope(reading, sent, value):
            return True  # "对148个国家和地区的2608家境外企业…": where the next figure's things are
        if not_statistics.counts_industries(reading, value):
            return True  # "培育2个支柱产业": the shape of the economy, no statistic
        if not_statistics.an_article(norm, value):
            return True  # "一名教授形容", "一位首席技师的“匠心”": one told of, no statistic
    if _DIFFERENCE_RE.search(before) or not_statistics.compared_in_a_clause_before(reading, sent, value, before):
        return True  # "同比增加12.5亿元": a difference from last year, not a level
    if not_statistics.from_the_year_before(reading, sent, value, before):
        return True  # "较2010年增加98.6亿元" in a report of 2011
    if value.type != "percent" and not_statistics.comparison_base(reading, value):
        return True  # "较2014年的1140亿美元上升53.5%": the level compared with
    if value.type == "money" and not_statistics.restates_the_amount_before(reading, sent, value):
        return True  # "7.58亿美元，折合新台币227.33亿元": the amount before it in another currency
    if _PROJECTION_RE.search(before) or not_statistics.after_a_projection(reading, sent, value):
        return True  # "达产后年产值可达80亿元": what a project is to yield, not a statistic
    if value.type == "money" and not_statistics.each_projects_amount(reading, sent, value):
        return True  # "此次签约的10个项目，总投资均达到10亿元以上": the bar each project passes, a deal's
    if (
        not_statistics.tells_a_capacity_or_yield(before)
        or not_statistics.is_a_phase_figure(before)
        or not_statistics.jobs_to_come(reading, value, before)
    ):
        return True  # "可容纳2万人", "预计可实现年产值600亿元", "一期投资3000万美元": a facility's or a project's
    if value.type == "money" and not_statistics.a_project_figure_in_its_clause(reading, sent, value):
        return True  # "…签订泡椒项目招商引资协议，该项目计划投资2000万元": the project's investment, a deal's
    if value.type != "count" and (bar_of := not_statistics.places_threshold_name(reading, sent, value)) is not None:
        # "8个市实际到位资金超200亿元": the bar the counted places pass; its name still names the places' figures
        # told next ("…，其中芜湖、宣城超300亿元")
        metric_breakdowns.remember(reading, sent, Phrase(*bar_of), value.type)
        return True
    return (
        is_policy(reading, value, before)
        or about_one_entity(reading, sent, value, before)
        or about_the_project_told(reading, sent)
    )


# --- percents -------------------------------------------------------------------------------------


def _read_percents(reading: Reading, sent: Sentence, figures: _Figures, used: set[tuple[str, int, int]]) -> None:
    percents = [
        p
        for p in sent.of_type("percent")
        if mention_key(p) not in used and not_statistics.places_threshold_name(reading, sent, p) is None
    ]  # "5个市进出口增速超过20%": the bar the counted places pass is no rate of its own
    i = 0
    while i < len(percents):
        run = _run_from(reading, percents, i)
        _read_run(reading, sent, figures, run)
        i += len(run)


def _run_from(reading: Reading, percents: list[Any], i: int) -> list[Any]:
    """Percents listed together ("分别增长48.25%、188.66%") share the words before the first."""
    run = [percents[i]]
    while i + 1 < len(percents) and _RUN_SEPARATOR.fullmatch(reading.norm, percents[i].end, percents[i + 1].start):
        i += 1
        run.append(percents[i])
    return run


def _read_run(reading: Reading, sent: Sentence, figures: _Figures, run: list[Any]) -> None:
    first = run[0]
    lead = _lead_text(reading, sent, first)
    if first.value.unit == "percentage_point" and _GAP_RE.search(lead):
        return  # "高于去年同期7个百分点", "环比提高2个百分点": a gap, neither a statistic nor a yoy
    if first.value.unit == "percentage_point" and _CONTRIBUTION_RE.search(lead):
        return  # "拉动全省固定资产投资增长5.2个百分点": a part of another figure's growth, no level
    if _COMPLETION_RE.search(lead) or _completes_a_stated_target(reading, sent, first):
        host = _host_before(figures, first, lambda f: f.completion is None)
        if host is not None:
            host.completion = first.value
            host.extra.append(first)
        return
    share = _SHARE_RE.search(lead)
    growth = _GROWTH_RE.search(lead)
    if share is not None and (growth is None or share.start() >= growth.start()):
        share_at = first.start - len(lead) + share.start()
        _read_share(reading, sent, figures, first, subject=_has_subject(lead[: share.start()]), share_at=share_at)
        return
    if growth is not None:
        _read_growth(reading, sent, figures, run, lead, negative=bool(_DOWN_RE.search(growth.group())))
        return
    for p in run:
        _add_statistic(reading, sent, figures, p, negative=False)


def _completes_a_stated_target(reading: Reading, sent: Sentence, percent: Any) -> bool:
    """ "完成全年5360亿元招商引资目标任务的25.07%": the target's amount stands inside the completion phrase."""
    clause = sent.clause_at(percent.start)
    if reading.norm.find("完成", clause.start, percent.start) < 0:
        return False  # the phrase opens with 完成; blanking the mentions cannot make one
    return _TARGET_COMPLETION_RE.search(unmentioned(reading, sent, clause.start, percent.start)) is not None


def _lead_text(reading: Reading, sent: Sentence, percent: Any) -> str:
    """The words of the clause between the previous figure (or the clause start) and the percent."""
    start = window_start(sent, percent)
    previous = next((m for m in sent.backwards(percent.start, start) if m.type in ("money", "count", "percent")), None)
    return reading.norm[previous.end if previous is not None else start : percent.start]


def _read_share(
    reading: Reading, sent: Sentence, figures: _Figures, percent: Any, *, subject: bool, share_at: int
) -> None:
    """A share qualifies the figure before it ("新设外资企业255家，占全省总数的62.65%": the words after
    占 name the whole); with a subject of its own before 占 ("其中汽车项目投资占比超过六成") it is a statistic,
    (session 33) named by that subject where the whole ends in a place or a mention ("科技服务业项目入资占全市9.4%")."""
    host = _host_before(figures, percent, lambda f: f.share is None and f.value_type != "percent")
    if host is not None and not subject and _in_reach(sent, host, percent):
        host.share = percent.value
        host.extra.append(percent)
        return
    figure = _add_statistic(reading, sent, figures, percent, negative=False, named_before=share_at if subject else None)
    if figure is not None:
        figure.share = percent.value


def _read_growth(
    reading: Reading, sent: Sentence, figures: _Figures, run: list[Any], lead: str, *, negative: bool
) -> None:
    if _AVERAGE_RE.search(lead):
        _read_average_growth(reading, sent, figures, run, negative=negative)
        return
    if len(run) > 1:
        hosts = [f for f in figures.before(run[0].start) if f.value_type != "percent"][-len(run) :]
        # "分别增长6.9%、0.8%", or a list of growths after a list of as many figures ("…、1.63亿美元，
        # 同比增长4.7倍、10.5倍和6.2倍").
        if len(hosts) == len(run) and (RESPECTIVELY in lead or _listed_together(reading, hosts)):
            for host, p in zip(hosts, run, strict=True):
                host.yoy = _as_growth(p.value, negative)
                host.extra.append(p)
            return
    for p in run:
        # Percentage points may qualify a rate ("城镇化率达65.2%，提高1.3个百分点"); percents qualify amounts.
        points = p.value.unit == "percentage_point"
        host = _host_before(
            figures, p, lambda f, points=points: f.yoy is None and (points or f.value_type != "percent")
        )
        if host is not None and not _own_indicator(reading, sent, p):
            host.yoy = _as_growth(p.value, negative)
            host.extra.append(p)
        else:
            _add_statistic(reading, sent, figures, p, negative=negative)


def _has_subject(words: str) -> bool:
    """Whether words before 占 name something (more than punctuation and lead words)."""
    return bool(TRIM(words, 0, len(words)))


def _in_reach(sent: Sentence, host: _Figure, percent: Any) -> bool:
    """The host stands in the percent's clause or the clause just before it, or a few clauses before when
    those only qualify it ("海口实际使用外资3.02亿美元，同比增长171.54%，占全省引进外资总量的78.11%")."""
    distance = sent.clause_index(percent.start) - sent.clause_index(host.value.start)
    if distance <= 1:
        return True
    between = sent.between(host.value.end, percent.start, *VALUE_TYPES)
    return distance <= QUALIFYING_CLAUSES and all(any(m is e for e in host.extra) for m in between)


def _read_average_growth(
    reading: Reading, sent: Sentence, figures: _Figures, run: list[Any], *, negative: bool
) -> None:
    """ "…增加到1144.2亿元，年均增长8.7%": an average yearly growth is a statistic of the figure's
    indicator, not its year-on-year change."""
    for p in run:
        host = _host_before(figures, p, lambda f: f.value_type != "percent")
        if host is None:
            _add_statistic(reading, sent, figures, p, negative=negative)
            continue
        figure = _Figure(p, host.indicator, "percent", _as_growth(p.value, negative) if negative else p.value)
        figure.place = host.place
        figure.period = _years_of_change(host)
        figures.add(figure)


def _years_of_change(host: _Figure) -> Found | None:
    """ "从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%": the average runs over the years of the
    change, from the year after its start to its end (2017/2021)."""
    since, until = host.since, host.period.value if host.period is not None else None
    if since is None or until is None or not (since.isdigit() and until.isdigit() and since < until):
        return None
    return Found(f"{int(since) + 1}/{until}")


def _listed_together(reading: Reading, figures: list[_Figure]) -> bool:
    return all(
        _RUN_SEPARATOR.fullmatch(reading.norm, a.value.end, b.value.start) for a, b in itertools.pairwise(figures)
    )


def _host_before(figures: _Figures, percent: Any, free: Callable[[_Figure], bool]) -> _Figure | None:
    """The figure just before the percent, when `free` says it can take it; a target named inside a
    completion phrase ("完成全年5360亿元…目标任务的25%") is passed over for the figure before it."""
    host = figures.last_before(percent.start)
    while host is not None and host.target_named:
        host = figures.last_before(host.value.start)
    return host if host is not None and free(host) else None


def _bar_before_level(reading: Reading, figures: _Figures, value: Any) -> _Figure | None:
    """The figure of a bar passed right before the level (突破千亿大关，达1153.61亿元), or None (metric_levels)."""
    bar = figures.last_before(value.start)
    if bar is None or bar.value_type != value.type or not metric_levels.bar_then_level(reading, bar.value, value):
        return None
    return bar


def _growth_before_level(reading: Reading, sent: Sentence, value: Any) -> Any | None:
    """ "实际利用外资同比增长21.3%，达到42.8亿美元": the growth whose words name the level (metric_levels)."""
    percent = metric_levels.growth_before(reading, sent, value)
    if percent is None or not _GROWTH_RE.search(_lead_text(reading, sent, percent)):
        return None
    return percent


def _own_indicator(reading: Reading, sent: Sentence, percent: Any) -> Phrase:
    phrase = left_phrase(reading, sent, percent, _PERCENT_TRIM, said_by_de=HEADS_SAID_BY_DE)
    if not phrase:
        return phrase
    # The noun naming the rate stays ("引资增幅达20%" → 引资增幅, "民间投资项目个数占比51.9%" → …占比), as the real-page
    # annotators write it; the verbs (增长, 占) and a bare measure with nothing before it go.
    measure = _MEASURE_AFTER_RE.match(reading.norm, phrase.end, percent.start)
    return Phrase(phrase.start, measure.end("noun")) if measure is not None else phrase


def _add_statistic(
    reading: Reading,
    sent: Sentence,
    figures: _Figures,
    percent: Any,
    *,
    negative: bool,
    named_before: int | None = None,
) -> _Figure | None:
    """A percent that is itself the statistic: "好评率达100%", "固定资产投资同比增长20.1%"; `named_before`: where the
    words naming it may end instead (the 占 of a share whose whole is a place: 科技服务业项目入资|占全市9.4%)."""
    # A bare multiple ("3倍月工资") or a gap ("高于全省2.3个百分点") is no statistic.
    relative = percent.value.unit in ("times", "percentage_point")
    lead = _lead_text(reading, sent, percent) if relative else ""
    if relative and not _GROWTH_RE.search(lead):
        return None
    if percent.value.unit == "percentage_point" and _CHANGE_ON_THE_YEAR_RE.search(lead):
        return None  # "比重同比提升0.5个百分点": a rate's change on the year, no statistic
    before = words_before(reading, sent, percent)
    if (
        is_policy(reading, percent, before)
        or about_one_entity(reading, sent, percent, before)
        or about_the_project_told(reading, sent)
    ):
        return None
    # "规上工业增加值：同比增长6.8%": a data list's label names a percent standing alone after it
    indicator = _own_indicator(reading, sent, percent) or label_before(reading, sent, percent, frozenset())
    if not indicator and named_before is not None:
        indicator = left_phrase(reading, sent, Phrase(named_before, named_before), TRIM)
    place = None
    if not indicator and (place := metric_breakdowns.place_item(reading, sent, percent)) is not None:
        # "…开工率分别为：霍山县94.1%、金寨县68.9%": each place's rate, named before 分别为
        indicator = metric_breakdowns.named_before_respectively(reading, sent, place, TRIM) or EMPTY
    if not indicator and (place := metric_breakdowns.bracketed_place(reading, sent, percent)) is not None:
        # "呼和浩特市(67.3%)、包头市(166.2%)": each place's rate, named by the list or as the rate before it
        indicator = metric_breakdowns.bracketed_list_name(reading, sent, percent, TRIM) or _rate_before(figures, place)
    if not indicator and not is_closed_after(reading.norm, percent, sent.clause_at(percent.start).end):
        indicator, place = right_phrase(reading, sent, percent, TRIM), None
    if not indicator:
        return None
    number = _as_growth(percent.value, negative) if negative or percent.value.unit == "times" else percent.value
    figure = _Figure(percent, indicator, "percent", number)
    if place is not None:
        figure.place = Found(place.value.name, place.start, place.end)
        figures.add(figure)
        return figure
    return _add_each_place(reading, sent, figures, figure, frozenset())


def _rate_before(figures: _Figures, place: Any) -> Phrase:
    """The name of the rate told before a bracketed list ("全省重点项目开工率96.5%，其中沧州(100.0%)")."""
    before = figures.last_of_type_before(place.start, "percent")
    return before.indicator if before is not None else EMPTY


def _as_growth(value: models.PercentValue, negative: bool) -> models.PercentValue:
    """Signed, and N倍 as N×100 percent (the contract's yoy is always in percent)."""
    number, number_max, unit = value.value, value.value_max, value.unit
    if unit == "times":
        number = _clean(number * 100)
        number_max = _clean(number_max * 100) if number_max is not None else None
        unit = "percent"
    if negative:
        number = -abs(number)
        number_max = -abs(number_max) if number_max is not None else None
    return models.PercentValue(value=number, value_max=number_max, unit=unit, modifier=value.modifier)


def _clean(number: float) -> float | int:
    rounded = round(number, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


# --- the record -----------------------------------------------------------------------------------


def _metric(reading: Reading, sent: Sentence, figure: _Figure) -> models.Metric:
    value = figure.value
    place = figure.place or metric_places.host_of_the_venue(
        reading, sent, reading.explicit_place_before(sent, value.start)
    )
    if figure.place is None:  # "滨海新区…；中心城区引进项目1189个": not 滨海新区's
        place = metric_places.place_of_another_area(reading, sent, value, place)
    if place.value is not None and figure.place is None:
        sent.used_place = place.value  # a place of a 分别 list is its value's alone, no topic
    kind = (
        "target"
        if figure.target_named
        else reading.kind_at(sent, value, name=(figure.indicator.start, figure.indicator.end))
    )
    period = metric_period(reading, sent, value, kind, figure.period, figure.indicator)
    # A name borrowed from an earlier sentence ("…实际使用外资12亿美元。其中，岑溪市3.2亿美元") is not evidence.
    lo = min(figure.indicator.start, value.start) if figure.indicator.start >= sent.span.start else value.start
    hi = max(figure.indicator.end, value.end, *(p.end for p in figure.extra))
    return models.Metric(
        indicator=reading.original(figure.new_verb.start, figure.new_verb.end)
        + reading.original(figure.indicator.start, figure.indicator.end)
        + reading.original(figure.shared_noun.start, figure.shared_noun.end),
        kind=kind,
        place=metric_places.territory_of(
            reading,
            metric_places.province_of_the_report(
                reading,
                place.value
                or sent.carried_place
                or metric_places.place_of_the_event(reading, sent, value)
                or metric_places.only_place_of(reading, sent, value.start),
            ),
        ),
        period=period.value,
        value_type=figure.value_type,
        value=figure.number,
        yoy=figure.yoy,
        share=figure.share,
        target_completion=figure.completion,
        evidence=reading.evidence(sent, lo, hi, place, period),
    )
