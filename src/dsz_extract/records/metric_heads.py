"""A count whose name is only a generic head ("项目", "企业") is named by the stage verb beside it.

"签订项目252个", "建成项目25项", "26个项目开工": 项目 alone says nothing; the verb that says which
projects are counted (signed, built, started) is part of the name (签订项目, 建成项目, 项目开工), as in
the contract's 新签约亿元以上项目. A specific noun keeps naming the thing alone ("签订招商引资项目28个"
→ 招商引资项目, "建成21个招才引智工作站" → 招才引智工作站).
"""

from __future__ import annotations

from .. import patterns
from .phrase import Phrase, Trim

# Heads that name no particular set of things without a verb ("项目", "重点项目").
# 投资 alone is which investment the verb says: 完成投资 (work done), not 计划投资 (contract: 完成投资N亿元 → 完成投资).
GENERIC_HEADS = ("项目", "重点项目", "重大项目", "企业", "投资")
# Verbs of a project's or firm's stage: they say which of the heads are counted.
STAGE_VERBS = (
    "签订", "签约", "开工", "新开工", "复工", "投产", "竣工", "完工", "建成", "落地", "开业", "入驻", "落户",
    "在建", "续建", "新建", "新签约", "新设立", "设立", "注册", "引进", "完成",
    # (session 16) a batch's plan or work stage and a second stage of use ("全年实施重点项目100个" → 实施重点项目,
    # "共谋划项目510个" → 谋划项目, "57个项目投产投用" → 项目投产投用)
    "实施", "谋划", "储备", "投用", "签署",
)  # fmt: skip

# An adverb right before a verb of dealing with the things counted ("各县市共储备招商引资推介项目", "4州市共引进省外到位资金",
# "仪式共签约项目", "全省成功签约重点项目", "会上举行现场签约项目"): the words before it are the subject, no part of the
# name. The verb stays: 签约项目, 储备招商引资推介项目 (the gold keeps 签约 before most specific nouns too; not 引进:
# metric_indicators._without_bringing_in).
SUBJECT_ADVERBS = ("共计", "共", "成功", "顺利", "先后", "均", "举行", "累计")
DEALING_VERBS = (
    "引进", "招引", "吸引", "签约", "签订", "签署", "落实", "洽谈", "储备", "实施", "达成", "开工", "新开工", "对接",
    "举办", "开展", "组织", "接待", "推介", "谋划", "包装", "完成",
)  # fmt: skip
_SUBJECT_END_RE = patterns.compile(
    f"(?:{'|'.join(SUBJECT_ADVERBS)})(?=(?:现场|集中)?(?:{'|'.join(sorted(DEALING_VERBS, key=len, reverse=True))}))"
)

_STAGE_BEFORE_RE = patterns.compile(f"(?:{'|'.join(sorted(STAGE_VERBS, key=len, reverse=True))})$")
_STAGE_VERB = f"(?:{'|'.join(sorted(STAGE_VERBS, key=len, reverse=True))})"
_STAGE_AFTER_RE = patterns.compile(f"(?:已|均已|已经)?{_STAGE_VERB}")
# After 项目 alone, the verb may come as the event's words put it: 集中 / 现场 before it, a second stage joined to
# it ("37个项目集中开工", "3个项目签约落户", "34个项目集中签约、开工", "8个项目开工建设"); 重大项目 / 重点项目 name the
# batch themselves ("160个重大项目集中开工建设" → 重大项目).
_EVENT_STAGE_AFTER_RE = patterns.compile(
    f"(?:已|均已|已经)?(?:集中|现场)?(?:开复工|{_STAGE_VERB})(?:、?(?:集中)?(?:开复工|{_STAGE_VERB}))?(?:建设)?"
)
BARE_HEAD = "项目"
_VERB_REACH = max(map(len, STAGE_VERBS))


def is_generic(norm: str, phrase: Phrase) -> bool:
    """Whether the phrase is only a generic head ("项目")."""
    return bool(phrase) and norm[phrase.start : phrase.end] in GENERIC_HEADS


def with_stage_verb(norm: str, phrase: Phrase, floor: int, ceiling: int) -> Phrase:
    """The generic head widened over the stage verb right before it ("签订项目"), else right after it
    ("项目开工"), staying within [floor, ceiling); any other phrase unchanged."""
    if not is_generic(norm, phrase):
        return phrase
    before = _STAGE_BEFORE_RE.search(norm, max(floor, phrase.start - _VERB_REACH), phrase.start)
    if before is not None:
        return Phrase(before.start(), phrase.end)
    bare = norm[phrase.start : phrase.end] == BARE_HEAD
    after = (_EVENT_STAGE_AFTER_RE if bare else _STAGE_AFTER_RE).match(norm, phrase.end, ceiling)
    if after is not None:
        return Phrase(phrase.start, after.end())
    return phrase


def after_subject(norm: str, phrase: Phrase, trim: Trim) -> Phrase:
    """The phrase after the last subject adverb that stands before a dealing verb (各县市共储备… → 储备…), trimmed;
    the phrase unchanged when there is none or too little would be left."""
    last = None
    for last in _SUBJECT_END_RE.finditer(norm, phrase.start, phrase.end):  # noqa: B007 (the last one is wanted)
        pass
    if last is None:
        return phrase
    return trim(norm, last.end(), phrase.end) or phrase
