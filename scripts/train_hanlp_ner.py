"""Train a small character NER model for the HanLP backend from gold files.

    python scripts/train_hanlp_ner.py corpus/gold corpus/seeds /tmp/seed-ner --epochs 10
    dsz-extract --ner hanlp --hanlp-model /tmp/seed-ner report.txt

Every `<doc_id>.json` in the gold folder is paired with `<doc_id>.txt` in the texts folder; its
person, org and place mentions become BIO-tagged characters (see `dsz_extract.ner.hanlp.gold_samples`).
Needs the hanlp extra: pip install torch==2.13.0 'dsz-extract[hanlp]'.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dsz_extract.ner.hanlp import gold_samples, train_char_ner


def load_samples(gold_dir: Path, texts_dir: Path) -> list[dict[str, list[str]]]:
    samples: list[dict[str, list[str]]] = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = texts_dir / f"{gold.get('doc_id') or gold_path.stem}.txt"
        if "mentions" not in gold or not text_path.exists():
            continue
        samples.extend(gold_samples(gold, text_path.read_text(encoding="utf-8")))
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("texts_dir", type=Path)
    parser.add_argument("save_dir", type=Path)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    samples = load_samples(args.gold_dir, args.texts_dir)
    if not samples:
        parser.error(f"no gold files with texts in {args.gold_dir} / {args.texts_dir}")
    began = time.perf_counter()
    train_char_ner(samples, args.save_dir, epochs=args.epochs, embed=args.hidden, hidden=args.hidden, seed=args.seed)
    print(f"trained on {len(samples)} sentences in {time.perf_counter() - began:.1f} s -> {args.save_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
