"""The place pass's shared vocabulary and working types: what dims/place.py, dims/_place_subject.py
and dims/_place_anaphors.py all read, kept here so that no module imports another back
(place -> _place_subject / _place_anaphors -> here).

- the anaphor words (ANAPHORS, CHINA) and the zone words: suffixes, bare words, the qualifiers that
  make them generic, the words that cannot name a zone;
- `Hit`, one gazetteer match as the passes resolve it, `Zones`, the document's text-named zones, and
  `Ordered`, hits in text order for the nearest one before or after an offset;
- the zone and scope helpers several passes call: `zone_place` (the zone a place + suffix names),
  `zone_key`, `family_of`, `is_bare_zone_word`, `scope_target` (the place 全市/全区 … refers to),
  `municipality`.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from .. import gazetteer, patterns
from ..gazetteer import Place, Sense
from ..text import Span

# --- the words and phrases the rules use ----------------------------------------------------

# Anaphors: word -> (scope, mode). Scopes: province, city, prefecture (州: the city level, never a
# county-level 市), district (区: a county-level district or a
# zone), county (县/旗), town, country. Modes: "we" (我市: the speaker's own place, the subject first),
# "all" (全市/本市: a place of that level named before it in the same sentence first, else the subject),
# "that" (该区: the nearest place of that level mentioned before, else the subject).
ANAPHORS: dict[str, tuple[str, str]] = {
    "全省": ("province", "all"), "本省": ("province", "all"), "我省": ("province", "we"), "该省": ("province", "that"),
    "全市": ("city", "all"), "本市": ("city", "all"), "我市": ("city", "we"), "该市": ("city", "that"),
    "全区": ("district", "all"), "本区": ("district", "all"), "我区": ("district", "we"), "该区": ("district", "that"),
    "全县": ("county", "all"), "本县": ("county", "all"), "我县": ("county", "we"), "该县": ("county", "that"),
    "全镇": ("town", "all"), "本镇": ("town", "all"), "我镇": ("town", "we"), "该镇": ("town", "that"),
    "全乡": ("town", "all"), "本乡": ("town", "all"), "我乡": ("town", "we"), "该乡": ("town", "that"),
    "全国": ("country", "all"), "我国": ("country", "we"),
    # prefectures (盟, 地区, 州), banners, and 新疆 by its short form (real pages: 全盟, 全地区, 全疆)
    "全盟": ("city", "all"), "全地区": ("city", "all"), "全旗": ("county", "all"),
    # (session 40) a banner or league named by its kind alone (该旗计划实施…, 我盟, 本旗)
    "本旗": ("county", "all"), "我旗": ("county", "we"), "该旗": ("county", "that"),
    "本盟": ("city", "all"), "我盟": ("city", "we"), "该盟": ("city", "that"),
    # 州 is the prefecture even in a report on one of its county-level cities (全州 in a 福泉市 report: 黔南州)
    "全州": ("prefecture", "all"), "我州": ("prefecture", "we"), "该州": ("prefecture", "that"),
    "全疆": ("province", "all"),
    # an autonomous region by its kind alone (自治区出台了…), Hong Kong by 本港 / 全港, Macao by 本澳 / 全澳
    "自治区": ("province", "all"), "本港": ("province", "all"), "全港": ("province", "all"),
    "本澳": ("province", "all"), "全澳": ("province", "all"),
    # a corps division and the city it runs as one (新疆兵团第六师五家渠市 … 该师市)
    "该师市": ("county", "that"), "全师市": ("county", "all"), "本师市": ("county", "all"),
}  # fmt: skip
# Zone suffixes as written -> the family they belong to (高新区 and 高新技术产业开发区 are one family).
ZONE_SUFFIXES: dict[str, str] = {
    "经济技术开发区": "经开区", "经开区": "经开区", "经济开发区": "经济开发区", "开发区": "开发区",
    "高新技术产业开发区": "高新区", "高新技术开发区": "高新区", "高新技术产业园区": "高新区", "高新区": "高新区",
    "综合保税区": "综保区", "综保区": "综保区", "保税区": "保税区", "保税港区": "保税港区",
    "自由贸易试验区": "自贸区", "自贸区": "自贸区", "自贸试验区": "自贸区",
    "工业园区": "工业园区", "工业园": "工业园区", "产业集聚区": "产业集聚区",
    "旅游度假区": "旅游度假区", "度假区": "度假区", "新区": "新区", "临空经济区": "临空经济区",
    "科技城": "科技城", "科学城": "科学城", "产业园区": "产业园区", "科学园区": "科学园区",
    "加工出口区": "加工出口区", "综合实验区": "综合实验区", "经合区": "经合区",
    "新城": "新城",  # only after a place: 嘉定新城, 松江新城 (上海's five new towns), 太湖新城
    # after a place only: 南宁空港经济区, 惠农陆港经济区, 孝感临空区, 南岗工业区, 昆山出口加工区, 昆明现代物流园区,
    # 漳州台商投资区
    "经济区": "经济区", "临空区": "临空经济区", "工业区": "工业区", "出口加工区": "加工出口区",
    "物流园区": "物流园区", "台商投资区": "台商投资区",
}  # fmt: skip
# Abbreviated suffixes spelt out in a full name (东营高新区 -> 山东省东营市东营高新技术产业开发区).
ZONE_LONG_FORMS = {
    "经开区": "经济技术开发区",
    "高新区": "高新技术产业开发区",
    "综保区": "综合保税区",
    "自贸区": "自由贸易试验区",
}
# The rank a zone's name may carry between its place and its suffix (海口国家高新区, 曹妃甸国家级经济技术开发区).
NATIONAL_MIDS = frozenset({"国家", "国家级"})
# Bare zone words that stand for a zone named before or for the subject (开发区 in a speech to a
# development zone), and the families they can stand for.
BARE_ZONE_WORDS: dict[str, frozenset[str]] = {
    "开发区": frozenset({"经开区", "经济开发区", "开发区"}),
    "经开区": frozenset({"经开区", "经济开发区"}),
    "高新区": frozenset({"高新区"}),
    "新区": frozenset({"新区"}),
    "园区": frozenset({"工业园区", "产业园区", "科学园区"}),
}
# Suffixes as written -> the families a coded zone may bear when none of their own family is coded there: those
# the bare words stand for (经济技术开发区 is written out 经开区).
LOOSE_FAMILIES: dict[str, frozenset[str]] = {
    "开发区": BARE_ZONE_WORDS["开发区"],
    "经开区": BARE_ZONE_WORDS["经开区"],
    "经济技术开发区": BARE_ZONE_WORDS["经开区"],
}
# Bare words that stand only for the subject (园区 in a report on 苏州工业园区), never for another zone
# named in the text (园区 after a named park is often a project's).
SUBJECT_ONLY_ZONE_WORDS = frozenset({"园区"})
# Suffixes that make a zone of the plain word before them (凤凰工业园, 高铁新区, 芦台经济开发区); the others
# (产业集聚区 …) need a place before them, as the bare words do.
NAMED_ZONE_SUFFIXES = frozenset(
    {"经济技术开发区", "经济开发区", "高新技术产业开发区", "高新技术开发区", "工业园区", "工业园", "新区",
     "旅游度假区", "经开区", "高新区", "开发区", "综合保税区", "保税区", "科技城", "科学城", "产业园区", "科学园区", "加工出口区"}
)  # fmt: skip
# Suffixes that name a zone after a plain word (小蓝经开区) and stand bare after a verb (入驻高新区).
BARE_AND_NAMED = frozenset({"高新区", "经开区", "开发区"})
# Abbreviated suffixes a zone the gazetteer does not code is named by in full (小蓝经开区 → 小蓝经济技术开发区,
# 银川综保区 → 银川综合保税区); 高新区 is the name such zones go by (成都高新区).
SPELT_OUT_IN_NAME = frozenset({"经开区", "综保区", "自贸区"})
# Before a bare zone word these make it generic (各开发区, 省级以上开发区, 国家级高新区): no mention; so does a
# site's field label (发布开发区：萧山经济技术开发区, session 44).
GENERIC_ZONE_QUALIFIERS = (
    "各", "各类", "各个", "省级", "国家级", "以上", "全省", "全国", "全市", "多个", "一批", "其他", "所有", "等",
    "省内", "国内", "重点", "这些", "各地", "发布",
)  # fmt: skip
# Function characters that never stand inside a zone's name (鼓楼区将与新区 is not a zone).
ZONE_MID_STOP_CHARS = frozenset("的在和与及将是为对把被从向到等了也都还而并或")
_HAN = patterns.compile(r"\p{Han}")
# 全国 / 我国 name China (countries.tsv).
CHINA = gazetteer.CHINA
# Words that cannot be or end the name of a zone (打造新区, 入驻工业园): verbs, qualifiers, function words.
ZONE_NAME_STOP = frozenset(
    {
        "打造", "建设", "创建", "建成", "设立", "成立", "规划", "发布", "落户", "入驻", "进驻", "位于", "围绕", "依托",
        "推进", "推动", "加快", "发展", "申报", "争创", "获批", "升级", "支持", "鼓励", "引导", "进入", "落地",
        "来到", "走进", "深入", "做强", "做大", "壮大", "提升", "实现", "成为", "作为", "全面", "持续", "着力",
        "聚焦", "全力", "助力", "服务", "支撑", "整合", "优化", "各类", "各个", "所有", "省级", "国家级", "国家",
        "这个", "那个", "一个", "每个", "多个", "其他", "重点", "主要", "新建", "在建", "现有", "以及", "还有",
        "包括", "共建", "合作", "产业", "工业", "经济", "城市", "省内", "全省", "全市", "全区", "我市", "我区",
        "本市", "该区", "园区", "开发区", "以上", "一批", "这些", "相关", "周边", "当地", "附近", "一流",
    }
)  # fmt: skip
# A zone name's own part (凤凰, 高铁) or the part between a place and a suffix: Han characters only.
ZONE_NAME_PART = patterns.compile(r"\p{Han}{1,4}")
_SUFFIXES_LONGEST_FIRST = sorted(ZONE_SUFFIXES, key=len, reverse=True)


# --- the working state of one document ------------------------------------------------------

# Zones the gazetteer does not know, made once per document: full name -> the zone, so that every
# mention of 聊城经济技术开发区 in a report is the same place.
Zones = dict[str, Place]


@dataclass
class Hit:
    start: int
    end: int
    kind: str  # "place", "anaphor", "zone_word", "blocker"
    key: str  # the matched text of the normalised view
    senses: list[Sense] = field(default_factory=list)
    place: Place | None = None  # resolved
    candidates: list[Place] = field(default_factory=list)  # when several places remain
    # A composed zone: the parent's senses are in `senses`, the zone's own parts here.
    zone_mid: str | None = None
    zone_suffix: str | None = None
    village: str | None = None  # a composed village: its name
    own_start: int = -1  # where the written name starts: an address chain without its province (陕西|西安高新区)
    head: str = ""  # the surface of the first unit of the written name (西安)
    anaphor: bool = False
    label: str | None = None  # name of an unresolved anaphor
    label_level: str | None = None

    def __post_init__(self) -> None:
        if self.own_start < 0:
            self.own_start = self.start
        if not self.head:
            self.head = self.key

    @property
    def written(self) -> str:
        """The text naming a composed zone, without the province of an address chain."""
        return self.key[self.own_start - self.start :]

    @property
    def family(self) -> str | None:
        return ZONE_SUFFIXES.get(self.zone_suffix) if self.zone_suffix else None


class Ordered:
    """Hits in text order, for the nearest one before or around an offset (bisect, not a scan)."""

    def __init__(self, hits: Iterable[Hit]) -> None:
        self.hits = sorted(hits, key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]
        self.ends = [h.end for h in self.hits]

    def only_one_before(self, offset: int) -> Place | None:
        """The one place every hit ending by `offset` names, when they all name the same one."""
        i = bisect.bisect_right(self.ends, offset) - 1
        return self._same_so_far[i] if i >= 0 else None

    @functools.cached_property
    def _same_so_far(self) -> list[Place | None]:
        """For each hit, the place it and every hit before it name, or None once two differ."""
        same: list[Place | None] = []
        first = self.hits[0].place if self.hits else None
        for h in self.hits:
            agree = first is not None and (not same or same[-1] is not None) and _same_place(h.place, first)
            same.append(first if agree else None)
        return same

    def last_before(self, offset: int) -> Hit | None:
        i = bisect.bisect_right(self.ends, offset) - 1
        return self.hits[i] if i >= 0 else None

    def first_from(self, offset: int) -> Hit | None:
        i = bisect.bisect_left(self.starts, offset)
        return self.hits[i] if i < len(self.hits) else None

    def nearest(self, hit: Hit, span: Span | None, *, before_only: bool) -> Place | None:
        """The nearest hit inside `span` before `hit` (or after it, when closer and allowed)."""
        if span is None:
            return None
        before = self.last_before(hit.start)
        before = before if before is not None and before.start >= span.start else None
        after = None if before_only else self.first_from(hit.end)
        after = after if after is not None and after.start < span.end else None
        if before is None or (after is not None and after.start - hit.start < hit.start - before.start):
            before = after
        return before.place if before is not None else None


def _same_place(a: Place | None, b: Place) -> bool:
    return a is not None and (a is b or (a.adcode is not None and a.adcode == b.adcode) or a.full_name == b.full_name)


# --- zones and scopes, for the passes of place.py and the subject alike ----------------------


def zone_parent(subject: Place | None) -> Place | None:
    """The unit a zone named in a report about `subject` lies in: the subject, or its parent when it is a zone."""
    if subject is None:
        return None
    return subject.parent if subject.level == "zone" else subject


def zone_place(zones: Zones, parent: Place, mid: str, suffix: str, written: str, area: Place | None) -> Place:
    """The zone `parent` + `mid` + `suffix` names: the coded one when the gazetteer has it, else a new
    zone named as written, whose full name is `area`'s full name and the written name spelt out."""
    family = ZONE_SUFFIXES[suffix]
    keyed = [(zone_key(zone, parent), zone) for zone in gazetteer.get().zones_of(parent)]
    # 江阴国家高新技术产业开发区 is the coded 江阴高新技术产业开发区: the rank is tried without, and is no part of the key after
    mids = (mid, "") if mid in NATIONAL_MIDS else (mid,)
    for mid in mids:
        if (exact := next((zone for key, zone in keyed if key == (mid, family)), None)) is not None:
            return exact
    # 吴江开发区 is the coded 吴江经济技术开发区: a bare 开发区 stands for the one zone of its families. And (session 44)
    # 经开区 / 经济技术开发区 name the coded 经济开发区 of the place when it has no 经济技术开发区 (张家口经开区 is
    # 张家口经济开发区, 130771): GB/T 2260 codes many 经济技术开发区 under the shorter name.
    families = LOOSE_FAMILIES.get(suffix, frozenset())
    loose = [zone for key, zone in keyed if key[0] == mid and key[1] in families]
    if len(loose) == 1:
        return loose[0]
    # A city's zone may be coded under one of its counties (肇庆高新区: 441284450 under 四会市).
    in_counties = [z for z in gazetteer.get().zones_in_counties_of(parent) if zone_key(z, parent) == (mid, family)]
    if len(in_counties) == 1:
        return in_counties[0]
    long_form = ZONE_LONG_FORMS.get(suffix)
    spelt_out = written[: -len(suffix)] + long_form if long_form and written.endswith(suffix) else written
    full = (area.full_name or "") + spelt_out if area is not None else spelt_out
    name = spelt_out if suffix in SPELT_OUT_IN_NAME else written
    return zones.setdefault(full, Place(name, "zone", None, parent, full))


def zone_key(zone: Place, parent: Place) -> tuple[str, str | None]:
    """(mid, family) of an NBS zone name relative to its parent: 东营港经济开发区 -> ("港", "经济开发区")."""
    name = zone.name
    for ancestor in (parent.ancestor("province"), parent):
        if ancestor is None:
            continue
        for form in sorted({ancestor.name, ancestor.short or ancestor.name}, key=len, reverse=True):
            if name.startswith(form):
                name = name[len(form) :]
                break
    suffix = zone_suffix_of(name)
    if suffix is None:
        return name, None
    return name[: -len(suffix)], ZONE_SUFFIXES[suffix]


def zone_suffix_of(name: str) -> str | None:
    return next((s for s in _SUFFIXES_LONGEST_FIRST if name.endswith(s)), None)


def municipality(place: Place) -> Place | None:
    province = place.ancestor("province")
    return province if province is not None and province.name.endswith("市") else None


# A bare 开发区 right after a province or city written with its suffix names its zones in general (山西省开发区,
# 吕梁市开发区: a province's or city's many zones); after a county it is that county's one zone (交城县开发区).
_ZONES_OF_AREA = frozenset({"开发区"})
_AREA_SUFFIXES = ("省", "市", "自治区")


def is_zones_of_area(text: str, start: int, key: str) -> bool:
    """Whether the zone word `key` at `start` follows a province's or city's name with its suffix (山西省开发区); 市
    standing alone for the city (、市开发区39个) or after a scope word (本市开发区) names the city's own zone."""
    if key not in _ZONES_OF_AREA:
        return False
    suffix = next((s for s in _AREA_SUFFIXES if text.endswith(s, 0, start)), None)
    if suffix is None:
        return False
    name = text[max(0, start - len(suffix) - 2) : start - len(suffix)]
    return len(name) == 2 and all(_HAN.match(c) for c in name) and name[-1] not in _SCOPE_CHARS


# What makes a bare zone word the name of a site's section (开发区新闻, 开发区动态).
_SECTION_AFTER = patterns.compile(r"(?:新闻|動態|动态|要闻|要聞|资讯|資訊|快讯|快訊)")
# Characters before 市 / 省 that make a scope word, not a name (本市, 全省, 我市, 该市).
_SCOPE_CHARS = frozenset("本全我该各此其")


def is_bare_zone_word(text: str, hit: Hit) -> bool:
    if hit.key not in BARE_ZONE_WORDS:
        return False
    before = text[max(0, hit.start - 4) : hit.start]
    if before.endswith(GENERIC_ZONE_QUALIFIERS) or is_zones_of_area(text, hit.start, hit.key):
        return False
    if _SECTION_AFTER.match(text, hit.end):
        return False  # (session 44) a site's section, 首页 > 开发区新闻 >
    # 新区 and 园区 also end names (前湾新区, 创业园区): bare only after punctuation or a function word
    return (
        ((hit.key not in NAMED_ZONE_SUFFIXES or hit.key in BARE_AND_NAMED) and hit.key not in SUBJECT_ONLY_ZONE_WORDS)
        or not before
        or not _HAN.match(before[-1])
        or before[-1] in ZONE_MID_STOP_CHARS
    )


def scope_target(place: Place, scope: str) -> Place | None:
    """The place a scope word refers to for a document about `place`: 全市 in a 东昌府区 report -> 聊城市."""
    if scope == "province":
        return place.ancestor("province")
    if scope == "city":
        if place.level == "county" and place.name.endswith("市"):
            return place
        return place.ancestor("city") or municipality(place)
    if scope == "prefecture":  # 全州/该州: a city-level 州 (自治州), not the city named last (黄石市 … 该州)
        city = place if place.level == "city" else place.ancestor("city")
        return city if city is not None and city.name.endswith("州") else None
    if scope == "district":
        if place.level == "zone" or (place.level == "county" and place.name.endswith("区")):
            return place
        county = place.ancestor("county")
        if county is not None and county.name.endswith("区"):
            return county
        # 全区 in a 广西 / 新疆 … report: the autonomous region
        province = place.ancestor("province")
        return province if province is not None and province.name.endswith("自治区") else None
    if scope == "county":
        county = place.ancestor("county")
        return county if county is not None and not county.name.endswith(("区", "市")) else None
    if scope == "town":
        return place.ancestor("town")
    return None


def family_of(zone: Place) -> str | None:
    suffix = zone_suffix_of(zone.name)
    return ZONE_SUFFIXES[suffix] if suffix else None


def chained(parent: Hit, child: Hit) -> list[Sense]:
    """The child's senses that lie within one of the parent's (山东省 + 聊城市; 北京 + 朝阳区); a
    province-level unit after 中国 is one name with it (中国香港, 中国台湾)."""
    parents = [s.place for s in parent.senses]
    if parents and all(p.level == "country" and p.name == CHINA for p in parents):
        return [Sense(s.place, "name") for s in child.senses if s.place.level == "province"]
    return [Sense(s.place, "name") for s in child.senses if any(_holds(p, s) for p in parents)]


def _holds(parent: Place, sense: Sense) -> bool:
    """The parent holds the child's place; a weak form (振兴, 平房: ordinary words too) needs its city or
    county, not only its province (辽宁|振兴发展 is no 振兴区), or the province it lies right in: Hong Kong's
    and Macau's districts have no city above them (香港|觀塘區, 香港|沙田, 澳門|氹仔)."""
    if not sense.place.is_within(parent) or sense.place is parent:
        return False
    return sense.form != "weak" or parent.level in ("city", "county") or sense.place.parent is parent
