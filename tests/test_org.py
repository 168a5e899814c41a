"""Organisation mentions: suffix rules, generic phrases, lists, coordination and short names.

Cases come from the seed reports and from sentences written in the style of reports from other
provinces, years and outlets (some in traditional characters). Each case lists every organisation
the entity passes should find in the sentence, as (text, kind), in order.
"""

from __future__ import annotations

import pytest

from dsz_extract.dims import event, org, person, project
from dsz_extract.dims.org import short_name
from dsz_extract.doc import Doc
from dsz_extract.pipeline import resolve_overlaps

ENTITY_PASSES = (event, project, org, person)


def mentions(text: str, kind: str) -> list:
    """Run the entity passes in pipeline order (with the overlap rule) and keep one type."""
    doc = Doc(text)
    for dim in ENTITY_PASSES:
        doc.extend(dim.find(doc))
        doc.mentions = resolve_overlaps(doc.mentions)
    return [m for m in doc.mentions if m.type == kind]


def orgs(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.kind) for m in mentions(text, "org")]


SUFFIXES = [
    # seeds
    (
        "8月18日，在鲁西国际小微企业创业园，山东华跃新能源有限公司员工在加紧生产锂电池极耳。",
        [("山东华跃新能源有限公司", "company")],
    ),
    (
        "6月25日，在科信（山东）智慧冷链仓储公司，度假区李海务街道党工委副书记李路燕指着身后的园区",
        [("科信（山东）智慧冷链仓储公司", "company"), ("度假区李海务街道党工委", "government")],
    ),
    ("与世界500强意大利柯马公司合作，引进人工智能机器人产学研融合项目", [("意大利柯马公司", "company")]),
    ("远在广东的上市公司欧佩德公司副总经理王国清来到东昌府区", [("欧佩德公司", "company")]),
    ("莘县县委书记孙奇宏说。", [("莘县县委", "government")]),
    ("落实市委“三提三敢”要求", [("市委", "government")]),
    ("在市工信局大力支持下，建设全市工业互联网基地", [("市工信局", "government")]),
    ("东昌府区经济发展合作中心副主任黄宁介绍", [("东昌府区经济发展合作中心", "government")]),
    (
        "依托万达欢乐小镇和济南大学文旅学院建设了文旅研究院",
        [("济南大学文旅学院", "university"), ("文旅研究院", "research")],
    ),
    ("东昌府区、中鸿基金与刘晓鸣正式签署合作协议", [("中鸿基金", "fund")]),
    (
        "将发往中铁十四局、中铁隧道局、中建八局、中水七局等“中字号”企业",
        [("中铁十四局", "company"), ("中铁隧道局", "company"), ("中建八局", "company"), ("中水七局", "company")],
    ),
    ("今年全区要确保处置闲置低效用地，自然资源和规划分局完成1340亩以上", [("自然资源和规划分局", "government")]),
    ("争取山东产研院东营分院落户我区", [("山东产研院东营分院", "research")]),
    ("聊城市四维自动化科技有限公司是高新区一家自动化系统集成与开发企业", [("聊城市四维自动化科技有限公司", "company")]),
    ("东营高新区科瑞公司通过与山东高速合作", [("科瑞公司", "company")]),
    # other provinces, years and outlets
    (
        "近日，中国石油天然气集团有限公司与山东省人民政府签署战略合作协议。",
        [("中国石油天然气集团有限公司", "group"), ("山东省人民政府", "government")],
    ),
    (
        "广东省人民政府与华为技术有限公司在深圳签署合作协议。",
        [("广东省人民政府", "government"), ("华为技术有限公司", "company")],
    ),
    (
        "3月15日，苏州工业园区管委会与新加坡淡马锡控股（私人）有限公司签署战略合作协议。",
        [("苏州工业园区管委会", "government"), ("新加坡淡马锡控股（私人）有限公司", "company")],
    ),
    ("湖北省襄阳市樊城区招商局局长张伟表示", [("湖北省襄阳市樊城区招商局", "government")]),
    (
        "深圳市投资推广署与香港贸发局联合举办2023深港投资推介会。",
        [("深圳市投资推广署", "government"), ("香港贸发局", "government")],
    ),
    ("该项目由中国建筑第八工程局有限公司承建。", [("中国建筑第八工程局有限公司", "company")]),
    ("招商银行股份有限公司南京分行行长李明出席签约仪式。", [("招商银行股份有限公司南京分行", "bank")]),
    (
        "贵州省大数据发展管理局与阿里巴巴集团签约。",
        [("贵州省大数据发展管理局", "government"), ("阿里巴巴集团", "group")],
    ),
    (
        "由华为技术有限公司、中国移动通信集团公司共同投资建设",
        [("华为技术有限公司", "company"), ("中国移动通信集团公司", "group")],
    ),
    (
        "浙江大学、中国科学院宁波材料技术与工程研究所等高校院所专家参加论坛。",
        [("浙江大学", "university"), ("中国科学院宁波材料技术与工程研究所", "research")],
    ),
    (
        "该区与中国电子科技集团有限公司第三十八研究所共建智能感知研究院。",
        [("中国电子科技集团有限公司第三十八研究所", "research"), ("智能感知研究院", "research")],
    ),
    (
        "近日，成都市新津区人民政府与通威集团有限公司签署协议。",
        [("成都市新津区人民政府", "government"), ("通威集团有限公司", "group")],
    ),
    (
        "该项目由浙江省交通投资集团有限公司和杭州市城市建设投资集团有限公司联合投资建设。",
        [("浙江省交通投资集团有限公司", "group"), ("杭州市城市建设投资集团有限公司", "group")],
    ),
    ("记者从市发展改革委获悉，今年全市共谋划储备项目1356个。", [("市发展改革委", "government")]),
    (
        "市委组织部、市人力资源和社会保障局联合印发通知。",
        [("市委组织部", "government"), ("市人力资源和社会保障局", "government")],
    ),
    ("据新华社报道，国务院印发了相关方案。", [("新华社", "media"), ("国务院", "government")]),
    ("东昌府区融媒体中心记者现场报道。", [("东昌府区融媒体中心", "media")]),
    ("聊城农商银行与园区企业签订授信协议。", [("聊城农商银行", "bank")]),
    ("山东省商会和浙江省温州商会共同主办。", [("山东省商会", "association"), ("浙江省温州商会", "association")]),
    # traditional characters (matched on the simplified view; text and names as written)
    ("據悉，鴻海精密工業股份有限公司董事長劉揚偉表示，將在高雄投資。", [("鴻海精密工業股份有限公司", "company")]),
    ("記者從市投資促進局獲悉，今年前三季度全市實際使用外資12.3億美元。", [("市投資促進局", "government")]),
    ("青島市市北區與海信集團控股股份有限公司簽約。", [("海信集團控股股份有限公司", "group")]),
    (
        "台灣積體電路製造股份有限公司與南京市人民政府簽署投資協議。",
        [("台灣積體電路製造股份有限公司", "company"), ("南京市人民政府", "government")],
    ),
    # foreign registered forms; a 和 inside a registered name is no boundary
    ("韩国三星电子株式会社在西安高新区追加投资。", [("韩国三星电子株式会社", "company")]),
    ("日本大和精工株式会社投资设立的新工厂已于5月投产。", [("日本大和精工株式会社", "company")]),
    # the longest suffix may reach into the name: 特别行政|区政府 → 特别行政区|政府
    ("香港特別行政區政府今日公布，首季共引進戰略性企業22家。", [("香港特別行政區政府", "government")]),
    ("澳门特别行政区政府与横琴粤澳深度合作区签署协议。", [("澳门特别行政区政府", "government")]),
    # a department written right after its government is one body
    ("台中市政府經濟發展局今日公布上半年招商成果。", [("台中市政府經濟發展局", "government")]),
    ("昆明市人民政府办公室印发了实施方案。", [("昆明市人民政府办公室", "government")]),
    # 市府 / 县府 and Hong Kong bureaus joined by 及; short department forms
    ("新竹縣府今年協助企業投資逾新臺幣300億元。", [("新竹縣府", "government")]),
    ("商務及經濟發展局局長表示，將加強招商。", [("商務及經濟發展局", "government")]),
    ("经发局会同园区经发委开展项目预审。", [("经发局", "government"), ("园区经发委", "government")]),
    # a party committee with 中共 and a district named without its level word
    (
        "中共成都市武侯区委、成都市武侯区政府联合印发通知。",
        [("中共成都市武侯区委", "government"), ("成都市武侯区政府", "government")],
    ),
    ("中共湖北省委召开全省招商引资工作会议。", [("中共湖北省委", "government")]),
    # a bare committee before 常委 is the body of the seat; before 常委会 it is part of the name
    ("刚才，区委常委、常务副区长通报了情况。", [("区委", "government")]),
    ("市人大常委会听取了报告。", [("市人大常委会", "government")]),
    # bodies a report names by level alone: congress, consultative conference, prefecture government
    ("在区人大、区政协监督支持下，我们完成了任务。", [("区人大", "government"), ("区政协", "government")]),
    ("并请县政协委员提出意见。", [("县政协", "government")]),
    ("州委州政府成立领导小组。", [("州委", "government"), ("州政府", "government")]),
    ("省地矿局与省投促局联合开展招商。", [("省地矿局", "government"), ("省投促局", "government")]),
    # building a body is no part of its name
    ("合肥高新区将加快建设合肥量子实验室，打造科创高地。", [("合肥量子实验室", "research")]),
    ("两地签约组建长三角智能网联汽车研究院。", [("长三角智能网联汽车研究院", "research")]),
]


@pytest.mark.parametrize(("text", "expected"), SUFFIXES)
def test_suffix_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


GENERIC = [
    # trades counted as firms, a country or a verb next to a firm, an award's giver
    "产业园的12家建材、食品、电动车等企业将整体迁入",
    # a batch of firms before the items makes them trades
    "园区吸引了一批冶炼、发电、选矿等企业落地。",
    "近年来引进了一批纺织、服装、鞋帽等企业。",
    "當地吸引了一大批物流、倉儲、冷鏈等企業入駐。",
    "吸引了众多印刷、包装、造纸等企业。",
    "开发区聚集了许多陶瓷、玻璃、石材等企业。",
    "两家单位破产重组、某某公司破产重整有序推进",
    "该公司日产极耳50余万对，仍不能满足市场需求。",
    "列举了300家本地企业，筛选了350余家招商目标企业。",
    "市级领导、县市区、部门、国有企业广泛参与招商引资。",
    "相关部门要吃透政策精神，制定具体可行的操作措施。",
    "指导5个园区公司，各设立至少1支子基金。",
    "上市公司不断募资融资，本身就是招商引资。",
    "在我区设立地方保险公司、信托投资公司、金融租赁公司、财务公司等金融机构。",
    "形成了全员招商的浓厚格局，加快全局布局。",
    "打造全市区域创新中心，建设国际一流的复合材料研发中心。",
    "2024中国（郑州）产业转移系列对接活动在郑州国际会展中心开幕。",
    "让他们学会研究产业、研究企业、研究政策。",
    "盯紧世界500强、行业龙头企业、技术领先企业等境外企业。",
    "引进碳纤维、芳纶纤维、超高分子量聚乙烯等高端复合材料企业。",
    "这与我市重点引进集成电路、新型电子元器件、通信产品等龙头企业相符。",  # trades, not firms
    "這與我市重點引進積體電路、新型電子元器件、通信産品等龍頭企業相符。",
    "通过搭建微信群等网络方式与企业开展日常沟通交流。",
    "刚才，XXX主任通报了全区工作情况。",
    "各级党委政府要高度重视，积极争取银行支持。",
    "高新区组织国有平台公司专门成立了科创基金。",
    "约三成来自生命健康科技、人工智能与数据科学领域。",
    "支持龙头企业数字科技发展，推动企业推动科技创新。",
]


@pytest.mark.parametrize("text", GENERIC)
def test_generic_phrases_are_no_organisations(text: str) -> None:
    assert orgs(text) == []


LISTS = [
    (
        "吸引了韩都衣舍、中信证券、鲁西金融、天柱等一批知名企业",
        [("韩都衣舍", "company"), ("中信证券", "company"), ("鲁西金融", "company"), ("天柱", "company")],
    ),
    ("有胜软、天元、华光科技等龙头企业", [("胜软", "company"), ("天元", "company"), ("华光科技", "company")]),
    (
        "春节后，市政府又将我区明汇新能源、祺龙海洋石油钢管、万达微电子等三家企业列入上市培育名单",
        [
            ("市政府", "government"),
            ("明汇新能源", "company"),
            ("祺龙海洋石油钢管", "company"),
            ("万达微电子", "company"),
        ],
    ),
    ("要加快推动新大新材料、威玛装备等重点企业上市步伐", [("新大新材料", "company"), ("威玛装备", "company")]),
    (
        "要围绕国瓷公司、新大集团、东珩国纤、波鸿轨交等市场话语权强企",
        [("国瓷公司", "company"), ("新大集团", "group"), ("东珩国纤", "company"), ("波鸿轨交", "company")],
    ),
    (
        "宜宾市三江新区引进了宁德时代、天原集团、凯翼汽车等一批龙头企业。",
        [("宁德时代", "company"), ("天原集团", "group"), ("凯翼汽车", "company")],
    ),
    (
        "长沙经开区管委会主任刘勇介绍，三一重工、中联重科、山河智能等龙头企业带动效应明显。",
        [("长沙经开区管委会", "government"), ("三一重工", "company"), ("中联重科", "company"), ("山河智能", "company")],
    ),
]


APPOSITION = [
    # a class noun, then a short proper name with the trade a firm's name ends in
    ("其中，新能源車企華馳汽車將投資約28億港元。", [("華馳汽車", "company")]),
    ("生物科技公司康源医药承诺在未来五年投资逾10亿元。", [("康源医药", "company")]),
    ("此外，日本材料大厂东和化学去年10月宣布投资。", [("东和化学", "company")]),
    ("引进新能源车企理想汽车，总投资50亿元。", [("理想汽车", "company")]),
    ("全省车企新能源汽车销量增长三成。", []),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION)
def test_firm_named_after_its_class(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_list_items_before_a_class_noun(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


COORDINATED = [
    ("强化与中国商飞、北京航空航天大学的战略合作", [("中国商飞", "company"), ("北京航空航天大学", "university")]),
    (
        "“聊云数据湖”由北京易华录、旷视科技联合市、区有关方面联合建设。",
        [("北京易华录", "company"), ("旷视科技", "company")],
    ),
    ("高新区天东生化与天润集团混改合作，正在包装上市。", [("天东生化", "company"), ("天润集团", "group")]),
    ("华为与深圳市人民政府签署战略合作协议。", [("华为", "company"), ("深圳市人民政府", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_names_coordinated_with_an_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


def test_short_names_of_firms_found_elsewhere_in_the_text() -> None:
    text = (
        "欧佩德公司注资1亿元，激活了昌华这个老品牌，而昌华公司安装欧佩德的伺服电机后，可节能30%以上。"
        "10月8日上午，在山东易斯特工程工具有限公司生产车间内，工人们正忙着。易斯特的外硬内弹刀圈性能提升了1倍。"
    )
    assert orgs(text) == [
        ("欧佩德公司", "company"),
        ("昌华", "company"),
        ("昌华公司", "company"),
        ("山东易斯特工程工具有限公司", "company"),
        ("易斯特", "company"),
    ]


@pytest.mark.parametrize(
    ("name", "suffix", "core"),
    [
        ("欧佩德公司", "公司", "欧佩德"),
        ("山东易斯特工程工具有限公司", "有限公司", "易斯特"),
        ("山东宏升达机器人科技有限公司", "有限公司", "宏升达"),
        ("聊城市四维自动化科技有限公司", "有限公司", None),
        ("新大集团", "集团", "新大"),
        ("意大利柯马公司", "公司", None),
        ("园区公司", "公司", None),
    ],
)
def test_short_name(name: str, suffix: str, core: str | None) -> None:
    assert short_name(name, suffix) == core


def test_offsets_point_into_the_original_traditional_text() -> None:
    text = "據悉，台灣積體電路製造股份有限公司與南京市人民政府簽署投資協議。"
    found = mentions(text, "org")
    assert [text[m.start : m.end] for m in found] == [m.text for m in found]
    assert [m.value.name for m in found] == ["台灣積體電路製造股份有限公司", "南京市人民政府"]


MEDIA = [
    # the source line names the outlet; it ends at a space, a dash or the next byline word
    ("来源: 东海日报编辑: 王某", [("东海日报", "media")]),
    ("来源:南溪网-南溪日报\n", [("南溪网", "media"), ("南溪日报", "media")]),
    ("| 来源:北江晚报 |", [("北江晚报", "media")]),
    # datelines: 【X网】讯, X网+date+讯, X网+place+date+电
    ("【西岭网】讯 (记者 张某)11月1日", [("西岭网", "media")]),
    ("青山网5月18日讯(记者 李某)", [("青山网", "media")]),
    ("中新網成都3月1日電 (記者 王某)", [("中新網", "media")]),
    ("【【东江商報網】訊】3月22日上午", [("东江商報網", "media")]),
    # a reporter's outlet glued to 记者; a bare domain; a known brand
    ("东湖客户端记者 赵某", [("东湖客户端", "media")]),
    ("工业增长8.Abtv.Com.Cn\n", [("Abtv.Com.Cn", "media")]),
    ("据人民网报道，项目已开工。", [("人民网", "media")]),
    # not media: a source of funds, a network that is infrastructure
    ("资金来源：企业自筹", []),
    ("建设5G网络和电网设施，中国网络安全产业园", []),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA)
def test_media_outlets_named_by_page_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# Well-known firms named alone with no suffix (data/lexicon/org_known.tsv), Taiwanese ones in traditional
# characters; a short form that is part of an ordinary phrase stays none (安永|远).
KNOWN_ALONE = [
    ("台積電、聯電等大廠持續擴大在台投資。", [("台積電", "company"), ("聯電", "company")]),
    ("据领英、猎聘网等第三方机构数据显示，人才净流入居全国前列。", [("领英", "company"), ("猎聘网", "company")]),
    ("普华永道与投洽会组委会联合发布报告。", [("普华永道", "company"), ("投洽会组委会", "government")]),
    ("他说这里安永远是家。", []),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_ALONE)
def test_well_known_firms_named_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# Trades of a list of fields (旅游休闲、文化创意) are no organisations (sector_words.txt).
@pytest.mark.parametrize(
    "text",
    ["澳门投资项目主要涉及旅游休闲、文化创意、物流商贸等领域。", "涉及行業包括旅遊休閒、物流商貿、文化創意等領域。"],
)
def test_trades_of_a_list_of_fields_are_no_organisations(text: str) -> None:
    assert orgs(text) == []
