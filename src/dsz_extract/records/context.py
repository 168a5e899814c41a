"""What the three assemblers share: sentences with their mentions, the topic a paragraph carries, evidence.

Reports state a place and a period once and then list figures for it across several sentences
("1—4月份，全市招商引资到位资金…；新签约亿元以上项目212个…"). `Reading` walks the sentences of
a document once, hands each assembler a `Sentence` with its clauses and mentions, and remembers
per paragraph the place and period the earlier sentences set (the "topic"), so a sentence that
names neither inherits them.

`Sentence` and `Found` (a value read for a record, with where it stands) are in records/sentence.py;
which places open a clause as the subject of its figures, and how a place stands to the report's subject
place, in records/subject_places.py (`Reading` inherits them); whether a figure is a target, a plan or an
actual result is read in records/kind.py.

All offsets are into `doc.norm`, which has the same length as the original text, so mention
offsets index it directly; evidence text is cut from the original.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterable, Iterator
from typing import Any

from .. import models, patterns, pubdate
from ..doc import Doc
from ..text import Span, is_heading
from ..timex import is_day
from . import frames, kind, metric_periods, topic_moves
from .kind import KIND_REACH
from .sections import Section, is_review_year
from .sentence import Anchors, Found, Sentence
from .subject_places import SubjectPlaces

# A stock counted since ever has no period: "累计达1687家", "上市企业总数达到82家", "引进办至今已引进84家".
# (累计完成 reports a flow within the period: "1—8月份，…收入累计完成16.09亿元".)
# (总数的 is the whole a share is taken of, "占项目总数的43%": no stock.)
STOCK_WORDS = r"累[计积](?!完成)|总数(?!的)|至今"
_STOCK_RE = patterns.compile(STOCK_WORDS)
UP_TO = ("截至", "截止", "到")
_MONTH_POINT_RE = patterns.compile(r"\d{4}-\d{2}")
_YEAR_RE = patterns.compile(r"\d{4}")
_FROM = ("自", "从")
_SINCE_CLOSE_RE = patterns.compile(r"以来[\s，,]*$")
# The start's event between a date and its 以来 ("自2022年6月揭牌以来", "从2014年启动实施以来").
_EVENT_SINCE_RE = patterns.compile(r"\p{Han}{0,8}?(?:以来|至今)")
# 从<day> <a few words> 至/到 <day>: the words between the two days of a span ("从4月10日挂牌至7月20日").
_TO = ("至", "到")
# A level told of a total (上市公司总数达到62家): a stock, not the sum of a span.
_LEVEL_AFTER_RE = patterns.compile(r"\s*(?:达到|达|突破|超过|增至|增加到|已达|为)")
_FROM_TO_TAIL_RE = patterns.compile(r"\p{Han}{0,4}[至到]")
_DAY_OR_MONTH_RE = patterns.compile(r"\d{4}-\d{2}(?:-\d{2})?")

# --- where the topic of a sentence comes from ----------------------------------------------------

# "目前，…" / "截至目前，…" speak of now: earlier periods of the paragraph no longer apply.
NOW_WORDS = ("目前", "截至目前", "截止目前", "到目前为止", "到目前", "现在", "当前", "如今", "至今")
_NOW_RE = patterns.compile(r"[\s“”\"'‘’「」]*(?:" + "|".join(NOW_WORDS) + ")")
# Whether a sentence holds a now-word at all: what a search for _NOW_RE tells, whose leading class, able to
# match nothing, made it try every character of the sentence.
_NOW_WORD_RE = patterns.compile("|".join(NOW_WORDS))
# A date right after 比 / 较 / 与 … is the base of a comparison ("比去年同期增长"), not a period.
_COMPARISON_BEFORE = ("比", "较", "对比", "相比", "高于", "低于", "多于", "少于", "快于", "慢于")
_COMPARISON_IN = ("同期",)
# What follows the base of a multiple ("是2007年的2.5倍", "分别是2008年的2.65倍和1.94倍").
_MULTIPLE_AFTER_RE = patterns.compile(
    r"\s*的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+(?:点[一二三四五六七八九十])?)\s*倍"
)

_ENDS_WITH_SEMICOLON_RE = patterns.compile(r"[；;]\s*$")
_BREAKDOWN_OPENING_RE = patterns.compile(r"[\s“”\"]*(?:其中|[^，,。；;：:]{1,24}中)[，,：:]")
# A sentence opening on the years before (近年来，…; 两年多来，…; 多年来，…) speaks of no period the paragraph carries.
_OTHER_YEARS_RE = patterns.compile(
    r"[\s“”\"'‘’「」]*(?:" + "|".join(frames.OTHER_TIME_WORDS) + r"|[两二三四五六七八九十]年多来)[，,]"
)
_TARGET_AFTER_RE = patterns.compile(r"\s*(?:的)?(?:目标|任务|计划)")
# How many paragraphs (with mentions) make the lead of a report, whose period carries through it.
LEAD_PARAGRAPHS = 2
# A comma or a full stop: the mark of a paragraph of prose.
_PROSE_MARK_RE = patterns.compile("[，,。]")

# A clock time right after a date: a page's stamp ("發佈時間:2024-04-07 10:40:41 | 來源:…"), run into the body
# where the page lost its line breaks.
_CLOCK_AFTER_RE = patterns.compile(r"\s*\d{1,2}:\d{2}")
# Verbs that attribute what follows to a speaker ("黄强说，", "他表示：", "X公司负责人介绍…").
SPEECH_VERBS = ("介绍", "说", "表示", "指出", "透露", "称", "告诉", "坦言", "谈到", "强调")
# ... and the reporter's source (frames.REPORTING_VERBS: "2月22日，记者从省商务厅获悉，今年1月，全省…").
_ATTRIBUTION_RE = patterns.compile(rf"(?:{'|'.join(SPEECH_VERBS + frames.REPORTING_VERBS)})[，,：:\s]*$")
# The source a sentence names before its news without a reporter (据了解，; 据悉，; 报告显示，; 据统计，): the
# clause after it opens what the sentence tells. (记者从…获悉 dates the news itself: frames.REPORTING_VERBS.)
_NEWS_SOURCE_RE = patterns.compile(r"(?:据了解|据悉|统计|显示)[，,：:\s]*$")
# How many clauses a sentence's attribution may take before its news ("本报讯…2月22日，记者从…获悉，").
ATTRIBUTION_CLAUSES = 3
_START_END = operator.attrgetter("start", "end")
_HAN_RE = patterns.compile(r"\p{Han}")
_EVIDENCE_STRIP_LEFT = " \t\r\n“”\"'‘’「」『』"
_EVIDENCE_STRIP_RIGHT = " \t\r\n，,；;：:、。！？!?"


_SINCE_RE = patterns.compile("以来|至今")


def _since_runs_to(period: str, reference: Any) -> bool:
    """A span a date 以来 opened, ending at the reference year or month ("从2014年以来" → 2014/2015 in a 2015
    report; 2013-06/2014-10): it runs to now, so "目前，…" after it still speaks of it."""
    first, slash, last = period.partition("/")
    if not slash or first.startswith(str(reference.year)):
        return False  # no span, or one within the reference year (those the month check reads)
    return last in (str(reference.year), f"{reference.year:04d}-{reference.month:02d}")


# What may follow a zone that ends a project's name: its phase, the building of it (…度假区一期, …工业园区建设项目,
# 深哈金融科技城): the project is the zone itself, not a project inside it.
_ZONE_TAIL_RE = patterns.compile(
    r"[（(]?(?:[一二三四五六七八九十\d]+期)?[)）]?(?:建设|开发|改造|扩建|新建)?(?:项目|工程)?"
    r"[（(]?(?:[一二三四五六七八九十\d]+期)?[)）]?(?:工程|项目)?"
)


def _names_the_project(norm: str, found: tuple[int, int, models.PlaceValue], projects: list[tuple[int, int]]) -> bool:
    """A zone read at the end of a project's name (佳兆业·空港凤凰科技城, 广西铜石岭国际旅游度假区一期): the
    project builds that zone, so it names no place the project lies in. `projects`: sorted mention spans."""
    start, end, value = found
    i = bisect.bisect_right(projects, (start, len(norm))) - 1
    if value.level != "zone" or i < 0 or projects[i][1] < end:
        return False
    return _ZONE_TAIL_RE.fullmatch(norm, end, projects[i][1]) is not None


class Reading(SubjectPlaces):
    """The sentences of a document, each with its mentions and the topic its paragraph carries."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        # What a reader finds once per document and looks up per sentence (frames: the ceremony words).
        self.memo: dict[str, Any] = {}
        self.sentences = self._sentences()
        self._period_cache: dict[int, Anchors] = {}
        self._opening_cache: dict[int, Any | None] = {}
        self._period_dates: dict[tuple[int, int], bool] = {}

    def _sentences(self) -> list[Sentence]:
        doc = self.doc
        mentions = sorted(doc.mentions, key=_START_END)
        starts = [m.start for m in mentions]
        para_starts = [p.start for p in doc.paragraphs]
        # The document's clauses (computed once, shared with the passes), bucketed by sentence.
        clauses = doc.clauses
        clause_starts = [c.start for c in clauses]
        title = doc.title_span
        out: list[Sentence] = []
        for span in doc.sentences:
            if title is not None and title.start <= span.start and span.end <= title.end:
                continue
            lo = bisect.bisect_left(starts, span.start)
            hi = bisect.bisect_left(starts, span.end)
            inside = [m for m in mentions[lo:hi] if m.end <= span.end]
            paragraph = max(0, bisect.bisect_right(para_starts, span.start) - 1)
            own = clauses[bisect.bisect_left(clause_starts, span.start) : bisect.bisect_left(clause_starts, span.end)]
            out.append(Sentence(len(out), span, paragraph, own or [span], inside))
        return out

    def places_in(self, start: int, end: int) -> list[models.PlaceValue]:
        """Cities and counties the place pass read inside a project's name between `start` and `end`."""
        found = self._places_in_projects
        i = bisect.bisect_left(found, (start,))
        out = []
        while i < len(found) and found[i][0] < end:
            if found[i][1] <= end:
                out.append(found[i][2])
            i += 1
        return out

    def places_in_spans(self, start: int, end: int) -> list[tuple[int, int, models.PlaceValue]]:
        """The places of `places_in` with where the name writes each (酒泉市瓜州县: the county with its city)."""
        found = self._places_in_projects
        i = bisect.bisect_left(found, (start,))
        j = bisect.bisect_left(found, (end,), lo=i)
        return [f for f in found[i:j] if f[1] <= end]

    def place_heading(self, start: int, end: int) -> models.PlaceValue | None:
        """The place a project's name between `start` and `end` opens with, if the place pass read one."""
        found = self._places_in_projects
        i = bisect.bisect_left(found, (start,))
        return found[i][2] if i < len(found) and found[i][0] == start and found[i][1] < end else None

    @functools.cached_property
    def body_start(self) -> int:
        """Where the page's body starts (`pubdate.body_start`): dates above it are the page's, not events'."""
        return pubdate.body_start(self.doc)

    @functools.cached_property
    def _places_in_projects(self) -> list[tuple[int, int, models.PlaceValue]]:
        found = sorted(self.doc.info.get("places_in_projects", ()), key=lambda f: (f[0], f[1]))
        projects = sorted((m.start, m.end) for m in self.doc.mentions if m.type == "project")
        return [f for f in found if not _names_the_project(self.norm, f, projects)]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence holding `offset` (or the nearest one before it)."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self.sentences[max(0, i)]

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    def __iter__(self) -> Iterator[Sentence]:
        """Sentences in order, each given the place and period its paragraph carries so far."""
        place: str | None = None
        period: str | None = None
        # The period the lead sets ("1—10月，全市……" in the first paragraphs) carries to the paragraphs
        # after it that set none (a paragraph per sector). A period set later, in the body of a speech,
        # speaks of its own paragraph only, unless a heading or a review's opening year sets it for a
        # section ("一、2023年工作回顾", "2022年，我们…").
        document_period: str | None = None
        section = Section()
        lead_paragraphs: set[int] = set()
        # A page's path, title and stamp lines fill the lead's count, but the first paragraph of prose leads still.
        prose_led = False
        inherited = opening = False
        statement: str | None = None  # the period a statement cut at "；" goes on with
        previous: str | None = None
        frame: frames.EventFrame | None = None
        paragraph = -1
        area: str | None = None
        for sent in self.sentences:
            if sent.paragraph != paragraph:
                statement = None
                section.leave(self, paragraph, lead_told=document_period is not None)
                paragraph, place, area, previous = sent.paragraph, None, None, None
                period = section.period or document_period
                inherited = opening = True
            # A paragraph leads when its first sentence has mentions; noise without words or mentions ("????")
            # opens none.
            if opening and (sent.mentions or _HAN_RE.search(self.norm, sent.span.start, sent.span.end)):
                opening = False
                if sent.mentions and (len(lead_paragraphs) < LEAD_PARAGRAPHS or not prose_led):
                    lead_paragraphs.add(paragraph)
                    prose_led = prose_led or self._is_prose(paragraph)
            if self._speaks_of_now(sent):
                period = period if self._runs_to_now(period) else None
                previous = None
            elif _OTHER_YEARS_RE.match(self.norm, sent.span.start, sent.span.end):
                period = previous = statement = (
                    None  # "两年多来，…", "近年来，…": the years before, not the lead's period
                )
            sent.carried_place = place or self.subject_place
            sent.carried_area = area or self.subject_place
            sent.carried_period = statement or period
            sent.lead_period = period if inherited else None
            sent.deal_period = None if inherited and section.period is None and section.headed else period
            sent.previous_date = previous
            frame = sent.event_frame = frames.step(self, sent, frame)
            sent.event_said = frames.says_so(self, sent)
            section.read(self, sent)
            yield sent
            if not sent.mentions:  # no date to open it, no place to lead it
                previous = None
                place = sent.used_place or place
                area = self._area(place, area)
                continue
            topic = topic_moves.later_year_topic(self, sent, self._topic_date(sent))
            previous = self.period_in(sent, topic) if topic is not None else None
            if previous is not None:
                # 今年 after a span of the months so far set in the paragraph (1-11月，…。今年新建…) is that span.
                previous = metric_periods.within_the_span(self.norm, topic.start, previous, sent)
                # A day ("8月18日，在…") dates an event; it is no period for the sentences after.
                period = None if is_day(previous) else previous
                inherited = False
                if (
                    sent.paragraph in lead_paragraphs
                    and not self.is_ahead(period)  # a horizon (河南省到2025年将招引…) leads no report's figures
                    and not metric_periods.is_month_of(period, document_period)
                    and not (document_period is not None and is_review_year(topic, self.doc.reference_date))
                ):
                    document_period = period or document_period
            if not self._opens_a_breakdown(sent):
                place = sent.used_place or self._leading_place(sent) or place
            area = self._area(place, area)
            statement = self._goes_on_with(sent, statement)

    def _area(self, place: str | None, area: str | None) -> str | None:
        """The area carried on: the place carried, unless a project's name (a park as a clause's subject) set it."""
        return area if place in self._project_names else place

    @functools.cached_property
    def _project_names(self) -> frozenset[str]:
        return frozenset(m.value.name for m in self.doc.mentions if m.type == "project")

    def _opens_a_breakdown(self, sent: Sentence) -> bool:
        """A sentence opening on a part of a whole ("其中，…", "全省375亿元到位资金中，昆明市到位217.2亿元"): the place it
        names is the part's, not the paragraph's."""
        return _BREAKDOWN_OPENING_RE.match(self.norm, sent.span.start, sent.clauses[0].end) is not None

    def is_ahead(self, period: str | None) -> bool:
        """A period that starts after the reference year (到2025年 in a 2022 report): a target's horizon."""
        year = self.doc.reference_year
        return period is not None and year is not None and period[:4].isdigit() and int(period[:4]) > year

    def _goes_on_with(self, sent: Sentence, statement: str | None) -> str | None:
        """The period the part of a statement after a "；" goes on with: the last period told before the "；"
        ("目前累计前3季民间投资金额达1.03兆元；对外招商投资金额为84.31亿美元" → 前3季), else the one the statement went on
        with; none once the statement ends. A day dates an event, no figures after it."""
        if not _ENDS_WITH_SEMICOLON_RE.search(self.norm, sent.span.start, sent.span.end):
            return None
        last = self._periods(sent).last_before(sent.span.end)
        if last is None or last.value is None or last.end is None:
            return statement
        if _TARGET_AFTER_RE.match(self.norm, last.end):
            return statement  # "完成全年目标序时进度达到85.4%；": the year of a target, not the statement's period
        return None if is_day(last.value) else last.value

    def _is_prose(self, paragraph: int) -> bool:
        """A paragraph of clauses, not a page's line without a comma or a full stop ("您现在的位置:首页>>地方报道>>
        西藏", a title, "2013-12-31 10:57:03 作者:admin")."""
        span = self.doc.paragraphs[paragraph]
        return _PROSE_MARK_RE.search(self.norm, span.start, span.end) is not None

    def is_heading(self, paragraph: int) -> bool:
        paragraphs = self.doc.paragraphs
        return 0 <= paragraph < len(paragraphs) and is_heading(paragraphs[paragraph].slice(self.norm))

    # --- topic ---------------------------------------------------------------------------------

    def _speaks_of_now(self, sent: Sentence) -> bool:
        """A clause opening with "目前，…" / "截至目前，…" before the first figure: earlier periods no longer apply."""
        # One scan of the sentence first: a clause opening with a now-word holds one, and most hold none.
        if _NOW_WORD_RE.search(self.norm, sent.span.start, sent.span.end) is None:
            return False
        values = sent.values()
        limit = values[0].start if values else sent.span.end
        return any(_NOW_RE.match(self.norm, c.start, c.end) for c in sent.clauses if c.start < limit)

    def _runs_to_now(self, period: str | None) -> bool:
        """A period of the reference year from its start up to about the reference date ("今年以来", "1—10月" in a
        report of early November): "目前"/"截至目前" still speaks of it (not of 上半年 in October)."""
        reference = self.doc.reference_date
        if period is None or reference is None:
            return False
        if _since_runs_to(period, reference):
            return True
        if not period.startswith(str(reference.year)):
            return False
        rest = period[4:]
        if rest == "":
            return True
        last = {"-H1": 6, "-Q1": 3}.get(rest) or (
            int(rest[-2:]) if rest.startswith("-01/") and rest[-2:].isdigit() else 0
        )
        return last >= reference.month - 1

    def _topic_date(self, sent: Sentence) -> Any | None:
        """The last date opening a clause before the sentence's first figure ("今年以来，…，1—9月，全市…")."""
        # Figures inside the source's attribution ("据漳浦“三抓三比、十项竞赛”活动办公室日前透露，今年1-9月，…") are
        # no figures of the news: the first after it limits the topic.
        own = self._first_own_clause(sent)
        values = [v for v in sent.values() if v.start >= own.start]
        limit = values[0].start if values else own.end
        topic = None
        for m in sent.between(sent.span.start, limit, "date"):
            if self.is_period_date(m) and (
                self._opens(sent.clause_at(m.start).start, m.start) or self.opens_after_dateline(sent, m.start)
            ):
                topic = m
        return topic

    def opens_a_clause(self, sent: Sentence, m: Any) -> bool:
        return self._opens(sent.clause_at(m.start).start, m.start)

    def _first_own_clause(self, sent: Sentence) -> Span:
        """The first clause after a speaker's or reporter's attribution ("黄强说，一年来，我们…" → 一年来，…;
        "2月22日，记者从省商务厅获悉，今年1月，…" → 今年1月)."""
        clauses = sent.clauses
        own = 0
        for i in range(min(ATTRIBUTION_CLAUSES, len(clauses) - 1)):
            if _ATTRIBUTION_RE.search(self.norm, clauses[i].start, clauses[i].end):
                own = i + 1
        return clauses[own]

    def _after_the_source(self, sent: Sentence) -> Span:
        clauses = sent.clauses
        own = 0
        while own < min(ATTRIBUTION_CLAUSES, len(clauses) - 1) and _NEWS_SOURCE_RE.search(
            self.norm, clauses[own].start, clauses[own].end
        ):
            own += 1
        return clauses[own]

    def opening_date(self, sent: Sentence) -> Any | None:
        """A date opening the sentence's first clause ("今年，该区又引进了…"), else the first after the source of the
        news ("据了解，今年以来，全县引进了…"), read once per sentence."""
        if sent.index not in self._opening_cache:
            found = None
            for first in dict.fromkeys((sent.clauses[0], self._after_the_source(sent))):
                dates = (m for m in sent.between(first.start, first.end, "date") if self.is_period_date(m))
                found = next((m for m in dates if self._opens(first.start, m.start)), None)
                if found is not None:
                    break
            self._opening_cache[sent.index] = found
        return self._opening_cache[sent.index]

    def is_comparison_date(self, m: Any) -> bool:
        before = self.norm[max(0, m.start - 2) : m.start]
        after = self.norm[m.end : m.end + 2]
        if any(w in m.text for w in _COMPARISON_IN) or after.startswith(_COMPARISON_IN):
            return True
        if before.endswith("是") and _MULTIPLE_AFTER_RE.match(self.norm, m.end):
            return True  # "（分别）是2007年的2.5倍": the base of a multiple
        return before.endswith(_COMPARISON_BEFORE)

    def period_of(self, m: Any) -> str:
        """The period a date gives the figures after it: its TIMEX, but a year "以来" (2011年以来) runs to the
        reference year (2011/2014), a month 以来 or 至今 to the reference month (2014-03/2014-10), and a count up
        to a month's end from the year's start ("截至9月底")."""
        before = self.norm[max(0, m.start - metric_periods.UP_TO_REACH) : m.start]
        timex = metric_periods.year_to_date(m.value.timex, m.value.mod, before, m.text)
        reference_year = self.doc.reference_year
        # 以来 right after the date (AFTER), or closing the start's event (自2022年6月揭牌以来)
        since = m.value.mod == "AFTER" or self._opens_a_since_clause(m)
        timex = metric_periods.from_the_plan_start(timex) if since else timex  # “十四五”以来 → since 2021
        since_an_earlier_year = since and timex.isdigit() and len(timex) == 4
        if since_an_earlier_year and reference_year is not None and int(timex) < reference_year:
            return f"{timex}/{reference_year}"
        reference = self.doc.reference_date
        if since and _MONTH_POINT_RE.fullmatch(timex) and reference is not None:
            # a month 以来 / 至今 (2014年3月至今, 今年1月以来) runs to the reference month, as a year runs to its year
            reference_month = f"{reference.year:04d}-{reference.month:02d}"
            if timex < reference_month:
                return f"{timex}/{reference_month}"
        return timex

    def period_in(self, sent: Sentence, m: Any) -> str:
        """`period_of` a date of the sentence, where a count up to a month's end after a year 以来 runs from that
        year ("自2011年启动…计划以来，截至今年6月底，共引进…" → 2011/2013-06)."""
        period = self.period_of(m)
        if (span := self._from_to(sent, m, period)) is not None:
            return span
        if not _MONTH_POINT_RE.fullmatch(period) or not self.norm.endswith(UP_TO, max(0, m.start - 2), m.start):
            return period
        for since in sent.between(sent.span.start, m.start, "date"):
            year = since.value.timex
            if _YEAR_RE.fullmatch(year) and year < period[:4] and self._is_since(sent, since):
                return f"{year}/{period}"
        return period

    def _from_to(self, sent: Sentence, m: Any, period: str) -> str | None:
        """ "从4月10日挂牌至7月20日，新增企业2046家": a day (or month) a span runs to, after the day it runs from
        and a few words (the start's event) in the same clause, gives the span 2017-04-10/2017-07-20."""
        if not self.norm.endswith(_TO, max(0, m.start - 1), m.start) or not _DAY_OR_MONTH_RE.fullmatch(period):
            return None
        for start in sent.between(sent.span.start, m.start, "date"):
            first = start.value.timex
            if (
                self.norm.endswith(_FROM, max(0, start.start - 1), start.start)
                and _FROM_TO_TAIL_RE.fullmatch(self.norm, start.end, m.start)
                and len(first) == len(period)
                and first < period
            ):
                return f"{first}/{period}"
        return None

    def _is_since(self, sent: Sentence, m: Any) -> bool:
        """A year a count runs from: 2011年以来, or 自2011年启动…以来 (its clause closing with 以来)."""
        if m.value.mod == "AFTER":
            return True
        clause = sent.clause_at(m.start)
        return (
            self.norm.endswith(_FROM, max(0, m.start - 1), m.start)
            and _SINCE_CLOSE_RE.search(self.norm, m.end, clause.end) is not None
        )

    def is_period_date(self, m: Any) -> bool:
        """A date that can be a period: not a comparison base, not "目前" (no calendar value)."""
        # Asked of each date by the topic, the section, the event frame and every figure's period:
        # decided once per date.
        key = (m.start, m.end)
        found = self._period_dates.get(key)
        if found is None:
            found = self._period_dates[key] = (
                not self.is_comparison_date(m)
                # 今年 on a page without a date is still a year (XXXX); 目前, 今天 unknown are no calendar value
                and (any(c.isdigit() for c in m.value.timex) or m.value.timex == "XXXX")
                and not _CLOCK_AFTER_RE.match(self.norm, m.end)  # a page's stamp (2024-04-07 10:40:41), no period
                and not self._is_open_since(m)
                # the day the news came (10月27日，记者从…获悉，目前，…) dates the news, not the figures
                and not (is_day(m.value.timex) and frames.tells_the_news_day(self.norm, m.end))
            )
        return found

    def _is_open_since(self, m: Any) -> bool:
        """A month or year 以来 on a page that gives no date to run it to ("自2022年6月揭牌以来，已集聚…" with no
        publication date): a span without its end, so no period; its start month is not the figures' period."""
        if m.value.mod != "AFTER" and not self._opens_a_since_clause(m):
            return False
        timex = m.value.timex
        if _MONTH_POINT_RE.fullmatch(timex):
            return self.doc.reference_date is None
        return _YEAR_RE.fullmatch(timex) is not None and self.doc.reference_year is None

    def _opens_a_since_clause(self, m: Any) -> bool:
        """自/从 a date, the start's event and 以来 ("自2022年6月揭牌以来"): the date a count runs from."""
        return self.norm.endswith(_FROM, max(0, m.start - 1), m.start) and bool(_EVENT_SINCE_RE.match(self.norm, m.end))

    def period_before(self, sent: Sentence, offset: int) -> Found:
        """The nearest date before `offset` in the sentence, else the period the paragraph carries."""
        return self._periods(sent).last_before(offset) or Found(sent.carried_period)

    def period_of_flow(self, sent: Sentence, offset: int) -> Found:
        """The period of a figure at `offset` (`period_before`), none for a stock ("累计达…", "总数达到…")
        named after that period."""
        period = self.period_before(sent, offset)
        after = max(period.end if period.end is not None else sent.span.start, offset - KIND_REACH)
        stock = _STOCK_RE.search(self.norm, after, offset)
        if stock is None or self._counts_up_to(period):
            return period
        if self._sums_the_span(sent, period, stock, offset):
            return period
        return Found(None)

    def _sums_the_span(self, sent: Sentence, period: Found, stock: Any, offset: int) -> bool:
        """ "1—9月，全区累计签约项目143个", "1月至3月，…四大产业项目总数19个": 累计 or 总数 sums the flow of a span
        counted from its start; a 总数 a level is told of (上市公司总数达到62家) or 至今 is a stock."""
        word = stock.group()
        if word == "至今" or (word == "总数" and _LEVEL_AFTER_RE.match(self.norm, stock.end())):
            return False
        stated_here = period.start is not None and period.start >= sent.span.start
        return metric_periods.is_running_span(period.value, stated_here) and not self._own_start_between(
            sent, period, offset
        )

    def _own_start_between(self, sent: Sentence, period: Found, offset: int) -> bool:
        """A count with a start of its own between the period and the figure: since an event ("1—9月，…，项目启动
        以来累计到位资金597亿元") or as of now ("截至目前累计设立外商投资企业超过36万家": a stock, no period)."""
        start = period.end if period.end is not None else sent.span.start
        return (
            _SINCE_RE.search(self.norm, start, offset) is not None
            or _NOW_WORD_RE.search(self.norm, start, offset) is not None
        )

    def is_stock(self, sent: Sentence, offset: int) -> bool:
        """A figure counted since ever ("累计签约项目79个"): stock words in reach before it."""
        return _STOCK_RE.search(self.norm, max(sent.span.start, offset - KIND_REACH), offset) is not None

    def _counts_up_to(self, period: Found) -> bool:
        """ "截至9月底，全县累计引进…": a stock counted up to a stated date has that period."""
        if period.start is None:
            return False
        before = self.norm[max(0, period.start - 2) : period.start]
        return before.endswith(UP_TO) or self.norm.startswith(UP_TO, period.start)

    def _periods(self, sent: Sentence) -> Anchors:
        """The sentence's dates that can be periods (once per sentence)."""
        cached = self._period_cache.get(sent.index)
        if cached is None:
            dates = sent.of_type("date")
            cached = Anchors([Found(self.period_in(sent, m), m.start, m.end) for m in dates if self.is_period_date(m)])
            self._period_cache[sent.index] = cached
        return cached

    # --- kind ----------------------------------------------------------------------------------

    def kind_at(
        self, sent: Sentence, value: Any, *, name: tuple[int, int] | None = None, ignore: tuple[str, ...] = ()
    ) -> models.RecordKind:
        """target / plan / actual for a figure (records/kind.py)."""
        return kind.kind_at(self.norm, sent, value, name=name, ignore=ignore)

    # --- evidence ------------------------------------------------------------------------------

    def evidence(self, sent: Sentence, start: int, end: int, *also: Found) -> models.Evidence:
        """The clauses of `sent` covering [start, end) and the stated place/period, trimmed of edge punctuation."""
        for found in also:
            span = found.span()
            if span is not None and sent.span.start <= span[0] and span[1] <= sent.span.end:
                start, end = min(start, span[0]), max(end, span[1])
        first = sent.clause_at(start)
        last = sent.clause_at(max(start, end - 1))
        return self.evidence_span(first.start, last.end)

    def evidence_span(self, start: int, end: int) -> models.Evidence:
        norm = self.norm
        while start < end and norm[start] in _EVIDENCE_STRIP_LEFT:
            start += 1
        while end > start and norm[end - 1] in _EVIDENCE_STRIP_RIGHT:
            end -= 1
        ostart, oend = self.doc.normalized.span_to_original(start, end)
        return models.Evidence(start=ostart, end=oend, text=self.doc.original[ostart:oend])

    def original(self, start: int, end: int) -> str:
        ostart, oend = self.doc.normalized.span_to_original(start, end)
        return self.doc.original[ostart:oend]


def mention_key(m: Any) -> tuple[str, int, int]:
    return (m.type, m.start, m.end)


def dedupe(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item and item not in seen:
            seen[item] = None
    return list(seen)
