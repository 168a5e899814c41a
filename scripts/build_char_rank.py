"""Build src/dsz_extract/data/char_rank.txt: the commonest characters of Chinese text, commonest first.

    python scripts/build_char_rank.py [--top 5000]

Only the speed of the Aho-Corasick scans reads it (gazetteer.LongestMatches): pyahocorasick looks
a character up in a node's children one by one, in the order they were added, so adding the
commonest characters first makes most look-ups short. Which characters a scan finds does not
depend on it. A character's weight is the summed frequency of jieba's dictionary words holding it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from jieba_dictionary import entries, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dsz_extract" / "data" / "char_rank.txt"
PER_LINE = 50


def char_weights() -> Counter[str]:
    weights: Counter[str] = Counter()
    for word, freq, _tag in entries():
        for char in word:
            weights[char] += freq
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--top", type=int, default=5000)
    args = parser.parse_args()
    ranked = [c for c, _ in char_weights().most_common(args.top) if not c.isspace()]
    lines = ["".join(ranked[i : i + PER_LINE]) for i in range(0, len(ranked), PER_LINE)]
    header = "# Characters by frequency in jieba's dictionary, commonest first; built by scripts/build_char_rank.py\n"
    write_word_list(OUT, header, lines)
    print(f"{len(ranked)} characters -> {OUT}")


if __name__ == "__main__":
    main()
