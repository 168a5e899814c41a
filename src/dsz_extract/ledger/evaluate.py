"""Scoring the ledger against the linkage gold (corpus/linkage/*/: pages, manifest.tsv, deals.jsonl).

Two figures (scripts/eval_linkage.py prints both):

- linkage alone: the gold deal rows (read by people) are linked, and the clusters compared with the
  gold deal ids: pairwise precision / recall / F1 over the pairs of rows put together, and B-cubed;
- end to end: the pages are extracted, each gold row is aligned with the predicted deal whose evidence
  overlaps its evidence most, the predicted rows are linked, and a gold row takes the cluster of its
  predicted row (a gold row no predicted deal overlaps stands alone). Same scores over the gold rows.
"""

from __future__ import annotations

import csv
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..frames import timex_bounds
from .keys import deal_rows, linkage_row
from .linkage import THRESHOLD_WEIGHT, link_rows


@dataclass(frozen=True)
class GoldDeal:
    doc_id: str
    deal: str  # the gold cluster id
    row: dict[str, Any]  # as in deals.jsonl
    start: int  # evidence offsets in the page
    end: int


@dataclass
class GoldSet:
    pages: dict[str, str]  # doc_id -> text
    published: dict[str, str | None]
    deals: list[GoldDeal]


def load_gold(folders: Iterable[str | Path]) -> GoldSet:
    """The gold of every folder (each with manifest.tsv, deals.jsonl and the pages)."""
    pages: dict[str, str] = {}
    published: dict[str, str | None] = {}
    deals: list[GoldDeal] = []
    for folder in map(Path, folders):
        with open(folder / "manifest.tsv", encoding="utf-8") as handle:
            for entry in csv.DictReader(handle, delimiter="\t"):
                pages[entry["id"]] = (folder / f"{entry['id']}.txt").read_text(encoding="utf-8")
                published[entry["id"]] = entry.get("published") or None
        for number, line in enumerate((folder / "deals.jsonl").read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            start = pages[row["doc_id"]].find(row["evidence"])
            if start < 0:
                raise ValueError(f"{folder}/deals.jsonl:{number}: evidence is not in {row['doc_id']}.txt")
            deals.append(GoldDeal(row["doc_id"], row["deal"], row, start, start + len(row["evidence"])))
    return GoldSet(pages, published, deals)


def gold_rows(gold: GoldSet) -> list[dict[str, Any]]:
    """The gold deals as linkage rows (unique_id doc_id#i in file order)."""
    out = []
    for i, deal in enumerate(gold.deals):
        r = deal.row
        lo, hi = timex_bounds(r.get("date"))
        out.append(
            linkage_row(
                deal.doc_id,
                i,
                projects=[r["project"]] if r.get("project") else [],
                investors=r.get("investors") or [],
                place=r.get("place"),
                amount_cny=r.get("amount_cny"),
                date=r.get("date"),
                date_lo=lo,
                date_hi=hi,
                reference_date=gold.published.get(deal.doc_id) or r.get("date"),
                stage=r.get("stage"),
                evidence=(deal.start, deal.end, r["evidence"]),
            )
        )
    return out


# --- scores ------------------------------------------------------------------------------------------


def _linked_pairs(cluster_of: dict[str, str]) -> set[tuple[str, str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for item, cluster in cluster_of.items():
        members[cluster].append(item)
    return {tuple(sorted(p)) for group in members.values() for p in itertools.combinations(group, 2)}  # type: ignore[misc]


def _ratio(a: float, b: float) -> float:
    return a / b if b else 1.0


def scores(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    """Pairwise and B-cubed precision / recall / F1 of item -> cluster maps over the gold's items."""
    predicted = {item: predicted.get(item, item) for item in gold}
    got, want = _linked_pairs(predicted), _linked_pairs(gold)
    p, r = _ratio(len(got & want), len(got)), _ratio(len(got & want), len(want))
    members_p: dict[str, set[str]] = defaultdict(set)
    members_g: dict[str, set[str]] = defaultdict(set)
    for item in gold:
        members_p[predicted[item]].add(item)
        members_g[gold[item]].add(item)
    bp = sum(len(members_p[predicted[i]] & members_g[gold[i]]) / len(members_p[predicted[i]]) for i in gold)
    br = sum(len(members_p[predicted[i]] & members_g[gold[i]]) / len(members_g[gold[i]]) for i in gold)
    bp, br = bp / len(gold), br / len(gold)
    return {
        "deals_gold": len(members_g),
        "deals_predicted": len(members_p),
        "pairs_gold": len(want),
        "pairs_predicted": len(got),
        "pairs_correct": len(got & want),
        "pairwise_precision": p,
        "pairwise_recall": r,
        "pairwise_f1": _ratio(2 * p * r, p + r),
        "bcubed_precision": bp,
        "bcubed_recall": br,
        "bcubed_f1": _ratio(2 * bp * br, bp + br),
    }


def gold_clusters(gold: GoldSet) -> dict[str, str]:
    return {f"{d.doc_id}#{i}": d.deal for i, d in enumerate(gold.deals)}


def linkage_scores(gold: GoldSet, threshold: float = THRESHOLD_WEIGHT) -> tuple[dict[str, float], dict[str, str]]:
    """(scores, predicted item -> cluster) of linking the gold rows themselves."""
    predicted = link_rows(gold_rows(gold), threshold=threshold)
    return scores(predicted, gold_clusters(gold)), predicted


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def end_to_end_scores(gold: GoldSet, threshold: float = THRESHOLD_WEIGHT) -> dict[str, float]:
    """Extract the pages, align predicted deals with gold rows by evidence overlap, link, score."""
    from .. import extract

    reports = [
        extract(text, reference_date=gold.published.get(doc_id), doc_id=doc_id).model_dump(mode="json")
        for doc_id, text in gold.pages.items()
    ]
    rows = list(deal_rows(reports))
    cluster_of = link_rows(rows, threshold=threshold)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc_id"]].append(row)
    predicted: dict[str, str] = {}
    aligned = 0
    for i, deal in enumerate(gold.deals):
        span = (deal.start, deal.end)
        best = max(
            by_doc[deal.doc_id],
            key=lambda r: _overlap(span, (r["evidence_start"] or 0, r["evidence_end"] or 0)),
            default=None,
        )
        item = f"{deal.doc_id}#{i}"
        if best is not None and _overlap(span, (best["evidence_start"] or 0, best["evidence_end"] or 0)) > 0:
            predicted[item] = cluster_of[best["unique_id"]]
            aligned += 1
        else:
            predicted[item] = "unaligned:" + item
    result = scores(predicted, gold_clusters(gold))
    result.update(gold_rows=len(gold.deals), aligned_rows=aligned, predicted_rows=len(rows))
    return result
