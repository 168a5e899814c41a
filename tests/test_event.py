"""Event mentions: named conferences, fairs and ceremonies; generic meetings that are none.

Each case lists every event the entity passes should find in the sentence, in order.
"""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.dims import event, org, person, project
from dsz_extract.doc import Doc
from dsz_extract.pipeline import resolve_overlaps

ENTITY_PASSES = (event, project, org, person)


def events(text: str) -> list[str]:
    doc = Doc(text)
    for dim in ENTITY_PASSES:
        doc.extend(dim.find(doc))
        doc.mentions = resolve_overlaps(doc.mentions)
    found = [m for m in doc.mentions if m.type == "event"]
    assert all(m.value.name == m.text == text[m.start : m.end] for m in found)
    return [m.text for m in found]


NAMED = [
    # the one the report tells of (此次, 本届), however plainly named; a fair's short name after its topic
    ("此次招商说明会是滨海开展的又一次大型招商活动。", ["招商说明会"]),
    ("本届菌交会签约投资较上届增96%。", ["菌交会"]),
    ("第十届农博会开幕。", ["第十届农博会"]),
    # festivals, work meetings, lectures; a year with its quarter stays in the name
    ("东城第12届牡丹文化节即将开幕。", ["东城第12届牡丹文化节"]),
    ("今天上午举行的2015年南部地区产业发展工作部署会上", ["2015年南部地区产业发展工作部署会"]),
    ("3月9日举办招商引资暨优化营商环境专题讲座。", ["招商引资暨优化营商环境专题讲座"]),
    ("该县举行2022年第三季度重点项目集中开工仪式。", ["2022年第三季度重点项目集中开工仪式"]),
    # short fair names after a place's short form; tours named in quotes, with an edition
    ("本届临洽会期间共签约项目50个。", ["临洽会"]),
    ("江州经洽会期间签约项目30个。", ["江州经洽会"]),
    ("第五届“百名博士江州行”今日启动，“博士行”已成为品牌。", ["第五届“百名博士江州行”", "博士行"]),
    # seeds
    ("在不久前召开的第二届江北水城双招双引大会上，东昌府区双招双引可谓硕果累累", ["第二届江北水城双招双引大会"]),
    (
        "举办了“中关村企业家与聊城市东昌府区座谈会”、嘉宾重点项目考察等多种形式的招商活动",
        ["中关村企业家与聊城市东昌府区座谈会"],
    ),
    (
        "成功举办2023聊城（上海）重点招商项目推介会、2023山东聊城（北京）高质量发展暨投资合作推介会、"
        "第三届儒商大会聊城市高质量发展暨“双招双引”合作推介会、聊城轴承产业（上海）推介会等",
        [
            "2023聊城（上海）重点招商项目推介会",
            "2023山东聊城（北京）高质量发展暨投资合作推介会",
            "第三届儒商大会聊城市高质量发展暨“双招双引”合作推介会",
            "聊城轴承产业（上海）推介会",
        ],
    ),
    ("先后组织了珠三角、长三角、京津冀及儒商大会系列招商活动", ["儒商大会"]),
    ("邀请300余位浙商企业家来聊参观考察，举办百名浙商助力聊城高质量发展大会。", ["百名浙商助力聊城高质量发展大会"]),
    ("今天，我们召开全区“双招双引”动员大会，一方面表明党工委高度重视", ["全区“双招双引”动员大会"]),
    ("深入贯彻落实市委经济工作会议精神，以时不我待的紧迫感", ["市委经济工作会议"]),
    ("近期，政银企对接成效显著，周四召开政银企对接会议，拟签约银行总投资270亿元", ["政银企对接会议"]),
    ("在党的二十大即将召开之际，舒展今日雄壮画卷", ["党的二十大"]),
    # other provinces, years and outlets
    ("9月20日，第二十届中国—东盟博览会在广西南宁开幕。", ["第二十届中国—东盟博览会"]),
    ("第六届中国国际进口博览会期间，本届进博会意向成交784.1亿美元。", ["第六届中国国际进口博览会", "进博会"]),
    ("在第二十届中国国际中小企业博览会上，广东省共签约项目58个。", ["第二十届中国国际中小企业博览会"]),
    ("西安高新区举行2023年第三季度重大项目集中签约仪式，签约项目32个。", ["2023年第三季度重大项目集中签约仪式"]),
    ("苏州工业园区举办2024年“园区高质量发展”招商引资推介会。", ["2024年“园区高质量发展”招商引资推介会"]),
    ("深圳市投资推广署与香港贸发局联合举办2023深港投资推介会。", ["2023深港投资推介会"]),
    ("2024夏季达沃斯论坛在大连举行，广交会同期开幕。", ["2024夏季达沃斯论坛", "广交会"]),
    ("第十一届中国（郑州）产业转移对接活动暨豫商大会开幕。", ["第十一届中国（郑州）产业转移对接活动暨豫商大会"]),
    # traditional characters
    ("第三十三屆台北國際電子產業科技展覽會今日開幕。", ["第三十三屆台北國際電子產業科技展覽會"]),
    # one event held under two names joined by 暨
    ("政府將於年內舉辦第二屆全球人才高峰會暨香港人才服務周。", ["第二屆全球人才高峰會暨香港人才服務周"]),
    ("2024西安国际人才峰会暨高层次人才洽谈会在曲江开幕。", ["2024西安国际人才峰会暨高层次人才洽谈会"]),
    # weeks, months and series of activities
    ("举办2024中国（武汉）人才服务周，发布岗位3万个。", ["2024中国（武汉）人才服务周"]),
    ("在中新合作25周年系列活动中，12个项目签约。", ["中新合作25周年系列活动"]),
    # the leg of a touring event in brackets after its name belongs to the name
    ("6月5日，湖南省招商引资推介会（粤港澳地区）在深圳举行。", ["湖南省招商引资推介会（粤港澳地区）"]),
    (
        "市里召开2020年第二次项目建设专题调度会(北部片区)，部署下阶段工作。",
        ["2020年第二次项目建设专题调度会(北部片区)"],
    ),
    ("第三届中国数字经济投资洽谈会（成都专场）共签约项目21个。", ["第三届中国数字经济投资洽谈会（成都专场）"]),
    ("2023年甘肅省招商引資推介會（上海站）在滬舉辦。", ["2023年甘肅省招商引資推介會（上海站）"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_named_events(text: str, expected: list[str]) -> None:
    assert events(text) == expected


GENERIC = [
    "道路交会处设红绿灯。",
    "他一行前往现场考察，银行、“两行”参与。",
    "召开座谈会，听取企业意见。",
    "3月15日上午，管委会召开新闻发布会，通报招商情况。",
    "各镇街要开展系列活动，营造氛围。",
    "举办推介会，邀请客商参加。",
    "先后举办线上招商推介会、视频签约等活动10余次。",
    "依托搭建经贸座谈会、投资说明会、外地企业开发区行等有效平台。",
    "定期组织创新创业大赛，推动创新创业蔚成风气。",
    "定期召开帮包专员联席会议协调解决问题。",
    "每季度组织召开一次早餐会、冷餐会或下午茶等方式的互动交流活动。",
    "浙江省省委书记袁家军在春节后全省会议上明确提出要加快数字经济发展。",
    "青岛市市长赵豪志召开专题会议研究发展数字经济。",
    "合肥市委书记虞爱华、市长罗云峰会见了蔚来汽车创始人李斌一行。",
    "在人民大会堂举行颁奖仪式。",
]


@pytest.mark.parametrize("text", GENERIC)
def test_generic_meetings_are_no_events(text: str) -> None:
    assert events(text) == []


def extracted_events(text: str) -> list[str]:
    """The whole pipeline: dates found first decide what a name may run over."""
    return [m.text for m in extract(text).mentions if m.type == "event"]


# How real reports name events: a season or quarter opening a ceremony, a plan's quoted period, an
# edition before a quote or a scope, short names of western and central fairs, a leading year.
REAL_EVENTS = [
    ("师部举行2023年春季重大项目集中开复工仪式。", ["2023年春季重大项目集中开复工仪式"]),
    ("该市举行二季度重大项目开复工仪式，总投资300亿元。", ["二季度重大项目开复工仪式"]),
    ("省政府新闻办举行的四川省“十四五”时期交通发展成就新闻发布会上", ["四川省“十四五”时期交通发展成就新闻发布会"]),
    ("该县举行了第十期“三个一批”项目集中签约仪式。", ["第十期“三个一批”项目集中签约仪式"]),
    ("该市成功申办第三届全国技能大赛。", ["第三届全国技能大赛"]),
    ("第十三届西博会签约项目履约率达95%。", ["第十三届西博会"]),
    ("在上海举行的平和县脱贫攻坚项目推介会上", ["平和县脱贫攻坚项目推介会"]),
    ("乘着第十二届中国—东盟博览会的东风", ["第十二届中国—东盟博览会"]),
    ("2023全国两会期间", ["2023全国两会"]),
    # party congresses and plenums: plenums listed under one 全会, a province's congress by its number, the
    # national congress without 党的 where its report or spirit is meant
    ("全面贯彻落实党的二十大和二十届二中、三中全会精神。", ["党的二十大", "二十届二中、三中全会"]),
    ("学习贯彻十八届三中、四中全会精神。", ["十八届三中、四中全会"]),
    ("这是全面贯彻落实省第十二次党代会精神的重大举措。", ["省第十二次党代会"]),
    ("十九大报告中指出，要坚持党管人才。", ["十九大"]),
    ("深入学习贯彻二十大精神，推动高质量发展。", ["二十大"]),
    # a first edition (首次) and a 年度 year open a ceremony's name; launches and consultations are meetings
    ("市政府举行2023年度首次外资项目集中签约仪式，30个项目签约。", ["2023年度首次外资项目集中签约仪式"]),
    ("该区举行首次重大项目集中开工仪式。", ["首次重大项目集中开工仪式"]),
    ("该县举办2024年度重点项目推介会。", ["2024年度重点项目推介会"]),
    ("2024年人才项目启动会在长沙举行。", ["2024年人才项目启动会"]),
    ("会上举办了高新区院士专家咨询会。", ["高新区院士专家咨询会"]),
    # a fair and the meeting held at it under a quoted theme are one name, the theme's list commas inside
    (
        "6月15日，第6届南博会“绿色能源、绿色食品”推介会暨经贸合作项目签约仪式在昆明举行。",
        ["第6届南博会“绿色能源、绿色食品”推介会暨经贸合作项目签约仪式"],
    ),
    # a meeting named by the aim it pursues (促进…推动会议), and a quarter written 第N季 after a year of the
    # Republic of China calendar or a western one
    ("经济部昨天召开104年第2季促进投资扩大招商推动会议，次长表示。", ["104年第2季促进投资扩大招商推动会议"]),
    ("该市举行2023年第2季重大项目开工仪式。", ["2023年第2季重大项目开工仪式"]),
    # two topics joined by 与 name one meeting
    ("中国—东盟商务与投资峰会在南宁举行。", ["中国—东盟商务与投资峰会"]),
    ("举办第三届中德经贸与技术合作论坛。", ["第三届中德经贸与技术合作论坛"]),
    ("2023中国贸易与投资洽谈会开幕。", ["2023中国贸易与投资洽谈会"]),
    # a fair or festival named by a short form in quotes
    ("该市举办以人才为主题的“华创会”，签约项目66个。", ["华创会"]),
    ("“渝洽周”期间共签约项目26个。", ["渝洽周"]),
    ("充分发挥“杜鹃节”暨“藏博会”的平台作用。", ["杜鹃节", "藏博会"]),
    # a month the name goes on from is the edition of a monthly event, not the day it was held
    ("筠连县举行2023年12月招商引资项目集中签约仪式。", ["2023年12月招商引资项目集中签约仪式"]),
    ("该区举办10月份重大项目集中开工活动，12个项目开工。", ["10月份重大项目集中开工活动"]),
    ("5月26日，德州市5月份集中开工暨签约仪式在禹城举行。", ["5月份集中开工暨签约仪式"]),
    ("12月22日，筠连县2023年12月招商引资项目集中签约仪式在县会议中心举行。", ["2023年12月招商引资项目集中签约仪式"]),
    ("平陽縣舉行2021年3月重點項目集中簽約儀式。", ["2021年3月重點項目集中簽約儀式"]),
    # …and the projects or campaign the monthly round belongs to
    ("6月18日，聊城招商引资项目6月份集中开工仪式在东昌府区举行。", ["聊城招商引资项目6月份集中开工仪式"]),
    ("该县重点项目建设活动9月份集中签约仪式举行。", ["重点项目建设活动9月份集中签约仪式"]),
    # a campaign named by quotes or an edition is an event where it is held, not where it is carried out
    ("6月12日上午，泰安市第二季度“项目签约大比拼”活动举办。", ["第二季度“项目签约大比拼”活动"]),
    ("我县将以“签约大比拼”活动为契机，全力抓招引。", ["“签约大比拼”活动"]),
    ("10月8日，河南省第二期“三个一批”活动在各市县举行。", ["第二期“三个一批”活动"]),
    ("仅“民企进延边”活动就有望促成项目10个。", ["民企进延边"]),  # a tour (X进Y) is named without 活动 (gold X08)
    ("2023年“百日攻坚”活动在全县启动。", ["2023年“百日攻坚”活动"]),
    ("十年来，依托“博士行”活动，先后建成博士工作站83个。", ["博士行"]),  # a tour is named without 活动
    ("我市借力东北亚博览会签约15个重大项目。", ["东北亚博览会"]),
    # a ranking is the topic of an event, not its edge
    (
        "在2017中国企业500强高峰论坛上，举行了中国500强企业投资江西重大项目签约仪式。",
        ["2017中国企业500强高峰论坛", "中国500强企业投资江西重大项目签约仪式"],
    ),
    ("该县借势中国国际投资贸易洽谈会签约项目8个。", ["中国国际投资贸易洽谈会"]),
    # a batch's ordinal before a count or a threshold: the number stays in the name
    ("4月2日，武宁县举行2013年第一批32个重大项目集中开工仪式。", ["2013年第一批32个重大项目集中开工仪式"]),
    (
        "近日，汝南县2019年第三批亿元以上项目集中开工仪式在产业集聚区举行。",
        ["汝南县2019年第三批亿元以上项目集中开工仪式"],
    ),
    ("该区举行第二期5个重点项目集中签约仪式。", ["第二期5个重点项目集中签约仪式"]),
    # weeks of talks, enterprise and talent
    ("本届江海英才创业周以“创业江海”为主题。", ["江海英才创业周"]),
    ("举办2018中国浙江·宁波人才科技周。", ["2018中国浙江·宁波人才科技周"]),
    # a meeting of a government with a party is named with both
    ("在10月16日举行的安徽省与中央企业深化合作座谈会上，双方签约。", ["安徽省与中央企业深化合作座谈会"]),
    ("甘肅省與香港貿發局經貿合作交流會在港舉行。", ["甘肅省與香港貿發局經貿合作交流會"]),
    ("内蒙古自治区与中央企业深化合作座谈会在北京举行。", ["内蒙古自治区与中央企业深化合作座谈会"]),
    # work meetings named by their campaign
    ("記者從梧州市2017年全市投資促進百日攻堅會上獲悉。", ["梧州市2017年全市投資促進百日攻堅會"]),
    # a short form given where the event is first named stands for it wherever it is used
    (
        "2016年湖南(上海)投资贸易洽谈周(以下简称“沪洽周”)在上海举办。“沪洽周”期间共签约项目26个。",
        ["2016年湖南(上海)投资贸易洽谈周", "沪洽周", "沪洽周"],
    ),
    (
        "第二届中国（太原）国际能源产业博览会（简称“能博会”）开幕，能博会签约项目30个。",
        ["第二届中国（太原）国际能源产业博览会", "能博会", "能博会"],
    ),
    ("第一至第六屆中博會 以下簡稱“九會”簽約項目，“九會”到位資金195億元。", ["第一至第六屆中博會", "九會", "九會"]),
]

# Not an event: a date before a ceremony told by its topic alone, a week that is a span of time
NOT_EVENTS = [
    # a link of a site's page furniture
    "2023年05月12日 15:04 | 进入复兴论坛 | 来源:北京晚报",
    # campaigns carried out, theme years, kinds and series of campaigns
    "深入开展“项目见效年”活动，坚持六位一体。",
    "今年以来，我省积极开展“创业人才年”活动。",
    "扎实推进“招大引强突破年”活动。",
    "自“招商之冬”活动开展以来，累计签约项目30个。",
    "各地开展招商活动。",
    "先后举办“云签约”“云推介”等系列活动。",
    "本周，全市签约项目5个。",
    "每周召开一次调度会。",
    "全市二十大产业链建设提速。",
    "该县首次举办招商活动。",
    "首次召开座谈会，听取意见。",
    "第十九大类产品出口增长。",
    "欢度“春节”，各地招商不停步。",
    "为“两会一节”的成功举办营造良好环境。",
    "“温州商会”组织会员企业考察。",
    "项目建设周期为两年。",
    "该县与客商举行座谈会。",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event_is_read_from_a_date_or_a_span_of_time(text: str) -> None:
    assert extracted_events(text) == []


@pytest.mark.parametrize(("text", "expected"), REAL_EVENTS)
def test_events_as_real_reports_name_them(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected


def test_a_page_with_pinyin_glosses_keeps_them_in_the_span_not_in_the_name() -> None:
    text = "阿拉爾市舉行一季度重大項目開復(fù)工儀式。"
    (found,) = [m for m in extract(text).mentions if m.type == "event"]
    assert text[found.start : found.end] == found.text == "一季度重大項目開復(fù)工儀式"
    assert found.value.name == "一季度重大項目開復工儀式"


# Edges of event names written across provinces and outlets: who meets (民营企业家|峰会) is the topic, a place
# and a dash before another party (广东—香港…) belong to the name, a year and a place open a name whose theme is
# quoted, a ceremony held as a round of a campaign (…集中开工暨“三个一批”活动) is one name.
EVENT_EDGES = [
    ("2023中国（西安）民营企业家峰会在西安举行。", ["2023中国（西安）民营企业家峰会"]),
    ("第五届全球华侨华人企业家大会在温州开幕。", ["第五届全球华侨华人企业家大会"]),
    ("广东—香港经贸合作交流会在港举行。", ["广东—香港经贸合作交流会"]),
    ("四川—重庆产业协作推介会在成都举办。", ["四川—重庆产业协作推介会"]),
    ("2023年浙江省“浙商回归”重大项目集中签约仪式举行。", ["2023年浙江省“浙商回归”重大项目集中签约仪式"]),
    ("2024年第二批重大项目集中开工暨“三个一批”活动在许昌举行。", ["2024年第二批重大项目集中开工暨“三个一批”活动"]),
    ("第二十三届中国国际投资贸易洽谈会在厦门举行。", ["第二十三届中国国际投资贸易洽谈会"]),
    ("第27屆澳門國際貿易投資展覽會昨日開幕。", ["第27屆澳門國際貿易投資展覽會"]),
    # a topic-named meeting told held right after its name
    ("12月8日，全市招商引资工作会议召开。", ["全市招商引资工作会议"]),
    # a fair's short name is its character and head after its edition; a year, a place or other words before it
    # are no part of it, a title written out with a dot or brackets keeps its words
    ("今年的招商引资和丝博会筹备工作同步推进。", ["丝博会"]),
    ("现在距离丝博会只有一个半月。", ["丝博会"]),
    ("是2004年首届东博会以来签约最多的一次。", ["首届东博会"]),
    ("今年5月在江西南昌第十一届中博会上签约。", ["第十一届中博会"]),
    ("第一至第六届中博会累计签约项目1000个。", ["第一至第六届中博会"]),
    ("该县参加第二十六届兰洽会。", ["第二十六届兰洽会"]),
    ("2024中国·贵阳数博会开幕。", ["2024中国·贵阳数博会"]),
]

# Kinds of meetings, not one held: topic words before 推介活动/对接活动/洽谈活动, meetings of each kind (各类, 各种)
# and one meeting per party (分别举办).
EVENT_KINDS = [
    "各地要多举办招商推介活动。",
    "全州举办各种大型招商推介活动12次。",
    "各设区市在深圳分别举办民营企业产业项目对接洽谈会。",
    "积极开展项目对接活动。",
    "市政府召开常务会议，研究部署招商工作。",
]


@pytest.mark.parametrize(("text", "expected"), EVENT_EDGES)
def test_event_name_edges_across_provinces(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected


@pytest.mark.parametrize("text", EVENT_KINDS)
def test_kinds_of_meetings_are_no_events(text: str) -> None:
    assert extracted_events(text) == []


# The second name after 暨 ends in a ceremony's or a meeting's word no head rule reads alone: one event.
JOINED_TAILS = [
    (
        "日前，成都市双流区招商引资项目集中签约活动暨招商顾问聘任仪式举行。",
        ["成都市双流区招商引资项目集中签约活动暨招商顾问聘任仪式"],
    ),
    ("9月28日，我区召开重点工作推进会暨乡村振兴领导小组会。", ["重点工作推进会暨乡村振兴领导小组会"]),
    ("3月5日，全省招商推介会暨项目签约仪式在长沙举行。", ["全省招商推介会暨项目签约仪式"]),
    (
        "日前，臺中市招商引資項目集中簽約活動暨產業顧問聘任儀式舉行。",
        ["臺中市招商引資項目集中簽約活動暨產業顧問聘任儀式"],
    ),
    ("市政府召开常务会议暨党组会。", []),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_TAILS)
def test_second_name_after_ji_joins_the_event(text: str, expected: list[str]) -> None:
    assert events(text) == expected


# A quarter or year before the projects a round of a campaign is about opens its name (二季度|重大项目|“…”活动).
CAMPAIGN_ROUNDS = [
    ("3月2日，全市举行2024年第一季度重大项目“百日攻坚”活动。", ["2024年第一季度重大项目“百日攻坚”活动"]),
    ("6月27日，万州区举行二季度招商引资项目“四集中”活动。", ["二季度招商引资项目“四集中”活动"]),
    ("该县开展招商引资项目“百日攻坚”活动。", []),
]


@pytest.mark.parametrize(("text", "expected"), CAMPAIGN_ROUNDS)
def test_a_rounds_quarter_opens_the_campaigns_name(text: str, expected: list[str]) -> None:
    assert events(text) == expected


# A ceremony named by the kind of its projects alone is the one event the report tells of where it is held right
# there (举行…, …在X举行); one named only by its stage, counted, one of many or merely attended is none.
HELD_CEREMONIES = [
    ("6月27日，庐江县在汤池镇举行招商重点项目集中签约仪式。", ["招商重点项目集中签约仪式"]),
    ("上海市人民政府27日舉行外資大項目集中籤約儀式，涉及通用汽車等。", ["外資大項目集中籤約儀式"]),
    ("12月5日招商引资项目集中签约仪式在县会议中心举行。", ["招商引资项目集中签约仪式"]),
    ("重庆两江新区举行重大项目集中签约活动，签约项目32个。", ["重大项目集中签约活动"]),
    ("台中市政府昨舉行招商投資簽約典禮，共有12家廠商簽約。", ["招商投資簽約典禮"]),
    ("该区举行集中签约仪式，签约项目8个。", []),
    ("县长出席项目开工仪式并讲话。", []),
    ("副区长主持重大项目签约仪式。", []),
    ("28个重大项目集中开工仪式在这里举行。", []),
    ("各地先后举行重点项目集中开工仪式。", []),
    ("3月15日，全县重点项目集中开工仪式举行，开工项目20个。", ["重点项目集中开工仪式"]),
    ("各区也组织了重大项目开工活动。", []),
]


@pytest.mark.parametrize(("text", "expected"), HELD_CEREMONIES)
def test_a_ceremony_named_by_its_projects_kind_is_one_where_held(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected


# Ceremonies of a works' stages and their 典禮 forms in Hong Kong, Taiwan and Macau reports.
WORKS_CEREMONIES = [
    ("彰化縣政府昨日舉行彰濱工業區線西區廠房動土典禮。", ["彰濱工業區線西區廠房動土典禮"]),
    ("昨日舉行的台積電高雄廠動工典禮上，行政院長出席致辭。", ["台積電高雄廠動工典禮"]),
    ("11月5日，湖南省承接产业转移投资合作洽谈会在长沙开幕。", ["湖南省承接产业转移投资合作洽谈会"]),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_CEREMONIES)
def test_works_ceremonies_and_theme_verbs(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected


# A ceremony told after a 、 list of named projects is theirs: the last item is a project, no event's start; a
# numbered sitting of a body's standing meeting is no named event, a committee's plenary is.
LISTS_AND_SITTINGS = [
    ("10月9日，宁德时代溧阳基地四期项目、中创新航常州基地三期项目集中开工仪式在溧阳举行。", []),
    ("市政府召开第32次常务会议，审议通过了相关文件。", []),
    ("本报讯 9月7日，从第十八届“中国农加工洽谈会”上传来喜讯。", ["第十八届“中国农加工洽谈会”"]),
    ("第八屆「一帶一路高峰論壇」昨日在灣仔會展中心舉行。", ["第八屆「一帶一路高峰論壇」"]),
    ("县委召开常委会议，研究部署招商引资工作。", []),
    ("澳门特区人才发展委员会2024年度第一次全体会议在政府总部举行。", ["澳门特区人才发展委员会2024年度第一次全体会议"]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_SITTINGS)
def test_ceremonies_after_project_lists_and_routine_sittings(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected


# Trade shows named by 展 alone (an international one, or one in quotes), and 回归 as a theme word.
SHOWS_AND_THEMES = [
    ("台灣國際半導體展（SEMICON Taiwan）今日在南港展覽館開幕。", ["台灣國際半導體展"]),
    ("澳門特區政府舉辦「2024澳門國際品牌連鎖加盟展」，吸引130家企業參展。", ["2024澳門國際品牌連鎖加盟展"]),
    ("2024年香港國際創科展的展期為4天。", ["2024年香港國際創科展"]),
    ("2023中國·廊坊國際經濟貿易洽談會昨日在廊坊國際會展中心開幕。", ["2023中國·廊坊國際經濟貿易洽談會"]),
    ("各地积极参展，展示发展成果。", []),
    ("“2023对话长三角”浙商回归项目签约仪式在杭州举行。", ["“2023对话长三角”浙商回归项目签约仪式"]),
    ("“天府英才”高层次人才引进活动启动仪式在成都举行。", ["“天府英才”高层次人才引进活动启动仪式"]),
    (
        "2017年中国·廊坊国际经济贸易洽谈会国外高端人才项目引进暨签约发布会现场。",
        ["2017年中国·廊坊国际经济贸易洽谈会国外高端人才项目引进暨签约发布会"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHOWS_AND_THEMES)
def test_trade_shows_and_theme_words(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected
