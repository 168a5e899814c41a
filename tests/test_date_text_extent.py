"""What a date mention's text covers in the report (contract §6 Dates, branch decide14b).

A five-year plan keeps its word alone (十三五): the quotes around it and 期间 / 时期 / 末 / 以来 after it stay
outside, and set the mod only. A time of day after a date (上午, 下午, 10:24) is no part of the date.
Each row: sentence, reference date, the (text, timex, mod) of every date mention of the report.
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import extract

Row = tuple[str, str | None, list[tuple[str, str, str | None]]]

FIVE_YEAR_PLANS: list[Row] = [
    ("“十三五”期间，全市共引进项目120个。", "2021-03-02", [("十三五", "2016/2020", None)]),
    ("“十四五”以来，常州引进外资企业30家。", "2023-05-10", [("十四五", "2021/2025", "AFTER")]),
    ("到‘十四五’末，全省高新技术企业达到1万家。", "2022-01-20", [("十四五", "2021/2025", "END")]),
    ("“十二五”时期共引进世界500强企业35家。", "2016-02-01", [("十二五", "2011/2015", None)]),
    ("企业由“十一五”末的1600家增加到2111家。", "2016-02-01", [("十一五", "2006/2010", "END")]),
    ("十三五期间全县新增市场主体8000户。", "2021-03-02", [("十三五", "2016/2020", None)]),
    ("编制“十四五”招商引资规划。", "2021-03-02", [("十四五", "2021/2025", None)]),
]  # fmt: skip

TIMES_OF_DAY: list[Row] = [
    ("今天上午，签约仪式在市行政中心举行。", "2015-02-06", [("今天", "2015-02-06", None)]),
    ("1月31日上午，本市召开招商引资大会。", "2015-02-06", [("1月31日", "2015-01-31", None)]),
    ("3月5日下午，项目集中签约仪式举行。", "2015-03-06", [("3月5日", "2015-03-05", None)]),
    ("发布时间：2021-07-02 15:45:03  来源：市商务局\n\n全市签约项目12个。", None, [("2021-07-02", "2021-07-02", None)]),
    ("2015年02月06日 21:12\n\n中新网电 全市签约项目12个。", None, [("2015年02月06日", "2015-02-06", None)]),
]  # fmt: skip


def _dates(text: str, reference: str | None) -> list[tuple[str, str, str | None]]:
    report = extract(text, reference_date=reference)
    out = []
    for m in report.mentions_of("date"):
        assert text[m.start : m.end] == m.text
        out.append((m.text, m.value.timex, m.value.mod))
    return out


@pytest.mark.parametrize(("text", "reference", "expected"), FIVE_YEAR_PLANS)
def test_a_plan_is_its_word_alone(
    text: str, reference: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), TIMES_OF_DAY)
def test_a_time_of_day_is_outside_the_date(
    text: str, reference: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _dates(text, reference) == expected
