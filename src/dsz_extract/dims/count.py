"""count mentions: a number with a measure word for projects, firms, people or events.

Forms (one combined pattern over `doc.norm`): 21个, 3个重点招商项目 -> 3 个, 50余位 / 400多名 /
十余家 (over), 两家, 二十多名, 1-2个 / 2至3家 (range), 两三个 / 三五家 (range), 近百家 (100
under), 上千名 / 数十家 (over), 2个以上.

Measure words (`COUNT_UNITS`): the contract's 个 家 项 名 人 位 次 批, plus 户 (firms and
households: 新增市场主体1200户), 场 (events: 110多场), and the compound units 人次, 批次, 场次.

Not counts: 一个 / 一批 / 一家 / 一次 … used as articles (一个创新创业孵化基地, 一批项目; only the
person units keep 一: 一位院士), ordinals (第一批, 第3次), ranks (前3名, 后2名), durations
(3个月, 两个半月, 6个多月), 个百分点 (percent), 100个亿 (money), 个人所得税, round words without
a modifier (千人计划, 百名浙商, 万人).
"""

from __future__ import annotations

from typing import Any

from .. import numerals as nm
from .. import patterns
from ..doc import Doc
from ..models import CountValue

# (measure word, what may not follow it), longest words first in the pattern.
COUNT_UNITS: tuple[tuple[str, str], ...] = (
    ("人次", ""),
    ("批次", ""),
    ("场次", ""),
    (
        "个",
        r"(?:多|半)?(?:月|小时|钟头|工作日|交易日|星期|礼拜|季度|年头|世纪|百分点)|亿|人(?:所得|独资|信用|贷款|消费|账户|养老)",
    ),
    ("家", "[庭乡园属务门族]"),
    ("项", ""),
    ("名", "[义列称单片牌录额次字校胜言著贵副号目望声誉]"),
    ("人", "民币|民元|均"),
    ("位", "[于置居列数次移]|一体"),
    ("次", "[日年月性要级生贷序均]"),
    ("批", "[准复发示评判注转办文]"),
    ("户", "[口籍外型主均]"),
    ("场", "[所地景馆面合内外域站部长区价化上下主]"),
)
# The only units where 一 is a count rather than an article (一位院士, 一名专家).
PERSON_UNITS = ("名", "人", "位", "人次")
# Before the number: an ordinal (第一批), and for ranked units a rank (前3名, 后2位).
ORDINAL_MARK = "第"
RANK_MARKS = "前后"
RANKED_UNITS = ("名", "位")

_ONE = ("一", "壹")
_SP = nm.SP


_UNIT = nm.trie_alternation((word for word, _ in COUNT_UNITS), {word: guard for word, guard in COUNT_UNITS if guard})
# The pattern starts at the numeral; a modifier word before it (近, 超过, 上) is looked up per
# match (numerals.modifier_before).
_PATTERN = patterns.compile(
    rf"(?P<n1>{nm.NUMERAL})(?P<a1>{nm.INNER_APPROX})?"
    rf"(?:(?:{_SP}{_UNIT})?{nm.RANGE_SEP}(?P<n2>{nm.NUMERAL})(?P<a2>{nm.INNER_APPROX})?)?"
    rf"{_SP}(?P<unit>{_UNIT})"
    rf"(?:{_SP}(?P<post>{nm.POST_MODIFIER}))?"
)


def find(doc: Doc) -> list[Any]:
    return nm.scan(_PATTERN, doc.norm, lambda m: _mention(doc, m), doc.original)


def _mention(doc: Doc, m: Any) -> Any | None:
    text = doc.norm
    unit = m.group("unit")
    n1 = nm.parse_numeral(m.group("n1"))
    n2 = nm.parse_numeral(m.group("n2")) if m.group("n2") else None
    if n1 is None or (m.group("n2") and n2 is None) or n1.value <= 0:
        return None
    start, pre_word = nm.modifier_before(text, m.start())
    pre = nm.modifier_of(pre_word)
    if _ordinal_or_rank(text, start, unit) or (pre is None and _article(m, unit)):
        return None
    post = nm.modifier_of(m.group("post"))
    inner = nm.first_modifier(nm.modifier_of(m.group("a1") or m.group("a2")), n1.modifier)
    if not n1.has_digit and not (pre or inner):
        return None  # 千人计划, 百名浙商, 万人: round words, not counts
    if n2 is None:
        low, high = n1.value, n1.value_max
    else:
        low, high = nm.range_start(n1, n2), n2.value
        if high <= low:
            return None
    value = CountValue(
        value=nm.to_number(low),
        value_max=None if high is None else nm.to_number(high),
        unit=unit,
        modifier=nm.first_modifier(pre, post, inner),
    )
    return doc.make("count", start, m.end(), value)


def _ordinal_or_rank(text: str, start: int, unit: str) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before.endswith(ORDINAL_MARK):
        return True
    return unit in RANKED_UNITS and before.endswith(tuple(RANK_MARKS))


def _article(m: Any, unit: str) -> bool:
    """一个 / 一批 / 一家 are articles; 一位 / 一名 count a person, unless a slogan (一人一策)."""
    if m.group("n1").strip() not in _ONE or m.group("n2"):
        return False
    if unit not in PERSON_UNITS:
        return True
    follows = m.string[m.end() : m.end() + 1]
    return follows in _ONE
