"""Session 16 deal probes (deal16): sentences written for these tests, from how such reports are worded across
provinces and HK/TW/Macau, none copied from the corpus. Precision (what a careful reader does NOT turn into a deal) and
recall (the deals a reader expects: name as the contract cuts it, stage, total)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Deal = tuple[list[str], list[str], str | None, int | None]


def _deals(text: str) -> list[Deal]:
    out = []
    for d in extract(text, reference_date="2026-06-30").deals:
        total = next((a.money.amount for a in d.amounts if a.role == "total"), None)
        out.append((d.projects, d.investors, d.stage, total))
    return out


# Plans, targets, event totals without names, output value, a firm's background, policy money: no deal.
NO_DEAL: list[str] = [
    "今年以来，我市计划引进亿元以上项目30个，力争完成固定资产投资200亿元。",
    "本次大会共签约项目45个，总投资达328.6亿元。",
    "全县新签约亿元以上项目18个，协议投资额126亿元。",
    "2025年，该企业实现产值12亿元，同比增长15%。",
    "市财政安排专项资金2亿元，用于支持企业技术改造。",
    "省里设立规模50亿元的新能源产业基金，重点支持链主企业。",
    "现场签约亿元以上项目23个，总投资156亿元，涉及智能制造、现代物流等领域。",
    "該公司去年營業額達新台幣300億元，較前年成長20%。",
    "本次推介会发布招商项目120个，总投资额1500亿元。",
    "今年我县将围绕主导产业，谋划储备项目100个以上，总投资不低于500亿元。",
    "10月份，全市新签约项目38个，总投资212亿元，其中10亿元以上项目6个。",
    # public spending by a government or its departments, no named project
    "澳門特區政府投入5億澳門元設立中小企業援助計劃。",
    "市政府投入2亿元设立产业引导基金。",
    "香港特區政府投資50億港元成立創科基金。",
    # one firm's sum over the years is its history
    "奇瑞汽车成立于1997年，总部位于安徽芜湖，累计投资超过300亿元。",
    "三星电子累计在西安投资超过300亿美元。",
    # a budget category, no firm
    "省里下达该市中央预算内投资3.5亿元，支持保障性住房建设。",
    "今年争取中央预算内投资2亿元。",
]


@pytest.mark.parametrize("text", NO_DEAL)
def test_no_deal(text: str) -> None:
    assert _deals(text) == []


RECALL: list[tuple[str, list[Deal]]] = [
    # a count and total of projects heading the list, the stage told before the count
    (
        "此次开工的项目共12个，总投资86亿元，包括海天味业调味品生产基地项目、伊利乳业液态奶项目等。",
        [(["海天味业调味品生产基地项目"], [], "started", None), (["伊利乳业液态奶项目"], [], "started", None)],
    ),
    (
        "此次签约的项目共12个，总投资86亿元，包括海天味业调味品生产基地项目、伊利乳业液态奶项目等。",
        [(["海天味业调味品生产基地项目"], [], "signed", None), (["伊利乳业液态奶项目"], [], "signed", None)],
    ),
    # works named with 号线 and a phase after the head; 开通运营 is completed
    ("昨日，郑州地铁12号线建成通车。", [(["郑州地铁12号线"], [], "completed", None)]),
    ("总投资120亿元的南宁轨道交通5号线正式开通运营。", [(["南宁轨道交通5号线"], [], "completed", 12_000_000_000)]),
    # a facility after a signing or start verb and its amount
    ("会上，成功签约总投资52亿元的华润新能源储能电站。", [(["华润新能源储能电站"], [], "signed", 5_200_000_000)]),
    ("当天开工了总投资5亿元的城东实验学校。", [(["城东实验学校"], [], "started", 500_000_000)]),
    ("当天开工了总投资5亿元的3个项目。", []),
    # 预计 before money built somewhere is a plan
    ("台光電公司預計投資150億元在桃園擴建新廠。", [([], ["台光電公司"], "planned", 15_000_000_000)]),
    # a ceremony under a title naming the project: the ceremony's deal
    (
        "比亚迪新能源电池项目签约落户宜宾\n10月9日，比亚迪新能源电池项目签约仪式在宜宾举行，项目总投资50亿元。",
        [(["比亚迪新能源电池项目"], [], "signed", 5_000_000_000)],
    ),
    # a project told again with a word left out is the same project
    (
        "宜春经开区举行项目集中开工仪式，总投资20亿元的正泰新能源光伏组件项目正式开工。\n"
        "正泰光伏组件项目建成后年产值可达40亿元，目前已完成场地平整。",
        [(["正泰新能源光伏组件项目"], [], "started", 2_000_000_000)],
    ),
    # ... but not a phase or a capacity left out: another project
    (
        "宁德时代四川基地七期项目总投资80亿元。宁德时代四川基地项目总投资100亿元。",
        [(["宁德时代四川基地七期项目"], [], None, 8_000_000_000), (["宁德时代四川基地项目"], [], None, 10_000_000_000)],
    ),
    # projects picked with 其中 after a comment on the staged set
    (
        "签约项目涵盖新能源、新材料等领域，其中金风科技风电装备制造项目投资12亿元，远景能源储能项目投资8亿元。",
        [
            (["金风科技风电装备制造项目"], [], "signed", 1_200_000_000),
            (["远景能源储能项目"], [], "signed", 800_000_000),
        ],
    ),
    # the number an item is told with is no part of its name
    (
        "签约项目主要有：一是新能源电池材料项目，总投资30亿元；二是智能终端制造项目，总投资12亿元。",
        [
            (["新能源电池材料项目"], [], "signed", 3_000_000_000),
            (["智能终端制造项目"], [], "signed", 1_200_000_000),
        ],
    ),
    # works told under way or done in Hong Kong, Macau and power reports
    ("澳門輕軌東線工程已全面展開施工，總投資約140億澳門元。", [(["澳門輕軌東線工程"], [], "started", 14_000_000_000)]),
    ("由华能集团投资建设的如东海上风电场全容量并网发电。", [(["如东海上风电场"], ["华能集团"], "completed", None)]),
    # a firm a place signs with, closed by the count of firms, or an agreement reached
    ("该区与顺丰控股等8家企业达成合作协议。", [([], ["顺丰控股"], "signed", None)]),
    ("市政府与顺丰控股等8家企业签订了战略合作协议。", [([], ["顺丰控股"], "signed", None)]),
    ("该区与顺丰控股达成合作意向。", [([], ["顺丰控股"], "signed", None)]),
    ("该区拟与顺丰控股达成合作协议。", []),
    # the body naming who builds the lead's one project: one deal
    (
        "宜春经开区举行项目集中开工仪式，总投资20亿元的正泰新能源光伏组件项目正式开工。\n"
        "正泰新能源光伏组件项目由正泰新能源科技有限公司投资建设，建成后年产值可达40亿元。",
        [(["正泰新能源光伏组件项目"], ["正泰新能源科技有限公司"], "started", 2_000_000_000)],
    ),
    # a further stage the next sentence tells of the projects just told is the furthest stated
    (
        "今年以来，南康区先后引进了总投资50亿元的顾家家居智能制造项目、总投资30亿元的索菲亚定制家居项目。"
        "目前，两个项目均已开工建设。",
        [
            (["顾家家居智能制造项目"], [], "started", 5_000_000_000),
            (["索菲亚定制家居项目"], [], "started", 3_000_000_000),
        ],
    ),
    # ... not an intention told there
    (
        "会上，雅福供应链科技产业园项目签约，总投资10亿元。该项目拟引入供应链相关企业入驻。",
        [(["雅福供应链科技产业园项目"], [], "signed", 1_000_000_000)],
    ),
    # one more of a class names no project
    ("这是该区今年引进的又一重大项目，总投资50亿元。", []),
    # a firm's research spending is no investment
    ("华为去年研发投入1615亿元，占全年收入的23.4%。", []),
    # a table's project row, other labelled rows, then its money row; what it builds is a part
    (
        "项目名称：万华化学电池材料产业园项目；投资主体：万华化学集团股份有限公司；总投资：120亿元。",
        [(["万华化学电池材料产业园项目"], [], None, 12_000_000_000)],
    ),
    (
        "近日，我市公布一批重点项目。\n一、万华化学电池材料产业园项目\n建设单位：万华化学集团股份有限公司\n"
        "总投资120亿元，建设年产10万吨正极材料生产线。",
        [(["万华化学电池材料产业园项目"], [], None, 12_000_000_000)],
    ),
    # a place inside the one before it is where the firm's money goes
    (
        "環球晶圓今年將在美國德州投資50億美元興建12吋晶圓廠。",
        [(["12吋晶圓廠"], ["環球晶圓"], "planned", 5_000_000_000)],
    ),
    # a project's own staff name the project; a firm's project staff name none
    ("据比亚迪电池项目负责人介绍，项目总投资50亿元。", [(["比亚迪电池项目"], [], None, 5_000_000_000)]),
    ("财投集团项目负责人介绍，今年将开工3个项目。", []),
    # two firms' joint project: both invest, the project an instance however generic its words
    (
        "中国中车与西门子合作的轨道交通装备项目签约落户株洲，总投资20亿元。",
        [(["轨道交通装备项目"], ["中国中车", "西门子"], "introduced", 2_000_000_000)],
    ),
    (
        "恒瑞医药股份有限公司和复星医药股份有限公司两家企业共同投资的生物医药产业园项目开工。",
        [(["生物医药产业园项目"], ["恒瑞医药股份有限公司", "复星医药股份有限公司"], "started", None)],
    ),
    # what the project a sentence opens on will build, however far into it, and its works, are parts
    (
        "华星光电产业园总投资300亿元。该项目去年已投入资金120亿元，今年再投资80亿元，拟建设面板生产基地及配套企业。",
        [(["华星光电产业园"], [], None, 30_000_000_000)],
    ),
    (
        "华星光电产业园总投资300亿元。项目计划于明年完成主厂房工程施工，年底正式投产。",
        [(["华星光电产业园"], [], None, 30_000_000_000)],
    ),
    # what a project opening its sentence builds in a later clause is its part; a project of its own stays one
    (
        "计划投资1.2亿元的台玻技改项目将对二期工厂进行改造，建设年产量达17万吨2.0-2.5mm超薄光伏玻璃盖板生产线。",
        [(["台玻技改项目"], [], None, 120_000_000)],
    ),
    (
        "比亚迪电池项目开工，同时开工建设华为云计算中心项目。",
        [(["比亚迪电池项目"], [], "started", None), (["华为云计算中心项目"], [], "started", None)],
    ),
    # a name told with 分布式 keeps its firm
    ("投资20亿元的华电分布式能源项目开工。", [(["华电分布式能源项目"], [], "started", 2_000_000_000)]),
    # a list of firms' summed money stays one deal
    ("A公司、B公司等11家厂商进驻，合计投资超过1300亿元。", [([], ["A公司", "B公司"], "introduced", 130_000_000_000)]),
    # a government building a named project stays that project's investor
    ("市政府投资10亿元建设市第一人民医院新院区。", [(["市第一人民医院新院区"], ["市政府"], None, 1_000_000_000)]),
]


@pytest.mark.parametrize(("text", "expected"), RECALL)
def test_recall(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected
