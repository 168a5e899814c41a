"""Public works and plants that progress reports name without a project head and tell built, started or
opened right after the name, which opens its clause (…，重庆外语外事学院綦江校区四期校区全面投用; 大石门水库建成蓄水):
the name is the project. Its head is one of data/lexicon/project_works_heads.txt (rules of dims/project.py
kept apart)."""

from __future__ import annotations

import bisect

from .. import patterns
from ._names import Boundaries, Taken, alternation, words
from ._project_stems import GENERIC

_HEADS = alternation(words("project_works_heads.txt"))
# A clause start, the name up to one of the heads (an ordinal or phase may follow it: 四期校区, 2号主变), then
# what may stand before the stage word (已, 全面, 顺利 …) and the stage word, or the money done so far (…新院区已完成
# 投资8亿元: a progress report's project).
_NAME = rf"[^\s，。；：、,.;:！？!?“”‘’\"「」《》（）()的和及与]{{2,22}}?(?:{_HEADS})"
_STAGE_WORDS = (
    r"建成|竣工|完工|开工|动工|开建|通车|投用|投入使用|投入运营|投运|投产|并网|落成|启用|开园|开业|下闸蓄水|蓄水|全线贯通"
    r"|开通运营|主体封顶|通水|落地"
    # progress told of works under way (…天然气管道进展顺利, …廊道建设进入收尾, …水库进行坝体浇筑, …首站综合进度达)
    r"|进展顺利|进入收尾|主体完工|综合进度|进行\p{Han}{0,4}?(?:浇筑|施工|安装)"
)
_TOLD_DONE_AFTER = (
    r"(?:(?:首台|首批|全部|所有|[0-9一二三四五六七八九十]+号|[0-9一二三四五六七八九十]+台)机组)?"  # …电站首台机组并网发电
    r"(?:于\d{1,2}月(?:\d{1,2}日)?|日前|近日)?(?:在[^\s，。；：、,;:]{2,12}?)?"  # …数据中心在天府新区落地
    r"(?:建设)?(?:完成\p{Han}{0,2}?[0-9一二三四五六七八九十]+号机组)?"  # …廊道建设进入收尾, …电站完成1号机组并网
    r"(?:[将已]于(?:今年|明年|去年|年底|年内|[0-9]{4}年)?(?:[0-9]{1,2}月份?(?:底|中旬|下旬|上旬)?)?)?"  # 将于今年5月竣工
    r"(?:已经?|均已|也|都|还|亦|顺利|全面|全容量|正式|相继|先后|基本|如期|提前|成功)*"
    rf"(?:{_STAGE_WORDS}|(?:累计|共)?完成(?:了)?投资)"
)
_CLAUSE_BREAKS = "，。；：！？,;:!?\n"
# A clause start, or a 的 after an amount or a word telling the works new (总投资46亿元的|…机场, 新建的|龙潭水库).
_CLAUSE_START = rf"(?:^|(?<=[{_CLAUSE_BREAKS}])|(?<=(?:元|新建|新开工|在建|兴建|投资建设)的))"
# An adverb opening the clause (其中|德吉罗布儿童乐园将于…竣工, 目前|…电站完成…并网) is no part of the name.
_OPENER = r"(?:其中|目前|同时|此外|另外|今年|当前)?"
# A phase may follow the name before the stage word (郑州地铁12号线|二期建成通车, …码头|三期投用): the deal's phase,
# no part of the name.
_PHASE = r"(?:[一二三四五六七八九十0-9]+期(?:工程)?)?"
_WORKS_TOLD_DONE = patterns.compile(rf"{_CLAUSE_START}{_OPENER}(?P<name>{_NAME}){_PHASE}(?={_TOLD_DONE_AFTER})")
# Works named one after another and told done together (开州凤凰梁大桥与观音山隧道也正式通车, 白鹤滩水电站、
# 乌东德水电站相继投产): each is a project.
_WORKS_LISTED_DONE = patterns.compile(
    rf"{_CLAUSE_START}(?P<list>{_NAME}(?:(?:[、和及与]|以及){_NAME})+)(?={_TOLD_DONE_AFTER})"
)
# Works a build or start verb takes as its object, alone or as a list whose last item carries the head the others
# share (开工建设乌东德、白鹤滩、两河口水电站; 加快建设雅下水电站): each item is a project (the gold of HI06: 多布、果多、
# 羊易電站). The list ends its clause.
_BUILD_VERB = r"(?:开工建设|加快建设|加快推进|全面建设|开工|新建|续建|建设|建成|兴建|动工|开建|推进|投资建设)"
_BARE_ITEM = r"[^\s，。；：、,.;:！？!?“”‘’\"「」《》（）()的和及与等0-9]{2,6}?"
_WORKS_AFTER_VERB = patterns.compile(
    rf"(?:{_BUILD_VERB})+(?P<list>(?:{_BARE_ITEM}[、和及与])*{_NAME})(?=[，。；：,;:\n]|等|$)"
)
_LISTED_ITEM = patterns.compile(rf"(?:^|(?<=[、和及与]))(?P<name>{_BARE_ITEM}|{_NAME})(?=$|[、和及与])")
_LISTED_NAME = patterns.compile(rf"(?:^|(?<=[、和及与]))(?P<name>{_NAME})(?=$|[、和及与])")
# Not a name: a scope, a batch, a count or a pronoun (全市医院, 一批学校, 3座水库, 该电站), or a project the head
# rules read (…项目, …工程).
_NOT_A_NAME_START = patterns.compile(
    r"(?:全市|全县|全区|全省|全州|全镇|我市|我县|我区|本市|一批|一些|多个|多座|多所|各|该|这|那|其|此|本|首批|部分|全部"
    r"|所有|新建|新增|[\d一二两三四五六七八九十百几多]+[个项批座所家条处])"
)
_NOT_A_NAME_WORD = patterns.compile(r"项目|工程|公司|集团|企业")
_INSIDE_OK = ("place", "org")  # a place or an institution inside the name (嘉鱼|长江大桥, 县第一人民医院|门诊楼)


def told_done(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    """Works names opening their clause and told built, started or opened right after."""
    text = bounds.text
    spans = []
    for start, end in _clauses_with_a_stage_word(text):
        spans += [m.span("name") for m in _WORKS_TOLD_DONE.finditer(text, start, end)]
        for m in _WORKS_LISTED_DONE.finditer(text, start, end):
            lo, hi = m.span("list")
            spans += [(lo + n.start(), lo + n.end()) for n in _LISTED_NAME.finditer(text[lo:hi])]
    for m in _WORKS_AFTER_VERB.finditer(text):
        lo, hi = m.span("list")
        spans += [(lo + n.start(), lo + n.end()) for n in _LISTED_ITEM.finditer(text[lo:hi])]
    return sorted({(s, e) for s, e in spans if _works_name(text, s, e, taken)})


# A match, the words after it included, holds no clause break (the name excludes them, the stage words have
# none), so it lies in one clause, and one that tells a stage word: only those are scanned with the two
# patterns above (on the whole text they cost a twentieth of an extraction; a report has few such clauses).
_CLAUSE_BREAK = patterns.compile(rf"[{_CLAUSE_BREAKS}]")
_STAGE_WORD = patterns.compile(rf"{_STAGE_WORDS}|完成")  # 完成 also opens …机组并网


def _clauses_with_a_stage_word(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches between clause breaks that hold a stage word, left to right."""
    stages = [m.start() for m in _STAGE_WORD.finditer(text)]
    if not stages:
        return []
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    clauses: list[tuple[int, int]] = []
    for at in stages:
        i = bisect.bisect_right(breaks, at)
        clause = (breaks[i - 1] + 1 if i else 0, breaks[i] if i < len(breaks) else len(text))
        if not clauses or clauses[-1] != clause:
            clauses.append(clause)
    return clauses


def _works_name(text: str, s: int, e: int, taken: Taken) -> bool:
    if _NOT_A_NAME_START.match(text, s, e) or _NOT_A_NAME_WORD.search(text, s, e):
        return False
    return not (GENERIC.fullmatch(text, s, e) or (taken.overlapping(s, e) and not only_names_inside(taken, s, e)))


def only_names_inside(taken: Taken, start: int, end: int) -> bool:
    """Only places and institutions inside the name (no figure: a date, a count or an amount makes a phrase)."""
    return all(m.type in _INSIDE_OK for m in taken.mentions if m.start < end and m.end > start)


# "招商大使及项目签约双方代表": a conjunction right before the bare head makes 项目 a noun of its own (the
# projects), not the head of a name running over the 及; (session 29) so does one before a bare head with the word
# of its kind ("市、县领导万瑞健、邹军及投资项目代表": the investing projects' representatives).
_BARE_HEAD_AFTER_JOINT = patterns.compile(r"(?:及|和|与|以及)(?:投资|签约|重点|重大|相关|有关)?(?:项目|工程)$")


# The works of a project progress reports tell (主体工程封顶, 附属工程完工): a part, not a name of its own.
# A share or a lot of the site before it keeps it a part (全部|土建工程, A区|主体工程, 二标段|主体工程).
_PART_OF_WORKS = patterns.compile(
    r"(?:全部|部分|剩余|[A-Z0-9]{1,2}区|[一二三四五六七八九十0-9]{1,2}(?:标段|号楼))?(?:主体|附属|配套|土建|主体结构|主厂房|厂房主体|桩基|基础)(?:工程|项目)"
)


def no_name(text: str, start: int, end: int) -> bool:
    """A span the head rules read that names no project: X及项目, a project's works (主体工程)."""
    return _BARE_HEAD_AFTER_JOINT.search(text, start, end) is not None or bool(
        _PART_OF_WORKS.fullmatch(text, start, end)
    )
