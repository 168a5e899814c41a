"""Talent records of experts named in lists the news and government pages write: after a label saying they
entered a workstation (进站专家：…), before 等院士 leading teams, appointed after their count (受聘为…特聘专家)
and listed after 分别是; simplified and traditional characters."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [(t.category, t.count.value if t.count else None, t.persons, t.mode, t.organization) for t in report.talent]


# Experts listed after a label saying they entered a station: the label's kind is the category, the body
# named before the label (outside the brackets closed before it) hosts them; mode flexible, no count.
STATION_LABELS = [
    (
        "湖南某某生物科技有限公司（进站专家：中南大学教授周明远、湖南农业大学研究员陈立群）。",
        [("专家", None, ["周明远", "陈立群"], "flexible", "湖南某某生物科技有限公司")],
    ),
    (
        "溫州市龍灣區某某電氣有限公司（進站博士：浙江大學化學工程研究所黃志強）。",
        [("博士", None, ["黃志強"], "flexible", "溫州市龍灣區某某電氣有限公司")],
    ),
    (
        "认定的企业分别为长沙华时捷环保科技发展股份有限公司，进站院士为桂卫华；长沙中电软件园有限公司"
        "（联合湖南优势智通信息技术有限公司），进站院士为方滨兴。",
        [("院士", None, ["桂卫华"], "flexible", "长沙华时捷环保科技发展股份有限公司"),
         ("院士", None, ["方滨兴"], "flexible", "长沙中电软件园有限公司")],
    ),
    (
        "此次新增的2家专家工作站分别是湘西鹤盛原烟公司（进站专家：湖南省作物研究所研究员李基光）、湖南果乐农业科技公司"
        "（联合单位：中国农业科学院麻类研究所）（进站博士：中国农业科学院麻类研究所侯春生）。",
        [("专家", None, ["李基光"], "flexible", "湘西鹤盛原烟公司"),
         ("博士", None, ["侯春生"], "flexible", "湖南果乐农业科技公司")],
    ),
    (
        "宁夏天元锰业集团有限公司建站院士：中国工程院院士干勇、王国栋。",
        [("院士", None, ["干勇", "王国栋"], "flexible", "宁夏天元锰业集团有限公司")],
    ),
    ("进站院士为企业解决技术难题20项。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STATION_LABELS)
def test_experts_listed_after_a_station_label(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Bare names listed before 等 and a kind of expert: the kind is the category, the mode word before the list (or
# 落户 after it) the mode; experts leading teams (…等院士领衔) are talent without one, and the teams they lead,
# counted under a mode word, are a record of their own. A list needs two names or more.
LISTS_BEFORE_KIND = [
    (
        "2023年，园区先后引进陈志远、刘海峰、赵明辉等博士团队。",
        [("博士团队", None, ["陈志远", "刘海峰", "赵明辉"], "introduced", None)],
    ),
    ("杭州市柔性引进王建国、李文华等知名专家，助力产业发展。", [("知名专家", None, ["王建国", "李文华"], "flexible", None)]),
    (
        "近年來，該實驗室已引進周立偉、陳嘉明等院士領銜的12個科研團隊。",
        [("院士", None, ["周立偉", "陳嘉明"], "introduced", None), ("科研團隊", 12, [], "introduced", None)],
    ),
    (  # 集聚 gathers people without a mode; teams need one
        "近年來，該實驗室已集聚周立偉、陳嘉明等院士領銜的12個科研團隊。",
        [("院士", None, ["周立偉", "陳嘉明"], None, None)],
    ),
    ("2022年，由李建国、王晓东等院士领衔的3个创新团队入驻园区。", [("院士", None, ["李建国", "王晓东"], None, None)]),
    ("去年張立群、張聯盟等院士專家團隊落戶長壽區。", [("院士專家團隊", None, ["張立群", "張聯盟"], "introduced", None)]),
    ("今年以来邀请王建国、李文华等专家出席会议。", []),
    ("成都市引进北京、上海等地专家20名。", [("专家", 20, [], "introduced", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LISTS_BEFORE_KIND)
def test_names_listed_before_their_kind(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# People counted, then appointed (受聘为 / 被聘为 / 获聘为): the title is the category whatever the people are
# called, mode hired; a quoted body or an org opening the title is the organization, names listed between the
# count and the appointment (a bracket after each) the persons.
APPOINTED_AFTER_COUNT = [
    (
        "2023年，10名国内顶级服装设计师受聘为“时尚汉正街创意联盟”特聘专家。",
        [("特聘专家", 10, [], "hired", "时尚汉正街创意联盟")],
    ),
    (
        "会上，8位奥运冠军王明(右一)、李华(右二)被聘为青岛市城市形象大使。",
        [("城市形象大使", 8, ["王明", "李华"], "hired", None)],
    ),
    (
        "昨日，3位知名學者陳建華、林志明、黃美玲獲聘為廈門大學客座教授。",
        [("客座教授", 3, ["陳建華", "林志明", "黃美玲"], "hired", "廈門大學")],
    ),
    ("去年该校20名教师受聘担任企业科技特派员。", [("企业科技特派员", 20, [], "hired", None)]),
    ("2021年全县新聘任乡村振兴指导员45名。", [("乡村振兴指导员", 45, [], "hired", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), APPOINTED_AFTER_COUNT)
def test_people_counted_then_appointed(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A part right after 其中 that names nothing (where its people come from follows, or who they are) is the total's
# kind under the total's mode; the people listed after 分别是 / 分别为, over the clauses that name them, are its
# persons.
PARTS_NAMED_AFTER = [
    (
        "2023年我省新增7名院士，其中两名来自武汉市，分别是：中国工程院院士、海军工程大学教授何琳，"
        "中国工程院院士、华中科技大学教授马丁。",
        [("院士", 7, [], None, None), ("院士", 2, ["何琳", "马丁"], None, None)],
    ),
    (
        "2022年全市柔性引进专家12名，其中3名来自清华大学，分别为王振华、李建国、陈志远。",
        [("专家", 12, [], "flexible", None), ("专家", 3, ["王振华", "李建国", "陈志远"], "flexible", None)],
    ),
    (
        "去年新增國家級人才8名，其中兩名分別是：浙江大學教授林建華，復旦大學研究員陳曉明。",
        [("國家級人才", 8, [], None, None), ("國家級人才", 2, ["林建華", "陳曉明"], None, None)],
    ),
    (
        "2023年全市招聘教师300名，其中100名来自外省。",
        [("教师", 300, [], "hired", None), ("教师", 100, [], "hired", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTS_NAMED_AFTER)
def test_parts_that_name_nothing_but_their_people(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# The next items of a list of people there are (拥有 / 现有 opening an earlier clause) are no talent either, and
# people who sign up for an event (报名) are not brought in.
NO_TALENT = [
    ("该区已集聚规上企业120余家，拥有国家级、市级人才102名，专业技术人才约5.2万人、高技能人才约4.1万人。", []),
    ("2023年全市现有博士后120名，硕士研究生3000人。", []),
    ("全县擁有高級職稱人才350名，技能人才2100人。", []),
    (
        "2013年共有1300余名海外博士報名，引進海外博士92名。",
        [("海外博士", 92, [], "introduced", None)],
    ),
    ("2023年已有500余名青年人才报名参赛。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NO_TALENT)
def test_people_there_are_or_signed_up(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
