"""Projects named but not dealt in: visited at their sites (到A项目现场调研), inspected (督查了A、B等项目) or followed
up (积极跟进A、B等项目). deals.py asks here once it has read a group of projects."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .deal_frame import STAGE_OF, Group
from .sentence import Sentence

# (session 32) "陈勇还到奇瑞新能源汽车、永锋集团…项目现场调研", "与会人员还前往A项目建设现场、B项目建设现场": projects an
# official visits at their sites, their sentence telling no stage, are places visited, no deals.
_VISIT_VERB_RE = patterns.compile(r"(?:来到|前往|深入|走进|先后到|先后来到|(?<![达得])到)")
_SITE_VISITED_RE = patterns.compile(r"(?:项目)?(?:建设|施工)?(?:现场|工地)")
# A stage told anywhere in the sentence keeps its projects deals (来到A项目现场，宣布项目开工): any stage word but a plan's.
_STAGE_TOLD_RE = patterns.compile(
    "|".join(sorted((w for w, stage in STAGE_OF.items() if stage != "planned"), key=len, reverse=True))
)


# (session 38) "集中开复工仪式后，督查了A、B、C等项目", "还查看了A项目、B工程": projects inspected right after the verb.
# The verb, not the team named by it (督查组对A、B等82个招商引资重点项目进行调研: the projects' class tells them brought in).
# (session 39) So are projects observed at a round of visits (集中观摩了A、B、C等4个项目).
_INSPECTED_BEFORE_RE = patterns.compile(
    r"(?:督查|督导|察看|查看|视察|检查|观摩)(?![组团室员会])(?P<after>了?)[^，,。；;：:]*$"
)


def is_visited(reading: Reading, sent: Sentence, group: Group) -> bool:
    """Projects a visitor goes to (到 / 前往 … A、B项目现场), in a sentence that tells no stage, or inspects (督查了A、
    B等项目: the verb in their clause) with no stage told after the verb: places visited."""
    norm = reading.norm
    clause = sent.clause_at(group.start)
    inspected = _INSPECTED_BEFORE_RE.search(norm, clause.start, group.start)
    if inspected is not None and not any(
        not sent.inside_a_name(m.start(), m.end(), "project", "person", "org")
        for m in _STAGE_TOLD_RE.finditer(norm, inspected.end("after"), sent.span.end)
    ):
        return True
    if _SITE_VISITED_RE.match(norm, group.end) is None:
        return False
    visit = _VISIT_VERB_RE.search(norm, clause.start, group.start)
    return visit is not None and _STAGE_TOLD_RE.search(norm, sent.span.start, sent.span.end) is None


# (session 37) Projects a place follows up (积极跟进A、B等项目; A、B等一批韩资项目正在紧密跟进): still courted, no deals.
_FOLLOWED_UP = r"(?:跟进|跟踪)"  # the normalised text is simplified
_FOLLOWING_UP_BEFORE_RE = patterns.compile(rf"{_FOLLOWED_UP}(?:了|服务|对接)?[\s“”]*$")
_FOLLOWED_UP_AFTER_RE = patterns.compile(
    rf"[^，,。；;：:]{{0,16}}?(?:项目|企业)?[^，,。；;：:]{{0,6}}?(?:正在|正|已|持续|在)?(?:积极|紧密|全力|密切)?{_FOLLOWED_UP}"
    r"(?:中|之中)?\s*(?:[，,。；;]|$)"
)


def followed_up(reading: Reading, sent: Sentence, group: Group) -> bool:
    """Projects named right after a verb of following up in their clause, or closed by one (…等项目正在紧密跟进)."""
    norm = reading.norm
    clause = sent.clause_at(group.start)
    if _FOLLOWING_UP_BEFORE_RE.search(norm, clause.start, group.start) is not None:
        return True
    return _FOLLOWED_UP_AFTER_RE.match(norm, group.end, clause.end + 1) is not None
