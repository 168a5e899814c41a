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
        [
            ("metrics", "indicator", "實際利用外資"),
            ("metrics", "place", "滨海新区"),
            ("metrics", "period", "2023-01/2023-06"),
        ],
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


# A report copied at a fixed width: lines broken inside words and numbers.
WRAPPED = (
    "现在，我代表县人民政府，向大会报告工作，请予审议，并请政协委员和其他列席人\n"
    "员提出意见。\n"
    "（一）县域经济较快发展，综合实力越来越强。2016年，预计全县生产总值34\n"
    "0亿元，比2012年增长47.7%；固定资产投资353.7亿元，增长125.1%；一般公共\n"
    "预算收入26.06亿元，增长39.8%；社会消费品零售总额106.3亿元，增长69.2%；\n"
    "城镇居民人均可支配收入29462元，增长43.7%。县域经济综合实力稳居全省前\n"
    "十强。\n"
)


def test_hard_wraps_are_the_breaks_inside_lines_of_the_page_width() -> None:
    from dsz_extract.dims._gloss import hard_wraps

    broken = [WRAPPED[s - 2 : s] + "|" + WRAPPED[e : e + 2] for s, e in hard_wraps(WRAPPED)]
    assert broken == ["席人|员提", "34|0亿", "公共|预算", "省前|十强"]


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph a line, as most pages are: no wraps
        "今年1-6月，全市实际利用外资3.2亿美元，同比增长12.3%。\n全市新签约项目38个，总投资39.5亿元。\n"
        "其中，工业项目21个。\n6月28日，全市举行重大项目集中签约仪式。\n",
        # short lines of a list
        "签约项目：\n比亚迪合肥基地二期项目\n蔚来第二先进制造基地\n国轩高科储能电池项目\n",
    ],
)
def test_pages_without_hard_wraps(text: str) -> None:
    from dsz_extract.dims._gloss import hard_wraps

    assert hard_wraps(text) == ()


def test_a_wrapped_page_is_read_whole() -> None:
    report = extract(WRAPPED, reference_date="2017-01-10")
    money = [(m.text, m.value.amount) for m in report.mentions if m.type == "money"]
    assert ("34\n0亿元", 34000000000) in money
    assert all(WRAPPED[m.start : m.end] == m.text for m in report.mentions)
    assert any(m.indicator == "生产总值" and m.value.amount == 34000000000 for m in report.metrics)
    assert any("hard line wraps" in w for w in report.warnings)
