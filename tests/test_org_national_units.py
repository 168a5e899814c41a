"""Units a ministry, the State Council, a government or an academy names after itself, written right after
it: one body of the parent's kind (教育部|学校规划建设发展中心, 国务院侨办|华文教育发展中心, 经济部|投资台湾事务所).

Sentences written for these tests in the style of real reports (none copied from the corpus). Each case
lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

NATIONAL_UNITS = [
    (
        "教育部学校规划建设发展中心与某某新能源集团有限公司签署合作协议。",
        [("教育部学校规划建设发展中心", "government"), ("某某新能源集团有限公司", "company")],
    ),
    ("科技部火炬中心发布了高新区评价结果。", [("科技部火炬中心", "government")]),
    (
        "國務院僑辦華文教育發展中心與海口市政府共建項目。",
        [("國務院僑辦華文教育發展中心", "government"), ("海口市政府", "government")],
    ),
    ("经济部投资台湾事务所统计,今年已有三百家台商回流。", [("经济部投资台湾事务所", "government")]),
    ("国家发展改革委产业发展司负责人表示,将加大支持力度。", [("国家发展改革委产业发展司", "government")]),
    ("国务院扶贫办开发指导司副司长出席会议。", [("国务院扶贫办开发指导司", "government")]),
    ("商务部外资司负责人介绍了情况。", [("商务部外资司", "government")]),
    # a venue of a government is no unit of it; two bodies joined by a conjunction stay two
    ("签约仪式在市政府会议中心举行。", []),
    ("教育部与科技部联合发文。", [("教育部", "government"), ("科技部", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_UNITS)
def test_units_written_after_their_national_parent(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


KNOWN_UNITS = [
    # a ministry's body known by its short form, written right after it, is one body with it
    ("經濟部投審會今天核准南亞科技增資案。", [("經濟部投審會", "government"), ("南亞科技", "company")]),
    ("经济部投审会统计,一季度核准侨外投资件数增加。", [("经济部投审会", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN_UNITS)
def test_known_units_written_after_their_ministry(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


INVESTING_WORDINGS = [
    # Taiwanese reports invest by 砸 and 加碼; a time between the modal and the verb is no part of the name
    ("台達電砸30億元擴建桃園研發中心。", [("台達電", "company")]),
    ("緯創將砸50億元在新竹設立新廠。", [("緯創", "company")]),
    ("聯電預計未來投資100億元。", [("聯電", "company")]),
    ("鴻海加碼投資50億元。", [("鴻海", "company")]),
    # an authority's approval is no part of the firm it approves
    (
        "投審會今天核准旺矽科技、晶碩光學等4件投資案。",
        [("投審會", "government"), ("旺矽科技", "company"), ("晶碩光學", "company")],
    ),
    # a government spending is no firm
    ("政府砸10億元推動產業升級。", []),
]


@pytest.mark.parametrize(("text", "expected"), INVESTING_WORDINGS)
def test_firms_before_taiwanese_investing_verbs(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


TASK_NAMED_BODIES = [
    # Hong Kong, Macau and Taiwan name their own bodies by their task alone
    ("投資署署長劉凱旋說,將積極對接內地省份。", [("投資署", "government")]),
    ("人才發展委員會秘書長周昶行表示,計劃取得成效。", [("人才發展委員會", "government")]),
    ("投資處副處長陳秀全表示,申請案件增加。", [("投資處", "government")]),
    # the same words as a verb phrase or a firm's class stay none
    ("加大投资处置力度。", []),
    ("引进一批人才公司。", []),
]


@pytest.mark.parametrize(("text", "expected"), TASK_NAMED_BODIES)
def test_bodies_named_by_their_task(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


FIRMS_BEFORE_OFFICERS = [
    # Taiwanese and Hong Kong reports put the officer's name between his firm and his title
    (
        "投資廠商代表包括日月光周光春副總、華泰李俊寬副總、興勤隋台中總裁等。",
        [("日月光", "company"), ("華泰", "company"), ("興勤", "company")],
    ),
    ("台達電副董事長鄭平出席。", [("台達電", "company")]),
    ("宁德时代董事长曾毓群出席。", [("宁德时代", "company")]),
    # a known firm closed by the amount it invests
    ("其中百億元以上的投資案有台積電1000億元。", [("台積電", "company")]),
    # a pointer or a venue before the officer is no firm
    ("该公司李明副总介绍了情况。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_BEFORE_OFFICERS)
def test_firms_before_their_officers(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


ROLES_AND_HALLS = [
    # a party's role before a registered name is no part of it
    ("据项目投资方中投发展有限责任公司副总经理介绍,项目进展顺利。", [("中投发展有限责任公司", "company")]),
    ("项目运营方深圳某某科技有限公司负责运营。", [("深圳某某科技有限公司", "company")]),
    # the hotel an event is held in, before its conference centre
    ("招商引资大会在贵州饭店会议中心举行。", [("贵州饭店", "company")]),
    ("推介会在该酒店会议中心举行。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROLES_AND_HALLS)
def test_roles_before_firms_and_hotels_before_halls(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


OUTLET_FURNITURE = [
    # the outlet after a paper's dot before the byline; a channel in the breadcrumb after 您所在的位置
    ("齐鲁晚报·齐鲁壹点记者高雅洁报道", [("齐鲁晚报", "media"), ("齐鲁壹点", "media")]),
    ("您所在的位置: 东南网泉州频道> 泉州时政> 经济新闻", [("东南网泉州频道", "media")]),
    ("香港商报官网 > 江西 > 商报报道", [("香港商报", "media")]),
    ("来源:香港商报官网", [("香港商报", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_FURNITURE)
def test_outlets_in_page_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


MACAO_BUREAUS_AND_PEOPLE = [
    # Macao's bureaus joined by 及 / 暨 are one department word
    ("統計暨普查局資料顯示,澳門外來直接投資增加。", [("統計暨普查局", "government")]),
    ("教育及青年发展局局长透露,此次计划吸引人才。", [("教育及青年发展局", "government")]),
    # people a body meets are no partner organisation
    ("省侨联主席与海外侨胞座谈。", [("省侨联", "association")]),
]


@pytest.mark.parametrize(("text", "expected"), MACAO_BUREAUS_AND_PEOPLE)
def test_macao_bureaus_and_people_met(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


MINISTRIES_OF_MINISTERS = [
    # a ministry written into its minister's title
    ("經濟部長王美花出席開工典禮並致詞。", [("經濟部", "government")]),
    ("由科技部長吳政忠主持記者會。", [("科技部", "government")]),
    # a party committee's department before 部长 is a seat; a programme's 科技副总 is no officer
    ("市委常委、组织部长出席会议。", [("市委", "government")]),
    ("选派科技副总58名到企业挂职。", []),
]


@pytest.mark.parametrize(("text", "expected"), MINISTRIES_OF_MINISTERS)
def test_ministries_written_into_ministers_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
