"""What the end-to-end metric tests compare: each metric's number, period and place."""

from __future__ import annotations

from typing import Any

from dsz_extract import extract, models


def number(value: Any) -> float:
    """A metric's figure: an amount of money, or the value of a count or percent."""
    return value.amount if isinstance(value, models.MoneyValue) else value.value


def read_metrics(text: str, reference: str | None) -> list[tuple[float, str | None, str | None]]:
    """(number, period, place) of each metric extracted from `text`, in order."""
    report = extract(text, reference_date=reference)
    return [(number(m.value), m.period, m.place) for m in report.metrics]


def metrics_valued(text: str, reference: str | None, value: float) -> list[models.Metric]:
    """The metrics extracted from `text` whose figure is `value` (39.5亿元 is 3950000000)."""
    report = extract(text, reference_date=reference)
    return [m for m in report.metrics if abs(number(m.value) - value) < 1e-6 * max(1, value)]
