"""The indicator of a metric: the shortest phrase naming what a figure counts (records/metrics.py asks here).

The phrase before the figure, trimmed of the adverbs, subjects and linking verbs that frame it
("全市累计完成招商引资到位资金" → 招商引资到位资金), or the noun after it when the figure comes first
("列举了300家本地企业"); a run of values after 分别 shares the name before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import patterns
from . import metric_breakdowns, metric_heads, not_statistics, respectively
from .context import Reading
from .phrase import EMPTY, RIGHT_NOT_NOUN, Phrase, Trim, is_closed_after, left_phrase, right_phrase
from .sentence import VALUE_TYPES, Sentence

# Trimmed from the front of an indicator: adverbs, subjects the place pass may not mark, and verbs
# that only say a figure was reached ("开展精准招商37次" → 精准招商).
LEAD_WORDS = (
    "其中", "共计", "共有", "合计", "总计", "累计", "先后", "已经", "已", "又", "再", "还", "仅", "均", "分别",
    "共", "此外", "同时", "另外", "并", "而", "则", "就", "便", "都", "也", "可", "我们", "全区", "全市",
    "全县", "全省", "我区", "我市", "我县", "该区", "该市", "该县", "本区", "本市", "园区", "开发区", "高新区", "但",
    "完成", "实现", "开展", "举办", "组织", "邀请", "拥有", "有", "达到", "筛选", "列举", "培育", "签订",
    "公布", "实施", "谋划", "包装", "精心", "全力", "积极", "每年", "年均", "当年", "上年", "今年", "全年",
    "年内", "如今", "目前", "至今", "确保", "力争", "争取", "确定", "明确", "将", "且", "预计", "此次", "本次", "这次", "当月", "本月",
    # determiners that pick out the things counted, not name them ("这些项目共计15个", "洽谈各类招商引资项目80项")
    "这些", "该些", "各类", "各种",
    # words that open a breakdown of the figure before ("包括国家级项目28项", "包含市政项目68个")
    "包括", "包含", "其中包括",
    # a speech's duty before its modal ("全市要力争新签约项目300个"): 要 alone may open a noun (要素)
    "要力争", "要确保", "要争取", "要实现", "要完成",
    # (session 16) the rank a breakdown's next item is told in ("其次為電子資訊業28.16%", "而後依序是教育 15%")
    "其次为", "其次是", "其次", "再次为", "再次是", "依序是", "依序为", "依次是", "依次为", "而后依序是", "而后依次是",
)  # fmt: skip

# Verbs inside a phrase whose object is what is counted: "高校与企业共建研发机构40个", "镇街建成人才驿站14个",
# "涉及投资金额500亿元". The indicator starts after the last of them.
# A verb of new things (新建, 新设立, 新组建) opening the phrase says which are counted: it stays ("新建10亿元以上项目").
# So do the words opening a breakdown of a whole told before ("签约项目中包含市政项目68个").
OBJECT_VERBS = ("共建", "新建", "建成(?![区率])", "涉及", "(?<!新)设立", "(?<!新)组建", "包括", "包含")

# Trimmed from the end: the verbs that link an indicator to its value ("一般公共预算收入累计完成").
TRAIL_WORDS = (
    "累计完成", "完成了", "完成", "达到", "达", "为", "是", "实现", "共计", "合计", "总计", "共有", "有",
    "约", "近", "超过", "超", "突破", "逾", "仅", "已", "已经", "分别", "累计", "共", "均", "占比", "占",
    "或",
    # ... and what only links the name to a next one or to its verb, when the figure comes first ("28个重大项目
    # 集中开工" → 重大项目; "1个轻工业项目和26个…" → 轻工业项目)
    "集中", "和", "以及",
    # ... and what only stresses or sets the value ("回国人员就超过18万人", "招商引资任务确定为500亿元")
    "就", "确定",
    # ... and a share of the bare total ("到位内资占总额的57.2%"); a named whole stays (工业投资占全社会投资比重)
    "占总额", "占总量",
    # ... and the adverbs a subject takes before its verb or value ("第二批27个项目也将…", "7个重大项目又于…签约",
    # "年产值可达")
    "也", "又", "还", "可",
    # ... and the estimate or hope told between the name and its verb ("实际使用外资预计达到50亿美元",
    # "实际使用外资有望突破10亿美元"), as before the name
    "预计", "有望", "可望", "将",
    # ... and 计 "amounting to", as Taiwan's releases link a sum to its value ("投（增）資金額計98.3億美元")
    "计",
    # ... and (session 31) the verbs of climbing onto a step or over a bar, and 首次 before them ("地区生产总值迈上400亿元
    # 台阶", "财政收入跃上10亿元新台阶", "实际利用外资首次跨过200亿美元大关")
    "迈上", "跃上", "登上", "站上", "跨上", "跨过", "跨越", "首次",
    # ... and (session 34) 高达 and the stress before it that a place's figure after another's takes ("合肥更是高达600.8亿")
    "高达", "更是", "更",
)  # fmt: skip

# Speeches enumerate their own points ("我讲三个方面的问题", "重点实现六个突破", "20个细分产业方向"):
# counts of these abstract nouns are no statistics.
ABSTRACT_NOUNS = (
    "方面", "问题", "突破", "领域", "方向", "环节", "措施", "举措", "原则", "重点", "任务", "目标", "机制",
    "体系", "行动", "理念", "特点", "优势", "作用", "意见", "要求", "步骤", "阶段", "层次", "维度", "渠道",
    "路径", "模式", "板块", "链条", "文章", "字", "关键", "短板", "难题", "转变", "坚持", "着力点",
)  # fmt: skip

# A counted noun followed by these acts itself ("29家企业担任科技副总", "40名项目专员主动靠上"); (session 41) not 参加:
# those attending are counted as the real gold keeps attendance ("40余家企业代表参加了会议").
ACTOR_VERBS = ("赴", "担任", "主动", "能", "要", "负责", "参与", "组成", "开展", "是")

# "投资几百亿实施…项目": an amount followed by building verbs belongs to a project (deals), not a metric.
UNNAMED_PROJECT_VERBS = ("实施", "建设", "新建", "打造", "兴建", "建成", "上马", "启动")

DEAL_ROLE_WORDS = ("投资", "总投资", "计划投资", "注资", "出资")

# An amount before these names a target ("全年5360亿元招商引资目标任务"), whatever else it is.
TARGET_NAMES = ("目标任务", "目标")

# Words that open with a lead word and are no lead word plus a rest: 就业 (jobs, not 就 + 业), and the year's plan
# (当年计划投资, 年内计划完成投资, 全年计划投资: the plan is the year's, as 年度计划投资 names it).
WHOLE_WORDS = ("就业", "就業", "当年计划", "當年計劃", "年内计划", "年內計劃", "全年计划", "全年計劃")
TRIM = Trim(LEAD_WORDS, TRAIL_WORDS, WHOLE_WORDS)

_OBJECT_VERB_RE = patterns.compile("|".join(OBJECT_VERBS))


def run_indicator(reading: Reading, sent: Sentence, run: respectively.Run) -> Phrase:
    """The name shared by a run: the words between 分别 and the values ("分别到位资金"), else the name of
    the figure before it ("…项目落地率均超过30%，分别为51%、40%…")."""
    first = run.values[0]
    phrase = TRIM(reading.norm, *run.lead) or left_phrase(reading, sent, first, TRIM)
    if phrase:
        return phrase
    if run.places:
        # "前5月到位金额名列前茅的是太原市、朔州市和长治市，分别为…": the name before the ranked places
        place = run.places[0]
        clause = sent.clause_at(place.start)
        barrier = next(sent.backwards(place.start, clause.start), None)
        start = barrier.end if barrier is not None else clause.start
        ranked = metric_breakdowns.RANKING_TAIL_RE.search(reading.norm, start, place.start)
        if ranked is not None and (named := TRIM(reading.norm, start, ranked.start())):
            return named
        # (session 37) "海口、三亚、澄迈|投资额|位居前三，分别为…": the name after the places, before their rank
        last, marked_at = run.places[-1], run.lead[0] - len(respectively.RESPECTIVELY)
        ranked = metric_breakdowns.RANKED_AFTER_NAME_RE.search(reading.norm, last.end, marked_at)
        if ranked is not None and reading.norm.startswith(respectively.RESPECTIVELY, marked_at):
            named = TRIM(reading.norm, last.end, ranked.start())
            if named and not sent.between(last.end, ranked.start()):
                return named
    earlier = next((m for m in sent.backwards(first.start, sent.span.start) if m.type in VALUE_TYPES), None)
    if earlier is not None:
        return left_phrase(reading, sent, earlier, TRIM)
    # "全省利用省外资金1.2万亿元。合肥市、芜湖市分别完成2600亿元、1500亿元": the places' figures of the name just told
    named = metric_breakdowns.last_named(reading, sent, first.type) if run.places else None
    return named or EMPTY


def figure_indicator(
    reading: Reading,
    sent: Sentence,
    value: Any,
    thresholds: frozenset[tuple[str, int, int]],
    name_end: int | None = None,
) -> Phrase:
    """What the figure counts, without the verb that made it ("与企业共建联合实验室17个" → 联合实验室); `name_end`:
    where the words before the figure end when something stands between (a bracketed period, "资金（1-9月）480亿元")."""
    if value.type == "count" and (bar := not_statistics.places_over_a_threshold(reading, sent, value)) is not None:
        return Phrase(*bar)  # "8个市实际到位资金超200亿元": the places counted by the bar they pass
    phrase = _with_investors_in_place(reading, sent, _indicator_phrase(reading, sent, value, thresholds, name_end))
    verbs = [
        v
        for v in _OBJECT_VERB_RE.finditer(reading.norm, phrase.start, phrase.end)
        if not (v.start() == phrase.start and v.group().startswith("新"))
    ]
    if verbs and phrase.end - verbs[-1].end() >= 2:
        phrase = Phrase(verbs[-1].end(), phrase.end)
    phrase = metric_heads.after_subject(reading.norm, phrase, TRIM)
    clause = sent.clause_at(value.start)
    phrase = _with_quoted_modifier(reading.norm, phrase, clause.start)
    phrase = _with_plan_year(reading, sent, phrase)
    phrase = _after_counted_places(reading, sent, phrase)
    phrase = _named_by_its_case_count(reading, sent, phrase)
    phrase = _without_bringing_in(reading.norm, phrase)
    if value.type == "money":
        phrase = _after_the_counted_things(reading, sent, phrase)
    return metric_heads.with_stage_verb(reading.norm, phrase, clause.start, clause.end)


# The things a count right before the name counts ("33个项目总投资1122亿元", "206个重点项目完成投资113亿元", "16个市重点
# 项目完成投资"): the count's noun, so the amount is named by what follows it (总投资, 完成投资, 计划总投资), as the
# real-page annotators write it (dev: 9 of 9).
_COUNTED_THINGS_RE = patterns.compile(r"[^，,；;。]{0,8}?(?:项目|企业)")
COUNTED_THINGS_MIN_REST = 2


def _after_the_counted_things(reading: Reading, sent: Sentence, phrase: Phrase) -> Phrase:
    counts = sent.between(max(sent.span.start, phrase.start - 8), phrase.start + 1, "count")
    if not counts or reading.norm[counts[-1].end : phrase.start].strip():
        return phrase
    things = _COUNTED_THINGS_RE.match(reading.norm, phrase.start, phrase.end)
    if things is None or phrase.end - things.end() < COUNTED_THINGS_MIN_REST:
        return phrase
    return TRIM(reading.norm, things.end(), phrase.end) or phrase


# The verb of bringing in before a specific noun is no part of its name ("引进工业项目79个" → 工业项目, "引进省外到位
# 资金" → 省外到位资金, as the real-page annotators write it: dev 43 of 50); it stays before a generic head (引进项目,
# 引进资金, 引进各类项目, 引进实施项目) and a class sized by a figure (引进省外5000万元以上项目). 新引进 opens no such phrase.
BRINGING_IN = "引进"
KEEPS_BRINGING_IN = ("项目", "重点项目", "重大项目", "企业", "投资", "资金")
KEEPS_BRINGING_IN_BEFORE = ("各类", "实施", "利用")


def _without_bringing_in(norm: str, phrase: Phrase) -> Phrase:
    rest = phrase.start + len(BRINGING_IN)
    if not norm.startswith(BRINGING_IN, phrase.start) or phrase.end - rest < 2:
        return phrase
    named = norm[rest : phrase.end]
    if named in KEEPS_BRINGING_IN or named.startswith(KEEPS_BRINGING_IN_BEFORE) or any(c.isdigit() for c in named):
        return phrase
    return Phrase(rest, phrase.end)


# Taiwanese statistics give a kind of investment its case count, then its amount under a generic name
# ("核准陸資來台投資件數為13件，投（增）資金額1億86萬3000美元", "核准僑外投資件數為1020件，…投資金額為35億美元"): the
# amount is that kind's, named as the case count names it.
_GENERIC_AMOUNT_RE = patterns.compile(
    r"(?:投[（(]增[)）][资資]|投[资資]|核准)?(?:金[额額]|[资資]金[额額])|投[资資][额額]"
)
_CASE_COUNT_RE = patterns.compile(r"件[数數]")


def _named_by_its_case_count(reading: Reading, sent: Sentence, phrase: Phrase) -> Phrase:
    norm = reading.norm
    if not phrase or not _GENERIC_AMOUNT_RE.fullmatch(norm, phrase.start, phrase.end):
        return phrase
    cases = list(_CASE_COUNT_RE.finditer(norm, sent.span.start, phrase.start))
    if not cases:
        return phrase
    at = cases[-1].start()
    start = sent.clause_at(at).start
    # the name starts after the period that opens the clause ("今年1到7月核准…")
    dated = next((m for m in sent.backwards(at, start) if m.type == "date"), None)
    named = TRIM(norm, dated.end if dated is not None else start, at)
    return named or phrase


# A verb of new things right before a count told before its noun ("新增4家二级以上建筑企业", "新设立2家境外企业"): it
# stays in the name, as it does before the noun (新增市场主体, 新设立外商投资企业).
_NEW_VERB_BEFORE_RE = patterns.compile(
    r"(?P<verb>新增|新设立|新设|新建|新引进|新签约|新开工|新落户|新注册|新认定|新組建|新组建)(?:了)?\s*$"
)
NEW_VERB_REACH = 5


def new_verb_before(reading: Reading, value: Any, indicator: Phrase) -> Phrase:
    """The verb of new things right before a count named by the noun after it, else EMPTY."""
    if not indicator or indicator.start < value.end:
        return EMPTY
    verb = _NEW_VERB_BEFORE_RE.search(reading.norm, max(0, value.start - NEW_VERB_REACH), value.start)
    return Phrase(verb.start("verb"), verb.end("verb")) if verb is not None else EMPTY


# The places a count counts, written after it ("全省有8个市实际到位资金超200亿元", "17个县(市、区)有外资到位"): the
# count's noun, not the start of the name after it.
_COUNTED_PLACES_RE = patterns.compile(r"(?:县[（(]市[、，,]?区[)）]|县市区|市州|市|县|区|州)")


def _after_counted_places(reading: Reading, sent: Sentence, phrase: Phrase) -> Phrase:
    if not phrase:
        return phrase
    count = next(sent.backwards(phrase.start, max(sent.span.start, phrase.start - 8)), None)
    if count is None or count.type != "count" or count.end != phrase.start:
        return phrase
    unit = _COUNTED_PLACES_RE.match(reading.norm, phrase.start, phrase.end)
    if unit is None or phrase.end - unit.end() < 2:
        return phrase
    return Phrase(unit.end(), phrase.end)


# The year word of a year's plan, read as a date mention right before 计划 ("当年计划投资111.9亿元").
PLAN_YEAR_WORDS = ("当年", "當年", "年内", "年內", "全年")
_PLAN_RE = patterns.compile("计划|計劃")


def _with_plan_year(reading: Reading, sent: Sentence, phrase: Phrase) -> Phrase:
    """The year's plan keeps its year word (当年计划投资, 年内计划完成投资), as 年度计划投资 does."""
    if not phrase or not _PLAN_RE.match(reading.norm, phrase.start):
        return phrase
    date = next(sent.backwards(phrase.start, sent.clause_at(phrase.start).start), None)
    if date is None or date.type != "date" or date.end != phrase.start:
        return phrase
    return Phrase(date.start, phrase.end) if reading.norm[date.start : date.end] in PLAN_YEAR_WORDS else phrase


# How long a quoted name before a head may be (“珠三角”, “十二五”, 『4567』).
QUOTED_MODIFIER_REACH = 12
_OPEN_QUOTES = {"”": "“", "」": "「", "』": "『", "’": "‘"}


def _with_quoted_modifier(norm: str, phrase: Phrase, floor: int) -> Phrase:
    """A name cut right after a closing quote (the quoted words read as a mention: ”地区投资) takes the quoted
    modifier back ("“珠三角”地区投资", "“九會”簽約項目到位資金"): a name never opens on a closing quote."""
    if not phrase or norm[phrase.start] not in _OPEN_QUOTES:
        return phrase
    opening = norm.rfind(
        _OPEN_QUOTES[norm[phrase.start]], max(floor, phrase.start - QUOTED_MODIFIER_REACH), phrase.start
    )
    if opening < 0:
        return phrase
    return Phrase(opening, phrase.end)


def _indicator_phrase(
    reading: Reading, sent: Sentence, value: Any, thresholds: frozenset[tuple[str, int, int]], name_end: int | None
) -> Phrase:
    """The phrase before the figure, or the noun after it when the figure comes first."""
    norm = reading.norm
    clause = sent.clause_at(value.start)
    count_before = (
        _count_written_with(sent, value)
        if value.type == "money" and name_end is None and _closes_its_item(norm, value.end)
        else None
    )
    at = count_before or (value if name_end is None else _At(name_end))
    transparent = thresholds | not_statistics.counted_entities(reading, sent)
    left = left_phrase(reading, sent, at, TRIM, transparent=transparent, said_by_de=HEADS_SAID_BY_DE)
    if not left:
        left = label_before(reading, sent, value, thresholds)
    if is_closed_after(norm, value, clause.end) or (value.type == "count" and _amount_written_with(norm, sent, value)):
        return left
    if norm.startswith("的", value.end):
        return left or right_phrase(reading, sent, value, TRIM)
    if norm.startswith(UNNAMED_PROJECT_VERBS, value.end) and norm.endswith(DEAL_ROLE_WORDS, left.start, left.end):
        return EMPTY  # "投资几百亿实施…项目": the amount of a project, not a statistic
    if norm.startswith(RIGHT_NOT_NOUN, value.end):
        return left
    # The figure comes first: the noun after it is what is counted ("列举了300家本地企业").
    right = _category_after_copula(reading, sent, value) or right_phrase(
        reading, sent, value, TRIM, transparent=thresholds, said_by_de=HEADS_SAID_BY_DE
    )
    if right and norm.endswith(TARGET_NAMES, right.start, right.end):
        return right  # "完成全年5360亿元招商引资目标任务的25%": the amount is the target
    if not right or norm.startswith(ACTOR_VERBS, right.end) or norm.endswith(ABSTRACT_NOUNS, right.start, right.end):
        return EMPTY
    if _STAGE_VERB_END_RE.search(norm, left.start, left.end) and norm[right.start : right.end] in PROJECT_HEADS:
        return left  # "共签约7个项目", "本次集中开工85个项目": a bare head after the count; the verb names it
    return right


# (session 38) A count and the amount of its things written as one ("签约产业项目45个80.6亿元", "采购协议41个40.5亿元"):
# both are named by the words before the count.
# An amount that closes its item, not a bar the things counted pass ("4个逾300亿元项目", "25个千万美元以上项目").
_ITEM_CLOSE = ("、", "，", ",", "。", "；", ";", "）", ")")


def _count_written_with(sent: Sentence, value: Any) -> Any | None:
    """The count right before the amount, nothing between."""
    before = next(sent.backwards(value.start, sent.clause_at(value.start).start), None)
    return before if before is not None and before.type == "count" and before.end == value.start else None


def _amount_written_with(norm: str, sent: Sentence, value: Any) -> bool:
    """Whether an amount closing its item follows the count right after it, nothing between."""
    after = sent.first_from(value.end)
    return (
        after is not None and after.type == "money" and after.start == value.end and _closes_its_item(norm, after.end)
    )


def _closes_its_item(norm: str, end: int) -> bool:
    return end >= len(norm) or norm.startswith(_ITEM_CLOSE, end)


# Where investors put money, told after 在 ("北京企业在津投资", "5省区在滇投资", "外地民营企业在津投资项目"): the
# place is part of the name, and so are the investors before it.
_INVESTED_IN_RE = patterns.compile("投资")
# The longest name of a set of investors (国有与其他类型企业: 9 characters).
INVESTORS_REACH = 12


def _with_investors_in_place(reading: Reading, sent: Sentence, phrase: Phrase) -> Phrase:
    """The phrase widened over "investors 在 place" right before it, back to the clause start or the figure
    before; else the phrase."""
    if not phrase or not _INVESTED_IN_RE.match(reading.norm, phrase.start):
        return phrase
    place = next(sent.backwards(phrase.start, sent.clause_at(phrase.start).start), None)
    if place is None or place.type != "place" or place.end != phrase.start or reading.norm[place.start - 1] != "在":
        return phrase
    clause = sent.clause_at(phrase.start)
    figure = next((m for m in sent.backwards(place.start, clause.start) if m.type in ("money", "percent")), None)
    start = figure.end if figure is not None else clause.start
    named = TRIM(reading.norm, start, phrase.end)
    if not named or place.start - 1 - named.start > INVESTORS_REACH:
        return Phrase(place.start - 1, phrase.end)  # a long list of investors names no set of them: 在沪投资
    return named


# Heads that say nothing without the clause closed by 的 before them ("集中开工的项目", "新增自营进出口权的企业",
# "来自东部地区的资金", "工业投资占全部投资的比重"): the name keeps the clause.
HEADS_SAID_BY_DE = ("项目", "新项目", "重点项目", "重大项目", "企业", "资金", "比重", "比例", "人数")

# Heads that name no particular projects: after a count, the stage verb before the count names what is counted.
PROJECT_HEADS = ("项目", "項目", "大项目", "大項目", "重点项目", "重點項目", "重大项目", "重大項目")
_STAGE_VERB_END_RE = patterns.compile(
    "(?:签约|簽約|开工|開工|开复工|開復工|复工|復工|投产|投產|竣工|落地|签订|簽訂|签署|簽署|实施|實施|入驻|入駐)$"
)


@dataclass(frozen=True)
class _Span:
    """Where a figure stands, stretched over words that only link it to what follows."""

    start: int
    end: int


# A breakdown by class ("有77间公司属金融服务和金融科技、61间属创新及科技", "38个项目属于战略性新兴产业"): the class
# after 属 / 属于 names the figure, not the generic head before the copula.
_COPULA_AFTER_RE = patterns.compile(r"(?:公司|企业|项目|单位|机构)?(?:属于|属)(?![地性实])")


def _category_after_copula(reading: Reading, sent: Sentence, value: Any) -> Phrase:
    """The class named after a copula right after the figure, else EMPTY."""
    copula = _COPULA_AFTER_RE.match(reading.norm, value.end, sent.clause_at(value.start).end)
    if copula is None:
        return EMPTY
    return right_phrase(reading, sent, _Span(value.start, copula.end()), TRIM)


@dataclass(frozen=True)
class _At:
    """Where a figure would stand: what `left_phrase` reads the words before."""

    start: int


# A label and its value, as tables and data lists write them ("新签约项目：168个", "实际到位资金: 680亿元").
_LABEL_END_RE = patterns.compile(r"[：:]\s*$")
# What may stand between a label and its figure: the figure's own period (a date mention, "新签约项目：10月份12个，
# 1-10月累计96个"), a stock or sum word, and the growth a percent states ("规上工业增加值：同比增长6.8%").
_AFTER_LABEL_RE = patterns.compile(r"\s*(?:累计|共|合计)?\s*")
_GROWTH_AFTER_LABEL_RE = patterns.compile(r"\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少|回落|提高)\s*")


def _opens_after_label(reading: Reading, sent: Sentence, start: int, value: Any) -> bool:
    """Only the figure's period, a sum word or (for a percent) its growth word stand between `start` and `value`."""
    for date in sent.between(start, value.start, "date"):
        if reading.norm[start : date.start].strip():
            return False
        start = date.end
    if _AFTER_LABEL_RE.fullmatch(reading.norm, start, value.start):
        return True
    return value.type == "percent" and _GROWTH_AFTER_LABEL_RE.fullmatch(reading.norm, start, value.start) is not None


def label_before(reading: Reading, sent: Sentence, value: Any, thresholds: frozenset[tuple[str, int, int]]) -> Phrase:
    """The label of a figure that opens its clause right after "label：" in the same sentence, else EMPTY."""
    clause = sent.clause_at(value.start)
    if clause.start <= sent.span.start or not _opens_after_label(reading, sent, clause.start, value):
        return EMPTY
    start = clause.start
    label = _LABEL_END_RE.search(reading.norm, max(sent.span.start, start - 2), start)
    while label is None and (start := _figure_clause_before(reading, sent, start)) is not None:
        # "新签约项目：10月份12个，1-10月累计96个": the label names the figures of the clauses after it too
        label = _LABEL_END_RE.search(reading.norm, max(sent.span.start, start - 2), start)
    if label is None:
        return EMPTY
    return left_phrase(reading, sent, _At(label.start()), TRIM, transparent=thresholds)


_CLAUSE_END_RE = patterns.compile(r"[\s，,]*")


def _figure_clause_before(reading: Reading, sent: Sentence, start: int) -> int | None:
    """The start of the clause before `start` when it holds only a figure after its period ("10月份12个，"), else None."""
    if start <= sent.span.start:
        return None
    before = sent.clause_at(start - 1)
    if before.start >= start or before.start <= sent.span.start:
        return None
    values = [m for m in sent.between(before.start, start) if m.type in VALUE_TYPES]
    if len(values) != 1 or not _opens_after_label(reading, sent, before.start, values[0]):
        return None
    return before.start if _CLAUSE_END_RE.fullmatch(reading.norm, values[0].end, start) else None
