"""Places and organisations on pages nobody has read (session 16 probes): foreign cities under their
countries, Hong Kong's and Macau's neighbourhoods, zones whose names hold no place, steering bodies named
after a verb, well-known firms after their province, and firms by brand and trade before their act.

Sentences written for these tests (none copied from the corpus), across provinces and in traditional
characters; the extractor runs whole (org and project passes before the place pass).
"""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.ner import lac


def places(text: str) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.value.name, m.value.adcode) for m in extract(text).mentions if m.type == "place"]


def orgs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.kind) for m in extract(text).mentions if m.type == "org"]


# a country, a state and a city written from the top down are one mention, named after the last
FOREIGN = [
    ("该企业在德国慕尼黑设立研发中心。", [("德国慕尼黑", "慕尼黑", None)]),
    ("双方在日本大阪举行签约仪式。", [("日本大阪", "大阪", None)]),
    ("在英国伦敦举办投资推介会。", [("英国伦敦", "伦敦", None)]),  # 英国伦敦 is one jieba word
    ("企业代表团赴法国巴黎考察。", [("法国巴黎", "巴黎", None)]),
    ("公司将在美国硅谷设立研发中心。", [("美国硅谷", "硅谷", None)]),
    ("公司在美国得克萨斯州奥斯汀设立工厂。", [("美国得克萨斯州奥斯汀", "奥斯汀", None)]),
    ("該集團在越南胡志明市建有生產基地。", [("越南胡志明市", "胡志明市", None)]),
    ("招商小分队赴迪拜开展招商活动。", [("迪拜", "迪拜", None)]),
    ("招商团访问了德国汉堡、法兰克福等城市。", [("德国汉堡", "汉堡", None), ("法兰克福", "法兰克福", None)]),
    ("代表团赴新加坡、马来西亚吉隆坡开展招商。", [("新加坡", "新加坡", None), ("马来西亚吉隆坡", "吉隆坡", None)]),
    ("他中午吃了一个汉堡。", []),  # a weak name: only after its country or where the page names it
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN)
def test_foreign_cities_under_their_countries(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert places(text) == expected


def test_a_foreign_city_is_never_the_subject() -> None:
    report = extract("慕尼黑是德国南部城市。慕尼黑的企业在慕尼黑召开会议。招商团在慕尼黑推介。")
    assert report.subject_place is None or report.subject_place.name != "慕尼黑"


# Hong Kong's and Macau's neighbourhoods after their SAR, and alone where the name is not a mainland word
SAR_PLACES = [
    ("該公司在香港中環設立辦事處。", [("香港中環", "中环", None)]),
    ("新界將軍澳將引入數據中心。", [("新界", "新界", None), ("將軍澳", "将军澳", None)]),
    ("旅客可在尖沙咀購物。", [("尖沙咀", "尖沙咀", None)]),
    ("澳門路氹城新建會展中心。", [("路氹城", "路氹城", None)]),
    ("上海中环沿线写字楼需求旺盛。", [("上海", "上海市", "310000")]),  # 中环 alone: a ring road, not Hong Kong's
]


@pytest.mark.parametrize(("text", "expected"), SAR_PLACES)
def test_hong_kong_and_macau_neighbourhoods(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert places(text) == expected


# zones whose names hold no place (data/zones.tsv), coded ones by their NBS code
ZONES = [
    ("苏通园区今年新引进项目23个。", [("苏通园区", "南通苏通科技产业园", "320671403")]),
    ("全球内镜企业在洋湖总部经济区打造医学中心。", [("洋湖总部经济区", "洋湖总部经济区", None)]),
    ("临港经济区建成区面积达到20平方公里。", [("临港经济区", "临港经济区", None)]),
    ("西安国际港务区今年签约项目50个。", [("西安国际港务区", "西安国际港务区", None)]),
    ("成都天府国际空港新城引进临空产业。", [("成都天府国际空港新城", "天府国际空港新城", None)]),
    ("上海洋山特殊综合保税区进出口值增长20%。", [("上海洋山特殊综合保税区", "洋山特殊综合保税区", None)]),
    ("杭州湾上虞经济技术开发区举行签约仪式。", [("杭州湾上虞经济技术开发区", "杭州湾上虞经济技术开发区", None)]),
    (
        "中国(江苏)自由贸易试验区南京片区签约项目20个。",
        [("中国(江苏)自由贸易试验区南京片区", "中国(江苏)自由贸易试验区南京片区", None)],
    ),
    ("澳門特區政府與橫琴合作區簽署協議。", [("橫琴合作區", "横琴粤澳深度合作区", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ZONES)
def test_zones_whose_names_hold_no_place(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert places(text) == expected


# orgs: steering bodies keep the verb of their task; known firms keep their province or city, not their
# country; a brand and a trade before a firm's act is a firm
ORGS = [
    ("省推进长三角一体化发展领导小组办公室召开会议。", [("省推进长三角一体化发展领导小组办公室", "government")]),
    (
        "江苏省推进长三角一体化发展领导小组办公室召开会议。",
        [("江苏省推进长三角一体化发展领导小组办公室", "government")],
    ),
    ("市推动高质量发展领导小组印发方案。", [("市推动高质量发展领导小组", "government")]),
    ("要加快推进产业发展领导小组建设。", []),  # a verb after no level or place: no body named by it
    ("江苏恒瑞医药在连云港新建研发中心。", [("江苏恒瑞医药", "company")]),
    ("杭州海康威视在重庆投资。", [("杭州海康威视", "company")]),
    ("签约企业包括广东比亚迪。", [("广东比亚迪", "company")]),
    ("项目由新加坡淡马锡控股投资。", [("淡马锡控股", "fund")]),
    ("德国巴斯夫在湛江投资。", [("巴斯夫", "company")]),
    ("江西铜业在贵溪扩建冶炼厂。", [("江西铜业", "group")]),
    ("美的集团在顺德投资建设全球创新中心。", [("美的集团", "group")]),
    ("兴宏铜业破产重组。", [("兴宏铜业", "company")]),
    ("华建装备融资10亿元。", [("华建装备", "company")]),
    ("知识产权开发与保护在当地推进。", []),  # a field of work, not a brand
    ("九龍灣一間物流公司擴大投資。", []),  # 一间 ends a name as 一家 does
]


@pytest.mark.parametrize(("text", "expected"), ORGS)
def test_organisations_on_unread_pages(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# with LAC: its org neither runs a place on into "a firm" nor a firm on into what it builds
LAC_CASES = [
    ("香港中環一家投資公司宣布擴大內地業務。", [("place", "香港中環")]),
    ("深圳华强集团投资建设文化科技主题园。", [("org", "深圳华强集团")]),
]


@pytest.mark.skipif(not lac.runtime_available(), reason="LAC backend needs the extra: pip install 'dsz-extract[lac]'")
@pytest.mark.parametrize(("text", "expected"), LAC_CASES)
def test_lac_names_stop_at_counts_and_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.type, m.text) for m in extract(text, ner="lac").mentions if m.type in ("org", "place")]
    assert found == expected


# 我县 / 全州 in a report with no subject place and no place named on its own: the place of the bodies and
# outlets that speak (the places inside their names), when they agree
ANAPHORS_OF_BODIES = [
    ("（通讯员 李四）今年以来，浦江县委组织部深入实施人才新政。我县新引进高层次人才120名。", [("我县", "浦江县")]),
    ("鄂尔多斯市委书记表示，全市将加大招商力度。", [("全市", "鄂尔多斯市")]),
    (
        "黔东南州人民政府网讯 近日，州招商局组织企业赴浙江考察。今年全州签约项目80个。",
        [("浙江", "浙江省"), ("全州", "黔东南苗族侗族自治州")],
    ),
    ("今年以来，我县新引进高层次人才120名。", [("我县", "我县")]),  # nothing to go by: the word stays unresolved
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS_OF_BODIES)
def test_anaphors_of_the_bodies_that_speak(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.text, m.value.name) for m in extract(text).mentions if m.type == "place"] == expected
