"""phrase.Trim: what it strips, and that its first/last-character shortcut strips the same as the regexes alone."""

from __future__ import annotations

import copy

import pytest

from dsz_extract.records.metric_indicators import TRIM
from dsz_extract.records.phrase import EMPTY, Phrase, Trim

# (phrase, what the indicator trim keeps)
CASES = [
    ("其中签约项目", "签约项目"),
    ("累计完成固定资产投资", "固定资产投资"),
    ("全市实际使用外资累计完成", "实际使用外资"),
    ("一般公共预算收入达", "一般公共预算收入"),
    ("（一）引进项目", "引进项目"),
    ("1、招商引资到位资金", "招商引资到位资金"),
    ("二、新签约项目", "新签约项目"),
    ("，新开工项目，", "新开工项目"),
    ("重大项目集中", "重大项目"),
    ("税收收入(县级)", "税收收入(县级)"),
    ("外贸进出口总额\n", "外贸进出口总额\n"),  # a newline is no edge
    ("外贸进出口总额达\n", "外贸进出口总额"),  # $ stands before a final newline
    ("上半年签约", "上半年签约"),
    ("项目总投资约", "项目总投资"),
    ("工业投资占全社会投资比重", "工业投资占全社会投资比重"),
    ("已", None),
    ("的", None),
    ("", None),
    ("招商", "招商"),
    ("我市新引进企业也", "新引进企业"),
    ("2023年签约项目", "2023年签约项目"),
]


def _regexes_only(trim: Trim) -> Trim:
    """The same trim without the character shortcut: every edge goes through the regexes."""
    plain = copy.copy(trim)
    plain.lead_firsts = None
    plain.trail_lasts = None
    return plain


@pytest.mark.parametrize(("phrase", "kept"), CASES)
def test_trim_keeps_the_name(phrase: str, kept: str | None) -> None:
    found = TRIM(phrase, 0, len(phrase))
    assert (phrase[found.start : found.end] if found else None) == kept


@pytest.mark.parametrize(("phrase", "kept"), CASES)
def test_shortcut_strips_what_the_regexes_strip(phrase: str, kept: str | None) -> None:
    text = "前文。" + phrase + "后文"  # a phrase inside a page: the trim reads only its own span
    start, end = 3, 3 + len(phrase)
    assert TRIM(text, start, end) == _regexes_only(TRIM)(text, start, end)


def test_empty_word_lists_take_no_shortcut() -> None:
    trim = Trim(["共", ""], ["达"])
    assert trim.lead_firsts is None and trim.trail_lasts is None
    assert trim("了项目", 0, 3) == Phrase(1, 3)
    assert trim("共", 0, 1) == EMPTY
