"""`dsz-extract export`: a ledger as Parquet files and DuckDB tables, and the README's SQL on them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

duckdb = pytest.importorskip("duckdb")
pq = pytest.importorskip("pyarrow.parquet")

from dsz_extract.cli import main  # noqa: E402
from dsz_extract.export import SIGNED_BY_PLACE_AND_MONTH, export  # noqa: E402
from dsz_extract.models import Report  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("reports", "mentions", "deals", "event_totals", "metrics", "talent")


def money(amount: float, currency: str = "CNY") -> dict[str, Any]:
    return {"amount": amount, "amount_max": None, "currency": currency, "modifier": None}


def deal(
    place: str,
    stage: str,
    amount: float | None,
    date: str | None = None,
    currency: str = "CNY",
    event_total: int | None = None,
) -> dict:
    amounts = [] if amount is None else [{"role": "total", "money": money(amount, currency)}]
    return {
        "projects": [f"{place}项目"],
        "place": place,
        "stage": stage,
        "date": date,
        "amounts": amounts,
        "event_total": event_total,
        "evidence": {"start": 0, "end": 2, "text": "签约"},
    }


def event_total(place: str, stage: str, amount: float, date: str | None) -> dict:
    return {
        "stage": stage,
        "place": place,
        "date": date,
        "total": money(amount),
        "evidence": {"start": 0, "end": 2, "text": "签约"},
    }


def report(
    doc_id: str, reference_date: str | None, deals: list[dict], source: str | None = None, totals: list[dict] = ()
) -> str:
    data = {
        "doc_id": doc_id,
        "source": source or f"in/{doc_id}.txt",
        "reference_date": reference_date,
        "deals": deals,
        "event_totals": list(totals),
    }
    return Report.model_validate(data).model_dump_json()


# 12.6 million USD in 2023 at the table's 2023 rate (7.084631 CNY per USD) is 0.8926635 亿元.
USD_2023 = 12_600_000 * 7.084631 / 1e8
LEDGER = [
    report(
        "liaocheng-2023-08",
        "2023-08-20",
        [
            deal("聊城市", "signed", 3_950_000_000),  # no date: the report's month
            deal("聊城市", "signed", 1_000_000_000, "2023-08-18"),
            deal("聊城市", "introduced", 500_000_000, "2023-08"),  # not signed
            deal("聊城市", "signed", 12_600_000, currency="USD"),  # converted at the 2023 rate
            deal("聊城市", "signed", None),  # no amount
        ],
    ),
    report(
        "yibin-2024-03",
        "2024-03-05",
        [
            deal("宜宾市", "signed", 2_000_000_000, "2024-02"),
            deal("聊城市", "signed", 300_000_000, "2024"),  # a year around the report's day: the report's month
            deal("宜宾市", "signed", 700_000_000, "2024-01/2024-02"),  # two months, not the report's: no month
            # a ceremony's total of 100亿 and two of its deals: the total counts, its deals do not again
            deal("宜宾市", "signed", 1_500_000_000, "2024-03-01", event_total=0),
            deal("宜宾市", "signed", 500_000_000, "2024-03-01", event_total=0),
        ],
        totals=[event_total("宜宾市", "signed", 10_000_000_000, "2024-03-01")],
    ),
]
EXPECTED_SIGNED = [
    ("聊城市", "2023-08", 3, 49.5 + USD_2023),
    ("宜宾市", "2024-02", 1, 20.0),
    ("宜宾市", "2024-03", 1, 100.0),
    ("聊城市", "2024-03", 1, 3.0),
    ("宜宾市", None, 1, 7.0),
]


def write_ledger(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def rounded(rows: list[tuple]) -> list[tuple]:
    return [(*row[:-1], round(row[-1], 6)) for row in rows]


EXPECTED_SIGNED = rounded(EXPECTED_SIGNED)


def test_readme_query_on_a_duckdb_export(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "reports.jsonl", LEDGER)
    database = tmp_path / "ledger.duckdb"
    assert main(["export", str(ledger), "--to", "duckdb", str(database)]) == 0
    with duckdb.connect(str(database), read_only=True) as con:
        assert rounded(con.execute(SIGNED_BY_PLACE_AND_MONTH).fetchall()) == EXPECTED_SIGNED
        tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        assert tables == {*TABLES, "meta"}
        assert con.execute("SELECT count(*) FROM deals").fetchone() == (10,)
        assert con.execute("SELECT projects FROM deals WHERE total_amount = 2e9").fetchone() == (["宜宾市项目"],)
        # the file says which DuckDB wrote it, for a user whose CLI is of another version
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        assert meta["duckdb_version"] == duckdb.__version__
        # days are DATEs, counts integers
        types = dict(
            con.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'deals'"
            ).fetchall()
        )
        assert (types["date_start"], types["project_count"], types["event_total"]) == ("DATE", "BIGINT", "BIGINT")


def test_readme_query_on_a_parquet_export(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "reports.jsonl", LEDGER)
    folder = tmp_path / "parquet"
    assert main(["export", str(ledger), "--to", "parquet", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.parquet" for t in TABLES)
    with duckdb.connect() as con:
        for table in TABLES:
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{folder / table}.parquet')")
        assert rounded(con.execute(SIGNED_BY_PLACE_AND_MONTH).fetchall()) == EXPECTED_SIGNED
    deals = pq.read_table(folder / "deals.parquet")
    assert deals.schema.field("projects").type.value_type == "string"
    assert deals.schema.field("total_amount_cny").type == "double"


def test_gold_reports_export_one_row_per_item(tmp_path: Path) -> None:
    lines, expected = [], dict.fromkeys(TABLES, 0)
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data = {k: v for k, v in data.items() if k in Report.model_fields}  # gold-only keys
        gold = Report.model_validate(data)
        lines.append(gold.model_dump_json())
        expected["reports"] += 1
        for table in ("mentions", "deals", "metrics", "talent"):
            expected[table] += len(getattr(gold, table))
    assert expected["deals"] > 0 and expected["metrics"] > 0
    result = export([write_ledger(tmp_path / "gold.jsonl", lines)], "duckdb", tmp_path / "gold.duckdb")
    assert result.rows == expected
    assert (result.problems, result.superseded) == ([], 0)
    with duckdb.connect(str(tmp_path / "gold.duckdb"), read_only=True) as con:
        for table, count in expected.items():
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone() == (count,)


def test_a_changed_file_counts_once_with_its_latest_report(tmp_path: Path) -> None:
    old = report("a", "2023-08-20", [deal("聊城市", "signed", 1_000_000_000)], source="in/a.txt")
    new = report("a", "2023-08-20", [deal("聊城市", "signed", 2_000_000_000)], source="in/a.txt")
    ledger = write_ledger(tmp_path / "reports.jsonl", [old, LEDGER[1], new])
    result = export([ledger], "duckdb", tmp_path / "l.duckdb")
    assert result.superseded == 1
    assert result.rows["reports"] == 2
    with duckdb.connect(str(tmp_path / "l.duckdb"), read_only=True) as con:
        assert con.execute("SELECT total_amount FROM deals WHERE doc_id = 'a'").fetchall() == [(2e9,)]


def test_bad_lines_are_named_and_the_rest_exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = write_ledger(tmp_path / "reports.jsonl", [LEDGER[0], '{"doc_id": 3, "deals": "x"}', LEDGER[1]])
    with ledger.open("a", encoding="utf-8") as handle:
        handle.write(LEDGER[0][:40])  # a torn last line
    assert main(["export", str(ledger), "--to", "duckdb", str(tmp_path / "l.duckdb")]) == 1
    err = capsys.readouterr().err
    assert f"{ledger}:2: not a report" in err and f"{ledger}:4: not a report" in err
    assert "deals 10" in err


def test_empty_ledger_gives_empty_tables_with_their_columns(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "empty.jsonl", [])
    assert export([ledger], "parquet", tmp_path / "pq").rows == dict.fromkeys(TABLES, 0)
    assert "total_amount_cny" in pq.read_table(tmp_path / "pq" / "deals.parquet").column_names
    assert pq.read_table(tmp_path / "pq" / "reports.parquet").schema.field("deal_count").type == "int64"
    export([ledger], "duckdb", tmp_path / "e.duckdb")
    with duckdb.connect(str(tmp_path / "e.duckdb"), read_only=True) as con:
        assert con.execute(SIGNED_BY_PLACE_AND_MONTH).fetchall() == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.jsonl", "--to", "duckdb", "x.duckdb"], "missing.jsonl"),
        (["reports.jsonl", "--to", "csv", "x.csv"], "--to takes parquet or duckdb"),
    ],
)
def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    write_ledger(tmp_path / "reports.jsonl", LEDGER)
    args = [str(tmp_path / a) if a.endswith((".jsonl", ".duckdb", ".csv")) else a for a in args]
    assert main(["export", *args]) == 2
    assert message in capsys.readouterr().err


def test_export_onto_a_file_that_is_not_duckdb_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ledger = write_ledger(tmp_path / "reports.jsonl", LEDGER)
    target = tmp_path / "notes.duckdb"
    target.write_text("my notes, not a database\n" * 100, encoding="utf-8")
    assert main(["export", str(ledger), "--to", "duckdb", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"{target}: not a DuckDB database" in err and "another file name" in err
    assert "Traceback" not in err and "IOException" not in err
    assert target.read_text(encoding="utf-8").startswith("my notes")  # left as it was


def test_export_into_a_parquet_folder_that_is_a_file_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger = write_ledger(tmp_path / "reports.jsonl", LEDGER)
    target = tmp_path / "tables"
    target.write_text("a file", encoding="utf-8")
    assert main(["export", str(ledger), "--to", "parquet", str(target)]) == 2
    assert f"{target}: not a folder" in capsys.readouterr().err


def test_a_torn_newer_report_says_the_older_one_is_exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = report("a", "2023-08-20", [deal("聊城市", "signed", 1_000_000_000)], source="in/a.txt")
    new = report("a", "2023-08-21", [deal("聊城市", "signed", 2_000_000_000)], source="in/a.txt")
    ledger = write_ledger(tmp_path / "reports.jsonl", [old, LEDGER[1]])
    with ledger.open("a", encoding="utf-8") as handle:
        handle.write(new[:120])  # killed inside the write of the newer reading
    database = tmp_path / "l.duckdb"
    assert main(["export", str(ledger), "--to", "duckdb", str(database)]) == 1
    err = capsys.readouterr().err
    assert f"{ledger}:3: not a report" in err
    assert f"{ledger}:3 was a report of in/a.txt; its earlier report ({ledger}:1) is exported instead" in err
    with duckdb.connect(str(database), read_only=True) as con:  # defined: the last readable report of a source
        assert con.execute("SELECT total_amount FROM deals WHERE doc_id = 'a'").fetchall() == [(1e9,)]


def test_a_torn_report_of_a_new_source_says_it_is_left_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = report("b", "2023-08-21", [], source="in/b.txt")
    ledger = write_ledger(tmp_path / "reports.jsonl", [LEDGER[0]])
    with ledger.open("a", encoding="utf-8") as handle:
        handle.write(new[:60])
    assert main(["export", str(ledger), "--to", "duckdb", str(tmp_path / "l.duckdb")]) == 1
    assert f"{ledger}:2 was a report of in/b.txt; no readable report of it is exported" in capsys.readouterr().err
