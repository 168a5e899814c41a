"""Build src/dsz_extract/data/places.tsv.gz, the Chinese place gazetteer, from the admin-division data.

Inputs (see their README.md): NBS 2023 statistical division codes (4 levels: province, prefecture,
county, town/street, plus the NBS-only development-zone codes xx7x) and the official MCA GB/T 2260
lists with their history since 1981 (renamed and withdrawn units).

    python scripts/build_gazetteer.py [--source /work/shared/data/admin-divisions] [--out src/dsz_extract/data/places.tsv.gz]

One row per unit: code (the adcode, or a pseudo code TW.. / HK.. / MO.. for units GB/T 2260 does not code,
whose adcode is null), name, level, parent code, how the name itself may be matched (empty: always;
"weak": only with context, for 2-character names such as 和县 and 新县 whose first character is usually a
word of its own; "no": never, for generic names such as 城区 and 郊区), and three comma-separated lists of
other surfaces the unit is written as:
- short: safe short forms (聊城 -> 聊城市, 内蒙古 -> 内蒙古自治区, 延边 -> 延边朝鲜族自治州, 东昌府 -> 东昌府区);
- weak: short forms that are also ordinary words (2-character short forms jieba knows as frequent
  ordinary words: 平房, 丰满, 公安); the place pass accepts them only when the document mentions the
  unit's city or province;
- old: former names (襄樊市, 襄樊 -> 襄阳市; 崇文区 -> 东城区; 垦利县 -> 垦利区).
Which short forms are safe is decided from data, not by hand: a short form is dropped when it equals a
surface of a higher-level unit (东营区 does not get 东营), and a 2-character short form of a county is
kept only when jieba's dictionary does not know it as a frequent ordinary word (合作, 和平, 东方, 开发 …).
The remaining hand decisions are the small DENY/ALLOW lists below.

Regions (长三角 …) and foreign countries are hand-written lists in the same data folder
(regions.tsv, countries.tsv); the place pass reads all three through dsz_extract.gazetteer.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = Path("/work/shared/data/admin-divisions")
DEFAULT_OUT = ROOT / "src" / "dsz_extract" / "data" / "places.tsv.gz"

# Ethnic-group names as they appear in autonomous prefectures and counties (延边朝鲜族自治州 -> 延边).
ETHNIC = (
    "朝鲜|土家|苗|侗|布依|哈尼|彝|壮|傣|白|傈僳|藏|羌|回|蒙古|哈萨克|柯尔克孜|景颇|维吾尔|黎|畲|瑶|满|达斡尔|"
    "鄂温克|鄂伦春|土|撒拉|东乡|保安|裕固|仫佬|毛南|仡佬|水|纳西|拉祜|佤|普米|独龙|怒|基诺|阿昌|德昂|布朗|锡伯|"
    "塔吉克|各"
)
_AUTONOMOUS = re.compile(rf"(?:(?:{ETHNIC})族?)+自治(?:州|县|旗|区)$")
_PROVINCE_SUFFIX = re.compile(r"(?:省|市|特别行政区|(?:(?:" + ETHNIC + r")族?)*自治区)$")
_CITY_SUFFIX = re.compile(r"(?:市|地区|盟)$")
_COUNTY_SUFFIX = re.compile(r"(?:新区|林区|特区|行政委员会|区|县|市|旗)$")
# NBS county-level rows with xx7x codes and similar: development zones, not administrative units.
_ZONE_NAME = re.compile(
    r"(?:开发区|园区|新区|示范区|管理区|实验区|聚集区|新城|风景名胜区|食品区|管委会|工业区|保税区|保税港区|度假区|科技城|产业园)$"
)
_ZONE_SHORTABLE = re.compile(r"(?:经济技术开发区|经济开发区)$")
_TOWN_NAME = re.compile(r"(?:镇|乡|街道|苏木)$")
# Generic unit names that exist in many cities and are ordinary words on their own.
GENERIC_NAMES = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "市区", "新区", "开发区"})

# 2-character county short forms, judged by jieba's dictionary (word frequency, part-of-speech tag):
# as frequent as DROP_FREQ: an ordinary word (合作, 开发, 和平), dropped; as frequent as WEAK_FREQ, or
# tagged as an ordinary word class and as frequent as ORDINARY_WEAK_FREQ: weak; else a safe short form.
# jieba's tags are noisy (昌平 is "nr", 常熟 "a"), hence the small hand lists after.
DROP_FREQ = 3000
WEAK_FREQ = 1000
ORDINARY_WEAK_FREQ = 100
ORDINARY_TAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "m", "q", "t", "f", "s", "c", "p", "r", "u", "l", "i"})
# Tagged as a place name (天门, 江陵, 武昌): however frequent, the word is that place; weak, as frequent.
PLACE_TAG = "ns"
# Tagged as a person's or another proper name (建华 in 沈建华, 友谊, 凤凰) and this frequent: weak too.
NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz"})
NAME_WEAK_FREQ = 150
DENY_SHORT = frozenset(
    {
        "阿里",  # 阿里地区: in business news 阿里 is Alibaba
        "白银",  # 白银市: the metal in market news (白银市 itself is still matched)
        "东方",  # 东方市
        "和平",  # 和平区
        "永和",  # 永和县
        "合作",  # 合作市
        "新城",  # 新城区
        "滨海",  # 滨海新区, 滨海县: "coastal"
        "江北",  # 江北区 (重庆, 宁波); 江北水城 is 聊城's nickname
        "水城",  # 水城区; 江北水城
        "高新",
        "新华",
        "城中",
        "城东",
        "城西",
        "城北",
        "城南",
        "市中",
        "河东",
        "河西",
        "南开",  # 南开区: 南开大学
        "长安",  # 长安区: 长安汽车, 长安街
        "中原",  # 中原区: 中原地区
        "红旗",
        "胜利",
        "向阳",
        "前进",
        "建设",
        "铁西",
        "铁东",
        "桥西",
        "桥东",
        "路南",
        "路北",
        "站前",
        "爱民",
        "回民",
        "海港",
        "新民",
    }
)
# Short forms jieba does not flag but that are everyday words too; accepted only with context.
WEAK_SHORT = frozenset(
    {
        "南山", "东山", "西山", "金山", "青山", "宝山", "龙城", "鼓楼", "普陀", "白云", "龙华", "大厂", "威信",
        "温泉", "高明", "白玉", "七星", "宝塔", "太和", "建安", "梁山", "黄龙", "东海", "安宁", "天桥", "牡丹",
        "长寿", "路桥", "太湖", "沿河", "东至", "故城", "大城", "上街", "江海", "大关", "山城", "东坡", "双湖",
        "花山", "天山", "泰山", "庐山", "西湖", "天河", "龙门", "江城", "九龙", "石林", "金平", "华容", "元宝",
        "方正", "木兰", "延寿", "阳明", "友好", "惠民", "同仁", "兴业", "富民", "安居",
    }
)  # fmt: skip
ALLOW_SHORT = frozenset(
    {
        "浦东",
        "昆山",
        "义乌",
        "晋江",
        "江阴",
        "慈溪",
        "寿光",
        "垦利",
        "常熟",
        "平遥",
        "龙口",
        "顺德",
        "番禺",
        "昌平",
        "石狮",
        "麻城",
        "钟祥",
    }
)
# Characters that, as the first of a 2-character full name (和县, 新县), are more often a separate word.
FUNCTION_CHAR_FREQ = 20000


@dataclass
class Unit:
    adcode: str
    name: str
    level: str
    parent: str = ""
    name_match: str = ""
    short: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    old: set[str] = field(default_factory=set)
    nicknames: set[str] = field(default_factory=set)  # short forms listed after the others: not the main one


def read_jieba_dict() -> dict[str, tuple[int, str]]:
    path = Path(jieba.__file__).with_name("dict.txt")
    words: dict[str, tuple[int, str]] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def read_mca(path: Path) -> dict[str, str]:
    codes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            code, name = line.split()
            codes[code] = name
    return codes


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def strip_suffix(name: str, pattern: re.Pattern[str]) -> str:
    # from the third character: 陵水黎族自治县 is 陵水 + 黎族, not 陵 + 水族 + 黎族 (水 is an ethnic group too)
    autonomous = _AUTONOMOUS.search(name, 2) or _AUTONOMOUS.search(name)
    if autonomous and autonomous.start() >= 2:
        return name[: autonomous.start()]
    if autonomous:  # 内蒙古自治区, 西藏自治区: the "ethnic" part is the name itself
        # a county named after its people (东乡族自治县, 鄂温克族自治旗) is written without 族: 东乡县, 东乡
        return re.sub(r"族?自治(?:州|县|旗)$|自治区$", "", name)
    return pattern.sub("", name)


def build_units(source: Path) -> dict[str, Unit]:
    mca = read_mca(source / "gbt2260-mca-yescallop" / "2024.txt")
    units: dict[str, Unit] = {}
    for code, name in mca.items():
        if code.endswith("0000"):
            units[code] = Unit(code, name, "province")
        elif code.endswith("00"):
            units[code] = Unit(code, name, "city", parent=code[:2] + "0000")
    for code, name in mca.items():
        if not code.endswith("00"):
            parent = code[:4] + "00" if code[:4] + "00" in units else code[:2] + "0000"
            units[code] = Unit(code, name, "county", parent=parent)
    nbs = source / "nbs-2023-modood"
    for row in read_csv(nbs / "areas.csv"):
        code, name = row["code"], row["name"]
        if code in units or code[:4] + "00" == code or row["cityCode"] + "00" == code:
            continue
        if code in {"441900", "442000", "460400", "620201"} or name.endswith("群岛"):
            continue  # pseudo-county rows of cities without counties; the islands are MCA's 西沙区/南沙区
        parent = row["cityCode"] + "00" if row["cityCode"] + "00" in units else code[:2] + "0000"
        level = "zone" if _ZONE_NAME.search(name) else "county"
        units[code] = Unit(code, name, level, parent=parent)
    add_towns(units, read_csv(nbs / "streets.csv"))
    add_hk_tw_units(units, json.loads((nbs / "HK-MO-TW.json").read_text(encoding="utf-8")))
    return units


def town_parent(units: dict[str, Unit], area_code: str) -> str | None:
    if area_code in units:
        return area_code
    city = area_code[:4] + "00"  # towns of cities without counties (东莞, 中山, 儋州, 嘉峪关)
    return city if city in units else None


def add_towns(units: dict[str, Unit], rows: list[dict[str, str]]) -> None:
    for row in rows:
        code, name = row["code"], row["name"]
        parent = town_parent(units, row["areaCode"])
        if parent is None or len(name) < 3:
            continue
        if _TOWN_NAME.search(name):
            units[code] = Unit(code, name, "town", parent=parent)
            if name.endswith("镇镇"):  # 乌镇镇 is written 乌镇
                units[code].short.add(name[:-1])
        elif _ZONE_NAME.search(name):
            units[code] = Unit(code, name, "zone", parent=parent)


def add_hk_tw_units(units: dict[str, Unit], tree: dict[str, dict[str, list[str]]]) -> None:
    """Taiwan's cities and counties with their districts, Hong Kong's districts, Macau's parishes: names only.

    GB/T 2260 codes none of them; they get pseudo codes (TW.., HK.., MO..) so rows stay unique and children
    can name their parent; the loader gives them a null adcode (the contract: null below 710000 / 810000 /
    820000). Short forms: see add_short_forms (Taiwan's counties, Hong Kong's districts); Taiwan's districts
    get none (中山, 大安, 信义 … would collide with mainland names and ordinary words).
    """
    for i, (city, districts) in enumerate(tree.get("台湾省", {}).items()):
        city_code = f"TW{i:02d}"
        units[city_code] = Unit(city_code, city, "city", parent="710000")
        for j, district in enumerate(districts):
            units[f"{city_code}-{j:02d}"] = Unit(f"{city_code}-{j:02d}", district, "county", parent=city_code)
    hong_kong = [d for districts in tree.get("香港特别行政区", {}).values() for d in districts]
    for j, district in enumerate(hong_kong):
        units[f"HK-{j:02d}"] = Unit(f"HK-{j:02d}", district, "county", parent="810000")
    macau = [d for parishes in tree.get("澳门特别行政区", {}).values() for d in parishes]
    for j, written in enumerate(macau):
        add_macau_parish(units, f"MO-{j:02d}", written)


# 嘉模堂区（氹仔）: the parish, and the island it is known by, also written 凼仔.
_PARISH_ALIAS = re.compile(r"（(.+?)）$")
CHAR_VARIANTS = {"氹": "凼"}


def add_macau_parish(units: dict[str, Unit], code: str, written: str) -> None:
    alias = _PARISH_ALIAS.search(written)
    unit = Unit(code, _PARISH_ALIAS.sub("", written), "county", parent="820000")
    if alias:
        island = alias.group(1)
        unit.short |= {island, "".join(CHAR_VARIANTS.get(c, c) for c in island)}
    units[code] = unit


# Hong Kong district short forms that are ordinary words (中西: 中西合璧).
HK_NOT_SHORT = frozenset({"中西"})


def add_hk_district_short(unit: Unit, jieba_words: dict[str, tuple[int, str]]) -> None:
    """沙田 for 沙田区, 油尖旺 for 油尖旺区: weak, so they count only in a text that names 香港."""
    short = strip_suffix(unit.name, _COUNTY_SUFFIX)
    if len(short) >= 2 and short not in HK_NOT_SHORT and jieba_words.get(short, (0, ""))[0] < DROP_FREQ:
        unit.weak.add(short)


# What a Taiwanese county's or city's unit ends in: townships (镇, 乡), county-level cities and districts (市, 区).
TW_UNIT_ENDS = ("镇", "乡", "市", "区")


def add_tw_township_short(unit: Unit, jieba_words: dict[str, tuple[int, str]]) -> None:
    """竹南 for 竹南镇, 埔里 for 埔里镇 (a Taiwanese county's townships), and 竹北 for 竹北市, 大溪 for 大溪区 (its
    county-level cities and a city's districts: 新竹竹北, 桃园大溪): weak, so they count only in a text that names
    their county or city; not the ones that are everyday words (成功镇, 光复乡)."""
    short = unit.name[:-1]
    if short in DENY_SHORT:  # 新城 (乡): the zone word of 嘉定新城
        return
    if unit.name.endswith(TW_UNIT_ENDS) and len(short) >= 2 and jieba_words.get(short, (0, ""))[0] < WEAK_FREQ:
        unit.weak.add(short)


def add_short_forms(units: dict[str, Unit], jieba_words: dict[str, tuple[int, str]]) -> None:
    for unit in units.values():
        if is_pseudo(unit.adcode) and unit.level == "county":
            unit.name_match = "weak"  # 大城乡 (彰化县) in 加大城乡建设: Taiwan's districts need their city nearby
            if unit.adcode.startswith("HK"):
                add_hk_district_short(unit, jieba_words)
            elif unit.adcode.startswith("TW"):
                add_tw_township_short(unit, jieba_words)
        elif unit.level == "province":
            unit.short.add(strip_suffix(unit.name, _PROVINCE_SUFFIX))
        elif unit.level == "city":
            unit.short.add(strip_suffix(unit.name, _CITY_SUFFIX))
            if is_pseudo(unit.adcode) and unit.name.endswith("县"):  # Taiwan's counties: 苗栗县 -> 苗栗
                unit.short.add(unit.name[:-1])
            if unit.name.endswith("自治州"):  # 延边州, 恩施州, 黔东南州: how news name them
                unit.short.add(strip_suffix(unit.name, _CITY_SUFFIX) + "州")
        elif unit.level == "county":
            add_county_short(unit, jieba_words)
        elif unit.level == "zone" and len(unit.adcode) == 6 and _ZONE_SHORTABLE.search(unit.name):
            add_zone_short(unit, units)
        unit.short = {s for s in unit.short if len(s) >= 2 and s != unit.name and s not in DENY_SHORT}
    for unit in units.values():
        if unit.name in GENERIC_NAMES:
            unit.name_match = "no"
        elif unit.name_match:
            pass
        elif (
            unit.level == "county"
            and len(unit.name) == 2
            and jieba_words.get(unit.name[0], (0, ""))[0] >= FUNCTION_CHAR_FREQ
        ):
            unit.name_match = "weak"


def add_zone_short(zone: Unit, units: dict[str, Unit]) -> None:
    """东营港经济开发区 -> 东营港, but 山西大同经济开发区 gets nothing: 山西大同 is just province + city."""
    short = _ZONE_SHORTABLE.sub("", zone.name)
    rest = short
    for ancestor in (units.get(zone.parent[:2] + "0000"), units.get(zone.parent)):
        if ancestor is not None:
            for form in sorted({ancestor.name, *ancestor.short}, key=len, reverse=True):
                if rest.startswith(form):
                    rest = rest[len(form) :]
                    break
    if rest and rest != short:
        zone.short.add(short)


def add_county_short(unit: Unit, jieba_words: dict[str, tuple[int, str]]) -> None:
    short = strip_suffix(unit.name, _COUNTY_SUFFIX)
    if len(short) < 2 or short == unit.name or short in DENY_SHORT:
        return
    if unit.name.endswith(("自治县", "自治旗")):  # 大化县, 鄂伦春旗: how news name them
        unit.short.add(short + unit.name[-1])
    if len(short) > 2 or short in ALLOW_SHORT:
        unit.short.add(short)
        return
    freq, tag = jieba_words.get(short, (0, ""))
    if freq >= DROP_FREQ and tag != PLACE_TAG:
        return
    ordinary = tag in ORDINARY_TAGS and freq >= ORDINARY_WEAK_FREQ
    if short in WEAK_SHORT or freq >= WEAK_FREQ or ordinary or (tag in NAME_TAGS and freq >= NAME_WEAK_FREQ):
        unit.weak.add(short)
    else:
        unit.short.add(short)


NICKNAMES = Path(__file__).with_name("gazetteer_nicknames.tsv")


def add_nicknames(units: dict[str, Unit], path: Path) -> None:
    """荆楚 → 湖北省, 岛城 → 青岛市: the nicknames news use, as safe short forms (gazetteer_nicknames.tsv)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            nickname, code = line.split("\t")
            units[code].short.add(nickname)
            units[code].nicknames.add(nickname)


HISTORY_LEVEL = {"省级": "province", "地级": "city", "县级": "county"}
LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "zone": 3, "town": 4}


def drop_colliding_forms(units: dict[str, Unit]) -> None:
    """A short or weak form that is the full name of any unit, a province's form (海南) or a form of a
    higher-level unit (抚顺县 under 抚顺市: 抚顺), goes; but a district's short form that a city elsewhere
    shares stays, for the document to settle: 朝阳 (北京市朝阳区, 辽宁省朝阳市), 新北 (常州市新北区, 台湾省新北市)."""
    full_names = {u.name for u in units.values()}
    holders: dict[str, list[Unit]] = defaultdict(list)
    for u in units.values():
        for s in u.short | u.weak:
            holders[s].append(u)

    def outranked(u: Unit, form: str, shared: bool) -> bool:
        rank = LEVEL_RANK[u.level]
        return any(
            LEVEL_RANK[h.level] < rank and (not shared or h.level == "province" or is_within(units, u, h))
            for h in holders[form]
        )

    for u in units.values():
        # only a district's safe short form is shared with a city elsewhere (北京朝阳, 常州新北)
        shared = u.level == "county" and u.name.endswith("区")
        u.short = {s for s in u.short if s not in full_names and not outranked(u, s, shared) and s not in GENERIC_NAMES}
        u.weak = {s for s in u.weak if s not in full_names and not outranked(u, s, False)}


def is_within(units: dict[str, Unit], unit: Unit, ancestor: Unit) -> bool:
    parent = units.get(unit.parent)
    while parent is not None:
        if parent is ancestor:
            return True
        parent = units.get(parent.parent)
    return False


def drop_anonymous_town_zones(units: dict[str, Unit]) -> None:
    """Town-level zone rows named without a place (临港经济开发区, 东部新区, 开发区) would match text anywhere."""
    places = {f for u in units.values() if u.level in ("province", "city", "county") for f in (u.name, *u.short)}
    for code in [c for c, u in units.items() if u.level == "zone" and len(c) == 9]:
        name = units[code].name
        # The place must end where a word starts: 西工业园区 is not 西工(区) + 业园区.
        if not any(name[:n] in places and name[n] not in "业区园发济技新" for n in range(2, len(name) - 1)):
            del units[code]


def add_old_names(units: dict[str, Unit], history: list[dict[str, str]]) -> None:
    """Former names. A renamed unit keeps its code (襄樊市 -> 襄阳市, 420600): the name is a form of the unit
    that carries the code now. A unit whose code was withdrawn (merged or abolished: 港闸区 320611 -> 崇川区,
    广德县 341822 -> 广德市 341882) stays itself, with its last code, name and parent, as reports of its
    time name it; unless GB/T 2260 has given that code to another unit since (then: the successor's form)."""
    rows_by_code: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in history:
        rows_by_code[row["代码"]].append(row)
    surfaces = {u.name for u in units.values()} | {s for u in units.values() for s in u.short | u.weak}
    targets: dict[str, set[str]] = defaultdict(set)
    last_rows: dict[str, dict[str, str]] = {}  # form -> the latest withdrawn or renaming row that names it
    orphans: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)  # withdrawn with no single successor
    for row in history:
        if row["状态"] == "在用":
            continue
        target = current_unit(row, rows_by_code, units)
        # 芜湖县 (split in two), 吐鲁番地区 (became 吐鲁番市, a new code): the full name only, and no name
        # that is a city's part by its direction (南城区 in 完善老城区、提升南城区)
        if target is None and is_withdrawn(row) and not _DIRECTION_DISTRICT.match(row["名称"]):
            orphans[row["名称"]][row["代码"]] = row
        if target is None or units[target].level != HISTORY_LEVEL[row["级别"]]:
            continue
        for form in old_forms(row):
            targets[form].add(target)
            # the latest row decides, a renaming under the same code too: 苍山县, renamed 兰陵县 under its code
            # 371324 in 2014, is that code's, not the code 372823 it had until 1994
            renamed = row["状态"] == "变更" and row["新代码"] == row["代码"]
            if (renamed or row["状态"] == "弃用") and row["变更/弃用时间"] >= last_rows.get(form, {}).get(
                "变更/弃用时间", ""
            ):
                last_rows[form] = row
    for form, codes in targets.items():
        if len(codes) == 1 and form not in surfaces and form not in GENERIC_NAMES:
            (code,) = codes
            row = last_rows.get(form)
            if row is not None and row["状态"] == "弃用" and row["代码"] not in units:
                add_withdrawn_unit(units, row).old.add(form)
            else:
                units[code].old.add(form)
    for form, rows in orphans.items():
        if len(rows) == 1 and form not in targets and form not in surfaces and form not in GENERIC_NAMES:
            (row,) = rows.values()
            if row["代码"] not in units or units[row["代码"]].name_match == "no":
                add_withdrawn_unit(units, row).old.add(form)


def predecessors(units: dict[str, Unit], history: list[dict[str, str]]) -> dict[str, tuple[str, str]]:
    """Units that took a withdrawn unit's place under a new code and go by the short name they share with it
    (平泉县 130823 -> 平泉市 130881 in 2017; 赣县 360721 -> 赣县区 360704 in 2016): the current code -> (the predecessor's
    code, the year GB/T 2260 withdrew it). A report of a year before that means the predecessor by that short name (a
    2012 report's 梁平 is 梁平县), as its full name already does. A merger (港闸区 -> 崇川区) shares no name and has none;
    of several predecessors the last one is kept. The predecessor is added as a withdrawn unit where it is not one yet
    (赣县: its name is the short form of 赣县区, so no former-name form made it one)."""
    latest: dict[str, dict[str, str]] = {}
    for row in history:
        if not is_withdrawn(row) or (row["代码"] in units and units[row["代码"]].name != row["名称"]):
            continue  # (or the code was given to another unit since)
        successors = [units[c] for s in row["新代码"].split(";") if s and (c := s.split("[")[0]) in units]
        # a county split in two (揭东县 -> 榕城区, 揭东区) is succeeded by the part that keeps its name
        named = [u for u in successors if u.level == HISTORY_LEVEL[row["级别"]] and _shares_a_short_name(row, u)]
        if len(named) != 1 or named[0].name == row["名称"]:
            continue  # a code changed under the same name (a new prefecture's) is the same unit, as reports name it
        current = named[0].adcode
        if row["变更/弃用时间"] > latest.get(current, {}).get("变更/弃用时间", ""):
            latest[current] = row
    for row in latest.values():
        add_withdrawn_unit(units, row)
    return {current: (row["代码"], row["变更/弃用时间"]) for current, row in latest.items()}


def _shares_a_short_name(row: dict[str, str], unit: Unit) -> bool:
    suffix = _CITY_SUFFIX if HISTORY_LEVEL[row["级别"]] == "city" else _COUNTY_SUFFIX
    return bool({row["名称"], strip_suffix(row["名称"], suffix)} & unit.short)


def is_withdrawn(row: dict[str, str]) -> bool:
    return row["状态"] == "弃用" and row["级别"] in HISTORY_LEVEL


_DIRECTION_DISTRICT = re.compile(r"^[东南西北中]?[城郊矿]?区$")


def old_forms(row: dict[str, str]) -> set[str]:
    name = row["名称"]
    forms = {name}
    if row["级别"] == "地级":
        forms.add(strip_suffix(name, _CITY_SUFFIX))
    return {f for f in forms if len(f) >= 3 or (row["级别"] == "地级" and len(f) == 2)}


def add_withdrawn_unit(units: dict[str, Unit], row: dict[str, str]) -> Unit:
    """The unit of a withdrawn code, under the city (or province) its code belongs to; its own name is an
    old form only (the row's name_match "no"), so that it is found exactly as the other former names are."""
    code, level = row["代码"], HISTORY_LEVEL[row["级别"]]
    city = code[:4] + "00"
    parent = city if level == "county" and city in units and units[city].level == "city" else code[:2] + "0000"
    if code not in units:
        units[code] = Unit(code, row["名称"], level, parent=parent, name_match="no")
    return units[code]


def current_unit(
    row: dict[str, str], rows_by_code: dict[str, list[dict[str, str]]], units: dict[str, Unit]
) -> str | None:
    seen: set[str] = set()
    code, successors = row["代码"], row["新代码"]
    while True:
        if row["状态"] == "变更" and code in units and units[code].level in ("city", "county", "province"):
            return code
        nxt = [s.split("[")[0] for s in successors.split(";") if s]
        if len(nxt) != 1 or nxt[0] in seen:
            return None
        code = nxt[0]
        seen.add(code)
        if code in units and units[code].level in ("city", "county", "province"):
            return code
        later = rows_by_code.get(code)
        if not later:
            return None
        row = later[-1]
        successors = row["新代码"]


def is_pseudo(code: str) -> bool:
    return not code[:1].isdigit()


def write(units: dict[str, Unit], out: Path) -> None:
    buf = io.StringIO()
    buf.write("code\tname\tlevel\tparent\tname_match\tshort\tweak\told\n")
    for code in sorted(units):  # a parent's code sorts before its children's
        u = units[code]
        # the loader takes a unit's first short form as its main one (聊城, the stem of 聊城高新区), never a nickname
        short = sorted(u.short - u.nicknames) + sorted(u.short & u.nicknames)
        forms = (",".join(f) for f in (short, sorted(u.weak), sorted(u.old)))
        cols = [code, u.name, u.level, u.parent, u.name_match, *forms]
        buf.write("\t".join(cols) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical between builds of the same data.
    with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def write_successions(found: dict[str, tuple[str, str]], out: Path) -> None:
    lines = [
        "# Generated by scripts/build_gazetteer.py: a unit, the withdrawn unit it took over under a new code and shares",
        "# a short name with, and the year that unit was withdrawn (reports before it mean the predecessor by that name).",
        "code\tpredecessor\tuntil",
        *(f"{code}\t{before}\t{year}" for code, (before, year) in sorted(found.items())),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    units = build_units(args.source)
    add_short_forms(units, read_jieba_dict())
    add_nicknames(units, NICKNAMES)
    drop_colliding_forms(units)
    drop_anonymous_town_zones(units)
    history = read_csv(args.source / "gbt2260-mca-yescallop" / "history.csv")
    add_old_names(units, history)
    found = predecessors(units, history)
    write(units, args.out)
    write_successions(found, args.out.with_name("successions.tsv"))
    levels = defaultdict(int)
    for u in units.values():
        levels[u.level] += 1
    print(f"{args.out}: {len(units)} units {dict(levels)}, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
