"""`dsz-extract html`: one report as a complete HTML page (the text with mentions marked, the records)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from .extractor import Extractor
from .htmltext import text_of
from .text import DecodeError

EPILOG = """\
examples:
  dsz-extract html report.txt -o page.html
  dsz-extract html report.txt --reference-date 2023-08-20 -o page.html
"""


def configure(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("input", metavar="FILE", help="a report (.txt, .md, .html …)")
    parser.add_argument("-o", "--output", required=True, metavar="PAGE.html", help="the page to write")
    parser.add_argument("--reference-date", metavar="YYYY-MM-DD", help="date relative dates resolve against")


def run(args: argparse.Namespace, stderr: TextIO | None = None) -> int:
    stderr = stderr if stderr is not None else sys.stderr
    source = Path(args.input)
    try:
        text, warnings = text_of(source.read_bytes(), str(source))
    except FileNotFoundError:
        print(f"dsz-extract html: error: {source}: no such file", file=stderr)
        return 1
    except (DecodeError, OSError, ImportError) as exc:
        print(f"dsz-extract html: error: {source}: {exc}", file=stderr)
        return 1
    try:
        report = Extractor()(
            text, reference_date=args.reference_date, doc_id=source.stem, source=str(source), warnings=tuple(warnings)
        )
    except ValueError as exc:  # a bad --reference-date
        print(f"dsz-extract html: {exc}", file=stderr)
        return 2
    try:
        report.save_html(args.output)
    except OSError as exc:
        print(f"dsz-extract html: error: {args.output}: {exc.strerror or exc}", file=stderr)
        return 1
    print(f"dsz-extract html: {args.output}", file=stderr)
    return 0
