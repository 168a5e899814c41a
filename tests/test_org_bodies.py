"""Organisation names of government and news pages that carry no suffix the rules knew: department
short forms (合作交流办, 人力社保局), outlets in breadcrumbs, datelines and bylines, well-known short
names inside lists, a government's web portal.

Sentences written for these tests in the style of real reports (none copied from the corpus). Each
case lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from test_org_forms import orgs

BODIES = [
    ("记者日前从贵州省招商合作局获悉，前三季度引资增长。", [("贵州省招商合作局", "government")]),
    ("日前从市合作交流办了解到，上半年到位资金增长。", [("市合作交流办", "government")]),
    ("市人力社保局会同有关部门出台办法。", [("市人力社保局", "government")]),
    # economic and trade commissions, economic cooperation offices (经贸委, 外经贸委, 经合办)
    ("据省经贸委负责人介绍，全年引资增长。", [("省经贸委", "government")]),
    ("市外經貿委昨日發佈數據。", [("市外經貿委", "government")]),
    ("浙江省经合办副主任通报了引资情况。", [("浙江省经合办", "government")]),
    ("区经贸局组织企业参展。", [("区经贸局", "government")]),
    ("记者从杭州市委人才办获悉，今年引进博士300人。", [("杭州市委人才办", "government")]),
    ("近日，全国博管办公布了新设站名单。", [("全国博管办", "government")]),
    # bureaus of the Hong Kong and Macao governments
    ("香港房屋局局長表示，將增加供應。", [("香港房屋局", "government")]),
    ("香港特區入境事務處助理處長表示，申請增加。", [("香港特區入境事務處", "government")]),
    ("特區政府保安局與運輸及物流局合作。", [("特區政府保安局", "government"), ("運輸及物流局", "government")]),
    # the corps by its short name, and a division listed after another by its number alone
    ("新疆兵团重大项目集中开工。", [("新疆兵团", "government")]),
    ("兵团第一师、第三师一周内开工项目12个。", [("兵团第一师", "government"), ("第三师", "government")]),
    # a unit after a government is no verb ending in a suffix (举|办, 部|署)
    ("南通市委、市政府连续七年举办创业周。", [("南通市委", "government"), ("市政府", "government")]),
    ("根据市委市政府工作部署推进。", [("市委", "government"), ("市政府", "government")]),
    ("市大项目办运用协调机制推进项目。", [("市大项目办", "government")]),
    ("中组部等六部委联合发文。", [("中组部", "government")]),
    # trade and cooperation commissions and offices under their older short names
    ("据省经贸委负责人介绍，去年全省签约项目120个。", [("省经贸委", "government")]),
    ("市外经贸委昨日发布数据称，1月份外资增长。", [("市外经贸委", "government")]),
    ("江苏省经合办副主任表示，上半年到位资金增长。", [("江苏省经合办", "government")]),
    ("市经协办组织企业参加展会。", [("市经协办", "government")]),
    ("市对外经贸委牵头组织企业赴港招商。", [("市对外经贸委", "government")]),
    # legislatures of Taiwan's counties and cities and of Hong Kong and Macao
    ("县长在嘉义县议会作施政报告。", [("嘉义县议会", "government")]),
    ("台中市议会通过明年度预算。", [("台中市议会", "government")]),
    ("政府今日回复立法会质询。", [("立法会", "government")]),
    ("多名立法会议员表示支持。", []),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_department_short_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


OUTLETS = [
    # the first crumb of a page's breadcrumb is the site
    ("秦川新闻网 > 本地 > 社会", [("秦川新闻网", "media")]),
    ("江城日报官网 > 要闻 > 本地新闻", [("江城日报", "media")]),
    # the site's name heading its time line; a copyright note run into the ICP number
    ("江淮产业信息网   时间:2023-05-06", [("江淮产业信息网", "media")]),
    ("版权所有:江淮产业信息网皖ICP备1104139号", [("江淮产业信息网", "media")]),
    # reprint notes: an outlet with no media word before 立场, a source named without quotes or quoted whole
    ("本文为转载，不代表微江淮立场。", [("微江淮", "media")]),
    ("本文为转载，不代表本站立场。", []),
    ("凡注明来源江淮日报的作品，版权均属江淮日报所有。", [("江淮日报", "media"), ("江淮日报", "media")]),
    ("转载请注明“来源:江淮日报网”。", [("江淮日报网", "media")]),
    # a source line right after the time, with no space between
    ("发布时间:2022-05-10 09:30:00来源: 江城日报网", [("江城日报网", "media")]),
    ("发布时间:2022-05-10 09:30:00来源:SRC-13", []),
    # 据X网消息, and a government's portal named after the government
    ("据毕节政府网消息，日前全市签约项目12个。", [("毕节政府网", "media")]),
    ("名单已在长沙市人民政府网公示。", [("长沙市人民政府网", "media")]),
    ("市政府网络安全检查组到企业调研。", [("市政府", "government")]),
    # an outlet starting with 台 is no outlet called 台
    ("台江网5月6日讯 全县签约项目8个。", [("台江网", "media")]),
    ("【江淮热线网】 发布于 2014/1/5", [("江淮热线网", "media")]),
    ("(江淮广电蚌埠中心站/王明 编辑/李华)", [("江淮广电蚌埠中心站", "media")]),
    # a station of an outlet in its dateline
    ("湘江网醴陵站3月2日讯(分站记者 李明)当天签约项目5个。", [("湘江网醴陵站", "media")]),
    # stations before their reporters in the byline of a dateline
    (
        "汶上新闻网讯(汶上台 张明 嘉祥台 李华)5月6日上午，项目集中开工。",
        [("汶上新闻网", "media"), ("汶上台", "media"), ("嘉祥台", "media")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS)
def test_outlets_of_breadcrumbs_datelines_and_portals(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


KNOWN = [
    # a well-known short name after a verb jieba cuts off (深挖|比亚迪), or starting with one (延长|石油)
    (
        "深挖比亚迪、天士力等企业投资潜力。",
        [("比亚迪", "company"), ("天士力", "company")],
    ),
    ("推动陕投集团、延长石油等落户。", [("陕投集团", "group"), ("延长石油", "group")]),
    ("将构建以哈工大为核心的产业集群。", [("哈工大", "university")]),
    ("其中，哈医大在开发区建设研发基地。", [("哈医大", "university")]),
    ("团队成员来自谷歌、亚马逊。", [("谷歌", "company"), ("亚马逊", "company")]),
    # a known name inside a longer word is left alone
    ("比亚迪汽车工业园开工。", []),
]


@pytest.mark.parametrize(("text", "expected"), KNOWN)
def test_well_known_short_names_in_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
