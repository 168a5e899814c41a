"""scripts/real_corpus.py writes the manifest back as it reads it: a query holding a quote or a backslash survives
any number of layouts unchanged (session 38: an escape character the reader never undid had doubled the backslashes
before the quotes of one query at every layout, until the row outgrew the csv field limit)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "real_corpus.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_corpus_script", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


QUERIES = [
    '湖北 县 "招才引智" 硕博 引进 人才',
    r"C:\reports 招商引资 到位资金",
    '“双招双引” 签约 \\"项目\\"',
    "集中签约仪式 总投资 亿元 县 2021年",
]


@pytest.mark.parametrize("query", QUERIES)
def test_a_query_survives_repeated_layouts(query: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _load_script()
    manifest = tmp_path / "manifest.tsv"
    monkeypatch.setattr(script, "MANIFEST", manifest)
    row = dict.fromkeys(script.COLUMNS, "")
    row.update(id="ZZ01", split="dev", url="http://example.org/a.html", query=query)
    script._write_manifest([row])
    for _ in range(3):  # each layout reads the manifest and writes it again
        script._write_manifest(script.read_rows(manifest))
    assert script.read_rows(manifest) == [row]


def test_the_corpus_manifest_reads_back_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = _load_script()
    rows = script.read_rows(script.MANIFEST)
    copy = tmp_path / "manifest.tsv"
    monkeypatch.setattr(script, "MANIFEST", copy)
    script._write_manifest(rows)
    assert copy.read_bytes() == _SCRIPT.parents[1].joinpath("corpus", "real", "manifest.tsv").read_bytes()
