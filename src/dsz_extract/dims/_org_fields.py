"""Research units named after two fields (地球物理与…研究所, 化学与材料科学学院): the conjunction cuts the name the
suffix rule reads, but the first field stands right after the academy, university or place the unit belongs to."""

from __future__ import annotations

from .. import gazetteer, patterns
from ._names import Boundaries, words
from ._org_levels import PLACE_PREFIX
from ._org_words import ANAPHORIC_PLACE, KIND, SUFFIX, leading_place

_HAN = patterns.compile(r"\p{Han}+")

# An institute named after two fields joined by 与/及/和 (中国科学院地质|与|地球物理研究所, 湖南省耕地|与|
# 农业环境生态研究所, 泉州天津大学集成电路|及|人工智能研究院): the conjunction cut it, but the first field
# stands right after the academy, university or place the institute is named after.
_FIELD_JOINS = ("与", "及", "和")
_FIELD_LENGTHS = (2, 3, 4)
_FIELD_HOSTS = ("research", "university")
_TITLES = words("person_titles.txt")


def _second_field(text: str, cand: tuple[int, int, str], suffix_len: int) -> bool:
    """The cut name is a field and its suffix (地球物理|研究所), not a place's or a body's name."""
    start, end, kind = cand
    field = text[start : end - suffix_len]
    return (
        kind == "research"
        and text[start - 1 : start] in _FIELD_JOINS
        and 2 <= len(field) <= 8
        and _HAN.fullmatch(field) is not None
        and leading_place().match(field) is None
        and SUFFIX.search(field) is None
    )


# A host's unit named after two fields (中国科学院|青岛生物能源与过程|研究所, 四川大学|化学与材料科学|学院): the
# first field may lead with the unit's city (青岛生物能源); people or a team before 与 make two parties.
_TWO_FIELDS = patterns.compile(r"(?P<first>\p{Han}{2,6}?)[与及和](?P<second>\p{Han}{2,8})")
_PEOPLE_END = ("团队", "师生", "专家", "学者", "人员", "院士", "校友", "学生", "代表", "领导", "负责人")


def two_field_unit(bounds: Boundaries, host: tuple[int, int, str], s_start: int, end: int) -> bool:
    """The suffix text[s_start:end] closes a unit of `host` written right after it, named after two fields."""
    text = bounds.text
    if host[2] not in _FIELD_HOSTS or KIND[text[s_start:end]] not in _FIELD_HOSTS:
        return False
    m = _TWO_FIELDS.fullmatch(text, host[1], s_start)
    if (
        m is None
        or bounds.ends_between(host[1], m.end("first") - 1)
        or bounds.ends_between(m.start("second"), s_start - 1)
    ):
        return False  # a break word inside a field (the conjunction itself is one)
    first, second = m.group("first"), m.group("second")
    if len(first) > 4 and not any(gazetteer.get().lookup(first[:k]) for k in (2, 3)):
        return False  # a long first field is a city and a field (青岛|生物能源)
    return not any(
        SUFFIX.search(field) or field.endswith(_TITLES) or field.endswith(_PEOPLE_END) for field in (first, second)
    )


def first_field_start(
    bounds: Boundaries, found: list[tuple[int, int, str]], cand: tuple[int, int, str], suffix_len: int
) -> int | None:
    """Where an institute named after two fields starts, when the conjunction cut it; None if it did not."""
    text = bounds.text
    if not _second_field(text, cand, suffix_len):
        return None
    conj = cand[0] - 1
    segment_start = bounds.left_edge(conj)
    for k in _FIELD_LENGTHS:
        p = conj - k
        field = text[p:conj]
        if not _HAN.fullmatch(field) or SUFFIX.search(field) or field.endswith((*_TITLES, *_PEOPLE_END)):
            continue
        if found and found[-1][1] == p and found[-1][2] in _FIELD_HOSTS:
            return found[-1][0]
        if (
            p > segment_start
            and PLACE_PREFIX.fullmatch(text, segment_start, p)
            and not ANAPHORIC_PLACE.match(text, segment_start, p)
        ):
            return segment_start
    return None
