"""Step 1 of the place pass (dims/place.py): the scan, and which of its hits are places.

One Aho-Corasick scan of doc.norm finds every gazetteer surface, the anaphor words, the zone suffix
words and the BLOCKERS, leftmost-longest. Then the text around each hit decides:
- a hit inside a mention of an earlier pass (org, project, event, person …) is embedded, not a
  mention: the outermost entity wins (山东华跃新能源有限公司); the deal assembler still reads it;
- a short surface counts only at word boundaries (新平 in 创新平台 is no place), judged by the
  private jieba tokenizer around the hit (`TokenBoundaries`);
- the words around a name can show it is no place: 其|中国, 各位|来宾, 人才|兴县, 聊城|大学, a short
  quoted brand (“冠县通”), people from it (安庆|籍) — `no_place_around` gives the same judgement
  to names another recogniser (LAC) found.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from .. import gazetteer, patterns
from ..doc import Doc
from ..gazetteer import Sense
from ._place_hits import ANAPHORS, BARE_ZONE_WORDS, CHINA, ZONE_SUFFIXES, Hit, chained

# --- the words and phrases the scan uses -----------------------------------------------------

# Characters that, right before / after an anaphor word, make it part of another word:
# 完全 安全 健全 (安全区域), 资本 成本 基本 (资本市场), 应该 (应该区分), 自我; 全市场, 全区域, 该区分, 全省份.
ANAPHOR_NOT_BEFORE = {"全": "完安健齐周保成万", "本": "资成基根样版账剧课日文范蓝脚读原", "该": "应", "我": "自"}
ANAPHOR_NOT_AFTER = {"市": "场", "区": "域分别间块位", "省": "份", "乡": "村镇"}

# Phrases containing place surfaces that are not places, matched as one key so the longest wins.
BLOCKERS = (
    "江北水城",  # nickname of 聊城, not 水城区
    "中山大学", "中山装", "中山公园", "中山陵", "朝阳产业", "朝阳行业", "长治久安", "大同小异", "东方红", "太平洋",
    "泰山学者", "北京时间", "全国500强", "中国500强", "世界500强", "全国人大", "全国政协", "全国工商联",
    "中国特色", "中国式现代化", "中国梦", "长江学者", "黄河学者",
    "小城镇",  # small towns as a class (示范小城镇), not 舒兰市小城镇
    "创新兴区", "产业兴区", "工业兴区", "科技兴区", "人才兴区", "农业兴区",  # slogans, not 新兴区 (七台河)
)  # fmt: skip
# A place right before one of these is part of a street or an organisation name the org pass did not
# take (聊城大学, 北京路, 聊城市委, 莘县人民政府): not a place mention, though it still tells the subject.
# 浙江省省委书记 keeps 浙江省: its 省委 is a word of its own.
_NOT_AFTER_PLACE = patterns.compile(
    r"(?:路|大道|大街|街(?!道)|巷|胡同|大学|学院|银行|集团|公司|日报|晚报|电视台|医院|中学|小学"
    r"|委|人民政府|政府|人大|政协|党工委|管委会)"
)
# A firm called by its short name, a place and its trade (上海|电气在如东投资, 江西|铜业在贵溪扩建, 吉林|化纤是…,
# 深圳迈瑞|医疗在武汉建设): the place opens the firm's name, no mention; the firm is what acts (在 / 与 / 投资 …
# follow). A trade of the place in a list (大庆汽车、佳木斯农副食品) or before 产业 stays the place's.
_FIRM_SHORT_AFTER_PLACE = patterns.compile(
    r"[^\P{Han}的之与和在及等省市县区]{0,3}?"
    r"(?:化纤|铜业|铝业|药业|钢铁|电气|航空|汽车|医疗|白药|乳业|制药|重工|矿业|化工|建工|交投|城投|港务|水务|燃气"
    r"|电力|能源|银行|证券|控股|实业|电子|光电|机械|纺织|啤酒|医药)"
    r"(?:控股|集团|股份)?(?:有限)?(?:公司)?(?=在|与|和|是|将|宣布|积极|携手|联合|新建|扩建|落户|开通)"
)
# A website named after a place (上海招商网, 苏北网, 湖南民生在线, 宁夏频道, 黔东南信息港) is an outlet, as a
# paper is (聊城日报): no mention, though a local site tells the subject (来源:江华新闻网).
_WEBSITE = patterns.compile(
    r"(?:新闻|招商|民生|门户|投资|人才|信息){0,2}"
    r"(?:网(?![络点格红民上购店吧友页址站通联关速银签线管])|在线(?=\P{Han}|$|网|民生|频道)|频道|信息港)"
)
# A site's channel named after a place in its menu or breadcrumb (首页 - 内蒙古新闻 - 国内; 内蒙古新闻 > 巴彦淖尔新闻 正文):
# the channel's name before a menu mark, the page's label (正文) or the line's end.
_CHANNEL = patterns.compile(
    r"(?:新闻|新聞|要闻|要聞|频道|頻道)(?=[ \t\u3000]*(?:[-–—>|»›]|正文|$))", flags=regex.MULTILINE
)
# A paper named after its place by its genre (北京|青年报, 南方|都市报, 深圳|商报): an outlet, as 聊城|日报 is.
_PAPER_AFTER_PLACE = patterns.compile(
    r"(?:青年|都市|法治|法制|改革|经济|工人|农民|科技|证券)?(?:青年报|都市报|商报|晨报|早报|时报|侨报|导报|周报|快报"
    r"|法治报|法制报|改革报|经济报|工人报|农民报|科技报|证券报)(?![道告名送表批价销])"
)
# A portal's local channel (新浪|河北, 网易|河南, 掌上|长沙 of 长沙晚报) and a national site named after a
# province (中国|西藏网, 中国|江苏网) are outlets: the place in them is no mention, though it tells the subject.
_PORTAL_BEFORE_PLACE = ("新浪", "网易", "搜狐", "腾讯", "掌上")
_PROVINCE_SITE = patterns.compile(r"(\p{Han}{2,3}?)(?:网(?![络点格红民上购店吧友页址站通联关速银签线管])|在线)")
# A venue named after its place (长春|南湖宾馆, 昆明|滇池国际会展中心, 香港|海洋公园, 綦江|校区) is where something
# happens, not a mention of the place: a short run of name characters (no verb or function word) and a venue head.
_VENUE_AFTER_PLACE = patterns.compile(
    r"[^\P{Han}在的将与和是于举建到至及等各市县区省镇乡村]{0,6}?"
    r"(?:宾馆|酒店|饭店|会展中心|会议中心|博览中心|公园|广场|大厦|校区|大剧院|体育馆|体育中心|财富中心)"
)
# 其中 and 集中 end where a name starting with 中 would begin: 其中国家级 is 其中 + 国家级, not 中国.
_ENDS_A_WORD_WITH_ZHONG = frozenset("其集")
# A short quoted name (“冠县通”, “六个新聊城”, 「高雄产业人才跃升计画」, up to 10 characters) is a brand, a
# slogan or a programme: a place inside it is not a mention of its own. Titles in 《》 (《冠县招商引资激励政策》) are not such names.
_SHORT_QUOTE = patterns.compile(r"[“「]([^“”「」\n，。；！？]{2,10})[”」]")

# What jieba may glue to the end of a place name without making it another word (台湾地区, 延边州, 温州人,
# 拉美国家).
PLACE_TAILS = frozenset({"地区", "州", "人", "籍", "境内", "全境", "市", "省", "县", "区", "方面", "当地", "国家"})

EXTRA_KEYS = tuple(sorted({*ANAPHORS, *ZONE_SUFFIXES, *BARE_ZONE_WORDS, *BLOCKERS}))
_BLOCKER_SET = frozenset(BLOCKERS)


class FreeSpans:
    """Which spans no earlier mention overlaps; mentions are non-overlapping, so a bisect answers."""

    def __init__(self, doc: Doc) -> None:
        spans = sorted((m.start, m.end, m.type) for m in doc.mentions)
        self.starts = [s for s, _, _ in spans]
        self.ends = [e for _, e, _ in spans]
        self.types = [t for _, _, t in spans]
        self.to_original = doc.normalized.to_original

    def __call__(self, start: int, end: int) -> bool:
        start, end = self.to_original(start), self.to_original(end)
        i = bisect.bisect_right(self.ends, start)
        return i >= len(self.starts) or self.starts[i] >= end

    def holds_a_count(self, start: int, end: int) -> bool:
        """The span overlaps only one count, lying inside it (五家|渠市: no 5 firms in 五家渠市)."""
        start, end = self.to_original(start), self.to_original(end)
        i = bisect.bisect_right(self.ends, start)
        inside = i < len(self.starts) and self.types[i] == "count" and start <= self.starts[i] and self.ends[i] < end
        return inside and (i + 1 >= len(self.starts) or self.starts[i + 1] >= end)


class TokenBoundaries:
    """Whether a span starts and ends at word boundaries: 新平 in 创新平台, 资兴 in 投资兴业 do not.

    A word that is the place plus a PLACE_TAIL (台湾地区, 延边州, 温州人) still counts as a boundary.
    Small windows around the spans are tokenised (merged where they overlap), without HMM: only
    dictionary words matter here, it is twice as fast, and the result does not depend on whether
    another pass has tokenised the whole document (doc.tokens, with HMM), which would cost more than
    this whole pass.
    """

    WINDOW = 4

    def __init__(self, doc: Doc) -> None:
        self.text = doc.norm
        self.word_end: dict[int, int] = {}
        self.ends: set[int] = set()

    def prepare(self, spans: list[tuple[int, int]]) -> None:
        if not spans:
            return
        from ..tokenize import tokenize

        for lo, hi in _merged((max(0, s - self.WINDOW), min(len(self.text), e + self.WINDOW)) for s, e in spans):
            self.word_end.update((lo + s, lo + e) for _, s, e in tokenize(self.text[lo:hi], hmm=False))
        self.ends = set(self.word_end.values())

    def __call__(self, start: int, end: int) -> bool:
        """No word crosses the span's start or end (林园|区 is fine, 创|新平|台 is not)."""
        stop = self.word_end.get(start)
        return stop is not None and (end in self.ends or (stop > end and self.text[end:stop] in PLACE_TAILS))


def _merged(windows: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _needs_boundaries(key: str, senses: list[Sense]) -> bool:
    """Short surfaces and short forms are where place names hide inside ordinary words (新平 in 创新平台,
    三明 in 三明治); names of provinces and countries (山东, 美国) do not, and are the most frequent."""
    if all(s.place.level in _WHOLE_WORD_LEVELS for s in senses):
        # a 2-character country or region can hide in a phrase (更加蓬勃: 加蓬; 出海东南亚); 中国 is checked by
        # _no_place_at (其|中国) and is too frequent to tokenise around
        return len(key) == 2 and key != CHINA and any(s.place.level in _FOREIGN_OR_REGION for s in senses)
    return len(key) <= 2 or (len(key) == 3 and all(s.form != "name" for s in senses))


_WHOLE_WORD_LEVELS = frozenset({"province", "country", "region"})
_FOREIGN_OR_REGION = frozenset({"country", "region"})


def _full_name(key: str, senses: list[Sense]) -> bool:
    return len(key) >= 3 and any(s.form == "name" for s in senses)


def scan(
    text: str, gaz: gazetteer.Gazetteer, free: FreeSpans, aligned: TokenBoundaries
) -> tuple[list[Hit], list[Hit], list[Hit]]:
    found = _Found(text, gaz, free)
    matches = gaz.find_all(text, EXTRA_KEYS)
    for start, end, key in matches:
        found.take(start, end, key)
    rejected = found.reject_unaligned(aligned)
    if rejected:
        # A name the word boundaries reject can hide one starting inside it (和安|庆: 安庆; 出|海东|南亚: 东南亚,
        # which holds the next match 南亚 whole); a name reaching into a match it does not hold is none.
        for hit in rejected:
            lo = hit.start + 1
            for start, end, key in gaz.find_all(text[lo : hit.end + _LONGEST_RESCAN], EXTRA_KEYS):
                if start + lo < hit.end and found.make_room(start + lo, end + lo):
                    found.take(start + lo, end + lo, key)
        found.reject_unaligned(aligned)
        found.hits.sort(key=lambda h: h.start)
    return found.hits, found.embedded, found.embedded_zone_words


# How far past a rejected name the scan looks for a longer one starting inside it.
_LONGEST_RESCAN = 10


class _Found:
    """What the scan has found so far: mentions, names inside other names, zone words inside them, and the
    short names still to be checked against word boundaries."""

    def __init__(self, text: str, gaz: gazetteer.Gazetteer, free: FreeSpans) -> None:
        self.text, self.gaz, self.free = text, gaz, free
        self.hits: list[Hit] = []
        self.embedded: list[Hit] = []
        self.embedded_zone_words: list[Hit] = []  # inside other names: the zones projects are named after
        self.to_check: list[Hit] = []
        self.quoted = _QuotedNames(text)

    def take(self, start: int, end: int, key: str) -> None:
        text, free = self.text, self.free
        if key in _BLOCKER_SET:
            self.hits.append(Hit(start, end, "blocker", key))  # kept only as a name part: 江北水城 + 旅游度假区
            return
        if key in ANAPHORS:
            if free(start, end) and _is_anaphor(text, start, end) and not self.quoted.inside(start, end):
                self.hits.append(Hit(start, end, "anaphor", key, anaphor=True))
            return
        if key[-1] in _UNIT_CHARS and _unit_char_starts_a_word(self.gaz, text, end):
            key, end = _without_unit_char(self.gaz, key, end)
        senses = list(self.gaz.senses(key))
        if not senses:
            if key in ZONE_SUFFIXES or key in BARE_ZONE_WORDS:
                word = Hit(start, end, "zone_word", key, zone_suffix=key)
                (self.hits if free(start, end) else self.embedded_zone_words).append(word)
            return
        hit = Hit(start, end, "place", key, senses)
        taken = not free(start, end) and not (_full_name(key, senses) and free.holds_a_count(start, end))
        if _no_place_at(text, start, end, key):
            return
        if taken or _after_place_is_a_name(text, end) or self.quoted.inside(start, end) or self._in_outlet(hit):
            self.embedded.append(hit)
        else:
            self.hits.append(hit)
            if _needs_boundaries(key, senses):
                self.to_check.append(hit)

    def _in_outlet(self, hit: Hit) -> bool:
        """新浪|河北, 掌上|长沙, 中国|西藏网: the place is part of an outlet's name."""
        text, start = self.text, hit.start
        if text.endswith(_PORTAL_BEFORE_PLACE, max(0, start - 2), start):
            return True
        if not any(s.place.level == "country" and s.place.name == CHINA for s in hit.senses):
            return False
        site = _PROVINCE_SITE.match(text, hit.end)
        return site is not None and any(s.place.level == "province" for s in self.gaz.senses(site.group(1)))

    def make_room(self, start: int, end: int) -> bool:
        """Whether start..end may be taken: the hits it overlaps lie inside it, and are dropped."""
        inside = []
        for found in (self.hits, self.embedded):
            for h in found:
                if h.start < end and start < h.end:
                    if not (start <= h.start and h.end <= end):
                        return False
                    inside.append(h)
        gone = {id(h) for h in inside}
        self.hits = [h for h in self.hits if id(h) not in gone]
        self.embedded = [h for h in self.embedded if id(h) not in gone]
        self.to_check = [h for h in self.to_check if id(h) not in gone]
        return True

    def reject_unaligned(self, aligned: TokenBoundaries) -> list[Hit]:
        """Drop the hits to check that cross a word boundary; return them."""
        if not self.to_check:
            return []
        aligned.prepare([(h.start, h.end) for h in self.to_check])
        ends = {h.end: h for h in self.hits if h.kind == "place"}
        starts = {h.start: h for h in self.hits if h.kind == "place"}
        rejected = [
            h
            for h in self.to_check
            if not aligned(h.start, h.end)
            and not _continues_its_parent(ends.get(h.start), h)
            and not _heads_its_child(h, starts.get(h.end))
        ]
        self.to_check = []
        if rejected:
            gone = {id(h) for h in rejected}
            self.hits = [h for h in self.hits if id(h) not in gone]
        return rejected


# The unit character of a name that starts the word after it belongs to that word: 贵州|省长, 苗栗|县长,
# 长沙|市民, 泌阳|县域经济, 温州|市场: the place is its short form.
_UNIT_CHARS = frozenset("省市县区州旗镇乡")
_WORDS_AFTER_A_NAME = frozenset(
    {"省长", "市长", "县长", "区长", "州长", "旗长", "镇长", "乡长", "市民", "县域", "市域", "市场", "区块"}
)


# 市民 is no word before these (聊城市|民营经济, 泉州市|民企)
_NOT_AFTER_MIN = frozenset("企营办族生政间")


def _unit_char_starts_a_word(gaz: gazetteer.Gazetteer, text: str, end: int) -> bool:
    """贵州省|长 → 贵州|省长, but not 吉林省|长春市: a place starting right after the name keeps the name whole."""
    if text[end - 1 : end + 1] not in _WORDS_AFTER_A_NAME:
        return False
    if text[end - 1] == "市" and text[end : end + 1] == "民" and text[end + 1 : end + 2] in _NOT_AFTER_MIN:
        return False
    return not any(gaz.senses(text[end : end + n]) for n in (2, 3, 4))


def _without_unit_char(gaz: gazetteer.Gazetteer, key: str, end: int) -> tuple[str, int]:
    """The name without its last character where that short form names the same place (贵州省 → 贵州)."""
    places = {id(s.place) for s in gaz.senses(key)}
    if any(id(s.place) in places for s in gaz.senses(key[:-1])):
        return key[:-1], end - 1
    return key, end


def _continues_its_parent(before: Hit | None, hit: Hit) -> bool:
    """A place written straight after the place that holds it (吉林长春, 广西南宁) starts where a name ends,
    whatever words the two make together (林长, 西南)."""
    return before is not None and bool(chained(before, hit))


def _heads_its_child(hit: Hit, after: Hit | None) -> bool:
    """A country written straight before a city of its own (英国伦敦, 法国巴黎: one word to jieba) heads its
    chain, as a province before its city does."""
    return after is not None and all(s.place.level == "country" for s in hit.senses) and bool(chained(hit, after))


def _after_place_is_a_name(text: str, end: int) -> bool:
    """The place heads a name the org pass left (聊城|大学, 北京|路, 莘县|人民政府), a website (苏北|网) or a
    venue (长春|南湖宾馆)."""
    return (
        _NOT_AFTER_PLACE.match(text, end) is not None
        or _WEBSITE.match(text, end) is not None
        or _CHANNEL.match(text, end) is not None
        or _PAPER_AFTER_PLACE.match(text, end) is not None
        or _VENUE_AFTER_PLACE.match(text, end) is not None
        or _FIRM_SHORT_AFTER_PLACE.match(text, end) is not None
    )


def _no_place_at(text: str, start: int, end: int, key: str) -> bool:
    """A name the text around it shows as no place: the end of 其中/集中 (其中|国家级), people addressed
    (各位来宾: guests), a slogan of what makes a place thrive (人才兴县: "makes the county thrive")."""
    if key[0] == "中" and start > 0 and text[start - 1] in _ENDS_A_WORD_WITH_ZHONG:
        return True
    if text.endswith(_ADDRESS_WORDS, max(0, start - 3), start):
        return True
    if _starts_a_persons_name(text, start, end):
        return True
    if key == CHINA and _HONOUR_AFTER_COUNTRY.match(text, end) is not None:
        return True
    if text.endswith(_PROGRAMME_VERBS, max(0, start - 2), start) and _PROGRAMME_AFTER.match(text, end):
        return True  # 投资台湾三大方案, 根留台湾企业加速投资行动方案: a programme's name, no place
    if _SCHOLARS_AFTER.match(text, end) is not None and not _is_full_name(key):
        return True  # 玉山学者, 八桂学者, 中原学者: a scholars' programme named after a region, no place
    return key[0] in _SLOGAN_VERBS and _SLOGAN.match(text, max(0, start - 2), end) is not None


# (session 31) A region's short name, nickname or landmark before 学者 names a programme of scholars (玉山学者, 玉山青年学者,
# 八桂学者, 中原学者, 泰山学者); a place's full name there is where the scholars are from (澳门学者, 我国学者, 安徽省学者).
_SCHOLARS_AFTER = patterns.compile(r"(?:青年|特聘|讲座)?学者")
_FULL_NAME_ENDS = _UNIT_CHARS | frozenset("盟村国")
_FULL_NAMES = frozenset(("香港", "澳门", "台湾", "内地", "大陆"))


def _is_full_name(key: str) -> bool:
    return key[-1:] in _FULL_NAME_ENDS or key in _FULL_NAMES


# A programme named by a verb and its place (投资台湾三大方案, 根留台湾企业加速投资行动方案, 投资湖北计划): the
# place is the programme's word, no mention of its own.
_PROGRAMME_VERBS = ("投资", "根留")
_PROGRAMME_AFTER = patterns.compile(
    r"(?:[0-9一二三四五六七八九十两〇]+大|企业\p{Han}{0,8}?)?(?:方案|计划|计画|专案)(?:[0-9.．]+版|二[．.]〇版)?"
)
_ADDRESS_WORDS = ("各位", "尊敬的", "与会", "中外")
# A person whose name starts like a place (贡嘎卓玛, 达孜次仁): the photographer of a picture credit (贡嘎来松 摄),
# or someone right after his title who speaks (局长贡嘎卓玛介绍): the title comes after a place, not before one.
_TITLE_BEFORE = (
    "局长", "主任", "书记", "区长", "县长", "市长", "州长", "省长", "镇长", "乡长", "经理", "董事长", "总裁",
    "院长", "校长", "厅长", "部长", "处长", "科长", "总监",
)  # fmt: skip
_PHOTO_CREDIT = patterns.compile(r"\p{Han}{1,3}[ \t\u3000]*摄(?!\p{Han})")
_SPEAKS = patterns.compile(r"\p{Han}{1,2}(?:介绍|表示|说|告诉|指出|认为|强调|透露|坦言)")


def _starts_a_persons_name(text: str, start: int, end: int) -> bool:
    if text.endswith(_TITLE_BEFORE, max(0, start - 3), start) and _SPEAKS.match(text, end):
        return True
    before = text[start - 1] if start > 0 else "\n"
    return before in "\n。 \t\u3000(（" and _PHOTO_CREDIT.match(text, end) is not None


_SLOGAN_VERBS = "兴强富"
_SLOGAN = patterns.compile(
    rf"(?:人才|科技|工业|产业|农业|旅游|文化|生态|教育|项目|招商|开放|创新)[{_SLOGAN_VERBS}][县市省区]"
)


class _QuotedNames:
    """The short quoted names of a text (_SHORT_QUOTE), and whether a place lies inside one but is not all of it."""

    def __init__(self, text: str) -> None:
        self.spans = [m.span(1) for m in _SHORT_QUOTE.finditer(text)] if "“" in text or "「" in text else []
        self.starts = [s for s, _ in self.spans]

    def inside(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        if i < 0:
            return False
        q_start, q_end = self.spans[i]
        return end <= q_end and (q_start, q_end) != (start, end)


# 全国 / 全省 before an honour or a designation is its reach, no place (全国示范院士专家工作站, 全国首批…试点县,
# 全省首批全面小康达标县, 全国技术能手): the honour is named, not the country or the province. The honour's word
# may close a longer title (全国乡村振兴示范县, 全国“绿色农资”升级行动试点县, 全国数字百强市, 全国历史文化名城);
# a verb or 的 in between makes the reach a scope again (全省引进博士以上优秀人才, 全国的优秀人才), and so do
# the industry (先进制造业) and the rank (先进水平, 创全国工业区招商最佳成绩) that share the word.
_REACH_OF_HONOUR = ("全国", "全省")
_TITLE_WORDS = r"(?:(?!引进|招收|招引|面向|上下|领先|的)[\p{Han}“”\"‘’]){0,10}?"
# (session 30) and a place's title after what it is known for (中国长寿之乡, 中国气候康养之都).
_HONOUR_WORDS = (
    r"(?:(?:示范|试点|典范|百强|最佳|模范|优秀|名城)(?!成绩|纪录|记录|水平|状态|表现)|先进(?!制造|技术|材料|水平|地区)"
    r"|之乡|之都)"
)
_HONOUR_AFTER_REACH = patterns.compile(
    r"(?:首批|第[一二三四五六七八九十0-9]{1,3}批|技术能手|劳动模范|五一劳动|文明|基层\p{Han}{0,6}?先进"
    rf"|{_TITLE_WORDS}{_HONOUR_WORDS})"
)
# So is 中国 before a ranking or a title it gives (中国500强企业, 中国民营企业500强, 中国驰名商标, 中国优秀旅游城市,
# 中国最佳引才城市): the list is named, not the country.
_HONOUR_AFTER_COUNTRY = patterns.compile(rf"{_TITLE_WORDS}(?:{_HONOUR_WORDS}|[0-9]+强|驰名商标|好人|十佳|十强)")


# A bare 自治区 before a title or a class it confers (自治区特聘专家, 自治区高层次人才, 自治区重点产业集群,
# 自治区领导) is the level of the designation, as 全国 is an honour's reach; the region that
# acts (自治区出台…, 自治区依托…) is a mention.
_LEVEL_WORDS = ("自治区",)
_DESIGNATION_AFTER_LEVEL = patterns.compile(r"(?:特聘|高层次|重点|领导|级(?!别)|考核|经济社会发展)")


# (session 44) 全国 before a national designation (全国重点实验室, 全国重点高校, 全国科技创新中心, 全国一流高新区) or a
# national observance (全国科技工作者日) names that designation: the real dev gold marks none of 21.
_DESIGNATION_AFTER_NATION = patterns.compile(r"(?:重点(?:实验室|高校|大学|学科)|科技创新中心|科技工作者日|一流)")


def _is_anaphor(text: str, start: int, end: int) -> bool:
    first, last = text[start], text[end - 1]
    if text[start:end] in _REACH_OF_HONOUR and _HONOUR_AFTER_REACH.match(text, end) is not None:
        return False
    if text[start:end] in _LEVEL_WORDS and _DESIGNATION_AFTER_LEVEL.match(text, end) is not None:
        return False
    if text[start:end] == "全国" and _DESIGNATION_AFTER_NATION.match(text, end) is not None:
        return False
    if start > 0 and text[start - 1] in ANAPHOR_NOT_BEFORE.get(first, ""):
        return False
    return not (end < len(text) and text[end] in ANAPHOR_NOT_AFTER.get(last, ""))


# A place before 籍 or 人 names people from it (安庆籍院士, 孝感人的梦), not the place; 人口, 人才,
# 人民 … are other words.
_DEMONYM = patterns.compile(r"籍|人(?![口才民大社力均工员次事气流])")


def is_demonym(text: str, end: int) -> bool:
    """Whether a place name ending at `end` names people from it (安庆|籍, 孝感|人)."""
    return _DEMONYM.match(text, end) is not None


def no_place_around(text: str, start: int, end: int) -> bool:
    """Whether the words around a gazetteer name at text[start:end] show it is no place, as this pass reads
    them (for names found elsewhere, e.g. by LAC): people addressed (各位|来宾), a slogan (人才|兴县), the end
    of 其中 (其|中国), the head of a name the org pass left (聊城|大学), people from it (安庆|籍), a part of a
    short quoted name (“江海英才”: a brand, a slogan or a programme)."""
    return (
        _no_place_at(text, start, end, text[start:end])
        or _after_place_is_a_name(text, end)
        or is_demonym(text, end)
        or _in_short_quote(text, start, end)
    )


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a short quoted name but is not all of it (“江海英才”), as
    `_QuotedNames.inside` reads it, looking only at the few characters around the span."""
    lo = max(0, start - 11)
    for m in _SHORT_QUOTE.finditer(text, lo, min(len(text), end + 11)):
        if m.start(1) <= start and end <= m.end(1) and (start, end) != m.span(1):
            return True
    return False


def whole_words(hits: list[Hit], aligned: TokenBoundaries) -> list[Hit]:
    """A short form inside a name counts only as a whole word there too (铁山 in 锡铁山矿区 is no 铁山区)."""
    check = [h for h in hits if h.kind == "place" and _needs_boundaries(h.key, h.senses)]
    if not check:
        return hits
    aligned.prepare([(h.start, h.end) for h in check])
    rejected = {id(h) for h in check if not aligned(h.start, h.end)}
    return [h for h in hits if id(h) not in rejected]
