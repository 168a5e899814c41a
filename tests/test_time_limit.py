"""The per-document time limit (dsz_extract.timelimit) and `extract(time_limit=…)`.

Every slow body sleeps far beyond its small limit (60 s against 0.2 s): the tests assert what is
raised, never how long anything took.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time

import pytest

from dsz_extract import extract, pipeline
from dsz_extract.timelimit import TimeLimitExceeded, can_enforce, time_limit

pytestmark = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM on this platform")


def test_a_slow_block_raises_and_names_the_limit() -> None:
    with pytest.raises(TimeLimitExceeded, match=r"^time limit of 0.2 s exceeded$"), time_limit(0.2):
        time.sleep(60)


def test_a_block_that_swallows_the_alarm_still_raises_on_leaving() -> None:
    done = []
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        with contextlib.suppress(Exception):  # a broad except inside the limited code
            time.sleep(60)
        done.append(True)
    assert done == [True]


def test_a_loop_that_swallows_every_alarm_is_still_cut_off() -> None:
    swallowed = 0
    with pytest.raises(TimeLimitExceeded), time_limit(0.2):
        while swallowed < 2:  # the alarm repeats after the limit; the third one is not swallowed
            try:
                time.sleep(60)
            except TimeLimitExceeded:
                swallowed += 1
        time.sleep(60)
    assert swallowed == 2


def test_a_fast_block_leaves_no_timer_and_the_old_handler_behind() -> None:
    previous = signal.getsignal(signal.SIGALRM)
    with time_limit(30):
        result = sum(range(1000))
    assert result == 499500
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is previous


def test_an_outer_timer_is_put_back() -> None:
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 100)
        with time_limit(30):
            pass
        delay, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 0 < delay <= 100
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert fired == []


@pytest.mark.parametrize("seconds", [None, 0])
def test_no_limit_means_none(seconds: float | None) -> None:
    with time_limit(seconds):
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_outside_the_main_thread_the_limit_is_not_enforced() -> None:
    seen: list[object] = []

    def body() -> None:
        seen.append(can_enforce())
        with time_limit(0.2):
            seen.append(signal.getitimer(signal.ITIMER_REAL))

    thread = threading.Thread(target=body)
    thread.start()
    thread.join()
    assert seen == [False, (0.0, 0.0)]


def test_extract_has_no_limit_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline.run

    def slow(text: str, **kwargs):
        if "慢" in text:
            time.sleep(60)
        return real(text, **kwargs)

    good = "2023年8月18日，聊城市签约项目21个。"
    extract(good)  # loads the lazy data, which can take longer than the small limit below
    monkeypatch.setattr(pipeline, "run", slow)
    with pytest.raises(TimeLimitExceeded, match=r"0\.3 s"):
        extract("这篇报道很慢。", time_limit=0.3)
    report = extract(good, time_limit=30)  # the next one runs as usual
    assert report.mentions
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
