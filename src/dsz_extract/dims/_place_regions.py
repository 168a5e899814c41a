"""Regions named after the places they join, for the place pass (dims/place.py): city clusters and
economic belts the region list cannot hold one by one.

A region word (都市圈, 城市圈, 城市群, 经济圈, 经济带, 经济走廊) after the places that name it makes one
region mention, named as written: 南京都市圈, 西宁—海东都市圈, 北部湾城市群, 环洞庭湖经济圈 … and after
the one-character abbreviations of the places it links (沪昆高铁经济带, 呼包鄂榆城市群, 贵广高铁经济带).
A region word after a verb or a qualifier alone (打造城市群, 两大都市圈) names nothing. A part of a place
by its direction (北京西部地区, 山东西北部地区) is a region too, named as written.
"""

from __future__ import annotations

import functools

import regex

from .. import gazetteer, patterns
from ..gazetteer import Place
from ._names import table
from ._place_hits import ZONE_MID_STOP_CHARS, ZONE_NAME_STOP, Hit, Ordered

# not the words 经济|带来 (为香港经济带来…), 城市|群众
_REGION_WORD = patterns.compile(r"都市圈|城市圈|城市群(?!众)|经济圈|经济带(?![来动给领])|经济走廊")
_REGION_WORDS = ("都市圈", "城市圈", "城市群", "经济圈", "经济带", "经济走廊")
# Between the places and the region word: how the belt runs (沪昆高铁经济带, 环洞庭湖生态经济圈) — a short run of
# name characters, no function word.
_MID = patterns.compile(r"\p{Han}{0,4}")
# Places a region is named after, joined by a dash (西宁—海东都市圈, 珠江-西江经济带).
_JOINERS = frozenset("—－-～~")
_REGION_LEVELS = frozenset({"province", "city", "county", "region"})
_LONGEST_ABBREVIATED = 8
_HAN = patterns.compile(r"\p{Han}+")


def compose_regions(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits with every region named after its places made one region hit (in text order)."""
    merged = _part_regions(text, hits) if _PART in text else []
    merged += [s for s in _landform_parts(text) if not any(s[0] < e and b < s[1] for b, e in merged)]
    merged += [s for s in _area_regions(text, hits) if not any(s[0] < e and b < s[1] for b, e in merged)]
    if any(word in text for word in _REGION_WORDS):
        ordered = Ordered(h for h in hits if h.kind != "zone_word")
        for m in _REGION_WORD.finditer(text):
            start = _named_start(text, m.start(), ordered)
            if start is not None and not any(start < e and s < m.end() for s, e in merged):
                merged.append((start, m.end()))
    if not merged:
        return hits
    return _replace(text, hits, sorted(merged))


# A part of a place by its direction (北京西部地区, 山东西北部地区, 福建东部沿海地区): one region, named as written.
_PART = "地区"
_PART_OF_PLACE = patterns.compile(r"(?:东|西|南|北|中|东北|西北|东南|西南|中西|东中)部(?:沿海)?地区")


# A river's bank or a mountain's foot by its direction (珠江西岸, 黄河南岸, 太行山东麓, 洞庭湖北畔) is an area named
# as written, a region: the province a scan reads across the landform's edge (珠|江西|岸, 黄|河南|岸) is none.
_LANDFORM_PART = patterns.compile(
    "(?:" + "|".join(sorted({r[0] for r in table("place_landforms.txt")}, key=len, reverse=True)) + ")"
    r"(?:东|西|南|北|东北|西北|东南|西南)(?:岸|麓|畔|侧)"
)


# A region's area word after it is part of its name (皖江|示范区, 川东北|经济区, 皖北|六市, 川西北|生态示范区), and a
# province's one-character abbreviation with a direction before an area word names a region as written (京西地区,
# 鲁西南地区, 北疆地区, 豫东南地区) — not where the characters are a place of their own (北京地区, 西宁地区, 陕西地区).
_REGION_TAIL = patterns.compile(
    r"(?:生态示范区|生态经济区|经济区|示范区|城市带|片区|[两二三四五六七八九十][市县](?:[两二三四五六七八九十]县)?)"
    r"(?![长委民政])"
)
_AREA_WORD = r"(?:部)?(?:生态示范区|生态经济区|经济区|示范区|片区|地区)"


@functools.cache
def _abbreviated_part() -> regex.Pattern[str]:
    chars = "".join(sorted({row[0] for row in table("place_abbreviations.tsv") if row[2] == "province"}))
    directions = "(?:东北|西北|东南|西南|[东西南北中])"
    return patterns.compile(rf"(?:[{chars}]{directions}|[东西南北][{chars}]){_AREA_WORD}")


def _area_regions(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    spans = []
    for h in hits:
        if h.kind == "place" and _is_region(h) and (m := _REGION_TAIL.match(text, h.end)) is not None:
            spans.append((h.start, m.end()))
    if "地区" in text or "区" in text:
        own = {h.start for h in hits if h.kind == "place" and not _is_region(h)}
        for m in _abbreviated_part().finditer(text):
            if m.start() not in own and not any(m.start() < e and s < m.end() for s, e in spans):
                spans.append(m.span())
    return sorted(spans)


def _is_region(hit: Hit) -> bool:
    places = [hit.place] if hit.place is not None else [s.place for s in hit.senses]
    return bool(places) and all(p.level == "region" for p in places)


def _landform_parts(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LANDFORM_PART.finditer(text)]


def _part_regions(text: str, hits: list[Hit]) -> list[tuple[int, int]]:
    spans = []
    for h in hits:
        if h.kind == "place" and _is_region_part(h) and (m := _PART_OF_PLACE.match(text, h.end)) is not None:
            spans.append((h.start, m.end()))
    return spans


def _named_start(text: str, word_start: int, ordered: Ordered) -> int | None:
    """Where the region's name starts before its region word, or None when no place names it."""
    around = ordered.first_from(word_start)
    if around is not None and around.start < word_start + 1 and around.end > word_start:
        return None  # the word is part of a listed name (长江经济带, 成渝地区双城经济圈)
    before = ordered.last_before(word_start)
    if before is not None and before.kind == "place" and _is_region_part(before):
        mid = text[before.end : word_start]
        if _mid_ok(mid):
            return _first_joined(text, before, ordered)
    return _abbreviated_start(text, word_start, before.end if before is not None else 0)


def _is_region_part(hit: Hit) -> bool:
    places = [hit.place] if hit.place is not None else [s.place for s in hit.senses]
    return bool(places) and all(p.level in _REGION_LEVELS for p in places) and hit.zone_suffix is None


def _mid_ok(mid: str) -> bool:
    if not _MID.fullmatch(mid) or any(c in ZONE_MID_STOP_CHARS for c in mid):
        return False
    return not any(w in mid for w in ZONE_NAME_STOP)


def _first_joined(text: str, hit: Hit, ordered: Ordered) -> int:
    """The start of the first of the places joined by dashes that end at `hit` (西宁—海东)."""
    start = hit.start
    while (joined := _joiner_start(text, start)) < start:
        prev = ordered.last_before(joined)
        if prev is None or prev.end != joined or prev.kind != "place" or not _is_region_part(prev):
            break
        start = prev.start
    return start


def _joiner_start(text: str, end: int) -> int:
    """Where the run of dashes ending at `end` starts (珠江——西江: one or two), `end` when there is none."""
    start = end
    while start > 0 and end - start < 2 and text[start - 1] in _JOINERS:
        start -= 1
    return start


def _abbreviated_start(text: str, word_start: int, floor: int) -> int | None:
    """沪昆(高铁)经济带, 呼包鄂榆城市群: every character of the stem abbreviates a province or a city, and the
    stem starts a word (after punctuation, a function word or a verb); the shortest such stem."""
    lo = max(floor, word_start - _LONGEST_ABBREVIATED)
    m = _ROUTE.search(text, lo, word_start)
    end = m.start() if m is not None else word_start
    chars = _abbreviation_chars()
    for n in (2, 3, 4):
        start = end - n
        if start < lo or not all(c in chars for c in text[start:end]):
            return None
        if _starts_a_word(text, start):
            return _joined_start(text, start)
    return None


def _starts_a_word(text: str, start: int) -> bool:
    before = text[max(0, start - 2) : start]
    return (
        not before
        or not _HAN.match(before[-1])
        or before[-1] in ZONE_MID_STOP_CHARS
        or any(before.endswith(w) for w in _VERB_ENDS)
    )


def _joined_start(text: str, start: int) -> int:
    """珠江—西江经济带: a two-character name joined by a dash before the stem belongs to the region's name."""
    while (joined := _joiner_start(text, start)) < start and joined >= 2 and _HAN.fullmatch(text[joined - 2 : joined]):
        start = joined - 2
    return start


_ROUTE = patterns.compile(r"(?:高铁|高速|铁路|沿线|沿江|生态)$")
_VERB_ENDS = (
    "融入",
    "打造",
    "建设",
    "推进",
    "推动",
    "对接",
    "加快",
    "构建",
    "参与",
    "服务",
    "围绕",
    "依托",
    "培育",
    "共建",
)


@functools.cache
def _abbreviation_chars() -> frozenset[str]:
    """The characters that abbreviate a province (沪, 鄂) or start a city's short name (昆 for 昆明, 榆 for 榆林)."""
    chars = {row[0] for row in table("place_abbreviations.tsv") if row[2] == "province"}
    for place in gazetteer.get().places:
        if place.level == "city" and place.adcode and place.short:
            chars.add(place.short[0])
    return frozenset(chars)


def _replace(text: str, hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    out: list[Hit] = []
    regions = iter(spans)
    span = next(regions, None)
    for h in sorted(hits, key=lambda h: h.start):
        while span is not None and h.start >= span[1]:
            out.append(_region_hit(text, *span))
            span = next(regions, None)
        if span is not None and span[0] <= h.start < span[1]:
            continue  # a place the region's name holds
        out.append(h)
    while span is not None:
        out.append(_region_hit(text, *span))
        span = next(regions, None)
    return sorted(out, key=lambda h: h.start)


def _region_hit(text: str, start: int, end: int) -> Hit:
    name = text[start:end]
    return Hit(start, end, "place", name, place=Place(name, "region", None, None, name))
