"""Build src/dsz_extract/data/ledger_model.json: the u probabilities of the ledger's Splink model.

u (how often a comparison level holds between two deal rows that are NOT the same deal) is counted over
every pair of deal rows from different pages that the extractor reads from the real corpus
(corpus/real, 67 pages of 31 provinces and 2012–2025: such pairs are, all but surely, different deals). The m probabilities are fixed priors in dsz_extract/ledger/linkage.py.

    python scripts/build_ledger_model.py
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from dsz_extract import extract
from dsz_extract.ledger.keys import deal_rows, rows_table
from dsz_extract.ledger.linkage import estimate_u, model_path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus" / "real"


def real_reports() -> list[dict]:
    with open(CORPUS / "manifest.tsv", encoding="utf-8") as handle:
        manifest = list(csv.DictReader(handle, delimiter="\t"))
    reports = []
    for entry in manifest:
        page = CORPUS / entry["split"] / f"{entry['id']}.txt"
        date = entry["published"] or (entry["url_date"] + "-15" if len(entry["url_date"]) == 7 else entry["url_date"])
        report = extract(page.read_text(encoding="utf-8"), reference_date=date or None, doc_id=entry["id"])
        reports.append(report.model_dump(mode="json"))
    return reports


def main() -> None:
    rows = list(deal_rows(real_reports()))
    u = estimate_u(rows_table(rows))
    model = {
        "about": "u probabilities of the ledger's Splink model (scripts/build_ledger_model.py); m priors are in ledger/linkage.py",
        "rows": len(rows),
        "u": u,
    }
    model_path().write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{model_path()}: u from {len(rows)} deal rows")


if __name__ == "__main__":
    main()
