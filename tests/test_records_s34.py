"""Read in session 34: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _talent(text: str) -> list[tuple[str | None, int | None, str | None]]:
    return [
        (t.category, getattr(t.count, "value", None), t.mode)
        for t in _EXTRACT(text, reference_date="2023-06-01").talent
    ]


# The people of a count before a 的 that is not theirs are the first kind after the count when what follows it is the
# next group of a list of counts, a copula, or others they act with; a kind qualified by the 的 phrase stays the kind
# after it. A mode word made a noun after the people (的引进, 的柔性引进) is their mode.
KINDS_BEFORE_A_DE_NOT_THEIRS = [
    (
        "今年完成260名紧缺人才、12名博士、3名国家级人才的引进。",
        [("紧缺人才", 260, "introduced"), ("博士", 12, "introduced"), ("国家级人才", 3, "introduced")],
    ),
    ("引进这15位博士是该县“十四五”发展对高端人才的需要。", [("博士", 15, "introduced")]),
    ("全年柔性引进5位院士与当地企业共建研发平台的任务完成。", [("院士", 5, "flexible")]),
    ("全年实现30名专家的柔性引进。", [("专家", 30, "flexible")]),
    ("完成45名博士的引进工作。", [("博士", 45, "introduced")]),
    ("引进80名具有博士学位的高层次人才。", [("高层次人才", 80, "introduced")]),
    ("引进20名院士和专家的团队。", [("院士和专家", 20, "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS_BEFORE_A_DE_NOT_THEIRS)
def test_the_people_before_a_de_that_is_not_theirs(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected


# People drawn to an event are no talent: a 、 list of counted groups (people, bodies) closed by a word of attending past
# the people's own words, and a clause opening on the verb of drawing after a clause that ends with the event.
DRAWN_TO_ATTEND = [
    ("据统计，共吸引35名知名专家、120名海外高层次人才、60余家高校院所、300余家企业参会洽谈。", []),
    ("去年9月举办的长三角人才峰会，吸引600多位海外留学人员和来自各地的青年人才，围绕人才合作展开交流。", []),
    (
        "今年以来，全市共吸引120名博士、300名硕士来我市就业。",
        [("博士", 120, "introduced"), ("硕士", 300, "introduced")],
    ),
    ("我县强化人才招引，吸引80名博士来县创业。", [("博士", 80, "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), DRAWN_TO_ATTEND)
def test_people_drawn_to_an_event_are_no_talent(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _talent(text) == expected
