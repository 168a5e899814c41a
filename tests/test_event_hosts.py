"""A fair's host named in brackets after 中国 opens its name, over a verb of bringing in after it
(2012中国(宁夏)|引进…洽谈会): the verb is the fair's topic. A year or an edition before the host is the
name's too.

Sentences written for these tests in the style of real reports (none copied from the corpus), each with
every event the full pipeline finds.
"""

from __future__ import annotations

import pytest

from test_event import extracted_events

BRACKETED_HOSTS = [
    ("2012中国(宁夏)引进海内外高层次人才合作洽谈会在银川召开。", ["2012中国(宁夏)引进海内外高层次人才合作洽谈会"]),
    (
        "当日举办的中国(宁夏)引进海内外高层次人才合作洽谈会上,共签约30个项目。",
        ["中国(宁夏)引进海内外高层次人才合作洽谈会"],
    ),
    ("第五届中国(青海)引进海外高层次人才洽谈会在西宁开幕。", ["第五届中国(青海)引进海外高层次人才洽谈会"]),
    ("2023中国(安徽)招引外资推介会在合肥举行。", ["2023中国(安徽)招引外资推介会"]),
    ("中国(重庆)引进国外智力成果展示交流会于日前举办。", ["中国(重庆)引进国外智力成果展示交流会"]),
    ("中国(湖南)承接产业转移对接会在长沙开幕。", ["中国(湖南)承接产业转移对接会"]),
    ("2019中国（福建）引进人才项目洽谈会暨签约仪式举行。", ["2019中国（福建）引进人才项目洽谈会暨签约仪式"]),
    ("第十届中国(廊坊)吸引外资洽谈会开幕。", ["第十届中国(廊坊)吸引外资洽谈会"]),
    ("2018中国·贵州引进高层次人才对接会在贵阳举行。", ["2018中国·贵州引进高层次人才对接会"]),
    # glosses of a page in traditional characters stay in the span
    (
        "2012中國(寧夏)引進(jìn)海內(nèi)外高層次人才合作洽談會在銀川召開。",
        ["2012中國(寧夏)引進(jìn)海內(nèi)外高層次人才合作洽談會"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_HOSTS)
def test_bracketed_host_opens_a_fair_name(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected


# A promotion week (促进周) is a fair's head like 投资周 and 招商周.
PROMOTION_WEEKS = [
    ("为此,开展“辽宁招商引资促进周”活动,成效明显。", ["辽宁招商引资促进周"]),
    ("“辽宁—长三角招商引资促进周”期间,全省共签约项目80个。", ["辽宁—长三角招商引资促进周"]),
    ("第三届江苏投资促进周在南京开幕。", ["第三届江苏投资促进周"]),
    ("2023中国(四川)外商投资促进周在成都举行。", ["2023中国(四川)外商投资促进周"]),
    ("首届粤港澳大湾区贸易促进周活动启动。", ["首届粤港澳大湾区贸易促进周"]),
]


@pytest.mark.parametrize(("text", "expected"), PROMOTION_WEEKS)
def test_promotion_week_is_an_event(text: str, expected: list[str]) -> None:
    assert extracted_events(text) == expected
