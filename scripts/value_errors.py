"""Value errors of number mentions (count, money, percent) on a gold folder (develop on dev splits only).

    python scripts/value_errors.py corpus/real/dev/gold [--types count,money] [--missed]

For each overlap-matched pair whose value differs (the scorer's one-to-one matching and value key)
it prints the document, the gold and predicted values (value, value_max, unit, modifier for
counts; amount, amount_max, currency, modifier for money) and the text around the gold mention.
With --missed it also lists gold mentions no prediction overlaps and predictions no gold overlaps.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsz_extract import evaluate as ev
from dsz_extract import scoring as sc
from dsz_extract.extractor import Extractor
from dsz_extract.text import read_text_file

NUMBER_TYPES = ("count", "money", "percent")


def _context(text: str, start: int, end: int, width: int = 14) -> str:
    left = text[max(0, start - width) : start].replace("\n", "⏎")
    right = text[end : end + width].replace("\n", "⏎")
    return f"{left}【{text[start:end]}】{right}"


def _key(kind: str, mention: dict[str, Any]) -> Any:
    return sc.mention_value_key(kind, mention.get("value"))


def _rows(kind: str, gold: list[dict[str, Any]], pred: list[dict[str, Any]], text: str, missed: bool) -> list[str]:
    pairs = sc.match(gold, pred, sc.mention_priority)
    rows = []
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if _key(kind, g) != _key(kind, p):
            where = _context(text, g["start"], g["end"])
            rows.append(f"VALUE     gold {_key(kind, g)}  pred {_key(kind, p)}  pred text {p['text']!r}  {where}")
    if missed:
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        rows += [
            f"MISSED    {_context(text, g['start'], g['end'])}" for i, g in enumerate(gold) if i not in matched_gold
        ]
        rows += [
            f"SPURIOUS  {_context(text, p['start'], p['end'])}" for j, p in enumerate(pred) if j not in matched_pred
        ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--types", default="count")
    parser.add_argument("--missed", action="store_true", help="also unmatched gold and predicted mentions")
    args = parser.parse_args()
    extractor = Extractor()
    types = args.types.split(",")
    for gold in ev.load_gold(args.gold_dir):
        path = ev.seed_path(gold, args.gold_dir)
        text = read_text_file(path).text
        report = extractor(
            text, doc_id=gold.get("doc_id"), source=gold.get("source"), provenance=ev.gold_provenance(gold)
        )
        pred = report.model_dump(mode="json")["mentions"]
        for kind in types:
            gold_k = [m for m in gold["mentions"] if m["type"] == kind]
            pred_k = [m for m in pred if m["type"] == kind]
            for row in _rows(kind, gold_k, pred_k, text, args.missed):
                print(f"{gold.get('doc_id')}  {kind:7} {row}")


if __name__ == "__main__":
    main()
