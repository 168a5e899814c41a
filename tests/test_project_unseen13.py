"""Project names as unseen pages write them (session 13 probes): a site's area before its works, plants and data
centres, works told done, verbs and stray words before generic kinds, a building verb before a phase."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def projects(text: str) -> list[str]:
    return [m.text for m in extract(text, reference_date="2024-06-01").mentions if m.type == "project"]


# A site's area (校区, 景区, 片区, 港区 …) before 二期 / 提升 is no division naming a class: the works are one project.
SITE_AREAS = [
    ("总投资33亿元的贵州大学新校区二期工程开工。", ["贵州大学新校区二期工程"]),
    ("荔波樟江风景名胜区提升工程完工。", ["荔波樟江风景名胜区提升工程"]),
    ("总投资12亿元的荔波樟江风景区提升工程完工。", ["荔波樟江风景区提升工程"]),
    # a division or a government's level before generic words stays a class
    ("高新区重点工程全面开工。", []),
    ("开发区二期工程建设加快。", []),
    ("加快推进城市更新和老旧小区改造工程。", []),
]


@pytest.mark.parametrize(("text", "expected"), SITE_AREAS)
def test_a_sites_area_before_its_works(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A firm's plant named by its place or product, told invested in or built (its clause or the next); a data centre.
PLANTS = [
    ("鴻海高雄電動車電池廠預計2026年量產。", ["鴻海高雄電動車電池廠"]),
    ("日月光高雄K28新廠今日舉行動土典禮。", ["日月光高雄K28新廠"]),
    ("中粮集团青稞面包厂，国内100强项目落户城关。", ["中粮集团青稞面包厂"]),
    ("阿里巴巴西南云计算数据中心在成都天府新区落地，总投资30亿元。", ["阿里巴巴西南云计算数据中心"]),
    # a plant named by its place alone is the firm's site (the place tells the deal's place), a worker's factory,
    # a size or a verb before 厂, a pronoun before the facility: none
    ("台積電高雄廠舉行動土典禮，先進製程晶圓廠項目投資新臺幣3000億元。", ["先進製程晶圓廠項目"]),
    ("美光台中四廠投資新台幣5000億元，今年量產。", []),
    # ... a district after its city too, now the gazetteer reads 高雄|大社 (session 15)
    ("國巨集團高雄大社廠今日舉行上樑典禮，總投資新台幣80億元。", []),
    ("他曾在青岛啤酒厂工作。", []),
    ("其中不乏日月光、友達等大廠各砸約300億元。", []),
    ("冠好科技投資40億元擴廠。", []),
    ("台積電將斥資新台幣3000億元在高雄興建先進製程晶圓廠。", []),
    ("該廠擴建工程預計投資新台幣80億元。", []),
]


@pytest.mark.parametrize(("text", "expected"), PLANTS)
def test_plants_and_data_centres(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# Works without 项目 told done right after (完工, 全部机组, 下闸蓄水), also after 新建的 / …元的.
WORKS_DONE = [
    ("金沙江白鹤滩水电站全部机组投产发电。", ["金沙江白鹤滩水电站"]),
    ("新建的龙潭水库已下闸蓄水，总库容1.2亿立方米。", ["龙潭水库"]),
    ("总投资46亿元的鄂州花湖机场建成投运。", ["鄂州花湖机场"]),
    ("全市医院全部完工。", []),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_DONE)
def test_works_told_done(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A verb taking projects (服务, 通报, 支撑, 涉及 …) or a stray function word before generic words names no project.
VERBS_ON_GENERIC = [
    "新签约项目涉及基础设施项目、产业项目和社会事业项目。",
    "要一刻不耽误地服务项目落地。",
    "为有效支撑重大项目建设，全市新增建设用地2万亩。",
    "会议通报项目进度，分析招商形势。",
    "今年新开工项目中民生项目居多。",
    "本次活动共汇集优质项目120个。",
    "市发改委项目科负责人介绍了有关情况。",
    "积极推进“千企千项”技改项目，全年实施技改项目300个。",  # a numbered slogan, generic words, the head
    "“三大三新”重点项目加快推进。",
]


@pytest.mark.parametrize("text", VERBS_ON_GENERIC)
def test_verbs_before_generic_kinds_name_no_project(text: str) -> None:
    assert projects(text) == []


# A building verb before a phase alone stays in the name; a Taiwanese case told 昨舉行動土 is started.
VERB_BEFORE_PHASE = [
    ("中科台中園區擴建二期開發案昨舉行動土典禮。", ["中科台中園區擴建二期開發案"]),
    ("湛江钢铁基地改扩建三期工程开工。", ["湛江钢铁基地改扩建三期工程"]),
    ("新材料及高端装备产业园项目开工。", ["新材料及高端装备产业园项目"]),
    ("开工建设二期工程。", []),
    ("聯電南科P6廠擴建案已於上月動工。", ["聯電南科P6廠擴建案"]),
    # only announced: none
    ("南科台南園區第三期開發案將於明年動工。", []),
]


@pytest.mark.parametrize(("text", "expected"), VERB_BEFORE_PHASE)
def test_a_building_verb_before_a_phase(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A park told as where something lies is a place there; a project named after 位于…的 keeps its name.
LOCATED = [
    ("该公司总部位于深圳南山科技园。", []),
    ("位于西部(重庆)科学城的金凤实验室，自2022年以来快速发展。", []),
    ("项目位于孝感临空区的佳兆业·空港凤凰科技城。", ["佳兆业·空港凤凰科技城"]),
    ("预计12月将完成全部土建工程。", []),
    ("占地53亩的A区主体工程基本完成。", []),
]


@pytest.mark.parametrize(("text", "expected"), LOCATED)
def test_located_parks_and_parts_of_works(text: str, expected: list[str]) -> None:
    assert projects(text) == expected
