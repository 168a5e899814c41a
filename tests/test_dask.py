"""Dask: extract_bag on a real two-process LocalCluster, and `dsz-extract batch --scheduler`."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from dsz_extract.batch import run_batch  # noqa: E402
from dsz_extract.cli import main  # noqa: E402
from dsz_extract.dask import extract_bag, extract_item, is_error  # noqa: E402

GOOD = "2023年8月18日，宜宾市三江新区签约项目12个，总投资86.5亿元。"
TRADITIONAL = "臺中市今年上半年簽約項目15個，總投資額達新臺幣120億元。"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_dask_module_is_the_adapter_and_dask_is_the_library() -> None:
    import dask

    import dsz_extract.dask as adapter

    assert adapter.__name__ == "dsz_extract.dask"
    assert dask.__name__ == "dask" and hasattr(dask, "compute")
    assert adapter.dask.bag is dask_bag  # the absolute import inside the adapter reached the real dask


@pytest.mark.slow
def test_extract_bag_on_a_local_cluster(client: object, tmp_path: Path) -> None:
    path = tmp_path / "yibin.txt"
    path.write_bytes(GOOD.encode("gb18030"))
    items = [
        path,
        GOOD,
        {"text": TRADITIONAL, "doc_id": "taichung", "reference_date": "2023-07-01"},
        {"path": str(path), "doc_id": "yibin-again", "source": "archive/yibin.txt"},
        tmp_path / "missing.txt",
        b"bytes are not text",
    ]
    results = extract_bag(dask_bag.from_sequence(items, npartitions=2), reference_date="2023-08-20").compute()
    assert len(results) == len(items)
    by_file, by_text, traditional, renamed, missing, wrong_type = results
    assert (by_file["doc_id"], by_file["source"], by_file["warnings"][0]) == ("yibin", str(path), "decoded as gb18030")
    assert by_text["doc_id"].startswith("text_") and by_text["reference_date"] == "2023-08-20"
    assert (traditional["doc_id"], traditional["reference_date"]) == ("taichung", "2023-07-01")
    assert (renamed["doc_id"], renamed["source"]) == ("yibin-again", "archive/yibin.txt")
    assert is_error(missing) and missing["error"]["exception"] == "FileNotFoundError"
    assert is_error(wrong_type) and wrong_type["error"]["exception"] == "TypeError"
    assert len(client.run(os.getpid)) == 2  # type: ignore[attr-defined]


def test_bare_texts_get_a_stable_content_id() -> None:
    from dsz_extract.batch import Settings

    first, second = extract_item(GOOD, Settings()), extract_item(GOOD, Settings())
    assert first["doc_id"] == second["doc_id"] == extract_item({"text": GOOD}, Settings())["doc_id"]
    assert first["doc_id"] != extract_item(TRADITIONAL, Settings())["doc_id"]
    assert extract_item("x" * 50, Settings(max_bytes=10))["error"]["exception"] == "ValueError"


def test_kind_path_reads_strings_as_paths(tmp_path: Path) -> None:
    from dsz_extract.batch import Settings

    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert extract_item(str(path), Settings(), kind="path")["source"] == str(path)
    assert extract_item(str(path), Settings(), kind="text")["source"] is None
    with pytest.raises(ValueError, match="kind"):
        extract_bag(dask_bag.from_sequence([GOOD]), kind="paths")  # type: ignore[arg-type]


@pytest.mark.slow
def test_batch_command_on_a_scheduler(client: object, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(6):
        (folder / f"r{i}.txt").write_text(f"{i + 1}月份，全市新签约项目{i + 3}个。", encoding="utf-8")
    (folder / "broken.txt").write_bytes(bytes(range(256)) * 8)
    output = tmp_path / "reports.jsonl"
    address = client.scheduler.address  # type: ignore[attr-defined]
    assert main(["batch", str(folder), "-o", str(output), "--scheduler", address, "-q"]) == 1
    reports = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["doc_id"] for r in reports) == [f"r{i}" for i in range(6)]
    (error,) = [json.loads(line) for line in (tmp_path / "reports.errors.jsonl").read_text().splitlines()]
    assert (Path(error["file"]).name, error["exception"]) == ("broken.txt", "DecodeError")
    # incremental on a cluster too, and the work ran in the cluster's worker processes
    (folder / "r6.txt").write_text("今年以来，全区引进高层次人才50名。", encoding="utf-8")
    summary = run_batch([str(folder)], output, scheduler=address, progress=False, stderr=io.StringIO())
    assert (summary.extracted, summary.unchanged, summary.failed) == (1, 6, 1)
    worker_pids = set(client.run(os.getpid).values())  # type: ignore[attr-defined]
    assert set(summary.worker_max_rss) <= worker_pids and os.getpid() not in worker_pids
    assert len(output.read_text(encoding="utf-8").splitlines()) == 7
