"""Read in session 33: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _orgs(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text, reference_date="2023-06-01").mentions if m.type == "org"]


# Firms that go by a short stem and their trade (電子, 光電, 微电子, 精密), as Taiwanese and trade reports name them;
# the trades themselves, and a trade before them (消费电子), name no firm.
FIRMS_BY_THEIR_TRADE = [
    ("宏捷電子今年將在台南擴建新廠。", ["宏捷電子"]),
    ("聯穎光電為砷化鎵元件製造商。", ["聯穎光電"]),
    ("芯盛微电子今年将在高新区新建两条产线。", ["芯盛微电子"]),
    ("投審會通過崇越精密等3家台商回台投資案。", ["投審會", "崇越精密"]),
    ("重点发展电子信息、光电产业。", []),
    ("医疗电子和消费电子是两大方向。", []),
    ("该区积极引进光电、精密等企业。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_BY_THEIR_TRADE)
def test_a_firm_named_by_its_stem_and_trade(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def _talent(text: str) -> list[tuple[str | None, int | None, str | None]]:
    return [
        (t.category, getattr(t.count, "value", None), t.mode)
        for t in _EXTRACT(text, reference_date="2023-06-01").talent
    ]


# Applicants allotted a place of an entry scheme's quota (获分配名额) are let in, of the scheme's kind: the scheme named
# inside the allotment or in the sentence before.
QUOTAS_ALLOTTED = [
    ("去年有逾2100人獲分配「優秀人才入境計劃」名額來港。", [("優秀人才", 2100, "introduced")]),
    (
        "優秀人才入境計劃推行至今，吸引了不少人才來港。截至今年5月底，共有3120名申請人成功獲分配名額。",
        [("優秀人才", 3120, "introduced")],
    ),
    ("該公司今年獲分配名額20個。", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTAS_ALLOTTED)
def test_applicants_allotted_a_quota_are_let_in(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected


# Titled experts counted right after 与 whom a body works with (与20位院士建立合作) are brought in flexibly; met only
# (座谈) they are none.
EXPERTS_WORKED_WITH = [
    ("该园区先后与80多名院士开展交流合作。", [("院士", 80, "flexible")]),
    ("高新区与12位院士建立合作。", [("院士", 12, "flexible")]),
    ("市领导与40名专家开展座谈。", []),
    ("该县与30名博士建立联系。", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPERTS_WORKED_WITH)
def test_experts_a_body_works_with_are_brought_in_flexibly(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected


def _place_names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.name) for m in _EXTRACT(text, reference_date="2023-06-01").mentions if m.type == "place"]


# A zone with words of its own after a unit written in full (海东市|河湟新区) is named by those words; a unit written
# short stays in the name (东营高新区), and one character is no name of its own (日照市北经济开发区).
ZONES_NAMED_APART = [
    ("项目落户银川市滨河新区。", [("银川市滨河新区", "滨河新区")]),
    ("该公司将在南宁市江南区那洪工业园建设新厂。", [("南宁市江南区那洪工业园", "那洪工业园")]),
    ("項目落戶拉薩市曲水凈土健康產業園區。", [("拉薩市曲水凈土健康產業園區", "曲水净土健康产业园区")]),
    ("项目落户日照市北经济开发区。", [("日照市北经济开发区", "日照市北经济开发区")]),
    ("项目落户东营高新区。", [("东营高新区", "东营高新区")]),
]


@pytest.mark.parametrize(("text", "expected"), ZONES_NAMED_APART)
def test_a_zone_named_apart_from_its_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert _place_names(text) == expected


def _metrics(text: str) -> list[tuple[str, float | int | None]]:
    return [
        (m.indicator, getattr(m.value, "value", None) or getattr(m.value, "amount", None))
        for m in _EXTRACT(text, reference_date="2023-06-01").metrics
    ]


# A share with a subject of its own before 占 and no figure to qualify is a percent statistic named by the subject,
# also where the whole after 占 is a place (占全市9.4%); after a figure it qualifies that figure.
SHARES_OF_A_PLACE = [
    ("其中文化旅游业项目入资占全市12.6%。", [("文化旅游业项目入资", 12.6)]),
    ("去年，该镇规上工业产值占全县的38.5%。", [("规上工业产值", 38.5)]),
    ("新设外资企业128家，占全省总数的41.2%。", [("新设外资企业", 128)]),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_OF_A_PLACE)
def test_a_share_of_a_place_with_its_own_subject_is_a_statistic(
    text: str, expected: list[tuple[str, float | int | None]]
) -> None:
    assert _metrics(text) == expected


def _currencies(text: str) -> list[str]:
    return [m.value.currency for m in _EXTRACT(text, reference_date="2023-06-01").mentions if m.type == "money"]


# A bare 元 in a mainland report mirrored in traditional characters stays CNY: 自治区 is a mainland word, whatever
# Hong Kong word the page holds once; a Hong Kong release's 元 is HKD.
MAINLAND_REPORTS_IN_TRADITIONAL = [
    (
        "6月28日，自治區工業和信息化廳舉行集中開工活動，此次開工的項目總投資455億元。"
        "自治區項目指揮部此前曾在香港舉辦推介會。",
        ["CNY"],
    ),
    ("香港特區政府今日公布，本港去年吸引外來直接投資1200億元。", ["HKD"]),
]


@pytest.mark.parametrize(("text", "expected"), MAINLAND_REPORTS_IN_TRADITIONAL)
def test_a_mainland_report_in_traditional_characters_counts_in_yuan(text: str, expected: list[str]) -> None:
    assert _currencies(text) == expected
