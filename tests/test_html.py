"""Report._repr_html_: parsed back with html.parser, the marks wrap exactly the mention texts."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from dsz_extract import extract
from dsz_extract.html import TYPE_COLOURS, render_report, value_text
from dsz_extract.models import MENTION_TYPES, Report

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))

VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "track", "embed"}


class Page(HTMLParser):
    """Collects the tags, the marks in the text (type, title, text) and the text as displayed."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.marks: list[dict[str, str]] = []
        self.text_parts: list[str] = []
        self.all_text: list[str] = []
        self._stack: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        attributes = dict(attrs)
        if tag not in VOID:
            self._stack.append((tag, attributes))
        if tag == "mark" and self._in_text():
            self.marks.append(
                {"type": attributes.get("data-type") or "", "title": attributes.get("title") or "", "text": ""}
            )

    def handle_endtag(self, tag: str) -> None:
        assert self._stack and self._stack[-1][0] == tag, f"</{tag}> does not close {self._stack[-1:]}"
        self._stack.pop()

    def handle_data(self, data: str) -> None:
        self.all_text.append(data)
        if self._in_text():
            self.text_parts.append(data)
            if self._stack[-1][0] == "mark":
                self.marks[-1]["text"] += data

    def _in_text(self) -> bool:
        return any(attrs.get("data-role") == "text" for _tag, attrs in self._stack)

    @property
    def text(self) -> str:
        return "".join(self.text_parts)


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    assert not page._stack, f"unclosed: {page._stack}"
    return page


TEXT = "2023年8月18日，东昌府区签约项目3个，总投资39.5亿元，同比增长16%。"


def mention(kind: str, needle: str, value: dict[str, Any], text: str = TEXT) -> dict[str, Any]:
    start = text.index(needle)
    return {"type": kind, "text": needle, "start": start, "end": start + len(needle), "value": value}


MENTIONS = [
    mention("date", "2023年8月18日", {"timex": "2023-08-18", "start": "2023-08-18", "end": "2023-08-18", "mod": None}),
    mention(
        "place",
        "东昌府区",
        {"name": "东昌府区", "level": "county", "adcode": "371502", "full_name": "山东省聊城市东昌府区"},
    ),
    mention("count", "3个", {"value": 3, "value_max": None, "unit": "个", "modifier": None}),
    mention("money", "39.5亿元", {"amount": 3950000000, "amount_max": None, "currency": "CNY", "modifier": None}),
    mention("percent", "16%", {"value": 16, "value_max": None, "unit": "percent", "modifier": None}),
]


def report(text: str | None = TEXT, mentions: list[dict[str, Any]] = MENTIONS, **extra: Any) -> Report:
    r = Report.model_validate({"doc_id": "t", "mentions": mentions, **extra})
    return r.with_text(text) if text is not None else r


def test_marks_wrap_exactly_the_mention_texts() -> None:
    page = parse(report()._repr_html_())
    assert [(m["type"], m["text"]) for m in page.marks] == [(m["type"], m["text"]) for m in MENTIONS]
    assert page.text == TEXT


def test_tooltips_give_type_and_normalised_value() -> None:
    page = parse(report()._repr_html_())
    assert [m["title"] for m in page.marks] == [
        "date: 2023-08-18 = 2023-08-18…2023-08-18",
        "place: 东昌府区, county, 371502, 山东省聊城市东昌府区",
        "count: 3 个",
        "money: 3950000000 CNY · 39.5亿元",
        "percent: 16 percent",
    ]


def test_each_type_has_its_own_colour_and_a_legend_entry() -> None:
    assert set(TYPE_COLOURS) == set(MENTION_TYPES)
    assert len(set(TYPE_COLOURS.values())) == len(TYPE_COLOURS)
    html = report()._repr_html_()
    page = parse(html)
    legend = [t for t in page.all_text if t in MENTION_TYPES]
    assert legend[: len(MENTION_TYPES)] == list(MENTION_TYPES)
    assert f"background:{TYPE_COLOURS['money']}" in html


def test_no_javascript_and_input_is_escaped() -> None:
    text = 'A<script>alert("x")</script>&amp; 东昌府区 <b>39.5亿元</b> "q"'
    mentions = [
        mention("place", "东昌府区", {"name": "东昌府区", "level": "county"}, text),
        mention("org", "<script>", {"name": '<script>"', "kind": "other"}, text),
    ]
    html = report(text, mentions, warnings=["<script>bad()</script>"], title="<i>t</i>")._repr_html_()
    page = parse(html)
    assert "script" not in page.tags
    assert "<i>t</i>" in page.all_text  # the title reads as text, not as markup
    assert "<script" not in html.lower()
    assert page.text == text  # the text reads back exactly, entities and all
    assert [(m["type"], m["text"]) for m in page.marks] == [("org", "<script>"), ("place", "东昌府区")]
    assert page.marks[0]["title"] == 'org: <script>", other'
    assert "<script>bad()</script>" in "".join(page.all_text)


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("𠀋𠀋东昌府区投资5亿元", ["东昌府区", "5亿元"]),  # characters outside the BMP: offsets are code points
        ("🙂聊城市\n\n莘县签约", ["聊城市", "莘县"]),
        ("東昌府區簽約項目", ["東昌府區"]),
    ],
)
def test_offsets_are_code_points(text: str, needles: list[str]) -> None:
    mentions = [mention("place", n, {"name": n, "level": "county"}, text) for n in needles]
    page = parse(report(text, mentions)._repr_html_())
    assert [m["text"] for m in page.marks] == needles
    assert page.text == text


def test_mentions_that_do_not_fit_the_text_are_left_unmarked_and_counted() -> None:
    good = mention("money", "39.5亿元", {"amount": 3950000000, "currency": "CNY"})
    wrong_text = {**good, "text": "40亿元"}
    out_of_range = {**good, "start": 500, "end": 506}
    overlapping = {
        **good,
        "type": "count",
        "start": good["start"] + 1,
        "end": good["end"] + 1,
        "text": TEXT[good["start"] + 1 : good["end"] + 1],
    }
    overlapping["value"] = {"value": 1, "unit": "个"}
    html = report(TEXT, [good, wrong_text, out_of_range, overlapping])._repr_html_()
    page = parse(html)
    assert [m["text"] for m in page.marks] == ["39.5亿元"]
    assert "3 mention(s) not marked" in html
    assert page.text == TEXT


def test_without_text_the_mentions_are_listed() -> None:
    html = report(text=None)._repr_html_()
    page = parse(html)
    assert page.marks == []
    assert "The text was not kept" in html
    assert "39.5亿元" in page.all_text and "3950000000 CNY · 39.5亿元" in page.all_text


def test_records_and_warnings_are_shown_as_tables() -> None:
    deal = {
        "projects": ["颐高集团数字经济产业园项目", "银丰生物生命科学产业园项目"],
        "project_count": 2,
        "place": "东昌府区",
        "amounts": [{"role": "total", "money": {"amount": 3950000000, "currency": "CNY"}}],
        "stage": "signed",
        "evidence": {"start": 0, "end": 5, "text": "现场签约……"},
    }
    metric = {
        "indicator": "招商引资到位资金",
        "value_type": "money",
        "value": {"amount": 14050000000, "currency": "CNY"},
        "yoy": {"value": 16, "unit": "percent"},
        "evidence": {"start": 0, "end": 5, "text": "到位资金……"},
    }
    talent = {
        "category": "院士",
        "count": {"value": 6, "unit": "人"},
        "mode": "flexible",
        "evidence": {"start": 0, "end": 3, "text": "柔性引"},
    }
    html = report(deals=[deal], metrics=[metric], talent=[talent], warnings=["decoded as gb18030"])._repr_html_()
    page = parse(html)
    cells = page.all_text
    assert page.tags.count("table") == 3
    for expected in (
        "deals (1)",
        "metrics (1)",
        "talent (1)",
        "颐高集团数字经济产业园项目、银丰生物生命科学产业园项目",
    ):
        assert expected in cells, expected
    for expected in (
        "total: 3950000000 CNY · 39.5亿元",
        "14050000000 CNY · 140.5亿元",
        "16 percent",
        "6 人",
        "flexible",
        "decoded as gb18030",
    ):
        assert expected in cells, expected


def test_a_report_without_records_has_no_tables() -> None:
    assert "<table" not in report()._repr_html_()


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("money", {"amount": 3950000000, "currency": "CNY"}, "3950000000 CNY · 39.5亿元"),
        ("money", {"amount": 3950000000.0, "currency": "CNY"}, "3950000000 CNY · 39.5亿元"),
        (
            "money",
            {"amount": 200000000, "amount_max": 300000000, "currency": "CNY"},
            "200000000–300000000 CNY · 2亿元–3亿元",
        ),
        ("money", {"amount": 10000000000, "currency": "CNY", "modifier": "over"}, "10000000000 CNY (over) · 100亿元"),
        ("money", {"amount": 12.5, "currency": "USD", "modifier": "approx"}, "12.5 USD (approx) · 12.5美元"),
        ("percent", {"value": 2.5, "unit": "percentage_point"}, "2.5 percentage_point"),
        ("percent", {"value": -3.2, "unit": "percent"}, "-3.2 percent"),
        ("count", {"value": 400, "unit": "名", "modifier": "over"}, "400 名 (over)"),
        ("date", {"timex": "XXXX-08-18"}, "XXXX-08-18"),
        (
            "date",
            {"timex": "2023", "start": "2023-01-01", "end": "2023-12-31", "mod": "END"},
            "2023 = 2023-01-01…2023-12-31 END",
        ),
        ("place", {"name": "全市", "level": "city", "anaphor": True}, "全市, city, anaphor"),
        ("org", {"name": "颐高集团", "kind": "group"}, "颐高集团, group"),
        (
            "person",
            {"name": "崔俊杰", "title": "总经理", "affiliation": "山东华跃新能源有限公司"},
            "崔俊杰, 总经理, 山东华跃新能源有限公司",
        ),
        ("project", {"name": "智慧冷链产业园"}, "智慧冷链产业园"),
        ("event", {"name": "第二届江北水城双招双引大会"}, "第二届江北水城双招双引大会"),
    ],
)
def test_value_text(kind: str, value: dict[str, Any], expected: str) -> None:
    assert value_text(kind, value) == expected


def test_render_report_takes_a_dict_and_its_text() -> None:
    r = report()
    assert render_report(r.model_dump(mode="json"), TEXT) == r._repr_html_()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_real_reports_mark_every_mention(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    r = extract(text, reference_date="2023-08-20", doc_id=seed.stem)
    page = parse(r._repr_html_())
    assert [(m["type"], m["text"]) for m in page.marks] == [(m.type, m.text) for m in r.mentions]
    assert page.text == text
    assert "script" not in page.tags
