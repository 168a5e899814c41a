"""Organisation suffixes that name a class of bodies, not one: counted by how many there are, placed
relative to the speaker, or qualified by what they received or what kind they are; and a body's party
committee before a title, which is part of the title (复星集团|党委书记); a word governing the body
(按|商务部, 会同|市国土局), which is no part of its name.

Sentences written for these tests in the style of real reports (none copied from the corpus). Each
case lists every organisation the full extractor finds, as (text, kind), in order.
"""

from __future__ import annotations

import pytest

from test_org_forms import orgs

CLASSES = [
    # how many (众多, 诸多, 广大)
    ("众多商会、诸多协会纷纷响应招商号召。", []),
    ("吸引广大银行参与园区融资。", []),
    # where, seen from the speaker (州内, 省外, 异地)
    ("吸引省外高校和县内医院参与合作。", []),
    ("11个异地商会和3位企业家与该县签约。", []),
    ("州內醫院均已建立專家工作站。", []),  # traditional characters
    # what they received or what kind they are
    ("受資助企業名單已於本月公佈。", []),
    ("322间受助公司中有47间来自东盟国家。", []),
    ("加快建设现代化工厂，推动产业转型。", []),
    ("金融服务及家族办公室是较热门的行业。", []),
    # a level opening the name (市级, 省级, 国家级)
    ("部分市级投融资平台公司、省级外地驻昆商会参加推介。", []),
    ("项目建成国家级食品检测中心。", []),
    ("市级机关工委书记出席。", [("市级机关工委", "government")]),
    # a kind of firm told by its trade and a descriptor (投资性, 科技型, 物流类)
    ("引进跨国公司地区总部12家、投资性公司5家。", []),
    ("培育科技型企业和物流类公司。", []),
    ("累計引進投資性公司358家。", []),  # traditional characters
    # a name stays a name
    ("现代汽车集团与市政府签约。", [("现代汽车集团", "group"), ("市政府", "government")]),
    ("他毕业于州立大学。", [("州立大学", "university")]),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_class_of_bodies_is_no_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


PARTY_SEATS = [
    ("中国广核集团有限公司党委常委、副总经理李亦伦出席。", [("中国广核集团有限公司", "group")]),
    ("黑龙江省商务厅党组成员、副厅长王伟介绍情况。", [("黑龙江省商务厅", "government")]),
    ("复星集团党委书记、高级副总裁李海出席签约。", [("复星集团", "group")]),
    ("清华大学党委副书记张三致辞。", [("清华大学", "university")]),
    ("中國建設銀行黨委委員張強到會。", [("中國建設銀行", "bank")]),  # traditional characters
    # a party group that acts is a body of its own, and so is a government's
    ("省交通运输厅党组召开会议。", [("省交通运输厅党组", "government")]),
    ("市政府党组成员、副市长王强出席。", [("市政府党组", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_SEATS)
def test_a_party_seat_before_a_title_belongs_to_the_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


GOVERNED = [
    ("据悉，经兰洽会组委会向全省征集，共有50个项目参展。", [("兰洽会组委会", "government")]),
    ("按商务部统计口径，现汇进资2.5亿美元。", [("商务部", "government")]),
    (
        "州长助理杨德涛率州投资促进局、州工信委赴深圳招商。",
        [("州投资促进局", "government"), ("州工信委", "government")],
    ),
    ("市大项目办会同市国土局推进项目。", [("市大项目办", "government"), ("市国土局", "government")]),
    ("受市政府委托，市商务局召开推介会。", [("市政府", "government"), ("市商务局", "government")]),
    ("市長率領市貿促會代表團赴港招商。", [("市貿促會", "association")]),  # traditional characters
    # 好 completing a verb before a body (办好, 做好, 抓好)
    ("筹备并举办好商务部与该省共同举办的论坛。", [("商务部", "government")]),
    ("要做好市商务局交办的工作。", [("市商务局", "government")]),
    ("抓好省發改委部署的任務。", [("省發改委", "government")]),  # traditional characters
    # 好 starting a name stays (好想你健康食品公司)
    ("好想你健康食品有限公司与该县签约。", [("好想你健康食品有限公司", "company")]),
    # 经 inside a name stays (安徽省外经建设集团: 外经, foreign economic)
    ("安徽省外经建设集团与该县签约。", [("安徽省外经建设集团", "group")]),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED)
def test_a_word_governing_a_body_is_no_part_of_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


STATIONS = [
    ("高意光学院士工作站荣获表彰。", [("高意光学院士工作站", "research")]),
    ("公司设立东方化学院士工作站。", [("东方化学院士工作站", "research")]),
    ("設立華夏光學院士工作站。", [("華夏光學院士工作站", "research")]),  # traditional characters
    ("引进化学院士3人。", []),  # 学院 before 士 is 院士
    ("获评优秀院士专家工作站。", []),  # a class of stations
    # a count before or after a station, lab or centre makes it a class of them
    ("全市评选出优秀专家工作站10家。", []),
    ("8个新设专家工作站已聘任首席专家。", []),
    ("评出先进院士工作站20家(含园区服务中心2家)。", []),
    ("新建1家人才创新实验室。", []),
    ("高意光学院士工作站2019年获评。", [("高意光学院士工作站", "research")]),
    ("福州大学化学学院院长出席。", [("福州大学化学学院", "university")]),
]


@pytest.mark.parametrize(("text", "expected"), STATIONS)
def test_a_station_named_after_its_expert_is_not_a_college(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


GOVERNMENTS = [
    # a government is named after its place or its reach, not after the words before it
    ("会上，刘星作政府工作报告。", []),
    ("市长李华作政府工作报告。", []),
    ("整合資源，聯通政府、企業、人才。", []),  # traditional characters
    ("2018年政府工作报告(全文)政府工作报告", []),
    ("我代表县人民政府向大会报告工作。", [("县人民政府", "government")]),
    ("美国政府宣布新政策。", [("美国政府", "government")]),
    ("特區政府推出新計劃。", [("特區政府", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENTS)
def test_a_government_is_named_after_its_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


QUOTED = [
    # a name quoted whole keeps the boundary words inside its quotes (和, 在) where they cut it to nothing
    ("进行保护性开发利用的“谭乐和专家工作站”，为产业提供支撑。", [("谭乐和专家工作站", "research")]),
    ("县里挂牌成立“刘同和专家工作站”。", [("刘同和专家工作站", "research")]),
    ("依托“赵在田专家工作站”开展攻关。", [("赵在田专家工作站", "research")]),
    ("設立「陳和生院士工作站」。", [("陳和生院士工作站", "research")]),  # traditional characters
    ("成立“和谐产业研究院”。", [("和谐产业研究院", "research")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_name_quoted_whole(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


PARTIES = [
    ("为庆祝中国共产党成立100周年，项目集中开工。", [("中国共产党", "other")]),
    ("慶祝中國共產黨成立一百週年。", [("中國共產黨", "other")]),  # traditional characters
    ("中国国民党在台北召开会议。", [("中国国民党", "other")]),
    ("他是中国共产党员，长期扎根基层。", []),  # a member, not the party
]


@pytest.mark.parametrize(("text", "expected"), PARTIES)
def test_parties_named_without_a_suffix(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


SCHOOLS = [
    ("创办于1912年的枝江中学，已培养数万名人才。", [("枝江中学", "other")]),
    ("湖北省宜都中学校友返乡投资。", [("湖北省宜都中学", "other")]),
    ("市第一中学、实验小学均参与共建。", [("市第一中学", "other"), ("实验小学", "other")]),
    ("創辦於1912年的培正中學。", [("培正中學", "other")]),  # traditional characters
    # not schools: pupils, a stage of schooling, a class of schools
    ("全县中小学生参加活动。", []),
    ("高中学历以上人员可以报名。", []),
    ("各中学要高度重视。", []),
]


@pytest.mark.parametrize(("text", "expected"), SCHOOLS)
def test_schools_are_organisations(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


STATION_CLASSES = [
    # a station named only by a place, a rank or a batch is a programme's class
    ("2018年第三批江西省院士专家工作站名单公布。", []),
    ("全国示范院士专家工作站落户该县。", []),
    ("杭州市院士工作站数量全省第一。", []),
    ("獲評「十佳」院士專家工作站。", []),  # traditional characters
    # a station named after its host or its expert is one
    ("南方路面机械院士工作站通过验收。", [("南方路面机械院士工作站", "research")]),
    ("该县设立李强院士工作站。", [("李强院士工作站", "research")]),
]


@pytest.mark.parametrize(("text", "expected"), STATION_CLASSES)
def test_a_station_named_only_by_place_or_rank_is_a_class(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# A county or zone written before a firm or institute registered under its city is where the body is
# (崂山区|青岛海洋生物医药研究院); a government keeps its place, and a province before its city stays.
LOCATIVES = [
    ("崂山区青岛海洋生物医药研究院与企业签约。", [("青岛海洋生物医药研究院", "research")]),
    ("西海岸新区青岛海尔生物医疗股份有限公司新设工作站。", [("青岛海尔生物医疗股份有限公司", "company")]),
    ("胶州市青岛青力环保设备有限公司新设工作站。", [("青岛青力环保设备有限公司", "company")]),
    ("順德區廣東聯塑科技實業有限公司與該區簽約。", [("廣東聯塑科技實業有限公司", "company")]),
    ("崂山区人民政府与该公司签约。", [("崂山区人民政府", "government")]),
    ("山东省济南市城市建设集团中标。", [("山东省济南市城市建设集团", "group")]),
]


@pytest.mark.parametrize(("text", "expected"), LOCATIVES)
def test_a_county_before_a_body_registered_under_its_city_is_its_location(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert orgs(text) == expected
