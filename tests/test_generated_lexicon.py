"""The word lists generated from jieba's dictionary must match their scripts.

name_verbs.txt depends on the hand-written lists of words that live inside names; editing those
without rerunning scripts/build_name_verbs.py left it stale once, so these tests rerun each
generator into a temporary file and compare.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src" / "dsz_extract" / "data" / "lexicon"


@pytest.mark.parametrize(
    ("script", "data"),
    [("build_name_verbs.py", LEXICON / "name_verbs.txt"), ("build_not_names.py", LEXICON / "not_names.txt")],
)
def test_generated_word_list_is_not_stale(script: str, data: Path, tmp_path: Path) -> None:
    fresh = tmp_path / data.name
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--out", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_text(encoding="utf-8") == data.read_text(encoding="utf-8"), f"rerun scripts/{script}"
