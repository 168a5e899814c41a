"""Read in session 40: patterns of real reports, each pinned by sentences written for these tests in their style
(none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

# The records' rules read on the rules' project names: what the project model names moves with each retraining.
_EXTRACT_WITH_RULES = Extractor(projects="rules")


def _talent(text: str) -> list[tuple[str | None, object, tuple[str, ...], str | None]]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [
        (t.category, t.count.value if t.count is not None else None, tuple(t.persons), t.mode) for t in report.talent
    ]


def _persons(text: str) -> list[str]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [m.text for m in report.mentions if m.type == "person"]


# A person named between a body's suffix and a title (…研究所周远院士, …农业大学王浩教授) is a person even where the body's name
# was read as no org mention; and the body between the verb of bringing in and the name says where the people come from,
# not what they are: the title after the name does.
NAMED_AFTER_A_BODY = [
    ("我市引进中科院理化研究所周远院士及其专家团队。", [("院士", None, ("周远",), "introduced")]),
    ("该县柔性引进园艺研究所刘建国研究员。", [("研究员", None, ("刘建国",), "flexible")]),
    ("今年,我区引进生物技术研究院张晓峰教授团队。", [("教授团队", None, ("张晓峰",), "introduced")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_AFTER_A_BODY)
def test_people_named_after_a_body_and_before_a_title_are_talent(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _talent(text) == expected


BODY_THEN_NAME_THEN_TITLE = [
    ("中科院理化研究所周远院士来我县考察。", ["周远"]),
    ("农业大学王浩教授介绍了技术。", ["王浩"]),
]


@pytest.mark.parametrize(("text", "expected"), BODY_THEN_NAME_THEN_TITLE)
def test_a_bodys_suffix_closes_a_name_before_its_title(text: str, expected: list[str]) -> None:
    assert _persons(text) == expected


# Names, the count closing their list and an adverb before the verb of election or selection: one record of them all,
# with the count.
ELECTED_AFTER_A_COUNT = [
    ("王大明、李小红等3人成功入选市领军人才。", [("市领军人才", 3, ("王大明", "李小红"), None)]),
    ("赵小林、钱志强等2人同时入选省级青年拔尖人才。", [("省级青年拔尖人才", 2, ("赵小林", "钱志强"), None)]),
]


@pytest.mark.parametrize(("text", "expected"), ELECTED_AFTER_A_COUNT)
def test_names_counted_then_elected_are_one_record(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _talent(text) == expected


def _metrics(text: str, reference_date: str = "2019-06-01") -> list[tuple[str, object, str | None, object]]:
    report = _EXTRACT_WITH_RULES(text, reference_date=reference_date)
    out = []
    for m in report.metrics:
        value = m.value.amount if m.value_type == "money" else m.value.value
        completion = m.target_completion.value if m.target_completion is not None else None
        out.append((m.indicator, value, m.place, completion))
    return out


# "N个X之一" counts the set the thing told belongs to, and a page's counter of views is debris: no statistics.
NOT_STATISTICS_OF_THE_PLACE = [
    ("该县为全国15个电商示范县之一,今年新签约项目12个。", [("新签约项目", 12, "该县", None)]),
    ("作为全省8个重点开发区之一,该区今年引进企业30家。", [("引进企业", 30, "该区", None)]),
    (
        "某县招商工作取得成效\n发布时间:2021-03-02 浏览次数:1459次\n今年全县引进项目20个。",
        [("引进项目", 20, "全县", None)],
    ),
    ("全市招商工作取得成效\n浏览:118次 时间:2021-03-02\n今年全市新签约项目42个。", [("新签约项目", 42, "全市", None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_STATISTICS_OF_THE_PLACE)
def test_one_of_a_set_and_page_counters_are_no_statistics(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


# A completion rate against a target named by what it is of or who set it (完成年度招商引资任务的79.07%, 完成年度投资计划的72%,
# 完成市定目标任务的26.6%, 占本年计划投资的25.4%) is the target_completion of the figure before it; with a subject of its own
# before 完成 it stays a statistic.
NAMED_TARGET_COMPLETIONS = [
    (
        "1-8月,全市实际到位资金276.7亿元,同比增长13.5%,完成年度招商引资任务的79.07%。",
        [("实际到位资金", 27670000000, "全市", 79.07)],
    ),
    ("1-4月,全县累计完成投资25.6亿元,占本年计划投资的25.4%。", [("完成投资", 2560000000, "全县", 25.4)]),
    ("一季度,全县到位内资15.2亿元,完成市定目标任务的26.6%。", [("到位内资", 1520000000, "全县", 26.6)]),
    ("1-8月,全区重点项目完成投资37.8亿元,完成年度投资计划的72%。", [("重点项目完成投资", 3780000000, "全区", 72)]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_TARGET_COMPLETIONS)
def test_a_named_targets_completion_goes_to_the_figure_before(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


# Openings a project or programme is expected to make (预估在台创造, 预计带来, 估计提供, …可望创造…及提供…) are what is to come,
# no statistic; openings made are one.
JOBS_TO_COME = [
    ("该厂预估在台创造逾1400个就业机会。", []),
    ("园区预计明年动工,可望创造20亿元年产值及提供720个工作机会。", []),
    ("该公司估计提供2500个就业机会。", []),
    ("今年全县新增就业岗位3200个。", [("新增就业岗位", 3200, "全县", None)]),
]


@pytest.mark.parametrize(("text", "expected"), JOBS_TO_COME)
def test_openings_to_come_are_no_statistics(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


def _subject(text: str) -> str | None:
    report = _EXTRACT_WITH_RULES(text, reference_date="2017-08-10")
    return report.subject_place.name if report.subject_place is not None else None


# The place opening the report's first clause of prose after its time words is what the report is about, though the
# list after it names its districts at the head of their projects; a dateline's outlet opening the lead is not.
OPENING_SUBJECTS = [
    (
        "今年以来,邯郸市深入开展重点项目攻坚活动,重点项目建设进展顺利。\n"
        "1-7月份,33个省重点项目完成投资168.3亿元。其中,肥乡区甲乙特种气体、永年区丙丁新能源等13个项目全部开工;"
        "邯山区戊己城、永年区庚辛特钢等12个项目进展顺利。",
        "邯郸市",
    ),
    (
        "去年桂平市签约项目130个\n\n"
        "贵港讯 记者1月6日从桂平市获悉,2025年,该市共引进项目130个,总投资额达154.86亿元,其中10亿元以上重大项目5个。",
        "桂平市",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OPENING_SUBJECTS)
def test_the_place_opening_the_report_is_its_subject(text: str, expected: str) -> None:
    assert _subject(text) == expected


# A stage word right before the head it qualifies is part of the noun after a count (13个计划新开工项目, 12个竣工保投产项目);
# a stage word after the head is the clause's verb (30个项目开工).
STAGE_WORDS_INSIDE_THE_NOUN = [
    ("1-7月份,全市共有13个计划新开工项目全部实现开工建设。", [("计划新开工项目", 13, "全市", None)]),
    ("1-7月份,全市甲城、乙特钢等12个竣工保投产项目进展顺利。", [("竣工保投产项目", 12, "全市", None)]),
    (
        "1-7月份,全市共有30个项目开工,总投资50亿元。",
        [("项目开工", 30, "全市", None), ("总投资", 5000000000, "全市", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAGE_WORDS_INSIDE_THE_NOUN)
def test_a_stage_word_before_its_head_is_part_of_the_noun(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _metrics(text) == expected


# The parts of people drawn to a fair to look for work (吸引2500余名各类人才前来求职应聘，其中博士40人) came to the fair too:
# no talent; the parts of talent brought in stay talent. A letter of appointment by its other names (聘任证书, 颁发了聘书)
# hires the people counted before it.
TALENT_AT_FAIRS_AND_APPOINTED = [
    ("今天的招聘会吸引了2500余名各类高级人才前来求职应聘,其中博士40人,硕士274人。", []),
    (
        "今年全市共引进各类人才2500名,其中博士40人,硕士274人。",
        [("各类人才", 2500, (), "introduced"), ("博士", 40, (), "introduced"), ("硕士", 274, (), "introduced")],
    ),
    ("会上,该县还为15名招商大使颁发聘任证书。", [("招商大使", 15, (), "hired")]),
    ("会上,县政府向20名科技特派员颁发了聘书。", [("科技特派员", 20, (), "hired")]),
]


@pytest.mark.parametrize(("text", "expected"), TALENT_AT_FAIRS_AND_APPOINTED)
def test_parts_of_fair_goers_are_no_talent_and_letters_of_appointment_hire(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _talent(text) == expected


def _counts(text: str) -> list[str]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [m.text for m in report.mentions if m.type == "count"]


# The campaign 三个一批 (签约一批、开工一批、投产一批) counts nothing.
CAMPAIGN_NAMES = [
    ("揭东区还全力答好三个一批“必答题”,全区新签约项目12个。", ["12个"]),
    ("今年全市开展三个一批活动,签约项目30个。", ["30个"]),
]


@pytest.mark.parametrize(("text", "expected"), CAMPAIGN_NAMES)
def test_the_campaign_three_batches_counts_nothing(text: str, expected: list[str]) -> None:
    assert _counts(text) == expected


def _orgs(text: str) -> list[str]:
    report = _EXTRACT_WITH_RULES(text, reference_date="2023-06-01")
    return [m.text for m in report.mentions if m.type == "org"]


# A kind of works, an expansion or a phase right before the verb of investing names what the money goes to or when,
# no firm; a firm there stays one.
NO_FIRM_BEFORE_THE_VERB = [
    ("1-6月,产业园区已完成基础设施建设投资5.9亿元。", []),
    ("针对科技产业园区启动“风华再现计划”,首波投入近二十亿元活化土地。", []),
    ("高雄加工区扩厂增资达38亿元。", []),
    ("正翰生技投资4亿元在南部建厂。", ["正翰生技"]),
]


@pytest.mark.parametrize(("text", "expected"), NO_FIRM_BEFORE_THE_VERB)
def test_works_and_phases_before_the_verb_of_investing_are_no_firms(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


# The excess over a plan or target (超出计划进度目标5.93亿元, 超出计划进度18.5%) is no level nor rate of its own; the target
# itself told after 超过 and before 的 (超过目标任务40亿元的19%) stays.
EXCESS_OVER_TARGETS = [
    (
        "1-9月,全县到位资金30亿元,超出计划进度目标5.93亿元,超出计划进度18.5%。",
        [("到位资金", 3000000000, "全县", None)],
    ),
    ("园区可望在嘉义、台南及高雄地区提供1万人以上的就业机会。", []),
]


@pytest.mark.parametrize(("text", "expected"), EXCESS_OVER_TARGETS)
def test_the_excess_over_a_target_and_openings_to_come_are_no_statistics(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _metrics(text) == expected
