"""Session-14 probes: statistics sentences as reports across China, Hong Kong, Macau and Taiwan write them (not copied
from the corpus), with what a reader expects of each: (value, period, place), or no metric at all. One class a table."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from metric_readings import metrics_valued

Y = 100_000_000  # 亿

PeriodRow = tuple[str, str, float, str | None, str | None]

# A span of years at its end (“十一五”末, 截至“十三五”末) is its last year; a quoted span after 比 / 较 is a base;
# a plan told 以来 after it ended runs to its last year.
PLAN_SPANS: list[PeriodRow] = [
    ("甘肃省商务厅消息，全省外商投资企业由“十一五”末的1600家增加到2111家。", "2016-02-13", 1600, "2010", "甘肃省"),
    ("截至“十三五”末，杭州市累计引进世界500强企业86家。", "2021-02-20", 86, "2020", "杭州市"),
    ("“十三五”末，全市规上工业企业达到1200家。\n\n以上为绍兴市数据。", "2022-01-10", 1200, "2020", "*"),
    ("“十二五”期间，全县实际对外投资额26.26亿美元，比“十一五”增长302%。\n\n以上为临夏县数据。", "2016-03-10",
     26.26 * Y, "2011/2015", "*"),
    ("“十三五”期间，河北省引进省外资金1.2万亿元，比“十二五”时期增长45%。", "2021-03-01", 12000 * Y, "2016/2020",
     "河北省"),
    ("“十二五”以来，甘肃省已有65个国家和地区的投资者来甘投资兴业。", "2016-02-13", 65, "2011/2015", "甘肃省"),
    ("“十四五”以来，湖州市累计引进10亿元以上项目120个。", "2023-05-10", 120, "2021/2023", "湖州市"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), PLAN_SPANS)
def test_spans_of_plan_years(text: str, reference: str, value: float, period: str, place: str) -> None:
    found = metrics_valued(text, reference, value)
    assert [m.period for m in found] == [period]
    assert place == "*" or [m.place for m in found] == [place]


# A point a count runs up to (截至 / 至 …年底) dates the stocks of the paragraph's later sentences too.
POINTS_COUNTED_TO: list[PeriodRow] = [
    ("截至2022年底，温州市累计引进外资企业1230家。其中，制造业企业累计达860家。", "2023-02-10", 860, "2022", "温州市"),
    ("截至2011年底，外來直接投資累計總額達1,189.0億元。按行業劃分，博彩業累計直接投資總額達678.0億元。",
     "2012-11-27", 678 * Y, "2011", None),
    ("截至2023年6月底，全市累计引进项目301个。其中，亿元以上项目累计达126个。\n\n以上为南平市数据。", "2023-07-20",
     126, "2023-06", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), POINTS_COUNTED_TO)
def test_stocks_after_a_point_counted_to(text: str, reference: str, value: float, period: str, place: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A report that says 全省 / 我省 unresolved is of the one province its cities lie in; 陜西 is 陕西.
PROVINCE_REPORTS: list[PeriodRow] = [
    ("本报太原7月28日讯 记者今天从省商务厅获悉，今年1-6月，全省实际使用外资4.94亿美元，同比增长144.26%。"
     "第二产业到资3.91亿美元。从投资市分布看，朔州、大同、临汾目标任务完成进度较好。", "2023-07-29", 3.91 * Y,
     "2023-01/2023-06", "山西省"),
    ("本报太原7月28日讯 今年1-6月，全省实际使用外资4.94亿美元。朔州、大同、临汾目标任务完成进度较好。",
     "2023-07-29", 4.94 * Y, "2023-01/2023-06", "山西省"),
    ("前2月陜西實際利用外資同比增長25.54%\n\n記者從省商務廳獲悉：1月至2月，我省新設外商投資企業44家，同比增長33.33%。",
     "2021-04-01", 44, "2021-01/2021-02", "陕西省"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), PROVINCE_REPORTS)
def test_province_of_the_report(text: str, reference: str, value: float, period: str, place: str) -> None:
    assert [(m.period, m.place) for m in metrics_valued(text, reference, value)] == [(period, place)]


# A day right after a closing bracket (a byline's) is the event's day.
BYLINE_DAYS: list[PeriodRow] = [
    ("中新网贵阳9月9日电 (记者 刘鹏)9日,2019年贵州省重大项目集中开工仪式在贵阳市举行,项目总投资685.3亿元。",
     "2019-09-10", 685.3 * Y, "2019-09-09", None),
    ("本报讯（记者 张华）18日，2023年长沙市重大项目集中签约仪式举行，共签约项目56个，总投资420亿元。",
     "2023-05-19", 420 * Y, "2023-05-18", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value", "period", "place"), BYLINE_DAYS)
def test_day_after_a_byline(text: str, reference: str, value: float, period: str, place: str) -> None:
    assert [m.period for m in metrics_valued(text, reference, value)] == [period]


# A difference from the year before written out, and an amount restated in another currency, are no metrics;
# the figures they follow stand, as does an amount whose currency 折合 names.
NOT_METRICS: list[tuple[str, str, float]] = [
    ("2011年澳門引進外來直接投資51.9億元，按年大幅減少174.7億元。", "2012-11-27", 174.7 * Y),
    ("至2011年底，外來直接投資累計總額達1,189.0億元，較2010年增加98.6億元。", "2012-11-27", 98.6 * Y),
    ("2018年1-4月，全市新签约项目52个，较2017年同期增加12个。", "2018-05-10", 12),
    ("1-3月核准對中國大陸投資金額計7.58億美元，折合新台幣227.33億元，較上年同期減少10.40%。", "2023-04-20", 227.33 * Y),
    ("2022年，香港吸引外来直接投资1.2万亿港元，约合人民币1.05万亿元。", "2023-03-10", 10500 * Y),
]  # fmt: skip
STANDING: list[tuple[str, str, float]] = [
    ("2011年澳門引進外來直接投資51.9億元，按年大幅減少174.7億元。", "2012-11-27", 51.9 * Y),
    ("2018年1-4月，全市新签约项目52个，较2017年同期增加12个。", "2018-05-10", 52),
    ("1-3月核准對中國大陸投資金額計7.58億美元，折合新台幣227.33億元，較上年同期減少10.40%。", "2023-04-20", 7.58 * Y),
    ("2021年，全省实际使用外资折合人民币1200亿元，同比增长15%。", "2022-02-10", 1200 * Y),
    ("2020年，鄂尔多斯市人才总量达到44万人，较2015年末增加13万人。", "2021-03-10", 13 * 10_000),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "value"), NOT_METRICS)
def test_differences_and_restatements_are_no_metrics(text: str, reference: str, value: float) -> None:
    assert metrics_valued(text, reference, value) == []


@pytest.mark.parametrize(("text", "reference", "value"), STANDING)
def test_the_figures_they_follow_stand(text: str, reference: str, value: float) -> None:
    assert len(metrics_valued(text, reference, value)) == 1


def test_variant_characters_are_folded() -> None:
    report = extract("陜西省商務廳消息，1月至2月，全省新設外商投資企業44家。", reference_date="2021-04-01")
    assert any(m.type == "place" and m.value.name == "陕西省" for m in report.mentions)


# A generic head counted before its stage verb is named with the verb as the event's words put it (集中 before it,
# a second stage joined to it).
STAGE_AFTER_HEAD: list[tuple[str, float, str]] = [
    ("12月25日，成都市37个项目集中开工，总投资420亿元。", 37, "项目集中开工"),
    ("2月20日，总投资达58.6亿元的3个项目签约落户龙游。", 3, "项目签约落户"),
    ("当天，全市共计34个项目集中签约、开工，总投资167.2亿元。", 34, "项目集中签约、开工"),
    ("截至目前，已有23个项目开工建设。", 23, "项目开工建设"),
    ("当天，南昌市15个项目集中签约，总投资80亿元。", 15, "项目集中签约"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "indicator"), STAGE_AFTER_HEAD)
def test_stage_verb_after_a_generic_head(text: str, value: float, indicator: str) -> None:
    assert [m.indicator for m in metrics_valued(text, "2023-12-26", value)] == [indicator]


def test_now_after_the_event_is_not_its_day() -> None:
    text = "3月29日，全省第二批共计698个重大项目集中开工，总投资3039亿元。目前已实际开工680个，占97.4%。"
    assert [m.period for m in metrics_valued(text, "2024-12-26", 680)] == [None]
    assert [m.period for m in metrics_valued(text, "2024-12-26", 698)] == ["2024-03-29"]
