"""Properties that hold for any input: extract() never raises, every offset is exact."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsz_extract import extract, pipeline

# Pieces that real reports are made of, so that the random strings hit the rules' paths.
PIECES = [
    "签约",
    "项目",
    "亿元",
    "万美元",
    "%",
    "％",
    "同比增长",
    "1—4月份",
    "上半年",
    "今年以来",
    "全市",
    "我区",
    "聊城市",
    "东昌府区",
    "有限公司",
    "集团",
    "总投资",
    "39.5",
    "１２３",
    "三点四",
    "百分之",
    "个",
    "家",
    "名",
    "、",
    "，",
    "。",
    "\n",
    "“",
    "”",
    "（",
    "）",
    "第二届",
    "大会",
    "书记",
    "孙奇宏",
    "億元",
    "簽約",
    "臺灣",
    "约",
    "超过",
    "近",
    "以上",
    "多",
    "余",
    "-",
    "至",
    "年",
    "月",
    "日",
    "季度",
    "十四五",
    "倍",
    "成",
]

pieces_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40).map("".join)


def assert_offsets_exact(text: str) -> None:
    report = extract(text, reference_date="2023-08-20")
    for mention in report.mentions:
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    for record in [*report.deals, *report.metrics, *report.talent]:
        ev = record.evidence
        assert text[ev.start : ev.end] == ev.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_unicode_string(text: str) -> None:
    assert_offsets_exact(text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces_text)
def test_strings_made_of_report_pieces(text: str) -> None:
    assert_offsets_exact(text)


# Spans as the passes make them: (start, length) pairs, empty ones included.
spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=12)


@dataclass
class _Span:
    start: int
    end: int
    tag: int


def _mentions(pairs: list[tuple[int, int]], first_tag: int) -> list[_Span]:
    return [_Span(start, start + length, first_tag + i) for i, (start, length) in enumerate(pairs)]


def _spans_of(mentions: list[_Span]) -> list[tuple[int, int, int]]:
    return [(m.start, m.end, m.tag) for m in sorted(mentions, key=lambda m: m.start)]


@settings(max_examples=400, deadline=None)
@given(spans, spans, st.booleans())
def test_adding_resolved_mentions_is_resolving_them_all(kept: list, added: list, as_a_pass: bool) -> None:
    """add_resolved (which sends only what overlaps through the rule) keeps what resolving everything keeps."""
    resolved = pipeline.resolve_overlaps(_mentions(kept, 0))
    new = _mentions(added, 100)
    if as_a_pass:  # a pass's usual output: disjoint, in order
        new = pipeline.resolve_overlaps(new)
    expected = _spans_of(pipeline.resolve_overlaps(resolved + new))
    assert _spans_of(pipeline.add_resolved(resolved, new)) == expected
