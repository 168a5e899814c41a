"""dsz-extract: typed, source-grounded records from Chinese 双招双引 reports.

>>> from dsz_extract import extract
>>> report = extract("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%。", reference_date="2023-05-20")
"""

from __future__ import annotations

from .extractor import Extractor, extract, extract_file
from .frames import frames
from .ledger import Ledger, ledger
from .models import (
    Deal,
    Evidence,
    Metric,
    Report,
    Talent,
)
from .provenance import Manifest, ManifestError, Provenance
from .text import DecodeError


def __getattr__(name: str) -> str:
    # Looked up when asked for: importlib.metadata costs 40 ms, a twentieth of a cold CLI run.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("dsz-extract")
    except PackageNotFoundError:  # running from a source tree without installation
        return "0.0.0+unknown"


__all__ = [
    "Deal",
    "DecodeError",
    "Evidence",
    "Extractor",
    "Ledger",
    "Manifest",
    "ManifestError",
    "Metric",
    "Provenance",
    "Report",
    "Talent",
    "__version__",
    "extract",
    "extract_file",
    "frames",
    "ledger",
]
