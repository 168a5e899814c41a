"""The README's Python example runs as written, on the seed it names, and gives the values it shows."""

from __future__ import annotations

import ast
import contextlib
import io
import re
from pathlib import Path

import pytest

pytest.importorskip("pandas")

from dsz_extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = "corpus/seeds/000_5cb37e32c2801ddb.txt"


def python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, flags=re.S)


def shown_values(block: str) -> list[tuple[str, object]]:
    """(expression, value) for each line `expression  # literal` of the block."""
    shown = []
    for line in block.splitlines():
        code, sep, comment = line.partition("  # ")
        if not sep or "=" in code.replace("==", ""):
            continue
        try:
            value = ast.literal_eval(comment.strip())
        except (ValueError, SyntaxError):
            continue  # a comment in words
        shown.append((code.strip(), value))
    return shown


def test_the_readme_example_runs_and_shows_true_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = python_blocks()[0]  # the notebook example; the ledger's has its own test
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    # out.jsonl as the README's set-up command writes it: dsz-extract SEED > out.jsonl
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([SEED]) == 0
    (tmp_path / "out.jsonl").write_text(out.getvalue(), encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    checked = shown_values(block)
    assert len(checked) >= 2
    for expression, value in checked:
        assert eval(expression, namespace) == value, expression
    assert (tmp_path / "000.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert set(namespace["tables"]) >= {"reports", "deals", "event_totals"}  # type: ignore[call-overload]
