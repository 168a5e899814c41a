"""Places the gazetteer scan cannot see, for the place pass: one-character abbreviations and a
prefecture's bare 地区.

1. A province's character after a verb of coming or staying and before one of investing or working
   (来琼投资, 在晋服务, 赴沪考察, 留青发展, 回台投资), from data/lexicon/place_abbreviations.tsv and
   place_abbreviation_verbs.txt. The subject city's own
   character is that city (在庆就业 in a 大庆 report, 来青参会 in a 青岛 one); the conventional characters of
   a few cities are those cities (在穗投资 → 广州市, 来榕创业 → 福州市; place_city_abbreviations.tsv).
2. Countries' characters listed with 、 (英、法、德、意等欧盟15国): every item one character of the list.
4. A bare compass region of China (西部, 中部, 西北, 华北 …) ranked in or told as a source (增速居西部12省区市第2位,
   雄踞西部榜首, 来自西部的资金, 作为西部“投资洼地”, 与华北、西南地区): the region as written; not a part of a place by
   its direction (昆明东部), a strategy (西部大开发) or a list of directions (中部、南部三个科学园区).
5. Hong Kong statistics' bare 内地 as a source or subject of its own (内地及英属维尔京群岛是…), after a preposition or
   verb of place (来自内地, 对内地的投资), and 大陆 (对大陆投资): China; not a modifier (322间内地和海外企业).
3. Bare 地区 standing for the prefecture a report is about, where the report shows it is one
   (吐鲁番地委, 行署, 全地区): 今年地区经济发展形势…, 听取地区相关部门…; not 各地区, 亚太地区,
   地区生产总值.
"""

from __future__ import annotations

from typing import Any

from .. import gazetteer, patterns
from ..doc import Doc
from ..gazetteer import Place
from ..models import PlaceValue
from . import _names
from ._names import table

_ROWS = table("place_abbreviations.tsv")
_PROVINCES = {row[0]: row[1] for row in _ROWS if row[2] == "province"}
_COUNTRIES = {row[0]: row[1] for row in _ROWS if row[2] == "country"}
_CITIES = {row[0]: row[1] for row in table("place_city_abbreviations.tsv")}

# 来琼投资 / 赴沪考察 / 在晋服务 / 留青发展 / 回台投资 / 入桂发展: the verb before must stand on its own (not 现在,
# 存在, 以来, 所在, 保留, 停留, 返回, 来回; 收入, 投入, 加入, 进入); the words after it are a list
# (place_abbreviation_verbs.txt).
_COMING = patterns.compile(
    r"(?:(?<![现存所实正自外内好以本原保停逗挽返来收])(?:来|赴|在|到|留|回)|(?<![收投加纳引计列录融深进])入)(?P<char>\p{Han})"
    rf"(?={_names.alternation(_names.words('place_abbreviation_verbs.txt'))})"
)
# 赴港; / 驻粤招商 / 赴沪招商: a verb of going or being stationed names its province's character whatever follows,
# short of a word the character starts (港口, 港股, 台阶); 来港的 / 到港, / 留港比率 / 回台再添: a verb of coming
# or staying names Hong Kong's, Macao's or Taiwan's character before a stop, 的, the people or their share.
_GOING = patterns.compile(
    r"(?:(?<![奔远飞前])(?:赴)|(?<![进常派进])(?:驻|駐))(?P<char>\p{Han})(?![口股区务市湾岸台阶上下])"
)
_BARE_COMING = patterns.compile(
    r"(?<![现存所实正自外内好以本原保停逗挽返来收往])(?:来|到|留|回|返)(?P<char>[港澳台])"
    r"(?=[^\p{Han}]|的|人|比率|率|再|打拼|(?<=[回返来留].)后)"
)
_CHARACTER_LIST = patterns.compile(
    r"(?:(?<!\p{Han})|(?<=[与和同及对向在从赴]))\p{Han}(?:、\p{Han})+(?=等|两国|三国|四国|五国|[^\p{Han}]|$)"
)
# Hong Kong statistics' bare 内地 standing as a source or a subject of its own (内地及英属维尔京群岛是…,
# 内地今年首4个月…, 中国内地(内地)): China; not as a modifier (内地企业, 内地人才).
# (session 32) So is 内地 after a preposition or verb of place (来自内地, 到内地进行贸易, 对内地的投资, 在内地及海外, 毗邻内地)
# and 大陆 of Taiwanese and Hong Kong reports (对大陆投资, 赴大陆, 大陆近年来…); not a continent (欧亚大陆, 新大陆) nor
# the shelf or climate (大陆架, 大陆性).
_MAINLAND = patterns.compile(
    r"(?:(?<!\p{Han})|(?<=[及和与、]))内地(?=[及和与、)）]|今年|是|在|继续)"
    r"|(?<=来自|毗邻|[到在对向赴于与同往是])内地"
    r"|(?<![欧亚美非澳洲新南北旧古整])大陆(?![架性法])"
)
PREFECTURE_WORDS = ("地委", "行署", "全地区")
_PREFECTURE_SIGNS = patterns.compile(r"(?P<name>\p{Han}{2,4}?)?(?:地委|行署)|全地区")
_BARE_PREFECTURE = patterns.compile(r"地区(?!生产总值|性|间|差|差异|分布|级)")


def find(doc: Doc, subject: Place | None, held: Any) -> list[tuple[int, int, PlaceValue]]:
    """(start, end, value) of the places of rules 1-3 that `held(start, end)` does not reject."""
    found = (
        _by_coming(doc, subject)
        + _country_lists(doc.norm)
        + _prefecture_anaphors(doc, subject)
        + _compass_regions(doc.norm)
        + _mainland(doc.norm)
    )
    return sorted(f for f in found if not held(f[0], f[1]))


def _comings(doc: Doc) -> list[Any]:
    """The matches of rule 1 in the document, found once: the subject place reads them before this pass does."""
    found = doc.info.get("_place_short.comings")
    if found is None:
        found = doc.info["_place_short.comings"] = sorted(
            [*_COMING.finditer(doc.norm), *_GOING.finditer(doc.norm), *_BARE_COMING.finditer(doc.norm)],
            key=lambda m: m.start(),
        )
    return found


def provinces_come_to(doc: Doc) -> list[tuple[int, Place]]:
    """(position, province) of the one-character provinces investment or people come to or stay in (来琼投资,
    在津投资): what the report is about, for the subject place; not those gone to (赴沪考察)."""
    out = []
    for m in _comings(doc):
        char = m.group("char")
        if (
            m.re is _COMING
            and doc.norm[m.start()] in "来在"
            and char in _PROVINCES
            and (place := _place(_PROVINCES[char], "province"))
        ):
            out.append((m.start("char"), place))
    return out


def _place(name: str, level: str) -> Place | None:
    return next((p for p in gazetteer.get().lookup(name) if p.level == level), None)


def _subject_city(subject: Place | None) -> Place | None:
    if subject is None:
        return None
    return subject if subject.level == "city" else subject.ancestor("city")


def _by_coming(doc: Doc, subject: Place | None) -> list[tuple[int, int, PlaceValue]]:
    city = _subject_city(subject)
    out = []
    seen: set[int] = set()
    for m in _comings(doc):
        char = m.group("char")
        if m.start("char") in seen:
            continue  # 赴沪考察: read by both the verb of going and the verb-after rule
        seen.add(m.start("char"))
        if city is not None and char in city.stem:
            place: Place | None = city
        elif char in _PROVINCES:
            place = _place(_PROVINCES[char], "province")
        else:
            place = _place(_CITIES[char], "city") if char in _CITIES else None
        if place is not None:
            out.append((m.start("char"), m.end("char"), place.value()))
    return out


def _country_lists(text: str) -> list[tuple[int, int, PlaceValue]]:
    out = []
    for m in _CHARACTER_LIST.finditer(text):
        chars = m.group().split("、")
        if not all(c in _COUNTRIES for c in chars):
            continue
        for k, char in enumerate(chars):
            place = _place(_COUNTRIES[char], "country")
            if place is not None:
                start = m.start() + 2 * k
                out.append((start, start + 1, place.value()))
    return out


def _prefecture_anaphors(doc: Doc, subject: Place | None) -> list[tuple[int, int, PlaceValue]]:
    text = doc.norm
    if not any(word in text for word in PREFECTURE_WORDS):
        return []  # most reports name no prefecture's committee: skip the scan
    sign = _PREFECTURE_SIGNS.search(text)
    if sign is None:
        return []
    city = _subject_city(subject) or _named_prefecture(sign.group("name"))
    if city is None:
        return []
    bounds = _names.boundaries(doc)
    return [
        (m.start(), m.end(), city.value(anaphor=True))
        for m in _BARE_PREFECTURE.finditer(text)
        if bounds.clear_left(m.start()) and text[m.start() - 1 : m.start()] != "全"
    ]


_COMPASS_REGION = patterns.compile(
    r"(?<=居|位居|雄踞|位列|来自|作为|、|与)(?P<name>西部|中部|东部|西北|东北|西南|华北|华东|华南|华中)"
    r"(?=[0-9一二三四五六七八九十]{1,2}个?省|第|榜首|前列|首位|“|的(?:资金|企业|投资)"
    r"|、(?:西部|中部|东部|西北|东北|西南|华北|华东|华南|华中)地区)"
)


def _compass_regions(text: str) -> list[tuple[int, int, PlaceValue]]:
    return [
        (m.start("name"), m.end("name"), PlaceValue(name=m.group("name"), level="region"))
        for m in _COMPASS_REGION.finditer(text)
    ]


def _mainland(text: str) -> list[tuple[int, int, PlaceValue]]:
    if "内地" not in text and "大陆" not in text:
        return []
    china = _place("中国", "country")
    if china is None:
        return []
    return [(m.start(), m.end(), china.value()) for m in _MAINLAND.finditer(text)]


def _named_prefecture(name: str | None) -> Place | None:
    """The city a prefecture's committee is named after (哈密|地委 → 哈密市)."""
    if not name:
        return None
    for k in range(len(name)):
        found = [p for p in gazetteer.get().lookup(name[k:]) if p.level == "city"]
        if len(found) == 1:
            return found[0]
    return None
