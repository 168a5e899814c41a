"""The evaluator behind `numerals.parse_numeral`: the `Numeral` it returns, the values of the numeral
characters, and the left-to-right reading of a tokenised Chinese numeral (digits, 十百千 inside a
section, 万亿兆 between sections, the elided place of 一万三).

Split from numerals.py, which keeps the regex fragments, the modifier words, the tokeniser and the
scan; this module knows nothing of text, only of tokens ((kind, token) pairs: "a" Arabic digits,
"c" Chinese digits, "s" a small unit, "b" a big unit, "m" 余/多/几, "g" 个).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .models import Modifier

_DIGIT_VALUES = {
    **dict.fromkeys("〇零", 0),
    **dict.fromkeys("一壹", 1),
    **dict.fromkeys("二贰两俩", 2),
    **dict.fromkeys("三叁", 3),
    **dict.fromkeys("四肆", 4),
    **dict.fromkeys("五伍", 5),
    **dict.fromkeys("六陆", 6),
    **dict.fromkeys("七柒", 7),
    **dict.fromkeys("八捌", 8),
    **dict.fromkeys("九玖", 9),
}
_SMALL_VALUES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_VALUES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "兆": Decimal(10) ** 12}
# 兆 is 10^12 as in Taiwan (and in Recognizers-Text); mainland reports hardly use it for amounts.


@dataclass(frozen=True)
class Numeral:
    """A parsed numeral. `value_max` is set for juxtaposed ranges (两三个, 二三十家)."""

    value: Decimal
    value_max: Decimal | None = None
    modifier: Modifier | None = None
    has_digit: bool = True  # False for round words without a digit: 亿, 百亿, 千万
    has_small: bool = False  # 十 百 千 inside
    has_big: bool = False  # 万 亿 兆 inside
    arabic: bool = False  # any Arabic digit inside
    unit: Decimal = Decimal(1)  # the top-level big unit (3000万 -> 10^4, 1.5万亿 -> 10^12)
    lead_scale: Decimal = Decimal(1)  # what multiplies the first digit group (3千万 -> 10^7)


class _Invalid(ValueError):
    pass


# Runs of this many Chinese digits or more are positional (三三八 = 338); two are a range (七八 = 7..8).
POSITIONAL_DIGITS = 3
_POSITIONAL = frozenset("〇一二三四五六七八九")


@dataclass
class _Atom:
    value: Decimal
    integer: Decimal
    single_cn_digit: bool  # one Chinese digit: the only atom that can fill an elided place (一万三)


def _atom(kind: str, tok: str) -> _Atom:
    if kind == "a":
        value = Decimal(tok)
        return _Atom(value, value.to_integral_value(rounding="ROUND_FLOOR"), False)
    integer_part, _, fraction_part = tok.partition("点")
    integer_digits = integer_part.lstrip("〇零")
    if len(integer_part) >= POSITIONAL_DIGITS and all(c in _POSITIONAL for c in integer_part):
        # Taiwanese papers write numbers digit by digit: 一七〇一家, 二兆五六九〇億元, 十六萬二〇四一個
        integer = Decimal("".join(str(_DIGIT_VALUES[c]) for c in integer_part))
        return _Atom(integer, integer, False)
    if len(integer_digits) > 1:
        raise _Invalid(f"digit string without units: {tok}")
    integer = Decimal(_DIGIT_VALUES[integer_digits]) if integer_digits else Decimal(0)
    fraction = Decimal("0." + "".join(str(_DIGIT_VALUES[c]) for c in fraction_part)) if fraction_part else Decimal(0)
    return _Atom(integer + fraction, integer, len(integer_part) == 1)


@dataclass
class _State:
    """Left-to-right evaluation: total (above the current big unit), section (below it), pending digit."""

    total: Decimal = Decimal(0)
    section: Decimal = Decimal(0)
    unit: Decimal = Decimal(1)
    pending: _Atom | None = None
    last_small: int | None = None
    prev_unit: Decimal = Decimal(0)
    zero_between: bool = False
    modifier: Modifier | None = None
    has_digit: bool = False
    has_small: bool = False
    has_big: bool = False
    arabic: bool = False
    atoms: int = 0
    lead_scale: Decimal = Decimal(1)  # units applied to the first digit group only
    lead_closed: bool = False

    def take_pending(self, *, last: bool = False) -> Decimal:
        atom, self.pending = self.pending, None
        if atom is None:
            return Decimal(0)
        if last and atom.single_cn_digit and not self.zero_between and self.prev_unit >= 100:
            # 一万三 = 13000, 两千三 = 2300, 九百九 = 990: the digit fills the next lower place.
            return atom.integer * self.prev_unit / 10 + (atom.value - atom.integer)
        return atom.value

    def digits(self, kind: str, tok: str) -> None:
        if kind == "c" and not tok.strip("〇零"):
            self.zero_between = True  # 一千零一, 2千零30万
            self.has_digit = True
            return
        if self.pending is not None:
            raise _Invalid("two digit groups in a row")
        self.lead_closed = self.atoms > 0
        self.pending = _atom(kind, tok)
        self.arabic = self.arabic or kind == "a"
        self.has_digit = True
        self.atoms += 1

    def small(self, tok: str) -> None:
        u = _SMALL_VALUES[tok]
        if self.last_small is not None and u >= self.last_small:
            raise _Invalid("small units out of order")
        if self.atoms == 0 and u == 10:
            self.has_digit = True  # 十五, 十余: a leading 十 is a digit
        n = self.take_pending() if self.pending is not None else Decimal(1)
        self.section += n * u
        self.last_small, self.prev_unit, self.zero_between, self.has_small = u, Decimal(u), False, True
        self._scale_lead(Decimal(u))

    def big(self, tok: str) -> None:
        big = _BIG_VALUES[tok]
        no_number = self.pending is None and self.section == 0
        value = self.section + self.take_pending()
        if no_number and self.total == 0:
            self.total, self.unit = big, big
        elif no_number:
            if big < self.unit:
                raise _Invalid("big unit out of order")
            self.total, self.unit = self.total * big, self.unit * big  # 万亿, 万万
        elif big > self.unit or self.total == 0:
            self.total, self.unit = (self.total + value) * big, big
        elif big < self.unit:
            self.total += value * big
        else:
            raise _Invalid("big unit repeated")
        self.section, self.last_small, self.prev_unit, self.zero_between = Decimal(0), None, big, False
        self.has_big = True
        self._scale_lead(big)

    def _scale_lead(self, factor: Decimal) -> None:
        if self.atoms == 1 and not self.lead_closed:
            self.lead_scale *= factor

    def finish(self) -> Numeral:
        value = self.total + self.section + self.take_pending(last=True)
        lead_scale = self.lead_scale if self.atoms else (value or Decimal(1))
        return Numeral(
            value,
            None,
            self.modifier,
            self.has_digit,
            self.has_small,
            self.has_big,
            self.arabic,
            self.unit,
            lead_scale,
        )


def _evaluate(tokens: list[tuple[str, str]]) -> Numeral:
    state = _State()
    for kind, tok in tokens:
        if kind in ("a", "c"):
            state.digits(kind, tok)
        elif kind == "s":
            state.small(tok)
        elif kind == "b":
            state.big(tok)
        elif kind == "m":
            state.modifier = "over"
        # 个 (100个亿) carries no value.
    return state.finish()
