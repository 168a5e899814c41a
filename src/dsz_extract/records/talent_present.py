"""Talent present in a place, counted by how many more there are than before: "延攬外國專業人才，111年底外籍專業人員
在台人數較前一年度增加8,883人", "外籍人才在沪人数比上年增加3200人". The people are the kind before 在…人数 (the
count's noun read whole is "外籍专业人员在台人数较前一年度增加"); the mode is that of a verb bringing in talent earlier
in the sentence (延攬外國專業人才), none without one. A level reached (在台人数达3万人) stays a statistic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import patterns
from .phrase import Phrase
from .talent_words import CATEGORY_RE, MODE_RE, first_of_run

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence

# The kind, where it is (a one- or two-character name: 在台, 在港, 在华, 在沪) and the number of them, then a rise told
# against an earlier figure, ending right before the count.
_PRESENT_RISE_RE = patterns.compile(
    r"(?P<kind>\p{Han}{2,12}?)在\p{Han}{1,2}(?:工作|就业|居留)?(?:的)?人数"
    r"(?:[^，,。；;]{0,12}?(?:较|比|同比))?[^，,。；;]{0,10}?(?:增加|增长|新增|多)了?\s*$"
)
# A date or the end of a year before the kind ("111年底外籍专业人员"): no part of it.
_LEADING_TIME_RE = patterns.compile(r"(?:截至|截止|至)?(?:去|今|前|上|本|当)?年(?:底|末|初|中|度)?(?:时)?")
# The number present, told as a level ("在台人数为4万人", "在沪人数达3万人"): a statistic, no talent.
_PRESENT_LEVEL_RE = patterns.compile(
    r"在\p{Han}{1,2}(?:工作|就业|居留)?(?:的)?(?:总)?人数(?:已经?)?(?:为|达到?|有|共|约|超过|逾|突破)\s*$"
)


@dataclass(frozen=True)
class Present:
    kind: Phrase
    mode: str | None
    mode_at: int


def present_level(reading: Reading, sent: Sentence, count: Any) -> bool:
    """Whether the count is the number of people present in a place, told as a level ("外籍专业人员在台人数为4万人")."""
    return _PRESENT_LEVEL_RE.search(reading.norm, sent.clause_at(count.start).start, count.start) is not None


def present_rise(reading: Reading, sent: Sentence, count: Any) -> Present | None:
    """The kind of talent whose number present in a place rose by the count, and the mode of a verb bringing in
    talent earlier in the sentence; None when the count is no such rise or its people no kind of talent."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    rise = _PRESENT_RISE_RE.search(norm, clause.start, count.start)
    if rise is None:
        return None
    start, end = rise.span("kind")
    if (time := _LEADING_TIME_RE.match(norm, start, end)) is not None:
        start = time.end()
    if end - start < 2 or CATEGORY_RE.search(norm, start, end) is None:
        return None
    modes = [m for m in MODE_RE.finditer(norm, sent.span.start, start) if CATEGORY_RE.match(norm, _after(norm, m))]
    if not modes:
        return Present(Phrase(start, end), None, count.start)
    mode, mode_at = first_of_run(norm, modes)
    return Present(Phrase(start, end), mode, mode_at)


_QUALIFIERS_RE = patterns.compile(r"[^，,。；;]{0,6}?(?=人才|专才|人员|专家)")


def _after(norm: str, mode: Any) -> int:
    """Where the kind of talent a mode word governs starts ("延揽外国专业人才" → 人才 past its qualifiers)."""
    qualified = _QUALIFIERS_RE.match(norm, mode.end())
    return qualified.end() if qualified is not None else mode.end()
