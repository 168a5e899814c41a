"""Build src/dsz_extract/data/word_freq.*: the word counts of the private tokenizer, kept compact.

    python scripts/build_word_freq.py        # after scripts/build_lexicon.py

Passes look a word's count up in the tokenizer's dictionary (a place's short form that is a common word, a
rare word that may be a given name). jieba's own dictionary in Python holds 566,000 words and prefixes, 65 MB
in a process; with rjieba cutting (tokenize.py) nothing else needs it, so the counts are kept here instead:
the words with a count above zero, after our domain words are added as tokenize.py adds them, in a MARISA
trie (word_freq.marisa) and their counts in the trie's order as little-endian 32-bit integers
(word_freq.u32), about 3 MB on disk and in memory. word_freq.json keeps jieba's total and how much of it
counts a re-added word twice, which rjieba needs to cut as jieba does.
"""

from __future__ import annotations

import array
import json
import sys
from pathlib import Path

import jieba
import marisa_trie

from dsz_extract import tokenize

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "dsz_extract" / "data"


def main() -> None:
    jieba.setLogLevel(30)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word, freq, tag in tokenize._domain_words(tokenize._domain_dict_bytes()):
        tk.add_word(word, freq, tag)
    counted = {word: freq for word, freq in tk.FREQ.items() if freq > 0}
    trie = marisa_trie.Trie(counted)
    counts = array.array("I", bytes(4 * len(trie)))
    for word, freq in counted.items():
        counts[trie[word]] = freq
    if sys.byteorder != "little":
        counts.byteswap()
    trie.save(str(DATA / tokenize.FREQ_TRIE))
    (DATA / tokenize.FREQ_COUNTS).write_bytes(counts.tobytes())
    meta = {
        "jieba": jieba.__version__,
        "words": len(trie),
        "total": tk.total,
        "counted_twice": tk.total - sum(tk.FREQ.values()),
    }
    (DATA / tokenize.FREQ_META).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"{DATA / tokenize.FREQ_TRIE}: {len(trie)} words; total {tk.total}")


if __name__ == "__main__":
    main()
