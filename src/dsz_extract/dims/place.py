"""place mentions: gazetteer matches, composed zones, anaphors (全市, 该区, 开发区) and the subject place.

How a document is read (one Aho-Corasick scan of doc.norm, then passes over the few hits):
1. Scan: every gazetteer surface (places.tsv.gz, zones, regions, countries), the anaphor words, the
   zone suffix words and the BLOCKERS, leftmost-longest. Hits inside a mention of an earlier pass
   (org, project, event, person …) are dropped: the outermost entity wins (山东华跃新能源有限公司).
2. Compose: an address chain 山东省聊城市东昌府区 becomes one mention of its last unit; a place
   followed by a zone suffix (聊城 + 经济技术开发区, 东营 + 高新区, 东昌府区 + 凤凰 + 工业园) becomes a
   zone whose parent is that place; a town or county followed by …村 becomes a village.
3. Resolve names several units share (朝阳区, 鼓楼区, 通州) from the document's other places, in
   dims/_place_resolve.py: the candidate whose ancestors the document mentions wins; else adcode stays
   null and the candidates are listed. Weak surfaces (2-character short forms that are also ordinary words: 平房, 通道) count
   only when the document mentions their city or county; short surfaces count only at word
   boundaries (新平 in 创新平台 is no place), judged by the private jieba tokenizer around the hit.
4. Subject place (doc.info["subject_place"]), in dims/_place_subject.py: the most talked-about place,
   title and opening weighing most; bare zone words (开发区 ×20) and 全区/我区 make a zone the subject:
   the zone the text names with that suffix (聊城高新区), else its city's NBS zone (东营经济技术开发区),
   else a zone named after the city.
5. Zone words and anaphors, in dims/_place_anaphors.py: 全市/我市/本市 → a city, 全区/我区/该区 → the
   district or zone, 全县 → county, 全省 → province, 全镇 → town, 全国/我国 → 中国; bare 开发区/高新区/
   经开区/新区 → the zone they stand for; 凤凰工业园 / 高铁新区 are zones named by their own word.
   Unresolved anaphors keep the word as their name, the level of the word and a null adcode.
6. Villages named on their own (在宋杨河村打造…), then one value per place (here).

Step 1 (the scan and the word-boundary and context checks on its hits) lives in dims/_place_scan.py;
this module composes, resolves and values. The anaphor and zone words, `Hit` (one match as the passes
resolve it), `Ordered` and the zone/scope helpers that this module, the scan, the subject inference and
the anaphors share live in dims/_place_hits.py, so imports run one way:
place -> _place_scan / _place_resolve / _place_subject / _place_anaphors / _place_landing -> _place_hits.

Readings the contract leaves open, decided here:
- adcode: GB/T 2260 for divisions; NBS statistical codes for the development zones NBS codes (苏州工业园区
  320576, xx7x; 9-digit town-level zones) and for towns; null for zones named only in the text, for
  villages, regions, countries (ISO codes are kept in countries.tsv, unused) and Taiwan's cities.
- A name several units share that the document does not settle: the common name and level, adcode and
  full_name null, the units in `candidates` (left empty past MAX_CANDIDATES, e.g. 城关镇 ×88).
- An address chain (山东省聊城市东昌府区) is one mention with the last unit's value.
- A composed zone's name is as written (东营高新区), or NBS's name when NBS codes it (合肥经开区 ->
  合肥经济技术开发区); its full name spells out abbreviations (…东营高新技术产业开发区).
- 全国/我国: name 中国, level country, adcode null, full_name 中国. 区里/市里 are not mentions; generic
  zone words (各开发区, 省级以上开发区) are not mentions.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .. import gazetteer, patterns
from ..doc import Doc
from ..gazetteer import Place, Sense
from ..models import PlaceValue
from . import _place_short
from ._names import Covered, literal_matches
from ._place_anaphors import finish_zone_words, resolve_anaphors
from ._place_hits import (
    CHINA,
    GENERIC_ZONE_QUALIFIERS,
    NATIONAL_MIDS,
    ZONE_MID_STOP_CHARS,
    ZONE_NAME_PART,
    ZONE_NAME_STOP,
    ZONE_SUFFIXES,
    Hit,
    Ordered,
    Zones,
    chained,
    is_zones_of_area,
)
from ._place_landing import zones_landed_in
from ._place_regions import compose_regions
from ._place_resolve import chain_counter, resolve
from ._place_routes import route_places
from ._place_scan import EXTRA_KEYS, FreeSpans, TokenBoundaries, is_demonym, scan, whole_words
from ._place_subject import infer_subject
from ._place_subzones import join_zones

# --- the words and phrases the rules use ----------------------------------------------------

# A village right after a town or county (李海务街道宋杨河村), or after 在/到/于 (在宋杨河村打造…); not a
# street named after a village (中关村街道).
_VILLAGE_AFTER_PLACE = patterns.compile(r"\p{Han}{1,4}?村(?![民级委集干里内落镇庄街])")
_VILLAGE_FREE = patterns.compile(r"(?<=[在到于至])(\p{Han}{2,3})村(?![民级委集干里内落镇庄街])")
_VILLAGE_NOT_NAME = patterns.compile(r"[乡农山渔新古小大各全本该我每个村]$|^[乡农山渔各全本该我每这那]")

MAX_CANDIDATES = 10
# Zone words that make a park of the town short name right before them (龙塘工业园).
PARKS_NAMED_AFTER_TOWNS = frozenset({"工业园", "工业园区", "产业园区", "工业区", "开发区", "经济开发区", "经开区"})


def find(doc: Doc) -> list[Any]:
    text = doc.norm
    gaz = gazetteer.get()
    free = FreeSpans(doc)
    zones: Zones = {}
    hits, embedded, embedded_zone_words = scan(text, gaz, free, TokenBoundaries(doc))
    hits = compose_regions(text, _compose(text, hits))
    in_routes = route_places(text, hits)
    if in_routes:  # 兴安至阳朔公路: the route's name holds its places
        embedded += [h for h in hits if id(h) in in_routes]
        hits = [h for h in hits if id(h) not in in_routes]
    resolve(hits, Counter(), zones, doc.reference_year)
    subject = infer_subject(doc, hits, embedded, zones)
    doc.info["subject_place"] = subject.value() if subject is not None else None
    if subject is not None:
        resolve(hits, chain_counter([subject], 3), zones, doc.reference_year)  # what the subject's area settles
    towns = _towns_by_short_name(text, hits, subject, free, TokenBoundaries(doc))
    hits = sorted(_zone_words_outside(hits, towns) + towns, key=lambda h: h.start)
    finish_zone_words(text, hits, subject, zones)
    resolve_anaphors(doc, hits, subject, gaz, zones, embedded)
    hits = zones_landed_in(text, join_zones(text, hits, zones), subject, free, zones)
    hits.extend(_free_villages(text, hits + embedded, free, subject))
    hits = sorted(
        (
            h
            for h in hits
            if not (
                is_demonym(text, h.end)
                or _in_photo_credit(text, h)
                or _opens_a_national_name(text, h)
                or _new_china(text, h)
            )
        ),
        key=lambda h: h.start,
    )
    values: dict[tuple[int, bool], PlaceValue] = {}
    doc.info["places_in_projects"] = _places_in_projects(
        doc, embedded + embedded_zone_words, subject, zones, values, TokenBoundaries(doc)
    )
    found = [doc.make("place", h.start, h.end, v, source="gazetteer") for h in hits if (v := _value(h, values))]
    held = Covered((h.start, h.end) for h in hits)  # a set lookup per candidate, not a walk over every hit
    short = _place_short.find(doc, subject, lambda s, e: not free(s, e) or held.overlaps(s, e))
    return found + [doc.make("place", s, e, v, source="gazetteer") for s, e, v in short]


# A photographer's name closing a caption line (图为签约仪式现场。贡嘎来松 摄): a name that opens with a place's
# (贡嘎, 拉萨) is a person's, not the place.
_CREDIT_AFTER = patterns.compile(r"\p{Han}{0,3}[ \t\u3000]+(?:摄影?|供图)[ \t\u3000]*(?=\n|$)")
_CREDIT_EDGE = frozenset("。！？\n \t\u3000")


def _in_photo_credit(text: str, hit: Hit) -> bool:
    return (hit.start == 0 or text[hit.start - 1] in _CREDIT_EDGE) and _CREDIT_AFTER.match(text, hit.end) is not None


# 中国国际进口博览会, 中国国际广播电台, 中国国际贸易促进委员会: 中国 opening 国际 is the first word of a national body's or
# fair's name (every such name on the real dev pages), not the country as a place, even where the name is not read whole;
# but not where the words after tell the country's standing in the world (中国国际地位不断提升, 中国国际影响力).
_COUNTRYS_STANDING_RE = patterns.compile("地位|影响|竞争|形象|话语|声誉|收支|市场|交往")


def _opens_a_national_name(text: str, hit: Hit) -> bool:
    return (
        text.startswith("中国国际", hit.start)
        and hit.end == hit.start + 2
        and _COUNTRYS_STANDING_RE.match(text, hit.start + 4) is None
    )


def _new_china(text: str, hit: Hit) -> bool:
    """(session 44) 新中国 (新中国成立70周年) names an era of the country, no place: the real dev gold marks none of 10."""
    return (
        hit.start > 0 and text[hit.start - 1] == "新" and text.startswith(CHINA, hit.start) and hit.end == hit.start + 2
    )


_PROJECT_PLACE_LEVELS = ("city", "county", "zone")


def _places_in_projects(
    doc: Doc,
    embedded: list[Hit],
    subject: Place | None,
    zones: Zones,
    values: dict[tuple[int, bool], PlaceValue],
    aligned: TokenBoundaries,
) -> list[tuple[int, int, PlaceValue]]:
    """Cities and counties named inside project names ("闽侯县域智慧能源项目", "福清思嘉新材料产业园项目"), event
    names and governments' names, resolved like free places, for the deal assembler: a project's own county is
    where it is built, an event's where it is held, a signing government's where its projects land. Not
    mentions: the name's span holds them."""
    # An event is named after its host as a project after its county (宁阳县重点项目集中签约仪式), and a
    # government after its place (平鲁区人民政府, 上饶经开区管委会): a party signing for the place.
    projects = sorted(
        (m.start, m.end)
        for m in doc.mentions
        if m.type in ("project", "event") or (m.type == "org" and m.value.kind == "government")
    )
    if not projects:
        return []
    starts = [s for s, _ in projects]
    to_original = doc.normalized.to_original
    inside: list[Hit] = []
    for h in embedded:
        start, end = to_original(h.start), to_original(h.end)
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= projects[i][1]:
            inside.append(h)
    inside = whole_words(inside, aligned)
    if not any(h.kind == "place" for h in inside):
        return []
    # 临汾经济开发区精密智造项目: the zone a project is named after, composed as free places are
    inside = _compose(doc.norm, sorted(inside, key=lambda h: h.start))
    resolve(inside, chain_counter([subject], 3) if subject is not None else Counter(), zones, doc.reference_year)
    finish_zone_words(doc.norm, inside, subject, zones)
    found = []
    event_spans = _event_spans(doc)
    for h in inside:
        value = _value(h, values) if h.kind == "place" else None
        if value is None or not _settled(value):
            continue
        start = to_original(h.start)
        if value.level in _PROJECT_PLACE_LEVELS or (value.level == "province" and _in_spans(event_spans, start)):
            found.append((start, to_original(h.end), value))
    return found


def places_inside(doc: Doc, names: Sequence[Any]) -> list[tuple[int, int, PlaceValue]]:
    """The place mentions lying inside names found after this pass (the project model's: 南通海门盛宏科技…,
    徐州思路迪抗肿瘤创新药研发制造), read as `_places_in_projects` reads those inside the rules' names: a name's own
    city, county or zone. `keep_places_taken` keeps them for the deal assembler once the names take their spans."""
    spans = sorted((m.start, m.end) for m in names)
    if not spans:
        return []
    starts = [s for s, _ in spans]
    found = []
    for m in doc.of_type("place"):
        i = bisect.bisect_right(starts, m.start) - 1
        if i < 0 or m.end > spans[i][1] or (m.start, m.end) == spans[i]:
            continue
        if m.value.level in _PROJECT_PLACE_LEVELS and _settled(m.value):
            found.append((m.start, m.end, m.value))
    return found


def keep_places_taken(doc: Doc, inside: Sequence[tuple[int, int, PlaceValue]]) -> None:
    """Of the places `places_inside` found, those no longer mentions (a name took their span) join the places
    inside project names (doc.info["places_in_projects"])."""
    kept = {(m.start, m.end) for m in doc.of_type("place")}
    taken = [found for found in inside if (found[0], found[1]) not in kept]
    if taken:
        doc.info["places_in_projects"] = [*doc.info.get("places_in_projects", ()), *taken]


# A build verb right after the place inside a rules' name: the name ran over where something is built, no name
# holds the place (台中|興建二廠, 台南市新吉工業區|建置新廠).
_BUILT_AFTER_RE = patterns.compile(r"(?:兴建|新建|建置|扩建|建设|设立|增设|投资|投建)")


def restore_places_of_dropped_names(doc: Doc, rule_names: Sequence[Any]) -> list[Any]:
    """(session 25) The places the place pass left inside rules' project names that no mention covers any more and
    that a build verb follows (the project model kept no name there: 在台中市大雅區|興建二廠): mentions again, as they
    would be with no name around them. Returns the new mentions; the rest stay places inside names."""
    spans = sorted((m.start, m.end) for m in rule_names)
    inside = doc.info.get("places_in_projects", ())
    if not spans or not inside:
        return []
    starts = [s for s, _ in spans]
    covered = sorted((m.start, m.end) for m in doc.mentions)
    covered_starts = [s for s, _ in covered]
    restored, kept = [], []
    for start, end, value in inside:
        i = bisect.bisect_right(starts, start) - 1
        in_a_rule_name = i >= 0 and end <= spans[i][1]
        j = bisect.bisect_right(covered_starts, start) - 1
        overlaps = (j >= 0 and covered[j][1] > start) or (j + 1 < len(covered) and covered[j + 1][0] < end)
        if in_a_rule_name and not overlaps and _BUILT_AFTER_RE.match(doc.norm, end):
            restored.append(doc.make("place", start, end, value, source="gazetteer"))
        else:
            kept.append((start, end, value))
    if restored:
        doc.info["places_in_projects"] = kept
    return restored


def _settled(value: PlaceValue) -> bool:
    """A place whose unit is settled: a code, a zone, or a Taiwanese, Hong Kong or Macau city or county."""
    return bool(value.adcode) or value.level == "zone" or _hk_tw_macau_unit(value)


def _hk_tw_macau_unit(value: PlaceValue) -> bool:
    """A Taiwanese, Hong Kong or Macau city or county (台湾省台中市): GB/T 2260 gives it no code, but its name is
    settled (臺中市政府舉辦…簽約儀式 is the city's event)."""
    return value.level in ("city", "county") and (value.full_name or "").startswith(_NO_CODE_REGIONS)


_NO_CODE_REGIONS = ("台湾省", "香港特别行政区", "澳门特别行政区")


def _event_spans(doc: Doc) -> list[tuple[int, int]]:
    """Event names: an event is named after its host, a province's too (2023年湖南省重大项目集中签约仪式 is the
    province's event wherever it is held), where a project's province in its name is only its scope."""
    return [(m.start, m.end) for m in doc.mentions if m.type == "event"]


def _in_spans(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


# --- 2. compose ------------------------------------------------------------------------------


def _compose(text: str, hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for i, hit in enumerate(hits):
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "place" and prev.zone_suffix is None and prev.village is None:
            if (
                hit.kind == "place"
                and prev.end == hit.start
                and (senses := chained(prev, hit))
                and not _province_over_list(text, prev, hit, hits[i + 1 : i + 2])
            ):
                out[-1] = _chain(text, prev, hit, senses)
                _attach_village(text, out[-1])
                continue
            if hit.kind == "zone_word" and hit.key in ZONE_SUFFIXES and _composes(text, prev, hit):
                prev.zone_mid, prev.zone_suffix = text[prev.end : hit.start], hit.key
                if _named_apart_from_its_place(text, prev, prev.zone_mid):
                    prev.own_start = prev.end
                prev.end, prev.key = hit.end, text[prev.start : hit.end]
                continue
        out.append(hit)
        if hit.kind == "place":
            _attach_village(text, hit)
    return out


def _named_apart_from_its_place(text: str, place: Hit, mid: str) -> bool:
    """(session 33) A zone with words of its own after a unit written in full (海东市|河湟新区, 东山区|生物科技产业园区,
    拉萨市|曲水净土健康产业园区) is named by those words: the unit is its address. A unit written short is part of
    the name (东营高新区, 惠州潼湖生态智慧区), and a single character is no name of its own (日照市北经济开发区); a
    province's zone keeps its province (广东省珠西综合实验区)."""
    provincial = all(s.place.level == "province" for s in place.senses)
    return len(mid) >= 2 and mid not in NATIONAL_MIDS and not provincial and _written_in_full(text, place)


def _written_in_full(text: str, place: Hit) -> bool:
    """Whether the unit the hit ends in is written with its full name (海东市, 阿拉善盟; not 惠州, 郑州)."""
    written = text[place.own_start : place.end]
    return any(written.endswith(s.place.name) for s in place.senses)


def _province_over_list(text: str, prev: Hit, hit: Hit, after: list[Hit]) -> bool:
    """A province's short name before a 、 list of its places (甘肃陇南、定西; 四川成都、德阳、绵阳) is said of
    every item: a mention of its own, not the head of the first item's address chain."""
    if not after or after[0].kind != "place" or after[0].start != hit.end + 1 or text[hit.end] != "、":
        return False
    if not all(s.place.level == "province" for s in prev.senses) or prev.key.endswith(("省", "市", "区")):
        return False
    return bool(chained(prev, after[0]))


def _chain(text: str, prev: Hit, hit: Hit, senses: list[Sense]) -> Hit:
    """One hit for an address chain; a leading province, or any unit written in full, is not part of a zone's
    written name."""
    merged = Hit(
        prev.start, hit.end, "place", text[prev.start : hit.end], senses, own_start=prev.own_start, head=prev.head
    )
    leading_province = prev.own_start == prev.start and all(s.place.level == "province" for s in prev.senses)
    # (session 33) 拉萨市|曲水净土健康产业园区: a unit written in full before the last unit, whose zone it is
    if leading_province or _written_in_full(text, prev):
        merged.own_start, merged.head = hit.start, hit.key
    return merged


def _composes(text: str, place: Hit, suffix: Hit) -> bool:
    """聊城 + 经济技术开发区, 东昌府区 + 凤凰 + 工业园: an administrative place, then a zone suffix; not the zones of a
    place in general (吕梁市各开发区, 山西省开发区: a province's or city's many zones; 交城县开发区 is one)."""
    mid = text[place.end : suffix.start]
    if mid in NATIONAL_MIDS and (suffix.key == "开发区" or any(s.place.level == "province" for s in place.senses)):
        return False  # 山东省国家级高新区, 沈阳市国家级开发区: the zones of that rank a province or city has
    if (mid in GENERIC_ZONE_QUALIFIERS and mid not in NATIONAL_MIDS) or (
        not mid and _zones_in_general(text, place, suffix)
    ):
        return False
    if all(s.form == "weak" for s in place.senses) and place.key in ZONE_NAME_STOP:
        return False  # 苏州市|新建|工业园区: a weak form that is a verb of building (新建区) heads no zone
    return _zone_mid_ok(mid) and any(s.place.level in gazetteer.ADMIN_LEVELS for s in place.senses)


def _zones_in_general(text: str, place: Hit, suffix: Hit) -> bool:
    return is_zones_of_area(text, suffix.start, suffix.key) and all(
        s.place.level in ("province", "city") for s in place.senses
    )


def _zone_mid_ok(mid: str) -> bool:
    if not mid or mid in NATIONAL_MIDS:  # (session 44) 海口国家高新区, 曹妃甸国家级经济技术开发区
        return True
    if not ZONE_NAME_PART.fullmatch(mid) or any(c in ZONE_MID_STOP_CHARS for c in mid):
        return False
    return not any(w in mid for w in ZONE_NAME_STOP)


def _attach_village(text: str, hit: Hit) -> None:
    if not any(s.place.level in ("town", "county") for s in hit.senses):
        return
    m = _VILLAGE_AFTER_PLACE.match(text, hit.end)
    if m and _is_village_name(m.group()[:-1]):
        hit.village = m.group()
        hit.end, hit.key = m.end(), text[hit.start : m.end()]


# --- towns named without their suffix (北滘 for 北滘镇) ------------------------------------------

_TOWN_SUFFIX = patterns.compile(r"(?:镇|乡|街道|苏木)$")
# A town's short name (北滘 for 北滘镇) counts in a report on its county only if it is no ordinary word.
TOWN_SHORT_MAX_FREQ = 100


def _towns_by_short_name(
    text: str, hits: list[Hit], subject: Place | None, free: FreeSpans, aligned: TokenBoundaries
) -> list[Hit]:
    """北滘、容桂等镇街 in a 顺德区 report: the towns of the counties the document is about, named without
    their suffix. Only those counties' towns are looked for, so the names are few and mostly unambiguous."""
    counties = {p.ancestor("county") for p in (subject, *(h.place for h in hits if h.kind == "place")) if p is not None}
    counties.discard(None)
    if not counties:
        return []
    from ..tokenize import frequencies

    freq = frequencies()
    towns: dict[str, list[Place]] = {}
    for county in counties:
        for short, places in _town_short_names(county).items():  # type: ignore[arg-type]
            towns.setdefault(short, []).extend(places)
    names = [n for n, places in towns.items() if len(places) == 1 and freq.get(n, 0) < TOWN_SHORT_MAX_FREQ]
    if not names:
        return []
    taken = Ordered(h for h in hits if h.kind != "zone_word")  # 南汇新城 (镇) holds the zone word 新城
    zone_words = {h.start: h.key for h in hits if h.kind == "zone_word"}
    found = []
    for start, end in literal_matches(names, text):
        before, after = taken.last_before(end), taken.first_from(start)
        if (
            (before is not None and before.end > start)
            or (after is not None and after.start < end)
            or not free(start, end)
            or _names_a_park(end, zone_words)
        ):
            continue
        found.append(Hit(start, end, "place", text[start:end], place=towns[text[start:end]][0]))
    aligned.prepare([(h.start, h.end) for h in found])
    return [h for h in found if aligned(h.start, h.end)]


def _names_a_park(end: int, zone_words: dict[int, str]) -> bool:
    """(session 44) 龙塘工业园 after a zone (清远高新技术产业开发区龙塘工业园): a park named after the town, one zone
    mention as 清城区龙塘工业园 is, not the town and a bare 工业园."""
    return zone_words.get(end) in PARKS_NAMED_AFTER_TOWNS


def _zone_words_outside(hits: list[Hit], towns: list[Hit]) -> list[Hit]:
    """The hits less the zone words a town's short name holds (新城 in 南汇新城)."""
    if not towns:
        return hits
    held = Covered((t.start, t.end) for t in towns)
    return [h for h in hits if h.kind != "zone_word" or not held.overlaps(h.start, h.end)]


@functools.cache
def _town_short_names(county: Place) -> dict[str, list[Place]]:
    """The towns of a county by their name without 镇/乡/街道/苏木, where that is no other place's name;
    once per county and process (the gazetteer is process-wide)."""
    gaz = gazetteer.get()
    towns: dict[str, list[Place]] = {}
    for town in gaz.towns_of(county):
        short = _TOWN_SUFFIX.sub("", town.name)
        if len(short) >= 2 and short != town.name and not gaz.senses(short) and short not in EXTRA_KEYS:
            towns.setdefault(short, []).append(town)
    return towns


# --- 6. villages named on their own (在宋杨河村打造…) ----------------------------------------


def _is_village_name(name: str) -> bool:
    """宋杨河 (村), not 乡 (乡村), 农 (农村), 各 (各村) or 的 (东昌府区的村)."""
    return not _VILLAGE_NOT_NAME.search(name) and not any(c in ZONE_MID_STOP_CHARS for c in name)


def _free_villages(text: str, hits: list[Hit], free: FreeSpans, subject: Place | None) -> list[Hit]:
    if "村" not in text:
        return []
    taken = Ordered(hits)
    towns = Ordered(h for h in hits if (p := _sole_place(h)) is not None and p.level == "town")
    out = []
    for m in _VILLAGE_FREE.finditer(text):
        start, end = m.start(1), m.end()
        if not _is_village_name(m.group(1)) or not free(start, end):
            continue
        before, after = taken.last_before(end), taken.first_from(start)
        if (before is not None and before.end > start) or (after is not None and after.start < end):
            continue
        parent = _village_parent(towns, start, subject)
        name = text[start:end]
        full = (parent.full_name or "") + name if parent is not None else None
        out.append(Hit(start, end, "place", name, place=Place(name, "village", None, parent, full)))
    return out


def _village_parent(towns: Ordered, offset: int, subject: Place | None) -> Place | None:
    """The nearest town the text names (inside an org name too: 李海务街道党工委), else the subject."""
    before, after = towns.last_before(offset), towns.first_from(offset)
    nearest = min((h for h in (before, after) if h is not None), key=lambda h: abs(h.start - offset), default=None)
    if nearest is not None:
        return _sole_place(nearest)
    if subject is not None and subject.level in ("city", "county", "town"):
        return subject
    return None


def _sole_place(hit: Hit) -> Place | None:
    if hit.place is not None:
        return hit.place
    return hit.senses[0].place if len(hit.senses) == 1 else None


# --- values ----------------------------------------------------------------------------------


def _value(hit: Hit, values: dict[tuple[int, bool], PlaceValue]) -> PlaceValue | None:
    """The mention's value; one value object per place and anaphor flag (a report names its subject often)."""
    if hit.place is not None:
        key = (id(hit.place), hit.anaphor)
        if key not in values:
            values[key] = hit.place.value(anaphor=hit.anaphor)
        return values[key]
    if hit.label is not None:
        return PlaceValue(name=hit.label, level=hit.label_level, anaphor=True)  # type: ignore[arg-type]
    if hit.kind == "place" and hit.candidates:
        if hit.zone_suffix is not None or hit.village is not None:  # its parent is unsettled; the name stands
            return PlaceValue(name=hit.village or hit.key, level="village" if hit.village else "zone")
        return _unresolved_value(hit)
    return None


def _unresolved_value(hit: Hit) -> PlaceValue:
    """A name several units share and the document does not settle: name and level, adcode null, candidates."""
    first = hit.candidates[0]
    levels = {c.level for c in hit.candidates}
    name = first.name if len({c.name for c in hit.candidates}) == 1 else hit.key
    candidates = hit.candidates if len(hit.candidates) <= MAX_CANDIDATES else []
    return PlaceValue(
        name=name,
        level=first.level if len(levels) == 1 else "other",  # type: ignore[arg-type]
        adcode=None,
        full_name=None,
        anaphor=False,
        candidates=[c.candidate() for c in candidates],
    )
