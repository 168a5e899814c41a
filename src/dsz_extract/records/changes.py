"""A level told as a change: "地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%".

Speeches review five years by the level at each end. The two levels are figures of the same
indicator (the words before 从), each with the period stated beside it. `changes` finds them once
per sentence; the metrics assembler builds the two figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import patterns
from . import metric_periods
from .context import Reading
from .sentence import VALUE_TYPES, Sentence

# 由 and the traditional 從 open a change as 从 does ("由2020年的120亿元增加到2022年的186亿元").
FROM = "从|由|從"
# The verbs that take a level to another ("增加到", "提高至", "下降到").
# Mirror pages gloss characters with pinyin ("增長(zhǎng)到"): a gloss may follow the verb.
PINYIN_GLOSS = r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\))?"
# An adverb of degree may stand before the verb ("由2021年的612万美元大幅提升到2022年的1048万美元"); (session 36) Taiwan's
# outlets grow a level with 成长 (由2020年2,987人成长至2022年6,154人).
CHANGE_TO = (
    r"(?:大幅|小幅|显著|明显|稳步|快速|进一步)?"
    rf"(?:增加|增长|提高|提升|上升|扩大|跃升|攀升|突破|成长|减少|下降|降低|缩小|增|升|降){PINYIN_GLOSS}(?:了)?(?:到|至)"
)
# How far after 从 the first level may stand ("从2016年的695.7亿元").
FROM_REACH = 12
# What may stand between a date and its level ("2021年的1144.2亿元").
DATE_LINK = r"\s*(?:的)?\s*"

_FROM_RE = patterns.compile(FROM)
# (session 16) The verb may follow a comma ("从2020年的1209个，快速增长至2023年的3391个"), and a bare 到 may take its
# place ("从2020年的3001.07亿元，到2023年的5961.26亿元"): the levels are still the two ends of one change.
_CHANGE_TO_RE = patterns.compile(rf"\s*[，,]?\s*(?:{CHANGE_TO}|到|至)\s*")
_DATE_LINK_RE = patterns.compile(DATE_LINK)


@dataclass(frozen=True)
class Change:
    """Two levels of one indicator: `name` is the span of the words before 从 in the normalised text."""

    name: tuple[int, int]
    levels: tuple[Any, Any]
    periods: tuple[str | None, str | None]


def changes(reading: Reading, sent: Sentence) -> list[Change]:
    """The "从X增加到Y" levels of a sentence (read once per sentence: metrics and talent both ask)."""
    if "changes" not in sent.memo:
        sent.memo["changes"] = _changes(reading, sent)
    return sent.memo["changes"]


def _changes(reading: Reading, sent: Sentence) -> list[Change]:
    found: list[Change] = []
    for match in _FROM_RE.finditer(reading.norm, sent.span.start, sent.span.end):
        first, first_period = _level_at(reading, sent, match.end(), FROM_REACH)
        if first is None:
            continue
        verb = _CHANGE_TO_RE.match(reading.norm, first.end, sent.span.end)
        if verb is None:
            continue
        second, second_period = _level_at(reading, sent, verb.end(), FROM_REACH)
        if second is None or second.type != first.type:
            continue
        clause = sent.clause_at(match.start())
        periods = (first_period, second_period)
        if periods == (None, None) and found and None not in found[-1].periods:
            # "从2021年的680万人增长到2023年的766.7万人，其中高技能人才从122.3万人增长到141.1万人": a change told
            # after one between two stated years runs between the same years.
            periods = found[-1].periods
        found.append(Change((clause.start, match.start()), (first, second), periods))
    return found


def _level_at(reading: Reading, sent: Sentence, offset: int, reach: int) -> tuple[Any | None, str | None]:
    """The value starting at `offset`, after at most a date and 的 ("2016年的695.7亿元")."""
    m = sent.first_from(offset)
    if m is None or m.start - offset > reach:
        return None, None
    period = None
    if m.type == "date":
        if reading.norm[offset : m.start].strip():
            return None, None
        # “十一五”末的1600家: the level of the span's last year
        period = metric_periods.end_of_the_years(m.value.timex, m.value.mod) if reading.is_period_date(m) else None
        link = _DATE_LINK_RE.match(reading.norm, m.end)
        after = link.end() if link is not None else m.end
        m = sent.first_from(after)
        if m is None or m.start != after:
            return None, None
    elif reading.norm[offset : m.start].strip():
        return None, None
    return (m, period) if m.type in VALUE_TYPES else (None, None)
