"""Read in session 37: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _names(text: str, kind: str) -> list[str]:
    return [m.text for m in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").mentions if m.type == kind]


# A place and a conjunction before an association (镇远县与|浙江商会) sign with it: the place is no part of its name; a
# body named after two fields joined by 与 / 和 keeps both (中国植物生理与植物分子生物学会), and so does a member word
# after a place (温州市企业家协会, 欧美同学会).
ASSOCIATIONS_AFTER_A_PLACE = [
    ("岳西县与温州商会签订了投资合作协议书。", ["温州商会"], ["岳西县"]),
    ("该省与澳门中华总商会签约。", ["澳门中华总商会"], ["该省"]),
    ("黎平县和福建商会签订了框架协议。", ["福建商会"], ["黎平县"]),
    ("丽水市及浙江省青年企业家协会代表出席。", ["浙江省青年企业家协会"], ["丽水市"]),
    ("中国园艺与花卉学会理事长出席。", ["中国园艺与花卉学会"], []),
    ("会议由温州市企业家协会承办。", ["温州市企业家协会"], []),
    ("欧美同学会副会长出席。", ["欧美同学会"], []),
]


@pytest.mark.parametrize(("text", "orgs", "places"), ASSOCIATIONS_AFTER_A_PLACE)
def test_a_place_and_a_conjunction_before_an_association(text: str, orgs: list[str], places: list[str]) -> None:
    assert (_names(text, "org"), _names(text, "place")) == (orgs, places)


def _firm_deals(text: str) -> list[tuple[tuple[str, ...], str | None, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(tuple(d.investors), d.stage, d.place) for d in report.deals]


# Firms a government signs with where it stands (…管委会在会上与A、B等10家企业签约; 现场与 …) invest: a signed deal each,
# its place the government's; officials named before the government are no firms of the list (市领导王某、李某、
# 张某代表…); a list closed by 等 runs past the bodies of other kinds listed after its last firm (…、某某大学等机构签约),
# which invest nothing; a count of firms may carry a description (等12家国内行业领军企业).
FIRMS_SIGNING_WITH_A_GOVERNMENT = [
    (
        "市领导王建新、李明华、赵志刚代表丽江市人民政府、丽江高新区管委会在会上与四川恒达实业集团有限公司、"
        "大理苍山食品有限公司等8家企业签约。",
        [
            (("四川恒达实业集团有限公司",), "signed", "丽江市"),
            (("大理苍山食品有限公司",), "signed", "丽江市"),
        ],
    ),
    (
        "岳西县人民政府在签约仪式上与安徽华康新材料有限公司、合肥恒信电子有限公司签订投资协议。",
        [(("安徽华康新材料有限公司",), "signed", "岳西县"), (("合肥恒信电子有限公司",), "signed", "岳西县")],
    ),
    (
        "鄂伦春自治旗人民政府与内蒙古草原牧业集团等9家国内行业龙头企业就12个项目签约。",
        [(("内蒙古草原牧业集团",), "signed", "鄂伦春自治旗")],
    ),
    (
        "弥渡县与云南金山房地产开发有限公司、云南红河中医医院、昆明恒远物流有限公司、云南师范大学等单位共达成签约20项。",
        [
            (("云南金山房地产开发有限公司",), "signed", "弥渡县"),
            (("昆明恒远物流有限公司",), "signed", "弥渡县"),
        ],
    ),
    # controls: research bodies signing with each other, and a list 等 does not close, are no investors' deals
    ("甘肃省农业科学院与江苏省农业科学院、南京农业大学签订全面合作协议。", []),
    ("市领导王建新、李明华出席签约仪式。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_SIGNING_WITH_A_GOVERNMENT)
def test_firms_signing_with_a_government(
    text: str, expected: list[tuple[tuple[str, ...], str | None, str | None]]
) -> None:
    assert _firm_deals(text) == expected


def _deal_totals(text: str) -> list[tuple[tuple[str, ...], float | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (tuple(d.projects), next((a.money.amount for a in d.amounts if a.role == "total"), None)) for d in report.deals
    ]


# A bracket opened right after a listed name holds that name's figures (A项目(总投资12亿元)、B项目(5亿元)): the next item
# takes none of them; a bare amount alone in it is the name's total.
AMOUNTS_IN_BRACKETS_AFTER_NAMES = [
    (
        "今年新签约项目包括华源新材料项目(总投资12亿元)、恒通物流园项目(总投资5亿元)。",
        [(("华源新材料项目",), 1.2e9), (("恒通物流园项目",), 5e8)],
    ),
    (
        "今年新签约项目包括华源新材料项目（12亿元）、恒通物流园项目（5亿元）等。",
        [(("华源新材料项目",), 1.2e9), (("恒通物流园项目",), 5e8)],
    ),
    (
        "上半年新签约项目3个,分别是金源光电项目(8000万元)、瑞达精密项目(1.5亿元)、海川物流项目(6000万元)。",
        [(("金源光电项目",), 8e7), (("瑞达精密项目",), 1.5e8), (("海川物流项目",), 6e7)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS_IN_BRACKETS_AFTER_NAMES)
def test_amounts_in_brackets_after_names(text: str, expected: list[tuple[tuple[str, ...], float | None]]) -> None:
    assert _deal_totals(text) == expected


def _project_names(text: str) -> list[str]:
    return _names(text, "project")


# Activities listed before the head belong to one name, the first closing the words it is done on (…铝箱体研发、生产、
# 销售项目); a capacity opens a name with 年生产 as with 年产; activities alone name nothing.
ACTIVITIES_AND_CAPACITIES_IN_NAMES = [
    (
        "总投资12亿元的恒瑞新能源电池壳体及模组研发、生产、销售项目开工。",
        ["恒瑞新能源电池壳体及模组研发、生产、销售项目"],
    ),
    ("华康智能装备研发、制造项目签约。", ["华康智能装备研发、制造项目"]),
    ("年生产8000台节能电机项目开工。", ["年生产8000台节能电机项目"]),
    ("年产8000台节能电机项目开工。", ["年产8000台节能电机项目"]),
    ("今年开展研发、生产、销售项目对接。", []),
]


@pytest.mark.parametrize(("text", "expected"), ACTIVITIES_AND_CAPACITIES_IN_NAMES)
def test_activities_and_capacities_in_names(text: str, expected: list[str]) -> None:
    assert _project_names(text) == expected


def _talent_kinds(text: str) -> list[tuple[str, float | None, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(t.category, t.count.value if t.count else None, t.kind) for t in report.talent]


# 将 with the span of years it takes before the mode word (将在未来5年引进, 将用3年时间引进) tells a plan; 将近 (nearly)
# before a span of years tells what was done in it.
TALENT_TO_COME_OVER_YEARS = [
    ("孝感将在未来5年引进5万名各类人才。", [("各类人才", 50000, "plan")]),
    ("该市将用3年时间引进博士200名。", [("博士", 200, "plan")]),
    ("将在3年内引进高层次人才500名。", [("高层次人才", 500, "plan")]),
    ("将近5年引进人才3000人。", [("人才", 3000, "actual")]),
    ("近5年引进人才3000人。", [("人才", 3000, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), TALENT_TO_COME_OVER_YEARS)
def test_talent_to_come_over_years(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    assert _talent_kinds(text) == expected


def _metric_places(text: str) -> list[tuple[str, str | None, float]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [(m.indicator, m.place, m.value.amount) for m in report.metrics if m.value_type == "money"]


# Places, the name of their figure and their rank, then 分别 and as many values (海口、三亚、澄迈投资额位居前三，分别为…):
# each place its value under that name.
RANKED_PLACES_BEFORE_RESPECTIVELY = [
    (
        "宜昌、襄阳、荆州实际到位资金居全省前三位,分别为260亿元、150亿元、90亿元。",
        [("实际到位资金", "宜昌市", 26e9), ("实际到位资金", "襄阳市", 15e9), ("实际到位资金", "荆州市", 9e9)],
    ),
    (
        "柳州、桂林投资额位居前二,分别为68亿元、52亿元。",
        [("投资额", "柳州市", 6.8e9), ("投资额", "桂林市", 5.2e9)],
    ),
    (
        "柳州、桂林投资额分别为68亿元、52亿元。",
        [("投资额", "柳州市", 6.8e9), ("投资额", "桂林市", 5.2e9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_PLACES_BEFORE_RESPECTIVELY)
def test_ranked_places_before_respectively(text: str, expected: list[tuple[str, str | None, float]]) -> None:
    assert _metric_places(text) == expected


def _metric_counts(text: str) -> list[float]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [m.value.value for m in report.metrics if m.value_type == "count"]


# A count right before the industries a place builds or aims at (培育2个支柱产业, 聚焦5个百亿级产业集群和6条重点产业链) is the
# shape of its economy, no statistic; a count of projects of an industry, or one the industries share a head with, stays.
INDUSTRIES_COUNTED = [
    ("培育2个支柱产业,发展3个特色产业。", []),
    ("聚焦5个百亿级产业集群和6条重点产业链。", []),
    ("以大健康、现代金融、高新科技四个重点产业为主。", []),
    ("参与企业涉及生物医药、化工、电子技术等24个行业。", []),
    ("新签约22个产业项目。", [22]),
    ("开工项目为7个产业和1个基础设施项目。", [7, 1]),
    ("此次签约7个项目多属战略性新兴产业。", [7]),
]


@pytest.mark.parametrize(("text", "expected"), INDUSTRIES_COUNTED)
def test_industries_counted_are_no_statistic(text: str, expected: list[float]) -> None:
    assert _metric_counts(text) == expected


def _deal_projects(text: str) -> list[tuple[str, ...]]:
    return [tuple(d.projects) for d in _EXTRACT_WITH_RULES(text, reference_date="2023-06-01").deals]


# Projects a place follows up (积极跟进A、B等项目; A、B等一批外资项目正在紧密跟进) are still courted: no deals, also where the
# paragraph's signing or start would give them a stage; projects told started in the same shape stay deals.
PROJECTS_FOLLOWED_UP = [
    ("今年以来,海东工业园区新签约项目12个。同时积极跟进长城新能源汽车小镇项目、高原微藻技术应用项目等项目。", []),
    ("一季度,池州经开区集中开工项目8个。硅麦芯片项目、光学模组项目等一批韩资项目正在紧密跟进。", []),
    ("今年以来,岳西县签约项目12个。持续跟踪服务华为数据中心项目。", []),
    (
        "今年以来,岳西县签约项目12个。恒通物流园项目、华康新材料项目已开工建设。",
        [("恒通物流园项目",), ("华康新材料项目",)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTS_FOLLOWED_UP)
def test_projects_followed_up_are_no_deals(text: str, expected: list[tuple[str, ...]]) -> None:
    assert _deal_projects(text) == expected
