"""Running the work: worker processes (or a Dask cluster) and the recovery from a worker that dies."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from ..provenance import Provenance
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


def run_tasks(
    tasks: Iterable[Task],
    settings: Settings,
    make_executor: ExecutorFactory,
    *,
    in_flight: int,
    work: Work = process_file,
) -> Iterator[tuple[Task, Outcome]]:
    """Outcomes in completion order, at most `in_flight` tasks submitted at once.

    A worker process that dies (segfault, out of memory, a worker retiring after a time limit)
    breaks the whole pool, and the pool cannot tell which task killed it. So the tasks in flight
    are run again one at a time in a fresh pool; the one that kills it again alone gets an error
    record, and the batch goes on.
    """
    queue = deque(tasks)
    suspects: deque[Task] = deque()
    running: dict[Future[Outcome], tuple[Task, bool]] = {}
    executor = make_executor()
    try:
        while queue or suspects or running:
            source, limit = (suspects, 1) if suspects else (queue, in_flight)
            while source and len(running) < limit:
                task = source.popleft()
                running[executor.submit(work, task.source, settings, task.doc_id, task.provenance)] = (
                    task,
                    source is suspects,
                )
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            broken = False
            for future in finished:
                task, alone = running.pop(future)
                try:
                    yield task, future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        reason = RuntimeError(f"{task.source}: the worker process died while extracting it")
                        yield task, Outcome(task.source, task.sha256, error=error_record(task.source, reason))
                    else:
                        suspects.append(task)
                except Exception as exc:  # infrastructure (a lost Dask worker …): this task failed
                    yield task, Outcome(task.source, task.sha256, error=error_record(task.source, exc))
            if broken:
                suspects.extend(task for task, _alone in running.values())
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
