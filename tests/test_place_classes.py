"""place mentions by class, from probe sentences written the way reports across China, Hong Kong, Taiwan and
Macau write them (not copied from the corpus): countries and offshore territories, regions and the city
clusters named after their places, zones named with their place or sub-area, short forms that hide behind
the word before them, county short forms jieba tags as place names, and one-character abbreviations."""

from __future__ import annotations

import pytest

from dsz_extract.dims import place
from dsz_extract.doc import Doc


def found(text: str) -> list[tuple[str, str, str, str | None]]:
    doc = Doc(text)
    return [(m.text, m.value.name, m.value.level, m.value.adcode) for m in place.find(doc)]


# text -> every place mention as (text, name, level, adcode)
COUNTRIES = [
    ("代表团赴黎巴嫩、约旦和埃及开展经贸交流", [
        ("黎巴嫩", "黎巴嫩", "country", None), ("约旦", "约旦", "country", None), ("埃及", "埃及", "country", None),
    ]),
    ("外资来源地主要为新加坡、开曼群岛和英属维尔京群岛", [
        ("新加坡", "新加坡", "country", None), ("开曼群岛", "开曼群岛", "country", None),
        ("英属维尔京群岛", "英属维尔京群岛", "country", None),
    ]),
    ("项目出口到苏里南、圭亚那、厄瓜多尔和乌拉圭", [
        ("苏里南", "苏里南", "country", None), ("圭亚那", "圭亚那", "country", None),
        ("厄瓜多尔", "厄瓜多尔", "country", None), ("乌拉圭", "乌拉圭", "country", None),
    ]),
    ("白俄罗斯、格鲁吉亚和阿塞拜疆的企业代表参加", [
        ("白俄罗斯", "白俄罗斯", "country", None), ("格鲁吉亚", "格鲁吉亚", "country", None),
        ("阿塞拜疆", "阿塞拜疆", "country", None),
    ]),
    ("百慕大群岛和萨摩亚的离岸公司投资占比下降", [
        ("百慕大群岛", "百慕大", "country", None), ("萨摩亚", "萨摩亚", "country", None),
    ]),
    ("與紐西蘭、沙烏地阿拉伯企業合作", [
        ("紐西蘭", "新西兰", "country", None), ("沙烏地阿拉伯", "沙特阿拉伯", "country", None),
    ]),
    # a 2-character country inside a phrase is none (更加|蓬勃: 加蓬)
    ("让在地产业更加蓬勃发展", []),
]  # fmt: skip

REGIONS = [
    ("来自川东北、皖北的企业参加推介会", [("川东北", "川东北", "region", None), ("皖北", "皖北", "region", None)]),
    ("推动沪苏浙产业向安徽转移", [("沪苏浙", "沪苏浙", "region", None), ("安徽", "安徽省", "province", "340000")]),
    ("面向阿拉伯国家开展经贸合作", [("阿拉伯国家", "阿拉伯国家", "region", None)]),
    ("海西州地处柴达木盆地", [
        ("海西州", "海西蒙古族藏族自治州", "city", "632800"), ("柴达木盆地", "柴达木盆地", "region", None),
    ]),
    # a name rejected at word boundaries hides no longer one starting inside it (出|海东|南亚)
    ("企业出海东南亚、中东和非洲市场", [
        ("东南亚", "东南亚", "region", None), ("中东", "中东", "region", None), ("非洲", "非洲", "region", None),
    ]),
    ("面向大洋洲和拉美国家开拓市场", [("大洋洲", "大洋洲", "region", None), ("拉美", "拉美", "region", None)]),
    # city clusters and belts named after their places or their abbreviations
    ("深度融入西宁—海东都市圈建设", [("西宁—海东都市圈", "西宁—海东都市圈", "region", None)]),
    ("推进郑州都市圈和南京都市圈协同发展", [
        ("郑州都市圈", "郑州都市圈", "region", None), ("南京都市圈", "南京都市圈", "region", None),
    ]),
    ("加快建设沪昆高铁经济带", [("沪昆高铁经济带", "沪昆高铁经济带", "region", None)]),
    ("加快推进呼包鄂榆城市群建设", [("呼包鄂榆城市群", "呼包鄂榆城市群", "region", None)]),
    ("打造北部湾城市群和滇中城市群", [
        ("北部湾城市群", "北部湾城市群", "region", None), ("滇中城市群", "滇中城市群", "region", None),
    ]),
    ("珠江—西江经济带发展规划出台", [("珠江—西江经济带", "珠江—西江经济带", "region", None)]),
    # a part of a place by its direction
    ("北京西部地区涉及石景山、门头沟", [
        ("北京西部地区", "北京西部地区", "region", None), ("石景山", "石景山区", "county", "110107"),
        ("门头沟", "门头沟区", "county", "110109"),
    ]),
    ("积极承接山东西北部地区产业转移", [("山东西北部地区", "山东西北部地区", "region", None)]),
    # a region word after a verb or a qualifier alone, and 经济|带来, 城市|群众 name nothing
    ("加快打造城市群，培育两大都市圈", []),
    ("推动沿江城市群和沿海经济带协同发展", []),
    ("他们为香港经济带来可观收益", [("香港", "香港特别行政区", "province", "810000")]),
    ("切实服务城市群众和农村群众", []),
]  # fmt: skip

ZONES = [
    ("项目落户南宁空港经济区", [("南宁空港经济区", "南宁空港经济区", "zone", None)]),
    ("漳州台商投资区签约项目12个", [("漳州台商投资区", "漳州台商投资区", "zone", None)]),
    ("孝感临空区引进物流项目", [("孝感临空区", "孝感临空区", "zone", None)]),
    # an address chain ending in a zone of its unit is one mention of the zone
    ("武汉东湖高新区签约光电子项目", [("武汉东湖高新区", "东湖高新区", "zone", None)]),
    ("四川省宜宾市三江新区新签约项目", [("四川省宜宾市三江新区", "三江新区", "zone", None)]),
    # a zone's 片区 is one zone, named after the zone
    ("广东自贸区前海蛇口片区新设外资企业300家", [
        ("广东自贸区前海蛇口片区", "广东自由贸易试验区前海蛇口片区", "zone", None),
    ]),
    ("哈尔滨新区平房片区设置了分会场", [("哈尔滨新区平房片区", "哈尔滨新区平房片区", "zone", None)]),
    ("沈抚改革创新示范区今年引进项目40个", [("沈抚改革创新示范区", "沈抚改革创新示范区", "zone", None)]),
]  # fmt: skip

SHORT_FORMS = [
    # after 和: 和安|庆 is no 和安县
    ("宿州、蚌埠、马鞍山和安庆也在200亿元以上", [
        ("宿州", "宿州市", "city", "341300"), ("蚌埠", "蚌埠市", "city", "340300"),
        ("马鞍山", "马鞍山市", "city", "340500"), ("安庆", "安庆市", "city", "340800"),
    ]),
    # jieba tags 天门 a place name: a weak short form, read where the document names its province or city
    ("湖北省的宜昌、天门、孝感签约额增长", [
        ("湖北省", "湖北省", "province", "420000"), ("宜昌", "宜昌市", "city", "420500"),
        ("天门", "天门市", "county", "429006"), ("孝感", "孝感市", "city", "420900"),
    ]),
    # 陵水黎族自治县 is 陵水 + 黎族 (水 is an ethnic group's name too)
    ("海口、三亚、澄迈、陵水签约额居前", [
        ("海口", "海口市", "city", "460100"), ("三亚", "三亚市", "city", "460200"),
        ("澄迈", "澄迈县", "county", "469023"), ("陵水", "陵水黎族自治县", "county", "469028"),
    ]),
    ("彭水、融水和长白的特色产业", [
        ("彭水", "彭水苗族土家族自治县", "county", "500243"), ("长白", "长白朝鲜族自治县", "county", "220623"),
    ]),
]  # fmt: skip

TOWNS = [
    ("北京市海淀区中关村街道新设科技企业", [("北京市海淀区中关村街道", "中关村街道", "town", "110108011")]),
    ("在曲阜市尼山镇鲁源村建设研学基地", [("曲阜市尼山镇鲁源村", "鲁源村", "village", None)]),
    ("杭州市萧山区瓜沥镇引进智能制造项目", [("杭州市萧山区瓜沥镇", "瓜沥镇", "town", "330109113")]),
]  # fmt: skip

# Taiwan: science parks by their usual short names, a county's townships without 镇/乡 where the county is named
TAIWAN = [
    ("台積電在竹科及南科投資", [("竹科", "新竹科学园区", "zone", None), ("南科", "南部科学园区", "zone", None)]),
    ("解決楠梓加工區廠商投資缺地問題", [("楠梓加工區", "楠梓加工区", "zone", None)]),
    ("苗栗縣議會通過，竹南新建廠辦大樓", [("苗栗縣", "苗栗县", "city", None), ("竹南", "竹南镇", "county", None)]),
    ("竹南新建廠辦大樓", []),
    ("中科院南京分院", [("南京", "南京市", "city", "320100")]),
]  # fmt: skip

# a route named after the places it joins, or a segment after one place, holds them: no mentions
ROUTES = [
    ("兴安至阳朔公路全线通车", []),
    ("预计12月1日黑河—长岭段正式供气", []),
    ("G227老城关经西宁至上新庄段、加西高速大通至西海段开工", []),
    ("梁平至开江高速公路重庆段土建完成", []),
    ("项目落户南宁至今已三年", [("南宁", "南宁市", "city", "450100")]),
    ("从深圳到广州工作", [("深圳", "深圳市", "city", "440300"), ("广州", "广州市", "city", "440100")]),
]  # fmt: skip

# nicknames of provinces, cities and zones (gazetteer_nicknames.tsv, zones.tsv)
NICKNAMES = [
    ("一批重大项目成功签约，落户荆楚", [("荆楚", "湖北省", "province", "420000")]),
    ("10年来，岛城通过博士行平台引才", [("岛城", "青岛市", "city", "370200")]),
    ("落实龙江人才振兴60条", [("龙江", "黑龙江省", "province", "230000")]),
    ("黑龙江省齐齐哈尔市龙江县签约", [("黑龙江省齐齐哈尔市龙江县", "龙江县", "county", "230221")]),
    ("3个院士项目签约落户光谷", [("光谷", "东湖高新区", "zone", None)]),
    ("推动三晋企业走出去", [("三晋", "山西省", "province", "140000")]),
    # (session 40) Inner Mongolia's banners by their short names
    ("科左后旗新签约项目12个", [("科左后旗", "科尔沁左翼后旗", "county", "150522")]),
    ("土右旗与某公司签约", [("土右旗", "土默特右旗", "county", "150221")]),
    ("达茂旗风电项目开工", [("达茂旗", "达尔罕茂明安联合旗", "county", "150223")]),
    ("标准旗舰店开业", []),
]  # fmt: skip

# the unit character that starts the next word belongs to it (贵州|省长, 长沙|市民), unless a place follows (吉林省|长春市)
UNIT_CHARACTERS = [
    ("贵州省长陈敏尔代表省人民政府作报告", [("贵州", "贵州省", "province", "520000")]),
    ("苗栗縣長鍾東錦到議會", [("苗栗", "苗栗县", "city", None)]),
    ("届时长沙市民将再添去处", [("长沙", "长沙市", "city", "430100")]),
    ("推动泌阳县域经济发展", [("泌阳", "泌阳县", "county", "411726")]),
    ("地址：吉林省长春市火炬路", [("吉林省长春市", "长春市", "city", "220100")]),
    ("聊城市民营经济发展迅速", [("聊城市", "聊城市", "city", "371500")]),
]  # fmt: skip

ABBREVIATIONS = [
    ("“一带一路”沿线国家在穗实际投资2.5亿美元", [("穗", "广州市", "city", "440100")]),
    ("已有12位院士来榕设立工作站", [("榕", "福州市", "city", "350100")]),
    ("多个外资大项目在沪集中签约", [("沪", "上海市", "province", "310000")]),
    ("三企入桂发展", [("桂", "广西壮族自治区", "province", "450000")]),
    # 收入, 投入 are no verbs of coming
    ("居民收入川流不息", []),
]  # fmt: skip

# 我省 / 全省 in a report with no subject: the one province of every Chinese place it names, else unresolved
ANAPHORS = [
    ("项目落户南昌、赣州两地。我省将继续扩大开放。", [
        ("南昌", "南昌市", "city", "360100"), ("赣州", "赣州市", "city", "360700"), ("我省", "江西省", "province", "360000"),
    ]),
    # a bare 高新区 in a city report naming no zone: the city's coded zone of that family, if NBS codes one
    ("大庆市招商引资成果丰硕\n今年以来，大庆市签约项目30个。一批项目将落户高新区。", [
        ("大庆市", "大庆市", "city", "230600"), ("大庆市", "大庆市", "city", "230600"),
        ("高新区", "大庆高新技术产业开发区", "zone", "230671"),
    ]),
    ("福州市招商引资成果丰硕\n今年以来，福州市签约项目30个。一批项目将落户高新区。", [
        ("福州市", "福州市", "city", "350100"), ("福州市", "福州市", "city", "350100"),
    ]),
    ("项目落户南昌和长沙。全省将继续扩大开放。", [
        ("南昌", "南昌市", "city", "360100"), ("长沙", "长沙市", "city", "430100"), ("全省", "全省", "province", None),
    ]),
    # (session 40) a banner by its kind alone
    ("扎鲁特旗招商引资成果丰硕\n今年,该旗新签约项目12个。", [
        ("扎鲁特旗", "扎鲁特旗", "county", "150526"), ("该旗", "扎鲁特旗", "county", "150526"),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    ANAPHORS
    + COUNTRIES
    + REGIONS
    + ZONES
    + SHORT_FORMS
    + TOWNS
    + TAIWAN
    + ROUTES
    + NICKNAMES
    + UNIT_CHARACTERS
    + ABBREVIATIONS,
)
def test_place_classes(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(text) == expected
