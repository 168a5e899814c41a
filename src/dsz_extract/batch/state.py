"""The state beside the ledger (SQLite): what is done under which extractor key, the run's plan, file hashes."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .worker import Settings

# --- the extractor key ----------------------------------------------------------------------------


# Modules that read, write or present reports but do not change what a report says.
_NOT_EXTRACTION = frozenset(
    {"batch", "cli.py", "dask.py", "evaluate.py", "export.py", "frames.py", "html.py", "scoring.py", "timelimit.py"}
)


@functools.lru_cache(maxsize=1)
def package_digest() -> str:
    """SHA-256 over the package's extraction code and data: a rule edit changes the key without a release."""
    root = Path(__file__).resolve().parent.parent  # the dsz_extract package
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        if relative.split("/")[0] in _NOT_EXTRACTION:  # a module, or a whole subpackage (batch/)
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extractor_key(settings: Settings, manifest_sha256: str | None = None) -> str:
    from .. import __version__

    options = {"ner": settings.ner, "hanlp_model": settings.hanlp_model, "reference_date": settings.reference_date}
    if settings.projects != "model":  # the default keeps the key runs before the option had
        options["projects"] = settings.projects
    if manifest_sha256:  # a manifest's dates and urls change reports; no manifest keeps the old key
        options["manifest"] = manifest_sha256
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


# SQLite's names for a file that is not a database, or one whose pages are damaged.
_DAMAGED = ("SQLITE_NOTADB", "SQLITE_CORRUPT")


def unusable_state(path: Path, exc: sqlite3.Error) -> StateError:
    """SQLite's error as a message that names the state file and, when it is damaged, the fix."""
    name = getattr(exc, "sqlite_errorname", "")  # Python 3.11+
    damaged = name.startswith(_DAMAGED) or any(words in str(exc) for words in ("not a database", "malformed"))
    if not damaged:
        return StateError(f"{path}: {exc}")
    return StateError(
        f"{path}: not a usable batch state database ({exc}); delete it to start afresh: the ledger beside it"
        " is then moved aside (to .prev) and every document extracted again"
    )


def state_path(output: Path) -> Path:
    return output.with_name(output.name + ".state.sqlite")


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
        try:
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=FULL")
            self.con.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            self.con.close()
            raise unusable_state(path, exc) from exc

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
