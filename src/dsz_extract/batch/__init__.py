"""`dsz-extract batch`: many files on all cores or a Dask cluster, incremental and crash-safe.

    dsz-extract batch reports/ 'more/**/*.txt' -o reports.jsonl --jobs 8

Files beside the output (for ``-o reports.jsonl``):

- ``reports.jsonl``               one report per line (the ledger); only ever appended to. When a
                                  file changes, its new report is appended: the last line of a
                                  source is its current reading (`dsz-extract export` keeps only it).
- ``reports.errors.jsonl``        this run's failures: file, reason, exception type.
- ``reports.jsonl.state.sqlite``  what is done, keyed by content SHA-256 and extractor key.
- ``reports.jsonl.lock``          held while a batch runs, so two batches never share a ledger.
- ``reports.jsonl.prev``          an old ledger moved aside (below); ``.prev.1``, ``.prev.2`` … when
                                  ``.prev`` is taken: an old ledger is never overwritten.

``-o`` names the ledger file; an existing folder (or any path ending in ``/``) means
``reports.jsonl`` inside it.

A document over the time limit (``--time-limit``, 30 s by default) is cut off inside its worker
and becomes an error record; the worker goes on with the next one (see `worker`).

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

from ..htmltext import text_of
from ..timelimit import TimeLimitExceeded
from .command import EPILOG, configure, run, settings_from, usage_problem
from .inputs import INPUT_SUFFIXES, NotARegularFile, expand_inputs, hash_file
from .ledger import (
    COMMIT_REPORTS,
    COMMIT_SECONDS,
    LEDGER_NAME,
    Ledger,
    ledger_path,
    open_ledger,
    previous_ledger_path,
    reconcile,
)
from .pool import ExecutorFactory, Task, Work, dask_executor, default_jobs, local_executor_factory, run_tasks
from .runner import (
    NAMED_FAILURES,
    STAT_CACHE_MIN_AGE_NS,
    ErrorLog,
    Summary,
    default_errors_path,
    exclusive_lock,
    run_batch,
)
from .state import DoneRow, State, StateError, extractor_key, package_digest, state_path
from .worker import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIME_LIMIT,
    InputTooLarge,
    Outcome,
    Settings,
    error_record,
    extractor_for,
    init_worker,
    peak_rss_bytes,
    process_file,
    read_limited,
)

__all__ = [
    "COMMIT_REPORTS",
    "COMMIT_SECONDS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIME_LIMIT",
    "EPILOG",
    "INPUT_SUFFIXES",
    "LEDGER_NAME",
    "NAMED_FAILURES",
    "STAT_CACHE_MIN_AGE_NS",
    "DoneRow",
    "ErrorLog",
    "ExecutorFactory",
    "InputTooLarge",
    "Ledger",
    "NotARegularFile",
    "Outcome",
    "Settings",
    "State",
    "StateError",
    "Summary",
    "Task",
    "TimeLimitExceeded",
    "Work",
    "configure",
    "dask_executor",
    "default_errors_path",
    "default_jobs",
    "error_record",
    "exclusive_lock",
    "expand_inputs",
    "extractor_for",
    "extractor_key",
    "hash_file",
    "init_worker",
    "ledger_path",
    "local_executor_factory",
    "open_ledger",
    "package_digest",
    "peak_rss_bytes",
    "previous_ledger_path",
    "process_file",
    "read_limited",
    "reconcile",
    "run",
    "run_batch",
    "run_tasks",
    "settings_from",
    "state_path",
    "text_of",
    "usage_problem",
]
