"""A list whose count and total are told before it, in its sentence ("此次集中开工的项目共4个，总投资18.05亿元，
分别是A、B、C、D"; "签约项目3个，协议投资额12亿元，包括A、B、C"): when the count is the number of projects listed, the
total is theirs together: one deal of the group, with its count (as "A、B、C等3个项目，总投资…" is). A count larger than
the list (…共15个，主要包括A、B等) makes A and B examples: no total of theirs (records/deals.py, _leave_aggregate).

records/deals.py calls `take_the_total_told_before` on each frame of a sentence.
"""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from .context import Reading
from .deal_frame import Frame
from .sentence import Sentence

# What opens the list right before its first item.
_OPENS_THE_LIST_RE = patterns.compile(r"(?:分别是|分别为|包括|包含|即|为|是|有)[:：]?\s*$")
# The words before the amount that make it the total of the counted projects.
_TOTAL_BEFORE_RE = patterns.compile(
    r"(?:总投资|投资总额|总投资额|计划总投资|协议投资额|协议投资|合同引资额|合同引资|签约金额|投资额)"
    r"(?:合计|共计|总计)?(?:达到|达|为|约|超|共|近|逾|高达)?\s*$"
)
_COUNT_UNITS = ("个", "项")
# A size closed by 的 or a head (投资额超过10亿元的项目3个, 亿元以上项目): a threshold of a class, no total.
_THRESHOLD_AFTER_RE = patterns.compile(r"(?:以上|以下|左右|之间)?(?:的|项目|工程)")


def take_the_total_told_before(reading: Reading, sent: Sentence, frame: Frame) -> None:
    """Give a list of projects without an amount the count and total its sentence told before it, when the count
    is the number of projects listed."""
    if len(frame.projects) < 2 or frame.amounts or frame.respective:
        return
    first = min((m.start for m in frame.used if m.type == "project"), default=None)
    if first is None or not _OPENS_THE_LIST_RE.search(reading.norm, max(sent.span.start, first - 4), first):
        return
    count, money = _count_and_total_before(reading, sent, first)
    if count is None or money is None or int(count.value.value) != len(frame.projects):
        return
    frame.amounts = [models.DealAmount(role="total", money=money.value)]
    frame.project_count = len(frame.projects)
    frame.used.extend((count, money))
    frame.cover(count.start, money.end)


def _count_and_total_before(reading: Reading, sent: Sentence, before: int) -> tuple[Any | None, Any | None]:
    """The last count of projects and the last total before `before` in the sentence, with no project between."""
    mentions = sent.between(sent.span.start, before)
    if any(m.type == "project" for m in mentions):
        return None, None
    counts = [m for m in mentions if m.type == "count" and m.value.unit in _COUNT_UNITS]
    totals = [
        m
        for m in mentions
        if m.type == "money"
        and _TOTAL_BEFORE_RE.search(reading.norm, max(sent.span.start, m.start - 10), m.start)
        and not _THRESHOLD_AFTER_RE.match(reading.norm, m.end)
    ]
    return (counts[-1] if counts else None), (totals[-1] if totals else None)
