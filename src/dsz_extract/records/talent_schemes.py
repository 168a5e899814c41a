"""People who come or stay through a talent scheme: "透过输入内地人才计划来港担任花样滑冰教练", "该计划…过去六年
共有2392人成功申请来港定居" (Hong Kong's 优秀人才入境计划, Macau's 人才引进计划, a city's 人才落户计划).

The scheme names the kind of talent ("优秀人才入境计划" → 优秀人才, "输入内地人才计划" → 内地人才); the people are
brought in (mode introduced) when the text says they came, settled or stayed through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .. import patterns
from ..dims._names import alternation, table
from .context import Reading
from .phrase import Phrase
from .talent_words import BATCH_RE, CATEGORY_RE, MODE_RE, first_of_run

if TYPE_CHECKING:
    from .sentence import Sentence

# A scheme: the kind of talent, then 入境 / 引进 … and 计划 ("优秀人才入境计划", "输入内地人才计划").
_SCHEME_RE = patterns.compile(
    # "其中在高端人才通行证计划…", "经各项人才入境计划": the words before the scheme are no part of its kind
    r"(?:其中)?(?:在|经由|经|通过|透过|根据|依据|按照)?[“「\"]?(?:各项|各类)?(?:输入)?(?<![批准])(?P<kind>"
    # the kind holds no year, no unit of the count before it and no words before the scheme ("去年透过各项人才…",
    # "批出约11万宗各项人才计划申请" → 人才, "今年共收到高端人才申请" → 高端人才)
    r"(?:(?!去年|今年|前年|透过|通过|经由|各项|各类|批出|获批|批准|输入|[宗万亿共到])\p{Han}){0,8}?(?:人才|专才|优才|高才"
    # 「非本地畢業生留港／回港就業安排」: graduates who stay or come back to work
    r"|非本地毕业生(?=留港)))"
    r"(?P<entry>入境|引进|落户|通行证|签证|通|留港(?:[／/]回港)?就业)?"
    r"(?:[”」\"]?(?:计划|政策|证|安排)[”」\"]?"  # 「高才通」計劃: the name quoted without 计划
    r"|(?=申请)"
    # 「高才通」 alone: a short name in quotes is the scheme's ("「高才通」已收到超過9萬宗申請")
    r"|(?<=[“「\"](?:高才|优才|专才)通?)[”」\"])"  # "批准32宗高端人才申请" (Macau): applications of a kind of talent
)
# Coming or staying through it: "来港定居", "来港担任…教练", "留港发展", "落户"; approved ("获批", "获批留澳") or
# arrived ("抵港", "来港的人才") under it.
_ARRIVES = r"(?:成功)?(?:申请|获批|获准)?(?:来|赴|到|留|移居)\p{Han}{0,2}?(?:定居|工作|发展|就业|创业|担任|落户)"
_SETTLES_RE = patterns.compile(
    # "共有約11萬宗申請獲批": the applications counted were approved
    _ARRIVES
    # (session 31) "其中超过10万宗已批出": approved told with 批出; "8万1000多人已到港": arrived told with 到
    # (session 44) "共有22,561宗个案获批": the cases counted were approved
    + r"|(?:的?(?:申请|个案|申请个案))?(?:已经?|均已?)?(?:成功)?(?:获批|获准|批出)(?:来|赴|留|抵)?|(?:抵|到)(?:港|澳|台)|(?:来|赴)(?:港|澳|台)"
)
# Coming or staying itself (approval alone counts only under an entry scheme: 入选国家级人才计划，获批… is no entry).
_ARRIVES_RE = patterns.compile(_ARRIVES + r"|(?:获批|获准)?(?:来|赴|留|抵|到)(?:港|澳|台)")
_BRACKETED_RE = patterns.compile(r"[（(][“「\"]?$")
_THROUGH_RE = patterns.compile(r"(?:透过|通过|经由|凭借|经)")
# The words a scheme's kind of talent ends in (_SCHEME_RE's (?:人才|专才|优才|高才), and 非本地毕业生).
_KIND_ENDS = ("人才", "专才", "优才", "高才", "毕业生")


# Approved to come or stay, right after the people ("共有逾6,000名专才获批来港工作"): let in, a scheme named or not.
# Arrived ("已有超过10万名人才抵港") is let in the same way.
_APPROVED_TO_COME_RE = patterns.compile(
    # "已有超過十萬名人才經各項計劃抵港": the way they came may stand between ("透過不同計劃來港": come under a scheme)
    # "9.5萬名高才通人士抵港": the people's word after a scheme's short name read as their kind
    r"\s*(?:通?(?:人士|人员))?(?:已经?|均已?)?(?:(?:经由?|透过|通过)[^，,。；;]{1,16}?)?(?:成功)?"
    r"(?:(?:(?:获批|获准)(?:来|赴|留|抵|在)|抵达?|到达?|移居|(?<=计划|政策|安排)[”」\"]?(?:来|赴))(?:港|澳|台|香港|澳门|台湾)"
    # "今年共有52名高端人才獲批。": approved, and the clause ends there
    r"|(?:获批|获准)(?=[，,。；;]|$))"
)


def approved_to_come(reading: Reading, start: int, end: int) -> bool:
    """Whether the people at `start` were approved to come or stay ("…名专才获批来港工作")."""
    return _APPROVED_TO_COME_RE.match(reading.norm, start, end) is not None


# The same told before the people ("去年經「一般就業政策」獲批來港的外籍專才有3.1萬人").
_APPROVED_TO_COME_BEFORE_RE = patterns.compile(
    # "透過就業金卡來台的外國專業人才": come under a scheme or card, approval unsaid
    r"(?:(?:获批|获准)?(?:来|赴|留|抵)|抵达?)(?:港|澳|台|香港|澳门|台湾)\p{Han}{0,4}?的\s*$"
)


def approved_to_come_before(reading: Reading, start: int, end: int) -> bool:
    """Whether the people at `end` are told as approved to come or stay right before them."""
    return _APPROVED_TO_COME_BEFORE_RE.search(reading.norm, start, end) is not None


def settles_after(reading: Reading, start: int, end: int) -> bool:
    """Whether people come or stay right after `start` ("2392人成功申请来港定居")."""
    return _SETTLES_RE.match(reading.norm, start, end) is not None or allotted_after(reading, start, end) is not None


# (session 33) Applicants allotted a place under a scheme's quota, the scheme named in between or before: "共有2646名申请人
# 成功获分配名额", "逾1700人獲分配「優秀人才入境計劃」名額來港" (Hong Kong's 优才 scheme admits by quota).
_ALLOTTED_RE = patterns.compile(r"(?:申请人|申请者)?(?:已经?|均已?)?(?:成功)?(?:获分配|获配)[^，,。；;\d]{0,16}?名额")


def allotted_after(reading: Reading, start: int, end: int) -> int | None:
    """Where a quota allotted to the people right after `start` is told to end ("…名申请人成功获分配名额"), or None."""
    found = _ALLOTTED_RE.match(reading.norm, start, end)
    return found.end() if found is not None else None


# Applications approved, told before their count: "获批8500宗", "批出逾6万宗".
# "其中获批准的有172宗": the approved ones told with 的有.
_APPROVED_BEFORE_RE = patterns.compile(
    # "「高端人才計劃」共審批通過62人" (Macau): approved after review
    r"(?:获批|获批准|批出|批准|审批通过|通过审批|获审批通过)了?"
    # "批出人才引進計劃申請88宗": the scheme's applications named between the verb and their count
    r"的?(?:(?:[^，,。；;\d]{0,16}?(?:计划|政策|安排)[”」\"]?)?(?:申请|个案))?"
    # (session 44) "获批准个案共21宗", "获批的申请则有4832宗": the approved cases, then their count
    r"(?:的(?:共有|有|为)|则有|共有)?(?:其中)?(?:超过|逾|近|约|共)?\s*$"
)


def approved_before(reading: Reading, start: int, end: int) -> bool:
    """Whether a count of applications at `end` is of approved ones ("获批8500宗")."""
    return _APPROVED_BEFORE_RE.search(reading.norm, start, end) is not None


def scheme_before(reading: Reading, start: int, end: int) -> Phrase | None:
    """The kind of talent of the last scheme named in [start, end)."""
    schemes = list(_SCHEME_RE.finditer(reading.norm, start, end))
    # "“高端人才通行证计划”(“高才通计划”)": the short name in brackets repeats the full one before it
    full = [m for m in schemes if not _BRACKETED_RE.search(reading.norm, max(start, m.start() - 2), m.start())]
    schemes = full or schemes
    return Phrase(schemes[-1].start("kind"), schemes[-1].end("kind")) if schemes else None


# Schemes' short names of their kind of talent (“高才通计划” → 高端人才).
_SHORT_KINDS = {"高才": "高端人才", "优才": "优秀人才", "专才": "专业人才"}
# People named by a scheme's short name ("逾1.2萬名「優才」抵港", "9.5萬名高才通人士"): the short name, 通 and a word
# for people after it.
# 专才 alone is Hong Kong's plain word for professionals ("逾6,000名專才獲批來港"): it stays.
_SHORT_NAMED_PEOPLE_RE = patterns.compile(r"[“「\"]?(?P<short>高才|优才)(?:通)?[”」\"]?(?:人士|人才)?")


def short_named_people(norm: str, start: int, end: int) -> str | None:
    """The kind of talent of people named by a scheme's short name, the whole of [start, end), or None."""
    found = _SHORT_NAMED_PEOPLE_RE.fullmatch(norm, start, end)
    return _SHORT_KINDS[found.group("short")] if found is not None else None


# The place whose scheme it is, before its kind ("澳门人才引进计划" → 人才): no part of the kind.
_SCHEME_PLACE_RE = patterns.compile(r"(?:澳门|香港|台湾|本澳|本港)(?=\p{Han}{2})")


def kind_named(reading: Reading, kind: Phrase) -> Phrase | str:
    """The scheme's kind of talent, a short name spelled out ("高才通计划" → 高端人才), the place whose scheme it is
    dropped ("澳门人才引进计划" → 人才)."""
    if (place := _SCHEME_PLACE_RE.match(reading.norm, kind.start, kind.end)) is not None:
        kind = Phrase(place.end(), kind.end)
    return _SHORT_KINDS.get(reading.norm[kind.start : kind.end], kind)


def through_scheme(reading: Reading, start: int, end: int) -> Phrase | None:
    """ "透过输入内地人才计划来港担任…": the kind of talent of a scheme the people came through."""
    norm = reading.norm
    for through in _THROUGH_RE.finditer(norm, start, end):
        scheme = _SCHEME_RE.match(norm, through.end(), end)
        if scheme is not None and _SETTLES_RE.match(norm, scheme.end(), end):
            return Phrase(scheme.start("kind"), scheme.end("kind"))
    return None


def opens_with_scheme(reading: Reading, start: int, end: int) -> Phrase | None:
    """ "经各项人才入境计划来港" right at `start`: the kind of talent of the scheme the people came through."""
    through = _THROUGH_RE.match(reading.norm, start, end)
    return through_scheme(reading, start, end) if through is not None else None


def came_through(reading: Reading, start: int, clause_start: int, end: int) -> bool:
    """Whether [start, end) names a scheme and the clause at [clause_start, end) people coming, staying or
    approved under it ("各项人才计划已有逾12万名人才抵港", "200名高端人才透过人才引进计划获批留澳")."""
    norm = reading.norm
    # The scheme's kind ends in one of these words: without one in the span no position can start a scheme,
    # and the search (an optional lead, a lazy run of characters) is slow to find that out at every position.
    if not any(norm.find(word, start, end) != -1 for word in _KIND_ENDS):
        return False
    scheme = _SCHEME_RE.search(norm, start, end)
    if scheme is None:
        return False
    # Hong Kong's schemes named short (「優才計劃」) are entry schemes whatever their name leaves out
    entry = scheme.group("entry") or scheme.group("kind") in _SHORT_KINDS
    settles = _SETTLES_RE if entry else _ARRIVES_RE
    return settles.search(norm, clause_start, end) is not None


# --- people selected into a list just published ---------------------------------------------------

# A list of people selected, published earlier in the sentence: "公布了第八批“千人计划”引进人才名单",
# "第七批泰山学者名单公布".
_LIST_NAME_RE = patterns.compile(
    r"(?:公布|发布|公示|揭晓|出炉)了?(?P<name>[^，,。；;：:]{2,24}?)名单"
    r"|(?P<name>[^，,。；;：:]{2,24}?)名单(?=(?:正式|近日|日前)?(?:公布|出炉|揭晓|发布|公示))"
)
# What makes a list's name a list of talent (泰山学者, “千人计划”, 人才工程).
_TALENT_LIST_RE = patterns.compile(r"人才|学者|专家|计划|工程|英才|人选|院士|工匠|能手")
# A time opening a list's name, and the words for those selected closing it ("今年第三批…计划入选名单").
_LIST_TIME_RE = patterns.compile(r"(?:今年|去年|本年度|\d{4}年度?)(?:度)?")
_LIST_TAIL_RE = patterns.compile(r"(?:拟)?(?:入选|人选|入围)(?:人员|者)?$")
# The count's people were selected, and the clause ends there: "湖北省又有25人入选，".
_SELECTED_AFTER_RE = patterns.compile(r"\s*(?:成功|顺利)?入选(?=[，,。；;：:]|$)")
# A stock told instead of this list's selection: "至此，我省共有139人入选…", "累计…".
_STOCK_RE = patterns.compile(r"至此|累计|总数|总计|先后")


def selected_into_list(
    reading: Reading, sent_start: int, clause_start: int, count_end: int
) -> tuple[Phrase, int] | None:
    """ "中组部日前公布了第八批“千人计划”引进人才名单，湖北省又有25人入选": the people counted are what the list
    names (“千人计划”引进人才, its batch dropped); returns that and where 入选 ends."""
    norm = reading.norm
    selected = _SELECTED_AFTER_RE.match(norm, count_end)
    if selected is None or _STOCK_RE.search(norm, clause_start, count_end):
        return None
    lists = list(_LIST_NAME_RE.finditer(norm, sent_start, clause_start))
    if not lists:
        return None
    start, end = lists[-1].span("name")
    if (time := _LIST_TIME_RE.match(norm, start, end)) is not None:
        start = time.end()  # "今年第三批“海聚英才”计划入选名单": the year is no part of its name
    if (batch := BATCH_RE.match(norm, start, end)) is not None:
        start = batch.end()
    if (tail := _LIST_TAIL_RE.search(norm, start, end)) is not None and tail.start() - start >= 2:
        end = tail.start()  # "…计划入选名单": the list of those selected, named by the programme
    if end - start < 2 or _TALENT_LIST_RE.search(norm, start, end) is None:
        return None
    return Phrase(start, end), selected.end()


# --- people put on a list of talent ---------------------------------------------------------------

# Put on a list, told before the people counted: "至今获纳入建议引进人才名单的共有282人", "列入高层次人才名单的有50人".
_ON_LIST_BEFORE_RE = patterns.compile(
    r"(?:获|被|已)?(?:纳入|列入|入选)(?P<name>[^，,。；;：:的]{2,24}?)名单的(?:共有|共计|共|有)?\s*$"
)
# Put on a list, told after them: "有387人获纳入建议引进人才名单", "120人被列入紧缺人才名单".
_ON_LIST_AFTER_RE = patterns.compile(r"\s*(?:已经?|均已?)?(?:获|被)?(?:纳入|列入)(?P<name>[^，,。；;：:的]{2,24}?)名单")


@dataclass(frozen=True)
class OnList:
    category: Phrase | str
    mode: str | None
    mode_at: int | None
    start: int
    end: int


def put_on_list(
    reading: Reading, clause_start: int, clause_end: int, count_start: int, count_end: int
) -> OnList | None:
    """ "获纳入建议引进人才名单的共有282人", "有387人获纳入建议引进人才名单": the people are what the list names (its
    batch dropped); a mode word in the name (建议引进人才) says how they come and is no part of the kind; a stock
    (累计, 至此) is none."""
    norm = reading.norm
    if _STOCK_RE.search(norm, clause_start, count_start):
        return None
    on_list = _ON_LIST_BEFORE_RE.search(norm, clause_start, count_start) or _ON_LIST_AFTER_RE.match(
        norm, count_end, clause_end
    )
    if on_list is None:
        return None
    start, end = on_list.span("name")
    if (batch := BATCH_RE.match(norm, start, end)) is not None:
        start = batch.end()
    if end - start < 2 or _TALENT_LIST_RE.search(norm, start, end) is None:
        return None
    modes = list(MODE_RE.finditer(norm, start, end))
    mode, mode_at = first_of_run(norm, modes) if modes else (None, None)
    if modes and end - modes[-1].end() >= 2:
        start = modes[-1].end()  # "建议引进人才": the people are 人才, brought in (as "引进人才386人" reads)
    lo, hi = min(on_list.start(), count_start), max(on_list.end(), count_end)
    return OnList(Phrase(start, end), mode, mode_at, lo, hi)


# --- people a talent scheme takes in ----------------------------------------------------------------

# A scheme (计划, its batch or phase before it) taking people in, told right before their count: "第一期计划纳入的
# 人才名单已达464名", "第二期计划目前建议纳入24人", "人才引进计划建议纳入人才56人" (Macau's 人才引进计划).
_TAKEN_IN_RE = patterns.compile(
    r"计划(?:第[\d一二三四五六七八九十]+[期批轮])?(?:目前|现时|已经?|共|拟|将|再)?(?:建议|拟|获|已|再)?(?:纳入|收纳|吸纳)"
    r"(?:的)?(?P<name>(?:(?!名单)[^，,。；;：:的\d]){0,12}?)(?:名单)?"
    r"(?:已经?|目前|共|合共)?(?:达到?|有|共有|共计|合计|为|增至|超过|逾)?\s*$"
)
# Only a talent scheme takes in talent: a kind of talent in the name, or a talent scheme named in the sentence or the
# one before ("人才引进计划…。…第一期计划纳入…").
_TALENT_KIND_RE = patterns.compile(r"人才|专才|优才|高才|专家|学者")


def taken_into_scheme(reading: Reading, sent: Sentence, count: Any) -> OnList | None:
    """ "第一期计划纳入的人才名单已达464名", "第二期计划目前建议纳入24人": people a talent scheme takes in are brought
    in; their kind is the name's (人才名单 → 人才), else plain talent (人才)."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    taken = _TAKEN_IN_RE.search(norm, clause.start, count.start)
    if taken is None:
        return None
    start, end = taken.span("name")
    named_kind = _TALENT_KIND_RE.search(norm, start, end) is not None
    if not named_kind and (end > start or not _talent_scheme_before(reading, sent, taken.start())):
        return None  # "计划纳入的企业名单", "医保计划纳入24种药品": no talent taken in
    kind: Phrase | str = Phrase(start, end) if named_kind else "人才"
    return OnList(kind, "introduced", taken.start(), min(taken.start(), count.start), count.end)


def _talent_scheme_before(reading: Reading, sent: Sentence, end: int) -> bool:
    """A talent scheme named in the sentence before `end` or in the sentence before it, or a kind of talent
    earlier in the sentence ("…纳入的人才名单已达464名，第二期计划目前建议纳入24人")."""
    norm = reading.norm
    before = reading.sentences[sent.index - 1].span.start if sent.index > 0 else sent.span.start
    return (
        _SCHEME_RE.search(norm, before, end) is not None
        or _TALENT_KIND_RE.search(norm, sent.span.start, end) is not None
    )


def people_of_scheme(reading: Reading, sent: Sentence, count: Any) -> Phrase | str | None:
    """The kind of talent of an entry scheme named before the count in its sentence, when the count's clause
    tells people coming or approved under it ("透过「输入内地人才计划」来港工作的人士去年有2.3万人")."""
    clause = sent.clause_at(count.start)
    if not came_through(reading, sent.span.start, clause.start, clause.end):
        return None
    scheme = scheme_before(reading, sent.span.start, count.start)
    return kind_named(reading, scheme) if scheme is not None else None


# --- people issued a work permit or card --------------------------------------------------------------

_PERMIT_KINDS = dict(table("talent_permits.tsv"))
_PERMIT = alternation(_PERMIT_KINDS)
# A permit issued, told before the count in its sentence ("就业金卡核发数量突破1.2万，达1万2082人次", "就业金卡已核发
# 6571人次": an adverb of time or sum may stand between) or after the people ("380名外籍专业人才获发就业金卡").
_ISSUED_BEFORE_RE = patterns.compile(
    rf"(?P<permit>{_PERMIT})(?:的)?(?:已经?|共|均|再|新)?(?:核发|签发|发放|许可|办理)"
    rf"|(?:核发|签发|发放|办理)(?P<permit>{_PERMIT})"
)
_ISSUED_AFTER_RE = patterns.compile(rf"\s*(?:获发|取得|获得|申领|持有)(?P<permit>{_PERMIT})")
# (session 25) A permit issued to the people named before it: "核發給外國特定專業人才的就業金卡高達240張".
_ISSUED_GIVEN_TO_RE = patterns.compile(
    rf"(?:核发|签发|发放)(?:给|予)(?P<kind>\p{{Han}}{{2,12}}?)的(?P<permit>{_PERMIT})"
)
# A work permit named by the people it is for, issued before the count ("核发外国专业人员工作许可4万2千人次") or done
# for the people counted ("为85名外籍人才办理了工作许可"): its people are the kind.
_WORK_PERMIT = r"(?:工作许可证?|工作证|就业许可|工作签证|聘雇许可)"
_ISSUED_NAMED_RE = patterns.compile(rf"(?:核发|签发|发放|办理|核准)了?(?P<kind>\p{{Han}}{{2,10}}?){_WORK_PERMIT}\s*$")
# A permit named inside the people's noun ("外國專業人才有效聘僱許可平均每年新增延攬6577人次"): the holders before it.
_PERMIT_IN_NOUN_RE = patterns.compile(rf"(?:有效)?{_WORK_PERMIT}")
# The same done for the people named before the permit ("为外籍人才办理来华工作许可1.6万人次").
_ISSUED_TO_RE = patterns.compile(
    rf"为(?P<kind>\p{{Han}}{{2,10}}?)(?:办理|核发|签发|发放)了?(?:\p{{Han}}{{0,6}}?){_WORK_PERMIT}\s*$"
)
_ISSUED_FOR_RE = patterns.compile(rf"\s*(?:办理|核发|签发|发放)了?(?:\p{{Han}}{{0,8}}?){_WORK_PERMIT}")
# A stock of permits told over the years ("累计许可人次突破5000"): a statistic.
_PERMIT_STOCK_RE = patterns.compile(r"累计|总计")


def permit_holders(reading: Reading, sent: Sentence, count: Any) -> Phrase | str | None:
    """The kind of talent of a work permit issued to the people counted, or None ("截至2024年底，就业金卡核发数量
    突破1.2万，达1万2082人次" → 外国专业人才)."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    after = _ISSUED_AFTER_RE.search(norm, count.end, clause.end)
    issued = after or _last(_ISSUED_BEFORE_RE.finditer(norm, sent.span.start, count.start))
    if _PERMIT_STOCK_RE.search(norm, sent.span.start, count.start) is not None:
        # "已累計核發就業金卡7,882人次,成功延攬全球頂尖專業人士": a stock that says whom it brought in
        return _brought_in_after(reading, sent, count) if issued is not None else None
    given = _last(_ISSUED_GIVEN_TO_RE.finditer(norm, sent.span.start, count.start))
    if given is not None and CATEGORY_RE.search(norm, *given.span("kind")):
        return Phrase(*given.span("kind"))  # "核發給外國特定專業人才的就業金卡…240張": the people it was issued to
    to = _ISSUED_TO_RE.search(norm, clause.start, count.start)
    if to is not None and CATEGORY_RE.search(norm, *to.span("kind")):
        return Phrase(*to.span("kind"))  # "为外籍人才办理来华工作许可1.6万人次": the people it was done for
    if issued is None:
        return _work_permit_holders(reading, sent, count)
    return _PERMIT_KINDS.get(issued.group("permit"))


# What the permits brought in, told right after their count ("，成功延攬全球頂尖專業人士").
_BROUGHT_IN_AFTER_RE = patterns.compile(
    r"[，,]?\s*(?:成功|共|已)?(?:延揽|引进|吸引|招揽)(?:了)?(?P<kind>[^，,。；;：:]{2,16})"
)


def _brought_in_after(reading: Reading, sent: Sentence, count: Any) -> Phrase | None:
    found = _BROUGHT_IN_AFTER_RE.match(reading.norm, count.end, sent.span.end)
    if found is None or CATEGORY_RE.search(reading.norm, *found.span("kind")) is None:
        return None
    return Phrase(*found.span("kind"))


def holders_before_permit(reading: Reading, noun: Phrase) -> Phrase | None:
    """The people a permit named inside a noun is for ("外国专业人才有效聘雇许可…" → 外国专业人才), or None."""
    permit = _PERMIT_IN_NOUN_RE.search(reading.norm, noun.start, noun.end)
    if permit is None or CATEGORY_RE.search(reading.norm, noun.start, permit.start()) is None:
        return None
    return Phrase(noun.start, permit.start())


def _work_permit_holders(reading: Reading, sent: Sentence, count: Any) -> Phrase | str | None:
    """People given a work permit named by its holders ("核发外国专业人员工作许可4万2千人次" → 外国专业人员) or one
    done for them ("为85名外籍人才办理了工作许可" → the people's noun, read by the caller: "")."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    named = _ISSUED_NAMED_RE.search(norm, clause.start, count.start)
    if named is not None and CATEGORY_RE.search(norm, *named.span("kind")):
        return Phrase(*named.span("kind"))
    if norm.endswith("为", clause.start, count.start) or norm.rfind("为", clause.start, count.start) >= count.start - 2:
        after = _ISSUED_FOR_RE.search(norm, count.end, clause.end)
        if after is not None:
            return ""
    return None


def _last(found: Any) -> Any:
    last = None
    for last in found:  # noqa: B007 (the last one is wanted)
        pass
    return last
