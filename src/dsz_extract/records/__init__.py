"""Record assemblers: deals, metrics and talent built from the mentions of each clause/sentence."""

from __future__ import annotations

from typing import Any

from ..doc import Doc


def assemble(doc: Doc) -> tuple[list[Any], list[Any], list[Any]]:
    """Return (deals, metrics, talent) for the document."""
    return [], [], []
