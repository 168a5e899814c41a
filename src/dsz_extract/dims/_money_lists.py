"""Amounts listed before the one that carries their unit: 分别利用外资11.48、3.11、1.44亿美元 gives three, in the last
one's scale (亿) and currency, as the contract asks of numbers that share a unit (one mention per amount)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import numerals as nm
from .. import patterns
from ..doc import Doc
from ..models import MoneyValue

# The scale a list's last amount gives the bare numbers before it (分别为11.48、3.11、1.44亿美元: 亿).
_SCALES = frozenset(Decimal(10) ** k for k in (0, 3, 4, 8, 12))
_LEADING_DIGITS = patterns.compile(r"\d+(?:\.\d+)?")


def shared_unit_lists(doc: Doc, found: list[Any]) -> list[Any]:
    """The earlier numbers of 三个行业分别利用外资11.48、3.11、1.44亿美元: amounts in the last one's scale
    and currency, one mention each (contract §6: a number shared by two units is one mention per amount)."""
    added = []
    taken = [(m.start, m.end) for m in found]
    for last in found:
        scale = _scale_of(doc.norm[last.start : last.end], last.value)
        if scale is None:
            continue
        items = nm.list_before(doc.norm, last.start)
        if any(item.comma or item.counted or not item.numeral.arabic for item in items):
            continue  # 分别投资1,200、300万元: a comma in a list of amounts may be a thousands separator
        for item in items:
            if any(s < item.end and item.start < e for s, e in taken):
                continue
            value = MoneyValue(amount=nm.to_number(item.numeral.value * scale), currency=last.value.currency)
            added.append(doc.make("money", item.start, item.end, value))
    return added


def _scale_of(text: str, value: MoneyValue) -> Decimal | None:
    """亿 for 1.44亿美元, 1 for 12455元: what the written digits of a plain amount are multiplied by."""
    digits = _LEADING_DIGITS.search(text)
    written = Decimal(digits.group()) if digits is not None else Decimal(0)
    if value.amount_max is not None or not written:
        return None
    scale = Decimal(str(value.amount)) / written
    return scale if scale in _SCALES else None
