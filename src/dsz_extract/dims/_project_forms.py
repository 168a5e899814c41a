"""Project names as some pages write them (rules of dims/project.py kept apart): a development case or an
industrial park area in quotes (Taiwan and Hong Kong pages), a quoted name right before its head (“共建…研究所”项目),
and the word jieba reads across a name's left edge.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import patterns
from ..tokenize import tokenize
from . import _names
from ._names import Boundaries, Taken, words
from ._project_stems import MODIFIERS, counted, quoted_class, stem_ok

_MIN_STEM = 2


# Taiwan and Hong Kong pages name a project as a quoted case or park (「高雄市立图书馆…兴建营运移转案」,
# 「淡海新市镇开发案」, 「和发产业园区」): a project where its sentence states an amount of money. 案 alone
# is any case (方案, 提案): only a development's 案 is a project; other park areas (科学园区) are zones.
_QUOTED_CASE_END = patterns.compile(
    r"(?:开发|兴建|新建|建设|营运移转|移转|招商|促参|都更|合建|地上权|标租|BOT|ROT|OT)案|产业园区"
)
_QUOTED_SPAN = patterns.compile(r"[「“『](?P<name>[^「」“”『』《》，。；：！？、\n]{4,40})[」”』]")


def quoted_cases(bounds: Boundaries, taken: Taken, with_money: Callable[[int], bool]) -> list[tuple[int, int]]:
    """The quoted cases and park areas whose sentence states an amount."""
    text = bounds.text
    found = []
    for m in _QUOTED_SPAN.finditer(text):
        s, e = m.span("name")
        end = _QUOTED_CASE_END.search(text, s, e)
        if end is None or end.end() != e or end.start() - s < _MIN_STEM or taken.overlapping(s, e):
            continue
        if with_money(s):
            found.append((s, e))
    return found


def whole_first_word(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """Back to the start of the word the edge cuts into: a boundary word inside a brand or a place's name
    (可口|可乐公司新厂建设项目, 大像|山仿古文化街) is part of it, as jieba reads the run (可口可乐公司, 大像山)."""
    text = bounds.text
    lo = max([_names.run_start(text, stem_end), *(c for c in cuts if c <= start)])
    if start <= lo or not bounds.ends_at(start):
        return start
    if text[start - bounds.word_ending(start) : start] in _FUNCTION_WORDS:
        return start  # jieba glues a conjunction to its neighbours (城和汉孝, 港及物): the edge stands
    for word, s, e in tokenize(text[lo:stem_end]):
        if lo + s < start < lo + e:
            # a word of three or more (这批, 其余 are determiners), not opening with a function word (和汉孝…)
            # nor with a trigger (签约|国药集团: jieba reads 签约国)
            whole = len(word) >= _WHOLE_WORD_MIN and word[0] not in _FUNCTION_CHARS
            return lo + s if whole and not word.startswith(_TRIGGERS) else start
        if lo + s >= start:
            break
    return start


_WHOLE_WORD_MIN = 3


def past_verb_tail(bounds: Boundaries, start: int, stem_end: int, cuts: list[int], edge: Callable[[int], int]) -> int:
    """Past a boundary word that is only the tail of a longer word the name opens with (签订轻|量化|铝材项目: jieba
    reads 轻量化, a quality, not 量化 the verb; one character glued to the verb makes the word): the edge is
    found again from that word's start."""
    text = bounds.text
    ending = bounds.word_ending(start)
    lo = max([_names.run_start(text, stem_end), *(c for c in cuts if c < start)])
    if ending < 2 or start - ending <= lo:
        return start
    for word, s, e in tokenize(text[lo:start]):
        if lo + e == start:
            tail_only = len(word) == ending + 1 and len(word) >= _WHOLE_WORD_MIN and word[0] not in _FUNCTION_CHARS
            if tail_only and not word.endswith(_TRIGGERS) and not word.startswith(_TRIGGERS):
                return min(start, edge(lo + s))
            return start
    return start


_TRIGGERS = tuple(words("project_triggers.txt"))
_FUNCTION_CHARS = frozenset("这那其该此本每各和与及同在对向从把被将于为是的了占佔")
_FUNCTION_WORDS = _FUNCTION_CHARS | {"以及", "或者", "并且", "而且"}


# A name cut inside one of its parts: after a firm's name (再生资源利用|有限公司尾矿…项目: a verb inside the
# firm's name), at the comma of a chemical's locants (1,|4丁二醇项目) or inside brackets (太阳能光伏(并|网)发电项目).
_FIRM_OPENING = ("有限公司", "有限责任公司", "股份有限公司", "公司", "集团")
_OPEN_BRACKETS = "(（"
_CLOSE_BRACKETS = ")）"
_BRACKET_REACH = 12


def past_broken_part(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """Back to where a name starts when its edge fell inside a firm's name, a number or brackets."""
    text = bounds.text
    if text.startswith(_FIRM_OPENING, start):
        lo = bounds.left_edge(start - 1, cuts=cuts)  # the boundaries before the one inside the firm's name
        return lo if start - lo >= _MIN_STEM else start
    if text[start - 1 : start] in (",", "，") and text[start - 2 : start - 1].isdigit() and text[start].isdigit():
        return bounds.left_edge(start - 1, cuts=cuts)
    lo = start - 1 if text[start - 1 : start] in _CLOSE_BRACKETS else start
    close = next((i for i in range(lo, stem_end) if text[i] in _CLOSE_BRACKETS + _OPEN_BRACKETS), None)
    if close is None or text[close] not in _CLOSE_BRACKETS or MODIFIERS.fullmatch(text, close + 1, stem_end):
        return start  # 省外(含境外)|合作项目: a note before generic words opens no name
    opening = max(text.rfind(b, max(0, close - _BRACKET_REACH), close) for b in _OPEN_BRACKETS)
    if opening > 0 and not any(c in text[opening:close] for c in "，。；：、\n"):
        return bounds.left_edge(opening, cuts=cuts)
    return start


_NAME_QUOTES = {"”": "“", "」": "「"}


def quoted_before_head(text: str, stem_end: int, end: int) -> tuple[int, int] | None:
    """A quoted name right before the head is the name with its quotes and the head (院士团队“共建…研究所”项目,
    “智慧农业示范园”项目), whatever words it ends in; not a count's class (49个“回归工程”项目) or a slogan's."""
    close = stem_end - 1
    if close < 0 or text[close] not in _NAME_QUOTES:
        return None
    inside = _names.quoted(text, max(0, close - 1), close)
    if inside is None or text[inside[0] - 1] != _NAME_QUOTES[text[close]]:
        return None
    if quoted_class(text, inside[0], close) or counted(text, inside[0] - 1, end):
        return None  # nor the class closing a list (A、B等“央企入冀”项目)
    return (inside[0] - 1, end) if stem_ok(text, inside[0], close, close, quoted=True) else None


# A phase of the works after a verb of progress (大河滩水库|完成主体工程, 某某高速|进行土建工程) is no name: the
# project is what the clause tells of before the verb.
_WORKS_PHASE = patterns.compile(
    r"(?:完成|进行|開展|开展|启动|推进|進行|啟動|推進)了?"
    r"(?:土建|主体|主體|基础|基礎|附属|附屬|装修|裝修|前期|地基|桩基|樁基|安装|安裝)(?:施工)?(?:工程|工程建设)$"
)
_MIN_BEFORE_PHASE = 3


def before_works_phase(text: str, start: int, end: int) -> int:
    """The end of the name before a phase of the works it ends in, or `end`."""
    m = _WORKS_PHASE.search(text, start, end)
    return m.start() if m is not None and m.start() - start >= _MIN_BEFORE_PHASE else end
