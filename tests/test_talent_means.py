"""A clause of means before a count (通过柔性引才，… / 以柔性引才方式，…) gives the count its mode when the
count's own verb carries none (邀请) or only a plain bringing-in (吸引, 引进)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

# (text, the count of people, the mode expected for them)
CASES = [
    ("目前，通过柔性引才，邀请2200多名专业人才“候鸟式”来青工作。", 2200, "flexible"),
    ("今年以来，通过柔性引进方式，吸引56名高层次人才来我县服务。", 56, "flexible"),
    ("该市以柔性引才方式，汇聚院士专家120余名。", 120, "flexible"),
    ("采取柔性引智模式，邀请35位博士到企业开展技术攻关。", 35, "flexible"),
    ("通过“人才飞地”柔性引才，吸引280名科研人员服务本地企业。", 280, "flexible"),
    ("通過柔性引才，邀請1200多名專業人才來州工作。", 1200, "flexible"),
    ("以柔性聘请方式，邀请42名教授担任产业顾问。", 42, "flexible"),
    ("依托柔性引才机制，吸引海外专家18名来岛服务。", 18, "flexible"),
    ("采取柔性引进方式，邀请65名医疗专家到县医院坐诊。", 65, "flexible"),
    # a means clause of no flexible mode leaves the count's own mode
    ("去年，通过招才引智活动，引进博士120名。", 120, "introduced"),
    ("通过校园招聘，引进硕士研究生85名。", 85, "introduced"),
]


@pytest.mark.parametrize(("text", "people", "mode"), CASES)
def test_mode_of_a_clause_of_means(text: str, people: float, mode: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert mode in [t.mode for t in report.talent if t.count and t.count.value == people]
