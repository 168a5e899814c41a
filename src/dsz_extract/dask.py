"""Reports from a Dask bag, on any Dask scheduler: threads, processes or a distributed cluster.

    import dask.bag as db
    from dsz_extract.dask import extract_bag, is_error

    paths = db.from_sequence(sorted(Path("reports").rglob("*.txt")), npartitions=64)
    results = extract_bag(paths, reference_date="2023-08-20")
    results.filter(is_error).map(json.dumps).to_textfiles("errors/*.jsonl")
    results.remove(is_error).map(json.dumps).to_textfiles("reports/*.jsonl")

The module is named after the library it adapts; `import dask.bag` below is an absolute import
and so always means the top-level dask package, never this module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
from typing import Any, Literal

import dask.bag

from .batch import DEFAULT_MAX_BYTES, Settings, error_record, extractor_for, process_file
from .pipeline import parse_reference_date

ItemKind = Literal["auto", "path", "text"]


def extract_bag(
    bag: dask.bag.Bag,
    *,
    kind: ItemKind = "auto",
    reference_date: str | dt.date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> dask.bag.Bag:
    """A bag of report dicts (the JSON shape of docs/contract.md), one per item, in item order.

    Items are paths or texts. With `kind="auto"`: `pathlib.Path` (any os.PathLike) is a file read
    on the worker (the workers must see the same files), `str` is the text itself, and a dict is
    `{"text": …}` or `{"path": …}` with optional "doc_id", "source" and "reference_date". Pass
    `kind="path"` to read plain strings as paths (e.g. a bag made from glob results).

    An item that cannot be read or extracted gives `{"error": {"file", "reason", "exception",
    "content_sha256"}}` instead of a report; `is_error` tells them apart. Bad input never fails
    the computation.
    """
    if kind not in ("auto", "path", "text"):
        raise ValueError(f"kind must be 'auto', 'path' or 'text', got {kind!r}")
    reference = parse_reference_date(reference_date)
    settings = Settings(reference_date=reference.isoformat() if reference else None, max_bytes=max_bytes)
    return bag.map(extract_item, settings=settings, kind=kind)


def is_error(result: dict[str, Any]) -> bool:
    return "error" in result


def extract_item(item: Any, settings: Settings, kind: ItemKind = "auto") -> dict[str, Any]:
    """One bag item -> a report dict or an error dict; never raises."""
    if isinstance(item, dict):
        return _extract_dict(item, settings)
    if kind == "path" or (kind == "auto" and isinstance(item, os.PathLike)):
        return _from_outcome(process_file(os.fspath(item), settings))
    if isinstance(item, str):
        return _extract_text(item, settings)
    return {"error": error_record(repr(item)[:200], TypeError(f"expected a path or a text, got {type(item).__name__}"))}


def _extract_dict(item: dict[str, Any], settings: Settings) -> dict[str, Any]:
    if "reference_date" in item:
        settings = dataclasses.replace(settings, reference_date=item["reference_date"])
    if "path" in item:
        path = os.fspath(item["path"])
        result = _from_outcome(process_file(path, settings))
        if not is_error(result):
            result["doc_id"] = item.get("doc_id", result["doc_id"])
            result["source"] = item.get("source", path)
        return result
    if "text" in item:
        return _extract_text(item["text"], settings, doc_id=item.get("doc_id"), source=item.get("source"))
    return {"error": error_record(repr(item)[:200], KeyError("a dict item needs a 'text' or a 'path' key"))}


def _extract_text(
    text: str, settings: Settings, doc_id: str | None = None, source: str | None = None
) -> dict[str, Any]:
    sha256 = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    # A text without a name gets one from its content: stable across runs, unique per text.
    doc_id = doc_id if doc_id is not None else f"text_{sha256[:16]}"
    try:
        if len(text.encode("utf-8", "surrogatepass")) > settings.max_bytes:
            raise ValueError(f"{source or doc_id}: text over the max_bytes limit of {settings.max_bytes}")
        report = extractor_for(settings.ner, settings.hanlp_model, settings.projects)(
            text, reference_date=settings.reference_date, doc_id=doc_id, source=source
        )
    except Exception as exc:  # one bad text must not fail the whole computation
        return {"error": error_record(source or doc_id, exc, sha256)}
    return report.model_dump(mode="json")


def _from_outcome(outcome: Any) -> dict[str, Any]:
    if outcome.line is None:
        return {"error": outcome.error}
    result: dict[str, Any] = json.loads(outcome.line)
    return result


__all__ = ["extract_bag", "extract_item", "is_error"]
