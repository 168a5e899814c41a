"""National administrations named with 总局 / 总署 (国家税务总局, 海关总署) and Hong Kong's departments named by
their short department word (入境處, 勞工處) are government bodies; 总局 alone or before 长 is none. Sentences
written for these tests in the style of real reports (none copied from the corpus); each case lists every
organisation found, as (text, kind).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

ADMINISTRATIONS = [
    ("海关总署公布了前三季度进出口数据。", [("海关总署", "government")]),
    ("国家税务总局推出了便民办税措施。", [("国家税务总局", "government")]),
    ("国家市场监督管理总局发布通知。", [("国家市场监督管理总局", "government")]),
    ("国家广播电视总局公布了名单。", [("国家广播电视总局", "government")]),
    ("入境處共接獲逾12萬宗申請。", [("入境處", "government")]),
    ("勞工處推出青年就業計劃。", [("勞工處", "government")]),
    # no department word before 总局, or a title after it
    ("总局领导出席了会议。", []),
]


@pytest.mark.parametrize(("text", "expected"), ADMINISTRATIONS)
def test_administrations_and_departments(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


LOCAL_OFFICES = [
    ("国家税务总局宁波市税务局推出便民措施。", [("国家税务总局宁波市税务局", "government")]),
    ("国家税务总局江苏省税务局局长王某出席。", [("国家税务总局江苏省税务局", "government")]),
    ("国家税务总局、海关总署联合发文。", [("国家税务总局", "government"), ("海关总署", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), LOCAL_OFFICES)
def test_a_local_office_after_its_administration_is_one_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
