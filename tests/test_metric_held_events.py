"""Rounds of projects held on a day under a name with no ceremony word (集中开竣工活动, “三个一批”活动): the figures
told of them ("此次…", "本次活动，…") take the day, over the year or quarter the name states (docs/contract.md)."""

from __future__ import annotations

import pytest

from metric_readings import metrics_valued

Y = 100_000_000  # 亿
R = "2023-11-15"


def _periods(text: str, value: float) -> list[str | None]:
    return [m.period for m in metrics_valued(text, R, value)]


HELD_ROUNDS: list[tuple[str, float, str | None]] = [
    ("3月8日，湖南举行2023年一季度全省重大项目集中开竣工活动。此次集中开竣工省、市两级重大项目512个，总投资2860亿元。",
     512, "2023-03-08"),
    ("3月8日，湖南举行2023年一季度全省重大项目集中开竣工活动。此次集中开竣工省、市两级重大项目512个，总投资2860亿元。",
     2860 * Y, "2023-03-08"),
    ("6月16日，晋中市开发区2023年第二次“三个一批”活动在榆次举行。本次活动，全市签约项目23个，总投资156亿元。",
     156 * Y, "2023-06-16"),
    ("9月20日，运城市2023年第三季度“三个一批”活动以视频会形式举办。此次活动共签约项目41个，开工项目36个。",
     36, "2023-09-20"),
    ("4月12日，河池市举行2023年第二批重大项目集中开竣工活动。此次开竣工项目86个，总投资218亿元。", 218 * Y, "2023-04-12"),
    ("11月2日，长治市2023年第四季度重点项目开竣工活动在潞州区举行。本次开竣工项目58个，总投资326亿元。", 58, "2023-11-02"),
    ("2月28日，吕梁市举行2023年第一次“三个一批”活动。本次活动吕梁市签约项目18个，总投资96亿元。", 96 * Y, "2023-02-28"),
    ("10月9日，贵港市2023年第四批重大项目集中开竣工活动启动。此次全市开竣工项目45个，总投资120亿元。", 45, "2023-10-09"),
    ("7月18日，忻州市举行2023年第三次“三个一批”活动。\n\n此次活动，全市签约项目32个，总投资168亿元。", 168 * Y, "2023-07-18"),
    ("5月6日，崇左市举行2023年第二季度重大项目集中开竣工活动。\n\n此次集中开竣工项目38个，其中新开工25项，竣工13项。",
     25, "2023-05-06"),
    # no round held on a day: a campaign carried out, a meeting, a report of the months
    ("今年以来，阳泉市扎实开展“三个一批”活动，全市签约项目120个，总投资800亿元。", 120, "2023"),
    ("11月10日，晋城市召开全市招商引资工作会议。今年以来，全市签约项目156个。", 156, "2023"),
    ("3月5日，全省重大项目建设现场会在临汾召开。\n\n会议指出，1-2月，全省新开工项目312个。", 312, "2023-01/2023-02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), HELD_ROUNDS)
def test_a_round_held_on_a_day_dates_its_figures(text: str, value: float, period: str | None) -> None:
    assert _periods(text, value) == [period]


# A statement cut at "；" that turned to a period of its own goes on with it after an event's paragraph: its later
# figures are that period's, even where a stage verb names them (新增项目开工率).
AFTER_THE_EVENT: list[tuple[str, float, str | None]] = [
    ("1月4日上午，某某市重大项目集中开工活动举行。此次集中开工项目56个，总投资788亿元。\n\n"
     "记者了解到，今年，全市确保完成有效投资2860亿元；安排重点建设项目630个，总投资5250亿元，新增项目开工率90%以上。",
     90, "2023"),
    ("1月4日上午，某某市重大项目集中开工活动举行。此次集中开工项目56个，总投资788亿元。\n\n"
     "记者了解到，今年，全市确保完成有效投资2860亿元；安排重点建设项目630个，总投资5250亿元，新增项目开工率90%以上。",
     788 * Y, "2023-01-04"),
    ("3月18日，仙桃市举行一季度重大项目集中开工仪式。此次开工项目32个。\n\n"
     "今年以来，全市新签约项目46个；开工项目38个，开工率82%。", 82, "2023"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), AFTER_THE_EVENT)
def test_a_statement_of_its_own_period_after_an_event(text: str, value: float, period: str | None) -> None:
    assert _periods(text, value) == [period]


# Later paragraphs of a round of several stages, city by city, counting its projects with one of its stage verbs
# ("南宁市有A、B等81个项目开竣工", "玉林市集中开竣工…等62个项目", "其中新开工44项"): the round's day.
ROUND_BY_CITY: list[tuple[str, float, str | None]] = [
    ("3月8日，湖南举行2023年一季度全省重大项目集中开竣工活动。此次集中开竣工重大项目512个。\n\n"
     "长沙市有A产业园项目、B大道工程等81个项目开竣工，总投资约480亿元。其中新开工44项，竣工37项。", 480 * Y, "2023-03-08"),
    ("3月8日，湖南举行2023年一季度全省重大项目集中开竣工活动。此次集中开竣工重大项目512个。\n\n"
     "长沙市有A产业园项目、B大道工程等81个项目开竣工，总投资约480亿元。其中新开工44项，竣工37项。", 44, "2023-03-08"),
    ("3月8日，湖南举行2023年一季度全省重大项目集中开竣工活动。此次集中开竣工重大项目512个。\n\n"
     "株洲市集中开竣工C新材料项目、D物流园等62个项目，总投资约215亿元。", 215 * Y, "2023-03-08"),
    ("4月20日，某某市举行二季度重大项目集中签约开工仪式。此次集中签约项目30个，开工项目28个。\n\n"
     "东城区有A项目、B项目等12个项目开工，总投资56亿元。", 56 * Y, "2023-04-20"),
    # a period an earlier sentence of the paragraph turned to keeps the figures told with the stage verb
    ("1月2日，某某区重大项目签约暨重大工程开工仪式举行。此次集中签约、开工的重大项目总投资超475亿元。\n\n"
     "2023年，某某区重大工程安排100项。90项正式项目中，新开工项目26项，总投资约295亿元。", 26, "2023"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), ROUND_BY_CITY)
def test_a_rounds_projects_city_by_city(text: str, value: float, period: str | None) -> None:
    assert _periods(text, value) == [period]


# A page's stamp run into the body's first line ("date 2025-11-24 …日前…举行") is no event's day: the figures of an event
# told with 日前 have no day of their own.
STAMPED: list[tuple[str, float, str | None]] = [
    (" date 2023-11-24 第十届某某经济合作洽谈会日前在香港会议展览中心举行。会上，29个合作项目签约，涉及金额近560亿元。",
     29, None),
    (" date 2023-06-02 第五届某某投资贸易洽谈会日前在福州举行。会上，42个项目签约，总投资318亿元。", 318 * Y, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "period"), STAMPED)
def test_a_pages_stamp_is_no_events_day(text: str, value: float, period: str | None) -> None:
    assert _periods(text, value) == [period]
