"""Places inside the name of a route, for the place pass (dims/place.py): a road, railway, pipeline or
segment named after the places it joins (兴安至阳朔公路, 黑河—长岭段, 梁平至开江高速公路, 老城关经西宁至上新庄段)
or a segment named after one place (重庆段, (大通段)) is a name of its own, as a project's is: the places in it
are no mentions (the outermost entity wins), though the deal assembler may still read them."""

from __future__ import annotations

from .. import patterns
from ._place_hits import ZONE_MID_STOP_CHARS, Hit

# What joins the places a route runs between: 至, 到, 经, dashes.
_JOINER = patterns.compile(r"(?:至|到|经|—{1,2}|－|-|~|～)")
# What a route's name ends with after its last place: a few name characters (西海, 上新庄), then the route word.
_ROUTE_END = patterns.compile(
    r"(\p{Han}{0,4}?)(?:段|公路|高速公路|高速|铁路|高铁|城际铁路|城际|连接线|输气管道|管道|航线|快速路)"
)
_SEGMENT = "段"


def route_places(text: str, hits: list[Hit]) -> set[int]:
    """The ids of the place hits that lie in a route's name."""
    if not any(w in text for w in ("段", "公路", "高速", "铁路", "高铁", "城际", "管道", "航线", "快速路")):
        return set()
    places = [h for h in hits if h.kind == "place"]
    found: set[int] = set()
    route_end = -1
    i = 0
    while i < len(places):
        if places[i].start < route_end:  # 上|新庄|段: inside the route just read
            found.add(id(places[i]))
            i += 1
            continue
        run = [places[i]]
        while i + 1 < len(places) and _joined(text, run[-1], places[i + 1]):
            i += 1
            run.append(places[i])
        end = _route_end(text, run[-1], len(run))
        if end is not None:
            found.update(id(h) for h in run)
            route_end = end
        i += 1
    return found


def _joined(text: str, left: Hit, right: Hit) -> bool:
    m = _JOINER.match(text, left.end)
    return m is not None and m.end() == right.start


def _route_end(text: str, last: Hit, places: int) -> int | None:
    """Where the route's name ends after its last place (…至西海段, …高速公路), or None when it is no route."""
    start = last.end
    joiner = _JOINER.match(text, start)
    if joiner is not None:  # 大通至西海段: the last stop is no place of the gazetteer
        start = joiner.end()
    elif places == 1:  # 重庆段, (大通段): a segment named after one place
        return start + 1 if text.startswith(_SEGMENT, start) else None
    m = _ROUTE_END.match(text, start)
    if m is None or any(c in ZONE_MID_STOP_CHARS for c in m.group(1)):
        return None
    return m.end()
