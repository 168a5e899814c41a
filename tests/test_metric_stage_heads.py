"""A count named only by a generic head (项目, 企业) keeps the stage verb beside it in its indicator
(签订项目, 建成项目, 项目开工); a specific noun names the thing alone (招商引资项目)."""

from __future__ import annotations

import pytest

from dsz_extract import extract, models
from metric_readings import number

# (text, the figure, the indicator expected for it)
CASES = [
    ("今年以来，全县共签订项目45个，协议总投资120亿元。", 45, "签订项目"),
    ("2023年，该区建成项目18个，总投资56亿元。", 18, "建成项目"),
    ("上半年，全市32个项目开工，总投资88亿元。", 32, "项目开工"),
    ("截至6月底，园区新开工项目27个，完成投资40亿元。", 27, "新开工项目"),
    ("1-9月，全州落地项目63个，到位资金98亿元。", 63, "落地项目"),
    ("全年共引进项目120个，实际到位资金305亿元。", 120, "引进项目"),
    ("今年一季度，该县竣工项目9个。", 9, "竣工项目"),
    ("据统计，高新区今年入驻企业56家，其中规上企业12家。", 56, "入驻企业"),
    ("前三季度，全区签约重点项目35个，总投资210亿元。", 35, "签约重点项目"),
    ("今年以來，全縣共簽訂項目45個，協議總投資120億元。", 45, "簽訂項目"),
    ("本年度，該區15個項目竣工，總投資33億元。", 15, "項目竣工"),
    # A specific noun names the thing without the verb.
    ("全省签订招商引资项目28个、协议总投资144.8亿元。", 28, "招商引资项目"),
    ("该市建成21个招才引智工作站。", 21, "招才引智工作站"),
    ("去年，全县引进2979个服务业项目。", 2979, "服务业项目"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), CASES)
def test_generic_head_keeps_its_stage_verb(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]


# The subject before an adverb and a dealing verb is no part of the name; the verb stays (as the gold keeps it),
# except 引进 before a specific noun (session 16: dev gold 省外到位资金 13, 国内招商引资项目 3, never with 引进).
SUBJECT_CASES = [
    ("截至目前，各县市共储备招商引资推介项目378项。", 378, "储备招商引资推介项目"),
    ("今年前两个月，天津市共引进国内招商引资项目380个。", 380, "国内招商引资项目"),
    ("前三季度，全省成功签约重点项目155个。", 155, "签约重点项目"),
    ("活动期间成功签约项目463个，总投资2100亿元。", 463, "签约项目"),
    ("会上举行现场签约项目14个，总额69.4亿元。", 14, "现场签约项目"),
    ("签约仪式共签约项目17个，总投资88亿元。", 17, "签约项目"),
    ("推介会期间共签约项目26个。", 26, "签约项目"),
    ("今年以来，沿边8州市共实施国内合作项目1200个。", 1200, "国内合作项目"),
    ("上半年，4州市共引进省外到位资金560亿元。", 56000000000, "省外到位资金"),
    ("全年，各師市共簽約項目120個。", 120, "簽約項目"),
    ("大会上共达成协议项目11个。", 11, "达成协议项目"),
    ("一季度，广西各市成功招引亿元以上项目27个。", 27, "招引亿元以上项目"),
    ("今年，郑州各开发区均落实招商项目20个以上。", 20, "落实招商项目"),
    ("截至目前，南沙区顺利签约重大项目41个。", 41, "签约重大项目"),
    ("今年以来，全县共引进项目45个。", 45, "引进项目"),
    # determiners pick the things out, they do not name them
    ("据了解，这些项目共计15个，总投资50亿元。", 15, "项目"),
    ("2023年，该市举办各类招商推介活动32场。", 32, "招商推介活动"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), SUBJECT_CASES)
def test_subject_before_the_dealing_verb_is_dropped(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]


# Words after the name that only stress or set the value, or a share of the bare total, are no part of it.
TRAIL_CASES = [
    ("2024年，该市将招商引资任务确定为500亿元以上。", 50000000000, "招商引资任务"),
    ("其中2023年回国人员就超过18万人。", 180000, "回国人员"),
    ("仅上半年，全区到位资金就达120亿元。", 12000000000, "到位资金"),
    ("2023年，全县签约项目中，制造业项目就有45个。", 45, "制造业项目"),
    ("一季度，省外到位内资占总额的57.2%。", 57.2, "省外到位内资"),
    ("2023年，新兴产业产值占总量的32.5%。", 32.5, "新兴产业产值"),
    ("开幕式上，共有100多位院士专家和高层次人才出席。", 100, "院士专家和高层次人才"),
    ("活动吸引了300余名海内外博士出席。", 300, "海内外博士"),
    # a named whole stays in the name of the share
    ("2023年，工业投资占全社会投资比重为33%。", 33, "工业投资占全社会投资比重"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), TRAIL_CASES)
def test_words_that_only_set_the_value_are_trimmed(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]


# A breakdown by class: the class after 属 / 属于 names the figure that comes first.
COPULA_CASES = [
    ("按行业分布，有77间公司属金融服务和金融科技、61间属创新及科技。", 77, "金融服务和金融科技"),
    ("按行业分布，有77间公司属金融服务和金融科技、61间属创新及科技。", 61, "创新及科技"),
    ("按行業分布，有77間公司屬金融服務和金融科技、33間屬商務及專業服務。", 33, "商務及專業服務"),
    ("签约项目中，有20个属于先进制造业项目。", 20, "先进制造业项目"),
    ("其中，38个项目属于战略性新兴产业。", 38, "战略性新兴产业"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), COPULA_CASES)
def test_the_class_after_a_copula_names_the_figure(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]


# Where investors put money, told after 在: the investors and the place are part of the name.
INVESTED_IN_CASES = [
    ("其中，北京企业在津投资248.59亿元，占比36%。", 24859000000, "北京企业在津投资"),
    ("外地民营企业在津投资项目354个，到位资金508亿元。", 354, "外地民营企业在津投资项目"),
    ("今年以来，5省区在滇投资1330亿元。", 133000000000, "5省区在滇投资"),
    ("上半年，沪苏浙在皖投资在建亿元以上项目3999个。", 3999, "沪苏浙在皖投资在建亿元以上项目"),
    ("一季度，港资企业在粤投资项目达1200个。", 1200, "港资企业在粤投资项目"),
    ("2023年，台商在闽投资120亿元。", 12000000000, "台商在闽投资"),
    ("上半年，央企在黔投资到位资金320亿元。", 32000000000, "央企在黔投资到位资金"),
    ("全年，浙商在川投资项目856个。", 856, "浙商在川投资项目"),
    # a long list of investors names no set of them
    ("通用汽车、迪卡侬、欧姆龙、花王、乐高等知名外资企业在沪投资232亿元。", 23200000000, "在沪投资"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), INVESTED_IN_CASES)
def test_investors_in_a_place_name_the_figure(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]


# A size band (a range closed by 的) qualifies the things counted: it is part of their name, no figure of its own.
BAND_CASES = [
    (
        "总投资在10亿元~50亿元之间的项目10个，总投资在1亿元~10亿元之间的项目45个。",
        10,
        "总投资在10亿元~50亿元之间的项目",
    ),
    ("总投资在10亿元~50亿元之间的项目10个，总投资在1亿元~10亿元之间的项目45个。", 45, "总投资在1亿元~10亿元之间的项目"),
    ("其中，投资在1亿元至5亿元之间的项目32个。", 32, "投资在1亿元至5亿元之间的项目"),
    ("其中，投资10亿元以上的项目12个，5亿元至10亿元的项目20个。", 20, "5亿元至10亿元的项目"),
    ("上半年，总投资5亿至10亿元的产业项目共27个。", 27, "总投资5亿至10亿元的产业项目"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), BAND_CASES)
def test_a_size_band_is_part_of_the_name(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]
    assert not [m for m in report.metrics if isinstance(m.value, models.MoneyValue)]


# A head that says nothing alone keeps the clause closed by 的 that says which (集中开工的项目); a specific name
# after 的 stands alone (全市的招商引资到位资金 → 招商引资到位资金).
CLAUSE_DE_CASES = [
    ("新增自营进出口权的企业9家，达63家。", 9, "新增自营进出口权的企业"),
    ("本次集中开工的项目40个，总投资120亿元。", 40, "集中开工的项目"),
    ("其中，正在洽谈的项目9个。", 9, "正在洽谈的项目"),
    ("今年以来，集中签约的项目33个。", 33, "集中签约的项目"),
    ("其中，高端技术及新兴产业领域的项目28个。", 28, "高端技术及新兴产业领域的项目"),
    ("全年集中開工的新項目1816個。", 1816, "集中開工的新項目"),
    ("今年全市的招商引资到位资金达120亿元。", 12000000000, "招商引资到位资金"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), CLAUSE_DE_CASES)
def test_a_generic_head_keeps_its_clause(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]


# A count before a noun sized by a threshold: the size is part of the name.
SIZED_AFTER_CASES = [
    ("全县80个投资过千万元的重点项目全部开工建设。", 80, "投资过千万元的重点项目"),
    ("今年共引进12个总投资超10亿元的项目。", 12, "总投资超10亿元的项目"),
    ("全市新落地35个10亿元以上的产业项目。", 35, "10亿元以上的产业项目"),
    ("一季度，全区签约18个具有代表性的重大项目。", 18, "具有代表性的重大项目"),
]


@pytest.mark.parametrize(("text", "figure", "indicator"), SIZED_AFTER_CASES)
def test_a_sized_noun_after_the_count_names_it(text: str, figure: float, indicator: str) -> None:
    report = extract(text, reference_date="2024-12-20")
    assert indicator in [m.indicator for m in report.metrics if number(m.value) == figure]
