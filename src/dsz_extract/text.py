"""The text layer: bytes -> text, the normalised view with its map back, sentence and clause spans.

Every later stage matches on `NormalizedText.text` (full-width folded to ASCII, traditional
characters converted to simplified) and reports offsets in the ORIGINAL text through
`NormalizedText.to_original`. The conversions used here keep one character for one character,
so the map is the identity in practice; it is still kept explicitly so that a future conversion
that changes lengths only has to fill the map.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import regex

# --- decoding -------------------------------------------------------------------------------


class DecodeError(ValueError):
    """Raised when input bytes are not text in any encoding we accept."""

    def __init__(self, source: str | None, reason: str) -> None:
        self.source = source
        self.reason = reason
        where = source if source else "<input>"
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters other than tab/newline/CR/form feed are a sign of binary data.
_BINARY_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:4096]
    return len(_BINARY_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def decode_bytes(data: bytes, source: str | None = None) -> Decoded:
    """Decode report bytes: a BOM wins, then UTF-8, then GB18030, then charset-normalizer's guess.

    Raises DecodeError naming `source` when the bytes are not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:  # a BOM before bytes that are not that encoding (odd length)
                raise DecodeError(source, f"not text: a {encoding} byte-order mark, then {exc.reason}") from exc
            return _checked(text, encoding, source, warn=encoding != "utf-8-sig")
    try:
        return _checked(data.decode("utf-8"), "utf-8", source, warn=False)
    except UnicodeDecodeError:
        pass
    if b"\x00" not in data[:4096]:
        candidates = [(enc, text) for enc in ("gb18030", "cp950") if (text := _try_decode(data, enc)) is not None]
        if candidates:
            # GB18030 decodes almost any byte string, Big5 included, into rare characters; the
            # reading with more common Chinese characters is the real one.
            encoding, text = max(candidates, key=lambda c: _common_han_ratio(c[1]))
            return _checked(text, "big5" if encoding == "cp950" else encoding, source, warn=True)
    return _guess(data, source)


def _try_decode(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _is_common_han(ch: str) -> bool:
    """In GB2312 level 1 (the 3,755 most frequent characters), after traditional -> simplified."""
    try:
        lead = ch.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    return 0xB0 <= lead <= 0xD7


def _common_han_ratio(text: str) -> float:
    sample = text[:4000]
    han = [c for c in to_simplified(sample) if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(map(_is_common_han, han)) / len(han)


def _guess(data: bytes, source: str | None) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError(source, "not text: no encoding (UTF-8, GB18030, …) decodes these bytes")
    text = str(best)
    if not _has_cjk_or_ascii_letters(text):
        raise DecodeError(source, f"not text: best guess {best.encoding} gives no readable characters")
    return _checked(text, best.encoding, source, warn=True)


def _has_cjk_or_ascii_letters(text: str) -> bool:
    return bool(regex.search(r"[\p{Han}A-Za-z]", text))


def _checked(text: str, encoding: str, source: str | None, *, warn: bool) -> Decoded:
    if _looks_binary(text):
        raise DecodeError(source, f"not text: binary content (control bytes) after decoding as {encoding}")
    warnings = (f"decoded as {encoding}",) if warn else ()
    return Decoded(text=text, encoding=encoding, warnings=warnings)


def read_text_file(path: str | Path) -> Decoded:
    """Read and decode one file; DecodeError (or OSError) names the file."""
    path = Path(path)
    return decode_bytes(path.read_bytes(), source=str(path))


# --- the normalised view ----------------------------------------------------------------------

_FULLWIDTH_EXTRA = {"\u3000": " ", "．": ".", "％": "%", "，": "，", "－": "-", "～": "~", "＋": "+", "：": "："}


def _fold_char(ch: str) -> str:
    """Full-width ASCII variants (０-９ Ａ-Ｚ ａ-ｚ ．％ …) to ASCII; CJK punctuation stays."""
    code = ord(ch)
    if 0xFF10 <= code <= 0xFF19 or 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
        return chr(code - 0xFEE0)
    return _FULLWIDTH_EXTRA.get(ch, ch)


_FOLD_TABLE = {c: _fold_char(chr(c)) for c in range(0xFF00, 0xFF66) if _fold_char(chr(c)) != chr(c)}
_FOLD_TABLE.update({ord(k): v for k, v in _FULLWIDTH_EXTRA.items() if k != v})


@functools.lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


# Variant forms OpenCC's t2s leaves as they are: 陜西 (Hong Kong and Taiwan pages' 陕西), 鄕 (乡).
_VARIANTS = str.maketrans({"陜": "陕", "鄕": "乡"})


def to_simplified(text: str) -> str:
    """Traditional -> simplified, one character for one character (variant forms too: 陜西 → 陕西).

    OpenCC converts phrases, which may change lengths; where it does, the segment is converted
    character by character so offsets stay aligned.
    """
    converted = _without_new_astral(text, _t2s(text))
    # Few pages hold either form: two scans at C speed spare a lookup per character.
    return converted.translate(_VARIANTS) if "陜" in converted or "鄕" in converted else converted


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _without_new_astral(text: str, converted: str) -> str:
    """(session 30) The text's own character where OpenCC wrote one outside the Basic Multilingual Plane for it (晛 →
    𬀪, 𧶮's simplified form): jieba, the surname and given-name tables and the Han ranges of the rules know the
    character the page wrote, and a simplified page (记者 李晛) wrote it so."""
    if _ASTRAL.search(converted) is None:
        return converted
    return "".join(o if c != o and _ASTRAL.match(c) else c for o, c in zip(text, converted, strict=True))


def _t2s(text: str) -> str:
    converted = _opencc().convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for segment in regex.split(r"(\n)", text):
        conv = _opencc().convert(segment)
        if len(conv) != len(segment):
            conv = "".join(c if len(c) == 1 else s for s, c in ((s, _opencc().convert(s)) for s in segment))
        out.append(conv)
    return "".join(out)


# Lone surrogates (from broken decoders) cannot be passed to OpenCC, which works on UTF-8.
_LONE_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_NEEDS_T2S = regex.compile(r"[^\x00-\u2fff]")
# The standard re module here: it scans a text for a character set several times faster than regex.
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD_TABLE)) + "]")


# An ASCII period after a Chinese character, before another or the end of a line, ends a sentence (a decimal
# point stands between digits, Chinese ones too: 投資十一.二億元).
_CN_DIGIT = "〇零一二三四五六七八九十"
_HAN_PERIOD = re.compile(rf"(?<=[\u4e00-\u9fff])(?:(?<![{_CN_DIGIT}])\.|\.(?![{_CN_DIGIT}]))(?=[\u4e00-\u9fff“\n]|$)")


@dataclass(frozen=True)
class NormalizedText:
    original: str
    text: str
    # offsets[i] is the original offset of normalised character i; one extra entry for the end.
    offsets: tuple[int, ...] | None = None
    traditional: bool = False

    def to_original(self, i: int) -> int:
        return i if self.offsets is None else self.offsets[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.to_original(start), self.to_original(end)


def normalize(original: str) -> NormalizedText:
    """Full-width -> ASCII and traditional -> simplified, keeping one character per character."""
    # Most texts have no full-width letters or digits: a search at C speed spares translating them.
    folded = original.translate(_FOLD_TABLE) if _NEEDS_FOLD.search(original) else original
    folded = _LONE_SURROGATE.sub("\ufffd", folded)
    simplified = to_simplified(folded) if _NEEDS_T2S.search(folded) else folded
    traditional = simplified != folded
    # "…投资额分别为300亿元、700亿元.短短16天，…": a page that ends its sentences with ASCII periods.
    if _HAN_PERIOD.search(simplified):
        simplified = _HAN_PERIOD.sub("。", simplified)
    assert len(simplified) == len(original)
    return NormalizedText(original=original, text=simplified, offsets=None, traditional=traditional)


# --- sentences and clauses ------------------------------------------------------------------

# A sentence ends at 。！？；!? or a line break; quotes closing right after stay in the sentence.
# (Compiled with the standard re module, which runs these plain character-set patterns about twice
# as fast as regex, with the same matches.)
_SENTENCE = re.compile(r"[^\n。！？!?；;]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")
# Clauses split further at commas and colons, but not at the comma that groups the thousands of a
# figure ("逾81,000人", "47,681個獲批"): the figure and the words before it stay in one clause.
_CLAUSE = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|[^，,：:])*(?:[，,：:]|$)")


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


def _spans(pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> list[Span]:
    """Spans of the matches in text[pos:endpos], stripped of white space (offsets into `text`)."""
    spans = []
    for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        start, end = m.span()
        if start == end:
            continue
        if not (text[start].isspace() or text[end - 1].isspace()):
            spans.append(Span(start, end))  # most spans: nothing to strip
            continue
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return spans


# Every later stage reads a sentence or a clause as a whole (the mentions before a figure, the
# clause it sits in), so their length bounds the work per mention. Real sentences stay far below
# these caps; a run without punctuation (scraped tables, hostile input) is cut into windows, which
# keeps the whole reading linear in the length of the text.
MAX_SENTENCE_CHARS = 1000
MAX_CLAUSE_CHARS = 300
# Where a window is cut when a span is too long: after the last of these before the cap.
_SOFT_BREAKS = "、 \t　）)》」』”"


def split_sentences(text: str) -> list[Span]:
    return _capped(_spans(_SENTENCE, text), text, MAX_SENTENCE_CHARS)


def split_clauses(text: str, sentence: Span) -> list[Span]:
    # Scanned in place between the sentence bounds: the pattern has no look-around, so this equals
    # scanning the slice, without copying it.
    return _capped(_spans(_CLAUSE, text, sentence.start, sentence.end), text, MAX_CLAUSE_CHARS)


def _capped(spans: list[Span], text: str, limit: int) -> list[Span]:
    """The spans, with any longer than `limit` cut into windows of at most `limit` characters."""
    if all(s.end - s.start <= limit for s in spans):
        return spans
    out: list[Span] = []
    for span in spans:
        start = span.start
        while span.end - start > limit:
            cut = _soft_cut(text, start, start + limit)
            out.append(Span(start, cut))
            start = cut
        out.append(Span(start, span.end))
    return out


def _soft_cut(text: str, start: int, hard: int) -> int:
    """Just after the last soft break in the second half of text[start:hard], else `hard`."""
    for i in range(hard - 1, (start + hard) // 2, -1):
        if text[i] in _SOFT_BREAKS:
            return i + 1
    return hard


_PARAGRAPH = re.compile(r"[^\n]+")


def split_paragraphs(text: str) -> list[Span]:
    return _spans(_PARAGRAPH, text)


# A line that is a heading (一、2020年工作回顾; a title; a byline): short, without sentence or clause
# punctuation. Headings open a section of a report.
HEADING_MAX_CHARS = 40
HEADING_PUNCTUATION = "。！？!?；;：:，,"


def is_heading(line: str) -> bool:
    """Whether a paragraph's text reads as a heading rather than prose."""
    line = line.strip()
    return 0 < len(line) <= HEADING_MAX_CHARS and not any(c in HEADING_PUNCTUATION for c in line)
