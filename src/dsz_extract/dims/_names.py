"""What the entity passes (org, project, event, person) share: word lists and the left edge of a name.

Chinese names of organisations, projects and events are found from their END: the suffix or head
word (有限公司, 产业园项目, 推介会) is matched by one combined regex, then the start of the name is
searched leftwards over the run of characters a name can hold (Han, Latin letters, digits, balanced
brackets and quotes) and cut after the last boundary word in that run (签约, 引进, 与, 由, 的, a verb),
after the end of an earlier mention, or at the start of the run. This is the usual suffix-anchored
approach of rule-based Chinese NER; it needs no tokenizer.

The boundary words of a document are found once, by one Aho-Corasick scan (`Boundaries`), and each
candidate then only looks up the cut positions inside its own run, so the passes stay near regex speed.
"""

from __future__ import annotations

import bisect
import copy
import functools
import operator
import re
from collections.abc import Iterable, Sequence
from importlib.resources import files
from typing import Any

import ahocorasick
import regex

from .. import gazetteer, patterns
from ..gazetteer import LongestMatches
from ..numerals import trie_alternation

# Longest names we look for; a suffix further than this from any boundary is not a name.
MAX_NAME = 40

OPEN_QUOTES = "“‘「『《"
_CONJUNCTION_WORDS = frozenset(("及", "以及", "及其"))  # a verb ending in 及 (涉及) is none
CLOSE_QUOTES = "”’」』》"


# --- word lists ------------------------------------------------------------------------------


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a word list under data/lexicon/: one entry a line, tab-separated columns, # comments."""
    text = (files("dsz_extract") / "data" / "lexicon" / name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """The first column of a word list, without duplicates, in file order."""
    return tuple(dict.fromkeys(row[0] for row in table(name)))


def alternation(items: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that 有限公司 wins over 公司."""
    return "|".join(regex.escape(w) for w in sorted(set(items), key=lambda w: (-len(w), w)))


def literal_matches(items: Iterable[str], text: str, tails: Sequence[str] = ()) -> list[tuple[int, int]]:
    """(start, end) of what `regex.finditer(alternation(items), text)` finds: the longest word at the
    first place one starts, then on from its end. For the words of one document (the names it
    repeats): a regex of them was compiled for every document; an automaton of a few dozen words
    is built in microseconds, and every occurrence it reports is sorted into the regex's choice.

    `tails`: words of one length that may follow, as `(?:tail1|tail2…)?` after the alternation."""
    auto = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)
    for item in items:
        if item:
            auto.add_word(item)
    if not len(auto):
        return []
    auto.make_automaton()
    found = sorted((end + 1 - n, -n) for end, n in auto.iter(text))  # by start, the longest first
    out: list[tuple[int, int]] = []
    pos = 0
    for start, minus_length in found:
        if start >= pos:
            pos = start - minus_length
            pos += next((len(t) for t in tails if text.startswith(t, pos)), 0)
            out.append((start, pos))
    return out


@functools.cache
def made_of(*names: str) -> regex.Pattern[str]:
    """A pattern that fullmatches strings made only of words from the given lists (and numbers)."""
    vocab = [w for n in names for w in words(n)]
    # The words as a trie (项目|项目部 -> 项目(?:部)?): a flat alternation of hundreds of words is tried word by
    # word at every step; the trie tests a character per level. Whether the string is made of them is the same.
    return patterns.compile(rf"(?:{trie_alternation(vocab)}|[0-9.+]+|[、及和与·\s“”‘’\"『』「」]|\p{{Han}}{{1,2}}级)+")


class Literals:
    """Finds the words of a list in a text by Aho-Corasick: leftmost-longest like a regex alternation
    of the words, at C speed however long the list."""

    def __init__(self, items: Iterable[str]) -> None:
        self._auto = LongestMatches((item, len(item)) for item in items)

    def longest(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the non-overlapping longest matches, left to right."""
        return [(end + 1 - n, end + 1) for end, n in self._auto.iter_long(text)]

    def every(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of all matches, overlapping ones too, by start then longest first."""
        return sorted(((end + 1 - n, end + 1) for end, n in self._auto.iter(text)), key=lambda m: (m[0], -m[1]))


# --- boundary words, found once per document ---------------------------------------------------

# Numbers with a measure word before a name are not part of it (5个园区公司, 等3个重点招商项目),
# ordinals are (2023年第一批重大项目集中开工活动);
# nor is a ranking (世界500强意大利柯马公司), a calendar expression or an anonymised XXX.
# Runs of digits or numerals are matched from their first character only (the lookbehinds), so a
# long run costs one pass, not one per position. (The standard re module: it scans the whole text
# for this pattern, which needs nothing of regex's, two and a half times as fast.)
_NUMERIC = re.compile(
    r"(?=[0-9一二三四五六七八九十百两几多数年上下X第])(?:"
    r"(?<![0-9.第])[0-9]++(?:\.[0-9]++)?[个家项名位批座栋条所只支]"
    r"|(?<![一二三四五六七八九十两几多数第])[一二三四五六七八九十两几多数]++[个家项名位批座栋条所只支]"
    r"|(?<![0-9])[0-9]++强|(?<![一二三四五六七八九十百])[一二三四五六七八九十百]++强"
    r"|[0-9]{1,2}月(?:[0-9]{1,2}日|份)?(?:底|初|末|中旬|上旬|下旬)?(?:前|后|以来)?|[0-9]{1,2}日"
    r"|年(?:底|初|中(?!国(?!家)|华)|末)前?"  # 2021年中国科学院: no 年中 before 中国, 中华
    r"|[上下]午|(?<!X)X{2,}+|(?P<year>(?<![0-9])[0-9]{4}年|第?[一二三四]季度))"
)


@functools.cache
def _automaton() -> Any:
    """One automaton for boundary words and the words that live inside names (华为, 开发区, 有限公司,
    投资促进, 对接会): scanned with longest matches from the left, a name word that starts first or
    runs longer hides the boundary word inside it (华为 over 为, 开发区 over 开发, 对接会 over 对接)."""
    # Values: minus the length for a name word; the length for a boundary word of the hand list, and
    # the length plus _VERB for a verb of the generated list (weaker: 封装 in 半导体先进封装测试项目).
    items = [(word, -len(word)) for name in _PROTECTED_LISTS for word in words(name)]
    items += [(word, len(word) + _VERB) for word in words("name_verbs.txt")]
    items += [(word, len(word)) for word in words("name_boundaries.txt")]
    items += [(name, -len(name)) for name in _divisions_holding_boundaries(items)]
    return LongestMatches(items)


_DIVISION_LEVELS = frozenset(("province", "city", "county"))


def _divisions_holding_boundaries(items: list[tuple[str, int]]) -> list[str]:
    """Full names of divisions with a boundary word inside them (西和县, 和平区 stays out): a county
    named inside a project or firm name (青岛佰福得公司西和县…产业园项目) does not end it at 和.
    One starting with a boundary word is left out, so 和县 never hides the conjunction in …和县里…."""
    boundary = LongestMatches([(w, n) for w, n in items if n > 0])
    gaz = gazetteer.get()
    # A surface read as a place's name is that place's own name: look only at the names of divisions,
    # not at every one of the 38,000 surfaces (a twentieth of a second at start-up).
    names = {p.name for p in gaz.places if p.level in _DIVISION_LEVELS}
    out = []
    for surface in gaz.surfaces():
        if (
            len(surface) < 3
            or surface not in names
            or not any(s.form == "name" and s.place.level in _DIVISION_LEVELS for s in gaz.senses(surface))
        ):
            continue
        starts = [end + 1 - n % _VERB for end, n in boundary.iter(surface)]
        if starts and 0 not in starts:
            out.append(surface)
    return out + _cities_read_as_verbs(items)


def _cities_read_as_verbs(items: list[tuple[str, int]]) -> list[str]:
    """Provinces and cities whose short name is also a verb of the generated list (开封, 安定): in a
    name (中国开封第38届菊花文化节) they are the place."""
    verbs = {w for w, n in items if n > _VERB}
    gaz = gazetteer.get()
    return [
        surface
        for surface in verbs
        if any(s.place.level in ("province", "city") and s.form in ("name", "short") for s in gaz.senses(surface))
    ]


_VERB = 100
_PROTECTED_LISTS = (
    "name_internal.txt",
    "gov_departments.txt",
    "org_suffixes.tsv",
    "project_heads.tsv",
    "event_heads.txt",
)


class Boundaries:
    """Where the boundary words of one text start and end, found by one scan of the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        found = [(end + 1 - n % _VERB, n) for end, n in _automaton().iter_long(text) if n > 0]
        self.verb_ends = {s + n - _VERB for s, n in found if n > _VERB}
        found = [(s, n % _VERB) for s, n in found]
        self.longest_at = dict(found)
        self.longest_ending = {s + n: n for s, n in found}
        numeric = [(m.start(), m.end(), m.group("year") is not None) for m in _NUMERIC.finditer(text)]
        self.starts = set(self.longest_at) | {s for s, _e, _y in numeric}
        self.ends_set = set(self.longest_ending) | {e for _s, e, year in numeric if not year}
        self.ends = sorted(self.ends_set)
        self.year_ends = sorted({e for _s, e, year in numeric if year} - self.ends_set)

    def without_ends(self, drop: set[int]) -> Boundaries:
        """These boundaries less the words ending at `drop` (a shallow copy; `self` when nothing goes)."""
        drop = drop & self.ends_set
        if not drop:
            return self
        view = copy.copy(self)
        view.ends_set = self.ends_set - drop
        view.ends = sorted(view.ends_set)
        view.verb_ends = self.verb_ends - drop
        view.longest_ending = {end: n for end, n in self.longest_ending.items() if end not in drop}
        return view

    def ends_between(self, lo: int, hi: int, *, keep_year: bool = False) -> list[int]:
        """Boundary ends in (lo, hi]."""
        out = self.ends[bisect.bisect_right(self.ends, lo) : bisect.bisect_right(self.ends, hi)]
        if not keep_year:
            ys = self.year_ends
            out = out + ys[bisect.bisect_right(ys, lo) : bisect.bisect_right(ys, hi)]
        return out

    def ends_at(self, pos: int) -> bool:
        return pos in self.ends_set

    def starts_at(self, pos: int) -> bool:
        return pos in self.starts

    def word_ending(self, pos: int) -> int:
        """Length of the longest boundary word ending at `pos`, or 0."""
        return self.longest_ending.get(pos, 0)

    def word_at(self, pos: int) -> int:
        """Length of the longest boundary word (a verb, a function word) starting at `pos`, or 0."""
        return self.longest_at.get(pos, 0)

    def left_edge(
        self,
        stem_end: int,
        *,
        cuts: Sequence[int] = (),
        keep_year: bool = False,
        limit: int = 0,
        over_conjunctions: bool = False,
        head_verbs: frozenset[str] = frozenset(),
        over_verbs: regex.Pattern[str] | None = None,
    ) -> int:
        """Start of the name whose stem ends at `stem_end` (where its suffix or head begins).

        The name starts after the rightmost boundary in its run of name characters, or after the
        rightmost of `cuts` (sorted positions a name may not run over: ends of earlier mentions).
        With `over_verbs` (a pattern of generic stems), a general verb right before a short stem
        that is not generic does not end it either.
        With `over_conjunctions`, 及 does not end it (the first item of a list runs to its
        trigger: 有|波鸿（中国）轨交高速车轮及产业链项目).
        """
        start = run_start(self.text, stem_end, limit)
        found = self.ends_between(start, stem_end, keep_year=keep_year)
        if over_conjunctions:
            # the conjunction itself, not a verb ending in one (涉及|写字楼)
            found = [e for e in found if self.text[e - max(1, self.word_ending(e)) : e] not in _CONJUNCTION_WORDS]
        best = max(found) if found else start
        if (
            over_verbs is not None
            and best in self.verb_ends
            and stem_end - best == 2
            and self.text[best - 1] not in "于在到为向"
        ):
            # A verb of the general list right before a short stem is likelier inside a product name
            # (签约半导体先进封装|测试项目) when a name part stands before it; not a verb ending in a
            # preposition (应用于|乌玛高速公路).
            verb_start = best - self.word_ending(best)
            earlier = max([e for e in found if e <= verb_start] + [start])
            if verb_start - earlier >= 2 and not over_verbs.fullmatch(self.text, best, stem_end):
                best = earlier
        if head_verbs and stem_end - best < 2 and self.word_ending(best) >= 2:
            # 扩建项目, 提升工程: a building verb right before the head belongs to it when a name part
            # stands before the verb (中石化湛江东兴石化|扩建项目); alone it is the edge (确保|项目).
            verb_start = best - self.word_ending(best)
            earlier = max([e for e in found if e <= verb_start] + [start])
            if self.text[verb_start:best] in head_verbs and verb_start - earlier >= 2:
                best = earlier
        i = bisect.bisect_right(cuts, stem_end)
        if i and cuts[i - 1] > best:
            best = cuts[i - 1]
        return best

    def clear_left(self, pos: int, taken: Taken | None = None) -> bool:
        """Nothing name-like runs into `pos` from the left: an edge, a boundary word or a mention end."""
        if is_edge_char(self.text, pos - 1) or self.ends_at(pos):
            return True
        return taken is not None and pos in taken.by_end

    def clear_right(self, pos: int) -> bool:
        """Nothing name-like runs on from `pos`: an edge, a boundary word, or a word that follows names."""
        text = self.text
        return is_edge_char(text, pos) or self.starts_at(pos) or bool(_right_context().match(text, pos))


def boundaries(doc: Any) -> Boundaries:
    """The boundary index of a Doc, built once and shared by the entity passes."""
    cached = doc.info.get("_names.boundaries")
    if cached is None or cached.text is not doc.norm:
        cached = Boundaries(doc.norm)
        doc.info["_names.boundaries"] = cached
    return cached


def right_context_at(text: str, pos: int) -> int:
    """Length of the word of name_right_context.txt starting at `pos` (介绍, 陪同 …), or 0."""
    m = _right_context().match(text, pos)
    return len(m.group()) if m else 0


@functools.cache
def _right_context() -> regex.Pattern[str]:
    return patterns.compile(alternation(words("name_right_context.txt")))


# --- the run of name characters ----------------------------------------------------------------

# The characters a name may run over, matched backwards from the suffix: Han, Latin letters,
# digits (4.5万吨, 中建八局), the middle dot, a hyphen between Latin letters (TFT-LCD), and brackets or quotes closed within the name
# (科信（山东）…公司, 第三届…暨“双招双引”合作推介会).
_RUN = patterns.compile(
    r"(?r)(?:[\p{Han}A-Za-z0-9·•&]|(?<=[0-9])\.(?=[0-9])|(?<=[0-9][A-Za-z]{0,3})[/／](?=[0-9])|(?<=[0-9])×(?=[0-9])|(?<=中国)[—－-](?=\p{Han})|(?<=[A-Za-z0-9])[-－](?=[A-Za-z])"
    r"|[（(][^（）()，。、；：！？\n]{1,12}[）)]"
    r"|[“‘「『《][^“”‘’「」『』《》，。；：\n]{1,16}[”’」』》])+"
)


def run_start(text: str, end: int, limit: int = 0) -> int:
    """Where the run of name characters ending at `end` starts (== end when there is none)."""
    global _runs
    # Asked again and again for the same end of the same text (a head's stem end by the head rule, the edge
    # rules, whole_first_word …): kept for the last text asked about, a document at a time (one tuple, so that
    # two threads never mix their texts).
    runs = _runs
    if runs[0] is not text:
        runs = _runs = (text, {})
    lo = max(limit, end - MAX_NAME)
    found = runs[1].get((lo, end))
    if found is None:
        m = _RUN.match(text, lo, end)
        found = runs[1][(lo, end)] = m.start() if m else end
    return found


_runs: tuple[str, dict[tuple[int, int], int]] = ("", {})


def quoted(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside the quotes around text[start:end], when a quote opens before and closes after it.

    “中关村企业家与聊城市东昌府区座谈会”: the whole quoted phrase is the name, 与 inside it is no boundary.
    """
    if end >= len(text) or text[end] not in CLOSE_QUOTES:
        return None
    open_at = max(text.rfind(q, max(0, start - MAX_NAME), start + 1) for q in OPEN_QUOTES)
    if open_at < 0:
        return None
    inner = text[open_at + 1 : end]
    if any(c in inner for c in "“”‘’「」『』《》，。；：！？\n"):
        return None
    return open_at + 1, end


# What stands before a name without being part of it: 经 (by way of) and 原 (former) before a body
# (经|自治区交通运输厅, 原|贸易投资促进局), a class noun in apposition (企业|吉利控股集团,
# 项目|苏州宝嘉…公司), a deictic (这次|江阴经贸洽谈会), and a bracketed note before the name
# ((上海市)|上海市人民政府), and 好 completing a verb before it (办好|商务部…); a dateline's byline in
# brackets (重庆日报讯(记者 某某)|重庆日报记者…) and the minutes of a time (15:46|沧州日报) on a page's furniture.
_LEADING_NOISE = patterns.compile(
    r"(?:经(?=中共|国家|国务院|中国|省|市|县|区|州|自治区|盟|旗)"
    r"|原(?=[^子材料创生始有本来因则油煤浆野])"
    r"|(?:(?:这|本|此|该|上|下)一?|(?<=[这本此该]))(?:次|期)(?=\p{Han}{2})"
    r"|(?:企业|项目|品牌|龙头企业|重点企业)(?=\p{Han}{2,}(?:有限公司|集团|股份))"
    r"|(?<=[办做抓搞管用])好(?=\p{Han}{2})"  # a verb's complement: 举办好|商务部与…, 抓好|…
    r"|[讯电][（(][^（）()]{0,8}(?:记者|通讯员)[^（）()]{0,24}[）)](?=\p{Han}{2})"  # a dateline: …讯(记者 某某)|重庆日报记者…
    r"|(?<=[0-9][:：])[0-9]{2}(?:[:：][0-9]{2})?(?=\p{Han}{2})"  # a time's minutes: 15:|46|沧州日报
    r"|[（(][^（）()]{1,12}[）)](?=\p{Han}{2})"
    r"|[）)](?=\p{Han}))"  # the end of a note before the name: 与省外(含境外)|合作项目
)
# A body's term before its name (十八届|县人民政府, 新一届|县政府); before an event it is the edition.
_TERM = patterns.compile(r"(?:第?[一二三四五六七八九十百]+|新一|本|上|该|此|这)届(?=\p{Han})")


def past_leading_noise(text: str, start: int, stem_end: int, *, terms: bool = False) -> int:
    """`start` moved past what stands before the name without being part of it (see _LEADING_NOISE;
    with `terms`, a body's term too) and no further than the stem's end (新一届|镇政府)."""
    # The lookaheads read the suffix after the stem: a few characters past it bound the scan.
    window = min(len(text), stem_end + 8)
    m = _LEADING_NOISE.match(text, start, window) or (_TERM.match(text, start, window) if terms else None)
    return m.end() if m is not None and m.end() <= stem_end else start


def strip_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop quote marks and stray dots around an item (“三桥两路” → 三桥两路)."""
    while start < end and text[start] in OPEN_QUOTES and text[end - 1] in CLOSE_QUOTES:
        start, end = start + 1, end - 1
    while start < end and text[start] in "·• ":
        start += 1
    return start, end


# Punctuation or line ends: a name touching one of these has a clear edge.
# Full-width slashes and bars stay in the normalised view (记者陈怡君／高雄报导).
_EDGE_CHARS = frozenset("，。、；：！？,.;:!?（）()“”‘’「」『』《》【】[]—-~ \t\r\n\u3000/|／｜")


def is_edge_char(text: str, pos: int) -> bool:
    """True at the start/end of the text or at punctuation/space (pos is the character index)."""
    return pos < 0 or pos >= len(text) or text[pos] in _EDGE_CHARS


def in_book_title(text: str, pos: int) -> bool:
    """True inside 《…》: a document title (《开发区新旧动能转换重大工程规划方案》) names no entity."""
    opened = text.rfind("《", max(0, pos - 60), pos)
    return opened >= 0 and text.find("》", opened, pos) < 0


def verbatim(doc: Any, start: int, end: int) -> str:
    """The original text of a span given in normalised offsets (a name as written)."""
    ostart, oend = doc.normalized.span_to_original(start, end)
    return doc.original[ostart:oend]


# --- lists: A、B、C等… ---------------------------------------------------------------------------

_LIST_SEPARATOR = patterns.compile(r"、|以及")
_CLAUSE_BREAK = patterns.compile(r"(?r)[，。；：！？,;:!?\n]")


_LIST_OPENING_VERB = patterns.compile(r"(?:签署|签订|签下|签约|引进|包括|涵盖|包含)了?$")


def list_items(
    bounds: Boundaries, list_end: int, *, limit: int = 0, head_verbs: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of the items of the 、-separated list ending at `list_end` (just before 等), in order.

    The list starts at the clause start; its first item starts after the last boundary word
    (有, 引进了, 签约, 依托 …), but not after one of `head_verbs` ending it (武宿机场三期改扩建、…).
    Quotes around an item are dropped.
    """
    text = bounds.text
    lo = max(limit, list_end - 200)
    brk = _CLAUSE_BREAK.search(text, lo, list_end)
    clause_start = brk.end() if brk else lo
    parts: list[tuple[int, int]] = []
    pos = clause_start
    for sep in _LIST_SEPARATOR.finditer(text, clause_start, list_end):
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, list_end))
    # (session 31) the list opens at the last item a verb of signing or bringing in cuts (A、B分别与C、D签署|E、F等项目:
    # E, F), not at the clause start; other boundary words inside an item (与, 新建, 至) stay its own
    for i in range(len(parts) - 1, -1, -1):
        part_start, part_end = parts[i]
        edge = bounds.left_edge(part_end, limit=part_start, over_conjunctions=True, head_verbs=head_verbs)
        if i == 0 or (edge > part_start and _LIST_OPENING_VERB.search(text, part_start, edge)):
            parts = [(max(part_start, edge), part_end), *parts[i + 1 :]]
            break
    return [strip_quotes(text, s, e) for s, e in parts if e > s]


# --- what earlier passes found ---------------------------------------------------------------


# Sort keys in C: every pass builds a Taken of all the mentions so far (ten per document).
_START_END = operator.attrgetter("start", "end")
_END = operator.attrgetter("end")


class Taken:
    """The spans of earlier mentions, for fast 'does a mention end here / cover this' questions."""

    def __init__(self, mentions: Iterable[Any]) -> None:
        ordered = sorted(mentions, key=_START_END)
        self.mentions = ordered
        self.starts = [m.start for m in ordered]
        self.ends = sorted(map(_END, ordered))
        self.by_end = {m.end: m for m in ordered}

    def ends_between(self, lo: int, hi: int) -> list[int]:
        """Mention ends in [lo, hi]."""
        return self.ends[bisect.bisect_left(self.ends, lo) : bisect.bisect_right(self.ends, hi)]

    def ending_at(self, pos: int, *types: str) -> Any:
        m = self.by_end.get(pos)
        if m is not None and (not types or m.type in types):
            return m
        return None

    # The mentions of a Doc do not overlap (the pipeline resolves them after every pass), so the
    # last mention starting before a point is the only one that can hold or touch it.

    def covering(self, start: int, end: int, *types: str) -> Any:
        """A mention that holds [start, end) (of the given types), if any."""
        i = bisect.bisect_right(self.starts, start)
        if i:
            m = self.mentions[i - 1]
            if end <= m.end and (not types or m.type in types):
                return m
        return None

    def overlapping(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return i > 0 and self.mentions[i - 1].end > start

    def before(self, pos: int, lo: int, *types: str) -> Any:
        """The last mention (of the given types) ending at or before `pos` and starting at or after `lo`."""
        i = bisect.bisect_right(self.starts, pos)
        for k in range(i - 1, -1, -1):
            m = self.mentions[k]
            if m.start < lo:
                return None
            if m.end <= pos and (not types or m.type in types):
                return m
        return None


NUMERIC_TYPES = ("date", "money", "percent", "count")


class Covered:
    """Character positions held by spans found so far in a pass (they may overlap each other)."""

    def __init__(self, spans: Iterable[tuple[int, ...]] = ()) -> None:
        self._held: set[int] = set()
        for span in spans:
            self.add(span[0], span[1])

    def add(self, start: int, end: int) -> None:
        self._held.update(range(start, end))

    def overlaps(self, start: int, end: int) -> bool:
        return not self._held.isdisjoint(range(start, end))

    def holds(self, start: int, end: int) -> bool:
        return self._held.issuperset(range(start, end))
