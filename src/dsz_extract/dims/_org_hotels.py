"""The hotel an event is held in (在宜良县新世纪大酒店|举行, 在林海商务酒店隆重举行), for dims/org.py: a business
(kind company), not a project (建设五星级酒店 names none)."""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken

Span = tuple[int, int, str]
_HOTEL_OF_EVENT = patterns.compile(
    r"在(?P<name>\p{Han}{2,14}?(?:大酒店|酒店|饭店|宾馆))(?:\p{Han}{0,6}?(?:厅|会议室|礼堂|会场|会议中心))?"
    r"(?=(?:隆重|顺利|盛大|正式)?(?:举行|召开|举办|开幕))"
)
_HOTEL_WORDS = ("大酒店", "酒店", "饭店", "宾馆")


def event_hotels(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Hotels named as where an event is held, also with the hall of it (在淮安宾馆|中华厅举行); the name has a
    word of its own before the hotel word (not 在该酒店, 在五星级酒店)."""
    out: list[Span] = []
    for m in _HOTEL_OF_EVENT.finditer(bounds.text):
        s, e = m.span("name")
        stem = bounds.text[s:e].removesuffix(next(w for w in _HOTEL_WORDS if bounds.text.endswith(w, s, e)))
        if taken.overlapping(s, e) or bounds.ends_between(s, e - 1) or _names_nothing(stem):
            continue
        out.append((s, e, "company"))  # a hotel is a business
    return out


def _names_nothing(stem: str) -> bool:
    return len(stem) < 2 or stem.startswith(("该", "本", "这", "此", "一家", "五星", "四星", "星级"))
