"""Read in session 34: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _talent(text: str) -> list[tuple[str | None, int | None, str | None]]:
    return [
        (t.category, getattr(t.count, "value", None), t.mode)
        for t in _EXTRACT(text, reference_date="2023-06-01").talent
    ]


# The people of a count before a 的 that is not theirs are the first kind after the count when what follows it is the
# next group of a list of counts, a copula, or others they act with; a kind qualified by the 的 phrase stays the kind
# after it. A mode word made a noun after the people (的引进, 的柔性引进) is their mode.
KINDS_BEFORE_A_DE_NOT_THEIRS = [
    (
        "今年完成260名紧缺人才、12名博士、3名国家级人才的引进。",
        [("紧缺人才", 260, "introduced"), ("博士", 12, "introduced"), ("国家级人才", 3, "introduced")],
    ),
    ("引进这15位博士是该县“十四五”发展对高端人才的需要。", [("博士", 15, "introduced")]),
    ("全年柔性引进5位院士与当地企业共建研发平台的任务完成。", [("院士", 5, "flexible")]),
    ("全年实现30名专家的柔性引进。", [("专家", 30, "flexible")]),
    ("完成45名博士的引进工作。", [("博士", 45, "introduced")]),
    ("引进80名具有博士学位的高层次人才。", [("高层次人才", 80, "introduced")]),
    ("引进20名院士和专家的团队。", [("院士和专家", 20, "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS_BEFORE_A_DE_NOT_THEIRS)
def test_the_people_before_a_de_that_is_not_theirs(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected


# People drawn to an event are no talent: a 、 list of counted groups (people, bodies) closed by a word of attending past
# the people's own words, and a clause opening on the verb of drawing after a clause that ends with the event.
DRAWN_TO_ATTEND = [
    ("据统计，共吸引35名知名专家、120名海外高层次人才、60余家高校院所、300余家企业参会洽谈。", []),
    ("去年9月举办的长三角人才峰会，吸引600多位海外留学人员和来自各地的青年人才，围绕人才合作展开交流。", []),
    (
        "今年以来，全市共吸引120名博士、300名硕士来我市就业。",
        [("博士", 120, "introduced"), ("硕士", 300, "introduced")],
    ),
    ("我县强化人才招引，吸引80名博士来县创业。", [("博士", 80, "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), DRAWN_TO_ATTEND)
def test_people_drawn_to_an_event_are_no_talent(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected


def _amounts(text: str) -> list[tuple[str, int, str]]:
    return [
        (m.text, int(m.value.amount), m.value.currency)
        for m in _EXTRACT(text, reference_date="2023-06-01").mentions
        if m.type == "money"
    ]


# A bare 亿 / 万 closing the clause right after one that ends in an amount with its currency continues it, in that
# currency; what its clause names as people or quantities (人口, 游客) keeps it no amount, as a money word far off does.
BARE_AMOUNTS_CONTINUING = [
    (
        "全省实际到位资金超300亿元，南京更是高达520.6亿。",
        [("超300亿元", 30000000000, "CNY"), ("520.6亿", 52060000000, "CNY")],
    ),
    ("合同外资1.5亿美元，其中苏州为8000万。", [("1.5亿美元", 150000000, "USD"), ("8000万", 80000000, "USD")]),
    ("全市实际到位资金超200亿元，人口达1.2亿。", [("超200亿元", 20000000000, "CNY")]),
    ("全年实际到位资金120亿元。本地游客达3200万。", [("120亿元", 12000000000, "CNY")]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_AMOUNTS_CONTINUING)
def test_a_bare_amount_continuing_one_with_its_currency(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _amounts(text) == expected


def _place_figures(text: str) -> list[tuple[str, str | None, int]]:
    return [
        (m.indicator, m.place, int(m.value.amount))
        for m in _EXTRACT(text, reference_date="2023-06-01").metrics
        if m.value_type == "money"
    ]


# A place's figure after another's takes the words of reaching the level (高达, 更是, 也都在) between the place and the
# figure: no name of its own, so the name of the figure before it.
PLACE_FIGURES_REACHED = [
    (
        "1—8月，全省实际到位资金2860亿元。南京更是高达520亿元，苏州、无锡和常州也都在300亿元以上。",
        [
            ("实际到位资金", "江苏省", 286000000000),  # 全省: the province its cities name
            ("实际到位资金", "南京市", 52000000000),
            ("实际到位资金", "苏州市", 30000000000),
            ("实际到位资金", "无锡市", 30000000000),
            ("实际到位资金", "常州市", 30000000000),
        ],
    ),
    ("1-6月，全县签约金额高达86亿元。", [("签约金额", "全县", 8600000000)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_FIGURES_REACHED)
def test_a_place_figure_reached_after_another(text: str, expected: list[tuple[str, str | None, int]]) -> None:
    assert _place_figures(text) == expected


def _metric_places(text: str) -> list[str | None]:
    return [m.place for m in _EXTRACT(text).metrics]


# The office of a place opening the first clause it stands in as the one acting (荆门市商务局紧紧围绕…) makes the page
# about its place: 全市 resolves to it. Named in passing, or as a person's post (…市委书记, …局局长), it does not.
OFFICES_ACTING = [
    (
        "近一段时期以来，荆门市商务局紧紧围绕全市招商引资目标，先后引进浙江中浙房地产开发有限公司、江苏聚德纺织科技有限公司等企业。今年1—9月，全市新签约项目86个。",
        ["荆门市"],
    ),
    (
        "今年以来，在荆门市商务局的支持下，先后引进浙江中浙房地产开发有限公司、江苏聚德纺织科技有限公司等企业。今年1—9月，全市新签约项目86个。",
        ["全市"],
    ),
    (
        "荆门市委书记带队引进浙江中浙房地产开发有限公司、江苏聚德纺织科技有限公司等企业。今年1—9月，全市新签约项目86个。",
        ["全市"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OFFICES_ACTING)
def test_an_office_acting_in_the_opening_names_the_page_s_place(text: str, expected: list[str | None]) -> None:
    assert _metric_places(text) == expected


def _investments(text: str) -> list[tuple[tuple[str, ...], int | None, str | None]]:
    return [
        (tuple(d.investors), int(d.amounts[0].money.amount) if d.amounts else None, d.stage)
        for d in _EXTRACT(text, reference_date="2023-06-01").deals
    ]


# A firm building with an amount after 以 (擬以N億元在X興建…) invests it; a price paid or a bid won builds nothing. Firms
# each told with their nationality (德商A、美商B) are a list, their amounts told one after the other each one's; one
# firm with its nationality after one without starts a clause of its own.
FIRMS_INVESTING = [
    ("鴻碩科技擬以不超過 38 億元額度在台南科技 工業區興建新廠。", [(("鴻碩科技",), 3800000000, "planned")]),
    ("某集团以5亿元收购该厂。", []),
    ("该公司以3.5亿元中标该工程。", []),
    (
        "日商信越化學、美商應用材料公司加碼投資60億元與45億元。",
        [(("信越化學",), 6000000000, None), (("應用材料公司",), 4500000000, None)],
    ),
    (
        "甲乙投資股份有限公司、英商丙丁控股有限公司以3億美元增資戊己工程有限公司。",
        [(("丙丁控股有限公司",), 300000000, None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_INVESTING)
def test_firms_investing_with_their_amounts(text: str, expected: list[tuple[tuple[str, ...], int, str]]) -> None:
    assert _investments(text) == expected


# A short mode word opening the name of a post (引才特使, 引智顾问) is no mode: people hired as it keep the post's name.
# Applications counted in 份 (Hong Kong's releases) count as 宗 do: approved, the people let in; 份 of anything else
# (简历, 邀请函) counts nothing.
POSTS_AND_APPLICATIONS = [
    (
        "聘请招才大使30名、引才特使85名。",
        [("招才大使", 30, "hired"), ("引才特使", 85, "hired")],
    ),
    ("全年柔性引才260人。", [("人才", 260, "flexible")]),
    ("香港各項輸入人才計劃共收到約16萬份申請，批準約9萬份。", [("人才", 90000, "introduced")]),
    # a letter of appointment received (获颁…聘书) hires them, whatever the post
    ("12位在外乡贤获颁“招商大使”聘书。", [("在外乡贤", 12, "hired")]),
]


@pytest.mark.parametrize(("text", "expected"), POSTS_AND_APPLICATIONS)
def test_posts_and_applications(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected


def _counts(text: str) -> list[tuple[str, int, str]]:
    return [
        (m.text, int(m.value.value), m.value.unit)
        for m in _EXTRACT(text, reference_date="2023-06-01").mentions
        if m.type == "count"
    ]


COUNTED_IN_FEN = [
    ("计划推出至今共接获520份申请，其中210份获批。", [("520份", 520, "份"), ("210份", 210, "份")]),
    ("招聘会现场共收到简历1800份。", []),
    ("该公司占有三成的市场份额。", []),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_IN_FEN)
def test_applications_counted_in_fen(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _counts(text) == expected


def _subject(text: str) -> str | None:
    place = _EXTRACT(text).subject_place
    return place.name if place is not None else None


# A portal's share prompt on the first lines (请用微信小程序<…新闻网分享图制作工具>扫码) is no title: the first headline
# after it is, and the outlet the prompt names weighs nothing.
SHARE_PROMPTS = [
    (
        "请用微信小程序<天津新闻网分享图制作工具>扫码\n请用微信扫一扫分享\n天津西青32个重点项目集中开工 总投资约410亿元\n"
        "2022年03月20日 来源:天津新闻网\n\n  天津新闻网3月20日电 20日，2022年天津市西青区第一批重点项目集中开工活动在精武镇"
        "举行。本次集中开工重点项目共32个，总投资约410亿元。西青区将持续优化营商环境。",
        "西青区",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_PROMPTS)
def test_a_share_prompt_is_no_title(text: str, expected: str) -> None:
    assert _subject(text) == expected
