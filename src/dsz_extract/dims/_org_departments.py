"""Departments and units written right after the body they belong to (高雄市政府|经济发展局, 广州市商务局|外资管理处,
州委|办): when the two are one organisation, and when a seat after a department is a title's part."""

from __future__ import annotations

from ._org_edges import party_seat
from ._org_words import NOT_BEFORE

_DEPARTMENT_END = ("局", "厅", "委", "办", "署", "处", "司", "办公室", "党组", "部")
# What a department may be written right after: a government, a party committee, a ministry or a
# provincial department (高雄市政府|经济发展局, 中共青岛市委|组织部, …社会保障厅|外国专家局).
_PARENT_END = (
    "政府",
    "市委",
    "县委",
    "省委",
    "区委",
    "州委",
    "党委",
    "厅",
    "部",
    "大使馆",
    "领事馆",
    "国务院",
    "中共中央",
)


def seat_after_department(text: str, cand: tuple[int, int, str], s_start: int, end: int) -> bool:
    """Whether the candidate is a department read up to a party seat before a title (…建设监督局|党组书记):
    the department's own suffix was refused (a long stem), yet the seat is the title's part, no body."""
    return party_seat(text, s_start, end) and text.endswith(_DEPARTMENT_END, cand[0], s_start) and s_start - cand[0] > 2


def department_of(text: str, government: tuple[int, int, str], dept: tuple[int, int, str]) -> bool:
    """A department written right after the body it belongs to is one body (高雄市政府|经济发展局), and so
    is a bureau's or a commission's division (广州市商务局|外资管理处)."""
    g_start, g_end, _ = government
    if g_end != dept[0] or dept[2] != "government":
        return False
    if text.endswith(_PARENT_END, g_start, g_end):
        return text.endswith(_DEPARTMENT_END, dept[0], dept[1])
    return text.endswith(BUREAU_END, g_start, g_end) and text.endswith(_DIVISION_END, dept[0], dept[1])


# A bureau or a commission (other than a party committee, above) is divided into 处 (商务局|外资管理处,
# 发改委|投资处); a 局 or 委 after another is a body of its own.
BUREAU_END = ("局", "委", "委员会")
_DIVISION_END = ("处",)

# The offices and party schools of a government or a party committee, written bare right after it
# (州委|办, 县政府|办, 省委|党校): one body.
_BARE_UNIT = ("办", "党校")
_UNIT_PARENT_END = ("政府", "委")


def bare_unit(text: str, body: tuple[int, int, str], s_start: int, end: int) -> bool:
    suffix = text[s_start:end]
    not_before = NOT_BEFORE[suffix]
    return (
        body[1] == s_start
        and suffix in _BARE_UNIT
        and text.endswith(_UNIT_PARENT_END, body[0], body[1])
        and (not_before is None or not not_before.match(text, end))
    )
