"""A report as one self-contained HTML fragment (`Report._repr_html_`, shown by Jupyter), or as a
complete page (`Report.to_html()`, `save_html(path)`, `dsz-extract html FILE -o page.html`).

The text with every mention marked in its type's colour (the tooltip gives the type and the
normalised value), a legend, the records as tables and the warnings. Styles are inline
attributes, so nothing leaks into the page around it, and there is no JavaScript. Everything
taken from the report or its text goes through html.escape.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from .models import MENTION_TYPES

TYPE_COLOURS: dict[str, str] = {
    "money": "#ffd8a8",
    "percent": "#ffec99",
    "date": "#c0eb75",
    "count": "#99e9f2",
    "place": "#a5d8ff",
    "org": "#d0bfff",
    "project": "#fcc2d7",
    "person": "#ffc9c9",
    "event": "#b2f2bb",
}

_BOX = "font-family:sans-serif;font-size:14px;line-height:1.7;max-width:60em"
_TEXT = "white-space:pre-wrap;border:1px solid #ddd;padding:0.6em;margin:0.4em 0"
_TABLE = "border-collapse:collapse;margin:0.3em 0 0.8em 0;font-size:13px"
_CELL = "border:1px solid #ddd;padding:2px 6px;text-align:left;vertical-align:top"
_HEAD = _CELL + ";background:#f4f4f4"


def _mark_style(kind: str) -> str:
    return f"background:{TYPE_COLOURS.get(kind, '#e9ecef')};padding:0 1px;border-radius:2px"


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def _range(low: Any, high: Any) -> str:
    return _num(low) if high is None else f"{_num(low)}–{_num(high)}"


def _modifier(v: dict[str, Any]) -> str:
    return f" ({v['modifier']})" if v.get("modifier") else ""


# Chinese units for an amount as a reader writes it (39.5亿元 beside 3950000000 CNY).
_CN_UNITS = ((10**8, "亿"), (10**4, "万"))
_CN_CURRENCY = {"CNY": "元", "USD": "美元", "EUR": "欧元", "HKD": "港元", "JPY": "日元", "GBP": "英镑"}


def chinese_amount(amount: Any, currency: str | None) -> str:
    """3950000000 CNY -> 39.5亿元; 12600000 USD -> 1260万美元 (what the text would say)."""
    if not isinstance(amount, (int, float)):
        return ""
    unit_word = _CN_CURRENCY.get(currency or "", f" {currency}")
    for size, word in _CN_UNITS:
        if abs(amount) >= size:
            return f"{_num(round(amount / size, 4))}{word}{unit_word}"
    return f"{_num(amount)}{unit_word}"


def money_text(v: dict[str, Any] | None) -> str:
    if not v:
        return ""
    plain = f"{_range(v.get('amount'), v.get('amount_max'))} {v.get('currency', '')}{_modifier(v)}"
    chinese = chinese_amount(v.get("amount"), v.get("currency"))
    if chinese and v.get("amount_max") is not None:
        chinese += "–" + chinese_amount(v.get("amount_max"), v.get("currency"))
    return f"{plain} · {chinese}" if chinese else plain


def quantity_text(v: dict[str, Any] | None) -> str:
    """A percent or count value: 16 percent, 50 位 (over)."""
    if not v:
        return ""
    return f"{_range(v.get('value'), v.get('value_max'))} {v.get('unit', '')}{_modifier(v)}"


def _joined(*parts: Any) -> str:
    return ", ".join(str(p) for p in parts if p)


def value_text(kind: str, value: dict[str, Any] | None) -> str:
    """The normalised value of a mention in a few words (what the tooltip shows)."""
    v = value or {}
    if kind == "money":
        return money_text(v)
    if kind in ("percent", "count"):
        return quantity_text(v)
    if kind == "date":
        text = str(v.get("timex", ""))
        if v.get("start") and v.get("end"):
            text += f" = {v['start']}…{v['end']}"
        return text + (f" {v['mod']}" if v.get("mod") else "")
    if kind == "place":
        anaphor = "anaphor" if v.get("anaphor") else ""
        return _joined(v.get("name"), v.get("level"), v.get("adcode"), v.get("full_name"), anaphor)
    if kind == "org":
        return _joined(v.get("name"), v.get("kind"))
    if kind == "person":
        return _joined(v.get("name"), v.get("title"), v.get("affiliation"))
    return str(v.get("name", ""))


def _as_dict(report: Any) -> tuple[dict[str, Any], str | None]:
    if isinstance(report, dict):
        return report, None
    return report.model_dump(mode="json"), report.text


# --- the marked text ------------------------------------------------------------------------


def _placeable(mentions: Iterable[dict[str, Any]], text: str) -> tuple[list[dict[str, Any]], int]:
    """Mentions that can be marked (offsets in range, text as at the offsets, no overlap), and how many cannot."""
    placed: list[dict[str, Any]] = []
    skipped = 0
    last_end = 0
    for m in sorted(mentions, key=lambda m: (m.get("start", 0), -m.get("end", 0))):
        start, end = m.get("start", -1), m.get("end", -1)
        if not (0 <= start < end <= len(text)) or text[start:end] != m.get("text") or start < last_end:
            skipped += 1
            continue
        placed.append(m)
        last_end = end
    return placed, skipped


def mark(mention: dict[str, Any]) -> str:
    kind = mention.get("type", "")
    title = f"{kind}: {value_text(kind, mention.get('value'))}"
    return (
        f'<mark data-type="{escape(kind)}" title="{escape(title)}" style="{_mark_style(kind)}">'
        f"{escape(mention.get('text', ''))}</mark>"
    )


def marked_text(text: str, mentions: Iterable[dict[str, Any]]) -> tuple[str, int]:
    """The escaped text with <mark> around each mention; also the number that could not be placed."""
    placed, skipped = _placeable(mentions, text)
    out: list[str] = []
    cursor = 0
    for m in placed:
        out.append(escape(text[cursor : m["start"]]))
        out.append(mark(m))
        cursor = m["end"]
    out.append(escape(text[cursor:]))
    return "".join(out), skipped


def legend(kinds: Iterable[str]) -> str:
    items = " ".join(f'<mark style="{_mark_style(k)}">{escape(k)}</mark>' for k in kinds)
    return f"<div>{items}</div>"


# --- tables ---------------------------------------------------------------------------------


def table(caption: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    if not rows:
        return ""
    head = "".join(f'<th style="{_HEAD}">{escape(h)}</th>' for h in header)
    body = "".join(
        "<tr>" + "".join(f'<td style="{_CELL}">{escape("" if c is None else str(c))}</td>' for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table style="{_TABLE}"><caption style="text-align:left;font-weight:bold">{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _names(items: Iterable[str] | None) -> str:
    return "、".join(items or ())


def _evidence(record: dict[str, Any]) -> str:
    ev = record.get("evidence") or {}
    return f"[{ev.get('start')}:{ev.get('end')}] {ev.get('text', '')}"


def _amounts(deal: dict[str, Any]) -> str:
    parts = []
    for a in deal.get("amounts") or ():
        phase = f" {a['phase']}" if a.get("phase") else ""
        parts.append(f"{a.get('role')}{phase}: {money_text(a.get('money'))}")
    return "; ".join(parts)


def deals_table(deals: Sequence[dict[str, Any]]) -> str:
    header = ("projects", "count", "investors", "place", "amounts", "stage", "date", "event", "evidence")
    rows = [
        (
            _names(d.get("projects")),
            d.get("project_count"),
            _names(d.get("investors")),
            d.get("place"),
            _amounts(d),
            d.get("stage"),
            d.get("date"),
            d.get("event"),
            _evidence(d),
        )
        for d in deals
    ]
    return table(f"deals ({len(deals)})", header, rows)


def _metric_value(m: dict[str, Any]) -> str:
    if m.get("value_type") == "money":
        return money_text(m.get("value"))
    return quantity_text(m.get("value"))


def metrics_table(metrics: Sequence[dict[str, Any]]) -> str:
    header = ("indicator", "kind", "place", "period", "value", "yoy", "share", "target done", "evidence")
    rows = [
        (
            m.get("indicator"),
            m.get("kind"),
            m.get("place"),
            m.get("period"),
            _metric_value(m),
            quantity_text(m.get("yoy")),
            quantity_text(m.get("share")),
            quantity_text(m.get("target_completion")),
            _evidence(m),
        )
        for m in metrics
    ]
    return table(f"metrics ({len(metrics)})", header, rows)


def talent_table(talent: Sequence[dict[str, Any]]) -> str:
    header = ("category", "count", "persons", "mode", "kind", "place", "organization", "period", "evidence")
    rows = [
        (
            t.get("category"),
            quantity_text(t.get("count")),
            _names(t.get("persons")),
            t.get("mode"),
            t.get("kind"),
            t.get("place"),
            t.get("organization"),
            t.get("period"),
            _evidence(t),
        )
        for t in talent
    ]
    return table(f"talent ({len(talent)})", header, rows)


def mentions_table(mentions: Sequence[dict[str, Any]]) -> str:
    rows = [
        (m.get("type"), m.get("text"), m.get("start"), m.get("end"), value_text(m.get("type", ""), m.get("value")))
        for m in mentions
    ]
    return table(f"mentions ({len(mentions)})", ("type", "text", "start", "end", "value"), rows)


# --- the report -----------------------------------------------------------------------------


def _header(report: dict[str, Any]) -> str:
    title = report.get("title") or report.get("doc_id") or "report"
    facts = []
    for label, key in (("doc_id", "doc_id"), ("reference date", "reference_date"), ("source", "source")):
        if report.get(key):
            facts.append(f"{label}: {report[key]}")
    if report.get("subject_place"):
        facts.append(f"subject place: {value_text('place', report['subject_place'])}")
    counts = ", ".join(f"{len(report.get(k) or ())} {k}" for k in ("mentions", "deals", "metrics", "talent"))
    facts.append(counts)
    heading = f'<div style="font-weight:bold;font-size:16px">{escape(str(title))}</div>'
    return heading + f"<div>{escape(' · '.join(facts))}</div>"


def _warnings(warnings: Sequence[str]) -> str:
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    return f'<div style="color:#a61e4d"><b>warnings</b><ul style="margin:0">{items}</ul></div>'


def render_report(report: Any, text: str | None = None) -> str:
    """The HTML for one report (a Report, or a report dict with its text passed separately)."""
    data, kept_text = _as_dict(report)
    text = text if text is not None else kept_text
    mentions = list(data.get("mentions") or ())
    parts = [f'<div class="dsz-report" style="{_BOX}">', _header(data), legend(MENTION_TYPES)]
    if text is None:
        parts.append("<p><i>The text was not kept with this report, so the mentions are listed instead.</i></p>")
        parts.append(mentions_table(mentions))
    else:
        body, skipped = marked_text(text, mentions)
        parts.append(f'<div data-role="text" style="{_TEXT}">{body}</div>')
        if skipped:
            why = "offsets outside the text, text not as at the offsets, or overlapping"
            parts.append(f"<p><i>{skipped} mention(s) not marked: {why}.</i></p>")
    parts += [
        deals_table(data.get("deals") or ()),
        metrics_table(data.get("metrics") or ()),
        talent_table(data.get("talent") or ()),
        _warnings(data.get("warnings") or ()),
        "</div>",
    ]
    return "".join(parts)


# --- a complete page ------------------------------------------------------------------------

# Fonts that hold CJK glyphs on each system, then the generic family.
CJK_FONTS = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)


def render_page(report: Any, text: str | None = None) -> str:
    """A complete HTML document: doctype, UTF-8, a title, the CJK font stack, then the report."""
    data, _ = _as_dict(report)
    title = str(data.get("title") or data.get("doc_id") or "dsz-extract report")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>body {{ font-family: {CJK_FONTS}; margin: 1.5em; }} .dsz-report {{ font-family: inherit !important; }}</style>\n"
        "</head>\n<body>\n"
        f"{render_report(report, text)}\n"
        "</body>\n</html>\n"
    )
