"""place mentions: gazetteer matches, composed zones, shared names, false hits, subject place, anaphora.

The cases are written in the style of 双招双引 reports from many provinces (and in traditional
characters); the seed reports are from 聊城 only.
"""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import models
from dsz_extract.dims import place, project
from dsz_extract.doc import Doc

_VALUES = {
    "org": lambda s: models.OrgValue(name=s, kind="company"),
    "project": lambda s: models.ProjectValue(name=s),
    "event": lambda s: models.EventValue(name=s),
    "person": lambda s: models.PersonValue(name=s),
}


def run(text: str, taken: tuple[tuple[str, str], ...] = ()) -> tuple[Doc, list[Any]]:
    """Run the place pass; `taken` are (type, text) mentions an earlier pass found."""
    doc = Doc(text)
    for kind, sub in taken:
        start = text.index(sub)
        doc.mentions.append(doc.make(kind, start, start + len(sub), _VALUES[kind](sub)))
    doc.mentions.sort(key=lambda m: m.start)
    return doc, place.find(doc)


def found(text: str, taken: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str, str, str | None]]:
    _, mentions = run(text, taken)
    return [(m.text, m.value.name, m.value.level, m.value.adcode) for m in mentions]


# --- gazetteer matches ----------------------------------------------------------------------

# text -> every place mention as (text, name, level, adcode)
MATCHES = [
    # 中国 before a province-level unit is one name with it
    ("中国香港、中国台湾新设外资企业", [("中国香港", "香港特别行政区", "province", "810000"),
                                      ("中国台湾", "台湾省", "province", "710000")]),
    ("聊城市莘县招商引资", [("聊城市莘县", "莘县", "county", "371522")]),
    ("山东省聊城市东昌府区", [("山东省聊城市东昌府区", "东昌府区", "county", "371502")]),
    ("订单产品全部发往天津，共100万对", [("天津", "天津市", "province", "120000")]),
    ("组织企业赴深圳、东莞、洛阳等地开展招商", [
        ("深圳", "深圳市", "city", "440300"), ("东莞", "东莞市", "city", "441900"), ("洛阳", "洛阳市", "city", "410300"),
    ]),
    ("浙江绍兴柯桥区新签约项目28个", [("浙江绍兴柯桥区", "柯桥区", "county", "330603")]),
    ("四川省成都市郫都区与重庆市璧山区签约", [
        ("四川省成都市郫都区", "郫都区", "county", "510117"), ("重庆市璧山区", "璧山区", "county", "500120"),
    ]),
    ("内蒙古、广西、新疆、宁夏、西藏的代表", [
        ("内蒙古", "内蒙古自治区", "province", "150000"), ("广西", "广西壮族自治区", "province", "450000"),
        ("新疆", "新疆维吾尔自治区", "province", "650000"), ("宁夏", "宁夏回族自治区", "province", "640000"),
        ("西藏", "西藏自治区", "province", "540000"),
    ]),
    ("延边州和恩施州、大理州的企业", [
        ("延边州", "延边朝鲜族自治州", "city", "222400"), ("恩施州", "恩施土家族苗族自治州", "city", "422800"),
        ("大理州", "大理白族自治州", "city", "532900"),
    ]),
    ("在江苏昆山，台资企业众多", [("江苏昆山", "昆山市", "county", "320583")]),
    ("襄樊市与十堰市签约", [("襄樊市", "襄阳市", "city", "420600"), ("十堰市", "十堰市", "city", "420300")]),
    ("佛山南海区狮山镇", [("佛山南海区狮山镇", "狮山镇", "town", "440605124")]),
    ("河南省许昌市长葛市大周镇", [("河南省许昌市长葛市大周镇", "大周镇", "town", "411082106")]),
    ("东营港与振华集团合作，垦利与华润集团签约", [
        ("东营港", "东营港经济开发区", "zone", "370572"), ("垦利", "垦利区", "county", "370505"),
    ]),
    # traditional characters: matched on the simplified view, text cut from the original
    ("臺灣、廣東省、蘇州工業園區與香港、澳門企業簽約", [
        ("臺灣", "台湾省", "province", "710000"), ("廣東省", "广东省", "province", "440000"),
        ("蘇州工業園區", "苏州工业园区", "zone", "320576"), ("香港", "香港特别行政区", "province", "810000"),
        ("澳門", "澳门特别行政区", "province", "820000"),
    ]),
    ("美國、日本、德國、韓國、澳大利亞、意大利客商到場", [
        ("美國", "美国", "country", None), ("日本", "日本", "country", None), ("德國", "德国", "country", None),
        ("韓國", "韩国", "country", None), ("澳大利亞", "澳大利亚", "country", None), ("意大利", "意大利", "country", None),
    ]),
    ("对接长三角、珠三角、京津冀和粤港澳大湾区，融入成渝地区双城经济圈", [
        ("长三角", "长三角", "region", None), ("珠三角", "珠三角", "region", None), ("京津冀", "京津冀", "region", None),
        ("粤港澳大湾区", "粤港澳大湾区", "region", None), ("成渝地区双城经济圈", "成渝地区双城经济圈", "region", None),
    ]),
    # world regions and city groups real reports aim at
    ("打造面向東北亞的人才聚集地，拓展中亚、南亚和北非地區市场", [
        ("東北亞", "东北亚", "region", None), ("中亚", "中亚", "region", None), ("南亚", "南亚", "region", None),
        ("北非地區", "北非地区", "region", None),  # a region written with 地区 is named as written
    ]),
    ("承接京津及东中部产业转移，资金来源集中在长珠闽，呼应哈大齐", [
        ("京津", "京津", "region", None), ("东中部", "东中部", "region", None), ("长珠闽", "长珠闽", "region", None),
        ("哈大齐", "哈大齐", "region", None),
    ]),
    ("打造冀鲁豫交界地区重要增长极，人才流向北上广", [
        ("冀鲁豫交界地区", "冀鲁豫交界地区", "region", None), ("北上广", "北上广", "region", None),
    ]),
    # zones known by another name
    ("郑州航空港区新签约项目136个", [("郑州航空港区", "郑州航空港经济综合实验区", "zone", "410173")]),
    ("香港北部都會區建設提速", [("香港北部都會區", "北部都会区", "zone", None)]),
    # Taiwan's districts, with their city in the text
    ("高雄市林園區、仁武區新設工廠", [
        ("高雄市林園區", "林园区", "county", None), ("仁武區", "仁武区", "county", None),
    ]),
    # an autonomous region by its kind alone, Hong Kong by 本港, in reports about them
    ("内蒙古自治区人才工作会议召开\n内蒙古依托科技项目引才。自治区出台了新政策。", [
        ("内蒙古自治区", "内蒙古自治区", "province", "150000"), ("内蒙古", "内蒙古自治区", "province", "150000"),
        ("自治区", "内蒙古自治区", "province", "150000")]),
    # a city straight after its province, whatever word the two make together (林长, 西南)
    ("来自吉林长春，曾为队员", [("吉林长春", "长春市", "city", "220100")]),
    ("签约仪式在广西南宁举行", [("广西南宁", "南宁市", "city", "450100")]),
    # autonomous counties and banners as news name them: short name + 县 / 旗
    ("大化县、都安县、鄂伦春旗签约项目", [("大化县", "大化瑶族自治县", "county", "451229"),
                                       ("都安县", "都安瑶族自治县", "county", "451228"),
                                       ("鄂伦春旗", "鄂伦春自治旗", "county", "150723")]),
    # a county-level 行政委员会 by its short name (not the town inside it, 柴旦镇)
    ("大柴旦的企业代表参加会议", [("大柴旦", "大柴旦行政委员会", "county", "632857")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MATCHES)
def test_matches(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected


def test_offsets_point_into_the_original() -> None:
    text = "２０２３年，臺灣地區與廣東省簽約。"
    _, mentions = run(text)
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text


# --- false hits -----------------------------------------------------------------------------

NOT_PLACES = [
    "建立大同籍专家人才库",  # 籍: people from the place
    "圆了株洲人的汽车梦",  # 人: people from the place
    "金秋十月，放眼高新区，厂房拔地而起",  # a verb is no zone's own name
    "打造动能转换新平台，创新平台建设加快",  # 新平 (新平县)
    "其中国家级博士后科研工作站21家",  # 其中 + 国家级, not 中国
    "向参加本次签约仪式的各位来宾表示热烈的欢迎",  # guests, not 来宾市
    "推动人才兴县和人才回归",  # a slogan, not 兴县
    "实施工业强市战略",
    "其中国有企业5家",  # 其中 + 国有
    "为国内外客商投资兴业营造良好环境",  # 资兴 (资兴市)
    "实现利润扩大化",  # 大化 (大化县)
    "对所有企业一视同仁",  # 同仁 (同仁市)
    "开辟重点项目审批绿色通道，打通企业上市的通道",  # 通道 (通道县)
    "要始终把创新和人才摆在突出位置",  # 新和 (新和县)
    "认清资本在招商引资中的核心作用",  # 资中 (资中县)
    "盾构机刀具能够适应复杂多变的地质条件",  # 杂多 (杂多县)
    "筑牢网络舆情安全、金融安全防线",  # 融安 (融安县)
    "在合作共赢的基础上推动和平发展",  # 合作 (合作市), 和平 (和平区)
    "东方红拖拉机驶过",  # 东方 (东方市)
    "第二届江北水城双招双引大会",  # 江北 (江北区), 水城 (水城区)
    "资本市场持续向好，安全区域已划定，应该区分不同情况，全省份均有覆盖",  # 本市, 全区, 该区, 全省
    "市和县两级政府合力推进",  # 和县 without 马鞍山
    "落实惠民工程，建设平房改造项目，发展朝阳产业",  # 惠民, 平房, 朝阳
    "城区和郊区、矿区同步推进，新城建设加快",  # generic names
    "项目立区、创新兴区、制造业强区",  # 新兴区 (七台河)
    "入选泰山学者和长江学者，进入世界500强、全国500强",
    "示范小城镇建设稳步推进，一批小城鎮完成投资",  # 小城镇 (舒兰市): small towns as a class
    # a venue named after its place is where something happens, not the place
    "签约仪式在长春南湖宾馆会议中心举行",
    "推介会在昆明滇池國際會展中心舉行",
    "类似的公园仅有香港海洋公园、长隆珠海海洋公园",
    "外语外事学院綦江校区全面投用",
    "亚太总部落户越秀财富中心",
]


@pytest.mark.parametrize("text", NOT_PLACES)
def test_no_false_hits(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("马鞍山市和县经济开发区引进项目，和县县委书记表示", "和县"),  # weak 和县 with its city in the text
        ("哈尔滨市平房区与哈尔滨新区签约，平房将提供土地保障", "平房"),
        # Hong Kong's districts by their short forms, Macau's parishes, with 香港 / 澳门 in the text
        ("香港的沙田、屯門和元朗都有新項目落成", "沙田"),
        ("香港的沙田、屯門和元朗都有新項目落成", "屯門"),
        ("香港特區政府在油尖旺推出重建計劃", "油尖旺"),
        ("澳門特區政府在花地瑪堂區興建公屋", "花地瑪堂區"),
    ],
)
def test_weak_forms_count_with_their_city(text: str, expected: str) -> None:
    assert expected in [t for t, *_ in found(text)]


@pytest.mark.parametrize(
    "text",
    ["沙田和屯门的土地价格上涨", "他在西贡经营一家河粉店", "花地玛堂区的公屋"],
)
def test_weak_forms_need_their_city(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鼓励海外人才来琼投资兴业", [("琼", "海南省", "province", "460000")]),
        ("为海外高层次人才在鄂创新创业营造良好环境", [("鄂", "湖北省", "province", "420000")]),
        ("欢迎创业类人才来鄂贡献才智", [("鄂", "湖北省", "province", "420000")]),
        ("400余名博士通过活动平台留鲁发展", [("鲁", "山东省", "province", "370000")]),
        ("台商回台投资方案共3件", [("台", "台湾省", "province", "710000")]),
        ("扩大来台外商适用范围", [("台", "台湾省", "province", "710000")]),
        ("协助三十九间始创企业在港设立业务", [("港", "香港特别行政区", "province", "810000")]),
        ("计划申请签证来港探索机会", [("港", "香港特别行政区", "province", "810000")]),
        ("3000余名博士来川对接洽谈", [("川", "四川省", "province", "510000")]),
        # no verb of coming or staying before the character: 保留, 返回, 停留 are other words
        ("保留川发展的空间", []),
        ("返回港投资者", []),
        ("停留京工作的时间", []),
    ],
)
def test_one_character_provinces_after_coming(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Taiwan's counties by their short forms and Macau's islands: no adcode below 710000 / 820000
        (
            "台積電在苗栗、彰化和屏東設廠",
            [("苗栗", "苗栗县", "city", None), ("彰化", "彰化县", "city", None), ("屏東", "屏东县", "city", None)],
        ),
        ("澳門氹仔和路環的酒店", [("澳門氹仔", "嘉模堂区", "county", None), ("路環", "圣方济各堂区", "county", None)]),
        # 新竹 is a city and a county: the name as written, no adcode
        ("友達在新竹投資約300億元", [("新竹", "新竹", "city", None)]),
    ],
)
def test_taiwan_and_macau_units(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected


# --- places inside other mentions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "taken", "expected"),
    [
        ("山东华跃新能源有限公司员工在加紧生产", (("org", "山东华跃新能源有限公司"),), []),
        ("东昌府区与聊城大学签订共建协议", (("org", "聊城大学"),), [("东昌府区", "东昌府区", "county", "371502")]),
        ("中农国发(聊城)农商文旅综合体项目落地", (("project", "中农国发(聊城)农商文旅综合体项目"),), []),
        ("举办2023山东聊城（北京）高质量发展推介会", (("event", "2023山东聊城（北京）高质量发展推介会"),), []),
        # without an org pass, a place right before 大学/集团/路 is still not a place of its own
        ("与中山大学、聊城大学合作，沿中山路布局", (), []),
        # short quoted names are brands and slogans; titles in 《》 and quoted speech keep their places
        ("落实好“冠县通”各项措施，建设“六个新聊城”", (), []),
        ("推動「高雄產業人才躍升計畫」", (), []),
        ("出台《冠县招商引资激励政策》", (), [("冠县", "冠县", "county", "371525")]),
        ("“这一批订单产品全部发往天津，共100万对。”", (), [("天津", "天津市", "province", "120000")]),
    ],
)
def test_no_places_inside_other_mentions(text: str, taken: tuple[tuple[str, str], ...], expected: list[Any]) -> None:
    assert found(text, taken) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organisation the org pass did not take: no place of its own
        ("聊城市委、市政府高度重视，莘县人民政府出台政策", []),
        # but a place followed by a word of its own stays
        ("浙江省省委书记在全省会议上提出要加快数字经济发展", [("浙江省", "浙江省", "province", "330000")]),
        # a website named after a place is an outlet, as a paper is
        ("上海招商网资讯中心\n当前位置：上海招商网 >> 招商引资", []),
        ("湖南民生在线-湖南在线民生频道-湖南民生新闻网", []),
        ("来源：黔东南信息港", []),
        ("苏北网\n当前位置：首页", []),
        # 网 that starts another word does not make one (电网 is a trade, 网络 a network)
        ("山东网络经济发展迅速", [("山东", "山东省", "province", "370000")]),
        ("宁夏在线签约项目12个", [("宁夏", "宁夏回族自治区", "province", "640000")]),
        # a venue word after a verb or 的 is no venue's name: the place stays
        ("签约仪式在长春举行的会展中心", [("长春", "长春市", "city", "220100")]),
        ("项目落户长春，将建设城市广场", [("长春", "长春市", "city", "220100")]),
    ],
)
def test_places_before_organisation_words(text: str, expected: list[Any]) -> None:
    assert [m for m in found(text) if m[0] != "全省"] == expected


@pytest.mark.parametrize("text", [text for text, _ in MATCHES] + NOT_PLACES)
def test_same_result_when_the_document_is_already_tokenised(text: str) -> None:
    # the pass does not depend on whether an earlier pass has computed doc.tokens
    plain = found(text)
    doc = Doc(text)
    assert doc.tokens
    assert [(m.text, m.value.name, m.value.level, m.value.adcode) for m in place.find(doc)] == plain


# --- names several units share --------------------------------------------------------------

SHARED = [
    ("北京市朝阳区与海淀区签约，朝阳区将提供服务", "朝阳区", "110105"),
    ("朝阳区与北京经济技术开发区签约", "朝阳区", "110105"),
    ("长春市朝阳区招商推介会在深圳举行，朝阳区与多家企业签约", "朝阳区", "220104"),
    ("朝阳区招商推介会在长春举行", "朝阳区", "220104"),
    ("福州市鼓楼区举行招商推介会，鼓楼区区长介绍营商环境", "鼓楼区", "350102"),
    ("南通市通州区与上海企业签约，通州区将提供保障", "通州区", "320612"),
    ("北京城市副中心所在的通州区", "通州区", "110112"),
    # a district's short form that a city elsewhere shares (朝阳市, 新北市)
    ("2014年举办了北京朝阳国际商务节", "朝阳区", "110105"),
    ("常州市各辖市区中，溧阳、金坛、新北和钟楼区同比增幅均高于全市", "新北区", "320411"),
    ("辽宁省朝阳市招商引资，朝阳将提供服务", "朝阳市", "211300"),
    ("新北市政府表示，台湾新北将扩大投资", "新北市", None),
]


@pytest.mark.parametrize(("text", "name", "adcode"), SHARED)
def test_shared_names_resolved_from_the_document(text: str, name: str, adcode: str) -> None:
    last = [m for m in run(text)[1] if m.value.name == name][-1]
    assert last.value.adcode == adcode
    assert last.value.candidates == []


def test_shared_name_without_context_lists_candidates() -> None:
    _, mentions = run("朝阳区举行招商推介会")
    (m,) = mentions
    assert (m.value.name, m.value.level, m.value.adcode, m.value.full_name) == ("朝阳区", "county", None, None)
    assert {"110105", "220104"} <= {c.adcode for c in m.value.candidates}


# --- composed zones and villages -------------------------------------------------------------

ZONES = [
    ("聊城经济技术开发区", "聊城经济技术开发区", None, "山东省聊城市聊城经济技术开发区"),
    ("东营高新区", "东营高新区", None, "山东省东营市东营高新技术产业开发区"),
    ("石家庄高新区", "石家庄高新技术产业开发区", "130171", "河北省石家庄市石家庄高新技术产业开发区"),
    ("合肥经开区", "合肥经济技术开发区", "340177", "安徽省合肥市合肥经济技术开发区"),
    ("唐山高新区", "唐山高新技术产业开发区", "130273", "河北省唐山市唐山高新技术产业开发区"),
    ("陕西西安高新区", "西安高新区", None, "陕西省西安市西安高新技术产业开发区"),
    ("惠州仲恺高新区", "惠州仲恺高新区", None, "广东省惠州市惠州仲恺高新技术产业开发区"),
    ("成都高新区", "成都高新区", None, "四川省成都市成都高新技术产业开发区"),
    ("重庆两江新区", "两江新区", None, "重庆市两江新区"),
    ("广州南沙新区", "南沙新区", None, "广东省广州市南沙新区"),
    ("深圳前海合作区", "前海深港现代服务业合作区", None, "广东省深圳市前海深港现代服务业合作区"),
    ("郑州新郑综合保税区", "郑州新郑综合保税区", None, "河南省郑州市郑州新郑综合保税区"),
    ("嘉兴科技城", "嘉兴科技城", None, "浙江省嘉兴市嘉兴科技城"),
    ("高雄加工出口區", "高雄加工出口区", None, "台湾省高雄市高雄加工出口区"),
    ("广东省珠西综合实验区", "广东省珠西综合实验区", None, "广东省珠西综合实验区"),
    # 新城 makes a zone only after a place (上海's five new towns)
    ("上海嘉定新城", "嘉定新城", None, "上海市嘉定区嘉定新城"),
    ("上海市松江新城", "松江新城", None, "上海市松江区松江新城"),
]


@pytest.mark.parametrize(("text", "name", "adcode", "full_name"), ZONES)
def test_composed_zones(text: str, name: str, adcode: str | None, full_name: str) -> None:
    _, mentions = run(text + "今年引进项目32个。")
    (m,) = mentions
    assert (m.text, m.value.name, m.value.level, m.value.adcode, m.value.full_name) == (
        text,
        name,
        "zone",
        adcode,
        full_name,
    )


@pytest.mark.parametrize(
    ("text", "zone", "name", "full_name"),
    [
        # a zone named by a plain word gets the subject's area as its parent
        ("东昌府区招商引资成效显著\n东昌府区政府、凤凰工业园有关领导迅速制订方案。东昌府区将持续发力。", "凤凰工业园",
         "凤凰工业园", "山东省聊城市东昌府区凤凰工业园"),
        ("聊城市招商引资再创佳绩\n聊城市构建“县市区+高铁新区”招商全覆盖格局。聊城市将持续发力。", "高铁新区",
         "高铁新区", "山东省聊城市高铁新区"),
        # 三江 is 三江侗族自治县's short form, but 三江新区 in a 宜宾 report is 宜宾's
        # 经开区 / 高新区 after a plain name (南昌县（小蓝经开区）); 经开区 is spelt out in the name
        ("南昌县招商引资成效显著\n南昌县（小蓝经开区）举行集中开工仪式，小蓝经开区将持续发力。", "小蓝经开区",
         "小蓝经济技术开发区", "江西省南昌市南昌县小蓝经济技术开发区"),
        ("宜宾市三江新区招商引资成效显著\n今年以来，三江新区新签约项目45个。宜宾市委表示将持续发力。", "三江新区",
         "三江新区", "四川省宜宾市三江新区"),
        # 开发区 after a plain name, as 高新区 / 经开区 (长德开发区)
        ("德惠市招商引资成效显著\n一批企业计划在长德开发区建设饲料项目。德惠市将持续发力。", "长德开发区",
         "长德开发区", "吉林省长春市德惠市长德开发区"),
    ],
)  # fmt: skip
def test_zones_named_by_a_plain_word(text: str, zone: str, name: str, full_name: str) -> None:
    _, mentions = run(text)
    values = [m.value for m in mentions if m.text == zone]
    assert values and all((v.name, v.level, v.adcode, v.full_name) == (name, "zone", None, full_name) for v in values)


@pytest.mark.parametrize(
    ("text", "village", "full_name"),
    [
        (
            "东昌府区李海务街道宋杨河村打造冷链产业园",
            "东昌府区李海务街道宋杨河村",
            "山东省聊城市东昌府区李海务街道宋杨河村",
        ),
        (
            "区里在宋杨河村打造了冷链产业园。度假区李海务街道党工委副书记介绍",
            "宋杨河村",
            "山东省聊城市东昌府区李海务街道宋杨河村",
        ),
    ],
)
def test_villages(text: str, village: str, full_name: str) -> None:
    _, mentions = run(text)
    (m,) = [m for m in mentions if m.value.level == "village"]
    assert (m.text, m.value.name, m.value.full_name, m.value.adcode) == (
        village,
        village.split("街道")[-1],
        full_name,
        None,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a report on a county its towns go by their short names
        ("佛山市顺德区招商引资成效显著\n顺德区今年引进超亿元项目102个，北滘、容桂等镇街建成人才驿站14个。",
         [("北滘", "北滘镇", "440606102"), ("容桂", "容桂街道", "440606006")]),
        ("东昌府区招商引资再创佳绩\n东昌府区新签约项目21个，堂邑、沙镇等镇新建标准化厂房。",
         [("堂邑", "堂邑镇", "371502102"), ("沙镇", "沙镇镇", "371502101")]),
    ],
)  # fmt: skip
def test_towns_by_their_short_names(text: str, expected: list[tuple[str, str, str]]) -> None:
    _, mentions = run(text)
    assert [(m.text, m.value.name, m.value.adcode) for m in mentions if m.value.level == "town"] == expected


def test_a_town_short_name_needs_its_county() -> None:
    assert found("北滘、容桂等镇街建成人才驿站14个。") == []


# --- the subject place ----------------------------------------------------------------------

SPEECH = (
    "同志们：今天，我们召开全区“双招双引”动员大会，推动实现开发区高质量发展的新跨越。\n"
    "过去一年，开发区新签约项目135个，到位省外资金173.6亿元，占全市的四分之一以上。"
    "我区工业服务业发展仍然缓慢，开发区要对标先进。东营区提出要实施商务楼宇升级行动，"
    "东营港与振华集团合作，垦利与华润集团在新材料领域合作。\n"
    "下一步，开发区要抓好招商引资，全区上下要树牢全局意识，我区将持续优化营商环境。"
)
SUBJECTS = [
    ("东昌府区高质量双招双引激活发展新动能\n在不久前召开的大会上，东昌府区现场签约项目3个。上半年，全区新签约项目21个。"
     "聊城市有关负责人表示，我市将继续支持。", ("东昌府区", "county", "371502")),
    ("满弦拉弓战犹酣 聊城市顶格推进招商引资\n今年，聊城市大力开展招商引资优化提升行动。全市新签约项目212个。"
     "冠县引进项目15个，冠县还成立了专班，冠县县委表示将持续发力。我市将继续深化改革。", ("聊城市", "city", "371500")),
    ("有“奔头儿”·决胜2020\n重点突破带动全面落实，聊城经济技术开发区——\n作为全市产业发展的前沿阵地，开发区全力建设先行区。"
     "今年以来，聊城经济技术开发区始终将双招双引作为生命线，开发区新签约项目40个。", ("聊城经济技术开发区", "zone", None)),
    (SPEECH, ("东营经济技术开发区", "zone", "370571")),
    ("砥砺前行芳华\n项目是发展的支撑。高新区紧紧围绕“3+1”产业体系，赴深圳、东莞等地开展招商活动。"
     "近年来，聊城高新区以推动高质量发展为主线，高新区新签约项目46个。全区一般公共预算收入增长，列全市第二。",
     ("聊城高新区", "zone", None)),
    ("晋江经济开发区：项目建设跑出加速度\n记者走进晋江经济开发区，多个项目正在施工。开发区今年新签约项目18个。",
     ("晋江市经济开发区", "zone", "350582401")),
    ("滁州市招商引资再创新高\n今年以来，滁州市紧盯长三角，全市新签约亿元以上项目320个。来安县新签约项目45个。",
     ("滁州市", "city", "341100")),
    ("鄭州市推動招商引資\n今年上半年，鄭州市實際利用外資20億美元，全市簽約項目150個。", ("郑州市", "city", "410100")),
    # a city and its counties outweigh another city named more often than the city itself
    ("2019年第一季度，天水市共签约项目38个。麦积区、秦安县、甘谷县到位资金均为正增长。"
     "在苏州举行的推介会暨签约仪式上，签约32个项目。苏州客商表示将继续投资。", ("天水市", "city", "620500")),
    # 全省 and three or more of its cities: the province
    ("2015年上半年，各州市在各类省级重大招商活动中签约360个项目。昭通、保山、文山的项目落地率均超过30%。"
     "全省到位资金375亿元，昆明市到位217.2亿元。昭通市到位27亿元。", ("云南省", "province", "530000")),
    ("上半年，昭通市签约项目36个。昭通市到位资金27亿元，占全省的7%。", ("昭通市", "city", "530600")),
    # nor does where projects are brought in from
    ("今年一季度，滨海新区已承接引进北京项目301个，引进北京项目投资额641亿元，承接北京项目到位资金20亿元。滨海新区新设企业209个。",
     ("滨海新区", "county", "120116")),
    # destinations say little about the subject
    ("甘谷县赴苏州开展招商推介\n6月5日，甘谷县招商推介会在苏州市举行。", ("甘谷县", "county", "620523")),
    # a venue says little about whose figures they are; a region holding the event in itself is the subject
    ("援藏干部招商引资项目在拉萨集中签约\n5月31日上午，西藏自治区在拉萨举行援藏干部招商引资项目集中签约，共签约项目26个。",
     ("西藏自治区", "province", "540000")),
    ("湖南省科技项目启动会在长沙举行\n湖南省与国家自然科学基金委联合资助项目启动会在长沙举行。湖南省今年立项52个。",
     ("湖南省", "province", "430000")),
    ("四川省招商推介会于成都召开\n6月8日，四川省于成都召开招商推介会，现场签约项目40个。",
     ("四川省", "province", "510000")),
    # the report's own headline (原标题：…) under a portal's re-title weighs like a title
    ("长治：重点项目集中开工 投资71.73亿元\n原标题：沁源48个重点项目集中开工 总投资达71.73亿元\n"
     "沁源县2018秋冬季重点建设项目集中开工暨现场推进会日前举行。这是长治市沁源县继上半年15个转型项目集中开工后的又一成果。\n"
     "沁源县紧紧围绕山西省、长治市“转型项目建设年”总体安排部署，引进了一批项目。", ("沁源县", "county", "140431")),
    # 全省 said again and again (never 全市) with only the capital's paper named: the province
    ("兰州日报讯 记者获悉，1至9月，全省签约招商引资项目3989个。全省到位资金6527.11亿元。全省民营企业投资加大。",
     ("甘肃省", "province", "620000")),
    # a report that says 我县 (never 我市) speaks for a county, though its city is named more often
    ("宁阳县6个项目在泰安市第二季度活动中成功签约\n6月12日上午，泰安市第二季度项目签约活动举办，泰安市领导出席。"
     "活动中，我县6个项目成功签约。泰安市坚持招商引资。我县将全力以赴抓招引。", ("宁阳县", "county", "370921")),
    # a municipality by its one character where investment comes to or stays (在津投资, 来沪发展)
    ("记者从市合作交流办获悉，今年1至7月，天津共引进国内招商引资项目2596个。外地民营企业在津投资项目2456个。",
     ("天津市", "province", "120000")),
    # not where the report's people go (赴沪考察)
    ("县领导赴沪考察。县领导赴沪洽谈项目。", None),
    ("招商引资是县域经济发展的生命线。全县上下凝心聚力。来自浙江的企业家纷纷到访。", None),
    ("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%。", None),
    # 全市 as the base of a share or comparison (高于全市, 占全市) is the city the subject lies in
    ("大连：主要经济指标大幅增长 金普新区交出亮丽半年报\n今年上半年，大连金普新区实现地区生产总值945.1亿元，增长6.4%；"
     "一般公共预算收入增长16.6%，高于全市12.5个百分点；规上工业总产值占全市41.2%；实际利用内资占全市12.7%；"
     "实际利用外资占全市47.6%；新增市场主体占全市24.53%。", ("金普新区", "zone", None)),
    # ... while a report that speaks for the city with 全市 stays with it
    ("大连：主要经济指标大幅增长 金普新区交出亮丽半年报\n今年上半年，全市实现地区生产总值3945.1亿元；全市规上工业增长8%；"
     "全市实际利用外资21亿美元；全市新增市场主体53158户。", ("大连市", "city", "210200")),
    # a page naming its places only inside project names, all units of one city: that city
    ("集中签约仪式上，侯马经济开发区高频变压器项目，洪洞经济技术开发区光伏发电项目，襄汾经济技术开发区发电综合利用项目，"
     "隰县现代农业产业示范区果蔬包装项目等14个项目进行了现场签约。", ("临汾市", "city", "141000")),
    # ... not when they are units of two cities
    ("集中签约仪式上，侯马经济开发区高频变压器项目，洪洞经济技术开发区光伏发电项目，榆次区发电综合利用项目，"
     "平遥县果蔬包装项目等14个项目进行了现场签约。", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUBJECTS)
def test_subject_place(text: str, expected: tuple[str, str, str | None] | None) -> None:
    doc, _ = run(text)
    subject = doc.info["subject_place"]
    if expected is None:
        assert subject is None
    else:
        assert isinstance(subject, models.PlaceValue)
        assert (subject.name, subject.level, subject.adcode) == expected
        assert not subject.anaphor


# --- anaphora -------------------------------------------------------------------------------

# text -> every anaphor as (text, name, level, adcode)
ANAPHORA = [
    # prefecture-level scope words and 全疆
    ("锡林郭勒盟招商引资\n锡林郭勒盟今年签约项目21个，全盟上下干劲十足，增速居全疆前列。",
     [("全盟", "锡林郭勒盟", "city", "152500"), ("全疆", "新疆维吾尔自治区", "province", "650000")]),
    # the subject's own level, its city, its province
    ("东昌府区高质量双招双引\n东昌府区上半年签约项目21个，全区上下干劲十足，该区还引进人才50名。我市将继续支持，全省开发区要对标。",
     [("全区", "东昌府区", "county", "371502"), ("该区", "东昌府区", "county", "371502"),
      ("我市", "聊城市", "city", "371500"), ("全省", "山东省", "province", "370000")]),
    (SPEECH, [(word, "东营市", "city", "370500") if word == "全市" else (word, "东营经济技术开发区", "zone", "370571")
              for word in ("全区", "开发区", "开发区", "全市", "我区", "开发区", "开发区", "全区", "我区")]),
    # 全县 in a city report: the county the paragraph names
    ("聊城市顶格推进招商引资\n聊城市上半年签约项目212个。\n“一季度，全县开展精准招商37次，一批项目落户莘县。”",
     [("全县", "莘县", "county", "371522")]),
    # 全省 with another province named in the same sentence
    ("东营经济技术开发区招商动员大会\n东营经济技术开发区要学习先进。浙江省省委书记在春节后全省会议上提出要加快数字经济发展。",
     [("全省", "浙江省", "province", "330000")]),
    # 该县: the county named before
    ("滁州市招商引资再创新高\n滁州市新签约项目320个。来安县新签约项目45个，该县还引进了一批人才。全市上下齐心协力。",
     [("该县", "来安县", "county", "341122"), ("全市", "滁州市", "city", "341100")]),
    # a county-level city's 全市 is itself; 全国 / 我国 are China
    ("义乌市招商引资成效显著\n义乌市实际使用外资1.2亿美元，全市新签约项目50个，我国小商品出口全国领先。",
     [("全市", "义乌市", "county", "330782"), ("我国", "中国", "country", None), ("全国", "中国", "country", None)]),
    # towns; autonomous regions' 全区
    ("河南省许昌市长葛市大周镇招商引资\n大周镇党委书记表示，全镇新引进项目12个。", [("全镇", "大周镇", "town", "411082106")]),
    ("广西壮族自治区南宁市召开招商大会，南宁市签约项目200个，全区新签约项目超过800个。",
     [("全区", "广西壮族自治区", "province", "450000")]),
    # bare zone words stand for the zone of their family the text names
    ("惠州仲恺高新区举行签约仪式。仲恺高新区今年已引进项目60个，高新区负责人表示将优化服务。惠州市委常委出席。",
     [("高新区", "惠州仲恺高新区", "zone", None)]),
    # … also for a zone the gazetteer knows whole, in a report about its city
    ("长沙市推进项目建设。两江新区举行座谈会，长沙市签约项目30个。今年，新区将再铺排项目401个。",
     [("新区", "两江新区", "zone", None)]),
    ("大连市新签约项目。大连金普新区签约项目12个。新区负责人表示将优化服务。", [("新区", "金普新区", "zone", None)]),
    # 园区 stands only for a subject park
    ("苏州工业园区前三季度实际使用外资增长\n今年以来，园区新设外资项目156个，扩建其在园区的生产基地。",
     [("园区", "苏州工业园区", "zone", "320576"), ("园区", "苏州工业园区", "zone", "320576")]),
    ("东昌府区招商引资再创佳绩\n东昌府区新签约项目21个，鲁西创业园入驻企业67家，园区运营总监介绍。", []),
    # traditional characters; a Taiwanese city has no GB/T 2260 code
    ("臺中市招商引資成果豐碩\n臺中市政府表示，今年上半年全市新增投資案45件。臺中市長指出，本市將持續優化投資環境。",
     [("全市", "台中市", "city", None), ("本市", "台中市", "city", None)]),
    # unresolved: the word, the level of the word, no adcode
    ("招商引资是县域经济发展的生命线。全县上下凝心聚力。", [("全县", "全县", "county", None)]),
    # 州 is the autonomous prefecture, also in a report on one of its county-level cities
    ("福泉市招商引资获全州一等奖\n福泉市荣获2013年全州招商引资工作一等奖。福泉市新签约项目20个。",
     [("全州", "黔南布依族苗族自治州", "city", "522700")] * 2),
    ("楚雄州招商引资成效明显\n楚雄州上半年签约项目33个。我州与江浙地区的合作不断扩大，我州高位推动招商。",
     [("我州", "楚雄彝族自治州", "city", "532300"), ("我州", "楚雄彝族自治州", "city", "532300")]),
    ("延边州经济技术合作局介绍，全州上下形成了招商一盘棋。", [("全州", "延边朝鲜族自治州", "city", "222400")]),
    ("恩施州签约项目12个。黄石市签约项目8个，该州还引进人才50名。", [("该州", "恩施土家族苗族自治州", "city", "422800")]),
    ("上半年我州招商引资取得可喜成果。我州共集中签约项目19个。", [("我州", "我州", "city", None), ("我州", "我州", "city", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    _, mentions = run(text)
    anaphors = [m for m in mentions if m.value.anaphor]
    assert [(m.text, m.value.name, m.value.level, m.value.adcode) for m in anaphors] == expected


def test_generic_zone_words_are_not_anaphors() -> None:
    text = "聊城经济技术开发区招商大会\n聊城经济技术开发区签约项目20个，要对标各开发区、国家级开发区和省级以上开发区的先进经验。"
    assert [m.text for m in run(text)[1]] == ["聊城经济技术开发区", "聊城经济技术开发区"]


def test_the_outlet_of_a_source_line_is_not_the_subject() -> None:
    """来源：济南日报 under a short report is a metadata line, not a headline: its city does not outweigh the text's."""
    from dsz_extract import extract

    report = extract("一季度，东昌府区签约项目30个。\n来源：济南日报\n作者：王明", reference_date="2020-04-10")
    assert report.subject_place is None or report.subject_place.name != "济南市"
    report = extract(
        "一季度，东昌府区签约项目30个，东昌府区到位资金20亿元。\n来源：济南日报", reference_date="2020-04-10"
    )
    assert report.subject_place is not None and report.subject_place.name == "东昌府区"


PLACES_IN_PROJECT_NAMES = [
    # a city or county a project is named after, for the deal's place
    ("福清思嘉新材料产业园项目已开工。", ["福清市"]),
    # a short form only as a whole word: 铁山 in 锡铁山矿区 is no 铁山区, 柴旦 in 大柴旦 no 柴旦镇
    ("三峡新能源锡铁山矿区三期风电项目已开工。", []),
    ("大柴旦工业园碳酸锂项目已开工。", ["大柴旦工业园"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_IN_PROJECT_NAMES)
def test_places_inside_project_names(text: str, expected: list[str]) -> None:
    doc = Doc(text)
    doc.mentions.extend(project.find(doc))
    place.find(doc)
    assert [value.name for _s, _e, value in doc.info["places_in_projects"]] == expected
