"""Media outlets named by a page's furniture: the source line, the dateline, the reporter's byline.

Real pages carry their outlet where no org suffix marks it (来源:大江网, 【天山网】讯, 长城网5月18日讯,
中新网乌鲁木齐3月1日电, 大河客户端记者 某某, 据《上海证券报》报道), and in its copyright and
reprint notes (版权所有:中国产业经济信息网, 版权均属重庆日报所有, 注明来源“X”, 不代表微天津立场).
The first crumb of a breadcrumb (某某网 > 要闻, 当前位置:某某网 >>) is the site; a photo's credit names its agency;
a name on its own line before the site's address (某某门户网站 www.…) or in the link to its home page (返回某某首页)
is the site whatever it ends in; so is an app in 《》 (《某某头条》APP) and a reprint's source (转授权自某某新闻). A photo
credit in brackets ((某某社 张三摄)) and a line opening with an outlet and a colon (某某金融客户端:) name theirs.
An outlet is read there when it ends in a media word (网 社 报 台 在线 客户端 新闻 …), or anywhere
when it is a brand of data/lexicon/media_outlets.txt.
Spans are in the normalised (simplified) text.
"""

from __future__ import annotations

import functools

import regex

from .. import gazetteer, patterns
from ._names import Literals, alternation, words

_OUTLETS = words("media_outlets.txt")
# A brand is not the start of a longer word (中国网|络, 新华网|点), nor a 报 the start of a verb (记者王明|报道
# holds 明报 but names no outlet).
_BRAND = patterns.compile(
    rf"(?<![A-Za-z])(?:{alternation(_OUTLETS)})(?:App|APP|客户端)?(?![络站点民友上页址格店购吧联红速])"
    r"(?!(?<=报)[道告名送表批价销])"
)
# Where an outlet's name starts: the only places _BRAND can match (found by an automaton; the pattern
# itself tries every character of the page).
_OUTLET_STARTS = Literals(_OUTLETS)

# What an outlet's name ends in; the name is a short run of Han or Latin before it.
_MEDIA_END = r"(?:网|社|报|台|在线|客户端|新闻|App|APP)"
# At least one character before the media word: 台海网 is no outlet called 台.
_OUTLET = rf"[\p{{Han}}A-Za-z]{{1,10}}?{_MEDIA_END}"
# A source line may also be a bracketed note at a paragraph's end ((来源:中国经济网)), or follow the
# page's date and time on one line (2023-05-06 10:12 来源:扬子晚报网).
_LINE_START = r"(?:^|(?<=[\n【】|｜（( \t\u3000“\"]))[ \t\u3000]*"

# 来源: X (the outlet named by the source line; it runs to a space, a dash or the next byline word).
_SOURCE = patterns.compile(
    rf"{_LINE_START}(?:本文|信息|稿件|文章|新闻|消息)?(?:来源|稿源|转自|出处)[ \t\u3000]*[:：/／][ \t\u3000]*"
    r"(?P<name>[\p{Han}A-Za-z0-9·]{2,16}?(?:[-—]\p{Han}{2,8}?频道)?)(?:(?<=[网报台])官网)?"
    r"(?=[ \t\u3000\n\-—|｜）)”\"】]|编辑|作者|责编|发布|时间|记者|$)",
    regex.M,
)
# A source line run on from the page's time with no space between (16:45:00来源: 某某日报网) names
# an outlet in Han (not an internal code: 15:00:10来源:SRC-13).
_SOURCE_AFTER_TIME = patterns.compile(
    r"(?<=[0-9])(?:信息|稿件|文章|新闻|消息)?(?:来源|稿源)[ \t\u3000]*[:：][ \t\u3000]*"
    r"(?P<name>\p{Han}[\p{Han}A-Za-z0-9·]{1,15}?)"
    r"(?=[ \t\u3000\n\-—|｜）)]|编辑|作者|责编|记者|$)",
    regex.M,
)
# 【天山网】讯, 长城网5月18日讯, 中新网乌鲁木齐3月1日电, 【【香港商报网】讯】, and an outlet's local
# station (红网某某站8月2日讯); a broadcaster's dateline ends in 消息 after its date (央广网天津2月22日消息).
_DATELINE = patterns.compile(
    rf"{_LINE_START}【*(?P<name>{_OUTLET}(?:\p{{Han}}{{2,4}}?站)?)】*[ \t\u3000]*"
    r"(?:(?:\p{Han}{2,6}?)?(?:[0-9]{1,2}月[0-9]{1,2}日[ \t\u3000]*(?:讯|电|专讯)|[ \t\u3000]*(?:讯|专讯)|[0-9]{1,2}月[0-9]{1,2}日消息)"
    # 电 after a city needs its date (新华社北京3月1日电): a sentence opening on a firm that builds in a
    # city reads 电 as the first character of its trade (鴻海集團宣布在台中市投資設立電動車…)
    r"|[ \t\u3000]*电)",
    regex.M,
)
# A dateline needs no line start before its reporter's note (…西江都市报讯(记者 某某)), and a bracketed
# one with its year names its outlet whatever its name ends in (【某某时报2016年06月21日讯】).
_DATELINE_ANYWHERE = patterns.compile(
    rf"(?<![\p{{Han}}A-Za-z])(?P<name>{_OUTLET})讯[ \t\u3000]*[（(][ \t\u3000]*(?:记者|通讯员)"
    r"|【(?P<name>[\p{Han}A-Za-z]{2,8}?)[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日(?:讯|电)】"
)
# 大河客户端记者 某某, 四川在线记者 某某 (after a line start, a space or ·).
_REPORTER = patterns.compile(rf"(?:^|(?<=[\n ·\u3000（(【。，,]))(?P<name>{_OUTLET})[ \u3000]?(?:记者|通讯员)", regex.M)
# 石榴云/新疆日报记者 某某: an outlet before the one of the byline, joined by a slash, whatever it ends in.
_SLASHED_PAIR = patterns.compile(
    rf"(?:^|(?<=[\n \u3000（(【]))(?P<name>[\p{{Han}}A-Za-z]{{2,8}}?)[/／]{_OUTLET}(?:记者|通讯员)", regex.M
)
# 大河报·大河客户端记者 某某: an outlet before the one of the byline, joined by ·.
_PAIRED = patterns.compile(rf"(?:^|(?<=[\n \u3000（(【。]))(?P<name>{_OUTLET})·{_OUTLET}(?:记者|通讯员)", regex.M)
# 齐鲁晚报·齐鲁壹点记者 某某: the outlet after the dot is the paper's app or site, whatever it ends in.
_PAIRED_SECOND = patterns.compile(
    rf"(?:^|(?<=[\n \u3000（(【。])){_OUTLET}·(?P<name>\p{{Han}}{{2,6}}?)(?:记者|通讯员)", regex.M
)
# 据《上海证券报》报道, 据《经济日报》消息: a newspaper cited in 《》.
_CITED = patterns.compile(
    r"据《(?P<name>[\p{Han}A-Za-z]{2,12}?(?:报|刊|杂志|周刊|网))》(?=报道|消息|称|披露|援引)"
    r"|据(?P<name>[\p{Han}A-Za-z]{2,12}?(?:网|报|社|台))(?=报道|消息)"
)
# The stations of a dateline's byline, each before its reporter (…讯(济南台 张三 历下台 李四)).
_STATIONS = patterns.compile(
    r"(?<=讯[（(](?:[^（()）\n]{0,30}?[ \u3000])?)(?P<name>\p{Han}{1,6}?(?:台|网|报|站))[ \u3000]+"
    r"(?=\p{Han}{2,3}[ \u3000）)])"
)
# A bracketed byline opening with the station before the reporter's name ((某某广电某某站/张三 编辑/李四)).
_SLASHED = patterns.compile(
    r"(?<=[（(])(?P<name>\p{Han}{1,12}?(?:站|台|网|报|社|新闻))[/／](?=\p{Han}{2,3}(?:[ \u3000/／）)]|编辑|$))", regex.M
)
# A photo's credit names its agency ((某某社资料照), 某某社图片 closing a caption).
_CREDIT = patterns.compile(
    r"[（(](?P<name>\p{Han}{2,6}?)(?:资料照片?|资料图)[）)]"
    rf"|(?<=[。\n \u3000])(?P<name>{_OUTLET})(?:图片|供图)(?=[ \t\u3000]*(?:\n|$))",
    regex.M,
)
# A report closing with its outlet in brackets (…主持签约仪式。(中国企业报)): the source, named bare.
_CLOSING_NOTE = patterns.compile(
    rf"(?<=[。！？!?][ \t\u3000]*)[（(](?P<name>{_OUTLET})[）)](?=[ \t\u3000]*(?:\n|$))", regex.M
)
# The first crumb of the page's breadcrumb is the site (某某新闻网 > 本地 > 社会; 某某日报|官网 > 要闻: the outlet
# is the paper, 官网 its site; 某某网泉州频道 > 时政: a channel keeps its outlet's name), and
# so is the name heading the line of the page's time (某某信息网   时间:2023-05-06, 某某网 发布于 2014).
_CRUMB = patterns.compile(
    r"^[ \t\u3000]*(?:(?:当前|您的|你的|您现在的|您所在的|你所在的)位置[:：][ \t\u3000]*)?"
    r"【*(?P<name>[\p{Han}A-Za-z]{1,12}?(?:网|报|在线)(?:\p{Han}{2,4}?频道)?)】*(?:官网|官方网站)?"
    r"(?:[ \t\u3000]*(?:>|›|»|-+>)|[ \t\u3000]+(?:发布)?(?:时间|日期)[:：]|[ \t\u3000]*发布于)",
    regex.M,
)
# The page's copyright and reprint notes name its outlet: 版权所有:中国产业经济信息网, 版权均属重庆日报所有,
# 注明来源“中国产业经济信息网”, 不代表微天津立场, 本文为工业园网用户自行上传.
_NOTE_OUTLET = rf"[\p{{Han}}A-Za-z]{{1,14}}?{_MEDIA_END}"
_COPYRIGHT = patterns.compile(
    rf"版权所有[ \t\u3000]*[:：]?[ \t\u3000]*(?P<name>{_NOTE_OUTLET})(?:(?![\p{{Han}}A-Za-z])|(?=\p{{Han}}?ICP))"
    rf"|版权(?:均)?(?:归|属于?)(?P<name>{_NOTE_OUTLET})所有"
    rf"|(?:^|(?<=[\n \t\u3000©|｜]))(?P<name>{_NOTE_OUTLET})[ \t\u3000]*版权所有"
    rf"|注明(?:来源|出处)[:：]?[“\"「](?P<name>{_NOTE_OUTLET})[”\"」]"
    rf"|注明(?:来源|出处)[:：]?(?P<name>{_NOTE_OUTLET})(?=的|稿件|作品|字样|和|及|并)"
    # 来源署名为重庆日报稿件, 均为黔东南信息港合法拥有版权, copyright@澳门平台
    rf"|来源署名为(?P<name>{_NOTE_OUTLET})(?=的|稿件|作品)"
    r"|[均皆]为(?P<name>[\p{Han}A-Za-z]{2,10}?)(?:合法)?(?:拥有|享有)版权"
    r"|(?i:copyright)[ \t\u3000]*(?:@|©|\(c\))[ \t\u3000]*(?:[0-9]{4}(?:-[0-9]{4})?[ \t\u3000]*)?"
    r"(?P<name>[\p{Han}A-Za-z]{2,12}?)(?=[ \t\u3000]*(?:\n|$|[|｜,，.。]|版权|All))",
    regex.M,
)
# 立场 is an outlet's word: before it any short name is the outlet (不代表微天津立场).
_DISCLAIMER = patterns.compile(
    rf"不代表(?P<name>{_NOTE_OUTLET})(?:的)?(?:立场|观点)|本文为(?P<name>{_NOTE_OUTLET})用户"
    r"|不代表(?P<name>(?![本该其作个])\p{Han}{2,8}?)(?:的)?立场"
    r"|[仅谨只]代表网友(?:个人)?(?:意见|观点)[，,][ \t\u3000]*(?P<name>\p{Han}{2,8}?)(?:仅|只)?保持中立"
)
# A site's domain standing alone as its name (Whtv.Com.Cn).
_DOMAIN = patterns.compile(
    r"(?<![A-Za-z0-9/@:])(?<![A-Za-z]\.)[A-Za-z][A-Za-z0-9-]{1,20}(?:\.(?:com|net|org|cn|tv|hk|tw|mo)){1,2}(?![A-Za-z0-9./])",
    regex.I,
)

# A site named on its own line before its address (某某门户网站 www.gov.cn, 《某某连线》( http://…), or by the
# link back to its home page (返回某某网首页, 某某丝路首页 alone on its line): the page's outlet, whatever its
# name ends in; a channel's home page (返回某某频道首页) and the browser's 设为首页 name none.
_SITE_ADDRESS = patterns.compile(
    r"^[ \t\u3000]*(?:©[ \t\u3000]*[0-9]{4}(?:-[0-9]{4})?[ \t\u3000]*)?[《【]?"
    r"(?P<name>(?:(?![在的了与和是为将对向从举])[\p{Han}A-Za-z]){2,12}?)[》】]?[ \t\u3000]*[（(]?[ \t\u3000]*(?:https?://|www\.)",
    regex.M,
)
_HOME_PAGE = patterns.compile(
    r"返回(?P<name>[\p{Han}A-Za-z]{2,10}?)(?<!频道|栏目)首页"
    r"|^[ \t\u3000]*(?P<name>[\p{Han}A-Za-z]{2,10}?)(?<!设为|频道|栏目)首页[ \t\u3000]*$",
    regex.M,
)

# A photo credit in brackets opening with its outlet ((某某社 张三摄)), an app named in 《》
# (《某某头条》APP), a line opening with an outlet and a colon (某某金融客户端:, 某某新闻:), and a reprint's
# source (本文经转授权自某某新闻, 转载自某某网).
_BRACKET_BYLINE = patterns.compile(rf"(?<=[（(])[ \t\u3000]*(?P<name>{_OUTLET})[ \t\u3000]+\p{{Han}}{{2,3}}摄[）)]")
_APP_NAME = patterns.compile(r"《(?P<name>[\p{Han}A-Za-z]{2,10})》[ \t\u3000]*(?:APP|App|app|客户端)")
_LINE_OUTLET = patterns.compile(
    rf"^[ \t\u3000]*【?(?P<name>(?!(?:相关|热点|最新|今日|图片|推荐|热门|更多|视频|国内|国际|本地|社会|财经|经济|时政|要闻|图文|独家|重要|滚动|头条)新闻)"
    rf"{_OUTLET})】?[ \t\u3000]*[:：]",
    regex.M,
)
# A line holding an outlet alone (【北京青年报】, 北京青年报客户端 2024-09-26 08:10): the page's outlet; not a
# section's heading (【相关新闻】, 【语音播报】, 读报), a headline's 捷报 or a link (关注某某网).
_OUTLET_LINE = patterns.compile(
    r"^[ \t\u3000]*【?(?P<name>(?!关注|本文|相关|热点|最新|图片|即时|本报|本网|语音|今日|更多)"
    r"[\p{Han}A-Za-z]{2,8}?(?:网|社|报|台|在线|客户端|App|APP))"
    r"(?<!播报|捷报|读报|喜报|通报|汇报|简报|预报|画报|海报|快报|电台|平台|舞台|后台|前台)】?[ \t\u3000]*"
    r"(?:[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[0-9: \t\u3000]*)?$",
    regex.M,
)
_REPRINT = patterns.compile(
    r"(?:转载自|转授权自|授权自)[ \t\u3000]*[:：]?[ \t\u3000]*(?P<name>[\p{Han}A-Za-z]{2,12}?)(?=[ \t\u3000]*(?:\n|$|[。,，]))",
    regex.M,
)

# (session 42) A national outlet's regional site, named by its province (中新网湖北 > 经济新闻, 来源:中新网湖北,
# 中新网湖北新闻2月9日电, 新华网贵州频道): the outlet's name holds the province. Followed by its day (中新网沈阳12月3日电)
# the place is the dateline's city, outside the name.
_NATIONAL_OUTLETS = words("media_national_outlets.txt")


@functools.cache
def _regional_site() -> regex.Pattern[str]:
    return patterns.compile(
        rf"(?P<name>(?:{alternation(_NATIONAL_OUTLETS)})(?:{alternation(gazetteer.mainland_provinces())})(?:频道)?)"
        r"(?=新闻[0-9]{1,2}月[0-9]{1,2}日|[ \t\u3000]*(?:>|›|»|[|｜]|\n|$))",
        regex.M,
    )


# The outlet speaking of itself (本报讯, 来源:本站) names none; nor does a site's generic word (网站首页).
_SELF = frozenset(("本报", "本站", "本网", "本台", "该报", "该网", "网站", "主站", "网页", "新闻", "返回"))


def _speaks_of_itself(name: str) -> bool:
    """本报, or 本报 after one word governing it (凡|本报记者署名文字, 据|本报): the outlet names none."""
    return name in _SELF or (len(name) == 3 and name[1:] in _SELF)


# The words each pattern cannot match without.
_PATTERNS_AND_WORDS = (
    (_SOURCE, ("来源", "稿源", "转自", "出处")),
    (_SOURCE_AFTER_TIME, ("来源", "稿源")),
    (_DATELINE, ("讯", "电", "消息")),
    (_REPORTER, ("记者", "通讯员")),
    (_SLASHED_PAIR, ("/", "／")),
    (_PAIRED, ("·",)),
    (_PAIRED_SECOND, ("·",)),
    (_CITED, ("据",)),
    (_STATIONS, ("讯(", "讯（")),
    (_CRUMB, (">", "›", "»", "时间:", "时间：", "日期:", "日期：", "发布于")),
    (_SLASHED, ("/", "／")),
    (_COPYRIGHT, ("版权", "注明", "署名为", "opyright", "OPYRIGHT")),
    (_DISCLAIMER, ("不代表", "本文为", "保持中立")),
    (_DATELINE_ANYWHERE, ("讯",)),
    (_CREDIT, ("资料照", "资料图", "供图", "图片")),
    (_CLOSING_NOTE, ("）", ")")),
    (_SITE_ADDRESS, ("http", "www.")),
    (_HOME_PAGE, ("首页",)),
    (_BRACKET_BYLINE, ("摄",)),
    (_APP_NAME, ("APP", "App", "app", "客户端")),
    (_LINE_OUTLET, (":", "：")),
    (_REPRINT, ("转载自", "授权自")),
    (_OUTLET_LINE, ("网", "社", "报", "台", "在线", "客户端", "App", "APP")),
)


def media_spans(text: str) -> list[tuple[int, int]]:
    """Spans of media outlets in `text` (normalised), sorted, without overlaps."""
    spans: list[tuple[int, int]] = []
    for pattern, needed in _PATTERNS_AND_WORDS:
        # No match runs over a line break, and each holds one of its fixed words: a pattern is run
        # only over the lines holding one (电 is in most reports, a dateline on one line of them).
        spans += [
            m.span("name") for start, end in _lines_holding(text, needed) for m in pattern.finditer(text, start, end)
        ]
    spans += [
        m.span("name")
        for start, end in _lines_holding(text, _NATIONAL_OUTLETS)
        for m in _regional_site().finditer(text, start, end)
    ]
    spans += _brands(text)
    spans += _listed_outlets(text)
    spans += [m.span() for m in _DOMAIN.finditer(text)]
    spans = [part for s, e in spans for part in _alternatives(text, s, e)]
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda se: (se[0], -se[1])):
        if _speaks_of_itself(text[s:e]) or (out and s < out[-1][1]):
            continue
        out.append((s, e))
    return out


# A note may name two outlets as alternatives (注明“来源:新安晚报或安徽网”, 来源:某某日报、某某网): each is one.
_ALTERNATIVE = patterns.compile(r"或|、|和")
_OUTLET_PART = patterns.compile(rf"[\p{{Han}}A-Za-z]{{2,14}}{_MEDIA_END}")


def _alternatives(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The outlets of a span naming several joined by 或/、/和, when every part is an outlet's name."""
    cuts = [m.span() for m in _ALTERNATIVE.finditer(text, s, e)]
    if not cuts:
        return [(s, e)]
    bounds = [s, *(x for span in cuts for x in span), e]
    parts = list(zip(bounds[::2], bounds[1::2], strict=True))
    if all(_OUTLET_PART.fullmatch(text, a, b) for a, b in parts):
        return parts
    return [(s, e)]


# A copyright note listing the page's outlets (凡市场星报、安徽财经网、掌中安徽记者署名文字…, 须注明“来源:市场星报、
# 安徽财经网或者掌中安徽”): every item is an outlet, whatever it ends in.
_LISTED = patterns.compile(
    r"凡(?P<list>[\p{Han}A-Za-z、]{2,40}?)(?:记者|通讯员)?署名"
    r"|注明[“\"「](?:来源|出处)[:：](?P<list>[\p{Han}A-Za-z、]{2,40}?)[”\"」]"
)
_LIST_JOINS = patterns.compile(r"、|或者|或|和|及")
_LISTED_ITEM = patterns.compile(r"[\p{Han}A-Za-z]{2,12}")


def _listed_outlets(text: str) -> list[tuple[int, int]]:
    """The outlets a copyright note lists (凡|市场星报|、|安徽财经网|、|掌中安徽|记者署名), each one."""
    spans: list[tuple[int, int]] = []
    for start, end in _lines_holding(text, ("署名", "注明")):
        for m in _LISTED.finditer(text, start, end):
            s, e = m.span("list")
            cuts = [s, *(x for j in _LIST_JOINS.finditer(text, s, e) for x in j.span()), e]
            parts = list(zip(cuts[::2], cuts[1::2], strict=True))
            if len(parts) > 1 and all(_LISTED_ITEM.fullmatch(text, a, b) for a, b in parts):
                spans += parts
    return spans


def _brands(text: str) -> list[tuple[int, int]]:
    """The spans `_BRAND.finditer(text)` gives, the pattern tried only where an outlet's name starts."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for start in sorted({start for start, _end in _OUTLET_STARTS.every(text)}):
        if start < pos:
            continue
        m = _BRAND.match(text, start)
        if m is not None:
            spans.append(m.span())
            pos = m.end()  # never empty: an outlet's name is in it
    return spans


def _lines_holding(text: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """(start, end) of the lines of `text` that hold one of `words`, their line break included, in order."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            starts.add(start)
            at = text.find(word, _line_end(text, start))
    return [(start, _line_end(text, start)) for start in sorted(starts)]


def _line_end(text: str, start: int) -> int:
    newline = text.find("\n", start)
    return len(text) if newline < 0 else newline + 1
