"""The compiled-pattern cache: the same matches from the cache file, a rewrite only after a miss, and a
cache file that is broken or holds anything but compiled patterns is ignored."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import regex

from dsz_extract import patterns

_MONEY = """
    from dsz_extract import extract, patterns
    report = extract("全市招商引资到位资金140.5亿元，同比增长16%。", reference_date="2023-05-20")
    print(len(patterns._missed), [(m.type, m.text) for m in report.mentions])
"""


def _run(cache_dir: Path) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_MONEY)],
        env={**os.environ, "DSZ_EXTRACT_CACHE_DIR": str(cache_dir)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    missed, mentions = result.stdout.split(" ", 1)
    return int(missed), mentions


def test_a_second_process_compiles_nothing_and_finds_the_same(tmp_path: Path) -> None:
    missed, first = _run(tmp_path)
    assert missed > 0
    [cache] = tmp_path.glob("regex-*.pickle")
    stamp = cache.stat().st_mtime_ns
    missed, second = _run(tmp_path)
    assert missed == 0
    assert second == first
    assert "('money', '140.5亿元')" in first
    assert cache.stat().st_mtime_ns == stamp  # read, not rewritten


def test_a_broken_cache_file_is_no_cache(tmp_path: Path) -> None:
    path = tmp_path / "broken.pickle"
    path.write_bytes(b"not a pickle")
    assert patterns._read(path) == {}
    path.write_bytes(b"")
    assert patterns._read(path) == {}


class _Alarm:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo unpickled > alarm",))


def test_the_cache_file_builds_nothing_but_compiled_patterns(tmp_path: Path) -> None:
    path = tmp_path / "evil.pickle"
    path.write_bytes(pickle.dumps({("a", 0): _Alarm()}))
    assert patterns._read(path) == {}
    assert not (Path.cwd() / "alarm").exists()


def test_an_entry_under_another_pattern_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pickle"
    path.write_bytes(pickle.dumps({("a+", 0): regex.compile("a+"), ("b+", 0): regex.compile("c+")}))
    assert list(patterns._read(path)) == [("a+", 0)]
    assert patterns._read(path)[("a+", 0)].fullmatch("aaa")


def test_a_pattern_with_flags_is_cached_under_a_plain_int_the_reader_accepts(tmp_path: Path) -> None:
    compiled = patterns.compile(r"^来源", regex.M)
    assert compiled.findall("正文\n来源") == ["来源"]
    assert {type(flags) for _pattern, flags in patterns._used} == {int}  # a RegexFlag key made the file unreadable
    path = tmp_path / "flags.pickle"
    path.write_bytes(pickle.dumps(dict(patterns._used)))
    assert patterns._read(path)[(r"^来源", int(regex.M))].findall("正文\n来源") == ["来源"]
