"""What the people of a count are and which mode word brought them in: "引进了200余名博士" → 博士, introduced.

The noun is read before the count, else after it ("21名博士后到新区挂职"), trimmed to the kind of talent it
names: examples before 等 stay with it ("博士后等青年人才"), a leading mode word, a picking verb (认定, 入选)
and where the people come to work ("招引大学生留区就业创业") do not. The mode word stands in the count's
clause, else after its people, else in an earlier clause of the same list ("引进人才500人，其中博士20人").
talent.py decides from these whether the count is talent at all, and judges lists and stocks with the
same list reading (`goes_on`, `counts_people`) and heads (`ends_with`).
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from . import talent_means, talent_scope
from .context import KIND_REACH, Reading
from .phrase import PHRASE_REACH, Phrase, is_closed_after, left_phrase, right_phrase
from .sentence import Sentence
from .talent_words import (
    ALL_KINDS_RE,
    CATEGORY_RE,
    COME_TO_WORK_RE,
    EXAMPLES_BEFORE_RE,
    FLEXIBLE_PREFIX,
    GROWTH_CLAUSE_RE,
    HONOUR_AFTER_RE,
    LIST_GOES_ON_RE,
    LIST_OPEN_RE,
    MODE_AFTER_RE,
    MODE_OF,
    MODE_RE,
    NOMINAL_MODE_RE,
    NOT_TALENT_HEADS,
    PASSIVE_MODE_RE,
    PEOPLE_DO_RE,
    PEOPLE_HEADS,
    PEOPLE_UNITS,
    QUOTES,
    RETURNS_AFTER_RE,
    TEAM_NOUNS,
    TEAM_UNITS,
    TITLE_END_RE,
    TRIM,
    WORK_BEFORE_KIND_RE,
    first_of_run,
    mode_of,
    strip_glosses,
)

_AMONG = ("中", "当中", "之中")
_CLOSE_QUOTE_RE = patterns.compile(r"[”」』\"]")
# A breakdown's 中 closing the people after their count ("1200名人才中，硕士以上学历占60%").
_AMONG_END_RE = patterns.compile(r"(?:当中|之中|中)$")
# How far after the people counted a word of attending or a mode word is looked for (characters).
AFTER_REACH = 24
# The longest example before 等 that is part of a category ("国家领军人才等专家"), in characters.
_EXAMPLE_REACH = 16
# The longest short example (characters) and what separates examples.
_SHORT_EXAMPLE = 6
_EXAMPLE_SPLIT_RE = patterns.compile(r"[、，,和及与]")


# --- what the people are ----------------------------------------------------------------------------


def noun(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    """What the people counted are: the phrase before the count, or after it ("引进了200余名博士"), ending with
    a kind of talent that a verb follows."""
    return _ends_at_its_kind(reading.norm, _noun(reading, sent, count))


# (session 30) What the people do or get right after their kind ("三名院士|获…奖", "8位院士|发来…", "7名在陕科学家|新当选…",
# "1031名高层次人才|持有…", "30多位人才|还是带着项目来的"): no part of what they are.
_DO_AFTER_KIND_RE = patterns.compile(r"获|发来|新当选|当选|还是|持有|授予|均|都|也|已|将|共")


def _ends_at_its_kind(norm: str, noun: Phrase) -> Phrase:
    for kind in CATEGORY_RE.finditer(norm, noun.start, noun.end):
        if kind.end() < noun.end and _DO_AFTER_KIND_RE.match(norm, kind.end()):
            return Phrase(noun.start, kind.end())
    return noun


def _noun(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    clause = sent.clause_at(count.start)
    left = _with_examples(reading, sent, left_phrase(reading, sent, count, TRIM)) or label_before_colon(
        reading, sent, count
    )
    left = _kind_before_place_of_work(reading, sent, left) or left
    if _names_people_counted_before(reading, sent, count, left):
        left = Phrase(0, 0)  # "邀请了10位院士、50余位企业家": 院士 are the people of the count before
    if is_closed_after(reading.norm, count, clause.end) or _selected_into_programme(reading, count, clause.end):
        return _category_of(reading, left)
    right = (
        _category_before_de(reading, sent, count, clause.end)
        or _honour_after(reading, sent, count)
        or _right_noun(reading, sent, count)
        or _noun_after_their_body(reading, sent, count)
    )
    if right and not CATEGORY_RE.search(reading.norm, right.start, right.end):
        right = _noun_after_de(reading, sent, count) or right
    if not right or _left_names_them(reading, sent, left, right):
        return _category_of(reading, left)
    return _category_of(reading, right)


# Where people come or stay to work, told by a place's one-character name that the document reads as a place
# ("留鲁来鲁就业创业", "回沪创业就业", "来鄂就业"): the word right before the place, and what they do there.
_COME_BEFORE_PLACE_RE = patterns.compile(r"[来留回返到赴]$")
_WORK_ONLY_RE = patterns.compile(r"(?:就业|创业|工作|发展|定居|服务)+")
_COME_PAIR_RE = patterns.compile(r"[来留回返到赴]\p{Han}$")


def _kind_before_place_of_work(reading: Reading, sent: Sentence, left: Phrase) -> Phrase:
    """ "吸引高校毕业生留鲁来鲁就业创业15.2万人": the place mention cut the words before the count to 就业创业;
    the kind of talent stands before where the people come to work."""
    norm = reading.norm
    if not left or _WORK_ONLY_RE.fullmatch(norm, left.start, left.end) is None:
        return Phrase(0, 0)
    clause = sent.clause_at(left.start)
    at = left.start
    for mention in sent.backwards(at, clause.start):
        if (
            mention.type != "place"
            or norm[mention.end : at].strip()
            or not _COME_BEFORE_PLACE_RE.search(norm, clause.start, mention.start)
        ):
            break
        at = mention.start - 1
    if at == left.start:
        return Phrase(0, 0)
    while (pair := _COME_PAIR_RE.search(norm, clause.start, at)) is not None:
        at = pair.start()  # "留鲁来鲁": the first one-character name the document did not read as a place
    previous = next(iter(sent.backwards(at, clause.start)), None)
    start = max(clause.start, at - PHRASE_REACH, previous.end if previous is not None else clause.start)
    kind = TRIM(norm, start, at)
    return kind if kind and CATEGORY_RE.search(norm, kind.start, kind.end) else Phrase(0, 0)


# What joins the people of one count to the next count of a list ("10位院士、50余位企业家").
_NEXT_COUNT_JOIN_RE = patterns.compile(r"[\s、，,和及与]+")


def _names_people_counted_before(reading: Reading, sent: Sentence, count: Any, left: Phrase) -> bool:
    """Whether the words before a count are the people of the count before it, a list word between them and
    this count ("邀请了10位院士、50余位企业家作主旨演讲": the 50 are 企业家, not 院士)."""
    if not left:
        return False
    previous = next(iter(sent.backwards(count.start, sent.clause_at(count.start).start)), None)
    if previous is None or previous.type != "count" or previous.value.unit not in PEOPLE_UNITS:
        return False
    norm = reading.norm
    return (
        not norm[previous.end : left.start].strip(" 的")
        and _NEXT_COUNT_JOIN_RE.fullmatch(norm, left.end, count.start) is not None
    )


def label_before_colon(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    """ "引进博士：12人；硕士：86人": a count opening its clause after a colon is counted under the label before it
    (the words after the last mention or mode word of the clause the colon closes)."""
    norm = reading.norm
    index = sent.clause_index(count.start)
    clause = sent.clauses[index]
    if index == 0 or norm[clause.start : count.start].strip() or _COLON_RE.match(norm, clause.start - 1) is None:
        return Phrase(0, 0)
    label = sent.clauses[index - 1]
    start = max(label.start, clause.start - 1 - _LABEL_REACH)
    previous = next(iter(sent.backwards(clause.start - 1, start)), None)
    if previous is not None:
        start = previous.end
    modes = list(MODE_RE.finditer(norm, start, clause.start - 1))
    end = clause.start - 1
    if modes and not norm[modes[-1].end() : end].strip() and modes[-1].start() - start >= 2:
        end = modes[-1].start()  # "人才引进：1200人": the mode word closes the label, the people stand before it
    elif modes:
        start = modes[-1].end()
    found = TRIM(norm, start, end)
    if not found or not (
        CATEGORY_RE.search(norm, found.start, found.end) or talent_scope.scope_for(reading, sent, count.start)
    ):
        return Phrase(0, 0)  # a label of no talent ("参会人数："), unless a list of those brought in goes on
    return found


_COLON_RE = patterns.compile(r"[：:]")
# The longest label before a colon read as what the count after it counts (characters).
_LABEL_REACH = 12


def _left_names_them(reading: Reading, sent: Sentence, left: Phrase, right: Phrase) -> bool:
    """The kind of talent before a count names its people when the words after it name none, or name the
    people of the next count of a list ("包括高端人才22名、优秀人才83名及高级专业人才282名"); pages that lost
    their punctuation run on into the next clause ("引进…领域人才10万余人利用海河英才创业大赛")."""
    norm = reading.norm
    if not left or not CATEGORY_RE.search(norm, left.start, left.end) or ends_with(norm, left, _AMONG):
        return False  # "引进人才中2人获中国政府友谊奖": some of those brought in, not what they are
    if not CATEGORY_RE.search(norm, right.start, right.end):
        return True
    following = sent.first_from(right.end)
    return (
        following is not None
        and following.type == "count"
        and following.value.unit in PEOPLE_UNITS
        and not norm[right.end : following.start].strip()
    )


def _honour_after(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    """ "183人荣获中华技能大奖全国技术能手", "12人入选省级技能大师": the title the people were given."""
    clause = sent.clause_at(count.start)
    verb = HONOUR_AFTER_RE.match(reading.norm, count.end, clause.end)
    if verb is None:
        return Phrase(0, 0)
    end = clause.end
    title_end = TITLE_END_RE.search(reading.norm, verb.end(), clause.end)
    if title_end is not None:
        end = title_end.start()
    start = verb.end()
    following = sent.first_from(start)
    while following is not None and following.type in ("date", "place") and following.start == start:
        start = following.end  # "入选2013年自治区…工程": the year and the place are no part of the title
        following = sent.first_from(start)
    if following is not None and following.start < end and following.type not in ("org", "place"):
        end = following.start
    if (stop := PEOPLE_DO_RE.search(reading.norm, start + 2, end)) is not None:
        end = stop.start()  # "60名入选…人才引进工程人员|给予…奖励": what is done for them ends the title
    title = TRIM(reading.norm, start, end)
    return title if title and CATEGORY_RE.search(reading.norm, title.start, title.end) else Phrase(0, 0)


def _selected_into_programme(reading: Reading, count: Any, end: int) -> bool:
    """ "114人入选万人领军、长江学者等国家级人才工程", "56人入选“万人计划”": the words after the count name a
    programme, not what the people are; how many a programme took is a statistic unless a noun before the count
    names them ("39名科技人才入选国家级人才计划")."""
    selected = _SELECTED_INTO_RE.match(reading.norm, count.end, end)
    if selected is None:
        return False
    stop = _CLAUSE_STOP_RE.search(reading.norm, selected.end(), end)
    return _PROGRAMME_END_RE.search(reading.norm, selected.end(), stop.start() if stop else end) is not None


# 入选 right after the count, and what ends the programme's name: a clause stop or 的 / 后.
_SELECTED_INTO_RE = patterns.compile(r"\s*(?:成功|新|先后|分别)?入选(?:了)?")
_CLAUSE_STOP_RE = patterns.compile(r"[，,。；;：:（(]")
# What a programme's name ends in (人才工程, “万人计划”, 支持项目): people selected into one are given no title.
_PROGRAMME_END_RE = patterns.compile(r"(?:工程|计划|项目)[”」』\"》]?\s*$")


def _with_examples(reading: Reading, sent: Sentence, noun: Phrase) -> Phrase:
    """A kind named by short examples before 等 is part of the category: "博士后等青年人才", "国家领军人才等专家";
    after a long list only the head is: "…院士、…团队、…教授等人才" → 人才."""
    norm = reading.norm
    if not noun:
        return noun
    etc = norm.rfind("等", noun.start, noun.end)
    if etc >= 0 and noun.end - etc > 2:
        head = Phrase(etc + 1, noun.end)
    elif norm.startswith("等", noun.start - 1):
        etc, head = noun.start - 1, noun
    else:
        return noun
    clause = sent.clause_at(noun.start)
    reach = etc - _EXAMPLE_REACH
    previous = next(sent.backwards(etc, max(clause.start, reach)), None)
    start = max(clause.start, reach, previous.end if previous is not None else reach)
    modes = list(MODE_RE.finditer(norm, start, etc))
    if modes:
        start = modes[-1].end()
    elif start == reach and reach > clause.start:
        return head  # the examples run on past the reach: a long list
    examples = TRIM(norm, start, etc)
    if examples and _long_example(norm, examples):
        return head  # "…院士、…团队、…教授等人才": examples told at length are no part of the kind
    if examples and CATEGORY_RE.search(norm, examples.start, examples.end):
        return Phrase(examples.start, head.end)
    return head


def _long_example(norm: str, examples: Phrase) -> bool:
    """Whether an example listed before 等 is more than a short word ("院士、教授、博士、硕士" are short) or is a
    programme's quoted name ("“西部之光”、“青年英才”等青年人才" → 青年人才)."""
    items = _EXAMPLE_SPLIT_RE.split(norm[examples.start : examples.end])
    return any(len(item) > _SHORT_EXAMPLE or _CLOSE_QUOTE_RE.search(item) for item in items)


def _right_noun(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    """The noun after the count, up to what the people do ("为5名专家颁发聘书", "21名博士后到新区挂职")."""
    noun = right_phrase(reading, sent, count, TRIM)
    if not noun:
        return noun
    stop = _people_do(reading.norm, noun.start + 2, noun.end)
    if stop is not None:
        noun = TRIM(reading.norm, noun.start, stop)
    if (back := RETURNS_AFTER_RE.search(reading.norm, noun.start + 2, noun.end)) is not None:
        noun = TRIM(reading.norm, noun.start, back.start())  # "500余名海外留学人员|回国创业": coming back ends them
    among = _AMONG_END_RE.search(reading.norm, noun.start + 2, noun.end)
    if among is not None:
        noun = Phrase(noun.start, among.start())  # "今年引进的1200名人才中，…": the people, not the breakdown
    # "为2318名高层次人才提供经费支持": the people end with the last kind of talent named, unless the noun
    # ends with people of its own ("150名高层次嘉宾", "50名高层次管理人员")
    kinds = list(CATEGORY_RE.finditer(reading.norm, noun.start, noun.end))
    if not kinds or noun.end - kinds[-1].end() < 2 or ends_with(reading.norm, noun, (*NOT_TALENT_HEADS, *PEOPLE_HEADS)):
        return noun  # "56位外国专家组织代表" stays whole: representatives are no talent
    return Phrase(noun.start, kinds[-1].end())


def _noun_after_their_body(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    """ "引进张某、李某等5名宁夏大学教授": the body the people come from stands between the count and what they
    are; the kind of talent after it is the noun (with the place, where a place stands there)."""
    body = sent.first_from(count.end)
    if body is None or body.type not in ("org", "place") or reading.norm[count.end : body.start].strip():
        return Phrase(0, 0)
    noun = _right_noun(reading, sent, body)
    if not noun or not CATEGORY_RE.search(reading.norm, noun.start, noun.end):
        return Phrase(0, 0)
    # (session 36) a place before the kind says where the people are from and is part of what they are ("聘请6位大湾区
    # 高层次人才为…": 大湾区高层次人才), as the gold names them; a body is where they work ("5名宁夏大学教授": 教授)
    return Phrase(body.start, noun.end) if body.type == "place" else noun


def _people_do(norm: str, start: int, end: int) -> int | None:
    """Where what the people do begins in [start, end): a verb (获得, 进入 …) that does not open a kind of talent
    ("3名诺奖获得者": 获得者 is what they are)."""
    for stop in PEOPLE_DO_RE.finditer(norm, start, end):
        if not CATEGORY_RE.match(norm, stop.start(), end):
            return stop.start()
    return None


def _noun_after_de(reading: Reading, sent: Sentence, count: Any) -> Phrase:
    """ "20名涉及金融、规划等行业的上海“专家博士服务团”": what the people are comes after a long 的 phrase."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    de = norm.rfind("的", count.end, clause.end)
    if de < 0:
        return Phrase(0, 0)
    start = de + 1
    for m in sent.between(start, clause.end):
        if m.type != "place" or norm[start : m.start].strip(QUOTES):
            break
        start = m.end  # "…的上海“专家博士服务团”": where they come from is no part of what they are
    end = clause.end
    if norm[start : start + 1] in QUOTES and (close := _CLOSE_QUOTE_RE.search(norm, start + 1, end)) is not None:
        end = close.end()  # "“专家博士服务团”开展技术指导": the quoted name
    elif (stop := PEOPLE_DO_RE.search(norm, start + 2, end)) is not None:
        end = stop.start()
    noun = TRIM(norm, start, end)
    if not noun or sent.between(noun.start, noun.end) or not CATEGORY_RE.search(norm, noun.start, noun.end):
        return Phrase(0, 0)
    return noun


def _category_of(reading: Reading, noun: Phrase) -> Phrase:
    """The kind of talent inside a noun phrase: after a mode word in it ("与中山大学合作培育半导体人才"), before
    a mode word that closes it ("人才引进"), without a leading 各类 before a kind ("各类青年人才")."""
    if not noun:
        return noun
    norm = reading.norm
    modes = list(MODE_RE.finditer(norm, noun.start, noun.end))
    while (
        modes
        and modes[-1].end() < noun.end
        and not CATEGORY_RE.search(norm, modes[-1].end(), noun.end)
        and CATEGORY_RE.search(norm, noun.start, modes[-1].start())
    ):
        # "(招引)高校毕业生落户就业": the kind stands before a mode word that tells where they went
        modes.pop()
    if modes and noun.end - modes[-1].end() >= 2:
        noun = TRIM(norm, modes[-1].end(), noun.end)
    elif modes and modes[-1].end() == noun.end and modes[-1].start() - noun.start >= 2:
        noun = TRIM(norm, noun.start, modes[-1].start())
    picked = list(_PICKED_RE.finditer(norm, noun.start, noun.end))
    if (
        picked
        and noun.end - picked[-1].end() >= 2
        and (picked[-1].group() in _LIST_VERBS or CATEGORY_RE.search(norm, picked[-1].end(), noun.end))
    ):
        # "“凤凰计划”5年来共认定|海外高层次人才"; "此次入选人才包含|“创新长期”": the first part of a list
        noun = TRIM(norm, picked[-1].end(), noun.end)
    noun = _without_coming_to_work(norm, noun)
    if (work := WORK_BEFORE_KIND_RE.match(norm, noun.start, noun.end)) is not None and not CATEGORY_RE.match(
        norm, noun.start, noun.end
    ):
        noun = Phrase(work.end(), noun.end)  # "来琼就业创业高校毕业生" → 高校毕业生 (创业人才 stays)
    kinds = ALL_KINDS_RE.match(norm, noun.start, noun.end)
    return Phrase(kinds.end(), noun.end) if kinds is not None else noun


def _without_coming_to_work(norm: str, noun: Phrase) -> Phrase:
    """ "招引大学生留区就业创业4500人", "引進海外留學人員來深創業1200人": where the people come to work follows
    the kind of talent (and the word for people that may close it) and is no part of it."""
    kinds = list(CATEGORY_RE.finditer(norm, noun.start, noun.end))
    if not kinds or kinds[-1].end() == noun.end:
        return noun
    tail = COME_TO_WORK_RE.fullmatch(norm, kinds[-1].end(), noun.end)
    return Phrase(noun.start, tail.end("head")) if tail is not None else noun


# Verbs of picking people out (no mode of their own): what follows the last of them is the kind of talent
# ("最终认定出高层次人才18名": the resultative 出 goes with the verb).
# 已有 / 共有 before the people ("该工作站已有院士3名") opens what they are the same way.
_PICKED_RE = patterns.compile(r"(?:认定|评定|遴选|评选|选拔)出?|入选|包含|包括|担任|(?:已|共|还|另|尚|均|都)有")
# Of those, the verbs that open a list of parts: what follows them is the part, whatever it is called.
_LIST_VERBS = ("包含", "包括", "担任")  # 担任: the post people were engaged for ("聘请…专家担任“招才顾问”36名")


def _category_before_de(reading: Reading, sent: Sentence, count: Any, end: int) -> Phrase:
    """ "招引万名博士后等青年人才的目标": the people counted stand before 的, not the noun after it, unless that
    noun is a kind of talent the 的 phrase qualifies ("120名具有博士学位的高层次人才")."""
    de = reading.norm.find("的", count.end, min(end, count.end + PHRASE_REACH))
    if de < 0 or not CATEGORY_RE.search(reading.norm, count.end, de):
        return Phrase(0, 0)
    if closed := _kind_closed_before_de(reading, sent, count, de):
        return closed
    if (
        (head := _noun_after_de(reading, sent, count))
        and head.start > de
        and not ends_with(reading.norm, head, TEAM_NOUNS)
    ):
        return head  # ("3名博士的团队": the people are 博士, not the team)
    if PEOPLE_DO_RE.search(reading.norm, count.end, de) is not None:
        return Phrase(0, 0)  # "60名入选…人员给予…的奖励": the 的 phrase is what is done for them
    return TRIM(reading.norm, count.end, de)


# What may close the people's kind before a 的 that is not theirs: the next group of a list of counts
# ("302名紧缺人才、8名博士、1名国家级人才的引进"), a copula ("12位博士是该市…对高端人才的需求"), or others they act
# with ("6名产业专家与桐乡市各相关部门…共论…的“道、法、术”").
_NEXT_GROUP_RE = patterns.compile(r"[、，,]")
_COPULA_RE = patterns.compile(r"是|为")
_WITH_OTHERS_RE = patterns.compile(r"[与同和跟]")


def _kind_closed_before_de(reading: Reading, sent: Sentence, count: Any, de: int) -> Phrase:
    """(session 34) The first kind of talent after the count, where what follows it before 的 is no part of
    them: the people are that kind, not the whole run up to 的."""
    norm = reading.norm
    kind = CATEGORY_RE.search(norm, count.end, de)
    if kind is None:
        return Phrase(0, 0)
    after = kind.end()
    next_count = any(m.start == after + 1 for m in sent.between(after, de, "count"))
    closed = (
        (_NEXT_GROUP_RE.match(norm, after) is not None and next_count)
        or _COPULA_RE.match(norm, after) is not None
        or (_WITH_OTHERS_RE.match(norm, after) is not None and not CATEGORY_RE.match(norm, after + 1, de))
    )
    return TRIM(norm, count.end, after) if closed else Phrase(0, 0)


# --- the mode word ----------------------------------------------------------------------------------


def mode(reading: Reading, sent: Sentence, count: Any, noun: Phrase) -> tuple[str | None, int]:
    """The mode word of a count: in its clause before it, else after the people in that clause
    ("21名博士后到新区挂职"), else earlier in the sentence when the clause goes on with its list
    ("引进人才500人，其中博士20人")."""
    norm = reading.norm
    clause = sent.clause_at(count.start)
    # a label before a colon ("引进博士：12人") brings its clause's mode word with it
    lo = min(clause.start, noun.start) if noun else clause.start
    found = _outside_brackets(norm, list(MODE_RE.finditer(norm, max(lo, count.start - KIND_REACH), count.start)))
    if found:
        return talent_means.flexible_by_means(reading, sent, count, first_of_run(norm, found))
    after = MODE_AFTER_RE.search(norm, count.end, min(clause.end, count.end + AFTER_REACH))
    if after is not None:
        return mode_of(after.group()), after.start()
    passive = PASSIVE_MODE_RE.search(norm, count.end, min(clause.end, count.end + AFTER_REACH))
    if passive is not None:
        return passive_mode(passive.group("word")), passive.start()
    nominal = NOMINAL_MODE_RE.search(norm, count.end, min(clause.end, count.end + AFTER_REACH))
    if nominal is not None:
        return passive_mode(nominal.group("word")), nominal.start("word")
    returns = RETURNS_AFTER_RE.search(norm, count.end, min(clause.end, count.end + AFTER_REACH))
    if returns is not None:
        return "introduced", returns.start()
    if (means := talent_means.mode_of_means(reading, sent, count)) is not None:
        return means  # "通过柔性引才，邀请2200多名专业人才…"
    if not goes_on(reading, sent, clause.start, min(noun.start, count.start)):
        return None, count.start
    # The list runs back over the clauses that count people too ("引进人才500人，其中博士20人"), and over the
    # growth of the total told between it and its parts ("引进人才1.8万人，同比增长12%，其中博士20人").
    index = sent.clause_index(count.start)
    while index > 0 and (
        counts_people(sent, sent.clauses[index - 1]) or _is_growth(reading, sent, sent.clauses[index - 1])
    ):
        index -= 1
        earlier = sent.clauses[index]
        found = list(MODE_RE.finditer(norm, max(earlier.start, count.start - KIND_REACH), earlier.end))
        if found:
            return first_of_run(norm, found)
    if index > 0 and LIST_OPEN_RE.match(norm, sent.clauses[index].start) is not None:
        # "引进培养了一批高层次人才，其中博士86名": the parts of people brought in uncounted
        head = sent.clauses[index - 1]
        found = list(MODE_RE.finditer(norm, head.start, head.end))
        if found and CATEGORY_RE.search(norm, found[-1].end(), head.end) is not None:
            return first_of_run(norm, found)
    return None, count.start


def _outside_brackets(norm: str, found: list[Any]) -> list[Any]:
    """The mode words outside a bracket that qualifies an earlier one ("引进（含柔性引进）高层次人才56名": 引进)."""
    if len(found) < 2:
        return found
    kept = [m for m in found if not _in_bracket(norm, found[0].end(), m.start())]
    return kept or found


def _in_bracket(norm: str, start: int, at: int) -> bool:
    """Whether `at` stands inside a bracket opened after `start` and not closed before `at`."""
    opened = max(norm.rfind("（", start, at), norm.rfind("(", start, at))
    return opened != -1 and max(norm.find("）", opened, at), norm.find(")", opened, at)) == -1


def passive_mode(word: str) -> str:
    """The mode of a passive's mode word: "被柔性聘请" is flexible, "被引进" introduced."""
    text = strip_glosses(word)
    if text in MODE_OF:
        return MODE_OF[text]
    return "flexible" if text.startswith(FLEXIBLE_PREFIX) else MODE_OF[text[len(FLEXIBLE_PREFIX) :]]


def _is_growth(reading: Reading, sent: Sentence, clause: Any) -> bool:
    """A clause that only tells how much the figure before it grew ("同比增长12%", "年均增长15%")."""
    return GROWTH_CLAUSE_RE.match(reading.norm, clause.start, clause.end) is not None and bool(
        sent.between(clause.start, clause.end, "percent")
    )


def counts_people(sent: Sentence, clause: Any) -> bool:
    """Whether the clause counts people or teams (an earlier item of a list of them)."""
    return any(c.value.unit in (*PEOPLE_UNITS, *TEAM_UNITS) for c in sent.between(clause.start, clause.end, "count"))


def goes_on(reading: Reading, sent: Sentence, start: int, end: int) -> bool:
    """Whether [start, end) holds nothing but a place, a date, earlier items of the list ("博士56人、")
    and words that continue a list."""
    items = sent.between(start, end, "count")
    if items:
        start = items[-1].end
    for m in sent.between(start, end, "place", "date"):
        if reading.norm[start : m.start].strip(" ，,、：:") or m.end > end:
            break
        start = m.end
    if LIST_GOES_ON_RE.fullmatch(reading.norm, start, end) is not None:
        return True
    # "…引进院士157名，国家“千人计划”、“万人计划”等国内领军人才310名": examples of the next kind of people
    return EXAMPLES_BEFORE_RE.fullmatch(reading.norm, start, end) is not None


def ends_with(norm: str, phrase: Phrase, words: tuple[str, ...]) -> bool:
    """Whether the phrase, glosses dropped, ends with one of `words` (its head: 团队, 代表 …)."""
    return strip_glosses(norm[phrase.start : phrase.end]).endswith(words)
