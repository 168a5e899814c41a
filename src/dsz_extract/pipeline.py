"""The order of the passes and the overlap rule; nothing else.

Numeric passes run first (cheap, regex speed), then the entity passes, which may look at what
the numeric passes found (a project named after 总投资X亿元的 starts after that money mention).
After each pass the overlap rule runs, so every pass sees a consistent set: the outermost
(longest) span wins, and between equal spans the earlier pass wins.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from . import models
from .dims import count, date, event, money, org, percent, person, place, project
from .doc import Doc
from .records import assemble

Pass = Callable[[Doc], list[Any]]

# Order matters: earlier passes win ties, and later passes read earlier results.
DEFAULT_PASSES: tuple[tuple[str, Pass], ...] = (
    ("date", date.find),
    ("money", money.find),
    ("percent", percent.find),
    ("count", count.find),
    ("event", event.find),
    ("project", project.find),
    ("org", org.find),
    ("person", person.find),
    ("place", place.find),
)


def resolve_overlaps(mentions: Sequence[Any]) -> list[Any]:
    """Keep the outermost mention of every overlapping group; ties go to the one added first."""
    order = sorted(range(len(mentions)), key=lambda i: (-(mentions[i].end - mentions[i].start), i))
    starts: list[int] = []  # the kept spans are disjoint, so sorted starts and ends go together
    ends: list[int] = []
    kept: list[Any] = []
    for i in order:
        m = mentions[i]
        if m.end <= m.start:
            continue
        at = bisect.bisect_left(starts, m.start)
        if (at > 0 and ends[at - 1] > m.start) or (at < len(starts) and starts[at] < m.end):
            continue
        starts.insert(at, m.start)
        ends.insert(at, m.end)
        kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def parse_reference_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError as exc:
        raise ValueError(f"reference_date must be an ISO date (YYYY-MM-DD), got {value!r}") from exc


def run(
    text: str,
    *,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    source: str | None = None,
    passes: Sequence[tuple[str, Pass]] = DEFAULT_PASSES,
    extra_mentions: Callable[[Doc], list[Any]] | None = None,
    rules_win: bool = True,
    warnings: Sequence[str] = (),
) -> models.Report:
    doc = Doc(text, reference_date=parse_reference_date(reference_date), doc_id=doc_id, source=source)
    doc.warnings.extend(warnings)
    if not text.strip():
        doc.warnings.append("empty input: no text to extract from")
        return _report(doc, [], [], [])
    if doc.reference_date is None:
        doc.reference_date = date.infer_reference_date(doc)
    if doc.traditional:
        doc.warnings.append("traditional characters: matched on a simplified view, offsets point into the original")
    for _name, find in passes:
        doc.extend(find(doc))
        doc.mentions = resolve_overlaps(doc.mentions)
    if extra_mentions is not None:
        doc.mentions = merge_backend_mentions(doc.mentions, extra_mentions(doc), rules_win=rules_win)
    deals, metrics, talent = assemble(doc)
    return _report(doc, deals, metrics, talent)


def merge_backend_mentions(
    rule_mentions: list[Any], backend_mentions: list[Any], *, rules_win: bool = True
) -> list[Any]:
    """Add a backend's mentions where they do not conflict; on conflict the rules win unless told."""
    first, second = (rule_mentions, backend_mentions) if rules_win else (backend_mentions, rule_mentions)
    kept = list(first)
    for m in second:
        if not any(m.start < k.end and k.start < m.end for k in first):
            kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def _report(doc: Doc, deals: list[Any], metrics: list[Any], talent: list[Any]) -> models.Report:
    report = models.Report(
        doc_id=doc.doc_id,
        source=doc.source,
        title=doc.title,
        reference_date=doc.reference_date.isoformat() if doc.reference_date else None,
        subject_place=doc.info.get("subject_place"),
        mentions=doc.mentions,
        deals=deals,
        metrics=metrics,
        talent=talent,
        warnings=doc.warnings,
    )
    return report.with_text(doc.original)
