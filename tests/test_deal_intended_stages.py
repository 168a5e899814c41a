"""Deal wordings of the round-2 probes (written for the classes, not taken from pages): a start only intended for
named works in their own clause (加快推进A、B等项目开工建设) and projects in preparatory work (前期工作) are planned;
firms named as the representatives who speak at an event (A、B作为签约企业代表发言) are no deals of settled or
signing companies. Read end to end (names found by dims/project.py, deals by records/deals.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# sentence → (projects, stage) of each deal expected, in order
PLANNED: list[tuple[str, list[tuple[str, str]]]] = [
    ("加快推进长生河整治、通江立交等项目开工建设。", [("长生河整治", "planned"), ("通江立交", "planned")]),
    (
        "全力推动滨江大道改造、城北污水处理厂扩建等项目尽快开工。",
        [("滨江大道改造", "planned"), ("城北污水处理厂扩建", "planned")],
    ),
    (
        "力争阜阳西站综合枢纽、颍河航道整治等项目年内开工建设。",
        [("阜阳西站综合枢纽", "planned"), ("颍河航道整治", "planned")],
    ),
    (
        "确保昆明长水机场改扩建、滇中引水二期等重大项目年内动工。",
        [("昆明长水机场改扩建", "planned"), ("滇中引水二期", "planned")],
    ),
    (
        "争取海口江东新区起步区、美兰机场三期等项目早日开工。",
        [("海口江东新区起步区", "planned"), ("美兰机场三期", "planned")],
    ),
    ("积极推进西宁曹家堡机场三期项目开工建设。", [("西宁曹家堡机场三期项目", "planned")]),
    ("推动吉林中部城市引松供水工程二期开工建设。", [("吉林中部城市引松供水工程二期", "planned")]),
    (
        "今年，我区将加快推进新城商务中心、通江立交等项目开工建设。",
        [("新城商务中心", "planned"), ("通江立交", "planned")],
    ),
    (
        "有望促成居然之家综合体、中药材种植基地等13个项目在上半年签约。",
        [("居然之家综合体", "planned"), ("中药材种植基地", "planned")],
    ),
    # told as done: the stage reached
    ("长生河整治、通江立交等项目已于3月开工建设。", [("长生河整治", "started"), ("通江立交", "started")]),
    (
        "长生河整治、通江立交等项目开工建设，加快推进老旧小区改造。",
        [("长生河整治", "started"), ("通江立交", "started")],
    ),
    # preparatory work
    (
        "拉萨新机场、日喀则机场改扩建等重大项目前期工作正在筹备中。",
        [("拉萨新机场", "planned"), ("日喀则机场改扩建", "planned")],
    ),
    (
        "格尔木机场改扩建、德令哈光热电站等项目正在开展前期工作。",
        [("格尔木机场改扩建", "planned"), ("德令哈光热电站", "planned")],
    ),
    ("抓紧推进丹东港扩建、沈阳浑南科技城等项目前期工作。", [("丹东港扩建", "planned"), ("沈阳浑南科技城", "planned")]),
    (
        "滇中城市群轨道交通、昆明新机场二期等项目前期工作扎实推进。",
        [("滇中城市群轨道交通", "planned"), ("昆明新机场二期", "planned")],
    ),
    ("前期已签约的宁德时代电池项目今天正式开工。", [("宁德时代电池项目", "started")]),
]

# a completion or landing aimed at tells nothing of how far the project got: no deal without its money
NOT_BEGUN_UNKNOWN: list[str] = [
    "力争高铁站综合体年内建成投用。",
    "重点推动陶瓷电容器项目早日投产达效。",
    "争取产研院分院落户我区。",
    "加快推进物流园二期项目竣工投产。",
]

SPEAKERS: list[str] = [
    "万达集团、海航集团、垠坤集团作为签约企业代表进行视频发言。",
    "华为技术有限公司、比亚迪股份有限公司分别作为签约企业代表发言。",
    "中国建材集团、正泰集团作为投资企业代表作了表态发言。",
    "仪式上，京东集团、美团公司作为客商代表致辞。",
    "宁德时代、通威集团等企业代表在签约仪式上发言。",
]

# firms told as settling or signing stay deals of their own
SETTLED: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "长城汽车、雅迪电动车、东鹏陶瓷等一批龙头企业相继落户。",
        [("长城汽车", "introduced"), ("雅迪电动车", "introduced"), ("东鹏陶瓷", "introduced")],
    ),
    ("万达集团、海航集团等企业与该区签约。", [("万达集团", "signed"), ("海航集团", "signed")]),
]


@pytest.mark.parametrize(("text", "expected"), PLANNED, ids=[str(i) for i in range(len(PLANNED))])
def test_intended_and_preparatory_stages(text: str, expected: list[tuple[str, str]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects[0] if d.projects else None, d.stage) for d in deals] == expected
    assert all(d.date is None for d in deals if d.stage == "planned")


@pytest.mark.parametrize("text", NOT_BEGUN_UNKNOWN, ids=[str(i) for i in range(len(NOT_BEGUN_UNKNOWN))])
def test_aimed_completion_is_no_deal(text: str) -> None:
    assert extract(text, reference_date="2023-12-20").deals == []


@pytest.mark.parametrize("text", SPEAKERS, ids=[str(i) for i in range(len(SPEAKERS))])
def test_speaking_representatives_are_no_deals(text: str) -> None:
    assert extract(text, reference_date="2023-12-20").deals == []


@pytest.mark.parametrize(("text", "expected"), SETTLED, ids=[str(i) for i in range(len(SETTLED))])
def test_settled_firms_stay_deals(text: str, expected: list[tuple[str, str]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.investors[0], d.stage) for d in deals] == expected


# a sentence opening on the set an earlier sentence told (在签订的N个项目中) dates its projects by that sentence's day
SET_TOLD_BEFORE: list[tuple[str, str | None]] = [
    (
        "3月8日，西宁市与12家企业签订投资项目15个，总投资86亿元。\n在签订的15个项目中，青海盐湖镁业公司投资20亿元建设金属镁项目。",
        "2024-03-08",
    ),
    (
        "10月15日，澳门特区政府与内地企业签署合作项目6个。\n此次签署的项目中，横琴文旅公司投资8亿元建设会展中心项目。",
        "2024-10-15",
    ),
    (
        "6月29日，县里签订了36项投资项目。\n在签订的36个投资项目中，中国三峡新能源有限公司投资2.5亿元建设光伏发电项目。",
        "2024-06-29",
    ),
    (
        "5月20日上午，拉萨经开区集中签约项目9个。\n签约的项目中，西藏高争建材公司投资5亿元建设水泥技改项目。",
        "2024-05-20",
    ),
    # the set told with a period, no day: no day taken
    ("今年一季度，全市签订投资项目15个。\n在签订的15个项目中，青海盐湖镁业公司投资20亿元建设金属镁项目。", "2024-Q1"),
]


@pytest.mark.parametrize(("text", "date"), SET_TOLD_BEFORE, ids=[str(i) for i in range(len(SET_TOLD_BEFORE))])
def test_day_of_the_set_told_before(text: str, date: str | None) -> None:
    deals = [d for d in extract(text, reference_date="2024-12-01").deals if d.projects]
    assert [d.date for d in deals] == [date]
