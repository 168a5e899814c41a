"""Files kept between processes to make the next start faster (the merged jieba dictionary, compiled patterns).

The directory is $DSZ_EXTRACT_CACHE_DIR, else $XDG_CACHE_HOME/dsz-extract or ~/.cache/dsz-extract, else
the temp directory. A cache is only ever a shortcut: when no directory is writable, or a file is broken,
the caller builds what it needs as if there were no cache.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def cache_file(name: str) -> Path | None:
    """Where the cache file `name` is (if it exists) or can be written; None when nowhere can."""
    for directory in _cache_dirs():
        path = directory / name
        if path.is_file():
            # A file another user left (the temp directory is shared) is no cache of ours.
            return path if _owned(path) else None
        with contextlib.suppress(OSError):
            directory.mkdir(parents=True, exist_ok=True)
            if os.access(directory, os.W_OK):
                return path
    return None


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file and rename, so a concurrent reader never sees half a file; errors are ignored."""
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _owned(path: Path) -> bool:
    getuid = getattr(os, "getuid", None)  # not on Windows, where the user's own profile holds the cache
    try:
        return getuid is None or path.stat().st_uid == getuid()
    except OSError:
        return False


def _cache_dirs() -> Iterator[Path]:
    if env := os.environ.get("DSZ_EXTRACT_CACHE_DIR"):
        yield Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    yield Path(base) / "dsz-extract"
    yield Path(tempfile.gettempdir()) / "dsz-extract"
