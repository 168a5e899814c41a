"""The day of an occasion told long before the sentence that says what was signed at it.

A report opens on an occasion (6月27日，…人才周在光谷启动), tells its guests and speeches over many sentences,
then what was signed "at it" (开幕式上 / 会上 / 活动现场，…): those deals take the occasion's day. At the opening
ceremony of a fair of several days, the first day. And the day a headline gives its event (…签约仪式18日举行) when the
body's lead tells none. records/frames.py asks here for an event frame's day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import patterns
from ..timex import is_day

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence

# A dateline ends with these after its day ("3月1日电", "4月23日讯"), as records/frames.py says.
DATELINE_ENDS = ("电", "讯", "消息")

# "开幕式上，…" / "会上，…" / "活动现场，…" opening a sentence: it speaks of the occasion told before, however many
# sentences of speeches and guests lie between (6月27日，…人才周在光谷启动。…出席并讲话。…开幕式上，10个项目签约).
_AT_THE_OCCASION_RE = patterns.compile(
    r"[\s“”\"]*(?:在|于)?[^，,。；;]{0,10}?(?:开幕式上|仪式上|会上|活动中|活动上|现场|期间)[，,]"
)
_OCCASION_VERB_RE = patterns.compile(r"开幕|启动|举行|举办|召开|开幕式|揭幕|开展")
OCCASION_REACH = 15


def occasion_day(reading: Reading, sent: Sentence, usable: Callable[[Any], bool]) -> str | None:
    """The day of the occasion a sentence opening at it speaks of: the nearest earlier date of the report, when it
    is a day (or days) told with the occasion held or opened (举行, 开幕, 启动); another date nearer is another time."""
    if _AT_THE_OCCASION_RE.match(reading.norm, sent.span.start) is None:
        return None
    for back in range(1, OCCASION_REACH + 1):
        if sent.index - back < 0:
            return None
        earlier = reading.sentences[sent.index - back]
        dates = [
            m
            for m in earlier.of_type("date")
            if reading.is_period_date(m)
            and not reading.norm.startswith(DATELINE_ENDS, m.end)
            and m.start >= reading.body_start
        ]
        if not dates:
            continue
        day = dates[-1]
        held = _OCCASION_VERB_RE.search(reading.norm, day.end, earlier.span.end) is not None
        return day.value.timex if _is_days(day.value.timex) and held and usable(day) else None
    return None


# "开幕式上，…签约项目12个": what was signed at the opening ceremony was signed on the event's first day.
_AT_THE_OPENING_RE = patterns.compile(r"开幕式|开幕当天|开幕首日|首日")


def at_the_opening(reading: Reading, sent: Sentence, timex: str) -> str:
    """The first day of a span of days (11月28日至30日，…投洽会在福州举行。开幕式上，…), when the sentence speaks
    of the opening: the fair lasts the span, its opening ceremony the first day."""
    if "/" not in timex or _AT_THE_OPENING_RE.search(reading.norm, sent.span.start, sent.span.end) is None:
        return timex
    first = timex.split("/")[0]
    return first if is_day(first) else timex


def _is_days(timex: str) -> bool:
    return is_day(timex) or ("/" in timex and all(is_day(end) for end in timex.split("/")))


# The verbs a headline tells its event's day with ("…集中签约仪式18日举行", "…项目昨日集中开工").
_HEADLINE_EVENT_RE = patterns.compile(
    r"\s*(?:上午|下午)?\s*(?:在[^，,。；;\s]{1,12})?(?:隆重)?(?:集中)?(?:举行|举办|召开|开幕|开工|签约|启动)"
)


def headline_day(reading: Reading, sent: Sentence) -> str | None:
    """The day the page's headline gives its event ("晋城市重大项目集中签约仪式18日举行"), for an event the lead of the
    body tells without one (本次集中签约项目56个…); a day of a headline stating no event is the page's."""
    title = reading.doc.title_span
    if title is None or sent.paragraph > reading.sentences[0].paragraph:
        return None
    days = (m for m in reading.doc.mentions if m.type == "date" and title.start <= m.start < title.end)
    for m in days:
        if is_day(m.value.timex) and _HEADLINE_EVENT_RE.match(reading.norm, m.end, title.end) is not None:
            return m.value.timex
    return None


# A page's stamp run into the body's first line ("date 2025-11-24 第二十八届…洽谈会日前在香港举行"): the page's day,
# no event's.
_STAMP_LABEL_RE = patterns.compile(r"(?:^|\n)\s*(?i:date)\s*[：:]?\s*$")
STAMP_LABEL_REACH = 8


def is_a_stamp(reading: Reading, m: Any) -> bool:
    """Whether the date mention `m` is a page's stamp labelled "date" at the start of its line."""
    return _STAMP_LABEL_RE.search(reading.norm, max(0, m.start - STAMP_LABEL_REACH), m.start) is not None
