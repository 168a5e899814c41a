"""Deal date, place and stage (session 16, dfield16): an event named after a unit held away from it is that unit's; a
government or place signing in the clause before a project places it; a signing's hall yields to the place a project's
name states outside it; an unresolved 全市 places nothing; 前天 is a day; a firm a place signs with, whose own deal was
read from its plan, was signed that day; a stage word inside a round of several stages gives none; 将新开工 and a start
to come after the amount are plans. Probe sentences of our own (not from the corpus), read with a reference date."""

from __future__ import annotations

import pytest

from dsz_extract import extract

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

Fields = tuple[str | None, str | None, str | None]


def fields_of(text: str, reference: str) -> dict[str, Fields]:
    """(stage, place, date) of each deal, by its project (or, for a deal of no project, its first investor)."""
    found: dict[str, Fields] = {}
    for d in extract(text, reference_date=reference).deals:
        for key in d.projects or d.investors[:1]:
            found.setdefault(key, (d.stage, d.place, d.date))
    return found


Case = tuple[str, str, str, Fields]

# An event whose name opens with a unit that neither holds the venue nor lies in it is that unit's promotion held
# away: its projects land at home, where their names place them, not in the hall's city.
HOST_AWAY: list[Case] = [
    (
        "12月10日，南充市招商引资项目集中签约活动在成都举行。签约项目总投资210亿元，其中，阆中市古城文旅项目总投资30亿元，"
        "西充县有机农业产业园项目总投资10亿元。",
        "2024-12-12",
        "阆中市古城文旅项目",
        ("signed", "阆中市", "2024-12-10"),
    ),
    (
        "6月28日，吕梁市招商引资项目集中签约活动在太原举行，孝义市铝镁合金项目总投资25亿元，汾阳市白酒文旅项目总投资12亿元。",
        "2024-06-30",
        "汾阳市白酒文旅项目",
        ("signed", "汾阳市", "2024-06-28"),
    ),
    (
        "3月20日，2024年山西省招商引资推介会在深圳举行，长治市签约项目12个。其中，潞州区新能源电池项目总投资30亿元。",
        "2024-03-22",
        "潞州区新能源电池项目",
        ("signed", "潞州区", "2024-03-20"),
    ),
]

# An event pairing two units (北京·保定产业对接会在保定举行) is no promotion held away: its projects land at the venue.
HOST_AWAY.append(
    (
        "6月5日，北京·保定产业对接会在保定举行，现场签约项目20个，其中，京东物流园项目总投资5亿元。",
        "2024-06-07",
        "京东物流园项目",
        ("signed", "保定市", "2024-06-05"),
    )
)

# A government or a place signing an agreement in the clause before the project (…签订投资协议，A项目总投资…; 与X区签署
# 协议，投资…建设A项目) or about it (就A项目签订投资协议) signs for its own place: where A is.
SIGNING_SIDE_BEFORE: list[Case] = [
    (
        "3月5日，平江县人民政府与三一集团签订投资协议，三一智能装备产业园项目总投资30亿元。",
        "2024-03-08",
        "三一智能装备产业园项目",
        ("signed", "平江县", "2024-03-05"),
    ),
    (
        "4月23日，大冶市人民政府与新冶钢集团签署合作协议，特钢棒材项目总投资18亿元。",
        "2024-04-25",
        "特钢棒材项目",
        ("signed", "大冶市", "2024-04-23"),
    ),
    (
        "9月3日，临沧市临翔区人民政府与云南白药集团就中药材种植加工项目签订投资协议，项目计划投资5亿元。",
        "2024-09-05",
        "中药材种植加工项目",
        ("signed", "临翔区", "2024-09-03"),
    ),
    (
        "8月7日，上海电气与盐城市大丰区签署协议，投资50亿元建设海上风电装备产业园项目。",
        "2024-08-09",
        "海上风电装备产业园项目",
        ("signed", "大丰区", "2024-08-07"),
    ),
]

# The city a project was signed in (于3月5日在合肥签约) is the hall's when the project's name places it outside that city.
SIGNING_HALL: list[Case] = [
    (
        "投资20亿元的金寨县光伏组件项目于3月5日在合肥签约。",
        "2024-03-09",
        "金寨县光伏组件项目",
        ("signed", "金寨县", "2024-03-05"),
    ),
    (
        "总投资12亿元的临泉县纺织服装产业园项目日前在杭州签约。",
        "2024-03-09",
        "临泉县纺织服装产业园项目",
        ("signed", "临泉县", None),
    ),
]

# 前天 counts two days back from the page's date; a 全市 the text never resolved is no deal's place.
DAY_WORDS_AND_POINTERS: list[Case] = [
    (
        "前天，嘉鱼县与中国建材集团签约嘉鱼县光伏玻璃项目，总投资40亿元。",
        "2024-10-10",
        "嘉鱼县光伏玻璃项目",
        ("signed", "嘉鱼县", "2024-10-08"),
    ),
    (
        "据悉，全市已签约项目56个。临沭县复合肥项目总投资9亿元。",
        "2024-12-20",
        "临沭县复合肥项目",
        (None, "临沭县", None),
    ),
]

# A government signing with a firm (a day written between them as 今天, 昨（19）日 or 今（20）日) whose own deal is read from
# its plan in the next clause (…將投資…): the firm signed first, on that day.
SIGNED_BEFORE_ITS_PLAN: list[Case] = [
    (
        "桃園市政府昨天與聯電簽約，聯電將投資新台幣500億元擴建晶圓廠。",
        "2024-06-18",
        "聯電",
        ("signed", "桃园市", "2024-06-17"),
    ),
    (
        "苗栗縣政府今天與環球晶圓簽署投資協議，環球晶圓將投資新台幣150億元。",
        "2024-06-05",
        "環球晶圓",
        ("signed", "苗栗县", "2024-06-05"),
    ),
    (
        "高雄市政府今（20）日與中鋼公司簽署投資意向書，中鋼將投資新台幣200億元興建新煉鋼廠。",
        "2024-03-20",
        "中鋼",
        ("signed", "高雄市", "2024-03-20"),
    ),
]

# A round of several stages (集中签约开工活动) gives its projects no stage through its name; a stage head of the item
# does (签约项目中的A，开工项目中的B); a round named after its one project keeps both for it.
ROUND_OF_SEVERAL_STAGES: list[Case] = [
    (
        "3月4日，漳州市2024年第一季度重大项目集中签约开工活动举行，签约项目中的龙海区电池材料项目总投资25亿元，"
        "开工项目中的长泰区光伏组件项目总投资15亿元。",
        "2024-03-06",
        "龙海区电池材料项目",
        ("signed", "龙海区", "2024-03-04"),
    ),
    (
        "3月4日，漳州市2024年第一季度重大项目集中签约开工活动举行，签约项目中的龙海区电池材料项目总投资25亿元，"
        "开工项目中的长泰区光伏组件项目总投资15亿元。",
        "2024-03-06",
        "长泰区光伏组件项目",
        ("started", "长泰区", "2024-03-04"),
    ),
]

# A set still to start (将新开工…500个。其中，A…) and a start to come told after the projects' amount (A项目总投资60亿元，
# 拟于6月开工) make a plan, undated.
PLANS: list[Case] = [
    (
        "2024年，全省将新开工亿元以上项目500个。其中，武汉光谷空港产业园项目总投资60亿元，拟于6月开工。",
        "2024-03-10",
        "武汉光谷空港产业园项目",
        ("planned", "东湖高新区", None),
    ),
    (
        "襄阳市汽车轴承项目总投资20亿元，拟于今年5月开工建设。",
        "2024-03-10",
        "襄阳市汽车轴承项目",
        ("planned", "襄阳市", None),
    ),
]


# A deal of no stage whose sentence goes on with a clause opening on its works (新廠今天動土) takes that stage and day; a line
# opening on 其中 points back across its break to the set the line before counted.
TOLD_AROUND: list[Case] = [
    (
        "國巨集團在高雄擴廠，投資金額逾新台幣100億元，新廠今天動土。",
        "2024-06-12",
        "國巨集團",
        ("started", "高雄市", "2024-06-12"),
    ),
    (
        "宁德时代在福鼎扩产，投资额达80亿元，新厂今天开工。",
        "2024-03-10",
        "宁德时代",
        ("started", "福鼎市", "2024-03-10"),
    ),
    (
        "3月21日，吉安市重大项目集中开工仪式举行，共开工项目40个。\n2023年，吉安市新开工项目320个。\n"
        "其中，吉州区电子信息产业园项目总投资20亿元。",
        "2024-03-22",
        "吉州区电子信息产业园项目",
        ("started", "吉州区", "2023"),
    ),
]


# Works told opened (開幕, 开幕) right after their name are completed, on the day told between; 开幕 of an event is not.
OPENED: list[Case] = [
    (
        "澳門銀河綜合度假城第三期項目於5月1日開幕，總投資約港幣200億元。",
        "2024-05-03",
        "澳門銀河綜合度假城第三期項目",
        ("completed", None, "2024-05-01"),
    ),
    (
        "总投资10亿元的万达广场项目今天正式开幕。",
        "2024-05-03",
        "万达广场项目",
        ("completed", None, "2024-05-03"),
    ),
]


@pytest.mark.parametrize(
    ("text", "reference", "key", "expected"),
    HOST_AWAY
    + SIGNING_SIDE_BEFORE
    + SIGNING_HALL
    + DAY_WORDS_AND_POINTERS
    + SIGNED_BEFORE_ITS_PLAN
    + ROUND_OF_SEVERAL_STAGES
    + PLANS
    + TOLD_AROUND
    + OPENED,
)
def test_deal_fields(text: str, reference: str, key: str, expected: Fields) -> None:
    found = fields_of(text, reference)
    assert found.get(key) == expected, found
