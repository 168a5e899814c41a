"""The currency a bare 元 means in a document: CNY, or TWD / HKD / MOP in Taiwan, Hong Kong or Macau text.

Only a traditional-character text can be local text; its place words decide which, against the mainland's
government words (contract §6, "A bare 元 is TWD / HKD / MOP only in …").
"""

from __future__ import annotations

import functools

import regex

from .. import gazetteer, patterns
from ..doc import Doc

# Most hits wins; a tie stays local. Mainland reports about Taiwan firms stay CNY.
# Mainland government words, and the mainland's investment statistics and the bodies that publish them.
# (session 35) 全省, 我省, 省外(资金): a province speaking of itself, which none of the three others does.
# (session 33) 自治区 too: the mainland's autonomous regions (自治区工业和信息化厅), a word the three others never use of
# themselves (a 廣西 report mirrored in traditional characters naming 香港 once stays CNY).
MAINLAND_WORDS = (
    "市委", "县委", "区委", "省委", "人民政府", "管委会", "招商引资", "经开区", "高新区",
    "到位资金", "国内招商", "合作交流办", "商务厅", "商务局", "发改委", "自治区",
    "全省", "我省", "省外",
)  # fmt: skip
# Taiwan's currency, its cities and counties (嘉義中埔鄉, 彰化縣), its legislature and legislators (立委), and its
# ministry of economic affairs and investment commission (經濟部投審會), bodies the mainland does not have.
TAIWAN_WORDS = (
    "新台币", "台币", "台湾", "台北", "新北", "桃园", "台中", "台南", "高雄", "新竹", "行政院", "立法院",
    "嘉义", "彰化", "云林", "南投", "苗栗", "屏东", "宜兰", "花莲", "台东", "澎湖", "基隆", "立委",
    "经济部", "投审会",
)  # fmt: skip
LOCAL_CURRENCY_SIGNALS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("TWD", TAIWAN_WORDS),
    ("HKD", ("港元", "港币", "香港", "港府", "特区政府", "立法会", "九龙", "新界", "本港", "投资推广署")),
    ("MOP", ("澳门元", "澳门币", "澳门", "葡币")),
    # Mainland government words: a Hong Kong outlet reporting a mainland city's signing means CNY.
    ("CNY", MAINLAND_WORDS),
)
# A local word naming an outlet (香港商报网讯, 来源：香港商报) says where the page was published, not where its
# money is: a Hong Kong paper reporting a mainland province's trade (江西省外贸进出口1695.9亿元) means CNY.
OUTLET_AFTER = ("商报", "文汇报", "大公报", "日报", "晚报", "时报", "新闻网", "网")
# Nor does one naming where investors come from (香港企业在苏州投资, 台湾客商, 澳门同胞): a mainland report's words.
INVESTORS_AFTER = ("企业", "公司", "客商", "商人", "商会", "投资者", "同胞", "资本")
_OUTLET_NAME_RE = patterns.compile(
    "(?:"
    + "|".join(w for _, words in LOCAL_CURRENCY_SIGNALS[:3] for w in words)
    + ")"
    + "(?="
    + "|".join((*OUTLET_AFTER, *INVESTORS_AFTER))
    + ")"
)
# The mainland's way of naming them (投资来源地…中国香港、马来西亚): a mainland signal, not a local one.
MAINLAND_NAMING = {"TWD": "中国台湾", "HKD": "中国香港", "MOP": "中国澳门"}
# A dateline filed from a mainland city (央广网天津2月22日消息, 新华社南京3月1日电, 香港文汇报北京…电) says where the
# report is from: its bare 元 is CNY whatever local words it holds (firms' names: 香港泉康、香港安必信), as on mainland
# pages mirrored in traditional characters. Taiwan, Hong Kong and Macau datelines (中央社台北…电) say nothing.
_DATELINE_RE = patterns.compile(r"(\p{Han}{2,12})\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯|消息)")


@functools.cache
def _mainland_cities_re() -> regex.Pattern[str]:
    """(session 39) The mainland's prefecture-level cities by their short names (荆州, 新乡, 崇左 …, from the gazetteer): a
    mainland page mirrored in traditional characters tells of its own city over and over (荆州招商引资实际到位资金…), which a
    local page does only when it reports a mainland deal. Each naming counts for CNY, as a province's does."""
    gaz = gazetteer.get()
    names = {
        p.short or p.name
        for p in gaz.places
        if p.level == "city" and p.adcode and not p.adcode.startswith(gazetteer.TERRITORY_ADCODE_PREFIXES)
    }
    return patterns.compile("|".join(sorted((n for n in names if len(n) >= 2), key=len, reverse=True)))


def local_currency(doc: Doc) -> str:
    """The currency a bare 元 means in this document (see LOCAL_CURRENCY_SIGNALS)."""
    cached = doc.info.get("local_currency")
    if cached:
        return str(cached)
    code = "CNY"
    if doc.traditional and not _mainland_datelines(doc.norm):
        hits = {c: sum(doc.norm.count(w) for w in words) for c, words in LOCAL_CURRENCY_SIGNALS}
        # (session 35) a mainland page in traditional characters tells of its own province (贵州省与48家央企签约…), which
        # the three others' pages seldom name as often as their own places: each naming counts for CNY
        hits["CNY"] += sum(doc.norm.count(w) for w in gazetteer.mainland_provinces())
        hits["CNY"] += sum(1 for _ in _mainland_cities_re().finditer(doc.norm))
        for outlet in _OUTLET_NAME_RE.finditer(doc.norm):
            currency = next(c for c, words in LOCAL_CURRENCY_SIGNALS if outlet.group() in words)
            hits[currency] -= 1
        for currency, naming in MAINLAND_NAMING.items():
            mainland = doc.norm.count(naming)
            hits[currency] -= mainland
            hits["CNY"] += mainland
        local = {c: n for c, n in hits.items() if c != "CNY"}
        best = max(local, key=lambda c: local[c])
        if local[best] > 0 and local[best] >= hits["CNY"]:
            code = best
    doc.info["local_currency"] = code
    return code


def _mainland_datelines(norm: str) -> bool:
    return any(_files_from_mainland(m.group(1)) for m in _DATELINE_RE.finditer(norm))


def _files_from_mainland(run: str) -> bool:
    """Whether a dateline's words end with a mainland province or city (央广网|天津, 新华社|南京)."""
    gaz = gazetteer.get()
    for length in (4, 3, 2):
        places = gaz.lookup(run[-length:]) if len(run) >= length else []
        if places and all(p.level in ("province", "city") for p in places):
            return all(
                p.adcode is not None and not p.adcode.startswith(gazetteer.TERRITORY_ADCODE_PREFIXES) for p in places
            )
    return False


# "（人民币，下同）", "(新台币，下同)", "（单位：港元，下同）": from here on a bare 元 is that currency.
_GLOSS_CODES = {
    "人民币": "CNY",
    "港币": "HKD",
    "港元": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "澳门元": "MOP",
    "澳门币": "MOP",
}
_SAME_BELOW_RE = patterns.compile(
    r"[（(](?:单位[:：]?)?(" + "|".join(_GLOSS_CODES) + r")(?:元)?[，,、]?\s*(?:以)?下同[）)]"
)


def currency_glosses(norm: str) -> list[tuple[int, str]]:
    """Where a "下同" gloss names the currency of the amounts from there on, in text order."""
    return [(m.start(), _GLOSS_CODES[m.group(1)]) for m in _SAME_BELOW_RE.finditer(norm)]


def local_at(glosses: list[tuple[int, str]], end: int, local: str) -> str:
    """The currency of a bare 元 whose amount ends at `end`: the latest gloss at or right after it, else `local`."""
    code = local
    for start, gloss in glosses:
        if start > end + 1:
            break
        code = gloss
    return code
