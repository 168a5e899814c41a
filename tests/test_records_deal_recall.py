"""Deals that real pages tell in constructions the first rules missed (records/deals.py, deal_frame.py)."""

from __future__ import annotations

from typing import Any

import pytest

from test_records_deals import check, deals_of

# An intention told in an earlier clause (引导项目落地, 按照计划有序推进) does not cancel the stage the
# projects' own clause tells as done (先后建成投用了, 实现新开工, 已竣工投产).
DONE_AFTER_AN_INTENTION = [
    (
        "全县以招商引资引导项目落地，先后建成投用了[城东商贸城|project:]、[汽配物流园|project:]等项目7个。",
        [{"projects": ["城东商贸城"], "stage": "completed"}, {"projects": ["汽配物流园"], "stage": "completed"}],
    ),
    (
        "全区重大项目按照进度计划有序推进，[北站动车所|project:]、[港区五号泊位工程|project:]等项目实现新开工。",
        [{"projects": ["北站动车所"], "stage": "started"}, {"projects": ["港区五号泊位工程"], "stage": "started"}],
    ),
    (
        "该市积极推动产业转型升级，[新能源电池产业园|project:]已竣工投产。",
        [{"projects": ["新能源电池产业园"], "stage": "completed"}],
    ),
    (
        "全縣積極引導企業擴大投資，相繼開工了[綠色建材產業園|project:]、[冷鏈物流中心|project:]。",
        [{"projects": ["綠色建材產業園"], "stage": "started"}, {"projects": ["冷鏈物流中心"], "stage": "started"}],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("markup", "expected"), DONE_AFTER_AN_INTENTION, ids=[str(i) for i in range(len(DONE_AFTER_AN_INTENTION))]
)
def test_done_after_an_intention(markup: str, expected: list[dict[str, Any]]) -> None:
    deals = deals_of(markup)
    assert len(deals) == len(expected), [d.projects for d in deals]
    for deal, want in zip(deals, expected, strict=True):
        check(deal, want)


STILL_INTENDED = [
    # only some of the listed projects started: none of them is told as started
    "列入中央预算内投资的有[生活垃圾收运系统工程|project:]、[社会福利院养护楼|project:]等12个项目，"
    "下达投资计划4268万元，部分项目已开工建设。",
    # a bare 新 after a plan is still the plan
    "全县计划今年实施重点项目100个，新开工[滨河公园改造工程|project:]。",
    # the stage word of another clause speaks of people, not of the project
    "持续实施[百镇百校牵手工程|project:]，推动人才集聚，先后引进专家145人。",
    # intended in the projects' own clause
    "推动项目落地，力争[高铁站综合体|project:]年内建成投用。",
]


@pytest.mark.parametrize("markup", STILL_INTENDED, ids=[str(i) for i in range(len(STILL_INTENDED))])
def test_still_intended(markup: str) -> None:
    assert [d.projects for d in deals_of(markup)] == []
