"""place mentions in outlets' names and province short names before a list, from probe sentences of my own
(not copied from the corpus): a portal's local channel (新浪河北), a paper named by its genre (北京青年报),
a national site named after a province (中国西藏网) hold no place mention; a province's short name before a
、 list of its places is said of every item (甘肃陇南、定西), while one before a single place is an address
chain (广东深圳). A person whose name starts like a place (贡嘎来松 摄, 局长贡嘎卓玛介绍) names no place."""

from __future__ import annotations

import pytest

from dsz_extract.dims import place
from dsz_extract.doc import Doc


def found(text: str) -> list[tuple[str, str, str | None]]:
    doc = Doc(text)
    return [(m.text, m.value.level, m.value.adcode) for m in place.find(doc)]


# text -> every place mention as (text, level, adcode)
OUTLETS = [
    ("据新浪河北消息,沧州市今年签约项目45个", [("沧州市", "city", "130900")]),
    ("新浪湖北讯 襄阳市上半年引进项目120个", [("襄阳市", "city", "420600")]),
    ("网易河南报道,洛阳市集中开工项目80个", [("洛阳市", "city", "410300")]),
    ("搜狐四川报道,绵阳市签约项目21个", [("绵阳市", "city", "510700")]),
    ("长沙晚报掌上长沙5月6日讯 株洲市签约项目12个", [("株洲市", "city", "430200")]),
    ("据北京青年报报道,廊坊市新签约项目30个", [("廊坊市", "city", "131000")]),
    ("据南方都市报报道,东莞市引进外资增长12%", [("东莞市", "city", "441900")]),
    ("据深圳商报报道,惠州市引进企业200家", [("惠州市", "city", "441300")]),
    ("据中国西藏网消息,林芝市签约项目20个", [("林芝市", "city", "540400")]),
    ("据中国江苏网报道,盐城市新增外资项目15个", [("盐城市", "city", "320900")]),
    # the place before a report's verb is a mention (深圳|报道 is no paper)
    ("深圳报道称,深圳今年引进外资增长8%", [("深圳", "city", "440300"), ("深圳", "city", "440300")]),
]  # fmt: skip

LISTS = [
    ("甘肃陇南、定西两市签约项目30个", [
        ("甘肃", "province", "620000"), ("陇南", "city", "621200"), ("定西", "city", "621100"),
    ]),
    ("新疆喀什、和田两地引进项目50个", [
        ("新疆", "province", "650000"), ("喀什", "city", "653100"), ("和田", "city", "653200"),
    ]),
    ("四川成都、德阳、绵阳三市集中签约项目100个", [
        ("四川", "province", "510000"), ("成都", "city", "510100"), ("德阳", "city", "510600"),
        ("绵阳", "city", "510700"),
    ]),
    ("广东深圳、珠海两市引进外资增长10%", [
        ("广东", "province", "440000"), ("深圳", "city", "440300"), ("珠海", "city", "440400"),
    ]),
    ("湖南长沙、株洲、湘潭三市签约项目88个", [
        ("湖南", "province", "430000"), ("长沙", "city", "430100"), ("株洲", "city", "430200"),
        ("湘潭", "city", "430300"),
    ]),
    # one place after the province, or a province written with its unit: an address chain
    ("广东深圳签约项目10个", [("广东深圳", "city", "440300")]),
    ("江苏宜兴今年引进项目30个", [("江苏宜兴", "county", "320282")]),
    ("四川省成都市、德阳市签约项目20个", [("四川省成都市", "city", "510100"), ("德阳市", "city", "510600")]),
]  # fmt: skip


PERSONS = [
    ("图为签约仪式现场。贡嘎来松 摄", []),
    ("图为项目开工现场。(达孜次仁 摄)", []),
    ("城关区副区长贡嘎卓玛介绍,今年签约项目20个", [("城关区", "county", None)]),
    ("工信局局长达孜扎西表示,拉萨市将继续招商", [("拉萨市", "city", "540100")]),
    # a place before a photo's credit or after a title that does not speak stays one
    ("图为拉萨市签约现场 张三 摄", [("拉萨市", "city", "540100")]),
    ("市长在拉萨调研项目建设", [("拉萨", "city", "540100")]),
]  # fmt: skip


# 全国 / 全省 before an honour or a designation is its reach; before a rank or a figure it is the place
REACH = [
    ("该站被评为全国示范院士专家工作站", []),
    ("此前入选全国首批农民工返乡创业试点县", []),
    ("此前被评为全省第二批全面小康达标县", []),
    ("3人荣获全国技术能手称号", []),
    ("此前获评全国文明城市", []),
    ("利用外资总量居全国第四位", [("全国", "country", None)]),
    ("增速高于全省平均水平2个百分点", [("全省", "province", None)]),
    ("从全国4000余家工作站中评出100家", [("全国", "country", None)]),
    ("全省重点项目完成投资300亿元", [("全省", "province", None)]),
]  # fmt: skip

# weak short forms (振兴: also an ordinary word) chain only after their city or county
WEAK = [
    ("为辽宁振兴发展集聚人才", [("辽宁", "province", "210000")]),
    ("丹东振兴区签约项目5个", [("丹东振兴区", "county", "210603")]),
]  # fmt: skip


# a province's character after a verb of coming or staying and before one of setting up or working
COMING = [
    ("去年有560间企业在港开设或扩展业务", [("港", "province", "810000")]),
    ("公司计划在港落地200台车辆", [("港", "province", "810000")]),
    ("吸引更多优秀人才在藏发挥优势", [("藏", "province", "540000")]),
    ("广泛吸引博士人才来辽开展博士后研究", [("辽", "province", "210000")]),
    ("将全力扩大在疆有效投资", [("疆", "province", "650000")]),
    ("鼓励青年人才在琼扎根", [("琼", "province", "460000")]),
    # a verb before that is part of another word (现在, 投入) reads no character
    ("现在港口吞吐量增长", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REACH + WEAK + COMING)
def test_reach_of_honours_and_weak_forms(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_persons_named_like_places(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_places_in_outlet_names_are_no_mentions(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_province_before_a_list_of_its_places(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


# 全省 after 占 / 居 / 高于 is the whole of the report's own province, not the investor's named in the sentence;
# 全省 after another word is the province just named
WHOLES = [
    ("安徽省今年引进省外资金1.5万亿元。广东省在皖投资到位资金1956亿元,占全省比重13.1%。", "340000"),
    ("江西省今年引进省外资金8000亿元。浙江省企业在赣投资增长20%,高于全省平均水平5个百分点。", "360000"),
    ("四川省召开投资促进大会。广东省在川投资项目300个,居全省第二。", "510000"),
    ("湖北省今年签约项目3000个。浙江省召开全省招商大会。", "330000"),
]


@pytest.mark.parametrize(("text", "adcode"), WHOLES)
def test_whole_of_a_share_is_the_reports_province(text: str, adcode: str) -> None:
    wholes = [m.value.adcode for m in place.find(Doc(text)) if m.text == "全省"]
    assert wholes == [adcode]


# an autonomous county named after its people is written without 族 (东乡县, 鄂温克旗), like the others (长阳县)
AUTONOMOUS = [
    ("东乡县计划总投资1.24亿元", [("东乡县", "county", "622926")]),
    ("临夏州东乡县储备项目83项", [("临夏州东乡县", "county", "622926")]),
    ("鄂温克旗签约项目5个", [("鄂温克旗", "county", "150724")]),
    ("长阳县签约项目8个", [("长阳县", "county", "420528")]),
    ("大化县集中开工项目", [("大化县", "county", "451229")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AUTONOMOUS)
def test_autonomous_counties_by_their_short_names(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


# a bare compass region ranked in or told as a source is a region mention; a direction of a place, a strategy
# or a list of directions is none; a count or a qualifier before a park word names no park
COMPASS_AND_PARKS = [
    ("增速居西部12省区市第2位", [("西部", "region", None)]),
    ("规模居全国第九位、中部第一位", [("全国", "country", None), ("中部", "region", None)]),
    ("今年来自西部的资金占27%", [("西部", "region", None)]),
    ("各项指标继续雄踞西北榜首", [("西北", "region", None)]),
    ("促进了与华北、西南地区的经贸交流", [("西南地区", "region", None), ("华北", "region", None)]),
    ("抓住西部大开发机遇", []),
    ("将在新竹、中部、南部三个科学园区试行", [("新竹", "city", None)]),
    ("推动开发区向现代产业园区转型", []),
    ("各镇特色工业园发展态势良好", []),
    ("规划建设两大新区", []),
    ("项目入驻昆明现代物流园区", [("昆明现代物流园区", "zone", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPASS_AND_PARKS)
def test_compass_regions_and_counted_parks(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected
