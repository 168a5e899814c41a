"""The words talent is read with (data/lexicon/talent_*.txt), compiled once, tolerant of pinyin glosses.

Mirror pages gloss characters with pinyin (引進(jìn)高校畢業(yè)生40.1萬(wàn)人): every pattern here lets a
gloss follow any character, so 引進(jìn) is still 引进 and 畢業(yè)生 still 毕业生; `strip_glosses` drops
them from the category a record reports (the gold writes 高校畢業生).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .. import patterns
from ..dims._names import table, words
from .changes import PINYIN_GLOSS
from .phrase import Trim

GLOSS_RE = patterns.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)")


@dataclass(frozen=True)
class At:
    """Where a record without a count stands (talent._record reads `start`, `end`, `value`)."""

    start: int
    end: int
    value: Any = None


def glossed(word: str) -> str:
    """A regex for `word` that lets a pinyin gloss follow each of its characters."""
    return "".join(regex.escape(c) + PINYIN_GLOSS for c in word)


def glossed_alternation(items: Iterable[str]) -> str:
    """An alternation of `items`, longest first, each tolerant of glosses."""
    return "|".join(glossed(w) for w in sorted(set(items), key=lambda w: (-len(w), w))) or "(?!)"


def strip_glosses(text: str) -> str:
    return GLOSS_RE.sub("", text)


class GlossTrim(Trim):
    """phrase.Trim whose lead and trail words may hold glosses (引進(jìn)高校畢業(yè)生 → 高校畢業(yè)生)."""

    def __init__(self, lead: Sequence[str], trail: Sequence[str]) -> None:
        # "新型职业农民": 新 before 型 is no lead word
        # "引才特使": a mode word naming a post stays in it
        self.lead = patterns.compile(f"(?:{glossed_alternation(lead)})(?!型)(?!{_POST_NAMED_RE})了?")
        self.trail = patterns.compile(f"(?:{glossed_alternation(trail)})$")
        # each character of a trailing word may carry a gloss of up to nine characters
        self.trail_reach = (max(map(len, trail), default=0) * 10) + 1


# --- the lexicon ----------------------------------------------------------------------------------

_MODE_ROWS = table("talent_modes.tsv")
MODE_OF: dict[str, str] = {row[0]: row[1] for row in _MODE_ROWS}
CATEGORY_WORDS = words("talent_categories.txt")
_NOT_TALENT = table("talent_not_talent.txt")
# Mode words that may follow the people they speak of ("21名博士后到新区挂职", "110余名专家入库管理").
MODES_AFTER = (
    "挂职", "入库", "落户", "成长为", "受聘", "获聘",
    *(word for word in MODE_OF if word.startswith("颁发")),  # the letters of appointment of talent_modes.tsv
)  # fmt: skip
# 集聚 / 聚集: a mode word for finding the people (what it governs, events drawing them) that the record
# reports as no mode.
GATHERED = "gathered"
# A mode that alone makes people talent, whatever the noun (招商大使, 顾问 …).
MODES_FOR_ANYONE = ("hired", "flexible", "reserved")
PEOPLE_UNITS = ("名", "人", "位", "人次")
# Nouns that end with the people themselves: a kind of talent before them qualifies them ("高层次嘉宾").
PEOPLE_HEADS = ("人员", "嘉宾", "干部", "雇员", "职工", "员工", "青年", "学生")
# Teams are counted with 个 / 支 ("柔性引进院士创新团队15个"): talent when a mode word governs them.
TEAM_UNITS = ("个", "支")
TEAM_NOUNS = ("团队",)
# Applications approved under an entry scheme count the people let in ("…高才通计划…申请，其中逾9.1万宗已获批");
# applications received stay a statistic.
APPLICATION_UNITS = ("宗", "份")  # (session 34) 份: Hong Kong releases count applications so too (批準約115000份)
# (session 25) Cards issued to foreign talent are counted with 张 ("核發就業金卡584張"): the holders let in, read only
# where a permit for talent is issued (records/talent_schemes.py).
CARD_UNITS = ("张",)
# A total of all talent there is ("人才总量达85万人") is a metric, not people brought in.
TOTAL_WORDS = ("总量", "总数", "总和", "规模")
LEAD_WORDS = (*words("talent_lead_words.txt"), *MODE_OF)
TRAIL_WORDS = (
    "达到", "达", "为", "共", "累计", "超过", "近", "约", "称号", "荣誉称号", "只有", "仅有", "共有", "多达", "高达",
    "总计", "合计", "共计", "总数", "数量", "人数", "有", "仅", "占", "和", "及", "与", "以及", "等", "已", "已经",
    # "包括3名院士在内的…"
    "在内",
    # "今年引进人才目标为2000名": the goal is no part of the kind
    "目标",
    # "全省人才引进总量为12.6万人": the total of an intake is no part of its kind (人才总量 alone stays a stock)
    "总量",
)  # fmt: skip
QUOTES = "“”\"'‘’「」『』"
# A closing quote followed by a word that is no conjunction: the quoted word qualifies that word; a quote
# opening after other words (省“双创人才”) does not wrap the category whole either.
QUALIFYING_QUOTE_RE = patterns.compile(r"[”’」』\"'](?![和及与、]|$)\p{Han}|^[^“‘「『\"'][^“‘「『\"']*[“‘「『]")
# People given a title after their count ("183人荣获中华技能大奖全国技术能手"); 称号 closes the title.
HONOUR_AFTER_RE = patterns.compile(
    r"\s*(?:"
    + glossed_alternation(("荣获", "获评", "获评为", "被评为", "被授予", "当选", "当选为", "入选", "入选为", "获得"))
    + ")"
)
TITLE_END_RE = patterns.compile(r"(?:荣誉)?称号")
# The body people are brought in for: "为市属事业单位引进…88人", "为企业招聘高校毕业生200人".
FOR_BODY_RE = patterns.compile(
    r"(?<![\p{Han}])为(?P<body>[^，,。；;为\d]{2,20}?)(?:"
    + glossed_alternation(("引进", "招聘", "选聘", "招引", "引才", "招录"))
    + ")"
)
# People who stay to work where they came ("3000余人留青就业创业", "留汉创业").
STAY_AFTER_RE = patterns.compile(r"\s*(?:选择|决定)?(?:留|扎根)在?\p{Han}{0,2}?(?:就业|创业|工作|发展)+")
# The same told before the count, opening its clause ("出站博士后2568人，留辽1988人", "其中留汉就业1.2万人").
STAY_BEFORE_RE = patterns.compile(r"(?:其中)?(?:选择|决定)?(?:留|扎根)在?\p{Han}{1,2}?(?:就业|创业|工作|发展)*\s*$")
# People coming back from abroad to work, told after them ("每年預計甄選100名海外博士級人才返國服務",
# "30名留学博士回国创业"): brought in, though no verb of bringing in governs them.
RETURNS_AFTER_RE = patterns.compile(
    glossed_alternation(("返国", "回国", "归国", "返台", "回台", "来华"))
    + "(?:"
    + glossed_alternation(("服务", "工作", "任职", "任教", "创业", "就业", "发展"))
    + ")"
)
# A mode verb right before a count that names the people itself: "柔性引才500人", "引才120多人"; the campaign's
# words told of people ("全县共招才引智1260人") bring talent in too (no mode word of their own: introduced).
TALENT_VERB_RE = patterns.compile(r"(?:" + glossed_alternation(("引才", "揽才", "聚才", "招才", "招才引智")) + r")\s*$")
# Where people come or stay to work, after the kind of talent: "大学生|来县就业创业", "高校毕业生|留在本地就业",
# "留学人员|来深创业" (the word for people closing the kind is kept: `head`).
COME_TO_WORK_RE = patterns.compile(
    # "回流来杭", "留鲁来鲁就业创业": the ways may follow each other
    r"(?P<head>人员|人才|人士|\p{Han}{0})\s*(?:(?:"
    # "留（来）乡", "来（留）乡": either way in brackets
    r"(?:来|留|到|赴|返|回)(?:[（(][来留到返回][）)])?(?:在|于)?(?:\p{Han}{0,5}?(?:就业|创业|工作|发展|定居|服务)+)?"
    r"|[来留]\p{Han}[来留]\p{Han}"  # "来连留连", "来汉留汉": come and stay in the city (its one-character name)
    r"|回流"  # "吸引各类人才回流2.6万人"
    r"|在\p{Han}{1,4}?(?:就业|创业|工作|定居|服务)+"  # "引进外地优秀人才在县创业60人": where they work
    r"|落户(?:就业|创业|工作)*"  # "招引高校毕业生落户就业12.8万人"
    r"|[来留到赴返回]\p{Han}(?=\s*$)"  # "回流来杭": the city's one-character name closing the phrase
    r"|服务(?![团队站中])\p{Han}{1,4}"  # "柔性引进专家服务企业860人次": what they come to do (专家服务团 stays)
    r"))+"
)
# Where people come to work told before the kind ("留琼来琼就业创业高校毕业生", "新增来皖就业创业高校毕业生"): the
# work words left after the place cut the phrase are no part of the kind.
# "留汉就业创业大学生": the place they stay in may open the phrase (留学 is no staying).
WORK_BEFORE_KIND_RE = patterns.compile(r"(?:[来留回返到赴](?!学)\p{Han}){0,2}(?:就业创业|创业就业|就业)(?=\p{Han}{2})")
# The level a change starts from: "大学生从1.6万人增至10万人".
CHANGE_FROM_RE = patterns.compile(r"从")
CHANGE_TO_RE = patterns.compile(
    r"\s*(?:增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|扩大到|减少到|下降到|上升到|达到)"
)
# 储备 is talent's mode "reserved", not a plan.
MODE_WORDS_FOR_KIND = ("储备",)

# (session 34) A short mode word opening the name of a post (引才特使, 引智顾问, 揽才大使) is no mode: the post is what
# people are hired as ("聘請招才大使48名、引才特使112名").
_POST_NAMED_RE = r"(?<=引才|引智|揽才|聚才)(?:特使|大使|顾问|专员|使者|联络员)"
TRIM = GlossTrim(LEAD_WORDS, TRAIL_WORDS)
# A mode word naming an event is no mode (招聘会, 引才专场, 人才引进月), nor one naming an exam (公务员招录考试报名
# 人数: people who applied); 招聘会计 and 集聚周立伟 are still one.
MODE_RE = patterns.compile(
    f"(?:{glossed_alternation(MODE_OF)})(?!{PINYIN_GLOSS}(?:会(?!计|员)|大会|专场|活动|考试|笔试|月(?:活动)?[，,。；;]))"
    f"(?!{_POST_NAMED_RE})"
)
# (session 34) People given a letter of appointment (14位政协委员获颁“招商大使”聘书) are hired, whatever the post.
_APPOINTMENT_RECEIVED = r"获颁[^，,。；;]{0,16}?聘书"
_MODES_AFTER = f"{glossed_alternation(MODES_AFTER)}|{_APPOINTMENT_RECEIVED}"
MODE_AFTER_RE = patterns.compile(_MODES_AFTER)
# A mode word in the passive after the people ("1.2万名人才被引进到我市", "30名专家被柔性引进"): 被 and the word.
PASSIVE_MODE_RE = patterns.compile(f"{glossed('被')}(?P<word>(?:{glossed('柔性')})?(?:{glossed_alternation(MODE_OF)}))")
# (session 34) A mode word made a noun after the people ("完成302名紧缺人才、8名博士的引进", "实现20名专家的柔性引进"):
# 的 and the word, closing the phrase.
NOMINAL_MODE_RE = patterns.compile(
    f"{glossed('的')}(?P<word>(?:{glossed('柔性')})?(?:{glossed_alternation(MODE_OF)}))(?=工作|\\P{{Han}}|$)"
)
CATEGORY_RE = patterns.compile(glossed_alternation(CATEGORY_WORDS))
# Professions that are talent when brought in (引进优秀教师86名), not when only counted.
_PROFESSIONS = table("talent_professions.txt")
PROFESSION_END_RE = patterns.compile(f"(?:{glossed_alternation(row[0] for row in _PROFESSIONS)})$")
# Of those, the ones grown where they are (培育新型职业农民): talent when cultivated (培养, 培育), not trained (培训).
GROWN_END_RE = patterns.compile(f"(?:{glossed_alternation(row[0] for row in _PROFESSIONS if row[1:] == ('grown',))})$")
GROWN_VERBS = ("培养", "培育")
TOTAL_RE = patterns.compile(glossed_alternation(TOTAL_WORDS))
# People attending an event (…名博士生来青参会研修) and representatives of a body are not talent.
ATTEND_RE = patterns.compile(glossed_alternation(w for w, where in _NOT_TALENT if where == "after"))
NOT_TALENT_HEADS = tuple(w for w, where in _NOT_TALENT if where == "head")
APPLICANT_HEADS = tuple(w for w, where in _NOT_TALENT if where == "applied")
# Parts in brackets right after a count of applicants ("现场报名417人（博士4人、硕士413人）"): applicants too.
APPLICANT_PARTS_RE = patterns.compile(
    rf"(?:{glossed_alternation(APPLICANT_HEADS)})\s*[0-9.]+[万千百]?[余多]?[人名位]\s*[（(][^）)]*$"
)
# A level reached right before the count, without a mode word: "全市各类人才达到10.2万人".
STOCK_BEFORE_RE = patterns.compile(rf"(?:{glossed_alternation(w for w, where in _NOT_TALENT if where == 'stock')})\s*$")
STOCK_LEAD_RE = patterns.compile(glossed_alternation(w for w, where in _NOT_TALENT if where == "lead"))
PEOPLE_DO_RE = patterns.compile(
    glossed_alternation(w for w, where in _NOT_TALENT if where in ("does", "after")) + "|" + _MODES_AFTER
)
# An event that drew the people counted ("论坛吸引了…500多名专家学者"), and the verbs of drawing.
HOST_RE = patterns.compile(glossed_alternation(w for w, where in _NOT_TALENT if where == "host"))
DRAWN_RE = patterns.compile(glossed_alternation(("吸引", "集聚", "聚集", "汇聚")))
SENT_OUT_RE = patterns.compile(glossed_alternation(w for w, where in _NOT_TALENT if where == "sent"))
# What may open the clause of a count that takes the mode word of an earlier clause: a list goes on
# ("引进人才500人，其中博士20人"); a clause with a verb of its own does not ("…，累计为2318名高层次人才…").
LIST_GOES_ON_RE = patterns.compile(r"(?:其中|当中|包括|另有|另|以及|及|和|还有|含|合计)?[\s，,、：:]*")
# Examples listed before the kind of people they are examples of (国家“千人计划”、“万人计划”等): they carry no verb.
EXAMPLES_BEFORE_RE = patterns.compile(
    r"(?:其中|当中|包括|另有|以及|及|和|还有)?[\s，,、：:]*(?:[^，,。；;、\d]{1,12}[、和及与])+[^，,。；;、\d]{1,12}等"
)
# A class of the kind of people just counted, listed after them ("…人才8人，工作类12人", "国家级5人、省级12人").
CLASS_END_RE = patterns.compile(r"\p{Han}{1,4}(?:类|型|级)$")
# A name in quotes, whole ("“创新短期”").
QUOTED_NAME_RE = patterns.compile(r"[“「『\"][^“”「」『』\"，,。；;]{1,12}[”」』\"]")
# What opens the parts of a total: "…1250人，其中硕士86人、本科学历612人".
LIST_OPEN_RE = patterns.compile(r"其中|当中|包括|包含|含有|含|分别为|分别是")
# "各类青年人才" → 青年人才; "各类人才" stays what the text says.
ALL_KINDS_RE = patterns.compile(r"各(?:类|种|方面)(?=\p{Han}{3})")
# Of two mode words in a row ("引进培养", "引进和培育") the first says how the people came.
MODE_JOIN_RE = patterns.compile(r"[和及与、并]?")
FLEXIBLE_PREFIX = "柔性"
# Full-time or flexibly (全职或柔性引进, 全职和柔性引进): both ways at once, the plain mode.
FULL_TIME_OR_RE = patterns.compile(r"全职(?:或者|或|和|与|及|、|\+|/)$")
# A figure's own growth ("引进高校毕业生40.1万人、增长20.8%"): the count is also a metric with that yoy.
GROWTH_AFTER_RE = patterns.compile(r"[，,、]?\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?(?:增长|增加|下降|减少)")
# A clause that opens with the growth of the figure before it ("，同比增长12%，", "，年均增长15%，").
GROWTH_CLAUSE_RE = patterns.compile(
    r"[\s，,、]*(?:同比|年均|(?:比|较)(?:上年|去年|上一年)(?:同期)?)?(?:增长|增加|下降|减少|提高|上升)"
)
# Talent programmes named 计划 (入选国家“万人计划”, 推动「人才跃升计划」, 人才入境计划共收到…) are no plan; nor
# is 规划 as a field in a list (建筑、规划、财经等专业). A plan word is a verb before what is planned.
PROGRAMME_RE = patterns.compile(
    r"(?:实施|入选|启动|推进|推动|推出|设立|依托|通过|围绕|纳入|出台)[^，,。；;]{0,15}?计划"
    r"|(?:人才|英才|引才|引智|学者|支持|培养|工程|万人|千人|百人|专项|青年|优才|专才|高才通)计划"
    r"|人才\p{Han}{1,4}?计划"  # 人才入境计划, 人才落户计划
    r"|\p{Han}{2}计划(?=[”」』》)）\"',，。；;、]|共|累计|已|的|中|下|等"
    r"|人才|人选|入选者|专家|学者|团队|人员)"  # "鹏城孔雀计划人才560人": the programme's people
    r"|[”」』\"]计划"  # “三支一扶”计划: a quoted name's programme
    r"|、规划|规划、"
    r"|(?:该|此|这一|这个|上述)计划"  # the programme just named
    r"|第[\d一二三四五六七八九十]+[期批轮]计划"  # "第二期计划目前建议纳入24人": a phase of the programme
    r"|计划(?:推出|实施|启动|开展)以来"  # "自计划推出以来": the programme, not a plan
)
# A talent programme whose name holds no kind of people, closing a noun (国家“万人计划”, 省千人计划).
PROGRAMME_NOUN_RE = patterns.compile(r"(?:(?:千人|万人|百人)计划[”」』\"]?|计划[”」』\"])$")
# What a category or a list's name opens with that is no part of what the people are: its batch or year
# ("第七批泰山学者青年专家" → 泰山学者青年专家).
BATCH_RE = patterns.compile(r"(?:\d{4}年度?|第[\d一二三四五六七八九十百]+批次?|新一批|最新一批|首批|本批)+")
# 将 before the mode word: people to be brought in ("将每年招收引进博士后2000名").
# (session 37) ... also with the span of years it takes (将在未来5年引进, 将用3年时间引进)
FUTURE_RE = patterns.compile(
    r"将(?!近)[^，,。；;]{0,4}$"
    r"|将(?!近)(?:在|于|用)?(?:未来|今后)?[0-9一二两三四五六七八九十]+(?:年|个月)(?:内|里|间|时间)?$"
)
FUTURE_REACH = 14
# People expected to come ("今年預計延攬150名博士級人才", "每年預計甄選100名…返國服務", "预计招募100名"): a plan.
EXPECTED_RE = patterns.compile(r"预计[^，,。；;]{0,8}$")
EXPECTED_REACH = 10
# A plan word a few words before the mode word ("计划用三年时间引进", "拟于年内引进", "计划到2025年引进"): a plan even
# where the shared kind reader takes the mode word (an actual verb) after a gap for the end of the plan.
PLANNED_RE = patterns.compile(r"(?:计划|拟|准备|打算)(?![定稿人内外])[^，,。；;了]{0,10}$")  # 计划内: within the quota
PLANNED_REACH = 14
# A mode word in the perfective ("吸引了", "柔性引进了"): what was done.
DONE_AFTER_MODE_RE = patterns.compile(r"[^，,。；;了]{1,4}?了")
# A sentence telling what will be done ("今年，我们将实施“青年人才聚县”行动，引进高校毕业生2000名以上", "下一步，我市
# 将继续…"): 将 followed by a verb or an adverb of intent, not the preposition (将人才工作作为…).
WILL_RE = patterns.compile(
    r"将(?:要)?(?:重点)?(?:继续|进一步|大力|着力|实施|持续|加快|深入|全面|努力|积极|再|新|启动|开展|推进|围绕|聚焦|力争|争取)"
)


def mode_of(word: str) -> str:
    """The mode of a matched mode word (its glosses dropped); a letter of appointment received is hired."""
    text = strip_glosses(word)
    return "hired" if text.startswith("获颁") else MODE_OF[text]


def first_of_run(norm: str, found: list[regex.Match[str]]) -> tuple[str, int]:
    """The mode of the last mode word found, read as the first of the run of mode words it closes
    ("引进培养" → introduced), flexible after 柔性 ("柔性聘请"); and where that run starts."""
    i = len(found) - 1
    while i > 0 and MODE_JOIN_RE.fullmatch(norm, found[i - 1].end(), found[i].start()):
        i -= 1
    word = found[i]
    text = strip_glosses(word.group())
    flexible_at = word.start() - len(FLEXIBLE_PREFIX) if norm.endswith(FLEXIBLE_PREFIX, 0, word.start()) else None
    if flexible_at is None and text.startswith(FLEXIBLE_PREFIX):
        flexible_at, text = word.start(), text[len(FLEXIBLE_PREFIX) :]
    if flexible_at is None:
        return MODE_OF[text], word.start()
    if (both := FULL_TIME_OR_RE.search(norm, max(0, flexible_at - 6), flexible_at)) is not None:
        # "全职或柔性引进院士157名": people brought in either way are brought in
        return MODE_OF.get(text, "introduced"), both.start()
    return "flexible", flexible_at


def profession_taken_on(norm: str, noun: Any, mode: str | None, mode_at: int) -> bool:
    """A profession brought in (引进优秀教师), or rural talent cultivated (培育新型职业农民; 培训 counts attendances)."""
    if not noun or mode not in ("introduced", "trained"):
        return False
    if mode == "introduced":
        return PROFESSION_END_RE.search(norm, noun.start, noun.end) is not None
    return norm.startswith(GROWN_VERBS, mode_at) and GROWN_END_RE.search(norm, noun.start, noun.end) is not None
