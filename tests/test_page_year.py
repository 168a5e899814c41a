"""The year a page without a date tells of as its own (pubdate.opening_year), read from the warning an extraction
gives: a bare year opening a clause of figures on a page that also says 今年 is a year looked back on; the end of
a span of years (1914——1950年) is no year of the page's."""

from __future__ import annotations

import re

import pytest

from dsz_extract import extract

_TAKEN = re.compile(r"dates without a year take (\d{4})")

PAGE_YEARS: list[tuple[str, int | None]] = [
    # a year looked back on, 今年 said after it: the page's year is the next
    ("荆州市招商引资\n2021年，荆州市新引进亿元以上项目524个。今年1月至8月，该市新签约亿元以上项目597个。", 2022),
    ("项目建设\n2016年,全市26个省重点项目完成投资120亿元。今年该市第一批40个亿元项目集中开工。", 2017),
    ("招商回顾\n2019年，全县签约项目45个。今年以来，全县新签约项目12个。", 2020),
    ("招商工作会议\n据了解，2013年，全州共实施招商引资项目1332个。去年，全州举办招商推介活动12次。", 2014),
    # a year of plans is no year looked back on
    ("工作报告\n今年全市签约项目80个。2022年，我们将新引进项目100个。", 2022),
    # without 今年 the year stated is the page's own
    ("招商成效\n2021年，荆州市新引进亿元以上项目524个。", 2021),
    # a span of years' end is not stated as the page's year; a title after a dash is
    ("甘谷县招商\n原烨(1914——1950年)甘肃人。其中今年新签约项目11项。", None),
    ("人才周\n全市一年一度的人才科技盛会——2018中国浙江·宁波人才科技周开幕，签约项目30个。", 2018),
    # an amount or a count is no year: the year stated elsewhere is the page's, or none
    ("招商工作推进会\n今年全市的招商引资目标任务是签约项目2000亿元，实际利用外资1亿美元。", None),
    ("招商推介\n2019年全县新增市场主体2018家，引进人才2021名。", 2019),
    ("开工仪式\n全省集中开工项目2020个，总投资2015亿元，占地2016亩。", None),
    ("招商成效\n今年新签约项目2012项，新增就业2017人，到位资金2019万元。", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "year"), PAGE_YEARS)
def test_the_year_a_page_tells_of(text: str, year: int | None) -> None:
    taken = [m.group(1) for w in extract(text).warnings if (m := _TAKEN.search(w))]
    assert taken == ([str(year)] if year is not None else [])
