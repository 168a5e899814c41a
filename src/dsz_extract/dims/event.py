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
   A meeting named by its scope and a quoted topic (召开全区“双招双引”动员大会) is named by its quotes (the scope stays out).
   The well-known short names (进博会, 广交会) and party congresses (党的二十大) stand alone.
   A ceremony named by its projects' kind alone (招商重点项目集中签约仪式) is one where it is held right there.
Where a name starts past the words that end other names (topic verbs, parties, editions): dims/_event_starts.py.
"""

from __future__ import annotations

from typing import Any

import regex

from .. import models, patterns
from ..doc import Doc
from . import _names
from ._event_starts import MAX_NAME, MIN_STEM, NAME_OPENING, YEAR_OPENING, name_start
from ._event_tours import TOUR, bare_tours, tours
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
# Holding one meeting: the verb right before its name.
_THIS_ONE_BEFORE = patterns.compile(r"(?r)此次|本次|这次|本届|该次|当天|当日")  # 当天招商引资大会上: that day's
_HELD_BEFORE = patterns.compile(r"(?r)(?:召开|举行|举办|主办|承办|参加|出席|在|于)(?:了|的)?")
# A meeting told held right after its name (全市招商引资工作会议|召开, …推介会|在京举行) is one meeting too.
# held with its venue between (全省招商引资大会|在济南召开): the venue is where, the meeting the one held
_HELD_AT_AFTER = patterns.compile(
    r"(?:[在于][^，。；！？、,;\n]{1,16}?)?(?:隆重|顺利|胜利|正式)?(?:召开|举行|開幕|开幕|召開|舉行)"
)
# A recurring meeting is a kind of meeting, whatever its name (定期召开帮包专员联席会议); a series
# (先后举办…) is made of events, unless they are named by topic alone (线上招商推介会、视频签约等).
_RECURRING_BEFORE = patterns.compile(r"定期|每[年月周季天]|每季度|常态化|经常|不定期|各[类种種類]")
_SERIES_BEFORE = patterns.compile(r"多次|系列|先后|一系列|多场|[0-9]+场|轮番|分别|分別")
_CLAUSE_START = patterns.compile(r"(?r)[，。；：！？\n]")
# 会见, 会谈 …: a verb starting at the 会 of a head (市长罗云峰会见了…), not a meeting.
_MEETING_VERB = patterns.compile(r"见|谈|晤|商|签(?!约|署|订)|审|诊|聚")  # not 洽谈会|签约


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


# (session 29) Attending as a non-voting member or a guest.
_ATTENDING = ("列席", "出席")


def _named(text: str, start: int, stem_end: int, end: int, head: str, *, quoted: bool) -> bool:
    if "strong" in _FLAGS[head]:
        return True
    stem = text[start:stem_end]
    if "short" in _FLAGS[head]:
        return bool(stem) and not _TRIVIAL.fullmatch(stem)
    if "marked" in _FLAGS[head]:
        return _marked_campaign(text, start, stem_end, quoted=quoted)
    if stem and _THIS_ONE_BEFORE.match(text, max(0, start - 2), start) and not _stage_only(text, start, stem_end, head):
        return True  # 此次招商说明会, 本届菌交会: the one the report tells of, however plainly named
    if len(stem) < MIN_STEM or _TRIVIAL.fullmatch(stem) or _SITTING_ONLY.fullmatch(stem):
        return False
    if stem.endswith(_ATTENDING):
        return False  # 请…其他列席会议的同志提出意见, 出席会议并讲话: a role at the meeting, no event's name
    if _stage_only(text, start, stem_end, head):
        return False  # 参加揭牌签约仪式, 主持揭牌签约活动: a ceremony named by its stages alone is none
    if head == "发布会" and _PRESS_HOST_ONLY.fullmatch(stem):
        return False  # 从市政府新闻办新闻发布会上获悉, 8月新闻发布会: a press office's routine briefing
    if quoted or _MARKED.search(stem):
        return True
    if "ceremony" in _FLAGS[head] and _CEREMONY_GENERIC.fullmatch(stem):
        return _held_ceremony(text, start, stem_end, end)
    if not _TOPIC_ONLY.fullmatch(stem):
        return not _recurring(text, start)
    held = _HELD_BEFORE.match(text, max(0, start - 4), start) or _HELD_AT_AFTER.match(text, end)
    return bool(held) and not _one_of_many(text, start, end)


# A sitting named by its number alone (常委会召开|第45次会议, 第三次全体会议) is a body's routine meeting, no event.
_SITTING_ONLY = patterns.compile(r"(?:本届|本年度|今年)?第[0-9一二三四五六七八九十百]+次(?:常务|全体|专题|主任)?")


# A ceremony told by the kind of its projects alone (招商重点项目集中签约仪式, 外资大项目集中签约仪式) is the one
# event the report tells of where it is held right there (举行…, …在X举行), not one of many; one named only by its
# stage (集中签约仪式, 项目开工仪式) is never a name.
_CEREMONY_BARE = patterns.compile(
    r"(?:本次|此次|这次|该次|当天|当日|现场|线上|线下|网上|视频|云|集中|项目|签约|签订|开工|开复工|开竣工|竣工|投产"
    r"|揭牌|奠基|启动|和|暨|、|及)*"
)
_MEETING_ACTIVITIES = ("推介活动", "对接活动", "洽谈活动")
_COUNTED_BEFORE = patterns.compile(r"(?r)[0-9一二三四五六七八九十百两]+[个项家批]")
_HELD_RIGHT_BEFORE = patterns.compile(r"(?r)(?:举行|举办|召开)了?")
_HELD_THERE_AFTER = patterns.compile(r"(?:[在于][^，。；！？、\n]{1,16}?)?(?:隆重|顺利|正式)?(?:举行|举办|召开)")


# A press briefing named by its host office or its month alone (市政府新闻办新闻发布会, 天津开发区8月新闻发布会) is the
# office's routine, no event; one named by its topic or year is (…发展成果新闻发布会).
_PRESS_HOST_ONLY = patterns.compile(
    r"(?:\p{Han}{0,12}?(?:新闻办公室|新闻办|新聞辦|政府|办公室|辦公室))?(?:[0-9]{1,2}月份?|例行|定期)?(?:新闻|新聞)?"
)


def _stage_only(text: str, start: int, stem_end: int, head: str) -> bool:
    """A ceremony named by its stage alone (本次|集中开工活动, 此次|集中签约仪式) stays none when pointed at: the
    stage is what was done, the event is the one the page named."""
    return "ceremony" in _FLAGS[head] and _CEREMONY_BARE.fullmatch(text, start, stem_end) is not None


def _held_ceremony(text: str, start: int, stem_end: int, end: int) -> bool:
    if text[stem_end:end] in _MEETING_ACTIVITIES:
        return False  # 举办招商推介活动: topic words before a meeting's activity name a kind of work
    if _CEREMONY_BARE.fullmatch(text, start, stem_end) or _one_of_many(text, start, end):
        return False
    if _COUNTED_BEFORE.match(text, max(0, start - 6), start):
        return False  # …等28个|重大项目集中开工仪式: the projects listed before are what it is told of
    return bool(_HELD_RIGHT_BEFORE.match(text, max(0, start - 3), start) or _HELD_THERE_AFTER.match(text, end))


# The scope before a ceremony named by its projects' kind (全县|重点项目集中开工仪式) is the place it is held for, a
# place mention of its own (the figures told at the ceremony are the county's), not part of the name.
_SCOPE = patterns.compile(r"全[国省市区县州镇旗]|[我本该][省市区县州镇旗]")


def _past_scope(text: str, start: int, stem_end: int) -> int:
    m = _SCOPE.match(text, start, stem_end)
    return m.end() if m is not None and stem_end - m.end() >= MIN_STEM else start


# ... and so is one before the year that dates a ceremony (全县|2020年第一季度项目集中签约仪式).
_SCOPE_BEFORE_YEAR = patterns.compile(r"(?:全[国省市区县州镇旗]|[我本该][省市区县州镇旗])(?=[0-9]{4}年)")


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


_EDITION_ONLY = patterns.compile(r"第[0-9一二三四五六七八九十百]+[期届屆次]")
_CLOSES = ("”", "」", '"')


def _campaign_start(bounds: Boundaries, start: int, stem_end: int, taken: Taken) -> int | None:
    """Where a campaign's name starts: at its first quote, or at the edition, year or quarter right before it
    (泰安市|第二季度“项目签约大比拼”活动, 仅|“民企进延边”活动); None for a tour (“…青岛行”活动), which is
    named without the word 活动."""
    text = bounds.text
    quote = next((i for i in range(start, stem_end) if text[i] in _names.OPEN_QUOTES), None)
    if quote is None:
        return start
    if TOUR.fullmatch(text, quote, stem_end) is not None:
        return None
    tour = TOUR.match(text, quote)
    if tour is not None and _EDITION_ONLY.fullmatch(text, tour.end(), stem_end):
        return None  # “百名博士甘肃行”第二期活动: the tour is the event, its edition no name of its own
    if text[quote - 1 : quote] == "暨":
        # a ceremony held as a round of the campaign (2024年第二批重大项目集中开工暨“三个一批”活动): one name
        joined = name_start(bounds, quote - 1, quote - 1, taken)
        if quote - 1 - joined >= MIN_STEM and NAME_OPENING.match(text, joined, quote):
            return joined
    # the topic and the year must touch the quote, so they may be read before a name the quote opens
    lo = min(start, _clause_before(text, quote))
    topic = _CAMPAIGN_TOPIC.match(text, max(lo, quote - 8), quote)
    at = topic.start() if topic is not None else quote
    year = YEAR_OPENING.match(text, max(lo, at - _YEAR_REACH), at)
    return year.start() if year is not None else quote


# 二季度|招商引资项目|“三集中”活动, 一季度|招商引资重点项目|“云签约”活动
_CAMPAIGN_TOPIC = patterns.compile(r"(?r)(?:招商引资)?(?:重大|重点|产业|招商)项目|招商引资项目")
_YEAR_REACH = 10  # 2024年第一季度


_OCCASIONS_BEFORE = patterns.compile(r"(?r)(?<!第)(?:[0-9]+|[一二三四五六七八九十百两几多]+)余?[场次期][“「]?")


# A fair's short name is the one character of its place or trade before the head (丝博会, 兰洽会, 菌交会; 江阴|经洽会
# with the place's two), after its edition (第二十六届兰洽会, 首届东博会, 第一至第六届中博会); a year, a place or other
# words before it are no part of it (2004年|首届东博会, 江西南昌|第十一届中博会, 招商引资和|丝博会, 距离|丝博会).
_FAIR_EDITION = patterns.compile(
    r"(?r)(?:第[0-9一二三四五六七八九十百]+[至到—－-])?(?:第[0-9一二三四五六七八九十百]+|首)[届屆]"
    r"|(?<![0-9])[0-9]{4}(?:年度?)?"  # a year dates the edition as 第N届 does (2024年“创疆来·…招商推介会”)
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


def _candidate(bounds: Boundaries, stem_end: int, end: int, taken: Taken) -> tuple[int, int] | None:
    text = bounds.text
    head = text[stem_end:end]
    not_after = _NOT_AFTER[head]
    if (not_after is not None and not_after.match(text, end)) or _names.in_book_title(text, stem_end):
        return None
    if head.endswith("会") and _MEETING_VERB.match(text, end):
        return None
    inside = _names.quoted(text, _names.run_start(text, stem_end), end)
    start = inside[0] if inside is not None else name_start(bounds, stem_end, end, taken)
    if end - start > MAX_NAME or not _named(text, start, stem_end, end, head, quoted=inside is not None):
        return None
    if inside is None and _after_listed_projects(text, start, stem_end, head):
        return None
    if "ceremony" in _FLAGS[head] and _CEREMONY_GENERIC.fullmatch(text, start, stem_end):
        start = _past_scope(text, start, stem_end)
    elif "ceremony" in _FLAGS[head] and (scope := _SCOPE_BEFORE_YEAR.match(text, start, stem_end)):
        start = scope.end()
    if _ROUTINE_MEETING.search(text, start, stem_end) and head == "会议":
        return None  # 市政府召开第32次常务会议: a body's routine sitting, numbered, is no named event
    if "short" in _FLAGS[head] or "strong" in _FLAGS[head]:
        start = _short_fair_start(text, start, stem_end, head)
    if (
        "marked" in _FLAGS[head]
        and _EDITION_ONLY.fullmatch(text, start, stem_end)
        and text[start - 1 : start] in _CLOSES
    ):
        return None  # “…万人行”|第三期活动: an edition of the campaign quoted before, no name of its own
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
    if inside is not None and (edition := _EDITION_BEFORE_QUOTE.match(text, max(0, start - 12), start - 1)):
        return edition.start(), end + 1  # 第十八届“中国农加工洽谈会”: the edition and the quotes are the name
    return start, end


# A ceremony told after a 、 list of projects (A项目、B项目集中开工仪式) is the ceremony of those projects: the item
# before its stage words is the list's last project, not the start of an event's name; the ceremony so named by
# its stage alone is none.
_PROJECT_WORD = patterns.compile(r"项目|工程")
_ITEM_START = patterns.compile(r"(?r)[、，。；：！？\n]")
_CLASS_ITEM = patterns.compile(r"等|类")


def _after_listed_projects(text: str, start: int, stem_end: int, head: str) -> bool:
    if text[start - 1 : start] != "、" or "ceremony" not in _FLAGS[head]:
        return False
    last = max(_PROJECT_WORD.finditer(text, start, stem_end), key=lambda m: m.start(), default=None)
    if last is None or _CEREMONY_GENERIC.fullmatch(text, start, last.start()):
        return False  # 重大项目签约、重大工程|开工仪式: kinds of projects, not a list of named ones
    brk = _ITEM_START.search(text, max(0, start - 40), start - 1)
    if _CLASS_ITEM.search(text, brk.end() if brk else max(0, start - 40), start - 1):
        return False  # 交通水利等基础设施施工项目、…项目集中开工仪式: a list of kinds, the ceremony of them all
    return _CEREMONY_BARE.fullmatch(text, last.end(), stem_end) is not None


# The numbered sitting of a body's standing meeting (第32次常务会议, 2022第4次常务会议); a committee's plenary
# (…委员会2024年度第一次全体会议) is one named.
_ROUTINE_MEETING = patterns.compile(r"第[0-9一二三四五六七八九十百]+次(?:常务|党组|常委|主任|办公)$")


# An edition right before a quoted name (第十八届“中国农加工洽谈会”, 第八屆「一帶一路高峰論壇」, 第一至第三届“能博会”).
_EDITION_BEFORE_QUOTE = patterns.compile(
    r"(?r)(?:第[0-9一二三四五六七八九十百]+[至到—－-])?(?:第[0-9一二三四五六七八九十百]+|首)[届屆]"
    r"|(?<![0-9])[0-9]{4}(?:年度?)?"  # a year dates the edition as 第N届 does (2024年“创疆来·…招商推介会”)
)


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
# So does one ending in a meeting's 会 or a signing (…推介会暨场景资源链接会, …座谈会暨…推介及项目签约) where the clause
# ends or the event is told held right after it.
_JOIN_END = r"(?=[，。；：！？、,;:!?\n]|$|在|于|举行|召开|举办|开幕|舉行|開幕)"
_JOIN_TAIL = patterns.compile(
    rf"暨[^，。；：！？、,;:!?\n]{{1,24}}?(?:{_names.alternation((*_FLAGS, '仪式', '典礼', '小组会'))}"
    rf"|\p{{Han}}{{2}}会{_JOIN_END}|(?:项目|集中)签约{_JOIN_END})"
)


# A second meeting after 及 told held with the first (“2014百名海外博士重庆行”启动仪式及推介会|在西南大学举行): one
# event held under both names; a list item (开幕式及招商推介会) is none, the first part being no event.
_AND_TAIL = patterns.compile(
    rf"[及和与](?:{_names.alternation(h for h in _FLAGS if _FLAGS[h] & {'again'} or h.endswith('会'))})"
    r"(?=在|于|[举舉]行|召开|召開|隆重|顺利|正式)"
)


def _over_joined_tail(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for i, (start, end) in enumerate(found):
        tail = _JOIN_TAIL.match(text, end) or _AND_TAIL.match(text, end)
        if tail is not None and (i + 1 == len(found) or tail.end() <= found[i + 1][0]):
            end = tail.end()
        out.append((start, end))
    return out


# 活动 after a name that is already an event's (“招商重点项目网络签约会”活动, 2023湖北人才周活动) or a tour's
# (“民企进延边”活动) is the word for what was held, no part of the name: the name is what the quotes hold, or what
# stands before 活动. A slogan in quotes (第二季度“项目签约大比拼”活动) keeps it: 活动 is its head.
_ACTIVITY = "活动"
_NAMED_INSIDE = patterns.compile(
    rf"(?:{_names.alternation(h for h in _FLAGS if not h.endswith(_ACTIVITY))}|仪式|典礼|周|节|行)$"
)
_TOUR_INSIDE = patterns.compile(r"[^进]{2,8}进\p{Han}{2,4}$")  # “民企进延边”: who goes where, in quotes only


def _without_activity_word(text: str, start: int, end: int) -> tuple[int, int]:
    if not text.endswith(_ACTIVITY, start, end):
        return start, end
    inner_end = end - len(_ACTIVITY)
    if text[inner_end - 1 : inner_end] in _names.CLOSE_QUOTES:
        opening = max(text.rfind(q, start, inner_end - 1) for q in _names.OPEN_QUOTES)
        inside = (opening + 1, inner_end - 1)
        if opening >= start and (_NAMED_INSIDE.search(text, *inside) or _TOUR_INSIDE.match(text, *inside)):
            return opening + 1, inner_end - 1
        return start, end
    if _NAMED_INSIDE.search(text, start, inner_end) and not text.endswith("系列", start, inner_end):
        return start, inner_end
    return start, end


def _candidates(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for stem_end, end in _HEADS.every(bounds.text):
        cand = _candidate(bounds, stem_end, end, taken) or _told_again(bounds.text, stem_end, end, found)
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
    found = [_without_activity_word(bounds.text, s, e) for s, e in found]
    if any(word in bounds.text for word in _CONGRESS_WORDS):
        found += [m.span() for m in _CONGRESS.finditer(bounds.text)]
    held = _names.Covered(found)
    found += [span for span in tours(bounds.text) if not held.overlaps(*span) and not taken.overlapping(*span)]
    held = _names.Covered(found)
    found += [span for span in bare_tours(bounds) if not held.overlaps(*span) and not taken.overlapping(*span)]
    held = _names.Covered(found)
    found += [span for span in _quoted_fairs(bounds.text) if not held.overlaps(*span) and not taken.overlapping(*span)]
    held = _names.Covered(found)
    found += [span for span in _shows(bounds) if not held.overlaps(*span) and not _holds_other_than_years(taken, *span)]
    held = _names.Covered(found)
    found += [
        span for span in _short_forms(bounds.text, found) if not held.overlaps(*span) and not taken.overlapping(*span)
    ]
    held = _names.Covered(found)
    found += [span for span in _held_signings(bounds.text) if not held.overlaps(*span)]
    return sorted(found)


# A signing held right there and named by whose projects or which round they are, with no ceremony word
# (西藏自治区在拉萨举行援藏干部招商引资项目集中签约，…; 重庆举行一季度招商引资重点项目“云签约”): an event; one named by
# the projects' kind alone (举行重点项目集中签约) is the stage told, none.
_HELD_SIGNING = patterns.compile(
    r"(?:举行|举办|舉行|舉辦)了?(?P<name>[^，。；：、,;:“”\n]{2,20}?(?:集中签约|集中簽約|“云签约”|“雲簽約”))(?=[，。；,\n]|$)"
)
_SIGNING_WORDS = patterns.compile(r"集中签约|集中簽約|“云签约”|“雲簽約”")


def _held_signings(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _HELD_SIGNING.finditer(text):
        owner = _SIGNING_WORDS.sub("", m.group("name"))
        if not _CEREMONY_GENERIC.fullmatch(owner) and not _CEREMONY_BARE.fullmatch(owner):
            spans.append(m.span("name"))
    return spans


# A fair or meeting the page tells again by its head alone: pointed at (此次推介会, 本届博览会, 本次大会) it is
# the one the report tells of; at it (在推介会上, 出席推介会, 大会上，) it is the one the page named before with
# that head (…招商推介会 … 在推介会上). Ceremonies, sittings and 会议 told bare are no event (出席签约仪式).
_POINTED_BEFORE = patterns.compile(r"(?r)此次|本次|这次|本届|该次|此届")
_AT_BEFORE = patterns.compile(r"(?r)(?:^|[，。；：！？\n])|(?:在|出席|参加|参与)")
_AT_AFTER = patterns.compile(r"上|期间|现场|开幕|闭幕|[。，；]")


def _told_again(text: str, stem_end: int, end: int, found: list[tuple[int, int]]) -> tuple[int, int] | None:
    head = text[stem_end:end]
    if "again" not in _FLAGS[head] or _names.in_book_title(text, stem_end):
        return None
    not_after = _NOT_AFTER[head]
    if not_after is not None and not_after.match(text, end):
        return None
    if _POINTED_BEFORE.match(text, max(0, stem_end - 2), stem_end):
        return stem_end, end
    named_before = any(e <= stem_end and text.endswith(head, s, e) for s, e in found)
    at = _AT_BEFORE.match(text, max(0, stem_end - 2), stem_end)
    if named_before and at is not None and _AT_AFTER.match(text, end):
        return stem_end, end
    return None


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


# A fair or festival a page names by a short form in quotes (“华创会”, “沪洽周”期间, “雪顿节”, “中企联年会”): the
# quotes mark a name, and the form word of a fair (洽会, 博会, 交会, 创会, 洽周, 年会) or a festival (节) ends it;
# a holiday (“春节”) is no event, nor a body ending in 会 (商会, 协会: no fair word before 会).
_QUOTED_FAIR = patterns.compile(
    r"(?<=[“「])(?P<name>\p{Han}{1,4}(?:[洽博交创]会|洽周|年会)|\p{Han}{1,3}(?<!春|中秋|国庆|端午|元宵|清明|重阳|一)节)(?=[”」])"
)


# A trade show named with 展 alone (台灣國際半導體展, 「2024澳門國際品牌連鎖加盟展」): an international one, or one in
# quotes; 展 opening a word (展览, 展会, 展示, 展开, 展期) is no show's end.
_SHOW_END = patterns.compile(
    r"(?<=国际\p{Han}{1,10}|[0-9]{4}\p{Han}{2,14})(?<!会)展(?![览会馆厅示开出位品区期台商销望现板架位中])"
)
_QUOTED_SHOW = patterns.compile(r"(?<=[“「])(?P<name>[^“”「」，。、；\n]{3,30}展)(?=[”」])")


def _shows(bounds: Boundaries) -> list[tuple[int, int]]:
    text = bounds.text
    spans = [m.span("name") for m in _QUOTED_SHOW.finditer(text)]
    for m in _SHOW_END.finditer(text):
        start = bounds.left_edge(m.start(), keep_year=True)
        if m.start() - start >= MIN_STEM and "国际" in text[start : m.start()]:
            spans.append((start, m.end()))
    return spans


def _holds_other_than_years(taken: Taken, start: int, end: int) -> bool:
    """A mention other than a bare year inside the span (a show's name opens with its year: 2024年香港國際創科展)."""
    if not taken.overlapping(start, end):
        return False
    inside = [m for m in taken.mentions if m.start < end and m.end > start]
    return any(m.type != "date" or not _YEAR_ONLY.fullmatch(m.text) for m in inside)


_YEAR_ONLY = patterns.compile(r"[0-9]{4}年?")


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
