"""Fields are scored in the contract's normal form: text without its script and pinyin glosses, periods as calendar intervals."""

from __future__ import annotations

import pytest

from dsz_extract import scoring

SAME_FIELD: list[tuple[str, str]] = [
    ("工業(yè)項目", "工业项目"),
    ("服務業(yè)項目", "服務業項目"),
    ("濱海新區(qū)發(fā)改委", "滨海新区发改委"),
    ("蘇銀產業園", "苏银产业园"),
    (" 招商引资到位资金 ", "招商引资到位资金"),
]
DIFFERENT_FIELD: list[tuple[str, str]] = [
    ("工业项目(一期)", "工业项目"),
    ("新签约项目", "签约项目"),
]


@pytest.mark.parametrize(("gold", "pred"), SAME_FIELD)
def test_same_in_normal_form(gold: str, pred: str) -> None:
    assert scoring.record_field("metrics", {"indicator": gold}, "indicator") == scoring.record_field(
        "metrics", {"indicator": pred}, "indicator"
    )


@pytest.mark.parametrize(("gold", "pred"), DIFFERENT_FIELD)
def test_different_words_stay_different(gold: str, pred: str) -> None:
    assert scoring.record_field("metrics", {"indicator": gold}, "indicator") != scoring.record_field(
        "metrics", {"indicator": pred}, "indicator"
    )


SAME_INTERVAL: list[tuple[str, str]] = [
    ("2023-H1", "2023-01/2023-06"),
    ("2012-H2", "2012-07/2012-12"),
    ("2010-Q1", "2010-01/2010-03"),
    ("2020-Q2", "2020-04/2020-06"),
    ("XXXX-Q3", "XXXX-07/XXXX-09"),
    ("2019-Q4", "2019-10/2019-12"),
    ("2023", "2023-01/2023-12"),
    ("XXXX", "XXXX-01/XXXX-12"),
    (" 2021-H1", "2021-01/2021-06"),
    ("2023-08", "2023-08-01/2023-08-31"),
]
DIFFERENT_INTERVAL: list[tuple[str, str]] = [
    ("2023-H1", "2023-01/2023-05"),
    ("2023-Q1", "2023-01/2023-02"),
    ("2023", "2023-01/2023-11"),
    ("2022", "2023-01/2023-12"),
    ("2023-H1", "XXXX-01/XXXX-06"),
    ("2021/2023", "2021"),
    ("2023-01/2024-12", "2023"),
    ("XXXX-H1", "2000-01/2000-06"),
    ("2023-02-30", "2023-03-02"),
]


@pytest.mark.parametrize(("gold", "pred"), SAME_INTERVAL)
def test_one_interval_in_two_notations_is_one_period(gold: str, pred: str) -> None:
    assert scoring.record_field("metrics", {"period": gold}, "period") == scoring.record_field(
        "metrics", {"period": pred}, "period"
    )
    assert scoring.record_field("deals", {"date": gold}, "date") == scoring.record_field(
        "deals", {"date": pred}, "date"
    )
    gold_mention = {"type": "date", "start": 0, "end": 3, "value": {"timex": gold, "mod": None}}
    pred_mention = {"type": "date", "start": 0, "end": 3, "value": {"timex": pred, "mod": None}}
    assert scoring.score_mentions([gold_mention], [pred_mention], "date").value_correct == 1


@pytest.mark.parametrize(("gold", "pred"), DIFFERENT_INTERVAL)
def test_different_intervals_stay_different(gold: str, pred: str) -> None:
    assert scoring.record_field("metrics", {"period": gold}, "period") != scoring.record_field(
        "metrics", {"period": pred}, "period"
    )
