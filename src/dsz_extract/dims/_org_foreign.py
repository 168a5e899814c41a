"""Foreign firms named in Latin letters after their origin, as approvals of investment in Taiwan are reported
(丹麦商ORSTED WINDPOWER TW HOLDING A/S，以约20亿美元…; 英属开曼群岛商STONEPEAK OCEANVIEW （CAYMAN）HOLDINGS COMPANY以…).
The origin (…商) is no part of the name; the name runs over capitals, digits, spaces and brackets."""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken

Span = tuple[int, int, str]

_ORIGINS = (
    "美|日|德|韩|韓|法|英|荷|星|欧|歐|香港|丹麦|丹麥|卢森堡|盧森堡|新加坡|荷兰|荷蘭|瑞士|瑞典|加拿大|澳洲|澳大利亚"
    "|英属开曼群岛|英屬開曼群島|开曼群岛|開曼群島|英属维尔京群岛|英屬維爾京群島|英屬維京群島|萨摩亚|薩摩亞"
    "|百慕达|百慕達|塞舌尔|塞席爾|马来西亚|馬來西亞|泰国|泰國|意大利|義大利|西班牙|比利时|比利時|以色列|印度|挪威"
)
_LATIN_AFTER_ORIGIN = patterns.compile(
    rf"(?:{_ORIGINS})商(?P<name>[A-Z][A-Z0-9&.,'/\- （）()]{{2,80}}?[A-Z0-9.)）])(?=[^A-Z0-9&.,'/\- （）()]|$)"
)


def latin_foreign_firms(bounds: Boundaries, taken: Taken) -> list[Span]:
    """Firms in Latin capitals right after their foreign origin (英商GOOGLE … LIMITED)."""
    out: list[Span] = []
    for m in _LATIN_AFTER_ORIGIN.finditer(bounds.text):
        start, end = m.span("name")
        if not taken.overlapping(start, end):
            out.append((start, end, "company"))
    return out
