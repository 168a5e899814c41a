"""Robustness: any bytes or text, a 1 MB line, a batch of every bad input."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsz_extract import extract
from dsz_extract.batch import Settings, process_file, run_batch, text_of
from dsz_extract.models import Report
from dsz_extract.text import DecodeError
from dsz_extract.timelimit import time_limit

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))


def assert_grounded(report: Report, text: str) -> None:
    """Every offset lies in the text and cuts out exactly what the report says."""
    for mention in report.mentions:
        assert 0 <= mention.start <= mention.end <= len(text), mention
        assert text[mention.start : mention.end] == mention.text, mention
    for record in [*report.deals, *report.metrics, *report.talent]:
        evidence = record.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text), record
        assert text[evidence.start : evidence.end] == evidence.text, record


# --- any input ------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_fail_with_a_named_decode_error(data: bytes) -> None:
    try:
        text, _warnings = text_of(data, "reports/any.txt")
    except DecodeError as exc:
        assert "reports/any.txt" in str(exc)
        return
    assert_grounded(extract(text, reference_date="2023-08-20"), text)


# Any code point a Python str can hold, lone surrogates included (text decoded with
# errors="surrogateescape" has them), mixed with CJK so the Chinese rules run too.
ANY_CHARACTER = st.characters(exclude_categories=()) | st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ANY_CHARACTER, max_size=300))
def test_any_python_string_is_extracted_with_exact_offsets(text: str) -> None:
    assert_grounded(extract(text, reference_date="2023-08-20"), text)


# Pieces of report language, in long runs: runs are where quadratic matching shows.
RUN_PIECES = ["亿", "1", "签约", "、", "第", "0.", "1,", "%", "项目", "有限公司", "（", "年", "月", "一", "万元", "省"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(RUN_PIECES) | st.text(max_size=2), st.integers(1, 120)), max_size=12))
def test_texts_of_long_runs_are_extracted_with_exact_offsets(runs: list[tuple[str, int]]) -> None:
    text = "".join(piece * times for piece, times in runs)
    with time_limit(10):  # hypothesis names the runs of a failing example
        report = extract(text, reference_date="2023-08-20")
    assert_grounded(report, text)


# Statistics sentences put together from the parts reports combine: subjects, a lead word and values of
# any type. Random characters seldom make a well-formed figure list; these do, and the records read them.
# (A count shared by a list after 分别 once crashed: 清华大学、北京大学分别设立3个博士后工作站.)
SUBJECTS = [
    "德州、滨州",
    "德州市和滨州市",
    "工业园区、物流园区",
    "清华大学、北京大学",
    "甲县、乙县、丙县",
    "两市",
    "制造业、服务业",
]
LEADS = [
    "分别",
    "分别为",
    "分别增长",
    "分别下降",
    "分别达到",
    "分别新增",
    "分别有",
    "为",
    "分别占",
    "同比分别增长",
    "分别超过",
]
VALUES = [
    "3个",
    "5亿元",
    "20%",
    "1.2倍",
    "3个百分点",
    "10人",
    "2家",
    "3.5亿美元",
    "12个、8个",
    "5亿元、3亿元",
    "20%和3家",
]
OPENINGS = ["", "上半年，", "1-10月，", "今年以来，全市", "2023年，"]
ENDINGS = ["。", "，同比增长12%。", "，总投资39.5亿元。", "，分别增长5%、6%。", ""]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(*(st.sampled_from(part) for part in (OPENINGS, SUBJECTS, LEADS, VALUES, ENDINGS))), max_size=3)
)
def test_statistics_sentences_of_any_shape_give_grounded_records(sentences: list[tuple[str, ...]]) -> None:
    text = "".join("".join(parts) for parts in sentences)
    assert_grounded(extract(text, reference_date="2023-08-20"), text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_html_page_gives_a_report_or_an_error_record(tmp_path_factory: pytest.TempPathFactory, body: str) -> None:
    path = tmp_path_factory.mktemp("html") / "page.html"
    path.write_text(f"<html><head><title>标题</title></head><body><article><p>{body}</p></article></body></html>")
    outcome = process_file(str(path), Settings())
    assert outcome.ok or outcome.error is not None
    if outcome.ok:
        assert json.loads(outcome.line or "")["source"] == str(path)


# --- a 1 MB line (growth guards are in test_growth.py) ---------------------------------------------


@pytest.fixture(scope="module")
def warm() -> None:
    """Load everything lazy (dictionaries, tokenizer) before anything is timed."""
    extract(SEEDS[0].read_text(encoding="utf-8"), reference_date="2023-08-20")


def test_one_megabyte_on_a_single_line(warm: None) -> None:
    seed = "".join(path.read_text(encoding="utf-8").replace("\n", "") for path in SEEDS)
    text = seed * (1_000_000 // len(seed.encode("utf-8")) + 1)
    assert "\n" not in text and len(text.encode("utf-8")) >= 1_000_000
    with time_limit(300):
        report = extract(text, reference_date="2023-08-20")
    assert_grounded(report, text)


# --- one batch with every kind of bad input ---------------------------------------------------------

GOOD = "2023年8月18日，聊城市东昌府区现场签约项目3个，总投资39.5亿元，同比增长16%。"
TRADITIONAL = "臺中市政府今年上半年招商簽約項目15個，總投資額達新臺幣120億元，較去年同期成長25%。"
HTML = (
    "<html><head><meta charset='{charset}'><title>合肥高新区签约仪式 - 合肥新闻网</title></head><body>"
    "<nav>首页 | 新闻 | 专题</nav><article><h1>合肥高新区举行重点项目集中签约仪式</h1>"
    "<p>2024年3月6日，合肥高新区举行重点项目集中签约仪式，共签约项目18个，总投资126.8亿元。</p>"
    "<p>其中，超过10亿元的项目5个，涉及集成电路、新能源汽车和生物医药等产业，预计年产值超过200亿元。</p>"
    "</article><footer>版权所有 合肥新闻网</footer></body></html>"
)


def bad_input_folder(folder: Path) -> dict[str, bytes]:
    files = {
        "good.txt": GOOD.encode("utf-8"),
        "good-bom.txt": codecs.BOM_UTF8 + GOOD.encode("utf-8"),
        "gb18030.txt": GOOD.encode("gb18030"),
        "utf16le.txt": codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"),
        "utf16be.txt": codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"),
        "traditional-utf8.txt": TRADITIONAL.encode("utf-8"),
        "traditional-big5.txt": TRADITIONAL.encode("big5"),
        "fullwidth.txt": "全市招商引资到位资金１４０．５亿元，同比增长１６％。".encode(),
        "page.html": HTML.format(charset="utf-8").encode("utf-8"),
        "page-gbk.htm": HTML.format(charset="gbk").encode("gb18030"),
        "script-only.html": b"<html><head><script>var page = 1;</script></head><body><div></div></body></html>",
        "empty.txt": b"",
        "whitespace.txt": " \n\t\u3000\n".encode(),
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
        "elf.md": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 300 + bytes(range(1, 31)) * 10,
        "too-large.txt": (GOOD * 400).encode("utf-8"),
    }
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


def test_a_batch_of_every_bad_input_kind(tmp_path: Path) -> None:
    files = bad_input_folder(tmp_path / "in")
    output = tmp_path / "reports.jsonl"
    inputs = [str(tmp_path / "in"), str(tmp_path / "missing.txt")]
    summary = run_batch(
        inputs, output, jobs=2, settings=Settings(max_bytes=20_000), progress=False, stderr=io.StringIO()
    )

    errors = {Path(e["file"]).name: e for e in map(json.loads, (tmp_path / "reports.errors.jsonl").open())}
    assert {name: e["exception"] for name, e in errors.items()} == {
        "binary.txt": "DecodeError",
        "elf.md": "DecodeError",
        "too-large.txt": "InputTooLarge",
        "missing.txt": "FileNotFoundError",
    }
    assert all(name in e["reason"] for name, e in errors.items())
    assert (summary.failed, summary.extracted) == (4, len(files) - 3)

    reports = {Path(r["source"]).name: r for r in map(json.loads, output.open(encoding="utf-8"))}
    assert set(reports) == set(files) - {"binary.txt", "elf.md", "too-large.txt"}
    for name, data in files.items():
        if name in reports:
            text, _ = text_of(data, name)
            assert_grounded(Report.model_validate(reports[name]), text)
    warnings = {name: report["warnings"] for name, report in reports.items()}
    # a page without a publication date says which year its dates were given; nothing else is said of good files
    undated = "no reference date: dates without a year take 2023, the latest year the page states as its own"
    assert warnings["good.txt"] == warnings["good-bom.txt"] == [undated]
    assert warnings["gb18030.txt"][0] == "decoded as gb18030"
    assert warnings["utf16le.txt"][0] == warnings["utf16be.txt"][0] == "decoded as utf-16"
    assert warnings["traditional-big5.txt"][0] == "decoded as big5"
    assert any("traditional" in w for w in warnings["traditional-utf8.txt"])
    assert any("offsets point into the extracted text" in w for w in warnings["page.html"])
    assert any("offsets point into the extracted text" in w for w in warnings["page-gbk.htm"])
    assert any("no main text" in w for w in warnings["script-only.html"])
    assert any("empty input" in w for w in warnings["empty.txt"])
    assert any("empty input" in w for w in warnings["whitespace.txt"])
    assert reports["page.html"]["title"] == reports["page-gbk.htm"]["title"] == "合肥高新区举行重点项目集中签约仪式"


def test_html_main_text_leaves_navigation_out() -> None:
    text, warnings = text_of(HTML.format(charset="utf-8").encode("utf-8"), "news/page.html")
    assert text.splitlines()[0] == "合肥高新区举行重点项目集中签约仪式"
    assert "总投资126.8亿元" in text
    assert "首页" not in text and "版权所有" not in text
    assert warnings == [
        "html: main text extracted with trafilatura; offsets point into the extracted text, not the HTML"
    ]
