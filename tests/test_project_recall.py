"""Project phrases that name a class, not a project (dims/project.py): quantifiers (一些项目) and counts written
with spaces around the number (协议项目 11 个), as pages copied from PDFs and portals write them."""

from __future__ import annotations

import pytest

from test_project import projects

CLASSES = [
    "展会上，一些项目引得关注。",
    "这次展会上，一些項目引得關注。",
    "若干项目正在洽谈。",
    "本次推介会共达成协议项目 11 个，签约投资金额68.1亿元。",
    "全市开工亿元以上产业项目 32 个。",
    "本次推介會共達成協議項目 11 個。",
]


@pytest.mark.parametrize("text", CLASSES)
def test_classes_are_no_projects(text: str) -> None:
    assert projects(text) == []
