"""Organisations read by fixed forms rather than by a suffix (rules 4 and 5 of dims/org.py).

4. Media outlets named by the page's furniture (dims/_media.py: source lines, datelines, bylines,
   breadcrumbs, copyright and reprint notes) and governments' web portals (长沙市人民政府|网); an
   outlet wins over a name found ending with it (版权均属|重庆日报).
5. The production and construction corps (新疆兵团) and its divisions, named by number alone
   (新疆兵团第六师, 兵团第一师、第三师).

Both take the organisations found by their suffix and return them with these added.
"""

from __future__ import annotations

from .. import patterns
from . import _names
from ._media import media_spans
from ._names import Taken

# --- rule 4: media outlets named by the page's furniture ----------------------------------------


# A government's web portal is named after it (长沙市人民政府|网, 中国政府|网), not its network (政府网络).
_PORTAL = patterns.compile(r"网(?![络格点民友上页址店购吧联])")


def _portals(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    return [(s, e + 1) for s, e, _ in found if text.endswith("政府", s, e) and _PORTAL.match(text, e)]


def with_media(found: list[tuple[int, int, str]], taken: Taken, text: str) -> list[tuple[int, int, str]]:
    """Add the outlets of source lines, datelines and bylines (dims/_media.py) and governments' portals;
    an outlet holding an organisation found by its suffix replaces it (香港商报|网 over 香港商报)."""
    spans = sorted({*media_spans(text), *_portals(found, text)})
    outlets = [(s, e) for s, e in spans if not taken.overlapping(s, e)]
    if not outlets:
        return _with_outlet_groups(found, text)
    inside = _names.Covered(outlets)
    # A found name ending where an outlet ends but starting before it carries a word the suffix rule
    # could not cut (版权均属|重庆日报, 注明来源|重庆日报): the outlet is the name.
    outlet_starts = {e: s for s, e in outlets}
    kept = [
        f
        for f in found
        if not (inside.holds(f[0], f[1]) and (f[0], f[1]) not in outlets) and not f[0] < outlet_starts.get(f[1], f[0])
    ]
    held = _names.Covered(kept)
    return _with_outlet_groups(sorted(kept + [(s, e, "media") for s, e in outlets if not held.overlaps(s, e)]), text)


# The group that publishes a paper is named after it (南方日报|报业集团, 湖北日报|传媒集团): one organisation.
_OUTLET_GROUP = patterns.compile(r"(?:报业传媒|新闻传媒|报业|传媒)集团(?:有限公司|有限责任公司)?")


def _with_outlet_groups(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        if out and out[-1][1] == s and out[-1][2] == "media" and _OUTLET_GROUP.fullmatch(text, s, e):
            out[-1] = (out[-1][0], e, "media")  # 南方日报 + 报业集团 found apart
            continue
        if kind == "media" and (group := _OUTLET_GROUP.match(text, e)) is not None:
            e = group.end()  # 湖北日报 + 传媒集团 the suffix rule left out
        out.append((s, e, kind))
    return out


# --- rule 5: divisions of the production and construction corps --------------------------------

# 新疆兵团第六师, 兵团第十三师: a division is named by its number, with no suffix (its city follows:
# 第六师五家渠市 is a division and a place); one listed after another is named by its number alone
# (兵团第一师、第三师). The corps itself goes by 新疆兵团.
_NUMBER = "[一二三四五六七八九十]{1,3}"
_CORPS_DIVISION = patterns.compile(rf"(?:新疆生产建设|新疆)?兵团第{_NUMBER}师(?:[、和及与]第{_NUMBER}师)*|新疆兵团")
_DIVISION_JOIN = patterns.compile("[、和及与]")


def with_corps_divisions(text: str, taken: Taken, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add the divisions; one replaces the corps found by its suffix at its start (新疆生产建设兵团|第八师)."""
    if "兵团" not in text:
        return found
    divisions = [
        span
        for m in _CORPS_DIVISION.finditer(text)
        for span in _divisions_of(m.start(), text[m.start() : m.end()])
        if not taken.overlapping(*span)
    ]
    if not divisions:
        return found
    inside = _names.Covered(divisions)
    kept = [f for f in found if not inside.holds(f[0], f[1])]
    held = _names.Covered(kept)
    return sorted(kept + [(s, e, "government") for s, e in divisions if not held.overlaps(s, e)])


def _divisions_of(start: int, listed: str) -> list[tuple[int, int]]:
    """The spans of the divisions a match lists (兵团第一师|、|第三师), the first with its corps."""
    spans = []
    for part in _DIVISION_JOIN.split(listed):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans
