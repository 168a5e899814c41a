"""Talent told in the wordings of pages the dev corpus has few of: verbs (引育, 集聚, 招引, 吸引, 签约, 招录, 招聘,
柔性引进, 延揽), units (名 人 位 人次, teams 个 支, approved applications 宗), kinds (高层次人才, 高技能人才, 博士,
院士, 专家, 团队, 青年人才, 紧缺人才, 大学生), lists just published (…名单，…又有N人入选), and counts of people
that are no talent (attendees, people served or organised, a stock, jobs, the poor)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [(t.category, t.count.value if t.count else None, t.persons, t.mode, t.kind) for t in report.talent]


BROUGHT_IN = [
    ("今年以来，全县共引育高层次人才120名。", [("高层次人才", 120, [], "introduced", "actual")]),
    ("全年招引大学生1.2万人。", [("大学生", 12000, [], "introduced", "actual")]),
    ("引进紧缺人才210名。", [("紧缺人才", 210, [], "introduced", "actual")]),
    ("全年引进高技能人才1500余人。", [("高技能人才", 1500, [], "introduced", "actual")]),
    ("引进急需紧缺专业技术人才60名。", [("急需紧缺专业技术人才", 60, [], "introduced", "actual")]),
    ("全年共延攬海外人才320名。", [("海外人才", 320, [], "introduced", "actual")]),
    ("成功引进诺贝尔奖获得者2名。", [("诺贝尔奖获得者", 2, [], "introduced", "actual")]),
    ("全年新招收博士后126人。", [("博士后", 126, [], "introduced", "actual")]),
    (
        "今年共引进5名博士、12名硕士。",
        [("博士", 5, [], "introduced", "actual"), ("硕士", 12, [], "introduced", "actual")],
    ),
    ("今年以来累计招引本科及以上学历人才3.2万人。", [("本科及以上学历人才", 32000, [], "introduced", "actual")]),
    ("为企业引进急需紧缺人才320名。", [("急需紧缺人才", 320, [], "introduced", "actual")]),
    # 签约 brings people in, alone or before another mode word; 招才引智 before it is no kind
    ("现场签约高层次人才46名。", [("高层次人才", 46, [], "introduced", "actual")]),
    ("签约院士专家12名。", [("院士专家", 12, [], "introduced", "actual")]),
    ("签约引进博士28名。", [("博士", 28, [], "introduced", "actual")]),
    ("全年招才引智签约人才1280名。", [("人才", 1280, [], "introduced", "actual")]),
    # 共计 trails the category; 各类 before 人才 alone stays
    ("引进各类人才共计2580人。", [("各类人才", 2580, [], "introduced", "actual")]),
    # a verb naming the people right before the count wins over a noun before it
    ("通过“人才飞地”柔性引才200余人。", [("人才", 200, [], "flexible", "actual")]),
    ("引才1500余人。", [("人才", 1500, [], "introduced", "actual")]),
    # people coming back or staying to work: where they go is no part of the kind
    ("全年吸引各类人才回流2.6万人。", [("各类人才", 26000, [], "introduced", "actual")]),
    ("今年以来，全区大学生留（来）乡就业创业1800余人。", [("大学生", 1800, [], None, "actual")]),
    ("招引青年人才回乡就业创业5000余人。", [("青年人才", 5000, [], "introduced", "actual")]),
    ("吸引1200名大学生返乡创业。", [("大学生", 1200, [], "introduced", "actual")]),
    ("吸引1.5万名高校毕业生来吉就业创业。", [("高校毕业生", 15000, [], "introduced", "actual")]),
    ("全年办理人才落户2.3万人。", [("人才", 23000, [], "introduced", "actual")]),
    # 数量 / 实现 / 有 around the kind are no part of it
    ("全年人才引进数量达到2300人。", [("人才", 2300, [], "introduced", "actual")]),
    ("全年实现人才引进1.2万人。", [("人才", 12000, [], "introduced", "actual")]),
    ("引进的高层次人才中，博士有120人。", [("博士", 120, [], "introduced", "actual")]),
    (
        "本次共签约引进人才386人，其中博士36人。",
        [("人才", 386, [], "introduced", "actual"), ("博士", 36, [], "introduced", "actual")],
    ),
    ("该市共招引高校毕业生落户就业12.8万人。", [("高校毕业生", 128000, [], "introduced", "actual")]),
    ("全年引进人才总数达1.5万人。", [("人才", 15000, [], "introduced", "actual")]),
    (
        "共引进两名院士、五名国家杰青。",
        [("院士", 2, [], "introduced", "actual"), ("国家杰青", 5, [], "introduced", "actual")],
    ),
]

HIRED_TRAINED_FLEXIBLE = [
    ("全市招录公务员320名。", [("公务员", 320, [], "hired", "actual")]),
    ("面向全国招聘事业单位工作人员450名。", [("事业单位工作人员", 450, [], "hired", "actual")]),
    ("面向社会公开招聘教师150名。", [("教师", 150, [], "hired", "actual")]),
    ("招聘会计人员30名。", [("会计人员", 30, [], "hired", "actual")]),
    ("新聘院士专家8名。", [("院士专家", 8, [], "hired", "actual")]),
    ("新招录选调生120名。", [("选调生", 120, [], "hired", "actual")]),
    # a programme named in quotes is no plan
    ("“三支一扶”计划共招募高校毕业生1800名。", [("高校毕业生", 1800, [], "hired", "actual")]),
    ("全年培养高技能人才3000名。", [("高技能人才", 3000, [], "trained", "actual")]),
    ("培育乡村工匠500名。", [("乡村工匠", 500, [], "trained", "actual")]),
    ("累计培训技能人才2.5万人次。", [("技能人才", 25000, [], "trained", "actual")]),
    ("全年柔性引进专家教授86人次。", [("专家教授", 86, [], "flexible", "actual")]),
    ("柔性引进“候鸟型”专家50人。", [("“候鸟型”专家", 50, [], "flexible", "actual")]),
    ("柔性引进院士专家团队12个。", [("院士专家团队", 12, [], "flexible", "actual")]),
    ("引进创新创业团队8支。", [("创新创业团队", 8, [], "introduced", "actual")]),
    (
        "全年共引进院士团队3个、博士团队15个。",
        [("院士团队", 3, [], "introduced", "actual"), ("博士团队", 15, [], "introduced", "actual")],
    ),
]

WITHOUT_MODE = [
    ("新入选泰山学者12人。", [("泰山学者", 12, [], None, "actual")]),
    ("2022年，该市新认定高层次人才612人。", [("高层次人才", 612, [], None, "actual")]),
    ("新遴选省级首席技师30名。", [("省级首席技师", 30, [], None, "actual")]),
    ("本院今年新進博士級研究人員25位。", [("博士級研究人員", 25, [], None, "actual")]),
    ("全市共有1.2万名人才享受人才政策。", [("人才", 12000, [], None, "actual")]),
    ("全年共有25人获评享受国务院政府特殊津贴专家。", [("国务院政府特殊津贴专家", 25, [], None, "actual")]),
    ("对60名入选2013年全省紧缺人才引进工程人员给予奖励。", [("紧缺人才引进工程人员", 60, [], None, "actual")]),
    # a batch is no part of the kind
    ("山东大学教授李志强入选第七批泰山学者青年专家。", [("泰山学者青年专家", None, ["李志强"], None, "actual")]),
]

# People selected into a list published earlier in the sentence; a stock of those selected stays a statistic.
SELECTED_INTO_LIST = [
    ("中组部公布第十批“千人计划”名单，我省又有12人入选。", [("千人计划", 12, [], None, "actual")]),
    ("省委组织部日前公布了第三批“万人计划”人才名单，我市有5人入选。", [("“万人计划”人才", 5, [], None, "actual")]),
    (
        "第七批泰山学者名单公布，我市共有3人入选，分别是张志伟、李晓强、王芳芳。",
        [("泰山学者", 3, ["张志伟", "李晓强", "王芳芳"], None, "actual")],
    ),
    ("至此，我省共有139人入选中央“千人计划”。", []),
    ("我市已有23人入选国家“万人计划”。", []),
]

# Figures with thousands grouped by commas ("35,000名") are read whole, with the words before them.
THOUSANDS_GROUPED = [
    ("遠超每年至少引入35,000名人才的目標。", [("人才", 35000, [], "introduced", "target")]),
    ("全年共引进各类人才12,580人。", [("各类人才", 12580, [], "introduced", "actual")]),
    ("今年以来累计招引高校毕业生1,200名。", [("高校毕业生", 1200, [], "introduced", "actual")]),
    ("收到60,497個申請,47,681個獲批。", []),
]

# People put on a list of talent (纳入, 列入, 入选 … 名单), counted before or after it: what the list names, brought in
# when a mode word in its name says so; a stock (累计, 至此) stays a statistic.
PUT_ON_LIST = [
    ("至今獲納入建議引進人才名單的共有282人。", [("人才", 282, [], "introduced", "actual")]),
    (
        "有387人獲納入建議引進人才名單，包括高端人才22名。",
        [
            ("人才", 387, [], "introduced", "actual"),
            ("高端人才", 22, [], "introduced", "actual"),
        ],
    ),
    ("今年列入高层次人才名单的有56人。", [("高层次人才", 56, [], None, "actual")]),
    ("全市共有120人被列入紧缺人才名单。", [("紧缺人才", 120, [], None, "actual")]),
    ("入选第三批青年拔尖人才名单的共有18人。", [("青年拔尖人才", 18, [], None, "actual")]),
    ("今年纳入柔性引进专家名单的共有35人。", [("专家", 35, [], "flexible", "actual")]),
    ("截至目前，累计纳入人才名单的共有2800人。", []),
    ("纳入低保名单的共有300人。", []),
]

# The words before a scheme (其中在, 经, 通过) and a count's people told by the scheme they came through take the
# scheme's kind of talent.
SCHEME_KINDS = [
    ("逾8.1萬人經各項人才入境計劃來港。", [("人才", 81000, [], "introduced", "actual")]),
    ("去年有5000人通过优秀人才入境计划来港定居。", [("优秀人才", 5000, [], "introduced", "actual")]),
    (
        "其中在高端人才通行證計劃，政府收到60,497個申請，47,681個獲批。",
        [("高端人才", 47681, [], "introduced", "actual")],
    ),
    ("其中在优秀人才入境计划下，全年获批8500宗。", [("优秀人才", 8500, [], "introduced", "actual")]),
    ("今年已有逾3万人经各类人才计划抵港。", [("人才", 30000, [], "introduced", "actual")]),
    ("其中在人才安居计划中，建成人才公寓1200套。", []),
]

# Applications approved under an entry scheme count the people let in; applications received do not.
APPROVED_APPLICATIONS = [
    (
        "入境处共接获超过11.5万宗“高端人才通行证计划”(“高才通计划”)申请，其中逾9.1万宗已获批。",
        [("高端人才", 91000, [], "introduced", "actual")],
    ),
    (
        "入境處共接獲超過11.5萬宗「高端人才通行證計劃」申請，其中逾9.1萬宗已獲批。",
        [("高端人才", 91000, [], "introduced", "actual")],
    ),
    ("“优秀人才入境计划”去年共收到申请2.3万宗，获批8500宗。", [("优秀人才", 8500, [], "introduced", "actual")]),
    ("今年上半年，港府“高才通计划”已批出4.2万宗申请。", [("高端人才", 42000, [], "introduced", "actual")]),
    ("港府去年共批出约1.2万宗“优秀人才入境计划”申请。", [("优秀人才", 12000, [], "introduced", "actual")]),
    ("“优秀人才入境计划”首年共收到申请230份，获批54人。", [("优秀人才", 54, [], "introduced", "actual")]),
    ("本公司去年处理投诉320宗。", []),
]

NOT_TALENT = [
    "大会吸引参会人员2000余人。",
    "全市城镇新增就业人数5.6万人。",
    "贫困人口减少1.2万人。",
    "全县贫困人口由2015年的3.2万人减少到0。",
    "全年新增城镇就业1.5万人。",
    "建成人才公寓1200套。",
    "全市人才资源总量达到85万人。",
    "全市技能人才总量达到120万人。",
    "全市现有专业技术人才15万人。",
    "该企业拥有研发人员300余人。",
    "大会邀请了200余名专家学者参会。",
    "论坛吸引了来自全国的500多名专家学者。",
    "活动吸引了2000多名高校学子参与。",
    "本次招聘会共有3000余名求职者进场。",
    "在签约仪式上，20名专家学者见证了签约。",
    "招聘会共吸引求职者5000余人。",
    "成立专家服务团，组织120名专家深入基层开展服务。",
    "全市组织200名科技特派员下乡服务。",
    "据统计，全市党员领导干部联系服务专家2822人次。",
    "青年人才驿站累计接待求职青年2.5万人次。",
    "全年完成职业技能培训5万人次。",
    "每年新招引大学生从1.6万人增至10万人。",
    "全市人才净流入1.2万人。",
    # a run of counted groups in clauses of their own, closed by the clause that tells them attending
    "论坛期间，12名国内外院士，30位知名专家学者，以及500余名青年人才，齐聚成都、共话创新。",
    "会上，8位院士，20名知名专家，共同出席了开幕式。",
    # applicants who sign up, whatever the verb before them, and the parts of their count in brackets
    "事业单位公开招聘高层次人才现场报名417人（博士4人、硕士413人）。",
    "本次招聘会企业人才招聘现场报名596人。",
]


@pytest.mark.parametrize(("text", "expected"), BROUGHT_IN)
def test_people_brought_in(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), HIRED_TRAINED_FLEXIBLE)
def test_people_hired_trained_or_flexible(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), WITHOUT_MODE)
def test_talent_without_a_mode_word(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SELECTED_INTO_LIST)
def test_people_selected_into_a_list(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPROVED_APPLICATIONS)
def test_applications_approved_under_a_scheme(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize("text", NOT_TALENT)
def test_counts_of_people_that_are_no_talent(text: str) -> None:
    assert talent_of(text) == []


@pytest.mark.parametrize(("text", "expected"), THOUSANDS_GROUPED)
def test_figures_with_thousands_grouped(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), PUT_ON_LIST)
def test_people_put_on_a_list_of_talent(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCHEME_KINDS)
def test_scheme_kinds_of_people_let_in(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A figure told twice is one record: the first, unless only the later one names the people.
REPEATED_FIGURES = [
    (
        "今年柔性引进院士3名。全年柔性引进院士3名，分别是中国工程院院士王建国、中国科学院院士李明华、中国工程院院士张卫东。",
        ["王建国", "李明华", "张卫东"],
        "全年柔性引进院士3名",
    ),
    ("今年新引进院士2名。其中新引进院士2名，分别为陈立新院士、刘志强院士。", ["陈立新", "刘志强"], "其中新引进院士2名"),
    ("今年新引进院士2名，分别为陈立新院士、刘志强院士。其中新引进院士2名。", ["陈立新", "刘志强"], "今年新引进院士2名"),
    ("今年新引进博士120名。下半年新引进博士120名。", [], "今年新引进博士120名"),
]


@pytest.mark.parametrize(("text", "persons", "evidence"), REPEATED_FIGURES)
def test_a_figure_told_twice_keeps_the_telling_that_names_people(text: str, persons: list[str], evidence: str) -> None:
    records = extract(text, reference_date="2023-12-20").talent
    assert len(records) == 1
    assert records[0].persons == persons
    assert records[0].evidence.text.startswith(evidence)


# Lists after a colon: a mode word and a kind of talent before the colon open a list of those brought in (each
# item a record under that mode, whatever it is called); a label before a colon names the count after it.
COLON_LISTS = [
    (
        "引进高层次人才：院士2名，博士45名。",
        [("院士", 2, [], "introduced", "actual"), ("博士", 45, [], "introduced", "actual")],
    ),
    (
        "引進高層次人才:院士2名,博士45名。",
        [("院士", 2, [], "introduced", "actual"), ("博士", 45, [], "introduced", "actual")],
    ),
    (
        "全年引进人才情况：博士23名、硕士156名、本科1200名。",
        [
            ("博士", 23, [], "introduced", "actual"),
            ("硕士", 156, [], "introduced", "actual"),
            ("本科", 1200, [], "introduced", "actual"),
        ],
    ),
    (
        "全年引进人才如下：博士23名、硕士156名。",
        [("博士", 23, [], "introduced", "actual"), ("硕士", 156, [], "introduced", "actual")],
    ),
    (
        "今年以来，我市共引进博士：12人；硕士：86人。",
        [("博士", 12, [], "introduced", "actual"), ("硕士", 86, [], "introduced", "actual")],
    ),
    (
        "引进博士：12人，硕士：86人，本科：300人。",
        [
            ("博士", 12, [], "introduced", "actual"),
            ("硕士", 86, [], "introduced", "actual"),
            ("本科", 300, [], "introduced", "actual"),
        ],
    ),
    (
        "柔性引进专家：院士3人，教授15人。",
        [("院士", 3, [], "flexible", "actual"), ("教授", 15, [], "flexible", "actual")],
    ),
    (
        "引进人才情况：博士23名；硕士156名；本科及以下1200名。",
        [
            ("博士", 23, [], "introduced", "actual"),
            ("硕士", 156, [], "introduced", "actual"),
            ("本科及以下", 1200, [], "introduced", "actual"),
        ],
    ),
    # a colon that only introduces a clause with its own verb changes nothing
    ("他表示：今年将引进博士100名。", [("博士", 100, [], "introduced", "plan")]),
    ("据介绍：全市引进各类人才3200人。", [("各类人才", 3200, [], "introduced", "actual")]),
]

# Labels of no talent before a colon, and lists after a colon opened by no talent.
COLON_NOT_TALENT = [
    "招聘岗位：120人。",
    "参会人数：500人。",
    "本次招聘会情况：参会企业120家，提供岗位3000个，达成意向1200人。",
]


@pytest.mark.parametrize(("text", "expected"), COLON_LISTS)
def test_lists_and_labels_after_a_colon(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize("text", COLON_NOT_TALENT)
def test_colons_of_no_talent(text: str) -> None:
    assert talent_of(text) == []


# A total told earlier in a sentence frames its parts only until a mode word opens a clause of its own.
AFTER_A_TOTAL = [
    (
        "全区现有人才总量15.6万人，今年新引进各类人才1.2万人，新增博士42名。",
        [("各类人才", 12000, [], "introduced", "actual"), ("博士", 42, [], None, "actual")],
    ),
    (
        "全市人才总量221万人，累计引进海外留学人才2.5万人，自主申报入选“国千”专家121名。",
        [("海外留学人才", 25000, [], "introduced", "actual"), ("“国千”专家", 121, [], None, "actual")],
    ),
    ("截至目前，全市人才总量达到45万人，其中高层次人才1.2万人。", []),
    ("全市人才总数达到12万人，新增高技能人才3000人。", []),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_TOTAL)
def test_counts_after_a_total(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Verbs of bringing in or hiring as other provinces, Hong Kong and Taiwan write them; the verb is no part of
# the kind; 已有 / 共有 / 完成 before the people are no part of it either.
MORE_VERBS = [
    ("今年招揽海外人才120名。", [("海外人才", 120, [], "introduced", "actual")]),
    ("共招攬高端人才86名。", [("高端人才", 86, [], "introduced", "actual")]),
    ("共吸纳高校毕业生1.2万人。", [("高校毕业生", 12000, [], "introduced", "actual")]),
    ("吸纳博士15名。", [("博士", 15, [], "introduced", "actual")]),
    ("全年共輸入優秀人才2300名。", [("優秀人才", 2300, [], "introduced", "actual")]),
    ("今年攬才500人。", [("人才", 500, [], "introduced", "actual")]),
    ("以产业聚才1200余人。", [("人才", 1200, [], "introduced", "actual")]),
    ("共延聘海外专家12人。", [("海外专家", 12, [], "hired", "actual")]),
    ("該校今年延聘國際學者30位。", [("國際學者", 30, [], "hired", "actual")]),
    ("全年完成人才引进120人。", [("人才", 120, [], "introduced", "actual")]),
    ("共有院士5名、博士后30名进站工作。", [("院士", 5, [], None, "actual"), ("博士后", 30, [], None, "actual")]),
    ("目前，该工作站已有院士3名、专家12名入驻。", [("院士", 3, [], None, "actual"), ("专家", 12, [], None, "actual")]),
    # quotas granted under a scheme are no people; the people it let in are
    (
        "「科技人才入境計劃」至今已批出約5000個配額，輸入科技人才1200名。",
        [("科技人才", 1200, [], "introduced", "actual")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_VERBS)
def test_more_verbs_of_bringing_in_and_hiring(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A station named after an academician told with the body and title before the name, and a team named
# after its titled head: the expert is the record's person.
TITLED_EXPERTS = [
    ("中国工程院院士李德仁院士工作站在我县揭牌。", [("院士", None, ["李德仁"], "flexible", "actual")]),
    (
        "新建院士工作站2家（中国工程院院士李德仁院士工作站、中国科学院院士王建国院士工作站）。",
        [("院士", None, ["李德仁"], "flexible", "actual"), ("院士", None, ["王建国"], "flexible", "actual")],
    ),
    ("县里成功引进中国工程院院士李德仁团队。", [("院士", None, ["李德仁"], "introduced", "actual")]),
    ("该县柔性引进中国工程院院士王建国团队。", [("院士", None, ["王建国"], "flexible", "actual")]),
    ("聘请中国工程院院士王建国为首席专家。", [("院士", None, ["王建国"], "hired", "actual")]),
    # names each titled after them: one list when a kind after 等 closes it or they share the title
    ("今年我县柔性引进了李德仁院士、王建国教授等专家。", [("专家", None, ["李德仁", "王建国"], "flexible", "actual")]),
    ("柔性引进李德仁院士、王建国院士。", [("院士", None, ["李德仁", "王建国"], "flexible", "actual")]),
    ("引进了李德仁院士和王建国教授。", [("院士", None, ["李德仁"], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_EXPERTS)
def test_titled_experts_and_their_stations(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# A bare count listed after a talent count with only dates, places and list words between them counts the same
# people again; a passive mode word after the people gives their mode; 获得者 is what people are, not what they do.
COUNTED_AGAIN_AND_PASSIVE = [
    (
        "2021年引进博士10名，2022年15名，2023年23名。",
        [
            ("博士", 10, [], "introduced", "actual"),
            ("博士", 15, [], "introduced", "actual"),
            ("博士", 23, [], "introduced", "actual"),
        ],
    ),
    (
        "近三年分别引进博士10名、15名和23名。",
        [
            ("博士", 10, [], "introduced", "actual"),
            ("博士", 15, [], "introduced", "actual"),
            ("博士", 23, [], "introduced", "actual"),
        ],
    ),
    (
        "上半年引进人才1200人，下半年1500人。",
        [("人才", 1200, [], "introduced", "actual"), ("人才", 1500, [], "introduced", "actual")],
    ),
    ("今年引进院士3名，较去年增加2名。", [("院士", 3, [], "introduced", "actual")]),
    # parts listed after people brought in uncounted
    ("引进培养了一批高层次人才，其中博士86名。", [("博士", 86, [], "introduced", "actual")]),
    ("柔性引进了一批院士专家，其中院士6名。", [("院士", 6, [], "flexible", "actual")]),
    # parts after 其中 of a talent count without a mode word are talent too, whatever they are called
    (
        "新增专业技术人才8600人，其中高级职称1200人。",
        [("专业技术人才", 8600, [], None, "actual"), ("高级职称", 1200, [], None, "actual")],
    ),
    ("1.2万名人才被引进到我市。", [("人才", 12000, [], "introduced", "actual")]),
    ("30名专家被柔性引进到企业。", [("专家", 30, [], "flexible", "actual")]),
    ("共有56名博士被引進。", [("博士", 56, [], "introduced", "actual")]),
    ("今年将引进3名诺奖获得者。", [("诺奖获得者", 3, [], "introduced", "plan")]),
    ("共引进5名诺贝尔奖获得者。", [("诺贝尔奖获得者", 5, [], "introduced", "actual")]),
    ("共有逾千名专家受聘。", [("专家", 1000, [], "hired", "actual")]),
    ("今年有30名博士获聘。", [("博士", 30, [], "hired", "actual")]),
    # people pictured at a visit, named with where they stand, attend it
    (
        "图为：今年7月，3位诺奖获得者巴里·马歇尔（前排左二）、阿龙·切哈诺沃（前排左三）在硚口参观考察。",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_AGAIN_AND_PASSIVE)
def test_counted_again_passive_and_holders(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Counts of people that are no talent (session 10 probes): applicants to an exam, people visited, job seekers, partners,
# attendances of a training, cadres sent out, the parts of people that are no talent, interns, speakers, jobs.
NO_TALENT_AMONG_PEOPLE_COUNTED = [
    ("全区公务员招录考试报名人数达1.2万人。", []),
    ("走访慰问专家人才120人。", []),
    ("活动期间共有5000名大学生进场求职。", []),
    ("会上，来自北京、上海等地的30余名院士专家与当地企业进行了对接。", []),
    ("会议期间，共有68名海外博士与企业达成合作意向。", []),
    ("全年开展高技能人才培训3万人次。", []),
    ("全市选派120名优秀年轻干部到基层挂职锻炼。", []),
    ("本次人才招聘会共提供岗位1.2万个，吸引5000余名求职者，其中硕士以上学历320人。", []),
    ("培训新型职业农民1.5万人次，其中高素质农民3200人。", []),
    ("全年共接收高校毕业生就业见习3200人。", []),
    ("会上，30名专家学者围绕产业发展作了交流发言。", []),
    ("全市高校毕业生就业率达到95%，共有3.2万名毕业生实现就业。", []),
    ("开展“人才夜校”培训，覆盖青年人才1200人次。", []),
    ("项目建成后可吸纳就业3200人。", []),
    ("全年培训农民工1.5万人次。", []),
]

# Kinds and modes as other provinces, Hong Kong and Taiwan write them: words around a scheme's kind, people coming
# back from abroad, short examples before 等, parts under a mode word in their own clause.
KINDS_AND_MODES_ON_MORE_PAGES = [
    ("累计培养输送技能人才3万余名。", [("技能人才", 30000, [], "trained", "actual")]),
    ("台北市今年延攬外籍專業人士1,200人。", [("外籍專業人士", 1200, [], "introduced", "actual")]),
    ("去年透過各項人才入境計劃共批出逾7萬宗申請。", [("人才", 70000, [], "introduced", "actual")]),
    ("入境事務處今年已批出約11萬宗各項人才計劃申請。", [("人才", 110000, [], "introduced", "actual")]),
    (
        "今年首十個月，「高才通」計劃共收到約7萬宗申請，其中5.4萬宗獲批。",
        [("高端人才", 54000, [], "introduced", "actual")],
    ),
    ("吸引青年人才来连留连5.6万人。", [("青年人才", 56000, [], "introduced", "actual")]),
    # 预计 before the people makes a plan (the real-dev gold reads O15's 每年預計甄選100名… as plan)
    ("该院每年預計甄選100名海外博士級人才返國服務。", [("海外博士級人才", 100, [], "introduced", "plan")]),
    ("去年共有30名留学博士回国创业。", [("留学博士", 30, [], "introduced", "actual")]),
    (
        "引进院士、教授、博士、硕士等各类科研高端人才200多名。",
        [("院士、教授、博士、硕士等科研高端人才", 200, [], "introduced", "actual")],
    ),
    ("引进“西部之光”、“青年英才”等青年人才240名。", [("青年人才", 240, [], "introduced", "actual")]),
    (
        "共引进各类人才2.1万人，其中全职引进高层次人才120人、柔性引进专家380人。",
        [
            ("各类人才", 21000, [], "introduced", "actual"),
            ("高层次人才", 120, [], "introduced", "actual"),
            ("专家", 380, [], "flexible", "actual"),
        ],
    ),
    (
        "今年以来，该市共为企业引进急需紧缺人才1.1万人，其中硕士及以上学历人才860人。",
        [("急需紧缺人才", 11000, [], "introduced", "actual"), ("硕士及以上学历人才", 860, [], "introduced", "actual")],
    ),
    (
        "全职引进博士12名、柔性引进博士30名。",
        [("博士", 12, [], "introduced", "actual"), ("博士", 30, [], "flexible", "actual")],
    ),
    (
        "今年共招收博士后研究人员320名，其中外籍博士后25名。",
        [("博士后研究人员", 320, [], "introduced", "actual"), ("外籍博士后", 25, [], "introduced", "actual")],
    ),
]

# 集聚 gathers people without a mode (real-page gold); after another mode word the first says how they came.
GATHERED = [
    ("集聚5名两院院士。", [("两院院士", 5, [], None, "actual")]),
    (
        "近年來，該實驗室已集聚周立偉、陳嘉明等院士領銜的12個科研團隊。",
        [("院士", None, ["周立偉", "陳嘉明"], None, "actual")],
    ),
    ("每年引进集聚各类青年人才12万人以上。", [("青年人才", 120000, [], "introduced", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_TALENT_AMONG_PEOPLE_COUNTED)
def test_counts_of_people_that_are_no_talent_in_context(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), KINDS_AND_MODES_ON_MORE_PAGES)
def test_kinds_and_modes_on_more_pages(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), GATHERED)
def test_people_gathered_have_no_mode(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


# Kinds joined before 分别 and as many counts after it: each count the kind in its place; a breakdown's 中 and 在内
# close no kind; 回引 brings people home.
RESPECTIVE_AND_AMONG = [
    (
        "今年全市引进高层次人才和急需紧缺人才分别为320名和1500名。",
        [("高层次人才", 320, [], "introduced", "actual"), ("急需紧缺人才", 1500, [], "introduced", "actual")],
    ),
    (
        "全年引进博士、硕士、本科生分别为120名、860名和3000名。",
        [
            ("博士", 120, [], "introduced", "actual"),
            ("硕士", 860, [], "introduced", "actual"),
            ("本科生", 3000, [], "introduced", "actual"),
        ],
    ),
    (
        "新增高层次人才和技能人才分别为1200人、3.2万人。",
        [("高层次人才", 1200, [], None, "actual"), ("技能人才", 32000, [], None, "actual")],
    ),
    (
        "两所高校分别引进博士30名和25名。",
        [("博士", 30, [], "introduced", "actual"), ("博士", 25, [], "introduced", "actual")],
    ),
    ("今年引进的1200名人才中，硕士以上学历占60%。", [("人才", 1200, [], "introduced", "actual")]),
    (
        "引进了包括3名院士在内的高层次人才26名。",
        [("院士", 3, [], "introduced", "actual"), ("高层次人才", 26, [], "introduced", "actual")],
    ),
    ("全县共回引在外人才1200余名。", [("在外人才", 1200, [], "introduced", "actual")]),
    ("引进人才中2人获中国政府友谊奖。", []),
    # 担任: the post the people were engaged for is what they are counted as
    ("聘请海内外知名专家担任“招才顾问”36名。", [("招才顾问", 36, [], "hired", "actual")]),
]


@pytest.mark.parametrize(("text", "expected"), RESPECTIVE_AND_AMONG)
def test_respective_counts_and_breakdowns(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
