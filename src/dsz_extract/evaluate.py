"""Score extractor output against gold reports: `dsz-extract eval GOLD_DIR [--pred out.jsonl] [--json] [--skip-hard]`.

Inputs
    GOLD_DIR holds `<doc_id>.json` gold reports (docs/contract.md §5; a single gold file works too).
    Without --pred every gold document's text is extracted now: `<GOLD_DIR>/../seeds/<doc_id>.txt`,
    else the gold's `source` path (as given, then relative to `<GOLD_DIR>/../..`), with the gold's
    `reference_date` and `doc_id`. With --pred, reports are read from JSON lines and joined to the
    gold by `doc_id`; a gold document without a prediction counts as one where nothing was found,
    and predictions for documents not in the gold are ignored (and listed).

dsz_extract/scoring.py matches predictions to gold and defines every number (micro-averaged P/R/F1
of mentions and records, value and field accuracy, hard items); this module reads the inputs, runs
the extraction when there are no predictions, and prints the table or the JSON.

Exit status: 0 (the scores are a report, not a pass/fail), 2 for a bad path or an unreadable file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .pipeline import PROJECT_READERS
from .scoring import RECORD_KINDS, score_reports

if TYPE_CHECKING:
    from .provenance import Provenance


class EvalError(Exception):
    """A path or file the evaluation cannot use; the CLI exits 2 with this message."""


# --- loading --------------------------------------------------------------------------------


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold reports from a folder of `*.json` (not recursive) or from one file."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
    elif path.is_file():
        files = [path]
    else:
        raise EvalError(f"{path}: no such gold folder or file")
    if not files:
        raise EvalError(f"{path}: no gold files (*.json)")
    golds = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvalError(f"{f}: cannot read gold file: {exc}") from exc
        if not isinstance(data, dict) or "mentions" not in data:
            raise EvalError(f"{f}: not a gold report (a JSON object with 'mentions')")
        data.setdefault("doc_id", f.stem)
        golds.append(data)
    return golds


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Reports from JSON lines (blank lines skipped)."""
    path = Path(path)
    if not path.is_file():
        raise EvalError(f"{path}: no such predictions file")
    reports = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read predictions: {exc}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            report = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{n}: not a JSON line: {exc}") from exc
        if not isinstance(report, dict):
            raise EvalError(f"{path}:{n}: not a report (a JSON object)")
        reports.append(report)
    return reports


def seed_path(gold: dict[str, Any], gold_dir: Path) -> Path:
    """Where a gold document's text is: GOLD_DIR/../seeds/<doc_id>.txt, else the gold's source."""
    folder = gold_dir if gold_dir.is_dir() else gold_dir.parent
    candidates = [folder.parent / "seeds" / f"{gold.get('doc_id')}.txt"]
    source = gold.get("source")
    if source:
        candidates += [Path(source), folder.parent.parent / source]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise EvalError(f"no text for gold document {gold.get('doc_id')!r} (tried {tried})")


def predict(
    golds: Sequence[dict[str, Any]], gold_dir: str | Path, *, ner: str = "rules", projects: str = "model"
) -> list[dict[str, Any]]:
    """Run extract() on each gold document's text with the gold's reference date and doc_id."""
    from .extractor import extract
    from .text import DecodeError, read_text_file

    reports = []
    for g in golds:
        path = seed_path(g, Path(gold_dir))
        try:
            text = read_text_file(path).text
        except (OSError, DecodeError) as exc:
            raise EvalError(f"{path}: cannot read text: {exc}") from exc
        report = extract(
            text,
            doc_id=g.get("doc_id"),
            source=g.get("source"),
            provenance=gold_provenance(g),
            ner=ner,
            projects=projects,  # type: ignore[arg-type]
        )
        reports.append(report.model_dump(mode="json"))
    return reports


def gold_provenance(gold: dict[str, Any]) -> Provenance | None:
    """The gold's reference date as the document's stated date: the annotator read the page, so it
    outranks a date line the extractor would take (a repost's date over a speech's own)."""
    from .provenance import Provenance

    return Provenance(published=gold["reference_date"]) if gold.get("reference_date") else None


# --- the table ------------------------------------------------------------------------------


def _f(x: float | None) -> str:
    return "—" if x is None else f"{x:.3f}"


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    first, *rest = cells
    return (first.ljust(widths[0]) + "".join(c.rjust(w) for c, w in zip(rest, widths[1:], strict=True))).rstrip()


def format_table(scores: dict[str, Any]) -> str:
    """The scores as aligned plain text."""
    hard = scores["hard"]
    n_hard = sum(hard.values())
    hard_note = "excluded (--skip-hard)" if scores["skip_hard"] else "included"
    lines = [
        f"documents: {scores['documents']}   hard gold items: {n_hard} {hard_note} "
        f"(mentions {hard['mentions']}, deals {hard['deals']}, metrics {hard['metrics']}, talent {hard['talent']})"
    ]
    if scores["documents_without_prediction"]:
        lines.append("no prediction for: " + ", ".join(map(str, scores["documents_without_prediction"])))
    if scores["predictions_without_gold"]:
        lines.append("ignored predictions without gold: " + ", ".join(scores["predictions_without_gold"]))

    widths = (10, 6, 6, 8, 7, 7, 8, 7, 7, 8, 9)
    groups = " " * sum(widths[:3]) + "strict".center(sum(widths[3:6])) + "overlap".center(sum(widths[6:9]))
    header = ("mentions", "gold", "pred", "P", "R", "F1", "P", "R", "F1", "value", "(pairs)")
    lines += ["", groups + "value accuracy".center(sum(widths[9:])).rstrip(), _row(header, widths), "-" * sum(widths)]
    for kind, r in scores["mentions"].items():
        if kind == "all":
            lines.append("-" * sum(widths))
        s, o, v = r["strict"], r["overlap"], r["value"]
        cells = (kind, str(r["gold"]), str(r["pred"]), _f(s["precision"]), _f(s["recall"]), _f(s["f1"]))
        cells += (_f(o["precision"]), _f(o["recall"]), _f(o["f1"]), _f(v["accuracy"]), f"({v['pairs']})")
        lines.append(_row(cells, widths))

    widths = (10, 6, 6, 8, 8, 8, 8)
    lines += ["", _row(("records", "gold", "pred", "matched", "P", "R", "F1"), widths), "-" * sum(widths)]
    for kind in RECORD_KINDS:
        r = scores[kind]
        cells = (kind, str(r["gold"]), str(r["pred"]), str(r["tp"]), _f(r["precision"]), _f(r["recall"]), _f(r["f1"]))
        lines.append(_row(cells, widths))

    subject = scores["subject_place"]
    lines += [
        "",
        f"subject place  accuracy {_f(subject['accuracy'])}   ({subject['correct']} of {subject['gold']} documents"
        f" whose gold gives one; {subject['unread']} read none)",
    ]
    lines += ["", "field accuracy over matched records"]
    for kind in RECORD_KINDS:
        parts = [f"{name} {_f(a['accuracy'])}" for name, a in scores[kind]["fields"].items()]
        lines.append(f"  {kind:<8}  " + "   ".join(parts))

    lines += ["", "per document (F1)"]
    widths = (24, 9, 9, 8, 8, 8)
    lines.append(_row(("doc_id", "strict", "overlap", "deals", "metrics", "talent"), widths))
    for doc_id, d in scores["per_document"].items():
        cells = (doc_id, _f(d["mentions_strict_f1"]), _f(d["mentions_overlap_f1"]))
        cells += (_f(d["deals_f1"]), _f(d["metrics_f1"]), _f(d["talent_f1"]))
        lines.append(_row(cells, widths))
    return "\n".join(lines)


# --- the subcommand -------------------------------------------------------------------------


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = "Score predictions (or a fresh extraction) against gold annotations."
    parser.epilog = (
        "examples:\n"
        "  dsz-extract eval corpus/gold                      # extract the seeds now and score\n"
        "  dsz-extract eval corpus/gold --pred out.jsonl     # score saved predictions\n"
        "  dsz-extract eval corpus/real/dev/gold --ner lac   # extract with the LAC backend merged\n"
        "  dsz-extract eval corpus/gold --json > scores.json\n\n"
        "exit codes: 0 scores printed; 2 bad path or unreadable file."
    )
    parser.add_argument("gold", metavar="GOLD_DIR", help="folder of <doc_id>.json gold reports (or one gold file)")
    parser.add_argument("--pred", metavar="JSONL", help="predicted reports, one JSON per line (default: run extract)")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument(
        "--ner", choices=("rules", "lac"), default="rules", help="NER backend of the fresh extraction (default: rules)"
    )
    parser.add_argument(
        "--projects",
        choices=PROJECT_READERS,
        default="model",
        help="who names the projects in the fresh extraction (default: model)",
    )
    parser.add_argument(
        "--skip-hard", action="store_true", help="leave out gold items marked hard, and the predictions matching them"
    )


def run(args: argparse.Namespace, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        golds = load_gold(args.gold)
        preds = (
            read_predictions(args.pred)
            if args.pred
            else predict(golds, args.gold, ner=args.ner, projects=args.projects)
        )
    except EvalError as exc:
        print(f"dsz-extract eval: {exc}", file=stderr)
        return 2
    scores = score_reports(golds, preds, skip_hard=args.skip_hard)
    if args.json:
        stdout.write(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(format_table(scores) + "\n")
    return 0
