"""A deal being read: the words that tell its parts, its frame, and what a frame reads from its sentence.

A group of projects (`Group`) owns a span of its sentence; its `Frame` gathers there the amounts
(by the words before each amount: 总投资 → total, 合同外资 → foreign, 一期投资 → phase, 已完成投资 →
completed), the count, the stage (the stage words are here; deal_stage.py reads the furthest one the text
says was reached), the date and the event. `View` holds what every group of a sentence looks up once. The
deal assembler (deals.py) tells the story on top of these readers; deal_places.py reads where a frame's
projects land, investors.py reads organisations.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import models, numerals, patterns
from ..timex import is_day
from . import frames as event_frames
from . import metric_periods
from .context import Reading, mention_key
from .deal_words import a_threshold
from .kind import MODAL_YAO, PLAN_MODAL
from .occasion_days import headline_day
from .phrase import PHRASE_REACH
from .sentence import Sentence

# --- words ------------------------------------------------------------------------------------

STAGES: tuple[models.Stage, ...] = ("planned", "signed", "introduced", "started", "completed")
STAGE_WORDS: dict[models.Stage, tuple[str, ...]] = {
    # 预备项目: a reserve list, as 储备项目 (not 预备役, 预备党员).
    # 正在洽谈(中): talks under way (not 在洽谈会上, an event)
    # (session 27) a feasibility study done or under review (完成可研评审, 预可研已报…待审): still before building.
    "planned": (
        "谋划",
        "储备",
        "在谈",
        "预备项目",
        "前期工作",
        "正在洽谈",
        "正在商谈",
        "尚在洽谈",
        "可研",
        "可行性研究",
    ),
    # 达成投资意向, 达成协议: an agreement reached, as 达成合作 is
    "signed": (
        "签约",
        "签署",
        "签订",
        "签下",  # (session 36) 现场签下A、B等4个项目
        "达成合作",
        "达成了合作",
        "达成初步合作",
        "达成投资意向",
        "达成意向",
        "达成协议",
        "达成了协议",
        "达成投资协议",
    ),
    "introduced": ("引进", "引入", "招引", "落户", "落地", "入驻", "进驻"),
    "started": (
        "开工",
        "开复工",
        "复工",
        "开建",
        "进场",
        "在建",
        "动工",
        "动土",  # Taiwan's groundbreaking (動土典禮)
        "奠基",
        "启动建设",
        "开始建设",
        "正在建设",
        "正在加快建设",
        "正在施工",
        # construction under way in progress reports: 等项目加快建设, 进行土建施工, 建设进入收尾 (not bare 施工:
        # 施工图, 施工单位, 设施工程)
        "加快建设",
        "土建施工",
        "主体施工",
        "进行施工",
        "进入收尾",
        "浇筑",  # concrete poured on the works (坝体浇筑, 主体浇筑): building under way
        # building under way told by its works: 主体封顶, 开始施工, 全面施工
        "封顶",
        "开始施工",
        "全面施工",
        "展开施工",  # 工程已全面展开施工 (Hong Kong and Macau outlets)
        # (session 20) the works pressed on, or the project's building site the report stands on
        "加紧施工",
        "抓紧施工",
        "紧张施工",
        "加快施工",
        "建设全面展开",
        "建设工地",
        "施工工地",
        # topping out as Taiwan (上樑) and Hong Kong or Macau (平頂) outlets word it
        "上梁",
        "平顶",
    ),
    "completed": (
        "建成",
        "投产",
        "投用",
        "竣工",
        "投入使用",
        "投入运营",
        "建成运营",
        "打造了",
        "启用",
        "投运",
        "通车",
        "通水",  # a water works delivering (引汉济渭工程正式通水), not a site's utilities (通水通电, NOT_STAGE)
        "并网",
        "落成",
        # done and working, as outlets word it: 开业运营, 交付使用
        "开业",
        "试运行",
        "交付使用",
        "正式运营",
        "投入运作",  # Hong Kong's word for put into service
        "开通运营",  # a line opened to passengers (地铁5号线正式开通运营)
        "开园",  # (session 30) a park opened to its firms (产业园正式开园)
    ),
}
# Nouns that contain a stage word: "建成区" is the built-up area, "招引平台" a platform, "储备库" a depot, "交通车辆"
# vehicles (not 通车); equipment, techniques and people a project brings in (引进高端设备, 引入先进技术) are no
# project brought in.
NOT_STAGE = (
    "建成区", "招引平台", "招引工作", "引进工作", "签约仪式", "签约活动",
    "引进设备", "引进技术", "引进先进", "引进高端设备", "引进国外先进", "引进人才",
    "引入设备", "引入技术", "引入先进", "储备库", "储备粮", "储备林", "通车辆", "平顶山",
    "通水通电", "通水、通电", "通水通路", "通水、通路",
)  # fmt: skip
# Two stages contracted into one word (开竣工 = 开工 and 竣工: "A、B等81个项目开竣工"): some projects started, some were
# completed, which ones the text does not say; the word tells no stage of any of them.
STAGE_CONTRACTIONS = ("开竣工", "開竣工", "开复竣工", "開復竣工", "签开工", "簽開工")
STAGE_CONTRACTION_RE = patterns.compile("|".join(STAGE_CONTRACTIONS))
# A stage word after these (anywhere earlier in its sentence) is intended, not reached:
# "推动…早日投产", "争取…落户我区", "要加快推进". Planned words are never cancelled.
NOT_YET_BEFORE = (
    "计划", "预计", "力争", "争取", "确保", "推动", "推进", "加快", "尽快", "早日", "即将", "有望", "准备",
    "谋划", "规划", "积极", "吸引", "鼓励", "促进", "引导", "支持", "抓好", "做好", "争创", "努力",
)  # fmt: skip
# Earlier in the clause: "将于年底前建成投产", "拟落户" (unless told as done: "将X建成了Y").
NOT_YET_IN_CLAUSE = ("将", "拟", "待")
# Right before a stage word (a few characters): "尚未开工", "签约未落地".
NOT_YET_NEAR = ("未", "没有", "不", "可")  # 可: a forecast (今年可全部竣工)
# Stage words before the group's own clause count only when told as done ("我们引进了波鸿…，…项目").
DONE_AFTER = ("了",)
DONE_BEFORE = ("已", "已经", "成功", "相继", "先后", "新", "又", "均已", "现已")
# "落地后", "建成后将…": a condition about the future.
NOT_YET_AFTER = ("后",)
# A clause commenting on what the sentence told ("这与我市重点引进…", "这是该市今年引进的…").
COMMENT_CLAUSE_RE = patterns.compile(r"\s*(?:这|此举|这也|这些都)(?![些个批一](?:重大|重点)?(?:项目|投资案|工程))")
# ... also with a second verb before it: "建成达产后", "建成投产后预计…".
CONDITION_AFTER_RE = patterns.compile(r"(?:达产|达效|投产|投用|运营|使用|营业|开业|见效)(?:后|之后)")
# A sentence opening with these points back to the projects of the sentences before it.
BACK_REFERENCE = ("比如", "例如", "譬如", "如", "其中", "这些", "上述", "以上", "该项目", "此外")
# The words before an amount that give its role.
ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("completed", r"(?:已经|已|累计|共)?完成(?:了)?投资(?:额)?"),
    ("phase", r"(?P<phase>[一二三四五六七八九十\d]+)期(?:工程|项目)?(?:计划|拟)?(?:总)?投资(?:额)?"),
    ("foreign", r"(?:合同|实际|利用|到位|实际到位)?外资(?:额|金额)?"),
    (
        "total",
        r"(?:计划总投资|计划投资|总投资|投资总额|总投资额|投资额|投资规模|总经费|投资|注资|出资|增资|斥资|合同金额|合同额|签约金额|签约额|协议投资"
        # what outlets call the money a signing brings (合同引资约16.2亿元, 投融资总额78.2亿元, 协议总金额)
        r"|合同引资|协议引资|引资额|投融资总额|投资金额|协议金额|协议总金额|签约总额|签约总金额|总签约额|合同总额"
        # a project's budget, as HK and Macau outlets give it (…旅遊文化區預算一百二十億元)
        r"|总预算|预算)(?:额)?",
    ),
)
# (均在亿元以上: the amount each project reaches; 协议投资额合计3.3亿美元: the sum of the projects listed)
ROLE_LINK = r"(?:均|各|就|也)?(?:合计|共计|总计)?(?:达到|达|为|约|超|共|近|逾|高达|了|在)?(?:[:：]\s*)?"
# Organisations followed by these invest or build ("…投资建设的", "…注资").
INVEST_VERBS = ("投资建设", "投资兴建", "投资", "注资", "出资", "增资", "投建", "合资", "独资", "建设")
INVEST_PREFIX = ("共同", "联合", "独家", "全资", "拟", "计划", "将")
# An organisation announcing its own investment: "X宣布追加投资1.5亿欧元", "X承诺在未来五年投资逾10亿港元";
# Taiwanese reports also say 斥资 and 投入 ("瑞昱半导体也将投入31亿元", "日正食品斥资3亿扩厂").
# Taiwanese reports also write 投, 加码 or 砸下 right before the amount ("揚盛實業要投2.5億元", "再度加碼8億元", "砸下 8 億元")
# and 挹注 for investing ("臺積電也決定再挹注900億元"); (session 31) 耗资 is spending on what is built ("金沙集团公布耗资
# 达一千亿元在路氹发展…"), and a currency may stand before the amount (再加码新台币一百亿元).
INVESTOR_VERB = (
    r"(?:(?:宣布|承诺|计划|拟|将|要|再|亦|也|又|追加|新增|共同|联合|累计|合计|共计|共)*"
    r"(?:投资|注资|增资|出资|斥资|耗资|挹注|投入(?!使用|运营|生产|运行)"
    r"|(?:投|加码|砸下)(?=[约逾近超过达]*[ \t]*(?:新台币|新台幣|人民币|港币|美元)?[ \t]*[0-9一二三四五六七八九十两])))"
)
# How many characters may stand between the organisation and its verb ("去年10月宣布", "承诺在未来五年").
INVESTOR_GAP = 12
# A place signing with a company: "X县与Y公司签订…" (就 opens what they sign about).
SIGN_VERBS = ("签订", "签署", "签约", "就")
# Words that name the investor outright: "投资方为X".
INVESTOR_NAMED = ("投资方为", "投资方是", "投资主体为", "投资商为", "投资方：", "投资方:")
INVESTOR_NAMED_REACH = 6
# An organisation list that settles somewhere ("A、B等11家厂商进驻，合计投资超过…").
SETTLE_VERBS = ("进驻", "入驻", "落户", "落地", "签约", "引进")
# A list of companies that settled: the verb after the list ("等一批龙头企业相继落户"), within reach.
SETTLED_VERBS = ("落户", "入驻", "进驻", "落地")
# ... or signed, naming no project of their own ("A、B等十余家企业与该县共签约项目15个").
SIGNED_AS_LIST_VERBS = ("签约", "签订", "签署")
SIGNED_REACH = 24  # "…、深圳瑞科光通信共6个重点企业项目进行了现场集中签约"
SETTLED_REACH = 16
LIST_DESCRIPTION_MAX = 16
# The verbs that build the facility an investor's money goes to ("…，扩建Y", "…建设Y").
BUILD_VERBS = ("建设", "兴建", "扩建", "新建", "投建", "建立", "打造", "开设", "设立", "创办", "兴办", "建")
# "此外，…" adds a new item; only these point back to the items of the sentences before.
SUBSET_REFERENCE = ("其中", "比如", "例如", "譬如", "如", "这些", "上述", "以上")
# How many "；"-joined sentences a list pointing back ("其中，A…；B…；C…") may run on.
LIST_REACH = 12
# "此外，…" / "另外，…" open a new item: it does not take the stage of the sentence before.
ADDITIVE = ("此外", "另外", "同时", "另")
# How a text says an owner puts money into or builds the project named after it (X投资建设的Y项目,
# X在九江经开区投资1亿美元的Y项目): the words of investing and building, longest first.
OWNER_VERBS = tuple(sorted({*INVEST_VERBS, *BUILD_VERBS, "开发"}, key=lambda w: (-len(w), w)))
# The noun after a project count ("等3个重点招商项目").
PROJECT_NOUNS = ("项目", "工程", "企业", "园", "基地")
STAGE_OF: dict[str, models.Stage] = {w: stage for stage, words in STAGE_WORDS.items() for w in words}
# "X公司计划在空港开发区建设Y项目", "准备新建Y": a plan to build, as 拟 is (not 计划投资, the money's role).
# So is a plan to put money into building (该公司计划投资15亿元建设Y, 天能集团计划投资50亿元在长兴建设Y), and one a
# firm announces (隆基绿能宣布在西咸新区投资45亿元建设Y, 鸿海宣布投资200亿元在高雄兴建Y).
_PLAN_TO_BUILD = (
    r"(?:计划|准备|打算|预计|宣布(?:将)?)(?=在[^，,。；;：:]{1,12}?(?:投资)?(?:建设|兴建|新建|建)|(?:建设|兴建|新建)"
    r"|(?:投资|斥资|投入)[^，,。；;：:、]{1,10}?元(?:在[^，,。；;：:]{1,12}?)?(?:建设|兴建|新建|扩建|打造|发展|开发))"
)
# "X公司计划投资8亿元的Y项目将落户高新区", "A、B等160个项目将陆续开工": a landing or start to come is a plan.
# So is one told with its time or place between (将于今年开工, 将在苗栗投资22亿元, 也将投入31亿元).
_TO_LAND = (
    r"将(?:陆续|要|会)?(?:[于在][^，,。；;、]{1,8}?)?(?=落户|落地|入驻|进驻|开工|动工|投资|斥资|投入(?!使用|运营|生产))"
)
# "X建设开工在即", "签约在即": a stage close at hand is not reached yet (read before the stage word it holds).
_IMMINENT = r"(?:开工|动工|开建|投产|竣工|建成|落地|落户|签约)在即"
STAGE_RE = patterns.compile(
    "|".join(
        [f"(?P<plan>{_IMMINENT}|{PLAN_MODAL}|{_PLAN_TO_BUILD}|{_TO_LAND})", *sorted(STAGE_OF, key=len, reverse=True)]
    ),
)
NOT_YET_RE = patterns.compile("|".join((*NOT_YET_BEFORE, MODAL_YAO)))
# Investment statistics of a place: the amount after them belongs to no project.
STATISTIC_INVESTMENT = r"(?:固定资产|全社会|社会|工业|民间|技改|基础设施|房地产开发|房地产)投资(?:额|总额)?"
_STATISTIC_RE = patterns.compile(rf"{STATISTIC_INVESTMENT}{ROLE_LINK}$")
_ROLE_RES = tuple((role, patterns.compile(f"(?:{pattern}){ROLE_LINK}$")) for role, pattern in ROLE_PATTERNS)
# "…两大项目投资均超过300亿元": 均 before the amount makes it each project's.
_EACH_AMOUNT_RE = patterns.compile(r"均|各")
INTENT_RE = patterns.compile("|".join(NOT_YET_BEFORE))
_SUBSET_RE = patterns.compile(r"[\s“”\"‘’]*(?:" + "|".join(SUBSET_REFERENCE) + ")")
_OF_A_COUNTED_CLASS_RE = patterns.compile(
    r"的(?P<n>\d+|[一二两三四五六七八九十百]+)(?:个|项)[^，,。；;、]{0,10}?(?:项目|工程)"
)
# 总投资40亿元的|A项目; in a list the 的 may be left out: 、投资7100万美元|B公司等一批项目
_PREMODIFIER_RE = patterns.compile(r"(?:规模)?的[^，,。；;、]{0,2}|")


# --- the frame and what it reads ---------------------------------------------------------------


@dataclass
class Group:
    """Projects named together in one sentence."""

    projects: list[Any]
    phase: int | None = None

    @property
    def start(self) -> int:
        return self.projects[0].start

    @property
    def end(self) -> int:
        return self.projects[-1].end


@dataclass
class Frame:
    """A deal being read; frames of neighbouring sentences naming the same project merge."""

    sentence: Sentence
    projects: list[str] = field(default_factory=list)
    project_count: int | None = None
    investors: list[str] = field(default_factory=list)
    place: str | None = None
    explicit_place: bool = False
    # The place a landing word names ("落户莘县"): it outranks the county inside a project's name.
    landed: bool = False
    # A city or county named inside each project's name ("闽侯县域智慧能源项目" → 闽侯县).
    own_places: dict[str, models.PlaceValue] = field(default_factory=dict)
    # Those written after the unit holding them ("酒泉市瓜州县风电装备项目", "广州南沙新区…项目"): no brand.
    own_with_parent: set[str] = field(default_factory=set)
    amounts: list[models.DealAmount] = field(default_factory=list)
    stage: models.Stage | None = None
    # Its clause tells two stages in one word (…等81个项目开竣工): a deal of no single stage, still a deal.
    stages_mixed: bool = False
    date: str | None = None
    event: str | None = None
    lo: int = 0
    hi: int = 0
    used: list[Any] = field(default_factory=list)
    # The project group an investor's money builds ("X追加投资…，扩建Y项目").
    linked: Group | None = None
    # A company told to have settled, without a project or an amount ("A、B等一批龙头企业相继落户").
    settled_company: bool = False
    # Told as under way in its own clause (…等一批重大项目加快推进): no stage from the event around it.
    under_way: bool = False
    # A landing or completion only aimed at, no money told ("争取A早日落户"): no stage, nor one from the event.
    aimed: bool = False
    # One amount per listed project ("A项目、B项目签约，投资额分别为300亿元、700亿元").
    respective: list[Any] = field(default_factory=list)
    # The amount is each project's ("A和B两大项目投资均超过300亿元").
    each: bool = False
    # One investor per listed project, in order ("与A公司、B公司分别签订了X项目、Y项目").
    respective_investors: bool = False
    # What a later sentence tells of one project of the list alone ("其中，…A总投资500亿元").
    refinements: list[Frame] = field(default_factory=list)
    # A part of the project told just before ("…硅科技产业园项目，总投资18亿元，项目将…建设年产3000吨…生产线").
    part: bool = False

    def cover(self, start: int, end: int) -> None:
        self.lo = min(self.lo, start)
        self.hi = max(self.hi, end)


@dataclass
class View:
    """What every group of a sentence looks up, computed once per sentence."""

    groups: list[Group]
    group_starts: list[int]
    group_clauses: list[int]
    # Where the first word saying "not yet" stands ("要加快推进…", "争取…落户"); stage words after it are intended.
    not_yet_from: int
    # Groups sharing a clause share its stage, event and investors: read them once.
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    # Mentions an investor's own frame took ("X追加投资1.2亿欧元"): no group reads them again.
    claimed: set[tuple[str, int, int]] = field(default_factory=set)

    def once(self, key: tuple[Any, ...], read: Callable[[], Any]) -> Any:
        if key not in self.memo:
            self.memo[key] = read()
        return self.memo[key]

    def next_group(self, group: Group) -> Group | None:
        i = bisect.bisect_right(self.group_starts, group.start)
        return self.groups[i] if i < len(self.groups) else None

    def previous_group(self, group: Group) -> Group | None:
        i = bisect.bisect_left(self.group_starts, group.start)
        return self.groups[i - 1] if i > 0 else None

    def group_from(self, offset: int) -> Group | None:
        i = bisect.bisect_left(self.group_starts, offset)
        return self.groups[i] if i < len(self.groups) else None


_NEXT_ITEM_RE = patterns.compile(r"\s*[、，,]\s*\S{0,8}?的\s*")


def brings_in(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Only a stage verb stands between a park and the projects it brings in; not a list going on with an item
    opening on its own stage verb (A项目、开工的B项目: B is the list's next item, A brings nothing in)."""
    if _NEXT_ITEM_RE.fullmatch(reading.norm, start, end):
        return False
    has_stage = STAGE_RE.search(reading.norm, start, end) is not None
    return has_stage and not sent.between(start, end, "money", "count", "place", "org")


def read_amounts(
    reading: Reading, sent: Sentence, view: View, group: Group, frame: Frame, start: int, end: int
) -> None:
    nxt = view.next_group(group)
    previous = view.previous_group(group)
    if previous is not None:
        start = max(start, previous.end)
    if nxt is not None:
        end = min(end, nxt.end)
    for money in sent.between(start, end, "money"):
        if mention_key(money) in view.claimed or _of_a_larger_class(reading, money, group):
            continue
        if a_threshold(reading.norm, money):
            continue
        if previous is not None and _in_bracket_after(reading.norm, previous.end, money.start):
            continue  # 、A项目(总投资12亿元)、B项目: the bracket after A holds A's figures
        owner = _premodified_group(reading, view, money)
        if owner is not None and owner is not group:
            continue
        if owner is None and nxt is not None and nxt.end <= money.start:
            continue  # after the next group: that group's amount
        role, phase = _role(reading, sent, money, group)
        if role is None and (owner is group or _bare_in_bracket_after(reading.norm, group.end, money)):
            role = "total"
        if role is None:
            continue
        if role == "total" and group.phase is not None and _plain_invest(reading, money):
            role, phase = "phase", group.phase
        frame.amounts.append(models.DealAmount(role=role, money=money.value, phase=phase))
        frame.used.append(money)
        frame.cover(money.start, money.end)
        if len(group.projects) > 1 and _EACH_AMOUNT_RE.search(reading.norm, group.end, money.start):
            frame.each = True


# (session 37) A bracket opened right after a name holds that name's figures (A项目(总投资12亿元)、B项目(1亿美元)、…).
_BRACKET_OPEN = ("(", "（")
_BRACKET_CLOSE = (")", "）")


def _in_bracket_after(norm: str, name_end: int, at: int) -> bool:
    """Whether `at` lies inside a bracket opened right after the name ending at `name_end`."""
    return norm.startswith(_BRACKET_OPEN, name_end) and not any(c in norm[name_end + 1 : at] for c in _BRACKET_CLOSE)


def _bare_in_bracket_after(norm: str, name_end: int, money: Any) -> bool:
    """A bare amount alone in the bracket after a name (璨宇光电(1500万美元)): the name's total."""
    return (
        norm.startswith(_BRACKET_OPEN, name_end)
        and money.start == name_end + 1
        and norm.startswith((*_BRACKET_CLOSE, "/"), money.end)
    )


# "公司计划在依安县投资5亿元，建设|年产20万吨植脂末项目": the clause opens on building the project and the clause before
# closes on the amount invested; the amount is the project's total.
_BUILD_OPENING_RE = patterns.compile(r"\s*(?:用于|主要)?(?:建设|新建|兴建|扩建|投建|建成|打造|建)")
_INVESTED_CLOSING_RE = patterns.compile(r"(?:总投资|投资|投入|投资额)(?:约|近|超过|超|达)?$")


def frame_built_with_the_amount_before(
    reading: Reading, sent: Sentence, view: View, group: Group, frame: Frame
) -> None:
    own = sent.clause_at(group.start)
    if own.start <= sent.span.start or not _BUILD_OPENING_RE.fullmatch(reading.norm, own.start, group.start):
        return
    money = next(sent.backwards(own.start, sent.clause_at(own.start - 1).start), None)
    if money is None or money.type != "money" or mention_key(money) in view.claimed:
        return
    if reading.norm[money.end : own.start].strip("，, ") or view.previous_group(group) is not None:
        return
    if not _INVESTED_CLOSING_RE.search(reading.norm, max(0, money.start - 5), money.start):
        return
    frame.amounts.append(models.DealAmount(role="total", money=money.value))
    frame.used.append(money)
    frame.cover(money.start, money.end)


def _of_a_larger_class(reading: Reading, money: Any, group: Group) -> bool:
    """ "黄土坡隧道工程…，总投资达71.73亿元的48个重点建设项目": the total of a counted class larger than the group,
    no project's (等总投资19.2亿元的2个技改项目 after two names is theirs)."""
    counted = _OF_A_COUNTED_CLASS_RE.match(reading.norm, money.end)
    return counted is not None and (number(counted.group("n")) or 0) > len(group.projects)


def _premodified_group(reading: Reading, view: View, money: Any) -> Group | None:
    """The group a money mention describes from before ("总投资40亿元的新能源汽车…项目")."""
    g = view.group_from(money.end)
    if g is not None and _PREMODIFIER_RE.fullmatch(reading.norm, money.end, g.start):
        return g
    return None


def _role(reading: Reading, sent: Sentence, money: Any, group: Group) -> tuple[str | None, int | None]:
    clause = sent.clause_at(money.start)
    start = clause.start
    if reading.norm[max(0, clause.start - 3) : clause.start].rstrip().endswith(("：", ":")) and (
        clause.start > sent.span.start
    ):
        start = sent.clause_at(clause.start - 1).start  # "总投资：3亿元", a row of a table: the role before the colon
    for m in sent.between(start, money.start):
        start = max(start, m.end)
    text = reading.norm[max(start, money.start - 12) : money.start]
    if _STATISTIC_RE.search(text):
        return None, None  # "全年完成固定资产投资682.6亿元": a statistic of the place, no project's money
    for role, pattern in _ROLE_RES:
        found = pattern.search(text)
        if found is not None:
            phase = number(found.group("phase")) if role == "phase" else None
            return role, phase
    return None, None


def _plain_invest(reading: Reading, money: Any) -> bool:
    """Plain "投资5亿元" right after a phase's name ("一期“聊城智湖”，投资5亿元") is that phase's amount."""
    before = reading.norm[max(0, money.start - 4) : money.start]
    return before.endswith(("投资", "投资额")) and not before.endswith(("总投资", "总投资额"))


def read_count(reading: Reading, sent: Sentence, view: View, group: Group, frame: Frame) -> None:
    """The number of projects in the group: "…等3个重点招商项目", "…PPP两个项目"."""
    norm = reading.norm
    clause = sent.clause_at(group.end)
    nxt = view.next_group(group)
    limit = min(clause.end, nxt.start if nxt is not None else clause.end, group.end + PHRASE_REACH)
    for count in sent.between(group.end, limit, "count"):
        between = _without_mentions(reading, sent, group.end, count.start, "money")
        after = norm[count.end : min(limit, count.end + 12)]
        if (between.startswith("等") or not between.strip()) and any(w in after for w in PROJECT_NOUNS):
            if count.value.value >= len(frame.projects):
                frame.project_count = int(count.value.value)
                frame.used.append(count)
                frame.cover(count.start, count.end)
            return


def _without_mentions(reading: Reading, sent: Sentence, start: int, end: int, *kinds: str) -> str:
    parts: list[str] = []
    pos = start
    for m in sent.between(start, end, *kinds):
        parts.append(reading.norm[pos : m.start])
        pos = m.end
    parts.append(reading.norm[pos:end])
    return "".join(parts)


# A date that starts a span the stage is compared over (2004年首届东博会以来签约的, 自2018年以来).
_SINCE_AFTER_RE = patterns.compile(r"[^，,。；;]{0,14}?以来")


def date_for(reading: Reading, sent: Sentence, pos: int) -> str | None:
    """The date right before the stage word in its clause, else the sentence's opening date, else
    the date the sentence just before opened with ("一季度，全县…。其中，…项目落户莘县")."""
    clause = sent.clause_at(pos)
    stated = reading.period_before(sent, pos)
    if stated.start is not None and stated.start >= clause.start:
        if stated.end is not None and _SINCE_AFTER_RE.match(reading.norm, stated.end, pos):
            return None  # "是2004年首届东博会以来签约的…": the start of a span compared with, not the signing's day
        return stated.value
    opening = (
        reading.opening_date(sent)
        or _day_after_the_lead_in(reading, sent)
        or _day_after_the_subject(reading, sent, pos)
    )
    if opening is not None:
        # "截至9月底，已有A、B等17个项目正式开工": the year to September, as a metric's count up to a month's end
        before = reading.norm[max(0, opening.start - metric_periods.UP_TO_REACH) : opening.start]
        return metric_periods.year_to_date(opening.value.timex, opening.value.mod, before, opening.text)
    if event_frames.says_of_the_event(reading, sent, pos):
        return None  # "签约仪式上，…": the ceremony's day, not the period the sentence before carried
    if sent.previous_date is None and sent.event_frame is None and event_frames.names_an_event(reading, sent, pos):
        return headline_day(reading, sent)  # "宁波市3月10日集中签约12个项目" / "本次签约的A项目…": the headline's day
    return sent.previous_date


def _day_after_the_subject(reading: Reading, sent: Sentence, pos: int) -> Any | None:
    """A day told right after the subject of the sentence's first clause, before the step (屏東縣政府今天與台糖公司簽約，
    台糖將投資…; 北仑区人民政府于3月10日与某公司签署…): the day that step was taken."""
    first = sent.clauses[0]
    if pos < first.start:
        return None
    return next(
        (
            m
            for m in sent.between(first.start, min(first.end, pos), "date")
            if is_day(m.value.timex) and reading.is_period_date(m) and m.start > first.start
        ),
        None,
    )


# The reporter's source closing a sentence's first clause (记者昨天从市商务局获悉，…).
_REPORTER_SOURCE_RE = patterns.compile(rf"(?:{'|'.join(event_frames.REPORTING_VERBS)})[，,：:\s]*$")


def _day_after_the_lead_in(reading: Reading, sent: Sentence) -> Any | None:
    """A day opening the news after its lead-in: a dateline and byline ("本报讯（记者 张明）3月10日，北仑区与…签约") or the
    reporter's source ("记者昨天从市商务局获悉，3月5日，慈溪市与某集团签约…"); the day of the news told, not the day it
    came. Only a day, so a span compared over (自2011年…以来) stays as read."""
    first = sent.clauses[0]
    for m in sent.between(first.start, first.end, "date"):
        if is_day(m.value.timex) and reading.opens_after_dateline(sent, m.start):
            return m
    if len(sent.clauses) < 2 or not _REPORTER_SOURCE_RE.search(reading.norm, first.start, first.end):
        return None
    after = sent.clauses[1]
    opening = reading.norm[after.start : after.end].lstrip()
    start = after.end - len(opening)
    return next(
        (m for m in sent.between(after.start, after.end, "date") if m.start == start and is_day(m.value.timex)),
        None,
    )


def read_event(sent: Sentence, view: View, group: Group, frame: Frame, start: int, end: int) -> None:
    events = view.once(("events", start, end), lambda: sent.between(start, end, "event"))
    before = [e for e in events if e.end <= group.start]
    chosen = before[-1] if before else (events[0] if events else None)
    if chosen is not None:
        frame.event = chosen.value.name
        frame.cover(chosen.start, chosen.end)


def next_clause_end(sent: Sentence, offset: int) -> int:
    i = sent.clause_index(offset) + 1
    return sent.clauses[min(i, len(sent.clauses) - 1)].end


def listing_head(reading: Reading, sent: Sentence) -> Sentence | None:
    """The sentence opening a list that points back ("其中，A…；B…；C…"), when `sent` is part of it."""
    for _ in range(LIST_REACH):
        if _SUBSET_RE.match(reading.norm, sent.span.start):
            return sent
        if sent.index == 0:
            return None
        previous = reading.sentences[sent.index - 1]
        if previous.paragraph != sent.paragraph or not reading.norm[
            previous.span.start : previous.span.end
        ].rstrip().endswith(("；", ";")):
            return None
        sent = previous
    return None


def number(text: str) -> int:
    """Phase numbers: "一" → 1, "十二" → 12, "3" → 3."""
    return numerals.cardinal(text)
