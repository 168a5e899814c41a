"""Places and levels opening an organisation's stem (the suffix rule, dims/_org_suffix.py): what may stand
before a bare committee (莘县|县委, 鄂尔多斯|市委, 四川省成都市郫都|区委), and a department named after its task
after a level (市|数据资源|局)."""

from __future__ import annotations

from .. import gazetteer, patterns
from ..tokenize import cut

_HAN = patterns.compile(r"\p{Han}+")

# A place or administrative prefix at the start of a name (东昌府区…, 聊城市…, 国家…, 市…).
PLACE_PREFIX = patterns.compile(
    r"(?:[\p{Han}]{1,8}?(?:省|自治区|市|自治州|州|盟|地区|县|自治县|旗|区|镇|乡|街道)|中国|国家|省|市|县|区)"
    r"(?!域|别|间|块|位|分|场化)"
)
PLACE_ENDS = ("省", "市", "县", "区", "州", "旗", "镇", "乡", "街道", "村", "盟")


# A level or a place, then words of a task, then 局/办/委 (市|数据资源|局, 县|乡村振兴|局, 西藏自治区|招商引资|局,
# 市|大项目|办): a department named after its task, which the list of department words cannot all hold.
_TASK_WORDS = (2, 6)
TASK_SUFFIXES = frozenset(("局", "办"))  # not 部 (工作|部署, 全部), 委 (委托), 处 (好处)


def segmented_department(stem: str) -> bool:
    if stem[:1] in _LEVEL_WORDS:
        level_end = 1
    else:
        level = PLACE_PREFIX.match(stem)
        if level is None or not _is_division(level.group()):
            return False
        level_end = level.end()
    task = stem[level_end:]
    if not (_TASK_WORDS[0] <= len(task) <= _TASK_WORDS[1] and _HAN.fullmatch(task)):
        return False
    if len(cut(stem, hmm=False)[0]) > level_end:
        return False  # 市场|格局, 县域|经济布局: the level word is part of another word
    return all(len(w) >= 2 for w in cut(task, hmm=False))


def short_or_place(stem: str, suffix: str = "") -> bool:
    """What may stand before a bare suffix: a place (莘县|县委, 浙江省|省委, …街道|党工委), not a verb phrase."""
    if stem.startswith("中共") and len(stem) > 2:
        stem = stem[2:]
    if len(stem) <= 3 or stem.endswith(PLACE_ENDS) or PLACE_PREFIX.fullmatch(stem):
        return True
    # A county or district whose level word the suffix carries (嘉兴市南湖|区委, 成都市武侯|区政府,
    # 四川省成都市郫都|区委: past every place written before it).
    rest = _past_place_prefixes(stem)
    if rest != stem and 2 <= len(rest) <= 3 and bool(_HAN.fullmatch(stem)):
        return True
    # A city whose name is longer than three characters, its level word carried by the suffix (鄂尔多斯|市委).
    return suffix[:1] in _LEVEL_WORDS and _is_division(rest + suffix[:1])


_LEVEL_WORDS = frozenset("省市县区州旗")
_DIVISION_LEVELS = frozenset(("province", "city", "county"))


def places_tail(stem: str, suffix: str) -> int | None:
    """Where a run of places closing the stem starts (讲话|陕西省铜川市印台), when a division opens it."""
    for at in range(1, len(stem) - 1):
        m = PLACE_PREFIX.match(stem, at)
        if m is not None and _is_division(m.group()) and short_or_place(stem[at:], suffix):
            return at
    return None


def _past_place_prefixes(stem: str) -> str:
    """The stem past the places written at its start (四川省|成都市|郫都 → 郫都)."""
    while (m := PLACE_PREFIX.match(stem)) is not None and m.end() < len(stem) and _is_division(m.group()):
        stem = stem[m.end() :]
    return stem


def _is_division(name: str) -> bool:
    return any(s.form == "name" and s.place.level in _DIVISION_LEVELS for s in gazetteer.get().senses(name))


# Hong Kong, Macau and Taiwan name their governments' own bodies by their task alone, with no place
# (投資署, 人才發展委員會, 經濟部|投資處): a stem of task words before a body's suffix is a body there, though
# the words are generic (投资公司, 人才公司 stay classes: not a government suffix).
_OWN_BODY_SUFFIXES = frozenset(("署", "委员会", "处"))
_TASK_STEM_WORDS = frozenset(("投资", "人才", "发展", "促进", "推广", "引进", "审议"))


def task_named_body(stem: str, suffix: str) -> bool:
    """A government body named by its task words alone (投资|署, 人才发展|委员会)."""
    if suffix not in _OWN_BODY_SUFFIXES or not 2 <= len(stem) <= 6 or not _HAN.fullmatch(stem):
        return False
    parts = cut(stem, hmm=False)
    return parts[0] in ("投资", "人才") and all(p in _TASK_STEM_WORDS for p in parts)


# A ministry, the State Council, a government or an academy names its centres, offices and divisions
# after itself, written right after it (教育部|学校规划建设发展中心, 科技部|火炬中心, 国务院侨办|华文教育发展
# 中心, 省政府|督查室, 经济部|投资台湾事务所, 国家发展改革委|产业发展司, 中科院|包头稀土研发中心): one body,
# of the parent's kind. Not a party committee's (市委|党校 is read above) nor a firm's.
_NATIONAL_PARENT_END = (
    "部",
    "国务院",
    "办",
    "发改委",
    "发展改革委",
    "政府",
    "厅",
    "科学院",
    "中科院",
    "社科院",
    "工研院",
)
_NATIONAL_UNIT_END = ("中心", "室", "事务所", "司", "处", "审会")
_UNIT_VENUES = ("会议中心", "会展中心", "体育中心", "文化中心", "礼堂", "会议室")
_MAX_UNIT = 12


def unit_of_national_body(text: str, parent: tuple[int, int, str], unit: tuple[int, int, str]) -> bool:
    """Whether `unit` is written right after `parent` and is its centre, office or division (not a venue)."""
    return (
        parent[1] == unit[0]
        and parent[2] in ("government", "research")
        and text.endswith(_NATIONAL_PARENT_END, parent[0], parent[1])
        and text.endswith(_NATIONAL_UNIT_END, unit[0], unit[1])
        and not text.endswith(_UNIT_VENUES, unit[0], unit[1])
        and unit[1] - unit[0] <= _MAX_UNIT
    )


# A steering body is named after what it drives: 省|推进长三角一体化发展|领导小组办公室, 市|促进民营经济发展|
# 工作委员会. The verb that opens its task is a boundary word elsewhere (推进 in 加快推进…), so the left edge
# stops after it; before a steering suffix, a verb right after a level or a place is part of the name.
STEERING_SUFFIXES = frozenset(("领导小组", "办公室", "委员会", "工作委员会", "指挥部", "工作专班", "联席会议"))
_STEERING_VERB = patterns.compile(r"(?r)(?:推进|促进|推动|加快|深化|实施|统筹|支持|建设|推行|落实|服务)$")
_NOT_A_LEVEL_BEFORE = frozenset("全我本该各")


def over_steering_verb(text: str, start: int, s_start: int, suffix: str) -> int:
    """Where a steering body's name starts when its task's verb was cut off: at the level or the place
    before the verb (省, 江苏省, 苏州市); else `start` unchanged."""
    if suffix not in STEERING_SUFFIXES:
        return start
    verb = _STEERING_VERB.search(text, max(0, start - 2), start)
    if verb is None or verb.end() != start:
        return start
    at = verb.start()
    if text[at - 1 : at] not in _LEVEL_WORDS or text[at - 2 : at - 1] in _NOT_A_LEVEL_BEFORE:
        return start
    # the longest division ending at the level character (江苏省, 苏州市), else the level alone (省)
    return next((p for p in range(max(0, at - 8), at - 1) if _is_division(text[p:at])), at - 1)
