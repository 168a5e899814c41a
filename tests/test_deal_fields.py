"""The fields of a deal (stage, date, place) read from its own clause and from the frame around it."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def fields_of(text: str, reference: str = "2024-06-11") -> list[tuple[str, str | None, str | None, str | None]]:
    return [(d.projects[0], d.stage, d.date, d.place) for d in extract(text, reference_date=reference).deals]


# A landing or a start still to come (将落户, 将陆续落户, 将开工) is a plan: the deal is planned, and a planned
# deal has no date.
TO_LAND = [
    (
        "大庆市招商引资成效明显。北京中食集团计划投资5亿元的高端运动蛋白制品生产项目将落户肇州县。",
        [("高端运动蛋白制品生产项目", "planned", None, "肇州县")],
    ),
    (
        "大庆市招商引资成效明显。湖北蕲艾科技集团有限公司计划投资8亿元的艾草生物经济项目将陆续落户肇源县。",
        [("艾草生物经济项目", "planned", None, "肇源县")],
    ),
    (
        "宁阳县项目建设提速。总投资12亿元的新能源电池材料项目将开工建设。",
        [("新能源电池材料项目", "planned", None, "宁阳县")],
    ),
    (
        "聊城市招商引资再结硕果。总投资10亿元的阿胶生物科技产业园项目已开工，将于年底投产。",
        [("阿胶生物科技产业园项目", "started", None, "聊城市")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TO_LAND, ids=[str(i) for i in range(len(TO_LAND))])
def test_a_landing_to_come_is_a_plan(text: str, expected: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert fields_of(text) == expected


# A project whose facility, named again in short after it, is built at a landing place (将在勤丰镇建设…的
# 智能花卉种植基地) lands there; a project whose own clause lands it keeps that place.
PART_LANDS = [
    (
        "楚雄州项目建设提速。当天开工的禄丰市宣布云南方德波尔格园艺有限公司智能花卉种植基地建设项目计划总投资3.1亿元，"
        "将在勤丰镇建设占地面积772亩的智能花卉种植基地。",
        [("云南方德波尔格园艺有限公司智能花卉种植基地建设项目", "started", None, "勤丰镇")],
    ),
    (
        "宁阳县项目建设提速。当天开工的山东华跃新能源电池产业园项目计划总投资10亿元，将在华丰镇建设年产5万吨的新能源电池产业园。",
        [("山东华跃新能源电池产业园项目", "started", None, "华丰镇")],
    ),
    (
        "宁阳县项目建设提速。落户磁窑镇的山东华跃新能源电池产业园项目总投资10亿元已开工，将在华丰镇建设新能源电池产业园。",
        [("山东华跃新能源电池产业园项目", "started", None, "磁窑镇")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_LANDS, ids=[str(i) for i in range(len(PART_LANDS))])
def test_a_project_lands_where_its_facility_is_built(
    text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert fields_of(text) == expected


# A list after the clause that counts it (另外7项签约项目计划在年内开工，主要有A、B) takes the stage that clause
# names, through items told with their amounts (总投资30亿元的A项目).
LIST_AFTER_ITS_COUNT = [
    (
        "海东市项目建设提速。另外3项签约项目计划在年内开工，主要有总投资30亿元的砂之船艺术商业广场项目、"
        "总投资2亿元的“黄河彩蓝”蔬菜生产示范园项目、总投资0.46亿元的青海珍稀食用菌工厂化栽培项目等。",
        [
            ("砂之船艺术商业广场项目", "signed"),
            ("“黄河彩蓝”蔬菜生产示范园项目", "signed"),
            ("青海珍稀食用菌工厂化栽培项目", "signed"),
        ],
    ),
    (
        "宁阳县项目建设提速。今年新开工项目12个，主要包括总投资10亿元的新能源电池材料项目、总投资5亿元的智能装备产业园项目。",
        [("新能源电池材料项目", "started"), ("智能装备产业园项目", "started")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LIST_AFTER_ITS_COUNT, ids=[str(i) for i in range(len(LIST_AFTER_ITS_COUNT))]
)
def test_a_list_takes_the_stage_of_the_clause_counting_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2014-07-17").deals] == expected


# A page that ends its sentences with ASCII periods: a stage word of the next sentence (…落户) is not the stage
# of the projects before the period.
ASCII_PERIODS = [
    (
        "孝感市招商引资实现大突破.此前的6月30日,临空经济区凤凰旅游区项目、生态智慧新城项目签约,投资额分别为300亿元、700亿元."
        "短短16天,4个逾300亿元项目落户,为历年少有.",
        [("凤凰旅游区项目", "signed"), ("生态智慧新城项目", "signed")],
    ),
    (
        "宁阳县项目建设提速.总投资10亿元的新能源电池材料项目开工建设.另有5个项目投产.",
        [("新能源电池材料项目", "started")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASCII_PERIODS, ids=[str(i) for i in range(len(ASCII_PERIODS))])
def test_an_ascii_period_ends_the_sentence_of_a_stage(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2018-07-16").deals] == expected


# Items of a list that end in "；" stand in sentences of their own: each takes the stage its head names
# (新开工项目3个，分别为：A，总投资28亿元；B，总投资11.24亿元；C…).
ITEMS_AFTER_SEMICOLONS = [
    (
        "桂林市重大项目集中开工。新开工项目3个，分别为：中国电科桂林光电子产业化项目，总投资28亿元；"
        "桂林国际智慧健康旅游产业园一期，总投资11.24亿元；桂林保利文化产业园，总投资20亿元。",
        [
            ("中国电科桂林光电子产业化项目", "started"),
            ("桂林国际智慧健康旅游产业园一期", "started"),
            ("桂林保利文化产业园", "started"),
        ],
    ),
    (
        "宁阳县招商引资成效明显。签约项目2个，分别是：新能源电池材料项目，总投资10亿元；智能装备产业园项目，总投资5亿元。",
        [("新能源电池材料项目", "signed"), ("智能装备产业园项目", "signed")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ITEMS_AFTER_SEMICOLONS, ids=[str(i) for i in range(len(ITEMS_AFTER_SEMICOLONS))]
)
def test_items_after_semicolons_take_the_stage_of_their_head(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2014-07-17").deals] == expected


# A stage word followed by another and 后 (建成达产后, 投产达效后) states a condition, not a stage reached.
CONDITIONS = [
    (
        "南昌县项目建设提速。当天集中开工的新能源材料研发生产项目，一期投资6亿元，建成达产后预计可实现年营收超30亿元。",
        [("新能源材料研发生产项目", "started")],
    ),
    (
        "盐城市招商引资成效明显。响水县与徐州宝丰特钢签约的现代钢铁基地项目总投资500亿元，一期投产达效后可实现开票销售200亿元以上。",
        [("现代钢铁基地项目", "signed")],
    ),
    (
        "宁阳县项目建设提速。总投资10亿元的新能源电池材料项目已建成投产，投产后年产值可达20亿元。",
        [("新能源电池材料项目", "completed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONDITIONS, ids=[str(i) for i in range(len(CONDITIONS))])
def test_a_condition_after_two_verbs_is_no_stage(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2023-04-28").deals] == expected


# A deal dated by the date opening its sentence takes the period that date gives: a count up to a month's end
# runs from the start of the year (截至9月底 → 01/09), as a metric's does.
OPENING_PERIODS = [
    (
        "盐城市项目建设提速。截至9月底，已有总投资15亿元的东台智能成套设备项目、总投资10亿元的射阳镁度智能终端等17个项目正式开工。",
        [("东台智能成套设备项目", "2018-01/2018-09"), ("射阳镁度智能终端", "2018-01/2018-09")],
    ),
    (
        "盐城市项目建设提速。截至6月底，总投资15亿元的东台智能成套设备项目正式开工。",
        [("东台智能成套设备项目", "2018-H1")],
    ),
    (
        "盐城市项目建设提速。9月，总投资15亿元的东台智能成套设备项目正式开工。",
        [("东台智能成套设备项目", "2018-09")],
    ),
    # an earlier day told as such (此前的6月30日, 早在3月) opens its sentence: not the day of the frame before it
    (
        "盐城市项目建设提速。11月2日，盐城市重大项目集中签约仪式举行，总投资15亿元的东台智能成套设备项目签约。"
        "此前的6月30日，总投资300亿元的新能源电池材料项目签约。",
        [("东台智能成套设备项目", "2018-11-02"), ("新能源电池材料项目", "2018-06-30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_PERIODS, ids=[str(i) for i in range(len(OPENING_PERIODS))])
def test_a_deal_takes_the_period_its_opening_date_gives(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.date) for d in extract(text, reference_date="2018-11-05").deals] == expected


# A clause commenting on what the sentence told (这与我市重点引进…, 这是…引进的) gives the projects no stage; one
# pointing back at them (这些项目已开工) does.
COMMENTS = [
    (
        "南宁市招商引资成效明显。9月16日，南宁市重大项目集中签约仪式举行。签约仪式上，弘都电子信息科技园项目、"
        "香港卫视文化产业项目等多个电子信息产业项目引起了大家的注意，这与我市重点引进集成电路龙头企业的方向一致。",
        [("弘都电子信息科技园项目", "signed"), ("香港卫视文化产业项目", "signed")],
    ),
    (
        "宁阳县项目建设提速。总投资10亿元的新能源电池材料项目签约，这是我县今年引进的最大项目。",
        [("新能源电池材料项目", "signed")],
    ),
    (
        "宁阳县项目建设提速。总投资10亿元的新能源电池材料项目去年签约，这个项目已开工。",
        [("新能源电池材料项目", "started")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMENTS, ids=[str(i) for i in range(len(COMMENTS))])
def test_a_comment_clause_gives_no_stage(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2014-09-17").deals] == expected


# A fair told with what was signed at it (已在…博览会上签约合作项目15个) opens a frame of signing: the plans its
# companies tell after it (X公司计划在Y开发区建设Z项目) are what they signed.
SIGNED_AT_A_FAIR = [
    (
        "本报讯 26日，记者从长春市政府合作交流办获悉，截至25日，长春市已在第十二届中国-东北亚博览会上签约合作项目15个，"
        "计划投资金额111.3亿元。宝能物流集团有限公司计划在空港经济开发区建设智慧供应链产业园项目。",
        [("智慧供应链产业园项目", "signed")],
    ),
    (
        "本报讯 长春市在中国-东北亚博览会上举办推介活动。宝能物流集团有限公司计划在空港经济开发区建设智慧供应链产业园项目。",
        [("智慧供应链产业园项目", "planned")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_AT_A_FAIR, ids=[str(i) for i in range(len(SIGNED_AT_A_FAIR))])
def test_a_fair_told_with_its_signings_is_a_signing(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2019-08-27").deals] == expected


# The day a ceremony is held is an event's day told before it: a day or a span of days (8月16-20日，…洽谈周在上海
# 举办), never the dateline's day the report was filed on (长沙8月22日讯).
DAYS_TOLD_BEFORE = [
    (
        "2016-08-22",
        "新华网长沙8月22日讯 8月16-20日，湖南投资贸易洽谈周在上海举办。活动期间，株洲市共签约3个项目。"
        "在重大项目签约仪式上，株洲市签约了新材料产业园项目，总投资5亿元。",
        [("新材料产业园项目", "signed", "2016-08-16/2016-08-20", "株洲市")],
    ),
    (
        "2023-05-12",
        "本报讯 5月12日电 5月9-10日，第三届数字经济大会在福州举办。会议期间，福州市签约项目12个。"
        "在重大项目签约仪式上，福州市签约了智能终端产业园项目，总投资8亿元。",
        [("智能终端产业园项目", "signed", "2023-05-09/2023-05-10", "福州市")],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), DAYS_TOLD_BEFORE, ids=[str(i) for i in range(len(DAYS_TOLD_BEFORE))]
)
def test_a_ceremony_takes_the_days_told_before_not_the_dateline(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert fields_of(text, reference) == expected


# A ceremony told again after the report turned to other times (签约现场，…; 此次签约…) is the event told before:
# its deals keep that event's day, not the year the paragraphs between carried.
TOLD_AGAIN_LATER = [
    (
        "2016-01-28",
        "1月28日，湘江新区举行重大项目集中签约仪式，现场签约项目26个。\n新区自成立以来，坚持把项目建设作为发展重中之重。"
        "2015年，新区完成地区生产总值1540亿元。今年，新区将再铺排项目401个，总投资达4360亿元。\n"
        "签约现场，一些项目引得关注。作为此次签约规模最大的项目，滨江新城城市综合体项目总投资80亿元。",
        [("滨江新城城市综合体项目", "signed", "2016-01-28", "长沙新区")],
    ),
    (
        "2023-06-12",
        "6月12日，宁阳县举行重点项目集中签约仪式，现场签约项目12个。\n宁阳县自设县以来，坚持把项目建设作为发展重中之重。"
        "2022年，全县完成地区生产总值540亿元。今年，全县将铺排项目101个，总投资达360亿元。\n"
        "签约现场，一些项目引得关注。作为此次签约规模最大的项目，华丰镇文旅综合体项目总投资30亿元。",
        [("华丰镇文旅综合体项目", "signed", "2023-06-12", "宁阳县")],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), TOLD_AGAIN_LATER, ids=[str(i) for i in range(len(TOLD_AGAIN_LATER))]
)
def test_a_ceremony_told_again_keeps_its_day(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert fields_of(text, reference) == expected


# A page's stamp or path line above the lead (东北新闻网 2017-08-03) opens no section: the lead's period (今年上半年)
# dates the deals of the paragraphs after it.
STAMP_ABOVE_THE_LEAD = [
    (
        "2017-08-03",
        "金普新区上半年经济稳中向好\n经济 投资 金融 东北新闻网 2017-08-03\n记者昨日获悉，今年上半年，金普新区实现地区生产总值"
        "945.1亿元。\n新区以招商引资为生命线，组团外出招商50余次。签约了海德国际医疗中心等重大外资项目10个，协议金额5.62亿美元。",
        [("海德国际医疗中心", "signed", "2017-H1", "金普新区")],
    ),
    (
        "2023-08-03",
        "宁阳县上半年经济稳中向好\n首页 地方新闻 2023-08-03\n今年上半年，宁阳县实现地区生产总值145.1亿元，增长6.4%。\n"
        "县里组团外出招商20余次。签约了新能源电池材料项目等重大项目10个，协议金额50亿元。",
        [("新能源电池材料项目", "signed", "2023-H1", "宁阳县")],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), STAMP_ABOVE_THE_LEAD, ids=[str(i) for i in range(len(STAMP_ABOVE_THE_LEAD))]
)
def test_a_stamp_line_above_the_lead_stops_no_period(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert fields_of(text, reference) == expected


# An earlier event the report refers to (继1月9日集中签约…后) gives the projects told before it neither its stage
# word nor its day: they take the ceremony told after it.
EARLIER_EVENTS = [
    (
        "2016-01-28",
        "全球内镜微创产业集团拟投资50亿元，在洋湖总部经济区打造全球智慧健康医学中心……继1月9日集中签约总投资300亿元的"
        "30个项目后，今天，湖南湘江新区再次举行重大投资商座谈会暨项目集中签约仪式，现场签约项目26个。",
        # the zone it is built in (洋湖总部经济区, data/zones.tsv since session 16), not the host of the signing
        [("全球智慧健康医学中心", "signed", "2016-01-28", "洋湖总部经济区")],
    ),
    (
        "2023-03-28",
        "湖南华菱集团拟投资20亿元，在雨花经开区打造智能制造产业园……继3月9日集中签约总投资100亿元的12个项目后，今天，"
        "长沙市再次举行重点项目集中签约仪式，现场签约项目26个。",
        # (session 44) 雨花经开区 is the coded 雨花经济开发区 (430111400), GB/T 2260's name for it
        [("智能制造产业园", "signed", "2023-03-28", "雨花经济开发区")],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), EARLIER_EVENTS, ids=[str(i) for i in range(len(EARLIER_EVENTS))]
)
def test_an_earlier_event_gives_no_stage_or_day(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert fields_of(text, reference) == expected


def dated(text: str, reference: str) -> list[tuple[str | None, str | None]]:
    return [
        (d.projects[0] if d.projects else d.investors[0], d.date) for d in extract(text, reference_date=reference).deals
    ]


# Deals listed after a figure whose period an earlier clause of their sentence states (2015年签约案中，A…; 首季…投资案
# 共10件，B投资…，C投资…) are of that period; not after a forecast's (预计…), nor after another item's own date
# (A项目3月实现投产，B项目开工建设).
LISTED_AFTER_A_FIGURE = [
    (
        "2016-06-21",
        "高雄市府表示，2015年签约案中，「和发产业园区」签约金额就高达221亿元。",
        [("和发产业园区", "2015")],
    ),
    (
        "2014-04-23",
        "经济部表示，工业局所掌握2014年第一季民间投资50亿元以上大型投资案共10件，日月光投资300多亿元在高雄新建厂房，"
        "友达在新竹投资约300亿元。",
        [("日月光", "2014-Q1"), ("友达", "2014-Q1")],
    ),
    (
        "2023-02-20",
        "宁阳县项目建设提速。投资10亿元的新能源电池材料项目3月实现投产，由泰和集团投资建设的华丰镇文旅综合体项目开工建设。",
        [("新能源电池材料项目", "2023-03"), ("华丰镇文旅综合体项目", None)],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), LISTED_AFTER_A_FIGURE, ids=[str(i) for i in range(len(LISTED_AFTER_A_FIGURE))]
)
def test_deals_listed_after_a_figure_take_its_period(
    reference: str, text: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert dated(text, reference) == expected


def staged(text: str, reference: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (d.projects[0] if d.projects else d.investors[0], d.stage, d.date)
        for d in extract(text, reference_date=reference).deals
    ]


# An investment, landing or start to come told with its time or place between (将于今年开工, 将在苗栗投资22亿元,
# 也将投入31亿元) is a plan, as 将落户 is; one told as begun keeps its stage (已于3月开工，将于年底建成投产).
TO_COME_WITH_TIME_OR_PLACE = [
    (
        "2025-11-11",
        "苗栗县招商成效显著。群联电子将在苗栗投资22亿元，瑞昱半导体也将投入31亿元。",
        [("群联电子", "planned", None), ("瑞昱半导体", "planned", None)],
    ),
    (
        "2012-04-06",
        "哈尔滨市重点项目加快推进。哈医大在呼兰利民开发区建设的研发中心项目将于今年开工，总投资3.5亿元。",
        [("研发中心项目", "planned", None)],
    ),
    (
        "2023-05-10",
        "宁阳县招商引资成效明显。山东泰和集团将在华丰镇投资15亿元建设新能源电池材料项目。",
        [("新能源电池材料项目", "planned", None)],
    ),
    (
        "2023-05-10",
        "宁阳县招商引资成效明显。总投资15亿元的新能源电池材料项目已于3月开工，将于年底建成投产。",
        [("新能源电池材料项目", "started", "2023-03")],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"),
    TO_COME_WITH_TIME_OR_PLACE,
    ids=[str(i) for i in range(len(TO_COME_WITH_TIME_OR_PLACE))],
)
def test_an_investment_to_come_is_a_plan(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert staged(text, reference) == expected


# A sentence opening on the projects just listed (这些投资案目前都已陆续开工兴建中; 这些项目均已开工建设) tells the stage
# of the deals of the sentence before that told none.
STAGE_TOLD_AFTER = [
    (
        "2017-01-26",
        "南投县招商成效显著。另外，在南岗工业区，冠好科技投资40亿元扩厂，树德企业投资20亿设厂。"
        "这些投资案目前都已陆续开工兴建中，估计可创造就业机会2000个。",
        [("冠好科技", "started", None), ("树德企业", "started", None)],
    ),
    (
        "2023-05-10",
        "宁阳县招商引资成效明显。新能源电池材料项目总投资15亿元，智能终端产业园项目总投资8亿元。这些项目均已开工建设。",
        [("智能终端产业园项目", "started", None)],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), STAGE_TOLD_AFTER, ids=[str(i) for i in range(len(STAGE_TOLD_AFTER))]
)
def test_a_sentence_on_the_projects_listed_tells_their_stage(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert staged(text, reference) == expected


# Items of a list after "；" take the stage of their own head (有2个项目开工，包括…), also an item a firm heads with its
# money (桑圆门业投资1.24亿元建设的|C项目), not the stage of the list before the "；" (有5个项目竣工，包括…).
FIRM_HEADED_ITEMS = [
    (
        "2017-12-10",
        "这次开工、竣工的7个重点项目中，有5个项目竣工，包括职业中专实训基地、青树坪镇中心大市场；有2个项目开工，"
        "包括黄马州产业园、桑圆门业投资1.24亿元建设的年产50万樘门生产线。",
        [
            ("职业中专实训基地", "completed", None),
            ("青树坪镇中心大市场", "completed", None),
            ("黄马州产业园", "started", None),
            ("年产50万樘门生产线", "started", None),
        ],
    ),
    (
        "2023-12-10",
        "今年全县有3个项目投产，包括新材料产业园；有2个项目开工，包括华丰镇文旅综合体项目、泰和集团投资5亿元建设的"
        "新能源电池材料项目。",
        [
            ("新材料产业园", "completed", "2023"),
            ("华丰镇文旅综合体项目", "started", "2023"),
            ("新能源电池材料项目", "started", "2023"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), FIRM_HEADED_ITEMS, ids=[str(i) for i in range(len(FIRM_HEADED_ITEMS))]
)
def test_an_item_a_firm_heads_takes_its_list_head_stage(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert staged(text, reference) == expected


# A reserve list (预备项目N个，分别是…) is planned, as 储备 is: no stage reached, no date.
RESERVE_LISTS = [
    (
        "2014-05-20",
        "桂林市新增自治区层面统筹推进重大项目。预备项目2个，分别是桂林海吉星食尚港项目一期工程，总投资65亿元；"
        "桂林世外人间生态养生建设项目，总投资12亿元。",
        [("桂林海吉星食尚港项目一期工程", "planned", None), ("桂林世外人间生态养生建设项目", "planned", None)],
    ),
    (
        "2014-05-20",
        "柳州市重大项目稳步推进。今年预备项目2个，分别是柳东新区智能制造产业园项目，总投资30亿元；"
        "鹿寨县文旅综合体项目，总投资12亿元。",
        [("柳东新区智能制造产业园项目", "planned", None), ("鹿寨县文旅综合体项目", "planned", None)],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"), RESERVE_LISTS, ids=[str(i) for i in range(len(RESERVE_LISTS))]
)
def test_a_reserve_list_is_planned(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert staged(text, reference) == expected


def investor_fields(text: str, reference: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.investors[0], d.stage, d.date) for d in extract(text, reference_date=reference).deals]


# A ceremony of several stages (集中签约开工仪式) told again by one of them in later paragraphs (本次集中签约…; 开工仪式
# 上，…) is the same event: its deals keep its day.
SEVERAL_STAGES_TOLD_AGAIN = [
    (
        "2025-11-13",
        "11月11日，临高县2025年第三批项目集中签约开工仪式在金牌港开发区举行。本次集中签约开工项目共25个，总投资额达33.9亿元。\n"
        "县委书记宣布项目开工，县领导出席开工仪式。\n"
        "开工仪式上，临高县政府与海南农垦食品科技有限公司签署投资合作协议，总投资5亿元。",
        [("海南农垦食品科技有限公司", "signed", "2025-11-11")],
    ),
    (
        "2025-06-10",
        "6月8日，宁阳县重点项目集中签约开工仪式在华丰镇举行。本次集中签约开工项目共12个，总投资额达30亿元。\n"
        "县领导宣布项目开工，并出席开工仪式。\n开工仪式上，宁阳县政府与泰和集团签署投资合作协议，总投资8亿元。",
        [("泰和集团", "signed", "2025-06-08")],
    ),
]


@pytest.mark.parametrize(
    ("reference", "text", "expected"),
    SEVERAL_STAGES_TOLD_AGAIN,
    ids=[str(i) for i in range(len(SEVERAL_STAGES_TOLD_AGAIN))],
)
def test_a_ceremony_of_several_stages_told_again_keeps_its_day(
    reference: str, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert investor_fields(text, reference) == expected


# Progress reports tell construction under way in words of their own (等项目加快建设, 进行土建施工, 建设进入收尾):
# started; a plan to speed it up (明年将加快建设A) is not started.
UNDER_WAY = [
    (
        "宁阳县项目建设提速。新能源电池材料项目、智能装备产业园项目等项目加快建设。",
        [("新能源电池材料项目", "started"), ("智能装备产业园项目", "started")],
    ),
    ("宁阳县项目建设提速。总投资10亿元的新能源电池材料项目正在进行土建施工。", [("新能源电池材料项目", "started")]),
    ("宁阳县项目建设提速。总投资10亿元的智能装备产业园项目主体施工已过半。", [("智能装备产业园项目", "started")]),
    ("宁阳县项目建设提速。总投资5亿元的文化旅游产业园项目建设进入收尾。", [("文化旅游产业园项目", "started")]),
    ("宁阳县项目建设提速。明年将加快建设总投资10亿元的新能源电池材料项目。", [("新能源电池材料项目", None)]),
]


@pytest.mark.parametrize(("text", "expected"), UNDER_WAY, ids=[str(i) for i in range(len(UNDER_WAY))])
def test_construction_told_as_under_way_is_started(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2024-07-17").deals] == expected


# A stage close at hand (开工在即, 签约在即) is not reached: planned.
IMMINENT = [
    ("宁阳县项目建设提速。总投资10亿元的新能源电池材料项目开工在即。", [("新能源电池材料项目", "planned")]),
    ("宁阳县项目建设提速。智能装备产业园项目建设开工在即。", [("智能装备产业园项目", "planned")]),
    ("宁阳县招商引资成效明显。总投资5亿元的文化旅游产业园项目签约在即。", [("文化旅游产业园项目", "planned")]),
    ("宁阳县项目建设提速。总投资10亿元的新能源电池材料项目已开工。", [("新能源电池材料项目", "started")]),
]


@pytest.mark.parametrize(("text", "expected"), IMMINENT, ids=[str(i) for i in range(len(IMMINENT))])
def test_a_stage_close_at_hand_is_planned(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.projects[0], d.stage) for d in extract(text, reference_date="2024-07-17").deals] == expected
