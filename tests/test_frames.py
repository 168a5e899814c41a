"""Reports as DataFrames: exact values on a hand-made report, invariants on real extract() output."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")

import dsz_extract  # noqa: E402
from dsz_extract import extract, fx  # noqa: E402
from dsz_extract.frames import COLUMNS, frames, timex_bounds  # noqa: E402
from dsz_extract.models import Report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))

TEXT = "2023年上半年，东昌府区签约颐高集团数字经济产业园项目，总投资39.5亿元，合同外资1260万美元。全区引进高层次人才50人，招商引资到位资金140.5亿元，同比增长16%。"


def at(needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def span(needle: str, nth: int = 0) -> dict[str, Any]:
    start, end = at(needle, nth)
    return {"text": needle, "start": start, "end": end}


def ev(needle: str) -> dict[str, Any]:
    return span(needle)


MISSING = object()  # an expected empty cell (None, NaN or NA, as pandas gives it)

PLACE = {
    "name": "东昌府区",
    "level": "county",
    "adcode": "371502",
    "full_name": "山东省聊城市东昌府区",
    "anaphor": False,
}
MONEY_TOTAL = {"amount": 3950000000, "amount_max": None, "currency": "CNY", "modifier": None}
MONEY_FOREIGN = {"amount": 12600000, "amount_max": None, "currency": "USD", "modifier": None}
H1 = {"timex": "2023-H1", "start": "2023-01-01", "end": "2023-06-30", "mod": None}


def hand_made() -> Report:
    mentions = [
        {"type": "date", **span("2023年上半年"), "value": H1},
        {"type": "place", **span("东昌府区"), "value": PLACE},
        {"type": "project", **span("颐高集团数字经济产业园项目"), "value": {"name": "颐高集团数字经济产业园项目"}},
        {"type": "money", **span("39.5亿元"), "value": MONEY_TOTAL},
        {"type": "money", **span("1260万美元"), "value": MONEY_FOREIGN},
        {"type": "place", **span("全区"), "value": {**PLACE, "anaphor": True}},
        {"type": "count", **span("50人"), "value": {"value": 50, "value_max": None, "unit": "人", "modifier": None}},
        {
            "type": "money",
            **span("140.5亿元"),
            "value": {"amount": 14050000000, "amount_max": None, "currency": "CNY", "modifier": None},
        },
        {
            "type": "percent",
            **span("16%"),
            "value": {"value": 16, "value_max": None, "unit": "percent", "modifier": None},
        },
    ]
    deal = {
        "projects": ["颐高集团数字经济产业园项目"],
        "project_count": 1,
        "investors": ["颐高集团"],
        "place": "东昌府区",
        "amounts": [{"role": "total", "money": MONEY_TOTAL}, {"role": "foreign", "money": MONEY_FOREIGN}],
        "stage": "signed",
        "date": "2023-H1",
        "event": None,
        "evidence": ev("东昌府区签约颐高集团数字经济产业园项目，总投资39.5亿元，合同外资1260万美元"),
    }
    metric = {
        "indicator": "招商引资到位资金",
        "kind": "actual",
        "place": "东昌府区",
        "period": "2023-H1",
        "value_type": "money",
        "value": {"amount": 14050000000, "amount_max": None, "currency": "CNY", "modifier": None},
        "yoy": {"value": 16, "value_max": None, "unit": "percent", "modifier": None},
        "evidence": ev("招商引资到位资金140.5亿元，同比增长16%"),
    }
    talent = {
        "category": "高层次人才",
        "count": {"value": 50, "value_max": None, "unit": "人", "modifier": None},
        "persons": [],
        "mode": "introduced",
        "place": "东昌府区",
        "period": "2023-01/2023-06",
        "evidence": ev("全区引进高层次人才50人"),
    }
    data = {"doc_id": "hm", "mentions": mentions, "deals": [deal], "metrics": [metric], "talent": [talent]}
    return Report.model_validate(data).with_text(TEXT)


@pytest.fixture(scope="module")
def tables() -> dict[str, Any]:
    return hand_made().to_frames()


def day(iso: str) -> Any:
    return pd.Timestamp(iso)


LATEST = max(fx.rates()["USD"])
USD_LATEST = round(12600000 * fx.rates()["USD"][LATEST], 2)


def row_of(frame: Any, **where: Any) -> dict[str, Any]:
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    rows = frame[mask]
    assert len(rows) == 1, where
    return rows.iloc[0].to_dict()


def test_every_table_has_its_columns_in_order(tables: dict[str, Any]) -> None:
    assert set(tables) == {"reports", "mentions", "deals", "event_totals", "metrics", "talent"}
    for name, frame in tables.items():
        assert list(frame.columns) == list(COLUMNS[name])


def test_one_row_per_item(tables: dict[str, Any]) -> None:
    assert [len(tables[name]) for name in ("reports", "mentions", "deals", "metrics", "talent")] == [1, 9, 1, 1, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("39.5亿元", {"type": "money", "amount": 3950000000, "currency": "CNY", "amount_cny": 3950000000}),
        # no year anywhere in the report: the latest year of the rates table, and the row says so
        (
            "1260万美元",
            {"type": "money", "amount": 12600000, "currency": "USD", "fx_year": LATEST, "amount_cny": USD_LATEST},
        ),
        (
            "2023年上半年",
            {
                "type": "date",
                "timex": "2023-H1",
                "period_start": day("2023-01-01"),
                "period_end": day("2023-06-30"),
                "period_precision": "half",
            },
        ),
        ("东昌府区", {"type": "place", "name": "东昌府区", "level": "county", "adcode": "371502", "anaphor": False}),
        ("全区", {"type": "place", "name": "东昌府区", "adcode": "371502", "anaphor": True}),
        ("50人", {"type": "count", "value": 50, "unit": "人", "amount": MISSING}),
        ("16%", {"type": "percent", "value": 16, "unit": "percent", "modifier": MISSING}),
        ("颐高集团数字经济产业园项目", {"type": "project", "name": "颐高集团数字经济产业园项目", "level": MISSING}),
    ],
)
def test_mention_rows(tables: dict[str, Any], text: str, expected: dict[str, Any]) -> None:
    row = row_of(tables["mentions"], text=text)
    start, end = at(text)
    assert (row["doc_id"], row["start"], row["end"]) == ("hm", start, end)
    for column, value in expected.items():
        if value is MISSING:
            assert pd.isna(row[column]), column
        else:
            assert row[column] == value, column


def test_deal_row(tables: dict[str, Any]) -> None:
    row = tables["deals"].iloc[0].to_dict()
    assert row["projects"] == ["颐高集团数字经济产业园项目"]
    assert row["projects_text"] == "颐高集团数字经济产业园项目"
    assert row["investors"] == ["颐高集团"]
    assert (row["project_count"], row["place"], row["place_adcode"]) == (1, "东昌府区", "371502")
    assert (row["total_amount"], row["total_currency"], row["total_amount_cny"]) == (3950000000, "CNY", 3950000000)
    assert row["total_fx_rate"] == 1.0 and pd.isna(row["total_fx_year"])  # CNY: no conversion
    assert (row["foreign_amount"], row["foreign_currency"]) == (12600000, "USD")
    # the deal's own year (2023) picks the rate: 12600000 × 7.084631 (USD 2023 in fx_annual.tsv)
    assert row["foreign_amount_cny"] == pytest.approx(89266350.6, abs=0.01)
    assert pd.isna(row["completed_amount"])
    assert (row["stage"], row["date"], row["date_start"], row["date_end"], row["date_precision"]) == (
        "signed",
        "2023-H1",
        day("2023-01-01"),
        day("2023-06-30"),
        "half",
    )
    assert pd.isna(row["month"])  # a half year is not a month, and the report has no reference date
    start, _end = at("东昌府区签约")
    assert (row["evidence_start"], row["evidence_text"][:6]) == (start, "东昌府区签约")
    assert TEXT[row["evidence_start"] : row["evidence_end"]] == row["evidence_text"]


def test_metric_row(tables: dict[str, Any]) -> None:
    row = tables["metrics"].iloc[0].to_dict()
    expected = {
        "indicator": "招商引资到位资金",
        "kind": "actual",
        "place": "东昌府区",
        "place_adcode": "371502",
        "period": "2023-H1",
        "period_start": day("2023-01-01"),
        "period_end": day("2023-06-30"),
        "value_type": "money",
        "value": 14050000000,
        "currency": "CNY",
        "amount_cny": 14050000000,
        "yoy": 16,
        "yoy_unit": "percent",
    }
    assert {k: row[k] for k in expected} == expected
    assert pd.isna(row["unit"]) and pd.isna(row["share"])


def test_talent_row(tables: dict[str, Any]) -> None:
    row = tables["talent"].iloc[0].to_dict()
    expected = {
        "category": "高层次人才",
        "count": 50,
        "count_unit": "人",
        "persons": [],
        "persons_text": "",
        "mode": "introduced",
        "kind": "actual",
        "place_adcode": "371502",
        "period_start": day("2023-01-01"),
        "period_end": day("2023-06-30"),
        "evidence_text": "全区引进高层次人才50人",
    }
    assert {k: row[k] for k in expected} == expected


def test_dicts_give_the_same_frames_as_reports() -> None:
    report = hand_made()
    from_objects = frames([report])
    from_dicts = frames([json.loads(report.to_json())])
    for name in COLUMNS:
        pd.testing.assert_frame_equal(from_objects[name], from_dicts[name])


def test_a_single_report_is_accepted() -> None:
    report = hand_made()
    pd.testing.assert_frame_equal(frames(report)["mentions"], frames([report])["mentions"])


def test_the_package_exports_frames() -> None:
    assert dsz_extract.frames is frames


@pytest.mark.parametrize(
    "reports",
    [[], [Report(doc_id="empty")], [{"doc_id": "x", "mentions": []}]],
    ids=["no reports", "empty report", "empty dict"],
)
def test_empty_input_gives_empty_frames_with_columns(reports: list[Any]) -> None:
    tables = frames(reports)
    for name, frame in tables.items():
        assert list(frame.columns) == list(COLUMNS[name])
        assert len(frame) == (len(reports) if name == "reports" else 0)
        assert {str(frame[c].dtype) for c in frame.columns if c.endswith("_count")} <= {"Int64"}


def test_other_input_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="Report objects, report dicts or the path of a JSONL ledger"):
        frames(["not a report"])


def test_without_pandas_the_error_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"pip install 'dsz-extract\[notebook\]'"):
        frames([])


@pytest.mark.parametrize(
    ("timex", "bounds"),
    [
        ("2023", ("2023-01-01", "2023-12-31")),
        ("2023-08", ("2023-08-01", "2023-08-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-02", ("2023-02-01", "2023-02-28")),
        ("2023-08-18", ("2023-08-18", "2023-08-18")),
        ("2023-Q1", ("2023-01-01", "2023-03-31")),
        ("2022-Q4", ("2022-10-01", "2022-12-31")),
        ("2023-H1", ("2023-01-01", "2023-06-30")),
        ("2021-H2", ("2021-07-01", "2021-12-31")),
        ("2023-01/2023-04", ("2023-01-01", "2023-04-30")),
        ("2019-01/2019-10", ("2019-01-01", "2019-10-31")),
        ("2021/2025", ("2021-01-01", "2025-12-31")),
        ("XXXX-08-18", (None, None)),
        ("XXXX", (None, None)),
        ("2023-13", (None, None)),
        ("2023-02-30", (None, None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_timex_bounds(timex: str | None, bounds: tuple[str | None, str | None]) -> None:
    assert timex_bounds(timex) == bounds


# --- real extract() output: invariants that hold however good the passes are -------------------


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_frames_of_real_reports(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    report = extract(text, reference_date="2023-08-20", doc_id=seed.stem)
    tables = report.to_frames()
    mentions = tables["mentions"]
    assert len(mentions) == len(report.mentions)
    assert [len(tables[k]) for k in ("deals", "metrics", "talent")] == [
        len(report.deals),
        len(report.metrics),
        len(report.talent),
    ]
    assert (mentions["doc_id"] == seed.stem).all()
    for row in mentions.itertuples():
        assert text[row.start : row.end] == row.text
    money = mentions[mentions["type"] == "money"]
    cny = money["currency"] == "CNY"
    assert (money.loc[cny, "amount_cny"] == money.loc[cny, "amount"]).all()
    # another currency: at the rate of the reference year (2023), which the row names
    foreign = money[~cny]
    assert (foreign["fx_year"] == 2023).all()
    expected = [round(a * fx.rates()[c][2023], 2) for a, c in zip(foreign["amount"], foreign["currency"], strict=True)]
    assert list(foreign["amount_cny"]) == pytest.approx(expected)
    assert mentions.loc[mentions["type"] != "money", "amount_cny"].isna().all()
    deals = tables["deals"]
    has_total = deals["total_currency"] == "CNY"
    assert (deals.loc[has_total, "total_amount_cny"] == deals.loc[has_total, "total_amount"]).all()


def test_a_jsonl_path_is_read_latest_line_per_source(tmp_path: Path) -> None:
    older = hand_made().model_copy(update={"source": "in/a.txt", "doc_id": "old"})
    newer = hand_made().model_copy(update={"source": "in/a.txt", "doc_id": "new"})
    other = hand_made().model_copy(update={"source": "in/b.txt", "doc_id": "b"})
    ledger = tmp_path / "reports.jsonl"
    ledger.write_text("\n".join(r.to_json() for r in (older, other, newer)) + "\n\n", encoding="utf-8")
    tables = frames(ledger)
    assert list(tables["reports"]["doc_id"]) == ["b", "new"]
    assert list(frames(str(ledger))["reports"]["doc_id"]) == ["b", "new"]
    assert tables["reports"]["deal_count"].dtype == "Int64" and tables["talent"]["count"].dtype == "Int64"


def test_a_bad_line_of_a_ledger_is_named(tmp_path: Path) -> None:
    ledger = tmp_path / "reports.jsonl"
    ledger.write_text(hand_made().to_json() + "\n{torn\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"reports.jsonl:2: not a report"):
        frames(ledger)
