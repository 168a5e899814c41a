"""Firms listed as having settled or signed, each a deal of its own without project or amount ("长城汽车、雅迪电动车、
东鹏陶瓷等一批龙头企业相继落户", "宜良县与A、B签订…", "浦东老港镇人民政府与A、B等5家重点企业共同举办“…”签约仪式"), and
the list readings investors.py shares: where a list of firms ends, what closes it, who signs with whom.
records/deals.py calls `settled_companies` after investors.investor_deals.
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .deal_frame import (
    LIST_DESCRIPTION_MAX,
    SETTLE_VERBS,
    SETTLED_REACH,
    SETTLED_VERBS,
    SIGNED_AS_LIST_VERBS,
    SIGNED_REACH,
    Frame,
)
from .frame_venues import NOT_LOCAL_LEVELS
from .sentence import Sentence

# (session 30) Firms that came to a place to invest or build there (吸引A、B等200多家企业来疆投资, A、B等均在苗投资设厂).
# Firms said only to invest in a place (在山东投资, a stock of investors) are none.
_CAME_TO_INVEST = r"(?:来|到|赴)\p{Han}{1,4}?(?:投资|设厂|建厂)|在\p{Han}{1,4}?(?:投资)?(?:设厂|建厂)"
_SETTLED_RE = patterns.compile("|".join(SETTLED_VERBS + SIGNED_AS_LIST_VERBS) + "|" + _CAME_TO_INVEST)
_SIGNED_AS_LIST_RE = patterns.compile("|".join(SIGNED_AS_LIST_VERBS))
_PARTNER_BEFORE = ("与", "同", "和", "跟")
# Organisations that settle somewhere: firms, groups and research institutes (大院大所).
SETTLING_KINDS = ("company", "group", "research")
# The head of a list of workstations and labs for talent (院士工作站, 博士后科研工作站, 专家工作室): they invest nothing.
_STATION_HEADS = ("工作站", "工作室", "流动站")
_SETTLED_BEFORE_RE = patterns.compile(r"(?:" + "|".join(("落地", "落户", "引进", "招引")) + r")[了\s]*$")
# (session 29) The firms that settled, named as such before their list ("落户贵州的500强企业或行业优强企业有：A、B、C").
# (session 30) So are the firms brought in, named as such before their list ("2022年新引进亮点厂商包括A、B、C").
_SETTLED_FIRMS_BEFORE_RE = patterns.compile(
    r"(?:(?:落户|落地|入驻|进驻)[^，,。；;：:]{0,12}?的[^，,。；;：:]{0,16}?|引进的?[^，,。；;：:的]{0,8}?)"
    r"(?:企业|公司|厂商)(?:有|包括|为)[:：]?\s*$"
)
_SETTLED_FIRMS_REACH = 36
# The companies a signing lists: "参加…签约的企业有A、B等17家企业", "签约企业包括：A、B", "与湖州市签约的还有A、B".
_SIGNERS_BEFORE_RE = patterns.compile(
    r"签约的?(?:企业|客商|单位|公司)(?:有|为|包括|分别是|分别为)[:：]?\s*$|签约的(?:还有|也有|有)[:：]?\s*$"
)
# A clause naming who took part in what an earlier clause told ("举行外资大项目集中签约仪式，涉及A、B等知名企业的
# 12个项目"; "引进项目20个，包括A、B等企业"): the list closed by 等 and a noun of firms or projects.
_INVOLVING_BEFORE_RE = patterns.compile(r"(?:(?:其中)?(?:涉及|包括|包含)|其中有)[:：]?\s*$")
_CLOSED_AS_FIRMS_RE = patterns.compile(r"等[^，,；;。]{0,8}?(?:企业|公司|项目|厂商|单位)")
# (session 30) A list left open by a bare 等 that ends its clause ("…落户昆明，其中包括A、B、C等。") names firms when
# the clause before says firms settled ("国内外著名企业纷纷…落户昆明").
_OPEN_END_RE = patterns.compile(r"等?\s*(?:[，,；;。]|$)")
_FIRMS_SETTLED_RE = patterns.compile(r"(?:企业|公司|厂商|客商)[^，,；;。]{0,16}?$")
_TOOK_PART_IN_RE = patterns.compile("|".join(dict.fromkeys(SETTLE_VERBS + SETTLED_VERBS + SIGNED_AS_LIST_VERBS)))
_LIST_DESCRIPTION_RE = patterns.compile(rf"[、和及与][^，,；;。：:、]{{0,{LIST_DESCRIPTION_MAX}}}")
# What may stand between a place and the 与 of its signing ("先后与", "还与", "分别同"), and all that opens a
# clause whose subject (the place) is left out.
_ADVERBS = r"(?:先后|分别|还|又|已|也|共|相继|陆续|累计|今年以来|近年来)*"
_ADVERBS_RE = patterns.compile(rf"[\s]*{_ADVERBS}[\s]*")
# (session 37) Where the side signed, between it and its 与 ("楚雄高新区管委会在会上与A、B等10家企业签约", 在签约仪式上, 现场):
# it is still the local side.
_AT_THE_EVENT = r"(?:在[^，,；;。、与同和跟]{0,10}?[上中]|现场|当场)"
_ADVERBS_AT_THE_EVENT_RE = patterns.compile(rf"[\s]*{_ADVERBS}{_AT_THE_EVENT}?{_ADVERBS}[\s]*")
# (session 37) a short description may stand between the count and the noun (等12家国内行业领军企业, 等5家世界500强企业)
_FIRM_NOUNS_RE = patterns.compile(r"(?:[家户])?[\p{Han}0-9]{0,8}?(?:企业|公司|单位|厂商|机构)")


def is_government(m: Any) -> bool:
    return m.type == "place" or (m.type == "org" and m.value.kind == "government")


def settled_companies(reading: Reading, sent: Sentence, taken: list[Frame]) -> list[Frame]:
    """Companies listed as having settled or signed, one deal each without project or amount: "长城汽车、
    雅迪电动车、东鹏陶瓷等一批龙头企业相继落户", "引进…鑫联环保科技、…吉利控股集团等20户企业入驻园区",
    "A、B等十余家企业与该县共签约项目15个"."""
    named = {name for f in taken for name in f.investors}
    frames: list[Frame] = []
    # A list needs two companies in one clause, or one closed by a count of firms (A等12家企业).
    if not any(o.value.kind in SETTLING_KINDS and o.value.name not in named for o in sent.of_type("org")):
        return frames
    for clause in sent.clauses:
        # (session 30) a firm another frame names (其中，日月光投资…) still holds its list together (日月光、颖崴等公司进驻)
        companies = [o for o in sent.between(clause.start, clause.end, "org") if o.value.kind in SETTLING_KINDS]
        listed = _descriptive_list(reading, sent, companies)
        if len(listed) < 2 and not (listed and _counted_firms(reading, sent, listed[-1].end)):
            continue
        if reading.norm.endswith(_STATION_HEADS, listed[-1].start, listed[-1].end):
            continue  # (session 39) "诺贝尔奖、外国院士工作站落户": workstations the list's head names, talent's, no firms
        list_end = _end_of_other_bodies(reading, sent, listed[-1].end)
        reach = _signing_reach(reading, list_end)
        verb = _SETTLED_RE.search(reading.norm, list_end, min(clause.end, reach)) or _settled_in_the_next_clause(
            reading, sent, clause, list_end
        )
        if (
            verb is not None
            and verb.start() - list_end > SETTLED_REACH
            and not _SIGNED_AS_LIST_RE.fullmatch(verb.group())
        ):
            verb = None
        signers = None
        held = _held_signing(reading, list_end)
        # the venue's organisations (在县委综合楼举行…签约仪式) sign nothing
        at_their_ceremony = held is not None and verb is not None and verb.start() == held[0]
        if not at_their_ceremony and (verb is None or sent.between(list_end, verb.start(), "org", "money", "project")):
            # "落地A研究院、B研究院等大院大所5家": the verb before the list; "签约的企业有A、B等17家企业"
            lo = max(clause.start, listed[0].start - 6)
            verb = _SETTLED_BEFORE_RE.search(reading.norm, lo, listed[0].start) or _SETTLED_FIRMS_BEFORE_RE.search(
                reading.norm, max(sent.span.start, listed[0].start - _SETTLED_FIRMS_REACH), listed[0].start
            )
            signers = _SIGNERS_BEFORE_RE.search(reading.norm, max(clause.start, listed[0].start - 12), listed[0].start)
            signers = (
                signers or _signed_firms_before(reading, sent, clause, listed) or _kind_signed(reading, sent, listed)
            )
            verb = verb or signers or _told_in_an_earlier_clause(reading, sent, clause, listed)
            if verb is None or sent.between(verb.end(), listed[0].start, "org", "money", "project"):
                continue
        if _speaking_for_the_firms(reading, listed[-1].end, clause.end):
            continue  # "A、B作为签约企业代表发言": speakers at the event; the deals are told elsewhere
        if _still_to_come(reading, listed[-1].end, verb.start()):
            continue  # "A、B即将落户拉萨": not settled yet, no deal of a settled company
        signed = signers is not None or _SIGNED_AS_LIST_RE.fullmatch(verb.group()) is not None
        if (
            signed
            and signers is None
            and verb.end() > clause.start  # a verb of the clause before: the firms took part in what it told
            and (
                verb.start() < listed[-1].end
                or _partners_of_a_firm(reading, sent, listed)
                or sent.between(verb.end(), clause.end, "project")
            )
        ):
            continue  # partners signed with, or companies signing named projects (the projects are the deals)
        hi = max(verb.end(), listed[-1].end)
        government_place = _government_signing_with(reading, sent, listed[0])
        for org in (o for o in listed if o.value.name not in named):
            stage = "signed" if signed else "introduced"
            frame = Frame(sent, investors=[org.value.name], stage=stage, lo=clause.start, hi=hi)
            frame.settled_company = True
            frame.place = (
                government_place
                or _landing_place(reading, sent, verb.start())
                or _local_side_place(reading, sent, list_end)
                or sent.carried_area
            )
            frames.append(frame)
    return frames


# (session 38) One company right before a verb of settling and the place it settles in ("澳门国际银行已进驻横琴",
# "沃尔沃汽车落地大庆", "久舜营造股份有限公司进驻台中软件园区"): a deal brought in, no project and no amount. Research
# bodies and workstations settling (…研究所落户富春江科技城) invest nothing; a landing told as the time of what follows
# (进驻…后) or still to come (将进驻) is no deal.
_ONE_SETTLING_RE = patterns.compile(r"(?:已经|已|正式|成功|也|率先|相继|先后)*(?:落户|落地|入驻|进驻)(?:到|于|在)?")
_ONE_SETTLING_KINDS = ("company", "group", "bank")
_TIME_AFTER = ("后", "以后", "之后")
_LIST_JOINS = ("、", "和", "及", "与")
_NAMELESS_OPENINGS = ("全资", "控股子", "子公司", "该", "本", "这", "此", "其")


def a_company_settling(reading: Reading, sent: Sentence, taken: list[Frame]) -> list[Frame]:
    """One company settling in a place, its clause naming no project and no amount: introduced."""
    norm = reading.norm
    named = {name for f in taken for name in f.investors}
    frames: list[Frame] = []
    for org in sent.of_type("org"):
        if org.value.kind not in _ONE_SETTLING_KINDS or org.value.name in named:
            continue
        if norm.startswith(_NAMELESS_OPENINGS, org.start):
            continue  # "…的全资子公司正式落户杨村桥": a firm told by what it is, not by its name
        verb = _ONE_SETTLING_RE.match(norm, org.end)
        place = sent.first_from(verb.end()) if verb is not None else None
        if verb is None or place is None or place.type != "place" or place.start != verb.end():
            continue
        clause = sent.clause_at(org.start)
        before = next(sent.backwards(org.start, clause.start), None)
        if before is not None and before.type == "org" and norm[before.end : org.start] in _LIST_JOINS:
            continue  # a list of firms: settled_companies reads it
        if norm.startswith(_TIME_AFTER, place.end) or sent.between(clause.start, clause.end, "project", "money"):
            continue
        frame = Frame(sent, investors=[org.value.name], stage="introduced", lo=clause.start, hi=place.end)
        frame.settled_company = True
        frame.place = place.value.name
        frames.append(frame)
    return frames


def _end_of_other_bodies(reading: Reading, sent: Sentence, after_list: int) -> int:
    """(session 37) Where a firm list ends once the bodies of other kinds listed after its last firm are passed
    ("与A公司、B公司、云南某某医院、中国农业大学等机构共达成签约31项"): they sign in it too, though they invest nothing.
    Only a list a 等 closes runs on so (A与B、C大学签订…: C is B's fellow partner, the list is A's)."""
    at = after_list
    while reading.norm.startswith("、", at) and (nxt := sent.first_from(at + 1)) is not None:
        if nxt.type != "org" or nxt.start != at + 1:
            break
        at = nxt.end
    return at if reading.norm.startswith("等", at) else after_list


def _government_signing_with(reading: Reading, sent: Sentence, first: Any) -> str | None:
    """The place of the government a firm list signs with, right before its 与 ("浦东老港镇人民政府与A、B等5家企业
    …签约仪式" → 老港镇): where the firms' deals are."""
    if reading.norm[first.start - 1 : first.start] not in _PARTNER_BEFORE:
        return None
    clause = sent.clause_at(first.start)
    norm = reading.norm
    before = next(sent.backwards(first.start - 1, clause.start), None)
    if (
        before is not None
        and before.type == "count"
        and _COUNTED_PLACES_RE.fullmatch(norm, before.start - 1, first.start - 1)
    ):
        # "酒泉市及7个县市区分别和A、B…": the city its units are counted with
        city = next(sent.backwards(before.start - 2, clause.start), None)
        if city is None or city.type != "place" or city.end != before.start - 1:
            return None
        return city.value.name if city.value.level not in NOT_LOCAL_LEVELS else None
    if before is None or not is_government(before):
        return None
    if not _signs_as_the_local_side(norm, before.end, first.start - 1):
        return None
    if before.type == "place":  # (session 25) a place signing (酒泉市及各县区分别和…)
        return before.value.name if before.value.level not in NOT_LOCAL_LEVELS and not before.value.anaphor else None
    place = reading.innermost_place_heading(before.start, before.end)
    return place.name if place is not None and place.level not in NOT_LOCAL_LEVELS else None


# The signing ceremony the listed firms hold with the place, told right after them ("与A、B等5家重点企业共同举办“携手共前行
# 建功引领区”签约仪式"; (session 24) "…等4家企业在县委综合楼隆重举行合作项目集中签约仪式": the venue before the verb).
_HELD_SIGNING_RE = patterns.compile(
    r"[^，,；;。：:]{0,12}?(?:在[^，,；;。：:]{1,16}?)?(?:共同|一起|联合|隆重|正式)*(?:举办|举行|召开|参加|出席)了?"
    r"[^，,；;。：:]{0,30}?(?P<verb>签约|签订|签署)[^，,；;。：:]{0,4}?(?:仪式|大会|活动|典礼)"
)


def _held_signing(reading: Reading, after_list: int) -> tuple[int, int] | None:
    """Where the signing verb of a ceremony the listed firms hold stands, and where the ceremony's name ends."""
    held = _HELD_SIGNING_RE.match(reading.norm, after_list)
    return (held.start("verb"), held.end()) if held is not None else None


# (session 25) A list closed as firms that ends its clause (A、B等一批国际龙头企业，), the next clause telling where they
# settled with no subject of its own (如今也到海南落地生根): they settled.
_LIST_ENDS_CLAUSE_RE = patterns.compile(r"等[^，,；;。]{0,10}?(?:企业|公司|厂商)\s*[，,]")
_NEXT_CLAUSE_SETTLES_RE = patterns.compile(
    r"\s*(?:如今|目前|现已|已经?|也|都|均|纷纷|相继|先后|陆续)*(?:[到在落于](?P<place>\p{Han}{1,8}?))?(?:落户|落地|入驻|进驻)"
)


def _settled_in_the_next_clause(reading: Reading, sent: Sentence, clause: Any, after_list: int) -> Any | None:
    if not _LIST_ENDS_CLAUSE_RE.match(reading.norm, after_list) or clause.end >= sent.span.end:
        return None
    nxt = sent.clause_at(clause.end + 1)
    found = _NEXT_CLAUSE_SETTLES_RE.match(reading.norm, nxt.start, nxt.end)
    if found is None or sent.between(nxt.start, found.end(), "org", "project"):
        return None
    if found.group("place") is not None and not any(
        m.start == found.start("place") and m.end == found.end("place") for m in sent.of_type("place")
    ):
        return None  # 在积极谋划落户: no place told, an intention
    return _SETTLED_RE.search(reading.norm, nxt.start, found.end())


def _landing_place(reading: Reading, sent: Sentence, verb_at: int) -> str | None:
    """The place the firms settled at, told right before the verb after 到/在/于 (到海南落地生根 → 海南省)."""
    place = next((m for m in sent.of_type("place") if m.end == verb_at), None)
    if place is None or place.value.anaphor or reading.norm[place.start - 1 : place.start] not in "到在于落":
        return None
    return place.value.name


def _signing_reach(reading: Reading, after_list: int) -> int:
    """How far past a firm list its signing verb may stand: SIGNED_REACH, or the end of a signing ceremony the firms
    hold (a long name or a venue between the list and 签约), or the verb after the local side they sign with."""
    reach = after_list + SIGNED_REACH
    held = _held_signing(reading, after_list)
    with_side = _WITH_LOCAL_SIDE_RE.match(reading.norm, after_list)
    if with_side is not None:
        reach = max(reach, with_side.end())
    return max(reach, held[1]) if held is not None else reach


# (session 37) Firms closed as firms that sign with the local side named after 与, however long its list of units
# ("A、B等17家企业分别与鞍山市各县(市)区、开发区、市直相关部门签订合作协议"): the side's place is where they invest.
_WITH_LOCAL_SIDE_RE = patterns.compile(
    r"\s*等[^，,；;。与同和]{0,12}?(?:企业|公司|客商)\s*(?:分别|先后|共同|还)?(?:与|同|和)(?P<side>[^，,；;。]{1,32}?)"
    r"(?:签订|签署|签约)"
)


def _local_side_place(reading: Reading, sent: Sentence, after_list: int) -> str | None:
    """The place opening the local side the listed firms sign with (…等17家企业分别与|鞍山市各县(市)区…签订), or None."""
    with_side = _WITH_LOCAL_SIDE_RE.match(reading.norm, after_list)
    if with_side is None:
        return None
    place = sent.first_from(with_side.start("side"))
    if place is None or place.type != "place" or place.start != with_side.start("side"):
        return None
    return place.value.name if place.value.level not in NOT_LOCAL_LEVELS else None


# "A、B作为签约企业代表发言", "A、B等企业代表在仪式上致辞": the firms' representatives speak at the event.
_REPRESENTING_RE = patterns.compile(r"[\s]*(?:等[^，,；;。]{0,8}?|分别)?(?:作为)?[^，,；;。]{0,8}?代表")
_SPEECH_RE = patterns.compile(r"发言|致辞|讲话|作交流|作推介|表态")


def _speaking_for_the_firms(reading: Reading, after_list: int, clause_end: int) -> bool:
    """The listed firms are named as representatives who speak (作为…代表发言, 等企业代表致辞), not as settling or
    signing: their signing word (签约企业代表) names their role at the event."""
    represented = _REPRESENTING_RE.match(reading.norm, after_list, clause_end)
    return represented is not None and _SPEECH_RE.search(reading.norm, represented.end(), clause_end) is not None


# Words telling a landing, signing or building as still to come (即将落户, 有望签约, 拟在X扩厂, 计划投资).
TO_COME_WORDS = ("将", "拟", "有望", "准备", "计划")
TO_COME_RE = patterns.compile("|".join(TO_COME_WORDS))
_TO_COME_RE = patterns.compile("|".join((*TO_COME_WORDS, "意向")))  # 意向落户: before a firm's landing only


def _still_to_come(reading: Reading, after_list: int, verb_start: int) -> bool:
    """A landing or signing told as to come between the firms and the verb (即将落户, 有望签约, 拟入驻)."""
    return verb_start > after_list and _TO_COME_RE.search(reading.norm, after_list, verb_start) is not None


# "累计签约A、B等各类领军企业近50家": a signing verb right before firms a count or a noun of firms closes.
_SIGNED_BEFORE_RE = patterns.compile(r"(?:签约|签下)[了\s]*$")


def _signed_firms_before(reading: Reading, sent: Sentence, clause: Any, listed: list[Any]) -> Any | None:
    """The signing verb right before a list of firms closed as firms (等…企业, 等N家): the place signed them."""
    verb = _SIGNED_BEFORE_RE.search(reading.norm, max(clause.start, listed[0].start - 4), listed[0].start)
    if verb is None or reading.norm[verb.start() - 1 : verb.start()] in _PARTNER_BEFORE:
        return None
    closed = _CLOSED_AS_FIRMS_RE.match(reading.norm, listed[-1].end) or _counted_firms(reading, sent, listed[-1].end)
    return verb if closed else None


# (session 29) The firms of a kind of project at a signing ("共签约项目30个。其中，科技创新类项目有A、B、C6家企业").
_KIND_OF_PROJECTS_RE = patterns.compile(r"类项目(?:有|包括|为)[:：]?\s*$")


def _kind_signed(reading: Reading, sent: Sentence, listed: list[Any]) -> Any | None:
    """A kind of project listed by its firms, closed by their count, in a signing event's sentence: the firms signed."""
    lead = _KIND_OF_PROJECTS_RE.search(reading.norm, max(sent.span.start, listed[0].start - 8), listed[0].start)
    event = sent.event_frame
    if lead is None or event is None or event.stage != "signed":
        return None
    return lead if _counted_firms(reading, sent, listed[-1].end, bare=True) else None  # A、B、C6家企业, A、B等6家企业


def _told_in_an_earlier_clause(reading: Reading, sent: Sentence, clause: Any, listed: list[Any]) -> Any | None:
    """The signing or settling verb of the clause before a list its clause opens with 涉及/包括 and closes with
    等…企业/项目 ("集中签约仪式，涉及A、B等知名外资企业的12个项目"): the firms took part in it."""
    lead = _INVOLVING_BEFORE_RE.search(reading.norm, max(clause.start, listed[0].start - 6), listed[0].start)
    if lead is None or reading.norm[clause.start : lead.start()].strip("，,：: "):
        return None
    closed_as_firms = _CLOSED_AS_FIRMS_RE.match(reading.norm, listed[-1].end) is not None
    if not closed_as_firms and (len(listed) < 3 or _OPEN_END_RE.match(reading.norm, listed[-1].end) is None):
        return None
    i = sent.clause_index(clause.start)
    if i == 0:
        return None
    earlier = sent.clauses[i - 1]
    verbs = list(_TOOK_PART_IN_RE.finditer(reading.norm, earlier.start, earlier.end))
    if not verbs:
        return None
    if not closed_as_firms and _FIRMS_SETTLED_RE.search(reading.norm, earlier.start, verbs[-1].start()) is None:
        return None  # an open list names firms only after a clause telling that firms settled
    return verbs[-1]


def _counted_firms(reading: Reading, sent: Sentence, at: int, *, bare: bool = False) -> bool:
    """The list is closed by a count of firms ("A等12家企业"; with `bare`, also "A、B、C6家企业"): the ones named stand
    for them."""
    count = listed_count(reading, sent, at, bare=bare)
    return count is not None and _FIRM_NOUNS_RE.match(reading.norm, count.end) is not None


# The count closing a list of places right before 与 ("等8个县(区)分别", "等5个乡镇").
# (session 25) also the count of a city's units joined to it ("酒泉市及7个县市区分别和A、B等企业签约").
_UNITS = r"(?:县|区|市|县区|区县|县市区|县（区）|县\(区\)|乡镇|镇|街道|园区)"
_UNITS_ADVERBS = r"(?:分别|先后|还|又|也|共|相继|现场)*"
_COUNTED_PLACES_RE = patterns.compile(rf"[等及和与][\d一二三四五六七八九十]+个{_UNITS}{_UNITS_ADVERBS}")
# A city's units joined to it before 与 without a count ("酒泉市及各县区分别和…").
_AND_ITS_UNITS_RE = patterns.compile(rf"(?:及|和|与)(?:其|所属|下辖)?各{_UNITS}{_UNITS_ADVERBS}")


def _signs_as_the_local_side(norm: str, body_end: int, partner_start: int) -> bool:
    """What stands between a government or place and the 与 before its partners leaves it the side that signs:
    adverbs (分别, 先后 …) or its units joined to it (及各县区分别)."""
    return bool(
        _ADVERBS_AT_THE_EVENT_RE.fullmatch(norm, body_end, partner_start)
        or _AND_ITS_UNITS_RE.fullmatch(norm, body_end, partner_start)
    )


# Units of the local side named by their kind, right before 与 (各乡镇、园区与…; 各县区与…; 相关部门与…).
_LOCAL_SIDE_RE = patterns.compile(r"(?:乡镇|园区|街道|镇街|开发区|管委会|县区|区县|县市区|部门)(?:分别|先后|现场)?$")


def _partners_of_a_firm(reading: Reading, sent: Sentence, listed: list[Any]) -> bool:
    """A list after 与/同/和 is partners signed with ("A公司与B、C签约", "与华为、腾讯签订战略合作协议"); firms a
    place or its government signs with ("宜良县与A、B签订…") invest, and so do firms counted as a group where the
    subject (the place) is left out ("先后与A、B等27家企业签订…")."""
    first = listed[0].start
    if reading.norm[max(0, first - 1) : first] not in _PARTNER_BEFORE:
        return False
    clause = sent.clause_at(first)
    before = next(sent.backwards(first - 1, clause.start), None)
    if (
        before is not None
        and before.type == "count"
        and _COUNTED_PLACES_RE.fullmatch(reading.norm, before.start - 1, first - 1)
    ):
        # "汉台区、洋县等8个县(区)分别与A、B等16家企业签订…": the places a count closes sign with the firms
        return False
    if before is None and _LOCAL_SIDE_RE.search(reading.norm, clause.start, first - 1):
        return False  # "有关乡镇、园区与A、B等11家单位进行了集中签约": the local side signs with the firms
    if before is None:
        elided = _ADVERBS_RE.fullmatch(reading.norm, clause.start, first - 1)
        if elided and _place_acts_last(sent, clause.start):
            return False  # "潞城区举行项目集中签约仪式，分别与A、B…签约": the place of the first clause signs
        return not (elided and _counted_firms(reading, sent, listed[-1].end))
    return not (is_government(before) and _signs_as_the_local_side(reading.norm, before.end, first - 1))


def _place_acts_last(sent: Sentence, clause_start: int) -> bool:
    """The last actor of the sentence before `clause_start` is a place or a government (潞城区举行项目集中签约仪式，
    …): the subject a later clause leaves out. A person or a firm named after it (…党工委书记王修东参加活动，) is."""
    actor = next(
        (m for m in sent.backwards(clause_start, sent.span.start) if m.type in ("place", "org", "person")), None
    )
    return actor is not None and is_government(actor)


def _descriptive_list(reading: Reading, sent: Sentence, orgs: list[Any]) -> list[Any]:
    """The longest run of organisations joined by 、 (a short description may stand before each name:
    "、世界500强企业吉利控股集团"); organisations of other kinds listed between them keep the run joined
    ("A有限公司、上海农商银行临港新片区支行、B有限公司等5家重点企业")."""
    best: list[Any] = []
    run: list[Any] = []
    for org in orgs:
        if run and not (
            _LIST_DESCRIPTION_RE.fullmatch(reading.norm, run[-1].end, org.start)
            or _listed_between(reading, sent, run[-1].end, org.start)
        ):
            run = []
        run.append(org)
        if len(run) >= len(best):  # the later of equal runs: the one a count or a verb closes
            best = list(run)
    return best


def _listed_between(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Only 、 and organisations stand in [start, end)."""
    at = start
    for org in sent.between(start, end, "org"):
        if reading.norm[at : org.start] != "、":
            return False
        at = org.end
    return at > start and reading.norm[at:end] == "、"


def listed_count(reading: Reading, sent: Sentence, at: int, *, bare: bool = False) -> Any | None:
    """The count closing an organisation list: "A、B等11家厂商"; with `bare`, also right after the last name
    ("A、B、C6家企业")."""
    etc = reading.norm.startswith("等", at)
    if not etc and not bare:
        return None
    nxt = sent.first_from(at)
    return nxt if nxt is not None and nxt.type == "count" and nxt.start == at + etc else None
