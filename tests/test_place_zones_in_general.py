"""place mentions of session 13's second round: a province's or city's zones in general (山西省开发区, 吕梁市各开发区:
the place alone; a county's 开发区 is its one zone) and one-character provinces before opening, landing or running
business (在港开设, 在港投入运营, 在疆有效投资); no place in a photographer's name closing a caption (贡嘎来松 摄)."""

from __future__ import annotations

import pytest

from dsz_extract.dims import place
from dsz_extract.doc import Doc


def found(text: str) -> list[tuple[str, str]]:
    doc = Doc(text)
    return [(m.text, m.value.name) for m in place.find(doc)]


ZONES_IN_GENERAL = [
    ("8月19日，山西省开发区2024年第三次“三个一批”活动举行。", [("山西省", "山西省")]),
    ("本次活动，吕梁市各开发区签约一批项目。", [("吕梁市", "吕梁市")]),
    ("河南省开发区营业收入增长8%。", [("河南省", "河南省")]),
    ("我省各高新区营收增长10%。", [("我省", "我省")]),
    ("武汉市东湖新技术开发区今年引进项目50个。", [("武汉市东湖新技术开发区", "东湖高新区")]),
    ("聊城经济技术开发区今年引进项目50个。", [("聊城经济技术开发区", "聊城经济技术开发区")]),
]


@pytest.mark.parametrize(("text", "expected"), ZONES_IN_GENERAL)
def test_zones_of_a_province_or_city_in_general(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_county_zone_stays_a_zone() -> None:
    assert [text for text, _ in found("其中，交城县开发区签约一批项目。")] == ["交城县开发区"]


ONE_CHARACTER_PROVINCES = [
    ("560間海外及內地企業在港開設或擴展業務。", [("港", "香港特别行政区")]),
    ("将全力扩大在疆有效投资。", [("疆", "新疆维吾尔自治区")]),
    ("文遠知行在港投入運營的自動駕駛車隊將擴大。", [("港", "香港特别行政区")]),
    ("多家企业选择在澳注册。", [("澳", "澳门特别行政区")]),
    ("该公司计划在台开设门市。", [("台", "台湾省")]),
    ("货轮在港口停靠。", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_CHARACTER_PROVINCES)
def test_one_character_provinces_before_business(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, n) for t, n in found(text) if len(t) == 1] == expected


# A photographer's name closing a caption line that opens with a place's name is a person's.
PHOTO_CREDITS = [
    ("图为签约仪式现场。贡嘎来松 摄\n签约仪式由企业代表参加。", []),
    ("图为开工现场。拉萨 摄\n", []),
    ("图为拉萨市区。\n", [("拉萨市", "拉萨市")]),
    ("本报拉萨讯 摄影报道\n", [("拉萨", "拉萨市")]),
]


@pytest.mark.parametrize(("text", "expected"), PHOTO_CREDITS)
def test_no_place_in_a_photo_credit(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
