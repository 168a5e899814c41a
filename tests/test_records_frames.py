"""Event frames: what a lead states once (date, place, stage, event) and the records after it inherit."""

from __future__ import annotations

import pytest

from dsz_extract import extract
from dsz_extract.records.frames import inherit, within

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

DEALS_IN_FRAMES = [
    (
        # items in clauses of their own, closed by "…等项目已经开工建设": the closing clause's stage is every item's
        "今年以来，石家庄市城市轨道交通及铁路配套项目，航天科技乐凯新材料产业园项目，"
        "丰宁抽水蓄能电站项目等项目已经开工建设。",
        "2014-06-13",
        [
            ("石家庄市城市轨道交通及铁路配套项目", "started", "2014"),
            ("航天科技乐凯新材料产业园项目", "started", "2014"),
            ("丰宁抽水蓄能电站项目", "started", "2014"),
        ],
    ),
    (
        # another stage told as part of the same occasion (现场还进行了…集中签约) keeps the occasion's day, even in a
        # paragraph of its own
        "9月20日，沙洋县三季度重大项目集中开工暨集中签约活动举行。\n沙洋县三季度集中开工项目31个，总投资116.3亿元。\n"
        "现场还进行了招商引资集中签约。华中服装制造产业园项目、乡村振兴全域旅游项目等12个项目集中签约。",
        "2024-09-21",
        [("华中服装制造产业园项目", "signed", "2024-09-20"), ("乡村振兴全域旅游项目", "signed", "2024-09-20")],
    ),
    (
        # projects told as under way in their own clause take no stage from the 集中开工 of the clause before
        "3月5日，5条国省一级公路集中开工，武宿机场三期改扩建工程、青银二广高速联络线工程等一批重大项目加快推进。"
        "龙湖精密电子产业基地项目建设投产。",
        "2024-03-06",
        [("龙湖精密电子产业基地项目", "completed", "2024-03-05")],
    ),
    (
        # an earlier event the report refers to (继8月29日集中签约10个项目后) opens no frame: the deals after it
        # are the lead's
        "9月28日，洪湖市举行项目集中签约暨集中开工活动。这是该市继8月29日集中签约10个项目后的又一成果。\n"
        "当天，华一兄弟集团总部项目、湖北中创医疗项目等10个项目集中签约。",
        "2021-09-29",
        [("华一兄弟集团总部项目", "signed", "2021-09-28"), ("湖北中创医疗项目", "signed", "2021-09-28")],
    ),
    (
        # "签约仪式上" paragraphs later is the ceremony of the lead's day, whatever period the sentence
        # before carried (今年上半年)
        "2014南宁投资贸易洽谈会暨重大项目签约仪式昨日在市会议中心举行。\n签约仪式上，负责人介绍：今年上半年，"
        "全市电子信息产值增长49.01%。签约仪式上，弘都电子信息科技园项目、香港卫视文化产业项目等多个项目签约。",
        "2014-09-17",
        [("弘都电子信息科技园项目", "signed", "2014-09-16"), ("香港卫视文化产业项目", "signed", "2014-09-16")],
    ),
    (
        # the lead dates and stages the projects listed in the next sentence, one deal each
        "11月28日，杞县重点项目集中签约仪式在县会议中心举行。此次签约的项目包括铝型材加工项目、生态农业综合开发项目。",
        "2020-12-01",
        [("铝型材加工项目", "signed", "2020-11-28"), ("生态农业综合开发项目", "signed", "2020-11-28")],
    ),
    (
        # a start ceremony: the projects of the following paragraph started that day
        "4月19日，福州市举行二季度重大项目集中开工仪式。\n其中，连江民天国际商贸物流中心项目总投资20亿元。",
        "2022-04-20",
        [("连江民天国际商贸物流中心项目", "started", "2022-04-19")],
    ),
    (
        # a deal's coarser date around the frame's day gives way to the day
        "3月22日，平房区举行项目集中签约活动。一季度，思哲睿医疗机器人项目签约额3亿元。",
        "2020-03-25",
        [("思哲睿医疗机器人项目", "signed", "2020-03-22")],
    ),
    (
        # the event told again paragraphs later, without its day, is the same event
        "3月22日上午，哈尔滨市举行招商引资项目集中签约仪式。\n本次签约采取视频形式。\n区领导出席签约仪式。\n"
        "新区设置了分会场。\n医药健康产业园项目、新能源装备产业园项目等19个项目进行了网上集中签约。",
        "2020-03-25",
        [("医药健康产业园项目", "signed", "2020-03-22"), ("新能源装备产业园项目", "signed", "2020-03-22")],
    ),
    (
        # a ceremony of another stage in a paragraph of its own is another event: neither its day nor its
        # venue is the signing's
        "3月28日，秦安县重点项目集中签约仪式在青岛举行。\n天水市在各县区组织重点项目集中开工复工行动，"
        "秦安县果品冷链物流项目、麦积区文旅综合体项目全面开工建设。",
        "2019-04-10",
        [("秦安县果品冷链物流项目", "started", None), ("麦积区文旅综合体项目", "started", None)],
    ),
    (
        # ... but in the same paragraph it is part of the event (投洽会期间…集中开工…；…集中签约)
        "昨日，2016吴江投资贸易洽谈会正式拉开帷幕。本次投洽会期间，吴江共有25个项目集中开工；"
        "乐歌物流项目、平望现代物流项目等58个项目集中签约。",
        "2016-10-19",
        [("乐歌物流项目", "signed", "2016-10-18"), ("平望现代物流项目", "signed", "2016-10-18")],
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"), DEALS_IN_FRAMES, ids=[str(i) for i in range(len(DEALS_IN_FRAMES))]
)
def test_deals_inherit_their_event(text: str, reference: str, expected: list[tuple[str, str, str]]) -> None:
    report = extract(text, reference_date=reference)
    got = [(d.projects[0], d.stage, d.date) for d in report.deals]
    assert got == expected
    for deal in report.deals:
        assert text[deal.evidence.start : deal.evidence.end] == deal.evidence.text


def test_the_totals_of_an_event_take_its_day() -> None:
    text = "4月27日，南昌县举行重大项目集中开工仪式。本次集中开工项目共45个，总投资123.65亿元。"
    report = extract(text, reference_date="2023-05-01")
    periods = {m.value_type: m.period for m in report.metrics}
    assert periods == {"count": "2023-04-27", "money": "2023-04-27"}
    money = next(m for m in report.metrics if m.value_type == "money")
    assert money.value.amount == 12365000000


def test_a_paragraph_that_says_it_speaks_of_the_event_gives_its_totals_the_day() -> None:
    text = (
        "12月11日，银川市举行集中签约大会，签约总金额503.3亿元。\n"
        "据介绍，此次签约项目主要集中在新型材料领域。其中：灵武市签约项目21个，总投资208.56亿元。"
    )
    report = extract(text, reference_date="2022-12-12")
    assert {(m.value_type, m.period) for m in report.metrics if m.place == "灵武市"} == {
        ("count", "2022-12-11"),
        ("money", "2022-12-11"),
    }


def test_a_breakdown_of_the_signed_projects_in_a_later_paragraph_takes_the_day() -> None:
    text = (
        "福州新闻网讯 福州市项目签约仪式18日举行，49个合同项目上台签约，总投资额1033亿元。\n\n"
        "49个签约项目中，实体经济17项，投资额613.95亿元；基础设施2项，投资额103.1亿元。"
    )
    report = extract(text, reference_date="2013-02-19")
    breakdown = [(m.indicator, m.period) for m in report.metrics if m.indicator in ("实体经济", "基础设施")]
    assert breakdown == [("实体经济", "2013-02-18"), ("基础设施", "2013-02-18")]


def test_the_page_date_above_the_body_is_no_event_day() -> None:
    text = (
        "北京首季160个重大项目集中开工\n上一篇 2024年1月29日 放大 缩小\n北京首季160个重大项目集中开工\n\n"
        "本报讯 近日，北京市一季度160个重大项目集中开工建设，总投资约2478亿元。这些项目主要聚焦现代化产业体系建设等五个领域。"
    )
    report = extract(text, reference_date="2024-01-29")
    assert {(m.value_type, m.period) for m in report.metrics} == {("count", "2024-Q1"), ("money", "2024-Q1")}


def test_a_time_of_day_goes_on_with_the_day_told_before() -> None:
    text = (
        "5月26日上午，德州市招商引资项目集中开工暨签约仪式在禹城举行。\n\n"
        "上午10时，集中开工仪式在鲁粮项目开工现场举行，总投资约122亿元的27个项目集中开工。\n\n"
        "11时，集中签约仪式在鲜之源项目现场举行，总投资约43亿元的10个项目集中签约。"
    )
    report = extract(text, reference_date="2021-05-28")
    signed = [m.period for m in report.metrics if m.value_type == "count" and m.value.value == 10]
    assert signed == ["2021-05-26"]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("4月4日，为期三天的宝鸡发展大会圆满结束。", "2018-04-02/2018-04-04"),
        ("4月2日，为期三天的宝鸡发展大会开幕。", "2018-04-02/2018-04-04"),
        ("4月4日，宝鸡发展大会举行。", "2018-04-04"),
    ],
)
def test_an_event_told_with_its_length_dates_its_deals_with_its_days(lead: str, expected: str) -> None:
    text = lead + "\n大会现场，华天科技半导体产业园项目、中铁云轨西北制造基地项目等10个项目当会签约，总投资208亿元。"
    report = extract(text, reference_date="2018-04-05")
    assert [(d.projects[0], d.date) for d in report.deals] == [
        ("华天科技半导体产业园项目", expected),
        ("中铁云轨西北制造基地项目", expected),
    ]


def test_the_day_the_news_came_is_no_event_day() -> None:
    text = (
        "9月30日,记者从自治区商务厅了解到,1至8月,宁夏共实施招商引资项目1213个,实际到位资金1022.79亿元。\n\n"
        "  近期,自治区商务厅开展督查调研。督查调研分两组深入各市,采取座谈交流等方式,对桃山综合物流园、新希望牧业万头奶牛场"
        "等82个招商引资重点项目进行调研,重点查看以及广东宁夏经贸合作暨企业家座谈会、福建宁夏经贸合作交流恳谈会签约项目推进情况。"
    )
    report = extract(text, reference_date="2021-10-03")
    assert [(d.projects[0], d.date) for d in report.deals] == [
        ("桃山综合物流园", "2021-01/2021-08"),
        ("新希望牧业万头奶牛场", "2021-01/2021-08"),
    ]


def test_a_new_time_closes_the_frame() -> None:
    text = "2月28日，龙南市举行重大项目集中签约仪式。2021年以来，龙南市引进了稀土新材料项目。"
    report = extract(text, reference_date="2022-03-01")
    assert [(d.projects, d.date) for d in report.deals] == [(["稀土新材料项目"], "2021")]


@pytest.mark.parametrize(
    ("coarse", "fine", "inside"),
    [
        ("2022", "2022-04-19", True),
        ("2022-04", "2022-04-19", True),
        ("2022-Q2", "2022-04-19", True),
        ("2022-Q1", "2022-04-19", False),
        ("2021", "2022-04-19", False),
        ("XXXX-04", "XXXX-04-19", True),
    ],
)
def test_within(coarse: str, fine: str, inside: bool) -> None:
    assert within(coarse, fine) is inside


@pytest.mark.parametrize(
    ("deal", "frame", "expected"),
    [
        (None, "2022-04-19", "2022-04-19"),
        ("2022-Q2", "2022-04-19", "2022-04-19"),
        ("2021", "2022-04-19", "2021"),
        ("2022-05-01", None, "2022-05-01"),
    ],
)
def test_inherit(deal: str | None, frame: str | None, expected: str | None) -> None:
    assert inherit(deal, frame) == expected


OWN_PLACES = [
    # a county named at the head of a project's name, within the place read, is where the deal lands
    (
        "4月20日，泉州市举行重大项目集中开工仪式，开工项目包括晋江运动鞋服智造基地项目、南安石材产业园项目。",
        [("晋江运动鞋服智造基地项目", "晋江市"), ("南安石材产业园项目", "南安市")],
    ),
    # a landing place outranks it
    ("德州市陵城区新能源装备项目落户平原县。", [("德州市陵城区新能源装备项目", "平原县")]),
    # a place inside the projects listed after the ceremony is no venue of it; a project named after a zone
    # lands in that zone
    (
        "临汾市重点项目集中签约\n6月5日，临汾市举行重点项目集中签约仪式。\n集中签约仪式上，临汾经济开发区精密智造项目，"
        "隰县现代农业示范区果蔬包装，晋兴新材料产业园项目等14个项目进行了现场签约。",
        [("临汾经济开发区精密智造项目", "临汾经济开发区"), ("晋兴新材料产业园项目", "临汾市")],
    ),
    # the place a list names each project at (、华丰镇的|清洁储能项目) is that project's
    (
        "宁阳县重点项目集中签约\n6月12日，我县6个项目集中签约，其中包括堽城镇的辰信智慧能源工厂项目、华丰镇的清洁储能项目。"
        "我县将全力以赴抓招引。",
        [("辰信智慧能源工厂项目", "堽城镇"), ("清洁储能项目", "华丰镇")],
    ),
    # a region in the event's name (中国—东盟博览会) is no venue
    (
        "南宁市重大项目签约\n9月16日，第十一届中国—东盟博览会重大项目签约仪式举行，香港卫视文化产业项目签约。南宁市将做好服务。",
        [("香港卫视文化产业项目", "南宁市")],
    ),
    # a county's projects signed at its city's event land in the county, not at the city's venue
    (
        "宁阳县6个项目在泰安市活动中成功签约\n6月12日上午，泰安市第二季度项目签约仪式在泰安市举行。"
        "活动中，我县6个项目成功签约，包括辰信智慧能源工厂项目。我县将全力以赴抓招引。",
        [("辰信智慧能源工厂项目", "宁阳县")],
    ),
    # the investor's home city before its firm, the county after it where it builds; a place carried from the
    # sentences before yields to a county of the report's province in the name
    (
        "6月5日，天水市举行招商项目集中签约仪式。甘谷县签约项目12个。\n"
        "苏州恒达公司甘谷县精密铸造产业园项目、苏州德润公司秦安县果品冷链物流项目成功签约。",
        [("苏州恒达公司甘谷县精密铸造产业园项目", "甘谷县"), ("苏州德润公司秦安县果品冷链物流项目", "秦安县")],
    ),
    # a venue in another province is not where the projects land
    (
        "甘谷县赴苏州开展招商推介\n6月5日，甘谷县招商推介会暨签约仪式在苏州市举行。此次签约的项目包括精密铸造产业园项目、"
        "果品冷链物流项目。",
        [("精密铸造产业园项目", "甘谷县"), ("果品冷链物流项目", "甘谷县")],
    ),
    # the park heading a list holds all its items, unless an item names a place of its own (the names
    # start after it: docs/contract.md §6)
    (
        "青海省海西州一季度项目建设情况。格尔木工业园宏储源光伏储能、青海嘉诺钾资源产品精深加工等4个项目已开复工建设。",
        [("宏储源光伏储能", "格尔木工业园"), ("青海嘉诺钾资源产品精深加工", "格尔木工业园")],
    ),
]


def test_a_deal_without_a_date_takes_the_period_of_the_lead() -> None:
    text = (
        "2019年第一季度，陇南市共签约招商引资项目38个，签约金额11.41亿元。\n"
        "市委市政府高度重视招商引资工作。\n"
        "宕昌县环球国际大酒店项目、西和县国际药业生物科技产业园项目成功签约。"
    )
    report = extract(text, reference_date="2019-04-10")
    assert [(d.projects[0], d.date) for d in report.deals] == [
        ("宕昌县环球国际大酒店项目", "2019-Q1"),
        ("西和县国际药业生物科技产业园项目", "2019-Q1"),
    ]


@pytest.mark.parametrize(("text", "expected"), OWN_PLACES, ids=[str(i) for i in range(len(OWN_PLACES))])
def test_a_project_named_after_its_county_lands_there(text: str, expected: list[tuple[str, str]]) -> None:
    report = extract(text, reference_date="2023-04-21")
    assert [(d.projects[0], d.place) for d in report.deals] == expected


def test_years_before_the_event_close_its_frame_and_a_stock_keeps_no_day() -> None:
    text = (
        "3月28日，修水县举行重大项目集中签约仪式。近年来，修水县先后有345个重大项目集中签约。"
        "\n3月1日，奎屯市举行招商项目集中签约仪式。该市累计签约项目79个。"
    )
    report = extract(text, reference_date="2023-03-29")
    periods = {m.value.value: m.period for m in report.metrics}
    assert periods == {345: None, 79: None}


def test_a_review_year_after_a_speaker_is_the_paragraph_period() -> None:
    report = extract("省长说，一年来，全省固定资产投资增长10.1%。", reference_date="2022-01-18")
    assert [(m.indicator, m.period) for m in report.metrics] == [("固定资产投资", "2021")]


def test_a_dateline_neither_dates_nor_places_the_event() -> None:
    text = "中新网乌鲁木齐3月1日电 (记者 张三)昌吉州2月28日举行项目集中签约仪式，共签约项目136个，签约金额1700亿元。"
    report = extract(text, reference_date="2023-03-01")
    assert [(t.place, t.date) for t in report.event_totals] == [("昌吉回族自治州", "2023-02-28")]


def test_the_most_specific_of_consecutive_places_hosts_the_event() -> None:
    text = "3月22日，合肥市肥东县举行重大项目集中签约仪式，共签约项目19个，总投资150亿元。"
    report = extract(text, reference_date="2023-03-23")
    assert [t.place for t in report.event_totals] == ["肥东县"]


BACK_TO_THE_EVENT = [
    (
        # a paragraph on the year so far closes the frame; "这次开工的…项目中" goes back to the event's day
        "5月18日上午，平江县举行重点项目集中开工活动。\n今年前4个月，全县完成固定资产投资42亿元。\n"
        "这次开工的6个项目中，包括智能装备制造产业园项目，总投资5亿元。",
        "2021-05-20",
        [("智能装备制造产业园项目", "started", "2021-05-18")],
    ),
    (
        "3月9日，临川区举行招商引资项目集中签约仪式。\n截至2月底，全区在建项目120个。\n"
        "本次签约的12个项目中，年产2万吨新能源电池材料项目总投资20亿元。",
        "2023-03-10",
        [("年产2万吨新能源电池材料项目", "signed", "2023-03-09")],
    ),
    (
        "10月26日，平潭综合实验区举行重大项目集中签约仪式。\n1至9月，全区新签约项目86个，总投资320亿元。\n"
        "这次签约的项目有海洋生物医药产业园项目、跨境电商物流中心项目，总投资58亿元。",
        "2019-10-27",
        [("海洋生物医药产业园项目", "signed", "2019-10-26")],  # one deal of the two projects and their total
    ),
    (
        # traditional characters
        "12月2日，鶴山市舉行重大項目集中簽約活動。\n今年前三季度，全市地區生產總值增長6.1%。\n"
        "此次簽約的項目中，智能家居產業園項目總投資15億元。",
        "2022-12-03",
        [("智能家居產業園項目", "signed", "2022-12-02")],
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"), BACK_TO_THE_EVENT, ids=[str(i) for i in range(len(BACK_TO_THE_EVENT))]
)
def test_a_sentence_opening_on_the_event_goes_back_to_its_frame(
    text: str, reference: str, expected: list[tuple[str, str, str]]
) -> None:
    report = extract(text, reference_date=reference)
    assert [(d.projects[0], d.stage, d.date) for d in report.deals] == expected


SIGNED_AT_A_MEETING = [
    (
        # a meeting of any name at which projects were signed frames the projects told after it
        "在11月5日举行的全省与央企合作座谈会上，我省与32家央企签署56个合作项目。\n截至10月底，全省累计签约项目800个。\n"
        "本次签约的项目中，风电装备制造产业园项目投资规模达80亿元。",
        "2015-11-07",
        [("风电装备制造产业园项目", "signed", "2015-11-05")],
    ),
    (
        "6月12日，东台市在深圳举行招商说明会，会上签约15个项目。\n今年以来，全市新签约亿元项目60个。\n"
        "此次签约的项目中，年产500万只储能电池项目协议投资8亿元。",
        "2020-06-14",
        [("年产500万只储能电池项目", "signed", "2020-06-12")],
    ),
    (
        "9月3日，开发区召开民营企业交流会，会上现场签订合作协议9项。\n今年前8个月，全区完成工业投资45亿元。\n"
        "本次签约项目中，年产300万套高端轴承项目总投资6亿元。",
        "2018-09-05",
        [("年产300万套高端轴承项目", "signed", "2018-09-03")],
    ),
    (
        # traditional characters
        "4月20日，嘉義縣舉辦產業發展座談會，會上簽署投資意向書7份。\n今年第一季，全縣新增投資案42件。\n"
        "此次簽約的項目中，年產50萬片綠能光電模組項目總投資30億元。",
        "2017-04-21",
        [("年產50萬片綠能光電模組項目", "signed", "2017-04-20")],
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "expected"), SIGNED_AT_A_MEETING, ids=[str(i) for i in range(len(SIGNED_AT_A_MEETING))]
)
def test_projects_signed_at_a_meeting_take_its_day(
    text: str, reference: str, expected: list[tuple[str, str, str]]
) -> None:
    report = extract(text, reference_date=reference)
    assert [(d.projects[0], d.stage, d.date) for d in report.deals] == expected
