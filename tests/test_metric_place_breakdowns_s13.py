"""Counts given place by place after a total told with its money ("签约项目86个，总投资520亿元。其中，南湖区18个…"),
or after a clause naming what they count ("参加集中开工的重大项目，合肥市有90个…"): each count is its place's, named
as the total or the clause names it (docs/contract.md)."""

from __future__ import annotations

import pytest

from dsz_extract import models
from metric_readings import metrics_valued

R = "2023-11-15"


def _found(text: str, value: float) -> list[models.Metric]:
    return metrics_valued(text, R, value)


BREAKDOWNS: list[tuple[str, float, str, str]] = [
    ("1-10月，全市新签约项目86个，总投资520亿元。其中，南湖区18个，秀洲区22个，海宁市20个。", 22, "秀洲区", "项目"),
    ("1-10月，全市新签约项目86个，总投资520亿元。其中，南湖区18个，秀洲区22个，海宁市20个。", 18, "南湖区", "项目"),
    ("今年以来，宜春市引进亿元以上项目152个，合同资金860亿元；其中，袁州区25个，丰城市31个，樟树市19个。", 31, "丰城市", "项目"),
    ("上半年，全省集中开工重大项目620个，总投资3800亿元。其中，按地区分，杭州市96个，宁波市71个。", 71, "宁波市", "项目"),
    ("本次活动共签约项目64个，签约金额412亿元。按区域看，江宁区15个，浦口区12个，六合区9个。", 12, "浦口区", "项目"),
    ("上半年，全区新签约项目45个，协议资金210亿元。其中，鼓楼区12个，台江区9个。", 9, "台江区", "项目"),
    ("全省开工项目412个。\n\n从地区分布看，参加集中开工的重大项目，合肥市有90个，芜湖市有71个，蚌埠市有40个。",
     71, "芜湖市", "重大项目"),
    ("江西省今年引进项目800个。\n\n从区域分布看，今年引进的亿元以上项目，赣州市有56个，吉安市有43个。", 43, "吉安市", "项目"),
    ("河南省集中签约项目168个。\n\n按地区分布，参加本次集中签约的项目，郑州市为28个，洛阳市为19个。", 19, "洛阳市", "项目"),
    ("江苏省新设外资企业1200家。\n\n分地区来看，落户的外资企业，苏州市有126家，无锡市有88家。", 88, "无锡市", "外资企业"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "place", "named"), BREAKDOWNS)
def test_counts_place_by_place(text: str, value: float, place: str, named: str) -> None:
    found = _found(text, value)
    assert [m.place for m in found] == [place]
    assert named in found[0].indicator


def test_a_trip_is_no_places_figure() -> None:
    assert all(m.place != "深圳市" for m in _found("今年以来，市领导赴深圳3次，开展招商活动12场。", 3))
