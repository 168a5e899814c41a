"""Deal and project wordings of the round-2 probes for the HK–HN pages (written for the classes, not taken from
pages): a list reported as pushed on (A、B等一批项目加快推进，) leaves the next list's stage its own; talks under way
(正在洽谈) are planned and an intent or agreement reached (达成投资意向, 达成协议) is signed; a list left open by a
bare 等 before the total names examples (the total is the group's); classes of projects (平台经济项目, 民间投资项目,
『4567』产业项目, 各级各类…创业园, …160余家) and lists of places (京山市、沙洋县…28个项目) name no project.
Read end to end (names by dims/project.py, deals by records/deals.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from test_project import extracted_projects

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# sentence → (projects, stage) of each deal expected, in order
PUSHED_THEN_REACHED: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "华为云数据中心、比亚迪电池等一批重点项目加快推进，宁德时代基地、隆基光伏产业园等一批重大项目建成投产。",
        [("宁德时代基地", "completed"), ("隆基光伏产业园", "completed")],
    ),
    (
        "恒力石化、万华化学等重点项目顺利推进，中石化炼化一体化工程、巴斯夫精细化工项目等相继开工。",
        [("中石化炼化一体化工程", "started"), ("巴斯夫精细化工项目", "started")],
    ),
    (
        "奇瑞零部件、江淮新能源等项目稳步推进；蔚来汽车基地、国轩高科电池项目等先后签约。",
        [("蔚来汽车基地", "signed"), ("国轩高科电池项目", "signed")],
    ),
    (
        "今年以来，正大饲料、牧原养殖等一批项目持续推进，温氏家禽产业园、新希望乳业基地等一批重大项目已开工建设。",
        [("温氏家禽产业园", "started"), ("新希望乳业基地", "started")],
    ),
    # an intention over the list of its own clause stays one
    (
        "加快推进华为云数据中心、比亚迪电池基地等项目开工建设。",
        [("华为云数据中心", "planned"), ("比亚迪电池基地", "planned")],
    ),
]

TALKS_AND_INTENTS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "南安县总投资3亿元的石材加工园、新能源电池生产线等4个项目正在洽谈中。",
        [("石材加工园", "planned"), ("新能源电池生产线", "planned")],
    ),
    (
        "康县计划投资2亿元的食用菌基地、中药材加工厂等3个项目已达成投资意向。",
        [("食用菌基地", "signed"), ("中药材加工厂", "signed")],
    ),
    ("广河县香菇生产加工、牛羊屠宰厂等5个项目初步达成协议。", [("香菇生产加工", "signed"), ("牛羊屠宰厂", "signed")]),
    # 在洽谈会上 is an event, no talks under way
    ("在洽谈会上，双方签约了江苏恒瑞医药产业园项目。", [("江苏恒瑞医药产业园项目", "signed")]),
]

# sentence → the projects of the deals, each without an amount
OPEN_LISTS: list[tuple[str, list[str]]] = [
    (
        "本次签约项目包括长沙智能制造产业园、比亚迪西南总部、宁德新能源基地等，总投资达320亿元。",
        ["长沙智能制造产业园", "比亚迪西南总部", "宁德新能源基地"],
    ),
    ("集中签约的项目包括奥克斯家电基地、海天调味品基地等，协议总投资88亿元。", ["奥克斯家电基地", "海天调味品基地"]),
    (
        "本次签约的项目包括成都航空产业园、天府数字港等，总投资超过200亿元，涵盖航空、数字经济等领域。",
        ["成都航空产业园", "天府数字港"],
    ),
]

# sentences naming classes or places, no project
NO_PROJECT: list[str] = [
    "在此次第二批集中开工重大项目中，民间投资项目个数占比51.9%。",
    "东西产业合作项目签约",
    "平台经济项目招商专班、冰雪经济项目招商专班等几个专班储备的220个招商项目。",
    "低空经济项目和银发经济项目成为招商重点。",
    "黑龙江省把『4567』产业项目作为招商引资的主攻方向。",
    "全国已建成各级各类留学人员创业园160余家。",
    "京山市、沙洋县先后有28个项目集中开工或签约，总投资百亿元。",
    "海沧区、集美区共有15个项目开工。",
    # a batch by its ordinal, and a plan's numbered aims in quotes
    "海南自贸区第五批建设项目集中开工。",
    "海南省第五批建设项目集中开工。",
    "聚焦打造“三高地两基地”，突破性发展“五大优势产业”。",
    "建设“一核两翼三基地”。",
]

# names that stay projects next to those classes
STILL_PROJECTS: list[tuple[str, list[str]]] = [
    ("该市引进了数字经济产业园项目，总投资5亿元。", ["数字经济产业园项目"]),
    ("总投资3亿元的低空经济产业园项目开工建设。", ["低空经济产业园项目"]),
    ("南安石材园、晋江鞋业基地等12个项目集中签约。", ["南安石材园", "晋江鞋业基地"]),
    ("签约“一带一路”物流基地项目。", ["“一带一路”物流基地项目"]),
    ("落户“两岸一家亲”产业园。", ["“两岸一家亲”产业园"]),
    # a mill's or farm's capacity is no amount: it stays inside the name
    ("总投资6亿元的新东茂纺织科技有限公司3万锭亚麻纺纱项目正式投产。", ["新东茂纺织科技有限公司3万锭亚麻纺纱项目"]),
    ("总投资1.2亿元的20万锭紧密纺项目开工。", ["20万锭紧密纺项目"]),
    ("该县新建年出栏100万羽肉鸡养殖基地，总投资2亿元。", ["年出栏100万羽肉鸡养殖基地"]),
]


def _deals(text: str) -> list[tuple[str, str]]:
    return [(p, d.stage) for d in extract(text, reference_date="2023-12-20").deals for p in d.projects]


@pytest.mark.parametrize(("text", "expected"), PUSHED_THEN_REACHED + TALKS_AND_INTENTS)
def test_stage_of_each_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert _deals(text) == expected


@pytest.mark.parametrize(("text", "expected"), OPEN_LISTS)
def test_open_list_names_examples_without_the_total(text: str, expected: list[str]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [p for d in deals for p in d.projects] == expected
    assert all(len(d.projects) == 1 and not d.amounts for d in deals)


@pytest.mark.parametrize("text", NO_PROJECT)
def test_classes_and_places_are_no_projects(text: str) -> None:
    assert extracted_projects(text) == []


@pytest.mark.parametrize(("text", "expected"), STILL_PROJECTS)
def test_named_projects_stay(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# a project named only as the site of the event, its place in brackets before the verb, is no deal
VENUES: list[str] = [
    "集中开工签约活动日前在威特低碳制造业产业园项目现场(海口美安科技新城内)举行。",
    "签约仪式在恒力石化产业园项目现场（大连长兴岛）隆重举行。",
    "签约仪式在恒力石化产业园项目现场举行。",
]


@pytest.mark.parametrize("text", VENUES)
def test_a_venue_is_no_deal(text: str) -> None:
    assert extract(text, reference_date="2023-12-20").deals == []
