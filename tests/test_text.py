"""The text layer: decoding, the normalised view and its offsets, sentences and clauses."""

from __future__ import annotations

import codecs

import pytest

from dsz_extract.text import DecodeError, decode_bytes, normalize, split_clauses, split_sentences

SAMPLE = "聊城市1—4月份招商引资到位资金140.5亿元，同比增长16%。"


@pytest.mark.parametrize(
    ("data", "encoding", "warns"),
    [
        (SAMPLE.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig", False),
        (SAMPLE.encode("gb18030"), "gb18030", True),
        (SAMPLE.encode("gbk"), "gb18030", True),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16", True),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16", True),
        ("簽約項目總投資39.5億元".encode("big5"), "big5", True),
        ("臺灣新竹科學園區今年吸引外資簽約金額達新臺幣三百億元".encode("big5"), "big5", True),
    ],
)
def test_decode_bytes_names_the_encoding(data: bytes, encoding: str | None, warns: bool) -> None:
    decoded = decode_bytes(data, source="x.txt")
    if encoding:
        assert decoded.encoding == encoding
    assert ("簽約" in decoded.text) or decoded.text == SAMPLE
    assert bool(decoded.warnings) is warns
    if warns:
        assert decoded.warnings[0].startswith("decoded as ")


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 20,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 400 + bytes(range(1, 31)) * 10,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"\xfe\xff\x00\x00\x00",  # a UTF-16 byte-order mark, then an odd number of bytes (found by hypothesis)
    ],
)
def test_binary_input_is_an_error_naming_the_file(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data, source="reports/broken.bin")
    assert "reports/broken.bin" in str(info.value)


@pytest.mark.parametrize(
    ("original", "normalised"),
    [
        ("１２３４．５億元", "1234.5亿元"),
        ("增長１６％", "增长16%"),
        ("簽約項目總投資", "签约项目总投资"),
        ("ＡＢＣ公司", "ABC公司"),
        ("臺灣新臺幣３億元", "台湾新台币3亿元"),
        ("东昌府区招商", "东昌府区招商"),
        # an ASCII period between Chinese characters ends a sentence; a decimal point stays
        ("投资额为700亿元.短短16天", "投资额为700亿元。短短16天"),
        ("取得突破.其中,投资3.5亿元", "取得突破。其中,投资3.5亿元"),
        ("城.“三江", "城。“三江"),
        ("为历年少有.\n记者", "为历年少有。\n记者"),
        ("No.1号楼, U.S.", "No.1号楼, U.S."),
        # (session 30) a character OpenCC would write outside the Basic Multilingual Plane keeps the page's form
        ("(记者 李晛)", "(记者 李晛)"),
        ("記者 李晛", "记者 李晛"),
    ],
)
def test_normalised_view_keeps_one_char_per_char(original: str, normalised: str) -> None:
    view = normalize(original)
    assert view.text == normalised
    assert len(view.text) == len(original)
    assert view.span_to_original(0, len(original)) == (0, len(original))


def test_traditional_is_flagged_and_simplified_is_not() -> None:
    assert normalize("簽約項目").traditional
    assert not normalize("签约项目").traditional


def test_sentences_and_clauses_keep_offsets() -> None:
    text = "今年，全区新签约项目21个。“我们摒弃粗放式招商。”他说；下半年力争突破！\n第二段"
    sentences = split_sentences(text)
    pieces = [text[s.start : s.end] for s in sentences]
    assert pieces == ["今年，全区新签约项目21个。", "“我们摒弃粗放式招商。”", "他说；", "下半年力争突破！", "第二段"]
    clauses = split_clauses(text, sentences[0])
    assert [text[c.start : c.end] for c in clauses] == ["今年，", "全区新签约项目21个。"]


# The comma grouping the thousands of a figure is no clause break; a comma between figures is.
THOUSANDS_IN_CLAUSES = [
    (
        "逾81,000人已经到港,远超每年引入35,000名人才的目标。",
        ["逾81,000人已经到港,", "远超每年引入35,000名人才的目标。"],
    ),
    ("收到60,497个申请,47,681个获批。", ["收到60,497个申请,", "47,681个获批。"]),
    ("共引进1,234,567名人才。", ["共引进1,234,567名人才。"]),
    ("2020年,2021年均有增长。", ["2020年,", "2021年均有增长。"]),
    ("引进12,3名专家。", ["引进12,", "3名专家。"]),
    ("项目总投资3,5000万元。", ["项目总投资3,", "5000万元。"]),
]


@pytest.mark.parametrize(("text", "expected"), THOUSANDS_IN_CLAUSES)
def test_thousands_comma_keeps_a_clause_whole(text: str, expected: list[str]) -> None:
    sentence = split_sentences(text)[0]
    assert [text[c.start : c.end] for c in split_clauses(text, sentence)] == expected
