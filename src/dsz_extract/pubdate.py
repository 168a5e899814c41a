"""The reference date of a report: the publication date, and where it was found.

Every relative date (今年, 去年, 1—10月, 11月28日), every deal date and metric period resolves
against one date per report. The evidence for it is taken in this order, the first that gives a
date wins (contract §1, `reference_date_source`):

1. ``manifest``  the publication date a scraper wrote beside the page (`dsz_extract.provenance`);
2. ``html_meta`` an HTML page's own metadata and visible date (htmldate, through trafilatura);
3. ``header``    a date line in the first lines of the text, before the body (发布时间：…,
                 2023-11-29 10:20 来源：…, ——2022年1月8日在…会议上), or a labelled date in an HTML
                 page's head above its main text;
4. ``filename``  a date in the file name (20231129, 2023-11-29, 2023_11_29);
5. ``given``     the caller's `reference_date` (`--reference-date`);
6. ``inferred``  a dateline among the first lines after the body has begun (a notice's date
                 under its opening), or on one of the last lines (the date under a speech, a
                 page's 发布日期 below the article);
7. ``none``      nothing: no reference date. Dates without a year then take the latest year the
                 page's opening states (its headline and first lines: 太白县2017年第二批重点建设项目
                 集中开工仪式 → 9月12日 is 2017-09-12; `opening_year`), else the latest year
                 the text states, else stay ``XXXX``.

A date the document states (1–4) outranks the caller's: one `--reference-date` over a folder is a
guess for the files that state nothing, and a 2021 speech must not be read as 2022 because of it.
When the two disagree the report's warnings say so.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any

import regex

from . import numerals, patterns
from .dims._date_forms import MINGUO_OFFSET
from .dims._gloss import without_glosses
from .doc import Doc
from .link_blocks import report_end
from .models import ReferenceDateSource
from .text import Span

# Sources that are the document's own evidence, outranking a date the caller gives.
DOCUMENT_SOURCES = frozenset({"manifest", "html_meta", "header", "filename"})

# --- date shapes ------------------------------------------------------------------------------

# Year first: 2023年11月29日, 2023-11-29, 2023/11/29, 2023.11.29 (the text is normalised: ASCII digits).
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_CN_DATE = rf"{_YEAR} ?年 ?(?P<m>\d{{1,2}}) ?月 ?(?P<d>\d{{1,2}}) ?日"
_NUM_DATE = rf"{_YEAR}(?P<sep>[-./])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)"
_FULL_DATE = rf"(?:{_CN_DATE}|{_NUM_DATE})"
# Day first, as mirrors and Hong Kong sites stamp a page: 16.07.2018 22:17, 22/10/2025 13:50.
_DAY_FIRST = r"(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)"
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}时\d{1,2}分)"
# (session 33) the part of the day before a stamp's time (中央社 - 2012年2月14日 下午8:20)
_DAY_PART = r"(?:上午|下午|早上|晚上|凌晨|中午|傍晚)"
# (session 33) a month written in English (07 Jan 2021, January 7, 2021): Hong Kong portals stamp their pages so
_EN_MONTH = (
    r"(?P<m>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
)
_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# 發布時間 / 發佈日期 are matched through the simplified view.
_LABEL = r"(?:发布时间|发布日期|发稿时间|更新时间|发表时间|发表日期|公开日期|日期|时间|发布于|发表于)"
# (session 40) an e-paper's banner runs its issue's day and weekday on into the paper's hotline: 2024年07月04日 星期四  报料热线:…
_METADATA_WORDS = r"(?:来源|来自|作者|编辑|责任编辑|记者|本报记者|字号|浏览|阅读|点击|分享|打印|分类|报料热线|新闻热线)"
_OPEN = r"[\s（(【\[•·▪●◆■]*"  # a list bullet before a date on its line: "  • 2024-11-01"
_CLOSE = r"[\s）)】\]]*"

# An e-paper's label of the day's issue: 當前報章2025年04月28日, 本期报纸 2019-07-29, 當前報紙日期:2024年04月24日;
# (session 38) its date picker showing the issue read: 日期查询:2024年08月05日.
_ISSUE_LABEL = r"(?:当前报章|当期报纸|本期报纸|当前报纸日期|报纸日期|日期查询)"

# Shapes of a dateline, each tried on every header line.
_DATELINES = tuple(
    patterns.compile(pattern)
    for pattern in (
        # the date alone on its line (bracketed, with a time or weekday), or before a page's metadata
        # (a slash may close a slashed date before its time: 2021/09/17/ 10:23 来源：…)
        rf"^{_OPEN}(?:{_LABEL}\s*[：:]\s*)?{_FULL_DATE}/?{_CLOSE}(?:{_TIME})?\s*(?:星期.|周.)?\s*(?:$|{_METADATA_WORDS}|[|｜])",
        # 发布时间：2023年11月29日; (session 24) in a table's cells: | 公开日期 | 2013-10-31 |
        rf"{_LABEL}\s*(?:[：:]|[|｜])\s*{_FULL_DATE}",
        # (session 34) ... both, the colon inside the label's cell: 发布日期: | 2016年03月19日 |
        rf"{_LABEL}\s*[：:]\s*[|｜]\s*{_FULL_DATE}",
        # (session 34) a wire's dateline in brackets, its reporter and city before the day: (中央社记者某某台北2019年8月15日电)
        rf"^\s*[（(]\p{{Han}}{{2,20}}?{_CN_DATE}\s*电[)）]",
        # (session 34) an e-paper's issue after its title in guillemets: 《 人民日报海外版 》( 2021年12月16日 第 09 版);
        # (session 39) its page without 第: 《光明日报》( 2020年06月29日 05版)
        rf"》\s*[（(]\s*{_FULL_DATE}\s*第?\s*[A-Z]?\d{{1,3}}\s*版\s*[)）]",
        # (session 39) an e-paper's page and section, then the issue's day: 第04版:两会特刊 2026年01月21日
        rf"^{_OPEN}第\s*[A-Z]?\d{{1,3}}\s*版\s*[：:][^\n]{{0,20}}?\s{_FULL_DATE}{_CLOSE}$",
        # (session 28) the publisher, then 发表于 / 发布于 and the day: 經濟部投資審議委員會 發表於 2019年1月21日
        rf"(?:发布于|发表于)\s*{_FULL_DATE}",
        # (session 21) the label without its colon, the date after it, then the line's end or its metadata:
        # 发布时间 2017-03-17|阅读
        rf"^\s*{_LABEL}[ \t\u3000]+{_FULL_DATE}{_CLOSE}(?:{_TIME})?\s*(?:$|[|｜]|{_METADATA_WORDS})",
        # 2023-11-29 10:20, 2017年01月06日16:18; (session 21) with its time zone: 2022-12-16 HKT 17:12
        rf"(?:{_CN_DATE}\s*|{_NUM_DATE}\s+)(?:(?:HKT|CST|UTC|GMT)(?:[+-]\d{{1,2}})?\s*|北京时间\s*)?{_DAY_PART}?{_TIME}",
        # (session 33) an English day alone on its line, day or month first, a time after it: 07 Jan 2021, Jan 7, 2021
        rf"^{_OPEN}(?P<d>\d{{1,2}})\s+{_EN_MONTH}\s+{_YEAR}{_CLOSE}(?:{_TIME})?\s*$",
        rf"^{_OPEN}{_EN_MONTH}\s+(?P<d>\d{{1,2}}),?\s+{_YEAR}{_CLOSE}(?:{_TIME})?\s*$",
        rf"来源\s*[：:][^\n]{{0,40}}?{_FULL_DATE}",  # 来源：新华网 2023年11月29日
        rf"^\s*{_DAY_FIRST}\s*(?:{_TIME}|$)",
        # the date of a speech: ——2022年1月8日在重庆市永川区第十八届人民代表大会第一次会议上
        # ((session 25) also after a horizontal bar: ――2011年1月18日在贛縣第十六屆人民代表大會第六次會議上)
        rf"^[\s—―\-－─]*[（(]?{_FULL_DATE}[）)]?\s*在[^，,。;；!！?？]*$",
        # …or run on into the speech on the same line: 2021年4月13日在闻喜县第十七届人民代表大会第一次会议上县长…
        rf"^[\s—―\-－─]*[（(]?{_FULL_DATE}[）)]?\s*在[^，,。;；!！?？\n]{{2,40}}?(?:会议|大会|会)上",
        # the date closing a header line, after the outlet, the address or a section between bars:
        # 【泉州经济网】2023-08-12, | 招商动态 |2016-06-15
        rf"(?:】|\]|[|｜]|http\S*|网|报|台)\s*{_FULL_DATE}{_CLOSE}(?:{_TIME})?\s*$",
        # (session 22) a headline and its day after a space, closing the line: 2017年江苏首批重大项目集中开工 2017-02-13
        rf"\p{{Han}}[^\n]{{0,80}}?\p{{Han}}[ \t\u3000]+{_NUM_DATE}{_CLOSE}(?:{_TIME})?\s*$",
        # (session 21) the date between the site's name or address and the page's metadata:
        # 中央政府门户网站 www.gov.cn   2011年01月19日   来源:辽宁日报
        # (session 29) ... also in brackets: www.gcdr.gov.cn (2013-11-07) 来源:
        rf"(?:\.(?:com|cn|net|org|gov)\S*|网站|网|报|台)\s+(?:{_FULL_DATE}\s+|[（(]{_FULL_DATE}[)）]\s*){_METADATA_WORDS}",
        # a wire lead opening on its outlet and day, the story running on: 自由時報 2023/09/29 投資台灣事務所…
        rf"^\s*\p{{Han}}{{1,8}}(?:报|台|网|社)\s+{_NUM_DATE}\s+\p{{Han}}",
        # an e-paper's issue, its label without a colon: 當前報章2025年04月28日, 本期报纸 2019-07-29
        rf"(?:{_ISSUE_LABEL}|出版日期)\s*[：:]?\s*{_FULL_DATE}",
        # the date opening its line before the publisher's name alone: "   2023-06-06 山东邹城经济开发区"; (session 24)
        # or before the section's name: "2025年11月23日    即時資訊"
        rf"^{_OPEN}{_NUM_DATE}\s+\p{{Han}}{{2,16}}\s*$",
        # (session 33) ...and then the page's metadata: "2022-01-19   中国科学技术协会   阅读量:119"
        rf"^{_OPEN}{_NUM_DATE}\s+\p{{Han}}{{2,16}}\s+{_METADATA_WORDS}",
        rf"^{_OPEN}{_CN_DATE}[ \t\u3000]{{2,}}\p{{Han}}{{2,8}}\s*$",
        # a year, then its month/day and the time: 2021 09/16 16:23:31 (xinhuanet's stamp)
        rf"^\s*{_YEAR}\s+(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})\s+{_TIME}\s*$",
        # (session 20) a dated lead's opening: 2018年10月19日讯，…; (session 41) its day in figures too: 2015-11-26訊，…
        rf"^\s*{_FULL_DATE}\s*(?:讯|訊|电|電|消息)",
        # (session 32) a forum's ISO stamp under the title: at 2013-07-23T22:29
        rf"^\s*(?:at\s+)?{_NUM_DATE}T{_TIME}\s*$",
        # (session 24) an e-paper's path to the article: 湖州日报/2025 年/1 月/20 日/第 A11 版
        rf"\p{{Han}}(?:报|刊)\s*/\s*{_YEAR} ?年\s*/\s*(?P<m>\d{{1,2}}) ?月\s*/\s*(?P<d>\d{{1,2}}) ?日\s*/",
        # an e-paper's navigation line around the issue's day: 上一篇 2019年8月29日 放大 缩小 默认; (session 25) after
        # its pages' links, the weekday left blank: 上一版3  4下一版 2016年11月19日 星期 放大 缩小 默认
        # (session 36) ... or after the number of the page its link leads to: 上一篇  下一篇 4 2010年8月26日 星期 放大
        rf"(?:上一篇|下一篇|上一期|下一期|上一版|下一版)\s*(?:\d{{1,3}}\s+)?{_FULL_DATE}\s*(?:星期[一二三四五六日天]?\s*)?"
        r"(?:放大|缩小)",
        # (session 25) the day run on into the section's name and the page's count of views: 2020-11-08新闻26
        rf"^{_OPEN}{_NUM_DATE}\p{{Han}}{{2,6}}\d{{0,7}}\s*$",
        # (session 39) the day run on into the paper's name and its section: 2023年11月16日惠州日报惠东新闻
        rf"^{_OPEN}{_FULL_DATE}\p{{Han}}{{1,10}}?(?:日报|晚报|时报|商报|报)\p{{Han}}{{0,8}}\s*$",
        # (session 36) ... or alone with the count after a space: 2016-12-05 2353
        rf"^{_OPEN}{_NUM_DATE}[ \t\u3000]+\d{{1,7}}\s*$",
        # (session 30) an e-paper's issue day and its page alone on a line: 2018年11月19日第01版
        rf"^{_OPEN}{_FULL_DATE}\s*第\s*[A-Z]?\d{{1,3}}\s*版\s*$",
        # (session 38) the day alone on its line with its time in brackets (2010-03-30 (17:24)), or with the page's
        # publisher field left empty after it (2015-08-23   发表:)
        rf"^{_OPEN}{_NUM_DATE}\s*(?:[（(]\s*{_TIME}\s*[)）]|(?:发表|发布)(?:者|人)?\s*[：:])\s*$",
        # (session 43) ... or in square brackets before 发表 with no colon ([2019.11.09] 發表)
        rf"^\s*\[\s*{_NUM_DATE}\s*\]\s*(?:发表|发布)\s*$",
        # (session 43) a headline run on into its day in figures, closing the line: 我区举行重点项目春季开工仪式2021/4/9
        rf"^\s*\p{{Han}}[^\n。！？]{{4,80}}?\p{{Han}}{_NUM_DATE}\s*$",
        # (session 44) a blog's English byline: Written by Jean-CS on 2021-02-26, Posted by admin on 2019/5/3
        rf"^\s*(?i:written|posted|published)\s+(?:(?i:by)\s+[^\n]{{1,40}}?\s+)?(?i:on)\s+{_NUM_DATE}(?:\s+{_TIME})?\s*$",
        # (session 27) the day in brackets after the page's age: admin1年前 (2024-09-28)南昌产业信息38
        rf"\d{{1,3}}\s*(?:年|个月|月|周|星期|天|日|小时|分钟)前\s*[（(]\s*{_FULL_DATE}\s*[）)]",
    )
)
# A portal's banner stamps the day the page was viewed with its weekday on a line of its own (2024年08月15日 星期四),
# an e-paper's site the day's issue the same way (當前報紙日期:2024年04月24日 星期三); a labelled date further down the
# header (發佈時間:2015-01-09, 【發佈日期】2019-10-09) is the article's.
_BANNER_DAY = patterns.compile(
    rf"^\s*(?:{_ISSUE_LABEL}\s*[：:]?\s*)?{_FULL_DATE}\s*(?:星期|礼拜)[一二三四五六日天]\s*$"
)
_LABELLED = patterns.compile(rf"(?:{_LABEL}\s*[：:]|【{_LABEL}】)\s*{_FULL_DATE}")
# A date stamped before the first line's text, even where that line is already the body ("date 2025-12-29 截至…").
_LEADING_DATE = patterns.compile(rf"^\s*(?i:date|{_LABEL})\s*[：:]?\s*{_FULL_DATE}")
# A lead opening on its day and 讯 (2021年6月3日讯，…), or (session 23) on its outlet's 讯 and the full day (亚心网讯
# 2013年10月23日，第十四届西博会…; (session 34) a colon after 讯 and the part of the day after the day: 伊犁招商网讯:2013年5月17日
# 上午，…), or (session 24) on its outlet and day in brackets (【新唐人2013年03月15日讯】), even
# where the line is already the body; (session 33) a space may stand between the outlet and its day (【新唐人亞太台 2022 年
# 08 月 29 日訊】).
_DATED_LEAD = patterns.compile(
    rf"^\s*(?:{_CN_DATE}\s*(?:讯|电|消息)|\p{{Han}}{{1,10}}(?:网|报|台|社)讯[：:]?[ \t\u3000]*{_CN_DATE}{_DAY_PART}?[，,]"
    rf"|[【\[]\p{{Han}}{{1,10}}\s*{_CN_DATE}\s*[讯訊][】\]])"
)
# A page that stamps its year and its day on lines of their own: "2016" / "06/30" / "19:45".
_YEAR_LINE = patterns.compile(rf"^\s*{_YEAR}\s*$")
_MONTH_DAY_LINE = patterns.compile(r"^\s*(?P<m>\d{1,2})[/.-](?P<d>\d{1,2})\s*$")
# A signature date closing a speech or notice: the date alone on one of the last lines.
_SIGNATURE = patterns.compile(rf"^{_OPEN}{_FULL_DATE}{_CLOSE}$")
# An e-paper's record of the article on one of the last lines, opening with its day in figures and then its
# fields (2019-07-29 签约项目总投资681亿元 1 1 中国改革报 content_16572.htm): a sentence opens with 2019年…，.
_FOOTER_STAMP = patterns.compile(rf"^\s*{_NUM_DATE}\s+\S")
# An e-paper's record closing on the issue's day and weekday (浙江日报 要闻 00002 <title> 2021-02-21 22141133 2
# 2021年02月21日 星期日): a day told with its weekday is a stamp, not an event the text tells.
_WEEKDAY_STAMP = patterns.compile(rf"{_FULL_DATE}\s*(?:星期|礼拜)[一二三四五六日天]\s*$")
# In a file name: 20231129, 2023-11-29, 2023_11_29, 2023.11.29 (not inside a longer number).
_FILENAME_DATE = patterns.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)")
# A year a page states as its own: 2017年, 2017丝博会; not a target or a comparison base (到2025年, 至2030年,
# 较2019年, 2025年前, 2025年底前), nor the end of a span of years (1914——1950年), nor an amount or a count
# (签约项目2000亿元, 新增企业2019家, 引进人才2021名: a magnitude or a measure word follows the number).
_AMOUNT_AFTER = r"[亿万千百多余元个家项名人位次户亩吨台套件辆批场]|平方|公[里顷]"
# A year of plans (计划2021年6月建成投产, 预计于2025年竣工, 力争2024年底): when the work is to be done, not the page's year.
_PLAN_BEFORE = r"(?:计划|预计|力争|争取|有望|确保|拟|预期|目标)(?:于|在|到)?"
_STATED_YEAR = patterns.compile(
    rf"(?<![\d.到至较比于自从])(?<!\d[—－~～-]{{1,2}})(?<!{_PLAN_BEFORE}){_YEAR}(?=\s?年|\p{{Han}})(?!\s?年(?:以前|之前|前|[底末]前))"
    rf"(?!\s?(?:{_AMOUNT_AFTER}))"
)
# A bare year opening a clause of figures, a year the page looks back on ("2021年，荆州市新引进…", "据了解，2013年，
# 全州…"): where the page also says 今年 or 去年, its own year is a later one.
# (Not a year of plans: "2022年，我们将…", "2025年，力争…".)
_PAST_YEAR_CLAUSE = patterns.compile(
    rf"(?:^|[。；;！!？?\n]|(?:据了解|据悉|据统计)[，,])\s*{_YEAR}\s?年\s?[，,](?![^。；;，,]{{0,12}}?(?:将|计划|力争|预计|目标|要|争取|确保))"
)
_THIS_YEAR = patterns.compile("今年|去年")
# The year a work report reviews is the year before its own: 一、2024年工作回顾 is said in 2025.
_REVIEWED_YEAR = patterns.compile(rf"{_YEAR}\s?年\s?(?:工作)?回顾")
# A date value as a manifest or page metadata writes it: ISO date or datetime, 2023/11/29, 2023年11月29日.
_VALUE_DATE = patterns.compile(rf"^\s*{_FULL_DATE}")

_HEADER_LINES = 16  # non-empty lines looked at before the body starts (menus and image paths come first)
_FOOTER_LINES = 3
_BODY_LINE_CHARS = 50  # a line this long with a sentence end is the body: the header is over


def date_of(match: regex.Match[str] | None) -> dt.date | None:
    """The calendar date a shape matched, None for no match or an impossible day (2023-02-30)."""
    if match is None:
        return None
    month = match.group("m")
    if month is not None and not month.isdigit():
        month = _EN_MONTHS.index(month[:3].lower()) + 1
    groups = match.groupdict()
    year = groups.get("y") or (f"20{groups['yy']}" if groups.get("yy") else None)  # 19-12-31: a two-digit year
    if year is None:
        return None
    try:
        return dt.date(int(year), int(month), int(match.group("d")))
    except (TypeError, ValueError):
        return None


def parse_date_value(value: str) -> dt.date:
    """A date written as data (2023-11-29, 2023-11-29T10:20:00+08:00, 2023/11/29, 2023年11月29日).

    Raises ValueError when it is none of these or not a real day.
    """
    found = date_of(_VALUE_DATE.match(value))
    if found is None:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}")
    return found


# --- where the text states it ------------------------------------------------------------------


def _head(doc: Doc) -> list[tuple[Span, str]]:
    """The first non-empty lines of the normalised text (at most _HEADER_LINES), with their paragraphs."""
    non_empty = ((p, line) for p in doc.paragraphs if (line := p.slice(doc.norm)).strip())
    return list(itertools.islice(non_empty, _HEADER_LINES))


def _first_lines(doc: Doc) -> tuple[list[str], int]:
    """The first non-empty lines of the normalised text, and how many of them come before the body."""
    return _lines_and_body(_head(doc))


def _lines_and_body(head: list[tuple[Span, str]]) -> tuple[list[str], int]:
    lines = [line for _p, line in head]
    body = next((i for i, line in enumerate(lines) if _is_body_line(line)), len(lines))
    return lines, body


def body_start(doc: Doc) -> int:
    """Where the body of the page starts in the normalised text: its first line long enough to hold sentences
    (above it: menus, the headline, the outlet's and the publication date's lines); 0 when none is near the top."""
    return next((p.start for p, line in _head(doc) if _is_body_line(line)), 0)


_SENTENCE_END = patterns.compile(r"[。!?！？]")


# (session 32) A picture's caption closing on its credit ("…已再次完成任務。(圖片來源:中央社)") is above the body, however long.
_CAPTION_END = patterns.compile(r"[（(](?:图片来源|圖片來源|图源|圖源|图/|圖/)[^（）()\n]{0,20}[)）]\s*$")


def _is_body_line(line: str) -> bool:
    return (
        len(line.strip()) >= _BODY_LINE_CHARS
        and _SENTENCE_END.search(line) is not None
        and _CAPTION_END.search(line) is None
    )


# Every dateline shape holds a four-digit year: a line with none is no dateline, and one scan says so before the
# shapes' dozen (a paragraph of the body is asked, at every paragraph break).
_ANY_YEAR = patterns.compile(r"(?:19|20)\d{2}")


# (session 37) An outlet's name, then the day with its year in two digits and the time: 内蒙古新闻网  19-12-31 10:55.
_SHORT_YEAR_STAMP = patterns.compile(
    rf"(?:网|报|台)[ \t\u3000]+(?P<yy>\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})[ \t\u3000]+{_TIME}"
)


# (session 37) The day a government site archived the page (归档时间:2017-08-03 above 发布时间: 2015-07-29) is no day it was
# published.
_ARCHIVED_RE = patterns.compile(r"归档(?:时间|日期)")


# (session 43) A Taiwanese site's stamp in the Minguo calendar (發布日期:107-03-07, 日期:111/07/14; 民國107年3月7日): year + 1911.
# Labelled, the year has three digits (民国100 is 2011): a two-digit one may be the Gregorian year's last two (19-12-31).
# (session 44) Alone on its line, the stamp has three digits and no label (112-07-14 under a Taiwanese site's name).
_MINGUO_STAMP = patterns.compile(
    rf"(?:{_LABEL}\s*[：:]\s*(?P<my>1[01]\d)|民国\s*(?P<my>1[01]\d|[89]\d)|^\s*(?P<my>1[01]\d)(?=(?P<lsep>[-/.])\d{{1,2}}(?P=lsep)\d{{1,2}}\s*$))"
    rf"(?:(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)|\s*年\s*(?P<m2>\d{{1,2}})\s*月\s*(?P<d2>\d{{1,2}})\s*日)"
)
# (session 43) A speech's day in Chinese numerals on a line of its own under the title, in brackets as work reports write
# it: (二○二二年十二月二十日).
_CN_NUMERAL_DAY_LINE = patterns.compile(
    r"^\s*[（(]?\s*(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日\s*[)）]?\s*$"
)


def _minguo_date(line: str) -> dt.date | None:
    found = _MINGUO_STAMP.search(line)
    if found is None:
        return None
    try:
        month, day = found.group("m") or found.group("m2"), found.group("d") or found.group("d2")
        return dt.date(int(found.group("my")) + MINGUO_OFFSET, int(month), int(day))
    except ValueError:
        return None


def _chinese_numeral_date(line: str) -> dt.date | None:
    found = _CN_NUMERAL_DAY_LINE.match(line)
    if found is None:
        return None
    try:
        year = numerals.cardinal(found.group("y").replace("○", "〇"))
        return dt.date(year, numerals.cardinal(found.group("m")), numerals.cardinal(found.group("d")))
    except ValueError:
        return None


def dateline_date(line: str) -> dt.date | None:
    """The date of a header line shaped as a dateline, else None; (session 32) read past a mirror's pinyin glosses
    (時(shí)間:2014-05-15)."""
    if _ANY_YEAR.search(line) is None:
        return date_of(_SHORT_YEAR_STAMP.search(line)) or _minguo_date(line) or _chinese_numeral_date(line)
    if _ARCHIVED_RE.search(line):
        return None
    line = without_glosses(line)
    for shape in _DATELINES:
        if found := date_of(shape.search(line)):
            return found
    return None


# (session 29) A speech's day after its title and a dash, on the page's first line (2024年通渭县政府工作报告 ——2024年1月21日
# 在通渭县第十九届人民代表大会第四次会议上): read last, where no line of the page dates it, since a page stamps its own
# day (发布日期：2016-01-22; 商洛日报/2024 年/2 月/6 日/第 001 版) on a speech given days before.
_SPEECH_AFTER_TITLE = patterns.compile(
    rf"(?:报告|讲话)\s*[—―\-－─]*\s*{_FULL_DATE}\s*在[^，,。;；!！?？\n]{{2,40}}?(?:会议|大会|会)上"
)
_SPEECH_TITLE_LINES = 3  # (session 30) the title repeated on a later line of the head, the dash left out (OA06's form)


def header_date(doc: Doc) -> dt.date | None:
    """The first dateline above the body of the text; a full date in a sentence is never taken, but one
    stamped before the first line's text is."""
    lines, body = _first_lines(doc)
    found = _first_dateline(lines[:body])
    if found is None and lines:
        found = date_of(_LEADING_DATE.match(lines[0]) or _DATED_LEAD.match(lines[0]))
    if found is None and 0 < body < len(lines):  # (body 0: lines[0], read just above)
        found = date_of(_DATED_LEAD.match(lines[body]))  # the body's first line opening on its dated lead
    return found


def _first_dateline(lines: Sequence[str]) -> dt.date | None:
    for i, line in enumerate(lines):
        if found := dateline_date(line) or _split_date(lines, i):
            if _BANNER_DAY.match(line) and (labelled := _labelled_after(lines[i + 1 :])):
                return labelled
            return found
    return None


def _labelled_after(lines: Sequence[str]) -> dt.date | None:
    return next((found for line in lines if (found := date_of(_LABELLED.search(line)))), None)


def _split_date(lines: Sequence[str], i: int) -> dt.date | None:
    """A year on line i and its month and day on the next ("2016" / "06/30")."""
    year = _YEAR_LINE.match(lines[i])
    month_day = _MONTH_DAY_LINE.match(lines[i + 1]) if year is not None and i + 1 < len(lines) else None
    if year is None or month_day is None:
        return None
    try:
        return dt.date(int(year.group("y")), int(month_day.group("m")), int(month_day.group("d")))
    except ValueError:
        return None


def filename_date(source: str | None) -> dt.date | None:
    if not source or source.startswith("<"):  # <stdin>
        return None
    for match in _FILENAME_DATE.finditer(PurePath(source).name):
        if found := date_of(match):
            return found
    return None


def body_date(doc: Doc) -> dt.date | None:
    """A dateline among the first lines once the body has begun (a notice's date under its opening),
    else a date on one of the last lines (the date under a speech, a page's 发布日期 below the text)."""
    head = _head(doc)
    lines, body = _lines_and_body(head)
    end = report_end(doc.norm)  # (session 29) a date under 相关阅读 is another page's (2023-10-14 11:29:14 …)
    above_the_links = sum(1 for p, _line in head if p.start < end)
    if found := _first_dateline(lines[body:above_the_links]):
        return found
    for p in reversed([p for p in doc.paragraphs if p.start < end][-_FOOTER_LINES:]):
        line = p.slice(doc.norm)
        if (
            found := date_of(_SIGNATURE.search(line))
            or dateline_date(line)
            or date_of(_FOOTER_STAMP.search(line) or _WEEKDAY_STAMP.search(line))
        ):
            return found
    return next(
        (date_of(found) for line in lines[:_SPEECH_TITLE_LINES] if (found := _SPEECH_AFTER_TITLE.search(line))), None
    )


def opening_year(doc: Doc, latest: int | None = None) -> int | None:
    """The year a page without a date tells of as its own: the latest its headline and opening state
    (2017年第二批…, 2024年工作回顾 said in 2025), else the latest the whole text states; None when it states
    none. `latest` bounds it (no year after today's is a page's own)."""
    lines, body = _first_lines(doc)
    latest = latest or dt.date.today().year
    opening = lines[: body + 1]
    years = [int(m.group("y")) for line in opening for m in _STATED_YEAR.finditer(line)]
    years += [int(m.group("y")) + 1 for line in opening for m in _REVIEWED_YEAR.finditer(line)]
    if not any(year <= latest for year in years):
        years = [int(m.group("y")) for m in _STATED_YEAR.finditer(doc.norm)]
    years += [year for year in _years_after_a_review(doc.norm) if year - 1 in years]
    return max((year for year in years if year <= latest), default=None)


def _years_after_a_review(text: str) -> list[int]:
    """ "2021年，荆州市新引进亿元以上项目524个…。今年1月至8月，…": a page that says 今年 (or 去年) and opens a clause
    with a bare year looks back on that year from a later one (the year after it)."""
    if _THIS_YEAR.search(text) is None:
        return []
    return [int(m.group("y")) + 1 for m in _PAST_YEAR_CLAUSE.finditer(text)]


# --- the order of the evidence ------------------------------------------------------------------


def resolve(
    doc: Doc, given: dt.date | None, stated: dt.date | None = None, stated_source: str | None = None
) -> tuple[dt.date | None, ReferenceDateSource, list[str]]:
    """(reference date, its source, warnings) for a document.

    `stated` is a date known from outside the text (a manifest row, the page's HTML), with its
    source (manifest, html_meta or header).
    """
    found, source = _document_date(doc, stated, stated_source)
    if found is None and given is not None:
        return given, "given", []
    if found is None:
        found = body_date(doc)
        return found, ("inferred" if found else "none"), []
    warnings = []
    if given is not None and given != found:
        warnings.append(
            f"reference date: the given {given.isoformat()} is not used; the document states"
            f" {found.isoformat()} ({source})"
        )
    return found, source, warnings


def _document_date(
    doc: Doc, stated: dt.date | None, stated_source: str | None
) -> tuple[dt.date | None, ReferenceDateSource]:
    if stated is not None:
        return stated, stated_source if stated_source in DOCUMENT_SOURCES else "manifest"  # type: ignore[return-value]
    if found := header_date(doc):
        return found, "header"
    if found := filename_date(doc.source):
        return found, "filename"
    return None, "none"


# --- what stays unresolved ----------------------------------------------------------------------

_NAMED_UNRESOLVED = 5


def unresolved_warning(mentions: Sequence[Any], anchored: bool) -> str | None:
    """A warning naming the dates whose year stayed unknown (XXXX), None when there are none."""
    unresolved = [m for m in mentions if m.type == "date" and "XXXX" in m.value.timex]
    if not unresolved:
        return None
    named = ", ".join(f"{m.text} → {m.value.timex}" for m in unresolved[:_NAMED_UNRESOLVED])
    more = f" and {len(unresolved) - _NAMED_UNRESOLVED} more" if len(unresolved) > _NAMED_UNRESOLVED else ""
    why = "" if anchored else "; the document states no date of its own (give a manifest or --reference-date)"
    return f"unresolved year: {named}{more}{why}"
