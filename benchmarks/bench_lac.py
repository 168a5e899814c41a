"""Rules-only against rules+LAC: accuracy per mention type on gold folders, chars/s against jieba.lcut, memory.

    python benchmarks/bench_lac.py corpus/dev/gold corpus/test/gold [--rounds 3] [--json out.json]
    python benchmarks/bench_lac.py corpus/real/dev/gold --every-sentence   # also LAC on every sentence
    python benchmarks/bench_lac.py corpus/real/dev/gold --no-accuracy --rounds 5  # speed and memory only

Every gold folder (`<doc_id>.json`, texts found as `dsz-extract eval` finds them) is extracted in
each mode and scored with `dsz_extract.scoring.score_reports`: precision, recall and F1 per mention
type with overlap matching (strict F1 beside it), talent records and their persons; then all
folders together. The numeric mentions (money, percent, count, date) of every mode are compared
with rules-only byte for byte.

Speed is measured on the texts of all the folders, in this one process on one core: a first pass of
rules-only (the peak RSS read then is the rules' own), one of jieba.lcut, then the LAC modes are
loaded and all modes are timed in turn, round after round. This process's peak RSS at the end holds jieba's
reference dictionary and every mode at once; a batch worker's memory is measured apart, in a fresh process
per mode that extracts every text with that mode alone (worker_peak_rss_mb_rules, worker_peak_rss_mb_lac). chars/s is the best of a mode's passes (CPU
time); each mode is reported as chars/s, its ratio to jieba.lcut (the issue's budget: rules+LAC >=
0.15x) and, for the LAC modes, its ratio to rules-only (what LAC costs on top of the rules).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# One core per worker, as in batch mode; set before onnxruntime or numpy load.
os.environ.setdefault("OMP_NUM_THREADS", "1")

from bench_extract import peak_rss_mb  # the same memory measure as the rules benchmark
from dsz_extract import evaluate, scoring
from dsz_extract.extractor import PROJECT_READERS, Extractor
from dsz_extract.text import read_text_file

NUMERIC_TYPES = ("money", "percent", "count", "date")
NAME_TYPES = ("person", "org", "place")
TABLE_TYPES = (*NAME_TYPES, *NUMERIC_TYPES, "project", "event", "all")

Document = tuple[dict[str, Any], str]  # (gold report, text)


def load_documents(gold_dir: Path) -> list[Document]:
    golds = evaluate.load_gold(gold_dir)
    return [(g, read_text_file(evaluate.seed_path(g, gold_dir)).text) for g in golds]


def make_modes(every_sentence: bool, projects: str) -> dict[str, Extractor]:
    """`projects`: who names the projects in every mode (--projects), the learned model or the rules."""
    modes = {"rules": Extractor(projects=projects), "rules+lac": Extractor(ner="lac", projects=projects)}
    if every_sentence:
        from dsz_extract.ner.lac import LacBackend

        full = Extractor(ner="lac", projects=projects)
        full._backend = LacBackend(only_where_useful=False)
        modes["rules+lac(all sentences)"] = full
    return modes


def predict(extractor: Extractor, docs: list[Document]) -> list[dict[str, Any]]:
    return [
        extractor(
            text, doc_id=g.get("doc_id"), source=g.get("source"), provenance=evaluate.gold_provenance(g)
        ).model_dump(mode="json")
        for g, text in docs
    ]


def numeric_mentions(reports: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(m, sort_keys=True) for r in reports for m in r["mentions"] if m["type"] in NUMERIC_TYPES]


def accuracy_rows(scores: dict[str, Any]) -> dict[str, dict[str, Any]]:
    rows = {}
    for kind in TABLE_TYPES:
        r = scores["mentions"].get(kind)
        if r is None:
            continue
        o = r["overlap"]
        rows[kind] = {
            "gold": r["gold"],
            "pred": r["pred"],
            "P": o["precision"],
            "R": o["recall"],
            "F1": o["f1"],
            "strict_F1": r["strict"]["f1"],
        }
    talent = scores["talent"]
    rows["talent"] = {
        "gold": talent["gold"],
        "pred": talent["pred"],
        "P": talent["precision"],
        "R": talent["recall"],
        "F1": talent["f1"],
        "persons_accuracy": talent["fields"]["persons"]["accuracy"],
    }
    return rows


def _f(x: float | None) -> str:
    return "    —" if x is None else f"{x:.3f}"


def print_accuracy(name: str, by_mode: dict[str, dict[str, dict[str, Any]]]) -> None:
    print(f"\n== {name}: overlap P / R / F1 (strict F1) per type ==")
    modes = list(by_mode)
    print(f"{'type':<8}{'gold':>6}  " + "  ".join(f"{m:^34}" for m in modes))
    for kind in by_mode[modes[0]]:
        cells = []
        for m in modes:
            r = by_mode[m][kind]
            extra = r.get("strict_F1", r.get("persons_accuracy"))
            label = "strict" if "strict_F1" in r else "persons"
            cells.append(f"{_f(r['P'])} {_f(r['R'])} {_f(r['F1'])} ({label} {_f(extra)})")
        print(f"{kind:<8}{by_mode[modes[0]][kind]['gold']:>6}  " + "  ".join(f"{c:<34}" for c in cells))


def measure_speed(texts: list[str], every_sentence: bool, rounds: int, projects: str) -> dict[str, Any]:
    """chars/s of rules-only, jieba.lcut and the LAC modes, timed in turns round by round (best round
    each): on a shared machine a load that comes and goes then falls on every mode alike, where timing
    one mode after the other let it fall on one. The LAC model is loaded after the first rules round,
    so the peak RSS read then is the rules' own."""
    import jieba

    jieba.setLogLevel(60)
    rules = Extractor(projects=projects)
    rules(texts[0])
    best = {"rules": pass_seconds(rules, texts)}
    # Read before jieba.lcut loads jieba's own dictionary and before the LAC model: the rules' own peak.
    figures: dict[str, Any] = {"chars": sum(map(len, texts)), "peak_rss_mb_rules": round(peak_rss_mb(), 1)}
    jieba.lcut(texts[0])
    best["jieba_lcut"] = pass_seconds(jieba.lcut, texts)
    runs: dict[str, Callable[[str], object]] = {"rules": rules, "jieba_lcut": jieba.lcut}
    for name, extractor in make_modes(every_sentence, projects).items():
        if name != "rules":
            extractor(texts[0])
            runs[name] = extractor
            best[name] = float("inf")
    for _ in range(rounds):
        for name, fn in runs.items():
            best[name] = min(best[name], pass_seconds(fn, texts))
    cps = {name: figures["chars"] / seconds for name, seconds in best.items()}
    for name in runs:
        figures[f"{name}_chars_per_s"] = round(cps[name])
        if name != "jieba_lcut":
            figures[f"{name}_to_jieba"] = round(cps[name] / cps["jieba_lcut"], 3)
        if name not in ("rules", "jieba_lcut"):
            figures[f"{name}_to_rules"] = round(cps[name] / cps["rules"], 3)
    figures["peak_rss_mb_with_lac"] = round(peak_rss_mb(), 1)
    for ner in ("rules", "lac"):
        figures[f"worker_peak_rss_mb_{ner}"] = worker_peak_rss_mb(texts, ner, projects)
    return figures


# A batch worker's process: the extractor of one mode over every text, nothing else loaded.
_WORKER = """
import json, os, sys
os.environ.setdefault("OMP_NUM_THREADS", "1")
from dsz_extract.extractor import Extractor
extract = Extractor(ner=sys.argv[2], projects=sys.argv[3])
for text in json.load(open(sys.argv[1], encoding="utf-8")):
    extract(text)
# VmHWM, not ru_maxrss: Linux carries a parent's ru_maxrss over into its children, VmHWM starts anew at exec.
hwm = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(int(hwm.split()[1]) / 1024)
"""


def worker_peak_rss_mb(texts: list[str], ner: str, projects: str) -> float:
    """Peak RSS of a fresh process that does what a batch worker does (one extractor, every text), so neither
    jieba's reference dictionary nor the other mode of this benchmark counts toward it: the issue's per-worker
    budget."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "texts.json"
        path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-c", _WORKER, str(path), ner, projects],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "OMP_NUM_THREADS": "1"},
        )
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


def pass_seconds(fn: Callable[[str], object], texts: list[str]) -> float:
    """CPU seconds of one pass over the texts (the benchmarks' clock: this process, one core)."""
    t0 = time.process_time()
    for text in texts:
        fn(text)
    return time.process_time() - t0


def measure_accuracy(folders: dict[str, list[Document]], every_sentence: bool, projects: str) -> dict[str, Any]:
    """Per folder and over all folders: the accuracy rows of every mode; whether the numbers match."""
    modes = make_modes(every_sentence, projects)
    results: dict[str, Any] = {"accuracy": {}}
    all_gold = [g for docs in folders.values() for g, _ in docs]
    all_pred: dict[str, list[dict[str, Any]]] = {m: [] for m in modes}
    for name, docs in folders.items():
        by_mode = {}
        for mode, extractor in modes.items():
            preds = predict(extractor, docs)
            all_pred[mode] += preds
            by_mode[mode] = accuracy_rows(scoring.score_reports([g for g, _ in docs], preds))
        results["accuracy"][name] = by_mode
        print_accuracy(name, by_mode)
    if len(folders) > 1:
        by_mode = {m: accuracy_rows(scoring.score_reports(all_gold, p)) for m, p in all_pred.items()}
        results["accuracy"]["all"] = by_mode
        print_accuracy("all folders", by_mode)
    results["numbers_identical"] = {
        mode: numeric_mentions(preds) == numeric_mentions(all_pred["rules"]) for mode, preds in all_pred.items()
    }
    print("\nnumeric mentions identical to rules-only:", results["numbers_identical"])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="+", type=Path, help="gold folders (<doc_id>.json)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--every-sentence", action="store_true", help="also run LAC on every sentence")
    parser.add_argument("--no-speed", action="store_true", help="accuracy only")
    parser.add_argument("--no-accuracy", action="store_true", help="speed and memory only")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument(
        "--projects", choices=PROJECT_READERS, default="model", help="who names the projects (default: model)"
    )
    args = parser.parse_args()

    folders = {str(folder): load_documents(folder) for folder in args.gold}
    results: dict[str, Any] = {}
    if not args.no_speed:  # first, so the RSS read after rules-only is the rules' own
        texts = [text for docs in folders.values() for _, text in docs]
        results["speed"] = measure_speed(texts, args.every_sentence, args.rounds, args.projects)
        print("== speed (one process, one core) ==")
        width = max(map(len, results["speed"]))
        for key, value in results["speed"].items():
            print(f"{key:<{width}}  {value}")

    if not args.no_accuracy:
        results.update(measure_accuracy(folders, args.every_sentence, args.projects))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
