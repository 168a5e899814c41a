"""Read in session 29: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _places(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "place"]


# 全国 / 全省 before a title that closes on an honour's word is the honour's reach, and so is 中国 before a ranking
# or a title it gives; a verb or 的 in between, an industry or a rank that shares the word keep the place.
HONOUR_REACH = [
    ("该县荣获全国乡村振兴示范县称号。", ["该县"]),
    ("获评全国“绿色农资”升级行动试点县。", []),
    ("又是全国百强县，发展势头良好。", []),
    ("入选全国数字百强市。", []),
    ("这里是全国历史文化名城。", []),
    ("荣获全国脱贫攻坚先进单位称号。", []),
    ("统筹布局全省引智示范基地。", []),
    ("获全国基层人才工作创新最佳案例奖。", []),
    ("积极对接中国500强企业。", []),
    ("位列中国民营企业500强第42位。", []),
    ("商标成为中国驰名商标。", []),
    ("获评中国最佳引才城市。", []),
    # as before, and the place kept
    ("全国示范院士专家工作站落户该县。", ["该县"]),
    ("全省引进博士以上优秀人才120人。", ["全省"]),
    ("全省先进制造业增加值增长10%。", ["全省"]),
    ("技术达到全国先进水平。", ["全国"]),
    ("吸引全国的优秀人才来此创业。", ["全国"]),
    ("中国经济增长5%。", ["中国"]),
]


@pytest.mark.parametrize(("text", "expected"), HONOUR_REACH)
def test_an_honours_reach_is_no_place(text: str, expected: list[str]) -> None:
    assert _places(text) == expected
