"""Session 15 probes for places and organisations, written for these tests in the style of reports from
across China, Hong Kong, Macau and Taiwan (none copied from the corpus).

Organisations: well-known firms named by their short form with a trade or a place (柳工, 吉林化纤, 紫金矿业),
a provincial firm named by its province and core after its full name (吉林化纤集团有限责任公司 … 吉林化纤),
a plant or an institute built with a partner place (与衢州市合作建设研究院: no body), a sentence opening on
a firm that builds in a city (鴻海集團宣布在台中市…電動車: no dateline), and investors named as a class
(台商回台投資: no firm).
Places: Hong Kong's and Macau's districts after 香港 / 澳門 (one address chain), zones by the area name
reports use (北京亦庄, 东莞松山湖, 上海临港), and a zone named by two characters no dictionary knows in a list
of zones (、炉碧经济开发区、).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs
from test_place_classes import found

# text -> every organisation as (text, kind)
KNOWN_FIRMS = [
    ("柳工在柳州市扩建挖掘机生产线，总投资12亿元。", [("柳工", "company")]),
    ("吉林化纤是全球产能最大的人造丝生产企业。", [("吉林化纤", "company")]),
    ("中国燃气计划在德惠市建设燃气供应设施。", [("中国燃气", "company")]),
    ("紫金矿业在龙岩市投资建设新材料项目。", [("紫金矿业", "company")]),
    ("东方电气在德阳市建设氢能装备产业园。", [("东方电气", "company")]),
    ("天齐锂业在射洪市投资建设锂盐项目。", [("天齐锂业", "company")]),
    ("青岛啤酒在西安投资建设新工厂。", [("青岛啤酒", "company")]),
    ("蒙牛乳业在包头市新建工厂。", [("蒙牛乳业", "company")]),
    ("中国华能与州政府签署合作协议。", [("中国华能", "group"), ("州政府", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_FIRMS)
def test_well_known_firms_by_short_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


PLACED_SHORT_FORMS = [
    (
        "山东魏桥创业集团有限公司在滨州投资。山东魏桥的项目进展顺利。",
        [("山东魏桥创业集团有限公司", "group"), ("山东魏桥", "group")],
    ),
    (
        "浙江恒逸石化有限公司与文莱签约，浙江恒逸还将追加投资。",
        [("浙江恒逸石化有限公司", "company"), ("浙江恒逸", "company")],
    ),
    (
        "江西铜业集团有限公司在贵溪投资扩建冶炼厂。江西铜业表示将加快建设。",
        [("江西铜业集团有限公司", "group"), ("江西铜业", "group")],
    ),
    (
        "湖南华菱钢铁集团有限责任公司在娄底投资，湖南华菱表示项目年内开工。",
        [("湖南华菱钢铁集团有限责任公司", "company"), ("湖南华菱", "company")],
    ),
    (
        "安徽海螺水泥股份有限公司在芜湖市投资，海螺水泥计划年底投产。",
        [("安徽海螺水泥股份有限公司", "company"), ("海螺水泥", "company")],
    ),
    (
        "四川长虹电器股份有限公司在绵阳投资，长虹电器预计明年投产。",
        [("四川长虹电器股份有限公司", "company"), ("长虹电器", "company")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_SHORT_FORMS)
def test_a_firm_named_again_by_its_province_and_core(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


NO_BODY = [
    ("浙江大学与衢州市合作建设研究院。", [("浙江大学", "university")]),
    ("清华大学同无锡市共建研究院。", [("清华大学", "university")]),
    ("企业与杭州市共同建设研发中心。", []),
    ("鴻海集團宣布在台中市投資設立電動車研發中心。", [("鴻海集團", "group")]),
    ("今年台商回台投資超過1兆元。", []),
    ("外商在华投资50亿元。", []),
    # a dateline keeps its outlet
    ("新华社北京3月1日电 商务部表示将加大招商力度。", [("新华社", "media"), ("商务部", "government")]),
    ("新华社电 商务部表示将加大招商力度。", [("新华社", "media"), ("商务部", "government")]),
    ("中新网乌鲁木齐3月1日电 全区引进项目120个。", [("中新网", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_BODY)
def test_what_names_no_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# text -> every place as (text, name, level, adcode)
HK_MACAU_DISTRICTS = [
    ("香港觀塘區新增初創企業120家。", [("香港觀塘區", "观塘区", "county", None)]),
    ("香港荃灣區的新工業大廈今年落成。", [("香港荃灣區", "荃湾区", "county", None)]),
    ("香港沙田的新項目今年動工。", [("香港沙田", "沙田区", "county", None)]),
    ("澳門氹仔新增投資項目兩個。", [("澳門氹仔", "嘉模堂区", "county", None)]),
    # a weak form after its province alone is still none (辽宁|振兴发展)
    ("辽宁振兴发展取得新成效。", [("辽宁", "辽宁省", "province", "210000")]),
]


@pytest.mark.parametrize(("text", "expected"), HK_MACAU_DISTRICTS)
def test_hong_kong_and_macau_districts_after_their_region(text: str, expected: list) -> None:
    assert found(text) == expected


ZONE_AREAS = [
    ("北京亦庄新签约项目12个。", [("北京亦庄", "北京经济技术开发区", "zone", "110115403")]),
    ("项目落户亦庄。", [("亦庄", "北京经济技术开发区", "zone", "110115403")]),
    ("东莞松山湖引进高端制造业项目8个。", [("东莞松山湖", "松山湖高新技术产业开发区", "zone", None)]),
    ("项目落户松山湖。", [("松山湖", "松山湖高新技术产业开发区", "zone", None)]),
    ("上海临港今年引进外资项目50个。", [("上海临港", "临港新片区", "zone", None)]),
    ("深圳前海新落户企业1200家。", [("深圳前海", "前海深港现代服务业合作区", "zone", None)]),
    ("武汉光谷今年签约项目150个。", [("武汉光谷", "东湖高新区", "zone", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ZONE_AREAS)
def test_zones_by_the_area_name_reports_use(text: str, expected: list) -> None:
    assert found(text) == expected


LISTED_ZONES = [
    (
        "黄平县、凯里经济开发区、炉碧经济开发区参加。",
        ["黄平县", "凯里经济开发区", "炉碧经济开发区"],
    ),
    ("项目分别签约进入洪湖经济开发区和府场开发区。", ["洪湖经济开发区", "府场开发区"]),
    ("落户甘泉工业园区。", ["甘泉工业园区"]),
    # generic qualifiers still name no zone
    ("各县区、省级开发区、重点开发区参加。", []),
    ("省市县和开发区联动。", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_ZONES)
def test_a_zone_named_by_two_unknown_characters_in_a_list(text: str, expected: list[str]) -> None:
    assert [t for t, *_ in found(text)] == expected
