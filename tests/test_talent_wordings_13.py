"""Talent in wordings written for session 13's probes: people selected into a programme (a statistic), parts of a
total told in the sentence after it (。其中，…), a bare count under its own verb in the clause after a talent count,
plans told a few words before the mode word, people coming back from abroad, and counts of people of no talent
kind whose parts are no talent either."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [(t.category, t.count.value if t.count else None, t.persons, t.mode, t.kind) for t in report.talent]


# How many people a programme took (N人入选…人才工程 / 计划) is a statistic; a noun before the count names talent.
SELECTED_INTO_PROGRAMMES = [
    ("今年全省有56人入选国家级人才工程。", []),
    ("114人入选万人领军、长江学者等国家级人才工程，379人入选芙蓉学者等省级人才计划。", []),
    ("我市今年又有8人成功入选省“双创计划”。", []),
    ("今年共有12人入选国家重点人才支持项目。", []),
    ("39名科技人才入选国家级人才计划。", [("科技人才", 39, [], None, "actual")]),
    ("183人荣获中华技能大奖全国技术能手。", [("中华技能大奖全国技术能手", 183, [], None, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), SELECTED_INTO_PROGRAMMES)
def test_people_selected_into_a_programme(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A sentence opening with 其中 lists parts of the talent total the sentence before ended with: each part is a record
# under the total's mode; a part told by its own qualified verb (全职引进, 柔性引进) is the total's kind so qualified.
PARTS_IN_THE_NEXT_SENTENCE = [
    (
        "今年以来，全市共引进各类人才1.2万人。其中，博士386人，硕士2100人。",
        [
            ("各类人才", 12000, [], "introduced", "actual"),
            ("博士", 386, [], "introduced", "actual"),
            ("硕士", 2100, [], "introduced", "actual"),
        ],
    ),
    (
        "全年柔性引进专家320名。其中，院士12名。",
        [("专家", 320, [], "flexible", "actual"), ("院士", 12, [], "flexible", "actual")],
    ),
    (
        "新增专业技术人才8600人。其中高级职称1200人。",
        [("专业技术人才", 8600, [], None, "actual"), ("高级职称", 1200, [], None, "actual")],
    ),
    (
        "全年引進各類人才3,200名。當中，博士180名。",
        [("各類人才", 3200, [], "introduced", "actual"), ("博士", 180, [], "introduced", "actual")],
    ),
    (
        "全年引进高层次人才1500名。其中，全职引进600名，柔性引进900名。",
        [
            ("高层次人才", 1500, [], "introduced", "actual"),
            ("全职高层次人才", 600, [], "introduced", "actual"),
            ("柔性高层次人才", 900, [], "flexible", "actual"),
        ],
    ),
    (
        "全年引进高层次人才1500名，其中全职引进600名，柔性引进900名。",
        [
            ("高层次人才", 1500, [], "introduced", "actual"),
            ("全职高层次人才", 600, [], "introduced", "actual"),
            ("柔性高层次人才", 900, [], "flexible", "actual"),
        ],
    ),
    # the list may open by what the parts are told by (从学历看, 按层次分) or by the people (这些人才中)
    (
        "全年共引进各类人才8600人。从学历看，博士126人、硕士1800人。",
        [
            ("各类人才", 8600, [], "introduced", "actual"),
            ("博士", 126, [], "introduced", "actual"),
            ("硕士", 1800, [], "introduced", "actual"),
        ],
    ),
    (
        "今年引进高层次人才320名。这些人才中，院士5名、国家级领军人才28名。",
        [
            ("高层次人才", 320, [], "introduced", "actual"),
            ("院士", 5, [], "introduced", "actual"),
            ("国家级领军人才", 28, [], "introduced", "actual"),
        ],
    ),
    # the parts after the sentence are of its last count of people (jobs here), no part of the talent before it
    (
        "全年引进各类人才1.2万人，新增就业3万人。其中，高校毕业生2.1万人。",
        [("各类人才", 12000, [], "introduced", "actual")],
    ),
    # a difference after 其中 is no part; nor is a count in another paragraph
    ("今年全市引进人才1.5万人。其中，较去年增加2000人。", [("人才", 15000, [], "introduced", "actual")]),
    (
        "今年全市引进人才1.5万人。\n其中，机关干部320人参加培训。",
        [("人才", 15000, [], "introduced", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_IN_THE_NEXT_SENTENCE)
def test_parts_told_in_the_sentence_after_their_total(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A bare count right after a mode word of its own clause, after a talent count in the clause before: the same kind,
# under its own verb (a plan when a plan word stands before it).
SAME_KIND_UNDER_ITS_OWN_VERB = [
    (
        "去年引进高层次人才3200人，今年计划引进4000人。",
        [("高层次人才", 3200, [], "introduced", "actual"), ("高层次人才", 4000, [], "introduced", "plan")],
    ),
    (
        "2022年引进博士10名，2023年引进15名。",
        [("博士", 10, [], "introduced", "actual"), ("博士", 15, [], "introduced", "actual")],
    ),
    (
        "引进院士3名，柔性引进12名。",
        [("院士", 3, [], "introduced", "actual"), ("院士", 12, [], "flexible", "actual")],
    ),
    ("全年引进人才1200人，带动就业3000人。", [("人才", 1200, [], "introduced", "actual")]),
    ("全年引进博士10名，招聘120名。", [("博士", 10, [], "introduced", "actual")]),
    (
        "全年引进博士120名，招聘工人3000名。",
        [("博士", 120, [], "introduced", "actual"), ("工人", 3000, [], "hired", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_KIND_UNDER_ITS_OWN_VERB)
def test_a_bare_count_under_its_own_verb(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A plan word a few words before the mode word (time spans, a target year, 新 between) makes a plan; a programme's
# name with 计划 and a mode word in the perfective tell what was done.
PLANS_BEFORE_THE_VERB = [
    ("计划用三年时间引进培养高层次人才1000名。", [("高层次人才", 1000, [], "introduced", "plan")]),
    ("该市计划到2025年引进博士500名。", [("博士", 500, [], "introduced", "plan")]),
    ("拟于年内引进博士100名。", [("博士", 100, [], "introduced", "plan")]),
    ("明年计划新引进各类人才8000人。", [("各类人才", 8000, [], "introduced", "plan")]),
    ("今年計劃延攬海外人才200名。", [("海外人才", 200, [], "introduced", "plan")]),
    ("力争用五年时间引进高层次人才2000名。", [("高层次人才", 2000, [], "introduced", "target")]),
    ("人才引进计划共吸引了750名人才。", [("人才", 750, [], "introduced", "actual")]),
    ("前两期计划吸引了超过750名人才。", [("人才", 750, [], "introduced", "actual")]),
    ("通过实施“鲲鹏计划”引进高层次人才56名。", [("高层次人才", 56, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), PLANS_BEFORE_THE_VERB)
def test_plans_told_before_the_mode_word(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Coming back from abroad after the people counted ends what they are.
COMING_BACK = [
    ("500余名海外留学人员回国创业。", [("海外留学人员", 500, [], "introduced", "actual")]),
    ("300名留学人员回国工作。", [("留学人员", 300, [], "introduced", "actual")]),
    ("30名留学博士回国创业。", [("留学博士", 30, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), COMING_BACK)
def test_people_coming_back_from_abroad(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Counts of people that are no talent brought in, and the parts of people of no talent kind.
NO_TALENT = [
    "该校现有在校学生1.8万人，其中研究生2300人。",
    "该校现有在校学生1.8万人。其中，研究生2300人。",
    "今年共吸引5000余名求职者，其中硕士320人。",
    "今年共选调优秀大学毕业生到村任职320名。",
    "今年以来，全市城镇新增就业5.6万人。",
    "招聘会现场入场求职者达8000余人，达成就业意向2300人。",
    "今年全省共选派科技特派员2600名深入基层。",
    "本届峰会共邀请参会嘉宾500余位。",
    "大会吸引了来自全国各地的1200余名企业家参会。",
    "全市常住人口达到356.8万人，比上年末增加2.1万人。",
    "本屆博覽會共吸引逾3萬人次入場參觀。",
    "今年全市新建院士工作站5个、博士后科研工作站8个。",
    "全省累计建成院士（专家）工作站360家。",
    "全市累计发放“人才绿卡”1.2万张。",
    "「優秀人才入境計劃」去年共批出4,200個名額。",
    "现场签约人才项目18个，总投资12亿元。",
    "活动现场，市政府与12所高校签订校地合作协议。",
    "招才引智活动期间，该市与8所高校签约共建实习实训基地。",
    "全市人才资源总量达到86万人，其中高层次人才1.2万人。",
    "全年开展高技能人才培训4.5万人次。",
    "今年以来，我市引进院士团队入驻科创园，开展联合攻关。",
    # a school's alumni over its history; people who do talent work
    "该校建校以来已为国家培养各类人才10万余名。",
    "创办于1912年的枝江中学，仅恢复高考以来，已培养数万名优秀人才。",
    "该大学今年为企业培养紧缺人才500名。",
    "全市共评选表彰优秀人才工作者50名。",
]

# Training with a school, or of talent a place grows, stays talent trained.
TRAINED = [
    ("与浙江大学联合培养博士20名。", [("博士", 20, [], "trained", "actual")]),
    ("依托职业院校培养技能人才1.2万人。", [("技能人才", 12000, [], "trained", "actual")]),
    ("全年培养高技能人才3600名。", [("高技能人才", 3600, [], "trained", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), TRAINED)
def test_talent_trained_with_a_school(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize("text", NO_TALENT)
def test_counts_of_people_that_are_no_talent(text: str) -> None:
    assert talent_of(text) == []


# One intake told twice, once as plain talent (人才, 各类人才) and once by its kinds: one record, the first telling's;
# small equal figures of different kinds stay two intakes.
TOLD_TWICE = [
    (
        "前两期计划吸引了超过750名人才。经过严格评审，前两期人才引进计划共吸引了超过750名高端人才、优秀人才和高级专业人才成功入选。",
        [("人才", 750, [], "introduced", "actual")],
    ),
    (
        "今年全市引进各类人才1200人。\n全年共引进博士、硕士等高层次人才1200人，其中博士86人。",
        [("各类人才", 1200, [], "introduced", "actual"), ("博士", 86, [], "introduced", "actual")],
    ),
    (
        "引进博士120名，引进硕士120名。",
        [("博士", 120, [], "introduced", "actual"), ("硕士", 120, [], "introduced", "actual")],
    ),
    (
        "今年引进人才20名。另引进博士20名。",
        [("人才", 20, [], "introduced", "actual"), ("博士", 20, [], "introduced", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_TWICE)
def test_one_intake_told_twice(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A named person appointed (受聘为, 获聘为) counts whatever the post is called; a title given must name talent.
APPOINTED_BY_NAME = [
    ("中国工程院院士王建华受聘为市政府科技顾问。", [("市政府科技顾问", None, ["王建华"], "hired", "actual")]),
    (
        "浙江大学教授陈卫东受聘担任省新材料产业首席专家。",
        [("省新材料产业首席专家", None, ["陈卫东"], "hired", "actual")],
    ),
    ("南京大学教授张卫东当选中国科学院院士。", [("中国科学院院士", None, ["张卫东"], None, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTED_BY_NAME)
def test_named_people_appointed(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Names listed right before the count of the people they are (titles after each allowed) are the record's persons;
# the names read alone first are the same record.
NAMES_BEFORE_THE_COUNT = [
    ("该校引进了李德仁院士、王建国教授2名专家。", [("专家", 2, ["李德仁", "王建国"], "introduced", "actual")]),
    ("引进王强、陈静等3名专家。", [("专家", 3, ["王强", "陈静"], "introduced", "actual")]),
    (
        "聘请张海峰、刘春生两位专家为决策咨询委员。",
        [("决策咨询委员", 2, ["张海峰", "刘春生"], "hired", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_BEFORE_THE_COUNT)
def test_names_before_the_count(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# People counted before the entry scheme they came through are its kind, a short name spelled out; people serving
# where they come, told by the place's one-character name, keep their kind; a work permit's holders are let in.
SCHEMES_AND_PERMITS = [
    ("逾8.1万人经高才通计划来港。", [("高端人才", 81000, [], "introduced", "actual")]),
    ("今年已有2.1萬人透過「高才通計劃」來港。", [("高端人才", 21000, [], "introduced", "actual")]),
    ("去年有3万人通过“优才计划”获批来港。", [("优秀人才", 30000, [], "introduced", "actual")]),
    ("逾8.1万人经各项人才入境计划来港。", [("人才", 81000, [], "introduced", "actual")]),
    ("全年柔性引进院士专家来黔服务2600人次。", [("院士专家", 2600, [], "flexible", "actual")]),
    ("今年共有560名外籍人才获发外国人工作许可证。", [("外籍人才", 560, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), SCHEMES_AND_PERMITS)
def test_schemes_and_permits(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Talent a body signs with (与 right before the count, a signing after it) are brought in; people met are not.
SIGNED_WITH = [
    ("招才引智大会上，共有56家单位与112名人才现场签约。", [("人才", 112, [], "introduced", "actual")]),
    ("大会现场，该市与36名高层次人才签订引才协议。", [("高层次人才", 36, [], "introduced", "actual")]),
    ("我市与30名博士签订了工作合同。", [("博士", 30, [], "introduced", "actual")]),
    ("与清华大学的50名专家开展座谈。", []),
    ("洽谈会上，共有60余名企业家与我市签约。", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_WITH)
def test_talent_signed_with(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
