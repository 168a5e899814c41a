"""A firm building somewhere, its money told in the next clause: "國巨集團在高雄擴廠，投資金額逾新台幣100億元";
"宁德时代在福鼎扩产，投资额达80亿元"; "华为公司在东莞松山湖扩建研发中心，投资额约100亿元". No project is named (a
plant, a line, an expansion): the firm is the deal's investor, its place the one after 在/于, its total the amount.
A firm telling its plan to build somewhere (億利資源集團擬在青雲店鎮新材料新能源產業園建設…, 鎧暘科技也申請在台南科技工業區
興建廠房, 康佳集团计划在遂宁经开区建设…) is a planned deal with or without an amount (session 30).
investors.investor_deals reads the firm whose own clause says it invests (X投资N亿元在Y建设…); this reads the
firm whose clause says only what it builds. records/deals.py calls `firms_building_somewhere` after both.
"""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from .context import Reading
from .deal_frame import Frame, date_for
from .firm_lists import SETTLING_KINDS, TO_COME_RE
from .sentence import Sentence

# Where the firm builds, then what: 在高雄擴廠, 于福鼎扩产, 在东莞松山湖扩建研发中心, 在长沙设立电池工厂.
_WHERE_RE = patterns.compile(
    r"\s*(?:将|已|也|还|再|今年|近日|日前|正式|此次|拟|计划|规划|申请|预计|准备|打算)*(?:在|于|赴|到)"
)
# A plan told before the place: the deal is one with no amount needed (拟在X建设, 申请在X兴建, 预计将在X进行投资).
_PLANNED_RE = patterns.compile(r"拟|计划|规划|申请|预计|准备|打算")
_BUILDS_RE = patterns.compile(
    r"\s*(?:新建|兴建|扩建|建设|建|设立|设置|设|扩产|扩厂|增资扩产|扩能|设厂|建厂|投建|布局|建置|(?:进行)?投资)"
)
# The rest of a zone's name after the place that opens it (青雲店鎮|新材料新能源產業園, 大興區|國家新媒體產業基地核心區),
# where a planned building stands.
_ZONE_REST_RE = patterns.compile(
    r"[^\s，,。；;、：:“”「」()（）]{1,16}?(?:园区|园|区|基地)(?=" + _BUILDS_RE.pattern.removeprefix(r"\s*") + ")"
)
# The next clause gives the money of what was built: "投资金额逾…", "投资额达…", "总投资…", "该厂总投资额约…".
_AMOUNT_LEAD_RE = patterns.compile(
    r"\s*(?:该厂|新厂|该项目|项目|工厂|新工厂)?(?:总|计划|预计|拟)?(?:投资|投资金额|投资额|投资总额|总投资额|金额)"
    r"(?:达|为|约|共|将达|预计|超过|逾|近)*\s*$"
)


def firms_building_somewhere(reading: Reading, sent: Sentence, taken: list[Frame]) -> list[Frame]:
    """Firms told building at a place with the amount in the clause after, or planning to build there, not named
    in the frames read so far."""
    named = {name for f in taken for name in f.investors}
    frames: list[Frame] = []
    for org in sent.of_type("org"):
        if org.value.kind not in SETTLING_KINDS or org.value.name in named:
            continue
        found = _builds_at(reading, sent, org)
        if found is None:
            continue
        place, verb_at = found
        planned = _PLANNED_RE.search(reading.norm, org.end, verb_at) is not None
        money = amount_of_the_next_clause(reading, sent, org.start, _AMOUNT_LEAD_RE)
        if money is None and not planned:
            continue
        frame = Frame(
            sent, investors=[org.value.name], lo=org.start, hi=money.end if money else sent.clause_at(verb_at).end
        )
        if money is not None:
            frame.amounts.append(models.DealAmount(role="total", money=money.value))
            frame.used.append(money)
        frame.settled_company = money is None  # a firm's own plan, told without an amount
        frame.place = place.value.name if place.type == "place" else None
        frame.date = date_for(reading, sent, verb_at)
        if planned or TO_COME_RE.search(reading.norm, org.end, verb_at):
            frame.stage = "planned"  # a building told as to come (将在X扩厂) is a plan
        frames.append(frame)
    return frames


def _builds_at(reading: Reading, sent: Sentence, org: Any) -> tuple[Any, int] | None:
    """(the place after 在/于, where the verb of building starts) when the firm's clause goes on "在X扩厂"."""
    norm = reading.norm
    where = _WHERE_RE.match(norm, org.end)
    if where is None:
        return None
    place = sent.first_from(where.end())
    if place is None or place.start != where.end() or place.type != "place":
        return None
    # places written one after the other (东莞松山湖): the verb follows the last of them
    end = place.end
    nxt = sent.first_from(end)
    while nxt is not None and nxt.type == "place" and nxt.start == end:
        place, end = nxt, nxt.end
        nxt = sent.first_from(end)
    built = _BUILDS_RE.match(norm, end)
    if built is None and (zone := _ZONE_REST_RE.match(norm, end)) is not None and not sent.between(end, zone.end()):
        built = _BUILDS_RE.match(norm, zone.end())
    if built is None:
        return None
    clause = sent.clause_at(org.start)
    if sent.between(built.end(), clause.end, "money", "project", "org"):
        return None  # the clause names what it builds or its money itself: read by the project and investor rules
    return place, built.start()


def amount_of_the_next_clause(reading: Reading, sent: Sentence, at: int, lead: Any) -> Any | None:
    """The money the clause after the one holding `at` gives, told after words `lead` matches whole
    ("…在高雄擴廠，投資金額逾…", "…签署战略合作协议，计划投资50亿元")."""
    i = sent.clause_index(at)
    if i + 1 >= len(sent.clauses):
        return None
    nxt = sent.clauses[i + 1]
    money = next(iter(sent.between(nxt.start, nxt.end, "money")), None)
    if money is None or lead.fullmatch(reading.norm, nxt.start, money.start) is None:
        return None
    return money
