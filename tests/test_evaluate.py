"""The scorer on small hand-made gold/prediction pairs with known numbers, and the `eval` subcommand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dsz_extract import cli
from dsz_extract.evaluate import load_gold, read_predictions
from dsz_extract.scoring import match, mention_priority, mention_value_key, score_reports

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "corpus" / "gold"


def money(amount: float, currency: str = "CNY", modifier: str | None = None, amount_max: float | None = None) -> dict:
    return {"amount": amount, "amount_max": amount_max, "currency": currency, "modifier": modifier}


def mention(kind: str, start: int, end: int, value: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": kind, "text": "x" * (end - start), "start": start, "end": end, "value": value, **extra}


def place(name: str, adcode: str | None = None) -> dict[str, Any]:
    return {"name": name, "level": "county", "adcode": adcode, "full_name": None, "anaphor": False}


def evidence(start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": "x" * (end - start)}


def report(doc_id: str = "d1", **parts: Any) -> dict[str, Any]:
    return {"doc_id": doc_id, "mentions": [], "deals": [], "metrics": [], "talent": [], **parts}


# --- mentions -------------------------------------------------------------------------------

GOLD_MENTIONS = [
    mention("money", 0, 6, money(3950000000)),
    mention("money", 10, 17, money(12600000, "USD")),
    mention("place", 20, 24, place("东昌府区", "371502")),
    mention("place", 30, 33, place("聊城市", "371500")),
    mention("date", 40, 45, {"timex": "2023-08-18", "start": "2023-08-18", "end": "2023-08-18", "mod": None}),
]
PRED_MENTIONS = [
    mention("money", 0, 6, money(3950000000)),  # exact span, right value
    mention("money", 9, 17, money(12600000, "CNY")),  # overlap only, wrong currency
    mention("place", 20, 22, place("东昌", "371502")),  # overlap only, same adcode
    mention("place", 50, 53, place("莘县", "371522")),  # nothing in the gold there
    mention("date", 40, 45, {"timex": "2023-08-18", "start": "2023-08-18", "end": "2023-08-18", "mod": None}),
    mention("org", 30, 33, {"name": "聊城市", "kind": "government"}),  # the gold has a place there
]


@pytest.fixture(scope="module")
def mention_scores() -> dict[str, Any]:
    return score_reports([report(mentions=GOLD_MENTIONS)], [report(mentions=PRED_MENTIONS)])["mentions"]


@pytest.mark.parametrize(
    ("kind", "mode", "expected"),
    [
        ("money", "strict", (1, 0.5, 0.5, 0.5)),
        ("money", "overlap", (2, 1.0, 1.0, 1.0)),
        ("place", "strict", (0, 0.0, 0.0, 0.0)),
        ("place", "overlap", (1, 0.5, 0.5, 0.5)),
        ("date", "strict", (1, 1.0, 1.0, 1.0)),
        ("date", "overlap", (1, 1.0, 1.0, 1.0)),
        ("org", "strict", (0, 0.0, 0.0, 0.0)),
        ("org", "overlap", (0, 0.0, 0.0, 0.0)),
        ("all", "strict", (2, 2 / 6, 2 / 5, 4 / 11)),
        ("all", "overlap", (4, 4 / 6, 4 / 5, 8 / 11)),
    ],
)
def test_mention_prf(mention_scores: dict[str, Any], kind: str, mode: str, expected: tuple) -> None:
    r = mention_scores[kind][mode]
    assert (r["tp"], r["precision"], r["recall"], r["f1"]) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("kind", "gold", "pred", "correct", "pairs"),
    [("money", 2, 2, 1, 2), ("place", 2, 2, 1, 1), ("date", 1, 1, 1, 1), ("org", 0, 1, 0, 0), ("all", 5, 6, 3, 4)],
)
def test_mention_counts_and_value_accuracy(
    mention_scores: dict[str, Any], kind: str, gold: int, pred: int, correct: int, pairs: int
) -> None:
    r = mention_scores[kind]
    assert (r["gold"], r["pred"], r["value"]["correct"], r["value"]["pairs"]) == (gold, pred, correct, pairs)
    assert r["value"]["accuracy"] == (correct / pairs if pairs else None)


def test_types_without_gold_or_prediction_have_no_scores(mention_scores: dict[str, Any]) -> None:
    r = mention_scores["person"]
    assert r["strict"] == {"tp": 0, "precision": None, "recall": None, "f1": None}
    assert r["value"]["accuracy"] is None


@pytest.mark.parametrize(
    ("gold_spans", "pred_spans", "strict", "overlap"),
    [
        ([(0, 10)], [(0, 5), (5, 10)], 0, 1),  # one gold mention is matched once
        ([(0, 5), (5, 10)], [(0, 10)], 0, 1),  # one prediction is matched once
        ([(0, 4), (4, 8)], [(2, 6), (4, 8)], 1, 2),  # the exact pair is taken first
        ([(0, 4)], [(4, 8)], 0, 0),  # touching is not overlapping
        ([(0, 4), (4, 8)], [(0, 4), (4, 8)], 2, 2),
    ],
)
def test_matching_is_one_to_one(gold_spans: list, pred_spans: list, strict: int, overlap: int) -> None:
    gold = [
        mention("count", s, e, {"value": 1, "value_max": None, "unit": "个", "modifier": None}) for s, e in gold_spans
    ]
    pred = [
        mention("count", s, e, {"value": 1, "value_max": None, "unit": "个", "modifier": None}) for s, e in pred_spans
    ]
    r = score_reports([report(mentions=gold)], [report(mentions=pred)])["mentions"]["count"]
    assert (r["strict"]["tp"], r["overlap"]["tp"]) == (strict, overlap)


def test_match_prefers_the_exact_span() -> None:
    gold = [mention("money", 0, 6, money(1))]
    pred = [mention("money", 0, 4, money(1)), mention("money", 0, 6, money(1))]
    assert match(gold, pred, mention_priority) == [(0, 1)]


DATE = {"timex": "2023-08-18", "start": "2023-08-18", "end": "2023-08-18", "mod": None}
PCT = {"value": 16, "value_max": None, "unit": "percent", "modifier": None}
COUNT = {"value": 21, "value_max": None, "unit": "个", "modifier": None}


@pytest.mark.parametrize(
    ("kind", "gold", "pred", "same"),
    [
        ("money", money(118777000000), money(1187.77 * 1e8), True),
        ("money", money(3950000000), money(3950000000.0), True),
        ("money", money(300000000, modifier="over"), money(300000000), False),
        ("money", money(200000000, amount_max=300000000), money(200000000), False),
        ("money", money(12600000, "USD"), money(12600000, "CNY"), False),
        ("percent", PCT, {**PCT, "value": 16.0}, True),
        ("percent", PCT, {**PCT, "unit": "percentage_point"}, False),
        ("percent", PCT, {**PCT, "modifier": "approx"}, False),
        ("count", COUNT, {**COUNT, "unit": "家"}, False),
        ("count", COUNT, {**COUNT, "value_max": 25}, False),
        ("count", {**COUNT, "unit": "個"}, COUNT, True),
        ("count", {**COUNT, "unit": "間"}, {**COUNT, "unit": "间"}, True),
        ("count", {**COUNT, "unit": "個"}, {**COUNT, "unit": "家"}, False),
        ("date", DATE, {**DATE, "start": None, "end": None}, True),
        ("date", DATE, {**DATE, "mod": "END"}, False),
        ("date", DATE, {**DATE, "timex": "XXXX-08-18"}, False),
        ("place", place("东昌府区", "371502"), place("东昌府", "371502"), True),
        ("place", place("东昌府区", "371502"), place("东昌府区", None), False),
        ("place", place("聊城高新区"), place("聊城高新区", "371500"), True),
        ("place", place("聊城高新区"), place("高新区"), False),
        ("org", {"name": "颐高集团", "kind": "group"}, {"name": "颐高集团", "kind": "company"}, False),
        ("org", {"name": "颐高集团", "kind": "group"}, {"name": " 颐高集团", "kind": "group"}, True),
        ("person", {"name": "崔俊杰", "title": "总经理"}, {"name": "崔俊杰", "title": None}, True),
        ("project", {"name": "银丰生物生命科学产业园项目"}, {"name": "银丰生物生命科学产业园"}, False),
        ("event", {"name": "第二届江北水城双招双引大会"}, {"name": "第二届江北水城双招双引大会"}, True),
    ],
)
def test_value_agreement(kind: str, gold: dict, pred: dict, same: bool) -> None:
    assert (mention_value_key(kind, gold, gold) == mention_value_key(kind, pred, gold)) is same


# --- records --------------------------------------------------------------------------------


def deal(projects: list[str], ev: tuple[int, int], total: float | None = None, **fields: Any) -> dict[str, Any]:
    amounts = [{"role": "total", "money": money(total)}] if total is not None else []
    base = {"projects": projects, "project_count": None, "investors": [], "place": "东昌府区", "amounts": amounts}
    return {**base, "stage": "signed", "date": None, "event": None, "evidence": evidence(*ev), **fields}


def test_deals() -> None:
    gold = [
        deal(["A项目", "B项目"], (0, 50), 3950000000),
        deal([], (100, 130), 100000000, investors=["欧佩德公司"], place=None),
        deal(["C项目"], (200, 230)),
    ]
    pred = [
        deal(["B项目"], (10, 60), 3950000000, stage="introduced", date="2023"),  # shares B项目
        deal([], (100, 130), 100000000, investors=["欧佩德公司"], place=None),  # no projects, same total
        deal(["C项目"], (300, 330)),  # evidence elsewhere
    ]
    r = score_reports([report(deals=gold)], [report(deals=pred)])["deals"]
    assert (r["gold"], r["pred"], r["tp"]) == (3, 3, 2)
    assert (r["precision"], r["recall"], r["f1"]) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    accuracy = {name: (a["correct"], a["pairs"]) for name, a in r["fields"].items()}
    assert accuracy == {"stage": (1, 2), "place": (2, 2), "total": (2, 2), "investors": (2, 2), "date": (1, 2)}


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        (deal([], (0, 20), 100), deal([], (5, 25), 100), True),
        (deal([], (0, 20), 100), deal([], (5, 25), 200), False),
        (deal([], (0, 20)), deal([], (0, 20)), True),  # neither projects nor totals: the evidence decides
        (deal([], (0, 20), 100), deal(["X项目"], (0, 20), 100), False),
        (deal(["X项目"], (0, 20)), deal(["Y项目"], (0, 20)), False),
        (deal(["X项目", "Y项目"], (0, 20)), deal(["Y项目"], (0, 20)), True),
    ],
)
def test_deal_key(gold: dict, pred: dict, matched: bool) -> None:
    r = score_reports([report(deals=[gold])], [report(deals=[pred])])["deals"]
    assert r["tp"] == int(matched)


def metric(value_type: str, value: dict, ev: tuple[int, int], **fields: Any) -> dict[str, Any]:
    base = {"indicator": "招商引资到位资金", "kind": "actual", "place": "聊城市", "period": "2023-01/2023-04"}
    extra = {"yoy": None, "share": None, "target_completion": None}
    return {**base, "value_type": value_type, "value": value, **extra, "evidence": evidence(*ev), **fields}


def test_metrics() -> None:
    yoy = {"value": 16, "value_max": None, "unit": "percent", "modifier": None}
    gold = [metric("money", money(14050000000), (0, 30), yoy=yoy), metric("count", COUNT, (40, 60), indicator="项目")]
    pred = [
        metric("money", money(14050000000), (0, 30), yoy=yoy, indicator="到位资金"),
        metric("count", {**COUNT, "unit": "家"}, (45, 55), indicator="项目"),  # the measure word is not in the key
        metric("percent", PCT, (0, 30)),
    ]
    r = score_reports([report(metrics=gold)], [report(metrics=pred)])["metrics"]
    assert (r["gold"], r["pred"], r["tp"]) == (2, 3, 2)
    assert (r["precision"], r["recall"], r["f1"]) == pytest.approx((2 / 3, 1.0, 0.8))
    accuracy = {name: (a["correct"], a["pairs"]) for name, a in r["fields"].items()}
    assert accuracy == {"indicator": (1, 2), "kind": (2, 2), "period": (2, 2), "place": (2, 2), "yoy": (2, 2)}


@pytest.mark.parametrize(
    ("gold", "pred", "matched"),
    [
        (metric("money", money(5), (0, 10)), metric("money", money(5, modifier="over"), (0, 10)), True),
        (metric("money", money(5), (0, 10)), metric("money", money(5, "USD"), (0, 10)), False),
        (metric("money", money(5), (0, 10)), metric("money", money(5), (10, 20)), False),
        (metric("percent", PCT, (0, 10)), metric("count", {**COUNT, "value": 16}, (0, 10)), False),
        (metric("percent", PCT, (0, 10)), metric("percent", {**PCT, "unit": "percentage_point"}, (0, 10)), False),
    ],
)
def test_metric_key(gold: dict, pred: dict, matched: bool) -> None:
    assert score_reports([report(metrics=[gold])], [report(metrics=[pred])])["metrics"]["tp"] == int(matched)


def talent(count: dict | None, persons: list[str], ev: tuple[int, int], **fields: Any) -> dict[str, Any]:
    base = {"category": "高层次人才", "count": count, "persons": persons, "mode": "introduced", "kind": "actual"}
    return {**base, "place": None, "organization": None, "period": None, "evidence": evidence(*ev), **fields}


def test_talent() -> None:
    n46 = {"value": 46, "value_max": None, "unit": "名", "modifier": None}
    gold = [
        talent(n46, [], (0, 20), mode="reserved"),
        talent(None, ["李玮", "刘晓鸣"], (30, 60), category="国家高层次人才"),
    ]
    pred = [
        talent({**n46, "unit": "人"}, [], (0, 20), mode="reserved"),
        talent(None, ["李玮"], (35, 50)),
        talent({**n46, "value": 5}, [], (0, 20)),
    ]
    r = score_reports([report(talent=gold)], [report(talent=pred)])["talent"]
    assert (r["gold"], r["pred"], r["tp"]) == (2, 3, 2)
    accuracy = {name: (a["correct"], a["pairs"]) for name, a in r["fields"].items()}
    assert accuracy == {"category": (1, 2), "persons": (1, 2), "mode": (2, 2), "kind": (2, 2)}


# --- documents and hard items ---------------------------------------------------------------


def test_scores_are_micro_averaged_over_documents() -> None:
    m = mention("event", 0, 4, {"name": "大会"})
    gold = [
        report("a", mentions=[m]),
        report("b", mentions=[mention("event", i, i + 2, {"name": "会"}) for i in (0, 5, 9)]),
    ]
    pred = [report("a", mentions=[m]), report("b", mentions=[mention("event", 20, 22, {"name": "会"})])]
    r = score_reports(gold, pred)
    assert (r["mentions"]["event"]["overlap"]["precision"], r["mentions"]["event"]["overlap"]["recall"]) == (0.5, 0.25)
    assert r["mentions"]["event"]["overlap"]["f1"] == pytest.approx(1 / 3)
    assert r["per_document"]["a"]["mentions_overlap_f1"] == 1.0
    assert r["per_document"]["b"]["mentions_overlap_f1"] == 0.0


LIAOCHENG = {"name": "聊城市", "level": "city", "adcode": "371500"}


@pytest.mark.parametrize(
    ("gold_subject", "pred_subject", "counts"),
    [
        (LIAOCHENG, LIAOCHENG, (1, 1, 0)),
        # the adcode decides where the gold has one: another name of the same unit is right, a namesake is not
        (LIAOCHENG, {**LIAOCHENG, "name": "聊城"}, (1, 1, 0)),
        (LIAOCHENG, {**LIAOCHENG, "adcode": "371502"}, (1, 0, 0)),
        (LIAOCHENG, None, (1, 0, 1)),
        # a zone without a code is compared by name
        ({"name": "聊城高新区", "level": "zone", "adcode": None}, {"name": "聊城高新区", "level": "zone"}, (1, 1, 0)),
        ({"name": "聊城高新区", "level": "zone", "adcode": None}, LIAOCHENG, (1, 0, 0)),
        # a gold that gives no subject place is not counted
        (None, LIAOCHENG, (0, 0, 0)),
    ],
)
def test_subject_place_accuracy(gold_subject: Any, pred_subject: Any, counts: tuple[int, int, int]) -> None:
    r = score_reports([report("a", subject_place=gold_subject)], [report("a", subject_place=pred_subject)])
    sp = r["subject_place"]
    assert (sp["gold"], sp["correct"], sp["unread"]) == counts
    assert sp["accuracy"] == (counts[1] / counts[0] if counts[0] else None)


def test_subject_place_accuracy_sums_over_documents() -> None:
    gold = [report("a", subject_place=LIAOCHENG), report("b", subject_place=LIAOCHENG), report("c")]
    pred = [report("a", subject_place=LIAOCHENG), report("b"), report("c", subject_place=LIAOCHENG)]
    assert score_reports(gold, pred)["subject_place"] == {"gold": 2, "correct": 1, "unread": 1, "accuracy": 0.5}


def test_documents_are_joined_by_doc_id() -> None:
    m = mention("event", 0, 4, {"name": "大会"})
    r = score_reports([report("a", mentions=[m]), report("b", mentions=[m])], [report("b", mentions=[m]), report("z")])
    assert r["documents"] == 2
    assert r["documents_without_prediction"] == ["a"]
    assert r["predictions_without_gold"] == ["z"]
    assert (r["mentions"]["all"]["gold"], r["mentions"]["all"]["pred"], r["mentions"]["all"]["overlap"]["tp"]) == (
        2,
        1,
        1,
    )


HARD_GOLD = report(
    mentions=[
        mention("date", 0, 3, {"timex": "2021-02", "start": None, "end": None, "mod": "BEFORE"}, hard=True),
        mention("money", 5, 10, money(1)),
    ]
)
HARD_PRED = report(
    mentions=[
        mention("date", 0, 3, {"timex": "XXXX", "start": None, "end": None, "mod": None}),
        mention("money", 5, 10, money(1)),
        mention("date", 20, 23, {"timex": "2021", "start": None, "end": None, "mod": None}),
    ]
)


@pytest.mark.parametrize(
    ("skip_hard", "date_counts", "all_counts"),
    [(False, (1, 2, 1), (2, 3, 2)), (True, (0, 1, 0), (1, 2, 1))],
)
def test_hard_items(skip_hard: bool, date_counts: tuple, all_counts: tuple) -> None:
    r = score_reports([HARD_GOLD], [HARD_PRED], skip_hard=skip_hard)
    assert r["hard"] == {"mentions": 1, "deals": 0, "metrics": 0, "talent": 0}
    assert r["skip_hard"] is skip_hard
    for kind, (gold, pred, tp) in (("date", date_counts), ("all", all_counts)):
        assert (r["mentions"][kind]["gold"], r["mentions"][kind]["pred"], r["mentions"][kind]["overlap"]["tp"]) == (
            gold,
            pred,
            tp,
        )


def test_hard_records_are_skipped_on_both_sides() -> None:
    gold = [deal(["A项目"], (0, 20), hard=True), deal(["B项目"], (30, 40))]
    pred = [deal(["A项目"], (0, 20)), deal(["B项目"], (30, 40))]
    r = score_reports([report(deals=gold)], [report(deals=pred)], skip_hard=True)["deals"]
    assert (r["gold"], r["pred"], r["tp"]) == (1, 1, 1)


def test_report_objects_are_accepted() -> None:
    from dsz_extract.models import Report

    r = Report.model_validate(report(mentions=[mention("money", 0, 6, money(3950000000))]))
    assert score_reports([r], [r.model_dump(mode="json")])["mentions"]["money"]["strict"]["f1"] == 1.0


def test_the_seed_gold_scores_perfectly_against_itself() -> None:
    gold = load_gold(GOLD_DIR)
    r = score_reports(gold, gold)
    assert r["documents"] == len(list(GOLD_DIR.glob("*.json")))
    assert r["mentions"]["all"]["strict"]["f1"] == 1.0
    assert r["mentions"]["all"]["value"]["accuracy"] == 1.0
    for kind in ("deals", "metrics", "talent"):
        assert r[kind]["f1"] == 1.0, kind
        assert all(a["accuracy"] == 1.0 for a in r[kind]["fields"].values()), kind


# --- the subcommand -------------------------------------------------------------------------

TEXT = "2023年8月18日，东昌府区签约项目3个，总投资39.5亿元。"
MONEY_AT = TEXT.index("39.5亿元")
COUNT_AT = TEXT.index("3个")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A corpus folder like the repo's: gold/<id>.json next to seeds/<id>.txt."""
    (tmp_path / "gold").mkdir()
    (tmp_path / "seeds").mkdir()
    gold = report("t1", mentions=[mention("money", MONEY_AT, MONEY_AT + 6, money(3950000000))])
    gold["reference_date"] = "2023-08-20"
    gold["mentions"][0]["text"] = "39.5亿元"
    (tmp_path / "gold" / "t1.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "seeds" / "t1.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def test_eval_with_predictions_prints_json(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = [
        mention("money", MONEY_AT, MONEY_AT + 6, money(3950000000)),
        mention("count", COUNT_AT, COUNT_AT + 2, COUNT),
    ]
    pred = report("t1", mentions=found)
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps(pred, ensure_ascii=False) + "\n\n", encoding="utf-8")
    assert cli.main(["eval", str(corpus / "gold"), "--pred", str(path), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["mentions"]["money"]["strict"]["f1"] == 1.0
    assert scores["mentions"]["all"]["strict"]["precision"] == 0.5


def test_eval_extracts_the_seed_text_when_no_predictions(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["eval", str(corpus / "gold"), "--json"]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert scores["documents"] == 1
    assert scores["documents_without_prediction"] == []
    assert scores["mentions"]["money"]["gold"] == 1


def test_eval_prints_an_aligned_table(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["eval", str(corpus / "gold"), "--skip-hard"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    rows = [line for line in lines if line.split() and line.split()[0] in ("money", "percent", "date", "all")]
    assert len(rows) == 4
    assert len({len(row) for row in rows}) == 1  # same width: aligned columns
    assert "excluded (--skip-hard)" in out
    assert any(line.startswith("deals") for line in lines)
    assert any(
        line.startswith("subject place  accuracy ") and "documents whose gold gives one" in line for line in lines
    )


@pytest.mark.parametrize(
    "setup",
    ["missing_gold", "missing_pred", "missing_seed", "bad_json_line", "empty_gold_dir"],
)
def test_eval_bad_paths_exit_2(setup: str, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = corpus / "gold"
    argv = ["eval", str(gold)]
    if setup == "missing_gold":
        argv = ["eval", str(tmp_path / "nowhere")]
    elif setup == "missing_pred":
        argv += ["--pred", str(tmp_path / "nowhere.jsonl")]
    elif setup == "missing_seed":
        (corpus / "seeds" / "t1.txt").unlink()
    elif setup == "bad_json_line":
        (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
        argv += ["--pred", str(tmp_path / "bad.jsonl")]
    elif setup == "empty_gold_dir":
        (tmp_path / "empty").mkdir()
        argv = ["eval", str(tmp_path / "empty")]
    assert cli.main(argv) == 2
    assert "dsz-extract eval:" in capsys.readouterr().err


def test_read_predictions_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.jsonl"
    path.write_text('{"doc_id": "a"}\n\n{"doc_id": "b"}\n', encoding="utf-8")
    assert [r["doc_id"] for r in read_predictions(path)] == ["a", "b"]
