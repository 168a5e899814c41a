"""Read in session 43: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _places(text: str, reference_date: str | None) -> list[tuple[str, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date=reference_date)
    return [(m.text, m.value.adcode) for m in report.mentions if m.type == "place"]


# A short name a unit shares with the one it took over under a new code (梁平县 500228 -> 梁平区 500155 in 2016; 赣县
# 360721 -> 赣县区 360704 in 2016; 平泉县 -> 平泉市 in 2017; 海门市 -> 海门区 in 2020) names the older unit in a report of a
# year before the change, the report's date or, without one, the year its opening states; the current full name
# written out stays the current unit; a unit renamed under its own code is that code's (苍山县 -> 兰陵县, 371324).
PLACES_AS_OF_THE_REPORT = [
    ("今年以来,梁平新签约项目12个。", "2012-07-01", [("梁平", "500228")]),
    ("今年以来,梁平新签约项目12个。", "2020-07-01", [("梁平", "500155")]),
    ("今年以来,梁平区新签约项目12个。", "2012-07-01", [("梁平区", "500155")]),
    ("赣县今年签约项目8个,总投资30亿元。", "2011-03-01", [("赣县", "360721")]),
    ("赣县今年签约项目8个,总投资30亿元。", "2019-03-01", [("赣县", "360704")]),
    ("上半年,平泉实际到位资金5亿元。", "2015-07-20", [("平泉", "130823")]),
    ("上半年,平泉实际到位资金5亿元。", "2018-07-20", [("平泉", "130881")]),
    ("2018年,海门新开工亿元以上项目30个。", None, [("海门", "320684")]),
    ("2021年,海门新开工亿元以上项目30个。", None, [("海门", "320614")]),
    ("苍山县今年引进项目20个。", "2012-02-01", [("苍山县", "371324")]),
]


@pytest.mark.parametrize(("text", "reference_date", "expected"), PLACES_AS_OF_THE_REPORT)
def test_a_short_name_means_the_unit_of_the_reports_year(
    text: str, reference_date: str | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _places(text, reference_date) == expected


def test_a_deal_and_the_subject_take_the_unit_of_the_reports_year() -> None:
    report = _EXTRACT_WITH_RULES(
        "5月12日,平泉举行重点项目集中开工仪式,年产10万吨新型建材项目开工建设,总投资5亿元。全县今年已签约项目18个。",
        reference_date="2010-05-14",
    )
    assert [d.place for d in report.deals] == ["平泉县"]
    assert report.subject_place is not None and report.subject_place.adcode == "130823"


def _metrics_by_line(text: str) -> list[tuple[str, dict[str, object], int]]:
    """(indicator, value, the number of the line the evidence stands on) of each metric."""
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    return [
        (m.indicator, m.value.model_dump(exclude_none=True), text.count("\n", 0, m.evidence.start))
        for m in report.metrics
    ]


# A summary line above the body (摘要：…, 核心提示：…) is a headline: the body's telling is the record. A figure the body
# tells again later with the same value, period, place and indicator (or one of four characters or more the other holds)
# is one record, the first telling's; other figures of the same value (新开工项目76个 after 签约项目76个), counts under 3 and
# 分别 runs stay.
METRICS_TOLD_AGAIN = [
    (
        "南江县上半年实际到位资金52.3亿元\n摘要:今年1-6月,南江县实际到位资金52.3亿元,签约项目43个。\n"
        "今年以来,南江县坚持招商引资“一号工程”不动摇。\n今年1-6月,南江县实际到位资金52.3亿元,同比增长12%,签约项目43个。",
        [
            ("实际到位资金", {"amount": 5_230_000_000, "currency": "CNY"}, 3),
            ("签约项目", {"value": 43, "unit": "个"}, 3),
        ],
    ),
    (
        "核心提示:今年前三季度,东河区新引进外资项目34个。\n今年前三季度,东河区新引进外资项目34个,同比增加6个。",
        [("新引进外资项目", {"value": 34, "unit": "个"}, 1)],
    ),
    (
        "今年1-9月,南江县签约项目76个,总投资147亿元。\n南江县今年以来项目建设成效明显,一批大项目相继落地。\n"
        "1-9月,全县签约项目76个,其中亿元以上项目18个。",
        [
            ("签约项目", {"value": 76, "unit": "个"}, 0),
            ("总投资", {"amount": 14_700_000_000, "currency": "CNY"}, 0),
            ("亿元以上项目", {"value": 18, "unit": "个"}, 2),
        ],
    ),
    (
        "今年1-9月,南江县签约项目76个,总投资147亿元。\n南江县今年以来项目建设成效明显,一批大项目相继落地。\n"
        "1-9月,全县新开工项目76个,其中亿元以上项目18个。",
        [
            ("签约项目", {"value": 76, "unit": "个"}, 0),
            ("总投资", {"amount": 14_700_000_000, "currency": "CNY"}, 0),
            ("新开工项目", {"value": 76, "unit": "个"}, 2),
            ("亿元以上项目", {"value": 18, "unit": "个"}, 2),
        ],
    ),
    (
        "一季度,南江县开工项目2个,签约项目2个。\n一季度,南江县竣工项目2个。\n一季度,南江县开工项目2个。",
        [
            ("开工项目", {"value": 2, "unit": "个"}, 0),
            ("签约项目", {"value": 2, "unit": "个"}, 0),
            ("竣工项目", {"value": 2, "unit": "个"}, 1),
            ("开工项目", {"value": 2, "unit": "个"}, 2),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), METRICS_TOLD_AGAIN)
def test_a_figure_told_again_is_one_metric(text: str, expected: list[tuple[str, dict[str, object], int]]) -> None:
    assert _metrics_by_line(text) == expected


# A name right after a verb of landing or lying (落户, 入驻, 进驻, 位于, 坐落于) with words of its own before a park's or an
# area's head is a zone place, not a project, and the deal's place; a zone named after a unit written in full is named by
# its own words; bare zone words (落户高新区), generic fronts (入驻产业园区) and names the scan reads otherwise stay.
ZONES_LANDED_IN = [
    (
        "今年以来,扬州市邗江区新签约项目12个。总投资5亿元的精密机械项目已落户邗江工业园。",
        [("扬州市邗江区", "邗江区"), ("邗江工业园", "邗江工业园")],
        ["邗江工业园"],
    ),
    (
        "2012年,绍兴市上虞区新引进项目12个。总投资3380万美元的LED荧光灯项目已落户杭州湾工业区。",
        [("绍兴市上虞区", "上虞区"), ("杭州湾工业区", "杭州湾工业区")],
        ["杭州湾工业区"],
    ),
    (
        "今年以来,木兰县新签约农业项目5个,总投资3亿元的叶黄素提取加工项目落户木兰县现代农业园区。",
        [("木兰县", "木兰县"), ("木兰县现代农业园区", "现代农业园区")],
        ["现代农业园区"],
    ),
    (
        "北京市丰台区今年新引进金融机构8家,均入驻丽泽金融商务区内。",
        [("北京市丰台区", "丰台区"), ("丽泽金融商务区", "丽泽金融商务区")],
        [],
    ),
    (
        "大庆高新区今年以来新签约项目5个,总投资8亿元的新材料项目落户高新区。",
        [("大庆高新区", "大庆高新技术产业开发区"), ("高新区", "大庆高新技术产业开发区")],
        ["大庆高新技术产业开发区"],
    ),
    ("今年以来,梧州市新签约项目5个,均入驻产业园区。", [("梧州市", "梧州市")], []),
]


@pytest.mark.parametrize(("text", "places", "deal_places"), ZONES_LANDED_IN)
def test_a_park_a_project_lands_in_is_a_place(
    text: str, places: list[tuple[str, str]], deal_places: list[str | None]
) -> None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    assert [(m.text, m.value.name) for m in report.mentions if m.type == "place"] == places
    assert [d.place for d in report.deals] == deal_places


def _metric_periods(text: str, reference_date: str) -> list[tuple[object, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date=reference_date)
    return [
        (m.value.model_dump(exclude_none=True).get("value") or m.value.model_dump().get("amount"), m.period)
        for m in report.metrics
    ]


# The year of the projects' plan in a clause of an event's breakdown (巴州区8个，总投资8.2亿元，2016年计划投资5亿元；…) names
# that figure's year only: the clauses after it still tell of the event and take its day; a sentence turning to a
# period of its own (今年以来，全市…) still does not.
EVENT_FIGURES_PAST_THE_PLANS_YEAR = [
    (
        "4月25日上午,平山县重点项目集中开工。\n本次集中开工项目46个,总投资79.7亿元。"
        "从区域看:东区8个,总投资8.2亿元,2016年计划投资5亿元;西区11个,总投资25.7亿元,2016年计划投资10.1亿元。",
        "2016-04-29",
        [
            (46, "2016-04-25"),
            (7_970_000_000, "2016-04-25"),
            (8, "2016-04-25"),
            (820_000_000, "2016-04-25"),
            (500_000_000, "2016"),
            (11, "2016-04-25"),
            (2_570_000_000, "2016-04-25"),
            (1_010_000_000, "2016"),
        ],
    ),
    (
        "6月29日,某市第二批重点项目集中开工仪式举行。本次集中开工项目18个,总投资36亿元,今年计划完成投资11亿元,"
        "其中产业项目12个,总投资30亿元。",
        "2023-06-30",
        [
            (18, "2023-06-29"),
            (3_600_000_000, "2023-06-29"),
            (1_100_000_000, "2023"),
            (12, "2023-06-29"),
            (3_000_000_000, "2023-06-29"),
        ],
    ),
    (
        "6月29日,某市第二批重点项目集中开工仪式举行,集中开工项目18个。今年以来,全市已开工项目156个。",
        "2023-06-30",
        [(18, "2023-06-29"), (156, "2023")],
    ),
]


@pytest.mark.parametrize(("text", "reference_date", "expected"), EVENT_FIGURES_PAST_THE_PLANS_YEAR)
def test_event_figures_after_the_plans_year_keep_the_events_day(
    text: str, reference_date: str, expected: list[tuple[object, str | None]]
) -> None:
    assert _metric_periods(text, reference_date) == expected


# A paragraph breaking an event's figures down by size or by area (从投资规模看：…; 从地区分布看：…) is the event's, as one
# by class or sector is (从项目类别上看：…).
EVENT_BREAKDOWNS_BY_SIZE_AND_AREA = [
    (
        "3月20日上午,某省举行一季度重大项目集中开工动员大会。\n此次集中开工的新项目共1816个,总投资4700亿元。\n"
        "从投资规模看:亿元以上项目703个,总投资4422亿元。",
        "2023-03-21",
        [(1816, "2023-03-20"), (470_000_000_000, "2023-03-20"), (703, "2023-03-20"), (442_200_000_000, "2023-03-20")],
    ),
    (
        "3月20日上午,某省举行一季度重大项目集中开工动员大会。\n此次集中开工的新项目共1816个,总投资4700亿元。\n"
        "从地区分布看:沈阳市新开工项目267个,大连市256个。",
        "2023-03-21",
        [(1816, "2023-03-20"), (470_000_000_000, "2023-03-20"), (267, "2023-03-20"), (256, "2023-03-20")],
    ),
]


@pytest.mark.parametrize(("text", "reference_date", "expected"), EVENT_BREAKDOWNS_BY_SIZE_AND_AREA)
def test_an_events_breakdown_by_size_or_area_takes_its_day(
    text: str, reference_date: str, expected: list[tuple[object, str | None]]
) -> None:
    assert _metric_periods(text, reference_date) == expected
