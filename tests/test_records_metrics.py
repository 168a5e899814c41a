"""Metric records read from sentences whose mentions are given by hand, plus the seeds' gold mentions.

Sentences are written in the style of investment-promotion and statistics reports from other
provinces, cities and years (some in traditional characters). Mentions are marked inline so the
tests do not depend on the mention passes:

    [28.6亿美元|money:2860000000 USD]   [12.3%|percent:12.3]   [21个|count:21 个]
    [2023年1-9月|date:2023-01/2023-09]  [全市|place:成都市,city,anaphor]   [华为|org:华为,company]
    [比亚迪新能源汽车项目|project:]  (an empty spec after the type means: the surface is the name)

`doc_from_markup` is imported by the deal and talent tests too.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import regex

from dsz_extract import models
from dsz_extract.doc import Doc
from dsz_extract.records import assemble

ROOT = Path(__file__).resolve().parents[1]
_MARK = regex.compile(r"\[([^\[\]|]+)\|(\w+):([^\]]*)\]")
_MODIFIERS = ("over", "under", "approx")


def doc_from_markup(markup: str, *, reference_date: str | None = "2023-10-20", subject: str | None = None) -> Doc:
    """A Doc whose text is `markup` without the marks and whose mentions are the marked spans."""
    parts: list[str] = []
    marks: list[tuple[int, int, str, str, str]] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(markup):
        plain = markup[pos : m.start()]
        parts.append(plain)
        length += len(plain)
        surface, kind, spec = m.group(1), m.group(2), m.group(3).strip()
        marks.append((length, length + len(surface), surface, kind, spec))
        parts.append(surface)
        length += len(surface)
        pos = m.end()
    parts.append(markup[pos:])
    text = "".join(parts)
    doc = Doc(text, reference_date=dt.date.fromisoformat(reference_date) if reference_date else None)
    doc.mentions = [
        doc.make(kind, start, end, _value(kind, spec, surface)) for start, end, surface, kind, spec in marks
    ]
    if subject:
        name, _, level = subject.partition(",")
        doc.info["subject_place"] = models.PlaceValue(name=name, level=level or "city")
    return doc


def _value(kind: str, spec: str, surface: str) -> Any:
    words = spec.split()
    modifier = next((w for w in words if w in _MODIFIERS), None)
    maximum = next((float(w[4:]) for w in words if w.startswith("max=")), None)
    if kind == "money":
        return models.MoneyValue(amount=_num(words[0]), amount_max=maximum, currency=words[1], modifier=modifier)
    if kind == "percent":
        unit = next((w for w in words[1:] if w in ("percent", "percentage_point", "times")), "percent")
        return models.PercentValue(value=_num(words[0]), value_max=maximum, unit=unit, modifier=modifier)
    if kind == "count":
        return models.CountValue(value=_num(words[0]), value_max=maximum, unit=words[1], modifier=modifier)
    if kind == "date":
        return models.DateValue(timex=words[0], mod=words[1] if len(words) > 1 else None)
    fields = [f.strip() for f in spec.split(",")] if spec else [surface]
    if kind == "place":
        level = fields[1] if len(fields) > 1 and fields[1] else "city"
        return models.PlaceValue(name=fields[0], level=level, anaphor="anaphor" in fields)
    if kind == "org":
        return models.OrgValue(name=fields[0], kind=fields[1] if len(fields) > 1 else "company")
    if kind == "person":
        return models.PersonValue(name=fields[0])
    return {"project": models.ProjectValue, "event": models.EventValue}[kind](name=fields[0])


def _num(text: str) -> int | float:
    number = float(text)
    return int(number) if number.is_integer() else number


def number_of(value: Any) -> Any:
    """The number a money, count or percent value holds (None stays None)."""
    if value is None:
        return None
    return value.amount if isinstance(value, models.MoneyValue) else value.value


def check(record: Any, expected: dict[str, Any]) -> None:
    """Compare the listed fields; value, yoy, share, target_completion and count by their number."""
    for field, want in expected.items():
        got = getattr(record, field)
        if field in ("value", "yoy", "share", "target_completion", "count"):
            got = number_of(got)
        assert got == want, f"{field}: {got!r} != {want!r} in {record.evidence.text!r}"


def metrics_of(markup: str, **kwargs: Any) -> list[models.Metric]:
    _, metrics, _ = assemble(doc_from_markup(markup, **kwargs))
    return metrics


# --- one figure, its place, period and comparisons ---------------------------------------------------

SINGLE = [
    (
        "[2023年1-9月|date:2023-01/2023-09]，[成都市|place:]实际到位外资[28.6亿美元|money:2860000000 USD]，"
        "同比增长[12.3%|percent:12.3]。",
        {"indicator": "实际到位外资", "place": "成都市", "period": "2023-01/2023-09", "value": 2860000000,
         "value_type": "money", "yoy": 12.3, "kind": "actual"},
    ),
    (
        "[上半年|date:2023-H1]，[全区|place:江宁区,county,anaphor]实际使用外资[3.2亿美元|money:320000000 USD]，"
        "同比下降[5.6%|percent:5.6]。",
        {"indicator": "实际使用外资", "place": "江宁区", "period": "2023-H1", "value": 320000000, "yoy": -5.6},
    ),
    (
        "[1-8月份|date:2023-01/2023-08]，[全县|place:南安市,county,anaphor]一般公共预算收入累计完成"
        "[38.26亿元|money:3826000000 CNY]，比上年同期增长[9.1%|percent:9.1]。",
        {"indicator": "一般公共预算收入", "place": "南安市", "value": 3826000000, "yoy": 9.1},
    ),
    (
        # 同期增长 is a growth over the same period last year, as 同比增长 is
        "[1-10月|date:2023-01/2023-10]，[全市|place:陇南市,city,anaphor]到位资金[7.13亿元|money:713000000 CNY]，"
        "同期增长[39%|percent:39]。",
        {"indicator": "到位资金", "place": "陇南市", "value": 713000000, "yoy": 39},
    ),
    (
        "[今年以来|date:2023]，[全市|place:赣州市,city,anaphor]新签约亿元以上项目[318个|count:318 个]。",
        {"indicator": "新签约亿元以上项目", "place": "赣州市", "period": "2023", "value": 318, "value_type": "count"},
    ),
    (
        "[前三季度|date:2023-01/2023-09]，[全市|place:温州市,city,anaphor]外贸进出口总额完成"
        "[1860亿元|money:186000000000 CNY]，占[全省|place:浙江省,province,anaphor]的[5.9%|percent:5.9]。",
        {"indicator": "外贸进出口总额", "place": "温州市", "value": 186000000000, "share": 5.9, "yoy": None},
    ),
    (
        "[截至9月底|date:2023-09],[全县|place:沭阳县,county,anaphor]累计引进省外资金[85.3亿元|money:8530000000 CNY]，"
        "完成年度目标任务的[106.5%|percent:106.5]。",
        {"indicator": "省外资金", "place": "沭阳县", "period": "2023-09", "target_completion": 106.5},
    ),
    (
        "[上半年|date:2023-H1]，[全区|place:黄埔区,county,anaphor]固定资产投资同比增长[15.2%|percent:15.2]。",
        {"indicator": "固定资产投资", "value_type": "percent", "value": 15.2, "yoy": None, "place": "黄埔区"},
    ),
    (
        "[1-5月|date:2023-01/2023-05]，[全市|place:鄂尔多斯市,city,anaphor]实际使用外资增长[1.5倍|percent:1.5 times]。",
        {"indicator": "实际使用外资", "value_type": "percent", "value": 150, "yoy": None},
    ),
    (
        "[2022年|date:2022]，[全省|place:安徽省,province,anaphor]利用省外资金"
        "[1.36万亿元|money:1360000000000 CNY]，增长[8.2%|percent:8.2]。",
        {"indicator": "利用省外资金", "place": "安徽省", "period": "2022", "value": 1360000000000, "yoy": 8.2},
    ),
    (
        "[今年|date:2023][一季度|date:2023-Q1]，[高新区|place:襄阳高新区,zone,anaphor]好评率达[99.8%|percent:99.8]。",
        {"indicator": "好评率", "value_type": "percent", "value": 99.8, "period": "2023-Q1"},
    ),
    (
        # Traditional characters: matched on the simplified view, indicator cut from the original.
        "[2023年上半年|date:2023-H1]，[高雄市|place:]招商引資簽約金額達[新臺幣350億元|money:35000000000 TWD]，"
        "較去年同期成長[12%|percent:12]。",
        {"indicator": "招商引資簽約金額", "place": "高雄市", "value": 35000000000, "yoy": 12},
    ),
    (
        # Hong Kong usage: 按年 is year on year; the count comes before what it counts
        "[2023年|date:2023]，[投資推廣署|org:投资推广署,government]共協助[382家|count:382 家]外地企業在[香港|place:香港特别行政区]"
        "開設業務，按年增長[18%|percent:18]。",
        {"indicator": "外地企業", "value": 382, "yoy": 18, "period": "2023"},
    ),
    (
        "[全市|place:宁波市,city,anaphor]城镇化率达[78.2%|percent:78.2]，提高[1.3个百分点|percent:1.3 percentage_point]。",
        {"indicator": "城镇化率", "value": 78.2, "yoy": 1.3},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), SINGLE, ids=[str(i) for i in range(len(SINGLE))])
def test_one_metric(markup: str, expected: dict[str, Any]) -> None:
    metrics = metrics_of(markup)
    assert len(metrics) == 1, [m.indicator for m in metrics]
    check(metrics[0], expected)


# --- several figures: lists, "分别", kinds and topics carried across sentences -------------------------

SEVERAL = [
    (
        # places ranked by a figure, then 分别 with their values: the name before the ranking
        "[前5月|date:2012-01/2012-05]到位金额名列前茅的是[太原市|place:]、[朔州市|place:]和[长治市|place:]，分别为"
        "[211.2亿元|money:21120000000 CNY]、[176.4亿元|money:17640000000 CNY]、[165.3亿元|money:16530000000 CNY]。",
        [{"indicator": "到位金额", "place": "太原市", "value": 21120000000},
         {"indicator": "到位金额", "place": "朔州市", "value": 17640000000},
         {"indicator": "到位金额", "place": "长治市", "value": 16530000000}],
    ),
    (
        # 累计 in a sentence that says it tells of the event sums its projects: the event's day, no stock ...
        "[9月21日|date:2019-09-21]，[江阴市|place:]举行经贸洽谈会集中签约仪式。这次活动，镇街板块累计签约项目[28个|count:28 个]。",
        [{"indicator": "签约项目", "period": "2019-09-21"}],
    ),
    (
        # ... but one counted from earlier is a stock
        "[2月28日|date:2023-02-28]，[新星市|place:新星市,county]举行项目集中签约仪式。此次，自活动开展以来，"
        "[该市|place:新星市,county,anaphor]累计签约项目[79个|count:79 个]。",
        [{"indicator": "签约项目", "period": None}],
    ),
    (
        # 目前 still speaks of a period of this year that runs to about now (1—10月 in a report of late October) ...
        "[1—10月|date:2023-01/2023-10]，[全县|place:江华县,county,anaphor]共签约项目[23个|count:23 个]。"
        "目前，已投产项目[7个|count:7 个]。",
        [{"indicator": "签约项目", "period": "2023-01/2023-10"}, {"indicator": "投产项目", "period": "2023-01/2023-10"}],
    ),
    (
        # ... not of one that ended months ago
        "[上半年|date:2023-H1]，[全省|place:云南省,province,anaphor]签约项目[360个|count:360 个]。"
        "截至目前，入园项目[68个|count:68 个]。",
        [{"indicator": "签约项目", "period": "2023-H1"}, {"indicator": "入园项目", "period": None}],
    ),
    (
        # a year 以来 runs to the reference year: the figures since are the span's
        "[2011年以来|date:2011 AFTER]，[全市|place:铜仁市,city,anaphor]共投入资金[1.7亿元|money:170000000 CNY]。",
        [{"indicator": "投入资金", "period": "2011/2023", "value": 170000000}],
    ),
    (
        # the reporter's source and the day of the report come before the news: its month is the period
        "本报讯 （记者 [刘佳|person:刘佳]）[2月22日|date:2021-02-22]，记者从省商务厅获悉，[今年1月|date:2021-01]，"
        "[全省|place:江西省,province,anaphor]招商引资实现开门红。其中，实际利用外资[11.1亿美元|money:1110000000 USD]。",
        [{"indicator": "实际利用外资", "period": "2021-01", "place": "江西省", "value": 1110000000}],
    ),
    (
        # a term's review: a change runs from the year before the span to its last year, a level reached is the
        # last year's, a sum over the span is the span's
        "[过去五年|date:2017/2021]，[全区|place:永川区,county,anaphor]规上工业总产值从[742亿元|money:74200000000 CNY]"
        "增加到[1550.2亿元|money:155020000000 CNY]，一般公共预算收入达到[43.8亿元|money:4380000000 CNY]。"
        "五年累计完成固定资产投资[2413.8亿元|money:241380000000 CNY]。",
        [
            {"indicator": "规上工业总产值", "period": "2016", "value": 74200000000},
            {"indicator": "规上工业总产值", "period": "2021", "value": 155020000000},
            {"indicator": "一般公共预算收入", "period": "2021", "value": 4380000000},
            {"indicator": "固定资产投资", "period": "2017/2021", "value": 241380000000},
        ],
    ),
    (
        # the figures of an event take its day, but the year's plan of its projects is the year's
        "[4月19日|date:2022-04-19]，[福州市|place:]举行重大项目集中开工仪式，开工项目[153个|count:153 个]，"
        "总投资[1323亿元|money:132300000000 CNY]，年计划投资[370亿元|money:37000000000 CNY]。",
        [
            {"indicator": "开工项目", "period": "2022-04-19", "value": 153},
            {"indicator": "总投资", "period": "2022-04-19", "value": 132300000000},
            {"indicator": "年计划投资", "period": "2022", "value": 37000000000},
        ],
    ),
    (
        # ... and a year stated in a later sentence of the event stays
        "[2月28日|date:2023-02-28]，[阿拉尔市|place:]举行项目集中签约仪式，签约项目[79个|count:79 个]。"
        "此次签约项目预计[2023年|date:2023]完成投资[85亿元|money:8500000000 CNY]。",
        [
            {"indicator": "签约项目", "period": "2023-02-28", "value": 79},
            {"indicator": "完成投资", "period": "2023", "value": 8500000000},
        ],
    ),
    (
        "[前三季度|date:2023-01/2023-09]，[全省|place:江西省,province,anaphor]新签约亿元以上项目"
        "[1256个|count:1256 个]，总投资[8634.5亿元|money:863450000000 CNY]，同比分别增长[15.2%|percent:15.2]和"
        "[21.7%|percent:21.7]。",
        [
            {"indicator": "新签约亿元以上项目", "value": 1256, "yoy": 15.2, "place": "江西省"},
            {"indicator": "总投资", "value": 863450000000, "yoy": 21.7, "period": "2023-01/2023-09"},
        ],
    ),
    (
        "[1-8月|date:2023-01/2023-08]，[全市|place:洛阳市,city,anaphor]规模以上工业增加值增长[8.2%|percent:8.2]，"
        "固定资产投资增长[10.5%|percent:10.5]，社会消费品零售总额增长[7.1%|percent:7.1]。",
        [
            {"indicator": "规模以上工业增加值", "value": 8.2, "value_type": "percent"},
            {"indicator": "固定资产投资", "value": 10.5},
            {"indicator": "社会消费品零售总额", "value": 7.1, "period": "2023-01/2023-08"},
        ],
    ),
    (
        # The period and place of the first sentence carry over a semicolon.
        "[1-6月|date:2023-01/2023-06]，[全区|place:龙华区,county,anaphor]招商引资到位资金"
        "[102.4亿元|money:10240000000 CNY]，同比增长[18%|percent:18]；新落地项目[46个|count:46 个]，"
        "其中外资项目[9个|count:9 个]。",
        [
            {"indicator": "招商引资到位资金", "value": 10240000000, "yoy": 18},
            {"indicator": "新落地项目", "value": 46, "period": "2023-01/2023-06", "place": "龙华区"},
            {"indicator": "外资项目", "value": 9, "period": "2023-01/2023-06", "place": "龙华区"},
        ],
    ),
    (
        "力争[全年|date:2023]新签约亿元以上项目[50个|count:50 个]以上，到位资金突破"
        "[100亿元|money:10000000000 CNY over]。",
        [
            {"indicator": "新签约亿元以上项目", "kind": "target", "period": "2023"},
            {"indicator": "到位资金", "kind": "target", "value": 10000000000},
        ],
    ),
    (
        "[今年|date:2023]，[全县|place:曹县,county,anaphor]谋划实施重点项目[120个|count:120 个]，"
        "总投资[1500亿元|money:150000000000 CNY]，年度计划投资[300亿元|money:30000000000 CNY]。",
        [
            # (session 16) a generic head keeps its plan or work stage (real-dev IA07 实施重点项目, HZ05 谋划项目)
            {"indicator": "实施重点项目", "kind": "plan", "value": 120},
            {"indicator": "总投资", "kind": "plan"},
            {"indicator": "年度计划投资", "kind": "plan", "value": 30000000000},
        ],
    ),
    (
        # A plan word reaches the figures after it until a clause states an actual verb.
        "[今年以来|date:2023]，共谋划项目[35个|count:35 个]，新签约项目[19个|count:19 个]，"
        "计划总投资[39亿元|money:3900000000 CNY]。",
        [
            {"indicator": "谋划项目", "kind": "plan", "value": 35},
            {"indicator": "新签约项目", "kind": "actual", "value": 19},
            {"indicator": "计划总投资", "kind": "plan", "value": 3900000000},
        ],
    ),
    (
        # A goal stated by a copula (…任务是 / 目标为 / 指标为): what follows it is counted, and it is a target.
        "[今年|date:2023]全市的招商引资目标任务是签约项目[2000亿元|money:200000000000 CNY]，"
        "实际利用外资[1亿美元|money:100000000 USD]。",
        [
            {"indicator": "签约项目", "kind": "target", "value": 200000000000},
            {"indicator": "实际利用外资", "kind": "target", "value": 100000000},
        ],
    ),
    (
        "[今年|date:2023]的任务是完成固定资产投资[300亿元|money:30000000000 CNY]，全年指标为引进内资"
        "[50亿元|money:5000000000 CNY]，年度目标为新增企业[20家|count:20 家]。",
        [
            {"indicator": "固定资产投资", "kind": "target", "value": 30000000000},
            {"indicator": "内资", "kind": "target", "value": 5000000000},
            {"indicator": "新增企业", "kind": "target", "value": 20},
        ],
    ),
    (
        # "确定了…的目标任务": the target word comes after the figures.
        "[今年|date:2023]，[新郑市|place:]确定了招商引资到位资金[60亿元|money:6000000000 CNY]、"
        "签约项目[30个|count:30 个]的目标任务。",
        [
            {"indicator": "招商引资到位资金", "kind": "target", "place": "新郑市"},
            {"indicator": "签约项目", "kind": "target", "value": 30},
        ],
    ),
    (
        # The figure comes first and the noun after it is what is counted.
        "[我市|place:芜湖市,city,anaphor]梳理了[260家|count:260 家]重点招商目标企业，筛选出"
        "[80余家|count:80 家 over]世界500强企业。",
        [
            {"indicator": "重点招商目标企业", "value": 260, "kind": "actual", "place": "芜湖市"},
            {"indicator": "世界500强企业", "value": 80, "kind": "actual"},
        ],
    ),
    (
        # The period stated by one sentence carries to the next sentence of the paragraph.
        "[2022年|date:2022]，[全区|place:滨海新区,zone,anaphor]双招双引工作成效显著。新签约项目[135个|count:135 个]，"
        "到位市外资金[173.6亿元|money:17360000000 CNY]，完成年度目标[120%|percent:120]。",
        [
            {"indicator": "新签约项目", "period": "2022", "place": "滨海新区"},
            {"indicator": "到位市外资金", "period": "2022", "target_completion": 120},
        ],
    ),
    (
        # A stock ("累计达", "总数") has no period; the flow before it keeps the sentence's.
        "[上半年|date:2023-H1]，[东莞市|place:]新增专精特新企业[215家|count:215 家]，累计达[1530家|count:1530 家]；"
        "新增上市公司[6家|count:6 家]，上市公司总数达到[62家|count:62 家]。",
        [
            {"indicator": "新增专精特新企业", "period": "2023-H1", "value": 215},
            {"indicator": "新增上市公司", "period": "2023-H1", "value": 6},
            {"indicator": "上市公司总数", "period": None, "value": 62},
        ],
    ),
    (
        # "累计完成" reports a flow within the period; "至今" a stock since a start.
        "[1—10月|date:2023-01/2023-10]，[全县|place:长兴县,county,anaphor]税收收入累计完成"
        "[48.2亿元|money:4820000000 CNY]。[自2019年设立以来|date:2019]，至今已引进企业[96家|count:96 家]。",
        [
            {"indicator": "税收收入", "period": "2023-01/2023-10"},
            {"indicator": "引进企业", "period": None, "value": 96},
        ],
    ),
    (
        # The verb that made what is counted is no part of its name; a verb of new things opening the phrase
        # says which are counted and stays (新建院士工作站, as 新签约 / 新设立).
        "[前三季度|date:2023-01/2023-09]，[合肥市|place:]高校与企业共建联合研发中心[45个|count:45 个]，"
        "各区县建成人才驿站[23个|count:23 个]，新建院士工作站[8家|count:8 家]。",
        [
            {"indicator": "联合研发中心", "value": 45},
            {"indicator": "人才驿站", "value": 23},
            {"indicator": "新建院士工作站", "value": 8},
        ],
    ),
    (
        # A heading sets the period of its section; the next heading ends it.
        "各位代表：现在我代表县人民政府作报告。\n一、[2022年|date:2022]工作回顾\n全县新签约项目[35个|count:35 个]。\n到位资金[80亿元|money:8000000000 CNY]。\n"
        "二、重点任务\n新引进企业[12家|count:12 家]。",
        [
            {"indicator": "新签约项目", "period": "2022"},
            {"indicator": "到位资金", "period": "2022"},
            {"indicator": "新引进企业", "period": None},
        ],
    ),
    (
        # A review paragraph opening with a bare earlier year sets the period of the paragraphs after it.
        "[2022年|date:2022]，我们聚焦项目建设，全力以赴拼经济。\n新签约项目[35个|count:35 个]。",
        [{"indicator": "新签约项目", "period": "2022"}],
    ),
    (
        # A share after a figure qualifies it; with a subject of its own before 占 it is a statistic.
        "[全市|place:]新设外资企业[255家|count:255 家]，占全省新设外资企业总数的[62.6%|percent:62.6]；"
        "其中制造业项目投资占比超过[六成|percent:60 over]。",
        [
            {"indicator": "新设外资企业", "value": 255, "share": 62.6},
            {"indicator": "制造业项目投资占比", "value": 60, "value_type": "percent"},
        ],
    ),
    (
        # A target amount inside a completion phrase is a target; completion and growth go to the figure before.
        "[一季度|date:2023-Q1]，[全市|place:]到位资金[320亿元|money:32000000000 CNY]，完成[全年|date:2023]"
        "[1200亿元|money:120000000000 CNY]招商引资目标任务的[26.7%|percent:26.7]，同比增长[12%|percent:12]。",
        [
            {"indicator": "到位资金", "kind": "actual", "value": 32000000000, "target_completion": 26.7, "yoy": 12},
            {"indicator": "招商引资目标任务", "kind": "target", "value": 120000000000, "yoy": None},
        ],
    ),
    (
        # A level told as a change: both levels with their periods; an average yearly growth is its own statistic.
        "[全县|place:]地区生产总值从[2018年|date:2018]的[320.5亿元|money:32050000000 CNY]增加到[2023年|date:2023]的"
        "[455亿元|money:45500000000 CNY]，年均增长[7.3%|percent:7.3]。",
        [
            {"indicator": "地区生产总值", "period": "2018", "value": 32050000000, "yoy": None},
            {"indicator": "地区生产总值", "period": "2023", "value": 45500000000, "yoy": None},
            {"indicator": "地区生产总值", "value": 7.3, "value_type": "percent"},
        ],
    ),
    (
        # A park with the number of projects it signed is the place of the aggregate, not a deal; "等" ends the list.
        "其中：[临港产业园|project:]签约项目[5个|count:5 个]，总投资[22.6亿元|money:2260000000 CNY]等。",
        [
            {"indicator": "签约项目", "value": 5, "place": "临港产业园"},
            {"indicator": "总投资", "value": 2260000000, "place": "临港产业园"},
        ],
    ),
    (
        # A byline's reporter is no subject of the figures in the sentence.
        "本报讯（记者 [吴红|person:吴红]）[1至8月|date:2017-01/2017-08]，[全市|place:]完成到位资金[503.5亿元|money:50350000000 CNY]。",
        [{"indicator": "到位资金", "value": 50350000000, "period": "2017-01/2017-08"}],
    ),
    (
        # A difference from the last edition is no level.
        "签约项目[86个|count:86 个]，比上届多[8个|count:8 个]。",
        [{"indicator": "签约项目", "value": 86}],
    ),
    (
        # Growths after 分别 with no figure before them are statistics of the names; one shared value goes to each.
        "工业投资、民间投资分别下降[3.1%|percent:3.1]和[2.5%|percent:2.5]；进出口总额、实际利用外资分别增长[20%|percent:20]。",
        [
            {"indicator": "工业投资", "value": -3.1, "value_type": "percent"},
            {"indicator": "民间投资", "value": -2.5},
            {"indicator": "进出口总额", "value": 20},
            {"indicator": "实际利用外资", "value": 20},
        ],
    ),
    (
        # 分别 gives each place of a list its own value.
        "[前三季度|date:2023-01/2023-09]，[德州|place:德州市]、[滨州|place:滨州市]和[东营|place:东营市]三市分别到位资金"
        "[30.5亿|money:3050000000 CNY]、[21亿|money:2100000000 CNY]和[18.2亿元|money:1820000000 CNY]。",
        [
            {"indicator": "到位资金", "value": 3050000000, "place": "德州市", "period": "2023-01/2023-09"},
            {"indicator": "到位资金", "value": 2100000000, "place": "滨州市"},
            {"indicator": "到位资金", "value": 1820000000, "place": "东营市"},
        ],
    ),
    (
        # One value after 分别 that each place of the list has: each place's figure, not a growth.
        "[前三季度|date:2023-01/2023-09]，[德州|place:德州市]、[滨州|place:滨州市]分别到位资金[5亿元|money:500000000 CNY]。",
        [
            {"indicator": "到位资金", "value": 500000000, "place": "德州市", "period": "2023-01/2023-09"},
            {"indicator": "到位资金", "value": 500000000, "place": "滨州市"},
        ],
    ),
    (
        # ... and each name of the list its count (a count is never a growth).
        "工业园区、物流园区分别新引进企业[3家|count:3 家]。",
        [{"indicator": "工业园区", "value": 3}, {"indicator": "物流园区", "value": 3}],
    ),
    (
        # ... and each name of a list its own value; the words before 的 are shared, not a name.
        "园区企业的投产率、达产率和亩均税收达标率分别为[76%|percent:76]、[58%|percent:58]和[40.5%|percent:40.5]。",
        [
            {"indicator": "投产率", "value": 76, "value_type": "percent"},
            {"indicator": "达产率", "value": 58},
            {"indicator": "亩均税收达标率", "value": 40.5},
        ],
    ),
    (
        # ... and so are values listed after 为 without 分别; names to match or not, each value is a figure.
        "开工率、投产率和达产率为[71%|percent:71]、[58%|percent:58]和[40.5%|percent:40.5]。",
        [
            {"indicator": "开工率", "value": 71},
            {"indicator": "投产率", "value": 58},
            {"indicator": "达产率", "value": 40.5},
        ],
    ),
    (
        "全市项目投资的三次产业比重为[3.9%|percent:3.9]、[73.4%|percent:73.4]、[22.7%|percent:22.7]。",
        [
            {"indicator": "三次产业比重", "value": 3.9},
            {"indicator": "三次产业比重", "value": 73.4},
            {"indicator": "三次产业比重", "value": 22.7},
        ],
    ),
    (
        # percentage points after 分别超过 are differences from another group, no figures of their own
        "开工率和投产率分别为[41%|percent:41]和[13.8%|percent:13.8]，分别超过未入园项目[14个|percent:14 percentage_point]和"
        "[4.8个百分点|percent:4.8 percentage_point]。",
        [{"indicator": "开工率", "value": 41}, {"indicator": "投产率", "value": 13.8}],
    ),
    (
        # The same subjects again for a second 分别.
        "外资总部、研发机构分别新增[12家|count:12 家]和[7家|count:7 家]，累计分别达到[230家|count:230 家]和"
        "[95家|count:95 家]。",
        [
            {"indicator": "外资总部", "value": 12},
            {"indicator": "研发机构", "value": 7},
            {"indicator": "外资总部", "value": 230},
            {"indicator": "研发机构", "value": 95},
        ],
    ),
    (
        # Growths listed after a list of as many figures go one for one.
        "制造业、服务业实际使用外资分别为[3.2亿美元|money:320000000 USD]、[1.1亿美元|money:110000000 USD]，"
        "同比增长[15%|percent:15]和[2.1倍|percent:2.1 times]。",
        [
            {"value": 320000000, "yoy": 15},
            {"value": 110000000, "yoy": 210},
        ],
    ),
    (
        # A list in the clause before "，分别为…"; the name comes from the figure before it.
        "[甲县|place:]、[乙县|place:]两县的项目开工率均超过[60%|percent:60 over]，分别为[71%|percent:71]和[64%|percent:64]。",
        [
            {"indicator": "项目开工率", "value": 60},
            {"indicator": "项目开工率", "value": 71, "place": "甲县"},
            {"indicator": "项目开工率", "value": 64, "place": "乙县"},
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "expected"), SEVERAL, ids=[str(i) for i in range(len(SEVERAL))])
def test_several_metrics(markup: str, expected: list[dict[str, Any]]) -> None:
    metrics = metrics_of(markup)
    assert len(metrics) == len(expected), [m.indicator for m in metrics]
    for metric, want in zip(metrics, expected, strict=True):
        check(metric, want)


PLACES = [
    # nothing stated: the subject place of the report
    ("新引进项目[12个|count:12 个]。", "中山市"),
    # a place naming an official is no topic for the figures after it
    (
        "[浙江省|place:浙江省,province]省委书记在全省会议上提出加快发展数字经济。新签约项目[12个|count:12 个]。",
        "中山市",
    ),
    # destinations are not the place of a figure
    ("赴[深圳|place:深圳市]、[东莞|place:东莞市]等地开展招商活动[26次|count:26 次]。", "中山市"),
    # a place opening an earlier sentence of the paragraph carries over
    (
        "[一季度|date:2023-Q1]，[冠县|place:冠县,county]新签约过亿元项目[29个|count:29 个]。落地项目[12个|count:12 个]。",
        "冠县",
    ),
    # a body that governs its own territory (the production and construction corps) is the figures' place
    (
        "[新疆生产建设兵团|org:新疆生产建设兵团,government]召开推进会，各师市共签约项目[136个|count:136 个]。",
        "新疆生产建设兵团",
    ),
    # ... also written short, after the report's dateline and byline
    (
        "[中新网|org:中新网,media][乌鲁木齐|place:乌鲁木齐市][3月1日|date:2023-03-01]电 (记者 [戚亚平|person:戚亚平])"
        "[兵团|org:兵团,government]各师市共签约项目[136个|count:136 个]。",
        "新疆生产建设兵团",
    ),
    # a corps division written before its own city: the city
    (
        "[新疆兵团第六师|org:新疆兵团第六师,government][五家渠市|place:五家渠市,county]集中签约项目[37个|count:37 个]。",
        "五家渠市",
    ),
    # where the money comes from is not the place of the figures
    (
        "[香港|place:香港特别行政区,province]是第一大投资来源地，实际投资增长[23.3%|percent:23.3]。",
        "中山市",
    ),
    (
        "[海南|place:海南省,province]、[辽宁|place:辽宁省,province]等省市对[广西|place:广西壮族自治区,province]投资增速明显加大，"
        "分别增长[1.2倍|percent:120]和[80%|percent:80]。",
        "中山市",
    ),
    # a place right after a dateline opens the report's first clause
    (
        "新华社[北京|place:北京市][3月1日|date:2023-03-01]电（记者 [王明|person:王明]）[河北省|place:河北省,province]"
        "新签约项目[58个|count:58 个]。",
        "河北省",
    ),
]


@pytest.mark.parametrize(("markup", "place"), PLACES, ids=[str(i) for i in range(len(PLACES))])
def test_place_of_a_metric(markup: str, place: str) -> None:
    metrics = metrics_of(markup, subject="中山市,city")
    assert metrics
    assert {m.place for m in metrics} == {place}, [(m.indicator, m.place) for m in metrics]


# --- figures that are not statistics ------------------------------------------------------------------

NOT_METRICS = [
    # the group the figures after it are picked from
    "国民经济[18个|count:18 个]行业门类中，",
    "在完成跟进的[153项|count:153 项]投资计划中，",
    # thresholds inside an indicator are no figures of their own
    "[全区|place:]营收[过亿元|money:100000000 CNY over]楼宇达到12座。",
    # a figure of one company
    "[今年|date:2023]，[华鲁恒升公司|org:华鲁恒升公司,company]已接到[3亿多元|money:300000000 CNY over]的订单。",
    # policy terms
    "对引进的重大项目，按实际投资额的[2%|percent:2]给予奖励。",
    "对新落户的总部企业，最高给予[1000万元|money:10000000 CNY]奖励。",
    # numbers in slogans, and a speech enumerating its points
    "深入实施“[三个|count:3 个]十大”行动计划。",
    "下面，我讲[三个|count:3 个]方面的问题。",
    # organising the work is not a result
    "[东昌府区|place:]组织[12家|count:12 家]企业赴济南开展对接。",
    # a bare multiple and a gap in percentage points
    "最多可以发放[3倍|percent:3 times]月工资。",
    "增速高于[全省|place:山东省,province,anaphor][2.3个百分点|percent:2.3 percentage_point]。",
    # a difference from last year is not a level
    "同比增加[12.5亿元|money:1250000000 CNY]。",
]


@pytest.mark.parametrize("markup", NOT_METRICS, ids=[str(i) for i in range(len(NOT_METRICS))])
def test_not_a_metric(markup: str) -> None:
    assert [(m.indicator, number_of(m.value)) for m in metrics_of(markup)] == []


def test_threshold_inside_the_indicator_is_no_figure() -> None:
    metrics = metrics_of("[全市|place:]新签约[亿元以上|money:100000000 CNY over]项目[212个|count:212 个]。")
    assert [(m.indicator, m.value_type, number_of(m.value)) for m in metrics] == [("新签约亿元以上项目", "count", 212)]


def test_aggregate_without_named_projects_is_a_metric_not_a_deal() -> None:
    doc = doc_from_markup(
        "[一季度|date:2023-Q1]，现场签约项目[71个|count:71 个]，计划投资总额[590.35亿元|money:59035000000 CNY]。"
    )
    deals, metrics, _ = assemble(doc)
    assert deals == []
    assert [(m.indicator, number_of(m.value), m.period) for m in metrics] == [
        ("现场签约项目", 71, "2023-Q1"),
        ("计划投资总额", 59035000000, "2023-Q1"),
    ]


def test_evidence_is_the_original_text_at_its_offsets() -> None:
    doc = doc_from_markup(
        "項目簡介\n[2023年|date:2023]，[臺中市|place:]實際使用外資[5.8億美元|money:580000000 USD]，成長[6.1%|percent:6.1]。"
    )
    _, metrics, _ = assemble(doc)
    assert len(metrics) == 1
    ev = metrics[0].evidence
    assert doc.original[ev.start : ev.end] == ev.text
    assert ev.text == "2023年，臺中市實際使用外資5.8億美元，成長6.1%"
    assert metrics[0].indicator == "實際使用外資"


# --- the seeds, read from their gold mentions -----------------------------------------------------------


def gold_scores() -> dict[str, Any]:
    """Records assembled from the gold mentions of each seed, scored by the project's evaluator."""
    from pydantic import TypeAdapter

    from dsz_extract.scoring import score_reports

    mentions = TypeAdapter(list[models.Mention])
    golds, preds = [], []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / "corpus" / "seeds" / f"{path.stem}.txt").read_text(encoding="utf-8")
        doc = Doc(text, reference_date=dt.date.fromisoformat(gold["reference_date"]))
        doc.mentions = sorted(mentions.validate_python(gold["mentions"]), key=lambda m: (m.start, m.end))
        doc.info["subject_place"] = models.PlaceValue.model_validate(gold["subject_place"])
        deals, metrics, talent = assemble(doc)
        report = models.Report(doc_id=path.stem, deals=deals, metrics=metrics, talent=talent)
        golds.append(gold)
        preds.append(json.loads(report.model_dump_json()))
    return score_reports(golds, preds)


def test_seed_metrics_from_gold_mentions() -> None:
    scores = gold_scores()["metrics"]
    assert scores["gold"] >= 100
    assert scores["f1"] >= 0.9, scores
    assert scores["fields"]["yoy"]["accuracy"] >= 0.95, scores["fields"]


# --- robustness: missing, stray or odd mentions -------------------------------------------------------

ODD = [
    "",
    "没有任何数字的一句话。",
    "[12.3%|percent:12.3]",
    "同比增长[5%|percent:5]。",
    "[项目甲|project:]。[项目甲|project:]签约。",
    "[全市|place:]，[今年|date:2023]。",
    "[一季度|date:2023-Q1]",
    # one count or amount shared by a list after 分别 (once a crash: it was read as a growth)
    "清华大学、北京大学分别设立[3个|count:3 个]博士后工作站。",
    "两个工作站分别招收博士后[10人|count:10 人]。",
    "甲县和乙县分别投资[2亿元|money:200000000 CNY]。",
]


@pytest.mark.parametrize("markup", ODD, ids=[str(i) for i in range(len(ODD))])
def test_odd_inputs_give_valid_records(markup: str) -> None:
    doc = doc_from_markup(markup)
    for record in (r for records in assemble(doc) for r in records):
        assert doc.original[record.evidence.start : record.evidence.end] == record.evidence.text


def test_a_mention_across_sentences_is_ignored() -> None:
    doc = doc_from_markup("全市新签约项目。12个已经落地。")
    doc.mentions = [doc.make("count", 5, 10, models.CountValue(value=12, unit="个"))]
    assert assemble(doc) == ([], [], [])


@pytest.mark.parametrize(
    "text",
    [
        "广东前9月实际使用外资781.3亿元\n今年1-9月，广东省实际使用外资金额781.3亿元，同比增长8.8%。",
        "【聚焦数据】广东前9月实际使用外资781.3亿元，同比增长8.8%\n今年1-9月，广东省实际使用外资金额781.3亿元，同比增长8.8%。",
        "原标题：广东前9月实际使用外资781.3亿元\n今年1-9月，广东省实际使用外资金额781.3亿元，同比增长8.8%。",
    ],
)
def test_a_figure_a_headline_or_summary_line_repeats_is_one_metric_the_body_one(text: str) -> None:
    from dsz_extract import extract

    metrics = extract(text, reference_date="2025-10-22").metrics
    assert [(m.indicator, m.period, m.value.amount) for m in metrics] == [
        ("实际使用外资金额", "2025-01/2025-09", 78130000000)
    ]
