"""Project mentions: heads, triggers, lists, copulas, repeats, and generic phrases that are none.

Each case lists every project the entity passes should find in the sentence, in order.
"""

from __future__ import annotations

import pytest

from dsz_extract import extract, models
from dsz_extract.dims import event, org, person, project
from dsz_extract.doc import Doc
from dsz_extract.pipeline import resolve_overlaps

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

ENTITY_PASSES = (event, project, org, person)


def run(doc: Doc) -> Doc:
    for dim in ENTITY_PASSES:
        doc.extend(dim.find(doc))
        doc.mentions = resolve_overlaps(doc.mentions)
    return doc


def projects(text: str) -> list[str]:
    return [m.text for m in run(Doc(text)).mentions if m.type == "project"]


HEADS = [
    # a place before a park's head is part of its name; before 项目 with a proper name too
    ("签约落户江州软件园。", ["江州软件园"]),
    ("湖南省长沙市某某新材料项目开工。", ["湖南省长沙市某某新材料项目"]),
    ("某某新能源汽车郑州基地二期项目开工建设。", ["某某新能源汽车郑州基地二期项目"]),
    # seeds
    (
        "现场成功签约颐高集团数字经济产业园项目、银丰生物生命科学产业园项目以及澳大利亚翃海公司智造产业园等3个重点招商项目，总投资额39.5亿元",
        ["颐高集团数字经济产业园项目", "银丰生物生命科学产业园项目", "澳大利亚翃海公司智造产业园"],
    ),
    ("今年，该区又引进了总投资40亿元的新能源汽车零部件产业园项目。", ["新能源汽车零部件产业园项目"]),
    (
        "成功引进北京金沃夫生物工程科技公司投资建设的新型冠状病毒抗原检测试剂盒项目。",
        ["新型冠状病毒抗原检测试剂盒项目"],
    ),
    (
        "比如，总投资30亿元的中农国发(聊城)农商文旅综合体·智慧城项目，建成后将有力带动",
        ["中农国发(聊城)农商文旅综合体·智慧城项目"],
    ),
    ("在宋杨河村打造了智慧冷链产业园，建设恒温冷库、物流配送车间等", ["智慧冷链产业园"]),
    (
        "其中，投资165.9亿元的绿电储能新材料项目、投资15亿元的鲁西预制菜高端食品产业园项目等一批产业链链主项目落户莘县",
        ["绿电储能新材料项目", "鲁西预制菜高端食品产业园项目"],
    ),
    (
        "希杰第9期万吨核苷酸项目成功落户开发区，并从开工到投产仅用9个月；宏通盾构机项目建设计划提前半年完成。",
        ["希杰第9期万吨核苷酸项目", "宏通盾构机项目"],
    ),
    ("推进东珩国纤二期三元催化衬垫项目中试生产线3月份试生产", ["东珩国纤二期三元催化衬垫项目"]),
    ("6月底前年产30万片高铁车轮项目将正式投产运行。", ["年产30万片高铁车轮项目"]),
    ("规划建设新动能项目平台—智能光电信息产业园，实现了拎包入住", ["智能光电信息产业园"]),
    ("通过建设“聊城市产业链精准招商云平台”，充分发挥数字赋能效用", ["聊城市产业链精准招商云平台"]),
    (
        "加快推动合盛铜业一期5000吨锂电铜箔项目生产、二期5000吨5G铜箔项目建设",
        ["合盛铜业一期5000吨锂电铜箔项目", "二期5000吨5G铜箔项目"],
    ),
    (
        "重点推动新大超大型中空结构复合材料制品项目、年产5万吨高端复合材料制品项目早日投产达效",
        ["新大超大型中空结构复合材料制品项目", "年产5万吨高端复合材料制品项目"],
    ),
    # other provinces, years and outlets
    (
        "签约苏州超邦涂料年产4.5万吨先进功能多用途涂料及研发工程中心项目，总投资5亿元。",
        ["苏州超邦涂料年产4.5万吨先进功能多用途涂料及研发工程中心项目"],
    ),
    ("近日，总投资130亿元的宁德时代厦门基地项目正式落户厦门火炬高新区。", ["宁德时代厦门基地项目"]),
    (
        "成都高新区与京东方科技集团股份有限公司签约，引进京东方第6代柔性AMOLED生产线项目。",
        ["京东方第6代柔性AMOLED生产线项目"],
    ),
    ("总投资50亿元的中石化湛江东兴石化扩建项目顺利竣工投产。", ["中石化湛江东兴石化扩建项目"]),
    (
        "青岛西海岸新区与海尔集团签订战略合作协议，海尔卡奥斯工业互联网生态园项目落户该区。",
        ["海尔卡奥斯工业互联网生态园项目"],
    ),
    ("江苏省昆山市与台湾精材科技股份有限公司签约半导体先进封装测试项目，总投资10亿美元。", ["半导体先进封装测试项目"]),
    ("近日，成都市新津区人民政府与通威集团有限公司签署协议，引进年产16万吨高纯晶硅项目。", ["年产16万吨高纯晶硅项目"]),
    ("杭州市萧山区与阿里巴巴（中国）有限公司签约，共建云计算产业园。", ["云计算产业园"]),
    ("开工建设年产10万吨生物基材料项目，计划明年投产。", ["年产10万吨生物基材料项目"]),
    ("其中新材料产业园要完成870亩以上，交通装备制造产业园完成2660亩以上。", ["新材料产业园", "交通装备制造产业园"]),
    # traditional characters
    ("據悉，臺積電南京廠二期項目總投資28.87億美元，已於今年5月正式投產。", ["臺積電南京廠二期項目"]),
    ("青島市市北區與海信集團控股股份有限公司簽約共建智慧城市示範基地。", ["智慧城市示範基地"]),
]


PHASES = [
    # a phase written right after a park or base names that phase
    ("由长江集团投资建设的合肥智能制造产业园二期竣工投产。", ["合肥智能制造产业园二期"]),
    ("福州软件园第三期正式开工。", ["福州软件园第三期"]),
    ("南京江北新区扬子江科学园二期开工建设。", ["南京江北新区扬子江科学园二期"]),
    ("多家企業已在香港科學園設立研發中心。", ["香港科學園"]),
    # also after 项目, in brackets or with 工程 (…项目(一期), …项目一期工程, 电站项目二期)
    ("开工项目有宁波智能装备制造产业化项目(一期),总投资18亿元。", ["宁波智能装备制造产业化项目(一期)"]),
    ("预备项目是柳州食品物流港项目一期工程,总投资35亿元。", ["柳州食品物流港项目一期工程"]),
    ("随后,赣州生态康养旅游项目二期,总投资4亿元。", ["赣州生态康养旅游项目二期"]),
    ("長沙新材料產業基地建設項目(二期)已累計完成投資3.2億元。", ["長沙新材料產業基地建設項目(二期)"]),
    # not a list of phases nor the phase of an amount
    ("苏州智能机器人产业园一期、二期已累计签约企业30家。", ["苏州智能机器人产业园"]),
    ("常州精密模具产业园项目一期固定资产投资800万元。", ["常州精密模具产业园项目"]),
    # a 项目 whose phase goes on to a predicate keeps its name
    ("由两家企业合资建设的常州锂电池项目一期已于5月投产。", ["常州锂电池项目"]),
]


@pytest.mark.parametrize(("text", "expected"), PHASES)
def test_phases_and_science_parks(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_names_ending_in_a_head(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


GENERIC = [
    # a place before generic words names the projects of that place
    "民营企业成为湖南省项目建设的主力军。",
    "本市计划向东部地区重点项目投资约300亿元。",
    "开发区项目之一的某某公司已经投产。",
    # kinds of projects by status; phases counted; a slogan in quotes
    "其中合同项目12个，入园项目的履约率达90%。",
    "全区新执行项目20个，往年结转续建项目15个。",
    "一期项目竣工，三到六期项目加快推进。",
    "推进“跑企业、引项目”机制，促进“找项目”与“引人才”结合。",
    "表彰了暨招商引资项目的先进单位。",
    "上半年，全区新签约双招双引项目21个，一大批产业前景好、科技含量高的优质项目落地开花。",
    "1—4月份，新签约亿元以上项目212个，计划投资额1187.77亿元。",
    "筛选签约未落地和开工进度慢的重点招商项目18个，建立“顶格招商”项目库。",
    "作为新旧动能转换重大工程，编制《开发区新旧动能转换重大工程规划方案》，大力实施“4+1”工程。",
    "今年，共谋划实施省市区重点项目86个，其中省市重点项目32个。",
    "扎实开展“221”制造业项目招引行动，新签约过亿元制造业项目19个。",
    "正在举全区之力打造百亿级新能源汽车及零部件产业基地。",
    "建成国内一流的功能陶瓷材料产业基地，打造重要的汽车零部件生产基地。",
    "引进云计算、大数据、物联网、人工智能等新兴业态项目。",
    "年内引进刹车片、齿轮箱、制动盘等相关配套项目5家以上。",
    "工业项目投资主要集中在一般性生产项目，对续建项目、企业重整项目依赖严重。",
    "更加注重项目的质量和发展效益，确保项目引得来、落得下、建设快。",
    "优先保障重点项目土地需求，倒排项目建设工期。",
    "一要抓好产业园招商，一个产业园区就是一个产业集群。",
    "目前落地外资项目主要是地产类项目，政策成本高。",
    "新增国家级重点人才工程入选者38人。",
    "招商引资和人才工作是“一把手工程”，要亲自抓。",
    "全市实施引才工程，新引进博士120名。",
]


GENERIC += [
    "此次签约的项目主要是泵阀机械、农副产品加工等产业链项目。",  # trades of a class of trades
    "力争项目早建成、早达效。",  # a verb, then the class word
    "今年截至目前，该区洽谈签约引资项目达34个。",  # 引资项目 is a class
    "建立全省年度投资项目库、若干重大工程项目清单和央地合作重点项目清单。",  # registries of projects
]


@pytest.mark.parametrize("text", GENERIC)
def test_generic_phrases_are_no_projects(text: str) -> None:
    assert projects(text) == []


LISTS = [
    # a list before 等 and a count of projects ends at 等
    (
        "长沙比亚迪电池、华为鲲鹏生态基地、湘江精密光学器件等18个项目集中签约。",
        ["长沙比亚迪电池", "华为鲲鹏生态基地", "湘江精密光学器件"],
    ),
    (
        "该区相继引进了中通新能源汽车、诚通客车型材及电控系统、泰一新能源锂电池等一批产业相关项目。",
        ["中通新能源汽车", "诚通客车型材及电控系统", "泰一新能源锂电池"],
    ),
    (
        "这些项目中，有东珩国纤氧化铝纤维、中车兆源聚酰亚胺薄膜、美国米德PET芯材、亚蓝湾石墨烯新材料等战略性新兴产业项目，"
        "有波鸿（中国）轨交高速车轮及产业链项目、合盛铜业高性能电子铜箔、华熙生物重整佛思特及再投资项目等资源整合提升型项目。",
        [
            "东珩国纤氧化铝纤维",
            "中车兆源聚酰亚胺薄膜",
            "美国米德PET芯材",
            "亚蓝湾石墨烯新材料",
            "波鸿（中国）轨交高速车轮及产业链项目",
            "合盛铜业高性能电子铜箔",
            "华熙生物重整佛思特及再投资项目",
        ],
    ),
    (
        "成功签约国药集团灵芝产业合作、华为集团数字冠县建设、新加坡能源集团特色现代农业产业园+新能源等一批大项目和好项目。",
        ["国药集团灵芝产业合作", "华为集团数字冠县建设", "新加坡能源集团特色现代农业产业园+新能源"],
    ),
    (
        "基础设施成效显著，“三桥两路”、聊高路聊夏路拓宽提升工程、江北水镇配套路网等基础设施项目进展顺利。",
        ["三桥两路", "聊高路聊夏路拓宽提升工程", "江北水镇配套路网"],
    ),
    ("我区仅有恒大棕榈岛酒店、商飞基地PPP两个项目。", ["恒大棕榈岛酒店", "商飞基地PPP"]),
    ("东城区、西城区代表团分别签约、落地两个项目。", []),
    # a count after a verb that takes projects is its object: what stands before the verb lists no projects
    ("该市委书记、市长王某率代表团收获签约24个项目、合同引资62亿元。", []),
    ("全市招商引资到位资金18.6亿元、“三类500强”企业共投资33个项目。", []),
    ("开发区党工委书记、主任李某带队签约了12个项目。", []),
    ("本区有宏达精密、华信光电两个项目落地。", ["宏达精密", "华信光电"]),
    # 基础设施 closes a list of named works singled out as a batch or by rank, not a list of kinds
    (
        "疏港高速、环湾旅游公路支线、环湾快速路等一批重大交通基础设施开工建设。",
        ["疏港高速", "环湾旅游公路支线", "环湾快速路"],
    ),
    ("京雄高速、荣乌新线等重点基础设施加快建设。", ["京雄高速", "荣乌新线"]),
    ("推进5G基站、充电桩等新型基础设施建设。", []),
    ("加快交通、水利、能源等基础设施建设。", []),
    (
        "会上，现场签约了吉利汽车西部生产基地、蜂巢能源动力电池、四川时代二期等12个重大项目。",
        ["吉利汽车西部生产基地", "蜂巢能源动力电池", "四川时代二期"],
    ),
    (
        "同时，区内还有光谷未来城、软件园、大学科技园、油田工业园等“园中园”，这些都是很好的招商载体。",
        ["光谷未来城", "软件园", "大学科技园", "油田工业园"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_list_items_are_projects(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


def test_copula_and_repeats() -> None:
    text = (
        "“聊云数据湖”是我市双招双引重点项目，由北京易华录、旷视科技联合建设。“聊云数据湖”一期投资5亿元。"
        "鲁西国际小微企业创业园是东昌府区的双招双引重点项目。园区运营总监介绍，鲁西国际小微企业创业园已入驻企业67家。"
    )
    assert projects(text) == ["聊云数据湖", "聊云数据湖", "鲁西国际小微企业创业园", "鲁西国际小微企业创业园"]


def test_money_mention_before_the_name_ends_it_and_numbers_inside_stay() -> None:
    """The numeric passes run first: 总投资X亿元 is a money mention; the name starts after it and 的."""
    text = "引进了总投资40亿元的年产4.5万吨先进涂料项目。"
    doc = Doc(text)
    start = text.index("40亿元")
    money = models.MoneyValue(amount=4_000_000_000, currency="CNY")
    doc.mentions = [doc.make("money", start, start + len("40亿元"), money)]
    names = [m.text for m in run(doc).mentions if m.type == "project"]
    assert names == ["年产4.5万吨先进涂料项目"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each item of a list starts after its own amount and 的
        ("总投资3亿美元的金红叶纸业、总投资3.6亿美元的展华电子等一批重大项目落户。", ["金红叶纸业", "展华电子"]),
        ("投资30亿元的马铃薯全产业链、投资1.4亿美元的太阳能发电等一批项目签约。", ["马铃薯全产业链", "太阳能发电"]),
        # a building verb inside a zone's name is no verb of the project's name; 分散式 is one word
        (
            "集中签约仪式上，临汾经济开发区精密智造项目，乡宁生态文化旅游示范区分散式风电项目等14个项目进行了现场签约。",
            ["临汾经济开发区精密智造项目", "乡宁生态文化旅游示范区分散式风电项目"],
        ),
        # 随着 ends a name on its left; 投资的 presents the project after it as one
        ("随着黄土坡隧道工程的奠基，48个重点建设项目集中开工。", ["黄土坡隧道工程"]),
        ("投入最大的是常州裕源轴承制造有限公司投资的轴承制造项目。", ["轴承制造项目"]),
        # a list item is taken whole over a word inside its name, but not over a locative (水利局的) or a leading verb
        (
            "武汉嘉合科技项目、武汉旭日胜天包装装饰高分子新材料项目、新建光伏电站项目等10个项目签约。",
            ["武汉嘉合科技项目", "武汉旭日胜天包装装饰高分子新材料项目", "光伏电站项目"],
        ),
        (
            "其中包括高新区的宁阳生态食品产业示范园区项目、水利局的干渠分布式光伏储能一体化项目、"
            "华丰镇的清洁储能项目、伏山镇的电芯壳体智能制造中心等项目。",
            ["宁阳生态食品产业示范园区项目", "干渠分布式光伏储能一体化项目", "清洁储能项目", "电芯壳体智能制造中心"],
        ),
        # two names ending in the same word joined by 及 are two; parts of one (产业园和算力中心项目) are one
        (
            "投资超30亿元的清山奥特莱斯特色小镇、京津冀汽车零部件交易物流中心及欧洲之窗奢侈品交易物流中心等4个项目来自北京。",
            ["清山奥特莱斯特色小镇", "京津冀汽车零部件交易物流中心", "欧洲之窗奢侈品交易物流中心"],
        ),
        (
            "华中服装制造产业园项目、汉上云谷数字经济产业园和算力中心项目等12个项目集中签约。",
            ["华中服装制造产业园项目", "汉上云谷数字经济产业园和算力中心项目"],
        ),
        # a class named by what it does for the city (现代化产业, 灾后恢复重建) closes a list of its examples
        (
            "开工清华国重昌平基地、永丰实创园二期等26个现代化产业项目，总投资380亿元。",
            ["清华国重昌平基地", "永丰实创园二期"],
        ),
        # a building verb before the first item is no part of its name
        ("正在加快建设恒丰建材、双成建材、兴业诚钢等20个工业项目。", ["恒丰建材", "双成建材", "兴业诚钢"]),
        # the venue word before a name is no part of it
        ("其中，主会场法麦克斯三期项目总投资5.2亿元。", ["法麦克斯三期项目"]),
        # a line's section between two places (太原至西安段) is part of its name
        ("大西高铁太原至西安段正式通车。", ["大西高铁太原至西安段"]),
        # the last two joined by 和, the second with its amount first
        (
            "投资200亿元的深哈金融科技城、投资440亿元的恒大绥化文旅康养城和投资1.4亿美元的鹤岗太阳能发电等一批项目签约。",
            ["深哈金融科技城", "恒大绥化文旅康养城", "鹤岗太阳能发电"],
        ),
    ],
)
def test_list_items_start_after_their_amounts(text: str, expected: list[str]) -> None:
    report = extract(text, reference_date="2018-10-05")
    assert [m.text for m in report.mentions if m.type == "project"] == expected


def test_project_name_wins_over_an_organisation_inside_it() -> None:
    found = run(Doc("签约颐高集团数字经济产业园项目。")).mentions
    assert [(m.type, m.text) for m in found] == [("project", "颐高集团数字经济产业园项目")]


def test_offsets_point_into_the_original_traditional_text() -> None:
    text = "據悉，臺積電南京廠二期項目總投資28.87億美元。"
    (found,) = [m for m in run(Doc(text)).mentions if m.type == "project"]
    assert text[found.start : found.end] == found.text == found.value.name == "臺積電南京廠二期項目"


def extracted_projects(text: str) -> list[str]:
    """The whole pipeline: the build-verb rule needs the money mentions of the numeric passes."""
    return [m.text for m in extract(text).mentions if m.type == "project"]


BUILT_FACILITIES = [
    # build verb + 其在X的 / 一座 / 位于X的 + a facility named by its trade, in a sentence with an amount
    ("宁波均胜电子宣布追加投资3亿元，扩建其在杭州湾新区的汽车电子生产基地。", ["汽车电子生产基地"]),
    ("宁德时代拟投资60亿元，在济宁高新区新建一座动力电池工厂。", ["动力电池工厂"]),
    ("万华化学去年宣布投资约12亿元，于大亚湾石化区兴建高性能树脂新厂，预计明年投产。", ["高性能树脂新厂"]),
    ("中联重科与望城经开区签约建设中联高端装备创新中心，总投资约20亿元。", ["中联高端装备创新中心"]),
    # two facilities joined by 及 under one verb are one project
    (
        "蔚来汽车将投资约50亿元，在新桥科技创新示范区建设其全球研发总部及智能制造中心，预计2025年投用。",
        ["全球研发总部及智能制造中心"],
    ),
    # traditional characters
    ("日商信越化學宣布投資新臺幣150億元，擴建位於雲林科技工業區的光阻材料產線。", ["光阻材料產線"]),
    # a brand ending in 的 that the text also writes before 集团 does not cut the name
    ("美的集团在安徽芜湖投资建设的美的机器人产业园二期正式投产，总投资约30亿元。", ["美的机器人产业园二期"]),
    ("总投资20亿元的汽车零部件产业园项目开工，这是该县最重要的新材料产业园项目。", ["汽车零部件产业园项目"]),
    # an amount and 的 right before the facility present it as the investment
    ("總投資3.5億元的哈醫大研發中心,佔地7萬平方米。", ["哈醫大研發中心"]),
    ("总投资8亿元的宁德时代电池研发中心今年开建。", ["宁德时代电池研发中心"]),
    ("投资2亿元的区域医疗中心今年开建。", []),
    # no amount, a bare head, a place zone, a city function or a public service: no project
    ("加快建设长三角科技创新中心，打造具有全球影响力的研发总部集聚区。", []),
    ("全年完成投资50亿元，建设研发中心3个。", []),
    ("今年投资2亿元建设研发中心和总部。", []),
    ("投资5亿元建设产业园区基础设施。", []),
    ("计划投资30亿元，打造区域性消费中心。", []),
    ("该市投入3亿元，建设市民服务中心。", []),
    ("全市固定资产投资增长8%，加快建设区域性金融中心和国家物流枢纽。", []),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_FACILITIES)
def test_facilities_an_investor_builds(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# Real reports name projects in ways the written texts did not: lists closed by a class word whose
# items are firms or products, items sharing one head, a firm and a county before the project,
# building verbs inside a name, classes of projects by origin or sector, and pinyin-glossed pages.
REAL_PATTERNS = [
    # items of a list closed by 等(一批…)项目, short ones too once a long one shows they are names
    ("比亚迪、宁德时代、小米等项目相继投产。", ["比亚迪", "宁德时代", "小米"]),
    (
        "清溪精密铸造产业基地、汉能全钒储能电池、恒力液压油缸等一批转型项目建设投产。",
        ["清溪精密铸造产业基地", "汉能全钒储能电池", "恒力液压油缸"],
    ),
    # a page wrapped in the middle of the class (等一⏎批…项目)
    (
        "金石公司技改、湘味源食品饮料、龙头山风电场等一\n批优质新型工业项目建成投产。",
        ["金石公司技改", "湘味源食品饮料", "龙头山风电场"],
    ),
    # one head shared by the items before it; a wrapped item keeps its line break in the span only
    (
        "县领导分别与华电河源、嘉禾生物制品加工、东莞乐华电\n子科技、鼎盛新型建材项目代表签约。",
        ["华电河源", "嘉禾生物制品加工", "东莞乐华电\n子科技", "鼎盛新型建材项目"],
    ),
    # the first item ends in a building verb; an item after an amount starts after it
    ("机场三期改扩建、沿江高速联络线等一批重大基础设施项目加快推进。", ["机场三期改扩建", "沿江高速联络线"]),
    ("开发区引进总投资8000万美元华瑞智能科技等重大项目。", ["华瑞智能科技"]),
    # a firm and a county before the project; generated verbs inside the name
    (
        "大酒店项目、青岛华品机械科技公司文县建筑垃圾再生资源绿色建材项目、青岛佰利公司康县国际产业园项目签约。",
        ["大酒店项目", "青岛华品机械科技公司文县建筑垃圾再生资源绿色建材项目", "青岛佰利公司康县国际产业园项目"],
    ),
    (
        "其中，赣州金锂科技有限公司磷酸铁锂正极材料研发生产项目占地约300亩。",
        ["赣州金锂科技有限公司磷酸铁锂正极材料研发生产项目"],
    ),
    ("高新区项目之一博创(苏州)三维打印有限公司项目一期投资500万欧元。", ["博创(苏州)三维打印有限公司项目"]),
    ("含锌废渣综合利用项目全面投产，中山抽水站更新改造项目完工。", ["含锌废渣综合利用项目", "中山抽水站更新改造项目"]),
    ("中建集团投资25亿元的丹江源生态治理及开发建设项目开工。", ["丹江源生态治理及开发建设项目"]),
    ("华盛供应链项目投资额0.5亿元。", ["华盛供应链项目"]),
    # a ranking describes the project; a type named next to a named project is one too
    ("全国首套煤制乙二醇示范项目顺利投产。", ["煤制乙二醇示范项目"]),
    # a zone opening the sentence heads the list: it is where both lie, not part of the first name
    ("临空经济区凤鸣湖旅游区项目、生态智慧新城项目签约。", ["凤鸣湖旅游区项目", "生态智慧新城项目"]),
    ("某集团投资60亿元建设白鹭湖国际生态城。", ["白鹭湖国际生态城"]),
    ("香港某传媒集团与青秀区共同打造的卫视文化产业项目落地。", ["卫视文化产业项目"]),
    ("含铁废渣利用项目全面投产。", ["含铁废渣利用项目"]),
    ("青兰铁路开通客运服务。", ["青兰铁路"]),
    # a line in a list closed by the verb that tells it built or in use
    (
        "云桂铁路南宁至百色段、崇左至靖西高速公路、百色区域电网一期工程等项目投入使用。",
        ["云桂铁路南宁至百色段", "崇左至靖西高速公路", "百色区域电网一期工程"],
    ),
    # a company's plan to build at a place makes even a name of trades an instance
    ("宝能物流集团有限公司计划在空港经济开发区建设智慧供应链产业园项目。", ["智慧供应链产业园项目"]),
    # a slash between capacities stays inside the name
    (
        "宏储源100MW/200MWh光伏储能、青海嘉诺钾资源产品精深加工等4个项目已开复工建设。",
        ["宏储源100MW/200MWh光伏储能", "青海嘉诺钾资源产品精深加工"],
    ),
    ("华能2×350MW／700MWh储能电站项目开工。", ["华能2×350MW／700MWh储能电站项目"]),
    # a place before a quoted name in a list is where it is
    ("推进石景山区“智慧谷”、房山区“氢能谷”等一批项目。", ["智慧谷", "氢能谷"]),
]


@pytest.mark.parametrize(("text", "expected"), REAL_PATTERNS)
def test_names_as_real_reports_write_them(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


REAL_CLASSES = [
    "今年1至8月，全市引进区外投资项目315个。",
    "签约总投资百亿元以上国内合作项目有4个。",
    "一产、二产、三产项目实际进资均实现增长。",
    "其中招商引资内外资项目共34个。",
    "吉林已启动实施新基建“761”工程，新基建大项目已谋划2000多个。",
    "八大产业集群项目占比31.4%。",
    "优先支持澳门投资项目建设。",
    "北京西部重点项目将获投资660亿元。",
    "第二师一周内重大项目集中开复工。",
    "投资厂房与机器设备等，且投资项目需符合规定。",
    "预计部份项目将于两年后竣工。",
    # a goal described with 的, a firm's business, the parts of a project
    "打造全国第一个由民企主导的小型航空发动机生产基地。",
    "该公司主要从事研发、生产及销售光伏发电项目跟踪支架系统产品。",
    "项目总投资3.8亿元，主要包括家居设计及生产基地、实景展示空间。",
    "新疆兵团重大项目集中开复工。",
    # a talent programme's base is no investment
    "我市新增5家省博士后创新实践基地。",
    "全市博士后科研工作站(含省级创新实践基地)增至30家。",
    # a list of trades joined to another noun (等产业和项目为重点)
    "以电子信息、健康养生、林产林化等产业和项目为重点开展招商。",
    # the items before a count are cut at 等 or 的
    "引进了一批装备制造、新能源、环境保护等领域的48个项目。",
    "加快建设“两个屏障”“两个基地”“一个桥头堡”。",
    # a quoted name counted before or after its quotes is a class
    "福州49个“回归工程”项目签约，总投资1033亿元。",
    "福州共征集“回归工程”项目228项，总投资2734亿元。",
    # lists of trades and kinds of buildings are types, not projects
    "其中，化工、能源、矿产资源开发等特色优势产业项目308个。",
    "涉及写字楼、星级酒店、特色商业街区等城市建设项目15个。",
    "积极推进药品、保健品、纤维等项目。",
    # levels and leaders' charges name classes of projects
    "自治区层面重大项目完成投资722.5亿元。",
    "广西壮族自治区领导联络重大项目完成投资2062亿元。",
    # a note in brackets before generic words, a share (占), a slogan
    "與省外(含境外)合作項目數達21項。",
    "亿元以上项目到位资金占工业项目到位资金总额的81.01%。",
    "三是招大引強項目成效明顯。",
    # owners and sizes are classes too
    "签约项目一是全部是民企项目，二是单体项目较大。",
    # classes of the statistics' tables: new, counted, reported, promoted
    "今年新签项目中市外项目52个，协议资金31.2亿元。",
    "全市资金到位的入统项目共计61个。",
    "全县纳入统计报表项目共计87个。",
    "各级领导分别赴企业开展助推项目活动。",
    "全省新签外资项目平均合同外资达5000万美元。",
    "到位资金103.5亿元(含续建项目)，同比增长9.1%。",
    # a level of government, a government as owner, rounds and quantities
    "该县在市重点项目推进会上作了发言。",
    "全县纳入省市县重点工程项目共24项。",
    "围绕工业园区、政府PPP项目开展招商。",
    "全县掀起新一轮项目建设高潮。",
    "今年大多数项目都在下半年开工。",
    "新春伊始这么多外资项目集中签约。",
    # a kind of facility or trade alone is a type
    "其余4个均为风电场项目，总投资12.5亿元。",
    "铁路、枢纽项目完成投资3.2亿元。",
    "新的净土健康项目落户城关区。",
    # one trade among the items shows a list of trades; a list running over a list of firms
    "签约新材料、现代农业、中药材加工、农旅、食用菌等项目18个，总投资35亿元。",
    "新能源、新材料、环保再生产业等项目13个。",
    "华信科技、江南新能源等公司带着跨境电商、动力电池等项目回乡洽谈。",
    # kinds of project (…类) listed before their shared ceremony
    "先后举行了产业类项目、基础设施类项目集中开工仪式。",
    # 工程 inside a university's or an institute's name
    "合肥工业大学、安徽工程大学等高校参加。",
    "中国科学院过程工程研究所副所长出席。",
    # a kind (…类) before generic words; an experts' base or station
    "入选旅游文化类重大项目推荐名单。",
    "全县工业类重点项目完成投资12亿元。",
    "授予青岛市专家服务基地牌匾。",
    "本次新设的专家工作站项目聚焦技术难题。",
    # talent platforms are no investment carriers
    "发挥科研院所、高校、留创园等引才平台的主体作用。",
    "之江实验室、西湖大学等平台为高层次人才提供了舞台。",
]

LISTS_WITH_TRADES = [
    # an item with a head of its own stays a project in a list of trades
    ("签约新材料、现代农业、鑫达汽车零部件产业园等项目12个。", ["鑫达汽车零部件产业园"]),
    # a counted repeat of a name is a class
    ("总投资5亿元的现代物流项目落户园区。全市现代物流项目12个。", ["现代物流项目"]),
    ("建成了智能制造产业园、电子信息产业园等平台。", ["智能制造产业园", "电子信息产业园"]),
    # an edge inside a firm's name, a chemical's locants or brackets goes back to the name's start
    ("开工了华源资源利用有限公司废渣综合处理项目。", ["华源资源利用有限公司废渣综合处理项目"]),
    (
        "华星光电项目、泌阳金鼎再生资源利用有限公司尾矿转化项目开工。",
        ["华星光电项目", "泌阳金鼎再生资源利用有限公司尾矿转化项目"],
    ),
    ("总投资5亿元的山东鑫源化工有限公司1,4丁二醇项目开工。", ["山东鑫源化工有限公司1,4丁二醇项目"]),
    ("总投资3亿元的平安县太阳能光伏(并网)发电项目签约。", ["平安县太阳能光伏(并网)发电项目"]),
    # a phase after the name: in brackets, or closing a list item after 项目
    ("开工项目有：中国电科光通信产业化项目(一期)，总投资28亿元。", ["中国电科光通信产业化项目(一期)"]),
    ("预备项目4个，分别是桂林海吉星食尚港项目一期工程，总投资65亿元。", ["桂林海吉星食尚港项目一期工程"]),
    ("阳朔弘尚圣景旅游健康产业项目一期，总投资6亿元。", ["阳朔弘尚圣景旅游健康产业项目一期"]),
    ("该项目一期投资5亿元。", []),
    # descriptors ending words inside a name do not make it a class
    ("宁东基地生产性服务业提升工程开工建设。", ["宁东基地生产性服务业提升工程"]),
    ("安泽经济技术开发区160万吨焦化升级改造项目开工。", ["安泽经济技术开发区160万吨焦化升级改造项目"]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_WITH_TRADES)
def test_lists_with_trades_and_counted_repeats(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


@pytest.mark.parametrize("text", REAL_CLASSES)
def test_classes_real_reports_name_are_no_projects(text: str) -> None:
    assert extracted_projects(text) == []


def test_a_page_with_pinyin_glosses_keeps_them_in_the_span_not_in_the_name() -> None:
    text = "啟動建設金山云(天津)逸仙園云計算數(shù)據(jù)中心園區(qū)項目、天津中電創(chuàng)新園項目。"
    found = [m for m in run(Doc(text)).mentions if m.type == "project"]
    assert [m.text for m in found] == [
        "金山云(天津)逸仙園云計算數(shù)據(jù)中心園區(qū)項目",
        "天津中電創(chuàng)新園項目",
    ]
    assert [m.value.name for m in found] == ["金山云(天津)逸仙園云計算數據中心園區項目", "天津中電創新園項目"]
    assert all(text[m.start : m.end] == m.text for m in found)


# Where a name starts when a place or another item stands before it (docs/contract.md §6).
PLACE_EDGES = [
    # a place opening the clause before a list whose other items name no place heads the list
    ("5月8日，安平县智能仓储物流中心、恒远新材料项目等6个项目集中开工。", ["智能仓储物流中心", "恒远新材料项目"]),
    ("其中，河口工业园华益锂电池隔膜、清远精密铸造等3个项目已开工。", ["华益锂电池隔膜", "清远精密铸造"]),
    # two items sharing the place the first opens with and one 项目 are one name
    (
        "签约项目有红河经济开发区光学镜片、精密模具项目，平川县文旅康养项目。",
        ["红河经济开发区光学镜片、精密模具项目", "平川县文旅康养项目"],
    ),
    # 和 joins the last two items of a list: the first ends in a head of its own or the second names a place
    (
        "新开工东兴光电产业园、明德智能装备和西林镇生态农业观光等3个项目。",
        ["东兴光电产业园", "明德智能装备", "西林镇生态农业观光"],
    ),
    # a list item naming a segment of a line starts where the line does (…至…高速公路…段)
    (
        "重点项目中，临江至平安高速公路东段、华兴电子项目等5个项目已完成年度投资。",
        ["临江至平安高速公路东段", "华兴电子项目"],
    ),
    # 与 joins two products before the 项目 they share, as 及 and 和 do
    ("当天开工的恒达新能源储能与动力电池项目，投资额50亿元。", ["恒达新能源储能与动力电池项目"]),
]
# What the rules above leave as it was.
PLACE_EDGES_KEPT = [
    # each item names its own place: every place stays in its name
    ("今年，安平县智能仓储物流中心、武邑县恒远新材料项目开工。", ["安平县智能仓储物流中心", "武邑县恒远新材料项目"]),
    # a place inside a clause (after a verb) is the project's own
    ("全县开工安平县智能仓储物流中心、恒远新材料项目。", ["安平县智能仓储物流中心", "恒远新材料项目"]),
    # items naming firms of their own stay apart
    ("与华泰光电、明远新型建材项目代表签约。", ["华泰光电", "明远新型建材项目"]),
    # a head before 和 ends a name of its own
    ("签约润丰电子信息产业园和华泰冷链物流等项目。", ["润丰电子信息产业园", "华泰冷链物流"]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_EDGES + PLACE_EDGES_KEPT)
def test_where_a_name_starts_after_a_place(text: str, expected: list[str]) -> None:
    assert projects(text) == expected
