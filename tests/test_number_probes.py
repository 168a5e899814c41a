"""Money, date and count mentions of sentences written the way reports across the mainland, Hong Kong, Macau and
Taiwan write them (probes of our own, not corpus text): sentence -> the mention's text and value."""

from __future__ import annotations

import pytest

from dsz_extract import extract

REFERENCE = "2024-06-15"

# (sentence, mention text, amount, amount_max, currency, modifier)
MONEY = [
    # a round word that closes its clause is a figure; one before what it classes is a threshold
    ("全市共有28个项目集中开工，总投资百亿元。", "百亿元", 10000000000, None, "CNY", None),
    ("高层次人才团队资助额最高达亿元。", "亿元", 100000000, None, "CNY", None),
    ("今年将新开工亿元以上项目50个。", "亿元以上", 100000000, None, "CNY", "over"),
    ("全市实际使用外资首破千亿元大关。", "千亿元", 100000000000, None, "CNY", "over"),
    # modifier words
    ("该市地区生产总值冲破两万亿元大关。", "冲破两万亿元", 2000000000000, None, "CNY", "over"),
    ("项目总投资约为35亿元，规划面积约2000亩。", "约为35亿元", 3500000000, None, "CNY", "approx"),
    ("完成投资1500亿元（人民币，下同）以上。", "1500亿元", 150000000000, None, "CNY", "over"),
    # spoken 个亿 forms are money without a money word
    ("他说，这个厂子前后投了3个多亿。", "3个多亿", 300000000, None, "CNY", "over"),
    ("企业计划再投五六个亿扩建厂房。", "五六个亿", 500000000, 600000000, "CNY", None),
    ("这个项目我们投了十几个亿。", "十几个亿", 1000000000, None, "CNY", "over"),
    # a money noun after a bare amount (headlines, speech)
    ("前七月，超600亿省外资金涌入合肥。", "超600亿", 60000000000, None, "CNY", "over"),
    ("拿出100亿的人才基金，引进一批高端人才。", "100亿", 10000000000, None, "CNY", None),
    ("学校一次性给他提供了20万安家费。", "20万", 200000, None, "CNY", None),
    ("芜湖等7市引资超过200亿。", "超过200亿", 20000000000, None, "CNY", "over"),
    ("今年新引进过亿项目12个。", "过亿", 100000000, None, "CNY", "over"),
    # a figure whose line broke before its unit
    ("截至目前，已完成投资6.1\n\n  亿元。", "6.1\n\n  亿元", 610000000, None, "CNY", None),
    # the currency named after 元 (Taiwan, Hong Kong)
    ("經濟部投審會表示，77家台商通過審查，累計3864億元臺幣投資台灣。", "3864億元臺幣", 386400000000, None, "TWD", None),
    (
        "經濟部投審會表示，廣東前9月實際使用外資781.3億元人幣，台灣廠商占比提高。",
        "781.3億元人幣",
        78130000000,
        None,
        "CNY",
        None,
    ),
    # Taiwan: 兆 = 10^12, the ministry's words are Taiwanese signals, a full stop as the point of Chinese digits
    ("經濟部表示，歡迎台商回台投資方案累計投資金額突破1兆元。", "突破1兆元", 1000000000000, None, "TWD", "over"),
    (
        "經濟部表示，三大投資方案累計吸引投資二．〇一兆元，台灣各地受惠。",
        "二．〇一兆元",
        2010000000000,
        None,
        "TWD",
        None,
    ),
    (
        "經濟部表示，投資台灣三大方案投資總額衝破兩兆元大關，台灣經濟受惠。",
        "衝破兩兆元",
        2000000000000,
        None,
        "TWD",
        "over",
    ),
    # Macau: 澳元 is the pataca in Macau's own text
    ("澳門特區政府表示，橫琴首批項目已在澳門落地，投資800億澳元。", "800億澳元", 80000000000, None, "MOP", None),
    ("澳大利亚企业在苏州投资1亿澳元。", "1亿澳元", 100000000, None, "AUD", None),
    ("澳門特區政府表示，今年澳門投資總額約為二百億元。", "約為二百億元", 20000000000, None, "MOP", "approx"),
    # a "下同" gloss names the currency of the bare 元 from there on
    (
        "香港特區政府表示，該公司在內地投資20億元（人民幣，下同），另在深圳投資5億元。",
        "20億元",
        2000000000,
        None,
        "CNY",
        None,
    ),
    (
        "香港特區政府表示，該公司在內地投資20億元（人民幣，下同），另在深圳投資5億元。",
        "5億元",
        500000000,
        None,
        "CNY",
        None,
    ),
    ("广东省商务厅表示，港资企业投资额50亿元（港币，下同），同比增长10%。", "50亿元", 5000000000, None, "HKD", None),
    # a Hong Kong text that marks its renminbi amounts means Hong Kong dollars by a bare 元
    (
        "投資推廣署表示，其中一家投資人民幣5億元，另一家投資人民幣3億元；另有海外企業投資20億元。香港受惠。",
        "20億元",
        2000000000,
        None,
        "HKD",
        None,
    ),
    ("特區政府表示，理財通額度為人民幣1,500億元，本港銀行貸款增加300億元。", "300億元", 30000000000, None, "HKD", None),
    # where investors come from is no local signal: a mainland body's report in traditional characters stays CNY
    (
        "本報訊 深圳市商務局表示，香港企業在深投資額達1,000億元，同比增長。",
        "1,000億元",
        100000000000,
        None,
        "CNY",
        None,
    ),
    ("香港特區政府宣佈，政府與私營機構合資的基金規模為100億元。", "100億元", 10000000000, None, "HKD", None),
    ("香港特區政府撥款約38億元推行人才計劃。", "約38億元", 3800000000, None, "HKD", "approx"),
    ("香港企業在內地投資人民幣30億元興建廠房，香港特區政府表示歡迎。", "人民幣30億元", 3000000000, None, "CNY", None),
]


@pytest.mark.parametrize(("sentence", "text", "amount", "amount_max", "currency", "modifier"), MONEY)
def test_money_probes(
    sentence: str, text: str, amount: float, amount_max: float | None, currency: str, modifier: str | None
) -> None:
    found = [m for m in extract(sentence, reference_date=REFERENCE).mentions if m.type == "money" and m.text == text]
    assert found, f"no money mention {text!r}"
    v = found[0].value
    assert (v.amount, v.amount_max, v.currency, v.modifier) == (amount, amount_max, currency, modifier)


# (reference date, sentence, mention text, TIMEX value, mod)
DATES = [
    (REFERENCE, "今年来，全县招商引资取得新突破。", "今年来", "2024", "AFTER"),
    (REFERENCE, "今年來，共有全球33個國家和地區的企業到訪。", "今年來", "2024", "AFTER"),
    (REFERENCE, "今年来自全国的客商达到5000人次。", "今年", "2024", None),
    (REFERENCE, "从2022年开始，省里每年招收博士后1000名。", "2022年", "2022", "AFTER"),
    (REFERENCE, "从去年开始，县里推行双招双引。", "去年", "2023", "AFTER"),
    (REFERENCE, "今年起，宁波将每年谷雨设为人才日。", "今年", "2024", "AFTER"),
    (REFERENCE, "自2024年5月起，全市推行新政。", "2024年5月", "2024-05", "AFTER"),
    (REFERENCE, "4月24日起，新规施行。", "4月24日", "2024-04-24", None),
    (REFERENCE, "今年开始建设的项目20个。", "今年", "2024", None),
    (REFERENCE, "農曆新年前，香港舉辦招商活動。", "農曆新年前", "2024-02-10", "BEFORE"),
    (REFERENCE, "市长12日率团赴港招商。", "12日", "2024-06-12", None),
    (REFERENCE, "澳門特區政府經濟局5日公佈，澳門首季外來投資增加。", "5日", "2024-06-05", None),
    (REFERENCE, "（记者 王磊）12日，全市重大项目集中开工。", "12日", "2024-06-12", None),
    (REFERENCE, "7月10日，洽谈会开幕。12日至13日，各市在深圳举行签约。", "12日至13日", "2024-07-12/2024-07-13", None),
    (REFERENCE, "招商投資促進局2024上半年完成跟進項目。", "2024上半年", "2024-H1", None),
    (REFERENCE, "2023第四季，香港經濟增長。", "2023第四季", "2023-Q4", None),
    (REFERENCE, "經濟部表示，台灣113年1至5月核准僑外投資金額增加。", "113年1至5月", "2024-01/2024-05", None),
    (REFERENCE, "“十二五”后3年，全市实际利用外资稳步增长。", "十二五", "2011/2015", None),
    (REFERENCE, "本月12—13日，福建省民营企业产业项目洽谈会在深圳举行。", "本月12—13日", "2024-06-12/2024-06-13", None),
    (REFERENCE, "人才引进计划本月21日至11月20日期间接受申请。", "本月21日至11月20日", "2024-06-21/2024-11-20", None),
    ("2024-01-05", "12月27日，记者从市商务局获悉。", "12月27日", "2023-12-27", None),
    ("2024-01-03", "香港12月30日电 香港入境事务处工作人员接受采访。", "12月30日", "2023-12-30", None),
    ("2024-01-20", "1月5日，泉州市召开招商大会。", "1月5日", "2024-01-05", None),
    ("2024-06-15", "12月27日，全市将举办招商大会。", "12月27日", "2024-12-27", None),
    (None, "3月24日上午，城区工业园举行开工仪式。据了解，今天开工的四个项目总投资15亿元。", "今天", "XXXX-03-24", None),
    (None, "贵南高铁项目开工\n今天（12月26日），新建柳州至广州铁路开工。", "今天", "XXXX-12-26", None),
]


@pytest.mark.parametrize(("reference", "sentence", "text", "timex", "mod"), DATES)
def test_date_probes(reference: str | None, sentence: str, text: str, timex: str, mod: str | None) -> None:
    found = [
        m for m in extract(sentence, reference_date=reference).mentions if m.type == "date" and m.text.startswith(text)
    ]
    assert found, f"no date mention {text!r}"
    assert (found[0].value.timex, found[0].value.mod) == (timex, mod)


# (sentence, mention text, value, value_max, unit); None: no count there
COUNTS = [
    ("后续还有4、50家企业在排队。", "4、50家", 40, 50, "家"),
    ("已有三、四十家企业表达投资意向。", "三、四十家", 30, 40, "家"),
    ("引进7、80名博士。", "7、80名", 70, 80, "名"),
    ("引进4批、20名人才。", "4批", 4, None, "批"),
    ("主要有以下三个方面的考虑。", "三个", None, None, None),
    ("国内招商引资主要呈现以下5个特点。", "5个", None, None, None),
    ("内资、外资两项指标均大幅增长。", "两项", None, None, None),
    ("市级四个班子在家领导参加签约仪式。", "四个", None, None, None),
    ("县四大班子领导出席开工仪式。", "四大", None, None, None),
    ("今年以来共签约项目120个，总投资300亿元。", "120个", 120, None, "个"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "value_max", "unit"), COUNTS)
def test_count_probes(sentence: str, text: str, value: int | None, value_max: int | None, unit: str | None) -> None:
    found = [m for m in extract(sentence, reference_date=REFERENCE).mentions if m.type == "count" and m.text == text]
    if value is None:
        assert not found
        return
    assert found, f"no count mention {text!r}"
    v = found[0].value
    assert (v.value, v.value_max, v.unit) == (value, value_max, unit)
