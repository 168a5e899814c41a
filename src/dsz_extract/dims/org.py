"""org mentions: organisations found by their suffix, by lists of firms, and by their short names.

Rules, in the order they run:

1. Suffix (dims/_org_suffix.py): every suffix of data/lexicon/org_suffixes.tsv (有限公司, 集团, 大学,
   研究院, 银行, 商会, 管委会, 商务局, 日报 …) ends a candidate whose start is the left edge of the name;
   registered forms, subsidiaries and units written right after their body run on; generic stems,
   governments named after no place and department suffixes with no department word are dropped.
2. Lists (dims/_org_lists.py): the items of "A、B、C等(一批)(知名)企业/国企/高校…" are organisations
   of the kind the class noun gives (韩都衣舍、中信证券、鲁西金融、天柱等一批知名企业).
   Names joined by 、 or 与 to an organisation found (与中国商飞、北京航空航天大学) and a firm named right
   after its class (新能源车企|华驰汽车) are read in dims/_org_coordinated.py (rules 2b, 2c).
3. Short names: a firm found as 欧佩德公司 or 山东易斯特工程工具有限公司 is also found where the text
   names it by its core alone (欧佩德的伺服电机, 易斯特的刀圈) or its core and a trade (江苏尚德集团 …
   尚德电力为龙头), when that stands free; a unit named after its parent (经济部加工处) is the unit when
   the page names it alone (加工处处长某某, 加工处表示); a short form
   defined in brackets after a body's name (香港入境事务处（入境处）) is the body wherever it is used.

4. Media outlets named by the page's furniture (dims/_media.py): source lines, datelines, bylines,
   breadcrumbs, copyright and reprint notes, and governments' portals (长沙市人民政府|网); an outlet
   wins over a name found ending with it (版权均属|重庆日报). Read in dims/_org_fixed.py.
5. The production and construction corps (新疆兵团) and its divisions, named by number alone
   (新疆兵团第六师, 兵团第一师、第三师). Read in dims/_org_fixed.py.
6. Names without a suffix read from their context (dims/_org_context.py): well-known short names of
   data/lexicon/org_known.tsv (中国能建, 北交所; they hold a name a suffix read inside them from a cut
   word: 延长|石油), 中央 listed before a committee (落实中央、省委…),
   partners of a signing (与蔚来汽车、国轩高科分别签署), and firms before an officer's title (金风科技|董事长).

Rules 1, 4 and 5 read pages with pinyin glosses (統(tǒng)計局) on a view without them (dims/_gloss.py).

A department written right after the body it belongs to is one body (中共青岛市委|组织部, …厅|外国
专家局); what stands before a name without being part of it (经, 原, 十八届, 企业 in apposition) is
left out (`_names.past_leading_noise`).

`kind` comes from the suffix or the class noun; `name` is the mention text as written.

The suffix table, the generic-word test and the place patterns these rules share live in
dims/_org_words.py (the places and levels opening a stem in dims/_org_levels.py), so imports run one way: org -> _org_suffix / _org_coordinated / _org_lists /
_org_fixed -> _org_edges / _org_context / _org_words / _media.

Where a name starts past a word governing it (经|兰洽会组委会, 率|州投资促进局) and a party seat before a
title (复星集团|党委书记) are read in dims/_org_edges.py.

`suffix_supports` and `org_kind` judge names found elsewhere (the LAC backend, ner/lac.py) by the
suffix rule's own tests.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import gazetteer, models, patterns
from ..doc import Doc
from ..names import trade_words
from . import _names, _org_context, _org_hotels, _org_motives
from ._gloss import GlossFree, without_glosses
from ._names import Boundaries, Taken, alternation, words
from ._org_acting import acting_firms
from ._org_apposed import apposed_trade_firms
from ._org_coordinated import by_apposition, coordinated
from ._org_edges import after_place_and_building_verb, built_kind, party_seat, station_class
from ._org_fixed import with_corps_divisions, with_media
from ._org_foreign import latin_foreign_firms
from ._org_listed import stock_coded_firms
from ._org_lists import by_list
from ._org_suffix import GOVERNMENT_SUFFIXES, by_suffix, government_stem, kind_of, stem_fits
from ._org_words import (
    FLAGS,
    KIND,
    MIN_STEM,
    NOT_BEFORE,
    class_of_groups,
    is_generic,
    leading_place,
    names_a_function,
    suffix_of,
)

# Trades that follow the short name inside a full firm name (易斯特|工程工具|有限公司).
_TRADE = patterns.compile(
    rf"(?:{alternation(words('sector_words.txt'))}|工程|工具|机械|造纸|设备|技术|科技|实业|贸易|发展|投资|控股"
    r"|集团|股份|生物|化工|电子|电气|材料|自动化|机器人|仓储|供应链|物流|建设|建材|置业|能源|动力|光电|环境)+$"
)
# What may follow a short name inside the same mention: a legal word or a trade (尚德|电力 of 江苏尚德集团,
# 华建|装备 of 山东华建装备有限公司): the page names the firm by its core and what it makes. Longest first.
_ALIAS_TAILS = (*trade_words(), "公司", "集团")

_HAN = patterns.compile(r"\p{Han}+")
_TITLE = patterns.compile(alternation(words("person_titles.txt")))


# --- rule 3: short names -------------------------------------------------------------------------


def short_name(name: str, suffix: str) -> str | None:
    """The core a firm is also called by: 欧佩德公司 → 欧佩德, 山东易斯特工程工具有限公司 → 易斯特."""
    stem = name[: len(name) - len(suffix)]
    place = leading_place().match(stem)
    if place:
        stem = stem[place.end() :]
    trade = _TRADE.search(stem)
    core = stem[: trade.start()] if trade and trade.start() >= 2 else stem
    if 2 <= len(core) <= 4 and _HAN.fullmatch(core) and not is_generic(core):
        return core
    return None


# A province's firm is named in the report by its province and its core as often as by the core alone
# (吉林化纤集团有限责任公司 … 吉林化纤是…, 山东黄金集团有限公司 … 山东黄金将投资): the province and the core of
# 2-4 characters, without the legal words and the closing 集团, is a short form of its own.
_PLACED_CORE = (2, 4)


def placed_short_names(name: str, suffix: str) -> list[str]:
    """The province and the core a firm is also called by, with its trade and without it:
    吉林化纤集团有限责任公司 → 吉林化纤, 浙江恒逸石化有限公司 → 浙江恒逸石化, 浙江恒逸."""
    stem = name[: len(name) - len(suffix)].removesuffix("集团")
    place = leading_place().match(stem)
    if place is None or place.group().endswith(("省", "市", "自治区")):
        return []  # 吉林省化纤… is named with its full province: reports do not cut it so
    out = []
    for core in (stem[place.end() :], short_name(name, suffix)):
        if core and _PLACED_CORE[0] <= len(core) <= _PLACED_CORE[1] and _HAN.fullmatch(core) and not is_generic(core):
            out.append(place.group() + core)
    return out


# A unit named with its parent (经济部|加工处, 省政府|督查室, 国务院侨办|华文教育发展中心) is the page's
# short form when the report then names the unit alone (加工处处长某某, 加工处表示): the parent has said whose.
_PARENT_ENDS = ("部", "厅", "政府", "国务院", "委", "办")
_UNIT_ENDS = ("处", "司", "室", "署", "局")
_UNIT_LENGTHS = (3, 6)


def unit_short_form(name: str, suffix: str) -> str | None:
    """The unit of a government body's name written after its parent (经济部加工处 → 加工处), or None."""
    if suffix not in _UNIT_ENDS:
        return None
    for at in range(2, len(name) - _UNIT_LENGTHS[0] + 1):
        unit = name[at:]
        if name.endswith(_PARENT_ENDS, 0, at) and _UNIT_LENGTHS[0] <= len(unit) <= _UNIT_LENGTHS[1]:
            stem = unit[: -len(suffix)]
            return unit if _HAN.fullmatch(unit) and not is_generic(stem, "government") else None
    return None


def org_kind(name: str) -> str | None:
    """The kind of an organisation named elsewhere (e.g. by the HanLP backend), from its suffix."""
    suffix = suffix_of(name)
    return kind_of(name, suffix, name[: -len(suffix)]) if suffix else None


def suffix_supports(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], named elsewhere (by LAC), ends with a suffix where the suffix rule
    would read a name: not before the words the suffix may not precede (中国政府|友谊奖), not a class
    of bodies (各|旗区人民政府), not a stem of generic or trade words (金融|科技), not a body's party seat
    before a title (复星集团|党委|书记), and a bare government after a place (中级|政府 is no body); the
    stem the suffix asks for (a department word before 厅 / 局 / 委 / 办: not 中华|厅, a hall; no venue
    before 中心), and two characters of it unless the suffix names a body alone or the one character is a
    level (县|政协; not 商|协会, a class of bodies)."""
    name = text[start:end]
    suffix = suffix_of(name)
    if suffix is None:
        return False
    not_before = NOT_BEFORE[suffix]
    if not_before is not None and not_before.match(text, end):
        return False
    stem = name[: -len(suffix)]
    if _after_each(text, start) or (stem and party_seat(text, end - len(suffix), end)):
        return False
    if stem and not stem_fits(stem, suffix):
        return False
    if 0 < len(stem) < MIN_STEM and "bare" not in FLAGS[suffix] and stem not in _LEVEL_CHARS:
        return False
    if suffix in GOVERNMENT_SUFFIXES and stem:
        return government_stem(stem)
    if "named" in FLAGS[suffix] and station_class(stem):
        return False
    if stem and built_kind(suffix) and after_place_and_building_verb(text, start, end - len(suffix)) is not None:
        return False  # 与衢州市|合作建设|研究院: what a place builds, no body named after it
    if class_of_groups(stem, suffix):
        return False  # 香港企业集团: a class of groups by where they are from
    return not (stem and (is_generic(stem, KIND[suffix]) or names_a_function(stem, suffix)))


_LEVEL_CHARS = frozenset("省市县区旗州盟乡镇")


def _after_each(text: str, start: int) -> bool:
    """各 before the name, or before the level words it opens with (各|旗|区人民政府): a class of bodies."""
    while start > 0 and text[start - 1] in _LEVEL_CHARS:
        start -= 1
    return text[start - 1 : start] == "各"


def suffix_alone(name: str) -> bool:
    """A suffix that names no body standing alone (政协, 公司), unlike the bare ones (市委, 管委会)."""
    return name in KIND and "bare" not in FLAGS[name]


def _aliases(text: str, found: list[tuple[int, int, str]], listed: list[tuple[int, int, str]]) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for s, e, kind in found:
        name = text[s:e]
        suffix = suffix_of(name)
        if suffix is not None and kind == "government" and (unit := unit_short_form(name, suffix)):
            aliases.setdefault(unit, kind)
        if suffix is None or kind not in ("company", "group"):
            continue
        core = short_name(name, suffix)
        if core:
            aliases.setdefault(core, kind)
        for placed in placed_short_names(name, suffix):
            aliases.setdefault(placed, kind)
    for s, e, kind in listed:
        aliases.setdefault(text[s:e], kind)
    return aliases


def _by_alias(
    bounds: Boundaries, aliases: dict[str, str], taken: Taken, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    text = bounds.text
    if not aliases:
        return []
    held = _names.Covered(found)
    out = []
    for s, e in _names.literal_matches(aliases, text, tails=_ALIAS_TAILS):
        if held.overlaps(s, e) or taken.overlapping(s, e):
            continue
        if not (bounds.clear_left(s, taken) and (bounds.clear_right(e) or _TITLE.match(text, e))):
            continue  # a title after the short name closes it as well (加工处|处长某某)
        core = next(a for a in sorted(aliases, key=len, reverse=True) if text[s:e].startswith(a))
        tail = text[s + len(core) : e]
        # a group's core with a trade after it is one of its firms (尚德|电力 of 尚德集团)
        out.append((s, e, "company" if tail and tail != "集团" and aliases[core] == "group" else aliases[core]))
    return out


# --- rule 3b: a short form a report defines in brackets after the full name ------------------------

# 香港入境事务处（入境处）, 国家发展委员会（以下简称“国发会”）: the short form names the body wherever the
# report uses it. It is made of the full name's characters in order, as Chinese short forms are (not a
# seat in brackets: 腾讯科技（深圳）).
_DEFINED_SHORT = patterns.compile(r"[（(](?:以下简称|下称|简称)?[“\"「]?(?P<short>\p{Han}{2,6})[”\"」]?[）)]")


def _abbreviates(short: str, name: str) -> bool:
    rest = iter(name)
    return len(short) < len(name) and all(ch in rest for ch in short)


def _defined_short_forms(text: str, found: list[tuple[int, int, str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for s, e, kind in found:
        m = _DEFINED_SHORT.match(text, e)
        if m is None:
            continue
        short = m.group("short")
        if _abbreviates(short, text[s:e]) and not is_generic(short) and not suffix_alone(short):
            out.setdefault(short, kind)
    return out


def _by_defined_short_form(
    bounds: Boundaries, taken: Taken, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Every use of a short form defined in brackets (入境处共接获…), where it stands on one clear edge:
    the report has said what it names."""
    shorts = _defined_short_forms(bounds.text, found)
    if not shorts:
        return []
    held = _names.Covered(found)
    out = []
    for s, e in _names.literal_matches(shorts, bounds.text):
        if held.overlaps(s, e) or taken.overlapping(s, e):
            continue
        if bounds.clear_left(s, taken) or bounds.clear_right(e):
            out.append((s, e, shorts[bounds.text[s:e]]))
    return out


# --- rule 6: names without a suffix, read from their context (dims/_org_context.py) -------------


_ContextFinder = Callable[[Boundaries, Taken], list[tuple[int, int, str]]]


def _from_context(
    bounds: Boundaries, taken: Taken, found: list[tuple[int, int, str]], finders: tuple[_ContextFinder, ...]
) -> list[tuple[int, int, str]]:
    """What the finders of dims/_org_context.py read (well-known short names before the lists, whose
    kind they keep; partners of a signing and firms before an officer's title after them), where no
    organisation found so far holds it."""
    held = _names.Covered(found)
    out: list[tuple[int, int, str]] = []
    for finder in finders:
        for s, e, kind in finder(bounds, taken):
            if not held.overlaps(s, e):
                held.add(s, e)
                out.append((s, e, kind))
    return out


def _without_parts_of(
    known: list[tuple[int, int, str]], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A well-known name holds what a suffix read inside it from a cut word (延长|石油: 延长 is a verb)."""
    if not known:
        return found
    spans = {(s, e) for s, e, _ in known}
    held = _names.Covered(spans)
    return [f for f in found if (f[0], f[1]) in spans or not held.holds(f[0], f[1])]


# --- the pass ------------------------------------------------------------------------------------


def _by_suffix_media_divisions(doc: Doc, bounds: Boundaries, taken: Taken) -> list[tuple[int, int, str]]:
    """Rules 1, 4 and 5, on the text without its pinyin glosses where a page has them (統(tǒng)計局)."""
    view = GlossFree.of(doc.norm)
    if view is None:
        return with_corps_divisions(doc.norm, taken, with_media(by_suffix(bounds, taken), taken, doc.norm))
    view_taken = Taken(view.mentions_in_view(doc.mentions))
    found = with_media(by_suffix(Boundaries(view.text), view_taken), view_taken, view.text)
    found = with_corps_divisions(view.text, view_taken, found)
    return [(*view.to_original(s, e), kind) for s, e, kind in found]


def find(doc: Doc) -> list[Any]:
    text = doc.norm
    bounds = _names.boundaries(doc)
    taken = Taken(doc.mentions)
    known = _org_context.known(bounds, taken)
    found = _with_campus(text, _without_parts_of(known, _by_suffix_media_divisions(doc, bounds, taken)))
    found = _org_context.ministry_units(text, found)
    listed = _from_context(bounds, taken, found, (lambda _b, _t: known, _org_context.central))
    listed += by_list(bounds, taken, found + listed)
    listed += _from_context(
        bounds,
        taken,
        found + listed,
        (
            _org_context.partners,
            _org_context.officers,
            _org_context.enterprise_lists,
            _org_hotels.event_hotels,
            _org_context.foreign_firms,
            latin_foreign_firms,
            stock_coded_firms,
            _org_context.investing_firms,
            _org_motives.motivated_investors,
            acting_firms,
            apposed_trade_firms,
            _org_context.ministries_of_ministers,
        ),
    )
    listed += coordinated(bounds, taken, found + listed)
    listed += by_apposition(bounds, taken, found + listed)
    aliased = _by_alias(bounds, _aliases(text, found, listed), taken, found + listed)
    aliased += _by_defined_short_form(bounds, taken, found + listed + aliased)
    return [
        doc.make("org", s, e, models.OrgValue(name=without_glosses(_names.verbatim(doc, s, e)), kind=kind))
        for s, e, kind in sorted(found + listed + aliased)
        if not _counted_class(text, s, e) and not _LEVEL_CLASS.match(text, s)
    ]


# A campus or seat in brackets right after a university or institute is part of its name (哈尔滨工业大学（深圳）,
# 中国地质大学（武汉）, 江苏省海洋资源开发研究院(连云港)): the brackets hold a place, as the gazetteer tells.
_CAMPUS = patterns.compile(r"[（(](?P<place>\p{Han}{2,4})[）)]")
_CAMPUS_KINDS = ("university", "research")


def _with_campus(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    for s, e, kind in found:
        m = _CAMPUS.match(text, e) if kind in _CAMPUS_KINDS else None
        if m is not None and gazetteer.get().senses(m.group("place")):
            e = m.end()
        out.append((s, e, kind))
    return out


# A level opening the name makes it a class of bodies (市级|投融资平台公司, 省级|外地驻昆商会, 国家级|食品检测
# 中心): one body is named by its place or owner, not by its rank.
_LEVEL_CLASS = patterns.compile(r"(?:国家|省|市|县|区|州|特|世界)级(?!机关)")


# A count right before or after a station, lab or centre makes it a class of them (评选出优秀专家工作站10家, 12个新设
# 专家工作站, 1家特级人才创新实验室, 含园区服务中心2家): programmes count such units, a body is named once.
_BODY_COUNT_AFTER = patterns.compile(r"(?:[0-9]+|[一二三四五六七八九十百千两几]+)[余多]?[家个所座](?!\p{Han})")
_BODY_COUNT_BEFORE = patterns.compile(r"(?r)(?<![第0-9])(?:[0-9]+|[一二三四五六七八九十百千两几数]+)[余多]?[家个所座]")
_COUNTED_UNITS = ("工作站", "实验室", "中心")


def _counted_class(text: str, start: int, end: int) -> bool:
    if not text.endswith(_COUNTED_UNITS, start, end):
        return False
    return bool(_BODY_COUNT_AFTER.match(text, end) or _BODY_COUNT_BEFORE.match(text, max(0, start - 6), start))
