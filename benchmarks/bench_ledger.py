"""Ledger linkage at scale: deal rows generated with realistic duplication, linked with the Splink model.

Each real deal is made from a gold deal of corpus/linkage (its project and investor names, stage,
amount) moved to a random city and day of 2012–2025 and given a brand of its own; then 1–4 reports
tell it, each in its own words: the investor with or without its place prefix and legal form, the
amount in 元, 万元 or 亿元 (sometimes rounded by 1%), the date to the day, to the month or not at all
(近日), the place as county, city or province, published 0–10 days after the event.

    python benchmarks/bench_ledger.py                     # 10k, 100k and 1M rows, each in a fresh process
    python benchmarks/bench_ledger.py --rows 10000        # one size, in this process

Rows are generated in chunks of CHUNK rows, each chunk its own deals and its own seed, by worker
processes (the names are keyed there, with the library's own functions); the parent process only
links. So `peak_rss_mb` is the linking process's own (generation's is `generate_peak_rss_mb`).

Writes benchmarks/results/ledger.json: seconds, peak RSS, and pairwise precision / recall and
B-cubed F1 against the generated truth, per size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "ledger.json"
SIZES = (10_000, 100_000, 1_000_000)
CHUNK = 50_000
WORKERS = min(2, os.cpu_count() or 1)
BRAND_CHARS = "华瑞鑫泰恒盛丰源宏达通远景安康嘉禾明德润祥福兴隆昌永新天正信和中科博创立凯辰宇航晨星"
LEGAL = ("有限公司", "股份有限公司", "集团有限公司", "科技有限公司", "")
STAGES = ("signed", "started", "completed")


def _templates() -> list[dict[str, Any]]:
    rows = []
    for path in sorted((ROOT / "corpus" / "linkage").glob("*/deals.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("project")]


def _cities() -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(province name, city name, city adcode, [(county name, adcode)]) from the gazetteer."""
    from dsz_extract import gazetteer

    counties: dict[str, list[tuple[str, str]]] = {}
    cities = []
    for place in gazetteer.get().places:
        if place.level == "county" and place.parent is not None and place.parent.level == "city":
            counties.setdefault(place.parent.adcode or "", []).append((place.name, place.adcode or ""))
    for place in gazetteer.get().places:
        if place.level == "city" and place.parent is not None and place.adcode in counties:
            cities.append((place.parent.name, place.name, place.adcode, counties[place.adcode]))
    return cities


def _told_amount(rng: random.Random, amount: float) -> float:
    value = amount * (1 + rng.choice((0.0, 0.0, 0.0, 0.01, -0.01)))
    unit = rng.choice((1e8, 1e4, 1.0))  # 亿元, 万元, 元: the same CNY after parsing, rounding to the unit
    return round(value / unit, 2) * unit


def _told_date(rng: random.Random, day: int) -> tuple[str | None, str | None, str | None]:
    import datetime as dt

    date = dt.date(1970, 1, 1) + dt.timedelta(days=day)
    precision = rng.choice(("day", "day", "month", "none"))
    if precision == "day":
        return date.isoformat(), date.isoformat(), date.isoformat()
    if precision == "month":
        last = (date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        return date.isoformat()[:7], date.replace(day=1).isoformat(), last.isoformat()
    return None, None, None


def generate(n_rows: int, seed: int = 7, prefix: str = "d"):  # -> Iterator[dict]
    """Linkage rows (dsz_extract.ledger.keys.linkage_row) with a `truth` deal id, n_rows of them; deal
    and document ids start with `prefix` (one per chunk, so chunks never share a deal)."""
    import datetime as dt

    from dsz_extract.ledger.keys import linkage_row

    rng = random.Random(seed)
    templates, cities = _templates(), _cities()
    made, deal = 0, 0
    start = (dt.date(2012, 1, 1) - dt.date(1970, 1, 1)).days
    while made < n_rows:
        deal += 1
        t = rng.choice(templates)
        province, city, city_code, counties = rng.choice(cities)
        county, county_code = rng.choice(counties)
        brand = "".join(rng.sample(BRAND_CHARS, 2)) + "".join(rng.sample(BRAND_CHARS, 1))
        trade = rng.choice(("新能源", "科技", "智能装备", "新材料", "生物医药", "实业"))
        investor = f"{province}{brand}{trade}{rng.choice(LEGAL)}"
        project = f"{brand}{t['project']}"
        amount = t.get("amount_cny") or rng.choice((5e7, 3e8, 1.2e9, 3.95e9, 1e10))
        event_day = start + rng.randrange(14 * 365)
        stage = rng.choice(STAGES)
        for report in range(rng.choice((1, 1, 2, 2, 3, 4))):
            if made >= n_rows:
                return
            told_investor = rng.choice((investor, f"{brand}{trade}", f"{province}{brand}{trade}有限公司"))
            date, lo, hi = _told_date(rng, event_day)
            published = (dt.date(1970, 1, 1) + dt.timedelta(days=event_day + rng.randrange(11))).isoformat()
            place, adcode = rng.choice(((county, county_code), (city, city_code), (f"{province}{city}", city_code)))
            row = linkage_row(
                f"{prefix}{deal}r{report}",
                0,
                projects=[rng.choice((project, f"{city}{project}", project.removesuffix("项目")))],
                investors=[told_investor],
                place=place,
                adcode=adcode,
                amount_cny=_told_amount(rng, amount) if rng.random() < 0.8 else None,
                date=date,
                date_lo=lo,
                date_hi=hi,
                reference_date=published,
                stage=stage,
            )
            row["truth"] = f"{prefix}{deal}"
            made += 1
            yield row


def _chunk(args: tuple[int, int]) -> bytes:
    """One chunk of rows (its own deals, seeded by its number) as Arrow IPC bytes, with a `truth` column."""
    import pyarrow as pa

    from dsz_extract.ledger.keys import rows_table

    number, n_rows = args
    rows = list(generate(n_rows, seed=7 + number, prefix=f"c{number}d"))
    truth = [row.pop("truth") for row in rows]
    table = rows_table(rows).append_column("truth", pa.array(truth))
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _table(n_rows: int, workers: int = WORKERS):  # -> pyarrow.Table, with a `truth` column
    import pyarrow as pa

    sizes = [(i, min(CHUNK, n_rows - start)) for i, start in enumerate(range(0, n_rows, CHUNK))]
    if workers <= 1 or len(sizes) == 1:
        blobs = [_chunk(size) for size in sizes]
    else:
        with ProcessPoolExecutor(workers) as pool:
            blobs = list(pool.map(_chunk, sizes))
    # read_all keeps to the bytes it was given (no copy); chunks stay chunks (DuckDB reads them as they are)
    return pa.concat_tables([pa.ipc.open_stream(blob).read_all() for blob in blobs])


def quality(clusters: Any, truth: Any) -> dict[str, float]:
    """Pairwise precision / recall and B-cubed F1 of predicted clusters against the truth (pandas)."""
    import pandas as pd

    frame = pd.DataFrame({"predicted": clusters, "truth": truth})
    pairs = lambda sizes: float((sizes * (sizes - 1) // 2).sum())  # noqa: E731
    both = frame.groupby(["predicted", "truth"]).size()
    by_predicted, by_truth = frame.groupby("predicted").size(), frame.groupby("truth").size()
    correct, predicted, wanted = pairs(both), pairs(by_predicted), pairs(by_truth)
    # B-cubed: each row's share of its predicted cluster that is its true cluster, and the reverse
    shared = both.rename("shared").reset_index()
    shared = shared.join(by_predicted.rename("p"), on="predicted").join(by_truth.rename("t"), on="truth")
    precision = float((shared.shared**2 / shared.p).sum()) / len(frame)
    recall = float((shared.shared**2 / shared.t).sum()) / len(frame)
    return {
        "pairs_gold": wanted,
        "pairs_predicted": predicted,
        "pairs_correct": correct,
        "pairwise_precision": correct / predicted if predicted else 1.0,
        "pairwise_recall": correct / wanted if wanted else 1.0,
        "bcubed_f1": 2 * precision * recall / (precision + recall),
    }


def measure(n_rows: int, workers: int = WORKERS) -> dict[str, Any]:
    from dsz_extract.ledger.linkage import link

    began = time.perf_counter()
    table = _table(n_rows, workers)
    generated = time.perf_counter()
    truth = table.column("truth").to_pandas()
    clusters = link(table.drop_columns(["truth"]))
    linked = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # before scoring, which is ours
    scored = quality(clusters["cluster_id"].to_numpy(), truth.to_numpy())
    return {
        "rows": n_rows,
        "deals": int(truth.nunique()),
        "clusters": int(clusters["cluster_id"].nunique()),
        "seconds_generate_and_keys": round(generated - began, 1),
        "seconds_link": round(linked - generated, 1),
        "peak_rss_mb": round(peak),
        "generate_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "load_average": os.getloadavg()[0],
        **{k: round(v, 4) if isinstance(v, float) else v for k, v in scored.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, help="one size, in this process")
    args = parser.parse_args()
    if args.rows:
        print(json.dumps(measure(args.rows)))
        return
    results = []
    for n in SIZES:  # a fresh process per size, so peak RSS is that size's
        out = subprocess.run([sys.executable, __file__, "--rows", str(n)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
        print(results[-1], flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
