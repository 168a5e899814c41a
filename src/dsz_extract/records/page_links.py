"""Lines of the page that link another page (上一篇：…, 下一篇：…, 相关阅读：…): a title told for a link, no records of
this report (the block of such links near the page's end is `link_blocks.report_end`'s)."""

from __future__ import annotations

from .. import patterns
from ..link_blocks import LINK_WORDS
from .context import Reading
from .sentence import Sentence

_LINK_LINE_RE = patterns.compile(rf"[\s　]*(?:{LINK_WORDS})[\s　]*[:：]")


def on_a_page_link(reading: Reading, sent: Sentence) -> bool:
    """`sent` stands on a line that links another page (上一篇：广东省…申报项目公示)."""
    line_start = reading.norm.rfind("\n", 0, sent.span.start) + 1
    return _LINK_LINE_RE.match(reading.norm, line_start) is not None
