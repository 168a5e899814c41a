"""Deal place and date (session 14, dfield14): a stage still to come right after the projects is planned and
undated; a landing told after the signing's venue is the place; a day told right after the projects dates a deal
whose furthest stage is told later. Probe sentences of our own, read under a short headline."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

HEADLINE = "平江县招商引资取得新成效\n"


def fields_of(text: str) -> list[tuple[str | None, str | None, str | None]]:
    deals = extract(HEADLINE + text, reference_date="2023-06-20").deals
    return [(d.stage, d.place, d.date) for d in deals]


# 即将开工 / 将于今年开工 / 拟于下月签约 right after the projects: nothing reached yet, whatever the list head says.
STILL_TO_COME = [
    ("平江县宏达新材料项目、华联物流园项目等一批项目即将开工，总投资8亿元。", [("planned", "平江县", None)]),
    (
        "今年新开工项目中，平江县宏达新材料项目、华联物流园项目等即将开工，总投资8亿元。",
        [("planned", "平江县", None)],
    ),
    ("平江县宏达新材料项目拟于下月签约，总投资5亿元。", [("planned", "平江县", None)]),
    ("据悉，宏达新材料项目将于今年开工建设，总投资5亿元。", [("planned", "平江县", None)]),
    # reached first, then a plan: the step reached stands
    ("6月18日，平江县宏达新材料项目签约，并将于年底开工建设，总投资5亿元。", [("signed", "平江县", "2023-06-18")]),
    ("6月18日，平江县宏达新材料项目正式签约，项目将于年底开工，总投资5亿元。", [("signed", "平江县", "2023-06-18")]),
    ("6月18日，平江县宏达新材料项目已开工建设，预计明年建成投产，总投资5亿元。", [("started", "平江县", "2023-06-18")]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_TO_COME, ids=[str(i) for i in range(len(STILL_TO_COME))])
def test_a_stage_still_to_come_is_planned_and_undated(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    # a list of projects may be one deal or one per project: each reads the same
    assert sorted(set(fields_of(text))) == expected


# 在长沙签约，落户平江县: the venue weighs little next to the landing told after it.
LANDS_AFTER_THE_VENUE = [
    ("宏达新材料项目在长沙签约，总投资5亿元，项目选址平江县伍市镇。", "伍市镇"),
    ("宏达新材料项目在长沙签约，将落户平江县，总投资5亿元。", "平江县"),
    ("宏达新材料项目在长沙成功签约，落户平江县，总投资5亿元。", "平江县"),
    ("6月18日，宏达新材料项目在岳阳签约，落户平江县，总投资5亿元。", "平江县"),
    ("6月18日，宏达新材料项目在长沙签约，总投资5亿元，项目位于平江县。", "平江县"),
    ("6月18日，宏达新材料项目在平江县签约，总投资5亿元，项目选址伍市镇。", "伍市镇"),
    # a venue alone is still read as before
    ("6月18日，宏达新材料项目在平江县签约，总投资5亿元。", "平江县"),
]


@pytest.mark.parametrize(
    ("text", "place"), LANDS_AFTER_THE_VENUE, ids=[str(i) for i in range(len(LANDS_AFTER_THE_VENUE))]
)
def test_a_landing_after_the_venue_is_the_place(text: str, place: str) -> None:
    assert [p for _, p, _ in fields_of(text)] == [place]


# 于6月18日签约，…，落户平江县: the day told right after the projects, with the step taken on it.
DAY_AFTER_THE_PROJECTS = [
    ("宏达新材料项目于6月18日签约，总投资5亿元，落户平江县。", "2023-06-18"),
    ("宏达新材料项目6月18日签约，总投资5亿元，落户平江高新区。", "2023-06-18"),
    ("宏达新材料项目已于5月签约，总投资5亿元，目前已落户平江县。", "2023-05"),
    ("宏达新材料项目总投资5亿元，于6月18日在平江县开工建设。", "2023-06-18"),
    # a plan's date dates nothing
    ("宏达新材料项目计划于7月签约，总投资5亿元，拟落户平江县。", None),
]


@pytest.mark.parametrize(
    ("text", "date"), DAY_AFTER_THE_PROJECTS, ids=[str(i) for i in range(len(DAY_AFTER_THE_PROJECTS))]
)
def test_a_day_right_after_the_projects_dates_the_deal(text: str, date: str | None) -> None:
    assert [d for _, _, d in fields_of(text)] == [date]
