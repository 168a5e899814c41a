"""Talent in wordings written for session 14's probes: parts of the people a body has (拥有…，其中…), what is done
against a plan or target told in its own clause, targets set with a time or a hope, a verb of bringing in before a
bare count, permits naming their holders, people who came through a Hong Kong / Macau / Taiwan scheme, students a
school admits, and people who stay."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [(t.category, t.count.value if t.count else None, t.mode, t.kind) for t in report.talent]


# The parts of the people a body has (拥有) are no talent, as the people it has are not.
PARTS_OF_PEOPLE_A_BODY_HAS = [
    ("该企业拥有研发人员500余人，其中博士20人、硕士80人。", []),
    ("集团拥有技术研发人员2000余名，其中博士以上学历86名。", []),
    ("該公司目前擁有研發人員300餘人，其中博士15人。", []),
    (
        "该县今年引进研发人员500余人，其中博士20人。",
        [("研发人员", 500, "introduced", "actual"), ("博士", 20, "introduced", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_PEOPLE_A_BODY_HAS)
def test_parts_of_people_a_body_has(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A clause opening on 已 / 实际 after a plan or target tells what was done; 目标 with its time and 希望 set a target.
PLANS_TARGETS_AND_WHAT_IS_DONE = [
    (
        "今年计划招聘教师200名，目前已招聘156名。",
        [("教师", 200, "hired", "plan"), ("教师", 156, "hired", "actual")],
    ),
    (
        "全年目标引进人才3000人，实际引进3260人。",
        [("人才", 3000, "introduced", "target"), ("人才", 3260, "introduced", "actual")],
    ),
    (
        "今年引进人才目标为2000名，已完成1850名。",
        [("人才", 2000, "introduced", "target"), ("人才", 1850, "introduced", "actual")],
    ),
    (
        "今年计划引进博士50名，实际完成62名。",
        [("博士", 50, "introduced", "plan"), ("博士", 62, "introduced", "actual")],
    ),
    (
        "力争全年引进高层次人才100名，上半年已引进56名。",
        [("高层次人才", 100, "introduced", "target"), ("高层次人才", 56, "introduced", "actual")],
    ),
    (
        "计划引进博士30名，截至目前已引进22名。",
        [("博士", 30, "introduced", "plan"), ("博士", 22, "introduced", "actual")],
    ),
    ("行政院核定方案，目標2030年延攬40萬名國際人才。", [("國際人才", 400000, "introduced", "target")]),
    ("長期希望每年新增延攬1萬人。", [("人才", 10000, "introduced", "target")]),
    ("今年全市共引进高层次人才200名。", [("高层次人才", 200, "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), PLANS_TARGETS_AND_WHAT_IS_DONE)
def test_plans_targets_and_what_is_done(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A verb bringing people in right before a count that names no people: 人才 under that verb; a hiring verb only when
# no talent is counted before it in the sentence; drawing people to an event stays none.
BARE_COUNTS_AFTER_A_VERB = [
    ("今年全市共引进1.2万人。", [("人才", 12000, "introduced", "actual")]),
    ("今年全市引进人数达1.2万人。", [("人才", 12000, "introduced", "actual")]),
    ("今年累计柔性引进120人。", [("人才", 120, "flexible", "actual")]),
    ("初期預計新增延攬人數為6700人。", [("人才", 6700, "introduced", "plan")]),
    ("該方案預計招募100名。", [("人才", 100, "hired", "plan")]),
    ("全年引进博士10名，招聘120名。", [("博士", 10, "introduced", "actual")]),
    ("活动共吸引1.2万人参加。", []),
    ("全年共引进项目12个，引进资金5亿元。", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_COUNTS_AFTER_A_VERB)
def test_bare_counts_after_a_verb(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Permits for foreign talent: a permit inside the people's noun cuts it; 核准…聘僱許可 names its holders; a stock of
# permits that says whom it brought in is talent of that kind.
PERMITS = [
    ("過去4年，外國專業人才有效聘僱許可平均每年新增延攬6577人次。", [("外國專業人才", 6577, "introduced", "actual")]),
    ("勞動部指出，今年1至9月共核准外國專業人員聘僱許可3.6萬人次。", [("外國專業人員", 36000, "introduced", "actual")]),
    (
        "截至2023年7月底，已累計核發就業金卡7,882人次，成功延攬全球頂尖專業人士。",
        [("全球頂尖專業人士", 7882, "introduced", "actual")],
    ),
    ("截至2022年5月底，就業金卡累計許可人次突破5000關卡，達5140人次。", []),
]


@pytest.mark.parametrize(("text", "expected"), PERMITS)
def test_permits(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# People who came or stay through a scheme, and approvals told with their applications.
SCHEMES = [
    ("已有54人通過「高級專業人才計劃」獲批居留。", [("高級專業人才", 54, "introduced", "actual")]),
    ("澳門今年首批「高端人才計劃」共審批通過62人。", [("高端人才", 62, "introduced", "actual")]),
    ("截至六月底，已有超過十萬名人才經各項計劃抵港。", [("人才", 100000, "introduced", "actual")]),
    ("去年經「一般就業政策」獲批來港的外籍專才有3.1萬人。", [("外籍專才", 31000, "introduced", "actual")]),
    ("據統計，去年共有3.6萬名外籍專業人士獲准在台工作。", [("外籍專業人士", 36000, "introduced", "actual")]),
    ("澳門特區政府去年共批出人才引進計劃申請88宗。", [("人才", 88, "introduced", "actual")]),
    ("「優才計劃」今年首三季獲批申請逾3,000宗。", [("优秀人才", 3000, "introduced", "actual")]),
    ("截至去年底，經「輸入內地人才計劃」獲批的申請共1.6萬宗。", [("內地人才", 16000, "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), SCHEMES)
def test_schemes(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Students a school admits are no talent (博士后 a station admits are); people who stay count the people before;
# words of kind: 预计, 方式, 目标 and 锻炼 are no part of it, 优生 and 硕博 name talent, 引聚 brings in, 双聘 is flexible.
MORE_WORDINGS = [
    ("我校今年招收博士研究生620人、硕士研究生4800人。", []),
    ("今年新招收进站博士后32名。", [("博士后", 32, "introduced", "actual")]),
    (
        "各县区累计引进高校毕业生5.8万人，其中留在本地就业创业4.6万人。",
        [("高校毕业生", 58000, "introduced", "actual"), ("高校毕业生", 46000, "introduced", "actual")],
    ),
    ("全年预计新增高技能人才5000人。", [("高技能人才", 5000, None, "plan")]),
    ("全市通过公开招聘、人才引进等方式新进教师1200名。", [("教师", 1200, "introduced", "actual")]),
    ("今年面向全国引进名校优生120名。", [("名校优生", 120, "introduced", "actual")]),
    ("全年招引硕博人才1200余名。", [("硕博人才", 1200, "introduced", "actual")]),
    ("今年全市引聚各类人才2.1万名。", [("各类人才", 21000, "introduced", "actual")]),
    ("今年以来，共双聘高校教授35名。", [("高校教授", 35, "flexible", "actual")]),
    ("挂职锻炼博士服务团成员26名。", [("博士服务团成员", 26, "flexible", "actual")]),
    ("人才辦已接觸超過500名海外人才。", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_WORDINGS)
def test_more_wordings(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Academicians and experts joining a workstation work with it flexibly; a station's stock says no mode; postdocs
# joining one are told with no mode; the station named before the people is no part of their kind.
STATION_ENTRANTS = [
    ("今年新增进站院士12名。", [("院士", 12, "flexible", "actual")]),
    ("新建院士工作站3家，进站院士3名。", [("院士", 3, "flexible", "actual")]),
    ("全市院士工作站共有进站院士56名、进站专家230名。", [("院士", 56, None, "actual"), ("专家", 230, None, "actual")]),
    ("今年博士后工作站新进站博士后38人，出站27人。", [("博士后", 38, None, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), STATION_ENTRANTS)
def test_station_entrants(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# What the people did for others, told between them and the count, is counted (services: none); a permit done for
# the people named before it gives them as the kind.
SERVICES_AND_PERMITS_DONE_FOR = [
    ("今年以来，该县柔性引进专家人才开展技术服务1200人次。", []),
    ("组织专家提供咨询指导3000余人次。", []),
    ("我省今年为外籍人才办理来华工作许可1.6万人次。", [("外籍人才", 16000, "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), SERVICES_AND_PERMITS_DONE_FOR)
def test_services_and_permits_done_for(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A level passed (超 / 超过 / 突破 opening the count) without a mode word is a statistic; people added (新增) stay talent.
LEVELS_PASSED = [
    ("该实验室科研人员超300人。", []),
    ("全市高层次人才突破1000人。", []),
    ("今年新引进人才超5000人。", [("人才", 5000, "introduced", "actual")]),
    ("全市新增高技能人才超2万人。", [("高技能人才", 20000, None, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS_PASSED)
def test_levels_passed(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A bracket qualifying the verb before it says no mode of its own: the verb outside it governs the count.
BRACKETED_VERBS = [
    ("引进（含柔性引进）高层次人才56名。", [("高层次人才", 56, "introduced", "actual")]),
    ("柔性引进（含项目合作）专家28名。", [("专家", 28, "flexible", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_VERBS)
def test_bracketed_verbs(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# People who only agreed to come (意向) are no intake; people signed at an event are.
INTENTIONS = [
    ("活动期间，共达成人才引进意向320人。", []),
    ("本次活动初步达成引进意向的博士86名。", []),
    ("洽谈会上，38名高层次人才与企业签订意向协议。", []),
    ("引才活动中，现场签约博士56人。", [("博士", 56, "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), INTENTIONS)
def test_intentions(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A figure for a year after the report's is a goal (target) unless plan words say more.
HORIZONS = [
    ("到2025年，全市引进高层次人才1万名。", [("高层次人才", 10000, "introduced", "target")]),
    ("到2022年，全市累计引进高层次人才1万名。", [("高层次人才", 10000, "introduced", "actual")]),
    ("计划到2025年引进博士300名。", [("博士", 300, "introduced", "plan")]),
]


@pytest.mark.parametrize(("text", "expected"), HORIZONS)
def test_horizons(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
