"""Periods and places of metrics for constructions of news and government prose, read end to end (the real
mention passes, the gazetteer), each pattern in several wordings of our own.

Each row: the text, its reference date, and the metrics expected in order as (value, period, place); the
indicators are not what these rows are about.
"""

from __future__ import annotations

from typing import Any

import pytest

from metric_readings import read_metrics

Row = tuple[str, str | None, list[tuple[float, str | None, str | None]]]

# The year's plan of an event's projects is the year's, also when the words saying so stand before the
# indicator: a date ("2021年计划完成投资"), 年内, 当年.
ANNUAL_PLANS: list[Row] = [
    (
        "6月30日，大理州举行重大项目集中开工仪式，开工项目35项，总投资25.7亿元，2021年计划完成投资11.82亿元。",
        "2021-07-01",
        [(35, "2021-06-30", "大理白族自治州"), (2570000000, "2021-06-30", "大理白族自治州"),
         (1182000000, "2021", "大理白族自治州")],
    ),
    (
        "3月5日，保山市重大项目集中开工，共开工项目20个，总投资100亿元，年内计划完成投资30亿元。",
        "2021-03-06",
        [(20, "2021-03-05", "保山市"), (10000000000, "2021-03-05", "保山市"),
         (3000000000, "2021", "保山市")],
    ),
    (
        "2月16日，曲靖市举行集中开工活动，开工项目50个，总投资200亿元，当年计划投资60亿元。",
        "2022-02-17",
        [(50, "2022-02-16", "曲靖市"), (20000000000, "2022-02-16", "曲靖市"),
         (6000000000, "2022", "曲靖市")],
    ),
    (
        "2月16日，喀什地區舉行重大項目集中開工儀式，開工項目120個，總投資300億元，年內計劃完成投資90億元。",
        "2023-02-17",
        [(120, "2023-02-16", "喀什地区"), (30000000000, "2023-02-16", "喀什地区"),
         (9000000000, "2023", "喀什地区")],
    ),
]  # fmt: skip

# 预计 before the year a review's estimates open with: the year (and place) is the paragraph's topic.
ESTIMATES: list[Row] = [
    (
        "预计2012年全市生产总值完成3440亿元左右。规模以上工业增加值达到1300亿元以上。",
        "2013-01-20",
        [(344000000000, "2012", "全市"), (130000000000, "2012", "全市")],
    ),
    (
        "预计今年全县招商引资到位资金突破50亿元；新签约项目达到120个。",
        "2013-12-20",
        [(5000000000, "2013", "全县"), (120, "2013", "全县")],
    ),
    (
        "預計2022年全區實際使用外資12億美元。新設外資企業80家。",
        "2023-01-10",
        [(1200000000, "2022", "全区"), (80, "2022", "全区")],
    ),
    (
        "初步统计，预计2018年全省进出口总额完成320亿元。其中出口210亿元。",
        "2019-01-15",
        [(32000000000, "2018", "全省"), (21000000000, "2018", "全省")],
    ),
]

# A sum or an average growth under a span of years the paragraph tells (五年来, 过去五年, 近三年, 五年累计) is
# the span's; an average after a change from one year to another runs over the years of the change.
SPANS: list[Row] = [
    (
        "2012年，全市固定资产投资五年累计完成9091亿元，年均增加349亿元。",
        "2013-01-20",
        [(909100000000, "2008/2012", "全市"), (34900000000, "2008/2012", "全市")],
    ),
    (
        "过去五年，全省实际利用外资累计达215.03亿美元，年均增长20.7%。",
        "2022-01-10",
        [(21503000000, "2017/2021", "全省"), (20.7, "2017/2021", "全省")],
    ),
    (
        "2012年全省開發區地區生產總值達到7605億元。五年來，全省開發區招商引資額年均增幅達25%以上。",
        "2013-02-01",
        [(760500000000, "2012", "全省"), (25, "2008/2012", "全省")],
    ),
    (
        "近三年来，全县累计引进项目120个，年均引进40个。",
        "2022-01-10",
        [(120, "2019/2021", "全县"), (40, "2019/2021", "全县")],
    ),
    (
        "全区地区生产总值从2016年的695.7亿元增加到2021年的1144.2亿元，年均增长8.7%。",
        "2022-06-10",
        [(69570000000, "2016", "全区"), (114420000000, "2021", "全区"),
         (8.7, "2017/2021", "全区")],
    ),
    (
        "全縣財政收入從2017年的8億元提高到2022年的12億元，年均增長8.4%。",
        "2023-03-10",
        [(800000000, "2017", "全县"), (1200000000, "2022", "全县"),
         (8.4, "2018/2022", "全县")],
    ),
]  # fmt: skip

# A quarter or month told in a clause of figures at an event is the batch's period ("全县三季度集中开工项目31个");
# told in the clause naming the event ("5月份集中开工暨签约仪式…举行") it leaves the figures the event's day.
EVENT_BATCHES: list[Row] = [
    (
        "9月20日，沙洋县举行重大项目集中开工活动，全县2024年三季度集中开工项目31个，总投资116.3亿元。",
        "2024-09-21",
        [(31, "2024-Q3", "沙洋县"), (11630000000, "2024-Q3", "沙洋县")],
    ),
    (
        "6月28日，京山市舉行重大項目集中簽約儀式，二季度集中簽約項目18個，總投資56億元。",
        "2024-06-29",
        [(18, "2024-Q2", "京山市"), (5600000000, "2024-Q2", "京山市")],
    ),
    (
        "3月30日，掇刀区举行项目集中开工仪式，今年3月份全区集中开工项目12个，总投资30亿元。",
        "2023-03-31",
        [(12, "2023-03", "掇刀区"), (3000000000, "2023-03", "掇刀区")],
    ),
    (
        "5月26日，德州市5月份集中开工暨签约仪式在禹城举行，27个项目集中开工，总投资60亿元。",
        "2021-05-27",
        [(27, "2021-05-26", "德州市"), (6000000000, "2021-05-26", "德州市")],
    ),
]

# 截至 a month's end with its year written (a number or 今年) is a point a total is counted to; after a year
# 以来 (自2015年…以来) the count runs from that year to the point.
POINTS: list[Row] = [
    (
        "截至今年9月底，安徽省与央企累计签约合作项目1573个，实际完成投资10362.4亿元。",
        "2014-10-18",
        [(1573, "2014-09", "安徽省"), (1036240000000, "2014-09", "安徽省")],
    ),
    (
        "截至今年5月底，我市已建成院士工作站12家。",
        "2014-06-18",
        [(12, "2014-05", "我市")],
    ),
    (
        "自2015年实施招商引资三年行动以来，截至今年9月底，全县累计引进项目128个，到位资金56亿元。",
        "2017-10-18",
        [(128, "2015/2017-09", "全县"), (5600000000, "2015/2017-09", "全县")],
    ),
    (
        "2015年以来，截至2017年6月底，全市共新设外资企业300家。",
        "2017-10-18",
        [(300, "2015/2017-06", "全市")],
    ),
    (
        "自2016年以來，截至今年3月底，該區累計簽約項目80個。",
        "2017-04-18",
        [(80, "2016/2017-03", "该区")],
    ),
    (
        "自2012年以来，截至今年8月末，河北省累计引进央企项目441个。此外，新建研发中心12家。",
        "2017-10-18",
        [(441, "2012/2017-08", "河北省"), (12, "2012/2017-08", "河北省")],
    ),
]

# Where investment comes from is no place of the figure: investors of a place investing here (北京企业在津投资),
# a region in a breakdown by origin (来自“长三角”地区投资, 中部地区投资).
ORIGINS: list[Row] = [
    (
        "2014年，天津市实际利用内资2200亿元。其中，北京企业在津投资738.35亿元；来自“长三角”地区投资311.8亿元；"
        "中部地区投资177.23亿元。",
        "2015-02-10",
        [(220000000000, "2014", "天津市"), (73835000000, "2014", "天津市"), (31180000000, "2014", "天津市"),
         (17723000000, "2014", "天津市")],
    ),
    (
        "去年，青岛市引进内资1000亿元，其中北京企业在青投资200亿元，广东客商在青岛投资150亿元。",
        "2015-02-10",
        [(100000000000, "2014", "青岛市"), (20000000000, "2014", "青岛市"), (15000000000, "2014", "青岛市")],
    ),
    (
        "1-6月，江西省实际到位省外资金800亿元。其中，浙江企业在赣投资120亿元，占比15%。",
        "2015-07-10",
        [(80000000000, "2015-01/2015-06", "江西省"), (12000000000, "2015-01/2015-06", "江西省")],
    ),
    (
        "今年，天津市引進內資2000億元，其中「珠三角」地區投資300億元，環渤海地區投資1300億元。",
        "2015-12-10",
        [(200000000000, "2015", "天津市"), (30000000000, "2015", "天津市"), (130000000000, "2015", "天津市")],
    ),
]  # fmt: skip


# A month 以来 or 至今 runs to the reference month, as a year 以来 runs to the reference year; a month that is
# the reference month itself stays that month, and a running total (累计) stays a stock.
MONTHS_SINCE: list[Row] = [
    ("2014年3月至今，全市实际到位资金120亿元。", "2014-10-15", [(12000000000, "2014-03/2014-10", "全市")]),
    ("今年1月至今，全区签约项目32个。", "2014-10-15", [(32, "2014-01/2014-10", "全区")]),
    ("2013年6月以来，全县新签约项目120个。", "2014-10-15", [(120, "2013-06/2014-10", "全县")]),
    ("2019年5月以來，全市引進內資85億元。", "2019-12-02", [(8500000000, "2019-05/2019-12", "全市")]),
    ("今年10月以来，全市新签约项目12个。", "2014-10-15", [(12, "2014-10", "全市")]),
    ("2014年3月至今，全市已累计引进项目30个。", "2014-10-15", [(30, None, "全市")]),
]


# 累计 under a span that already counts from its start (months from January, the years since one) sums that
# span's flow: the figure keeps the span. A start of its own (…以来累计, 截至目前累计) or no span leaves a stock.
RUNNING_SPANS: list[Row] = [
    (
        "今年1-9月，全区累计签约项目143个，正式合同额达264.53亿元。",
        "2025-10-23",
        [(143, "2025-01/2025-09", "全区"), (26453000000, "2025-01/2025-09", "全区")],
    ),
    (
        "1至6月，全县累计引进项目45个，到位资金12.3亿元。",
        "2021-07-10",
        [(45, "2021-01/2021-06", "全县"), (1230000000, "2021-01/2021-06", "全县")],
    ),
    ("一季度，全市累计新签约项目38个。", "2022-04-15", [(38, "2022-Q1", "全市")]),
    (
        "2014年以来，全县累计签约招商引资项目26项，规模投资86.55亿元。",
        "2015-11-02",
        [(26, "2014/2015", "全县"), (8655000000, "2014/2015", "全县")],
    ),
    (
        "今年1-9月，全市签约项目120个，项目启动以来累计到位资金597亿元。",
        "2014-10-20",
        [(120, "2014-01/2014-09", "全市"), (59700000000, None, "全市")],
    ),
    ("前三季度，全省经济平稳。截至目前累计设立外商投资企业超过36万家。", "2025-10-20", [(360000, None, "全省")]),
    ("全市累计引进企业1687家。", "2025-10-20", [(1687, None, "全市")]),
    ("上半年，全市新增上市公司6家，上市公司总数达到62家。", "2023-07-20", [(6, "2023-H1", "全市"), (62, None, "全市")]),
    ("1月至3月，全市引进电子信息项目4个，新型建材项目6个，两大产业项目总数10个。", "2014-04-20",
     [(4, "2014-01/2014-03", "全市"), (6, "2014-01/2014-03", "全市"), (10, "2014-01/2014-03", "全市")]),
]  # fmt: skip

# 目前 after a span a date 以来 opened, running to now, still speaks of that span; after 上半年 in an October
# report it ends it.
NOW_AFTER_SINCE: list[Row] = [
    (
        "2014年以来，全县累计签约项目26项。目前，已落地23项，到位资金17.38亿元。",
        "2015-11-02",
        [(26, "2014/2015", "全县"), (23, "2014/2015", "全县"), (1738000000, "2014/2015", "全县")],
    ),
    (
        "2013年6月以来，全县新签约项目120个。目前，已开工项目80个。",
        "2014-10-15",
        [(120, "2013-06/2014-10", "全县"), (80, "2013-06/2014-10", "全县")],
    ),
    ("上半年，全市新签约项目50个。目前，已开工项目30个。", "2014-10-15", [(50, "2014-H1", "全市"), (30, None, "全市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), ANNUAL_PLANS)
def test_the_year_s_plan_of_an_event_s_projects(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), ESTIMATES)
def test_a_review_s_estimates_open_with_their_year(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), SPANS)
def test_sums_and_averages_over_a_span_of_years(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), EVENT_BATCHES)
def test_a_batch_of_a_quarter_told_at_an_event(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), POINTS)
def test_a_point_a_total_is_counted_to(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), ORIGINS)
def test_where_investment_comes_from_is_no_place_of_the_figure(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), MONTHS_SINCE)
def test_a_month_since_runs_to_the_reference_month(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), RUNNING_SPANS)
def test_a_running_total_keeps_the_span_it_sums(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), NOW_AFTER_SINCE)
def test_now_after_a_span_since_a_date(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A paragraph opening on the event's projects counted back ("签约的31个合同项目中", "在邵阳市签约的26个项目中")
# speaks of the event: its figures take the event's day. Each row: text, reference date, expected periods.
EVENT_PROJECTS_AMONG: list[tuple[str, str, list[str | None]]] = [
    (
        "5月24日，广元市举行招商引资项目集中签约仪式，共有40个项目成功签约，总投资295.73亿元。\n"
        "据了解，签约的31个合同项目中，10亿元以上的项目达到11个。",
        "2014-05-25",
        ["2014-05-24", "2014-05-24", "2014-05-24"],
    ),
    (
        "8月19日，邵阳市在上海举行项目集中签约仪式，共签约项目26个，引进资金133.53亿元。\n"
        "在邵阳市签约的26个项目中，有9个为省级签约项目，总投资额52.5亿元。",
        "2016-08-20",
        ["2016-08-19", "2016-08-19", "2016-08-19"],
    ),
    (
        "3月5日，曲靖市举行重大项目集中开工仪式，开工项目50个，总投资200亿元。\n开工的50个项目中，工业项目30个。",
        "2022-03-06",
        ["2022-03-05", "2022-03-05", "2022-03-05"],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), EVENT_PROJECTS_AMONG)
def test_the_event_s_projects_counted_back(text: str, reference: str, expected: list[str | None]) -> None:
    assert [period for _value, period, _place in read_metrics(text, reference)] == expected


# 从<day> <the start's event> 至/到 <day>: the figures after it are the span's, not its last day's.
FROM_TO: list[Row] = [
    (
        "全力推动自贸区建设，从4月10日挂牌至7月20日，新增企业2046家、注册资本225.85亿元。",
        "2017-08-03",
        [(2046, "2017-04-10/2017-07-20", None), (22585000000, "2017-04-10/2017-07-20", None)],
    ),
    ("自3月1日开工到6月30日，完成投资5亿元。", "2017-08-03", [(500000000, "2017-03-01/2017-06-30", None)]),
    ("从3月1日至6月30日，全县签约项目12个。", "2017-08-03", [(12, "2017-03-01/2017-06-30", "全县")]),
    ("7月20日，全区新增企业30家。", "2017-08-03", [(30, "2017-07-20", "全区")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), FROM_TO)
def test_from_a_day_to_a_day(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A page's path, title and stamp lines fill the lead's count of paragraphs, but the first paragraph of prose
# leads still: its period (今年以来, 1—9月) carries to the figures after, also past a "；" and 截至目前.
LEAD_AFTER_PAGE_LINES: list[Row] = [
    (
        "您现在的位置:首页>>地方报道>>西藏\n\n拉萨经开区打造投资高地\n\n2013-12-31 10:57:03 作者:admin\n\n"
        "今年以来，拉萨经开区以资源开发为招商突破口，加快发展。\n\n"
        "截至目前，开发区落地企业102家，总投资293.9亿元；续建项目11个，总投资21.2亿元；意向项目20个，总投资142.3亿元。",
        "2013-12-31",
        [(102, "2013", "拉萨经济技术开发区"), (29390000000, "2013", "拉萨经济技术开发区"),
         (11, "2013", "拉萨经济技术开发区"), (2120000000, "2013", "拉萨经济技术开发区"),
         (20, "2013", "拉萨经济技术开发区"), (14230000000, "2013", "拉萨经济技术开发区")],
    ),
    (
        "当前位置:首页>>新闻>>地方\n\n黑河市招商引资成效明显\n\n2019-08-31 09:00 来源:黑河日报\n\n"
        "今年以来，黑河市持续优化营商环境，招商引资成效明显。\n\n全市新签约项目20个；完成投资14.5亿元。",
        "2019-08-31",
        [(20, "2019", "黑河市"), (1450000000, "2019", "黑河市")],
    ),
    (
        "首页>>要闻\n\n南通市实际使用外资保持增长\n\n2018-10-05 来源:南通日报\n\n1—9月，南通市外资工作稳中有进。\n\n"
        "全市实际使用外资23.36亿美元；新设外资项目300个。",
        "2018-10-05",
        [(2336000000, "2018-01/2018-09", "南通市"), (300, "2018-01/2018-09", "南通市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), LEAD_AFTER_PAGE_LINES)
def test_the_first_prose_paragraph_leads_after_page_lines(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


# 截至目前 in a report of December: January to December is the year (as 截至12月底 is); earlier months run to
# the reference month.
AS_OF_NOW_IN_DECEMBER: list[Row] = [
    ("截至目前，开发区签约项目30个，总投资50亿元。", "2013-12-31", [(30, "2013", None), (5000000000, "2013", None)]),
    ("截至目前，全县引进项目12个，到位资金8亿元。", "2021-12-20", [(12, "2021", "全县"), (800000000, "2021", "全县")]),
    ("截至目前，全區簽約項目18個，協議資金36億元。", "2020-12-25", [(18, "2020", "全区"), (3600000000, "2020", "全区")]),
    (
        "截至目前，全市签约项目45个，协议资金120亿元。",
        "2019-08-31",
        [(45, "2019-01/2019-08", "全市"), (12000000000, "2019-01/2019-08", "全市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), AS_OF_NOW_IN_DECEMBER)
def test_as_of_now_in_december_is_the_year(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# 在去年…的基础上 is the base the year builds on: the bare months after it are of the year discussed (the
# reference year), while a year told of itself (去年，…) still gives them its year.
BASE_YEARS: list[Row] = [
    (
        "新年伊始，在去年高起点的基础上，重庆市利用外资继续保持强劲增势。1月份重庆市实际利用外资4.62亿美元。",
        "2012-02-13",
        [(462000000, "2012-01", "重庆市")],
    ),
    ("在去年良好开局的基础上，全县招商引资再上台阶。3月份，全县签约项目8个。", "2016-04-10", [(8, "2016-03", "全县")]),
    (
        "在去年高起點的基礎上，全市利用外資繼續增長。2月份，全市實際利用外資3億美元。",
        "2013-03-12",
        [(300000000, "2013-02", "全市")],
    ),
    ("去年，全市签约项目30个。3月份，全市签约项目5个。", "2014-06-10", [(30, "2013", "全市"), (5, "2013-03", "全市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), BASE_YEARS)
def test_a_base_year_gives_no_year_to_the_months_after(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# 截至目前 speaks of the whole statement, past its "；": money and counts of what was signed or started after
# the semicolon are the year's flow up to the reference month too; rates keep no period.
AS_OF_NOW_PAST_SEMICOLONS: list[Row] = [
    (
        "截至目前，海东市已开工项目17个，开工率54%；到位资金7.95亿元，资金到位率4.9%。",
        "2014-07-20",
        [(17, "2014-01/2014-07", "海东市"), (54, None, "海东市"), (795000000, "2014-01/2014-07", "海东市"),
         (4.9, None, "海东市")],
    ),
    (
        "截至目前，全县签约项目20个，总投资50亿元；开工项目12个，完成投资8亿元；竣工项目3个。",
        "2019-08-31",
        [(20, "2019-01/2019-08", "全县"), (5000000000, "2019-01/2019-08", "全县"), (12, "2019-01/2019-08", "全县"),
         (800000000, "2019-01/2019-08", "全县"), (3, "2019-01/2019-08", "全县")],
    ),
    (
        "截至目前，全區簽約項目18個；協議資金36億元。",
        "2020-06-25",
        [(18, "2020-01/2020-06", "全区"), (3600000000, "2020-01/2020-06", "全区")],
    ),
    ("全县签约项目20个；完成投资8亿元。", "2019-08-31", [(20, None, "全县"), (800000000, None, "全县")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), AS_OF_NOW_PAST_SEMICOLONS)
def test_as_of_now_speaks_past_semicolons(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A page's stamp line (a short line with the day the page was put up) is no section heading: the lead's period
# after it carries to the paragraphs that set none, not the stamp's day.
STAMP_LINES: list[Row] = [
    (
        "经济 投资 东北新闻网 2017-08-03\n\n记者昨日获悉，今年上半年，金普新区实现地区生产总值945.1亿元。\n\n"
        "以招商引资为生命线，签约重大外资项目10个，协议金额5.62亿美元。",
        "2017-08-03",
        [(94510000000, "2017-H1", "金普新区"), (10, "2017-H1", "金普新区"), (562000000, "2017-H1", "金普新区")],
    ),
    (
        "新闻中心 2019-07-20\n\n今年1至6月，全县招商引资到位资金50亿元。\n\n全县新签约项目30个，总投资80亿元。",
        "2019-07-20",
        [(5000000000, "2019-01/2019-06", "全县"), (30, "2019-01/2019-06", "全县"),
         (8000000000, "2019-01/2019-06", "全县")],
    ),
    (
        "首页 要闻 2018-04-18\n\n一季度，宁夏重点项目完成投资67.1亿元。\n\n全区新开工项目72个。",
        "2018-04-18",
        [(6710000000, "2018-Q1", "宁夏回族自治区"), (72, "2018-Q1", "宁夏回族自治区")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), STAMP_LINES)
def test_a_stamp_line_is_no_section_heading(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A year before the reference year told later in the lead ("今年以来，… 2018年，全县…") looks back: the lead's
# period stays the one it opened with; a lead that opens with that year (2018年，全县…) still sets it.
LOOK_BACKS_IN_THE_LEAD: list[Row] = [
    (
        "今年以来，全县招商引资成效明显。2018年，全县签约项目20个。\n\n全县新开工项目12个。",
        "2019-05-10",
        [(20, "2018", "全县"), (12, "2019", "全县")],
    ),
    (
        "今年一季度，全市实际利用外资5亿美元。2018年，全市实际利用外资18亿美元。\n\n全市新设外资企业30家。",
        "2019-04-20",
        [(500000000, "2019-Q1", "全市"), (1800000000, "2018", "全市"), (30, "2019-Q1", "全市")],
    ),
    ("2018年，全县签约项目20个。\n\n全县新开工项目12个。", "2019-01-10", [(20, "2018", "全县"), (12, "2018", "全县")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), LOOK_BACKS_IN_THE_LEAD)
def test_a_look_back_in_the_lead_keeps_its_period(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected
