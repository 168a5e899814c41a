"""A place after 在/于/到 and a verb of building before a plant's, a centre's or an institute's suffix say
where something is built (在上海建设超级工厂, 在沈阳市铁西区建设研发中心): the place and the verb are no part
of a name, and a plant built is no firm. Registered names and schools keep their words (西安建设工程集团有限
公司, 江苏建设职业技术学院). Sentences written for these tests in the style of real reports (none copied from
the corpus); each case lists every organisation found, as (text, kind).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

BUILT = [
    ("美国特斯拉公司在上海建设超级工厂。", [("美国特斯拉公司", "company")]),
    ("计划在沈阳市铁西区建设研发中心及现代化生产厂房。", []),
    ("该企业拟在长沙市雨花区新建智能工厂。", []),
    # names holding a verb of building keep it
    ("中国建设银行青岛分行与企业签约。", [("中国建设银行青岛分行", "bank")]),
    ("西安建设工程集团有限公司承建该项目。", [("西安建设工程集团有限公司", "group")]),
    ("签约仪式在江苏建设职业技术学院举行。", [("江苏建设职业技术学院", "university")]),
    ("项目在南京建设发展集团有限公司的支持下推进。", [("南京建设发展集团有限公司", "group")]),
]


@pytest.mark.parametrize(("text", "expected"), BUILT)
def test_a_place_and_a_building_verb_are_no_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


RUNS_ON = [
    ("新鴻基地產發展有限公司在廣州投資建設商業綜合體。", [("新鴻基地產發展有限公司", "company")]),
    ("碧桂园地产发展有限公司与县政府签约。", [("碧桂园地产发展有限公司", "company"), ("县政府", "government")]),
    ("华为科技投资有限公司与县政府签约。", [("华为科技投资有限公司", "company"), ("县政府", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), RUNS_ON)
def test_a_firm_runs_on_over_a_trade_to_its_registered_form(text: str, expected: list[tuple[str, str]]) -> None:
    """A registered form after a firm found and a trade of generic words is one name (某某地产|发展|有限公司)."""
    assert orgs(text) == expected
