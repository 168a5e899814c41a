"""A news agency's byline with its dateline glued to the writer's name (中央社記者曾智怡台北12日電), and the
reporter's kind before 记者 (全媒体记者 某某: 全媒体 is no name).

Sentences written for these tests in the style of real reports (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def persons(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "person"]


BYLINES = [
    ("（中央社記者曾智怡台北12日電）經濟部今天表示，投資持續增加。", ["曾智怡"]),
    ("中央社记者林家宏高雄5日电,经济部今天表示。", ["林家宏"]),
    ("（中央社記者江明晏台北2024年5月3日電）", ["江明晏"]),
    ("記者李怡欣台灣高雄報導", ["李怡欣"]),
    ("星沙在线12月26日讯 (全媒体记者 卜岚 通讯员 王舒)", ["卜岚", "王舒"]),
    ("东方晚报讯(融媒体记者 陈刚)昨日,全市签约一批企业。", ["陈刚"]),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_agency_bylines_and_reporter_kinds(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


LEADERS = [
    # a level's leaders named one by one among who attended
    ("签订项目合同。市领导贺雷,县领导张林成、王强出席。", ["贺雷", "张林成", "王强"]),
    ("市领导刘强出席并讲话。", ["刘强"]),
    ("市领导班子成员出席会议。", []),
    ("县领导深入企业调研。", []),
]


@pytest.mark.parametrize(("text", "expected"), LEADERS)
def test_leaders_of_a_level(text: str, expected: list[str]) -> None:
    assert persons(text) == expected
