"""One batch: plan what to extract, run it, and route each outcome to the ledger or the errors file."""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from ..provenance import Manifest, doc_ids
from .inputs import NotARegularFile, check_regular, expand_rooted_inputs, hash_file
from .ledger import Ledger, check_ledger_file, ledger_path, open_ledger
from .pool import ExecutorFactory, Task, Work, dask_executor, default_jobs, local_executor_factory, run_tasks
from .state import State, StateError, extractor_key, state_path, unusable_state
from .worker import InputTooLarge, Outcome, Settings, error_record, process_file

# Racy-stat guard (as git's index): a file modified this recently is hashed again next time.
STAT_CACHE_MIN_AGE_NS = 2_000_000_000
DEFAULT_SETTINGS = Settings()
# Failures named on stderr as they happen (all of them are in the errors file).
NAMED_FAILURES = 10


@dataclasses.dataclass
class Summary:
    found: int = 0
    unchanged: int = 0
    duplicates: int = 0
    recovered: int = 0
    extracted: int = 0
    failed: int = 0
    timed_out: int = 0  # of the failed: over the time limit
    seconds: float = 0.0  # the whole run: planning, worker start-up, extraction, commit
    outcomes: int = 0
    first_outcome: float = 0.0  # time.monotonic() of the first and the last result from a worker
    last_outcome: float = 0.0
    worker_max_rss: dict[int, int] = dataclasses.field(default_factory=dict)  # pid -> peak RSS (bytes)
    worker_cpu_seconds: dict[int, float] = dataclasses.field(default_factory=dict)  # pid -> CPU time

    @property
    def docs_per_second(self) -> float:
        return (self.extracted + self.failed) / self.seconds if self.seconds > 0 else 0.0

    @property
    def steady_docs_per_second(self) -> float:
        """Results per second once the workers are up (from the first result to the last)."""
        span = self.last_outcome - self.first_outcome
        return (self.outcomes - 1) / span if self.outcomes > 1 and span > 0 else 0.0

    def line(self, output: Path, errors: Path) -> str:
        parts = [f"{self.extracted} extracted"]
        if self.failed:
            timed_out = f"{self.timed_out} over the time limit; " if self.timed_out else ""
            parts.append(f"{self.failed} failed ({timed_out}see {errors})")
        if self.unchanged:
            parts.append(f"{self.unchanged} already in the ledger")
        if self.duplicates:
            parts.append(f"{self.duplicates} duplicate content skipped")
        if self.recovered:
            parts.append(f"{self.recovered} recovered from an interrupted run")
        rss = max(self.worker_max_rss.values(), default=0) / 2**20
        speed = f"{self.seconds:.1f} s, {self.docs_per_second:.1f} docs/s, peak worker RSS {rss:.0f} MB"
        return f"dsz-extract batch: {', '.join(parts)} of {self.found} input(s) in {speed}; ledger {output}"


class ErrorLog:
    """This run's failures, one JSON line each, flushed as they happen; the first few also named on stderr."""

    def __init__(self, path: Path, say: Callable[[str], None] | None = None, named: int = NAMED_FAILURES) -> None:
        self.path = path
        self.handle: TextIO = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.count = 0
        self.say = say
        self.named = named if say is not None else 0

    def write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()
        self.count += 1
        self._name_on_stderr(record)

    def _name_on_stderr(self, record: dict[str, Any]) -> None:
        if self.say is None or self.count > self.named:
            return
        reason = str(record.get("reason", ""))
        where = "" if reason.startswith(str(record["file"])) else f"{record['file']}: "
        self.say(f"dsz-extract batch: error: {where}{reason} ({record.get('exception')})")
        if self.count == self.named:
            self.say(f"dsz-extract batch: further failures are only in {self.path}")

    def close(self) -> None:
        self.handle.close()


def default_errors_path(output: Path) -> Path:
    name = output.name[: -len(".jsonl")] if output.name.endswith(".jsonl") else output.name
    return output.with_name(name + ".errors.jsonl")


@contextlib.contextmanager
def exclusive_lock(output: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory lock
        yield
        return
    with open(output.with_name(output.name + ".lock"), "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StateError(f"{output}: another batch is writing this ledger") from exc
        yield


def _plan(
    files: Sequence[str],
    done: set[str],
    state: State,
    max_bytes: int,
    errors: ErrorLog,
    summary: Summary,
    make_task: Callable[[str, str], Task] = Task,
) -> tuple[list[Task], list[tuple[str, int, int, str]]]:
    """Hash every input (reusing hashes of unchanged files) and keep those whose content is not done.

    Content already in the ledger is skipped, unless it is a file changed back to an earlier
    version: the ledger's last report of that path must describe what the path holds now. An
    input that cannot be planned (missing, too large, a FIFO, a name the system refuses) is an
    error record, and planning goes on.
    """
    latest = state.latest_by_source()
    planned: set[str] = set()
    tasks: list[Task] = []
    stats: list[tuple[str, int, int, str]] = []
    now = time.time_ns()
    for source in files:
        try:
            st = os.stat(source)
            check_regular(source, st.st_mode)
            if st.st_size > max_bytes:
                raise InputTooLarge(f"{source}: {st.st_size} bytes, over the --max-bytes limit of {max_bytes}")
            absolute = os.path.abspath(source)
            sha256 = state.cached_hash(absolute, st.st_size, st.st_mtime_ns) or hash_file(source)
        except (OSError, InputTooLarge, NotARegularFile) as exc:
            errors.write(error_record(source, exc))
            continue
        if now - st.st_mtime_ns > STAT_CACHE_MIN_AGE_NS:
            stats.append((absolute, st.st_size, st.st_mtime_ns, sha256))
        if sha256 in done and latest.get(source, sha256) == sha256:
            summary.unchanged += 1
        elif sha256 in planned:
            summary.duplicates += 1
        else:
            planned.add(sha256)
            tasks.append(make_task(source, sha256))
    return tasks, stats


# Seconds between two progress lines when stderr is not a terminal (a log, `!dsz-extract batch` in Jupyter).
PROGRESS_EVERY = 5.0


def _progress(total: int, enabled: bool, stderr: TextIO) -> Any:
    """A tqdm bar on a terminal; a notebook bar when called inside Jupyter; else a periodic line."""
    from tqdm import tqdm

    if not enabled:
        return tqdm(total=total, disable=True)
    if _is_terminal(stderr):
        columns, lines = _terminal_size(stderr)
        return tqdm(total=total, unit="doc", file=stderr, ncols=columns, nrows=lines, smoothing=0.05)
    if _in_notebook():  # run_batch() called in a notebook: a widget (or text) bar there
        from tqdm.auto import tqdm as auto_tqdm

        return auto_tqdm(total=total, unit="doc")
    return PeriodicLine(total, stderr)


def _in_notebook() -> bool:
    """Whether this process is a Jupyter kernel running a cell (not merely one that imported IPython)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None and hasattr(ipython, "get_ipython") else None
    return type(shell).__name__ == "ZMQInteractiveShell"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class PeriodicLine:
    """Progress as a plain line on stderr every PROGRESS_EVERY seconds (what a log or a notebook cell
    running the command shows; a bar's carriage returns would pile up there)."""

    def __init__(self, total: int, stream: TextIO, every: float = PROGRESS_EVERY) -> None:
        self.total, self.stream, self.every = total, stream, every
        self.done = 0
        self.postfix: dict[str, Any] = {}
        self.started = self.last = time.monotonic()

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._line(now)

    def _line(self, now: float) -> None:
        rate = self.done / (now - self.started) if now > self.started else 0.0
        extra = "".join(f", {k} {v}" for k, v in self.postfix.items())
        print(f"dsz-extract batch: {self.done}/{self.total} documents, {rate:.1f} docs/s{extra}", file=self.stream)
        self.stream.flush()

    def set_postfix(self, refresh: bool = True, **values: Any) -> None:
        self.postfix = values

    def __enter__(self) -> PeriodicLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self._line(time.monotonic())  # the count reached, whether or not a line was due


def _terminal_size(stream: TextIO) -> tuple[int, int]:
    """Columns and lines, 100 x 24 where the terminal reports 0 (some pseudo-terminals do, and tqdm
    then hides the bar)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 100, 24
    return size.columns or 100, size.lines or 24


def _say_to(stderr: TextIO) -> Callable[[str], None]:
    """Print a line on stderr above the progress bar, if one is shown."""
    from tqdm import tqdm

    def say(line: str) -> None:
        tqdm.write(line, file=stderr)

    return say


def run_batch(
    inputs: Sequence[str],
    output: str | Path,
    *,
    jobs: int | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    scheduler: str | None = None,
    errors_path: str | Path | None = None,
    progress: bool | None = None,
    stderr: TextIO | None = None,
    make_executor: ExecutorFactory | None = None,
    work: Work = process_file,
    named_failures: int = NAMED_FAILURES,
    manifest: Manifest | None = None,
) -> Summary:
    """Extract every input not yet in the ledger `output`; see the package docstring.

    `manifest` gives each file its url, title and publication date; a changed manifest changes
    the extractor key, so every document is extracted again. A document's id is its path below
    the input it was found under (`dsz_extract.provenance.doc_ids`), unique in the run.

    `output` is the ledger file, or a folder (existing, or with a trailing slash) that holds
    reports.jsonl. `make_executor` replaces the worker pool (tests, other backends); `scheduler`
    is a Dask scheduler address. The first `named_failures` failures are also named on stderr.
    Raises StateError when the ledger or its state cannot be used. Worker processes start from a
    fork server that imports the calling script's main module again, so a script calls this under
    `if __name__ == "__main__":`, as multiprocessing requires.
    """
    stderr = stderr if stderr is not None else sys.stderr
    output = ledger_path(output)
    check_ledger_file(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    errors_file = Path(errors_path) if errors_path else default_errors_path(output)
    summary = Summary()
    started = time.monotonic()
    rooted, missing = expand_rooted_inputs(inputs)
    files = list(rooted)
    ids = doc_ids(list(rooted.items()))
    summary.found = len(files) + len(missing)
    say = _say_to(stderr) if named_failures > 0 else None
    try:
        with exclusive_lock(output), contextlib.ExitStack() as stack:
            state = State(state_path(output))
            stack.callback(state.close)
            key = extractor_key(settings, manifest.sha256 if manifest else None)
            summary.recovered = open_ledger(output, state, key, stderr)
            errors = ErrorLog(errors_file, say, named_failures)
            stack.callback(errors.close)
            for item in missing:
                errors.write(error_record(item, FileNotFoundError(f"{item}: no such file, folder or glob match")))
            done = state.done_hashes(key)

            def make_task(source: str, sha256: str) -> Task:
                return Task(source, sha256, ids[source], manifest.lookup(source) if manifest else None)

            tasks, stats = _plan(files, done, state, settings.max_bytes, errors, summary, make_task)
            state.set_plan({t.source: t.sha256 for t in tasks}, stats)  # step 1: the plan, before any line
            ledger = Ledger(output, state, key)
            stack.callback(ledger.close)
            if tasks:
                if make_executor is None:
                    make_executor, jobs = _executor(stack, scheduler, jobs, len(tasks), settings)
                jobs = jobs or default_jobs()
                enabled = True if progress is None else progress
                bar = stack.enter_context(_progress(len(tasks), enabled, stderr))
                shown_errors = -1  # the first result shows "errors 0"
                for task, outcome in run_tasks(tasks, settings, make_executor, in_flight=4 * jobs, work=work):
                    _record(outcome, task, state, ledger, errors, done, summary)
                    bar.update(1)
                    if errors.count != shown_errors:  # formatting the postfix per document costs more than the rest
                        shown_errors = errors.count
                        bar.set_postfix(errors=shown_errors, refresh=False)
            summary.failed = errors.count
    except sqlite3.DatabaseError as exc:  # the state file is damaged (or cannot be written) mid-run
        raise unusable_state(state_path(output), exc) from exc
    summary.seconds = time.monotonic() - started
    return summary


def _executor(
    stack: contextlib.ExitStack, scheduler: str | None, jobs: int | None, tasks: int, settings: Settings
) -> tuple[ExecutorFactory, int]:
    """The pool: a Dask cluster's (as many jobs as it has threads) or local worker processes."""
    if scheduler:
        make_executor, cluster_threads = stack.enter_context(dask_executor(scheduler))
        return make_executor, jobs or cluster_threads
    jobs = jobs or default_jobs()
    return local_executor_factory(min(jobs, tasks), settings), jobs


def _record(
    outcome: Outcome, task: Task, state: State, ledger: Ledger, errors: ErrorLog, done: set[str], summary: Summary
) -> None:
    """Route one outcome: a report to the ledger (`done` grows), an error to the error log."""
    summary.last_outcome = time.monotonic()
    summary.first_outcome = summary.first_outcome or summary.last_outcome
    summary.outcomes += 1
    if outcome.worker_pid:
        summary.worker_max_rss[outcome.worker_pid] = outcome.worker_max_rss
        summary.worker_cpu_seconds[outcome.worker_pid] = outcome.worker_cpu_seconds
    if not outcome.ok:
        error = outcome.error or error_record(task.source, RuntimeError("no result"))
        errors.write(error)
        summary.timed_out += error.get("exception") == "TimeLimitExceeded"
        return
    assert outcome.line is not None and outcome.sha256 is not None
    if outcome.sha256 != task.sha256 and outcome.sha256 in done:  # changed during the run into known content
        summary.duplicates += 1
        return
    if outcome.sha256 != task.sha256:  # the file changed since planning: the plan must name what is written
        state.replan(task.source, outcome.sha256)
    ledger.append(outcome.line, outcome.sha256, task.source, task.doc_id or Path(task.source).stem)
    done.add(outcome.sha256)
    summary.extracted += 1
