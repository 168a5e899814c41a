"""A company signing a project with a place's government, joined by 与, 同 or 和 on either side, invests in it
(records/investors.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# sentence → (project, investors, place) of its one deal
PARTNERS: list[tuple[str, tuple[str, list[str], str | None]]] = [
    (
        "绿地控股集团有限公司和赣江新区管委会签约现代服务业集聚区项目。",
        ("现代服务业集聚区项目", ["绿地控股集团有限公司"], "赣江新区"),
    ),
    ("中车城市交通有限公司和永修县政府签约智能装备项目。", ("智能装备项目", ["中车城市交通有限公司"], "永修县")),
    ("恒大集团与安福县政府签约康养休闲特色小镇项目。", ("康养休闲特色小镇", ["恒大集团"], "安福县")),
    ("安福县政府和恒大集团签约康养休闲特色小镇项目。", ("康养休闲特色小镇", ["恒大集团"], "安福县")),
    # two firms signing with each other: no place's side, no investor read
    ("华为公司和腾讯公司签约云计算项目。", ("云计算项目", [], None)),
]


@pytest.mark.parametrize(("sentence", "expected"), PARTNERS)
def test_company_signing_with_a_government_invests(sentence: str, expected: tuple[str, list[str], str | None]) -> None:
    (deal,) = extract(sentence, reference_date="2023-12-20").deals
    assert (deal.projects[0], deal.investors, deal.place) == expected


# A clause that leaves its subject out after a clause whose last actor is a place: the place signs with the firms listed
# after 分别与, each a deal; after a person named last, they are the person's partners (the projects are the deals).
LEFT_OUT: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    (
        "近日，山西长治市潞城区举行项目集中签约仪式，分别与山西交控金资管理有限公司、长治精言科技有限公司进行签约。",
        [(["山西交控金资管理有限公司"], "潞城区"), (["长治精言科技有限公司"], "潞城区")],
    ),
    (
        "6月3日，宜良县举行招商引资项目签约会，先后与云南建投集团有限公司、昆明滇池水务股份有限公司签订投资协议。",
        [(["云南建投集团有限公司"], "宜良县"), (["昆明滇池水务股份有限公司"], "宜良县")],
    ),
    ("开发区主任王某参加活动，分别与中国空分工程有限公司、厦门蔚扬药业有限公司完成项目签约。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), LEFT_OUT)
def test_firms_a_place_signs_with_in_a_clause_leaving_it_out(
    sentence: str, expected: list[tuple[list[str], str | None]]
) -> None:
    deals = extract(sentence, reference_date="2023-12-20").deals
    assert [(d.investors, d.place) for d in deals] == expected
