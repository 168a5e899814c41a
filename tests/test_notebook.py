"""examples/quickstart.ipynb runs top to bottom in a fresh kernel, so it never rots."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat", reason="needs nbformat (the test extra)")
nbclient = pytest.importorskip("nbclient", reason="needs nbclient (the test extra)")
pytest.importorskip("ipykernel", reason="needs ipykernel (the test extra) to run the notebook's kernel")
pytest.importorskip("pandas", reason="the notebook needs pandas (the notebook extra)")
pytest.importorskip("matplotlib", reason="the notebook plots with matplotlib")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
NOTEBOOK = EXAMPLES / "quickstart.ipynb"


@pytest.fixture
def this_python_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A "python3" kernelspec for the interpreter running the tests, found before any user-level one."""
    spec = tmp_path / "kernels" / "python3"
    spec.mkdir(parents=True)
    kernel = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (tests)",
        "language": "python",
    }
    (spec / "kernel.json").write_text(json.dumps(kernel), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    return "python3"


@pytest.mark.slow
def test_quickstart_runs_without_errors(this_python_kernel: str) -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name=this_python_kernel, timeout=120, resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()  # raises CellExecutionError naming the cell if one fails

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o.data["text/html"] for o in outputs if o.output_type == "display_data" and "text/html" in o.data]
    assert html, "display(report) showed no HTML"
    report_html = html[0]
    assert "<mark" in report_html
    assert "<script" not in report_html.lower()
    # the HTML marks as many mentions as the first cell says the report has
    printed = "".join(o.text for o in outputs if o.output_type == "stream" and o.name == "stdout")
    found = re.search(r"(\d+) mentions", printed)
    assert found, printed
    assert report_html.count("<mark data-type=") == int(found.group(1))


def test_notebook_is_stored_without_outputs() -> None:
    """Outputs go stale as the passes improve; the test above runs it instead."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert code
    assert all(not cell.get("outputs") and cell.get("execution_count") is None for cell in code)
    assert any("../corpus/seeds" in cell.source for cell in code)
