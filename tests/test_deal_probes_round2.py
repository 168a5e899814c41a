"""Deal wordings written for session 13's round 2 (not taken from pages): two stages told in one word (开竣工), at a
ceremony of both stages or in a city's own list. Read end to end (records/deals.py and its helpers)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

Y = 100_000_000  # 亿元


def _deal_with(deals: list[Any], project: str) -> Any:
    found = [d for d in deals if project in d.projects]
    assert found, f"no deal {project} in {[d.projects for d in deals]}"
    return found[0]


# text → (project, stage, date) of each deal expected: 开竣工 says some started and some were completed, not which
MIXED_STAGES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ("3月8日，湖北省2023年一季度重大项目集中开竣工活动举行。武汉市有光谷科技创新大走廊项目、长江新区起步区项目等120个项目开竣工。",
     [("光谷科技创新大走廊项目", None, "2023-03-08"), ("长江新区起步区项目", None, "2023-03-08")]),
    ("成都市集中开竣工天府国际生物城项目、龙泉驿汽车产业园三期工程等45个项目，总投资约300亿元。",
     [("天府国际生物城项目", None, None), ("龙泉驿汽车产业园三期工程", None, None)]),
    ("2月20日，安徽省举行重大项目集中开竣工活动，合肥市京东方第10.5代线扩产项目、蔚来第二先进制造基地项目等90个项目开竣工。",
     [("京东方第10.5代线扩产项目", None, "2023-02-20"), ("蔚来第二先进制造基地项目", None, "2023-02-20")]),
    ("赣州市有赣州国际陆港扩建工程、赣南医科大学新校区项目等30个项目集中开竣工，总投资260亿元。",
     [("赣州国际陆港扩建工程", None, None), ("赣南医科大学新校区项目", None, None)]),
    ("柳州市此次开竣工项目中，广西汽车集团新能源基地项目总投资50亿元。", [("广西汽车集团新能源基地项目", None, None)]),
    # one stage of the ceremony told for one project keeps it
    ("1月10日，广西举行2022年一季度全区重大项目集中开竣工活动。\n在主会场开工的柳工智能国际工业园项目，总投资180亿元。",
     [("柳工智能国际工业园项目", "started", "2023-01-10")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MIXED_STAGES, ids=[str(i) for i in range(len(MIXED_STAGES))])
def test_two_stages_in_one_word_give_none(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    for project, stage, date in expected:
        deal = _deal_with(deals, project)
        assert (deal.stage, deal.date) == (stage, date), text


# An aim at both stages is no deal.
def test_two_stages_aimed_at_are_no_deal() -> None:
    assert extract("计划年内开竣工大江项目。", reference_date="2023-12-20").deals == []
