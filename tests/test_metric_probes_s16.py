"""Session-16 probes: statistics sentences as mainland, Hong Kong, Macau and Taiwan reports write them (not copied
from the corpus), with the period, place, yoy or indicator a reader expects of each figure. One class a table."""

from __future__ import annotations

import pytest

from dsz_extract import models
from metric_readings import metrics_valued

Y = 100_000_000  # 亿
W = 10_000  # 万


def _one(text: str, reference: str, value: float) -> models.Metric:
    found = metrics_valued(text, reference, value)
    assert found, f"no metric valued {value} in {text!r}"
    return found[0]


# Periods: Taiwan's bracketed ROC year and month words, 月台 before a Taiwanese place, 截至 a bare month or a quarter's
# end, a headline's year before the reference year for 全年 / 年末, a since-clause with its subject.
# (text, reference, value, period)
PERIODS: list[tuple[str, str, float, str]] = [
    ("經濟部投審會統計，今(112)年1至10月核准僑外投資金額計98.3億美元。", "2023-11-20", 98.3 * Y, "2023-01/2023-10"),
    ("經濟部投審會統計，去(111)年全年核准僑外投資金額計133億美元。", "2023-11-20", 133 * Y, "2022"),
    ("經濟部投審會統計，本(11)月核准僑外投資金額計5億美元。", "2023-11-20", 5 * Y, "2023-11"),
    ("經濟部統計處公布，上(10)月外銷訂單金額為498.1億美元。", "2023-11-20", 498.1 * Y, "2023-10"),
    ("今年1至10月台中市核准工廠登記家數為312家。", "2023-12-01", 312, "2023-01/2023-10"),
    ("今年1月台灣出口總值為312億美元。", "2023-02-20", 312 * Y, "2023-01"),
    ("截至10月份，全市新签约项目152个。", "2023-11-20", 152, "2023-01/2023-10"),
    ("截止10月，全县实际到位资金86亿元。", "2023-11-20", 86 * Y, "2023-01/2023-10"),
    ("截至三季度末，全县实际到位资金86亿元。", "2023-11-20", 86 * Y, "2023-01/2023-09"),
    ("截至二季度末，全县新签约项目36个。", "2023-11-20", 36, "2023-H1"),
    ("截至2023年三季度末，全县实际到位资金86亿元。", "2023-11-20", 86 * Y, "2023-Q3"),
    ("截至二○二三年九月底，香港的駐港地區總部數目為1 411間。", "2023-11-20", 1411, "2023-09"),
    ("株洲市2023年国民经济和社会发展统计公报\n一、综合\n全年全市地区生产总值3791.2亿元，比上年增长6.2%。",
     "2024-03-10", 3791.2 * Y, "2023"),
    ("株洲市2023年国民经济和社会发展统计公报\n一、综合\n年末全市常住人口385.6万人。", "2024-03-10", 385.6 * W, "2023"),
    ("2022年宁波市外贸运行情况\n二、对外经济\n全年实际使用外资32.6亿美元。", "2023-04-10", 32.6 * Y, "2022"),
    ("自2009年我市启动院士专家工作站建设以来，已认定市级院士专家工作站58家。", "2017-05-20", 58, "2009/2017"),
    ("自2013年“一带一路”倡议提出以来，全省对沿线国家投资120亿美元。", "2023-05-20", 120 * Y, "2013/2023"),
]  # fmt: skip


# A since-span told of a start's event is its sentence's: later sentences take no period from it.
def test_a_since_span_of_an_event_stays_in_its_sentence() -> None:
    text = "自2009年我市启动院士专家工作站建设以来，已认定市级院士专家工作站58家。建站单位共与60多位院士签约合作项目271项。"
    assert _one(text, "2017-05-20", 58).period == "2009/2017"
    assert _one(text, "2017-05-20", 271).period is None


@pytest.mark.parametrize(("text", "reference", "value", "period"), PERIODS)
def test_periods(text: str, reference: str, value: float, period: str) -> None:
    assert _one(text, reference, value).period == period


# A headline's year of the same year as the report, or a later one, sets no fallback: 全年 stays the reference year.
def test_a_headline_of_the_reference_year_changes_nothing() -> None:
    text = "2023年全市招商引资工作要点\n一、目标\n全年新签约项目150个。"
    assert _one(text, "2023-03-10", 150).period == "2023"


# The SARs' and Taiwan's comparison words give the figure its yoy; no percent statistic of its own.
# (text, reference, value, yoy)
YOY: list[tuple[str, str, float, float]] = [
    ("據澳門統計暨普查局資料，2023年第三季澳門本地生產總值為1,234億澳門元，按年實質上升116.1%。", "2023-11-30",
     1234 * Y, 116.1),
    ("今年首三季，澳門本地生產總值為2,815.6億澳門元，實質按年上升88.6%。", "2023-11-30", 2815.6 * Y, 88.6),
    ("香港特區政府統計處今日發表的數字顯示，2023年10月香港商品整體出口貨值為3,995億港元，較一年前同月上升0.2%。",
     "2023-11-30", 3995 * Y, 0.2),
    ("台灣今年前9月出口值為3,196億美元，年減14.4%。", "2023-11-20", 3196 * Y, -14.4),
    ("經濟部投審會統計，今年前10月僑外投資金額98.3億美元，年增11.2%。", "2023-11-20", 98.3 * Y, 11.2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "yoy"), YOY)
def test_comparison_words_of_the_territories(text: str, reference: str, value: float, yoy: float) -> None:
    metric = _one(text, reference, value)
    assert metric.yoy is not None and metric.yoy.value == pytest.approx(yoy)
    assert not metrics_valued(text, reference, abs(yoy))


# A change on the quarter or the month (按季, 按月) is a gap, no metric. (text, reference, rate, gap)
def test_a_change_on_the_quarter_is_no_metric() -> None:
    text = "第三季本澳失業率為2.2%，按季下跌0.3個百分點。"
    assert metrics_valued(text, "2023-11-20", 2.2)
    assert not metrics_valued(text, "2023-11-20", -0.3) and not metrics_valued(text, "2023-11-20", 0.3)


# A rate's change against last year in percentage points is no statistic; the rate stays.
def test_a_rates_change_on_the_year_is_no_metric() -> None:
    for text in ("全市工业投资占全部投资的比重为40.2%，比重同比提升0.5个百分点。",
                 "全市工业投资占全部投资的比重为40.2%，比重较去年同期提升0.5个百分点。"):  # fmt: skip
        assert metrics_valued(text, "2023-11-20", 40.2)
        assert not metrics_valued(text, "2023-11-20", 0.5)


# A completion rate right after the amount is its target_completion, no statistic of its own.
def test_a_completion_rate_after_the_amount() -> None:
    for text, amount, rate in (
        ("1-12月份，全县完成投资77.57亿元，投资完成率122.6%。", 77.57 * Y, 122.6),
        ("目前累計前3季民間投資金額達1.03兆元，達標率為79.46%。", 1.03 * 10_000 * Y, 79.46),
    ):
        metric = _one(text, "2023-12-20", amount)
        assert metric.target_completion is not None and metric.target_completion.value == pytest.approx(rate)
        assert not metrics_valued(text, "2023-12-20", rate)


# Last year's figure for the same months is the comparison's base, no metric of its own.
def test_last_years_same_months_is_no_metric() -> None:
    for text, this_year, last_year in (
        ("1-10月，全市实际到位资金560亿元，上年同期为486亿元。", 560 * Y, 486 * Y),
        ("1-2月，全省新签外资项目平均合同外资由上年同期612万美元大幅提升到1048万美元。", 1048 * W, 612 * W),
    ):
        assert metrics_valued(text, "2023-11-20", this_year)
        assert not metrics_valued(text, "2023-11-20", last_year)


# Hong Kong's thousands written with a space. (text, reference, value)
SPACED: list[tuple[str, str, float]] = [
    ("截至二○二三年九月底，香港的駐港地區總部數目為1 411間。", "2023-11-20", 1411),
    ("二○二三年首十個月，訪港旅客總數約2 840萬人次。", "2023-11-20", 2840 * W),
    ("投資推廣署今年協助了1 230間公司在港開設或擴展業務。", "2023-11-20", 1230),
]


@pytest.mark.parametrize(("text", "reference", "value"), SPACED)
def test_thousands_written_with_a_space(text: str, reference: str, value: float) -> None:
    assert metrics_valued(text, reference, value)


# The territory a figure nothing else places is of: the one territory whose bodies the report cites, or the
# scope word that can only mean it. (text, reference, value, place)
TERRITORIES: list[tuple[str, str, float, str]] = [
    ("台灣經濟部統計處今（20）日發布，10月外銷訂單金額為498.1億美元。", "2023-11-20", 498.1 * Y, "台湾省"),
    ("經濟部投審會今（20）日公布，今(112)年1至10月核准僑外投資金額計98.3億美元。", "2023-11-20", 98.3 * Y, "台湾省"),
    ("主計總處預估今年經濟成長率為1.42%。", "2023-11-20", 1.42, "台湾省"),
    ("澳門統計暨普查局公布，2023年10月份入境旅客為272萬人次。", "2023-11-20", 272 * W, "澳门特别行政区"),
    ("香港政府統計處發表的數字顯示，2023年第三季本地生產總值較一年前實質上升4.1%。", "2023-11-20", 4.1,
     "香港特别行政区"),
    ("今年前三季，全港私人住宅落成量為1.2萬個單位。", "2023-11-20", 1.2 * W, "香港特别行政区"),
    ("本港今年首十個月的零售業總銷貨價值為3,390億港元，較去年同期上升19.4%。", "2023-11-20", 3390 * Y,
     "香港特别行政区"),
    ("統計暨普查局資料顯示，2023年第三季本澳本地生產總值為994.1億澳門元。\n第三季訪澳旅客為801萬人次。",
     "2023-11-20", 801 * W, "澳门特别行政区"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "place"), TERRITORIES)
def test_territories(text: str, reference: str, value: float, place: str) -> None:
    assert _one(text, reference, value).place == place


# The words framing a figure are no part of its name: an estimate or hope between the name and its verb, a speech's
# 要力争, Taiwan's 計 "amounting to". (text, reference, value, indicator)
INDICATORS: list[tuple[str, str, float, str]] = [
    ("南京市今年实际使用外资预计达到50亿美元。", "2023-11-20", 50 * Y, "实际使用外资"),
    ("今年，全市实际使用外资有望突破10亿美元。", "2023-11-20", 10 * Y, "实际使用外资"),
    ("明年，全市要力争新签约项目300个以上。", "2023-11-20", 300, "新签约项目"),
    ("經濟部投審會統計，今年1至10月核准僑外投資金額計98.3億美元。", "2023-11-20", 98.3 * Y, "核准僑外投資金額"),
    ("今年首三季，香港本地生產總值按年實質上升3.1%。", "2023-11-20", 3.1, "本地生產總值"),
    # 引进 before a specific noun goes; before a generic head or a class sized by a figure it stays
    ("1月至3月，我市引进电子信息项目4个。", "2023-04-20", 4, "电子信息项目"),
    ("上半年，全省引进省外到位资金2095.1亿元，同比增长18.5%。", "2023-07-20", 2095.1 * Y, "省外到位资金"),
    ("今年以来，全县引进项目46个。", "2023-11-20", 46, "引进项目"),
    ("今年以来，全县引进资金56亿元。", "2023-11-20", 56 * Y, "引进资金"),
    ("今年以来，全市引进省外5000万元以上项目86个。", "2023-11-20", 86, "引进省外5000万元以上项目"),
    ("全年新引进世界500强企业12家。", "2024-01-20", 12, "新引进世界500强企业"),
    # the subject before 累计 / 共 and a dealing verb goes
    ("1-10月，全市重点项目累计完成投资612亿元，占年度计划的90%。", "2023-11-20", 612 * Y, "完成投资"),
    ("截至今年9月底，安徽省与央企累计签约合作项目1573个。", "2023-11-20", 1573, "签约合作项目"),
    ("香港政府統計處公布，2023年第三季本地生產總值較一年前實質上升4.1%。", "2023-11-20", 4.1, "本地生產總值"),
    # a change with an adverb of degree before its verb names both levels by the words before 由
    (
        "全省新签外资项目平均合同外资由2021年的612万美元大幅提升到2022年的1048万美元。",
        "2023-03-20",
        1048 * W,
        "新签外资项目平均合同外资",
    ),
    # an amount after a count of projects is named by what follows them
    ("当天，武汉市举行重大项目集中开工活动，33个项目总投资1122亿元。", "2023-09-20", 1122 * Y, "总投资"),
    ("1至11月，全县206个重点项目完成投资113亿元。", "2023-12-10", 113 * Y, "完成投资"),
    ("此次集中签约的10个项目计划总投资42.95亿元。", "2023-05-10", 42.95 * Y, "计划总投资"),
]


@pytest.mark.parametrize(("text", "reference", "value", "indicator"), INDICATORS)
def test_indicator_edges(text: str, reference: str, value: float, indicator: str) -> None:
    assert _one(text, reference, value).indicator == indicator


# (session 16, round 2) Hong Kong's bare 跌 / 升 after 按年, a level reached by 跌至 / 降至 after its growth, Taiwan's 年增率.
# (text, reference, value, yoy or None for a percent statistic's own sign)
DOWN_FORMS: list[tuple[str, str, float, float | None]] = [
    ("內地今年首4個月，實際使用外資金額按年跌27.9%，跌至3602億元人民幣。", "2024-05-20", 3602 * Y, -27.9),
    ("內地今年首4個月，實際使用外資金額按年跌27.9%至3602億元人民幣。", "2024-05-20", 3602 * Y, -27.9),
    ("今年1-5月，全市实际利用外资同比下降12%，降至8.5亿美元。", "2024-06-20", 8.5 * Y, -12),
    ("今年前5月外銷訂單金額為498億美元，年增率12.5%。", "2020-06-20", 498 * Y, 12.5),
    ("今年首季，香港零售業總銷貨價值按年升3.5%，升至1050億元。", "2024-05-20", 1050 * Y, 3.5),
    ("1-6月，全市实际到位资金86亿元，同比增12.5%。", "2023-07-20", 86 * Y, 12.5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "yoy"), DOWN_FORMS)
def test_down_forms_give_the_levels_yoy(text: str, reference: str, value: float, yoy: float) -> None:
    found = _one(text, reference, value)
    assert found.yoy is not None and found.yoy.value == yoy


# (text, reference, signed percent)
BARE_GROWTH: list[tuple[str, str, float]] = [
    ("內地今年首4個月實際使用外資按年跌近30%。", "2024-05-20", -30),
    ("香港今年首季本地生產總值按年升2.7%。", "2024-05-20", 2.7),
    ("今年1至10月，全省实际使用外资同比下跌8.1%。", "2023-11-20", -8.1),
    ("1-6月，全市实际到位资金同比增12.5%。", "2023-07-20", 12.5),
    ("1-6月，全市进出口总额同比降3.2%。", "2023-07-20", -3.2),
    ("1-6月，全市规上工业增加值同比减1.5%。", "2023-07-20", -1.5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value"), BARE_GROWTH)
def test_bare_growth_verbs_sign_the_percent(text: str, reference: str, value: float) -> None:
    assert _one(text, reference, value).yoy is None


# A ratio told by 相当于…的 N% right after a figure is its share; the rank a breakdown's next item is told in (其次为,
# 依序是) is no part of the item's name. (text, reference, value, share or indicator)
RATIOS: list[tuple[str, str, float, float]] = [
    ("2020年，全市实际使用外资同比增长5%至32亿美元，相当于全市生产总值的3.5%。", "2021-12-20", 32 * Y, 3.5),
    ("1-6月，全市实际到位资金86亿元，相当于去年全年的62%。", "2021-07-20", 86 * Y, 62),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "share"), RATIOS)
def test_a_ratio_after_a_figure_is_its_share(text: str, reference: str, value: float, share: float) -> None:
    found = _one(text, reference, value)
    assert found.share is not None and found.share.value == share


RANKED: list[tuple[str, str, float, str]] = [
    ("按產業別分，以技術服務業達成率33.09%最高，其次為電子資訊業28.16%。", "2021-12-20", 28.16, "電子資訊業"),
    ("若按領域分，其次是科技領域占18%，而後依序是教育15%、金融6%。", "2021-12-20", 15, "教育"),
    ("从行业看，制造业占比最高，其次是批发零售业35.2%。", "2021-12-20", 35.2, "批发零售业"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "indicator"), RANKED)
def test_the_rank_is_no_part_of_the_name(text: str, reference: str, value: float, indicator: str) -> None:
    assert _one(text, reference, value).indicator == indicator
