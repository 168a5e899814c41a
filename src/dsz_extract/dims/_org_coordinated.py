"""Organisations found next to one found already (rules 2b and 2c of dims/org.py).

2b. Names joined to a found organisation by 、 (与中国商飞、北京航空航天大学), or by 与 before a word of
    cooperation (天东生化与天润集团混改合作), are organisations of the same kind: bodies go with bodies
    in a 、 list (市委、市政府), otherwise a name is a firm. A district or zone before a short name is
    left out (东营区|马瑞特); a title before the item (副市长|杨帆) makes it a person.
2c. A short proper name right after the class it belongs to, ending in a firm's trade, is a firm
    (新能源车企|华驰汽车, 生物科技公司|康源医药, 日本材料大厂|东和化学).
"""

from __future__ import annotations

from .. import gazetteer, patterns
from . import _names
from ._names import Boundaries, Taken, alternation, words
from ._org_words import (
    ANAPHORIC_PLACE,
    MIN_STEM,
    PLACE_END,
    PRONOUN,
    SUFFIX,
    is_generic,
    leading_place,
    suffix_of,
)

# --- rule 2b: names coordinated with an organisation ---------------------------------------------

_PLACE_BEFORE_NAME = patterns.compile(r"[\p{Han}]{1,6}?(?:省|市|县|区|旗|镇|乡|高新区|开发区|新区|园区)")
_PERSON_TITLE = patterns.compile(alternation(words("person_titles.txt")))
_COOPERATION_AFTER = patterns.compile(r"[^，。；,;]{0,4}?(?:合作|签约|签署|混改|携手|联合|共建|对接|战略)")
_MAX_COORDINATED = 10
_MAX_ITEMS = 12
_WORD_CHARS = patterns.compile(r"[\p{Han}A-Za-z]+")
# What a firm goes through, listed beside it (兴宏铜业破产|重组、业胜公司破产重整).
_RESTRUCTURING = patterns.compile(r"(?:破产)?(?:重组|重整|清算|兼并|改制|混改)")


def coordinated(bounds: Boundaries, taken: Taken, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Names joined to a found organisation by 、 (与中国商飞、北京航空航天大学), or by 与 before a word
    of cooperation (天东生化与天润集团混改合作), are organisations of the same kind."""
    spans = {(s, e) for s, e, _ in found}
    starts = {s: e for s, e, _ in found}
    held = _names.Covered(found)
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        for item in _items_around(bounds, s, e, starts):
            if item in spans or held.overlaps(*item):
                continue  # 市政府驻京办事处|刘强、市工商联: an item holding a body found is a guest's name
            if not taken.overlapping(*item) and _coordinated_ok(bounds, *item):
                spans.add(item)
                out.append((*item, _coordinated_kind(bounds.text, *item, kind)))
    return out


def _items_around(bounds: Boundaries, start: int, end: int, org_at: dict[int, int]) -> list[tuple[int, int]]:
    """Spans of the names joined to the organisation [start, end) on either side."""
    text = bounds.text
    items: list[tuple[int, int]] = []
    pos = start
    while (
        pos > 0
        and len(items) < _MAX_ITEMS
        and (text[pos - 1] == "、" or (text[pos - 1] == "与" and _COOPERATION_AFTER.match(text, end)))
    ):
        item_end = pos - 1
        item_start = bounds.left_edge(item_end, limit=max(0, item_end - _MAX_COORDINATED))
        item_start = _after_place(text, item_start, item_end)
        if item_start >= item_end:
            break
        items.append((item_start, item_end))
        pos = item_start
        if text[item_end] == "与":
            break
    pos = end
    right = 0
    while pos < len(text) and text[pos] == "、" and right < _MAX_ITEMS:
        right += 1
        if pos + 1 in org_at:
            pos = org_at[pos + 1]
            continue
        limit = min(len(text) + 1, pos + 2 + _MAX_COORDINATED)  # an item may end the page
        item_end = next((p for p in range(pos + 3, limit) if bounds.clear_right(p)), None)
        if item_end is None:
            break
        items.append((pos + 1, item_end))
        pos = item_end
    return items


def _coordinated_kind(text: str, start: int, end: int, anchor_kind: str) -> str:
    """In a 、 list, bodies go with bodies (市委、市政府); next to 与, or next to a firm, a name is a firm."""
    if text[end : end + 1] == "、" or text[start - 1 : start] == "、":
        return anchor_kind if anchor_kind in ("government", "association", "media") else "company"
    return "company"


def _after_place(text: str, start: int, end: int) -> int:
    """Drop a district or zone before a coordinated short name (东营区|马瑞特)."""
    m = _PLACE_BEFORE_NAME.match(text, start, end)
    return m.end() if m and end - m.end() >= MIN_STEM else start


def _coordinated_ok(bounds: Boundaries, start: int, end: int) -> bool:
    text = bounds.text
    item = text[start:end]
    if not 2 <= len(item) <= _MAX_COORDINATED or not _WORD_CHARS.fullmatch(item) or PRONOUN.search(item):
        return False
    if bounds.ends_between(start, end - 1) or _PERSON_TITLE.search(text, max(0, start - 3), end):
        return False  # 副市长|杨帆、市政府…: a title before the item (or in it) makes it a person
    suffix = suffix_of(item)
    if suffix is not None and (len(item) == len(suffix) or is_generic(item[: -len(suffix)])):
        return False
    # A trade (建材、食品), a country or province (中国民营企业500强), a verb (破产重组) is no firm.
    if is_generic(item) or leading_place().fullmatch(item) or bounds.word_at(start) >= len(item):
        return False
    if _RESTRUCTURING.fullmatch(item) or _region_or_country(item):
        return False  # 破产|重组、…公司 is a verb; 东南亚国家联盟、中东 is a region
    return not (
        is_generic(item, "research") or PLACE_END.fullmatch(item) or ANAPHORIC_PLACE.match(item) or _banner(item)
    )


def _banner(item: str) -> bool:
    """(session 39) Inner Mongolia's counties and prefectures are banners and leagues (鄂温克旗与山路集团签署…, 阿荣旗): a
    name the gazetteer knows ending in 旗 or 盟 is a place, as one ending in 县 is (红旗, a brand, it does not know)."""
    return item.endswith(("旗", "盟")) and bool(gazetteer.get().lookup(item))


def _region_or_country(item: str) -> bool:
    """A region or a country of the gazetteer (中东, 北非, 日本); a county's name may also be a firm's
    (天柱、天元 in a list of firms)."""
    return any(place.level in ("region", "country") for place in gazetteer.get().lookup(item))


# --- rule 2c: a firm named right after the class it belongs to -----------------------------------

# 新能源车企|华驰汽车, 生物科技公司|康源医药, 日本材料大厂|东和化学: a class noun, then a short
# proper name with the trade a firm's name ends in.
_APPOSITION = patterns.compile(
    r"(?:企业|公司|车企|药企|房企|大厂|厂商|巨头|龙头|独角兽)"
    r"(?P<name>(?P<core>\p{Han}{2,4}?)(?:汽车|医药|药业|化学|化工|科技|电子|材料|新材|生物|能源|光电|精工|精密|半导体|机械|电气|制药|网络))"
)


def by_apposition(bounds: Boundaries, taken: Taken, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    held = _names.Covered(found)
    out = []
    for m in _APPOSITION.finditer(bounds.text):
        s, e = m.span("name")
        if held.overlaps(s, e) or taken.overlapping(s, e) or not bounds.clear_right(e):
            continue
        core = m.group("core")
        if is_generic(core) or SUFFIX.search(core) or _cut_inside(bounds, s, m.end("core")):
            continue
        out.append((s, e, "company"))
    return out


def _cut_inside(bounds: Boundaries, start: int, end: int) -> bool:
    """A boundary word ends inside the core; a closing 和 is a name character (东和, 大和, 祥和)."""
    return any(
        e != end or bounds.text[e - 1] != "和" or bounds.word_ending(e) != 1 for e in bounds.ends_between(start, end)
    )
