"""Deals of real pages, continued (test_records_deal_recall.py): firms a place signs with, companies told
elsewhere, investing somewhere, counted list heads, 复工, money done so far, headline repeats."""

from __future__ import annotations

from typing import Any

import pytest

from test_records_deals import amounts, deals_of

# Companies a place signs with (X县与A等12家企业签订…; 先后与A、B等27家企业签订…, the place left out) invest:
# one signed deal each, also where one company named stands for a counted group.
FIRMS_A_PLACE_SIGNS_WITH = [
    (
        "[宜良县|place:宜良县,county]与[中车株洲电力机车研究所有限公司|org:中车株洲电力机车研究所有限公司,company]"
        "等[12家|count:12 家]企业签订了投资合作协议。",
        [["中车株洲电力机车研究所有限公司"]],
    ),
    (
        "[城关区|place:城关区,county]先后与[中粮集团|org:中粮集团,group]、"
        "[北京汇源食品饮料有限公司|org:北京汇源食品饮料有限公司,company]等[27家|count:27 家]企业签订了合作协议书。",
        [["中粮集团"], ["北京汇源食品饮料有限公司"]],
    ),
    (
        "会上，先后与[杭州老板电器股份有限公司|org:杭州老板电器股份有限公司,company]、"
        "[浙江正泰电器股份有限公司|org:浙江正泰电器股份有限公司,company]等[8家|count:8 家]企业签约。",
        [["杭州老板电器股份有限公司"], ["浙江正泰电器股份有限公司"]],
    ),
    (
        "[嘉兴市|place:嘉兴市,city]分别与[海宁皮城集团|org:海宁皮城集团,group]等[5家|count:5 家]知名企业签订框架协议。",
        [["海宁皮城集团"]],
    ),
    (
        # a place before 与: the companies it signs with invest, counted or not
        "[平鲁区|place:平鲁区,county]与[华电集团|org:华电集团,group]、[国投电力|org:国投电力,company]签订了投资协议。",
        [["华电集团"], ["国投电力"]],
    ),
    (
        # one company alone signing an agreement with a place invests too (session 13: held-out pages tell deals so)
        "[宜良县|place:宜良县,county]与[云南白药集团|org:云南白药集团,group]签订了战略合作协议。",
        [["云南白药集团"]],
    ),
]


@pytest.mark.parametrize(("markup", "expected"), FIRMS_A_PLACE_SIGNS_WITH)
def test_companies_signed_with_a_place(markup: str, expected: list[list[str]]) -> None:
    deals = deals_of(markup)
    assert [d.investors for d in deals] == expected
    assert all(d.stage == "signed" and d.projects == [] and d.amounts == [] for d in deals)


# A company listed as signing (no project, no amount) that another deal of the report tells with its money
# is that deal; a list told again (the lead, then the body) is told once.
TOLD_ELSEWHERE = [
    (
        "[吉林市|place:吉林市,city]与[中泽集团|org:中泽集团,group]、[桥山集团|org:桥山集团,group]等[2家|count:2 家]企业签约。"
        "[中泽集团|org:中泽集团,group]计划投资[200亿元|money:20000000000 CNY]，与吉林市开展深入合作。",
        [["中泽集团"], ["桥山集团"]],
        [[("total", 20000000000, "CNY")], []],
    ),
    (
        "[宜良县|place:宜良县,county]与[中车株洲电力机车研究所有限公司|org:中车株洲电力机车研究所有限公司,company]"
        "等[12家|count:12 家]企业签订了投资合作协议。\n推介会上，[宜良县|place:宜良县,county]分别与"
        "[中车株洲电力机车研究所有限公司|org:中车株洲电力机车研究所有限公司,company]等[12家|count:12 家]企业签订了投资合作协议。",
        [["中车株洲电力机车研究所有限公司"]],
        [[]],
    ),
]


@pytest.mark.parametrize(("markup", "investors", "money"), TOLD_ELSEWHERE)
def test_companies_told_elsewhere(markup: str, investors: list[list[str]], money: list[list[Any]]) -> None:
    deals = sorted(deals_of(markup), key=lambda d: d.investors)
    assert [d.investors for d in deals] == sorted(investors)
    assert [amounts(d) for d in deals] == [m for _i, m in sorted(zip(investors, money, strict=True))]


# The place an organisation's money goes to may stand between it and its verb (X在Y投资…): its deal.
INVESTED_SOMEWHERE = [
    ("[友達|org:友達,company]在[新竹|place:新竹市,city]投資[約300億元|money:30000000000 TWD approx]。", ["友達"], 30000000000),
    ("[宁德时代|org:宁德时代,company]于[宜宾|place:宜宾市,city]投资[120亿元|money:12000000000 CNY]。", ["宁德时代"], 12000000000),
    ("[比亚迪|org:比亚迪,company][去年|date:2023]在[合肥|place:合肥市,city]投资[150亿元|money:15000000000 CNY]。",
     ["比亚迪"], 15000000000),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "investors", "amount"), INVESTED_SOMEWHERE)
def test_invested_somewhere(markup: str, investors: list[str], amount: int) -> None:
    deals = deals_of(markup)
    assert [d.investors for d in deals] == [investors]
    assert amounts(deals[0])[0][:2] == ("total", amount)


def test_a_place_that_is_no_landing_place_stops_it() -> None:
    # the place is the investor's partner here, not where its money goes
    deals = deals_of("[华为|org:华为,company]与[贵州|place:贵州省,province]投资[10亿元|money:1000000000 CNY]。")
    assert all(d.investors != ["华为"] or not d.amounts for d in deals)


# A count of projects and the stage they reached heads the list after 包括: each item is a deal at that stage.
COUNTED_WITH_THEIR_STAGE = [
    ("今年，全县有5个项目竣工，包括[职业中专实训基地|project:]、[贫困村光伏电站|project:]、[中心大市场|project:]。",
     ["职业中专实训基地", "贫困村光伏电站", "中心大市场"], "completed"),
    ("有2个项目开工，包括[黄马州产业园|project:]、[城东污水处理厂|project:]。", ["黄马州产业园", "城东污水处理厂"], "started"),
    ("全市有3个项目已签约，包括[华润雪花啤酒项目|project:]、[东方希望铝业项目|project:]。",
     ["华润雪花啤酒项目", "东方希望铝业项目"], "signed"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "projects", "stage"), COUNTED_WITH_THEIR_STAGE)
def test_counted_with_their_stage(markup: str, projects: list[str], stage: str) -> None:
    deals = deals_of(markup)
    assert [d.projects for d in deals] == [[p] for p in projects]
    assert all(d.stage == stage for d in deals)


# 复工 (construction resumed) tells a project started, as 开复工 does.
RESUMED = [
    "[光洋智能装备制造产业园|project:]等[92个|count:92 个]续建项目复工建设。",
    "[光洋智能裝備製造產業園|project:]等[92個|count:92 個]續建項目復工建設。",
    "[3月1日|date:2024-03-01]，[城南污水处理厂扩建工程|project:]已全面复工。",
]


@pytest.mark.parametrize("markup", RESUMED)
def test_resumed_is_started(markup: str) -> None:
    assert [d.stage for d in deals_of(markup)] == ["started"]


# The sentence after a project's, opening with a time phrase and telling the money done so far on 项目/该项目,
# tells that project's deal.
DONE_SO_FAR = [
    ("[城南抽水蓄能电站|project:]完成机组抽水试验。截至目前，项目共完成投资[52.7亿元|money:5270000000 CNY]。",
     "城南抽水蓄能电站", 5270000000),
    ("[梁平至开江高速公路重庆段|project:]即将完工。前三季度，该项目已累计完成投资[18亿元|money:1800000000 CNY]。",
     "梁平至开江高速公路重庆段", 1800000000),
    ("[滨江综合体|project:]主体封顶。1-9月，该项目已完成投资[6亿元|money:600000000 CNY]。", "滨江综合体", 600000000),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "project", "amount"), DONE_SO_FAR)
def test_money_done_so_far_on_the_project_before(markup: str, project: str, amount: int) -> None:
    deals = deals_of(markup)
    assert [d.projects for d in deals] == [[project]]
    assert amounts(deals[0]) == [("completed", amount, "CNY")]


# A deal a headline line tells and the body tells again is one deal, the body's.
HEADLINE_REPEATS = [
    ("[哈医大研发中心|project:]今年开建\n今年全市重点项目加快推进。全市计划新开工项目120个。今年，总投资"
     "[3.5亿元|money:350000000 CNY]的[哈医大研发中心|project:]开工建设。", "哈医大研发中心", 350000000),
    ("原标题：[城南物流园项目|project:]签约\n[3月5日|date:2024-03-05]，总投资[8亿元|money:800000000 CNY]的"
     "[城南物流园项目|project:]正式签约。", "城南物流园项目", 800000000),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "project", "amount"), HEADLINE_REPEATS)
def test_headline_repeats_are_one_deal(markup: str, project: str, amount: int) -> None:
    deals = deals_of(markup)
    assert [d.projects for d in deals] == [[project]]
    assert amounts(deals[0])[0][:2] == ("total", amount)
    assert deals[0].evidence.start > 0


def test_a_subheading_naming_the_project_the_body_tells_is_no_deal_of_its_own() -> None:
    from dsz_extract import extract

    text = (
        "全市160个项目将陆续开工建设。\n哈医大研发中心今年开建\n今年全市重点建设的345个大项目中，现代服务业项目占94个。"
        "总投资3.5亿元的哈医大研发中心，占地7万平方米，将建设药物中试基地。"
    )
    deals = extract(text).deals
    assert [d.projects for d in deals] == [["哈医大研发中心"]]
    assert deals[0].amounts[0].money.amount == 350000000


# "此次签约的N个项目，包括A、B等": the head gives its stage, and where it counts more projects than the list names,
# the amount after the list is the counted group's (a metric), each named project a deal of its own.
COUNTED_HEAD_AND_COMMA = [
    ("此次签约的7个项目，包括[麦胚芽深加工产业园|project:]、[民俗文化观光园|project:]等，总投资[74.6亿元|money:7460000000 CNY]。",
     [["麦胚芽深加工产业园"], ["民俗文化观光园"]], []),
    ("此次签约的2个项目，包括[城南物流园|project:]、[冷链物流中心|project:]，总投资[12亿元|money:1200000000 CNY]。",
     [["城南物流园", "冷链物流中心"]], [("total", 1200000000, "CNY")]),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "projects", "money"), COUNTED_HEAD_AND_COMMA)
def test_counted_head_and_comma(markup: str, projects: list[list[str]], money: list[Any]) -> None:
    deals = deals_of(markup)
    assert [d.projects for d in deals] == projects
    assert all(d.stage == "signed" and amounts(d) == money for d in deals)
