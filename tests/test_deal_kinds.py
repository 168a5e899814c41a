"""Kinds of projects a report sorts its projects into are no deals (records/deal_kinds.py); named projects
beside them, or listed after the same verbs, still are. Sentences written for the class, not taken from pages."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# sentence → the projects of the deals expected (in order)
KINDS: list[tuple[str, list[list[str]]]] = [
    ("此次集中开工的项目涉及基础设施项目、产业项目、社会事业项目等多个领域。", []),
    ("签约项目涵盖新能源项目、新材料项目、现代服务业项目等领域。", []),
    ("新开工项目中民生项目居多，占比超过四成。", []),
    ("本次集中签约涉及城市综合体、写字楼、星级酒店等城市建设项目15个，总投资约71亿元。", []),
    ("簽約項目涉及工業項目、文旅項目、城建項目等類別。", []),
    ("其中，省际项目到位资金28亿元，实际利用外资1000万美元。", []),
    ("2024年上海杨浦重大项目签约仪式举行。", []),
    ("全县先后举行了产业类项目、民生类项目集中开工仪式。", []),
    # named projects after the same verbs, or beside a kind, stay deals
    (
        "本次签约项目涵盖兴山通用航空机场、蜂蜜小镇产业综合开发等10个招商引资签约项目。",
        [["兴山通用航空机场"], ["蜂蜜小镇产业综合开发"]],
    ),
    (
        "新开工项目中民生项目居多，县人民医院综合楼项目、城南污水处理厂项目即将开工建设。",
        [["县人民医院综合楼项目"], ["城南污水处理厂项目"]],
    ),
    ("总投资10亿元的新能源电池项目签约落户。", [["新能源电池项目"]]),
]


@pytest.mark.parametrize(("sentence", "expected"), KINDS)
def test_kinds_of_projects_are_no_deals(sentence: str, expected: list[list[str]]) -> None:
    deals = extract(sentence, reference_date="2023-12-20").deals
    assert [d.projects for d in deals] == expected


# named examples of a counted class of projects by size (等4个重特大项目): one deal each, the total is the class's
SIZE_CLASS: list[tuple[str, list[tuple[str, int | None]]]] = [
    (
        "我区举行重特大项目集中签约仪式，现场签约淮安健康科技城、淮安恒大运河梦都、琦威汽车配件等4个重特大项目，计划总投资额"
        "达320亿元。",
        [("淮安健康科技城", None), ("淮安恒大运河梦都", None), ("琦威汽车配件", None)],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SIZE_CLASS)
def test_examples_of_a_size_class(sentence: str, expected: list[tuple[str, int | None]]) -> None:
    deals = extract(sentence, reference_date="2023-12-20").deals
    got = [(d.projects[0], next((a.money.amount for a in d.amounts if a.role == "total"), None)) for d in deals]
    assert got == expected


# classes outlets name by role or kind close a list of named projects too (等12个链主型项目, 等补链强链项目)
CLASS_WORDS = ["链主型", "标志性", "总部经济类", "补链强链", "大好高", "牵引性", "亿元以上", "重特大"]


@pytest.mark.parametrize("word", CLASS_WORDS)
def test_lists_closed_by_a_class_word(word: str) -> None:
    sentence = f"现场签约华润健康城、恒大运河梦都、琦威汽车配件等12个{word}项目，总投资达320亿元。"
    deals = extract(sentence, reference_date="2023-12-20").deals
    assert [(d.projects, d.amounts) for d in deals] == [
        (["华润健康城"], []),
        (["恒大运河梦都"], []),
        (["琦威汽车配件"], []),
    ]


# trades or investor kinds before such a class are no projects
@pytest.mark.parametrize(
    "sentence",
    [
        "签约新材料、现代农业、中药材加工等科技型项目12个。",
        "聚焦上市公司、龙头企业等链主型项目开展招商。",
        "引进了云计算、大数据等新兴业态类项目。",
    ],
)
def test_trades_before_a_class_word_are_no_projects(sentence: str) -> None:
    assert extract(sentence, reference_date="2023-12-20").deals == []
