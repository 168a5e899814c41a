"""`dsz-extract`: one JSON line per document on stdout; `batch`, `eval` and `export` subcommands.

Exit codes: 0 all documents done; 1 some input could not be read or decoded, or went over the
time limit (the others were still processed and written); 2 usage error.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .extractor import NER_BACKENDS, Extractor
from .htmltext import HTML_SUFFIXES, text_of
from .text import DecodeError, decode_bytes
from .timelimit import DEFAULT_TIME_LIMIT, TimeLimitExceeded

EXTRACT_EPILOG = """\
examples:
  dsz-extract corpus/seeds/000_5cb37e32c2801ddb.txt > out.jsonl
  dsz-extract reports/ --reference-date 2023-08-20 > out.jsonl     # every *.txt below reports/
  cat report.txt | dsz-extract - > out.jsonl                       # standard input
  dsz-extract a.txt b.txt --pretty                                  # indented JSON, for reading

subcommands (dsz-extract SUBCOMMAND --help):
  batch    many files on all cores, incremental and crash-safe, or on a Dask cluster
  eval     score predictions against gold annotations
  export   turn reports.jsonl into Parquet tables or a DuckDB file

exit codes: 0 all inputs processed; 1 some input could not be read or decoded, or took longer
than --time-limit (named on stderr; every other input was still processed); 2 usage error.
"""

# Seconds per document before it is given up as an error (0: no limit); the Python API has none.

# subcommand -> module with configure(parser) and run(args) -> int
SUBCOMMANDS = {
    "batch": ("dsz_extract.batch", "process many files: parallel, incremental, crash-safe"),
    "eval": ("dsz_extract.evaluate", "score predictions against gold annotations"),
    "export": ("dsz_extract.export", "export reports.jsonl to Parquet or DuckDB"),
}

TEXT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)


def build_extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dsz-extract",
        description="Extract deals, metrics, talent and their mentions from Chinese 双招双引 reports.",
        epilog=EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders (every .txt below), or - for stdin")
    parser.add_argument(
        "--reference-date", metavar="YYYY-MM-DD", help="date relative dates (今年, 上半年, 8月18日) resolve against"
    )
    parser.add_argument("--ner", choices=NER_BACKENDS, default="rules", help="NER backend (default: rules)")
    parser.add_argument("--hanlp-model", metavar="NAME_OR_PATH", help="HanLP NER model for --ner hanlp")
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"give up a document that takes longer (default: {DEFAULT_TIME_LIMIT:g}; 0: no limit)",
    )
    parser.add_argument("--pretty", action="store_true", help="indented JSON instead of one line per document")
    parser.add_argument("--version", action="version", version=f"dsz-extract {__version__}")
    return parser


def iter_inputs(inputs: Sequence[str]) -> Iterator[str]:
    """Expand folders to their text files (sorted, recursive); keep files and '-' as given.

    A name the system refuses (too long, no permission) is kept too: reading it names the problem.
    """
    for item in inputs:
        if item != "-" and _is_folder(item):
            yield from sorted(
                str(p) for p in Path(item).rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
        else:
            yield item


def _is_folder(item: str) -> bool:
    try:
        return Path(item).is_dir()
    except OSError:  # e.g. a name over 255 bytes: not a folder, and _read reports it
        return False


def _read(item: str, stdin: TextIO) -> tuple[str, list[str], str, str]:
    """-> (text, warnings, doc_id, source); raises DecodeError / OSError naming the input."""
    if item == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        decoded = decode_bytes(data, source="<stdin>")
        return decoded.text, list(decoded.warnings), "stdin", "<stdin>"
    path = Path(item)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{item}: no such file or folder") from None
    except OSError as exc:  # a name too long, a folder, no permission: the system's words, after the name
        raise OSError(f"{item}: {(exc.strerror or str(exc)).lower()}") from exc
    text, warnings = text_of(data, item)
    return text, warnings, path.stem, item


def run_extract(argv: Sequence[str], stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    args = build_extract_parser().parse_args(argv)
    if not args.time_limit >= 0:  # also refuses nan
        print("dsz-extract: --time-limit must be 0 (no limit) or a number of seconds", file=stderr)
        return 2
    try:
        extractor = Extractor(ner=args.ner, hanlp_model=args.hanlp_model)
    except (ValueError, ImportError, OSError) as exc:
        print(f"dsz-extract: {exc}", file=stderr)
        return 2
    failed = 0
    for item in iter_inputs(args.inputs):
        try:
            text, warnings, doc_id, source = _read(item, stdin)
        except (DecodeError, OSError, ImportError) as exc:  # ImportError: an HTML page without trafilatura
            failed += 1
            # DecodeError and missing files name the input already; other errors get it prepended
            where = "" if item in str(exc) else f"{item}: "
            print(f"dsz-extract: error: {where}{exc}", file=stderr)
            continue
        try:
            report = extractor(
                text,
                reference_date=args.reference_date,
                doc_id=doc_id,
                source=source,
                warnings=tuple(warnings),
                time_limit=args.time_limit or None,
            )
        except TimeLimitExceeded as exc:  # this document is given up; the next one runs as usual
            failed += 1
            print(f"dsz-extract: error: {source}: {exc} (a longer --time-limit, or 0, lets it finish)", file=stderr)
            continue
        except ValueError as exc:  # a bad --reference-date is a usage error, not a bad file
            print(f"dsz-extract: {exc}", file=stderr)
            return 2
        stdout.write(report.model_dump_json(indent=2 if args.pretty else None))
        stdout.write("\n")
        stdout.flush()
    if failed:
        print(f"dsz-extract: {failed} input(s) failed; the others were written", file=stderr)
    return 1 if failed else 0


def run_subcommand(name: str, argv: Sequence[str]) -> int:
    module_name, help_text = SUBCOMMANDS[name]
    module = importlib.import_module(module_name)
    parser = argparse.ArgumentParser(
        prog=f"dsz-extract {name}", description=help_text, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    module.configure(parser)
    args = parser.parse_args(argv)
    return int(module.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return run_subcommand(argv[0], argv[1:])
        return run_extract(argv, sys.stdout, sys.stderr, sys.stdin)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `dsz-extract … | head` closed the pipe: not an error of ours
        return 0
    finally:
        if as_program:
            # The process ends next. Frozen objects are left out of the interpreter's last collection,
            # which would otherwise walk the gazetteer and patterns for a fifth of a cold run's time.
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
