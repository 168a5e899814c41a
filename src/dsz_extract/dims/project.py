"""project mentions: named investment projects, and parks or bases presented as built, signed or landed.

Rules, in the order they run:

1. Head: every head of data/lexicon/project_heads.tsv (项目, 工程, 产业园, 基地, 综合体, 生产线 …)
   ends a candidate; its start is the left edge of the name (`_names`: triggers 签约/引进/落户/开工,
   的 after 总投资X亿元 or 投资建设, list separators 、 and 以及, punctuation). Numbers inside a name
   stay in it (苏州超邦涂料年产4.5万吨…项目, 100MW/200MWh, 2×350MW); a count before or after it makes a class, not a name
   (等3个重点招商项目, 新签约项目21个). A name made only of generic modifiers is no project (重点项目,
   亿元以上项目, 产业链链主项目, 新旧动能转换重大工程); one made only of trades and generic modifiers
   (新能源汽车零部件产业园项目, 智慧冷链产业园) is a project only after a trigger that presents it as
   an instance (引进了…, 打造了…, 总投资40亿元的…, a company's 计划在X建设…); otherwise it is a type (打造…产业基地).
2. Lists (dims/_project_lists.py): the items of "A、B、C等(一批…)(重点)项目/工程/“园中园”/载体" and
   of "A、B两个项目" are projects even without a head (中通新能源汽车、诚通客车型材及电控系统、泰一新能源
   锂电池等一批产业相关项目; 富士康、一汽大众、联想等项目 once a long item shows they are names), and
   so are the items before one that carries the head they share (中电建汉江源、嘉欣生物制品加工、鼎荣
   新型建材项目), unless the items are trades (云计算、大数据等新兴业态项目) or the words between 等
   and 项目 say more than a class (等要素向重点项目倾斜, 等产业和项目).
3. Copula: "X是(我市)(双招双引)重点项目" names X (“聊云数据湖”是我市双招双引重点项目).
4. Quotes: a quoted name ending in a head is taken whole (建设“聊城市产业链精准招商云平台”), and so is one
   right before the head, quotes and all (院士团队“共建…研究所”项目), unless counted or closing a list.
5. Build verbs: in a sentence that states an amount of money, a facility an investor builds
   (建设/兴建/扩建/设立… + optionally 其/一座/位于X的/在X的 + a name ending in 新厂, 产线, 研发中心, 总部,
   中心 … of data/lexicon/project_facility_heads.txt) is the deal's project, even when its name is
   made of trades (扩建其在园区的电子材料生产基地); two facilities joined by 及 are one
   (建设其国际研发总部及智能制造中心). A bare head (建设研发中心) is no name.
6. Repeats: a project found once is found wherever the text repeats its name.
7. Brands with 的: a name cut at a 的 that ends a brand the text names as a firm (美的集团 … 美的库卡
   智能制造科技园) runs over it.
8. Inclusions: the items of a list spelt out after 包括 with commas, when 项目 introduces it or a
   class of projects closes it (竣工项目包括:A,B,C等; 包括X区的A,B在内的18个项目).
9. Lines (dims/_project_lines.py): a railway or highway told built (建设, 开工, 签约, 投入使用 in its clause or at the end of its 、 list) with the places it joins
   and its segment (重庆至黔江高速铁路, 川藏铁路四川段).
10. Edges (dims/_project_edges.py): a place opening a clause heads the list of projects after it when the
   next item names no place of its own (诸城市|烟叶复烤仓储设施、东晓生物…等46个项目): the names start after it.
11. Fronts (dims/_project_fronts.py): an owner firm and its process before a capacity, a site before its own works
   verb, a clause opening with a place past a process verb open the name; a division before a project's site and an
   introducing word (如, 实施, 设于) do not; works after a line's segment join it.
Not projects (dims/_project_stems.py): a description after a copula or a goal (将成为全国最大的…生产基地, 打造全国第一个…的
基地), a class after 列入, talent and research programmes and their bases (高端人才项目, 博士后创新
实践基地), a firm's business (主要从事…) and a project's parts (主要包括…基地), classes named by a
place, origin, sector or span (澳门投资项目, 区外投资项目, 三产项目, 第三师一周内重大项目).
Pages with pinyin glosses (數(shù)據(jù)中心) are read on a view without them (dims/_gloss.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from .. import gazetteer, models, patterns
from ..doc import Doc
from . import (
    _names,
    _project_amount_of,
    _project_counted_lists,
    _project_edges,
    _project_forms,
    _project_fronts,
    _project_lines,
    _project_lists,
    _project_starts,
    _project_works,
)
from ._gloss import GlossFree, without_glosses
from ._names import Boundaries, Taken, alternation, table, words
from ._place_landing import names_a_zone_landed_in
from ._project_stems import (
    CAPACITY_WORDS,
    COUNT_BEFORE,
    DESCRIPTOR_END,
    GENERIC,
    MAX_NAME,
    MIN_STEM,
    MODIFIERS,
    TYPE_ONLY,
    built_parts_before,
    counted,
    line_of_told_project,
    quoted_aim,
    quoted_class,
    stem_ok,
)

_HEAD_ROWS = table("project_heads.tsv")
_HEADS = tuple(row[0] for row in _HEAD_ROWS)
_HEAD_FINDER = _names.Literals(_HEADS)
_NOT_AFTER: dict[str, regex.Pattern[str] | None] = {
    row[0]: patterns.compile(row[1]) if len(row) > 1 and row[1] else None for row in _HEAD_ROWS
}

_CONJUNCTIONS = ("及",)

# Capacities and phases inside a name: a mention right after these does not end the name.
_INSIDE_NUMBER_BEFORE = patterns.compile(rf"(?r)(?:{alternation(CAPACITY_WORDS)}|第|一期|二期|三期)")

_COPULA = patterns.compile(
    r"(?P<name>“[^“”，。；\n]{2,20}”|[\p{Han}A-Za-z0-9·（）()]{3,20}?)是(?P<mod>[^，。；！？\n是]{0,16}?)项目(?=[，。；！？\n]|$)"
)
_PRONOUNS = patterns.compile(r"(?:这|那|该|其|它|此|本|每|各|哪|什么|这些|那些|其中|项目)")

_MIN_REPEATED = 4  # a shorter name is too likely to occur inside other words


_INNER_PROJECT = patterns.compile(r"项目(?!部)")


def _cuts(text: str, taken: Taken, lo: int, hi: int) -> list[int]:
    """Ends of earlier mentions a name may not run over (a capacity or phase number stays inside),
    and of an inner 项目 (…衬垫项目|中试生产线 names a line of that project)."""
    cuts = [m.end() for m in _INNER_PROJECT.finditer(text, max(0, lo), hi)]
    for end in taken.ends_between(lo, hi):
        m = taken.by_end[end]
        if m.type in _names.NUMERIC_TYPES and _INSIDE_NUMBER_BEFORE.match(text, max(0, m.start - 3), m.start):
            continue
        cuts.append(end)
    return sorted(cuts)


# What a named project needs (比亚迪襄阳产业园项目|用地需求, A项目|资金到位, A项目|审批手续): 项目 still closes the name;
# alone (保障项目用地) the stem before it is generic and no name (stem_ok).
_OWN_NEEDS = patterns.compile(r"(?<=项目|項目)(?:用地|资金|資金|审批|審批|手续|手續|建设进程|建設進程)")


def _head_candidate(bounds: Boundaries, stem_end: int, end: int, taken: Taken) -> tuple[int, int] | None:
    text = bounds.text
    head = text[stem_end:end]
    not_after = _NOT_AFTER[head]
    if not_after is not None and not_after.match(text, end) and not _OWN_NEEDS.match(text, end):
        return None
    if taken.covering(stem_end, end, "event") is not None:
        return None
    inside = _names.quoted(text, _names.run_start(text, stem_end), end)
    if inside is not None:
        start = inside[0]
        if quoted_class(text, start, end):
            return None
        return (start, end) if stem_ok(text, start, stem_end, end, quoted=True) else None
    if _names.in_book_title(text, stem_end):
        return None
    before = _project_forms.quoted_before_head(text, stem_end, end)
    if before is not None:
        return before
    cuts = _cuts(text, taken, stem_end - MAX_NAME, stem_end)
    start = bounds.left_edge(stem_end, cuts=cuts, head_verbs=_project_starts.HEAD_VERBS, over_verbs=GENERIC)
    start = _project_starts.over_listed_activities(text, start, stem_end, lambda pos: _edge_from(bounds, pos, cuts))
    start = _project_forms.whole_first_word(bounds, start, stem_end, cuts)
    start = _project_forms.past_verb_tail(bounds, start, stem_end, cuts, lambda pos: _edge_from(bounds, pos, cuts))
    start = _project_starts.past_inner_cut(bounds, start, stem_end, cuts)
    start = _project_starts.past_compound_verb(bounds, start, cuts)
    start = _project_starts.soft_edge(text, start, stem_end)
    start = _project_starts.past_straddling_verb(text, start, stem_end)
    start = _project_starts.past_verb_before_phase(bounds, start, stem_end, cuts)
    start = _project_forms.past_broken_part(bounds, start, stem_end, cuts)
    start = _project_starts.past_brand(bounds, start)
    start, _ = _names.strip_quotes(text, start, end)
    if text[start : start + 1] in _names.CLOSE_QUOTES:
        start += 1  # “升级招商活动月”|总结暨…: the end of a quoted phrase before the name
    start = _names.past_leading_noise(text, start, stem_end)  # (二)|光伏发电项目: an item's number
    start = _project_starts.past_ranking(text, start, stem_end)
    start = _project_starts.past_example_marker(text, start, stem_end, taken)
    start = _project_starts.past_unit_slash(text, start)
    start = _project_starts.from_capacity(text, start, stem_end, cuts)
    start = _project_fronts.from_owner(bounds, start, stem_end, cuts)
    start = _project_fronts.from_site(bounds, start, stem_end, cuts)
    start = _project_fronts.from_clause_subject(bounds, start, stem_end, end, cuts)
    start = _project_lists.item_before_open_quote(text, start)  # 、雷山“鳣的|世界”综合文旅: the whole item
    if _project_starts.built_facility(text, start, stem_end, head):
        return None
    if not stem_ok(text, start, stem_end, end, quoted=False, by_firm=_built_by_a_firm(text, start)):
        return None
    return start, _project_forms.before_works_phase(text, start, end)


def _edge_from(bounds: Boundaries, pos: int, cuts: list[int]) -> int:
    return bounds.left_edge(pos, cuts=cuts, head_verbs=_project_starts.HEAD_VERBS, over_verbs=GENERIC)


# "宝能物流集团有限公司计划在空港经济开发区建设|智慧供应链产业园项目": a company's plan to build at a place
# (the organisation pass runs later: its legal form shows the subject is a company).
# So is one after "<company>投资30亿元建设" and "由<anyone>投资建设的".
_FIRM_BUILDS_RE = patterns.compile(
    r"(?r)(?:(?:公司|集团|有限公司|股份公司)(?:计划|拟|将|决定|准备)?(?:(?:在|于)[^，。；、\n]{2,14}?)?"
    r"(?:投资[^，。；、\n]{0,12}?)?(?:建设|兴建|新建)"
    r"|由[^，。；、\n]{2,20}?(?:投资|出资)?(?:建设|兴建|新建|开发)的"
    # firms' joint project: 中国中车与西门子合作的|…项目, A和B两家企业共同投资的|…项目
    r"|与[^，。；、\n]{2,20}?(?:合作|共同投资|联合投资|合资)(?:建设|兴建|打造|开发)?的"
    r"|(?:企业|公司|集团)(?:共同|联合)?(?:投资|出资)(?:建设|兴建)?的"
    # its own project: 恒力集团的|化工一体化项目, 申远(力恒集团)的|…
    r"|(?:公司|集团|有限公司|股份公司)[)）]?的)$"
)
_FIRM_REACH = 30


def _built_by_a_firm(text: str, start: int) -> bool:
    """A name after "<company>(计划)在<place>建设": that company's project, an instance however generic its
    words (a type is built by nobody in particular)."""
    return _FIRM_BUILDS_RE.search(text, max(0, start - _FIRM_REACH), start) is not None


def _before_count(bounds: Boundaries, stem_end: int, taken: Taken) -> tuple[int, int] | None:
    """汉孝临空产业园|两大项目: before the count of a group, the name ends at the head before the count."""
    text = bounds.text
    counted = COUNT_BEFORE.match(text, max(0, stem_end - 6), stem_end)
    if counted is None:
        return None
    end = counted.start()
    head = next((n for n in sorted(map(len, _HEADS), reverse=True) if text[end - n : end] in _NOT_AFTER), 0)
    return _head_candidate(bounds, end - head, end, taken) if head else None


def _by_head(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    found = []
    for stem_end, end in _HEAD_FINDER.longest(bounds.text):
        cand = _before_count(bounds, stem_end, taken) or _head_candidate(bounds, stem_end, end, taken)
        if cand is not None:
            found.append(cand)
    return found


# --- copulas and repeats ------------------------------------------------------------------------


def _by_copula(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    text = bounds.text
    out = []
    for m in _COPULA.finditer(text):
        s, e = _names.strip_quotes(text, *m.span("name"))
        name = text[s:e]
        if not bounds.clear_left(m.start("name"), taken) or _PRONOUNS.match(name) or taken.overlapping(s, e):
            continue
        if TYPE_ONLY.fullmatch(name) or bounds.ends_between(s, e - 1):
            continue
        out.append((s, e))
    return out


def _without_place(text: str, start: int, end: int, taken: Taken) -> str | None:
    """The name without the place that opens it (开州|凤凰梁大桥), as later mentions shorten it, or None."""
    gaz = gazetteer.get()  # places are read after projects: the gazetteer tells the opening place
    cut = next((start + k for k in _PLACE_LENGTHS if gaz.senses(text[start : start + k])), None)
    if cut is None or end - cut < _MIN_SHORTENED:
        return None
    rest = text[cut:end]
    return None if GENERIC.fullmatch(rest) or TYPE_ONLY.fullmatch(rest) else rest


_MIN_SHORTENED = 5  # a shorter rest (新区项目) is too likely a phrase of its own
_PLACE_LENGTHS = (4, 3, 2)


def _repeats(bounds: Boundaries, found: list[tuple[int, int]], taken: Taken) -> list[tuple[int, int]]:
    text = bounds.text
    names = {text[s:e] for s, e in found if e - s >= _MIN_REPEATED}
    names |= {rest for s, e in found if (rest := _without_place(text, s, e, taken)) is not None}
    if not names:
        return []
    held = _names.Covered(found)
    out = []
    for s, e in _names.literal_matches(names, text):
        if taken.overlapping(s, e) or held.overlaps(s, e):
            continue
        if not bounds.clear_right(e) or counted(text, s, e):
            continue  # 产业类项目53个: a repeat counted is a class, whatever the first use was
        out.append((s, e))
    return out


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans inside longer ones (…产业园 inside …产业园项目)."""
    kept: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if kept and s < kept[-1][1]:
            if e > kept[-1][1] and e - s > kept[-1][1] - kept[-1][0]:
                kept[-1] = (s, e)
            continue
        kept.append((s, e))
    return kept


# A phase written right after a park or base names that phase (智能终端产业园|三期, 科技园|第二期); so does one
# in brackets after any project (…项目|(一期)), and one after 项目 that ends the list item (…项目|一期, 电站项目|二期、,
# …项目|一期工程, also with its works: …科技园项目|二期扩建工程); a 项目 whose phase goes on to a predicate keeps its
# name (…电池项目|一期已于6月投产).
# Never a list of phases (产业港|一期、二期累计签约) nor the phase of an amount (…项目|一期固定资产投资500万).
_PHASE_NUMBER = r"第?[一二三四五六七八九十0-9]{1,2}期"
_NOT_THE_NAMES_PHASE = rf"(?![、和及至\-－—~～]{_PHASE_NUMBER}|(?:固定资产|总|计划|项目)?投资|占地|用地)"
_PHASE = patterns.compile(rf"(?:[（(]{_PHASE_NUMBER}[)）]|{_PHASE_NUMBER}(?:工程|项目)?){_NOT_THE_NAMES_PHASE}")
_PHASE_AFTER_PROJECT = patterns.compile(
    rf"(?:[（(]{_PHASE_NUMBER}[)）]|{_PHASE_NUMBER}(?:{alternation(words('project_head_verbs.txt'))})?(?:工程|项目)"
    rf"|{_PHASE_NUMBER}(?=[、，,；;。：:等\n]))"
    rf"{_NOT_THE_NAMES_PHASE}"
)


# A note in brackets right after a park names its part or its other name (…产业园(一期农产品交易市场),
# …产业园(…电商物流服务中心)); not an amount, a date, a place or a firm (…项目(总投资5亿元)).
_NOTE = patterns.compile(r"[（(](?P<note>[^（）()，。；、,;\n]{4,20})[）)]")
_NOT_A_NOTE = patterns.compile(r"[0-9]|元|年|月|日|公司|集团|(?:省|市|县|区)$")


# A head after a line's segment joins it (…柳州至梧州段|项目, …长沙至湘潭段|改扩建工程; dims/_project_fronts.py).


def _with_phase(bounds: Boundaries, found: list[tuple[int, int]], taken: Taken) -> list[tuple[int, int]]:
    text = bounds.text
    out = []
    for s, e in found:
        s, e = _project_lines.transport_line(bounds, s, e, taken)
        part = _project_lines.SEGMENTS_WORKS_PART.search(text, s, e)
        e = part.start() + 1 if part is not None else e  # 梁平至開江高速公路重慶段|土建工程即將完工
        if text.endswith(_project_lines.TRANSPORT_HEADS, s, e) and (
            not _project_lines.line_built(text, s, e) or _project_lines.KIND_OF_LINE.fullmatch(text, s, e)
        ):
            continue
        m = (_PHASE_AFTER_PROJECT if text.endswith("项目", s, e) else _PHASE).match(text, e)
        if m is not None and not taken.overlapping(e, m.end()):
            e = m.end()
        note = _NOTE.match(text, e)
        if note is not None and not _NOT_A_NOTE.search(note.group("note")) and not taken.overlapping(e, note.end()):
            e = note.end()
        if out and _project_fronts.segments_works(text, out[-1], (s, e)):
            out[-1] = (out[-1][0], e)  # 京港澳高速公路长沙至湘潭段|改扩建工程: a line's segment and its works
            continue
        out.append((s, e))
    return out


# --- facilities built by an investor ---------------------------------------------------------------

_FACILITY_HEADS = words("project_facility_heads.txt")
_FACILITY_FINDER = _names.Literals(_FACILITY_HEADS)
_FACILITY_ENDING = patterns.compile(rf"(?r)(?:{alternation(_FACILITY_HEADS)})")
# A build verb, then optionally an article or a location phrase, ending where the name starts.
_BUILT_BEFORE = patterns.compile(
    rf"(?r)(?:{alternation(words('project_build_verbs.txt'))})"
    r"(?:其|一座|一个|一家|一处|一条|新的)?(?:其?(?:位于|在|于)[^，。；！？、的\n]{1,12}的)?"
)
# What ends a place or a role rather than a facility (中心城区, 中心主任, 基地化, 总部经济).
_FACILITY_NOT_AFTER = patterns.compile(r"城|区|主任|位置|环节|工作|任务|地带|化|经济|公司|企业|内")
_MONEY_TYPES = ("money",)
_PUBLIC_CENTRE = patterns.compile(rf"(?:^区域|.*(?:{alternation(words('project_facility_public.txt'))})$)")


# An amount and 的 right before a facility present it as the investment (总投资3.5亿元的|哈医大研发中心).
_AMOUNT_OF = patterns.compile(r"(?r)(?:元|美元|欧元|港元|日元|英镑)的")


def _built_before(text: str, start: int) -> bool:
    return bool(_BUILT_BEFORE.match(text, max(0, start - 24), start))


class _Sentences:
    """Whether the sentence around a position (of the text a pass reads: the page, or its view without
    pinyin glosses) states an amount of money."""

    def __init__(self, doc: Doc, view: GlossFree | None = None) -> None:
        self._doc = doc
        self._view = view
        self._taken = Taken(doc.mentions)

    def with_money(self, pos: int) -> bool:
        """An amount stated in the sentence: the investment that builds the facility."""
        if self._view is not None:
            pos = self._view.to_original(pos, pos + 1)[0]
        sentence = self._doc.sentence_at(pos)
        if sentence is None:
            return False
        return self._taken.before(sentence.end, sentence.start, *_MONEY_TYPES) is not None


def _facility_start(bounds: Boundaries, stem_end: int, taken: Taken) -> int | None:
    """Start of a facility name ending at `stem_end` when a build verb presents it, else None."""
    text = bounds.text
    cuts = _cuts(text, taken, stem_end - MAX_NAME, stem_end)
    start = _project_starts.soft_edge(text, bounds.left_edge(stem_end, cuts=cuts, over_verbs=GENERIC), stem_end)
    start = _project_starts.past_straddling_verb(text, start, stem_end)
    if stem_end - start < MIN_STEM or GENERIC.fullmatch(text, start, stem_end):
        return None
    if stem_end - start > MAX_NAME or text.endswith(DESCRIPTOR_END, start, stem_end):
        return None
    if built_parts_before(text, start):
        return None  # 主要建设|轨道交通车辆生产线: the parts of the project told before
    if _built_before(text, start) or _AMOUNT_OF.match(text, max(0, start - 4), start):
        return start  # 建设其研发总部; 总投资3.5亿元的|哈医大研发中心
    if start > 1 and text[start - 1] in _CONJUNCTIONS:
        # 建设其国际研发总部及智能制造中心: the first facility carries the verb for both.
        head = _FACILITY_ENDING.match(text, max(0, start - 7), start - 1)
        if head is not None:
            return _facility_start(bounds, head.start(), taken)
    return None


# Fabs are named by their node or wafer size; without a number the words before the head only tell a kind.
_SPEC_HEADS = frozenset(("晶圆厂", "封测厂"))
_SPEC_DIGIT = patterns.compile(r"[0-9０-９]")


def _by_build(sentences: _Sentences, bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    text = bounds.text
    found = []
    for stem_end, end in _FACILITY_FINDER.longest(text):
        if _FACILITY_NOT_AFTER.match(text, end) or taken.overlapping(stem_end, end):
            continue
        start = _facility_start(bounds, stem_end, taken)
        if start is not None and text[stem_end:end] == "中心" and _PUBLIC_CENTRE.match(text[start:stem_end]):
            continue
        if start is not None and line_of_told_project(text, start, stem_end, end):
            continue  # 该项目…，建设|年产20万套汽车座椅生产线: the project's line
        if start is not None and text[stem_end:end] in _SPEC_HEADS and not _SPEC_DIGIT.search(text, start, stem_end):
            continue  # 兴建先进制程|晶圆厂: a kind of fab; 兴建2纳米|晶圆厂, 12吋|晶圆厂 names one by its node or size
        if start is not None and sentences.with_money(start):
            found.append((start, end + _project_after(text, end)))
    return found


# 建设新能源电池生产基地|项目: the 项目 written after the facility closes its name.
_PROJECT_AFTER = patterns.compile(r"项目|工程|項目")


def _project_after(text: str, end: int) -> int:
    after = _PROJECT_AFTER.match(text, end)
    return after.end() - end if after is not None else 0


def _spans(sentences: _Sentences, bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    found = _by_head(bounds, taken)
    found += _by_build(sentences, bounds, taken)
    found += _project_amount_of.after_amount(bounds, taken)
    found += _project_works.told_done(bounds, taken)
    found += _project_forms.quoted_cases(bounds, taken, sentences.with_money)
    # a span naming no project (X及投资项目, 主体工程) lends its siblings in a list no head either
    found = [(s, e) for s, e in found if not _project_works.no_name(bounds.text, s, e)]
    found += [
        (_project_forms.whole_first_word(bounds, s, e, _cuts(bounds.text, taken, e - MAX_NAME, e)), e)
        for s, e in _project_lists.by_list(bounds, taken, found)
    ]
    found += _by_copula(bounds, taken)
    found += _project_lists.by_inclusion(bounds, taken)
    found = _project_counted_lists.trim_at_counted_ends(bounds.text, found)
    found = _outermost(found)
    found = _outermost(found + _repeats(bounds, found, taken))
    found = [(s, e) for s, e in found if not _is_registry(bounds.text, s, e) and not _in_slogan(bounds.text, s, e)]
    found = [(s, e) for s, e in found if not _quoted_programme(bounds.text, s, e) and not _honour(bounds.text, s, e)]
    found = [(s, e) for s, e in found if not quoted_aim(bounds.text, s, e)]  # 以“…建设…基地”为目标
    found = [
        (past, e) for s, e in found if (past := _project_lists.past_titled_officials(bounds.text, s, e)) is not None
    ]
    found = [(past_joining_ji(bounds.text, s, e), e) for s, e in found]
    talent = _names.Covered(_project_lists.talent_lists(bounds.text))
    found = [(s, e) for s, e in found if not talent.holds(s, e)]
    found = [(s, e) for s, e in found if not _project_works.no_name(bounds.text, s, e)]  # nor a part of works
    found = [(s, e) for s, e in found if not _idle_case(bounds.text, s, e, sentences.with_money)]
    found = [(s, e) for s, e in found if has_han(bounds.text, s, e)]  # crabby-images/cca27: a page's image path
    # 落户苏银产业园: the park a project lands in is a place (dims/_place_landing.py)
    found = [(s, e) for s, e in found if not names_a_zone_landed_in(bounds.text, s, e)]
    found = [part for s, e in found for part in _joined_names(bounds.text, s, e)]
    found = [(_project_edges.past_heading_place(bounds.text, s, e), e) for s, e in found]
    found = _project_fronts.fronts(bounds.text, found, taken)
    return _with_phase(bounds, found, taken)


_HAN = patterns.compile(r"\p{Han}")


def past_joining_ji(text: str, start: int, end: int) -> int:
    """(session 36) 暨 joining an event to the project it is held for opens no name (项目集中开工暨|X项目开工仪式);
    暨南 does (暨南大学)."""
    if (
        text.startswith("暨", start)
        and not text.startswith("暨南", start)
        and end - start > 3
        and has_han(text, start - 1, start)
    ):
        return start + 1
    return start


def has_han(text: str, start: int, end: int) -> bool:
    """A project's name holds a Chinese character (none of the gold's 1,500 names is Latin letters alone)."""
    return _HAN.search(text, start, end) is not None


# Two names joined by a conjunction, each ending in the same word (…交易物流中心及欧洲之窗奢侈品交易物流中心): two
# projects; a head the two share (生态治理及开发建设项目) or parts of one (数字经济产业园和算力中心项目) keep one.
_JOINT = patterns.compile("及|和|与|以及")
_JOINED_MIN = 4


# Examples of a class (以A和B为代表的…项目): each joined name is one example, whatever head each ends in.
_EXAMPLES_AFTER = patterns.compile(r"[”」]?(?:为代表|為代表)")


def _joined_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    examples = _EXAMPLES_AFTER.match(text, end) is not None
    for joint in _JOINT.finditer(text, start + _JOINED_MIN, end - _JOINED_MIN):
        left_end, right_start = joint.start(), joint.end()
        if text.endswith(text[end - 2 : end], start, left_end):
            return [(start, left_end), (right_start, end)]
        if examples and text.endswith(_HEADS, start, left_end):
            return [(start, left_end), (right_start, end)]
    return [(start, end)]


# A numbered slogan in quotes right before the head names a programme, and its projects are a class (「三大三新」
# 项目, “百日百项”工程, 产业“三张牌”项目); a project's words inside a quoted name that runs on past them (开展“新质生产力产业项目|招商年”
# 活动) are part of a campaign's name.
_NUMBERED_SLOGAN = patterns.compile(r"[“「][^“”「」]{0,4}[一二三四五六七八九十百千万双两][^“”「」]{0,6}[”」]")
# ... and so do aims along a trade's chain in quotes (“强链补链”项目, “补链延链”工程).
_CHAIN_SLOGAN = patterns.compile(r"[“「](?:[补强延固扩稳锻]链)+[”」]")
_QUOTE_CHARS = patterns.compile(r"[“”「」]")
_SLOGAN_REACH = 8


def _generic_between(text: str, lo: int, end: int) -> bool:
    """Nothing or only generic modifiers between a slogan and its 项目 / 工程 (“千企千项”|技改|项目)."""
    return end - lo == 2 or bool(MODIFIERS.fullmatch(text, lo, end - 2))


def _in_slogan(text: str, start: int, end: int) -> bool:
    slogan = _NUMBERED_SLOGAN.search(text, start, end) or _CHAIN_SLOGAN.search(text, start, end)
    if (
        slogan is not None
        and text.endswith(("项目", "工程"), slogan.end(), end)
        and _generic_between(text, slogan.end(), end)
    ):
        return True  # the slogan and the head, generic words between (“千企千项”技改项目; not “一河两岸”景观改造工程)
    before = [m.group() for m in _QUOTE_CHARS.finditer(text, max(0, start - 24), end)]
    if not before or before[-1] not in "“「":
        return False  # not inside quotes where the name ends
    after = _QUOTE_CHARS.search(text, end, end + _SLOGAN_REACH)
    return after is not None and after.group() in "”」" and after.start() > end


# A development case (…擴建案, …開發案) is a project where its sentence states an amount or it is told started,
# signed or done right after; a case announced or reviewed (「淡海新市鎮開發案」今日公告) is none.
_CASE_STAGE_AFTER = patterns.compile(
    r"(?:已|正式|昨日|今日|日前|昨|今)*(?:于[^，。；、\s]{1,6}?)?(?:举行|举办)?(?:动工|动土|开工|签约|完工|竣工|启用|落成|招商|上梁)"
)


def _idle_case(text: str, start: int, end: int, with_money: Callable[[int], bool]) -> bool:
    if not text.endswith("案", start, end):
        return False
    after = end + 1 if text[end : end + 1] in _names.CLOSE_QUOTES else end
    return not (with_money(start) or _CASE_STAGE_AFTER.match(text, after))


# A quoted 工程 a government carries out is a programme of work, no investment (深入实施“一把手”工程和“民心工程”,
# 大力实施“菜篮子”工程, 实施“强基工程”“育苗工程”); works are built, not carried out, and an unquoted works name
# keeps its verb (实施兴业县扶贫生态移民工程).
_CARRIED_OUT = patterns.compile(r"实施|开展|推行|推进实施|启动实施")
_QUOTE_MARKS = frozenset("“”「」‘’")
_PROGRAMME_REACH = 30


def _quoted_programme(text: str, start: int, end: int) -> bool:
    if not text.endswith("工程", start, end):
        return False
    quoted = text[start - 1 : start] in _QUOTE_MARKS or any(c in _QUOTE_MARKS for c in text[start:end])
    if not quoted:
        return False
    return _CARRIED_OUT.search(text, _clause_start_before(text, start, _PROGRAMME_REACH), start) is not None


def _clause_start_before(text: str, start: int, reach: int) -> int:
    """Where the clause holding `start` begins, looking back at most `reach` characters."""
    lo = max(0, start - reach)
    stop = _PUNCTUATION_BEFORE.search(text, lo, start)
    return stop.end() if stop is not None else lo


_PUNCTUATION_BEFORE = patterns.compile(r"(?r)[，。；：！？\n]")


# A title a place or a park is awarded (获批国家级外贸转型升级基地, 被认定为省级小微企业创业创新示范基地, 获评国家级
# 绿色工业园区) is an honour, no investment; a project approved to be built (获批建设…产业园) is not one.
_AWARDED = patterns.compile(
    r"(?r)(?:获批|获评|认定为|评为|入选|荣获|授予|命名为|列为|创建为|成功创建|争创|获得)(?:为|成为)?"
    r"(?:国家级|省级|市级|国家|全国|全省|自治区级)?"
)
_AWARD_REACH = 12


def _honour(text: str, start: int, end: int) -> bool:
    clause_start = _clause_start_before(text, start, _AWARD_REACH)
    hi = min(end, start + 2)  # the edge may cut the award verb (获|批国家级…基地)
    for m in _AWARDED.finditer(text, clause_start, hi, overlapped=True):
        if m.end() >= start - 2 and not text.startswith(("建设", "设立", "建立"), m.end()):
            return True
    return False


# A registry of projects is no project (全省年度投资项目库, 重大工程项目清单, 项目储备库).
_REGISTRY_WORDS = ("库", "清单", "池", "名单", "名录", "储备库")
_REGISTRY_END = tuple(head + word for head in ("项目", "工程") for word in _REGISTRY_WORDS)


def _is_registry(text: str, start: int, end: int) -> bool:
    return text.startswith(_REGISTRY_WORDS, end) or text.endswith(_REGISTRY_END, start, end)


def find(doc: Doc) -> list[Any]:
    """The rules on the page, or on its view without pinyin glosses where it has them (數(shù)據(jù)中心):
    a gloss inside a name would cut it."""
    view = GlossFree.of(doc.norm)
    if view is None:
        bounds = _project_starts.without_verb_nouns(_names.boundaries(doc))
        found = _spans(_Sentences(doc), bounds, Taken(doc.mentions))
    else:
        view_taken = Taken(view.mentions_in_view(doc.mentions))
        bounds = _project_starts.without_verb_nouns(Boundaries(view.text))
        found = [view.to_original(s, e) for s, e in _spans(_Sentences(doc, view), bounds, view_taken)]
    return [mention(doc, s, e) for s, e in found]


def mention(doc: Doc, start: int, end: int) -> Any:
    """A project mention of norm[start:end], named without its wrapping quotes and pinyin glosses."""
    name = _project_lists.WRAP.sub("", without_glosses(_names.verbatim(doc, start, end)))
    return doc.make("project", start, end, models.ProjectValue(name=name))
