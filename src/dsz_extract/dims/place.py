"""place mentions: gazetteer matches, composed zones, anaphors (全市, 该区, 开发区) and the subject place.

How a document is read (one Aho-Corasick scan of doc.norm, then passes over the few hits):
1. Scan: every gazetteer surface (places.tsv.gz, zones, regions, countries), the anaphor words, the
   zone suffix words and the BLOCKERS, leftmost-longest. Hits inside a mention of an earlier pass
   (org, project, event, person …) are dropped: the outermost entity wins (山东华跃新能源有限公司).
2. Compose: an address chain 山东省聊城市东昌府区 becomes one mention of its last unit; a place
   followed by a zone suffix (聊城 + 经济技术开发区, 东营 + 高新区, 东昌府区 + 凤凰 + 工业园) becomes a
   zone whose parent is that place; a town or county followed by …村 becomes a village.
3. Resolve names several units share (朝阳区, 鼓楼区, 通州) from the document's other places, in
   dims/_place_resolve.py: the candidate whose ancestors the document mentions wins; else adcode stays
   null and the candidates are listed. Weak surfaces (2-character short forms that are also ordinary words: 平房, 通道) count
   only when the document mentions their city or county; short surfaces count only at word
   boundaries (新平 in 创新平台 is no place), judged by the private jieba tokenizer around the hit.
4. Subject place (doc.info["subject_place"]), in dims/_place_subject.py: the most talked-about place,
   title and opening weighing most; bare zone words (开发区 ×20) and 全区/我区 make a zone the subject:
   the zone the text names with that suffix (聊城高新区), else its city's NBS zone (东营经济技术开发区),
   else a zone named after the city.
5. Zone words and anaphors, in dims/_place_anaphors.py: 全市/我市/本市 → a city, 全区/我区/该区 → the
   district or zone, 全县 → county, 全省 → province, 全镇 → town, 全国/我国 → 中国; bare 开发区/高新区/
   经开区/新区 → the zone they stand for; 凤凰工业园 / 高铁新区 are zones named by their own word.
   Unresolved anaphors keep the word as their name, the level of the word and a null adcode.
6. Villages named on their own (在宋杨河村打造…), then one value per place (here).

The anaphor and zone words, `Hit` (one match as the passes resolve it), `Ordered` and the zone/scope
helpers that this module, the subject inference and the anaphors share live in dims/_place_hits.py, so
imports run one way: place -> _place_resolve / _place_subject / _place_anaphors -> _place_hits.

Readings the contract leaves open, decided here:
- adcode: GB/T 2260 for divisions; NBS statistical codes for the development zones NBS codes (苏州工业园区
  320576, xx7x; 9-digit town-level zones) and for towns; null for zones named only in the text, for
  villages, regions, countries (ISO codes are kept in countries.tsv, unused) and Taiwan's cities.
- A name several units share that the document does not settle: the common name and level, adcode and
  full_name null, the units in `candidates` (left empty past MAX_CANDIDATES, e.g. 城关镇 ×88).
- An address chain (山东省聊城市东昌府区) is one mention with the last unit's value.
- A composed zone's name is as written (东营高新区), or NBS's name when NBS codes it (合肥经开区 ->
  合肥经济技术开发区); its full name spells out abbreviations (…东营高新技术产业开发区).
- 全国/我国: name 中国, level country, adcode null, full_name 中国. 区里/市里 are not mentions; generic
  zone words (各开发区, 省级以上开发区) are not mentions.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterable
from typing import Any

from .. import gazetteer, patterns
from ..doc import Doc
from ..gazetteer import Place, Sense
from ..models import PlaceValue
from . import _place_short
from ._names import Covered, literal_matches
from ._place_anaphors import finish_zone_words, resolve_anaphors
from ._place_hits import (
    ANAPHORS,
    BARE_ZONE_WORDS,
    CHINA,
    ZONE_MID_STOP_CHARS,
    ZONE_NAME_PART,
    ZONE_NAME_STOP,
    ZONE_SUFFIXES,
    Hit,
    Ordered,
    Zones,
)
from ._place_resolve import chain_counter, resolve
from ._place_subject import infer_subject

# --- the words and phrases the rules use ----------------------------------------------------

# Characters that, right before / after an anaphor word, make it part of another word:
# 完全 安全 健全 (安全区域), 资本 成本 基本 (资本市场), 应该 (应该区分), 自我; 全市场, 全区域, 该区分, 全省份.
ANAPHOR_NOT_BEFORE = {"全": "完安健齐周保成万", "本": "资成基根样版账剧课日文范蓝脚读原", "该": "应", "我": "自"}
ANAPHOR_NOT_AFTER = {"市": "场", "区": "域分别间块位", "省": "份", "乡": "村镇"}

# Phrases containing place surfaces that are not places, matched as one key so the longest wins.
BLOCKERS = (
    "江北水城",  # nickname of 聊城, not 水城区
    "中山大学", "中山装", "中山公园", "中山陵", "朝阳产业", "朝阳行业", "长治久安", "大同小异", "东方红", "太平洋",
    "泰山学者", "北京时间", "全国500强", "中国500强", "世界500强", "全国人大", "全国政协", "全国工商联",
    "中国特色", "中国式现代化", "中国梦", "长江学者", "黄河学者",
    "小城镇",  # small towns as a class (示范小城镇), not 舒兰市小城镇
    "创新兴区", "产业兴区", "工业兴区", "科技兴区", "人才兴区", "农业兴区",  # slogans, not 新兴区 (七台河)
)  # fmt: skip
# A place right before one of these is part of a street or an organisation name the org pass did not
# take (聊城大学, 北京路, 聊城市委, 莘县人民政府): not a place mention, though it still tells the subject.
# 浙江省省委书记 keeps 浙江省: its 省委 is a word of its own.
_NOT_AFTER_PLACE = patterns.compile(
    r"(?:路|大道|大街|街(?!道)|巷|胡同|大学|学院|银行|集团|公司|日报|晚报|电视台|医院|中学|小学"
    r"|委|人民政府|政府|人大|政协|党工委|管委会)"
)
# 其中 and 集中 end where a name starting with 中 would begin: 其中国家级 is 其中 + 国家级, not 中国.
_ENDS_A_WORD_WITH_ZHONG = frozenset("其集")
# A short quoted name (“冠县通”, “六个新聊城”, 「高雄产业人才跃升计画」, up to 10 characters) is a brand, a
# slogan or a programme: a place inside it is not a mention of its own. Titles in 《》 (《冠县招商引资激励政策》) are not such names.
_SHORT_QUOTE = patterns.compile(r"[“「]([^“”「」\n，。；！？]{2,10})[”」]")
# A village right after a town or county (李海务街道宋杨河村), or after 在/到/于 (在宋杨河村打造…).
_VILLAGE_AFTER_PLACE = patterns.compile(r"\p{Han}{1,4}?村(?![民级委集干里内落镇庄])")
_VILLAGE_FREE = patterns.compile(r"(?<=[在到于至])(\p{Han}{2,3})村(?![民级委集干里内落镇庄])")
_VILLAGE_NOT_NAME = patterns.compile(r"[乡农山渔新古小大各全本该我每个村]$|^[乡农山渔各全本该我每这那]")

# What jieba may glue to the end of a place name without making it another word (台湾地区, 延边州, 温州人).
PLACE_TAILS = frozenset({"地区", "州", "人", "籍", "境内", "全境", "市", "省", "县", "区", "方面", "当地"})

MAX_CANDIDATES = 10

_EXTRA_KEYS = tuple(sorted({*ANAPHORS, *ZONE_SUFFIXES, *BARE_ZONE_WORDS, *BLOCKERS}))
_BLOCKER_SET = frozenset(BLOCKERS)


def find(doc: Doc) -> list[Any]:
    text = doc.norm
    gaz = gazetteer.get()
    free = _FreeSpans(doc)
    zones: Zones = {}
    hits, embedded, embedded_zone_words = _scan(text, gaz, free, _TokenBoundaries(doc))
    hits = _compose(text, hits)
    resolve(hits, Counter(), zones)
    subject = infer_subject(doc, hits, embedded, zones)
    doc.info["subject_place"] = subject.value() if subject is not None else None
    if subject is not None:
        resolve(hits, chain_counter([subject], 3), zones)  # what the subject's area settles
    hits = sorted(hits + _towns_by_short_name(text, hits, subject, free, _TokenBoundaries(doc)), key=lambda h: h.start)
    finish_zone_words(text, hits, subject, zones)
    resolve_anaphors(doc, hits, subject, gaz)
    hits.extend(_free_villages(text, hits + embedded, free, subject))
    hits = sorted((h for h in hits if not is_demonym(text, h.end)), key=lambda h: h.start)
    values: dict[tuple[int, bool], PlaceValue] = {}
    doc.info["places_in_projects"] = _places_in_projects(
        doc, embedded + embedded_zone_words, subject, zones, values, _TokenBoundaries(doc)
    )
    found = [doc.make("place", h.start, h.end, v, source="gazetteer") for h in hits if (v := _value(h, values))]
    held = Covered((h.start, h.end) for h in hits)  # a set lookup per candidate, not a walk over every hit
    short = _place_short.find(doc, subject, lambda s, e: not free(s, e) or held.overlaps(s, e))
    return found + [doc.make("place", s, e, v, source="gazetteer") for s, e, v in short]


_PROJECT_PLACE_LEVELS = ("city", "county", "zone")


def _places_in_projects(
    doc: Doc,
    embedded: list[Hit],
    subject: Place | None,
    zones: Zones,
    values: dict[tuple[int, bool], PlaceValue],
    aligned: _TokenBoundaries,
) -> list[tuple[int, int, PlaceValue]]:
    """Cities and counties named inside project names ("闽侯县域智慧能源项目", "福清思嘉新材料产业园项目"), event
    names and governments' names, resolved like free places, for the deal assembler: a project's own county is
    where it is built, an event's where it is held, a signing government's where its projects land. Not
    mentions: the name's span holds them."""
    # An event is named after its host as a project after its county (宁阳县重点项目集中签约仪式), and a
    # government after its place (平鲁区人民政府, 上饶经开区管委会): a party signing for the place.
    projects = sorted(
        (m.start, m.end)
        for m in doc.mentions
        if m.type in ("project", "event") or (m.type == "org" and m.value.kind == "government")
    )
    if not projects:
        return []
    starts = [s for s, _ in projects]
    to_original = doc.normalized.to_original
    inside: list[Hit] = []
    for h in embedded:
        start, end = to_original(h.start), to_original(h.end)
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end <= projects[i][1]:
            inside.append(h)
    inside = _whole_words(inside, aligned)
    if not any(h.kind == "place" for h in inside):
        return []
    # 临汾经济开发区精密智造项目: the zone a project is named after, composed as free places are
    inside = _compose(doc.norm, sorted(inside, key=lambda h: h.start))
    resolve(inside, chain_counter([subject], 3) if subject is not None else Counter(), zones)
    finish_zone_words(doc.norm, inside, subject, zones)
    found = []
    for h in inside:
        value = _value(h, values) if h.kind == "place" else None
        if value is not None and value.level in _PROJECT_PLACE_LEVELS and (value.adcode or value.level == "zone"):
            found.append((to_original(h.start), to_original(h.end), value))
    return found


def _whole_words(hits: list[Hit], aligned: _TokenBoundaries) -> list[Hit]:
    """A short form inside a name counts only as a whole word there too (铁山 in 锡铁山矿区 is no 铁山区)."""
    check = [h for h in hits if h.kind == "place" and _needs_boundaries(h.key, h.senses)]
    if not check:
        return hits
    aligned.prepare([(h.start, h.end) for h in check])
    rejected = {id(h) for h in check if not aligned(h.start, h.end)}
    return [h for h in hits if id(h) not in rejected]


# --- 1. scan ---------------------------------------------------------------------------------


class _FreeSpans:
    """Which spans no earlier mention overlaps; mentions are non-overlapping, so a bisect answers."""

    def __init__(self, doc: Doc) -> None:
        spans = sorted((m.start, m.end, m.type) for m in doc.mentions)
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]
        self.types = [t for _, _, t in spans]
        self.to_original = doc.normalized.to_original

    def __call__(self, start: int, end: int) -> bool:
        start, end = self.to_original(start), self.to_original(end)
        i = bisect.bisect_right(self.ends, start)
        return i >= len(self.starts) or self.starts[i] >= end

    def holds_a_count(self, start: int, end: int) -> bool:
        """The span overlaps only one count, lying inside it (五家|渠市: no 5 firms in 五家渠市)."""
        start, end = self.to_original(start), self.to_original(end)
        i = bisect.bisect_right(self.ends, start)
        inside = i < len(self.starts) and self.types[i] == "count" and start <= self.starts[i] and self.ends[i] < end
        return inside and (i + 1 >= len(self.starts) or self.starts[i + 1] >= end)


class _TokenBoundaries:
    """Whether a span starts and ends at word boundaries: 新平 in 创新平台, 资兴 in 投资兴业 do not.

    A word that is the place plus a PLACE_TAIL (台湾地区, 延边州, 温州人) still counts as a boundary.
    Small windows around the spans are tokenised (merged where they overlap), without HMM: only
    dictionary words matter here, it is twice as fast, and the result does not depend on whether
    another pass has tokenised the whole document (doc.tokens, with HMM), which would cost more than
    this whole pass.
    """

    WINDOW = 4

    def __init__(self, doc: Doc) -> None:
        self.text = doc.norm
        self.word_end: dict[int, int] = {}
        self.ends: set[int] = set()

    def prepare(self, spans: list[tuple[int, int]]) -> None:
        if not spans:
            return
        from ..tokenize import tokenizer

        cut = tokenizer().tokenize
        for lo, hi in _merged((max(0, s - self.WINDOW), min(len(self.text), e + self.WINDOW)) for s, e in spans):
            self.word_end.update((lo + s, lo + e) for _, s, e in cut(self.text[lo:hi], HMM=False))
        self.ends = set(self.word_end.values())

    def __call__(self, start: int, end: int) -> bool:
        """No word crosses the span's start or end (林园|区 is fine, 创|新平|台 is not)."""
        stop = self.word_end.get(start)
        return stop is not None and (end in self.ends or (stop > end and self.text[end:stop] in PLACE_TAILS))


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _needs_boundaries(key: str, senses: list[Sense]) -> bool:
    """Short surfaces and short forms are where place names hide inside ordinary words (新平 in 创新平台,
    三明 in 三明治); names of provinces and countries (山东, 美国) do not, and are the most frequent."""
    if all(s.place.level in _WHOLE_WORD_LEVELS for s in senses):
        return False
    return len(key) <= 2 or (len(key) == 3 and all(s.form != "name" for s in senses))


_WHOLE_WORD_LEVELS = frozenset({"province", "country", "region"})


def _full_name(key: str, senses: list[Sense]) -> bool:
    return len(key) >= 3 and any(s.form == "name" for s in senses)


def _scan(
    text: str, gaz: gazetteer.Gazetteer, free: _FreeSpans, aligned: _TokenBoundaries
) -> tuple[list[Hit], list[Hit], list[Hit]]:
    hits: list[Hit] = []
    embedded: list[Hit] = []
    embedded_zone_words: list[Hit] = []  # inside other names: the zones projects are named after
    to_check: list[Hit] = []
    quoted = _QuotedNames(text)
    for start, end, key in gaz.find_all(text, _EXTRA_KEYS):
        if key in _BLOCKER_SET:
            hits.append(Hit(start, end, "blocker", key))  # kept only as a name part: 江北水城 + 旅游度假区
            continue
        if key in ANAPHORS:
            if free(start, end) and _is_anaphor(text, start, end) and not quoted.inside(start, end):
                hits.append(Hit(start, end, "anaphor", key, anaphor=True))
            continue
        senses = list(gaz.senses(key))
        if not senses:
            if key in ZONE_SUFFIXES or key in BARE_ZONE_WORDS:
                word = Hit(start, end, "zone_word", key, zone_suffix=key)
                (hits if free(start, end) else embedded_zone_words).append(word)
            continue
        hit = Hit(start, end, "place", key, senses)
        taken = not free(start, end) and not (_full_name(key, senses) and free.holds_a_count(start, end))
        if _no_place_at(text, start, end, key):
            continue
        if taken or _NOT_AFTER_PLACE.match(text, end) or quoted.inside(start, end):
            embedded.append(hit)
        else:
            hits.append(hit)
            if _needs_boundaries(key, senses):
                to_check.append(hit)
    if to_check:
        aligned.prepare([(h.start, h.end) for h in to_check])
        ends = {h.end: h for h in hits if h.kind == "place"}
        rejected = {
            id(h) for h in to_check if not aligned(h.start, h.end) and not _continues_its_parent(ends.get(h.start), h)
        }
        hits = [h for h in hits if id(h) not in rejected]
    return hits, embedded, embedded_zone_words


def _continues_its_parent(before: Hit | None, hit: Hit) -> bool:
    """A place written straight after the place that holds it (吉林长春, 广西南宁) starts where a name ends,
    whatever words the two make together (林长, 西南)."""
    return before is not None and bool(_chained(before, hit))


def _no_place_at(text: str, start: int, end: int, key: str) -> bool:
    """A name the text around it shows as no place: the end of 其中/集中 (其中|国家级), people addressed
    (各位来宾: guests), a slogan of what makes a place thrive (人才兴县: "makes the county thrive")."""
    if key[0] == "中" and start > 0 and text[start - 1] in _ENDS_A_WORD_WITH_ZHONG:
        return True
    if text.endswith(_ADDRESS_WORDS, max(0, start - 3), start):
        return True
    return key[0] in _SLOGAN_VERBS and _SLOGAN.match(text, max(0, start - 2), end) is not None


_ADDRESS_WORDS = ("各位", "尊敬的", "与会", "中外")
_SLOGAN_VERBS = "兴强富"
_SLOGAN = patterns.compile(
    rf"(?:人才|科技|工业|产业|农业|旅游|文化|生态|教育|项目|招商|开放|创新)[{_SLOGAN_VERBS}][县市省区]"
)


class _QuotedNames:
    """The short quoted names of a text (_SHORT_QUOTE), and whether a place lies inside one but is not all of it."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span(1) for m in _SHORT_QUOTE.finditer(text)] if "“" in text or "「" in text else []
        self.starts = [s for s, _ in self.spans]

    def inside(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return False
        q_start, q_end = self.spans[i]
        return end <= q_end and (q_start, q_end) != (start, end)


def _is_anaphor(text: str, start: int, end: int) -> bool:
    first, last = text[start], text[end - 1]
    if start > 0 and text[start - 1] in ANAPHOR_NOT_BEFORE.get(first, ""):
        return False
    return not (end < len(text) and text[end] in ANAPHOR_NOT_AFTER.get(last, ""))


# A place before 籍 or 人 names people from it (安庆籍院士, 孝感人的梦), not the place; 人口, 人才,
# 人民 … are other words.
_DEMONYM = patterns.compile(r"籍|人(?![口才民大社力均工员次事气流])")


def is_demonym(text: str, end: int) -> bool:
    """Whether a place name ending at `end` names people from it (安庆|籍, 孝感|人)."""
    return _DEMONYM.match(text, end) is not None


def no_place_around(text: str, start: int, end: int) -> bool:
    """Whether the words around a gazetteer name at text[start:end] show it is no place, as this pass reads
    them (for names found elsewhere, e.g. by LAC): people addressed (各位|来宾), a slogan (人才|兴县), the end
    of 其中 (其|中国), the head of a name the org pass left (聊城|大学), people from it (安庆|籍), a part of a
    short quoted name (“江海英才”: a brand, a slogan or a programme)."""
    return (
        _no_place_at(text, start, end, text[start:end])
        or _NOT_AFTER_PLACE.match(text, end) is not None
        or is_demonym(text, end)
        or _in_short_quote(text, start, end)
    )


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a short quoted name but is not all of it (“江海英才”), as
    `_QuotedNames.inside` reads it, looking only at the few characters around the span."""
    lo = max(0, start - 11)
    for m in _SHORT_QUOTE.finditer(text, lo, min(len(text), end + 11)):
        if m.start(1) <= start and end <= m.end(1) and (start, end) != m.span(1):
            return True
    return False


# --- 2. compose ------------------------------------------------------------------------------


def _compose(text: str, hits: list[Hit]) -> list[Hit]:
    out: list[Hit] = []
    for hit in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "place" and prev.zone_suffix is None and prev.village is None:
            if hit.kind == "place" and prev.end == hit.start and (chained := _chained(prev, hit)):
                out[-1] = _chain(text, prev, hit, chained)
                _attach_village(text, out[-1])
                continue
            if hit.kind == "zone_word" and hit.key in ZONE_SUFFIXES and _composes(text, prev, hit):
                prev.zone_mid, prev.zone_suffix = text[prev.end : hit.start], hit.key
                prev.end, prev.key = hit.end, text[prev.start : hit.end]
                continue
        out.append(hit)
        if hit.kind == "place":
            _attach_village(text, hit)
    return out


def _chain(text: str, prev: Hit, hit: Hit, senses: list[Sense]) -> Hit:
    """One hit for an address chain; a leading province is not part of a zone's written name."""
    merged = Hit(
        prev.start, hit.end, "place", text[prev.start : hit.end], senses, own_start=prev.own_start, head=prev.head
    )
    if prev.own_start == prev.start and all(s.place.level == "province" for s in prev.senses):
        merged.own_start, merged.head = hit.start, hit.key
    return merged


def _chained(parent: Hit, child: Hit) -> list[Sense]:
    """The child's senses that lie within one of the parent's (山东省 + 聊城市; 北京 + 朝阳区); a
    province-level unit after 中国 is one name with it (中国香港, 中国台湾)."""
    parents = [s.place for s in parent.senses]
    if parents and all(p.level == "country" and p.name == CHINA for p in parents):
        return [Sense(s.place, "name") for s in child.senses if s.place.level == "province"]
    return [
        Sense(s.place, "name") for s in child.senses if any(s.place.is_within(p) and s.place is not p for p in parents)
    ]


def _composes(text: str, place: Hit, suffix: Hit) -> bool:
    """聊城 + 经济技术开发区, 东昌府区 + 凤凰 + 工业园: an administrative place, then a zone suffix."""
    return _zone_mid_ok(text[place.end : suffix.start]) and any(
        s.place.level in gazetteer.ADMIN_LEVELS for s in place.senses
    )


def _zone_mid_ok(mid: str) -> bool:
    if not mid:
        return True
    if not ZONE_NAME_PART.fullmatch(mid) or any(c in ZONE_MID_STOP_CHARS for c in mid):
        return False
    return not any(w in mid for w in ZONE_NAME_STOP)


def _attach_village(text: str, hit: Hit) -> None:
    if not any(s.place.level in ("town", "county") for s in hit.senses):
        return
    m = _VILLAGE_AFTER_PLACE.match(text, hit.end)
    if m and _is_village_name(m.group()[:-1]):
        hit.village = m.group()
        hit.end, hit.key = m.end(), text[hit.start : m.end()]


# --- towns named without their suffix (北滘 for 北滘镇) ------------------------------------------

_TOWN_SUFFIX = patterns.compile(r"(?:镇|乡|街道|苏木)$")
# A town's short name (北滘 for 北滘镇) counts in a report on its county only if it is no ordinary word.
TOWN_SHORT_MAX_FREQ = 100


def _towns_by_short_name(
    text: str, hits: list[Hit], subject: Place | None, free: _FreeSpans, aligned: _TokenBoundaries
) -> list[Hit]:
    """北滘、容桂等镇街 in a 顺德区 report: the towns of the counties the document is about, named without
    their suffix. Only those counties' towns are looked for, so the names are few and mostly unambiguous."""
    counties = {p.ancestor("county") for p in (subject, *(h.place for h in hits if h.kind == "place")) if p is not None}
    counties.discard(None)
    if not counties:
        return []
    from ..tokenize import tokenizer

    freq = tokenizer().FREQ
    towns: dict[str, list[Place]] = {}
    for county in counties:
        for short, places in _town_short_names(county).items():  # type: ignore[arg-type]
            towns.setdefault(short, []).extend(places)
    names = [n for n, places in towns.items() if len(places) == 1 and freq.get(n, 0) < TOWN_SHORT_MAX_FREQ]
    if not names:
        return []
    taken = Ordered(hits)
    found = []
    for start, end in literal_matches(names, text):
        before, after = taken.last_before(end), taken.first_from(start)
        if (
            (before is not None and before.end > start)
            or (after is not None and after.start < end)
            or not free(start, end)
        ):
            continue
        found.append(Hit(start, end, "place", text[start:end], place=towns[text[start:end]][0]))
    aligned.prepare([(h.start, h.end) for h in found])
    return [h for h in found if aligned(h.start, h.end)]


@functools.cache
def _town_short_names(county: Place) -> dict[str, list[Place]]:
    """The towns of a county by their name without 镇/乡/街道/苏木, where that is no other place's name;
    once per county and process (the gazetteer is process-wide)."""
    gaz = gazetteer.get()
    towns: dict[str, list[Place]] = {}
    for town in gaz.towns_of(county):
        short = _TOWN_SUFFIX.sub("", town.name)
        if len(short) >= 2 and short != town.name and not gaz.senses(short) and short not in _EXTRA_KEYS:
            towns.setdefault(short, []).append(town)
    return towns


# --- 6. villages named on their own (在宋杨河村打造…) ----------------------------------------


def _is_village_name(name: str) -> bool:
    """宋杨河 (村), not 乡 (乡村), 农 (农村), 各 (各村) or 的 (东昌府区的村)."""
    return not _VILLAGE_NOT_NAME.search(name) and not any(c in ZONE_MID_STOP_CHARS for c in name)


def _free_villages(text: str, hits: list[Hit], free: _FreeSpans, subject: Place | None) -> list[Hit]:
    if "村" not in text:
        return []
    taken = Ordered(hits)
    towns = Ordered(h for h in hits if (p := _sole_place(h)) is not None and p.level == "town")
    out = []
    for m in _VILLAGE_FREE.finditer(text):
        start, end = m.start(1), m.end()
        if not _is_village_name(m.group(1)) or not free(start, end):
            continue
        before, after = taken.last_before(end), taken.first_from(start)
        if (before is not None and before.end > start) or (after is not None and after.start < end):
            continue
        parent = _village_parent(towns, start, subject)
        name = text[start:end]
        full = (parent.full_name or "") + name if parent is not None else None
        out.append(Hit(start, end, "place", name, place=Place(name, "village", None, parent, full)))
    return out


def _village_parent(towns: Ordered, offset: int, subject: Place | None) -> Place | None:
    """The nearest town the text names (inside an org name too: 李海务街道党工委), else the subject."""
    before, after = towns.last_before(offset), towns.first_from(offset)
    nearest = min((h for h in (before, after) if h is not None), key=lambda h: abs(h.start - offset), default=None)
    if nearest is not None:
        return _sole_place(nearest)
    if subject is not None and subject.level in ("city", "county", "town"):
        return subject
    return None


def _sole_place(hit: Hit) -> Place | None:
    if hit.place is not None:
        return hit.place
    return hit.senses[0].place if len(hit.senses) == 1 else None


# --- values ----------------------------------------------------------------------------------


def _value(hit: Hit, values: dict[tuple[int, bool], PlaceValue]) -> PlaceValue | None:
    """The mention's value; one value object per place and anaphor flag (a report names its subject often)."""
    if hit.place is not None:
        key = (id(hit.place), hit.anaphor)
        if key not in values:
            values[key] = hit.place.value(anaphor=hit.anaphor)
        return values[key]
    if hit.label is not None:
        return PlaceValue(name=hit.label, level=hit.label_level, anaphor=True)  # type: ignore[arg-type]
    if hit.kind == "place" and hit.candidates:
        if hit.zone_suffix is not None or hit.village is not None:  # its parent is unsettled; the name stands
            return PlaceValue(name=hit.village or hit.key, level="village" if hit.village else "zone")
        return _unresolved_value(hit)
    return None


def _unresolved_value(hit: Hit) -> PlaceValue:
    """A name several units share and the document does not settle: name and level, adcode null, candidates."""
    first = hit.candidates[0]
    levels = {c.level for c in hit.candidates}
    name = first.name if len({c.name for c in hit.candidates}) == 1 else hit.key
    candidates = hit.candidates if len(hit.candidates) <= MAX_CANDIDATES else []
    return PlaceValue(
        name=name,
        level=first.level if len(levels) == 1 else "other",  # type: ignore[arg-type]
        adcode=None,
        full_name=None,
        anaphor=False,
        candidates=[c.candidate() for c in candidates],
    )
