"""One-off migration of the written gold sets to the contract's v1.1 reading of project lists.

v1 made a named list one deal ("A、B等5个项目，总投资520亿元" -> one deal, count 5, total 520亿).
Annotating real pages settled it otherwise (docs/contract.md §6, Records): a list sharing no amount
is one deal per project, and named examples of a larger group (等N个, N above the names) are one
deal per project without the group's count and amounts, which belong to the group. This script
applies exactly that rule to the gold files written under v1; nothing else changes.

    python scripts/gold_migrate_deal_lists.py corpus/gold corpus/dev/gold corpus/test/gold
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path
from typing import Any


def migrate(deal: dict[str, Any]) -> list[dict[str, Any]]:
    projects = deal.get("projects") or []
    if len(projects) < 2:
        return [deal]
    count = deal.get("project_count")
    examples = count is not None and count > len(projects)
    if deal.get("amounts") and not examples:
        return [deal]
    out = []
    for name in projects:
        one = copy.deepcopy(deal)
        one["projects"], one["project_count"] = [name], None
        if examples:
            one["amounts"] = []
        out.append(one)
    return out


def main(paths: list[str]) -> int:
    for folder in paths:
        for path in sorted(Path(folder).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            before = len(gold.get("deals", []))
            gold["deals"] = [d for deal in gold.get("deals", []) for d in migrate(deal)]
            if len(gold["deals"]) != before:
                path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                print(f"{path}: {before} -> {len(gold['deals'])} deals")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
