"""The `dsz-extract` command: files, folders, stdin, errors that name the file, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dsz_extract import __version__
from dsz_extract.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "seeds" / "000_5cb37e32c2801ddb.txt"
GOOD = "今年1—6月，全市新签约项目21个，总投资39.5亿元。"


def run_cli(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "dsz_extract.cli", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def test_one_good_and_one_binary_file(tmp_path: Path) -> None:
    binary = tmp_path / "broken.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    result = run_cli([str(SEED), str(binary)])
    assert result.returncode == 1
    reports = lines(result.stdout)
    assert [r["doc_id"] for r in reports] == ["000_5cb37e32c2801ddb"]
    assert str(binary) in result.stderr.decode("utf-8")


def test_bad_file_first_does_not_stop_the_others(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = run_cli([str(missing), str(good)])
    assert result.returncode == 1
    assert [r["doc_id"] for r in lines(result.stdout)] == ["good"]
    assert "missing.txt" in result.stderr.decode("utf-8")


def test_folder_is_expanded_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_bytes(GOOD.encode("gb18030"))
    (tmp_path / "b" / "ignored.bin").write_bytes(b"\x00\x01")
    result = run_cli([str(tmp_path)])
    assert result.returncode == 0, result.stderr
    reports = lines(result.stdout)
    assert [r["doc_id"] for r in reports] == ["a", "b/c"]  # the path below the folder: unique in the run
    assert reports[1]["warnings"][0] == "decoded as gb18030"


def test_stdin_and_reference_date() -> None:
    result = run_cli(["-", "--reference-date", "2023-08-20"], stdin=GOOD.encode("utf-8"))
    assert result.returncode == 0, result.stderr
    (report,) = lines(result.stdout)
    assert report["doc_id"] == "stdin"
    assert report["reference_date"] == "2023-08-20"


def test_bad_reference_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED), "--reference-date", "20.8.2023"]) == 2
    assert "reference_date" in capsys.readouterr().err


def test_offsets_in_command_output_point_into_the_file() -> None:
    result = run_cli([str(SEED)])
    assert result.returncode == 0, result.stderr
    (report,) = lines(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    for mention in report["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([flag])
    assert info.value.code == 0
    out = capsys.readouterr().out
    if flag == "--version":
        assert __version__ in out
    else:
        assert "examples:" in out and "dsz-extract corpus/seeds/" in out and "exit codes" in out


def test_no_arguments_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2


def test_html_page_is_read_as_its_main_text(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    body = "".join(f"<p>{GOOD}第{i}段补充说明，项目进展顺利，企业生产经营稳定。</p>" for i in range(6))
    page.write_text(
        f"<html><head><title>招商引资</title></head><body><nav>首页 | 新闻</nav><article>{body}</article></body></html>",
        encoding="utf-8",
    )
    result = run_cli([str(tmp_path)])
    assert result.returncode == 0, result.stderr
    (report,) = lines(result.stdout)
    assert report["doc_id"] == "news"
    assert any("offsets point into the extracted text" in w for w in report["warnings"])
    money = [m for m in report["mentions"] if m["type"] == "money"]
    assert money and money[0]["value"]["amount"] == 3950000000


def test_a_file_name_over_255_bytes_is_named_and_the_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    too_long = str(tmp_path / ("长" * 90 + ".txt"))  # 274 bytes in UTF-8
    assert main([too_long, str(good)]) == 1
    captured = capsys.readouterr()
    assert [r["doc_id"] for r in lines(captured.out.encode())] == ["good"]
    assert f"dsz-extract: error: {too_long}: file name too long" in captured.err
    assert "Traceback" not in captured.err


def misbehave_on(monkeypatch: pytest.MonkeyPatch, marker: str, misbehave: Callable[[], object]) -> None:
    """Extraction of a text containing `marker` runs `misbehave` first (sleeps, raises); the others run for real."""
    from dsz_extract import pipeline

    real = pipeline.run

    def run(text: str, **kwargs: object) -> object:
        if marker in text:
            misbehave()
        return real(text, **kwargs)

    monkeypatch.setattr(pipeline, "run", run)


def slow_on_signal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction of a text containing 慢 takes a minute; the others run for real."""
    import time

    misbehave_on(monkeypatch, "慢", lambda: time.sleep(60))


def test_a_file_over_the_time_limit_is_named_and_the_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    slow_on_signal(monkeypatch)
    slow, good = tmp_path / "slow.txt", tmp_path / "good.txt"
    slow.write_text("这篇报道很慢。", encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    assert main([str(slow), str(good), "--time-limit", "0.5"]) == 1
    captured = capsys.readouterr()
    assert [r["doc_id"] for r in lines(captured.out.encode())] == ["good"]
    assert f"dsz-extract: error: {slow}: time limit of 0.5 s exceeded" in captured.err
    assert "--time-limit" in captured.err and "1 input(s) failed" in captured.err


def test_time_limit_default_and_bad_values(capsys: pytest.CaptureFixture[str]) -> None:
    from dsz_extract.cli import DEFAULT_TIME_LIMIT, build_extract_parser

    assert build_extract_parser().parse_args(["x.txt"]).time_limit == DEFAULT_TIME_LIMIT == 30
    assert main([str(SEED), "--time-limit", "-1"]) == 2
    assert "--time-limit" in capsys.readouterr().err


@pytest.mark.parametrize("error", [ValueError("bad value"), KeyError("k"), RuntimeError("boom")])
def test_a_document_extraction_fails_on_is_named_and_the_others_processed(
    error: Exception, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bug met on one page (a ValueError once ended the run as if --reference-date were bad).
    def fail() -> None:
        raise error

    misbehave_on(monkeypatch, "坏", fail)
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text("这篇报道是坏的。", encoding="utf-8")
    good.write_text(GOOD, encoding="utf-8")
    assert main([str(bad), str(good), "--reference-date", "2023-08-20"]) == 1
    captured = capsys.readouterr()
    assert [r["doc_id"] for r in lines(captured.out.encode())] == ["good"]
    assert f"dsz-extract: error: {bad}: internal error while extracting ({type(error).__name__}" in captured.err
    assert "1 input(s) failed" in captured.err
