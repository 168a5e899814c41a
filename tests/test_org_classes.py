"""Organisation suffixes that name a class of bodies, not one: counted by how many there are, placed
relative to the speaker, or qualified by what they received or what kind they are; and a body's party
committee before a title, which is part of the title (复星集团|党委书记).

Sentences written for these tests in the style of real reports (none copied from the corpus). Each
case lists every organisation the full extractor finds, as (text, kind), in order.
"""

from __future__ import annotations

import pytest

from test_org_forms import orgs

CLASSES = [
    # how many (众多, 诸多, 广大)
    ("众多商会、诸多协会纷纷响应招商号召。", []),
    ("吸引广大银行参与园区融资。", []),
    # where, seen from the speaker (州内, 省外, 异地)
    ("吸引省外高校和县内医院参与合作。", []),
    ("11个异地商会和3位企业家与该县签约。", []),
    ("州內醫院均已建立專家工作站。", []),  # traditional characters
    # what they received or what kind they are
    ("受資助企業名單已於本月公佈。", []),
    ("322间受助公司中有47间来自东盟国家。", []),
    ("加快建设现代化工厂，推动产业转型。", []),
    ("金融服务及家族办公室是较热门的行业。", []),
    # a name stays a name
    ("现代汽车集团与市政府签约。", [("现代汽车集团", "group"), ("市政府", "government")]),
    ("他毕业于州立大学。", [("州立大学", "university")]),
]


@pytest.mark.parametrize(("text", "expected"), CLASSES)
def test_a_class_of_bodies_is_no_organisation(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


PARTY_SEATS = [
    ("中国广核集团有限公司党委常委、副总经理李亦伦出席。", [("中国广核集团有限公司", "group")]),
    ("黑龙江省商务厅党组成员、副厅长王伟介绍情况。", [("黑龙江省商务厅", "government")]),
    ("复星集团党委书记、高级副总裁李海出席签约。", [("复星集团", "group")]),
    ("清华大学党委副书记张三致辞。", [("清华大学", "university")]),
    ("中國建設銀行黨委委員張強到會。", [("中國建設銀行", "bank")]),  # traditional characters
    # a party group that acts is a body of its own
    ("省交通运输厅党组召开会议。", [("省交通运输厅党组", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTY_SEATS)
def test_a_party_seat_before_a_title_belongs_to_the_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
