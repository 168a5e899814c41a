"""How far a stated period reaches: which dates set the period the later figures of a report take, read end to
end (the real mention passes, the gazetteer), each pattern in several wordings of our own.

Each row: the text, its reference date, and the metrics expected in order as (value, period, place).
"""

from __future__ import annotations

from typing import Any

import pytest

from metric_readings import read_metrics

Row = tuple[str, str | None, list[tuple[float, str | None, str | None]]]

# A span since a date (自2022年6月揭牌以来, 2019年以来) on a page that states no date to run it to has no end: it gives
# no period, neither to its own figures nor to the paragraphs after it (its start month is not their period).
OPEN_SINCE: list[Row] = [
    (
        "金凤实验室自2022年6月揭牌以来，已引进科研团队29个，集聚规上企业120余家。\n长寿区已集聚规上企业120余家。",
        None,
        [(120, None, None), (120, None, "长寿区")],
    ),
    (
        "自2021年3月成立以来，该园区累计引进企业85家。\n全区拥有高新技术企业300家。",
        None,
        [(85, None, None), (300, None, "全区")],
    ),
    # (今年 on a page without a date is a year of unknown number: XXXX)
    ("从2020年5月运营以来，产业园已入驻项目42个。\n今年全市新签约项目50个。", None, [(42, None, None), (50, "XXXX", "全市")]),
    # with a reference date the span runs to its month, or to its year
    ("自2022年6月揭牌以来，该实验室已引进博士29人，集聚规上企业120余家。", "2023-05-10", [(120, "2022-06/2023-05", None)]),
    ("自2016年启动以来，该区已引进博士29人，集聚规上企业120余家。", "2023-05-10", [(120, "2016/2023", "该区")]),
]  # fmt: skip


# An activity just told, opening a clause with what was signed in it (活动中，… 签约; 仪式上，…; 活动上，…), is the event:
# the figures take its day. Activities in general (在各类招商活动中签约) are none: the period stated stays.
SIGNED_IN_THE_ACTIVITY: list[Row] = [
    (
        "6月12日上午，泰安市“项目签约大比拼”活动举办，市委书记出席活动并讲话。活动中，宁阳县6个项目成功签约，总投资79.7亿元。",
        "2024-06-13",
        [(6, "2024-06-12", "泰安市"), (7970000000, "2024-06-12", "泰安市")],
    ),
    (
        "5月20日，“招商引资百日攻坚”活动启动。活动上，全区共签约项目9个，签约金额18.5亿元。",
        "2022-05-21",
        [(9, "2022-05-20", "全区"), (1850000000, "2022-05-20", "全区")],
    ),
    (
        "3月8日，全市招商引资推进活动在高新区举行。仪式上，12个项目集中签约，总投资56亿元。",
        "2023-03-09",
        [(12, "2023-03-08", "全市"), (5600000000, "2023-03-08", "全市")],
    ),
    (
        "2015年上半年，各州市在各类省级重大招商活动中签约项目360个，到位资金375亿元。",
        "2015-08-01",
        [(360, "2015-H1", None), (37500000000, "2015-H1", None)],
    ),
]  # fmt: skip


# The day the news came (10月27日，记者从…获悉; 记者昨日获悉) or was filed (…10月28日讯, …3月1日电) dates the news, not the
# figures told with it: a stock as of now keeps no period; a period of the figures' own stays.
NEWS_DAYS: list[Row] = [
    (
        "浙江在线10月28日讯 昨日，记者从杭州市委人才办获悉，目前，杭州全市人才总量221万人。",
        "2017-10-28",
        [(2210000, None, "杭州市")],
    ),
    ("金山网讯 记者昨日获悉，省人社厅近日批准在我市5家企业设立省级博士后创新实践基地。", "2017-12-15", [(5, None, None)]),
    # 全区 with no subject place: the autonomous region of the one place named (乌鲁木齐)
    ("中新网乌鲁木齐3月1日电 目前，全区已建成院士工作站36家。", "2023-03-02", [(36, None, "新疆维吾尔自治区")]),
    ("10月27日，记者从市人才办获悉，全市已建成人才驿站120个。", "2017-10-28", [(120, None, "全市")]),
    ("2月22日，记者从省商务厅获悉，今年1月，全省实际使用外资12.5亿美元。", "2023-02-23", [(1250000000, "2023-01", "全省")]),
    (
        "3月28日，修水县举行重大项目签约仪式，签约项目47个，总投资107.75亿元。",
        "2012-04-05",
        [(47, "2012-03-28", "修水县"), (10775000000, "2012-03-28", "修水县")],
    ),
]  # fmt: skip


# A change told after one between two stated years (…从2021年的680万人增长到2023年的766.7万人，其中…从122.3万人增长到
# 141.1万人) runs between the same years; 增至 / 升至 / 降至 are changes too.
PARALLEL_CHANGES: list[Row] = [
    (
        "全省人才资源总量从2021年的680万人增长到2023年的766.7万人，其中高技能人才从122.3万人增长到141.1万人。",
        "2024-05-29",
        [(6800000, "2021", "全省"), (7667000, "2023", "全省"), (1223000, "2021", "全省"), (1411000, "2023", "全省")],
    ),
    (
        "全市新引进博士从2020年的90人增长至2024年的374人，每年新招引大学生从1.6万人增至10万人。",
        "2024-12-01",
        [(90, "2020", "全市"), (374, "2024", "全市"), (16000, "2020", "全市"), (100000, "2024", "全市")],
    ),
    (
        "全县生产总值从2016年的95亿元增加到2021年的150亿元，一般公共预算收入从5.2亿元提高到8.1亿元。",
        "2022-01-10",
        [(9500000000, "2016", "全县"), (15000000000, "2021", "全县"), (520000000, "2016", "全县"),
         (810000000, "2021", "全县")],
    ),
]  # fmt: skip


# Under an open event frame, a sentence of a later paragraph opening on the projects of a stage (签约项目涉及…;
# 签约项目有五大特点：…; 开工的项目中，…) speaks of the event: its figures take the event's day. Without an event the
# stated period stays.
STAGE_PROJECTS_OF_THE_EVENT: list[Row] = [
    (
        "1月20日，鄂州市10个重点工业项目集中签约，总投资182亿元。\n签约项目涉及建材、光电子等产业。投资5亿元以上的项目6个。",
        "2013-01-21",
        # session 14: the report names 鄂州市 alone, so its figures are 鄂州市's (docs/contract.md, the one unit)
        [(10, "2013-01-20", "鄂州市"), (18200000000, "2013-01-20", "鄂州市"), (6, "2013-01-20", "鄂州市")],
    ),
    (
        "2月18日，福州市举行“回归工程”项目签约仪式，49个项目上台签约，总投资额1033亿元。\n"
        "签约项目有五大特点：一是实体项目多，实体项目数量占签约总项目数的34.7%。",
        "2013-02-19",
        [(49, "2013-02-18", "福州市"), (103300000000, "2013-02-18", "福州市"), (34.7, "2013-02-18", "福州市")],
    ),
    (
        "3月15日，全县重点项目集中开工仪式举行，开工项目20个，总投资56亿元。\n开工的项目中，工业项目12个。",
        "2017-03-16",
        [(20, "2017-03-15", "全县"), (5600000000, "2017-03-15", "全县"), (12, "2017-03-15", "全县")],
    ),
    (
        "1—9月，全市签约项目120个，总投资300亿元。\n签约项目中，工业项目80个。",
        "2017-10-16",
        [(120, "2017-01/2017-09", "全市"), (30000000000, "2017-01/2017-09", "全市"), (80, "2017-01/2017-09", None)],
    ),
]  # fmt: skip


# 总数的 is the whole a share is taken of (占项目总数的43%), no stock: the share keeps the period; a total a level is
# told of (上市公司总数达到62家) stays a stock.
SHARES_OF_A_TOTAL: list[Row] = [
    (
        "今年，全县签约项目7个，高新技术产业项目占项目总数的43%，投资占比92%。",
        "2013-12-01",
        [(7, "2013", "全县"), (43, "2013", "全县"), (92, "2013", "全县")],
    ),
    (
        "1—9月，全市新签约项目80个，其中工业项目占签约项目总数的65%。",
        "2020-10-10",
        [(80, "2020-01/2020-09", "全市"), (65, "2020-01/2020-09", "全市")],
    ),
    ("2019年，全区上市公司总数达到62家。", "2020-01-10", [(62, None, "全区")]),
]  # fmt: skip


# The period a lead opens with sets the paragraph's topic also after a dateline without its day (本报讯(…), 新华网讯)
# and past figures inside the source's attribution (据…“十项竞赛”活动办公室日前透露，今年1-9月，…).
LEADS_AFTER_A_DATELINE: list[Row] = [
    (
        "台海网11月3日讯 (通讯员 洪锦城)据漳浦“三抓三比、十项竞赛”活动办公室日前透露，今年1-9月，该县签约项目25个。"
        "同时，实现外资实际到资8488万美元。",
        "2017-11-03",
        [(25, "2017-01/2017-09", "漳浦县"), (84880000, "2017-01/2017-09", "漳浦县")],
    ),
    (
        "本报讯(刘树东 记者李民峰)今年1-7月，黑河市深入推进项目建设。全市已开复工项目24个，完成投资14.5亿元。",
        "2019-08-31",
        [(24, "2019-01/2019-07", "黑河市"), (1450000000, "2019-01/2019-07", "黑河市")],
    ),
    ("新华网讯 上半年，全省深入推进招商引资。全省新签约项目120个。", "2019-07-20", [(120, "2019-H1", "全省")]),
]  # fmt: skip

# 累积 is 累计: a stock, unless a span counted from its start is summed.
ACCUMULATED: list[Row] = [
    ("今年以来，丰泽区深入推进柔性引才。\n丰泽区累积孵化企业400多家。", "2024-06-26", [(400, None, "丰泽区")]),
    (
        "1—5月，全区新签约项目30个。全区累积签约项目400个。",
        "2024-06-26",
        [(30, "2024-01/2024-05", "全区"), (400, "2024-01/2024-05", "全区")],
    ),
]  # fmt: skip


# A statement cut at "；" goes on with the last period told before the "；" (…前3季民间投资金额达1.03兆元；对外招商投资金额为
# 84.31亿美元); not with the year of a target (完成全年目标序时进度达到85.4%；), nor a base (是2008年的1.94倍；).
STATEMENTS_PAST_A_SEMICOLON: list[Row] = [
    (
        "统计称，今年民间新增投资的目标金额为1.3兆元，目前累计前3季民间投资金额达1.03兆元；对外招商投资金额为84.31亿美元；"
        "台商回台投资金额为971亿元。",
        "2014-10-21",
        # session 14: the report names 台 (回台) alone, so its figures are 台湾省's (docs/contract.md, the one unit)
        [(1300000000000, "2014", "台湾省"), (1030000000000, "2014-01/2014-09", "台湾省"),
         (8431000000, "2014-01/2014-09", "台湾省"), (97100000000, "2014-01/2014-09", "台湾省")],
    ),
    (
        "1-10月，全市完成工业投资1770.3亿元，完成全年目标序时进度达到85.4%；工业技改投入完成1057.5亿元。",
        "2017-11-20",
        # session 15: the progress measured against the year's target is of the span so far (real-dev V01 gold)
        [(177030000000, "2017-01/2017-10", "全市"), (85.4, "2017-01/2017-10", "全市"),
         (105750000000, "2017-01/2017-10", "全市")],
    ),
    (
        "2012年，全省开发区完成固定资产投资5630亿元，是2008年的1.94倍；实际利用外资41.42亿美元。",
        "2013-01-20",
        [(563000000000, "2012", "全省"), (4142000000, "2012", "全省")],
    ),
]  # fmt: skip

# The base of a multiple (是2007年的2.1倍) is no period of the figures after it.
MULTIPLE_BASES: list[Row] = [
    (
        "2012年，全省开发区完成固定资产投资5630亿元，是2008年的1.94倍，实际利用外资41.42亿美元。",
        "2013-01-20",
        [(563000000000, "2012", "全省"), (4142000000, "2012", "全省")],
    ),
    (
        "预计2012年全市生产总值完成3440亿元左右，是2007年的2.1倍，规模以上工业增加值达到1300亿元以上。",
        "2013-01-20",
        [(344000000000, "2012", "全市"), (130000000000, "2012", "全市")],
    ),
]  # fmt: skip


# A sentence opening on the years before (两年多来，…; 近年来，…; 多年来，…) speaks of no period its paragraph carries.
OTHER_YEARS: list[Row] = [
    (
        "1—5月，全省新签约项目120个。两年多来，央企合作项目完成投资2449.96亿元。",
        "2014-06-13",
        [(120, "2014-01/2014-05", "全省"), (244996000000, None, "全省")],
    ),
    (
        "今年以来，全县签约项目30个。近年来，全县累计引进企业500家，新增就业岗位1.2万个。",
        "2014-06-13",
        [(30, "2014", "全县"), (500, None, "全县"), (12000, None, "全县")],
    ),
    (
        "上半年，全市实际利用外资12亿美元。多年来，全市共培育上市公司15家。今年，全市新增上市公司2家。",
        "2014-07-13",
        [(1200000000, "2014-H1", "全市"), (15, None, "全市"), (2, "2014", "全市")],
    ),
]  # fmt: skip


# A heading's horizon (我市到2030年建成人才高地) is no period of the section's figures; a heading's own period is.
HEADLINE_HORIZONS: list[Row] = [
    (
        "人才工作\n我市到2030年建成人才高地\n全市已建成院士工作站15家，博士后工作站32家。",
        "2022-07-04",
        [(15, None, "全市"), (32, None, "全市")],
    ),
    ("经济运行\n全市2022年一季度经济运行情况\n全市实际使用外资3.2亿美元。", "2022-04-20", [(320000000, "2022-Q1", "全市")]),
]  # fmt: skip


# A sentence opening on a part of a whole (全省375亿元到位资金中，昆明市…; 其中，苏州市…) names the part's place: the
# paragraph's place stays the whole's for the sentences after it. (session 43) The whole told again there is no second
# metric: a figure the body tells again with the same value, period, place and indicator is one record.
BREAKDOWN_PLACES: list[Row] = [
    (
        "上半年，云南省到位资金375亿元。全省375亿元到位资金中，昆明市到位217.2亿元，占总数的58.2%。此外，入园项目履约率达82%。",
        "2015-08-01",
        [(37500000000, "2015-H1", "云南省"), (21720000000, "2015-H1", "昆明市"), (82, "2015-H1", "云南省")],
    ),
    (
        "1—9月，江苏省实际使用外资200亿美元。其中，苏州市实际使用外资50亿美元。全省新设外资项目3000个。",
        "2015-10-20",
        [(20000000000, "2015-01/2015-09", "江苏省"), (5000000000, "2015-01/2015-09", "苏州市"),
         (3000, "2015-01/2015-09", "江苏省")],
    ),
]  # fmt: skip


# Under an open frame of a stage, a later clause counting projects with the stage's verb (再开工…121个重大项目，总投资
# 873亿元; 开工…12个高精尖产业项目) tells more of the event: its day. A sentence stating its own period (今年以来，…新签约…)
# keeps it.
TOLD_WITH_THE_STAGE_VERB: list[Row] = [
    (
        "1月31日，北京市2023年第一批重大项目集中开工，开工项目100个，总投资600亿元。\n"
        "项目聚焦现代化产业体系，开工永丰数字科技中心等12个高精尖产业项目。",
        "2023-02-01",
        [(100, "2023-01-31", "北京市"), (60000000000, "2023-01-31", "北京市"), (12, "2023-01-31", "北京市")],
    ),
    (
        "4月19日，福州市举行重大项目集中开工仪式，32个重大项目开工，总投资450亿元。\n"
        "在此基础上，福州市再开工晋安区城市物流智慧产业园等121个重大项目，总投资873亿元。",
        "2022-04-20",
        [(32, "2022-04-19", "福州市"), (45000000000, "2022-04-19", "福州市"), (121, "2022-04-19", "福州市"),
         (87300000000, "2022-04-19", "福州市")],
    ),
    (
        "11月29日，吉林市举行重大项目集中签约仪式，签约项目9个。\n今年以来，吉林市新签约招商引资项目294个、投资额2392亿元。",
        "2021-11-30",
        [(9, "2021-11-29", "吉林市"), (294, "2021", "吉林市"), (239200000000, "2021", "吉林市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), OPEN_SINCE)
def test_a_span_since_a_date_without_an_end_gives_no_period(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), SIGNED_IN_THE_ACTIVITY)
def test_what_was_signed_in_the_activity_just_told_takes_its_day(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), NEWS_DAYS)
def test_the_day_the_news_came_dates_no_figure(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), PARALLEL_CHANGES)
def test_a_change_after_one_between_two_years_runs_between_them(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), STAGE_PROJECTS_OF_THE_EVENT)
def test_a_sentence_opening_on_the_stage_s_projects_speaks_of_the_event(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), SHARES_OF_A_TOTAL)
def test_a_share_of_a_total_is_no_stock(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), LEADS_AFTER_A_DATELINE)
def test_a_lead_s_period_after_a_dateline_or_a_source(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), ACCUMULATED)
def test_accumulated_is_a_stock_word(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), STATEMENTS_PAST_A_SEMICOLON)
def test_a_statement_goes_on_past_a_semicolon_with_its_last_period(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), MULTIPLE_BASES)
def test_the_base_of_a_multiple_is_no_period(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), OTHER_YEARS)
def test_the_years_before_carry_no_period(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), HEADLINE_HORIZONS)
def test_a_heading_s_horizon_is_no_period(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), BREAKDOWN_PLACES)
def test_a_part_s_place_is_not_the_paragraph_s(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), TOLD_WITH_THE_STAGE_VERB)
def test_a_later_clause_told_with_the_stage_s_verb_is_of_the_event(
    text: str, reference: str | None, expected: list[Any]
) -> None:
    assert read_metrics(text, reference) == expected
