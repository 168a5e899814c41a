"""Organisation and project names as canonical keys, with the variants that map to each kept.

    >>> org_key("山东华跃新能源有限公司").key, org_key("华跃新能源").key
    ('华跃新能源', '华跃新能源')
    >>> org_key("山东华跃新能源科技有限公司").core
    '华跃'

An organisation's key is its name folded (full-width to ASCII, traditional to simplified, no spaces
or quotes) with the legal form stripped from the end (有限公司, 股份有限公司, 集团, Co., Ltd.), a
bracketed place or 中国 dropped (华为技术(深圳)有限公司), and the place prefixes stripped from the
start (山东省济南市…), unless what is left is only trade words (青岛啤酒 stays 青岛啤酒: 啤酒 names no one);
a foreign firm's country goes too (德国巴斯夫 -> 巴斯夫; 中国 stays: 中国华能 is a name).
Its core is the key with the trade words stripped from the end (华跃新能源科技 -> 华跃): two names with
the same core are probably the same firm, two with the same key almost surely.

A project's key is folded the same way with the place prefixes, the lead words (年产, 新建) and the
tail words (项目, 工程) stripped and its phase (一期 -> "1", 一至六期 -> "1-6") taken out into `phase`;
its core also drops a leading quantity (10万吨): 年产10万吨锂电池正极材料项目 -> key 10万吨锂电池正极材料,
core 锂电池正极材料. Its marks (`project_marks`) are what tells it from another project of the same
kind: the key without places, its investors' names and generic words (基地, 一体化, 首批装置).

Data (src/dsz_extract/data/): the company and group rows of lexicon/org_suffixes.tsv and
names/legal_forms.txt (legal forms), lexicon/sector_words.txt, the weak company suffixes of
org_suffixes.tsv and names/trade_words.txt (trade words), names/aliases.tsv (short names no rule
derives: 中石化 -> 中国石油化工), names/project_affixes.txt ([lead], [tail], [generic]), and the
gazetteer for place prefixes.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources

import regex

from . import gazetteer
from .text import to_simplified

# A name keeps at least this many characters of its own after place prefixes are stripped.
MIN_KEY_CHARS = 2
# Places a prefix may name: not countries (中国建筑 is no 建筑) and not regions (长三角).
_PREFIX_LEVELS = frozenset({"province", "city", "county", "zone"})
_PREFIX_FORMS = frozenset({"name", "short", "old"})

_NOISE = regex.compile(r"[\s\"'“”‘’「」『』《》〈〉·•・、，,。.:：;；!！?？\-—_/\\|*]+")
_BRACKETS = regex.compile(r"[(（\[【]([^)）\]】]*)[)）\]】]")
_HAN = regex.compile(r"\p{Han}")  # bracketed text without any (拼音 glosses, (yè)) is noise
_PHASE = regex.compile(
    r"(?:第)?([一二三四五六七八九十\d]{1,3})(?:(?:至|到|-|~|、)([一二三四五六七八九十\d]{1,3}))?期(?:工程|项目)?"
)
_LEADING_QUANTITY = regex.compile(
    r"^[\d.]+(?:万|亿|千)?(?:平方米|平米|千瓦时|千瓦|兆瓦|吉瓦|gwh|mwh|kwh|gw|mw|kw|吨|台|套|辆|件|亩|头|只|片|个|条|张)"
)
# 总投资50亿元的…: the amount is a fact about the project, not part of its name.
_LEADING_AMOUNT = regex.compile(r"^(?:总投资|投资|计划投资)?(?:约|超)?[\d.]+(?:万|亿)?(?:元|美元)(?:的|建设)?")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九十")}


# --- data ------------------------------------------------------------------------------------------


def _data_lines(*path: str) -> Iterator[str]:
    text = resources.files("dsz_extract").joinpath("data", *path).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n")


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(w) for w in words if w}, key=lambda w: (-len(w), w)))


@functools.lru_cache(maxsize=1)
def _org_suffix_rows() -> list[tuple[str, str, set[str]]]:
    rows = []
    for line in _data_lines("lexicon", "org_suffixes.tsv"):
        cols = line.split("\t")
        flags = set(cols[2].split(",")) if len(cols) > 2 and cols[2] else set()
        rows.append((cols[0], cols[1] if len(cols) > 1 else "other", flags))
    return rows


@functools.lru_cache(maxsize=1)
def legal_forms() -> tuple[str, ...]:
    """Legal and group forms stripped from the end of an organisation name, longest first."""
    # Not the weak forms (科技 is a trade) nor the sub forms: 子公司 would cut 三星电子公司 at 电.
    lexicon = (
        s for s, kind, flags in _org_suffix_rows() if kind in ("company", "group") and not flags & {"weak", "sub"}
    )
    return _longest_first([*lexicon, *_data_lines("names", "legal_forms.txt")])


@functools.lru_cache(maxsize=1)
def trade_words() -> tuple[str, ...]:
    """Trade words stripped from the end of a key to reach its core, longest first."""
    weak = (s for s, kind, flags in _org_suffix_rows() if kind == "company" and "weak" in flags)
    sectors = _data_lines("lexicon", "sector_words.txt")
    return _longest_first([*weak, *sectors, *_data_lines("names", "trade_words.txt")])


@functools.lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Short name (folded) -> the key of the full name it stands for."""
    pairs = (line.split("\t") for line in _data_lines("names", "aliases.tsv"))
    return {fold(short): fold(full) for short, full in pairs}


@functools.lru_cache(maxsize=1)
def project_affixes() -> dict[str, tuple[str, ...]]:
    """{"lead": words stripped from the start, "tail": words stripped from the end}, longest first."""
    sections: dict[str, list[str]] = defaultdict(list)
    section = ""
    for line in _data_lines("names", "project_affixes.txt"):
        if line.startswith("["):
            section = line.strip("[]")
        else:
            sections[section].append(line.strip())
    return {name: _longest_first(words) for name, words in sections.items()}


# --- folding ---------------------------------------------------------------------------------------


def fold(name: str) -> str:
    """NFKC (full-width to ASCII), traditional to simplified, lower case, no spaces, quotes or dots."""
    text = to_simplified(unicodedata.normalize("NFKC", name)).lower()
    return _NOISE.sub("", text)


def _is_place(text: str) -> bool:
    return any(
        s.form in _PREFIX_FORMS and s.place.level in _PREFIX_LEVELS | {"country"} for s in gazetteer.get().senses(text)
    )


def _place_prefix(text: str) -> tuple[str, str | None]:
    """The longest place surface `text` starts with (山东省, 济南, 历城区) and its adcode, or ('', None)."""
    for n in range(min(len(text) - MIN_KEY_CHARS, 12), 1, -1):
        senses = [
            s for s in gazetteer.get().senses(text[:n]) if s.form in _PREFIX_FORMS and s.place.level in _PREFIX_LEVELS
        ]
        if senses:
            return text[:n], senses[0].place.adcode if len(senses) == 1 else None
    return "", None


def _strip_place_prefixes(text: str, words: tuple[str, ...]) -> tuple[str, str | None]:
    """Strip 山东省济南市… from the start while the rest keeps a name of its own (not only `words`)."""
    adcode = None
    while True:
        prefix, code = _place_prefix(text)
        rest = text[len(prefix) :]
        if not prefix or not _strip_end(rest, words):
            return text, adcode
        text, adcode = rest, code or adcode


def _strip_end(text: str, words: tuple[str, ...], *, keep: int = MIN_KEY_CHARS) -> str:
    """Strip any of `words` (longest first) from the end while more than `keep` characters remain."""
    changed = True
    while changed and text:
        changed = False
        for w in _ending_in(text[-1], words):
            if text.endswith(w) and len(text) - len(w) >= keep:
                text, changed = text[: -len(w)], True
                break
    return text if len(text) >= keep and not _only_words(text, words) else ""


def _only_words(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` is made of `words` alone (啤酒, 新能源科技)."""
    while text:
        w = next((w for w in _ending_in(text[-1], words) if text.endswith(w)), None)
        if w is None:
            return False
        text = text[: -len(w)]
    return True


# words (a cached tuple, by identity) -> its words by their last character, longest first: a name is
# checked against the few words that can end it, not the thousand of the list.
_BY_LAST_CHAR: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}


def _ending_in(last: str, words: tuple[str, ...]) -> tuple[str, ...]:
    entry = _BY_LAST_CHAR.get(id(words))
    if entry is None or entry[0] is not words:
        index: dict[str, list[str]] = defaultdict(list)
        for w in words:
            if w:
                index[w[-1]].append(w)
        entry = (words, {c: tuple(ws) for c, ws in index.items()})
        _BY_LAST_CHAR[id(words)] = entry
    return entry[1].get(last, ())


def _drop_brackets(text: str, keep_inside: bool) -> str:
    """(中国), (深圳), (集团) go; other bracketed text keeps its content or goes with `keep_inside`."""

    def repl(m: regex.Match[str]) -> str:
        inside = m.group(1)
        if not _HAN.search(inside) or inside == "中国" or _is_place(inside) or inside in legal_forms():
            return ""
        return inside if keep_inside else ""

    return _BRACKETS.sub(repl, text)


# --- keys --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgKey:
    name: str  # as given
    key: str  # folded, legal form and place prefixes stripped: 华跃新能源
    core: str  # key without its trade words: 华跃 (the key itself when nothing would be left)
    adcode: str | None  # the place a stripped prefix named, when it names one place


@dataclass(frozen=True)
class ProjectKey:
    name: str
    key: str  # 10万吨锂电池正极材料
    core: str  # 锂电池正极材料
    phase: str | None  # 一期 -> "1", 一至六期 -> "1-6"
    adcode: str | None


def org_key(name: str) -> OrgKey:
    text = _drop_brackets(fold(name), keep_inside=True)
    for _ in range(3):  # 集团有限公司 after (中国): strip until nothing more goes
        stripped = _strip_legal_form(text)
        if stripped == text:
            break
        text = stripped
    adcode = None
    text = _strip_foreign_country(text)
    if not _is_known_brand(text):  # 宁德时代新能源科技 keeps its 宁德
        text, adcode = _strip_place_prefixes(text, trade_words())
    text = aliases().get(text, text)
    core = _strip_end(text, trade_words())
    if not core or core == "中国" or _is_place(core):  # 中国石油化工, 青岛啤酒: the trade is the name
        core = text
    return OrgKey(name=name, key=text, core=core, adcode=adcode)


def _strip_foreign_country(text: str) -> str:
    """德国巴斯夫 -> 巴斯夫, 韩国三星电子 -> 三星电子: a foreign firm's country is no part of its name
    (中国 stays: 中国华能 is the name)."""
    for n in (3, 2):
        head = text[:n]
        if len(text) - n >= MIN_KEY_CHARS and head != "中国" and gazetteer.get().country(head) is not None:
            return text[n:]
    return text


def _is_known_brand(text: str) -> bool:
    """Whether `text` is or starts with a name of names/aliases.tsv (either column)."""
    return any(text.startswith(name) for name in _brands_starting_with(text[:2]))


@functools.lru_cache(maxsize=1)
def _brands_by_start() -> dict[str, tuple[str, ...]]:
    by_start: dict[str, set[str]] = defaultdict(set)
    for short, full in aliases().items():
        for name in (short, full):
            by_start[name[:2]].add(name)
    return {start: tuple(names) for start, names in by_start.items()}


def _brands_starting_with(start: str) -> tuple[str, ...]:
    return _brands_by_start().get(start, ())


def _strip_legal_form(text: str) -> str:
    for form in legal_forms():
        if text.endswith(form) and len(text) - len(form) >= MIN_KEY_CHARS:
            return _drop_brackets(text[: -len(form)], keep_inside=True)
    return text


def project_key(name: str) -> ProjectKey:
    folded = fold(name)
    phase = None
    if m := _PHASE.search(folded):  # before brackets go: 动力电池项目(三、四期)
        phase = _phase_text(m)
        folded = folded[: m.start()] + folded[m.end() :]
    text = _drop_brackets(folded, keep_inside=False)
    affixes = project_affixes()
    if not text or _only_words(text, affixes.get("tail", ())):  # 一期项目: a phase of some project, no name
        return ProjectKey(name=name, key="", core="", phase=phase, adcode=None)
    text = _strip_end(text, affixes.get("tail", ()), keep=MIN_KEY_CHARS) or text
    adcode = None
    if not _is_known_brand(text):  # 宁德时代贵州基地 keeps its 宁德
        text, adcode = _strip_place_prefixes(text, ())
    text = _strip_leads(text, affixes.get("lead", ()))
    core = _LEADING_QUANTITY.sub("", text)
    return ProjectKey(
        name=name, key=text, core=core if len(core) >= MIN_KEY_CHARS else text, phase=phase, adcode=adcode
    )


def project_marks(name: str, investors: Iterable[str] = ()) -> str:
    """What names this project and no other like it: its key without places, the investors' names
    and generic words (data/names/project_affixes.txt [generic]).

    >>> project_marks("宁德时代贵州新能源动力及储能电池生产制造基地项目", ["宁德时代"])
    '新能源动力储能电池'
    """
    text = _drop_brackets(fold(name), keep_inside=False)
    text = _PHASE.sub("", text)
    for word in sorted({w for n in investors for w in _investor_words(n)}, key=len, reverse=True):
        text = text.replace(word, " ")
    gaz = gazetteer.get()
    spans = [
        (start, end)
        for start, end, key in gaz.find_all(text)
        if any(s.form in _PREFIX_FORMS and s.place.level in _PREFIX_LEVELS | {"country"} for s in gaz.senses(key))
    ]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    for word in project_affixes().get("generic", ()):
        text = text.replace(word, " ")
    return "".join(text.split())


@functools.lru_cache(maxsize=100_000)
def _investor_words(name: str) -> frozenset[str]:
    """An investor's name as a project may carry it: folded, its key and its core (宁德时代)."""
    okey = org_key(name)
    return frozenset(w for w in (fold(name), okey.key, okey.core) if len(w) >= MIN_KEY_CHARS)


def _strip_leads(text: str, leads: tuple[str, ...]) -> str:
    """Strip 新建, 年产, 总投资50亿元的 … from the start while a name of MIN_KEY_CHARS remains."""
    while True:
        amount = _LEADING_AMOUNT.match(text)
        cut = amount.end() if amount else next((len(w) for w in leads if text.startswith(w)), 0)
        if not cut or len(text) - cut < MIN_KEY_CHARS:
            return text
        text = text[cut:]


def _phase_text(m: regex.Match[str]) -> str | None:
    """一期 -> "1", 一至六期 / 五-六期 (folded to 五六期) -> "1-6" / "5-6"."""
    first, last = _phase_number(m.group(1)), _phase_number(m.group(2)) if m.group(2) else None
    if last is None and (pair := _folded_range(m.group(1))):
        first, last = pair
    return f"{first}-{last}" if first and last else str(first) if first else None


def _folded_range(token: str) -> tuple[int, int] | None:
    """五六 -> (5, 6): two numerals in a row, the second the next one, are a range whose dash was folded."""
    if len(token) == 2 and "十" not in token and all(c in _CN_DIGITS for c in token):
        first, last = _CN_DIGITS[token[0]], _CN_DIGITS[token[1]]
        return (first, last) if last > first else None
    return None


def _phase_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    if token == "十":
        return 10
    value = 0
    for ch in token:
        if ch == "十":
            value = max(value, 1) * 10
        elif ch in _CN_DIGITS:
            value = value + _CN_DIGITS[ch]
    return value or None


# --- variants ----------------------------------------------------------------------------------------


@dataclass
class NameIndex:
    """Names seen, grouped under their canonical key with every variant kept.

    >>> index = NameIndex()
    >>> index.add("山东华跃新能源有限公司"), index.add("华跃新能源")
    ('华跃新能源', '华跃新能源')
    >>> sorted(index.variants("华跃新能源"))
    ['华跃新能源', '山东华跃新能源有限公司']
    """

    kind: str = "org"
    _variants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, name: str) -> str:
        key = org_key(name).key if self.kind == "org" else project_key(name).key
        self._variants[key].add(name)
        return key

    def variants(self, key: str) -> set[str]:
        return set(self._variants.get(key, ()))

    def keys(self) -> list[str]:
        return sorted(self._variants)


def same_org(a: str, b: str) -> bool:
    """Whether two organisation names have the same key (华跃新能源 ⇄ 山东华跃新能源有限公司)."""
    return org_key(a).key == org_key(b).key
