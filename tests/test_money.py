"""money mentions: sentence in the style of real reports -> every money mention (text, value)."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.dims import money
from dsz_extract.doc import Doc

# (text, amount, amount_max, currency, modifier)
Money = tuple[str, float, float | None, str, str | None]


def found(sentence: str) -> list[Money]:
    doc = Doc(sentence)
    mentions = money.find(doc)
    for m in mentions:
        assert sentence[m.start : m.end] == m.text
    return [(m.text, m.value.amount, m.value.amount_max, m.value.currency, m.value.modifier) for m in mentions]


AMOUNTS = [
    ("2022年，江苏省实际使用外资305亿美元，规模居全国第一。", [("305亿美元", 30500000000, None, "USD", None)]),
    ("1—4月份，全市招商引资到位资金140.5亿元，同比增长16%。", [("140.5亿元", 14050000000, None, "CNY", None)]),
    (
        "现场签约项目3个，总投资额39.5亿元，其中，合同外资额1260万美元。",
        [("39.5亿元", 3950000000, None, "CNY", None), ("1260万美元", 12600000, None, "USD", None)],
    ),
    (
        "新签约亿元以上项目212个，计划投资额1187.77亿元。",
        [
            ("亿元以上", 100000000, None, "CNY", "over"),
            ("1187.77亿元", 118777000000, None, "CNY", None),
        ],
    ),
    (
        "1-6月，广东省实际利用外资1009.8亿元人民币，同比增长6.4%。",
        [("1009.8亿元人民币", 100980000000, None, "CNY", None)],
    ),
    ("成都市一季度新签约重大项目总投资2,356亿元。", [("2,356亿元", 235600000000, None, "CNY", None)]),
    ("武汉市2023年招商引资实际到位资金达1.2万亿元。", [("1.2万亿元", 1200000000000, None, "CNY", None)]),
    ("河南省洛阳市举行重大项目集中签约，总金额1380.6亿元。", [("1380.6亿元", 138060000000, None, "CNY", None)]),
    ("该项目计划总投资三千万元，建设标准化厂房。", [("三千万元", 30000000, None, "CNY", None)]),
    ("日方累计投资85億7625萬6000美元。", [("85億7625萬6000美元", 8576256000, None, "USD", None)]),
    ("三星宣布追加投资三點四億美元。", [("三點四億美元", 340000000, None, "USD", None)]),
    ("项目总投资1亿5000万元，分两期建设。", [("1亿5000万元", 150000000, None, "CNY", None)]),
    ("德国巴斯夫在湛江投资100亿欧元建设一体化基地。", [("100亿欧元", 10000000000, None, "EUR", None)]),
    (
        "韩国企业投资2000亿韩元，俄方出资50亿卢布。",
        [
            ("2000亿韩元", 200000000000, None, "KRW", None),
            ("50亿卢布", 5000000000, None, "RUB", None),
        ],
    ),
    (
        "以每股1.95港元收购，并以1.5亿英镑入股。",
        [
            ("1.95港元", 1.95, None, "HKD", None),
            ("1.5亿英镑", 150000000, None, "GBP", None),
        ],
    ),
    ("日本企业计划投资1万亿日元。", [("1万亿日元", 1000000000000, None, "JPY", None)]),
    ("总投资１２３４．５億元，簽約項目１２個。", [("１２３４．５億元", 123450000000, None, "CNY", None)]),
    ("由美方投资5000万美金设立研发中心。", [("5000万美金", 50000000, None, "USD", None)]),
    ("这笔订单价值30万新加坡元。", [("30万新加坡元", 300000, None, "SGD", None)]),
]

MODIFIERS = [
    ("聊城欧佩德公司已接到3亿多元的订单。", [("3亿多元", 300000000, None, "CNY", "over")]),
    ("每年可增加村集体收入30余万元。", [("30余万元", 300000, None, "CNY", "over")]),
    ("人均月收入增加1000余元。", [("1000余元", 1000, None, "CNY", "over")]),
    ("吸引社会资本30余亿元参与建设。", [("30余亿元", 3000000000, None, "CNY", "over")]),
    ("全年税收超过6000万元。", [("超过6000万元", 60000000, None, "CNY", "over")]),
    ("合肥蔚来中国总部项目总投资超百亿元。", [("超百亿元", 10000000000, None, "CNY", "over")]),
    ("缺少过百亿元的引领性大项目。", [("过百亿元", 10000000000, None, "CNY", "over")]),
    (
        "谋划储备了一批总投资过50亿元、过100亿元的大项目。",
        [
            ("过50亿元", 5000000000, None, "CNY", "over"),
            ("过100亿元", 10000000000, None, "CNY", "over"),
        ],
    ),
    ("企业市值突破500亿元。", [("突破500亿元", 50000000000, None, "CNY", "over")]),
    ("奥地利企业追加投资近2亿欧元。", [("近2亿欧元", 200000000, None, "EUR", "under")]),
    ("项目总投资约5.2亿元。", [("约5.2亿元", 520000000, None, "CNY", "approx")]),
    ("单个项目投资不超过3亿元。", [("不超过3亿元", 300000000, None, "CNY", "under")]),
    ("对投资1亿元以上项目给予奖励。", [("1亿元以上", 100000000, None, "CNY", "over")]),
    ("补助资金控制在5000万元以内。", [("5000万元以内", 50000000, None, "CNY", "under")]),
    ("预计年产值10亿元左右。", [("10亿元左右", 1000000000, None, "CNY", "approx")]),
    (
        "投资6亿元人民币（约合9000万美元）。",
        [
            ("6亿元人民币", 600000000, None, "CNY", None),
            ("约合9000万美元", 90000000, None, "USD", "approx"),
        ],
    ),
    # A round number with a bound keeps it: 近百亿 is "nearly 10 billion" (contract §6).
    ("近百亿元的项目正在洽谈。", [("近百亿元", 10000000000, None, "CNY", "under")]),
    ("投资十几亿元。", [("十几亿元", 1000000000, None, "CNY", "over")]),
]

# Amounts whose digits are not stated carry no amount, so they are not money mentions (contract §6).
VAGUE = [
    ("共吸引投资数十亿元。", []),
    ("带动上亿元的产业链配套。", []),
    ("投资上百亿的项目落户。", []),
    ("总投资几十亿美元。", []),
    ("共吸引投資數十億元。", []),
    ("投资几千万元建设。", []),
]

THRESHOLDS = [
    ("签约过亿元项目15个。", [("过亿元", 100000000, None, "CNY", "over")]),
    (
        "积极打造亿元、5000万元楼宇。",
        [
            ("亿元", 100000000, None, "CNY", "over"),
            ("5000万元", 50000000, None, "CNY", None),
        ],
    ),
    ("年内营收过亿元楼宇达到12座。", [("过亿元", 100000000, None, "CNY", "over")]),
    ("培育千万元级企业20家。", [("千万元级", 10000000, None, "CNY", "over")]),
    ("全市过百亿大项目有9个。", [("过百亿", 10000000000, None, "CNY", "over")]),
    ("单位：亿元", []),
    ("各县区指标（亿元）", []),
]

RANGES = [
    ("争取引进2-3亿元的配套项目。", [("2-3亿元", 200000000, 300000000, "CNY", None)]),
    ("单体投资10亿至20亿元。", [("10亿至20亿元", 1000000000, 2000000000, "CNY", None)]),
    ("总投资10亿—20亿元。", [("10亿—20亿元", 1000000000, 2000000000, "CNY", None)]),
    ("投资额在5000万元至1亿元之间。", [("5000万元至1亿元", 50000000, 100000000, "CNY", None)]),
    ("每个项目奖励20-30万元。", [("20-30万元", 200000, 300000, "CNY", None)]),
]

WITHOUT_CURRENCY_WORD = [
    ("总投资121.5亿，建设周期3年。", [("121.5亿", 12150000000, None, "CNY", None)]),
    ("年内到位资金30亿以上。", [("30亿以上", 3000000000, None, "CNY", "over")]),
    ("计划投资100亿建设新能源基地。", [("100亿", 10000000000, None, "CNY", None)]),
    ("一次性注资100个亿。", [("100个亿", 10000000000, None, "CNY", None)]),
    ("广饶县投资几百亿实施乙烯项目。", []),
    (
        "合同外资1.2亿美元，其中到账5000万。",
        [
            ("1.2亿美元", 120000000, None, "USD", None),
            ("5000万", 50000000, None, "USD", None),
        ],
    ),
    (
        "总投资39.5亿元，其中一期15亿。",
        [
            ("39.5亿元", 3950000000, None, "CNY", None),
            ("15亿", 1500000000, None, "CNY", None),
        ],
    ),
    ("融资规模达50亿，吸引社会资本跟投。", [("50亿", 5000000000, None, "CNY", None)]),
    # (session 38) 投 alone right before the amount, as reporters shorten 投资; not a vote (公投)
    ("四洲集团将在肇庆新区投逾2亿建物流基地。", [("逾2亿", 200000000, None, "CNY", "over")]),
    ("该公司再投5亿扩产。", [("5亿", 500000000, None, "CNY", None)]),
    ("公投1亿人参与。", []),
]

# Spoken forms: 个 before 亿, with "more than" on either side of it (3个多亿, 100多个亿, 十几个亿).
SPEECH_FORMS = [
    ("项目总投资3个多亿。", [("3个多亿", 300000000, None, "CNY", "over")]),
    ("总投资100多个亿。", [("100多个亿", 10000000000, None, "CNY", "over")]),
    ("计划投资十几个亿。", [("十几个亿", 1000000000, None, "CNY", "over")]),
    ("总投资十几亿元。", [("十几亿元", 1000000000, None, "CNY", "over")]),
    ("总投资一个多亿元。", [("一个多亿元", 100000000, None, "CNY", "over")]),
    ("总投资两个亿。", [("两个亿", 200000000, None, "CNY", None)]),
    ("总投资五六个亿。", [("五六个亿", 500000000, 600000000, "CNY", None)]),
    ("投资约50个亿左右。", [("约50个亿左右", 5000000000, None, "CNY", "approx")]),
    ("總投資100個億元。", [("100個億元", 10000000000, None, "CNY", None)]),
    ("菊花文化节揽金128.5亿。", [("128.5亿", 12850000000, None, "CNY", None)]),
]

CURRENCY_FIRST = [
    ("注册资本人民币5亿元。", [("人民币5亿元", 500000000, None, "CNY", None)]),
    ("台積電宣布在高雄投資新台幣3000億元。", [("新台幣3000億元", 300000000000, None, "TWD", None)]),
    ("鴻海去年營收達新台幣6.6兆元。", [("新台幣6.6兆元", 6600000000000, None, "TWD", None)]),
    ("融资US$20 million，另有￥300元押金。", [("US$20", 20, None, "USD", None), ("￥300元", 300, None, "CNY", None)]),
    ("港币100亿元的基建计划。", [("港币100亿元", 10000000000, None, "HKD", None)]),
    ("注册资本人民币5亿元以上。", [("人民币5亿元以上", 500000000, None, "CNY", "over")]),
]

LOCAL_YUAN = [
    ("港府宣布撥款100億元，支持香港創科發展。", [("100億元", 10000000000, None, "HKD", None)]),
    ("台北市政府編列預算50億元，推動台灣數位轉型。", [("50億元", 5000000000, None, "TWD", None)]),
    ("澳門特區政府投入3億元推動澳門經濟適度多元。", [("3億元", 300000000, None, "MOP", None)]),
    ("台湾企业在昆山投资10亿元。", [("10亿元", 1000000000, None, "CNY", None)]),
    # the island's other counties and its legislators say Taiwan as its capital does
    ("東豐公司在嘉義中埔鄉投資14億元興建新廠。", [("14億元", 1400000000, None, "TWD", None)]),
    ("彰化縣政府編列預算8億元整建漁港。", [("8億元", 800000000, None, "TWD", None)]),
    ("花蓮縣長表示，觀光產業將投入3億元。", [("3億元", 300000000, None, "TWD", None)]),
    ("立委爭取中央補助2億元興建屏東運動中心。", [("2億元", 200000000, None, "TWD", None)]),
    ("宜蘭科學園區引進投資20億元。", [("20億元", 2000000000, None, "TWD", None)]),
    ("南投縣府宣布投資1.5億元改善道路。", [("1.5億元", 150000000, None, "TWD", None)]),
    # a Hong Kong outlet reporting a mainland signing: the mainland's government words outweigh its name
    (
        "【香港商報網訊】哈爾濱市舉行招商引資項目簽約儀式,經開區管委會主任出席,總投資150億元。",
        [("150億元", 15000000000, None, "CNY", None)],
    ),
    # a Hong Kong paper on a mainland city's statistics: 到位資金 is the mainland's word
    (
        "香港文匯報訊 今年一季度,天津共引進國內招商項目1598個,到位資金673.78億元,同比增長26.54%。",
        [("673.78億元", 67378000000, None, "CNY", None)],
    ),
    # a Hong Kong outlet's name is where the page was published, not where its money is
    (
        "來源:香港商報網\n【香港商報網訊】上半年,江西省外貿進出口1695.9億元,同比增長31.9%。",
        [("1695.9億元", 169590000000, None, "CNY", None)],
    ),
    ("香港文匯報訊 今年前三季度,上海實到外資近130億元。", [("近130億元", 13000000000, None, "CNY", "under")]),
    ("台灣時報報導,台北市政府編列預算50億元。", [("50億元", 5000000000, None, "TWD", None)]),
    # a mainland dateline on a page mirrored in traditional characters: 香港 inside a firm's name is no local signal
    (
        "央廣網天津2月22日消息(記者賈立梁)簽約企業包括香港安必信等,協議投資額231.8億元。",
        [("231.8億元", 23180000000, None, "CNY", None)],
    ),
    ("新華社南京3月1日電 香港某集團在南京投資50億元。", [("50億元", 5000000000, None, "CNY", None)]),
    # Hong Kong, Taiwan and Macau datelines are no mainland signal
    ("新華社香港3月1日電 香港特區政府宣布撥款100億元。", [("100億元", 10000000000, None, "HKD", None)]),
    ("中央社台北3月1日電 台北市政府編列預算50億元。", [("50億元", 5000000000, None, "TWD", None)]),
    ("新華社澳門3月1日電 澳門特區政府投入3億元。", [("3億元", 300000000, None, "MOP", None)]),
    # 中國香港 among a mainland fair's sources is the mainland's naming, not a Hong Kong text
    (
        "東博會簽約總投資2638.7億元,投資來源地包括中國香港、馬來西亞,崇左市人民政府簽約820億元。",
        [("2638.7億元", 263870000000, None, "CNY", None), ("820億元", 82000000000, None, "CNY", None)],
    ),
]

PRICES_AND_SUBUNITS = [
    ("土地出让价格每亩20万元。", [("20万元", 200000, None, "CNY", None)]),
    (
        "工业用电价格0.6元/千瓦时，厂房租金15元/平方米。",
        [
            ("0.6元/千瓦时", 0.6, None, "CNY", None),
            ("15元/平方米", 15, None, "CNY", None),
        ],
    ),
    (
        "门票五元三毛，找零50元6角三分。",
        [
            ("五元三毛", 5.3, None, "CNY", None),
            ("50元6角三分", 50.63, None, "CNY", None),
        ],
    ),
    ("一元钱也不能浪费。", [("一元钱", 1, None, "CNY", None)]),
]

NOT_MONEY = [
    ("举行签约仪式，约谈企业负责人。", []),
    ("全国人口1.4亿，接待游客3亿人次。", []),
    ("年产100万吨乙烯，建筑面积超过140万平方米。", []),
    ("二期三元催化衬垫项目中试生产线投产，推动多元化发展。", []),
    ("万元GDP能耗下降3%。", []),
    ("一元复始，万象更新；二元结构逐步破除。", []),
    ("江苏彩民中大乐透1600万，奖池36.57亿。", []),
    ("2023年元旦前，订单号A202107211321363588510367可用。", []),
    ("开发区第3届投资洽谈会。", []),
]

SIGNING_IS_NOT_APPROX = [
    ("现场签约10亿元项目。", [("10亿元", 1000000000, None, "CNY", None)]),
    ("累计节约资金3亿元。", [("3亿元", 300000000, None, "CNY", None)]),
    ("新签约亿元以上项目。", [("亿元以上", 100000000, None, "CNY", "over")]),
    ("违约金50万元。", [("50万元", 500000, None, "CNY", None)]),
    ("制约5000万元资金到位。", [("5000万元", 50000000, None, "CNY", None)]),
    ("投资约10亿元。", [("约10亿元", 1000000000, None, "CNY", "approx")]),
]

# A 分别 list of bare numbers whose last one carries the scale and currency: one amount each.
SHARED_UNIT_LISTS = [
    (
        "这三个行业分别利用外资11.48、3.11、1.44亿美元。",
        [
            ("11.48", 1148000000, None, "USD", None),
            ("3.11", 311000000, None, "USD", None),
            ("1.44亿美元", 144000000, None, "USD", None),
        ],
    ),
    (
        "甲乙两县分别完成投资12.5和8亿元。",
        [("12.5", 1250000000, None, "CNY", None), ("8亿元", 800000000, None, "CNY", None)],
    ),
    (
        "城乡居民人均可支配收入分别达到33679、12455元。",
        [("33679", 33679, None, "CNY", None), ("12455元", 12455, None, "CNY", None)],
    ),
    (
        "兩地分別吸引投資5.6及3億港元。",
        [("5.6", 560000000, None, "HKD", None), ("3億港元", 300000000, None, "HKD", None)],
    ),
    (
        "两家企业分别投资2500、800万元建设厂房。",
        [("2500", 25000000, None, "CNY", None), ("800万元", 8000000, None, "CNY", None)],
    ),
    # a comma may be a thousands separator: the list is left alone
    ("分别投资1,200、300万元。", [("300万元", 3000000, None, "CNY", None)]),
    # without 分别 a bare number before an amount is something else (an item number, a year)
    ("项目编号12、3亿元。", [("3亿元", 300000000, None, "CNY", None)]),
    ("2021、2022年分别引资3亿元。", [("3亿元", 300000000, None, "CNY", None)]),
    # a range's scale is not one number's
    ("分别为2、3-5亿元。", [("3-5亿元", 300000000, 500000000, "CNY", None)]),
]

CASES = (
    AMOUNTS
    + SHARED_UNIT_LISTS
    + MODIFIERS
    + THRESHOLDS
    + RANGES
    + WITHOUT_CURRENCY_WORD
    + SPEECH_FORMS
    + CURRENCY_FIRST
    + LOCAL_YUAN
    + PRICES_AND_SUBUNITS
    + NOT_MONEY
    + VAGUE
    + SIGNING_IS_NOT_APPROX
)


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_money_mentions(sentence: str, expected: list[Money]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("一次性注资100个亿，带动就业2000人。", [("money", "100个亿"), ("count", "2000人")]),
        ("签约项目5个，总投资3个多亿。", [("count", "5个"), ("money", "3个多亿")]),
        ("这个项目投资十几个亿。", [("money", "十几个亿")]),
        # 个 before a class of projects by their size counts the projects: 16个|亿元以上项目, 5个|亿元项目
        ("新签约16个亿元以上项目。", [("count", "16个"), ("money", "亿元以上")]),
        ("全市40個億元以上重點項目集中開工。", [("count", "40個"), ("money", "億元以上")]),
        ("引进3个亿元级产业项目。", [("count", "3个"), ("money", "亿元级")]),
        ("5个亿元项目竣工投产。", [("count", "5个"), ("money", "亿元")]),
        ("今年将完成投资100个亿元以上。", [("money", "100个亿元以上")]),
        ("投资5个亿元建设项目。", [("money", "5个亿元")]),
    ],
)
def test_money_runs_before_count_in_the_pipeline(sentence: str, expected: list[tuple[str, str]]) -> None:
    report = extract(sentence)
    assert [(m.type, m.text) for m in report.mentions if m.type in ("money", "count")] == expected


def test_offsets_point_into_the_original_text() -> None:
    text = "總投資１２３４．５億元，其中外資８０００萬美元。"
    report = extract(text)
    mentions = [m for m in report.mentions if m.type == "money"]
    assert [(m.text, m.value.amount) for m in mentions] == [
        ("１２３４．５億元", 123450000000),
        ("８０００萬美元", 80000000),
    ]
    for m in mentions:
        assert text[m.start : m.end] == m.text
