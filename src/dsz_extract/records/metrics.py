"""Metrics: a statistic for a place and a period ("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%").

Every money or count mention that is not part of a deal, a talent record or a threshold inside
an indicator ("新签约亿元以上项目212个") is a figure; its indicator is the phrase before it, or the
noun after it when the figure comes first ("列举了300家本地企业"). A percent either qualifies the
figure before it (同比增长 → yoy, 占 → share, 完成年度目标 → target_completion) or is itself the
statistic ("好评率达100%", "固定资产投资同比增长20.1%"): records/metric_percents.py reads them, on the figures
records/metric_figures.py keeps in text order.

Thresholds inside an indicator (亿元以上项目), slogans, policy terms and figures of one company are
told apart in records/not_statistics.py.

The period of each metric (stated beside it, of its flow, the end of a span of years, the day of the
event it is told of) is read in records/periods.py.
"""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from . import (
    changes,
    metric_brackets,
    metric_breakdowns,
    metric_levels,
    metric_places,
    not_counted,
    not_statistics,
    respectively,
)
from .context import Reading, mention_key
from .metric_figures import Figure, Figures, add_each_place
from .metric_indicators import (
    TARGET_NAMES,
    TRIM,
    figure_indicator,
    new_verb_before,
    run_indicator,
)
from .metric_percents import DOWN_RE, EXCESS_RE, as_growth, growth_before_level, lead_text, own_indicator, read_percents
from .metric_words import (
    COMPARISON_ALT,
    COUNT_NOT_FIGURE_BEFORE,
    DEGREE_ALT,
    EARLIER_BASES,
    GROWTH_DOWN_ALT,
    GROWTH_UP_ALT,
    NOT_A_RESULT_VERBS,
    RESPECTIVELY,
    WORDS_ENDING_IN_A_RANK_MARK,
)
from .not_statistics import (
    about_one_entity,
    about_the_project_told,
    in_quotes,
    is_policy,
    thresholds_in,
    words_before,
)
from .periods import ends_of_span, metric_period
from .phrase import EMPTY, Phrase
from .sentence import Found, Sentence

# --- words ------------------------------------------------------------------------------------

_DIFFERENCE_RE = patterns.compile(
    rf"(?:{COMPARISON_ALT})\s*(?:{RESPECTIVELY})?(?:{DEGREE_ALT})?(?:{GROWTH_UP_ALT}|{GROWTH_DOWN_ALT})(?:了)?\s*$"
    rf"|(?:{'|'.join(EARLIER_BASES)})(?:{RESPECTIVELY})?(?:{DEGREE_ALT})?(?:多|少|{GROWTH_UP_ALT}|{GROWTH_DOWN_ALT})(?:了)?\s*$"
)
# (session 36) …but the projects a place arranges for its year or organises are its statistic (全年安排重点项目142个, 重大
# 工程安排100项, 组织实施亿元以上项目224个): 安排 / 组织 before a name of projects, or 安排 after one, runs no work. (The real gold
# reads them as actual figures more often than as plans: the kind stays as its words say.)
_ARRANGED_PROJECTS = r"(?:安排|组织)(?=[^，,。；;]{0,16}?(?:项目|工程))|(?<=项目|工程)安排"
# 由此 and 由于 are a consequence and a cause (由此新生成招商项目50余个), no 由 of what a body is made of.
_NOT_A_RESULT_RE = patterns.compile(
    r"(?<!新)(?!" + _ARRANGED_PROJECTS + r"|由此|由于|由於)(?:" + "|".join(NOT_A_RESULT_VERBS) + ")"
)


def read_sentence(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[models.Metric]:
    """The metrics of one sentence; `used` holds the mentions deals and talent already took."""
    if not sent.values():
        return []
    thresholds = thresholds_in(reading, sent)
    figures = Figures()
    listed = _read_respective(reading, sent, figures, used | thresholds)
    listed |= _read_changes(reading, sent, figures, used | thresholds | listed)
    brackets = metric_brackets.bracketed_dates(reading, sent)
    for value in sent.of_type("money", "count"):
        key = mention_key(value)
        if key in used or key in thresholds or key in listed or _not_a_figure(reading, sent, value):
            continue
        bracket = metric_brackets.next_to(reading, brackets, value) if brackets else None
        before = bracket[0] if bracket is not None and bracket[1] <= value.start else None
        growth = growth_before_level(reading, sent, value)
        indicator = own_indicator(reading, sent, growth) if growth is not None else EMPTY
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
            figure = Figure(value, indicator, value.type, value.value, target_named=target_named)
            figure.new_verb = new_verb_before(reading, value, indicator)
            if bracket is not None:
                figure.period = metric_brackets.stated_period(reading, sent, bracket)
            if place is not None:
                figure.place = Found(place.value.name, place.start, place.end)
            if growth is not None:  # the growth told before the level is its yoy, no statistic of its own
                figure.yoy = as_growth(growth.value, bool(DOWN_RE.search(lead_text(reading, sent, growth))))
                figure.extra.append(growth)
                listed.add(mention_key(growth))
            add_each_place(reading, sent, figures, figure, thresholds)
    read_percents(reading, sent, figures, used | listed)
    for figure in figures.all:
        if figure.value_type != "percent" and figure.place is None:
            metric_breakdowns.remember(reading, sent, figure.indicator, figure.value_type)
    return [_metric(reading, sent, f) for f in figures.all]


def _place_by_place(reading: Reading, sent: Sentence, value: Any, figures: Figures) -> tuple[Phrase, Any | None]:
    """A figure right after its place with no name of its own ("排在前三位的是岑溪市82.0亿元，万秀区80.0亿元";
    "其中，岑溪市3.2亿美元"): the name of the ranking, else of the figure before it in the paragraph."""
    # (session 39) or in brackets right after it ("居前五位的市州是：长沙市(168676万美元)、郴州市(51853万美元)")
    place = metric_breakdowns.place_item(reading, sent, value) or metric_breakdowns.bracketed_place(
        reading, sent, value
    )
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
    reading: Reading, sent: Sentence, figures: Figures, taken: set[tuple[str, int, int]] | frozenset[Any]
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
        negative = run.growth and DOWN_RE.match(reading.norm, *run.lead) is not None
        for i, value in enumerate(run.values):
            number = as_growth(value.value, negative) if run.growth else value.value
            figure = Figure(value, indicators[i], value.type, number)
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
    reading: Reading, sent: Sentence, figures: Figures, taken: set[tuple[str, int, int]] | frozenset[Any]
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
            figure = Figure(level, indicator, level.type, level.value)
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
        if not_counted.counts_the_next_figures_scope(reading, sent, value):
            return True  # "对148个国家和地区的2608家境外企业…": where the next figure's things are
        if not_counted.counts_industries(reading, value):
            return True  # "培育2个支柱产业": the shape of the economy, no statistic
        if not_counted.an_article(norm, value):
            return True  # "一名教授形容", "一位首席技师的“匠心”": one told of, no statistic
        if not_counted.one_of_a_set(reading, value) or not_counted.a_page_counter(reading, value):
            return True  # "为全国15个试点县之一": the set it belongs to; "浏览次数：1459次": the page's counter
    if _DIFFERENCE_RE.search(before) or not_statistics.compared_in_a_clause_before(reading, sent, value, before):
        return True  # "同比增加12.5亿元": a difference from last year, not a level
    if EXCESS_RE.search(before) and not norm.startswith("的", value.end):
        return True  # "超出计划进度目标5.93亿元": the excess over a target (not 超过目标任务4000亿元的19%: the target itself)
    if not_statistics.from_the_year_before(reading, sent, value, before):
        return True  # "较2010年增加98.6亿元" in a report of 2011
    if value.type != "percent" and not_statistics.comparison_base(reading, value):
        return True  # "较2014年的1140亿美元上升53.5%": the level compared with
    if value.type == "money" and not_statistics.restates_the_amount_before(reading, sent, value):
        return True  # "7.58亿美元，折合新台币227.33亿元": the amount before it in another currency
    if not_statistics.PROJECTION_RE.search(before) or not_statistics.after_a_projection(reading, sent, value):
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


def _bar_before_level(reading: Reading, figures: Figures, value: Any) -> Figure | None:
    """The figure of a bar passed right before the level (突破千亿大关，达1153.61亿元), or None (metric_levels)."""
    bar = figures.last_before(value.start)
    if bar is None or bar.value_type != value.type or not metric_levels.bar_then_level(reading, bar.value, value):
        return None
    return bar


# --- the record -----------------------------------------------------------------------------------


def _metric(reading: Reading, sent: Sentence, figure: Figure) -> models.Metric:
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
