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
