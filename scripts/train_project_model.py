"""Train the project-name CRF (dsz_extract/dims/project_model.py) on the dev gold of the real corpus.

    python scripts/train_project_model.py                 # writes src/dsz_extract/data/models/
    python scripts/train_project_model.py --folds 5       # cross-validated exact-span P/R/F1 on dev, writes nothing

Only corpus/real/dev, the seeds (corpus/gold) and the written dev texts (corpus/dev) are read: corpus/real/test
and corpus/test stay tests. Each page is read by the rule passes as the
pipeline reads it (`pipeline.run_passes`), so the features the model learns from are the ones it meets.
A page the pipeline reads without its pinyin glosses (數(shù)據(jù)) or fixed-width line breaks is read the same
way here, its gold spans moved onto that view.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pycrfsuite  # noqa: E402

from dsz_extract import evaluate, pipeline  # noqa: E402
from dsz_extract.dims import project_model  # noqa: E402
from dsz_extract.dims._gloss import GlossFree  # noqa: E402
from dsz_extract.doc import Doc  # noqa: E402

DEV = ROOT / "corpus" / "real" / "dev"
# The real dev pages, and the seeds and written dev texts (their style of long 、 lists the real pages seldom show).
# Never corpus/real/test or corpus/test.
GOLD_DIRS = (DEV / "gold", ROOT / "corpus" / "gold", ROOT / "corpus" / "dev" / "gold")
OUT = ROOT / "src" / "dsz_extract" / "data" / "models"
# A sentence is read when it holds one of these: the last characters of 99.4% of the dev gold names.
SENTENCE_CHARS = "项目工程基地园厂线中心站馆城区港库场楼院所室台仓路桥井矿田镇村店街坊校堂厅口段"
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def pages() -> list[tuple[str, Doc, list[tuple[int, int]]]]:
    """Every training page read by the rule passes, with its gold project spans. A gold's text is where
    `dsz-extract eval` finds it (`evaluate.seed_path`: a seed, else its source below the repository root)."""
    read = []
    os.chdir(ROOT)
    for gold_dir in GOLD_DIRS:
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = evaluate.seed_path(gold, gold_dir).read_text(encoding="utf-8")
            names = [(m["start"], m["end"]) for m in gold["mentions"] if m["type"] == "project"]
            if (view := GlossFree.of(text, wraps=True)) is not None:  # the pipeline reads such a page on its view
                text = view.text
                names = [(view.to_view(s), view.to_view(e)) for s, e in names]
            doc = Doc(text)
            pipeline.run_passes(doc)
            read.append((gold_path.stem, doc, names))
    return read


def items(doc: Doc, names: list[tuple[int, int]]) -> list[tuple[list[list[str]], list[str]]]:
    out = []
    for start, end, features in project_model.doc_features(doc, SENTENCE_CHARS):
        labels = ["O"] * (end - start)
        for s, e in names:
            if start <= s and e <= end:
                labels[s - start] = "B"
                for i in range(s + 1, e):
                    labels[i - start] = "I"
        out.append((features, labels))
    return out


def train(read: list[tuple[str, Doc, list[tuple[int, int]]]], path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for _id, doc, names in read:
        for features, labels in items(doc, names):
            trainer.append(features, labels)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def cross_validate(read: list[tuple[str, Doc, list[tuple[int, int]]]], folds: int, work: Path) -> str:
    right = found = gold = 0
    for k in range(folds):
        held = [page for page in read if zlib.crc32(page[0].encode()) % folds == k]
        path = work / f"fold{k}.crfsuite"
        train([page for page in read if zlib.crc32(page[0].encode()) % folds != k], path)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        for _id, doc, names in held:
            spans = {
                span
                for start, _end, features in project_model.doc_features(doc, SENTENCE_CHARS)
                for span in project_model.spans_of(tagger.tag(features), start)
            }
            right += len(spans & set(names))
            found += len(spans)
            gold += len(names)
    return f"exact spans, {folds}-fold on dev: P {right / found:.3f} R {right / gold:.3f} F1 {2 * right / (found + gold):.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=0, help="cross-validate on dev instead of training the model")
    args = parser.parse_args()
    read = pages()
    if args.folds:
        import tempfile

        with tempfile.TemporaryDirectory() as work:
            print(cross_validate(read, args.folds, Path(work)))
        return
    OUT.mkdir(parents=True, exist_ok=True)
    train(read, OUT / project_model.MODEL_FILE)
    meta = {
        "sentence_chars": SENTENCE_CHARS,
        "params": PARAMS,
        "trained_on": ", ".join(str(folder.relative_to(ROOT)) for folder in GOLD_DIRS),
        "pages": len(read),
        "names": sum(len(names) for _id, _doc, names in read),
    }
    (OUT / project_model.META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {meta['pages']} pages, {meta['names']} project names -> {OUT / project_model.MODEL_FILE}")


if __name__ == "__main__":
    main()
