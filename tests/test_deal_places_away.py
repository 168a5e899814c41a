"""A unit's promotion held in another city (在上海举行的黄山市招商推介会上): the deals signed there land at home (the
county their name states, else the unit), not in the hall's city (records/event_hosts.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# text → (project, place) of each deal
AWAY: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "6月9日，在上海举行的黄山市招商推介会上，总投资18亿元的歙县文旅综合体项目现场签约。",
        [("歙县文旅综合体项目", "歙县")],
    ),
    ("6月9日，在上海举行的黄山市招商推介会上，总投资18亿元的文旅综合体项目现场签约。", [("文旅综合体项目", "黄山市")]),
    (
        "在杭州举办的赣州市招商引资推介会上，总投资25亿元的电子信息产业园项目成功签约。",
        [("电子信息产业园项目", "赣州市")],
    ),
    ("在北京举行的2023年沧州市招商推介会上，任丘市签约的石化新材料项目总投资36亿元。", [("石化新材料项目", "任丘市")]),
    # the province's own event in its capital stays the province's
    (
        "3月28日，广东省重大项目集中签约活动在广州举行，总投资100亿元的湛江钢铁三号高炉项目签约。",
        [("湛江钢铁三号高炉项目", "湛江市")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AWAY)
def test_promotions_held_away_place_their_deals_at_home(text: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.place) for d in deals] == expected


# an event named only as the source of projects whose progress is checked (…洽谈会签约项目推进情况) is referred to, not
# held: it opens no frame, and the place its name opens with (上海) places nothing. (session 34) The projects lie where
# the page is about: the office acting in its opening (宁波市商务局…开展督查) makes that 宁波市.
REFERRED: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "近日，宁波市商务局对各县区招商引资工作开展督查，实地查看了智能装备产业园项目、冷链物流园项目等20个招商引资重点项目，"
        "重点了解上海宁波经贸合作洽谈会签约项目推进情况。",
        [("智能装备产业园项目", "宁波市"), ("冷链物流园项目", "宁波市")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERRED)
def test_events_referred_to_place_nothing(text: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.place) for d in deals] == expected


# a phase named first (一期…, 二期…) right after its project in the sentence lies where its project's name places it
PHASES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "黑河市今年重点项目进展顺利。孙吴天之草汉麻种植加工项目，今年完成汉麻种植3万亩，一期汉麻纤维加工项目已投产，"
        "二期汉麻板材加工项目开工建设。",
        [("一期汉麻纤维加工项目", "孙吴县"), ("二期汉麻板材加工项目", "孙吴县")],
    ),
    (
        "长沙市重点项目加快推进。浏阳市智能终端产业园项目，今年完成厂房建设，一期智能终端生产线项目已投产，"
        "二期研发中心项目开工建设。",
        [("一期智能终端生产线项目", "浏阳市"), ("二期研发中心项目", "浏阳市")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHASES)
def test_phases_lie_where_their_project_does(text: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.place) for d in deals] == expected


# projects with their own amounts, then 分别落户 and as many places: one place each
EACH_LANDS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "签约项目中，投资50亿元的新能源汽车零部件项目、投资30亿元的高端轴承项目、投资12亿元的食品加工项目分别落户临清市、"
        "茌平区和冠县。",
        [("新能源汽车零部件项目", "临清市"), ("高端轴承项目", "茌平区"), ("食品加工项目", "冠县")],
    ),
    (
        "总投资20亿元的光伏组件项目和总投资8亿元的储能电池项目分别落户宜兴市、溧阳市。",
        [("光伏组件项目", "宜兴市"), ("储能电池项目", "溧阳市")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EACH_LANDS)
def test_projects_land_one_for_one_after_each(text: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.place) for d in deals] == expected
