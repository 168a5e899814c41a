"""A verb of bringing people in right before a count that names no people ("今年全市共引进1.2万人", "初期預計新增
延攬人數為6700人", "長期希望每年新增延攬1萬人"): the people are talent (人才) brought in under that verb, as a verb
naming the people itself (引才500人) reads; so do the verbs of hiring (預計招募100名), as people hired count whatever
they are called. Only these verbs: 吸引 / 集聚 / 落户 / 签约 / 培训 … before a bare count tell of visitors, firms or
attendances as often as of talent."""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .phrase import Phrase
from .sentence import Sentence
from .talent_words import CATEGORY_RE, MODE_RE, TRIM, first_of_run

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


# A count told in the clause after the people brought in, with only the words of a total before it ("今年共引进各类人才，
# 总数达1260人"; "引进博士，人数为86人").
_TOTAL_ONLY_RE = patterns.compile(
    r"\s*(?:总数|人数|总人数|数量|总量|规模)?(?:已经?|共|累计|合计)?(?:达到?|为|超过|突破|逾|约|近)?\s*"
)


def counted_next_clause(reading: Reading, sent: Sentence, count: Any) -> tuple[str, int, Phrase] | None:
    """(mode, where the mode word starts, the kind) of people brought in told in the clause before a count that
    opens its own clause with only the words of a total; None otherwise."""
    norm = reading.norm
    index = sent.clause_index(count.start)
    if index == 0 or _TOTAL_ONLY_RE.fullmatch(norm, sent.clauses[index].start, count.start) is None:
        return None
    before = sent.clauses[index - 1]
    if sent.between(before.start, before.end, "count"):
        return None  # the clause before counts something of its own
    run = list(MODE_RE.finditer(norm, before.start, before.end))
    if not run:
        return None
    mode, mode_at = first_of_run(norm, run)
    kind = TRIM(norm, run[-1].end(), before.end)
    if not kind or not CATEGORY_RE.search(norm, kind.start, kind.end):
        return None
    return mode, mode_at, kind
