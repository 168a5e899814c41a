"""dsz-extract: typed, source-grounded records from Chinese 双招双引 reports.

>>> from dsz_extract import extract
>>> report = extract("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%。", reference_date="2023-05-20")
"""

from __future__ import annotations

from . import collector

# Importing builds the pydantic models and reads the compiled patterns: tens of thousands of objects
# that all stay alive, so the collector's passes meanwhile free nothing and cost a tenth of the import
# (a thirtieth of a cold CLI run). The collector is as it was afterwards.
with collector.paused():
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
