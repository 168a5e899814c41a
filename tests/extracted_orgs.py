"""The organisations the full extractor finds in a sentence, as (text, kind) in order, spans checked exact
(shared by the data-driven org tests)."""

from __future__ import annotations

from dsz_extract.extractor import Extractor

EXTRACT = Extractor()


def orgs(text: str) -> list[tuple[str, str]]:
    found = []
    for m in EXTRACT(text).mentions:
        if m.type == "org":
            assert text[m.start : m.end] == m.text
            found.append((m.text, m.value.kind))
    return found
