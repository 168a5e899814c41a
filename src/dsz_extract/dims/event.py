"""event mentions: named conferences, fairs, forums, meetings and signing ceremonies.

Rules:

1. Head: every head of data/lexicon/event_heads.txt (大会, 推介会, 座谈会, 博览会, 论坛, 签约仪式,
   会议 …) ends a candidate; its start is the left edge of the name (`_names`: 举办/召开/参加, 的, 及,
   punctuation), keeping a leading year (2023聊城（上海）重点招商项目推介会) and an edition
   (第二届江北水城双招双引大会). A name in quotes is the quoted phrase, without the quote marks,
   whatever it holds (“中关村企业家与聊城市东昌府区座谈会”).
2. Named or generic, by what stands before the head:
   - a year, an edition, brackets, quotes or any word that is not a topic or form word (a place,
     a body, a theme: 百名浙商助力聊城高质量发展大会, 市委经济工作会议): an event;
   - topic words only (event_generic.txt: 招商, 对接, 政银企, 重点项目集中签约): an event only where
     the text holds that one meeting (召开政银企对接会议), not where it is one of many (先后举办
     线上招商推介会、视频签约等活动; 定期召开…联席会议);
   - form and scope words only, or nothing (event_trivial.txt: 召开座谈会, 专题会议, 全省会议): never.
   A meeting named by its scope and a quoted topic (召开全区“双招双引”动员大会) is named by its quotes.
   The well-known short names (进博会, 广交会) and party congresses (党的二十大) stand alone.
"""

from __future__ import annotations

from typing import Any

import regex

from .. import gazetteer, models, patterns
from ..doc import Doc
from . import _names
from ._gloss import GlossFree, without_glosses
from ._names import Boundaries, Taken, table

_HEAD_ROWS = table("event_heads.txt")
_FLAGS: dict[str, frozenset[str]] = {
    row[0]: frozenset(f for f in (row[1] if len(row) > 1 else "").split(",") if f) for row in _HEAD_ROWS
}
_NOT_AFTER: dict[str, regex.Pattern[str] | None] = {
    row[0]: patterns.compile(row[2]) if len(row) > 2 and row[2] else None for row in _HEAD_ROWS
}
_HEADS = _names.Literals(_FLAGS)
_TRIVIAL = _names.made_of("event_trivial.txt", "event_trivial_strong.txt")
_TOPIC_ONLY = _names.made_of("event_trivial.txt", "event_generic.txt", "event_audiences.txt")
# A ceremony needs more than topic words and the words of a generic project (重大项目集中开工活动).
_CEREMONY_GENERIC = _names.made_of("event_trivial.txt", "event_generic.txt", "project_generic.txt")
_TOPIC_WORDS = patterns.compile(_names.alternation(_names.words("event_generic.txt")))
# An edition or a year opens an event name; a verb after it is inside the name
# (第十一届中国（郑州）产业转移|对接活动暨豫商大会).
_NAME_OPENING = patterns.compile(r"第[0-9一二三四五六七八九十百]+[届次]|[0-9]{4}年?")
# What marks a phrase as the name of one event: a year, an edition, brackets, quotes, a quarter or
# season that opens it (一季度重大项目开复工仪式).
_MARKED = patterns.compile(
    r"[0-9]{4}|第[0-9一二三四五六七八九十百]+[届次期]|^首[届次期]|[（(][^）)]+[）)]|[“‘「『][^”’」』]+[”’」』]"
    r"|^(?:第?[一二三四]季度|[春夏秋冬]季)"
)
# Party congresses and plenums, named by number alone: 党的二十大, 二十届二中全会 and plenums listed under one
# 全会 (十八届三中、四中全会), a province's congress by its number (省第十一次党代会), and the national congress
# without 党的 where its report, spirit or time is meant (十九大报告, 学习贯彻十九大精神).
_CN = "[一二三四五六七八九十]"
_CONGRESS = patterns.compile(
    rf"党的{_CN}+大|{_CN}+届{_CN}+中(?:[、和]{_CN}+中)*全会|(?:[0-9]{{4}}年?)?全国两会"
    rf"|(?:[省市县区]|全国)?第{_CN}+次党代会"
    rf"|(?<![第一二三四五六七八九十])(?:十[五六七八九]|二十)大(?=报告|精神|以来|期间|胜利召开)"
)
# A word every match of _CONGRESS holds: a page holding none is not scanned (its optional year in front
# makes the pattern try every character of the page, as long as the rest of the event pass's scans).
_CONGRESS_WORDS = ("党的", "中全会", "全国两会", "党代会", "大报告", "大精神", "大以来", "大期间", "大胜利召开")
# A bare year (2023, 2023年, 2023年度) begins many event names; it is a date mention but stays in the name.
_BARE_YEAR = patterns.compile(
    r"[0-9]{4}(?:年度?)?(?:第?[一二三四]季度|第[1-4]季|[上下]半年|[春夏秋冬]季)?|第?[一二三四]季度|第[1-4一二三四]季"
)
# Holding one meeting: the verb right before its name.
_THIS_ONE_BEFORE = patterns.compile(r"(?r)此次|本次|这次|本届|该次")
_HELD_BEFORE = patterns.compile(r"(?r)(?:召开|举行|举办|主办|承办|参加|出席|在|于)(?:了|的)?")
# A meeting told held right after its name (全市招商引资工作会议|召开, …推介会|在京举行) is one meeting too.
_HELD_AFTER = patterns.compile(r"(?:隆重|顺利|胜利|正式)?(?:召开|举行|開幕|开幕|召開|舉行)")
# A recurring meeting is a kind of meeting, whatever its name (定期召开帮包专员联席会议); a series
# (先后举办…) is made of events, unless they are named by topic alone (线上招商推介会、视频签约等).
_RECURRING_BEFORE = patterns.compile(r"定期|每[年月周季天]|每季度|常态化|经常|不定期|各[类种種類]")
_SERIES_BEFORE = patterns.compile(r"多次|系列|先后|一系列|多场|[0-9]+场|轮番|分别|分別")
_CLAUSE_START = patterns.compile(r"(?r)[，。；：！？\n]")
# 会见, 会谈 …: a verb starting at the 会 of a head (市长罗云峰会见了…), not a meeting.
_MEETING_VERB = patterns.compile(r"见|谈|晤|商|签(?!约|署|订)|审|诊|聚")  # not 洽谈会|签约
# The scope of a meeting belongs to its name (全区“双招双引”动员大会), though it ends org names.
_SCOPE_BEFORE = patterns.compile(r"(?r)全[国省市区县镇]")

_MIN_STEM = 2
_MAX_NAME = 48


_MONTH_EDITION = patterns.compile(r"(?:[0-9]{4}年)?[0-9]{1,2}月份?")


# A batch's ordinal before a count or a threshold opens the name of the batch's ceremony (2012年第一批|47个
# 重大项目签约开工投产仪式, 2017年第二批|亿元以上重点项目集中开工…仪式): the number stays inside.
_BATCH_ORDINAL_BEFORE = patterns.compile(r"(?r)第[0-9一二三四五六七八九十]+[批期]")


def _over_batch_number(bounds: Boundaries, start: int, taken: Taken, cuts: list[int]) -> int:
    """A word boundary inside the batch's number (亿元以|上) is none: the name opens before the ordinal."""
    m = taken.covering(start - 1, start, "count", "money") or taken.ending_at(start, "count", "money")
    if m is None or not _BATCH_ORDINAL_BEFORE.match(bounds.text, max(0, m.start - 5), m.start):
        return start
    return bounds.left_edge(m.start, cuts=cuts, keep_year=True)


# A ranking ends an organisation's name on its left (世界500强|意大利柯马公司) but is the topic of an event
# (2017中国企业500强高峰论坛, 中国500强企业投资江西重大项目签约仪式).
_RANKING_BEFORE = patterns.compile(r"(?r)(?:[0-9]+|[一二三四五六七八九十百]+)强")


def _over_ranking(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    m = _RANKING_BEFORE.match(bounds.text, max(0, start - 6), start)
    if m is None or _names.is_edge_char(bounds.text, m.start() - 1):
        return start
    return bounds.left_edge(m.start(), cuts=cuts, keep_year=True)


def _cuts(text: str, taken: Taken, lo: int, hi: int) -> list[int]:
    cuts = []
    for end in taken.ends_between(lo, hi):
        m = taken.by_end[end]
        if m.type == "date" and (_BARE_YEAR.fullmatch(text, m.start, m.end) or _quoted_in(text, m)):
            continue
        if m.type in ("count", "money") and _BATCH_ORDINAL_BEFORE.match(text, max(0, m.start - 5), m.start):
            continue
        cuts.append(end)
    return cuts


def _over_month_edition(bounds: Boundaries, start: int, taken: Taken, cuts: list[int]) -> int:
    """A month the name goes on from is the edition of a monthly event (2023年12月|招商引资项目集中签约仪式,
    5月份|集中开工暨签约仪式), not the day it was held: the name takes it in, and the words it follows
    on from too (德州招商引资项目|5月份集中开工暨签约仪式)."""
    m = taken.ending_at(start, "date")
    if m is None or _MONTH_EDITION.fullmatch(bounds.text, m.start, m.end) is None:
        return start
    before = bounds.left_edge(m.start, cuts=cuts, keep_year=True)
    if m.start - before >= _MIN_STEM and bounds.text.endswith(_EDITION_OF, before, m.start):
        return before
    return m.start  # the name opens with it, as with a year (筠连县|2023年12月…签约仪式)


# What a monthly edition follows on from: the projects or the campaign it is a round of.
_EDITION_OF = ("项目", "活动", "工程")


def _over_first_party(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """A meeting of a government with a party is named with both (安徽省与|中央企业深化合作座谈会, 甘肃省与|
    香港贸发局经贸合作交流会): the government and its 与 belong to the name. (Places are read after
    events, so the division is told by its level word.)"""
    if bounds.text[start - 1 : start] not in ("与", "與"):
        return start
    party_start = bounds.left_edge(start - 1, cuts=cuts)
    party = bounds.text[party_start : start - 1]
    return party_start if 2 <= len(party) <= 8 and party.endswith(_DIVISION_ENDS) else start


def _over_joined_topic(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """Two topics joined by 与/和 name one meeting (中国—东盟商务与|投资峰会, 中德经贸与|技术合作论坛): the name
    runs on over the conjunction to the first topic's own start."""
    text = bounds.text
    if text[start - 1 : start] not in ("与", "與", "和") or start - 1 <= 0:
        return start
    before = bounds.left_edge(start - 1, cuts=cuts, keep_year=True)
    if not (2 <= start - 1 - before <= 16) or _TOPIC_ENDING.match(text, before, start - 1) is None:
        return start
    return before


_TOPIC_ENDING = patterns.compile(rf"(?r)(?:{_names.alternation(_names.words('event_generic.txt'))})")

# Two parties joined by a dash name one meeting (黑龙江—广东经贸合作交流会, 广东省商务厅—黑龙江省商务厅对口交流会):
# the dash is no edge when a place or a body stands before it. (Places are read after events: the gazetteer
# or the level word tells the place.)
_DASHES = "—－-"
_MAX_PARTY = 10
_BODY_ENDS = ("厅", "局", "委", "办", "政府", "商会", "协会")


def _a_party(text: str, start: int, end: int) -> bool:
    party = text[start:end]
    if not 2 <= len(party) <= _MAX_PARTY:
        return False
    return party.endswith(_DIVISION_ENDS + _BODY_ENDS) or bool(gazetteer.get().senses(party))


def _over_dashed_party(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    text = bounds.text
    while text[start - 1 : start] in tuple(_DASHES) and start > 1:
        before = bounds.left_edge(start - 1, cuts=cuts, keep_year=True)
        if not _a_party(text, before, start - 1):
            break
        start = before
    return start


# Who meets is the topic of a meeting (民营企业家|峰会, 华侨华人企业家|大会, 外资企业|座谈会), though it ends a name
# standing in apposition (企业家|张某): the name runs on over it.
_AUDIENCES = frozenset(_names.words("event_audiences.txt"))


def _over_audience(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    n = bounds.word_ending(start)
    if not n or bounds.text[start - n : start] not in _AUDIENCES:
        return start
    return bounds.left_edge(start - n, cuts=cuts, keep_year=True)


def _over_place_before_quote(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """A place (and a year) right before a quoted theme opens the name (2023年浙江省“浙商回归”重大项目集中签约
    仪式, 贵州省“十四五”时期…发布会)."""
    text = bounds.text
    if text[start : start + 1] not in _names.OPEN_QUOTES:
        return start
    before = bounds.left_edge(start, cuts=cuts, keep_year=True)
    if before == start or not _a_party(text, before, start):
        return start
    opened = _after_year(bounds, before)
    if opened < before or _NAME_OPENING.match(text, before, start):
        return opened
    # without a year the place is the name's only when a party joined by a dash stands before it
    dashed = _over_dashed_party(bounds, before, cuts)
    return dashed if dashed < before else start


_DIVISION_ENDS = ("省", "市", "县", "縣", "区", "區", "州", "盟", "旗")


def _quoted_in(text: str, m: Any) -> bool:
    """A date in quotes is a topic inside a name (海南“十三五”建设发展辉煌成就新闻发布会), and so is a
    period named by a quoted plan (贵州省“十四五”时期科技创新发展成就新闻发布会)."""
    if text[m.start : m.start + 1] in _names.OPEN_QUOTES:
        return True
    return text[m.start - 1 : m.start] in _names.OPEN_QUOTES and text[m.end : m.end + 1] in _names.CLOSE_QUOTES


def _clause_before(text: str, start: int) -> int:
    brk = _CLAUSE_START.search(text, max(0, start - 30), start)
    return brk.end() if brk else max(0, start - 30)


def _recurring(text: str, start: int) -> bool:
    """A recurring meeting or a kind of one (定期召开…, 各类/各种…活动); the word may straddle the name's edge
    (各|种大型招商推介活动: 各种 is one word the edge cut)."""
    return bool(_RECURRING_BEFORE.search(text, _clause_before(text, start), start + 1))


def _one_of_many(text: str, start: int, end: int) -> bool:
    if text[start - 1 : start] == "、" or text.startswith(("、", "等"), end):
        return True
    return bool(_SERIES_BEFORE.search(text, _clause_before(text, start), start)) or _recurring(text, start)


def _named(text: str, start: int, stem_end: int, end: int, head: str, *, quoted: bool) -> bool:
    if "strong" in _FLAGS[head]:
        return True
    stem = text[start:stem_end]
    if "short" in _FLAGS[head]:
        return bool(stem) and not _TRIVIAL.fullmatch(stem)
    if "marked" in _FLAGS[head]:
        return _marked_campaign(text, start, stem_end, quoted=quoted)
    if stem and _THIS_ONE_BEFORE.match(text, max(0, start - 2), start):
        return True  # 此次招商说明会, 本届菌交会: the one the report tells of, however plainly named
    if len(stem) < _MIN_STEM or _TRIVIAL.fullmatch(stem):
        return False
    if quoted or _MARKED.search(stem):
        return True
    if "ceremony" in _FLAGS[head] and _CEREMONY_GENERIC.fullmatch(stem):
        return False
    if not _TOPIC_ONLY.fullmatch(stem):
        return not _recurring(text, start)
    held = _HELD_BEFORE.match(text, max(0, start - 4), start) or _HELD_AFTER.match(text, end)
    return bool(held) and not _one_of_many(text, start, end)


# A campaign (活动) is one event when quotes or an edition name it (第二期“三个一批”活动, 2023年“百日攻坚”活动),
# not when it is one of many or a kind (各类“招商”活动, 开展系列活动).
_CAMPAIGN_MARK = patterns.compile(r"[“‘「『][^”’」』]{2,}[”’」』]|第[0-9一二三四五六七八九十百]+[届次期]|[0-9]{4}")


# A campaign carried out (开展“项目见效年”活动) or a theme year (“招大引强突破年”活动) is a programme of
# work, not an event held.
_CARRIED_OUT_BEFORE = patterns.compile(r"开展|推进|实施|组织开展")
_THEME_YEAR = patterns.compile(r"年[”’」』]")


def _marked_campaign(text: str, start: int, stem_end: int, *, quoted: bool) -> bool:
    if not _CAMPAIGN_MARK.search(text, start, stem_end) or _one_of_many(text, start, stem_end + 2):
        return False
    if _THEME_YEAR.search(text, start, stem_end):
        return False
    if _CARRIED_OUT_BEFORE.search(text, _clause_before(text, start), start) or text.startswith("开展", stem_end + 2):
        return False
    return not _recurring(text, start)


def _campaign_start(bounds: Boundaries, start: int, stem_end: int, taken: Taken) -> int | None:
    """Where a campaign's name starts: at its first quote, or at the edition, year or quarter right before it
    (泰安市|第二季度“项目签约大比拼”活动, 仅|“民企进延边”活动); None for a tour (“…青岛行”活动), which is
    named without the word 活动."""
    text = bounds.text
    quote = next((i for i in range(start, stem_end) if text[i] in _names.OPEN_QUOTES), None)
    if quote is None:
        return start
    if _TOUR.fullmatch(text, quote, stem_end) is not None:
        return None
    if text[quote - 1 : quote] == "暨":
        # a ceremony held as a round of the campaign (2024年第二批重大项目集中开工暨“三个一批”活动): one name
        joined = _name_start(bounds, quote - 1, quote - 1, taken)
        if quote - 1 - joined >= _MIN_STEM and _NAME_OPENING.match(text, joined, quote):
            return joined
    topic = _CAMPAIGN_TOPIC.match(text, max(start, quote - 8), quote)
    at = topic.start() if topic is not None else quote
    year = _YEAR_OPENING.match(text, max(start, at - _YEAR_REACH), at)
    return year.start() if year is not None else quote


_CAMPAIGN_TOPIC = patterns.compile(r"(?r)(?:招商引资|重大|重点|产业|招商)项目")  # 二季度|招商引资项目|“三集中”活动
_YEAR_REACH = 10  # 2024年第一季度


def _over_topic_words(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """Event names hold topic verbs (…产业转移对接活动暨豫商大会): a topic word is no edge."""
    text = bounds.text
    for _ in range(3):
        n = bounds.word_ending(start)
        if not n or not _TOPIC_WORDS.fullmatch(text, start - n, start) or _names.is_edge_char(text, start - n - 1):
            return start
        start = bounds.left_edge(start - n, cuts=cuts, keep_year=True)
    return start


def _from_opening(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """Start at an edition or year left of a cut made by a general verb (…产业转移|对接活动…)."""
    text = bounds.text
    if start not in bounds.verb_ends:
        return start
    run = _names.run_start(text, start)
    opening = _NAME_OPENING.search(text, run, start)
    if opening is None or bounds.ends_between(opening.start(), start) != [start]:
        return start
    return bounds.left_edge(opening.start(), cuts=cuts, keep_year=True)


_YEAR_BEFORE = patterns.compile(
    r"(?r)(?:[0-9]{4}(?:年度?)?|(?<![0-9])1[0-2][0-9]年)?(?:第?[一二三四]季度|第[1-4]季|[上下]半年)|[0-9]{4}(?:年度?)?|第[0-9一二三四五六七八九十百]+[届次]"
)


def _after_year(bounds: Boundaries, start: int) -> int:
    """A year, quarter or edition right before the scope opens the name (第二季度|全省重大项目…开工活动,
    第二届|全国技能大赛)."""
    m = _YEAR_BEFORE.match(bounds.text, max(0, start - 9), start)
    return m.start() if m is not None and not bounds.text[m.start() - 1 : m.start()].isdigit() else start


def _over_first_edition(bounds: Boundaries, start: int) -> int:
    """首次 ends names as an adverb (首次|签约), but before a ceremony's topic it is the edition (2022年度|首次|外资
    项目集中签约仪式): the name opens with it, or with the year right before it."""
    if bounds.text[max(0, start - 2) : start] not in ("首次", "首届", "首期"):
        return start
    return _after_year(bounds, start - 2)


_OCCASIONS_BEFORE = patterns.compile(r"(?r)(?<!第)(?:[0-9]+|[一二三四五六七八九十百两几多]+)余?[场次期][“「]?")
# A year or an edition right before the quote opens the name (第十二期“三个一批”项目集中签约仪式).
_YEAR_OPENING = patterns.compile(
    r"(?r)(?:[0-9]{4}(?:年度?)?|(?<![0-9])1[0-2][0-9]年)?(?:第?[一二三四]季度|第[1-4]季|[上下]半年)|[0-9]{4}(?:年度?)?|第[0-9一二三四五六七八九十百]+[届次期]"
)


def _before_quote(text: str, start: int, stem_end: int) -> int:
    """A quote the name closes opens before the cut (2024年“走进|粤港澳”招商推介活动): the name starts
    at the quote, or at the year right before it."""
    close = max(text.rfind(q, start, stem_end) for q in _names.CLOSE_QUOTES)
    if close < 0 or any(q in text[start:close] for q in _names.OPEN_QUOTES):
        return start
    open_at = max(text.rfind(q, max(0, start - 16), start) for q in _names.OPEN_QUOTES)
    if open_at < 0 or any(c in text[open_at:start] for c in "，。；！？\n" + _names.CLOSE_QUOTES):
        return start
    year = _YEAR_OPENING.match(text, max(0, open_at - 6), open_at)
    return year.start() if year is not None else open_at


# A quoted theme right before the meeting's words (第5届南博会“绿色能源、绿色食品”推介会暨…签约仪式): its list
# commas are no edge, and a fair or year before it opens the name.
_QUOTED_THEME = patterns.compile(r"(?r)[“「][^“”「」，。；！？\n]{2,30}[”」]")


def _over_quoted_theme(text: str, start: int) -> int:
    if text[start - 1 : start] not in ("”", "」"):
        return start
    m = _QUOTED_THEME.match(text, max(0, start - 32), start)
    if m is None:
        return start
    year = _YEAR_OPENING.match(text, max(0, m.start() - 6), m.start())
    return year.start() if year is not None else m.start()


# A fair's short name is the one character of its place or trade before the head (丝博会, 兰洽会, 菌交会; 江阴|经洽会
# with the place's two), after its edition (第二十六届兰洽会, 首届东博会, 第一至第六届中博会); a year, a place or other
# words before it are no part of it (2004年|首届东博会, 江西南昌|第十一届中博会, 招商引资和|丝博会, 距离|丝博会).
_FAIR_EDITION = patterns.compile(
    r"(?r)(?:第[0-9一二三四五六七八九十百]+[至到—－-])?(?:第[0-9一二三四五六七八九十百]+|首)[届屆]"
)
_SHORT_CORE = {"经洽会": 2}
_TITLE_MARKS = patterns.compile(r"[·•（()）]")


def _short_fair_start(text: str, start: int, stem_end: int, head: str) -> int:
    """Where a fair's short name starts; a well-known one (进博会, 东博会: a strong head) is all its head."""
    core = max(start, stem_end - (0 if "strong" in _FLAGS[head] else _SHORT_CORE.get(head, 1)))
    if _TITLE_MARKS.search(text, start, core):
        return start  # a title written out (2024中国·贵阳数博会, 第十三届海峡两岸（厦门）文博会) keeps its words
    if text[core - 1 : core] in _names.OPEN_QUOTES:
        return core
    edition = _FAIR_EDITION.match(text, max(0, core - 12), core)  # over 至, an edge elsewhere (第一至第六届)
    if edition is not None:
        return edition.start()
    return core


def _name_start(bounds: Boundaries, stem_end: int, end: int, taken: Taken) -> int:
    """Where an unquoted name ending in a head at `stem_end` starts."""
    text = bounds.text
    cuts = _cuts(text, taken, stem_end - _MAX_NAME, stem_end)
    start = bounds.left_edge(stem_end, cuts=cuts, keep_year=True)
    start = _over_topic_words(bounds, start, cuts)
    start = _over_batch_number(bounds, start, taken, cuts)
    start = _over_ranking(bounds, start, cuts)
    start = _over_month_edition(bounds, start, taken, cuts)
    start = _over_first_party(bounds, start, cuts)
    start = _over_joined_topic(bounds, start, cuts)
    start = _over_dashed_party(bounds, start, cuts)
    start = _over_audience(bounds, start, cuts)
    start = _from_opening(bounds, start, cuts)
    start = _over_first_edition(bounds, start)
    start = _before_quote(text, start, stem_end)
    start = _over_quoted_theme(text, start)
    start = _over_place_before_quote(bounds, start, cuts)
    scope = _SCOPE_BEFORE.match(text, max(0, start - 2), start)
    if scope is not None:
        start = _after_year(bounds, scope.start())
    start, _ = _names.strip_quotes(text, start, end)
    return _names.past_leading_noise(text, start, stem_end)


def _candidate(bounds: Boundaries, stem_end: int, end: int, taken: Taken) -> tuple[int, int] | None:
    text = bounds.text
    head = text[stem_end:end]
    not_after = _NOT_AFTER[head]
    if (not_after is not None and not_after.match(text, end)) or _names.in_book_title(text, stem_end):
        return None
    if head.endswith("会") and _MEETING_VERB.match(text, end):
        return None
    inside = _names.quoted(text, _names.run_start(text, stem_end), end)
    start = inside[0] if inside is not None else _name_start(bounds, stem_end, end, taken)
    if end - start > _MAX_NAME or not _named(text, start, stem_end, end, head, quoted=inside is not None):
        return None
    if "short" in _FLAGS[head] or "strong" in _FLAGS[head]:
        start = _short_fair_start(text, start, stem_end, head)
    if "marked" in _FLAGS[head]:
        campaign = _campaign_start(bounds, start, stem_end, taken)
        if campaign is None:
            return None
        start = campaign
    if _OCCASIONS_BEFORE.match(text, max(0, start - 8), start):
        return None  # 举办300余场“…”校地对接活动: a count of occasions makes a kind of event
    if _SITE_LINK.match(text, max(0, start - 3), start):
        return None  # 进入复兴论坛 | 来源: a link of the site's page furniture, no event
    if "strong" in _FLAGS[head] and _TRIVIAL.fullmatch(text[start:stem_end] or "会"):
        return stem_end, end
    return start, end


_SITE_LINK = patterns.compile(r"(?r)进入\s*")


# The leg of a touring event in brackets right after its name (…推介会暨合作项目签约仪式（长三角地区）, …专题调度会
# （黔西南州专场）, …推介会（北京站）) belongs to the name.
_LEG = patterns.compile(r"[（(][^（）()，。、；：,;:\n“”]{1,12}?(?:专场|地区|片区|分会场|站)[）)]")


def _over_leg(text: str, end: int) -> int:
    leg = _LEG.match(text, end)
    return leg.end() if leg is not None else end


_JOIN_GAP = patterns.compile(r"暨[^，。；：！？、,;:!?\n]{0,24}")


def _joined(text: str, end: int, start: int) -> bool:
    return start >= end + 1 and _JOIN_GAP.fullmatch(text, end, start) is not None


# A second name after 暨 ends in a ceremony's or meeting's word no head reads alone (…活动暨…聘任仪式): one event.
_JOIN_TAIL = patterns.compile(
    rf"暨[^，。；：！？、,;:!?\n]{{1,24}}?(?:{_names.alternation((*_FLAGS, '仪式', '典礼', '小组会'))})"
)


def _over_joined_tail(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for i, (start, end) in enumerate(found):
        tail = _JOIN_TAIL.match(text, end)
        if tail is not None and (i + 1 == len(found) or tail.end() <= found[i + 1][0]):
            end = tail.end()
        out.append((start, end))
    return out


def _candidates(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for stem_end, end in _HEADS.every(bounds.text):
        cand = _candidate(bounds, stem_end, end, taken)
        if cand is None:
            continue
        cand = (cand[0], _over_leg(bounds.text, cand[1]))
        if found and _joined(bounds.text, found[-1][1], cand[0]):
            # 全球人才高峰会|暨|香港人才服务周: one event held under both names, the second may hold
            # a boundary word (…博览会暨中国东西部合作与|投资贸易洽谈会).
            found[-1] = (found[-1][0], cand[1])
            continue
        if found and cand[0] == found[-1][1] and bounds.text[cand[0] : cand[0] + 1] in _names.OPEN_QUOTES:
            # 第5届南博会|“…”推介会: a fair and the meeting held at it under a quoted theme are one name
            found[-1] = (found[-1][0], cand[1])
            continue
        if found and cand[0] < found[-1][1]:
            # 第三届儒商大会聊城市…合作推介会: the later, longer head takes the earlier one in.
            if cand[1] - cand[0] > found[-1][1] - found[-1][0]:
                found[-1] = (min(cand[0], found[-1][0]), cand[1])
            continue
        found.append(cand)
    found = _over_joined_tail(bounds.text, found)
    if any(word in bounds.text for word in _CONGRESS_WORDS):
        found += [m.span() for m in _CONGRESS.finditer(bounds.text)]
    held = _names.Covered(found)
    found += [span for span in _tours(bounds.text) if not held.overlaps(*span) and not taken.overlapping(*span)]
    held = _names.Covered(found)
    found += [span for span in _quoted_fairs(bounds.text) if not held.overlaps(*span) and not taken.overlapping(*span)]
    held = _names.Covered(found)
    found += [
        span for span in _short_forms(bounds.text, found) if not held.overlaps(*span) and not taken.overlapping(*span)
    ]
    return sorted(found)


# A short form an event is given where it is first named (…投资贸易洽谈周（以下简称“沪洽周”）,
# 第一至第六届中博会 以下简称“九会”): every later use of it names the same event.
_SHORT_FORM = patterns.compile(r"\s?[（(]?(?:以下|下文)?简称(?:为)?[:：]?[“「]([^“”「」，。、；\n]{2,10})[”」]")


def _short_forms(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = []
    for _start, end in found:
        m = _SHORT_FORM.match(text, end)
        if m is None:
            continue
        short = m.group(1)
        at = text.find(short)
        while at >= 0:
            spans.append((at, at + len(short)))
            at = text.find(short, at + len(short))
    return spans


# A campaign of visits named in quotes (“百所高校千名博士青岛行”, “院士安徽行”): the quoted name, with an
# edition before it taken in quotes and all (第十届“…青岛行”).
_TOUR = patterns.compile(
    r"(?P<edition>第[0-9一二三四五六七八九十百]+[届次])?[“「](?P<name>[^“”「」，。、\n]{2,20}行)[”」]"
)


def _tours(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) if m.group("edition") else m.span("name") for m in _TOUR.finditer(text)]


# A fair or festival a page names by a short form in quotes (“华创会”, “沪洽周”期间, “雪顿节”, “中企联年会”): the
# quotes mark a name, and the form word of a fair (洽会, 博会, 交会, 创会, 洽周, 年会) or a festival (节) ends it;
# a holiday (“春节”) is no event, nor a body ending in 会 (商会, 协会: no fair word before 会).
_QUOTED_FAIR = patterns.compile(
    r"(?<=[“「])(?P<name>\p{Han}{1,4}(?:[洽博交创]会|洽周|年会)|\p{Han}{1,3}(?<!春|中秋|国庆|端午|元宵|清明|重阳|一)节)(?=[”」])"
)


# A match opens right after an opening quote and holds none, so it is tried only there (scanning the page
# with the pattern itself tried it at every character).
_OPENING_QUOTE = patterns.compile(r"[“「]")


def _quoted_fairs(text: str) -> list[tuple[int, int]]:
    found = (_QUOTED_FAIR.match(text, quote.end()) for quote in _OPENING_QUOTE.finditer(text))
    return [m.span("name") for m in found if m is not None]


def find(doc: Doc) -> list[Any]:
    """The rules on the page, or on its view without pinyin glosses where it has them (開復(fù)工儀式)."""
    view = GlossFree.of(doc.norm)
    if view is None:
        found = _candidates(_names.boundaries(doc), Taken(doc.mentions))
    else:
        view_found = _candidates(Boundaries(view.text), Taken(view.mentions_in_view(doc.mentions)))
        found = [view.to_original(s, e) for s, e in view_found]
    return [
        doc.make("event", s, e, models.EventValue(name=without_glosses(_names.verbatim(doc, s, e)))) for s, e in found
    ]
