"""Project and event names as unseen pages write them (session 14 probes): a 主要有 list after a count of projects,
classes a report sorts its projects by, works told under way, a year before a quoted event name, a quoted tour's
edition."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def mentions(text: str, kind: str) -> list[str]:
    return [m.text for m in extract(text, reference_date="2024-06-01").mentions if m.type == kind]


# A list after 主要有 / 主要包括 / 重点有, in a clause group that counts projects first, names those projects.
COUNTED_THEN_LISTED = [
    ("今年全市实施工业项目15个，计划完成投资20亿元，主要有宏达5万吨电解铝、金川镍钴新材料、华峰氨纶扩产等；",
     ["宏达5万吨电解铝", "金川镍钴新材料", "华峰氨纶扩产"]),
    ("能源项目8个，年内完成投资30亿元，主要有白河120万千瓦抽水蓄能、东滩风光储一体化、玉溪燃气调峰电站等。",
     ["白河120万千瓦抽水蓄能", "东滩风光储一体化", "玉溪燃气调峰电站"]),
    ("社会民生项目20个，主要有市第一人民医院新院区、滨江湿地公园、城北污水处理厂等。",
     ["市第一人民医院新院区", "滨江湿地公园", "城北污水处理厂"]),
    ("全县共有续建项目12个，主要包括龙湾大桥、金沙江航运码头、县职教中心等，总投资35亿元。",
     ["龙湾大桥", "金沙江航运码头", "县职教中心"]),
    ("今年安排交通项目6个，计划投资18亿元，重点有绵阳至苍溪高速、G5京昆高速扩容、九绵快速通道等。",
     ["绵阳至苍溪高速", "G5京昆高速扩容", "九绵快速通道"]),
    # trades, firms or headings after 主要有 are none
    ("签约项目28个，涉及行业主要有新材料、生物医药、现代物流等。", []),
    ("签约项目28个，主要有新材料、生物医药、现代物流等领域。", []),
    ("全市新引进企业35家，主要有华为、比亚迪、宁德时代等。", []),
    # the last of names each after its amount
    ("开工项目中，有投资20亿元的恒大文旅城、投资15亿元的碧桂园凤凰城等。", ["恒大文旅城", "碧桂园凤凰城"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTED_THEN_LISTED)
def test_a_list_after_a_count_of_projects(text: str, expected: list[str]) -> None:
    assert mentions(text, "project") == expected


# Classes a report sorts projects by are no names: sector, scope, size, season, growth, rank; a slogan in quotes
# before generic words; a kind compared with; a sector's share among a total; an edge inside a generic word.
CLASSES = [
    ("签约项目中，二产业项目投资额占比达44.86%。", []),
    ("实际利用外资中二产项目占70.4%、三产项目占24.8%。", []),
    ("五莲县计划招引20个以上过亿项目。", []),
    ("其中省际项目到位资金28亿元。", []),
    ("吉林市举行春季项目集中开工仪式。", []),
    ("全省综合交通项目有56个，总投资达221亿元。", []),
    ("浙江绍兴“开门红”产业链项目计划总投资超1178亿元。", []),
    ("与传统人造丝项目相比，新工艺节水60%。", []),
    ("简化工作流程，力促项目早日竣工投产。", []),
    ("各市在本区域重大项目开工现场设分会场。", []),
    ("以北部都会区为重点战略项目，配合优惠政策。", []),
    # the items before such classes are projects; a verb of launching is no part of the name
    ("也有衡钢特大口径连轧管等原地倍增、转型升级项目。", ["衡钢特大口径连轧管"]),
    ("亿元以上产业项目19个，追觅机器人等特别重大项目10个。", ["追觅机器人"]),
    ("这次公司征地50亩，上马锂电池盖帽生产项目。", ["锂电池盖帽生产项目"]),
    # a numbered range stays inside the name
    ("项目名称：宁波舟山港梅山港区6号至10号集装箱码头工程", ["宁波舟山港梅山港区6号至10号集装箱码头工程"]),
    ("连云港港徐圩港区1号至4号泊位工程开工。", ["连云港港徐圩港区1号至4号泊位工程"]),
    # a brand opening with a numeral and a measure word no project is counted by
    ("总投资10亿元的三只松鼠华北产业园项目开工。", ["三只松鼠华北产业园项目"]),
    ("投资5000万元的呷一支食品生产项目建成后将从事肉制品加工。", ["呷一支食品生产项目"]),
    ("组建一支专业招商队伍，引进产业项目。", []),
    # a production line the project told before builds is its part; a firm's line built is a name
    ("该项目总投资12亿元，建设年产20万套汽车座椅生产线。", []),
    ("该项目位于经开区，总投资1.3亿元，将建设6台套石英管生产线。", []),
    ("隆基硅产业基地扩产项目建成12英寸集成电路用硅片生产线及配套设施。", ["隆基硅产业基地扩产项目"]),
    ("桑圆门业投资1.24亿元建设的年产50万樘门生产线投产。", ["年产50万樘门生产线"]),
    ("某某公司投资5亿元，建设年产10万吨饲料生产线。", ["年产10万吨饲料生产线"]),
    # a park or base an event is held in is its venue; a project's site is not
    ("当天，全省重大项目集中开工仪式在贵阳市现代制造产业园举行。", []),
    ("现场推进会在宁夏宁东能源化工基地隆重举行。", []),
    ("签约仪式在比亚迪新能源汽车产业园项目现场举行。", ["比亚迪新能源汽车产业园项目"]),
    # a named area renewed is a site, no division; alone or after a scope it is the kind
    ("下港片区棚户区改造建设项目投资额最大，计划总投资20亿元。", ["下港片区棚户区改造建设项目"]),
    ("东城区幸福小区改造工程完工。", ["东城区幸福小区改造工程"]),
    ("全市棚户区改造项目开工3万套。", []),
    ("加快推进城市更新和老旧小区改造工程。", []),
    ("城区老旧小区改造项目开工。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_classes_of_projects(text: str, expected: list[str]) -> None:
    assert mentions(text, "project") == expected


# Works opening their clause and told under way or due are projects, without a project head.
WORKS_UNDER_WAY = [
    ("拉萨教育城已开工建设，计划明年投用。", ["拉萨教育城"]),
    ("其中德吉罗布儿童乐园将于今年5月竣工并投入使用。", ["德吉罗布儿童乐园"]),
    ("今年，中俄东线天然气管道进展顺利。", ["中俄东线天然气管道"]),
    ("澳琴国际教育大学城已动工，预料投资近200亿元。", ["澳琴国际教育大学城"]),
    ("同时，黑河输气首站综合进度达62.66%。", ["黑河输气首站"]),
    ("目前，綦江蟠龙抽水蓄能电站完成1号机组并网抽水试验。", ["綦江蟠龙抽水蓄能电站"]),
    ("小马鸡沟水库进行坝体浇筑。", ["小马鸡沟水库"]),
    ("横琴口岸已于去年建成通关。", ["横琴口岸"]),
    ("白云机场T3航站楼主体完工。", ["白云机场T3航站楼"]),
    ("全市工业经济进展顺利。", []),
    ("各项工作进展顺利。", []),
    ("该中心已建成投用。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WORKS_UNDER_WAY)
def test_works_under_way(text: str, expected: list[str]) -> None:
    assert mentions(text, "project") == expected


# A year before a wholly quoted event name opens it as an edition does; a quoted tour's edition is the tour.
EVENTS = [
    ("自治区商务厅承办的2024年“创疆来·新疆产业合作招商推介会”在上海举办。", ["2024年“创疆来·新疆产业合作招商推介会”"]),
    ("2023“中国·成都人才发展大会”于昨日开幕。", ["2023“中国·成都人才发展大会”"]),
    ("第十八届“中国农加工洽谈会”在驻马店开幕。", ["第十八届“中国农加工洽谈会”"]),
    ("8月22日，“胡杨青松 新疆建功——人才建疆万人行”第三期活动圆满落幕。", ["胡杨青松 新疆建功——人才建疆万人行"]),
    ('8月22日,"胡杨青松 新疆建功——人才建疆万人行"第三期活动圆满落幕。', ["胡杨青松 新疆建功——人才建疆万人行"]),
    ("8月22日，“百名博士甘肃行”第二期活动在兰州启动。", ["百名博士甘肃行"]),
    ("“院士专家宁夏行”第五期活动圆满结束。", ["院士专家宁夏行"]),
    # a scope before the year dating a ceremony is the place it is held for; after the place owning it, it stays
    ("3月23日，全县2020年第一季度项目集中签约仪式在县工信局举行。", ["2020年第一季度项目集中签约仪式"]),
    ("拉萨市2014年全市招商引资工作会议昨日召开。", ["拉萨市2014年全市招商引资工作会议"]),
    ("全县重点项目集中开工仪式举行。", ["重点项目集中开工仪式"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_event_names(text: str, expected: list[str]) -> None:
    assert mentions(text, "event") == expected
