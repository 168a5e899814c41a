"""`dsz-extract batch`: the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from ..extractor import NER_BACKENDS, PROJECT_READERS
from ..pipeline import parse_reference_date
from ..provenance import Manifest, ManifestError
from .inputs import INPUT_SUFFIXES, expand_inputs
from .ledger import ledger_path
from .runner import NAMED_FAILURES, default_errors_path, run_batch
from .state import StateError
from .worker import DEFAULT_MAX_BYTES, DEFAULT_TIME_LIMIT, Settings

EPILOG = """\
examples:
  dsz-extract batch reports/ -o reports.jsonl                    # every .txt/.md/.html below reports/
  dsz-extract batch 'news/**/*.htm*' a.txt -o reports.jsonl --jobs 4
  dsz-extract batch reports/ -o out/                             # the ledger is out/reports.jsonl
  dsz-extract batch pages/ -o reports.jsonl --manifest pages/manifest.csv   # url, published, title per file
  dsz-extract batch reports/ -o reports.jsonl --scheduler tcp://10.0.0.5:8786   # a Dask cluster

Re-running processes only new or changed files; a killed run resumes where it stopped.
Failures go to reports.errors.jsonl (file, reason, exception); exit code 1 when any input failed.
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=f"files (any suffix), folders (every {' '.join(INPUT_SUFFIXES)} file below, recursively) or quoted globs",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.jsonl",
        help="the ledger: one report per line (a folder, or a path ending in /, holds reports.jsonl)",
    )
    parser.add_argument("--jobs", "-j", type=int, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument(
        "--reference-date", metavar="YYYY-MM-DD", help="date relative dates resolve against when a file states none"
    )
    parser.add_argument(
        "--manifest", metavar="FILE", help="CSV or JSON lines with path, url, published, title (a scraper's list)"
    )
    parser.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N", help="skip larger files (default: 5 MB)"
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"a document taking longer is an error record (default: {DEFAULT_TIME_LIMIT:g}; 0: no limit)",
    )
    parser.add_argument("--scheduler", metavar="ADDRESS", help="run on an existing Dask cluster (tcp://host:8786)")
    parser.add_argument("--errors", metavar="FILE", help="failures (default: beside the output, .errors.jsonl)")
    parser.add_argument("--ner", choices=NER_BACKENDS, default="rules", help="NER backend (default: rules)")
    parser.add_argument("--hanlp-model", metavar="NAME_OR_PATH", help="HanLP NER model for --ner hanlp")
    parser.add_argument(
        "--projects", choices=PROJECT_READERS, default="model", help="who names the projects (default: model)"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar, no failures named, no summary")


def usage_problem(args: argparse.Namespace) -> str | None:
    """What is wrong with the options, if anything (a usage error: exit code 2)."""
    if (args.jobs is not None and args.jobs < 1) or args.max_bytes < 1:
        return "--jobs and --max-bytes must be positive"
    if not args.time_limit >= 0:  # also refuses nan
        return "--time-limit must be 0 (no limit) or a number of seconds"
    if args.ner == "hanlp" and not args.hanlp_model:
        return "--ner hanlp needs --hanlp-model"
    return None


def settings_from(args: argparse.Namespace) -> Settings:
    """The worker settings the options ask for; raises ValueError for a bad --reference-date."""
    reference = parse_reference_date(args.reference_date)
    return Settings(
        reference_date=reference.isoformat() if reference else None,
        max_bytes=args.max_bytes,
        ner=args.ner,
        hanlp_model=args.hanlp_model,
        time_limit=args.time_limit or None,
        projects=args.projects,
    )


def run(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    stderr = stderr if stderr is not None else sys.stderr
    try:
        settings = settings_from(args)
    except ValueError as exc:
        print(f"dsz-extract batch: {exc}", file=stderr)
        return 2
    problem = usage_problem(args)
    if problem:
        print(f"dsz-extract batch: {problem}", file=stderr)
        return 2
    files, missing = expand_inputs(args.inputs)
    if not files and not missing:  # only folders or globs, and nothing in them to read
        print(
            f"dsz-extract batch: error: no input: {', '.join(args.inputs)} hold(s) no {' '.join(INPUT_SUFFIXES)} file",
            file=stderr,
        )
        return 1
    try:
        manifest = Manifest.load(args.manifest) if args.manifest else None
    except ManifestError as exc:
        print(f"dsz-extract batch: {exc}", file=stderr)
        return 2
    try:
        output = ledger_path(args.output)
        errors = Path(args.errors) if args.errors else default_errors_path(output)
        summary = run_batch(
            args.inputs,
            output,
            jobs=args.jobs,
            settings=settings,
            scheduler=args.scheduler,
            errors_path=errors,
            progress=False if args.quiet else None,
            stderr=stderr,
            named_failures=0 if args.quiet else NAMED_FAILURES,
            manifest=manifest,
        )
    except (StateError, OSError) as exc:
        print(f"dsz-extract batch: {exc}", file=stderr)
        return 2
    if not args.quiet:
        print(summary.line(output, errors), file=stderr)
    return 1 if summary.failed else 0
