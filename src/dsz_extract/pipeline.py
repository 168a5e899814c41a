"""The order of the passes and the overlap rule; nothing else.

Numeric passes run first (cheap, regex speed), then the entity passes, which may look at what
the numeric passes found (a project named after 总投资X亿元的 starts after that money mention).
After each pass the overlap rule runs, so every pass sees a consistent set: the outermost
(longest) span wins, and between equal spans the earlier pass wins. Last, after any NER backend,
the learned model names the projects in place of the project rules (dims/project_model.py), unless
`projects="rules"`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
from collections.abc import Callable, Sequence
from typing import Any, Literal

from . import collector, models, pubdate
from .dims import count, date, event, money, org, percent, person, place, project, project_model
from .dims._gloss import GlossFree
from .doc import Doc
from .provenance import Provenance
from .records import assemble_with_totals

Pass = Callable[[Doc], list[Any]]
# Who names the projects: the learned model over the rules' other mentions (dims/project_model.py), or the rules.
ProjectReader = Literal["model", "rules"]
PROJECT_READERS: tuple[str, ...] = ("model", "rules")
# A backend's conflict policy: (backend mention, the rule mentions it overlaps) -> the mentions that stand.
Settle = Callable[[Any, list[Any]], list[Any]]

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
    spans = [(m.start, m.end) for m in mentions]
    # Longest first, then the one added first: (minus the length, index) sorts in that order.
    order = sorted((start - end, i) for i, (start, end) in enumerate(spans) if end > start)
    starts: list[int] = []  # the kept spans are disjoint and non-empty, so sorting by start sorts them
    ends: list[int] = []
    kept: list[Any] = []
    for _, i in order:
        start, end = spans[i]
        at = bisect.bisect_left(starts, start)
        if _overlaps_neighbour(starts, ends, at, start, end):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        kept.insert(at, mentions[i])
    return kept


def _overlaps_neighbour(starts: list[int], ends: list[int], at: int, start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the disjoint sorted spans, `at` being its insertion point."""
    return bool((at and ends[at - 1] > start) or (at < len(starts) and starts[at] < end))


def add_resolved(kept: list[Any], added: Sequence[Any]) -> list[Any]:
    """`resolve_overlaps(kept + added)` for a `kept` that is already resolved, re-deciding only what
    the added mentions overlap.

    The rule decides every group of overlapping mentions on its own, and the kept mentions overlap
    nothing among themselves, so a kept mention that no added one overlaps stays as it is. Each pass
    then costs in proportion to what it found, not to everything found before it.
    """
    if not added:
        return kept
    # Bisected by key, not over lists of every kept start and end: those cost each pass in proportion
    # to everything found before it. Disjoint and sorted by start, the kept are sorted by end too.
    touched: set[int] = set()
    alone: list[Any] = []  # added mentions overlapping no kept one
    contested_added: list[Any] = []
    for m in added:
        lo = bisect.bisect_right(kept, m.start, key=_end)
        hi = bisect.bisect_left(kept, m.end, lo, key=_start)
        touched.update(range(lo, hi))
        (contested_added if lo < hi or m.end <= m.start else alone).append(m)
    if not _disjoint(added):
        alone, contested_added = [], list(added)  # they overlap among themselves: the rule decides them all
    # An added mention overlapping nothing, kept or added, stands whatever the rule decides elsewhere: only
    # the others, and the kept ones they overlap, go through it (most of a pass's mentions overlap nothing).
    contested = [kept[i] for i in sorted(touched)]
    contested.extend(contested_added)
    merged = [m for i, m in enumerate(kept) if i not in touched] if touched else list(kept)
    merged.extend(alone)
    merged.extend(resolve_overlaps(contested))
    merged.sort(key=_start)  # disjoint and non-empty: the starts differ
    return merged


def _disjoint(mentions: Sequence[Any]) -> bool:
    """Whether the spans, in order of their starts, overlap none of the others (a pass's usual output;
    False for any other, which then goes through the rule as a whole)."""
    end = 0
    for m in mentions:
        if m.start < end:
            return False
        end = m.end
    return True


# Keys in C: add_resolved bisects and sorts by them once per mention and pass.
_start = operator.attrgetter("start")
_end = operator.attrgetter("end")


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


def run_passes(doc: Doc, passes: Sequence[tuple[str, Pass]] = DEFAULT_PASSES) -> None:
    for _name, find in passes:
        doc.mentions = add_resolved(doc.mentions, find(doc))


def _name_projects_by_model(doc: Doc) -> None:
    """The model's project names in place of the rules'; a place a new name takes in stays the name's own place,
    as the place pass keeps those inside the rules' names, and one a dropped rules' name held is a mention again."""
    names = project_model.mentions(doc)
    inside = place.places_inside(doc, names)
    rule_names = doc.of_type("project")
    doc.mentions = add_resolved(_without("project", doc.mentions), names)
    place.keep_places_taken(doc, inside)
    # a place a rules' name held, where the model named nothing, is a place again
    doc.mentions = add_resolved(doc.mentions, place.restore_places_of_dropped_names(doc, rule_names))


def _without(kind: str, mentions: list[Any]) -> list[Any]:
    return [m for m in mentions if m.type != kind]


def run(
    text: str,
    *,
    reference_date: str | dt.date | None = None,
    doc_id: str | None = None,
    source: str | None = None,
    passes: Sequence[tuple[str, Pass]] = DEFAULT_PASSES,
    extra_mentions: Callable[[Doc], list[Any]] | None = None,
    rules_win: bool | Settle = True,
    warnings: Sequence[str] = (),
    provenance: Provenance | None = None,
    projects: ProjectReader = "model",
) -> models.Report:
    """`reference_date` is the caller's guess: a date the document states outranks it (`pubdate`).

    A page with pinyin glosses after its characters (增長(zhǎng), 濱海新區(qū)), or with its lines broken at a
    fixed width inside words and numbers (生产总值34 / 0亿元), is read without them and its offsets mapped
    back: every pass and record reads the words whole (`_read_past_glosses`)."""
    if (view := GlossFree.of(text, wraps=True)) is not None:
        read = run(
            view.text,
            reference_date=reference_date,
            doc_id=doc_id,
            source=source,
            passes=passes,
            extra_mentions=extra_mentions,
            rules_win=rules_win,
            warnings=warnings,
            provenance=provenance,
            projects=projects,
        )
        return _read_past_glosses(read, view)
    given = parse_reference_date(reference_date)
    doc = Doc(text, doc_id=doc_id, source=source)
    doc.warnings.extend(warnings)
    doc.info["provenance"] = provenance or Provenance()
    doc.warnings.extend(doc.info["provenance"].warnings)
    if not text.strip():
        doc.warnings.append("empty input: no text to extract from")
        _anchor(doc, given)
        return _report(doc, [], [], [])
    _anchor(doc, given)
    if doc.traditional:
        doc.warnings.append("traditional characters: matched on a simplified view, offsets point into the original")
    with collector.paused():  # what the passes make is kept until the report is built
        run_passes(doc, passes)
        if projects == "model":
            # Before a backend's names join: the model reads the rules' mentions as it was trained on them, so its
            # names, and the numbers they leave standing, are the same whichever backend runs.
            _name_projects_by_model(doc)
        if extra_mentions is not None:
            doc.mentions = merge_backend_mentions(doc.mentions, extra_mentions(doc), rules_win=rules_win)
        deals, metrics, talent, event_totals = assemble_with_totals(doc)
        if unresolved := pubdate.unresolved_warning(doc.mentions, doc.reference_date is not None):
            doc.warnings.append(unresolved)
        return _report(doc, deals, metrics, talent, event_totals)


def _read_past_glosses(report: models.Report, view: GlossFree) -> models.Report:
    """A report read on the gloss-free view, with its spans moved back onto the page as written: a span keeps
    the glosses inside it and the one after its last character (the names and values stay gloss-free).

    The report was just made for this page and nobody else holds its parts, so they are moved in place
    (a copy of each of a long page's many mentions costs more than reading them)."""
    original = view.original
    moved: set[int] = set()  # a span object two records share is moved once

    def move(item: Any) -> None:
        if id(item) in moved:
            return
        moved.add(id(item))
        start, end = _original_span(view, item.start, item.end)
        for name, value in (("start", start), ("end", end), ("text", original[start:end])):
            object.__setattr__(item, name, value)  # no validation: offsets within the page, text cut from it

    for m in report.mentions:
        move(m)
    for record in (*report.deals, *report.metrics, *report.talent, *report.event_totals):
        move(record.evidence)
    report.warnings.extend(_view_warnings(view))
    return report.with_text(original)


def _view_warnings(view: GlossFree) -> list[str]:
    said = {
        "pinyin glosses after characters": view.glossed,
        "hard line wraps (a page copied at a fixed width)": view.wrapped,
    }
    return [f"{what}: read without them, offsets point into the original" for what, found in said.items() if found]


def _original_span(view: GlossFree, start: int, end: int) -> tuple[int, int]:
    if end <= start:
        at = view.to_original(start, start + 1)[0] if start < len(view.text) else len(view.original)
        return at, at
    return view.to_original(start, end)


def _anchor(doc: Doc, given: dt.date | None) -> None:
    """Set the document's reference date from the best evidence there is (`dsz_extract.pubdate`)."""
    stated: Provenance = doc.info["provenance"]
    found, source, warnings = pubdate.resolve(doc, given, stated.published, stated.published_from)
    doc.reference_date = found
    doc.info["reference_date_source"] = source
    doc.warnings.extend(warnings)
    if found is None and (year := pubdate.opening_year(doc)) is not None:
        doc.stated_year = year
        doc.warnings.append(
            f"no reference date: dates without a year take {year}, the latest year the page states as its own"
        )


def merge_backend_mentions(
    rule_mentions: list[Any], backend_mentions: list[Any], *, rules_win: bool | Settle = True
) -> list[Any]:
    """Add a backend's mentions where they do not conflict, and settle the conflicts.

    `rules_win` says who wins where a backend mention overlaps rule mentions: True the rules,
    False the backend, or a backend's own policy: `settle(backend_mention, overlapped_rule_mentions)`
    returns the mentions that stand there instead, drawn from those it was given (the backend
    mention may come back as a copy over the same span, carrying what the rule mentions knew).
    Each side's spans are disjoint (the overlap rule; a tagger's output), so neither are the merged ones.
    """
    if not callable(rules_win):
        return _merge_by_rank(rule_mentions, backend_mentions, rules_win=rules_win)
    rules = sorted(rule_mentions, key=_start)
    starts = [m.start for m in rules]
    ends = [m.end for m in rules]  # disjoint and sorted by start, so sorted by end too
    dropped: set[int] = set()
    added: list[Any] = []
    for m in backend_mentions:
        overlapped = [
            i for i in range(bisect.bisect_right(ends, m.start), bisect.bisect_left(starts, m.end)) if i not in dropped
        ]
        if not overlapped:
            added.append(m)
            continue
        standing = rules_win(m, [rules[i] for i in overlapped])
        standing_ids = {id(s) for s in standing}
        dropped.update(i for i in overlapped if id(rules[i]) not in standing_ids)
        rule_ids = {id(rules[i]) for i in overlapped}
        added.extend(s for s in standing if id(s) not in rule_ids)
    merged = [m for i, m in enumerate(rules) if i not in dropped] + added
    merged.sort(key=lambda m: (m.start, m.end))
    return merged


def _merge_by_rank(rule_mentions: list[Any], backend_mentions: list[Any], *, rules_win: bool) -> list[Any]:
    """Where the two overlap, one side wins every conflict."""
    first, second = (rule_mentions, backend_mentions) if rules_win else (backend_mentions, rule_mentions)
    first = sorted(first, key=_start)  # each side's spans are disjoint (the overlap rule; a tagger's output)
    starts = [m.start for m in first]
    ends = [m.end for m in first]
    kept = list(first)
    for m in second:
        if not _overlaps_neighbour(starts, ends, bisect.bisect_left(starts, m.start), m.start, m.end):
            kept.append(m)
    kept.sort(key=lambda m: (m.start, m.end))
    return kept


def _report(
    doc: Doc, deals: list[Any], metrics: list[Any], talent: list[Any], event_totals: Sequence[Any] = ()
) -> models.Report:
    provenance: Provenance = doc.info["provenance"]
    report = models.Report(
        doc_id=doc.doc_id,
        source=doc.source,
        url=provenance.url,
        title=provenance.title or doc.title,
        reference_date=doc.reference_date.isoformat() if doc.reference_date else None,
        reference_date_source=doc.info.get("reference_date_source"),
        subject_place=doc.info.get("subject_place"),
        mentions=date.plan_as_written(doc.mentions),
        deals=deals,
        metrics=metrics,
        talent=talent,
        event_totals=list(event_totals),
        warnings=doc.warnings,
    )
    return report.with_text(doc.original)
