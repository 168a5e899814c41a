"""Organisations named without a suffix (dims/_org_context.py), and the suffixes and source lines
added with them: sentences written in the style of government and news pages of several provinces.

Each case lists every org mention the whole extractor gives for the sentence, as (start, end, text,
kind), so a wrong boundary fails as surely as a missing name.
"""

from __future__ import annotations

import functools

import pytest

from dsz_extract.extractor import Extractor


@functools.cache
def _extractor() -> Extractor:
    return Extractor()


def orgs(text: str) -> list[tuple[int, int, str, str]]:
    report = _extractor()(text)
    return [(m.start, m.end, m.text, m.value.kind) for m in report.mentions if m.type == "org"]


PARTNERS = [
    # 与A、B、C分别签署: every partner of the signing
    (
        "会上，市政府与蔚来汽车、国轩高科、江淮汽车分别签署战略合作协议。",
        [
            (3, 6, "市政府", "government"),
            (7, 11, "蔚来汽车", "company"),
            (12, 16, "国轩高科", "company"),
            (17, 21, "江淮汽车", "company"),
        ],
    ),
    # X与Y签约: the firm before 与, its zone left out (the zone is a place)
    ("高新区天东生化与正邦集团签约。", [(3, 7, "天东生化", "company"), (8, 12, "正邦集团", "group")]),
    ("当天，远景能源与射阳县签署合作协议。", [(3, 7, "远景能源", "company")]),
    # a brand made of Latin letters and Han
    ("无锡市与SK海力士签约，双方将深化合作。", [(4, 9, "SK海力士", "company")]),
    # a name jieba does not know falls apart into single characters (正|邦)
    ("我区与正邦洽谈生猪养殖项目。", [(3, 5, "正邦", "company")]),
    # traditional characters: matched on the simplified view, offsets in the original
    ("會上，縣政府與蔚來汽車簽署合作協議。", [(3, 6, "縣政府", "government"), (7, 11, "蔚來汽車", "company")]),
]

NOT_PARTNERS = [
    "县政府与投资方签订了投资协议。",  # a role, not a name
    "今年以来，我市与省内外客商洽谈项目120个。",
    "县长张伟与客商签约。",  # a person and a role
    "园区与高校、科研院所开展产学研合作。",  # class nouns
    "安徽与江苏签署战略合作协议。",  # places
    "我县与浙江温州结对合作。",
    # the occasion of a signing (在X上与Y签约) is no partner
    "该县在市重点项目签约仪式上与客商签约。",
    "我区在招商推介会期间与客商签约。",
    "与粤桂共建经济带。",  # one-character province names
    "与去年同期相比，增长12.5%。",  # no cooperation word
    "双方就进一步深化合作进行了深入交流。",
    "会上，与会企业与银行签订了融资协议。",
    "明确合作单位需与专家签订协议。",  # a clause, not a name, before 与
]

OFFICERS = [
    ("区长李强与金风科技董事长武钢举行工作会谈。", [(5, 9, "金风科技", "company")]),
    ("远景能源创始人张雷表示，", [(0, 4, "远景能源", "company")]),
    ("公司董事长张三介绍。", []),  # the class noun alone names no firm
    ("集团总经理李四陪同考察。", []),
]

KNOWN = [
    # central SOEs and well-known firms named by their short form, in a list or alone
    (
        "中國能建、國家電投、華潤等央企代表參加。",
        [(0, 4, "中國能建", "group"), (5, 9, "國家電投", "group"), (10, 12, "華潤", "group")],
    ),
    ("中国石化与宁夏回族自治区签署合作协议。", [(0, 4, "中国石化", "group")]),
    ("比亚迪将在肥东县建设零部件产业园。", [(0, 3, "比亚迪", "company")]),
    ("丰安股份在北交所上市。", [(0, 4, "丰安股份", "company"), (5, 8, "北交所", "other")]),
    # inside a longer word, or an item of a list of projects: not read
    ("华为鲲鹏生态大会在福州举行。", []),
    ("富士康、一汽大众、联想等项目净增工业总产值65亿元。", []),
]

SUFFIXES = [
    ("中国国际贸易促进委员会江苏省分会会长出席。", [(0, 16, "中国国际贸易促进委员会江苏省分会", "association")]),
    ("中国贸促会驻美国代表处代表发言。", [(0, 11, "中国贸促会驻美国代表处", "government")]),
    ("国家统计局晋城调查队公布数据。", [(0, 10, "国家统计局晋城调查队", "government")]),
    ("据南京海关统计，上半年进出口增长5%。", [(1, 5, "南京海关", "government")]),
    ("全国工商联副主席王永庆出席活动。", [(0, 5, "全国工商联", "association")]),
    (
        "市科协、市妇联、市总工会联合举办活动。",
        [(0, 3, "市科协", "association"), (4, 7, "市妇联", "association"), (8, 12, "市总工会", "association")],
    ),
    ("上海证券交易所上市公司达到5家。", [(0, 7, "上海证券交易所", "other")]),
    ("中信证券、华泰证券等券商参加。", [(0, 4, "中信证券", "company"), (5, 9, "华泰证券", "company")]),
    ("市委人才工作领导小组印发通知。", [(0, 10, "市委人才工作领导小组", "government")]),
    ("国务院国资委有关负责人出席。", [(0, 6, "国务院国资委", "government")]),
    # a division of the corps: the corps named before it is part of its name
    (
        "新疆生产建设兵团第八师石河子市与天业集团签约。",
        [(0, 11, "新疆生产建设兵团第八师", "government"), (16, 20, "天业集团", "group")],
    ),
    # the source line as a bracketed note at the end of a paragraph
    ("（来源：中国经济网）", [(4, 9, "中国经济网", "media")]),
]


# Pages run through a pinyin annotator: the gloss stays inside the span, the name drops it.
ENTERPRISE_LISTS = [
    # the items of a list closed by a count of enterprises are firms, their home city kept
    (
        "簽約儀式上,東莞普航電子、上海曼雅電器、信陽軒鴻電子共3個重點企業項目進行了現場集中簽約。",
        [(6, 12, "東莞普航電子", "company"), (13, 19, "上海曼雅電器", "company"), (20, 26, "信陽軒鴻電子", "company")],
    ),
    ("引进鑫联环保、金荣科技等20户企业入驻园区。", [(2, 6, "鑫联环保", "company"), (7, 11, "金荣科技", "company")]),
    # sectors in such a list are no firms
    ("新能源、新材料等十余家企业落户园区。", []),
    ("发展新能源、新材料、生物医药等3个产业。", []),
]


@pytest.mark.parametrize(("text", "expected"), ENTERPRISE_LISTS)
def test_items_of_a_list_of_enterprises(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert orgs(text) == expected


GLOSSED = [
    ("昨日，陜西省統(tǒng)計局發布數據。", [(3, 15, "陜西省統(tǒng)計局", "陜西省統計局")]),
    ("據(jù)濱海新區(qū)發(fā)改委副主任介紹，", [(5, 20, "濱海新區(qū)發(fā)改委", "濱海新區發改委")]),
    ("來源:中新網(wǎng)\n", [(3, 12, "中新網(wǎng)", "中新網")]),
]


@pytest.mark.parametrize(("text", "expected"), GLOSSED)
def test_names_across_pinyin_glosses(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    report = _extractor()(text)
    assert [(m.start, m.end, m.text, m.value.name) for m in report.mentions if m.type == "org"] == expected


@pytest.mark.parametrize(("text", "expected"), PARTNERS)
def test_partners_of_a_signing(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize("text", NOT_PARTNERS)
def test_roles_places_and_clauses_are_no_partners(text: str) -> None:
    assert [o for o in orgs(text) if o[3] == "company"] == []


@pytest.mark.parametrize(("text", "expected"), OFFICERS)
def test_firm_before_an_officers_title(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), KNOWN)
def test_well_known_short_names(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUFFIXES)
def test_suffixes_and_source_notes(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert orgs(text) == expected


def test_spans_cut_the_original_text() -> None:
    text = "會上，縣政府與蔚來汽車簽署合作協議。中國能建、國家電投等央企參加。"
    for start, end, name, _kind in orgs(text):
        assert text[start:end] == name
