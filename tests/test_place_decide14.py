"""Three questions the real corpus raised and session 14 settled (docs/contract.md, Places and Events):

- 全国 / 全國 on a Taiwanese page is Taiwan (台湾省, anaphor); Hong Kong and Macau say 全港 / 全澳 of themselves, so
  their 全國 stays 中国, as everywhere else.
- 定居 / 学习 / 交流 after 来 / 在 / 留 + a province's character are verbs of settling, studying and meeting: a place.
- A pointer before a bare 活动 (此次活动, 本届活动) is no event: 活动 names no kind of meeting.

Sentences written for these tests (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.dims import event
from dsz_extract.doc import Doc
from test_place_classes import found

OWN_NATION = [
    ("臺中市招商成果亮眼\n臺中市去年簽約金額500億元,占全國總額三成。", ("全國", "台湾省", "province", "710000")),
    ("香港特區招商成績\n香港特區去年吸引外資,增速居全國前列。", ("全國", "中国", "country", None)),
    ("广州市外资增长\n广州市利用外资增幅高于全国。", ("全国", "中国", "country", None)),
]


@pytest.mark.parametrize(("text", "expected"), OWN_NATION)
def test_nation_word_is_the_territory_on_a_taiwanese_page(
    text: str, expected: tuple[str, str, str, str | None]
) -> None:
    assert found(text)[-1] == expected


SETTLING_STUDYING_MEETING = [
    ("今年共有300名博士來港定居。", [("港", "香港特别行政区", "province", "810000")]),
    ("他们在臺學習多年。", [("臺", "台湾省", "province", "710000")]),
    ("鼓励青年来琼交流。", [("琼", "海南省", "province", "460000")]),
]


@pytest.mark.parametrize(("text", "expected"), SETTLING_STUDYING_MEETING)
def test_province_character_before_settling_studying_or_meeting(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text", ["本次活动共签约项目12个,总投资50亿元。", "此次活動吸引200家企業參加。", "本届活动由市政府主办。"]
)
def test_pointer_before_bare_activity_is_no_event(text: str) -> None:
    assert event.find(Doc(text)) == []


def test_pointer_before_a_fair_head_stays_an_event() -> None:
    assert [m.text for m in event.find(Doc("此次推介会共签约项目8个。"))] == ["推介会"]
