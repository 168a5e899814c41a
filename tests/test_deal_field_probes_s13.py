"""Deal dates and places from probe paragraphs written for session 13 (dfield13): the day after a reporter's
source or a dateline's byline, a government signing on a day, a plan's year on a page with no date, a ceremony
of starts and completions, a landing told only by the province."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Fields = list[tuple[str, str | None, str | None, str | None]]


def fields_of(text: str, reference: str | None) -> Fields:
    return [(d.projects[0], d.stage, d.date, d.place) for d in extract(text, reference_date=reference).deals]


# The day opening the clause after the reporter's source is the news's day (the source's own 昨天 is the day it
# came); so is the day opening the first clause after a dateline and its byline.
AFTER_THE_LEAD_IN = [
    (
        "记者昨天从宁波市商务局获悉，3月5日，慈溪市与某集团签约智能装备制造项目，总投资15亿元。",
        "2019-03-07",
        [("智能装备制造项目", "signed", "2019-03-05", "慈溪市")],
    ),
    (
        "记者昨天从柳州市商务局获悉，4月6日，鹿寨县与某集团签约冷链物流中心项目，总投资15亿元。",
        "2020-04-08",
        [("冷链物流中心项目", "signed", "2020-04-06", "鹿寨县")],
    ),
    (
        "本报讯（记者 张明）3月10日，北仑区与某集团签约高端装备产业园项目，项目总投资12亿元。",
        "2023-07-01",
        [("高端装备产业园项目", "signed", "2023-03-10", "北仑区")],
    ),
    (
        "洛阳网讯（记者 张明 通讯员 李华）5月12日，孟津区与某集团签约医疗器械生产项目，项目总投资12亿元。",
        "2023-05-20",
        [("医疗器械生产项目", "signed", "2023-05-12", "孟津区")],
    ),
    (
        "本报讯 6月13日上午，江油市与某公司正式签约锂电新材料项目，总投资8亿元。",
        "2023-06-20",
        [("锂电新材料项目", "signed", "2023-06-13", "江油市")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), AFTER_THE_LEAD_IN)
def test_the_day_after_the_lead_in_dates_the_deal(text: str, reference: str, expected: Fields) -> None:
    assert fields_of(text, reference) == expected


# A government signing with its partner on a day told between them (X县人民政府于3月10日与…) places the project.
GOVERNMENT_ON_A_DAY = [
    (
        "北仑区人民政府于3月10日与某公司签署高端装备产业园项目投资协议，投资30亿元。",
        "2023-03-20",
        [("高端装备产业园项目", "signed", "2023-03-10", "北仑区")],
    ),
    (
        "寿光市人民政府于8月15日上午与某公司签署预制菜加工项目投资协议，投资30亿元。",
        "2023-08-20",
        [("预制菜加工项目", "signed", "2023-08-15", "寿光市")],
    ),
    (
        "臺中市政府於112年6月20日與某公司簽署精密機械園區項目投資意向書，投資金額新臺幣30億元。",
        "2023-07-02",
        [("精密機械園區項目", "signed", "2023-06-20", "台中市")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), GOVERNMENT_ON_A_DAY)
def test_a_government_signing_on_a_day_places_the_project(text: str, reference: str, expected: Fields) -> None:
    assert fields_of(text, reference) == expected


# On a page with no date, the year a plan names (计划2021年6月建成投产) is not the page's: the day stays XXXX.
PLAN_YEAR_NO_PAGE_YEAR = [
    (
        "3月5日，总投资约20亿元的北仑区新能源电池材料项目开工，计划2020年6月建成投产。",
        [("北仑区新能源电池材料项目", "started", "XXXX-03-05", "北仑区")],
    ),
    (
        "北仑区新能源电池材料项目开工⏎12月25日，总投资约12亿元的北仑区新能源电池材料项目开工建设，预计2022年建成。",
        [("北仑区新能源电池材料项目", "started", "XXXX-12-25", "北仑区")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLAN_YEAR_NO_PAGE_YEAR)
def test_a_plan_year_is_not_the_pages_year(text: str, expected: Fields) -> None:
    assert fields_of(text.replace("⏎", "\n"), None) == expected


# A ceremony of starts and completions at once (集中开竣工活动) opens a frame: its day dates the projects told.
STARTS_AND_COMPLETIONS = [
    (
        "1月10日，广西举行2022年一季度全区重大项目集中开竣工活动。\n\n此次集中开竣工重大项目649个，总投资3319亿元。"
        "\n\n在主会场开工的柳工智能国际工业园项目，总投资180亿元。",
        "2022-01-14",
        "2022-01-10",
    ),
    (
        "5月8日，柳州市重大项目集中开竣工活动举行。鹿寨县储能电池生产基地项目开工建设，总投资9亿元。",
        "2022-05-10",
        "2022-05-08",
    ),
]


@pytest.mark.parametrize(("text", "reference", "day"), STARTS_AND_COMPLETIONS)
def test_a_ceremony_of_starts_and_completions_dates_its_projects(text: str, reference: str, day: str) -> None:
    assert [date for _p, _s, date, _pl in fields_of(text, reference)] == [day]


def test_a_landing_told_by_the_province_leaves_the_city_the_name_gives() -> None:
    text = "湖北招商引资成效明显\n今年一季度，武汉光通信一体化产业基地等一批重大项目成功签约，落户荆楚。"
    assert fields_of(text, "2019-05-06") == [("武汉光通信一体化产业基地", "introduced", "2019-Q1", "武汉市")]


# A clause that only sets the place at the head of a sentence (另外，在南岗工业区，…) places the investors' deals
# told after it, to the end of the sentence.
SETTING_CLAUSE = [
    (
        "南投县招商成果丰硕\n去年南投县招商约50亿元。另外，在南岗工业区，冠好科技投资40亿元扩厂，树德企业投资20亿设厂。",
        ["南岗工业区", "南岗工业区"],
    ),
    ("南投县招商\n去年南投县招商约50亿元。在南岗工业区，冠好科技投资40亿元扩厂。", ["南岗工业区"]),
    ("南投县招商\n去年南投县招商约50亿元。冠好科技投资40亿元扩厂。", ["南投县"]),
]


@pytest.mark.parametrize(("text", "places"), SETTING_CLAUSE)
def test_a_setting_clause_places_the_investments_after_it(text: str, places: list[str]) -> None:
    assert [d.place for d in extract(text, reference_date="2023-07-01").deals] == places


# A headline telling its event's day (宁波市3月10日集中签约12个项目) dates the deals the body tells of that event
# (本次签约的A项目) when no ceremony of the body opened a frame.
HEADLINE_DAY = [
    (
        "宁波市3月10日集中签约12个项目\n本次签约的北仑区精密铸造项目总投资22亿元，主要建设生产线。",
        "2019-03-15",
        "2019-03-10",
    ),
    ("柳州市4月11日集中签约12个项目\n本次签约的鹿寨县半导体封测项目总投资22亿元。", "2020-04-16", "2020-04-11"),
]


@pytest.mark.parametrize(("text", "reference", "day"), HEADLINE_DAY)
def test_a_headline_day_dates_the_deals_of_its_event(text: str, reference: str, day: str) -> None:
    assert [d.date for d in extract(text, reference_date=reference).deals] == [day]


# A county attending a fair held in another city (鹿寨县组团参加在桂林市举办的经贸洽谈会) signs for home.
ATTENDING_AWAY = [
    ("4月12日，鹿寨县组团参加在桂林市举办的经贸洽谈会，现场签约汽车电子项目，总投资6亿元。", "鹿寨县"),
    ("5月13日，象山县组团参加在温州市举办的经贸洽谈会，现场签约船舶配套项目，总投资6亿元。", "象山县"),
    ("6月14日，宜阳县应邀参加在开封市举办的投资洽谈会，现场签约轴承产业园项目，总投资5亿元。", "宜阳县"),
]


@pytest.mark.parametrize(("text", "place"), ATTENDING_AWAY)
def test_a_county_attending_a_fair_elsewhere_signs_for_home(text: str, place: str) -> None:
    assert [d.place for d in extract(text, reference_date="2023-07-01").deals] == [place]


# An anaphor the document did not resolve (该县 in a district's report) is no deal's place: the place carried is.
UNRESOLVED_ANAPHOR = [
    ("新年伊始，北仑区招商引资传来捷报，该县与某集团签约新材料产业园项目，总投资10亿元。", "北仑区"),
    ("新年伊始，孟津区招商引资传来捷报，该县与某集团签约预制菜加工项目，总投资10亿元。", "孟津区"),
]


@pytest.mark.parametrize(("text", "place"), UNRESOLVED_ANAPHOR)
def test_an_unresolved_anaphor_is_no_place(text: str, place: str) -> None:
    assert [d.place for d in extract(text, reference_date="2023-01-20").deals] == [place]
