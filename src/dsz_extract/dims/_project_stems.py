"""Whether a candidate names one project (the "Not projects" of dims/project.py), once its edges are found.

A stem made only of generic words (重点项目), of a place and generic words (辽宁省项目, 澳门投资项目), or
of trades and generic words with nothing presenting it as an instance (打造…产业基地) names a class or a
type; so does a phrase counted or batched (等3个重点项目, 一批…项目), a description after a copula or a
goal (将成为全国最大的…基地), a class after 列入, a talent or research programme (博士后创新实践基地) and a
firm's business (主要从事…). Kept apart from dims/project.py, which finds where names start and end.
"""

from __future__ import annotations

import regex

from .. import gazetteer, patterns
from . import _names
from ._names import alternation, table, words

_PARK_HEADS = tuple(row[0] for row in table("project_heads.tsv") if row[0].endswith("园"))
_ASPIRATION_BEFORE = patterns.compile(
    r"(?r)(?:打造|建成|建设|形成|培育|发展|争创|创建|规划|谋划|成为|加快建设)(?:成|为)?"
)

# A head alone is generic too (产业园项目, 产业综合体项目).
GENERIC = _names.made_of("project_generic.txt", "project_heads.tsv")
TYPE_ONLY = _names.made_of("project_generic.txt", "sector_words.txt", "project_heads.tsv")
# Descriptors of a kind of project (地产类项目, 平台型项目, 引领性项目, 科技型项目).
DESCRIPTOR_END = ("类", "型", "性", "式", "级")
# Works that end in a descriptor's character (产品升级|项目, 转型升级|项目, 产业转型|项目) name what is done, no kind.
_WORKS_ENDING_AS_DESCRIPTORS = ("升级", "转型", "提级")


def _descriptor_end(stem: str) -> bool:
    return stem.endswith(DESCRIPTOR_END) and not stem.endswith(_WORKS_ENDING_AS_DESCRIPTORS)


# What presents the name after it as an instance: a trigger (optionally with 了/的), an amount
# followed by 的 (总投资40亿元的), an apposition (平台—智能光电信息产业园, 即新动能产业园), or a
# named project before it in a list (凤凰旅游区项目、|生态智慧新城项目).
_INSTANCE_BEFORE = patterns.compile(
    rf"(?r)(?:(?:{alternation(words('project_triggers.txt'))})(?:了|的)?"
    r"|(?:元|美元|欧元|港元|日元|英镑)的|[—－:：]|——|(?:项目|工程)、)"
)
# A count right before or after a head makes the phrase a class (3个重点项目, 项目21个).
COUNT_BEFORE = patterns.compile(r"(?r)(?:[0-9]+|[一二三四五六七八九十百两几多]+)(?:个|项|家|批|大|条|座|栋|套|处)")
# ... also after the stage they reached (灾后重建项目开工174项, 民生项目完工35个) or the number they reached
# (创新实践基地达到227家): many projects, a class.
_COUNT_AFTER = patterns.compile(
    r"(?:(?:已经|已|累计|共|新)?(?:开工|開工|竣工|完工|签约|簽約|投产|投產|建成|开复工|開復工|复工|復工)"
    r"|(?:总数|总量|数量)?(?:已经|已|累计|共)?(?:达到|达|增至|增加到|超过))?"
    r"[ \t]*(?:[0-9.]+|[一二三四五六七八九十百两几多]+)[余多]?[ \t]*(?:个|個|项|項|家|批|万?亩|万?畝|公顷)(?!月)"
)
MIN_STEM = 2
# Words that open a production capacity inside a name (年产20万吨…项目, 年生产12000台…项目, 日处理500吨…项目).
CAPACITY_WORDS = (
    "年产能", "年生产", "年产", "年加工", "年处理", "年出栏", "年存栏", "年屠宰", "年吞吐", "日生产", "日产", "日处理",
)  # fmt: skip
MAX_NAME = 40
# "X经济" names a sector of the economy however new its word (平台经济, 冰雪经济, 低空经济, 银发经济项目): a trade, as
# the words of sector_words.txt are (not a zone: 临空经济区).
_AN_ECONOMY = patterns.compile(r"\p{Han}{1,4}经济")

_PUNCTUATION = patterns.compile(r"[，。；：！？\n]")
# A name after a named project of a list is one more name, not a place's projects.
_AFTER_NAMED = ("项目、", "工程、")


def instance_before(text: str, start: int) -> bool:
    """True when a trigger, an amount with 的, or an apposition ends right before `start`."""
    return bool(_INSTANCE_BEFORE.match(text, max(0, start - 8), start))


# A trade-named project is one of a list of projects (not a type) when a sibling project is joined to it
# (…项目和|汽车电子项目, …项目及|…), when a list opener presents it (签约项目包括|…, 正在洽谈的有|…,
# 分别是|…; not a bare 包括, which lists a project's parts or trades), or when it opens a list item and states its own amount (；|高端纺织项目，总投资6.5亿元; A项目投资30亿元，|B项目投资12亿元).
_SIBLING_BEFORE = patterns.compile(
    r"(?r)(?:(?:项目|工程|項目)(?:和|及|以及|与|與)"
    r"|(?:(?:项目|項目)(?:主要)?(?:包括|包含)|主要有|重点有|分别是|分别为|分別是|分別為|的有|[，,]如)[:：]?)"
)
_ITEM_OPEN = patterns.compile(
    r"(?r)(?:^|[\n；;：:]|(?:元|億元|项目|項目)[，,]|(?:^|[\n；;：:。])(?:[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,2}[、是]|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[①-⑳]))"
)
_OWN_AMOUNT_AFTER = patterns.compile(
    r"[，,]?(?:(?:计划|計劃|拟|擬|协议|協議)?(?:总投资|總投資|投资|投資))(?:额|金额|額|金額)?(?:约|达|超过?|近|為|为)?"
    r"[0-9][0-9.]*[亿万億萬]?(?:元|美元)"
)

# An item that opens with where its project is: a place or a unit of one (区, 县, 镇, 开发区, 水利局) and 的.
_LOCATED_ITEM_OPEN = patterns.compile(
    r"(?r)(?:^|[\n；;：:。，,])(?:其中[，,]?)?(?:位于|位於|落户|落戶|在)?"
    r"[^\s，。；：、,;:！？的“”「」]{1,10}(?:[区區县縣市镇鎮乡鄉村省州旗岛島园園局]|街道)的"
)
_LOCATED_REACH = 16


def listed_instance(text: str, start: int, end: int) -> bool:
    """The name is one item of a list of projects: a sibling or a list opener before it, or it opens
    an item and states its own amount."""
    if _SIBLING_BEFORE.match(text, max(0, start - 6), start):
        return True
    if not _OWN_AMOUNT_AFTER.match(text, end):
        return False
    if _ITEM_OPEN.match(text, max(0, start - 5), start):
        return True
    # the item may tell where the project is first (；南康区的|家居智能制造基地项目，总投资20亿元; 其中，位于高新区的|…)
    return bool(_LOCATED_ITEM_OPEN.match(text, max(0, start - _LOCATED_REACH), start))


# "一批重大对俄基础设施互联互通项目": a batch's words before the phrase make it a class too; so do words of every
# kind or level (各级各类|留学人员创业园, 各类|产业园区).
_BATCH_BEFORE = patterns.compile(r"(?r)(?:一大?批|各级各类|各类|各种)[^，。；：、\n“”]{0,6}")


# "又一重大项目", "另一个重点项目": one more of the class the report tells of.
_ONE_MORE_BEFORE = patterns.compile(r"(?:又|另|再)一(?:个|個|项|項)?$")
_ONE_MORE_OPEN = patterns.compile(r"(?:又|另|再)一(?:个|個|项|項)?")


def _is_class(text: str, start: int, end: int) -> bool:
    """A count next to the phrase, or 等 right before it: the phrase names a class (等3个重点项目)."""
    if start > 0 and text[start - 1] == "等":
        return True
    if _BATCH_BEFORE.match(text, max(0, start - 8), start):
        return True
    if _ONE_MORE_BEFORE.search(text, max(0, start - 3), start) or _ONE_MORE_OPEN.match(text, max(0, start - 1), end):
        return True  # 该区引进的又一|重大项目, 另一个重点项目: one more of a class, no name
    return bool(COUNT_BEFORE.match(text, max(0, start - 6), start) or _COUNT_AFTER.match(text, end))


def counted(text: str, start: int, end: int) -> bool:
    """Whether the phrase at text[start:end] is counted or batched: a class (产业类项目53个)."""
    return _is_class(text, start, end)


def quoted_class(text: str, start: int, end: int) -> bool:
    """A quoted name counted before or after its quotes names a class of projects (49个“回归工程”项目,
    “回归工程”项目228项), as an unquoted one does."""
    after = end + 1 + (2 if text.startswith("项目", end + 1) else 0)
    return bool(COUNT_BEFORE.match(text, max(0, start - 7), start - 1) or _COUNT_AFTER.match(text, after))


# Numbered aims of a plan, in quotes: counts each before a short noun (三高地两基地, 一核两翼三基地).
_CLOSING_QUOTES = frozenset('”’」』"')
_NUMBERED_SLOGAN = patterns.compile(r"(?:[一二两三四五六七八九十]+[^\P{Han}一二两三四五六七八九十百千万]{1,3}){2,}")

# A conjunction before generic words (且|投资项目) leaves nothing of a name.
_LEADING_CONJUNCTION = regex.compile(r"[且并而或及和与]")

# A description after a copula or a goal (将成为全球最大的|…生产基地, 打造全国第一个由民企主导的|…基地) and a
# class after a listing verb (列入|省示范性重大产业项目) name no project; nor does a programme
# of talent or research (高端人才项目, 引智项目, 科研项目).
_PREDICATE_BEFORE = patterns.compile(r"(?:(?:成为|是|为)[^，。；：！？\n]{0,24}|打造[^，。；：！？\n]{2,24})的$")
_CLASS_AFTER = patterns.compile(r"(?r)(?:列入|列为|纳入|入选|入围|申报)(?:了|为)?")
_NO_INVESTMENT_BEFORE = patterns.compile(r"(?r)(?:人才|引智|引才|科研|课题|冬奥)")
# A base of a talent programme is no investment (省博士后|创新实践基地, 院士工作站).
_TALENT_BEFORE = patterns.compile(r"博士后|院士|人才|英才|专家|引智|海智")
_TALENT_WINDOW = 12
# An open quote starts a name of its own: a talent word before it is the partner's (院士团队|“共建…研究所”项目).
_LAST_PUNCTUATION = patterns.compile(r"(?r)[，。；：！？\n“「]")


def _talent_platform(text: str, start: int, stem_end: int) -> bool:
    """A talent word in the name or in its clause right before it (博士后科研工作站(|创新实践基地)); a name its
    quotes delimit is read inside them (院士团队“共建…研究所”项目: the team signs a project)."""
    if text[start : start + 1] in "“「":
        return bool(_TALENT_BEFORE.search(text, start, stem_end))
    lo = max(0, start - _TALENT_WINDOW)
    brk = _LAST_PUNCTUATION.search(text, lo, start)
    return bool(_TALENT_BEFORE.search(text, brk.end() if brk else lo, stem_end))


# A firm's business (主要从事研发、|生产及销售太阳能发电项目跟踪支架) and the parts of a project
# (项目…主要包括|家居设计及生产基地、…展示空间) name no project of their own.
_SCOPE_BEFORE = patterns.compile(r"(?:从事|经营|主营)[^，。；：！？\n]{0,12}$|(?:主要|内容)包括$")
_PART_HEADS = ("项目", "工程")
# What a project builds is its parts too (…项目，总投资25亿元，主要建设|轨道交通车辆生产线; 建设内容为|…).
_BUILT_PARTS_BEFORE = patterns.compile(r"(?:主要(?:建设|新建|建有|建成)|建设内容(?:为|有|是|包括)?)(?:了)?[:：]?$")


def built_parts_before(text: str, start: int) -> bool:
    """What a project is told to build mainly (主要建设|…) stands right before `start`: its parts."""
    return _BUILT_PARTS_BEFORE.search(text, max(0, start - 8), start) is not None


# A ranking after a copula describes the project told before (该项目是|全省首个|氢能…示范项目): no name of its own.
_RANKED_AFTER_COPULA = patterns.compile(
    r"(?r)(?:是|为|成为|系)(?:世界|全球|全国|国内|全省|省内|全市|亚洲|国际)?(?:首|第一)(?:个|套|条|座|家|批|台)"
)


# A campaign's slogan in quotes before generic words (“开门红”产业链项目, “一带一路”重点项目) names a class: the
# quote closes inside the stem, what follows it is no name.
_CLOSE_QUOTE_CHARS = "”」』"


def _slogan_class(text: str, start: int, stem_end: int) -> bool:
    close = max(text.rfind(q, start, stem_end) for q in _CLOSE_QUOTE_CHARS)
    if close < 0 or any(q in text[start:close] for q in "“「『"):
        return False
    return close + 1 < stem_end and MODIFIERS.fullmatch(text, close + 1, stem_end) is not None


# A class among a total (实际利用外资中|二产项目占70.4%, 签约项目中|三产项目): the share of a sector, no name.
_AMONG = patterns.compile(r"(?:资|资金|项目|企业|投资)中")


def _share_of_class(stem: str) -> bool:
    among = _AMONG.search(stem)
    return among is not None and among.end() < len(stem) and MODIFIERS.fullmatch(stem, among.end()) is not None


# A production line a project told before in the sentence builds (…扩产项目建成|12英寸硅片生产线, 项目总投资1.3亿元，将
# 建设|6台套石英管生产线) is that project's part, no name of its own; one built by a firm (…投资建设的|…生产线) is kept.
_LINE_HEADS = ("生产线", "产线")
_BUILDS_RIGHT_BEFORE = patterns.compile(r"(?r)(?:建设|建成了?|新建|扩建|新上|上马|购置|配套建设|形成)$")
_SENTENCE_START = patterns.compile(r"(?r)[。！？\n]")
_LINE_REACH = 60


def line_of_told_project(text: str, start: int, stem_end: int, end: int) -> bool:
    if text[stem_end:end] not in _LINE_HEADS:
        return False
    verb = _BUILDS_RIGHT_BEFORE.search(text, max(0, start - 4), start)
    if verb is None:
        return False
    brk = _SENTENCE_START.search(text, max(0, verb.start() - _LINE_REACH), verb.start())
    return text.find("项目", brk.end() if brk else max(0, verb.start() - _LINE_REACH), verb.start()) >= 0


# A park or base an event is held in (集中开工仪式在|贵阳市现代制造产业园|举行) is its venue, told as a place.
_HELD_AFTER = patterns.compile(r"(?:隆重|正式|顺利|成功)?(?:举行|召开|举办|舉行|舉辦)")


def _venue(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] == "在" and _HELD_AFTER.match(text, end) is not None


# A kind a new one is compared with (与传统人造丝项目相比, 和同类项目相较) is no project.
_COMPARED_AFTER = ("相比", "相较", "比较", "相比较")


def _compared_kind(text: str, start: int, end: int) -> bool:
    return text[start - 1 : start] in ("与", "和", "同", "跟") and text.startswith(_COMPARED_AFTER, end)


# An aim in quotes (以“打造…核心企业，建设…加工基地”为目标): what a firm means to become, no project it builds.
_AIM_AFTER_QUOTE = patterns.compile(r"[”」』]\s*(?:作)?为(?:目标|宗旨|方向|愿景|使命|己任|定位|主线|总目标|发展目标)")
_AIM_REACH = 60


def quoted_aim(text: str, start: int, stem_end: int) -> bool:
    """Whether the name stands inside a quote told as an aim (以“…”为目标)."""
    lo = max(0, start - _AIM_REACH)
    opened = max(text.rfind(q, lo, start + 1) for q in "“「『")
    if opened < 0 or any(text.find(q, opened, start) >= 0 for q in "”」』"):
        return False
    closed = min((i for i in (text.find(q, start + 1, stem_end + _AIM_REACH) for q in "”」』") if i >= 0), default=-1)
    return closed >= 0 and bool(_AIM_AFTER_QUOTE.match(text, closed))


def _described(text: str, start: int, stem_end: int) -> bool:
    if quoted_aim(text, start, stem_end):
        return True
    if _CLASS_AFTER.match(text, max(0, start - 3), start) or _NO_INVESTMENT_BEFORE.match(text, start, stem_end):
        return True
    if _RANKED_AFTER_COPULA.match(text, max(0, start - 8), start):
        return True
    scope = _SCOPE_BEFORE.search(text, max(0, start - 14), start)
    if scope is not None and (not scope.group().endswith("包括") or not text.startswith(_PART_HEADS, stem_end)):
        return True
    if built_parts_before(text, start) and not text.startswith(_PART_HEADS, stem_end):
        return True
    if _talent_platform(text, start, stem_end):
        return True
    if text[start - 1 : start] != "的" or instance_before(text, start):
        return False
    if text.endswith(_ONE_OF, 0, start):
        return False  # 作为全省重点项目之一的|A项目: a rank of the project named, not a description of a kind
    brk = _PUNCTUATION.search(text, max(0, start - 30), start)
    clause = text[brk.end() if brk else max(0, start - 30) : start]
    return bool(_PREDICATE_BEFORE.search(clause))


_ONE_OF = ("之一的",)
# Staff and offices of a firm's projects (X集团项目负责人, 项目经理, 项目部): a role, no project of that name.
_STAFF_AFTER = patterns.compile(
    r"(?:负责人|負責人|经理|經理|总监|總監|主管|部(?!署|分|门|門)|办公室|辦公室|管理人员|工作人员)"
)
# A stem that is a firm's name (财投集团|项目负责人): its projects' staff; a stem naming what is built names a project.
_FIRM_STEM_END = patterns.compile(r"(?:集团|集團|公司|企业|企業|股份|控股|建设|建設|管理|工程|单位|單位|^.{0,1})$")
# A name in quotes a place or firm is known by (素有“世界工厂”之称, 被誉为“中国药谷”, 享有“瓷都”的美誉).
_CALLED_BEFORE = patterns.compile(
    r"(?r)(?:素有|享有|被誉为|誉为|被称为|称为|被稱為|號稱|号称|堪称|堪稱|人称|素称|美称)[“「『\"]?"
)
_CALLED_AFTER = patterns.compile(
    r"[”」』\"]?(?:之称|之稱|的美誉|之美誉|的美譽|之美譽|的美称|美誉|美譽|的称号|的稱號|称号|之名)"
)
_CALLED_REACH = 8


def nickname(text: str, start: int, end: int) -> bool:
    """text[start:end], a name in quotes, is what something is called (素有“世界工厂”之称), not a project."""
    if _CALLED_AFTER.match(text, end) is not None:
        return True
    called = _CALLED_BEFORE.search(text, max(0, start - _CALLED_REACH), start)
    return called is not None and called.end() == start


# Words that refer to projects told elsewhere (相关项目, 有关項目, 上述工程).
_REFERRING_ENDS = ("相关", "有关", "上述", "前述", "相關", "有關")
# (session 35) A firm and how it holds the project (X有限公司独资|项目, X集团全资|项目, X公司控股|项目): the owner told, the
# project named elsewhere; the firm stays an organisation.
_OWNED_BY_A_FIRM = patterns.compile(r"(?:公司|集团)(?:独资|合资|全资|控股)$")  # read on the normalised text


def stem_ok(text: str, start: int, stem_end: int, end: int, *, quoted: bool, by_firm: bool = False) -> bool:
    """Whether text[start:end], its head starting at `stem_end`, names one project; `quoted` when the
    name stood in quotes, `by_firm` when a company is told to build it."""
    stem = text[start:stem_end]
    if _described(text, start, stem_end) or (_STAFF_AFTER.match(text, end) and _FIRM_STEM_END.search(stem)):
        return (
            False  # 财投集团项目|负责人: the firm's project staff, no project named (比亚迪电池项目|负责人 names one)
        )
    if quoted:
        if nickname(text, start, end):
            return False  # 东莞素有“世界工厂”之称: what a place is called, no project
        # A slogan in quotes is no name: a verb and its object (“找项目”), a list (“跑央企、引项目”).
        if len(stem) < MIN_STEM or "、" in stem or COUNT_BEFORE.fullmatch(stem):
            return False  # nor a count (“两个基地”)
        if stem_end < end and text[end : end + 1] in _CLOSING_QUOTES and _NUMBERED_SLOGAN.fullmatch(text, start, end):
            return False  # a plan's numbered aims (“三高地两基地”, “一城两区三基地”)
        return len(text[start:end]) >= 3 and not GENERIC.fullmatch(stem)
    if len(stem) < MIN_STEM or end - start > MAX_NAME or GENERIC.fullmatch(stem):
        return False
    if stem.endswith(_REFERRING_ENDS):
        return False  # 他预料相关|项目, 上述项目: the projects referred to, no name
    if _OWNED_BY_A_FIRM.search(stem):
        return False  # 联六线项目为X集团有限公司独资|项目: who owns the project told, no second name
    if start > 0 and GENERIC.fullmatch(text, start - 1, stem_end):
        return False  # an edge cut a generic word (本区|域重大项目, 为重|点战略项目): no name is left
    if _slogan_class(text, start, stem_end) or _compared_kind(text, start, end) or _share_of_class(stem):
        return False
    if line_of_told_project(text, start, stem_end, end) or _venue(text, start, end):
        return False
    if (text[stem_end:end] == "厂" and not _plant_stem(text, start, end)) or _pronoun_facility(text, start):
        return False
    if _located_in(text, start, stem_end, end):
        return False
    if _LEADING_CONJUNCTION.match(stem) and GENERIC.fullmatch(stem, 1):
        return False
    if _placed_generic(stem, text[stem_end:end]) and not text.endswith(_AFTER_NAMED, 0, start):
        return False  # 孝感临空经济区凤凰旅游区项目、|生态智慧新城项目 is no place's projects
    if _named_place_generic(stem) or _within_generic(stem) or _class_tail(stem) or _verb_on_generic(stem):
        return False
    if _descriptor_end(stem) or _is_class(text, start, end) or _kind_and_generic(stem):
        return False
    if len(stem) <= _MAX_CATEGORY and text[stem_end:end] in _BARE_HEADS and _among_types(text, start, end):
        return False
    if TYPE_ONLY.fullmatch(stem) or _AN_ECONOMY.fullmatch(stem):
        # a park named by its trade is one park, and so is its project (绿色家居产业园|项目)
        return (
            by_firm
            or instance_before(text, start)
            or listed_instance(text, start, end)
            or _named_park(text, start, end)
            or _named_park(text, start, stem_end)
        )
    return True


# A short stem listed with kinds of projects is one more kind (交通、|水电项目; 产业项目、社会事业项目、|高校项目、
# 城市更新项目; 教育项目、|卫生项目|和文旅项目), however rare its word: a report counts projects by kind.
_MAX_CATEGORY = 4
_BARE_HEADS = ("项目", "工程", "項目")  # a park (湘商产业园、政府PPP项目) is named, however short
_LIST_JOINT = patterns.compile(r"(?:项目|工程|項目)?[、和及与與]")
_ITEM_LENGTHS = range(2, 7)
_MAX_SIBLINGS = 5
_CLAUSE_REACH = 40
_CLAUSE_BREAK = patterns.compile(r"(?r)[，。；！？,;!?\n]")  # a colon opens the list: its opener stays in
_PRESENTED = patterns.compile(
    rf"{alternation(words('project_triggers.txt'))}|包括|包含|主要有|重点有|项目有|項目有|分别是|分别为|分別是|分別為|的有"
)
_LIST_JOINT_BEFORE = patterns.compile(r"(?r)(?:项目|工程|項目)?[、和及与與]")


def _among_types(text: str, start: int, end: int) -> bool:
    """A sibling of the list item text[start:end], right before or after it, is a kind of project (TYPE_ONLY),
    and nothing in its clause presents the list as projects signed or started (签约了光伏组件项目、储能电池项目)."""
    brk = _CLAUSE_BREAK.search(text, max(0, start - _CLAUSE_REACH), start)
    if _PRESENTED.search(text, brk.end() if brk else max(0, start - _CLAUSE_REACH), start):
        return False
    pos = start
    for _ in range(_MAX_SIBLINGS):  # back over the siblings before it (教育项目、卫生项目和|文旅项目)
        joint = _LIST_JOINT.search(text, max(0, pos - 3), pos)
        if joint is None or joint.end() != pos:
            break
        p = joint.start()
        if any(TYPE_ONLY.fullmatch(text, p - k, p) for k in _ITEM_LENGTHS if p - k >= 0):
            return True
        before = _LIST_JOINT_BEFORE.search(text, max(0, p - _ITEM_LENGTHS[-1] - 3), p)
        if before is None:
            break
        pos = before.end()
    after = _LIST_JOINT.match(text, end)
    if after is None or after.group().startswith(("项目", "工程", "項目")):
        return False
    head = _HEAD_AFTER.search(text, after.end(), after.end() + 7)
    return head is not None and bool(TYPE_ONLY.fullmatch(text, after.end(), head.start()))


_HEAD_AFTER = patterns.compile(r"项目|工程|項目")


# A place before generic words names the projects of that place, not one (辽宁省项目,
# 吴江开发区项目之一, 北京西部地区重点项目, 市列重点项目).
_PLACE_PREFIX = patterns.compile(
    r"\p{Han}{0,8}?(?:省|自治区|市|自治州|州|盟|地区|县|旗|区|镇|乡|街道|开发区|高新区|经开区|新区|新城)"
)


# Areas of a site, not divisions: the works done there (二期, 提升, 改造) name one project.
_FACILITY_AREAS = ("校区", "院区", "景区", "风景区", "名胜区", "片区", "港区", "厂区", "矿区", "园区", "度假区")
# Areas renewed (下港片区棚户区|改造建设项目, 东城区幸福小区|改造工程): a site where a name stands before them; alone or
# after a scope they are the kind (全市棚户区改造项目, 老旧小区改造工程).
_RENEWED_AREAS = ("棚户区", "棚戶區", "小区")
_NOT_A_SITES_NAME = patterns.compile(r".*[和及与、]|.*老旧")


def _named_renewed_area(stem: str, i: int) -> bool:
    area = next((a for a in _RENEWED_AREAS if stem.endswith(a, 0, i)), None)
    if area is None or i - len(area) < 2:
        return False
    before = stem[: i - len(area)]
    return not MODIFIERS.fullmatch(before) and not _NOT_A_SITES_NAME.match(before)


def _placed_generic(stem: str, head: str) -> bool:
    """The stem is a place prefix and generic words; a place alone before 项目 (辽宁省项目), not
    before a park's head (福州软件园 is a name); a government's level alone is a place prefix too
    (省|重大合作项目, 市|重点项目)."""
    if stem[:1] in _LEVELS and MODIFIERS.fullmatch(stem, 1):
        return True
    site = False
    for i in range(2, len(stem) + 1):
        if stem[i - 1] not in _PLACE_LAST or stem.endswith("城市", 0, i) or not _PLACE_PREFIX.fullmatch(stem, 0, i):
            continue
        if site or stem.endswith(_FACILITY_AREAS, 0, i) or _named_renewed_area(stem, i):
            # 贵州大学新校区|二期工程, 樟江风景名胜区|提升工程: a site's area, no government's place; nor is a 区
            # named inside the site (下港片区棚户区|改造建设项目)
            site = True
            continue
        if i == len(stem) and head in ("项目", "工程") and _names_a_division(stem):
            return True
        if i < len(stem) and MODIFIERS.fullmatch(stem, i):
            return True
    return False


# Suffixes that make a whole stem a division; a bare 区 ends many a project's own name (华金小区, 西湖景区) and
# counts only where the gazetteer knows the place, and a 新城 told by what it is (卡伦湖生态新城) is a project.
_DIVISION_ENDS = ("省", "市", "县", "旗", "州", "盟", "镇", "乡", "街道", "开发区", "高新区", "经开区", "新区", "地区")
_DESCRIBED_NEW_TOWN = patterns.compile(
    r"(?:生态|科技|智慧|产业|文旅|国际|健康|数字|金融|商务|康养|旅游|空港|临空)新城$"
)


def _names_a_division(stem: str) -> bool:
    if stem.endswith("新城"):
        return not _DESCRIBED_NEW_TOWN.search(stem)
    return stem.endswith(_DIVISION_ENDS) or bool(gazetteer.get().senses(stem))


def _kind_and_generic(stem: str) -> bool:
    """A kind and generic words after it name a class (旅游文化类|重大项目, 工业类|重点项目); only 类: the other
    descriptors end words inside names (生产性|服务业提升工程, 升级|改造项目)."""
    kind = stem.rfind("类")
    return 0 < kind < len(stem) - 1 and bool(MODIFIERS.fullmatch(stem, kind + 1))


# Generic words saying how projects were won or ranked (招商引资, 重点, 灾后重建) after any qualifier name a class
# of them: 援藏干部|招商引资项目, 通过|招商引资项目, 西宁—海东都市圈|一体化重点项目, 积石山地震青海|灾后重建项目.
_CLASS_WORD = patterns.compile(r"招商|招引|重点|重點|灾后|災後")


def _class_tail(stem: str) -> bool:
    """The stem ends in generic words holding a word of a class of projects (…|招商引资, …|一体化重点)."""
    for i in range(1, len(stem) - 1):
        if MODIFIERS.fullmatch(stem, i):
            return _CLASS_WORD.search(stem, i) is not None
    return False


# A function word a clause cut leaves before the verb (中|民生, 地|服务, 有|效支撑, 会议|通报).
_OBJECT_VERB_STEM = patterns.compile(rf"(?:[中地效]|会议|会上)?(?:{alternation(words('project_object_verbs.txt'))})?")


# A plant (厂) is named by a firm, a place or a product: not after a size, a verb of setting one up or a pronoun
# (科技大|厂, 投资设|厂, 扩|厂, 该|厂), nor a stem of one or two characters (化工|厂, 水泥|厂: a kind of plant).
_NOT_A_PLANT_END = frozenset("大设建扩办该这此本其各工原老旧分总全贵我商车")
_MIN_PLANT_STEM = 3


# ... and told invested in, built or started in its clause (青岛啤酒厂 a worker worked at is a firm).
_PLANT_TOLD_BUILT = patterns.compile(
    r"投资|亿|万元|动土|动工|开工|竣工|投产|量产|落户|签约|兴建|建设|扩建|启用|落成|上梁"
)
_PLANT_CLAUSE = patterns.compile(r"[，。；！？,;!?\n]")
_PLANT_REACH = 40


# A plant named by its place alone (台積電高雄|廠, 美光台中四|廠) is the firm's site, where the place tells the deal's
# place (台積電高雄廠舉行動土典禮，先進製程晶圓廠項目…): only a product before 厂 makes it a project's name.
_PLANT_NUMBER = patterns.compile(r"(?r)[一二三四五六七八九十0-9]*$")


_PLANT_BUILD_VERBS = tuple(words("project_build_verbs.txt"))


def _ends_in_a_place(stem: str) -> bool:
    bare = stem[: _PLANT_NUMBER.search(stem).start()]
    return any(gazetteer.get().senses(bare[-k:]) for k in (2, 3) if len(bare) > k)


# A park or base told as where something lies (总部位于|深圳南山科技园, 位于|西部(重庆)科学城的金凤实验室) is a place
# there, no project; a project (…项目, …工程) keeps its name.
_LOCATED = ("位于", "地处", "坐落于", "坐落在", "落座于")
_LOCATED_END = patterns.compile(r"[，。；、,;\n]|的|内|$")
_WORKS_HEADS = ("项目", "工程")


def _located_in(text: str, start: int, stem_end: int, end: int) -> bool:
    if text[stem_end:end] in _WORKS_HEADS or not text.endswith(_LOCATED, 0, start):
        return False
    return _LOCATED_END.match(text, end) is not None


def _plant_stem(text: str, start: int, end: int) -> bool:
    stem = text[start : end - 1]
    if len(stem) < _MIN_PLANT_STEM or stem[-1] in _NOT_A_PLANT_END or _ends_in_a_place(stem):
        return False
    if text.endswith(_PLANT_BUILD_VERBS, 0, start):
        return False  # 在高雄興建|先進製程晶圓廠: the kind of plant built, no name
    lo = max([0, *(m.end() for m in _PLANT_CLAUSE.finditer(text, max(0, start - _PLANT_REACH), start))])
    # its clause and the next (中粮集团青稞面包厂，国内100强项目落户城关)
    breaks = [m.start() for m in _PLANT_CLAUSE.finditer(text, end, end + _PLANT_REACH)]
    hi = breaks[1] if len(breaks) > 1 else None
    return _PLANT_TOLD_BUILT.search(text, lo, hi if hi is not None else min(len(text), end + _PLANT_REACH)) is not None


# A facility's one-character noun after a pronoun is that facility (该|厂扩建工程, 该|园区二期): no name of its own.
_PRONOUN_BEFORE = frozenset("该这此其本")
_BOUND_FACILITY = frozenset("厂园校院站港矿")


def _pronoun_facility(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in _PRONOUN_BEFORE and text[start : start + 1] in _BOUND_FACILITY


def _verb_on_generic(stem: str) -> bool:
    """The stem is a verb taking projects (or a stray function word) and generic words: 涉及|基础设施 aside, 中|民生,
    地服务, 效支撑重大, 会议通报 name no project."""
    m = _OBJECT_VERB_STEM.match(stem)
    if m is None or m.end() == 0:
        return False
    return m.end() == len(stem) or bool(MODIFIERS.fullmatch(stem, m.end()))


def _within_generic(stem: str) -> bool:
    """Generic words after 内 name the projects within a span or an area (第三师一周内|重大项目)."""
    inside = stem.rfind("内")
    return 0 < inside < len(stem) - 1 and bool(MODIFIERS.fullmatch(stem, inside + 1))


_PLACE_LAST = frozenset("省区市州盟县旗镇乡道城")
_LEVELS = frozenset("省市县区州")
_MAX_PLACE = 8
_PLACE_LEVELS = frozenset(("country", "province", "city", "county", "region", "zone"))


def _named_place_generic(stem: str) -> bool:
    """The stem is a place the gazetteer knows, without a suffix, and generic words (北京西部重点|项目,
    澳门投资|项目, 澳门50新|项目)."""
    gaz = gazetteer.get()
    for i in range(min(len(stem) - 1, _MAX_PLACE), 1, -1):
        if any(sense.place.level in _PLACE_LEVELS for sense in gaz.senses(stem[:i])):
            return bool(MODIFIERS.fullmatch(stem, i))
    return False


# Generic modifiers without the heads: 郑州|基地二期 (a head after the place) is a name.
MODIFIERS = _names.made_of("project_generic.txt")


def _named_park(text: str, start: int, end: int) -> bool:
    """A park named by its trade (新材料产业园, 医药产业园) is one park, unless it is a goal
    (打造…产业园, 建成国内一流的…产业园)."""
    if not text.endswith(_PARK_HEADS, start, end):
        return False
    return not (_ASPIRATION_BEFORE.match(text, max(0, start - 6), start) or text[start - 1 : start] == "的")
