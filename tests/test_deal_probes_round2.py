"""Deal wordings written for session 13's round 2 (not taken from pages): two stages told in one word (开竣工), at a
ceremony of both stages or in a city's own list. Read end to end (records/deals.py and its helpers)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

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


# text → the projects of each deal: what a project built (its line, its plant) is its part, the project the deal; a
# water works delivering water (通水) is completed, a site's utilities (通水通电) are no stage.
BUILT_PARTS: list[tuple[str, list[list[str]], str | None]] = [
    ("重点项目建设“成绩单”中，西安奕斯伟硅产业基地扩产项目建成12英寸集成电路用硅片生产线及配套设施。",
     [["西安奕斯伟硅产业基地扩产项目"]], "completed"),
    ("总投资150亿元的比亚迪新能源汽车零部件产业园建成了电动总成、电机、电控等新能源汽车核心零部件生产工厂。",
     [["比亚迪新能源汽车零部件产业园"]], "completed"),
    ("今年，宁德时代福鼎基地项目建成年产60GWh动力电池生产线，实现产值200亿元。", [["宁德时代福鼎基地项目"]], "completed"),
    ("合肥长鑫存储二期项目已建成12英寸晶圆生产线，月产能达到10万片。", [["合肥长鑫存储二期项目"]], "completed"),
    ("总投资30亿元的中粮集团粮油加工项目建成了年产50万吨油脂精炼生产线。", [["中粮集团粮油加工项目"]], "completed"),
    ("去年，衡水老白干酿酒扩产项目先后建成3条灌装生产线。", [["衡水老白干酿酒扩产项目"]], "completed"),
    # a park and the projects it brought in stay apart
    ("今年，新材料产业园建成了年产5万吨锂电隔膜项目。", [["年产5万吨锂电隔膜项目"]], "completed"),
    ("大藤峡水利枢纽工程正式通水，灌溉面积136万亩。", [["大藤峡水利枢纽工程"]], "completed"),
    ("园区已实现通水通电通路，吸引了20家企业入驻。", [], None),
    ("该工业园区基础设施完善，实现了通水、通电、通气。", [], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "projects", "stage"), BUILT_PARTS, ids=[str(i) for i in range(len(BUILT_PARTS))])
def test_what_a_project_built_is_its_part(text: str, projects: list[list[str]], stage: str | None) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [d.projects for d in deals] == projects
    assert all(d.stage == stage for d in deals)


# text → the one deal's project and total: a demonstrative 项目 opening the next sentence points back at the project
# told before whatever it goes on with before the total (线路全长…, 规划床位…), and what it will build is no project.
POINTED_BACK: list[tuple[str, str, int]] = [
    ("3月5日，福州至厦门高速铁路项目开工建设。该项目线路全长277公里，设计时速350公里，总投资530亿元。",
     "福州至厦门高速铁路项目", 530 * Y),
    ("昨日，沈阳宝马铁西工厂扩建项目举行奠基仪式。该项目占地30万平方米，总投资150亿元，将建设新能源汽车生产线。",
     "沈阳宝马铁西工厂扩建项目", 150 * Y),
    ("4月10日，南昌九龙湖医院项目开工。这个项目规划床位1000张，总投资18亿元。", "南昌九龙湖医院项目", 18 * Y),
    ("兰州新区精细化工园区项目签约落地。此项目达产后年产值可达50亿元，总投资20亿元。", "兰州新区精细化工园区项目", 20 * Y),
    ("1月18日，太原轨道交通2号线一期工程项目建成通车。该项目线路全长23.6公里，共设车站23座，总投资约200亿元。",
     "太原轨道交通2号线一期工程项目", 200 * Y),
    ("今年，海口江东新区起步区项目开工建设。该项目规划面积3平方公里，计划投资总额80亿元。", "海口江东新区起步区项目", 80 * Y),
]  # fmt: skip


@pytest.mark.parametrize(("text", "project", "total"), POINTED_BACK, ids=[str(i) for i in range(len(POINTED_BACK))])
def test_this_project_points_back_to_its_total(text: str, project: str, total: int) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [d.projects for d in deals] == [[project]]
    assert [a.money.amount for a in deals[0].amounts if a.role == "total"] == [total]


# text → the one deal's project, investor and total: a firm's amount named right before the project (no 的 between)
# is that project's money, one deal with the firm as its investor.
FIRM_AMOUNT_PROJECT: list[tuple[str, str, str, int]] = [
    ("该县与东莞市台德实业集团投资10亿元年产1200万件电子产品生产项目成功签约。",
     "年产1200万件电子产品生产项目", "东莞市台德实业集团", 10 * Y),
    ("5月6日，该区与浙江吉利控股集团有限公司投资50亿元整车制造项目签约。", "整车制造项目", "浙江吉利控股集团有限公司", 50 * Y),
    ("浙江吉利控股集团有限公司投资50亿元年产30万辆整车制造项目落户西安。",
     "年产30万辆整车制造项目", "浙江吉利控股集团有限公司", 50 * Y),
    ("近日，我市与安徽海螺集团有限责任公司投资12亿元年产200万吨水泥熟料生产线项目正式签约。",
     "年产200万吨水泥熟料生产线项目", "安徽海螺集团有限责任公司", 12 * Y),
    ("昨天，宁乡经开区与湖南中联重科股份有限公司投资30亿元智能农机产业园项目签订投资协议。",
     "智能农机产业园项目", "湖南中联重科股份有限公司", 30 * Y),
    ("新疆中泰化学股份有限公司投资40亿元年产60万吨聚氯乙烯项目开工建设。",
     "年产60万吨聚氯乙烯项目", "新疆中泰化学股份有限公司", 40 * Y),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "project", "investor", "total"), FIRM_AMOUNT_PROJECT, ids=[str(i) for i in range(len(FIRM_AMOUNT_PROJECT))]
)
def test_a_firms_amount_before_its_project_is_one_deal(text: str, project: str, investor: str, total: int) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects, d.investors) for d in deals] == [([project], [investor])]
    assert [a.money.amount for a in deals[0].amounts if a.role == "total"] == [total]


# A photo's caption retelling a project the text tells is no deal of its own; one telling a project nowhere else is.
CAPTIONS: list[tuple[str, list[list[str]]]] = [
    ("6月12日,河北省开发区2023年第二次“三个一批”活动以现场会形式举行。沧州在黄骅经济开发区设分会场。\n图片\n"
     "为黄骅经济开发区华丰新材料科技有限公司年产2万吨碳化硅微粉项目培土奠基(王涛 摄)\n"
     "李明宣布沧州市开发区2023年第二次“开工一批”项目集中开工,并和与会领导一同为黄骅经济开发区华丰新材料科技有限公司"
     "年产2万吨碳化硅微粉项目培土奠基。该项目占地80亩,总投资2.6亿元。",
     [["黄骅经济开发区华丰新材料科技有限公司年产2万吨碳化硅微粉项目"]]),
    ("8月2日，株洲市举行重大项目集中开工仪式。市委书记宣布开工，并为株洲中车时代新材料风电叶片项目培土奠基。该项目总投资"
     "12亿元。\n今年以来，株洲市坚持项目为王。\n图片\n为株洲中车时代新材料风电叶片项目培土奠基（记者 刘洋 摄）",
     [["株洲中车时代新材料风电叶片项目"]]),
    ("图为南昌九龙湖医院项目开工现场\n4月10日，南昌九龙湖医院项目开工，总投资18亿元。", [["南昌九龙湖医院项目"]]),
    ("4月9日，南宁市举行集中开工活动。\n南宁国际会展中心改扩建工程开工现场(黄伟 摄)", [["南宁国际会展中心改扩建工程"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "projects"), CAPTIONS, ids=[str(i) for i in range(len(CAPTIONS))])
def test_a_caption_retelling_a_project_is_no_deal(text: str, projects: list[list[str]]) -> None:
    assert [d.projects for d in extract(text, reference_date="2023-12-20").deals] == projects


# A class of projects counted ("生态环保项目有18个，总投资120亿元") is an aggregate, no deal; a project whose clause
# goes on to a count of something else is one.
CLASSES_COUNTED: list[tuple[str, list[list[str]]]] = [
    ("綜合交通項目有56個,總投資達2215億元。", []),
    ("综合交通项目有56个，总投资达2215亿元。", []),
    ("生态环保项目有18个，总投资120亿元。", []),
    ("社会民生项目共有42个，总投资380亿元。", []),
    ("水利基础设施项目有12个，计划总投资90亿元。", []),
    ("先进制造业项目合计64个，总投资达1050亿元。", []),
    ("东方电气风电项目有3台机组，总投资5亿元。", [["东方电气风电项目"]]),
]


@pytest.mark.parametrize(("text", "projects"), CLASSES_COUNTED, ids=[str(i) for i in range(len(CLASSES_COUNTED))])
def test_a_class_of_projects_counted_is_no_deal(text: str, projects: list[list[str]]) -> None:
    assert [d.projects for d in extract(text, reference_date="2023-12-20").deals] == projects


# A project named as the yardstick of a comparison (与传统人造丝项目相比) is no deal.
COMPARED: list[tuple[str, list[list[str]]]] = [
    ("而在前不久，吉林化纤年产3.5万吨生物质新型人造丝项目一期开车投产。与传统人造丝项目相比，年产3.5万吨生物质新型人造丝"
     "项目实现了全流程自动化。", [["吉林化纤年产3.5万吨生物质新型人造丝项目"]]),
    ("与常规燃煤电厂项目相比，华能石岛湾核电项目年减排二氧化碳900万吨。", []),
    ("和传统造纸项目相比，太阳纸业生物质项目已建成投产。", [["太阳纸业生物质项目"]]),
    ("近日，我县与比亚迪新能源汽车零部件项目签约。", [["比亚迪新能源汽车零部件项目"]]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "projects"), COMPARED, ids=[str(i) for i in range(len(COMPARED))])
def test_a_project_compared_with_is_no_deal(text: str, projects: list[list[str]]) -> None:
    assert [d.projects for d in extract(text, reference_date="2023-12-20").deals] == projects
