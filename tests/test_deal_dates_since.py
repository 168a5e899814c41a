"""A date that starts a span a deal is compared over (是2004年首届东博会以来签约的最大项目, 自2018年以来) is not the
deal's date: the event's day stays (records/deal_frame.py, date_for)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

# text → (project, date) of each deal
SINCE: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "11月27日，第17届中国—东盟博览会签约仪式在南宁举行。其中崇左市人民政府与中国能源建设集团签订的崇左市风光水火储"
        "一体化综合能源基地项目，总投资820亿元，是2004年首届东博会以来签约的单体投资最大项目。",
        [("崇左市风光水火储一体化综合能源基地项目", "2023-11-27")],
    ),
    (
        "3月5日，总投资20亿元的光伏组件项目签约，这是2018年以来我县签约的最大工业项目。",
        [("光伏组件项目", "2023-03-05")],
    ),
    # a date of its own in the clause stays the deal's
    ("总投资45亿元的宁德时代洛阳基地项目于7月18日正式开工建设。", [("宁德时代洛阳基地项目", "2023-07-18")]),
]


@pytest.mark.parametrize(("text", "expected"), SINCE)
def test_since_dates_are_not_the_deal_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.date) for d in deals] == expected


# a stage named as the aim of a deadline or target (按照年底通车的时限要求) is not reached
AIMED: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("渤海大道、金普城际铁路按照年底通车的时限要求全力推进。", []),
    ("城南污水处理厂项目确保年内建成投用的目标。", []),
    ("总投资20亿元的金普城际铁路项目确保年底通车的目标任务。", [("金普城际铁路项目", "planned")]),
    ("金普城际铁路已于6月通车。", [("金普城际铁路", "completed")]),
]


@pytest.mark.parametrize(("text", "expected"), AIMED)
def test_aimed_stages_are_not_reached(text: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.stage) for d in deals] == expected
