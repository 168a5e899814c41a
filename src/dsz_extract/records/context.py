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
from . import frames, kind, metric_headline, metric_periods, topic_moves
from .kind import KIND_REACH as KIND_REACH  # talent_counted reads it from here
from .period_dates import _NOW_WORD_RE, NOW_WORDS, PeriodDates
from .period_dates import STOCK_WORDS as STOCK_WORDS  # periods.py reads it from here
from .sections import Section, is_review_year
from .sentence import Found, Sentence
from .subject_places import LIST_NUMBER

# --- where the topic of a sentence comes from ----------------------------------------------------

# "目前，…" / "截至目前，…" speak of now: earlier periods of the paragraph no longer apply.
_NOW_RE = patterns.compile(r"[\s“”\"'‘’「」]*(?:" + "|".join(NOW_WORDS) + ")")
_ENDS_WITH_SEMICOLON_RE = patterns.compile(r"[；;]\s*$")
_BREAKDOWN_OPENING_RE = patterns.compile(r"[\s“”\"]*(?:其中|[^，,。；;：:]{1,24}中)[，,：:]")
# A sentence opening on the years before (近年来，…; 两年多来，…; 多年来，…) speaks of no period the paragraph carries.
_OTHER_YEARS_RE = patterns.compile(
    r"[\s“”\"'‘’「」]*(?:" + "|".join(frames.OTHER_TIME_WORDS) + r"|[两二三四五六七八九十]年多来)[，,]"
)
_TARGET_AFTER_RE = patterns.compile(r"\s*(?:的)?(?:目标|任务|计划)")
# The projects of a day's event named after the day ("3月31日签约的项目", "当天集中开工的15个项目").
_DAYS_PROJECTS_RE = patterns.compile(
    r"(?:上午|下午|晚上)?(?:现场|集中)?(?:签约|签订|签署|开工|开复工|竣工|投产)(?:的)?(?:\d+个|[一二三四五六七八九十]+个)?(?:重大|重点)?项目"
)
# How many paragraphs (with mentions) make the lead of a report, whose period carries through it.
LEAD_PARAGRAPHS = 2
# A comma or a full stop: the mark of a paragraph of prose.
_PROSE_MARK_RE = patterns.compile("[，,。]")

# Verbs that attribute what follows to a speaker ("黄强说，", "他表示：", "X公司负责人介绍…").
SPEECH_VERBS = ("介绍", "说", "表示", "指出", "透露", "称", "告诉", "坦言", "谈到", "强调")
# ... and the reporter's source (frames.REPORTING_VERBS: "2月22日，记者从省商务厅获悉，今年1月，全省…").
# A speech's address to its hearers ("各位代表，", "同志们：") opens no news either: the clause after it does.
ADDRESSES = ("各位代表", "各位委员", "同志们", "女士们、先生们", "女士们，先生们", "各位来宾", "朋友们")
_ATTRIBUTION_RE = patterns.compile(rf"(?:{'|'.join(SPEECH_VERBS + frames.REPORTING_VERBS)})[，,：:\s]*$")
_ADDRESS_RE = patterns.compile(rf"\s*(?:{'|'.join(ADDRESSES)})[！!，,：:\s]*")
# The source a sentence names before its news without a reporter (据了解，; 据悉，; 报告显示，; 据统计，): the
# clause after it opens what the sentence tells. (记者从…获悉 dates the news itself: frames.REPORTING_VERBS.)
_NEWS_SOURCE_RE = patterns.compile(r"(?:据了解|据悉|统计|显示)[，,：:\s]*$")
# A clause that is the source alone (据省商务厅，; 据黑龙江省统计局消息，) is attribution as well.
_SOURCE_CLAUSE_RE = patterns.compile(r"\s*据[^，,。；;：:]{1,24}[，,：:\s]*")
# How many clauses a sentence's attribution may take before its news ("本报讯…2月22日，记者从…获悉，").
ATTRIBUTION_CLAUSES = 3
# A connective standing as a clause of its own before the sentence's date (此外，3月5日，…).
_CONNECTIVE_CLAUSE_RE = patterns.compile(
    r"[\s“”\"]*(?:此外|另外|同时|与此同时|與此同時|另|随后|隨後|此后|此後)[，,\s]*"
)
_START_END = operator.attrgetter("start", "end")
# A place word that stands for the report's place without naming it (全市, 我县): no lead place of its own.
# The number a report's section heading opens on (一、…; （二）…; 3、…).
_NUMBERED_RE = patterns.compile(rf"\s*{LIST_NUMBER}")
_ANAPHOR_RE = patterns.compile(r"[全我本该此][省市县区州盟旗镇乡]")
_HAN_RE = patterns.compile(r"\p{Han}")
_EVIDENCE_STRIP_LEFT = " \t\r\n“”\"'‘’「」『』"
_EVIDENCE_STRIP_RIGHT = " \t\r\n，,；;：:、。！？!?"


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


class Reading(PeriodDates):
    """The sentences of a document, each with its mentions and the topic its paragraph carries."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        # What a reader finds once per document and looks up per sentence (frames: the ceremony words).
        self.memo: dict[str, Any] = {}
        self.sentences = self._sentences()
        self._opening_cache: dict[int, Any | None] = {}

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

    def innermost_place_heading(self, start: int, end: int) -> models.PlaceValue | None:
        """The last of the places a name opens with one after another (乌鲁木齐市|沙依巴克区|人民政府 → 沙依巴克区)."""
        found = self._places_in_projects
        value = None
        while (i := bisect.bisect_left(found, (start,))) < len(found) and found[i][0] == start and found[i][1] < end:
            value, start = found[i][2], found[i][1]
        return value

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
        # A headline's period leads the body until its lead states one (前三季度赣州实际使用外资增长15%), and stops at a
        # heading past the lead as the lead's does.
        headline_period = self.headline_period
        # The place the lead opens on ("上半年，洛阳市招商引资…") stands for a report without a subject place (named
        # once, no 全市 after it) in the paragraphs after it that name none.
        lead_place: str | None = None
        # The whole province or city a zone report's lead speaks of by 全省 / 全市 ("海南自贸区…集中开工" over
        # "本次全省集中开工项目共96个"): the zone's title named the event, the figures are the province's.
        scope_place: str | None = None
        section = Section()
        lead_paragraphs: set[int] = set()
        # A page's path, title and stamp lines fill the lead's count, but the first paragraph of prose leads still.
        prose_led = False
        inherited = opening = headline_led = False
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
                period = section.period or document_period or (None if section.headed else headline_period)
                # the headline's period dates no deal: a deal's date is its event's, which a headline rarely names
                headline_led = period is not None and not (section.period or document_period)
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
            sent.carried_place = place or scope_place or self.subject_place or lead_place
            sent.carried_area = area or scope_place or self.subject_place or lead_place
            sent.carried_period = statement or period
            sent.lead_period = period if inherited else None
            sent.deal_period = (
                None if inherited and (headline_led or (section.period is None and section.headed)) else period
            )
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
                # 今年以来 opening the body of a report whose headline states the months so far is that span.
                previous = metric_periods.so_far_of_the_report(
                    self.norm, topic.start, previous, self.headline_span_at(topic.start), self.doc.reference_date
                )
                # A day ("8月18日，在…") dates an event; it is no period for the sentences after, unless it opens on
                # the day's projects ("3月31日签约的项目，涵盖…。其中，能源类项目3个": the event's breakdown).
                period = None if is_day(previous) and not self._opens_on_the_days_projects(topic) else previous
                if self.since_an_event(topic):
                    period = None  # "自2009年我市启动…建设以来，已认定…。建站单位共…": the span is its sentence's
                inherited = False
                if (
                    sent.paragraph in lead_paragraphs
                    and not self._numbered_heading(sent)  # 一、2022年工作回顾: its section's period (sections.py)
                    and not self.is_ahead(period)  # a horizon (河南省到2025年将招引…) leads no report's figures
                    and not (
                        period is not None and is_day(period)
                    )  # the day's projects are its paragraph's, not the report's
                    and not metric_periods.is_month_of(period, document_period)
                    and not (document_period is not None and is_review_year(topic, self.doc.reference_date))
                ):
                    document_period = period or document_period
            if not self._opens_a_breakdown(sent):
                place = sent.used_place or self._leading_place(sent) or place
                if (
                    lead_place is None
                    and sent.paragraph in lead_paragraphs
                    and not _ANAPHOR_RE.fullmatch(place or "全")
                ):
                    lead_place = place
                if scope_place is None and sent.paragraph in lead_paragraphs:
                    scope_place = self._scope_around_the_zone(sent)
            area = self._area(place, area)
            statement = self._goes_on_with(sent, statement)

    @functools.cached_property
    def headline_period(self) -> str | None:
        """The period a headline states ("前三季度赣州实际使用外资增长15%", "2016年遵义市招商引资成效显著"): the lead's
        until the body's lead states its own; a day (dating an event) or a horizon (到2025年) leads no figures."""
        title = metric_headline.headline_span(self.doc, self.body_start)
        if title is None:
            return None
        dates = sorted(
            (m for m in self.doc.of_type("date") if title.start <= m.start and m.end <= title.end), key=_START_END
        )
        first = next((m for m in dates if self.is_period_date(m)), None)
        if first is None:
            return None
        period = self.period_of(first)
        return None if is_day(period) or self.is_ahead(period) else period

    def headline_span_at(self, start: int) -> str | None:
        """The headline's period for the year so far told at `start` (今年以来, `metric_periods.so_far_of_the_report`)
        when no period of the body comes before it: a lead stating its own span ("今年前三季度，…") leaves a later
        今年以来 the year's."""
        first = self._first_body_period
        return self.headline_period if first is None or start <= first else None

    @functools.cached_property
    def _first_body_period(self) -> int | None:
        """Where the body first states a period (not a day: a stamp or an event's date), past the headline."""
        headline = metric_headline.headline_span(self.doc, self.body_start)
        after = headline.end if headline is not None else 0
        for m in sorted(self.doc.of_type("date"), key=_START_END):
            if m.start >= after and self.is_period_date(m) and not is_day(self.period_of(m)):
                return m.start
        return None

    def _opens_on_the_days_projects(self, date: Any) -> bool:
        return _DAYS_PROJECTS_RE.match(self.norm, date.end) is not None

    def _scope_around_the_zone(self, sent: Sentence) -> str | None:
        """In a report whose subject is a zone, the province or city holding it that the sentence opens on by a
        scope word (全省 / 全市), else None."""
        subject = self.doc.info.get("subject_place")
        if subject is None or getattr(subject, "level", None) != "zone":
            return None
        full_name = getattr(subject, "full_name", None) or ""
        for m, name in self._subject_places(sent):
            if not _ANAPHOR_RE.fullmatch(self.norm, m.start, m.end):
                return None  # a place named by its name opens the sentence: its own figures, not the scope's
            return name if name != subject.name and full_name.startswith(name) else None
        return None

    def _area(self, place: str | None, area: str | None) -> str | None:
        """The area carried on: the place carried, unless a project's name (a park as a clause's subject) set it."""
        return area if place in self._project_names else place

    @functools.cached_property
    def _project_names(self) -> frozenset[str]:
        return frozenset(m.value.name for m in self.doc.mentions if m.type == "project")

    def _numbered_heading(self, sent: Sentence) -> bool:
        """A heading line opening on its number (一、2022年工作回顾; （二）重点任务), as a report's sections are."""
        return self.is_heading(sent.paragraph) and _NUMBERED_RE.match(self.norm, sent.span.start) is not None

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
        if is_day(last.value):
            return None
        # "1-11月，…。今年新建…476个…；其中，合肥、芜湖两市超60个": a bare 今年 in a span's paragraph goes on as the span
        return metric_periods.within_the_span(self.norm, last.start, last.value, sent)

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
        # So is the source named alone before the news (据了解，2020年上半年，…; 据省商务厅，…).
        own = max(self._first_own_clause(sent), self._after_the_source(sent), key=_START_END)
        values = [v for v in sent.values() if v.start >= own.start]
        limit = values[0].start if values else own.end
        topic = None
        for m in sent.between(sent.span.start, limit, "date"):
            if self.is_period_date(m) and (
                self._opens(sent.clause_at(m.start).start, m.start)
                or self.opens_after_dateline(sent, m.start)
                or self._right_after_the_opening_place(sent, m)
            ):
                topic = m
        return topic

    def _right_after_the_opening_place(self, sent: Sentence, m: Any) -> bool:
        """ "全市1-6月新签约项目58个。全市实际到位资金142亿元", "我县上半年…": a period right after the place opening its
        clause sets the topic as it would opening the clause itself."""
        place = next((p for p in reversed(sent.between(sent.span.start, m.start, "place")) if p.end <= m.start), None)
        if place is None or self.norm[place.end : m.start].strip():
            return False
        return self._opens(sent.clause_at(m.start).start, place.start) or self.opens_after_dateline(sent, place.start)

    def opens_a_clause(self, sent: Sentence, m: Any) -> bool:
        return self._opens(sent.clause_at(m.start).start, m.start)

    def _first_own_clause(self, sent: Sentence) -> Span:
        """The first clause after a speaker's or reporter's attribution ("黄强说，一年来，我们…" → 一年来，…;
        "2月22日，记者从省商务厅获悉，今年1月，…" → 今年1月)."""
        clauses = sent.clauses
        own = 0
        for i in range(min(ATTRIBUTION_CLAUSES, len(clauses) - 1)):
            if _ATTRIBUTION_RE.search(self.norm, clauses[i].start, clauses[i].end) or _ADDRESS_RE.fullmatch(
                self.norm, clauses[i].start, clauses[i].end
            ):
                own = i + 1
        return clauses[own]

    def _after_the_source(self, sent: Sentence) -> Span:
        clauses = sent.clauses
        own = 0
        while own < min(ATTRIBUTION_CLAUSES, len(clauses) - 1) and (
            _NEWS_SOURCE_RE.search(self.norm, clauses[own].start, clauses[own].end)
            or _SOURCE_CLAUSE_RE.fullmatch(self.norm, clauses[own].start, clauses[own].end)
        ):
            own += 1
        return clauses[own]

    def _after_a_connective(self, sent: Sentence) -> Span:
        """The clause after a connective standing as a clause of its own (此外，3月5日，…; 与此同时，…)."""
        clauses = sent.clauses
        if len(clauses) > 1 and _CONNECTIVE_CLAUSE_RE.fullmatch(self.norm, clauses[0].start, clauses[0].end):
            return clauses[1]
        return clauses[0]

    def opening_date(self, sent: Sentence) -> Any | None:
        """A date opening the sentence's first clause ("今年，该区又引进了…"), else the first after the source of the
        news ("据了解，今年以来，全县引进了…") or after a connective ("此外，3月5日，…"), read once per sentence."""
        if sent.index not in self._opening_cache:
            found = None
            firsts = (sent.clauses[0], self._after_the_source(sent), self._after_a_connective(sent))
            for first in dict.fromkeys(firsts):
                dates = (m for m in sent.between(first.start, first.end, "date") if self.is_period_date(m))
                found = next((m for m in dates if self._opens(first.start, m.start)), None)
                if found is not None:
                    break
            self._opening_cache[sent.index] = found
        return self._opening_cache[sent.index]

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
