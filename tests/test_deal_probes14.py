"""Session 14 deal probes: a firm's signing and what it agreed, told in the next clause or sentence; a list headed by a
clause closed by a colon; a project named alone as a list item's heading with its money in the sentence after.
Sentences written for these tests, from how such reports are worded across provinces and HK/TW/Macau."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Deal = tuple[list[str], list[str], str | None, int | None]


def _deals(text: str) -> list[Deal]:
    out = []
    for d in extract(text, reference_date="2024-06-30").deals:
        total = next((a.money.amount for a in d.amounts if a.role == "total"), None)
        out.append((d.projects, d.investors, d.stage, total))
    return out


# A firm signing with a place whose next clause plans the money of a named project: the project is the deal, with
# the firm, the signing and the money (no second deal of the firm alone).
SIGNED_THEN_BUILT: list[tuple[str, list[Deal]]] = [
    (
        "日前，宁夏宝丰能源集团与灵武市签订投资协议，计划投资50亿元建设光伏制氢项目。",
        [(["光伏制氢项目"], ["宁夏宝丰能源集团"], "signed", 5_000_000_000)],
    ),
    (
        "湖南三一重工股份有限公司与长沙县签订合作协议，拟投资10亿元建设智能装备产业园。",
        [(["智能装备产业园"], ["湖南三一重工股份有限公司"], "signed", 1_000_000_000)],
    ),
    (
        "金风科技与哈密市人民政府签订投资协议，投资8亿元在哈密建设风电装备制造基地。",
        [(["风电装备制造基地"], ["金风科技"], "signed", 800_000_000)],
    ),
    (
        "中國鋼鐵公司與高雄市政府簽訂投資備忘錄，投資60億元興建離岸風電水下基礎工廠。",
        [(["離岸風電水下基礎工廠"], ["中國鋼鐵公司"], "signed", 6_000_000_000)],
    ),
    # no project named after the money: the firm's own signed deal, as before
    (
        "荆门市政府与格林美股份有限公司签订合作协议，投资额达42亿元。",
        [([], ["格林美股份有限公司"], "signed", 4_200_000_000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_THEN_BUILT)
def test_signing_then_the_project_its_money_builds(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A firm's own money told after its signing with a place is the signing's deal: signed, not the plan its 将 tells.
SIGNED_THEN_ITS_MONEY: list[tuple[str, list[Deal]]] = [
    (
        "澳門特區政府與銀河娛樂集團簽署協議，銀河娛樂將投資200億澳門元。",
        [([], ["銀河娛樂"], "signed", 20_000_000_000)],
    ),
    ("广州市黄埔区与小鹏汽车签订投资协议，小鹏汽车将在黄埔投资20亿元。", [([], ["小鹏汽车"], "signed", 2_000_000_000)]),
    ("宜宾市与宁德时代签订合作协议，宁德时代追加投资100亿元。", [([], ["宁德时代"], "signed", 10_000_000_000)]),
    # no signing before it: still a plan
    ("广州小鹏汽车将在黄埔投资20亿元。", [([], ["广州小鹏汽车"], "planned", 2_000_000_000)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_THEN_ITS_MONEY)
def test_firm_told_again_after_its_signing_is_signed(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# The next sentence of the paragraph tells what the firm agreed (根据协议，…; 该公司…).
AGREED_NEXT: list[tuple[str, list[Deal]]] = [
    (
        "海口市与海南航空控股股份有限公司签订合作协议。根据协议，该公司将投资50亿元建设航空维修基地项目。",
        [(["航空维修基地项目"], ["海南航空控股股份有限公司"], "signed", 5_000_000_000)],
    ),
    (
        "海口市与海南航空控股股份有限公司签订合作协议。根据协议，海南航空控股股份有限公司将投资50亿元建设航空维修基地项目。",
        [(["航空维修基地项目"], ["海南航空控股股份有限公司"], "signed", 5_000_000_000)],
    ),
    (
        "海口市与海南航空控股股份有限公司签订合作协议。根据协议，该公司将投资50亿元。",
        [([], ["海南航空控股股份有限公司"], "signed", 5_000_000_000)],
    ),
    (
        "台中市政府與台灣美光晶圓科技股份有限公司簽署合作備忘錄。該公司將投資新台幣5000億元興建先進封裝廠。",
        [([], ["台灣美光晶圓科技股份有限公司"], "signed", 500_000_000_000)],
    ),
    # the next sentence speaks of the firm, not of money it puts in: the bare signing
    (
        "海口市与海南航空控股股份有限公司签订合作协议。该公司是国内知名企业，年营收100亿元。",
        [([], ["海南航空控股股份有限公司"], "signed", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGREED_NEXT)
def test_what_the_firm_agreed_told_next(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A clause about projects closed by a colon heads the list with its stage.
COLON_HEADS: list[tuple[str, list[Deal]]] = [
    (
        "一批项目签约落户：投资15亿元的电子信息产业园项目、投资8亿元的精密模具项目。",
        [(["电子信息产业园项目"], [], "introduced", 1_500_000_000), (["精密模具项目"], [], "introduced", 800_000_000)],
    ),
    (
        "签约项目：投资15亿元的电子信息产业园项目、投资8亿元的精密模具项目。",
        [(["电子信息产业园项目"], [], "signed", 1_500_000_000), (["精密模具项目"], [], "signed", 800_000_000)],
    ),
    (
        "項目簽約：總投資15億元的電子信息產業園項目、總投資8億元的精密模具項目。",
        [(["電子信息產業園項目"], [], "signed", 1_500_000_000), (["精密模具項目"], [], "signed", 800_000_000)],
    ),
    (
        "今年新开工项目：总投资6亿元的电子信息产业园项目。",
        [(["电子信息产业园项目"], [], "started", 600_000_000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_HEADS)
def test_a_list_headed_by_a_clause_closed_by_a_colon(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A project named alone as a list item's heading; the next sentence opens on its money.
ITEM_HEADINGS: list[tuple[str, list[Deal]]] = [
    (
        "（三）农产品冷链物流中心项目。总投资3.5亿元，建设冷库5万吨。",
        [(["农产品冷链物流中心项目"], [], None, 350_000_000)],
    ),
    (
        "（一）年产5万吨功能性薄膜项目。总投资6亿元，已签约。",
        [(["年产5万吨功能性薄膜项目"], [], "signed", 600_000_000)],
    ),
    (
        "今年我县重点项目建设情况如下。\n1.精密铸造产业园项目\n总投资10亿元，已开工建设。\n2.智能装备产业园项目\n总投资5亿元，建设厂房。",
        [(["精密铸造产业园项目"], [], "started", 1_000_000_000), (["智能装备产业园项目"], [], None, 500_000_000)],
    ),
    # a table's row: 项目名称 then 总投资
    (
        "项目名称：年产10万吨生物基材料项目；总投资：12亿元；建设内容：新建生产线4条。",
        [(["年产10万吨生物基材料项目"], [], None, 1_200_000_000)],
    ),
    (
        "今年全县招商情况如下。\n项目名称：智慧冷链物流园项目\n总投资：5亿元\n建设地点：高新区",
        [(["智慧冷链物流园项目"], [], None, 500_000_000)],
    ),
    # a sentence that says more than the name is no heading: its money is not carried
    ("精密铸造产业园项目进展顺利，厂房已完工。总投资10亿元的配套项目正在招商。", []),
]


@pytest.mark.parametrize(("text", "expected"), ITEM_HEADINGS)
def test_money_after_a_project_named_as_a_heading(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# The projects of the sentence before, counted ("两个项目", "这三个项目"), with amounts one for one after 分别.
COUNTED_BACK: list[tuple[str, list[Deal]]] = [
    (
        "医药产业园项目和食品加工园项目同日签约。两个项目总投资分别为12亿元和8亿元。",
        [(["医药产业园项目"], [], "signed", 1_200_000_000), (["食品加工园项目"], [], "signed", 800_000_000)],
    ),
    (
        "昨日，锂电池隔膜项目、智能装备产业园项目、冷链物流中心项目集中开工。这三个项目计划总投资分别为20亿元、15亿元和6亿元。",
        [
            (["锂电池隔膜项目"], [], "started", 2_000_000_000),
            (["智能装备产业园项目"], [], "started", 1_500_000_000),
            (["冷链物流中心项目"], [], "started", 600_000_000),
        ],
    ),
    # one amount for both: the group's
    (
        "医药产业园项目和食品加工园项目同日签约。两个项目总投资20亿元。",
        [(["医药产业园项目", "食品加工园项目"], [], "signed", 2_000_000_000)],
    ),
    # the count differs from the projects named before: nothing pointed back at
    (
        "医药产业园项目和食品加工园项目同日签约。三个项目总投资分别为12亿元、8亿元和5亿元。",
        [(["医药产业园项目"], [], "signed", None), (["食品加工园项目"], [], "signed", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_BACK)
def test_projects_counted_back_take_their_amounts(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A firm opening its sentence, its investing clause after a clause of why it invests or what it decided.
FIRM_THEN_ITS_INVESTMENT: list[tuple[str, list[Deal]]] = [
    ("旺矽科技決定擴大回臺投資，在新竹竹北新建廠房，總投資金額超過10億元。", [([], ["旺矽科技"], None, 1_000_000_000)]),
    # (session 25) money put into building a plant is a plan to build: planned, as the contract says
    (
        "受貿易戰影響，智邦科技今年決定回台擴產，斥資30億元在新竹興建新廠。",
        [([], ["智邦科技"], "planned", 3_000_000_000)],
    ),
    ("紅牛集團看好市場前景，决定投资5亿元在咸宁扩建生产线。", [([], ["紅牛集團"], None, 500_000_000)]),
    # the firm's clause reports what someone said or a figure of the firm: not its investment
    ("旺矽科技董事長表示，投資10億元的計畫仍在評估。", []),
    ("紅牛集團去年营收达200亿元，投资5亿元扩建生产线的计划已获批。", []),
    # two firms: whose money it is is not told
    ("紅牛集團与旺矽科技看好市場前景，决定投资5亿元。", []),
]


@pytest.mark.parametrize(("text", "expected"), FIRM_THEN_ITS_INVESTMENT)
def test_firm_opening_its_sentence_invests_in_a_later_clause(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A landing or completion only aimed at, no money told, is no deal: neither alone nor under an event's lead.
AIMED_UNDER_AN_EVENT: list[tuple[str, list[Deal]]] = [
    ("3月18日，丰城市重大项目集中签约仪式举行。我市将争取新能源汽车产业园项目早日落户。", []),
    ("3月18日，丰城市重大项目集中开工仪式举行。会议要求，力争智能装备产业园项目年内建成投产。", []),
    ("我市将争取新能源汽车产业园项目早日落户。", []),
    # told signed at the event: a deal
    (
        "3月18日，丰城市重大项目集中签约仪式举行。会上，新能源汽车产业园项目签约。",
        [(["新能源汽车产业园项目"], [], "signed", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AIMED_UNDER_AN_EVENT)
def test_an_aimed_landing_takes_no_stage_from_the_event(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# A deal of no stage takes the stage the next sentence of its paragraph tells of it (该项目, 项目, 上述项目).
STAGE_TOLD_NEXT: list[tuple[str, list[Deal]]] = [
    (
        "总投资15亿元的新型显示材料项目位于高新区。目前，该项目已开工建设。",
        [(["新型显示材料项目"], [], "started", 1_500_000_000)],
    ),
    (
        "智能电网装备产业园项目总投资15亿元。目前项目一期已竣工投产。",
        [(["智能电网装备产业园项目"], [], "completed", 1_500_000_000)],
    ),
    (
        "高端轴承产业园项目总投资8亿元，占地200亩。该项目已于今年3月签约。",
        [(["高端轴承产业园项目"], [], "signed", 800_000_000)],
    ),
    (
        "總投資20億元的半導體測試中心項目位於竹科。目前，該項目已經動工。",
        [(["半導體測試中心項目"], [], "started", 2_000_000_000)],
    ),
    # a stage still to come, or one told as the condition of a forecast: none
    (
        "总投资15亿元的新型显示材料项目位于高新区。该项目预计明年开工。",
        [(["新型显示材料项目"], [], None, 1_500_000_000)],
    ),
    (
        "总投资15亿元的新型显示材料项目位于高新区。项目建成投产后，年产值可达30亿元。",
        [(["新型显示材料项目"], [], None, 1_500_000_000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAGE_TOLD_NEXT)
def test_stage_told_in_the_next_sentence(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected


# The project of a clause opening on the money, its subject left out, is built by the firm opening the sentence.
SUBJECT_FIRM_OF_THE_PROJECT: list[tuple[str, list[Deal]]] = [
    (
        "中国重汽集团为扩大产能，投资20亿元在济南新建重卡生产基地。",
        [(["重卡生产基地"], ["中国重汽集团"], None, 2_000_000_000)],
    ),
    (
        "紅牛集團看好市場前景，决定投资5亿元在咸宁扩建饮料生产基地项目。",
        [(["饮料生产基地项目"], ["紅牛集團"], None, 500_000_000)],
    ),
    # the firm's clause reports speech, or the firm is the source: no investor
    ("中国重汽集团董事长表示，投资20亿元在济南新建重卡生产基地。", [(["重卡生产基地"], [], None, 2_000_000_000)]),
    (
        "据中国重汽集团介绍，投资20亿元的重卡生产基地项目已开工。",
        [(["重卡生产基地项目"], [], "started", 2_000_000_000)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_FIRM_OF_THE_PROJECT)
def test_the_firm_opening_the_sentence_builds_the_project(text: str, expected: list[Deal]) -> None:
    assert _deals(text) == expected
