"""Experts brought in without moving them: the workstation named after them ("高从堦院士等3家院士工作站",
"“曹尚银专家工作站”") and, in a report on bringing in talent flexibly, the named expert who works with a local
body ("中国工程院院士冯起研究员与宁夏农林科学院合作", "中国矿业大学王栋民教授指导宁夏交通建设公司…").

Both are talent records with the expert in `persons`, mode flexible and no count: a workstation's count
(3家) counts stations, a metric. A collaborating expert is talent only where the report speaks of 柔性引才 /
引智 / 特聘专家 (docs/contract.md §7, "Experts who work with a local body"): elsewhere an academician
signing with a firm is a partner of a deal.
"""

from __future__ import annotations

from typing import Any

from .. import gazetteer, models, patterns
from ..dims._person_names import given_ok, surname_at
from .context import Reading, mention_key
from .phrase import Phrase
from .sentence import Sentence
from .talent_words import At

# The kinds of expert a station is named after, and the titles an expert's name stands beside.
_EXPERT_KINDS = "院士专家|院士|专家"
EXPERT_TITLES = "院士|教授|研究员|专家|博士"
# A station hosting the named expert, right after the name: "高从堦院士等3家院士工作站", "曹尚银专家工作站".
_STATION_RE = patterns.compile(
    rf"(?P<title>{EXPERT_TITLES})?(?:团队)?(?:等[^，,。；;]{{1,5}}?家)?"
    rf"(?P<kind>{_EXPERT_KINDS}|博士后科研|博士后|博士)?(?:创新|服务)?工作站"
)
# A station in quotes named after an expert the person pass does not read: "“曹尚银专家工作站”".
_QUOTED_STATION_RE = patterns.compile(rf"[“「\"](?P<name>\p{{Han}}{{2,4}}?)(?P<kind>{_EXPERT_KINDS})工作站[”」\"]")
# A station the org pass read whole, named after an expert: "孙汉董院士工作站", "相海专家工作站", and after the
# body and title of the expert ("浙江大学李明教授专家工作站").
_NAMED_STATION_RE = patterns.compile(
    rf"(?P<name>\p{{Han}}{{2,4}}?)(?P<title>{EXPERT_TITLES})?(?P<kind>{_EXPERT_KINDS})(?:创新|服务)?工作站$"
)
# A station built, set up or unveiled in the sentence ("共建院士工作站", "院士工作站揭牌"): the titled experts
# named with it lead it; (session 32) so does its agreement signed ("蹇锡高院士与…公司签订了院士工作站协议").
_STATION_SET_UP_RE = patterns.compile(
    rf"(?:建立|新建|共建|创建|筹建|建设|设立|组建|成立|揭牌|挂牌|授牌|入驻|进驻|领衔|签订|签署|签约)[^，,。；;]{{0,24}}?"
    rf"(?:{_EXPERT_KINDS})工作站"
    rf"|(?:{_EXPERT_KINDS})工作站[^，,。；;]{{0,6}}?(?:揭牌|挂牌|授牌|成立|落户|建成)"
    rf"|(?:{_EXPERT_KINDS})工作站[^。；;]{{0,40}}?领衔"
)
_STATIONS_SEEN_KEY = "talent_named_stations_seen"
# The title beside a named expert: before the name ("院士冯起") or after it ("王栋民教授").
_TITLE_BEFORE_RE = patterns.compile(rf"(?:{EXPERT_TITLES})$")
_TITLE_AFTER_RE = patterns.compile(rf"(?:{EXPERT_TITLES})")
# What an outside expert does for a local body.
_SERVES_RE = patterns.compile(
    r"(?:与|同|和)[^，,。；;]{2,30}?(?:合作|共建|联合)|指导|帮扶|帮助|(?:将|把)[^，,。；;]{2,30}?引入|领衔|进站|驻站"
)
# The report speaks of bringing in talent flexibly.
# (session 31) So does a report on experts' workstations (院士工作站, 专家工作站): the experts work with the bodies there.
_FLEXIBLE_TOPIC_RE = patterns.compile(r"柔性引|引智|特聘专家|柔性|(?:院士|专家)工作站")
_MEMO_KEY = "talent_flexible_topic"
_LISTED_KEY = "talent_quoted_stations_until"


def hosted(reading: Reading, sent: Sentence, run: list[Any], home: Any, record: Any) -> models.Talent | None:
    """ "福建省蓝深环保技术股份有限公司高从堦院士等3家院士工作站": the expert a station is named after."""
    last = run[-1]
    station = _STATION_RE.match(reading.norm, last.end, sent.clause_at(last.start).end)
    if station is None or not (station.group("title") or station.group("kind")):
        return None
    word = "kind" if station.group("kind") else "title"  # "缑锦教授等5家专家工作站": experts
    category = Phrase(station.start(word), station.end(word))
    org = home.value.name if home is not None else None
    names = [p.value.name for p in run]
    start = home.start if home is not None else run[0].start
    return record(reading, sent, run[0], category, None, names, "flexible", org, start, station.end())


def serving(reading: Reading, sent: Sentence, run: list[Any], home: Any, record: Any) -> models.Talent | None:
    """ "中国工程院院士冯起研究员与宁夏农林科学院合作": an outside expert working with a local body, in a report
    on bringing in talent flexibly."""
    if len(run) != 1 or not _flexible_topic(reading):
        return None
    person = run[0]
    if person.value.name in reading.memo.get(_STATIONS_SEEN_KEY, set()):
        return None  # the station named after the expert is their record already
    norm = reading.norm
    clause = sent.clause_at(person.start)
    before = _TITLE_BEFORE_RE.search(norm, home.end if home is not None else clause.start, person.start)
    after = _TITLE_AFTER_RE.match(norm, person.end, clause.end)
    title = before or after
    if title is None or home is None:
        return None  # an expert from elsewhere is told with the body they come from
    hi = after.end() if after is not None else person.end
    if not (_SERVES_RE.match(norm, hi, clause.end) or _partner_of_local_body(norm, clause, home, hi)):
        return None
    category = Phrase(title.start(), title.end())
    return record(
        reading, sent, person, category, None, [person.value.name], "flexible", home.value.name, home.start, hi
    )


# (session 31) A body partnering a named expert, told before them ("中科催化公司与刘中民院士团队，在共同推进…",
# "恒成能源集团牵手中国工程院院士郑绵平团队", "促成蒙骏马公司与俄罗斯院士巴拉耶夫…合作建站", "与天俱时集团合作的甄崇礼院士"),
# or after them ("院士、江南大学校长陈坚与老恒和酿造有限公司的进一步合作"): the expert, brought in flexibly.
_PARTNER_LEAD_RE = patterns.compile(r"\s*(?:与|和|同|牵手|携手|对接了?)\s*")
_PARTNERED_BEFORE_RE = patterns.compile(r"与[^，,。；;]{2,30}?合作的\s*$")
_PARTNER_AFTER_RE = patterns.compile(r"(?:团队|及其团队)?\s*(?:与|和|同)\s*")
_TOGETHER_RE = patterns.compile(r"合作|共建|建站|共同推进|联合攻关|签约|签订|签署")
_HANDS_JOINED = ("牵手", "携手", "对接")
_TOGETHER_REACH = 40
# How far before the expert's bodies and titles the partnering body may stand (characters).
_PARTNER_REACH = 40


def partnering(reading: Reading, sent: Sentence, run: list[Any], record: Any) -> models.Talent | None:
    """A titled expert a body partners, in a report on bringing in talent flexibly."""
    if len(run) != 1 or not _flexible_topic(reading):
        return None
    person, norm = run[0], reading.norm
    if person.value.name in reading.memo.get(_STATIONS_SEEN_KEY, set()):
        return None  # the station named after the expert is their record already
    clause = sent.clause_at(person.start)
    previous = [m for m in sent.backwards(person.start, clause.start) if m.type not in ("org", "place")]
    lo = previous[0].end if previous else clause.start
    after = _TITLE_AFTER_RE.match(norm, person.end, clause.end)
    # the last title told before the expert among their bodies ("中国工程院院士、江南大学校长|陈坚")
    before = next(reversed(list(_TITLE_AFTER_RE.finditer(norm, lo, person.start))), None)
    title = after or before
    if title is None:
        return None
    hi = after.end() if after is not None else person.end
    partner = _partner_before(reading, sent, clause, lo, person) or _partner_after(reading, sent, hi, clause)
    if partner is None:
        return None
    body, lead = partner
    told_together = lead in _HANDS_JOINED or _TOGETHER_RE.search(norm, hi, min(sent.span.end, hi + _TOGETHER_REACH))
    if not told_together:
        return None
    category = Phrase(title.start(), title.end())
    return record(
        reading, sent, person, category, None, [person.value.name], "flexible", None, min(body.start, person.start), hi
    )


def _partner_before(reading: Reading, sent: Sentence, clause: Any, lo: int, person: Any) -> tuple[Any, str] | None:
    """The body right before the expert's bodies and titles, joined by 与 / 牵手 …; or 与…合作的 before the expert."""
    norm = reading.norm
    stretch = sent.between(clause.start, person.start)
    if (together := _PARTNERED_BEFORE_RE.search(norm, clause.start, person.start)) is not None:
        bodies = [m for m in stretch if m.type == "org" and m.start > together.start()]
        return (bodies[0], "合作") if bodies else None
    for m in stretch:
        if m.type != "org" or m.start < lo - _PARTNER_REACH:
            continue
        lead = _PARTNER_LEAD_RE.match(norm, m.end, person.start)
        if lead is not None and all(x.type in ("org", "place") for x in sent.between(lead.end(), person.start)):
            return m, lead.group().strip()
    return None


def _partner_after(reading: Reading, sent: Sentence, hi: int, clause: Any) -> tuple[Any, str] | None:
    """The body right after the expert (and their team), joined by 与 / 和 / 同."""
    lead = _PARTNER_AFTER_RE.match(reading.norm, hi, clause.end)
    if lead is None:
        return None
    body = sent.first_from(lead.end())
    return (body, "与") if body is not None and body.type == "org" and body.start == lead.end() else None


# The local body working with the expert, told before the expert's home body ("我市与中国农业大学教授张福锁团队
# 合作建立科技小院"): 与 right before the home body, a working verb right after the expert (or their team).
_WITH_BEFORE_RE = patterns.compile(r"(?:与|同|和)\s*$")
_WORKS_AFTER_RE = patterns.compile(r"(?:团队|及其团队)?(?:开展|深度|深入)?(?:合作|共建|联合)")


def _partner_of_local_body(norm: str, clause: Any, home: Any, end: int) -> bool:
    return bool(_WITH_BEFORE_RE.search(norm, clause.start, home.start)) and bool(_WORKS_AFTER_RE.match(norm, end))


def leading_station(
    reading: Reading, sent: Sentence, run: list[Any], home: Any, record: Any, used: set[tuple[str, int, int]]
) -> models.Talent | None:
    """ "与中国工程院院士李大伟团队合作共建院士工作站", "新建院士工作站2家，分别由中国工程院院士李大伟、中国科学院
    院士王小平领衔": titled experts named in a sentence that sets up an expert workstation lead it."""
    norm = reading.norm
    if "工作站" not in norm[sent.span.start : sent.span.end]:
        return None
    if _STATION_SET_UP_RE.search(norm, sent.span.start, sent.span.end) is None:
        return None
    first, last = run[0], run[-1]
    if reading.memo.get(_STATIONS_SEEN_KEY, set()).intersection(p.value.name for p in run):
        return None  # the station named after the expert is their record already
    clause = sent.clause_at(first.start)
    before = _TITLE_BEFORE_RE.search(norm, home.end if home is not None else clause.start, first.start)
    after = _TITLE_AFTER_RE.match(norm, last.end, clause.end)
    count = _count_right_after(sent, last) if before is None and after is None and len(run) >= 2 else None
    if count is not None:
        after = _TITLE_AFTER_RE.match(norm, count.end, clause.end)  # "陈某、石某、林某三位院士共同为…揭牌"
    title = before or after
    if title is None:
        return None
    several = bool(sent.between(first.end, last.start, "org"))
    org = home.value.name if home is not None and not several else None
    start = home.start if home is not None else first.start
    hi = after.end() if after is not None else last.end
    names = list(dict.fromkeys(p.value.name for p in run))
    told = count.value if count is not None and after is not None else None
    if told is not None:
        used.add(mention_key(count))
    return record(reading, sent, first, Phrase(title.start(), title.end()), told, names, "flexible", org, start, hi)


def _count_right_after(sent: Sentence, last: Any) -> Any | None:
    """(session 42) The count of the people right after the last of their names (…、林某三位院士)."""
    following = sent.first_from(last.end)
    return following if following is not None and following.type == "count" and following.start == last.end else None


def quoted_stations(reading: Reading, sent: Sentence, record: Any) -> list[models.Talent]:
    """ "此次新增的5家院士专家工作站分别是…“曹尚银专家工作站”；…“钟彩虹专家工作站”": one record of the experts
    the quoted stations of a list are named after (the names are no person mentions, §6). The list runs on
    over the sentences of the paragraph that end with a semicolon."""
    norm = reading.norm
    if "工作站" not in norm[sent.span.start : sent.span.end] or reading.memo.get(_LISTED_KEY, -1) >= sent.index:
        return []
    stretch = _semicolon_list(reading, sent)
    found = [m for m in _QUOTED_STATION_RE.finditer(norm, sent.span.start, stretch.end) if _is_name(m.group("name"))]
    if not found or any(m.type == "person" for m in sent.between(found[0].start(), found[-1].end())):
        return []
    reading.memo[_LISTED_KEY] = reading.sentence_at(found[-1].start()).index
    first, last = found[0], found[-1]
    names = list(dict.fromkeys(m.group("name") for m in found))
    reading.memo.setdefault(_STATIONS_SEEN_KEY, set()).update(names)  # named_stations reads them no more
    category = Phrase(first.start("kind"), first.end("kind"))
    at = At(first.start("name"), first.end("name"))
    hi = min(last.end(), sent.span.end)
    talent = record(reading, sent, at, category, None, names, "flexible", None, first.start(), hi)
    evidence = reading.evidence_span(talent.evidence.start, last.end()) if last.end() > hi else talent.evidence
    return [talent.model_copy(update={"evidence": evidence})]


def named_stations(reading: Reading, sent: Sentence, record: Any) -> list[models.Talent]:
    """ "孙汉董与云南贡润祥茶产业开发有限公司合作建设的孙汉董院士工作站": a station read as an org, named after an
    expert, is that expert brought in; its host is the body named last before it in its clause. Once a report."""
    norm = reading.norm
    if "工作站" not in norm[sent.span.start : sent.span.end]:
        return []
    seen: set[str] = reading.memo.setdefault(_STATIONS_SEEN_KEY, set())
    records = []
    for station in sent.of_type("org"):
        found = next(
            (
                m
                for m in _NAMED_STATION_RE.finditer(norm, station.start, station.end, overlapped=True)
                # a name inside the station's name stands after a body only with its title ("浙江大学李明教授…",
                # "中国工程院院士李德仁院士工作站"): "新大陆环保院士工作站" is named after a firm
                if _is_name(m["name"])
                and (m.start() == station.start or m["title"] or _titled_before(norm, station, m))
            ),
            None,
        )
        if found is None or found.group("name") in seen:
            continue
        seen.add(found.group("name"))
        clause = sent.clause_at(station.start)
        host = next(
            (
                m
                for m in sent.backwards(station.start, clause.start)
                if m.type == "org" and not norm.endswith("工作站", m.start, m.end)
            ),
            None,
        )
        category = Phrase(found.start("kind"), found.end("kind"))
        at = At(found.start("name"), found.end("name"))
        org = host.value.name if host is not None else None
        if found.start() - station.start >= 2:
            # "浙江大学李明教授专家工作站", "中国工程院院士李德仁院士工作站": the body in its name, without the title
            title = _TITLE_BEFORE_RE.search(norm, station.start, found.start())
            body_end = title.start() if title is not None else found.start()
            org = reading.original(station.start, body_end) if body_end - station.start >= 2 else org
        start = host.start if host is not None else station.start
        records.append(
            record(reading, sent, at, category, None, [found.group("name")], "flexible", org, start, station.end)
        )
    return records


def _titled_before(norm: str, station: Any, found: Any) -> bool:
    """A body and a title before the name inside a station's name: "中国工程院院士|李德仁|院士工作站"."""
    return (
        found.start() - station.start >= 2 and _TITLE_BEFORE_RE.search(norm, station.start, found.start()) is not None
    )


def _semicolon_list(reading: Reading, sent: Sentence) -> Phrase:
    """The sentence and those after it in its paragraph, while each before ends with a semicolon."""
    end = sent.span.end
    index = sent.index
    while (
        index + 1 < len(reading.sentences)
        and reading.sentences[index + 1].paragraph == sent.paragraph
        and reading.norm[reading.sentences[index].span.start : end].rstrip().endswith(("；", ";"))
    ):
        index += 1
        end = reading.sentences[index].span.end
    return Phrase(sent.span.start, end)


def _is_name(text: str) -> bool:
    surname = surname_at(text, 0)
    if not (surname > 0 and 1 <= len(text) - surname <= 2 and given_ok(text, surname, len(text))):
        return False
    return not gazetteer.get().lookup(text)  # (session 31) 张家界院士专家工作站: named after a place, no expert


def _flexible_topic(reading: Reading) -> bool:
    found = reading.memo.get(_MEMO_KEY)
    if found is None:
        found = reading.memo[_MEMO_KEY] = _FLEXIBLE_TOPIC_RE.search(reading.norm) is not None
    return bool(found)
