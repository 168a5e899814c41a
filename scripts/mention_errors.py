"""Name-mention errors of the extractor on a gold folder, for error analysis (develop on dev splits only).

    python scripts/mention_errors.py corpus/real/dev/gold [--ner lac] [--types org,person] [--summary]

Per type it lists, with a little context:
    MISSED    a gold mention no prediction overlaps
    SPURIOUS  a predicted mention no gold mention overlaps
    BOUNDARY  an overlap-matched pair whose spans differ
    VALUE     an overlap-matched pair whose values differ where the scorer compares them
and a P/R/F1 line (overlap, the scorer's one-to-one matching).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from dsz_extract import evaluate as ev
from dsz_extract import scoring as sc
from dsz_extract.extractor import Extractor
from dsz_extract.text import read_text_file

NAME_TYPES = ("org", "project", "person", "event", "place")


def _context(text: str, start: int, end: int, width: int = 12) -> str:
    left = text[max(0, start - width) : start].replace("\n", "⏎")
    right = text[end : end + width].replace("\n", "⏎")
    return f"{left}【{text[start:end]}】{right}"


def _errors(gold: list[dict[str, Any]], pred: list[dict[str, Any]], text: str) -> list[tuple[str, str]]:
    pairs = sc.match(gold, pred, sc.mention_priority)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    rows = []
    for i, g in enumerate(gold):
        if i not in matched_gold:
            rows.append(("MISSED", _context(text, g["start"], g["end"])))
    for j, p in enumerate(pred):
        if j not in matched_pred:
            rows.append(("SPURIOUS", _context(text, p["start"], p["end"]) + f"  [{p.get('source', '')}]"))
    for i, j in pairs:
        g, p = gold[i], pred[j]
        if (g["start"], g["end"]) != (p["start"], p["end"]):
            rows.append(("BOUNDARY", f"gold {g['text']!r} pred {p['text']!r}  {_context(text, g['start'], g['end'])}"))
        want = sc.mention_value_key(g["type"], g.get("value"), g.get("value"))
        got = sc.mention_value_key(g["type"], p.get("value"), g.get("value"))
        if want != got:
            rows.append(("VALUE", f"gold {want} pred {got}  {_context(text, g['start'], g['end'])}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--ner", default="rules")
    parser.add_argument("--types", default=",".join(NAME_TYPES))
    parser.add_argument("--summary", action="store_true", help="only the P/R/F1 lines")
    args = parser.parse_args()
    extractor = Extractor(ner=args.ner)
    types = args.types.split(",")
    golds = ev.load_gold(args.gold_dir)
    tallies = {t: [0, 0, 0] for t in types}
    lines: dict[str, list[str]] = {t: [] for t in types}
    for g in golds:
        text = read_text_file(ev.seed_path(g, args.gold_dir)).text
        report = extractor(text, reference_date=g.get("reference_date"), doc_id=g.get("doc_id"))
        predicted = report.model_dump(mode="json")["mentions"]
        for t in types:
            gm = [m for m in g["mentions"] if m["type"] == t]
            pm = [m for m in predicted if m["type"] == t]
            tally = tallies[t]
            tally[0] += len(gm)
            tally[1] += len(pm)
            tally[2] += len(sc.match(gm, pm, sc.mention_priority))
            lines[t] += [f"{g['doc_id']:8} {kind:9} {row}" for kind, row in _errors(gm, pm, text)]
    for t in types:
        n_gold, n_pred, tp = tallies[t]
        s = sc.prf(tp, n_gold, n_pred)
        print(f"== {t}: gold {n_gold} pred {n_pred}  P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}")
        if not args.summary:
            print("\n".join(sorted(lines[t], key=lambda line: line.split()[1])))


if __name__ == "__main__":
    main()
