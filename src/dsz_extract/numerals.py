"""The numeral layer shared by the money, percent and count passes.

Two halves, side by side:

- regex fragments (`NUMERAL`, `RANGE_SEP`, `POST_MODIFIER`, `trie_alternation` …) that the
  dimension modules splice into their one combined pattern, so every pass is a single scan of
  `doc.norm`, plus `modifier_before` for the modifier word in front of a match (超过, 近, 约);
- `parse_numeral`, which turns the text such a fragment matched into an exact `Decimal`
  (140.5亿 -> 14050000000, 三點四億 -> 340000000, 85亿7625万6000 -> 8576256000).

The modifier words shared by the three passes (`MODIFIERS_BEFORE`, `MODIFIERS_AFTER`) live here.

The parser is written here rather than delegated to cn2an: cn2an's "smart" mode covers plain
numerals, but not the forms reports are full of — 三点四亿, 30余万, 4.78万亿, 四万万, 五兆…, 1,100万,
负10000 (it drops the sign) — and it returns floats. Numerals reach this module in the normalised
view (full-width folded, traditional converted), but `parse_numeral` also accepts the traditional
forms itself so it can be used on raw text.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

import regex

from . import patterns
from ._numeral_eval import _DIGIT_VALUES, Numeral, _evaluate, _Invalid
from .models import Modifier

# --- characters -------------------------------------------------------------------------------

# The financial forms, written on cheques and contracts (amounts keep their units: 陆拾个, 伍佰万).
FINANCIAL_DIGITS = "壹贰叁肆伍陆柒捌玖"
CN_DIGITS = "〇零一二三四五六七八九两俩" + FINANCIAL_DIGITS
SMALL_UNITS = "十拾百佰千仟"
BIG_UNITS = "万亿兆"
NUMERAL_CHARS = "0123456789." + CN_DIGITS + SMALL_UNITS + BIG_UNITS + "点"
# Their values, and the evaluation of a tokenised numeral, are in _numeral_eval.py.

# Traditional / variant characters, so the parser also works on text that was not normalised.
_VARIANTS = str.maketrans("萬億兩倆貳陸點個負", "万亿两俩贰陆点个负")

# --- regex fragments --------------------------------------------------------------------------

# Text extracted from PDFs sometimes spaces numerals out (一 百 五 十 个 百 分 点).
SP = "[ \t]*"
# At most six thousands groups (10^21): unbounded, a run like 12,312,312… is matched again from
# every group, which is quadratic.
# Hong Kong's government writes the thousands with a space (1 411間, 2 840萬人次): a group of one to three digits
# then groups of exactly three.
ARABIC = r"(?:(?<!\d)\d{1,3}(?: \d{3}(?!\d)){1,6}|\d+(?:[,，]\d{3}(?!\d)){0,6})(?:\.\d+)?"
# Taiwanese papers write the decimal point of Chinese digits as a full stop (二．〇一兆元 = 2.01兆).
_CN_RUN = (
    rf"[{CN_DIGITS}](?:{SP}[{CN_DIGITS}])*(?:{SP}(?:点|\.(?=[{CN_DIGITS}])){SP}[{CN_DIGITS}](?:{SP}[{CN_DIGITS}])*)?"
)

# Which token may follow which: a digit group only after a unit (1亿5000万, 三千五), a small unit
# only after a digit or a big unit (never 十百), big units after anything (万亿, 30余万, 100个亿).
# The spoken 个 before 亿 may take the "more than" word on either side: 3个多亿, 100多个亿, 十几个亿; not
# where 亿元(以上/级) classes the projects counted (16个亿元以上项目, 5个亿元项目: projects, no money).
# 亿元(以上/级) before what it classes (…亿元以上重点项目): the size of the projects counted before it.
PROJECT_SIZE_CLASS = r"亿元?(?:(?:以上|级)\p{Han}{0,6}?)?(?:项目|企业|工程)"
# Digits after units only when a number comes before them (1亿2000万, 3个亿5000万): a round word alone (过亿, 超千万)
# is whole, and the digits after it start a number of their own (產值過億|19家).
_NEXT_TOKEN = (
    rf"(?<=[0-9{CN_DIGITS}余多几个]{SP}(?:[{SMALL_UNITS}{BIG_UNITS}]{SP}){{1,3}}(?:[〇零]{SP})?){ARABIC}"
    rf"|(?<=[{SMALL_UNITS}{BIG_UNITS}]{SP}){_CN_RUN}"
    rf"|(?<=[{SMALL_UNITS}{BIG_UNITS}]{SP})(?:点|\.(?=[{CN_DIGITS}])){SP}[{CN_DIGITS}](?:{SP}[{CN_DIGITS}])*"
    rf"|(?<=[0-9{CN_DIGITS}{BIG_UNITS}]{SP})[{SMALL_UNITS}]"
    rf"|[{BIG_UNITS}]"
    rf"|个(?={SP}(?:[余多几]{SP})?亿)(?!{SP}{PROJECT_SIZE_CLASS})"
    rf"|[余多几](?={SP}(?:个{SP})?[{BIG_UNITS}])"
)
# A numeral never starts inside another one (after a failed reading the scan retries one
# character later); an Arabic one may follow a Chinese word that ends in a digit (找零50元).
_START = (
    rf"(?<![0-9.]){ARABIC}"
    rf"|(?<![0-9.{CN_DIGITS}{SMALL_UNITS}{BIG_UNITS}点])(?:{_CN_RUN}|[{SMALL_UNITS}{BIG_UNITS}])"
)

# The longest numeral a report writes (一千二百三十四亿五千六百七十八万九千八百七十六) has 25 tokens.
# Unbounded, a run such as 1亿1亿1亿… is one long match that fails to parse, and the scan retries
# it from every character: quadratic. Bounded, every retry reads at most this many tokens.
MAX_NUMERAL_TOKENS = 32

NUMERAL = rf"(?>(?:{_START})(?:{SP}(?:{_NEXT_TOKEN})){{0,{MAX_NUMERAL_TOKENS}}})"
"""One numeral: Arabic, Chinese or mixed, with scale units (no capture groups inside)."""

INNER_APPROX = "[余多几]"
"""余 / 多 / 几 right after a numeral (30余, 400多, 十几): the amount is more than stated."""

RANGE_SEP = rf"{SP}(?:——|[-~—–〜至到]){SP}"

# Modifier words, in one place for money, percent and count. The word next to the number is part
# of the mention (超过50亿元, 近2亿欧元, 70%以上, 400多名).
MODIFIERS_BEFORE: dict[str, tuple[str, ...]] = {
    "over": ("超过", "超出", "冲破", "不低于", "不少于", "不下于", "多于", "高于", "大于", "突破", "逾", "超", "过"),
    "under": ("不超过", "不到", "不足", "将近", "接近", "少于", "低于", "小于", "近"),
    "approx": ("大约", "约合", "约为", "大概", "约"),
}
MODIFIERS_AFTER: dict[str, tuple[str, ...]] = {
    "over": ("及以上", "以上", "有余"),
    "under": ("及以下", "以下", "以内", "之内"),
    "approx": ("左右", "上下"),
}
# Before a round number written without digits (数十亿元, 几百亿, 上千名): "more than".
APPROX_NUMERAL_PREFIXES = ("数", "數", "几", "幾", "上")

# A one-character modifier is not one when it ends a word: 签约 / 节约 / 制约 (not 约),
# 通过 / 经过 (not 过), 赶超 (not 超), 最近 / 附近 (not 近).
_NOT_AFTER = {
    "约": "签节制预邀违契特公条婚履践相隐简缔誓集盟守失租赴爽背解续聘规俭毁",
    "约为": "签节制预邀违契特公条婚履践相隐简缔誓集盟守失租赴爽背解续聘规俭毁",
    "过": "通经超不度越跨改难闯错路看想做穿透走滤转放胜",
    "超": "赶高",
    "近": "最附靠贴亲远就邻接将",
    "数": "人总次户件个家项位名指分倍参函基系少多无岁天日年票台",
    "上": "以之线网向往马早晚路会台市手身",
}
_NOT_BEFORE = {"上下": "游"}


def _guarded(word: str) -> str:
    pattern = regex.escape(word)
    if word in _NOT_AFTER:
        pattern = f"(?<![{_NOT_AFTER[word]}]){pattern}"
    if word in _NOT_BEFORE:
        pattern = f"{pattern}(?![{_NOT_BEFORE[word]}])"
    return pattern


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 元人民币 wins over 元)."""
    return "|".join(regex.escape(w) for w in _longest_first(words))


def _longest_first(words: Iterable[str]) -> list[str]:
    # Words of one length cannot match at the same place, so their order changes no match; sorting
    # them too makes the pattern the same in every process, which the compiled-pattern cache needs.
    return sorted(set(words), key=lambda w: (-len(w), w))


def trie_alternation(words: Iterable[str], guards: dict[str, str] | None = None) -> str:
    """The same alternation factored into a trie (美元|美金 -> 美(?:元|金)), longest match first.

    A flat alternation of 70 currency names is tried word by word after every numeral; the trie
    costs one character test per level. `guards` maps a word to a negative lookahead after it.
    """
    guards = guards or {}
    root: dict[str, Any] = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = guards.get(word, "")
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    branches = [regex.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    end = f"(?!{node['']})" if node[""] else ""
    if not branches:
        return end
    if end:
        return "(?:" + "|".join(branches) + f"|{end})"
    return "(?:" + "|".join(branches) + ")?"


_MODIFIER_OF: dict[str, Modifier] = {
    **{w: "over" for w in APPROX_NUMERAL_PREFIXES},
    **{w: m for m, words in MODIFIERS_BEFORE.items() for w in words},  # type: ignore[misc]
    **{w: m for m, words in MODIFIERS_AFTER.items() for w in words},  # type: ignore[misc]
}

_PRE_WORDS = _longest_first([*(w for words in MODIFIERS_BEFORE.values() for w in words), *APPROX_NUMERAL_PREFIXES])
_MODIFIER_BEFORE = patterns.compile(rf"(?:{'|'.join(_guarded(w) for w in _PRE_WORDS)}){SP}$")
_POST_WORDS = _longest_first(w for words in MODIFIERS_AFTER.values() for w in words)
POST_MODIFIER = "|".join(_guarded(w) for w in _POST_WORDS)
_ROUND_START = "百佰千仟万亿十拾"


def modifier_before(text: str, start: int) -> tuple[int, str | None]:
    """A modifier word right before `start` (超过50亿元, 近2亿欧元): (its start, the word).

    Looked up per match rather than inside every pattern: an optional leading group of thirty
    guarded words made each pattern try them at every character of the text.
    """
    m = _MODIFIER_BEFORE.search(text, max(0, start - 8), start)
    if m is None:
        return start, None
    word = m.group().rstrip(" \t")
    if word in APPROX_NUMERAL_PREFIXES and not text.startswith(tuple(_ROUND_START), start):
        return start, None  # 数 / 几 / 上 only before a round word: 数十, 上千
    return m.start(), word


def modifier_of(word: str | None) -> Modifier | None:
    """over / under / approx for a modifier word (超过, 以内, 左右, 余 …), None for anything else."""
    if not word:
        return None
    word = word.strip()
    if word in ("余", "多", "几"):
        return "over"
    return _MODIFIER_OF.get(word)


def first_modifier(*candidates: Modifier | None) -> Modifier | None:
    return next((c for c in candidates if c), None)


# --- parsing ----------------------------------------------------------------------------------


_TOKEN = patterns.compile(
    rf"(?P<a>\d+(?:\.\d+)?|\.\d+)"
    rf"|(?P<c>[{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?|点[{CN_DIGITS}]+)"
    rf"|(?P<s>[{SMALL_UNITS}])"
    rf"|(?P<b>[{BIG_UNITS}])"
    rf"|(?P<m>[余多几])"
    rf"|(?P<g>个)"
)
_THOUSANDS = patterns.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")
_MIXED_FRACTION = patterns.compile(r"^([-−]?\d+)\s+(\d+)/(\d+)$")
_SLASH_FRACTION = patterns.compile(r"^([-−]?\d+(?:\.\d+)?)/(\d+(?:\.\d+)?)$")
# Adjacent digits read as an approximate range: 两三个, 三五家, 七八百人.
_JUXTAPOSED = {(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 9), (3, 5)}


_SPACES = patterns.compile(r"\s+")


_CN_DECIMAL_STOP = patterns.compile(rf"(?<=[{CN_DIGITS}十])[.．](?=[{CN_DIGITS}])")


def _clean(text: str) -> str:
    text = _CN_DECIMAL_STOP.sub("点", text.translate(_VARIANTS))
    text = _THOUSANDS.sub("", text)
    return _SPACES.sub("", text)


def parse_number(text: str) -> Decimal | None:
    """The value of a numeral as a Decimal (fractions and mixed numbers included), or None."""
    numeral = parse_numeral(text, digit_strings=True)
    return None if numeral is None else numeral.value


@functools.lru_cache(maxsize=8192)
def parse_numeral(text: str, *, digit_strings: bool = False, ranges: bool = True) -> Numeral | None:
    """Parse a numeral as matched by `NUMERAL` (plus signs, fractions and k suffixes); None if malformed.

    `digit_strings`: read runs of Chinese digits without units as digit strings (三八 -> 38).
    `ranges`: read two adjacent digits as a range (两三 -> 2..3); otherwise such a run is malformed.
    """
    stripped = text.strip()
    mixed = _MIXED_FRACTION.match(stripped)
    if mixed:
        whole, num, den = (Decimal(g.replace("−", "-")) for g in mixed.groups())
        if den == 0:
            return None
        sign = -1 if whole < 0 else 1
        return Numeral(whole + sign * num / den, arabic=True)
    cleaned = _clean(stripped)
    if not cleaned:
        return None
    try:
        return _parse_signed(cleaned, digit_strings=digit_strings, ranges=ranges)
    except (_Invalid, InvalidOperation, ZeroDivisionError):
        return None


def _parse_signed(s: str, *, digit_strings: bool, ranges: bool) -> Numeral:
    if not s:
        raise _Invalid("empty")
    sign = 1
    if s[0] in "-−负":
        sign, s = -1, s[1:]
    elif s[0] == "+":
        s = s[1:]
    if not s:
        raise _Invalid("sign only")
    numeral = _parse_unsigned(s, digit_strings=digit_strings, ranges=ranges)
    if sign < 0:
        return _negated(numeral)
    return numeral


def _negated(n: Numeral) -> Numeral:
    return dataclasses.replace(n, value=-n.value, value_max=None if n.value_max is None else -n.value_max)


def _parse_unsigned(s: str, *, digit_strings: bool, ranges: bool) -> Numeral:
    if "又" in s:
        whole, _, fraction = s.partition("又")
        w = _parse_signed(whole, digit_strings=digit_strings, ranges=False)
        f = _parse_signed(fraction, digit_strings=digit_strings, ranges=False)
        return Numeral(w.value + f.value, arabic=w.arabic or f.arabic)
    if "分之" in s:
        den, _, num = s.partition("分之")
        d = _parse_signed(den, digit_strings=False, ranges=False)
        n = _parse_signed(num, digit_strings=False, ranges=False)
        return Numeral(n.value / d.value, arabic=d.arabic or n.arabic)
    slash = _SLASH_FRACTION.match(s)
    if slash:
        return Numeral(Decimal(slash.group(1).replace("−", "-")) / Decimal(slash.group(2)), arabic=True)
    if s[-1] in "kK" and len(s) > 1:
        inner = _parse_unsigned(s[:-1], digit_strings=False, ranges=False)
        return Numeral(inner.value * 1000, arabic=inner.arabic, has_digit=inner.has_digit)
    if s.isascii():
        value = Decimal(s)
        if not value.is_finite():
            raise _Invalid("not a finite number")
        return Numeral(value, arabic=True)
    return _parse_chinese(s, digit_strings=digit_strings, ranges=ranges)


def _tokens(s: str) -> list[tuple[str, str]]:
    tokens = []
    pos = 0
    while pos < len(s):
        m = _TOKEN.match(s, pos)
        if m is None:
            raise _Invalid(f"not a numeral character: {s[pos]!r}")
        tokens.append((m.lastgroup or "", m.group()))
        pos = m.end()
    return tokens


def _juxtaposed_pair(tokens: list[tuple[str, str]]) -> tuple[int, tuple[int, int]] | None:
    for i, (kind, tok) in enumerate(tokens):
        digits = tok.lstrip("〇零")
        if kind == "c" and "点" not in tok and len(digits) == 2:
            pair = (_DIGIT_VALUES[digits[0]], _DIGIT_VALUES[digits[1]])
            if pair in _JUXTAPOSED:
                return i, pair
    return None


def _parse_chinese(s: str, *, digit_strings: bool, ranges: bool) -> Numeral:
    tokens = _tokens(s)
    if digit_strings and len(tokens) == 1 and tokens[0][0] == "c" and "点" not in tokens[0][1]:
        return Numeral(Decimal("".join(str(_DIGIT_VALUES[c]) for c in tokens[0][1])))
    pair = _juxtaposed_pair(tokens) if ranges else None
    if pair is not None:
        i, (low, high) = pair
        low_n = _evaluate([*tokens[:i], ("c", "〇一二三四五六七八九"[low]), *tokens[i + 1 :]])
        high_n = _evaluate([*tokens[:i], ("c", "〇一二三四五六七八九"[high]), *tokens[i + 1 :]])
        return dataclasses.replace(low_n, value_max=high_n.value)
    return _evaluate(tokens)


# The plain cardinals dates and phase numbers are written in (二〇二三, 十二, 两千零四, 一百零五): for
# these the parser above gives what cn2an's "smart" mode gives (checked on every number below 10 000 in
# every way of writing it, tests/test_numerals.py). Anything else (一0, 十零一) goes to cn2an, imported
# only then: importing and setting it up takes a fifth of a second, a sixth of a cold run.
_D = "[一二两三四五六七八九]"
_T = "[一二三四五六七八九]"
_PLAIN_CARDINAL = patterns.compile(
    rf"[〇零一二三四五六七八九]+"
    rf"|{_D}千(?:{_D}百(?:{_T}十{_T}?|零{_T})?|零(?:{_T}十{_T}?|{_T}))?"
    rf"|{_D}百(?:{_T}十{_T}?|零{_T})?"
    rf"|{_T}?十{_T}?"
)


def cardinal(text: str) -> int:
    """Arabic digits or a Chinese cardinal to int, as cn2an.cn2an(text, "smart") reads it (十二 -> 12,
    二〇二三 -> 2023); ValueError where cn2an finds no number."""
    if text.isdigit():
        return int(text)
    if _PLAIN_CARDINAL.fullmatch(text):
        numeral = parse_numeral(text, digit_strings=True, ranges=False)
        if numeral is not None:
            return int(numeral.value)
    import cn2an

    return int(cn2an.cn2an(text, "smart"))


def range_start(low: Numeral, high: Numeral) -> Decimal:
    """The value of the first number of a range, scaled like the second: 2-3亿 -> 2亿, 20-30万 -> 20万."""
    if not low.has_small and not low.has_big:
        return low.value * high.lead_scale
    if not low.has_big:
        return low.value * high.unit
    return low.value


def to_number(value: Decimal) -> int | float:
    """An int when the value is integral (14050000000), else a float (0.24)."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


# --- scanning ---------------------------------------------------------------------------------


def scan(
    pattern: regex.Pattern[str],
    text: str,
    build: Callable[[Any], Any | None],
    original: str | None = None,
) -> list[Any]:
    """Run one combined pattern over the text; `build` turns a match into a mention or rejects it.

    After a rejected match the scan resumes one character later, so a bad reading of a longer
    stretch (唯一一家) does not hide a good one inside it. With `original`, a Chinese comma inside
    a number is a thousands separator only between full-width digits (１，２３４); elsewhere it
    separates clauses or list items ($20，300美圆), and the match is cut there.
    """
    found: list[Any] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return found
        start = m.start()
        if original is not None:
            m = _cut_at_clause_comma(pattern, text, original, m)
        item = None if m is None else build(m)
        if m is None or item is None:
            pos = start + 1
            continue
        found.append(item)
        pos = max(m.end(), start + 1)


def _cut_at_clause_comma(pattern: regex.Pattern[str], text: str, original: str, m: Any) -> Any | None:
    start, end = m.span()
    comma = text.find("，", start, end)
    while comma != -1:
        if not _fullwidth_digit(original[comma - 1 : comma]):
            return pattern.match(text, start, comma)
        comma = text.find("，", comma + 1, end)
    return m


def _fullwidth_digit(ch: str) -> bool:
    return len(ch) == 1 and "０" <= ch <= "９"


# --- lists sharing the last number's unit ------------------------------------------------------

# One earlier number of a list that shares the unit of its last one, ending at the separator
# before the next number: "1.78、" or "7 个、" (each number of a 个百分点 list may keep its 个).
_LIST_ITEM = patterns.compile(
    rf"(?<![0-9.{CN_DIGITS}{SMALL_UNITS}])(?P<n>\d+(?:\.\d+)?|[{CN_DIGITS}{SMALL_UNITS}]+)"
    rf"(?P<ge>{SP}个)?{SP}(?P<sep>[、，,和及与]){SP}\Z"
)
LIST_CUE = "分别"
_MAX_LIST_ITEMS = 12


@dataclasses.dataclass(frozen=True)
class ListItem:
    """An earlier number of a list such as 分别增长1.81、1.78和1.57倍 (here 1.81 and 1.78)."""

    start: int
    end: int
    numeral: Numeral
    counted: bool  # written with 个 (7 个、): only a 个百分点 list has it
    comma: bool  # followed by a comma, which may be a thousands separator (1,200、300万元)


def list_before(text: str, pos: int) -> list[ListItem]:
    """The numbers listed right before `pos` (the last number's start), first item first; empty
    unless 分别 comes just before the first of them (an ordinary 、 list of unit-less numbers is
    something else: 1、2、3 marks, years, codes)."""
    items: list[ListItem] = []
    while len(items) < _MAX_LIST_ITEMS:
        m = _LIST_ITEM.search(text, max(0, pos - 24), pos)
        numeral = parse_numeral(m.group("n"), ranges=False) if m else None
        if m is None or numeral is None or numeral.value <= 0:
            break
        end = m.end("ge") if m.group("ge") else m.end("n")
        items.append(ListItem(m.start(), end, numeral, bool(m.group("ge")), m.group("sep") in "，,"))
        pos = m.start()
    if not items or LIST_CUE not in text[max(0, items[-1].start - 12) : items[-1].start]:
        return []
    return items[::-1]
