"""The HanLP NER backend: label mapping, offsets, merging with the rules, and a real HanLP model.

HanLP's pretrained models cannot be downloaded on these machines, so the `hanlp`-marked tests
train a small character BiLSTM-CRF from the seed gold (a few seconds on one core), save it, and
load it back through the real adapter with `hanlp.load`. The adapter logic that needs no model
(labels, chunking, offsets of traditional / full-width / spaced text, multi-task alignment) is
tested with stand-in components and runs without the extra.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

import pytest

from dsz_extract import Extractor, extract, pipeline
from dsz_extract.doc import Doc
from dsz_extract.models import OrgKind, OrgValue, Report
from dsz_extract.ner.hanlp import (
    HanLPBackend,
    align_tokens,
    char_tokens,
    entity_type,
    gold_samples,
    load_component,
    sentence_chunks,
)
from dsz_extract.text import split_sentences

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ENTITY_TYPES = ("person", "org", "place")
NEEDS_EXTRA = "HanLP backend needs the extra: pip install torch==2.13.0 'dsz-extract[hanlp]'"


def seed(doc_id_prefix: str) -> tuple[dict[str, Any], str]:
    gold_path = next((CORPUS / "gold").glob(f"{doc_id_prefix}_*.json"))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return gold, (CORPUS / "seeds" / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")


def gold_names(gold: dict[str, Any]) -> set[tuple[int, int, str]]:
    return {
        (m["start"], m["end"], m["type"])
        for m in gold["mentions"]
        if m["type"] in ENTITY_TYPES and not m["value"].get("anaphor")
    }


def assert_grounded(text: str, mentions: list[Any]) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.text, m
        assert m.type in ENTITY_TYPES
        assert m.source == "hanlp"


# --- stand-in components: HanLP's call signatures and output shapes, a fixed lexicon as "model" ---


class LexiconNer:
    """Acts like a HanLP character NER component: lists of characters in, (text, label, b, e) out."""

    def __init__(self, lexicon: dict[str, str]) -> None:
        self.lexicon = lexicon
        self.calls: list[list[list[str]]] = []

    def __call__(self, batch: list[list[str]], batch_size: int | None = None) -> list[list[tuple[str, str, int, int]]]:
        self.calls.append(batch)
        return [self.tag("".join(tokens)) for tokens in batch]

    def tag(self, text: str) -> list[tuple[str, str, int, int]]:
        found = []
        for name, label in self.lexicon.items():
            at = text.find(name)
            while at >= 0:
                found.append((name, label, at, at + len(name)))
                at = text.find(name, at + len(name))
        return found


class LexiconMultiTask:
    """Acts like a HanLP multi-task model: sentence strings in, a Document of tok/fine and ner/* out."""

    def __init__(self, words: list[str], lexicon: dict[str, str], task: str = "ner/msra") -> None:
        self.words = words
        self.lexicon = lexicon
        self.tasks = {"tok/fine": object(), task: object(), "pos/ctb": object()}

    def __call__(self, texts: list[str], tasks: str, batch_size: int | None = None) -> dict[str, list[Any]]:
        toks = [self.tokenize(t) for t in texts]
        ner = [[(w, self.lexicon[w], i, i + 1) for i, w in enumerate(ws) if w in self.lexicon] for ws in toks]
        return {"tok/fine": toks, tasks: ner}

    def tokenize(self, text: str) -> list[str]:
        out, i = [], 0
        while i < len(text):
            if text[i].isspace():
                i += 1
                continue
            word = next((w for w in self.words if text.startswith(w, i)), text[i])
            out.append(word)
            i += len(word)
        return out


# --- labels, chunks, alignment ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("NR", "person"),
        ("nr", "person"),
        ("PERSON", "person"),
        ("PER", "person"),
        ("PER.NAM", "person"),
        ("PER.NOM", None),
        ("NS", "place"),
        ("ns", "place"),
        ("LOCATION", "place"),
        ("LOC", "place"),
        ("GPE", "place"),
        ("GPE.NAM", "place"),
        ("NT", "org"),
        ("nt", "org"),
        ("ORGANIZATION", "org"),
        ("ORG", "org"),
        ("ORG.NAM", "org"),
        ("DATE", None),
        ("MONEY", None),
        ("PERCENT", None),
        ("FAC", None),
        ("NORP", None),
        ("INTEGER", None),
    ],
)
def test_labels_map_to_contract_types(label: str, expected: str | None) -> None:
    assert entity_type(label) == expected


@pytest.mark.parametrize(
    ("text", "max_chars", "expected_lengths"),
    [
        ("苏州工业园区签约项目12个。总投资86亿元。", 256, [14, 8]),
        ("一" * 40 + "，" + "二" * 40 + "，" + "三" * 40 + "。", 100, [82, 41]),
        ("一" * 40 + "，" + "二" * 40 + "。", 50, [41, 41]),
        ("五" * 250, 100, [100, 100, 50]),
        ("甲" * 30 + "，" + "乙" * 130 + "。", 60, [31, 60, 60, 11]),
        ("成都高新区\n\n  重庆两江新区签约。", 256, [5, 9]),
    ],
)
def test_long_sentences_are_cut_into_chunks(text: str, max_chars: int, expected_lengths: list[int]) -> None:
    chunks = list(sentence_chunks(text, split_sentences(text), max_chars))
    assert [c.end - c.start for c in chunks] == expected_lengths
    assert all(a.end <= b.start for a, b in itertools.pairwise(chunks))
    covered = "".join(c.slice(text) for c in chunks)
    assert "".join(covered.split()) == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "tokens", "offset", "expected"),
    [
        ("合肥市新签约项目", ["合肥市", "新", "签约", "项目"], 0, [(0, 3), (3, 4), (4, 6), (6, 8)]),
        ("Tesla 上海 超级工厂", ["Tesla", "上海", "超级", "工厂"], 10, [(10, 15), (16, 18), (19, 21), (21, 23)]),
        ("广州南沙", ["广州", "南沙区"], 0, None),
        ("广州南沙", ["南沙"], 0, None),
    ],
)
def test_word_tokens_are_aligned_to_offsets(
    text: str, tokens: list[str], offset: int, expected: list[tuple[int, int]] | None
) -> None:
    assert align_tokens(text, tokens, offset) == expected


def test_spaces_are_not_tokens() -> None:
    text = "深圳 前海 合作区"
    tokens, offsets = char_tokens(text, split_sentences(text)[0])
    assert "".join(tokens) == "深圳前海合作区"
    assert [text[i] for i in offsets] == tokens


# --- the adapter with stand-in components -----------------------------------------------------

LEXICON = {"张伟": "NR", "杭州市": "NS", "阿里巴巴集团": "NT", "浙江大学": "ORGANIZATION", "2023年": "DATE"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2023年，杭州市与阿里巴巴集团签约，张伟出席。",
            [("杭州市", "place", "杭州市"), ("阿里巴巴集团", "org", "阿里巴巴集团"), ("张伟", "person", "张伟")],
        ),
        # traditional characters: text cut from the original, the value named in simplified form
        (
            "杭州市與阿里巴巴集團簽約，張偉出席。",
            [("杭州市", "place", "杭州市"), ("阿里巴巴集團", "org", "阿里巴巴集团"), ("張偉", "person", "张伟")],
        ),
        # spaces inside a name: offsets still span the original characters
        ("项目由浙江 大学牵头，张 伟介绍。", [("浙江 大学", "org", "浙江 大学"), ("张 伟", "person", "张 伟")]),
        # full-width digits before a name shift nothing
        ("２０２３年６月，杭州市招商。", [("杭州市", "place", "杭州市")]),
        ("", []),
        ("   \n ", []),
    ],
)
def test_backend_mentions_point_into_the_original(text: str, expected: list[tuple[str, str, str]]) -> None:
    backend = HanLPBackend(LexiconNer(LEXICON))
    mentions = backend.find(Doc(text))
    assert [(m.text, m.type, m.value.name) for m in mentions] == expected
    assert_grounded(text, mentions)


def test_backend_reads_every_sentence_in_one_call() -> None:
    component = LexiconNer(LEXICON)
    text = "杭州市签约。\n张伟出席。阿里巴巴集团投资。" + "长" * 300 + "。"
    mentions = HanLPBackend(component, max_chars=128).find(Doc(text))
    assert len(component.calls) == 1
    assert [len(tokens) for tokens in component.calls[0]] == [6, 5, 9, 128, 128, 45]
    assert [m.text for m in mentions] == ["杭州市", "张伟", "阿里巴巴集团"]


def test_labels_can_be_extended() -> None:
    component = LexiconNer({"李娜": "NAME", "苏州": "NS"})
    mentions = HanLPBackend(component, labels={"name": "person"}).find(Doc("李娜在苏州。"))
    assert [(m.text, m.type) for m in mentions] == [("李娜", "person"), ("苏州", "place")]


def test_org_values_are_valid() -> None:
    (org,) = HanLPBackend(LexiconNer({"合肥国轩高科": "NT"})).find(Doc("合肥国轩高科落户。"))
    assert org.value.name == "合肥国轩高科" and org.value.kind in get_args(OrgKind)


@pytest.mark.parametrize(
    ("surface", "name", "level", "adcode", "ambiguous"),
    [
        ("天津", "天津市", "province", "120000", False),
        ("东昌府区", "东昌府区", "county", "371502", False),
        ("聊城", "聊城市", "city", "371500", False),
        ("美国", "美国", "country", None, False),
        ("朝阳区", "朝阳区", "county", None, True),
        ("鼓楼区", "鼓楼区", "county", None, True),
        ("青石岭", "青石岭", "other", None, False),
    ],
)
def test_place_values_come_from_the_gazetteer(
    surface: str, name: str, level: str, adcode: str | None, ambiguous: bool
) -> None:
    text = f"项目落户{surface}。"
    (place,) = HanLPBackend(LexiconNer({surface: "NS"})).find(Doc(text))
    assert (place.text, place.value.name, place.value.level, place.value.adcode) == (surface, name, level, adcode)
    assert (len(place.value.candidates) > 1) is ambiguous
    assert place.value.anaphor is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("武汉市与华为公司签约", [("武汉市", 0, 3, "place"), ("华为公司", 4, 8, "org")]),
        (
            "刘强 来到 武汉市。华为公司投资。",
            [("刘强", 0, 2, "person"), ("武汉市", 6, 9, "place"), ("华为公司", 10, 14, "org")],
        ),
        ("無錫市與華為公司簽約", [("無錫市", 0, 3, "place"), ("華為公司", 4, 8, "org")]),
    ],
)
def test_multi_task_models_are_aligned_word_by_word(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    model = LexiconMultiTask(
        words=["武汉市", "无锡市", "华为公司", "刘强", "来到", "签约", "投资"],
        lexicon={"武汉市": "LOCATION", "无锡市": "NS", "华为公司": "ORGANIZATION", "刘强": "PERSON", "签约": "O"},
    )
    backend = HanLPBackend(model)
    assert backend.task == "ner/msra"
    mentions = backend.find(Doc(text))
    assert [(m.text, m.start, m.end, m.type) for m in mentions] == expected
    assert_grounded(text, mentions)


@pytest.mark.parametrize(
    ("task", "wanted", "expected"),
    [
        ("ner/ontonotes", None, "ner/ontonotes"),
        ("ner/msra", "ner/msra", "ner/msra"),
        ("ner/custom", None, "ner/custom"),
    ],
)
def test_multi_task_ner_task_is_chosen(task: str, wanted: str | None, expected: str) -> None:
    assert HanLPBackend(LexiconMultiTask([], {}, task=task), task=wanted).task == expected


def test_multi_task_model_without_the_wanted_task_is_refused() -> None:
    with pytest.raises(ValueError, match="no task 'ner/pku'"):
        HanLPBackend(LexiconMultiTask([], {}), task="ner/pku")


def test_missing_hanlp_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hanlp", None)  # makes `import hanlp` raise ImportError
    with pytest.raises(ImportError, match=r"pip install 'dsz-extract\[hanlp\]'"):
        load_component("/models/msra-ner")
    with pytest.raises(ImportError, match="dsz-extract"):
        Extractor(ner="hanlp", hanlp_model="/models/msra-ner")


@pytest.mark.parametrize(
    ("prefix", "min_sentences"),
    [("000", 10), ("003", 10), ("004", 10)],
)
def test_gold_becomes_bio_tagged_characters(prefix: str, min_sentences: int) -> None:
    gold, text = seed(prefix)
    samples = gold_samples(gold, text)
    assert len(samples) >= min_sentences
    tagged = [(s["token"], s["tag"]) for s in samples]
    assert all(len(tokens) == len(tags) for tokens, tags in tagged)
    # every tagged name reads back as a gold name, and every non-anaphoric gold name is tagged
    names = {
        (m["text"], m["type"]) for m in gold["mentions"] if m["type"] in ENTITY_TYPES and not m["value"].get("anaphor")
    }
    tag_type = {"NR": "person", "NT": "org", "NS": "place"}
    spans = []
    for tokens, tags in tagged:
        for i, tag in enumerate(tags):
            if tag.startswith("B-"):
                j = i + 1
                while j < len(tags) and tags[j] == "I-" + tag[2:]:
                    j += 1
                spans.append(("".join(tokens[i:j]), tag_type[tag[2:]]))
    assert {(name.replace(" ", ""), kind) for name, kind in names} == set(spans)
    assert len(spans) == len(gold_names(gold))


# --- a real HanLP model, trained here ---------------------------------------------------------

TRAIN_SEEDS = ("000", "001", "003", "004")


@pytest.fixture(scope="module")
def hanlp_model(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    pytest.importorskip("torch", reason=NEEDS_EXTRA)
    pytest.importorskip("hanlp", reason=NEEDS_EXTRA)
    import torch

    from dsz_extract.ner.hanlp import train_char_ner

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        samples = [s for prefix in TRAIN_SEEDS for s in gold_samples(*seed(prefix))]
        save_dir = tmp_path_factory.mktemp("hanlp-ner")
        train_char_ner(samples, save_dir, epochs=10, embed=64, hidden=64, seed=1)
        yield save_dir
    finally:
        torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def backend(hanlp_model: Path) -> HanLPBackend:
    return HanLPBackend(str(hanlp_model))


@pytest.fixture
def no_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs the pipeline with no rule passes, so the backend's own output is seen whole."""
    monkeypatch.setitem(pipeline.run.__kwdefaults__, "passes", ())


@pytest.mark.hanlp
def test_saved_model_reloads_with_hanlp_load(hanlp_model: Path, backend: HanLPBackend) -> None:
    assert (hanlp_model / "config.json").exists()
    assert type(backend.component).__name__ == "RNNNamedEntityRecognizer"
    assert backend.component.model.crf.batch_first is True
    assert backend.task is None


@pytest.mark.hanlp
@pytest.mark.parametrize("prefix", TRAIN_SEEDS)
def test_trained_model_recovers_gold_names(backend: HanLPBackend, prefix: str) -> None:
    gold, text = seed(prefix)
    mentions = backend.find(Doc(text))
    assert_grounded(text, mentions)
    expected = gold_names(gold)
    found = {(m.start, m.end, m.type) for m in mentions}
    recall = len(expected & found) / len(expected)
    precision = len(expected & found) / len(found)
    assert recall >= 0.5 and precision >= 0.5, (prefix, recall, precision)


@pytest.mark.hanlp
@pytest.mark.parametrize(
    ("simplified", "traditional"),
    [
        ("山东华跃新能源有限公司", "山東華躍新能源有限公司"),
        ("东昌府区", "東昌府區"),
    ],
)
def test_trained_model_reads_traditional_text(backend: HanLPBackend, simplified: str, traditional: str) -> None:
    _, text = seed("000")
    sentence = next(s for s in text.replace("\n", "。").split("。") if simplified in s) + "。"
    converted = sentence.replace(simplified, traditional)
    mentions = backend.find(Doc(converted))
    assert_grounded(converted, mentions)
    assert any(m.text == traditional and m.value.name == simplified for m in mentions), mentions


@pytest.mark.hanlp
def test_extract_with_hanlp_model(hanlp_model: Path, no_rules: None) -> None:
    gold, text = seed("004")
    report = extract(text, ner="hanlp", hanlp_model=str(hanlp_model), reference_date=gold["reference_date"])
    assert isinstance(report, Report)
    hanlp_mentions = [m for m in report.mentions if m.source == "hanlp"]
    assert len(hanlp_mentions) >= len(gold_names(gold)) // 2
    assert_grounded(text, hanlp_mentions)
    Report.model_validate_json(report.to_json())


@pytest.mark.hanlp
@pytest.mark.parametrize("prefix", ["001", "002"])
def test_extract_with_rules_and_hanlp_keeps_spans_apart(hanlp_model: Path, backend: HanLPBackend, prefix: str) -> None:
    _, text = seed(prefix)
    report = Extractor(ner="hanlp", hanlp_model=str(hanlp_model))(text)
    ordered = sorted(report.mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ordered))
    assert all(text[m.start : m.end] == m.text for m in report.mentions)
    # the backend's mentions are kept exactly where no rule mention overlaps them
    rules = [m for m in report.mentions if m.source != "hanlp"]
    kept = {(m.start, m.end, m.type) for m in report.mentions if m.source == "hanlp"}
    for m in backend.find(Doc(text)):
        overlapped = any(r.start < m.end and m.start < r.end for r in rules)
        assert ((m.start, m.end, m.type) in kept) is not overlapped, m


def conflicting_rule_pass(backend: HanLPBackend, text: str) -> tuple[Any, Any]:
    """A rule pass whose one org mention overlaps the backend's first name without matching it."""
    first = backend.find(Doc(text))[0]
    start, end = first.start, first.end + 2

    def find(doc: Doc) -> list[Any]:
        return [doc.make("org", start, end, OrgValue(name=doc.norm[start:end]))]

    return first, find


@pytest.mark.hanlp
@pytest.mark.parametrize(("backend_wins", "winner"), [(False, "rules"), (True, "hanlp")])
def test_rules_win_conflicts_unless_backend_wins(
    hanlp_model: Path, backend: HanLPBackend, monkeypatch: pytest.MonkeyPatch, backend_wins: bool, winner: str
) -> None:
    _, text = seed("000")
    first, rule_find = conflicting_rule_pass(backend, text)
    monkeypatch.setitem(pipeline.run.__kwdefaults__, "passes", (("org", rule_find),))
    report = Extractor(ner="hanlp", hanlp_model=str(hanlp_model), backend_wins=backend_wins)(text)
    at_conflict = [m for m in report.mentions if m.start < first.end + 2 and first.start < m.end]
    assert [m.source for m in at_conflict] == [winner]
    if winner == "hanlp":
        assert (at_conflict[0].start, at_conflict[0].end, at_conflict[0].text) == (first.start, first.end, first.text)
    else:
        assert (at_conflict[0].start, at_conflict[0].end) == (first.start, first.end + 2)
    # the rest of the backend's mentions are kept either way, but for those inside a project name the model read
    # before they joined (session 26: the model reads the rules' mentions alone; its names are the rules' side)
    projects = [(m.start, m.end) for m in report.mentions if m.type == "project"]
    outside = [m for m in backend.find(Doc(text)) if not any(s < m.end and m.start < e for s, e in projects)]
    assert sum(m.source == "hanlp" for m in report.mentions) >= len(outside) - 1


@pytest.mark.hanlp
def test_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    pytest.importorskip("hanlp", reason=NEEDS_EXTRA)
    with pytest.raises(FileNotFoundError, match="no such directory"):
        HanLPBackend(str(tmp_path / "no-model"))
