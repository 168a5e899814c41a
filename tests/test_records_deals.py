"""Deal records read from sentences whose mentions are marked by hand (see test_records_metrics.py)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import models
from dsz_extract.records import assemble
from test_records_metrics import doc_from_markup, gold_scores


def deals_of(markup: str, **kwargs: Any) -> list[models.Deal]:
    deals, _, _ = assemble(doc_from_markup(markup, **kwargs))
    return deals


def amounts(deal: models.Deal) -> list[tuple[Any, ...]]:
    return [(a.role, a.money.amount, a.money.currency, *((a.phase,) if a.phase else ())) for a in deal.amounts]


def check(deal: models.Deal, expected: dict[str, Any]) -> None:
    for field, want in expected.items():
        got = amounts(deal) if field == "amounts" else getattr(deal, field)
        assert got == want, f"{field}: {got!r} != {want!r} in {deal.evidence.text!r}"


DEALS = [
    (
        # named examples of a larger group signed at an event: one deal each with what the event gives;
        # the count, total and foreign amounts are the group's (a metric), not the two projects'
        "在[2023中国（安徽）科交会|event:]上，[合肥市|place:]现场签约[比亚迪合肥基地二期项目|project:]、"
        "[蔚来第二先进制造基地|project:]等[5个|count:5 个]重大项目，总投资[520亿元|money:52000000000 CNY]，"
        "其中合同外资[3.2亿美元|money:320000000 USD]。",
        [{"projects": ["比亚迪合肥基地二期项目"], "project_count": None, "stage": "signed",
          "event": "2023中国（安徽）科交会", "place": "合肥市", "amounts": []},
         {"projects": ["蔚来第二先进制造基地"], "project_count": None, "stage": "signed",
          "event": "2023中国（安徽）科交会", "place": "合肥市", "amounts": []}],
    ),
    (
        # each project with its own amount before it is its own deal; the landing place comes after
        "[一季度|date:2023-Q1]，投资[60亿元|money:6000000000 CNY]的[吉利新能源汽车零部件项目|project:]、"
        "投资[12亿元|money:1200000000 CNY]的[宁德时代储能电池项目|project:]等一批项目落户[宜宾市|place:]。",
        [{"projects": ["吉利新能源汽车零部件项目"], "amounts": [("total", 6000000000, "CNY")], "stage": "introduced",
          "place": "宜宾市", "date": "2023-Q1"},
         {"projects": ["宁德时代储能电池项目"], "amounts": [("total", 1200000000, "CNY")], "stage": "introduced",
          "place": "宜宾市", "date": "2023-Q1"}],
    ),
    (
        # the date of the stage; the most specific of the places written together
        "[8月18日|date:2023-08-18]，总投资[50亿元|money:5000000000 CNY]的[奇瑞汽车零部件产业园项目|project:]在"
        "[芜湖市|place:][鸠江区|place:鸠江区,county]开工建设。",
        [{"projects": ["奇瑞汽车零部件产业园项目"], "stage": "started", "date": "2023-08-18", "place": "鸠江区",
          "amounts": [("total", 5000000000, "CNY")]}],
    ),
    (
        # the stage a dated sentence reports; "将投资…在宜宾建设" is the investor and the landing place
        "[8月28日|date:2023-08-28]，[宜宾市|place:]与[宁德时代新能源科技股份有限公司|org:宁德时代新能源科技股份有限公司,company]"
        "签署战略合作协议，[宁德时代|org:宁德时代,company]将投资[100亿元|money:10000000000 CNY]在[宜宾|place:宜宾市]建设"
        "[动力电池五期项目|project:]。",
        [{"projects": ["动力电池五期项目"], "investors": ["宁德时代"], "stage": "signed", "date": "2023-08-28",
          "place": "宜宾市", "amounts": [("total", 10000000000, "CNY")]}],
    ),
    (
        # the date of the furthest stage reached; a stage still expected does not count
        "[今年|date:2023]，[肥东县|place:肥东县,county]引进总投资[120亿元|money:12000000000 CNY]的"
        "[国轩高科储能电池项目|project:]，项目已于[8月|date:2023-08]开工建设，预计[明年6月|date:2024-06]建成投产。",
        [{"projects": ["国轩高科储能电池项目"], "stage": "started", "date": "2023-08", "place": "肥东县"}],
    ),
    (
        # "其中，…" after a dated signing ceremony: the projects of that day
        "[11月8日|date:2023-11-08]，[常州市|place:]举行重大项目集中签约仪式，共签约项目[32个|count:32 个]。其中，总投资"
        "[120亿元|money:12000000000 CNY]的[中创新航动力电池项目|project:]落户[金坛区|place:金坛区,county]。",
        [{"projects": ["中创新航动力电池项目"], "stage": "introduced", "date": "2023-11-08", "place": "金坛区",
          "amounts": [("total", 12000000000, "CNY")]}],
    ),
    (
        # an investor the text names as the one who invests and builds
        "[今年|date:2023]，[滨州市|place:]成功引进[华润集团|org:华润集团,group]投资建设的[华润电力风电项目|project:]。",
        [{"projects": ["华润电力风电项目"], "investors": ["华润集团"], "stage": "introduced", "date": "2023",
          "place": "滨州市"}],
    ),
    (
        # a partner that invests with the place
        "[淄博市|place:]与[中国石化集团|org:中国石化集团,group]合作，投资[120亿元|money:12000000000 CNY]实施"
        "[50万吨乙烯项目|project:]，项目现已落地。",
        [{"projects": ["50万吨乙烯项目"], "investors": ["中国石化集团"], "stage": "introduced", "place": "淄博市",
          "amounts": [("total", 12000000000, "CNY")]}],
    ),
    (
        # a partner that does not invest ("与X合作，引进…") is no investor
        "与[西门子|org:西门子,company]合作，引进[智能制造创新中心项目|project:]。",
        [{"projects": ["智能制造创新中心项目"], "investors": [], "stage": "introduced"}],
    ),
    (
        # the same project in two sentences is one deal: builders from the first, phase and progress from the second
        "[城市大脑|project:]由[阿里云|org:阿里云,company]、[浙大网新|org:浙大网新,company]联合建设。"
        "[城市大脑|project:]一期，投资[3亿元|money:300000000 CNY]，[3月1日|date:2023-03-01]开工，"
        "[6月30日|date:2023-06-30]建成投用，目前已完成投资[2.8亿元|money:280000000 CNY]。",
        [{"projects": ["城市大脑"], "investors": ["阿里云", "浙大网新"], "stage": "completed", "date": "2023-06-30",
          "amounts": [("phase", 300000000, "CNY", 1), ("completed", 280000000, "CNY")]}],
    ),
    (
        # total and phase amounts after the project; the furthest stage and its date
        "[春节前|date:2023-01-22]新引进的[新丝路医疗装备制造基地|project:]，项目总投资[33亿元|money:3300000000 CNY]，"
        "一期投资[10亿元|money:1000000000 CNY]，[2月7日|date:2023-02-07]签约，[2月8日|date:2023-02-08]进场施工。",
        [{"projects": ["新丝路医疗装备制造基地"], "stage": "started", "date": "2023-02-08",
          "amounts": [("total", 3300000000, "CNY"), ("phase", 1000000000, "CNY", 1)]}],
    ),
    (
        # an investor putting in money without a named project; the stage from the sentence before
        "双方达成合作协议。[正泰集团|org:正泰集团,group]注资[5亿元|money:500000000 CNY]，控股该公司。",
        [{"projects": [], "investors": ["正泰集团"], "stage": "signed", "amounts": [("total", 500000000, "CNY")]}],
    ),
    (
        # a plan word reaches the projects of its clause
        "[今年|date:2023]，[全区|place:江北新区,zone,anaphor]谋划储备了[数字经济产业园|project:]、"
        "[智能装备产业园|project:]等一批项目。",
        [{"projects": ["数字经济产业园"], "stage": "planned", "place": "江北新区"},
         {"projects": ["智能装备产业园"], "stage": "planned", "place": "江北新区"}],
    ),
    (
        # "比如，…" takes the stage of the sentence it illustrates
        "[全县|place:郯城县,county,anaphor]谋划了一批产业综合体项目。比如，总投资[30亿元|money:3000000000 CNY]的"
        "[鲁南农商文旅综合体|project:]，建成后将带动乡村产业发展。",
        [{"projects": ["鲁南农商文旅综合体"], "stage": "planned", "amounts": [("total", 3000000000, "CNY")]}],
    ),
    (
        # traditional characters
        "總投資[20億元|money:2000000000 CNY]的[鴻海電動車零組件項目|project:鸿海电动车零组件项目]正式簽約落戶[南京市|place:]。",
        [{"projects": ["鸿海电动车零组件项目"], "stage": "introduced", "place": "南京市",
          "amounts": [("total", 2000000000, "CNY")]}],
    ),
    (
        # signed but not yet landed
        "[万华化学新材料项目|project:]已经签约，目前尚未落地。",
        [{"projects": ["万华化学新材料项目"], "stage": "signed"}],
    ),
    (
        # a group with an amount and as many projects as it names, but no stage word, is still a deal
        "重点抓好[天圆铜带|project:]、[俊富防护材料|project:]等总投资[19.2亿元|money:1920000000 CNY]的"
        "[2个|count:2 个]技改项目。",
        [{"projects": ["天圆铜带", "俊富防护材料"], "project_count": 2, "stage": None,
          "amounts": [("total", 1920000000, "CNY")]}],
    ),
    (
        # a park that brings in the projects after it is their place
        "[光电产业园|project:]新引进了[京东方模组项目|project:]、[维信诺显示项目|project:]。",
        [{"projects": ["京东方模组项目"], "stage": "introduced", "place": "光电产业园"},
         {"projects": ["维信诺显示项目"], "stage": "introduced", "place": "光电产业园"}],
    ),
    (
        # "A投入运营，B顺利推进": each group reads the stage of its own clauses
        "[希尔顿酒店|project:]、[文创小镇|project:]等重点工程投入运营，[国际金融中心|project:]等项目顺利推进。",
        [{"projects": ["希尔顿酒店"], "stage": "completed"}, {"projects": ["文创小镇"], "stage": "completed"}],
    ),
    (
        # an investor announcing more money for a named project: one deal, no stage word
        "[9月12日|date:2023-09-12]，[德国巴斯夫集团|org:德国巴斯夫集团,company]宣布追加投资[3亿欧元|money:300000000 EUR]，"
        "扩建[湛江一体化基地二期项目|project:]。",
        [{"projects": ["湛江一体化基地二期项目"], "investors": ["德国巴斯夫集团"], "stage": None, "date": "2023-09-12",
          "amounts": [("total", 300000000, "EUR")]}],
    ),
    (
        # an investor without a named project builds where "於…" says; "此外" takes no stage from before
        "[台南科學園區|place:台南科学园区,zone]已有多家廠商進駐。此外，[日商住友化學|org:日商住友化学,company]"
        "[去年10月|date:2022-10]宣布投資約[新臺幣120億元|money:12000000000 TWD]，於[高雄市|place:高雄市,city]興建新廠。",
        [{"projects": [], "investors": ["日商住友化学"], "stage": None, "date": "2022-10", "place": "高雄市",
          "amounts": [("total", 12000000000, "TWD")]}],
    ),
    (
        # organisations listed with their number settle in a park and invest together
        "[临港新片区|place:临港新片区,zone]已吸引[特斯拉|org:特斯拉,company]、[宁德时代|org:宁德时代,company]等"
        "[40家|count:40 家]上下游企业进驻，合计投资超过[800亿元|money:80000000000 CNY over]。",
        [{"projects": [], "investors": ["特斯拉", "宁德时代"], "project_count": 40, "stage": "introduced",
          "place": "临港新片区", "amounts": [("total", 80000000000, "CNY")]}],
    ),
    (
        # "A、B分别签约了X和Y": the places pair up with the projects
        "[昆山市|place:昆山市,county]、[太仓市|place:太仓市,county]分别签约了总投资[50亿元|money:5000000000 CNY]的"
        "[光伏组件项目|project:]和总投资[12亿元|money:1200000000 CNY]的[精密轴承项目|project:]。",
        [{"projects": ["光伏组件项目"], "place": "昆山市", "stage": "signed"},
         {"projects": ["精密轴承项目"], "place": "太仓市", "stage": "signed"}],
    ),
    (
        # a project with its money whose stage is only intended ("推动…年内开工") is planned, and undated
        "[今年|date:2024]，[襄阳市|place:]将推动总投资[60亿元|money:6000000000 CNY]的[比亚迪储能电池项目|project:]年内开工。",
        [{"projects": ["比亚迪储能电池项目"], "stage": "planned", "date": None}],
    ),
    (
        # a deal its sentence does not date takes the year its paragraph speaks of
        "[过去一年|date:2022]，[全市|place:绵阳市,city,anaphor]招商成效明显。全年引进项目[58个|count:58 个]。"
        "总投资[18亿元|money:1800000000 CNY]的[长虹智能制造基地|project:]建成投产。",
        [{"projects": ["长虹智能制造基地"], "stage": "completed", "date": "2022"}],
    ),
    (
        # "其中，A…；B…": every part of the list takes the signing before it; each investor's money is its own
        "[5月18日|date:2023-05-18]，[廈門市|place:厦门市]舉行重大項目集中簽約儀式，共簽約項目[26個|count:26 个]。"
        "其中，[宸鴻科技|org:宸鸿科技,company]投資[50億元|money:5000000000 CNY]建設[觸控面板新廠|project:触控面板新厂]；"
        "[冠捷科技|org:冠捷科技,company]追加投資[8億元|money:800000000 CNY]，擴建[顯示器生產基地|project:显示器生产基地]。",
        [{"projects": ["触控面板新厂"], "investors": ["宸鸿科技"], "stage": "signed", "date": "2023-05-18",
          "amounts": [("total", 5000000000, "CNY")]},
         {"projects": ["显示器生产基地"], "investors": ["冠捷科技"], "stage": "signed", "date": "2023-05-18",
          "amounts": [("total", 800000000, "CNY")]}],
    ),
    (
        # "X公司投资N亿元的Y项目", listed: each investor's money builds the project after its 的
        "此次签约项目包括[江苏恒泰有限公司|org:江苏恒泰有限公司,company]投资[2.5亿元|money:250000000 CNY]的"
        "[精密铸件项目|project:]、[浙江远达科技有限公司|org:浙江远达科技有限公司,company]投资[1亿元|money:100000000 CNY]的"
        "[智能仓储项目|project:]。",
        [{"projects": ["精密铸件项目"], "investors": ["江苏恒泰有限公司"], "stage": "signed",
          "amounts": [("total", 250000000, "CNY")]},
         {"projects": ["智能仓储项目"], "investors": ["浙江远达科技有限公司"], "stage": "signed",
          "amounts": [("total", 100000000, "CNY")]}],
    ),
    (
        # a county signing with a company: the company invests; "投资方为X" names the investor outright
        "[商南县|place:商南县,county]与[西安晶鑫光伏科技有限公司|org:西安晶鑫光伏科技有限公司,company]签订的"
        "[硅材料产业园项目|project:]合同书，总投资[18亿元|money:1800000000 CNY]。"
        "[无人机研发基地项目|project:]签约额[3亿元|money:300000000 CNY]，投资方为[深圳飞翼科技公司|org:深圳飞翼科技公司,company]。",
        [{"projects": ["硅材料产业园项目"], "investors": ["西安晶鑫光伏科技有限公司"], "stage": "signed"},
         {"projects": ["无人机研发基地项目"], "investors": ["深圳飞翼科技公司"], "stage": "signed"}],
    ),
    (
        # a list of projects and as many amounts after 分别: one deal each, with its amount
        "[6月30日|date:2018-06-30]，[凤凰旅游区项目|project:]、[生态智慧新城项目|project:]签约，投资额分别为"
        "[300亿元|money:30000000000 CNY]、[700亿元|money:70000000000 CNY]。",
        [{"projects": ["凤凰旅游区项目"], "stage": "signed", "amounts": [("total", 30000000000, "CNY")]},
         {"projects": ["生态智慧新城项目"], "stage": "signed", "amounts": [("total", 70000000000, "CNY")]}],
    ),
    (
        # "A和B两大项目投资均超过300亿元": the amount is each project's
        "现场签约的[空港科技城|project:]和[临空产业园|project:]两大项目投资均[超过300亿元|money:30000000000 CNY over]。",
        [{"projects": ["空港科技城"], "stage": "signed", "amounts": [("total", 30000000000, "CNY")]},
         {"projects": ["临空产业园"], "stage": "signed", "amounts": [("total", 30000000000, "CNY")]}],
    ),
    (
        # an investment statistic of the place after the projects is no project's amount
        "[龙湖电子产业基地|project:]等一批项目建成投产，全年完成固定资产投资[682.6亿元|money:68260000000 CNY]。",
        [{"projects": ["龙湖电子产业基地"], "stage": "completed", "amounts": []}],
    ),
    (
        # institutes listed after a landing verb settle too, one deal each
        "[今年|date:2024]，落地[先进制造技术研究院|org:先进制造技术研究院,research]、"
        "[集成电路研究院|org:集成电路研究院,research]等大院大所[5家|count:5 家]。",
        [{"projects": [], "investors": ["先进制造技术研究院"], "stage": "introduced"},
         {"projects": [], "investors": ["集成电路研究院"], "stage": "introduced"}],
    ),
    (
        # 启动建设 starts a project
        "[一季度|date:2023-Q1]，启动建设[智能网联汽车测试基地项目|project:]。",
        [{"projects": ["智能网联汽车测试基地项目"], "stage": "started"}],
    ),
    (
        # companies listed as having settled: one deal each, without project or amount
        "[今年|date:2024]，[比亚迪|org:比亚迪,company]、[宁德时代|org:宁德时代,company]等一批龙头企业相继落户。",
        [{"projects": [], "investors": ["比亚迪"], "stage": "introduced", "amounts": []},
         {"projects": [], "investors": ["宁德时代"], "stage": "introduced", "amounts": []}],
    ),
    (
        # a project of a list whose amount was each project's, given its own amount later: that one is its own
        "[7月15日|date:2018-07-15]，[孝感市|place:]举行二季度招商项目集中签约仪式，现场签约的[佳兆业空港科技城|project:]和"
        "[汉孝临空产业园|project:]两大项目投资均[超过300亿元|money:30000000000 CNY over]。其中，"
        "[佳兆业空港科技城|project:]总投资[500亿元|money:50000000000 CNY]。",
        [{"projects": ["佳兆业空港科技城"], "amounts": [("total", 50000000000, "CNY")], "stage": "signed"},
         {"projects": ["汉孝临空产业园"], "amounts": [("total", 30000000000, "CNY")], "stage": "signed"}],
    ),
    (
        # a list after a head that names its stage, items in clauses of their own: each takes the head's stage
        "今年计划竣工项目包括：[门头沟区学前教育第一批工程|project:]，[石景山区第三幼儿园|project:]，"
        "[良乡体育中心一期|project:]等。",
        [{"projects": ["门头沟区学前教育第一批工程"], "stage": "planned"},
         {"projects": ["石景山区第三幼儿园"], "stage": "planned"},
         {"projects": ["良乡体育中心一期"], "stage": "planned"}],
    ),
    (
        "[今年|date:2024]新开工项目有[智能网联汽车测试基地项目|project:]、[生物医药产业园项目|project:]。",
        [{"projects": ["智能网联汽车测试基地项目"], "stage": "started"},
         {"projects": ["生物医药产业园项目"], "stage": "started"}],
    ),
    (
        # examples of a batch just told, opening the next sentence: the batch's stage
        "[去年|date:2012]，一批重大项目重点突破、成功落地。[富士康|project:]、[一汽大众|project:]、[联想|project:]等项目"
        "净增工业总产值[655亿元|money:65500000000 CNY]。",
        [{"projects": ["富士康"], "stage": "introduced"}, {"projects": ["一汽大众"], "stage": "introduced"},
         {"projects": ["联想"], "stage": "introduced"}],
    ),
    (
        # examples of a batch (等一批) with the batch's total after them: one deal each, the total is the batch's
        "[电科云大数据中心建设项目|project:]、[桂林云计算5G示范基地|project:]等一批数字经济重大项目达成签约合作，"
        "总投资[245亿元|money:24500000000 CNY]。",
        [{"projects": ["电科云大数据中心建设项目"], "stage": "signed", "amounts": []},
         {"projects": ["桂林云计算5G示范基地"], "stage": "signed", "amounts": []}],
    ),
    (
        # a project named again in short, with nothing new, is no second deal
        "[9月1日|date:2023-09-01]，[中电建集团|org:中电建集团,group]投资[25亿元|money:2500000000 CNY]的"
        "[汉江源生态治理及开发建设项目|project:]成功签约。县领导与[中电建汉江源|project:]项目代表签约。",
        [{"projects": ["汉江源生态治理及开发建设项目"], "investors": ["中电建集团"], "stage": "signed"}],
    ),
    (
        # what the clause goes on to say the project will build is a part of it, no deal of its own
        "[商南县|place:商南县,county]与[西安晶鑫光伏科技有限公司|org:西安晶鑫光伏科技有限公司,company]签订的"
        "[硅科技产业园项目|project:]合同书，总投资[18亿元|money:1800000000 CNY]，项目将购置生产设备，"
        "建设[年产3000吨太阳能级多晶硅生产线|project:]。",
        [{"projects": ["硅科技产业园项目"], "investors": ["西安晶鑫光伏科技有限公司"], "stage": "signed"}],
    ),
    (
        # companies listed as signing with the place, naming no project: one signed deal each
        "签约仪式上，[合肥国轩|org:合肥国轩,company]、[中国南山|org:中国南山,group]等十余家企业与[该县|place:利津县,county,anaphor]"
        "共签约项目[15个|count:15 个]，总投资额[172.55亿元|money:17255000000 CNY]。",
        [{"projects": [], "investors": ["合肥国轩"], "stage": "signed", "amounts": []},
         {"projects": [], "investors": ["中国南山"], "stage": "signed", "amounts": []}],
    ),
    (
        # ... the signing further on ("共6个重点企业项目进行了现场集中签约")
        "签约仪式上，[东莞普航电子|org:东莞普航电子,company]、[上海曼雅电器|org:上海曼雅电器,company]共[6个|count:6 个]"
        "重点企业项目进行了现场集中签约。",
        [{"projects": [], "investors": ["东莞普航电子"], "stage": "signed"},
         {"projects": [], "investors": ["上海曼雅电器"], "stage": "signed"}],
    ),
    (
        # ... the signing told in the clause before, the firms in a clause of their own ("，涉及A、B等…企业的12个项目")
        "[27日|date:2024-06-27]举行外资大项目集中签约仪式，涉及[通用汽车|org:通用汽车,company]、[乐高|org:乐高,company]、"
        "[华硕|org:华硕,company]等知名外资企业的[12个|count:12 个]项目共计投资[232亿元|money:23200000000 CNY]。",
        [{"projects": [], "investors": ["通用汽车"], "stage": "signed", "amounts": []},
         {"projects": [], "investors": ["乐高"], "stage": "signed", "amounts": []},
         {"projects": [], "investors": ["华硕"], "stage": "signed", "amounts": []}],
    ),
    (
        # ... or the landing ("引进项目20个，包括A、B等企业")
        "[今年|date:2024]新引进项目[20个|count:20 个]，包括[比亚迪|org:比亚迪,company]、[宁德时代|org:宁德时代,company]等龙头企业。",
        [{"projects": [], "investors": ["比亚迪"], "stage": "introduced"},
         {"projects": [], "investors": ["宁德时代"], "stage": "introduced"}],
    ),
    (
        # ... but firms the clause before tells no signing or landing of are no deals
        "[今年|date:2024]举办产业对接会，涉及[比亚迪|org:比亚迪,company]、[宁德时代|org:宁德时代,company]等龙头企业。",
        [],
    ),
    (
        # a list item's amount may stand right before its name without 的: that item's, not the one before
        "投资[1.4亿美元|money:140000000 USD]的[鹤岗太阳能发电|project:]、投资[7100万美元|money:71000000 USD]"
        "[港策商务信息咨询|project:]等一批重大招商项目签约落地。",
        [{"projects": ["鹤岗太阳能发电"], "amounts": [("total", 140000000, "USD")]},
         {"projects": ["港策商务信息咨询"], "amounts": [("total", 71000000, "USD")]}],
    ),
    (
        # each item of a list tells its own investor and landing place before its project (X在Y投资…的Z项目)
        "[香港威昂发展有限公司|org:香港威昂发展有限公司,company]在[九江经开区|place:九江经济技术开发区,zone]投资"
        "[1亿美元|money:100000000 USD]的[家电生产项目|project:]、[上海维投投资发展有限公司|org:上海维投投资发展有限公司,company]"
        "在[南昌红谷滩新区|place:红谷滩新区,zone]投资[50亿元|money:5000000000 CNY]的[商业综合体项目|project:]签约。",
        [{"projects": ["家电生产项目"], "investors": ["香港威昂发展有限公司"], "place": "九江经济技术开发区",
          "amounts": [("total", 100000000, "USD")], "stage": "signed"},
         {"projects": ["商业综合体项目"], "investors": ["上海维投投资发展有限公司"], "place": "红谷滩新区",
          "amounts": [("total", 5000000000, "CNY")], "stage": "signed"}],
    ),
    (
        # under construction (正在加快建设) is started; the verb is no part of the first name
        "今年，该县正在加快建设[恒丰建材|project:]、[双成建材|project:]等[20个|count:20 个]工业项目。",
        [{"projects": ["恒丰建材"], "stage": "started"}, {"projects": ["双成建材"], "stage": "started"}],
    ),
    (
        # a list counted in a class of projects brought in (招商引资重点项目) names introduced projects ...
        "督查组对[桃山综合物流园|project:]、[新希望牧业万头奶牛场|project:]等[82个|count:82 个]招商引资重点项目进行调研。",
        [{"projects": ["桃山综合物流园"], "stage": "introduced"}, {"projects": ["新希望牧业万头奶牛场"], "stage": "introduced"}],
    ),
    (
        # ... unless the sentence tells their stage ("分别签约进入…")
        "[湖北中创医疗项目|project:]、[洪晨再生资源总部经济项目|project:]等[10个|count:10 个]招商引资项目分别签约进入新滩经合区。",
        [{"projects": ["湖北中创医疗项目"], "stage": "signed"}, {"projects": ["洪晨再生资源总部经济项目"], "stage": "signed"}],
    ),
    (
        # equipment a project brings in (引进高端设备) is no project brought in: the ceremony's stage stays
        "项目签约仪式举行。其中，[锦丰科技项目|project:]将投资[48亿元|money:4800000000 CNY]，引进高端设备。",
        [{"projects": ["锦丰科技项目"], "stage": "signed", "amounts": [("total", 4800000000, "CNY")]}],
    ),
    (
        # examples opening their sentence take no stage from the one before when told as under way (加快推进)
        "[云桂铁路|project:]等项目投入使用；[大藤峡水利枢纽|project:]、[南宁万达茂|project:]等项目加快推进。",
        [{"projects": ["云桂铁路"], "stage": "completed"}],
    ),
    (
        # 开复工 is the started stage
        "[格尔木工业园宏储源光伏储能|project:]、[青海嘉诺钾资源产品精深加工|project:]等[4个|count:4 个]项目已开复工建设。",
        [{"projects": ["格尔木工业园宏储源光伏储能"], "stage": "started"},
         {"projects": ["青海嘉诺钾资源产品精深加工"], "stage": "started"}],
    ),
    (
        # the total of a counted class after a named project is the class's, not the project's
        "随着[黄土坡隧道工程|project:]的奠基，总投资达[71.73亿元|money:7173000000 CNY]的[48个|count:48 个]重点建设项目集中开工。",
        [{"projects": ["黄土坡隧道工程"], "stage": "started", "amounts": []}],
    ),
    (
        # names before a larger count with its total: one deal each, the total is the group's
        "[烟叶复烤仓储设施|project:]、[东晓生物高品质氨基酸|project:]等[46个|count:46 个]总投资[389亿元|money:38900000000 CNY]"
        "的重点项目集中开工。",
        [{"projects": ["烟叶复烤仓储设施"], "stage": "started", "amounts": []},
         {"projects": ["东晓生物高品质氨基酸"], "stage": "started", "amounts": []}],
    ),
    (
        # the companies a signing lists after 签约的企业有: one signed deal each
        "参加本届菌交会投资项目签约的企业有[果岭工业园区开发有限公司|org:果岭工业园区开发有限公司,company]、"
        "[云南恒华食品有限公司|org:云南恒华食品有限公司,company]等[17家|count:17 家]企业。",
        [{"projects": [], "investors": ["果岭工业园区开发有限公司"], "stage": "signed"},
         {"projects": [], "investors": ["云南恒华食品有限公司"], "stage": "signed"}],
    ),
    (
        # an owner told right before one project of a list is that project's investor, none of the others'
        "签约仪式上，[佳明汇讯有限公司|org:佳明汇讯有限公司,company]的[数据中心项目|project:]、由"
        "[厦门弘信电子科技有限公司|org:厦门弘信电子科技有限公司,company]投资建设的[弘都电子科技园项目|project:]和"
        "[香港卫视国际传媒集团|org:香港卫视国际传媒集团,group]与[青秀区|place:青秀区,county]共同打造的"
        "[香港卫视文化产业项目|project:]等多个项目签约。",
        [{"projects": ["数据中心项目"], "investors": ["佳明汇讯有限公司"]},
         {"projects": ["弘都电子科技园项目"], "investors": ["厦门弘信电子科技有限公司"]},
         {"projects": ["香港卫视文化产业项目"], "investors": ["香港卫视国际传媒集团"]}],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), DEALS, ids=[str(i) for i in range(len(DEALS))])
def test_deals(markup: str, expected: list[dict[str, Any]]) -> None:
    deals = deals_of(markup, subject="东营市,city")
    assert len(deals) == len(expected), [d.projects for d in deals]
    for deal, want in zip(deals, expected, strict=True):
        check(deal, want)


NO_DEAL = [
    # the project where a ceremony is held is its venue, no deal of its own
    "集中开工仪式在[年产3500吨果蔬保鲜剂项目|project:]现场举行。",
    "签约活动在[法麦克斯三期项目|project:]施工现场隆重举行。",
    # a body that signed a count of projects and their sum: an aggregate (a metric), nobody's investment
    "[新疆兵团第六师|org:新疆兵团第六师,government]集中签约[37个|count:37 个]招商引资项目，计划投资[380.1亿元|money:38010000000 CNY]。",
    # companies met as partners are no deals
    "与[华为|org:华为,company]、[腾讯|org:腾讯,company]等企业开展合作。",
    # companies signing before the list (a partnership, not investments) are no deals either
    "与[华为|org:华为,company]、[腾讯|org:腾讯,company]签订战略合作协议。",
    # a park followed by the number of projects it signed: the place of an aggregate
    "其中：[临港产业园|project:]签约项目[5个|count:5 个]，总投资[22.6亿元|money:2260000000 CNY]等。",
    # intended, not reached
    "[二期项目|project:]将于年底前建成投产。",
    "加快推进[华为云数据中心|project:]建设。",
    "争取[山东产研院东营分院|project:]落户我区。",
    "重点推动[国瓷陶瓷电容器项目|project:]早日投产达效。",
    "重点推动国瓷加快[新型陶瓷墨水扩产|project:]等重点项目建设，建成国内一流的功能陶瓷材料产业基地。",
    # a project named without any stage or amount
    "[鲁西国际小微企业创业园|project:]是全区的双招双引重点项目。",
    # "建成区" is the built-up area, not a stage
    "实施[小涓河景观提升工程|project:]，建成区公共绿化总面积达到421万平方米。",
    # a stage word before the project's clause about something else
    "围绕招引新动能项目，创新运转模式，规划建设新动能项目平台[智能光电信息产业园|project:]。",
]


@pytest.mark.parametrize("markup", NO_DEAL, ids=[str(i) for i in range(len(NO_DEAL))])
def test_no_deal(markup: str) -> None:
    assert [d.projects for d in deals_of(markup)] == []


def test_deal_amounts_are_not_metrics_too() -> None:
    doc = doc_from_markup(
        "[今年|date:2023]，该区又引进了总投资[40亿元|money:4000000000 CNY]的[新能源汽车零部件产业园项目|project:]。"
    )
    deals, metrics, _ = assemble(doc)
    assert [(d.projects, amounts(d), d.date) for d in deals] == [
        (["新能源汽车零部件产业园项目"], [("total", 4000000000, "CNY")], "2023")
    ]
    assert metrics == []


def test_evidence_points_into_the_original_text() -> None:
    doc = doc_from_markup(
        "記者獲悉，[今年|date:2023]，[臺南市|place:]成功簽約[台積電先進封裝廠|project:台积电先进封装厂]，"
        "總投資[新臺幣1200億元|money:120000000000 TWD]。"
    )
    deals, _, _ = assemble(doc)
    assert len(deals) == 1
    ev = deals[0].evidence
    assert doc.original[ev.start : ev.end] == ev.text
    assert ev.text.startswith("臺南市成功簽約台積電先進封裝廠") and ev.text.endswith("1200億元")
    assert (deals[0].stage, deals[0].place, amounts(deals[0])) == ("signed", "臺南市", [("total", 120000000000, "TWD")])


def test_seed_deals_from_gold_mentions() -> None:
    scores = gold_scores()["deals"]
    assert scores["gold"] >= 25
    assert scores["f1"] >= 0.9, scores
    assert scores["fields"]["stage"]["accuracy"] >= 0.9, scores["fields"]
