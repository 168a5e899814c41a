"""money mentions: an amount of money, normalised to units of its currency (ISO 4217).

Forms (one combined pattern over `doc.norm`):

- amount + currency: 39.5亿元, 1260万美元, 三千万元, 85亿7625万6000美元, 100个亿元, 8亿元人民币,
  with sub-units (五元三毛, 两美元又三美分) and a per-unit suffix kept in the text (500元/吨);
- currency + amount: 人民币5亿元, 新台币100亿元, US$20, ￥300;
- an amount with 万/亿 but no currency word, after a money word in the same clause (投资100亿,
  到位资金30亿): CNY, or the currency of an earlier amount in the same clause or a 其中 clause
  (外资1.2亿美元，其中到账5000万 -> USD); 人口1.4亿 and 3亿人次 are not money;
- ranges (2-3亿元, 10亿至20亿元, 5000万—1亿元) give amount and amount_max;
- round words without digits (亿元以上项目, 过百亿元, 千万元级) are thresholds: modifier over;
- a 分别 list of bare numbers before an amount (分别利用外资11.48、3.11、1.44亿美元): one amount per
  number, in the last one's scale (亿) and currency, as percent lists share their last unit.

A bare 元 is CNY, except in traditional-character text whose place signals are Taiwanese, Hong
Kong or Macau ones (`LOCAL_CURRENCY_SIGNALS`): there it is TWD, HKD or MOP.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .. import numerals as nm
from .. import patterns
from ..doc import Doc
from ..models import MoneyValue
from ._money_lists import shared_unit_lists
from ._money_local import (
    LOCAL_CURRENCY_SIGNALS,
    MAINLAND_WORDS,
    TAIWAN_WORDS,
    currency_glosses,
    local_at,
    local_currency,
)

__all__ = ["LOCAL_CURRENCY_SIGNALS", "MAINLAND_WORDS", "TAIWAN_WORDS", "find", "local_currency"]

# Currency words written after the amount, with their ISO 4217 code. 比特币 has no ISO code;
# XBT is the code exchanges use.
CURRENCY_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("元人民币", "CNY"),
    # the currency's name after 元 (3864億元臺幣, 781.3億元人幣: Taiwanese and Hong Kong papers)
    ("元人币", "CNY"),
    ("元新台币", "TWD"),
    ("元台币", "TWD"),
    ("元港币", "HKD"),
    ("元澳门币", "MOP"),
    ("人民币元", "CNY"),
    ("人民币", "CNY"),
    ("元钱", "CNY"),
    ("块钱", "CNY"),
    ("元", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("美圆", "USD"),
    ("欧元", "EUR"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("港圆", "HKD"),
    ("日元", "JPY"),
    ("日圆", "JPY"),
    ("日币", "JPY"),
    ("英镑", "GBP"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("澳门元", "MOP"),
    ("澳门币", "MOP"),
    ("葡币", "MOP"),
    ("澳元", "AUD"),
    ("澳大利亚元", "AUD"),
    ("澳币", "AUD"),
    ("加元", "CAD"),
    ("加拿大元", "CAD"),
    ("加币", "CAD"),
    ("韩元", "KRW"),
    ("韩币", "KRW"),
    ("韩圜", "KRW"),
    ("卢布", "RUB"),
    ("瑞士法郎", "CHF"),
    ("瑞郎", "CHF"),
    ("新加坡元", "SGD"),
    ("新元", "SGD"),
    ("新西兰元", "NZD"),
    ("纽元", "NZD"),
    ("印度卢比", "INR"),
    ("卢比", "INR"),
    ("巴基斯坦卢比", "PKR"),
    ("泰铢", "THB"),
    ("林吉特", "MYR"),
    ("令吉", "MYR"),
    ("马币", "MYR"),
    ("印尼盾", "IDR"),
    ("印度尼西亚盾", "IDR"),
    ("越南盾", "VND"),
    ("菲律宾比索", "PHP"),
    ("墨西哥比索", "MXN"),
    ("雷亚尔", "BRL"),
    ("兰特", "ZAR"),
    ("瑞典克朗", "SEK"),
    ("挪威克朗", "NOK"),
    ("丹麦克朗", "DKK"),
    ("捷克克朗", "CZK"),
    ("土耳其里拉", "TRY"),
    ("沙特里亚尔", "SAR"),
    ("迪拉姆", "AED"),
    ("奈拉", "NGN"),
    ("埃及镑", "EGP"),
    ("坚戈", "KZT"),
    ("兹罗提", "PLN"),
    ("福林", "HUF"),
    ("谢克尔", "ILS"),
    ("格里夫纳", "UAH"),
    ("比特币", "XBT"),
    ("个比特币", "XBT"),
)

# Currency words and signs written before the amount (人民币5亿元, US$20, ￥300).
CURRENCY_PREFIXES: tuple[tuple[str, str], ...] = (
    ("人民币", "CNY"),
    ("RMB", "CNY"),
    ("¥", "CNY"),
    ("￥", "CNY"),
    ("美元", "USD"),
    ("美金", "USD"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("$", "USD"),
    ("港币", "HKD"),
    ("港元", "HKD"),
    ("HK$", "HKD"),
    ("新台币", "TWD"),
    ("台币", "TWD"),
    ("NT$", "TWD"),
    ("澳门币", "MOP"),
    ("澳门元", "MOP"),
    ("MOP$", "MOP"),
    ("欧元", "EUR"),
    ("€", "EUR"),
    ("英镑", "GBP"),
    ("£", "GBP"),
    ("日元", "JPY"),
)

# Words that mean "the local currency": CNY, or TWD/HKD/MOP in Taiwan/Hong Kong/Macau text.
LOCAL_YUAN = ("元", "元钱", "块钱")


# Sub-units after a whole amount: 五元三毛, 50元6角三分, 两美元又三美分.
SUBUNITS: tuple[tuple[str, str], ...] = (
    ("角", "0.1"),
    ("毛", "0.1"),
    ("分", "0.01"),
    ("美分", "0.01"),
    ("便士", "0.01"),
    ("仙", "0.01"),
    ("日本銭", "0.01"),
)

# A price keeps its per-unit suffix in the mention text (500元/吨), so nobody reads it as a total.
PER_UNITS = (
    "吨",
    "平方米",
    "平米",
    "亩",
    "公顷",
    "立方米",
    "千瓦时",
    "度",
    "公斤",
    "千克",
    "斤",
    "米",
    "年",
    "月",
    "天",
    "日",
    "小时",
    "人",
    "户",
    "件",
    "台",
    "辆",
    "套",
    "间",
    "股",
    "次",
    "个",
)

# Before an amount without a currency word, one of these in the same clause makes it money.
MONEY_CONTEXT_BEFORE = (
    "投资",
    "资金",
    "资本",
    "融资",
    "募资",
    "注资",
    "斥资",
    "出资",
    "增资",
    "投入",
    "金额",
    "总额",
    "产值",
    "营收",
    "营业收入",
    "收入",
    "利润",
    "利税",
    "税收",
    "销售额",
    "交易额",
    "成交额",
    "合同额",
    "签约额",
    "贷款",
    "授信",
    "存款",
    "市值",
    "估值",
    "预算",
    "补贴",
    "补助",
    "奖励",
    "奖补",
    "资助",
    "基金",
    "生产总值",
    "GDP",
    "增加值",
    "进出口",
    "出口",
    "进口",
    "零售额",
    "消费额",
    "造价",
    "资产",
    "外资",
    "内资",
    "到位",
    "到账",
    "揽金",
    "引资",
    "缺口",
    "价值",
    "费用",
    "成本",
    "支出",
    "拨付",
    "一期",
    "二期",
    "三期",
    "首期",
)
# …or one of these right after it (过百亿大项目).
# Taiwanese reports write a firm's amount right before the plant it builds (美上镁花6亿建厂), verb-less.
PLANT_AFTER = ("建厂", "设厂", "扩厂")
MONEY_CONTEXT_AFTER = ("大项目", "项目", *PLANT_AFTER)
# …or a money noun a few characters after it, as headlines and speech write the amount first (超600亿省外资金,
# 拿出100亿的人才基金, 逾200亿签约金额, 78.2亿总额, 提供20万安家费).
MONEY_NOUNS_AFTER = ("资金", "金额", "基金", "总额", "资本", "经费", "安家费", "奖金", "补贴", "补助", "投资额", "产值")
# An amount without a currency word followed by a measure word counts something else (1.4亿人).
NOT_MONEY_AFTER = (
    "人",
    "名",
    "位",
    "个",
    "家",
    "项",
    "次",
    "批",
    "户",
    "场",
    "吨",
    "亩",
    "平方",
    "米",
    "公里",
    "千米",
    "公顷",
    "千瓦",
    "瓦",
    "度",
    "件",
    "台",
    "套",
    "辆",
    "只",
    "头",
    "株",
    "棵",
    "册",
    "份",
    "条",
    "张",
    "部",
    "艘",
    "架",
    "根",
    "片",
    "颗",
    "粒",
    "支",
    "双",
    "对",
    "箱",
    "桶",
    "立方",
    "升",
    "年",
    "月",
    "日",
    "天",
    "小时",
    "千克",
    "公斤",
    "克",
    "斤",
    "座",
    "栋",
    "幢",
    "间",
    "所",
    "处",
    "种",
    "类",
    "字",
    "篇",
    "票",
    "单",
    "笔",
    "例",
    "口",
    "块",
    "段",
    "倍",
    "像素",
    # capacities of mills and farms (3万锭亚麻纺纱项目, 年出栏100万羽)
    "锭",
    "羽",
    "枚",
    "匹",
    "标箱",
    "千字",
    "分",
    "级",
)
# 元 that starts another word is not the currency: 元素, 元件, 元宵, 元旦, 元宇宙 (三元催化 is
# caught by the rule that a lone Chinese digit before 元 is no amount).
_YUAN_NOT_BEFORE = "素件宵旦宇"

# Round words without digits below this are not thresholds (万元GDP, 百元) unless a modifier says so.
_MIN_ROUND_WORD = Decimal(10) ** 6
_CONTEXT_WINDOW = 20
_UNIT_HEADER = patterns.compile(r"(?:单位\s*[:：]?|[（(])\s*$")
_SENTENCE_END = patterns.compile(r"[。！!？?；;\n]")
_CLAUSE_END = patterns.compile(r"[，,。；;：:！!？?\n]")
_GLOSS_THEN_MODIFIER = patterns.compile(rf"[（(][^（()）\n]{{1,12}}[）)]{nm.SP}({nm.POST_MODIFIER})")
# A number ending its line, right before a unit that opens the next one (投资6.1⏎⏎  亿元).
_BROKEN_NUMBER = patterns.compile(r"(?<![\d.])(\d+(?:\.\d+)?)[ \t]*\n\s*$")


_SUFFIX_CODE = dict(CURRENCY_SUFFIXES)
_PREFIX_CODE = dict(CURRENCY_PREFIXES)
_SUBUNIT_VALUE = {w: Decimal(v) for w, v in SUBUNITS}

_NUM = nm.NUMERAL
_SP = nm.SP
_YUAN_GUARD = {"元": f"[{_YUAN_NOT_BEFORE}]"}
_CUR = nm.trie_alternation((w for w, _ in CURRENCY_SUFFIXES), _YUAN_GUARD)
_PCUR = nm.trie_alternation(w for w, _ in CURRENCY_PREFIXES)
_SUB = (
    rf"(?:{_SP}又?{_SP}(?:\d|[{nm.CN_DIGITS}]){_SP}"
    rf"(?:{nm.trie_alternation(w for w, _ in SUBUNITS if w != '分')}|分(?![钟之别期批]))){{1,2}}"
)
_PER = rf"/{nm.trie_alternation(PER_UNITS)}"
_BLOCK = nm.trie_alternation(NOT_MONEY_AFTER, {"项": "目"})  # 3亿项目 is an amount, 3亿项 a count
_INNER = nm.INNER_APPROX
_RANGE = nm.RANGE_SEP

# The pattern starts at the currency sign or the numeral; a modifier word before it (超过, 约) is
# looked up per match (numerals.modifier_before).
_PATTERN = patterns.compile(
    # 人民币5亿元, US$20
    rf"(?:(?P<pcur>{_PCUR}){_SP}(?P<n1>{_NUM})(?P<a1>{_INNER})?"
    rf"(?:{_RANGE}(?P<n2>{_NUM})(?P<a2>{_INNER})?)?(?:{_SP}(?P<cur>{_CUR}))?"
    # 39.5亿元, 2-3亿元, 1亿元至2亿元, 五元三毛; or 投资100亿 (bare: needs a money context, checked in code)
    rf"|(?P<n1>{_NUM})(?P<a1>{_INNER})?(?:(?:{_SP}{_CUR})?{_RANGE}(?P<n2>{_NUM})(?P<a2>{_INNER})?)?"
    rf"(?:{_SP}(?P<cur>{_CUR})(?P<sub>{_SUB})?|(?P<bare>(?<=[万亿兆余多])(?!{_SP}{_BLOCK}))))"
    # 500元/吨, 1亿元以上, 千万元级
    rf"(?:(?P<per>{_PER}))?(?:{_SP}(?P<post>{nm.POST_MODIFIER}|级))?"
)
_CONTEXT_BEFORE = patterns.compile(nm.trie_alternation(MONEY_CONTEXT_BEFORE))
_CONTEXT_AFTER = patterns.compile(
    rf"{_SP}(?:{nm.trie_alternation(MONEY_CONTEXT_AFTER)}|的?\p{{Han}}{{0,4}}?{nm.trie_alternation(MONEY_NOUNS_AFTER)})"
)
_SUB_PART = patterns.compile(rf"(\d|[{nm.CN_DIGITS}]){_SP}({nm.alternation(w for w, _ in SUBUNITS)})")


def find(doc: Doc) -> list[Any]:
    local = local_currency(doc)
    state = _LastCurrency()
    glosses = currency_glosses(doc.norm)
    found = nm.scan(
        _PATTERN, doc.norm, lambda m: _mention(doc, m, local_at(glosses, m.end(), local), state), doc.original
    )
    if nm.LIST_CUE not in doc.norm:
        return found
    return sorted(found + shared_unit_lists(doc, found), key=lambda m: m.start)


class _LastCurrency:
    """The currency of the last amount that named one, for bare amounts after it."""

    def __init__(self) -> None:
        self.end = -1
        self.code: str | None = None

    def remember(self, end: int, code: str) -> None:
        self.end, self.code = end, code

    def inherited(self, text: str, start: int) -> str | None:
        """The same clause (外资1.2亿美元、到账5000万) or a 其中 clause (…美元，其中到账5000万)."""
        if self.code is None or self.end < 0 or start - self.end > 80:
            return None
        if _SENTENCE_END.search(text, self.end, start):
            return None
        if _CLAUSE_END.search(text, self.end, start) and "其中" not in text[self.end : start]:
            return None
        return self.code

    def continued(self, text: str, start: int, end: int) -> str | None:
        """(session 34) A bare amount that closes the clause right after one ending in an amount with its currency
        ("…实际到位资金超200亿元，合肥更是高达600.8亿"): the figures of one comparison, in one currency."""
        if self.code is None or self.end < 0 or start - self.end > _CONTINUED_REACH:
            return None
        if _SENTENCE_END.search(text, self.end, start) or len(_CLAUSE_END.findall(text, self.end, start)) != 1:
            return None
        if not _closes_clause(text, end) or _NOT_MONEY_SUBJECT.search(text, self.end, start):
            return None
        return self.code


# How far after the amount with its currency a bare one may continue it (characters).
_CONTINUED_REACH = 24
# What a bare 亿 / 万 counts where its clause names it (人口达1.2亿): people and quantities, no money.
_NOT_MONEY_SUBJECT = patterns.compile(r"人口|人数|人次|游客|用户|产量|销量|次数|粉丝")

# 几十亿 / 几百万: a numeral whose leading digit is not stated.
_UNSTATED_DIGIT = ("几", "幾", "数", "數")


def _mention(doc: Doc, m: Any, local: str, state: _LastCurrency) -> Any | None:
    text = doc.norm
    n1 = nm.parse_numeral(m.group("n1"))
    n2 = nm.parse_numeral(m.group("n2")) if m.group("n2") else None
    if n1 is None or (m.group("n2") and n2 is None) or _plain_numeral_before_yuan(m, n1):
        return None
    if m.group("bare") and not (n1.has_big and (n2 is None or n2.has_big)):
        return None
    n1, first = _joined_across_break(text, m, n1)
    start, pre_word = nm.modifier_before(text, first)
    if pre_word in nm.APPROX_NUMERAL_PREFIXES or m.group("n1").startswith(_UNSTATED_DIGIT):
        return None  # 几百亿, 数十亿元, 上百亿: no number is stated, so there is no amount (contract §6)
    pre = nm.modifier_of(pre_word)
    post = (
        "over" if m.group("post") == "级" else nm.modifier_of(m.group("post") or _modifier_after_gloss(text, m.end()))
    )
    inner = nm.first_modifier(nm.modifier_of(m.group("a1")), n1.modifier)
    modified = pre or post or inner
    if m.group("bare") is not None and not n1.has_digit and not modified:
        return None  # 佳兆业, 亿联: a round word without 元 is an amount only with its bound (过亿项目)
    if not _acceptable_round_word(n1, modified) or (not modified and _unit_header(text, start, n1)):
        return None
    amount, amount_max = _amounts(n1, n2)
    if amount is None:
        return None
    code = _named_currency(m, local)
    if code is None:
        continued = state.continued(text, start, m.end()) if n1.has_digit else None
        if not (_spoken_yi(m.group("n1")) or _in_money_context(text, m.start("n1"), m.end()) or continued):
            return None
        code = state.inherited(text, start) or continued or local
    else:
        state.remember(m.end(), code)
    if not n1.has_digit and not modified and not _closes_clause(text, m.end()):
        inner = "over"  # 亿元以上项目, 亿元楼宇: a round word is a threshold (总投资百亿元。 is a figure)
    value = MoneyValue(
        amount=nm.to_number(amount + _subunits(m.group("sub"))),
        amount_max=None if amount_max is None else nm.to_number(amount_max),
        currency=code,
        modifier=nm.first_modifier(pre, post, inner),
    )
    return doc.make("money", start, m.end(), value)


def _joined_across_break(text: str, m: Any, n1: nm.Numeral) -> tuple[nm.Numeral, int]:
    """已完成投资6.1⏎⏎亿元: a figure whose line broke before its unit is one amount (not 6.1 and a round 亿元)."""
    if n1.has_digit or m.group("pcur") or m.group("n2"):
        return n1, m.start()
    broken = _BROKEN_NUMBER.search(text, max(0, m.start() - 24), m.start())
    if broken is None or not _money_word_before(text, broken.start(1)):
        return n1, m.start()  # a year or a table's figure above 亿元以上项目 is no part of it
    joined = nm.parse_numeral(broken.group(1) + m.group("n1"))
    if joined is None:
        return n1, m.start()
    return joined, broken.start(1)


def _modifier_after_gloss(text: str, end: int) -> str | None:
    """完成投资1500亿元（人民币，下同）以上: the bound after a bracketed gloss is the amount's (the gloss stays out)."""
    m = _GLOSS_THEN_MODIFIER.match(text, end)
    return m.group(1) if m else None


def _acceptable_round_word(n: nm.Numeral, modifier: str | None) -> bool:
    """亿元, 千万元, 百亿元 are thresholds; 万元 (万元GDP) and 百元 only with a modifier (近万元)."""
    return n.has_digit or modifier is not None or n.value >= _MIN_ROUND_WORD


def _unit_header(text: str, start: int, n: nm.Numeral) -> bool:
    """单位：亿元 and （亿元） above a table name the unit of the figures, not an amount."""
    return not n.has_digit and _UNIT_HEADER.search(text, max(0, start - 4), start) is not None


def _plain_numeral_before_yuan(m: Any, n1: nm.Numeral) -> bool:
    """三元催化, 一元复始, 二元结构: a lone Chinese digit before 元 is not an amount (五元三毛 is)."""
    if m.group("cur") != "元" or m.group("sub"):
        return False
    return not (n1.arabic or n1.has_small or n1.has_big)


def _named_currency(m: Any, local: str) -> str | None:
    """The ISO code the match names (the local currency for 元), None for a bare amount."""
    if m.group("pcur"):
        return _PREFIX_CODE[m.group("pcur")]
    word = m.group("cur")
    if not word:
        return None
    if word in LOCAL_YUAN:
        return local
    if word == "澳元" and local == "MOP":
        return "MOP"  # Macau's papers shorten 澳门元 to 澳元 (投资800億澳元); elsewhere it is the Australian dollar
    return _SUFFIX_CODE[word]


def _spoken_yi(numeral: str) -> bool:
    """100个亿, 3个多亿, 五六个亿: the spoken form only amounts of money take (contract §6)."""
    return "个" in numeral or "個" in numeral


def _closes_clause(text: str, end: int) -> bool:
    """Whether the amount ends its clause (总投资百亿元。) rather than classing what follows (百亿元项目)."""
    rest = text[end : end + 3].lstrip(" \t")
    return not rest or rest[0] in "，,。；;！!？?\n）)”」"


def _money_word_before(text: str, start: int) -> bool:
    """A money word earlier in the clause (总投资121.5亿, 已完成投资6.1)."""
    window = text[max(0, start - _CONTEXT_WINDOW) : start]
    clause_breaks = list(_CLAUSE_END.finditer(window))
    if clause_breaks:
        window = window[clause_breaks[-1].end() :]
    return _CONTEXT_BEFORE.search(window) is not None


def _in_money_context(text: str, start: int, end: int) -> bool:
    """A money word earlier in the clause (总投资121.5亿), the verb 投 right before it (将在肇庆新区投逾2亿建物流基地),
    or a project word right after (过百亿大项目)."""
    return (
        _money_word_before(text, start)
        or _INVESTED_RIGHT_BEFORE_RE.search(text, max(0, start - _INVESTED_REACH), start) is not None
        or _CONTEXT_AFTER.match(text, end) is not None
    )


# (session 38) The verb 投 alone right before a bare amount, as reporters shorten 投资 (投逾2亿建物流基地, 再投5亿扩产);
# not a vote or a drop (公投, 空投, 抛投).
_INVESTED_RIGHT_BEFORE_RE = patterns.compile(r"(?<![公空抛])投(?:了)?(?:逾|超过|超|近|约|达)?\s*$")
_INVESTED_REACH = 6


def _amounts(n1: nm.Numeral, n2: nm.Numeral | None) -> tuple[Decimal | None, Decimal | None]:
    if n2 is None:
        return n1.value, n1.value_max
    low = nm.range_start(n1, n2)
    if low >= n2.value:
        return None, None
    return low, n2.value


def _subunits(sub: str | None) -> Decimal:
    if not sub:
        return Decimal(0)
    total = Decimal(0)
    for digit, word in _SUB_PART.findall(sub):
        value = nm.parse_numeral(digit)
        if value is not None:
            total += value.value * _SUBUNIT_VALUE[word]
    return total
