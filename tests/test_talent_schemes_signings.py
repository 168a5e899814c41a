"""Talent in wordings of session 13's second round (Macau's 人才引进计划, Taiwan's foreign professionals and 就业金卡,
experts signing at a 双招双引 event): people a talent scheme takes in, permits issued with an adverb before the verb,
talent who sign themselves, and more of a kind of talent present in a place."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [(t.category, t.count.value if t.count else None, t.mode) for t in report.talent]


# Work permits issued to foreign talent: the people are brought in, an adverb may stand before the verb; a stock
# (累计) stays a statistic.
PERMITS_ISSUED = [
    ("自2018年以来，就业金卡已核发6571人次，成功吸引全球顶尖人才来台。", [("外国专业人才", 6571, "introduced")]),
    ("今年就业金卡已经核发3200人次。", [("外国专业人才", 3200, "introduced")]),
    ("该市外国人来华工作许可共签发1500人次。", [("外国人才", 1500, "introduced")]),
    ("本年度就業金卡已核發2,108人次。", [("外国专业人才", 2108, "introduced")]),
    ("截至9月，外国人工作许可已办理420人。", [("外国人才", 420, "introduced")]),
    ("全年累计签发外国人来华工作许可2.1万人次。", []),
    # a work permit named by its holders, or done for the people counted
    ("勞動部去年核發外國專業人員工作許可4萬2千人次。", [("外國專業人員", 42000, "introduced")]),
    ("今年共为85名外籍人才办理了工作许可。", [("外籍人才", 85, "introduced")]),
    ("今年共为85名员工办理了工作许可。", []),
    ("今年已有1,250名外國專業人才取得就業金卡。", [("外國專業人才", 1250, "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), PERMITS_ISSUED)
def test_permits_issued(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


def test_permits_issued_are_a_metric_too() -> None:
    report = extract("此外，就业金卡已核发6571人次。", reference_date="2023-12-20")
    assert [m.value.value for m in report.metrics] == [6571]
    assert [t.count.value for t in report.talent if t.count] == [6571]


# People a talent scheme (or a phase of it) takes in are brought in, of the kind its list names, plain talent
# without one; a scheme taking in firms or items takes in no people.
TAKEN_INTO_A_SCHEME = [
    (
        "他透露，第一期计划纳入的人才名单已达464名，第二期计划目前建议纳入24人。",
        [("人才", 464, "introduced"), ("人才", 24, "introduced")],
    ),
    ("人才引进计划第一期纳入的人才名单共有300名。", [("人才", 300, "introduced")]),
    ("第二批人才引进计划建议纳入人才56人。", [("人才", 56, "introduced")]),
    ("人才引進計劃第三期擬納入高端人才120名。", [("高端人才", 120, "introduced")]),
    ("今年纳入高层次人才名单的有52人。", [("高层次人才", 52, None)]),
    ("首期计划纳入的人才名单有180人。", [("人才", 180, "introduced")]),
    # the place whose scheme it is is no part of the kind
    ("澳門人才引進計劃第一批共有66人獲批。", [("人才", 66, "introduced")]),
    ("该市已将120家企业纳入重点企业名单。", []),
    ("第一期计划纳入的名单已达464名。", []),
    ("本次纳入统计的规上企业达320家。", []),
]


@pytest.mark.parametrize(("text", "expected"), TAKEN_INTO_A_SCHEME)
def test_people_taken_into_a_scheme(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Talent who sign themselves at a signing (their representatives too) are brought in, under the mode word between
# their count and their kind; representatives of firms or bodies, and people at a meeting, are no talent.
SIGNING_THEMSELVES = [
    ("21名引进专家人才代表参加现场签约。", [("专家人才", 21, "introduced")]),
    ("活动现场，35名高层次人才代表现场签约。", [("高层次人才", 35, "introduced")]),
    ("12名柔性引进专家代表参加集中签约。", [("专家", 12, "flexible")]),
    ("活动现场，46名高层次人才与用人单位签约。", [("高层次人才", 46, "introduced")]),
    ("现场有18名博士代表与企业签约。", [("博士", 18, "introduced")]),
    ("活动中，16名博士与企业现场签约。", [("博士", 16, "introduced")]),
    ("签约仪式上，8名院士专家代表签约。", [("院士专家", 8, "introduced")]),
    ("现场，10名专家代表进行了发言。", []),
    ("30名专家代表参加座谈会。", []),
    ("15名企业代表参加现场签约。", []),
    ("56位外国专家组织代表参加签约仪式。", []),
    ("20名引进博士代表参加欢迎座谈会。", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNING_THEMSELVES)
def test_talent_signing_themselves(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


def test_talent_signing_is_no_partner_firm() -> None:
    report = extract("活动现场，46名高层次人才与用人单位签约。", reference_date="2023-12-20")
    assert [m.text for m in report.mentions if m.type == "org"] == []


# More of a kind of talent present in a place than before is talent, under a verb bringing talent in earlier in
# the sentence; the number present told as a level is a statistic.
PRESENT_IN_A_PLACE = [
    (
        "政府持续延揽外国专业人才，去年底外籍专业人员在台人数较前一年度增加8,883人。",
        [("外籍专业人员", 8883, "introduced")],
    ),
    ("去年底外籍人才在沪人数比上年增加3200人。", [("外籍人才", 3200, None)]),
    ("截至今年6月，海外高层次人才在深工作人数较去年同期增加1500人。", [("海外高层次人才", 1500, None)]),
    ("外籍人士在港人数较去年增加5万人。", []),
    ("外籍人才在沪人数达到3万人。", []),
    ("去年底外籍专业人员在台人数为4万人。", []),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT_IN_A_PLACE)
def test_more_talent_present_in_a_place(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
