"""Deals told before the event they were signed at, in the lead's own paragraph.

A report may open on what was signed before it says where and when ("中国储能技术有限公司拟投资50亿元，在宁乡高新区
建设A；全球内镜微创产业集团拟投资50亿元，在洋湖总部经济区打造B……今天，湖南湘江新区再次举行…项目集中签约仪式"):
those deals are the event's, as the ones told after the lead are. records/deals.py asks here for a deal that no
frame covers, with its investment but no stage of its own (or only a plan: 拟投资, what a signing commits to)
and no date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import frames as event_frames

if TYPE_CHECKING:
    from .context import Reading
    from .deal_frame import Frame

# How many sentences ahead, in the same paragraph, the event may be told.
TEASER_REACH = 1


def adopt_the_event_told_next(reading: Reading, frame: Frame) -> None:
    """Give a deal told before its event's lead the event's day, stage and name."""
    sent = frame.sentence
    if sent.event_frame is not None or frame.date is not None or frame.stage not in (None, "planned"):
        return
    if not frame.amounts:
        return  # a name without its investment (盐城市项目建设提速) is no deal told ahead of the event
    for ahead in range(1, TEASER_REACH + 1):
        if sent.index + ahead >= len(reading.sentences):
            return
        nxt = reading.sentences[sent.index + ahead]
        if nxt.paragraph != sent.paragraph:
            return
        event = event_frames.opened_by(reading, nxt)
        if event is not None and event.date is not None and event.stage == "signed":
            frame.date = event.date
            frame.stage = "signed"
            frame.event = frame.event or event.event
            return
