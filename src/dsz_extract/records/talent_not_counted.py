"""Counts of people that are no talent brought in: a stock or level there is, the parts of a total, people met,
sent out, drawn to an event or attending one ("拥有研发人员300余人", "人才总量达43.8万人（其中…）",
"与…高校的50名专家开展座谈", "出席会议的50名专家"). records/talent.py asks here before it builds a record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .. import patterns
from . import talent_counted
from .talent_words import (
    ATTEND_RE,
    CATEGORY_RE,
    DRAWN_RE,
    HOST_RE,
    LIST_OPEN_RE,
    MODE_RE,
    SENT_OUT_RE,
    STOCK_BEFORE_RE,
    STOCK_LEAD_RE,
    TOTAL_RE,
)

if TYPE_CHECKING:
    from .context import Reading
    from .phrase import Phrase
    from .sentence import Sentence

_PARTNER_CHARS = "与同跟"
# How far around the start of the people counted a word of a stock is looked for ("现有", "平均在站").
_LEAD_REACH = 4


def is_stock_or_partner(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> bool:
    """Without a mode word: a level reached ("人才达到10.2万人", "拥有各类专业技术人才1.2万人"), the parts of
    a total ("人才总量达43.8万人（其中…）") or people met ("与…高校的50名专家开展座谈") are no talent."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    if _partner_before(norm, sent, clause.start, count.start) or _one_described(norm, clause, count):
        return True
    if _invited_to_event(norm, clause, count):
        return True  # "论坛邀请了10位院士作主旨演讲": guests of the event
    if _won_an_award(norm, clause, count, noun):
        return True  # "6位专家荣获省友谊奖": prize winners, not talent brought in
    if _under_total(norm, sent, count) or SENT_OUT_RE.search(norm, clause.start, count.start):
        return True  # "…（其中专业技术人才16.29万人）" of a total; "选派3000余名科研人员到产业一线"
    if _AID_PEOPLE_RE.search(norm, noun.start, noun.end):
        return True  # "2114名第十批援藏干部人才进藏": people other provinces send on aid, as 选派
    if _attended_before(norm, clause, count) or STOCK_LEAD_RE.search(norm, clause.start, count.start) is not None:
        return True  # ... "该企业拥有研发人员300余人": people there are
    return opens_with_stock(norm, clause, noun) or _goes_on_from_stock(reading, sent, count, noun)


# (session 38) People on an aid programme (援藏干部人才, 援疆干部, “组团式”援藏医疗人才, 援青教师): sent by the provinces that
# give the aid, as people 选派 are, whatever verb brings them (进藏, 奔赴西藏): a statistic, no talent, without a mode word.
_AID_PEOPLE_RE = patterns.compile(r"援(?:藏|疆|青|黔|川|甘|宁|渝|滇|蒙|彝|鄂|赣|桂)")


def _partner_before(norm: str, sent: Sentence, start: int, end: int) -> bool:
    """与 / 同 / 跟 before the people counted, outside a name (青岛理工大学机械与汽车工程学院教授…等4位院士: the 与 is the
    school's): people met ("与…高校的50名专家开展座谈")."""
    names = [(m.start, m.end) for m in sent.between(start, end, "org", "place", "person", "project", "event")]
    return any(
        c in _PARTNER_CHARS and not any(a <= i < b for a, b in names) for i, c in enumerate(norm[start:end], start)
    )


# "付春祥是…研究所的一名研究员", "他是一名博士": who one person is, no count of talent.
_ONE_DESCRIBED_RE = patterns.compile(r"是[^，,。；;！？]{0,30}?的?\s*$")


def _one_described(norm: str, clause: Any, count: Any) -> bool:
    return count.value.value == 1 and _ONE_DESCRIBED_RE.search(norm, clause.start, count.start) is not None


# (session 31) People counted who then win a prize, the clause ending on it ("共有220人获奖", "三名院士获省特殊贡献奖",
# "6位专家荣获西湖友谊奖"): winners of an award, no talent brought in; a title after the prize stays one
# ("183人荣获中华技能大奖全国技术能手").
_AWARDED_RE = patterns.compile(
    r"\s*(?:均|都|也|已|共|先后)*(?:荣获|获得|获)[^，,。；;！!？?]{0,24}?奖(?:项|励)?(?=[，,。；;！!？?]|$)"
)


def _won_an_award(norm: str, clause: Any, count: Any, noun: Phrase) -> bool:
    people_end = noun.end if noun and noun.start >= count.end else count.end
    return _AWARDED_RE.match(norm, people_end, clause.end) is not None


# Guests an event invites ("论坛邀请了10位院士", "大会特邀50名专家").
_INVITED_RE = patterns.compile(r"(?:邀请|特邀|邀约)了?")


def _invited_to_event(norm: str, clause: Any, count: Any) -> bool:
    """An event named before a verb of inviting in the count's clause: the people are its guests."""
    invited = list(_INVITED_RE.finditer(norm, clause.start, count.start))
    return bool(invited) and HOST_RE.search(norm, clause.start, invited[-1].start()) is not None


def _under_total(norm: str, sent: Sentence, count: Any) -> bool:
    """A total told earlier in the sentence frames the counts after it ("人才总量达43.8万人（其中专业技术人才…）")
    until a mode word opens a clause of its own ("现有人才总量15.6万人，今年新引进各类人才1.2万人，新增博士42名":
    the 博士 are no part of the total)."""
    totals = list(TOTAL_RE.finditer(norm, sent.span.start, count.start))
    return bool(totals) and MODE_RE.search(norm, totals[-1].end(), count.start) is None


def _goes_on_from_stock(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> bool:
    """ "拥有国家级人才102名，专业技术人才约5.2万人、高技能人才约4.1万人": the next items of a list of people
    there are, opened by 拥有 / 现有 in an earlier clause."""
    index = sent.clause_index(count.start)
    if not talent_counted.goes_on(reading, sent, sent.clauses[index].start, min(noun.start, count.start)):
        return False
    if LIST_OPEN_RE.search(reading.norm, sent.clauses[index].start, count.start) is not None:
        return False  # parts after 其中 are read as the other parts of a total are (the gold keeps them)
    while index > 0 and talent_counted.counts_people(sent, sent.clauses[index - 1]):
        index -= 1
        earlier = sent.clauses[index]
        first = sent.between(earlier.start, earlier.end, "count")[0]
        if STOCK_LEAD_RE.search(reading.norm, earlier.start, first.start) is not None:
            return True
    return False


def drawn_to_event(reading: Reading, sent: Sentence, mode_at: int) -> bool:
    """A verb of drawing people in (吸引, 集聚) after an event in its clause: the people attend it."""
    norm = reading.norm
    if DRAWN_RE.match(norm, mode_at) is None:
        return False
    clause = sent.clause_at(mode_at)
    if HOST_RE.search(norm, clause.start, mode_at) is not None or sent.between(clause.start, mode_at, "event"):
        return True
    return _event_closes_the_clause_before(reading, sent, clause, mode_at)


# What may stand between the clause break and the verb of drawing ("…峰会，共吸引…", "…论坛，先后吸引了…").
_DRAWN_OPENING_RE = patterns.compile(r"\s*(?:共|先后|还|也|累计|总共)?\s*")
_EVENT_END_RE = patterns.compile(rf'(?:{HOST_RE.pattern})[”」』"]?\s*$')


def _event_closes_the_clause_before(reading: Reading, sent: Sentence, clause: Any, mode_at: int) -> bool:
    """(session 34) "…举办的东北亚高端人才峰会，吸引500多位专业人士…": the verb of drawing opens its clause and the
    clause before ends with the event (a host word or an event mention): the people came to attend it."""
    norm = reading.norm
    index = sent.clause_index(clause.start)
    if index == 0 or _DRAWN_OPENING_RE.fullmatch(norm, clause.start, mode_at) is None:
        return False
    before = sent.clauses[index - 1]
    if _EVENT_END_RE.search(norm, before.start, before.end) is not None:
        return True
    return any(m.end >= before.end - 1 for m in sent.between(before.start, before.end, "event"))


def signed_with(reading: Reading, sent: Sentence, count: Any) -> bool:
    """ "共有56家单位与112名人才现场签约", "该市与36名高层次人才签订引才协议": talent a body signs with (与 before the
    count, a signing after it) are brought in, not partners met."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    partner = max(norm.rfind(c, clause.start, count.start) for c in _PARTNER_CHARS)
    if partner < 0 or norm[partner + 1 : count.start].strip():
        return False
    return _SIGNED_AFTER_RE.search(norm, count.end, clause.end) is not None


# (session 33) Titled experts a body or a place works with, counted right after 与 and working together said right after
# them ("先后与120多名院士开展交流合作", "与20位院士建立合作", "与15位院士合作落实23个项目"): brought in flexibly, as one
# such expert named is (talent_experts); met only (与50名专家开展座谈) they stay none.
_EXPERT_NOUNS = ("院士", "专家", "教授", "学者", "科学家")
_WORKED_WITH_RE = patterns.compile(r"\s*(?:开展|建立|达成|深化|进行)?了?[^，,。；;]{0,4}?(?:合作|共建)")


def worked_with(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> bool:
    """Titled experts counted right after 与 whom the body works with ("与20位院士建立合作")."""
    norm = reading.norm
    if not noun or noun.start < count.end or not norm.endswith(_EXPERT_NOUNS, noun.start, noun.end):
        return False
    clause = sent.clause_at(count.start)
    if count.start <= clause.start or norm[count.start - 1] not in _PARTNER_CHARS:
        return False
    return _WORKED_WITH_RE.match(norm, noun.end, clause.end) is not None


# A signing after the people a body signs with ("…现场签约", "签订引才协议", "签署了工作合同").
_SIGNED_AFTER_RE = patterns.compile(r"(?:签约|签订|签署)")
# What they sign is a flexible engagement ("签订柔性引才协议", "签署柔性合作协议").
_FLEXIBLE_AGREEMENT_RE = patterns.compile(r"(?:签约|签订|签署)了?[^，,。；;]{0,6}?柔性")


def signed_mode(reading: Reading, sent: Sentence, count: Any) -> str:
    """The mode of talent who sign: flexible when the agreement is a flexible one ("与12名院士签订柔性引才协议"),
    else introduced."""
    clause = sent.clause_at(count.start)
    return "flexible" if _FLEXIBLE_AGREEMENT_RE.search(reading.norm, count.end, clause.end) else "introduced"


# People who sign themselves, right after their noun: "21名引进专家人才代表参加现场签约", "46名高层次人才与用人单位
# 签约", "18名博士代表现场签约" (a signing event of 双招双引 / 招才引智: the talent sign their contracts). The partners
# may be a list (1212名海外人才与省内396家高校、科研院所、企事业单位及产业园区签订引才协议).
_SIGN_THEMSELVES_RE = patterns.compile(
    r"(?P<reps>代表)?(?:们)?(?:参加|出席)?了?(?:与[^，,。；;]{1,40}?)?(?:现场|集中|当场)?(?:签约|签订|签署)"
    r"(?!仪式的|活动的)"
)
# A signing done by something else than the people (签约仪式 they attend only, 签约项目): no intake.
_SIGNED_THING_RE = patterns.compile(r"(?:签约|签订|签署)(?:仪式|活动|大会|项目|企业)")


def signing_themselves(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> Phrase | None:
    """Talent counted who sign (their contracts) themselves: the noun after the count without 代表 ("21名引进专家
    人才代表参加现场签约" → 引进专家人才), or None. Representatives of a body (56位外国专家组织代表) are no talent:
    the noun must end in a kind of talent."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    if not noun or noun.start < count.end:
        return None
    head = noun.end
    if norm.endswith("代表", noun.start, noun.end):
        head = noun.end - len("代表")
    signed = _SIGN_THEMSELVES_RE.match(norm, head, clause.end)
    if signed is None or _SIGNED_THING_RE.match(norm, signed.end() - 2, clause.end):
        return None
    kind = list(CATEGORY_RE.finditer(norm, noun.start, head))
    if not kind or kind[-1].end() != head:
        return None
    return type(noun)(noun.start, head)


def schooled(reading: Reading, sent: Sentence, mode_at: int) -> bool:
    """A school's graduates over its history ("该校建校以来已为国家培养各类人才10万余名", "…中学，仅恢复高考以来，
    已培养数万名优秀人才"): the alumni of a school, not talent a place trained. A school training with others
    (与…大学联合培养) is no alumni."""
    norm = reading.norm
    for school in _SCHOOL_RE.finditer(norm, max(sent.span.start, mode_at - _SCHOOL_REACH), mode_at):
        gap = norm[school.end() : mode_at]
        if _SINCE_RE.search(gap) and not _TOGETHER_RE.search(gap):
            return True
    return False


_SCHOOL_RE = patterns.compile(r"该校|本校|学校|中学|小学|院校|职校|技校|学院|大学")
# Between the school and its verb of training: since when, 已 / 累计 / 先后, for whom.
_SINCE_RE = patterns.compile(r"以来|已|累计|先后|为")
_TOGETHER_RE = patterns.compile(r"合作|联合|共同|依托|委托|与|同")
# How far before the verb of training the school is looked for (characters).
_SCHOOL_REACH = 24


def _attended_before(norm: str, clause: Any, count: Any) -> bool:
    """ "会见了参加活动的20位院士", "出席会议的50名专家": people told by the event they attend."""
    start = max(clause.start, count.start - talent_counted.AFTER_REACH)
    return any(norm.find("的", m.end(), count.start) >= 0 for m in ATTEND_RE.finditer(norm, start, count.start))


def opens_with_stock(norm: str, clause: Any, noun: Phrase) -> bool:
    """ "现有博士后120名", "平均在站博士后40多名": people there are (the word may open the noun itself)."""
    lead_end = min(noun.end, noun.start + _LEAD_REACH)
    return STOCK_LEAD_RE.search(norm, max(clause.start, noun.start - _LEAD_REACH), lead_end) is not None


def told_as_total(norm: str, sent: Sentence, noun: Phrase, count: Any) -> bool:
    """The count is told as a total of the people named (人才总量达4.5万人, 人才总数超85万人)."""
    return TOTAL_RE.search(norm, max(sent.span.start, noun.start - 4), count.end) is not None


def is_level(norm: str, sent: Sentence, noun: Phrase, count: Any) -> bool:
    """A total ("人才总量达4.5万人") or a level reached ("全省…基金获得者达到298人")."""
    if told_as_total(norm, sent, noun, count):
        return True
    # the word may close the noun read ("人才净流入1.2万人")
    if noun.end <= count.start and STOCK_BEFORE_RE.search(norm, noun.start, count.start) is not None:
        return True
    # or open the count's own text ("科研人员超300人", "高层次人才突破1000人"): a level passed, unless the people are
    # told as added ("新增高技能人才超2万人": a flow)
    if noun.end > count.start or _PASSED_RE.match(norm, count.start) is None:
        return False
    return _ADDED_RE.search(norm, sent.clause_at(count.start).start, noun.end) is None


# A level passed, opening the count's own text.
_PASSED_RE = patterns.compile(r"超过|超|突破")
_ADDED_RE = patterns.compile(r"新增|新认定|新入选|新当选|新评")


def attends(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> bool:
    clause = sent.clause_at(count.start)
    start = max(count.end, noun.end)
    # the people named after their count come before what they do ("3位诺奖获得者A（前排左二）、B…在硚口参观考察")
    named = sent.between(start, clause.end, "person")
    if named and not reading.norm[start : named[0].start].strip():
        start = named[-1].end
    if (pictured := _PICTURED_RE.match(reading.norm, start, clause.end)) is not None:
        start = pictured.end()
    if ATTEND_RE.search(reading.norm, start, min(clause.end, start + talent_counted.AFTER_REACH)) is not None:
        return True
    return _list_attends(reading, sent, clause, start) or _run_attends(reading, sent, clause, start)


# What may open the next group of a 、 list of counted groups (…专家、156名海外高层次人才、以及400余家用人单位参会).
_NEXT_ITEM_RE = patterns.compile(r"\s*(?:以及|和|及|还有)?\s*")


def _list_attends(reading: Reading, sent: Sentence, clause: Any, start: int) -> bool:
    """(session 34) The people open a 、 list of counted groups (people, bodies) in their clause and the word of
    attending closes the list, past the reach of the people's own words ("吸引40名…专家、156名海外高层次人才、40余家
    科研院所、400余家用人单位参会对接洽谈"): every group came to attend."""
    norm = reading.norm
    attend = ATTEND_RE.search(norm, start, clause.end)
    if attend is None:
        return False
    counts = {m.start for m in sent.between(start, attend.start(), "count")}
    pieces = norm[start : attend.start()].split("、")
    if len(pieces) < 2:
        return False
    at = start + len(pieces[0]) + 1
    for piece in pieces[1:]:
        if _NEXT_ITEM_RE.match(norm, at).end() not in counts:  # (every part optional: it always matches)
            return False
        at += len(piece) + 1
    return True


# A clause that opens on another count of people, the next item of a run of groups (…，67名知名专家，以及一万五千余名
# 优秀人才，齐聚重庆).
_NEXT_GROUP_RE = patterns.compile(
    r"\s*(?:以及|和|及|还有)?\s*(?:[0-9.]+|[一二两三四五六七八九十百千万]+)[余多]?(?:名|位|人)"
)
_LIST_TAIL_MAX = 20


def _run_attends(reading: Reading, sent: Sentence, clause: Any, start: int) -> bool:
    """The count ends a clause of its own in a run of counted groups, and the clause closing the run tells them
    attending ("66名国内外院士，67名知名专家…，以及一万五千余名优秀人才，齐聚重庆、共商合作")."""
    norm = reading.norm
    if clause.end - start > _LIST_TAIL_MAX:
        return False
    clauses = sent.clauses
    after = i = sent.clause_index(clause.start) + 1
    while i < len(clauses) and _NEXT_GROUP_RE.match(norm, clauses[i].start, clauses[i].end):
        i += 1
    if i == after and not _NEXT_GROUP_RE.match(norm, clause.start, clause.end):
        return False  # no run: a clause of its own after the count tells something else
    if i >= len(clauses):
        return False
    closing = clauses[i]
    return (
        ATTEND_RE.search(norm, closing.start, min(closing.end, closing.start + talent_counted.AFTER_REACH)) is not None
    )


# People named in a photo caption with where they stand ("巴里·马歇尔（前排左二）、阿龙·切哈诺沃（前排左三）").
_PICTURED_RE = patterns.compile(r"(?:[^，,。；;、（()）]{2,12}[（(][^（()）]{1,8}[）)]、?)+")


# Students a school admits ("我校今年招收博士研究生620人、硕士研究生4800人"): enrolment, no talent brought in
# (博士后 admitted to a station are: 招收博士后).
_ADMITS_RE = patterns.compile(r"招收|录取|取录|招生")
_STUDENTS_RE = patterns.compile(r"(?:研究生|本科生|大学生|学生|新生|留学生|境外生)$")


def admitted_students(norm: str, noun: Phrase, mode_at: int) -> bool:
    """Whether the mode word at `mode_at` admits students and the people counted are students."""
    return _ADMITS_RE.match(norm, mode_at) is not None and _STUDENTS_RE.search(norm, noun.start, noun.end) is not None


# What the people do, told between them and the count, which then counts the services ("柔性引进专家人才开展技术服务
# 1200人次", "组织专家提供咨询指导3000余次").
_SERVICE_RE = patterns.compile(
    r"(?:开展|提供|进行|参与)\p{Han}{0,6}?(?:服务|指导|咨询|培训|授课|讲座|诊疗|义诊|帮扶|攻关)"
)


def counts_services(norm: str, noun: Phrase, count: Any) -> bool:
    """Whether the count, after the people's noun, counts what they did for others rather than the people."""
    return noun.end <= count.start and _SERVICE_RE.search(norm, noun.start, noun.end) is not None


# People who only agreed to come ("达成人才引进意向320人", "初步达成引进意向的博士86名", "38名高层次人才与企业签订意向
# 协议"): an intention, nobody brought in yet.
_INTENT_RE = patterns.compile(r"意向")


def intended_only(norm: str, clause: Any) -> bool:
    """Whether the count's clause tells an intention to come rather than people who came."""
    return _INTENT_RE.search(norm, clause.start, clause.end) is not None
