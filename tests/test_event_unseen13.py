"""Event names as unseen pages write them (session 13 probes): festivals, numbered sittings, venues, 暨 tails and
the year before 内蒙古."""

from __future__ import annotations

import pytest

from dsz_extract import extract


def events(text: str) -> list[str]:
    return [m.text for m in extract(text, reference_date="2024-06-01").mentions if m.type == "event"]


EVENTS = [
    # festivals are events like fairs
    ("2024年中国·潍坊国际风筝会开幕，现场签约项目30个。", ["2024年中国·潍坊国际风筝会"]),
    # a venue's 会议 is no meeting
    ("2024年亞洲金融論壇在香港會議展覽中心開幕。", ["2024年亞洲金融論壇"]),
    ("在香港會議展覽中心舉行的第十屆一帶一路高峰論壇吸引6000名嘉賓。", ["第十屆一帶一路高峰論壇"]),
    # a sitting named by its number alone is none
    ("市委常委会召开第45次会议。", []),
    ("省政府召开第三次全体会议。", []),
    # a second name after 暨 ending in a meeting's 会 or a signing
    ("中国（绵阳）科技城招商推介会暨项目集中签约在成都举行。", ["中国（绵阳）科技城招商推介会暨项目集中签约"]),
    ("第三届数字经济大会暨人才供需洽商会召开，签约项目12个。", ["第三届数字经济大会暨人才供需洽商会"]),
    ("2024年青岛招商推介会暨产业链供需链接会在深圳举行。", ["2024年青岛招商推介会暨产业链供需链接会"]),
    # an edition opening the first part of A及B shows one name
    ("香港貿發局舉辦的第十三屆亞洲物流航運及空運會議今日開幕。", ["第十三屆亞洲物流航運及空運會議"]),
    ("市领导出席了开幕式及招商推介会。", []),
    # 活动 after a name already an event's or a tour's is the word for what was held
    ("天津东丽区举行“招商重点项目网络签约会”活动。", ["招商重点项目网络签约会"]),
    ("其中在“2014四川(南充)法国周”活动中，我市与法国签约。", ["2014四川(南充)法国周"]),
    ("举办“民企进延边”活动，达成合作意向项目20个。", ["民企进延边"]),
    ("2023湖北人才周活动现场，启动仪式举行。", ["2023湖北人才周"]),
    ("第二季度“项目签约大比拼”活动举行。", ["第二季度“项目签约大比拼”活动"]),
    ("2024年重大项目集中开工活动举行。", ["2024年重大项目集中开工活动"]),
    ("全球招商大会暨第三届进博会配套活动在上海举行。", ["全球招商大会暨第三届进博会配套活动"]),
    # 年内 is no edge before 蒙古
    ("2024年内蒙古自治区重大项目集中开工仪式在鄂尔多斯主会场举行。", ["2024年内蒙古自治区重大项目集中开工仪式"]),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events_on_unseen_pages(text: str, expected: list[str]) -> None:
    assert events(text) == expected
