"""Session 14, deals round 2: examples of a counted class of projects (主要有 / 如 after 工业项目11个), a class after 等
that carries a degree, a size threshold, a quality, a slogan or several kinds, a district's area named inside a
site, quoted chain aims, and a firm signing an unnamed project's sum with a government. Sentences written for these
tests, from how such reports are worded across provinces and HK/TW/Macau."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

_LEAD = "3月18日，某市举行2024年一季度重大项目集中开工仪式。"


def _projects(text: str) -> list[tuple[str, str | None]]:
    return sorted((p, d.stage) for d in extract(_LEAD + text, reference_date="2024-06-30").deals for p in d.projects)


# Examples after a counted class of projects in the same clause group are projects of the lead's stage.
EXAMPLES_OF_A_CLASS: list[tuple[str, list[str]]] = [
    (
        "其中工业项目11个，年内计划完成投资10.1亿元，主要有华宇新材料年产5万吨锂电隔膜、鑫源铝业再生铝循环利用等。",
        ["华宇新材料年产5万吨锂电隔膜", "鑫源铝业再生铝循环利用"],
    ),
    (
        "此次开工的45个项目中，产业项目30个，科技含量高，如宏达智能装备产业园、金源生物医药研发中心等。",
        ["宏达智能装备产业园", "金源生物医药研发中心"],
    ),
    (
        "开工项目中，清洁能源项目6个，主要有华能200万千瓦风电、国投格尔木光伏储能等；"
        "城市基础设施项目15个，主要有昆仑路改造、城东供热管网等。",
        ["华能200万千瓦风电", "国投格尔木光伏储能", "昆仑路改造", "城东供热管网"],
    ),
    ("此次開工的項目中，產業項目28個，如台積電南科擴廠、聯電竹科新廠等。", ["台積電南科擴廠", "聯電竹科新廠"]),
    ("本次集中开工的项目中，民生项目12个，例如城北水厂扩建、新城实验学校等。", ["城北水厂扩建", "新城实验学校"]),
]


@pytest.mark.parametrize(("text", "names"), EXAMPLES_OF_A_CLASS)
def test_examples_of_a_counted_class(text: str, names: list[str]) -> None:
    assert _projects(text) == sorted((n, "started") for n in names)


# No class counted before 如 / 主要有: the words are no list of projects.
NOT_EXAMPLES: list[str] = [
    "今年全市共引进项目86个，主要有以下几类：一是产业项目，二是基础设施项目。",
    "各县区积极对接客商，如期完成年度目标。",
]


@pytest.mark.parametrize("text", NOT_EXAMPLES)
def test_no_examples_without_a_list(text: str) -> None:
    assert _projects(text) == []


# What stands between 等 and 项目 qualifies the class: the items before it are projects.
CLASSES_AFTER_DENG: list[tuple[str, list[str]]] = [
    ("今年新开工亿元以上项目58个，宁德时代储能电池等特别重大项目3个。", ["宁德时代储能电池"]),
    ("开工项目中，有衡钢特大口径连轧管等原地倍增、转型升级项目。", ["衡钢特大口径连轧管"]),
    (
        "此次集中开工钟鼓楼周边院落改造、菜市口西片区更新等12个城市更新项目。",
        ["钟鼓楼周边院落改造", "菜市口西片区更新"],
    ),
    ("会上开工了中科曙光算力中心、华为云创新中心等18个具有代表性的重大项目。", ["中科曙光算力中心", "华为云创新中心"]),
    ("全市开工恒达新材料产业园、泰丰食品加工等10亿元以上重大产业项目8个。", ["恒达新材料产业园", "泰丰食品加工"]),
    ("长安汽车河北基地、丰宁抽水蓄能电站等“央企入冀”项目相继开工。", ["长安汽车河北基地", "丰宁抽水蓄能电站"]),
]


@pytest.mark.parametrize(("text", "names"), CLASSES_AFTER_DENG)
def test_class_after_deng(text: str, names: list[str]) -> None:
    assert [p for p, _ in _projects(text)] == sorted(names)


# The class itself is no project: a 、 list of kinds, a quoted chain aim.
CLASS_NAMES: list[tuple[str, str]] = [
    ("开工项目中，有衡钢特大口径连轧管等原地倍增、转型升级项目。", "转型升级项目"),
    (
        "签约项目有涉及集成电路、低空经济等内容的“强链补链”项目，包括新能源智造基地等在内的标志性项目。",
        "“强链补链”项目",
    ),
    ("此次签约“补链延链”项目12个，总投资45亿元。", "“补链延链”项目"),
    ("聚焦城市更新行动落地，开工老旧小区综合整治等8个城市更新项目。", "老旧小区综合整治"),
]


@pytest.mark.parametrize(("text", "name"), CLASS_NAMES)
def test_class_is_no_project(text: str, name: str) -> None:
    assert name not in [p for p, _ in _projects(text)]


# An area of a site (片区) before another 区 word: the works there are one project, not a place's class.
SITE_AREAS: list[tuple[str, str]] = [
    ("下港片区棚户区改造建设项目总投资23.3亿元。", "下港片区棚户区改造建设项目"),
    ("东湖片区棚户区改造项目总投资18.5亿元。", "东湖片区棚户区改造项目"),
]


@pytest.mark.parametrize(("text", "name"), SITE_AREAS)
def test_site_area_works(text: str, name: str) -> None:
    assert name in [p for p, _ in _projects(text)]


# A firm signing an unnamed project's sum with a government or place: its investor deal, with the sum and the place.
SIGNED_SUMS: list[tuple[str, str, str, int]] = [
    (
        "推介会上，上海宜新实业集团有限公司与乌鲁木齐市沙依巴克区人民政府签订5亿元项目。",
        "上海宜新实业集团有限公司",
        "沙依巴克区",
        500_000_000,
    ),
    ("会上，赣州市章贡区人民政府与深圳华荣科技有限公司签订8亿元项目。", "深圳华荣科技有限公司", "章贡区", 800_000_000),
    ("天津远达新材料有限公司与河西区签约总投资6亿元的项目。", "天津远达新材料有限公司", "河西区", 600_000_000),
]


@pytest.mark.parametrize(("text", "firm", "place", "total"), SIGNED_SUMS)
def test_signed_sum_is_the_firms_deal(text: str, firm: str, place: str, total: int) -> None:
    deals = extract(text, reference_date="2024-06-30").deals
    got = [
        (d.investors, d.stage, d.place, next((a.money.amount for a in d.amounts if a.role == "total"), None))
        for d in deals
    ]
    assert got == [([firm], "signed", place, total)]


# Examples of a class counted by two stages at once (开竣工): deals with no single stage.
MIXED_CLASS_EXAMPLES: list[tuple[str, list[str]]] = [
    (
        "4月1日，泉州市举行重大项目集中开竣工活动。此次开竣工的605个项目中，产业项目501个，投资强度大，"
        "如泉港百宏新材料绿色化智能化技术改造、晋江恒逸新材料生产基地等。",
        ["泉港百宏新材料绿色化智能化技术改造", "晋江恒逸新材料生产基地"],
    ),
    (
        "上半年全区开竣工的86个项目中，工业项目52个，例如宏远智能装备产业园、鑫达铝材精深加工等。",
        ["宏远智能装备产业园", "鑫达铝材精深加工"],
    ),
]


@pytest.mark.parametrize(("text", "names"), MIXED_CLASS_EXAMPLES)
def test_examples_of_a_mixed_class(text: str, names: list[str]) -> None:
    deals = extract(text, reference_date="2024-06-30").deals
    assert sorted((p, d.stage) for d in deals for p in d.projects) == sorted((n, None) for n in names)
