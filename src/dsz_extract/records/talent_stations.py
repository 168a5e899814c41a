"""People who join a workstation ("新增进站院士12名", "新建院士工作站3家，进站院士3名", "博士后工作站新进站博士后
38人"): academicians and experts entering a station work with its host flexibly, as those a station is named after
do (real-dev X04: 进站院士为桂卫华 → flexible); postdoctoral researchers entering one are told with no mode (新进站
博士后86人), as before.
The station named before the people is no part of their kind."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .phrase import Phrase
from .talent_words import CATEGORY_RE

# Entering a station, right before the people (the noun reader drops 进站 as a lead word).
_ENTERED_RE = patterns.compile(r"(?:新|已)?(?:进站|入站)(?:的)?$")
# A station named at the start of the people's noun, with its entrants after it.
_STATION_RE = patterns.compile(
    r"[^，,。；;]{0,16}?(?:工作站|流动站|创新实践基地|工作室)(?:新|已)?(?:进站|入站)?(?:的)?"
)
_POSTDOC = "博士后"
# How far before the noun 进站 may stand.
_REACH = 4


# The people a station has ("共有进站院士56名"): a stock, nobody joining.
_STOCK_RE = patterns.compile(r"共有|现有|拥有|已有|累计|在站")


def entered(reading: Reading, clause_start: int, noun: Phrase) -> tuple[str, int] | None:
    """(mode, where the entry word starts) of people told as entering a station right before their noun."""
    norm = reading.norm
    found = _ENTERED_RE.search(norm, max(clause_start, noun.start - _REACH), noun.start)
    if found is None or _STOCK_RE.search(norm, clause_start, found.start()) is not None:
        return None
    if norm.startswith(_POSTDOC, noun.start):
        return None  # "今年全市新进站博士后86人": joining a postdoctoral station says no mode
    return "flexible", found.start()


def after_station(reading: Reading, noun: Phrase) -> Phrase:
    """The people after a station named at the start of their noun ("博士后工作站新进站博士后" → 博士后)."""
    found = _STATION_RE.match(reading.norm, noun.start, noun.end)
    if found is None or found.end() >= noun.end or CATEGORY_RE.search(reading.norm, found.end(), noun.end) is None:
        return noun
    return Phrase(found.end(), noun.end)
