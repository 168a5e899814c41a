"""Talent in wordings written for session 12's probes (tests/test_talent_wordings.py is full): where people come or
stay to work told by a place's one-character name (留鲁来鲁, 回沪, 来鄂, 留辽), the parts of a total after Hong Kong's
當中, people who came through an entry scheme whatever they are called, plans told with 预计, more verbs of hiring,
and counts of people that are no talent (guests, students, stations, talent told without a number)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [(t.category, t.count.value if t.count else None, t.persons, t.mode, t.kind) for t in report.talent]


# Where the people come or stay to work follows their kind and is no part of it, also when the document reads the
# city's one-character name as a place (鲁, 沪, 鄂), and when it stands before the kind (来琼就业创业高校毕业生).
COME_TO_WORK = [
    ("全年吸引高校毕业生留鲁来鲁就业创业15.2万人。", [("高校毕业生", 152000, [], "introduced", "actual")]),
    ("今年上半年，吸引高校毕业生留赣来赣就业创业18.6万人。", [("高校毕业生", 186000, [], "introduced", "actual")]),
    ("吸引海外留学人员回沪创业就业8600人。", [("海外留学人员", 8600, [], "introduced", "actual")]),
    ("去年吸引35岁以下青年人才来鄂就业2.4万人。", [("35岁以下青年人才", 24000, [], "introduced", "actual")]),
    ("吸引海外人才回流来杭6800余人。", [("海外人才", 6800, [], "introduced", "actual")]),
    ("全年留琼来琼就业创业高校毕业生3.2万人。", [("高校毕业生", 32000, [], None, "actual")]),
    ("去年，新增来皖就业创业高校毕业生35万人。", [("高校毕业生", 350000, [], None, "actual")]),
    ("今年以来，招引大学生来宜就业创业2.1万人。", [("大学生", 21000, [], "introduced", "actual")]),
    ("吸引1.8万名高校毕业生留桂来桂就业。", [("高校毕业生", 18000, [], "introduced", "actual")]),
    ("全年共柔性引进专家服务企业860人次。", [("专家", 860, [], "flexible", "actual")]),
    # some of the people just counted stay: a clause opening with 留 and the place, right before its count
    (
        "近5年出站博士后2568人，留辽1988人，留辽率77%。",
        [("出站博士后", 2568, [], None, "actual"), ("出站博士后", 1988, [], None, "actual")],
    ),
    (
        "近5年出站博士后3200人，留川2600人。",
        [("出站博士后", 3200, [], None, "actual"), ("出站博士后", 2600, [], None, "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COME_TO_WORK)
def test_where_people_come_or_stay_to_work(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Totals and their parts: each part is a record of its own; Hong Kong writes 當中 for 其中.
TOTALS_AND_PARTS = [
    (
        "引進各類人才2,350名，當中博士210名。",
        [("各類人才", 2350, [], "introduced", "actual"), ("博士", 210, [], "introduced", "actual")],
    ),
    (
        "全年引进人才1.2万人，其中博士320人、硕士2100人。",
        [
            ("人才", 12000, [], "introduced", "actual"),
            ("博士", 320, [], "introduced", "actual"),
            ("硕士", 2100, [], "introduced", "actual"),
        ],
    ),
    (
        "全年柔性引进高端人才85名，其中院士6名。",
        [("高端人才", 85, [], "flexible", "actual"), ("院士", 6, [], "flexible", "actual")],
    ),
    (
        "今年共招聘教师1200名，其中研究生学历150名。",
        [("教师", 1200, [], "hired", "actual"), ("研究生学历", 150, [], "hired", "actual")],
    ),
    (
        "全年引进人才5600人，同比增长18%，其中高层次人才320人。",
        [("人才", 5600, [], "introduced", "actual"), ("高层次人才", 320, [], "introduced", "actual")],
    ),
]


# Headings whose mode word closes them (人才引进：) label the count after the colon or open a list; parts in brackets
# after 含 are parts.
TOTALS_AND_PARTS += [
    ("人才引进：1200人。", [("人才", 1200, [], "introduced", "actual")]),
    (
        "人才引进：博士12人，硕士86人。",
        [("博士", 12, [], "introduced", "actual"), ("硕士", 86, [], "introduced", "actual")],
    ),
    (
        "新引进高层次人才128名（含博士36名）。",
        [("高层次人才", 128, [], "introduced", "actual"), ("博士", 36, [], "introduced", "actual")],
    ),
    ("参会人数：500人。", []),
    # a 的 phrase qualifying a kind of talent after the count: the kind is the people
    ("引进了120名具有博士学位的高层次人才。", [("高层次人才", 120, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS_AND_PARTS)
def test_totals_and_their_parts(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# People who came through an entry scheme are its kind of talent, whatever the sentence calls them (人士).
THROUGH_SCHEMES = [
    ("去年經「輸入內地人才計劃」獲批來港的人士有1.8萬人。", [("內地人才", 18000, [], "introduced", "actual")]),
    ("透過「輸入內地人才計劃」來港工作的人士去年有2.3萬人。", [("內地人才", 23000, [], "introduced", "actual")]),
    ("去年，入境處共批出約2.1萬宗「優才計劃」申請。", [("优秀人才", 21000, [], "introduced", "actual")]),
    ("澳門「人才引進計劃」首年共批出143宗申請。", [("人才", 143, [], "introduced", "actual")]),
    ("透過「優秀人才入境計劃」，去年共有1.2萬人獲批來港。", [("優秀人才", 12000, [], "introduced", "actual")]),
    # approved to come, a scheme named or not; 自计划推出以来 names the programme, no plan
    ("自計劃推出以來，共有逾6,000名專才獲批來港工作。", [("專才", 6000, [], "introduced", "actual")]),
    ("今年已有3200名优秀人才获准来港定居。", [("优秀人才", 3200, [], "introduced", "actual")]),
    ("勞工及福利局局長表示，已有超過10萬名人才抵港。", [("人才", 100000, [], "introduced", "actual")]),
    # approved ones told with 的有, and a breakdown opened by the people approved
    (
        "「人才引進計劃」共收到申請1,029宗，其中獲批准的有172宗。",
        [("人才", 172, [], "introduced", "actual")],
    ),
    (
        "獲批人才當中，高端人才18名、優秀人才76名。",
        [("高端人才", 18, [], "introduced", "actual"), ("優秀人才", 76, [], "introduced", "actual")],
    ),
]


# People issued a work permit or card for foreign talent (data/lexicon/talent_permits.tsv) are brought in; a stock of
# permits (累计) is a statistic.
THROUGH_SCHEMES += [
    (
        "截至 2024 年底，就業金卡核發數量突破 1.2 萬，達 1 萬 2082 人次，年成長 34.8%。",
        [("外国专业人才", 12082, [], "introduced", "actual")],
    ),
    ("今年共有380名外籍專業人才獲發就業金卡。", [("外籍專業人才", 380, [], "introduced", "actual")]),
    ("全年共办理外国人来华工作许可1200人次。", [("外国人才", 1200, [], "introduced", "actual")]),
    ("截至 2022 年 5 月底，就業金卡累計許可人次突破 5000 關卡，達 5140 人次。", []),
]


@pytest.mark.parametrize(("text", "expected"), THROUGH_SCHEMES)
def test_people_who_came_through_a_scheme(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# 预计 before the people (or their mode word) makes a plan; a programme's people (…计划人才) make none.
PLANS = [
    ("國科會今年預計延攬150名博士級人才返國服務。", [("博士級人才", 150, [], "introduced", "plan")]),
    ("「海外人才歸國橋接方案」今年預計招募100名博士。", [("博士", 100, [], "hired", "plan")]),
    ("今年预计引进高层次人才300名。", [("高层次人才", 300, [], "introduced", "plan")]),
    ("今年新认定鹏城孔雀计划人才560人。", [("孔雀计划人才", 560, [], None, "actual")]),
    # 将 and a verb of intent earlier in the sentence: what will be done; 将 as a preposition is none
    (
        "今年，我们将实施“青年人才聚县”行动，引进高校毕业生2000名以上。",
        [("高校毕业生", 2000, [], "introduced", "plan")],
    ),
    ("下一步，我市将继续加大引才力度，全年引进各类人才2.5万人。", [("各类人才", 25000, [], "introduced", "plan")]),
    ("我市将人才工作作为一把手工程，全年引进人才1.2万人。", [("人才", 12000, [], "introduced", "actual")]),
    ("去年，该市将重点放在引才上，引进人才1.2万人。", [("人才", 12000, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), PLANS)
def test_expected_intakes_are_plans(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Exams and intakes that take people on.
MORE_MODE_WORDS = [
    ("今年公开招考事业单位工作人员120名。", [("事业单位工作人员", 120, [], "hired", "actual")]),
    ("全年考录公务员150名。", [("公务员", 150, [], "hired", "actual")]),
    ("全年共接收高校毕业生3200人。", [("高校毕业生", 3200, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_MODE_WORDS)
def test_more_mode_words(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# What is done for the people counted ends what they are: a card given to talent, a code handled for them.
PEOPLE_SERVED = [
    ("全年为1200名高层次人才发放人才绿卡。", [("高层次人才", 1200, [], None, "actual")]),
    ("全市已为3600名人才办理了人才码。", [("人才", 3600, [], None, "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_SERVED)
def test_what_is_done_for_the_people_ends_them(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# The words before a count after a list word are the people of the count before it: guests an event invites, and
# the next people listed, are no talent.
NOT_TALENT = [
    "论坛邀请了10位院士、50余位企业家作主旨演讲。",
    "全市共有在校大学生28万人。",
    "今年以来，我县柔性引进了一批高层次专家人才，为产业发展提供了智力支撑。",
    "引进院士团队入驻产业园，推动科技成果就地转化。",
    "柔性引進多名院士專家，為企業破解技術難題。",
    "新建院士工作站3家、博士后科研工作站5个。",
    "新增国家级博士后科研工作站2家，累计达到16家。",
    "举办专场招聘会12场，吸引1.5万人次进场求职。",
    "选派120名优秀年轻干部到基层挂职锻炼。",
    "洽谈会上，共有60余名企业家与我市签约。",
    "全市专家服务团下基层服务2300人次。",
    "本次招聘会共提供就业岗位1.2万个，初步达成就业意向3200人。",
    "國科會「博士創新之星計畫」今年選送120名博士赴美研習。",
    "引进企业120家，吸纳就业1.2万人。",
    "全年引进外资项目32个，引进外籍员工260人。",
]


@pytest.mark.parametrize("text", NOT_TALENT)
def test_counts_and_mentions_that_are_no_talent(text: str) -> None:
    assert talent_of(text) == []


# A researcher named with the body and title before the name is brought in as the mode word says.
NAMED = [
    ("柔性引进中国农业科学院研究员周立新。", [("研究员", None, ["周立新"], "flexible", "actual")]),
    (
        "今年以来，我县柔性引进中国农业科学院研究员周立新，指导当地发展食用菌产业。",
        [("研究员", None, ["周立新"], "flexible", "actual")],
    ),
    ("全年引进研究员12名。", [("研究员", 12, [], "introduced", "actual")]),
    # 受聘担任: the post is what they were appointed as
    (
        "浙江大学教授陈卫东受聘担任省新材料产业首席专家。",
        [("省新材料产业首席专家", None, ["陈卫东"], "hired", "actual")],
    ),
]


NAMED += [
    # 为 / 是 opening a clause that names people and nothing else lists the people counted
    ("今年我市新当选中国工程院院士1人，为浙江大学教授刘建平。", [("院士", 1, ["刘建平"], None, "actual")]),
    ("今年为企业引进博士2人，为企业解决技术难题12项。", [("博士", 2, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_researchers_named_or_counted(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Professions brought in are talent; counted without a verb of bringing in they are a statistic.
PROFESSIONS = [
    (
        "今年共引进优秀教师86名、医生32名。",
        [("优秀教师", 86, [], "introduced", "actual"), ("医生", 32, [], "introduced", "actual")],
    ),
    ("引进医护人员150名。", [("医护人员", 150, [], "introduced", "actual")]),
    ("全年引进农业技术骨干30名。", [("农业技术骨干", 30, [], "introduced", "actual")]),
    ("全县回引在外能人120名。", [("在外能人", 120, [], "introduced", "actual")]),
    ("全县引进返乡创业人员1200人。", [("返乡创业人员", 1200, [], "introduced", "actual")]),
    ("全县共有返乡创业人员1.2万人。", []),
    ("全市共有教师5600名。", []),
    ("该院现有医生320名。", []),
    ("培训教师3000人次。", []),
    # rural talent cultivated (培养, 培育) is talent trained; 培训 counts attendances; 新型 keeps its 新
    ("全年共培育新型职业农民3000人。", [("新型职业农民", 3000, [], "trained", "actual")]),
    ("培养农村致富带头人500名。", [("农村致富带头人", 500, [], "trained", "actual")]),
    ("全年培训农民1.5万人次。", []),
    ("全县共有农民12万人。", []),
]


@pytest.mark.parametrize(("text", "expected"), PROFESSIONS)
def test_professions_brought_in(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
