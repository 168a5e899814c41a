"""Where a project's name starts when something stands right before the edge the generic rules found
(dims/project.py's head candidates and its final spans):

- an owner firm and the process it runs before a capacity (包钢集团新体系建设|年产550万吨稀土汽车板项目,
  交城义望铁合金有限责任公司热态渣再利用|年产10万吨…项目): the capacity opens the product, the firm the name;
- a zone or a facility before a works verb and what is built (海航临空经济区|合作开发项目, 澳门机场扩建|填海工程):
  the verb is the works' own, the site the name's;
- a division before a project whose site the sentence stands on (在银川市西夏区|西夏古城项目工地, 黎川县|康舒陶瓷
  扩建项目工地上, 设在柳州市|柳工…项目建设现场): where the site lies, no part of the name;
- a word introducing the name (如|泉港百宏…, 实施|碳谷…, 设于|都匀经济开发区…项目): no part of it;
- the projects a name is picked out of (120项工业重大项目中|空客A320): no part of it.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from .. import gazetteer, patterns
from ._names import Boundaries, Taken, alternation, words
from ._project_lines import KIND_OF_LINE
from ._project_stems import CAPACITY_WORDS

_HEAD_VERBS = words("project_head_verbs.txt")
_TRIGGERS = words("project_triggers.txt")

# --- an owner firm before a capacity ----------------------------------------------------------------

_CAPACITY_AT = patterns.compile(rf"(?:{alternation(CAPACITY_WORDS)})(?=[0-9一二三四五六七八九十百千两])")
# A firm's legal or group suffix, then what the firm runs (新体系建设, 磷石膏综合利用, 余热利用, 绿色升级): Han only,
# no list mark, no locative, no conjunction.
_FIRM_SUFFIX = patterns.compile(r"(?r)(?:有限责任公司|有限公司|股份公司|公司|集团|集團|有限責任公司)")
_MAX_PROCESS = 12
_MIN_PROCESS = 2
_PROCESS = patterns.compile(rf"\p{{Han}}{{{_MIN_PROCESS},{_MAX_PROCESS}}}")
# What the firm does to the project is no process of its own (XX集团投资建设|年产…, 与XX公司签约|年产…).
_NOT_A_PROCESS = patterns.compile(
    rf"(?:{alternation((*_HEAD_VERBS, *_TRIGGERS))}|投资|投資|计划|計劃|拟|擬|将|將|在|于|於|与|與|和|及|的|为|為|已|正|"
    r"总投资|總投資|签署|簽署|签约|簽約|新上|上马|上馬|实施|實施|推进|推進|启动|啟動|开展|開展)"
)
_NOT_IN_A_PROCESS = patterns.compile(r"[的在于於与與和及、等]|签|簽|投资|投資|企业|企業|所属|所屬|下属|下屬")
_MAX_FIRM = 24


def from_owner(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """The start of the owner firm when the name opens with a capacity right after the firm and its
    process (包钢集团新体系建设|年产550万吨…项目), else `start`."""
    text = bounds.text
    if not _CAPACITY_AT.match(text, start, stem_end):
        return start
    lo = max(0, start - _MAX_PROCESS - 7)
    firm = None
    for m in _FIRM_SUFFIX.finditer(text, lo, start - _MIN_PROCESS, overlapped=True):
        if _PROCESS.fullmatch(text, m.end(), start):
            firm = m
            break
    if (
        firm is None
        or _NOT_A_PROCESS.match(text, firm.end(), start)
        or _NOT_IN_A_PROCESS.search(text, firm.end(), start)
    ):
        return start
    if any(firm.end() <= cut <= start for cut in cuts):
        return start  # an amount or a date between the firm and the capacity (XX公司投资5亿元|年产…)
    firm_start = bounds.left_edge(firm.start(), cuts=[c for c in cuts if c <= firm.start()])
    if firm.start() - firm_start < 2 or firm.end() - firm_start > _MAX_FIRM:
        return start
    return firm_start


# --- a zone or a facility before a works verb --------------------------------------------------------

# Sites whose works are named after them (机场, 港区, 经济区, 口岸): a verb right after one is the works' own
# (深圳机场扩建|填海工程), as the verb after a firm is not (XX公司扩建|新厂房项目).
_SITE_END = patterns.compile(
    r"(?r)(?:机场|機場|港区|港區|码头|碼頭|口岸|枢纽|樞紐|经济区|經濟區|开发区|開發區|高新区|高新區|经开区|經開區|"
    r"新区|新區|园区|園區|片区|片區|港)"
)
# Only a verb working on the site itself (扩建, 改造, 合作开发); a build verb builds something at it (在长德开发区
# 建设|生物配合饲料生产项目: the zone is where, not the name).
_SITE_VERBS = patterns.compile(r"(?r)(?:扩建|擴建|改扩建|改擴建|扩容|擴容|改造|提升|升级|升級|合作|合作开发|合作開發)")
_MIN_SITE = 4
_NOT_A_SITE_START = patterns.compile(r"[该該本全各其我此]")


_WORKS_ONLY = patterns.compile(
    rf"(?:{alternation(_HEAD_VERBS)}|合作|扩建|擴建|改造|开发|開發|建设|建設)+(?:项目|項目|工程)"
)


def works_only(text: str, start: int, end: int) -> bool:
    """text[start:end] is only works verbs and a bare head (合作开发项目, 扩建工程): no name without its site."""
    return _WORKS_ONLY.fullmatch(text, start, end) is not None


def from_site(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """The start of a site named right before the works verb the edge cut at (深圳机场扩建|填海工程 → the
    whole), else `start`."""
    text = bounds.text
    if stem_end - start < 2:
        return start
    verb = _SITE_VERBS.search(text, max(0, start - 4), start)
    at = verb.start() if verb is not None and verb.end() == start else start
    site = _SITE_END.search(text, max(0, at - 3), at)
    if site is None or site.end() != at:
        return start
    if any(site.start() < cut <= at for cut in cuts):
        return start
    site_start = bounds.left_edge(site.start(), cuts=[c for c in cuts if c <= site.start()])
    if at - site_start < _MIN_SITE or _NOT_A_SITE_START.match(text, site_start):
        return start
    if site_start > 0 and text[site_start - 1] not in "，。；：！？,;:!?\n 、的在于於":
        return start  # the site runs on into words the edge stopped at: no clean site name
    return site_start


# --- a division before a project on whose site the sentence stands ---------------------------------

# The site after the name, or after its phase and its works ("…电子产业园项目|二期工程建设工地").
_AT_ITS_SITE = patterns.compile(
    r"(?:[一二三四五六七八九十\d]+期)?(?:工程|项目|項目)?(?:建设|建設|施工)?(?:工地|现场|現場)"
)
_SUFFIXED_LEVELS = frozenset(("province", "city", "county", "town"))
_MAX_PLACE = 10
_MIN_REST = 4


def division_end(
    text: str, start: int, limit: int, *, levels: frozenset[str] = _SUFFIXED_LEVELS, max_len: int = _MAX_PLACE
) -> int:
    """End of the longest division of one of `levels` written with its suffix (a gazetteer `name`, not a short
    form) at `start`, else `start`."""
    gaz = gazetteer.get()
    for end in range(min(limit, start + max_len), start + 1, -1):
        if any(s.form == "name" and s.place.level in levels for s in gaz.senses(text[start:end])):
            return end
    return start


# What stands before a site's place: a locative verb or a clause's opening (记者在|…, 设在|…, 走进|…, 上午，|…).
_SITE_PLACE_OPENER = patterns.compile(r"(?r)(?:在|于|於|走进|走進|来到|來到|深入|[，,；;：:。\n ]|^)")


def past_site_place(text: str, start: int, end: int, places: Mapping[int, int] | None = None) -> int:
    """Start of the name after the divisions that say where the site lies (银川市西夏区|西夏古城项目工地), else
    `start`; not a place after 的 (位于…的|南阳市智创源科技有限公司…项目现场: the firm's own place). `places` maps
    the start of a place the place pass read (a zone: 在华明高新区|天津平高…项目现场) to its end."""
    if not _AT_ITS_SITE.match(text, end) or not _SITE_PLACE_OPENER.match(text, max(0, start - 2), start):
        return start
    places = places or {}
    pos = start
    while (nxt := max(division_end(text, pos, end), places.get(pos, pos))) > pos:
        if pos > start and _opens_a_registered_firm(text, pos, nxt, end):
            break  # 临江高新区|江苏远航精密机械有限公司…项目现场: the site's zone, then the firm's registered name
        pos = nxt
    if pos == start or end - pos < _MIN_REST or KIND_OF_LINE.match(text, pos, end):
        return start  # 杭州市|城际铁路临安线项目: the city's own line, named by it
    return pos


# (session 24) A bare province or city name (no 省/市…) opening a firm's registered name (江苏远航精密机械有限公司).
_ADMIN_SUFFIX = tuple("省市县区州盟旗镇乡")
_REGISTERED_FIRM = patterns.compile(r"\p{Han}{2,10}?(?:有限责任公司|股份有限公司|有限公司|集团)")


def _opens_a_registered_firm(text: str, place_start: int, place_end: int, end: int) -> bool:
    if text.endswith(_ADMIN_SUFFIX, place_start, place_end):
        return False
    return _REGISTERED_FIRM.match(text, place_end, end) is not None


def stands_at_its_site(text: str, place_start: int, name_end: int) -> bool:
    """Whether a place right before a name is where the site the sentence stands on lies (在鐵門關市|厘米科技…项目
    二期工程建设工地): opened by a locative or a clause break, the site after the name."""
    opened = _SITE_PLACE_OPENER.match(text, max(0, place_start - 2), place_start) is not None
    return opened and _AT_ITS_SITE.match(text, name_end) is not None


# --- the whole a project is picked out of ----------------------------------------------------------

# 120项工业重大项目中|空客A320、…: the projects the name is among, no part of it.
_AMONG = patterns.compile(r"[项項]目(?:当中|當中|中)(?!心)")
_MIN_PICKED = 2


def past_the_whole(text: str, start: int, end: int) -> int:
    """Start of the name after the projects it is picked out of (…重大项目中|空客A320), else `start`; (session 37) also
    where the span opens inside their 中 (…省重点项目|中白鹤滩光伏电站: the model's tag)."""
    start = _past_the_last(_AMONG, text, start, end)
    for among in _AMONG.finditer(text, max(0, start - 3), min(end, start + 2)):
        if among.start() < start < among.end() and end - among.end() >= _MIN_PICKED:
            return among.end()
    return start


# The owner and its verb before the name (辽宁华子玉镁铝科技有限公司投资的|农副产品加工冷藏项目): no name of the gold's
# holds an investing or building verb and 的.
_OWNED_BY = patterns.compile(r"(?:投资|投資|投资建设|投資建設|建设|建設|兴建|興建|打造|开发|開發|承建)的")


def past_the_owner(text: str, start: int, end: int) -> int:
    """Start of the name after its owner and the verb it invests or builds with (X公司投资的|Y项目), else `start`."""
    return _past_the_last(_OWNED_BY, text, start, end)


def _past_the_last(pattern: regex.Pattern[str], text: str, start: int, end: int) -> int:
    """`start` moved past the last match of `pattern` in text[start:end], a name of two characters left at least."""
    cut = max((m.end() for m in pattern.finditer(text, start, end)), default=start)
    return cut if end - cut >= _MIN_PICKED else start


# --- a word introducing the name ------------------------------------------------------------------

_INTRODUCERS = patterns.compile(r"(?:设于|設於|设在|設在|位于|位於|实施|實施|比如|例如|诸如|諸如)(?=\p{Han})")
_EXAMPLE_RU = patterns.compile(r"如(?=\p{Han})")
_CLAUSE_OPENERS = frozenset("，,；;：:")
_MIN_LEFT = 4


# (session 31) Names listed after a verb of having and its adverb (又有|橙果桥梁…, 更有|华赛包装…, 既有像|鑫达…): jieba
# glues 有 or 像 to an unknown name, so they are read by their characters (有色, 有机, 像素 begin words of names).
_HAVING_LEAD = patterns.compile(
    r"(?:(?:又|更|还|也|既|就)有|(?<=[又更还也既就])有)(?:像)?(?![色机限线效关益利])|像(?!素)"
)
_MIN_HAD = 2


def past_having(text: str, start: int, end: int) -> int:
    """Start of the name after a verb of having that lists it (又有|…, 更有|…, 既有像|…), else `start`."""
    m = _HAVING_LEAD.match(text, start, end)
    return m.end() if m is not None and end - m.end() >= _MIN_HAD else start


def past_introducer(text: str, start: int, end: int) -> int:
    """Start of the name after a verb or a marker that introduces it (如|泉港百宏…, 实施|碳谷…), else `start`."""
    start = past_having(text, start, end)
    m = _INTRODUCERS.match(text, start, end)
    if m is None and text[start - 1 : start] in _CLAUSE_OPENERS:
        m = _EXAMPLE_RU.match(text, start, end)
        if m is not None and division_end(text, m.end() - 1, end) > m.end():
            m = None  # 如皋市, 如东县: a place's name
    if m is None or end - m.end() < _MIN_LEFT:
        return start
    return m.end()


def fronts(text: str, spans: list[tuple[int, int]], taken: Taken) -> list[tuple[int, int]]:
    """The spans with their introducing words and site places moved out of their fronts."""
    out = []
    for s, e in spans:
        s2 = past_introducer(text, s, e)
        if s2 == s or not taken.overlapping(s, s2):
            s = s2
        s = past_the_whole(text, s, e)
        out.append((past_site_place(text, s, e), e))
    return out


# --- a line's segment and its works -----------------------------------------------------------------

_SEGMENT_VERBS = patterns.compile(rf"(?:{alternation(_HEAD_VERBS)})*")


def segments_works(text: str, segment: tuple[int, int], works: tuple[int, int]) -> bool:
    """The works named right after a line's segment, over the verbs the edge cut at (京昆高速公路蒲城至涝峪段|改建|
    扩容工程) or overlapping it (…柳州至梧州段|项目), are the segment's: one name."""
    (s, seg_end), (w_start, w_end) = segment, works
    if text[seg_end - 1 : seg_end] != "段" or w_end <= seg_end or w_start < s:
        return False
    if w_start < seg_end:
        return True
    return _SEGMENT_VERBS.fullmatch(text, seg_end, w_start) is not None


# --- a name that is its clause's subject --------------------------------------------------------------

# A clause that opens with a place and runs to the head without a verb taking an object, a mention or a
# locative, then goes on to the project's predicate (总投资, 开工, 签约, 已…), is the project's name whole: the
# verbs inside are its process (陕西榆林煤炭分质利用|制化工新材料示范项目总投资…, 湖南岳阳己内酰胺产业链搬迁与升级|
# 转型发展项目总投资…).
_OBJECT_VERBS = (
    *_TRIGGERS,
    *words("project_build_verbs.txt"),
    *words("project_object_verbs.txt"),
    "推进",
    "推進",
    "实施",
    "實施",
    "计划",
    "計劃",
    "打造",
    "加快",
    "重点",
    "重點",
    "积极",
    "積極",
    "全力",
    "共有",
    "完成",
    "举行",
    "舉行",
    "举办",
    "舉辦",
    "召开",
    "召開",
)
_OBJECT_VERB = patterns.compile(alternation(_OBJECT_VERBS))
_NOT_IN_SUBJECT = patterns.compile(
    r"[的在于於将將是为為把被对對由从從向等、“”「」（）()]|今年|目前|其中|全市|全县|全省"
)
_PREDICATE = patterns.compile(
    r"(?:[，,]?(?:总投资|總投資|计划总投资|計劃總投資|计划投资|計劃投資|预计总投资|預計總投資)"
    r"|已|正在|正式|顺利|順利|开工|開工|动工|動工|签约|簽約|建成|竣工|投产|投產|完成投资|完成投資|进展|進展|预计|預計)"
)
_CLAUSE_START = patterns.compile(r"(?r)[，。；：！？,;:!?\n]|^")
_MAX_SUBJECT = 30


def from_clause_subject(bounds: Boundaries, start: int, stem_end: int, end: int, cuts: list[int]) -> int:
    """The clause's start when the whole clause before the head names the project, else `start`."""
    text = bounds.text
    opener = _CLAUSE_START.search(text, max(0, start - _MAX_SUBJECT), start)
    if opener is None:
        return start
    clause = opener.end()
    if stem_end - start < _MIN_PROCESS:
        return start  # 洛阳市举行|项目签约仪式: no name of its own to extend
    if clause >= start or stem_end - clause > _MAX_SUBJECT or not _PREDICATE.match(text, end):
        return start
    if any(clause < cut <= start for cut in cuts) or _NOT_IN_SUBJECT.search(text, clause, stem_end):
        return start
    if _OBJECT_VERB.search(text, clause, stem_end):
        return start
    verb = _PROCESS_VERB_END.search(text, clause, start)
    if verb is None or verb.end() != start:
        return start  # the edge stopped at no process verb (杭州市支持|…): the clause's verb, not the name's
    place = _place_at(text, clause, verb.start())
    return clause if place and verb.start() - place >= _MIN_PROCESS else start


_PROCESS_VERB_END = patterns.compile(rf"(?r)(?:{alternation(_HEAD_VERBS)})")


def _place_at(text: str, start: int, limit: int) -> int:
    """End of the longest place of any form at `start` (陕西, 榆林, 湖南岳阳 read as 湖南), or 0."""
    gaz = gazetteer.get()
    for n in range(min(limit - start, _MAX_PLACE), 1, -1):
        if gaz.senses(text[start : start + n]):
            return start + n
    return 0
