"""Edges of organisation names the suffix rule (dims/org.py) and the LAC backend share: a word governing
the body before its name, a party seat before a title, and a name quoted whole.

- A preposition or verb governing a body is no part of its name (经|兰洽会组委会向…, 按|商务部统计口径,
  州长某某率|州投资促进局, 会同|市国土局, 受|市政府委托).
- A firm's or a department's 党委/党组 before a title is part of the title (复星集团|党委书记); a
  government's party group is a body of its own (省政府党组|副书记).
- Where the word after a suffix says it is none, a suffix starting inside it may be one (光学院|士 is
  光学|院士工作站).
- A station named only by a place, a rank or a batch is a programme's class, not one station
  (2017年第二批湖南省|院士专家工作站, 全国示范|院士专家工作站).
- A name quoted whole runs to its opening quote (“张某和专家工作站”: 和 inside it is no boundary).
- A county or zone written before a firm or institute registered under its city is where the body is,
  no part of its name (崂山区|青岛海洋生物医药研究院, 西海岸新区|青岛海尔生物医疗股份有限公司).
- A closing bracket in the stem that no bracket inside it opened ends what came before (a dateline or a
  credit: （中央社記者某某台北5日電）|經濟部, (台灣商報新聞)|經濟部); a seat in brackets stays (腾讯科技（深圳）).
- A place after 在/于/到 and a verb of building before a plant's, a centre's or an institute's suffix say
  where it is built (在上海|建设|超级工厂, 在沈阳市铁西区|建设|研发中心), no part of a name.
"""

from __future__ import annotations

from .. import gazetteer, patterns
from ..tokenize import cut
from ._names import Taken, quoted
from ._org_words import (
    KIND,
    MIN_STEM,
    NOT_BEFORE,
    PLACE_END,
    SUFFIX_LENGTHS,
    SUFFIXES,
    is_generic,
    names_a_function,
    suffix_of,
)

# A party committee or group written after its firm or department and before a title is the person's
# seat, part of the title (中国广核集团|党委常委, 省商务厅|党组成员): the body is the organisation. A
# government's party group is a body of its own (省政府党组|副书记).
_PARTY_SEATS = ("党委", "党组")
_SEAT_TITLE = patterns.compile(r"副?书记|常委|委员|成员")


def party_seat(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is 党委/党组 after no government and before a title: the title's part."""
    return (
        text[start:end] in _PARTY_SEATS
        and _SEAT_TITLE.match(text, end) is not None
        and not text.endswith("政府", 0, start)
    )


# A preposition or verb governing the body after it is no part of its name (经|兰洽会组委会向…,
# 按|商务部统计口径, 州长某某率|州投资促进局, 会同|市国土局): jieba reads it as a word of its own there.
# 经 only where the name would start: inside one jieba may cut it off a word (安徽省外|经|建设集团, 市|经|信委).
# So are a causative, a verb of saying or of delivering a report, and one of belonging before the body it
# governs (使|吉利控股集团跻身…, 又指|特区政府正…, 经过|人才委员会评审, 作|献县人民政府工作报告, 版权归|某公司):
# jieba keeps them inside words of names (大使馆, 指挥部, 合作社, 回归).
_GOVERNING = frozenset(
    ("按", "率", "率领", "会同", "协同", "受", "经由", "经过", "使", "促使", "致使", "指", "作", "归")
)
_GOVERNING_CHARS = frozenset("经" + "".join(w[0] for w in _GOVERNING))


def name_start(text: str, start: int, end: int) -> int:
    """Where the name text[start:end] found elsewhere (by LAC) starts, past a governing word (会同|市国土局)."""
    suffix = suffix_of(text[start:end])
    return past_governing_word(text, start, end - len(suffix), end) if suffix else start


def past_governing_word(text: str, start: int, stem_end: int, end: int) -> int:
    """`start` moved past the last governing word before the suffix of the name text[start:end] that jieba
    reads as a word of its own there (受|市政府: a bare suffix is left; 经发局 is one word)."""
    if not _GOVERNING_CHARS.intersection(text[start:stem_end]):
        return start
    at, best = start, start
    for word in cut(text[start:end], hmm=False):
        at += len(word)
        if at > stem_end:
            break
        if word in _GOVERNING or (word == "经" and at == start + 1):
            best = at
    return best


def whole_quote(text: str, s_start: int, end: int, taken: Taken) -> tuple[int, int, str] | None:
    """A name quoted whole (“张某和专家工作站”) that the suffix rule cut to nothing runs to its opening
    quote: a boundary word inside the quotes (和) is part of it."""
    q = quoted(text, s_start, end)
    if q is None or q[0] >= s_start:
        return None
    suffix = text[s_start:end]
    stem = text[q[0] : s_start]
    if len(stem) < MIN_STEM or is_generic(stem, KIND[suffix]) or taken.overlapping(q[0], end):
        return None
    if names_a_function(stem, suffix):
        return None  # “五大中心”: a class of functions, quoted as a slogan
    return q[0], end, KIND[suffix]


def suffix_matches(text: str) -> list[tuple[int, int]]:
    """The suffixes of the text, leftmost-longest; where the word after one says it is none, the suffix
    starting inside it instead (光学院|士 is 光学|院士工作站: a station named after its expert)."""
    out: list[tuple[int, int]] = []
    for s, e in SUFFIXES.longest(text):
        if out and s < out[-1][1]:
            continue
        not_before = NOT_BEFORE[text[s:e]]
        if not_before is not None and not_before.match(text, e):
            inner = SUFFIXES.longest(text[s + 1 : e + SUFFIX_LENGTHS[0]])
            if inner and inner[0][0] + s + 1 < e < inner[0][1] + s + 1:
                out.append((inner[0][0] + s + 1, inner[0][1] + s + 1))
                continue
        out.append((s, e))
    return out


# What a programme's class of stations is named by: a year, a batch, a rank, quotes, and a place.
_RANK = patterns.compile(
    r"(?:[0-9]{4}年度?|第[0-9一二三四五六七八九十]{1,3}批|首批|全国|全省|全市|示范|优秀|十佳|重点"
    r"|[省市县区州]级|国家级|院士|[“”\"「」])"
)
_LEVELS = frozenset("省市县区州")


def station_class(stem: str) -> bool:
    """Whether a station's stem names no station but a class of them (湖南省院士|专家工作站, 2017年第二批
    省级院士|专家工作站, “十佳”院士|专家工作站): only a year, a batch, a rank and a place."""
    core = stem
    while (m := _RANK.match(core)) is not None and m.end() > 0:
        core = core[m.end() :]
    while (m := _RANK.search(core)) is not None and m.end() == len(core) and m.start() < m.end():
        core = core[: m.start()]
    return not core or core in _LEVELS or bool(gazetteer.get().lookup(core))


_LOCATIVE_LEVELS = frozenset(("county", "zone"))
_REGISTERED_LEVELS = frozenset(("city", "province"))
_PLACE_LENGTHS = (5, 4, 3, 2)


_OPEN_BRACKETS = "（(【["
_CLOSE_BRACKETS = "）)】]"


def past_unopened_bracket(text: str, start: int, stem_end: int) -> int:
    """`start` moved past the last closing bracket of the stem that no bracket inside the stem opened."""
    depth = 0
    after = start
    for i in range(start, stem_end):
        if text[i] in _OPEN_BRACKETS:
            depth += 1
        elif text[i] in _CLOSE_BRACKETS:
            if depth == 0:
                after = i + 1
            else:
                depth -= 1
    return after


def past_locative(text: str, start: int, stem_end: int) -> int:
    """`start` moved past a county or zone that stands before a name opening with its city or province
    (胶州市|青岛青力环保设备有限公司): the body's location, as the gazetteer tells."""
    gaz = gazetteer.get()
    for n in _PLACE_LENGTHS:
        if start + n >= stem_end or not _has_level(gaz, text[start : start + n], _LOCATIVE_LEVELS):
            continue
        after = start + n
        if any(
            after + m < stem_end and _has_level(gaz, text[after : after + m], _REGISTERED_LEVELS)
            for m in _PLACE_LENGTHS
        ):
            return after
    return start


def _has_level(gaz: gazetteer.Gazetteer, name: str, levels: frozenset[str]) -> bool:
    return any(s.form != "weak" and s.place.level in levels for s in gaz.senses(name))


# A place and a verb of building before a suffix (在上海|建设|超级工厂, 在沈阳市铁西区|建设|研发中心): the
# place is where it is built, the verb no part of a name.
_BUILDING_WORDS = frozenset(("建设", "新建", "兴建", "扩建", "筹建", "投资建设", "建成", "打造", "共建"))
# A partner place and a verb of building together (与衢州市|合作建设|研究院, 同杭州市|共建|研究院): the place
# is the partner, what they build no body named after it.
_LOCATIVE_PREPOSITIONS = ("在", "于", "到", "与", "同")
_JOINTLY = ("合作", "共同", "联合")
# A plant or a factory: what a project builds, named after no firm when told built (在当地建设新工厂).
WORKS_SUFFIXES = ("工厂", "厂")


def built_kind(suffix: str) -> bool:
    """Suffixes of what a place builds (a plant, a centre, a lab, an institute), not of firms, groups or
    schools, whose registered names hold such verbs (南京建设发展集团有限公司, 江苏建设职业技术学院)."""
    return suffix in WORKS_SUFFIXES or KIND[suffix] in ("research", "government", "other")


def after_place_and_building_verb(text: str, start: int, stem_end: int) -> int | None:
    """Where the name starts past a place after 在/于/到 and a verb of building that jieba reads in the stem
    (a registered name keeps its words: 西安建设工程集团, 在 stands before no name), or None."""
    if text[start - 1 : start] not in _LOCATIVE_PREPOSITIONS:
        return None
    at = start
    for word in cut(text[start:stem_end], hmm=False):
        if word in _BUILDING_WORDS and at > start and _is_place_name(_without_jointly(text[start:at])):
            return at + len(word)
        at += len(word)
    return None


def _without_jointly(words_before: str) -> str:
    """The place before a verb of building without the 合作 / 共同 it builds with (衢州市|合作|建设)."""
    for word in _JOINTLY:
        if words_before.endswith(word) and len(words_before) > len(word):
            return words_before[: -len(word)]
    return words_before


def _is_place_name(name: str) -> bool:
    return bool(gazetteer.get().lookup(name)) or bool(PLACE_END.fullmatch(name))
