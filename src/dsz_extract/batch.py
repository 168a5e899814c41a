"""`dsz-extract batch`: many files on all cores or a Dask cluster, incremental and crash-safe.

    dsz-extract batch reports/ 'more/**/*.txt' -o reports.jsonl --jobs 8

Files beside the output (for ``-o reports.jsonl``):

- ``reports.jsonl``               one report per line (the ledger); only ever appended to. When a
                                  file changes, its new report is appended: the last line of a
                                  source is its current reading (`dsz-extract export` keeps only it).
- ``reports.errors.jsonl``        this run's failures: file, reason, exception type.
- ``reports.jsonl.state.sqlite``  what is done, keyed by content SHA-256 and extractor key.
- ``reports.jsonl.lock``          held while a batch runs, so two batches never share a ledger.

Incremental: a document is done when its content hash is in the state under the current
extractor key (package version + a hash of the package's code and data + the options that change
output). A re-run extracts only new or changed content. When the extractor key changes, the old
ledger is moved aside to ``reports.jsonl.prev`` and everything is extracted again, so the ledger
holds one reading per document from one extractor. Identical content under two paths is one
document (the first path is reported). Failed files are never marked done: every run retries
them, so after any run the errors file lists exactly the inputs missing from the ledger.

Crash safety (a SIGKILL at any instant, then a restart, leaves every document in the ledger
exactly once and none lost). Only the parent process writes the ledger and the state, in this
order:

1. Plan: before any report is written, one transaction stores the run's plan, ``source path ->
   content hash``, for every file to extract. Every ledger line carries its ``source``, so the plan
   maps any line of this run back to its content hash.
2. Append: each report is appended as one line to the ledger and flushed to the OS.
3. Group commit: every few hundred milliseconds (and at the end) the ledger is fsynced, THEN one
   transaction marks the lines written since the last commit as done, each with its byte offset
   and length in the ledger.

The state can thus only lag the ledger, never lead it. On start, before planning, the run
reconciles: done rows whose bytes are no longer in the ledger (ledger truncated or deleted) are
forgotten; the ledger's bytes after the last done row are read, a torn last line (no newline) is
cut off and fsynced away, and every complete line there is marked done through the previous run's
plan. So a report written but not committed is never written twice, and a report committed is
always in the ledger.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import functools
import glob
import hashlib
import io
import json
import os
import signal
import sqlite3
import sys
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import IO, Any, TextIO

from .htmltext import HTML_SUFFIXES, text_of
from .pipeline import parse_reference_date
from .text import DecodeError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
INPUT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)
# Group commit: fsync + one state transaction at most this often, or after this many reports.
COMMIT_SECONDS = 0.25
COMMIT_REPORTS = 500
# Racy-stat guard (as git's index): a file modified this recently is hashed again next time.
STAT_CACHE_MIN_AGE_NS = 2_000_000_000


# --- the worker side ----------------------------------------------------------------------------


class InputTooLarge(ValueError):
    """A file over the --max-bytes limit; skipped without reading it whole."""


@dataclasses.dataclass(frozen=True)
class Settings:
    """What a worker needs besides the path; small and picklable."""

    reference_date: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    ner: str = "rules"
    hanlp_model: str | None = None


@dataclasses.dataclass(frozen=True)
class Outcome:
    """One input's result: a report as a JSON line, or an error record."""

    source: str
    sha256: str | None
    line: str | None = None
    error: dict[str, Any] | None = None
    worker_pid: int = 0
    worker_max_rss: int = 0  # bytes
    worker_cpu_seconds: float = 0.0  # the worker process's CPU time so far

    @property
    def ok(self) -> bool:
        return self.line is not None


def error_record(source: str, exc: BaseException, sha256: str | None = None) -> dict[str, Any]:
    return {"file": source, "reason": str(exc) or repr(exc), "exception": type(exc).__name__, "content_sha256": sha256}


@functools.lru_cache(maxsize=4)
def extractor_for(ner: str, hanlp_model: str | None) -> Any:
    from .extractor import Extractor

    return Extractor(ner=ner, hanlp_model=hanlp_model)  # type: ignore[arg-type]


def init_worker(settings: Settings) -> None:
    """Load the extractor once per worker (and its lazy data, by extracting a short text)."""
    # Ctrl-C is the parent's to handle: it stops the pool and commits what was written.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extractor = extractor_for(settings.ner, settings.hanlp_model)
    # A failure here must not kill the worker: the same failure then becomes each document's error record.
    with contextlib.suppress(Exception):
        extractor("2023年8月18日，聊城市签约项目21个，总投资39.5亿元，同比增长16%。", reference_date="2023-08-20")


def peak_rss_bytes() -> int:
    """This process's peak resident set size; 0 where the platform cannot tell (Windows)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB on Linux


def read_limited(source: str, max_bytes: int) -> bytes:
    """The file's bytes; InputTooLarge (naming the file) beyond max_bytes, without reading it all."""
    with open(source, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = os.path.getsize(source)
        raise InputTooLarge(f"{source}: {size} bytes, over the --max-bytes limit of {max_bytes}")
    return data


def process_file(source: str, settings: Settings) -> Outcome:
    """Read, decode and extract one file. Never raises: any failure is an error record."""
    sha256 = None
    try:
        data = read_limited(source, settings.max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        text, warnings = text_of(data, source)
        report = extractor_for(settings.ner, settings.hanlp_model)(
            text,
            reference_date=settings.reference_date,
            doc_id=Path(source).stem,
            source=source,
            warnings=tuple(warnings),
        )
        line = report.model_dump_json()
    except Exception as exc:  # a bug or a bad file costs this one document, never the batch
        error = error_record(source, exc, sha256)
        if not isinstance(exc, (OSError, DecodeError, InputTooLarge)):  # not the file's fault: show where
            error["traceback"] = traceback.format_exc(limit=-3)
        return Outcome(source, sha256, error=error, **_worker_usage())
    return Outcome(source, sha256, line=line, **_worker_usage())


def _worker_usage() -> dict[str, Any]:
    return {"worker_pid": os.getpid(), "worker_max_rss": peak_rss_bytes(), "worker_cpu_seconds": time.process_time()}


# --- inputs -------------------------------------------------------------------------------------


def _has_glob_magic(item: str) -> bool:
    return any(c in item for c in "*?[")


def _files_below(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES)


def expand_inputs(items: Iterable[str]) -> tuple[list[str], list[str]]:
    """Files, folders (every text or HTML file below, recursively) and globs -> (files, missing).

    Files named explicitly are taken whatever their suffix; duplicates are dropped, order kept.
    """
    files: dict[str, None] = {}
    missing: list[str] = []
    for item in items:
        path = Path(item)
        if path.is_file():
            matches = [item]
        elif path.is_dir():
            matches = _files_below(path)
        elif _has_glob_magic(item):
            matches = []
            for hit in sorted(glob.glob(item, recursive=True)):
                matches.extend(_files_below(Path(hit)) if Path(hit).is_dir() else [hit])
        else:
            matches = []
        if not matches and not path.is_dir():
            missing.append(item)
        for match in matches:
            files.setdefault(match, None)
    return list(files), missing


def hash_file(source: str) -> str:
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- the extractor key ----------------------------------------------------------------------------


# Modules that read, write or present reports but do not change what a report says.
_NOT_EXTRACTION = frozenset({"batch.py", "cli.py", "dask.py", "evaluate.py", "export.py", "frames.py", "html.py"})


@functools.lru_cache(maxsize=1)
def package_digest() -> str:
    """SHA-256 over the package's extraction code and data: a rule edit changes the key without a release."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        if relative in _NOT_EXTRACTION:
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extractor_key(settings: Settings) -> str:
    from . import __version__

    options = {"ner": settings.ner, "hanlp_model": settings.hanlp_model, "reference_date": settings.reference_date}
    return f"{__version__}+{package_digest()[:16]}+{hashlib.sha256(json.dumps(options, sort_keys=True).encode()).hexdigest()[:8]}"


# --- the state database ---------------------------------------------------------------------------

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS done (
    sha256 TEXT NOT NULL, extractor TEXT NOT NULL, source TEXT NOT NULL, doc_id TEXT,
    offset INTEGER NOT NULL, length INTEGER NOT NULL, PRIMARY KEY (sha256, extractor));
CREATE TABLE IF NOT EXISTS plan (source TEXT PRIMARY KEY, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL);
"""


class StateError(RuntimeError):
    """The ledger and its state do not fit together in a way a restart cannot repair."""


@dataclasses.dataclass(frozen=True)
class DoneRow:
    sha256: str
    source: str
    doc_id: str | None
    offset: int
    length: int


class State:
    """The SQLite state beside the ledger. Every method that writes commits one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=FULL")
        self.con.executescript(_SCHEMA)

    def close(self) -> None:
        self.con.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.con.execute("BEGIN IMMEDIATE")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def get(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def reset(self, key: str) -> None:
        """A new extractor key: nothing is done under it, the previous plan is void."""
        with self.transaction() as con:
            con.execute("DELETE FROM done")
            con.execute("DELETE FROM plan")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('extractor', ?)", (key,))

    def done_hashes(self, key: str) -> set[str]:
        return {row[0] for row in self.con.execute("SELECT sha256 FROM done WHERE extractor = ?", (key,))}

    def committed_end(self) -> int:
        """The ledger offset up to which every line is known done."""
        row = self.con.execute("SELECT MAX(offset + length) FROM done").fetchone()
        return int(row[0] or 0)

    def forget_beyond(self, size: int) -> int:
        """Drop done rows whose line is not (wholly) in a ledger of `size` bytes; -> rows dropped."""
        with self.transaction() as con:
            return con.execute("DELETE FROM done WHERE offset + length > ?", (size,)).rowcount

    def planned(self) -> dict[str, str]:
        return dict(self.con.execute("SELECT source, sha256 FROM plan"))

    def set_plan(self, plan: dict[str, str], stats: Sequence[tuple[str, int, int, str]]) -> None:
        with self.transaction() as con:
            con.execute("DELETE FROM plan")
            con.executemany("INSERT INTO plan VALUES (?, ?)", plan.items())
            con.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", stats)

    def replan(self, source: str, sha256: str) -> None:
        with self.transaction() as con:
            con.execute("INSERT OR REPLACE INTO plan VALUES (?, ?)", (source, sha256))

    def mark_done(self, key: str, rows: Iterable[DoneRow]) -> None:
        with self.transaction() as con:
            con.executemany(
                "INSERT OR REPLACE INTO done VALUES (?, ?, ?, ?, ?, ?)",
                [(r.sha256, key, r.source, r.doc_id, r.offset, r.length) for r in rows],
            )

    def latest_by_source(self) -> dict[str, str]:
        """source -> content hash of its last report in the ledger."""
        return dict(self.con.execute("SELECT source, sha256 FROM done ORDER BY offset"))

    def cached_hash(self, path: str, size: int, mtime_ns: int) -> str | None:
        row = self.con.execute(
            "SELECT sha256 FROM files WHERE path = ? AND size = ? AND mtime_ns = ?", (path, size, mtime_ns)
        ).fetchone()
        return row[0] if row else None


# --- the ledger -------------------------------------------------------------------------------------


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def reconcile(output: Path, state: State, key: str) -> int:
    """Make the state agree with the ledger after any crash; -> number of lines newly marked done.

    See the module docstring for why this is all a restart needs.
    """
    size = output.stat().st_size if output.exists() else 0
    state.forget_beyond(size)
    start = state.committed_end()
    if start >= size:
        return 0
    with open(output, "rb") as handle:
        handle.seek(start)
        tail = handle.read()
    complete_end = tail.rfind(b"\n") + 1
    if complete_end < len(tail):  # torn last line: the process died inside its write
        with open(output, "r+b") as handle:
            handle.truncate(start + complete_end)
            handle.flush()
            os.fsync(handle.fileno())
    plan = state.planned()
    rows: list[DoneRow] = []
    offset = start
    for raw in tail[:complete_end].splitlines(keepends=True):
        rows.append(_row_for_line(raw, offset, plan, output))
        offset += len(raw)
    state.mark_done(key, rows)
    return len(rows)


def _row_for_line(raw: bytes, offset: int, plan: dict[str, str], output: Path) -> DoneRow:
    try:
        report = json.loads(raw)
        source = report["source"]
    except (ValueError, KeyError, TypeError) as exc:
        raise StateError(f"{output}: the line at byte {offset} is not a report; was the ledger edited?") from exc
    if source not in plan:
        raise StateError(
            f"{output}: the report of {source} at byte {offset} is not from the last batch's plan; was the ledger"
            " edited? Move the ledger aside (or delete its .state.sqlite) to start afresh"
        )
    return DoneRow(plan[source], source, report.get("doc_id"), offset, len(raw))


def _move_aside(output: Path, why: str, stderr: TextIO) -> None:
    if not output.exists() or output.stat().st_size == 0:
        return
    previous = output.with_name(output.name + ".prev")
    os.replace(output, previous)
    _fsync_dir(output.parent)
    print(f"dsz-extract batch: {why}; the old ledger is now {previous}", file=stderr)


def open_ledger(output: Path, state: State, key: str, stderr: TextIO) -> int:
    """Reconcile, and start a fresh ledger when it was written by another extractor; -> lines recovered."""
    stored = state.get("extractor")
    if stored is None:
        _move_aside(output, "no state for the existing ledger, so it is started afresh", stderr)
        state.reset(key)
        return 0
    recovered = reconcile(output, state, stored)
    if stored != key:
        _move_aside(output, f"the extractor changed ({stored} -> {key}): every document is extracted again", stderr)
        state.reset(key)
        return 0
    return recovered


class Ledger:
    """Appends report lines and commits them to the state in the crash-safe order."""

    def __init__(self, output: Path, state: State, key: str) -> None:
        self.state = state
        self.key = key
        self.handle: IO[bytes] = open(output, "ab")  # noqa: SIM115 - closed in close()
        self.position = self.handle.seek(0, os.SEEK_END)
        self.pending: list[DoneRow] = []
        self.last_commit = time.monotonic()

    def append(self, line: str, sha256: str, source: str, doc_id: str | None) -> None:
        data = line.encode("utf-8") + b"\n"
        self.handle.write(data)
        self.handle.flush()
        self.pending.append(DoneRow(sha256, source, doc_id, self.position, len(data)))
        self.position += len(data)
        if len(self.pending) >= COMMIT_REPORTS or time.monotonic() - self.last_commit >= COMMIT_SECONDS:
            self.commit()

    def commit(self) -> None:
        """fsync the ledger, THEN mark its new lines done: the state never runs ahead of the ledger."""
        if self.pending:
            os.fsync(self.handle.fileno())
            self.state.mark_done(self.key, self.pending)
            self.pending = []
        self.last_commit = time.monotonic()

    def close(self) -> None:
        self.commit()
        self.handle.close()


# --- running the work -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Task:
    source: str
    sha256: str


ExecutorFactory = Callable[[], Executor]
Work = Callable[[str, Settings], Outcome]


def _start_method() -> str:
    import multiprocessing

    # forkserver: workers fork from a small clean server (no copy of the parent's state), cheap
    # to start; spawn where there is no fork.
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def local_executor_factory(jobs: int, settings: Settings) -> ExecutorFactory:
    import multiprocessing

    method = _start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The server imports the package once; every worker forks from it with the modules loaded.
        context.set_forkserver_preload(["dsz_extract.batch"])

    def make() -> Executor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=init_worker, initargs=(settings,))

    return make


def _shutdown(executor: Executor) -> None:
    try:
        executor.shutdown(wait=False, cancel_futures=True)
    except TypeError:  # distributed's ClientExecutor has no cancel_futures
        executor.shutdown(wait=False)


def run_tasks(
    tasks: Iterable[Task],
    settings: Settings,
    make_executor: ExecutorFactory,
    *,
    in_flight: int,
    work: Work = process_file,
) -> Iterator[tuple[Task, Outcome]]:
    """Outcomes in completion order, at most `in_flight` tasks submitted at once.

    A worker process that dies (segfault, out of memory) breaks the whole pool, and the pool
    cannot tell which task killed it. So the tasks in flight are run again one at a time in a
    fresh pool; the one that kills it again alone gets an error record, and the batch goes on.
    """
    queue = deque(tasks)
    suspects: deque[Task] = deque()
    running: dict[Future[Outcome], tuple[Task, bool]] = {}
    executor = make_executor()
    try:
        while queue or suspects or running:
            source, limit = (suspects, 1) if suspects else (queue, in_flight)
            while source and len(running) < limit:
                task = source.popleft()
                running[executor.submit(work, task.source, settings)] = (task, source is suspects)
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                task, alone = running.pop(future)
                try:
                    yield task, future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        reason = RuntimeError(f"{task.source}: the worker process died while extracting it")
                        yield task, Outcome(task.source, task.sha256, error=error_record(task.source, reason))
                    else:
                        suspects.append(task)
                except Exception as exc:  # infrastructure (a lost Dask worker …): this task failed
                    yield task, Outcome(task.source, task.sha256, error=error_record(task.source, exc))
            if broken:
                suspects.extend(task for task, _alone in running.values())
                running.clear()
                _shutdown(executor)
                executor = make_executor()
    finally:
        _shutdown(executor)


# --- one batch --------------------------------------------------------------------------------------


@dataclasses.dataclass
class Summary:
    found: int = 0
    unchanged: int = 0
    duplicates: int = 0
    recovered: int = 0
    extracted: int = 0
    failed: int = 0
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
            parts.append(f"{self.failed} failed (see {errors})")
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
    """This run's failures, one JSON line each, flushed as they happen."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: TextIO = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.handle.flush()
        self.count += 1

    def close(self) -> None:
        self.handle.close()


def default_errors_path(output: Path) -> Path:
    name = output.name[: -len(".jsonl")] if output.name.endswith(".jsonl") else output.name
    return output.with_name(name + ".errors.jsonl")


def state_path(output: Path) -> Path:
    return output.with_name(output.name + ".state.sqlite")


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
    files: Sequence[str], done: set[str], state: State, max_bytes: int, errors: ErrorLog, summary: Summary
) -> tuple[list[Task], list[tuple[str, int, int, str]]]:
    """Hash every input (reusing hashes of unchanged files) and keep those whose content is not done.

    Content already in the ledger is skipped, unless it is a file changed back to an earlier
    version: the ledger's last report of that path must describe what the path holds now.
    """
    latest = state.latest_by_source()
    planned: set[str] = set()
    tasks: list[Task] = []
    stats: list[tuple[str, int, int, str]] = []
    now = time.time_ns()
    for source in files:
        try:
            st = os.stat(source)
            if st.st_size > max_bytes:
                raise InputTooLarge(f"{source}: {st.st_size} bytes, over the --max-bytes limit of {max_bytes}")
            absolute = os.path.abspath(source)
            sha256 = state.cached_hash(absolute, st.st_size, st.st_mtime_ns) or hash_file(source)
        except (OSError, InputTooLarge) as exc:
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
            tasks.append(Task(source, sha256))
    return tasks, stats


def _progress(total: int, enabled: bool, stderr: TextIO) -> Any:
    from tqdm import tqdm

    columns, lines = _terminal_size(stderr)
    return tqdm(total=total, unit="doc", file=stderr, disable=not enabled, ncols=columns, nrows=lines, smoothing=0.05)


def _terminal_size(stream: TextIO) -> tuple[int, int]:
    """Columns and lines, 100 x 24 where the terminal reports 0 (some pseudo-terminals do, and tqdm
    then hides the bar)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return 100, 24
    return size.columns or 100, size.lines or 24


def run_batch(
    inputs: Sequence[str],
    output: str | Path,
    *,
    jobs: int | None = None,
    settings: Settings = Settings(),
    scheduler: str | None = None,
    errors_path: str | Path | None = None,
    progress: bool | None = None,
    stderr: TextIO | None = None,
    make_executor: ExecutorFactory | None = None,
    work: Work = process_file,
) -> Summary:
    """Extract every input not yet in the ledger `output`; see the module docstring.

    `make_executor` replaces the worker pool (tests, other backends); `scheduler` is a Dask
    scheduler address. Raises StateError when the ledger cannot be used. Worker processes start
    from a fork server that imports the calling script's main module again, so a script calls this
    under `if __name__ == "__main__":`, as multiprocessing requires.
    """
    stderr = stderr if stderr is not None else sys.stderr
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    errors_file = Path(errors_path) if errors_path else default_errors_path(output)
    summary = Summary()
    started = time.monotonic()
    key = extractor_key(settings)
    files, missing = expand_inputs(inputs)
    summary.found = len(files) + len(missing)
    with exclusive_lock(output), contextlib.ExitStack() as stack:
        state = State(state_path(output))
        stack.callback(state.close)
        summary.recovered = open_ledger(output, state, key, stderr)
        errors = ErrorLog(errors_file)
        stack.callback(errors.close)
        for item in missing:
            errors.write(error_record(item, FileNotFoundError(f"{item}: no such file, folder or glob match")))
        done = state.done_hashes(key)
        tasks, stats = _plan(files, done, state, settings.max_bytes, errors, summary)
        state.set_plan({t.source: t.sha256 for t in tasks}, stats)  # step 1: the plan, before any line
        ledger = Ledger(output, state, key)
        stack.callback(ledger.close)
        if tasks:
            if make_executor is None:
                if scheduler:
                    make_executor, cluster_threads = stack.enter_context(dask_executor(scheduler))
                    jobs = jobs or cluster_threads
                else:
                    jobs = jobs or default_jobs()
                    make_executor = local_executor_factory(min(jobs, len(tasks)), settings)
            jobs = jobs or default_jobs()
            enabled = stderr.isatty() if progress is None else progress
            bar = stack.enter_context(_progress(len(tasks), enabled, stderr))
            for task, outcome in run_tasks(tasks, settings, make_executor, in_flight=4 * jobs, work=work):
                _record(outcome, task, state, ledger, errors, done, summary)
                bar.update(1)
                bar.set_postfix(errors=errors.count, refresh=False)
        summary.failed = errors.count
    summary.seconds = time.monotonic() - started
    return summary


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
        errors.write(outcome.error or error_record(task.source, RuntimeError("no result")))
        summary.failed += 1
        return
    assert outcome.line is not None and outcome.sha256 is not None
    if outcome.sha256 != task.sha256 and outcome.sha256 in done:  # changed during the run into known content
        summary.duplicates += 1
        return
    if outcome.sha256 != task.sha256:  # the file changed since planning: the plan must name what is written
        state.replan(task.source, outcome.sha256)
    ledger.append(outcome.line, outcome.sha256, task.source, Path(task.source).stem)
    done.add(outcome.sha256)
    summary.extracted += 1


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def dask_executor(address: str) -> Iterator[tuple[ExecutorFactory, int]]:
    """A concurrent.futures view of an existing Dask cluster; workers need the package and the files."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise StateError("--scheduler needs dask.distributed: pip install 'dsz-extract[batch]'") from exc
    with Client(address, timeout="10s") as client:
        threads = sum(client.nthreads().values()) or 1

        def make() -> Executor:
            return client.get_executor(pure=False)

        yield make, threads


# --- the command line -------------------------------------------------------------------------------

EPILOG = """\
examples:
  dsz-extract batch reports/ -o reports.jsonl                    # every .txt/.md/.html below reports/
  dsz-extract batch 'news/**/*.htm*' a.txt -o reports.jsonl --jobs 4
  dsz-extract batch reports/ -o reports.jsonl --scheduler tcp://10.0.0.5:8786   # a Dask cluster

Re-running processes only new or changed files; a killed run resumes where it stopped.
Failures go to reports.errors.jsonl (file, reason, exception); exit code 1 when any input failed.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (recursive) or quoted globs")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.jsonl", help="the ledger: one report per line")
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date relative dates resolve against")
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help="skip larger files (default: 5 MB)"
    )
    parser.add_argument("--scheduler", metavar="ADDRESS", help="run on an existing Dask cluster (tcp://host:8786)")
    parser.add_argument("--errors", metavar="FILE", help="failures (default: beside the output, .errors.jsonl)")
    parser.add_argument("--ner", choices=("rules", "hanlp"), default="rules", help="NER backend (default: rules)")
    parser.add_argument("--hanlp-model", metavar="NAME_OR_PATH", help="HanLP NER model for --ner hanlp")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")


def run(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    stderr = stderr if stderr is not None else sys.stderr
    try:
        reference = parse_reference_date(args.reference_date)
    except ValueError as exc:
        print(f"dsz-extract batch: {exc}", file=stderr)
        return 2
    if (args.jobs is not None and args.jobs < 1) or args.max_bytes < 1:
        print("dsz-extract batch: --jobs and --max-bytes must be positive", file=stderr)
        return 2
    if args.ner == "hanlp" and not args.hanlp_model:
        print("dsz-extract batch: --ner hanlp needs --hanlp-model", file=stderr)
        return 2
    settings = Settings(
        reference_date=reference.isoformat() if reference else None,
        max_bytes=args.max_bytes,
        ner=args.ner,
        hanlp_model=args.hanlp_model,
    )
    output = Path(args.output)
    errors = Path(args.errors) if args.errors else default_errors_path(output)
    try:
        summary = run_batch(
            args.inputs,
            output,
            jobs=args.jobs,
            settings=settings,
            scheduler=args.scheduler,
            errors_path=errors,
            progress=False if args.quiet else None,
            stderr=stderr,
        )
    except (StateError, sqlite3.DatabaseError, OSError) as exc:
        print(f"dsz-extract batch: {exc}", file=stderr)
        return 2
    if not args.quiet:
        print(summary.line(output, errors), file=stderr)
    return 1 if summary.failed else 0
