"""A firm announcing money to build (宣布投资…元在X兴建, 宣布斥资…发展) plans it: stage planned
(records/deal_frame.py, _PLAN_TO_BUILD)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Y = 100_000_000

# sentence → (investor, total, currency, stage) of its one deal
ANNOUNCED: list[tuple[str, tuple[str, int, str, str | None]]] = [
    ("鴻海集團宣布投資新台幣200億元在高雄興建電動車電池廠。", ("鴻海集團", 200 * Y, "TWD", "planned")),
    ("隆基绿能宣布在西咸新区投资45亿元建设光伏组件工厂。", ("隆基绿能", 45 * Y, "CNY", "planned")),
    ("新世界發展宣布斥資約200億港元發展啟德商業項目。", ("新世界發展", 200 * Y, "HKD", "planned")),
    ("宁德时代宣布将在宜宾投资100亿元建设电池生产基地。", ("宁德时代", 100 * Y, "CNY", "planned")),
    # done, not announced
    ("天能集团投资50亿元在长兴建成电池生产基地。", ("天能集团", 50 * Y, "CNY", "completed")),
]


@pytest.mark.parametrize(("sentence", "expected"), ANNOUNCED)
def test_announced_investment_is_planned(sentence: str, expected: tuple[str, int, str, str | None]) -> None:
    (deal,) = extract(sentence, reference_date="2023-12-20").deals
    total = next(a.money for a in deal.amounts if a.role == "total")
    assert (deal.investors[0], total.amount, total.currency, deal.stage) == expected


# 计划(总)投资…元的 before a name is the amount's role, not an intention: the stage told after it is reached
ROLE_NOT_PLAN: list[tuple[str, str | None]] = [
    ("昨日，计划总投资80亿元的石化炼化转型升级项目开工。", "started"),
    ("计划投资12亿元的智能家电产业园项目正式投产。", "completed"),
    ("計劃總投資80億元的煉化轉型升級項目正式開工。", "started"),
    # still intended where the text says so
    ("计划总投资80亿元的炼化转型升级项目将于明年开工。", "planned"),
    ("万向集团计划投资20亿元在萧山建设新能源汽车零部件产业园。", "planned"),
]


@pytest.mark.parametrize(("sentence", "stage"), ROLE_NOT_PLAN)
def test_planned_total_is_a_role_not_a_plan(sentence: str, stage: str | None) -> None:
    (deal,) = extract(sentence, reference_date="2023-12-20").deals
    assert deal.stage == stage


# 斥资 before an amount names the project's total, as 投资 and 注资 do
SPENT: list[tuple[str, tuple[str, int, str]]] = [
    ("長和集團宣布斥資150億港元在將軍澳興建數據中心項目。", ("數據中心項目", 150 * Y, "HKD")),
    ("该公司斥资3亿元建设的智能仓储物流中心项目竣工。", ("智能仓储物流中心项目", 3 * Y, "CNY")),
]


@pytest.mark.parametrize(("sentence", "expected"), SPENT)
def test_money_spent_is_the_total(sentence: str, expected: tuple[str, int, str]) -> None:
    (deal,) = extract(sentence, reference_date="2023-12-20").deals
    total = next(a.money for a in deal.amounts if a.role == "total")
    assert (deal.projects[0], total.amount, total.currency) == expected
