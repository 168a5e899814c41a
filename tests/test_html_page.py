"""The complete HTML page (`report.to_html()`, `dsz-extract html`), rendered in headless Chromium.

The screenshot test needs Debian's chromium (`.ci/run` installs it); elsewhere it is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from dsz_extract import extract
from dsz_extract.cli import main
from dsz_extract.html import TYPE_COLOURS, chinese_amount

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "seeds" / "000_5cb37e32c2801ddb.txt"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
WIDTH, HEIGHT = 1200, 1600


@pytest.mark.parametrize(
    ("amount", "currency", "text"),
    [
        (3950000000, "CNY", "39.5亿元"),
        (12600000, "USD", "1260万美元"),
        (5000000, "CNY", "500万元"),
        (800, "CNY", "800元"),
    ],
)
def test_amounts_are_shown_as_the_text_writes_them(amount: int, currency: str, text: str) -> None:
    assert chinese_amount(amount, currency) == text


def test_the_page_is_a_complete_document(tmp_path: Path) -> None:
    report = extract(SEED.read_text(encoding="utf-8"), reference_date="2023-08-20", doc_id="000")
    page = report.to_html()
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page and "<title>" in page and "Noto Sans CJK SC" in page
    assert "3950000000 CNY · 39.5亿元" in page  # the deal's amount beside its Chinese form
    assert page.count('<mark data-type="') == len(report.mentions)
    assert report.save_html(tmp_path / "p.html").read_text(encoding="utf-8") == page
    assert "<!DOCTYPE" not in report._repr_html_()  # Jupyter still gets a fragment


def test_the_html_command_writes_the_page(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    assert main(["html", str(SEED), "--reference-date", "2023-08-20", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["html", str(tmp_path / "missing.txt"), "-o", str(target)]) == 1


def screenshot(page: Path, png: Path, profile: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        if os.environ.get("DSZ_REQUIRE_CHROMIUM"):
            pytest.fail("DSZ_REQUIRE_CHROMIUM is set but chromium is not installed")
        pytest.skip("Debian chromium is not installed (.ci/run installs it)")
    subprocess.run(
        [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={WIDTH},{HEIGHT}",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def test_the_page_renders_with_its_highlights(tmp_path: Path) -> None:
    image_module = pytest.importorskip("PIL.Image")
    page, png = tmp_path / "page.html", tmp_path / "page.png"
    report = extract(SEED.read_text(encoding="utf-8"), reference_date="2023-08-20", doc_id="000")
    report.save_html(page)
    screenshot(page, png, tmp_path / "profile")
    with image_module.open(png) as image:
        assert image.size == (WIDTH, HEIGHT)
        pixels = Counter(image.convert("RGB").get_flattened_data())
    # the mark colours of the types in the visible text are painted (money, date, place, org …)
    painted = {kind for kind, colour in TYPE_COLOURS.items() if pixels[_rgb(colour)] > 200}
    assert {"money", "date", "place", "org", "project"} <= painted, painted
    # and CJK glyphs were drawn: without a CJK font the text is hollow boxes (about 11,000 dark pixels
    # on this page), with one about 80,000
    dark = sum(n for (r, g, b), n in pixels.items() if r + g + b < 200)
    assert dark > 40000
