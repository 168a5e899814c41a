"""gazetteer.LongestMatches finds the leftmost-longest matches of a plain pyahocorasick automaton's
every match (not its iter_long, which drops a key that is the tail of a longer key begun), faster."""

from __future__ import annotations

import ahocorasick
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from dsz_extract import gazetteer
from dsz_extract.dims import _names, _place_scan
from dsz_extract.gazetteer import LongestMatches

KEYS = (
    "山东",
    "山东省",
    "东省",
    "济南",
    "济南市",
    "南市区",
    "高新区",
    "新区",
    "区",
    "开发区",
    "经济开发区",
    "台湾地区",
)


def plain(items: list[tuple[str, object]]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton(ahocorasick.STORE_ANY)
    for key, value in items:
        auto.add_word(key, (key, value))
    auto.make_automaton()
    return auto


def every(auto: ahocorasick.Automaton, text: str) -> list[tuple[int, object]]:
    return [(end, value) for end, (_key, value) in auto.iter(text)]


def leftmost_longest(auto: ahocorasick.Automaton, text: str) -> list[tuple[int, object]]:
    """The reference: at the first place a key starts, the longest one there, then on from its end."""
    found = sorted((end + 1 - len(key), -len(key), value) for end, (key, value) in auto.iter(text))
    out, free_from = [], 0
    for start, minus_length, value in found:
        if start >= free_from:
            free_from = start - minus_length
            out.append((free_from - 1, value))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("山东省济南市高新区", [(2, "山东省"), (5, "济南市"), (8, "高新区")]),
        ("在山东，济南的经济开发区", [(2, "山东"), (5, "济南"), (11, "经济开发区")]),
        ("abc 123 ！？", []),
        ("\ue000\ue001山东\ue001济南", [(3, "山东"), (6, "济南")]),  # the stand-ins themselves in the text
        ("𠀀山东𠀀省", [(2, "山东")]),  # characters beyond the BMP
        ("台湾地区与台湾", [(3, "台湾地区")]),
        ("南市区", [(2, "南市区")]),
        ("", []),
    ],
)
def test_iter_long_finds_the_longest_matches(text: str, expected: list[tuple[int, str]]) -> None:
    items = [(k, k) for k in KEYS]
    assert list(LongestMatches(items).iter_long(text)) == expected
    assert list(LongestMatches(items).iter_long(text)) == leftmost_longest(plain(items), text)


@pytest.mark.parametrize(
    ("items", "text"),
    [
        ([("山东", 1), ("山东", 2), ("东", 3)], "山东省山东"),  # a key given twice: the last value wins
        ([("区", -1), ("新区", 2), ("高新区", -3)], "高新区新区区"),
        ([("\ue000x", 1), ("y", 2)], "\ue000xy"),  # keys holding a stand-in: scanned without the trick
    ],
)
def test_values_and_overlaps_match_the_plain_automaton(items: list[tuple[str, int]], text: str) -> None:
    fast = LongestMatches(items)
    slow = plain(items)
    assert list(fast.iter_long(text)) == leftmost_longest(slow, text)
    assert list(fast.iter(text)) == every(slow, text)


_ALPHABET = "".join(sorted({c for k in KEYS for c in k})) + "，。的a1 \n\ue000\ue001𠀀"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=40))
def test_random_texts_match_the_plain_automaton(text: str) -> None:
    items = [(k, k) for k in KEYS]
    assert list(LongestMatches(items).iter_long(text)) == leftmost_longest(plain(items), text)
    assert list(LongestMatches(items).iter(text)) == every(plain(items), text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(sorted(gazetteer.get().surfaces())[:4000]) | st.text("的在和，。与市区县", max_size=3)))
def test_the_place_scan_matches_the_plain_automaton(parts: list[str]) -> None:
    text = "".join(parts)
    gaz = gazetteer.get()
    auto = gaz.automaton(_place_scan.EXTRA_KEYS)  # values are the keys
    found = sorted((end + 1 - len(key), -len(key)) for end, key in auto.iter(text))
    expected, free_from = [], 0
    for start, minus_length in found:
        if start >= free_from:
            free_from = start - minus_length
            expected.append((free_from - 1, text[start:free_from]))
    assert list(gaz._scanner(_place_scan.EXTRA_KEYS).iter_long(text)) == expected


@settings(max_examples=500, deadline=None)
@given(
    st.sets(st.text(alphabet="山东省济南市区新高", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="山东省济南市区新高，的", max_size=40),
)
def test_literal_matches_are_the_regex_alternations(words: set[str], text: str) -> None:
    expected = [m.span() for m in regex.finditer(_names.alternation(words), text)]
    assert _names.literal_matches(words, text) == expected
    tails = ("新区", "市区")
    expected = [m.span() for m in regex.finditer(rf"(?:{_names.alternation(words)})(?:新区|市区)?", text)]
    assert _names.literal_matches(words, text, tails) == expected


@pytest.mark.parametrize(
    ("words", "text", "spans"),
    [
        ({"张三", "张三丰"}, "张三丰和张三", [(0, 3), (4, 6)]),  # the longest at a start
        ({"南市", "济南市区"}, "济南市南市区", [(1, 3), (3, 5)]),  # one after another, none twice
        ({"ab", "bcde"}, "abcde", [(0, 2)]),  # the leftmost wins, even when a later one is longer
        (set(), "张三", []),
    ],
)
def test_literal_matches(words: set[str], text: str, spans: list[tuple[int, int]]) -> None:
    assert _names.literal_matches(words, text) == spans
