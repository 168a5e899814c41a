"""Name patterns of reports from many provinces and outlets (second round on real pages).

Each table holds short sentences written for the pattern (not copied from a corpus) and every
mention of one type the full pipeline should find in them, in order.
"""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def names(text: str, kind: str) -> list[str]:
    return [m.text for m in extract(text).mentions if m.type == kind]


ORGS = [
    # a department written after the body it belongs to is one body
    ("市委组织部、市人社局联合主办。", ["市委组织部", "市人社局"]),
    ("中共泰安市委宣传部发布消息。", ["中共泰安市委宣传部"]),
    ("据县政府新闻办介绍,全县完成投资。", ["县政府新闻办"]),
    ("山西省科学技术厅外国专家局组织申报。", ["山西省科学技术厅外国专家局"]),
    ("中国驻德国大使馆经济商务处发布提示。", ["中国驻德国大使馆经济商务处"]),
    # a party group (党组) is a body before its titles
    ("区政府党组成员、副区长王立新出席。", ["区政府党组"]),
    # the committee of an event runs over the event's name
    ("据第三届农博会组委会介绍,展会为期三天。", ["第三届农博会组委会"]),
    # prefecture committees and the production and construction corps
    ("阿克苏地委书记主持召开会议。", ["阿克苏地委"]),
    ("新疆生产建设兵团出台招商办法。", ["新疆生产建设兵团"]),
    # 政协 before its chair is the body the chair sits in
    ("市政协主席刘永清出席。", ["市政协"]),
    # what stands before a name without being part of it
    ("经省生态环境厅批准,项目开工。", ["省生态环境厅"]),
    ("我代表第九届区人民政府向大会报告工作。", ["区人民政府"]),
    ("新一届镇政府班子到任。", ["镇政府"]),
    ("龙头企业盛达电子有限公司扩产。", ["盛达电子有限公司"]),
    ("市商务局(原市投资促进局)发布通知。", ["市商务局", "市投资促进局"]),
    ("(广西)南宁市人民政府工作报告", ["南宁市人民政府"]),
    # a year before 中国 is no 年中 (mid-year)
    ("李华当选2023年中国工程院院士。", ["中国工程院"]),
    # bodies after 各 are a class; a grant, an award and a generic firm are no organisations
    ("各县区人民政府,市政府各部门:", ["市政府"]),
    ("3人获中国政府友谊奖。", []),
    ("培养国家杰出青年基金获得者5人,获批国家自然科学基金120项。", []),
    ("跨国公司地区总部落户。", []),
    # a place listed before a class of firms is no firm, nor is an item with a stray bracket
    ("首批先到成都、重庆)拜访电子信息等企业。", []),
    # newspapers cited in 《》 and paired with the byline's outlet
    ("据《证券时报》报道,项目签约。", ["证券时报"]),
    ("楚天都市报·极目新闻记者 王磊", ["楚天都市报", "极目新闻"]),
    # a firm found by a weak suffix runs on to its registered form
    (
        "百度在线网络技术(北京)有限公司、京东科技(深圳)有限公司等企业签约。",
        ["百度在线网络技术(北京)有限公司", "京东科技(深圳)有限公司"],
    ),
    # a one-character department after its body; a hospital or graduate school after its university
    ("省委外办、市委统战部联合调研。", ["省委外办", "市委统战部"]),
    ("中山大学附属第一医院、北京大学深圳研究生院参会。", ["中山大学附属第一医院", "北京大学深圳研究生院"]),
    ("泰国工业总会、越南工贸部代表出席。", ["泰国工业总会", "越南工贸部"]),
    # divisions of the production and construction corps
    ("新疆兵团第八师石河子市签约项目。", ["新疆兵团第八师"]),
]


@pytest.mark.parametrize(("text", "expected"), ORGS)
def test_organisation_names(text: str, expected: list[str]) -> None:
    assert names(text, "org") == expected


PROJECTS = [
    # a county inside a project name whose name holds 和 does not end it there
    ("临沂宏达公司西和县中药材加工项目落地。", ["临沂宏达公司西和县中药材加工项目"]),
    # facilities joined by 和/及 before one shared 项目 are one project
    ("签约海川集团华东区域总部和物流中心项目。", ["海川集团华东区域总部和物流中心项目"]),
    ("双方签订康养中心及商业街项目合同。", ["康养中心及商业街项目"]),
    # two complete projects joined by 和 stay two
    ("开工建设光伏电站项目和储能电站项目。", ["光伏电站项目", "储能电站项目"]),
    # a list spelled out after 包括 with commas: introduced by 项目, or closed by a class of projects
    (
        "今年计划竣工项目包括:东城区第一批学前教育工程,南湖医院门诊楼改造,滨江体育中心二期等。",
        ["东城区第一批学前教育工程", "南湖医院门诊楼改造", "滨江体育中心二期"],
    ),
    (
        "包括高新区的万通物流,城南现代物流项目,经开区宏发纺织在内的12个项目集中签约。",
        ["万通物流", "城南现代物流项目", "宏发纺织"],
    ),
    # the parts of one project are no list of projects
    ("项目总投资3亿元,主要包括研发基地、展示空间、呼叫中心等。", []),
    # a note in brackets after a park names its part; an amount in brackets does not
    ("开工的项目包括滨湖物流产业园(一期冷链仓储中心)。", ["滨湖物流产业园(一期冷链仓储中心)"]),
    ("签约临港装备产业园(总投资12亿元)。", ["临港装备产业园"]),
    # the count of a group after the names ends them
    ("滨江科技城和航空产业园两大项目投资均超百亿元。", ["滨江科技城", "航空产业园"]),
    # a description after a copula, a class after 列入, a talent programme: no project
    ("园区将成为全国最大的特种玻璃生产基地。", []),
    ("该厂是省内第一个由民企主导的无人机生产基地。", []),
    ("滨海风电项目列入省重大产业项目。", ["滨海风电项目"]),
    ("举办青年高端人才项目洽谈。", []),
    ("与宏达公司签订的中小企业产业园项目合同。", []),
    # an item's number in brackets is no part of its name
    ("主要项目:(一)光伏发电项目;(二)生物医药产业园。", ["光伏发电项目", "生物医药产业园"]),
    # an ordinal batch names no project; a list closed by a class of high-end projects does
    ("全市2024年第二批重大项目集中开工。", []),
    ("开工星河数字科技中心等8个高精尖产业项目。", ["星河数字科技中心"]),
    # a transport line told built, with the places it joins and its segment
    ("重庆至万州高速铁路建设加快推进。", ["重庆至万州高速铁路"]),
    ("加快建设昆明至贵阳高速铁路。", ["昆明至贵阳高速铁路"]),
    ("渝昆高铁川渝段全线开工建设。", ["渝昆高铁川渝段"]),
    ("研究成果应用于京港澳高速公路养护。", []),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS)
def test_project_names(text: str, expected: list[str]) -> None:
    assert names(text, "project") == expected


EVENTS = [
    # a place before the edition belongs to the name; a city that is also a verb (开封) is a place
    ("中国开封第40届菊花文化节开幕。", ["中国开封第40届菊花文化节"]),
    # a quarter or a year before the scope, an ordinal batch inside the name
    ("参加第三季度全市重点项目集中开工活动。", ["第三季度全市重点项目集中开工活动"]),
    ("上午,2024年第二批重大项目集中签约仪式举行。", ["2024年第二批重大项目集中签约仪式"]),
    # a quoted period inside a news conference's name
    ("记者从云南“十四五”交通发展成就新闻发布会上获悉。", ["云南“十四五”交通发展成就新闻发布会"]),
    # a deictic before the name is no part of it
    ("这次绍兴经贸洽谈会签约项目32个。", ["绍兴经贸洽谈会"]),
    # a ceremony told by topic words alone is no name
    ("县领导参加了项目签约仪式。", []),
    ("在随后举行的集中签约仪式上,12个项目签约。", []),
    ("各区也组织了重大项目开工活动。", []),
    # an activity named by its edition and place; a quoted campaign with its year
    ("第十届中国(郑州)产业转移系列对接活动开幕。", ["第十届中国(郑州)产业转移系列对接活动"]),
    ("举办2024年“走进长三角”招商推介活动。", ["2024年“走进长三角”招商推介活动"]),
    # the scope before a quoted campaign is the campaign's (gold HL04, Z04), no part of the meeting; a stage told as the topic of an on-site meeting
    ("召开全县“项目攻坚年”活动动员大会。", ["“项目攻坚年”活动动员大会"]),
    ("出席2024年全市重大项目集中开工现场推进会。", ["2024年全市重大项目集中开工现场推进会"]),
    # one event held under two names joined by 暨, the second holding a boundary word
    ("第五届国际博览会暨中国东西部合作与投资贸易洽谈会开幕。", ["第五届国际博览会暨中国东西部合作与投资贸易洽谈会"]),
    # a count of occasions makes a kind of event; the quoted tour inside it is the name
    ("举办200余场“苏州名校行”校地对接活动。", ["苏州名校行"]),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_names(text: str, expected: list[str]) -> None:
    assert names(text, "event") == expected


def persons(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (m.text, m.value.name, m.value.title, m.value.affiliation) for m in extract(text).mentions if m.type == "person"
    ]


PERSONS = [
    # a name between its body and a title after it: the name is read to the title's start
    ("遵义市人民政府赵舟副市长汇报了工作。", [("赵舟", "赵舟", "副市长", "遵义市人民政府")]),
    # a name opening a clause before a verb of honour, when an honour follows
    ("陈立新当选2023年中国工程院院士。", [("陈立新", "陈立新", None, None)]),
    ("王府井当选最受欢迎商圈。", []),
    # a name between a body and its team
    ("华为集团张立新团队研发的芯片量产。", [("张立新", "张立新", None, "华为集团")]),
    # a guest named by the body he comes from, in a list of guests
    (
        "市政府驻京办事处刘强、市工商联主席何平出席。",
        [("刘强", "刘强", None, "市政府驻京办事处"), ("何平", "何平", "主席", "市工商联")],
    ),
    # a third character opening the word after the name is no part of it (刘伟|陪同); a person after a
    # title is no firm coordinated with the body after it
    (
        "副区长杨帆、区政府秘书长刘伟陪同。",
        [("杨帆", "杨帆", "副区长", None), ("刘伟", "刘伟", "秘书长", "区政府")],
    ),
    # a two-character name set out with a space in a header
    ("浙江省省长 王 浩\n各位代表:", [("王 浩", "王浩", "省长", "浙江省")]),
    # Latin letters end a name in a byline
    ("记者 李明 实习生张晓Hbtv.com.cn", [("李明", "李明", "记者", None), ("张晓", "张晓", "实习生", None)]),
    # after its body a post title (教授, 博士后) stands before the name too
    ("中国工程院院士、浙江大学教授李立新出席。", [("李立新", "李立新", "教授", "浙江大学")]),
    ("教授王明表示,项目进展顺利。", []),
    # a leader's name opening a doctrine's name is no repeat of the person
    ("习近平总书记指出,要以习近平新时代中国特色社会主义思想为指导。", [("习近平", "习近平", "总书记", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_person_names(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert persons(text) == expected


def places(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [
        (m.text, m.value.name, m.value.adcode, m.value.anaphor) for m in extract(text).mentions if m.type == "place"
    ]


PLACES = [
    # a province's character after a verb of coming and before one of investing
    ("越来越多的客商来皖投资兴业。", [("皖", "安徽省", "340000", False)]),
    ("专家赴黔考察。", [("黔", "贵州省", "520000", False)]),
    ("现在京企业很多。", []),
    ("融入新发展格局。", []),
    # countries' characters listed with 、
    (
        "与美、日、韩等国企业合作。",
        [("美", "美国", None, False), ("日", "日本", None, False), ("韩", "韩国", None, False)],
    ),
    # regions and zones added to the data files
    ("作为身处中原腹地的农业大县。", [("中原", "中原", None, False)]),
    ("推介深合区营商环境。", [("深合区", "横琴粤澳深度合作区", None, False)]),
    # a zone the gazetteer does not code is named with 经开区/综保区 spelt out, 高新区 as written
    (
        "银川市银川综保区签约项目4个。",
        [("银川市", "银川市", "640100", False), ("银川综保区", "银川综合保税区", None, False)],
    ),
    ("赣县高新区签约项目。", [("赣县高新区", "赣县高新区", None, False)]),
    # a bare 开发区 is the coded zone of its families (吴江开发区 = 吴江经济技术开发区)
    (
        "吴江区吴江开发区新签约项目。",
        [("吴江区", "吴江区", "320509", False), ("吴江开发区", "吴江经济技术开发区", "320509400", False)],
    ),
    # a place inside which the count pass read a count (五家|渠市) is the place
    ("五家渠市集中签约一批项目。", [("五家渠市", "五家渠市", "659004", False)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places(text: str, expected: list[tuple[str, str, str | None, bool]]) -> None:
    assert places(text) == expected


SUBJECTS = [
    # the place of a government work report's author, not the category before it
    ("(河北省)2020年涞源县人民政府工作报告\n河北省委、河北省政府高度重视,河北省经济稳步发展。", "涞源县"),
    # the outlet of a dateline is the city of 我市
    ("汉中日报讯 今年以来,我市招商成效明显,陕西省领导来我市调研。", "汉中市"),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_subject_place_of_the_author(text: str, subject: str) -> None:
    report = extract(text)
    assert report.subject_place is not None and report.subject_place.name == subject


def test_bare_prefecture_word_in_a_prefecture_report() -> None:
    text = "哈密地委召开会议。今年地区经济运行平稳,听取地区有关部门汇报。亚太地区市场需求旺盛。"
    found = [(t, name, anaphor) for t, name, _code, anaphor in places(text)]
    assert found == [("地区", "哈密市", True), ("地区", "哈密市", True), ("亚太地区", "亚太地区", False)]
