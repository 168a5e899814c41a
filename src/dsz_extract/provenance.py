"""Where a report comes from: its id, URL, title and publication date, known besides its text.

- `Provenance`: what a scraper's manifest or the page's HTML says of one document.
- `Manifest`: a scraper's list of pages (CSV or JSON lines with ``path, url, published, title``),
  looked up by file path. A relative ``path`` is relative to the manifest's folder (else to the
  working folder, for scrapers that write paths as they were given).
- `doc_ids`: one id per input file, unique across a run: the path below the input it was found
  under (a folder, a glob's fixed part, or a named file's folder), without the suffix.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePath
from typing import Any

from .pubdate import parse_date_value

MANIFEST_FIELDS = ("path", "url", "published", "title")
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclasses.dataclass(frozen=True)
class Provenance:
    """What is known of a document besides its text. `published_from`: manifest, html_meta or header."""

    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    published_from: str | None = None
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if isinstance(self.published, str):  # Provenance(published="2023-11-29") from Python
            object.__setattr__(self, "published", parse_date_value(self.published))
        if self.published is not None and self.published_from is None:
            object.__setattr__(self, "published_from", "manifest")

    def over(self, fallback: Provenance | None) -> Provenance:
        """This provenance, its gaps filled from `fallback` (a manifest row over the page's own HTML)."""
        if fallback is None:
            return self
        has_date = self.published is not None
        return Provenance(
            url=self.url or fallback.url,
            title=self.title or fallback.title,
            published=self.published if has_date else fallback.published,
            published_from=self.published_from if has_date else fallback.published_from,
            warnings=self.warnings + fallback.warnings,
        )


class ManifestError(ValueError):
    """A manifest that cannot be used; the message names the file (and the line)."""


@dataclasses.dataclass
class Manifest:
    """A scraper's manifest: file path -> Provenance. `Manifest.load(path)` reads one."""

    path: str
    sha256: str
    rows: dict[str, Provenance]

    @classmethod
    def load(cls, path: str | Path) -> Manifest:
        """Read a CSV/TSV or JSON-lines manifest; ManifestError names the file and line of a problem."""
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ManifestError(f"{path}: cannot read the manifest ({(exc.strerror or str(exc)).lower()})") from exc
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ManifestError(f"{path}: the manifest is not UTF-8") from exc
        rows: dict[str, Provenance] = {}
        base = path.resolve().parent
        for number, record in _records(path, text):
            provenance = _provenance(path, number, record)
            for key in _keys(str(record["path"]), base):
                rows.setdefault(key, provenance)
        return cls(str(path), hashlib.sha256(data).hexdigest(), rows)

    def get(self, source: str) -> Provenance | None:
        return self.rows.get(_key(source))

    def lookup(self, source: str) -> Provenance:
        """The row of a file; a Provenance carrying only a warning when the manifest has none."""
        found = self.get(source)
        if found is not None:
            return found
        return Provenance(warnings=(f"manifest: {self.path} has no row for {source}",))


def _key(path: str) -> str:
    return os.path.normcase(os.path.abspath(path))


def _keys(path: str, base: Path) -> list[str]:
    if os.path.isabs(path):
        return [_key(path)]
    return [_key(str(base / path)), _key(path)]


def _records(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) of every row; ManifestError for a row that cannot be read."""
    if path.suffix.lower() in _JSONL_SUFFIXES or text.lstrip().startswith("{"):
        yield from _json_records(path, text)
    else:
        yield from _csv_records(path, text)


def _json_records(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise ManifestError(f"{path}:{number}: not a JSON object ({exc})") from exc
        if not isinstance(record, dict):
            raise ManifestError(f"{path}:{number}: not a JSON object")
        yield number, _checked(path, number, record)


def _csv_records(path: Path, text: str) -> Iterator[tuple[int, dict[str, Any]]]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" or "\t" in text.split("\n", 1)[0] else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if reader.fieldnames is None or "path" not in [f.strip() for f in reader.fieldnames]:
        raise ManifestError(
            f"{path}: a manifest needs a header row with a 'path' column ({', '.join(MANIFEST_FIELDS)})"
        )
    for record in reader:
        cleaned = {(k or "").strip(): (v or "").strip() if isinstance(v, str) else v for k, v in record.items()}
        yield reader.line_num, _checked(path, reader.line_num, cleaned)


def _checked(path: Path, number: int, record: dict[str, Any]) -> dict[str, Any]:
    if not str(record.get("path") or "").strip():
        raise ManifestError(f"{path}:{number}: a row without a path")
    return record


def _provenance(path: Path, number: int, record: dict[str, Any]) -> Provenance:
    published = _text(record.get("published"))
    try:
        date = parse_date_value(published) if published else None
    except ValueError as exc:
        raise ManifestError(f"{path}:{number}: published {published!r} is not a date (YYYY-MM-DD)") from exc
    return Provenance(url=_text(record.get("url")), title=_text(record.get("title")), published=date)


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


# --- document ids -------------------------------------------------------------------------------


def doc_ids(files: Sequence[tuple[str, str | None]]) -> dict[str, str]:
    """file -> id for (file, root) pairs: the file's path below its root, without the suffix.

    `root` is the folder or the fixed part of the glob the file was found under, None for a file
    named on its own (its id is then its stem). Ids that still repeat (the same name under two
    roots, or x.txt beside x.html) become the path below the files' common folder, then keep
    their suffix, so no two files of a run share one.
    """
    absolute = {root: os.path.abspath(root) for root in {root for _file, root in files if root is not None}}
    ids = {file: _below(file, absolute[root] if root is not None else None) for file, root in files}
    for group in _repeated(ids):
        common = os.path.commonpath([os.path.abspath(f) for f in group]) if len(group) > 1 else None
        for file in group:
            ids[file] = _below(os.path.abspath(file), common)
    for group in _repeated(ids):
        for file in group:
            ids[file] = ids[file] + PurePath(file).suffix
    return ids


def _below(file: str, root: str | None) -> str:
    """The file's path below `root` (absolute) without its suffix; its name alone without a root.

    Plain string work (no PurePath per file): doc ids are made for every input before any is extracted.
    """
    name = os.path.basename(file)
    below = name
    if root is not None:
        with contextlib.suppress(ValueError):  # another drive (Windows): the name alone
            below = os.path.relpath(file, root)  # relpath makes `file` absolute itself
        if below == os.pardir or below.startswith(os.pardir + os.sep):  # not below the root after all
            below = name
    return _without_suffix(below).replace(os.sep, "/")


def _without_suffix(path: str) -> str:
    """`path` without the suffix of its last part, as PurePath.with_suffix("") (".x" and "x." have none)."""
    name_start = path.rfind(os.sep) + 1
    dot = path.rfind(".")
    return path[:dot] if name_start < dot < len(path) - 1 else path


def _repeated(ids: dict[str, str]) -> Iterable[list[str]]:
    by_id: dict[str, list[str]] = defaultdict(list)
    for file, doc_id in ids.items():
        by_id[doc_id].append(file)
    return [files for files in by_id.values() if len(files) > 1]
