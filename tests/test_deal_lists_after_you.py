"""Lists spelt out after 有： (开工的有：, 建成投产的项目有：, 签约项目主要有) name projects, items without a project head
too, and give them the stage told before 的 (dims/_project_lists.py, records/deal_list_heads.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# sentence → (project, stage) of each deal
LISTS: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "当天开工的有：城东污水处理厂、滨江大道改造工程、县第二人民医院。",
        [("城东污水处理厂", "started"), ("滨江大道改造工程", "started"), ("县第二人民医院", "started")],
    ),
    (
        "今年建成投产的项目有：东方希望铝业二期、信义光伏玻璃三期、比亚迪电池一期。",
        [("东方希望铝业二期", "completed"), ("信义光伏玻璃三期", "completed"), ("比亚迪电池一期", "completed")],
    ),
    (
        "集中开工的项目主要有城东污水处理厂、滨江大道改造工程、县第二人民医院等。",
        [("城东污水处理厂", "started"), ("滨江大道改造工程", "started"), ("县第二人民医院", "started")],
    ),
    (
        "此次签约的有：智能装备产业园项目、冷链物流中心项目。",
        [("智能装备产业园项目", "signed"), ("冷链物流中心项目", "signed")],
    ),
    # parts of one project, and lists of no projects, stay none
    ("该项目主要有生产车间、仓储物流区、研发中心等。", []),
    ("我们的优势有：区位优越、交通便利、政策优惠。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS)
def test_lists_after_you(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(sentence, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.stage) for d in deals] == expected


# a counted set with its stage, then 其中 and the ones picked from it: they reached the set's stage (planned when the
# set is still to reach it)
PICKED: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "共签约项目25个，其中，总投资12亿元的中药材加工项目、总投资8亿元的文旅康养项目最受关注。",
        [("中药材加工项目", "signed"), ("文旅康养项目", "signed")],
    ),
    ("全县共签约项目25个，其中总投资12亿元的中药材加工项目最受关注。", [("中药材加工项目", "signed")]),
    (
        "新开工亿元以上项目12个，总投资80亿元，其中投资20亿元的光伏组件项目为单体最大项目。",
        [("光伏组件项目", "started")],
    ),
    ("签约25个项目，其中投资20亿元的光伏组件项目为单体最大项目。", [("光伏组件项目", "signed")]),
    ("计划新开工项目25个，其中投资20亿元的光伏组件项目为单体最大项目。", [("光伏组件项目", "planned")]),
    ("今年拟签约项目25个，其中投资20亿元的光伏组件项目为单体最大项目。", [("光伏组件项目", "planned")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PICKED)
def test_projects_picked_from_a_counted_set(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    deals = extract(sentence, reference_date="2023-12-20").deals
    assert [(d.projects[0], d.stage) for d in deals] == expected
