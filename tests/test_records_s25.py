"""Wordings written for classes the session-25 error analysis showed (not taken from pages): Taiwanese reports of a
firm putting money into a plant, told with the firm in the sentence before, behind what it is known for, or after
the program that approved it."""

from __future__ import annotations

import pytest

from dsz_extract import extract

Y = 100_000_000  # 亿元

# (text, investor, amount, place, stage)
FIRMS_INVESTING: list[tuple[str, str, int, str | None, str | None]] = [
    # the firm opens the sentence before, the investing sentence names no one (or the firm again as 公司)
    (
        "碁銘科技著力於電池材料研發與製造,產品銷往日本及韓國。因應客戶需求,將斥資逾3億元在桃園市觀音工業區興建新廠。",
        "碁銘科技",
        3 * Y,
        "观音工业区",  # (session 33) a zone named apart from its unit written in full (real-dev JU04's gold)
        "planned",
    ),
    (
        "福全食品專注於冷凍食品製造。為提升產能,公司將擴大招聘本國員工,投資逾2億元在臺南市興建新廠。",
        "福全食品",
        2 * Y,
        "台南市",
        "planned",
    ),
    # …or the clause before a "；" (a body named after the money does not make the money its)
    (
        "東林科技是全球第二大扣件製造商,原規劃在越南設廠;不過,受到關稅影響,決議投資 12 億元在台中市大甲區建置新廠,"
        "壯大台灣扣件產業聯盟的競爭力。",
        "東林科技",
        12 * Y,
        "大甲区",
        "planned",
    ),
    # 挹注 and 砸下 invest
    ("聯電也決定再挹注500億元於南科新設晶圓廠。", "聯電", 500 * Y, None, None),
    (
        "碁豐科技是全球前三大工具機製造商,決定將海外產能移回台中廠區,砸下 8 億元擴建廠房。",
        "碁豐科技",
        8 * Y,
        None,
        "planned",
    ),
    # the firm after what it is known for, or after the program that approved it
    (
        "全球少數能自製高階伺服馬達的鉅鋒科技,則規劃投入 20 億,擴建台中工業區生產基地。",
        "鉅鋒科技",
        20 * Y,
        None,
        "planned",
    ),
    (
        "經濟部今宣佈,中小企業方案通過塑膠大廠長泰化工,投資9.5億元於彰化廠區擴增產線。",
        "長泰化工",
        95 * Y // 10,
        "彰化县",
        "planned",
    ),
    # a plant of its trade, a rank before the firm
    ("另精密模具高科技廠信昌機器廠,為擴大產能,預計斥資2億元新建台南市新營廠。", "信昌機器廠", 2 * Y, None, "planned"),
    ("隱形冠軍永豐企業投資四十億元最多。", "永豐企業", 40 * Y, None, None),
]


@pytest.mark.parametrize(
    ("text", "investor", "amount", "place", "stage"),
    FIRMS_INVESTING,
    ids=["next sentence", "next sentence 公司", "after ；", "挹注", "砸下", "known for", "approved", "plant", "rank"],
)
def test_a_firm_putting_money_into_a_plant_is_a_deal_of_its_own(
    text: str, investor: str, amount: int, place: str | None, stage: str | None
) -> None:
    deals = [d for d in extract(text).deals if investor in d.investors]
    assert len(deals) == 1, extract(text).deals
    deal = deals[0]
    assert [a.money.amount for a in deal.amounts if a.role == "total"] == [amount]
    assert deal.projects == []
    assert (deal.place, deal.stage) == (place, stage)


def test_a_firms_investment_told_again_with_the_same_sum_is_one_deal() -> None:
    told_again = "值得一提的是,美商戴爾(Dell)將在台灣設立全球研發中心,進行下一世代電腦研發,總投資額高達新台幣36億元。"
    alone = [(d.investors, [a.money.amount for a in d.amounts]) for d in extract(told_again).deals]
    assert alone == [(["戴爾"], [36 * Y])]
    text = "今年外商投資案中,其中戴爾在台投資新台幣36億元,設立電腦與周邊設備研發中心。\n" + told_again
    deals = [(d.investors, [a.money.amount for a in d.amounts]) for d in extract(text).deals]
    assert deals == [(["戴爾"], [36 * Y])]


def test_a_plant_described_before_it_is_no_investor() -> None:
    text = "董事長指出,第二廠規畫為地下一層、地上六層的專用製造廠房,總樓地板面積約6000坪,投資金額近5億元。"
    assert not any("製造廠" in name for d in extract(text).deals for name in d.investors)


# Firms a city and its units sign with, closed by 等企业 and their signing of the projects: the firms invest (one deal
# each, signed, where the city is); the items are no projects.
FIRMS_SIGNING_WITH_A_CITY: list[tuple[str, list[str], str]] = [
    (
        "武威市及5个县区分别和北京甲乙能源、上海丙丁电子等企业签约合作项目20个,签约金额80.5亿元。",
        ["北京甲乙能源", "上海丙丁电子"],
        "武威市",
    ),
    (
        "张掖市及各县区分别和北京甲乙能源、上海丙丁电子等企业签约合作项目20个。",
        ["北京甲乙能源", "上海丙丁电子"],
        "张掖市",
    ),
]


@pytest.mark.parametrize(("text", "firms", "place"), FIRMS_SIGNING_WITH_A_CITY, ids=["counted units", "各县区"])
def test_firms_a_city_and_its_units_sign_with_are_its_investors(text: str, firms: list[str], place: str) -> None:
    report = extract(text)
    assert not [m.text for m in report.mentions if m.type == "project"]
    assert [(d.investors, d.place, d.stage) for d in report.deals] == [([f], place, "signed") for f in firms]


def test_a_class_of_projects_by_who_invests_still_closes_a_list_of_projects() -> None:
    text = "其中,甲乙风电场、丙丁民宿建设等9个企业投资项目,总投资31.68亿元。"
    named = [m.text for m in extract(text, projects="rules").mentions if m.type == "project"]
    assert named == ["甲乙风电场", "丙丁民宿建设"]


def test_owners_classes_in_slang_are_no_organisations() -> None:
    text = "来自世界500强、中国500强、央字号、国字头等二十余家大企业与某某区现场签约了30个项目。"
    assert not [m.text for m in extract(text).mentions if m.type == "org"]


# A flow told 截至目前 on a page that shows no date: this year so far, its year unknown (XXXX), as 今年 is there; on a
# dated page, January to the reference month.
AS_OF_NOW: list[tuple[str, str | None, str]] = [
    ("截至目前,全县新引进项目61个,协议总投资221.55亿元。", None, "XXXX"),
    ("今年以来,全县招商成效显著。\n\n截至目前,新引进项目61个,协议总投资221.55亿元。", None, "XXXX"),
    ("截至目前,全县新引进项目61个,协议总投资221.55亿元。", "2023-06-01", "2023-01/2023-06"),
]


@pytest.mark.parametrize(("text", "reference_date", "period"), AS_OF_NOW, ids=["undated", "after 今年以来", "dated"])
def test_a_flow_told_as_of_now_is_this_year_so_far(text: str, reference_date: str | None, period: str) -> None:
    report = extract(text, reference_date=reference_date)
    assert {(m.indicator, m.period) for m in report.metrics} >= {("协议总投资", period)}


# A clause opening on projects of its own tells their stage, whatever an earlier clause of the sentence pushed on
# (a progress report's list of works, each with its own stage).
PROGRESS_LISTS: list[tuple[str, list[tuple[str, str]]]] = [
    ("甲乙铁路项目加快建设,丙丁高速项目建成通车。", [("甲乙铁路项目", "started"), ("丙丁高速项目", "completed")]),
    ("戊己大桥工程加快推进,其中庚辛隧道项目顺利开工。", [("庚辛隧道项目", "started")]),
    # …but a push or an aim in the projects' own clause still intends (力争…建成投产)
    ("加快推进甲乙项目建设,力争丙丁项目年底建成投产。", []),
]


@pytest.mark.parametrize(("text", "deals"), PROGRESS_LISTS, ids=["加快建设 then 建成通车", "其中 after a push", "aim"])
def test_a_clause_opening_on_its_projects_tells_their_stage(text: str, deals: list[tuple[str, str]]) -> None:
    found = [(d.projects[0], d.stage) for d in extract(text, projects="rules").deals]
    assert found == deals


# Cards issued to foreign talent (Taiwan's 就業金卡), counted with 張: the holders let in, of the kind the card is
# issued to; a card that is no permit for talent counts nobody.
CARDS_ISSUED: list[tuple[str, list[tuple[str, int]]]] = [
    ("國發會今年前5月核發給外國特定專業人才的就業金卡高達240張,年增率77.8%。", [("外國特定專業人才", 240)]),
    (
        "就業金卡核發數倍數成長,第1年發了188張、第2年核發數大幅成長至353張。",
        [("外国专业人才", 188), ("外国专业人才", 353)],
    ),
    ("截至今年1月30日,核發就業金卡584張。", [("外国专业人才", 584)]),
    ("市人才服务中心发放人才卡1200张。", []),
    ("公司印發宣傳單5000張。", []),
]


@pytest.mark.parametrize(
    ("text", "talent"), CARDS_ISSUED, ids=["given to", "發了 / 核發數", "核發", "人才卡", "leaflets"]
)
def test_cards_issued_to_foreign_talent_count_the_holders(text: str, talent: list[tuple[str, int]]) -> None:
    report = extract(text, reference_date="2020-06-01")
    found = [(t.category, t.count.value) for t in report.talent if t.count is not None and t.mode == "introduced"]
    assert found == talent
    assert all(t.count.unit == "张" for t in report.talent if t.count is not None)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("台積電產業鏈明年進駐屏東科學園區。", "台積電"),
        ("台積電供應鏈往屏東發展。", "台積電"),
        ("华为供应链企业落户园区。", "华为"),
    ],
)
def test_a_known_firm_before_its_chain_is_the_firm(text: str, firm: str) -> None:
    assert firm in [m.text for m in extract(text).mentions if m.type == "org"]


# Firms closed as a class that ends its clause, the next clause telling where they settled with no subject of its own.
SETTLED_NEXT_CLAUSE: list[tuple[str, list[tuple[list[str], str | None]]]] = [
    (
        "与此同时,甲乙科技、丙丁集团等一批国际龙头企业,如今也到海南落地生根。",
        [(["甲乙科技"], "海南省"), (["丙丁集团"], "海南省")],
    ),
    ("甲乙科技、丙丁集团等企业,纷纷入驻园区。", [(["甲乙科技"], None), (["丙丁集团"], None)]),
    # an intention to settle, no place told: nothing settled
    ("甲乙科技、丙丁集团等企业,都在积极谋划落户。", []),
]


@pytest.mark.parametrize(("text", "deals"), SETTLED_NEXT_CLAUSE, ids=["到海南落地生根", "纷纷入驻", "谋划"])
def test_firms_settling_in_the_next_clause_are_brought_in(text: str, deals: list[tuple[list[str], str | None]]) -> None:
    found = [(d.investors, d.place) for d in extract(text).deals if d.stage == "introduced"]
    assert found == deals


def test_items_told_with_their_own_amounts_are_projects_whatever_their_words() -> None:
    text = (
        "在谈项目36个,投资超150亿元的晶圆制造、计划总投资100亿元的新能源电池生产、计划总投资55亿元的压缩空气储能基地等"
        "项目正在对接中。"
    )
    named = [m.text for m in extract(text, projects="rules").mentions if m.type == "project"]
    assert named == ["晶圆制造", "新能源电池生产", "压缩空气储能基地"]
    # trades without amounts stay a list of trades
    text = "签约新材料、现代农业、中药材加工、食用菌等项目。"
    assert not [m.text for m in extract(text, projects="rules").mentions if m.type == "project"]


# A place the project rules read into a name that runs over a build verb (台中|興建二廠), where the model names no
# project, is a place mention again, and the firm's deal lands there.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("在台中市大雅區興建二廠。", "大雅区"),
        ("昱沅企業投資近5億元，在台中大雅興建二廠。", "大雅区"),
        ("在台中興建二廠。", "台中市"),
    ],
)
def test_a_place_before_a_build_verb_stays_a_place(text: str, place: str) -> None:
    assert place in [m.value.name for m in extract(text).mentions if m.type == "place"]


@pytest.mark.parametrize("verb", ["落地", "进驻", "选址"])
def test_a_zone_of_two_unknown_characters_after_a_verb_of_landing(verb: str) -> None:
    text = f"半导体硅片材料生产基地项目,总投资91亿元,{verb}中北高新区。"
    assert "中北高新区" in [m.value.name for m in extract(text).mentions if m.type == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "今年拟新开工124个省重点项目,包括甲乙灌区工程、丙丁机场、戊己会展城项目等。",
        "今年计划新开工重点项目30个,包括甲乙灌区工程、丙丁机场等。",
    ],
)
def test_projects_picked_from_a_set_still_to_start_are_planned(text: str) -> None:
    stages = {d.stage for d in extract(text, projects="rules").deals}
    assert stages == {"planned"}
