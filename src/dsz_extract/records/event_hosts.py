"""Who holds an event, when the place after 在 is only its venue.

"广东省重大项目集中签约仪式在广州举行": the province's event, held in its capital; "莆田市在福州举行项目签约仪式":
莆田's own signing at a fair elsewhere; "苏州市人民政府举行投资签约仪式": the city's. The projects of these events
land in the host (or their own county), not in the venue. records/frames.py asks here for a frame's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns
from .subject_places import holds

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence


def hosts_away(host: Any, venue: Any) -> bool:
    """ "莆田市在福州举行项目签约仪式": a city or county holding its own signing at a fair elsewhere, named right
    before 在 / 于 (not inside it, not holding it): its projects land at home, the other city is the hall's."""
    return (
        host.end == venue.start - 1
        and host.value.level in ("city", "county", "zone")
        and not holds(venue.value, host.value)
        and not holds(host.value, venue.value)
    )


# "鹿寨县组团参加在桂林市举办的经贸洽谈会": a place attending a fair held in another, between the two.
_ATTENDS_AT_RE = patterns.compile(r"(?:组团|应邀|受邀|率团)?(?:参加|参与|亮相|出席)了?(?:在|于)")


def attends_away(norm: str, host: Any, venue: Any) -> bool:
    """ "鹿寨县组团参加在桂林市举办的经贸洽谈会": a city or county attending a fair held in a place neither holding
    nor held by it; what it signs there lands at home, as with `hosts_away`."""
    return (
        _ATTENDS_AT_RE.fullmatch(norm, host.end, venue.start) is not None
        and host.value.level in ("city", "county", "zone")
        and not holds(venue.value, host.value)
        and not holds(host.value, venue.value)
    )


def event_host_holding(reading: Reading, sent: Sentence, venue: Any) -> str | None:
    """The unit the event's name opens with, when it holds the venue ("广东省重大项目集中签约仪式在广州举行",
    "武汉市…集中签约活动在东湖高新区举行"): the province's or city's event, its projects land all over it,
    the venue is only the hall's city. A subject place inside the host that is not the venue (a county
    report of its projects signed there) keeps the event, as frames.py's `_host_of_the_subject` says."""
    events = [m for m in sent.of_type("event") if m.end <= venue.start]
    named = reading.places_in(events[0].start, events[0].end) if events else []
    host = named[0] if named else None
    if host is None or not _lies_in(venue.value, host) or _names_a_project(reading, events[0]):
        return None
    return _host_or_subject(reading, host, venue)


# Units that hold a promotion of their own away from home (not a country or a region of partners).
_HOST_LEVELS = ("province", "city", "county", "zone")


def event_host_away(reading: Reading, sent: Sentence, venue: Any) -> str | None:
    """ "南充市招商引资项目集中签约活动在成都举行", "甘肃省招商引资推介会在上海举行": an event whose name opens with a
    unit that neither holds the venue nor lies in it is that unit's promotion held away, as `hosts_away` reads
    "莆田市在福州举行…" and `event_host_elsewhere` "在上海举行的黄山市…": its projects land at home."""
    events = [m for m in sent.of_type("event") if m.end <= venue.start]
    named = reading.places_in(events[0].start, events[0].end) if events else []
    host = named[0] if named else None
    if host is None or host.level not in _HOST_LEVELS or _names_a_project(reading, events[0]):
        return None
    if holds(host, venue.value) or _lies_in(host, venue.value) or _lies_in(venue.value, host):
        return None
    if len({p.name for p in named}) > 1 or _about_the_venue(reading, venue):
        # "北京·保定产业对接会在保定举行": a pairing of two units, whose projects land at the venue; a report about the
        # venue's place tells its own projects
        return None
    return reading.subject_place if reading.holds_the_subject_value(host) else host.name


# "在上海举行的|黄山市招商推介会": the event named right after where it was held.
_HELD_THERE_RE = patterns.compile(r"(?:隆重|成功)?(?:举行|举办|召开)的")


def event_host_elsewhere(reading: Reading, sent: Sentence, venue: Any) -> str | None:
    """ "在上海举行的黄山市招商推介会上", "在北京举办的沧州市…推介会": an event named after a unit that neither holds the
    venue nor lies in it is that unit's promotion held away; its projects land at home, not in the hall's city."""
    for event in sent.of_type("event"):
        if event.start < venue.end or not _HELD_THERE_RE.fullmatch(reading.norm, venue.end, event.start):
            continue
        named = reading.places_in(event.start, event.end)
        host = named[0] if named else None
        if host is not None and _lies_in(venue.value, host) and not _names_a_project(reading, event):
            # "在沈阳举行的辽宁省重大项目集中签约仪式上": the province's event held in its capital, as
            # `event_host_holding` reads it told the other way round
            return _host_or_subject(reading, host, venue)
        if host is None or holds(host, venue.value) or _lies_in(host, venue.value):
            return None
        return reading.subject_place if reading.holds_the_subject_value(host) else host.name
    return None


def _names_a_project(reading: Reading, event: Any) -> bool:
    """An event named after a project the report tells ("…暨中国一汽红旗新能源汽车工厂项目开工仪式在长春举行"): the
    ceremony is held at the project's site, and the venue is where it lands."""
    name = reading.norm[event.start : event.end]
    return any(len(m.text) >= 4 and reading.norm[m.start : m.end] in name for m in reading.doc.of_type("project"))


def hosting_government(reading: Reading, sent: Sentence, ceremony_clause_end: int) -> str | None:
    """The place of the government or zone committee holding the ceremony in its clause (苏州市人民政府举行投资
    签约仪式, 经开区管委会举办…): its own territory, as the host named by the event's name is."""
    for m in sent.of_type("org"):
        if m.start >= ceremony_clause_end or m.value.kind != "government":
            continue
        place = reading.place_heading(m.start, m.end)
        if place is not None:
            return reading.subject_place if reading.holds_the_subject_value(place) else place.name
    return None


# "成都市举行重大项目集中开工仪式": the unit holding the event, as the subject of its verb.
_HOLDS_RE = patterns.compile(r"(?:隆重|集中|正式)?(?:举行|举办|召开|组织)")


def subject_host_holding(reading: Reading, sent: Sentence, venue: Any) -> str | None:
    """The unit holding the event as its verb's subject, when it holds the venue too ("成都市举行重大项目集中开工仪式，
    主会场设在天府新区"): the city's event, the zone only the hall's."""
    for m in sent.of_type("place"):
        if m.start >= venue.start:
            return None
        if _HOLDS_RE.match(reading.norm, m.end) and _lies_in(venue.value, m.value):
            return _host_or_subject(reading, m.value, venue)
    return None


def _lies_in(inner: Any, outer: Any) -> bool:
    """Whether a place value lies in another: by code, or for a zone without one by its full name (四川省成都市天府新区
    lies in 成都市), or, for a zone without either (东湖高新区 as a venue), in the unit holding the event."""
    if holds(outer, inner):
        return True
    if inner.level == "zone" and inner.adcode is None and not inner.full_name:
        return outer.level in ("province", "city", "county")  # a zone the gazetteer does not place: the host's
    return bool(inner.adcode is None and inner.full_name and outer.full_name) and (
        inner.full_name.startswith(outer.full_name) and inner.full_name != outer.full_name
    )


def _host_or_subject(reading: Reading, host: Any, venue: Any) -> str | None:
    """The host, unless the report is about the venue's place (泰安市…仪式在宁阳县举行 in a 宁阳县 report; 江苏省…在
    南京举行 in a 南京 report: the projects told are the venue's own: None, the venue stays), or about a unit inside
    the host other than the venue (a county report of the city's event): the subject place then."""
    if _about_the_venue(reading, venue):
        return None
    if reading.holds_the_subject_value(host):
        return reading.subject_place
    return host.name


def _about_the_venue(reading: Reading, venue: Any) -> bool:
    """Whether the report's subject place is the venue or lies in it (宁阳县 for a venue 宁阳县, 南京市 for 南京), not
    the host holding it (武汉市…在东湖高新区举行 in a 武汉市 report is the city's event)."""
    code = venue.value.adcode
    return bool(code and reading.subject_adcode) and (
        code == reading.subject_adcode or reading.holds_the_subject_value(venue.value)
    )
