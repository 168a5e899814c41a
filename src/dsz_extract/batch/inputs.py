"""Inputs: files, folders and globs -> the files to read; every one is a regular file or an error record."""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from ..htmltext import HTML_SUFFIXES

INPUT_SUFFIXES = (".txt", ".text", ".md", *HTML_SUFFIXES)
# Names that mean "nothing there" (a missing input); any other error of a name is the file's own.
_NOT_THERE = (errno.ENOENT, errno.ENOTDIR)


class NotARegularFile(ValueError):
    """A FIFO, socket or device: reading it could wait forever, and its bytes are not a document."""

    def __init__(self, source: str, mode: int) -> None:
        super().__init__(f"{source}: not a regular file ({file_kind(mode)})")
        self.source = source


def file_kind(mode: int) -> str:
    kinds = (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISDIR, "a folder"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")


def check_regular(source: str, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise NotARegularFile(source, mode)


def open_regular(source: str) -> BinaryIO:
    """Open a regular file for reading; NotARegularFile otherwise, without waiting on a FIFO's writer."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)  # O_NONBLOCK: no effect on files
    fd = os.open(source, flags)
    try:
        check_regular(source, os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def hash_file(source: str) -> str:
    digest = hashlib.sha256()
    with open_regular(source) as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _has_glob_magic(item: str) -> bool:
    return any(c in item for c in "*?[")


def _is_input_below(path: Path) -> bool:
    """A folder's entry to take: an input suffix and not a folder (FIFOs included: planning reports them)."""
    if path.suffix.lower() not in INPUT_SUFFIXES:
        return False
    try:
        return not stat.S_ISDIR(path.stat().st_mode)
    except OSError:  # a dangling link or an unreadable entry: not a file this folder holds
        return False


def _files_below(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*") if _is_input_below(p))


def _expand_one(item: str) -> tuple[list[str], str | None] | None:
    """The files one input names and the root they were found under; None when nothing is there."""
    try:
        mode = os.stat(item).st_mode
    except OSError as exc:
        if exc.errno not in _NOT_THERE:
            return [item], None  # a name too long, no permission …: planning records the file with that reason
    else:
        return (_files_below(Path(item)), item) if stat.S_ISDIR(mode) else ([item], None)
    if not _has_glob_magic(item):
        return None
    matches: list[str] = []
    for hit in sorted(glob.glob(item, recursive=True)):
        matches.extend(_files_below(Path(hit)) if os.path.isdir(hit) else [hit])
    return (matches, glob_root(item)) if matches else None


def glob_root(pattern: str) -> str:
    """The folder a glob's fixed part names: news/**/*.html -> news, *.txt -> ."""
    fixed: list[str] = []
    for part in Path(pattern).parts[:-1]:
        if _has_glob_magic(part):
            break
        fixed.append(part)
    return str(Path(*fixed)) if fixed else "."


def expand_inputs(items: Iterable[str]) -> tuple[list[str], list[str]]:
    """Files, folders (every text or HTML file below, recursively) and globs -> (files, missing).

    Anything named explicitly is taken whatever its suffix or kind (planning turns a FIFO or a
    name the system refuses into an error record); duplicates are dropped, order kept.
    """
    rooted, missing = expand_rooted_inputs(items)
    return list(rooted), missing


def expand_rooted_inputs(items: Iterable[str]) -> tuple[dict[str, str | None], list[str]]:
    """As `expand_inputs`, each file with the root it was found under (its doc_id is its path below)."""
    files: dict[str, str | None] = {}
    missing: list[str] = []
    for item in items:
        found = _expand_one(item)
        if found is None:
            missing.append(item)
            continue
        matches, root = found
        for match in matches:
            files.setdefault(match, root)
    return files, missing
