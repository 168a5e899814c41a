"""Deals that real pages tell in constructions the first rules missed (records/deals.py, deal_frame.py)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract.extractor import Extractor
from test_records_deals import check, deals_of

EXTRACT = Extractor()

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


# A company that plans to build a project somewhere (X公司计划/拟/准备在Y建设Z项目) is its investor; the plan
# is the project's stage, and at a signing it is what the company signed.
PLANS_TO_BUILD = [
    (
        "[宝能物流集团有限公司|org:宝能物流集团有限公司,company]计划在空港经济开发区建设[智慧供应链产业园项目|project:]。",
        [{"projects": ["智慧供应链产业园项目"], "investors": ["宝能物流集团有限公司"], "stage": "planned"}],
    ),
    (
        "[红星美凯龙集团|org:红星美凯龙集团,group]拟在开发区建设[家居商务综合体项目|project:]。",
        [{"projects": ["家居商务综合体项目"], "investors": ["红星美凯龙集团"], "stage": "planned"}],
    ),
    (
        "[瑞丰新材料有限公司|org:瑞丰新材料有限公司,company]准备在高新区新建[锂电池隔膜项目|project:]。",
        [{"projects": ["锂电池隔膜项目"], "investors": ["瑞丰新材料有限公司"], "stage": "planned"}],
    ),
    (
        "[江蘇安佑生物科技有限公司|org:江蘇安佑生物科技有限公司,company]計劃在長德開發區建設[生物飼料生産項目|project:]。",
        [{"projects": ["生物飼料生産項目"], "investors": ["江蘇安佑生物科技有限公司"], "stage": "planned"}],
    ),
    (
        "[9月1日|date:2023-09-01]，重点项目集中签约仪式在[长春市|place:]举行。"
        "[中国燃气|org:中国燃气,company]计划在[德惠市|place:德惠市,county]建设[燃气输配项目|project:]。",
        [{"projects": ["燃气输配项目"], "investors": ["中国燃气"], "stage": "signed", "date": "2023-09-01"}],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), PLANS_TO_BUILD, ids=[str(i) for i in range(len(PLANS_TO_BUILD))])
def test_plans_to_build(markup: str, expected: list[dict[str, Any]]) -> None:
    deals = deals_of(markup)
    assert len(deals) == len(expected), [d.projects for d in deals]
    for deal, want in zip(deals, expected, strict=True):
        check(deal, want)


NO_PLAN_TO_BUILD = [
    # 计划 before what is done to projects already named, or before their money, is no plan to build
    "今年全市计划实施[滨河公园改造工程|project:]等重点项目。",
    "计划用三年时间推进[城区供水管网改造工程|project:]。",
]


@pytest.mark.parametrize("markup", NO_PLAN_TO_BUILD, ids=[str(i) for i in range(len(NO_PLAN_TO_BUILD))])
def test_no_plan_to_build(markup: str) -> None:
    assert [d.projects for d in deals_of(markup)] == []


# The companies a place signs with (X县与A公司、B公司签署…协议), naming no project, invest the amount the
# signing states, in its clause or the next one; 投资规模 is a project's total as 总投资 is.
SIGNED_AMOUNTS = [
    (
        "[商南县|place:商南县,county]与[瑞晶太阳能科技有限公司|org:瑞晶太阳能科技有限公司,company]、"
        "[特炭科技材料有限公司|org:特炭科技材料有限公司,company]签署产业合作框架协议，投资额达[24亿元|money:2400000000 CNY]。",
        [{"projects": [], "investors": ["瑞晶太阳能科技有限公司", "特炭科技材料有限公司"], "stage": "signed",
          "amounts": [("total", 2400000000, "CNY")]}],
    ),
    (
        "[镇安县|place:镇安县,county]与[华润电力控股有限公司|org:华润电力控股有限公司,company]就新能源合作签订协议，"
        "计划投资[5亿元|money:500000000 CNY]。",
        [{"projects": [], "investors": ["华润电力控股有限公司"], "stage": "signed",
          "amounts": [("total", 500000000, "CNY")]}],
    ),
    (
        "[锡林浩特市人民政府|org:锡林浩特市人民政府,government]同[蒙草生态集团|org:蒙草生态集团,group]签署战略合作协议，"
        "总投资[8.5亿元|money:850000000 CNY]。",
        [{"projects": [], "investors": ["蒙草生态集团"], "stage": "signed", "amounts": [("total", 850000000, "CNY")]}],
    ),
    (
        "[鎮安縣|place:鎮安縣,county]與[恒富源林業有限公司|org:恒富源林業有限公司,company]簽訂框架協議，"
        "協議投資[12.56億元|money:1256000000 CNY]。",
        [{"projects": [], "investors": ["恒富源林業有限公司"], "stage": "signed",
          "amounts": [("total", 1256000000, "CNY")]}],
    ),
    (
        "其中，[新能源科技产业园项目|project:]投资规模达[100亿元|money:10000000000 CNY]。",
        [{"projects": ["新能源科技产业园项目"], "amounts": [("total", 10000000000, "CNY")]}],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), SIGNED_AMOUNTS, ids=[str(i) for i in range(len(SIGNED_AMOUNTS))])
def test_signed_amounts(markup: str, expected: list[dict[str, Any]]) -> None:
    deals = deals_of(markup)
    assert len(deals) == len(expected), [(d.projects, d.investors) for d in deals]
    for deal, want in zip(deals, expected, strict=True):
        check(deal, want)


NO_SIGNED_AMOUNT = [
    # companies signing with each other, or an amount of another clause further on, are nobody's investment
    "[瑞晶太阳能科技有限公司|org:瑞晶太阳能科技有限公司,company]与[特炭科技材料有限公司|org:特炭科技材料有限公司,company]"
    "签署合作协议，投资额达[24亿元|money:2400000000 CNY]。",
    "[商南县|place:商南县,county]与[华润电力控股有限公司|org:华润电力控股有限公司,company]签署战略合作协议，双方将深化合作，"
    "全县今年完成投资[50亿元|money:5000000000 CNY]。",
]


@pytest.mark.parametrize("markup", NO_SIGNED_AMOUNT, ids=[str(i) for i in range(len(NO_SIGNED_AMOUNT))])
def test_no_signed_amount(markup: str) -> None:
    assert [(d.projects, d.investors, d.amounts) for d in deals_of(markup) if d.amounts] == []


# A list item may open with the place its quoted name stands in (A、门头沟区“健康谷”、B等四个项目): the place is
# part of the item, so the list stays one list (one deal when it shares an amount and its count is its names).
PLACE_INSIDE_AN_ITEM = [
    (
        "[石景山总部基地|project:]、[门头沟区|place:门头沟区,county]“[健康谷|project:]”、[数控动力总部基地|project:]"
        "等[三个|count:3 个]项目签约，总投资[超过100亿元|money:10000000000 CNY min]。",
        [{"projects": ["石景山总部基地", "健康谷", "数控动力总部基地"], "project_count": 3, "stage": "signed"}],
    ),
    (
        "签约了[光电产业园|project:]和[滨海新区|place:滨海新区,county]“[数字港|project:]”[两个|count:2 个]项目，"
        "总投资[50亿元|money:5000000000 CNY]。",
        [{"projects": ["光电产业园", "数字港"], "amounts": [("total", 5000000000, "CNY")], "stage": "signed"}],
    ),
    (
        "[新材料產業園|project:]、[海淀區|place:海淀區,county]「[智谷|project:]」等[2個|count:2 个]項目簽約，"
        "總投資[30億元|money:3000000000 CNY]。",
        [{"projects": ["新材料產業園", "智谷"], "amounts": [("total", 3000000000, "CNY")], "stage": "signed"}],
    ),
    (
        "[冷链物流中心|project:]、[高新区|place:高新区,zone]“[科创谷|project:]”集中开工，总投资[20亿元|money:2000000000 CNY]。",
        [{"projects": ["冷链物流中心", "科创谷"], "amounts": [("total", 2000000000, "CNY")], "stage": "started"}],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("markup", "expected"), PLACE_INSIDE_AN_ITEM, ids=[str(i) for i in range(len(PLACE_INSIDE_AN_ITEM))]
)
def test_place_inside_an_item(markup: str, expected: list[dict[str, Any]]) -> None:
    deals = deals_of(markup)
    assert len(deals) == len(expected), [d.projects for d in deals]
    for deal, want in zip(deals, expected, strict=True):
        check(deal, want)


def test_a_place_between_two_clauses_still_parts_them() -> None:
    # a place opening the next clause is where the next project is, no item of the list before
    deals = deals_of(
        "[光电产业园|project:]签约，总投资[5亿元|money:500000000 CNY]；[高新区|place:高新区,zone]“[科创谷|project:]”开工。"
    )
    assert [(d.projects, d.stage) for d in deals] == [(["光电产业园"], "signed"), (["科创谷"], "started")]


# The items of one list are different projects, even where an earlier item's name is a place and a generic head
# (石景山总部基地) that a later one ends with (数控动力总部基地): none is a short repeat of another.
ITEMS_OF_ONE_LIST = [
    "[石景山总部基地|project:]、[健康谷|project:]、[数控动力总部基地|project:]等[三个|count:3 个]项目签约。",
    "[海淀区科技园|project:]、[北辰智能科技园|project:]等项目落户。",
    "[石景山總部基地|project:]、[數控動力總部基地|project:]簽約。",
    "[朝阳区物流园|project:]和[空港冷链物流园|project:]开工。",
]


@pytest.mark.parametrize("markup", ITEMS_OF_ONE_LIST, ids=[str(i) for i in range(len(ITEMS_OF_ONE_LIST))])
def test_items_of_one_list(markup: str) -> None:
    marked = markup.count("|project:]")
    assert len(deals_of(markup)) == marked


# 就 / 也 between the role word and its amount (签约金额就高达221亿元, 总投资也达5亿元) keep the role.
EMPHASISED_AMOUNTS = [
    ("[和发产业园区|project:]签约金额就高达[221亿元|money:22100000000 CNY]。", 22100000000),
    ("[和發產業園區|project:]簽約金額就高達[221億元|money:22100000000 CNY]。", 22100000000),
    ("其中[智能装备产业园项目|project:]总投资也达[5亿元|money:500000000 CNY]。", 500000000),
    ("[冷链物流中心项目|project:]投资额就达[3.2亿元|money:320000000 CNY]。", 320000000),
]


@pytest.mark.parametrize(("markup", "total"), EMPHASISED_AMOUNTS)
def test_emphasised_amounts(markup: str, total: int) -> None:
    (deal,) = deals_of(markup)
    assert [(a.role, a.money.amount) for a in deal.amounts] == [("total", total)]


# A table row or a form line gives the role before a colon (总投资：3亿元).
ROLE_BEFORE_A_COLON = [
    (
        "项目名称：[年产5万吨新型建材项目|project:]，总投资：[3亿元|money:300000000 CNY]，建设地点：工业园区。",
        300000000,
    ),
    ("[智能装备制造项目|project:]，计划总投资：[10亿元|money:1000000000 CNY]。", 1000000000),
    ("[冷链物流中心项目|project:]投资额: [2.5亿元|money:250000000 CNY]。", 250000000),
    ("[綠色食品加工項目|project:]，總投資：[6億元|money:600000000 CNY]。", 600000000),
]


@pytest.mark.parametrize(("markup", "total"), ROLE_BEFORE_A_COLON)
def test_role_before_a_colon(markup: str, total: int) -> None:
    (deal,) = deals_of(markup)
    assert [(a.role, a.money.amount) for a in deal.amounts] == [("total", total)]


# Put into use (启用, 投运) is completed.
PUT_INTO_USE = [
    "[滨海物流中心项目|project:]昨日正式启用。",
    "[城北220千伏变电站工程|project:]顺利投运。",
    "[濱海物流中心項目|project:]昨日正式啟用。",
    "[市民服务中心项目|project:]建成并启用。",
]


@pytest.mark.parametrize("markup", PUT_INTO_USE)
def test_put_into_use(markup: str) -> None:
    assert [d.stage for d in deals_of(markup)] == ["completed"]


# A company signing with a place, named first (华为公司与我市签署…协议，共建X): the signing happened, and the
# company invests in what they build.
SIGNED_WITH_A_PLACE = [
    "[华为公司|org:华为公司,company]与[我市|place:我市]签署战略合作协议，共建[鲲鹏产业生态基地|project:]。",
    "[比亚迪股份有限公司|org:比亚迪股份有限公司,company]与[西安市人民政府|org:西安市人民政府,government]签订协议，"
    "建设[新能源汽车产业园项目|project:]。",
    "[華為公司|org:華為公司,company]與[本市|place:本市]簽署合作協議，共建[鯤鵬產業生態基地|project:]。",
    "[京东集团|org:京东集团,group]同[宿迁市|place:宿迁市]签约，合作建设[智能物流产业园|project:]。",
]


@pytest.mark.parametrize("markup", SIGNED_WITH_A_PLACE)
def test_signed_with_a_place(markup: str) -> None:
    (deal,) = deals_of(markup)
    assert deal.stage == "signed"
    assert len(deal.investors) == 1 and deal.investors[0] in markup


# Opened to traffic (通车) and connected to the grid (并网发电) are completed.
OPENED = [
    "[大西高铁太原至西安段|project:]正式通车。",
    "[大西高鐵太原至西安段|project:]正式通車。",
    "[沿江高速公路项目|project:]昨日通车。",
    "[莫旗30万千瓦风电工程项目|project:]已并网发电。",
]


@pytest.mark.parametrize("markup", OPENED)
def test_opened(markup: str) -> None:
    assert [d.stage for d in deals_of(markup)] == ["completed"]


# An intention told of another project in an earlier clause (A即将建成投产，B全面投产) leaves B's stage, told as
# done (全面, 正式, 顺利, 全部), standing.
DONE_AFTER_ANOTHER_INTENTION = [
    ("[粮食储备库项目|project:]即将建成投产运营，[含硅废渣利用项目|project:]全面投产。", "completed"),
    ("[物流园二期项目|project:]预计年底竣工，[冷链仓储中心项目|project:]正式开工。", "started"),
    ("[糧食儲備庫項目|project:]即將建成投產，[含矽廢渣利用項目|project:]全面投產。", "completed"),
    ("[物流园二期项目|project:]力争年内投产，[智能仓储项目|project:]顺利竣工。", "completed"),
]


@pytest.mark.parametrize(("markup", "stage"), DONE_AFTER_ANOTHER_INTENTION)
def test_done_after_another_intention(markup: str, stage: str) -> None:
    assert [d.stage for d in deals_of(markup)] == [stage]


# Named examples of a class whose construction goes on (A、B等22个新续建工业项目) have started; not where the
# class is planned (计划…等续建项目).
UNDER_WAY_CLASSES = [
    "今年重点实施[中石油“4580”|project:]、[共享装备数字化铸造|project:]等[22个|count:22 个]新续建工业项目。",
    "[城东污水处理厂|project:]、[滨河公园提升工程|project:]等续建项目进展顺利。",
    "[城東污水處理廠|project:]、[濱河公園提升工程|project:]等續建項目進展順利。",
    "目前，[城东污水处理厂|project:]、[滨河公园提升工程|project:]等一批市级续建工程进展顺利。",
]


@pytest.mark.parametrize("markup", UNDER_WAY_CLASSES)
def test_under_way_classes(markup: str) -> None:
    assert [d.stage for d in deals_of(markup)] == ["started", "started"]


def test_a_planned_class_is_no_stage() -> None:
    markup = "今年计划实施[城东污水处理厂|project:]、[滨河公园提升工程|project:]等续建项目。"
    assert [d.stage for d in deals_of(markup)] == []


# A list spelling out projects its sentence counted (…，有4个项目投资超过10亿元，分别是：A、B) takes the stage the
# sentence tells before it.
SPELT_OUT = [
    ("签约项目中，有4个项目投资超过10亿元，分别是：[锂电新材料项目|project:]、[光伏组件项目|project:]。", "signed"),
    ("开工项目中，投资超5亿元的有3个，分别为[智能装备产业园|project:]和[冷链物流中心项目|project:]。", "started"),
    ("簽約項目中，有4個項目投資超過10億元，分別是：[鋰電新材料項目|project:]、[光伏組件項目|project:]。", "signed"),
    ("投产项目中，亿元以上项目2个，分别是[智能装备产业园|project:]、[冷链物流中心项目|project:]。", "completed"),
]


@pytest.mark.parametrize(("markup", "stage"), SPELT_OUT)
def test_spelt_out(markup: str, stage: str) -> None:
    assert [d.stage for d in deals_of(markup)] == [stage, stage]


# Finished (落成) and connected to the grid (并网) are completed.
FINISHED = [
    "[嘉民物流中心项目|project:]已经落成。",
    "位於屯門的[嘉民物流中心項目|project:]已經落成。",
    "[200兆瓦光伏发电项目|project:]已全容量并网。",
    "[滨海风电场项目|project:]首批机组顺利并网。",
]


@pytest.mark.parametrize("markup", FINISHED)
def test_finished(markup: str) -> None:
    assert [d.stage for d in deals_of(markup)] == ["completed"]


# The amount of a signing may stand clauses later, after the company named again (…与台积电签署投资意向书，台积电将
# 在楠梓园区兴建…，投资金额逾3000亿元); not an investment the place reports (全县完成投资…).
SIGNED_AMOUNTS_FURTHER_ON = [
    "[高雄市政府|org:高雄市政府,government]与[台积电|org:台积电,company]签署投资意向书，[台积电|org:台积电,company]"
    "将在楠梓产业园区兴建晶圆厂，投资金额[逾新台币3000亿元|money:300000000000 TWD min]。",
    "[高雄市政府|org:高雄市政府,government]與[台積電|org:台積電,company]簽署投資意向書，[台積電|org:台積電,company]"
    "將在楠梓產業園區興建晶圓廠，投資金額[逾新台幣3000億元|money:300000000000 TWD min]。",
    "[商南县|place:商南县,county]与[华润电力控股有限公司|org:华润电力控股有限公司,company]签订合作协议，"
    "双方将共同开发风电资源，计划投资[15亿元|money:1500000000 CNY]。",
    "[镇安县|place:镇安县,county]与[恒富源林业有限公司|org:恒富源林业有限公司,company]签约，"
    "[恒富源林业有限公司|org:恒富源林业有限公司,company]将在县城建设加工厂，总投资[3亿元|money:300000000 CNY]。",
]


@pytest.mark.parametrize("markup", SIGNED_AMOUNTS_FURTHER_ON)
def test_signed_amounts_further_on(markup: str) -> None:
    (deal,) = deals_of(markup)
    assert deal.stage == "signed" and len(deal.investors) == 1 and len(deal.amounts) == 1


# 总经费 is a project's total budget, as Taiwan pages write it.
BUDGETS = [
    ("新北市[淡海轻轨建设案|project:]第二期工程动工，总经费[150亿元|money:15000000000 CNY]。", 15000000000),
    ("新北市[淡海輕軌建設案|project:]第二期工程動工，總經費[150億元|money:15000000000 CNY]。", 15000000000),
    ("[南科污水处理厂扩建工程|project:]开工，总经费约[20亿元|money:2000000000 CNY approx]。", 2000000000),
    ("[台南捷运蓝线|project:]获核定，总经费为[524亿元|money:52400000000 CNY]。", 52400000000),
]


@pytest.mark.parametrize(("markup", "total"), BUDGETS)
def test_budgets(markup: str, total: int) -> None:
    (deal,) = deals_of(markup)
    assert [(a.role, a.money.amount) for a in deal.amounts] == [("total", total)]


# A sentence telling more of the one project the sentence before named (该项目由X投资建设，总投资12亿元; 项目总投资8亿元;
# 投资方为X，项目总投资…) gives that project's deal its amount and investors.
TOLD_MORE_AFTER = [
    (
        "[6月1日|date:2023-06-01]，[华塑新材料产业园项目|project:]开工。该项目由[安徽华塑股份有限公司|org:安徽华塑股份有限公司,company]"
        "投资建设，总投资[12亿元|money:1200000000 CNY]。",
        ["安徽华塑股份有限公司"], 1200000000,
    ),
    (
        "昨日，[冷链物流中心项目|project:]竣工投产。据了解，该项目总投资[3.5亿元|money:350000000 CNY]，"
        "由[京东集团|org:京东集团,group]投资建设。",
        ["京东集团"], 350000000,
    ),
    (
        "签约仪式上，[光伏组件项目|project:]成功签约。投资方为[深圳市比亚迪锂电池有限公司|org:深圳市比亚迪锂电池有限公司,company]，"
        "项目总投资[50亿元|money:5000000000 CNY]。",
        ["深圳市比亚迪锂电池有限公司"], 5000000000,
    ),
    (
        "[華塑新材料產業園項目|project:]開工。該項目由[安徽華塑股份有限公司|org:安徽華塑股份有限公司,company]"
        "投資建設，總投資[12億元|money:1200000000 CNY]。",
        ["安徽華塑股份有限公司"], 1200000000,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "investors", "total"), TOLD_MORE_AFTER)
def test_told_more_after(markup: str, investors: list[str], total: int) -> None:
    (deal,) = deals_of(markup)
    assert deal.investors == investors
    assert [(a.role, a.money.amount) for a in deal.amounts] == [("total", total)]


def test_a_project_told_with_another_before_is_not_pointed_at() -> None:
    # two projects before: 该项目 could be either, so neither takes the amount
    deals = deals_of(
        "[A区物流园项目|project:]和[B区冷链项目|project:]开工。该项目总投资[12亿元|money:1200000000 CNY]。"
    )
    assert all(d.amounts == [] for d in deals)


# The site chosen for an event (主会场设在X项目现场) is no deal of its own.
VENUES = [
    "[3月15日|date:2023-03-15]，全县重大项目集中开工仪式举行。主会场设在[恒盛新材料项目|project:]现场。",
    "[3月15日|date:2023-03-15]，全县重大项目集中开工。开工仪式设在[华东医药物流中心项目|project:]施工现场，市领导出席。",
    "[3月15日|date:2023-03-15]，全縣重大項目集中開工儀式舉行。主會場設在[恒盛新材料項目|project:]現場。",
    "[3月15日|date:2023-03-15]，全市重点项目集中签约仪式举行，本次活动主会场选在[绿色家居产业园项目|project:]工地。",
]


@pytest.mark.parametrize("markup", VENUES)
def test_venues(markup: str) -> None:
    assert deals_of(markup) == []


# A heading naming a stage (一、签约项目 …… 二、开工项目) gives it to the projects listed under it, up to the next
# heading; a heading naming none (三、要素保障) gives none.
SECTIONS = [
    ("一、签约项目\n1.[新型环保建材项目|project:]，总投资[5亿元|money:500000000 CNY]。", "signed"),
    ("（二）新开工项目：\n1.[华东医药物流中心项目|project:]，总投资[8亿元|money:800000000 CNY]。", "started"),
    ("三、竣工投產項目\n1.[濱江商務中心項目|project:]，總投資[6億元|money:600000000 CNY]。", "completed"),
    ("一、签约项目\n1.[新型环保建材项目|project:]。\n二、要素保障\n1.[城北污水处理厂工程|project:]，总投资[2亿元|money:200000000 CNY]。",
     "signed"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "stage"), SECTIONS)
def test_sections(markup: str, stage: str) -> None:
    deals = deals_of(markup)
    assert deals[0].stage == stage
    assert all(d.stage is None for d in deals[1:])


def test_a_heading_of_several_stages_gives_none() -> None:
    deals = deals_of("一、签约开工项目\n1.[新型环保建材项目|project:]，总投资[5亿元|money:500000000 CNY]。")
    assert [d.stage for d in deals] == [None]


# Firms investing an amount without naming a project, as Taiwanese reports tell them (投資/投入/斥資, an
# amount without 元, the plant after it): one deal each, the firm its investor.
FIRMS_INVESTING = [
    ("群聯電子將在苗栗投資22億元。", ["群聯電子"], 2200000000),
    ("瑞昱半導體也將投入31億元。", ["瑞昱半導體"], 3100000000),
    ("日正食品斥資3億擴廠。", ["日正食品"], 300000000),
    ("樹德企業投資20億設廠。", ["樹德企業"], 2000000000),
    ("宏达光电拟投资5亿元扩建厂房。", ["宏达光电"], 500000000),
    ("美上鎂花6億建廠。", ["美上鎂花"], 600000000),
    ("宏达公司5亿元建厂。", ["宏达公司"], 500000000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "investors", "total"), FIRMS_INVESTING)
def test_firms_investing(text: str, investors: list[str], total: int) -> None:
    deals = EXTRACT(text).deals
    assert [(d.investors, [a.money.amount for a in d.amounts if a.role == "total"]) for d in deals] == [
        (investors, [total])
    ]


NO_FIRM_INVESTING = [
    "化医工业投资176亿元。",
    "该项目概算投资140.16亿元。",
    "全市完成投资50亿元。",
    "全县6亿元建厂。",
    "新生产线将于明年投入使用，年产值2亿元。",
]


@pytest.mark.parametrize("text", NO_FIRM_INVESTING)
def test_no_firm_investing(text: str) -> None:
    assert [d.investors for d in EXTRACT(text).deals if d.investors] == []


# Firms listed before 分别 and as many joined amounts: one deal per firm with its own amount; a shared or
# single amount stays one deal of them all.
FIRMS_RESPECTIVELY = [
    (
        "台灣富士紡精密材料股份有限公司及怡何有限公司分別投入13億元及10億元的廠房也在近期啟建動土。",
        [(["台灣富士紡精密材料股份有限公司"], 1300000000), (["怡何有限公司"], 1000000000)],
    ),
    (
        "华为技术有限公司和比亚迪股份有限公司分别投资5亿元、3亿元。",
        [(["华为技术有限公司"], 500000000), (["比亚迪股份有限公司"], 300000000)],
    ),
    (
        "华为技术有限公司、比亚迪股份有限公司和宁德时代新能源科技股份有限公司分别投资5亿元、3亿元和2亿元建设新厂。",
        [(["华为技术有限公司"], 500000000), (["比亚迪股份有限公司"], 300000000),
         (["宁德时代新能源科技股份有限公司"], 200000000)],
    ),
    (
        "华为技术有限公司和比亚迪股份有限公司共投资5亿元。",
        [(["华为技术有限公司", "比亚迪股份有限公司"], 500000000)],
    ),
    (
        "华为技术有限公司和比亚迪股份有限公司分别投资5亿元。",
        [(["华为技术有限公司", "比亚迪股份有限公司"], 500000000)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIRMS_RESPECTIVELY)
def test_firms_respectively(text: str, expected: list[tuple[list[str], int]]) -> None:
    deals = EXTRACT(text).deals
    assert [(d.investors, d.amounts[0].money.amount) for d in deals] == expected
