"""The shared numeral layer: exact values, flags, modifier words and the regex fragments."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
import regex

from dsz_extract import numerals as nm
from dsz_extract.text import normalize

VALUES = [
    # Arabic, with scale units
    ("140.5亿", 14050000000),
    ("1187.77亿", 118777000000),
    ("39.5亿", 3950000000),
    ("1260万", 12600000),
    ("1234.4万", 12344000),
    ("4.78万亿", 4780000000000),
    ("1,100.9亿", 110090000000),
    ("2,356", 2356),
    ("0.3", 0.3),
    ("1.8万", 18000),
    ("3千", 3000),
    ("3千万", 30000000),
    # mixed Arabic and Chinese
    ("85亿7625万6000", 8576256000),
    ("1亿5000万", 150000000),
    ("3万4000", 34000),
    ("2千零30万", 20300000),
    ("100个亿", 10000000000),
    # Chinese
    ("三千万", 30000000),
    ("三点四亿", 340000000),
    ("一百五十二", 152),
    ("两千四百五", 2450),
    ("一千零一", 1001),
    ("四亿五千六百四十二万零一十五", 456420015),
    ("十五", 15),
    ("十", 10),
    ("二十", 20),
    ("一万三", 13000),
    ("九十二万四", 924000),
    ("两千三点一", 2300.1),
    ("百分之", None),
    ("一百二十点五", 120.5),
    ("两千万点五五四四", 20000000.5544),
    ("零点五", 0.5),
    ("四万万", 400000000),
    ("一万五千亿", 1500000000000),
    ("三百五十一万亿", 351000000000000),
    ("五兆六十二亿四万五千二", 5006200045200),
    # financial and traditional forms
    ("壹佰伍拾", 150),
    ("肆佰陸拾", 460),
    ("兩千四百五", 2450),
    ("五億零六", 500000006),
    ("拾萬零五十六", 100056),
    # round words without digits
    ("亿", 100000000),
    ("百亿", 10000000000),
    ("千万", 10000000),
    ("万亿", 1000000000000),
    # approximate markers inside the numeral
    ("30余万", 300000),
    ("十几万", 100000),
    ("一千五百零几万", 15000000),
    ("二十几万", 200000),
    # signs, fractions, k
    ("负10000", -10000),
    ("-22.5", -22.5),
    ("负四十五亿零四百零四万", -4504040000),
    ("二分之一", 0.5),
    ("四分之一", 0.25),
    ("3又一千分之23", 3.023),
    ("1 3/5", 1.6),
    ("40k", 40000),
    ("2e5", 200000),
    # malformed
    ("七十百", None),
    ("一二", None),
    ("", None),
    ("元", None),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_parse_number(text: str, expected: float | None) -> None:
    value = nm.parse_number(text) if text != "一二" else nm.parse_numeral(text, ranges=False)
    if expected is None:
        assert value is None
        return
    assert value is not None
    assert float(value) == pytest.approx(expected, rel=1e-12)


def test_decimal_arithmetic_is_exact() -> None:
    assert nm.parse_number("140.5亿") == Decimal("14050000000")
    assert nm.to_number(Decimal("14050000000.0")) == 14050000000
    assert isinstance(nm.to_number(Decimal("14050000000.0")), int)
    assert nm.to_number(Decimal("0.24")) == 0.24


JUXTAPOSED = [
    ("两三", 2, 3),
    ("三五", 3, 5),
    ("二三十", 20, 30),
    ("七八百万", 7000000, 8000000),
    ("一两", 1, 2),
]


@pytest.mark.parametrize(("text", "low", "high"), JUXTAPOSED)
def test_juxtaposed_digits_are_a_range(text: str, low: int, high: int) -> None:
    numeral = nm.parse_numeral(text)
    assert numeral is not None
    assert (numeral.value, numeral.value_max) == (low, high)
    assert nm.parse_numeral(text, ranges=False) is None


POSITIONAL = [
    # Taiwanese papers write numbers digit by digit (three digits or more; two juxtaposed digits are a range)
    ("一七〇一", 1701),
    ("三三八", 338),
    ("二兆五六九〇億", 2569000000000),
    ("一兆三七〇〇億", 1370000000000),
    ("十六萬二〇四一", 162041),
    ("九萬一六三八", 91638),
    ("二〇四一萬", 20410000),
]


@pytest.mark.parametrize(("text", "value"), POSITIONAL)
def test_runs_of_three_or_more_chinese_digits_are_positional(text: str, value: int) -> None:
    numeral = nm.parse_numeral(text)
    assert numeral is not None
    assert (numeral.value, numeral.value_max) == (value, None)


def test_digit_strings_only_when_asked() -> None:
    assert nm.parse_numeral("三八") is None
    numeral = nm.parse_numeral("三八", digit_strings=True)
    assert numeral is not None and numeral.value == 38


FLAGS = [
    # text, has_digit, has_big, arabic, modifier
    ("亿", False, True, False, None),
    ("百亿", False, True, False, None),
    ("十余", True, False, False, "over"),
    ("30余万", True, True, True, "over"),
    ("三千", True, False, False, None),
    ("1.5", True, False, True, None),
]


@pytest.mark.parametrize(("text", "has_digit", "has_big", "arabic", "modifier"), FLAGS)
def test_numeral_flags(text: str, has_digit: bool, has_big: bool, arabic: bool, modifier: str | None) -> None:
    numeral = nm.parse_numeral(text)
    assert numeral is not None
    assert (numeral.has_digit, numeral.has_big, numeral.arabic, numeral.modifier) == (
        has_digit,
        has_big,
        arabic,
        modifier,
    )


RANGES = [
    ("2", "3亿", 200000000),
    ("20", "30万", 200000),
    ("二十", "三十万", 200000),
    ("2", "3千万", 20000000),
    ("10亿", "20亿", 1000000000),
    ("5000万", "1亿", 50000000),
    ("10", "15", 10),
]


@pytest.mark.parametrize(("low", "high", "expected"), RANGES)
def test_range_start_takes_the_scale_of_the_second_number(low: str, high: str, expected: int) -> None:
    a, b = nm.parse_numeral(low), nm.parse_numeral(high)
    assert a is not None and b is not None
    assert nm.range_start(a, b) == expected


MODIFIER_WORDS = [
    ("超过", "over"),
    ("逾", "over"),
    ("突破", "over"),
    ("不少于", "over"),
    ("以上", "over"),
    ("余", "over"),
    ("多", "over"),
    ("近", "under"),
    ("不到", "under"),
    ("不足", "under"),
    ("以内", "under"),
    ("不超过", "under"),
    ("以下", "under"),
    ("约", "approx"),
    ("大约", "approx"),
    ("左右", "approx"),
    ("上下", "approx"),
    ("达到", None),
    (None, None),
]


@pytest.mark.parametrize(("word", "expected"), MODIFIER_WORDS)
def test_modifier_of(word: str | None, expected: str | None) -> None:
    assert nm.modifier_of(word) == expected


BEFORE = [
    # text, offset of the number, expected word before it
    ("投资约10亿元", 3, "约"),
    ("签约10亿元项目", 2, None),
    ("节约10亿元", 2, None),
    ("制约3家", 2, None),
    ("超过50亿元", 2, "超过"),
    ("不超过50亿元", 3, "不超过"),
    ("通过3家", 2, None),
    ("过百亿元", 1, "过"),
    ("近2亿欧元", 1, "近"),
    ("最近3家", 2, None),
    ("接近3成", 2, "接近"),
    ("数十家", 1, "数"),
    ("数据50", 2, None),
    ("上千名", 1, "上"),
    ("以上3家", 2, None),
    ("超 50亿元", 2, "超"),
]


@pytest.mark.parametrize(("text", "offset", "word"), BEFORE)
def test_modifier_before(text: str, offset: int, word: str | None) -> None:
    start, found = nm.modifier_before(text, offset)
    assert found == word
    assert start == (offset if word is None else text.index(word))


_NUMERAL_RE = regex.compile(nm.NUMERAL)

SPANS = [
    ("总投资140.5亿元", ["140.5亿"]),
    ("85亿7625万6000美元", ["85亿7625万6000"]),
    ("三点四亿美元", ["三点四亿"]),
    ("30余万元", ["30余万"]),
    ("百分之七十百分位", ["百", "七十"]),
    ("2023，2024", ["2023", "2024"]),
    ("1,234,567", ["1,234,567"]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_numeral_fragment_spans(text: str, spans: list[str]) -> None:
    assert [m.group() for m in _NUMERAL_RE.finditer(text)] == spans


def test_trie_alternation_matches_like_the_flat_one() -> None:
    words = ["元", "元人民币", "美元", "美金", "人民币", "元钱", "新台币", "台币"]
    trie = regex.compile(nm.trie_alternation(words))
    flat = regex.compile(nm.alternation(words))
    for text in ["元人民币", "美金", "新台币", "台币", "元钱", "元", "人民币元", "美"]:
        a, b = trie.match(text), flat.match(text)
        assert (a and a.group()) == (b and b.group()), text


def test_parse_accepts_the_normalised_view_of_fullwidth_text() -> None:
    assert nm.parse_number(normalize("１２３４．５億").text) == Decimal("123450000000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023", 2023),
        ("二〇二三", 2023),
        ("二零零四", 2004),
        ("十二", 12),
        ("二十一", 21),
        ("两千零四", 2004),
        ("一百零五", 105),
        ("三千二百一十", 3210),
        ("一0", 10),
        ("一千零十", 1010),
    ],
)
def test_cardinal(text: str, expected: int) -> None:
    assert nm.cardinal(text) == expected


def _plain_cardinals() -> list[str]:
    """Every plain cardinal below 10 000 in each way of writing it, and the digit strings of up to 3 digits."""
    d, t = "一二两三四五六七八九", "一二三四五六七八九"
    tens = [f"{x}十{y}" for x in ["", *t] for y in ["", *t]]
    below_hundred = [*tens, *(f"零{y}" for y in t)]
    hundreds = [f"{x}百{rest}" for x in d for rest in ["", *(r for r in below_hundred if r[:1] != "十")]]
    thousands = [
        f"{x}千{rest}" for x in d for rest in ["", *hundreds, *(f"零{r}" for r in [*t, *tens] if r[:1] != "十")]
    ]
    digit_strings = ["".join(p) for n in (1, 2, 3) for p in itertools.product("〇零一二三四五六七八九", repeat=n)]
    return [*t, *tens, *hundreds, *thousands, *digit_strings]


def test_cardinal_reads_plain_cardinals_as_cn2an_does() -> None:
    """The parser stands in for cn2an on these; any disagreement would change dates and phases."""
    cn2an = pytest.importorskip("cn2an")
    plain = _plain_cardinals()
    assert len(plain) > 10_000
    assert all(nm._PLAIN_CARDINAL.fullmatch(text) for text in plain)
    differ = [text for text in plain if nm.cardinal(text) != int(cn2an.cn2an(text, "smart"))]
    assert differ == []
