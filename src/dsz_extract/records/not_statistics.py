"""What makes a money or count mention no statistic of a place, for records/metrics.py.

- a threshold inside an indicator ("亿元以上项目", "过亿元项目", "亿元楼宇"), amounts chained to it
  included ("过50亿元、过100亿元的大项目");
- a number in a slogan or a short quoted name ("三个“没想到”", "“四个一”制度");
- a policy term ("按投资额的2%给予奖励", "最高给予500万元补贴");
- a figure of one company or person ("聊城欧佩德…有限公司已接到3亿多元的订单"), unless it is spoken by
  them, or the company is met, visited or listed among the counted, or given a task;
- a figure of the one project the sentence before told, in a sentence opening on it ("该项目占地64亩，总投资1.3亿元，
  …年产值可达6亿元");
- (session 15, round 2) a facility's capacity, what projects are expected to yield, and the bar a count of places
  passes ("8个市实际到位资金超200亿元");
and the words of the clause before a figure, mentions blanked out, that these tests and the percent
readers look at (`words_before`, `unmentioned`).

Counts that are no statistic whatever the clause (a count of countries on the way to a further figure, of
industries, an article, one of a set, a page's counter) are records/not_counted.py's.
metrics.py's `_not_a_figure` adds its own word tests (分两批, a difference from last year, a project's
expected output, the group figures are picked from) to these.
"""

from __future__ import annotations

from typing import Any

import regex

from .. import patterns
from .context import SPEECH_VERBS, Reading, mention_key
from .metric_breakdowns import SHARED_WORD_RE
from .metric_words import GROWTH_DOWN, GROWTH_UP, PROJECTION
from .phrase import PHRASE_REACH
from .sentence import Sentence

QUOTE_OPEN = ("“", "「", "『", "‘")
QUOTE_CLOSE = ("”", "」", "』", "’")
# A quoted name is short: a quote opening this close before a number and closing after it.
SLOGAN_MAX = 8
# Policy terms: "按投资额的2%给予奖励", "最高给予500万元补贴" state rules, not statistics.
# The normalised text is simplified: the words are written so.
REWARD_WORDS = ("奖励", "补贴", "补助", "资助")
POLICY_TERMS = ("给予", "最高", "按照", r"^\s*按(?!时|期|年|月|季)")
POLICY_BEFORE = (*POLICY_TERMS, *REWARD_WORDS)
POLICY_AFTER = (*REWARD_WORDS, *(f"的{word}" for word in REWARD_WORDS), "给予")
# A figure of one company or person is not a statistic of a place (contract notes on 国瓷 市值).
ENTITY_KINDS = ("company", "group")
# A company met, visited or listed among the counted is not the subject of a figure.
ENTITY_NOT_SUBJECT_BEFORE = ("在", "与", "和", "向", "从", "同", "及", "、", "对")
ENTITY_LISTED_AFTER = ("、", "等", "和", "及")
# A company name read as one company, followed by the words of a count ("駐港公司數目為9039家"): the companies counted.
COUNT_OF_ENTITIES = ("数目", "數目", "数量", "數量", "总数", "總數", "家数", "家數")
# A person after these is a byline ("（记者 吴艳虹）"), never the subject of a figure.
BYLINE_WORDS = ("记者", "通讯员", "编辑", "摄影", "作者", "撰稿", "文/", "图/")
BYLINE_REACH = 8
# A person who leads a delegation or a team: the figures are theirs, not the person's own.
LEADING_VERBS = ("率领", "率領", "带领", "帶領", "率", "带队", "帶隊")
# "空港产业园公司要…确保至少落地5个…项目": a unit given a task, not a company's own figure.
DIRECTIVE_WORDS = ("要", "必须", "应当", "应", "需要", "务必", "负责")
# A money mention is a threshold inside an indicator ("亿元以上项目", "过亿元项目", "亿元楼宇") when a
# noun follows it directly, or when it says "over" or "under" (过/超/逾 … / …以上 / …以下) and 的 or a noun follows
# ("总投资1亿元以下的项目54个": the 54 projects are counted, the amount only sizes them).
THRESHOLD_NOUNS = ("项目", "大项目", "企业", "楼宇", "产业", "工业", "制造业", "工程", "园区", "基地", "级")
THRESHOLD_BOUND_START = ("过", "超", "逾")
THRESHOLD_BOUND_END = ("以上", "以下")
# These after an amount do not start a noun.
THRESHOLD_NOT_BEFORE = ("的", "同", "增", "比", "较", "左", "、", "和", "及", "与")
_PREDICATE_JOINERS = ("且", "并且", "而且", "並且")
# Amounts chained by these share the reading of the last one ("过50亿元、过100亿元的大项目").
AMOUNT_CHAIN = ("、", "和", "或", "至", "到", "-", "—", "~")

# A size band ("总投资在10亿元~50亿元之间的项目10个", "5亿元至10亿元的项目20个"): a range closed by 的 qualifies the
# things counted after it, as a bound does.
_BAND_CLOSE_RE = patterns.compile("(?:之间)?的")

_POLICY_RE = patterns.compile("|".join(POLICY_BEFORE))
_SLOGAN_OPEN_RE = patterns.compile(r"[“「『‘][^，,。；;：:“”「」『』‘’]*$")
_SLOGAN_CLOSE_RE = patterns.compile(r"[^，,。；;：:“”「」『』‘’]*[”」』’]")
# "帮公司从银行协调了…500万元", "公司日产…": a company spoken of, not a place.
_COMPANY_REFERENCE_RE = patterns.compile(r"(?:^[\s“”\"「]*|帮|该|这家|本|那家|我们|我)公司")
# (session 29) The speaker may tell where or when first (王正谱在回顾2024年工作时表示, 省长在会上说): the figures are
# still the place's, told by the person.
_SPEECH_RE = patterns.compile(
    r"(?:在[^，,。；;：:]{1,24}?(?:上|时|時|中|期间|之际)\s*)?(?:今天|今日|昨天|昨日|日前|近日|也|还|并)?"
    rf"(?:{'|'.join(SPEECH_VERBS)})"
)
_SPEECH_REACH = 32
_BYLINE_RE = patterns.compile(r"(?:" + "|".join(regex.escape(w) for w in BYLINE_WORDS) + r")[\s:：、]*$")


def thresholds_in(reading: Reading, sent: Sentence) -> frozenset[tuple[str, int, int]]:
    """The money mentions of the sentence that are thresholds inside an indicator (once per sentence).

    Read from the last to the first, so an amount chained to the next ("过50亿元、过100亿元的大项目")
    takes the reading of that one.
    """
    found: set[tuple[str, int, int]] = set()
    following: Any | None = None
    for money in reversed(sent.of_type("money")):
        chained = following is not None and reading.norm[money.end : following.start] in AMOUNT_CHAIN
        if (mention_key(following) in found) if chained else _is_threshold(reading, sent, money):
            found.add(mention_key(money))
        following = money
    return frozenset(found)


def _is_threshold(reading: Reading, sent: Sentence, value: Any) -> bool:
    """An amount qualifying the thing counted, not a figure: "亿元以上项目", "过亿元项目", "亿元楼宇"."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    if value.end >= clause.end:
        return False
    if norm.startswith(THRESHOLD_NOUNS, value.end):
        return True
    if getattr(value.value, "amount_max", None) is not None and _BAND_CLOSE_RE.match(norm, value.end):
        return _count_follows(sent, value, clause.end)
    if norm.startswith(_PREDICATE_JOINERS, value.end) and SHARED_WORD_RE.search(norm, clause.start, value.start):
        # "三市实际到位资金均超500亿元且同比增幅较快": each place's figure, and a second predicate; not "…等国家和地区
        # 实际投资过亿美元且均实现增长", the bar of the sources listed
        return False
    bound = value.text.startswith(THRESHOLD_BOUND_START) or value.text.endswith(THRESHOLD_BOUND_END)
    if bound and _AMOUNT_NOUN_AFTER_RE.match(norm, value.end):
        return False  # "带来了超过83.9亿港元的投资总额": the amount of the noun after it, no bar of a thing counted
    if bound and (norm.startswith(("的", "、"), value.end) or _is_han(norm[value.end])):
        return True
    if not _is_han(norm[value.end]) or norm.startswith(THRESHOLD_NOT_BEFORE, value.end):
        return False
    # "签约过亿元项目15个": a count of the things the amount qualifies follows in the clause.
    return _count_follows(sent, value, clause.end)


# An amount noun after 的: the amount is its figure (超过83.9亿港元的投资总额, 逾10亿元的合同金额).
_AMOUNT_NOUN_AFTER_RE = patterns.compile(
    r"的(?:投资|协议|合同|签约|实际|到位)?(?:总额|总金额|金额|资金|投资额|总投资)"
    r"(?![\p{Han}])"
)


def _count_follows(sent: Sentence, value: Any, clause_end: int) -> bool:
    reach = min(clause_end, value.end + PHRASE_REACH)
    return any(m.type == "count" for m in sent.between(value.end, reach))


_DIGIT_RE = patterns.compile(r"[0-9]")


def in_quotes(reading: Reading, sent: Sentence, value: Any) -> bool:
    """Numbers in slogans and names: "三个“没想到”", "“四个一”制度", "“六个新聊城”建设".

    Only a short quoted phrase counts; a quoted speech ("“一季度，全县…37次…”") holds real figures.
    """
    norm = reading.norm
    before, after = norm[max(0, value.start - 1) : value.start], norm[value.end : value.end + 1]
    beside = before in QUOTE_OPEN or before in QUOTE_CLOSE or after in QUOTE_OPEN
    if beside and not _DIGIT_RE.search(norm, value.start, value.end):
        return True  # "三个“没想到”", "“生产车间”和“职工公寓”两个…"
    if beside:
        # (session 36) a figure in digits beside a quoted name counts what the name names (完成61项“规定任务”,
        # “云签约”391个重大项目): slogans count in words (三个“没想到”, “四个一”)
        return False
    return _inside_a_quote(reading, sent, value, SLOGAN_MAX)


def _inside_a_quote(reading: Reading, sent: Sentence, value: Any, reach: int) -> bool:
    """Whether a quote opens before the value and closes after it, each within `reach` characters and no clause break
    or other quote mark between."""
    norm = reading.norm
    opened = _SLOGAN_OPEN_RE.search(norm, max(sent.span.start, value.start - reach), value.start)
    if opened is None:
        return False
    return _SLOGAN_CLOSE_RE.match(norm, value.end, min(sent.span.end, value.end + reach)) is not None


# (session 39) How far a quoted phrase may reach either side of a percent in it.
QUOTED_PHRASE_MAX = 100


def in_a_quoted_phrase(reading: Reading, sent: Sentence, value: Any) -> bool:
    """A percent inside a quoted phrase with no clause break (落实“重大招商项目100%专班服务、先进产业项目100%确保供地…”,
    “两个15%”, 「不超過投資成本80%」): a slogan or a rule, no statistic. A quoted speech breaks into clauses and holds
    real figures (“…落地率达51%，其中…”)."""
    return _inside_a_quote(reading, sent, value, QUOTED_PHRASE_MAX)


# A fund set up (设立1000万元的人才发展专项资金、2000多万元科技创新资金): money a government puts aside, no result.
_SETS_UP_RE = patterns.compile(r"(?:设立|設立|设置|設置)[^，,。；;]{0,20}$")
_FUND_AFTER_RE = patterns.compile(r"的?(?:(?!到位|利用|引进|引進|实际|實際)[^，,。；;、\d]){0,10}?(?:资金|資金|基金)")
_FUND_BEFORE_RE = patterns.compile(
    r"(?:设立|設立|设置|設置)(?:(?!到位|利用|引进|引進|实际|實際)[^，,。；;\d]){0,12}(?:资金|資金|基金)(?:规模)?[达為为]?\s*$"
)


# (session 36) Rewards and subsidies paid out or received (兑现奖励1.5亿元, 发放补贴14.4亿元, 获得财政补助资金11.08亿元,
# 获批资助经费2340万) are what was paid: statistics, not the policy's terms (给予, 最高, 按…).
_PAID_OUT_RE = patterns.compile(
    rf"(?:兑现|发放|拨付|获得|获批|获|争取)[^，,。；;\d]{{0,10}}?(?:{'|'.join(REWARD_WORDS)})"
)
_POLICY_TERMS_RE = patterns.compile("|".join(POLICY_TERMS))


def is_policy(reading: Reading, value: Any, before: str) -> bool:
    """`before`: the clause's words before the figure (words_before)."""
    if _PAID_OUT_RE.search(before) and not _POLICY_TERMS_RE.search(before):
        return False
    return (
        bool(_POLICY_RE.search(before))
        or reading.norm.startswith(POLICY_AFTER, value.end)
        or (bool(_SETS_UP_RE.search(before)) and _FUND_AFTER_RE.match(reading.norm, value.end) is not None)
        or bool(_FUND_BEFORE_RE.search(before))
    )


def about_one_entity(reading: Reading, sent: Sentence, value: Any, before: str) -> bool:
    """A figure whose subject is a company or a person ("聊城欧佩德…有限公司已接到3亿多元的订单")."""
    norm = reading.norm
    start = window_start(sent, value)
    for m in sent.between(start, value.start, "org", "person"):
        if _is_entity_subject(reading, m):
            return True
    if _COMPANY_REFERENCE_RE.search(before):
        return True
    for m in sent.mentions:
        if m.type == "date":
            continue
        if m.start >= value.start:
            return False
        if m.type in ("org", "person") and _is_entity_subject(reading, m):
            speaker = _SPEECH_RE.match(norm, m.end, min(m.end + _SPEECH_REACH, sent.span.end))
            return speaker is None and not norm.startswith(DIRECTIVE_WORDS, m.end)
        return False
    return False


def counted_entities(reading: Reading, sent: Sentence) -> frozenset[tuple[str, int, int]]:
    """The company names a count is of ("駐港公司數目為9039家"): part of the indicator, no barrier to it."""
    return frozenset(mention_key(m) for m in sent.of_type("org") if reading.norm.startswith(COUNT_OF_ENTITIES, m.end))


def _is_entity_subject(reading: Reading, m: Any) -> bool:
    """A company or person that does the thing, not one met, visited or listed among the counted."""
    if m.type == "org" and m.value.kind not in ENTITY_KINDS:
        return False
    if m.type == "person" and _BYLINE_RE.search(reading.norm, max(0, m.start - BYLINE_REACH), m.start):
        return False  # "西江都市报讯（记者 吴艳虹）…": the reporter, no subject of the figures
    if reading.norm.startswith(COUNT_OF_ENTITIES, m.end):
        return False  # "驻港公司数目为9039家": the companies counted, no one company
    if m.type == "person" and reading.norm.startswith(LEADING_VERBS, m.end):
        return False  # "市长刘和生率岳阳代表团收获签约24个项目": the delegation's figures, its place's
    before = reading.norm[max(0, m.start - 1) : m.start]
    after = reading.norm[m.end : m.end + 1]
    return before not in ENTITY_NOT_SUBJECT_BEFORE and after not in ENTITY_LISTED_AFTER


# A sentence opening on the one project just told ("该项目占地64亩，总投资1.3亿元", "据了解，该项目…"): its figures are
# the project's (a deal's), no statistic of a place.
# So does one opening on what the project is ("作为今年黑龙江省重点建设项目，总投资5.15亿元").
# (session 20) So does one opening on the one firm just told ("该企业预计投入建设资金8亿元").
# (session 16) So does one opening on a phase of it ("第一期投资4亿元", "一期项目投资6亿元"), on the whole of it
# ("整个项目建成后…年创税收3000万元"), or on the bare word for it followed by what only one project has ("项目总投资10亿元，
# 分两期建设", "项目建成后，可实现…利税5000万元"): a place's projects are counted, not built or phased.
_ONE_PROJECT_OPENING_RE = patterns.compile(
    r"[\s“”\"]*(?:(?:据了解|据悉|据介绍|目前|如今|同时)[，,]?)?(?:该|此|这个|這個|整个|整個|全部)(?:项目|項目|工程|厂|廠)"
    # (session 20) or on the one firm just told (该企业预计投入建设资金8亿元, 該公司計劃投資…): its money is its deal's
    r"|[\s“”\"]*(?:(?:据了解|据悉|据介绍|目前|同时)[，,]?)?(?:该|該|此)(?:企业|企業|公司|集团|集團)"
    r"|[\s“”\"]*(?:作为|作為)[^，,。；;]{0,20}(?:项目|項目|工程)(?:之一)?[，,]"
    r"|[\s“”\"]*(?:(?:据了解|据悉|据介绍)[，,]?)?(?:第[一二三四]期|[一二三四]期|首期)(?:项目|項目|工程)?"
    r"(?:总投资|總投資|计划投资|計劃投資|投资|投資|建设|建設|占地|佔地|建成|用地)"
    r"|[\s“”\"]*(?:(?:据了解|据悉|据介绍)[，,]?)?(?:项目|項目)(?:总投资|總投資|计划总投资|計劃總投資|建成|全部建成|达产|達產"
    r"|全面达产|投产|投產|建成投产|建成投產|占地|佔地|位于|位於|分[两兩二三]期|一期|首期|主要建设|主要建設|建设内容|建設內容)"
)


def about_the_project_told(reading: Reading, sent: Sentence) -> bool:
    """Whether the sentence opens on the one project the report just told (该项目…, 此项目…), or on one it names."""
    return _ONE_PROJECT_OPENING_RE.match(
        reading.norm, sent.span.start, sent.span.end
    ) is not None or _opens_on_a_named_project(reading, sent)


# (session 19) A clause opening on one project's investment after a clause that told the project or its signing
# ("…签订年产5000吨泡椒项目招商引资协议，该项目计划投资2000万元", "…将在百色建设鲜活百色工厂，项目总投资3亿元",
# "新能源公交车制造项目计划总投资10.5亿元"): the project's figure. A count before it in the sentence makes the clause
# the counted projects' sum ("新签项目708个，项目总投资977亿元"), a statistic.
_ONE_PROJECT_CLAUSE_RE = patterns.compile(
    r"[\s“”\"]*(?:(?:据了解|据悉|据介绍|其中)[，,]?)?(?P<this>该|此|本|这个|這個|整个|整個)?(?:项目|項目|工程)"
    r"(?:预计|預計|计划|計劃|拟|擬)?(?:固定资产|固定資產)?(?:总投资|總投資|投资|投資|投入)(?:总额|總額|额|額)?"
    r"(?:约|約|达|達|为|為|超过|超過|近|逾)?\s*$"
)


def a_project_figure_in_its_clause(reading: Reading, sent: Sentence, value: Any) -> bool:
    """Whether the figure's clause opens on one project's investment, with no count before it in the sentence; the
    clause may open on the project's own name."""
    clause = sent.clause_at(value.start)
    start = clause.start
    first = sent.first_from(start)
    if (
        first is not None
        and first.type == "project"
        and first.end <= value.start
        and not reading.norm[start : first.start].strip()
        and reading.norm.endswith(PROJECT_WORDS, first.start, first.end)
    ):
        start = first.end - 2  # "新能源公交车制造项目|计划总投资…": read from the name's closing 项目 / 工程
    opening = _ONE_PROJECT_CLAUSE_RE.match(reading.norm, start, value.start)
    if opening is None or sent.between(sent.span.start, value.start, "count"):
        return False
    # a bare 项目 after a ceremony of many ("…集中开工仪式在贵阳举行，项目总投资685.3亿元") is their sum
    return bool(opening.group("this")) or not sent.between(sent.span.start, value.start, "event")


# (session 16) A sentence whose first clause is a named project, with no figure of its own ("由台江县人民政府与水发集团
# 签约的“年产20万吨再生资源综合循环利用”项目，总投资11.35亿元，…年创税2.5亿元，带动就业400人"): what follows is that
# project's, as after 该项目.
PROJECT_WORDS = ("项目", "項目", "工程")
_NAME_CLOSE_RE = patterns.compile(r"[\s”」\"』]*[，,]")


def _opens_on_a_named_project(reading: Reading, sent: Sentence) -> bool:
    first = sent.clause_at(sent.span.start)
    projects = sent.between(first.start, first.end, "project")
    if not projects or any(v.start < projects[-1].end for v in sent.values() if v.start < first.end):
        return False
    if not reading.norm.endswith(PROJECT_WORDS, projects[-1].start, projects[-1].end):
        return False  # "上线…一站式服务云平台，已完成注册企业1900多家": a platform's users are the place's
    return _NAME_CLOSE_RE.match(reading.norm, projects[-1].end, sent.span.end) is not None and (
        _NAME_CLOSE_RE.match(reading.norm, projects[-1].end).end() >= first.end
    )


def window_start(sent: Sentence, value: Any) -> int:
    """Where the words that can qualify a figure start: its clause, at most PHRASE_REACH before it."""
    return max(sent.clause_at(value.start).start, value.start - PHRASE_REACH)


def words_before(reading: Reading, sent: Sentence, value: Any) -> str:
    """The clause's words before the figure (within reach), mentions blanked out."""
    return unmentioned(reading, sent, window_start(sent, value), value.start)


def unmentioned(reading: Reading, sent: Sentence, start: int, end: int) -> str:
    """The text of [start, end) with mentions blanked out (same length), so words inside names do not count."""
    parts: list[str] = []
    pos = start
    for m in sent.between(start, end):
        parts.append(reading.norm[pos : m.start])
        parts.append("_" * (m.end - m.start))
        pos = m.end
    parts.append(reading.norm[pos:end])
    return "".join(parts)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# A base year written out, blanked as a date mention ("较2010年增加98.6亿元", "比2017年同期多3个"): a difference
# from the year before the figure's (a change over several years, 较2015年末增加13万人 in 2020, is the span's figure).
_DIFFERENCE_VERBS = "增加|减少|增长|下降|提高|降低|上升|多|少"
_DATED_DIFFERENCE_RE = patterns.compile(
    r"(?:比|较|与)(?P<base>_+)(?:同期)?(?:相比)?[，,]?\s*(?:分别)?(?:大幅|小幅|略有|明显|稍有)?"
    rf"(?:{_DIFFERENCE_VERBS})(?:了)?\s*$"
)


# Last year's figure for the same months, told as the base of a change or beside this year's ("由上年同期612万美元
# 大幅提升到1048万美元", "上年同期为486亿元"): the comparison's base, no figure of its own.
_LAST_YEARS_SAME_MONTHS_RE = patterns.compile(r"(?:由|从|比|较)?(?:上年|去年|上一年)同期(?:为|是|仅为|只有)?\s*$")


def from_the_year_before(reading: Reading, sent: Sentence, value: Any, before: str) -> bool:
    """A difference from a base year written out that is the year before the last year of the figure's period, or
    last year's figure for the same months (`_LAST_YEARS_SAME_MONTHS_RE`); `before` holds the clause's words before
    the figure (`words_before`)."""
    if _LAST_YEARS_SAME_MONTHS_RE.search(before):
        return True
    found = _DATED_DIFFERENCE_RE.search(before)
    if found is None:
        return False
    base_at = value.start - len(before) + found.start("base")
    base = next(iter(sent.between(base_at, value.start, "date")), None)
    period = reading.period_before(sent, base_at).value
    if base is None or period is None:
        return False
    year, last = base.value.timex[:4], period.split("/")[-1][:4]
    return year.isdigit() and last.isdigit() and int(year) == int(last) - 1


# (session 38) The base a figure is compared with, told with its period and 的 ("达1750亿美元，较2014年的1140亿美元上升
# 53.5%", "比上年的4.03亿美元有了较大幅度的增长"): the earlier level, no statistic of the report's; the change after it
# is the figure's before it.
_COMPARISON_BASE_RE = patterns.compile(
    r"(?:比|较|与|同)(?:之)?(?:上年|去年|上一年|前一年|\d{4}年|上年同期|去年同期|同期)(?:同期)?(?:全年)?的\s*$"
)
_BASE_REACH = 12


def comparison_base(reading: Reading, value: Any) -> bool:
    """Whether a period and 的 after 比 / 较 stand right before the figure."""
    return _COMPARISON_BASE_RE.search(reading.norm, max(0, value.start - _BASE_REACH), value.start) is not None


# An amount restated in another currency ("7.58亿美元，折合新台币227.33亿元"): the figure before it, told again.
_RESTATED_RE = patterns.compile(r"(?:折合|约合|折算)[^，,。；;\d]{0,5}$")
RESTATED_REACH = 8


def restates_the_amount_before(reading: Reading, sent: Sentence, value: Any) -> bool:
    """折合 / 约合 right after another amount ("7.58亿美元，折合新台币227.33亿元"); alone (实际使用外资折合人民币
    1200亿元) it names the figure's currency, and the figure stands."""
    found = _RESTATED_RE.search(reading.norm, max(sent.span.start, value.start - RESTATED_REACH), value.start)
    if found is None:
        return False
    before = next(sent.backwards(found.start(), sent.span.start), None)
    return (
        before is not None and before.type == "money" and not reading.norm[before.end : found.start()].strip(" ，,（(")
    )


# (A list of places named before their count, "南宁、柳州两市…合计超过500亿元", gives one joint total: no 个 there.)
# Places counted by a threshold ("全省有8个市实际到位资金超200亿元", "有76个县(市、区)实际到位资金超10亿元", "5个县区
# 增速超过20%"): the amount is the bar the places pass, no figure; the count is named by the bar (实际到位资金超200亿元).
COUNTED_PLACE_UNITS = (
    r"(?:县[（(]市[、，,]?区[)）]|縣[（(]市[、，,]?區[)）]|县市区|縣市區|市州|地市|市|县|縣|区|區|州|省)"
)
OVER_WORDS = r"(?:超过|超過|超|逾|突破|在)"
_OVER_RE = patterns.compile(OVER_WORDS)
OVER_REACH = 2  # the over word standing before the amount's mention ("超过")
_PLACES_OVER_RE = patterns.compile(rf"(?:个|個)?{COUNTED_PLACE_UNITS}(?P<name>\p{{Han}}{{2,12}}?)(?={OVER_WORDS})")
_PLACES_OVER_BEFORE_RE = patterns.compile(
    rf"(?:\d+|[一二两三四五六七八九十]+)(?:个|個){COUNTED_PLACE_UNITS}(?P<name>\p{{Han}}{{2,12}}?)(?P<over>{OVER_WORDS})?$"
)


def places_over_a_threshold(reading: Reading, sent: Sentence, count: Any) -> tuple[int, int] | None:
    """The span naming a count of places by the bar they pass ("8个市实际到位资金超200亿元" → 实际到位资金超200亿元)."""
    found = _PLACES_OVER_RE.match(reading.norm, count.end)
    if found is None:
        return None
    # the over word may open the amount's mention ("超200亿元") or stand before it ("超过 20%")
    clause_end = sent.clause_at(count.start).end
    bar = next(iter(sent.between(found.end(), clause_end, "money", "percent")), None)
    if bar is None or bar.start > found.end() + OVER_REACH:
        return None
    end = bar.end + 2 if reading.norm.startswith("以上", bar.end) else bar.end
    return found.start("name"), end


def places_threshold_name(reading: Reading, sent: Sentence, value: Any) -> tuple[int, int] | None:
    """The name the amount is the bar of, when it is the bar a count of places passes ("8个市实际到位资金超200亿元" →
    实际到位资金); None when it is a figure."""
    clause = sent.clause_at(value.start)
    before = _PLACES_OVER_BEFORE_RE.search(reading.norm, clause.start, value.start)
    if before is None or (before.group("over") is None and _OVER_RE.match(value.text) is None):
        return None
    return before.start("name"), before.end("name")


# What a facility can hold or carry ("可容纳2万人的场馆", "可提供600个泊位", "每小时可载客8000人", "设计年吞吐旅客1000万
# 人次"): its size, not a statistic of a place.
CAPACITY = (r"可(?:同时)?(?:容纳|容納|提供|载客|載客|接待|停放|满足)", "设计年", "設計年", "设计能力", "設計能力")
_CAPACITY_RE = patterns.compile("|".join(CAPACITY))
# What projects are expected to yield, told without a 达产后 ("预计可实现年产值600亿元", "预计年产值可达10亿元",
# "可实现年销售收入20亿元"): no statistic, as after 达产后. A place's own forecast names its year (预计全年实现…).
# (session 16) So are the year's yield told after 年 and a modal ("年可实现销售收入410亿元、利税59亿元") and the jobs a
# project can or will bring ("可带动就业500余人", "将提供就业岗位300个"): a place's jobs are told without the modal.
# (session 19) Also with what is added or paid (预计每年新增产值2-3亿元, 每年可缴纳税收300万元) and bare 销售 (年可实现销售20亿元).
_OUTPUTS = "(?:新增|缴纳|繳納|上缴|上繳)?(?:产值|產值|销售收入|銷售收入|营业收入|營業收入|销售额|銷售額|销售|銷售|税收|稅收|利税|利稅|纳税|納稅)"
_YIELD_RE = patterns.compile(
    rf"(?:预计|預計)(?:可|能)?(?:实现|實現)?(?:年|每年)?{_OUTPUTS}|(?:可|能)(?:实现|實現)(?:年|每年){_OUTPUTS}"
    rf"|(?:年|每年)(?:可|能|将|將)(?:实现|實現|创|創)?(?:年|每年)?{_OUTPUTS}"
    r"|(?:可|能|将|將|预计|預計)(?:直接|间接|間接|新)?(?:带动|帶動|提供|解决|解決|吸纳|吸納|增加|新增)(?:当地|當地)?"
    r"(?:就业|就業)"
    # (session 35) the year's yield named before its modal ("年產值有望達130億元、年稅收10億元", "年产值可达6亿元"); not
    # 将, which a park's output told as its coming level takes too ("…等产业集群，年产值将在40亿元以上")
    rf"|(?:年|每年){_OUTPUTS}(?:有望|可望|预计|預計|可|能)"
    # (session 42) the output at full production ("达产产值90亿元", "预计达产税收15亿元"): a project's to come
    rf"|(?:达产|達產|满产|滿產)(?:后|後)?(?:年|每年)?{_OUTPUTS}"
)


# (session 20) …and the jobs told after the number ("可解決1萬人左右就業", "将带动2000人就业").
_JOBS_VERB_BEFORE_RE = patterns.compile(
    r"(?:可|能|将|將|预计|預計|预计可|預計可)(?:直接|间接|間接)?(?:带动|帶動|解决|解決|吸纳|吸納|提供|安置)\s*$"
)
_JOBS_AFTER_RE = patterns.compile(r"(?:左右|以上|余|餘|多)?(?:人|名)?(?:的)?(?:就业|就業)")


# (session 32) …and the openings counted after a modal and a verb of making ("可創造逾1,500個工作機會", "將新增1853個工作
# 機會", "可望再創造1000個高科技人才就業機會", "将为当地提供1万个以上的就业岗位"): what is to come, as with 就业; (session 35)
# also after 可增 ("預計完成後可增約4000個就業機會").
# (session 40) Also after an estimate (预计带来, 预估在台创造, 估计提供) and a verb joined to one (…可望创造200亿元年产值及提供…,
# 预计…并创造4千个工作机会), and counted in 名 (创造约1万名就业机会).
_OPENINGS_VERB_BEFORE_RE = patterns.compile(
    r"(?:可|能|将|將|可望|有望|将可|將可|预期|預期|预计|預計|预估|預估|估计|估計)(?:可|将|將)?"
    r"(?:再|额外|額外|为当地|為當地|为本地|為本地|在台|在臺|在当地|在當地|在[^，,。；;\d]{1,16}?(?:地区|地區|当地|當地))?"
    r"(?:创造|創造|带来|帶來|新增|增加|增|提供|开设|開設)(?:约|約|逾|超过|超過|近|多达|多達|达|達)?\s*$"
)
_ESTIMATE = "(?:将|將|可望|有望|预计|預計|预估|預估|估计|估計)"
_MAKES = "(?:创造|創造|带来|帶來|提供)"
_JOINED_OPENINGS_VERB_RE = patterns.compile(
    rf"(?:可|{_ESTIMATE})[^，,。；;]*(?:并|並|及|和|、){_MAKES}(?:约|約|逾|超过|超過|近|多达|多達|达|達)?\s*$"
    # (session 42) ... or joined to what the verb brings first ("预计将带来600亿元产值及1万个就业机会")
    rf"|{_ESTIMATE}[^，,。；;]*{_MAKES}[^，,。；;]*(?:并|並|及|和|、|与|與)\s*$"
)
_OPENINGS_AFTER_RE = patterns.compile(
    r"(?:左右|以上|余|餘|多)?\s*(?:个|個|人|名)?(?:以上)?(?:的)?[\p{Han}]{0,6}?"
    r"(?:就业机会|就業機會|工作机会|工作機會|就业岗位|就業崗位|职位|職位)"
)


def jobs_to_come(reading: Reading, value: Any, before: str) -> bool:
    """The jobs a project can or will bring: the number between the verb and 就业, or the openings counted after a
    modal and a verb of making."""
    if _JOBS_VERB_BEFORE_RE.search(before) is not None and _JOBS_AFTER_RE.match(reading.norm, value.end) is not None:
        return True
    return (
        _OPENINGS_VERB_BEFORE_RE.search(before) is not None or _JOINED_OPENINGS_VERB_RE.search(before) is not None
    ) and _OPENINGS_AFTER_RE.match(reading.norm, value.end) is not None


def tells_a_capacity_or_yield(before: str) -> bool:
    """Whether the words before a figure say what a facility holds or what projects are to yield."""
    return _CAPACITY_RE.search(before) is not None or _YIELD_RE.search(before) is not None


# (session 16) A phase of a works names its own figure ("项目总投资7860万美元，一期投资3000万美元", "…有限公司项目一期固定资产
# 投资500万欧元", "法麦克斯三期项目总投资5.2亿元"): a place's projects are counted, not phased, so it is a project's figure.
_PHASE_FIGURE_RE = patterns.compile(
    r"(?:第?[一二三四五]|首)期(?:项目|項目|工程)?(?:固定资产|固定資產)?(?:总投资|總投資|计划投资|計劃投資|投资|投資|投入)"
    r"(?:约|約|达|達|为|為|超过|超過|近)?\s*$"
)


def is_a_phase_figure(before: str) -> bool:
    """Whether the words right before a figure name a phase's investment (一期投资, 三期项目总投资)."""
    return _PHASE_FIGURE_RE.search(before) is not None


# The amount each project of the clause before reaches ("此次签约的10个产业项目，总投资均达到10亿元及以上"): a bar the
# projects pass, each one's (docs/contract.md, deals), no statistic; a place list before it makes it each place's.
_EACH_PROJECT_REACHES_RE = patterns.compile(
    r"[项項]目[^。；;！？!?]{0,12}?(?:均|都)(?:已)?(?:达到|達到|达|達|在|超过|超過|超|为|為)?\s*$"
)
_EACH_PROJECT_REACH = 24


def each_projects_amount(reading: Reading, sent: Sentence, value: Any) -> bool:
    start = max(sent.span.start, value.start - _EACH_PROJECT_REACH)
    if _EACH_PROJECT_REACHES_RE.search(reading.norm, start, value.start) is None:
        return False
    return not sent.between(sent.clause_at(value.start).start, value.start, "place")


# (session 20) A comparison closing a clause of its own ("与去年同期相比，项目数增加57个，投资额增加2502亿元"): the changes
# after it are differences, as 同比增加 is.
_COMPARED_CLAUSE_RE = patterns.compile(r"(?:与|和|同)(?:上年|去年)同期(?:相比|比较)\s*[，,]")
_CHANGE_VERB_RE = patterns.compile(rf"(?:{'|'.join(GROWTH_UP)}|{'|'.join(GROWTH_DOWN)})(?:了)?\s*$")


def compared_in_a_clause_before(reading: Reading, sent: Sentence, value: Any, before: str) -> bool:
    """A change (`before` ends on its verb) after a clause of the sentence that compares with last year."""
    if _CHANGE_VERB_RE.search(before) is None:
        return False
    clause = sent.clause_at(value.start)
    return _COMPARED_CLAUSE_RE.search(reading.norm, sent.span.start, clause.start + 1) is not None


# (session 20) A clause closing on when the projects are built or running ("3个产业项目全面投产后，…年税收5800万元，
# 提供就业岗位600个"): its own count and the figures after it in the sentence are what they are to yield.
_PROJECTION_CLAUSE_RE = patterns.compile(rf"(?:{'|'.join(PROJECTION)})[\s，,]*$")


# (session 39) ... or opening on one, the yields listed after it in the clauses that follow ("建成后预计年产值13.6亿元，税收
# 6800多万元"; "达产后…，预计可实现年销售收入1.8亿元，税收3000万元").
# (session 42) An estimate of when the project runs opening the sentence tells the same ("项目预计在2024年投产运营，每年
# 将产出…，实现年总收入5000余万元，并提供60多个就业岗位").
PROJECTION_RE = patterns.compile(
    "|".join(PROJECTION) + r"|(?:预计|預計)[^，,。；;]{0,12}?(?:投产|投產|建成|运营|運營|达产|達產|竣工|投用)"
)


def after_a_projection(reading: Reading, sent: Sentence, value: Any) -> bool:
    """Whether a clause of the sentence up to the figure's own closes on 投产后 / 建成后 …, or an earlier clause tells one
    before its first figure."""
    index = sent.clause_index(value.start)
    norm = reading.norm
    for clause in sent.clauses[: index + 1]:
        if _PROJECTION_CLAUSE_RE.search(norm, clause.start, clause.end) is not None:
            return True
    for clause in sent.clauses[:index]:
        first = next((m for m in sent.between(clause.start, clause.end, "money", "count", "percent")), None)
        if PROJECTION_RE.search(norm, clause.start, first.start if first is not None else clause.end):
            return True
    return False
