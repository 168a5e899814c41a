"""Where an event is held and where a report was filed: the venue of a ceremony, its host, the dateline.

records/frames.py asks these when a lead sentence opens an event frame: the place after 在 / 于, a region
holding the event in a city inside it, a county's projects signed at its city's event, the place an event's
name opens with; and a dateline's day and city, which are the report's, not the event's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns
from .event_hosts import (
    attends_away,
    event_host_away,
    event_host_elsewhere,
    event_host_holding,
    hosting_government,
    hosts_away,
    subject_host_holding,
)
from .subject_places import holds

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence

# A dateline ends with these after its day ("3月1日电", "4月23日讯").
DATELINE_ENDS = ("电", "讯", "消息")
DATELINE_REACH = 12
_DATELINE_AFTER_PLACE_RE = patterns.compile(r"\s*\d{1,2}月\d{1,2}日(?:电|讯)")
# Countries and regions are where partners and investors come from: no venue, no landing place.
NOT_LOCAL_LEVELS = ("country", "region")
# "在XX举行", "于XX召开": the place the event is held.
_HELD_AT = ("在", "于")
# Where a project lands, not where an event is held (…项目将建在华丰镇; 开工项目分布在A、B等地).
_LANDS = tuple(
    f"{verb}{at}" for verb in ("建", "落户", "分布", "坐落", "选址", "布局", "落地", "位", "集中") for at in _HELD_AT
)


def held_at(reading: Reading, sent: Sentence, ceremony_clause_end: int) -> str | None:
    """The place after 在 / 于 ("在县会议中心举行"), else the first place that can host up to the end of the
    ceremony's clause (not one inside the projects listed after it: 集中签约仪式上，…，隰县…项目)."""
    # Countries and regions (东盟 of 中国—东盟博览会) are where partners come from, no venue.
    places = [m for m in sent.of_type("place") if not in_dateline(reading, m) and m.value.level not in NOT_LOCAL_LEVELS]
    for i, m in enumerate(places):
        if reading.norm[max(0, m.start - 1) : m.start] in _HELD_AT and not reading.norm.endswith(_LANDS, 0, m.start):
            venue = most_specific(places[i:])
            if i > 0 and _hosts_at_home(places[i - 1], venue):
                return places[i - 1].value.name
            if i > 0 and (hosts_away(places[i - 1], places[i]) or attends_away(reading.norm, places[i - 1], places[i])):
                return _host_of_the_subject(reading, places[i - 1])
            host = (
                event_host_holding(reading, sent, venue)
                or subject_host_holding(reading, sent, venue)
                or event_host_elsewhere(reading, sent, m)
                or event_host_away(reading, sent, venue)
            )
            if host is not None:
                return host
            return _host_of_the_subject(reading, venue)
    hosts = [i for i, m in enumerate(places) if m.start < ceremony_clause_end and reading.is_subject_place(sent, m)]
    if hosts:
        return _host_of_the_subject(reading, most_specific(places[hosts[0] :]))
    # A ceremony named after its host ("宁阳县重点项目集中签约仪式在县会议中心举行"): held there.
    named = _named_host(reading, sent)
    if named is not None:
        return named
    # The body holding it governs its own territory ("新疆生产建设兵团2月28日举行…签约仪式").
    territory = next((t for m in sent.of_type("org") if (t := reading.territory_of(m)) is not None), None)
    if territory is not None:
        return territory
    government = hosting_government(reading, sent, ceremony_clause_end)
    if government is not None:
        return government
    # Only the dateline names a place ("厦门6月28日讯 …海沧区重大项目集中签约仪式在海沧区行政服务中心举行": the
    # others stand inside the event's and the venue's names): the event is where the report speaks of.
    return sent.carried_place if len(places) < len(sent.of_type("place")) else None


def _hosts_at_home(host: Any, venue: Any) -> bool:
    """ "西藏自治区在拉萨举行…集中签约", "四川省于成都召开…推介会": a region holding the event in a place inside
    it, named right before 在 / 于; the event's figures are the region's, the city only its venue."""
    return host.end == venue.start - 1 and holds(host.value, venue.value)


def _named_host(reading: Reading, sent: Sentence) -> str | None:
    """The place the name of the sentence's first event opens with, as the place pass read it inside the name;
    a unit the subject place lies in (泰安市…仪式 in a 宁阳县 report) gives way to the subject place."""
    events = sent.of_type("event")
    place = reading.place_heading(past_its_year(reading, events[0]), events[0].end) if events else None
    if place is None:
        return None
    return reading.subject_place if reading.holds_the_subject_value(place) else place.name


# A year (and a season or a batch of it) opening an event's name before its place: 2023年玉林市…活动.
_NAME_YEAR_RE = patterns.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年度?")


def past_its_year(reading: Reading, event: Any) -> int:
    """Where the event's name starts once the year it opens with is passed (2023年汕尾市重大项目集中签约活动)."""
    year = _NAME_YEAR_RE.match(reading.norm, event.start, event.end)
    return year.end() if year is not None else event.start


def _host_of_the_subject(reading: Reading, place: Any) -> str:
    """A county report's projects signed at its city's event (宁阳县…在泰安市…活动中成功签约) land in the county:
    a venue the subject place lies in gives way to the subject place."""
    return reading.subject_place if reading.holds_the_subject(place) else place.value.name


def is_dateline(reading: Reading, date: Any) -> bool:
    """ "中新网乌鲁木齐3月1日电", "4月23日讯": the day the report was filed, not the event's."""
    return reading.norm.startswith(DATELINE_ENDS, date.end)


def in_dateline(reading: Reading, place: Any) -> bool:
    """The city a dateline names ("中新网乌鲁木齐3月1日电"): where the report was filed."""
    following = reading.norm[place.end : place.end + DATELINE_REACH]
    return _DATELINE_AFTER_PLACE_RE.match(following) is not None


def most_specific(places: list[Any]) -> Any:
    """Of places written one after the other ("哈新区平房片区", "在合肥市肥东县"), the last is the most specific."""
    chosen = places[0]
    for nxt in places[1:]:
        if nxt.start != chosen.end:
            break
        chosen = nxt
    return chosen
