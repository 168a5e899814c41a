"""The command line's edges: subcommand typos, what a folder means, empty input, progress off a terminal."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dsz_extract.batch.runner import PeriodicLine
from dsz_extract.cli import TEXT_SUFFIXES, main


@pytest.mark.parametrize(
    ("word", "meant"), [("evaluate", "eval"), ("exprt", "export"), ("batches", "batch"), ("htm", "html")]
)
def test_a_mistyped_subcommand_is_answered(word: str, meant: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([word, "corpus/gold"]) == 2
    assert f"unknown command '{word}', did you mean '{meant}'?" in capsys.readouterr().err


def test_an_existing_path_is_never_taken_for_a_typo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evaluate").mkdir()
    (tmp_path / "evaluate" / "a.txt").write_text("2023年签约项目3个。", encoding="utf-8")
    assert main(["evaluate"]) == 0
    assert '"doc_id"' in capsys.readouterr().out


def test_a_folder_reads_exactly_the_suffixes_the_help_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.text", "f.xhtml", "g.json", "h.csv", "i.docx"):
        (tmp_path / name).write_text("<p>签约项目3个</p>" if "htm" in name else "签约项目3个。", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    read = {
        line.split('"source":"')[1].split('"')[0].rsplit("/", 1)[1] for line in capsys.readouterr().out.splitlines()
    }
    assert read == {"a.txt", "b.md", "c.html", "d.htm", "e.text", "f.xhtml"}
    assert {Path(n).suffix for n in read} == set(TEXT_SUFFIXES)


def test_the_help_names_the_suffixes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert " ".join(TEXT_SUFFIXES) in capsys.readouterr().out.replace("\n", " ").replace("  ", " ")


@pytest.mark.parametrize("command", [[], ["batch"]], ids=["extract", "batch"])
def test_an_empty_folder_is_an_error(command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.json").write_text("{}", encoding="utf-8")  # not a suffix a folder is read for
    extra = ["-o", str(tmp_path / "r.jsonl")] if command else []
    assert main([*command, str(empty), *extra]) == 1
    err = capsys.readouterr().err
    assert str(empty) in err and ".txt" in err


def test_progress_off_a_terminal_is_a_periodic_line() -> None:
    stream = io.StringIO()
    with PeriodicLine(10, stream, every=0.0) as bar:
        bar.set_postfix(errors=1)
        bar.update(1)
        bar.update(4)
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("dsz-extract batch: 1/10 documents,") and lines[0].endswith(", errors 1")
    assert lines[1].startswith("dsz-extract batch: 5/10 documents,")
    assert lines[2].startswith("dsz-extract batch: 5/10 documents,")  # the closing line
    assert len(lines) == 3
