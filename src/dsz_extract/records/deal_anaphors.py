"""Words that point back at the project just told (该项目, 项目总投资…, 投资方), read as that project's mention, so
that the sentence's amount, investor and stage join the deal of the project named before it."""

from __future__ import annotations

import dataclasses

from .. import models, patterns
from .context import Reading, dedupe
from .deal_ceremonies import ceremony_names
from .deal_headed import pointed_back_unnamed
from .deal_parts import builds_what_it_names
from .sentence import Sentence

# "项目总投资8亿元，主要建设…", "据了解，该项目总投资3.5亿元".
# "截至目前，项目共完成投资52.7亿元", "前三季度，该项目已累计完成投资18亿元": a time phrase may open it, and the
# money done so far is the project's too.
_ANAPHOR_TOTAL_REACH = 40
_ANAPHOR_RE = patterns.compile(
    r"\s*(?:(?:据了解|据悉|据介绍|经了解|记者了解到|截至目前|截至[^，,。]{2,8}|目前|今年以来|前[一二三]季度"
    r"|[0-9一二三四五六七八九十]{1,2}(?:-|—|至)[0-9一二三四五六七八九十]{1,2}月(?:份)?)[，,]\s*)?"
    r"(?:(?:该|此|这个|这一)?项目"
    r"(?=(?:计划)?总投资|投资方|由|计划投资|占地|位于|选址|主要|建成后|达产后|一期|共计划投资"
    r"|(?:已经|已|累计|共)+完成(?:了)?投资)|投资方(?=为|是)"
    # "该项目正线全长237.8公里，…估算总投资332.1亿元": a demonstrative points back whatever it goes on with, when the
    # sentence gives the project's total (no 的: 该项目的建成, 该项目所在 speak of something else of it)
    rf"|(?:该|此|这个|这一)项目(?=[^的所。；;]{{0,{_ANAPHOR_TOTAL_REACH}}}?(?:总投资|投资总额|总投入)))"
)


@dataclasses.dataclass
class Anaphor:
    """The words that point back at the project just told, read as that project's mention (deals only)."""

    start: int
    end: int
    value: models.ProjectValue
    type: str = "project"
    points_back: bool = True  # records/deal_merge.py: it may join the telling of its project sentences before


def anaphors_of(reading: Reading, sent: Sentence) -> list[Anaphor]:
    found = _ANAPHOR_RE.match(reading.norm, sent.span.start, sent.span.end) if sent.index else None
    if found is None:  # "（三）A项目。总投资3.5亿元"; "A项目和B项目签约。两个项目总投资分别为…"
        return [Anaphor(s, e, models.ProjectValue(name=n)) for n, s, e in pointed_back_unnamed(reading, sent)]
    if any(not builds_what_it_names(reading.norm, found.end(), m.start) for m in sent.of_type("project")):
        return []  # a project of its own; not one the project told before will build (该项目…，将建设X生产线)
    names = _project_told_before(reading, sent)
    if len(names) != 1:
        return []
    word = 2 if found.group().endswith("项目") else 3  # (该)项目 or 投资方
    return [Anaphor(found.end() - word, found.end(), models.ProjectValue(name=names[0]))]


_ANAPHOR_REACH = 3  # sentences back in the paragraph to the project a 该项目 points at


def _project_told_before(reading: Reading, sent: Sentence) -> list[str]:
    """The project names of the nearest sentence before in the paragraph that names any, past sentences that only
    go on about it ("A电站完成…试验。该项目是西南地区首座…。截至目前，项目共完成投资52.7亿元")."""
    for back in range(1, _ANAPHOR_REACH + 1):
        if sent.index - back < 0:
            return []
        before = reading.sentences[sent.index - back]
        if before.paragraph != sent.paragraph:
            return []
        names = dedupe(m.value.name for m in before.of_type("project")) or ceremony_names(reading, before)
        if names:
            return names
        if not _GOES_ON_RE.match(reading.norm, before.span.start, before.span.end):
            return []
    return []


# A sentence going on about the project just told (该项目是…, 项目建成后…, 据了解，该项目…).
_GOES_ON_RE = patterns.compile(r"\s*(?:(?:据了解|据悉|据介绍|目前)[，,]\s*)?(?:该|此|这个|这一)?项目")
