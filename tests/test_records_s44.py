"""Read in session 44: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _places(text: str) -> list[tuple[str, str, str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-30")
    return [(m.text, m.value.name, m.value.adcode) for m in report.mentions if m.type == "place"]


# A zone written with an abbreviated or a longer suffix than GB/T 2260's name for it is the coded zone: 经开区 and
# 经济技术开发区 name a place's coded 经济开发区 where it has no 经济技术开发区 (GB/T 2260 codes many under the shorter
# name); a city's zone may be coded under one of its districts (徐州高新技术产业开发区 under 铜山区); a park named
# after a town of that district right after the zone (徐州高新区马坡工业园区) is a park of its own, not the town.
ZONES_BY_THEIR_CODED_NAMES = [
    ("今年以来,沧州经开区新签约项目15个。", [("沧州经开区", "河北沧州经济开发区", "130971")]),
    ("宣城经济技术开发区举行项目集中开工仪式。", [("宣城经济技术开发区", "宣城市经济开发区", "341871")]),
    ("上半年,朔州经开区引进亿元以上项目6个。", [("朔州经开区", "山西朔州经济开发区", "140671")]),
    ("徐州高新区上半年引进项目20个。", [("徐州高新区", "徐州高新技术产业开发区", "320312402")]),
    ("芜湖高新区上半年引进项目20个。", [("芜湖高新区", "芜湖高新技术产业开发区", "340209400")]),
    ("运城经开区今年签约项目9个。", [("运城经开区", "运城经济技术开发区", "140802404")]),
    (
        "铜山区上半年签约项目10个,其中5个项目位于徐州高新区马坡工业园区。",
        [("铜山区", "铜山区", "320312"), ("徐州高新区", "徐州高新技术产业开发区", "320312402"),
         ("马坡工业园区", "马坡工业园区", None)],
    ),
    # controls: the towns themselves, named without their suffix, stay towns; a place whose coded zone bears the long
    # name keeps it
    (
        "铜山区上半年签约项目10个。马坡、柳泉两镇各引进项目3个。",
        [("铜山区", "铜山区", "320312"), ("马坡", "马坡镇", "320312104"), ("柳泉", "柳泉镇", "320312120")],
    ),
    ("东营经开区新签约项目15个。", [("东营经开区", "东营经济技术开发区", "370571")]),
    # a zone's rank between its place and its suffix stays in its name (国家高新区, 国家级经济技术开发区), and the coded
    # zone of that place is the one meant where the gazetteer has it
    ("济宁国家高新区今年引进项目12个。", [("济宁国家高新区", "济宁高新技术产业开发区", "370871")]),
    ("江阴国家高新技术产业开发区今年引进项目12个。", [("江阴国家高新技术产业开发区", "江阴高新技术产业开发区", "320281400")]),
    ("钦州国家级经济技术开发区今年引进项目12个。", [("钦州国家级经济技术开发区", "钦州国家级经济技术开发区", None)]),
    # controls: the zones of that rank a province or a city has
    ("山东省国家级高新区今年引进项目12个。", [("山东省", "山东省", "370000")]),
    ("沈阳市国家级开发区今年引进项目12个。", [("沈阳市", "沈阳市", "210100")]),
    # a site's field label and section name are no zones (发布开发区：…, 首页 > 开发区新闻 >)
    (
        "首页 > 开发区新闻 > 文字新闻\n来源:江阴日报  发布开发区:江阴国家高新技术产业开发区\n今年以来,高新区新签约项目12个。",
        [("江阴国家高新技术产业开发区", "江阴高新技术产业开发区", "320281400"),
         ("高新区", "江阴高新技术产业开发区", "320281400")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ZONES_BY_THEIR_CODED_NAMES)
def test_a_zone_is_read_by_its_coded_name(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _places(text) == expected


# A report that names its place once, or only inside a name, and speaks as that place (我区 / 我县) is about that
# place, though it is named too seldom to win by its score; its deals land there.
SPOKEN_FOR_PLACES = [
    (
        "5月10日上午,我区举行南京市江宁区2019年第二批重大项目集中开工仪式,本次开工的智能装备产业园项目总投资20亿元。",
        "江宁区",
        ["江宁区"],
    ),
    (
        "9月2日,我县与恒源新材料有限公司签订合作协议,建设湘潭县新材料产业基地项目,总投资12亿元。",
        "湘潭县",
        ["湘潭县"],
    ),
    # controls: places the guests come from are not the place that speaks
    ("9月2日,我县客商座谈会召开,来自义乌市和温州市的企业家参加。", None, []),
    ("9月2日,我县与来自义乌市的客商签约项目6个。", None, []),
]


@pytest.mark.parametrize(("text", "subject", "deal_places"), SPOKEN_FOR_PLACES)
def test_the_one_place_a_report_speaks_for_is_its_subject(
    text: str, subject: str | None, deal_places: list[str | None]
) -> None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2019-09-03")
    assert (report.subject_place.name if report.subject_place is not None else None) == subject
    assert [d.place for d in report.deals] == deal_places


def _places_and_orgs(text: str) -> list[tuple[str, str]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-30")
    return [(m.type, m.text) for m in report.mentions if m.type in ("place", "org")]


# A central firm's short name opening on 中国 (org_known.tsv) is the firm whatever character stands before it, not the
# country and a word; 新中国 names an era of the country, no place.
NATIONAL_NAMES = [
    ("该集团将二期工程合约批予中国建筑,合约金额32亿元。", [("org", "中国建筑")]),
    ("市政府代表团拜会中国重汽,双方就整车项目深入交流。", [("org", "市政府"), ("org", "中国重汽")]),
    ("新中国成立以来,全县累计引进项目120个。", [("place", "全县")]),
    ("2024年是新中国成立75周年。", []),
    # 全国 before a national designation or observance names it (全国重点实验室, 全国一流高新区, 全国科技工作者日)
    ("全市新建3家全国重点实验室。", [("place", "全市")]),
    ("力争把开发区建设成为全国一流高新区。", []),
    ("5月30日是全国科技工作者日。", []),
    ("全县一季度GDP增速居全国第一。", [("place", "全县"), ("place", "全国")]),
    # Hong Kong's and Macao's characters before words of doing business there
    ("内地企业在港营商数目持续增加。", [("place", "港")]),
    ("该公司计划扩大其在港业务。", [("place", "港")]),
    ("政府正吸引更多海外公司来港设点。", [("place", "港")]),
    # controls: the country before a word it is no name with; a firm of that name standing apart
    ("这是中国建筑业的一次重大变革。", [("place", "中国")]),
    ("中国建筑、中国铁建等央企参与建设。", [("org", "中国建筑"), ("org", "中国铁建")]),
]


@pytest.mark.parametrize(("text", "expected"), NATIONAL_NAMES)
def test_a_central_firms_name_and_new_china_are_no_country(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places_and_orgs(text) == expected


# Cases approved under a talent scheme, counted before 个案获批 or after 获批的申请则有 / 获批准个案共, are people let in
# under it (mode introduced, the scheme's kind), as 获批N宗 and N宗申请获批 are.
APPROVED_CASES = [
    ("「非本地畢業生留港/回港就業安排」方面,截至今年10月底,共有22,561宗個案獲批。", [("非本地畢業生", 22561)], []),
    ("輸入內地人才計劃方面,同期獲批的申請則有4832宗。", [("內地人才", 4832)], []),
    # control: applications of firms, no scheme of talent named, stay figures
    ("全市企业申请个案共3200宗,已获批2100宗。", [], [("企业申请个案", 3200), ("获批", 2100)]),
]


@pytest.mark.parametrize(("text", "talent", "metrics"), APPROVED_CASES)
def test_cases_approved_under_a_scheme_are_people_let_in(
    text: str, talent: list[tuple[str, int]], metrics: list[tuple[str, int]]
) -> None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-11-20")
    assert [(t.category, t.count.value if t.count else None) for t in report.talent] == talent
    assert all(t.mode == "introduced" for t in report.talent)
    assert [(m.indicator, m.value.value) for m in report.metrics] == metrics
