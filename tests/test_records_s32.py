"""Read in session 32: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def _periods(text: str, reference_date: str) -> list[tuple[str, float | int | None, str | None]]:
    return [
        (m.indicator, getattr(m.value, "value", None) or getattr(m.value, "amount", None), m.period)
        for m in _EXTRACT(text, reference_date=reference_date).metrics
    ]


# An average yearly growth told right after a multiple of a base year's figure (是2007年的2.5倍，年均增长16.1%) runs
# from the year after the base year to the figure's own year; the figure itself stays its year's.
AVERAGES_SINCE_A_BASE_YEAR = [
    (
        "2012年，全市生产总值12885亿元，是2007年的2.5倍，年均增长16.1%。",
        "2013-01-20",
        [("生产总值", 1288500000000, "2012"), ("生产总值", 16.1, "2008/2012")],
    ),
    (
        "2020年，全县地区生产总值达到88亿元，是2015年的1.6倍，年均增长9.8%。",
        "2021-02-01",
        [("地区生产总值", 8800000000, "2020"), ("地区生产总值", 9.8, "2016/2020")],
    ),
    (
        "2018年，全区财政收入32亿元，是2013年的2倍，年平均增长15%。",
        "2019-01-10",
        [("财政收入", 3200000000, "2018"), ("财政收入", 15, "2014/2018")],
    ),
    (
        "2012年，全市生产总值12885亿元，是2007年的2.5倍。",
        "2013-01-20",
        [("生产总值", 1288500000000, "2012")],
    ),
]


@pytest.mark.parametrize(("text", "reference_date", "expected"), AVERAGES_SINCE_A_BASE_YEAR)
def test_an_average_after_a_multiple_of_a_base_year_runs_from_the_base_year(
    text: str, reference_date: str, expected: list[tuple[str, float | int | None, str | None]]
) -> None:
    assert _periods(text, reference_date) == expected


# Two stages of one ceremony written with the second in brackets (重点项目集中开(竣)工活动, 开（复）工仪式) name the
# ceremony as 开竣工活动 does; the figures counted at it take its day.
def _events(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text, reference_date="2023-02-01").mentions if m.type == "event"]


BRACKETED_STAGES = [
    ("1月29日，安溪县举行重点项目集中开(竣)工活动。", ["重点项目集中开(竣)工活动"]),
    ("3月29日，南宁市举行重大项目集中开（竣）工活动。", ["重大项目集中开（竣）工活动"]),
    ("2月10日，全县举行一季度重大项目集中开（复）工仪式。", ["一季度重大项目集中开（复）工仪式"]),
    ("3月1日，市区举行重大项目集中開（竣）工活動。", ["重大项目集中開（竣）工活動"]),
    ("全县已有160个项目实现开(复)工，开(复)工率达85%。", []),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED_STAGES)
def test_a_ceremony_of_two_stages_in_brackets_is_named(text: str, expected: list[str]) -> None:
    assert _events(text) == expected


def test_figures_counted_at_a_ceremony_of_two_stages_take_its_day() -> None:
    text = "1月29日，安溪县举行重点项目集中开(竣)工活动。据悉，现场共开竣工项目22个，总投资74亿元。"
    assert [m.period for m in _EXTRACT(text, reference_date="2023-02-01").metrics] == ["2023-01-29", "2023-01-29"]


def _metric_values(text: str) -> list[tuple[str, float | int | None]]:
    return [
        (m.indicator, getattr(m.value, "value", None) or getattr(m.value, "amount", None))
        for m in _EXTRACT(text, reference_date="2020-02-01").metrics
    ]


# Openings counted after a modal and a verb of making (可創造逾1500個工作機會, 將新增1853個工作機會, 将为当地提供1万个以上的
# 就业岗位) are what a project is to bring, no statistic; openings made (已創造…個就業機會) and a place's new jobs stay.
OPENINGS_TO_COME = [
    ("該園區可創造逾1,500個工作機會。", []),
    ("投資案將新增 1853 個工作機會。", []),
    ("可望再創造1000個高科技人才就業機會。", []),
    ("项目在北海建成投产将为当地提供1万个以上的就业岗位。", []),
    ("三大方案已創造九萬一六三八個就業機會。", [("就業機會", 91638)]),
    ("全市新增就业1.2万人。", [("新增就业", 12000)]),
]


@pytest.mark.parametrize(("text", "expected"), OPENINGS_TO_COME)
def test_openings_a_project_is_to_bring_are_no_statistic(
    text: str, expected: list[tuple[str, float | int | None]]
) -> None:
    assert _metric_values(text) == expected


def _places(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value.name) for m in _EXTRACT(text, reference_date="2020-02-01").mentions if m.type == "place"]


# 内地 after a preposition or verb of place and 大陆 as Taiwanese and Hong Kong reports use it are China; 本澳 / 全澳
# are Macao in a Macao report; a modifier (内地企业), a continent and the shelf are none.
MAINLAND_AND_MACAO = [
    ("當中近300間來自內地，40間來自美國。", [("內地", "中国"), ("美國", "美国")]),
    ("署方協助企業到內地進行貿易。", [("內地", "中国")]),
    ("廣東省仍是香港在內地直接投資的主要地點。", [("廣東省", "广东省"), ("香港", "香港特别行政区"), ("內地", "中国")]),
    ("台商對大陸投資意願則受到影響。", [("大陸", "中国")]),
    ("中美貿易戰持續升溫，影響台商赴大陸投資意願。", [("大陸", "中国")]),
    ("澳門政府推出資助計劃，為本澳高校引進人才。", [("本澳", "澳门特别行政区")]),
    ("內地企業佔逾半。", []),
    ("这条欧亚大陆桥全长一万公里。", []),
]


@pytest.mark.parametrize(("text", "expected"), MAINLAND_AND_MACAO)
def test_mainland_and_macao_words_are_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


# A paragraph opening on this edition of the meeting or fair by its name (本届中国江城经贸投资洽谈会，…) tells the event of
# the report again, whatever stage its lead told: its figures take the event's day, not the year told just before.
THIS_EDITION_AGAIN = (
    "4月16日上午，200多位中外嘉宾齐聚经济开发区，参加2015中国江城经贸投资暨合作洽谈会的开幕仪式。\n"
    "本届洽谈会期间，共有22个项目集中开工。\n"
    "开幕式上，市委书记说，江城区位优越。2014年，全市实现地区生产总值836亿元。\n"
    "本届中国江城经贸投资洽谈会，全市共签约项目130个，总投资156亿元。"
)


def test_a_paragraph_on_this_edition_of_the_fair_takes_its_day() -> None:
    metrics = _EXTRACT(THIS_EDITION_AGAIN, reference_date="2015-04-16").metrics
    assert [(m.indicator, m.period) for m in metrics][-3:] == [
        ("地区生产总值", "2014"),
        ("签约项目", "2015-04-16"),
        ("总投资", "2015-04-16"),
    ]


def _investments(text: str) -> list[tuple[list[str], int | None]]:
    report = _EXTRACT(text, reference_date="2025-10-15")
    return [(d.investors, d.amounts[0].money.amount if d.amounts else None) for d in report.deals]


# A foreign firm putting an amount into a company, the amount's approximation written before 以 (約以) as after it (以約).
APPROXIMATE_AMOUNTS_PUT_IN = [
    (
        "主要投資案件包括盧森堡商CI FENGMIAO SCSP約以6億7,151萬美元增資哥本哈根基礎設施渢妙股份有限公司。",
        [(["CI FENGMIAO SCSP"], 671510000)],
    ),
    (
        "英商GOOGLE ENGINEERING UK HOLDINGS LIMITED約以2億1,222萬美元增資台灣科高工程有限公司。",
        [(["GOOGLE ENGINEERING UK HOLDINGS LIMITED"], 212220000)],
    ),
    (
        "盧森堡商CI FENGMIAO SCSP以約6億7151萬美元增資哥本哈根基礎設施渢妙股份有限公司。",
        [(["CI FENGMIAO SCSP"], 671510000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPROXIMATE_AMOUNTS_PUT_IN)
def test_an_amount_put_in_with_its_approximation_before_by(
    text: str, expected: list[tuple[list[str], int | None]]
) -> None:
    assert _investments(text) == expected


def _talent(text: str) -> list[tuple[str | None, int | None, list[str], str | None]]:
    report = _EXTRACT(text, reference_date="2021-08-12")
    return [(t.category, int(t.count.value) if t.count else None, t.persons, t.mode) for t in report.talent]


# People given their letters of appointment by 为 as by 向 (苏君为欧阳晓平院士颁发了…聘书) are hired, named.
LETTERS_GIVEN_FOR = [
    ("市委书记苏君为欧阳晓平院士颁发了“白银市科技顾问”聘书。", [("院士", None, ["欧阳晓平"], "hired")]),
    (
        "董事长朱树人为研究中心执行主任刘剑洪颁发了“新材料研究院院长”聘书。",
        [("新材料研究院院长", None, ["刘剑洪"], "hired")],
    ),
    ("会上，县长为周立群教授颁发县科技顾问聘书。", [("教授", None, ["周立群"], "hired")]),
    ("他被评为优秀人才。", []),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS_GIVEN_FOR)
def test_people_given_letters_of_appointment_for_are_hired(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected


def _deal_projects(text: str) -> list[list[str]]:
    return [list(d.projects) for d in _EXTRACT(text, reference_date="2023-03-01").deals]


# The site chosen for an event is no deal, also with its place before the project and with 设于; a project told
# with its stage stays one.
SITES_OF_EVENTS = [
    ("3月1日，全市重大项目集中开工仪式举行，主会场设在柳州市柳工智能国际工业园项目建设现场。", []),
    ("开工仪式主会场设于都匀经济开发区茶博园项目施工现场，全州各县设分会场。", []),
    ("绍兴分会场设在浙能绍兴滨海热电二期工程建设现场。", []),
    ("当天，柳工智能国际工业园项目在柳州市正式开工。", [["柳工智能国际工业园项目"]]),
]


@pytest.mark.parametrize(("text", "expected"), SITES_OF_EVENTS)
def test_the_site_chosen_for_an_event_is_no_deal(text: str, expected: list[list[str]]) -> None:
    assert _deal_projects(text) == expected


# 前 / 后 closing a word (目前, 当前, 博士后) mark no rank: the count after them is a metric; a rank (前3名) stays none.
WORDS_ENDING_IN_A_RANK_MARK = [
    ("目前在站博士后84人。", [("在站博士后", 84)]),
    ("全省现有博士后120名。", [("现有博士后", 120)]),
    ("全市目前有企业1200家。", [("企业", 1200)]),
    ("引进人才前3名的企业受到表彰。", []),
]


@pytest.mark.parametrize(("text", "expected"), WORDS_ENDING_IN_A_RANK_MARK)
def test_a_word_ending_in_a_rank_mark_keeps_the_count(
    text: str, expected: list[tuple[str, float | int | None]]
) -> None:
    assert _metric_values(text) == expected


# A titled expert signing a workstation's agreement with a body (…院士与…公司签订了院士工作站协议) leads the station:
# brought in flexibly, named, as one setting it up (共建, 揭牌).
WORKSTATION_AGREEMENTS = [
    (
        "两年前，蹇锡高院士与位于来安县的安徽联科新材料股份有限公司签订了院士工作站协议。",
        [("院士", None, ["蹇锡高"], "flexible")],
    ),
    ("该公司与李明院士签订院士工作站合作协议。", [("院士", None, ["李明"], "flexible")]),
    ("公司与浙江大学王建华教授签订专家工作站建站协议。", [("教授", None, ["王建华"], "flexible")]),
]


@pytest.mark.parametrize(("text", "expected"), WORKSTATION_AGREEMENTS)
def test_an_expert_signing_a_workstation_agreement_is_brought_in_flexibly(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected


# Projects an official visits at their sites, the sentence telling no stage, are places visited, no deals, also
# inside the frame of a ceremony of starts.
SITES_VISITED = [
    ("3月18日，齐河县重点项目集中开工仪式举行。县长还到奇瑞新能源汽车、永锋集团电炉替代转炉项目现场调研。", []),
    (
        "3月18日，全县重点项目集中开工仪式举行。与会人员还前往北坡西路片区棚户区改造项目建设现场、"
        "县北大街停车场工程建设现场观摩。",
        [],
    ),
    ("市领导来到华为云计算中心项目现场，宣布项目开工。", [["华为云计算中心项目"]]),
]


@pytest.mark.parametrize(("text", "expected"), SITES_VISITED)
def test_projects_visited_at_their_sites_are_no_deals(text: str, expected: list[list[str]]) -> None:
    assert _deal_projects(text) == expected


# People arriving or meeting for an event (陆续抵达, 相聚) attend it: no talent record.
PEOPLE_ARRIVING = [
    ("当天，来自北大、清华等50余所高校的近200名博士陆续抵达衡阳。", []),
    ("30位院士专家相聚杭州，共商产业发展。", []),
    ("今年，全市引进博士200名。", [("博士", 200, [], "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_ARRIVING)
def test_people_arriving_for_an_event_are_no_talent(
    text: str, expected: list[tuple[str | None, int | None, list[str], str | None]]
) -> None:
    assert _talent(text) == expected
