"""A verb of bringing people in right before a count that names no people ("今年全市共引进1.2万人", "初期預計新增
延攬人數為6700人", "長期希望每年新增延攬1萬人"): the people are talent (人才) brought in under that verb, as a verb
naming the people itself (引才500人) reads; so do the verbs of hiring (預計招募100名), as people hired count whatever
they are called. Only these verbs: 吸引 / 集聚 / 落户 / 签约 / 培训 … before a bare count tell of visitors, firms or
attendances as often as of talent."""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .sentence import Sentence
from .talent_words import MODE_RE, first_of_run

# The verb (its run of mode words closing here), the figure's own words after it (人数为, 数量达), then the count.
_BARE_INTAKE_RE = patterns.compile(
    r"(?:引进|延揽|招引|引入|回引|招揽|揽才|柔性引进|柔性引入|招募|招聘|选聘|聘用)了?"
    r"(?:的?(?:人数|人员|数量|人员数量|总人数|规模))?"
    r"(?:共|合计|累计|总计)?(?:为|达到?|超过|突破|逾|约|近|超)?\s*$"
)
# How far back in the clause the verb may stand (characters).
_REACH = 12


def bare_intake(reading: Reading, sent: Sentence, count: Any) -> tuple[str, int, int] | None:
    """(mode, where the mode word starts, where the verb starts) of a bare count right after a verb bringing
    people in, or None."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    lo = max(clause.start, count.start - _REACH)
    verb = _BARE_INTAKE_RE.search(norm, lo, count.start)
    if verb is None:
        return None
    run = list(MODE_RE.finditer(norm, clause.start, verb.end()))
    if not run:
        return None
    mode, mode_at = first_of_run(norm, run)
    return mode, mode_at, min(mode_at, verb.start())
