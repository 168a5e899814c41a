"""The kind of a figure: a target, a plan or an actual result, read from the words around it.

Metrics and talent both ask it of every figure (through `Reading.kind_at`): "确保全年引进…" and
"…的目标任务" make a target, a modal 要 before the figure too; "计划"/"拟" make a plan until a clause
states something that happened ("共谋划制造业项目35个,新签约…19个"); anything else is actual. Deal
stages (deal_frame.py) reuse the modal words. Pure functions of the normalised text and a sentence's
clauses, so it depends on nothing of the topic walk in context.py.
"""

from __future__ import annotations

from typing import Any

import regex

from .. import models, patterns
from .sentence import Sentence

# A target frames the whole sentence ("确保全年引进高质量项目130个以上，到位省外资金150亿元以上").
TARGET_WORDS = ("确保", "力争", "争取", "预期", "任务是", "任务为", "指标是", "指标为")
# 目标 as the goal ("…的目标任务", "目标是…"), not as a modifier ("招商目标企业").
TARGET_GOAL = r"(?:的|为|年度|全年|奋斗|发展|预期)目标|目标(?:任务|是|为|值|：|:)"
# "要" as a modal ("今年要招引2-3个…"), not inside 主要 / 重要 / 需要 / 要素 / 要求 …
MODAL_YAO = r"(?<![主重需只必纲摘提想总紧扼])要(?![素求点害闻件务是])"
# A plan word covers the figures after it until a clause states another (actual) verb.
PLAN_WORDS = ("计划", "谋划", "储备", "在谈", "规划")
PLAN_MODAL = r"(?<![模虚草])拟(?![定稿人])"
# Verbs of things that happened: they end the reach of a plan word ("共谋划制造业项目35个,新签约…19个").
ACTUAL_VERBS = ("签约", "签订", "开工", "引进", "落地", "落户", "到位", "完成", "实现", "新增", "入驻", "建成", "投产")
# "完成年度目标270%" is progress against a target, not a target.
COMPLETION_CONTEXT = r"完成(?:了)?(?:年度|全年|年初|既定)?(?:目标|任务|计划)"
# How far before a figure its kind words are read (characters): a long sentence listing thousands of
# figures must not make each figure read the whole sentence again.
KIND_REACH = 160

_TARGET_RE = patterns.compile("|".join((*TARGET_WORDS, TARGET_GOAL)))
_YAO_RE = patterns.compile(MODAL_YAO)
_PLAN_RE = patterns.compile("|".join((*PLAN_WORDS, PLAN_MODAL)))
_ACTUAL_RE = patterns.compile("|".join(ACTUAL_VERBS))
_COMPLETION_RE = patterns.compile(COMPLETION_CONTEXT)
# 计划 / 规划 as the name of a scheme ("人才引进计划共吸引了750名人才", "前两期计划吸引了…"): a verb with the
# perfective 了 after it tells what the scheme did, not what is planned. (Not after 为 / 除: 为了, 除了.)
_SCHEME_DID_RE = patterns.compile(r"(?:计划|规划)[^，,。；;！？]{0,8}?(?<![为除])了")
# (session 16) 计划 closing a quoted scheme's name or followed by what a scheme did or got ("「優秀人才入境計劃」推出後，
# 入境處共收到1.2萬多個申請", "截至11月底計畫接獲逾6萬宗申請", "計劃自推出以來"): the scheme, no plan of the figures.
_SCHEME_NAME_RE = patterns.compile(r"(?:计划|规划)(?=[」』”》]|自|推出|至今|接获|收到|接到|下|以来)")


def kind_at(
    norm: str, sent: Sentence, value: Any, *, name: tuple[int, int] | None = None, ignore: tuple[str, ...] = ()
) -> models.RecordKind:
    """target / plan / actual for a figure, read from the sentence up to the end of its clause.

    Target words inside the name of what is counted ("招商目标企业") do not count; words in
    `ignore` (talent's mode 储备) neither.
    """
    clause = sent.clause_at(value.start)
    start = max(sent.span.start, value.start - KIND_REACH)
    end = min(clause.end, value.end + KIND_REACH)
    scope = norm[start:end]
    # Blanking only takes words away: no target or plan word holds "_", and no blanked word (完成…目标,
    # the ignored ones) ends in 模/虚/草 or starts with 定/稿/人, what the plan modal 拟 looks around
    # for. Where the plain text has no target or plan word, as for most figures, the blanked has none.
    # Nor, then, does any later scan of the scope for them need to run (most figures: two scans fewer).
    target = _TARGET_RE.search(scope) is not None
    plan = _PLAN_RE.search(scope, 0, value.start - start) is not None
    if target or plan:
        scope = _mask(_COMPLETION_RE, scope)
        for word in ignore:
            scope = scope.replace(word, "_" * len(word))
    if target and any(not _inside(t, start, name) for t in _TARGET_RE.finditer(scope)):
        return "target"
    if _YAO_RE.search(norm, max(start, clause.start), value.start):
        return "target"
    modifier = getattr(value.value, "modifier", None)
    if modifier == "over" and _YAO_RE.search(norm, start, value.start):
        return "target"
    if plan and _plan_reaches(scope[: value.start - start]):
        return "plan"
    return "actual"


def _plan_reaches(before: str) -> bool:
    """The last plan word before the figure comes after the last actual verb ("新签约项目46个,计划总投资…").

    An actual verb right after a plan word is planned too ("拟签约", "谋划引进").
    """
    plans = [p for p in _PLAN_RE.finditer(before) if not _SCHEME_NAME_RE.match(before, p.start())]
    if not plans or _SCHEME_DID_RE.match(before, plans[-1].start()):
        return False
    actual = [a for a in _ACTUAL_RE.finditer(before) if not any(p.end() == a.start() for p in plans)]
    return not actual or plans[-1].start() > actual[-1].start()


def _mask(pattern: regex.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: "_" * len(m.group()), text)


def _inside(found: regex.Match[str], offset: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= offset + found.start() and offset + found.end() <= span[1]
