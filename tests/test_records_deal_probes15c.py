"""Deal wordings written for classes the corpus showed (not taken from pages), session 15 round 3: items of a
list told with where they are first (南康区的|家居智能制造基地项目，总投资20亿元；…): the place and its 的 are no
part of the name, and a trade-named project with its own amount is one project, not a type."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

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


# A firm named by brand and trade (no legal suffix) that decides or announces it will invest or build, the
# amount told after the verb or later in the sentence as the sum invested: the firm is the deal's investor.
DECIDING_FIRMS: list[tuple[str, str, int]] = [
    ("全球第五大半導體探針卡廠「旺矽科技」受貿易戰影響，決定擴大回臺投資，在新竹竹北自有土地新建廠房，總投資金額超過10億元。",
     "旺矽科技", 10 * Y),
    ("旺宏電子決定擴大回臺投資，在苗栗興建新廠，總投資金額達300億元。", "旺宏電子", 300 * Y),
    ("日月光投控宣布將在高雄楠梓園區擴建封測廠，總投資金額約200億元。", "日月光投控", 200 * Y),
    ("華邦電子宣布將投資3350億元在高雄路竹興建12吋晶圓廠。", "華邦電子", 3350 * Y),
    ("國巨集團決定回台投資，斥資120億元在高雄建廠。", "國巨集團", 120 * Y),
    ("知名隱形眼鏡品牌晶碩光學，決議投資75億元購入桃園大溪廠房，打造總部及生產基地。", "晶碩光學", 75 * Y),
    ("比亚迪宣布将在郑州投资100亿元建设新能源汽车生产基地。", "比亚迪", 100 * Y),
    ("宁德时代决定投资120亿元在宜宾扩建动力电池生产基地。", "宁德时代", 120 * Y),
]  # fmt: skip


@pytest.mark.parametrize(("text", "firm", "total"), DECIDING_FIRMS, ids=[str(i) for i in range(len(DECIDING_FIRMS))])
def test_deciding_firm_invests(text: str, firm: str, total: int) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    deal = next((d for d in deals if d.investors == [firm]), None)
    assert deal is not None, [(d.investors, d.projects) for d in deals]
    assert deal.amounts[0].money.amount == total


# A count of projects signed before a planned sum: the sum is the batch's, no firm's decision.
def test_planned_sum_of_a_count_is_no_firm_decision() -> None:
    deals = extract("新疆兵团第六师五家渠市集中签约37个招商引资项目，计划投资380.1亿元。").deals
    assert all(not d.investors for d in deals)


LEAD = "此次签约的3个项目分别是智能装备产业园项目、新材料研发中心项目和冷链物流园项目，总投资12亿元。\n\n"
LEAD_TW = "此次簽約的3個項目分別是智能裝備產業園項目、新材料研發中心項目和冷鏈物流園項目，總投資12億元。\n\n"
# A lead listing projects with their summed total, then a body telling projects of it with amounts of their own: each
# told project is its own deal; the group stays only while some project of it is not told again.
SUMMED_LISTS: list[tuple[str, list[tuple[list[str], int]]]] = [
    (LEAD + "其中，计划投资6亿元的智能装备产业园项目将建设智能生产线；投资4亿元的新材料研发中心项目主要从事研发；"
     "投资2亿元的冷链物流园项目建成后将服务全县。",
     [(["智能装备产业园项目"], 6 * Y), (["新材料研发中心项目"], 4 * Y), (["冷链物流园项目"], 2 * Y)]),
    (LEAD + "智能装备产业园项目计划投资6亿元，将建设智能生产线。新材料研发中心项目投资4亿元，主要从事研发。"
     "冷链物流园项目投资2亿元，建成后将服务全县。",
     [(["智能装备产业园项目"], 6 * Y), (["新材料研发中心项目"], 4 * Y), (["冷链物流园项目"], 2 * Y)]),
    (LEAD_TW + "其中，計劃投資6億元的智能裝備產業園項目將建設智能生產線；投資4億元的新材料研發中心項目主要從事研發；"
     "投資2億元的冷鏈物流園項目建成後將服務全縣。",
     [(["智能裝備產業園項目"], 6 * Y), (["新材料研發中心項目"], 4 * Y), (["冷鏈物流園項目"], 2 * Y)]),
    (LEAD + "其中，计划投资6亿元的智能装备产业园项目将建设智能生产线。",
     [(["智能装备产业园项目", "新材料研发中心项目", "冷链物流园项目"], 12 * Y), (["智能装备产业园项目"], 6 * Y)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUMMED_LISTS, ids=[str(i) for i in range(len(SUMMED_LISTS))])
def test_summed_list_told_item_by_item(text: str, expected: list[tuple[list[str], int]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert sorted((d.projects, _total(d)) for d in deals) == sorted(expected)


# A fab or a line's extension a firm builds, in a sentence that states its money: the deal's project.
BUILT_FACILITIES: list[tuple[str, str]] = [
    ("台积电将在高雄兴建2纳米晶圆厂，投资金额逾新台币1兆元。", "2纳米晶圆厂"),
    ("力积电宣布投资2780亿元在铜锣兴建12吋晶圆厂。", "12吋晶圆厂"),
    ("港铁将投资约200亿港元兴建东涌线延线。", "东涌线延线"),
    ("广州地铁将投资120亿元建设7号线西延线。", "7号线西延线"),
]


@pytest.mark.parametrize(("text", "name"), BUILT_FACILITIES, ids=[str(i) for i in range(len(BUILT_FACILITIES))])
def test_built_facility_is_the_project(text: str, name: str) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [d.projects for d in deals] == [[name]]
