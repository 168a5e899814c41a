"""What a person's name looks like, for the person rules (dims/person.py, dims/_person_bylines.py).

A person name here is a surname (data/lexicon/surnames.txt, double surnames first) and one or two
given-name characters. Whether it has two or three characters is settled by what follows it:
punctuation, a boundary word, a title or a word of name_right_context.txt (黄宁|介绍, 王国清|说).
A candidate whose given name ends in a character of given_name_stop.txt (高新区, 单位), holds a
function character (刘晓鸣|等) or is a common word (not_names.txt: 宣读, 高度) is none.
"""

from __future__ import annotations

import regex

from .. import gazetteer, patterns
from ..tokenize import cut, frequencies
from . import _names
from ._names import Boundaries, alternation, table, words

_SURNAMES = words("surnames.txt")
_DOUBLE_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 2)
_SINGLE_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 1)
# Rank of a single surname, most common first: splits a run of names written without a gap.
SURNAME_RANK = {s: i for i, s in enumerate(s for s in _SURNAMES if len(s) == 1)}
_NOT_GIVEN = frozenset(words("given_name_stop.txt"))
# Function characters are in no given name at all (王国清的…, 刘晓鸣等…) …
_FUNCTION_CHARS = frozenset("的了是在和与等及个们些这那就也都还又被把将对向从要会能需让给使")
# … but for these, which open given names too (李和平, 高从堦, 刘向东): as the last character they
# are the conjunction or preposition after a name (张伟和李明), as the first of two not.
_OPENING_GIVEN = frozenset("和从向")
_NEVER_GIVEN = _FUNCTION_CHARS - _OPENING_GIVEN
_NOT_LAST = _FUNCTION_CHARS | _NOT_GIVEN
_NOT_NAMES = frozenset(words("not_names.txt"))

_TITLE_PREFIXES = ("", "副", "常务副", "执行", "首席", "助理")
TITLE_WORDS = tuple(p + t for t in words("person_titles.txt") for p in _TITLE_PREFIXES)
TITLES = _names.Literals(TITLE_WORDS)
_TITLE = patterns.compile(alternation(TITLE_WORDS))
# Titles that follow a name and never precede one (刘晓鸣教授, not 教授刘晓鸣).
POST_TITLES = frozenset(row[0] for row in table("person_titles.txt") if len(row) > 1 and "post" in row[1])
# One-character verbs of speech right after a name (村民朱洪彪说, 张伟指): no given name's last character.
_SPEECH_VERBS = frozenset("说讲称指")
# Latin letters after a Han name end it (实习生黄晶Whtv.Com.Cn: the outlet's address follows).
_LATIN = patterns.compile(r"[A-Za-z]")
# The last name of a list may be followed by the count of the names (聘任李华、王强、陈明3人为…).
_COUNTED_AFTER = patterns.compile(r"等?[\d两二三四五六七八九十]+[名位人]")


def surname_at(text: str, pos: int) -> int:
    """Length of the surname starting at `pos` (2 for 欧阳, 1 for 王), or 0."""
    if text[pos : pos + 2] in _DOUBLE_SURNAMES:
        return 2
    return 1 if text[pos : pos + 1] in _SINGLE_SURNAMES else 0


def given_ok(text: str, start: int, end: int, *, last_free: bool = False) -> bool:
    """text[start:end] can be a given name. `last_free`: the name's end is certain (a bracket follows
    it), so a function character may end it (谭乐和(右二))."""
    given = text[start:end]
    if not given:
        return False
    for c in given:
        if not "\u4e00" <= c <= "\u9fff" or c in _NEVER_GIVEN:
            return False
    last = given[-1]
    if last in _NOT_LAST:
        return last_free and last in _OPENING_GIVEN
    return True


def doubled_given_ok(text: str, start: int, end: int) -> bool:
    """text[start:end] is a given name of one character doubled (园园, 丹丹): any character a name may hold, also one
    that ends place names (for names whose end something else makes certain)."""
    c = text[start : start + 1]
    return end - start == 2 and text[start + 1 : end] == c and "\u4e00" <= c <= "\u9fff" and c not in _NEVER_GIVEN


def title_at(text: str, pos: int) -> regex.Match[str] | None:
    return _TITLE.match(text, pos)


def name_at(bounds: Boundaries, pos: int, *, right: str = "context") -> int | None:
    """End of a person name starting at `pos`, or None; three characters are tried before two.

    `right` says what must follow: "context" (punctuation, boundary word, title, 说/介绍 …),
    "title" (a title only).
    """
    text = bounds.text
    sur = surname_at(text, pos)
    if not sur:
        return None
    for given in (2, 1):
        end = pos + sur + given
        if end > len(text) or not given_ok(text, pos + sur, end):
            continue
        if 2 <= bounds.word_at(pos) <= end - pos or text[pos:end] in _NOT_NAMES:
            continue
        if given == 2 and (_names.right_context_at(text, end - 1) >= 2 or text[end - 1] in _SPEECH_VERBS):
            continue  # 刘伟|陪同, not 刘伟陪|同; 张伟|说: the third character opens the word after the name
        if right == "title":
            ok = title_at(text, end) is not None
        else:
            ok = (
                bounds.clear_right(end)
                or title_at(text, end) is not None
                or _LATIN.match(text, end) is not None
                or (text[pos - 1 : pos] == "、" and _COUNTED_AFTER.match(text, end) is not None)
            )
        if ok:
            return end
    return None


# Function characters that end a clause after a name (张伟等，王强的。) end none of these names;
# 会 (can, will) ends a given name as often as a body's name (刘中会, 协会).
_NOT_SUFFIXED_LAST = _FUNCTION_CHARS - frozenset("会")


# What jieba is given to read a name after a title: the name and the word after it.
_CUT_REACH = 6


def unknown_word_name_at(text: str, pos: int) -> int | None:
    """End of a name right after a title that jieba reads as one word it does not know (副县长|李显东|通报了,
    副秘书长|邵泽恒|汇报了): its HMM joins a surname and its given name, where the word after the name is none of the
    boundary words (`name_at` asks for one). A word of the dictionary (高度, 王牌) is no name."""
    sur = surname_at(text, pos)
    if not sur:
        return None
    words = cut(text[pos : pos + _CUT_REACH])
    if len(words) < 2:
        return None
    word, after = words[0], words[1]
    if not 2 <= len(word) <= 3 or len(word) <= sur or frequencies().get(word, 0) > 0 or word in _NOT_NAMES:
        return None
    if len(after) == 1 and _LONE_PART.match(after):
        return None  # 林明|溱, 贾沛|年: a character jieba leaves alone may be the name's last
    end = pos + len(word)
    return end if given_ok(text, pos + sur, end) else None


# The middle dots that join the parts of a transliterated name.
_DOTS = "·•‧・"
# A lone character or a name's dot after jieba's word: the word is not the name's whole.
_LONE_PART = patterns.compile(rf"\p{{Han}}|[{_DOTS}]")


def is_common_word(word: str) -> bool:
    """A common word that starts with a surname (施工, 单位): no name."""
    return word in _NOT_NAMES


def suffixed_given_ok(text: str, start: int, end: int) -> bool:
    """text[start:end] can be a given name whose last character also ends names of places, bodies
    and common words (中会, 沛年, 社): for names whose end something else makes certain."""
    if end - start == 1:
        c = text[start : start + 1]
        return "\u4e00" <= c <= "\u9fff" and c not in _NOT_SUFFIXED_LAST
    return given_ok(text, start, end - 1) and suffixed_given_ok(text, end - 1, end)


def suffixed_name_at(bounds: Boundaries, pos: int) -> int | None:
    """End of a three-character name whose last character also ends names of places, bodies and
    common words (刘中会, 贾沛年, 杨明州): read only right after a title (dims/person.py), and only
    where punctuation, a title or a word that follows names (表示, 率) closes it; None otherwise."""
    text = bounds.text
    end = pos + 3
    if surname_at(text, pos) != 1 or end > len(text) or text[end - 1] not in _NOT_GIVEN:
        return None
    if not suffixed_given_ok(text, pos + 1, end):
        return None
    if bounds.word_at(pos) >= 2 or text[pos:end] in _NOT_NAMES or text[pos : pos + 2] in _NOT_NAMES:
        return None
    if text[pos] in _FUNCTION_CHARS or bounds.word_at(pos + 1) >= 2:
        return None  # 院士|和知名|专家: a conjunction and a word, not a surname and a given name
    if is_place(text[pos:end]):
        return None
    closed = _names.is_edge_char(text, end) or _names.right_context_at(text, end) > 0 or title_at(text, end) is not None
    return end if closed else None


def is_name(bounds: Boundaries, start: int, end: int, *, last_free: bool = False) -> bool:
    """text[start:end] reads as a surname and one or two given-name characters (周舟|副州长, where
    name_at would read 周舟副|州长)."""
    text = bounds.text
    sur = surname_at(text, start) if start >= 0 else 0
    if not sur or not 1 <= end - start - sur <= 2:
        return False
    if not given_ok(text, start + sur, end, last_free=last_free):
        return False
    return not (2 <= bounds.word_at(start) <= end - start or text[start:end] in _NOT_NAMES)


# A transliterated name (蒂姆·库克, 买买提·艾力): parts of Han characters joined by middle dots ((session 30) also the
# hyphenation point and the katakana middle dot of Hong Kong, Macau and Taiwan pages: 艾爾林杜‧其隆杜; _DOTS).
_DOTTED = patterns.compile(rf"\p{{Han}}{{1,6}}(?:[{_DOTS}]\p{{Han}}{{1,8}}){{1,3}}")


def dotted_name_at(bounds: Boundaries, pos: int) -> int | None:
    """End of a transliterated name starting at `pos` that ends clear (after a title or in a byline)."""
    m = _DOTTED.match(bounds.text, pos)
    if m is None:
        return None
    end = m.end()
    # The last part may run into the word after it (蒂姆·库克表示): end it at the first clear right.
    last_dot = pos + max(m.group().rfind(dot) for dot in _DOTS)
    for stop in range(last_dot + 2, end + 1):
        if bounds.clear_right(stop):
            return stop
    return None


def is_place(name: str) -> bool:
    """A division's name or short name (常熟, 张家港, 林芝): in a list it is the place, not a person."""
    return any(sense.form != "weak" for sense in gazetteer.get().senses(name))
