"""The block of links to other pages a heading opens near a page's end (相关新闻, 新闻推荐, 热门推荐, 视频更多 alone on a
line) and the lines that link one (上一篇：…, 相关阅读：…): titles, openings and dates of other pages. Annotators left
every record out of such blocks (41 dev pages have one), and a date there is another page's, not this one's
(pubdate.py, records/page_links.py)."""

from __future__ import annotations

import functools

import regex

from . import patterns

LINK_WORDS = (
    r"上一篇|下一篇|上一条|下一条|上一則|下一則|上篇|下篇|相关阅读|相關閱讀|相关新闻|相關新聞|延伸阅读|延伸閱讀"
    r"|推荐阅读|推薦閱讀|相关链接|相關鏈接|相关文章|相關文章|热点推荐|熱點推薦|猜你喜欢|猜你喜歡"
)
# A heading alone on its line that opens a block of other pages' links.
_BLOCK_HEADING_RE = patterns.compile(
    rf"^[\s　]*[【\[]?(?:{LINK_WORDS}|新闻推荐|新聞推薦|相关推荐|相關推薦|热门推荐|熱門推薦|更多新闻|更多新聞"
    # (session 24) a section of other pages' links and its "more" (視頻更 多, 图片更多>>)
    r"|\p{Han}{1,4}更[ \t　]?多[>》»]*)[】\]]?"
    r"[\s　]*[:：]?[\s　]*$",
    flags=regex.MULTILINE,
)
# A heading before any line of the report's body belongs to the page's navigation, not to a block after the report.
_BODY_LINE_RE = patterns.compile(r"[^\n]{40}")


@functools.lru_cache(maxsize=2)
def report_end(norm: str) -> int:
    """Where the report ends: at the heading opening the page's block of links to other stories, else at the text's
    end. Asked for by pubdate.py and records/__init__.py of the same page: scanned once (the cache)."""
    body = _BODY_LINE_RE.search(norm)
    heading = _BLOCK_HEADING_RE.search(norm, body.end()) if body is not None else None
    return heading.end() if heading is not None else len(norm)
