"""A known firm's place before its short name (dims/_org_context.py, rule 6): a province or a city written
before it is part of the name as the page writes it (江苏|恒瑞医药 → 江苏恒瑞医药, as 山东魏桥); a country
is a place of its own that opens the name (美国|沃尔玛, 新加坡|淡马锡)."""

from __future__ import annotations

from .. import gazetteer
from ._names import Boundaries, Taken

_HOME_LEVELS = frozenset(("province", "city"))  # a country stays a place: 美国|沃尔玛公司, 德国|尼玛克


def home_before(bounds: Boundaries, taken: Taken, start: int) -> int:
    """A known firm written after its province or city (江苏|恒瑞医药, 杭州|海康威视, 广东|比亚迪) is
    named with it, as 山东魏桥 is: where that place starts at a clear edge; else the name's own start."""
    text = bounds.text
    for p in range(max(0, start - _MAX_HOME), start - 1):
        senses = gazetteer.get().senses(text[p:start])
        if (
            any(x.form in ("name", "short") and x.place.level in _HOME_LEVELS for x in senses)
            and not taken.overlapping(p, start)
            and bounds.clear_left(p, taken)
        ):
            return p
    return start


_MAX_HOME = 5


def after_country(bounds: Boundaries, taken: Taken, start: int) -> bool:
    """A known firm right after its country (新加坡|淡马锡, 德国|巴斯夫): the country, at a clear edge, is a place
    of its own and the firm's name starts after it."""
    text = bounds.text
    return any(
        gazetteer.get().country(text[p:start]) is not None and bounds.clear_left(p, taken)
        for p in range(max(0, start - _MAX_HOME), start - 1)
    )
