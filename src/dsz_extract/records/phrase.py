"""The words that name what a figure counts: the phrase before it ("招商引资到位资金140.5亿元") or after
it ("邀请300余位浙商企业家来聊…"), bounded by the mentions around it and trimmed of verbs.

Metrics read their indicator here and talent its category; each passes its own trimming lists.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .. import patterns
from .context import Reading, mention_key
from .sentence import Sentence

# Characters that never start or end the name of a thing counted.
EDGE_CHARS = " \t，,、：:；;。！？!?（(）)…—-的"
# After these a figure is complete and its name is the phrase before it.
_CLOSED_AFTER = patterns.compile(
    r"[，,。；;：:、（()）！!？?”\s]|$|同比|环比|比上年|比去年|较上年|较去年|增长|下降|增加|减少|分别"
    r"|等(?=[，,。；;、\s]|$)"  # "…总投资22.61亿元等。": the end of a list
    r"|且"  # "实际到位资金均超500亿元且同比增幅较快": a second predicate of the same subject
)
# A phrase after a figure that starts with one of these is a verb phrase, not the thing counted.
RIGHT_NOT_NOUN = (
    "给予", "用于", "作为", "进行", "以上", "左右", "给", "用", "以", "为", "是", "到", "由", "将",
    "被", "对", "向", "从", "与", "和", "可", "能", "要", "已", "来", "于", "增长", "同比", "的",
    # the bar a figure passes (突破千亿元|大关, 首破萬億|大關): the words before the figure name it
    "大关", "大關", "关口", "關口", "门槛", "門檻",
    # (session 31) and the step it climbs onto (迈上400亿元|台阶, 跃上10亿元|新台阶)
    "台阶", "臺階", "新台阶", "新臺階",
)  # fmt: skip
# The phrase after a figure ends at the first of these (after its first two characters).
RIGHT_STOP = (
    "已", "将", "来", "赴", "到", "在", "列入", "担任", "参加", "参与", "开展", "进行", "落户", "入驻", "集聚",
    "聚集", "为", "是", "被", "从", "于", "共", "全部", "均", "达", "实现", "完成", "投产", "开工", "建成",
    "签约", "给予", "用于", "作为", "参观", "考察", "主动", "能", "要", "负责", "组成", "入选", "当选", "获批",
    "成长为", "抵", "参会", "出席",
)  # fmt: skip
_RIGHT_STOP_RE = patterns.compile("|".join(sorted(RIGHT_STOP, key=len, reverse=True)))
# (session 40) ... but a stage word right before the head it qualifies is part of the noun (13个计划新开工项目, 12个竣工保
# 投产项目, 5个建成投产企业): the noun runs to the head.
_STAGE_THEN_HEAD_RE = patterns.compile(r"(?:开工|投产|建成|签约|竣工)(?:建设)?的?(?:重点|重大)?(?:项目|企业|工程)")
# The numbering of a list item or heading before the words ("（1）新签约项目", "2.实际到位资金", "（二）到位资金"):
# no part of a name. Not before another numeral ("一、二、三产业" lists the sectors).
_LIST_MARKER_RE = patterns.compile(
    r"[（(]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:[）)]|(?<![（(]\S{1,3})[、.．])(?![一二三四五六七八九十\d])"
)
# A goal stated by a copula ("目标任务是签约项目2000亿元", "全年指标为引进项目50个"): the thing counted is
# what follows it; the goal words make the figure a target (records/kind.py) and name nothing.
_GOAL_COPULA_RE = patterns.compile(r"(?:任务|目标|指标)(?:是|为)")
# The longest name of a thing counted, in characters; bounds how far a figure looks around itself.
PHRASE_REACH = 60


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int

    def __bool__(self) -> bool:
        return self.end > self.start


EMPTY = Phrase(0, 0)


def is_closed_after(norm: str, value: Any, clause_end: int) -> bool:
    """True when nothing but punctuation or a comparison follows the figure in its clause."""
    if value.end >= clause_end:
        return True
    return bool(_CLOSED_AFTER.match(norm, value.end, clause_end))


def left_phrase(
    reading: Reading,
    sent: Sentence,
    value: Any,
    trim: Trim,
    *,
    transparent: Collection[tuple[str, int, int]] = (),
    said_by_de: Collection[str] = (),
) -> Phrase:
    """The words between the last mention before `value` in its clause and `value`, trimmed.

    Mentions whose keys are in `transparent` (thresholds such as "亿元以上") are part of the words. The words
    before the last 的 go, unless what follows it is one of `said_by_de`: heads that the clause closed by 的 says
    which of ("集中开工的项目", "来自东部地区的资金").
    """
    norm = reading.norm
    clause = sent.clause_at(value.start)
    start = max(clause.start, value.start - PHRASE_REACH)
    barrier = next((m for m in sent.backwards(value.start, clause.start) if mention_key(m) not in transparent), None)
    if barrier is not None:
        start = max(start, barrier.end)
    if not _threshold_before_last_de(norm, start, value.start, transparent) and not _head_after_last_de(
        norm, start, value.start, said_by_de
    ):
        start = _after_last(norm, start, value.start, "的", keep=1)
    start = _after_last(norm, start, value.start, "等地", keep=2)
    start = _after_last(norm, start, value.start, "等", keep=3)
    start = _after_goal_copula(norm, start, value.start)
    return trim(norm, start, value.start)


def _threshold_before_last_de(norm: str, start: int, end: int, transparent: Collection[tuple[str, int, int]]) -> bool:
    """Whether the last 的 in [start, end) closes a threshold ("投资过20亿元的项目", "10亿元以上的项目"): the size
    is part of what is counted, so the name keeps it."""
    pos = norm.rfind("的", start, end)
    if pos < 0 or not transparent:
        return False
    return any(key[2] in (pos, pos - len("之间")) and key[1] >= start for key in transparent)


# Between a count and a threshold that sizes the noun after it ("80个投资过千万元的重点项目", "12个总投资超10亿元的项目"):
# a few characters, none that close a noun or open another ("1701家企业、超过…亿元投资", "21个项目中20亿元…").
_SIZE_GAP_RE = patterns.compile(r"[^、，,；;。中和及与]{0,4}")


def _sizes_the_noun(norm: str, value: Any, threshold: Any) -> bool:
    return _SIZE_GAP_RE.fullmatch(norm, value.end, threshold.start) is not None


def _head_after_last_de(norm: str, start: int, end: int, heads: Collection[str]) -> bool:
    """Whether the words after the last 的 in [start, end) are one of `heads` (edge characters aside)."""
    pos = norm.rfind("的", start, end)
    return pos > start and norm[pos + 1 : end].strip(EDGE_CHARS) in heads


def _after_goal_copula(norm: str, start: int, end: int) -> int:
    """Move `start` past the last goal copula in [start, end) when two characters or more follow it."""
    last = None
    for last in _GOAL_COPULA_RE.finditer(norm, start, end):  # noqa: B007 (the last one is wanted)
        pass
    if last is not None and end - last.end() >= 2:
        return last.end()
    return start


def right_phrase(
    reading: Reading,
    sent: Sentence,
    value: Any,
    trim: Trim,
    *,
    transparent: Collection[tuple[str, int, int]] = (),
    said_by_de: Collection[str] = (),
) -> Phrase:
    """The noun phrase right after `value` ("300家本地企业"), up to the next mention or verb; `transparent` and
    `said_by_de` as for `left_phrase` ("80个投资过千万元的重点项目")."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    end = min(clause.end, value.end + PHRASE_REACH)
    following = sent.first_from(value.end)
    if following is not None and mention_key(following) in transparent and _sizes_the_noun(norm, value, following):
        following = sent.first_from(following.end)
    if following is not None:
        end = min(end, following.start)
    start = value.end
    if norm.startswith("规模的", start):
        start += 3
    elif norm.startswith("的", start):
        start += 1
    if norm.startswith(RIGHT_NOT_NOUN, start) and not norm.startswith("的", value.end):
        return EMPTY
    stop = _RIGHT_STOP_RE.search(norm, start + 2, end)
    if stop is not None:
        head = _STAGE_THEN_HEAD_RE.match(norm, stop.start(), end)
        end = head.end() if head is not None else stop.start()
    if not _threshold_before_last_de(norm, start, end, transparent) and not _head_after_last_de(
        norm, start, end, said_by_de
    ):
        start = _after_last(norm, start, end, "的", keep=1)
    return trim(norm, start, end)


class Trim:
    """The words stripped from the front (with a following 了) and the end of a phrase, compiled once."""

    def __init__(self, lead: Sequence[str], trail: Sequence[str], whole: Sequence[str] = ()) -> None:
        # `whole`: words that open with a lead word but are no lead word plus a rest (就业: not 就 + 业)
        self.lead = patterns.compile(
            f"(?!{_alternation(whole)})(?:{_alternation(lead)})了?" if whole else f"(?:{_alternation(lead)})了?"
        )
        self.trail = patterns.compile(f"(?:{_alternation(trail)})$")
        # A trailing word starts at most this far before the end ($ may stand before a final newline):
        # the search for one starts there, not at every character of the phrase.
        self.trail_reach = max(map(len, trail), default=0) + 1
        # The characters a lead word starts with and a trailing word ends with: most phrases have neither at
        # their edges, and a set lookup spares the two alternations there (no empty word: it matches anywhere).
        if all(lead) and all(trail):
            self.lead_firsts = frozenset(w[0] for w in lead)
            self.trail_lasts = frozenset(w[-1] for w in trail)

    # None: no shortcut (GlossTrim's words may carry glosses at either edge).
    lead_firsts: frozenset[str] | None = None
    trail_lasts: frozenset[str] | None = None

    def __call__(self, norm: str, start: int, end: int) -> Phrase:
        """Strip edge characters and the words until nothing changes; one character names nothing."""
        changed = True
        while changed and start < end:
            changed = False
            while start < end and norm[start] in EDGE_CHARS:
                start, changed = start + 1, True
            while end > start and norm[end - 1] in EDGE_CHARS and not _closes_bracket(norm, start, end):
                end, changed = end - 1, True
            if start >= end:
                break
            if _may_open_a_list_marker(norm[start]):
                marker = _LIST_MARKER_RE.match(norm, start, end)
                if marker is not None and marker.end() < end:
                    start, changed = marker.end(), True
            if self.lead_firsts is None or norm[start] in self.lead_firsts:
                lead = self.lead.match(norm, start, end)
                if lead is not None and lead.end() > start:
                    start, changed = lead.end(), True
            if self._may_end_with_trail(norm, start, end):
                trail = self.trail.search(norm, max(start, end - self.trail_reach), end)
                if trail is not None and trail.start() < end and not _ends_a_word(norm, start, trail.start()):
                    end, changed = trail.start(), True
        return Phrase(start, end) if end - start >= 2 else EMPTY

    def _may_end_with_trail(self, norm: str, start: int, end: int) -> bool:
        """Whether a trailing word can end at `end` ($ also stands before a final newline there)."""
        lasts = self.trail_lasts
        if lasts is None or norm[end - 1] in lasts:
            return True
        return norm[end - 1] == "\n" and end - 2 >= start and norm[end - 2] in lasts


def _may_open_a_list_marker(char: str) -> bool:
    """The first character of a `_LIST_MARKER_RE` match: a bracket, a numeral or a digit."""
    return char in _LIST_MARKER_FIRSTS or char.isdecimal()


_LIST_MARKER_FIRSTS = frozenset("（(一二三四五六七八九十")


# 约 ends these words (签约, 履约, 节约): there it is no "about" before the figure ("上半年签约120个" → 签约).
_FIRST_OF_A_YUE_WORD = frozenset("签履合预节制公条契邀违集特")


def _ends_a_word(norm: str, start: int, at: int) -> bool:
    """Whether the trailing word at `at` is the end of a longer word of the phrase (the 约 of 签约)."""
    return norm.startswith("约", at) and at > start and norm[at - 1] in _FIRST_OF_A_YUE_WORD


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _closes_bracket(norm: str, start: int, end: int) -> bool:
    """A closing bracket whose opener is in the phrase belongs to it: "税收收入(县级)"."""
    closing = norm[end - 1]
    opener = {")": "(", "）": "（"}.get(closing)
    return opener is not None and opener in norm[start : end - 1]


def _after_last(norm: str, start: int, end: int, word: str, *, keep: int) -> int:
    """Move `start` past the last `word` in [start, end) when at least `keep` characters remain."""
    pos = norm.rfind(word, start, end)
    if pos >= 0 and end - (pos + len(word)) >= keep:
        return pos + len(word)
    return start
