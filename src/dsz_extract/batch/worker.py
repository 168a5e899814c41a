"""The worker side: read, decode and extract one file within the time limit; never raise.

A document over the time limit is cut off by SIGALRM somewhere inside the extraction (see
`dsz_extract.timelimit`). The extraction keeps no state between documents besides data loaded
once (and loaded by `init_worker` before any limit applies), so the worker can go on. It checks
that instead of assuming it: after a timeout it extracts a fixed probe text again and compares
the report with the one it made at start-up. A worker that reads the probe differently retires:
it exits when handed its next document, the pool is replaced, and that document is run again
(`pool.run_tasks` treats it as it treats any dead worker).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import os
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from ..htmltext import read_page
from ..provenance import Provenance
from ..text import DecodeError
from ..timelimit import DEFAULT_TIME_LIMIT, TimeLimitExceeded, can_enforce, time_limit
from .inputs import NotARegularFile, open_regular

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
# A known text, extracted at start-up and again after a timeout: the worker is sane if it reads it the same.
PROBE_TEXT = "2023年8月18日，聊城市签约项目21个，总投资39.5亿元，同比增长16%。"
PROBE_REFERENCE_DATE = "2023-08-20"
RETIRE_EXIT_CODE = 75  # EX_TEMPFAIL: the worker retires; the pool starts another


class InputTooLarge(ValueError):
    """A file over the --max-bytes limit; skipped without reading it whole."""


@dataclasses.dataclass(frozen=True)
class Settings:
    """What a worker needs besides the path; small and picklable.

    `time_limit` is seconds per document (None or 0: no limit). It is enforced where the work runs
    in the main thread of a process (local worker processes), not in threads (a Dask cluster's).
    """

    reference_date: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    ner: str = "rules"
    hanlp_model: str | None = None
    time_limit: float | None = DEFAULT_TIME_LIMIT
    projects: str = "model"


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
    return {"file": source, "reason": _reason(exc), "exception": type(exc).__name__, "content_sha256": sha256}


def _reason(exc: BaseException) -> str:
    """The exception's message; for the system's own errors "NAME: what", not "[Errno 36] what: 'NAME'"."""
    if isinstance(exc, OSError) and exc.strerror and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc) or repr(exc)


# Failures that are the file's (or the limit's), not a bug: their record carries no traceback.
_NOT_A_BUG = (OSError, DecodeError, InputTooLarge, NotARegularFile)


@functools.lru_cache(maxsize=4)
def extractor_for(ner: str, hanlp_model: str | None, projects: str = "model") -> Any:
    from ..extractor import Extractor

    return Extractor(ner=ner, hanlp_model=hanlp_model, projects=projects)  # type: ignore[arg-type]


def init_worker(settings: Settings) -> None:
    """Load the extractor once per worker, with its lazy data, by reading the probe text."""
    # Ctrl-C is the parent's to handle: it stops the pool and commits what was written.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extractor_for(settings.ner, settings.hanlp_model, settings.projects)
    reference_reading(settings.ner, settings.hanlp_model, settings.projects)


def _read_probe(ner: str, hanlp_model: str | None, projects: str = "model") -> str:
    report = extractor_for(ner, hanlp_model, projects)(PROBE_TEXT, reference_date=PROBE_REFERENCE_DATE)
    return str(report.model_dump_json())


@functools.lru_cache(maxsize=4)
def reference_reading(ner: str, hanlp_model: str | None, projects: str = "model") -> str | None:
    """The probe's report as this process made it before any time limit cut into an extraction."""
    try:
        return _read_probe(ner, hanlp_model, projects)
    except Exception:  # a broken extractor: each document's own error record then says how
        return None


def still_sane(settings: Settings) -> bool:
    """After a timeout: does this worker still read the probe text as it did at start-up?"""
    expected = reference_reading(settings.ner, settings.hanlp_model, settings.projects)
    try:
        with time_limit(settings.time_limit):
            return (
                expected is not None and _read_probe(settings.ner, settings.hanlp_model, settings.projects) == expected
            )
    except Exception:
        return False


_retiring = False  # set after a timeout that left this worker unfit: it exits at its next task


def _retire_after_timeout(settings: Settings) -> None:
    global _retiring
    if not still_sane(settings):
        _retiring = True


def peak_rss_bytes() -> int:
    """This process's peak resident set size; 0 where the platform cannot tell (Windows)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB on Linux


def read_limited(source: str, max_bytes: int) -> bytes:
    """The file's bytes; InputTooLarge (naming the file) beyond max_bytes, without reading it all.

    NotARegularFile for a FIFO, socket or device (never opened for a blocking read).
    """
    with open_regular(source) as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        size = os.path.getsize(source)
        raise InputTooLarge(f"{source}: {size} bytes, over the --max-bytes limit of {max_bytes}")
    return data


def process_file(
    source: str, settings: Settings, doc_id: str | None = None, listed: Provenance | None = None
) -> Outcome:
    """Read, decode and extract one file within the time limit. Never raises: any failure is an error record.

    `doc_id` defaults to the file's stem; `listed` is the file's manifest row.
    """
    if _retiring:
        # Exiting is how a worker asks the pool for a replacement; this task is then run again elsewhere.
        os._exit(RETIRE_EXIT_CODE)
    limited = bool(settings.time_limit) and can_enforce()
    sha256 = None
    try:
        data = read_limited(source, settings.max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        if limited:  # the probe's reading must be taken before any limit cuts into an extraction
            reference_reading(settings.ner, settings.hanlp_model, settings.projects)
        with time_limit(settings.time_limit if limited else None):
            line = _extract(data, source, settings, doc_id, listed)
    except TimeLimitExceeded as exc:
        _retire_after_timeout(settings)
        return Outcome(source, sha256, error=error_record(source, exc, sha256), **_worker_usage())
    except Exception as exc:  # a bug or a bad file costs this one document, never the batch
        error = error_record(source, exc, sha256)
        if not isinstance(exc, _NOT_A_BUG):  # not the file's fault: show where
            error["traceback"] = traceback.format_exc(limit=-3)
        return Outcome(source, sha256, error=error, **_worker_usage())
    return Outcome(source, sha256, line=line, **_worker_usage())


def _extract(data: bytes, source: str, settings: Settings, doc_id: str | None, listed: Provenance | None) -> str:
    """Decode (HTML: its main text) and extract: the part of the work the time limit covers."""
    page = read_page(data, source)
    report = extractor_for(settings.ner, settings.hanlp_model, settings.projects)(
        page.text,
        reference_date=settings.reference_date,
        doc_id=doc_id if doc_id is not None else Path(source).stem,
        source=source,
        warnings=tuple(page.warnings),
        provenance=listed.over(page.provenance) if listed else page.provenance,
    )
    return str(report.model_dump_json())


def _worker_usage() -> dict[str, Any]:
    return {"worker_pid": os.getpid(), "worker_max_rss": peak_rss_bytes(), "worker_cpu_seconds": time.process_time()}
