"""Which place a sentence's figures speak of: the places (and territorial bodies, and named parks) that open a
clause as its subject, and how a place stands to the report's subject place.

"1—4月份，全市招商引资到位资金…" speaks of 全市; "赴深圳、东莞等地招商" and "香港是第一大投资来源地" name
destinations and origins, not the place of a figure. `SubjectPlaces` answers these questions for
`Reading` (records/context.py), which inherits them with the sentence caches they fill; it knows
nothing of periods or topics, so the import runs one way.
"""

from __future__ import annotations

from typing import Any

from .. import gazetteer, patterns
from ..dims._names import table
from ..doc import Doc
from .sentence import Anchors, Found, Sentence

# A place after these is a destination, partner or the base of a share, not the place of a figure.
PLACE_NOT_SUBJECT_BEFORE = (
    "赴", "到", "往", "向", "从", "来自", "与", "同", "占", "于", "对", "比", "较", "发往", "和", "及",
)  # fmt: skip
# ... nor a place naming an office or official ("浙江省省委书记…", "青岛市市长…").
PLACE_NOT_SUBJECT_AFTER = (
    "等地", "等", "地区的", "省委", "市委", "县委", "区委", "党委", "政府", "书记", "省长", "市长", "县长",
    "区长", "主任", "局长",
)  # fmt: skip
# What may open a clause before its subject place or its leading date: quotes, 在, time adverbs, and the
# 预计 of a review's estimates ("预计2012年全市生产总值完成3440亿元", told before the year's statistics are out),
# "only" before a breakdown's period ("仅今年5月份，全省…": the month opens the clause and the sentences after it),
# and the event's 本次 / 此次 ("本次全省集中开工项目共96个": the province's figure, not the zone's in the title); and the
# number of a list item or heading run into its text (一、2020年工作回顾2020年是…; （二）全县…; 3、今年…).
LIST_NUMBER = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}、)"
SUBJECT_LEAD = rf"(?:[\s“”\"'‘’「」（(]|{LIST_NUMBER}|在|于|就|截至|截止|到|自|从|目前|当前|同时|其中|此外|另外|今年|全年|预计|此前的?|早在|本次|此次|这次|仅仅?|僅僅?|[单單光仅僅]是|单|單)*"
# Named parks that stand as the subject of a clause are the place of its figures
# ("市人力资源服务产业园仅1幢楼便可实现产值50亿元").
PARK_SUFFIXES = ("园", "园区", "基地", "小镇", "孵化器", "众创空间", "加速器", "城", "谷")

_SUBJECT_LEAD_RE = patterns.compile(SUBJECT_LEAD)
# A dateline with its byline before the first clause ("中新网乌鲁木齐3月1日电 (记者 戚亚平)新疆生产建设兵团…"):
# what follows it opens the report's first clause.
# So does a dateline without its day ("本报讯(刘树东 记者李民峰)年初以来，…", "金山网讯 记者…").
DATELINE = r".{0,24}?(?:\d{1,2}月\d{1,2}日(?:电|讯)|[报网台]讯)\s*(?:[（(][^（()）]{0,24}[）)])?"
_DATELINE_LEAD_RE = patterns.compile(DATELINE + SUBJECT_LEAD)
# Bodies that are the territory they govern (新疆生产建设兵团): their figures are that territory's.
TERRITORIAL_BODIES = {row[0]: row[1] for row in table("territorial_bodies.tsv")}
# A corps division run as one with its city (新疆兵团第六师五家渠市, 师市合一): the city is the subject.
_DIVISION_RE = patterns.compile(r"兵团第[一二三四五六七八九十]{1,3}师$")
# A place the money comes from: "香港是第一大投资来源地", "亚洲地区仍然是我市最大投资来源地", "江西等省市对广西投资".
# ... and investors of a place investing here ("北京企业在津投资738.35亿元", "广东客商在青岛投资…", "广东省在皖投资在建
# 亿元以上项目693个").
_SOURCE_OF_INVESTMENT_RE = patterns.compile(
    r"(?:地区)?(?:仍然|依然|继续)?是[^，,。；;]{0,8}?(?:投资)?来源(?:地|国)|(?:等[^，,。；;、]{0,4})?(?:对(?!外投资)|向)[^，,。；;、]{1,8}?投资"
    r"|(?:的)?(?:企业|客商|商人|资本|投资者|企业家)?在[^，,。；;、]{1,5}?投资"
    # (session 20) coming to invest elsewhere ("沪苏浙来皖投资…"), or firms of the place signing with another
    # ("长三角地区企业同内蒙古自治区成功签约…")
    r"|(?:地区)?(?:的)?(?:企业|客商|商人|资本|投资者|企业家)?(?:来|到|赴)[^，,。；;、]{1,6}?(?:投资|兴业|签约|落户)"
    r"|(?:地区)?(?:的)?(?:企业|客商|商人|投资者|企业家)(?:同|与|和)[^，,。；;、]{1,12}?签"
)
# A region named before its investment in a breakdown by origin ("“珠三角”地区投资305.5亿元", "中部地区投资…"):
# where the money comes from, not where it lands.
_REGION_INVESTING_RE = patterns.compile(r"[”\"’」]?(?:地区)?投资")
# (session 23) A country or a territory outside the mainland page's province before the money it sent in a breakdown
# by origin ("美国到资1.6亿元；香港到资130.2亿元"): the origin, not where it lands.
_ORIGIN_SENT_RE = patterns.compile(
    r"[”\"’」]?(?:地区)?(?:实际|實際)?(?:到资|到資|投资|投資|外资|外資)(?:额|額|金额|金額)?"
)
_QUOTES = "“”\"'‘’「」"
SOURCE_REACH = 16
# What follows a place where an event is held ("在青岛举行的", "在深圳会展中心召开").
_VENUE_AFTER_RE = patterns.compile(r"[^，,。；;]{0,10}?(?:举行|召开|举办)")


class SubjectPlaces:
    """The place questions of a document's reading, answered against the report's subject place."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.norm = doc.norm
        self.subject_place = subject_place_name(doc)
        self.subject_province = _province_code(doc.info.get("subject_place"))
        self.subject_adcode = _adcode(doc.info.get("subject_place"))
        self._place_cache: dict[int, Anchors] = {}
        self._subject_cache: dict[int, list[Any]] = {}

    def opens_after_dateline(self, sent: Sentence, at: int) -> bool:
        """What stands at `at` opens the sentence's first clause after a dateline and its byline
        ("本报讯(刘树东 记者李民峰)年初以来，…")."""
        return _DATELINE_LEAD_RE.fullmatch(self.norm, sent.span.start, at) is not None

    def _opens(self, start: int, at: int) -> bool:
        """Only quotes, 在/截至 … or time adverbs stand between `start` and `at`."""
        # Reading asks it of dates too: a period opens its clause as a subject place does.
        return _SUBJECT_LEAD_RE.fullmatch(self.norm, start, at) is not None

    def _leading_place(self, sent: Sentence) -> str | None:
        """The place a sentence opens with (before its first figure) becomes the paragraph's place."""
        values = sent.values()
        limit = values[0].start if values else sent.span.end
        for m, name in self._subject_places(sent):
            if m.start >= limit:
                break
            # A country or region opening a sentence ("全国各地纷纷…") is no topic for the local figures after it.
            if m.type == "place" and m.value.level in ("country", "region"):
                continue
            return name
        return None

    def _subject_places(self, sent: Sentence) -> list[tuple[Any, str]]:
        """The sentence's places (and territorial bodies) that can be a figure's place and open their clause,
        with the place each names (once per sentence: the figures' places and the topic read them both)."""
        found = self._subject_cache.get(sent.index)
        if found is None:
            found = self._subject_cache[sent.index] = [
                (m, name)
                for m, name in self._subject_candidates(sent)
                if self.is_subject_place(sent, m) and self._opens_clause(sent, m)
            ]
        return found

    def _opens_clause(self, sent: Sentence, m: Any) -> bool:
        """The place is the first thing its clause names (after a date, or the report's dateline):
        "1—4月份，全市…"."""
        if _DATELINE_LEAD_RE.fullmatch(self.norm, sent.span.start, m.start) is not None:
            return True
        clause = sent.clause_at(m.start)
        start = clause.start
        for other in sent.between(clause.start, m.start):
            if other.type != "date" and not self._division_of(other, m):
                return False
            start = other.end
        return self._opens(start, m.start)

    def _division_of(self, org: Any, place: Any) -> bool:
        """The corps division written just before its own city (第六师五家渠市)."""
        return (
            org.type == "org"
            and org.end == place.start
            and _DIVISION_RE.search(self.norm, org.start, org.end) is not None
        )

    def _is_away_venue(self, sent: Sentence, m: Any) -> bool:
        return self.is_away(m) and _VENUE_AFTER_RE.match(self.norm, m.end, sent.span.end) is not None

    def territory_of(self, m: Any) -> str | None:
        """The territory an organisation mention governs as itself (新疆生产建设兵团), else None."""
        return TERRITORIAL_BODIES.get(self.norm[m.start : m.end]) if m.type == "org" else None

    def _subject_candidates(self, sent: Sentence) -> list[tuple[Any, str]]:
        """Place mentions and territorial bodies of the sentence, in order, with the place each names. A
        venue in another province ("在青岛举行的…推介会暨签约仪式上") is none: the figures are the subject's."""
        found = [(m, m.value.name) for m in sent.of_type("place") if not self._is_away_venue(sent, m)]
        found += [(m, t) for m in sent.of_type("org") if (t := self.territory_of(m)) is not None]
        return sorted(found, key=lambda pair: pair[0].start) if len(found) > 1 else found

    def is_away(self, place: Any) -> bool:
        """Whether a place mention lies in another province than the report's subject place."""
        return self.is_away_value(place.value)

    def is_away_value(self, value: Any) -> bool:
        province = _province_code(value)
        return self.subject_province is not None and province is not None and province != self.subject_province

    def holds_the_subject(self, place: Any) -> bool:
        """Whether a place mention is a unit the report's subject place lies in (泰安市 in a 宁阳县 report)."""
        return self.holds_the_subject_value(place.value)

    def holds_the_subject_value(self, value: Any) -> bool:
        code = _adcode(value)
        return bool(code and self.subject_adcode and code != self.subject_adcode) and self.subject_adcode.startswith(
            _code_prefix(code)
        )

    def lies_in_subject(self, place: Any) -> bool:
        """Whether a place mention is the report's subject place or a unit inside it (宁阳县 in a 泰安市 report)."""
        code = _adcode(place.value)
        return bool(code and self.subject_adcode) and code.startswith(_code_prefix(self.subject_adcode))

    def is_subject_place(self, sent: Sentence, m: Any) -> bool:
        """A place that can be the place of a figure: not a destination, partner or share base."""
        before = self.norm[max(sent.span.start, m.start - 3) : m.start].rstrip(_QUOTES)
        after = self.norm[m.end : m.end + 3]
        if before.endswith(PLACE_NOT_SUBJECT_BEFORE) or after.startswith(PLACE_NOT_SUBJECT_AFTER):
            return False
        region = m.type == "place" and m.value.level == "region"
        if region and (found := _REGION_INVESTING_RE.match(self.norm, m.end)) and _opens_a_value(sent, found.end()):
            return False  # "中部地区投资177.23亿元": an origin in a breakdown by origin
        if self._abroad(m) and (found := _ORIGIN_SENT_RE.match(self.norm, m.end)) and _opens_a_value(sent, found.end()):
            return False  # "美国到资1.6亿元" on a 福建 page: an origin in a breakdown by origin
        if before.endswith("、") or after.startswith("、"):
            return False  # one of a list of places: destinations ("赴深圳、东莞、洛阳等地")
        if _SOURCE_OF_INVESTMENT_RE.match(self.norm, m.end, min(sent.span.end, m.end + SOURCE_REACH)):
            return False  # where the money comes from ("香港是第一大投资来源地", "对广西投资")
        # "全国8家…企业", "全市90%的…": the place qualifies the thing counted.
        return m.end not in sent.value_starts

    def _abroad(self, m: Any) -> bool:
        """A country other than China, or Hong Kong, Macau or Taiwan on a mainland page (regions are left alone: the
        gazetteer does not tell 东盟 from 沈阳现代化都市圈)."""
        if (
            m.type != "place"
            or self.subject_province is None
            or self.subject_province.startswith(gazetteer.TERRITORY_ADCODE_PREFIXES)
        ):
            return False
        code = _adcode(m.value) or ""
        if code.startswith(gazetteer.TERRITORY_ADCODE_PREFIXES):
            return True
        return m.value.level == "country" and m.value.name != gazetteer.CHINA

    def explicit_place_before(self, sent: Sentence, offset: int) -> Found:
        """The nearest place opening a clause (or park standing as a clause subject) before `offset`."""
        return self._places(sent).last_before(offset) or Found(None)

    def _places(self, sent: Sentence) -> Anchors:
        """The sentence's subject places, territorial bodies and parks standing as clause subjects (once per sentence)."""
        cached = self._place_cache.get(sent.index)
        if cached is None:
            places = [Found(name, m.start, m.end) for m, name in self._subject_places(sent)]
            cached = Anchors([*places, *self._park_subjects(sent)])
            self._place_cache[sent.index] = cached
        return cached

    def _park_subjects(self, sent: Sentence) -> list[Found]:
        """Named parks opening a clause ("比如，市人力资源服务产业园仅1幢楼…")."""
        found: list[Found] = []
        for m in sent.of_type("project"):
            clause = sent.clause_at(m.start)
            first = next((o for o in sent.between(clause.start, clause.end) if o.type != "date"), None)
            if first is not m or not _is_park(self.norm[m.start : m.end]) or _is_list_item(self.norm, m):
                continue
            if self._opens(clause.start, m.start):
                found.append(Found(m.value.name, m.start, m.end))
        return found


def subject_place_name(doc: Doc) -> str | None:
    place = doc.info.get("subject_place")
    if place is None:
        return None
    if isinstance(place, dict):
        return place.get("name")
    return getattr(place, "name", None)


def _adcode(place: Any) -> str | None:
    return place.get("adcode") if isinstance(place, dict) else getattr(place, "adcode", None)


def holds(outer: Any, inner: Any) -> bool:
    """Whether the place value `outer` is a unit `inner` lies in (西藏自治区 holds 拉萨市)."""
    outer_code, inner_code = _adcode(outer), _adcode(inner)
    return bool(outer_code and inner_code and outer_code != inner_code) and inner_code.startswith(
        _code_prefix(outer_code)
    )


def _code_prefix(adcode: str) -> str:
    """The digits a unit's divisions share (37 for 370000, 3709 for 370900; a county's whole code)."""
    if len(adcode) != 6:
        return adcode
    return adcode[:2] if adcode.endswith("0000") else adcode[:4] if adcode.endswith("00") else adcode


def _province_code(place: Any) -> str | None:
    """The first two digits of a place's adcode (its province), if it has one."""
    adcode = place.get("adcode") if isinstance(place, dict) else getattr(place, "adcode", None)
    return adcode[:2] if adcode else None


def _opens_a_value(sent: Sentence, offset: int) -> bool:
    return any(v.start == offset for v in sent.values())


def _is_park(name: str) -> bool:
    return name.endswith(PARK_SUFFIXES)


def _is_list_item(norm: str, m: Any) -> bool:
    return norm[m.end : m.end + 1] in ("、", "和", "及", "与")
