"""Investors: the organisations that put money into a deal.

Within a project group's span, the organisations the text says invest or build ("X投资建设的",
"由X、Y联合建设", "X县与Y公司签订…", "投资方为X"); and organisations that are deals of their own:
announcing their own money ("欧佩德公司注资1亿元", "X追加投资1.2亿欧元，扩建Z项目", with the project
the money builds; "A及B分别投入13亿元及10亿元", one deal each). Firms listed as having settled or signed
("A、B等一批龙头企业相继落户") are read in records/firm_lists.py.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

from .. import models, patterns
from ..dims.money import PLANT_AFTER
from .context import Reading, dedupe
from .deal_frame import (
    ADDITIVE,
    INVEST_PREFIX,
    INVEST_VERBS,
    INVESTOR_GAP,
    INVESTOR_NAMED,
    INVESTOR_NAMED_REACH,
    INVESTOR_VERB,
    SETTLE_VERBS,
    SIGN_VERBS,
    STATISTIC_INVESTMENT,
    Frame,
    View,
    date_for,
    listing_head,
    next_clause_end,
)
from .deal_list_heads import stage_from_list_head_at
from .deal_places import landing_places, may_host, setting_before
from .deal_stage import read_stage, stage_from_before
from .firm_lists import is_government, listed_count
from .investor_built import built_project, project_built_by
from .investor_capital import money_put_in
from .investor_decided import decided_investment
from .sentence import Sentence

_INVEST_RE = patterns.compile(
    rf"(?:{'|'.join(INVEST_PREFIX)})?(?:{'|'.join(INVEST_VERBS)})",
)
_BY_RE = patterns.compile("由")
_SIGN_RE = patterns.compile("|".join(SIGN_VERBS))
_INVESTOR_VERB_RE = patterns.compile(INVESTOR_VERB)
# (session 34) 以 an amount to build with it (緯創擬以不超過46億元額度在新竹縣…興建廠辦大樓): the firm's investment; not a
# price paid or a bid won (以3.5亿元中标, 以5亿元收购), which build nothing.
_BUILDS_WITH_RE = patterns.compile(
    r"以(?=[^，,。；;：:]{1,16}?元[^，,。；;：:]{0,24}?(?:兴建|新建|扩建|建设|设厂|打造))"
)
_SETTLE_RE = patterns.compile("|".join(SETTLE_VERBS))
_ADDITIVE_RE = patterns.compile(r"[\s“”\"‘’]*(?:" + "|".join(ADDITIVE) + ")")
_LIST_JOIN_RE = patterns.compile(r"[、和及与]")
# (session 34) Firms each told with their nationality (德商默克、美商英特格: 德商, 美商, 日商, 台商 …) are a list too; one
# firm with it after one without (巔峰海景投資股份有限公司、英商GOOGLE…以…增資…) starts the next clause of its own.
_NATIONALITY = r"\p{Han}商"
_NATIONALITY_JOIN_RE = patterns.compile(rf"[、和及与]{_NATIONALITY}")
_NATIONALITY_BEFORE_RE = patterns.compile(rf"{_NATIONALITY}$")


def _joined(norm: str, first: Any, second: Any) -> bool:
    """Whether two organisations are items of one list."""
    if _LIST_JOIN_RE.fullmatch(norm, first.end, second.start):
        return True
    return (
        _NATIONALITY_JOIN_RE.fullmatch(norm, first.end, second.start) is not None
        and _NATIONALITY_BEFORE_RE.search(norm, max(0, first.start - 2), first.start) is not None
    )


# A sum over the years (累计投资, 累計投資): a list of firms' total is one deal, one firm's is its history.
_SUMMED_SO_FAR_RE = patterns.compile(r"累计|累計")


def summed_so_far(norm: str, firm_end: int, verb_at: int) -> bool:
    """累计 between one firm and its investing verb, or opening the verb (累计在西安投资, 累计投资)."""
    return _SUMMED_SO_FAR_RE.search(norm, firm_end, verb_at + 2) is not None


# Firms counted before their verb (A和B两家企业共同投资的), and two firms' joint project (A与B合作的|C项目).
_COUNTED_INVEST_RE = patterns.compile(
    rf"(?:[两二三四五六七八九十\d]+家(?:企业|公司|集团))(?:{'|'.join(INVEST_PREFIX)})?(?:{'|'.join(INVEST_VERBS)})"
)
_JOINT_RE = patterns.compile(r"(?:合作|携手)(?:建设|开发|打造|投资)?的")
_WHERE_BEFORE = ("在", "于", "到", "赴")


def investors(reading: Reading, sent: Sentence, start: int, end: int) -> list[str]:
    """Organisations the text says invest or build: "X投资建设的", "X注资", "由X、Y联合建设", "与X合作，投资"."""
    norm = reading.norm
    orgs = sent.between(start, end, "org")
    found: list[Any] = []
    for i, org in enumerate(orgs):
        after = norm[org.end : min(end, org.end + 12)]
        if (
            _INVEST_RE.match(after)
            or (after.startswith("合作，") and _INVEST_RE.match(after, 3))
            or _COUNTED_INVEST_RE.match(after)
            or (i > 0 and _JOINT_RE.match(after) and _joined(norm, orgs[i - 1], org))
        ):
            found.append(org)
            found.extend(_listed_before(reading, orgs, i))
    for by in _BY_RE.finditer(norm, start, end):
        at = by.start()
        listed = org_list_from(reading, orgs, by.end())
        clause = sent.clause_at(at)
        if listed and _INVEST_RE.search(norm, listed[-1].end, clause.end):
            found.extend(listed)
    found.extend(_counterparts(reading, sent, orgs))
    found.extend(_signing_with_a_place(reading, sent, orgs))
    found.extend(o for o in orgs if norm[max(start, o.start - INVESTOR_NAMED_REACH) : o.start].endswith(INVESTOR_NAMED))
    found.sort(key=lambda m: m.start)
    return dedupe(m.value.name for m in found)


# What joins a company and the place or government it signs with (X公司与/同/和Y区政府签约): the other side must be a
# place or government, so 和 joins no list of firms here.
_SIGNS_WITH = ("与", "同", "和")


def _counterparts(reading: Reading, sent: Sentence, orgs: list[Any]) -> list[Any]:
    """The company a place or its government signs with: "商南县与X公司签订的Y项目合同书"."""
    norm = reading.norm
    found: list[Any] = []
    for org in orgs:
        if org.value.kind not in ("company", "group") or norm[max(0, org.start - 1) : org.start] not in _SIGNS_WITH:
            continue
        before = next(sent.backwards(org.start - 1, sent.clause_at(org.start).start), None)
        government = before is not None and (
            before.type == "place" or (before.type == "org" and before.value.kind == "government")
        )
        if (
            not (government and before.end == org.start - 1)
            and not bare_government_before(norm, org.start - 1)
            and not _official_before(reading, before, org)
        ):
            continue
        listed = org_list_from(reading, orgs, org.start)
        clause = sent.clause_at(org.start)
        if _SIGN_RE.search(norm, listed[-1].end, min(clause.end, listed[-1].end + INVESTOR_GAP)):
            found.extend(listed)
    return found


# (session 20) An official of the local side signing for it ("县长余华现场与A公司…签订", "由开发区主任王渊与A公司总经理
# 周伟签约"): the title before the person, adverbs between the person and 与.
_OFFICIAL_TITLE_RE = patterns.compile(
    r"(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|书记|主任|局长|管委会主任|党工委书记)$"
)
_OFFICIAL_TO_FIRM_RE = patterns.compile(r"(?:现场|分别|先后|正式|共同|代表[^，,。；;]{0,6}?)*(?:与|同|和)")


def _official_before(reading: Reading, before: Any, org: Any) -> bool:
    if before is None or before.type != "person":
        return False
    norm = reading.norm
    titled = _OFFICIAL_TITLE_RE.search(norm, max(0, before.start - 6), before.start) is not None
    return titled and _OFFICIAL_TO_FIRM_RE.fullmatch(norm, before.end, org.start) is not None


# A place or its government named by a bare word, no place mention (高新区与X集团签署, X公司与开发区签订,
# 与县政府签订): the side that signs with the company.
_BARE_GOVERNMENT = (
    r"(?:我|该|本)?(?:省|市|州|县|区|旗|镇|乡)?(?:人民政府|政府|管委会)"
    r"|(?:我|该|本)?(?:省|市|州|县|区|旗|镇|乡)?(?:经济技术开发区|高新技术产业开发区|高新区|开发区|经开区|新区|园区|工业园区)"
    r"|(?:我|该|本)(?:省|市|州|县|区|旗|镇|乡)"
)
_BARE_GOVERNMENT_AT = patterns.compile(_BARE_GOVERNMENT)
_BARE_GOVERNMENT_BEFORE = patterns.compile(rf"(?r)(?:^|[，,。；;：:\s]|[上中后])(?:{_BARE_GOVERNMENT})")


def bare_government_before(norm: str, end: int) -> bool:
    """A bare government word opens the clause (or follows an event's 上/中) and ends at `end`."""
    return _BARE_GOVERNMENT_BEFORE.match(norm, max(0, end - 14), end) is not None


def _signing_with_a_place(reading: Reading, sent: Sentence, orgs: list[Any]) -> list[Any]:
    """The company that signs with a place, named first: "华为公司与我市签署战略合作协议，共建X"."""
    norm = reading.norm
    found: list[Any] = []
    for org in orgs:
        if org.value.kind not in ("company", "group") or norm[org.end : org.end + 1] not in _SIGNS_WITH:
            continue
        partner = sent.first_from(org.end + 1)
        partner_end = _BARE_GOVERNMENT_AT.match(norm, org.end + 1)
        if partner is not None and partner.start == org.end + 1 and is_government(partner):
            partner_end = partner.end
        elif partner_end is not None:
            partner_end = partner_end.end()
        else:
            continue
        if _SIGN_RE.search(norm, partner_end, min(sent.clause_at(org.start).end, partner_end + INVESTOR_GAP)):
            found.append(org)
    return found


# (session 29) An item of a list telling its own two sides before its project ("…分别是宜昌与A集团签订的B项目、武汉与C集团
# 签订的D项目"; "E公司与枝江市签订的F项目"): the verb and 的 lead into the item's name.
_SIGNED_INTO_NAME_RE = patterns.compile(
    r"(?:联合|共同|合作)?(?:签订|签署|签约|共建|合作|投资|打造|建设)[^，,。；;、]{0,4}?的[“\"]?$"
)


def signer_of_its_item(reading: Reading, sent: Sentence, lo: int, name_start: int) -> list[str]:
    """The companies one list item says signed its project with a place or another side ("宜昌与A集团签订的|B项目"
    → A; "福绵区与A集团、B公司签约的|C项目" → A, B; "E公司与枝江市签订的|F项目" → E; "由G集团和H集团联合投资建设的|I项目"
    → G, H), read inside the item only, so that the firms of the other items stay theirs."""
    norm = reading.norm
    sides = sent.between(lo, name_start, "org", "place")
    for k in range(len(sides) - 1):
        first = sides[k]
        if norm[first.end : sides[k + 1].start] not in _SIGNS_WITH:
            continue
        listed = [sides[k + 1]]
        while k + len(listed) + 1 < len(sides) and _LIST_JOIN_RE.fullmatch(
            norm, listed[-1].end, sides[k + len(listed) + 1].start
        ):
            listed.append(sides[k + len(listed) + 1])
        into_name = norm[listed[-1].end : name_start]
        if into_name.count("的") != 1 or not _SIGNED_INTO_NAME_RE.search(norm, listed[-1].end, name_start):
            continue
        firms = [m for m in listed if m.type == "org" and m.value.kind in ("company", "group")]
        if firms and first.type == "org" and first.value.kind in ("company", "group"):
            return [first.value.name] + [m.value.name for m in firms]
        if firms:
            return [m.value.name for m in firms]
        if first.type == "org" and first.value.kind in ("company", "group") and all(map(is_government, listed)):
            return [first.value.name]
    return []


def _listed_before(reading: Reading, orgs: list[Any], i: int) -> list[Any]:
    """Organisations listed with the investor `orgs[i]` ("北京易华录、旷视科技投资") invest too."""
    out: list[Any] = []
    while i > 0 and _joined(reading.norm, orgs[i - 1], orgs[i]):
        i -= 1
        out.append(orgs[i])
    return out


def org_list_from(reading: Reading, orgs: list[Any], at: int, starts: list[int] | None = None) -> list[Any]:
    """The organisations listed right from `at` ("由北京易华录、旷视科技…")."""
    i = bisect.bisect_left(starts if starts is not None else [o.start for o in orgs], at)
    if i >= len(orgs) or orgs[i].start != at:
        return []
    listed = [orgs[i]]
    while i + 1 < len(orgs) and _joined(reading.norm, orgs[i], orgs[i + 1]):
        i += 1
        listed.append(orgs[i])
    return listed


def investor_deals(reading: Reading, sent: Sentence, view: View) -> list[Frame]:
    """Organisations announcing their own investment, with or without a named project.

    "欧佩德公司注资1亿元", "X去年10月宣布投资约250亿元，于Y园区兴建…", "X追加投资1.2亿欧元，扩建Z项目",
    "A、B等11家厂商进驻，合计投资超过1300亿元". The project the money builds ("扩建Z项目") links the
    frame to that project's group.
    """
    frames: list[Frame] = []
    if not sent.of_type("money"):
        return frames  # each such deal is an amount: a sentence with none has no organisation to read
    orgs = sent.of_type("org")
    org_starts = [o.start for o in orgs]
    taken_until = -1
    for org in orgs:
        if org.start < taken_until:
            continue
        listed = org_list_from(reading, orgs, org.start, org_starts)
        clause = sent.clause_at(org.start)
        if _a_source(reading, org):
            continue
        count = listed_count(reading, sent, listed[-1].end)
        if count is None and _CLASS_INVESTING_IN_A_PLACE_RE.match(reading.norm, listed[-1].end):
            continue  # "通用汽车、迪卡侬…等知名外资企业在沪投资232亿元": a class's investment in a place, a statistic
        found = _invested_money(reading, sent, count.end if count is not None else listed[-1].end, clause)
        if found is None and count is None:
            found = _money_signed_for(reading, sent, listed, clause)
        if found is None and len(listed) == 1:
            found = decided_investment(reading, sent, org)  # 「旺矽科技」…，决定扩大回台投资，…总投资金额超过10亿元
        if found is None:
            continue
        money, verb_at = found
        if len(listed) == 1 and count is None and summed_so_far(reading.norm, listed[-1].end, verb_at):
            continue  # 奇瑞汽车…累计投资超过300亿元: what one firm has put in over the years, no deal
        taken_until = money.end
        frame = Frame(sent, investors=dedupe(o.value.name for o in listed), lo=org.start, hi=money.end)
        frame.amounts.append(models.DealAmount(role="total", money=money.value))
        frame.used.append(money)
        if count is not None:
            frame.project_count = int(count.value.value)
            frame.used.append(count)
        money_clause = sent.clause_at(money.start)
        frame.linked = built_project(reading, sent, view, money) or project_built_by(reading, sent, view, listed[0])
        if frame.linked is None and _public_spending(listed):
            continue  # 特区政府投入5亿澳门元设立援助计划, 市政府投入2亿元设立基金: a budget spent, no one's investment
        reach = next_clause_end(sent, money.start) if frame.linked is None else sent.clause_at(frame.linked.end).end
        read_stage(reading, sent, view, frame, clause.start, max(money_clause.end, reach if frame.linked else 0))
        if frame.stage is None:
            stage_from_list_head_at(reading, sent, view, org.start, frame)
        if frame.stage is None:
            head = listing_head(reading, sent)
            if head is not None:
                stage_from_before(reading, head, frame, sentences_back=2)
            elif not _ADDITIVE_RE.match(reading.norm, sent.span.start):
                # "双方达成了合作意向。欧佩德公司注资1亿元": the investment the agreement before it led to.
                stage_from_before(reading, sent, frame, sentences_back=1)
        if frame.date is None:
            frame.date = date_for(reading, sent, verb_at)
        frame.place = _investor_place(reading, sent, org, reach)
        respective = _respective_amounts(reading, sent, listed, money)
        if respective:
            taken_until = respective[-1].end
            frames.extend(_one_per_investor(frame, listed, respective))
        else:
            frames.append(frame)
    return frames


# A list of firms closed by their class, investing in a place (…等知名外资企业在沪投资): the class's sum, a statistic.
_CLASS_INVESTING_IN_A_PLACE_RE = patterns.compile(
    r"等[^，,。；;、\d]{0,8}?(?:企业|外企|厂商|公司|客商)在\p{Han}{1,4}?(?:累计)?投资"
)


def _public_spending(listed: list[Any]) -> bool:
    """Only governments and their departments put the money in: public spending, which builds a named project or
    is no deal (the gold has no government investing without one)."""
    return all(o.value.kind == "government" for o in listed)


def _respective_amounts(reading: Reading, sent: Sentence, listed: list[Any], money: Any) -> list[Any]:
    """The amounts of "A及B分别投入13亿元及10亿元": as many joined amounts as firms listed, after 分别 or (session 34)
    without it, the amounts told one after the other (德商默克、美商英特格加碼投資170億元與140億元)."""
    if len(listed) < 2:
        return []
    amounts = [money]
    for m in sent.between(money.end, sent.clause_at(money.start).end):
        if m.type != "money" or not _LIST_JOIN_RE.fullmatch(reading.norm, amounts[-1].end, m.start):
            break
        amounts.append(m)
    return amounts if len(amounts) == len(listed) else []


def _one_per_investor(frame: Frame, listed: list[Any], amounts: list[Any]) -> list[Frame]:
    """One deal per firm, each with its own amount and what the list shares (stage, date, place)."""
    return [
        dataclasses.replace(
            frame,
            investors=[org.value.name],
            amounts=[models.DealAmount(role="total", money=m.value)],
            used=[*frame.used, m],
        )
        for org, m in zip(listed, amounts, strict=True)
    ]


def _builds_with(norm: str, after: int, end: int) -> Any | None:
    """以 and the amount the firm builds with, within the reach of an investing verb (what it builds may lie further
    on in the clause than that reach)."""
    found = _BUILDS_WITH_RE.search(norm, after, end)
    return found if found is not None and found.start() - after <= INVESTOR_GAP else None


def _invested_money(reading: Reading, sent: Sentence, after: int, clause: Any) -> tuple[Any, int] | None:
    """The amount an organisation invests: its verb within a few characters, the money right after it;
    or a settling verb ("…进驻") and an investing clause right after ("，合计投资超过…")."""
    norm = reading.norm
    put_in = money_put_in(reading, sent, after)
    if put_in is not None:
        return put_in
    money = _money_right_after(sent, after, clause.end)
    if money is not None and money.start == after and norm.startswith(PLANT_AFTER, money.end):
        return money, money.end  # 美上鎂花6億建廠: the amount right after the firm, the plant it builds after it
    verb = _INVESTOR_VERB_RE.search(norm, after, min(clause.end, after + INVESTOR_GAP + 8)) or _builds_with(
        norm, after, clause.end
    )
    if verb is not None and _STATISTIC_BEFORE_RE.search(norm, after, verb.end()):
        return None  # "工业局所掌握首季民间投资50亿元以上": a statistic the body reports, not its money
    if verb is not None and _SPENDING_BEFORE_RE.search(norm, after, verb.end()):
        return None  # "华为去年研发投入1615亿元": what a firm spends on research or sales, no investment deal
    if (
        verb is not None
        and verb.start() - after <= INVESTOR_GAP
        and _only_when_and_where(reading, sent, after, verb.start())
    ):
        money = _money_right_after(sent, verb.end(), clause.end)
        if money is not None:
            return money, verb.start()
        return None
    settle = _SETTLE_RE.search(norm, after, min(clause.end, after + INVESTOR_GAP + 8))
    if settle is None or sent.between(after, settle.start(), "org", "money", "project"):
        return None
    if sent.between(settle.end(), clause.end, "count"):
        return None  # "第六师集中签约37个项目，计划投资380.1亿元": the sum of a count of projects, no one's investment
    nxt = sent.clause_index(clause.start) + 1
    if nxt >= len(sent.clauses):
        return None
    verb = _INVESTOR_VERB_RE.match(norm, sent.clauses[nxt].start, sent.clauses[nxt].end)
    money = _money_right_after(sent, verb.end(), sent.clauses[nxt].end) if verb is not None else None
    return (money, verb.start()) if money is not None and verb is not None else None


_STATISTIC_BEFORE_RE = patterns.compile(rf"{STATISTIC_INVESTMENT}$")
# A firm's running spending named before its verb (研发投入, 科研投资, 营销投入, 广告投放): a figure of its accounts.
_SPENDING_BEFORE_RE = patterns.compile(
    r"(?:研发|研發|科研|研究开发|研究開發|营销|營銷|广告|廣告|市场推广|市場推廣)(?:经费|經費|费用|費用)?(?:总)?(?:投入|投资|投資)$"
)
# "据市统计局数据", "根据工业局所掌握": the body the figures come from, no investor.
_SOURCE_BEFORE_RE = patterns.compile(r"(?r)(?:据|根据|依据|来自)$")


def _a_source(reading: Reading, org: Any) -> bool:
    return _SOURCE_BEFORE_RE.search(reading.norm, max(0, org.start - 2), org.start) is not None


def _money_signed_for(reading: Reading, sent: Sentence, listed: list[Any], clause: Any) -> tuple[Any, int] | None:
    """The amount of a signing between a place and the companies after 与 that names no project ("正镶白旗与A公司、
    B公司签署产业合作框架协议，投资额达24亿元", "X县与Y公司签订了投资5亿元的合作协议"): theirs to invest,
    where nothing but the companies themselves stands between the signing and the amount."""
    norm = reading.norm
    if listed[0] not in _counterparts(reading, sent, sent.of_type("org")):
        return None
    sign = _SIGN_RE.search(norm, listed[-1].end, min(clause.end, listed[-1].end + INVESTOR_GAP))
    if sign is None:
        return None
    names = {o.value.name for o in listed}
    agreed = _agreement_sum(reading, sent, sign.end())
    if agreed is not None:
        return agreed, sign.start()
    for verb in _INVESTOR_VERB_RE.finditer(norm, sign.end(), sent.span.end):
        # the sum may be named first: "签订了投资总额达68亿元的合作协议"
        named = _SUM_NAMED_RE.match(norm, verb.end(), sent.span.end)
        money = _money_right_after(sent, named.end() if named else verb.end(), sent.span.end)
        between = sent.between(sign.end(), money.start if money is not None else verb.start())
        # "…签署投资意向书，台积电将在楠梓园区兴建…，投资金额逾3000亿元": the company named again is no other party
        if any(
            m.type in ("project", "money", "count") or (m.type == "org" and m.value.name not in names) for m in between
        ):
            return None
        if money is not None:
            return None if _of_the_place(reading, sent, verb.start()) else (money, sign.start())
    return None


_SUM_NAMED_RE = patterns.compile(r"总额|总金额|金额|总规模|额")
# The sum of the agreement signed, right after the verb ("签订了共计22亿元项目合作协议", "签署总额50亿元的投资合同").
_SUM_BEFORE_RE = patterns.compile(r"了?(?:共计|总计|合计|总额|总金额|金额)?(?:达|为)?")
_AGREEMENT_AFTER_RE = patterns.compile(
    r"(?:的)?(?:项目|產業|产业)?(?:战略|框架|投资|合作|入园|入驻|意向)*(?:协议|合同|协议书|合同书|意向书)"
)


def _agreement_sum(reading: Reading, sent: Sentence, after: int) -> Any | None:
    """The money between the signing verb and the agreement it names, else None."""
    lead = _SUM_BEFORE_RE.match(reading.norm, after)
    money = _money_right_after(sent, lead.end() if lead else after, sent.span.end)
    if money is None or _AGREEMENT_AFTER_RE.match(reading.norm, money.end) is None:
        return None
    return money


_DONE_BEFORE_VERB = ("完成", "累计", "实际", "到位")


def _of_the_place(reading: Reading, sent: Sentence, verb_at: int) -> bool:
    """An investment the place itself reports (…，全县今年完成投资50亿元): its clause opens with the place, or the
    amount is one done (完成投资)."""
    clause = sent.clause_at(verb_at)
    first = sent.first_from(clause.start)
    opens_with_place = first is not None and first.type == "place" and first.start - clause.start <= 1
    if opens_with_place and reading.norm[first.end : first.end + 1] in ("与", "同", "和", "跟"):
        opens_with_place = False  # "兖州与X签订了投资总额达68亿元的合作协议": the place signs, X invests
    return opens_with_place or reading.norm[max(clause.start, verb_at - 2) : verb_at].endswith(_DONE_BEFORE_VERB)


def _only_dates(sent: Sentence, start: int, end: int) -> bool:
    return all(m.type == "date" for m in sent.between(start, end))


def _only_when_and_where(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Only dates, and the place the money goes to, between an organisation and its verb ("友达在新竹投资约300亿元",
    "X去年在九江经开区投资…")."""
    norm = reading.norm
    between = sent.between(start, end)
    # a place inside the one before it (在美国|德州, 在江苏|南京) is where the money goes too
    return all(
        m.type == "date"
        or (
            m.type == "place"
            and (
                norm[max(start, m.start - 1) : m.start] in _WHERE_BEFORE
                or (i > 0 and between[i - 1].type == "place" and between[i - 1].end == m.start)
            )
        )
        for i, m in enumerate(between)
    )


def _money_right_after(sent: Sentence, at: int, end: int) -> Any | None:
    """The money mention starting within two characters of `at` ("投资约", "投资了"), not a modifier ("投资建设的")."""
    money = sent.first_from(at)
    if money is None or money.type != "money" or money.start - at > 2 or money.start >= end:
        return None
    return money


def _investor_place(reading: Reading, sent: Sentence, org: Any, end: int) -> str | None:
    """Where the investor builds ("在北部都会区建设", "于仁武产业园区兴建"), else the park or place its clause
    opens with ("楠梓产业园区已吸引A、B…"), else the place the paragraph carries."""
    landing = [m for m in landing_places(reading, sent, end) if m.start >= org.start]
    if landing:
        return landing[0].value.name
    clause = sent.clause_at(org.start)
    host = next(
        (m for m in sent.backwards(org.start, clause.start) if m.type == "place" and may_host(reading, sent, m)),
        None,
    )
    host = host or setting_before(reading, sent, org.start)  # "在南岗工业区，冠好科技投资40亿元扩厂"
    return host.value.name if host is not None else sent.carried_area
