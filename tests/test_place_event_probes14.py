"""Probes of session 14 (names14): places and events in sentences written for the test, not from the corpus."""

from __future__ import annotations

import pytest

from dsz_extract.extractor import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.level) for m in extract(text).mentions if m.type == "place"]


def _events(text: str) -> list[str]:
    return [m.text for m in extract(text).mentions if m.type == "event"]


# A river's bank or a mountain's foot by its direction is one region named as written; the province the
# scan would read across the landform's edge (珠|江西|岸, 黄|河南|岸) is none.
LANDFORM_PARTS = [
    ("珠海位于珠江西岸，是重要节点城市。", [("珠海", "city"), ("珠江西岸", "region")]),
    ("打造珠江西岸先进装备制造产业带。", [("珠江西岸", "region")]),
    ("廣東珠海位於珠江西岸。", [("廣東珠海", "city"), ("珠江西岸", "region")]),
    ("黄河南岸的企业加快转型。", [("黄河南岸", "region")]),
    ("太行山东麓的县市联合招商。", [("太行山东麓", "region")]),
    ("湘江西岸新城建设提速。", [("湘江西岸", "region")]),
    ("长江西岸的港口吞吐量增长。", [("长江西岸", "region")]),
    ("江西南昌签约项目12个。", [("江西南昌", "city")]),
    ("河南郑州举行招商活动。", [("河南郑州", "city")]),
]


@pytest.mark.parametrize(("text", "expected"), LANDFORM_PARTS)
def test_landform_parts_are_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


# A meeting named by its scope and topic is the one held when the venue stands between it and the verb of
# holding (全省招商引资大会|在济南|召开), as when the verb follows right away; a ceremony of a works' stage has
# its 动工 / 竣工 / 开竣工 activity forms.
HELD_MEETINGS = [
    ("全省招商引资大会在济南召开。", ["全省招商引资大会"]),
    ("全区招商引资大会在拉萨召开。", ["全区招商引资大会"]),
    ("全省招商引资工作会议于成都举行。", ["全省招商引资工作会议"]),
    ("全市招商引资大会召开。", ["全市招商引资大会"]),
    ("中山市举行2024年一季度重大项目集中动工活动。", ["2024年一季度重大项目集中动工活动"]),
    ("泉州市举行2025年第一季度重大项目集中开竣工活动。", ["2025年第一季度重大项目集中开竣工活动"]),
    ("各地定期召开招商引资大会。", []),
]


@pytest.mark.parametrize(("text", "expected"), HELD_MEETINGS)
def test_held_meetings(text: str, expected: list[str]) -> None:
    assert _events(text) == expected


# Left edges: a name its own edition opens after 和 is a name of its own (决策部署和|县十五届人大一次会议); a name
# never opens at the 式 of 开幕式 / 闭幕式 (举办了|年会开幕式暨…大会).
EVENT_LEFT_EDGES = [
    ("认真贯彻县委各项决策部署和县十五届人大一次会议精神。", ["县十五届人大一次会议"]),
    ("全面落实市委决策和市十六届人大二次会议确定的目标。", ["市十六届人大二次会议"]),
    ("论坛期间共同举办了年会开幕式暨黑龙江产业投资与开放合作大会。", ["年会开幕式暨黑龙江产业投资与开放合作大会"]),
    ("共同举办了博览会开幕式暨重点项目签约仪式。", ["博览会开幕式暨重点项目签约仪式"]),
    ("第十三届亚洲物流航运及空运会议在香港举行。", ["第十三届亚洲物流航运及空运会议"]),
    ("中国—东盟商务与投资峰会期间，广西签约项目120个。", ["中国—东盟商务与投资峰会"]),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_LEFT_EDGES)
def test_event_left_edges(text: str, expected: list[str]) -> None:
    assert _events(text) == expected


def _place_texts(text: str) -> list[str]:
    return [m.text for m in extract(text).mentions if m.type == "place"]


# A firm called by its short name, a place and its trade, that acts (在 / 与 / 是 …) holds no place mention; a
# trade of the place in a list or before 产业 stays the place's.
FIRM_SHORT_NAMES = [
    ("上海电气在如东投资建设海上风电项目。", ["如东"]),
    ("云南白药在昆明投资新建生产基地。", ["昆明"]),
    ("重庆长安汽车在合肥设立研发中心。", ["合肥"]),
    ("深圳迈瑞医疗在武汉建设研发基地。", ["武汉"]),
    ("江西铜业在贵溪扩建冶炼项目。", ["贵溪"]),
    ("吉林化纤是全球产能最大的人造丝企业。", []),
    ("大庆汽车、佳木斯农副食品等产业发展良好。", ["大庆", "佳木斯"]),
    ("重庆汽车产业加快转型。", ["重庆"]),
    ("浙江能源投资增长12%。", ["浙江"]),
    ("上海在浦东投资建设新项目。", ["上海", "浦东"]),
    ("江苏恒瑞医药在连云港投资建设研发中心。", ["连云港"]),
    ("浙江医药与新昌县签约。", ["新昌县"]),
    ("江苏医药产业规模扩大。", ["江苏"]),
]


@pytest.mark.parametrize(("text", "expected"), FIRM_SHORT_NAMES)
def test_firm_short_names_hold_no_place(text: str, expected: list[str]) -> None:
    assert _place_texts(text) == expected


# A bare 自治区 before a title or a class it confers is the designation's level, no place; the region that acts is.
AUTONOMOUS_REGION_LEVEL = [
    ("支持专家申请认定自治区高层次人才。", []),
    ("新聘自治区特聘专家30名。", []),
    ("推进自治区重点产业集群建设。", []),
    ("自治区领导出席会议。", []),
    ("自治区出台了《关于深化人才发展体制机制改革的意见》。", ["自治区"]),
    ("自治区依托科技项目引进人才。", ["自治区"]),
    ("全国示范院士专家工作站", []),
]


@pytest.mark.parametrize(("text", "expected"), AUTONOMOUS_REGION_LEVEL)
def test_autonomous_region_as_a_level(text: str, expected: list[str]) -> None:
    assert _place_texts(text) == expected


def _regions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.level) for m in extract(text).mentions if m.type == "place"]


# A region's area word is part of its name (皖江示范区, 川东北经济区, 皖北六市); a province's abbreviation with a
# direction before an area word is a region named as written (京西地区, 鲁西南地区, 北疆地区), unless the
# characters are a place of their own (北京地区, 西宁地区).
AREA_REGIONS = [
    ("皖北六市在建亿元以上项目977个。", [("皖北六市", "region")]),
    ("皖江示范区增速回升。", [("皖江示范区", "region")]),
    ("川东北经济区和川西北生态示范区紧随其后。", [("川东北经济区", "region"), ("川西北生态示范区", "region")]),
    ("北疆地区到位资金3821亿元。", [("北疆地区", "region")]),
    ("鲁西南地区承接产业转移加快。", [("鲁西南地区", "region")]),
    ("学校将在京西地区建成。", [("京西地区", "region")]),
    ("苏北地区实际使用外资增长8%。", [("苏北地区", "region")]),
    ("北京地区和西宁地区的企业。", [("北京", "province"), ("西宁", "city")]),
    ("北部湾经济区开放开发。", [("北部湾经济区", "region")]),
]


@pytest.mark.parametrize(("text", "expected"), AREA_REGIONS)
def test_area_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert _regions(text) == expected


# A tour named without quotes, who goes and where, then 行: an event before 活动 or in a list (院士安徽行、…);
# 此行 / 一行 / 之行 are none.
BARE_TOURS = [
    ("依托院士安徽行、安徽“双创汇”等品牌，开展系列活动。", ["院士安徽行"]),
    ("举办外国专家南通行、中央创新区院士专家咨询会等8项系列活动。", ["外国专家南通行", "中央创新区院士专家咨询会"]),
    ("中外知名企业四川行活动签约项目112个。", ["中外知名企业四川行"]),
    ("青岛招才引智名校行活动走进清华大学。", ["青岛招才引智名校行"]),
    ("组织民营企业江西行活动。", ["民营企业江西行"]),
    ("今年以来，他先后到上海、深圳等地招商，此行收获颇丰。", []),
    ("市长一行赴浙江考察，其中湖州之行、嘉兴之行收获颇丰。", []),
    ("中国工商银行、中国银行等参加。", []),
    ("开展了绿色出行活动。", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_TOURS)
def test_bare_tours(text: str, expected: list[str]) -> None:
    assert _events(text) == expected


# Festivals named by year, edition or place are events (contract §Organisations…events); their heads.
FESTIVALS = [
    ("第三十四届中国·哈尔滨国际冰雪节期间，哈尔滨签约项目20个。", ["第三十四届中国·哈尔滨国际冰雪节"]),
    ("2024中国（青岛）国际海洋节开幕。", ["2024中国（青岛）国际海洋节"]),
    ("第二十届中国（海宁）国际服装节在海宁开幕。", ["第二十届中国（海宁）国际服装节"]),
    ("2024青岛国际啤酒节开幕，签约文旅项目12个。", ["2024青岛国际啤酒节"]),
    ("冬季举办冰雪节是当地传统。", []),
]


@pytest.mark.parametrize(("text", "expected"), FESTIVALS)
def test_festivals(text: str, expected: list[str]) -> None:
    assert _events(text) == expected


# A programme named by a verb and its place (投资台湾三大方案, 根留台湾…方案) holds no place; investing in the
# place does.
PROGRAMMES = [
    ("投資台灣三大方案已吸引1500家企業投資。", []),
    ("根留台灣企業加速投資行動方案吸引500家。", []),
    ("截至今年底，投資台灣3大方案已吸引1701家。", []),
    ("台商加大投资台湾力度。", ["台湾"]),
    ("欢迎企业投资湖北。", ["湖北"]),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMMES)
def test_programme_names_hold_no_place(text: str, expected: list[str]) -> None:
    assert _place_texts(text) == expected


# A weak short form that is a verb of building (新建 → 新建区) heads no zone after another place (苏州市|新建|工业园区);
# chained to its own city it does (南昌新建经济开发区).
WEAK_VERB_ZONES = [
    ("苏州市新建工业园区。", ["苏州市"]),
    ("兴安盟乌兰浩特市新建工业园区。", ["兴安盟乌兰浩特市"]),
    ("在苏州新建工业园区。", ["苏州"]),
    ("南昌新建经济开发区签约项目10个。", ["南昌新建经济开发区"]),
]


@pytest.mark.parametrize(("text", "expected"), WEAK_VERB_ZONES)
def test_weak_verb_heads_no_zone(text: str, expected: list[str]) -> None:
    assert _place_texts(text) == expected
