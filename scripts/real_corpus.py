"""Lay out the real-report corpus: collected pages and their gold, split into dev and test.

    python scripts/real_corpus.py layout corpus/real/incoming   # incoming/<batch>/ -> dev/, test/ (new batches)
    python scripts/real_corpus.py layout corpus/real/incoming --dev HZ IA   # these batches all to dev
    python scripts/real_corpus.py check                         # texts match the manifest's sha256

Pages arrive in batches (`incoming/<batch>/<id>.txt`, `gold/<id>.json`, `manifest.tsv`), each
collected and annotated by one annotator who never saw extractor output. The split is fixed before
any measurement: within every batch, the ids whose sha256 sorts first go to test (a third of each
batch, rounded up), so test holds every annotator, kind and script in proportion. Test is never
used to tune a rule. A batch whose pages were read for error analysis before it was laid out (its errors
listed after its held-out measurement) goes to dev whole (`--dev BATCH`): its pages can no longer be test.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "corpus" / "real"
MANIFEST = REAL / "manifest.tsv"
COLUMNS = [
    "id",
    "split",
    "url",
    "sha256",
    "published",
    "url_date",
    "province",
    "year",
    "kind",
    "script",
    "outlet",
    "query",
]
TEST_SHARE = 1 / 3


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_ids(ids: list[str]) -> set[str]:
    ranked = sorted(ids, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    return set(ranked[: math.ceil(len(ids) * TEST_SHARE)])


def layout(incoming: Path, read_batches: frozenset[str] = frozenset()) -> list[dict[str, str]]:
    """Move the batches under `incoming` into dev/ and test/; pages laid out before keep their rows.
    `read_batches`: batches whose pages were read before layout, all dev."""
    rows: list[dict[str, str]] = read_rows(MANIFEST) if MANIFEST.exists() else []
    known = {r["id"] for r in rows}
    for batch in sorted(p for p in incoming.iterdir() if p.is_dir()):
        batch_rows = [r for r in read_rows(batch / "manifest.tsv") if (batch / "gold" / f"{r['id']}.json").exists()]
        held_out = set() if batch.name in read_batches else test_ids([r["id"] for r in batch_rows])
        for row in batch_rows:
            if row["id"] in known:
                raise SystemExit(f"{batch}: {row['id']} is laid out already")
            split = "test" if row["id"] in held_out else "dev"
            rows.append(_move(batch, row, split))
    rows.sort(key=lambda r: r["id"])
    _write_manifest(rows)
    return rows


def _move(batch: Path, row: dict[str, str], split: str) -> dict[str, str]:
    doc_id = row["id"]
    text_to = REAL / split / f"{doc_id}.txt"
    gold_to = REAL / split / "gold" / f"{doc_id}.json"
    gold_to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(batch / f"{doc_id}.txt", text_to)
    gold = json.loads((batch / "gold" / f"{doc_id}.json").read_text(encoding="utf-8"))
    gold["source"] = text_to.relative_to(ROOT).as_posix()
    gold_to.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    digest = sha256_of(text_to)
    if row.get("sha256") and row["sha256"] != digest:
        raise SystemExit(f"{batch / (doc_id + '.txt')}: sha256 differs from its manifest row")
    return {**{c: row.get(c, "") for c in COLUMNS}, "split": split, "sha256": digest}


def _write_manifest(rows: list[dict[str, str]]) -> None:
    with MANIFEST.open("w", encoding="utf-8", newline="") as f:
        # No quote character and no escape character: the reader takes every field as written, so a query holding
        # a quote ("招才引智") or a backslash is written back unchanged (an escape character here was never read
        # back, and doubled the backslashes before a quote at each layout).
        writer = csv.DictWriter(f, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def check() -> list[str]:
    problems = []
    for row in read_rows(MANIFEST):
        path = REAL / row["split"] / f"{row['id']}.txt"
        if not path.exists():
            problems.append(f"{path}: missing")
        elif sha256_of(path) != row["sha256"]:
            problems.append(f"{path}: text changed since it was collected (sha256 differs from the manifest)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    lay = sub.add_parser("layout")
    lay.add_argument("incoming", type=Path)
    lay.add_argument("--dev", nargs="*", default=[], metavar="BATCH", help="batches read before layout: all to dev")
    sub.add_parser("check")
    args = parser.parse_args(argv)
    if args.cmd == "layout":
        rows = layout(args.incoming, frozenset(args.dev))
        print(f"{sum(r['split'] == 'dev' for r in rows)} dev, {sum(r['split'] == 'test' for r in rows)} test")
        return 0
    problems = check()
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
