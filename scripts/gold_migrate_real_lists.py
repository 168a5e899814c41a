"""One-off migration of the real-page gold (corpus/real) to the contract's v1.1 reading of project lists.

The real pages were annotated before v1.1 settled project lists (docs/contract.md §7, "Project
lists"), with the v1 reading: a named list is one deal ("A、B、C等90个重点产业项目，签约总金额503.3亿元"
-> one deal, count 90, total 503.3亿). The written gold sets were migrated by
`gold_migrate_deal_lists.py`; this script applies the same rule to the real gold and, because the
annotators recorded the group's count and total only inside that deal, moves them to metrics of the
group, as v1.1 says they are:

- a list sharing no amount becomes one deal per project;
- named examples of a larger group (N above the names) become one deal per project without count
  and amounts, and the group's count and each amount become metrics with the deal's place, date
  (as period) and evidence; the indicator is the words the text gives them (the noun after the
  count, the words before the amount), read from the annotated mentions' offsets.

Nothing else changes. `scripts/gold.py fill` then sets the new records' offsets.

    python scripts/gold_migrate_real_lists.py corpus/real/dev/gold corpus/real/test/gold
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from gold_migrate_deal_lists import migrate

STOP = "，,。；;：:、（(）)"
TRIM_LEFT = ("共签约", "共簽約", "等", "共", "签约", "簽約", "的")


def _text(gold: dict[str, Any], source_root: Path) -> str:
    return (source_root / gold["source"]).read_text(encoding="utf-8")


def _mention_in(gold: dict[str, Any], kind: str, start: int, end: int, test: Any) -> dict[str, Any] | None:
    for m in gold["mentions"]:
        if m["type"] == kind and start <= m["start"] and m["end"] <= end and test(m["value"]):
            return m
    return None


def _noun_after(text: str, end: int) -> str:
    out = []
    for ch in text[end : end + 16]:
        if ch in STOP:
            break
        out.append(ch)
    return "".join(out)


def _words_before(text: str, start: int, floor: int) -> str:
    i = start
    while i > floor and text[i - 1] not in STOP:
        i -= 1
    words = text[i:start]
    for lead in TRIM_LEFT:
        if words.startswith(lead):
            words = words[len(lead) :]
    return words.rstrip("达為为约超逾")


def group_metrics(gold: dict[str, Any], deal: dict[str, Any], text: str) -> list[dict[str, Any]]:
    ev = deal["evidence"]
    start, end = ev["start"], ev["end"]
    base = {
        "kind": "actual",
        "place": deal.get("place"),
        "period": deal.get("date"),
        "yoy": None,
        "share": None,
        "target_completion": None,
        "evidence": {"text": ev["text"]},
    }
    out = []
    count = _mention_in(gold, "count", start, end, lambda v: v.get("value") == deal["project_count"])
    if count is not None:
        out.append({**base, "indicator": _noun_after(text, count["end"]) or "项目", "value_type": "count",
                    "value": count["value"]})  # fmt: skip
    for amount in deal.get("amounts") or []:
        money = _mention_in(gold, "money", start, end, lambda v, a=amount: v.get("amount") == a["money"]["amount"])
        if money is not None:
            out.append({**base, "indicator": _words_before(text, money["start"], start) or "总投资",
                        "value_type": "money", "value": money["value"]})  # fmt: skip
    return out


def _already(gold: dict[str, Any], metric: dict[str, Any]) -> bool:
    return any(
        m["value"] == metric["value"] and m["evidence"]["text"] == metric["evidence"]["text"] for m in gold["metrics"]
    )


def main(paths: list[str]) -> int:
    root = Path(__file__).resolve().parents[1]
    for folder in paths:
        for path in sorted(Path(folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            text = _text(gold, root)
            deals: list[dict[str, Any]] = []
            added: list[dict[str, Any]] = []
            for deal in gold["deals"]:
                count = deal.get("project_count")
                if len(deal.get("projects") or []) >= 2 and count is not None and count > len(deal["projects"]):
                    added.extend(m for m in group_metrics(gold, deal, text) if not _already(gold, m))
                deals.extend(migrate(deal))
            if len(deals) != len(gold["deals"]) or added:
                print(f"{path}: {len(gold['deals'])} -> {len(deals)} deals, +{len(added)} metrics")
                for m in added:
                    print(f"    metric {m['indicator']!r} {m['value']} | {m['evidence']['text'][:50]}")
                gold["deals"] = deals
                gold["metrics"].extend(added)
                path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
