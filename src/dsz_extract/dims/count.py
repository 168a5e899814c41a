"""count mentions: a number with a measure word for projects, firms, people or events.

Forms (one combined pattern over `doc.norm`): 21个, 3个重点招商项目 -> 3 个, 50余位 / 400多名 /
十余家 (over), 两家, 二十多名, 1-2个 / 2至3家 (range), 两三个 / 三五家 (range), 近百家 (100
under), 上千名 / 数十家 (over), 2个以上.

Measure words (`COUNT_UNITS`): the contract's 个 家 项 名 人 位 次 批, plus 户 (firms and
households: 新增市场主体1200户), 场 (events: 110多场), the compound units 人次, 批次, 场次, and the
words real reports count teams, institutions, firms and cases with: 支 (人才团队4支), 所 (100所高校),
间 (Hong Kong / Taiwan firms: 487間), 案 (Taiwanese investment cases: 7案), 宗 (宗 of deals or land), 张 (cards
and permits issued: 就業金卡584張), 份 of applications only (收到約185000份申請, 批準約115000份: the real gold counts
those; 简历, 邀请函 and signings counted in 份 it does not).
The unit is the simplified measure word also in traditional text (12個 -> 个).

Not counts: 一个 / 一批 / 一家 / 一次 … used as articles (一个创新创业孵化基地, 一批项目; only the
person units keep 一: 一位院士, but not in a simile: 正如一位…小伙子), ordinals (第一批, 第3次), ranks
(前3名, 后2名, 前三个为石材项目), durations (3个月, 两个半月, 6个多月), 个百分点 (percent, also for
each number of a list that shares it: 24个、7个和4.8个百分点), 100个亿 / 3个多亿 (money), 个人所得税,
slogans opening a quote (“八项”行动计划, “两个屏障”), references back (这两个主要指标, 上述三家; not
这210个重大项目), sessions (十二届人大三次会议), 三次产业, round words without a modifier (千人计划,
百名浙商, 万人) unless a verb of bringing in talent governs them (招引万名博士后 -> 10000 名), and
nouns written without a measure word (签约17项目, 10万人才).

A pinyin gloss that converted pages put after a character may sit before the unit: 680萬(wàn)人.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import numerals as nm
from .. import patterns
from ..doc import Doc
from ..models import CountValue
from ._names import words
from ._numeral_names import name_runs_past

# (measure word, what may not follow it), longest words first in the pattern.
COUNT_UNITS: tuple[tuple[str, str], ...] = (
    ("人次", ""),
    ("批次", ""),
    ("场次", ""),
    (
        "个",
        r"(?:多|半)?(?:月|小时|钟头|工作日|交易日|星期|礼拜|季度|年头|世纪|百分点)"
        rf"|[余多几]?(?!{nm.PROJECT_SIZE_CLASS})亿"  # 16个亿元以上项目 counts projects
        r"|人(?:所得|独资|信用|贷款|消费|账户|养老)",
    ),
    ("家", "[庭乡园属务门族渠]"),  # 渠: 五家渠市
    ("项", "目(?!标)"),  # 签约17项目: 项目 without a measure word (but 3项目标任务)
    ("名", "[义列称单片牌录额次字校胜言著贵副号目望声誉]"),
    ("人", "民币|民元|均|才"),  # 10万人才: 人才 is the noun, no measure word
    ("位", "[于置居列数次移]|一体"),
    ("次", "[日年月性要级生贷序均]|产业"),  # 三次产业: the three sectors
    ("批", "[准复发示评判注转办文]"),
    ("户", "[口籍外型主均]"),
    ("场", "[所地景馆面合内外域站部长区价化上下主]"),
    ("支", "[持付出援撑柱行部点线流配票书]"),
    ("所", "[有在以得属谓需长]"),
    ("间", "[隔距断歇接]"),
    ("案", "[件例卷由值底情]"),
    ("宗", "[教旨族师亲]"),
    ("张", "[家口开扬力贴望罗榜]"),  # (session 25) cards and permits issued: 就業金卡584張
    ("份", "[额子量儿]"),  # (session 34) applications: 收到約185000份申請, 批準約115000份 (not 份额)
)
# The only units where 一 is a count rather than an article (一位院士, 一名专家).
PERSON_UNITS = ("名", "人", "位", "人次")
# Before the number: an ordinal (第一批), and for ranked units a rank (前3名, 后2位, 前三个为…).
ORDINAL_MARK = "第"
RANK_MARKS = "前后"
RANKED_UNITS = ("名", "位", "个", "家")
# 前 / 后 that end a word are not ranks: 此前3个项目, 目前5家企业, 随后两个, 博士后3名 (the talent).
NOT_RANK_AFTER = {
    "前": "目此之当提以日年月向跟面眼门空超事战生史从",
    "后": "之此随最然今以先前落滞其而背日年月事赛午士",
}
# 十二届人大三次会议, 十九届五中全会: a session counted within a term (届) is an ordinal.
SESSION_MARK = "届"
SESSION_WORDS = ("会议", "全会", "全体会议")
SESSION_WINDOW = 8
# Demonstratives: 这两个 / 上述三家 refer back to what was counted before.
DEMONSTRATIVES = ("这", "那", "该", "此", "上述", "这些", "那些")
# A simile's 一位 / 一名 is an article: 正如一位天赋极好的小伙子.
SIMILE_WORDS = ("如", "像", "似", "好比", "犹如", "宛如")
# Opening quotes and book-title marks: a count right after one starts a slogan or a name.
OPENING_QUOTES = "“‘「『《〈\"'"
# Verbs of bringing in talent that make a round word a quantity (招引万名博士后), not a name.
TALENT_VERBS = (
    "引进",
    "招引",
    "招收",
    "引育",
    "引入",
    "吸引",
    "集聚",
    "聚集",
    "汇聚",
    "招聘",
    "招募",
    "培养",
    "培育",
    "延揽",
    "引聚",
    "选聘",
    "引才",
)
# …and what a round word names instead, up to the clause's end (引进千人计划专家, 吸引万人助企行动).
PROGRAMME_WORDS = ("计划", "工程", "行动", "活动", "大会", "论坛", "峰会", "项目")

_ONE = ("一", "壹")
_ABSTRACT_HEADS = tuple(words("count_abstract_heads.txt"))
_SP = nm.SP


_UNIT = nm.trie_alternation((word for word, _ in COUNT_UNITS), {word: guard for word, guard in COUNT_UNITS if guard})
# A pinyin gloss some converted pages put after a character: 680萬(wàn)人.
_GLOSS = r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)"
# The pattern starts at the numeral; a modifier word before it (近, 超过, 上) is looked up per
# match (numerals.modifier_before).
_PATTERN = patterns.compile(
    rf"(?P<n1>{nm.NUMERAL})(?P<a1>{nm.INNER_APPROX})?"
    rf"(?:(?:(?:{_SP}{_UNIT})?{nm.RANGE_SEP}|(?P<comma>、(?=\d0|[二三四五六七八九]十)))(?P<n2>{nm.NUMERAL})(?P<a2>{nm.INNER_APPROX})?)?"
    rf"{_SP}(?:{_GLOSS})?(?P<unit>{_UNIT})"
    rf"(?:{_SP}(?P<post>{nm.POST_MODIFIER}))?"
)


def find(doc: Doc) -> list[Any]:
    return nm.scan(_PATTERN, doc.norm, lambda m: _mention(doc, m), doc.original)


def _mention(doc: Doc, m: Any) -> Any | None:
    text = doc.norm
    unit = m.group("unit")
    n1 = nm.parse_numeral(m.group("n1"))
    n2 = nm.parse_numeral(m.group("n2")) if m.group("n2") else None
    if n1 is None or (m.group("n2") and n2 is None) or n1.value <= 0:
        return None
    start, pre_word = nm.modifier_before(text, m.start())
    pre = nm.modifier_of(pre_word)
    if _ordinal_or_rank(text, start, unit) or (pre is None and _article(m, unit)):
        return None
    if pre is None and _starts_a_name(text, m, n1):
        return None
    if _opens_quote(text, start) or _refers_back(text, start, m.group("n1")) or _session(text, start, m.end(), unit):
        return None
    if _shares_percentage_points(text, m.end(), unit) or _counts_an_abstract_noun(text, m.end()):
        return None
    if unit == "份" and not _counts_applications(text, start, m.end()):
        return None
    post = nm.modifier_of(m.group("post"))
    inner = nm.first_modifier(nm.modifier_of(m.group("a1") or m.group("a2")), n1.modifier)
    if not n1.has_digit and not (pre or inner) and not _talent_quantity(text, start, m.end(), unit):
        return None  # 千人计划, 百名浙商, 万人: round words, not counts
    if n2 is None:
        low, high = n1.value, n1.value_max
    elif m.group("comma"):
        low, high = _spoken_tens(n1.value, n2.value), n2.value
        if low is None:
            return None  # a list (1、20家): the scan reads 20家 alone
    else:
        low, high = nm.range_start(n1, n2), n2.value
        if high <= low:
            return None
    value = CountValue(
        value=nm.to_number(low),
        value_max=None if high is None else nm.to_number(high),
        unit=unit,
        modifier=nm.first_modifier(pre, post, inner),
    )
    return doc.make("count", start, m.end(), value)


# Applications, named after the count (185000份申請) or earlier in its sentence (…申請；批準約115000份).
_APPLICATIONS_RE = patterns.compile(r"申请")
_APPLICATION_REACH = 60
_LAST_SENTENCE_BREAK_RE = patterns.compile(r"(?r)[。！？!?\n]")


def _counts_applications(text: str, start: int, end: int) -> bool:
    if _APPLICATIONS_RE.match(text, end):
        return True
    lo = max(0, start - _APPLICATION_REACH)
    last = _LAST_SENTENCE_BREAK_RE.search(text, lo, start)
    return _APPLICATIONS_RE.search(text, last.end() if last is not None else lo, start) is not None


def _spoken_tens(first: Decimal, second: Decimal) -> Decimal | None:
    """4、50家, 三、四十家: speech's range of tens (40 to 50), the first digit one below the second's lead."""
    if not (first == first.to_integral_value() and 2 <= first <= 8):  # 1、20个 is more often a list
        return None
    scale = Decimal(10)
    while scale <= second:
        if second == (first + 1) * scale:
            return first * scale
        scale *= 10
    return None


def _counts_an_abstract_noun(text: str, end: int) -> bool:
    """三个方面, 两个特点, 两项指标: what is counted is no project, firm, person or event (contract §6)."""
    return text.startswith(_ABSTRACT_HEADS, end)


# (session 39) An ordinal list shares its 第 (分别排全市第一、二名, 分列第15、18名): the numbers after the first are ordinals.
_ORDINAL_LIST_BEFORE = patterns.compile(
    r"第\s*(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:、(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3}))*、$"
)


def _ordinal_or_rank(text: str, start: int, unit: str) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    if before.endswith(ORDINAL_MARK):
        return True
    if text[start - 1 : start] == "、" and _ORDINAL_LIST_BEFORE.search(text, max(0, start - 24), start):
        return True
    if unit not in RANKED_UNITS or not before.endswith(tuple(RANK_MARKS)):
        return False
    mark, word_before = before[-1], before[-2:-1]
    return not word_before or word_before not in NOT_RANK_AFTER[mark]


def _starts_a_name(text: str, m: Any, n1: nm.Numeral) -> bool:
    """陆家嘴, 五家渠, 三家村, 六个核桃: a Chinese numeral and measure word that open a name are no count."""
    if m.group("n2") or m.group("a1") or n1.arabic or any(ch.isdigit() for ch in m.group("n1")):
        return False
    if m.group("n1").strip() in nm.FINANCIAL_DIGITS:
        return (
            True  # amounts write them with their units (陆拾个): a lone 陆 / 伍 opens a name (陆家嘴, 伍家岗, 陆家辉)
        )
    return name_runs_past(text, m.start(), m.end())


def _article(m: Any, unit: str) -> bool:
    """一个 / 一批 / 一家 are articles; 一位 / 一名 count a person, unless a slogan (一人一策) or a simile."""
    if m.group("n1").strip() not in _ONE or m.group("n2"):
        return False
    if unit not in PERSON_UNITS:
        return True
    follows = m.string[m.end() : m.end() + 1]
    before = m.string[max(0, m.start() - 2) : m.start()]
    return follows in _ONE or before.endswith(SIMILE_WORDS)


def _refers_back(text: str, start: int, numeral: str) -> bool:
    """这两个主要指标: a small Chinese number after a demonstrative points back at things counted
    before; a figure stays a count (这210个重大项目涉及…)."""
    return not any(ch.isdigit() for ch in numeral) and text[max(0, start - 2) : start].endswith(DEMONSTRATIVES)


def _session(text: str, start: int, end: int, unit: str) -> bool:
    """十二届人大三次会议: the session of a congress is an ordinal without 第."""
    return (
        unit == "次"
        and text.startswith(SESSION_WORDS, end)
        and SESSION_MARK in text[max(0, start - SESSION_WINDOW) : start]
    )


def _opens_quote(text: str, start: int) -> bool:
    """“八项”行动计划, “两个屏障”: a count that opens a quote is part of a slogan or a name."""
    return start > 0 and text[start - 1] in OPENING_QUOTES


# The rest of a list whose last number takes 个百分点: 24个、7 个、14 个和4.8 个百分点.
_POINTS_LIST = patterns.compile(
    rf"(?:{_SP}[、，,和及与]{_SP}{nm.NUMERAL}{_SP}个)*?{_SP}[、，,和及与]{_SP}{nm.NUMERAL}{_SP}个{_SP}百分点"
)


def _shares_percentage_points(text: str, end: int, unit: str) -> bool:
    return unit == "个" and _POINTS_LIST.match(text, end, min(len(text), end + 80)) is not None


_CLAUSE_END = patterns.compile(r"[，,。；;：:！!？?、\n]")


def _talent_quantity(text: str, start: int, end: int, unit: str) -> bool:
    """招引万名博士后: a round word that a verb of bringing in talent governs is a quantity, unless
    it names a programme (引进千人计划专家)."""
    if unit not in PERSON_UNITS or not text[max(0, start - 2) : start].endswith(TALENT_VERBS):
        return False
    stop = _CLAUSE_END.search(text, end, min(len(text), end + 12))
    rest = text[end : stop.start() if stop else end + 12]
    return not any(word in rest for word in PROGRAMME_WORDS)
