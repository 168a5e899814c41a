"""A lead sentence naming examples of its event's projects and a body list spelling the projects out tell each
project once: one deal, the body's item (records/repeats.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# text, the sentence the deals must stand in (a piece of it), the projects and stage expected
LEAD_AND_BODY: list[tuple[str, str, list[str], str]] = [
    (
        "3月1日，宁乡县举行城南污水处理厂项目、人民医院新院区项目等12个重点项目集中开工、竣工活动。"
        "县委书记出席并讲话。本次活动中，有3个项目竣工，包括城南污水处理厂项目、人民医院新院区项目、滨江公园项目。",
        "有3个项目竣工",
        ["城南污水处理厂项目", "人民医院新院区项目", "滨江公园项目"],
        "completed",
    ),
    (
        "5月8日，平江县举行智能制造产业园项目、冷链物流中心项目等8个项目集中签约仪式。"
        "市长致辞。此次签约的8个项目包括：智能制造产业园项目、冷链物流中心项目、电子元件项目、食品加工项目等。",
        "此次签约的8个项目包括",
        ["智能制造产业园项目", "冷链物流中心项目", "电子元件项目", "食品加工项目"],
        "signed",
    ),
]


@pytest.mark.parametrize(("text", "body", "projects", "stage"), LEAD_AND_BODY)
def test_examples_of_the_lead_are_the_body_items(text: str, body: str, projects: list[str], stage: str) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    at = text.index(body)
    assert sorted(d.projects[0] for d in deals) == sorted(projects)
    assert all(d.evidence.start >= at for d in deals)
    assert all(d.stage == stage for d in deals)
