"""The shortcuts of the session-15 speed work give what the work they spare gave: the counted-list scan
kept for the page's second ask, clause spans taken without a strip where nothing is to strip, and the
variant fold only where a variant is."""

from __future__ import annotations

import pytest

from dsz_extract.dims._project_counted_lists import counted_list_ends
from dsz_extract.text import Span, split_clauses, split_sentences, to_simplified


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("日本宇森、香港泉康、香港安必信3个外资项目", [15]),
        ("此次签约的伊利乳业、蒙牛乳业、光明乳业3个乳制品加工项目", [19]),
        ("包括宁德时代、比亚迪、国轩高科三大电池项目", [15]),
        ("开工、竣工17个亿元以上项目", []),  # a size class, not a count of the items
        ("甲公司、乙公司两个重大项目", []),  # a rank
        ("引进了甲、乙3个项目", []),  # two items, a count of three
        ("全年新签约项目120个", []),
    ],
)
def test_counted_list_ends_asked_twice(text: str, ends: list[int]) -> None:
    first = counted_list_ends(text)
    assert first == ends
    first.append(99)  # the kept scan is not the caller's list
    assert counted_list_ends(text) == ends


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("全市招商引资到位资金140.5亿元，同比增长16%。", ["全市招商引资到位资金140.5亿元，", "同比增长16%。"]),
        ("  签约项目32个， 总投资39.5亿元 。", ["签约项目32个，", "总投资39.5亿元 。"]),
        ("逾81,000人参加，其中：外籍专家1,234人", ["逾81,000人参加，", "其中：", "外籍专家1,234人"]),
        ("\u3000\u3000一、招商引资", ["一、招商引资"]),
        ("   ", []),
    ],
)
def test_clauses_are_stripped_of_white_space_at_their_edges(text: str, clauses: list[str]) -> None:
    spans = [c for s in split_sentences(text) for c in split_clauses(text, s)]
    assert [c.slice(text) for c in spans] == clauses
    assert all(isinstance(c, Span) for c in spans)


@pytest.mark.parametrize(
    ("text", "simplified"),
    [
        ("陜西省西安市", "陕西省西安市"),
        ("鄕鎮企業", "乡镇企业"),
        ("簽約項目總投資39.5億元", "签约项目总投资39.5亿元"),
        ("签约项目总投资39.5亿元", "签约项目总投资39.5亿元"),
        ("陕西", "陕西"),
    ],
)
def test_variant_forms_fold_only_where_they_are(text: str, simplified: str) -> None:
    assert to_simplified(text) == simplified
