"""Deal fields read from the event frame, on wordings written for the classes (not taken from pages): a
province's or city's event held in a city inside it (the venue is no project's place, nor the dateline's city), a
project's county written after its city, a city holding its own signing at a fair elsewhere, a government holding
the ceremony, what was signed 开幕式上 / 会上 many sentences after the occasion's day, the first day of a fair at
its opening, numbered stage headings inside a paragraph, and 2023年内蒙古 (the year, then the region)."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.text import to_simplified

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# (reference date, text, a project's name, its stage, date and place)
CASES: list[tuple[str, str, str, str, str | None, str | None]] = [
    # the host's event, held in a city of its own: the project's county, not the venue
    ("2022-11-30", "11月28日，广东省2022年重大项目集中签约仪式在广州举行。惠州市惠东县新能源电池项目总投资100亿元。",
     "新能源电池项目", "signed", "2022-11-28", "惠东县"),
    ("2020-12-02", "新华社南京12月2日电 11月30日，江苏省重大项目集中签约仪式在南京举行，苏州市吴江区光电缆产业园项目总投资60亿元。",
     "光电缆产业园项目", "signed", "2020-11-30", "吴江区"),
    ("2023-11-10", "11月8日，2023年湖南省重大产业项目集中签约仪式在长沙举行。株洲市醴陵市陶瓷新材料产业园项目签约，总投资18亿元。",
     "陶瓷新材料产业园项目", "signed", "2023-11-08", "醴陵市"),
    ("2020-09-28", "9月27日，山西省项目集中签约仪式在太原举行。晋中市介休市动力锂电池负极材料项目总投资30亿元。",
     "动力锂电池负极材料项目", "signed", "2020-09-27", "介休市"),
    ("2024-08-30", "8月29日，2024年河南省重大项目集中签约活动在郑州举行。洛阳市偃师区高端轴承产业园项目、许昌市长葛市再生金属项目等42个项目集中签约。",
     "高端轴承产业园项目", "signed", "2024-08-29", "偃师区"),
    ("2024-08-30", "8月29日，2024年河南省重大项目集中签约活动在郑州举行。洛阳市偃师区高端轴承产业园项目、许昌市长葛市再生金属项目等42个项目集中签约。",
     "再生金属项目", "signed", "2024-08-29", "长葛市"),
    ("2023-12-02", "12月1日，2023年内蒙古自治区重大项目集中签约仪式在呼和浩特举行，鄂尔多斯市伊金霍洛旗煤化工项目总投资120亿元。",
     "煤化工项目", "signed", "2023-12-01", "伊金霍洛旗"),
    # a county spelt out with its city outranks a fair's venue; so does a zone with its city
    ("2020-07-04", "7月3日，第二十六届兰洽会重点项目签约仪式在兰州举行。在仪式上，酒泉市瓜州县风电装备项目签约，总投资30亿元。",
     "风电装备项目", "signed", "2020-07-03", "瓜州县"),
    ("2023-06-10", "6月9日，香港特區政府與廣東省政府在香港舉行粵港經貿合作項目簽約儀式，廣州南沙新區港式國際社區項目總投資80億元。",
     "港式國際社區項目", "signed", "2023-06-09", "南沙新區"),
    # a city's own signing at a fair in another city; a government holding the ceremony
    ("2018-05-20", "5月18日，第二十届中国（海峡）投资贸易洽谈会在福州开幕。18日上午，莆田市在福州举行项目签约仪式，涵江区高端鞋材项目总投资10亿元。",
     "高端鞋材项目", "signed", "2018-05-18", "涵江区"),
    ("2021-12-29", "12月28日，苏州市人民政府举行投资签约仪式。某研发中心项目投资100亿元。",
     "研发中心项目", "signed", "2021-12-28", "苏州市"),
    # 开幕式上 / 会上 / 活动现场 after the occasion's day and its speeches; the opening day of a fair of several days
    ("2023-11-30", "11月28日至30日，2023中国（福建）投资洽谈会在福州举行。开幕式上，漳州市现场签约项目12个，总投资86亿元，其中漳浦县新能源电池材料项目总投资30亿元。",
     "新能源电池材料项目", "signed", "2023-11-28", "漳浦县"),
    ("2022-07-08", "7月6日至8日，2022中国（吉林）国际投资贸易洽谈会在长春举行。开幕式上，长春新区人工智能产业园项目签约，总投资40亿元。",
     "人工智能产业园项目", "signed", "2022-07-06", "长春新区"),
    ("2022-05-21", "甘肃举行招商引资推介会 签约项目总额超600亿元\n5月20日，2022年甘肃省招商引资推介会在兰州开幕，来自全国各地的客商代表500余人参加。省委书记出席并致辞。省长作推介。国务院国资委有关负责同志讲话。多位企业家代表发言。\n会上，张掖市山丹县新能源装备制造项目签约，总投资40亿元。",
     "新能源装备制造项目", "signed", "2022-05-20", "山丹县"),
    ("2021-09-11", "九江市人才发展大会举行\n9月10日，2021九江人才发展大会在九江举行，大会以“人才引领 创新发展”为主题。市委书记出席并讲话。市长主持。多位院士通过视频致辞。\n活动现场，修水县与某科技公司签约新材料研发中心项目，总投资5亿元。",
     "新材料研发中心项目", "signed", "2021-09-10", "修水县"),
    ("2023-06-17", "新疆32个项目签约\n6月16日，第三届中国—中亚合作论坛在乌鲁木齐开幕，来自中亚五国的政府官员、企业家代表等600余人参加。自治区党委书记出席开幕式并致辞。\n开幕式上，新疆与多家企业签约项目32个，总投资850亿元。其中，昌吉州准东经济技术开发区煤制油项目总投资300亿元。",
     "煤制油项目", "signed", "2023-06-16", None),
    # the city holding the event as its verb's subject, the zone only the main hall's
    ("2023-02-16", "2月15日，成都市举行重大项目集中开工仪式，主会场设在天府新区。当天，简阳市航空物流园项目开工，总投资30亿元。",
     "航空物流园项目", "started", "2023-02-15", "简阳市"),
    # a Taiwanese city's government holding the ceremony: the city, though GB/T 2260 gives it no code
    ("2024-06-20", "6月19日，臺中市政府舉辦投資簽約儀式，台積電臺中廠先進封裝項目投資新臺幣500億元。",
     "先進封裝項目", "signed", "2024-06-19", "臺中市"),
    # the district the project's name places it in is more specific still (新北|土城: session 15)
    ("2021-12-29", "12月28日，新北市政府舉行投資簽約儀式。鴻海新北土城研發中心項目投資新臺幣100億元。",
     "研發中心項目", "signed", "2021-12-28", "土城区"),
    # Taiwan's and Hong Kong's ceremonies: 動土典禮 (groundbreaking), 落成典禮 (completion)
    ("2024-03-08", "3月7日，台積電高雄廠舉行動土典禮，先進製程晶圓廠項目投資新臺幣3000億元。",
     "先進製程晶圓廠項目", "started", "2024-03-07", "高雄市"),
    ("2023-10-05", "10月4日，鴻海電動車研發中心項目在高雄舉行落成典禮，總投資新臺幣50億元。",
     "鴻海電動車研發中心項目", "completed", "2023-10-04", "高雄市"),
    ("2022-11-20", "11月19日，香港科學園第二期擴建項目舉行奠基儀式，項目投資約30億港元。",
     "香港科學園第二期擴建項目", "started", "2022-11-19", None),
    # deals told before the lead of their signing, in its paragraph: the event's day and stage
    ("2023-03-16", "某新能源公司拟投资30亿元，在肥西县建设储能电池项目；某医药集团拟投资20亿元，在长丰县打造生物医药产业园项目。3月15日，合肥市举行重大项目集中签约仪式，共签约项目45个。",
     "生物医药产业园", "signed", "2023-03-15", "长丰县"),
    ("2016-01-28", "中国储能技术有限公司拟投资50亿元，在宁乡高新区建设储能技术研发制造中心。今天，湖南湘江新区再次举行重大投资商座谈会暨项目集中签约仪式。",
     "储能技术研发制造中心", "signed", "2016-01-28", "宁乡高新区"),
    # numbered stage headings inside a paragraph sort the ceremony's items
    ("2023-08-20", "8月18日，聊城市东昌府区重点项目集中签约仪式举行。一、签约项目：中农国发农商文旅综合体项目，总投资20亿元；二、开工项目：东昌府区智能装备制造产业园项目，总投资15亿元。",
     "智能装备制造产业园项目", "started", "2023-08-18", "东昌府区"),
    ("2019-09-12", "9月10日，晋江市第三季度重大项目集中签约开工竣工仪式举行。一、签约项目：鞋服智能制造项目，总投资20亿元。二、开工项目：高端纺织新材料项目，总投资15亿元。三、竣工项目：食品产业园项目，总投资8亿元。",
     "鞋服智能制造项目", "signed", "2019-09-10", "晋江市"),
    ("2019-09-12", "9月10日，晋江市第三季度重大项目集中签约开工竣工仪式举行。一、签约项目：鞋服智能制造项目，总投资20亿元。二、开工项目：高端纺织新材料项目，总投资15亿元。三、竣工项目：食品产业园项目，总投资8亿元。",
     "食品产业园项目", "completed", "2019-09-10", "晋江市"),
]  # fmt: skip


@pytest.mark.parametrize(("reference", "text", "project", "stage", "date", "place"), CASES)
def test_deal_fields_from_the_event(
    reference: str, text: str, project: str, stage: str, date: str | None, place: str | None
) -> None:
    report = extract(text, reference_date=reference)
    deals = [d for d in report.deals if any(to_simplified(project) in to_simplified(p) for p in d.projects)]
    assert deals, [d.projects for d in report.deals]
    deal = deals[0]
    assert (deal.stage, deal.date) == (stage, date)
    if place is not None:
        assert deal.place is not None and to_simplified(deal.place) == to_simplified(place)


# 2023年内蒙古: the year, then the region (no 年内 "within the year")
@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the year opens the ceremony's name (2023年内蒙古自治区…签约仪式), as any year before a ceremony does
        ("12月1日，2023年内蒙古自治区重大项目集中签约仪式在呼和浩特举行。", ["12月1日"]),
        ("2023年内蒙古自治区签约项目120个。", ["2023年"]),
        ("2022年内蒙古自治区地区生产总值增长4.2%。", ["2022年"]),
        ("项目2023年内完成投资5亿元。", ["2023年内"]),
        ("确保年内建成投产。", ["年内"]),
    ],
)
def test_year_before_inner_mongolia(text: str, dates: list[str]) -> None:
    report = extract(text, reference_date="2023-12-02")
    assert [m.text for m in report.mentions if m.type == "date"] == dates
