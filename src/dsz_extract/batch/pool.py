"""Running the work: worker processes (or a Dask cluster) and the recovery from a worker that dies."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..provenance import Provenance
from . import worker as worker_module
from .state import StateError
from .worker import Outcome, Settings, error_record, init_worker, process_file


@dataclasses.dataclass(frozen=True)
class Task:
    source: str
    sha256: str
    doc_id: str | None = None
    provenance: Provenance | None = None  # the manifest's row


ExecutorFactory = Callable[[], Executor]
Work = Callable[[str, Settings, str | None, Provenance | None], Outcome]


def _start_method() -> str:
    import multiprocessing

    # forkserver: workers fork from a small clean server (no copy of the parent's state), cheap
    # to start; spawn where there is no fork.
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def local_executor_factory(jobs: int, settings: Settings) -> ExecutorFactory:
    import multiprocessing

    method = _start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        # The server imports the package once; every worker forks from it with the modules loaded.
        context.set_forkserver_preload(["dsz_extract.batch"])

    def make() -> Executor:
        return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=init_worker, initargs=(settings,))

    return make


def _shutdown(executor: Executor) -> None:
    try:
        executor.shutdown(wait=False, cancel_futures=True)
    except TypeError:  # distributed's ClientExecutor has no cancel_futures
        executor.shutdown(wait=False)


# Tasks per chunk: one future and one pickle round-trip per chunk instead of per document (the
# parent's share of a worker's time fell from ~4% to below 1%). Capped so a chunk stays a fraction
# of a second of work: the tail of a run stays balanced and a dead worker costs few re-runs.
MAX_CHUNK = 16
# Chunks each slot of `in_flight` should still get from what is queued: chunks shrink to 1 towards
# the end of a run (and for small runs), so the last results do not wait on one worker's long chunk.
CHUNKS_PER_SLOT = 4


def chunk_size(queued: int, in_flight: int) -> int:
    """How many queued tasks the next chunk takes: 1 for few tasks, up to MAX_CHUNK for many."""
    return max(1, min(MAX_CHUNK, queued // (CHUNKS_PER_SLOT * max(1, in_flight))))


def run_chunk(work: Work, chunk: Sequence[Task], settings: Settings) -> list[Outcome]:
    """The worker side of a chunk: each task's outcome, in order.

    A worker that must retire (a timeout left it unfit) stops early and returns the outcomes so far;
    the parent queues the rest again. Only a chunk's first task is run by a retiring worker: `work`
    then exits the process, which is how it asks the pool for a replacement.
    """
    outcomes: list[Outcome] = []
    for task in chunk:
        if outcomes and worker_module._retiring:
            break
        outcomes.append(work(task.source, settings, task.doc_id, task.provenance))
    return outcomes


def _died_alone(task: Task) -> Outcome:
    reason = RuntimeError(f"{task.source}: the worker process died while extracting it")
    return Outcome(task.source, task.sha256, error=error_record(task.source, reason))


def _failed(task: Task, exc: BaseException) -> Outcome:
    return Outcome(task.source, task.sha256, error=error_record(task.source, exc))


def run_tasks(
    tasks: Iterable[Task],
    settings: Settings,
    make_executor: ExecutorFactory,
    *,
    in_flight: int,
    work: Work = process_file,
) -> Iterator[tuple[Task, Outcome]]:
    """Outcomes in completion order (a chunk's in task order), at most `in_flight` chunks submitted at once.

    Tasks go to the workers in chunks (`chunk_size`). A worker process that dies (segfault, out of
    memory, a worker retiring after a time limit) breaks the whole pool, and the pool cannot tell
    which task killed it. So every task of the chunks in flight is run again alone in a fresh
    pool; the one that kills a fresh pool twice alone gets an error record, and the batch goes on. (Once is not
    enough: a task run alone may leave its worker retiring, and that worker exits at the next task it is handed,
    which killed nothing.) Tasks are run again in the order they were submitted, so a run is the same each time.
    """
    queue = deque(tasks)
    suspects: deque[Task] = deque()
    died_alone_once: set[Task] = set()
    running: dict[Future[list[Outcome]], tuple[list[Task], bool]] = {}
    executor = make_executor()
    try:
        while queue or suspects or running:
            source, limit = (suspects, 1) if suspects else (queue, in_flight)
            while source and len(running) < limit:
                size = 1 if source is suspects else chunk_size(len(queue), in_flight)
                chunk = [source.popleft() for _ in range(min(size, len(source)))]
                running[executor.submit(run_chunk, work, chunk, settings)] = (chunk, source is suspects)
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in [f for f in running if f in finished]:  # in the order submitted
                chunk, alone = running.pop(future)
                try:
                    outcomes = future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone and chunk[0] in died_alone_once:
                        yield chunk[0], _died_alone(chunk[0])
                    elif alone:
                        died_alone_once.add(chunk[0])
                        suspects.appendleft(chunk[0])  # again, first, in the fresh pool made below
                    else:
                        suspects.extend(chunk)
                    continue
                except Exception as exc:  # infrastructure (a lost Dask worker …): the task failed
                    if alone or len(chunk) == 1:
                        yield chunk[0], _failed(chunk[0], exc)
                    else:  # which task of the chunk? Each is run alone, as after a dead worker
                        suspects.extend(chunk)
                    continue
                yield from zip(chunk, outcomes, strict=False)  # fewer outcomes: see below
                queue.extendleft(reversed(chunk[len(outcomes) :]))  # a retiring worker's unfinished rest
            if broken:
                suspects.extend(task for chunk, _alone in running.values() for task in chunk)
                running.clear()
                _shutdown(executor)
                executor = make_executor()
    finally:
        _shutdown(executor)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def dask_executor(address: str) -> Iterator[tuple[ExecutorFactory, int]]:
    """A concurrent.futures view of an existing Dask cluster; workers need the package and the files."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise StateError("--scheduler needs dask.distributed: pip install 'dsz-extract[batch]'") from exc
    with Client(address, timeout="10s") as client:
        threads = sum(client.nthreads().values()) or 1

        def make() -> Executor:
            return client.get_executor(pure=False)

        yield make, threads
