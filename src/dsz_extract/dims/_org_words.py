"""The words the organisation rules share: the suffix table and what makes a name generic or a place.

dims/org.py (its suffix, list and short-name rules) and dims/_org_coordinated.py (names joined to an
organisation, a firm named after its class) both read these, so neither imports the other:
org -> _org_coordinated -> here.

- data/lexicon/org_suffixes.tsv: suffix -> kind (KIND), its flags (FLAGS: bare, dept, registered …),
  and what may not stand before it (NOT_BEFORE); SUFFIX / SUFFIXES match them, `suffix_of` gives the
  longest one a name ends with;
- `is_generic`: a stem made only of generic words (该公司, 本地企业, 科技公司) names no organisation;
- `leading_place`: the province-level names a full firm name may start with;
- ANAPHORIC_PLACE (全市, 该区 …) and PLACE_END (…市, …港), which are places, not names.
"""

from __future__ import annotations

import functools

import regex

from .. import gazetteer, patterns
from . import _names
from ._names import alternation, table

_SUFFIX_ROWS = table("org_suffixes.tsv")
KIND: dict[str, str] = {row[0]: row[1] for row in _SUFFIX_ROWS}
FLAGS: dict[str, frozenset[str]] = {
    row[0]: frozenset(f for f in (row[2] if len(row) > 2 else "").split(",") if f) for row in _SUFFIX_ROWS
}
NOT_BEFORE: dict[str, regex.Pattern[str] | None] = {
    row[0]: patterns.compile(row[3]) if len(row) > 3 and row[3] else None for row in _SUFFIX_ROWS
}
SUFFIX = patterns.compile(alternation(KIND))
SUFFIXES = _names.Literals(KIND)
SUFFIX_LENGTHS = sorted({len(s) for s in KIND}, reverse=True)
MIN_STEM = 2

ANAPHORIC_PLACE = patterns.compile(r"(?:全|我|该|本|各|外|跨)(?:省|市|县|区|镇|乡)")
PLACE_END = patterns.compile(r"[\p{Han}]+(?:省|市|县|区|州|镇|乡|村|街道|港|岛|湾)")
# A firm named only by its trade is generic (科技公司, 新能源公司); an institute may be (文旅研究院).
_GENERIC_FIRM = _names.made_of("org_generic.txt", "sector_words.txt")
_GENERIC_BODY = _names.made_of("org_generic.txt")


# Province-level names stripped from a full firm name to find the short name it goes by.
@functools.cache
def leading_place() -> regex.Pattern[str]:
    provinces = (*(p.short or p.name for p in gazetteer.get().places if p.level == "province"), "中国")
    return patterns.compile(rf"(?:{alternation(provinces)})(?:省|市|自治区)?")


# A kind of firm told by its trade and a descriptor (投资性公司, 科技型企业, 物流类公司) names a class too.
_DESCRIPTORS = ("性", "型", "类")


# 香港企业|集团, 内地企业|集团: statistics' class of business groups from a place, no body.
_CLASS_OF_GROUPS = ("企业", "公司")
_CLASS_QUANTIFIERS = ("不少", "众多", "部分", "一些", "多家", "大型", "主要")
_CLASS_PLACES = ("内地", "本地", "本港", "外地", "海外", "境外", "外资", "内资")


def class_of_groups(stem: str, suffix: str) -> bool:
    """Whether stem|suffix is a class of business groups by where they are from (香港企业集团)."""
    if suffix != "集团" or not stem.endswith(_CLASS_OF_GROUPS):
        return False
    place = stem[:-2]
    for word in _CLASS_QUANTIFIERS:
        place = place.removeprefix(word)
    return place in _CLASS_PLACES or leading_place().fullmatch(place) is not None


def is_generic(stem: str, kind: str = "company") -> bool:
    pattern = _GENERIC_FIRM if kind in ("company", "group", "bank", "fund") else _GENERIC_BODY
    if len(stem) > 2 and stem.endswith(_DESCRIPTORS):
        stem = stem[:-1]
    return bool(pattern.fullmatch(stem))


# A centre, a lab or an alliance named only by its reach and what it does (国际科技创新中心, 区域性物流中心,
# 国家重点实验室, 长三角创新型创投金融副中心, 五大中心): a function a place builds or aims at, no body. A place
# or a body before the words names one (上海国际能源交易中心, 跨国公司研究中心).
_FUNCTION_SUFFIX_ENDS = ("中心", "实验室", "联盟")
_REACH = patterns.compile(
    r"(?:国家|国际|全国|全球|世界|区域|[一二三四五六七八九十两几]+大(?=\p{Han}))|[一二三四五六七八九十两几]+大$"
)
_FUNCTION_STEM = _names.made_of("org_generic.txt", "sector_words.txt", "org_function_words.txt")


def names_a_function(stem: str, suffix: str) -> bool:
    """Whether a 中心 / 实验室 / 联盟 stem holds only a reach (国家, 国际, 区域, a region such as 长三角, a count
    such as 五大) and generic, trade or function words."""
    if not suffix.endswith(_FUNCTION_SUFFIX_ENDS):
        return False
    m = _REACH.match(stem)
    if m is not None and m.group().endswith("大") and not suffix.endswith("中心"):
        return False  # 十大产业人才创新创业联盟: an alliance of ten trades is one body
    rest = stem[m.end() :] if m else _past_region(_past_bare_province(stem))
    if rest == stem:
        return False  # no reach: a firm's or a body's own words (跨国公司研究中心 of a research centre)
    return not rest or bool(_FUNCTION_STEM.fullmatch(rest))


def _past_bare_province(stem: str) -> str:
    """The stem after a province written without its suffix (四川|科技创新中心 is what the province aims at;
    四川省… is named with its full place and judged as written)."""
    m = leading_place().match(stem)
    if m is None or m.group().endswith(("省", "市", "自治区")) or m.end() == len(stem):
        return stem
    return stem[m.end() :]


def _past_region(stem: str) -> str:
    """The stem after a region it opens with (长三角|创新型…), or the stem itself."""
    gaz = gazetteer.get()
    for n in (5, 4, 3, 2):
        if len(stem) > n and any(s.place.level == "region" for s in gaz.senses(stem[:n])):
            return stem[n:]
    return stem


def suffix_of(name: str) -> str | None:
    """The longest suffix a name ends with."""
    for n in SUFFIX_LENGTHS:
        if name[-n:] in KIND:
            return name[-n:]
    return None


# A pronoun is no organisation's name, nor part of one (这次我们与…签约, 与大家共创…).
PRONOUN = patterns.compile(r"我们|你们|他们|她们|咱们|大家|彼此")
