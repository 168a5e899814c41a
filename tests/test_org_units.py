"""Government offices as reports write them: departments named by their task (省合作办, 经济技术合作局),
divisions of a bureau (商务局|外资管理处), offices and party schools written bare after their body
(州委|办, 省委|党校), and the people's associations (社科联, 文联).

Sentences written for these tests in the style of real reports (none copied from the corpus). Each
case lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

TASK_DEPARTMENTS = [
    ("记者昨日从省合作办获悉，上半年到位资金增长。", [("省合作办", "government")]),
    ("记者从延边州经济技术合作局了解到，项目进展顺利。", [("延边州经济技术合作局", "government")]),
    ("市经济合作局负责同志介绍了情况。", [("市经济合作局", "government")]),
    ("根據工業局所掌握的資料，投資持續增加。", [("工業局", "government")]),
    # the same characters as ordinary words
    ("双方加强合作局面良好。", []),
    ("推动工业局部突破。", []),
]


@pytest.mark.parametrize(("text", "expected"), TASK_DEPARTMENTS)
def test_departments_named_by_their_task(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


UNITS = [
    # a bureau's or a commission's division is one body with it
    ("广州市商务局外资管理处副处长周明说。", [("广州市商务局外资管理处", "government")]),
    ("市发改委投资处负责人介绍。", [("市发改委投资处", "government")]),
    # a party committee's department is still one body with it, a second bureau is not
    ("湖北省委组织部公布名单。", [("湖北省委组织部", "government")]),
    ("市商务局会同市财政局制定办法。", [("市商务局", "government"), ("市财政局", "government")]),
    # offices and party schools written bare after the government or committee
    (
        "黔南州委办、州政府办、州发改委等部门发言。",
        [("黔南州委办", "government"), ("州政府办", "government"), ("州发改委", "government")],
    ),
    ("县委办、县政府办联合印发通知。", [("县委办", "government"), ("县政府办", "government")]),
    ("省委党校组成评估组。", [("省委党校", "university")]),
    # 办 as a verb after a body is not its office
    ("市政府办理了相关手续。", [("市政府", "government")]),
    ("省委办好这件事。", [("省委", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_units_written_after_their_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


ASSOCIATIONS = [
    ("去年，省社科联组成评估组。", [("省社科联", "association")]),
    ("市文联主席王明出席。", [("市文联", "association")]),
    ("省社科联、省委党校组成评估组。", [("省社科联", "association"), ("省委党校", "university")]),
]


@pytest.mark.parametrize(("text", "expected"), ASSOCIATIONS)
def test_peoples_associations(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


LEFT_EDGES = [
    # a title or a form of address before the body the person comes from
    ("工作站首席专家北京航空航天大学教授王某出席。", [("北京航空航天大学", "university")]),
    ("联络人徐某先生工研院产业学院负责。", [("工研院产业学院", "university")]),
    ("涌现出上海置恒电气董事长姚毅，带动一批企业。", [("上海置恒电气", "company")]),
    # 同 inside 同业 is no boundary
    ("臺北市電腦商業同業公會理事長表示。", [("臺北市電腦商業同業公會", "association")]),
    ("上海市钢铁贸易同业协会发布报告。", [("上海市钢铁贸易同业协会", "association")]),
    # a Macao bureau joined by 及
    ("澳門特別行政區政府經濟及科技發展局表示。", [("澳門特別行政區政府經濟及科技發展局", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), LEFT_EDGES)
def test_left_edges_of_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


FIELDS = [
    # an institute named after two fields: the conjunction is inside its name
    ("中国科学院地质与地球物理研究所研究员刘某介绍。", [("中国科学院地质与地球物理研究所", "research")]),
    ("湖南省耕地与农业环境生态研究所研究员鲁某介绍。", [("湖南省耕地与农业环境生态研究所", "research")]),
    ("据泉州天津大学集成电路及人工智能研究院介绍。", [("泉州天津大学集成电路及人工智能研究院", "research")]),
    ("江西省土壤和生态环境研究所发布报告。", [("江西省土壤和生态环境研究所", "research")]),
    # a host's school or institute named after two fields, the first maybe led by its city
    ("他2019年来到四川大学化学与材料科学学院任教。", [("四川大学化学与材料科学学院", "university")]),
    ("签约方为浙江大学能源与环境研究中心。", [("浙江大学能源与环境研究中心", "research")]),
    ("他在中国科学院青岛生物能源与过程研究所工作。", [("中国科学院青岛生物能源与过程研究所", "research")]),
    ("华中科技大学机械科学与工程学院教授介绍。", [("华中科技大学机械科学与工程学院", "university")]),
    ("她来到青海民族大学民族学与社会学学院工作。", [("青海民族大学民族学与社会学学院", "university")]),
    # two bodies joined by the conjunction stay two
    ("浙江大学科研团队与化学研究所合作。", [("浙江大学", "university"), ("化学研究所", "research")]),
    (
        "兰州大学资源环境学院与甘肃农业大学共同承担。",
        [("兰州大学资源环境学院", "university"), ("甘肃农业大学", "university")],
    ),
    ("清华大学与北京生命科学研究院合作。", [("清华大学", "university"), ("北京生命科学研究院", "research")]),
    ("甘肃省与中国农业科学院签约。", [("中国农业科学院", "research")]),
    ("市政府与材料研究所签约。", [("市政府", "government"), ("材料研究所", "research")]),
    ("省政府副省长与农业研究所座谈。", [("省政府", "government"), ("农业研究所", "research")]),
    ("北京市长与能源研究院院长会谈。", [("能源研究院", "research")]),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_institutes_named_after_two_fields(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


TAIWAN_AND_HONG_KONG = [
    # a foreign firm's origin before its name in Taiwanese reports
    ("美商美光科技宣布在台中擴廠。", [("美光科技", "company")]),
    # 台商 opens a name of its own
    ("东莞台商投资企业协会会长说。", [("东莞台商投资企业协会", "association")]),
    # public bodies by their usual short forms, before a title or a word that ends a name
    ("國發會主委龔明鑫表示。", [("國發會", "government")]),
    ("据中研院统计，论文数量增长。", [("中研院", "research")]),
    ("工研院、資策會及中研院共同參與。", [("工研院", "research"), ("資策會", "research"), ("中研院", "research")]),
    ("港府推出高才通計劃。", [("港府", "government")]),
    # 在华 is inside the name, not 在 before it
    ("在華美國商會發布年度報告。", [("在華美國商會", "association")]),
]


@pytest.mark.parametrize(("text", "expected"), TAIWAN_AND_HONG_KONG)
def test_taiwan_and_hong_kong_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


ACADEMY_INSTITUTES = [
    ("中国科学院昆明植物所研究员孙某说。", [("中国科学院昆明植物所", "research")]),
    ("中国医学科学院药物所研究员说。", [("中国医学科学院药物所", "research")]),
    ("中国科学院大连化学物理研究所所长说。", [("中国科学院大连化学物理研究所", "research")]),
    # 所 as a word of its own after the academy
    ("中国科学院所属单位参加。", [("中国科学院", "research")]),
    ("中国科学院所有研究员参加。", [("中国科学院", "research")]),
    ("中国科学院与该所合作。", [("中国科学院", "research")]),
]


@pytest.mark.parametrize(("text", "expected"), ACADEMY_INSTITUTES)
def test_institutes_of_an_academy(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


NOT_COORDINATED = [
    # trades, regions and restructurings listed beside a body are no bodies
    ("涉及旅游休闲、文化创意、高新科技、科教研发及商贸物流等。", []),
    # (兴宏铜业 is a firm by its brand and trade before its act, dims/_org_acting.py; dev gold C08 agrees)
    ("兴宏铜业破产重组、业胜公司破产重整有序推进。", [("兴宏铜业", "company"), ("业胜公司", "company")]),
    ("拓展东南亚国家联盟、中东和北非市场。", [("东南亚国家联盟", "association")]),
    # names beside a body still are
    ("与中国商飞、北京航空航天大学签约。", [("中国商飞", "company"), ("北京航空航天大学", "university")]),
    ("市委、市政府高度重视。", [("市委", "government"), ("市政府", "government")]),
    # …also where the last item ends the page
    ("投资方有中国能建、华润、正邦", [("中国能建", "group"), ("华润", "group"), ("正邦", "company")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_COORDINATED)
def test_what_is_no_coordinated_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


DEFINED_SHORT_FORMS = [
    (
        "香港入境事务处（入境处）表示，截至12月底，入境处共接获申请11万宗。",
        [("香港入境事务处", "government"), ("入境处", "government"), ("入境处", "government")],
    ),
    (
        "行政院国家发展委员会（以下简称“国发会”）今日表示，国发会将推动方案。",
        [("行政院国家发展委员会", "government"), ("国发会", "government"), ("国发会", "government")],
    ),
    # a seat in brackets is no short form
    ("腾讯科技（深圳）有限公司签约。", [("腾讯科技（深圳）有限公司", "company")]),
    # nor is a second name not made of the first's characters
    ("市商务局（市招商局）表示，招商局将加大力度。", [("市商务局", "government"), ("市招商局", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_SHORT_FORMS)
def test_short_forms_defined_in_brackets(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


MEDIA = [
    # 报道 after a name ending in 明 holds the brand 明报 but names no outlet
    ("南方日报记者王明报道。", [("南方日报", "media")]),
    ("据明报报道，香港经济回暖。", [("明报", "media")]),
    ("来源：明报", [("明报", "media")]),
    # city papers by their kind
    ("江南都市报全媒体记者昨日从现场获悉。", [("江南都市报", "media")]),
    ("华西都市报记者李某报道。", [("华西都市报", "media")]),
    ("北京晨报记者获悉。", [("北京晨报", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIA)
def test_media_outlets(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


EVENT_HOTELS = [
    ("推介会在宜良县新世纪大酒店举行。", [("宜良县新世纪大酒店", "company")]),
    ("签约仪式在淮安宾馆中华厅举行。", [("淮安宾馆", "company")]),
    ("推介会在昆明锦江大酒店三楼会议室隆重举行。", [("昆明锦江大酒店", "company")]),
    ("签约仪式在林海商务酒店隆重举行。", [("林海商务酒店", "company")]),
    ("座谈会在北京饭店召开。", [("北京饭店", "company")]),
    # a hotel named by no name of its own, or one being built
    ("会议在该酒店举行。", []),
    ("年会在五星级酒店举行。", []),
    ("建设五星级酒店和商业综合体。", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_HOTELS)
def test_hotels_events_are_held_in(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


FOREIGN_FIRMS = [
    ("日商信越化學將在雲林設廠。", [("信越化學", "company")]),
    ("包括美商超微、日商東京威力科創等外商擴大投資。", [("超微", "company"), ("東京威力科創", "company")]),
    ("德商默克今年加碼投資。", [("默克", "company")]),
    # an origin before a class of investors, or inside an outlet's name
    ("日商投资增加。", []),
    ("每日商报记者报道。", [("每日商报", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_FIRMS)
def test_firms_after_their_foreign_origin(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


HONG_KONG_FIRMS = [
    (
        "新鴻基地產、長江和記實業及恒基兆業地產均表示。",
        [("新鴻基地產", "company"), ("長江和記實業", "company"), ("恒基兆業地產", "company")],
    ),
    ("龙湖地产、万科地产等企业进驻。", [("龙湖地产", "company"), ("万科地产", "company")]),
    ("香港生產力促進局總裁說。", [("香港生產力促進局", "government")]),
    # fields, not brands
    ("商业地产、工业地产均有增长。", []),
    ("推动房地产市场平稳发展。", []),
    ("金融科技、人工智能加快发展。", []),
]


@pytest.mark.parametrize(("text", "expected"), HONG_KONG_FIRMS)
def test_hong_kong_firms_and_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


TAIWAN_BODIES = [
    ("行政院今天通過方案。", [("行政院", "government")]),
    ("金管會主委表示。", [("金管會", "government")]),
    ("投審會今天核准僑外投資。", [("投審會", "government")]),
    ("勞動部統計，失業率下降。", [("勞動部", "government")]),
    ("內政部移民署公布數據。", [("內政部移民署", "government")]),
    ("外交部發言人說。", [("外交部", "government")]),
    # the same words as parts of other words
    ("劳动部门加强监管。", []),
    ("外交部署安排已经完成。", []),
]


@pytest.mark.parametrize(("text", "expected"), TAIWAN_BODIES)
def test_taiwan_government_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


INVESTING_FIRMS = [
    # a brand and its trade, or a name no dictionary knows, right before its investing verb and amount
    ("群聯電子將在苗栗投資22億元。", [("群聯電子", "company")]),
    ("瑞昱半導體也將投入31億元。", [("瑞昱半導體", "company")]),
    ("正翰生技投資4億設置研發中心。", [("正翰生技", "company")]),
    ("日正食品斥資3億擴廠。", [("日正食品", "company")]),
    ("宏达光电拟投资5亿元扩建厂房。", [("宏达光电", "company")]),
    # the amount right after the firm and the plant it builds right after the amount, verb-less
    ("美上鎂花6億建廠。", [("美上鎂花", "company")]),
    ("樹德企業投資20億設廠。", [("樹德企業", "company")]),
    # a sector, an estimate, a year's plan, a project or a place's total: no firm
    ("化医工业投资176亿元。", []),
    ("该项目概算投资140.16亿元。", []),
    ("重点项目当年计划投资97.6亿元。", []),
    ("全市完成投资50亿元。", []),
    ("项目总投资5亿元。", []),
    ("社会投资10亿元。", []),
    ("全县6亿元建厂。", []),
]


@pytest.mark.parametrize(("text", "expected"), INVESTING_FIRMS)
def test_firms_before_their_investing_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
