"""person mentions: named people next to a title, in a byline, or in a list with a named person.

A person name here is a surname (data/lexicon/surnames.txt, double surnames first) and one or two
given-name characters. Names are only read where the text shows a person, never from the surname
list alone:

1. Title, then name: 总经理崔俊杰, 副主任黄宁, 县委|书记孙奇宏 (title 书记, affiliation the org 莘县县委);
   in a header one space may stand between them when the name ends the line (区长 王天佑).
2. Name, then title: 刘晓鸣教授, 国瓷公司|张曦董事长 (the name must start clear: an edge, a boundary
   word, a mention or a title before it).
3. Writers and people in pictures (dims/_person_bylines.py): bylines in their forms (记者 唐学钰,
   作者：A、B、C | 责任编辑：D, 〔記者廖家寧／台北報導〕, 记者李婷姜岸松), names alone in brackets
   ((買祥發、史笑妍、田成瑞), (郑仁 沈春来) closing a line), photo credits (李克 摄) and captions
   (谭乐和(右二)指导…).
4. Lists: 国家高层次人才李玮、刘晓鸣等 (a role noun before names joined by 、 or 等), three or more names
   before a verb of attending (甲、乙、丙出席会议), and names joined by 、 to a person already found.
5. Repeats: a name found once is found wherever the text repeats it (not opening a doctrine's name).
6. Deeds: a name opening a clause before a verb of honour with an honour after it (胡瑞忠当选…院士),
   a name between a body and its team (能源集团|徐再刚|研发团队), and a guest named by his body in a
   list of guests (…驻西安办事处|傅义、…).
7. Cues: a name opening a clause before the speech it gives (刘星作政府工作报告, 张伟在…大会上的讲话),
   three characters before what they say (据李海燕介绍，), names counted out (分别是A、B) or
   appointed (聘请王志刚、陈立新为…顾问).

A name right before a station's name (“曹尚银专家工作站”) is none: the station is an organisation and
holds its name (contract: the outermost entity only).

Whether a name has two or three characters is settled by what follows it: punctuation, a boundary
word, a title or a word of name_right_context.txt (黄宁|介绍, 王国清|说). A candidate whose given
name holds a character of given_name_stop.txt (高新区, 单位) or that is itself a verb (宣读) is none.
Anonymised names (XXX主任) never match: X is no surname.

`title` is the title next to the name; `affiliation` is the org (or project) mention right before
the title, the body an anaphor before the title points back to (公司总经理 → the company named
earlier in the paragraph; 园区运营总监 → the park), or a place named right before it (青岛市市长).
"""

from __future__ import annotations

from typing import Any

from .. import gazetteer, models, patterns
from ..doc import Doc
from . import _names, _person_bylines
from ._names import Boundaries, Taken, alternation, table, words
from ._person_names import (
    POST_TITLES,
    TITLE_WORDS,
    TITLES,
    dotted_name_at,
    given_ok,
    is_name,
    is_place,
    name_at,
    suffixed_given_ok,
    suffixed_name_at,
    surname_at,
    unknown_word_name_at,
)

_ROLES = _names.Literals(words("person_roles.txt"))
# Titles of an office, always before a name when one follows them (副县长李显东, 县委书记…), not roles (专家来川服务).
_OFFICES = ("长", "书记", "主任", "主席", "经理", "总裁", "总监", "董事", "常委", "委员")
# Roles that name one person too (市民张欣悦对其服务进行评价), not only a list.
_SINGLE_ROLES = frozenset(row[0] for row in table("person_roles.txt") if len(row) > 1 and "single" in row[1])
_ANAPHORS: dict[str, tuple[str, tuple[str, ...]]] = {
    row[0]: (row[1], tuple(e for e in (row[2] if len(row) > 2 else "").split("|") if e))
    for row in table("anaphors.tsv")
}
_ANAPHOR = patterns.compile(rf"(?r)(?:{alternation(_ANAPHORS)})")
_PLACE_BEFORE = patterns.compile(r"[\p{Han}]{1,8}?(?:省|自治区|市|自治州|州|县|区|旗|镇|乡|街道|村)")

Person = tuple[int, int, "str | None", "str | None"]


# --- affiliation ---------------------------------------------------------------------------------


def _affiliation(doc: Doc, bounds: Boundaries, taken: Taken, pos: int) -> str | None:
    """The body named right before `pos` (a title's or a name's start)."""
    text = bounds.text
    before = taken.ending_at(pos, "org", "project")
    if before is not None:
        return before.value.name
    m = _ANAPHOR.match(text, max(0, pos - 4), pos)
    if m is not None:
        return _antecedent(doc, taken, m.start(), m.group())
    start = bounds.left_edge(pos)
    if start < pos and _PLACE_BEFORE.fullmatch(text, start, pos):
        return _names.verbatim(doc, start, pos)
    return None


def _antecedent(doc: Doc, taken: Taken, pos: int, anaphor: str) -> str | None:
    kind, endings = _ANAPHORS[anaphor]
    para = doc.paragraph_at(pos)
    lo = para.start if para is not None else max(0, pos - 300)
    i = taken.before(pos, lo, kind)
    while i is not None:
        if not endings or i.value.name.endswith(endings):
            return i.value.name
        i = taken.before(i.start, lo, kind)
    return None


# --- the rules -----------------------------------------------------------------------------------


def _titled(doc: Doc, bounds: Boundaries, taken: Taken, titles: list[tuple[int, int]]) -> list[Person]:
    """Rules 1 and 2: a name right after or right before a title.

    A name with a title on both sides (专家刘晓鸣教授) takes the one after it: found first, it wins.
    """
    text = bounds.text
    after: list[Person] = []
    before: list[Person] = []
    title_ends: set[int] = set()
    for ts, te in _title_spans(text, taken, titles):
        if taken.covering(ts, te) is not None:
            continue
        title = _names.verbatim(doc, ts, te)
        title_ends.add(te)
        start = _name_before(bounds, ts, taken, title_ends)
        if start is not None:
            before.append((start, ts, title, _affiliation(doc, bounds, taken, start)))
        if title.removeprefix("副") in POST_TITLES and taken.ending_at(ts, "org") is None:
            continue  # 清华大学教授|薛其坤: after its body a post title stands before the name too
        if text[max(0, ts - 2) : ts] in _MANY:
            continue  # 吸引更多专家|来湖创业: many of them are no one named
        start, end = te, name_at(bounds, te) or dotted_name_at(bounds, te) or suffixed_name_at(bounds, te)
        if end is None and title.endswith(_OFFICES):
            end = unknown_word_name_at(text, te)  # 副县长|李显东|通报了
        if end is None:
            start, end = _header_name(bounds, te)
        if end is None:
            start, end = _named_as(bounds, te)
        if end is not None and taken.covering(start, end) is None:
            after.append((start, end, title, _affiliation(doc, bounds, taken, ts)))
    return before + after


# 进站院士为桂卫华；: the title, then 为 or 是, then one name that punctuation closes.
_NAMED_AS = patterns.compile(r"[为是](\p{Han}{2,3})(?=[，,。；;、）)\n]|$)")


def _named_as(bounds: Boundaries, title_end: int) -> tuple[int, int | None]:
    m = _NAMED_AS.match(bounds.text, title_end)
    if m is not None and is_name(bounds, m.start(1), m.end(1), last_free=True):
        return m.start(1), m.end(1)
    return title_end, None


_HEADER_GAP = (" ", "\u3000", "\t")
# Words before a title that make it plural or generic: no name follows it.
_MANY = frozenset(("更多", "多名", "多位", "众多", "诸多", "广大", "各类", "各位", "一批", "大批", "这些", "部分"))


def _header_name(bounds: Boundaries, title_end: int) -> tuple[int, int | None]:
    """A speech or report header sets the name apart by one space (区委书记 沈建华 / 区长 王天佑),
    and the name then ends its line, or opens what the person says in an interview (董事长 李明：)."""
    text = bounds.text
    if text[title_end : title_end + 1] not in _HEADER_GAP:
        return title_end, None
    end = name_at(bounds, title_end + 1) or _spaced_name(text, title_end + 1)
    if end is None:
        return title_end, None
    # Letters a site scatters through its pages (县长 黄四平vzT) stand between the name and the line end.
    rest = _LETTERS.match(text, end).end()
    if not (rest >= len(text) or text[rest] in "\r\n：:" or text[rest : rest + 1] in _HEADER_GAP):
        return title_end, None
    return title_end + 1, end


_LETTERS = patterns.compile(r"[A-Za-z]*")


def _spaced_name(text: str, pos: int) -> int | None:
    """A two-character name set out with a space in a header (龚 正), ending its line."""
    if surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] not in _HEADER_GAP or not given_ok(text, pos + 2, pos + 3):
        return None
    end = pos + 3
    return end if end >= len(text) or text[end] in "\r\n" else None


# Titles one person holds together: 董事长兼总裁, 总经理暨执行长, 市委常委、常务副市长.
_TITLE_JOINERS = ("兼", "暨", "、")
_COMMITTEE_SEAT = patterns.compile("常委")
_COMMITTEE_BEFORE = patterns.compile("[省市区县州]委")


def _title_spans(text: str, taken: Taken, titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Titles in the text; titles held together are one (董事长兼总裁王传福, 区委常委、常务副区长)."""
    spans: list[tuple[int, int]] = []
    for s, e in titles:
        if (
            _COMMITTEE_SEAT.match(text, s)
            and _COMMITTEE_BEFORE.match(text, max(0, s - 2), s)
            and taken.ending_at(s) is None
        ):
            s -= 2  # a bare 区委|常委 is a rank (区委常委、常务副区长); 北京市委 before 常委 is the affiliation
        if spans and spans[-1][1] + 1 == s and text[s - 1] in _TITLE_JOINERS:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


_LEVEL_CHARS = "省市县区镇乡州旗"


def _place_of_title(text: str, start: int, title_start: int) -> bool:
    """A place whose level word opens the title (苗栗|县长, 昆山|市长): the title's place, no one's name."""
    level = text[title_start : title_start + 1]
    return level in _LEVEL_CHARS and bool(gazetteer.get().lookup(text[start:title_start] + level))


def _name_before(bounds: Boundaries, title_start: int, taken: Taken, title_ends: set[int]) -> int | None:
    """Start of a name ending at `title_start` (刘晓鸣|教授) whose left edge is clear."""
    for length in (3, 2, 4):
        start = title_start - length
        if start < 0 or not is_name(bounds, start, title_start) or _place_of_title(bounds.text, start, title_start):
            continue
        if bounds.clear_left(start, taken) or start in title_ends or _after_a_body(bounds.text, start):
            return start
    return None


def _after_a_body(text: str, start: int) -> bool:
    """(session 40) A body's suffix ends right before the name (理化研究所|周远|院士, 农业大学|王浩|教授): the
    body's name runs into the person's, and the suffix closes it even where no org mention was read."""
    return any(text[start - k : start] in _ORG_SUFFIXES for k in (2, 3, 4))


def _lists(bounds: Boundaries, known: list[Person]) -> list[Person]:
    """Rule 4: names joined by 、 after a role noun, or to a person already found."""
    text = bounds.text
    found: list[Person] = []
    for _s, role_end in _ROLES.longest(text):
        names = _list_from(bounds, role_end)
        if not names and text[role_end : role_end + 1] in _ROLE_THEN:
            names = _list_from(bounds, role_end + 1)  # 出席的领导有|A、B: a list, never one name
            names = names if len(names) >= 2 else []
        if len(names) >= 2 or (names and text[_s:role_end] in _SINGLE_ROLES):
            found.extend((s, e, None, None) for s, e in names)
    for m in _ETC_ROLE.finditer(text):
        names = _list_before(bounds, m.start())
        if len(names) >= 2 or _one_given_to(text, names, m):
            found.extend((s, e, None, None) for s, e in names)
    for m in _COUNTED_ROLE.finditer(text):
        names = _list_before(bounds, m.start())
        if len(names) >= 2:
            found.extend((s, e, None, None) for s, e in names)
    for m in _PRESENT_AFTER.finditer(text):
        names = _list_before(bounds, m.start())
        if len(names) < _UNIFORM_LIST:
            names = _uniform_list_before(bounds, m.start()) or names
        if len(names) >= 3:
            found.extend((s, e, None, None) for s, e in names)
    starts = {s for s, *_ in known}
    for _s, e, *_ in known:
        if text.startswith("、", e):
            found.extend((ns, ne, None, None) for ns, ne in _list_from(bounds, e + 1) if ns not in starts)
    return found


# Names listed before the role they share (张某、李某、王某等县领导参加): 等, a count (等5名), a few
# qualifying characters (县, 市上, 省委), then the role, or the kind of people they are (等专家, 等人).
_ETC_PEOPLE = ("专家", "博士", "院士", "教授", "学者", "人")
# With a count of people the qualifier may name their body (等5名宁夏大学教授, 等12名福建农林大学菌草专家).
# The qualifier may be quoted (等10位“进家”院士) or name the leaders' bodies (等县四大家领导).
_HAN_NUMERALS = "一二三四五六七八九十两几多"
_NUMBER = rf"(?:[0-9]+|[{_HAN_NUMERALS}]+)"
_SHARED_ROLES = (*words("person_roles.txt"), "特派员")
_ETC_ROLE = patterns.compile(
    rf"等(?:{_NUMBER}[名位][\p{{Han}}“”]{{0,10}}?|{_NUMBER}?[\p{{Han}}“”]{{0,5}}?)"
    rf"(?:{alternation((*_SHARED_ROLES, *_ETC_PEOPLE))})"
)
# (session 42) ... or without 等, two or more names closed by their count and role (陈某、石某、林某三位院士共同为…揭牌;
# 邀请了陈某、林某两名教授作报告); not 人, which any count of people ends in.
# Never from inside a number: a run of digits tried at each of its characters would cost its length squared.
_COUNTED_ROLE = patterns.compile(
    rf"(?<![0-9{_HAN_NUMERALS}]){_NUMBER}[名位][\p{{Han}}“”]{{0,10}}?(?:{alternation((*_SHARED_ROLES, *_ETC_PEOPLE[:-1]))})"
)
# (session 41) One name the people counted after it are given something (为蹇锡高等4名院士颁发…, 向王小霞等10位专家学者…):
# 为 / 向 before it and the count after 等 make it a name.
_GIVEN_TO = ("为", "向", "给")
_COUNTED_ETC_RE = patterns.compile(rf"等{_NUMBER}[名位]")


def _one_given_to(text: str, names: list[tuple[int, int]], etc: Any) -> bool:
    if len(names) != 1 or _COUNTED_ETC_RE.match(text, etc.start()) is None:
        return False
    start, end = names[0]
    return text[start - 1 : start] in _GIVEN_TO and not is_place(text[start:end])


# Three or more names before a verb of attending share it with no role word (冯某、智某、周某出席会议; (session 30)
# …等在主席台前排就座).
_PRESENT_AFTER = patterns.compile(r"(?:等人?)?(?:在主席台(?:前排)?)?(?:出席|参加|陪同|参会|列席|就座)")
# (session 30) A list of this many items or more, each of three characters opening on a surname (杨秀锡、付乐欣、杨胜林、
# 刘隆俊…等在主席台就座), is names by its shape, where a few of its given names would not be read alone (谭红日).
_UNIFORM_LIST = 4
_ITEM_RE = patterns.compile(r"\p{Han}{3}")


def _uniform_list_before(bounds: Boundaries, end: int) -> list[tuple[int, int]]:
    """The items of the 、-list ending at `end` when there are _UNIFORM_LIST or more, all of three characters, each a
    surname and a given name and none a place; else none."""
    text = bounds.text
    items: list[tuple[int, int]] = []
    while end >= 3 and _ITEM_RE.fullmatch(text, end - 3, end):
        items.append((end - 3, end))
        if text[end - 4 : end - 3] != "、":
            break
        end -= 4
    if len(items) < _UNIFORM_LIST or not _names.is_edge_char(text, items[-1][0] - 1):
        return []
    if not all(
        surname_at(text, s) == 1
        and (given_ok(text, s + 1, e) or suffixed_given_ok(text, s + 1, e))
        and not is_place(text[s:e])
        for s, e in items
    ):
        return []
    return items[::-1]


# What may stand between a role and the names it lists (嘉宾有A、B; 获奖代表是A、B; 专家组成员：A、B).
_ROLE_THEN = ("有", "是", "为", "：", ":")


def _list_before(bounds: Boundaries, end: int) -> list[tuple[int, int]]:
    """Names joined by 、 that end at `end`, first to last. Where the names around it are names, an item
    held between two marks (、邹学校等, 、叶志镇、) needs only a surname and a given name; a first name that
    does not start clear (已集聚卞修武、…) is left out, not the list."""
    text = bounds.text
    names: list[tuple[int, int]] = []
    loose = 0
    while True:
        start = next((end - n for n in (3, 2, 4) if end - n >= 0 and name_at(bounds, end - n) == end), None)
        if start is None and (start := _held_name(bounds, end)) is not None:
            loose += 1
        if start is None:
            break
        names.append((start, end))
        if text[start - 1 : start] != "、":
            break
        end = start - 1
    names.reverse()
    strict = len(names) - loose
    if names and not _names.is_edge_char(text, names[0][0] - 1) and not bounds.ends_at(names[0][0]):
        names = names[1:] if len(names) >= 3 else []
    return names if strict >= 2 * loose else []


def _held_name(bounds: Boundaries, end: int) -> int | None:
    """Start of a two- or three-character name between a 、 and `end`, told by its surname and given
    name alone."""
    text = bounds.text
    for n in (3, 2):
        start = end - n
        if start < 1 or text[start - 1] != "、":
            continue
        if is_name(bounds, start, end):
            return start
    return None


def _list_from(bounds: Boundaries, pos: int) -> list[tuple[int, int]]:
    text = bounds.text
    names = []
    while True:
        end = name_at(bounds, pos)
        if end is None:
            return names
        names.append((pos, end))
        if not text.startswith("、", end):
            return names
        pos = end + 1


# A name opening a clause before a verb of honour or selection (胡瑞忠|当选…院士, 李明|入选…计划),
# and a name after a body before its team (能源集团|徐再刚|研发团队).
_HONOURED = ("当选", "入选", "荣获", "获评", "受聘", "获聘", "获授", "被评为", "被授予")
_TEAM_AFTER = tuple(
    kind + team for kind in ("", "研发", "科研", "创新", "技术", "攻关") for team in ("团队", "课题组", "工作室")
)
# A guest named by the body he comes from, in a list of guests (…驻西安办事处|傅义、…秘书长王勃华), and (session 29)
# a scholar named by his university or institute before a verb of honour (陕西师范大学|房喻|当选化学部院士).
_GUEST_BODIES = ("government", "association", "research", "university")


_HONOUR_WORD = patterns.compile(r"院士|专家|人才|学者|计划|称号|劳模|模范|英才|工匠|带头人|奖")


def _beside_deeds(doc: Doc, bounds: Boundaries, taken: Taken) -> list[Person]:
    text = bounds.text
    found: list[Person] = []
    for org in taken.mentions:
        if org.type != "org":
            continue
        end = next(
            (
                org.end + n
                for n in (3, 2)
                if text.startswith(_TEAM_AFTER, org.end + n) and is_name(bounds, org.end, org.end + n)
            ),
            None,
        )
        if end is None and org.value.kind in _GUEST_BODIES:
            end = name_at(bounds, org.end)
            end = end if end is not None and (text[end : end + 1] == "、" or text.startswith(_HONOURED, end)) else None
        if end is not None:
            found.append((org.end, end, None, org.value.name))
    return found


# The rules below start from a cue word, all found by one Aho-Corasick scan of the text; the cues
# are written out in full (作重要讲话, 说：) so that they are rare and each is a strong sign.
# A name opening a clause before the speech it gives (刘星|作政府工作报告, 张三|作重要讲话, 李四|致辞):
# bodies report and speak through a person.
_TALKS = ("讲话", "报告", "发言", "演讲")
_SPEECHES = (
    *(
        verb + kind + talk
        for verb in ("作", "作了")
        for kind in ("", "重要", "主旨", "专题", "动员")
        for talk in _TALKS
    ),
    *(verb + report for verb in ("作", "作了") for report in ("政府工作报告", "工作报告")),
    "致辞",
    "致欢迎辞",
    "致开幕辞",
    # a delegation is named after the one who leads it (魏华伟|一行到…考察, 张伟|率团赴…)
    "一行",
    "率团",
    "率队",
    "带队",
)
# 张伟|在全县招商引资大会上的讲话: a speech's heading, the cue its end, 在 no further than this before it.
_SPEECH_HEADINGS = ("上的讲话", "上的报告", "上的致辞", "上的发言")
_HEADING_REACH = 40
_CLAUSE_PUNCTUATION = patterns.compile(r"[，。；！？\n]")
# A three-character name opening a clause before what it says, with punctuation after it (王国清说：,
# 据李海燕介绍，): a speaker. Two characters are too often a firm's short name (海尔表示，).
_SAYS = tuple(
    verb + mark
    for verb in ("说", "表示", "介绍", "指出", "强调", "认为", "坦言", "透露", "告诉记者")
    for mark in ("：", ":", "，", ",", "“")
)
# Names listed after a word that counts them out (分别是A、B、C; 包括A、B等).
_COUNTED_OUT = ("分别是", "分别为", "他们是", "包括", "名单如下")
# People appointed by name (聘请王志刚、陈立新为…顾问; 特聘张三担任…): the list ends before 为 / 担任.
_APPOINT = ("聘请", "聘任", "特聘", "选聘", "续聘", "返聘", "任命")
# What may stand between a cue and the names after it (聘请了, 名单如下：).
_AFTER_CUE = ("了", "：", ":")
_APPOINTED_AS = ("为", "担任", "作为")
# The names may be counted before what they are appointed as (聘任李华、王强2人为…, 聘請陳大文、李小明兩位教授擔任…).
_APPOINTED_AS_RE = patterns.compile(
    r"(?:等?[\d两二三四五六七八九十]+[名位人](?:专家|教授|院士|学者|博士|研究员)?)?(?:" + "|".join(_APPOINTED_AS) + ")"
)
# A team named after its head, after the body it works in (能源集团|徐再刚|研发团队): the body's
# suffix shows the name's start (以及巴斯夫团队 is a firm's team).
_TEAM_KINDS = ("研发", "科研", "创新", "技术", "攻关")
_TEAMS = ("团队", "课题组")
_ORG_SUFFIXES = frozenset(w for w in words("org_suffixes.tsv") if len(w) >= 2)
_CUES: dict[str, str] = {
    **dict.fromkeys(_SPEECHES, "speech"),
    **dict.fromkeys(_SPEECH_HEADINGS, "heading"),
    **dict.fromkeys(_SAYS, "says"),
    **dict.fromkeys(_COUNTED_OUT, "counted"),
    **dict.fromkeys(_APPOINT, "appoint"),
    **dict.fromkeys(_TEAMS, "team"),
    **dict.fromkeys(_HONOURED, "honour"),
}
# Titles and cues are found by one scan (no word of one list overlaps a word of the other in text).
_TITLES_AND_CUES = _names.Literals((*TITLE_WORDS, *_CUES))


def _name_ending(bounds: Boundaries, end: int) -> int | None:
    """Start of a name of three, else two characters ending at `end`."""
    return next((end - n for n in (3, 2) if is_name(bounds, end - n, end)), None)


def _cued(bounds: Boundaries, cues: list[tuple[int, int]]) -> list[Person]:
    """Speakers, names counted out or appointed, and heads of named teams (the cues above)."""
    text = bounds.text
    found: list[tuple[int, int]] = []
    for s, e in cues:
        kind = _CUES[text[s:e]]
        if kind in ("counted", "appoint") and text[e : e + 1] in _AFTER_CUE:
            e += 1
        if kind == "speech":
            found += _speaker(bounds, s)
        elif kind == "heading":
            found += _heading_speaker(bounds, s)
        elif kind == "says":
            found += _sayer(bounds, s)
        elif kind == "counted":
            names = _list_from(bounds, e)
            if len(names) >= 2 and not any(is_place(text[ns:ne]) for ns, ne in names):
                found += names
        elif kind == "appoint":
            names = _list_from(bounds, e)
            if names and _APPOINTED_AS_RE.match(text, names[-1][1]):
                found += names
        elif kind == "honour":
            found += _honoured(bounds, s, e)
        else:
            found += _team_head(bounds, s)
    return [(s, e, None, None) for s, e in found]


def _speaker(bounds: Boundaries, cue: int) -> list[tuple[int, int]]:
    """A name opening its clause right before `cue`."""
    start = _name_ending(bounds, cue)
    return [(start, cue)] if start is not None and _names.is_edge_char(bounds.text, start - 1) else []


def _heading_speaker(bounds: Boundaries, cue: int) -> list[tuple[int, int]]:
    """张伟|在全县招商引资大会上的讲话: the name before the 在 that opens the heading's clause."""
    text = bounds.text
    at = text.rfind("在", max(0, cue - _HEADING_REACH), cue)
    if at < 0 or _CLAUSE_PUNCTUATION.search(text, at, cue):
        return []
    return _speaker(bounds, at)


def _sayer(bounds: Boundaries, cue: int) -> list[tuple[int, int]]:
    """A three-character name opening its clause right before what it says, or before the 在 that
    sets the scene of it (王国清|在调研时指出，)."""
    text = bounds.text
    at = text.rfind("在", max(0, cue - _SCENE_REACH), cue)
    ends = (cue, at) if at >= 0 and not _CLAUSE_PUNCTUATION.search(text, at, cue) else (cue,)
    for end in ends:
        start = end - 3
        if (
            is_name(bounds, start, end)
            and (_names.is_edge_char(text, start - 1) or text[start - 1 : start] == "据")
            and not is_place(text[start:end])
        ):
            return [(start, end)]
    return []


# 在 no further than this before the speech verb: the scene of a speech (在…时, 在…上, 在…中).
_SCENE_REACH = 20


def _honoured(bounds: Boundaries, cue: int, cue_end: int) -> list[tuple[int, int]]:
    """胡瑞忠|当选…院士: a name opening a clause before a verb of honour with an honour after it."""
    text = bounds.text
    clause_end = next(
        (i for i in range(cue_end, min(len(text), cue_end + 30)) if _names.is_edge_char(text, i)), cue_end + 30
    )
    if not _HONOUR_WORD.search(text, cue_end, clause_end):
        return []
    start = _name_ending(bounds, cue)
    return [(start, cue)] if start is not None and _names.is_edge_char(text, start - 1) else []


def _team_head(bounds: Boundaries, cue: int) -> list[tuple[int, int]]:
    """能源集团|徐再刚|研发团队: a name between a body's suffix and its team."""
    text = bounds.text
    end = cue - 2 if text[cue - 2 : cue] in _TEAM_KINDS else cue
    start = _name_ending(bounds, end)
    if start is not None and _after_a_body(text, start):
        return [(start, end)]
    return []


def _repeats(bounds: Boundaries, taken: Taken, found: list[Person]) -> list[Person]:
    """Rule 5: other places the text names a person found once (without title)."""
    text = bounds.text
    names = {text[s:e] for s, e, *_ in found}
    if not names:
        return []
    spans = {(s, e) for s, e, *_ in found}
    out: list[Person] = []
    for s, e in _names.literal_matches(names, text):
        if (s, e) in spans or taken.overlapping(s, e):
            continue
        if e - s == 2 and not (bounds.clear_left(s, taken) and bounds.clear_right(e)):
            continue
        if _DOCTRINE_AFTER.match(text, e):
            continue
        out.append((s, e, None, None))
    return out


# A leader's name that opens the name of a doctrine (习近平新时代中国特色社会主义思想) is no mention.
_DOCTRINE_AFTER = patterns.compile(r"新时代|(?:经济|法治|外交|强军|生态文明)?思想")


# A station named after its expert is an organisation (“曹尚银专家工作站”), and the name inside it no
# mention of its own (contract: the outermost entity only).
_STATION = patterns.compile(r"(?:院士|专家|博士后?|人才)*(?:科研)?工作站")


def _unique(persons: list[Person]) -> list[Person]:
    """One person per span, the one with most information; no overlaps."""
    best: dict[tuple[int, int], Person] = {}
    for p in persons:
        key = (p[0], p[1])
        if key not in best or (p[2], p[3]).count(None) < (best[key][2], best[key][3]).count(None):
            best[key] = p
    kept: list[Person] = []
    for p in sorted(best.values()):
        if kept and p[0] < kept[-1][1]:
            continue
        kept.append(p)
    return kept


def find(doc: Doc) -> list[Any]:
    bounds = _names.boundaries(doc)
    taken = Taken(doc.mentions)
    words = _TITLES_AND_CUES.longest(bounds.text)
    titles = [(s, e) for s, e in words if bounds.text[s:e] not in _CUES]
    cues = [(s, e) for s, e in words if bounds.text[s:e] in _CUES]
    found = _titled(doc, bounds, taken, titles) + _person_bylines.find(doc, bounds)
    found += _beside_deeds(doc, bounds, taken) + _cued(bounds, cues)
    found = _unique(found + _lists(bounds, found))
    found = _unique(found + _repeats(bounds, taken, found))
    found = [p for p in found if not _STATION.match(bounds.text, p[1])]
    return [
        doc.make(
            "person",
            s,
            e,
            models.PersonValue(name=_without_gaps(_names.verbatim(doc, s, e)), title=title, affiliation=aff),
        )
        for s, e, title, aff in found
    ]


def _without_gaps(name: str) -> str:
    return "".join(c for c in name if c not in _HEADER_GAP)


def titles_beside(doc: Doc, names: list[tuple[int, int]]) -> list[tuple[str | None, str | None]]:
    """(title, affiliation) for names found by other means (an NER backend), read as rules 1 and 2
    read them: the title right after the name wins (刘晓鸣教授), else the title right before it
    (副主任黄宁, or one header space before it: 区长 王天佑). Spans are in normalised offsets."""
    if not names:
        return []
    bounds = _names.boundaries(doc)
    taken = Taken(doc.mentions)
    text = bounds.text
    starting: dict[int, int] = {}
    ending: dict[int, int] = {}
    for ts, te in _title_spans(text, taken, TITLES.longest(text)):
        if taken.covering(ts, te) is None:
            starting[ts] = te
            ending[te] = ts
    found: list[tuple[str | None, str | None]] = []
    for start, end in names:
        if end in starting:
            found.append((_names.verbatim(doc, end, starting[end]), _affiliation(doc, bounds, taken, start)))
            continue
        title_end = start - 1 if text[start - 1 : start] in _HEADER_GAP else start
        ts = ending.get(title_end)
        if ts is not None and text[ts:title_end].removeprefix("副") not in POST_TITLES:
            found.append((_names.verbatim(doc, ts, title_end), _affiliation(doc, bounds, taken, ts)))
        else:
            found.append((None, None))
    return found
