"""Word tokens with offsets, from a PRIVATE jieba.Tokenizer with the domain dictionary.

The global jieba dictionary of the user's process is never touched: we build our own
`jieba.Tokenizer`, load jieba's default dictionary into it and add data/jieba_domain.txt.gz
(place names and short forms, organisation suffixes, 双招双引 terms; built by scripts/build_lexicon.py).

Loading is lazy and once per process. The merged prefix dictionary is cached with marshal (as jieba
caches its own) in a user cache directory, keyed by a hash of jieba's version and dictionary and of our
domain dictionary, so a second process loads in about 0.2 s instead of 0.7 s. The cache directory is
$DSZ_EXTRACT_CACHE_DIR, else $XDG_CACHE_HOME/dsz-extract or ~/.cache/dsz-extract, else the temp
directory; when none is writable the tokenizer still works, it only loads more slowly.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import marshal
import os
import tempfile
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jieba

_DOMAIN_DICT = "jieba_domain.txt.gz"
_LOCK = threading.Lock()
_TOKENIZER: jieba.Tokenizer | None = None


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """jieba tokens of `text` as (word, start, end), end exclusive, covering the text without gaps."""
    if not text:
        return []
    return list(tokenizer().tokenize(text))


def tokenizer() -> jieba.Tokenizer:
    """The process-wide private tokenizer, built on first use."""
    global _TOKENIZER
    if _TOKENIZER is None:
        with _LOCK:
            if _TOKENIZER is None:
                _TOKENIZER = _build()
    return _TOKENIZER


def _domain_dict_bytes() -> bytes:
    return (resources.files("dsz_extract") / "data" / _DOMAIN_DICT).read_bytes()


def _domain_words(data: bytes) -> Iterator[tuple[str, int, str | None]]:
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2:
            yield parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None


def _build() -> jieba.Tokenizer:
    data = _domain_dict_bytes()
    tk = jieba.Tokenizer()
    cache = _cache_file(data)
    if cache is not None and _load_cache(tk, cache):
        return tk
    with _quiet_jieba():
        tk.initialize()
    for word, freq, tag in _domain_words(data):
        tk.add_word(word, freq, tag)
    if cache is not None:
        _save_cache(tk, cache)
    return tk


@contextlib.contextmanager
def _quiet_jieba() -> Iterator[None]:
    """jieba logs its dictionary loading at DEBUG to stderr; keep a library quiet, then restore."""
    logger = logging.getLogger("jieba")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def _jieba_dict_path() -> Path:
    return Path(jieba.__file__).with_name("dict.txt")


def _cache_key(data: bytes) -> str:
    h = hashlib.sha256()
    h.update(jieba.__version__.encode())
    with contextlib.suppress(OSError):
        stat = _jieba_dict_path().stat()
        h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    h.update(data)
    return h.hexdigest()[:16]


def _cache_dirs() -> Iterator[Path]:
    if env := os.environ.get("DSZ_EXTRACT_CACHE_DIR"):
        yield Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    yield Path(base) / "dsz-extract"
    yield Path(tempfile.gettempdir()) / "dsz-extract"


def _cache_file(data: bytes) -> Path | None:
    name = f"jieba-{_cache_key(data)}.cache"
    for directory in _cache_dirs():
        path = directory / name
        if path.is_file():
            return path
        with contextlib.suppress(OSError):
            directory.mkdir(parents=True, exist_ok=True)
            if os.access(directory, os.W_OK):
                return path
    return None


def _load_cache(tk: jieba.Tokenizer, path: Path) -> bool:
    try:
        # loads() on the whole file is about 3x faster than load() on the open file (jieba's way).
        freq, total = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(freq, dict) or not isinstance(total, int) or not freq:
        return False
    tk.FREQ, tk.total = freq, total
    tk.initialized = True
    return True


def _save_cache(tk: jieba.Tokenizer, path: Path) -> None:
    # Write to a temporary file and rename, so a concurrent reader never sees half a file.
    with contextlib.suppress(OSError):
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".jieba-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((tk.FREQ, tk.total), f)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
