"""Microsoft Recognizers-Text's Chinese number, percent and currency specs, run against this library.

The cases live in tests/data/recognizers-text/ (a copy of ../shared/peer-specs/recognizers-text/;
MIT, see its README and LICENSE.txt); each line is one spec case, offsets inclusive, `input_span`
for full-width inputs.

- currency.jsonl: every case through `extract()`, compared with our money mentions;
- percent.jsonl: every case through `extract()`, compared with our percent mentions;
- number.jsonl: we have no bare "number" mention, so each expected span is parsed with
  `numerals.parse_number` and compared with the expected value.

Cases where we differ on purpose are listed in DIFFERENCES with the reason (also in
tests/peer_spec_differences.md); they are strict xfails, so a change that makes one pass is noticed.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from dsz_extract import extract
from dsz_extract.numerals import parse_number
from dsz_extract.text import normalize

_CANDIDATES = (
    Path(__file__).parent / "data" / "recognizers-text",
    Path(__file__).resolve().parents[2] / "shared" / "peer-specs" / "recognizers-text",
)
SPECS = next((p for p in _CANDIDATES if (p / "percent.jsonl").is_file()), _CANDIDATES[0])
if not (SPECS / "percent.jsonl").is_file():
    pytest.skip(f"peer specs not found in {[str(p) for p in _CANDIDATES]}", allow_module_level=True)

RANGE_IS_ONE = "contract: a range is one mention with value and value_max (5-20% -> 5..20), not its last number"
NO_AMOUNT = "contract: a money mention is an amount; a currency name alone (人民币, 美元) has none"
KUAI = "块 is also the measure word for pieces (一块土地, 两块牌子); only 块钱 is read as money"
SPACED_ARABIC = "spaced Arabic digits are not joined (7 2 折): it would merge unrelated numbers such as 2023 12个"
DOZEN = "打 (a dozen) is not a numeral in reports; 打 is mostly a verb (打造, 打好)"
HALF_HUNDRED = "半百 (fifty) is a literary age expression, not a numeral in reports"
POWER = "powers written with ^ are not numerals in reports"
MEGA = "an M (million) suffix on a number is not used in Chinese reports"

# (spec file, case index[, result index]) -> reason
DIFFERENCES: dict[tuple[Any, ...], str] = {
    ("currency", 18): KUAI,
    ("currency", 21): NO_AMOUNT,
    ("currency", 22): NO_AMOUNT,
    ("percent", 6): SPACED_ARABIC,
    ("percent", 148): RANGE_IS_ONE,
    ("number", 34, 0): DOZEN,
    ("number", 61, 0): HALF_HUNDRED,
    ("number", 71, 0): DOZEN,
    ("number", 95, 0): DOZEN,
    ("number", 99, 0): POWER,
    ("number", 121, 0): DOZEN,
    ("number", 172, 0): DOZEN,
    ("number", 198, 0): POWER,
    ("number", 203, 0): MEGA,
    ("number", 224, 0): POWER,
    ("number", 225, 0): POWER,
    ("number", 226, 0): POWER,
    ("number", 227, 0): POWER,
    ("number", 228, 0): POWER,
}


def _load(name: str) -> list[dict[str, Any]]:
    with open(SPECS / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _marks(key: tuple[Any, ...]) -> list[Any]:
    reason = DIFFERENCES.get(key)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


def _cases(name: str) -> list[Any]:
    return [pytest.param(case, id=f"{name}-{i}", marks=_marks((name, i))) for i, case in enumerate(_load(name))]


def _number_results() -> list[Any]:
    params = []
    for i, case in enumerate(_load("number")):
        for j, result in enumerate(case["results"]):
            params.append(pytest.param(result, id=f"number-{i}-{j}", marks=_marks(("number", i, j))))
    return params


def _close(got: float, expected: float) -> bool:
    return math.isclose(got, expected, rel_tol=1e-9, abs_tol=1e-12)


def _spec_value(value: str) -> float:
    return float(value.rstrip("%"))


def _compare(case: dict[str, Any], kind: str) -> None:
    report = extract(case["input"])
    got = [m for m in report.mentions if m.type == kind]
    expected = case["results"]
    assert [(m.text, m.start, m.end) for m in got] == [
        (r.get("input_span", r["text"]), r["start"], r["end"] + 1) for r in expected
    ]
    for mention, result in zip(got, expected, strict=True):
        value = mention.value.amount if kind == "money" else mention.value.value
        assert _close(float(value), _spec_value(result["value"])), (mention.text, value, result["value"])
        if kind == "money" and result.get("isoCurrency"):
            assert mention.value.currency == result["isoCurrency"]


@pytest.mark.parametrize("case", _cases("currency"))
def test_currency_spec(case: dict[str, Any]) -> None:
    _compare(case, "money")


@pytest.mark.parametrize("case", _cases("percent"))
def test_percent_spec(case: dict[str, Any]) -> None:
    _compare(case, "percent")


@pytest.mark.parametrize("result", _number_results())
def test_number_spec_values_parse(result: dict[str, Any]) -> None:
    value = parse_number(normalize(result["text"]).text)
    assert value is not None, result["text"]
    assert _close(float(value), float(result["value"])), (result["text"], value, result["value"])
