"""Read in session 36: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.dims import _project_lists
from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


# A project span that runs over the officials at a ceremony (…管委会主任李某等市领导以及A项目) starts after the
# conjunction that joins the project to them; a span of officials only (市政协主席赵国华) names no project; a head after
# a post is no name (书记项目: a secretary's own project).
SPANS_OVER_OFFICIALS = [
    ("高新区管委会主任孙伟等市领导以及华康新材料项目", "华康新材料项目"),
    ("工业园区党工委书记钱明和恒通光伏组件项目", "恒通光伏组件项目"),
    ("市政协主席赵国华", None),
    ("九江湖口高新区党工委书记钱明", None),
    ("县长吴志强等县领导以及", None),
    ("书记项目", "书记项目"),
    ("县长项目", "县长项目"),
    ("主任医师培训中心项目", "主任医师培训中心项目"),
    ("华康新材料项目", "华康新材料项目"),
]


@pytest.mark.parametrize(("span", "expected"), SPANS_OVER_OFFICIALS)
def test_a_project_starts_after_the_officials(span: str, expected: str | None) -> None:
    start = _project_lists.past_titled_officials(span, 0, len(span))
    assert (span[start:] if start is not None else None) == expected


def _deals(text: str) -> list[tuple[str, ...]]:
    return [tuple(d.projects) for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals]


# Kinds of farming listed before a count of projects (签约仪式包括设施农业、观光农业等40个项目) are trades, not projects;
# a named item of the same kind of list is a project.
FARMING_KINDS_BEFORE_A_COUNT = [
    ("本次签约仪式包括高端设施农业、生态高效农业、休闲观光农业等40个项目，合同金额120亿元。", []),
    ("此次集中签约的有智慧农业、都市农业、循环农业等16个项目，总投资35亿元。", []),
    (
        "此次集中签约的有绿源蔬菜产业园、金穗面粉加工厂等16个项目，总投资35亿元。",
        [("绿源蔬菜产业园",), ("金穗面粉加工厂",)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FARMING_KINDS_BEFORE_A_COUNT)
def test_kinds_of_farming_are_no_projects(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _deals(text) == expected


def _deals_with_stage(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(tuple(d.projects), d.stage) for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals]


# 签下 signs as 签约 does (现场签下A、B等4个项目); 暨 joining the event to the project it is held for opens no name
# (集中开工暨A项目、B项目开工仪式), though 暨南 does.
SIGNED_DOWN_AND_JOINED_BY_JI = [
    (
        "活动中，该市现场签下华辰智能装备产业园、鑫达新材料生产基地等4个项目，总投资32亿元。",
        [(("华辰智能装备产业园",), "signed"), (("鑫达新材料生产基地",), "signed")],
    ),
    (
        "该县在上海签下投资12亿元的绿能光伏组件项目。",
        [(("绿能光伏组件项目",), "signed")],
    ),
    (
        "开发区隆重举行第四季度项目集中开工暨华鼎集团智能装备项目、蓝天新能源项目开工仪式。",
        [(("华鼎集团智能装备项目",), "started"), (("蓝天新能源项目",), "started")],
    ),
    (
        "该市举行重大项目集中签约暨恒瑞医药产业园项目签约仪式，总投资20亿元。",
        [(("恒瑞医药产业园项目",), "signed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_DOWN_AND_JOINED_BY_JI)
def test_signed_down_and_joined_by_ji(text: str, expected: list[tuple[tuple[str, ...], str | None]]) -> None:
    assert _deals_with_stage(text) == expected


def _metrics(text: str) -> list[tuple[str, float]]:
    return [(m.indicator, m.value.value) for m in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").metrics]


# Growths listed right after their verb without 分别 (城镇和农村居民人均可支配收入增长2%和6%) are one per subject, as
# after 分别, where as many subjects stand before them; not a range (增长5%和6%之间), not growths qualifying figures told
# before them.
GROWTHS_LISTED_WITHOUT_RESPECTIVELY = [
    (
        "2022年，全市城镇和农村常住居民人均可支配收入增长4%和7%。",
        [("城镇常住居民人均可支配收入", 4.0), ("农村常住居民人均可支配收入", 7.0)],
    ),
    ("2022年，全县出口和进口同比增长12.5%、8.3%。", [("出口", 12.5), ("进口", 8.3)]),
    ("2022年，全县合同外资和实际外资增长20%和15%。", [("合同外资", 20.0), ("实际外资", 15.0)]),
    # with 分别, as before
    ("2022年，全县出口和进口分别同比增长12.5%、8.3%。", [("出口", 12.5), ("进口", 8.3)]),
]


@pytest.mark.parametrize(("text", "expected"), GROWTHS_LISTED_WITHOUT_RESPECTIVELY)
def test_growths_listed_without_respectively(text: str, expected: list[tuple[str, float]]) -> None:
    assert _metrics(text) == expected


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [
        (m.indicator, m.value.value, m.kind)
        for m in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").metrics
        if m.value_type == "count"
    ]


# The projects a place arranges for its year (全年安排重点项目142个; 重大工程安排100项) or organises (组织实施…项目224个) are
# its statistic, read as their words say (actual, 计划 makes a plan); 安排 or 组织 of anything else runs the work
# (安排20名干部驻企服务, 组织12家企业赴深圳: no figure).
ARRANGED_PROJECTS = [
    ("2022年全年安排重点建设项目126个，总投资860亿元。", [("安排重点建设项目", 126.0, "actual")]),
    ("今年全区共安排重大项目58个。", [("安排重大项目", 58.0, "actual")]),
    ("2024年，全区重大工程安排80项。", [("重大工程安排", 80.0, "actual")]),
    ("该县今年计划安排重点项目40个。", [("计划安排重点项目", 40.0, "plan")]),
    ("该县安排20名干部驻企服务。", []),
    # 组织 likewise: the projects organised to start or carried out are the place's (组织实施亿元以上项目224个)
    ("五年来，全市组织实施亿元以上项目224个。", [("亿元以上项目", 224.0, "actual")]),
    ("该县组织12家企业赴深圳参加推介会。", []),
    # events organised, counted by times or sessions, and people sent out are the place's statistics
    ("2022年，全县组织各类招商活动34次。", [("招商活动", 34.0, "actual")]),
    ("上半年，该区组织政银企对接活动11场次。", [("政银企对接活动", 11.0, "actual")]),
    ("2022年，该市共选派科技特派员55名。", [("选派科技特派员", 55.0, "actual")]),
    ("2022年，该市选派55名科技特派员。", [("科技特派员", 55.0, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), ARRANGED_PROJECTS)
def test_arranged_projects_are_a_statistic(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _counts(text) == expected


def _amounts(text: str) -> list[tuple[str, float]]:
    return [
        (m.indicator, m.value.amount)
        for m in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").metrics
        if m.value_type == "money"
    ]


# Rewards and subsidies paid out or received (兑现奖励1.5亿元, 发放补贴14.4亿元) are what was paid, a statistic; a policy's
# terms (最高给予500万元补贴, 按投资额给予奖励) are none.
PAID_OUT_REWARDS = [
    ("2022年，全市兑现招商引资奖励资金8600万元。", [("兑现招商引资奖励资金", 8.6e7)]),
    ("去年全省发放就业补贴12.6亿元。", [("发放就业补贴", 1.26e9)]),
    ("2022年，全县获得财政补助资金3.2亿元，增长15%。", [("获得财政补助资金", 3.2e8)]),
    ("对新引进的重大项目，最高给予500万元补贴。", []),
    ("按实际到位资金的2%给予奖励，最高不超过200万元。", []),
]


@pytest.mark.parametrize(("text", "expected"), PAID_OUT_REWARDS)
def test_rewards_paid_out_are_a_statistic(text: str, expected: list[tuple[str, float]]) -> None:
    assert _amounts(text) == expected


# A count in digits beside a quoted name counts what the name names (完成61项“规定任务”, “云签约”391个重大项目);
# slogans count in words (三个“没想到”, “四个一”制度): no figure.
COUNTS_BESIDE_QUOTES = [
    ("2022年，全区完成了全国推广的61项“规定任务”。", [("“规定任务”", 61.0, "actual")]),
    ("4月26日，全省“云签约”391个重大项目。", [("重大项目", 391.0, "actual")]),
    ("该县实现了三个“没想到”。", []),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS_BESIDE_QUOTES)
def test_counts_in_digits_beside_quotes(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _counts(text) == expected


def _counts_with_period(text: str) -> list[tuple[float, str | None]]:
    return [
        (m.value.value, m.period)
        for m in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").metrics
        if m.value_type == "count"
    ]


# A level grown with 成长 (由2020年2987人，成长至2022年6154人) is a change of two levels, as 增加到 is; 由此 (thereby) is no 由
# of what a body is made of (由此新生成招商项目50余个: a figure), while 由30名青年骨干组成 stays none.
GROWN_LEVELS_AND_THEREBY = [
    ("经核准留台工作的侨外生由2020年2987人，成长至2022年6154人。", [(2987.0, "2020"), (6154.0, "2022")]),
    ("2022年，全县由此新生成招商项目50余个。", [(50.0, "2022")]),
    ("由30名青年骨干组成招商小分队。", []),
]


@pytest.mark.parametrize(("text", "expected"), GROWN_LEVELS_AND_THEREBY)
def test_grown_levels_and_thereby(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert _counts_with_period(text) == expected


def _talent(text: str) -> list[tuple[str, float | None, tuple[str, ...], str | None]]:
    return [
        (t.category, t.count.value if t.count else None, tuple(t.persons), t.mode)
        for t in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").talent
    ]


# A place between a count and the kind of talent is part of what the people are (聘请6位大湾区高层次人才为…: 大湾区高层次
# 人才); a body or place opening the post people are appointed as is part of it (聘请王建华、李明为市政府经济顾问), and a name
# before 为 and a bare 市政府 is a person's, not a government's (聘任王建华为市政府顾问).
PLACES_AND_BODIES_IN_TALENT = [
    ("梧州市聘请6位大湾区高层次人才为特聘专家。", [("大湾区高层次人才", 6.0, (), "hired")]),
    ("该市聘请王建华、李明为市政府经济顾问。", [("市政府经济顾问", None, ("王建华", "李明"), "hired")]),
    ("该市聘任王建华为市政府顾问。", [("市政府顾问", None, ("王建华",), "hired")]),
    ("该县引进5名宁夏大学教授。", [("教授", 5.0, (), "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACES_AND_BODIES_IN_TALENT)
def test_places_and_bodies_in_talent(
    text: str, expected: list[tuple[str, float | None, tuple[str, ...], str | None]]
) -> None:
    assert _talent(text) == expected
