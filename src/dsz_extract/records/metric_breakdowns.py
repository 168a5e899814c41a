"""Figures given place by place: a ranked list ("排在前三位的是岑溪市82.0亿元，万秀区80.0亿元、藤县77.4亿元")
or a breakdown by county after a total ("全市实际使用外资12亿美元。其中，岑溪市3.2亿美元，藤县2.1亿美元").

Each figure stands right after its place and names no indicator of its own: it counts what the ranking
names, else what the figure before it in the paragraph counts. records/metrics.py asks here when a money
or count figure has no name before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import patterns
from .context import Reading
from .phrase import Phrase, Trim
from .sentence import Sentence

# What introduces places ranked by a figure ("名列前茅的是", "排在前三位的是", "前三名为"); (session 39) with the level
# of the places ranked and a colon ("吸收外资居前五位的市州是：长沙市(168676万美元)、…").
RANKING_TAIL_RE = patterns.compile(
    r"(?:名列前茅|居前|领先|排名前[^的是为]{0,3}|排在前[^的是为]{0,3}|(?:位居|位列|居)?前[一二三四五六七八九十\d]+[名位])的?"
    r"(?:市州|州市|盟市|地市|设区市|县市区|县市|县区|市县|城市|园区)?(?:是|为|有|依次是|依次为)\s*[：:]?\s*$"
)
# (session 37) What ranks the places a figure's name follows, before 分别 ("海口、三亚、澄迈投资额位居前三，分别为…").
RANKED_AFTER_NAME_RE = patterns.compile(
    r"(?:位居|位列|居|排名|排在|名列)(?:全省|全市|全区|全国)?(?:前[一二三四五六七八九十\d]+(?:位|名)?|前列|前茅)\s*[，,]?\s*$"
)
# Levels of places a figure can be broken down by (not a country or region: "亚洲地区实际投资…" is a source).
ITEM_LEVELS = ("province", "city", "county", "town", "zone")
MEMO_KEY = "metric_breakdowns.last"
# How many clauses before a figure its ranking phrase may stand ("…排在前三位的是岑溪市82.0亿元，万秀区80.0亿元").
RANKING_CLAUSES = 2
# A place after these is a destination, partner or base ("赴深圳3次", "占全省…").
# What may stand between a place and its figure: nothing, a word that the figure is each one's ("…和兴安盟各18项"), or
# 有 / 为 naming the count ("杭州市有90个，宁波市有71个"); (session 34) a word of reaching the level, with 更是 / 也
# before it ("合肥更是高达600.8亿", "宿州、蚌埠和安庆也都在200亿元以上", "岑溪市达到3.2亿元").
SHARED_GAP_RE = patterns.compile(r"(?:更是|更|也|还)?(?:均|都|各)?(?:有|为|在|达到|高达|达)?")
# A count of the places of the list before a figure ("芜湖、合肥、马鞍山三市超90个"): with a bound each place passes
# (超, 以上) it names no thing counted, and the figure is each place's.
PLACES_COUNT = r"[两二三四五六七八九十\d]+个?(?:州市|市|县|区|地|省|盟|旗)"
_COUNTED_PLACES_RE = patterns.compile(rf"{PLACES_COUNT}(?:也)?(?:均|都|各)?")
PLACE_NOT_SUBJECT_BEFORE = ("赴", "到", "往", "向", "从", "来自", "与", "同", "对", "比", "较", "占")


@dataclass(frozen=True)
class Named:
    """The name of the last figure read in a paragraph, for the place-by-place figures after it."""

    paragraph: int
    indicator: Phrase
    value_type: str


def place_item(reading: Reading, sent: Sentence, value: Any) -> Any | None:
    """The place mention right before the figure ("岑溪市82.0亿元"), when it can be a figure's place."""
    before = next(sent.backwards(value.start, sent.clause_at(value.start).start), None)
    if before is None or before.type != "place":
        return None
    if not SHARED_GAP_RE.fullmatch(reading.norm, before.end, value.start) and not counts_the_places(
        reading.norm, before.end, value
    ):
        return None
    if before.value.level not in ITEM_LEVELS:
        return None
    if reading.norm[max(sent.span.start, before.start - 2) : before.start].endswith(PLACE_NOT_SUBJECT_BEFORE):
        return None  # "赴深圳3次", "占全省62%": a destination or a base, not the figure's place
    return before


def counts_the_places(norm: str, start: int, value: Any) -> bool:
    """Whether norm[start:value.start] only counts the places before it and the figure is a bound each passes
    ("三市超90个", "两县均超过5亿元"): the count is no name, and the figure no joint total."""
    return (
        getattr(value.value, "modifier", None) == "over"
        and _COUNTED_PLACES_RE.fullmatch(norm, start, value.start) is not None
    )


def ranked_name(reading: Reading, sent: Sentence, place: Any, trim: Trim) -> Phrase | None:
    """The name before a ranking phrase that opens the list `place` is in
    ("招商引资区外到位资金完成总量排在前三位的是岑溪市…"), looked for in its clause and the one before."""
    index = sent.clause_index(place.start)
    for clause in reversed(sent.clauses[max(0, index - RANKING_CLAUSES) : index + 1]):
        ends = [item.start for item in sent.between(clause.start, min(clause.end, place.end), "place")]
        if clause.end <= place.start:
            ends.append(clause.end)  # (session 39) a ranking phrase closing its clause, the list after it (…的市州是：)
        for end in ends:
            ranked = RANKING_TAIL_RE.search(reading.norm, clause.start, end)
            if ranked is not None:
                head = next(sent.backwards(ranked.start(), clause.start), None)
                return trim(reading.norm, head.end if head is not None else clause.start, ranked.start()) or None
    return None


# A clause naming what the places after it count, with no figure of its own ("按地区分布来看，参加集中开工活动的重大项目，
# 杭州市有90个，宁波市有71个"): the noun after its last 的, or the whole clause, ending in a counted thing; (session 31) or
# the projects the places' counts are among ("三季度集中开工重大项目中，福州25个、总投资348亿元，厦门24个…").
_COUNTED_HEAD_RE = patterns.compile(
    r"(?:[^，,：:；;。的]*的)?(?P<name>[^，,：:；;。的]{0,12}(?:项目|企业|工程|客商|人才))(?:当中|之中|中)?[，,：:\s]*$"
)


def head_clause_name(reading: Reading, sent: Sentence, place: Any, trim: Trim) -> Phrase | None:
    """The name the clause right before the place's clause gives the counts after it, when the place opens its
    clause and that clause holds no figure."""
    index = sent.clause_index(place.start)
    if index == 0 or reading.norm[sent.clauses[index].start : place.start].strip(_CLAUSE_MARKS):
        return None
    before = sent.clauses[index - 1]
    if any(_is_a_figure(reading, m) for m in sent.between(before.start, before.end)):
        return None
    found = _COUNTED_HEAD_RE.search(reading.norm, before.start, place.start)
    if found is None:
        return None
    # a period opening the name is the figures' period, no part of what they count (三季度|集中开工重大项目中)
    start = max([found.start("name"), *(d.end for d in sent.between(*found.span("name"), "date"))])
    return trim(reading.norm, start, found.end("name")) or None


def _is_a_figure(reading: Reading, m: Any) -> bool:
    """A figure, not a bound naming a class of projects ("亿元以上项目")."""
    if m.type not in ("money", "count", "percent"):
        return False
    return not (reading.norm.endswith(_BOUNDS, m.start, m.end) or reading.norm.startswith(_BOUNDS, m.end))


_BOUNDS = ("以上", "以下")
_CLAUSE_MARKS = ' \t\r\n，,：:；;“”"、'


def remember(reading: Reading, sent: Sentence, indicator: Phrase, value_type: str) -> None:
    """Keep the name of the figure just read, one per type: a total told with its money ("签约项目80个，意向投资额331亿元。
    其中，通州区18个，三河市22个") still names the counts after it."""
    reading.memo.setdefault(MEMO_KEY, {})[value_type] = Named(sent.paragraph, indicator, value_type)


def last_named(reading: Reading, sent: Sentence, value_type: str) -> Phrase | None:
    """The name of the last figure of the same type read earlier in the paragraph."""
    named = reading.memo.get(MEMO_KEY, {}).get(value_type)
    if named is None or named.paragraph != sent.paragraph:
        return None
    return named.indicator


# --- one figure every place of a list has ---------------------------------------------------------

# Words that say a figure holds for each place of the list before it ("昆明、曲靖、红河引资额均超过500亿元",
# "赤峰市和乌兰察布市各31项").
SHARED_WORD_RE = patterns.compile(r"均|都|各|皆")
# Words that make the figure the list's joint total ("A、B两市合计到位资金300亿元", "A、B共引进…"), and a
# count of the places (两县, 4州市) that names the group as one subject unless 均/都/各 says the figure is each one's.
_JOINT_WORDS = r"共|合计|总计|累计|一共|合共|总和"
_JOINT_WORDS_RE = patterns.compile(_JOINT_WORDS)
JOINT_RE = patterns.compile(rf"{_JOINT_WORDS}|{PLACES_COUNT}")
# The count of the places opening the name of the figure each one has ("三市|实际到位资金均超500亿元").
_PLACES_COUNT_RE = patterns.compile(rf"{PLACES_COUNT}(?=\p{{Han}})")
# What may open the clause before the list ("其中，昆明、曲靖…").
LIST_OPENING_RE = patterns.compile(r"[\s，,；;：:]*(?:其中|另外|此外|同时|而|以及)?[\s，,；;：:]*")
LIST_JOINERS = ("、", "和", "及", "与")


def shared_places(reading: Reading, sent: Sentence, value: Any, transparent: frozenset[Any]) -> list[Any]:
    """The places of a list opening the figure's clause, when the figure is each one's
    ("芜湖、宣城、滁州超300亿元"; "两江新区、涪陵区完成投资均已超100亿元"): said by 均/都/各 or by a bound
    (超, 以上) that each place passes. Mentions in `transparent` (thresholds) may stand between. With 均/都/各 in
    its own clause, the list may open the clause before ("宣城、滁州和安庆四市实际到位资金保持高位增长态势，同比增幅
    均超20%")."""
    clause = sent.clause_at(value.start)
    if _EXACT_AFTER_RE.match(reading.norm, value.end):
        return []  # "六州市的项目落地率均超过30%，分别为51%、40%…": the bar, told before each one's own figure
    chain = _opening_list(reading, sent, clause.start, value, transparent)
    if not chain and clause.start > sent.span.start and SHARED_WORD_RE.search(reading.norm, clause.start, value.start):
        chain = _opening_list(reading, sent, sent.clause_at(clause.start - 1).start, value, transparent)
    return chain


_EXACT_AFTER_RE = patterns.compile(r"[，,]?\s*分别")


def _opening_list(reading: Reading, sent: Sentence, start: int, value: Any, transparent: frozenset[Any]) -> list[Any]:
    """The places of a list opening norm[start:] and holding the figure each, else []."""
    norm = reading.norm
    chain: list[Any] = []
    for m in sent.between(start, value.start):
        if m.type != "place":
            if chain and (m.type, m.start, m.end) not in transparent:
                return []  # "…滇中经济圈4州市共引进": another figure before this one
            continue
        if not chain:
            if not LIST_OPENING_RE.fullmatch(norm, start, m.start):
                return []
        elif norm[chain[-1].end : m.start] not in LIST_JOINERS:
            return []  # a place after the list ("A、B对C投资…"): not a list the figure is each one's
        chain.append(m)
    if len(chain) < 2 or any(p.value.level not in ITEM_LEVELS for p in chain):
        return []
    if counts_the_places(norm, chain[-1].end, value):
        return chain
    words = norm[chain[-1].end : value.start]
    shared = SHARED_WORD_RE.search(words)
    if words.startswith("等") or "分别" in words or (JOINT_RE.search(words) and not _each_of_counted(words, shared)):
        return []
    if not shared and value.value.modifier != "over":
        return []
    return chain


def _each_of_counted(words: str, shared: Any) -> bool:
    """Whether the words count the places and then say the figure is each one's ("马鞍山、滁州和蚌埠三市实际到位资金均超
    500亿元"), with no word of a joint total."""
    return shared is not None and _JOINT_WORDS_RE.search(words) is None


def past_places_count(norm: str, start: int, end: int) -> int:
    """Start of a figure's name after the count of the places it is each one's ("三市|实际到位资金")."""
    m = _PLACES_COUNT_RE.match(norm, start, end)
    return m.end() if m is not None and end - m.end() >= 2 else start


# What may stand before a period item of a breakdown in its clause ("其中2月份7个", "，其中，10月份12个").
_PERIOD_ITEM_LEAD_RE = patterns.compile(r"[\s，,、；;]*(?:其中|内含|含)?[，,：:]?\s*")


def period_item(reading: Reading, sent: Sentence, value: Any) -> Any | None:
    """The date right before a figure with no name of its own, opening its clause after 其中 ("新签约项目11个，其中2月份
    7个"): a breakdown by period of the figure before it, else None."""
    clause = sent.clause_at(value.start)
    before = next(sent.backwards(value.start, clause.start), None)
    if before is None or before.type != "date" or not reading.is_period_date(before):
        return None
    if not SHARED_GAP_RE.fullmatch(reading.norm, before.end, value.start):
        return None
    if not _PERIOD_ITEM_LEAD_RE.fullmatch(reading.norm, clause.start, before.start):
        return None
    return before


# --- rates told place by place after 分别为 ----------------------------------------------------------

# (session 31) "各县区亿元以上新签约项目开工率分别为：霍山县94.1%、金寨县68.9%": the rate named before 分别为, each place's
# after it; places counted as a group opening the name (各县区, 六县区) are its subjects, no part of it.
_RESPECTIVELY_LISTED_RE = patterns.compile(r"分别(?:为|是)[：:]?\s*")
_ITEM_TYPES = ("place", "percent", "count", "money")
_GROUP_OPENING_RE = patterns.compile(
    r"(?:各|全部|[两二三四五六七八九十\d]+个?)(?:县市区|县区|市县区|区县|县市|州市|市县|市|县|区)"
)
# How far before the place the words 分别为 may stand (characters).
RESPECTIVE_REACH = 200


def named_before_respectively(reading: Reading, sent: Sentence, place: Any, trim: Trim) -> Phrase | None:
    """The name before 分别为 when `place` is an item of the place-by-place list right after it."""
    norm = reading.norm
    lo = max(sent.span.start, place.start - RESPECTIVE_REACH)
    listed = None
    for found in _RESPECTIVELY_LISTED_RE.finditer(norm, lo, place.start):
        listed = found
    if listed is None:
        return None
    # between 分别为 and the place: items only (a place or a zone's word, its figure, a list mark)
    if any(m.type not in _ITEM_TYPES for m in sent.between(listed.end(), place.start)):
        return None
    clause = sent.clause_at(listed.start())
    start = clause.start
    previous = next((m for m in sent.backwards(listed.start(), clause.start) if m.type in ("place", "date")), None)
    if previous is not None:
        start = previous.end
    group = _GROUP_OPENING_RE.match(norm, start, listed.start())
    if group is not None:
        start = group.end()
    return trim(norm, start, listed.start()) or None


# (session 38) A rate in brackets right after each place of a list ("分盟市看，除呼伦贝尔(-8.5%)、兴安盟(-3.4%)投资下滑外，
# 其余9个盟市投资都实现增长：呼和浩特市(67.3%)、包头市(166.2%)"; "全省重点项目开工率96.5%，其中沧州(100.0%)、承德(100.0%)"):
# each place's figure, named after the list, in the clause that opens it, or as the rate told before it.
_BRACKET_OPEN = ("(", "（")
_BRACKET_CLOSE_RE = patterns.compile(r"\s*[)）]")
_BRACKETED_ITEM = r"[^、，,。；;：:()（）\d]{1,12}[(（]\s*[-+−]?\d+(?:\.\d+)?\s*%\s*[)）]"
_BRACKETED_LIST_RE = patterns.compile(rf"(?:{_BRACKETED_ITEM}、)*{_BRACKETED_ITEM}")
# The places' class and count before the name ("其余9个盟市|投资都实现增长"): no part of it.
_PLACES_CLASS_RE = patterns.compile(r"(?:个|個)?(?:盟市|州市|县市区|市县区|县区|区县|县市|旗县|市|县|区|盟|地区)?")
# The name before the verb of its change, with nothing else: "投资下滑", "投资都实现增长".
_NAMED_CHANGE_RE = patterns.compile(
    r"(?P<name>[^\d\s、，,。；;：:()（）]{1,6}?)(?:都|均|也|皆)?(?:实现|出现)?(?:正|负)?(?:增长|下滑|下降|增加|减少|回落)"
)


def bracketed_place(reading: Reading, sent: Sentence, value: Any) -> Any | None:
    """The place right before a bracket that holds the figure alone ("包头市(166.2%)")."""
    norm = reading.norm
    if norm[value.start - 1 : value.start] not in _BRACKET_OPEN or _BRACKET_CLOSE_RE.match(norm, value.end) is None:
        return None
    before = next(sent.backwards(value.start, sent.clause_at(value.start).start), None)
    if before is None or before.type != "place" or before.end != value.start - 1:
        return None
    return before if before.value.level in ITEM_LEVELS else None


def bracketed_list_name(reading: Reading, sent: Sentence, value: Any, trim: Trim) -> Phrase | None:
    """The name of the figures of the bracketed list `value` is in: told right after the list ("…(-19.2%)投资下滑外"),
    else in the clause right before it ("其余9个盟市投资都实现增长：")."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    listed = next(
        (m for m in _BRACKETED_LIST_RE.finditer(norm, clause.start, clause.end) if m.start() <= value.start < m.end()),
        None,
    )
    if listed is None:
        return None
    after = _NAMED_CHANGE_RE.match(norm, listed.end())
    if after is not None:
        return trim(norm, after.start("name"), after.end("name")) or None
    head = _opening_clause(norm, sent, clause, listed.start())
    if head is None:
        return None
    last = next(sent.backwards(head[1], head[0]), None)
    start = _PLACES_CLASS_RE.match(norm, last.end if last is not None else head[0]).end()
    named = _NAMED_CHANGE_RE.match(norm, start, head[1])
    if named is None:
        return None
    return trim(norm, named.start("name"), named.end("name")) or None


def _opening_clause(norm: str, sent: Sentence, clause: Any, list_start: int) -> tuple[int, int] | None:
    """The words before a colon that opens the list: in its own clause, or the clause before it."""
    colon = norm[clause.start : list_start].rstrip()
    if colon.endswith(("：", ":")):
        return clause.start, clause.start + len(colon) - 1
    index = sent.clause_index(clause.start)
    if colon or index == 0:
        return None
    before = sent.clauses[index - 1]
    return before.start, before.end
