"""Word tokens with offsets, cut as a PRIVATE jieba.Tokenizer with the domain dictionary would cut them.

The global jieba dictionary of the user's process is never touched: the words are jieba's default
dictionary plus data/jieba_domain.txt.gz (place names and short forms, organisation suffixes, 双招双引 terms;
built by scripts/build_lexicon.py).

Cutting goes through rjieba (jieba-rs: jieba's algorithm and dictionary in Rust) when it is installed, 6-7x
faster than jieba in Python; the project model cuts every sentence that may hold a name. It gives jieba's words
exactly, offsets included, with three adjustments (`_RustCutter`): our domain words are added to it; one dummy
word makes its dictionary total jieba's (jieba adds a re-added word's count to its total a second time, and the
total is in every path's score); and a run without Han characters that jieba-rs keeps whole (2022-07-04,
8.Whtv) is split as jieba's HMM splits it. Text with Han characters outside U+4E00–U+9FD5 (extension A,
compatibility ideographs, the planes above U+FFFF), which jieba-rs reads as Han and jieba does not, are words
of one character each and the text between them is cut apart, as jieba does. When rjieba is missing, jieba
itself cuts. The two agree on every line of the corpora
but one run of unknown characters whose HMM reading jieba-rs makes otherwise (常在村: 常在|村 against jieba's 常|在|村;
tests/test_tokenize.py pins it).

The word counts the passes look up (`frequencies()`: a place's short form that is a common word, a rare word
that may be a given name) are jieba's with our words added, read from data/word_freq.* (a MARISA trie and its
counts, 3 MB; built by scripts/build_word_freq.py) rather than from jieba's 566,000-entry dict, which takes
65 MB in a process and is loaded only when jieba itself has to cut.

jieba's dictionary, when it is needed, is loaded once per process. The merged prefix dictionary is cached with
marshal (as jieba caches its own) in the user cache directory (dsz_extract.cache), keyed by a hash of jieba's
version and dictionary and of our domain dictionary, so a second process loads in about 0.2 s instead of 0.7 s;
when no cache directory is writable the tokenizer still works, it only loads more slowly.
"""

from __future__ import annotations

import array
import contextlib
import functools
import gzip
import hashlib
import json
import logging
import marshal
import sys
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import jieba
import regex

from .cache import cache_file, write_atomically

_DOMAIN_DICT = "jieba_domain.txt.gz"
FREQ_TRIE = "word_freq.marisa"
FREQ_COUNTS = "word_freq.u32"
FREQ_META = "word_freq.json"
# One lock for the three process-wide loads below (as gazetteer.get): the cutter's build asks for the word counts.
_LOAD_LOCK = threading.RLock()


def tokenize(text: str, *, hmm: bool = True) -> list[tuple[str, int, int]]:
    """jieba tokens of `text` as (word, start, end), end exclusive, covering the text without gaps;
    `hmm=False` leaves unknown words in single characters (jieba's HMM=False)."""
    if not text:
        return []
    fast = _rust_cutter()
    if fast is None:
        return list(tokenizer().tokenize(text, HMM=hmm))
    if not _RUST_READS_OTHERWISE.search(text):
        return fast.tokenize(text, hmm)
    return _around_other_han(fast, text, hmm)


def _around_other_han(fast: _RustCutter, text: str, hmm: bool) -> list[tuple[str, int, int]]:
    """jieba's words of a text with Han characters outside its range (𬀪, which OpenCC writes for 𧶮): jieba
    reads each such character as a word of its own and no word runs across it, so the text between them is cut
    alone."""
    tokens: list[tuple[str, int, int]] = []
    start = 0
    for other in _RUST_READS_OTHERWISE.finditer(text):
        if other.start() > start:
            tokens += [(w, start + s, start + e) for w, s, e in fast.tokenize(text[start : other.start()], hmm)]
        tokens.append((other.group(), other.start(), other.end()))
        start = other.end()
    if start < len(text):
        tokens += [(w, start + s, start + e) for w, s, e in fast.tokenize(text[start:], hmm)]
    return tokens


def cut(text: str, *, hmm: bool = True) -> list[str]:
    """The words of `tokenize`."""
    return [word for word, _start, _end in tokenize(text, hmm=hmm)]


class WordCounts:
    """A word's count in the tokenizer's dictionary (0 for a word it does not hold), as jieba's FREQ.get gives it."""

    def __init__(self, trie: Any, counts: array.array[int]) -> None:
        self._index = trie.get
        self._counts = counts

    def get(self, word: str, default: int = 0) -> int:
        index = self._index(word)
        return self._counts[index] if index is not None else default

    def __len__(self) -> int:
        return len(self._counts)


def frequencies() -> WordCounts:
    """The process-wide word counts, loaded on first use (a few milliseconds)."""
    with _LOAD_LOCK:
        return _load_counts()


@functools.cache
def _load_counts() -> WordCounts:
    import marisa_trie

    package = resources.files("dsz_extract") / "data"
    trie = marisa_trie.Trie()
    trie.frombytes((package / FREQ_TRIE).read_bytes())
    counts = array.array("I")
    counts.frombytes((package / FREQ_COUNTS).read_bytes())
    if sys.byteorder != "little":
        counts.byteswap()
    return WordCounts(trie, counts)


def _frequency_meta() -> dict[str, Any]:
    return json.loads((resources.files("dsz_extract") / "data" / FREQ_META).read_text(encoding="utf-8"))


# Han characters jieba-rs cuts as words and jieba leaves single (its Han range is U+4E00–U+9FD5).
_RUST_READS_OTHERWISE = regex.compile(r"[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00010000-\U0010ffff]")
# jieba's HMM splits a run without Han characters into these (finalseg's re_skip).
_JIEBA_ALNUM = regex.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_HAN = regex.compile(r"[\u4e00-\u9fd5]")


class _RustCutter:
    """rjieba with jieba's dictionary, our domain words and jieba's total (see the module docstring)."""

    def __init__(self, rjieba: Any) -> None:
        self._jieba = rjieba.Jieba()
        for word, freq, tag in _domain_words(_domain_dict_bytes()):
            self._jieba.add_word(word, freq, tag)
        if (counted_twice := _frequency_meta()["counted_twice"]) > 0:
            self._jieba.add_word("\ue000\ue001", counted_twice, None)  # private-use characters: never in text
        self._freq = frequencies()

    def tokenize(self, text: str, hmm: bool) -> list[tuple[str, int, int]]:
        tokens = self._jieba.tokenize(text, "default", hmm)
        if all(self._as_jieba_cuts(word) for word, _s, _e in tokens):
            return tokens
        return [piece for token in tokens for piece in self._as_jieba_splits(token)]

    def _as_jieba_cuts(self, word: str) -> bool:
        return len(word) == 1 or _HAN.search(word) is not None or self._freq.get(word) > 0

    def _as_jieba_splits(self, token: tuple[str, int, int]) -> Iterator[tuple[str, int, int]]:
        word, start, _end = token
        if self._as_jieba_cuts(word):
            yield token
            return
        for piece in _JIEBA_ALNUM.split(word):
            if piece:
                yield piece, start, start + len(piece)
                start += len(piece)


def _rust_cutter() -> _RustCutter | None:
    """The rjieba cutter, built on first use (about 0.15 s, less than loading jieba's dictionary); None when
    rjieba is not installed."""
    with _LOAD_LOCK:
        return _build_rust_cutter()


@functools.cache
def _build_rust_cutter() -> _RustCutter | None:
    try:
        import rjieba
    except ImportError:
        return None
    return _RustCutter(rjieba)


def tokenizer() -> jieba.Tokenizer:
    """The process-wide private tokenizer, built on first use."""
    with _LOAD_LOCK:
        return _build()


def _domain_dict_bytes() -> bytes:
    return (resources.files("dsz_extract") / "data" / _DOMAIN_DICT).read_bytes()


def _domain_words(data: bytes) -> Iterator[tuple[str, int, str | None]]:
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) >= 2:
            yield parts[0], int(parts[1]), parts[2] if len(parts) > 2 else None


@functools.cache
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
