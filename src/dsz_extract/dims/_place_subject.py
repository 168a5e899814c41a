"""The subject place of a report (step 4 of dims/place.py, which stores it in doc.info["subject_place"]).

The most talked-about place wins, the title and opening weighing most; places the report's people travel
to (赴广州招商) or bring projects in from (引进北京项目) weigh little; the author's place at the top of a
government work report or a dateline weighs much. Bare zone words (开发区 ×20) and 全区/我区 make a zone
the subject: the zone the text names with that suffix (聊城高新区), else its city's NBS zone
(东营经济技术开发区), else a zone named after the city. A report about a city and its counties stays
with that city though it names another a few times; 全省 with three or more of a province's cities makes
the province the subject.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import gazetteer, patterns
from ..doc import Doc
from ..gazetteer import LEVEL_RANK, Place
from ..text import Span
from ._place_hits import (
    ANAPHORS,
    BARE_ZONE_WORDS,
    SUBJECT_ONLY_ZONE_WORDS,
    Hit,
    Zones,
    family_of,
    is_bare_zone_word,
    municipality,
    scope_target,
    zone_key,
    zone_place,
)
from ._place_resolve import unit_as_of
from ._place_short import provinces_come_to

# When a bare zone word becomes the subject without a named zone: the NBS name to look for in its city.
BARE_ZONE_DEFAULT = {"开发区": "经开区", "经开区": "经开区", "高新区": "高新区", "新区": "新区", "园区": "工业园区"}

# Subject weights: a place in the title counts most, then in the headline lines and the opening.
TITLE_WEIGHT = 5.0
HEADLINE_WEIGHT = 3.0
OPENING_WEIGHT = 2.0
OPENING_CHARS = 200
EMBEDDED_WEIGHT = 0.25  # a place inside an org/project/event name in the text says a little about the subject
ANAPHOR_SUPPORT = 0.5  # each 全市/我区 … supports the place of its level the document is about
MIN_SUBJECT_SCORE = 2.5  # one mention in the title or headline, or two in the text
# The place of the body that wrote the report, at its top: (陕西省)2018年澄城县|人民政府工作报告 is about
# 澄城县 whatever its province is called in the text; the outlet of a dateline (商洛|日报讯) is the
# city of 我市 unless the title names a place of its own (苏州日报讯 on 苏州工业园区).
AUTHOR_WEIGHT = 10.0
_GOVERNMENT_REPORT = patterns.compile(r"(?:人民政府|政府)工作报告")
_DATELINE_OUTLET = patterns.compile(r"(?:日报|晚报|融媒体中心|广播电视台)讯")


def _author_weight(text: str, end: int) -> float:
    if _GOVERNMENT_REPORT.match(text, end):
        return AUTHOR_WEIGHT
    return HEADLINE_WEIGHT if _DATELINE_OUTLET.match(text, end) else 0.0


# The office the news or its figures come from, in the opening (记者从南充市投促局获悉, 据扬州市商务局统计,
# 扬州市统计局数据显示, 南充市投促局消息): its place is the place of 全市 / 我市, as a place the opening names is.
# ... also with the day it spoke (南宁市投资促进局11月14日发布消息) or speaking itself (台中市經發局表示, 市商务局称).
_THE_SOURCE = patterns.compile(
    r"\p{Han}{0,8}?(?:局|委|厅|办|办公室|政府|中心)(?:相关负责人|负责人)?(?:\d{1,2}月\d{1,2}日|今天|今日|昨天|昨日)?"
    r"(?:获悉|了解到|消息|统计|数据|发布|公布|介绍|透露|通报|显示|日前|近日|最新|表示|称|指出|宣布)"
)


# (session 19) ... or the government signing with the firms in the opening (修水县政府分别与A公司和B公司签约,
# 公司与南昌市新建区人民政府签订…): the local side of the signing the report is about, the place its government is
# named after right before the government's word.
_SIGNING_GOVERNMENT = patterns.compile(
    r"(?:人民政府|政府|管委会|管理委员会)(?:(?:分别|先后|还|正式|共同)?(?:与|同)|签订|签署|签约)"
)


# (session 34) ... or the office opening the first clause it stands in as the one acting (信陽市商務局緊緊圍繞全市…,
# 某县人民政府高度重视…): a report of the office's own work, about its place.
# Not a party committee (市委, 县委: the title of its secretary, 焦作市委书记…), nor an office naming a person's post
# (…人才办现场招聘负责人, …局局长).
# (Read on the normalised text, simplified also for traditional pages.)
_OFFICE = patterns.compile(
    r"\p{Han}{0,6}?(?:局|委员会|厅|办公室|办|人民政府|政府|管委会)(?!\p{Han}{0,4}?(?:书记|局长|厅长|主任|负责人|长|党组))"
)
# The last clause break before a place (searched backwards).
_LAST_CLAUSE_BREAK = patterns.compile(r"(?r)[，,。；;：:！？!?\n]")


def _is_the_source(text: str, start: int, end: int) -> bool:
    """Whether the place at text[start:end] opens the name of the office the news comes from (从/据 … 获悉, … 消息),
    of the government signing with the firms the opening names, or of the office acting in the clause it opens."""
    if _THE_SOURCE.match(text, end) is not None or _SIGNING_GOVERNMENT.match(text, end) is not None:
        return True
    return _OFFICE.match(text, end) is not None and _opens_its_clause(text, start)


def _opens_its_clause(text: str, start: int) -> bool:
    lo = max(0, start - OPENING_CHARS)
    last = _LAST_CLAUSE_BREAK.search(text, lo, start)
    return not text[last.end() if last is not None else lo : start].strip()


_ORIGINAL_TITLE = patterns.compile(r"\s*原标题\s*[：:]")
# A page's metadata line (来源：天津日报, 作者：…, 本文为转载) is no headline: its place is the outlet's.
_METADATA_LINE = patterns.compile(
    r"\s*[【\[]?(?:来源|来自|作者|编辑|责任编辑|记者|通讯员|发布时间|发布日期|日期|时间|本文|转载|图片|摄影|稿源)"
)


# (session 34) A portal's share prompt on the first lines (请用微信小程序<重庆新闻网分享图制作工具>扫码, 分享, 扫一扫) is no
# title: the first headline after it is, and the outlet it names weighs nothing.
_SHARE_PROMPT = patterns.compile(r"\s*(?:分享|请用微信|请使用微信|微信扫|扫一扫|扫码)")


def _position_weights(doc: Doc) -> list[tuple[Span, float]]:
    weights: list[tuple[Span, float]] = []
    title = doc.title_span
    prompt_first = title is not None and _SHARE_PROMPT.match(doc.norm, title.start, title.end) is not None
    if title is not None and not prompt_first:
        weights.append((title, TITLE_WEIGHT))
    for p in doc.paragraphs[:4]:
        line = doc.norm[p.start : p.end]
        headline = len(line) <= 40 and not line.endswith(("。", "；", "，")) and not _METADATA_LINE.match(line)
        if _ORIGINAL_TITLE.match(line):
            weights.append((p, TITLE_WEIGHT))  # the report's own headline under a portal's re-title
        elif _SHARE_PROMPT.match(line) or p == doc.title_span:
            continue
        elif headline and prompt_first:
            prompt_first = False
            weights.append((p, TITLE_WEIGHT))
        elif headline:
            weights.append((p, HEADLINE_WEIGHT))
    weights.append((Span(0, OPENING_CHARS), OPENING_WEIGHT))
    return weights


# (session 40) The place opening the report's first clause of prose, after its time words only (今年以来，邯郸市深入开展…;
# 近日，某县…): what the report is about, though the list after it names its districts at the head of their projects
# (肥乡区718特种气体、永年区冀南快递产业园 …) inside the opening's reach.
_LEAD_TIME_WORDS = patterns.compile(
    r"(?:\s|[，,]|(?:今年|去年|近年|年初|年内|上半年|下半年|前三季度|一季度|近期|近日|日前|目前|当前|\d{4}年|\d{1,2}月\d{1,2}日"
    r"|\d{1,2}月份?|\d{1,2}日)(?:以来|来|上午|下午)?)*"
)
_PROSE_CHARS = 40
LEAD_SUBJECT_WEIGHT = 1.0  # half an opening mention more: enough to break a tie with a district the list names twice
# A dateline's outlet (贵港讯, 商洛日报讯) opens the lead without being its subject.
_OUTLET_AFTER = patterns.compile(r"(?:日报|晚报|新闻网|网)?[讯电]")


def _first_prose_paragraph(doc: Doc) -> Span | None:
    """The first of the opening paragraphs that reads as prose (longer than a headline, ending in a full stop)."""
    for p in doc.paragraphs[:6]:
        line = doc.norm[p.start : p.end].strip()
        if len(line) > _PROSE_CHARS and line.endswith(("。", "！", "？")):
            return p
    return None


def _opens_the_report(text: str, lead: Span, hit: Hit) -> bool:
    """Whether the place opens the first clause of the report's prose, after its time words only."""
    if not lead.start <= hit.start < lead.end:
        return False
    start = lead.start
    while start < hit.start and text[start].isspace():
        start += 1
    return _LEAD_TIME_WORDS.fullmatch(text, start, hit.start) is not None and not _OUTLET_AFTER.match(text, hit.end)


def _weight_at(weights: list[tuple[Span, float]], offset: int) -> float:
    return max((w for span, w in weights if span.start <= offset < span.end), default=1.0)


def _subject_level(place: Place) -> bool:
    """A Chinese division or zone; a foreign city (慕尼黑, a trip's stop) is never what a report is about."""
    return place.level in gazetteer.ADMIN_LEVELS and not gazetteer.abroad(place)


def infer_subject(doc: Doc, hits: list[Hit], embedded: list[Hit], zones: Zones) -> Place | None:
    weights = _position_weights(doc)
    score: Counter[Place] = Counter()
    ends = {h.end: h for h in hits if h.kind == "place" and h.place is not None}
    lead = _first_prose_paragraph(doc)
    for h in hits:
        if h.kind == "place" and h.place is not None and _subject_level(h.place):
            weight = _weight_at(weights, h.start)
            if lead is not None and _opens_the_report(doc.norm, lead, h):
                weight += LEAD_SUBJECT_WEIGHT
            if (host := _host_at_home(doc.norm, ends, h)) is not None:
                score[host] += weight  # 西藏自治区在拉萨举行…: the region holding the event in itself
            away = (
                _is_destination(doc.norm, h.start)
                or _is_origin(doc.norm, h.start, h.end)
                or _is_venue(doc.norm, h.start, h.end)
            )
            score[h.place] += DESTINATION_WEIGHT * weight if away else weight
    for start, province in provinces_come_to(doc):
        score[province] += _weight_at(weights, start)
    for h in embedded:
        if len(h.senses) == 1 and h.senses[0].form != "weak" and _subject_level(h.senses[0].place):
            place = unit_as_of(h.senses[0].place, h.key, doc.reference_year)
            # in the title and the lines under it (中共嘉兴市南湖区委书记 沈建华) it names the author's place
            weight = _weight_at(weights, h.start)
            full = weight > OPENING_WEIGHT or (h.start < OPENING_CHARS and _is_the_source(doc.norm, h.start, h.end))
            score[place] += weight if full else EMBEDDED_WEIGHT * weight
            if h.start < OPENING_CHARS:
                score[place] += _author_weight(doc.norm, h.end)
    if not score and not any(h.kind == "zone_word" for h in hits):
        return _region_of_its_bodies(doc.norm, score)
    dominant_city = _dominant(score, _city_of)
    bare = Counter(
        h.key
        for h in hits
        if h.kind == "zone_word" and h.key not in SUBJECT_ONLY_ZONE_WORDS and is_bare_zone_word(doc.norm, h)
    )
    anaphors = Counter(
        ANAPHORS[h.key][0] for h in hits if h.kind == "anaphor" and not _comparison_base(doc.norm, h.start)
    )
    zone = _bare_zone_subject(bare, hits, dominant_city, zones) if bare else None
    if zone is not None:
        family = family_of(zone)
        score[zone] += sum(n for word, n in bare.items() if family in BARE_ZONE_WORDS[word])
    for scope, count in anaphors.items():
        target = _dominant(score, lambda p, s=scope: scope_target(p, s)) if scope != "country" else None
        if target is not None:
            score[target] += ANAPHOR_SUPPORT * count
    if not score:
        return _region_of_its_bodies(doc.norm, score)
    # On a tie the more specific place wins: the report is about the county, not its province.
    best, best_score = max(score.items(), key=lambda kv: (kv[1], LEVEL_RANK[kv[0].level]))
    best = _within_dominant_city(score, best, dominant_city)
    if anaphors.get("province"):
        best = _province_of_its_cities(score, best)
    if best_score >= MIN_SUBJECT_SCORE:
        return _at_the_level_its_anaphors_say(score, best, anaphors)
    if _the_one_place_we_speak_for(doc.norm, hits, score, best):
        return best
    if anaphors.get("province", 0) >= ANAPHORS_OF_ONE_LEVEL and (province := _the_one_province_of(score)):
        return province  # 全省…蚌埠…池州…芜湖, each named once: the province its cities lie in
    return _city_of_its_counties(score) or _region_of_its_bodies(doc.norm, score)


def _the_one_place_we_speak_for(text: str, hits: list[Hit], score: Counter[Place], best: Place) -> bool:
    """(session 44) A report that names its place once or inside a name, and speaks as that place (我区召开西安市
    高陵区…开工仪式, 我县与…签约): that place, though it is named too seldom to win by its score, where no other place
    but its own area scores half as much (渭滨 inside a project's name)."""
    if any(p is not best and not best.is_within(p) and 2 * s > score[best] for p, s in score.items()):
        return False
    return any(
        h.kind == "anaphor"
        and ANAPHORS[h.key][1] == "we"
        and not _comparison_base(text, h.start)
        and scope_target(best, ANAPHORS[h.key][0]) is best
        for h in hits
    )


def _the_one_province_of(score: Counter[Place]) -> Place | None:
    """(session 29) The province three or more of the named cities lie in, with three times the cities of any other
    (a firm's home town inside a project's name): a page that says 全省 again and again and names its cities a few
    times each (2016年1-7月全省重点项目…蚌埠…池州…)."""
    ranked = sorted(_cities_by_province(score).items(), key=lambda kv: len(kv[1]), reverse=True)
    if not ranked or len(ranked[0][1]) < PROVINCE_CITIES:
        return None
    runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
    return ranked[0][0] if len(ranked[0][1]) >= PROVINCE_CITY_MARGIN * runner_up else None


PROVINCE_CITY_MARGIN = 3


# (session 19) Taiwan's own bodies and currency, which reports there name without a place (經濟部投資臺灣事務所,
# 國發會, 行政院, 新臺幣; "國內", "本國員工"): a page naming no subject of its own that names them is about Taiwan.
_TAIWAN_BODIES = patterns.compile(r"行政院|立法院|国发会|新台币|投资台湾事务所|台商回台|根留台湾|经济部投审会|投审会")
_TAIWAN = "台湾省"


def _region_of_its_bodies(text: str, score: Counter[Place]) -> Place | None:
    """For a page that names none of its places often enough but names Taiwan's bodies or currency: the one Taiwanese
    city its places lie in (桃園市政府…與聯電簽約 → 桃园市), else 台湾省."""
    if _TAIWAN_BODIES.search(text) is None:
        return None
    taiwan = next(iter(gazetteer.get().lookup(_TAIWAN)), None)
    cities = {_city_of(p) or p for p in score if p is not taiwan and (p.full_name or "").startswith(_TAIWAN)}
    if len(cities) == 1:
        return cities.pop()
    return taiwan


# How many counties or zones of one city a report that names no place often must name for the city to be its subject.
COUNTIES_OF_ONE_CITY = 3


def _city_of_its_counties(score: Counter[Place]) -> Place | None:
    """A report naming none of its places often enough, whose places (inside project names too: 侯马经济开发区A项目,
    洪洞经济技术开发区B项目, 隰县C项目 …) are three or more units of one city and of no other city: that city."""
    units: dict[Place, set[Place]] = {}
    for place in score:
        city = _city_of(place)
        if city is None:
            return None
        units.setdefault(city, set())
        if place is not city:
            units[city].add(place)
    if len(units) != 1:
        return None
    city, inside = next(iter(units.items()))
    return city if len(inside) >= COUNTIES_OF_ONE_CITY else None


# "高于全市12.5个百分点", "占全市41.2%", "比全省平均…": the unit the subject's figures are compared with or are a
# share of, which the subject lies in, not the subject.
_COMPARED_WITH = ("占", "于", "比", "较")


def _comparison_base(text: str, start: int) -> bool:
    return text.endswith(_COMPARED_WITH, max(0, start - 2), start)


# How often a report must say 我县/全县 (and never 我市/全市) to be about a county rather than its city.
ANAPHORS_OF_ONE_LEVEL = 2
_BELOW = {"county": ("city", "province"), "city": ("province",)}


def _at_the_level_its_anaphors_say(score: Counter[Place], best: Place, anaphors: Counter[str]) -> Place:
    """A report that says 我县 and never 我市 speaks for a county, though its city is named more (宁阳县6个项目在
    泰安市…活动中签约): the best-scored county of the city. Likewise 我市 without 全省 in a report whose best
    place is a province: its best city."""
    for level, above in _BELOW.items():
        others = sum(n for scope, n in anaphors.items() if scope != level)
        if best.level not in above or anaphors.get(level, 0) < ANAPHORS_OF_ONE_LEVEL or others:
            continue
        inside = [(p, s) for p, s in score.items() if scope_target(p, level) is p and p.is_within(best)]
        if inside:
            return max(inside, key=lambda kv: kv[1])[0]
    # 全省 said again and again (never 全市) in a page that names only its provincial capital's paper
    # (兰州日报讯 …全省签约招商引资项目3989个): the province.
    others = sum(n for scope, n in anaphors.items() if scope != "province")
    if best.level in ("city", "county") and anaphors.get("province", 0) >= ANAPHORS_OF_ONE_LEVEL and not others:
        return best.ancestor("province") or best
    return best


# How far a city with its counties must outweigh the city of the single best-scored place to win.
CITY_MARGIN = 2.0


def _within_dominant_city(score: Counter[Place], best: Place, dominant_city: Place | None) -> Place:
    """A report about a city and its counties (陇南市, 武都区, 西和县 …) that names another city a few times
    (investors' home towns, venues) is about the first: the best place within the city that, with its
    counties, clearly outweighs the best place's own city. Where the city ties with the best of several of
    its counties, the report is about the city."""
    best_city = _city_of(best)
    if dominant_city is None or best_city is None:
        return best
    if best_city is not dominant_city:
        totals: Counter[Place] = Counter()
        for place, s in score.items():
            if (city := _city_of(place)) is not None:
                totals[city] += s
        if totals[dominant_city] < CITY_MARGIN * totals[best_city]:
            return best
    inside = [(p, s) for p, s in score.items() if _city_of(p) is dominant_city]
    if sum(1 for p, _ in inside if p is not dominant_city) < 2:
        return best if best_city is dominant_city else max(inside, key=lambda kv: (kv[1], LEVEL_RANK[kv[0].level]))[0]
    return max(inside, key=lambda kv: (kv[1], kv[0] is dominant_city, LEVEL_RANK[kv[0].level]))[0]


# How many cities of a province a report about the province (全省…) names one after the other.
PROVINCE_CITIES = 3


def _province_of_its_cities(score: Counter[Place], best: Place) -> Place:
    """A report that speaks of 全省 and names three or more of its cities (昭通、保山、文山…) is about the
    province, not the city named most; (session 29) so is it where the city named most lies in another province,
    the venue of the province's promotion (鹭岛厦门迎来“湖北时间”…我省…鄂州、宜昌、十堰…): the province named
    whose cities it names."""
    cities = _cities_by_province(score)
    own = best.ancestor("province")
    if own is best:
        return best
    if own is not None and len(cities.get(own, ())) >= PROVINCE_CITIES:
        return own
    named = [(len(c), p) for p, c in cities.items() if p is not own and p in score and len(c) >= PROVINCE_CITIES]
    return max(named, key=lambda n: n[0])[1] if named else best


def _cities_by_province(score: Counter[Place]) -> dict[Place, set[Place]]:
    """The cities the scored places lie in (or are), by the province holding them."""
    cities: dict[Place, set[Place]] = {}
    for place in score:
        if (province := place.ancestor("province")) is not None and (city := _city_of(place)) is not None:
            cities.setdefault(province, set()).add(city)
    return cities


def _city_of(place: Place) -> Place | None:
    return place.ancestor("city") or municipality(place)


# Where the subject goes to court investors ("赴广州、深圳、青岛等地开展招商"), and where it brings projects
# in from: they say little about what the report is about.
DESTINATION_WEIGHT = 0.25
_DESTINATION_RE = patterns.compile(r"(?:赴|前往|奔赴|远赴|飞赴)(?:[^，,。；;、\n]{1,8}、){0,8}$")
DESTINATION_REACH = 80


def _is_destination(text: str, start: int) -> bool:
    return _DESTINATION_RE.search(text, max(0, start - DESTINATION_REACH), start) is not None


# Where projects or money are brought in from ("承接引进北京项目301个", "引进深圳企业"): not the subject either.
_ORIGIN_BEFORE_RE = patterns.compile(r"(?:引进|承接|引入|吸引|招引)$")
_ORIGIN_AFTER_RE = patterns.compile(r"(?:项目|企业|资本|客商|资金|投资)")


def _is_origin(text: str, start: int, end: int) -> bool:
    return (
        _ORIGIN_BEFORE_RE.search(text, max(0, start - 2), start) is not None
        and _ORIGIN_AFTER_RE.match(text, end) is not None
    )


# Where an event is held ("…签约仪式在兰州举行", "…招商会在上海举行", "项目在拉萨集中签约"): a province holds its
# ceremonies in its capital, a city its fairs in other cities; the venue says little about whose figures they are.
_VENUE_BEFORE = ("在", "于")
_VENUE_AFTER_RE = patterns.compile(r"[^，,。；;！!？?\n]{0,12}?(?:举行|举办|召开|开幕|集中签约|成功签约)")


def _host_at_home(text: str, ends: dict[int, Hit], venue: Hit) -> Place | None:
    """The region named right before 在 that holds the venue it names ("西藏自治区在拉萨举行", "四川省于成都召开")."""
    host = ends.get(venue.start - 1)
    if host is None or host.place is None or venue.place is None or not _is_venue(text, venue.start, venue.end):
        return None
    return host.place if venue.place.ancestor(host.place.level) is host.place else None


def _is_venue(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] in _VENUE_BEFORE and _VENUE_AFTER_RE.match(text, end) is not None


def _dominant(score: Counter[Place], key: Any) -> Place | None:
    """The place that `key` maps the scored places to, weighted by their scores (the city most talked about)."""
    agg: Counter[Place] = Counter()
    for place, s in score.items():
        target = key(place)
        if target is not None:
            agg[target] += s
    return max(agg.items(), key=lambda kv: kv[1])[0] if agg else None


def _bare_zone_subject(bare: Counter[str], hits: list[Hit], city: Place | None, zones: Zones) -> Place | None:
    """The zone that bare 开发区/高新区 in a document stand for: the zone of that family the text names
    after its city (聊城高新区), else the only one it names (惠州仲恺高新区), else the city's coded zone of
    that family (东营经济技术开发区), else a zone named after the city."""
    word = bare.most_common(1)[0][0]
    families = BARE_ZONE_WORDS[word]
    named = Counter(h.place for h in hits if h.place is not None and h.zone_suffix and h.family in families)
    without_mid = {h.place for h in hits if h.place is not None and h.zone_suffix and not h.zone_mid}
    plain = [p for p in named if p in without_mid and (city is None or p.is_within(city))]
    if plain:
        return max(plain, key=lambda p: named[p])
    if len(named) == 1:
        return next(iter(named))
    if city is None:
        return None
    family = BARE_ZONE_DEFAULT[word]
    nbs = [z for z in gazetteer.get().zones_of(city) if zone_key(z, city) == ("", family)]
    if len(nbs) == 1:
        return nbs[0]
    return zone_place(zones, city, "", word, city.stem + word, city)
