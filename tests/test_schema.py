"""The JSON Schema in schemas/ is generated from the models and must not be stale."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from dsz_extract import extract
from dsz_extract.models import Report

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "schemas" / "report.schema.json"


def test_schema_file_is_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_schema.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("seed", sorted((ROOT / "corpus" / "seeds").glob("*.txt")), ids=lambda p: p.stem)
def test_reports_validate_against_the_schema(seed: Path) -> None:
    report = extract(seed.read_text(encoding="utf-8"), reference_date="2023-08-20", doc_id=seed.stem)
    data = json.loads(report.model_dump_json())
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert Report.model_validate(data).model_dump() == report.model_dump()


def test_contract_example_round_trips() -> None:
    example = {
        "schema_version": "1",
        "doc_id": "000",
        "source": None,
        "title": "东昌府区高质量双招双引激活发展新动能",
        "reference_date": "2023-08-20",
        "subject_place": {
            "name": "东昌府区",
            "level": "county",
            "adcode": "371502",
            "full_name": "山东省聊城市东昌府区",
        },
        "mentions": [
            {
                "type": "money",
                "text": "39.5亿元",
                "start": 119,
                "end": 125,
                "value": {"amount": 3950000000, "amount_max": None, "currency": "CNY", "modifier": None},
            }
        ],
        "deals": [],
        "metrics": [
            {
                "indicator": "招商引资到位资金",
                "kind": "actual",
                "place": "聊城市",
                "period": "2023-01/2023-04",
                "value_type": "money",
                "value": {"amount": 14050000000, "amount_max": None, "currency": "CNY", "modifier": None},
                "yoy": {"value": 16, "value_max": None, "unit": "percent", "modifier": None},
                "share": None,
                "target_completion": None,
                "evidence": {"start": 0, "end": 4, "text": "1—4月份"},
            }
        ],
        "talent": [],
        "warnings": [],
    }
    report = Report.model_validate(example)
    assert report.mentions[0].value.amount == 3950000000
    assert json.loads(report.model_dump_json())["metrics"][0]["value"]["amount"] == 14050000000
    jsonschema.validate(example, json.loads(SCHEMA.read_text(encoding="utf-8")))
