"""Event totals: the figure an event states for all its projects ("签约项目12个，总投资312亿元").

A ceremony's total is the headline sum of what was signed or started there; the deals read
under it (the projects it names, with their own amounts) are parts of that sum. An analyst
adding up signed investment must count the total once and not its parts again, so the total is
a record of its own (contract §7, "Event totals") and each deal inside it points at it.

Per event frame and stage, the first money figure of the event named as its investment
(总投资, 签约总金额, 投资总额 …) is the total; later ones in the frame are breakdowns (其中：合同项目
31个，总投资219.54亿元) or repeats, and are left to the metrics. The stage is the one the figure's
own stretch of text says (…58个项目集中签约，总投资约570亿元 → signed), else the frame's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import models, patterns
from . import frames as event_frames

if TYPE_CHECKING:
    from .context import Reading
    from .sentence import Sentence

# Words naming a figure as the event's investment (on the simplified view of the text).
TOTAL_WORDS = (
    "总投资", "投资总额", "投资总金额", "签约总金额", "签约总额", "签约金额", "签约额", "总金额", "计划投资",
    "协议投资", "合同投资", "投资额", "投资金额", "总投资额", "签约资金",
)  # fmt: skip
# ... unless the words say it is a part or a flow of the year, not the sum of the projects.
NOT_TOTAL_WORDS = ("年计划投资", "年度计划投资", "年度投资", "完成投资", "已完成", "到位", "当年", "年内")
STAGE_WORDS: dict[models.Stage, tuple[str, ...]] = {
    "signed": ("签约", "签署", "签订"),
    "started": ("开工", "开建", "开复工"),
    "completed": ("竣工", "投产", "建成"),
}
_TOTAL_RE = patterns.compile("|".join(sorted(TOTAL_WORDS, key=len, reverse=True)))
_NOT_TOTAL_RE = patterns.compile("|".join(NOT_TOTAL_WORDS))
_STAGE_RES = {stage: patterns.compile("|".join(words)) for stage, words in STAGE_WORDS.items()}
# Where the stretch of text a figure belongs to begins: a sentence or a 分号 ("…开工，总投资283亿元；58个…").
_STRETCH_BREAK = "；;。"
# How far before the figure its naming words may stand ("总投资金额达405亿元", "投资总额为33亿元").
NAME_REACH = 8


class TotalsReader:
    """Collects the event totals of a document, sentence by sentence.

    A frame that reopens the same event (a second 签约仪式 sentence with no other day: "在当天举行的
    集中签约仪式上，共有40个项目成功签约", "此次，第六师集中签约37个项目") belongs to the total
    already stated for that stage: its figures are repeats or parts, and its deals are inside it.
    """

    def __init__(self) -> None:
        self.totals: list[models.EventTotal] = []

    def read_sentence(self, reading: Reading, sent: Sentence) -> None:
        frame = sent.event_frame
        if frame is None:
            return
        for money in sent.of_type("money"):
            total = self._total(reading, sent, money)
            if total is not None and not self._told(frame, total.stage):
                self.totals.append(total)

    def _told(self, frame: event_frames.EventFrame, stage: models.Stage | None) -> bool:
        """Whether the event already has this total (a figure of no stage after any total is a breakdown)."""
        if stage is not None:
            return self.index_of(frame, stage) is not None
        return any(frame.date is None or t.date in (None, frame.date) for t in self.totals)

    def index_of(self, frame: event_frames.EventFrame | None, stage: models.Stage | None) -> int | None:
        """The total a deal read in this frame at this stage is part of: the latest of that stage
        stated for the frame's day (or for any day, when the frame names none)."""
        if frame is None or stage is None:
            return None
        for i in range(len(self.totals) - 1, -1, -1):
            total = self.totals[i]
            if total.stage == stage and (frame.date is None or total.date in (None, frame.date)):
                return i
        return None

    def _total(self, reading: Reading, sent: Sentence, money: object) -> models.EventTotal | None:
        frame = sent.event_frame
        assert frame is not None
        norm = reading.norm
        start, end = money.start, money.end  # type: ignore[attr-defined]
        clause = sent.clause_at(start)
        stretch = _stretch_start(norm, sent.span.start, start)
        if not event_frames.of_the_event(reading, sent, stretch, end):
            return None
        name = norm[max(clause.start, start - NAME_REACH) : start]
        if not _TOTAL_RE.search(name) or _NOT_TOTAL_RE.search(norm, clause.start, start):
            return None
        stages = {s for s, pattern in _STAGE_RES.items() if pattern.search(norm, stretch, start)}
        stage = next(iter(stages)) if len(stages) == 1 else (frame.stage if not stages else None)
        counts = [c for c in sent.of_type("count") if stretch <= c.start and c.end <= start]
        place = frame.place or reading.explicit_place_before(sent, start).value or sent.carried_place
        return models.EventTotal(
            event=frame.event,
            stage=stage,
            place=place,
            date=frame.date,
            project_count=int(counts[-1].value.value) if counts else None,
            total=money.value,  # type: ignore[attr-defined]
            evidence=reading.evidence_span(counts[-1].start if counts else clause.start, end),
        )


def _stretch_start(norm: str, lo: int, at: int) -> int:
    """Where the stretch holding offset `at` begins: after the last 。/； before it in the sentence."""
    cut = max(norm.rfind(ch, lo, at) for ch in _STRETCH_BREAK)
    return lo if cut < 0 else cut + 1
