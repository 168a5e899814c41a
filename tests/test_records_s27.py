"""Read in session 27: a year written without 年 before a quarter, a period told after the source of the news,
list items each opening on their own stage verb, and counts of what is no person brought in.

Sentences written for these tests in the style of real reports (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()

YEAR_BEFORE_A_QUARTER = [
    ("2021一季度全市签约项目12个。", "2021一季度", "2021-Q1"),
    ("2019二季度,全县新开工项目8个。", "2019二季度", "2019-Q2"),
    ("2021前三季度全市签约项目12个。", "2021前三季度", "2021-01/2021-09"),
    ("2018前两季度实际利用外资3亿美元。", "2018前两季度", "2018-01/2018-06"),
    # as before: with 年, and a bare year before a half
    ("2021年一季度全市签约项目12个。", "2021年一季度", "2021-Q1"),
    ("2020上半年全省引进项目30个。", "2020上半年", "2020-H1"),
]


@pytest.mark.parametrize(("text", "surface", "timex"), YEAR_BEFORE_A_QUARTER)
def test_a_year_without_nian_before_a_quarter_is_that_quarter(text: str, surface: str, timex: str) -> None:
    dates = [(m.text, m.value.timex) for m in _EXTRACT(text).mentions if m.type == "date"]
    assert dates == [(surface, timex)]


def test_a_number_before_a_quarter_that_is_no_year_stays_out() -> None:
    dates = [m.text for m in _EXTRACT("项目分3一季度完成。").mentions if m.type == "date"]
    assert "3一季度" not in dates


PERIOD_AFTER_THE_SOURCE = [
    "据了解,2020年上半年,全省经济运行保持了平稳向好态势。实现地区生产总值1376.95亿元,同比增长3%。",
    "据省商务厅,2020年上半年,全省经济运行保持了平稳向好态势。实现地区生产总值1376.95亿元,同比增长3%。",
    "据省统计局消息,2020年上半年,全省经济运行保持了平稳向好态势。实现地区生产总值1376.95亿元,同比增长3%。",
    "據黑龍江省商務廳,2020上半年,全省經濟運行保持了平穩向好態勢。實現地區生產總值1376.95億元,同比增長3%。",
    # as before: the period opening the sentence
    "2020年上半年,全省经济运行保持了平稳向好态势。实现地区生产总值1376.95亿元,同比增长3%。",
]


@pytest.mark.parametrize("text", PERIOD_AFTER_THE_SOURCE)
def test_a_period_told_after_the_source_carries_to_the_next_sentence(text: str) -> None:
    report = _EXTRACT(text, reference_date="2020-08-01")
    assert [(m.value.amount, m.period) for m in report.metrics] == [(137695000000, "2020-H1")]


EACH_ITEM_ITS_STAGE = [
    (
        "此次签约的广元市萌瑞农业辣椒精深加工等6个项目、开工的焉耆鸿泰矿业科技石英石破碎加工等12个项目、"
        "投产的巴州鸿晟新能2GW光伏组件制造等8个项目,总投资50亿元。",
        ["signed", "started", "completed"],
    ),
    (
        "本次签约的华兴新材料产业园项目、开工的宏达智能装备制造基地项目、竣工的远航冷链物流中心项目,总投资20亿元。",
        ["signed", "started", "completed"],
    ),
]


@pytest.mark.parametrize(("text", "stages"), EACH_ITEM_ITS_STAGE)
def test_a_list_item_opening_on_its_own_stage_verb_has_that_stage(text: str, stages: list[str]) -> None:
    assert [d.stage for d in _EXTRACT(text, reference_date="2023-06-01").deals] == stages


def test_one_stage_verb_before_the_list_still_gives_every_item_the_furthest_stage() -> None:
    deals = _EXTRACT("签约的华兴新材料产业园项目、宏达智能装备制造基地项目已全部开工建设。").deals
    assert [(d.projects, d.stage) for d in deals] == [
        (["华兴新材料产业园项目"], "started"),
        (["宏达智能装备制造基地项目"], "started"),
    ]


NO_PERSONS_BROUGHT_IN = [
    ("共收集在外人才基本信息108人,乡土人才基本信息417人。", [108, 417]),
    ("县委联系优秀专家47人,各乡镇党委联系优秀专家208人。", [47, 208]),
    ("只要是四十岁以下的经济学博士,均可报名,名额为四十名。", [40]),
]


@pytest.mark.parametrize(("text", "counts"), NO_PERSONS_BROUGHT_IN)
def test_records_places_and_contacts_are_no_talent(text: str, counts: list[int]) -> None:
    report = _EXTRACT(text, reference_date="2023-06-01")
    assert report.talent == []
    assert [m.value.value for m in report.metrics] == counts


def test_people_brought_in_stay_talent() -> None:
    talent = _EXTRACT("今年全县柔性引进优秀专家47人,引进博士12名。", reference_date="2023-06-01").talent
    assert [(t.category, t.count.value, t.mode) for t in talent] == [
        ("优秀专家", 47, "flexible"),
        ("博士", 12, "introduced"),
    ]


def test_a_paragraph_opening_on_bao_kuo_breaks_down_the_events_figures() -> None:
    text = (
        "3月20日上午,某省举行2023年全省一季度重大项目集中开工动员大会。\n"
        "某省此次集中开工的新项目共1816个,总投资超过4700亿元。\n"
        "包括装备制造项目205个、冶金新材料项目154个。\n"
        "其中:交通项目42个、水利项目46个。"
    )
    metrics = _EXTRACT(text, reference_date="2023-03-21").metrics
    assert [(m.indicator, m.value.value, m.period) for m in metrics if m.value_type == "count"] == [
        ("新项目", 1816, "2023-03-20"),
        ("装备制造项目", 205, "2023-03-20"),
        ("冶金新材料项目", 154, "2023-03-20"),
        ("交通项目", 42, "2023-03-20"),
        ("水利项目", 46, "2023-03-20"),
    ]


def test_projects_named_after_a_count_of_a_larger_class_are_one_deal_each() -> None:
    text = (
        "本次集中开工的22个重大项目,包括:顺河一级公路建设项目、凤凰生态公园提档升级建设项目、"
        "城西幼儿园建设项目、“万、千、百、十”脱贫攻坚项目等,总投资69.3亿元。"
    )
    deals = _EXTRACT(text, reference_date="2017-03-27").deals
    assert [(d.projects, d.amounts) for d in deals] == [
        (["顺河一级公路建设项目"], []),
        (["凤凰生态公园提档升级建设项目"], []),
        (["城西幼儿园建设项目"], []),
    ]


TITLE_ABOVE_ITS_STAMP = [
    "首页 > 政务公开 > 统计信息\n某县“人才强县”激活力 近几年,引进各类高级人才1384人\n  • 2021-02-26 14:35\n  • 来源: 某某日报\n\n"
    "近几年,某县通过招才引智、公开招聘等方式,先后引进各类高级人才1384人。",
    "首页 > 财经\n某省实施人才新政4个月:引进博士后人才320人\n发布时间:2022-09-15 16:34:16\n\n"
    "今年5月以来,某省共引进博士后人才320人。",
]


@pytest.mark.parametrize("text", TITLE_ABOVE_ITS_STAMP)
def test_a_title_line_above_the_pages_stamp_is_a_headline_the_body_tells_again(text: str) -> None:
    talent = _EXTRACT(text, reference_date="2022-09-15").talent
    body_start = text.index("\n\n")
    assert len(talent) == 1
    assert talent[0].evidence.start > body_start


def test_a_dated_lead_paragraph_is_no_stamp_line() -> None:
    text = "7月13日,某市重大项目集中开工活动举行,共集中开工项目16个。\n2020年7月13日,某市重大项目集中开工仪式在高新区举行。"
    counts = [m.value.value for m in _EXTRACT(text, reference_date="2020-07-14").metrics if m.value_type == "count"]
    assert counts == [16]


FEASIBILITY_STUDIED = [
    "总投资77亿元的青山抽水蓄能电站项目可行性研究报告提交国网待批复,预计年内开工建设。",
    "总投资12亿元的城北污水处理厂扩建工程完成可研评审。",
]


@pytest.mark.parametrize("text", FEASIBILITY_STUDIED)
def test_a_project_in_its_feasibility_study_is_planned(text: str) -> None:
    assert [d.stage for d in _EXTRACT(text, reference_date="2023-06-01").deals] == ["planned"]


NATIONAL_NAMES = [
    ("6月10日上午,中国国际新材料及光伏产业合作大会在临沂开幕。", ["临沂"]),
    ("“国际在线”由中国国际广播电台主办。", []),
    # the country itself stays a place
    ("中国是世界第二大经济体,中国国际地位不断提升。", ["中国", "中国"]),
    ("中国国际影响力持续扩大。", ["中国"]),
]


@pytest.mark.parametrize(("text", "places"), NATIONAL_NAMES)
def test_zhongguo_opening_guoji_opens_a_name_not_the_country(text: str, places: list[str]) -> None:
    assert [m.text for m in _EXTRACT(text).mentions if m.type == "place"] == places
