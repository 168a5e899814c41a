"""Text fields are scored in the contract's normal form: without their script and without pinyin glosses."""

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
