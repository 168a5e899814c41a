"""Deal wordings written for classes that pages of every province and outlet use (not taken from pages):
amounts given one for one after 分别, stage words outlets use for works under way or done (封顶, 开业运营,
交付使用), and more. Read end to end (names by dims/project.py, deals by records/deals.py)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Y = 100_000_000  # 亿元

# sentence → the deals expected: projects (or investors), and the fields checked (total in yuan, stage, investors)
PROBES: list[tuple[str, list[dict[str, Any]]]] = [
    # amounts one for one after 分别, with no stage word: each project its own amount
    ("洛阳石化百万吨乙烯项目和中硅高科多晶硅项目总投资分别为260亿元和50亿元。",
     [{"projects": ["洛阳石化百万吨乙烯项目"], "total": 260 * Y, "stage": None},
      {"projects": ["中硅高科多晶硅项目"], "total": 50 * Y, "stage": None}]),
    ("乙烯项目、多晶硅项目投资额分别为30亿元、12.5亿元。",
     [{"projects": ["乙烯项目"], "total": 30 * Y}, {"projects": ["多晶硅项目"], "total": 1_250_000_000}]),
    # stage words for works under way or done
    ("总投资7亿元的商贸物流城项目开业运营。",
     [{"projects": ["商贸物流城项目"], "total": 7 * Y, "stage": "completed"}]),
    ("总投资3.6亿元的人民医院综合楼项目交付使用。",
     [{"projects": ["人民医院综合楼项目"], "total": 360_000_000, "stage": "completed"}]),
    ("总投资12亿元的会展中心项目主体结构封顶。",
     [{"projects": ["会展中心项目"], "total": 12 * Y, "stage": "started"}]),
    ("投资5亿元的垃圾焚烧发电项目已试运行。",
     [{"projects": ["垃圾焚烧发电项目"], "total": 5 * Y, "stage": "completed"}]),
    ("總投資8億元的國際陸港物流園項目正式運營。",
     [{"projects": ["國際陸港物流園項目"], "total": 8 * Y, "stage": "completed"}]),
    # an opening still to come is no stage reached (…将投产 is not completed)
    ("总投资2亿元的农贸市场项目将于年底开业。",
     [{"projects": ["农贸市场项目"], "total": 2 * Y, "stage": None}]),
    # a firm investing an amount with its modifier (約, 逾) and a time word before where it invests
    ("友達光電將在台中投資約300億元興建新廠。",
     [{"investors": ["友達光電"], "total": 300 * Y, "stage": "planned"}]),
    ("日月光投控今年在高雄投資約200億元擴建封測廠。", [{"investors": ["日月光投控"], "total": 200 * Y}]),
    ("大立光斥資約130億元擴建台中廠房。", [{"investors": ["大立光"], "total": 130 * Y}]),
    ("台積電將斥資新台幣3000億元在高雄興建先進製程晶圓廠。",
     [{"investors": ["台積電"], "total": 3000 * Y, "stage": "planned"}]),
    # named examples after a count of projects "…中，包括": the total is the group's (a metric)
    ("此次签约的16个项目中，包括智慧农业产业园项目、中药材深加工项目等，总投资58亿元。",
     [{"projects": ["智慧农业产业园项目"], "total": None, "stage": "signed"},
      {"projects": ["中药材深加工项目"], "total": None, "stage": "signed"}]),
    ("集中开工的20个项目当中，主要包括物流园区项目、汽车零部件项目，总投资60亿元。",
     [{"projects": ["物流园区项目"], "total": None, "stage": "started"},
      {"projects": ["汽车零部件项目"], "total": None, "stage": "started"}]),
    # a class noun in apposition before the firm is no part of its name
    ("新能源車企華馳汽車將投資約28億港元，在北部都會區建設其國際研發總部及智能製造中心。",
     [{"projects": ["國際研發總部及智能製造中心"], "investors": ["華馳汽車"], "stage": "planned"}]),
    ("台資企業正新橡膠今年在廈門投資10億元擴建廠房。", [{"investors": ["正新橡膠"], "total": 10 * Y}]),
    # a facility named right after the amount that builds it and told built or opened (no project head)
    ("总投资6.8亿元的大石门水库建成蓄水。", [{"projects": ["大石门水库"], "total": 680_000_000, "stage": "completed"}]),
    ("总投资15亿元的嘉鱼长江大桥正式通车。", [{"projects": ["嘉鱼长江大桥"], "total": 15 * Y, "stage": "completed"}]),
    ("总投资8亿元的县第一人民医院门诊综合楼投入使用。",
     [{"projects": ["县第一人民医院门诊综合楼"], "total": 8 * Y, "stage": "completed"}]),
    ("投资3亿元的城东实验学校建成招生。", [{"projects": ["城东实验学校"], "total": 3 * Y, "stage": "completed"}]),
    ("總投資20億元的龍源風電場建成併網。", [{"projects": ["龍源風電場"], "total": 20 * Y, "stage": "completed"}]),
    ("投资15亿元的中科曙光先进计算中心落户成都。",
     [{"projects": ["中科曙光先进计算中心"], "total": 15 * Y, "stage": "introduced"}]),
    # public works opening their clause, told built or opened right after (no project head, no amount)
    ("截至目前，重庆外语外事学院綦江校区四期校区全面投用。",
     [{"projects": ["重庆外语外事学院綦江校区四期校区"], "stage": "completed"}]),
    ("今年6月，郭隆750千伏變電站2號主變建成投運。", [{"projects": ["郭隆750千伏變電站2號主變"], "stage": "completed"}]),
    ("大石门水库建成蓄水，嘉鱼长江大桥顺利通车。",
     [{"projects": ["大石门水库"], "stage": "completed"}, {"projects": ["嘉鱼长江大桥"], "stage": "completed"}]),
    ("年初，城北污水处理厂正式开工。", [{"projects": ["城北污水处理厂"], "stage": "started"}]),
    ("截至目前，市第一人民医院新院区已完成投资8亿元，主体工程封顶。",
     [{"projects": ["市第一人民医院新院区"], "total": None, "stage": "started"}]),
    # a list whose count equals its names shares the amount a signing brings (合同引资, 投融资总额): one deal
    ("该县签约了纺织面料项目、线材加工项目和风电开发项目等3个项目，合同引资约16.2亿元。",
     [{"projects": ["纺织面料项目", "线材加工项目", "风电开发项目"], "total": 1_620_000_000, "stage": "signed"}]),
    ("当日，智能装备产业园项目、冷链物流园项目等两个项目成功签约，投融资总额12亿元。",
     [{"projects": ["智能装备产业园项目", "冷链物流园项目"], "total": 12 * Y, "stage": "signed"}]),
    # examples before a larger count after their class (等重大外资项目10个): the amount is the group's
    ("签约了海德国际医疗中心项目、奥特玛新工厂项目等重大外资项目10个，协议金额5.62亿美元。",
     [{"projects": ["海德国际医疗中心项目"], "total": None, "stage": "signed"},
      {"projects": ["奥特玛新工厂项目"], "total": None, "stage": "signed"}]),
    # an intention word inside the name of a body (投资促进局, 项目推进办) says nothing of the projects
    ("记者从市投资促进局获悉，总投资35亿元的新能源重卡项目日前签约落户经开区。",
     [{"projects": ["新能源重卡项目"], "total": 35 * Y, "stage": "introduced"}]),
    ("据市项目推进办介绍，投资5亿元的冷链物流园项目已开工。",
     [{"projects": ["冷链物流园项目"], "total": 5 * Y, "stage": "started"}]),
    ("要推进会展中心项目开工。", []),
    # a plan to put money into building is planned (not 计划投资 as the money's role of a signed project)
    ("该公司计划投资15亿元建设年产5万吨锂电材料项目。",
     [{"projects": ["年产5万吨锂电材料项目"], "total": 15 * Y, "stage": "planned"}]),
    ("海尔集团计划投资8亿元在当地建设智慧家电产业园项目。",
     [{"projects": ["智慧家电产业园项目"], "total": 8 * Y, "stage": "planned", "investors": ["海尔集团"]}]),
    ("新签约的通威高纯晶硅项目计划投资80亿元。", [{"projects": ["通威高纯晶硅项目"], "total": 80 * Y, "stage": "signed"}]),
    # an amount the projects after it exceed (投资10亿元以上的有A和B) is a threshold, not their money
    ("签约项目中，其中投资10亿元以上的有大唐风电项目和国电投光伏项目。",
     [{"projects": ["大唐风电项目"], "total": None, "stage": "signed"},
      {"projects": ["国电投光伏项目"], "total": None, "stage": "signed"}]),
    ("开工项目中，总投资5亿元以上的项目包括城东水厂项目、滨河绿道项目。",
     [{"projects": ["城东水厂项目"], "total": None, "stage": "started"},
      {"projects": ["滨河绿道项目"], "total": None, "stage": "started"}]),
    # an amount each project reaches (均在亿元以上) is each one's, also for examples of a counted group
    ("会上签约了光伏组件项目、储能电池项目，总投资均在10亿元以上。",
     [{"projects": ["光伏组件项目"], "total": 10 * Y, "stage": "signed"},
      {"projects": ["储能电池项目"], "total": 10 * Y, "stage": "signed"}]),
    ("其中机械生产线项目、花卉产业园项目等7个项目成功签约，单个项目投资额均在亿元以上。",
     [{"projects": ["机械生产线项目"], "total": Y, "stage": "signed", "project_count": None},
      {"projects": ["花卉产业园项目"], "total": Y, "stage": "signed", "project_count": None}]),
    # firms told as settling to come (即将落户, 有望签约) are no settled companies
    ("江蘇雨潤集團、揚子江藥業集團即將落戶拉薩。", []),
    ("华峰集团、恒逸石化等企业有望年内签约入驻。", []),
    ("今年以来，比亚迪、宁德时代、华为等企业相继落户我市。",
     [{"investors": [n], "stage": "introduced"} for n in ("比亚迪", "宁德时代", "华为")]),
    # a page printing its story twice tells one deal
    ("投资6亿元的光伏发电基地项目建成投产。\n（以下为原文）\n投资6亿元的光伏发电基地项目建成投产。",
     [{"projects": ["光伏发电基地项目"], "total": 6 * Y, "stage": "completed"}]),
    # the body figures come from (据/根据X) and a statistic it reports (民间投资…) are no investor's money
    ("根據工業局所掌握首季民間投資50億元以上大型投資案共10件。", []),
    ("据市发改委统计，全市民间投资120亿元。", []),
    ("據經濟部統計，台積電今年投資3000億元。", [{"investors": ["台積電"], "total": 3000 * Y}]),
    # a forecast (今年可全部竣工) is no stage reached
    ("跨境公路大桥项目于5月31日完成合龙，今年可全部竣工。", []),
    ("总投资9亿元的跨境公路大桥项目今年可全部竣工。", [{"projects": ["跨境公路大桥项目"], "total": 9 * Y, "stage": None}]),
    # where and when between the name and its stage word are no part of the name
    ("总投资9亿元的智慧物流园在临沂开工。", [{"projects": ["智慧物流园"], "total": 9 * Y, "stage": "started"}]),
    ("深中通道于6月30日正式通车，总投资约446.9亿元。",
     [{"projects": ["深中通道"], "total": 44_690_000_000, "stage": "completed"}]),
    # an amount before each name stays that project's, also for the last before a larger count
    ("其中，总投资50亿元的锂电池正极材料项目、总投资30亿元的稀土永磁电机项目等12个项目投资超过10亿元。",
     [{"projects": ["锂电池正极材料项目"], "total": 50 * Y}, {"projects": ["稀土永磁电机项目"], "total": 30 * Y}]),
    ("总投资12亿元的智能装备项目等5个项目集中签约，总投资50亿元。",
     [{"projects": ["智能装备项目"], "total": 12 * Y, "stage": "signed", "project_count": None}]),
    # a count of projects landed somewhere heads the list of them (after the source of the news too)
    ("澳门特区政府经济及科技发展局表示，今年首季共有15个投资项目落户横琴，包括澳门科技大学医院横琴分院项目、澳门大学科技园项目等。",
     [{"projects": ["澳门科技大学医院横琴分院项目"], "stage": "introduced"},
      {"projects": ["澳门大学科技园项目"], "stage": "introduced"}]),
    ("据介绍，共有15个项目入驻园区，其中包括智能装备产业园项目、新材料研发中心项目等。",
     [{"projects": ["智能装备产业园项目"], "stage": "introduced"},
      {"projects": ["新材料研发中心项目"], "stage": "introduced"}]),
]  # fmt: skip

# Amounts before words that are no facility's name: a batch, a count, a firm (no project, so no deal of one).
NOT_NAMED_AFTER_AMOUNT = [
    "总投资50亿元的一批项目开工。",
    "总投资50亿元的3个项目开工建设。",
    "投资10亿元的比亚迪公司落户。",
    "总投资12亿元的重点项目竣工。",
    "全市3座水库建成蓄水。",
    "该电站已建成投产。",
    "今年以来，一批学校建成投用。",
    "该项目主体工程封顶。",
    "招商大使及项目签约双方代表参加了活动。",
]


@pytest.mark.parametrize("text", NOT_NAMED_AFTER_AMOUNT, ids=[str(i) for i in range(len(NOT_NAMED_AFTER_AMOUNT))])
def test_no_name_after_an_amount(text: str) -> None:
    result = extract(text, reference_date="2023-12-20")
    assert [m.text for m in result.mentions if m.type == "project"] == []


def _total(deal: Any) -> int | None:
    return next((a.money.amount for a in deal.amounts if a.role == "total"), None)


def _deal_with(deals: list[Any], want: dict[str, Any]) -> Any:
    if "projects" in want:
        found = [d for d in deals if d.projects == want["projects"]]
    else:
        found = [d for d in deals if not d.projects and d.investors == want["investors"]]
    assert found, f"{want} not among {[(d.projects, d.investors) for d in deals]}"
    return found[0]


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_probe_deals(text: str, expected: list[dict[str, Any]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert len(deals) == len(expected), [(d.projects, d.investors) for d in deals]
    for want in expected:
        deal = _deal_with(deals, want)
        for field, value in want.items():
            got = _total(deal) if field == "total" else getattr(deal, field)
            assert got == value, f"{field}: {got!r} != {value!r} in {text}"
