"""Pages with pinyin glosses after their characters (增長(zhǎng), 濱海新區(qū)), as some mirror sites serve
them: the whole pipeline reads them without the glosses, and every span points back into the page as written
(a span keeps the glosses inside it and the one after its last character); names and values stay gloss-free."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

# (page text, mentions as (type, text), records as (kind, a field, its value))
GLOSSED: list[tuple[str, list[tuple[str, str]], list[tuple[str, str, Any]]]] = [
    (
        "2023年1-6月，濱海新區(qū)實際利用外資3.2億美元，同比增長(zhǎng)12.3%。",
        [("date", "2023年1-6月"), ("place", "濱海新區(qū)"), ("money", "3.2億美元"), ("percent", "12.3%")],
        [("metrics", "indicator", "實際利用外資"), ("metrics", "place", "滨海新区"), ("metrics", "period", "2023-01/2023-06")],
    ),
    (
        "3月1日，金山云數(shù)據(jù)中心項目、天津中電創(chuàng)新園項目集中開工。",
        [("date", "3月1日"), ("project", "金山云數(shù)據(jù)中心項目"), ("project", "天津中電創(chuàng)新園項目")],
        [("deals", "projects", ["金山云數據中心項目"]), ("deals", "stage", "started"), ("deals", "date", "2023-03-01")],
    ),
]


@pytest.mark.parametrize(("text", "mentions", "records"), GLOSSED)
def test_pages_with_glosses_are_read_whole(
    text: str, mentions: list[tuple[str, str]], records: list[tuple[str, str, Any]]
) -> None:
    report = extract(text, reference_date="2023-07-10")
    assert [(m.type, m.text) for m in report.mentions] == mentions
    assert all(text[m.start : m.end] == m.text for m in report.mentions)
    for kind, field, value in records:
        first = getattr(report, kind)[0]
        assert getattr(first, field) == value
        assert text[first.evidence.start : first.evidence.end] == first.evidence.text
    assert any("pinyin glosses" in w for w in report.warnings)


def test_a_page_without_glosses_is_read_as_it_is() -> None:
    report = extract("2023年1-6月，滨海新区实际利用外资3.2亿美元（约合人民币23亿元）。", reference_date="2023-07-10")
    assert not any("pinyin glosses" in w for w in report.warnings)
    assert [m.text for m in report.mentions if m.type == "money"] == ["3.2亿美元", "约合人民币23亿元"]
