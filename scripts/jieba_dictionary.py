"""Shared by the build scripts: the entries of jieba's own dictionary, and writing a word list.

The scripts run as `python scripts/build_….py`, so this module is importable as `jieba_dictionary`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import jieba


def entries() -> Iterator[tuple[str, int, str]]:
    """(word, frequency, part-of-speech tag) for every line of jieba's dict.txt."""
    with open(jieba.get_dict_file().name, encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            yield word, int(freq), tag


def write_word_list(path: Path, header: str, words: Iterable[str]) -> int:
    """Write a generated list: its comment header, then one entry per line. Returns the count."""
    items = list(words)
    path.write_text(header + "\n".join(items) + "\n", encoding="utf-8")
    return len(items)
