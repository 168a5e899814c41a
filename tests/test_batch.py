"""`dsz-extract batch`: inputs, incremental re-runs, the ledger's crash safety, failures as records."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pytest

from dsz_extract import batch
from dsz_extract.batch import Settings, State, StateError, run_batch
from dsz_extract.cli import main

ROOT = Path(__file__).resolve().parents[1]

PLACES = ("聊城市", "东营市", "苏州工业园区", "合肥高新区", "成都市郫都区", "佛山市顺德区", "西安经开区", "宜宾市")


def report_text(i: int) -> str:
    """A short report, different for every i."""
    place = PLACES[i % len(PLACES)]
    return (
        f"{place}第{i}批重点项目集中签约\n"
        f"{2020 + i % 5}年{1 + i % 12}月{1 + i % 28}日，{place}举行重点项目集中签约仪式，"
        f"现场签约项目{10 + i}个，总投资{i + 0.5}亿元，同比增长{i % 40}%。"
    )


def write_docs(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + count):
        path = folder / f"doc{i:04d}.txt"
        path.write_text(report_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def ledger(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def threads() -> Executor:
    return ThreadPoolExecutor(2)


def quiet_batch(inputs: list[str], output: Path, **kwargs) -> batch.Summary:
    kwargs.setdefault("make_executor", threads)
    kwargs.setdefault("jobs", 2)
    return run_batch(inputs, output, progress=False, stderr=io.StringIO(), **kwargs)


# --- inputs -----------------------------------------------------------------------------------


def test_expand_inputs_takes_files_folders_and_globs(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    names = ["a/one.txt", "a/b/two.TXT", "a/b/three.html", "a/b/skip.bin", "a/four.md", "x.dat"]
    for name in names:
        (tmp_path / name).write_text("签约", encoding="utf-8")
    t = str(tmp_path)
    files, missing = batch.expand_inputs(
        [f"{t}/x.dat", f"{t}/a", f"{t}/a/one.txt", f"{t}/**/*.html", f"{t}/nothing-*.txt", f"{t}/gone.txt"]
    )
    assert files == [
        f"{t}/x.dat",  # named explicitly: taken whatever its suffix
        f"{t}/a/b/three.html",
        f"{t}/a/b/two.TXT",
        f"{t}/a/four.md",
        f"{t}/a/one.txt",  # the folder gave it already; no duplicate
    ]
    assert missing == [f"{t}/nothing-*.txt", f"{t}/gone.txt"]


@pytest.mark.parametrize(
    ("output", "errors"),
    [
        ("reports.jsonl", "reports.errors.jsonl"),
        ("out/ledger.jsonl", "out/ledger.errors.jsonl"),
        ("r.json", "r.json.errors.jsonl"),
    ],
)
def test_errors_file_sits_beside_the_ledger(output: str, errors: str) -> None:
    assert batch.default_errors_path(Path(output)) == Path(errors)


# --- a batch and its re-runs ------------------------------------------------------------------


def test_real_worker_processes_write_one_report_per_file(tmp_path: Path) -> None:
    paths = write_docs(tmp_path / "in", 12)
    output = tmp_path / "reports.jsonl"
    summary = run_batch([str(tmp_path / "in")], output, jobs=2, progress=False, stderr=io.StringIO())
    assert (summary.extracted, summary.failed, summary.unchanged) == (12, 0, 0)
    reports = ledger(output)
    assert sorted(r["source"] for r in reports) == sorted(map(str, paths))
    assert sorted(r["doc_id"] for r in reports) == [p.stem for p in paths]
    assert 1 <= len(summary.worker_max_rss) <= 2  # the pool starts its second worker when the first is busy
    assert os.getpid() not in summary.worker_max_rss
    assert all(0 < rss < 2**30 for rss in summary.worker_max_rss.values())
    assert (tmp_path / "reports.errors.jsonl").read_text() == ""


def test_rerun_extracts_only_new_and_changed_files(tmp_path: Path) -> None:
    paths = write_docs(tmp_path / "in", 6)
    output = tmp_path / "reports.jsonl"
    assert quiet_batch([str(tmp_path / "in")], output).extracted == 6
    again = quiet_batch([str(tmp_path / "in")], output)
    assert (again.extracted, again.unchanged) == (0, 6)

    paths[0].write_text(report_text(100), encoding="utf-8")  # changed
    write_docs(tmp_path / "in", 1, start=6)  # new
    (tmp_path / "in" / "copy.txt").write_text(report_text(3), encoding="utf-8")  # content already done
    third = quiet_batch([str(tmp_path / "in")], output)
    assert (third.extracted, third.unchanged) == (2, 6)
    sources = Counter(r["source"] for r in ledger(output))
    assert sources[str(paths[0])] == 2  # the old reading stays in the log; the last line is current
    assert len(sources) == 7

    paths[0].write_text(report_text(0), encoding="utf-8")  # changed back: its last line must describe it
    fourth = quiet_batch([str(tmp_path / "in")], output)
    assert fourth.extracted == 1
    last = [r for r in ledger(output) if r["source"] == str(paths[0])][-1]
    assert last["title"] == report_text(0).splitlines()[0]


def test_duplicate_content_in_one_run_is_extracted_once(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 3)
    (tmp_path / "in" / "same.txt").write_text(report_text(1), encoding="utf-8")
    summary = quiet_batch([str(tmp_path / "in")], tmp_path / "reports.jsonl")
    assert (summary.extracted, summary.duplicates) == (3, 1)


def test_another_extractor_starts_a_fresh_ledger(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 4)
    output = tmp_path / "reports.jsonl"
    quiet_batch([str(tmp_path / "in")], output)
    # A different reference date changes every report, so it is part of the extractor key.
    summary = quiet_batch([str(tmp_path / "in")], output, settings=Settings(reference_date="2024-01-31"))
    assert summary.extracted == 4
    assert {r["reference_date"] for r in ledger(output)} == {"2024-01-31"}
    assert len(ledger(tmp_path / "reports.jsonl.prev")) == 4


def test_extractor_key_names_the_version_and_changes_with_options() -> None:
    from dsz_extract import __version__

    key = batch.extractor_key(Settings())
    assert key.startswith(__version__ + "+")
    assert key == batch.extractor_key(Settings(max_bytes=10))  # the size limit does not change reports
    assert key != batch.extractor_key(Settings(reference_date="2023-08-20"))


# --- crash safety: reconciliation -------------------------------------------------------------


def test_lines_written_but_not_committed_are_not_written_again(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 8)
    output = tmp_path / "reports.jsonl"
    quiet_batch([str(tmp_path / "in")], output)
    # A crash between the ledger's fsync and the state commit: the last 3 lines are not done.
    state = State(batch.state_path(output))
    state.con.execute("DELETE FROM done WHERE offset >= (SELECT offset FROM done ORDER BY offset LIMIT 1 OFFSET 5)")
    state.close()
    summary = quiet_batch([str(tmp_path / "in")], output)
    assert (summary.recovered, summary.extracted, summary.unchanged) == (3, 0, 8)
    assert len(ledger(output)) == 8


def test_torn_last_line_is_cut_and_its_document_extracted_again(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 5)
    output = tmp_path / "reports.jsonl"
    quiet_batch([str(tmp_path / "in")], output)
    lines = output.read_bytes().splitlines(keepends=True)
    state = State(batch.state_path(output))
    state.con.execute("DELETE FROM done WHERE offset = ?", (sum(map(len, lines[:4])),))
    state.close()
    output.write_bytes(b"".join(lines[:4]) + lines[4][:37])  # killed inside the last write
    summary = quiet_batch([str(tmp_path / "in")], output)
    assert (summary.recovered, summary.extracted) == (0, 1)
    reports = ledger(output)
    assert len(reports) == 5
    assert Counter(r["source"] for r in reports).most_common(1)[0][1] == 1


def test_deleted_ledger_means_everything_is_extracted_again(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 3)
    output = tmp_path / "reports.jsonl"
    quiet_batch([str(tmp_path / "in")], output)
    output.unlink()
    assert quiet_batch([str(tmp_path / "in")], output).extracted == 3
    assert len(ledger(output)) == 3


def test_ledger_without_state_is_moved_aside(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 3)
    output = tmp_path / "reports.jsonl"
    output.write_text('{"doc_id": "foreign"}\n', encoding="utf-8")
    assert quiet_batch([str(tmp_path / "in")], output).extracted == 3
    assert len(ledger(output)) == 3
    assert ledger(tmp_path / "reports.jsonl.prev") == [{"doc_id": "foreign"}]


def test_edited_ledger_is_refused_not_guessed(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 2)
    output = tmp_path / "reports.jsonl"
    quiet_batch([str(tmp_path / "in")], output)
    with output.open("a", encoding="utf-8") as handle:
        handle.write('{"source": "somewhere/else.txt"}\n')
    with pytest.raises(StateError, match="not from the last batch's plan"):
        quiet_batch([str(tmp_path / "in")], output)


def test_two_batches_cannot_share_a_ledger(tmp_path: Path) -> None:
    output = tmp_path / "reports.jsonl"
    with batch.exclusive_lock(output), pytest.raises(StateError, match="another batch"):
        quiet_batch([str(tmp_path)], output)


SLOW_SITECUSTOMIZE = """\
# Test helper: every extraction sleeps a little, so a SIGKILL lands in the middle of the batch.
import os
import time

from dsz_extract import extractor

_call = extractor.Extractor.__call__


def _slow_call(self, *args, **kwargs):
    time.sleep(float(os.environ["DSZ_TEST_SLOW_MS"]) / 1000)
    return _call(self, *args, **kwargs)


extractor.Extractor.__call__ = _slow_call
"""


def start_batch(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "dsz_extract.cli", "batch", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def kill_after_lines(proc: subprocess.Popen[bytes], output: Path, lines: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if output.exists() and output.read_bytes().count(b"\n") >= lines:
            break
        time.sleep(0.005)
    assert proc.poll() is None, (
        f"the batch ended before {lines} lines: {proc.stderr.read().decode() if proc.stderr else ''}"
    )
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)


@pytest.mark.slow
def test_sigkill_mid_batch_and_restart_leaves_every_document_exactly_once(tmp_path: Path) -> None:
    paths = write_docs(tmp_path / "in", 80)
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SLOW_SITECUSTOMIZE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT / "src")]), "DSZ_TEST_SLOW_MS": "20"}
    output = tmp_path / "out" / "reports.jsonl"
    args = [str(tmp_path / "in"), "-o", str(output), "--jobs", "2"]

    for lines in (10, 45):  # two crashes, at different points
        kill_after_lines(start_batch(args, env), output, lines)
        assert output.read_bytes().count(b"\n") < len(paths)

    final = start_batch(args, env)
    _, stderr = final.communicate(timeout=120)
    assert final.returncode == 0, stderr.decode()
    counts = Counter(r["source"] for r in ledger(output))
    assert set(counts) == set(map(str, paths))  # none lost
    assert set(counts.values()) == {1}  # none twice


# --- failures are records, not a dead batch ----------------------------------------------------


def test_exception_inside_extract_is_an_error_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_docs(tmp_path / "in", 4)
    (tmp_path / "in" / "boom.txt").write_text("这篇报道让规则崩溃。", encoding="utf-8")
    real = batch.extractor_for("rules", None)

    class Exploding:
        def __call__(self, text: str, **kwargs):
            if "崩溃" in text:
                raise RecursionError("a pass recursed without end")
            return real(text, **kwargs)

    monkeypatch.setattr(batch.worker, "extractor_for", lambda ner, model, projects="model": Exploding())
    output = tmp_path / "reports.jsonl"
    summary = quiet_batch([str(tmp_path / "in")], output)
    assert (summary.extracted, summary.failed) == (4, 1)
    (error,) = ledger(tmp_path / "reports.errors.jsonl")
    assert error["file"] == str(tmp_path / "in" / "boom.txt")
    assert error["exception"] == "RecursionError"
    assert "recursed" in error["reason"] and "traceback" in error
    assert error["content_sha256"] is not None


def die_on_poison(source: str, settings: Settings, *known: Any) -> batch.Outcome:
    if "poison" in source:
        os._exit(3)  # a segfault or the OOM killer, as far as the pool can tell
    return batch.process_file(source, settings, *known)


def test_a_dying_worker_costs_only_its_own_document(tmp_path: Path) -> None:
    paths = write_docs(tmp_path / "in", 10)
    (tmp_path / "in" / "poison.txt").write_text(report_text(99), encoding="utf-8")
    context = get_context("fork")  # the test's own work function reaches the workers as they are forked

    def pool() -> Executor:
        return ProcessPoolExecutor(2, mp_context=context)

    output = tmp_path / "reports.jsonl"
    summary = quiet_batch([str(tmp_path / "in")], output, make_executor=pool, work=die_on_poison)
    assert (summary.extracted, summary.failed) == (10, 1)
    assert sorted(r["source"] for r in ledger(output)) == sorted(map(str, paths))
    (error,) = ledger(tmp_path / "reports.errors.jsonl")
    assert error["file"].endswith("poison.txt")
    assert "worker process died" in error["reason"]


def test_failures_are_retried_on_the_next_run(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 2)
    big = tmp_path / "in" / "big.txt"
    big.write_text("签约" * 600, encoding="utf-8")
    output = tmp_path / "reports.jsonl"
    first = quiet_batch([str(tmp_path / "in")], output, settings=Settings(max_bytes=3000))
    assert (first.extracted, first.failed) == (2, 1)
    (error,) = ledger(tmp_path / "reports.errors.jsonl")
    assert error["exception"] == "InputTooLarge"
    assert "3600 bytes, over the --max-bytes limit of 3000" in error["reason"]
    big.write_text("签约" * 100, encoding="utf-8")
    second = quiet_batch([str(tmp_path / "in")], output, settings=Settings(max_bytes=3000))
    assert (second.extracted, second.failed, second.unchanged) == (1, 0, 2)
    assert (tmp_path / "reports.errors.jsonl").read_text() == ""  # the errors file lists what is missing now


# --- the command line ---------------------------------------------------------------------------


def test_command_exit_codes_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_docs(tmp_path / "in", 3)
    output = str(tmp_path / "reports.jsonl")
    assert main(["batch", str(tmp_path / "in"), "-o", output, "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert "3 extracted of 3 input(s)" in err and "docs/s" in err
    assert "\r" not in err  # stderr is not a terminal: no progress bar
    assert main(["batch", str(tmp_path / "in"), str(tmp_path / "missing.txt"), "-o", output]) == 1
    err = capsys.readouterr().err
    assert "1 failed" in err and "3 already in the ledger" in err
    assert main(["batch", str(tmp_path / "in"), "-o", output, "--reference-date", "31.1.2024"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "in"), "-o", output, "--jobs", "0"]) == 2
    assert "must be positive" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "in"), "-o", output, "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_progress_bar_counts_documents_and_errors(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 3)
    (tmp_path / "in" / "bad.txt").write_bytes(bytes(range(256)) * 8)
    stderr = io.StringIO()
    run_batch([str(tmp_path / "in")], tmp_path / "r.jsonl", make_executor=threads, jobs=2, progress=True, stderr=stderr)
    bar = stderr.getvalue()  # not a terminal: plain progress lines, the last one at the end
    assert "4/4 documents" in bar and "docs/s" in bar and "errors 1" in bar and "\r" not in bar


# --- the output path, the old ledgers, odd inputs and a broken state ---------------------------


@pytest.mark.parametrize("slash", ["/", ""])
def test_output_that_is_a_folder_gets_the_ledger_inside_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], slash: str
) -> None:
    write_docs(tmp_path / "in", 2)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "mine.txt").write_text("the user's own file", encoding="utf-8")
    assert main(["batch", str(tmp_path / "in"), "-o", str(folder) + slash]) == 0
    assert folder.is_dir() and (folder / "mine.txt").read_text(encoding="utf-8") == "the user's own file"
    assert not (tmp_path / "out.prev").exists()
    assert len(ledger(folder / "reports.jsonl")) == 2
    assert (folder / "reports.errors.jsonl").exists()
    assert f"ledger {folder / 'reports.jsonl'}" in capsys.readouterr().err
    assert main(["batch", str(tmp_path / "in"), "-o", str(folder) + slash, "-q"]) == 0  # the same ledger again
    assert len(ledger(folder / "reports.jsonl")) == 2


def test_a_new_folder_named_with_a_trailing_slash_holds_the_ledger(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 1)
    assert main(["batch", str(tmp_path / "in"), "-o", f"{tmp_path}/new/", "-q"]) == 0
    assert len(ledger(tmp_path / "new" / "reports.jsonl")) == 1


def test_moving_old_ledgers_aside_never_overwrites_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_docs(tmp_path / "in", 3)
    output = tmp_path / "reports.jsonl"
    output.write_text('{"doc_id": "first"}\n', encoding="utf-8")  # a ledger without state: moved aside
    args = ["batch", str(tmp_path / "in"), "-o", str(output)]
    assert main(args) == 0
    batch.state_path(output).unlink()  # the state deleted: the ledger is moved aside again
    assert main(args) == 0
    batch.state_path(output).unlink()
    assert main(args) == 0
    assert ledger(tmp_path / "reports.jsonl.prev") == [{"doc_id": "first"}]
    assert len(ledger(tmp_path / "reports.jsonl.prev.1")) == 3
    assert len(ledger(tmp_path / "reports.jsonl.prev.2")) == 3
    assert len(ledger(output)) == 3
    assert "the old ledger is now" in capsys.readouterr().err


def test_a_file_name_over_255_bytes_is_an_error_record_and_the_rest_extracted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, last = write_docs(tmp_path / "in", 2)
    too_long = str(tmp_path / ("长" * 90 + ".txt"))  # 274 bytes in UTF-8
    output = tmp_path / "reports.jsonl"
    assert main(["batch", str(first), too_long, str(last), "-o", str(output)]) == 1
    assert sorted(r["source"] for r in ledger(output)) == [str(first), str(last)]
    (error,) = ledger(tmp_path / "reports.errors.jsonl")
    assert error["file"] == too_long
    assert "name too long" in error["reason"]
    assert "1 failed" in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_reported_as_not_a_regular_file(tmp_path: Path) -> None:
    (good,) = write_docs(tmp_path / "in", 1)
    fifo = tmp_path / "in" / "pipe.txt"
    os.mkfifo(fifo)
    output = tmp_path / "reports.jsonl"
    for inputs in ([str(fifo), str(good)], [str(tmp_path / "in")]):  # named, or found in a folder
        output.unlink(missing_ok=True)
        summary = quiet_batch(inputs, output)  # a FIFO is never opened: that would wait for a writer
        assert (summary.extracted, summary.failed) == (1, 1)
        (error,) = ledger(tmp_path / "reports.errors.jsonl")
        assert error["file"] == str(fifo)
        assert error["exception"] == "NotARegularFile"
        assert "not a regular file (a FIFO)" in error["reason"]


def corrupt_header(path: Path) -> None:
    path.write_bytes(b"these bytes are not SQLite" * 200)


def corrupt_pages(path: Path) -> None:
    with path.open("r+b") as handle:  # the header survives, the tables' pages do not
        handle.seek(4096)
        handle.write(b"\xff" * 8192)


@pytest.mark.parametrize("corrupt", [corrupt_header, corrupt_pages])
def test_a_malformed_state_database_names_the_file_and_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], corrupt
) -> None:
    write_docs(tmp_path / "in", 30)
    output = tmp_path / "reports.jsonl"
    assert main(["batch", str(tmp_path / "in"), "-o", str(output), "-q"]) == 0
    state = batch.state_path(output)
    corrupt(state)
    assert main(["batch", str(tmp_path / "in"), "-o", str(output)]) == 2
    err = capsys.readouterr().err
    assert f"{state}: not a usable batch state database" in err
    assert "delete it" in err and "Traceback" not in err
    state.unlink()  # the fix the message names
    assert main(["batch", str(tmp_path / "in"), "-o", str(output), "-q"]) == 0
    assert len(ledger(output)) == 30 and len(ledger(tmp_path / "reports.jsonl.prev")) == 30


# --- the time limit ------------------------------------------------------------------------------


class SlowOnSignal:
    """A stub extractor: a text containing 慢 takes a minute; the others are extracted for real."""

    def __init__(self) -> None:
        self.real = batch.extractor_for("rules", None)

    def __call__(self, text: str, **kwargs):
        if "慢" in text:
            time.sleep(60)
        return self.real(text, **kwargs)


def one_forked_worker() -> Executor:
    # One worker, so the documents after the slow one prove that this same worker went on.
    return ProcessPoolExecutor(1, mp_context=get_context("fork"))


def test_a_document_over_the_time_limit_is_an_error_record_and_the_worker_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_docs(tmp_path / "in", 4)
    (tmp_path / "in" / "doc0000-slow.txt").write_text("这篇报道很慢。", encoding="utf-8")
    monkeypatch.setattr(batch.worker, "extractor_for", lambda ner, model, projects="model": SlowOnSignal())
    output = tmp_path / "reports.jsonl"
    settings = Settings(time_limit=0.5)
    summary = quiet_batch([str(tmp_path / "in")], output, settings=settings, make_executor=one_forked_worker, jobs=1)
    assert (summary.extracted, summary.failed) == (4, 1)
    assert sorted(r["source"] for r in ledger(output)) == sorted(map(str, paths))
    (error,) = ledger(tmp_path / "reports.errors.jsonl")
    assert error["file"].endswith("doc0000-slow.txt")
    assert (error["exception"], error["reason"]) == ("TimeLimitExceeded", "time limit of 0.5 s exceeded")
    assert error["content_sha256"] is not None and "traceback" not in error
    assert len(summary.worker_max_rss) == 1  # the worker that timed out extracted the rest
    assert summary.timed_out == 1
    assert "1 failed (1 over the time limit; see " in summary.line(output, tmp_path / "reports.errors.jsonl")


def test_a_worker_that_fails_its_check_after_a_timeout_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_docs(tmp_path / "in", 4)
    (tmp_path / "in" / "doc0000-slow.txt").write_text("这篇报道很慢。", encoding="utf-8")
    monkeypatch.setattr(batch.worker, "extractor_for", lambda ner, model, projects="model": SlowOnSignal())
    monkeypatch.setattr(batch.worker, "still_sane", lambda settings: False)
    output = tmp_path / "reports.jsonl"
    settings = Settings(time_limit=0.5)
    summary = quiet_batch([str(tmp_path / "in")], output, settings=settings, make_executor=one_forked_worker, jobs=1)
    assert (summary.extracted, summary.failed) == (4, 1)
    assert sorted(r["source"] for r in ledger(output)) == sorted(map(str, paths))
    (error,) = ledger(tmp_path / "reports.errors.jsonl")
    assert error["reason"] == "time limit of 0.5 s exceeded"
    assert len(summary.worker_max_rss) >= 2  # the worker retired and another took its place


def test_time_limit_option_reaches_the_workers_and_zero_turns_it_off(tmp_path: Path) -> None:
    parser = __import__("argparse").ArgumentParser()
    batch.configure(parser)
    args = parser.parse_args([str(tmp_path), "-o", str(tmp_path / "r.jsonl")])
    assert args.time_limit == batch.DEFAULT_TIME_LIMIT == 30
    assert batch.settings_from(parser.parse_args([str(tmp_path), "-o", "r", "--time-limit", "0"])).time_limit is None
    assert batch.settings_from(parser.parse_args([str(tmp_path), "-o", "r", "--time-limit", "2.5"])).time_limit == 2.5
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "r.jsonl"), "--time-limit", "-1"]) == 2
    assert batch.extractor_key(Settings(time_limit=1)) == batch.extractor_key(Settings())  # reports do not change


def test_the_first_failures_are_named_on_stderr_as_they_happen(tmp_path: Path) -> None:
    write_docs(tmp_path / "in", 2)
    missing = [str(tmp_path / f"gone{i:02d}.txt") for i in range(batch.NAMED_FAILURES + 2)]
    stderr = io.StringIO()
    output = tmp_path / "reports.jsonl"
    summary = run_batch([str(tmp_path / "in"), *missing], output, make_executor=threads, progress=False, stderr=stderr)
    assert (summary.extracted, summary.failed) == (2, len(missing))
    named = [line for line in stderr.getvalue().splitlines() if line.startswith("dsz-extract batch: error: ")]
    assert named[0] == f"dsz-extract batch: error: {missing[0]}: no such file, folder or glob match (FileNotFoundError)"
    assert len(named) == batch.NAMED_FAILURES
    assert f"further failures are only in {tmp_path / 'reports.errors.jsonl'}" in stderr.getvalue()
    assert len(ledger(tmp_path / "reports.errors.jsonl")) == len(missing)  # the file has them all
