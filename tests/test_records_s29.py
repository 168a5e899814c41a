"""Read in session 29: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _places(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "place"]


# 全国 / 全省 before a title that closes on an honour's word is the honour's reach, and so is 中国 before a ranking
# or a title it gives; a verb or 的 in between, an industry or a rank that shares the word keep the place.
HONOUR_REACH = [
    ("该县荣获全国乡村振兴示范县称号。", ["该县"]),
    ("获评全国“绿色农资”升级行动试点县。", []),
    ("又是全国百强县，发展势头良好。", []),
    ("入选全国数字百强市。", []),
    ("这里是全国历史文化名城。", []),
    ("荣获全国脱贫攻坚先进单位称号。", []),
    ("统筹布局全省引智示范基地。", []),
    ("获全国基层人才工作创新最佳案例奖。", []),
    ("积极对接中国500强企业。", []),
    ("位列中国民营企业500强第42位。", []),
    ("商标成为中国驰名商标。", []),
    ("获评中国最佳引才城市。", []),
    # as before, and the place kept
    ("全国示范院士专家工作站落户该县。", ["该县"]),
    ("全省引进博士以上优秀人才120人。", ["全省"]),
    ("全省先进制造业增加值增长10%。", ["全省"]),
    ("技术达到全国先进水平。", ["全国"]),
    ("创全国工业区招商最佳成绩纪录。", ["全国"]),
    ("吸引全国的优秀人才来此创业。", ["全国"]),
    ("中国经济增长5%。", ["中国"]),
]


@pytest.mark.parametrize(("text", "expected"), HONOUR_REACH)
def test_an_honours_reach_is_no_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


# A province promoting itself in another province's city: the venue is named most, but 我省 and three or more of the
# province's cities (with the province named) make the province the subject.
PROMOTION_AWAY = [
    (
        "鹭岛厦门迎来“湖北时间”。9月8日，投洽会在福建厦门开幕。推介会推介我省开放平台，推动湖北和闽台合作。"
        "厦门象屿、厦门国贸等企业出席。签约项目分别是宜昌与A集团签订的B项目、十堰与C集团签订的D项目、"
        "孝感与E集团签订的F项目。",
        "湖北省",
    ),
    (
        "广州迎来“四川周”。推介会在广东广州举行，我省推介投资环境，推动四川与广东合作。成都、绵阳、德阳三市作了推介。",
        "四川省",
    ),
    # as before: a city report naming its own counties stays with the city
    ("我市招商引资到位资金增长10%。厦门市思明区、湖里区、集美区分别签约项目5个。", "厦门市"),
]


@pytest.mark.parametrize(("text", "subject"), PROMOTION_AWAY)
def test_a_province_promoting_itself_away_is_the_subject(text: str, subject: str) -> None:
    place = _EXTRACT(text).subject_place
    assert place is not None and place.name == subject


def _deals(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [(d.projects, d.investors, d.place) for d in _EXTRACT(text, reference_date="2023-09-09").deals]


# Each item of a list telling its own two sides before its project name keeps its own firm and place.
ITEM_SIGNERS = [
    (
        "签约项目分别是宜昌市与银基文旅产业集团签订的长江度假区项目、武汉市与美的集团签订的华中区域总部项目。",
        [
            (["长江度假区项目"], ["银基文旅产业集团"], "宜昌市"),
            (["华中区域总部项目"], ["美的集团"], "武汉市"),
        ],
    ),
    (
        "包括深圳市炬鑫电子科技有限公司与枝江市签订的光电信号转换发射器项目、孝感市与达利集团签订的天屿湖文化休闲项目。",
        [
            (["光电信号转换发射器项目"], ["深圳市炬鑫电子科技有限公司"], "枝江市"),
            (["天屿湖文化休闲项目"], ["达利集团"], "孝感市"),
        ],
    ),
    (
        "其中，由苏州伟业集团和万隆纺织集团联合投资建设的苏通纺织科技产业园项目总投资20亿元。",
        [(["苏通纺织科技产业园项目"], ["苏州伟业集团", "万隆纺织集团"], None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_SIGNERS)
def test_each_list_item_keeps_its_own_signer(
    text: str, expected: list[tuple[list[str], list[str], str | None]]
) -> None:
    assert _deals(text) == expected


# A county in brackets right after a project's name is where it lies, where the name holds no place of its own.
BRACKETED_COUNTY = [
    (
        "2012年桂林市重大项目集中开工，包括生物质热能发电项目(灵川)、西潭电站项目（龙胜）。",
        [(["生物质热能发电项目"], [], "灵川县"), (["西潭电站项目"], [], "龙胜各族自治县")],
    ),
    # as before: a town in brackets after a name holding its county leaves the county
    (
        "南阳市集中开工项目包括桐柏县年产100万吨工业盐项目(月河镇)。",
        [(["桐柏县年产100万吨工业盐项目"], [], "桐柏县")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_COUNTY)
def test_a_county_in_brackets_after_a_project_places_it(
    text: str, expected: list[tuple[list[str], list[str], str | None]]
) -> None:
    assert _deals(text) == expected


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.type, m.text) for m in _EXTRACT(text).mentions if m.type in ("project", "person")]


# People listed before 及 and a bare head with its kind's word (…及投资项目代表) are people: the head after the
# conjunction is a noun of its own, and lends the list's items no project head.
PEOPLE_BEFORE_PROJECT_DELEGATES = [
    (
        "市、县领导万瑞健、邹军、陈国祥及投资项目代表出席签约仪式。",
        [("person", "万瑞健"), ("person", "邹军"), ("person", "陈国祥")],
    ),
    ("县领导张建国、李明华及签约项目代表参加活动。", [("person", "张建国"), ("person", "李明华")]),
    # as before: a list of names closed by a project's own head stays projects
    (
        "签约项目包括智能装备产业园、新材料产业基地、年产5万吨铝材项目。",
        [("project", "智能装备产业园"), ("project", "新材料产业基地"), ("project", "年产5万吨铝材项目")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_BEFORE_PROJECT_DELEGATES)
def test_people_before_project_delegates_are_no_projects(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


def _metric_values(text: str) -> list[tuple[str, float]]:
    return [(m.indicator, m.value.value) for m in _EXTRACT(text, reference_date="2025-01-13").metrics]


# A person telling where or when first (在…上 / 在…时) before the speech verb speaks the place's figures: they stay
# statistics, as they do after the person and the verb alone.
SPEAKER_AT_AN_OCCASION = [
    (
        "王正谱在回顾河北省2024年工作时表示，2024年预计全省生产总值增长5.2%，规上工业增加值增长7%。",
        [("生产总值", 5.2), ("规上工业增加值", 7)],
    ),
    ("王正谱在会上说，全省生产总值增长5.2%。", [("生产总值", 5.2)]),
    ("李明在新闻发布会上介绍，全市实际利用外资增长12%。", [("实际利用外资", 12)]),
    # as before
    ("王正谱表示，全省生产总值增长5.2%。", [("生产总值", 5.2)]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_AT_AN_OCCASION)
def test_a_speaker_at_an_occasion_tells_the_places_figures(text: str, expected: list[tuple[str, float]]) -> None:
    assert _metric_values(text) == expected


# Short names before a last one holding the noun of a statistic they share take that noun (城镇、农村居民人均可支配收入);
# names that are whole already, places, and last names that are no statistic's noun stay as written.
SHARED_NOUN_OF_A_RUN = [
    (
        "城镇、农村居民人均可支配收入分别增长5.5%和8.6%。",
        [("城镇居民人均可支配收入", 5.5), ("农村居民人均可支配收入", 8.6)],
    ),
    ("进口、出口总额分别增长5%和6%。", [("进口总额", 5), ("出口总额", 6)]),
    ("工业、服务业投资分别增长5%和6%。", [("工业投资", 5), ("服务业投资", 6)]),
    # as before
    ("履约率、落地率和资金到位率分别为82%、32%和13.8%。", [("履约率", 82), ("落地率", 32), ("资金到位率", 13.8)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_NOUN_OF_A_RUN)
def test_short_names_of_a_run_take_the_noun_they_share(text: str, expected: list[tuple[str, float]]) -> None:
    assert _metric_values(text) == expected


def _talent(text: str) -> list[tuple[str, list[str]]]:
    return [(t.category, t.persons) for t in _EXTRACT(text).talent]


# Scholars named by their university or institute before a verb of honour are persons, and a list of them keeps one
# title each: the body after 、 opens the next item, no part of the title before it.
SCHOLARS_ELECTED = [
    (
        "陕西师范大学房喻当选化学部院士、空军军医大学窦科峰当选生命科学和医学学部院士。",
        [("化学部院士", ["房喻"]), ("生命科学和医学学部院士", ["窦科峰"])],
    ),
    ("西北工业大学张卫红当选技术科学部院士。", [("技术科学部院士", ["张卫红"])]),
    # as before
    ("西安交通大学孙军教授当选院士。", [("院士", ["孙军"])]),
]


@pytest.mark.parametrize(("text", "expected"), SCHOLARS_ELECTED)
def test_scholars_named_by_their_body_are_elected(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _talent(text) == expected


def _orgs(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "org"]


# Hong Kong's and Macau's investment offices by their short forms are organisations.
SAR_INVESTMENT_OFFICES = [
    ("招商引资方面，贸促局代主席表示，今年项目增加。", ["贸促局"]),
    ("引进办昨天举办重点企业伙伴签约仪式。", ["引进办"]),
    ("引進辦會為這些企業提供一站式服務。", ["引進辦"]),
]


@pytest.mark.parametrize(("text", "expected"), SAR_INVESTMENT_OFFICES)
def test_sar_investment_offices_by_their_short_forms(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


# A run of years before one name (2021年、2022年实际使用外资分别为…) gives each year its figure under that name.
def test_a_run_of_years_keeps_its_one_name() -> None:
    metrics = _EXTRACT("2021年、2022年实际使用外资分别为1.2亿美元、1.6亿美元。").metrics
    assert [(m.indicator, m.value.amount, m.period) for m in metrics] == [
        ("实际使用外资", 120000000, "2021"),
        ("实际使用外资", 160000000, "2022"),
    ]


# The names of a 、-list of three or more closed by a count of enterprises without 等 are firms; listed as a kind of
# project at a signing, each is a signed deal.
KIND_OF_PROJECT_FIRMS = [
    (
        "2月10日，大兴区举行重点项目集中签约仪式，共签约项目30个。其中，科技创新类项目有伊藤忠纤维、佰达天昇、"
        "微链道爱3家企业。",
        ["伊藤忠纤维", "佰达天昇", "微链道爱"],
    ),
    # not at a signing: firms listed, no deal
    ("全区重点项目中，科技创新类项目有伊藤忠纤维、佰达天昇、微链道爱3家企业。", []),
]


@pytest.mark.parametrize(("text", "investors"), KIND_OF_PROJECT_FIRMS)
def test_firms_of_a_kind_of_project_at_a_signing(text: str, investors: list[str]) -> None:
    assert _orgs(text)[-3:] == ["伊藤忠纤维", "佰达天昇", "微链道爱"]
    deals = _EXTRACT(text, reference_date="2023-03-01").deals
    assert [(d.investors, d.stage) for d in deals] == [([name], "signed") for name in investors]


def _events(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "event"]


# Attending a meeting as a non-voting member or a guest (列席会议, 出席会议) is a role, no event's name.
ATTENDING_IS_NO_EVENT = [
    ("现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和列席会议的同志提出意见。", []),
    ("县领导出席会议并讲话。", []),
    # as before
    ("全市招商引资大会召开。", ["全市招商引资大会"]),
]


@pytest.mark.parametrize(("text", "expected"), ATTENDING_IS_NO_EVENT)
def test_attending_a_meeting_names_no_event(text: str, expected: list[str]) -> None:
    assert _events(text) == expected


def test_other_attendants_name_no_event() -> None:
    assert _events("请各位政协委员和其他列席会议的同志提出意见。") == []


def _subject(text: str) -> str | None:
    place = _EXTRACT(text).subject_place
    return place.name if place is not None else None


# A page that says 全省 again and again and names several cities of one province a few times each, without naming the
# province, is about that province.
PROVINCE_OF_ITS_CITIES_NAMED_ONCE = [
    (
        "1—7月，全省重点项目建设平稳推进。全省开工项目1692个。开工建设了蚌埠电子白板、池州传感器产业园等项目。"
        "全省竣工项目447个，亳州、滁州、宣城等市完成较好。",
        "安徽省",
    ),
    # as before: one city named often is the subject
    ("蚌埠市招商引资大会召开。蚌埠市签约项目20个，蚌埠市到位资金50亿元。", "蚌埠市"),
]


@pytest.mark.parametrize(("text", "subject"), PROVINCE_OF_ITS_CITIES_NAMED_ONCE)
def test_a_province_named_only_by_its_cities(text: str, subject: str) -> None:
    assert _subject(text) == subject


# A list closed by a class of projects followed by their owners or delegates (…等新开工项目业主出席) lists the owners:
# the items are firms or people, no projects.
OWNERS_OF_THE_PROJECTS = [
    (
        "刘金宇、郑传记、崔向峰等市领导和龙辰公司、新航纺织、竺港阀业等新开工项目业主出席项目集中开工仪式。",
        [("person", "刘金宇"), ("person", "郑传记"), ("person", "崔向峰")],
    ),
    # as before: the class alone closes a list of projects
    (
        "嘉兴光伏产业园、海宁新材料产业基地等重点项目集中开工。",
        [("project", "嘉兴光伏产业园"), ("project", "海宁新材料产业基地")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNERS_OF_THE_PROJECTS)
def test_owners_of_the_projects_are_no_projects(text: str, expected: list[tuple[str, str]]) -> None:
    assert _names(text) == expected


# Firms named as settled before their list (落户贵州的…企业有：A、B、C) each settled: a deal brought in.
def test_firms_named_as_settled_before_their_list() -> None:
    deals = _EXTRACT("今年，落户贵州的500强企业或行业优强企业有：宁德时代、欣旺达、湖南德山、中伟新材料等。").deals
    assert [(d.investors, d.stage) for d in deals] == [
        (["宁德时代"], "introduced"),
        (["欣旺达"], "introduced"),
        (["湖南德山"], "introduced"),
        (["中伟新材料"], "introduced"),
    ]
