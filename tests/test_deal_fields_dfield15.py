"""Deal place and date, and the event frame deals inherit (session 15, dfield15): an event told without a day takes
the quarter or half its name opens with; a counted batch told done on a written day frames the body's deals; a
completion or start dated after the report is a plan; at a start ceremony a project told only with its completion
to come is started; a project told again lands where its first telling placed it, and 位于X的 is a landing.
Probe sentences of our own (not from the corpus), read with a reference date."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def fields_of(text: str, reference: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    deals = extract(text, reference_date=reference).deals
    return {p: (d.stage, d.place, d.date) for d in deals for p in d.projects}


def check(text: str, reference: str, project: str, expected: tuple[str | None, str | None, str | None]) -> None:
    found = fields_of(text, reference)
    assert found.get(project) == expected, found


# An event told with 日前 / 近日 (or no day at all) whose name opens with a quarter or half of a year: its deals
# take that period. A fair's edition year (2018第七届…博览会) is no period.
NAMED_PERIOD = [
    (
        "近日，长沙市2023年第一季度重大项目集中签约仪式举行，共签约项目30个。其中，三一重工智能装备产业园项目总投资50亿元。",
        "2023-04-02",
        "三一重工智能装备产业园项目",
        ("signed", "长沙市", "2023-Q1"),
    ),
    (
        "记者从州投资促进局获悉，在日前举行的2022年一季度全省产业大招商网上集中签约仪式上，黔东南州共签约项目16个。\n"
        "签约的项目中，台江县再生资源综合循环利用项目进行线上签约，项目投资额11.35亿元。",
        "2022-03-30",
        "台江县再生资源综合循环利用项目",
        ("signed", "台江县", "2022-Q1"),
    ),
    (
        "近日，岳阳市2023年第二季度重大项目集中开工仪式举行，共开工项目45个。其中，巴陵石化己内酰胺搬迁项目总投资150亿元。",
        "2023-06-28",
        "巴陵石化己内酰胺搬迁项目",
        ("started", "岳阳市", "2023-Q2"),
    ),
    (
        "日前，漳州市2021年上半年重大项目集中签约活动举行。签约的项目中，古雷炼化二期项目总投资300亿元。",
        "2021-06-30",
        "古雷炼化二期项目",
        ("signed", "漳州市", "2021-H1"),
    ),
    (
        "近日，合肥市举行2023年重大项目集中签约仪式，共签约项目30个。其中，蔚来汽车零部件产业园项目总投资50亿元。",
        "2023-05-02",
        "蔚来汽车零部件产业园项目",
        ("signed", "合肥市", "2023"),
    ),
    (  # (session 30) a round counted by 次 as by 批
        "日前，衡阳市祁东县2022年第三次项目集中签约仪式在县政府举行。此次签约的项目包括祁东黄花菜深加工项目等，总投资约20亿元。",
        "2022-09-15",
        "祁东黄花菜深加工项目",
        ("signed", "祁东县", "2022"),
    ),
    (
        "在日前举行的第七届中国—南亚博览会上，昆明市签约云南能投绿色硅材料项目，总投资80亿元。",
        "2023-08-20",
        "云南能投绿色硅材料项目",
        ("signed", "昆明市", None),
    ),
]


@pytest.mark.parametrize(("text", "reference", "project", "expected"), NAMED_PERIOD)
def test_an_undated_event_takes_the_period_its_name_opens_with(
    text: str, reference: str, project: str, expected: tuple[str, str, str | None]
) -> None:
    check(text, reference, project, expected)


# A batch of projects counted and told signed or started on a written day: the body's deals take that day.
COUNTED_BATCH = [
    (
        "本报龙游2月20日电 龙游招商引资迎来开门红。2月20日，总投资达58.6亿元的3个项目签约落户龙游。\n"
        "浙江蓝宇新材料有限公司与龙游签订年产4万吨特种亚克力保护纸生产线项目。",
        "2021-02-21",
        "年产4万吨特种亚克力保护纸生产线项目",
        ("signed", "龙游县", "2021-02-20"),
    ),
    (
        "6月8日，总投资达35亿元的5个项目集中签约落户宁乡。\n湖南楚天科技有限公司与宁乡签订医药装备智能制造项目，总投资10亿元。",
        "2023-06-09",
        "医药装备智能制造项目",
        ("signed", "宁乡市", "2023-06-08"),
    ),
    (
        "2023年9月12日，金华市12个重大项目成功签约。\n其中，零跑汽车零部件产业园项目总投资30亿元。",
        "2023-09-13",
        "零跑汽车零部件产业园项目",
        ("signed", "金华市", "2023-09-12"),
    ),
]


@pytest.mark.parametrize(("text", "reference", "project", "expected"), COUNTED_BATCH)
def test_a_counted_batch_on_a_written_day_dates_the_body(
    text: str, reference: str, project: str, expected: tuple[str, str, str | None]
) -> None:
    check(text, reference, project, expected)


# The signing or start is the step reached; a start or completion dated after the report is a plan.
PLAN_DATES = [
    (
        "2023年4月26日，衡阳市举行重大项目集中签约仪式。特变电工新能源装备项目总投资20亿元，将于今年10月开工，明年底建成投产。",
        "2023-04-27",
        "特变电工新能源装备项目",
        ("signed", "衡阳市", "2023-04-26"),
    ),
    (
        "2023年4月26日，衡阳市举行重大项目集中开工仪式。特变电工新能源装备项目总投资20亿元，预计2024年6月建成投产。",
        "2023-04-27",
        "特变电工新能源装备项目",
        ("started", "衡阳市", "2023-04-26"),
    ),
    (
        "2022年11月3日，玉溪市举行重大项目集中开工仪式。比亚迪玉溪动力电池项目总投资100亿元，计划明年6月建成投产。",
        "2022-11-04",
        "比亚迪玉溪动力电池项目",
        ("started", "玉溪市", "2022-11-03"),
    ),
    (
        "2024年2月26日，钦州市举行项目集中开工活动。华谊钦州化工新材料一体化基地项目总投资700亿元，将于2025年全面建成。",
        "2024-02-27",
        "华谊钦州化工新材料一体化基地项目",
        ("started", "钦州市", "2024-02-26"),
    ),
    (
        "2023年6月15日，滁州市与隆基绿能签约年产10GW单晶电池项目，项目计划于2023年底开工，2024年底建成投产。",
        "2023-06-16",
        "年产10GW单晶电池项目",
        ("signed", "滁州市", "2023-06-15"),
    ),
]


@pytest.mark.parametrize(("text", "reference", "project", "expected"), PLAN_DATES)
def test_a_step_dated_after_the_report_is_a_plan(
    text: str, reference: str, project: str, expected: tuple[str, str, str | None]
) -> None:
    check(text, reference, project, expected)


# Where a project lands: 位于/落户/选址 X 的 before its name is a landing; told again later without a place, it
# keeps the place its first telling gave.
LANDINGS = [
    (
        "2023年5月12日，安阳市举行重大项目集中签约仪式。位于安阳高新区的比亚迪动力电池项目总投资60亿元，当天正式签约。",
        "2023-05-13",
        "比亚迪动力电池项目",
        ("signed", "安阳高新技术产业开发区", "2023-05-12"),
    ),
    (
        "2022年9月8日，九江市重点项目集中开工。其中，位于九江经开区的晶科光伏组件项目总投资40亿元。",
        "2022-09-09",
        "晶科光伏组件项目",
        ("started", "九江经济技术开发区", "2022-09-08"),
    ),
    (
        "7月15日，孝感市举行二季度招商项目集中签约仪式，现场签约的凤凰科技城和临空产业园两大项目投资均超过300亿元。"
        "其中，位于孝感临空区的凤凰科技城总投资500亿元。",
        "2018-07-16",
        "凤凰科技城",
        ("signed", "孝感临空区", "2018-07-15"),
    ),
    (
        "2020年3月23日，漳浦县项目集中签约仪式举行，共签约6个项目，分别是绥安开发区的共享单车产业基地项目、台玻技改项目、"
        "鲁斑农机生产项目。\n天福养老产业项目计划投资2.5亿元，将建设养生文化村。计划投资1.2亿元的台玻技改项目将建设超薄光伏玻璃"
        "生产线。",
        "2020-03-24",
        "台玻技改项目",
        ("signed", "绥安开发区", "2020-03-23"),
    ),
]


@pytest.mark.parametrize(("text", "reference", "project", "expected"), LANDINGS)
def test_where_a_project_lands(text: str, reference: str, project: str, expected: tuple[str, str, str | None]) -> None:
    check(text, reference, project, expected)


# A day of its own opening a sentence after a connective clause (此外，3月5日，…) dates the deal and ends the frame of
# the event told before.
DAY_AFTER_A_CONNECTIVE = [
    (
        "2023年3月1日，宜春市举行第一季度重大项目集中签约仪式，签约项目20个。\n"
        "此外，3月5日，宜春经开区与国轩高科签约锂电新能源项目，总投资50亿元。",
        "锂电新能源项目",
        ("signed", "宜春经济技术开发区", "2023-03-05"),
    ),
    (
        "2023年3月1日，宜春市举行第一季度重大项目集中签约仪式，签约项目20个。\n"
        "另外，3月5日，宜春经开区与国轩高科签约锂电新能源项目，总投资50亿元。",
        "锂电新能源项目",
        ("signed", "宜春经济技术开发区", "2023-03-05"),
    ),
    (
        "2023年3月1日，宜春市举行第一季度重大项目集中签约仪式，签约项目20个。\n"
        "与此同时，3月5日，宜春经开区与国轩高科签约锂电新能源项目，总投资50亿元。",
        "锂电新能源项目",
        ("signed", "宜春经济技术开发区", "2023-03-05"),
    ),
]


@pytest.mark.parametrize(("text", "project", "expected"), DAY_AFTER_A_CONNECTIVE)
def test_a_day_after_a_connective_dates_the_deal(
    text: str, project: str, expected: tuple[str, str, str | None]
) -> None:
    check(text, "2023-03-06", project, expected)


# A list of projects sharing one total, each named after the same county, is in that county, not in the province the
# event was held by.
LIST_NAMED_AFTER_ONE_PLACE = [
    (
        "10月8日，河南省第二期“三个一批”活动举行。\n桐柏县年产100万吨工业盐项目、桐柏县食用菌菌种生产项目、"
        "桐柏县粉煤灰综合利用项目集中签约，总投资28亿元。",
        ("signed", "桐柏县", "2023-10-08"),
    ),
    (
        "10月8日，河南省重大项目集中签约仪式举行。\n桐柏县年产100万吨工业盐项目、桐柏县食用菌菌种生产项目签约，总投资18亿元。",
        ("signed", "桐柏县", "2023-10-08"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_NAMED_AFTER_ONE_PLACE)
def test_a_list_named_after_one_place_lies_there(text: str, expected: tuple[str, str, str | None]) -> None:
    deals = extract(text, reference_date="2023-10-09").deals
    assert [(d.stage, d.place, d.date) for d in deals] == [expected]


# A day told right after the subject of the sentence's first clause dates the signing told in the sentence, also when
# the deal is the investor's alone.
DAY_AFTER_THE_SUBJECT = [
    ("屏東縣政府今天與台糖公司簽約，台糖將投資50億元在屏東農業生物科技園區興建循環經濟園區。", "2023-04-20"),
    ("平江县政府今天与华为公司签约，华为将投资50亿元在平江高新区建设云计算中心项目。", "2023-04-20"),
    ("平江县政府于4月18日与华为公司签约，华为将投资50亿元在平江高新区建设云计算中心项目。", "2023-04-18"),
]


@pytest.mark.parametrize(("text", "day"), DAY_AFTER_THE_SUBJECT)
def test_a_day_after_the_subject_dates_the_signing(text: str, day: str) -> None:
    deals = extract(text, reference_date="2023-04-20").deals
    assert [(d.stage, d.date) for d in deals] == [("signed", day)]
