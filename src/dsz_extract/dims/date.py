"""Date mentions: calendar dates and periods as TIMEX3 values, rules and normalisation side by side.

What is a date here (contract §2): a calendar date or period. Not a duration (两个半月, 3年, 五年来,
12个月, 近三年), not a frequency (每季度, 每年, 每周四), not the base of a comparison (去年同期,
上年同期, 比上年, 比年初), and not a vague word (近年来, 近期, 近日, 日前, 目前, 最近). Of the
day-level deixis, reports use the past and present ones (昨日，记者从…获悉; 今天会上; 周四召开), which
are kept; 明天/后天 are rhetoric there (共创美好明天) and 12号 without a month is a building or a
document (3号楼, 1号文件), so they are left out.

Conventions the contract leaves open, fixed here:

- Spans are ISO 8601 intervals at the precision the text has: 1—4月份 → 2023-01/2023-04,
  3月10日至12日 → 2023-03-10/2023-03-12, 2022年至2025年 → 2022/2025.
- A span of quarters is written as the span of its months, so that it compares with the month
  spans the same statistics use: 前三季度 → 2023-01/2023-09 (start 01-01, end 09-30). A single
  quarter stays 2023-Q1, a half 2023-H1.
- Five-year plans are year intervals: 十四五 → 2021/2025; 十四五末 → 2021/2025 with mod END.
  Decades too: 上世纪90年代 → 1990/1999.
- `mod` never narrows start/end: 今年4月初 → 2023-04, START, 2023-04-01..2023-04-30.
  …底前 (6月底前, 年底前) reads "by the end of": mod END. Other …前 → BEFORE; …后 → AFTER;
  X以来 and X至今 → X with mod AFTER.
- The year of a date that states none: the most recent stated year (a numeral year, 2023年,
  二〇二三年, 民国112年, or one counted from the reference date: 今年, 去年, 过去一年) earlier in the
  same paragraph, else the section's year (below), else the reference date's year, else XXXX
  ("2023年1-6月 … 6月份" → 2023-06). 今年/去年/明年/前年/本年 always count from the reference
  date; 全年/年内/年底/年初/当年/同年 take the paragraph's year the way a bare month does; 次年 is
  that year plus one.
- The section's year: reviews state the year under discussion once (一、2020年工作回顾; 2023年，
  全区…; 过去一年，…) and then talk of 全年, 12月底, 6月28日 for paragraphs. A heading line (short,
  no clause punctuation) sets the section's year to its latest stated year, or to none; a paragraph
  that opens with a year (2022年，…, after heading numbering at most) sets it to that year; a paragraph that states the
  reference year or a later one (今年, 明年, 2024年 in a 2024 text) ends it. An earlier year inside
  a sentence (始建于2018年) neither sets nor ends it.
- 过去一年 / 过去的一年 is the year before the reference year when the reference date is in the
  first half of a year (the review of a report or speech early in a year); later in a year it is
  the last twelve months, a duration, and no date. 过去五年 (过去N年, N ≥ 2) is read the same way: the
  N years before the reference year (a term's review: 2017/2021 in a January 2022 report).
- A day without a month (18日): the month of the most recent month-precision date in the
  paragraph, else the reference month (the month before when the day is later than the reference
  day: reports tell what happened).
- Holidays (春节, 除夕, 元宵节, 元旦, 国庆, 劳动节): the occurrence in the paragraph's year when one
  is stated, else the one nearest the reference date. 春节期间/假期 is the eve and the six days
  after, the usual seven-day holiday.
- Weeks are ISO weeks (上周 → 2017-W11); a weekday with 上/下/本 is in that week, a bare one (周四) is
  the one within three days of the reference date. 今天/今日/昨天/昨日 count from the reference date.
- Taiwanese and Hong Kong news: 今（10）日 / 昨（9）日 is that day (resolved like 18日); 第一季 is a
  quarter without 度.
- Minguo years: 民国N年 anywhere; a bare 112年 or 112/8/18 only in Taiwanese text (traditional
  characters plus a Taiwanese marker such as 新台币 or 行政院).

`infer_reference_date` reads the date a text states about itself; see its docstring.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from .. import models, numerals, patterns
from ..doc import Doc
from ..text import is_heading

# --- data -------------------------------------------------------------------------------------

# Deictic and contextual year words: the character before 年 and how its year is found.
# ("ref", k): reference year + k; ("ctx", k): the paragraph's year + k.
YEAR_WORDS: dict[str, tuple[str, int]] = {
    "今": ("ref", 0),
    "本": ("ref", 0),
    "去": ("ref", -1),
    "上": ("ref", -1),
    "前": ("ref", -2),
    "明": ("ref", 1),
    "当": ("ctx", 0),
    "同": ("ctx", 0),
    "全": ("ctx", 0),
    "次": ("ctx", 1),
    "翌": ("ctx", 1),
}

# "The past year" of a review (过去一年，全区…): the year before the reference year. Read so only
# when the reference date falls in the first half of a year, when reports review the last one;
# later in a year it is the last twelve months, a duration. Not before 来/多/半/间 (过去一年来).
PAST_YEAR_WORDS = ("过去一年", "过去的一年")
PAST_YEAR_NOT_BEFORE = "来多半间度"
# "一年来，…" opening a review says the same; after 近/这/过去/十… it is a duration or part of one.
PAST_YEAR_SINCE = "一年来"
PAST_YEAR_SINCE_NOT_AFTER = "近这那过去多半两几数十一二三四五六七八九0123456789"
PAST_YEAR_LAST_MONTH = 6

# What may stand before a year that opens a paragraph: heading numbering (一、, （二）, 3.).
OPENING_PREFIX = r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．])?\s*"

# Characters that, standing before the year word, make it part of another word
# (如今年轻, 过去年均, 文明年代, 目前年产, 以上年份, 相当年轻, 不同年龄, 成本年度, 多次年会);
# 比/较 before 去年/上年 make it the base of a comparison (比上年增长).
YEAR_WORD_NOT_AFTER: dict[str, str] = {
    "今": "如",
    "本": "基成资根日版样账文剧范课脚标",
    "去": "过失除回离进出死拿送抹省划减比较",
    "上": "以向至北南马晚早线路网台楼会手身头顶比较",
    "前": "目当提此之以年日事空眼向往从超领跟面门胸阵",
    "明": "文光说表证声发聪透开英鲜分简清标注阐查指载写言申昌高精神严廉黎照失",
    "当": "相适正应恰充担妥得不每",
    "同": "不共相如协合陪连随等赞认",
    "全": "完周健齐",
    "次": "多每这首层名档班批依其再渐屡场本上下",
    "翌": "",
}

# After a year word: 年轻 is "young"; 同期/相比/同比 make 去年/上年 the base of a comparison.
YEAR_WORD_NOT_BEFORE = ("轻", "同期", "同月", "同季", "相比", "同比")

# Characters before a bare 年内/年底/年初/年末 that make it part of a duration or another word
# (3年内, 三年内, 多年内, 青年内部, 跨年底, 新年初), or the base of a comparison (比年初增长).
CONTEXT_YEAR_NOT_AFTER = "0123456789〇○零一二三四五六七八九十百千万两几数多半近每周个余青少成老中童晚早历跨长常终学财纪往逐连丰荒流壮暮盛末元经积累隔整新比较"

# 初 that begins another word: 初步, 初见成效, 初心, 初中, 初创, 初次, 初具规模 …
CHU_NOT_BEFORE = "步见心衷期级中创次具选审评始稿恋赛诊学生版夏春秋冬任样试值装检一二三四五六七八九十"

# Words after N月 that are not a month (月度, 月薪, 月饼, 月亮 …).
MONTH_NOT_BEFORE = "度薪票饼亮光球台子嫂经供均租卡刊息"

# Characters before a Chinese-numeral month or quarter that make the numeral part of a count.
NUMERAL_OR_QUANTIFIER = "〇○零一二三四五六七八九十百千万两几数每个多半这那哪上下本当同该前后第首末次整"

# Words that may stand right before a day written without its month (记者18日获悉).
DAY_ONLY_AFTER = ("于", "在", "记者", "截至", "截止", "至", "到", "自", "从")
# Words after N日 that make it something else (日元, 3日游, 7日内, 日均 …).
DAY_ONLY_NOT_BEFORE = "元币游内均间常益报本语韩军企系式夜期程子趋臻渐"

# Words after N年 that make it a duration (1500年历史, 2000多年, 1000年之久).
DURATION_AFTER_YEAR = ("历史", "的历史", "多", "余", "之久", "以上", "左右")

# Words before a bare year (决胜2020) that make the number a quantity instead.
BARE_YEAR_NOT_AFTER = ("第", "达", "约", "共", "超", "逾", "近", "计", "投资", "达到", "超过", "完成", "实现", "编号")

# 前 and 后 after a date are BEFORE/AFTER, unless they begin another word (前往, 前期, 后续 …).
QIAN_NOT_BEFORE = (
    r"往|进|行|来|去|景|列|沿|期|提|所|者|端|身|面|台|锋|线|卫|排|夜|几|半|后|[\d一二三四五六七八九十两]个?(?:季度|月)"
)
HOU_NOT_BEFORE = (
    r"续|期|勤|方|备|劲|台|盾|面|者|来|果|代|半|端|门|卫|排|悔|浪|裔|缀|账|援|院|座|路|边|头|宫|腿|手|世|事|人|辈|生"
)

SUFFIX_MODS: dict[str, str | None] = {
    "以来": "AFTER",
    "至今": "AFTER",
    "以后": "AFTER",
    "之后": "AFTER",
    "后": "AFTER",
    "以前": "BEFORE",
    "之前": "BEFORE",
    "前夕": "BEFORE",
    "前": "BEFORE",
    "前后": None,
}
SUB_MODS: dict[str, str] = {
    "初": "START",
    "上旬": "START",
    "中旬": "MID",
    "中期": "MID",
    "下旬": "END",
    "底": "END",
    "末": "END",
    "末期": "END",
    "初期": "START",
}

# Day-level deixis kept: the past and present ones reports use (昨日，记者从…获悉; 今天会上).
# 明天/后天 are left out: in reports they are rhetoric (共创美好明天), not dates.
DAY_WORDS: dict[str, int] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1}
# A dateline's day ends in 讯 / 电; the deixis of its lead sentence (今天, 昨日) within reach counts from it.
DATELINE_ENDS = ("讯", "电")
DATELINE_REACH = 80
DAY_WORD_NOT_BEFORE = ("的", "头条", "说法")  # 今天的成就 (rhetoric), 今日头条 (a media name)
# 今日 in written Chinese is often an adjective (今日中国, 舒展今日雄壮画卷); as a date it stands
# before a pause, a time of day or a reporting verb.
JINRI_BEFORE = (
    "上午", "下午", "晚", "凌晨", "早", "起", "正式", "举行", "召开", "发布",
    "公布", "开幕", "闭幕", "开工", "签约", "揭牌", "投产", "获悉", "宣布",
)  # fmt: skip

WEEKDAYS: dict[str, int] = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
WEEK_SHIFTS: dict[str, int] = {"上上": -2, "下下": 2, "上": -1, "下": 1, "本": 0, "这": 0}
# 周 followed by these is not a week (周边, 周年, 周期 …); 每周四 and 周一至周五 are frequencies.
WEEK_NOT_BEFORE = "边围期转年岁刊报长"

SEASONS: dict[str, tuple[str, int, int]] = {  # code, first month, months long
    "春": ("SP", 3, 3),
    "夏": ("SU", 6, 3),
    "秋": ("FA", 9, 3),
    "冬": ("WI", 12, 3),
}

# The first day of the lunar year (春节), Gregorian, for the years reports talk about.
SPRING_FESTIVAL: dict[int, tuple[int, int]] = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8), 2036: (1, 28), 2037: (2, 15),
    2038: (2, 4), 2039: (1, 24), 2040: (2, 12),
}  # fmt: skip

# Holidays: (calendar, month or lunar offset, day, length of the 期间/假期 period in days).
# Lunar ones count days from 春节; the holiday period of 春节 starts on the eve (除夕).
HOLIDAYS: dict[str, tuple[str, int, int, int]] = {
    "春节": ("lunar", 0, 0, 7),
    "除夕": ("lunar", -1, 0, 7),
    "大年三十": ("lunar", -1, 0, 7),
    "元宵节": ("lunar", 14, 0, 1),
    "正月十五": ("lunar", 14, 0, 1),
    "元旦": ("fixed", 1, 1, 3),
    "国庆": ("fixed", 10, 1, 7),
    "国庆节": ("fixed", 10, 1, 7),
    "劳动节": ("fixed", 5, 1, 5),
    "五一": ("fixed", 5, 1, 5),
    "五一劳动节": ("fixed", 5, 1, 5),
}
HOLIDAY_PERIOD_WORDS = ("期间", "假期", "长假", "小长假", "黄金周")

# A text is Taiwanese when it is in traditional characters and names one of these (simplified
# forms: the rules match on the simplified view).
TAIWAN_MARKERS = (
    "新台币", "行政院", "立法院", "中华民国", "民国", "台北市",
    "新北市", "桃园市", "台中市", "台南市", "高雄市", "台湾省",
)  # fmt: skip
MINGUO_OFFSET = 1911

# Five-year plans: the Nth plan (N ≥ 3) starts in 1966 + 5·(N − 3).
FIVE_YEAR_PLAN_NUMBERS = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15, "十六": 16}

CN_DIGITS = "〇○零O一二三四五六七八九"

# Without a reference date, 二十年代 is the 2020s and 三十年代 the 1930s.
DECADE_YEAR_WITHOUT_REFERENCE = 2029

# --- patterns ---------------------------------------------------------------------------------

_SEP = r" ?(?:—{1,2}|–|-|~|〜|至|到) ?"
_ARABIC_YEAR = r"(?:1\d{3}|20\d{2})"
_ARABIC_MONTH = r"(?<![\d.上下近])(?:0?[1-9]|1[0-2])"
_CN_MONTH = rf"(?<![{NUMERAL_OR_QUANTIFIER}期拜周])(?:十[一二]?|[一二三四五六七八九]|元)"
_ARABIC_DAY = r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])"
_CN_DAY = r"(?<![〇○零一二三四五六七八九十])(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_BARE_END = r"(?= ?(?:到|至|—|-|~)|[，,。；;、！!？?）)\s]|$)"
_Q_NUM = r"[一二三四1-4]"


def _not_after(chars: str) -> str:
    return rf"(?<![{chars}])" if chars else ""


def _deictic_year() -> str:
    words = "|".join(_not_after(YEAR_WORD_NOT_AFTER[w]) + w for w in YEAR_WORDS)
    not_before = "|".join(YEAR_WORD_NOT_BEFORE)
    return rf"(?:{words})(?=年(?!{not_before}))"


def _year(s: str, taiwan: bool) -> str:
    alternatives = [
        rf"(?P<ya{s}>(?<![\d.]){_ARABIC_YEAR}) ?年(?!{'|'.join(DURATION_AFTER_YEAR)})",
        rf"(?P<ya{s}>(?<![\d.]){_ARABIC_YEAR})(?= ?[Qq][1-4](?![\dA-Za-z]))",
        rf"(?P<yc{s}>(?<![{CN_DIGITS}十])[{CN_DIGITS}]{{4}})年",
        rf"(?P<yk{s}>(?<![{CN_DIGITS}十百千])[两二]千(?:零?[一二三四五六七八九]?十?[一二三四五六七八九]?)?)年"
        r"(?= ?[\d一二三四五六七八九十元]{1,2} ?月)",
        rf"(?P<yz{s}>(?<![{CN_DIGITS}])[〇○零][{CN_DIGITS}])年",
        rf"(?P<ymg{s}>民[国國])(?P<ymn{s}>元|\d{{1,3}}|[一二三四五六七八九十百]{{1,4}}) ?年",
    ]
    if taiwan:
        alternatives.append(rf"(?P<ytw{s}>(?<![\d.])(?:1[0-4]\d|[89]\d)) ?年")
    else:
        alternatives.append(
            rf"(?P<y2{s}>(?<![\d.])\d{{2}}) ?年(?= ?{_ARABIC_MONTH} ?月|[一二三四五六七八九十元]{{1,2}}月)"
        )
        alternatives.append(rf"(?P<y2{s}>(?<![\d.])0\d) ?年")
    alternatives.append(rf"(?P<yr{s}>{_deictic_year()})年")
    alternatives.append(rf"(?P<yx{s}>{_not_after(CONTEXT_YEAR_NOT_AFTER)}年)(?=[内底初末])")
    return "(?:" + "|".join(alternatives) + ")(?:度)?"


def _month(s: str, *, bare: bool = False) -> str:
    """N月 / N月份; with bare=True the left side of a span may leave 月 out (1-6月)."""
    arabic_unit, chinese_unit = (r"(?: ?月)?", r"(?:月)?") if bare else (r" ?月", r"月")
    months = rf"(?:(?P<ma{s}>{_ARABIC_MONTH}){arabic_unit}|(?P<mc{s}>{_CN_MONTH}){chinese_unit})"
    # 三月初一 is a lunar month-day, which we do not read: no month either
    return rf"{months}(?:(?<=月)(?![{MONTH_NOT_BEFORE}]|初[一二三四五六七八九十])(?P<mf{s}>份(?!额))?|(?<!月))"


_TIME_OF_DAY = "上午|下午|中午|晚上|早上|凌晨"


def _day(s: str, *, bare: bool = False) -> str:
    """N日 / N号; with bare=True the day may leave 日 out when a span or the clause follows.

    A time of day may stand for 日 ("5月24上午"): news leaves it out before one.
    """
    unit = rf"(?: ?(?P<ds{s}>[日号])|(?={_TIME_OF_DAY}))"
    if bare:
        unit = rf"(?:{unit}|{_BARE_END})"
    return rf"(?:(?P<da{s}>{_ARABIC_DAY})|(?P<dc{s}>{_CN_DAY})){unit}"


_MONTH_SUB = rf"(?P<msub>初(?![{CHU_NOT_BEFORE}])|底(?!线)|末(?!期|梢)|上旬|中旬|下旬)"
# "2021年年底" repeats 年 before its part of the year, as "2021年底" does not.
_YEAR_SUB = (
    rf"(?:年?(?P<ysub>初(?![{CHU_NOT_BEFORE}])|底(?!线|气|子|蕴|部|层)|末(?!期|梢|端|位|尾)"
    r"|内(?!容|部|涵|在|侧|心|地|外|销|需|资|陆|阁|行)))"
)
_QUARTER = (
    rf"第 ?(?P<q1>{_Q_NUM}) ?季(?:度)?|(?<![\d{NUMERAL_OR_QUANTIFIER}近])(?P<q1>{_Q_NUM}) ?季度"  # 第一季: HK, Taiwan
    rf"|(?<![A-Za-z])[Qq](?P<q1>[1-4])(?![\dA-Za-z])"
    r"|(?P<q1>首)季(?:度)?"  # 首季 = the first quarter
)
_QUARTER_SUB = r"(?P<qsub>末|初(?!步|见)|底)"
# 前三季 without 度 and 首11个月 are how Taiwanese and Hong Kong papers write them.
_FIRST_QUARTERS = r"前(?P<fq>[二两三四2-4])个?季(?:度|(?![节风]))"
_FIRST_MONTHS = r"(?:前|首)(?P<fm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])个?月(?:份)?"
_HALF = r"(?<!以)(?P<h>[上下])半年(?:度)?(?P<hsub>末)?"
_SEASON = r"(?P<sea>[春夏秋冬])(?:季|天)(?!度)"
_HOLIDAY = (
    r"(?P<hol>春节|除夕|大年三十|(?P<holchu>大年|正月)初(?P<holn>[一二三四五六七八九十])|正月十五|元宵节|元旦|国庆节"
    r"|国庆(?=期间|假期|长假|黄金周|前|后)|五一劳动节|劳动节|五一(?=期间|假期|长假|小长假|前|后))"
    rf"(?P<hper>{'|'.join(sorted(HOLIDAY_PERIOD_WORDS, key=len, reverse=True))})?"
)
_PLAN = (
    rf"(?<![{CN_DIGITS}十百千两第])(?P<plan>十[一二三四五六]五)(?![{CN_DIGITS}十百千万亿个年名人家项位%\d])"
    r"(?P<planq>”)?(?P<plansub>期间|时期|末期|初期|末|初)?"
)
_DECADE = (
    r"(?:(?P<cent>上|本|\d{2}|[一二]?十[一二三四五六七八九]?)世纪)?"
    r"(?P<dec>(?<!\d)[1-9]0|(?<![〇零一二三四五六七八九十])[一二三四五六七八九]十)年代(?P<decsub>初|末|中期)?"
)
_REL_MONTH = (
    r"(?P<rm>(?<![成资基根日版样账文剧范课脚标])本|(?<![以向马北晚早比较环])上一?|(?<![以向马北南])下一?|这)"
    rf"个?月(?![{MONTH_NOT_BEFORE}]|同期)"
)
_BOUNDARY_BEFORE = r"(?<=^|[\s，,。；;：:、（(“”])"
# The weekday that often follows a date (8月18日（星期五）, 10月12号，星期一) belongs to it.
_WEEKDAY_TAIL = r"(?:[，,]? ?(?:星期|礼拜|周)[一二三四五六日天]|[（(](?:星期|礼拜|周)[一二三四五六日天][）)])?"
_DAY_WORD = (
    rf"(?<!如)(?P<dw>今天|昨天|昨日|今日(?=[，,。；;、！!？?\s（(]|$|{'|'.join(JINRI_BEFORE)}))"
    rf"(?!{'|'.join(DAY_WORD_NOT_BEFORE)})"
)
_WEEK_WORD = r"(?:星期|礼拜|周)"
_WEEKDAY = (
    rf"(?<![每逢隔、上下本这个至到\-—~])(?:(?P<wrel>上上|下下|[上下本这])一?个?)?{_WEEK_WORD}(?P<wd>[一二三四五六日天1-7])"
    r"(?![至到\-—~、\d])"
)
_WEEK = rf"(?<![以向每逢隔上下])(?P<wrel>上上|下下|[上下本这])一?个?{_WEEK_WORD}(?P<wend>末)?(?![{WEEK_NOT_BEFORE}一二三四五六日天1-7])"
_DAY_ONLY = (
    rf"(?<=^|[\s，,。；;：:、（(“”]|{'|'.join(DAY_ONLY_AFTER)})"
    rf"(?:(?P<da1>{_ARABIC_DAY})|(?P<dc1>{_CN_DAY})) ?(?P<ds1>日)(?![{DAY_ONLY_NOT_BEFORE}])"
)
_PAST_YEAR = (
    rf"(?:(?:{'|'.join(PAST_YEAR_WORDS)})(?![{PAST_YEAR_NOT_BEFORE}])"
    rf"|(?<![{PAST_YEAR_SINCE_NOT_AFTER}]){PAST_YEAR_SINCE})"
)
# "过去五年，…" opening the review of a term: the N years before the reference year, read like 过去一年.
_PAST_YEARS = rf"过去的?(?P<pyn>[两二三四五六七八九十]|[2-9])年(?![{PAST_YEAR_NOT_BEFORE}])"
# "近三年", "近两年来": the last N years (see _Resolver._recent_years). A bare "五年来" is a duration (§6).
_RECENT_YEARS = r"(?:近|最近)(?P<ryn>[两二三四五六七八九十]|[2-9])年(?:来|以来)?(?![度初底末中前后内])"
# This year and the next (今明两年).
_THIS_AND_NEXT = r"今明两年"
# An earlier event a report refers to (这是该市继8月29日集中签约10个项目后…): its day is no day just told.
EARLIER_EVENT_RE = patterns.compile(r"继[^，,。；;]{0,30}?(?:之后|以后|后)")
EARLIER_EVENT_REACH = 32
# The day just told (当天，签约仪式共签约…): the latest day the text stated.
_SAME_DAY = r"(?<![每])(?P<sd>当天|当日|同日|同一天)(?![的之]?(?:早报|晚报|新闻|报道))"
# A page's stamp written day first (16.07.2018 22:17): that day.
_DAY_FIRST = (
    r"(?<![\d.])(?P<dfd>0?[1-9]|[12]\d|3[01])(?P<dfs>[./])(?P<dfm>0?[1-9]|1[0-2])(?P=dfs)(?P<dfy>(?:19|20)\d{2})"
    r"(?=\s+\d{1,2}:\d{2})"
)
# The day in brackets of Taiwanese and Hong Kong news (今（10）日公布, 昨（9）日): that day, resolved
# like a day without its month.
_BRACKETED_DAY = rf"[今昨] ?[（(](?:(?P<da1>{_ARABIC_DAY})|(?P<dc1>{_CN_DAY}))[）)] ?(?P<ds1>日)"
_BARE_YEAR = (
    r"(?<![\d.\-/:%A-Za-z¥$])" + "".join(f"(?<!{w})" for w in BARE_YEAR_NOT_AFTER) + r"(?P<by>19\d{2}|20\d{2})"
    r"(?=[ \t]*(?:\n|$)|[，,。；;：:、！!？?”’」』）)\]】…·])"
)
# What the first characters of a date look like; a cheap test run before the full pattern.
_NUMERAL_CHARS = "一二三四五六七八九十两〇○零O千百"
_CAN_START = (
    # A run of digits then a full stop is a decimal unless it is a year.month.day (2023.8.18), and
    # one before a sentence's punctuation can only be a bare year: most figures are not tried at all.
    # possessive runs: what may follow the digits or numerals is never itself a digit or numeral
    r"(?:\d(?=\d{0,3}+(?: ?[年月日号季Qq]|[-/~—–至到、 ]|\.\d{1,2}\.|世纪|年代))"
    r"|(?<![\d.])(?:19|20)\d\d(?=[\s，,。；;：:、！!？?”’」』）)\]】…·]|$)"
    rf"|[{_NUMERAL_CHARS}](?=[{_NUMERAL_CHARS}]{{0,4}}+(?:年|月|日|号|季度|世纪|年代|[至到—\-~]))|五一|十[一二三四五六]五"
    r"|过去|今[年天日明]|[今昨] ?[（(]|当[天日]|同日|同一天|近[两二三四五六七八九十2-9]年|最近|本(?:年|个?月|周|星期|世纪)|去年|上(?:年|半年|上|一?个?月|一?个?(?:周|星期|礼拜)|世纪)"
    r"|前(?:年|[二两三四2-4]个?季度|\d|[一二三四五六七八九十两])|明年|当年|同年|全年|次年|翌年|年[内底初末]"
    r"|元[月旦宵]|正月|大年|春节|除夕|国庆|劳动节|农历|第 ?[一二三四1-4]|[Qq][1-4]|首季"
    r"|下(?:半年|下|一?个?月|一?个?(?:周|星期|礼拜))|这个?(?:月|周|星期|礼拜)|星期|礼拜|周[一二三四五六日天1-7]|昨[天日]"
    rf"|[从自] ?(?:\d|[{_NUMERAL_CHARS}今去明]|民)|民[国國])"
)
_NUMERIC_TAIL = r"(?!\d|[.\-/]\d{1,2}(?!\d))"
_SUFFIX = (
    r"(?P<suf>以来|至今|以前|之前|以后|之后|前夕|前后"
    rf"|前(?!{QIAN_NOT_BEFORE})|后(?!{HOU_NOT_BEFORE}))?"
)


def _numeric(s: str, year: str) -> str:
    return (
        rf"(?P<ny{s}>{year})(?P<ns{s}>[-./])(?P<nm{s}>0?[1-9]|1[0-2])(?P=ns{s})(?P<nd{s}>0?[1-9]|[12]\d|3[01])"
        + _NUMERIC_TAIL
    )


def _build(taiwan: bool) -> str:
    y1, y2 = _year("1", taiwan), _year("2", taiwan)
    frm = r"(?:(?P<from>从|自) ?)?"
    year_number = rf"(?<![\d.]){_ARABIC_YEAR}|(?<![{CN_DIGITS}十])[{CN_DIGITS}]{{4}}"
    forms = {
        # 3月10日至12日, 8月18日-9月2日, 2023年1月1日至2023年6月30日
        "rdays": rf"{frm}(?:{y1} ?)?{_month('1')} ?{_day('1', bare=True)}{_SEP}(?:(?:{y2} ?)?{_month('2')} ?)?{_day('2')}",
        # 1-6月, 1—4月份, 2022年10月至2023年3月, 一至四月
        "rmonths": rf"{frm}(?:{y1} ?)?{_month('1', bare=True)}{_SEP}(?:{y2} ?)?{_month('2')}",
        # 一至三季度, 2023年第二至第四季度
        "rquarters": rf"{frm}(?:{y1} ?)?(?:第)?(?P<q1>{_Q_NUM})(?:季度)?{_SEP}(?:第)?(?P<q2>{_Q_NUM})季度{_QUARTER_SUB}?",
        # 2021-2025年, 2022年至2025年, 从2016到2018, 2007年与2009年之间
        "ryears": rf"{frm}(?P<ra1>{year_number})(?: ?年度?)?{_SEP}(?P<ra2>{year_number}) ?年度?",
        "ryears_from": rf"(?P<from>从|自) ?(?P<ra1>{year_number}){_SEP}(?P<ra2>{year_number})(?![\d年])",
        "ryears_between": rf"(?P<ra1>{year_number}) ?年 ?(?:与|和) ?(?P<ra2>{year_number}) ?年(?:之)?间",
        # 2023-08-18, 2023.8.18, 2023/8/18, 2018/1/10-2018/7/10; 2010 01 29
        "numeric": rf"(?<![\d.\-/]){_numeric('1', _ARABIC_YEAR)}(?:{_SEP}{_numeric('2', _ARABIC_YEAR)}|{_WEEKDAY_TAIL})",
        "numeric_spaced": rf"(?<![\d.])(?P<ny1>{_ARABIC_YEAR}) (?P<nm1>0[1-9]|1[0-2]) (?P<nd1>0[1-9]|[12]\d|3[01])(?![\d.])",
        # everything with an optional year in front: 2023年8月18日, 今年4月初, 一季度末, 上半年, 春节前
        "single": (
            rf"(?:{y1} ?)?(?:{_month('1')} ?{_day('1', bare=True)}{_WEEKDAY_TAIL}|{_month('1')}{_MONTH_SUB}?|(?:{_QUARTER}){_QUARTER_SUB}?"
            rf"|{_FIRST_QUARTERS}|{_HALF}|(?:农历)?{_HOLIDAY})"
            rf"|{y1}(?:{_FIRST_MONTHS}|{_SEASON}|(?P<yall>全年)?{_YEAR_SUB}?)"
        ),
        "plan": _PLAN,
        "decade": _DECADE,
        "relmonth": rf"{_REL_MONTH}(?: ?{_day('1')}|{_MONTH_SUB})?",
        "firstn": rf"(?:{_BOUNDARY_BEFORE}|(?<=[占从在于与较比至到])){_FIRST_MONTHS}|(?<![提之以此目当日事空眼向往从超领跟]){_FIRST_QUARTERS}",
        "dayonly": _DAY_ONLY,
        "bracketday": _BRACKETED_DAY,
        "dayword": _DAY_WORD,
        "weekday": _WEEKDAY,
        "week": _WEEK,
        "bareyear": _BARE_YEAR,
        "pastyear": _PAST_YEAR,
        "pastyears": _PAST_YEARS,
        "recentyears": _RECENT_YEARS,
        "thisandnext": _THIS_AND_NEXT,
        "sameday": _SAME_DAY,
        "dayfirst": _DAY_FIRST,
    }
    if taiwan:
        roc = _numeric("1", r"1[0-4]\d").replace("[-./]", "[./]")  # 110-12-3 is more often a range
        forms["numeric_roc"] = rf"(?<![\d.\-/])(?P<nroc>){roc}"
    body = "|".join(rf"(?P<K_{name}>)(?:{pattern})" for name, pattern in forms.items())
    return rf"(?:{body}){_SUFFIX}"


@functools.lru_cache(maxsize=2)
def _pattern(taiwan: bool) -> regex.Pattern[str]:
    return patterns.compile(_build(taiwan))


_CAN_START_AT = patterns.compile(rf"(?={_CAN_START})")


def _matches(norm: str, taiwan: bool) -> Iterator[regex.Match[str]]:
    """What finditer would give, trying the full pattern only where a date can begin.

    Most positions cannot start a date; a cheap scan for the first characters of one finds those
    that can, so the long alternation of the full pattern runs on few positions.
    """
    pattern = _pattern(taiwan)
    end = 0
    for candidate in _CAN_START_AT.finditer(norm):
        position = candidate.start()
        if position < end:
            continue
        m = pattern.match(norm, position)
        if m is not None:
            end = m.end()
            yield m


# --- numerals ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _cn_int(text: str) -> int:
    """Arabic or Chinese numerals (十二, 二〇二三, 两千零四) to int; 元 (元月, 民国元年) is 1."""
    if text.isdigit():
        return int(text)
    if text == "元":
        return 1
    return numerals.cardinal(text.replace("○", "〇").replace("O", "〇"))


# --- what a match says, before resolution -----------------------------------------------------


@dataclass(frozen=True)
class Point:
    """One side of a date expression: where its year comes from, and its granularity.

    year_from: "explicit" (stated: 2023年), "fixed" (known but not the paragraph's year: 十四五),
    "ref" (今年: reference year + year_shift), "ctx" (年内, or nothing stated: the paragraph's year +
    year_shift), None (a side of a span that takes the other side's year), or how a deictic form is
    resolved: "relmonth" (本月, shift in months), "dayonly" (18日), "deixis" (昨天, shift in days),
    "week" (上周四, shift in weeks), "decade" (九十年代).
    """

    unit: str  # year, month, day, quarter, half, season, decade, weekday, week, weekend
    year: int | None = None
    year_from: str | None = None
    year_shift: int = 0
    month: int | None = None
    day: int | None = None
    part: int | str | None = None  # quarter 1-4, half 1-2, season code, decade first year


@dataclass(frozen=True)
class Expr:
    left: Point
    right: Point | None = None
    mod: str | None = None
    holiday: str | None = None
    holiday_period: bool = False
    nearest: bool = False  # a weekday without 上/下/本: the one nearest the reference date
    past_year: bool = False  # 过去一年: a date only early in the reference year
    recent_years: int = 0  # 近三年, 五年来: the last N years
    same_day: bool = False  # 当天: the latest day told


def _group(m: regex.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _year_of(m: regex.Match[str], s: str) -> tuple[int | None, str | None, int]:
    """(year, year_from, shift) for the year part on side s of a match."""
    if value := _group(m, f"ya{s}"):
        return int(value), "explicit", 0
    if value := _group(m, f"yc{s}") or _group(m, f"yk{s}"):
        return _cn_int(value), "explicit", 0
    if value := _group(m, f"yz{s}") or _group(m, f"y2{s}"):
        return _two_digit_year(_cn_int(value)), "explicit", 0
    if _group(m, f"ymg{s}"):
        return MINGUO_OFFSET + _cn_int(_group(m, f"ymn{s}") or "0"), "explicit", 0
    if value := _group(m, f"ytw{s}"):
        return MINGUO_OFFSET + int(value), "explicit", 0
    if value := _group(m, f"yr{s}"):
        source, shift = YEAR_WORDS[value]
        return None, source, shift
    if _group(m, f"yx{s}"):
        return None, "ctx", 0
    return None, None, 0


def _two_digit_year(yy: int) -> int:
    return 2000 + yy if yy < 50 else 1900 + yy


def _month_of(m: regex.Match[str], s: str) -> int | None:
    value = _group(m, f"ma{s}") or _group(m, f"mc{s}")
    return _cn_int(value) if value else None


def _day_of(m: regex.Match[str], s: str) -> int | None:
    value = _group(m, f"da{s}") or _group(m, f"dc{s}")
    return _cn_int(value) if value else None


def _point(m: regex.Match[str], s: str, unit: str, **fields: int | str | None) -> Point:
    year, year_from, shift = _year_of(m, s)
    return Point(unit=unit, year=year, year_from=year_from, year_shift=shift, **fields)  # type: ignore[arg-type]


def _mod(sub: str | None, suffix: str | None) -> str | None:
    """The TIMEX mod from a sub-period word (初/底/旬) and a suffix (前/后/以来)."""
    sub_mod = SUB_MODS.get(sub) if sub else None
    if not suffix:
        return sub_mod
    suffix_mod = SUFFIX_MODS[suffix]
    if suffix_mod == "BEFORE" and sub_mod == "END":
        return "END"  # 6月底前, 年底前: by the end of
    return suffix_mod


def _parse(m: regex.Match[str]) -> Expr | None:
    form = next(name for name in _PARSERS if _group(m, f"K_{name}") is not None)
    suffix = m.group("suf")
    return _PARSERS[form](m, suffix)


def _parse_rdays(m: regex.Match[str], suffix: str | None) -> Expr | None:
    left = _point(m, "1", "day", month=_month_of(m, "1"), day=_day_of(m, "1"))
    right_month = _month_of(m, "2")
    right = _point(m, "2", "day", month=right_month or left.month, day=_day_of(m, "2"))
    return Expr(left, right, _mod(None, suffix))


def _parse_rmonths(m: regex.Match[str], suffix: str | None) -> Expr | None:
    left = _point(m, "1", "month", month=_month_of(m, "1"))
    right = _point(m, "2", "month", month=_month_of(m, "2"))
    if left.year_from is None and right.year_from is None and (left.month or 0) >= (right.month or 0):
        return None  # 6-1月 is no span
    return Expr(left, right, _mod(None, suffix))


def _parse_rquarters(m: regex.Match[str], suffix: str | None) -> Expr | None:
    q1, q2 = _cn_int(m.group("q1")), _cn_int(m.group("q2"))
    if q1 >= q2:
        return None
    left = _point(m, "1", "month", month=3 * q1 - 2)
    right = replace(left, month=3 * q2)
    return Expr(left, right, _mod(m.group("qsub"), suffix))


def _parse_ryears(m: regex.Match[str], suffix: str | None) -> Expr | None:
    first, last = _cn_int(m.group("ra1")), _cn_int(m.group("ra2"))
    if not first < last <= first + 50:
        return None
    return Expr(Point("year", first, "explicit"), Point("year", last, "explicit"), _mod(None, suffix))


def _parse_numeric(m: regex.Match[str], suffix: str | None) -> Expr | None:
    offset = MINGUO_OFFSET if _group(m, "nroc") is not None else 0
    left = Point("day", int(m.group("ny1")) + offset, "explicit", month=int(m.group("nm1")), day=int(m.group("nd1")))
    right = None
    if _group(m, "ny2"):
        right = Point(
            "day", int(m.group("ny2")) + offset, "explicit", month=int(m.group("nm2")), day=int(m.group("nd2"))
        )
    return Expr(left, right, _mod(None, suffix))


def _parse_single(m: regex.Match[str], suffix: str | None) -> Expr | None:
    if m.group("hol"):
        return _parse_holiday(m, suffix)
    if _group(m, "ma1") or _group(m, "mc1"):
        month, day = _month_of(m, "1"), _day_of(m, "1")
        if day is not None:
            return Expr(_point(m, "1", "day", month=month, day=day), mod=_mod(None, suffix))
        return Expr(_point(m, "1", "month", month=month), mod=_mod(m.group("msub"), suffix))
    if m.group("q1"):
        quarter = 1 if m.group("q1") == "首" else _cn_int(m.group("q1"))
        return Expr(_point(m, "1", "quarter", part=quarter), mod=_mod(m.group("qsub"), suffix))
    if m.group("fq"):
        left = _point(m, "1", "month", month=1)
        return Expr(left, replace(left, month=3 * _cn_int(m.group("fq"))), _mod(None, suffix))
    if m.group("fm"):
        last = _cn_int(m.group("fm"))
        left = _point(m, "1", "month", month=1)
        return Expr(left, replace(left, month=last), _mod(None, suffix)) if last > 1 else None
    if m.group("h"):
        half = 1 if m.group("h") == "上" else 2
        return Expr(_point(m, "1", "half", part=half), mod=_mod(m.group("hsub"), suffix))
    if m.group("sea"):
        return Expr(_point(m, "1", "season", part=m.group("sea")), mod=_mod(None, suffix))
    return Expr(_point(m, "1", "year"), mod=_mod(m.group("ysub"), suffix))


def _parse_holiday(m: regex.Match[str], suffix: str | None) -> Expr:
    name = m.group("hol")
    if m.group("holchu"):
        name = f"初{_cn_int(m.group('holn'))}"
    period = bool(m.group("hper"))
    return Expr(_point(m, "1", "day"), mod=_mod(None, suffix), holiday=name, holiday_period=period)


def _parse_plan(m: regex.Match[str], suffix: str | None) -> Expr | None:
    number = FIVE_YEAR_PLAN_NUMBERS[m.group("plan")[:2]]
    first = 1966 + 5 * (number - 3)
    sub = m.group("plansub")
    sub = None if sub in ("期间", "时期") else sub
    # "fixed", not "explicit": a plan's years are not the year the paragraph is talking about
    return Expr(Point("year", first, "fixed"), Point("year", first + 4, "fixed"), _mod(sub, suffix))


def _parse_decade(m: regex.Match[str], suffix: str | None) -> Expr | None:
    decade = _cn_int(m.group("dec"))
    century = m.group("cent")
    if century is None:
        point = Point("decade", None, "decade", part=decade)
    else:
        base = {"上": 1900, "本": 2000}.get(century)
        if base is None:
            base = (_cn_int(century) - 1) * 100
        point = Point("decade", base + decade, "explicit", part=decade)
    return Expr(point, mod=_mod(m.group("decsub"), suffix))


def _parse_relmonth(m: regex.Match[str], suffix: str | None) -> Expr | None:
    shift = {"本": 0, "这": 0, "上": -1, "上一": -1, "下": 1, "下一": 1}[m.group("rm")]
    day = _day_of(m, "1")
    unit = "day" if day is not None else "month"
    return Expr(Point(unit, None, "relmonth", shift, day=day), mod=_mod(_group(m, "msub"), suffix))


def _parse_firstn(m: regex.Match[str], suffix: str | None) -> Expr | None:
    last = _cn_int(m.group("fm")) if m.group("fm") else 3 * _cn_int(m.group("fq"))
    if last < 2:
        return None
    left = Point("month", month=1)
    return Expr(left, replace(left, month=last), _mod(None, suffix))


def _parse_dayonly(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("day", None, "dayonly", day=_day_of(m, "1")), mod=_mod(None, suffix))


def _parse_dayword(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("day", None, "deixis", DAY_WORDS[m.group("dw")]), mod=_mod(None, suffix))


def _parse_weekday(m: regex.Match[str], suffix: str | None) -> Expr | None:
    relative = m.group("wrel")
    shift = WEEK_SHIFTS[relative] if relative else None
    weekday = WEEKDAYS.get(m.group("wd")) or int(m.group("wd"))
    return Expr(
        Point("weekday", None, "week", 0 if shift is None else shift, part=weekday),
        mod=_mod(None, suffix),
        nearest=shift is None,
    )


def _parse_week(m: regex.Match[str], suffix: str | None) -> Expr | None:
    unit = "weekend" if m.group("wend") else "week"
    return Expr(Point(unit, None, "week", WEEK_SHIFTS[m.group("wrel")]), mod=_mod(None, suffix))


def _parse_bareyear(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("year", int(m.group("by")), "explicit"), mod=_mod(None, suffix))


def _parse_pastyear(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("year", None, "ref", -1), mod=_mod(None, suffix), past_year=True)


def _parse_pastyears(m: regex.Match[str], suffix: str | None) -> Expr | None:
    years = _cn_int(m.group("pyn"))
    return Expr(Point("year", None, "ref", -years), Point("year", None, "ref", -1), _mod(None, suffix), past_year=True)


def _parse_recentyears(m: regex.Match[str], suffix: str | None) -> Expr | None:
    years = _cn_int(m.group("ryn"))
    return Expr(Point("year", None, "ref", 0), mod=_mod(None, suffix), recent_years=years)


def _parse_thisandnext(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("year", None, "ref", 0), Point("year", None, "ref", 1), _mod(None, suffix))


def _parse_sameday(m: regex.Match[str], suffix: str | None) -> Expr | None:
    return Expr(Point("day", None, "deixis", 0), mod=_mod(None, suffix), same_day=True)


def _parse_dayfirst(m: regex.Match[str], suffix: str | None) -> Expr | None:
    point = Point("day", int(m.group("dfy")), "explicit", month=int(m.group("dfm")), day=int(m.group("dfd")))
    return Expr(point, mod=_mod(None, suffix))


_PARSERS = {
    "rdays": _parse_rdays,
    "rmonths": _parse_rmonths,
    "rquarters": _parse_rquarters,
    "ryears": _parse_ryears,
    "ryears_from": _parse_ryears,
    "ryears_between": _parse_ryears,
    "numeric": _parse_numeric,
    "numeric_spaced": _parse_numeric,
    "numeric_roc": _parse_numeric,
    "single": _parse_single,
    "plan": _parse_plan,
    "decade": _parse_decade,
    "relmonth": _parse_relmonth,
    "firstn": _parse_firstn,
    "dayonly": _parse_dayonly,
    "bracketday": _parse_dayonly,
    "dayword": _parse_dayword,
    "weekday": _parse_weekday,
    "week": _parse_week,
    "bareyear": _parse_bareyear,
    "pastyear": _parse_pastyear,
    "pastyears": _parse_pastyears,
    "recentyears": _parse_recentyears,
    "thisandnext": _parse_thisandnext,
    "sameday": _parse_sameday,
    "dayfirst": _parse_dayfirst,
}

# --- resolution -------------------------------------------------------------------------------


@dataclass
class _Context:
    """What the paragraph has said so far: its latest stated year and month, and what it tells the next ones.

    opening_year: the year the paragraph opens with (2022年，… / 一、2020年工作回顾 / 过去一年，…);
    moved_on: the paragraph stated the reference year or a later one (今年, 明年, 2024年 in 2024);
    last_year: its latest stated year (what a heading passes on).
    """

    paragraph: int = -1
    year: int | None = None
    month: tuple[int | None, int] | None = None
    opening_year: int | None = None
    moved_on: bool = False
    last_year: int | None = None


@dataclass(frozen=True)
class _Resolved:
    timex: str
    start: dt.date | None
    end: dt.date | None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None or not 1 <= month <= 12:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_text(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


def _resolve_point(p: Point, year: int | None) -> _Resolved:
    """TIMEX value and inclusive first/last day of one point whose year is settled."""
    y = _year_text(year)
    if p.unit == "year":
        return _Resolved(y, _safe_date(year, 1, 1), _safe_date(year, 12, 31))
    if p.unit == "month":
        month = p.month or 0
        last = _last_day(year, month) if year is not None and 1 <= month <= 12 else 0
        return _Resolved(f"{y}-{month:02d}", _safe_date(year, month, 1), _safe_date(year, month, last))
    if p.unit == "day":
        month, day = p.month, p.day or 0
        if month is None:
            return _Resolved(f"{y}-XX-{day:02d}", None, None)
        date = _safe_date(year, month, day)
        return _Resolved(f"{y}-{month:02d}-{day:02d}", date, date)
    if p.unit == "quarter":
        q = int(p.part or 1)
        last_month = 3 * q
        end = _safe_date(year, last_month, _last_day(year, last_month)) if year is not None else None
        return _Resolved(f"{y}-Q{q}", _safe_date(year, last_month - 2, 1), end)
    if p.unit == "half":
        h = int(p.part or 1)
        end = _safe_date(year, 6, 30) if h == 1 else _safe_date(year, 12, 31)
        return _Resolved(f"{y}-H{h}", _safe_date(year, 1 if h == 1 else 7, 1), end)
    if p.unit == "season":
        code, first_month, length = SEASONS[str(p.part)]
        if year is None:
            return _Resolved(f"{y}-{code}", None, None)
        end_year, end_month = (year + (first_month + length - 2) // 12, (first_month + length - 2) % 12 + 1)
        end = _safe_date(end_year, end_month, _last_day(end_year, end_month))
        return _Resolved(f"{y}-{code}", _safe_date(year, first_month, 1), end)
    raise ValueError(f"unknown unit {p.unit}")


class _Resolver:
    """Settles years against the reference date and the paragraph's context, in text order."""

    def __init__(self, doc: Doc) -> None:
        self.reference = doc.reference_date
        self.reference_year = doc.reference_year
        self.norm = doc.norm
        self.paragraphs = doc.paragraphs
        self.paragraph_starts = [p.start for p in doc.paragraphs]
        self.context = _Context()
        self.section_year: int | None = None  # the year under discussion, carried across paragraphs
        self.offset = 0
        # The day of a news dateline ("湖南日报8月19日讯", "…3月1日电") and where it ends: 今天 / 昨天 just after
        # it count from that day, not from the (later) publication date.
        self.dateline: tuple[dt.date, int] | None = None
        # The latest day the text stated (its TIMEX, and its date when the year is known), for 当天.
        self.last_day: tuple[str, dt.date | None] | None = None

    def enter(self, offset: int) -> None:
        self.offset = offset
        paragraph = bisect.bisect_right(self.paragraph_starts, offset) - 1
        if paragraph != self.context.paragraph:
            self._leave_paragraph(self.context)
            for between in range(max(self.context.paragraph + 1, 0), max(paragraph, 0)):
                if self._is_heading(between):
                    self.section_year = None  # a heading without a date opens a section without a year
            self.context = _Context(paragraph=paragraph, year=self.section_year)

    def _leave_paragraph(self, context: _Context) -> None:
        """The section year after a paragraph: set by a heading or an opening year, ended by the present."""
        if context.paragraph < 0:
            return
        if self._is_heading(context.paragraph):
            self.section_year = context.last_year
        elif context.opening_year is not None:
            self.section_year = context.opening_year
        elif context.moved_on:
            self.section_year = None

    def _is_heading(self, paragraph: int) -> bool:
        if not 0 <= paragraph < len(self.paragraphs):
            return False
        # A heading opens a section: its year is the heading's, or none.
        return is_heading(self.paragraphs[paragraph].slice(self.norm))

    def _opens_paragraph(self) -> bool:
        if not 0 <= self.context.paragraph < len(self.paragraphs):
            return False
        start = self.paragraphs[self.context.paragraph].start
        return _OPENING_PREFIX.fullmatch(self.norm, start, self.offset) is not None

    def _note_stated_year(self, expr: Expr, year: int | None) -> None:
        """Record a year the text states, for the paragraphs that follow (see _leave_paragraph)."""
        p = expr.left
        if year is None or p.year_from not in STATED_YEAR_SOURCES:
            return
        context = self.context
        if (
            context.last_year is None
            and context.opening_year is None
            and p.unit == "year"
            and expr.right is None
            and expr.mod is None
            and self._opens_paragraph()
        ):
            context.opening_year = year
        context.last_year = year
        if self.reference_year is not None and year >= self.reference_year:
            context.moved_on = True

    def context_year(self) -> int | None:
        if self.context.year is not None:
            return self.context.year
        return self.reference_year

    def year(self, p: Point) -> int | None:
        if p.year_from in ("explicit", "fixed"):
            return p.year
        if p.year_from == "ref":
            return self.reference_year + p.year_shift if self.reference_year is not None else None
        base = self.context_year()
        return base + p.year_shift if base is not None else None

    def resolve(self, expr: Expr) -> models.DateValue:
        if expr.same_day:
            return self._same_day(expr)
        if expr.recent_years:
            return self._recent_years(expr)
        if expr.holiday:
            return self._holiday(expr)
        if expr.left.unit == "decade":
            return self._decade(expr)
        if expr.left.year_from == "relmonth":
            return self._relative_month(expr)
        if expr.left.year_from == "dayonly":
            return self._day_only(expr)
        if expr.left.year_from == "deixis":
            return self._deixis(expr)
        if expr.left.year_from == "week":
            return self._week(expr)
        if expr.right is None:
            year = self.year(expr.left)
            if expr.left.year_from != "explicit" and _is_impossible_day(expr.left, year):
                year = None  # 2月29日 in a common year: the text did not mean that year
            self._note_stated_year(expr, year)
            self._remember(expr.left, year)
            return _value(_resolve_point(expr.left, year), expr.mod)
        left_year, right_year = self._span_years(expr.left, expr.right)
        self._note_stated_year(expr, left_year if expr.left.year_from in STATED_YEAR_SOURCES else right_year)
        self._remember(expr.left, left_year)
        self._remember(expr.right, right_year)
        first, last = _resolve_point(expr.left, left_year), _resolve_point(expr.right, right_year)
        return _value(_Resolved(f"{first.timex}/{last.timex}", first.start, last.end), expr.mod)

    def _span_years(self, left: Point, right: Point) -> tuple[int | None, int | None]:
        """A side without a year takes the other side's (2023年1-6月, 12月至2023年3月)."""
        stated_left, stated_right = left.year_from is not None, right.year_from is not None
        left_year = self.year(left) if stated_left else None
        right_year = self.year(right) if stated_right else None
        if stated_left and not stated_right:
            right_year = left_year
            if left_year is not None and _order(right) < _order(left):
                right_year = left_year + 1  # 2022年10月至3月
        elif stated_right and not stated_left:
            left_year = right_year
            if right_year is not None and _order(right) < _order(left):
                left_year = right_year - 1  # 12月至2023年3月
        elif not stated_left and not stated_right:
            left_year = right_year = self.context_year()
            if left_year is not None and _order(right) < _order(left):
                right_year = left_year + 1
        return left_year, right_year

    def _remember(self, p: Point, year: int | None) -> None:
        if p.year_from in STATED_YEAR_SOURCES and year is not None:
            self.context.year = year
        if p.unit in ("month", "day") and p.month is not None:
            self.context.month = (year, p.month)

    def _day_only(self, expr: Expr) -> models.DateValue:
        day = expr.left.day or 0
        if self.context.month is not None:
            year, month = self.context.month
        elif self.reference is not None:
            year, month = self.reference.year, self.reference.month
            if day > self.reference.day:
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        else:
            return _value(_Resolved(f"XXXX-XX-{day:02d}", None, None), expr.mod)
        return _value(_resolve_point(Point("day", month=month, day=day), year), expr.mod)

    def _same_day(self, expr: Expr) -> models.DateValue:
        """当天 / 当日: the latest day the text stated (a lead's 10月17日; `find` reads none before one)."""
        assert self.last_day is not None
        timex, day = self.last_day
        return _value(_Resolved(timex, day, day), expr.mod)

    def _recent_years(self, expr: Expr) -> models.DateValue:
        """近三年: the N years before the reference year early in a year (a review: 2019/2021 in March 2022), else
        the N years up to it (2022/2023 in December 2023; 2008/2012 on a page of 2012)."""
        last = self.reference_year
        if last is None:
            return _value(_Resolved("XXXX", None, None), expr.mod)
        if self.reference is not None and _is_early_in_year(self.reference):
            last -= 1
        first = last - expr.recent_years + 1
        return _value(_Resolved(f"{first:04d}/{last:04d}", dt.date(first, 1, 1), dt.date(last, 12, 31)), expr.mod)

    def _deixis(self, expr: Expr) -> models.DateValue:
        base = self.reference
        if self.dateline is not None and 0 <= self.offset - self.dateline[1] <= DATELINE_REACH:
            base = self.dateline[0]
        if base is None:
            return _value(_Resolved("XXXX-XX-XX", None, None), expr.mod)
        day = base + dt.timedelta(days=expr.left.year_shift)
        return _value(_Resolved(day.isoformat(), day, day), expr.mod)

    def _week(self, expr: Expr) -> models.DateValue:
        """Weeks are ISO weeks (Monday first); a bare weekday is the one within three days of the reference."""
        p = expr.left
        if self.reference is None:
            suffix = {"week": "", "weekend": "-WE"}.get(p.unit, f"-{p.part}")
            return _value(_Resolved(f"XXXX-WXX{suffix}", None, None), expr.mod)
        monday = self.reference - dt.timedelta(days=self.reference.weekday()) + dt.timedelta(weeks=p.year_shift)
        if p.unit == "weekday":
            day = monday + dt.timedelta(days=int(p.part or 1) - 1)
            if expr.nearest and (day - self.reference).days < -3:
                day += dt.timedelta(weeks=1)
            elif expr.nearest and (day - self.reference).days > 3:
                day -= dt.timedelta(weeks=1)
            return _value(_Resolved(day.isoformat(), day, day), expr.mod)
        year, week, _ = monday.isocalendar()
        if p.unit == "weekend":
            saturday = monday + dt.timedelta(days=5)
            return _value(_Resolved(f"{year}-W{week:02d}-WE", saturday, saturday + dt.timedelta(days=1)), expr.mod)
        return _value(_Resolved(f"{year}-W{week:02d}", monday, monday + dt.timedelta(days=6)), expr.mod)

    def _relative_month(self, expr: Expr) -> models.DateValue:
        p = expr.left
        if self.reference is None:
            return _value(_Resolved("XXXX-XX" + (f"-{p.day:02d}" if p.day else ""), None, None), expr.mod)
        index = self.reference.year * 12 + self.reference.month - 1 + p.year_shift
        year, month = divmod(index, 12)
        point = Point(p.unit, month=month + 1, day=p.day)
        self.context.month = (year, month + 1)
        return _value(_resolve_point(point, year), expr.mod)

    def _decade(self, expr: Expr) -> models.DateValue:
        p = expr.left
        first = p.year if p.year is not None else self._decade_without_century(int(p.part or 0))
        start, end = dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
        return _value(_Resolved(f"{first}/{first + 9}", start, end), expr.mod)

    def _decade_without_century(self, decade: int) -> int:
        """九十年代 / 20年代: the latest such decade that has begun by the reference year."""
        now = self.reference.year if self.reference else DECADE_YEAR_WITHOUT_REFERENCE
        return 2000 + decade if 2000 + decade <= now else 1900 + decade

    def _holiday(self, expr: Expr) -> models.DateValue:
        name = expr.holiday or ""
        stated = expr.left.year_from is not None
        year = self.year(expr.left) if stated else self.context.year
        self._remember(expr.left, year)
        days = _holiday_days(name, year) if year is not None else self._nearest_holiday(name)
        if days is None:
            return _value(_Resolved("XXXX-XX-XX", None, None), expr.mod)
        day, first, last = days
        if not expr.holiday_period:
            return _value(_Resolved(day.isoformat(), day, day), expr.mod)
        return _value(_Resolved(f"{first.isoformat()}/{last.isoformat()}", first, last), expr.mod)

    def _nearest_holiday(self, name: str) -> tuple[dt.date, dt.date, dt.date] | None:
        reference = self.reference
        if reference is None:
            return None
        years = (reference.year - 1, reference.year, reference.year + 1)
        candidates = [days for year in years if (days := _holiday_days(name, year))]
        return min(candidates, key=lambda days: abs((days[0] - reference).days), default=None)


# Years a text states: written (2023年) or counted from the reference date (今年, 去年, 过去一年).
STATED_YEAR_SOURCES = ("explicit", "ref")
_OPENING_PREFIX = patterns.compile(OPENING_PREFIX)


def _is_impossible_day(p: Point, year: int | None) -> bool:
    return (
        p.unit == "day" and p.month is not None and year is not None and _safe_date(year, p.month, p.day or 0) is None
    )


def _order(p: Point) -> tuple[int, int]:
    return (p.month or 0, p.day or 0)


def _holiday_days(name: str, year: int) -> tuple[dt.date, dt.date, dt.date] | None:
    """The holiday's day and the first and last day of its 期间 in the given (Gregorian) year."""
    if name.startswith("初"):
        kind, offset, day, length = "lunar", int(name[1:]) - 1, 0, 1
    else:
        kind, offset, day, length = HOLIDAYS[name]
    if kind == "fixed":
        first = dt.date(year, offset, day)
        return first, first, first + dt.timedelta(days=length - 1)
    if year not in SPRING_FESTIVAL:
        return None
    festival = dt.date(year, *SPRING_FESTIVAL[year])
    day_of = festival + dt.timedelta(days=offset)
    if name in ("春节", "除夕", "大年三十"):  # the holiday runs from the eve
        eve = festival - dt.timedelta(days=1)
        return day_of, eve, eve + dt.timedelta(days=length - 1)
    return day_of, day_of, day_of + dt.timedelta(days=length - 1)


def _value(resolved: _Resolved, mod: str | None) -> models.DateValue:
    return models.DateValue(
        timex=resolved.timex,
        start=resolved.start.isoformat() if resolved.start else None,
        end=resolved.end.isoformat() if resolved.end else None,
        mod=mod,  # type: ignore[arg-type]
    )


# --- filters for words that look like dates but are not -----------------------------------------

_SLOGAN_ITEM = patterns.compile(r"[\p{Han}][’”」』、]")


def _is_slogan_item(norm: str, start: int, end: int) -> bool:
    """全年干 in 月通报、季度比、半年看、全年干: a period word + one verb, one item of a slogan list."""
    return start > 0 and norm[start - 1] in "、‘“「" and bool(_SLOGAN_ITEM.match(norm, end))


class _RepeatedDangnian:
    """当年签约、当年开工、当年投产: a 当年 repeated in its sentence means "in the same year", not a date."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.counts: dict[int, int] = {}  # sentence start -> how many 当年 it holds

    def __call__(self, start: int, end: int) -> bool:
        norm = self.doc.norm
        if norm[start:end] != "当年":
            return False
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return False
        if sentence.start not in self.counts:
            self.counts[sentence.start] = norm.count("当年", sentence.start, sentence.end)
        return self.counts[sentence.start] > 1


def _span(m: regex.Match[str], norm: str) -> tuple[int, int]:
    """Offsets of the mention: a closing quote after 十四五 stays out unless a word follows it."""
    start, end = m.span()
    if _group(m, "K_plan") is not None and m.group("planq"):
        if m.group("plansub") or m.group("suf"):
            if start > 0 and norm[start - 1] == "“":
                start -= 1
        else:
            end -= 1
    return start, end


# --- the pass ---------------------------------------------------------------------------------


def is_taiwanese(doc: Doc) -> bool:
    return doc.traditional and any(marker in doc.norm for marker in TAIWAN_MARKERS)


def in_earlier_event(norm: str, start: int, end: int) -> bool:
    """Whether norm[start:end] lies inside "继…后", the mention of an earlier event."""
    lo = max(0, start - EARLIER_EVENT_REACH)
    return any(
        m.start() <= start and end <= m.end() for m in EARLIER_EVENT_RE.finditer(norm, lo, end + EARLIER_EVENT_REACH)
    )


def _is_day_timex(timex: str) -> bool:
    return len(timex) == 10 and timex[4] == "-" and timex[7] == "-" and timex[8:].isdigit()


def _is_early_in_year(reference: dt.date | None) -> bool:
    return reference is None or reference.month <= PAST_YEAR_LAST_MONTH


def find(doc: Doc) -> list[models.DateMention]:
    taiwan = is_taiwanese(doc)
    norm = doc.norm
    resolver = _Resolver(doc)
    repeated_dangnian = _RepeatedDangnian(doc)
    mentions = []
    for m in _matches(norm, taiwan):
        start, end = _span(m, norm)
        if _is_slogan_item(norm, start, end) or repeated_dangnian(start, end):
            continue
        expr = _parse(m)
        if expr is None or (expr.past_year and not _is_early_in_year(doc.reference_date)):
            continue
        resolver.enter(start)
        if expr.same_day and resolver.last_day is None:
            continue  # 当日事当日毕: no day was told, so no day is meant
        value = resolver.resolve(expr)
        if norm.startswith(DATELINE_ENDS, end) and value.start is not None and value.start == value.end:
            resolver.dateline = (dt.date.fromisoformat(value.start), end)
        if _is_day_timex(value.timex) and not expr.same_day and not in_earlier_event(norm, start, end):
            resolver.last_day = (value.timex, dt.date.fromisoformat(value.start) if value.start else None)
        mentions.append(doc.make("date", start, end, value))
    return mentions
