"""The special administrative regions by their short official forms (澳门特区, 香港特区, 中国澳门特区): the
whole form is the place, one unit (scripts/gazetteer_nicknames.tsv).

Sentences written for these tests (none copied from the corpus); every place as (text, name, level, adcode).
"""

from __future__ import annotations

import pytest

from test_place_classes import found

SAR = [
    ("近日,澳门特区行政长官出席会议。", [("澳门特区", "澳门特别行政区", "province", "820000")]),
    ("为推动中国澳门特区的创新驱动。", [("中国澳门特区", "澳门特别行政区", "province", "820000")]),
    # (session 32) 内地 after 与 is China (docs/contract.md, session 32)
    (
        "香港特区与内地合作日益紧密。",
        [("香港特区", "香港特别行政区", "province", "810000"), ("内地", "中国", "country", None)],
    ),
    ("香港特區是國際金融中心。", [("香港特區", "香港特别行政区", "province", "810000")]),
    (
        "澳门特区与横琴合作区加快融合。",
        [("澳门特区", "澳门特别行政区", "province", "820000"), ("横琴合作区", "横琴粤澳深度合作区", "zone", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAR)
def test_special_administrative_regions_by_short_form(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert found(text) == expected
