"""Tours an event pass reads (dims/event.py): who goes and where, then 行 — in quotes (“百名博士湖南行”, 第十届“百所
高校千名博士青岛行”) or without them before 活动 or in a list (院士安徽行、…, 中外知名企业四川行活动)."""

from __future__ import annotations

from .. import gazetteer, patterns
from . import _names
from ._names import Boundaries

# A campaign of visits named in quotes (“百所高校千名博士青岛行”, “院士安徽行”): the quoted name, with an
# edition before it taken in quotes and all (第十届“…青岛行”).
# A slogan is no tour: a verb ending in 行 (引领先行, 知行合一践行) or quotes told as a theme (以“…”为主题).
TOUR = patterns.compile(
    r"(?P<edition>第[0-9一二三四五六七八九十百]+[届次])?[“「\"](?P<name>[^“”「」\"，。、\n]{2,20}(?<![先践同进执运推发银])行)[”」\"]"
    r"(?!为主题|为主线|為主題)"
)


def tours(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) if m.group("edition") else m.span("name") for m in TOUR.finditer(text)]


# A tour named without quotes, who goes and where, then 行 (院士安徽行、…等品牌, 外国专家南通行、, 中外知名企业四川行
# 活动, 招才引智名校行活动): an event where 活动 follows it or it stands in a list; 此行 / 一行 are none.
_BARE_TOUR = patterns.compile(r"(?P<place>\p{Han}{2,4}?)行(?=活动|活動|、|等)")
_TOUR_PLACES = ("名校", "高校")
_MIN_WHO = 2
_TOUR_AUDIENCES = tuple(sorted(_names.words("event_audiences.txt"), key=len, reverse=True))


def bare_tours(bounds: Boundaries) -> list[tuple[int, int]]:
    text = bounds.text
    if "行" not in text:
        return []
    found = []
    for m in _BARE_TOUR.finditer(text):
        place = _tour_place_start(text, m.start("place"), m.end("place"))
        if place is None:
            continue
        start = bounds.left_edge(place, keep_year=True)
        who = next((w for w in _TOUR_AUDIENCES if text.endswith(w, 0, place)), None)
        if who is not None and place - start < len(who):
            start = bounds.left_edge(place - len(who), keep_year=True)  # 中外知名企业|四川行: who goes ends names
        if place - start >= _MIN_WHO:
            found.append((start, m.end()))
    return found


def _tour_place_start(text: str, lo: int, end: int) -> int | None:
    """Where the place a tour goes to starts (安徽, 南通, 龙江, 名校), or None."""
    for start in range(lo, end - 1):
        word = text[start:end]
        if word in _TOUR_PLACES or gazetteer.get().senses(word):
            return start
    return None
