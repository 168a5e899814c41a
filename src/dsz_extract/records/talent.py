"""Talent: people brought in, hired, kept or trained ("新引进高层次人才50人", "选聘聊城大学33名高层次人才").

A talent record is a count of people (名 人 位) whose noun is a kind of talent and that a mode word
governs (引进, 柔性引进, 储备, 聘任, 培养 …, data/lexicon/talent_modes.tsv), or named persons right
after such words ("成功引进国家高层次人才李玮、刘晓鸣", talent_named.py). People hired or appointed count
whatever they are called ("聘任了17名“招商大使”"); guests invited ("邀请来聊嘉宾50余位"), jobs created,
people attending an event ("1000余名博士生集聚一堂") and the level talent has reached ("全市各类人才达到
10.2万人", "人才总量达85万人") are metrics.

What the people of a count are and which mode word governs them is read in talent_counted.py; here a
count is judged (a kind of talent, a part of an intake, the next item of a list; a stock, a level, people
met or attending are no talent: talent_not_counted.py; read against the counts around it: talent_lists.py),
and the sentence's records are built (talent_record.py) and their repeats dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import models, patterns
from ..text import is_heading
from . import (
    changes,
    not_counted,
    talent_appointed,
    talent_bare,
    talent_counted,
    talent_lists,
    talent_not_counted,
    talent_parts,
    talent_present,
    talent_record,
    talent_schemes,
    talent_scope,
    talent_stations,
)
from .context import Reading, mention_key
from .phrase import Phrase
from .sentence import Sentence
from .talent_named import named, persons_listed_after, persons_named_before
from .talent_words import (
    APPLICANT_HEADS,
    APPLICANT_PARTS_RE,
    APPLICATION_UNITS,
    ATTEND_RE,
    CARD_UNITS,
    CATEGORY_RE,
    CHANGE_FROM_RE,
    CHANGE_TO_RE,
    FOR_BODY_RE,
    GATHERED,
    GROWTH_AFTER_RE,
    LIST_OPEN_RE,
    MODE_RE,
    MODES_FOR_ANYONE,
    NOT_TALENT_HEADS,
    PEOPLE_UNITS,
    PROGRAMME_NOUN_RE,
    STAY_AFTER_RE,
    STAY_BEFORE_RE,
    TALENT_VERB_RE,
    TEAM_NOUNS,
    TEAM_UNITS,
    first_of_run,
    profession_taken_on,
    strip_glosses,
)

# A training told after the people it trains counts attendances ("高技能人才培训3万人次").
_TRAINING = "培训"
# What a count of 个 may count under a scheme that is no people: quotas and posts.
_NOT_PEOPLE_AFTER_RE = patterns.compile(r"\s*(?:配额|名额|岗位|职位)")
# How far after a count its growth rate may stand (characters): "…480人，比去年同期增加200人，增幅为71.4%".
_GROWTH_REACH = 30


def read_sentence(reading: Reading, sent: Sentence, used: set[tuple[str, int, int]]) -> list[models.Talent]:
    """The talent records of one sentence; the counts it takes go into `used`."""
    # Named persons first: "引进…人才王强、陈静等3名专家" is one record with its count.
    records = named(reading, sent, used, talent_record.record)
    # Levels told as a change ("人才总量从2021年的680万人增长到2023年的766.7万人") are statistics.
    counts = sent.of_type("count")
    levels = (
        {mention_key(level) for change in changes.changes(reading, sent) for level in change.levels} if counts else ()
    )
    for count in counts:
        if mention_key(count) in used or mention_key(count) in levels:
            continue
        if count.value.unit not in (*PEOPLE_UNITS, *TEAM_UNITS, *APPLICATION_UNITS, *CARD_UNITS):
            continue
        if count.value.unit in CARD_UNITS:
            record = _permit_holders(reading, sent, count)  # cards count people only as permits issued to them
        else:
            record = _counted(reading, sent, count, records)
        if record is not None:
            records.append(record)
            # A count told with its own growth is a metric too, which carries the yoy a talent record cannot; so is
            # a count of work permits issued (就业金卡已核发6571人次), a statistic of the permit as well.
            if not (_told_with_growth(reading, sent, count) or talent_schemes.permit_holders(reading, sent, count)):
                used.add(mention_key(count))
    talent_scope.remember(reading, sent)
    talent_lists.remember_total(reading, sent, records)
    records = _without_names_counted_again(records)
    records.sort(key=lambda t: t.evidence.start)
    return records


def _without_names_counted_again(records: list[models.Talent]) -> list[models.Talent]:
    """ "3位学者陈某、林某、黄某获聘为…", "李德仁院士、王建国教授2名专家": the names read alone (some or all of them)
    and again with their count are one record, the counted one."""
    counted = [set(r.persons) for r in records if r.count is not None and r.persons]
    if not counted:
        return records
    return [r for r in records if r.count is not None or not r.persons or not any(set(r.persons) <= c for c in counted)]


def _told_with_growth(reading: Reading, sent: Sentence, count: Any) -> bool:
    """ "引进高校毕业生40.1万人、增长20.8%", "引进…480人，比去年同期增加200人，增幅为71.4%": a growth rate follows."""
    if not GROWTH_AFTER_RE.match(reading.norm, count.end):
        return False
    return any(p.start - count.end <= _GROWTH_REACH for p in sent.between(count.end, sent.span.end, "percent"))


def drop_repeats(reading: Reading, records: list[models.Talent]) -> list[models.Talent]:
    """A figure a report tells twice (in its lead and again in the body) is one record, the first, unless
    only the later one names the people ("其中还包括3名院士" in the lead, "其中包括3名院士，分别为…院士杜冠华，…"
    in the body: the body's); a headline's figure the body tells again is read as the body reads it
    ("10年吸引万名博士生" over "累计吸引10000余名博士生来青参会研修", people attending: no talent)."""
    seen: dict[tuple[Any, ...], int] = {}
    kept: list[models.Talent] = []
    for record in _without_headline_figures(reading, records):
        if record.count is None:
            if not _named_again(reading, record, kept):
                kept.append(record)
            continue
        key = (record.count.value, record.count.value_max, record.category, record.mode, record.place)
        if key not in seen and (told := _told_before_as_talent(record, kept)) is not None:
            seen[key] = told  # "前两期计划吸引了超过750名人才。…共吸引了超过750名高端人才、优秀人才…": told again
        if key not in seen:
            seen[key] = len(kept)
            kept.append(record)
        elif record.persons and not kept[seen[key]].persons:
            kept[seen[key]] = record
    return kept


def _named_again(reading: Reading, record: models.Talent, kept: list[models.Talent]) -> bool:
    """(session 38) People a record named before, told again with no count and no word of bringing them in ("与王浩院士
    技术团队一起", "王玉忠院士工作站将…", "许为钢当选为中国工程院院士"): the same talent, no second record."""
    if not record.persons:
        return False
    named_before = any(set(record.persons) <= set(other.persons) for other in kept if other.persons)
    return named_before and MODE_RE.search(reading.norm, record.evidence.start, record.evidence.end) is None


def _told_before_as_talent(record: models.Talent, kept: list[models.Talent]) -> int | None:
    """Where the same large figure of people was told before as plain talent (人才, 各类人才) or is told now so, under
    the same mode and place: the report tells one intake twice, once by its kinds."""
    if record.count is None or record.count.value < _RESTATED_AT_LEAST:
        return None
    for i, other in enumerate(kept):
        if other.count is None or (other.count.value, other.count.value_max) != (
            record.count.value,
            record.count.value_max,
        ):
            continue
        same_place = other.place == record.place or other.place is None or record.place is None
        if (
            other.mode == record.mode
            and same_place
            and (_is_plain_talent(other.category) or _is_plain_talent(record.category))
        ):
            return i
    return None


def _is_plain_talent(category: str | None) -> bool:
    return category in _PLAIN_TALENT


# Talent named by no kind ("人才", "各类人才"): a figure told so and by its kinds is one intake.
_PLAIN_TALENT = ("人才", "各类人才", "各類人才")
# Below this, equal figures of people are as likely to be two intakes as one told twice.
_RESTATED_AT_LEAST = 100


def _without_headline_figures(reading: Reading, records: list[models.Talent]) -> list[models.Talent]:
    paragraphs = reading.doc.paragraphs
    in_headline = [
        record.count is not None
        and is_heading(paragraphs[reading.sentence_at(record.evidence.start).paragraph].slice(reading.norm))
        for record in records
    ]
    if not any(in_headline):
        return records
    body = {
        m.value.value
        for m in reading.doc.mentions
        if m.type == "count"
        and m.value.unit in PEOPLE_UNITS
        and not is_heading(paragraphs[reading.sentence_at(m.start).paragraph].slice(reading.norm))
    }
    return [
        r
        for r, headline in zip(records, in_headline, strict=True)
        if not (headline and r.count is not None and r.count.value in body)
    ]


# --- a count of people ------------------------------------------------------------------------------


def _counted(reading: Reading, sent: Sentence, count: Any, earlier: list[models.Talent]) -> models.Talent | None:
    """The talent record of a count of people or teams; `earlier` are the sentence's records before it."""
    clause = sent.clause_at(count.start)
    if (through := _through_scheme(reading, sent, count)) is not None:
        return through
    if (permit := _permit_holders(reading, sent, count)) is not None:
        return permit
    if (present := talent_present.present_rise(reading, sent, count)) is not None:
        # "延攬外國專業人才，111年底外籍專業人員在台人數較前一年度增加8,883人": more of a kind of talent there
        lo = min(present.kind.start, present.mode_at)
        mode_at = present.mode_at if present.mode is not None else None
        return talent_record.record(
            reading, sent, count, present.kind, count.value, [], present.mode, None, lo, count.end, mode_at=mode_at
        )
    if talent_present.present_level(reading, sent, count):
        return None  # "外籍专业人员在台人数为4万人": how many there are, a statistic
    if count.value.unit in APPLICATION_UNITS:
        return None  # applications received, not approved under a scheme: a statistic
    if (listed := talent_schemes.put_on_list(reading, clause.start, clause.end, count.start, count.end)) is not None:
        # "获纳入建议引进人才名单的共有282人": what the list names, brought in when its name says so
        persons = persons_listed_after(reading, sent, listed.end)
        return talent_record.record(
            reading,
            sent,
            count,
            listed.category,
            count.value,
            persons,
            listed.mode,
            None,
            listed.start,
            listed.end,
            mode_at=listed.mode_at,
        )
    if (taken := talent_schemes.taken_into_scheme(reading, sent, count)) is not None:
        # "第一期计划纳入的人才名单已达464名", "第二期计划目前建议纳入24人": a talent scheme took them in
        return talent_record.record(
            reading, sent, count, taken.category, count.value, [], taken.mode, None, taken.start, taken.end
        )
    if (selected := talent_schemes.selected_into_list(reading, sent.span.start, clause.start, count.end)) is not None:
        # "公布了第八批“千人计划”引进人才名单，湖北省又有25人入选": what the list names, mode null
        category, hi = selected
        persons = persons_listed_after(reading, sent, hi)
        return talent_record.record(reading, sent, count, category, count.value, persons, None, None, clause.start, hi)
    if talent_not_counted.intended_only(reading.norm, clause):
        return None  # "活动期间，共达成人才引进意向320人": an intention, nobody brought in yet
    if (made := talent_appointed.made_as(reading, sent, count)) is not None:
        # "确定张伟、李强等52人为我省引进海外高层次创新人才": what they are made, the names before the count
        lo = clause.start if made.persons else count.start
        return talent_record.record(
            reading, sent, count, made.category, count.value, made.persons, made.mode, None, lo, made.end
        )
    if (letter := talent_appointed.letter_given(reading, sent, count)) is not None:
        # "为46名企业家颁发了“客座教授”聘书": hired as the letter says
        lo = clause.start if letter.persons else count.start
        return talent_record.record(
            reading, sent, count, letter.category, count.value, letter.persons, "hired", None, lo, letter.end
        )
    if (job := talent_appointed.appointed_after(reading, sent, count)) is not None:
        # "10名服装设计师受聘为“某联盟”特聘专家": what they were appointed as, whatever they are called
        org = (
            strip_glosses(reading.original(job.organization.start, job.organization.end)) if job.organization else None
        )
        lo = min(count.start, clause.start if job.persons else count.start)
        return talent_record.record(
            reading, sent, count, job.category, count.value, job.persons, "hired", org, lo, job.end
        )
    if CHANGE_FROM_RE.search(reading.norm, max(clause.start, count.start - 1), count.start) and CHANGE_TO_RE.match(
        reading.norm, count.end
    ):
        return None  # "每年新招引大学生从1.6万人增至10万人": the level a change starts from
    noun = _without_leading_date(sent, talent_counted.noun(reading, sent, count))
    if noun:
        noun = talent_stations.after_station(reading, noun)  # "博士后工作站新进站博士后38人": the people
    if not (noun and CATEGORY_RE.search(reading.norm, noun.start, noun.end)) and (
        part := talent_parts.qualified_part(reading, sent, count, _carried(reading, sent) + earlier)
    ):
        # "引进院士157名（其中全职6人）": the total's kind, so qualified
        persons = persons_listed_after(reading, sent, count.end)
        return talent_record.record(
            reading, sent, count, part.category, count.value, persons, part.mode, None, part.start, count.end
        )
    talent_word = TALENT_VERB_RE.search(reading.norm, clause.start, count.start)
    if talent_word is not None and (
        not noun or noun.end <= talent_word.start() or noun.start >= talent_word.start()  # the verb read as a noun
    ):
        # "柔性引才500人", "通过“人才飞地”柔性引才200余人": the verb right before the count says what the people are
        run = list(MODE_RE.finditer(reading.norm, clause.start, count.start))
        mode, mode_at = first_of_run(reading.norm, run) if run else ("introduced", talent_word.start())
        return talent_record.record(
            reading, sent, count, "人才", count.value, [], mode, None, talent_word.start(), count.end
        )
    if not noun and (first := talent_lists.first_after_respectively(reading, sent, count)) is not None:
        # "…人才和…人才分别为320名和1500名": the later counts take the kinds of the first's noun, in turn
        noun = talent_counted.noun(reading, sent, first)
        if talent_lists.respective_kind(reading, sent, noun, count) is None:
            noun = Phrase(0, 0)
    if not noun and (again := talent_lists.same_kind_again(reading, sent, count, earlier)) is not None:
        return again  # "2021年引进博士10名，2022年15名": the people of the count before, counted again
    bare = not noun or (noun.end <= count.start and not CATEGORY_RE.search(reading.norm, noun.start, noun.end))
    if bare and (again := talent_lists.same_kind_by_verb(reading, sent, count, earlier)) is not None:
        return again  # "去年引进博士30名，今年计划引进45名": the same people, under the clause's own verb
    if bare and (intake := _bare_intake(reading, sent, count, noun, earlier)) is not None:
        return intake  # "今年全市共引进1.2万人", "新增延攬人數為6700人": a verb bringing people in names them
    if count.value.unit in PEOPLE_UNITS and (
        part := talent_lists.come_to_work_part(reading, sent, count, _carried(reading, sent) + earlier)
    ):
        return part  # "其中，博士及以上776人；来川创业或全职工作874人": people of the total, named by where they work
    if bare and count.value.unit in PEOPLE_UNITS and (told := talent_bare.counted_next_clause(reading, sent, count)):
        mode, mode_at, kind = told  # "今年共引进各类人才，总数达1260人": the people the clause before brought in
        return talent_record.record(
            reading, sent, count, kind, count.value, [], mode, None, mode_at, count.end, mode_at=mode_at
        )
    if not noun or (
        (STAY_AFTER_RE.match(reading.norm, count.end) or STAY_BEFORE_RE.match(reading.norm, clause.start, count.start))
        and not CATEGORY_RE.search(reading.norm, noun.start, noun.end)
    ):
        if not noun and (kind := talent_schemes.people_of_scheme(reading, sent, count)) is not None:
            # "透过「输入内地人才计划」来港工作的人士去年有2.3万人": a date cut the people from their count
            return talent_record.record(
                reading, sent, count, kind, count.value, [], "introduced", None, clause.start, count.end
            )
        return _stayed(reading, sent, count)
    mode, mode_at = talent_counted.mode(reading, sent, count, noun)
    if (
        mode is None
        and (entry := talent_stations.entered(reading, sent.clause_at(count.start).start, noun)) is not None
    ):
        mode, mode_at = entry  # "新增进站院士12名": experts who joined a workstation work with it flexibly
    norm = reading.norm
    is_category = bool(CATEGORY_RE.search(norm, noun.start, noun.end)) or _is_programme_before(norm, noun, count)
    if (signer := talent_not_counted.signing_themselves(reading, sent, count, noun)) is not None:
        return _signed(reading, sent, count, signer, mode, mode_at)  # "21名引进专家人才代表参加现场签约"
    if mode is not None and mode_at < sent.clause_at(count.start).start:
        # a part listed under a total ("引进各类人才1250人，其中…、本科学历612人") is talent whatever it is called,
        # when the total is ("吸引5000余名求职者，其中硕士320人", "培训农民1.5万人次，其中…": no talent)
        under = mode in MODES_FOR_ANYONE or _part_of_talent_intake(norm, sent, mode_at, count)
        if under is False:
            return None
        is_category = is_category or under is True
    if not is_category and profession_taken_on(norm, noun, mode, mode_at):
        is_category = True  # "引进优秀教师86名、医生32名", "培育新型职业农民3000人": professionals brought in or grown
    if mode is not None and _counts_training(norm, noun, mode_at, count):
        return None  # "开展高技能人才培训3万人次": attendances of a training, not people trained
    if talent_not_counted.counts_services(norm, noun, count):
        return None  # "柔性引进专家人才开展技术服务1200人次": the services the people gave
    if mode == "introduced" and talent_not_counted.admitted_students(norm, noun, mode_at):
        return None  # "今年招收博士研究生620人": students a school admits
    part_of_last = mode is None and talent_lists.part_of_talent_before(reading, sent, count, noun, earlier)
    if part_of_last and not is_category:
        is_category = True  # "新增专业技术人才8600人，其中高级职称1200人": a part of a talent count without a mode
    if part_of_last and earlier[-1].mode is not None:
        # "首批獲批人士共56名，其中高端人才18名": the parts of people let in under a scheme (no mode word) are let in
        mode, mode_at = earlier[-1].mode, count.start
    category, org = (
        talent_lists.respective_kind(reading, sent, noun, count) or noun,
        _organization(reading, sent, count),
    )
    if (holders := talent_schemes.holders_before_permit(reading, noun)) is not None:
        category = holders  # "外國專業人才有效聘僱許可平均每年新增延攬6577人次": the permit's holders
    if noun.start >= count.end and (through := talent_schemes.opens_with_scheme(reading, noun.start, clause.end)):
        # "逾8.1万人经「高才通计划」来港": people counted before the scheme they came through are its kind
        category, mode, mode_at, is_category = (
            talent_schemes.kind_named(reading, through),
            "introduced",
            count.start,
            True,
        )
    if not is_category and (kind := talent_schemes.people_of_scheme(reading, sent, count)) is not None:
        # "经「输入内地人才计划」获批来港的人士有1.8万人": the people who came through a scheme are its kind
        category, mode, mode_at, is_category = kind, "introduced", count.start, True
    if mode is None and is_category and talent_schemes.came_through(reading, sent.span.start, clause.start, clause.end):
        mode, mode_at = "introduced", count.start  # "各项人才计划已有逾12万名人才抵港": came through a scheme
        if noun.start >= count.end and (kind := talent_schemes.opens_with_scheme(reading, noun.start, clause.end)):
            category = talent_schemes.kind_named(
                reading, kind
            )  # "逾8.1万人经各项人才入境计划来港": the scheme's kind, not the words after the count
    if (
        mode is None
        and is_category
        and (
            talent_schemes.approved_to_come(reading, max(count.end, noun.end), clause.end)
            or talent_schemes.approved_to_come_before(reading, clause.start, min(noun.start, count.start))
        )
    ):
        mode, mode_at = "introduced", count.start  # "共有逾6,000名专才获批来港工作", "獲批來港的外籍專才有3.1萬人"
    if mode is None and (total := talent_lists.total_of_parts(reading, sent, count, noun)) is not None:
        # "…引进各类人才1.2万人。其中，博士386人": a part of the total the sentence before ended with, its mode
        mode, mode_at, is_category = total.mode, min(noun.start, count.start), True
    if mode is None and (part := _part_of_intake(reading, sent, count, noun)) is not None:
        # "引进人才中，本科生20170人；到事业单位1947人": a part of the intake, whatever it is called
        mode, mode_at, is_category = part.mode, min(noun.start, count.start), True
        category, org = part.category, part.organization or org
    if not is_category and talent_lists.listed_under_talent(norm, clause, noun):
        is_category = True  # "此次入选人才包含“创新长期”5人": the first part of a list of talent
    if not is_category and talent_lists.class_of_last(reading, sent, noun, earlier):
        is_category = True  # "认定创业类海外高层次人才8人，工作类12人": a class of the kind just counted
    if not is_category and mode is not None and talent_lists.next_in_list(reading, sent, count, noun, earlier, mode):
        is_category = True  # "引进院士2名、国家杰青3名": the next item of a list of talent the verb governs
    if count.value.unit in TEAM_UNITS and (
        mode in (None, GATHERED) or not talent_counted.ends_with(norm, noun, TEAM_NOUNS)
    ):
        return None
    if talent_counted.ends_with(norm, noun, APPLICANT_HEADS) or APPLICANT_PARTS_RE.search(
        norm, clause.start, noun.start
    ):
        return None  # "公开招聘高层次人才现场报名417人（博士4人、…）": applicants and their parts, whatever the verb
    if mode != "hired" and (
        talent_not_counted.attends(reading, sent, count, noun) or talent_counted.ends_with(norm, noun, NOT_TALENT_HEADS)
    ):
        return None  # "10000余名博士生来青参会研修", "56位外国专家组织代表": not brought in
    if (mode is None or mode_at < clause.start) and (
        talent_not_counted.is_level(norm, sent, noun, count) or talent_not_counted.opens_with_stock(norm, clause, noun)
    ):
        return None  # "柔性引进院士6人，全市高层次人才总量达4.5万人": a total, not what the earlier clause brought in
    if mode == GATHERED and talent_not_counted.told_as_total(norm, sent, noun, count):
        return None  # "集聚海内外人才总数超85万人": all the people gathered so far, a total
    if mode == "trained" and talent_not_counted.schooled(reading, sent, mode_at):
        return None  # "该校建校以来已为国家培养各类人才10万余名": a school's alumni
    if mode_at >= clause.start and talent_not_counted.drawn_to_event(reading, sent, mode_at):
        return None  # "论坛吸引了来自全国的500多名专家学者": they came to attend
    if mode is None and is_category and talent_not_counted.signed_with(reading, sent, count):
        # "与112名人才现场签约": signed, so brought in ("签订柔性引才协议": flexibly)
        mode, mode_at = talent_not_counted.signed_mode(reading, sent, count), count.start
    if mode is None and is_category and talent_not_counted.worked_with(reading, sent, count, noun):
        mode, mode_at = "flexible", count.start  # "与20位院士建立合作": experts the body works with
    if mode is None:
        if not is_category or talent_not_counted.is_stock_or_partner(reading, sent, count, noun):
            return None
        if talent_lists.part_of_other_people(reading, sent, count, noun, earlier):
            return None  # "拥有研发人员500余人，其中博士20人": a part of people who are no talent
        if not_counted.an_article(reading.norm, count):
            return None  # "一名农业技术推广专家拿着…", "身为一位科学家": one person told of, no figure
    elif not (is_category or mode in MODES_FOR_ANYONE):
        return None
    lo = min(noun.start, count.start, mode_at if mode is not None else count.start)
    hi = max(noun.end, count.end)
    persons = persons_listed_after(reading, sent, hi) or persons_named_before(reading, sent, count)
    return talent_record.record(
        reading, sent, count, category, count.value, persons, mode, org, lo, hi, mode_at=mode_at
    )


def _signed(
    reading: Reading, sent: Sentence, count: Any, signer: Phrase, mode: str | None, mode_at: int
) -> models.Talent:
    """Talent counted who sign themselves at a signing ("21名引进专家人才代表参加现场签约", "46名高层次人才与用人
    单位签约"): brought in (a mode word between the count and their kind says how: 柔性引进专家), of that kind."""
    norm = reading.norm
    run = list(MODE_RE.finditer(norm, count.end, signer.end))
    if run and run[0].start() - count.end <= 1 and run[-1].end() < signer.end:
        mode, mode_at = first_of_run(norm, run)
        signer = Phrase(max(signer.start, run[-1].end()), signer.end)
    elif mode is None or mode == GATHERED:
        mode, mode_at = talent_not_counted.signed_mode(reading, sent, count), count.start
    organization = _organization(reading, sent, count)
    return talent_record.record(
        reading, sent, count, signer, count.value, [], mode, organization, count.start, signer.end, mode_at=mode_at
    )


def _carried(reading: Reading, sent: Sentence) -> list[models.Talent]:
    """The total of the sentence before, for the parts of a sentence opening with 其中 ("…1500名。其中，全职引进600名")."""
    total = talent_lists.carried_total(reading, sent)
    return [total] if total is not None else []


def _without_leading_date(sent: Sentence, noun: Phrase) -> Phrase:
    """The noun without a date the document found at its start ("目前已招聘860名" names no people; "去年…")."""
    for date in sent.between(noun.start, noun.end, "date"):
        if date.start > noun.start:
            break
        noun = Phrase(date.end, noun.end)
    return noun


def _part_of_talent_intake(norm: str, sent: Sentence, mode_at: int, count: Any) -> bool | None:
    """Whether a count opening a 其中 / 包括 list after an earlier clause's mode word is a part of talent (the
    mode word governs a kind of talent) or of other people (False); None when no list opens."""
    opened = LIST_OPEN_RE.search(norm, mode_at, count.start)
    if opened is None:
        return None
    if ATTEND_RE.search(norm, mode_at, opened.start()) is not None:
        return False  # (session 40) "吸引2500余名各类人才前来求职应聘，其中博士40人": the parts came to the fair too
    return CATEGORY_RE.search(norm, sent.clause_at(mode_at).start, opened.start()) is not None


def _bare_intake(
    reading: Reading, sent: Sentence, count: Any, noun: Phrase | None, earlier: list[models.Talent]
) -> models.Talent | None:
    """Talent (人才) brought in, counted right after the verb with no people named between them."""
    if count.value.unit not in PEOPLE_UNITS or (found := talent_bare.bare_intake(reading, sent, count)) is None:
        return None
    mode, mode_at, lo = found
    if noun and noun.end > lo:
        return None  # the people are named between the verb and the count
    if mode == "hired" and earlier:
        return None  # "全年引进博士10名，招聘120名": whom the second verb hired the sentence does not say
    return talent_record.record(
        reading, sent, count, "人才", count.value, [], mode, None, lo, count.end, mode_at=mode_at
    )


def _counts_training(norm: str, noun: Phrase, mode_at: int, count: Any) -> bool:
    """培训 between the kind of people and the count: the count is of attendances ("技能人才培训3万人次")."""
    return bool(noun) and noun.end <= mode_at < count.start and norm.startswith(_TRAINING, mode_at)


def _through_scheme(reading: Reading, sent: Sentence, count: Any) -> models.Talent | None:
    """People who came, stayed or were approved under an entry scheme ("“优秀人才入境计划”…。该计划…，过去六年共有
    2392人成功申请来港定居", "获批54人", "批出约1.2万宗“优秀人才入境计划”申请"): mode introduced, the scheme's kind."""
    clause = sent.clause_at(count.start)
    if count.value.unit in TEAM_UNITS and _NOT_PEOPLE_AFTER_RE.match(reading.norm, count.end, clause.end):
        return None  # "已批出约5000个配额": quotas granted, not people let in ("47,681个获批" are)
    if not (
        talent_schemes.settles_after(reading, count.end, clause.end)
        or talent_schemes.approved_before(reading, clause.start, count.start)
    ):
        return None
    # the scheme may be named in the sentence before, or after a count of its applications
    before = reading.sentences[sent.index - 1] if sent.index > 0 else sent
    start = before.span.start if before.paragraph == sent.paragraph else sent.span.start
    end = clause.end if count.value.unit in APPLICATION_UNITS else count.start
    # "逾1700人獲分配「優秀人才入境計劃」名額": the scheme named inside the quota allotted
    end = max(end, talent_schemes.allotted_after(reading, count.end, clause.end) or end)
    scheme = talent_schemes.scheme_before(reading, start, end)
    if scheme is None:
        return None
    kind = talent_schemes.kind_named(reading, scheme)
    return talent_record.record(
        reading, sent, count, kind, count.value, [], "introduced", None, clause.start, count.end
    )


def _permit_holders(reading: Reading, sent: Sentence, count: Any) -> models.Talent | None:
    """People issued a permit for foreign talent ("就业金卡核发…达1万2082人次"): brought in, of the permit's kind."""
    if (
        count.value.unit not in (*PEOPLE_UNITS, *CARD_UNITS)
        or (kind := talent_schemes.permit_holders(reading, sent, count)) is None
    ):
        return None
    noun = talent_counted.noun(reading, sent, count)
    if isinstance(kind, Phrase):
        category: Phrase | str = kind  # "核发外国专业人员工作许可…": the permit names its holders
    else:
        category = noun if noun and CATEGORY_RE.search(reading.norm, noun.start, noun.end) else kind
    if not category:
        return None  # a permit done for people of no kind of talent ("为85名员工办理了工作许可")
    lo = sent.clause_at(count.start).start
    return talent_record.record(reading, sent, count, category, count.value, [], "introduced", None, lo, count.end)


def _is_programme_before(norm: str, noun: Phrase, count: Any) -> bool:
    """ "新入选国家“万人计划”8人", "市江海英才计划281人": people counted after the programme they were selected
    into (not "12人入选…计划", where a stock is told)."""
    return noun.end <= count.start and PROGRAMME_NOUN_RE.search(norm, noun.start, noun.end) is not None


def _stayed(reading: Reading, sent: Sentence, count: Any) -> models.Talent | None:
    """ "累计吸引10000余名博士生来青参会研修，3000余人留青就业创业": some of the people just counted stay to
    work; they are those people (the category) brought in by the mode word that counted them."""
    clause = sent.clause_at(count.start)
    stay = STAY_AFTER_RE.match(reading.norm, count.end, clause.end) or STAY_BEFORE_RE.match(
        reading.norm, clause.start, count.start
    )
    earlier = next((c for c in sent.backwards(clause.start, sent.span.start) if c.type == "count"), None)
    if stay is None or earlier is None or earlier.value.unit not in PEOPLE_UNITS:
        return None
    noun = talent_counted.noun(reading, sent, earlier)
    if not noun or not CATEGORY_RE.search(reading.norm, noun.start, noun.end):
        return None
    mode, _ = talent_counted.mode(reading, sent, earlier, noun)
    if mode is None and talent_not_counted.is_stock_or_partner(reading, sent, earlier, noun):
        return None  # "人才驿站累计服务青年人才3200人次，其中留县就业460人": people served, not brought in
    lo, hi = min(count.start, stay.start()), max(count.end, stay.end())
    return talent_record.record(reading, sent, count, noun, count.value, [], mode, None, lo, hi)


@dataclass(frozen=True)
class _Part:
    mode: str
    category: Phrase
    organization: str | None


def _part_of_intake(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> _Part | None:
    """A count listed under a breakdown clause ("引进人才中，…") with nothing but list words before it."""
    clause = sent.clause_at(count.start)
    start = min(noun.start, count.start)
    if talent_scope.is_change(reading, clause.start, count.start) or not talent_counted.goes_on(
        reading, sent, clause.start, start
    ):
        return None
    scope = talent_scope.scope_for(reading, sent, count.start)
    if scope is None:
        return None
    where = talent_scope.destination(reading, noun)
    if where is None:
        return _Part(scope.mode, noun, None)
    return _Part(scope.mode, scope.category, strip_glosses(reading.original(where.start, where.end)))


def _organization(reading: Reading, sent: Sentence, count: Any) -> str | None:
    """Where the people come from: "选聘聊城大学33名高层次人才", "来自清华大学的12名博士"."""
    clause = sent.clause_at(count.start)
    org = next((m for m in sent.backwards(count.start, clause.start) if m.type == "org"), None)
    if org is None:
        served = FOR_BODY_RE.search(reading.norm, clause.start, count.start)  # "为市属事业单位引进…88人"
        return strip_glosses(reading.original(served.start("body"), served.end("body"))) if served else None
    between = reading.norm[org.end : count.start]
    if between in ("", "的") or reading.norm[max(0, org.start - 2) : org.start].endswith(("来自", "从")):
        return org.value.name
    return None
