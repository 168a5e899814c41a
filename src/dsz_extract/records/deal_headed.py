"""A project named alone as the heading of a list item ("（三）农产品冷链物流中心项目。", "1.精密铸造产业园项目"), and
the sentence right after it giving money with its subject left out ("总投资3.5亿元，建设冷库5万吨"): the money and the
stage told there are that project's, as if the sentence opened on 该项目. records/deals.py reads it as a project
pointed back at."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .sentence import Sentence

# What may stand before the project in its heading: an item number ("（三）", "1.", "一、", "①") and nothing else.
_ITEM_NUMBER_RE = patterns.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.．]|[①-⑳])?\s*"
)
# What may close the heading after the project: a full stop or nothing (a line of its own).
_HEADING_END_RE = patterns.compile(r"\s*[。]?\s*")
# The sentence after opens on the project's money, its subject left out ("总投资3.5亿元", "计划总投资12亿元").
_MONEY_OPENING_RE = patterns.compile(r"\s*(?:计划|预计|估算)?(?:总投资|投资总额|总投资额|總投資)")


def project_of_the_heading_before(reading: Reading, sent: Sentence) -> tuple[str, int] | None:
    """(the project the sentence before names as its whole heading, where this sentence's money words start), when
    this sentence opens on the money with its subject left out."""
    opening = _MONEY_OPENING_RE.match(reading.norm, sent.span.start, sent.span.end)
    if opening is None or sent.index == 0 or sent.of_type("project"):
        return None
    before = reading.sentences[sent.index - 1]
    if before.paragraph not in (sent.paragraph, sent.paragraph - 1):
        return None
    projects = before.of_type("project")
    if len(projects) != 1 or before.of_type("money"):
        return None
    project = projects[0]
    norm = reading.norm
    if not _ITEM_NUMBER_RE.fullmatch(norm, before.span.start, project.start):
        return None
    if not _HEADING_END_RE.fullmatch(norm, project.end, before.span.end):
        return None
    start = opening.start() + len(opening.group()) - len(opening.group().lstrip())
    return project.value.name, start
