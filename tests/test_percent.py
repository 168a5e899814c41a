"""percent mentions: sentence in the style of real reports -> every percent mention (text, value)."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.dims import percent
from dsz_extract.doc import Doc

# (text, value, value_max, unit, modifier)
Percent = tuple[str, float, float | None, str, str | None]


def found(sentence: str) -> list[Percent]:
    doc = Doc(sentence)
    mentions = percent.find(doc)
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
    return [(m.text, m.value.value, m.value.value_max, m.value.unit, m.value.modifier) for m in mentions]


PERCENT_SIGN = [
    ("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%。", [("16%", 16, None, "percent", None)]),
    (
        "计划投资额1187.77亿元，同比分别增长48.25%、188.66%。",
        [
            ("48.25%", 48.25, None, "percent", None),
            ("188.66%", 188.66, None, "percent", None),
        ],
    ),
    ("上半年，全区固定资产投资同比增长20.1%，列全市第5。", [("20.1%", 20.1, None, "percent", None)]),
    ("2023年前三季度，浙江省实际使用外资同比增长１２．５％。", [("１２．５％", 12.5, None, "percent", None)]),
    ("今年以来，高新区政务服务平台好评率达100%。", [("100%", 100, None, "percent", None)]),
    ("外贸进出口同比下降5.2%，降幅收窄。", [("5.2%", 5.2, None, "percent", None)]),
    ("规模以上工业增加值增速为-3.1%。", [("-3.1%", -3.1, None, "percent", None)]),
    ("实际使用外资增长负3.9%。", [("负3.9%", -3.9, None, "percent", None)]),
    ("服務業產值佔比52.3%，較去年提高。", [("52.3%", 52.3, None, "percent", None)]),
]

MODIFIERS_AND_RANGES = [
    ("安装伺服电机后，可节能30%以上。", [("30%以上", 30, None, "percent", "over")]),
    ("写字楼入住率约65%。", [("约65%", 65, None, "percent", "approx")]),
    ("民营企业贡献了超过50%的税收。", [("超过50%", 50, None, "percent", "over")]),
    ("外资企业占比近30%。", [("近30%", 30, None, "percent", "under")]),
    ("预计增长10%左右。", [("10%左右", 10, None, "percent", "approx")]),
    ("力争增长10%-15%。", [("10%-15%", 10, 15, "percent", None)]),
    ("力争增长10-15%。", [("10-15%", 10, 15, "percent", None)]),
    ("年均增长5%—8%。", [("5%—8%", 5, 8, "percent", None)]),
    ("增幅保持在10%至12%之间。", [("10%至12%", 10, 12, "percent", None)]),
]

CHINESE_FORMS = [
    ("高新技术产业产值占比达百分之四十五点二。", [("百分之四十五点二", 45.2, None, "percent", None)]),
    ("同比增長百分之十二點五。", [("百分之十二點五", 12.5, None, "percent", None)]),
    ("增速控制在百分之五至百分之八。", [("百分之五至百分之八", 5, 8, "percent", None)]),
    ("到位省外资金173.6亿元，占全市的四分之一以上。", [("四分之一以上", 25, None, "percent", "over")]),
    ("外资企业贡献了全市三分之一的税收。", [("三分之一", 33.3333, None, "percent", None)]),
    ("不良率控制在千分之二以内。", [("千分之二以内", 0.2, None, "percent", "under")]),
    ("群众满意度百分之百。", [("百分之百", 100, None, "percent", None)]),
]

POINTS = [
    ("增幅比一季度提高2.5个百分点。", [("2.5个百分点", 2.5, None, "percentage_point", None)]),
    ("服务业占比提高0.3个百分点。", [("0.3个百分点", 0.3, None, "percentage_point", None)]),
    ("增速回落两个百分点。", [("两个百分点", 2, None, "percentage_point", None)]),
    ("高于全省平均水平1.2個百分點。", [("1.2個百分點", 1.2, None, "percentage_point", None)]),
]

TENTHS = [
    ("省属国企数量压减三成以上。", [("三成以上", 30, None, "percent", "over")]),
    ("外地客商占七成。", [("七成", 70, None, "percent", None)]),
    ("新签约项目中制造业项目近三成。", [("近三成", 30, None, "percent", "under")]),
    ("近七成为民营企业。", [("近七成", 70, None, "percent", "under")]),
    ("一成不变的招商模式，公司一成立就。", []),
    ("三五成群的客商。", []),
    ("成套设备出口，三成半来自本地。", [("三成半", 35, None, "percent", None)]),
]

TIMES = [
    ("实际使用外资增长3倍。", [("3倍", 3, None, "times", None)]),
    ("性能提升了1倍。", [("1倍", 1, None, "times", None)]),
    ("进出口额增长1.5倍。", [("1.5倍", 1.5, None, "times", None)]),
    ("签约额增长2-3倍。", [("2-3倍", 2, 3, "times", None)]),
    ("到位资金增长3倍多。", [("3倍多", 3, None, "times", "over")]),
    ("企业市值翻倍增长。", [("翻倍", 1, None, "times", None)]),
    ("经济总量翻了一番。", [("翻了一番", 1, None, "times", None)]),
    ("力争实现翻两番。", [("翻两番", 3, None, "times", None)]),
    ("金属制造品利用外资翻了近两番。", [("翻了近两番", 3, None, "times", "under")]),
    ("出口额翻了超一番。", [("翻了超一番", 1, None, "times", "over")]),
    ("倍增计划。", []),
]

DISCOUNTS = [
    ("前三年厂房租金按五折收取。", [("五折", 50, None, "percent", None)]),
    ("标准厂房租金打8折。", [("8折", 80, None, "percent", None)]),
    ("人才公寓租金8.5折。", [("8.5折", 85, None, "percent", None)]),
    ("谈判一波三折，最终折合人民币5亿元。", []),
]

NOT_PERCENT = [
    ("访问 https://www.example.com/search?q=30%25%2020% 获取名单。", []),
    ("百分之二三十的企业。", []),
    ("增长一倍数。", []),
]

# A 分别 list whose last number carries the unit: every number takes it (one mention each).
SHARED_UNIT_LISTS = [
    (
        "分别增长1.81、1.78和1.57倍。",
        [
            ("1.81", 1.81, None, "times", None),
            ("1.78", 1.78, None, "times", None),
            ("1.57倍", 1.57, None, "times", None),
        ],
    ),
    (
        "到位资金增速最快，分别增长1.6和1.2倍。",
        [("1.6", 1.6, None, "times", None), ("1.2倍", 1.2, None, "times", None)],
    ),
    (
        "分别超过未入园项目 24个、7 个和4.8 个百分点。",
        [
            ("24个", 24, None, "percentage_point", None),
            ("7 个", 7, None, "percentage_point", None),
            ("4.8 个百分点", 4.8, None, "percentage_point", None),
        ],
    ),
    ("2020、2021年分别增长3倍。", [("3倍", 3, None, "times", None)]),
]

CASES = (
    PERCENT_SIGN
    + MODIFIERS_AND_RANGES
    + CHINESE_FORMS
    + POINTS
    + TENTHS
    + TIMES
    + DISCOUNTS
    + NOT_PERCENT
    + SHARED_UNIT_LISTS
)


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_percent_mentions(sentence: str, expected: list[Percent]) -> None:
    assert found(sentence) == expected


def test_percentage_points_are_not_counts() -> None:
    report = extract("服务业占比提高2个百分点。")
    assert [(m.type, m.text) for m in report.mentions if m.type in ("percent", "count")] == [("percent", "2个百分点")]
