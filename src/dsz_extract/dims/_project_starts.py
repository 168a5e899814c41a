"""Where a project's name starts: the left-edge rules project.py runs after the generic edge of `_names`
(building verbs before the name, an example marker, a ranking, a brand ending in 的, a cut inside a name)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import regex

from .. import patterns
from . import _names
from ._names import Boundaries, Taken, alternation, table, words
from ._project_stems import CAPACITY_WORDS, MIN_STEM, MODIFIERS

_HEADS = tuple(row[0] for row in table("project_heads.tsv"))
_FACILITY_END = (*_HEADS, "中心")
_FIRM_END = ("公司", "集团")
_HEAD_AT_START = patterns.compile(alternation(_HEADS))
HEAD_VERBS = frozenset(words("project_head_verbs.txt"))
_BUILDING_ONLY = _names.made_of("project_head_verbs.txt")
_SOFT = patterns.compile(rf"(?r)(?:{alternation(HEAD_VERBS)})")
# The two characters on either side of a cut inside a building verb (建|设 of 建设, 开|工 and 工|建 of 开工建设).
_STRADDLING_PAIRS = frozenset(verb[k - 1 : k + 1] for verb in HEAD_VERBS for k in range(1, len(verb)))


# A determiner between a building verb and the head (建设|新项目, 实施|该工程) leaves a bare head.
_DETERMINERS = frozenset("新该此其各")
# A building verb that is part of a zone's name (经济开发区, 示范区建设) is no verb of the name, nor one that is part
# of a body's (文化旅游发展中心, 软件开发中心, 城市发展集团).
_ZONE_AFTER_VERB = patterns.compile(r"区|园区|中心|公司|集团|研究院")
# Resettlement (易地扶贫|搬迁, 移民|搬迁) names whom a project houses: 搬迁 after it is inside the name
# (易地扶贫搬迁安置点, 生态移民搬迁安置区项目).
_RESETTLEMENT_BEFORE = patterns.compile(r"(?r)扶贫|扶貧|移民|易地|异地|異地")


def soft_edge(text: str, start: int, stem_end: int) -> int:
    """Cut after a building verb inside the name when a name part is left (开工建设X项目 → X项目), not
    when only building verbs are left (汉江源生态治理及开发|建设项目 keeps its start), nor inside a zone's
    name (临汾经济开发|区精密智造项目)."""
    last = _SOFT.search(text, start, stem_end - 1)
    if last is not None and last.end() == stem_end - 1 and text[last.end()] in _DETERMINERS:
        return stem_end - 1  # 某某公司投资建设|新项目: the verb's object is a bare head, no name
    for m in _SOFT.finditer(text, start, stem_end - MIN_STEM, overlapped=True):
        if _ZONE_AFTER_VERB.match(text, m.end()) or _RESETTLEMENT_BEFORE.match(text, max(0, m.start() - 2), m.start()):
            continue
        if not _BUILDING_ONLY.fullmatch(text, m.end(), stem_end) and not _PHASE_ONLY.fullmatch(text, m.end(), stem_end):
            # 投资建设的|城市综合体项目: the 的 that makes the verb a modifier is no part of the name
            return m.end() + 1 if text.startswith("的", m.end()) and stem_end - m.end() > MIN_STEM else m.end()
    return start


# A phase alone between a building verb and the head (中科台中园区扩建|二期开发案, …改扩建|三期工程) is the verb's: the
# works of a named site, whose name stands before the verb.
_PHASE_ONLY = patterns.compile(r"第?[一二三四五六七八九十0-9]{1,2}期")


def past_verb_before_phase(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """Back over a building verb the edge stopped at when only a phase is left before the head."""
    text = bounds.text
    if not _PHASE_ONLY.fullmatch(text, start, stem_end):
        return start
    verb = next((len(v) for v in sorted(HEAD_VERBS, key=len, reverse=True) if text.endswith(v, 0, start)), 0)
    if not verb:
        return start
    earlier = bounds.left_edge(start - verb, cuts=cuts)
    return earlier if start - verb - earlier >= MIN_STEM else start


def past_straddling_verb(text: str, start: int, stem_end: int) -> int:
    """A building verb the left edge cut through is all before the name: 在长兴建设|新能源电池产业园, where the
    edge stopped after 兴建 (a verb too) and left 设 at the name's start."""
    if text[start - 1 : start + 1] not in _STRADDLING_PAIRS:
        return start  # no verb holds the two characters around the edge: none runs through it (most edges)
    for verb in HEAD_VERBS:
        for k in range(1, len(verb)):
            if text.startswith(verb, start - k) and stem_end - (start - k + len(verb)) >= MIN_STEM:
                return start - k + len(verb)
    return start


# "一批项目落地，如|A项目、B项目": the word that introduces examples after a clause is no part of the first name.
_EXAMPLE_MARKER = patterns.compile(r"比如|例如|诸如|如")
_CLAUSE_OPENERS = frozenset("，,；;：:")
_PLACE_AFTER_RU = patterns.compile(r"\p{Han}{1,2}?(?:市|县|縣|区|區|镇|鎮|乡|鄉)")  # 如|皋市, 如|东县: a place's name


def past_example_marker(text: str, start: int, stem_end: int, taken: Taken) -> int:
    """Skip 如 opening a clause before a name, unless a mention starts there (如皋市, 如东县)."""
    m = _EXAMPLE_MARKER.match(text, start, stem_end)
    if m is None or text[start - 1 : start] not in _CLAUSE_OPENERS or stem_end - m.end() < MIN_STEM:
        return start
    if taken.overlapping(start, m.end()) or _PLACE_AFTER_RU.match(text, m.end()):
        return start
    return m.end()


# A ranking before a name describes it (世界首套|煤制烯烃示范项目, 全国首个|…产业园).
_RANKING = regex.compile(r"(?:世界|全球|全国|国内|全省|省内|全市|亚洲|国际)?(?:首|第一)(?:个|套|条|座|家|批|台)")


def past_ranking(text: str, start: int, stem_end: int) -> int:
    m = _RANKING.match(text, start, stem_end)
    return m.end() if m is not None and stem_end - m.end() >= MIN_STEM else start


# A verb and one of these makes a facility's name (抽水站, 加油站, 供水厂): the verb is no edge.
_FACILITY_NOUNS = frozenset("站厂库场池")


def past_compound_verb(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """Run on over a verb of the generated list that a facility noun follows (温泉抽水|站更新改造项目)."""
    if start not in bounds.verb_ends or bounds.text[start : start + 1] not in _FACILITY_NOUNS:
        return start
    verb_start = start - bounds.word_ending(start)
    earlier = bounds.left_edge(verb_start, cuts=cuts)
    return earlier if verb_start - earlier >= MIN_STEM else start


_FIRM_AFTER_BRAND = ("集团", "公司", "股份", "控股", "有限", "（", "(")
_MAX_BRAND = 3
_HAN = patterns.compile(r"\p{Han}")


def past_brand(bounds: Boundaries, start: int) -> int:
    """Run over a 的 that ends a brand (美的库卡…科技园): 1-3 characters and 的, standing clear on their
    left, that the text also writes before a firm word (美的集团)."""
    text = bounds.text
    if start < 2 or text[start - 1] != "的" or not _HAN.match(text, start - 2):
        return start
    for k in range(1, _MAX_BRAND + 1):
        brand_start = start - 1 - k
        if brand_start < 0 or not _HAN.match(text, brand_start):
            break
        if not bounds.clear_left(brand_start):
            continue
        if text[brand_start:start] in _brands_before_firms(text):
            return brand_start
    return start


_FIRM_WORD = patterns.compile("|".join(regex.escape(w) for w in _FIRM_AFTER_BRAND))


@functools.lru_cache(maxsize=2)
def _brands_before_firms(text: str) -> frozenset[str]:
    """Every 1-3 characters the text writes right before a firm word (美的 in 美的集团).

    One scan per text: looking each brand candidate up in the whole text made the pass quadratic."""
    return frozenset(
        text[m.start() - k : m.start()]
        for m in _FIRM_WORD.finditer(text)
        for k in range(1, _MAX_BRAND + 1)
        if m.start() >= k
    )


# Facilities or products joined before one shared 项目 are one project (…甘肃农业总部和研发中心项目,
# 中医养生中心及商贸街项目, 亿纬锂能储能与动力电池项目).
_SHARED_HEAD_CONJUNCTIONS = ("及", "和", "与")
_COMPLETE_END = ("项目", "工程", *_FIRM_END)


# Verbs ending in 及 (涉及|基础设施项目, 惠及|民生项目): the 及 is no conjunction of two parts.
_VERBS_ENDING_IN_JI = (
    "涉及",
    "普及",
    "波及",
    "提及",
    "惠及",
    "遍及",
    "危及",
    "顾及",
    "触及",
    "论及",
    "顧及",
    "觸及",
    "論及",
)


def _joined_part(text: str, start: int, stem_end: int, conj: int) -> bool:
    """A 及 (or 和, before a shared 项目) at `start` joins a first part that is no project or firm of
    its own: …多用途涂料及|研发工程中心项目, …总部和|研发中心项目, but not …A项目及|B项目."""
    if text.endswith(_VERBS_ENDING_IN_JI, 0, start):
        return False
    if text[start - 1] == "及" and not text.endswith(_FACILITY_END + _FIRM_END, 0, start - conj):
        return True
    shared = (
        stem_end - start >= MIN_STEM and text.startswith("项目", stem_end) and not text.endswith("项目", 0, stem_end)
    )
    return shared and text[start - 1] in _SHARED_HEAD_CONJUNCTIONS and not text.endswith(_COMPLETE_END, 0, start - conj)


def _cut_at_a_trigger(text: str, start: int) -> bool:
    """A verb that presents the name (签订, 引进, 开工) ends right before `start`."""
    return text.endswith(_TRIGGER_WORDS, 0, start)


_TRIGGER_WORDS = tuple(words("project_triggers.txt"))


def past_inner_cut(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """Run on over a cut that split a name: one that leaves a stem starting with a head
    (中国商飞试飞|基地综合配套PPP项目), or a 及 whose first part is no project or firm of its own
    (轨交高速车轮及|产业链项目, …多用途涂料及|研发工程中心项目)."""
    text = bounds.text
    stem = text[start:stem_end]
    conj = 2 if text.endswith("以及", 0, start) else 1
    after_conjunction = start > 0 and _joined_part(text, start, stem_end, conj)
    if not (after_conjunction or _HEAD_AT_START.match(stem)) or start == 0 or _names.is_edge_char(text, start - 1):
        return start
    if _cut_at_a_trigger(text, start):
        return start  # 县政府签订|高速公路项目: the trigger before the name ends what stands before it
    gap = conj if after_conjunction else bounds.word_ending(start)
    earlier = bounds.left_edge(start - gap, cuts=cuts, over_verbs=MODIFIERS)
    return earlier if earlier < start - gap else start


# A facility's head right after a verb of building (在大连投资兴建|工厂, 新建|产业园) is what is built, the predicate's
# object, no name: only the works heads take the verb in (…东兴石化扩建|项目, 景观提升|工程).
_WORKS_HEADS = ("项目", "工程")
_BUILD_VERBS = tuple(sorted(set(words("project_build_verbs.txt")) - {"打造", "布局"}, key=len, reverse=True))


def built_facility(text: str, start: int, stem_end: int, head: str) -> bool:
    return head not in _WORKS_HEADS and text.endswith(_BUILD_VERBS, start, stem_end)


# A production capacity opens the name it stands in (年产20万吨|功能性食品添加剂项目, 新上|年产3000万只锂电池…项目): a
# verb of the product's words (添加) or a date misread inside the verb before it (新上年|产) is no edge after it.
_CAPACITY = patterns.compile(rf"(?:{alternation(CAPACITY_WORDS)})(?=[0-9一二三四五六七八九十百千两])")
_NAME_BREAK = patterns.compile(r"[，。；：！？、,;:!?\n（）()“”「」等的]")


def from_capacity(text: str, start: int, stem_end: int, cuts: list[int]) -> int:
    """`start` moved back to the capacity that opens the name, when one stands in the run right before it."""
    lo = max(0, start - 16)
    last = None
    for m in _CAPACITY.finditer(text, lo, start + 1):  # + 1: the number its lookahead reads may open the name
        last = m
    if last is None or _NAME_BREAK.search(text, last.start(), start):
        return start
    if any(last.end() < cut <= start for cut in cuts):
        return start  # a mention after the capacity (…年产10万吨活性石灰等|3个|项目) ends what it opens
    return last.start()


# A verb of the generated list right before a facility's one-character noun makes that noun (接收|站, 加油|站,
# 停车|场): no edge inside a project's name (如东县洋口港LNG接收站扩建工程). Only the project pass reads the
# boundaries so; an organisation's or a person's edge is left as it is.
_FACILITY_CHARS = frozenset("站厂库港场馆池")


def without_verb_nouns(bounds: Boundaries) -> Boundaries:
    """The boundaries of a text without the verb ends that open a facility noun (a shallow copy, or `bounds`),
    nor the 至 of a numbered range (梅山港区6号至|10号集装箱码头工程: berths 6 to 10 are one name's)."""
    text = bounds.text
    drop = {e for e in bounds.verb_ends if text[e : e + 1] in _FACILITY_CHARS}
    drop |= {m.end() for m in _NUMBERED_RANGE.finditer(text)}
    drop |= {m.end() for m in _BRAND_NUMERAL.finditer(text)}
    return bounds.without_ends(drop)


# A numeral with a measure word no project is counted by opens a brand inside a name (三只|松鼠华北产业园项目,
# 呷一支|食品生产项目): no edge after it.
_BRAND_NUMERAL = patterns.compile(r"(?<![0-9一二三四五六七八九十两几多数第])[一二三四五六七八九十两]+[只支](?=\p{Han})")


_NUMBERED_RANGE = patterns.compile(r"(?<=[0-9一二三四五六七八九十][号#])至(?=[0-9一二三四五六七八九十]+[号#])")


# A rate's unit is written with a slash (100t/d, 5000m3/d, 10万t/a, 50kV/10kV): the slash is no edge, the name
# starts at the number before it (一期|100t/d冶炼工程, 日处理5000m3/d|污水处理厂项目 with the capacity before).
_RATE_BEFORE_SLASH = patterns.compile(r"(?r)[0-9０-９][0-9０-９.．]*(?:万|千)?[A-Za-z][A-Za-z0-9³²]{0,3}[/／]")


def past_unit_slash(text: str, start: int) -> int:
    """`start` moved back over a rate written with a slash that the generic edge cut at its slash."""
    if text[start - 1 : start] not in ("/", "／") or not text[start : start + 1].isascii():
        return start
    m = _RATE_BEFORE_SLASH.match(text, max(0, start - 14), start)
    return m.start() if m else start


# (session 37) Activities listed inside one name before its head (…铝箱体研发、生产、销售项目, 智能装备研发、制造项目): the
# list is the name's, the first activity closing the words it is done on; no activity alone names a project.
_ACTIVITIES = (
    "研发", "研制", "生产", "销售", "制造", "加工", "运营", "应用", "推广", "开发", "设计", "组装", "检测", "回收",
    "仓储", "服务",
)  # fmt: skip
_ACTIVITY_ALONE = patterns.compile(alternation(_ACTIVITIES))


def over_listed_activities(text: str, start: int, stem_end: int, edge: Callable[[int], int]) -> int:
    """`start` moved back over activities listed before the head to the words the first one is done on (…铝箱体研发、
    生产、|销售项目 → 中鼎…研发、生产、销售项目); `edge(pos)` is where a name ending at pos starts."""
    if not _ACTIVITY_ALONE.fullmatch(text, start, stem_end):
        return start
    pos = start
    while text[pos - 1 : pos] == "、":
        act = next((a for a in _ACTIVITIES if text.endswith(a, 0, pos - 1)), None)
        if act is None:
            return start
        first = pos - 1 - len(act)
        if text[first - 1 : first] == "、":
            pos = first
            continue
        name_start = edge(pos - 1)
        return name_start if name_start < first else start
    return start
