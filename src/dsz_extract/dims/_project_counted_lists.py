"""A 、 list closed by a count of a class of projects that counts its items ("日本宇森、香港泉康、香港安必信3个外资
项目"; "伊利乳业、蒙牛乳业、光明乳业3个乳制品加工项目"; "宁德时代、比亚迪、国轩高科三大电池项目"): the items share the
head and are projects even without one of their own, as the items of "A、B两个项目" are (dims/_project_lists.py).
The count must be the number of items: "开工、竣工17个亿元以上项目" lists stages, no projects.
"""

from __future__ import annotations

import functools

from .. import numerals, patterns

# N个 / N大, a class of a few characters (no amount, no threshold), then the head.
_COUNTED_CLASS = patterns.compile(
    r"(?P<n>[0-9]{1,2}|[两二三四五六七八九十])(?:个|大)(?P<cls>[\p{Han}]{0,8}?)(?:项目|工程)"
)
_NOT_A_CLASS = patterns.compile(r"以上|以下|亿|万|千|百|重大|重点")
_CLAUSE_START = patterns.compile(r"(?r)[，。；：:！？\n]|包括|有|是|为|签约了|签约|引进了|引进")
_ITEM_SEPARATOR = patterns.compile(r"、")
_REACH = 60
_ITEM_MIN, _ITEM_MAX = 2, 20


def counted_list_ends(text: str) -> list[int]:
    """Where such lists end (before the count)."""
    return list(_counted_list_ends(text))


# The list pass and the name trimmer both ask, for the same page: its one scan is kept for the last pages.
@functools.lru_cache(maxsize=2)
def _counted_list_ends(text: str) -> tuple[int, ...]:
    ends = []
    for m in _COUNTED_CLASS.finditer(text):
        if _NOT_A_CLASS.search(m.group("cls")):
            continue  # 亿元以上项目, 重大项目: a size or rank, read as before
        n = numerals.parse_number(m.group("n"))
        if n is None or n < 2:
            continue
        start = m.start()
        brk = _CLAUSE_START.search(text, max(0, start - _REACH), start)
        items = _ITEM_SEPARATOR.split(text[brk.end() if brk else max(0, start - _REACH) : start])
        if len(items) == int(n) and all(_ITEM_MIN <= len(i) <= _ITEM_MAX for i in items):
            ends.append(start)
    return tuple(ends)


def trim_at_counted_ends(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A name read by its head over the count that closes such a list (国轩高科|三大电池项目) ends at the count:
    the last item, not a name of its own."""
    ends = counted_list_ends(text)
    if not ends:
        return spans
    out = []
    for s, e in spans:
        inside = [x for x in ends if s < x < e]
        out.append((s, inside[0]) if inside else (s, e))
    return out
