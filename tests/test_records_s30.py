"""Read in session 30: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _deals(text: str) -> list[tuple[list[str], str | None, str | None, int | None]]:
    return [
        (d.investors, d.place, d.stage, d.amounts[0].money.amount if d.amounts else None) for d in _EXTRACT(text).deals
    ]


# A firm telling its plan to build somewhere is a planned deal of that firm at that place, with or without an amount;
# built without a plan word and without an amount it is no deal (as before).
FIRM_PLANS = [
    (
        "鑫达科技有限公司拟在安庆经开区新建智能制造基地。",
        # (session 44) 安庆经开区 is the coded 安徽安庆经济开发区 (340871), GB/T 2260's name for it
        [(["鑫达科技有限公司"], "安徽安庆经济开发区", "planned", None)],
    ),
    ("华远光电公司也申请在余姚市兴建厂房，并增设两条产线。", [(["华远光电公司"], "余姚市", "planned", None)]),
    (
        "恒信材料股份有限公司预计将在常州市进行投资，金额约8亿元。",
        [(["恒信材料股份有限公司"], "常州市", "planned", 800_000_000)],
    ),
    ("永泰集团规划在台湾设置物流中心。", [(["永泰集团"], "台湾省", "planned", None)]),
    ("宏达电子公司计划在溧水区经济开发区北区建设研发中心。", [(["宏达电子公司"], "溧水区经济开发区", "planned", None)]),
    ("永泰集团在台湾设置物流中心。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIRM_PLANS)
def test_a_firms_plan_to_build_somewhere_is_a_planned_deal(
    text: str, expected: list[tuple[list[str], str | None, str | None, int | None]]
) -> None:
    assert _deals(text) == expected


def _investors(text: str) -> list[tuple[list[str], str | None]]:
    return [(d.investors, d.stage) for d in _EXTRACT(text).deals]


# Firms listed after 其中包括 and left open by a bare 等 are deals brought in when the clause before says firms settled,
# and so are those named after 引进…企业/厂商包括; firms that only came to look, or a list after projects, are none.
FIRMS_LISTED_AS_SETTLED = [
    (
        "一批知名企业相继落户新区，其中包括华峰化学、恒逸石化、荣盛石化等。",
        [(["华峰化学"], "introduced"), (["恒逸石化"], "introduced"), (["荣盛石化"], "introduced")],
    ),
    (
        "新引进企业包括：华峰化学有限公司、恒逸石化有限公司、荣盛石化有限公司。",
        [
            (["华峰化学有限公司"], "introduced"),
            (["恒逸石化有限公司"], "introduced"),
            (["荣盛石化有限公司"], "introduced"),
        ],
    ),
    (  # a firm another deal names still holds the list together; the other firm is the list's deal
        "园区招商迅速，去年就有华星光电、联创电子等公司进驻，其中，华星光电投资约80亿元。",
        [(["联创电子"], "introduced"), (["华星光电"], None)],
    ),
    (  # firms that came to invest, or built a plant where they are
        "吸引鲁能控股、金阳集团、平原煤化等100多家企业来黔投资。",
        [(["鲁能控股"], "introduced"), (["金阳集团"], "introduced"), (["平原煤化"], "introduced")],
    ),
    ("美商康普科技、日商信越化学等均在苗投资设厂。", [(["康普科技"], "introduced"), (["信越化学"], "introduced")]),
    ("伊顿、拉法基等一批世界500强企业积极在山东投资。", []),
    ("多家企业前来考察，其中包括华峰化学、恒逸石化、荣盛石化等。", []),
    ("一批项目相继落户新区，其中包括华峰化学、恒逸石化、荣盛石化等。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_LISTED_AS_SETTLED)
def test_firms_listed_as_settled(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert _investors(text) == expected


def _stages(text: str) -> list[tuple[list[str], str | None]]:
    return [(d.projects, d.stage) for d in _EXTRACT(text).deals]


# A park opened to its firms (开园) is a project completed.
PARKS_OPENED = [
    ("智能制造产业园正式开园。", [(["智能制造产业园"], "completed")]),
    ("12月8日，临港智能网联汽车产业园正式开园。", [(["临港智能网联汽车产业园"], "completed")]),
]


@pytest.mark.parametrize(("text", "expected"), PARKS_OPENED)
def test_a_park_opened_is_completed(text: str, expected: list[tuple[list[str], str | None]]) -> None:
    assert _stages(text) == expected


def _categories(text: str) -> list[tuple[str | None, int | None]]:
    return [(t.category, t.count.value if t.count else None) for t in _EXTRACT(text).talent]


# What the people counted do or get right after their kind (获奖, 发来, 当选, 持有, 还是…) is no part of their category.
CATEGORY_ENDS_AT_ITS_KIND = [
    # (session 31: winners of a prize, the clause ending on it, are no talent; a title given keeps them)
    ("该市五名院士获“科技创新突出贡献”称号。", [("院士", 5)]),
    ("其中20多位人才还是带着项目回来的。", [("人才", 20)]),
    ("全县已有860名高层次人才持有“人才服务卡”。", [("高层次人才", 860)]),
    ("其余6位院士发来视频祝贺。", [("院士", 6)]),
    ("引进博士后研究人员12名。", [("博士后研究人员", 12)]),
]


@pytest.mark.parametrize(("text", "expected"), CATEGORY_ENDS_AT_ITS_KIND)
def test_a_talent_category_ends_at_its_kind(text: str, expected: list[tuple[str | None, int | None]]) -> None:
    assert _categories(text) == expected


def _orgs(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "org"]


# The words right before an investing verb and its amount name no firm when they are a statistic's noun (固定资产), a
# class of projects (…类) or firms counted before them (有52家台资企业投资…); a firm's own name ending in 企业 stays.
NOT_INVESTING_FIRMS = [
    ("全市完成工业性固定资产投资12.5亿元。", []),
    ("城市更新类计划投资60亿元。", []),
    ("共有38家返乡企业投资约90亿元。", []),
    ("联德企业投资3亿元设厂。", ["联德企业"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_INVESTING_FIRMS)
def test_what_invests_before_the_verb_is_not_always_a_firm(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def _persons(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "person"]


# A byline's name with a character OpenCC would write outside the Basic Multilingual Plane (晛) is read as written.
def test_a_byline_name_keeps_its_rare_character() -> None:
    assert _persons("本报讯 (记者 李晛) 7日，全市人才工作会议召开。") == ["李晛"]


# A byline's given name of one character doubled (园园, 丹丹) is read whole, also where the character ends place names.
DOUBLED_GIVEN_NAMES = [
    ("本报讯 (记者 潘园园) 7日，全市人才工作会议召开。", ["潘园园"]),
    ("(记者 王丹丹 通讯员 李园园)今年以来，全县引进人才120名。", ["王丹丹", "李园园"]),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED_GIVEN_NAMES)
def test_a_byline_name_with_a_doubled_given_name(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


# Four or more three-character names opening on a surname before a verb of attending (参加, 列席, 在主席台就座) are names
# by the shape of their list, also where a given name alone would not be read (谭红日); firms' short names are none.
UNIFORM_NAME_LISTS = [
    (
        "会议由县长主持，郑志远、付乐欣、杨胜林、刘隆俊、吴永萍等在主席台前排就座。",
        ["郑志远", "付乐欣", "杨胜林", "刘隆俊", "吴永萍"],
    ),
    ("龙志华、刘日炎、谭红日、彭小中参加会议。", ["龙志华", "刘日炎", "谭红日", "彭小中"]),
    ("华为、中兴、联想、腾讯参加会议。", []),
]


@pytest.mark.parametrize(("text", "expected"), UNIFORM_NAME_LISTS)
def test_a_uniform_list_of_names_before_attending(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


# Names after a professional grade (副主任医师, 高级农艺师), a two-character name before 正在, and names listed before
# 等委员.
PERSONS_BY_GRADE_AND_ROLE = [
    ("县人民医院副主任医师陈功正在给病人看诊。", ["陈功"]),
    ("县农业农村局高级农艺师王社英深入企业指导。", ["王社英"]),
    ("会上，徐炜、方振强、邓卫等委员分别发言。", ["徐炜", "方振强", "邓卫"]),
    ("电气专业博士研究生王丽静在展台前驻足。", ["王丽静"]),
    ("法学院法律硕士朱淑慧正在与工作人员讨论岗位。", ["朱淑慧"]),
    ("全县引进硕士研究生120名。", []),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS_BY_GRADE_AND_ROLE)
def test_persons_by_their_grade_and_role(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


# A transliterated name after a title is joined by the hyphenation point or the katakana middle dot too.
DOTTED_NAMES = [
    ("安哥拉駐華大使若奧‧比雷斯出席。", ["若奧‧比雷斯"]),
    ("佛得角经济部部长塔尼亚・罗穆阿尔多出席。", ["塔尼亚・罗穆阿尔多"]),
    ("美国驻华大使蒂姆·库克出席。", ["蒂姆·库克"]),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_NAMES)
def test_a_transliterated_name_by_any_middle_dot(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


def _places(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "place"]


# 中国 / 全国 before the title a place is known by (…之乡, …之都) is the title's reach, no place.
TITLE_OF_A_PLACE = [
    ("欢迎访问中国长寿之乡、中国猕猴桃之乡。", []),
    ("该县被誉为中国气候康养之都。", ["该县"]),
    ("中国经济增长5%。", ["中国"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_OF_A_PLACE)
def test_the_title_a_place_is_known_by_is_no_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
