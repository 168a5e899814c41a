"""Where an event's name starts (rules of dims/event.py kept apart): the left edge of `_names` over what event
names hold that ends other names: topic words and theme verbs (…产业转移|对接活动, 承接|产业转移…洽谈会), a batch's number
(2012年第一批|47个…仪式), a ranking (中国企业500强|高峰论坛), a month edition (2023年12月|招商引资项目集中签约仪式), the
parties of a meeting (安徽省与|中央企业…座谈会, 黑龙江—|广东…交流会), its audience (民营企业家|峰会), a year or edition
before a quote, a scope (全区|“双招双引”动员大会; not before a quoted campaign: 全市|“招商引资年”活动新闻发布会), quoted themes, and a host in brackets after 中国 (2012中国(宁夏)|引进…洽谈会)."""

from __future__ import annotations

from typing import Any

from .. import gazetteer, patterns
from . import _names
from ._names import Boundaries, Taken

MIN_STEM = 2
MAX_NAME = 48


_TOPIC_WORDS = patterns.compile(_names.alternation(_names.words("event_generic.txt")))


# An edition or a year opens an event name; a verb after it is inside the name
# (第十一届中国（郑州）产业转移|对接活动暨豫商大会).
NAME_OPENING = patterns.compile(r"第[0-9一二三四五六七八九十百]+[届次]|[0-9]{4}年?")


# A bare year (2023, 2023年, 2023年度) begins many event names; it is a date mention but stays in the name.
_BARE_YEAR = patterns.compile(
    r"[0-9]{4}(?:年度?)?(?:第?[一二三四]季度|第[1-4]季|[上下]半年|[春夏秋冬]季)?|第?[一二三四]季度|第[1-4一二三四]季"
)


# The scope of a meeting belongs to its name (全省招商引资暨优化营商环境大会, 全区“双招双引”动员大会), though it ends
# org names; before a quoted campaign (a year, month or tour of work, or quotes followed by 活动/行动) it is the
# campaign's, and the meeting held on it is named from the quotes (全市|“招商引资年”活动新闻发布会, 全省|“三个一批”
# 活动视频会议, 全市|“升级招商活动月”总结暨…动员大会).
_SCOPE_BEFORE = patterns.compile(r"(?r)全[国省市区县镇]")


def _over_owner_before_year(bounds: Boundaries, start: int, scope_start: int, cuts: list[int]) -> int:
    """The place that owns a yearly meeting of its scope opens the name with the year (拉萨市|2014年|全市招商引资
    工作会议, 梧州市2017年全市投资促进百日攻坚会), as it does a year's batch (泌阳县2017年第二批…仪式)."""
    if start == scope_start:
        return start
    before = bounds.left_edge(start, cuts=[c for c in cuts if c <= start])
    owner = bounds.text[before:start]
    return before if 2 <= len(owner) <= 8 and owner.endswith(_DIVISION_ENDS) else start


_SCOPE_AT = patterns.compile(r"全[国省市区县镇州旗盟]")


def _past_campaign_scope(text: str, start: int) -> int:
    """A scope the name opens with before a quoted campaign (全州|“民企进州”活动启动仪式) is the campaign's."""
    m = _SCOPE_AT.match(text, start)
    return m.end() if m is not None and _QUOTED_CAMPAIGN.match(text, m.end()) is not None else start


_QUOTED_CAMPAIGN = patterns.compile(
    r"[“‘「『][^“”‘’「」『』]{1,20}(?:[年月行]|活动月)[”’」』]|[“‘「『][^“”‘’「」『』]{1,20}[”’」』](?:活动|行动|活動|行動)"
)


_MONTH_EDITION = patterns.compile(r"(?:[0-9]{4}年)?[0-9]{1,2}月份?")


# A batch's ordinal before a count or a threshold opens the name of the batch's ceremony (2012年第一批|47个
# 重大项目签约开工投产仪式, 2017年第二批|亿元以上重点项目集中开工…仪式): the number stays inside.
_BATCH_ORDINAL_BEFORE = patterns.compile(r"(?r)第[0-9一二三四五六七八九十]+[批期]|首[批期]")  # 2020年首批|208个…仪式


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
    if m.start - before >= MIN_STEM and bounds.text.endswith(_EDITION_OF, before, m.start):
        return before
    if _place_opens(bounds.text, m.end):
        return start  # 自2006年3月|山西省对外开放大会召开后: a month before a place is when it was held
    return m.start  # the name opens with it, as with a year (筠连县|2023年12月…签约仪式)


_THAT_DAY = ("当天", "当日", "當天", "當日")
_PLACE_WORD = patterns.compile(r"\p{Han}{1,6}?[省市县縣]")


def _place_opens(text: str, at: int) -> bool:
    m = _PLACE_WORD.match(text, at)
    return m is not None and bool(gazetteer.get().senses(m.group()))


# What a monthly edition follows on from: the projects or the campaign it is a round of.
_EDITION_OF = ("项目", "活动", "工程")


# A committee's or a leading group's plenary is named with the body (人才发展委员会|2025年度首次平常全体会议, 招商
# 引资工作领导小组|2024年第一次会议): the year is the sitting's, the body's name opens the event's.
_BODY_BEFORE_YEAR = patterns.compile(r"(?r)(?:委员会|委員會|领导小组|領導小組|理事会|理事會)")
_SITTING_YEAR = patterns.compile(r"[0-9]{4}(?:年度?)?")


def _over_body_before_year(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    text = bounds.text
    if _SITTING_YEAR.match(text, start) is None:
        return start
    body = _BODY_BEFORE_YEAR.match(text, max(0, start - 4), start)
    if body is None:
        return start
    before = bounds.left_edge(body.start(), cuts=[c for c in cuts if c <= body.start()])
    return before if body.start() - before >= MIN_STEM else start


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
    if text[start - 1 : start] == "、":
        # 2025年上海杨浦重大项目签约、|重大工程推进会暨…仪式: a year opening the first part shows one name
        first = _YEAR_OPENED.match(text, max(0, start - 1 - 16), start - 1)
        return first.start() if first is not None and _names.is_edge_char(text, first.start() - 1) else start
    if text[start - 1 : start] not in ("与", "與", "和", "及") or start - 1 <= 0:
        return start
    if _OWN_EDITION.match(text, start):
        return start  # 各项决策部署和|县十五届人大一次会议: a name its own edition opens is a name of its own
    before = bounds.left_edge(start - 1, cuts=cuts, keep_year=True)
    if not (2 <= start - 1 - before <= 16):
        return start
    if text[start - 1] == "及":
        # 第十三届亚洲物流航运及|空运会议: an edition or a year opening the first part shows one name
        return before if _EDITION_OPENING.match(text, before, start - 1) else start
    if _TOPIC_ENDING.match(text, before, start - 1) is not None:
        return before
    # two trades joined before 产业 (大健康和|文旅产业重点项目集中开工大会, 数字经济与|先进制造产业推介会)
    return before if start - 1 - before <= 6 and _TRADE_AFTER.match(text, start) is not None else start


_OWN_EDITION = patterns.compile(
    r"[省市县縣区區州旗]?第?[0-9一二三四五六七八九十百]+屆|[省市县縣区區州旗]?第?[0-9一二三四五六七八九十百]+届"
)


_TRADE_AFTER = patterns.compile(r"\p{Han}{1,4}(?:产业|行业|產業|行業)")


_YEAR_OPENED = patterns.compile(r"(?r)(?<![0-9])[0-9]{4}年?\p{Han}{4,12}")
_EDITION_OPENING = patterns.compile(r"(?:[0-9]{4}年?|第[0-9一二三四五六七八九十百]+届|首届)\p{Han}{2}")


_TOPIC_ENDING = patterns.compile(rf"(?r)(?:{_names.alternation(_names.words('event_generic.txt'))})")


# Two parties joined by a dash name one meeting (黑龙江—广东经贸合作交流会, 广东省商务厅—黑龙江省商务厅对口交流会):
# the dash is no edge when a place or a body stands before it. (Places are read after events: the gazetteer
# or the level word tells the place.)
_DASHES = "—－-"


_MAX_PARTY = 10


_BODY_ENDS = ("厅", "局", "委", "办", "政府", "商会", "协会")


_LEADING_YEAR = patterns.compile(r"[0-9]{4}(?:年度?)?")


def _a_party(text: str, start: int, end: int) -> bool:
    year = _LEADING_YEAR.match(
        text, start, end
    )  # 2024中国（福建）—东盟…论坛: the year opens the name, the party follows
    party = text[year.end() if year is not None else start : end]
    if not 2 <= len(party) <= _MAX_PARTY:
        return False
    if party.endswith(_DIVISION_ENDS + _BODY_ENDS) or bool(gazetteer.get().senses(party)):
        return True
    # a country with its province in brackets (中国（广西）—东盟投资合作论坛, 中国(四川)—东盟…)
    core = _BRACKETED.sub("", party)
    return core != party and len(core) >= 2 and bool(gazetteer.get().senses(core))


_BRACKETED = patterns.compile(r"[（(][^（）()]{1,8}[）)]")


def _over_dashed_party(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    text = bounds.text
    while text[start - 1 : start] in tuple(_DASHES) and start > 1:
        theme = _QUOTED_THEME.match(text, max(0, start - 33), start - 1)
        if theme is not None:  # “投资新疆”—产业合作推介对接暨签约活动: a quoted theme before the dash heads the name
            year = YEAR_OPENING.match(text, max(0, theme.start() - _YEAR_AND_EDITION), theme.start())
            return year.start() if year is not None else theme.start()
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
    if opened < before or NAME_OPENING.match(text, before, start):
        return opened
    # without a year the place is the name's only when a party joined by a dash stands before it
    dashed = _over_dashed_party(bounds, before, cuts)
    return dashed if dashed < before else start


# The host a fair names in brackets after 中国 opens its name (2012中国(宁夏)|引进海内外高层次人才合作洽谈会,
# 第五届中国(青海)|引进…洽谈会, 中国(湖南)|承接产业转移对接会): a verb of bringing in after it is the fair's
# topic, not the name's edge; a year or an edition before it is the name's too.
_BRACKETED_HOST = patterns.compile(r"中国[（(](?P<place>\p{Han}{2,4})[）)]")
_HOST_GAP = 12


def _over_bracketed_host(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    text = bounds.text
    host = None
    for m in _BRACKETED_HOST.finditer(text, max(0, start - _HOST_GAP - 10), start):
        host = m
    if host is None or start - host.end() > _HOST_GAP or not gazetteer.get().senses(host.group("place")):
        return start
    if any(_names.is_edge_char(text, i) for i in range(host.end(), start)):
        return start
    if any(host.end() < c < start for c in cuts):
        return start
    return _after_year(bounds, host.start())


_DIVISION_ENDS = ("省", "市", "县", "縣", "区", "區", "州", "盟", "旗")


def _quoted_in(text: str, m: Any) -> bool:
    """A date in quotes is a topic inside a name (海南“十三五”建设发展辉煌成就新闻发布会), and so is a
    period named by a quoted plan (贵州省“十四五”时期科技创新发展成就新闻发布会)."""
    if text[m.start : m.start + 1] in _names.OPEN_QUOTES:
        return True
    return text[m.start - 1 : m.start] in _names.OPEN_QUOTES and text[m.end : m.end + 1] in _names.CLOSE_QUOTES


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
    opening = NAME_OPENING.search(text, run, start)
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


def _over_year_inside(bounds: Boundaries, start: int) -> int:
    """年内 ("within the year") is no edge before 蒙古 (2024年内蒙古自治区…开工仪式): the name opens with 内蒙古 and the
    year before it."""
    text = bounds.text
    if start == 0 or text[start - 1] != "内" or not text.startswith("蒙古", start):
        return start
    return _after_year(bounds, start - 1)


def _over_first_edition(bounds: Boundaries, start: int) -> int:
    """首次 ends names as an adverb (首次|签约), but before a ceremony's topic it is the edition (2022年度|首次|外资
    项目集中签约仪式): the name opens with it, or with the year right before it."""
    if bounds.text[max(0, start - 2) : start] not in ("首次", "首届", "首期"):
        return start
    return _after_year(bounds, start - 2)


# A year or an edition right before the quote opens the name (第十二期“三个一批”项目集中签约仪式), both when the
# year dates the edition (2024年第三次“三个一批”活动).
YEAR_OPENING = patterns.compile(
    r"(?r)(?:[0-9]{4}(?:年度?)?|(?<![0-9])1[0-2][0-9]年)?(?:第?[一二三四]季度|第[1-4]季|[上下]半年)|(?:[0-9]{4}(?:年度?)?)?第[0-9一二三四五六七八九十百]+[届次期]|[0-9]{4}(?:年度?)?"
)


# A meeting named by a quoted campaign and a verb of what it does (“项目建设攻坚年”推进|大会, “中国光彩事业临夏行”活动
# 筹备|启动会): the verb cut the name down to its head; it runs on over the verb to the close quote.
_VERB_AFTER_QUOTE = patterns.compile(r"(?r)[”」](?:活动|活動)?\p{Han}{2}")


def _over_verb_after_quote(text: str, start: int, stem_end: int) -> int:
    if start != stem_end:
        return start
    m = _VERB_AFTER_QUOTE.match(text, max(0, start - 5), start)
    return m.start() + 1 if m is not None else start


_YEAR_AND_EDITION = 12  # 2024年第十二期


def _before_quote(text: str, start: int, stem_end: int) -> int:
    """A quote the name closes opens before the cut (2024年“走进|粤港澳”招商推介活动): the name starts
    at the quote, or at the year right before it."""
    close = max(text.rfind(q, start, stem_end) for q in _names.CLOSE_QUOTES)
    if close < 0 or any(q in text[start:close] for q in _names.OPEN_QUOTES):
        return start
    open_at = max(text.rfind(q, max(0, start - 16), start) for q in _names.OPEN_QUOTES)
    if open_at < 0 or any(c in text[open_at:start] for c in "，。；！？\n" + _names.CLOSE_QUOTES):
        return start
    year = YEAR_OPENING.match(text, max(0, open_at - _YEAR_AND_EDITION), open_at)
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
    year = YEAR_OPENING.match(text, max(0, m.start() - _YEAR_AND_EDITION), m.start())
    return year.start() if year is not None else m.start()


_THEMES = patterns.compile(_names.alternation(_names.words("event_themes.txt")))
_THEME_REACH = 8


def _over_theme_phrase(text: str, start: int) -> int:
    """A start inside a campaign's theme phrase (扩大有|效投资…仪式: 有 ends names) moves to the phrase's start."""
    for m in _THEMES.finditer(text, max(0, start - _THEME_REACH), start + _THEME_REACH):
        if m.start() < start < m.end():
            return m.start()
    return start


# 开幕 / 闭幕 end names as verbs, but 开幕式 / 闭幕式 is a noun: a name never opens at its 式 (举办了|年会开幕式暨
# 黑龙江…大会, 博览会开幕式暨重点项目签约仪式); it opens before the opening or closing words.
_CEREMONY_NOUN_BEFORE = ("开幕", "闭幕", "開幕", "閉幕")


def _over_ceremony_noun(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    if bounds.text[start : start + 1] != "式" or bounds.text[start - 2 : start] not in _CEREMONY_NOUN_BEFORE:
        return start
    before = bounds.left_edge(start - 2, cuts=[c for c in cuts if c <= start - 2], keep_year=True)
    return before if start - 2 - before >= MIN_STEM else start


def name_start(bounds: Boundaries, stem_end: int, end: int, taken: Taken) -> int:
    """Where an unquoted name ending in a head at `stem_end` starts."""
    text = bounds.text
    cuts = _cuts(text, taken, stem_end - MAX_NAME, stem_end)
    start = bounds.left_edge(stem_end, cuts=cuts, keep_year=True)
    start = _over_year_inside(bounds, start)
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
    start = _over_body_before_year(bounds, start, cuts)
    start = _before_quote(text, start, stem_end)
    start = _over_quoted_theme(text, _over_verb_after_quote(text, start, stem_end))
    start = _over_place_before_quote(bounds, start, cuts)
    start = _over_bracketed_host(bounds, start, cuts)
    start = _over_theme_phrase(text, start)
    scope = _SCOPE_BEFORE.match(text, max(0, start - 2), start)
    if scope is not None and _QUOTED_CAMPAIGN.match(text, start) is None:
        start = _over_owner_before_year(bounds, _after_year(bounds, scope.start()), scope.start(), cuts)
    start = _past_campaign_scope(text, start)
    start = _over_ceremony_noun(bounds, start, cuts)
    if text.startswith(_THAT_DAY, start) and stem_end - start - 2 >= MIN_STEM:
        start += 2  # 当天|招商引资大会上: the day points at the meeting, no part of its name
    start, _ = _names.strip_quotes(text, start, end)
    return _names.past_leading_noise(text, start, stem_end)
