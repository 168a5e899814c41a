"""Project phrases that name a class, not a project (dims/project.py): quantifiers (一些项目) and counts written
with spaces around the number (协议项目 11 个), as pages copied from PDFs and portals write them."""

from __future__ import annotations

import pytest

from test_project import projects

CLASSES = [
    "展会上，一些项目引得关注。",
    "这次展会上，一些項目引得關注。",
    "若干项目正在洽谈。",
    "本次推介会共达成协议项目 11 个，签约投资金额68.1亿元。",
    "全市开工亿元以上产业项目 32 个。",
    "本次推介會共達成協議項目 11 個。",
]


@pytest.mark.parametrize("text", CLASSES)
def test_classes_are_no_projects(text: str) -> None:
    assert projects(text) == []


def extracted_projects(text: str) -> list[str]:
    from dsz_extract import extract

    return [m.text for m in extract(text).mentions if m.type == "project"]


# Taiwan and Hong Kong pages quote a development case (…开发案, …兴建营运移转案, …BOT案) or an industrial park
# area (…产业园区): a project where its sentence states an amount.
QUOTED_CASES = [
    ("設置之「和發產業園區」簽約金額就高達221億元。", ["和發產業園區"]),
    ("「高雄市立圖書館總館共構會展文創會館興建營運移轉案」，簽約金額36億5千元。", ["高雄市立圖書館總館共構會展文創會館興建營運移轉案"]),
    ("新北市「淡海新市鎮開發案」昨日簽約，投資金額120億元。", ["淡海新市鎮開發案"]),
    ("“滨江商务区停车场BOT案”签约，投资额8亿元。", ["滨江商务区停车场BOT案"]),
    # a quoted plan (方案), a law, or a case without an amount in its sentence is none
    ("市府提出「都市更新方案」，投入5億元。", []),
    ("依「產業創新條例」設置，簽約金額221億元。", []),
    ("「淡海新市鎮開發案」今日公告。", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CASES)
def test_quoted_cases(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected
