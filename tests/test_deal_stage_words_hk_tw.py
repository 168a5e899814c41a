"""Stage words Hong Kong, Macau and Taiwan outlets use (上樑, 平頂: topping out; 投入運作: in service) and a signing told
by both sides (雙方簽署合作備忘錄) — records/deal_frame.py STAGE_WORDS, records/deal_stage.py."""

from __future__ import annotations

import pytest

from dsz_extract import extract

# sentence → (project, stage) of its one deal
STAGES: list[tuple[str, tuple[str, str]]] = [
    ("總投資6億元的海水淡化廠項目主體結構平頂。", ("海水淡化廠項目", "started")),
    ("总投资6亿元的海水淡化厂项目主体结构平顶。", ("海水淡化厂项目", "started")),
    ("總投資12億元的生醫園區擴建項目今日上樑。", ("生醫園區擴建項目", "started")),
    ("總投資20億港元的啟德體育園項目正式投入運作。", ("啟德體育園項目", "completed")),
    ("雙方簽署合作備忘錄，共同推動總投資30億元的智慧物流園項目。", ("智慧物流園項目", "signed")),
    # 平顶山 is a city, no topping out
    ("总投资20亿元的平顶山尼龙新材料产业园项目签约。", ("平顶山尼龙新材料产业园项目", "signed")),
]


@pytest.mark.parametrize(("sentence", "expected"), STAGES)
def test_hk_tw_stage_words(sentence: str, expected: tuple[str, str]) -> None:
    (deal,) = extract(sentence, reference_date="2023-12-20").deals
    assert (deal.projects[0], deal.stage) == expected


# a stage word of an earlier clause whose object is a list of firms (引进A、B等一批大企业) is the firms', not the
# projects' told after it
FIRMS_OBJECT: list[tuple[str, list[tuple[list[str], list[str], str | None]]]] = [
    (
        "成功引进京龙钨钼、陕西海升、陕西水务集团、西部投资等一批大企业入驻太白，鳌山滑雪场、城市综合体、现代莓类产业示范园"
        "等一大批基础设施和产业化项目拔地而起。",
        [
            ([], ["京龙钨钼"], "introduced"),
            ([], ["陕西海升"], "introduced"),
            ([], ["陕西水务集团"], "introduced"),
            ([], ["西部投资"], "introduced"),
        ],
    ),
    (
        "今年成功引进华为、比亚迪等一批龙头企业，总投资20亿元的新能源电池项目签约落户。",
        [([], ["华为"], "introduced"), ([], ["比亚迪"], "introduced"), (["新能源电池项目"], [], "introduced")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_OBJECT)
def test_stage_of_firms_brought_in(text: str, expected: list[tuple[list[str], list[str], str | None]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [(d.projects, d.investors, d.stage) for d in deals] == expected
