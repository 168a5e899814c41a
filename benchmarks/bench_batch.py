"""Batch throughput and worker memory: docs/s with 1 and 2 jobs, peak RSS per worker.

    python benchmarks/bench_batch.py                 # 2,000 documents, jobs 1 and 2
    python benchmarks/bench_batch.py --docs 500 --jobs 1 2 4

Documents are made from the seed reports: their paragraphs shuffled into new documents with a
fixed random seed, so every run measures the same input. Each run writes a fresh ledger through
`dsz_extract.batch.run_batch` (the code behind `dsz-extract batch`), worker start-up included.
Peak RSS is each worker's own `ru_maxrss`, reported back with its results. Results are printed
and written to benchmarks/results/ as JSON.

Acceptance: 2 jobs >= 1.8x the docs/s of 1 job; peak RSS per worker <= 300 MB. The exit code is
1 when a criterion is missed. The speed-up needs two free cores (the parent uses a few percent of
one): the script also times pure CPU work in 1 and 2 processes and prints that ceiling, so a
missed speed-up on a busy machine can be told from one in the code.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dsz_extract import __version__
from dsz_extract.batch import run_batch

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
RESULTS = ROOT / "benchmarks" / "results"
MIN_SPEEDUP = 1.8
MAX_WORKER_RSS_MB = 300


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        found += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def make_documents(folder: Path, count: int, seed: int) -> int:
    """`count` documents of 3-12 shuffled seed paragraphs each, a short paragraph as the title; -> bytes."""
    rng = random.Random(seed)
    pool = paragraphs()
    titles = [p for p in pool if len(p) <= 40] or pool
    total = 0
    for i in range(count):
        body = rng.sample(pool, k=min(len(pool), rng.randint(3, 12)))
        text = "\n".join([rng.choice(titles), *body]) + "\n"
        data = text.encode("utf-8")
        (folder / f"doc{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_once(folder: Path, jobs: int, work: Path) -> dict[str, Any]:
    output = work / f"jobs{jobs}" / "reports.jsonl"
    before = resource.getrusage(resource.RUSAGE_SELF)
    summary = run_batch([str(folder)], output, jobs=jobs, progress=False, stderr=io.StringIO())
    after = resource.getrusage(resource.RUSAGE_SELF)
    parent_cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if summary.failed:
        raise SystemExit(f"bench: {summary.failed} documents failed; see {output.parent}")
    rss_mb = sorted(round(v / 2**20, 1) for v in summary.worker_max_rss.values())
    return {
        "jobs": jobs,
        "documents": summary.extracted,
        "seconds": round(summary.seconds, 3),
        "docs_per_second": round(summary.docs_per_second, 1),  # the whole run, start-up included
        "steady_docs_per_second": round(summary.steady_docs_per_second, 1),  # once the workers are up
        "workers": len(rss_mb),
        "peak_rss_mb_per_worker": rss_mb,
        "parent_cpu_seconds": round(parent_cpu, 2),  # planning, writing, committing: the serial part
        "worker_cpu_seconds": round(sum(summary.worker_cpu_seconds.values()), 2),
        "worker_cpu_share": round(sum(summary.worker_cpu_seconds.values()) / (jobs * summary.seconds), 2),
    }


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_speedup(jobs: int = 2) -> float:
    """What `jobs` processes of pure CPU work get over one on this machine now: the ceiling for any
    speed-up measured here (another program using a core shows up as a ceiling below `jobs`)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    timings = []
    for workers in (1, jobs):
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
            list(pool.map(_burn, [10] * workers))  # start the workers before timing
            started = time.perf_counter()
            list(pool.map(_burn, [1_500_000] * 8 * jobs))
            timings.append(time.perf_counter() - started)
    return round(timings[0] / timings[1], 2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents to make (default 2000)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="job counts to run (default 1 2)")
    parser.add_argument("--seed", type=int, default=20230820, help="random seed for the documents")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="dsz-bench-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        size = make_documents(folder, args.docs, args.seed)
        runs = [run_once(folder, jobs, Path(tmp)) for jobs in args.jobs]

    ceiling = machine_speedup(max(args.jobs))
    base = next((r for r in runs if r["jobs"] == 1), runs[0])
    for r in runs:
        r["speedup"] = round(r["docs_per_second"] / base["docs_per_second"], 2)
        r["steady_speedup"] = round(r["steady_docs_per_second"] / base["steady_docs_per_second"], 2)
    worst_rss = max((mb for r in runs for mb in r["peak_rss_mb_per_worker"]), default=0.0)
    two = next((r for r in runs if r["jobs"] == 2), None)
    checks = {
        f"2 jobs >= {MIN_SPEEDUP}x 1 job": None if two is None else two["speedup"] >= MIN_SPEEDUP,
        f"peak RSS per worker <= {MAX_WORKER_RSS_MB} MB": worst_rss <= MAX_WORKER_RSS_MB,
    }
    result = {
        "benchmark": "bench_batch",
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "version": __version__,
        "python": platform.python_version(),
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "documents": args.docs,
        "megabytes": round(size / 2**20, 2),
        "seed": args.seed,
        "runs": runs,
        "parent_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_average_1min_at_end": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "machine_speedup_ceiling": ceiling,  # pure CPU work, max(jobs) processes vs 1, measured now
        "checks": checks,
    }

    print(f"{args.docs} documents, {result['megabytes']} MB, {result['cpus']} CPUs, dsz-extract {__version__}")
    header = ("jobs", "seconds", "docs/s", "speed-up", "steady docs/s", "steady speed-up", "parent CPU s", "worker CPU")
    print("  ".join(f"{h:>{max(len(h), 7)}}" for h in header) + "  peak RSS per worker (MB)")
    for r in runs:
        cells = (
            r["jobs"],
            f"{r['seconds']:.2f}",
            f"{r['docs_per_second']:.1f}",
            f"{r['speedup']:.2f}x",
            f"{r['steady_docs_per_second']:.1f}",
            f"{r['steady_speedup']:.2f}x",
            f"{r['parent_cpu_seconds']:.2f}",
            f"{r['worker_cpu_share']:.2f}",
        )
        row = "  ".join(f"{c:>{max(len(h), 7)}}" for c, h in zip(cells, header, strict=True))
        print(f"{row}  {', '.join(map(str, r['peak_rss_mb_per_worker']))}")
    print("(steady: from the first result to the last, once the workers are up; worker CPU: their CPU time over")
    print(" jobs x wall time, below ~0.9 they waited for a core)")
    print(
        f"the machine now: {max(args.jobs)} processes of pure CPU work run {ceiling:.2f}x as fast as one; "
        f"load average {result['load_average_1min_at_end']}"
    )
    for name, ok in checks.items():
        print(f"{'n/a ' if ok is None else 'PASS' if ok else 'FAIL'}  {name}")

    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = RESULTS / f"bench_batch-{stamp}.json"
    target.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written {target.relative_to(ROOT)}")
    return 0 if all(ok is not False for ok in checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
