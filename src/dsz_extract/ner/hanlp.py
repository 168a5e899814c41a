"""HanLP NER as an optional backend next to the rule passes (`pip install dsz-extract[hanlp]`).

HanLP's Chinese NER components are character taggers: they read a sentence as a list of
characters and return `(entity, label, begin, end)` spans in token indices. The backend feeds
every sentence of the normalised text as its non-space characters, maps the token spans back to
character offsets, maps HanLP's label sets (MSRA, OntoNotes, PKU, CoNLL, Weibo) to the contract's
person / org / place, and builds mentions with `doc.make(..., source="hanlp")`. Multi-task models
(`hanlp.pretrained.mtl.*`) tokenise sentence strings themselves; their word tokens are aligned
back onto the sentence.

`train_char_ner` trains a small character BiLSTM-CRF (HanLP's `RNNNamedEntityRecognizer`, random
embeddings) from gold reports, for machines that cannot download HanLP's pretrained models and for
anyone with their own annotations; the model it saves is read back with `hanlp.load`.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import regex

from .. import models
from ..doc import Doc
from ..text import Span, normalize, split_clauses, split_sentences

INSTALL_HINT = "pip install 'dsz-extract[hanlp]'"

# HanLP's label sets -> contract mention types. Labels not listed (DATE, MONEY, PERCENT, FAC, …)
# are left to the rule passes, which also normalise their values.
LABEL_TYPES: dict[str, str] = {
    # MSRA (coarse) and PKU (lower case in HanLP's PKU models; labels are compared upper-cased)
    "NR": "person",
    "NS": "place",
    "NT": "org",
    # MSRA fine-grained (HanLP 2.1), OntoNotes, CoNLL, Weibo (PER.NAM …)
    "PERSON": "person",
    "PER": "person",
    "ORGANIZATION": "org",
    "ORG": "org",
    "LOCATION": "place",
    "LOC": "place",
    "GPE": "place",
}

# The labels `train_char_ner` models are trained with: MSRA's, so they read like HanLP's own.
TRAIN_TAGS: dict[str, str] = {"person": "NR", "org": "NT", "place": "NS"}

# Sentences longer than this are cut at clause boundaries: transformer NER models read at most
# 512 subwords, and a run-on "sentence" (a table flattened to text) should not be one sequence.
DEFAULT_MAX_CHARS = 256

# Multi-task models may carry several NER tasks; the first one present is used unless told.
PREFERRED_MTL_TASKS = ("ner/msra", "ner/ontonotes", "ner/pku")

_NON_SPACE = regex.compile(r"\S")


# --- labels and values ----------------------------------------------------------------------


def entity_type(label: str, labels: Mapping[str, str] = LABEL_TYPES) -> str | None:
    """The contract type for a HanLP label, or None for labels the backend leaves to the rules."""
    base, _, form = label.upper().partition(".")
    if form == "NOM":  # Weibo NER's nominal mentions (该公司, 市长) are not names
        return None
    return labels.get(base)


def place_value(name: str) -> models.PlaceValue:
    """The gazetteer's place for a name it knows; an ambiguous name keeps its candidates; else level `other`."""
    from .. import gazetteer

    places = list(dict.fromkeys(gazetteer.get().lookup(name)))
    if len(places) == 1:
        return places[0].value()
    levels = {p.level for p in places}
    level = levels.pop() if len(levels) == 1 else "other"
    return models.PlaceValue(name=name, level=level, candidates=[p.candidate() for p in places])


def org_value(name: str) -> models.OrgValue:
    from ..dims.org import org_kind

    kind = org_kind(name)
    return models.OrgValue(name=name, kind=kind or "other")


def person_value(name: str) -> models.PersonValue:
    return models.PersonValue(name=name)


_VALUE_BUILDERS = {"person": person_value, "org": org_value, "place": place_value}


# --- what the model reads -------------------------------------------------------------------


def sentence_chunks(norm: str, sentences: Iterable[Span], max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[Span]:
    """The sentences, overlong ones packed from their clauses up to max_chars (hard cut as a last resort)."""
    for sentence in sentences:
        if sentence.end - sentence.start <= max_chars:
            yield sentence
            continue
        start = end = sentence.start
        for clause in split_clauses(norm, sentence):
            if clause.end - start > max_chars and end > start:
                yield Span(start, end)
                start = clause.start
            end = clause.end
            while end - start > max_chars:
                yield Span(start, start + max_chars)
                start += max_chars
        if end > start:
            yield Span(start, end)


def char_tokens(norm: str, chunk: Span) -> tuple[list[str], list[int]]:
    """The non-space characters of a chunk and their offsets; spaces are not tokens to HanLP."""
    found = list(_NON_SPACE.finditer(norm, chunk.start, chunk.end))
    return [m.group() for m in found], [m.start() for m in found]


def align_tokens(text: str, tokens: Sequence[str], offset: int = 0) -> list[tuple[int, int]] | None:
    """Offsets of word tokens laid in order over text, or None when they do not read as the text."""
    spans = []
    cursor = 0
    for token in tokens:
        at = text.find(token, cursor)
        if at < 0 or text[cursor:at].strip():
            return None
        cursor = at + len(token)
        spans.append((offset + at, offset + cursor))
    return spans


def _label_and_span(entity: Sequence[Any]) -> tuple[str, int, int]:
    """HanLP entities are (text, label, begin, end) with end exclusive, in token indices."""
    return str(entity[1]), int(entity[-2]), int(entity[-1])


# --- the backend ----------------------------------------------------------------------------


class HanLPBackend:
    """Finds person/org/place mentions with a HanLP NER model.

    `model` is a local directory saved by HanLP, a name `hanlp.load` knows (a URL or a
    `hanlp.pretrained` constant), or an already loaded HanLP component. It is loaded once, here.
    """

    source = "hanlp"

    def __init__(
        self,
        model: str | os.PathLike[str] | Any,
        *,
        batch_size: int = 32,
        max_chars: int = DEFAULT_MAX_CHARS,
        labels: Mapping[str, str] | None = None,
        task: str | None = None,
    ) -> None:
        self.component = load_component(model)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self.labels = {**LABEL_TYPES, **{k.upper(): v for k, v in (labels or {}).items()}}
        self.task = _mtl_ner_task(self.component, task) if _is_multi_task(self.component) else None

    def find(self, doc: Doc) -> list[Any]:
        chunks = list(sentence_chunks(doc.norm, doc.sentences, self.max_chars))
        if not chunks:
            return []
        predict = self._entities_mtl if self.task else self._entities_chars
        mentions = []
        for label, start, end in predict(doc.norm, chunks):
            kind = entity_type(label, self.labels)
            if kind is None or end <= start:
                continue
            value = _VALUE_BUILDERS[kind](doc.norm[start:end])
            mentions.append(doc.make(kind, start, end, value, source=self.source))
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions

    def _entities_chars(self, norm: str, chunks: list[Span]) -> Iterator[tuple[str, int, int]]:
        """Entities with character offsets from a character-level NER component, all chunks in one call."""
        units = [u for u in (char_tokens(norm, c) for c in chunks) if u[0]]
        if not units:
            return
        predicted = self.component([tokens for tokens, _ in units], batch_size=self.batch_size)
        for (tokens, offsets), entities in zip(units, predicted, strict=True):
            for entity in entities:
                label, begin, end = _label_and_span(entity)
                if 0 <= begin < end <= len(tokens):
                    yield label, offsets[begin], offsets[end - 1] + 1

    def _entities_mtl(self, norm: str, chunks: list[Span]) -> Iterator[tuple[str, int, int]]:
        """Entities from a multi-task model: it tokenises each chunk; word spans are aligned back."""
        texts = [c.slice(norm) for c in chunks]
        result = self.component(texts, tasks=self.task, batch_size=self.batch_size)
        tok_key = _tok_key(result)
        for chunk, text, words, entities in zip(chunks, texts, result[tok_key], result[self.task], strict=True):
            spans = align_tokens(text, words, chunk.start)
            if spans is None:  # the tokenizer rewrote the text; offsets would be guesses
                continue
            for entity in entities:
                label, begin, end = _label_and_span(entity)
                if 0 <= begin < end <= len(spans):
                    yield label, spans[begin][0], spans[end - 1][1]


def _is_multi_task(component: Any) -> bool:
    return isinstance(getattr(component, "tasks", None), Mapping)


def _mtl_ner_task(component: Any, task: str | None) -> str:
    names = list(component.tasks)
    if task is not None:
        if task not in names:
            raise ValueError(f"HanLP model has no task {task!r}; it has {names}")
        return task
    for preferred in PREFERRED_MTL_TASKS:
        if preferred in names:
            return preferred
    ner = [n for n in names if n.startswith("ner")]
    if not ner:
        raise ValueError(f"HanLP multi-task model has no NER task; it has {names}")
    return ner[0]


def _tok_key(result: Mapping[str, Any]) -> str:
    keys = [k for k in result if k.startswith("tok")]
    if not keys:
        raise ValueError(f"HanLP result has no tokens to align entities with; keys: {list(result)}")
    return "tok/fine" if "tok/fine" in keys else keys[0]


# --- loading --------------------------------------------------------------------------------


def import_hanlp() -> Any:
    try:
        import hanlp
    except ImportError as exc:
        raise ImportError(f"the HanLP NER backend needs HanLP and PyTorch: {INSTALL_HINT}") from exc
    return hanlp


def load_component(model: str | os.PathLike[str] | Any) -> Any:
    """`hanlp.load` a name or local path (an object is taken as an already loaded component)."""
    if not isinstance(model, (str, os.PathLike)):
        return model
    hanlp = import_hanlp()
    name = os.fspath(model)
    if "://" not in name and name not in hanlp.pretrained.ALL and not os.path.exists(name):
        raise FileNotFoundError(f"HanLP model {name!r}: no such directory, URL or hanlp.pretrained name")
    component = hanlp.load(name, verbose=False)
    repair_rnn_crf(getattr(component, "model", None))
    return component


def repair_rnn_crf(model: Any) -> None:
    """HanLP 2.1's RNNTaggingModel passes its CRF constraints where the CRF expects `batch_first`,
    so its CRF reads (batch, seq) tensors as (seq, batch); every build (training or loading) needs
    the flag set back."""
    crf = getattr(model, "crf", None)
    if type(model).__name__ == "RNNTaggingModel" and crf is not None and not getattr(crf, "batch_first", True):
        crf.batch_first = True


# --- training a small model from gold -------------------------------------------------------


def gold_samples(
    gold: Mapping[str, Any], text: str, *, max_chars: int = DEFAULT_MAX_CHARS
) -> list[dict[str, list[str]]]:
    """BIO-tagged character sequences, one per sentence, from a gold report of `text`.

    Person, org and place mentions are tagged with MSRA labels (NR, NT, NS); anaphors (全市, 该区)
    are left out, as they are not names. Characters are cut the way `HanLPBackend` cuts them.
    """
    norm = normalize(text).text
    tags = ["O"] * len(norm)
    for mention in gold.get("mentions", []):
        tag = TRAIN_TAGS.get(mention["type"])
        if tag is None or mention["value"].get("anaphor"):
            continue
        start, end = mention["start"], mention["end"]
        tags[start:end] = [f"B-{tag}"] + [f"I-{tag}"] * (end - start - 1)
    samples = []
    for chunk in sentence_chunks(norm, split_sentences(norm), max_chars):
        tokens, offsets = char_tokens(norm, chunk)
        if tokens:
            samples.append({"token": tokens, "tag": [tags[i] for i in offsets]})
    return samples


def train_char_ner(
    train: Sequence[Mapping[str, list[str]]],
    save_dir: str | os.PathLike[str],
    *,
    dev: Sequence[Mapping[str, list[str]]] | None = None,
    epochs: int = 10,
    embed: int = 64,
    hidden: int = 64,
    lr: float = 0.01,
    dropout: float = 0.2,
    batch_size: int = 32,
    seed: int = 1,
    threads: int = 1,
    verbose: bool = False,
) -> Any:
    """Train HanLP's character BiLSTM-CRF NER from random embeddings and save it into save_dir.

    The best epoch on `dev` (default: the training data) is kept. Runs on the CPU with `threads`
    torch threads while training: a model this small gains nothing from more, and on a busy
    2-core machine two contending threads made training six times slower (141 s against 24 s
    for the five seeds). HanLP draws progress bars; `verbose=False` swallows them.
    """
    import_hanlp()
    import torch
    from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer

    ner = RNNNamedEntityRecognizer()
    build_model = ner.build_model

    def build_repaired_model(**kwargs: Any) -> Any:
        model = build_model(**kwargs)
        repair_rnn_crf(model)
        return model

    ner.build_model = build_repaired_model  # an instance attribute: the saved classpath stays HanLP's own
    hyperparameters = {
        "epochs": epochs,
        "embed": embed,
        "rnn_hidden": hidden,
        "lr": lr,
        "drop": dropout,
        "batch_size": batch_size,
        "crf": True,
        "tagging_scheme": "BIO",
        "anneal_factor": None,  # a fixed learning rate: few epochs, no plateaus to anneal on
        "patience": epochs,
        "devices": -1,
        "seed": seed,
    }
    progress = contextlib.nullcontext() if verbose else _hanlp_progress_silenced()
    threads_before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        with progress:
            ner.fit(
                [dict(s) for s in train],
                [dict(s) for s in (dev if dev is not None else train)],
                os.fspath(save_dir),
                logger=_quiet_logger(),
                verbose=False,
                **hyperparameters,
            )
    finally:
        torch.set_num_threads(threads_before)
    return ner


def _hanlp_progress_silenced() -> contextlib.ExitStack:
    """Swallow HanLP's progress bars: its timers write to stdout, its flash line to a stream bound at import."""
    from hanlp.utils import log_util

    sink = io.StringIO()
    stack = contextlib.ExitStack()
    stack.enter_context(contextlib.redirect_stdout(sink))
    printer = getattr(log_util, "_printer", None)
    if printer is not None and hasattr(printer, "out"):
        stack.callback(setattr, printer, "out", printer.out)
        printer.out = sink
    return stack


def _quiet_logger() -> logging.Logger:
    logger = logging.getLogger("dsz_extract.ner.hanlp.train")
    logger.propagate = False
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    return logger
