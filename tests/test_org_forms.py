"""Organisation names as government and news pages write them: outlets in the page's notes, units
written after their parent, registered forms after a shorter name, heads' titles after a body.

Sentences written for these tests in the style of real reports (none copied from the corpus). Each
case lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

OUTLETS = [
    ("2023-05-06 10:12 来源：扬子晚报网 作者：王明", [("扬子晚报网", "media")]),
    ("信息来源：荆门新闻网  发布时间：2021-09-20", [("荆门新闻网", "media")]),
    ("发布时间：2022-03-01 | 稿件来源：东方网", [("东方网", "media")]),
    ("版权所有：中国产业经济信息网 京ICP备1104139号", [("中国产业经济信息网", "media")]),
    ("凡注明来源“淮安日报”的作品，版权均属淮安日报所有。", [("淮安日报", "media"), ("淮安日报", "media")]),
    ("本文为转载，不代表新华网立场。", [("新华网", "media")]),
    ("免责声明：本文为工业园网用户自行上传。", [("工业园网", "media")]),
    ("来源：人民网-黑龙江频道", [("人民网-黑龙江频道", "media")]),
    ("（中国日报陕西记者站）", [("中国日报陕西记者站", "media")]),
    # the group that publishes a paper is named after it
    ("主办：南方日报报业集团", [("南方日报报业集团", "media")]),
    ("湖北日报传媒集团出品", [("湖北日报传媒集团", "media")]),
    ("据南方日报报道，当地签约项目12个。", [("南方日报", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_outlets_of_source_lines_and_copyright_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


FORMS = [
    # a registered form after a name found by a shorter suffix, or after the group that owns the firm
    ("泉州华厦眼科医院有限公司与该市签约。", [("泉州华厦眼科医院有限公司", "company")]),
    ("开发区与中国大唐集团太阳能产业有限公司签约。", [("中国大唐集团太阳能产业有限公司", "company")]),
    ("中铁十四局集团有限公司、中建三局签约。", [("中铁十四局集团有限公司", "group"), ("中建三局", "company")]),
    # a group's registered form keeps a stem that holds a verb of the boundary list (希望), and the words of a
    # form alone (集团有限公司 after a verb) name no firm
    ("仪式上，东方希望集团有限公司与该市签约。", [("东方希望集团有限公司", "group")]),
    ("会上，北方希望控股有限公司与该县签约。", [("北方希望控股有限公司", "company")]),
    ("该区与签约集团有限公司代表座谈。", []),
    ("该县和国动控股有限公司签订了协议。", [("国动控股有限公司", "company")]),
    ("该市与日本东和精机株式会社签约。", [("日本东和精机株式会社", "company")]),
    # 工程 before a trade of engineering services (咨询, 监理, 勘察) ends no project's name inside a firm's
    (
        "省政府与中国移动、中国电信、中国国际工程咨询公司签署了合作协议。",
        [
            ("省政府", "government"),
            ("中国移动", "company"),
            ("中国电信", "company"),
            ("中国国际工程咨询公司", "company"),
        ],
    ),
    ("该区与上海建科工程监理有限公司签约。", [("上海建科工程监理有限公司", "company")]),
    # a past post, buying a firm: verbs before the name, no part of it
    ("1994年，时任福州市委书记的王某同志亲自倡导。", [("福州市委", "government")]),
    ("广东恒大集团整体收购联凯公司，新建车间。", [("广东恒大集团", "group"), ("联凯公司", "company")]),
    # a project word inside a firm's name
    (
        "省外专局与云南中科胚胎工程生物技术有限公司合作。",
        [("省外专局", "government"), ("云南中科胚胎工程生物技术有限公司", "company")],
    ),
    # a unit written right after its ministry
    ("經濟部投資業務處處長表示，將協助廠商。", [("經濟部投資業務處", "government")]),
    (
        "行政院國家發展委員會與經濟部工業局合作。",
        [("行政院國家發展委員會", "government"), ("經濟部工業局", "government")],
    ),
    # 建设银行 keeps its verb before a branch
    ("建设银行青岛分行与该区签约。", [("建设银行青岛分行", "bank")]),
    # a head's title after the body is no part of it, nor does it hide the body
    ("中国农业科学研究院院长王某出席。", [("中国农业科学研究院", "research")]),
    ("昌黎果树研究所所长闫希光介绍。", [("昌黎果树研究所", "research")]),
    ("会议由市投促中心主任主持。", [("市投促中心", "government")]),
    ("湖南大学校长致辞。", [("湖南大学", "university")]),
    # a station named after its expert; the class of stations is no name
    ("建成“曹尚银专家工作站”。", [("曹尚银专家工作站", "research")]),
    ("新增5家院士专家工作站。", []),
    # 中央 listed before a committee
    (
        "认真落实中央、省委决策部署。市政府外事办公室负责接待。",
        [("中央", "government"), ("省委", "government"), ("市政府外事办公室", "government")],
    ),
    ("在中央和市委、市政府坚强领导下", [("中央", "government"), ("市委", "government"), ("市政府", "government")]),
    ("中央财政下达资金。", []),
    # a class noun closing a list of firms
    ("台積電、鴻海、聯發科等大廠持續加碼。", [("台積電", "company"), ("鴻海", "company"), ("聯發科", "company")]),
    # places are no partners
    ("先后与上海浦东、广西南宁等12个省市合作。", []),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_organisation_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# A factory told built is the works of a project, no firm.
FACTORIES_BUILT = [
    ("该公司将在当地建设新工厂。", []),
    ("该公司在郑州新建一座工厂。", []),
    ("宝马集团在沈阳投资建设新工厂。", [("宝马集团", "group")]),
    ("日本电产株式会社在大连投资兴建工厂。", [("日本电产株式会社", "company")]),
]

# A campus or seat in brackets right after a university or institute is part of its name; a note that is no place
# is not.
CAMPUSES = [
    ("哈尔滨工业大学（深圳）与龙岗区签约。", [("哈尔滨工业大学（深圳）", "university")]),
    ("中国地质大学（武汉）专家出席。", [("中国地质大学（武汉）", "university")]),
    ("江苏省海洋资源开发研究院(连云港)挂牌。", [("江苏省海洋资源开发研究院(连云港)", "research")]),
    ("浙江大学（排名第三）专家出席。", [("浙江大学", "university")]),
]


@pytest.mark.parametrize(("text", "expected"), CAMPUSES)
def test_a_campus_in_brackets_belongs_to_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), FACTORIES_BUILT)
def test_a_factory_built_is_no_firm(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
