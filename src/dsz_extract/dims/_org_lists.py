"""Rule 2 of dims/org.py: the items of "A、B、C等(一批)(知名)企业/国企/高校…" are organisations of the
kind the class noun gives (韩都衣舍、中信证券、鲁西金融、天柱等一批知名企业).

An item is a short proper name: not a place (先到深圳、广州…等企业), not one with a suffix of its own
(judged by the suffix rule), not generic, no digits; items after a count of firms are their trades
(34家建材、食品、电动车等企业), and a trade between 等 and the class noun makes the items types
(等高端复合材料企业). An item holding a name found already (深挖|比亚迪) is that name's. A word governing
the list (使, 指: dims/_org_edges.py) is no part of its first item.
"""

from __future__ import annotations

from .. import gazetteer, patterns
from . import _names, _org_context
from ._names import Boundaries, Taken, alternation, table, words
from ._org_edges import past_governing_word
from ._org_words import KIND, PLACE_END, is_generic

_CLASS_KIND: dict[str, str] = {row[0]: row[1] for row in table("org_class_nouns.txt")}

_LIST = patterns.compile(
    rf"(?<![平高中同均初上次对])等(?P<mod>[^，。；、：！？,;:!?的\n]{{0,16}}?)(?P<head>{alternation(_CLASS_KIND)})"
)
# Between 等 and the class noun stand counts, quality words, quotes (等一批知名企业, 等“中字号”企业,
# 等四个国企, 等市场话语权强企); a trade there makes the items types (等高端复合材料企业).
_TRADE_IN_MODIFIER = patterns.compile(alternation(words("sector_words.txt")))
_FUNCTION_IN_MODIFIER = patterns.compile(r"[为向对在与和将把被给从让使是]")
# A count or a batch of firms before the items makes them the firms' trades (34家建材、食品…等企业, 吸引了一批
# 冶炼、发电、选矿等企业, 众多印刷、包装等企业); names stand before the batch word (华为、腾讯等一批企业).
_COUNT_BEFORE = patterns.compile(r"(?:[0-9一二三四五六七八九十百千万余多]+家|一大?批|大批|一些|众多|诸多|许多|不少)$")
_BATCH_START = patterns.compile(r"一大?批|大批|一些|众多|诸多|许多|不少")
_ITEM_CHARS = patterns.compile(r"[\p{Han}A-Za-z0-9·（）()]+")
_DIGIT = patterns.compile(r"[0-9]")


def _item_ok(text: str, start: int, end: int) -> bool:
    item = text[start:end]
    if not 2 <= len(item) <= 14 or not _ITEM_CHARS.fullmatch(item) or _unbalanced(item):
        return False
    if gazetteer.get().lookup(item) or _org_context.two_places(item):
        return False  # 先到深圳、广州…等企业, 与上海浦东、广西南宁等: a place is no firm
    # Items with a suffix of their own were judged by rule 1 (地方保险公司、信托投资公司等金融机构).
    if item.endswith(tuple(KIND)) or item.endswith(tuple(_CLASS_KIND)):
        return False
    return not (is_generic(item) or PLACE_END.fullmatch(item) or _DIGIT.search(item))


def _unbalanced(item: str) -> bool:
    return item.count("(") + item.count("（") != item.count(")") + item.count("）")


# 相关 / 配套 / 上下游 between 等 and the class noun make the items the firms' fields, not names (将入驻无人机整机
# 生产制造、低空应用展示交易、测试飞行等相关企业; names with a suffix of their own are rule 1's: 经济局等相关单位).
_FIELDS_IN_MODIFIER = patterns.compile(r"相关|配套|上下游|同类")
# A count of people between 等 and the class noun makes the items people (引进金文彦、杨莹莹等5名宁夏大学教授);
# a product word after the class noun makes them products (海报、AR、图解等新媒体产品).
_PEOPLE_IN_MODIFIER = patterns.compile(r"[0-9一二三四五六七八九十两百千余多]+(?:名|位|个人|人)")
_PRODUCTS_AFTER = patterns.compile(r"产品|作品|形式|内容")


def _modifier_ok(mod: str) -> bool:
    return not (_TRADE_IN_MODIFIER.search(mod) or _FUNCTION_IN_MODIFIER.search(mod) or _FIELDS_IN_MODIFIER.search(mod))


def by_list(bounds: Boundaries, taken: Taken, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    text = bounds.text
    out: list[tuple[int, int, str]] = []
    spans = {(s, e) for s, e, _ in found}
    held = _names.Covered(found)
    for m in _LIST.finditer(text):
        if not _modifier_ok(m.group("mod")) or _PEOPLE_IN_MODIFIER.search(m.group("mod")):
            continue
        if _PRODUCTS_AFTER.match(text, m.end()):
            continue
        kind = _CLASS_KIND[m.group("head")]
        items = _names.list_items(bounds, m.start())
        if items and (
            _COUNT_BEFORE.search(text, max(0, items[0][0] - 8), items[0][0])
            or _BATCH_START.match(text, items[0][0], items[0][1])
        ):
            continue  # 34家建材、食品、电动车等企业: the items after a count of firms are their trades
        # A word governing the list is no part of its first item (举措使|江西华宏实业、…等一批企业).
        if items:
            items[0] = (past_governing_word(text, items[0][0], items[0][1], items[0][1]), items[0][1])
        out.extend((s, e, kind) for s, e in _named_items(text, items, spans, held, taken))
    return out


_PARTNER_WORDS = ("与", "同", "跟")


def _partner_opens(text: str, start: int, end: int, held: _names.Covered) -> bool:
    """The item ends in a name found already right after a partner word, with words before it (…管委会在会上与|重庆某某
    集团有限公司): the firms' list opens at that name."""
    last = _held_name_start(start, end, held)
    return last - start >= 2 and text.endswith(_PARTNER_WORDS, start, last)


def _held_name_start(start: int, end: int, held: _names.Covered) -> int:
    """Where the last name found already inside the item [start, end) starts."""
    last = next(at for at in range(end - 1, start - 1, -1) if held.holds(at, at + 1))
    while last > start and held.holds(last - 1, last):
        last -= 1
    return last


def _others_before(text: str, start: int, end: int, held: _names.Covered) -> bool:
    """(session 41) The item holds a name found already after another list's close and its people (张某、李某、王某|等7位
    院士专家走访了|某某集团有限公司等企业): the firms' list opens at that name; the names before are the people's."""
    before = text[start : _held_name_start(start, end, held)]
    return "等" in before and _PEOPLE_IN_MODIFIER.search(before) is not None


def _named_items(
    text: str, items: list[tuple[int, int]], spans: set[tuple[int, int]], held: _names.Covered, taken: Taken
) -> list[tuple[int, int]]:
    """The items that are names of their own, read back from the class noun; the list opens after an item holding a
    name found already with other words (…管委会在会上与|重庆某某集团有限公司、B公司等10家企业): what stands before it
    (市级领导顾平、张学权、杨朝俊代表…) is no part of the firms' list."""
    named: list[tuple[int, int]] = []
    for s, e in reversed(items):
        if (s, e) in spans:
            continue
        if held.overlaps(s, e):
            if _partner_opens(text, s, e, held) or _others_before(text, s, e, held):
                break
            continue  # 深挖|比亚迪: a name found inside the item is the item's firm
        if taken.covering(s, e) is None and _item_ok(text, s, e):
            named.append((s, e))
    return named[::-1]
