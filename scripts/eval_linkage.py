"""Score the ledger's linkage on the gold of corpus/linkage (both figures; see dsz_extract.ledger.evaluate).

python scripts/eval_linkage.py                 # linkage alone and end to end, at the chosen threshold
python scripts/eval_linkage.py --sweep         # linkage alone at thresholds from -4 to 16
python scripts/eval_linkage.py --errors        # the pairs it gets wrong, with both rows
python scripts/eval_linkage.py --split A       # one collector's gold (A was used for tuning, B held out)
python scripts/eval_linkage.py --query         # the README's analyst query: per row, on canonical deals, on the gold
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dsz_extract.ledger.evaluate import (
    end_to_end_scores,
    gold_clusters,
    gold_rows,
    linkage_scores,
    load_gold,
)
from dsz_extract.ledger.linkage import THRESHOLD_WEIGHT, pairs

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = sorted(p for p in (ROOT / "corpus" / "linkage").iterdir() if (p / "deals.jsonl").exists())


def _short(row: dict) -> str:
    fields = ("project", "investors", "place", "adcode", "amount_cny", "date", "stage", "day")
    return " | ".join(str(row[f]) for f in fields)


def show_errors(gold, threshold: float) -> None:
    rows = {r["unique_id"]: r for r in gold_rows(gold)}
    truth = gold_clusters(gold)
    _, predicted = linkage_scores(gold, threshold)
    scored = pairs(gold_rows_table(rows), threshold=-100)
    weight = {
        (a, b): w for a, b, w in zip(scored["unique_id_l"], scored["unique_id_r"], scored["match_weight"], strict=True)
    }
    items = sorted(truth)
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            same_gold, same_pred = truth[a] == truth[b], predicted.get(a, a) == predicted.get(b, b)
            if same_gold != same_pred:
                w = weight.get((a, b), weight.get((b, a)))
                kind = "missed" if same_gold else "wrong"
                print(f"{kind} {a} {b} weight={w}\n  {_short(rows[a])}\n  {_short(rows[b])}")


def query_totals(gold, threshold: float) -> None:
    """The README's query (signed deals with an amount by place and month) summed three ways: over
    every gold row as if each were a deal, over the canonical deals the ledger links, over the gold's
    own deals. Canonical deals should come close to the gold's; rows count a deal once per report."""
    import duckdb
    import pandas as pd

    from dsz_extract.ledger.assemble import assemble_deals
    from dsz_extract.ledger.command import SIGNED_DEALS_BY_PLACE_AND_MONTH

    rows = gold_rows(gold)
    by_row = {r["unique_id"]: r["unique_id"] for r in rows}
    _, linked = linkage_scores(gold, threshold)
    for label, cluster_of in (
        ("every row a deal", by_row),
        ("canonical deals", linked),
        ("gold deals", gold_clusters(gold)),
    ):
        canonical_deals = pd.DataFrame(assemble_deals(rows, cluster_of)[0])  # noqa: F841 (read by the query)
        found = duckdb.sql(
            f"SELECT sum(deals), sum(reports), sum(signed_100m_cny) FROM ({SIGNED_DEALS_BY_PLACE_AND_MONTH})"
        )
        deals, reports, amount = found.fetchall()[0]
        print(f"{label:>17}: {deals} signed deals with an amount, told by {reports} reports, {amount:,.1f} 亿元")


def gold_rows_table(rows: dict) -> object:
    from dsz_extract.ledger.keys import rows_table

    return rows_table(rows.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=THRESHOLD_WEIGHT)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument(
        "--split", choices=[f.name for f in FOLDERS], help="one collector's gold only (A: tuning, B: held out)"
    )
    parser.add_argument("--no-end-to-end", action="store_true", help="linkage on the gold rows only")
    parser.add_argument("--query", action="store_true", help="the README's analyst query, three ways")
    args = parser.parse_args()
    gold = load_gold([f for f in FOLDERS if args.split in (None, f.name)])
    clusters = len(set(gold_clusters(gold).values()))
    print(f"gold: {len(gold.pages)} pages, {len(gold.deals)} deal rows, {clusters} deals")
    if args.sweep:
        for t in range(-4, 17):
            s, _ = linkage_scores(gold, float(t))
            print(
                f"threshold {t:>3}: P {s['pairwise_precision']:.3f} R {s['pairwise_recall']:.3f} B3 F1 {s['bcubed_f1']:.3f}"
            )
        return
    if args.errors:
        show_errors(gold, args.threshold)
        return
    if args.query:
        query_totals(gold, args.threshold)
        return
    linked, _ = linkage_scores(gold, args.threshold)
    print("linkage on gold rows:", json.dumps(linked, indent=1))
    if not args.no_end_to_end:
        print("end to end:", json.dumps(end_to_end_scores(gold, args.threshold), indent=1))


if __name__ == "__main__":
    main()
