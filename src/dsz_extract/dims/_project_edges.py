"""Where a project's name starts when a place stands before it (rule 10 of dims/project.py).

A place written with its suffix (諸城市, 黎川县, 格尔木工业园, 侯马经济开发区) or pointed at (该县) may open
a name (炎陵县新材料产业园建设项目, 兴业县环城公路: the county's own project) or stand before a list of
projects as the place they all lie in (3月18日，诸城市|烟叶复烤仓储设施、东晓生物高品质氨基酸等46个项目;
其中，格尔木工业园|宏储源…光伏储能、青海嘉诺钾资源产品精深加工等4个项目). It heads the list when it opens
the clause and the next item has no place of its own: the names start after it. Where every item names
its place (闽侯县域智慧能源项目、晋安区城市物流智慧产业园), each place stays in its name. Every function reads
the normalised text (simplified already), so places are looked up in it as they stand.
"""

from __future__ import annotations

from .. import gazetteer, patterns
from . import _project_fronts

# Zones and parks written out in the text (many are in no gazetteer): 格尔木工业园, 吉县产业集聚区.
# Not 产业园 / 科技园: those are projects themselves (邵东印刷产业园).
_ZONE = patterns.compile(
    r"\p{Han}{2,10}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|经开区|工业园区|工业园|"
    r"工业集中区|产业集聚区|经济区|新区|示范区)"
)
_ANAPHOR = patterns.compile(r"该(?:省|市|县|区|旗|镇|乡|园区|开发区)")
_SUFFIXED_LEVELS = frozenset(("province", "city", "county", "town", "zone"))
_MAX_PLACE = 12
_MIN_REST = 2
# What may open a clause before a heading place: a punctuation mark or a line break.
_CLAUSE_OPEN = frozenset("，。；：！？,;:!?\n ")
# ... or 其中 after one (，其中|永春县|A项目、B项目…).
_OPENER_BEFORE = patterns.compile(r"[，。；：！？,;:!?\n ]其中$")


def _division_end(text: str, start: int, limit: int) -> int:
    """End of the longest division, a zone too, written with its suffix at `start`."""
    return _project_fronts.division_end(text, start, limit, levels=_SUFFIXED_LEVELS, max_len=_MAX_PLACE)


def place_end(text: str, start: int, end: int) -> int:
    """End of a place written with its suffix at the start of text[start:end] (an address chain runs on:
    银川市西夏区), or `start` when none."""
    pos = start
    while pos < end:
        m = _ANAPHOR.match(text, pos, end) or _ZONE.match(text, pos, end)
        nxt = max(m.end() if m is not None else pos, _division_end(text, pos, end))
        if nxt == pos:
            break
        pos = nxt
    return pos


def past_heading_place(text: str, start: int, end: int) -> int:
    """Start of the name after a place that heads a list of projects (诸城市|烟叶复烤仓储设施、东晓生物…),
    else `start`."""
    if start > 0 and text[start - 1] not in _CLAUSE_OPEN and not _OPENER_BEFORE.search(text, max(0, start - 6), start):
        return start
    if text[end : end + 1] != "、":
        return start
    simple = text[start : end + 1 + _MAX_PLACE]
    rest = place_end(simple, 0, end - start)
    if rest == 0 or end - start - rest < _MIN_REST:
        return start
    if _project_fronts.works_only(text, start + rest, end):
        return start  # 海航临空经济区|合作开发项目、…: the zone's own works, no name without it
    after = end + 1 - start
    if place_end(simple, after, len(simple)) > after:
        return start  # the next item names its own place: each place is its item's
    return start + rest


def starts_with_place(text: str, start: int, end: int) -> bool:
    """A place of any form opens text[start:end] (中国双城…, 侯马经济开发区…, 吉县…), with a name part after it."""
    simple = text[start:end]
    if place_end(simple, 0, len(simple)) > 0:
        return True
    gaz = gazetteer.get()
    return any(gaz.senses(simple[:n]) for n in range(min(len(simple) - _MIN_REST, _MAX_PLACE), 1, -1))


def ends_with_place(text: str, start: int, end: int) -> bool:
    """A place of any form closes text[start:end] (中电投平泉|和丰宁…: 和 joins two places)."""
    simple = text[start:end]
    gaz = gazetteer.get()
    return any(gaz.senses(simple[-n:]) for n in range(2, min(len(simple), _MAX_PLACE) + 1))


def is_division(text: str, start: int, end: int) -> bool:
    """text[start:end] is all one division written with its suffix (京山市, 沙洋县): a place, no project."""
    return end - start <= _MAX_PLACE and _division_end(text, start, end) == end
