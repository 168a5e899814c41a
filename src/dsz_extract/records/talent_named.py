"""Talent records of named people: brought in ("成功引进国家高层次人才李玮、刘晓鸣"), appointed ("聘请王志刚、
陈立新为县经济发展顾问"), or given a talent title ("胡瑞忠当选2021年中国科学院院士", "周琦获首届“国家卓越工程师”称号").

The persons are the person mentions of the sentence; a run of them joined by 、 和 及 … is one record.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from .. import models, patterns
from ..dims.org import org_kind
from . import talent_counted, talent_experts, talent_labelled, talent_leaders, talent_schemes
from .context import Reading, dedupe, mention_key
from .phrase import PHRASE_REACH, Phrase
from .sentence import Sentence
from .talent_words import CATEGORY_RE, MODE_RE, PASSIVE_MODE_RE, TRIM, first_of_run

# Persons given a talent title: elected, selected or honoured (mode null), or appointed (hired).
ELECTED_VERBS = (
    "当选为", "当选", "入选为", "入选", "获评为", "获评", "获聘为", "获聘", "受聘为", "受聘", "被聘为", "被聘请为",
    "受聘担任", "获聘担任", "受聘出任", "被聘任为", "被聘任", "获聘任为", "受聘任为",
    "被评为", "被授予", "荣获", "获授", "获得", "获",
)  # fmt: skip
_ELECTED_RE = patterns.compile(r"\s*(?:" + "|".join(sorted(ELECTED_VERBS, key=len, reverse=True)) + ")")
_HIRED_TITLE_RE = patterns.compile(r"\s*(?:获聘|受聘|被聘)")
# A title given with 获 / 荣获 / 被授予 names its honour: "获首届“国家卓越工程师”称号".
_HONOUR_VERBS = ("被授予", "荣获", "获授", "获得", "获")
_TITLE_END_RE = patterns.compile(r"(?:荣誉)?称号")
_PERSON_JOIN = patterns.compile(r"[、和及与,，]")
# A title between a body and the next name of a list ("、北京大学研究员刘晓鸣").
_TITLE_BEFORE_NAME_RE = patterns.compile(r"(?:院士|教授|研究员|副教授|博士|专家|工程师|高级工程师|博士后)")
# The longest kind of people between 等 and the count after a list of names (characters): "等专家12名".
_KIND_BEFORE_COUNT = 8
# "聘请王志刚、陈立新为县经济发展顾问": the appointment after the names.
# "聘任李华、王强3人为…", "聘請陳大文、李小明兩位教授擔任…": the names may be counted first.
_APPOINTED_AS = patterns.compile(
    r"(?:等?[\d两二三四五六七八九十]*[名位人]?(?:专家|教授|院士|学者|博士|研究员)?)?(?:担任|为)"
)


def named(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]], record: Any) -> list[models.Talent]:
    """The records of the sentence's named persons; `record` builds one (talent._record)."""
    records = talent_experts.quoted_stations(reading, sent, record) + talent_experts.named_stations(
        reading, sent, record
    )
    entered, taken = talent_labelled.labelled(reading, sent, record)
    leaders, taken_too = talent_leaders.listed_before_kind(reading, sent, record)
    records += entered + leaders
    taken |= taken_too
    persons = [p for p in sent.of_type("person") if p.start not in taken]
    i = 0
    while i < len(persons):
        run = [persons[i]]
        while i + 1 < len(persons) and _joined(reading, sent, persons[i], persons[i + 1]):
            i += 1
            run.append(persons[i])
        i += 1
        for part in _split_by_title(reading, sent, run):
            found = _named_run(reading, sent, part, used, record)
            if found is not None:
                records.append(found)
    return records


def _split_by_title(reading: Reading, sent: Sentence, run: list[Any]) -> list[list[Any]]:
    """Names each titled after them stay one list when they share the title or a kind after 等 closes the list
    ("李德仁院士、王建国教授等专家"); otherwise each title is a list of its own ("李德仁院士和王建国教授")."""
    norm = reading.norm
    titles = [_TITLE_AFTER_RE.match(norm, p.end) for p in run]
    if len(run) < 2 or not all(titles):
        return [run]
    last = titles[-1]
    kind = _KIND_AFTER_ETC_RE.match(norm, last.end(), sent.clause_at(last.end()).end) if last is not None else None
    if kind is not None or len({t.group() for t in titles if t is not None}) == 1:
        return [run]
    parts: list[list[Any]] = [[run[0]]]
    for previous, person in pairwise(run):
        if _PERSON_JOIN.fullmatch(norm, previous.end, person.start):
            parts[-1].append(person)
        else:
            parts.append([person])
    return parts


def _joined(reading: Reading, sent: Sentence, a: Any, b: Any) -> bool:
    """Two persons of one list: "张三、李四", or each with a body and title of their own ("清华大学教授王振华、
    北京大学研究员刘晓鸣")."""
    norm = reading.norm
    if _PERSON_JOIN.fullmatch(norm, a.end, b.start) or _TITLED_JOIN.fullmatch(norm, a.end, b.start):
        return True  # "张三、李四"; "李德仁院士、王建国教授等专家": each with the title after the name
    between = sent.between(a.end, b.start)
    if _titled_one_by_one(reading, sent, a, b, between):
        return True
    if len(between) != 1 or between[0].type != "org" or not _PERSON_JOIN.fullmatch(norm, a.end, between[0].start):
        return False
    return _TITLE_BEFORE_NAME_RE.fullmatch(norm, between[0].end, b.start) is not None


# (session 24) Names told one by one, each after its bodies and titles, that a count closes ("中国工程院院士、江南大学
# 教授金征宇，南京大学教授、俄罗斯自然科学院外籍院士孙安，青岛理工大学教授孙树峰等4位院士"): one list.
_ONE_BY_ONE_REACH = 60
_CLOSED_BY_COUNT_RE = patterns.compile(r"[^。；;！!？?]*?等[\d两二三四五六七八九十]+[位名人]")
_CLAUSE_BREAK_RE = patterns.compile(r"[。；;！!？?：:]")


def _titled_one_by_one(reading: Reading, sent: Sentence, a: Any, b: Any, between: list[Any]) -> bool:
    """`b` follows `a` after a comma and its own bodies and titles, and a count of people after 等 closes the list."""
    norm = reading.norm
    if b.start - a.end > _ONE_BY_ONE_REACH or norm[a.end : a.end + 1] not in "，,、":
        return False
    if _CLAUSE_BREAK_RE.search(norm, a.end, b.start) or any(m.type not in ("org", "place") for m in between):
        return False
    if _TITLE_BEFORE_NAME_RE.search(norm, b.start - 4, b.start) is None:
        return False
    return _CLOSED_BY_COUNT_RE.match(norm, b.end, sent.span.end) is not None


def _named_run(
    reading: Reading, sent: Sentence, run: list[Any], used: set[tuple[str, int, int]], record: Any
) -> models.Talent | None:
    first = run[0]
    clause = sent.clause_at(first.start)
    previous = next(sent.backwards(first.start, clause.start), None)
    # "柔性引进中国工程院院士张宏伟": the body before the title is where the people come from.
    home = previous if previous is not None and previous.type == "org" else None
    if (
        home is not None
        and home.end < first.start
        and not CATEGORY_RE.search(reading.norm, home.end, first.start)
        and not _body_name(reading.norm, home.end, first.start)
    ):
        home = None
    if home is not None:
        previous = next(sent.backwards(home.start, clause.start), None)
    station = talent_experts.hosted(reading, sent, run, home, record)
    if station is not None:
        return station
    start = max(clause.start, first.start - PHRASE_REACH, previous.end if previous is not None else 0)
    modes = list(MODE_RE.finditer(reading.norm, start, home.start if home is not None else first.start))
    if not modes and _SPECIALLY_HIRED_RE.search(reading.norm, start, first.start):
        # "县政府特聘张建国、李海涛为产业发展顾问": 特聘 before names appointed as something (no mode word: it would
        # cut 特聘专家 as a kind)
        return _appointed(reading, sent, run, "hired", start, record, used)
    if not modes:
        return (
            _elected(reading, sent, run, record, used)
            or _brought_in_as(reading, sent, run, record, used)
            or _brought_in_passive(reading, sent, run, home, record)
            or talent_experts.serving(reading, sent, run, home, record)
            or talent_experts.partnering(reading, sent, run, record)
            or _through_scheme(reading, sent, run, record)
            or talent_experts.leading_station(reading, sent, run, home, record, used)
            or _given_letters_of_appointment(reading, sent, run, record, used)
        )
    mode, _ = first_of_run(reading.norm, modes)
    category = Phrase(home.end if home is not None else modes[-1].end(), first.start)
    hi = run[-1].end
    if not CATEGORY_RE.search(reading.norm, category.start, category.end):
        # "柔性引进北京大学王振华教授团队": the title after the name says what the people are.
        title = _TITLE_AFTER_RE.match(reading.norm, run[-1].end)
        between = TRIM(reading.norm, modes[-1].end(), home.start if home is not None else first.start)
        if title is None or (between and not _body_name(reading.norm, between.start, between.end)):
            return _appointed(reading, sent, run, mode, start, record, used)
        category, hi = Phrase(title.start(), title.end()), title.end()
        if (kind := _KIND_AFTER_ETC_RE.match(reading.norm, hi, sent.clause_at(hi).end)) is not None and (
            CATEGORY_RE.search(reading.norm, kind.start("kind"), kind.end("kind"))
        ):
            # "柔性引进了李德仁院士、王建国教授等专家": what they all are
            category, hi = Phrase(kind.start("kind"), kind.end("kind")), kind.end()

    count = _count_after(reading, sent, run[-1])
    if count is not None:
        used.add(mention_key(count))
        hi = count.end
        kind = TRIM(reading.norm, run[-1].end + 1, count.start)  # "…刘晓鸣等专家12名": what they all are
        if kind and CATEGORY_RE.search(reading.norm, kind.start, kind.end):
            category = kind
        elif (
            _titled_apart(reading, sent, run)
            and (after := _KIND_AFTER_COUNT_RE.match(reading.norm, count.end)) is not None
            and CATEGORY_RE.search(reading.norm, *after.span("kind"))
        ):
            # "院士李培根、浙江大学教授张明等8名专家": names of several titles; the kind after the count names them all
            category, hi = Phrase(*after.span("kind")), after.end("kind")
    names = dedupe(p.value.name for p in run)
    category = TRIM(reading.norm, category.start, category.end)
    # people of several bodies ("清华大学教授王振华、北京大学研究员刘晓鸣") come from no one organisation
    several = bool(sent.between(run[0].end, run[-1].start, "org"))
    org = home.value.name if home is not None and not several else None
    return record(reading, sent, first, category, count.value if count else None, names, mode, org, start, hi)


_HAN_RUN_RE = patterns.compile(r"\p{Han}{3,}")


def _body_name(norm: str, start: int, end: int) -> bool:
    """(session 40) norm[start:end] names a body, or runs a body's name on, by its suffix (中科院|理化研究所|周远院士;
    引进|农业大学|王浩教授), where the org pass read no mention: where the people come from, not a word of the clause."""
    return _HAN_RUN_RE.fullmatch(norm, start, end) is not None and org_kind(norm[start:end]) is not None


def _titled_apart(reading: Reading, sent: Sentence, run: list[Any]) -> bool:
    """The names carry titles (or bodies) of their own between them ("院士李培根、浙江大学教授张明")."""
    first, last = run[0], run[-1]
    return bool(sent.between(first.end, last.start, "org")) or bool(
        _TITLE_BEFORE_NAME_RE.search(reading.norm, first.end, last.start)
    )


def _appointed(
    reading: Reading,
    sent: Sentence,
    run: list[Any],
    mode: str,
    start: int,
    record: Any,
    used: set[tuple[str, int, int]],
) -> models.Talent | None:
    """ "聘请王志刚、陈立新为县经济发展顾问": hired people named before what they are appointed as."""
    if mode != "hired":
        return None
    last = run[-1]
    clause = sent.clause_at(last.start)
    link = _APPOINTED_AS.match(reading.norm, last.end, clause.end)
    if link is None:
        return None
    count = sent.first_from(last.end)
    count = count if count is not None and count.type == "count" and count.end <= link.end() else None
    # (session 36) a body or place opening the post is part of it (聘请王建华、李明为市政府经济顾问): the post runs to the
    # next figure, date or person
    following = next((m for m in sent.between(link.end(), clause.end) if m.type not in ("org", "place")), None)
    end = following.start if following is not None else clause.end
    category = TRIM(reading.norm, link.end(), end)
    if not category:
        return None
    names = dedupe(p.value.name for p in run)
    value = count.value if count is not None else None
    if count is not None:
        used.add(mention_key(count))
    return record(reading, sent, run[0], category, value, names, mode, None, start, category.end)


# Appointing specially, right before the names ("特聘张建国、李海涛为…"; "特聘了").
_SPECIALLY_HIRED_RE = patterns.compile(r"特聘了?\s*$")
# Adverbs between the names and a passive mode word ("张伟、李强均被柔性引进到该县"), or a short clause of what
# they did first ("陈学东、王建宇与我县签约，被柔性引进为…").
_BEFORE_PASSIVE_RE = patterns.compile(
    r"\s*(?:等人?)?(?:(?:与|同|和)[^，,。；;\d]{1,10}?(?:签约|签订\p{Han}{0,6}?协议)[，,]?)?"
    r"(?:均|已经?|先后|分别|也|还|都|成功)*"
)
# The kind right after a count closing a list of names ("等8名专家").
_KIND_AFTER_COUNT_RE = patterns.compile(r"(?P<kind>\p{Han}{2,6}?)(?=[，,。；;、（(]|$|为|担任)")


def _brought_in_passive(
    reading: Reading, sent: Sentence, run: list[Any], home: Any, record: Any
) -> models.Talent | None:
    """ "中国工程院院士张伟、李强被柔性引进到该县": persons named with their title, then 被 and a mode word."""
    norm = reading.norm
    last = run[-1]
    lead = _BEFORE_PASSIVE_RE.match(norm, last.end)
    passive = PASSIVE_MODE_RE.match(norm, lead.end() if lead else last.end)
    if passive is None:
        return None
    clause = sent.clause_at(run[0].start)
    previous = next(sent.backwards(home.start if home is not None else run[0].start, clause.start), None)
    start = max(clause.start, previous.end if previous is not None else clause.start)
    category = TRIM(norm, home.end if home is not None else start, run[0].start)
    if not category or not CATEGORY_RE.search(norm, category.start, category.end):
        title = _TITLE_AFTER_RE.match(norm, last.end)
        if title is None:
            return None  # "张伟被引进": nothing says he is talent
        category = Phrase(title.start(), title.end())
    mode = talent_counted.passive_mode(passive.group("word"))
    names = dedupe(p.value.name for p in run)
    several = bool(sent.between(run[0].end, run[-1].start, "org"))  # people of several bodies come from no one
    org = home.value.name if home is not None and not several else None
    return record(reading, sent, run[0], category, None, names, mode, org, run[0].start, passive.end())


# "梅亮华校长，是府谷中学引进的名优教育专家", "布兰卡·武切蒂奇院士是福州市引进的首位海外院士": the person, then 是, who brought
# them in and what they were brought in as (a title or a word of address may stand between the name and 是).
_BROUGHT_IN_AS_RE = patterns.compile(
    r"(?:院士|教授|研究员|博士|校长|主任|先生|女士|同志)?[，,]?\s*(?:也|就|正|便)?是(?P<by>[^，,。；;]{0,24}?)"
    r"(?P<mode>柔性引进|引进|招引|聘请)的(?P<kind>[^，,。；;“”「」]{2,16}?)(?=[，,。；;]|$)"
)


def _brought_in_as(
    reading: Reading, sent: Sentence, run: list[Any], record: Any, used: set[tuple[str, int, int]]
) -> models.Talent | None:
    """One person told as brought in by a body, and as what: "印明柱是重庆大学附属三峡医院引进的国家级人才"; the person
    counted before the kind (引进的一名产业专家) is the record's count, not a second record."""
    if len(run) != 1:
        return None
    norm, last = reading.norm, run[-1]
    found = _BROUGHT_IN_AS_RE.match(norm, last.end, sent.span.end)
    if found is None:
        return None
    category = TRIM(norm, found.start("kind"), found.end("kind"))  # 首位 / 第一个 are lead words
    if not category or not CATEGORY_RE.search(norm, category.start, category.end):
        return None
    mode = talent_counted.passive_mode(found.group("mode"))
    names = dedupe(p.value.name for p in run)
    count = next(iter(sent.between(found.start("kind"), category.start, "count")), None)
    if count is not None:
        used.add(mention_key(count))
    value = count.value if count is not None else None
    return record(reading, sent, last, category, value, names, mode, None, last.start, found.end())


# (session 31) "向中国科学院院士孙世刚和王钧颁发万州区产业发展顾问聘书", "向李燦院士頒發了聘書", "向王小霞等10位与会专家
# 学者颁发乾县“科技顾问”聘书": people given their letters of appointment are hired; 向 opens their clause's part, and
# (session 32) so does 为 ("苏君为欧阳晓平颁发了“白银市科技顾问”聘书").
_TO = ("向", "为")
# (session 41) not 获颁: people receiving their letters (12位在外乡贤获颁“招商大使”聘书) are named by what they are.
_GIVES = r"(?<!获)(?:颁发|颁授|授予|颁|发放)"
LETTER_RE = patterns.compile(rf"\s*{_GIVES}了?(?P<post>[^，,。；;]{{0,24}}?)聘(?:书|任书|请书|任证书|用证书)")
# The names' title and the 等… closing their list, up to the verb of giving ("…教授等8位专家|颁发").
_NAMES_TO_LETTER_RE = patterns.compile(
    rf"(?:院士|教授|研究员|博士|专家|先生|女士)?(?:等[^，,。；;]{{0,12}}?)?(?=\s*{_GIVES})"
)


def _given_letters_of_appointment(
    reading: Reading, sent: Sentence, run: list[Any], record: Any, used: set[tuple[str, int, int]]
) -> models.Talent | None:
    norm, first, last = reading.norm, run[0], run[-1]
    clause = sent.clause_at(first.start)
    to = max(norm.rfind(word, clause.start, first.start) for word in _TO)
    if to < 0 or any(m.type not in ("org", "place", "person") for m in sent.between(to + 1, first.start)):
        return None
    names_end = _NAMES_TO_LETTER_RE.match(norm, last.end, clause.end)
    if names_end is None:
        return None
    letter = LETTER_RE.match(norm, names_end.end(), clause.end)
    if letter is None:
        return None
    count = next(iter(sent.between(last.end, names_end.end(), "count")), None)
    if count is not None:
        used.add(mention_key(count))
    before = next(sent.backwards(first.start, to + 1), None)
    title = TRIM(norm, before.end if before is not None else to + 1, first.start)
    if not title or not CATEGORY_RE.search(norm, title.start, title.end):
        after = _TITLE_AFTER_RE.match(norm, last.end)
        people = TRIM(norm, count.end, names_end.end()) if count is not None else None
        title = (
            Phrase(after.start(), after.end()) if after is not None else letter_category(reading, sent, letter, people)
        )
    if not title:
        return None
    # names told one by one, each with its bodies and titles (孙世刚和…名誉院长王钧), are one list
    names = dedupe(p.value.name for p in sent.between(to + 1, last.end, "person"))
    value = count.value if count is not None else None
    return record(reading, sent, first, title, value, names, "hired", None, to, letter.end())


_QUOTED_POST_RE = patterns.compile(r"[“「『\"](?P<post>[^”」』\"]{2,12})[”」』\"]")
# People called by a kind of talent at the end of their noun (院士, 院士专家), not only inside it (人才组织代表).
_TALENT_AT_END_RE = patterns.compile(rf"(?:{CATEGORY_RE.pattern})[”」』\"]?$")


def letter_category(reading: Reading, sent: Sentence, letter: Any, people: Phrase | None) -> Phrase:
    """The kind of people given letters of appointment (`letter`, a LETTER_RE match), `people` what a count before it
    calls them: the post the letter names in quotes (乾县“科技顾问”聘书), else the talent they are (为蹇锡高等4名院士颁发
    了…顾问聘书), else the post named plainly, after a place (万州区|产业发展顾问), else what they are called."""
    norm = reading.norm
    quoted = _QUOTED_POST_RE.search(norm, letter.start("post"), letter.end("post"))
    if quoted is not None:
        return Phrase(*quoted.span("post"))
    if people and _TALENT_AT_END_RE.search(norm, people.start, people.end) is not None:
        return people
    place = next(iter(sent.between(letter.start("post"), letter.end("post"), "place")), None)
    post = TRIM(norm, place.end if place is not None else letter.start("post"), letter.end("post"))
    return people if not post and people else post


def _elected(
    reading: Reading, sent: Sentence, run: list[Any], record: Any, used: set[tuple[str, int, int]]
) -> models.Talent | None:
    """Persons elected, selected or appointed to a talent title: "胡某当选2021年中国科学院院士",
    "李某受聘为省特聘专家" (mode null, or hired for an appointment)."""
    last = run[-1]
    clause = sent.clause_at(last.start)
    titled = _TITLE_AFTER_RE.match(reading.norm, last.end, clause.end)  # "张宏伟研究员荣获…"
    count = _count_after(reading, sent, last) if titled is None else None
    lead = _BEFORE_ELECTED_RE.match(reading.norm, count.end if count else titled.end() if titled else last.end)
    verb = _ELECTED_RE.match(reading.norm, lead.end(), clause.end) if lead else None
    if verb is None:
        return None
    end = clause.end
    if verb.group().strip() in _HONOUR_VERBS:
        title_end = _TITLE_END_RE.search(reading.norm, verb.end(), clause.end)
        if title_end is None:
            return None  # "获…奖": an award, not a talent title
        end = title_end.start()
    title = Phrase(verb.end(), end)
    # A date right after the verb opens the title ("当选2021年中国科学院院士"); a body or place stays in it
    # ("当选中国科学院院士", "荣获“全国杰出专业技术人才”称号"); any other mention ends it.
    # (session 29) A body after 、 opening the next person's item (…当选化学部院士、空军军医大学窦科峰当选…) ends it too.
    following_mentions = sent.between(verb.end(), end)
    for k, following in enumerate(following_mentions):
        if following.type == "date" and following.start == title.start:
            title = Phrase(following.end, end)
        elif following.type not in ("org", "place") or _opens_the_next_item(
            reading, following, following_mentions[k + 1 :]
        ):
            title = Phrase(title.start, following.start)
            break
    category = TRIM(reading.norm, title.start, title.end)
    mode = "hired" if _HIRED_TITLE_RE.match(verb.group()) else None
    # people appointed count whatever the post is called ("受聘为市政府科技顾问"); a title given must name talent
    if not category or (mode is None and not CATEGORY_RE.search(reading.norm, category.start, category.end)):
        return None
    names = dedupe(p.value.name for p in run)
    hi = max(category.end, end)
    if count is not None:
        used.add(mention_key(count))
    return record(reading, sent, run[0], category, count.value if count else None, names, mode, None, run[0].start, hi)


# (session 40) Between the names and the verb: the count closing their list and adverbs ("王某、李某等3人成功入选…").
# (session 42) ... or the titles they share after 等 ("陈某、石某等院士、教授被聘任为…").
_BEFORE_ELECTED_RE = patterns.compile(
    rf"(?:等(?:(?:{talent_experts.EXPERT_TITLES}|学者)[、和及]?){{1,4}})?(?:成功|均|先后|分别|同时|已经?|也|还|都)*"
)


def _opens_the_next_item(reading: Reading, body: Any, after: list[Any]) -> bool:
    """A body told after 、 right before a person's name: the next item of a list of people, not part of a title."""
    return (
        reading.norm[body.start - 1 : body.start] == "、"
        and bool(after)
        and after[0].type == "person"
        and after[0].start == body.end
    )


def _through_scheme(reading: Reading, sent: Sentence, run: list[Any], record: Any) -> models.Talent | None:
    """ "齐佳，2009年获香港滑冰联盟邀请，透过输入内地人才计划来港担任花样滑冰教练": brought in through a scheme."""
    last = run[-1]
    scheme = talent_schemes.through_scheme(reading, last.end, sent.span.end)
    if scheme is None or any(p.type == "person" for p in sent.between(last.end, scheme.start)):
        return None
    if _SPEAKER_RE.match(reading.norm, last.end) or _BYLINE_RE.search(
        reading.norm, max(0, run[0].start - 6), run[0].start
    ):
        return None  # "记者王小明介绍，…": who tells of it, not who came
    names = dedupe(p.value.name for p in run)
    return record(reading, sent, run[0], scheme, None, names, "introduced", None, run[0].start, scheme.end)


def _count_after(reading: Reading, sent: Sentence, last: Any) -> Any | None:
    """The count closing a list of names: "王强、陈静等3名专家", "王振华、刘晓鸣等专家12名"."""
    following = sent.first_from(last.end)
    if following is None or following.type != "count" or not reading.norm.startswith("等", last.end):
        return None
    if following.start - last.end <= 2:
        return following
    kind = TRIM(reading.norm, last.end + 1, following.start)
    near = (
        following.start - last.end <= _KIND_BEFORE_COUNT and kind.start == last.end + 1 and kind.end == following.start
    )
    return following if near and CATEGORY_RE.search(reading.norm, kind.start, kind.end) else None


def persons_named_before(reading: Reading, sent: Sentence, count: Any) -> list[str]:
    """Names listed right before the count of the people they are ("为刘振宇、陈立明两位专家颁发聘书", "王强、陈静等
    3名专家" read from the count's side)."""
    norm = reading.norm
    run: list[Any] = []
    end = count.start
    for mention in sent.backwards(count.start, sent.clause_at(count.start).start):
        gap = norm[mention.end : end]
        joined = (_NAMES_TO_COUNT_RE if not run else _NAME_TO_NAME_RE).fullmatch(gap) is not None
        if mention.type != "person" or not joined:
            break
        run.append(mention)
        end = mention.start
    # names told one by one before, each after its bodies and titles (…教授金征宇，…院士孙安，…教授孙树峰等4位院士)
    if run:
        earlier = [p for p in sent.of_type("person") if p.end <= run[-1].start]
        while earlier and _titled_one_by_one(
            reading, sent, earlier[-1], run[-1], sent.between(earlier[-1].end, run[-1].start)
        ):
            run.append(earlier.pop())
    return dedupe(p.value.name for p in reversed(run))


# What may stand between the last name and the count ("李德仁院士、王建国教授2名专家", "…等3名"), and between names.
_NAMES_TO_COUNT_RE = patterns.compile(r"(?:院士|教授|研究员|博士|专家)?等?")
_NAME_TO_NAME_RE = patterns.compile(r"(?:院士|教授|研究员|博士|专家)?[、和及与,，]")


def persons_listed_after(reading: Reading, sent: Sentence, end: int) -> list[str]:
    """Persons a count's record lists right after it: "柔性引进院士3名，分别是…院士王振华、…赵永刚",
    "柔性引进院士3名（张三、李四、王五）", "其中两名分别是：…教授林某，…研究员陈某"."""
    here = _LISTED_HERE.match(reading.norm, end)
    if here is not None:
        stop = sent.clause_at(end).end
        closing = _CLOSING.get(here.group().strip())
        if closing is not None:
            found = reading.norm.find(closing, here.end(), stop)
            stop = found if found >= 0 else stop
            return dedupe(p.value.name for p in sent.between(here.end(), stop, "person"))
        return _listed_from(sent, sent.clause_index(end))
    nxt = sent.clause_index(end) + 1
    if nxt >= len(sent.clauses):
        return []
    clause = sent.clauses[nxt]
    if not _LISTED.match(reading.norm, clause.start) and not (
        _LISTED_SHORT.match(reading.norm, clause.start) and _names_only(sent, clause)
    ):
        return []
    return _listed_from(sent, nxt)


def _listed_from(sent: Sentence, first: int) -> list[str]:
    """The persons of a list opening in clause `first`; the list runs on over the clauses after it that name
    people ("分别是：…院士何琳，…教授马丁")."""
    last = first
    while last + 1 < len(sent.clauses) and _names_only(sent, sent.clauses[last + 1]):
        last += 1
    return dedupe(p.value.name for p in sent.between(sent.clauses[first].start, sent.clauses[last].end, "person"))


def _names_only(sent: Sentence, clause: Any) -> bool:
    """A clause that names a person and tells nothing else countable."""
    found = sent.between(clause.start, clause.end)
    return any(m.type == "person" for m in found) and all(m.type in ("person", "org", "place") for m in found)


_LISTED = patterns.compile(r"\s*(?:分别是|分别为|包括|即|他们是|名单为)[:：]?")
# "新当选中国工程院院士1人，为浙江大学教授刘建平": 为 / 是 open a list only of a clause that names people and nothing else.
_LISTED_SHORT = patterns.compile(r"\s*(?:为|是)(?=\p{Han})")
# A list in brackets or after a colon right after the count: "柔性引进院士3名（张三、李四、王五）".
_LISTED_HERE = patterns.compile(r"\s*(?:(?:分别是|分别为)[:：]?|[:：（(])")
_CLOSING = {"（": "）", "(": ")"}
# A title after a name that says what a person brought in is: "王振华教授团队", "李德明院士".
# Who tells of it rather than who came: "王小明介绍，…", "记者王小明".
_SPEAKER_RE = patterns.compile(r"\p{Han}{0,4}?(?:介绍|表示|说|指出|称|透露|认为)")
_BYLINE_RE = patterns.compile(r"(?:记者|通讯员|编辑|作者)\s*$")
_TITLE_AFTER_RE = patterns.compile(rf"(?:{talent_experts.EXPERT_TITLES})(?:团队|工作室)?")
# Names of a list each with its title after it: "李德仁院士、王建国教授".
_TITLED_JOIN = patterns.compile(r"(?:院士|教授|研究员|博士|专家)[、和及与]")
# The kind after 等 closing a list of titled names: "…王建国教授等专家" (up to the clause's end).
_KIND_AFTER_ETC_RE = patterns.compile(r"等(?P<kind>\p{Han}{2,8}?)(?=[，,。；;、]|$)")
