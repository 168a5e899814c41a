"""Where a deal is: the place its projects land, not where they were signed or who signed them."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)


def places_of(text: str, reference: str = "2023-12-01") -> list[tuple[str, str | None]]:
    return [(d.projects[0], d.place) for d in extract(text, reference_date=reference).deals]


# A place the signing was held at (在深圳签约了, 赴上海…签约) outside the report's own place is a venue: the
# projects land in the county their name gives, else in the report's place.
SIGNED_ELSEWHERE = [
    (
        "陇南市招商引资成效明显。陇南市在上海成功签约了西和县电子信息产业园项目、成县中药材加工项目等6个项目，"
        "总投资12亿元。陇南市将继续推进。",
        [("西和县电子信息产业园项目", "西和县"), ("成县中药材加工项目", "成县")],
    ),
    (
        "甘南州招商工作成效明显，甘南州全力推进项目建设。甘南州近日在深圳签约了临潭县文化旅游发展中心项目，"
        "总投资3亿元。",
        [("临潭县文化旅游发展中心项目", "临潭县")],
    ),
    (
        "宁阳县扎实开展招商引资。宁阳县代表团在杭州市集中签约新能源电池材料项目，总投资15亿元。宁阳县将做好服务。",
        [("新能源电池材料项目", "宁阳县")],
    ),
    (
        "鄉寧縣招商引資取得新成效。鄉寧縣在廣州簽約了精細化工新材料項目，總投資8億元。鄉寧縣將全力保障項目建設。",
        [("精細化工新材料項目", "乡宁县")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_ELSEWHERE, ids=[str(i) for i in range(len(SIGNED_ELSEWHERE))])
def test_a_signing_held_elsewhere_is_no_place_of_its_projects(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected


def test_a_signing_held_inside_the_report_place_places_its_projects() -> None:
    # 宁阳县 lies in 泰安市: signing there is signing at home, and the county is where the project is
    text = "泰安市招商引资成效明显。泰安市在宁阳县签约了新能源电池材料项目，总投资15亿元。泰安市将做好服务。"
    assert places_of(text) == [("新能源电池材料项目", "宁阳县")]


# A ceremony named after its host (宁阳县重点项目集中签约仪式) is held there when the text names no other venue
# (在县会议中心举行): the deals of a city report signed at a county's ceremony land in that county.
NAMED_HOSTS = [
    (
        "泰安市项目建设提速。6月12日，宁阳县重点项目集中签约仪式在县会议中心举行。年产5万吨新材料项目总投资10亿元。"
        "泰安市将做好服务。",
        [("年产5万吨新材料项目", "宁阳县")],
    ),
    (
        "聊城市招商引资再结硕果。25日上午，东阿县重大招商项目签约仪式举行。阿胶生物科技产业园项目签约，"
        "总投资12亿元。聊城市将持续优化营商环境。",
        [("阿胶生物科技产业园项目", "东阿县")],
    ),
    (
        "台州市扩大有效投资。9月1日，温岭市2023年第三季度重大项目集中开工仪式在市民中心举行。"
        "泵业智能制造基地项目总投资8亿元。台州市全力推进项目建设。",
        [("泵业智能制造基地项目", "温岭市")],
    ),
    (
        "臺州市擴大有效投資。9月1日，溫嶺市重大項目集中簽約儀式在市民中心舉行。泵業智能製造基地項目總投資8億元。"
        "臺州市全力推進項目建設。",
        [("泵業智能製造基地項目", "温岭市")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_HOSTS, ids=[str(i) for i in range(len(NAMED_HOSTS))])
def test_a_ceremony_named_after_its_host_places_its_deals(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected


def dates_of(text: str, reference: str) -> list[tuple[str, str | None]]:
    return [(d.projects[0], d.date) for d in extract(text, reference_date=reference).deals]


# A sentence opening with a period of its own (2024年，我们将…) dates the deals it tells without a stage's date,
# not the period the paragraph before it carried.
OWN_PERIODS = [
    (
        "宁阳县政府工作报告\n2023年，我们坚持项目为王。年产5万吨新材料项目建成投产。\n"
        "2024年，我们将加快建设智能制造产业园项目，总投资20亿元。",
        "2024-02-01",
        [("年产5万吨新材料项目", "2023"), ("智能制造产业园项目", "2024")],
    ),
    (
        "宁阳县政府工作报告\n2023年，我们坚持项目为王。年产5万吨新材料项目建成投产。\n"
        "2024年一季度，高端装备产业园项目总投资12亿元，完成投资3亿元。",
        "2024-05-01",
        [("年产5万吨新材料项目", "2023"), ("高端装备产业园项目", "2024-Q1")],
    ),
    (
        "寧陽縣政府工作報告\n2023年，我們堅持項目為王。年產5萬噸新材料項目建成投產。\n"
        "2024年，我們將加快建設智能製造產業園項目，總投資20億元。",
        "2024-02-01",
        [("年產5萬噸新材料項目", "2023"), ("智能製造產業園項目", "2024")],
    ),
    (
        "宁阳县政府工作报告\n去年，我们坚持项目为王。年产5万吨新材料项目建成投产。\n"
        "今年，我们将全力推进高端装备产业园项目，总投资12亿元。",
        "2024-02-01",
        [("年产5万吨新材料项目", "2023"), ("高端装备产业园项目", "2024")],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), OWN_PERIODS, ids=[str(i) for i in range(len(OWN_PERIODS))])
def test_a_sentence_opening_with_its_own_period_dates_its_deals(
    text: str, reference: str, expected: list[tuple[str, str]]
) -> None:
    assert dates_of(text, reference) == expected


# A period opening the first clause after the source of the news (据了解，今年以来，…; 据不完全统计，1—5月，…;
# 报告显示，今年上半年，…) dates what the sentence tells, as it does without the source.
_LONG = "宁阳县坚持把招商引资作为经济工作的生命线，"
AFTER_THE_SOURCE = [
    (f"据了解，今年以来，{_LONG}共签约引进年产5万吨新材料项目。", "2023"),
    (f"据不完全统计，1—5月，{_LONG}新签约年产5万吨新材料项目，总投资10亿元。", "2023-01/2023-05"),
    (f"报告显示，今年上半年，{_LONG}引进了年产5万吨新材料项目。", "2023-H1"),
    (f"据统计，今年一季度，{_LONG}年产5万吨新材料项目开工建设，总投资10亿元。", "2023-Q1"),
    ("據了解，今年以來，寧陽縣堅持把招商引資作為經濟工作的生命線，共簽約引進年產5萬噸新材料項目。", "2023"),
]


@pytest.mark.parametrize(("body", "expected"), AFTER_THE_SOURCE, ids=[str(i) for i in range(len(AFTER_THE_SOURCE))])
def test_a_period_after_the_source_of_the_news_dates_the_deal(body: str, expected: str) -> None:
    deals = extract("宁阳县招商引资成效明显\n" + body, reference_date="2023-06-20").deals
    assert [d.date for d in deals] == [expected]


# A route between places (南宁至百色高速公路, 济南—潍坊高铁) lies in none of them alone: the places its name
# joins are not where it is, and it takes the place read around it.
ROUTES = [
    (
        "山东省重大项目建设提速，山东省全力推进。济南至滨州高速公路项目开工建设，总投资300亿元。",
        [("济南至滨州高速公路项目", "山东省")],
    ),
    (
        "山东省重大项目建设提速，山东省全力推进。德州至上饶高速公路临清至东阿段项目开工建设，总投资80亿元。",
        [("德州至上饶高速公路临清至东阿段项目", "山东省")],
    ),
    (
        "广西重大项目建设提速，广西全力推进。南宁至百色高速公路、崇左至靖西高速公路等项目建成通车。",
        [("南宁至百色高速公路", "广西壮族自治区"), ("崇左至靖西高速公路", "广西壮族自治区")],
    ),
    (
        "河南省重大项目建设提速，河南省全力推进。郑州至洛阳城际铁路项目开工建设，总投资200亿元。",
        [("郑州至洛阳城际铁路项目", "河南省")],
    ),
    (
        "廣西重大項目建設提速，廣西全力推進。南寧至百色高速公路項目建成通車，總投資200億元。",
        [("南寧至百色高速公路項目", "广西壮族自治区")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUTES, ids=[str(i) for i in range(len(ROUTES))])
def test_a_route_lies_in_none_of_the_places_it_joins(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected


# The sentence after a project saying where it lands (该项目位于X, 项目选址X) places it.
_TOLD = "泰安市重点项目建设提速，泰安市全力推进。年产5万吨新材料项目总投资10亿元，已开工建设。"
TOLD_NEXT = [
    (_TOLD + "该项目位于宁阳县华丰镇，主要建设生产车间。", "华丰镇"),
    (_TOLD + "项目选址宁阳经济开发区，主要建设生产车间。", "宁阳经济开发区"),
    (_TOLD + "此项目落户于东平县，达产后年产值20亿元。", "东平县"),
    (_TOLD + "项目坐落在肥城市，占地300亩。", "肥城市"),
    (
        "泰安市重點項目建設提速，泰安市全力推進。年產5萬噸新材料項目總投資10億元，已開工建設。該項目位於寧陽縣，佔地300畝。",
        "宁阳县",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_NEXT, ids=[str(i) for i in range(len(TOLD_NEXT))])
def test_the_next_sentence_saying_where_the_project_lands_places_it(text: str, expected: str) -> None:
    assert [place for _, place in places_of(text)] == [expected]


# Projects said to land in several places at once (分别位于A、B和C; 分布在A、B、C等地) land in none of them
# alone: they keep the place the text speaks of.
SEVERAL_PLACES = [
    "宁阳县重点项目集中开工\n当天开工的年产5万吨新材料项目、高端装备产业园项目等12个项目，分别位于宁阳经济开发区、"
    "华丰镇和磁窑镇，总投资36亿元。",
    "宁阳县重点项目集中开工\n年产5万吨新材料项目、高端装备产业园项目等12个项目集中开工，项目分布在宁阳经济开发区、"
    "华丰镇、磁窑镇等地，总投资36亿元。",
    "宁阳县重点项目集中开工\n年产5万吨新材料项目、高端装备产业园项目分别落户华丰镇和磁窑镇，总投资36亿元，已开工建设。",
    "寧陽縣重點項目集中開工\n當天開工的年產5萬噸新材料項目、高端裝備產業園項目等12個項目，分別位於寧陽經濟開發區、"
    "華豐鎮和磁窯鎮，總投資36億元。",
]


@pytest.mark.parametrize("text", SEVERAL_PLACES, ids=[str(i) for i in range(len(SEVERAL_PLACES))])
def test_projects_landing_in_several_places_keep_the_place_spoken_of(text: str) -> None:
    assert {place for _, place in places_of(text)} == {"宁阳县"}


# A place after a landing verb in a ceremony's sentence (…项目将建在华丰镇; 开工项目分布在A、B等地) is where
# projects land, not where the ceremony is held: the other deals of the event do not take it.
_LATER = "\n此外，高端装备产业园项目总投资8亿元。"
LANDING_IN_THE_LEAD = [
    "泰安市重点项目集中签约\n6月12日，泰安市重点项目集中签约仪式举行，坚持把招商引资作为经济工作的生命线，"
    "首个签约的年产5万吨新材料项目将建在宁阳县华丰镇。" + _LATER,
    "泰安市重点项目集中开工\n6月12日，泰安市二季度重点项目集中开工，坚持把招商引资作为经济工作的生命线，"
    "开工项目分布在宁阳县、东平县等地。" + _LATER,
    "泰安市重点项目集中签约\n6月12日，泰安市重点项目集中签约仪式举行，坚持把招商引资作为经济工作的生命线，"
    "多数项目将落户于宁阳县。" + _LATER,
    "泰安市重點項目集中簽約\n6月12日，泰安市重點項目集中簽約儀式舉行，堅持把招商引資作為經濟工作的生命線，"
    "多數項目將坐落在寧陽縣。\n此外，高端裝備產業園項目總投資8億元。",
]


@pytest.mark.parametrize("text", LANDING_IN_THE_LEAD, ids=[str(i) for i in range(len(LANDING_IN_THE_LEAD))])
def test_a_landing_place_in_the_lead_is_no_venue(text: str) -> None:
    assert places_of(text, "2023-06-20")[-1][1] == "泰安市"


# A sub-venue of an event (宁阳县分会场) is a place's part of the event, no organisation (分会 is one only before
# other words): the projects started there are that place's.
_MAIN = "泰安市重点项目集中开工\n6月12日，泰安市二季度重点项目集中开工仪式举行，坚持把项目建设作为经济工作的生命线。"
SUB_VENUES = [
    _MAIN + "宁阳县分会场共开工项目12个，其中年产5万吨新材料项目总投资10亿元。",
    _MAIN + "在宁阳县分会场，年产5万吨新材料项目总投资10亿元。",
    _MAIN + "宁阳县分会场开工的年产5万吨新材料项目总投资10亿元。",
    "泰安市重點項目集中開工\n6月12日，泰安市二季度重點項目集中開工儀式舉行，堅持把項目建設作為經濟工作的生命線。"
    "寧陽縣分會場開工的年產5萬噸新材料項目總投資10億元。",
]


@pytest.mark.parametrize("text", SUB_VENUES, ids=[str(i) for i in range(len(SUB_VENUES))])
def test_projects_of_a_sub_venue_are_its_place(text: str) -> None:
    assert places_of(text, "2023-06-20")[0][1] == "宁阳县"


# A page's date with its time (发布时间：2023-06-12 10:40:41) run into the body where the page lost its line
# breaks is the page's, no event's day: an event told without a day (日前，…签约仪式) keeps none.
_SIGNED = "日前，宁阳县举行项目集中签约仪式，年产5万吨新材料项目等6个项目现场签约，坚持把招商引资作为经济工作的生命线。"
STAMPS = [
    "宁阳县集中签约6个项目\n发布时间：2023-06-12 10:40:41 | 来源：宁阳新闻网 | 编辑：张三" + _SIGNED,
    "宁阳县集中签约6个项目\n2023-06-12 09:15 来源：泰安日报 作者：李四" + _SIGNED,
    "宁阳县集中签约6个项目\n时间：2023-6-12 10:40 浏览次数：1024 " + _SIGNED,
    "寧陽縣集中簽約6個項目\n發佈時間：2023-06-12 10:40:41 | 來源：寧陽新聞網 | 責任編輯：王五"
    "日前，寧陽縣舉行項目集中簽約儀式，年產5萬噸新材料項目等6個項目現場簽約，堅持把招商引資作為經濟工作的生命線。",
]


@pytest.mark.parametrize("text", STAMPS, ids=[str(i) for i in range(len(STAMPS))])
def test_a_page_stamp_run_into_the_body_is_no_event_day(text: str) -> None:
    assert [date for _, date in dates_of(text, "2023-06-12")] == [None]


# A deal of no stage is dated by the period before one of its amounts in that amount's clause (今年已完成投资3亿元);
# a plan's period (今年计划投资5亿元) dates nothing yet.
_HEAD = "宁阳县重点项目建设提速\n坚持把项目建设作为经济工作的生命线。"
AMOUNT_PERIODS = [
    (_HEAD + "年产5万吨新材料项目，今年已完成投资3亿元。", "2023"),
    (_HEAD + "年产5万吨新材料项目总投资10亿元，1—5月完成投资3亿元。", "2023-01/2023-05"),
    (_HEAD + "高端装备产业园项目总投资8亿元，上半年完成投资2亿元。", "2023-H1"),
    ("寧陽縣重點項目建設提速\n堅持把項目建設作為經濟工作的生命線。年產5萬噸新材料項目，今年已完成投資3億元。", "2023"),
    (_HEAD + "年产5万吨新材料项目今年计划投资5亿元。", None),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNT_PERIODS, ids=[str(i) for i in range(len(AMOUNT_PERIODS))])
def test_the_period_of_its_amount_dates_a_deal_of_no_stage(text: str, expected: str | None) -> None:
    assert [date for _, date in dates_of(text, "2023-07-20")] == [expected]


# A place building or signing for a project with its investor, in the clause leading into the project's name
# (X与青秀区共同打造的Y项目), is where the project is.
_NANNING = "南宁市招商引资成效明显\n南宁市坚持把招商引资作为经济工作的生命线，"
PARTNER_PLACES = [
    _NANNING + "香港卫视国际传媒集团与青秀区共同打造的香港卫视文化产业项目签约。",
    _NANNING + "华为公司与青秀区签约的华为云计算中心项目总投资10亿元。",
    _NANNING + "由华为公司和青秀区联合投资的华为云计算中心项目总投资10亿元。",
    "南寧市招商引資成效明顯\n南寧市堅持把招商引資作為經濟工作的生命線，香港衛視國際傳媒集團與青秀區共同打造的香港衛視文化產業項目簽約。",
]


@pytest.mark.parametrize("text", PARTNER_PLACES, ids=[str(i) for i in range(len(PARTNER_PLACES))])
def test_the_place_building_a_project_with_its_investor_places_it(text: str) -> None:
    assert [place for _, place in places_of(text, "2023-06-20")] == ["青秀区"]


# A government signing or building a project with its investor is named after the place it lands in.
GOVERNMENTS_SIGNING = [
    ("6月5日，平鲁区人民政府与山西华润公司签约年产10万吨煤矸石综合利用项目，总投资5亿元。", "平鲁区"),
    ("上饶经开区管委会与晶科能源签约光伏组件项目，总投资30亿元。", "上饶经济技术开发区"),
    ("晶科能源与上饶经开区管委会签订的光伏组件项目，总投资30亿元。", "上饶经济技术开发区"),
    ("鄉寧縣人民政府和山西某某化工有限公司簽署精細化工新材料項目，總投資8億元。", "乡宁县"),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNMENTS_SIGNING)
def test_a_government_signing_for_its_place_places_the_project(text: str, expected: str) -> None:
    ((_, place),) = places_of(text, "2020-06-06")
    assert place == expected


def test_each_item_of_a_list_takes_its_own_signing_government() -> None:
    text = (
        "我省共有3个项目进行现场签约。项目分别是：山西转型综合改革示范区管理委员会与中科华能科技有限公司签署"
        "新型锂电池项目、平鲁区人民政府和杭州易帆绝缘材料有限公司签署管道生产制造项目、吕梁经济技术开发区管委会"
        "和北京朗凯尔医疗设备有限公司签署智能洗肺机生产项目。"
    )
    assert [place for _, place in places_of(text, "2020-06-06")] == [
        "山西转型综合改革示范区",
        "平鲁区",
        "吕梁经济技术开发区",
    ]


# A county opening the first name of a list places every item of it, as a zone does, when the list is
# counted (等7个项目) and no later item names a place of its own.
COUNTY_HEADING_A_LIST = [
    (
        "泉州市招商大会举行，54个泉州项目签约。其中永春县联源机械生产线项目、海峡花卉产业园项目、"
        "源腾新型环保建材生产线项目等7个项目成功签约，单个项目投资额均在亿元以上。",
        ["永春县", "永春县", "永春县"],
    ),
    (
        "3月5日，南平市重点项目集中签约。其中建阳区新能源电池项目、智能装备产业园项目、食品加工项目等5个项目成功签约。",
        ["建阳区", "建阳区", "建阳区"],
    ),
    (
        "泉州市招商大會舉行，54個泉州項目簽約。其中永春縣聯源機械生產線項目、海峽花卉產業園項目等7個項目成功簽約，"
        "單個項目投資額均在億元以上。",
        ["永春县", "永春县"],
    ),
    (
        "赣州市举行招商签约活动。其中于都县服装产业园项目、纺织印染项目、智能仓储项目等6个项目成功签约，总投资45亿元。",
        ["于都县", "于都县", "于都县"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTY_HEADING_A_LIST)
def test_a_county_opening_a_list_places_its_items(text: str, expected: list[str]) -> None:
    assert [place for _, place in places_of(text, "2020-06-06")] == expected


def test_an_item_naming_its_own_county_is_not_placed_by_an_earlier_item_s() -> None:
    text = (
        "海东市重点项目加快推进。开工项目主要有总投资4.5亿元的互助县金厦广场项目、总投资2.8亿元的互助县彩虹"
        "休闲度假中心项目、总投资5.68亿元的民和县年产20万吨铝合金棒材型材生产线项目。"
    )
    assert places_of(text, "2014-06-06")[-1] == ("民和县年产20万吨铝合金棒材型材生产线项目", "民和回族土族自治县")


# 在南阳市主会场进行了集中签约: the hall a signing was held in is no landing place of its projects.
VENUE_HALLS = [
    ("桐柏县年产100万吨工业盐项目(月河镇)在南阳市主会场进行了集中签约，合同引资额15.3亿元。", "桐柏县"),
    ("宁阳县新能源电池项目在泰安市分会场集中签约，总投资5亿元。", "宁阳县"),
    ("永春縣高端紙品項目在泉州市會議中心簽約，總投資3億元。", "永春县"),
    ("沙洋县绿色建材项目在荆门市会展中心签约，总投资8亿元。", "沙洋县"),
]


@pytest.mark.parametrize(("text", "expected"), VENUE_HALLS)
def test_the_hall_a_signing_was_held_in_is_no_landing_place(text: str, expected: str) -> None:
    ((_, place),) = places_of(text, "2021-06-06")
    assert place == expected


# A zone that ends a project's name (…凤凰科技城, …度假区一期, …工业园区建设项目) is the project itself: it names no
# place the project lies in. A zone heading the name (宜昌高新区生物医药产业园项目) still does.
ZONES_NAMING_THE_PROJECT = [
    ("重大项目加快推进。总投资500亿元的佳兆业凤凰科技城签约落户。", [("佳兆业凤凰科技城", None)]),
    (
        "广西重大项目有序推进，广西铜石岭国际旅游度假区一期等项目开工建设，总投资30亿元。",
        [("广西铜石岭国际旅游度假区一期", "广西壮族自治区")],
    ),
    (
        "哈尔滨市重点项目加快推进，中航工业哈尔滨轴承有限公司工业园区建设项目开工建设，总投资12亿元。",
        [("中航工业哈尔滨轴承有限公司工业园区建设项目", "哈尔滨市")],
    ),
    (
        "宜昌市招商引资成效明显。宜昌高新区生物医药产业园项目开工建设，总投资12亿元。",
        [("宜昌高新区生物医药产业园项目", "宜昌高新区")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ZONES_NAMING_THE_PROJECT, ids=[str(i) for i in range(len(ZONES_NAMING_THE_PROJECT))]
)
def test_a_zone_ending_a_project_name_is_no_place_of_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert places_of(text) == expected


# A park or project standing as the subject of a clause (湘商产业园项目9个，…; 大宗固废基地建设受到…关注; A等92个续建项目
# 复工建设) may set the place of the figures after it, but the deals later in the paragraph lie in the area before it.
PARKS_TOLD_BEFORE = [
    (
        "大连市金普新区招商引资成效明显。光洋智能装备制造产业园等92个续建项目复工建设。"
        "宝能环球金融中心、苏宁易达物流等22个新建项目全面开工，总投资80亿元。",
        [("光洋智能装备制造产业园", "金普新区"), ("宝能环球金融中心", "金普新区"), ("苏宁易达物流", "金普新区")],
    ),
    (
        "邵阳市在沪洽周签约项目26个。湘商产业园项目9个，总投资18.63亿元。邵东印刷产业园、邵阳县扫地机器人等项目签约，"
        "总投资5亿元。",
        [("邵东印刷产业园", "邵阳市")],
    ),
    (
        "牟定县工业经济蓄势待发。大宗固废基地建设受到省委省政府关注推动，争取到位专债资金10亿元。含硅废渣利用项目全面投产，"
        "总投资3亿元。",
        [("含硅废渣利用项目", "牟定县")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARKS_TOLD_BEFORE, ids=[str(i) for i in range(len(PARKS_TOLD_BEFORE))])
def test_a_park_told_as_a_subject_is_no_place_of_later_deals(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected
