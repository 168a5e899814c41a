"""A deal told twice: a lead names the projects of a list ("A项目和B项目同时开工"; "5月16日，…A项目、B项目等5个
项目签约"), and the next sentence, or the first sentences of the next paragraph, tells each again with its own
amount ("A项目总投资20亿元，B项目总投资15亿元"). Each later frame is found the earlier frame it tells again, not only
the last one read, and a name told in short (the place opening the list item dropped: 湘潭经开区泰富…项目 →
泰富…项目) is the same project.

records/deal_merge.py asks `earlier_telling` for every frame it merges.
"""

from __future__ import annotations

from collections.abc import Callable

from .. import patterns
from .deal_frame import Frame

# How far back a frame may find the one it tells again: the sentences of its paragraph before it (same rule as
# deal_merge's reach), or the lead paragraph just before, when it opens the next one.
_NEXT_PARAGRAPH_SENTENCES = 2
# A lead paragraph cut into clauses by ；(工业项目11个…主要有A、B等；清洁能源项目10个…主要有C、D等；…) is read as one
# sentence per clause: the body opening the next paragraph reaches over that many.
_LEAD_PARAGRAPH_SENTENCES = 6
# A place (or zone) opening a list item, dropped when the project is told again.
_PLACE_PREFIX_RE = patterns.compile(
    r"^.{1,8}?(?:省|市|县|區|区|镇|鎮|乡|鄉|旗|州|开发区|開發區|高新区|高新區|经开区|經開區|新区|新區|园区|園區)$"
)
# The shortest project told in short that may stand for the full name.
_MIN_SHORT_NAME = 6


def same_project(a: str, b: str) -> bool:
    """The same project: one name, or the full name and the name without the place that opened it."""
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    if _without_brackets(full) == short or stem_told_with_a_head(short, full):
        return True
    if len(short) < _MIN_SHORT_NAME:
        return False
    if full.startswith(short) and _HEAD_SUFFIX_RE.fullmatch(full, len(short)):
        return True  # 南山口240万千瓦抽水蓄能 told again with its heads: …抽水蓄能电站项目
    if word_left_out(short, full):
        return True  # 正泰新能源光伏组件项目 told again as 正泰光伏组件项目
    if not full.endswith(short):
        return False
    return bool(_PLACE_PREFIX_RE.match(full[: len(full) - len(short)]))


# A name told again in short may leave out a word after the firm or place opening it (正泰|新能源|光伏组件项目 →
# 正泰光伏组件项目, 华润|电力|风电项目 → 华润风电项目): two to four characters after the first two to four. Not a
# phase, a number or a capacity (…|二期|项目, 年产|10万吨|…: another project, or another part of one).
_LEFT_OUT_AT = (2, 3, 4)
_LEFT_OUT_LENGTHS = (2, 3, 4)
_NOT_LEFT_OUT_RE = patterns.compile(r"[0-9０-９一二三四五六七八九十百千万期号號]")
_MIN_KEPT_TAIL = 4  # what follows the word left out: more than a head (光伏组件项目, not 项目)


def word_left_out(short: str, full: str) -> bool:
    d = len(full) - len(short)
    if d not in _LEFT_OUT_LENGTHS:
        return False
    for at in _LEFT_OUT_AT:
        if len(short) - at < _MIN_KEPT_TAIL:
            break
        if full[:at] == short[:at] and full[at + d :] == short[at:]:
            return _NOT_LEFT_OUT_RE.search(full, at, at + d) is None
    return False


# A scope in brackets inside a name (联六线(芗城段)项目), left out when the project is told again (联六线项目).
_BRACKETED_RE = patterns.compile(r"[(（][^()（）]{1,12}[)）]")


def _without_brackets(name: str) -> str:
    return _BRACKETED_RE.sub("", name)


# A project told again by the first words of its name and a bare head (麥胚芽綜合深加工高新技術產業園 → 麥胚芽項目):
# the first words at least three characters, what they stand for no phase, number or capacity of its own.
_BARE_HEADS = ("项目", "項目")
_MIN_STEM = 3


def stem_told_with_a_head(short: str, full: str) -> bool:
    stem = _stem_of(short)
    return (
        stem is not None
        and full.startswith(stem)
        and len(full) - len(stem) >= 2
        and _NOT_LEFT_OUT_RE.search(full, len(stem)) is None
    )


def _stem_of(name: str) -> str | None:
    if name.endswith(_BARE_HEADS) and len(name) - 2 >= _MIN_STEM:
        return name[:-2]
    return None


def _left_out_keys(name: str) -> set[str]:
    """The forms of `name` with a word left out as `_word_left_out` reads them."""
    return {
        name[:at] + name[at + d :]
        for at in _LEFT_OUT_AT
        for d in _LEFT_OUT_LENGTHS
        if len(name) - d >= _MIN_SHORT_NAME and len(name) - d - at >= _MIN_KEPT_TAIL
    }


# The heads a list item named without them takes when told again in full (…抽水蓄能|电站项目, …碳酸锂|项目).
_HEAD_SUFFIX_RE = patterns.compile(r"(?:电站|電站|电厂|電廠|基地|工厂|工廠)?(?:项目|項目|工程)")


def shares_a_project(a: Frame, b: Frame) -> bool:
    return any(same_project(x, y) for x in a.projects for y in b.projects)


def _lead_reach(a: Frame) -> int:
    """How many sentences back a body may find its lead: over the clauses of a lead listing examples without an amount
    of their own; a list sharing a total (A、B、C，总投资4.74亿元) is a group the body does not tell again."""
    return _NEXT_PARAGRAPH_SENTENCES if a.amounts else _LEAD_PARAGRAPH_SENTENCES


def retold_after_its_lead(a: Frame, b: Frame) -> bool:
    """b opens the paragraph right after a's and names one of a's projects (a one-sentence lead, then the body)."""
    return (
        b.sentence.paragraph - a.sentence.paragraph == 1
        and b.sentence.index - a.sentence.index <= _lead_reach(a)
        and (bool(b.amounts) or _adds_its_investor(a, b))
        and shares_a_project(a, b)
    )


def _adds_its_investor(a: Frame, b: Frame) -> bool:
    """The body telling who builds the one project the lead named (A项目开工。⏎A项目由X公司投资建设，…): the lead's deal
    takes the investor, no second deal."""
    return bool(b.investors) and not a.investors and len(a.projects) == 1 and len(b.projects) == 1


def firm_tells_its_listed_project(a: Frame, b: Frame) -> bool:
    """(session 24) b's one investor is the firm one of a's projects is named after, told with what it builds and its money
    (…签约仪式：广东特变电气股份有限公司二期扩产项目、…。⏎…广东特变电气股份有限公司计划投资1.2亿元建设二期厂房…项目):
    the listed project, told again by its firm; a name b gives it is a part of the listed one."""
    if a.investors or len(b.investors) != 1 or len(b.investors[0]) < _FIRM_NAME_MIN:
        return False
    firm = b.investors[0]
    named = [name for name in a.projects if name.startswith(firm) and len(name) - len(firm) >= 2]
    return len(named) == 1 and all(told in named[0] for told in b.projects)


_FIRM_NAME_MIN = 4


def earlier_telling(merged: list[Frame], frame: Frame, same_deal: Callable[[Frame, Frame], bool]) -> Frame | None:
    """The frame read before that `frame` tells again: the last one when it is (deal_merge's rule), else one of
    the sentences just before past the other frames read there."""
    if not merged:
        return None
    if same_deal(merged[-1], frame):
        return merged[-1]
    for earlier in reversed(merged[:-1]):
        gap = frame.sentence.index - earlier.sentence.index
        if gap > _LEAD_PARAGRAPH_SENTENCES or (
            gap > _NEXT_PARAGRAPH_SENTENCES and frame.sentence.paragraph - earlier.sentence.paragraph not in (0, 1)
        ):
            break
        if earlier.sentence is not frame.sentence and same_deal(earlier, frame):
            return earlier
    return None


def same_name_in(one: list[str], later: list[str]) -> bool:
    """A later frame refines a project of the list when it names the same projects, in full or in short."""
    return len(one) == len(later) and all(same_project(a, b) for a, b in zip(one, later, strict=True))


def place_where_first_told(merged: list[Frame]) -> None:
    """A project told again later in the report without a place of its own (计划投资1.2亿元的台玻技改项目…, after
    分别是绥安开发区的A项目、台玻技改项目…) lands where its first telling placed it, not in the place the later
    paragraph carries: where a project lands does not change between paragraphs."""
    placed = _Tellings()
    for frame in merged:
        if not frame.explicit_place and frame.projects:
            earlier = placed.last_sharing_a_project(frame)
            if earlier is not None:
                frame.place, frame.explicit_place, frame.landed = earlier.place, True, earlier.landed
        if frame.explicit_place and frame.place:
            placed.add(frame)


def without_groups_told_item_by_item(merged: list[Frame]) -> list[Frame]:
    """Drop a list of projects sharing a total (分别是A项目、B项目、C项目，总投资4.74亿元) when the report then tells
    every one of them with its own amount (计划投资1.59亿元的A项目…; 投资6000万元的C项目…): the total was only their sum,
    and the report's deals are the projects told one by one."""
    told_later = _Tellings()
    dropped: set[int] = set()
    for i in range(len(merged) - 1, -1, -1):  # from the end, so that what is told later is known
        frame = merged[i]
        if len(frame.projects) >= _MIN_GROUP and frame.amounts and all(told_later.names(p) for p in frame.projects):
            dropped.add(i)
        if len(frame.projects) == 1 and frame.amounts:
            told_later.add(frame)
    return [f for i, f in enumerate(merged) if i not in dropped]


_MIN_GROUP = 2


def _name_keys(name: str) -> set[str]:
    """The name and the short forms `same_project` accepts for it: without the heads it closes with, without the
    place opening it, without a scope in brackets, and its first words (a name told again by them and a bare 项目 meets
    them there). Two names are the same project only if their keys meet, so a lookup by key finds every
    candidate without comparing a name with every frame read before (a report of a thousand deals stays linear)."""
    keys = {name}
    for n in _HEAD_SUFFIX_LENGTHS:
        if len(name) - n >= _MIN_SHORT_NAME and _HEAD_SUFFIX_RE.fullmatch(name, len(name) - n):
            keys.add(name[: len(name) - n])
    for k in range(2, min(_PLACE_PREFIX_MAX, len(name) - _MIN_SHORT_NAME) + 1):
        if _PLACE_PREFIX_RE.match(name[:k]):
            keys.add(name[k:])
    keys.add(_without_brackets(name))
    keys.update(name[:k] for k in range(_MIN_STEM, min(len(name) - 1, _STEM_KEYS_MAX) + 1))
    stem = _stem_of(name)
    if stem is not None:
        keys.add(stem)
    return keys | _left_out_keys(name)


_STEM_KEYS_MAX = 12  # the first words a name told in short keeps: a bounded number of keys per name


_HEAD_SUFFIX_LENGTHS = (2, 4)  # 项目, 工程; 电站项目, 基地工程
_PLACE_PREFIX_MAX = 12  # up to eight characters and the longest place word (經開區, 开发区)


class _Tellings:
    """Frames read so far, found by the keys of their projects' names."""

    def __init__(self) -> None:
        self._frames: dict[str, list[tuple[int, Frame]]] = {}
        self._names: dict[str, set[str]] = {}
        self._count = 0

    def add(self, frame: Frame) -> None:
        self._count += 1
        for name in frame.projects:
            for key in _name_keys(name):
                self._frames.setdefault(key, []).append((self._count, frame))
                self._names.setdefault(key, set()).add(name)

    def names(self, name: str) -> bool:
        """Some frame added tells the project `name` (in full or in short)."""
        return any(same_project(name, other) for key in _name_keys(name) for other in self._names.get(key, ()))

    def last_sharing_a_project(self, frame: Frame) -> Frame | None:
        """The frame added last that names one of `frame`'s projects."""
        best: tuple[int, Frame] | None = None
        for name in frame.projects:
            for key in _name_keys(name):
                for order, other in reversed(self._frames.get(key, ())):
                    if best is not None and order <= best[0]:
                        break
                    if shares_a_project(other, frame):
                        best = (order, other)
                        break
        return best[1] if best is not None else None
