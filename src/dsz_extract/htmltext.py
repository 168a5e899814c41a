"""HTML pages -> the main text of the article (trafilatura), so a saved news page can be extracted.

Offsets of a report made from an HTML page point into the extracted text, not into the HTML;
the report says so in its warnings. The page's own metadata goes with the text (`read_page`): its
URL (canonical link, og:url), title (og:title, <title>) and publication date (htmldate, through
trafilatura: meta tags, JSON-LD, the URL and marked-up visible dates; not its extensive search,
which takes any date of the body). A labelled date above the main text (发布时间：2023年09月11日,
which htmldate does not read) is taken by the header rule of `dsz_extract.pubdate`.
"""

from __future__ import annotations

import dataclasses
from pathlib import PurePath
from typing import Any

from .provenance import Provenance
from .pubdate import dateline_date, parse_date_value
from .text import decode_bytes, normalize

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HTML_WARNING = "html: main text extracted with trafilatura; offsets point into the extracted text, not the HTML"
NO_MAIN_TEXT_WARNING = "html: no main text found in the page"


def is_html_path(path: str | PurePath) -> bool:
    return PurePath(path).suffix.lower() in HTML_SUFFIXES


# htmldate's conservative mode: metadata, the URL and marked-up dates, never a date of the body text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_PAGE_HEAD_CHARS = 2000  # how much of the page above its main text is searched for a labelled date


@dataclasses.dataclass(frozen=True)
class Page:
    """A document as read: its text, the warnings of reading it, and what its HTML says of it."""

    text: str
    warnings: list[str]
    provenance: Provenance | None = None


def html_to_text(html: str) -> str:
    """The page's main text, its headline first (the extractor reads the first line as the title).

    Returns "" when the page has no main text (navigation only, empty body).
    """
    return read_html(html).text


def read_html(html: str) -> Page:
    """The page's main text (headline first) and its metadata; text "" when it has none."""
    trafilatura = _trafilatura()
    if not html.strip():
        return Page("", [])
    document = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        deduplicate=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    if document is None:
        return Page("", [])
    body = (document.text or "").strip()
    title = (document.title or "").strip()
    text = f"{title}\n{body}" if body and title and not body.startswith(title) else body
    return Page(text, [], _page_provenance(document, html, body))


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("HTML input needs trafilatura: pip install 'dsz-extract[batch]'") from exc
    return trafilatura


def _page_provenance(document: Any, html: str, body: str) -> Provenance:
    url = (document.url or "").strip() or None
    title = (document.title or "").strip() or None
    try:
        published = parse_date_value(document.date) if document.date else None
    except ValueError:
        published = None
    if published is not None:
        return Provenance(url=url, title=title, published=published, published_from="html_meta")
    head = _page_head(html, body)
    published = dateline_date(normalize(head).text) if head.strip() else None
    return Provenance(url=url, title=title, published=published, published_from="header" if published else None)


def _page_head(html: str, body: str) -> str:
    """The page's visible text above its main text (breadcrumbs, headline, 发布时间：… 来源：…)."""
    visible = _trafilatura().html2txt(html) or ""
    opening = body[:20]
    end = visible.find(opening) if opening else -1
    head = visible[: end if end >= 0 else _PAGE_HEAD_CHARS]
    return head[-_PAGE_HEAD_CHARS:]


def text_of(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decoded text (HTML pages: their main text) and the warnings that go with it."""
    page = read_page(data, source)
    return page.text, page.warnings


def read_page(data: bytes, source: str) -> Page:
    """Decode a file's bytes; an HTML page is reduced to its main text and carries its metadata."""
    decoded = decode_bytes(data, source=source)
    warnings = list(decoded.warnings)
    if not is_html_path(source):
        return Page(decoded.text, warnings)
    page = read_html(decoded.text)
    warnings.append(HTML_WARNING if page.text else NO_MAIN_TEXT_WARNING)
    return Page(page.text, warnings, page.provenance)
