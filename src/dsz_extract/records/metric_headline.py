"""Which line of a page is its headline, for the period a report of statistics states above its body.

A page often opens with its path ("首页 > 投资 > 正文", "当前位置：首页 > 新闻中心") before the headline
("1-10月常州市工业投资完成情况"), and the outlet's or the stamp's line after it: the headline is the first
short line above the body that is neither, not only the page's first line (`Doc.title_span`).
"""

from __future__ import annotations

from .. import patterns
from ..doc import Doc
from ..text import Span

# A page's path, outlet, stamp or tool line: no headline ("您当前的位置:首页 >> 政务公开", "来源: 黑龙江日报",
# "发布日期:2017-11-20  浏览次数:", "E办事平台 简体 | 设为首页").
_PAGE_LINE_RE = patterns.compile(
    r"[>»|｜]|首页|首頁|位置|来源|來源|发布|發布|發佈|时间|時間|日期|浏览|瀏覽|作者|编辑|編輯|字号|字號|打印|责任|"
    r"https?:|www\.|记者|記者|[报網网台]讯"
)
# A headline is short and ends no sentence, and says something: a page's stamp ("04.01.2016 12:48", "2017") or a
# tool word ("登录", "微信", "搜 索") is none.
HEADLINE_CHARS = 60
HEADLINE_MIN_HAN = 6
_HAN_RE = patterns.compile(r"\p{Han}")
_SENTENCE_END_RE = patterns.compile(r"[。！？!?：:]\s*$")


def headline_span(doc: Doc, body_start: int) -> Span | None:
    """The page's headline: its first line when that reads as one, else the first short line above the body
    (`body_start`) that is no page line."""
    if doc.title_span is not None and not _is_page_line(doc, doc.title_span):
        return doc.title_span
    for p in doc.paragraphs:
        if 0 < body_start <= p.start:
            return None  # the body begins (at 0: no long line near the top; a sentence's end stops the search)
        line = doc.norm[p.start : p.end].strip()
        if not line or _is_page_line(doc, p):
            continue
        if len(_HAN_RE.findall(line)) < HEADLINE_MIN_HAN:
            continue
        if len(line) <= HEADLINE_CHARS and _SENTENCE_END_RE.search(line) is None:
            return p
        return None
    return None


def _is_page_line(doc: Doc, span: Span) -> bool:
    return _PAGE_LINE_RE.search(doc.norm, span.start, span.end) is not None
