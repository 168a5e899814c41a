"""Project phrases that name a class, not a project (dims/project.py): quantifiers (一些项目) and counts written
with spaces around the number (协议项目 11 个), as pages copied from PDFs and portals write them."""

from __future__ import annotations

import pytest

from test_project import projects

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

CLASSES = [
    "展会上，一些项目引得关注。",
    "这次展会上，一些項目引得關注。",
    "若干项目正在洽谈。",
    "本次推介会共达成协议项目 11 个，签约投资金额68.1亿元。",
    "全市开工亿元以上产业项目 32 个。",
    "本次推介會共達成協議項目 11 個。",
]


@pytest.mark.parametrize("text", CLASSES)
def test_classes_are_no_projects(text: str) -> None:
    assert projects(text) == []


def extracted_projects(text: str) -> list[str]:
    from dsz_extract import extract

    return [m.text for m in extract(text).mentions if m.type == "project"]


# Taiwan and Hong Kong pages quote a development case (…开发案, …兴建营运移转案, …BOT案) or an industrial park
# area (…产业园区): a project where its sentence states an amount.
QUOTED_CASES = [
    ("設置之「和發產業園區」簽約金額就高達221億元。", ["和發產業園區"]),
    (
        "「高雄市立圖書館總館共構會展文創會館興建營運移轉案」，簽約金額36億5千元。",
        ["高雄市立圖書館總館共構會展文創會館興建營運移轉案"],
    ),
    ("新北市「淡海新市鎮開發案」昨日簽約，投資金額120億元。", ["淡海新市鎮開發案"]),
    ("“滨江商务区停车场BOT案”签约，投资额8亿元。", ["滨江商务区停车场BOT案"]),
    # a quoted plan (方案), a law, or a case without an amount in its sentence is none
    ("市府提出「都市更新方案」，投入5億元。", []),
    ("依「產業創新條例」設置，簽約金額221億元。", []),
    ("「淡海新市鎮開發案」今日公告。", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CASES)
def test_quoted_cases(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# The 的 after a building verb makes the verb a modifier (投资建设的|城市综合体项目): no name starts with it.
MODIFIED_BY_A_BUILDER = [
    "由中建三局投资建设的城市综合体项目一期工程日前竣工。",
    "由某公司建设的物流园项目竣工。",
    "由市城投集团投资建设的综合体项目已经开业。",
    "由中建三局投資建設的城市綜合體項目竣工。",
]


@pytest.mark.parametrize("text", MODIFIED_BY_A_BUILDER)
def test_no_name_opens_with_de(text: str) -> None:
    assert not any(name.startswith("的") for name in extracted_projects(text))


# A company that invests and builds (X集团投资30亿元建设Y项目) presents an instance, however generic the words.
BUILT_BY_A_COMPANY = [
    ("浙江吉利控股集团投资30亿元建设新能源汽车零部件项目。", ["新能源汽车零部件项目"]),
    ("吉利集團投資30億元建設新能源汽車零部件項目。", ["新能源汽車零部件項目"]),
    ("某科技有限公司投资2亿元新建智能制造项目。", ["智能制造项目"]),
    ("该集团投资8000万元兴建冷链物流项目。", ["冷链物流项目"]),
    # a type named without anyone building it stays a type
    ("为推动新能源汽车零部件项目建设，全市出台政策。", []),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_BY_A_COMPANY)
def test_built_by_a_company(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# A boundary word inside a brand or a place's name (可口|可乐, 大像|山, 可可|托海) does not cut it where jieba reads
# the run as one word; a conjunction jieba glues to its neighbours (城和汉孝, 港及物) and a determiner (这批,
# 其余) still do.
WHOLE_FIRST_WORDS = [
    ("可口可乐公司新厂建设项目开工。", ["可口可乐公司新厂建设项目"]),
    ("可口可樂公司新廠建設項目開工。", ["可口可樂公司新廠建設項目"]),
    (
        "在建项目16个。大像山仿古文化街(西区)、锦鸿制衣等3个重大项目正在进行前期工作。",
        ["大像山仿古文化街(西区)", "锦鸿制衣"],
    ),
    ("近日，可可托海旅游项目正式开工。", ["可可托海旅游项目"]),
    ("佳兆业·空港凤凰科技城和汉孝临空产业园两大项目投资均超过300亿元。", ["佳兆业·空港凤凰科技城", "汉孝临空产业园"]),
    ("成功签约国药集团灵芝产业园项目。", ["国药集团灵芝产业园项目"]),
    ("这批项目的签约，其余项目由各县组织。", []),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_FIRST_WORDS)
def test_whole_first_words(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# Generic phrases: a season (今冬产业项目), a verb phrase (抓招商上项目), generic words joined by 和
# (基础设施和产业化项目), a batch's words before the phrase (一批重大对俄…项目); and no name opens with the
# closing quote of a phrase before it.
MORE_CLASSES = [
    "为今冬产业项目招商做好准备。",
    "各级各部门集中力量抓招商上项目。",
    "推进基础设施和产业化项目建设。",
    "一批重大对俄基础设施互联互通项目取得实质性进展。",
    "一批重大對俄基礎設施互聯互通項目取得實質性進展。",
]


@pytest.mark.parametrize("text", MORE_CLASSES)
def test_more_classes(text: str) -> None:
    assert projects(text) == []


def test_no_name_opens_with_a_closing_quote() -> None:
    found = projects("该市又召开了全市“升级招商活动月”总结暨产业项目招商与准备之冬动员大会。")
    assert not any(name.startswith("”") for name in found)


# A facility counted before its name (新建5条微生物肥料生产线, 建设2座污水处理厂) is a class of parts, no project.
COUNTED_FACILITIES = [
    "其中，主会场项目总投资5.2亿元，新建5条微生物肥料生产线。",
    "总投资2亿元，建设两座光伏组件工厂。",
    "總投資5億元，新建5條微生物肥料生產線。",
    "项目投资1.5亿元，新建3条肉制品加工生产线。",
]


@pytest.mark.parametrize("text", COUNTED_FACILITIES)
def test_counted_facilities(text: str) -> None:
    assert extracted_projects(text) == []


# A park named by its trade is one park (绿色家居产业园), and so is its project (绿色家居产业园项目): the name keeps 项目.
PARK_PROJECTS = [
    ("绿色家居产业园项目开工。", ["绿色家居产业园项目"]),
    ("3.冷链物流园项目，总投资3亿元。", ["冷链物流园项目"]),
    ("綠色家居產業園項目開工。", ["綠色家居產業園項目"]),
    ("开工项目中，新材料产业园项目总投资10亿元。", ["新材料产业园项目"]),
]


@pytest.mark.parametrize(("text", "expected"), PARK_PROJECTS)
def test_park_projects(text: str, expected: list[str]) -> None:
    assert projects(text) == expected
