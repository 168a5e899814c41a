"""Deal wordings written for session 13's classes (not taken from pages): a lead and its body telling the same deals,
one firm signing with a place, projects still negotiated at a signing, what a project will build, a push of projects at
large, a firm building somewhere, lists counted by their class, place notes in brackets, a count and total told before
the list, and an event named with its year before its place. Read end to end (records/deals.py and its helpers)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Y = 100_000_000  # 亿元
LEAD = "11月8日，2023年黄冈市重点项目集中签约仪式在黄州区举行。\n"


def _total(deal: Any, currency: str = "CNY") -> int | None:
    for a in deal.amounts:
        if a.role == "total" and a.money.currency == currency:
            return a.money.amount
    return None


def _deal_with(deals: list[Any], projects: list[str], investors: list[str]) -> Any:
    found = [d for d in deals if d.projects == projects and (projects or set(investors) <= set(d.investors))]
    assert found, f"no deal {projects or investors} in {[(d.projects, d.investors) for d in deals]}"
    return found[0]


# text → the deals expected: projects (or investors for a deal without one) and the fields checked
PROBES: list[tuple[str, list[dict[str, Any]]]] = [
    # a lead naming the projects, then the body giving each its amount: one deal each (name as first told)
    ("6月1日，湘潭经开区泰富重装海洋装备项目和吉利新能源电机项目同时开工。泰富重装海洋装备项目总投资20亿元，"
     "吉利新能源电机项目总投资15亿元。",
     [{"projects": ["湘潭经开区泰富重装海洋装备项目"], "total": 20 * Y, "stage": "started", "date": "2023-06-01"},
      {"projects": ["吉利新能源电机项目"], "total": 15 * Y, "stage": "started"}]),
    ("5月16日，南通市重大产业项目集中签约，中天科技海缆项目、通富微电封测项目等5个项目签约，总投资220亿元。\n"
     "签约项目中，中天科技海缆项目总投资80亿元，通富微电封测项目总投资60亿元。",
     [{"projects": ["中天科技海缆项目"], "total": 80 * Y, "stage": "signed"},
      {"projects": ["通富微电封测项目"], "total": 60 * Y, "stage": "signed"}]),
    ("9月22日，洛阳市举行项目签约仪式，签约中信重工智能矿山装备项目。\n据悉，中信重工智能矿山装备项目总投资26亿元。",
     [{"projects": ["中信重工智能矿山装备项目"], "total": 26 * Y, "stage": "signed", "date": "2023-09-22"}]),
    # one firm signing an agreement with a place, its government or a zone's committee
    ("4月12日，曲靖市政府与云南铝业股份有限公司签订投资合作协议，投资额达42亿元。",
     [{"investors": ["云南铝业股份有限公司"], "total": 42 * Y, "stage": "signed", "date": "2023-04-12",
       "place": "曲靖市"}]),
    ("7月14日，大连市人民政府与恒力集团签署战略合作协议，恒力集团将在长兴岛投资300亿元。",
     [{"investors": ["恒力集团"], "total": 300 * Y, "stage": "signed", "place": "大连市"}]),
    ("据了解，三一集团已与益阳市签署战略合作协议，计划投资50亿元。",
     [{"investors": ["三一集团"], "total": 50 * Y, "stage": "signed", "place": "益阳市"}]),
    ("会上，开发区管委会分别与深圳华强集团、浙江吉利控股集团签署投资合作协议。",
     [{"investors": ["深圳华强集团"], "stage": "signed"}, {"investors": ["浙江吉利控股集团"], "stage": "signed"}]),
    ("高雄市政府今日與台積電簽署合作意向書。", [{"investors": ["台積電"], "stage": "signed", "place": "高雄市"}]),
    ("会上，县政府与浙江吉利控股集团正式签约。", [{"investors": ["浙江吉利控股集团"], "stage": "signed"}]),
    # a firm told again in short with its money is that deal
    ("近日，安徽江淮汽车集团与六安市签订合作协议，江淮汽车将投资20亿元在六安建设新能源商用车生产基地。",
     [{"projects": ["新能源商用车生产基地"], "total": 20 * Y}]),
    # projects still negotiated or in reserve stay planned at a signing
    (LEAD + "此外，总投资2.8亿元的乡村振兴示范园项目正在洽谈中。",
     [{"projects": ["乡村振兴示范园项目"], "total": 280_000_000, "stage": "planned"}]),
    (LEAD + "全区谋划储备了数字产业园、康养综合体等一批重大项目。",
     [{"projects": ["数字产业园"], "stage": "planned"}, {"projects": ["康养综合体"], "stage": "planned"}]),
    # what a project will build is its part, no deal
    ("新签约的江苏沙钢集团特钢项目，总投资150亿元，将建设年产300万吨特钢生产线。",
     [{"projects": ["江苏沙钢集团特钢项目"], "total": 150 * Y, "stage": "signed"}]),
    ("1月10日，平度市重点项目集中签约仪式举行。其中，总投资35亿元的海尔智能家电产业园项目将建设年产200万台智能家电生产线。",
     [{"projects": ["海尔智能家电产业园项目"], "total": 35 * Y, "stage": "signed"}]),
    # a push of projects at large is the topic of what follows: the stages told are reached
    ("我们扎实推进重大项目建设，中车时代电气产业园建成投产，比亚迪电子零部件项目开工建设，吉利商用车项目签约落地。",
     [{"projects": ["中车时代电气产业园"], "stage": "completed"},
      {"projects": ["比亚迪电子零部件项目"], "stage": "started"},
      {"projects": ["吉利商用车项目"], "stage": "introduced"}]),
    # a firm building at a place, its money in the next clause
    ("今年，國巨集團在高雄擴廠，投資金額逾新台幣100億元。",
     [{"investors": ["國巨集團"], "total_twd": 100 * Y, "place": "高雄市"}]),
    ("宁德时代在福鼎扩产，投资额达80亿元。", [{"investors": ["宁德时代"], "total": 80 * Y, "place": "福鼎市"}]),
    ("宁德时代将在福鼎扩产，投资额达80亿元。", [{"investors": ["宁德时代"], "total": 80 * Y, "stage": "planned"}]),
    # a list closed by a count of a class that counts its items: projects without heads, one group with the total
    ("签约了日本宇森、香港泉康、香港安必信3个外资项目，协议投资额合计3.3亿美元。",
     [{"projects": ["日本宇森", "香港泉康", "香港安必信"], "stage": "signed"}]),
    ("活动现场，签约了伊利乳业、蒙牛乳业、光明乳业3个乳制品加工项目。",
     [{"projects": ["伊利乳业"], "stage": "signed"}, {"projects": ["蒙牛乳业"], "stage": "signed"},
      {"projects": ["光明乳业"], "stage": "signed"}]),
    ("此次开工的宁德时代、比亚迪、国轩高科三大电池项目总投资达500亿元。",
     [{"projects": ["宁德时代", "比亚迪", "国轩高科"], "total": 500 * Y, "stage": "started"}]),
    ("签约了隆基绿能、通威股份两大光伏项目。",
     [{"projects": ["隆基绿能"], "stage": "signed"}, {"projects": ["通威股份"], "stage": "signed"}]),
    # a place note in brackets after each item keeps the list one group
    ("此次签约的有甲公司电子项目（月河镇）、乙公司纺织项目（埠江镇），合同引资额15.3亿元。",
     [{"projects": ["甲公司电子项目", "乙公司纺织项目"], "total": 1_530_000_000, "stage": "signed"}]),
    # the count (the number listed) and the total told before the list
    ("此次集中开工的项目共3个，总投资18.05亿元，分别是电子元器件生产项目、环保科技项目、人民医院综合建设项目。",
     [{"projects": ["电子元器件生产项目", "环保科技项目", "人民医院综合建设项目"], "total": 1_805_000_000,
       "project_count": 3, "stage": "started"}]),
    # an event named with its year before its place gives its deals that place
    ("8月30日，2023年玉林市第三季度重大项目集中竣工投产活动举行。其中，玉柴国六发动机扩能项目已建成投产。",
     [{"projects": ["玉柴国六发动机扩能项目"], "stage": "completed", "place": "玉林市", "date": "2023-08-30"}]),
]  # fmt: skip

# Wordings that stay as they were: no deal, or not the deal a looser rule would read.
NOT_DEALS: list[tuple[str, list[list[str]]]] = [
    # a threshold of a class is no total of the projects listed after it
    (LEAD + "其中，投资额超过10亿元的项目3个，分别是新能源汽车热管理系统项目、高端石化装备制造项目和生物基新材料项目。",
     [["新能源汽车热管理系统项目"], ["高端石化装备制造项目"], ["生物基新材料项目"]]),
    # more counted than listed: examples, one deal each without the total
    ("此次集中开工的项目共5个，总投资18.05亿元，分别是电子元器件生产项目、环保科技项目、人民医院综合建设项目等。",
     [["电子元器件生产项目"], ["环保科技项目"], ["人民医院综合建设项目"]]),
    # an open list of trades after 包括: no item without a head of its own is a project
    (LEAD + "现场签约的项目包括电子元器件生产、新能源装备制造、农产品精深加工等，总投资21亿元。", []),
    # a count of items that are stages, not projects
    ("全县开工、竣工17个亿元以上项目。", []),
    # a signing 就 a project, still to come, or with a university: no firm's deal of its own
    ("3月5日，浙江吉利控股集团与我县就新能源汽车项目签署投资合作协议。", []),
    ("下一步，县政府拟与浙江吉利控股集团签约。", []),
    ("市政府与清华大学签署战略合作协议。", []),
    ("甲公司与乙集团签署战略合作协议。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_session13_probe_deals(text: str, expected: list[dict[str, Any]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert len(deals) == len(expected), [(d.projects, d.investors) for d in deals]
    for want in expected:
        deal = _deal_with(deals, want.get("projects", []), want.get("investors", []))
        for field, value in want.items():
            if field in ("projects", "investors"):
                continue
            if field.startswith("total"):
                got = _total(deal, "TWD" if field == "total_twd" else "CNY")
            else:
                got = getattr(deal, field)
            assert got == value, f"{field}: {got!r} != {value!r} in {text}"


@pytest.mark.parametrize(("text", "projects"), NOT_DEALS, ids=[str(i) for i in range(len(NOT_DEALS))])
def test_session13_wordings_left_alone(text: str, projects: list[list[str]]) -> None:
    deals = extract(text, reference_date="2023-12-20").deals
    assert [d.projects for d in deals] == projects
    assert all(_total(d) is None for d in deals)
