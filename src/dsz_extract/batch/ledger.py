"""The ledger file: where `-o` puts it, reconciling it with the state after a crash, appending to it,
and moving an old one aside (never over another old one)."""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import IO, TextIO

from .state import DoneRow, State, StateError

# `-o FOLDER` (an existing folder, or any path ending in a slash) means this file in that folder.
LEDGER_NAME = "reports.jsonl"
# Group commit: fsync + one state transaction at most this often, or after this many reports.
COMMIT_SECONDS = 0.25
COMMIT_REPORTS = 500


def ledger_path(output: str | os.PathLike[str]) -> Path:
    """The ledger file `-o` names: a folder (existing, or written with a trailing slash) holds reports.jsonl."""
    text = os.fspath(output)
    path = Path(text)
    if text.endswith(("/", os.sep)) or path.is_dir():
        return path / LEDGER_NAME
    return path


def check_ledger_file(output: Path) -> None:
    """A ledger that exists must be a regular file: it is appended to, and moved aside whole."""
    if output.exists() and not output.is_file():
        raise StateError(f"{output}: not a regular file; -o names the ledger file, or a folder to hold {LEDGER_NAME}")


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def reconcile(output: Path, state: State, key: str) -> int:
    """Make the state agree with the ledger after any crash; -> number of lines newly marked done.

    See the package docstring for why this is all a restart needs.
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


def previous_ledger_path(output: Path) -> Path:
    """Where an old ledger goes: .prev, or .prev.1, .prev.2 … when the earlier ones are taken."""
    candidate = output.with_name(output.name + ".prev")
    number = 0
    while os.path.lexists(candidate):
        number += 1
        candidate = output.with_name(f"{output.name}.prev.{number}")
    return candidate


def _move_aside(output: Path, why: str, stderr: TextIO) -> None:
    if not output.is_file() or output.stat().st_size == 0:
        return
    previous = previous_ledger_path(output)
    os.rename(output, previous)  # the name is free (and the lock keeps other batches out): nothing is replaced
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
