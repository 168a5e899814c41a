"""`dsz-extract`: one JSON line per document on stdout; `batch`, `eval` and `export` subcommands.

Exit codes: 0 all documents done; 1 some input could not be read or decoded, or went over the
time limit (the others were still processed and written); 2 usage error.
"""

from __future__ import annotations

import argparse
import difflib
import gc
import importlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from .extractor import NER_BACKENDS, PROJECT_READERS, Extractor
from .htmltext import HTML_SUFFIXES, Page, read_page
from .pipeline import parse_reference_date
from .provenance import Manifest, ManifestError, doc_ids
from .text import DecodeError, decode_bytes
from .timelimit import DEFAULT_TIME_LIMIT, TimeLimitExceeded

EXTRACT_EPILOG = """\
examples:
  dsz-extract corpus/seeds/000_5cb37e32c2801ddb.txt > out.jsonl
  dsz-extract reports/ --reference-date 2023-08-20 > out.jsonl     # every .txt .text .md .html .htm .xhtml below
  cat report.txt | dsz-extract - > out.jsonl                       # standard input
  dsz-extract pages/ --manifest pages/manifest.csv > out.jsonl      # url, published, title per file
  dsz-extract a.txt b.txt --pretty                                  # indented JSON, for reading

subcommands (dsz-extract SUBCOMMAND --help):
  batch    many files on all cores, incremental and crash-safe, or on a Dask cluster
  eval     score predictions against gold annotations
  export   turn reports.jsonl into Parquet tables or a DuckDB file
  ledger   one row per real-world deal across reports, with evidence and conflicts
  html     one report as a complete HTML page (text with mentions marked, records)

exit codes: 0 all inputs processed; 1 some input could not be read or decoded, or took longer
than --time-limit (named on stderr; every other input was still processed); 2 usage error.
"""

# Seconds per document before it is given up as an error (0: no limit); the Python API has none.

# subcommand -> module with configure(parser) and run(args) -> int
SUBCOMMANDS = {
    "batch": ("dsz_extract.batch", "process many files: parallel, incremental, crash-safe"),
    "eval": ("dsz_extract.evaluate", "score predictions against gold annotations"),
    "export": ("dsz_extract.export", "export reports.jsonl to Parquet or DuckDB"),
    "ledger": ("dsz_extract.ledger.command", "canonical deals and metrics across reports (Splink linkage)"),
    "html": ("dsz_extract.html_command", "one report as a complete HTML page"),
}

TEXT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)


def build_extract_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dsz-extract",
        description="Extract deals, metrics, talent and their mentions from Chinese 双招双引 reports.",
        epilog=EXTRACT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help=f"files (any suffix), folders (every {' '.join(TEXT_SUFFIXES)} file below, recursively), or - for stdin",
    )
    parser.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="date relative dates (今年, 上半年, 8月18日) resolve against when a file states none of its own",
    )
    parser.add_argument(
        "--manifest", metavar="FILE", help="CSV or JSON lines with path, url, published, title (a scraper's list)"
    )
    parser.add_argument("--ner", choices=NER_BACKENDS, default="rules", help="NER backend (default: rules)")
    parser.add_argument("--hanlp-model", metavar="NAME_OR_PATH", help="HanLP NER model for --ner hanlp")
    parser.add_argument(
        "--projects",
        choices=PROJECT_READERS,
        default="model",
        help="who names the projects: the learned model (default) or the rules",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help=f"give up a document that takes longer (default: {DEFAULT_TIME_LIMIT:g}; 0: no limit)",
    )
    parser.add_argument("--pretty", action="store_true", help="indented JSON instead of one line per document")
    parser.add_argument("--version", action=_VersionAction)
    return parser


class _VersionAction(argparse.Action):
    """argparse's "version" action, with the version looked up only when asked: reading the installed
    package's metadata for it cost every run a few milliseconds of its start."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show program's version number and exit"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        from . import __version__

        sys.stdout.write(f"dsz-extract {__version__}\n")
        parser.exit()


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


def _read(item: str, stdin: TextIO) -> tuple[Page, str]:
    """-> (page, source); raises DecodeError / OSError naming the input."""
    if item == "-":
        data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode("utf-8")
        decoded = decode_bytes(data, source="<stdin>")
        return Page(decoded.text, list(decoded.warnings)), "<stdin>"
    path = Path(item)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FileNotFoundError(f"{item}: no such file or folder") from None
    except OSError as exc:  # a name too long, a folder, no permission: the system's words, after the name
        raise OSError(f"{item}: {(exc.strerror or str(exc)).lower()}") from exc
    return read_page(data, item), item


def misspelt_subcommand(word: str) -> str | None:
    """The subcommand `word` looks like a typo of ("evaluate" -> "eval"), when `word` is no path."""
    if word.startswith("-") or "/" in word or "." in word or word in SUBCOMMANDS or _exists(word):
        return None
    for name in SUBCOMMANDS:
        if word.startswith(name) or name.startswith(word):
            return name
    close = difflib.get_close_matches(word, list(SUBCOMMANDS), n=1, cutoff=0.6)
    return close[0] if close else None


def _exists(item: str) -> bool:
    try:
        return Path(item).exists()
    except OSError:
        return False


def empty_folders(inputs: Sequence[str]) -> list[str]:
    """The folders among `inputs` that hold no file a folder is read for."""
    return [item for item in inputs if item != "-" and _is_folder(item) and not any(iter_inputs([item]))]


def run_extract(argv: Sequence[str], stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    args = build_extract_parser().parse_args(argv)
    for folder in empty_folders(args.inputs):
        print(f"dsz-extract: error: {folder}: no {' '.join(TEXT_SUFFIXES)} file in this folder", file=stderr)
    if args.inputs and len(empty_folders(args.inputs)) == len(args.inputs):
        return 1
    if not args.time_limit >= 0:  # also refuses nan
        print("dsz-extract: --time-limit must be 0 (no limit) or a number of seconds", file=stderr)
        return 2
    try:
        extractor = Extractor(ner=args.ner, hanlp_model=args.hanlp_model, projects=args.projects)
    except (ValueError, ImportError, OSError) as exc:
        print(f"dsz-extract: {exc}", file=stderr)
        return 2
    try:  # a bad --reference-date is a usage error, found before any file is read
        parse_reference_date(args.reference_date)
    except ValueError as exc:
        print(f"dsz-extract: {exc}", file=stderr)
        return 2
    try:
        manifest = Manifest.load(args.manifest) if args.manifest else None
    except ManifestError as exc:
        print(f"dsz-extract: {exc}", file=stderr)
        return 2
    # A file's id is its path below the folder it was found under (unique in the run; contract §1).
    inputs = [
        (path, item if item != "-" and _is_folder(item) else None)
        for item in args.inputs
        for path in iter_inputs([item])
    ]
    ids = doc_ids([(path, root) for path, root in inputs if path != "-"])
    failed = 0
    for n, (item, _root) in enumerate(inputs):
        if n == 1:
            _settle_collector()
        try:
            page, source = _read(item, stdin)
        except (DecodeError, OSError, ImportError) as exc:  # ImportError: an HTML page without trafilatura
            failed += 1
            # DecodeError and missing files name the input already; other errors get it prepended
            where = "" if item in str(exc) else f"{item}: "
            print(f"dsz-extract: error: {where}{exc}", file=stderr)
            continue
        try:
            listed = manifest.lookup(item) if manifest is not None and item != "-" else None
            report = extractor(
                page.text,
                reference_date=args.reference_date,
                doc_id=ids.get(item, "stdin"),
                source=source,
                warnings=tuple(page.warnings),
                time_limit=args.time_limit or None,
                provenance=listed.over(page.provenance) if listed else page.provenance,
            )
        except TimeLimitExceeded as exc:  # this document is given up; the next one runs as usual
            failed += 1
            print(f"dsz-extract: error: {source}: {exc} (a longer --time-limit, or 0, lets it finish)", file=stderr)
            continue
        except Exception as exc:  # a bug costs this document, never the ones after it
            failed += 1
            print(f"dsz-extract: error: {source}: {internal_error(exc)}", file=stderr)
            continue
        stdout.write(report.model_dump_json(indent=2 if args.pretty else None))
        stdout.write("\n")
        stdout.flush()
    if failed:
        print(f"dsz-extract: {failed} input(s) failed; the others were written", file=stderr)
    return 1 if failed else 0


def internal_error(exc: BaseException) -> str:
    """What a user is told when extraction itself fails on a document: a bug of ours, not their file."""
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"internal error while extracting ({type(exc).__name__}: {first_line}); please report it with this file"


# Set by main when the program extracts: the collector is off until the first document is done.
_collector_off_for_start_up = False


def _pause_collector_for_start_up() -> None:
    global _collector_off_for_start_up
    _collector_off_for_start_up = gc.isenabled()
    gc.disable()


def _settle_collector() -> None:
    """What the first document loaded (gazetteer, dictionary, automata, patterns) stays to the end of
    the process: the collector's passes over it free nothing (extraction makes no reference cycles)
    and cost a twentieth of a cold run. Frozen after that document, it is never walked again, and the
    collector runs as usual for the rest of the inputs."""
    global _collector_off_for_start_up
    if _collector_off_for_start_up:
        _collector_off_for_start_up = False
        gc.freeze()
        gc.enable()


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
        meant = misspelt_subcommand(argv[0]) if argv else None
        if meant is not None:
            print(f"dsz-extract: unknown command '{argv[0]}', did you mean '{meant}'?", file=sys.stderr)
            return 2
        if as_program:
            _pause_collector_for_start_up()
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
