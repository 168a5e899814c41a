"""Shared test set-up.

Probe modules marked `rule_projects` pin the project rules (dims/project.py, and the deal records built on
their names) with sentences of our own: they run with `projects="rules"`. The default reader of project
names, the learned model (dims/project_model.py), is tested in tests/test_project_model.py and, on real
pages, by tests/test_gold_floors.py.
"""

from __future__ import annotations

import pytest

from dsz_extract import extractor, pipeline


@pytest.fixture(autouse=True)
def _projects_named_by_the_rules(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("rule_projects") is None:
        return
    for function in (pipeline.run, extractor.Extractor.__init__, extractor.extract):
        monkeypatch.setitem(function.__kwdefaults__, "projects", "rules")
