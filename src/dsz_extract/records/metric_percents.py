"""The percents of a sentence, for records/metrics.py: a percent qualifies the figure before it (同比增长 → yoy,
占 → share, 完成年度目标 → target_completion) or is itself the statistic ("好评率达100%", "固定资产投资同比增长20.1%");
a run of percents listed together ("分别增长48.25%、188.66%") shares the words before the first."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from .. import models, patterns
from . import metric_breakdowns, metric_levels, not_statistics
from .context import Reading, mention_key
from .metric_figures import Figure, Figures, add_each_place
from .metric_indicators import HEADS_SAID_BY_DE, LEAD_WORDS, TRAIL_WORDS, TRIM, WHOLE_WORDS, label_before
from .metric_words import (
    AVERAGE_WORDS,
    COMPARISON,
    COMPARISON_ALT,
    COMPLETION,
    DEGREE_ALT,
    EXCESS_OVER_A_TARGET,
    GAP_WORDS,
    GROWTH_DOWN,
    GROWTH_DOWN_ALT,
    GROWTH_UP,
    GROWTH_UP_ALT,
    LAST_YEAR,
    MULTIPLE_OF_A_BASE,
    NAMED_COMPLETION,
    QUALIFYING_CLAUSES,
    RESPECTIVELY,
    SHARE_WORDS,
)
from .not_statistics import about_one_entity, about_the_project_told, is_policy, unmentioned, window_start, words_before
from .phrase import EMPTY, Phrase, Trim, is_closed_after, left_phrase, right_phrase
from .sentence import VALUE_TYPES, Found, Sentence

PERCENT_TRAIL_WORDS = (*TRAIL_WORDS, *GROWTH_UP, *GROWTH_DOWN, *COMPARISON, RESPECTIVELY, "了")

_PERCENT_TRIM = Trim(LEAD_WORDS, PERCENT_TRAIL_WORDS, WHOLE_WORDS)
# Nouns naming a rate, after the name of what it measures and its comparison words ("省外到位资金同比增幅").
MEASURE_NOUNS = ("增幅", "增速", "降幅", "占比", "佔比", "比重")
_MEASURE_AFTER_RE = patterns.compile(
    rf"(?:{'|'.join(COMPARISON)})?(?P<noun>{'|'.join(MEASURE_NOUNS)})(?=\s*(?:{'|'.join(GROWTH_UP + GROWTH_DOWN)})?"
    r"\s*(?:了)?\s*(?:为|达到|达|是|约|近|超过)?\s*$)"
)
_GROWTH_RE = patterns.compile(
    rf"(?:(?:{COMPARISON_ALT})\s*)?(?:{RESPECTIVELY})?(?P<dir>{GROWTH_UP_ALT}|{GROWTH_DOWN_ALT})(?:了)?(?:{RESPECTIVELY})?(?:为|达|达到)?\s*$"
    rf"|(?:{COMPARISON_ALT})(?:{RESPECTIVELY})?\s*$"
)
DOWN_RE = patterns.compile(GROWTH_DOWN_ALT)
_AVERAGE_RE = patterns.compile("|".join(AVERAGE_WORDS))
# A contribution to another figure's growth, in percentage points ("拉动全省固定资产投资增长5.2个百分点", "上拉…增速10.4个
# 百分点", "对全市经济增长贡献1.2个百分点").
_CONTRIBUTION_RE = patterns.compile(r"(?:拉动|上拉|带动|拉升|贡献)[^，,。；;]*$")
# A rate's change told against last year in percentage points ("比重同比提升0.5个百分点", "比重较去年同期提升4.1个百分点").
_CHANGE_ON_THE_YEAR_RE = patterns.compile(
    rf"(?:{COMPARISON_ALT})\s*(?:{DEGREE_ALT})?(?:{GROWTH_UP_ALT}|{GROWTH_DOWN_ALT})(?:了)?\s*$"
)
_SHARE_RE = patterns.compile(rf"(?:{'|'.join(SHARE_WORDS)})[^，,。；;]*$")
_COMPLETION_RE = patterns.compile(rf"{COMPLETION}\s*$")
EXCESS_RE = patterns.compile(rf"{EXCESS_OVER_A_TARGET}\s*$")
_NAMED_COMPLETION_RE = patterns.compile(rf"{NAMED_COMPLETION}\s*$")
_GAP_RE = patterns.compile(rf"(?:{'|'.join(GAP_WORDS)})[^，,；;。]*$")
_TARGET_COMPLETION_RE = patterns.compile(
    r"完成(?:了)?(?:年度|全年|年初|既定)?_+[^，,；;。]{0,24}(?:目标|任务|计划)(?:任务)?(?:的)?(?:为|达)?\s*$"
)
_RUN_SEPARATOR = patterns.compile(r"[\s、,，和及与]{1,2}")
_MULTIPLE_OF_A_BASE_RE = patterns.compile(MULTIPLE_OF_A_BASE)


def read_percents(reading: Reading, sent: Sentence, figures: Figures, used: set[tuple[str, int, int]]) -> None:
    percents = [
        p
        for p in sent.of_type("percent")
        if mention_key(p) not in used
        and not_statistics.places_threshold_name(reading, sent, p) is None
        and not not_statistics.in_a_quoted_phrase(reading, sent, p)
    ]  # "5个市进出口增速超过20%": the bar the counted places pass is no rate of its own; a quoted slogan none either
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


def _read_run(reading: Reading, sent: Sentence, figures: Figures, run: list[Any]) -> None:
    first = run[0]
    lead = lead_text(reading, sent, first)
    if first.value.unit == "percentage_point" and _GAP_RE.search(lead):
        return  # "高于去年同期7个百分点", "环比提高2个百分点": a gap, neither a statistic nor a yoy
    if first.value.unit == "percentage_point" and _CONTRIBUTION_RE.search(lead):
        return  # "拉动全省固定资产投资增长5.2个百分点": a part of another figure's growth, no level
    if EXCESS_RE.search(lead):
        return  # "超出计划进度18.5%": how far the figure passed its target, no rate of its own
    if _COMPLETION_RE.search(lead) or _completes_a_stated_target(reading, sent, first):
        host = _host_before(figures, first, lambda f: f.completion is None)
        if host is not None:
            _take_completion(host, first)
        return
    if _completes_the_figure_before(reading, sent, figures, first, lead):
        return
    multiple = _MULTIPLE_OF_A_BASE_RE.search(lead)
    if multiple is not None and all(p.value.unit == "times" for p in run):
        if multiple.group("base") in LAST_YEAR:
            _read_multiples_of_last_year(reading, figures, run, lead)
        return  # "是2007年的2.5倍": a comparison with an earlier year, neither a statistic nor a yoy
    share = _SHARE_RE.search(lead)
    growth = _GROWTH_RE.search(lead)
    if share is not None and (growth is None or share.start() >= growth.start()):
        if len(run) > 1 and RESPECTIVELY in lead and _shares_one_for_one(reading, figures, run, lead):
            return
        share_at = first.start - len(lead) + share.start()
        _read_share(reading, sent, figures, first, subject=_has_subject(lead[: share.start()]), share_at=share_at)
        return
    if growth is not None:
        _read_growth(reading, sent, figures, run, lead, negative=bool(DOWN_RE.search(growth.group())))
        return
    for p in run:
        _add_statistic(reading, sent, figures, p, negative=False)


def _completes_the_figure_before(reading: Reading, sent: Sentence, figures: Figures, percent: Any, lead: str) -> bool:
    """ "到位资金276.76亿元，同比增长13.58%，完成年度招商引资任务的79.07%": the figure in reach before takes the percent as
    its target_completion when no subject stands before 完成 (session 40)."""
    named = _NAMED_COMPLETION_RE.search(lead)
    if named is None or _has_subject(lead[: named.start()]):
        return False
    host = _host_before(figures, percent, lambda f: f.completion is None and f.value_type != "percent")
    if host is None or not _in_reach(sent, host, percent):
        return False
    _take_completion(host, percent)
    return True


def _take_completion(host: Figure, percent: Any) -> None:
    host.completion = percent.value
    host.extra.append(percent)


def _figures_of_the_run(reading: Reading, figures: Figures, run: list[Any], lead: str) -> list[Figure]:
    """The figures a run of percents goes to one for one: as many as the run, right before it, with 分别 in the words
    before the run or the figures listed together; else none."""
    hosts = [f for f in figures.before(run[0].start) if f.value_type != "percent"][-len(run) :]
    if len(hosts) == len(run) and (RESPECTIVELY in lead or _listed_together(reading, hosts)):
        return hosts
    return []


def _shares_one_for_one(reading: Reading, figures: Figures, run: list[Any], lead: str) -> bool:
    """ "投资方来自长三角地区的项目27个，总投资438.12亿元，占比分别为23.3%和36.6%": each share is the one of the figure
    told in its place before, when as many figures stand before the run (session 39)."""
    hosts = _figures_of_the_run(reading, figures, run, lead)
    if not hosts or any(host.share is not None for host in hosts):
        return False
    for host, p in zip(hosts, run, strict=True):
        host.share = p.value
        host.extra.append(p)
    return True


def _read_multiples_of_last_year(reading: Reading, figures: Figures, run: list[Any], lead: str) -> None:
    """ "实际利用外资12亿美元，是去年同期的3.5倍": the figure's yoy is 250%; a run goes to as many figures listed before it
    ("新引进项目45个、落地项目31个，分别为上一年度的1.8倍、5.5倍"). With no figure to take it, the multiple is nothing."""
    if len(run) > 1:
        hosts = _figures_of_the_run(reading, figures, run, lead)
    else:
        host = _host_before(figures, run[0], lambda f: f.yoy is None and f.value_type != "percent")
        hosts = [host] if host is not None else []
    for host, p in zip(hosts, run, strict=False):
        if host.yoy is None:
            host.yoy = _multiple_as_growth(p.value)
            host.extra.append(p)


def _multiple_as_growth(value: models.PercentValue) -> models.PercentValue:
    """N times last year's figure is a growth of (N − 1) × 100 percent."""
    growth_max = _clean((value.value_max - 1) * 100) if value.value_max is not None else None
    return models.PercentValue(
        value=_clean((value.value - 1) * 100), value_max=growth_max, unit="percent", modifier=value.modifier
    )


def _completes_a_stated_target(reading: Reading, sent: Sentence, percent: Any) -> bool:
    """ "完成全年5360亿元招商引资目标任务的25.07%": the target's amount stands inside the completion phrase."""
    clause = sent.clause_at(percent.start)
    if reading.norm.find("完成", clause.start, percent.start) < 0:
        return False  # the phrase opens with 完成; blanking the mentions cannot make one
    return _TARGET_COMPLETION_RE.search(unmentioned(reading, sent, clause.start, percent.start)) is not None


def lead_text(reading: Reading, sent: Sentence, percent: Any) -> str:
    """The words of the clause between the previous figure (or the clause start) and the percent."""
    start = window_start(sent, percent)
    previous = next((m for m in sent.backwards(percent.start, start) if m.type in ("money", "count", "percent")), None)
    return reading.norm[previous.end if previous is not None else start : percent.start]


def _read_share(
    reading: Reading, sent: Sentence, figures: Figures, percent: Any, *, subject: bool, share_at: int
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
    reading: Reading, sent: Sentence, figures: Figures, run: list[Any], lead: str, *, negative: bool
) -> None:
    if _AVERAGE_RE.search(lead):
        _read_average_growth(reading, sent, figures, run, negative=negative)
        return
    # "分别增长6.9%、0.8%", or a list of growths after a list of as many figures ("…、1.63亿美元，
    # 同比增长4.7倍、10.5倍和6.2倍").
    if len(run) > 1 and (hosts := _figures_of_the_run(reading, figures, run, lead)):
        for host, p in zip(hosts, run, strict=True):
            host.yoy = as_growth(p.value, negative)
            host.extra.append(p)
        return
    for p in run:
        # Percentage points may qualify a rate ("城镇化率达65.2%，提高1.3个百分点"); percents qualify amounts.
        points = p.value.unit == "percentage_point"
        host = _host_before(
            figures, p, lambda f, points=points: f.yoy is None and (points or f.value_type != "percent")
        )
        if host is not None and not own_indicator(reading, sent, p):
            host.yoy = as_growth(p.value, negative)
            host.extra.append(p)
        else:
            _add_statistic(reading, sent, figures, p, negative=negative)


def _has_subject(words: str) -> bool:
    """Whether words before 占 name something (more than punctuation and lead words)."""
    return bool(TRIM(words, 0, len(words)))


def _in_reach(sent: Sentence, host: Figure, percent: Any) -> bool:
    """The host stands in the percent's clause or the clause just before it, or a few clauses before when
    those only qualify it ("海口实际使用外资3.02亿美元，同比增长171.54%，占全省引进外资总量的78.11%")."""
    distance = sent.clause_index(percent.start) - sent.clause_index(host.value.start)
    if distance <= 1:
        return True
    between = sent.between(host.value.end, percent.start, *VALUE_TYPES)
    return distance <= QUALIFYING_CLAUSES and all(any(m is e for e in host.extra) for m in between)


def _read_average_growth(reading: Reading, sent: Sentence, figures: Figures, run: list[Any], *, negative: bool) -> None:
    """ "…增加到1144.2亿元，年均增长8.7%": an average yearly growth is a statistic of the figure's
    indicator, not its year-on-year change."""
    for p in run:
        host = _host_before(figures, p, lambda f: f.value_type != "percent")
        if host is None:
            _add_statistic(reading, sent, figures, p, negative=negative)
            continue
        figure = Figure(p, host.indicator, "percent", as_growth(p.value, negative) if negative else p.value)
        figure.place = host.place
        figure.period = _years_of_change(host)
        figures.add(figure)


def _years_of_change(host: Figure) -> Found | None:
    """ "从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%": the average runs over the years of the
    change, from the year after its start to its end (2017/2021)."""
    since, until = host.since, host.period.value if host.period is not None else None
    if since is None or until is None or not (since.isdigit() and until.isdigit() and since < until):
        return None
    return Found(f"{int(since) + 1}/{until}")


def _listed_together(reading: Reading, figures: list[Figure]) -> bool:
    return all(
        _RUN_SEPARATOR.fullmatch(reading.norm, a.value.end, b.value.start) for a, b in itertools.pairwise(figures)
    )


def _host_before(figures: Figures, percent: Any, free: Callable[[Figure], bool]) -> Figure | None:
    """The figure just before the percent, when `free` says it can take it; a target named inside a
    completion phrase ("完成全年5360亿元…目标任务的25%") is passed over for the figure before it."""
    host = figures.last_before(percent.start)
    while host is not None and host.target_named:
        host = figures.last_before(host.value.start)
    return host if host is not None and free(host) else None


def growth_before_level(reading: Reading, sent: Sentence, value: Any) -> Any | None:
    """ "实际利用外资同比增长21.3%，达到42.8亿美元": the growth whose words name the level (metric_levels)."""
    percent = metric_levels.growth_before(reading, sent, value)
    if percent is None or not _GROWTH_RE.search(lead_text(reading, sent, percent)):
        return None
    return percent


def own_indicator(reading: Reading, sent: Sentence, percent: Any) -> Phrase:
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
    figures: Figures,
    percent: Any,
    *,
    negative: bool,
    named_before: int | None = None,
) -> Figure | None:
    """A percent that is itself the statistic: "好评率达100%", "固定资产投资同比增长20.1%"; `named_before`: where the
    words naming it may end instead (the 占 of a share whose whole is a place: 科技服务业项目入资|占全市9.4%)."""
    # A bare multiple ("3倍月工资") or a gap ("高于全省2.3个百分点") is no statistic.
    relative = percent.value.unit in ("times", "percentage_point")
    lead = lead_text(reading, sent, percent) if relative else ""
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
    indicator = own_indicator(reading, sent, percent) or label_before(reading, sent, percent, frozenset())
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
    number = as_growth(percent.value, negative) if negative or percent.value.unit == "times" else percent.value
    figure = Figure(percent, indicator, "percent", number)
    if place is not None:
        figure.place = Found(place.value.name, place.start, place.end)
        figures.add(figure)
        return figure
    return add_each_place(reading, sent, figures, figure, frozenset())


def _rate_before(figures: Figures, place: Any) -> Phrase:
    """The name of the rate told before a bracketed list ("全省重点项目开工率96.5%，其中沧州(100.0%)")."""
    before = figures.last_of_type_before(place.start, "percent")
    return before.indicator if before is not None else EMPTY


def as_growth(value: models.PercentValue, negative: bool) -> models.PercentValue:
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
