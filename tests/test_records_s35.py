"""Read in session 35: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.dims import project_model
from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()
# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _deals(text: str) -> list[tuple[tuple[str, ...], float | None]]:
    return [
        (tuple(d.projects), d.amounts[0].money.amount if d.amounts else None)
        for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals
    ]


# A project of a list told again in short — the scope in brackets left out, or its first words with a bare head —
# is the listed project: one deal with the full name and the amount told of it.
TOLD_AGAIN_IN_SHORT = [
    (
        "本次签约的2个项目分别是滨河路(东城段)项目和智能装备制造项目。其中，滨河路项目总投资8亿元。",
        [(("滨河路(东城段)项目",), 8e8), (("智能装备制造项目",), None)],
    ),
    (
        "此次签约的3个项目分别是环城北路(西段)改造项目、冷链物流园项目和电子信息产业园项目。其中，环城北路改造项目总投资6亿元。",
        [(("环城北路(西段)改造项目",), 6e8), (("冷链物流园项目",), None), (("电子信息产业园项目",), None)],
    ),
    (
        "此次簽約的項目包括石榴籽精深加工產業園、鄉村民宿集群等，其中，石榴籽項目總投資12億元。",
        [(("石榴籽精深加工產業園",), 1.2e9), (("鄉村民宿集群",), None)],
    ),
    # a phase or a number after the first words is another project, not the listed one told again
    (
        "签约项目包括光电产业园二期项目、物流中心项目。其中，光电产业园项目总投资5亿元。",
        [(("光电产业园二期项目",), None), (("物流中心项目",), None), (("光电产业园项目",), 5e8)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AGAIN_IN_SHORT)
def test_a_project_told_again_in_short(text: str, expected: list[tuple[tuple[str, ...], float | None]]) -> None:
    assert _deals(text) == expected


def _deals_with_investors(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], float | None]]:
    return [
        (tuple(d.projects), tuple(d.investors), d.amounts[0].money.amount if d.amounts else None)
        for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals
    ]


# A list of projects told item by item in the sentences after it, each with who owns it (X公司独资项目) and its amount:
# one deal per item with its investor and amount, however many sentences on; the owner's 独资项目 names no project.
LISTS_TOLD_ITEM_BY_ITEM = [
    (
        "本次签约的3个项目分别是城东污水处理厂项目、新能源电池项目和冷链物流园项目。城东污水处理厂项目为市水务集团有限公司"
        "独资项目，总投资3亿元；新能源电池项目为江苏恒泰电池有限公司独资项目，总投资20亿元；冷链物流园项目总投资8000万美元。",
        [
            (("城东污水处理厂项目",), ("市水务集团有限公司",), 3e8),
            (("新能源电池项目",), ("江苏恒泰电池有限公司",), 2e9),
            (("冷链物流园项目",), (), 8e7),
        ],
    ),
    (
        "本次签约项目有三个：智能制造产业园项目、数字经济中心项目、冷链物流园项目。智能制造产业园项目总投资15亿元。"
        "数字经济中心项目总投资6亿元。冷链物流园项目总投资9亿元。",
        [(("智能制造产业园项目",), (), 1.5e9), (("数字经济中心项目",), (), 6e8), (("冷链物流园项目",), (), 9e8)],
    ),
    (
        "其中，城北物流园项目为市交通投资集团有限公司独资项目，总投资6亿元。",
        [(("城北物流园项目",), ("市交通投资集团有限公司",), 6e8)],
    ),
    (
        "其中，年产10万吨铝型材项目为江苏华宇铝业有限公司独资项目，总投资6亿元。",
        [(("年产10万吨铝型材项目",), ("江苏华宇铝业有限公司",), 6e8)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_TOLD_ITEM_BY_ITEM)
def test_a_list_told_item_by_item(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...], float | None]]
) -> None:
    assert _deals_with_investors(text) == expected


def _currencies(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.currency) for m in _EXTRACT(text).mentions if m.type == "money"]


# A bare 元 on a page in traditional characters: a mainland page names its own province (貴州省…) or speaks as a province
# (全省, 省外資金), and its 元 stays CNY though it names 香港 once; a Taiwan or Hong Kong page naming a mainland province
# once keeps its own currency.
BARE_YUAN_IN_TRADITIONAL_TEXT = [
    (
        "貴州省招商大會上，貴州省與48家央企簽約項目226個，擬投資額4453.61億元，香港參展團亦到場。",
        [("4453.61億元", "CNY")],
    ),
    ("今年上半年，全省實際利用省外資金588.6億元，同比增長70.8%，香港、澳門投資者踴躍參與。", [("588.6億元", "CNY")]),
    ("經濟部投審會今日核准台商赴江蘇投資案，台南市廠商將斥資12億元擴建台南廠。", [("12億元", "TWD")]),
    ("香港特區政府宣佈，將投資50億元在九龍興建創科園，並與廣東合作。", [("50億元", "HKD")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_YUAN_IN_TRADITIONAL_TEXT)
def test_bare_yuan_in_traditional_text(text: str, expected: list[tuple[str, str]]) -> None:
    assert _currencies(text) == expected


def _metric_values(text: str) -> list[float]:
    return [
        m.value.amount if m.value_type == "money" else m.value.value
        for m in _EXTRACT(text, reference_date="2023-06-01").metrics
    ]


# What a project is to yield, its year's output named before the modal (年产值有望达, 年產值可達), and the openings it is to
# add (可增约3000个就业机会), are no statistics; a park's output told as its coming level (年产值将在…以上) and a place's
# figures of the period stay.
YIELDS_TO_COME = [
    ("海西石化新材料系列项目用地约1200亩，拟建设聚丙烯装置，年产值有望达90亿元、年税收7亿元。", []),
    ("溪南新材料项目总投资20亿元，年產值可達15億元。", []),
    ("南港物流园项目预计完成后可增约3000个就业机会。", []),
    ("全县工业园已形成装备制造、食品加工等产业集群，年产值将在30亿元以上。", [3e9]),
    ("1-9月，全市新增就业岗位1.2万个，实现工业产值300亿元。", [12000, 3e10]),
]


@pytest.mark.parametrize(("text", "expected"), YIELDS_TO_COME)
def test_yields_to_come_are_no_statistics(text: str, expected: list[float]) -> None:
    assert _metric_values(text) == expected


def _talent_with_persons(text: str) -> list[tuple[str | None, int | None, str | None, tuple[str, ...]]]:
    return [
        (t.category, getattr(t.count, "value", None), t.mode, tuple(t.persons))
        for t in _EXTRACT(text, reference_date="2023-06-01").talent
    ]


# People named and counted, then what they are made after 为 (认定/确定…等N人为…人才): the kind after 为 is the category,
# a mode word before it the mode, the names before the count the persons; a word of certifying anywhere in the sentence,
# or the names, say they are made so.
MADE_AS_AFTER_THE_COUNT = [
    (
        "省委、省政府确定张伟、李强等52人为我省引进海外高层次创新人才。",
        [("海外高层次创新人才", 52, "introduced", ("张伟", "李强"))],
    ),
    ("经评审，认定刘洋等15人为市级领军人才。", [("市级领军人才", 15, None, ())]),
    ("今年认定35人为市级高层次人才。", [("市级高层次人才", 35, None, ())]),
    (
        "省委、省政府确定，来自某集团有限公司的一批专家等64人为我省引进海外高层次创新人才。",
        [("海外高层次创新人才", 64, "introduced", ())],
    ),
    ("全市常住人口为120万人。", []),
]


@pytest.mark.parametrize(("text", "expected"), MADE_AS_AFTER_THE_COUNT)
def test_what_counted_people_are_made(
    text: str, expected: list[tuple[str | None, int | None, str | None, tuple[str, ...]]]
) -> None:
    assert _talent_with_persons(text) == expected


# A supply or purchase contract signed between firms is trade, not an investment: no deal of a firm signed so without a
# project or an amount; an investment agreement with a place stays the firm's signed deal.
TRADE_SIGNED = [
    ("万都汽车底盘系统有限公司与长安、长城两大汽车生产商签订供货协议。", []),
    ("上海通用汽车与美国通用汽车公司签订了整车、设备采购协议。", []),
    ("该公司已与国家电网、南方电网签订了长期供货合同。", []),
    ("县政府与江苏恒泰电池有限公司签订投资协议。", [((), ("江苏恒泰电池有限公司",), None)]),
]


@pytest.mark.parametrize(("text", "expected"), TRADE_SIGNED)
def test_trade_signed_is_no_deal(
    text: str, expected: list[tuple[tuple[str, ...], tuple[str, ...], float | None]]
) -> None:
    assert _deals_with_investors(text) == expected


def test_a_model_name_is_a_name_where_the_rules_find_it_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model names a list's items once; the rules find the first told again with its owner and amount."""
    text = "本次签约的项目有城东污水处理厂项目和新能源电池项目。城东污水处理厂项目为市水务集团有限公司独资项目，总投资3亿元。"
    first, second = text.index("城东污水处理厂项目"), text.index("新能源电池项目")
    monkeypatch.setattr(project_model, "model_spans", lambda doc: [(first, first + 9), (second, second + 7)])
    report = Extractor()(text, reference_date="2023-06-01")
    again = text.index("城东污水处理厂项目", first + 1)
    assert (again, "城东污水处理厂项目") in [(m.start, m.text) for m in report.mentions if m.type == "project"]
    assert [(d.projects, d.investors, [a.money.amount for a in d.amounts]) for d in report.deals] == [
        (["城东污水处理厂项目"], ["市水务集团有限公司"], [300000000]),
        (["新能源电池项目"], [], []),
    ]
