"""Session-13 probes: statistics paragraphs written as reports across China write them (not copied from the corpus),
each with the figures a reader expects: (value, period, place) or (value, indicator). Data-driven, one class per table."""

from __future__ import annotations

import pytest

from dsz_extract import models
from metric_readings import metrics_valued

Y = 100_000_000  # 亿
R = "2023-11-15"


def _found(text: str, reference: str, value: float) -> list[models.Metric]:
    return metrics_valued(text, reference, value)


PeriodRow = tuple[str, str, float, str | None, str | None]

# A date in brackets with other words dates the figures inside the brackets only; 仅 / 单是 before a period still
# open the clause; a bare 今年 cut at "；" goes on as the span its paragraph counts; 当月 in a span is its last month;
# a sentence opening on a day's projects dates its paragraph's figures by the day.
SCOPED_PERIODS: list[PeriodRow] = [
    ("1-10月，嘉兴市新签约项目86个（其中10月份12个），总投资520亿元。", R, 520 * Y, "2023-01/2023-10", "嘉兴市"),
    ("1-9月，湖州市实际到位资金412亿元（上年同期为360亿元），同比增长14.4%。", R, 412 * Y, "2023-01/2023-09", "湖州市"),
    ("萍乡市实际到位资金480亿元（截至9月底），同比增长12%。", R, 480 * Y, "2023-01/2023-09", "萍乡市"),
    ("前10个月，全省实际到位资金5120亿元。\n\n仅10月份，安徽省实际到位资金就达520亿元。其中，省外资金320亿元。",
     R, 320 * Y, "2023-10", "安徽省"),
    ("今年前三季度，宿州市新签约项目186个。\n\n单是9月份，全市就新签约项目32个。其中，亿元以上项目21个。",
     R, 21, "2023-09", "宿州市"),
    ("1-10月，滁州市在建亿元以上项目1260个；今年新开工亿元以上项目386个，同比增长12%；其中，10亿元以上项目56个。",
     R, 56, "2023-01/2023-10", "滁州市"),
    ("1-9月，阜阳市实际到位资金612亿元。今年新签约项目216个；其中，工业项目168个。", R, 168, "2023-01/2023-09", "阜阳市"),
    ("1—10月，黄山市新签约项目96个，其中当月新签约项目12个。", R, 12, "2023-10", "黄山市"),
    ("上半年，安庆市实际到位资金312亿元。当月实际到位资金56亿元。", R, 56 * Y, "2023-06", "安庆市"),
    ("1-2月，宣城市新建亿元以上项目56个。当月新建30亿元以上项目2个。", R, 2, "2023-02", "宣城市"),
    ("10月26日，宣城市举行重大项目集中签约仪式。\n\n10月26日签约的项目，涵盖新能源、新材料等领域。其中，新能源项目8个，"
     "投资额120亿元；新材料项目5个，投资额36亿元。", R, 120 * Y, "2023-10-26", "宣城市"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), SCOPED_PERIODS)
def test_periods_scoped_to_their_clause(text: str, reference: str, value: float, period: str, place: str) -> None:
    assert [(m.period, m.place) for m in _found(text, reference, value)] == [(period, place)]


# Changes told with 由 / 從, and years listed before 分别: each level or value its own year.
LISTED_YEARS: list[PeriodRow] = [
    ("梧州市进出口总额由2020年的120亿元增加到2022年的186亿元。", R, 120 * Y, "2020", "梧州市"),
    ("梧州市进出口总额由2020年的120亿元增加到2022年的186亿元。", R, 186 * Y, "2022", "梧州市"),
    ("2014年，全县规模以上企业由2013年的165家增加到186家。\n\n以上为献县数据。", "2015-02-10", 186, "2014", "*"),
    ("防城港市2021年、2022年实际使用外资分别为1.2亿美元、1.6亿美元。", R, 1.2 * Y, "2021", "防城港市"),
    ("防城港市2021年、2022年实际使用外资分别为1.2亿美元、1.6亿美元。", R, 1.6 * Y, "2022", "防城港市"),
    ("2021年、2022年，柳州市实际到位资金分别达到320亿元、380亿元。", R, 320 * Y, "2021", "柳州市"),
    ("2022年和2023年上半年，贵港市新签约项目分别为120个和86个。", R, 86, "2023-H1", "贵港市"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), LISTED_YEARS)
def test_each_listed_year_dates_its_value(text: str, reference: str, value: float, period: str, place: str) -> None:
    found = [(m.period, m.place if place != "*" else "*") for m in _found(text, reference, value)]
    assert found == [(period, place)]


# A zone report whose lead speaks of the province by 全省; 本次 / 此次 before a scope word opens the clause.
PLACES: list[PeriodRow] = [
    ("海南自由贸易港建设项目集中开工\n\n本次全省集中开工项目共96个，总投资372亿元。", R, 96, None, "海南省"),
    ("海南自贸区第五批建设项目集中开工\n\n本次全省集中开工项目共96个，总投资372亿元。\n\n其中，产业发展项目35个，总投资173亿元。",
     R, 35, None, "海南省"),
    ("海南自贸港建设成效显著\n\n前三季度，全省新设立外资企业1200家，实际使用外资32亿美元。", R, 1200, "2023-01/2023-09", "海南省"),
    ("两江新区一季度招商引资签约金额突破千亿元\n\n一季度，两江新区新签约项目86个，签约金额1020亿元。", R, 86, "2023-Q1", "两江新区"),
    ("澳門特區政府上半年度批出投資居留申請120宗。", R, 120, "2023-H1", "澳门特别行政区"),
    ("今年第三季，投資推廣署協助120間企業在港開業。", R, 120, "2023-Q3", "香港特别行政区"),
    ("民國111年台灣對外投資金額達150億美元。", R, 150 * Y, "2022", "台湾省"),
    ("1-9月，浙江省对外投资额56亿美元。", R, 56 * Y, "2023-01/2023-09", "浙江省"),
    ("投資推廣署今年首三季協助286間海外及內地企業在港開設或擴展業務。", R, 286, "2023-01/2023-09", "香港特别行政区"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), PLACES)
def test_places_of_zone_reports(text: str, reference: str, value: float, period: str | None, place: str) -> None:
    assert [(m.period, m.place) for m in _found(text, reference, value)] == [(period, place)]


IndicatorRow = tuple[str, float, str]

# Data lists' labels name their figures (after the figure's own period, or a percent's growth word); a name never opens
# on a closing quote; 就业 is one word; the year's plan keeps its year word.
INDICATORS: list[IndicatorRow] = [
    ("台州市规上工业增加值：同比增长6.8%。", 6.8, "规上工业增加值"),
    ("宁德市上半年经济运行情况\n\n地区生产总值：1780亿元，同比增长6.9%。\n\n规上工业增加值：同比增长9.8%。", 9.8, "规上工业增加值"),
    ("台州市新签约项目：10月份12个。", 12, "新签约项目"),
    ("宁波市新签约项目：10月份12个，1-10月累计96个。", 96, "新签约项目"),
    ("上半年，广东省“珠三角”地区投资305.5亿元。", 305.5 * Y, "“珠三角”地区投资"),
    ("1-9月，江西省“九会”签约项目到位资金195亿元。", 195 * Y, "“九会”签约项目到位资金"),
    ("今年，台湾推动投资案52件，投资金额2042亿元，就业机会3万2298人。", 32298, "就业机会"),
    ("此次集中开工项目50个，总投资461.5亿元，当年计划投资111.9亿元。", 111.9 * Y, "当年计划投资"),
    ("今年全市重点项目年内计划完成投资320亿元。", 320 * Y, "年内计划完成投资"),
    ("1-9月，芜湖市累计实际到位资金412亿元。", 412 * Y, "实际到位资金"),
    ("1-9月，芜湖市新增市场主体2.6万户。", 26000, "新增市场主体"),
    ("建筑业领域同样势头良好，绍兴市新增4家二级以上建筑企业。", 4, "新增二级以上建筑企业"),
    ("今年，宁阳县新设立2家境外企业。", 2, "新设立境外企业"),
    ("1-9月，芜湖市引进12家高新技术企业。", 12, "高新技术企业"),
    ("上半年，宜宾市引资增幅达20%。", 20, "引资增幅"),
    ("1-9月，宜宾市省外到位资金同比增幅为15.2%。", 15.2, "省外到位资金同比增幅"),
    ("此次集中开工的重大项目中，民间投资项目个数占比51.9%。", 51.9, "民间投资项目个数占比"),
    ("1-9月，宜宾市固定资产投资同比增长10.5%。", 10.5, "固定资产投资"),
    ("1~7月，全省有8个市实际到位资金超200亿元，其中合肥超600亿元。", 600 * Y, "实际到位资金"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), INDICATORS)
def test_indicator_forms(text: str, value: float, indicator: str) -> None:
    assert [m.indicator for m in _found(text, R, value)] == [indicator]
