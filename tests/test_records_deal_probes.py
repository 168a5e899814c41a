"""Deal wordings of signing ceremonies, 集中开工/竣工 and 招商 reports, written for the classes (not taken from
pages): project lists beside siblings and after list openers, numbered items with their own amounts, sets named
by stage (签约项目中，…), batches with examples (一批项目…，如…), signings with a bare government word, and names
cut at a verb. Read end to end (names found by dims/project.py, deals by records/deals.py)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Y = 100_000_000  # 亿元

# sentence → the deals expected: projects, and the fields checked (total amount in yuan, stage, investors)
PROBES: list[tuple[str, list[dict[str, Any]]]] = [
    # trade-named items of a list: a sibling joined by 和/及, a list opener, numbered items with their amounts
    ("1.新能源电池回收利用项目，总投资15亿元；2.智能家居制造项目，总投资8亿元。",
     [{"projects": ["新能源电池回收利用项目"], "total": 15 * Y}, {"projects": ["智能家居制造项目"], "total": 8 * Y}]),
    ("（一）现代农业产业园项目，总投资12亿元；（二）文旅康养综合体项目，总投资25亿元。",
     [{"projects": ["现代农业产业园项目"], "total": 12 * Y}, {"projects": ["文旅康养综合体项目"], "total": 25 * Y}]),
    ("数字经济产业园项目，总投资18亿元；高端纺织项目，总投资6.5亿元；绿色食品加工项目，总投资3亿元。",
     [{"projects": ["数字经济产业园项目"], "total": 18 * Y}, {"projects": ["高端纺织项目"], "total": 650_000_000},
      {"projects": ["绿色食品加工项目"], "total": 3 * Y}]),
    ("1.储能电池项目，计划总投资20亿元；2.光伏组件项目，计划总投资8亿元；3.氢能装备项目，计划总投资5亿元。",
     [{"projects": ["储能电池项目"], "total": 20 * Y}, {"projects": ["光伏组件项目"], "total": 8 * Y},
      {"projects": ["氢能装备项目"], "total": 5 * Y}]),
    ("（1）半导体材料项目，计划投资10亿元；（2）汽车电子项目，计划投资6亿元。",
     [{"projects": ["半导体材料项目"], "total": 10 * Y}, {"projects": ["汽车电子项目"], "total": 6 * Y}]),
    ("其中，智能家电产业园项目投资30亿元，电子元器件项目投资12亿元，精密机械项目投资8亿元。",
     [{"projects": ["智能家电产业园项目"], "total": 30 * Y}, {"projects": ["电子元器件项目"], "total": 12 * Y},
      {"projects": ["精密机械项目"], "total": 8 * Y}]),
    ("签约项目分别为：生物降解材料项目，总投资15亿元；高端医疗器械项目，总投资10亿元。",
     [{"projects": ["生物降解材料项目"], "total": 15 * Y, "stage": "signed"},
      {"projects": ["高端医疗器械项目"], "total": 10 * Y, "stage": "signed"}]),
    ("新签约的5个项目分别是：电子商务产业园项目、物流配送中心项目、农产品交易市场项目、酒店项目和商业综合体项目。",
     [{"projects": [p], "stage": "signed"} for p in
      ("电子商务产业园项目", "物流配送中心项目", "农产品交易市场项目", "酒店项目", "商业综合体项目")]),
    ("新开工项目分别为：精密铸件项目、汽车电子项目和医疗器械项目。",
     [{"projects": [p], "stage": "started"} for p in ("精密铸件项目", "汽车电子项目", "医疗器械项目")]),
    # a project picked from a set its sentence names by stage takes that stage
    ("签约项目中，总投资20亿元的光电显示模组项目最为引人注目。",
     [{"projects": ["光电显示模组项目"], "total": 20 * Y, "stage": "signed"}]),
    ("此次签约项目中，投资最大的是总投资86亿元的光伏硅片项目。",
     [{"projects": ["光伏硅片项目"], "total": 86 * Y, "stage": "signed"}]),
    ("本次集中签约项目中，总投资15亿元的智能装备产业园项目投资规模最大。",
     [{"projects": ["智能装备产业园项目"], "total": 15 * Y, "stage": "signed"}]),
    ("此次竣工项目中，第二人民医院迁建项目总投资12亿元。",
     [{"projects": ["第二人民医院迁建项目"], "total": 12 * Y, "stage": "completed"}]),
    ("招商引资签约项目中，内资项目有纺织服装产业园项目和食品加工项目。",
     [{"projects": ["纺织服装产业园项目"], "stage": "signed"}, {"projects": ["食品加工项目"], "stage": "signed"}]),
    ("此次签约项目涉及新能源、新材料等领域，包括光伏玻璃深加工项目、锂电池隔膜项目。",
     [{"projects": ["光伏玻璃深加工项目"], "stage": "signed"}, {"projects": ["锂电池隔膜项目"], "stage": "signed"}]),
    ("此次共签约文化旅游项目6个，其中包括古镇旅游开发项目、温泉度假区项目等。",
     [{"projects": ["古镇旅游开发项目"], "stage": "signed"}, {"projects": ["温泉度假区项目"], "stage": "signed"}]),
    ("此次簽約項目共8個，包括半導體設備項目、新能源汽車項目等。",
     [{"projects": ["半導體設備項目"], "stage": "signed"}, {"projects": ["新能源汽車項目"], "stage": "signed"}]),
    # examples of a batch told by its stage
    ("二是签约落地一批优质项目，如总投资16亿元的智能网联汽车测试基地项目。",
     [{"projects": ["智能网联汽车测试基地项目"], "total": 16 * Y, "stage": "introduced"}]),
    ("三是开工建设一批重点项目，如总投资21亿元的高铁新城综合开发项目。",
     [{"projects": ["高铁新城综合开发项目"], "total": 21 * Y, "stage": "started"}]),
    ("一批项目顺利投产，如年产5万吨碳纤维项目、年产10万吨特种纸项目等。",
     [{"projects": ["年产5万吨碳纤维项目"], "stage": "completed"},
      {"projects": ["年产10万吨特种纸项目"], "stage": "completed"}]),
    ("今年以来，一批重大项目签约落地，如总投资30亿元的锂电池隔膜项目、总投资12亿元的光学玻璃项目。",
     [{"projects": ["锂电池隔膜项目"], "total": 30 * Y, "stage": "introduced"},
      {"projects": ["光学玻璃项目"], "total": 12 * Y, "stage": "introduced"}]),
    # a company signing with a bare government word invests
    ("高新区与正泰集团签署了光伏组件制造项目投资协议，计划投资12亿元。",
     [{"projects": ["光伏组件制造项目"], "total": 12 * Y, "stage": "signed", "investors": ["正泰集团"]}]),
    ("签约仪式上，天合光能与开发区签订了210大尺寸组件项目投资协议。",
     [{"projects": ["210大尺寸组件项目"], "stage": "signed", "investors": ["天合光能"]}]),
    ("会上，县政府与华为技术有限公司签约云计算数据中心项目。",
     [{"projects": ["云计算数据中心项目"], "stage": "signed", "investors": ["华为技术有限公司"]}]),
    ("经开区与中国中车签订轨道交通装备产业园项目投资协议，总投资30亿元。",
     [{"projects": ["轨道交通装备产业园项目"], "total": 30 * Y, "stage": "signed", "investors": ["中国中车"]}]),
    # what a project mainly builds is its part, and 交通车辆 tells no 通车
    ("本次签约的中车轨道交通装备项目，总投资25亿元，主要建设轨道交通车辆生产线。",
     [{"projects": ["中车轨道交通装备项目"], "total": 25 * Y, "stage": "signed"}]),
    # a name cut through a building verb, or opened by an example marker
    ("天能集团计划投资50亿元在长兴建设新能源电池产业园。",
     [{"projects": ["新能源电池产业园"], "total": 50 * Y, "investors": ["天能集团"]}]),
]  # fmt: skip

# Sentences whose stage lead names two stages at once, or no list at all: no stage is taken from them.
NO_SUBSET_STAGE = [
    "此次开竣工的60个项目中，产业项目50个，如泉港新材料技术改造项目、晋江新材料生产基地等。",
]


def _total(deal: Any) -> int | None:
    return next((a.money.amount for a in deal.amounts if a.role == "total"), None)


def _deal_with(deals: list[Any], projects: list[str]) -> Any:
    found = [d for d in deals if d.projects == projects]
    assert found, f"{projects} not among {[d.projects for d in deals]}"
    return found[0]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_probe_deals(text: str, expected: list[dict[str, Any]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert len(deals) == len(expected), [d.projects for d in deals]
    for want in expected:
        deal = _deal_with(deals, want["projects"])
        for field, value in want.items():
            got = _total(deal) if field == "total" else getattr(deal, field)
            assert got == value, f"{field}: {got!r} != {value!r} in {text}"


@pytest.mark.parametrize("text", NO_SUBSET_STAGE, ids=[str(i) for i in range(len(NO_SUBSET_STAGE))])
def test_no_stage_from_a_contracted_lead(text: str) -> None:
    result = extract(text, reference_date="2023-12-20")
    names = [m.text for m in result.mentions if m.type == "project"]
    assert "泉港新材料技术改造项目" in names  # the example marker 如 is no part of the name
    assert all(d.stage != "completed" for d in result.deals)


PROJECT_NAMES = [
    ("一批项目落地，如泉港百宏新材料技术改造项目、晋江恒逸新材料生产基地等。", ["泉港百宏新材料技术改造项目", "晋江恒逸新材料生产基地"]),
    ("此次开工，如皋市电子产业园项目总投资5亿元。", ["如皋市电子产业园项目"]),
    ("万向集团计划投资20亿元在萧山建设新能源汽车零部件产业园。", ["新能源汽车零部件产业园"]),
    ("县政府签订高速公路建设项目合同。", []),
    # process words inside a product's name are no verb that ends it on its left
    ("引进了先进封装项目。", ["先进封装项目"]),
    ("台积电先进封装项目落户嘉义科学园区。", ["台积电先进封装项目"]),
    ("垃圾焚烧发电项目开工。", ["垃圾焚烧发电项目"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PROJECT_NAMES, ids=[str(i) for i in range(len(PROJECT_NAMES))])
def test_project_name_edges(text: str, names: list[str]) -> None:
    result = extract(text, reference_date="2023-12-20")
    assert [m.text for m in result.mentions if m.type == "project"] == names
