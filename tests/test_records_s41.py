"""Read in session 41: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _metric_periods(text: str) -> list[tuple[str, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.evidence.text, m.period) for m in report.metrics]


def _dates(text: str) -> list[tuple[str, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.text, m.value.timex) for m in report.mentions if m.type == "date"]


# A sentence opening on a preposition or a source before 此次 / 本次 + a stage verb (从此次集中签约的项目类别看，…; 在本次
# 开工的项目中，…) goes back to the ceremony told before, past a paragraph about other years: its figures take the day.
BACK_TO_THE_EVENT_PAST_AN_OPENER = [
    (
        "5月18日,东山县重大项目集中签约仪式在县城举行,现场签约项目30个。\n"
        "多年来,东山县坚持招商引资不放松。\n"
        "从此次集中签约的项目类别看,工业项目18个、总投资90亿元。",
        "工业项目18个",
        "2023-05-18",
    ),
    (
        "3月9日,南岭区重点项目集中开工仪式举行,集中开工项目25个。\n"
        "近年来,南岭区项目建设成效明显。\n"
        "据了解,本次开工的项目中,产业项目16个。",
        "产业项目16个",
        "2023-03-09",
    ),
]


@pytest.mark.parametrize(("text", "evidence", "period"), BACK_TO_THE_EVENT_PAST_AN_OPENER)
def test_a_sentence_going_back_to_the_event_past_an_opener_takes_its_day(text: str, evidence: str, period: str) -> None:
    assert any(evidence in told and at == period for told, at in _metric_periods(text))


# A round of projects held at its main venue (…重大项目“开门红”系列活动主会场在宜城举行) frames the figures told of it
# (此次“开门红”活动集中展示了46个项目) as a round named with its verb does.
HELD_AT_ITS_MAIN_VENUE = [
    (
        "4月6日上午,青山市2023年一季度重大项目“开门红”活动主会场在河西县举行。\n此次“开门红”活动集中展示了38个项目,总投资210亿元。",
        [("此次“开门红”活动集中展示了38个项目", "2023-04-06"), ("总投资210亿元", "2023-04-06")],
    ),
    (
        "7月2日,平川区2023年第二批重大项目集中开竣工活动分会场在经开区举行。\n本次活动共有项目12个,总投资56亿元。",
        [("本次活动共有项目12个", "2023-07-02"), ("总投资56亿元", "2023-07-02")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELD_AT_ITS_MAIN_VENUE)
def test_a_round_held_at_its_main_venue_frames_its_figures(text: str, expected: list[tuple[str, str]]) -> None:
    periods = _metric_periods(text)
    assert all(item in periods for item in expected), periods


# A date right after an ellipsis written with full stops (……24亿元....8月28日，…) is a date: only a full stop between digits
# makes a decimal (2.8月 is no month).
DATES_AFTER_AN_ELLIPSIS = [
    ("22家企业、24亿元....8月28日,签约仪式在新疆和田举行。", [("8月28日", "2023-08-28")]),
    ("项目加快推进...2022年,全县新签约项目40个。", [("2022年", "2022")]),
    ("工期延长2.8月。", []),
]


@pytest.mark.parametrize(("text", "expected"), DATES_AFTER_AN_ELLIPSIS)
def test_a_date_after_an_ellipsis_of_full_stops(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def _talent(text: str) -> list[tuple[str | None, object, tuple[str, ...], str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (t.category, t.count.value if t.count is not None else None, tuple(t.persons), t.mode) for t in report.talent
    ]


# People counted, then given letters of appointment, are hired whatever they are called: their kind is the post the
# letter names in quotes, else the talent they are, else the post named plainly, else what they are called; a single
# name before 等 + the count, after 为 / 向, is a person.
LETTERS_GIVEN_TO_THE_COUNTED = [
    ("林业大学为32名企业家颁发了“产业教授”聘书。", [("产业教授", 32, (), "hired")]),
    ("县委组织部向15位来自商会、人才协会的代表颁发了招才顾问聘书。", [("招才顾问", 15, (), "hired")]),
    ("会上为首批选派的8名科技专员颁发聘书。", [("科技专员", 8, (), "hired")]),
    ("东平市向9名院士专家发放聘书。", [("院士专家", 9, (), "hired")]),
    ("会上,县政府为周光明等3名院士颁发了县人才工作顾问聘书。", [("院士", 3, ("周光明",), "hired")]),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS_GIVEN_TO_THE_COUNTED)
def test_people_counted_then_given_letters_of_appointment_are_hired(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _talent(text) == expected


def _places(text: str) -> list[tuple[str, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.text, m.value.name) for m in report.mentions if m.type == "place"]


# An anaphor of a report that names its county only inside a zone's name (旺苍县工业园区) and its city beside it: the city
# holds the county and names no other, so 该县 is the zone's county.
ANAPHOR_PAST_A_PLACE_ABOVE_ITS_SCOPE = [
    (
        "截至7月,旺苍县工业园区规上企业产值实现35亿元。\n近年来,该县依托广元区位优势发展产业。",
        [("旺苍县工业园区", "旺苍县工业园区"), ("该县", "旺苍县"), ("广元", "广元市")],
    ),
    (
        "今年以来,利津县经济开发区引进项目12个。\n东营市有关部门介绍,全县新签约项目30个。",
        [("利津县经济开发区", "利津县经济开发区"), ("东营市", "东营市"), ("全县", "利津县")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHOR_PAST_A_PLACE_ABOVE_ITS_SCOPE)
def test_an_anaphor_is_not_left_open_by_a_place_above_its_scope(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def _deals(text: str) -> list[tuple[tuple[str, ...], tuple[str, ...], object]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (tuple(d.projects), tuple(d.investors), next((a.money.amount for a in d.amounts if a.role == "total"), None))
        for d in report.deals
    ]


# A firm's amount, then a clause describing what it builds closed by 的 (…投资3.2亿元，年存栏奶牛6000头的乳业项目), or the name
# right after 、: the amount builds that project, one deal.
AMOUNT_THEN_A_DESCRIBED_PROJECT = [
    (
        "今年,该县引进天津瑞丰商贸公司投资2.6亿元,年存栏肉牛5000头的肉牛养殖加工项目。",
        [(("肉牛养殖加工项目",), ("天津瑞丰商贸公司",), 260000000)],
    ),
    (
        "江苏华达公司投资5亿元、占地200亩的华达新型建材产业园项目落户我县。",
        [(("华达新型建材产业园项目",), ("江苏华达公司",), 500000000)],
    ),
    (
        "江苏华达公司投资5亿元、年产10万吨新型建材项目落户我县。",
        [(("年产10万吨新型建材项目",), ("江苏华达公司",), 500000000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNT_THEN_A_DESCRIBED_PROJECT)
def test_an_amount_builds_the_project_described_after_it(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _deals(text) == expected


# A list closed by its class with an amount each item exceeds (A、B、C等多个投资额超十亿的项目陆续开工): the amount is no
# total of the list, whose items stay deals of their own.
A_LIST_CLOSED_BY_A_CLASS_OVER_AN_AMOUNT = [
    (
        "东方光伏、金港制造园、华瑞智能产业园等多个投资超10亿元的项目陆续开工。",
        [(("东方光伏",), (), None), (("金港制造园",), (), None), (("华瑞智能产业园",), (), None)],
    ),
    (
        "东方光伏、金港制造园等3个单体投资超5亿元的重大项目相继开工。",
        [(("东方光伏",), (), None), (("金港制造园",), (), None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), A_LIST_CLOSED_BY_A_CLASS_OVER_AN_AMOUNT)
def test_an_amount_each_listed_project_exceeds_is_no_total(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _deals(text) == expected


def _metric_values(text: str) -> list[tuple[str, object]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.indicator, m.value.value) for m in report.metrics]


# Shares listed after 分别占…的 with no figure before them are the listed names' own, one for one; the words naming the
# list (到资前三位的行业为…) are no part of its first name.
SHARES_OF_THE_LISTED_NAMES = [
    (
        "到资前三位的行业为金融业、房地产业、制造业,分别占全市实际到资的28.4%、17.2%、11.6%。",
        [("金融业", 28.4), ("房地产业", 17.2), ("制造业", 11.6)],
    ),
    (
        "工业、服务业、农业分别占全县实际到位资金的62.5%、30.1%、7.4%。",
        [("工业", 62.5), ("服务业", 30.1), ("农业", 7.4)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARES_OF_THE_LISTED_NAMES)
def test_shares_after_respectively_are_the_listed_names(text: str, expected: list[tuple[str, object]]) -> None:
    assert _metric_values(text) == expected


# People counted visiting firms or giving a talk (…等7位院士专家走访了…企业; 安排6位院士专家发表主旨演讲) attend; no talent
# was brought in.
VISITING_OR_SPEAKING_IS_NO_TALENT = [
    ("赵明远、钱立新等7位院士专家走访了华东重装集团有限公司等企业。", []),
    ("今年论坛将安排6位院士专家发表主旨演讲。", []),
]


@pytest.mark.parametrize(("text", "expected"), VISITING_OR_SPEAKING_IS_NO_TALENT)
def test_people_visiting_or_speaking_are_no_talent(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _talent(text) == expected


def _orgs_and_persons(text: str) -> list[tuple[str, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.type, m.text) for m in report.mentions if m.type in ("org", "person")]


# Names closed by 等 and a count of people, then a firm and 等企业 (张某、李某、王某等7位院士专家走访了某集团有限公司等企业):
# the firms' list opens at the firm; the names before are people.
PEOPLE_BEFORE_A_FIRMS_LIST = [
    (
        "赵明远、钱立新、孙海洋等7位院士专家走访了华东重装集团有限公司等企业。",
        [("person", "赵明远"), ("person", "钱立新"), ("person", "孙海洋"), ("org", "华东重装集团有限公司")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_BEFORE_A_FIRMS_LIST)
def test_people_before_a_firms_list_are_no_firms(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs_and_persons(text) == expected


# A count of those attending (40余家企业代表参加了会议, 县领导、60余家企业代表参加签约仪式) is a statistic, as the real gold keeps
# attendance (UL04, UN08); those taking a post or a task (29家企业担任…) still act and are none.
ATTENDANCE_IS_A_STATISTIC = [
    ("40余家企业代表参加了会议。", [("企业代表", 40)]),
    ("县领导、60余家企业代表参加签约仪式。", [("企业代表", 60)]),
    ("29家企业担任产业链链主。", []),
]


@pytest.mark.parametrize(("text", "expected"), ATTENDANCE_IS_A_STATISTIC)
def test_attendance_is_a_statistic(text: str, expected: list[tuple[str, object]]) -> None:
    assert _metric_values(text) == expected
