"""Gold tooling: fill offsets from text + order, validate gold files, merge partial files.

    python scripts/gold.py fill corpus/gold/000_5cb37e32c2801ddb.json
    python scripts/gold.py check corpus/gold
    python scripts/gold.py merge OUT.json PART1.json PART2.json

See corpus/gold/FORMAT.md for how annotators write the files.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dsz_extract.models import Report  # noqa: E402

# Money- or percent-looking strings the annotator must cover (or list in not_mentions).
_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿点]+)"
LOOKS_NUMERIC = regex.compile(
    rf"{_NUM}\s*(?:多|余)?\s*(?:万亿|亿|万|千)?\s*(?:多|余)?\s*(?:元|美元|欧元|港元|港币|日元|英镑|人民币)"
    rf"|\d+(?:\.\d+)?\s*(?:%|％)|百分之{_NUM}|{_NUM}个百分点"
)


def source_text(gold: dict[str, Any]) -> str:
    """The text a gold file annotates: its `source` (relative to the repo), else the seed of its doc_id."""
    source = gold.get("source") or f"corpus/seeds/{gold['doc_id']}.txt"
    return (ROOT / source).read_text(encoding="utf-8")


def _find(text: str, needle: str, cursor: int, occurrence: int | None, what: str) -> int:
    if occurrence is not None:
        pos = -1
        for _ in range(occurrence + 1):
            pos = text.find(needle, pos + 1)
            if pos < 0:
                raise ValueError(f"{what}: occurrence {occurrence} of {needle!r} not in the text")
        return pos
    pos = text.find(needle, cursor)
    if pos < 0:
        raise ValueError(f"{what}: {needle!r} not found after offset {cursor}")
    return pos


def fill(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """Add start/end to mentions (searching forward in document order) and to evidence."""
    cursor = 0
    for i, m in enumerate(gold.get("mentions", [])):
        if "start" in m and "end" in m and text[m["start"] : m["end"]] == m["text"]:
            cursor = m["end"]
            m.pop("occurrence", None)
            continue
        pos = _find(text, m["text"], cursor, m.pop("occurrence", None), f"mention {i} ({m.get('type')})")
        m["start"], m["end"] = pos, pos + len(m["text"])
        cursor = m["end"]
    for kind in ("deals", "metrics", "talent"):
        for i, rec in enumerate(gold.get(kind, [])):
            ev = rec["evidence"]
            if "start" in ev and text[ev["start"] : ev["end"]] == ev["text"]:
                ev.pop("occurrence", None)
                continue
            occ = ev.pop("occurrence", None)
            pos = _find(text, ev["text"], 0, occ, f"{kind}[{i}] evidence")
            if occ is None and text.find(ev["text"], pos + 1) >= 0:
                raise ValueError(f"{kind}[{i}] evidence {ev['text']!r} occurs more than once: give 'occurrence'")
            ev["start"], ev["end"] = pos, pos + len(ev["text"])
    return gold


def check(gold: dict[str, Any], text: str) -> list[str]:
    """Return a list of problems; empty when the gold file is valid."""
    problems: list[str] = []
    body = {k: v for k, v in gold.items() if k != "not_mentions"}
    try:
        Report.model_validate(body)
    except Exception as exc:  # report every schema problem, not only the first
        problems.append(f"schema: {exc}")
    mentions = gold.get("mentions", [])
    last_end = -1
    for i, m in enumerate(mentions):
        s, e = m.get("start"), m.get("end")
        if s is None or e is None:
            problems.append(f"mention {i} {m.get('text')!r}: no offsets (run fill)")
            continue
        if text[s:e] != m["text"]:
            problems.append(f"mention {i}: text[{s}:{e}]={text[s:e]!r} != {m['text']!r}")
        if s < last_end:
            problems.append(f"mention {i} {m['text']!r} overlaps the previous one or is out of order")
        last_end = max(last_end, e)
    for kind in ("deals", "metrics", "talent"):
        for i, rec in enumerate(gold.get(kind, [])):
            ev = rec.get("evidence", {})
            if text[ev.get("start", 0) : ev.get("end", 0)] != ev.get("text"):
                problems.append(f"{kind}[{i}]: evidence not verbatim at its offsets")
    problems.extend(_uncovered_numbers(gold, text))
    return problems


def _uncovered_numbers(gold: dict[str, Any], text: str) -> list[str]:
    covered = [(m["start"], m["end"]) for m in gold.get("mentions", []) if "start" in m]
    waived = {n["text"] for n in gold.get("not_mentions", [])}
    problems = []
    for match in LOOKS_NUMERIC.finditer(text):
        s, e = match.span()
        if any(cs <= s and e <= ce for cs, ce in covered) or any(cs < e and s < ce for cs, ce in covered):
            continue
        if match.group() in waived or any(match.group() in w for w in waived):
            continue
        problems.append(f"uncovered money/percent-looking string {match.group()!r} at {s}")
    return problems


def merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Concatenate partial gold files of one document (document fields from the first)."""
    out = dict(parts[0])
    for key in ("mentions", "deals", "metrics", "talent", "warnings", "not_mentions"):
        out[key] = [item for part in parts for item in part.get(key, [])]
    return out


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _save(path: Path, gold: dict[str, Any]) -> None:
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _gold_files(target: Path) -> list[Path]:
    return sorted(target.glob("*.json")) if target.is_dir() else [target]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("fill").add_argument("paths", nargs="+", type=Path)
    sub.add_parser("check").add_argument("paths", nargs="+", type=Path)
    m = sub.add_parser("merge")
    m.add_argument("out", type=Path)
    m.add_argument("parts", nargs="+", type=Path)
    args = parser.parse_args(argv)

    if args.cmd == "merge":
        _save(args.out, merge([_load(p) for p in args.parts]))
        return 0
    failed = 0
    for target in args.paths:
        for path in _gold_files(target):
            gold = _load(path)
            text = source_text(gold)
            try:
                if args.cmd == "fill":
                    _save(path, fill(gold, text))
                problems = check(gold, text)
            except ValueError as exc:
                problems = [str(exc)]
            for p in problems:
                print(f"{path}: {p}")
            failed += bool(problems)
            if not problems:
                print(f"{path}: ok ({len(gold.get('mentions', []))} mentions)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
