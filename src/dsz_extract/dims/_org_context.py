"""Organisations named without a suffix, read from the words around them (for dims/org.py).

Real reports often name a firm by its brand alone (蔚来汽车, 国轩高科, SK海力士, 比亚迪 after a first full
mention elsewhere). No suffix marks these; three kinds of context do:

1. A partner of a signing or a talk: 与A(、B…)(分别)签约/签署/合作/会谈…, and X in X与Y签约.
2. A firm's officer after it: 金风科技|董事长武钢, 远景能源|创始人张雷 (company titles only: 市长 is no cue).
3. A well-known short name of data/lexicon/org_known.tsv (华为, 中国能建, 北交所) standing with clear edges
   (or, three characters or more, as a word of its own after a verb: 深挖|比亚迪、).
4. An item of a 、-list closed by a count of enterprises (东莞普航电子、上海曼雅电器…共6个重点企业项目).
5. 中央 listed before a party committee or a government (落实中央、省委决策部署).
7. A firm named after its foreign origin in Taiwanese reports (美商|美光, 日商|信越化学将…).
6. A hotel an event is held in: dims/_org_hotels.py.
8. A firm investing an amount of its own (群聯電子將在苗栗投資22億元, 日正食品斥資3億擴廠, 瑞昱半導體也將投入
   31億元): the name right before the investing verb (and its adverbs and 在+place), or right before an
   amount and the plant it builds (美上鎂花6億建廠), when it looks like a brand and its trade or a word
   no dictionary knows.

A name read from context (1, 2) must look like a proper name: two to twelve characters of Han, Latin
letters or digits, no boundary word inside, not a place, not a person's name, not a phrase made only
of generic or trade words (客商, 新能源企业, 有关部门), and not one common word (高校, 双方).
Spans are in the normalised text; the caller drops what overlaps its own finds.
"""

from __future__ import annotations

import functools

import regex

from .. import gazetteer, patterns
from ..names import trade_words
from ..tokenize import cut, frequencies, tokenize
from . import _names
from ._names import Boundaries, Taken, alternation, table, words
from ._org_homes import after_country, home_before
from ._org_words import PRONOUN
from .money import PLANT_AFTER

Span = tuple[int, int, str]

_KNOWN: dict[str, str] = {row[0]: row[1] for row in table("org_known.tsv")}
_KNOWN_NAMES = _names.Literals(_KNOWN)
# Bodies the short-name list holds that a ministry names after itself (经济部|投审会).
_KNOWN_UNITS = frozenset(name for name, kind in _KNOWN.items() if kind == "government")
_UNIT_LENGTHS = sorted({len(name) for name in _KNOWN_UNITS}, reverse=True)
_MINISTRY_ENDS = ("部", "国务院", "政府", "院")

# Words that show a signing or a talk between the partners named before them.
_COOPERATION = patterns.compile(
    r"(?:签约|签署|签订|签下|达成|合作|携手|共建|合资|洽谈|会谈|座谈|对接|结对|共商|深化)"
    r"(?![区社园会组馆中基联公企项])"  # 合作区, 洽谈会, 合资公司 are names or heads, not the verb
)
# What may stand between the last partner and the cooperation word (与A|就…项目|在京|分别|签约).
_BEFORE_COOPERATION = patterns.compile(
    r"(?:分别|正式|成功|现场|共同|顺利|再次|进行|举行|开展|建立|在|就|围绕|签订了|签署了)"
)
_PARTNER_REACH = 24  # characters from the partner's end to the cooperation word
_MAX_PARTNER = 12
_MAX_PARTNERS = 8

# 与 as a word of its own: not 参与/给与/赋与, not 与会/与其/与此/与时俱进.
_WITH = patterns.compile(r"(?<![参给赋授])与(?![会其此时否之])")
_PARTNER_SEPARATOR = patterns.compile(r"、")

# Titles that only a firm's officers hold: the name before them is a firm's.
_COMPANY_TITLE = patterns.compile(
    r"(?:副?董事长|董事局主席|董事会主席|副?总经理|行政总裁|副?总裁|首席执行官|CEO|联合创始人|创始人|执行董事|执行长"
    r"|(?<!科技)副总(?![经裁监工指]))"
)

# A person's title inside a span makes it a person's name with its title (区长李强), no firm.
_PERSON_TITLE = patterns.compile(alternation(words("person_titles.txt")))

_NAME_CHARS = patterns.compile(r"[\p{Han}A-Za-z0-9·&]+")
_LATIN = patterns.compile(r"[A-Za-z]")
_HAN = patterns.compile(r"\p{Han}+")
_GENERIC = _names.made_of("org_generic.txt", "sector_words.txt")
_CLASS_NOUNS = frozenset(words("org_class_nouns.txt"))
# People who sign themselves (高层次人才与用人单位签约) are no partner firm.
_PEOPLE_HEADS = tuple(words("org_people_heads.txt"))
_SURNAMES = frozenset(words("surnames.txt"))
_DOUBLE_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 2)
_ANAPHORIC = patterns.compile(r"(?:全|我|该|本|各|外|跨|其|此|这|那)")
_PLACE_END = patterns.compile(r"\p{Han}+(?:省|市|县|区|州|镇|乡|村|街道|港|岛|湾|国)")
# A word jieba's dictionary gives at least this often is a common word (高校, 客商, 对方), no name.
_COMMON_WORD = 50
# Trades a brand is followed by besides the names' trade words (国轩|高科, 三江|航天).
_BRAND_TRADES = ("高科", "股份", "控股", "重工", "电子", "航天", "汽车", "电动车", "陶瓷", "铜业")
_PLACE_LETTERS = frozenset(row[0] for row in table("place_abbreviations.tsv"))
_FUNCTION_CHARS = frozenset("的了是在和与等及个们些这那就也都还又被把将对向从要会能需让给使于为以而并或")


@functools.cache
def _suffixes() -> frozenset[str]:
    return frozenset(row[0] for row in table("org_suffixes.tsv"))


# --- 1. partners of a signing or a talk ----------------------------------------------------------


def partners(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Firms named as partners: 与A、B分别签约, and X of X与Y签约."""
    text = bounds.text
    out: list[Span] = []
    for m in _WITH.finditer(text):
        items = _partners_after(bounds, m.end())
        if not items:
            continue
        items = [(_after_place(text, s, e), e) for s, e in items]
        out += [(s, e, "company") for s, e in items if name_like(bounds, s, e, taken)]
        right = _before_adverb(text, m.start())
        left = bounds.left_edge(right, limit=max(0, right - _MAX_PARTNER))
        left = _after_place(text, _names.past_leading_noise(text, left, right), right)
        if name_like(bounds, left, right, taken) and not _occasion(text, left, right):
            out.append((left, right, "company"))
    return out


_PARTNER_ADVERBS = frozenset(words("partner_adverbs.txt"))
_ADVERB_LENGTHS = (2,)


def _before_adverb(text: str, with_at: int) -> int:
    """Where the partner before 与 ends, past an adverb written between them (科研院所|纷纷|与)."""
    for n in _ADVERB_LENGTHS:
        if text[with_at - n : with_at] in _PARTNER_ADVERBS:
            return with_at - n
    return with_at


def _occasion(text: str, start: int, end: int) -> bool:
    """在X上与Y签约: X is the occasion of the signing (在市重点项目签约仪式上), no partner."""
    return text[start - 1 : start] == "在" and text.endswith(("上", "中", "期间"), start, end)


# A district or zone before a firm's short name is where it is (高新区|天东生化).
_PLACE_BEFORE_NAME = patterns.compile(r"\p{Han}{1,6}?(?:省|市|县|区|旗|镇|乡|高新区|开发区|新区|园区)")


def _after_place(text: str, start: int, end: int) -> int:
    m = _PLACE_BEFORE_NAME.match(text, start, end)
    return m.end() if m and end - m.end() >= 2 else start


_CLAUSE_STOP = patterns.compile(r"[，。；：！？,;:!?\n]")


def _partners_after(bounds: Boundaries, pos: int) -> list[tuple[int, int]]:
    """The 、-separated names from `pos` to the words before a cooperation word, or [] when none follows."""
    text = bounds.text
    items: list[tuple[int, int]] = []
    start = pos
    while len(items) < _MAX_PARTNERS:
        end = _name_end(bounds, start)
        if end is None:
            return []
        items.append((start, end))
        if _PARTNER_SEPARATOR.match(text, end):
            start = end + 1
            continue
        tail = _BEFORE_COOPERATION.match(text, end)
        reach = text[end : end + _PARTNER_REACH]
        stop = _CLAUSE_STOP.search(reach)
        window = reach[: stop.start()] if stop else reach
        if (tail or _COOPERATION.match(text, end)) and _COOPERATION.search(window):
            return items
        return []
    return []


def _name_end(bounds: Boundaries, start: int) -> int | None:
    """Where a name starting at `start` ends: at the first boundary word or edge after two characters."""
    text = bounds.text
    limit = min(len(text), start + _MAX_PARTNER + 1)
    for end in range(start + 2, limit):
        if (
            _names.is_edge_char(text, end)
            or bounds.starts_at(end)
            or _COOPERATION.match(text, end)
            or _COMPANY_TITLE.match(text, end)
        ):
            return end if _NAME_CHARS.fullmatch(text, start, end) else None
    return None


# --- 2. officers of a firm ------------------------------------------------------------------------


def officers(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Firms named before the title of one of their officers (金风科技董事长武钢)."""
    text = bounds.text
    out: list[Span] = []
    for m in _COMPANY_TITLE.finditer(text):
        for end in (*_before_officer(text, m.start()), m.start()):
            start = bounds.left_edge(end, limit=max(0, end - _MAX_PARTNER))
            start = _names.past_leading_noise(text, start, end)
            split = end != m.start()
            if name_like(bounds, start, end, taken) or (split and _firm_before_officer(bounds, start, end, taken)):
                out.append((start, end, "company"))
                break
    return out


def _firm_before_officer(bounds: Boundaries, start: int, end: int, taken: Taken) -> bool:
    """Firm, officer and title (華泰|李俊寬|副總) tell a firm even by a common word or one that reads as a
    name (华泰: two people are not written in a row), if it is no place, no class, no pointer and no unit."""
    name = bounds.text[start:end]
    return (
        2 <= len(name) <= 6
        and _HAN.fullmatch(name) is not None
        and not taken.overlapping(start, end)
        and not bounds.ends_between(start, end - 1)
        and not (_is_place(name) or _ANAPHORIC.match(name) or _GENERIC.fullmatch(name) or name in _CLASS_NOUNS)
        and not (name in _suffixes() or name.endswith(_PEOPLE_HEADS) or name.endswith(_UNIT_ENDS))
    )


# A firm's own department before its officer (市场部|王某总经理) is no firm.
_UNIT_ENDS = ("部", "处", "科", "室", "组")


def _before_officer(text: str, title_at: int) -> list[int]:
    """Where a firm ends when its officer's name stands between it and his title, as Taiwanese and Hong
    Kong reports write it (華泰|李俊寬|副總, 興勤|隋台中|總裁): a name of three characters, then two."""
    return [title_at - n for n in (3, 2) if title_at - n > 0 and _reads_as_person(text[title_at - n : title_at])]


# Class nouns that may stand in apposition before a firm's name (新能源车企|华驰汽车, 港资企业|九龙仓).
# Taiwanese reports also rank the firm before its name (记忆体大厂|南亚科技, 隐形眼镜品牌|晶硕光学).
_APPOSED_DESCRIPTORS = ("大厂", "品牌", "龙头")
_APPOSED_CLASS_RE = patterns.compile(
    "(?r)(?:"
    + alternation((*(n for n in _CLASS_NOUNS if n.endswith(("企", "企业", "公司", "厂商"))), *_APPOSED_DESCRIPTORS))
    + ")"
)


def _past_class_noun(text: str, start: int, end: int) -> int:
    """The firm's name starts after a class noun in apposition before it (新能源车企|华驰汽车 投资约28亿港元)."""
    m = _APPOSED_CLASS_RE.search(text, start, end)
    return m.end() if m is not None and end - m.end() >= 2 and _HAN.fullmatch(text, m.end(), end) else start


_SPENDING_VERBS = ("砸下", "狂砸", "豪砸", "再砸", "砸", "加码", "加碼")


def _before_a_spending_verb(text: str, start: int, end: int) -> int:
    """The end of a firm's name before the headline verb it spends with (东丰砸|14亿建厂)."""
    for verb in _SPENDING_VERBS:
        if text.endswith(verb, start, end):
            return end - len(verb)
    return end


def _amount_after_verb(taken: Taken, m: regex.Match[str]) -> bool:
    """An amount the money pass found right after the verb; its modifier (约, 逾) may be inside the amount
    (投資|約300億元) or read with the verb (投资约|300亿元)."""
    money = taken.covering(m.end(), m.end() + 1, "money")
    return money is not None and m.end("verb") <= money.start <= m.end()


def _names_no_firm(name: str) -> bool:
    """A sector, a year, an estimate or a project before the verb (化医工业|投资, 概算|投资), no firm."""
    return name.endswith(_NOT_INVESTING_FIRMS) or any(w in name for w in ("项目", "工程"))


# --- 4. members of a list of enterprises ----------------------------------------------------------

# What closes a list of firms: a count of enterprises (…、深圳瑞科光通信共6个重点企业项目; A、B等十余家企业). (session 39)
# Not the firms another party meets after the count (龙虬、卸甲…等12个乡镇分别与投资企业签订…: the towns sign with them).
_ENTERPRISE_COUNT = patterns.compile(
    r"(?:等|共)[^，。；：！？、,;:!?\n]{0,4}?(?:\d+|[一二三四五六七八九十百几数两]+)[余多]?(?:家|个|户)"
    r"(?:(?!分别|与|同|跟|向)[^，。；：！？、,;:!?\n]){0,8}?(?:企业|公司|厂商|厂家)"
)


# (session 29) ... or the count right after the last name, without 等 (…蓝图创想、江南信安、凯普顿医药6家企业), for a list
# of three names or more.
# Never from inside a numeral: a run of them tried at each of its characters would cost its length squared.
_BARE_ENTERPRISE_COUNT = patterns.compile(
    r"(?<=\p{Han})(?<![一二三四五六七八九十])(?:\d+|[一二三四五六七八九十]+)(?:家|户)(?:企业|公司)"
)
_BARE_COUNT_ITEMS = 3


def enterprise_lists(bounds: Boundaries, taken: Taken) -> list[Span]:
    """The items of a 、-list closed by a count of enterprises: 东莞普航电子、上海曼雅电器…共6个重点企业项目."""
    out: list[Span] = []
    closings = [(m.start(), 2) for m in _ENTERPRISE_COUNT.finditer(bounds.text)]
    closings += [(m.start(), _BARE_COUNT_ITEMS) for m in _BARE_ENTERPRISE_COUNT.finditer(bounds.text)]
    for end, fewest in closings:
        items = _items_before(bounds, end)
        if len(items) >= fewest:
            out += [(s, e, "company") for s, e in items if name_like(bounds, s, e, taken)]
    return out


def _items_before(bounds: Boundaries, end: int) -> list[tuple[int, int]]:
    """The 、-separated names ending at `end`, first to last."""
    text = bounds.text
    items: list[tuple[int, int]] = []
    while len(items) < _MAX_PARTNERS:
        start = bounds.left_edge(end, limit=max(0, end - _MAX_PARTNER))
        start = _names.past_leading_noise(text, start, end)
        if end - start < 2:
            break
        items.append((start, end))
        if start == 0 or text[start - 1] != "、":
            break
        end = start - 1
    return items[::-1]


# --- 3. well-known short names --------------------------------------------------------------------


# A list of firms that ends as a list of projects (富士康、一汽大众、联想等项目): its items are projects.
_PROJECT_LIST_AFTER = patterns.compile(r"(?:、[^，。；：！？、,;:!?\n]{1,12}?)*等[^，。；：！？、,;:!?\n]{0,6}?项目")


def known(bounds: Boundaries, taken: Taken) -> list[Span]:
    """The names of org_known.tsv that stand alone (、华润、, 华为在…), not inside a longer word."""
    text = bounds.text
    out: list[Span] = []
    for s, e in _KNOWN_NAMES.longest(text):
        if taken.overlapping(s, e):
            continue
        if _KNOWN[text[s:e]] == "government":
            out.append((s, e, "government"))  # 盼港府除障, 国发会可针对: a public body's short form is no word's part
            continue
        if not (
            bounds.clear_right(e)
            or _word_ends_at(text, s, e)
            or _amount_or_officer_after(text, e, taken)
            or _CHAIN_AFTER.match(text, e)
        ):
            continue
        # a two-character core after a place (浙江|恒逸) is left to the rule that reads a firm the page names in
        # full (浙江恒逸石化有限公司 … 浙江恒逸): its kind is the full name's
        home = home_before(bounds, taken, s) if e - s > 2 else s
        if not (
            home < s
            or bounds.clear_left(s, taken)
            or _word_starts_at(text, s, e)
            or after_country(bounds, taken, s)
            or _national_name(text, s, e)
        ):
            continue
        if _PROJECT_LIST_AFTER.match(text, e):
            continue
        out.append((home, e, _KNOWN[text[s:e]]))
    return out


def _national_name(text: str, start: int, end: int) -> bool:
    """(session 44) A central firm's short name opening on 中国 (中国建筑, 中国五矿, 中国铁建) is its own word whatever
    stands before it (批予中国建筑, 与中国五矿沟通): no longer word ends in 中国 but 新中国, which the name never follows."""
    return end - start >= 4 and text.startswith(gazetteer.CHINA, start) and not text.endswith("新", 0, start)


def ministry_units(text: str, found: list[Span]) -> list[Span]:
    """A government body found, run on over the known short name of its unit written right after it
    (经济部|投审会今天核准…: one body, 经济部投审会)."""
    out = []
    for s, e, kind in found:
        if kind == "government" and text.endswith(_MINISTRY_ENDS, s, e):
            e += next((n for n in _UNIT_LENGTHS if text[e : e + n] in _KNOWN_UNITS), 0)
        out.append((s, e, kind))
    return out


# An officer named right after his firm, his title after him (日月光|周光春副總, 華泰|李俊寬副總).
_OFFICER_AFTER = patterns.compile(
    r"(?P<name>\p{Han}{2,3}?)(?:副总|总裁|副总裁|董事长|副董事长|总经理|副总经理|执行长|经理)"
)


def _amount_or_officer_after(text: str, end: int, taken: Taken) -> bool:
    """A known firm's name closed by the amount it invests (台積電|1000億元) or by one of its officers and his
    title (日月光|周光春副總): nothing of a longer name runs on there."""
    if taken.covering(end, end + 1, "money") is not None:
        return True
    m = _OFFICER_AFTER.match(text, end)
    return m is not None and _reads_as_person(m.group("name"))


# Characters before a known name that jieba is given to see whether a word ends there.
_WORD_WINDOW = 6


def _word_starts_at(text: str, start: int, end: int) -> bool:
    """A name of three or more characters after a verb no boundary list holds (深挖|比亚迪): jieba cuts a
    word there and reads the name as its own word (not 经济|南开|发区)."""
    if end - start < 3:
        return False
    lo = max(0, start - _WORD_WINDOW)
    for _word, w_start, w_end in tokenize(text[lo:end], hmm=False):
        if lo + w_end > start:
            return lo + w_start == start and lo + w_end == end
    return False


def _word_ends_at(text: str, start: int, end: int) -> bool:
    """A name of three or more characters before a verb or a title no boundary list holds (金管会|核准,
    中研院|院士): jieba reads the name as its own word there, and the word after it is no trade or suffix
    that would make it part of a longer name (比亚迪|股份)."""
    if end - start < 3:
        return False
    words = cut(text[start : end + _WORD_WINDOW], hmm=False)
    if not words or words[0] != text[start:end] or len(words) < 2:
        return False
    after = words[1]
    return after[0] not in _EDGE_NONE and not (after in _suffixes() or after in _TRADES or after in _BRAND_TRADES)


_EDGE_NONE = frozenset("（(·")
# 台积电|产业链, 华为|供应链: the firm's chain of suppliers is no part of its name.
_CHAIN_AFTER = patterns.compile(r"产业链|供应链|生态链|生态圈")
_TRADES = frozenset(words("sector_words.txt"))


# --- 5. the central authorities named beside a party committee ----------------------------------

# 在中央和市委、市政府坚强领导下, 落实中央、省委决策部署: 中央 alone is the central authorities where a
# committee or government follows it in the same list (not 中央财政, 中央企业, 中央空调).
_CENTRAL = patterns.compile(
    r"(?:(?<!\p{Han})|(?<=[在和与及实照循从按据]))中央(?=[、和与及](?:中共)?"
    r"(?:省|自治区|市|州|盟|县|区|旗)(?:委|党委|政府|人民政府)|[、和与及]国务院)"
)


def central(bounds: Boundaries, taken: Taken) -> list[Span]:
    """中央 as a body, listed before a committee or government (中央、省委, 中央和国务院)."""
    if "中央" not in bounds.text:
        return []
    return [
        (m.start(), m.end(), "government") for m in _CENTRAL.finditer(bounds.text) if not taken.overlapping(*m.span())
    ]


# --- 5b. a ministry written into its minister's title ---------------------------------------------

# Taiwanese and Hong Kong reports write a minister's title into the ministry's name (經濟部長王美花, 勞動部長
# 某某: the ministry's 部 is the title's first character). Only ministries: a party committee's department
# before 部长 (组织部长) is a seat, not a body the reports name.
_MINISTER = patterns.compile(
    r"(?:经济|劳动|科技|外交|财政|教育|商务|国防|内政|交通|农业|卫福|文化|环境|法务|数位发展|数字发展|运动)部(?=长)"
)


def ministries_of_ministers(bounds: Boundaries, taken: Taken) -> list[Span]:
    """The ministry before its minister's title (經濟部|長王美花 → 經濟部)."""
    if "部长" not in bounds.text:
        return []
    return [
        (m.start(), m.end(), "government")
        for m in _MINISTER.finditer(bounds.text)
        if bounds.clear_left(m.start(), taken) and not taken.overlapping(m.start(), m.end())
    ]


# --- what a name read from context looks like -----------------------------------------------------


def name_like(bounds: Boundaries, start: int, end: int, taken: Taken) -> bool:
    text = bounds.text
    name = text[start:end]
    if not 2 <= len(name) <= _MAX_PARTNER or not _NAME_CHARS.fullmatch(name):
        return False
    if taken.overlapping(start, end) or bounds.ends_between(start, end - 1) or _PERSON_TITLE.search(name):
        return False
    if name in _KNOWN:
        return True
    if _LATIN.search(name):
        return not _LATIN.fullmatch(name[0]) or _HAN.search(name) is not None
    if (
        _is_place(name)
        or _ANAPHORIC.match(name)
        or _GENERIC.fullmatch(name)
        or name in _CLASS_NOUNS
        or name in _suffixes()
        or _reads_as_person(name)
        or _common_word(name)
        or name.endswith(_PEOPLE_HEADS)
        or PRONOUN.search(name)
    ):
        return False
    return brand_and_trade(name) or unknown_word_in(name)


def quoted_name_like(bounds: Boundaries, start: int, end: int, taken: Taken) -> bool:
    """A quoted name after a firm's trade or class (大厂「裕珍馨」): the quotes mark it a name, so neither an unknown
    word nor a trade is asked of it, nor is it read as a person's; a place, a class or a generic word is still none."""
    text = bounds.text
    name = text[start:end]
    if not 2 <= len(name) <= _MAX_PARTNER or not _NAME_CHARS.fullmatch(name) or taken.overlapping(start, end):
        return False
    return not (
        _is_place(name)
        or _ANAPHORIC.match(name)
        or _GENERIC.fullmatch(name)
        or name in _CLASS_NOUNS
        or name in _suffixes()
        or PRONOUN.search(name)
    )


def trade_of(name: str) -> str | None:
    """The trade word a name ends in (蔚来|汽车: 汽车), or None."""
    return next((t for t in (*_BRAND_TRADES, *trade_words()) if name.endswith(t)), None)


def brand_and_trade(name: str) -> bool:
    """A short proper core and the trade it is in (蔚来|汽车, 金风|科技, 远景|能源)."""
    for trade in (*_BRAND_TRADES, *trade_words()):
        if name.endswith(trade):
            core = name[: -len(trade)]
            return 2 <= len(core) <= 4 and not (_GENERIC.fullmatch(core) or _is_place(core) or _ANAPHORIC.match(core))
    return False


def unknown_word_in(name: str) -> bool:
    """Whether jieba's dictionary knows a word of the name barely (比亚迪) or not at all, so that it
    falls apart into single characters (正|邦); one-character province names are places (粤|桂)."""
    if all(c in _PLACE_LETTERS for c in name):
        return False
    freq = frequencies()
    singles = 0
    for word, _start, _end in tokenize(name, hmm=False):
        if len(word) >= 2 and freq.get(word, 0) < _COMMON_WORD:
            return True
        singles = singles + 1 if len(word) == 1 and word not in _FUNCTION_CHARS else 0
        if singles >= 2:
            return True
    return False


def _is_place(name: str) -> bool:
    return bool(gazetteer.get().lookup(name)) or bool(_PLACE_END.fullmatch(name)) or two_places(name)


def two_places(name: str) -> bool:
    """A place and a place inside it (上海|浦东, 广西|南宁): partners that are places, not firms."""
    lookup = gazetteer.get().lookup
    return any(lookup(name[:i]) and lookup(name[i:]) for i in range(2, len(name) - 1))


def _reads_as_person(name: str) -> bool:
    """A surname and one or two given-name characters (与|张三|签约): a person, not a firm."""
    surname = 2 if name[:2] in _DOUBLE_SURNAMES else 1 if name[:1] in _SURNAMES else 0
    return bool(surname) and len(name) - surname in (1, 2) and bool(_HAN.fullmatch(name))


def _common_word(name: str) -> bool:
    return frequencies().get(name, 0) >= _COMMON_WORD


# --- 7. a firm after its foreign origin -------------------------------------------------------------

# Taiwanese reports mark a foreign firm by its origin (美商美光, 日商信越化学, 德商默克); 台商, 港商 and
# 外商 are classes of investors, and 日商 inside 每日商报 is no origin.
_FOREIGN_ORIGIN = patterns.compile(
    r"(?<![\p{Han}])(?:美|日|德|韩|法|英|荷|星|欧)商|(?<=[，、及与和：包括,:])(?:美|日|德|韩|法|英|荷|星|欧)商"
)


def foreign_firms(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Firms named right after their foreign origin, where the name looks like one."""
    out: list[Span] = []
    for m in _FOREIGN_ORIGIN.finditer(bounds.text):
        end = _name_end(bounds, m.end())
        if end is not None and name_like(bounds, m.end(), end, taken):
            out.append((m.end(), end, "company"))
    return out


# --- 8. a firm investing an amount of its own --------------------------------------------------------

# Adverbs, a modal, a time and where the money goes between a firm and its investing verb, the verb, and
# what may stand before the amount (也將在苗栗|投資|約, 預計未來|投資, 決定加碼|投資: 加碼 an adverb there); Taiwanese
# reports say 砸 / 加碼 for invest (東豐|砸14億建廠), and come back to invest (台商回台|投資: 台商 a class, no firm); not 总投资
# or 累计投资 (a project's or a place's sum).
_INVESTING = patterns.compile(
    r"(?<![总计累])(?P<lead>[，,]|董事会(?:通过|决议|决定)?[，,]?)?(?:今年|明年|年内|近日|日前)?(?:也|还|已|再|又|则|另|加码|正式)?(?P<decides>宣布|决定|决议|计划|预计)?"
    r"(?:将|已|要|会|拟|计划|规划|预计)?"
    r"(?:未来|今年|明年|年内)?(?:扩大|加大|持续|加码)?(?:(?:在|到|于|回)\p{Han}{1,10}?)?"
    r"(?P<verb>投资|投入|斥资|注资|增资|砸下|狂砸|砸|加码|兴建|扩建|新建|建置)"
    r"(?:了|约|达|逾|近|超过?|高达)?"
)
# A firm that decides or announces it will invest or build states the amount later in its sentence (旺宏电子
# 决定扩大回台投资，在苗栗兴建新厂，总投资金额达300亿元; 日月光投控宣布将在高雄扩建封测厂，总投资金额约200亿元).
_BUILDING_VERBS = frozenset(("兴建", "扩建", "新建", "建置"))
_SENTENCE_END = patterns.compile(r"[。！？!?\n]")
_CLAUSE_BREAK_CHARS = frozenset("，。；：！？,;:!?\n 「」“”")
_NOT_INVESTING_FIRMS = words("investing_not_firms.txt")
# The verbs that are nothing but investing; after 砸 / 加码 a plant may still tell the firm (东丰砸|14亿建厂).
_INVESTING_VERBS = frozenset(("投资", "投入", "斥资", "注资", "增资"))


def investing_firms(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Firms named right before the verb by which they invest an amount (an amount the money pass found
    right after it): Taiwanese reports name them by brand and trade alone (正翰生技投資4億)."""
    text = bounds.text
    out: list[Span] = []
    verb_ends: set[int] = set()
    for m in _INVESTING.finditer(text):
        if m.group("verb") in _INVESTING_VERBS:
            verb_ends.add(m.end())
        if not (_amount_after_verb(taken, m) or _decided_with_amount_later(text, taken, m)):
            continue
        if m.group("verb") in _BUILDING_VERBS and not m.group("decides"):
            continue  # 兴建 alone tells no investor: a project's builder or a place may stand before it
        if m.group("lead") and not (m.group("decides") or "董事会" in m.group("lead")):
            continue  # a comma alone ends the firm's clause: only its board or its decision carries it over
        start = bounds.left_edge(m.start(), limit=max(0, m.start() - _MAX_PARTNER))
        start = _names.past_leading_noise(text, start, m.start())
        apposed = _past_class_noun(text, start, m.start())
        if m.group("lead") and apposed == start and start > 0 and text[start - 1] not in _CLAUSE_BREAK_CHARS:
            continue  # 红牛集团看好|市场前景，决定投资: over a comma the firm is its clause's whole subject
        start = apposed
        if taken.covering(start - 1, start, "count") is not None:
            continue  # (session 30) 有164家|根留企业投资约4649亿元: firms counted, a class of them, no one firm
        if not _names_no_firm(text[start : m.start()]) and name_like(bounds, start, m.start(), taken):
            out.append((start, m.start(), "company"))
            verb_ends.add(m.end())
    for money in taken.mentions:
        # 美上鎂花6億建廠: the amount right after the firm, the plant it builds right after the amount
        if money.type == "money" and money.start not in verb_ends and text.startswith(PLANT_AFTER, money.end):
            start = bounds.left_edge(money.start, limit=max(0, money.start - _MAX_PARTNER))
            end = _before_a_spending_verb(text, start, money.start)
            if bounds.clear_left(start, taken) and name_like(bounds, start, end, taken):
                out.append((start, end, "company"))
    return out


def _decided_with_amount_later(text: str, taken: Taken, m: regex.Match[str]) -> bool:
    """A decision or announcement to invest or build, and an amount later in the same sentence."""
    if not m.group("decides"):
        return False
    stop = _SENTENCE_END.search(text, m.end())
    end = stop.start() if stop is not None else len(text)
    return any(money.type == "money" for money in taken.mentions if m.end() <= money.start < end)
