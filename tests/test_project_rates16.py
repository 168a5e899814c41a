"""Project names holding a rate written with a slash, and other round-2 deal classes (own probe sentences)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

RATE_NAMES = [
    ("继2015年公司一期100t/d冶炼工程建成投产。", "100t/d冶炼工程"),
    ("总投资2亿元的5000m3/d污水处理厂项目开工建设。", "5000m3/d污水处理厂项目"),
    ("总投资2亿元的日处理5000m3/d污水处理厂项目开工建设。", "日处理5000m3/d污水处理厂项目"),
    ("总投资3亿元的年产10万t/a乙二醇项目开工建设。", "年产10万t/a乙二醇项目"),
    ("总投资8亿元的220kV/110kV变电站工程开工建设。", "220kV/110kV变电站工程"),
    ("该公司投资5亿元的100MW/200MWh储能电站项目开工。", "100MW/200MWh储能电站项目"),
    ("投资1.5亿元建设的3000t/a废旧电池回收项目正式投产。", "3000t/a废旧电池回收项目"),
    # a pipeline verb before the name (已储备|…项目) is no part of it; 储备 inside a noun stays
    ("目前，公司在海西地区已储备500兆瓦风力发电项目，争取早日开工建设。", "500兆瓦风力发电项目"),
    ("中储粮20万吨粮食储备库项目开工建设。", "中储粮20万吨粮食储备库项目"),
    ("总投资5亿元的国家储备林项目开工建设。", "国家储备林项目"),
]

# 整个 before the head is the whole of a project told before, no name.
WHOLE_OF_ONE = ["整個項目建成後預計實現年產值10億元。", "整个项目建成后预计实现年产值10亿元。", "整个工程总投资8亿元。"]


@pytest.mark.parametrize("sentence", WHOLE_OF_ONE)
def test_the_whole_project_is_no_name(sentence: str) -> None:
    assert [m.text for m in extract(sentence).mentions if m.type == "project"] == []


@pytest.mark.parametrize(("sentence", "name"), RATE_NAMES)
def test_a_rate_with_a_slash_stays_in_the_name(sentence: str, name: str) -> None:
    projects = [m.text for m in extract(sentence).mentions if m.type == "project"]
    assert projects == [name]


# A firm opening its sentence with why it invests, the amount one or two clauses later (a reporting body may open it).
MOTIVE_INVESTORS = [
    ("佳凌為加速關鍵技術製程優化與升級，將投資逾8億元在台中加工出口區廠房建置自動化產線。", "佳凌"),
    (
        "除緯創外，經濟部指出，大環淨生物科技材料看好未來生分解材料發展，將投入近11億元在桃園海湖建廠。",
        "大環淨生物科技材料",
    ),
    ("经济部表示，台积电为扩大先进制程产能，将投资3000亿元在高雄兴建新厂。", "台积电"),
    ("此外，勝豐達因應美中貿易戰轉單效應，預期客戶銷量增加，規劃擴大投入5000萬元在台中龍井區興建廠房。", "勝豐達"),
    ("勝豐達規劃擴大投入5000萬元在台中龍井區興建廠房。", "勝豐達"),
]
NO_INVESTOR = [
    "全市看好新能源产业发展，将投资50亿元建设储能基地。",
    "台中市為加速產業升級，將投資20億元興建產業園區。",
    "市商务局介绍，市政府看好新能源产业，计划投资20亿元建设产业园。",
]


@pytest.mark.parametrize(("sentence", "investor"), MOTIVE_INVESTORS)
def test_a_firm_telling_its_motive_first_invests(sentence: str, investor: str) -> None:
    assert [d.investors for d in extract(sentence).deals] == [[investor]]


@pytest.mark.parametrize("sentence", NO_INVESTOR)
def test_a_place_or_a_body_telling_its_motive_is_no_investor(sentence: str) -> None:
    assert all(not d.investors for d in extract(sentence).deals)


# An aim in quotes (以“…”为目标) names no project; a quoted project told built still does.
QUOTED_AIMS = [
    ("公司以“打造青海黄金产业园的核心企业，建设西北难处理金精矿加工基地”为目标，开工建设新厂。", []),
    ("该区以“建设全国一流的新能源汽车产业基地”为目标，全力推进招商引资。", []),
    ("集团以“建设西部最大的物流园区”为愿景，投资20亿元建设陆港物流园项目。", ["陆港物流园项目"]),
    ("今年，“宁东煤制油二期工程”正式开工建设。", ["宁东煤制油二期工程"]),
]


@pytest.mark.parametrize(("sentence", "names"), QUOTED_AIMS)
def test_a_quoted_aim_is_no_project(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence).mentions if m.type == "project"] == names


# A capacity's four digits inside a ceremony's project (日处理1200吨) are no year of a batch.
CEREMONIES = [
    (
        "9月15日，甘肃甘味乳业有限公司日处理1200吨乳品加工厂建设项目开工仪式在兰州新区举行。",
        [["甘肃甘味乳业有限公司日处理1200吨乳品加工厂建设项目"]],
    ),
    ("河南某公司年产2000吨特种纸项目签约仪式在郑州举行。", [["河南某公司年产2000吨特种纸项目"]]),
    ("2020年第一季度项目集中开工仪式在兰州新区举行。", []),
    ("2019大连夏季达沃斯年会重点项目签约仪式在大连举行。", []),
]


@pytest.mark.parametrize(("sentence", "projects"), CEREMONIES)
def test_a_capacity_in_a_ceremony_is_no_year(sentence: str, projects: list[list[str]]) -> None:
    assert [d.projects for d in extract(sentence).deals] == projects


# A firm's legal name, a 、 list of its products and a head of making: one project, the whole its name.
FIRM_PRODUCTS = [
    (
        "福建奥普新集团有限公司开关、低压电器、塑胶管材生产加工项目由古市镇人民政府引进。",
        ["福建奥普新集团有限公司开关、低压电器、塑胶管材生产加工项目"],
    ),
    (
        "福建奧普新集團有限公司開關、低壓電器、塑膠管材生產加工項目由古市鎮人民政府引進。",
        ["福建奧普新集團有限公司開關、低壓電器、塑膠管材生產加工項目"],
    ),
]
# Firms listed each with its own legal form, or a firm investing in the products (…公司投资的A、B项目): no one name.
NOT_FIRM_PRODUCTS = [
    "今年引进了江西华创科技有限公司、赣州新材料有限公司、南昌电子生产项目等。",
    "由浙江华友钴业股份有限公司投资的锂电池正极材料、前驱体生产项目开工。",
]


@pytest.mark.parametrize("sentence", NOT_FIRM_PRODUCTS)
def test_firms_of_their_own_make_no_one_name(sentence: str) -> None:
    assert not any("公司" in m.text and "、" in m.text for m in extract(sentence).mentions if m.type == "project")


@pytest.mark.parametrize(("sentence", "names"), FIRM_PRODUCTS)
def test_a_firm_and_its_products_are_one_name(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence).mentions if m.type == "project"] == names


# A list of firms closed by 等企业 and their building verb, then the list of their projects: the projects are items.
FIRMS_THEN_PROJECTS = [
    (
        "相继引进广东甲实业有限公司、广州乙控股有限公司等企业到我州投资新建三穗贵广工业城、雷山综合文旅、榕江县电子传感片数控生产线等项目。",
        ["三穗贵广工业城", "雷山综合文旅", "榕江县电子传感片数控生产线"],
    ),
    (
        "吸引华为、比亚迪等企业来市投资建设南方数据中心、新能源电池生产基地等项目。",
        ["南方数据中心", "新能源电池生产基地"],
    ),
]


@pytest.mark.parametrize(("sentence", "names"), FIRMS_THEN_PROJECTS)
def test_projects_listed_after_the_firms_building_them(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence).mentions if m.type == "project"] == names


# Firms brought in together and the projects they build in one clause: each project's investors are all the firms.
FIRMS_AND_THEIR_PROJECTS = [
    (
        "相继引进广东甲实业有限公司、广州乙控股有限公司等企业到我州投资新建三穗贵广工业城、雷山综合文旅等项目。",
        [["三穗贵广工业城"], ["雷山综合文旅"]],
        ["广东甲实业有限公司", "广州乙控股有限公司"],
    ),
]


@pytest.mark.parametrize(("sentence", "projects", "investors"), FIRMS_AND_THEIR_PROJECTS)
def test_listed_firms_invest_in_the_listed_projects(
    sentence: str, projects: list[list[str]], investors: list[str]
) -> None:
    deals = extract(sentence).deals
    assert [d.projects for d in deals] == projects
    assert all(d.investors == investors for d in deals)


# A 的 inside quotes is no edge of a list item.
QUOTED_ITEMS = [
    (
        "企业到我州投资新建三穗贵广工业城、雷山“鳣的世界”综合文旅、榕江县电子传感片数控生产线等项目。",
        ["三穗贵广工业城", "雷山“鳣的世界”综合文旅", "榕江县电子传感片数控生产线"],
    ),
    ("伏山镇的电芯壳体智能制造中心、恒丰建材等项目开工。", ["电芯壳体智能制造中心", "恒丰建材"]),
]


@pytest.mark.parametrize(("sentence", "names"), QUOTED_ITEMS)
def test_a_quoted_de_is_no_item_edge(sentence: str, names: list[str]) -> None:
    assert [m.text for m in extract(sentence).mentions if m.type == "project"] == names
