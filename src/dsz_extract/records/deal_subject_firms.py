"""A firm opening its sentence whose investing clause comes after a clause of why it invests or what it decided:
"達邦蛋白因大陸需求銳減，投資逾1億元擴建既有廠房"; "中国重汽集团为扩大产能，投资20亿元在济南新建重卡生产基地";
"旺矽科技決定擴大回臺投資，在新竹竹北新建廠房，總投資金額超過10億元". The firm is the subject the investing clause
leaves out: a deal of its own (no project named in the sentence), its total the amount, its place the one after
在/于. investors.investor_deals reads a firm whose verb follows it within its own clause; deal_builders a firm told
building at a place with the amount in the next clause; this reads what both leave. records/deals.py calls
`firms_investing_after_a_clause` after them.
"""

from __future__ import annotations

from typing import Any

from .. import models, patterns
from .context import Reading, mention_key
from .deal_frame import Frame, date_for
from .firm_lists import SETTLING_KINDS, TO_COME_RE
from .sentence import Sentence

# What may stand between the start of the firm's clause and the firm: a day word, an opening quote, the firm's
# trade or rank in apposition (烤漆加工廠|勝豐達, 隱形冠軍|振鋒企業).
_BEFORE_FIRM_RE = patterns.compile(
    r"\s*(?:今年|去年|近日|日前|目前|此外|另外|同时|其中|另)?\s*"
    # a program that approved the firm (台商回台方案通过|中美矽晶), what the firm is known for (亚洲唯一能自主研发…的|台湾精锐科技)
    r"(?:[^，,。；;]{0,12}?(?:通过|核准))?(?P<known_for>[^，,。；;]{2,40}?的)?\s*"
    r"(?:\p{Han}{0,10}?(?:厂|厂商|大厂|业者|品牌|冠军)|[台港澳外侨民央国]企|[日美德韩英法荷港陆]商)?"
    r"\s*[「“『\"]?\s*"
)
# A firm after what it is known for is the clause's subject when the clause ends on it or its verb follows.
_CLAUSE_SUBJECT_END_RE = patterns.compile(r"\s*(?:[，,]|则|也|将|再)")
# The investing clause opens on the verb (after words of a decision or plan) and goes straight to the money;
# or on the money's own name ("總投資金額超過10億元").
_INVESTS_RE = patterns.compile(
    # not 累计: one firm's sum over the years (…总部位于芜湖，累计投资超过300亿元) is its history, no deal
    r"\s*(?:今年|明年|如今|则|将|拟|计划|规划|预计|决定|决议|宣布|再度|再|又|也|还|加码|追加|扩大|共|斥资|总)*"
    # 挹注 and 砸下 (a Taiwan press's "injects", "throws in"); 加码 alone before the money is invested more
    r"(?:投资|斥资|投入|注资|增资|挹注|砸下|砸|加码)(?:金额|总额|额)?(?:了|约|达|逾|超过|近|将达|为|高达)*\s*"
)
# A firm's clause that reports speech or a figure of the firm is not one of it investing.
_NOT_ITS_ACT_RE = patterns.compile(r"表示|介绍|指出|认为|说|称|营收|营业收入|产值|利润|销售额")
_AT_RE = patterns.compile(r"(?:在|于|到|赴)(?:既有|原有|现有)?\s*$")


def firms_investing_after_a_clause(reading: Reading, sent: Sentence, taken: list[Frame]) -> list[Frame]:
    """The one firm opening the sentence, invested in by a later clause whose subject it is."""
    if sent.of_type("project") or not sent.of_type("money"):
        return []
    # a body named after the money (…，壯大S-Team(台灣健身器材優質聯盟)的國際競爭力) is not whose money it is
    firm = _subject_firm(reading, sent, before=sent.of_type("money")[0].start)
    if firm is None or any(firm.value.name in f.investors for f in taken):
        return []
    used = {mention_key(m) for f in taken for m in f.used}
    for later in sent.clauses[sent.clause_index(firm.start) + 1 :]:
        money = next(iter(sent.between(later.start, later.end, "money")), None)
        if money is None:
            continue  # a clause of what it builds (在新竹竹北新建廠房): the money may come after it
        if mention_key(money) in used or not _INVESTS_RE.fullmatch(reading.norm, later.start, money.start):
            return []
        return [_frame(reading, sent, firm, money, later.start)]
    return []


def firms_investing_in_the_next_sentence(reading: Reading, sent: Sentence) -> list[Frame]:
    """A sentence naming no one, whose clause opens on investing money, goes on telling of the firm that opened the
    sentence before it in the same paragraph and invested nothing there: "碁達科技著力於材料研發製造…。因應市場需求，
    將斥資逾1億元在既有桃園平鎮廠房…"; "禾一發專注於素食食品製造…。…，公司將擴大招聘本國員工數人，投資逾1億元在臺中市興建
    新廠" (公司 is the firm again)."""
    if sent.index == 0 or sent.of_type("project") or not sent.of_type("money"):
        return []
    if any(o.start < sent.of_type("money")[0].start for o in sent.of_type("org")):
        return []  # the sentence names its own subject
    before = reading.sentences[sent.index - 1]
    if before.paragraph != sent.paragraph or before.of_type("money"):
        return []
    firm = _subject_firm(reading, before)
    if firm is None:
        return []
    for clause in sent.clauses:
        money = next(iter(sent.between(clause.start, clause.end, "money")), None)
        if money is None:
            continue
        if not _INVESTS_RE.fullmatch(reading.norm, clause.start, money.start):
            return []
        return [_frame(reading, sent, firm, money, clause.start)]
    return []


def subject_firm_investing(reading: Reading, sent: Sentence, project: Any) -> list[str]:
    """The firm opening the sentence, when the clause of `project` opens on the money it invests, its subject left
    out ("中国重汽集团为扩大产能，投资20亿元在济南新建重卡生产基地"): the project's investor."""
    firm = _subject_firm(reading, sent)
    if firm is None or firm.start > project.start:
        return []
    clause = sent.clause_at(project.start)
    if sent.clause_index(clause.start) <= sent.clause_index(firm.start):
        return []
    money = next(iter(sent.between(clause.start, project.start, "money")), None)
    if money is None or not _INVESTS_RE.fullmatch(reading.norm, clause.start, money.start):
        return []
    return [firm.value.name]


def _subject_firm(reading: Reading, sent: Sentence, before: int | None = None) -> Any | None:
    """The one firm of the sentence (before `before`, if given), opening its first or second clause, that clause
    neither holding money nor reporting speech or a figure of the firm."""
    named = [o for o in sent.of_type("org") if before is None or o.start < before]
    orgs, first = _past_reporting_body(reading, sent, named)
    if not orgs or any(o.value.name != orgs[0].value.name for o in orgs):
        return None  # two firms or a firm and a body: whose money it is is not told this way
    firm = orgs[0]
    if firm.value.kind not in SETTLING_KINDS:
        return None
    norm = reading.norm
    i = sent.clause_index(firm.start)
    clause = sent.clauses[i]
    before_firm = _BEFORE_FIRM_RE.fullmatch(norm, clause.start, firm.start)
    if i > first + 1 or not before_firm:
        return None
    if before_firm.group("known_for") and not _CLAUSE_SUBJECT_END_RE.match(norm, firm.end):
        return None  # …地上六層的|專用製造廠房: a thing described, not the clause's subject
    if sent.between(clause.start, clause.end, "money") or _NOT_ITS_ACT_RE.search(norm, firm.end, clause.end):
        return None
    return firm


# A body that reports the firm's plan in the sentence's opening clause (經濟部指出，大環淨…看好…，將投入近11億元).
_REPORT_CLAUSES = 2
_REPORTS_RE = patterns.compile(
    r"\s*(?:也|还|并|今天|今日|今|昨天|昨日)?\s*(?:指出|表示|称|说|透露|介绍|通过|宣布)\s*[，,：:]?\s*$"
)


def _past_reporting_body(reading: Reading, sent: Sentence, orgs: list[Any]) -> tuple[list[Any], int]:
    """The organisations of the sentence after a body reporting what follows in one of its first clauses (除緯創外，
    經濟部指出，…), and the index of the first clause after that report (0 without one)."""
    for i, clause in enumerate(sent.clauses[:_REPORT_CLAUSES]):
        body = next((o for o in orgs if clause.start <= o.start < clause.end), None)
        if body is not None and _REPORTS_RE.fullmatch(reading.norm, body.end, clause.end):
            return [o for o in orgs if o.start >= clause.end], i + 1
    return orgs, 0


def _frame(reading: Reading, sent: Sentence, firm: Any, money: Any, verb_at: int) -> Frame:
    """The firm's deal of `money`, invested by the clause at `verb_at`; a firm told in the sentence before
    (firms_investing_in_the_next_sentence) lends its name only: the evidence, plan words and place are this
    sentence's, from that clause."""
    told_here = firm.start >= sent.span.start
    frame = Frame(sent, investors=[firm.value.name], lo=firm.start if told_here else verb_at, hi=money.end)
    frame.amounts.append(models.DealAmount(role="total", money=money.value))
    frame.used.append(money)
    frame.date = date_for(reading, sent, verb_at)
    after_firm = firm.end if told_here else verb_at
    if _a_plan_to_build(reading, sent, after_firm, money):
        # "計畫投資20億元在桃園設立…", "投資逾1億元在臺中市興建新廠": a plan to put money into building
        frame.stage = "planned"
    frame.place = _place_after_at(reading, sent, after_firm)
    return frame


# Words of a plan before the money, and the building it is put into after it (the contract: a plan to put money into
# building is planned).
_PLAN_WORDS_RE = patterns.compile(r"将|拟|有望|准备|计划|规划|预计|决议|决定|宣布|打算|要")
_BUILDS_AFTER_RE = patterns.compile(
    r"[^。；;！？!?\n]{0,24}?(?:兴建|新建|建置|扩建|设立|增设|扩增|扩充|建设|新设|打造)"
)


def _a_plan_to_build(reading: Reading, sent: Sentence, start: int, money: Any) -> bool:
    norm = reading.norm
    return bool(
        TO_COME_RE.search(norm, start, money.start)
        or _PLAN_WORDS_RE.search(norm, start, money.start)
        or _BUILDS_AFTER_RE.match(norm, money.end, sent.span.end)
    )


def _place_after_at(reading: Reading, sent: Sentence, after: int) -> str | None:
    """The place the firm builds at: the first after 在/于 in the rest of the sentence."""
    for m in sent.between(after, sent.span.end, "place"):
        if _AT_RE.search(reading.norm, max(after, m.start - 4), m.start) and not m.value.anaphor:
            return m.value.name
    return None
