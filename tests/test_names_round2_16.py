"""Places and organisations of session 16, round 2: one-character abbreviations after a verb of going,
coming or staying with nothing after them (赴港; 来港的), Hong Kong's 内地 / 中国内地, classes of business
groups by origin (香港企业集团), a province's 中心 without 省 (甘肃媒体版权保护中心), listed firms before their
stock code (旺宏 (2337-TW)), public bodies' short forms anywhere (盼港府除障) and lists of people or products
closed by 等 (等5名…教授, 等新媒体产品).

Sentences written for these tests (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from extracted_orgs import EXTRACT, orgs
from test_place_classes import found

HK = ("港", "香港特别行政区", "province", "810000")
TW = ("台", "台湾省", "province", "710000")
CHINA_MAINLAND = ("内地", "中国", "country", None)

# text -> the abbreviation places, as (text, name, level, adcode)
ABBREVIATIONS = [
    ("截至上月底,已有逾5万名高才通人士赴港发展。", [HK]),
    ("去年共有3万名专才已赴港,申请人数持续上升。", [HK]),
    ("今年首三季,来港的专才人数按年上升。", [HK]),
    ("当局称,过往人才留港比率不高。", [HK]),
    ("他宁减薪一成赴港打拼。", [HK]),
    ("受惠计划的内地人才已陆续到港,并投入工作。", [HK]),
    ("台商回台再添大厂,拟投资85亿元。", [TW]),
    ("该公司将在台扩大投资11亿元。", [TW]),
    ("多名台青回台后创业。", [TW]),
    ("一季度驻粤招商工作取得丰硕成果。", [("粤", "广东省", "province", "440000")]),
    ("今年以来,赴沪招商小分队走访企业30家。", [("沪", "上海市", "province", "310000")]),
    (
        "澳门特区政府吸引人才来澳发展。",
        [("澳", "澳门特别行政区", "province", "820000")],
    ),
    ("集装箱到港量同比增长12%。", []),
    ("货轮到港后卸货。", []),
    ("他在台上发表讲话。", []),
    ("驻村第一书记到村开展工作。", []),
    ("他赴任前表示感谢。", []),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATIONS)
def test_abbreviations_after_going_coming_or_staying(text: str, expected: list[tuple]) -> None:
    assert [f for f in found(text) if len(f[0]) == 1] == expected


MAINLAND = [
    (
        "按投资目的地分析,内地及英属维尔京群岛居首。",
        [CHINA_MAINLAND, ("英属维尔京群岛", "英属维尔京群岛", "country", None)],
    ),
    ("内地今年首10个月实际使用外资按年下跌。", [CHINA_MAINLAND]),
    (
        "英属维尔京群岛及中国内地是主要来源地。",
        [("英属维尔京群岛", "英属维尔京群岛", "country", None), ("中国内地", "中国", "country", None)],
    ),
    ("协助内地企业在港开设业务。", [HK]),
    ("不少内地人才来港工作。", [HK]),
]


@pytest.mark.parametrize(("text", "expected"), MAINLAND)
def test_mainland_as_a_source_or_subject(text: str, expected: list[tuple]) -> None:
    assert sorted(found(text)) == sorted(expected)


# text -> every org as (text, kind)
ORGS = [
    ("按有接受外来直接投资的香港企业集团分析。", []),
    ("不少内地企业集团在港上市。", []),
    ("与香港中华煤气集团签约。", [("香港中华煤气集团", "group")]),
    ("作品版权归浙江媒体版权保护中心所有。", [("浙江媒体版权保护中心", "government")]),
    ("任何机构未经甘肃媒体版权保护中心许可,不得转载。", [("甘肃媒体版权保护中心", "government")]),
    ("打造四川科技创新中心。", []),
    ("台积电 (2330-TW) 宣布扩大在台投资。", [("台积电", "company")]),
    ("鸿海(2317.TW)今日公告。", [("鸿海", "company")]),
    ("比亚迪(002594)在合肥建设基地。", [("比亚迪", "company")]),
    (
        "记忆体大厂旺宏 (2337-TW)、佳凌 (4976-TW) 扩大投资,佳凌近年推动产品转型。",
        [
            ("旺宏", "company"),
            ("佳凌", "company"),
            ("佳凌", "company"),
        ],
    ),
    ("第三届大会(2023)在京举行。", []),
    ("盼港府尽快推出措施。", [("港府", "government")]),
    ("国发会可针对外国人才核发许可。", [("国发会", "government")]),
    ("引进张三丰、李四光等8名清华大学教授。", [("清华大学", "university")]),
    ("以及H5、海报、AR、VR等新媒体产品。", []),
    ("华为、中兴通讯等一批知名企业落户。", [("华为", "company"), ("中兴通讯", "company")]),
    ("这位北京大学博士后在此工作。", [("北京大学", "university")]),
]


@pytest.mark.parametrize(("text", "expected"), ORGS)
def test_orgs_of_round_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


PEOPLE = [
    ("引进金文彦、杨莹莹等5名宁夏大学教授。", ["金文彦", "杨莹莹"]),
    ("聘请王建国、刘德华等10名省农科院专家。", ["王建国", "刘德华"]),
    ("高巧仙、赵洪喜等6名宁夏大学科技特派员到村指导。", ["高巧仙", "赵洪喜"]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_listed_before_a_count_and_their_body(text: str, expected: list[str]) -> None:
    assert [m.text for m in EXTRACT(text).mentions if m.type == "person"] == expected
