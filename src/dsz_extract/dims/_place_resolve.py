"""Step 3 of the place pass (dims/place.py): which unit a place name means when several share it.

A name with one strong sense is settled at once; the rest (朝阳区, 鼓楼区, 通州) take the sense the
document's other places support, counting each place and its ancestors; a weak surface (平房, 通道) needs
its own city or county in the document. A name the document does not settle keeps its highest-ranked
candidates. Settling a composed zone or village builds it on the place its first part names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .. import gazetteer
from ..gazetteer import LEVEL_RANK, Place, Sense
from ._place_hits import ZONE_SUFFIXES, Hit, Zones, zone_place

# Zone families named after the county they lie in (晋江经济开发区, 昆山高新区), unlike new areas and parks.
COUNTY_NAMED_FAMILIES = frozenset({"经开区", "经济开发区", "开发区", "高新区", "综保区", "保税区", "产业集聚区"})


def chain_counter(places: Iterable[Place], weight: float = 1.0) -> Counter[Place]:
    """How much the document speaks of each unit: every place counts for itself and each unit it lies in."""
    ctx: Counter[Place] = Counter()
    for place in places:
        for node in place.chain:
            ctx[node] += weight
    return ctx


def resolve(hits: list[Hit], extra: Counter[Place], zones: Zones, year: int | None = None) -> None:
    """Pick each place hit's sense: a single strong sense, else the one the document's context supports; then,
    for a report of `year`, the unit a short name meant that year (`as_of`)."""
    open_hits = [h for h in hits if h.kind == "place" and h.place is None]
    for h in open_hits:
        if len(h.senses) == 1 and h.senses[0].form != "weak" and not _needs_context(h, h.senses[0]):
            _settle(h, h.senses[0].place, zones)
    ctx = chain_counter(_base(h) for h in hits if h.kind == "place" and h.place is not None)
    ctx.update(extra)
    for h in open_hits:
        if h.place is None:
            _resolve_one(h, ctx, zones)
    if year is not None:
        for h in open_hits:
            as_of(h, year)


def as_of(hit: Hit, year: int) -> None:
    """The hit's unit as a report of `year` means it (`unit_as_of`); a zone or village built on the unit stays on it."""
    if hit.place is not None and hit.zone_suffix is None and hit.village is None:
        hit.place = unit_as_of(hit.place, hit.key, year)


def unit_as_of(place: Place, written: str, year: int | None) -> Place:
    """A short name a unit shares with the one it took over under a new code names that one in a report of an
    earlier year (a 2012 report's 梁平 is 梁平县, 500228, not 梁平区, 500155, of 2016 on); the current full name
    written out (梁平区) stays the current unit."""
    if year is None or written.endswith(place.name):
        return place
    return gazetteer.predecessor(place, year) or place


def _needs_context(hit: Hit, sense: Sense) -> bool:
    """A new area or park named like a county's short form (三江 + 新区) is that county's only if the
    document speaks of its area: 三江新区 in a 宜宾 report is named after rivers, not 三江侗族自治县.
    Development zones are named after their county (晋江经济开发区, 昆山开发区) and need no context."""
    if hit.zone_suffix is None or sense.form == "name" or sense.place.level not in ("county", "town", "zone"):
        return False
    return ZONE_SUFFIXES[hit.zone_suffix] not in COUNTY_NAMED_FAMILIES


def _settle(hit: Hit, place: Place, zones: Zones) -> None:
    """Give the hit its place; a composed zone or village is built on the place its first part names."""
    hit.candidates = []
    if hit.village is not None:
        hit.place = Place(hit.village, "village", None, place, (place.full_name or "") + hit.village)
    elif hit.zone_suffix is not None:
        # a zone named apart from its unit (海东市|河湟新区) takes the unit's full name before its own
        area = _written_area(place, hit.head) if hit.written.startswith(hit.head) else place
        hit.place = zone_place(zones, place, hit.zone_mid or "", hit.zone_suffix, hit.written, area)
    else:
        hit.place = place


def _base(hit: Hit) -> Place:
    """The gazetteer place of a hit (the parent of a composed zone or village)."""
    assert hit.place is not None
    return hit.place.parent if (hit.zone_suffix or hit.village) and hit.place.parent else hit.place


def _support(sense: Sense, ctx: Counter[Place]) -> float:
    """How much the document speaks of this place: itself (twice) and its ancestors.

    A weak surface (平房, 通道) needs its own parent, city or county in the document; a province that is
    not its parent is not enough.
    """
    place = sense.place
    if sense.form == "weak":
        return ctx[place] * 2 + sum(
            ctx[a] for a in place.chain[1:] if a.level in ("city", "county") or a is place.parent
        )
    return ctx[place] * 2 + sum(ctx[a] for a in place.chain[1:])


def _resolve_one(hit: Hit, ctx: Counter[Place], zones: Zones) -> None:
    scored = [(_support(s, ctx), s) for s in hit.senses]
    best = max(score for score, _ in scored)
    top = [s for score, s in scored if score == best]
    if best > 0 and len(top) == 1:
        _settle(hit, top[0].place, zones)
        return
    strong = [s for s in (top if best > 0 else hit.senses) if s.form != "weak" and not _needs_context(hit, s)]
    if not strong:
        return  # a weak surface the document gives no reason to read as a place
    rank = min(LEVEL_RANK[s.place.level] for s in strong)
    highest = [s for s in strong if LEVEL_RANK[s.place.level] == rank]
    if len(highest) == 1:
        _settle(hit, highest[0].place, zones)
    else:
        hit.candidates = [s.place for s in highest]


def _written_area(parent: Place, head: str) -> Place | None:
    """Whose full name a composed zone's full name starts with. The written name starts with a unit (head):
    after its short form the full name repeats the unit (东营高新区 -> 山东省东营市 + 东营高新…); after its
    full name it does not (广东省制造业…实验区 -> 广东省制造业…; 东昌府区凤凰工业园 -> 山东省聊城市 + 东昌府区…)."""
    unit = next((p for p in parent.chain if head in (p.name, p.short) or p in gazetteer.get().lookup(head)), parent)
    return unit.parent if head == unit.name else unit
