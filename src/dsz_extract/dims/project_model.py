"""project names read by a learned model: a linear-chain CRF over the characters of the page.

Why a model. The project rules (dims/project.py) find a name by its head, the trigger before it and the
list it stands in; tuned on the pages we had read, they carry over badly to pages from new outlets. On
72 pages of three batches collected after the rules of their day were written (scored with those rules,
untouched), the rules' project names were right 52% of the time and found 61% of the gold names
(exact spans). With a CRF trained on the rest of the dev gold and run on the same 72 pages, never trained
on them, the names were right 71% of the time and found 64%, and deals matched gold .59 against the rules'
.49; on a batch collected afterwards and scored blind, .69 against .52 (README, "Project names: rules and
model").

What it reads. For every character of a sentence that holds a character a project name may end in
(项目, 工程, 基地, 园, 厂, 线, 中心 …: `sentence_chars` in the model's metadata): the character and its
neighbours, the jieba word it is in (and its place in that word, the words before and after), and the
mentions the rule passes found there (money, date, percent, count, place, org, event, person). It does not read
the rules' project mentions: trained on pages the rules were tuned on, it would learn to copy them.

Policy (`projects="model"`, the default): the model's spans replace the rules' project mentions, except a
rule name that ends in none of those characters and overlaps no span of the model's (a firm standing for its
project in a list, 国电投、保利集团等项目: the list rules' strength, the model's blind spot); the new names
keep the longest-wins overlap rule against the other mentions. `projects="rules"` keeps the rules' names.
The model is data/models/project_crf.crfsuite, built by scripts/train_project_model.py from the real dev
gold, the seeds and the written dev texts (never a test set); the same `sentence_features` builds its
training items, so training and reading cannot drift.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import json
import threading
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import Any

import regex

from ..doc import Doc
from ..tokenize import tokenize
from . import _project_fronts, project

MODEL_FILE = "project_crf.crfsuite"
META_FILE = "project_crf.json"
# The mention types whose spans the model reads (rule passes that run before it, project excluded).
FEATURE_TYPES = ("money", "date", "percent", "count", "place", "org", "event", "person")

_LOCAL = threading.local()  # a crfsuite Tagger is not thread-safe: one per thread


@functools.cache
def metadata() -> dict[str, Any]:
    return json.loads((resources.files("dsz_extract") / "data" / "models" / META_FILE).read_text(encoding="utf-8"))


@functools.cache
def _head_chars() -> frozenset[str]:
    """The characters a name may end in (`sentence_chars`)."""
    return frozenset(metadata()["sentence_chars"])


def _tagger() -> Any:
    tagger = getattr(_LOCAL, "tagger", None)
    if tagger is None:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        with resources.as_file(resources.files("dsz_extract") / "data" / "models" / MODEL_FILE) as path:
            tagger.open(str(path))
        _LOCAL.tagger = tagger
    return tagger


def _char_kind(ch: str) -> str:
    if ch.isdigit():
        return "d"
    if "a" <= ch.lower() <= "z":
        return "l"
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    return "s" if ch.isspace() else "p"


@functools.cache
def _kind_feature(ch: str) -> str:
    return "k=" + _char_kind(ch)


def word_info(sentence: str) -> list[tuple[str, str, str, str]]:
    """Per character of the sentence: its jieba word, its place in the word (B/M/E/S), the words before
    and after. Each sentence is cut apart, not the whole page: no pass needs the page's words, and
    jieba's HMM costs the square of a run of unknown characters, which a sentence caps (MAX_SENTENCE_CHARS)."""
    tokens = tokenize(sentence)
    info = [("", "S", "", "")] * len(sentence)
    for k, (word, start, end) in enumerate(tokens):
        before = tokens[k - 1][0] if k else "<"
        after = tokens[k + 1][0] if k + 1 < len(tokens) else ">"
        for i in range(start, end):
            place = "S" if end - start == 1 else "B" if i == start else "E" if i == end - 1 else "M"
            info[i] = (word, place, before, after)
    return info


def mention_tags(length: int, spans: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = [""] * length
    for start, end, kind in spans:
        for i in range(start, end):
            tags[i] = ("B-" if i == start else "I-") + kind
    return tags


def sentence_features(norm: str, start: int, end: int, tags: Sequence[str]) -> list[list[str]]:
    """The features of every character of norm[start:end]; the trainer calls this same function.
    Built from one padded copy of the sentence (two marks either side stand for its edges): this runs on
    every character of every candidate sentence, a sixth of `extract()`'s time before it was written so."""
    text = norm[start:end]
    padded = "<<" + text + ">>"
    out = []
    for k, (ch, (word, place, word_before, word_after)) in enumerate(zip(text, word_info(text), strict=True)):
        before, after = padded[k + 1], padded[k + 3]
        features = [
            "b",
            "c=" + ch,
            _kind_feature(ch),
            "c-2=" + padded[k],
            "c-1=" + before,
            "c1=" + after,
            "c2=" + padded[k + 4],
            "bl=" + before + ch,
            "br=" + ch + after,
            "wt=" + place,
            "w=" + word,
            "pw=" + word_before,
            "nw=" + word_after,
            "wt_w=" + place + word[-1:],
        ]
        if tag := tags[start + k]:
            features.append("m=" + tag)
        out.append(features)
    if out:
        out[0].append("BOS")
        out[-1].append("EOS")
    return out


def candidate_sentences(
    norm: str, sentences: Sequence[tuple[int, int]], sentence_chars: str | None = None
) -> Iterator[tuple[int, int]]:
    """Sentences a project name may be in: two characters or more, one of them a name's last character
    (the model's `sentence_chars`, or those the trainer is about to write)."""
    chars = frozenset(sentence_chars) if sentence_chars is not None else _head_chars()
    for start, end in sentences:
        if end - start >= 2 and not chars.isdisjoint(norm[start:end]):
            yield start, end


def doc_features(doc: Doc, sentence_chars: str | None = None) -> Iterator[tuple[int, int, list[list[str]]]]:
    norm = doc.norm
    tags = mention_tags(len(norm), [(m.start, m.end, m.type) for m in doc.mentions if m.type in FEATURE_TYPES])
    for start, end in candidate_sentences(norm, [(s.start, s.end) for s in doc.sentences], sentence_chars):
        yield start, end, sentence_features(norm, start, end, tags)


def spans_of(labels: Sequence[str], offset: int) -> list[tuple[int, int]]:
    """B/I/O labels to (start, end) spans; an I with no B before it opens a span."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, label in enumerate([*labels, "O"]):
        if opened is not None and label != "I":
            spans.append((offset + opened, offset + i))
            opened = None
        if label == "B" or (label == "I" and opened is None):
            opened = i
    return spans


# No name runs over a clause break (a comma between digits is a thousands separator: 1,000吨), nor from one quoted name
# into the next (“A项目”“B产业园”).
_CLAUSE_BREAK = regex.compile(r"[，。；：！？;:!?]|(?<!\d),|,(?!\d)|[”」』]\s*[“「『]")
_EDGE = "，,。：:；;、 \t\n\u3000"


def _pieces(norm: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span cut at clause breaks, each piece without spaces or punctuation at its edges."""
    cuts = [m.span() for m in _CLAUSE_BREAK.finditer(norm, start, end)]
    for s, e in zip([start] + [b for _a, b in cuts], [a for a, _b in cuts] + [end], strict=True):
        while s < e and norm[s] in _EDGE:
            s += 1
        while e > s and norm[e - 1] in _EDGE:
            e -= 1
        if e - s >= 2:
            yield s, e


# (session 40) A span ending in a noun of how many (驻港地区总部数目, 外资企业数量, 项目总数) names a statistic, no project: a
# retrained model read 香港的駐港地區總部數目為1 411間 so.
_HOW_MANY_END = regex.compile(r"(?:数目|数量|总数|个数|家数|人数)$")


def model_spans(doc: Doc) -> list[tuple[int, int]]:
    """The model's project spans on the page (normalised offsets)."""
    tagger = _tagger()
    return [
        piece
        for start, _end, features in doc_features(doc)
        for s, e in spans_of(tagger.tag(features), start)
        for piece in _pieces(doc.norm, s, e)
        if not _HOW_MANY_END.search(doc.norm, piece[0], piece[1])
    ]


def mentions(doc: Doc) -> list[Any]:
    """The project mentions the pipeline puts in place of the rules' (`pipeline.run`): the model's, and
    the rules' names that end in no head character where the model found nothing; and the places a name of the
    model's leaves out in front of a site (在华明高新区|…项目现场, 在鐵門關市|厘米科技…项目二期工程建设工地), which the
    rules' name had taken in."""
    named = [(project.past_joining_ji(doc.norm, s, e), e) for s, e in model_spans(doc)]
    spans, freed = _kept(doc, _split_as_the_rules_list(doc, named))
    found = _Disjoint(spans)
    return (
        [project.mention(doc, start, end) for start, end in spans]
        + _headless_rule_names(doc, found)
        + _amount_named_rule_names(doc, found)
        + _model_names_told_again(doc, spans, found)
        + _list_items_between_model_names(doc, spans, found)
        + [doc.make("place", start, end, value, source="gazetteer") for start, end, value in freed]
    )


_Place = tuple[int, int, Any]


def _split_as_the_rules_list(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(session 33) A span of the model's that is exactly a 、 list of the rules' names (甲乙精密机械、丙丁电子科技 in
    引进甲乙精密机械、丙丁电子科技等台资项目) is those names: a list is the rules' strength, and names of firms standing
    for their projects end in no head the model knows. A list closed by 项目 / 工程 is one name whose items share that head
    (恭城低风速风电场、水段风电场项目; 年产10万吨二甲苯、6万吨间苯二甲酸项目), as the real gold has it."""
    rules = _Disjoint([(m.start, m.end) for m in doc.of_type("project")])
    out: list[tuple[int, int]] = []
    for start, end in spans:
        inside = rules.inside((start, end))
        if (
            len(inside) >= 2
            and inside[0][0] == start
            and inside[-1][1] == end
            and not doc.norm.endswith(_PROJECT_WORDS, start, end)
            and all(doc.norm[e:s] == "、" for (_s, e), (s, _e) in itertools.pairwise(inside))
        ):
            out += inside
        else:
            out.append((start, end))
    return out


def _kept(doc: Doc, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[_Place]]:
    """The model's spans less what other mentions settle: a span over a person is none (李德仁院士), and
    numbers are the rules' (30亿元氯碱化工项目 names 氯碱化工项目; 总投资10亿元的X项目, X项目); and the places
    in the rules' names that the spans leave out in front of a site."""
    persons = _Disjoint([(m.start, m.end) for m in doc.of_type("person")])
    amounts = _Disjoint([(m.start, m.end) for m in doc.of_type("money", "percent")])
    firms = {m.start: m.end for m in doc.of_type("org")}
    mentioned = {m.start: m.end for m in doc.of_type("place")}
    in_names = {start: (end, value) for start, end, value in doc.info.get("places_in_projects", ())}
    places = {**{start: end for start, (end, _value) in in_names.items()}, **mentioned}
    ending_at = {end: start for start, (end, _value) in in_names.items() if start not in mentioned}
    kept: list[tuple[int, int]] = []
    freed: list[_Place] = []
    for span in spans:
        if persons.overlap(span) or _trade_before_its_firm(doc.norm, span, firms):
            continue
        for start, end in amounts.cut(span):
            start += doc.norm[start] == "的"
            start = _past_lead_words(doc.norm, start, end)
            start = _past_talks(doc.norm, start, end)
            start = _project_fronts.past_the_whole(doc.norm, start, end)
            start = _project_fronts.past_the_owner(doc.norm, start, end)
            name_start = _project_fronts.past_site_place(doc.norm, start, end, places)
            end = _before_its_location(doc.norm, name_start, end)
            name_start, end = _quotes_paired(doc.norm, name_start, end)
            if end - name_start >= 2 and project.has_han(doc.norm, name_start, end):
                kept.append((name_start, end))
                freed += [(s, *in_names[s]) for s in range(start, name_start) if s in in_names and s not in mentioned]
                before = ending_at.get(name_start)
                if before is not None and before < start and _project_fronts.stands_at_its_site(doc.norm, before, end):
                    freed.append((before, *in_names[before]))  # the rules' name took it in; the model's starts after
    return kept, freed


def _trade_before_its_firm(norm: str, span: tuple[int, int], firms: dict[int, int]) -> bool:
    """A plant or maker named by its trade right before the firm's own name (精密模具高科技厂|信昌机器厂, 记忆体大厂|旺宏):
    the firm's trade in apposition, no project, whether the span stops before the firm or runs on to its end."""
    start, end = span
    if end in firms and norm.endswith(_TRADE_HEADS, start, end):
        return True
    return any(
        firms.get(at) == end and norm.endswith(_TRADE_HEADS, start, at)
        for at in range(start + 2, end - 1)
        if at in firms
    )


_TRADE_HEADS = ("厂", "厂商", "业者")
_PROJECT_WORDS = ("项目", "工程")  # on the normalised (simplified) text
_CLOSING = {"”": "“", "」": "「", "』": "『", "》": "《"}
_OPENING = {v: k for k, v in _CLOSING.items()}


def _quotes_paired(norm: str, start: int, end: int) -> tuple[int, int]:
    """The span with its quotes in pairs, as a name's are (no gold name holds one alone): a name closing a quote it
    does not open starts at the quote mark before it (“|文昌超算一号”卫星发射…项目); one opening a quote it does not close
    takes the closing mark after it, with the 项目 after that (中国电信“互联网+创新创业产业园|”项目), or, when the
    quote opened the name, leaves the quote out (“|万华不锈钢产业加工销售项目|”)."""
    for i in range(start, end):
        ch = norm[i]
        if ch in _CLOSING and _CLOSING[ch] not in norm[start:i]:
            return (start - 1 if start > 0 and norm[start - 1] == _CLOSING[ch] else start), end
        if ch in _OPENING and _OPENING[ch] not in norm[i:end]:
            if i == start:
                return start + 1, end
            if end < len(norm) and norm[end] == _OPENING[ch]:
                end += 1
                return start, end + 2 if norm.startswith(_PROJECT_WORDS, end) else end
            return start, end
    return start, end


# (session 39) A verb of talks or signing inside a span (我区与正邦|洽谈|生猪养殖项目): no project name holds one (none of
# the real dev gold's), so the name starts after it; what stands before is the partner.
_LAST_TALKS_RE = regex.compile(r"(?r)洽谈|商谈|签约|签订|签署|对接")  # (?r): the last one in the span


def _past_talks(norm: str, start: int, end: int) -> int:
    last = _LAST_TALKS_RE.search(norm, start, end)
    return last.end() if last is not None and end - last.end() >= 2 else start


# A verb placing what was named before it (…中官路产业园|地处甬江科创大走廊核心): the name ends before it.
_LOCATION_VERB = regex.compile(r"地处|地處|位于|位於|坐落于|坐落於|坐落在|地址位于")


def _before_its_location(norm: str, start: int, end: int) -> int:
    m = _LOCATION_VERB.search(norm, start + 2, end)
    return m.start() if m is not None else end


# Words that open the clause a name stands in, never the name: a preposition, a conjunction, a verb of listing,
# bringing about or building (如|一汽大众华北生产基地, 促成|华润数科华西区域总部项目, 涵盖|…, 新建|大邑县委党校项目).
# Read as jieba's words of the span, so a name starting with the same character stays (如意岛, 以色列产业园, 和平区…).
_LEAD_WORDS = frozenset(
    "如 以 对 在 为 将 由 从 与 和 及 包括 包含 涵盖 促成 确保 实施 推进 加快 新建 兴建 启动 引进 落户 签约 开工 是 有 等 其中 暨".split()  # noqa: SIM905
)


def _past_lead_words(norm: str, start: int, end: int) -> int:
    """`start` moved past the lead words opening the span norm[start:end], two characters of name left at least."""
    start = _project_fronts.past_having(norm, start, end)
    while end - start > 2:
        word, _start, length = tokenize(norm[start:end])[0]
        if word not in _LEAD_WORDS or end - (start + length) < 2 or _opens_a_name(norm, start, word):
            break
        start += length
    return start


# A conjunction joins what stands on both sides of it: right after a pause, a list mark or an opening quote
# (近日，和龙抽水蓄能电站…; A、和其正…基地; “和禾生物质发电项目”) nothing stands before it, so it opens the name.
_CONJUNCTIONS = frozenset(("和", "与", "及"))
_NOTHING_TO_JOIN = frozenset("，,、；;：:。！？!?“「『《（(\n \t")


def _opens_a_name(norm: str, start: int, word: str) -> bool:
    return word in _CONJUNCTIONS and (start == 0 or norm[start - 1] in _NOTHING_TO_JOIN)


def _headless_rule_names(doc: Doc, found: _Disjoint) -> list[Any]:
    """A name with no head (国电投、保利集团等项目: firms standing for their projects in a list) is the list
    rules' to find; the model, which reads the characters a name ends in, seldom tags one."""
    heads = _head_chars()
    return [
        m for m in doc.of_type("project") if doc.norm[m.end - 1] not in heads and not found.overlap((m.start, m.end))
    ]


# The investment a name is the subject of, right after it (…精密铸件项目|投资4亿元, …系统项目|总投资10亿元).
_INVESTS_AFTER = regex.compile(
    r"(?:总投资|總投資|计划投资|計劃投資|投资总额|投資總額|协议投资|協議投資|投资额|投資額|投资|投資)(?:约|約|达|達|为|為|近|超|逾)?\s*"
)


def _amount_named_rule_names(doc: Doc, found: _Disjoint) -> list[Any]:
    """A rules' name ending in 项目 or 工程 right after an amount and 的 (签约总投资30亿元的|氯碱化工项目), or right before
    the amount it invests (其中源发动力精密铸件项目|投资4亿元), where the model found nothing: the amount says a project is
    named, whatever the words around it."""
    money_ends = {m.end for m in doc.of_type("money")}
    money_starts = {m.start for m in doc.of_type("money")}
    return [
        m
        for m in doc.of_type("project")
        if doc.norm.endswith(_PROJECT_WORDS, m.start, m.end)
        and not found.overlap((m.start, m.end))
        and (
            (m.start >= 1 and doc.norm[m.start - 1] == "的" and (m.start - 1) in money_ends)
            or ((after := _INVESTS_AFTER.match(doc.norm, m.end)) is not None and after.end() in money_starts)
        )
    ]


def _model_names_told_again(doc: Doc, spans: list[tuple[int, int]], found: _Disjoint) -> list[Any]:
    """(session 35) A rules' name the model found nothing over, where it is a name the model found elsewhere on the page
    (a list's item told again with its investor: …分别是A项目、B项目。A项目为X公司独资项目，总投资3亿元): a name once
    is a name wherever it is told again."""
    names = {doc.norm[start:end] for start, end in spans}
    return [
        m for m in doc.of_type("project") if doc.norm[m.start : m.end] in names and not found.overlap((m.start, m.end))
    ]


def _list_items_between_model_names(doc: Doc, spans: list[tuple[int, int]], found: _Disjoint) -> list[Any]:
    """(session 39) A rules' name the model found nothing over, standing between two of the model's names in one 、 list
    (澄潭大桥、|张家界市第一水厂|、太极溪湿地公园): an item of the list the model passed over; a list names its projects
    item by item, and the rules read lists."""
    ends = {end for _start, end in spans}
    starts = {start for start, _end in spans}
    norm = doc.norm
    return [
        m
        for m in doc.of_type("project")
        if not found.overlap((m.start, m.end))
        and norm[m.start - 1 : m.start] == "、"
        and m.start - 1 in ends
        and norm[m.end : m.end + 1] == "、"
        and m.end + 1 in starts
    ]


class _Disjoint:
    """Disjoint spans in order, asked whether a span overlaps any of them (in log time: a page may hold
    thousands)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _end in self.spans]

    def cut(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The parts of the span outside these spans, two characters or longer."""
        start, end = span
        lo = bisect.bisect_right(self.starts, start) - 1
        lo = lo if lo >= 0 and self.spans[lo][1] > start else lo + 1
        hi = bisect.bisect_left(self.starts, end)
        parts = []
        for s, e in self.spans[lo:hi]:
            parts.append((start, s))
            start = max(start, e)
        parts.append((start, end))
        return [(s, e) for s, e in parts if e - s >= 2]

    def inside(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """These spans that lie within the span, in order."""
        start, end = span
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [(s, e) for s, e in self.spans[lo:hi] if e <= end]

    def overlap(self, span: tuple[int, int]) -> bool:
        # The last span starting before this one ends; the earlier ones end before it starts (disjoint).
        i = bisect.bisect_left(self.starts, span[1]) - 1
        return i >= 0 and self.spans[i][1] > span[0]
