"""Names that begin with a numeral and a measure word hold no count (陆家嘴 is no '陆家' = 6 家).

Sentence -> every count mention (text, value), read by the count pass alone.
"""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.dims import count
from dsz_extract.doc import Doc


def counts(sentence: str) -> list[tuple[str, float]]:
    return [(m.text, m.value.value) for m in count.find(Doc(sentence))]


NAMES_HOLD_NO_COUNT = [
    # a name no list holds, read from a lone financial digit (陆 = 6, 伍 = 5)
    ("陆家嘴金融城新引进外资金融机构12家。", [("12家", 12)]),
    ("两家企业签约落户陆家嘴。", [("两家", 2)]),
    ("该区与陆家嘴集团签订合作协议，共建3家孵化器。", [("3家", 3)]),
    ("柒家村发展乡村旅游。", []),
    ("兩家企業簽約落戶陸家嘴。", [("兩家", 2)]),
    # gazetteer places
    ("五家渠市引进项目4个。", [("4个", 4)]),
    ("伍家岗区签约项目8个。", [("8个", 8)]),
    ("伍家崗區簽約項目8個。", [("8個", 8)]),
    ("四家子镇签约项目5个。", [("5个", 5)]),
    ("千家店镇引进企业2家。", [("2家", 2)]),
    # places named after families: a village suffix right after 家
    ("三家村签约项目1个。", [("1个", 1)]),
    ("九家湾社区新增商户20户。", [("20户", 20)]),
    ("陆家桥村引进企业2家。", [("2家", 2)]),
    # brands of data/lexicon/numeral_names.txt
    ("六个核桃生产基地年产值5亿元。", []),
    ("三人行广告公司签约5个客户。", [("5个", 5)]),
    # set phrases: programmes, slogans, the county's four leading bodies, arts
    ("全县招募三支一扶人员45名。", [("45名", 45)]),
    ("他代表县四家班子致辞，签约项目6个。", [("6个", 6)]),
    ("坚持两个毫不动摇，新增民营企业300家。", [("300家", 300)]),
    ("二人转演出3场。", [("3场", 3)]),
]

STILL_COUNTS = [
    # Arabic digits count: 3家店 is three shops
    ("开设3家店。", [("3家", 3)]),
    # the word goes on past the name: 五家子公司 (five subsidiaries), 三家店铺 (three shops)
    ("集团旗下两家子公司落户该区。", [("两家", 2)]),
    ("公司新设五家子公司。", [("五家", 5)]),
    ("新开三家店铺。", [("三家", 3)]),
    # financial digits with their units, and plain counts
    ("签约项目伍佰个。", [("伍佰个", 500)]),
    ("引进企业叁拾家。", [("叁拾家", 30)]),
    ("七家企业参加签约。", [("七家", 7)]),
    ("九所高校与该市签约。", [("九所", 9)]),
    ("陆续引进企业5家。", [("5家", 5)]),
    ("陆家嘴、外滩、北外滩三个片区共引进企业40家。", [("三个", 3), ("40家", 40)]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES_HOLD_NO_COUNT + STILL_COUNTS)
def test_counts_beside_names(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("上海陆家嘴集团与该市签约3个项目。", "陆家嘴"),
        ("陆家辉董事长一行考察了3家企业。", "陆家辉"),
        ("万州区一季度签约项目28个。", "万州"),
        ("五家渠市引进项目4个。", "五家渠"),
    ],
)
def test_no_number_cuts_the_name(sentence: str, name: str) -> None:
    at = sentence.index(name)
    report = extract(sentence)
    numbers = [m for m in report.mentions if m.type in ("money", "percent", "count", "date")]
    assert not [m.text for m in numbers if m.start < at + len(name) and m.end > at]
