"""今年以来 under a headline of the months so far is that span; a lead's span, a headline's batch of an unfinished
quarter and a target keep the year (probes of session 14, metric14)."""

import pytest

from dsz_extract import extract
from dsz_extract.provenance import Provenance

CASES = [
    # headline of the months so far, body opens on 今年以来
    ("前三季度 宿州市实际使用外资同比增长12%\n今年以来，宿州市持续加大招商力度。全市实际使用外资2.3亿美元。",
     "2023-10-25", 230000000, "2023-01/2023-09"),
    ("上半年全市外贸进出口情况\n今年以来，全市外贸进出口总值260亿元，同比下降5.2%。", "2020-07-22", 26000000000,
     "2020-H1"),
    ("2021年上半年全县招商引资完成情况\n今年以来，全县招商引资到位资金42.6亿元，同比增长18.5%。", "2021-08-02",
     4260000000, "2021-H1"),
    ("宁波前三季度外贸进出口9860亿元\n年初以来，宁波市外贸进出口总额9860亿元，同比增长3.2%。", "2023-10-30",
     986000000000, "2023-01/2023-09"),
    ("一季度全省实际使用外资增长12%\n今年以来，全省实际使用外资65亿美元，同比增长12%。", "2023-04-25", 6500000000,
     "2023-Q1"),
    # the headline after the page's path line
    ("当前位置：首页 > 新闻中心\n1-8月全区招商引资工作情况\n今年以来，全区新签约项目62个，总投资280亿元。",
     "2023-09-12", 28000000000, "2023-01/2023-08"),
    # a lead's span does not reach a later paragraph's 今年以来
    ("一季度，商洛市新签约项目75个，总投资77.05亿元。\n今年以来，商洛市签约项目18个，总投资35.26亿元。", "2024-05-17",
     3526000000, "2024"),
    # a headline's quarter not over at the report's date names a batch, not the months so far
    ("辽宁今年一季度重点项目集中开工\n年初以来，辽宁全省相继复工的续建项目投资约500亿元。", "2023-03-22", 50000000000,
     "2023"),
    # a headline of an earlier span (上半年 told in November) is no span of now
    ("上半年全市外贸进出口情况\n今年以来，全市外贸进出口总值460亿元。", "2020-11-20", 46000000000, "2020"),
    # the lead states its own span: a later paragraph's 今年以来 is the year's
    ("宁波前三季度外贸进出口9860亿元\n前三季度，宁波市外贸进出口总额9860亿元。\n今年以来，宁波市新设外资企业320家，"
     "新增注册外资24.8亿美元。", "2023-10-30", 2480000000, "2023"),
    # no headline period: the year
    ("今年以来，我县地区生产总值完成158亿元，同比增长6.2%。", "2023-10-28", 15800000000, "2023"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "amount", "period"), CASES)
def test_so_far_under_a_headline(text: str, published: str, amount: int, period: str) -> None:
    report = extract(text, doc_id="t", provenance=Provenance(published=published))
    periods = [m.period for m in report.metrics if getattr(m.value, "amount", None) == amount]
    assert periods, [(m.indicator, m.value) for m in report.metrics]
    assert period in periods


# A report without a subject place: figures nothing places are the one unit all its places lie in.
ONLY_PLACE_CASES = [
    ("國發會推出就業金卡，希望延攬更多人才落腳台灣。截至2024年底，就業金卡核發數量達12082人次，年成長34.8%。",
     "2025-02-22", 12082, "台湾省"),
    ("政府今日公布，本港去年共吸引420間海外及內地企業在香港開設或擴展業務，較前年上升15%。", "2023-03-15", 420,
     "香港特别行政区"),
    # places side by side (origins): no one unit
    ("今年一季度，新签约项目86个，总投资420亿元，项目主要来自广东、浙江和北京。", "2023-05-10", 86, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "count", "place"), ONLY_PLACE_CASES)
def test_only_place_of_a_report(text: str, published: str, count: int, place: str | None) -> None:
    report = extract(text, doc_id="t", provenance=Provenance(published=published))
    places = [m.place for m in report.metrics if getattr(m.value, "value", None) == count]
    assert places, [(m.indicator, m.value) for m in report.metrics]
    assert place in places


# An event told again after its lead ("此次…"): the figures are the place the lead named with the day, not the venue's.
EVENT_PLACE_CASES = [
    ("5月26日，德州招商引资项目集中开工暨签约仪式在禹城举行。集中签约的10个项目总投资42.95亿元。", 4295000000,
     "德州市"),
    ("6月9日，驻马店市重大项目集中开工仪式在西平县举行。此次集中开工项目86个，总投资520亿元。", 52000000000,
     "驻马店市"),
    ("6月9日，西平县重大项目集中开工仪式在县产业集聚区举行。此次集中开工项目16个，总投资52亿元。", 5200000000,
     "西平县"),
    # the venue told before the event named after its host: the host's figures, not the hall's city
    ("6月9日，在沈阳举行的辽宁省重大项目集中签约仪式上，共签约项目120个，总投资980亿元。", 98000000000, "辽宁省"),
    ("6月9日，在南宁举行的广西重大项目集中签约仪式上，共签约项目120个，总投资980亿元。", 98000000000,
     "广西壮族自治区"),
    ("6月9日，辽宁省重大项目集中签约仪式在沈阳举行。此次共签约项目120个，总投资980亿元。", 98000000000, "辽宁省"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount", "place"), EVENT_PLACE_CASES)
def test_event_told_again_keeps_its_place(text: str, amount: int, place: str) -> None:
    report = extract(text, doc_id="t", provenance=Provenance(published="2023-06-10"))
    places = [m.place for m in report.metrics if getattr(m.value, "amount", None) == amount]
    assert place in places, [(m.indicator, m.value, m.place) for m in report.metrics]
