"""Zones written with the place they lie in or with the part of them meant, for the place pass
(dims/place.py), once every hit has its place:

- an address chain ending in a zone is one mention of the zone (武汉东湖高新区, 四川省宜宾市三江新区,
  吉林省长春市九台区九台经济开发区), as a chain of divisions is one mention of its last unit;
- a zone's 片区 (a free-trade zone's or new area's sub-area) is one zone mention, named after the zone:
  广东自贸区南沙新区片区 → 广东自由贸易试验区南沙新区片区, 哈尔滨新区平房片区.
"""

from __future__ import annotations

from .. import patterns
from ..gazetteer import Place
from ._place_hits import ZONE_MID_STOP_CHARS, ZONE_NAME_STOP, Hit, Zones

_SUB_AREA = patterns.compile(r"(\p{Han}{2,6}?)片区")
_CHAIN_LEVELS = frozenset({"province", "city", "county"})


def join_zones(text: str, hits: list[Hit], zones: Zones) -> list[Hit]:
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: h.start):
        if out and h.start < out[-1].end:
            continue  # held by the sub-area just read
        zone = h.place if h.kind == "place" and h.place is not None and h.place.level == "zone" else None
        if zone is not None:
            prev = out[-1] if out else None
            if prev is not None and _chains_into(prev, h, zone):
                out.pop()
                h.start, h.own_start = prev.start, prev.start
                h.key = text[h.start : h.end]
            _read_sub_area(text, h, zone, zones)
        out.append(h)
    return out


def _chains_into(prev: Hit, hit: Hit, zone: Place) -> bool:
    """The place right before the zone holds it (武汉|东湖高新区): one address chain; not a zone whose name
    starts with that place again (银川市|银川综保区, 吴江区|吴江开发区: two names)."""
    place = prev.place
    return (
        prev.kind == "place"
        and place is not None
        and prev.end == hit.start
        and not prev.anaphor
        and prev.zone_suffix is None
        and prev.village is None
        and place.level in _CHAIN_LEVELS
        and zone.is_within(place)
        and not hit.key.startswith(tuple(f for f in (place.name, place.short) if f))
    )


def _read_sub_area(text: str, hit: Hit, zone: Place, zones: Zones) -> None:
    m = _SUB_AREA.match(text, hit.end)
    if m is None or any(c in ZONE_MID_STOP_CHARS for c in m.group(1)) or any(w in m.group(1) for w in ZONE_NAME_STOP):
        return
    name = zone.name + m.group()
    full = (zone.full_name or zone.name) + m.group()
    hit.place = zones.setdefault(full, Place(name, "zone", None, zone, full))
    hit.end, hit.key = m.end(), text[hit.start : m.end()]
