"""The private jieba tokenizer: domain words kept whole, offsets, caching, and the global jieba untouched."""

from __future__ import annotations

import gzip
import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jieba
import pytest

from dsz_extract import tokenize as tok


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("东昌府区高质量双招双引激活发展新动能", ["东昌府区", "双招双引", "新动能"]),
        ("聊城经济技术开发区到位资金39.5亿元", ["聊城", "经济技术开发区", "到位资金"]),
        ("坚持招商引资和招才引智并重", ["招商引资", "招才引智"]),
        ("苏州工业园区合同外资增长", ["苏州工业园区", "合同外资"]),
        ("与山东华跃新能源有限公司签约落地", ["山东", "有限公司", "签约", "落地"]),
        ("粤港澳大湾区和长三角一体化", ["粤港澳大湾区", "长三角"]),
        ("内蒙古鄂尔多斯市与延边州签约", ["内蒙古", "鄂尔多斯市", "延边州"]),
        ("襄樊市更名为襄阳市", ["襄樊市", "襄阳市"]),
    ],
)
def test_domain_words_stay_whole(text: str, words: list[str]) -> None:
    tokens = [w for w, _, _ in tok.tokenize(text)]
    for word in words:
        assert word in tokens, tokens


COVER = ["", "聊城", "1—4月份，全市招商引资到位资金140.5亿元，同比增长16%。", "ＡＢＣ公司\n第二段　全角", "臺灣新竹科學園區"]  # fmt: skip


@pytest.mark.parametrize("text", COVER)
def test_tokens_cover_the_text_with_offsets(text: str) -> None:
    tokens = tok.tokenize(text)
    assert "".join(w for w, _, _ in tokens) == text
    position = 0
    for word, start, end in tokens:
        assert (start, text[start:end]) == (position, word)
        position = end
    assert position == len(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # county short forms (新平 新平县, 资兴 资兴市, 新兴 新兴县) are not in the domain dictionary
        ("创新平台建设", ["创新", "平台", "建设"]),
        ("投资兴业", ["投资", "兴业"]),
        ("战略性新兴产业", ["战略性", "新兴产业"]),
        ("一视同仁", ["一视同仁"]),
    ],
)
def test_ordinary_words_are_not_pulled_apart_by_place_short_forms(text: str, words: list[str]) -> None:
    assert [w for w, _, _ in tok.tokenize(text)] == words


def test_the_global_jieba_is_untouched() -> None:
    jieba.initialize()
    before = (jieba.dt.total, len(jieba.dt.FREQ), jieba.lcut("东昌府区双招双引聊城经济技术开发区"))
    assert tok.tokenize("东昌府区双招双引")[:2] == [("东昌府区", 0, 4), ("双招双引", 4, 8)]
    after = (jieba.dt.total, len(jieba.dt.FREQ), jieba.lcut("东昌府区双招双引聊城经济技术开发区"))
    assert before == after
    assert "双招双引" not in jieba.dt.FREQ
    assert tok.tokenizer() is not jieba.dt


def _run(code: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout


_TOKENIZE = """
    from dsz_extract.tokenize import tokenize
    print("|".join(w for w, _, _ in tokenize("东昌府区高质量双招双引激活发展新动能")))
"""


def test_the_merged_dictionary_is_cached_and_reused(tmp_path: Path) -> None:
    env = {"DSZ_EXTRACT_CACHE_DIR": str(tmp_path)}
    first = _run(_TOKENIZE, env)
    caches = list(tmp_path.glob("jieba-*.cache"))
    assert len(caches) == 1
    stamp = caches[0].stat().st_mtime_ns
    second = _run(_TOKENIZE, env)
    assert first == second
    assert first.strip().split("|")[:3] == ["东昌府区", "高质量", "双招双引"]
    assert caches[0].stat().st_mtime_ns == stamp  # read, not rewritten


def test_works_without_a_writable_cache_directory(tmp_path: Path) -> None:
    # Directories under /proc can never be created, whoever runs the test (root included).
    env = {"DSZ_EXTRACT_CACHE_DIR": "/proc/dsz-no-such-dir", "XDG_CACHE_HOME": "/proc/dsz-no-such-dir"}
    assert _run(_TOKENIZE, env).strip().split("|")[:3] == ["东昌府区", "高质量", "双招双引"]


def test_a_broken_cache_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "jieba-broken.cache"
    path.write_bytes(b"not marshal data")
    assert not tok._load_cache(jieba.Tokenizer(), path)
    path.write_bytes(b"")
    assert not tok._load_cache(jieba.Tokenizer(), path)


def _script(name: str) -> Any:
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_domain_dictionary_is_not_stale() -> None:
    # data/jieba_domain.txt.gz is generated from the gazetteer; edit the gazetteer, rerun build_lexicon.py
    build = _script("build_lexicon")
    words = {
        line.split(" ")[0]: line.split(" ")[2]
        for line in gzip.decompress(tok._domain_dict_bytes()).decode().splitlines()
    }
    assert {w for w, tag in words.items() if tag == "ns"} == set(build.place_surfaces())
    assert set(build.DOMAIN_TERMS) <= set(words)


def test_the_cache_file_gives_back_the_dictionary_as_it_was(tmp_path: Path) -> None:
    # words (prefixes with count 0 too), counts and total come back equal and in the same order
    saved = jieba.Tokenizer()
    saved.FREQ, saved.total = {"双": 5, "双招": 0, "双招双引": 12, "聊城": 3000, "a": 1}, 3018
    path = tmp_path / "jieba-round-trip.cache"
    tok._save_cache(saved, path)
    loaded = jieba.Tokenizer()
    assert tok._load_cache(loaded, path)
    assert list(loaded.FREQ.items()) == list(saved.FREQ.items())
    assert loaded.total == 3018 and loaded.initialized


def test_a_dictionary_with_the_separator_in_a_word_is_not_cached(tmp_path: Path) -> None:
    saved = jieba.Tokenizer()
    saved.FREQ, saved.total = {"双招\n双引": 1, "聊城": 2}, 3
    path = tmp_path / "jieba-separator.cache"
    tok._save_cache(saved, path)
    assert not path.exists()
