"""Step 5 of dims/place.py: zone words and anaphors, once the subject place is known.

- Zone words: bare 开发区/高新区 become zone anaphors; 凤凰工业园 / 高铁新区 become zones named by their
  own word, in the area of the place named right before or of the subject; a zone named again without
  its city (惠州仲恺高新区 … 仲恺高新区) is the same zone.
- Anaphors: 全市/我市/本市 → a city, 全区/我区/该区 → the district or zone, 全县 → county, 全省 → province,
  全镇 → town, 全国/我国 → 中国; bare 开发区/高新区/经开区/新区 → the zone they stand for. "we" words take
  the subject first, "all" words a place of their level earlier in the sentence, "that" words the
  nearest such place before them. Unresolved anaphors keep the word as their name, the level of the
  word and a null adcode.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .. import gazetteer, patterns
from ..doc import Doc
from ..gazetteer import Place
from ..text import Span
from ._names import words
from ._place_hits import (
    ANAPHORS,
    BARE_ZONE_WORDS,
    CHINA,
    GENERIC_ZONE_QUALIFIERS,
    NAMED_ZONE_SUFFIXES,
    SUBJECT_ONLY_ZONE_WORDS,
    ZONE_NAME_PART,
    ZONE_NAME_STOP,
    Hit,
    Ordered,
    Zones,
    family_of,
    is_bare_zone_word,
    scope_target,
    zone_parent,
    zone_place,
)

# Scope words that name one place whatever the report is about (全疆 is 新疆 even in a 内蒙古 report).
FIXED_ANAPHORS = {"全疆": "新疆维吾尔自治区"}
# The level an unresolved anaphor reports.
SCOPE_LEVEL = {
    "province": "province",
    "city": "city",
    "prefecture": "city",
    "district": "county",
    "county": "county",
    "town": "town",
}
# Verbs and function words are no zone's own name (放眼|高新区, 入驻|高新区).
_VERBS = frozenset(words("name_verbs.txt")) | frozenset(words("name_boundaries.txt"))


def _is_of_scope(place: Place, scope: str) -> bool:
    """Is `place` itself a unit a scope word may refer to (an explicit antecedent)?"""
    return scope_target(place, scope) is place


def finish_zone_words(text: str, hits: list[Hit], subject: Place | None, zones: Zones) -> None:
    """Bare 开发区/高新区 become zone anaphors; 凤凰工业园 / 高铁新区 become zones named by their own word."""
    # 惠州仲恺高新区 … 仲恺高新区: a zone named again without its city, by its own part and suffix
    known: dict[tuple[str, str], Place] = {}
    for i, h in enumerate(hits):
        prev = hits[i - 1] if i else None
        if h.kind == "place" and h.zone_suffix and h.place is None and not h.candidates:
            # 凤凰 + 工业园: the first part looked like a place (凤凰县, weak) but the document says nothing
            # of it; the zone lies in the place named right before (武汉市东湖新技术开发区) or the subject's.
            area = prev.place if prev is not None and prev.end == h.start and prev.kind == "place" else None
            _name_zone(h, h.start, h.key[: -len(h.zone_suffix)], area or subject, zones)
        elif h.kind == "zone_word" and (again := _named_again(text, h, known)):
            h.kind, h.start, h.place = "place", h.start - len(again[0]), again[1]
            h.key = text[h.start : h.end]
        elif h.kind == "zone_word":
            if h.key in NAMED_ZONE_SUFFIXES:
                if prev is not None and prev.kind == "blocker" and prev.end == h.start:
                    name_start: int | None = prev.start  # 江北水城 + 旅游度假区
                else:
                    name_start = _zone_name_start(text, h.start, prev.end if prev else 0)
                if name_start is not None:
                    _name_zone(h, name_start, text[name_start : h.start], subject, zones)
                    continue
            if h.key in BARE_ZONE_WORDS and is_bare_zone_word(text, h):
                h.kind, h.anaphor = "anaphor", True
        if h.kind == "place" and h.place is not None and h.zone_mid and h.zone_suffix:
            known[(h.zone_mid, h.zone_suffix)] = h.place


def _named_again(text: str, hit: Hit, known: dict[tuple[str, str], Place]) -> tuple[str, Place] | None:
    for (mid, suffix), zone in known.items():
        if suffix == hit.key and text[hit.start - len(mid) : hit.start] == mid:
            return mid, zone
    return None


def _name_zone(hit: Hit, start: int, own_name: str, subject: Place | None, zones: Zones) -> None:
    """Make `hit` the zone `own_name` + its suffix, in the subject's area (高铁新区 in a 聊城 report)."""
    suffix = hit.zone_suffix or hit.key
    hit.kind, hit.start, hit.zone_suffix = "place", start, suffix
    hit.key = own_name + suffix
    parent = zone_parent(subject)
    if parent is None:
        hit.place = Place(hit.key, "zone")
    else:
        hit.place = zone_place(zones, parent, own_name, suffix, hit.key, parent)


def _zone_name_start(text: str, suffix_start: int, floor: int) -> int | None:
    """Where the zone's own name starts before its suffix (入驻凤凰工业园 -> 凤凰), or None."""
    from ..tokenize import tokenize  # only here: a zone named by a plain word is rare

    window_start = max(floor, suffix_start - 8)
    tokens = tokenize(text[window_start:suffix_start])
    if not tokens:
        return None
    word, start, _end = tokens[-1]
    if len(word) < 2 and (listed := _listed_two_characters(text, suffix_start, floor)) is not None:
        return listed
    if len(word) < 2 or not ZONE_NAME_PART.fullmatch(word) or word in ZONE_NAME_STOP or word in _VERBS:
        return None
    if _COUNTED.fullmatch(word) or word in _KIND_OF_PARK:  # 三个科学园区, 现代产业园区: no name
        return None
    return window_start + start


# A list item or a destination: a zone named by two characters no dictionary knows (a township's or a
# hill's name: 、炉碧经济开发区、, 和府场开发区, 进入新滩…) stands right after a list's separator or a verb of
# moving in, the tokenizer cutting it into single characters.
_ITEM_BEFORE = ("、", "，", ",", "和", "与", "及", "至", "在", "进入", "落户", "入驻", "位于", "落地", "进驻", "选址")
_ITEM_NAME = patterns.compile(r"\p{Han}{2}")


def _listed_two_characters(text: str, suffix_start: int, floor: int) -> int | None:
    """The start of a two-character zone name after a list's separator (、炉碧|经济开发区), or None."""
    start = suffix_start - 2
    name = text[start:suffix_start]
    if start < floor or not _ITEM_NAME.fullmatch(name) or not text.endswith(_ITEM_BEFORE, 0, start):
        return None
    if name in ZONE_NAME_STOP or name in _VERBS or name in _KIND_OF_PARK or _COUNTED.fullmatch(name):
        return None
    return None if name.startswith(GENERIC_ZONE_QUALIFIERS) or name.endswith(("级", "个", "家")) else start


# Qualifiers of a kind of park that name none on their own (向现代产业园区转型, 特色工业园, 都市新区); after a
# place they may be part of a name (昆明现代物流园区, 海口美安科技新城).
_KIND_OF_PARK = frozenset({"现代", "特色", "都市", "科技", "新型", "综合", "专业", "主题", "优势"})
_COUNTED = patterns.compile(r"[0-9一二两三四五六七八九十百几多数]+[个大家座批类处]?")


class _LazyIndex(dict[str, "Ordered"]):
    """key -> build(key), built on first lookup."""

    def __init__(self, build: Callable[[str], Ordered]) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, key: str) -> Ordered:
        self[key] = index = self.build(key)
        return index


def resolve_anaphors(
    doc: Doc,
    hits: list[Hit],
    subject: Place | None,
    gaz: gazetteer.Gazetteer,
    zones: Zones | None = None,
    embedded: list[Hit] | None = None,
) -> None:
    if not any(h.kind == "anaphor" for h in hits):
        return  # most reports: then the indexes below would be built for nothing
    named = [h for h in hits if h.kind == "place" and h.place is not None]
    # The index of a scope or zone word is built when an anaphor first needs it.
    of_scope = _LazyIndex(lambda scope: Ordered(h for h in named if _is_of_scope(h.place, scope)))  # type: ignore[arg-type]
    named_zones = _LazyIndex(lambda word: Ordered(h for h in named if _zone_family(h) in BARE_ZONE_WORDS[word]))
    # 我省 in a report with no subject that names only places of one province (南昌 … 我省): that province
    areas: dict[str, Place | None] = {}
    paragraph_starts = [p.start for p in doc.paragraphs]
    for h in hits:
        if h.kind != "anaphor":
            continue
        if h.key in BARE_ZONE_WORDS:
            h.place = _bare_zone_antecedent(h, named_zones[h.key], subject, zones)
            continue
        scope, mode = ANAPHORS[h.key]
        if h.key in FIXED_ANAPHORS:
            h.place = next(iter(gaz.lookup(FIXED_ANAPHORS[h.key])), None)
            continue
        if scope == "country":
            h.place = _own_nation(h.key, subject, gaz)
            continue
        i = bisect.bisect_right(paragraph_starts, h.start) - 1
        paragraph = doc.paragraphs[i] if i >= 0 else None
        h.place = _antecedent(doc, h, of_scope[scope], subject, scope, mode, paragraph)
        if h.place is None and subject is None:
            if scope not in areas:
                areas[scope] = _common_area(named, embedded, scope)
            h.place = areas[scope]
        if h.place is None:
            h.place = of_scope[scope].only_one_before(h.start)  # 献县…（next paragraph）全县: the one county named
        if h.place is None:
            h.label, h.label_level = h.key, SCOPE_LEVEL[scope]


# A Taiwanese page calls Taiwan 全國 (占全國年度簽約金額 on a 高雄 page); Hong Kong and Macau say 全港 / 全澳, so
# their 全國 stays the country.
_SELF_NAMED_NATION = "710000"


def _own_nation(word: str, subject: Place | None, gaz: gazetteer.Gazetteer) -> Place | None:
    """全国 is 中国, or the subject's own territory where that territory names itself so (台湾省)."""
    territory = scope_target(subject, "province") if subject is not None else None
    if ANAPHORS[word][1] == "all" and territory is not None and territory.adcode == _SELF_NAMED_NATION:
        return territory
    return gaz.country(CHINA)


def _common_area(named: list[Hit], embedded: list[Hit] | None, scope: str) -> Place | None:
    """The one unit of `scope` every named Chinese place lies in or is, if they agree (南昌, 赣州 … → 江西省); where
    the report names no unit of the scope on its own, the one its bodies' names agree on. Places named side by side
    (a destination beside its home) leave 全市 unresolved (contract §6), whatever the bodies' names say."""
    targets = [
        (h.place, scope_target(h.place, scope)) for h in named if h.place is not None and h.place.level in _AREA_LEVELS
    ]
    found = {target for place, target in targets if target is not None or not _above_the_scope(place, scope)}
    if len(found) == 1 and None not in found:
        return found.pop()
    return None if found - {None} else _common_area_of_bodies(embedded, scope)


_AREA_LEVELS = frozenset({"province", "city", "county", "zone", "town", "village"})


# (session 41) A place above an anaphor's scope that names no unit of it (广元 for the 该县 of a 旺苍县
# 工业园区 report) holds its units and names none of them, so it neither agrees nor disagrees on which one the anaphor means.
def _above_the_scope(place: Place, scope: str) -> bool:
    level = SCOPE_LEVEL.get(scope)
    return level is not None and gazetteer.LEVEL_RANK[place.level] < gazetteer.LEVEL_RANK[level]


def _common_area_of_bodies(embedded: list[Hit] | None, scope: str) -> Place | None:
    """The one unit of the scope the places inside the names of bodies and outlets agree on (浦江县委组织部…我县 →
    浦江县; 黔东南州人民政府网讯…全州 → 黔东南州): the body that speaks is of the place its anaphors mean."""
    found = {
        scope_target(h.senses[0].place, scope)
        for h in embedded or ()
        if len(h.senses) == 1 and h.senses[0].form != "weak" and h.senses[0].place.level in _AREA_LEVELS
    }
    return found.pop() if len(found) == 1 else None


def _antecedent(
    doc: Doc, hit: Hit, of_scope: Ordered, subject: Place | None, scope: str, mode: str, paragraph: Span | None
) -> Place | None:
    """The place an anaphor of `scope` refers to; `of_scope` are the named places of that level."""
    from_subject = scope_target(subject, scope) if subject is not None else None
    in_sentence = of_scope.nearest(hit, doc.sentence_at(hit.start), before_only=True)
    if mode == "we":
        order = (from_subject, in_sentence, of_scope.nearest(hit, paragraph, before_only=True))
    elif mode == "that":
        order = (of_scope.nearest(hit, paragraph, before_only=True), from_subject)
    elif _compares_with_whole(doc.norm, hit.start):
        # 广东省在皖投资…占全省比重13.1%: a share or a rank is of the report's own whole, not of the investor's
        order = (from_subject, in_sentence, of_scope.nearest(hit, paragraph, before_only=False))
    else:
        # 浙江省…全省会议: the place just named; else the subject's; else one the paragraph names (…落户莘县)
        order = (in_sentence, from_subject, of_scope.nearest(hit, paragraph, before_only=False))
    return next((p for p in order if p is not None), None)


# The words before 全省 / 全市 that make it the whole a share or a rank is taken of (占全省比重, 居全市第一,
# 高于全省平均水平).
_SHARE_OR_RANK = ("占", "居", "列", "位列", "位居", "高于", "低于", "超过", "超出", "快于", "慢于")


def _compares_with_whole(text: str, start: int) -> bool:
    return text.endswith(_SHARE_OR_RANK, max(0, start - 2), start)


def _zone_family(hit: Hit) -> str | None:
    """The family of a zone the text names: composed (聊城 + 高新区) or known whole (湖南湘江新区, 两江新区)."""
    if hit.zone_suffix:
        return hit.family
    return family_of(hit.place) if hit.place is not None and hit.place.level == "zone" else None


def _bare_zone_antecedent(
    hit: Hit, named_zones: Ordered, subject: Place | None, zones: Zones | None = None
) -> Place | None:
    """The subject zone of the word's family, else the last one named before, else the only one named, else
    the subject city's or county's zone of that family."""
    if subject is not None and subject.level == "zone" and family_of(subject) in BARE_ZONE_WORDS[hit.key]:
        return subject
    if hit.key in SUBJECT_ONLY_ZONE_WORDS:
        return None
    before = named_zones.last_before(hit.start)
    if before is not None:
        return before.place
    places = {h.place for h in named_zones.hits}
    if len(places) == 1:
        return places.pop()
    return _subject_area_zone(hit.key, subject, zones) if zones is not None else None


# Bare words that, in a report on a city or county naming no zone, stand for that place's zone of their
# family where NBS codes it (将落户高新区 in a 大庆 report: 大庆高新技术产业开发区, 230671).
_AREA_ZONE_WORDS = frozenset({"高新区", "经开区", "开发区"})


def _subject_area_zone(word: str, subject: Place | None, zones: Zones) -> Place | None:
    if word not in _AREA_ZONE_WORDS or subject is None or subject.level not in ("city", "county"):
        return None
    zone = zone_place(zones, subject, "", word, (subject.short or subject.name) + word, subject)
    # a zone NBS does not code may not exist: 高新区 in a 福州 report, where no zone is named, may be anyone's
    # (tried: one more spurious on the validation pages)
    return zone if zone.adcode else None
