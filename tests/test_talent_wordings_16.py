"""Talent in wordings written for session 16's probes: applications counted then approved under a Hong Kong scheme,
people named by a scheme's short name, people approved with nothing after, the parts of people let in, named experts
brought in in the passive or working with a local body, signings of flexible agreements, verbs naming the people,
kept graduates, plans opened by a horizon and lists of those selected."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2026-12-01")
    return [(t.category, t.count.value if t.count else None, t.mode, t.kind) for t in report.talent]


def named_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2026-12-01")
    return [(t.category, t.mode, tuple(t.persons), t.organization) for t in report.talent]


# Hong Kong, Macau and Taiwan: applications counted and then approved, short names of schemes, people let in.
SCHEMES = [
    ("今年首十個月，各項人才入境計劃共有約11萬宗申請獲批。", [("人才", 110000, "introduced", "actual")]),
    ("「輸入內地人才計劃」在今年首九個月共有1.3萬宗申請獲批。", [("內地人才", 13000, "introduced", "actual")]),
    ("政府輸入內地人才計劃今年共獲批8,200宗申請。", [("內地人才", 8200, "introduced", "actual")]),
    (
        "截至今年10月，「高才通」已收到超過9萬宗申請，當中約7.2萬宗獲批。",
        [("高端人才", 72000, "introduced", "actual")],
    ),
    ("澳門特區政府人才發展委員會表示，今年共有52名高端人才獲批。", [("高端人才", 52, "introduced", "actual")]),
    ("今年共有逾1.2萬名「優才」抵港。", [("优秀人才", 12000, "introduced", "actual")]),
    ("目前已有9.5萬名高才通人士抵港。", [("高端人才", 95000, "introduced", "actual")]),
    ("今年以來，透過就業金卡來台的外國專業人才共2,300人。", [("外國專業人才", 2300, "introduced", "actual")]),
    ("目前已有逾12萬名各類人才透過不同計劃來港。", [("各類人才", 120000, "introduced", "actual")]),
    (
        "截至11月底，「非本地畢業生留港／回港就業安排」今年獲批3.6萬人。",
        [("非本地畢業生", 36000, "introduced", "actual")],
    ),
    ("「非本地畢業生留港/回港就業安排」今年共批出3.2萬宗申請。", [("非本地畢業生", 32000, "introduced", "actual")]),
    ("今年經「優才計劃」獲批的人士逾1萬名。", [("优秀人才", 10000, "introduced", "actual")]),
    # plain talent who came through a scheme stay as the sentence calls them (tests/test_talent_constructions.py)
    ("今年經「高才通」來港的人才有4.5萬人。", [("人才", 45000, "introduced", "actual")]),
    ("「輸入內地人才計劃」今年共有1.5萬個申請獲批。", [("內地人才", 15000, "introduced", "actual")]),
    (
        "澳門人才引進計劃自去年實施以來，經評審後首批獲批人士共56名，其中高端人才18名、優秀人才26名。",
        [
            ("人才", 56, "introduced", "actual"),
            ("高端人才", 18, "introduced", "actual"),
            ("優秀人才", 26, "introduced", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCHEMES)
def test_people_let_in_under_schemes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Mainland wordings: verbs that name the people, kept graduates, totals of an intake, plans, lists, signings.
WORDINGS = [
    ("截至11月，全县共招才引智1260人。", [("人才", 1260, "introduced", "actual")]),
    ("“人才回乡”工程共引回各类人才380名。", [("各类人才", 380, "introduced", "actual")]),
    ("我市今年留住高校毕业生3.2万人。", [("高校毕业生", 32000, None, "actual")]),
    ("该县今年引进外地优秀人才在县创业60人。", [("外地优秀人才", 60, "introduced", "actual")]),
    ("今年，全省人才引进总量为12.6万人，同比增长15.2%。", [("人才", 126000, "introduced", "actual")]),
    ("计划到2028年，全县引进各类人才5000名。", [("各类人才", 5000, "introduced", "plan")]),
    ("预计到今年底，全市可引进人才3万人。", [("人才", 30000, "introduced", "plan")]),
    ("明年，全县力争引进各类人才1000名以上。", [("各类人才", 1000, "introduced", "target")]),
    ("力争打造人才集聚高地，今年引进青年人才1.1万人。", [("青年人才", 11000, "introduced", "actual")]),
    ("全市认真落实人才新政，计划内引进博士120名，全部到岗。", [("博士", 120, "introduced", "actual")]),
    ("力争到2028年，全市引进高层次人才2万名。", [("高层次人才", 20000, "introduced", "target")]),
    ("该市与12名院士签订柔性引才协议。", [("院士", 12, "flexible", "actual")]),
    ("会上，36名高层次人才与企业签订柔性引才协议。", [("高层次人才", 36, "flexible", "actual")]),
    ("今年第三批“海聚英才”计划入选名单公布，我区共有8人入选。", [("“海聚英才”计划", 8, None, "actual")]),
    ("全县人才驿站今年累计服务青年人才3200人次，其中留县就业460人。", []),
    ("今年共引进各类人才，总数达1260人。", [("各类人才", 1260, "introduced", "actual")]),
    ("今年柔性引进院士专家，人数为36人。", [("院士专家", 36, "flexible", "actual")]),
    ("今年共引进各类人才，其中博士12人。", [("博士", 12, "introduced", "actual")]),
    (
        "全年引进各类人才2360名，其中博士86名、来县创业120名。",
        [
            ("各类人才", 2360, "introduced", "actual"),
            ("博士", 86, "introduced", "actual"),
            ("各类人才", 120, "introduced", "actual"),
        ],
    ),
    ("吸引5000余名求职者，其中留县就业320人。", []),
    (
        "培育省级技能大师12名、市级乡土人才380名。",
        [("省级技能大师", 12, "trained", "actual"), ("市级乡土人才", 380, "trained", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORDINGS)
def test_mainland_wordings(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Named experts: brought in in the passive (after a signing too), working with a local body, counted after 等.
NAMED = [
    (
        "中国工程院院士张伟、李强被柔性引进到该县。",
        [("院士", "flexible", ("张伟", "李强"), "中国工程院")],
    ),
    (
        "近日，中国工程院院士陈学东、中国科学院院士王建宇与我县签约，被柔性引进为县人民政府科技顾问。",
        [("院士", "flexible", ("陈学东", "王建宇"), None)],
    ),
    (
        "柔性引才方面，我市与中国农业大学教授张福锁团队合作建立科技小院。",
        [("教授", "flexible", ("张福锁",), "中国农业大学")],
    ),
    ("县政府特聘张建国、李海涛为产业发展顾问。", [("产业发展顾问", "hired", ("张建国", "李海涛"), None)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_named_experts(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert named_of(text) == expected


def test_kind_after_the_count_closing_names() -> None:
    text = "今年，我市柔性引进中国工程院院士李培根、浙江大学教授张明等8名专家，为产业发展提供智力支持。"
    assert talent_of(text) == [("专家", 8, "flexible", "actual")]
