"""date mentions: rules and normalisation side by side."""

from __future__ import annotations

from typing import Any

from ..doc import Doc


def find(doc: Doc) -> list[Any]:
    return []


def infer_reference_date(doc: Doc) -> Any:
    """The reference date stated by the text itself (a full date), else None."""
    return None
