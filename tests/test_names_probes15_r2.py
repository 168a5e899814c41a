"""Session 15, round 2 probes for organisations, places, events, media outlets and talent, written for these
tests in the style of reports from across China, Hong Kong and Taiwan (none copied from the corpus).

Organisations: a class of firm in apposition before its name (中外合资企业|南玻集团, 下属公司|…有限公司), an
investor's origin as Taiwan's investment commission writes it (香港商|…, 日商|…), a party seat after a department
whose own suffix was refused (…监督局|党组书记), a place before 和/同 that start a firm's core (安徽和县…,
上海同捷…), Hong Kong's and Taiwan's bodies by their short forms (机管局, 投审司) and a copyright note listing the
page's outlets. Places: a province's character before being hired or living there (在港受聘). Events: 对口
inside a name, 擂台赛 as a head. Talent: a space a fixed-width copy left inside the category; people who sign
with a list of partners.
"""

from __future__ import annotations

import pytest

from dsz_extract import pipeline
from extracted_orgs import orgs

# text -> the organisations (text, kind) that must be among those found
FIRMS_AFTER_A_CLASS_OR_ORIGIN = [
    (
        "其中,中外合资企业南玻集团下属公司东莞南玻光伏科技有限公司将增资2.2亿元。",
        [("南玻集团", "group"), ("东莞南玻光伏科技有限公司", "company")],
    ),
    ("专精特新“小巨人”企业合肥中南光电有限公司与百色市签约。", [("合肥中南光电有限公司", "company")]),
    ("龙头企业宁德时代新能源科技股份有限公司在当地投资建厂。", [("宁德时代新能源科技股份有限公司", "company")]),
    ("该集团全资子公司深圳比亚迪电子有限公司将投资5亿元。", [("深圳比亚迪电子有限公司", "company")]),
    ("外资企业苏州博世汽车部件有限公司增资1亿美元。", [("苏州博世汽车部件有限公司", "company")]),
    ("民营企业正泰集团落户温州。", [("正泰集团", "group")]),
    ("台商投资企业昆山精密电子有限公司扩产。", [("昆山精密电子有限公司", "company")]),
    ("投审会核准香港商鹏鼎国际有限公司以新台币30亿元增资。", [("鹏鼎国际有限公司", "company")]),
    ("投審會核准香港商鵬鼎國際有限公司以新台幣30億元增資。", [("鵬鼎國際有限公司", "company")]),
    ("经济部核准日商东京威力科创股份有限公司增资。", [("东京威力科创股份有限公司", "company")]),
    ("投审会核准荷兰商艾司摩尔科技股份有限公司增资新台币50亿元。", [("艾司摩尔科技股份有限公司", "company")]),
    ("核准英属开曼群岛商华新控股有限公司增资。", [("华新控股有限公司", "company")]),
    ("美商应用材料公司宣布在台投资。", [("应用材料公司", "company")]),
    # 商 starting a word, or a home place before it, keeps the name whole
    ("中国商用飞机有限责任公司在上海交付首架飞机。", [("中国商用飞机有限责任公司", "company")]),
    ("上海企业管理有限公司投资建设总部。", [("上海企业管理有限公司", "company")]),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_AFTER_A_CLASS_OR_ORIGIN)
def test_class_and_origin_before_a_firm_are_no_part_of_it(text: str, expected: list[tuple[str, str]]) -> None:
    found = orgs(text)
    for item in expected:
        assert item in found


PARTY_SEATS_AND_PLACED_CONJUNCTIONS = [
    ("黑龙江省营商环境建设监督局党组书记、局长张琢在开幕式上致辞。", [("黑龙江省营商环境建设监督局", "government")]),
    ("国家市场监督管理总局党组书记、局长罗文出席会议。", [("国家市场监督管理总局", "government")]),
    ("省商务厅党组成员、副厅长李四出席。", [("省商务厅", "government")]),
    ("省政府党组副书记张三出席。", [("省政府党组", "government")]),
    ("上海同捷科技股份公司拟联合北汽集团等企业建设整车项目。", [("上海同捷科技股份公司", "company")]),
    (
        "推进安徽和县绿缘温室科技有限公司与山南雅砻投资有限公司合作。",
        [("安徽和县绿缘温室科技有限公司", "company"), ("山南雅砻投资有限公司", "company")],
    ),
    ("北京同仁堂健康药业股份有限公司投资建设生产基地。", [("北京同仁堂健康药业股份有限公司", "company")]),
    ("政府会联同机管局研究,扩大「机场城市」规模。", [("机管局", "government")]),
    ("根据投资审议司统计，今年核准侨外投资件数增加。", [("投资审议司", "government")]),
    ("投審司指出，投資金額增加主因大案挹注。", [("投審司", "government")]),
    ("香港机场管理局主席林天福表示。", [("香港机场管理局", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_SEATS_AND_PLACED_CONJUNCTIONS)
def test_seats_conjunctions_and_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    found = orgs(text)
    for item in expected:
        assert item in found


NOT_JOINED = [
    "与江苏和南京某某科技有限公司签约。",
    "江苏和南京两地企业共同出资成立南京新材料有限公司。",
]


@pytest.mark.parametrize("text", NOT_JOINED)
def test_two_places_joined_keep_their_conjunction_out(text: str) -> None:
    assert not any(name.startswith("江苏和") for name, _ in orgs(text))


LISTED_OUTLETS = [
    ("凡市场星报、安徽财经网、掌中安徽记者署名文字、图片,版权均属本单位所有。", ["市场星报", "安徽财经网", "掌中安徽"]),
    ("转载请注明“来源:市场星报、安徽财经网或者掌中安徽”,违者将依法追究。", ["市场星报", "安徽财经网", "掌中安徽"]),
    ("凡大众日报、大众网记者署名的作品,未经许可不得转载。", ["大众日报", "大众网"]),
    ("凡本报记者署名文字、图片,版权均属本报所有。", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_OUTLETS)
def test_copyright_note_lists_outlets(text: str, expected: list[str]) -> None:
    media = [name for name, kind in orgs(text) if kind == "media"]
    assert media == expected


def _mentions(text: str, kind: str) -> list[str]:
    return [m.text for m in pipeline.run(text).mentions if m.type == kind]


# text -> (mention type, the mentions that must be found)
PLACES_AND_EVENTS = [
    ("他们须已在港受聘或者开办、参与业务。", "place", ["港"]),
    ("引进人才在琼任职满三年可申请补贴。", "place", ["琼"]),
    ("去年在沪居住的外籍人士增加。", "place", ["沪"]),
    ("鼓励留学生在渝就读。", "place", ["渝"]),
    (
        "刚刚结束的黑龙江省与广东省对口合作项目签约活动中,签约合作项目76个。",
        "event",
        ["黑龙江省与广东省对口合作项目签约活动"],
    ),
    ("我市举办沪滇对口协作项目推介会,签约项目12个。", "event", ["沪滇对口协作项目推介会"]),
    ("黑河市在全省县域经济发展交流擂台赛上作典型发言。", "event", ["全省县域经济发展交流擂台赛"]),
    ("举行2023年第二季度重点项目建设擂台赛。", "event", ["2023年第二季度重点项目建设擂台赛"]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), PLACES_AND_EVENTS)
def test_places_and_events(text: str, kind: str, expected: list[str]) -> None:
    assert _mentions(text, kind) == expected


NO_PLACE = ["他现在港口工作。", "来自港澳的投资占比较高。"]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_abbreviation_read_inside_words(text: str) -> None:
    assert "港" not in _mentions(text, "place")


# text -> (category, count, mode) of a talent record that must be found
TALENT = [
    (
        "促成1212名海外人才与四川省内396家高校、科研院所、企事业单位及产业园区签订引才协议。",
        ("海外人才", 1212, "introduced"),
    ),
    ("本届大会共有326名高层次人才与省内高校、科研院所、医疗机构和重点企业签约。", ("高层次人才", 326, "introduced")),
    ("全市共有120名海外人才与用人单位签订就业协议。", ("海外人才", 120, "introduced")),
    ("扬州成功汇聚国家级领军人才8名、省级领军 人才17名。", ("省级领军人才", 17, None)),
    ("柔性引进省级领军 人才12名。", ("省级领军人才", 12, "flexible")),
]


@pytest.mark.parametrize(("text", "expected"), TALENT)
def test_talent_signed_with_partners_and_wrapped_categories(text: str, expected: tuple[str, int, str | None]) -> None:
    got = [(t.category, t.count.value if t.count else None, t.mode) for t in pipeline.run(text).talent]
    assert expected in got
