"""The place of a figure nothing else places, in a report without a subject place.

A page whose places all lie in one of them ("…中國500強企業投資江西重大項目簽約儀式…在南昌…我省…": 南昌 lies in
江西省) and whose subject place the place pass could not settle on (too few mentions to weigh) still speaks of
that place: the figures no clause, paragraph or event places are the one unit all its places lie in, as 全市 /
我省 are in such a report (docs/contract.md, Places). Before that, a figure of an event told again ("此次集中开工
项目86个") is of the place its lead named with the day ("驻马店市重大项目集中开工仪式在西平县举行"), not of the venue.
"""

from __future__ import annotations

from typing import Any

from .. import gazetteer, patterns
from ..dims.date import is_taiwanese
from ..doc import Doc
from ..gazetteer import ADMIN_LEVELS
from . import frames as event_frames
from .context import Reading
from .sentence import Found, Sentence
from .subject_places import holds, subject_place_name

# A venue ("…开工仪式在禹城举行", "在南宁举行的广西…签约仪式上") is where an event was held, not what the report
# is about: the event's own name tells that.
_VENUE_AFTER_RE = patterns.compile(r"[^，,。；;]{0,10}?(?:举行|召开|举办|舉行|舉辦)")
_VENUE_BEFORE = ("在", "于", "於")


def only_place(doc: Doc) -> tuple[str, int] | None:
    """The administrative place every other place the document names (its resolved 全省 / 我市 too) lies in, with
    where the document first names a place, else None: two places side by side leave it open."""
    places: dict[str, Any] = {}
    first: int | None = None
    for m in doc.of_type("place"):
        value = m.value
        if value.level in ADMIN_LEVELS and not value.candidates and value.adcode and not _is_venue(doc.norm, m):
            places.setdefault(value.name, value)
            first = m.start if first is None else min(first, m.start)
    for name, value in places.items():
        if all(other is value or holds(value, other) for other in places.values()):
            return name, first if first is not None else 0
    return None


def _is_venue(norm: str, m: Any) -> bool:
    return _is_venue_at(norm, m.start, m.end)


def _is_venue_at(norm: str, start: int, end: int) -> bool:
    return norm[max(0, start - 1) : start] in _VENUE_BEFORE and _VENUE_AFTER_RE.match(norm, end) is not None


def place_of_the_event(reading: Reading, sent: Sentence, value: Any) -> str | None:
    """Where no place is carried (the report's subject unknown), a figure told of an event in a later paragraph
    ("3月31日，枝江市举行…签约仪式。⏎此次签约的项目中，电子信息类项目3个"; 3月31日签约的项目，…) is of the event's place."""
    frame = sent.event_frame
    if frame is None or frame.away:
        return None
    on_its_day = frame.date is not None and any(
        m.start < value.start and reading.period_of(m) == frame.date for m in sent.of_type("date")
    )
    if not on_its_day and not event_frames.of_the_event(reading, sent, sent.span.start, value.end):
        return None
    return frame.place or _place_told_with_the_day(reading, sent, frame.date)


# How many sentences back the lead of an event told once may name its place.
EVENT_LEAD_REACH = 3


def _place_told_with_the_day(reading: Reading, sent: Sentence, day: str | None) -> str | None:
    """The place of the event of `day` as its lead named it a few sentences before ("6月9日，驻马店市重大项目集中
    开工仪式在西平县举行。此次集中开工项目86个": the frame told again keeps the day, the figures are 驻马店市's)."""
    if day is None:
        return None
    for before in reversed(reading.sentences[max(0, sent.index - EVENT_LEAD_REACH) : sent.index]):
        frame = before.event_frame
        if frame is not None and frame.date == day and frame.place is not None and not frame.away:
            return frame.place
    return None


def only_place_of(reading: Reading, sent: Sentence, offset: int) -> str | None:
    """The one place a report without a subject place names (`only_place`), for a figure at `offset`; a figure
    of a named body opening its sentence ("金凤实验室自2022年6月揭牌以来，…集聚规上企业120余家") is that body's."""
    if "only_place" not in reading.memo:
        reading.memo["only_place"] = only_place(reading.doc)
    found = reading.memo["only_place"]
    if found is None or _told_of_a_body(sent, offset):
        return None
    return found[0]


def _told_of_a_body(sent: Sentence, offset: int) -> bool:
    """Whether the first thing the sentence names before `offset` (past its dates) is an organisation or a project."""
    first = next((m for m in sent.between(sent.span.start, offset) if m.type != "date"), None)
    return first is not None and first.type in ("org", "project")


def host_of_the_venue(reading: Reading, sent: Sentence, place: Found) -> Found:
    """The host of the event whose venue opens the clause ("在沈阳举行的辽宁省重大项目集中签约仪式上，共签约项目120个":
    the province's figures, not the hall's city), else `place` as found."""
    frame = sent.event_frame
    if place.value is None or place.start is None or frame is None or frame.place in (None, place.value):
        return place
    if frame.opener != sent.index or not _is_venue_at(reading.norm, place.start, place.end):
        return place
    return Found(frame.place, place.start, place.end)


# 全省 / 我省 the place pass left unresolved (no subject place): "本报太原7月28日讯…今年1-6月，全省实际使用外资4.94亿美元
# …从投资市分布看，…朔州、大同、临汾目标任务完成进度较好" is the report of the one province its cities lie in.
_PROVINCE_ANAPHORS = frozenset({"全省", "我省", "本省", "该省"})
_BELOW_PROVINCE = frozenset({"city", "county", "town", "village", "zone"})


def province_of_the_report(reading: Reading, place: str | None) -> str | None:
    """`place`, unless it is an unresolved 全省 / 我省 or none in a report that says 全省 / 我省 without resolving it:
    then the one province every city, county or zone the report names lies in (`place` where they lie in several)."""
    if place is not None and place not in _PROVINCE_ANAPHORS:
        return place
    if "report_province" not in reading.memo:
        reading.memo["report_province"] = _the_one_province(reading.doc)
    return reading.memo["report_province"] or place


def _the_one_province(doc: Doc) -> str | None:
    """The province holding every place below it the document names, when the document says 全省 / 我省 unresolved."""
    places = doc.of_type("place")
    if not any(m.value.anaphor and m.value.adcode is None and m.value.name in _PROVINCE_ANAPHORS for m in places):
        return None
    codes = {
        m.value.adcode[:2]
        for m in places
        if m.value.level in _BELOW_PROVINCE and m.value.adcode and not m.value.candidates and not m.value.anaphor
    }
    if len(codes) != 1:
        return None
    province = gazetteer.get().by_adcode.get(f"{codes.pop()}0000")
    return province.name if province is not None and province.level == "province" else None


# Parts of a unit the gazetteer does not name, opening a clause as its subject ("滨海新区引进项目422个…；中心城区引进项目
# 1189个…；其它区引进项目2514个"): the clause speaks of that part, not of the place a clause before it named.
_AREA_SUBJECT_RE = patterns.compile(
    r"[\s，,；;]*(?:而|另外|此外)?[，,]?\s*"
    r"(?:中心城区|主城区|老城区|新城区|远城区|城区|郊区|远郊区县?|近郊区县?|涉农区县?|其[他它余](?:各)?(?:区县|县区|县市区|区市县|区|县|市)"
    r"|县域|市区|市本级|区本级|县本级|农村|乡镇)"
)


# An example heading what is counted ("光洋智能装备制造产业园等92个续建项目复工建设"): one of the things counted, not
# their place.
_EXAMPLE_OF_THE_COUNTED_RE = patterns.compile(r"等\s*[\d两二三四五六七八九十百千]")


def place_of_another_area(reading: Reading, sent: Sentence, value: Any, place: Found) -> Found:
    """`place`, unless the figure's clause or statement opens on a part of the unit the gazetteer does not name
    (中心城区, 其它区) after it: then the report's subject place (no part is named in the gazetteer), not the place a
    clause or statement before it named nor the one it carries."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    if place.end is not None and _EXAMPLE_OF_THE_COUNTED_RE.match(norm, place.end) and _is_park(reading, place):
        return Found(None)
    if place.start is not None and place.start >= clause.start:
        return place  # the figure's own clause names its place
    opening = clause.start if _AREA_SUBJECT_RE.match(norm, clause.start) else None
    if opening is None and place.start is None and _AREA_SUBJECT_RE.match(norm, sent.span.start):
        opening = sent.span.start
    if opening is None or (place.start is not None and place.start >= opening):
        return place
    subject = reading.doc.info.get("subject_place")
    told = _place_values(reading).get(place.value) if place.value is not None else None
    if subject is None or (told is not None and not holds(subject, told)):
        return place  # a part of another unit than the report's ("其中，中心城区…" of a city a province report names)
    return Found(subject_place_name(reading.doc))


def _place_values(reading: Reading) -> dict[str, Any]:
    """The value of each place the document names, by name (once per document)."""
    if "place_values" not in reading.memo:
        reading.memo["place_values"] = {m.value.name: m.value for m in reading.doc.of_type("place")}
    return reading.memo["place_values"]


def _is_park(reading: Reading, place: Found) -> bool:
    """Whether the place found is a named park or project standing as a clause subject, not a gazetteer place."""
    return any(m.start == place.start and m.type == "project" for m in reading.doc.of_type("project"))


# The territories whose own bodies publish their statistics (香港政府統計處, 澳門統計暨普查局, 台灣經濟部統計處, 經濟部投審會)
# and the scope words that can only mean them (全港, 全澳, 全台): a figure nothing else places is the territory's.
_TERRITORY_PREFIXES = (
    ("香港", "香港特别行政区"), ("澳门", "澳门特别行政区"), ("澳門", "澳门特别行政区"),
    ("台湾", "台湾省"), ("台灣", "台湾省"), ("臺灣", "台湾省"),
)  # fmt: skip
_TERRITORY_SCOPES = {
    "全港": "香港特别行政区", "本港": "香港特别行政区", "全澳": "澳门特别行政区", "本澳": "澳门特别行政区",
    "全台": "台湾省", "全臺": "台湾省",
}  # fmt: skip


def territory_of(reading: Reading, place: str | None) -> str | None:
    """`place`, or for none (or a scope word of a territory) the territory whose body the report cites."""
    if place is not None:
        return _TERRITORY_SCOPES.get(place, place)
    if "territory" not in reading.memo:
        reading.memo["territory"] = _territory_of_the_bodies(reading.doc)
    return reading.memo["territory"]


def _territory_of_the_bodies(doc: Doc) -> str | None:
    """The one territory the organisations the report names belong to (by the place opening their names), or
    Taiwan for a Taiwanese report (its ministries need no place: 經濟部投審會)."""
    found = {
        territory
        for m in doc.of_type("org")
        for prefix, territory in _TERRITORY_PREFIXES
        if doc.norm.startswith(prefix, m.start) or m.text.startswith(prefix)
    }
    if len(found) == 1:
        return found.pop()
    if found or not doc.traditional:
        return None
    told = {territory for territory, words in _TERRITORY_WORDS if any(word in doc.norm for word in words)}
    if is_taiwanese(doc) or _cites_taiwanese_bodies(doc):
        told.add("台湾省")
    return told.pop() if len(told) == 1 else None


# Words only a territory's own reports use of it: its bodies named without its name, its "this territory".
_TERRITORY_WORDS = (
    ("澳门特别行政区", ("本澳", "统计暨普查局", "澳门元")),
    ("香港特别行政区", ("本港", "投资推广署", "政府统计处")),
)


# Taiwan's statistical and economic bodies, named without a place (主計總處預估今年經濟成長率為1.42%).
_TAIWAN_BODIES = ("主计总处", "国发会", "金管会", "经济部", "投审会", "行政院")


def _cites_taiwanese_bodies(doc: Doc) -> bool:
    return doc.traditional and any(body in doc.norm for body in _TAIWAN_BODIES)
