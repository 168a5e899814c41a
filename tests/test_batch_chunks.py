"""The batch sends documents to the workers in chunks: sizes, and what a worker dying mid-chunk costs."""

from __future__ import annotations

import os
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context

import pytest

from dsz_extract import batch
from dsz_extract.batch import Outcome, Settings, Task, pool, run_tasks
from dsz_extract.batch.worker import RETIRE_EXIT_CODE


@pytest.mark.parametrize(
    ("queued", "in_flight", "size"),
    [
        (0, 8, 1),
        (1, 8, 1),
        (10, 8, 1),  # a small run: one document at a time, progress stays live
        (31, 8, 1),
        (63, 8, 1),
        (64, 8, 2),
        (100, 8, 3),
        (500, 8, 15),
        (512, 8, 16),
        (2000, 8, 16),  # the benchmark's run: capped
        (1_000_000, 8, 16),
        (2000, 4, 16),
        (40, 1, 10),
        (40, 2, 5),
        (100, 0, 16),  # no in_flight given: counted as one slot
    ],
)
def test_chunk_size_grows_with_the_queue_and_is_capped(queued: int, in_flight: int, size: int) -> None:
    assert pool.chunk_size(queued, in_flight) == size


def tasks(names: list[str]) -> list[Task]:
    return [Task(f"/in/{name}.txt", f"sha-{name}", name) for name in names]


def echo(source: str, settings: Settings, doc_id: str | None = None, *rest: object) -> Outcome:
    """A stand-in for process_file: a "report" naming the document and the worker that made it."""
    if "poison" in source:
        os._exit(3)
    if "raise" in source:  # as a Dask worker lost under a task: the future raises
        raise ConnectionError(
            f"{source}: the worker holding it was lost"
        )  # a segfault or the OOM killer, as far as the pool can tell
    if batch.worker._retiring:  # as process_file: a retiring worker exits when handed a task
        os._exit(RETIRE_EXIT_CODE)
    if "retire" in source:  # this task leaves its worker unfit (as a timeout that fails the probe)
        batch.worker._retiring = True
    return Outcome(source, f"sha-{doc_id}", line=f'{{"doc": "{doc_id}"}}', worker_pid=os.getpid())


def forked_pool(workers: int = 2) -> Executor:
    return ProcessPoolExecutor(workers, mp_context=get_context("fork"))


NAMES = [f"d{i:02d}" for i in range(40)]


@pytest.mark.parametrize(
    "bad",
    [
        {"d00": "poison"},  # the first task of the first chunk
        {"d02": "poison"},  # the middle of a chunk
        {"d04": "poison"},  # the last task of a chunk (40 tasks, 2 in flight: chunks of 5)
        {"d39": "poison"},  # the last task of the run
        {"d03": "poison", "d21": "poison"},  # two killers in different chunks
        {"d07": "poison", "d08": "poison"},  # two killers in one chunk
        {"d06": "retire"},  # a worker retiring mid-chunk hands back the rest
        {"d04": "retire", "d30": "retire"},  # twice, once at a chunk's end
        {"d01": "retire", "d02": "poison"},  # retiring and dying in the same chunk
    ],
)
def test_a_worker_dying_mid_chunk_loses_and_repeats_no_document(bad: dict[str, str]) -> None:
    names = [f"{name}-{bad[name]}" if name in bad else name for name in NAMES]
    results = list(run_tasks(tasks(names), Settings(), forked_pool, in_flight=2, work=echo))

    counts = Counter(task.doc_id for task, _outcome in results)
    assert set(counts) == set(names) and set(counts.values()) == {1}  # every task once: none lost, none twice
    for task, outcome in results:
        assert outcome.source == task.source
        if "poison" in task.source:  # the killer, run alone, gets its error record
            assert outcome.error is not None and "worker process died" in outcome.error["reason"]
        else:
            assert outcome.line == f'{{"doc": "{task.doc_id}"}}'
    if any(kind == "retire" for kind in bad.values()):
        assert len({outcome.worker_pid for _task, outcome in results if outcome.ok}) >= 2  # it was replaced


def test_a_task_run_alone_after_a_retiring_one_is_not_blamed_for_its_exit() -> None:
    """(session 33) After a death every task in flight runs alone; one that leaves its worker retiring (b-retire) makes
    that worker exit at the next task handed to it (c), which had killed nothing: c runs again in a fresh pool, and
    only a task that kills a fresh pool twice alone (a-poison) gets the error record. With one worker, c goes to the
    retiring worker whenever it runs after b, which it always does now that tasks run again in the order submitted
    (a suite run had seen it by chance: a good document given "the worker process died while extracting it")."""
    names = ["a-poison", "b-retire", "c"]
    results = list(run_tasks(tasks(names), Settings(), lambda: forked_pool(1), in_flight=3, work=echo))

    outcomes = {task.doc_id: outcome for task, outcome in results}
    assert sorted(outcomes) == sorted(names)
    assert outcomes["a-poison"].error is not None and "worker process died" in outcomes["a-poison"].error["reason"]
    assert outcomes["b-retire"].line == '{"doc": "b-retire"}'
    assert outcomes["c"].line == '{"doc": "c"}'


@pytest.mark.parametrize(
    ("names", "done"),
    [
        (["a", "b", "c"], 3),
        (["a-retire", "b", "c"], 1),  # retiring after the first: the rest goes back to the parent
        (["a", "b-retire", "c", "d"], 2),
        (["a", "b", "c-retire"], 3),  # the last task: nothing left to hand back
    ],
)
def test_a_retiring_worker_returns_the_outcomes_done_so_far(
    names: list[str], done: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch.worker, "_retiring", False)
    outcomes = pool.run_chunk(echo, tasks(names), Settings())
    assert [o.source for o in outcomes] == [t.source for t in tasks(names)][:done]


@pytest.mark.parametrize("count", [1, 7, 64, 300])
def test_outcomes_are_per_document_in_threads(count: int) -> None:
    names = [f"t{i:03d}" for i in range(count)]
    results = list(run_tasks(tasks(names), Settings(), lambda: ThreadPoolExecutor(2), in_flight=4, work=echo))
    assert sorted(task.doc_id for task, _o in results) == names
    assert all(outcome.ok and outcome.source == task.source for task, outcome in results)


@pytest.mark.parametrize(
    "failing",
    [
        ["t005-raise"],
        ["t000-raise", "t001-raise"],
        ["t010-raise", "t063-raise"],
    ],
)
def test_a_chunk_whose_future_raises_fails_only_the_task_that_raises_alone(failing: list[str]) -> None:
    names = [f"t{i:03d}" for i in range(64)]
    names = [next((f for f in failing if f.startswith(name)), name) for name in names]
    results = list(run_tasks(tasks(names), Settings(), lambda: ThreadPoolExecutor(2), in_flight=2, work=echo))
    assert sorted(task.doc_id for task, _o in results) == sorted(names)
    failed = sorted(task.doc_id for task, outcome in results if not outcome.ok)
    assert failed == sorted(failing)
    assert all(o.error and o.error["exception"] == "ConnectionError" for _t, o in results if not o.ok)
