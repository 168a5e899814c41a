"""Statistics pages whose period is stated only in the headline, and whose figures stand in numbered list
items. Each row: the text, its reference date, and the metrics expected in order as (value, period, place)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract
from metric_readings import number, read_metrics

Row = tuple[str, str | None, list[tuple[float, str | None, str | None]]]

# A headline's period leads the body until the body's lead states its own.
HEADLINE_PERIODS: list[Row] = [
    (
        "前三季度赣州实际使用外资增长15%\n\n全市实际使用外资14.2亿美元，同比增长15%。",
        "2021-11-12",
        [(1420000000, "2021-01/2021-09", "赣州市")],
    ),
    (
        "2016年遵义市招商引资成效显著\n\n全市新签约项目360个，到位资金720亿元。",
        "2017-02-10",
        [(360, "2016", "遵义市"), (72000000000, "2016", "遵义市")],
    ),
    (
        "上半年德州市招商引资实现“双过半”\n\n全市新签约项目80个。\n\n全市实际到位资金60亿元。",
        "2023-07-20",
        [(80, "2023-H1", "德州市"), (6000000000, "2023-H1", "德州市")],
    ),
    (
        "1-10月全省实际使用外資增長\n\n廣東省實際使用外資1100億元。",
        "2023-11-20",
        [(110000000000, "2023-01/2023-10", "广东省")],
    ),
    # the body's own lead wins over the headline's
    (
        "前三季度柳州市招商引资稳中有进\n\n1—10月，柳州市新签约项目120个。",
        "2023-11-15",
        [(120, "2023-01/2023-10", "柳州市")],
    ),
    # a day in a headline dates an event: no period for the figures
    (
        "11月8日南宁市重大项目集中签约\n\n南宁市签约项目56个，总投资320亿元。",
        "2023-11-09",
        [(56, None, "南宁市"), (32000000000, None, "南宁市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), HEADLINE_PERIODS)
def test_a_headline_period_leads_the_body(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# Numbered list items (（1）, 2., （二）, 3、) carry the lead's period and place; the numbering names nothing.
LIST_ITEMS: list[Row] = [
    (
        "上半年，洛阳市招商引资实现“双过半”。\n\n（1）新签约亿元以上项目120个；\n\n（2）实际到位资金460亿元。",
        "2023-07-20",
        [(120, "2023-H1", "洛阳市"), (46000000000, "2023-H1", "洛阳市")],
    ),
    (
        "1—9月，赣州市主要招商指标如下：\n\n1.新签约项目143个，同比增长12%；\n\n2.实际到位资金480亿元。",
        "2023-11-15",
        [(143, "2023-01/2023-09", "赣州市"), (48000000000, "2023-01/2023-09", "赣州市")],
    ),
    (
        "前三季度，遵义市招商引资稳中有进。\n\n（一）签约项目\n\n新签约项目168个。\n\n（二）到位资金\n\n实际到位资金680亿元。",
        "2023-11-15",
        [(168, "2023-01/2023-09", "遵义市"), (68000000000, "2023-01/2023-09", "遵义市")],
    ),
    (
        "今年以来，南宁市招商引资成效明显：\n\n——新签约项目260个；\n\n——新开工项目180个。",
        "2023-11-15",
        [(260, "2023", "南宁市"), (180, "2023", "南宁市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), LIST_ITEMS)
def test_list_items_carry_the_lead(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


NUMBERED_INDICATORS = [
    ("上半年，洛阳市招商引资实现“双过半”。\n\n（1）新签约亿元以上项目120个；", "新签约亿元以上项目"),
    ("1—9月，赣州市招商情况：\n\n2.实际到位资金480亿元。", "实际到位资金"),
    ("1—9月，赣州市招商情况：\n\n（二）实际到位资金480亿元。", "实际到位资金"),
    ("1—9月，赣州市招商情况：\n\n3、新开工项目96个。", "新开工项目"),
    ("1—9月，赣州市一、二、三产业实际利用外资分别为1亿元、2亿元、3亿元。", None),  # no numbering: sectors
]


@pytest.mark.parametrize(("text", "indicator"), NUMBERED_INDICATORS)
def test_numbering_is_no_part_of_an_indicator(text: str, indicator: str | None) -> None:
    indicators = [m.indicator for m in extract(text, reference_date="2023-11-15").metrics]
    if indicator is None:
        assert not any(i and i.startswith("二、") for i in indicators)
    else:
        assert indicators[-1] == indicator


# A year word before a date after a comparison word makes the date part of the base, not a period.
COMPARISON_BASES: list[Row] = [
    (
        "1—9月，南宁市新签约项目260个，比去年全年还多20个，总投资1500亿元。",
        "2023-11-15",
        [(260, "2023-01/2023-09", "南宁市"), (150000000000, "2023-01/2023-09", "南宁市")],
    ),
    (
        "前三季度，衡阳市新签约项目210个，超过2022年全年总量，总投资860亿元。",
        "2023-11-15",
        [(210, "2023-01/2023-09", "衡阳市"), (86000000000, "2023-01/2023-09", "衡阳市")],
    ),
    (
        "1—9月，赣州市实际到位资金780亿元，比2022年同期增长12%。",
        "2023-11-15",
        [(78000000000, "2023-01/2023-09", "赣州市")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), COMPARISON_BASES)
def test_a_comparison_base_is_no_period(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# "label：value", as data lists and tables write figures: the label is the indicator.
LABELLED_FIGURES = [
    ("前三季度遵义市招商引资主要数据\n\n新签约项目：168个\n\n实际到位资金：680亿元",
     [("新签约项目", 168, "2023-01/2023-09"), ("实际到位资金", 68000000000, "2023-01/2023-09")]),
    ("1—9月，赣州市新签约项目：143个，实际到位资金：480亿元。",
     [("新签约项目", 143, "2023-01/2023-09"), ("实际到位资金", 48000000000, "2023-01/2023-09")]),
    ("上半年，德州市主要指标完成情况。\n\n实际使用外资: 1.2亿美元",
     [("实际使用外资", 120000000, "2023-H1")]),
    ("1—9月，泉州市招商情况\n\n其中：12个", []),  # 其中 labels nothing
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LABELLED_FIGURES)
def test_a_label_names_its_figure(text: str, expected: list[tuple[str, float, str]]) -> None:
    metrics = extract(text, reference_date="2023-11-15").metrics
    assert [(m.indicator, number(m.value), m.period) for m in metrics] == expected


# Indicator normal forms (docs/contract.md, `indicator`): 完成投资 keeps its verb (投资 alone is generic), a verb of
# new things opening the phrase stays, a size closed by 的 stays; adverbs and subjects go.
INDICATOR_FORMS = [
    ("1—9月，赣州市新开工项目120个，完成投资360亿元。", ["新开工项目", "完成投资"]),
    ("1—9月，赣州市已完成投资360亿元。", ["完成投资"]),
    ("1—9月，赣州市完成固定资产投资1200亿元。", ["固定资产投资"]),
    ("1—9月，赣州市新建10亿元以上项目32个。", ["新建10亿元以上项目"]),
    ("1—9月，廣州市新設立外商投資企業1200家。", ["新設立外商投資企業"]),
    ("1—9月，赣州市新设外资企业120家，合同外资12亿美元。", ["新设外资企业", "合同外资"]),
    ("高校与企业共建研发机构40个。", ["研发机构"]),
    ("今年，全市签约投资过20亿元的项目12个。", ["签约投资过20亿元的项目"]),
    ("1—9月，赣州市新签约10亿元以上的项目32个。", ["新签约10亿元以上的项目"]),
    ("1—9月，赣州市实际到位资金480亿元。", ["实际到位资金"]),
    ("1—9月，全市累计签约项目143个。", ["签约项目"]),
    ("9月当月，全市新签约项目26个。", ["新签约项目"]),
    ("近日，北京市160个重大项目集中开工建设，总投资约2478亿元。", ["重大项目", "总投资"]),
    ("本屆蘭洽會舟曲縣共簽約7個項目。", ["簽約"]),
    ("本次集中开工85个项目，总投资120亿元。", ["集中开工", "总投资"]),
    ("全市引进12家高新技术企业。", ["高新技术企业"]),
    ("签约项目包括4个生物医药类项目，1个轻工业项目和26个高端服务业类项目。",
     ["生物医药类项目", "轻工业项目", "高端服务业类项目"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "indicators"), INDICATOR_FORMS)
def test_indicator_normal_forms(text: str, indicators: list[str]) -> None:
    assert [m.indicator for m in extract(text, reference_date="2023-11-15").metrics] == indicators


# A period in brackets beside a figure is its own and names nothing; 全年 told of results early in a year is
# the year just ended.
BRACKETS_AND_YEAR_ENDS: list[Row] = [
    ("赣州市实际到位资金（1-9月）480亿元，同比增长12%。", "2023-11-15", [(48000000000, "2023-01/2023-09", "赣州市")]),
    ("赣州市实际到位资金480亿元（1—9月）。", "2023-11-15", [(48000000000, "2023-01/2023-09", "赣州市")]),
    ("赣州市实际使用外资（截至9月底）12亿美元。", "2023-11-15", [(1200000000, "2023-01/2023-09", "赣州市")]),
    ("上半年，赣州市新签约项目120个。实际使用外资（1—9月）12亿美元。", "2023-11-15",
     [(120, "2023-H1", "赣州市"), (1200000000, "2023-01/2023-09", "赣州市")]),
    ("全年，赣州市新签约项目180个，到位资金620亿元。", "2024-01-10",
     [(180, "2023", "赣州市"), (62000000000, "2023", "赣州市")]),
    ("全年，赣州市力争新签约项目200个。", "2024-01-10", [(200, "2024", "赣州市")]),
    ("全年，赣州市新签约项目180个。", "2023-12-28", [(180, "2023", "赣州市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), BRACKETS_AND_YEAR_ENDS)
def test_bracketed_periods_and_the_year_just_ended(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# The office the figures come from names the place of 全市 also with the day it spoke or speaking itself.
SOURCE_OFFICES: list[Row] = [
    ("南宁市投资促进局11月14日发布消息，前三季度全市新签约项目260个。", "2023-11-15",
     [(260, "2023-01/2023-09", "南宁市")]),
    ("台中市經發局表示，今年1至9月，全市招商投資金額達850億元。", "2023-11-15",
     [(85000000000, "2023-01/2023-09", "台中市")]),
    ("赣州市商务局称，1—9月全市实际使用外资8.6亿美元。", "2023-11-15", [(860000000, "2023-01/2023-09", "赣州市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), SOURCE_OFFICES)
def test_the_source_office_names_the_place(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# 截至目前 keeps a span 今年以来 set before it (the span runs to now); with the bare year (今年) told, or none, money and
# counts of what was signed told 截至目前 are the year's flow from January to the reference month.
AS_OF_NOW: list[Row] = [
    ("今年以来，岳西县招商引资成效明显。截至目前，全县新签约项目28个。", "2023-11-15", [(28, "2023", "岳西县")]),
    ("年初以来，兴国县招商工作稳步推进。\n\n截至目前，全县新签约项目35个，总投资60亿元。", "2023-11-15",
     [(35, "2023", "兴国县"), (6000000000, "2023", "兴国县")]),
    ("截至目前，黑河市已开复工项目24个，完成投资14.5亿元。", "2019-08-31",
     [(24, "2019-01/2019-08", "黑河市"), (1450000000, "2019-01/2019-08", "黑河市")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "reference", "expected"), AS_OF_NOW)
def test_as_of_now_keeps_a_span_to_now(text: str, reference: str | None, expected: list[Any]) -> None:
    assert read_metrics(text, reference) == expected


# A headline's amount in round numbers that the body gives in full (揽金6329亿 … 6329.81亿元): one figure, the body's.
ROUNDED: list[tuple[str, list[float]]] = [
    (
        "首页 > 资讯中心\n\n北仑区集中签约22个先进制造业项目 总投资额超96亿\n\n2019年06月12日 09:10\n\n"
        "6月11日，北仑区先进制造业重点项目集中签约仪式举行。本次集中签约项目共计22个，计划总投资96.37亿元。",
        [22, 9637000000],
    ),
    (
        "首页 > 资讯\n\n西部五区重点项目将获投资520亿元\n\n发布时间：2013年04月02日 10:04 | 来源：晚报\n\n"
        "记者从会上获悉，今年西部五区计划完成重点项目投资约520.6亿元。",
        [52060000000],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "values"), ROUNDED)
def test_a_headline_figure_in_round_numbers_is_the_body_s(text: str, values: list[float]) -> None:
    assert [number(m.value) for m in extract(text, reference_date="2020-03-24").metrics] == values
