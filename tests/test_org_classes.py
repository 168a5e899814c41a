"""Organisation suffixes that name a class of bodies, not one: counted by how many there are, placed
relative to the speaker, or qualified by what they received or what kind they are.

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
