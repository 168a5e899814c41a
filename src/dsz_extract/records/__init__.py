"""Record assemblers: deals, metrics and talent built from the mentions of each clause/sentence.

One pass over the sentences: each sentence goes to the deal reader first (it takes the amounts
and project counts of named projects), then to the talent reader (counts of people), then to the
metric reader (every figure left). What one reader takes, the next does not see again.
"""

from __future__ import annotations

from typing import Any

from ..doc import Doc
from ..link_blocks import report_end
from . import deal_merge, deals, metrics, repeats, talent, totals
from .context import Reading


def assemble(doc: Doc) -> tuple[list[Any], list[Any], list[Any]]:
    """Return (deals, metrics, talent) for the document."""
    deal_records, metric_records, talent_records, _ = assemble_with_totals(doc)
    return deal_records, metric_records, talent_records


def assemble_with_totals(doc: Doc) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    """Return (deals, metrics, talent, event totals); each deal inside an event total points at it."""
    reading = Reading(doc)
    frames: list[Any] = []
    metric_records: list[Any] = []
    talent_records: list[Any] = []
    event_totals = totals.TotalsReader()
    end = report_end(reading.norm)  # other pages' links after it (相关新闻 …) tell other stories
    for sent in reading:
        if not sent.mentions or sent.span.start >= end:
            continue
        used: set[tuple[str, int, int]] = set()
        event_totals.read_sentence(reading, sent)  # reads mentions only; takes none from the others
        frames.extend(deals.read_sentence(reading, sent, used))
        talent_records.extend(talent.read_sentence(reading, sent, used))
        metric_records.extend(metrics.read_sentence(reading, sent, used))
    # the headline's deals go first, so that the body's telling, not the headline's, is the one kept
    deal_records = repeats.drop_headline_repeats(
        reading,
        deal_merge.finish(reading, frames, event_totals.index_of),
        repeats.deal_key,
        repeats.firm_told_in_full,
    )
    deal_records = repeats.drop_told_again(repeats.drop_short_repeats(deal_records))
    deal_records = repeats.drop_bare_leads_told_with_money(deal_records)
    metric_records = repeats.drop_body_repeats(
        reading,
        repeats.drop_event_restatements(
            reading,
            repeats.drop_headline_repeats(reading, metric_records, repeats.metric_key, repeats.amount_told_in_full),
        ),
    )
    talent_records = talent.drop_repeats(
        reading, repeats.drop_headline_repeats(reading, talent_records, repeats.talent_key)
    )
    return deal_records, metric_records, talent_records, event_totals.totals
