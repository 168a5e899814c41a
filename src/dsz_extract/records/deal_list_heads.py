"""The stage a list of projects takes from its head: "今年计划竣工项目包括：A，B，C", "新开工项目有A、B",
"另外7项签约项目计划在年内开工，主要有总投资30亿元的A项目、…" (records/deals.py asks when a group's own clause
tells no stage)."""

from __future__ import annotations

from typing import Any

from .. import patterns
from ..dims._project_lists import COUNTED_PROJECTS_REACHED
from ..dims.date import is_day
from .context import Reading
from .deal_frame import LIST_REACH, NOT_YET_BEFORE, STAGE_OF, STAGE_RE, Frame, Group, View, date_for
from .deal_stage import furthest_stage
from .sentence import Sentence

# The head of a list of projects that says what they are: "今年计划竣工项目包括：A，B，C", "新开工项目有A、B";
# or that spells out the projects its sentence counted ("签约项目中，有4个项目投资超过10亿元，分别是：A、B").
# "另外7项签约项目计划在年内开工，主要有A、B": the list the clause before it counted.
# A count of projects and the stage they reached heads a list too ("有5个项目竣工，包括A、B").
_LIST_HEAD_RE = patterns.compile(
    r"(?:项目(?:主要)?(?:包括|包含|有|为)|项目[，,](?:主要)?(?:包括|包含)|[，,]主要(?:包括|有|是)"
    r"|(?P<each>分别(?:是|为|有))"
    # "当天开工的有：A、B": the ones that reached the stage told before 的
    r"|的(?:主要)?有(?=[:：])"
    # "一批项目签约落户：A、B", "签约项目：A、B": a clause about projects closed by a colon, its stage before it
    r"|(?P<colon>项目[^，,。；;、：:\d]{0,8}[:：])"
    rf"|(?P<counted>{COUNTED_PROJECTS_REACHED}[，,]包括)"
    # "共有15个投资项目落户横琴，包括A、B等": a count of projects landed somewhere heads the list of them
    # "此次签约的项目共12个，总投资86亿元，包括A、B等": a count of projects and their total heading the list, the
    # stage told before the count
    r"|(?:项目|工程)共?(?:\d+|[一二两三四五六七八九十百]+)[个项][，,](?:[^，,。；;]{0,16}?[，,])?(?:其中)?(?:主要)?(?:包括|包含)"
    r"|(?P<landed>[个项](?:投资)?(?:项目|工程)(?:已经|已|成功|相继|陆续)?(?:落户|入驻|进驻|落地)[^，,。；;、]{1,10}?[，,](?:其中)?包括))"
    r"[:：]?\s*"
)
_NOT_YET_STAGE_RE = patterns.compile(
    f"(?:{'|'.join(NOT_YET_BEFORE)})(?:{'|'.join(sorted(STAGE_OF, key=len, reverse=True))})"
)
_LIST_SEPARATORS = frozenset("，,、；;：: \t\n")


def stage_from_list_head(reading: Reading, sent: Sentence, view: View, group: Group, frame: Frame) -> None:
    """A project listed after a head that names the list's stage ("今年计划竣工项目包括：A，B，C") takes it,
    however far down the list (items joined by full-width commas stand in clauses of their own)."""
    stage_from_list_head_at(reading, sent, view, group.start, frame)


def stage_from_list_head_at(reading: Reading, sent: Sentence, view: View | None, start: int, frame: Frame) -> None:
    """The stage of the list head before `start`, the item's first word: a project group's, or an investor's
    ("有2个项目开工，包括A、B公司投资1.24亿元建设的C": the firm's project is one of those started)."""
    head = None
    for found in _LIST_HEAD_RE.finditer(reading.norm, sent.span.start, start):
        head = found
    if head is None or not _only_listed_between(reading, sent, head.end(), start):
        return
    _take_the_head_stage(reading, sent, view, head, frame)


def stage_from_an_earlier_head(reading: Reading, sent: Sentence, frame: Frame) -> None:
    """An item of a list whose items end in "；" ("新开工项目13个，分别为：A，总投资28亿元；B，总投资11.24亿元；…")
    takes the stage its head names in the first of those sentences."""
    for back in range(1, LIST_REACH + 1):
        i = sent.index - back
        if i < 0:
            return
        earlier = reading.sentences[i]
        text = reading.norm[earlier.span.start : earlier.span.end].rstrip()
        if earlier.paragraph != sent.paragraph or not text.endswith(("；", ";")):
            return
        head = None
        for found in _LIST_HEAD_RE.finditer(reading.norm, earlier.span.start, earlier.span.end):
            head = found
        if head is not None:
            _take_the_head_stage(reading, earlier, None, head, frame)
            return


def _take_the_head_stage(reading: Reading, sent: Sentence, view: View | None, head: Any, frame: Frame) -> None:
    clause = sent.clause_at(head.start())
    if head.group("each"):
        clause = sent.clauses[0]  # the count it spells out stands earlier in the sentence
    stage_end = head.end() if head.group("counted") or head.group("landed") or head.group("colon") else head.start()
    best = furthest_stage(reading, sent, view, clause.start, stage_end, plan_within=(clause.start, head.end()))
    if best is not None:
        frame.stage, frame.date = best[0], frame.date or date_for(reading, sent, best[1])
    elif _NOT_YET_STAGE_RE.search(reading.norm, clause.start, head.start()):
        frame.stage = "planned"  # "今年计划竣工项目包括：…": to be completed


def _only_listed_between(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Only projects (with their places and amounts: 总投资30亿元的A项目) and list separators stand in [start, end)."""
    pos, after_money = start, False
    for m in sent.between(start, end):
        gap = reading.norm[pos : m.start]
        if m.type == "money":
            if _ITEM_AMOUNT_GAP_RE.fullmatch(gap) is None:
                return False
        elif m.type not in ("project", "place", "org") or not (
            _is_item_gap(gap) or _unread_name_head(m, gap) or (after_money and _built_with_it(gap))
        ):
            return False  # an org heads its item ("、桑圆门业投资1.24亿元建设的|C项目") as a place does
        pos, after_money = m.end, m.type == "money"
    gap = reading.norm[pos:end]
    return _is_item_gap(gap) or (after_money and _built_with_it(gap))


# Between an item's amount and its project's name: what the money builds (投资1.24亿元|建设的|C项目).
_BUILT_WITH_IT_RE = patterns.compile(r"(?:用于)?(?:建设|兴建|新建|扩建|打造|投建)?的")


def _built_with_it(gap: str) -> bool:
    return _BUILT_WITH_IT_RE.fullmatch(gap) is not None


# Before an item's amount (、总投资30亿元的A项目) and after it.
_ITEM_AMOUNT_GAP_RE = patterns.compile(r"[，,、；;：:\s]*(?:计划)?(?:总)?投资(?:额)?(?:为|约|达)?")


# The number an item is told with (主要有：一是A项目，…；二是B项目; （1）A项目): no word between the head and the item.
_ITEM_NUMBER_RE = patterns.compile(
    r"[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[0-9]{1,2}[.、．]|[①-⑳]"
)


def _is_item_gap(gap: str) -> bool:
    gap = _ITEM_NUMBER_RE.sub("", gap.removeprefix("的"))
    return all(c in _LIST_SEPARATORS or c in _QUOTES for c in gap)


def _unread_name_head(m: Any, gap: str) -> bool:
    """A few characters of an item's name the project mention left out (化隆县太阳能光伏(并|网)发电项目), no clause
    of their own and no stage."""
    head = gap.lstrip("".join(_LIST_SEPARATORS)).removeprefix("的")
    return (
        m.type == "project"
        and len(head) <= _NAME_HEAD_MAX
        and _CLAUSE_BREAK_RE.search(head) is None
        and STAGE_RE.search(head) is None
    )


_NAME_HEAD_MAX = 12
_CLAUSE_BREAK_RE = patterns.compile(r"[，,。；;：:！？!?\n]")
_QUOTES = frozenset('“”"‘’「」《》')


# A clause that names the stage of a set the sentence then picks from: "签约项目中，总投资20亿元的A项目…",
# "本次集中开工项目中，B项目投资最大", "二是签约落地一批优质项目，如总投资16亿元的C项目", "一批项目顺利投产，如D项目". The projects picked are
# of that set, so they take its stage; so do the ones it spells out after a comment on the set
# (此次签约项目涉及新能源、新材料等领域，包括A、B; 签约文化旅游项目6个，其中包括A、B).
_STAGE_WORDS = "|".join(sorted(STAGE_OF, key=len, reverse=True))
# A stage word after a stage's first character is half of a contraction (开竣工, 签开工): two stages, none taken.
_SUBSET_LEAD_RE = patterns.compile(
    rf"(?<![开開动動竣签簽投建落引])(?P<stage>(?:{_STAGE_WORDS})+)(?:的|了)?[^，,。；;：:]{{0,8}}?(?:项目|項目)(?:中|当中|之中)[，,]"
    rf"|(?<![开開动動竣签簽投建落引])(?P<batch_stage>(?:{_STAGE_WORDS})+)(?:建设|了)?一批[^，,。；;：:]{{0,8}}?(?:项目|項目)[，,](?:如|比如|例如)"
    rf"|(?<![开開动動竣签簽投建落引])(?P<set_stage>(?:{_STAGE_WORDS})+)(?:的)?[^，,。；;：:]{{0,10}}?(?:项目|項目)"
    r"[^，,。；;：:]{0,14}?[，,](?:其中)?(?:包括|包含)"
    # "签约项目涵盖新能源、新材料等领域，其中A项目投资12亿元": the ones picked after a comment on the set
    rf"|(?<![开開动動竣签簽投建落引])(?P<commented_stage>(?:{_STAGE_WORDS})+)(?:的)?(?:项目|項目)"
    r"(?:涵盖|涉及|覆盖|涵蓋|涉及到)[^，,。；;：:]{0,20}?[，,]其中"
    rf"|一批[^，,。；;：:]{{0,8}}?(?:项目|項目)(?:顺利|相继|陆续|先后|成功|正式|集中|已)*(?P<after_stage>(?:{_STAGE_WORDS})+)"
    r"[，,](?:如|比如|例如)"
    # "共签约项目25个，其中，…A项目", "新开工亿元以上项目12个，总投资80亿元，其中…": a counted set, then the ones picked
    rf"|(?<![开開动動竣签簽投建落引])(?P<count_stage>(?:{_STAGE_WORDS})+)(?:了)?[^，,。；;：:\d]{{0,8}}?"
    r"(?:\d+|[一二两三四五六七八九十百]+)[个項项](?:项目|項目|工程)?[^。；;]{0,30}?[，,]其中"
)


# "计划新开工项目25个", "今年拟签约项目20个": a set still to reach its stage.
_INTENDED_SET_RE = patterns.compile(rf"(?r)(?:{'|'.join(NOT_YET_BEFORE)}|将|拟|待)(?:新|集中|年内)?")


def stage_from_a_subset_lead(reading: Reading, sent: Sentence, group: Group, frame: Frame) -> None:
    """A project picked from a set its sentence named by stage before it (签约项目中，…) takes that stage."""
    lead = None
    for found in _SUBSET_LEAD_RE.finditer(reading.norm, sent.span.start, group.start):
        lead = found
    if lead is None:
        return
    said = {STAGE_OF[w] for w in _STAGE_WORD_RE.findall(next(g for g in lead.groups() if g))}
    if _INTENDED_SET_RE.match(reading.norm, max(0, lead.start() - 6), lead.start()):
        # 计划新开工项目25个，其中…; (session 25) 拟新开工124个省重点项目，包括…: the set is still to start
        frame.stage = "planned"
        return
    if said == {"signed", "introduced"}:
        frame.stage = "introduced"  # 签约落地一批项目: signed and landed, one step
    elif len(said) == 1:
        frame.stage = said.pop()  # 签约开工投产的31个项目 names three stages: none is every project's


_STAGE_WORD_RE = patterns.compile(_STAGE_WORDS)


# A numbered heading inside a paragraph naming the stage of the items after it ("一、签约项目：A项目，总投资20亿元。
# 二、开工项目：B项目…", "（二）竣工投产项目：C项目"), as a heading line above them does.
_INLINE_HEAD_RE = patterns.compile(
    r"[\s“”\"]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])\s*"
    r"(?:集中|新)?(?P<stage>(?:" + "|".join(sorted(STAGE_OF, key=len, reverse=True)) + r")+)"
    r"(?:的)?(?:重点|重大)?(?:项目|工程)(?:[\d一二三四五六七八九十]+个)?[:：]"
)
# Any numbered item opening a sentence ("三、其他事项"): a heading of another kind ends the section.
_NUMBERED_RE = patterns.compile(r"[\s“”\"]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])")
_STAGE_WORD_RE = patterns.compile("|".join(sorted(STAGE_OF, key=len, reverse=True)))
INLINE_HEAD_REACH = 8  # sentences back to the numbered heading within the paragraph


def stage_from_an_inline_head(reading: Reading, sent: Sentence, frame: Frame) -> None:
    """The stage the numbered heading opening the sentence, or one of the paragraph's sentences before it, names
    ("二、开工项目：B项目，总投资15亿元"): it outranks the ceremony's, whose items it sorts by stage."""
    for back in range(INLINE_HEAD_REACH + 1):
        if sent.index - back < 0:
            return
        earlier = reading.sentences[sent.index - back]
        if earlier.paragraph != sent.paragraph:
            return
        head = _INLINE_HEAD_RE.match(reading.norm, earlier.span.start)
        if head is not None:
            said = {STAGE_OF[w] for w in _STAGE_WORD_RE.findall(head.group("stage"))}
            if len(said) == 1:  # 签约开工项目 names no single stage
                frame.stage = said.pop()
            return
        if _NUMBERED_RE.match(reading.norm, earlier.span.start):
            return


# "在签订的36个投资项目中，…" / "此次签约的项目中": a sentence opening on the set of projects an earlier sentence told.
_SET_TOLD_BEFORE_RE = patterns.compile(
    rf"[\s“”\"]*(?:在|而)?(?:此次|本次|这次|当天|当日)?(?:所|新)?(?P<stage>{_STAGE_WORDS})(?:的|了)?"
    r"[^，,。；;：:]{0,10}?(?:项目|項目)(?:中|当中|之中)"
)
SET_TOLD_REACH = 2  # sentences back to the one that told the set


def date_of_the_set_told_before(reading: Reading, sent: Sentence, frame: Frame) -> None:
    """A project of a set the sentence opens on ("在签订的36个投资项目中，…A公司投资2.5亿元建设B项目") took its stage on
    the day the sentence that told the set opened with ("6月29日下午，叶城县与客商签订了36项投资项目"), when it
    has no date of its own."""
    if frame.date is not None or frame.stage in (None, "planned"):
        return
    lead = _SET_TOLD_BEFORE_RE.match(reading.norm, sent.span.start)
    if lead is None:
        return
    stage = STAGE_OF[lead.group("stage")]
    for back in range(1, SET_TOLD_REACH + 1):
        if sent.index - back < 0:
            return
        earlier = reading.sentences[sent.index - back]
        told = STAGE_RE.search(reading.norm, earlier.span.start, earlier.span.end)
        opening = reading.opening_date(earlier)
        if told is not None and STAGE_OF.get(told.group()) == stage and opening is not None:
            if is_day(opening.value.timex):
                frame.date = opening.value.timex
            return
