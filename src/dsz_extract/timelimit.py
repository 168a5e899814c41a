"""A per-document time limit: `with time_limit(30): ...` raises TimeLimitExceeded after 30 s.

It uses SIGALRM (`signal.setitimer`), so it interrupts Python code only in the main thread of a
process and only where the platform has SIGALRM (not Windows); elsewhere it does nothing. A
single long call into C code (one regex match) finishes before the limit can act.

The extraction is pure Python, so the limit lands between two bytecodes somewhere inside it.
Three safeguards make that dependable:

- after the limit the alarm repeats every second until the block is left, so an `except
  Exception` inside the limited code cannot swallow it for good;
- a block that returns normally after the limit passed (it swallowed the alarm) still raises on
  leaving, since what it made may be half done;
- an alarm that lands in the limit's own set-up or clean-up does not raise there (that could
  leave the timer armed and this handler installed); leaving the block raises instead.
"""

from __future__ import annotations

import signal
import threading
import time
from types import FrameType, TracebackType

# After the limit, the alarm fires again this often, until the block is left.
REPEAT_SECONDS = 1.0


# Seconds per document in the CLI and batch: minutes of work for the extractor's worst inputs.
DEFAULT_TIME_LIMIT = 30.0


class TimeLimitExceeded(TimeoutError):
    """A document took longer than the time limit; its message names the limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"time limit of {seconds:g} s exceeded")
        self.seconds = seconds


def can_enforce() -> bool:
    """True where a time limit can interrupt this thread (the main thread, with SIGALRM)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class TimeLimit:
    """The context manager behind `time_limit`; a class so the alarm handler can tell its frames."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or 0.0
        self.active = self.seconds > 0 and can_enforce()
        self.expired = False

    def __enter__(self) -> TimeLimit:
        if self.active:
            self.started = time.monotonic()
            self.previous_handler = signal.signal(signal.SIGALRM, self._on_alarm)
            self.previous_timer = signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS)
        return self

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        self.expired = True
        if frame is not None and frame.f_code in _OWN_CODE:
            return  # inside __enter__/__exit__: let them finish; leaving the block raises
        raise TimeLimitExceeded(self.seconds)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if not self.active:
            return
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous_handler)
        self._restore_previous_timer()
        if self.expired and not isinstance(exc, TimeLimitExceeded):
            # The alarm was swallowed, or turned into another error: the limit is the cause.
            raise TimeLimitExceeded(self.seconds) from exc

    def _restore_previous_timer(self) -> None:
        """Put back a timer set by someone else (pytest-timeout, an outer caller), less our time."""
        delay, interval = self.previous_timer
        if delay > 0:
            remaining = delay - (time.monotonic() - self.started)
            signal.setitimer(signal.ITIMER_REAL, max(remaining, 1e-6), interval)


_OWN_CODE = frozenset(
    {TimeLimit.__enter__.__code__, TimeLimit.__exit__.__code__, TimeLimit._restore_previous_timer.__code__}
)


def time_limit(seconds: float | None) -> TimeLimit:
    """Raise TimeLimitExceeded in the `with` block after `seconds`.

    None or 0 means no limit; so does a thread or platform where it cannot be enforced (see above).
    """
    return TimeLimit(seconds)
