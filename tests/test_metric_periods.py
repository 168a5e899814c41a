"""Periods and places of metrics read end to end (the real mention passes, the gazetteer), from short
sentences written in the way statistics pages and news reports state figures.

Each row: the text, its reference date, and the metrics expected in order as
(indicator, value, unit or currency, period TIMEX, place, adcode of the place).
"""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract, models

ROWS: list[tuple[str, str | None, list[tuple[str, float, str, str | None, str | None, str | None]]]] = [
    # 截至 a month's end counts from the start of the year: the first half, the first nine months, the year.
    (
        "截至6月底，泉州市累计引进省外资金85.3亿元。",
        "2023-10-20",
        [("省外资金", 8530000000, "CNY", "2023-H1", "泉州市", "350500")],
    ),
    (
        "截至9月末，南通市实际使用外资23.36亿美元，同比增长10.68%。",
        "2018-10-05",
        [("实际使用外资", 2336000000, "USD", "2018-01/2018-09", "南通市", "320600")],
    ),
    (
        "截至2022年年底，河南省累计认定高新技术企业1687家。",
        "2023-03-01",
        [("认定高新技术企业", 1687, "家", "2022", "河南省", "410000")],
    ),
    # 截至目前: money, or a count of what was signed or started, is this year's flow up to the reference month;
    # a rate as of now has no period.
    (
        "截至目前，黑河市已开复工项目24个，开复工率66.7%，完成投资14.5亿元。",
        "2019-08-31",
        [("开复工项目", 24, "个", "2019-01/2019-08", "黑河市", "231100"),
         ("开复工率", 66.7, "percent", None, "黑河市", "231100"),
         ("完成投资", 1450000000, "CNY", "2019-01/2019-08", "黑河市", "231100")],
    ),
    # the target a part of the year is measured against is the year's, unless the phrase names its own period
    (
        "上半年，海北州完成招商引资到位资金11.26亿元，完成目标任务20亿元的56.3%。",
        "2013-07-30",
        [("招商引资到位资金", 1126000000, "CNY", "2013-H1", "海北藏族自治州", "632200"),
         ("目标任务", 2000000000, "CNY", "2013", "海北藏族自治州", "632200")],
    ),
    (
        "一季度，海北州到位资金3亿元，完成一季度目标任务5亿元的60%。",
        "2013-07-30",
        [("到位资金", 300000000, "CNY", "2013-Q1", "海北藏族自治州", "632200"),
         ("目标任务", 500000000, "CNY", "2013-Q1", "海北藏族自治州", "632200")],
    ),
    # A page without a publication date: the year it states as its own (here inside an event's name).
    (
        "在2018中国浙江·宁波人才科技周开幕前，记者获悉：今年上半年，宁波市实际利用外资12.5亿美元。",
        None,
        [("实际利用外资", 1250000000, "USD", "2018-H1", "宁波市", "330200")],
    ),
    # The month after the lead's span ("8月份") is a breakdown: the next paragraph still speaks of 前8月.
    (
        "今年前8月，海南省新设外资企业407家。8月份，全省新设外资企业119家。\n从市县看，海口实际使用外资3.02亿美元。",
        "2020-09-21",
        [
            ("新设外资企业", 407, "家", "2020-01/2020-08", "海南省", "460000"),
            ("新设外资企业", 119, "家", "2020-08", "海南省", "460000"),
            ("实际使用外资", 302000000, "USD", "2020-01/2020-08", "海口市", "460100"),
        ],
    ),
    # A bare year after a finer period of it names the period's year.
    (
        "会议指出，1至9月，吐鲁番市今年招商引资到位资金56.11亿元。",
        "2014-11-01",
        [("招商引资到位资金", 5611000000, "CNY", "2014-01/2014-09", "吐鲁番市", "650400")],
    ),
    # 今天 after a news dateline is the dateline's day, not the (next day's) publication date.
    (
        "湖南日报8月19日讯 今天，邵阳市在上海举行招商会，现场签约项目25个，引进市外资金128.53亿元。",
        "2016-08-20",
        [
            ("现场签约项目", 25, "个", "2016-08-19", "邵阳市", "430500"),
            ("市外资金", 12853000000, "CNY", "2016-08-19", "邵阳市", "430500"),
        ],
    ),
    # A ranked list: each figure after its place, named by the ranking.
    (
        "1-8月，柳州市招商引资到位资金排在前三位的是柳南区82.0亿元，鱼峰区80.0亿元、柳江区77.4亿元。",
        "2017-09-30",
        [
            ("招商引资到位资金", 8200000000, "CNY", "2017-01/2017-08", "柳南区", "450204"),
            ("招商引资到位资金", 8000000000, "CNY", "2017-01/2017-08", "鱼峰区", "450203"),
            ("招商引资到位资金", 7740000000, "CNY", "2017-01/2017-08", "柳江区", "450206"),
        ],
    ),
    # A breakdown by county after the city's total: the total's name, each county its own place.
    (
        "1-6月，梧州市实际使用外资12亿美元。其中，岑溪市3.2亿美元，同比增长5%；藤县2.1亿美元。",
        "2017-07-20",
        [
            ("实际使用外资", 1200000000, "USD", "2017-01/2017-06", "梧州市", "450400"),
            ("实际使用外资", 320000000, "USD", "2017-01/2017-06", "岑溪市", "450481"),
            ("实际使用外资", 210000000, "USD", "2017-01/2017-06", "藤县", "450422"),
        ],
    ),
    # 集中开复工 (start and resume work) is a ceremony: its totals take its day.
    (
        "2月22日，图木舒克市举行重大项目集中开复工仪式。此次集中开复工项目292个，总投资572亿元。",
        "2022-02-24",
        [
            ("集中开复工项目", 292, "个", "2022-02-22", "图木舒克市", "659003"),
            ("总投资", 57200000000, "CNY", "2022-02-22", "图木舒克市", "659003"),
        ],
    ),
    # a region holding an event in its capital: the figures are the region's, the capital only the venue
    (
        "援藏干部招商引资项目在拉萨集中签约\n5月31日上午，西藏自治区在拉萨举行援藏干部招商引资项目集中签约，共签约项目26个。",
        "2022-06-01",
        [("签约项目", 26, "个", "2022-05-31", "西藏自治区", "540000")],
    ),
    (
        "四川省招商推介会于成都召开\n6月8日，四川省于成都召开招商推介会，现场签约项目40个。",
        "2022-06-10",
        [("现场签约项目", 40, "个", "2022-06-08", "四川省", "510000")],
    ),
    # a list of places counted (三市, 两市) with a bound each passes (超): the figure of the whole before, each place's
    (
        "1-11月，安徽省在建10亿元以上省外投资项目841个；其中，芜湖、合肥两市超90个。",
        "2021-12-20",
        [("在建10亿元以上省外投资项目", 841, "个", "2021-01/2021-11", "安徽省", "340000"),
         ("在建10亿元以上省外投资项目", 90, "个", "2021-01/2021-11", "芜湖市", "340200"),
         ("在建10亿元以上省外投资项目", 90, "个", "2021-01/2021-11", "合肥市", "340100")],
    ),
    (
        "今年以来，甘肃省签约项目400个，其中兰州、天水、武威三市各超50个。",
        "2021-12-20",
        [("签约项目", 400, "个", "2021", "甘肃省", "620000"),
         ("签约项目", 50, "个", "2021", "兰州市", "620100"),
         ("签约项目", 50, "个", "2021", "天水市", "620500"),
         ("签约项目", 50, "个", "2021", "武威市", "620600")],
    ),
    (
        "上半年，云南省到位资金1200亿元，其中，昆明、曲靖两市均超过300亿元。",
        "2021-12-20",
        [("到位资金", 120000000000, "CNY", "2021-H1", "云南省", "530000"),
         ("到位资金", 30000000000, "CNY", "2021-H1", "昆明市", "530100"),
         ("到位资金", 30000000000, "CNY", "2021-H1", "曲靖市", "530300")],
    ),
    # a place investing in another (广东省在皖投资…) is where the money comes from: the figure is the host's
    (
        "1-11月，安徽省在建亿元以上省外投资项目6743个。广东省在皖投资在建亿元以上项目693个，实际到位资金1956.1亿元。",
        "2021-12-20",
        [("在建亿元以上省外投资项目", 6743, "个", "2021-01/2021-11", "安徽省", "340000"),
         ("广东省在皖投资在建亿元以上项目", 693, "个", "2021-01/2021-11", "安徽省", "340000"),
         ("实际到位资金", 195610000000, "CNY", "2021-01/2021-11", "安徽省", "340000")],
    ),
    (
        "今年以来，天津市引进项目2596个，其中，北京市在津投资项目1200个。",
        "2021-12-20",
        [("引进项目", 2596, "个", "2021", "天津市", "120000"),
         ("北京市在津投资项目", 1200, "个", "2021", "天津市", "120000")],
    ),
    # a page without a date: 今年 is still a year, of unknown number (XXXX), and an amount of 2000亿 no year
    (
        "今年铜川市的招商引资目标任务是签约项目2000亿元，实际利用外资1亿美元。",
        None,
        [("签约项目", 200000000000, "CNY", "XXXX", "铜川市", "610200"),
         ("实际利用外资", 100000000, "USD", "XXXX", "铜川市", "610200")],
    ),
    (
        "今年，宜昌市新签约项目2019个，到位资金2020亿元。",
        None,
        [("新签约项目", 2019, "个", "XXXX", "宜昌市", "420500"),
         ("到位资金", 202000000000, "CNY", "XXXX", "宜昌市", "420500")],
    ),
]  # fmt: skip


def _number_and_unit(value: Any) -> tuple[float, str]:
    if isinstance(value, models.MoneyValue):
        return value.amount, value.currency
    return value.value, value.unit


def _adcode(report: models.Report, place: str | None) -> str | None:
    """The code of the place a metric names: of a place mention with that name, else of the subject place."""
    for m in report.mentions:
        if m.type == "place" and m.value.name == place and m.value.adcode:
            return m.value.adcode
    subject = report.subject_place
    return subject.adcode if subject is not None and subject.name == place else None


@pytest.mark.parametrize(("text", "reference", "expected"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_period_and_place_of_each_metric(
    text: str, reference: str | None, expected: list[tuple[str, float, str, str | None, str | None, str | None]]
) -> None:
    report = extract(text, reference_date=reference)
    got = [
        (m.indicator, *_number_and_unit(m.value), m.period, m.place, _adcode(report, m.place)) for m in report.metrics
    ]
    assert got == expected


def test_today_after_a_dateline_is_the_datelines_day() -> None:
    report = extract(
        "中国江苏网4月23日讯 昨天，记者从市商务局获悉，今年一季度，南通市新批外资项目68个。",
        reference_date="2016-04-25",
    )
    dates = {m.text: m.value.timex for m in report.mentions if m.type == "date"}
    assert dates["昨天"] == "2016-04-22"
    assert dates["今年一季度"] == "2016-Q1"


def test_what_was_signed_up_to_now_is_this_years_flow_past_a_month_told_before() -> None:
    # 到目前 speaks of now, past the month of the sentence before; agreements signed (签署) so far are a flow
    text = "8月初，绥化市开展了招商活动月活动。到目前，全市已与科研院所签署合作协议133项。"
    report = extract(text, reference_date="2012-10-11")
    assert [(m.value.value, m.period, m.place) for m in report.metrics] == [(133, "2012-01/2012-10", "绥化市")]


def test_the_years_target_is_the_year_s_after_a_quarter() -> None:
    text = "一季度，全区到位资金800亿元。全力完成引进3900亿元国内到位资金的年度目标。"
    report = extract(text, reference_date="2023-04-20")
    assert [(m.kind, m.value.amount, m.period) for m in report.metrics] == [
        ("actual", 80000000000, "2023-Q1"),
        ("target", 390000000000, "2023"),
    ]
