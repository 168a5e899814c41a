"""Names that begin with a numeral and a measure word, which the count pass must not read as counts.

陆家嘴 is no count '陆家' (陆 is the financial 6): a place, firm or village whose name starts with
a numeral character and a measure word (陆家嘴, 五家渠, 三家村, 六个核桃) holds no number. The pass
asks, per candidate, whether a known name starts at the numeral and runs past the measure word:
a few set lookups of the text right after the candidate (never a scan of the whole text).

Known names: the gazetteer's surfaces and org_known.tsv's short names that start with a numeral
character, plus data/lexicon/numeral_names.txt; and a village-type suffix right after 家
(三家村, 九家湾, 陆家桥: places named after families).
"""

from __future__ import annotations

import functools

from .. import gazetteer
from .. import numerals as nm
from ._names import words

# Chinese numeral characters a name may start with (not Arabic digits: 3家店 counts shops).
_NUMERAL_START = frozenset(nm.CN_DIGITS + nm.SMALL_UNITS + nm.BIG_UNITS)
# After 家, a character that ends the name of a place called after families (三家村, 陆家嘴, 九家湾).
FAMILY_PLACE_SUFFIXES = "村嘴湾桥庄屯寨堡坝岗沟洼浜营巷埠坳塆垭堰"
# A name is no name when its last character starts a word with the next one: 五家乡 in 五家乡镇企业
# (five township firms), 五户乡 in 帮扶五户乡亲, 五家子 in 五家子公司, 三家店 in 三家店铺.
_WORD_GOES_ON = {"乡": "镇村亲里贤土", "镇": "村区级属办", "子": "公企", "店": "铺面"}


@functools.cache
def _names() -> tuple[frozenset[str], int]:
    """The known names that start with a numeral character, and the longest one's length."""
    candidates = [
        *gazetteer.get().surfaces(),
        *words("org_known.tsv"),
        *words("numeral_names.txt"),
    ]
    names = frozenset(n for n in candidates if len(n) >= 2 and n[0] in _NUMERAL_START)
    return names, max(map(len, names), default=0)


def name_runs_past(text: str, start: int, end: int) -> bool:
    """Whether a known name starting at `start` runs past `end` (陆家嘴 over the candidate 陆家)."""
    if text[start : start + 1] not in _NUMERAL_START:
        return False
    if text[end - 1 : end] == "家" and text[end : end + 1] in FAMILY_PLACE_SUFFIXES:
        return True
    names, longest = _names()
    last = min(len(text), start + longest)
    return any(text[start:stop] in names and not _word_goes_on(text, stop) for stop in range(end + 1, last + 1))


def _word_goes_on(text: str, stop: int) -> bool:
    following = _WORD_GOES_ON.get(text[stop - 1])
    return following is not None and text[stop : stop + 1] in following
