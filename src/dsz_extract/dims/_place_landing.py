"""Zones a project lands in (dims/place.py, after the zone words are read): the name right after a verb of landing
or lying (落户苏银产业园, 入驻南大智慧城, 位于富春江科技城内) is a place, whatever its head, when the gazetteer and the zone
suffixes do not make it one (苏银产业园, 丽泽金融商务区, 潼湖生态智慧区: plain words before a park's or an area's head).

On the real dev pages (2457) the gold makes a name ending in 区, 园, 城 or 基地 after 落户 / 入驻 / 进驻 / 位于 / 坐落于 a
place 112 times and a project 6 (a park that is itself built: 洛阳国家大学科技园); the project rules leave such a name
to this pass (`names_a_zone_landed_in`), and the pass reads only a span no other pass took (an organisation named
there stays one)."""

from __future__ import annotations

import bisect

from .. import patterns
from ..gazetteer import ADMIN_LEVELS, Place
from ._place_hits import ZONE_MID_STOP_CHARS, Hit, Zones, zone_parent
from ._place_scan import FreeSpans

# The heads of a park's or an area's name, longest first where one ends another.
_HEADS = (
    "高新技术产业开发区", "经济技术开发区", "经济开发区", "开发区", "经开区", "高新区", "工业园区", "产业园区", "科技园区",
    "物流园区", "园区", "工业园", "产业园", "科技园", "创业园", "工业区", "经济区", "商务区", "集聚区", "智慧区", "合作区",
    "示范区", "新区", "新城", "科技城", "科学城", "智慧城", "产业城",
)  # fmt: skip
# Where the name ends: punctuation, a space, a word of position or linking, or the verb that follows the landing.
_AFTER = r"(?=[\p{P}\s]|内|里|中|后|并|以|和|与|及|的|投资|建设|开工|发展|$)"
# The verbs of landing or lying, and the preposition that may follow them (落户在, 位于).
_LANDING = r"(?:落户|入驻|进驻|位于|坐落[于在])(?:在|于|到)?"
_LANDED_IN = patterns.compile(_LANDING + r"(?P<name>[\p{Han}A-Za-z0-9·]{2,12}?(?:" + "|".join(_HEADS) + r"))" + _AFTER)
_NAME_CHARS = patterns.compile(r"[\p{Han}A-Za-z0-9·]+")
_LANDING_VERB_BEFORE = patterns.compile(r"(?r)" + _LANDING)
_NAME_ENDS = patterns.compile(_AFTER)


def names_a_zone_landed_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is such a name (the project rules leave it to the place pass)."""
    if _LANDING_VERB_BEFORE.match(text, max(0, start - 4), start) is None or start == end:
        return False
    return _a_name(text[start:end]) and _NAME_ENDS.match(text, end) is not None


# A name opening on these refers or qualifies (该县经开区, 各园区, 全市产业园): left to the anaphors and generic words.
_NOT_A_NAME_START = frozenset("该本我全各此这其每")
# Words before a head that name no zone of their own (落户产业园区, 入驻工业园: the place's park, a bare zone word).
_GENERIC_FRONTS = frozenset({"产业", "工业", "经济", "科技", "创业", "物流", "高新", "商务", "开发", "示范", "经开"})


def _a_name(name: str) -> bool:
    """Words of its own (two characters or more, not a generic word) before a head, no function character."""
    head = next((h for h in _HEADS if name.endswith(h)), None)
    if head is None or name[0] in _NOT_A_NAME_START or any(c in ZONE_MID_STOP_CHARS for c in name):
        return False
    if _NAME_CHARS.fullmatch(name) is None:
        return False  # a quoted name (落户“两岸一家亲”产业园) is a project's, as the rules read it
    front = name[: -len(head)]
    return len(front) >= 2 and front not in _GENERIC_FRONTS


def zones_landed_in(text: str, hits: list[Hit], subject: Place | None, free: FreeSpans, zones: Zones) -> list[Hit]:
    """`hits` (in order of their starts, none overlapping another) with the zones named after a verb of landing added;
    place hits inside such a name (伊宁 of 伊宁园区) become the zone's parent and leave the list."""
    starts = [h.start for h in hits]
    dropped: set[int] = set()
    added: list[Hit] = []
    for m in _LANDED_IN.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        if not _a_name(name) or not free(start, end):
            continue
        inside = _overlapping(hits, starts, start, end)
        if any(h.start < start or h.end > end or (h.kind == "place" and h.end == end) for h in inside):
            continue  # a name the scan read otherwise (贵安新区 whole, or a place running past it)
        dropped.update(id(h) for h in inside)
        parent = _parent(inside, start, subject)
        added.append(Hit(start, end, "place", name, place=_zone(zones, _own_words(name, parent), parent)))
    if not added:
        return hits
    return sorted([h for h in hits if id(h) not in dropped] + added, key=lambda h: h.start)


def _overlapping(hits: list[Hit], starts: list[int], start: int, end: int) -> list[Hit]:
    """The hits overlapping start..end: a bisect, then a walk back over the few that a short name can hold."""
    i = bisect.bisect_left(starts, end)
    found = []
    while i > 0 and hits[i - 1].end > start:
        i -= 1
        found.append(hits[i])
    return found[::-1]


def _parent(inside: list[Hit], start: int, subject: Place | None) -> Place | None:
    """The place the name opens on (伊宁 of 伊宁园区), else the subject's area (its parent when a zone)."""
    first = min(inside, key=lambda h: h.start, default=None)
    if first is not None and first.start == start and first.place is not None and first.place.level in ADMIN_LEVELS:
        return first.place
    return zone_parent(subject)


def _own_words(name: str, parent: Place | None) -> str:
    """A zone named after a unit written in full is named by its own words (木兰县|现代农业园区), as the contract has
    it for composed zones; after a short form the unit stays in the name (伊宁园区)."""
    if parent is not None and name.startswith(parent.name) and len(name) > len(parent.name) + 2:
        return name[len(parent.name) :]
    return name


def _zone(zones: Zones, name: str, parent: Place | None) -> Place:
    full = (parent.full_name or "") + name if parent is not None else name
    return zones.setdefault(full, Place(name, "zone", None, parent, full))
