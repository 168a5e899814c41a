"""Deal wordings written for classes the corpus showed (not taken from pages), session 15 round 3: items of a
list told with where they are first (南康区的|家居智能制造基地项目，总投资20亿元；…): the place and its 的 are no
part of the name, and a trade-named project with its own amount is one project, not a type."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

Y = 100_000_000  # 亿元

# sentence → the projects of its deals, each with the total amount in yuan
LOCATED_ITEMS: list[tuple[str, list[tuple[str, int]]]] = [
    ("南康区的家居智能制造基地项目，总投资20亿元；新能源电池配件项目，总投资5亿元。",
     [("家居智能制造基地项目", 20 * Y), ("新能源电池配件项目", 5 * Y)]),
    ("其中，高新区的新能源汽车零部件项目，总投资15亿元；经开区的冷链物流园项目，总投资6亿元。",
     [("新能源汽车零部件项目", 15 * Y), ("冷链物流园项目", 6 * Y)]),
    ("位于盘陀镇的养老产业项目，投资额2.5亿元。", [("养老产业项目", 250_000_000)]),
    ("此次签约中，东湖高新区的光电子产业园项目总投资50亿元。", [("光电子产业园项目", 50 * Y)]),
    ("屏東縣的綠能產業園區項目，總投資新台幣30億元。", [("綠能產業園區項目", None)]),
    ("其中，位於大埔區的數據中心項目，總投資50億港元。", [("數據中心項目", None)]),
    ("在临港新片区的集成电路产业基地项目，总投资100亿元，将于明年开工。", [("集成电路产业基地项目", 100 * Y)]),
    ("兴化市的不锈钢制品产业园项目，总投资12亿元；泰兴市的精细化工项目，总投资8亿元。",
     [("不锈钢制品产业园项目", 12 * Y), ("精细化工项目", 8 * Y)]),
]  # fmt: skip


def _total(deal: Any) -> int | None:
    return next((a.money.amount for a in deal.amounts if a.role == "total"), None)


@pytest.mark.parametrize(("text", "expected"), LOCATED_ITEMS, ids=[str(i) for i in range(len(LOCATED_ITEMS))])
def test_located_list_items(text: str, expected: list[tuple[str, int | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert sorted(p for d in deals for p in d.projects) == sorted(name for name, _ in expected)
    for name, total in expected:
        deal = next(d for d in deals if d.projects == [name])
        if total is not None:  # other currencies are converted: their yuan value is not checked here
            assert _total(deal) == total, text
