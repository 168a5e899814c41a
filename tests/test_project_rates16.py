"""Project names holding a rate written with a slash, and other round-2 deal classes (own probe sentences)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

RATE_NAMES = [
    ("继2015年公司一期100t/d冶炼工程建成投产。", "100t/d冶炼工程"),
    ("总投资2亿元的5000m3/d污水处理厂项目开工建设。", "5000m3/d污水处理厂项目"),
    ("总投资2亿元的日处理5000m3/d污水处理厂项目开工建设。", "日处理5000m3/d污水处理厂项目"),
    ("总投资3亿元的年产10万t/a乙二醇项目开工建设。", "年产10万t/a乙二醇项目"),
    ("总投资8亿元的220kV/110kV变电站工程开工建设。", "220kV/110kV变电站工程"),
    ("该公司投资5亿元的100MW/200MWh储能电站项目开工。", "100MW/200MWh储能电站项目"),
    ("投资1.5亿元建设的3000t/a废旧电池回收项目正式投产。", "3000t/a废旧电池回收项目"),
]


@pytest.mark.parametrize(("sentence", "name"), RATE_NAMES)
def test_a_rate_with_a_slash_stays_in_the_name(sentence: str, name: str) -> None:
    projects = [m.text for m in extract(sentence).mentions if m.type == "project"]
    assert projects == [name]
