"""Read in session 42: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _deals(text: str) -> list[tuple[object, ...]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    return [(d.projects, d.stage, [a.money.amount for a in d.amounts]) for d in report.deals]


def _metrics(text: str) -> list[tuple[str, object]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    return [(m.evidence.text, m.value.model_dump(exclude_none=True)) for m in report.metrics]


# A project a lead lists bare (A、B等12个项目集中开工; 先后引进A、B等项目210个) and the body tells again with its money, also
# sentences further on (此次开工的A项目总投资30亿元): one deal, the one with the money, named as first told. A phase told
# later (A二期项目) is another project: the lead's item stays.
LEAD_ITEM_TOLD_AGAIN_WITH_MONEY = [
    (
        "近年来,西林区先后引进华能电力、鸿运旅游度假等项目210个,总投资超过400亿元。\n今年以来,西林区项目建设提速。\n"
        "总投资60亿元的华能电力项目已全面开工。",
        [(["鸿运旅游度假"], "introduced", []), (["华能电力"], "started", [6_000_000_000])],
    ),
    (
        "9月28日,平河县举行三季度重大项目开工活动,华兴智能装备、鼎盛新材料等12个工业项目集中开工。\n"
        "平河县近年来坚持项目为王。\n县委书记张国华在活动上致辞。\n"
        "此次开工的华兴智能装备项目总投资30亿元,主要建设智能装备生产线。",
        [(["鼎盛新材料"], "started", []), (["华兴智能装备"], "started", [3_000_000_000])],
    ),
    (
        "5月10日,南川市举行重大项目集中签约仪式,签约项目包括金源新能源电池、蓝天医疗器械等8个项目。\n"
        "南川市委书记李明出席仪式。\n南川市长王强介绍了全市的招商情况。\n据介绍,金源新能源电池项目总投资20亿元。",
        [(["蓝天医疗器械"], "signed", []), (["金源新能源电池"], "signed", [2_000_000_000])],
    ),
    (
        "5月10日,南川市举行重大项目集中签约仪式,签约项目包括金源新能源电池、蓝天医疗器械等8个项目。\n"
        "南川市委书记李明出席仪式。\n金源新能源电池二期项目总投资20亿元。",
        [
            (["金源新能源电池"], "signed", []),
            (["蓝天医疗器械"], "signed", []),
            (["金源新能源电池二期项目"], "signed", [2_000_000_000]),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_ITEM_TOLD_AGAIN_WITH_MONEY)
def test_a_lead_item_told_again_with_money_is_one_deal(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _deals(text) == expected


# What a project is to yield (docs/contract.md, metrics: "What projects are expected to yield … is no metric"), in forms
# the earlier rules missed: the output at full production (达产产值, 达产税收); the figures after a clause estimating when
# the project runs (项目预计在2024年投产运营，…，实现年总收入…，并提供…就业岗位); the figures after a condition of reaching
# the standard (…达产达标后，每家年产值…); openings joined to the output an estimate brings (预计将带来600亿元产值及1万个
# 就业机会). A place's figures of a period stay (the last case).
PROJECTED_YIELDS = [
    ("该项目总投资20亿元,预计达产产值50亿元,达产税收5亿元。", []),
    ("项目预计在2024年投产运营,每年将产出鲜奶约8000吨,实现年总收入5000余万元,并提供60多个就业岗位。", []),
    ("园区3家企业达产达标后,每家年产值都将达到50亿元以上。", []),
    ("该园区是最适合企业进驻的园区,预计将带来600亿元产值及1万个就业机会。", []),
    (
        "1-6月,全县规上工业产值达到120亿元,同比增长8%,带动就业1.2万人。",
        [
            ("1-6月,全县规上工业产值达到120亿元,同比增长8%", {"amount": 12_000_000_000, "currency": "CNY"}),
            ("1-6月,全县规上工业产值达到120亿元,同比增长8%,带动就业1.2万人", {"value": 12000, "unit": "人"}),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROJECTED_YIELDS)
def test_what_a_project_is_to_yield_is_no_metric(text: str, expected: list[tuple[str, object]]) -> None:
    assert _metrics(text) == expected


def _talent(text: str) -> list[tuple[object, ...]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    return [(t.category, t.count.value if t.count else None, t.persons, t.mode) for t in report.talent] + [
        ("metric", m.indicator) for m in report.metrics
    ]


# Two or more names closed by their count and role, without 等 (陈某、石某、林某三位院士; 陈某、林某两名教授), are names; the
# titled experts so named who unveil or set up a workstation are brought in flexibly, counted, the count no metric of its
# own (the titles beside each name read as before: the last case).
NAMES_CLOSED_BY_THEIR_COUNT = [
    (
        "张华与陈明远、石立、林瑞新三位院士共同为院士工作站揭牌。",
        [("院士", 3, ["陈明远", "石立", "林瑞新"], "flexible")],
    ),
    ("张华与王天明院士、陈文福院士共同为院士工作站揭牌。", [("院士", None, ["王天明", "陈文福"], "flexible")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_CLOSED_BY_THEIR_COUNT)
def test_names_closed_by_their_count_and_role(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _talent(text) == expected


# A count and role with no names before it names nobody (the last case).
PEOPLE_CLOSED_BY_THEIR_COUNT = [
    ("陈明远、石立、林瑞新三位院士出席了会议。", ["陈明远", "石立", "林瑞新"]),
    ("会议邀请了陈明远、林瑞新两名教授作报告。", ["陈明远", "林瑞新"]),
    ("县里邀请了两名教授作报告。", []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_CLOSED_BY_THEIR_COUNT)
def test_people_closed_by_their_count_are_persons(text: str, expected: list[str]) -> None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    assert [m.text for m in report.mentions if m.type == "person"] == expected


# Names and the titles they share after 等, then a verb of being appointed (陈某、石某等院士、教授被聘任为…专家; 被聘任 joins
# 被聘为, 获聘为): hired, the post their category; names with their titles only, no appointment, give none.
APPOINTED_AFTER_SHARED_TITLES = [
    (
        "随后,陈明远、石立、林瑞新等院士、教授被聘任为市科学院学术委员会专家。",
        [("市科学院学术委员会专家", None, ["陈明远", "石立", "林瑞新"], "hired")],
    ),
    (
        "随后,陈明远、石立、林瑞新等院士被聘任为市科学院学术顾问。",
        [("市科学院学术顾问", None, ["陈明远", "石立", "林瑞新"], "hired")],
    ),
    ("陈明远、石立等院士在主席台就座。", []),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTED_AFTER_SHARED_TITLES)
def test_names_with_shared_titles_appointed(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _talent(text) == expected


def _periods(text: str) -> list[tuple[str, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2021-11-10")
    return [(m.evidence.text, m.period) for m in report.metrics]


# A ceremony of two stages with the second in brackets (集中开(竣)工仪式, 开（竣）工活动) frames what follows as 开竣工 does,
# and the year of a numbered round told after the day it is held (11月8日上午，我市2021年第二批…) names the round: the
# figures take the day, in the lead and in the sentence after it. Told alone, the round's year is the period (the last
# case).
A_ROUND_HELD_ON_ITS_DAY = [
    (
        "11月8日上午,我市2021年第二批32个重点产业项目举行集中开(竣)工仪式,总投资96.5亿元。\n"
        "此次集中开(竣)工的项目共32个,其中开工20个,竣工12个。",
        [
            ("11月8日上午,我市2021年第二批32个重点产业项目举行集中开(竣)工仪式", "2021-11-08"),
            ("11月8日上午,我市2021年第二批32个重点产业项目举行集中开(竣)工仪式,总投资96.5亿元", "2021-11-08"),
            ("此次集中开(竣)工的项目共32个", "2021-11-08"),
            ("其中开工20个", "2021-11-08"),
            ("竣工12个", "2021-11-08"),
        ],
    ),
    (
        "东川经开区举行2021年第二次重大项目集中签约仪式,现场签约项目14个,总金额89亿元。",
        [
            ("东川经开区举行2021年第二次重大项目集中签约仪式,现场签约项目14个", "2021"),
            ("东川经开区举行2021年第二次重大项目集中签约仪式,现场签约项目14个,总金额89亿元", "2021"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), A_ROUND_HELD_ON_ITS_DAY)
def test_a_round_held_on_its_day_dates_its_figures(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _periods(text) == expected


# A national outlet's regional site named by its province (中新网湖北 > 经济新闻, 来源:新华网贵州频道, 中新网湖北新闻2月9日电)
# is one outlet: the province inside it is no place of the page. With its day right after the place (中新网沈阳12月3日电)
# the place is the dateline's city.
REGIONAL_SITES = [
    ("您当前的位置 : 中新网湖北 > 经济新闻", [("org", "中新网湖北")]),
    ("来源:新华网贵州频道", [("org", "新华网贵州频道")]),
    (
        "中新网湖北新闻2月9日电 (郭振兴)枣阳市2023年一季度重大项目集中签约活动举行。",
        [("org", "中新网湖北"), ("event", "枣阳市2023年一季度重大项目集中签约活动")],
    ),
    (
        "中新网沈阳12月3日电 (李明)辽宁省博士后工作会议召开。",
        [("org", "中新网"), ("place", "沈阳"), ("event", "辽宁省博士后工作会议")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REGIONAL_SITES)
def test_a_national_outlets_regional_site_is_one_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-10-01")
    assert [(m.type, m.text) for m in report.mentions if m.type in ("org", "place", "event")] == expected
