"""Event names and their edges as probes of session 13 wrote them (event13): a fair or meeting told again by its
head, a scope before a quoted name, a year before an edition."""

from __future__ import annotations

import pytest

from dsz_extract import extract


def events(text: str) -> list[str]:
    return [m.text for m in extract(text, reference_date="2024-06-01").mentions if m.type == "event"]


TOLD_AGAIN = [
    # pointed at: the one the report tells of, named by its head alone
    (
        "3月5日，2024年江西省招商引资推介会在深圳举行。此次推介会共签约项目32个。",
        ["2024年江西省招商引资推介会", "推介会"],
    ),
    (
        "第五届中国（绵阳）科技城国际科技博览会开幕。本届博览会共吸引500家企业参展。",
        ["第五届中国（绵阳）科技城国际科技博览会", "博览会"],
    ),
    ("2023年海峡两岸经贸交易会在福州举行，本次交易会签约项目120个。", ["2023年海峡两岸经贸交易会", "交易会"]),
    (
        "2024成渝地区双城经济圈产业合作大会召开。本次大会现场签约项目45个。",
        ["2024成渝地区双城经济圈产业合作大会", "大会"],
    ),
    ("首届中国数字经济发展论坛在杭州举办，本次论坛发布了多项成果。", ["首届中国数字经济发展论坛", "论坛"]),
    ("第二十屆香港國際投資博覽會昨日揭幕。本屆博覽會共有300家展商參與。", ["第二十屆香港國際投資博覽會", "博覽會"]),
    ("2024臺灣國際投資論壇於台北舉行，此次論壇吸引逾千人出席。", ["2024臺灣國際投資論壇", "論壇"]),
    ("本次推介会签约项目20个，总投资80亿元。", ["推介会"]),
    # at it, after the page named it with that head
    (
        "2025年德阳市重大项目推介会在成都举行。副市长张明在推介会上介绍了德阳的投资环境。",
        ["2025年德阳市重大项目推介会", "推介会"],
    ),
    ("2024年郑州招商引资大会在郑州召开。大会上，共有60个项目集中签约。", ["2024年郑州招商引资大会", "大会"]),
    ("宜良县招商引资推介会在昆明举行，企业负责人等200余人出席推介会。", ["宜良县招商引资推介会", "推介会"]),
    # bare without a pointer or an earlier one of its head: none; nor a sitting, a ceremony or 会议
    ("副市长在推介会上说，交通优势明显。", []),
    ("出席签约仪式的有市领导和企业代表。", []),
    ("本次会议研究了招商引资工作。", []),
    ("大会期间，共签约项目50个，总投资300亿元。", []),
    # that day's meeting is pointed at; the day is no part of its name
    ("當天招商引資大會上，貴州省副省長致辭。", ["招商引資大會"]),
    ("当日签约仪式上，共签约项目10个。", []),
    ("副省长出席开幕式及推介会。", []),
    ("宜宾市与成都市经济合作恳谈会在成都举行，恳谈会上签约项目20个。", ["宜宾市与成都市经济合作恳谈会", "恳谈会"]),
    ("2024年澳門國際貿易投資展覽會閉幕。在本屆展覽會上，簽約項目62個。", ["2024年澳門國際貿易投資展覽會", "展覽會"]),
]


EDGES = [
    # a scope before a quoted campaign is the campaign's: the meeting held on it is named from the quotes; a scope
    # before the meeting's own topic is in its name
    ("全区“双招双引”动员大会召开，区委书记出席并讲话。", ["全区“双招双引”动员大会"]),
    ("全市“招商引资年”活动新闻发布会上，市商务局通报了上半年情况。", ["“招商引资年”活动新闻发布会"]),
    ("在收听收看全省“三个一批”活动视频会议后，各县立即行动。", ["“三个一批”活动视频会议"]),
    ("全县“万企兴万村”行动推进会召开。", ["“万企兴万村”行动推进会"]),
    ("全省招商引资暨优化营商环境大会在长沙召开。", ["全省招商引资暨优化营商环境大会"]),
    ("全区招商引资工作推进会召开，会议总结了上半年工作。", ["全区招商引资工作推进会"]),
    # a year dating the edition before quotes opens the name
    ("8月19日，山西省开发区2024年第三次“三个一批”活动以现场会形式举行。", ["2024年第三次“三个一批”活动"]),
    ("山西交城举行2024年第三次“三个一批”活动项目集中开工仪式。", ["2024年第三次“三个一批”活动项目集中开工仪式"]),
    ("2023年第十二期“三个一批”项目集中签约仪式在郑州举行。", ["2023年第十二期“三个一批”项目集中签约仪式"]),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_AGAIN)
def test_an_event_told_again_by_its_head(text: str, expected: list[str]) -> None:
    assert events(text) == expected


@pytest.mark.parametrize(("text", "expected"), EDGES)
def test_scope_and_year_edges(text: str, expected: list[str]) -> None:
    assert events(text) == expected


MORE_EDGES = [
    # a batch told first (首批) keeps its count
    ("2020年首批208个项目集中开复工仪式在海西全州7个地区同步举行。", ["2020年首批208个项目集中开复工仪式"]),
    ("2024年首批45个重大项目集中开工仪式在主会场举行。", ["2024年首批45个重大项目集中开工仪式"]),
    # a committee's plenary is named with the body
    (
        "澳门特区行政长官在人才发展委员会2025年度首次平常全体会议上透露，将引进更多人才。",
        ["人才发展委员会2025年度首次平常全体会议"],
    ),
    ("市招商引资工作领导小组2024年第一次会议召开。", ["市招商引资工作领导小组2024年第一次会议"]),
    # a second meeting after 及 told held with the first
    (
        "“2014百名海外博士重庆行”启动仪式及推介会在西南大学举行。",
        ["“2014百名海外博士重庆行”启动仪式及推介会"],
    ),
    ("市领导出席了开幕式及招商推介会。", []),
    # a quarter and the projects before a quoted campaign open its name
    ("一季度招商引资重点项目“云签约”活动在重庆举行。", ["一季度招商引资重点项目“云签约”活动"]),
    ("二季度重大项目“集中签约”活动在成都举行。", ["二季度重大项目“集中签约”活动"]),
    # the place owning a yearly meeting of its scope opens the name with the year
    ("记者从9月29日召开的梧州市2017年全市投资促进百日攻坚会上获悉，引资增长。", ["梧州市2017年全市投资促进百日攻坚会"]),
    ("拉萨市2014年全市招商引资工作会议昨日召开。", ["拉萨市2014年全市招商引资工作会议"]),
    ("省政府召开2024年全省招商引资工作会议。", ["2024年全省招商引资工作会议"]),
    # a year before a party in brackets and a dash opens the name; a scope before a quoted campaign is the campaign's
    ("2024中国（福建）—东盟经贸合作论坛在福州举行。", ["2024中国（福建）—东盟经贸合作论坛"]),
    ("全州“民企进州”活动启动仪式在州府举行。", ["“民企进州”活动启动仪式"]),
    # two trades joined before 产业 are one topic
    ("防城港市举行大健康和文旅产业重点项目集中开工大会。", ["大健康和文旅产业重点项目集中开工大会"]),
    ("数字经济与先进制造产业推介会在深圳举行。", ["数字经济与先进制造产业推介会"]),
    # a name starting inside a campaign's theme phrase starts at the phrase
    ("浙江省扩大有效投资重大项目集中开工仪式在杭州举行。", ["扩大有效投资重大项目集中开工仪式"]),
    ("4日上午，浙江省擴大有效投資重大項目集中開工儀式舉行。", ["擴大有效投資重大項目集中開工儀式"]),
    # a meeting named by a quoted campaign and a verb of what it does runs over the verb to the quotes
    ("自“中国光彩事业临夏行”活动筹备启动会后，州县市迅速行动。", ["“中国光彩事业临夏行”活动筹备启动会"]),
    ("我市召开全市“项目建设攻坚年”推进大会。", ["“项目建设攻坚年”推进大会"]),
    # a slogan in quotes is no tour
    ("以“英才聚楚 引领先行”为主题的湖北人才周活动启动。", ["湖北人才周"]),
    ("以“博士青岛行”为主题开展引才活动。", []),
    ("依托“院士安徽行”活动，引进人才50名。", ["院士安徽行"]),
    # a year opening the first of two topics joined by 、 shows one name
    (
        "2日，2025年上海杨浦重大项目签约、重大工程推进会暨重大工程开工仪式举行。",
        ["2025年上海杨浦重大项目签约、重大工程推进会暨重大工程开工仪式"],
    ),
    ("2024年A项目、B项目集中开工仪式举行。", []),
    # a quoted theme before a dash heads the name
    (
        "第八届中国—亚欧博览会举行“投资新疆”—产业合作推介对接暨签约活动。",
        ["第八届中国—亚欧博览会", "“投资新疆”—产业合作推介对接暨签约活动"],
    ),
    ("举办“港澳青年看祖国”—创新创业交流会。", ["“港澳青年看祖国”—创新创业交流会"]),
    ("2023年“一带一路”—澜湄合作经贸论坛在昆明举行。", ["2023年“一带一路”—澜湄合作经贸论坛"]),
    ("2024年全省扩大有效投资重大项目集中签约仪式在南昌举行。", ["2024年全省扩大有效投资重大项目集中签约仪式"]),
    # a signing held right there, named by whose projects or which round they are, with no ceremony word
    (
        "1日上午，西藏自治区在拉萨举行援藏干部招商引资项目集中签约，此次签约共签约26个项目。",
        ["援藏干部招商引资项目集中签约"],
    ),
    ("重庆举行一季度招商引资重点项目“云签约”，85个重点项目落户。", ["一季度招商引资重点项目“云签约”"]),
    ("会上举行了重点项目集中签约，共签约项目12个。", []),
    ("现场举行了集中签约。", []),
    # a month before a place is when the meeting was held, no edition
    ("自2006年3月山西省对外开放大会召开后，我省便开始持续招商。", ["山西省对外开放大会"]),
    ("筠连县2023年12月招商引资项目集中签约仪式举行。", ["2023年12月招商引资项目集中签约仪式"]),
    # a press briefing named by its host office or month alone is routine; by its topic or year it is an event
    ("記者從市政府新聞辦新聞發布會上獲悉，今年一季度引資增長。", []),
    ("记者从天津开发区8月新闻发布会上了解到，上半年引资增长。", []),
    ("第七届中国国际智能产业博览会新闻发布会在重庆举行。", ["第七届中国国际智能产业博览会新闻发布会"]),
    ("2024年招商引资工作新闻发布会召开。", ["2024年招商引资工作新闻发布会"]),
    # a ceremony named by its stages alone is none, attended or pointed at
    ("县委书记参加揭牌签约仪式并致辞。", []),
    ("组织部部长主持揭牌签约活动。", []),
    ("参加本次集中开工活动的重大项目有614个。", []),
    ("此次集中签约仪式共签约项目20个。", []),
]


@pytest.mark.parametrize(("text", "expected"), MORE_EDGES)
def test_batches_bodies_joins_and_stages(text: str, expected: list[str]) -> None:
    assert events(text) == expected
