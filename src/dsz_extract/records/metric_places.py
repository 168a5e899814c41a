"""The place of a figure nothing else places, in a report without a subject place.

A page whose places all lie in one of them ("…中國500強企業投資江西重大項目簽約儀式…在南昌…我省…": 南昌 lies in
江西省) and whose subject place the place pass could not settle on (too few mentions to weigh) still speaks of
that place: the figures no clause, paragraph or event places are the one unit all its places lie in, as 全市 /
我省 are in such a report (docs/contract.md, Places).
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..gazetteer import ADMIN_LEVELS
from .subject_places import holds


def only_place(doc: Doc) -> str | None:
    """The administrative place every other place the document names (its resolved 全省 / 我市 too) lies in,
    else None: two places side by side leave it open."""
    places: dict[str, Any] = {}
    for m in doc.of_type("place"):
        value = m.value
        if value.level in ADMIN_LEVELS and not value.candidates and value.adcode:
            places.setdefault(value.name, value)
    for name, value in places.items():
        if all(other is value or holds(value, other) for other in places.values()):
            return name
    return None
