"""regex.compile for the large patterns built at import, with the compiled form kept between processes.

The `regex` module parses and compiles in Python: the date, money, percent and count patterns and the
word-list patterns of dims/_names take about 0.12 s to compile, an eighth of a cold CLI run, and as long
again in every batch worker. A compiled pattern pickles to its compiled code (regex registers that with
copyreg) and unpickles without being parsed again, fifty times faster.

`compile()` looks the pattern up in one cache file (dsz_extract.cache) named after the versions of
Python and regex, whose code format it depends on. A process that had to compile one rewrites the file at
exit with the patterns it used, so patterns the code no longer builds drop out. The file is read by an
unpickler that can build nothing but compiled patterns, and whatever goes wrong reading it only means
compiling as if there were no file. Meant for patterns fixed by the code (their text must not depend on
set order or the hash seed), not for ones built per document.
"""

from __future__ import annotations

import atexit
import pickle
import sys
import threading
from pathlib import Path

import regex
from regex import _regex

from .cache import cache_file, write_atomically

_Key = tuple[str, int]

_FILE_NAME = f"regex-{regex.__version__}-{_regex.MAGIC}-py{sys.version_info[0]}.{sys.version_info[1]}.pickle"
_LOCK = threading.Lock()
_on_disk: dict[_Key, regex.Pattern[str]] | None = None
_used: dict[_Key, regex.Pattern[str]] = {}
_missed: list[_Key] = []


def compile(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, from the cache file when an earlier process compiled it."""
    key = (pattern, int(flags))  # a plain int: the cache file's reader builds nothing but patterns, no RegexFlag
    with _LOCK:
        if key not in _used:
            compiled = _cached().get(key)
            if compiled is None:
                compiled = regex.compile(pattern, key[1])
                if not _missed:
                    atexit.register(_save)
                _missed.append(key)
            _used[key] = compiled
        return _used[key]


def _cached() -> dict[_Key, regex.Pattern[str]]:
    global _on_disk
    if _on_disk is None:
        path = cache_file(_FILE_NAME)
        _on_disk = _read(path) if path is not None and path.is_file() else {}
    return _on_disk


class _PatternsOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) == ("regex._regex", "compile"):
            return _regex.compile
        raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")


def _read(path: Path) -> dict[_Key, regex.Pattern[str]]:
    try:
        with path.open("rb") as f:
            data = _PatternsOnly(f).load()
    except Exception:  # a broken cache is no cache
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: value
        for key, value in data.items()
        if isinstance(key, tuple) and isinstance(value, regex.Pattern) and value.pattern == key[0]
    }


def _save() -> None:
    path = cache_file(_FILE_NAME)
    if path is not None:
        with _LOCK:
            write_atomically(path, pickle.dumps(_used, protocol=pickle.HIGHEST_PROTOCOL))
