"""Deal classes of round 2 (session 15), from probe sentences written for reports of any province or outlet:
a park a firm builds in is its site, nicknames and page links are no projects, ordinal and counted classes
are generic, a firm's investment reaches the project after a 集…于一体的 modifier, a kind word before a firm's
full name is not part of it, and a firm's project staff names no project."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

LEAD = "本报讯 近日，记者从市发展改革委获悉，今年全市招商引资工作取得新进展。"


def deals_of(text: str) -> list[tuple[list[str], list[str]]]:
    return [(list(d.projects), list(d.investors)) for d in extract(text, reference_date="2024-06-01").deals]


def projects_of(text: str) -> list[str]:
    return sorted(p for d in extract(text, reference_date="2024-06-01").deals for p in d.projects)


# 在<park>建设<project>: the park is where the project is built, no deal of its own.
BUILT_IN_A_PARK = [
    ("亿利资源集团拟在青云店镇新材料新能源产业园建设高端新材料生产研发基地。", ["高端新材料生产研发基地"]),
    ("大业传媒集团有限公司拟在大兴区国家新媒体产业基地核心区建设传媒产业园。", ["传媒产业园"]),
    ("上海同捷科技股份公司拟联合北汽集团等企业在采育汽车产业基地建设整车及超级平台项目。", ["整车及超级平台项目"]),
    ("比亚迪计划在西安高新技术产业开发区新建动力电池生产基地。", ["动力电池生产基地"]),
    ("宁德时代拟于福鼎工业园区内建设锂电池生产基地项目，总投资130亿元。", ["锂电池生产基地项目"]),
    ("中石化在湛江东海岛石化产业园区打造炼化一体化项目，总投资440亿元。", ["炼化一体化项目"]),
]

# Nothing named that is a deal: nicknames, ordinal or counted classes, page links, a firm's project staff.
NO_DEAL = [
    "东莞素有“世界工厂”之称，制造业发达。",
    "景德镇素有“瓷都”的美誉。",
    "义乌被誉为“世界超市”，小商品市场闻名全球。",
    "今年第二期项目再投资760亿元。",
    "通过前期发布项目需求信息、组织开展项目洽谈，本届大会达成签约项目115个。",
    "一举引进两大项目，总投资额达50亿元。",
    "上一篇：广东省2019年粮食安全保障调控和应急设施项目中央预算内投资计划申报项目公示",
    "下一篇：比亚迪新能源汽车产业园项目开工",
    "相关阅读：宁德时代锂电池生产基地项目签约",
]

# A nickname told before the report's own project leaves the project alone.
NICKNAME_THEN_PROJECT = [
    ("义乌素有“世界超市”之称，近日，义乌国际商贸城六区项目开工建设。", ["义乌国际商贸城六区项目"]),
    ("该区享有“中国光谷”的美誉，今年签约光电子产业园项目，总投资50亿元。", ["光电子产业园项目"]),
]

# A firm investing to build what it names: one deal with the firm and the project, past a 集…于一体的 modifier.
FIRM_BUILDS = [
    (
        "其中北京同仁堂集团拟投资30亿元建设集生产、制造、物流、销售于一体的同仁堂中药现代化产业园。",
        [(["同仁堂中药现代化产业园"], ["北京同仁堂集团"])],
    ),
    ("大业传媒集团拟投资15亿元建设集影视、动漫、创意于一体的传媒产业园。", [(["传媒产业园"], ["大业传媒集团"])]),
    ("恒大集团拟投资50亿元建设恒大文化旅游城项目。", [(["恒大文化旅游城项目"], ["恒大集团"])]),
    ("步长集团拟投资20亿元。", [([], ["步长集团"])]),
    ("南玻集团下属公司东莞南玻光伏科技有限公司将增资2.2亿元。", [([], ["东莞南玻光伏科技有限公司"])]),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_IN_A_PARK, ids=[str(i) for i in range(len(BUILT_IN_A_PARK))])
def test_a_park_built_in_is_no_deal(text: str, expected: list[str]) -> None:
    assert projects_of(text) == expected
    assert projects_of(LEAD + text) == expected


@pytest.mark.parametrize("text", NO_DEAL, ids=[str(i) for i in range(len(NO_DEAL))])
def test_no_deal_named(text: str) -> None:
    assert projects_of(text) == []
    assert projects_of(LEAD + text) == []


@pytest.mark.parametrize(
    ("text", "expected"), NICKNAME_THEN_PROJECT, ids=[str(i) for i in range(len(NICKNAME_THEN_PROJECT))]
)
def test_a_nickname_is_no_project(text: str, expected: list[str]) -> None:
    assert projects_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIRM_BUILDS, ids=[str(i) for i in range(len(FIRM_BUILDS))])
def test_a_firm_building_gives_one_deal(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    assert deals_of(text) == expected
    assert deals_of(LEAD + text) == expected


def test_project_staff_is_no_project() -> None:
    for text in ("绥芬河市财投集团项目负责人周丽娟说，项目进展顺利。", "中建三局项目经理张伟介绍，工程将于年底完工。"):
        names = [m.text for m in extract(text).mentions if m.type == "project"]
        assert names == []


# Approvals of investment (投审会核准…): a firm after its origin puts an amount into a company (以N增资Y): the firm is
# the investor, the amount its own; a name in Latin capitals after its origin is the firm's whole name.
CAPITAL_PUT_IN = [
    (
        "英商GOOGLE ENGINEERINGUK HOLDINGS LIMITED以约2亿1222万美元增资台湾科高工程有限公司。",
        ["GOOGLE ENGINEERINGUK HOLDINGS LIMITED"],
        212220000,
    ),
    (
        "丹麦商ORSTED WINDPOWER TW HOLDING A/S，以约20亿2061万美元用以转投资设立大彰化西南控股股份有限公司。",
        ["ORSTED WINDPOWER TW HOLDING A/S"],
        2020610000,
    ),
    (
        "英属开曼群岛商STONEPEAK OCEANVIEW （CAYMAN）HOLDINGS COMPANY以约2亿6807万美元增资巅峰海景投资股份有限公司。",
        ["STONEPEAK OCEANVIEW （CAYMAN）HOLDINGS COMPANY"],
        268070000,
    ),
    (
        "日商東京威力科創股份有限公司以50億元增資台灣東京威力科創股份有限公司。",
        ["東京威力科創股份有限公司"],
        5000000000,
    ),
    ("卢森堡商CI FENGMIAO SCSP以6亿7151万美元增资哥本哈根基础设施渢妙股份有限公司。", ["CI FENGMIAO SCSP"], 671510000),
]


@pytest.mark.parametrize(
    ("text", "investors", "amount"), CAPITAL_PUT_IN, ids=[str(i) for i in range(len(CAPITAL_PUT_IN))]
)
def test_capital_put_into_a_company(text: str, investors: list[str], amount: int) -> None:
    deals = extract(text, reference_date="2025-02-01").deals
    assert [(list(d.investors), [a.money.amount for a in d.amounts]) for d in deals] == [(investors, [amount])]
    assert all(not d.projects for d in deals)


# Examples of a class joined by 和 (以A和B为代表的…项目): two names, whatever head each ends in.
EXAMPLES_JOINED = [
    (
        "以弘芯半导体制造产业园和联影武汉总部基地项目为代表的高端制造业项目10个。",
        ["弘芯半导体制造产业园", "联影武汉总部基地项目"],
    ),
    (
        "以比亚迪电池产业园、宁德时代锂电基地和吉利汽车城项目为代表的重大项目顺利推进。",
        ["比亚迪电池产业园", "宁德时代锂电基地", "吉利汽车城项目"],
    ),
    ("以京东方生产基地和华星光电产业园项目为代表的一批项目加快建设。", ["京东方生产基地", "华星光电产业园项目"]),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES_JOINED, ids=[str(i) for i in range(len(EXAMPLES_JOINED))])
def test_examples_joined_by_and_are_two_names(text: str, expected: list[str]) -> None:
    assert [m.text for m in extract(text).mentions if m.type == "project"] == expected


# A firm's name stops before the headline verb it spends with (台塑狂砸|300亿建厂); a company still to be set up
# (新设公司投资…) is no investor named.
NO_FIRM_NAMED = [
    ("东丰砸14亿建厂、120职缺释出", ["东丰砸"]),
    ("新設公司投資金額6,206萬美元。", ["新設公司"]),
    ("新设公司投资5000万美元。", ["新设公司"]),
    ("拟设立公司投资1亿元。", ["拟设立公司"]),
]


@pytest.mark.parametrize(("text", "not_firms"), NO_FIRM_NAMED, ids=[str(i) for i in range(len(NO_FIRM_NAMED))])
def test_no_firm_named_by_a_verb_or_a_company_to_be(text: str, not_firms: list[str]) -> None:
    investors = [n for d in extract(text).deals for n in d.investors]
    orgs = [m.text for m in extract(text).mentions if m.type == "org"]
    assert not set(not_firms) & set(investors + orgs)


def test_examples_of_a_class_leave_it_the_amount() -> None:
    text = (
        "武汉市第七场重大项目集中开工活动举行。以弘芯半导体制造产业园和联影武汉总部基地项目为代表的高端制造业项目10个"
        "集中开工，总投资超过886亿元。"
    )
    deals = extract(text, reference_date="2018-09-12").deals
    assert sorted(p for d in deals for p in d.projects) == ["弘芯半导体制造产业园", "联影武汉总部基地项目"]
    assert all(len(d.projects) == 1 and not d.amounts for d in deals)


# Parts listed inside the whole they make up (包括A、B在内的C) are no deals; examples of a class (…在内的56个项目) are.
WITHIN_A_WHOLE = [
    ("步长集团拟投资20亿元，建设包括科研中心、医疗器械生产基地、现代中药生产基地在内的北方区区域总部。", []),
    (
        "包括绍兴青旅羊山生态城建设项目、诸暨华东LED光电产业园项目等在内的56个项目破土动工。",
        ["绍兴青旅羊山生态城建设项目", "诸暨华东LED光电产业园项目"],
    ),
    (
        "此次签约包括新能源智造基地、含氟高端新材料产业园等在内的产业链标志性项目。",
        ["含氟高端新材料产业园", "新能源智造基地"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITHIN_A_WHOLE, ids=[str(i) for i in range(len(WITHIN_A_WHOLE))])
def test_parts_within_a_whole_are_no_deals(text: str, expected: list[str]) -> None:
    assert projects_of(text) == sorted(expected)


# A project told as what a facility is built for (为A项目配套学校, 作为B项目配套教育设施) is no deal of that sentence.
SERVED = [
    ("北京市十一学校石景山学校新建工程开工，该校为北辛安棚改项目配套学校。", ["北京市十一学校石景山学校新建工程"]),
    ("该中学作为北辛安棚户区改造项目配套教育设施，总投资3亿元。", []),
    ("新建道路为临港产业园项目配套服务，总投资2亿元。", []),
]


@pytest.mark.parametrize(("text", "expected"), SERVED, ids=[str(i) for i in range(len(SERVED))])
def test_a_project_served_is_no_deal(text: str, expected: list[str]) -> None:
    assert projects_of(text) == expected
