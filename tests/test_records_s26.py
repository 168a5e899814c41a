"""Records read in session 26: an amount that sizes what is counted is no figure of its own, over or under.

Sentences written for these tests in the style of real reports (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def metrics(text: str) -> list[tuple[str, str, float]]:
    out = []
    for m in _EXTRACT(text).metrics:
        value = m.value.amount if m.value_type == "money" else m.value.value
        out.append((m.indicator, m.value_type, value))
    return out


THRESHOLDS = [
    (
        "一季度全市开工项目120个，其中总投资1亿元以下的项目36个。",
        [("开工项目", "count", 120), ("总投资1亿元以下的项目", "count", 36)],
    ),
    (
        "全年签约项目48个，其中投资5000万元以下的项目8个。",
        [("签约项目", "count", 48), ("投资5000万元以下的项目", "count", 8)],
    ),
    (
        "一季度全市开工项目120个，其中总投资10亿元以上的项目36个。",
        [("开工项目", "count", 120), ("总投资10亿元以上的项目", "count", 36)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THRESHOLDS)
def test_an_amount_sizing_the_things_counted_is_no_figure(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert metrics(text) == expected


def test_an_amount_under_a_bound_with_nothing_counted_after_it_stays_a_figure() -> None:
    values = [(kind, value) for _indicator, kind, value in metrics("全年单个项目投资均控制在5亿元以下。")]
    assert values == [("money", 500000000)]


INVESTING_FIRMS = [
    # 加碼 before the investing verb is an adverb, never the firm
    ("縣府宣布大成電子公司決定加碼投資新台幣30億元擴廠。", ["縣府", "大成電子公司"]),
    ("東昇公司加码投资5亿元扩建厂房。", ["東昇公司"]),
    # 正式 before the firm's announcement
    ("宏遠科技正式宣布將投資20億元興建新廠。", ["宏遠科技"]),
    ("聯茂正式宣布將加碼新台幣30億元，在和平產業園區設廠。", ["聯茂"]),
]


@pytest.mark.parametrize(("text", "expected"), INVESTING_FIRMS)
def test_the_firm_before_its_investing_verb(text: str, expected: list[str]) -> None:
    assert [m.text for m in _EXTRACT(text).mentions if m.type == "org"] == expected


TRADE_BEFORE_FIRM = [
    # a plant or maker named by its trade right before the firm's name is the firm's trade, not a project
    ("另精密模具高科技廠信昌機器廠，為擴大產能，預計斥資2億元新建新營廠。", "信昌機器廠"),
    ("另精密模具高科技廠信昌機器廠,為擴大產能,預計斥資2億元新建新營廠。", "信昌機器廠"),
    ("另面板大廠群創光電，預計斥資30億元在南科擴建新廠。", "群創光電"),
]


@pytest.mark.parametrize(("text", "firm"), TRADE_BEFORE_FIRM)
def test_a_trade_in_apposition_names_no_project(text: str, firm: str) -> None:
    report = _EXTRACT(text)
    assert [d.investors for d in report.deals] == [[firm]]
    assert [m.text for m in report.mentions if m.type == "project"] == []
