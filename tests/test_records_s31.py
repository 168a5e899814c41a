"""Read in session 31: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _talent(text: str) -> list[tuple[str | None, int | None, list[str], str | None]]:
    return [(t.category, int(t.count.value) if t.count else None, t.persons, t.mode) for t in _EXTRACT(text).talent]


# People counted who then win a prize, the clause ending on it, are prize winners and no talent brought in; a title
# given after the prize, or people brought in, stay talent.
PRIZE_WINNERS = [
    ("在温工作的外国专家共有150人获奖。", []),
    ("其中有3位专家荣获国家友谊奖，8位专家荣获省友谊奖。", []),
    ("全市两名院士获省科学技术突出贡献奖。", []),
    ("5名教授均获得省教学成果奖，成绩喜人。", []),
    ("全市156人荣获省技能大奖全国技术能手。", [("省技能大奖全国技术能手", 156, [], None)]),
    ("今年引进博士12名。", [("博士", 12, [], "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), PRIZE_WINNERS)
def test_people_who_win_a_prize_are_no_talent_brought_in(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected


# People given their letters of appointment (向…颁发…聘书) are hired talent, named, with their count if told; what they
# are is their title, else the post the letter names.
LETTERS_OF_APPOINTMENT = [
    ("在揭牌仪式上，市委组织部副部长向赵德明院士颁发了聘书。", [("院士", None, ["赵德明"], "hired")]),
    ("会上，县长向周立群教授颁发县科技顾问聘书。", [("教授", None, ["周立群"], "hired")]),
    (
        "活动现场，该区向清华大学教授林海峰和浙江大学名誉院长陈玉梅颁发该区产业发展顾问聘书。",
        [("产业发展顾问", None, ["林海峰", "陈玉梅"], "hired")],
    ),
    ("县委书记向刘志远教授等8位专家颁发“乡村振兴顾问”聘书。", [("教授", 8, ["刘志远"], "hired")]),
    ("市长向张明颁发荣誉市民证书。", []),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS_OF_APPOINTMENT)
def test_people_given_letters_of_appointment_are_hired(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected


def _deals(text: str) -> list[tuple[list[str], int | None]]:
    return [(d.investors, d.amounts[0].money.amount if d.amounts else None) for d in _EXTRACT(text).deals]


# 耗资 is a firm's spending on what it builds, and a currency may stand between 加码 / 砸下 / 投 and the amount.
SPENDING_VERBS = [
    ("宏远集团公布耗资达200亿元在路氹发展综合度假城。", [(["宏远集团"], 20_000_000_000)]),
    ("华新科技公司宣布将加码新台币50亿元，在和发产业园区兴建新厂。", [(["华新科技公司"], 5_000_000_000)]),
    ("联茂电子公司再砸下新台币30亿元扩建厂房。", [(["联茂电子公司"], 3_000_000_000)]),
    ("华新科技公司宣布将加码研发，培育人才。", []),
]


@pytest.mark.parametrize(("text", "expected"), SPENDING_VERBS)
def test_spending_verbs_and_a_currency_before_the_amount(
    text: str, expected: list[tuple[list[str], int | None]]
) -> None:
    assert _deals(text) == expected


# People who arrived under a scheme (已到港) or applications approved with 批出 are talent let in, as 抵港 and 获批 are.
ARRIVED_UNDER_A_SCHEME = [
    (
        "香港各项人才入境计划共收到逾15万宗申请，逾9万宗获批，6万2000多人已到港。",
        [("人才", 90000, [], "introduced"), ("人才", 62000, [], "introduced")],
    ),
    ("截至9月底，各项输入人才计划共收到逾12万宗申请，当中有超过5万人已到港。", [("人才", 50000, [], "introduced")]),
    ("「优秀人才入境计划」共收到3万宗申请，其中超过1万宗已批出。", [("优秀人才", 10000, [], "introduced")]),
    ("今年已有超过5万人到港旅游。", []),
]


@pytest.mark.parametrize(("text", "expected"), ARRIVED_UNDER_A_SCHEME)
def test_people_arrived_or_approved_under_a_scheme_are_let_in(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected


def _places(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "place"]


# A region's short name, nickname or landmark before 学者 names a programme of scholars, no place; a full name there
# says where the scholars are from.
SCHOLARS_PROGRAMMES = [
    ("今年新增玉山学者5人、玉山青年学者12人。", []),
    ("以八桂学者为引领，特聘专家为骨干。", []),
    ("共遴选培养73名中原学者。", []),
    ("澳门学者和台湾学者共同出席论坛。", ["澳门", "台湾"]),
    ("安徽省学者代表发言。", ["安徽省"]),
]


@pytest.mark.parametrize(("text", "expected"), SCHOLARS_PROGRAMMES)
def test_a_region_naming_a_scholars_programme_is_no_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected


_RULES_ONLY = Extractor(projects="rules")


def _projects(text: str) -> list[str]:
    return [m.text for m in _RULES_ONLY(text).mentions if m.type == "project"]


# Names listed after a verb of having and its adverb (又有, 更有, 既有像) start after it; a name that begins with 有色 or 有机
# keeps it.
NAMES_AFTER_HAVING = [
    (
        "此次签约的项目涵盖电子信息、新材料，又有橙瑞科技精密零部件制造、远帆玻璃年产30万平方米项目，更有鑫赛科技智能装备制造项目。",
        ["橙瑞科技精密零部件制造", "远帆玻璃年产30万平方米项目", "鑫赛科技智能装备制造项目"],
    ),
    ("此次签约项目既有像润达生物材料和3D打印项目，也有万家超市等民生项目。", ["润达生物材料和3D打印项目"]),
    ("集中开工的有色金属精深加工项目总投资5亿元。", ["有色金属精深加工项目"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_AFTER_HAVING)
def test_a_name_listed_after_a_verb_of_having_starts_after_it(text: str, expected: list[str]) -> None:
    assert _projects(text) == expected


def _metrics(text: str) -> list[tuple[str, str | None, float | int | None]]:
    return [
        (m.indicator, m.place, getattr(m.value, "value", None) or getattr(m.value, "amount", None))
        for m in _EXTRACT(text).metrics
    ]


# Counts told place by place after a total in the same sentence break the count down, past a money figure between;
# and so do counts after the projects they are among (…项目中，A市N个、B市M个).
COUNTS_PLACE_BY_PLACE = [
    (
        "今年以来全省集中开工重大项目230个，总投资1500亿元，其中杭州市28个、宁波市22个。",
        [
            ("集中开工重大项目", "浙江省", 230),
            ("总投资", "浙江省", 150_000_000_000),
            ("集中开工重大项目", "杭州市", 28),
            ("集中开工重大项目", "宁波市", 22),
        ],
    ),
    (
        "上半年集中签约重大项目中，杭州市28个，宁波市22个。",
        [("集中签约重大项目", "杭州市", 28), ("集中签约重大项目", "宁波市", 22)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_PLACE_BY_PLACE)
def test_counts_told_place_by_place_break_down_the_count(
    text: str, expected: list[tuple[str, str | None, float | int | None]]
) -> None:
    assert _metrics(text) == expected


# Rates told place by place after 分别为 take the name before it, each its place; a group of places opening the name
# (各县区) is no part of it.
RATES_PLACE_BY_PLACE = [
    (
        "1-6月份，各县区亿元以上新签约项目开工率分别为：金川县92.5%、青川县70%、平川区61.2%。",
        [
            ("亿元以上新签约项目开工率", "金川县", 92.5),
            ("亿元以上新签约项目开工率", "青川县", 70),
            ("亿元以上新签约项目开工率", "平川区", 61.2),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RATES_PLACE_BY_PLACE)
def test_rates_told_place_by_place_after_respectively(
    text: str, expected: list[tuple[str, str | None, float | int | None]]
) -> None:
    assert _metrics(text) == expected


# In a report on bringing in talent flexibly or on experts' workstations, a titled expert a body partners (与…团队，
# 共同推进…; 牵手…院士…团队; 与…合作建站) is talent brought in flexibly; without that topic, or without working
# together, none.
EXPERTS_PARTNERED = [
    (
        "全市新建院士工作站5家。华联化工股份有限公司与李德明院士团队，在共同推进催化剂研发上取得突破。",
        [("院士", None, ["李德明"], "flexible")],
    ),
    (
        "我县大力推进柔性引才。恒远能源集团有限公司牵手中国工程院院士周海涛团队，合作实施钾盐开发项目。",
        [("院士", None, ["周海涛"], "flexible")],
    ),
    ("华联化工股份有限公司与李德明院士团队，在共同推进催化剂研发上取得突破。", []),
    ("全市新建院士工作站5家。华联化工股份有限公司与李德明院士座谈。", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPERTS_PARTNERED)
def test_an_expert_a_body_partners_is_brought_in_flexibly(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert [t for t in _talent(text) if t[2]] == expected


# A 、 list of an official's posts before the count of projects they sign with names no projects.
POSTS_BEFORE_A_COUNT = [
    ("5月20日，副市长、高新区党工委书记、管委会主任李强与16个项目方代表签订合作协议。", []),
    ("会上，星河电子、蓝海光伏等16个项目集中签约。", ["星河电子", "蓝海光伏"]),
]


@pytest.mark.parametrize(("text", "expected"), POSTS_BEFORE_A_COUNT)
def test_posts_listed_before_a_count_of_projects_name_none(text: str, expected: list[str]) -> None:
    assert _projects(text) == expected


# Firms listed before 分别与 … 签署 and the items after the verb: the list of projects opens after the verb.
LIST_OPENS_AFTER_THE_SIGNING_VERB = [
    (
        "根据协议，中建三局集团、西南区域总部、四川工程公司分别与有关市县签署光伏电站项目、综合开发项目等3个重点项目合作协议。",
        ["光伏电站项目", "综合开发项目"],
    ),
    (
        "当日，光大物流、星河电子、雨润冷链物流与食品商贸城等五个项目成功签约。",
        ["光大物流", "星河电子", "雨润冷链物流与食品商贸城"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_OPENS_AFTER_THE_SIGNING_VERB)
def test_a_list_of_projects_opens_after_the_signing_verb(text: str, expected: list[str]) -> None:
    assert _projects(text) == expected


# A step or bar a figure climbs onto or over (迈上…台阶, 跃上…新台阶, 首次跨过…大关) names nothing: the indicator is the
# subject before the verb.
STEPS_AND_BARS = [
    ("2022年全县地区生产总值迈上300亿元台阶。", [("地区生产总值", "全县", 30_000_000_000)]),
    ("全县财政收入跃上15亿元新台阶。", [("财政收入", "全县", 1_500_000_000)]),
    ("全市实际利用外资首次跨过20亿美元大关。", [("实际利用外资", "全市", 2_000_000_000)]),
]


@pytest.mark.parametrize(("text", "expected"), STEPS_AND_BARS)
def test_a_step_or_bar_climbed_names_no_indicator(
    text: str, expected: list[tuple[str, str | None, float | int | None]]
) -> None:
    assert _metrics(text) == expected


# A workstation named after a place (张家界院士专家工作站) names no expert; one named after a person does.
STATIONS_NAMED_AFTER = [
    ("5月4日，常德绿源农业科技有限公司举行授牌仪式，标志着常德院士专家工作站正式成立。", []),
    ("5月4日，岳阳绿源农业科技开发有限责任公司举行院士专家工作站授牌仪式，标志着岳阳院士专家工作站正式成立。", []),
    ("5月4日，周立群专家工作站在该公司揭牌。", [("专家", None, ["周立群"], "flexible")]),
]


@pytest.mark.parametrize(("text", "expected"), STATIONS_NAMED_AFTER)
def test_a_station_named_after_a_place_names_no_expert(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected


def _rates(text: str) -> list[tuple[str, float | None, float | None]]:
    return [
        (m.indicator, getattr(m.value, "value", None), m.yoy.value if m.yoy is not None else None)
        for m in _EXTRACT(text).metrics
        if m.value_type == "percent" or m.yoy is not None
    ]


# Growths after 分别 that follow a list of as many names of other things are those names' growths, even with a figure
# earlier in the sentence; after the figures they name (or with no names), they are the figures' yoy.
GROWTHS_OF_THE_NAMES = [
    (
        "1-9月，全市新批台资项目56个，总投资和合同台资分别增长58%和42%。",
        [("总投资", 58, None), ("合同台资", 42, None)],
    ),
    (
        "1-5月，全省合同外资118.8亿美元，实际外资69.9亿美元，合同外资和实际外资分别增长65.1%和17.2%。",
        [("合同外资", None, 65.1), ("实际外资", None, 17.2)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROWTHS_OF_THE_NAMES)
def test_growths_after_respectively_belong_to_the_names_before(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    got = [(name, value if yoy is None else None, yoy) for name, value, yoy in _rates(text)]
    assert got == expected
