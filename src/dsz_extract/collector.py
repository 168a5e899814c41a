"""Pausing Python's cyclic garbage collector while a lot is built and kept.

The collector runs after every few hundred new container objects and, now and then, walks everything
alive. Loading the gazetteer or extracting from a long report makes hundreds of thousands of objects
that all stay alive until the end, so those passes free nothing; on a report of a million characters
the full passes alone made the cost per character grow by a third. Reference counting still frees
everything as usual while paused; only reference cycles wait for the next pass after it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """No collector passes inside; on leaving, the collector is as it was (a caller's gc.disable() holds)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
