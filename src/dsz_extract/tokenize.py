"""Word tokens with offsets, from a PRIVATE jieba.Tokenizer with the domain dictionary.

The global jieba dictionary of the user's process is never touched: we build our own
`jieba.Tokenizer`, load jieba's default dictionary into it and add data/jieba_domain.txt.gz
(place names and short forms, organisation suffixes, 双招双引 terms; built by scripts/build_lexicon.py).

Loading is lazy and once per process. The merged prefix dictionary is cached with marshal (as jieba
caches its own) in the user cache directory (dsz_extract.cache), keyed by a hash of jieba's version and
dictionary and of our domain dictionary, so a second process loads in about 0.2 s instead of 0.7 s; when
no cache directory is writable the tokenizer still works, it only loads more slowly.
"""

from __future__ import annotations

import array
import contextlib
import gzip
import hashlib
import logging
import marshal
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import jieba

from .cache import cache_file, write_atomically

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
    h.update(_CACHE_FORMAT.encode())
    h.update(jieba.__version__.encode())
    with contextlib.suppress(OSError):
        stat = _jieba_dict_path().stat()
        h.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    h.update(data)
    return h.hexdigest()[:16]


def _cache_file(data: bytes) -> Path | None:
    return cache_file(f"jieba-{_cache_key(data)}.cache")


def _load_cache(tk: jieba.Tokenizer, path: Path) -> bool:
    try:
        # loads() on the whole file is about 3x faster than load() on the open file (jieba's way).
        words, counts, total = marshal.loads(path.read_bytes())
        freq = _freq_from(words, counts)
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(total, int) or not freq:
        return False
    tk.FREQ, tk.total = freq, total
    tk.initialized = True
    return True


def _save_cache(tk: jieba.Tokenizer, path: Path) -> None:
    words = _WORD_SEPARATOR.join(tk.FREQ)
    if words.count(_WORD_SEPARATOR) != len(tk.FREQ) - 1:
        return  # a word holds the separator: no cache (jieba's words never do)
    counts = array.array("q", tk.FREQ.values())
    write_atomically(path, marshal.dumps((words, counts.tobytes(), tk.total)))


# The dictionary is kept as its words joined in one string and their counts as 64-bit integers: a
# cold CLI run spends more time loading it than on anything else, and one split of a string and a dict
# built from two sequences load it in four fifths of the time marshal takes for the dict itself
# (566,000 words and prefixes). The format's name is part of the file's name.
_CACHE_FORMAT = "words-and-counts-1"
_WORD_SEPARATOR = "\n"


def _freq_from(words: object, counts: object) -> dict[str, int]:
    if not isinstance(words, str) or not isinstance(counts, bytes):
        raise TypeError("not a dictionary cache")
    values = array.array("q")
    values.frombytes(counts)
    keys = words.split(_WORD_SEPARATOR)
    if len(keys) != len(values):
        raise ValueError("words and counts differ in number")
    return dict(zip(keys, values, strict=True))
