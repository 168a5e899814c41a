"""Growth guards: ten times the input costs about ten times the CPU, never a hundred times.

Built not to flake on a busy two-core machine:
- CPU time of this process (`time.process_time`), not wall time, so other processes do not count;
- the garbage collector is off while timing and the fastest of repeated runs is kept;
- a linear pass grows about 10x from the small input to the large one and a quadratic one about
  100x; the bound sits between them, at 30x;
- nothing is compared with a constant number of seconds: a run is stopped (and fails) only past a
  CPU budget derived from the machine's own speed on the seed reports.
"""

from __future__ import annotations

import contextlib
import gc
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dsz_extract import extract

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))

SMALL = 3_000
GROWTH = 10
LINEAR_BOUND = 30  # linear: ~10x; quadratic: ~100x
# How much more a character of adversarial input may cost than a character of a seed report before
# the small run alone counts as runaway (dense number runs cost about ten times a seed's).
RUNAWAY_PER_CHAR = 300

ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "亿": lambda n: "亿" * n,
    "digits": lambda n: "1" * n,
    "签约": lambda n: "签约" * (n // 2),
    "enumeration comma": lambda n: "、" * n,
    "第": lambda n: "第" * n,
    "digits and dots": lambda n: "1." * (n // 2),
    "digits and commas": lambda n: "12,3" * (n // 4),
    "percent runs": lambda n: "3%、" * (n // 3),
    "1%、": lambda n: "1%、" * (n // 3),
    "money words": lambda n: "总投资1亿元" * (n // 6),
    "one long clause": lambda n: ("聊城市东昌府区新签约项目投资建设数字经济产业园" * n)[:n],
    "company suffixes": lambda n: "有限公司" * (n // 4),
    "open brackets": lambda n: "（" * n,
    "book-title marks": lambda n: "《" * n,
    "quotes": lambda n: "“" * n,
    "chinese numerals": lambda n: ("一二三四五六七八九十百千万" * n)[:n],
    # (session 42) one numeral repeated, and counts of people and firms: a count pattern tried from every character
    "一": lambda n: "一" * n,
    "1名": lambda n: "1名" * (n // 2),
    "三位": lambda n: "三位" * (n // 2),
    "一家": lambda n: "一家" * (n // 2),
    "date pieces": lambda n: "2023年8月" * (n // 7),
    "names and titles": lambda n: "书记孙奇宏、" * (n // 6),
    # A digit and a unit, repeated: one long numeral that never parses, retried from every character.
    "1亿": lambda n: "1亿" * (n // 2),
    "1万": lambda n: "1万" * (n // 2),
    "1千": lambda n: "1千" * (n // 2),
    "1十": lambda n: "1十" * (n // 2),
    "1元": lambda n: "1元" * (n // 2),
    "一亿": lambda n: "一亿" * (n // 2),
    "1个": lambda n: "1个" * (n // 2),
    "1亿元、": lambda n: "1亿元、" * (n // 4),
    # lists of bare numbers sharing the last one's unit (分别为1.5、1.5、…2亿元), one list and many short ones
    "分别 list": lambda n: "分别为" + "1.5、" * (n // 4) + "2亿元",
    "分别 lists": lambda n: "分别为1.5、2亿元，" * (n // 12),
    "1月": lambda n: "1月" * (n // 2),
    "1日": lambda n: "1日" * (n // 2),
    "1年": lambda n: "1年" * (n // 2),
    "1-": lambda n: "1-" * (n // 2),
    "1至": lambda n: "1至" * (n // 2),
    "项目": lambda n: "项目" * (n // 2),
    "签约项目": lambda n: "签约项目" * (n // 4),
    "surname runs": lambda n: "张" * n,
    "counted talent": lambda n: "引进人才1人" * (n // 6),
    "growth figures": lambda n: "同比增长1%" * (n // 6),
    # Figures in sentences cut at "；": each looked back over every "；" before it for the 截至目前 it goes on from.
    "figures after semicolons": lambda n: ("截至目前，全县到位资金1亿元；" * n)[:n],
    "heading markers": lambda n: "一、\n" * (n // 3),
    # One-character places (英、法、德) beside gazetteer places: each was checked against every place found.
    "one-character places": lambda n: ("英、法、德，海口，" * n)[:n],
    # Many projects signed one after another, each a deal: a deal was compared with every deal before it.
    "many signed projects": lambda n: "".join(f"第{i}号产业园项目成功签约。" for i in range(n // 10))[:n],
    # Lists sharing a total, each project then told alone with its amount: every group looked up every frame read
    # after it by its position in the list (30,000 characters took 584 times 3,000).
    "groups told item by item": lambda n: "".join(
        f"第{i}号产业园项目和第{i}号物流园项目，总投资2亿元。第{i}号产业园项目总投资1亿元。" for i in range(n // 20)
    )[:n],
    # (session 43) Parks one project after another lands in, each a zone the place pass adds; and one figure told
    # again under ever new names, each compared with the tellings before it.
    "parks landed in": lambda n: "".join(f"项目落户第{i}号产业园。" for i in range(n // 10))[:n],
    "one figure under many names": lambda n: "".join(f"第{i}号园区签约项目76个。" for i in range(n // 12))[:n],
    # A page with pinyin glosses and hard line wraps: read on a view whose spans are mapped back.
    "glossed wrapped page": lambda n: (("全县生产总值增長(zhǎng)34亿元，同比增长5%" * 3 + "\n") * n)[:n],
}


@contextlib.contextmanager
def cpu_budget(seconds: float, what: str) -> Iterator[None]:
    """Stop a run that has used `seconds` of this process's CPU (SIGPROF counts CPU, not wall time)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"{what}: over {seconds:.2f} s of CPU")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def cpu_seconds(text: str, budget: float) -> float:
    gc.collect()
    gc.disable()
    try:
        with cpu_budget(budget, f"{len(text):,} characters"):
            started = time.process_time()
            extract(text, reference_date="2023-08-20")
            return time.process_time() - started
    finally:
        gc.enable()


def fastest(text: str, runs: int, budget: float) -> float:
    return min(cpu_seconds(text, budget) for _ in range(runs))


@pytest.fixture(scope="module")
def seed_cost_per_char() -> float:
    """CPU seconds per character of the seed reports on this machine (after everything lazy loaded)."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in SEEDS)
    extract(text, reference_date="2023-08-20")
    return fastest(text, 3, budget=600) / len(text)


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_ten_times_the_input_costs_far_less_than_a_hundred_times(seed_cost_per_char: float, name: str) -> None:
    make = ADVERSARIAL[name]
    small, large = make(SMALL), make(SMALL * GROWTH)
    floor = 20 * len(small) * seed_cost_per_char / 100  # timer granularity on a trivially fast input is no growth
    try:
        ratio = float("inf")
        for _attempt in range(3):  # a second look only when the first is over the bound
            # The small input is timed again beside each look at the large one, so the two see the same machine: a
            # small run timed in a quiet moment and a large one in a busy one made a linear pass read 34x once in CI.
            small_time = max(fastest(small, 3, budget=RUNAWAY_PER_CHAR * seed_cost_per_char * len(small)), floor)
            ratio = min(ratio, cpu_seconds(large, budget=3 * LINEAR_BOUND * small_time) / small_time)
            if ratio <= LINEAR_BOUND:
                break
    except TimeoutError as exc:
        pytest.fail(f"{name}: {exc}")
    assert ratio <= LINEAR_BOUND, f"{name}: {len(large):,} characters cost {ratio:.0f}x {len(small):,} characters"
