"""Session-15 round-2 probes: statistics sentences as reports across China, Hong Kong, Macau and Taiwan write them
(not copied from the corpus), with what a reader expects of each figure. One class a table."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import metrics_valued, number

Y = 100_000_000  # 亿

# Countries or regions counted on the way to a further figure say where its things are: no metric of their own.
# (text, reference, the scope count, the figure that stays)
SCOPE_COUNTS: list[tuple[str, str, float, float]] = [
    ("2019年1-4月，我国境内投资者共对全球148个国家和地区的2608家境外企业进行了非金融类对外直接投资，累计实现投资"
     "2130亿元。", "2019-05-20", 148, 2130 * Y),
    ("本届洽谈会共吸引来自美国、德国等32个国家和地区的860名海外人才参会。", "2023-06-10", 32, 860),
    ("上半年，我省企业在“一带一路”沿线19个国家完成对外承包工程营业额4.71亿美元。", "2017-07-20", 19, 4.71 * Y),
    ("1-6月，全市对沿线20个国家直接投资5881万美元，同比增长12%。", "2017-07-20", 20, 5881 * 10_000),
    ("本届大会共征集27个国家和地区的高新科技项目530个。", "2022-09-08", 27, 530),
    ("省人社厅联动全省13个市州、9家省直单位开展88项引才专场活动。", "2022-09-08", 13, 88),
    ("展会期间，来自12个省区市的300余家企业参展。", "2022-09-08", 12, 300),
    ("会上，全市15个县市区集中签约项目42个，总投资210亿元。", "2022-09-08", 15, 42),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "scope", "figure"), SCOPE_COUNTS)
def test_a_count_of_countries_before_a_figure_is_its_scope(
    text: str, reference: str, scope: float, figure: float
) -> None:
    assert not metrics_valued(text, reference, scope)
    assert metrics_valued(text, reference, figure)


# Counted alone, or a noun the group word opens, the count stays a metric. (text, reference, count)
GROUPS_COUNTED: list[tuple[str, str, float]] = [
    ("今年以来共有全球33个国家和地区在江西投资。", "2017-07-20", 33),
    ("在海南省投资的国家和地区达80个，同比增长一倍。", "2019-05-20", 80),
    ("外资来源地扩大到覆盖东南亚、南美、大洋洲的76个国家和地区。", "2019-05-20", 76),
    ("其中，19个国家级开发区实际利用外资5.3亿美元。", "2021-02-20", 19),
    ("全市共有3个国家高新区，实际使用外资12亿美元。", "2021-02-20", 3),
]


@pytest.mark.parametrize(("text", "reference", "count"), GROUPS_COUNTED)
def test_groups_counted_alone_stay(text: str, reference: str, count: float) -> None:
    assert metrics_valued(text, reference, count)


# Adverbs after the subject, and words opening a breakdown, are no part of the indicator.
# (text, reference, value, indicator)
INDICATOR_EDGES: list[tuple[str, str, float, str]] = [
    ("第二批27个项目也将于年底前开工。", "2018-09-27", 27, "项目"),
    ("7个重大项目又于开发区集中签约，总投资135亿元。", "2011-01-04", 7, "重大项目"),
    ("其中包括国家级项目28项、省部级项目125项。", "2023-05-20", 28, "国家级项目"),
    ("其中包括国家级项目28项、省部级项目125项。", "2023-05-20", 125, "省部级项目"),
    ("全市签约项目中包含市政项目68个。", "2023-05-20", 68, "市政项目"),
    ("内资到位1414.1亿元，包括省外境内资金1079亿元。", "2023-01-20", 1079 * Y, "省外境内资金"),
]


@pytest.mark.parametrize(("text", "reference", "value", "indicator"), INDICATOR_EDGES)
def test_indicator_edges(text: str, reference: str, value: float, indicator: str) -> None:
    assert [m.indicator for m in metrics_valued(text, reference, value)] == [indicator]


def test_a_breakdown_word_inside_the_sentence_keeps_no_number() -> None:
    report = extract("其中包括国家级项目28项。", reference_date="2023-05-20")
    assert [number(m.value) for m in report.metrics] == [28]


# What a facility can hold or carry is its size, no statistic; a place's own count of the same things stays.
# (text, reference, value, is a metric)
CAPACITIES: list[tuple[str, str, float, bool]] = [
    ("园区将打造可容纳2万人的表演场馆。", "2023-05-20", 20_000, False),
    ("新建的游艇港湾可提供600个泊位。", "2023-05-20", 600, False),
    ("轻轨投用后每小时可载客8000人。", "2023-05-20", 8000, False),
    ("新航站楼设计年吞吐旅客1000万人次。", "2023-05-20", 10_000_000, False),
    ("酒店可同时接待游客5000人。", "2023-05-20", 5000, False),
    ("该园区今年可提供就业岗位500个。", "2023-05-20", 500, False),
    ("新館落成後可容納觀眾1.2萬人。", "2023-05-20", 12_000, False),
    ("全市今年共接待游客5000万人次，同比增长12%。", "2023-12-20", 50_000_000, True),
    ("上半年，全市新增就业岗位1.2万个。", "2023-07-20", 12_000, True),
    ("全县提供就业岗位3000多个，同比增长10%。", "2023-12-20", 3000, True),
]


@pytest.mark.parametrize(("text", "reference", "value", "is_metric"), CAPACITIES)
def test_a_facilitys_capacity_is_no_statistic(text: str, reference: str, value: float, is_metric: bool) -> None:
    assert bool(metrics_valued(text, reference, value)) is is_metric


# Taiwanese statistics give a kind of investment its case count, then its amount under a generic name: the amount is
# that kind's. (text, reference, value, indicator)
CASE_COUNTS_THEN_AMOUNTS: list[tuple[str, str, float, str]] = [
    ("114年1到7月核准整體來台投資件數為1259件，投資金額為79億1354萬9000美元。", "2025-08-15", 7_913_549_000,
     "核准整體來台投資"),
    ("今年1到7月核准陸資來台投資件數為13件，投（增）資金額1億86萬3000美元。", "2025-08-15", 100_863_000,
     "核准陸資來台投資"),
    ("今年1至5月核准僑外投資件數為1020件，較上年同期減少3.2%，投資金額為35億2000萬美元。", "2025-06-20",
     3_520_000_000, "核准僑外投資"),
    ("今年前3月核准對外投資件數為150件，金額為12億美元，較上年同期增加20%。", "2025-04-20", 12 * Y, "核准對外投資"),
    ("經濟部投審會統計，今年1至6月核准對中國大陸投資件數為180件，金額為15億5000萬美元。", "2025-07-20",
     1_550_000_000, "核准對中國大陸投資"),
    # a specific name of the amount stays
    ("今年1至6月核准僑外投資件數為900件，僑外投資金額為20億美元。", "2025-07-20", 20 * Y, "僑外投資金額"),
    ("2024年外來直接投資流量為450億元，按年增加12%。", "2025-12-20", 450 * Y, "外來直接投資流量"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "indicator"), CASE_COUNTS_THEN_AMOUNTS)
def test_an_amount_after_a_case_count_is_that_kinds(text: str, reference: str, value: float, indicator: str) -> None:
    assert [m.indicator for m in metrics_valued(text, reference, value)] == [indicator]


# A span told 从<month> <a few words> 到/至 <month>: from the first to the last, also when 到 stands before the last
# month's end (no year-to-date). (text, reference, value, period)
FROM_TO_SPANS: list[tuple[str, str, float, str]] = [
    ("从9月中旬开始到12月下旬，东莞将开展百日攻坚行动，力争完成投资250亿元。", "2018-09-27", 250 * Y, "2018-09/2018-12"),
    ("从3月开始到6月底，全市新签约项目58个。", "2023-07-10", 58, "2023-03/2023-06"),
    ("从今年5月开始至10月底，全区新开工项目40个。", "2023-11-10", 40, "2023-05/2023-10"),
    ("4月至6月，全市新签约项目58个。", "2023-07-10", 58, "2023-04/2023-06"),
    ("截至6月底，全市新签约项目58个。", "2023-07-10", 58, "2023-H1"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period"), FROM_TO_SPANS)
def test_a_span_from_a_month_to_a_month(text: str, reference: str, value: float, period: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A fair's figure compared with its last edition (较上届增长24%) carries that growth as its yoy, as a year's figure
# carries 同比; a sharp rise told 大增 is a growth. (text, reference, value, yoy)
EDITION_GROWTHS: list[tuple[str, str, float, float]] = [
    ("本届洽谈会共签约项目115个，较上届增长24%。", "2022-09-08", 115, 24),
    ("本届博览会签约金额204.9亿元，比上届增长12.5%。", "2022-09-08", 204.9 * Y, 12.5),
    ("今年交易会意向成交额达8.6亿美元，较上一届增长30%。", "2023-10-20", 8.6 * Y, 30),
    ("今年前7月僑外來台投資金額78億美元，較去年同期大增53.9%。", "2025-08-15", 78 * Y, 53.9),
    ("上半年，全市实际使用外资12亿美元，同比大增45%。", "2023-07-20", 12 * Y, 45),
]


@pytest.mark.parametrize(("text", "reference", "value", "yoy"), EDITION_GROWTHS)
def test_a_growth_over_the_last_edition_is_the_yoy(text: str, reference: str, value: float, yoy: float) -> None:
    found = metrics_valued(text, reference, value)
    assert [m.yoy.value if m.yoy else None for m in found] == [yoy]
    assert not metrics_valued(text, reference, yoy)


# A sentence opening on what the one project is (作为…项目，…) gives that project's figures: no statistic. Opening on
# a role of a place or an event, it keeps its figures. (text, reference, metric indicators)
ONE_PROJECT_ROLES: list[tuple[str, str, list[str]]] = [
    ("作为今年黑龙江省重点建设项目，总投资5.15亿元，今年计划投资超过1亿元。", "2023-05-01", []),
    ("作为省级重点项目之一，项目总投资20亿元。", "2023-05-01", []),
    ("作為全市重大工程，總投資達30億元，年內完成投資8億元。", "2023-05-01", []),
    ("作为全市重大项目集中开工的主会场，开发区今年引进项目50个。", "2023-05-01", ["引进项目"]),
    ("作为全省招商引资主战场，开发区今年新签约项目50个。", "2023-05-01", ["新签约项目"]),
]


@pytest.mark.parametrize(("text", "reference", "indicators"), ONE_PROJECT_ROLES)
def test_a_sentence_on_what_one_project_is(text: str, reference: str, indicators: list[str]) -> None:
    assert [m.indicator for m in extract(text, reference_date=reference).metrics] == indicators


# Sectors listed before 分别 share the head after the last one and the period and flow verb before the first: each
# figure is named by its sector alone. (text, reference, values, indicators)
SECTOR_RUNS: list[tuple[str, str, list[float], list[str]]] = [
    ("2022年流入金融业、批发零售业和博彩业的外来投资分别有222.8亿元、41.6亿元和25.8亿元。", "2023-12-20",
     [222.8 * Y, 41.6 * Y, 25.8 * Y], ["金融业", "批发零售业", "博彩业"]),
    ("金融业和批发零售业的累计总额分别增加17.6%和12.8%。", "2023-12-20", [17.6, 12.8], ["金融业", "批发零售业"]),
    ("2023年投向制造业、服务业的外资分别为120亿元、80亿元。", "2024-01-20", [120 * Y, 80 * Y], ["制造业", "服务业"]),
    ("一般公共预算收入、税收收入分别完成120亿元、95亿元。", "2024-01-20", [120 * Y, 95 * Y],
     ["一般公共预算收入", "税收收入"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "values", "indicators"), SECTOR_RUNS)
def test_sectors_listed_before_respectively(
    text: str, reference: str, values: list[float], indicators: list[str]
) -> None:
    named = [[m.indicator for m in metrics_valued(text, reference, v)] for v in values]
    assert named == [[i] for i in indicators]


# What projects are expected to yield (预计…年产值, 可实现年销售收入) is no statistic; a place's own output and its
# forecast for the year stay. (text, reference, value, is a metric)
EXPECTED_YIELDS: list[tuple[str, str, float, bool]] = [
    ("33个项目总投资1122亿元，预计可实现年产值600亿元。", "2018-09-11", 600 * Y, False),
    ("签约项目2个，总投资7.1亿元，预计年产值5.5亿元。", "2024-08-19", 5.5 * Y, False),
    ("项目投产后预计年产值可达15亿元。", "2017-03-10", 15 * Y, False),
    ("一期、二期项目全部建成达产后，可实现年产值超100亿元。", "2023-05-20", 100 * Y, False),
    ("預計實現年銷售收入230億元，年稅收15億元。", "2023-05-20", 230 * Y, False),
    ("项目建成后可实现年营业收入8亿元。", "2023-05-20", 8 * Y, False),
    ("1-8月，全区规模以上工业企业实现产值302.9亿元，同比增长11.9%。", "2023-09-20", 302.9 * Y, True),
    ("预计全年实现地区生产总值1200亿元。", "2023-12-20", 1200 * Y, True),
]


@pytest.mark.parametrize(("text", "reference", "value", "is_metric"), EXPECTED_YIELDS)
def test_what_projects_are_to_yield_is_no_statistic(text: str, reference: str, value: float, is_metric: bool) -> None:
    assert bool(metrics_valued(text, reference, value)) is is_metric


# Places counted by the bar they pass: the count is named by the bar, the bar is no figure; a plain count of places
# with their joint figure is untouched. (text, reference, count, indicator, the bar)
PLACES_OVER_A_BAR: list[tuple[str, str, float, str, float]] = [
    ("1~7月，全省有8个市实际到位资金超200亿元。", "2013-08-10", 8, "实际到位资金超200亿元", 200 * Y),
    ("有76个县(市、区)实际到位资金超10亿元。", "2013-08-10", 76, "实际到位资金超10亿元", 10 * Y),
    ("上半年，全省有5个市进出口增速超过20%。", "2023-07-20", 5, "进出口增速超过20%", 20),
    ("前三季度，全省11个市招商引资到位资金超过100亿元。", "2023-10-20", 11, "招商引资到位资金超过100亿元", 100 * Y),
    ("全区有6个县实际利用外资突破1亿美元。", "2023-10-20", 6, "实际利用外资突破1亿美元", 1 * Y),
]


@pytest.mark.parametrize(("text", "reference", "count", "indicator", "bar"), PLACES_OVER_A_BAR)
def test_places_counted_by_a_bar(text: str, reference: str, count: float, indicator: str, bar: float) -> None:
    assert [m.indicator for m in metrics_valued(text, reference, count)] == [indicator]
    assert not metrics_valued(text, reference, bar)


def test_a_joint_figure_of_counted_places_stays() -> None:
    assert metrics_valued("全省16个市实际到位资金达1200亿元。", "2013-08-10", 1200 * Y)


# Companies counted (…公司數目為N家, …公司数量为N家) are no one company's figure, also when the name reads as a company.
# (text, reference, value, indicator)
COMPANIES_COUNTED: list[tuple[str, str, float, str]] = [
    ("2023年，母公司在香港以外的駐港公司數目為9039家，按年增加10%。", "2024-06-20", 9039, "駐港公司數目"),
    ("2023年，驻港公司数目为9039家。", "2024-06-20", 9039, "驻港公司数目"),
    ("2023年，驻港公司数量为9039家。", "2024-06-20", 9039, "驻港公司数量"),
    ("2023年，外资公司数目为320家。", "2024-06-20", 320, "外资公司数目"),
]


@pytest.mark.parametrize(("text", "reference", "value", "indicator"), COMPANIES_COUNTED)
def test_companies_counted_are_a_statistic(text: str, reference: str, value: float, indicator: str) -> None:
    assert [m.indicator for m in metrics_valued(text, reference, value)] == [indicator]
