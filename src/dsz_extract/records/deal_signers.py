"""One firm signing with a place or its government, no project named: "曲靖市政府与云南铝业股份有限公司签订投资合作
协议"; "三一集团已与益阳市签署战略合作协议，计划投资50亿元"; "开发区管委会分别与A、B签署投资合作协议". The firm invests:
a deal of its own, signed, with the amount the next clause plans for it. Lists of firms told settled or signed
("A、B等一批龙头企业相继落户", "宜良县与A、B签订…") are read first by firm_lists.settled_companies; this reads what that
leaves: a single firm, and firms a bare government word (开发区管委会, 县政府) signs with.

records/deals.py calls `firms_signing_with_a_place` after the investors' own deals.
"""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from .context import Reading
from .deal_builders import amount_of_the_next_clause
from .deal_frame import Frame, date_for
from .firm_lists import SETTLING_KINDS, TO_COME_RE
from .investors import bare_government_before, org_list_from
from .sentence import Sentence

# The words between the side of the place and the firm: "分别与", "已与", "正式同".
_WITH_RE = patterns.compile(r"(?:分别|先后|还|又|已|也|正式|共同|成功)*(?:与|同|跟)\s*$")
_WITH_AFTER_RE = patterns.compile(r"(?:分别|先后|还|又|已|也|正式|共同|成功)*(?:与|同|跟)")
# The signing right after the firms (adverbs and a day between: 今日, 正式) and what was signed: an agreement (协议,
# 合同, 备忘录, 意向书) or a bare 签约 closing the clause; not a signing "就" a project (就建设…项目签约: the project's).
# The firms may close with their count (与A等6家公司|签订…; the firms a count closes signed, as the contract's 累计签约A、B
# 等各类领军企业近50家), and an agreement may be reached (达成…协议, 达成合作意向: signed, as §3 reads 达成协议).
_FIRMS_COUNTED = (
    r"(?:等[^，,；;。\d]{0,6}?(?:[0-9]+|[一二两三四五六七八九十百]+)[余多]?家[^，,；;。]{0,6}?(?:企业|公司|客商|单位))?"
)
_SIGNED_RE = patterns.compile(
    rf"{_FIRMS_COUNTED}"
    r"\s*(?:今日|今天|昨日|昨天|近日|日前|当天|当日|正式|成功|顺利|共同|现场|分别)*"
    r"(?:(?:签订|签署|签约)(?:了)?(?:[^，,；;。]{0,16}?(?:协议书?|合同书?|备忘录|意向书|框架协议)|\s*(?=[，,；;。]|$)"
    r"|(?P<sum>(?:总)?(?:投资|金额)?(?:约|达|超过|逾)?[0-9.]+[亿万]*(?:元|美元)(?:的)?(?:投资)?项目)(?=[，,；;。]|$))"
    r"|达成(?:了)?[^，,；;。]{0,12}?(?:协议|合作意向|投资意向))"
)
# The amount the next clause gives the firm's plan: "计划投资50亿元", "投资额达42亿元", "项目总投资约10亿元".
_AMOUNT_LEAD_RE = patterns.compile(
    r"[\s]*(?:双方|该企业|该公司|企业|公司|协议)?(?:涉及)?(?:将|拟|计划|预计)?(?:总)?(?:投资|投资额|投资总额|协议投资|协议金额|签约金额)"
    r"(?:达|为|约|共|超过|逾|近|将达|)*\s*$"
)
_GOVERNMENT_KINDS = ("government",)
# What may stand between the place's side and its "与": a day (a date mention is skipped) or a word of one.
_DAY_WORDS_RE = patterns.compile(r"\s*(?:今日|今天|昨日|昨天|近日|日前|当天|当日)?\s*")


_ON_THE_DAY_RE = patterns.compile(r"[于於在]")


def firms_signing_with_a_place(reading: Reading, sent: Sentence, taken: list[Frame]) -> list[Frame]:
    """Firms a place or its government signs an agreement with, not named in the frames already read."""
    named = {name for f in taken for name in f.investors}
    frames: list[Frame] = []
    orgs = sent.of_type("org")
    starts = [o.start for o in orgs]
    seen: set[int] = set()
    for org in orgs:
        if org.start in seen or org.value.kind not in SETTLING_KINDS:
            continue
        place_side, listed, after = _signing_parties(reading, sent, orgs, starts, org)
        if not listed:
            continue
        seen.update(o.start for o in listed)
        clause = sent.clause_at(org.start)
        signed = _SIGNED_RE.match(reading.norm, after, clause.end)
        if signed is None:
            continue
        if TO_COME_RE.search(reading.norm, clause.start, signed.start()):
            continue  # a signing still to come ("拟与X签约", "将与X签订"): no deal
        if any(o.value.name in named for o in listed):
            _signed_before_its_plan(reading, sent, taken, listed, signed.start())
            continue
        if sent.between(clause.start, clause.end, "project") or any(o.value.name in named for o in listed):
            continue  # the project is the deal (its investors read there)
        if _project_in_the_next_clause(sent, clause.start):
            continue  # "…签订投资协议，计划投资50亿元建设A项目": A is the deal, its money and the firm read there
        money = _signed_sum(sent, signed) if len(listed) == 1 else None
        if money is None and len(listed) == 1:
            money = amount_of_the_next_clause(reading, sent, clause.start, _AMOUNT_LEAD_RE)
        for firm in listed:
            frame = Frame(sent, investors=[firm.value.name], stage="signed", lo=clause.start, hi=signed.end())
            frame.date = date_for(reading, sent, signed.start())
            frame.settled_company = money is None
            frame.place = place_side or sent.carried_area
            # the side it signs with places the deal: a city told next (该企业将在乌鲁木齐市新建…) does not outrank it
            frame.explicit_place = place_side is not None
            if money is not None:
                frame.amounts.append(models.DealAmount(role="total", money=money.value))
                frame.used.append(money)
                frame.cover(clause.start, money.end)
            frames.append(frame)
    return frames


def _signed_before_its_plan(reading: Reading, sent: Sentence, taken: list[Frame], listed: list[Any], at: int) -> None:
    """ "桃園市政府昨天與聯電簽約，聯電將投資新台幣500億元擴建晶圓廠": the firm's own deal, read from its plan, was
    signed first: the step reached (signed) and its day, as 签约，并将于年底开工 keeps the signing."""
    names = {o.value.name for o in listed}
    for frame in taken:
        if frame.sentence is not sent or not names.intersection(frame.investors) or frame.projects:
            continue
        if frame.stage in (None, "planned"):
            frame.stage = "signed"
            frame.date = frame.date or date_for(reading, sent, at)


def _signed_sum(sent: Sentence, signed: Any) -> Any:
    """The money of an unnamed project signed for ("与沙依巴克区人民政府签订5亿元项目"): the firm's total; (session 39) or
    the one amount inside the agreement's words ("与前锋区达成投资20亿元的协议", "签订20亿元投资协议")."""
    if signed.group("sum") is not None:
        return next(iter(sent.between(signed.start("sum"), signed.end("sum"), "money")), None)
    inside = sent.between(signed.start(), signed.end(), "money")
    return inside[0] if len(inside) == 1 else None


def _project_in_the_next_clause(sent: Sentence, at: int) -> bool:
    """The clause after the signing names a project (what the firm's money builds, or the project landing)."""
    i = sent.clause_index(at)
    if i + 1 >= len(sent.clauses):
        return False
    nxt = sent.clauses[i + 1]
    return bool(sent.between(nxt.start, nxt.end, "project"))


def _signing_parties(
    reading: Reading, sent: Sentence, orgs: list[Any], starts: list[int], org: Any
) -> tuple[str | None, list[Any], int]:
    """(the place of the side that signs with the firms, the firms, where the words after them start): the place
    or its government named before "与" and the firms after it, or the firm first and "与" the place after it."""
    norm = reading.norm
    clause = sent.clause_at(org.start)
    with_before = _WITH_RE.search(norm, max(clause.start, org.start - 6), org.start)
    if with_before is not None:
        before = next(sent.backwards(with_before.start(), clause.start), None)
        listed = [o for o in org_list_from(reading, orgs, org.start, starts) if o.value.kind in SETTLING_KINDS]
        gap_end = with_before.start()
        if before is not None and before.type == "date":
            # "高雄市政府今（20）日與…", "北仑区人民政府于3月10日与…": the day of the signing between the two sides
            gap_end = (
                _ON_THE_DAY_RE.match(norm, before.start - 1).start()
                if norm[before.start - 1 : before.start] in "于於在"
                else before.start
            )
            if not _DAY_WORDS_RE.fullmatch(norm, before.end, with_before.start()):
                gap_end = -1
            before = next(sent.backwards(before.start, clause.start), None)
        if (
            before is not None
            and _is_place_side(before)
            and gap_end >= before.end
            and _DAY_WORDS_RE.fullmatch(norm, before.end, gap_end)
        ):
            return _place_of(reading, before), listed, listed[-1].end
        if before is None and _bare_side_before(norm, clause.start, with_before.start()):
            return None, listed, listed[-1].end
        return None, [], 0
    with_after = _WITH_AFTER_RE.match(norm, _past_the_day(norm, sent, org.end))
    if with_after is None:
        return None, [], 0
    partner = sent.first_from(with_after.end())
    if partner is not None and partner.start == with_after.end() and _is_place_side(partner):
        last = _last_side_listed(norm, sent, partner)
        # several places signing one by one (分别与广州市政府、深圳市政府…签订): none of them alone places the deal
        return (_place_of(reading, partner) if last is partner else None), [org], last.end
    return None, [], 0


_SIDE_JOIN_RE = patterns.compile(r"[、,，]|和|及|以及|与")


def _last_side_listed(norm: str, sent: Sentence, side: Any) -> Any:
    """The last of the places or governments listed from `side` on (与广州市政府、深圳市政府、珠海市政府|签订…)."""
    while (join := _SIDE_JOIN_RE.match(norm, side.end)) is not None:
        nxt = sent.first_from(join.end())
        if nxt is None or nxt.start != join.end() or not _is_place_side(nxt):
            break
        side = nxt
    return side


def _past_the_day(norm: str, sent: Sentence, at: int) -> int:
    """Past the day of the signing written between the firm and its "与" ("中国建筑于6月19日|与…"), else `at`."""
    day = sent.first_from(at)
    if day is None or day.type != "date":
        return at
    on = _ON_THE_DAY_RE.match(norm, at)
    return day.end if day.start == (on.end() if on is not None else at) else at


# A zone's committee named by its kind alone (开发区管委会, 高新区管理委员会), which investors' bare government words
# leave out: the side of the zone.
_ZONE_COMMITTEE_RE = patterns.compile(
    r"(?:经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|园区|保税区|综保区|自贸区)(?:管委会|管理委员会)\s*$"
)


def _bare_side_before(norm: str, clause_start: int, end: int) -> bool:
    """A government or a zone's committee named by a bare word, ending at `end`."""
    return (
        bare_government_before(norm, end)
        or _ZONE_COMMITTEE_RE.search(norm, max(clause_start, end - 12), end) is not None
    )


def _is_place_side(m: Any) -> bool:
    return m.type == "place" or (m.type == "org" and m.value.kind in _GOVERNMENT_KINDS)


def _place_of(reading: Reading, m: Any) -> str | None:
    if m.type == "place":
        if m.value.level in ("country", "region") or (m.value.anaphor and m.value.adcode is None):
            return None  # no unit, or an anaphor the document did not resolve (我县 with no subject county)
        return m.value.name
    heading = reading.innermost_place_heading(m.start, m.end)  # the government of the district, not of its city
    return heading.name if heading is not None else None


def place_the_signers(reading: Reading, sent: Sentence, frames: list[Frame]) -> None:
    """An investor's deal read with its money ("曲靖市政府与A公司签订投资合作协议，投资额达42亿元") that names no place
    lies where the side it signs with is (曲靖市)."""
    orgs = sent.of_type("org")
    starts = [o.start for o in orgs]
    for frame in frames:
        if frame.place is not None or len(frame.investors) != 1:
            continue
        for org in (o for o in orgs if o.value.name == frame.investors[0] and o.value.kind in SETTLING_KINDS):
            place, listed, after = _signing_parties(reading, sent, orgs, starts, org)
            if place is not None and listed and _SIGNED_RE.match(reading.norm, after, sent.clause_at(org.start).end):
                frame.place = place  # the firm told again later in the sentence ("…恒力集团将在长兴岛投资") is the same
                break
