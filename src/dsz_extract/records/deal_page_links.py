"""Lines of the page around the report (上一篇：…, 下一篇：…, 相关阅读：…): titles of other pages, told for a
link, not deals of this report."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .sentence import Sentence

_LINK_LINE_RE = patterns.compile(
    r"[\s　]*(?:上一篇|下一篇|上一条|下一条|上一則|下一則|上篇|下篇|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀"
    r"|推荐阅读|推薦閱讀|相关链接|相關鏈接|相关文章|相關文章|热点推荐|猜你喜欢)[\s　]*[:：]"
)


def on_a_page_link(reading: Reading, sent: Sentence) -> bool:
    """`sent` stands on a line that links another page (上一篇：广东省…申报项目公示)."""
    line_start = reading.norm.rfind("\n", 0, sent.span.start) + 1
    return _LINK_LINE_RE.match(reading.norm, line_start) is not None
