"""percent mentions: shares, rates and multiples, normalised to a number of percent.

Forms (one combined pattern over `doc.norm`), value in percent unless stated:

- 16%, -5%, 负3.9%, 10%-15%, 10-15% (range), 70%以上;
- 百分之三十五点五, 百分之十至十五; per mille and smaller (千分之2.4 -> 0.24, 万分之三 -> 0.03);
  small fractions (三分之一 -> 33.33…, 四分之一以上 -> 25 over: the share in 占全市的四分之一以上);
- N个百分点 -> unit percentage_point;
- N成 -> N×10 (三成以上 -> 30 over, 三成半 -> 35, 七成六 -> 76, 半成 -> 5);
- N倍 -> unit times, value N as written (增长3倍 -> 3); 翻番 / 翻倍 / 翻一番 -> times 1, 翻两番 -> 3,
  翻N番 -> 2^N − 1, i.e. the increase expressed like 增长N倍 (翻了近两番 -> 3 under);
- discounts: 八折 -> 80, 75折 -> 75, 9.9折 -> 99, 三八折 -> 38, 打对折 / 半折 -> 50.

A 分别 list whose last number carries the unit gives every number that unit (分别增长1.81、1.78和
1.57倍; 分别超过 24个、7 个和4.8 个百分点): one mention per number, as the contract asks.

The sign belongs to the records (同比下降5% is a mention with value 5); only a written minus
(-5%, 负5%) makes the value negative.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import numerals as nm
from .. import patterns
from ..doc import Doc
from ..models import PercentValue

# 成 that starts a word is not "tenths": 一成不变, 一成立就, 三五成群, 成套, 成效, 成都 … Kept short on
# purpose: 七成员工, 七成本地企业, 近七成为民营企业 are shares.
CHENG_NOT_BEFORE = "立功果群套型效片都"  # 都: 之一成都地铁 (成都, the city)
# 折 that starts a word is not a discount: 折合, 折算, 折旧 …
ZHE_NOT_BEFORE = "合算旧叠返线射价现扣让腾服中页痕断纸"

_NUM = nm.NUMERAL
_SP = nm.SP
_SEP = nm.RANGE_SEP
_K = rf"(?P<k1>{_SP}[kK](?![A-Za-z]))?"
_DEN = rf"(?<![{nm.NUMERAL_CHARS}])(?:[二三四五六七八九十两]|[百千万佰仟](?:{_SP}[百千万佰仟])*)"
_FRACTION_OF = rf"{_SP}分{_SP}之{_SP}"
_POINTS = rf"{_SP}个?{_SP}百{_SP}分{_SP}点"
_CN_TENTH = "一二三四五六七八九"
_NOT_AFTER_TENTH = rf"[{nm.CN_DIGITS}{nm.SMALL_UNITS}{nm.BIG_UNITS}个家项名人位次批户场成年月日天%]"

_CHENG = (
    rf"成(?![{CHENG_NOT_BEFORE}]|不变)"
    rf"(?:{_SP}(?P<half>半)|{_SP}(?P<tenth>[{_CN_TENTH}])(?!{_NOT_AFTER_TENTH})|(?P<more>多))?"
)
# The pattern starts at the numeral (or 百分之, 翻, 对折); a modifier word before it (超过, 近) is
# looked up per match (numerals.modifier_before).
_PATTERN = patterns.compile(
    rf"(?:(?P<full>百分百)"
    rf"|(?P<frac>(?P<den>{_DEN}){_FRACTION_OF}(?P<n1>{_NUM}){_K}(?:{_SEP}(?:{_DEN}{_FRACTION_OF})?(?P<n2>{_NUM}))?)"
    rf"|(?P<fan>翻了?{_SP}(?P<fmod>将近|接近|近|超过|超)?{_SP}(?:(?P<fn>[一两二三四五六七八九十]){_SP}番|番|倍)(?P<more>多)?)"
    rf"|(?P<halfzhe>(?<=打)对折|半折)|(?P<halfcheng>半成)"
    rf"|(?P<sign>负|(?<![\d%.])[-−])?(?P<n1>{_NUM}){_K}"
    rf"(?:(?:{_SP}(?:%|{_POINTS}|成|倍))?{_SEP}(?P<n2>{_NUM}))?{_SP}"
    rf"(?:(?P<pct>%)|(?P<pts>{_POINTS})|(?P<cheng>{_CHENG})|(?P<bei>倍(?!数)(?P<more>多)?)"
    rf"|(?P<zhe>折(?![{ZHE_NOT_BEFORE}]))))"
    rf"(?:{_SP}(?P<post>{nm.POST_MODIFIER}))?"
)
_URL = patterns.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+")

_HUNDRED = Decimal(100)
_TEN = Decimal(10)


_SHARED_UNITS = ("times", "percentage_point")


def find(doc: Doc) -> list[Any]:
    text = doc.norm
    urls = [m.span() for m in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    found = nm.scan(_PATTERN, text, lambda m: _mention(doc, m, urls), doc.original)
    return sorted(found + _shared_unit_lists(doc, found), key=lambda m: m.start)


def _shared_unit_lists(doc: Doc, found: list[Any]) -> list[Any]:
    """The earlier numbers of 分别增长1.81、1.78和1.57倍: mentions with the last number's unit."""
    added = []
    taken = [(m.start, m.end) for m in found]
    for last in found:
        if last.value.unit not in _SHARED_UNITS or last.value.value_max is not None:
            continue
        # the normalised view keeps the original's offsets
        for item in nm.list_before(doc.norm, last.start):
            if any(s < item.end and item.start < e for s, e in taken):
                continue
            value = PercentValue(value=nm.to_number(item.numeral.value), unit=last.value.unit)
            added.append(doc.make("percent", item.start, item.end, value))
    return added


def _mention(doc: Doc, m: Any, urls: list[tuple[int, int]]) -> Any | None:
    if any(s <= m.start() < e for s, e in urls):
        return None  # 30%25 inside a link is URL escaping
    reading = _read(m)
    if reading is None:
        return None
    value, value_max, unit, inner = reading
    if value_max is not None and value_max <= value:
        return None
    start, pre_word = nm.modifier_before(doc.norm, m.start())
    pre = nm.modifier_of(pre_word)
    post = nm.modifier_of(m.group("post"))
    percent = PercentValue(
        value=nm.to_number(value),
        value_max=None if value_max is None else nm.to_number(value_max),
        unit=unit,
        modifier=nm.first_modifier(pre, post, inner),
    )
    return doc.make("percent", start, m.end(), percent)


_Reading = tuple[Decimal, Decimal | None, str, Any]


def _read(m: Any) -> _Reading | None:
    """(value, value_max, unit, modifier inside the numeral) for whichever form matched."""
    if m.group("full") or m.group("halfzhe"):
        return (_HUNDRED if m.group("full") else Decimal(50)), None, "percent", None
    if m.group("halfcheng"):
        return Decimal(5), None, "percent", None
    if m.group("fan"):
        return _doubling(m)
    n1, n2 = _numerals(m, digit_strings=bool(m.group("zhe")))
    if n1 is None or (m.group("n2") and n2 is None):
        return None
    more = "over" if m.group("more") else None
    inner = nm.first_modifier(n1.modifier, more)
    low, high = _bounds(n1, n2)
    if m.group("sign") and not (m.group("pct") or m.group("pts")):
        return None  # -3倍 is not a form; the scan retries without the sign
    if m.group("pct"):
        return (-low if m.group("sign") else low), high, "percent", inner
    if m.group("frac"):
        return _fraction(m, low, high, inner)
    if m.group("pts"):
        return (-low if m.group("sign") else low), high, "percentage_point", inner
    if not n1.has_digit:
        return None  # 百倍, 千成: not written as a number
    if m.group("cheng"):
        return _tenths(m, n1, low, high, inner)
    if m.group("bei"):
        return low, high, "times", inner
    if m.string[m.start("n1") - 1 : m.start("n1")] == "波":
        return None  # 一波三折
    return _discount(n1)


def _numerals(m: Any, *, digit_strings: bool) -> tuple[nm.Numeral | None, nm.Numeral | None]:
    n1 = nm.parse_numeral(m.group("n1") + (m.group("k1") or ""), digit_strings=digit_strings, ranges=False)
    n2 = nm.parse_numeral(m.group("n2"), ranges=False) if m.group("n2") else None
    return n1, n2


def _bounds(n1: nm.Numeral, n2: nm.Numeral | None) -> tuple[Decimal, Decimal | None]:
    if n2 is None:
        return n1.value, None
    return nm.range_start(n1, n2), n2.value


def _fraction(m: Any, low: Decimal, high: Decimal | None, inner: Any) -> _Reading | None:
    den = nm.parse_numeral(m.group("den"))
    if den is None or den.value == 0:
        return None
    factor = _HUNDRED / den.value
    return _tidy(low * factor), None if high is None else _tidy(high * factor), "percent", inner


def _tidy(value: Decimal) -> Decimal:
    """三分之一 is 33.3333, not 33.33333333333333333333333333."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -12:
        return value.quantize(Decimal("0.0001"))
    return value


def _tenths(m: Any, n1: nm.Numeral, low: Decimal, high: Decimal | None, inner: Any) -> _Reading | None:
    if not 0 < n1.value <= _TEN or (high is not None and high > _TEN):
        return None
    value = low * _TEN
    if m.group("half"):
        value += 5
    elif m.group("tenth"):
        if n1.value != n1.value.to_integral_value():
            return None
        value += "一二三四五六七八九".index(m.group("tenth")) + 1
    return value, None if high is None else high * _TEN, "percent", inner


def _doubling(m: Any) -> _Reading:
    """翻番 / 翻倍 / 翻一番 double (increase by 1×); 翻两番 quadruples (3×): 2^N − 1."""
    times = 1
    if m.group("fn"):
        numeral = nm.parse_numeral(m.group("fn"))
        times = int(numeral.value) if numeral is not None else 1
    return Decimal(2**times - 1), None, "times", "over" if m.group("more") else nm.modifier_of(m.group("fmod"))


def _discount(n: nm.Numeral) -> _Reading | None:
    """八折 = 80%, 8.5折 = 85%, 75折 = 75%, 三八折 = 38%; 十折 and 十八折 are not discounts."""
    v = n.value
    if v <= 0 or n.has_small or n.has_big:
        return None
    if v < _TEN:
        return v * _TEN, None, "percent", None
    if _TEN < v < _HUNDRED and v == v.to_integral_value():
        return v, None, "percent", None
    return None
