"""What a report writes before a firm's name without it being part of the name (dims/_org_suffix.py).

- A class of firm in apposition: 中外合资企业|南玻集团, 下属公司|东莞南玻光伏科技有限公司,
  专精特新“小巨人”企业|合肥中南光电有限公司, 龙头企业|某某股份有限公司, 客运业者|日统客运, 台企|长春颖霆科技有限公司.
  The class ends in 企业 or
  公司 after a word that says which firms (合资, 龙头, 下属, 全资子…); a bare 企业 inside a name stays
  (某某企业管理有限公司).
- The origin Taiwan's investment commission and Taiwanese papers write before an investor: 香港商|鹏鼎
  国际有限公司, 丹麦商|沃旭…, 英属开曼群岛商|…, 日商|…: a foreign country or region, or its
  one-character abbreviation, then 商. The place is a place mention of its own; 中国商飞, 上海商学院 and
  商会/商务/商业 words keep their 商.
- A firm's name whose place is followed by 和 or 同 that start its core (安徽和县绿缘温室科技有限公司: 和县 is a
  county; 上海同捷科技股份公司): the conjunction cut off a name that starts with its place; two places joined
  (江苏和南京某某有限公司) keep the cut.
"""

from __future__ import annotations

from .. import gazetteer, patterns
from ..text import to_simplified
from ._names import Boundaries
from ._org_words import MIN_STEM

# A bare class noun where the name would start (下属|公司|东莞南玻…: the modifier cut off by a word edge).
_BARE_CLASSES = ("公司", "企业")
_CLASS_BEFORE_NAME = patterns.compile(
    r"(?:合资|外资|独资|(?:外商|台商|港商|侨商|港澳台)投资|龙头|重点|骨干|领军|民营|国有|上市|链主|高新技术|科技型|小巨人[”\"」]?|"
    r"专精特新|制造业单项冠军|单项冠军|瞪羚|独角兽)企业"
    r"|(?:下属|旗下|全资|控股|参股)子?公司|子公司"
    # Taiwanese reports' trade in apposition: 国道客运业者|日统客运, 记忆体大厂|旺宏, 烤漆加工厂|胜丰达
    r"|业者|大厂|厂商|加工厂"
    # (session 20) a firm's origin or ownership in short: 台企|长春颖霆科技有限公司, 央企|中国建筑…
    r"|(?:台|港|澳|外|侨|民|央|国)企(?![联业])"
)

# 商 starting a word of its own (商会, 商务, 商业…) is no investor's origin.
_TRADE_WORDS = frozenset("会务业贸城场品标用报学银户圈铺家界人")
# One-character origins Taiwanese reports write (美商, 日商, 德商, 陆商…).
_ORIGIN_ABBREVIATIONS = frozenset("美日德英法韩韓港澳陆陸荷瑞星泰越印")
_HOME = frozenset(("中国", "中华人民共和国"))
_MAX_ORIGIN = 8


def past_class_noun(text: str, start: int, stem_end: int) -> int:
    """`start` moved past the last class of firm in apposition before the name (合资企业|南玻集团)."""
    best = start + 2 if text.startswith(_BARE_CLASSES, start) and stem_end - start - 2 >= MIN_STEM else start
    for m in _CLASS_BEFORE_NAME.finditer(text, start, stem_end):
        if stem_end - m.end() >= MIN_STEM:
            best = m.end()
    return best


def past_trader_origin(text: str, start: int, stem_end: int) -> int:
    """`start` moved past an investor's origin written before its name (香港商|鹏鼎国际有限公司)."""
    at = text.find("商", start, stem_end)
    while at > start:
        if stem_end - at - 1 >= MIN_STEM and text[at + 1] not in _TRADE_WORDS and _origin_before(text, start, at):
            return at + 1
        at = text.find("商", at + 1, stem_end)
    return start


def _origin_before(text: str, start: int, at: int) -> bool:
    """Whether a foreign country or region (or its abbreviation) ends right before 商 at `at`."""
    if text[at - 1] in _ORIGIN_ABBREVIATIONS and (at - 1 == start or not _han(text[at - 2])):
        return True
    gaz = gazetteer.get()
    for length in range(min(_MAX_ORIGIN, at - start), 1, -1):
        name = to_simplified(text[at - length : at])
        if name in _HOME:
            return False
        if any(p.level == "country" or p.name in ("香港特别行政区", "澳门特别行政区") for p in gaz.lookup(name)):
            return True
    return False


def _han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


# The characters that end a name on the left as a conjunction yet start many a firm's core or a county (和县, 同方).
_INNER_CONJUNCTIONS = frozenset("和同")
_MAX_PLACE = 6


def over_placed_conjunction(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """`start` moved back over 和/同 and a place before it where the place starts the firm's name
    (推进|安徽和县绿缘…有限公司, ;|上海同捷科技股份公司)."""
    text = bounds.text
    if start < 3 or text[start - 1] not in _INNER_CONJUNCTIONS or _starts_with_place(text, start, stem_end):
        return start
    before = bounds.left_edge(start - 1, cuts=cuts)
    head = to_simplified(text[before : start - 1])
    if MIN_STEM <= len(head) <= _MAX_PLACE and gazetteer.get().lookup(head):
        return before
    return start


def _starts_with_place(text: str, start: int, stem_end: int) -> bool:
    """Whether the stem after the conjunction opens with a place (和|南京某某: two places joined)."""
    gaz = gazetteer.get()
    return any(gaz.lookup(to_simplified(text[start : start + n])) for n in range(2, min(5, stem_end - start) + 1))
