"""How often the reference date found from a real page's text alone is the date the page shows.

    python scripts/publication_dates.py            # the figure per split and overall, and every miss
    python scripts/publication_dates.py --json     # the same as JSON

`corpus/real/manifest.tsv` gives, for each page, the publication date the page shows (`published`,
written by the annotators; empty when the page shows none). The date found uses the text and its
file name only (a date line in the header, then the file name, then a date under the text:
`dsz_extract.pubdate`), never the manifest itself, nor a date the caller gives. Pages that show no
date count separately: a date found for one of them is a date the page does not show.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dsz_extract import pubdate  # noqa: E402
from dsz_extract.doc import Doc  # noqa: E402

REAL = ROOT / "corpus" / "real"


@dataclass
class Split:
    pages: int = 0  # pages that show a date
    right: int = 0
    misses: list[dict[str, str | None]] = field(default_factory=list)
    undated_pages: int = 0  # pages that show none
    dated_anyway: list[dict[str, str | None]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.pages if self.pages else 0.0


def found_date(text: str, source: str) -> tuple[str | None, str]:
    """The reference date and its source, from the text and the file name alone."""
    found, source_kind, _warnings = pubdate.resolve(Doc(text, source=source), None)
    return (found.isoformat() if found else None), source_kind


def measure(real: Path = REAL) -> dict[str, Split]:
    """{"dev", "test", "all"} -> the counts of pages whose date was found right."""
    splits = {"dev": Split(), "test": Split(), "all": Split()}
    with open(real / "manifest.tsv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            path = real / row["split"] / f"{row['id']}.txt"
            found, kind = found_date(path.read_text(encoding="utf-8"), str(path))
            for split in (splits[row["split"]], splits["all"]):
                _count(split, row, found, kind)
    return splits


def _count(split: Split, row: dict[str, str], found: str | None, kind: str) -> None:
    case = {"id": row["id"], "shown": row["published"] or None, "found": found, "source": kind}
    if not row["published"]:
        split.undated_pages += 1
        if found:
            split.dated_anyway.append(case)
        return
    split.pages += 1
    if found == row["published"]:
        split.right += 1
    else:
        split.misses.append(case)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    splits = measure()
    if args.json:
        print(json.dumps({k: {**asdict(v), "accuracy": v.accuracy} for k, v in splits.items()}, ensure_ascii=False))
        return 0
    for name, split in splits.items():
        print(
            f"{name:4}  {split.right}/{split.pages} = {split.accuracy:.3f} of the pages that show a date;"
            f" {len(split.dated_anyway)} of {split.undated_pages} pages that show none got a date"
        )
    for miss in splits["all"].misses + splits["all"].dated_anyway:
        print(f"  {miss['id']}: shown {miss['shown']}, found {miss['found']} ({miss['source']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
