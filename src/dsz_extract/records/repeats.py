"""Repeats: a figure a headline states and the body states again is one record, the body's; a project
named again in short, with nothing new, is no second deal.

Pages repeat their main figure in the headline, an 原标题 line or a summary heading ("河南省到2025年将
招引万名博士后等青年人才") and then tell it in the body with its period, place and comparisons.
Annotators record it once, from the body; so does the assembler. Likewise a signing list that names the
projects told in full before by a short form (中电建集团投资25亿元的汉江源生态治理及开发建设项目 … 与中电建
汉江源、嘉欣生物制品加工…项目代表签约) tells no new deal; a clause counting the event's projects back (此次签约的
7个项目，包括…) after a record of that count tells no new figure.
"""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any

from .. import names, patterns
from ..pubdate import dateline_date
from ..text import is_heading
from .context import Reading
from .deal_retold import word_left_out
from .respectively import RESPECTIVELY

# Lines that repeat a page's headline; (session 43) also the summary a portal puts above the body (摘要：…, 核心提示：…,
# 内容提要：…, 导读：…): the body tells its figures again with their context, and annotators record them there.
HEADLINE_MARKS = ("原标题", "原題", "标题", "題", "摘要", "文章摘要", "摘要提示", "内容提要", "核心提示", "导读")
# ... or a summary line under a bracketed tag (【聚焦数据】广东前9月实际使用外资781.3亿元，同比增长8.8%).
_HEADLINE_MARK_RE = patterns.compile(r"\s*(?:(?:" + "|".join(HEADLINE_MARKS) + r")\s*[:：]|【[^】\n]{1,8}】)")
# ... or a page's title line with commas in it, right above its stamp line (蓝山“人才强县”激活力 近几年,引进各类高级人才1384人
# ¶ • 2021-02-26 14:35): the title of the page, told in the opening lines. The stamp is what `pubdate` reads as a dateline.
TITLE_PARAGRAPHS = 6


def drop_headline_repeats(
    reading: Reading,
    records: list[Any],
    key: Callable[[Any], Hashable],
    told_in_full: Callable[[Any, list[Any]], bool] | None = None,
) -> list[Any]:
    """`records` without those standing in a headline line whose key a record of the body has too, or that
    `told_in_full` finds the body telling again in full."""
    headlines: dict[int, bool] = {}  # by paragraph: the records of one paragraph share its line
    in_headline = [_in_headline(reading, r.evidence.start, headlines) for r in records]
    if not any(in_headline):
        return records  # most pages: no record stands in a headline, no key to compare
    body = [r for r, headline in zip(records, in_headline, strict=True) if not headline]
    body_keys = {key(r) for r in body}

    def told_again(record: Any) -> bool:
        return key(record) in body_keys or (told_in_full is not None and told_in_full(record, body))

    return [r for r, headline in zip(records, in_headline, strict=True) if not (headline and told_again(r))]


def _firms(deal: Any) -> list[str]:
    return [names.fold(i) for i in deal.investors]


def firm_told_in_full(deal: Any, body: list[Any]) -> bool:
    """A headline's deal of firms alone whose every firm a body's deal of firms names in full (中交|与广东签署… →
    中交股份分别与广州市政府…)."""
    if deal.projects or not deal.investors:
        return False
    short = _firms(deal)
    return any(
        not other.projects
        and len(full := _firms(other)) == len(short)
        and all(f.startswith(s) and len(s) >= 2 for s, f in zip(short, full, strict=True))
        for other in body
    )


def metric_key(metric: Any) -> Hashable:
    return (metric.value_type, metric.value.model_dump_json())


def amount_told_in_full(metric: Any, body: list[Any]) -> bool:
    """A headline's amount that a body's amount of the same currency gives in full, the headline's written to its last
    digit (揽金6329亿 … 投资总额6329.81亿元; 总投资逾677亿 … 总投资677.2亿元): the body's figure in round numbers."""
    if metric.value_type != "money" or metric.value.amount_max is not None or not metric.value.amount:
        return False
    amount = metric.value.amount
    step = _last_digit(amount)
    return any(
        other.value_type == "money"
        and other.value.currency == metric.value.currency
        and other.value.amount_max is None
        and 0 <= other.value.amount - amount < step
        for other in body
    )


def _last_digit(amount: float) -> float:
    """The place of the last non-zero digit of a round amount (632900000000 → 100000000)."""
    step = 1.0
    while amount % (step * 10) == 0 and step < 1e12:
        step *= 10
    return step


def deal_key(deal: Any) -> Hashable:
    """A deal's projects by their key, else its investors (a headline and the body name them alike)."""
    if deal.projects:
        return ("projects", frozenset(names.project_key(p).core for p in deal.projects))
    return ("investors", frozenset(names.fold(i) for i in deal.investors))


def talent_key(talent: Any) -> Hashable:
    return (talent.count.model_dump_json() if talent.count else None, tuple(talent.persons))


def _in_headline(reading: Reading, offset: int, headlines: dict[int, bool]) -> bool:
    paragraph = reading.sentence_at(offset).paragraph
    found = headlines.get(paragraph)
    if found is None:
        line = reading.doc.paragraphs[paragraph].slice(reading.norm)
        found = headlines[paragraph] = (
            is_heading(line)
            or _HEADLINE_MARK_RE.match(line) is not None
            or _above_the_stamp(reading, paragraph)
            or _above_the_body(reading, paragraph)
        )
    return found


def _above_the_body(reading: Reading, paragraph: int) -> bool:
    """A line above the page's body (under its menus: the headline, a subtitle; `pubdate.body_start`)."""
    return reading.doc.paragraphs[paragraph].end <= reading.body_start


def _above_the_stamp(reading: Reading, paragraph: int) -> bool:
    """A line among the page's first whose next line is its dateline (the page's date stamp)."""
    paragraphs = reading.doc.paragraphs
    if paragraph >= min(TITLE_PARAGRAPHS, len(paragraphs) - 1):
        return False
    return dateline_date(paragraphs[paragraph + 1].slice(reading.norm)) is not None


# The shortest core a project named again in short must share with the deal told in full.
MIN_SHARED_CORE = 3
# How many deals back a short form may point.
SHORT_REPEAT_REACH = 24


def drop_short_repeats(deals: list[Any]) -> list[Any]:
    """`deals` without those that only name again, in short, the project of an earlier deal: no amount and no
    investor of their own, and a name that is the earlier one's, inside it, or its investor's brand and the
    start of it (中电建|汉江源 for 中电建集团's 汉江源生态治理及开发建设项目)."""
    kept: list[Any] = []
    listed = Counter((d.evidence.start, d.evidence.end) for d in deals)
    bare_at: dict[str, int] = {}  # a bare deal's one project → its place in `kept`
    for deal in deals:
        recent = kept[-SHORT_REPEAT_REACH:]  # a short form follows its full telling closely; bounded, so linear
        bare = not (deal.amounts or deal.investors) and len(deal.projects) == 1
        # the lead's examples told again as items of the body's list (双峰县举行A、B等7个重点项目集中开工、竣工活动。…
        # 有5个项目竣工，包括A、B、C…): one deal, the body's
        told = listed[(deal.evidence.start, deal.evidence.end)]
        lead = bare_at.get(deal.projects[0]) if bare and told > 1 else None
        # a list told again whole (a page printing its story twice) is the first telling's: the later one is dropped
        # below as a repeat; only a longer list takes the lead's examples in
        if lead is not None and kept[lead].evidence != deal.evidence and _fewer_told(listed, kept[lead], told):
            kept[lead] = deal
            continue
        if (
            bare
            # items of one list (told in one evidence) are different projects (石景山总部基地、数控动力总部基地)
            and any(names_again(deal.projects[0], earlier) for earlier in recent if earlier.evidence != deal.evidence)
        ):
            continue
        if bare and deal.projects[0] not in bare_at:
            bare_at[deal.projects[0]] = len(kept)
        kept.append(deal)
    return kept


def drop_bare_leads_told_with_money(deals: list[Any]) -> list[Any]:
    """`deals` without a bare telling of a project (one project, no amount, no investor: a lead's list, 华澳智能装备、
    鼎超智造等14个项目开工) that a later deal of the report tells again with its money (此次开工的华澳智能装备项目
    总投资50亿元): one deal per project, the one with the money, named as first told. Also far apart: a report tells
    a project once in its lead and once in its body."""
    keys = [_single_project_key(d) for d in deals]
    with_money: dict[tuple[str, str | None], int] = {}  # a project's key -> the last deal telling it with money
    for i, (deal, key) in enumerate(zip(deals, keys, strict=True)):
        if key is not None and deal.amounts:
            with_money[key] = i
    dropped: set[int] = set()
    renamed: dict[int, str] = {}
    for i, (deal, key) in enumerate(zip(deals, keys, strict=True)):
        j = with_money.get(key) if key is not None and not (deal.amounts or deal.investors) else None
        if j is None or j < i or deals[j].evidence == deal.evidence:
            continue
        dropped.add(i)
        renamed.setdefault(j, deal.projects[0])
    return [
        d.model_copy(update={"projects": [renamed[i]]}) if i in renamed else d
        for i, d in enumerate(deals)
        if i not in dropped
    ]


def _single_project_key(deal: Any) -> tuple[str, str | None] | None:
    if len(deal.projects) != 1:
        return None
    key = names.project_key(deal.projects[0])
    return (key.key, key.phase) if len(key.key) >= MIN_SHARED_CORE else None


def _fewer_told(listed: Counter[tuple[int, int]], earlier: Any, told: int) -> bool:
    """Whether the earlier deal's evidence lists fewer deals than `told` (the lead's examples, not the whole list)."""
    return listed[(earlier.evidence.start, earlier.evidence.end)] < told


def drop_told_again(deals: list[Any]) -> list[Any]:
    """`deals` without a later telling of a named deal with the same amounts and investors anywhere in the report
    (pages that print their story twice, a summary closing a report): one deal, the first."""
    seen: set[Hashable] = set()
    kept = []
    for deal in deals:
        if deal.projects and deal.amounts:
            key = (tuple(deal.projects), tuple(deal.investors), tuple((a.role, repr(a.money)) for a in deal.amounts))
            if key in seen:
                continue
            seen.add(key)
        kept.append(deal)
    return kept


def names_again(name: str, earlier: Any) -> bool:
    core = _project_core(name)
    if len(core) < MIN_SHARED_CORE:
        return False
    for told in earlier.projects:
        full = _project_core(told)
        if core in full or (full in core and len(full) >= MIN_SHARED_CORE) or word_left_out(core, full):
            return True
        for investor in earlier.investors:
            for brand in _brands(investor):
                rest = core.removeprefix(brand) if core.startswith(brand) else ""
                if len(rest) >= MIN_SHARED_CORE and full.startswith(rest):
                    return True
    return False


@functools.lru_cache(maxsize=4096)
def _project_core(name: str) -> str:
    return names.project_key(name).core


@functools.lru_cache(maxsize=4096)
def _brands(investor: str) -> frozenset[str]:
    """How an investor may be named in short before its project: its key's core, or its first two or three
    characters (中电建 for 中电建集团)."""
    folded = names.fold(investor)
    return frozenset(b for b in (names.org_key(investor).core, folded[:2], folded[:3]) if b)


# A clause that counts the event's projects back ("本次签约的78个项目", "此次集中开工的13个项目"): it names what
# the report counted before, so it is no new figure where an earlier record has that count.
_EVENT_BACK_RE = patterns.compile(
    r"[\s“”\"]*(?:本次|此次|这次)[^，,。；;\d]{0,8}?(?:签约|签署|开工|开复工|竣工|投产)[^，,。；;\d]{0,4}?的"
)


# …or a clause that opens with the count to list what it counts ("7个项目为：A，B…", "10个项目分别是A、B…").
_LISTED_BACK_RE = patterns.compile(
    r"[\s“”\"]*(?:\d+|[一二三四五六七八九十两]+)[个項项](?:重点|重大|签约|开工)?(?:项目|項目)?"
    r"(?:分别是|分别为|分别有|分別是|分別為|为|為|是|包括)[:：]?"
)


def drop_event_restatements(reading: Reading, metrics: list[Any]) -> list[Any]:
    """`metrics` without counts of the event's projects told back ("此次签约的7个项目，包括…", "7个项目为：…") after a
    record of the same count ("7个项目集中签约")."""
    kept: list[Any] = []
    seen: set[Hashable] = set()
    for metric in metrics:
        key = metric_key(metric)
        told_back = metric.value_type == "count" and (
            _EVENT_BACK_RE.match(reading.norm, metric.evidence.start)
            or _LISTED_BACK_RE.match(reading.norm, metric.evidence.start)
        )
        if not (told_back and key in seen):
            kept.append(metric)
        seen.add(key)
    return kept


def drop_body_repeats(reading: Reading, metrics: list[Any]) -> list[Any]:
    """`metrics` without a figure told again in a later sentence of the body with the same value, period and place and
    the same indicator, or one holding the other (上海在站博士后近8000人 … 目前上海在站博士后近8000人; 签约项目76个 … 全县签约
    项目76个): one figure, the first telling's, as annotators record it. Not a count under 3 (两江新区上榜2个项目 … 南岸区
    上榜2个项目: small counts agree by chance), nor 分别 runs, nor tellings in one sentence (a total and its part)."""
    dropped: set[int] = set()
    # value, period and place -> each indicator told with them -> where its first telling ends (分别 runs left out)
    told: dict[Hashable, dict[str, int]] = {}
    for metric in sorted(metrics, key=lambda m: m.evidence.start):
        seen = told.setdefault((metric_key(metric), metric.period, metric.place), {})
        if _may_repeat(reading, metric) and _told_before(metric, seen):
            dropped.add(id(metric))
        if metric.indicator and not _respectively(reading, metric):
            seen[metric.indicator] = min(seen.get(metric.indicator, metric.evidence.end), metric.evidence.end)
    return [m for m in metrics if id(m) not in dropped]


# The shortest indicator another may hold and be the same figure's (签约项目 in 全县签约项目, not 项目 in 城市建设项目).
MIN_HELD_INDICATOR = 4
MIN_REPEATED_COUNT = 3
# How many of the indicators told before with the same value, period and place a figure is compared with (the last
# ones): a bound, so that a page of one figure told under ever new names costs a constant per figure.
MAX_COMPARED = 16


def _may_repeat(reading: Reading, metric: Any) -> bool:
    if not metric.indicator or (metric.value_type == "count" and (metric.value.value or 0) < MIN_REPEATED_COUNT):
        return False
    return not _respectively(reading, metric)


def _respectively(reading: Reading, metric: Any) -> bool:
    return RESPECTIVELY in reading.norm[metric.evidence.start : metric.evidence.end]


def _told_before(metric: Any, seen: dict[str, int]) -> bool:
    """Whether an earlier sentence told the figure under the same indicator or one holding the other."""
    start, indicator = metric.evidence.start, metric.indicator
    if (end := seen.get(indicator)) is not None and end <= start:
        return True
    for other in itertools.islice(reversed(seen), MAX_COMPARED):
        shorter, longer = sorted((indicator, other), key=len)
        if seen[other] <= start and len(shorter) >= MIN_HELD_INDICATOR and shorter in longer:
            return True
    return False
