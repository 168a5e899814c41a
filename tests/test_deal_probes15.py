"""Session 15 deal probes: a project named inside its ceremony's name (鑫达新材料项目签约仪式在平江县举行) is a deal of
that stage, and the sentence after going on about 该项目 gives it its money. Sentences written for these tests, from
how such reports are worded across provinces and HK/TW/Macau."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Deal = tuple[list[str], str | None, int | None]


def _deals(text: str) -> list[Deal]:
    out = []
    for d in extract(text, reference_date="2024-06-30").deals:
        total = next((a.money.amount for a in d.amounts if a.role == "total"), None)
        out.append((d.projects, d.stage, total))
    return out


CEREMONY_NAMES: list[tuple[str, list[Deal]]] = [
    (
        "11月20日，鑫达新材料项目签约仪式在平江县举行。该项目总投资5亿元。",
        [(["鑫达新材料项目"], "signed", 500_000_000)],
    ),
    (
        "3月8日上午，华润电力风电项目开工仪式在靖边县举行，项目总投资12亿元。",
        [(["华润电力风电项目"], "started", 1_200_000_000)],
    ),
    (
        "昨天，比亚迪新能源汽车零部件产业园项目奠基仪式在长沙县隆重举行。",
        [(["比亚迪新能源汽车零部件产业园项目"], "started", None)],
    ),
    ("4月18日，盛虹炼化一体化项目竣工投产仪式在连云港举行。", [(["盛虹炼化一体化项目"], "completed", None)]),
    (
        "本月，隆基绿能年产10GW单晶组件项目签约暨开工仪式在西咸新区举行，总投资45亿元。",
        [(["隆基绿能年产10GW单晶组件项目"], "started", 4_500_000_000)],
    ),
    ("昨日，新凤鸣化纤项目开工典礼在独山港举行。", [(["新凤鸣化纤项目"], "started", None)]),
    ("昨日，新鳳鳴化纖項目動土典禮在桃園舉行，總投資金額約30億元。", [(["新鳳鳴化纖項目"], "started", 3_000_000_000)]),
    (
        "11月30日，我县举行无穷食品(山东)生产基地暨重点实验室建设项目合同签约仪式。",
        [(["无穷食品(山东)生产基地暨重点实验室建设项目"], "signed", None)],
    ),
    # a joint ceremony: the batch before 暨 is none, the project after it is
    (
        "5日，全县第二批重点项目集中开工暨宏远电子元器件生产项目开工仪式举行。",
        [(["宏远电子元器件生产项目"], "started", None)],
    ),
    # batches, rounds, meetings and slogans name no project
    ("6月9日，驻马店市重大项目集中开工仪式在西平县举行。", []),
    ("2019大连夏季达沃斯年会重点项目签约仪式举行。", []),
    ("4日，“回归工程”项目签约仪式举行。", []),
    ("昨日，经贸合作项目签约仪式在昆明举行。", []),
]


@pytest.mark.parametrize(("text", "expected"), CEREMONY_NAMES)
def test_a_project_named_inside_its_ceremony(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


def test_a_ceremony_project_told_again_is_one_deal() -> None:
    text = "2020年吉林省重点项目暨中国一汽红旗新能源汽车工厂项目开工仪式在长春举行。一汽红旗新能源汽车工厂项目总投资58亿元。"
    assert [d[0] for d in _deals(text)] == [["一汽红旗新能源汽车工厂项目"]]


# A rank before the name (作为/列为…之一的) is no description of a kind: the project after it is named.
ONE_OF: list[tuple[str, list[Deal]]] = [
    (
        "作为全省重点项目之一的华友钴业新能源材料项目正式开工，总投资60亿元。",
        [(["华友钴业新能源材料项目"], "started", 6_000_000_000)],
    ),
    (
        "列为湖南省标志性外资项目之一的雄狮中国研发生产总部中心项目，落地长沙临空区，总投资10亿美元。",
        [(["雄狮中国研发生产总部中心项目"], "introduced", 1_000_000_000)],
    ),
    (
        "作為全市十大重點工程之一的南港工業區污水處理廠項目昨日動工，總投資約8億元。",
        [(["南港工業區污水處理廠項目"], "started", 800_000_000)],
    ),
    # a description after a copula still names a kind (将成为全国最大的…基地)
    ("该项目建成后将成为全国最大的锂电池生产基地。", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_OF)
def test_a_project_ranked_one_of_a_class(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# 发展/開發 before a name is the developer's verb, no part of it; the money before it builds that project.
DEVELOPED: list[tuple[str, list[Deal]]] = [
    ("澳門銀河娛樂集團將斥資200億澳門元發展銀河第四期項目。", [(["銀河第四期項目"], "planned", 20_000_000_000)]),
    ("华润置地将发展前海国际金融中心项目，总投资80亿元。", [(["前海国际金融中心项目"], None, 8_000_000_000)]),
    ("恒基兆业计划投资60亿元开发西九龙商住综合项目。", [(["西九龙商住综合项目"], "planned", 6_000_000_000)]),
    # right before the head the verb stays in the name
    ("乡村振兴发展项目总投资3亿元。", [(["乡村振兴发展项目"], None, 300_000_000)]),
    # nor does it cut a body's name (…发展中心, …开发中心)
    ("临潭县文化旅游发展中心项目总投资2亿元。", [(["临潭县文化旅游发展中心项目"], None, 200_000_000)]),
    ("浪潮软件开发中心项目在济南开工，总投资6亿元。", [(["浪潮软件开发中心项目"], "started", 600_000_000)]),
]


@pytest.mark.parametrize(("text", "expected"), DEVELOPED)
def test_a_developers_verb_before_the_name(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# Products or trades of one firm's project sharing its head after the firm's signing or plan to build: one name.
ONE_FIRMS_PRODUCTS: list[tuple[str, list[Deal]]] = [
    (
        "中国燃气计划在德惠市建设燃气生产、输配、供应和销售项目。",
        [(["燃气生产、输配、供应和销售项目"], "planned", None)],
    ),
    (
        "会上，华立集团与岳阳县签订锂电池正极材料、负极材料生产项目，投资额15亿元。",
        [(["锂电池正极材料、负极材料生产项目"], "signed", 1_500_000_000)],
    ),
    (
        "湖北宜化集团与宜昌市签订磷化工、氟化工新材料项目，总投资120亿元。",
        [(["磷化工、氟化工新材料项目"], "signed", 12_000_000_000)],
    ),
    (
        "仪式上，宏远科技与百色市签订高效光伏电池、逆变器、储能系统产业项目，签约金额达12亿元。",
        [(["高效光伏电池、逆变器、储能系统产业项目"], "signed", 1_200_000_000)],
    ),
    # items naming places or firms of their own stay projects each
    (
        "此次签约的项目包括：中联重科智能装备项目、长城汽车零部件项目、宁德时代储能项目。",
        [
            (["中联重科智能装备项目"], "signed", None),
            (["长城汽车零部件项目"], "signed", None),
            (["宁德时代储能项目"], "signed", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ONE_FIRMS_PRODUCTS)
def test_one_firms_products_sharing_a_head(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A verb that is only the tail of a word the name opens with (轻|量化) does not cut the name.
VERB_TAILS: list[tuple[str, list[Deal]]] = [
    (
        "会上，山东魏桥创业集团与滨州市签订轻量化铝材项目，协议金额60亿元。",
        [(["轻量化铝材项目"], "signed", 6_000_000_000)],
    ),
    ("近日，投资5亿元的轻量化汽车零部件项目在芜湖开工。", [(["轻量化汽车零部件项目"], "started", 500_000_000)]),
    # a phrase of two words before the head stays cut (吉林市始终保持|项目建设…)
    ("吉林市始终保持项目建设热度不减，引进建设一批重大项目。", []),
]


@pytest.mark.parametrize(("text", "expected"), VERB_TAILS)
def test_a_verb_inside_a_word_of_the_name(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A project landing in a park (A项目落户|B产业园): A is the deal, B where it lands (no deal of its own, nor A its place).
LANDS_IN_A_PARK: list[tuple[str, list[Deal]]] = [
    (
        "今年3月，阿里巴巴数字经济总部项目落户杭州未来科技城，总投资30亿元。",
        [(["阿里巴巴数字经济总部项目"], "introduced", 3_000_000_000)],
    ),
    (
        "比亚迪新能源汽车零部件项目落户长沙雨花经开区智能装备产业园，总投资20亿元。",
        [(["比亚迪新能源汽车零部件项目"], "introduced", 2_000_000_000)],
    ),
    (
        "恒瑞医药创新药项目入驻苏州生物医药产业园，总投资10亿元。",
        [(["恒瑞医药创新药项目"], "introduced", 1_000_000_000)],
    ),
    (
        "近日，宁德时代储能电池项目正式落户宜宾三江新区动力电池产业园。",
        [(["宁德时代储能电池项目"], "introduced", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LANDS_IN_A_PARK)
def test_a_project_landing_in_a_park(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


def test_the_project_written_after_a_facility_closes_its_name() -> None:
    text = "宁德时代签约落户济宁，将建设新能源电池生产基地项目，总投资约140亿元。"
    assert [d[0] for d in _deals(text)] == [["新能源电池生产基地项目"]]


# A project opening its sentence as the subject; the next sentence of the paragraph tells its money with the subject left
# out (总投资…): that project's amount.
SUBJECT_THEN_MONEY: list[tuple[str, list[Deal]]] = [
    (
        "“世界华侨华人交流中心项目”由国务院侨办、海南荣丰文化产业有限公司共同合作。总投资约为35亿元，总规划面积约220公顷。",
        [(["世界华侨华人交流中心项目"], None, 3_500_000_000)],
    ),
    ("金山湖文旅综合体项目位于城东新区。总投资20亿元，占地500亩。", [(["金山湖文旅综合体项目"], None, 2_000_000_000)]),
    ("據悉，啟德體育園項目位於九龍東。總投資約300億港元。", [(["啟德體育園項目"], None, 30_000_000_000)]),
    # another paragraph: the money is not told of it
    ("金山湖文旅综合体项目位于城东新区。\n总投资20亿元的项目共有12个。", []),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_THEN_MONEY)
def test_the_money_told_after_a_sentence_on_the_project(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


def test_amounts_names_listed_through_a_firms_item() -> None:
    text = (
        "投资440亿元的恒大绥化文旅康养城和投资1.4亿美元的鹤岗龙源雄亚新能源有限公司太阳能发电、"
        "投资7100万美元黑龙江港策商务信息咨询有限公司等一批重大项目落地。"
    )
    assert [d[0] for d in _deals(text)][:2] == [["恒大绥化文旅康养城"], ["鹤岗龙源雄亚新能源有限公司太阳能发电"]]


# Concrete poured on the works (坝体浇筑, 首节浇筑) is building under way: started; 完成主体工程 tells no stage.
POURED: list[tuple[str, list[Deal]]] = [
    (
        "民生水利工程建设提质增速，大河滩水库完成主体工程，小马鸡沟水库进行坝体浇筑。",
        [(["小马鸡沟水库"], "started", None)],
    ),
    ("黄河特大桥项目主塔完成首节浇筑。", [(["黄河特大桥项目"], "started", None)]),
]


@pytest.mark.parametrize(("text", "expected"), POURED)
def test_concrete_poured_is_started(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A firm's own project written after its name and 的 is an instance however generic its words (化工一体化项目).
FIRMS_OWN: list[tuple[str, list[Deal]]] = [
    ("其中恒力集团的化工一体化项目总投资为400亿元。", [(["化工一体化项目"], None, 40_000_000_000)]),
    ("其中申远(力恒集团)的化工一体化项目总投资为400亿元。", [(["化工一体化项目"], None, 40_000_000_000)]),
    ("招商局集团的智慧物流园项目已经开工。", [(["智慧物流园项目"], "started", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIRMS_OWN)
def test_a_firms_own_project(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


def test_a_table_row_labels_the_money_investment() -> None:
    text = "项目名称：年产10万吨生物降解材料项目；投资额：8亿元；建设地点：经开区。"
    assert _deals(text) == [(["年产10万吨生物降解材料项目"], None, 800_000_000)]


# Words referring to projects told elsewhere (相关项目, 有关项目) name none.
REFERRING: list[tuple[str, list[Deal]]] = [
    ("他預料相關項目需投資約一百二十億元。", []),
    ("他预料相关项目需投资约120亿元。", []),
    ("目前，有关工程正在加快推进，总投资3亿元。", []),
]


@pytest.mark.parametrize(("text", "expected"), REFERRING)
def test_projects_referred_to_name_none(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


def test_a_projects_budget_is_its_total() -> None:
    assert _deals("启德体育园项目预算约300亿港元，预计2025年建成。") == [
        (["启德体育园项目"], "planned", 30_000_000_000)
    ]
