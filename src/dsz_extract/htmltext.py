"""HTML pages -> the main text of the article (trafilatura), so a saved news page can be extracted.

Offsets of a report made from an HTML page point into the extracted text, not into the HTML;
the report says so in its warnings.
"""

from __future__ import annotations

from pathlib import PurePath

from .text import decode_bytes

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HTML_WARNING = "html: main text extracted with trafilatura; offsets point into the extracted text, not the HTML"
NO_MAIN_TEXT_WARNING = "html: no main text found in the page"


def is_html_path(path: str | PurePath) -> bool:
    return PurePath(path).suffix.lower() in HTML_SUFFIXES


def html_to_text(html: str) -> str:
    """The page's main text, its headline first (the extractor reads the first line as the title).

    Returns "" when the page has no main text (navigation only, empty body).
    """
    try:
        import trafilatura
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("HTML input needs trafilatura: pip install 'dsz-extract[batch]'") from exc
    if not html.strip():
        return ""
    document = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=True, with_metadata=True, deduplicate=False
    )
    if document is None or not (document.text or "").strip():
        return ""
    body = document.text.strip()
    title = (document.title or "").strip()
    if title and not body.startswith(title):
        return f"{title}\n{body}"
    return body


def text_of(data: bytes, source: str) -> tuple[str, list[str]]:
    """Decoded text (HTML pages: their main text) and the warnings that go with it."""
    decoded = decode_bytes(data, source=source)
    warnings = list(decoded.warnings)
    if not is_html_path(source):
        return decoded.text, warnings
    text = html_to_text(decoded.text)
    warnings.append(HTML_WARNING if text else NO_MAIN_TEXT_WARNING)
    return text, warnings
