"""Where a deal lands: the place a group of projects is read to be in.

A project lands where a landing word puts it ("落户莘县", "在合肥市肥东县开工"); else, inside a list, where
its own item says it invests ("…在九江经开区投资1亿美元的家电生产项目"); else in the zone heading a list
of projects, the place a list names each project at ("华丰镇的清洁储能项目"), the park bringing it in,
or a place before it in its clause; else in the place the sentence carries. A single project's name may
place it finer still ("闽侯县域智慧能源项目" → 闽侯县). deal_frame.py holds the frame these readers fill
(and the amounts, stage and date it reads); investors.py asks here which places may host a project.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

from .. import models, patterns
from . import frame_venues
from .context import Reading
from .deal_frame import OWNER_VERBS, Frame, Group, View, brings_in
from .sentence import Sentence
from .subject_places import holds

# "落户莘县", "落地开发区": the place where the project lands.
LANDING_BEFORE = ("落户", "落地", "落在", "落子", "落脚", "入驻", "进驻", "位于", "选址", "扎根", "在", "于")
# What follows a landing place inside a list item before its project's name (投资1亿美元的, 建设的).
# A route between two places (南宁至百色高速公路, 济南—潍坊高铁): the link between them, and a route in a name.
_ROUTE_LINK = r"(?:至|到|—|－|-|～|~)"
_ROUTE_END_RE = patterns.compile(r"(?<=\p{Han})" + _ROUTE_LINK)
_ROUTE_RE = patterns.compile(
    r"\p{Han}{2,}" + _ROUTE_LINK + r"\p{Han}{2,}?(?:段|线|高速|铁路|高铁|城际|公路|通道|管道|输电|航线)"
)
# What joins the places of a list (、, 和, 及, 以及, 与).
_PLACE_LIST_GAP_RE = patterns.compile(r"(?:[、,，]|和|及|以及|与)")
# How a place is joined to the investor it builds a project with, and the verbs of that (与青秀区共同打造的).
_PARTNER_JOINS = ("与", "和", "同")
_PARTNER_VERB_RE = patterns.compile(r"打造|建设|共建|签约|签订|签署|投资|合作")
# "该项目位于", "项目选址在", "此项目落户于": a sentence saying where the project just told lands.
_LANDS_IN_RE = patterns.compile(
    r"(?:该|此|这个|这一)?项目(?:主要)?(?:位于|选址(?:位于|于|在)?|落户(?:于|在)?|坐落(?:于|在)|建在|设在|落地(?:于|在)?)"
)
# "在深圳成功签约了", "赴上海集中签约": a place between these is where the signing was held.
_HELD_AT_BEFORE = ("在", "赴", "于")
_HELD_AT_RE = patterns.compile(r"(?:成功|集中|现场|共|分别)?(?:签约|签下|签订|签署|举行|举办|召开)")
_INVESTS_IN_ITEM_RE = patterns.compile(rf"(?:{'|'.join(OWNER_VERBS)})[^，,。；;、]{{0,16}}")


def read_place(reading: Reading, sent: Sentence, view: View, group: Group, frame: Frame, end: int) -> None:
    """Where the project lands ("落户莘县"), else the park bringing it in, else the place before it."""
    landing, starts = view.once(("landing", end), lambda: _with_starts(landing_places(reading, sent, end)))
    i = bisect.bisect_left(starts, group.end)
    frame.own_places = {m.value.name: own for m in group.projects if (own := _own_place(reading, m, sent)) is not None}
    frame.own_with_parent = {m.value.name for m in group.projects if _named_with_its_parent(reading, m, frame)}
    before = _landing_in_its_item(reading, sent, view, group, landing, starts)
    if before is not None:
        # "香港威昂公司在九江经开区投资1亿美元的家电生产项目、…": the landing told inside the project's own item
        frame.place, frame.explicit_place, frame.landed = before.value.name, True, True
        frame.cover(before.start, before.end)
        return
    i = _past_the_signing_venue(reading, landing, i, frame, group)
    if i < len(landing):
        if _one_of_several(reading, sent, landing[i]):
            # "12个项目分别位于经开区、华丰镇和磁窑镇": they land in several places, none of which is the group's
            frame.place, frame.explicit_place = sent.carried_area, True
            return
        frame.place, frame.explicit_place, frame.landed = landing[i].value.name, True, True
        frame.cover(landing[i].start, landing[i].end)
        return
    told_next = _landing_told_next(reading, sent, view, group)
    if told_next is not None:
        # "A项目总投资10亿元。该项目位于宁阳县华丰镇，…": the next sentence says where the project just told lands
        frame.place, frame.explicit_place, frame.landed = told_next.value.name, True, True
        return
    zone = _zone_heading_the_list(reading, group)
    if zone is not None:
        # "格尔木工业园宏储源光伏储能、青海嘉诺钾资源产品精深加工等4个项目": the park heading the list holds them all
        frame.place, frame.explicit_place = zone.name, True
        return
    partner = _partner_place(reading, sent, group)
    if partner is not None:
        # "香港卫视集团与青秀区共同打造的|香港卫视文化产业项目": the place building it with the investor
        frame.place, frame.explicit_place = partner.value.name, True
        frame.cover(partner.start, partner.end)
        return
    government = _government_signing(reading, sent, view, group)
    if government is not None:
        # "平鲁区人民政府与X公司签约|Y项目": the government signing for its place, where the project lands
        frame.place, frame.explicit_place = government.name, True
        return
    side = _signing_side_before(reading, sent, view, group)
    if side is not None:
        # "上海电气与盐城市大丰区签署协议，|投资50亿元建设A项目": the place signing for the project told next
        frame.place, frame.explicit_place = side.value.name, True
        frame.cover(side.start, side.end)
        return
    locative = _locative_before(reading, sent, group)
    if locative is not None:
        frame.place, frame.explicit_place = locative.value.name, True
        # "位于孝感临空区的|佳兆业…": a landing, which outranks the list's place when the project is told again
        frame.landed = _after_a_landing_word(reading, locative)
        frame.cover(locative.start, locative.end)
        return
    host = _host_before(reading, sent, group)
    if host is not None:
        frame.place, frame.explicit_place = host.value.name, True
        frame.cover(host.start, host.end)
        return
    places, starts = view.once(
        ("places",), lambda: _with_starts([m for m in sent.of_type("place") if may_host(reading, sent, m)])
    )
    i = bisect.bisect_left(starts, group.start)
    while i > 0 and (
        _not_where_it_lands(reading, sent, places[i - 1]) or _venue_off_its_name(reading, places[i - 1], frame, group)
    ):
        i -= 1  # "陇南市在上海成功签约了A、B": where the signing was held, not where the projects land
    if i > 0 and places[i - 1].end == group.start - 1 and _ROUTE_END_RE.match(reading.norm, places[i - 1].end):
        i = 0  # "济南至|滨州高速公路": the start of a route, no place the project lies in
    if i > 0 and _in_an_earlier_item(view, group, places[i - 1]) and frame.own_places.get(group.projects[0].value.name):
        i = 0  # "…互助县彩虹休闲度假中心项目、…民和县年产…项目": an earlier item's county, not this one's, which names its own
    if i > 0 and _speaks_for(sent, view, places[i - 1], group):
        place = places[i - 1]
        frame.place, frame.explicit_place = place.value.name, True
        frame.cover(place.start, place.end)
        return
    frame.place = sent.carried_area


def _landing_in_its_item(
    reading: Reading, sent: Sentence, view: View, group: Group, landing: list[Any], starts: list[int]
) -> Any | None:
    """A landing place between the group and the item before it, with an investment verb after it and the
    amount's 的 leading into the name (…在九江经开区投资1亿美元的|家电生产项目)."""
    previous = view.previous_group(group)
    lo = previous.end if previous is not None else sent.clause_at(group.start).start
    i = bisect.bisect_right(starts, group.start) - 1
    if i < 0 or landing[i].start < lo:
        return None
    place = landing[i]
    between = reading.norm[place.end : group.start]
    return place if _INVESTS_IN_ITEM_RE.match(between) and between.endswith("的") else None


def _past_the_signing_venue(reading: Reading, landing: list[Any], i: int, frame: Frame, group: Group) -> int:
    """The first landing from `i` on that is not where the signing was held, when a later one tells where the
    project lands ("A项目在岳阳签约，落户平江县"; "在长沙签约，…，项目位于平江县"): the venue weighs little."""
    for j in range(i, len(landing)):
        place = landing[j]
        held_at = reading.norm[max(0, place.start - 1) : place.start] in _HELD_AT_BEFORE and _HELD_AT_RE.match(
            reading.norm, place.end
        )
        if not held_at:
            return j
    if i < len(landing) and _venue_off_its_name(reading, landing[i], frame, group):
        return len(landing)  # "金寨县光伏组件项目于3月5日在合肥签约": only the hall's city, the name places it
    return i


def _in_an_earlier_item(view: View, group: Group, place: Any) -> bool:
    previous = view.previous_group(group)
    return previous is not None and place.end <= previous.end


def _one_of_several(reading: Reading, sent: Sentence, place: Any) -> bool:
    """Whether a landing place is the first of a list of places (经开区、华丰镇和磁窑镇; 华丰镇、磁窑镇等地)."""
    after = next((m for m in sent.between(place.end, sent.span.end, "place")), None)
    return after is not None and _PLACE_LIST_GAP_RE.fullmatch(reading.norm, place.end, after.start) is not None


def _landing_told_next(reading: Reading, sent: Sentence, view: View, group: Group) -> Any | None:
    """The place the next sentence of the paragraph opens saying the project lands in (该项目位于X, 项目选址X),
    for the sentence's last group of projects."""
    if view.next_group(group) is not None or sent.index + 1 >= len(reading.sentences):
        return None
    nxt = reading.sentences[sent.index + 1]
    if nxt.paragraph != sent.paragraph or (m := _LANDS_IN_RE.match(reading.norm, nxt.span.start)) is None:
        return None
    places = [p for p in nxt.of_type("place") if _is_local(p)]
    if not places or places[0].start != m.end():
        return None
    return frame_venues.most_specific(places)


def _zone_heading_the_list(reading: Reading, group: Group) -> models.PlaceValue | None:
    """The zone, park or county the first name of a list of projects opens with (临空经济区凤鸣湖旅游区项目、
    生态智慧新城项目; 永春县A项目、B项目), when no later item names a place of its own: the place of the whole list."""
    if len(group.projects) < 2:
        return None
    first = group.projects[0]
    zone = reading.place_heading(first.start, first.end)
    if zone is None or zone.level not in ("zone", "county", "town"):
        return None  # a city or province heading a name is the page's scope, not where a list lands
    if zone.level != "zone" and reading.is_away_value(zone):
        return None  # 龙湖|精密电子产业基地 in a 晋中 report: a brand read as a county of another province
    if any(reading.places_in(m.start, m.end) for m in group.projects[1:]):
        return None
    return zone


def _partner_place(reading: Reading, sent: Sentence, group: Group) -> Any | None:
    """A place of the report's province that builds or signs for the project with its investor, in the clause
    leading into its name (X与青秀区共同打造的|Y项目; 青秀区与X公司签约的|Y项目)."""
    clause = sent.clause_at(group.start)
    found = None
    for m in sent.between(clause.start, group.start, "place"):
        between = reading.norm[m.end : group.start]
        partnered = reading.norm[m.start - 1 : m.start] in _PARTNER_JOINS or between[:1] in _PARTNER_JOINS
        if (
            partnered
            and between.endswith("的")
            and _PARTNER_VERB_RE.search(between)
            and _is_local(m)
            and not reading.is_away(m)
        ):
            found = m
    return found


def _government_signing(reading: Reading, sent: Sentence, view: View, group: Group) -> models.PlaceValue | None:
    """The place a government is named after, when it signs or builds the project with its investor in the
    project's own item (平鲁区人民政府与X公司签约|Y项目; X与上饶经开区管委会签订的|Y项目; items of a list
    after 项目分别是: each with its own government)."""
    previous = view.previous_group(group)
    clause = sent.clause_at(group.start)
    lo = max(_signing_clause_before(reading, sent, clause.start), previous.end if previous is not None else 0)
    # "临翔区人民政府与A集团就B项目签订投资协议": the signing's verb after the project it is about
    verb_end = clause.end if reading.norm[group.start - 1 : group.start] == "就" else group.start
    found = None
    for m in sent.between(lo, group.start, "org"):
        if m.value.kind != "government" or not _PARTNER_VERB_RE.search(reading.norm, m.end, verb_end):
            continue
        norm = reading.norm
        joined = _joins_after(reading, sent, m.end) or norm[m.start - 1 : m.start] in _PARTNER_JOINS
        place = reading.place_heading(m.start, m.end)
        before_its_clause = m.start < clause.start
        if before_its_clause and place is not None and place.level == "province":
            continue  # "广东省人民政府与A签署协议，B项目…": the province signs for a project somewhere inside it
        if joined and place is not None and place.level not in frame_venues.NOT_LOCAL_LEVELS:
            found = place
    return found


# A clause that only tells a signing ("平江县人民政府与三一集团签订投资协议，|A项目总投资30亿元"): the project opening the
# next clause is what was signed, so the government's place reaches it.
_SIGNED_AGREEMENT_RE = patterns.compile(r"(?:签订|签署|签下|签约)[^，,。；;]{0,12}(?:协议|合同|备忘录|意向书)?$|签约$")


def _signing_side_before(reading: Reading, sent: Sentence, view: View, group: Group) -> Any | None:
    """A place of the report's side signing an agreement with a firm in the clause right before the project's
    ("上海电气与盐城市大丰区签署协议，投资50亿元建设A项目"), the sentence's first project: where A is built."""
    if view.previous_group(group) is not None:
        return None
    clause = sent.clause_at(group.start)
    lo = _signing_clause_before(reading, sent, clause.start)
    if lo == clause.start:
        return None
    found = None
    for m in sent.between(lo, clause.start, "place"):
        joined = (
            reading.norm[m.start - 1 : m.start] in _PARTNER_JOINS or reading.norm[m.end : m.end + 1] in _PARTNER_JOINS
        )
        if joined and _is_local(m) and not reading.is_away(m) and m.value.level != "province":
            found = m
    return found


def _signing_clause_before(reading: Reading, sent: Sentence, start: int) -> int:
    """Where the government may stand for a project opening a clause: that clause, or the one before it when that
    one is a signing told on its own (…签订投资协议，|A项目总投资…)."""
    i = sent.clause_index(start)
    if i == 0:
        return start
    before = sent.clauses[i - 1]
    text = reading.norm[before.start : before.end].rstrip("，,；; ")
    return before.start if _SIGNED_AGREEMENT_RE.search(text) else start


# When the signing was, between a government and the partner it signs with (北仑区人民政府于3月10日与…).
_WHEN_BEFORE_JOIN_RE = patterns.compile(r"(?:于|在)?")
_CLOCK_BEFORE_JOIN_RE = patterns.compile(r"(?:上午|下午|晚上)?")


def _joins_after(reading: Reading, sent: Sentence, end: int) -> bool:
    """Whether 与 / 和 / 同 follows a government, right after it or past the day it signed on (于3月10日与)."""
    norm = reading.norm
    if norm[end : end + 1] in _PARTNER_JOINS:
        return True
    at = _WHEN_BEFORE_JOIN_RE.match(norm, end).end()
    date = next((d for d in sent.between(at, at + 24, "date") if d.start == at), None)
    if date is None:
        return False
    at = _CLOCK_BEFORE_JOIN_RE.match(norm, date.end).end()
    return norm[at : at + 1] in _PARTNER_JOINS


# A clause that only says where what follows happens ("另外，在南岗工业区，冠好科技投资40亿元扩厂").
_SETTING_LEAD_RE = patterns.compile(r"[\s“”\"]*(?:另外|此外|同时|其中|而)?[，,\s]*(?:在|于)")
_SETTING_TAIL_RE = patterns.compile(r"(?:内|里|方面)?[，,\s]*")
SETTING_CLAUSES = 2  # the setting clause, and a connective standing as a clause before it (另外，)


def setting_before(reading: Reading, sent: Sentence, at: int) -> Any | None:
    """The place a clause of its own sets at the head of the sentence ("另外，在南岗工业区，冠好科技投资40亿元扩厂，…，
    树德企业投资20亿设厂"): where the investments told after it are made."""
    i = sent.clause_index(at)
    for clause in sent.clauses[: min(i, SETTING_CLAUSES)]:  # it opens the sentence, and holds to its end
        places = sent.between(clause.start, clause.end, "place")
        if len(places) != 1 or not may_host(reading, sent, places[0]):
            continue
        place = places[0]
        if _SETTING_LEAD_RE.fullmatch(reading.norm, clause.start, place.start) and _SETTING_TAIL_RE.fullmatch(
            reading.norm, place.end, clause.end
        ):
            return place
    return None


def _locative_before(reading: Reading, sent: Sentence, group: Group) -> Any | None:
    """The place a list names each project at (、华丰镇的|清洁储能项目)."""
    before = next(sent.backwards(group.start, sent.span.start), None)
    if before is None or before.type != "place" or not _is_local(before):
        return None
    return before if reading.norm[before.end : group.start] == "的" else None


def _after_a_landing_word(reading: Reading, place: Any) -> bool:
    return reading.norm[max(0, place.start - 2) : place.start].endswith(LANDING_BEFORE)


def _venue_elsewhere(reading: Reading, place: Any) -> bool:
    """A place the text says a signing was held at (在深圳签约了, 赴上海集中签约) that lies outside the report's
    subject place: a venue, not the place of the projects signed there."""
    if not _HELD_AT_RE.match(reading.norm, place.end) or not reading.norm.endswith(_HELD_AT_BEFORE, 0, place.start):
        return False
    return reading.subject_adcode is not None and not reading.lies_in_subject(place)


def _not_where_it_lands(reading: Reading, sent: Sentence, place: Any) -> bool:
    """A venue (陇南市在上海成功签约了A、B; 江苏省…签约仪式在南京举行，A项目) or the dateline's city (新华社南京
    12月2日电): where the signing was held or the report filed, not where the projects land."""
    return (
        _venue_elsewhere(reading, place)
        or _venue_of_a_hosted_event(reading, sent, place)
        or frame_venues.in_dateline(reading, place)
    )


def _venue_off_its_name(reading: Reading, place: Any, frame: Frame, group: Group) -> bool:
    """ "金寨县光伏组件项目于3月5日在合肥签约": a place the signing was held at, when the project's name places it
    outside that place, is the hall's city (as `_venue_elsewhere` reads it against the report's subject place)."""
    if not _HELD_AT_RE.match(reading.norm, place.end) or not reading.norm.endswith(_HELD_AT_BEFORE, 0, place.start):
        return False
    owns = [frame.own_places.get(m.value.name) for m in group.projects]
    if not owns or any(own is None or own.level not in _FINE_LEVELS for own in owns):
        return False  # a city inside a name is as often the investor's brand (武汉嘉合…项目) as where it lands
    return not any(holds(place.value, own) or own == place.value for own in owns if own is not None)


# Units a name or a signing side places a project in finely enough to outrank a venue or a carried place.
_FINE_LEVELS = ("county", "zone", "town")


def _venue_of_a_hosted_event(reading: Reading, sent: Sentence, place: Any) -> bool:
    """The venue of the event the sentence tells (江苏省重大项目集中签约仪式在南京举行，…) when the event's frame
    is another unit's (the province hosting it): the hall's city, not where the projects land."""
    frame = sent.event_frame
    if frame is None or frame.place is None or frame.place == place.value.name:
        return False
    return _HELD_AT_RE.match(reading.norm, place.end) is not None and reading.norm.endswith(
        _HELD_AT_BEFORE, 0, place.start
    )


def _speaks_for(sent: Sentence, view: View, place: Any, group: Group) -> bool:
    """A place before a project is its place when it stands in the project's clause or heads the sentence
    before its first project; not one of an earlier item of a list (…，隰县果蔬包装项目，浮山…项目)."""
    return place.start < view.group_starts[0] or sent.clause_index(place.start) == sent.clause_index(group.start)


def _own_place(reading: Reading, project: Any, sent: Sentence) -> models.PlaceValue | None:
    """The city or county a project's name places it in: of those named inside it, the one within the place
    the sentence speaks of ("福州市…福清思嘉新材料产业园项目" → 福清市), else the only county, else the only one."""
    if _ROUTE_RE.search(reading.norm, project.start, project.end) or _ROUTE_END_RE.match(
        reading.norm, project.start - 1
    ):
        return None  # "南宁至百色高速公路", "济南至|滨州高速": a route between places lies in none of them alone
    inside = reading.places_in(project.start, project.end) or _bracketed_after(reading, sent, project)
    around = sent.carried_area
    within = [v for v in inside if around and v.full_name and around in v.full_name and v.name != around]
    if within:
        return within[-1]
    # "青岛佰福得公司西和县国际药业…项目": the investor's home city before its firm, the county where it builds.
    counties = [v for v in inside if v.level == "county"]
    if len(counties) == 1:
        return counties[0]
    return inside[0] if len(inside) == 1 else None


# (session 29) A county in brackets right after a project's name (生物质热能发电项目(灵川), 西潭电站项目（龙胜）), as
# a city's lists of projects write where each lies: the name's own place, where the name holds none (a town in
# brackets after a name that holds its county, 桐柏县…项目(月河镇), leaves the county).
_BRACKETED_PLACE_RE = patterns.compile(r"[（(]\p{Han}{2,8}[)）]")


def _bracketed_after(reading: Reading, sent: Sentence, project: Any) -> list[models.PlaceValue]:
    bracket = _BRACKETED_PLACE_RE.match(reading.norm, project.end)
    if bracket is None:
        return []
    return [m.value for m in sent.between(project.end + 1, bracket.end() - 1, "place") if _is_local(m)]


def _named_with_its_parent(reading: Reading, project: Any, frame: Frame) -> bool:
    """Whether the project's own place is written after the city or province holding it ("酒泉市瓜州县…项目",
    "惠州市惠东县…", "广州南沙新区…"): a unit so spelt out is where the project is, not a brand's name."""
    own = frame.own_places.get(project.value.name)
    if own is None:
        return False
    for start, end, value in reading.places_in_spans(project.start, project.end):
        if value == own and end - start > len(own.name) and reading.norm[start:end] != own.name:
            return True
    return False


def with_own_place(frame: Frame, home_province: str | None) -> Frame:
    """A deal of one project (or of a list all named after one place) whose place is not a landing place is where
    its name places it, when that
    lies within the place read (or none was read): a finer place, never a coarser or another one. A
    place only carried from earlier sentences or from the event's venue yields to a name's county in the
    report's own province (a county of another province inside a name is a brand: 永丰数字科技中心)."""
    if frame.place is not None and _UNRESOLVED_RE.fullmatch(frame.place):
        # "全市已签约项目56个。临沭县复合肥项目…" with no city told: 全市 names no place; the name's (or none)
        frame = dataclasses.replace(frame, place=None, explicit_place=False, landed=False)
    own = _the_one_own_place(frame)
    if own is None or (frame.landed and not _lands_in_its_province(frame, own)) or own.name == frame.place:
        return frame
    if frame.place is not None and not (own.full_name and frame.place in own.full_name):
        carried = not frame.explicit_place and own.level == "county"
        home = carried and home_province is not None and (own.adcode or "")[:2] == home_province
        # "酒泉市瓜州县风电装备项目" signed at the 兰洽会 in 兰州: a unit spelt out with its parent outranks a venue
        if not home and frame.projects[0] not in frame.own_with_parent:
            return frame
    return dataclasses.replace(frame, place=own.name, explicit_place=True)


# A pointer to a unit the text never named (全市, 本县, 该区): left unresolved, it is no place of a deal.
_UNRESOLVED_RE = patterns.compile(r"(?:全|本|该|我|此)(?:省|市|县|区|州|盟|旗|镇|乡|园区|新区)")


def _the_one_own_place(frame: Frame) -> models.PlaceValue | None:
    """The place the names of the deal's projects place them in: its one project's, or the one every project of a
    list names ("桐柏县年产100万吨工业盐项目、桐柏县食用菌…项目" sharing a total → 桐柏县)."""
    owns = [frame.own_places.get(p) for p in frame.projects]
    if not owns or any(own is None for own in owns) or len({own.name for own in owns if own}) != 1:
        return None
    return owns[0]


def _lands_in_its_province(frame: Frame, own: models.PlaceValue) -> bool:
    """A landing told only by the province ("武汉光通信一体化产业基地等一批重大项目成功签约，落户荆楚") leaves the
    project where its name places it inside that province (武汉市): the province is no finer a place."""
    place = frame.place or ""
    return place.endswith(_PROVINCE_ENDS) and bool(own.full_name) and own.full_name.startswith(place)


_PROVINCE_ENDS = ("省", "自治区")


def _with_starts(mentions: list[Any]) -> tuple[list[Any], list[int]]:
    return mentions, [m.start for m in mentions]


def landing_places(reading: Reading, sent: Sentence, end: int) -> list[Any]:
    """The places after a landing word ("落户莘县", "在合肥市肥东县开工") up to `end`, most specific of each run."""
    norm = reading.norm
    places = sent.between(sent.span.start, end, "place")
    found: list[Any] = []
    for i, m in enumerate(places):
        if (
            _is_local(m)
            and norm[max(0, m.start - 2) : m.start].endswith(LANDING_BEFORE)
            and not _HALL_AFTER_RE.match(norm, m.end)
        ):
            found.append(frame_venues.most_specific(places[i:]))
    return found


# 在南阳市主会场进行了集中签约: a hall the signing was held in, not where the projects land.
_HALL_AFTER_RE = patterns.compile(r"(?:主|分)?会场|会议中心|会展中心|宾馆|大?酒店|大厦")


def may_host(reading: Reading, sent: Sentence, place: Any) -> bool:
    return _is_local(place) and reading.is_subject_place(sent, place)


def _host_before(reading: Reading, sent: Sentence, group: Group) -> Any | None:
    clause = sent.clause_at(group.start)
    host = next((m for m in sent.backwards(group.start, clause.start) if m.type == "project"), None)
    if host is not None and brings_in(reading, sent, host.end, group.start):
        return host
    return None


# An anaphor left as written (该县, 我市): the document resolved it to no unit of its own.
_ANAPHOR_NAME_RE = patterns.compile(r"[该我本全此这][省市县区州盟旗镇乡]")


def _is_local(place: Any) -> bool:
    """Countries and regions are where investors come from, not where a project lands; an anaphor the document
    did not resolve (该县 in a district's report) names no unit."""
    if place.value.anaphor and _ANAPHOR_NAME_RE.fullmatch(place.value.name):
        return False
    return place.value.level not in frame_venues.NOT_LOCAL_LEVELS


# "A、B、C分别落户临清市、茌平区和冠县": the landing after 分别, then the places one for one.
_EACH_LANDS_RE = patterns.compile(r"分别(?:落户|落地|落户于|落地于|位于|选址|落在|布局在|布局于|建在)(?:于|在)?")


def distribute_landings(reading: Reading, sent: Sentence, view: View, frames: list[Frame]) -> None:
    """Projects before 分别 + a landing word land one for one in the places listed after it, when the number of
    places is the number of project groups told in the clauses before (each group its own amount: 投资50亿元的A、
    投资30亿元的B、投资12亿元的C分别落户临清市、茌平区和冠县)."""
    for each in _EACH_LANDS_RE.finditer(reading.norm, sent.span.start, sent.span.end):
        places = _place_list_from(reading, sent, each.end())
        before = bisect.bisect_left(view.group_starts, each.start())
        if len(places) < 2 or before < len(places):
            continue
        for frame, place in zip(frames[before - len(places) : before], places, strict=True):
            frame.place, frame.explicit_place, frame.landed = place.value.name, True, True
            frame.cover(place.start, place.end)


def _place_list_from(reading: Reading, sent: Sentence, start: int) -> list[Any]:
    """The places listed from `start` on (临清市、茌平区和冠县), joined by 、, 和, 及, 与."""
    listed: list[Any] = []
    pos = start
    for m in sent.between(start, sent.clause_at(start).end):
        first = pos == start and m.start == start
        if m.type != "place" or not (first or _PLACE_LIST_GAP_RE.fullmatch(reading.norm, pos, m.start)):
            break
        listed.append(m)
        pos = m.end
    return listed
