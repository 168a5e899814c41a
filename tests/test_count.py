"""count mentions: sentence in the style of real reports -> every count mention (text, value)."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.dims import count
from dsz_extract.doc import Doc

# (text, value, value_max, unit, modifier)
Count = tuple[str, float, float | None, str, str | None]


def found(sentence: str) -> list[Count]:
    doc = Doc(sentence)
    mentions = count.find(doc)
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
    return [(m.text, m.value.value, m.value.value_max, m.value.unit, m.value.modifier) for m in mentions]


PLAIN = [
    ("现场成功签约3个重点招商项目。", [("3个", 3, None, "个", None)]),
    ("上半年，全区新签约双招双引项目21个。", [("21个", 21, None, "个", None)]),
    (
        "园区已经入驻企业67家，培育科技型中小企业27家。",
        [("67家", 67, None, "家", None), ("27家", 27, None, "家", None)],
    ),
    ("承接省级行政权力事项94项。", [("94项", 94, None, "项", None)]),
    ("新引进高层次人才50人，柔性引进院士6人。", [("50人", 50, None, "人", None), ("6人", 6, None, "人", None)]),
    ("储备了46名高层次人才。", [("46名", 46, None, "名", None)]),
    ("一季度开展精准招商37次。", [("37次", 37, None, "次", None)]),
    ("分两批选聘聊城大学33名高层次人才。", [("两批", 2, None, "批", None), ("33名", 33, None, "名", None)]),
    ("嘉兴市新增市场主体2.3万户。", [("2.3万户", 23000, None, "户", None)]),
    ("全年举办招商推介会20场。", [("20场", 20, None, "场", None)]),
    ("接待境外客商1200万人次。", [("1200万人次", 12000000, None, "人次", None)]),
    ("发现两家企业能优势互补。", [("两家", 2, None, "家", None)]),
    ("市政府又将三家企业列入上市培育名单。", [("三家", 3, None, "家", None)]),
    ("组建了十六个工作专班。", [("十六个", 16, None, "个", None)]),
    ("柔性引进一位院士。", [("一位", 1, None, "位", None)]),
    ("聘请一名外籍专家担任顾问。", [("一名", 1, None, "名", None)]),
    ("苏州工业园区引進項目12個。", [("12個", 12, None, "个", None)]),
    ("青岛西海岸新区签约项目１２０个。", [("１２０个", 120, None, "个", None)]),
]

MODIFIERS = [
    (
        "邀请来聊嘉宾50余位，在线嘉宾120余位。",
        [("50余位", 50, None, "位", "over"), ("120余位", 120, None, "位", "over")],
    ),
    ("主持开发了100多个机器人集成应用系统。", [("100多个", 100, None, "个", "over")]),
    ("组织400多名企业家参会。", [("400多名", 400, None, "名", "over")]),
    ("举办线上招商推介会10余次。", [("10余次", 10, None, "次", "over")]),
    ("吸引十余家上市公司。", [("十余家", 10, None, "家", "over")]),
    ("二十多名专家参与评审。", [("二十多名", 20, None, "名", "over")]),
    ("带动就业1.8万余人。", [("1.8万余人", 18000, None, "人", "over")]),
    ("开展创业品牌活动110多场。", [("110多场", 110, None, "场", "over")]),
    ("确保全年引进高质量项目130个以上。", [("130个以上", 130, None, "个", "over")]),
    ("新增研发平台10家以上。", [("10家以上", 10, None, "家", "over")]),
    ("累计孵化企业近百家。", [("近百家", 100, None, "家", "under")]),
    ("吸引上千名专家。", [("上千名", 1000, None, "名", "over")]),
    ("数十家企业参展。", [("数十家", 10, None, "家", "over")]),
    ("超过300家企业入驻。", [("超过300家", 300, None, "家", "over")]),
    ("不到5个项目开工。", [("不到5个", 5, None, "个", "under")]),
    ("约200人参加。", [("约200人", 200, None, "人", "approx")]),
]

RANGES = [
    ("依托重点企业建设1-2个园中园。", [("1-2个", 1, 2, "个", None)]),
    ("今年要招引2-3个真正的外资产业项目。", [("2-3个", 2, 3, "个", None)]),
    ("每年引进3至5家龙头企业。", [("3至5家", 3, 5, "家", None)]),
    ("两三个项目在谈。", [("两三个", 2, 3, "个", None)]),
    ("三五家企业联合投标。", [("三五家", 3, 5, "家", None)]),
    ("二三十个项目储备。", [("二三十个", 20, 30, "个", None)]),
]

NOT_COUNTS = [
    ("引进了中通新能源汽车等一批产业相关项目。", []),
    ("打造的一个创新创业孵化基地。", []),
    ("首批入园企业，第一批项目，第二批次。", []),
    ("第3次会议，居全市第一位。", []),
    ("仅用时两个半月。", []),
    ("从开工到投产仅用9个月，仅用了6个多月时间。", []),
    ("个人所得税减免。", []),
    ("综合评价结果前3名的县市区，后2名亮黄旗。", []),
    ("实施千人计划，举办百名浙商大会，万人助企行动。", []),
    ("一次办好，一人一策。", []),
    ("每个产业链每月至少开展一次招商活动。", []),
    ("服务业占比提高2个百分点。", []),
    ("唯一一家。", []),
    ("构建三位一体发展模式。", []),
    ("年产30万吨，建设5栋厂房。", []),
]

# Measure words real reports count teams, institutions, firms and cases with (corpus/real/NOTES.md).
MORE_UNITS = [
    ("组建五支专业招商小分队。", [("五支", 5, None, "支", None)]),
    ("新引进人才团队4支。", [("4支", 4, None, "支", None)]),
    ("吸引100所国内外知名高校参会。", [("100所", 100, None, "所", None)]),
    ("美國公司共有487間在港設立地區總部。", [("487間", 487, None, "间", None)]),
    ("投審會今年核准7案，金額539億元。", [("7案", 7, None, "案", None)]),
    ("成功出讓土地3宗。", [("3宗", 3, None, "宗", None)]),
    ("举办对接活动20场次，服务企业500户。", [("20场次", 20, None, "场次", None), ("500户", 500, None, "户", None)]),
    (
        "开展入企服务10批次，接待客商3000人次。",
        [("10批次", 10, None, "批次", None), ("3000人次", 3000, None, "人次", None)],
    ),
    ("支持资金到位，大力支持企业。", []),
    ("所属企业、研究所、派出所。", []),
    ("期间，两国间合作。", []),
]

# Traditional text: the unit is the simplified measure word (個 -> 个), the number reads the same.
TRADITIONAL = [
    ("其中三個為石材項目。", [("三個", 3, None, "个", None)]),
    ("配套制定12項操作細則。", [("12項", 12, None, "项", None)]),
    ("舉辦活動8場，其中省級5場。", [("8場", 8, None, "场", None), ("5場", 5, None, "场", None)]),
    ("新設外資企業逾4,800個。", [("逾4,800個", 4800, None, "个", "over")]),
    ("累計引進企業1.2萬餘家。", [("1.2萬餘家", 12000, None, "家", "over")]),
    ("共有兩個行業實際到資。", [("兩個", 2, None, "个", None)]),
    ("專家近百位參會。", [("近百位", 100, None, "位", "under")]),
    # 博士后 is a kind of talent, not a rank (后2名)
    ("累计招收企业博士后2038名。", [("2038名", 2038, None, "名", None)]),
]

# Modifiers real reports write before and after the number (余 多 近 超 …) and round words.
MORE_MODIFIERS = [
    ("辦理意見建議1600余件，走访企业300多家。", [("300多家", 300, None, "家", "over")]),
    ("签约项目超10个。", [("超10个", 10, None, "个", "over")]),
    ("新增企业突破百家。", [("突破百家", 100, None, "家", "over")]),
    ("过万家企业受益。", [("过万家", 10000, None, "家", "over")]),
    ("數百位專家出席。", [("數百位", 100, None, "位", "over")]),
    ("留学人员近2万人。", [("近2万人", 20000, None, "人", "under")]),
    ("河南省到2025年将招引万名博士后等青年人才。", [("万名", 10000, None, "名", None)]),
    ("实现招收引进万名博士后的目标。", [("万名", 10000, None, "名", None)]),
    ("引进千人计划专家，吸引万人助企行动参与者。", []),
]

MORE_NOT_COUNTS = [
    ("签约17项目，共签约17大项目。", []),
    ("此次签约项目中，前三個為石材項目。", []),
    ("综合排名前10家的企业获表彰。", []),
    ("深入实施“八项”行动计划，建设“两个屏障”“两个基地”。", []),
    ("这两个主要指标体现了经济活力，上述三家企业已投产。", []),
    ("十二届人大三次会议审议报告，三次产业比重为3.9%。", []),
    ("西宁10万人才汇聚“小高地”。", []),
    ("杞县正如一位天赋极好的“小伙子”。", []),
    ("新疆兵團第六師五家渠市集中簽約。", []),
    ("分别超过未入园项目 24个、7 个、14 个和4.8 个百分点。", []),
    ("总投资3个多亿。", []),
]

# 前 / 后 ending a word are not ranks, and an article's 一 still counts a person.
STILL_COUNTS = [
    ("此前3个项目已投产，目前5家企业在谈。", [("3个", 3, None, "个", None), ("5家", 5, None, "家", None)]),
    ("他是一位院士。", [("一位", 1, None, "位", None)]),
    ("完成3项目标任务。", [("3项", 3, None, "项", None)]),
    ("這210個重大項目涉及石油化工。", [("210個", 210, None, "个", None)]),
    ("举办招聘会三次，召开会议5次。", [("三次", 3, None, "次", None), ("5次", 5, None, "次", None)]),
    (
        "人才資源總量從680萬(wàn)人增長到766.7萬(wàn)人。",
        [("680萬(wàn)人", 6800000, None, "人", None), ("766.7萬(wàn)人", 7667000, None, "人", None)],
    ),
]

CASES = (
    PLAIN + MODIFIERS + RANGES + NOT_COUNTS + MORE_UNITS + TRADITIONAL + MORE_MODIFIERS + MORE_NOT_COUNTS + STILL_COUNTS
)


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_count_mentions(sentence: str, expected: list[Count]) -> None:
    assert found(sentence) == expected


def test_money_wins_over_a_count_inside_it() -> None:
    report = extract("计划投资100个亿。")
    assert [(m.type, m.text) for m in report.mentions if m.type in ("money", "count")] == [("money", "100个亿")]
