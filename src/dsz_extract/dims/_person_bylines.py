"""Writers and people in pictures: the names a page gives outside its sentences (rules of dims/person.py).

- Bylines: 记者 唐学钰, 通讯员 梁明波, (文/张超), 作者：A、B、C | 责任编辑：D, 〔記者廖家寧／台北報導〕,
  吉林日报记者李婷姜岸松 (two names with no gap, ending the line), (记者刘佳惠子) (a four-character
  name closed by the bracket), (记者曹某通讯员刘某庞某) (writers' words glued to the names), and the
  credits of editors and videos (一审：A, 统筹：B, 摄像：C、D, 选稿：E).
- Names in brackets: （宋超） closing a paragraph, (郑仁 沈春来) likewise, (買祥發、史笑妍、田成瑞)
  anywhere (two or more names joined by 、, nothing else inside).
- Photo credits: 李克 摄 / 奉正云 攝 ending a line, (胡海燕摄) / （记者 胡海燕 摄） in a bracket of their own.
- Captions: 谭乐和(右二)指导…: a name before its place in the picture.
"""

from __future__ import annotations

import regex

from .. import patterns
from ..doc import Doc
from . import _names
from ._names import Boundaries, alternation, table
from ._person_names import (
    SURNAME_RANK,
    doubled_given_ok,
    given_ok,
    is_common_word,
    is_name,
    is_place,
    name_at,
    suffixed_given_ok,
    surname_at,
)

Person = tuple[int, int, "str | None", "str | None"]

_BYLINE_TITLE: dict[str, str | None] = {
    row[0]: (row[1] if row[1] != "-" else None) for row in table("person_bylines.txt")
}
_BYLINE = patterns.compile(rf"(?:{alternation(_BYLINE_TITLE)})[ \t\u3000]*[:：/|｜]?[ \t\u3000]*")
_BYLINE_GAP = patterns.compile(r"[ \t\u3000、,，]+")
_REPORTER = ("记者", "本报记者", "特约记者", "见习记者", "首席记者", "融媒体记者")
_HAN_BEFORE = patterns.compile(r"\p{Han}")
# Brackets a byline may open with besides the punctuation of _names (〔記者廖家寧／台北報導〕).
_BYLINE_OPENERS = "〔〖"
_CLOSERS = "）)〕〗"
_SPACES = " \t\u3000"


def find(doc: Doc, bounds: Boundaries) -> list[Person]:
    credits = _occurrences(bounds.text, ("摄", "供图"))
    return (
        _bylines(doc, bounds)
        + _bracketed(bounds)
        + _photo_credits(bounds, credits)
        + _bracketed_credits(bounds, credits)
    )


# --- bylines -------------------------------------------------------------------------------------


def _bylines(doc: Doc, bounds: Boundaries) -> list[Person]:
    """记者 唐学钰 / 通讯员 梁明波 / (文/张超) / 作者：A、B、C."""
    text = bounds.text
    found: list[Person] = []
    for m in _BYLINE.finditer(text):
        if not (_names.is_edge_char(text, m.start() - 1) or _glued(text, m) or _opened(text, m.start())):
            continue
        word = m.group().rstrip(" \t\u3000:：/|｜")
        if len(word) == len(m.group()) == 1:
            continue  # 文章来源, 图片: a one-character byline word stands apart from the name (文/张超)
        title = _BYLINE_TITLE[word]
        if title is not None and word.endswith(title):
            # As written: 記者 in a traditional text, not the 记者 of the list.
            word_end = m.start() + len(word)
            title = _names.verbatim(doc, word_end - len(title), word_end)
        pos = m.end()
        while pos < len(text):
            end = (
                _name_before_reporter(bounds, pos)
                or name_at(bounds, pos)
                or _name_before_byline(bounds, pos)
                or _four_character_name(bounds, pos)
                or _closed_name(bounds, pos)
                or _name_before_dateline(bounds, pos)
            )
            if end is None and surname_at(text, pos) == 1 and _SPACED_NAME.match(text, pos):
                end = pos + 3  # 记者 吴 峰 通讯员 魏 冉: two characters spaced to the width of three
            if end is None:
                found.extend((s, e, title, None) for s, e in _glued_names(bounds, pos))
                break
            found.append((pos, end, title, None))
            gap = _BYLINE_GAP.match(text, end)
            if gap is None or "\n" in gap.group():
                break
            pos = gap.end()
    return found


# Writers' words that follow the name before them with no gap ((记者曹怡然通讯员刘剑飞), 市台办通讯员 邱晓林).
_GLUED_WRITERS = (*_REPORTER, "通讯员", "通信员", "实习生", "采访人员")


def _glued(text: str, m: regex.Match[str]) -> bool:
    """A writer's byline glued to the outlet or to the name before it (长江日报记者马振华, 大河客户端记者 郑松波,
    记者曹怡然通讯员刘剑飞)."""
    return bool(
        (m.group().startswith(_GLUED_WRITERS) or m.group().rstrip().endswith((":", "：")))
        and _HAN_BEFORE.match(text, max(0, m.start() - 1))
    )


def _opened(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1] in _BYLINE_OPENERS


def _name_before_byline(bounds: Boundaries, pos: int) -> int | None:
    """End of a name right before the next byline word (编辑: 邓高靖责编: 胡晓萌)."""
    text = bounds.text
    sur = surname_at(text, pos)
    if not sur:
        return None
    for n in (3, 2):
        end = pos + n
        if _BYLINE.match(text, end) and given_ok(text, pos + sur, end) and name_at(bounds, pos, right="title") is None:
            return end
    return None


def _closed_name(bounds: Boundaries, pos: int) -> int | None:
    """End of a name whose last character also ends body and place names (通讯员 任社), where a
    bracket, a space or the line end closes the byline's name."""
    text = bounds.text
    sur = surname_at(text, pos)
    if not sur:
        return None
    for given in (2, 1):
        end = pos + sur + given
        if end <= len(text) and _closed_given_ok(text, pos + sur, end) and _closes(text, end):
            return None if is_common_word(text[pos:end]) else end
    return None


def _closed_given_ok(text: str, start: int, end: int) -> bool:
    """(session 30) A given name doubled (记者 潘园园, 王丹丹) ends on any Han character its name may hold: a byline's
    bracket or space makes its end certain."""
    return doubled_given_ok(text, start, end) or suffixed_given_ok(text, start, end)


def _closes(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in _CLOSERS or text[end] in _SPACES or text[end] in "\r\n"


# A byline's dateline glued to the name (記者李怡欣台灣高雄報導, 记者张伟北京报道): places, then 报道; a news
# agency's with its day (中央社記者曾智怡台北12日電), and one after a slash (記者扶小萍/南投報導).
_DATELINE = patterns.compile(
    r"[/／]?\p{Han}{2,6}?(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:报道|报导|電|电)(?=[）)〕\s,，]|$)"
)


def _name_before_dateline(bounds: Boundaries, pos: int) -> int | None:
    """End of a name right before the place its writer reports from and 报道."""
    text = bounds.text
    sur = surname_at(text, pos)
    for given in (2, 1):
        end = pos + sur + given
        slash = text[end : end + 1] in ("/", "／")
        if sur and given_ok(text, pos + sur, end) and _DATELINE.match(text, end) and _place_at(text, end + slash):
            return end
    return None


def _place_at(text: str, pos: int) -> bool:
    return any(is_place(text[pos : pos + n]) for n in (2, 3))


def _reporter_at(text: str, pos: int) -> bool:
    m = _BYLINE.match(text, pos)
    return m is not None and _BYLINE_TITLE[m.group().rstrip(" \t\u3000:：/|｜")] is not None


def _name_before_reporter(bounds: Boundaries, pos: int) -> int | None:
    """End of a name glued to a byline word that gives a title (刘树东|记者李民峰), not to 文 or 图."""
    end = _name_before_byline(bounds, pos)
    return end if end is not None and _reporter_at(bounds.text, end) else None


def _four_character_name(bounds: Boundaries, pos: int) -> int | None:
    """A single surname and three given characters that the bracket closing the byline ends
    ((记者刘佳惠子)); elsewhere a fourth character opens the next word."""
    text = bounds.text
    end = pos + 4
    if surname_at(text, pos) != 1 or text[end : end + 1] == "" or text[end] not in _CLOSERS:
        return None
    return end if given_ok(text, pos + 1, end) else None


def _glued_names(bounds: Boundaries, pos: int) -> list[tuple[int, int]]:
    """Two names written with no gap that end the line, the bracket or the writer's name before the next
    writer's (吉林日报记者李婷姜岸松, (记者姜宁张风), 通讯员代明董志超记者彭传军): the split whose second surname is the
    more common one (李婷|姜岸松, not 李婷姜|岸松)."""
    text = bounds.text
    end = pos
    while end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and not (end > pos and _reporter_at(text, end)):
        end += 1
    rest = text[end : end + 8].lstrip(_SPACES)
    if not 4 <= end - pos <= 6 or not (
        rest == "" or rest[0] in "\r\n" or rest[0] in _CLOSERS or _reporter_at(text, end)
    ):
        return []
    splits = [
        pos + first for first in (2, 3) if is_name(bounds, pos, pos + first) and is_name(bounds, pos + first, end)
    ]
    if not splits:
        return []
    mid = min(splits, key=lambda at: SURNAME_RANK.get(text[at], len(SURNAME_RANK)))
    return [(pos, mid), (mid, end)]


# --- names in brackets ---------------------------------------------------------------------------

_LINE_END = patterns.compile(r"[ \t\u3000]*(?:\r?\n|$)")
# Where a person stands in a picture: (右二), （左一）, (前排左三), （中）.
_PICTURE_PLACE = patterns.compile(r"[（(](?:(?:前排|后排|中排)?[左右][一二三四五六七八九十0-9]?起?|中)[）)]")
_PICTURE_FIRST = frozenset("前后中左右")
# A bracket that may open a caption's place or names alone (not the pinyin some pages put after a
# character: 創(chuàng)), or a name glued to the reporter's byline ((刘树东记者李民峰)).
_BRACKET_OPEN = patterns.compile(r"[（(](?=[前后中左右]|\p{Han}{2,4}(?:[）)、 \t\u3000]|记者|通讯员))")


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    """Sorted starts of a few short words (str.find runs at C speed; these words are rare)."""
    found: list[int] = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return sorted(found)


def _bracketed(bounds: Boundaries) -> list[Person]:
    """What brackets hold or end: a caption's name before (右二), and names alone in brackets."""
    text = bounds.text
    found: list[Person] = []
    for m in _BRACKET_OPEN.finditer(text):
        at = m.start()
        first = text[at + 1 : at + 2]
        if first in _PICTURE_FIRST and _PICTURE_PLACE.match(text, at):
            found += _caption_before(bounds, at)
        elif surname_at(text, at + 1):
            found.extend((s, e, None, None) for s, e in _names_alone(bounds, at + 1, dated=_after_dateline(text, at)))
        elif (outlet := _OUTLET_FIRST.match(text, at + 1)) is not None and surname_at(text, outlet.end()):
            # (山西日报 邓焕彦 崔 杰): the paper, then its writers
            found.extend((s, e, None, None) for s, e in _names_alone(bounds, outlet.end()))
    return found


# A paper or station opening a closing bracket of writers' names, a space after it.
_OUTLET_FIRST = patterns.compile(r"\p{Han}{2,8}?(?:日报|晚报|时报|商报|报|电视台|融媒体中心|新闻网)[ \t\u3000]+")
# A two-character name spaced to the width of three (崔 杰), as bylines align them.
_SPACED_NAME = patterns.compile(r"\p{Han}[ \u3000]\p{Han}(?=[）)]|[ \t\u3000\r\n]|$)")


def _caption_before(bounds: Boundaries, end: int) -> list[Person]:
    """谭乐和(右二)指导菠萝蜜地方种子资源收集: the bracket ends the name, whatever its last character."""
    text = bounds.text
    start = next((end - n for n in (3, 2) if is_name(bounds, end - n, end, last_free=True)), None)
    if start is not None and (_names.is_edge_char(text, start - 1) or bounds.clear_left(start)):
        return [(start, end, None, None)]
    return []


# A news agency's dateline (郑州11月7日电, 本报讯): the bracket right after it holds the writers.
_DATELINES = ("日电", "日讯", "报讯", "社电", "网讯")


def _after_dateline(text: str, bracket: int) -> bool:
    return text[max(0, bracket - 6) : bracket].rstrip(_SPACES).endswith(_DATELINES)


def _names_alone(bounds: Boundaries, pos: int, *, dated: bool = False) -> list[tuple[int, int]]:
    """Names alone in brackets from `pos`: （宋超） or (郑仁 沈春来) closing a line or a dateline
    (郑州11月7日电 (李贵刚 杨大勇)记者从…), （徐卫 记者 刘楠） (the names after 记者 are the byline's), and
    two or more joined by 、 anywhere (買祥發、史笑妍、田成瑞)."""
    text = bounds.text
    names: list[tuple[int, int]] = []
    joined, spaced = False, False
    while True:
        end = name_at(bounds, pos) or _name_before_reporter(bounds, pos)
        if end is None and surname_at(text, pos) == 1 and _SPACED_NAME.match(text, pos):
            end = pos + 3
        if end is None:
            return []
        names.append((pos, end))
        if _reporter_at(text, end):
            return names  # （刘树东记者李民峰）: the byline reads on
        after = text[end : end + 1]
        if after in ("）", ")"):
            if not ((joined and not spaced) or dated) and _LINE_END.match(text, end + 1) is None:
                return []
            return names
        if after == "、":
            joined, pos = True, end + 1
            continue
        gap = end
        while text[gap : gap + 1] in _SPACE_CHARS:
            gap += 1
        if gap == end or joined:
            return []
        if _BYLINE.match(text, gap):
            return names  # （徐卫 记者 刘楠）: the byline reads on
        spaced, pos = True, gap


_SPACE_CHARS = (" ", "\t", "\u3000")


# --- photo credits -------------------------------------------------------------------------------

_CREDIT = patterns.compile(r"(?:摄影?|供图)[ \t\u3000]*(?=\r?\n|$)")


def _photo_credits(bounds: Boundaries, credits: list[int]) -> list[Person]:
    """李克 摄 / 奉正云 攝 ending a line: the names before the credit, apart by spaces or 、."""
    text = bounds.text
    found: list[Person] = []
    for at in credits:
        if text[at - 1 : at] not in _SPACE_CHARS or _CREDIT.match(text, at) is None:
            continue
        end = at - 1
        while text[end - 1 : end] in _SPACE_CHARS:
            end -= 1
        names: list[tuple[int, int]] = []
        while True:
            start = next((end - n for n in (3, 2) if is_name(bounds, end - n, end)), None)
            if start is None:
                break
            names.append((start, end))
            end = start
            while text[end - 1 : end] in ("、", " ", "\u3000", "\t") and end > 0:
                end -= 1
            if end == start:
                break
        if names and _names.is_edge_char(text, names[-1][0] - 1):
            found.extend((s, e, None, None) for s, e in reversed(names))
    return found


# A credit in a bracket of its own, the name glued to 摄 or spaced from it: (胡海燕摄), （记者 胡海燕 摄）.
_BRACKETED_CREDIT = patterns.compile(r"[（(](?:记者|通讯员)?[ \t\u3000]*(\p{Han}{2,3})[ \t\u3000]*(?:摄影?|供图)[）)]")


_CREDIT_REACH = 12


def _bracketed_credits(bounds: Boundaries, credits: list[int]) -> list[Person]:
    text = bounds.text
    found: list[Person] = []
    for at in credits:
        lo = max(0, at - _CREDIT_REACH)  # a bracket of its own is short: look back a few characters only
        opened = max(text.rfind("(", lo, at), text.rfind("（", lo, at))
        m = _BRACKETED_CREDIT.match(text, opened) if opened >= 0 else None
        if m is not None and m.end() > at and is_name(bounds, m.start(1), m.end(1), last_free=True):
            found.append((m.start(1), m.end(1), None, None))
    return found
