"""分别: a list of subjects given a list of values, one for one.

Reports pack several figures into one clause: "楚雄、大理、昭通、临沧4州市已分别到位资金40.7亿、39.05亿、
27亿和18.6亿元" (places), "履约率、落地率、开工率和资金到位率分别为82%、32%、41%和13.8%" (indicators).
Each value is a record of its own subject. `runs` finds, once per sentence, the values listed right
after 分别 and the list of the same length before it; the assemblers give value i subject i.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import regex

from .. import patterns
from ..tokenize import frequencies, tokenize
from .context import Reading
from .metric_words import MULTIPLE_OF_A_BASE
from .sentence import VALUE_TYPES, Sentence

RESPECTIVELY = "分别"
_MULTIPLE_OF_A_BASE_RE = patterns.compile(MULTIPLE_OF_A_BASE)
# Words that may stand between 分别 and the first value ("分别为", "分别达到", "分别到位资金").
RUN_LEAD_MAX = 8
# Share and comparison after 分别 qualify the figures before: not a run of subjects. A growth
# ("分别增长6.9%、0.8%") does too when figures stand before it, else it is each name's statistic.
QUALIFYING = ("增长", "增加", "下降", "减少", "提高", "占", "比", "较", "同比", "按年", "年增", "年减")
# Percentage points after these are differences from another group ("分别超过未入园项目24个、7个…百分点"), no
# figures of their own; amounts after them are the figures with a modifier ("分别超过100亿元、80亿元").
COMPARED = ("超过", "高于", "低于", "快于", "慢于")
GROWTH = (
    "增长", "增加", "提高", "上升", "下降", "减少",
    # ... also with the comparison before the verb (分别同比增长…, Hong Kong's 分别按年增加24.8%及5.5%, Taiwan's 年增 / 年减)
    "同比增长", "同比增加", "同比下降", "同比减少", "按年增加", "按年上升", "按年增长", "按年下跌", "按年减少", "年增", "年减",
)  # fmt: skip
# The longest list of names one shared value goes to.
SHARED_MAX = 6
# How far before 分别 a list of subjects may stand (characters): "六州市的项目落地率均达到或超过30%，分别为…".
SUBJECT_REACH = 60
# Subjects that are phrases are short names: longer pieces are clauses, not a list.
SUBJECT_MAX_CHARS = 16
# A list's members are joined by these.
LIST_JOINERS = "、和及与"

_RUN_SEPARATOR = patterns.compile(r"[\s、,，和及与]{1,2}")
_PHRASE_SPLIT = patterns.compile(r"[、]|和|及|与")
_ENUMERATION_COMMA = patterns.compile("、")
_RESPECTIVELY_RE = patterns.compile(RESPECTIVELY)
# "一、二、三产业实际利用外资占比为2.32%、47.88%、49.8%": values listed after 为 are one per subject as after 分别
# (two or more of them; one value after 为 is no run).
_LISTED_AFTER_RE = patterns.compile(r"(?<!分别)(?:依次)?为")
# (session 36) "城镇和农村居民人均可支配收入增长2%和6%": growths listed right after their verb, with no 分别, are one per
# subject too where as many subjects stand before and no figure does.
_GROWTHS_LISTED_RE = patterns.compile(
    r"(?<!分别|同比)(?=(?:同比)?(?:增长|增加|下降|减少|提高|上升)\s*[\d.]+%\s*[、和及与]\s*[\d.]+%(?!\s*之间))"
)
_CLAUSE_PUNCTUATION = patterns.compile(r"[，,；;：:。]")
# A clause of dates only, opening the sentence ("2021年、2022年，…", "2022年和2023年上半年，…").
_OPENING_DATES_RE = patterns.compile(r"[\s\d年月季度上下半前后一二三四五六七八九十、和及至—\-～~]+[，,]\s*")


@dataclass(frozen=True)
class Run:
    """Values listed after 分别 and, when the sentence gives them, their subjects one for one."""

    values: tuple[Any, ...]
    lead: tuple[int, int]  # the words between 分别 and the first value ("分别到位资金…" → 到位资金)
    places: tuple[Any, ...] = ()  # place mentions, one per value
    names: tuple[tuple[int, int], ...] = ()  # (start, end) of a phrase per value, in the normalised text
    growth: bool = False  # the values are growths ("分别增长…"): statistics of the names
    shared: bool = False  # one value every name has
    dates: tuple[Any, ...] = ()  # date mentions, one per value ("2021年、2022年实际使用外资分别为…")
    dated_name: tuple[int, int] | None = None  # the name after the dates, before 分别


def runs(reading: Reading, sent: Sentence) -> list[Run]:
    """The 分别 runs of a sentence (two values or more, or one shared by a list of names), with their
    subjects where found (read once per sentence: deals and metrics both ask)."""
    if "runs" not in sent.memo:
        sent.memo["runs"] = _runs(reading, sent)
    return sent.memo["runs"]


def _runs(reading: Reading, sent: Sentence) -> list[Run]:
    norm = reading.norm
    found: list[Run] = []
    matches = [*_RESPECTIVELY_RE.finditer(norm, sent.span.start, sent.span.end)]
    matches += [
        m for m in _LISTED_AFTER_RE.finditer(norm, sent.span.start, sent.span.end) if _lists_after(reading, sent, m)
    ]
    unmarked = [*_GROWTHS_LISTED_RE.finditer(norm, sent.span.start, sent.span.end)]
    for match in sorted(matches + unmarked, key=lambda m: m.start()):
        values, growth, share = _values_after(reading, sent, match.end())
        if not values or ((growth or share) and _qualifies_figures_before(reading, sent, match, len(values))):
            continue  # growths after figures qualify them ("…分别达4.78亿元、20.2亿元，分别增长6.9%、0.8%")
        if (share or match in unmarked) and (
            len(values) < 2 or len(_name_list(reading, sent, match.start(), len(values))) < 2
        ):
            continue  # shares, and growths without 分别, are the names' own one for one only where as many names stand before
        if len(values) == 1:
            run = _shared(reading, sent, match, values[0])
            if run is not None:
                found.append(run)
            continue
        lead = (match.end(), values[0].start)
        dates = _date_list(reading, sent, match.start(), len(values))
        if dates:  # "2021年、2022年实际使用外资分别为1.2亿美元、1.6亿美元": one year each
            name_start = max(dates[-1].end, sent.clause_at(match.start()).start)
            found.append(Run(tuple(values), lead, dates=tuple(dates), dated_name=(name_start, match.start())))
            continue
        places = _place_list(reading, sent, match.start(), len(values))
        names = () if places else _name_list(reading, sent, match.start(), len(values))
        run = Run(tuple(values), lead, tuple(places), tuple(names), growth=growth)
        if not places and not names and not growth and found and len(found[-1].values) == len(values):
            # "分别新增65家和30家，累计分别达到956家和561家": the same subjects again.
            run = Run(tuple(values), lead, found[-1].places, found[-1].names)
        found.append(run)
    return found


def _qualifies_figures_before(reading: Reading, sent: Sentence, match: Any, size: int) -> bool:
    """Figures stand before the growths after 分别, and no list of as many names of other things stands between the last
    of them and 分别 ((session 31) "新批台资项目56个，总投资和合同台资分别增长58%和42%": the growths are the two names')."""
    before = sent.between(sent.span.start, match.start(), *VALUE_TYPES)
    if not before:
        return False
    names = _name_list(reading, sent, match.start(), size)
    if not names or names[0][0] < before[-1].end:
        return True
    # names of figures told before them ("合同外资118.8亿美元，实际外资69.9亿美元，合同外资和实际外资分别增长…"): theirs
    norm, told = reading.norm, reading.norm[sent.span.start : before[-1].end]
    return any(norm[start:end] in told for start, end in names)


def _lists_after(reading: Reading, sent: Sentence, match: Any) -> bool:
    """为 right before two values or more of one type joined by 、 (not a growth: those qualify figures)."""
    first = sent.first_from(match.end())
    if first is None or first.type not in VALUE_TYPES or first.start != match.end():
        return False
    following = sent.first_from(first.end)
    return (
        following is not None
        and following.type == first.type
        and _RUN_SEPARATOR.fullmatch(reading.norm, first.end, following.start) is not None
    )


def _shared(reading: Reading, sent: Sentence, match: Any, value: Any) -> Run | None:
    """One value after 分别 that each name of the list before it has ("A、B、C分别增长20%左右")."""
    for size in range(SHARED_MAX, 1, -1):
        places = [] if value.type == "percent" else _place_list(reading, sent, match.start(), size)
        if places:  # "德州、滨州分别到位资金5亿元": each place's figure
            return Run((value,) * size, (match.end(), value.start), tuple(places), (), growth=False, shared=True)
        names = _name_list(reading, sent, match.start(), size)
        if names:
            # Only a percent is a growth; a shared count or amount is each name's own figure.
            growth = value.type == "percent"
            return Run((value,) * size, (match.end(), value.start), (), tuple(names), growth=growth, shared=True)
    return None


# (session 41) Shares after 分别 with no figure before them are the names' own ("到资前三位的行业为A、B、C，分别占全市实际到资的
# 31.5%、15.5%、13.5%"); the share's whole may take more words than another lead.
SHARE = "占"
SHARE_LEAD_MAX = 14


def _values_after(reading: Reading, sent: Sentence, offset: int) -> tuple[list[Any], bool, bool]:
    """The values listed right after 分别, whether a growth word leads them ("分别增长…"), and whether a share does
    ("分别占…的")."""
    norm = reading.norm
    first = sent.first_from(offset)
    share = norm.startswith(SHARE, offset)
    if share:  # the whole the share is of may name a place (占全市实际到资的…)
        first = next((m for m in sent.between(offset, sent.span.end) if m.type in VALUE_TYPES), None)
        share = first is not None and first.type == "percent"
    if (
        first is None
        or first.type not in VALUE_TYPES
        or first.start - offset > (SHARE_LEAD_MAX if share else RUN_LEAD_MAX)
    ):
        return [], False, False
    lead = norm[offset : first.start]
    if _CLAUSE_PUNCTUATION.search(lead):
        return [], False, False
    growth = lead.startswith(GROWTH)
    if lead.startswith(QUALIFYING) and not growth and not share:
        return [], False, False
    if lead.startswith(COMPARED) and first.type == "percent" and first.value.unit == "percentage_point":
        return [], False, False
    if (
        first.type == "percent"
        and first.value.unit == "times"
        and _MULTIPLE_OF_A_BASE_RE.search(norm, offset, first.start)
    ):
        return [], False, False  # "分别为上一年度的1.8倍、5.5倍": multiples of the figures before, no run of subjects
    run = [first]
    while True:
        following = sent.first_from(run[-1].end)
        if following is None or following.type != first.type:
            break
        if not _RUN_SEPARATOR.fullmatch(norm, run[-1].end, following.start):
            break
        run.append(following)
    if growth and first.type != "percent":
        return [], False, False
    return run, growth, share


# Places that invest in another ("海南、辽宁等省市对广西投资增速…分别增长…"): the origins of the money, not the
# places the figures are of.
_ORIGINS_AFTER_RE = patterns.compile(r"(?:等[^，,。；;、]{0,4})?(?:对|向|来|到|在)[^，,。；;、]{1,8}?投资")


def _place_list(reading: Reading, sent: Sentence, before: int, size: int) -> list[Any]:
    """The last list of `size` places joined by 、/和 before `before`, within reach."""
    start = max(sent.span.start, before - SUBJECT_REACH)
    places = [m for m in sent.between(start, before) if m.type == "place"]
    norm = reading.norm
    chain: list[Any] = []
    for m in reversed(places):
        if chain and norm[m.end : chain[0].start] not in LIST_JOINERS:
            if len(chain) >= 2:
                break
            chain = []
        chain.insert(0, m)
    if len(chain) != size or _ORIGINS_AFTER_RE.match(norm, chain[-1].end, before):
        return []
    return chain


def _date_list(reading: Reading, sent: Sentence, before: int, size: int) -> list[Any]:
    """A list of `size` period dates joined by 、/和 in the clause before `before`, with only a name after it."""
    clause = sent.clause_at(before)
    dates = [m for m in sent.between(clause.start, before, "date") if reading.is_period_date(m)]
    between: tuple[str, ...] = ("place", *VALUE_TYPES)  # a place after the dates: a list of places' figures
    if not dates and _OPENING_DATES_RE.fullmatch(reading.norm, sent.span.start, clause.start):
        # "2022年和2023年上半年，全市新签约项目分别为…": the dates open the sentence in a clause of their own
        dates = [m for m in sent.between(sent.span.start, clause.start, "date") if reading.is_period_date(m)]
        between = VALUE_TYPES
    if len(dates) != size or sent.between(dates[-1].end, before, *between):
        return []
    norm = reading.norm
    if any(norm[a.end : b.start] not in LIST_JOINERS for a, b in itertools.pairwise(dates)):
        return []
    return dates


def _name_list(reading: Reading, sent: Sentence, before: int, size: int) -> list[tuple[int, int]]:
    """Phrases joined by 、/和 between the clause start and 分别 ("履约率、落地率、开工率和资金到位率分别为…")."""
    clause = sent.clause_at(before)
    norm = reading.norm
    if clause.start == before and clause.start > sent.span.start:
        clause = sent.clause_at(clause.start - 1)  # "…，分别为…": the list ends the clause before
        before = clause.end
        while before > clause.start and norm[before - 1] in "，,；; ":
            before -= 1
    pieces = _split(_PHRASE_SPLIT, norm, clause.start, before)
    if len(pieces) != size:
        # "A、B、C和D类": a list of the right length when only 、 joins it.
        pieces = _split(_ENUMERATION_COMMA, norm, clause.start, before)
        if len(pieces) != size:
            return []
    first_start = _after_head(norm, *pieces[0])
    # a period or a verb of flows opening the list is no part of its first name ("2022年流入金融业、…")
    dated = sent.between(first_start, pieces[0][1], "date")
    first_start = dated[-1].end if dated else first_start
    first_start = _FLOW_VERB_RE.match(norm, first_start, pieces[0][1]).end()
    pieces[0] = (first_start, pieces[0][1])
    pieces[-1] = (pieces[-1][0], _before_shared_head(norm, pieces))
    if any(not 0 < e - s <= SUBJECT_MAX_CHARS for s, e in pieces):
        return []
    if any(sent.between(s, e, "money", "count", "percent") for s, e in pieces):
        return []
    return pieces


# Verbs of where money flows, before the first of the sectors listed ("流入金融业、批发零售业和博彩业的外来投资").
_FLOW_VERB_RE = patterns.compile(r"\s*(?:流入|流向|投向|投放到|投放于)?")


def _before_shared_head(norm: str, pieces: list[tuple[int, int]]) -> int:
    """Where the last name ends before the head all the names share ("金融业、批发零售业和博彩业的外来投资" → 博彩业):
    the 的 only the last name has."""
    start, end = pieces[-1]
    head = norm.find("的", start, end)
    if head <= start or any("的" in norm[s:e] for s, e in pieces[:-1]):
        return end
    return head


def _split(separator: regex.Pattern[str], norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans between the separators in norm[start:end]."""
    pieces: list[tuple[int, int]] = []
    for sep in separator.finditer(norm, start, end):
        pieces.append((start, sep.start()))
        start = sep.end()
    pieces.append((start, end))
    return pieces


def _after_head(norm: str, start: int, end: int) -> int:
    """Where the first name starts after the words it shares with the others ("入园项目的履约率" → 履约率), or (session
    41) after the words naming the list ("到资前三位的行业为|批发和零售业、…")."""
    named = _LIST_NAMED_RE.search(norm, start, end)
    if named is not None and named.end() < end:
        return named.end()
    head = norm.rfind("的", start, end)
    return head + 1 if head >= 0 else start


_LIST_NAMED_RE = patterns.compile(
    r"(?r)(?:行业|领域|产业|国家和地区|国家|地区|来源地|城市|板块|县区|县市区)(?:依次|分别)?(?:为|是)|依次为|依次是"
)


# (session 29) Short names before a last one holding the noun they share ("城镇、农村居民人均可支配收入分别增长5.5%和8.6%",
# "进口、出口总额分别…"): each short name takes that noun, the words of the last one past as many words as it has
# (城镇 → 城镇 + 居民人均可支配收入); a short name ending as the last one does (履约率、…资金到位率) is whole already.
_SHORT_NAME = 4


def shared_nouns(norm: str, sent: Sentence, names: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """For each name of a 分别 run, the span of the noun it shares with the last name, or None (the last one's own);
    none for places (海南、辽宁等省市对广西投资…: the places whose figures they are)."""
    none: list[tuple[int, int] | None] = [None] * len(names)
    if len(names) < 2 or any(sent.between(s, e, "place") for s, e in names):
        return none
    last_start, last_end = names[-1]
    if any(not 0 < e - s <= _SHORT_NAME or norm[e - 1] == norm[last_end - 1] for s, e in names[:-1]):
        return none
    if _NOUN_END_RE.search(norm, last_start, last_end) is None:
        return none
    words = [last_start + start for _w, start, _e in tokenize(norm[last_start:last_end])]
    shared: list[tuple[int, int] | None] = []
    for s, e in names[:-1]:
        noun = _parallel_prefix_end(norm, e - s, last_start, words) or _word_after(len(tokenize(norm[s:e])), words)
        if noun is None or last_end - noun < 2:
            return none
        shared.append((noun, last_end))
    return [*shared, None]


# The nouns of a statistic a shared name may end in (…居民人均可支配收入, 进出口总额, 工业投资, 实际到位资金).
_NOUN_END_RE = patterns.compile(
    r"(?:收入|总额|投资|增加值|资金|外资|总值|产值|销售额|金额|利润|税收|营业额|出口额|进口额)$"
)


def _parallel_prefix_end(norm: str, size: int, start: int, words: list[int]) -> int | None:
    """Where the last name's first word splits into two words after `size` characters (农村|居民 in 农村居民人均…,
    parallel to 城镇): its noun starts there."""
    first_end = words[1] if len(words) > 1 else None
    if first_end is None or first_end - start <= size:
        return None
    counts = frequencies()
    head, rest = norm[start : start + size], norm[start + size : first_end]
    return start + size if len(rest) >= 2 and counts.get(head) and counts.get(rest) else None


def _word_after(own: int, words: list[int]) -> int | None:
    """The start of the last name's word after as many words as the short name has (工业 → 服务业|投资)."""
    return words[own] if own < len(words) else None
