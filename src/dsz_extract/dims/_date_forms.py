"""What a date looks like: the words, tables and regular expressions of dims/date.py.

- the vocabulary: deictic year words (今年, 当年) and the characters that make them part of another
  word, sub-period and suffix words (初, 底, 以来, 前), day and week words, seasons, holidays and the
  dates of 春节, Taiwanese markers and the Minguo offset, five-year plans;
- the pattern: one alternation of every form a date takes (`_build`, a named group `K_<form>` per
  form, read by dims/_date_parse.py), and `matches`, which tries it only where a date can begin.

Imports nothing of the date modules: _date_parse and _date_resolve read its tables, date.py its
matches (date -> _date_resolve -> _date_parse -> here).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from .. import patterns

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
OPENING_PREFIX = r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|刚刚|刚)?\s*"

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
# ...but 台 opening a Taiwanese place is no 月台 (platform): 1至10月台中市核准…, 今年1月台灣出口…
MONTH_NOT_BEFORE_RE = rf"[{MONTH_NOT_BEFORE.replace('台', '')}]|台(?![中北南湾灣东東])"

# Characters before a Chinese-numeral month or quarter that make the numeral part of a count.
NUMERAL_OR_QUANTIFIER = "〇○零一二三四五六七八九十百千万两几数每个多半这那哪上下本当同该前后第首末次整"

# Words that may stand right before a day written without its month (记者18日获悉).
DAY_ONLY_AFTER = ("于", "在", "记者", "截至", "截止", "至", "到", "自", "从")
# Words that may follow a day written without its month, with no pause before it (签约仪式18日举行).
# Also the verbs of a speaker or a body telling news (管委会11日透露, 入境事务处助理处长27日表示, 南非政府10日对…宣布).
DAY_ONLY_BEFORE = (
    "上午", "下午", "晚上", "举行", "召开", "开幕", "闭幕", "开工", "签约", "揭牌", "获悉", "宣布", "在",
    "表示", "发布", "透露", "接受", "公布", "发表", "指出", "出席", "代表", "会见", "到", "对", "获",
    "率团", "带队", "赴", "前往", "调研", "考察", "主持",
    # how a report tells an event of that day (大会22日举办, 签约活动18日隆重举行, 项目5日集中开工)
    "举办", "隆重", "成功", "正式", "启动", "集中", "签署", "签订", "晚间", "凌晨", "落幕", "结束",
)  # fmt: skip
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
HOU_NOT_BEFORE = r"[\d一二三四五六七八九十两]个?(?:年|季度|月)|续|期|勤|方|备|劲|台|盾|面|者|来|果|代|半|端|门|卫|排|悔|浪|裔|缀|账|援|院|座|路|边|头|宫|腿|手|世|事|人|辈|生"

SUFFIX_MODS: dict[str, str | None] = {
    "以来": "AFTER",
    "来": "AFTER",
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
DAY_WORDS: dict[str, int] = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2}
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
    "农历新年": ("lunar", 0, 0, 7),  # Hong Kong and Macau's name for it
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
# Also Taiwan's ministry of economic affairs and its investment commission (经济部投审会): bodies the mainland lacks.
TAIWAN_MARKERS = (
    "新台币", "行政院", "立法院", "中华民国", "民国", "台北市",
    "新北市", "桃园市", "台中市", "台南市", "高雄市", "台湾省", "经济部", "投审会",
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
_ARABIC_MONTH = r"(?<![\d上下近])(?<!\d\.)(?:0?[1-9]|1[0-2])"
_CN_MONTH = rf"(?<![{NUMERAL_OR_QUANTIFIER}期拜周])(?:十[一二]?|[一二三四五六七八九]|元)"
_ARABIC_DAY = r"(?<!\d)(?<!\d\.)(?:0?[1-9]|[12]\d|3[01])"
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
        rf"(?P<ya{s}>(?<!\d)(?<!\d\.){_ARABIC_YEAR}) ?年(?!{'|'.join(DURATION_AFTER_YEAR)})",
        rf"(?P<ya{s}>(?<!\d)(?<!\d\.){_ARABIC_YEAR})(?= ?[Qq][1-4](?![\dA-Za-z]))",
        # a year without 年 before a half or a quarter, as headlines and Hong Kong reports write it (2024上半年)
        rf"(?P<ya{s}>(?<!\d)(?<!\d\.)(?:19|20)\d{{2}})(?=[上下]半年|首季|第?[一二三四]季|前[二两三四]季)",
        rf"(?P<yc{s}>(?<![{CN_DIGITS}十])[{CN_DIGITS}]{{4}})年",
        rf"(?P<yk{s}>(?<![{CN_DIGITS}十百千])[两二]千(?:零?[一二三四五六七八九]?十?[一二三四五六七八九]?)?)年"
        r"(?= ?[\d一二三四五六七八九十元]{1,2} ?月)",
        rf"(?P<yz{s}>(?<![{CN_DIGITS}])[〇○零][{CN_DIGITS}])年",
        rf"(?P<ymg{s}>民[国國])(?P<ymn{s}>元|\d{{1,3}}|[一二三四五六七八九十百]{{1,4}}) ?年",
    ]
    if taiwan:
        alternatives.append(rf"(?P<ytw{s}>(?<!\d)(?<!\d\.)(?:1[0-4]\d|[89]\d)) ?年")
        # Taiwan's releases write the year word with its ROC year in brackets: 今(112)年, 去(111)年
        alternatives.append(rf"[今去明前本] ?[（(](?P<ytw{s}>1[0-4]\d|[89]\d)[）)] ?年")
    else:
        alternatives.append(
            rf"(?P<y2{s}>(?<!\d)(?<!\d\.)\d{{2}}) ?年(?= ?{_ARABIC_MONTH} ?月|[一二三四五六七八九十元]{{1,2}}月)"
        )
        alternatives.append(rf"(?P<y2{s}>(?<!\d)(?<!\d\.)0\d) ?年")
    alternatives.append(rf"(?P<yr{s}>{_deictic_year()})年")
    alternatives.append(rf"(?P<yx{s}>{_not_after(CONTEXT_YEAR_NOT_AFTER)}年)(?=[底初末]|内(?!蒙))")
    return "(?:" + "|".join(alternatives) + ")(?:度)?"


def _month(s: str, *, bare: bool = False) -> str:
    """N月 / N月份; with bare=True the left side of a span may leave 月 out (1-6月)."""
    arabic_unit, chinese_unit = (r"(?: ?月)?", r"(?:月)?") if bare else (r" ?月", r"月")
    months = rf"(?:(?P<ma{s}>{_ARABIC_MONTH}){arabic_unit}|(?P<mc{s}>{_CN_MONTH}){chinese_unit}"
    # ...and the month word with its number in brackets, as Taiwan's releases write it: 本(11)月, 上(10)月
    months += rf"|[本上今] ?[（(](?P<ma{s}>{_ARABIC_MONTH})[）)] ?月)"
    # 三月初一 is a lunar month-day, which we do not read: no month either
    return rf"{months}(?:(?<=月)(?!{MONTH_NOT_BEFORE_RE}|初[一二三四五六七八九十])(?P<mf{s}>份(?!额))?|(?<!月))"


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
    r"|内(?!容|部|涵|在|侧|心|地|外|销|需|资|陆|阁|行|蒙)))"  # 2023年内蒙古: the year, then 内蒙古
)
_QUARTER = (
    rf"第 ?(?P<q1>{_Q_NUM}) ?季(?:度)?|(?:(?<=(?<!\d)(?<!\d\.)(?:19|20)\d\d)|(?<![\d{NUMERAL_OR_QUANTIFIER}近]))(?P<q1>{_Q_NUM}) ?季度"  # 第一季: HK, Taiwan
    # (a year without 年 right before the quarter, 2021一季度, is no digit counting it)
    rf"|(?<![A-Za-z])[Qq](?P<q1>[1-4])(?![\dA-Za-z])"
    r"|(?P<q1>首)季(?:度)?"  # 首季 = the first quarter
)
_QUARTER_SUB = r"(?P<qsub>末|初(?!步|见)|底)"
# 前三季 without 度, 首三季 and 首11个月 are how Taiwanese and Hong Kong papers write them; 头三季度, 头十个月 too.
_FIRST_QUARTERS = r"(?:前|首|头)(?P<fq>[二两三四2-4])个?季(?:度|(?![节风]))"
_FIRST_MONTHS = r"(?:前|首|头)(?P<fm>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])个?月(?:份)?"
_HALF = r"(?<!以)(?P<h>[上下])半年(?:度)?(?P<hsub>末)?"
_SEASON = r"(?P<sea>[春夏秋冬])(?:季|天)(?!度)"
_HOLIDAY = (
    r"(?P<hol>春节|农历新年|除夕|大年三十|(?P<holchu>大年|正月)初(?P<holn>[一二三四五六七八九十])|正月十五|元宵节|元旦|国庆节"
    r"|国庆(?=期间|假期|长假|黄金周|前|后)|五一劳动节|劳动节|五一(?=期间|假期|长假|小长假|前|后))"
    rf"(?P<hper>{'|'.join(sorted(HOLIDAY_PERIOD_WORDS, key=len, reverse=True))})?"
)
_PLAN = (
    rf"(?<![{CN_DIGITS}十百千两第])(?P<plan>十[一二三四五六]五)(?![{CN_DIGITS}十百千万亿个年名人家项位%\d])"
    r"(?P<planq>[”’])?(?P<plansub>期间|时期|末期|初期|末|初)?"
)
_DECADE = (
    r"(?:(?P<cent>上|本|\d{2}|[一二]?十[一二三四五六七八九]?)世纪)?"
    r"(?P<dec>(?<!\d)[1-9]0|(?<![〇零一二三四五六七八九十])[一二三四五六七八九]十)年代(?P<decsub>初|末|中期)?"
)
_REL_MONTH = (
    r"(?P<rm>(?<![成资基根日版样账文剧范课脚标])本|(?<![以向马北晚早比较环])上一?|(?<![以向马北南])下一?|这)"
    rf"个?月(?!{MONTH_NOT_BEFORE_RE}|同期)"
)
_BOUNDARY_BEFORE = r"(?<=^|[\s，,。；;：:、（(“”])"
# The weekday that often follows a date (8月18日（星期五）, 10月12号，星期一) belongs to it.
_WEEKDAY_TAIL = r"(?:[，,]? ?(?:星期|礼拜|周)[一二三四五六日天]|[（(](?:星期|礼拜|周)[一二三四五六日天][）)])?"
_DAY_WORD = (
    rf"(?<!如)(?P<dw>今天|昨天|昨日|(?<=^|[\s，,。；;：:、（(“”])前天(?=[，,\s上下晚早中在于与举召开签的]|$)|今日(?=[，,。；;、！!？?\s（(]|$|{'|'.join(JINRI_BEFORE)}))"
    rf"(?!{'|'.join(DAY_WORD_NOT_BEFORE)})"
)
_WEEK_WORD = r"(?:星期|礼拜|周)"
_WEEKDAY = (
    rf"(?<![每逢隔、上下本这个至到\-—~])(?:(?P<wrel>上上|下下|[上下本这])一?个?)?{_WEEK_WORD}(?P<wd>[一二三四五六日天1-7])"
    r"(?![至到\-—~、\d])"
)
_WEEK = rf"(?<![以向每逢隔上下])(?P<wrel>上上|下下|[上下本这])一?个?{_WEEK_WORD}(?P<wend>末)?(?![{WEEK_NOT_BEFORE}一二三四五六日天1-7])"
_DAY_ONLY = (
    # after a closing bracket too: a byline's ("（记者 刘鹏）9日，…", "（原贸易投资促进局）17日发布消息")
    rf"(?:(?<=^|[\s，,。；;：:、（(“”）)]|{'|'.join(DAY_ONLY_AFTER)})"
    rf"|(?<![\d.月年号第])(?=(?:[1-9]|[12][0-9]|3[01])日(?:{'|'.join(DAY_ONLY_BEFORE)})))"
    rf"(?:(?P<da1>{_ARABIC_DAY})|(?P<dc1>{_CN_DAY})) ?(?P<ds1>日)(?![{DAY_ONLY_NOT_BEFORE}])"
)
# 12日至13日, 18—20日: a span of days without their month, where a day alone may stand (after a pause or 于/在).
_DAY_ONLY_SPAN = (
    rf"(?<=^|[\s，,。；;：:、（(“”]|{'|'.join(DAY_ONLY_AFTER)})"
    rf"(?P<da1>{_ARABIC_DAY}) ?日?{_SEP}(?P<da2>{_ARABIC_DAY}) ?(?P<ds2>日)(?![{DAY_ONLY_NOT_BEFORE}])"
)
_PAST_YEAR = (
    rf"(?:(?:{'|'.join(PAST_YEAR_WORDS)})(?![{PAST_YEAR_NOT_BEFORE}])"
    rf"|(?<![{PAST_YEAR_SINCE_NOT_AFTER}]){PAST_YEAR_SINCE})"
)
# "过去五年，…" opening the review of a term: the N years before the reference year, read like 过去一年.
_PAST_YEARS = rf"过去的?(?P<pyn>[两二三四五六七八九十]|[2-9])年(?![{PAST_YEAR_NOT_BEFORE}])"
# "近三年", "近两年来": the last N years (see Resolver._recent_years in _date_resolve.py). A bare "五年来" is a duration (§6).
_RECENT_YEARS = r"(?:近|最近)(?P<ryn>[两二三四五六七八九十]|1\d|20|[2-9])年(?:来|以来)?(?![度初底末中前后内])"
# This year and the next (今明两年).
_THIS_AND_NEXT = r"今明两年"
# The day just told (当天，签约仪式共签约…): the latest day the text stated.
_SAME_DAY = r"(?<![每])(?P<sd>当天|当日|同日|同一天)(?![的之]?(?:早报|晚报|新闻|报道))"
# A page's stamp written day first (16.07.2018 22:17): that day.
_DAY_FIRST = (
    r"(?<!\d)(?<!\d\.)(?P<dfd>0?[1-9]|[12]\d|3[01])(?P<dfs>[./])(?P<dfm>0?[1-9]|1[0-2])(?P=dfs)(?P<dfy>(?:19|20)\d{2})"
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
    r"(?:\d(?=\d{0,3}+(?: ?[年月日号季Qq]|[-/~—–至到、 ]|\.\d{1,2}\.|世纪|年代|[上下]半年|首季|第?[一二三四]季|前[二两三四]季))"
    r"|(?<!\d)(?<!\d\.)(?:19|20)\d\d(?=[\s，,。；;：:、！!？?”’」』）)\]】…·]|$)"
    rf"|[{_NUMERAL_CHARS}](?=[{_NUMERAL_CHARS}]{{0,4}}+(?:年|月|日|号|季度|世纪|年代|[至到—\-~]))|五一|十[一二三四五六]五"
    r"|过去|今[年天日明]|[今昨] ?[（(]|当[天日]|同日|同一天|近(?:[两二三四五六七八九十2-9]|1\d|20)年|最近|本(?:年|个?月|周|星期|世纪)|去年|上(?:年|半年|上|一?个?月|一?个?(?:周|星期|礼拜)|世纪)"
    r"|前(?:年|天|[二两三四2-4]个?季度|\d|[一二三四五六七八九十两])|[首头](?:[二两三四2-4]个?季|\d|[一二三四五六七八九十两])|明年|当年|同年|全年|次年|翌年|年[内底初末]"
    r"|元[月旦宵]|正月|大年|春节|除夕|国庆|劳动节|农历|第 ?[一二三四1-4]|[Qq][1-4]|首季"
    r"|下(?:半年|下|一?个?月|一?个?(?:周|星期|礼拜))|这个?(?:月|周|星期|礼拜)|星期|礼拜|周[一二三四五六日天1-7]|昨[天日]"
    rf"|[从自] ?(?:\d|[{_NUMERAL_CHARS}今去明]|民)|民[国國]|[去明前本上] ?[（(]\d)"
)
_NUMERIC_TAIL = r"(?!\d|[.\-/]\d{1,2}(?!\d))"
_SUFFIX = (
    r"(?P<suf>以来|至今|以前|之前|以后|之后|前夕|前后|(?<=今年)来(?![自到临访华看说了源往])"
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
    year_number = rf"(?<!\d)(?<!\d\.){_ARABIC_YEAR}|(?<![{CN_DIGITS}十])[{CN_DIGITS}]{{4}}"
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
        "numeric_spaced": rf"(?<!\d)(?<!\d\.)(?P<ny1>{_ARABIC_YEAR}) (?P<nm1>0[1-9]|1[0-2]) (?P<nd1>0[1-9]|[12]\d|3[01])(?![\d.])",
        # everything with an optional year in front: 2023年8月18日, 今年4月初, 一季度末, 上半年, 春节前
        "single": (
            rf"(?:{y1} ?)?(?:{_month('1')} ?{_day('1', bare=True)}{_WEEKDAY_TAIL}|{_month('1')}{_MONTH_SUB}?|(?:{_QUARTER}){_QUARTER_SUB}?"
            rf"|{_FIRST_QUARTERS}|{_HALF}|(?:农历)?{_HOLIDAY})"
            rf"|{y1}(?:{_FIRST_MONTHS}|{_SEASON}|(?P<yall>全年)?{_YEAR_SUB}?)"
        ),
        "plan": _PLAN,
        "decade": _DECADE,
        # 本月12—13日, 本月21日至11月20日: a span of days opening in the month the page is written in
        "relmonth_days": rf"{_REL_MONTH} ?{_day('1', bare=True)}{_SEP}(?:{_month('2')} ?)?{_day('2')}",
        "relmonth": rf"{_REL_MONTH}(?: ?{_day('1')}|{_MONTH_SUB})?",
        # 前10月 also right after its place, as headlines write it (扬州前10月实际使用外资增长15%)
        "firstn": rf"(?:{_BOUNDARY_BEFORE}|(?<=[占从在于与较比至到])|(?<=\p{{Han}})(?<![提之以此目当日事空眼向往从超领跟年会天周满期])){_FIRST_MONTHS}"
        rf"|(?<![提之以此目当日事空眼向往从超领跟]){_FIRST_QUARTERS}",
        "dayonlyspan": _DAY_ONLY_SPAN,
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


def matches(norm: str, taiwan: bool) -> Iterator[regex.Match[str]]:
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
