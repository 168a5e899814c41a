"""Talent read end to end (mention passes included) from short sentences in the ways government and news
pages report talent: totals and their 其中 parts, modes (引进, 柔性引进, 聘任, 招录, 挂职 …), teams, named
people, traditional characters and pinyin glosses of mirror pages; and what is no talent (levels reached,
people attending, people sent out, programmes named 计划)."""

from __future__ import annotations

from typing import Any

import pytest

from dsz_extract import extract


def talent_of(text: str) -> list[tuple[Any, ...]]:
    report = extract(text, reference_date="2023-12-20")
    return [
        (t.category, t.count.value if t.count else None, t.persons, t.mode, t.kind, t.organization)
        for t in report.talent
    ]


PATTERNS = [
    # people brought in counted by visits (人次)
    (
        "“十三五”期间，自治区依托优势特色新兴产业，共引进高端外国专家135人次。",
        [("高端外国专家", 135, [], "introduced", "actual", None)],
    ),
    # two counts joined by 和: the conjunction belongs to neither category
    (
        "近年来，云南省柔性引进了140多名院士和200名高层次人才。",
        [("院士", 140, [], "flexible", "actual", None), ("高层次人才", 200, [], "flexible", "actual", None)],
    ),
    # a total and its 其中 parts, all under the mode word of the total
    (
        "今年以来，我县共引进各类人才326名，其中博士12名、硕士87名。",
        [("各类人才", 326, [], "introduced", "actual", None), ("博士", 12, [], "introduced", "actual", None),
         ("硕士", 87, [], "introduced", "actual", None)],
    ),
    # the mode word after the category (人才引进) and a part in the next clause
    (
        "全年人才引进1200人，其中高层次人才85人。",
        [("人才", 1200, [], "introduced", "actual", None), ("高层次人才", 85, [], "introduced", "actual", None)],
    ),
    # 各类 before a kind of talent is dropped; alone it stays (above)
    ("每年引进集聚各类青年人才12万人以上。", [("青年人才", 120000, [], "introduced", "actual", None)]),
    # flexible: 柔性 before any mode word; stations are metrics
    ("柔性引进院士专家15人，新建院士工作站3个。", [("院士专家", 15, [], "flexible", "actual", None)]),
    ("柔性聘请国内知名专家20名。", [("国内知名专家", 20, [], "flexible", "actual", None)]),
    # hired, whatever the people are called; recruitment words
    ("聘任科技副总35人。", [("科技副总", 35, [], "hired", "actual", None)]),
    (
        "招募“三支一扶”人员120名，招录选调生50名。",
        [("“三支一扶”人员", 120, [], "hired", "actual", None), ("选调生", 50, [], "hired", "actual", None)],
    ),
    # (session 41) the name before 等 and the count is the record's person, as the real gold reads it (dev JV08, PF03)
    ("为周建国等5名专家颁发聘书。", [("专家", 5, ["周建国"], "hired", "actual", None)]),
    # 新增 is talent added, not brought in: mode null
    ("全市新增高技能人才2.3万人。", [("高技能人才", 23000, [], None, "actual", None)]),
    # the people after a count end before what they go on to do
    ("先后引进100多名博士进入企业博士后科研工作站。", [("博士", 100, [], "introduced", "actual", None)]),
    # certified or selected talent: mode null, the verb trimmed from the category
    ("全市认定高层次人才1200名。", [("高层次人才", 1200, [], None, "actual", None)]),
    ("遴选市级拔尖人才20名。", [("市级拔尖人才", 20, [], None, "actual", None)]),
    # teams with 个 / 支 under a mode word
    (
        "引进高层次人才团队8个，柔性引进专家团队3支。",
        [("高层次人才团队", 8, [], "introduced", "actual", None), ("专家团队", 3, [], "flexible", "actual", None)],
    ),
    # of two mode words in a row, the first
    ("引进培育高层次人才团队15个。", [("高层次人才团队", 15, [], "introduced", "actual", None)]),
    ("引育高层次人才320人。", [("高层次人才", 320, [], "introduced", "actual", None)]),
    # traditional characters: the category as written
    (
        "引進碩士以上人才30人，其中博士5人。",
        [("碩士以上人才", 30, [], "introduced", "actual", None), ("博士", 5, [], "introduced", "actual", None)],
    ),
    # a pinyin gloss inside the mode word and the category (mirror pages); the category drops it
    ("2023年引進(jìn)高校畢業(yè)生40.1萬(wàn)人。", [("高校畢業生", 401000, [], "introduced", "actual", None)]),
    # people posted temporarily are brought in flexibly; the mode word follows them
    ("清华大学的30名博士到我市挂职锻炼。", [("博士", 30, [], "flexible", "actual", "清华大学")]),
    # kind: plan, target, future
    ("今年计划引进急需紧缺人才150名。", [("急需紧缺人才", 150, [], "introduced", "plan", None)]),
    ("力争全年新招引大学生1.2万人。", [("大学生", 12000, [], "introduced", "target", None)]),
    (
        "河南省将每年招收引进博士后等青年人才2000名左右。",
        [("博士后等青年人才", 2000, [], "introduced", "plan", None)],
    ),
    # a clause with a verb of its own does not take the mode word of the clause before; the people end
    # with the last kind of talent named
    ("创新柔性引才方式，累计为2318名高层次人才提供经费支持。", [("高层次人才", 2318, [], None, "actual", None)]),
    # a list of stocks under a verb that is no mode word does not take a mode word from further back
    ("大力培养各类人才，我市累计选拔政府特殊津贴专家5006名，国家级人选155名。",
     [("政府特殊津贴专家", 5006, [], None, "actual", None), ("国家级人选", 155, [], None, "actual", None)]),
    # a programme named 计划 is no plan
    ("实施高层次人才培养系列计划，遴选培养高层次创新型人才227人。",
     [("高层次创新型人才", 227, [], "trained", "actual", None)]),
    # short examples before 等 belong to the category; the list of a long one does not
    ("引进博士、硕士等高层次人才126名。", [("博士、硕士等高层次人才", 126, [], "introduced", "actual", None)]),
    (
        "柔性引进中国科学院院士、生物科学家工作室团队、外聘客座教授等人才30余名。",
        [("人才", 30, [], "flexible", "actual", None)],
    ),
    # quotes around a whole category go, quotes qualifying a word stay
    ("新聘“自治区特聘专家”30名。", [("自治区特聘专家", 30, [], "hired", "actual", None)]),
    ("引进“双一流”高校优秀毕业生88人。", [("“双一流”高校优秀毕业生", 88, [], "introduced", "actual", None)]),
    # named people: after a body and before a title, listed after a count, elected, honoured
    (
        "柔性引进中国工程院院士张宏伟、李德明。",
        [("院士", None, ["张宏伟", "李德明"], "flexible", "actual", "中国工程院")],
    ),
    ("柔性引进北京大学王振华教授团队。", [("教授团队", None, ["王振华"], "flexible", "actual", "北京大学")]),
    (
        "柔性引进院士3名（中国科学院院士王振华、中国工程院院士赵永刚）。",
        [("院士", 3, ["王振华", "赵永刚"], "flexible", "actual", None)],
    ),
    ("浙江大学教授陈立新当选中国科学院院士。", [("中国科学院院士", None, ["陈立新"], None, "actual", None)]),
    ("中国工程院院士张宏伟获首届“国家卓越工程师”称号。", [("国家卓越工程师", None, ["张宏伟"], None, "actual", None)]),
    ("张宏伟研究员荣获“全国杰出专业技术人才”称号。", [("全国杰出专业技术人才", None, ["张宏伟"], None, "actual", None)]),
    # a list of named experts, each with a body and title, closed by 等 and the count: one record
    (
        "柔性引进清华大学教授王振华、北京大学研究员刘晓鸣等专家12名。",
        [("专家", 12, ["王振华", "刘晓鸣"], "flexible", "actual", None)],
    ),
    # breakdowns of an intake under "…引进(的)人才中，": every part is talent under the mode, across semicolons;
    # a part told by where the people went is the scope's category with that organisation; a change is no part
    (
        "今年上半年引进人才中，博士研究生124人，本科生20170人；正高职称39人，较去年同期增加7人。",
        [("博士研究生", 124, [], "introduced", "actual", None), ("本科生", 20170, [], "introduced", "actual", None),
         ("正高职称", 39, [], "introduced", "actual", None)],
    ),
    (
        "据统计，新引进的人才中，到事业单位1947人，到非公企业41664人。",
        [("人才", 1947, [], "introduced", "actual", "事业单位"), ("人才", 41664, [], "introduced", "actual", "非公企业")],
    ),
    # the parts of a total after 其中 are talent whatever they are called
    (
        "全县共引进各类人才1250人，其中硕士研究生以上学历86人、本科学历612人。",
        [("各类人才", 1250, [], "introduced", "actual", None),
         ("硕士研究生以上学历", 86, [], "introduced", "actual", None),
         ("本科学历", 612, [], "introduced", "actual", None)],
    ),
    # the kind before a count names the people when the words after it name none, or name the next count's
    (
        "包括高端人才22名、优秀人才83名及高级专业人才282名。",
        [("高端人才", 22, [], None, "actual", None), ("优秀人才", 83, [], None, "actual", None),
         ("高级专业人才", 282, [], None, "actual", None)],
    ),
    ("近三年，引进战略性新兴产业领域人才10万余人利用创业大赛平台。",
     [("战略性新兴产业领域人才", 100000, [], "introduced", "actual", None)]),
    ("储备后备人才1万余名推动部市共建。", [("后备人才", 10000, [], "reserved", "actual", None)]),
    # people given a title after their count; a kind of talent qualifying people keeps them
    ("183人荣获中华技能大奖全国技术能手。", [("中华技能大奖全国技术能手", 183, [], None, "actual", None)]),
    ("邀请150名高层次嘉宾来大庆共研人才发展。", [("高层次嘉宾", 150, [], None, "actual", None)]),
    # what the people are after a long 的 phrase; where they come from after 从
    (
        "从清华大学研究生院引进20名涉及金融、规划等行业的上海“专家博士服务团”开展技术指导。",
        [("专家博士服务团", 20, [], "introduced", "actual", "清华大学研究生院")],
    ),
    # the body people are brought in for
    ("为市属事业单位引进高校优秀毕业生88人。", [("高校优秀毕业生", 88, [], "introduced", "actual", "市属事业单位")]),
    # people who grew into talent were trained; people sent out to a posting keep their kind without the verb
    ("河南省已有34名出站博士后成长为院士等优秀领军人才。", [("出站博士后", 34, [], "trained", "actual", None)]),
    ("选派科技副总58名到企业挂职。", [("科技副总", 58, [], "flexible", "actual", None)]),
    ("省外大中专毕业生只有5092人，较去年同期减幅较大。", [("省外大中专毕业生", 5092, [], None, "actual", None)]),
    ("上半年引进海外归国人员480人。", [("海外归国人员", 480, [], "introduced", "actual", None)]),
    # some of the people just counted stay to work: the earlier clause's people and mode
    ("累计吸引1万余名博士生来青参会研修，3000余人留青就业创业。", [("博士生", 3000, [], "introduced", "actual", None)]),
    # workstations named after an expert: the expert, flexible, the host; the stations' count is a metric
    (
        "建成福建省蓝深环保技术股份有限公司高从堦院士等3家院士工作站。",
        [("院士", None, ["高从堦"], "flexible", "actual", "福建省蓝深环保技术股份有限公司")],
    ),
    (
        "此次新增的2家院士专家工作站分别是“曹尚银专家工作站”；“钟彩虹专家工作站”。",
        [("专家", None, ["曹尚银", "钟彩虹"], "flexible", "actual", None)],
    ),
    # experts working with a local body, in a report on bringing in talent flexibly
    (
        "推行柔性引才。中国工程院院士冯起研究员与宁夏农林科学院合作，中国矿业大学王栋民教授指导宁夏交通建设公司攻关。",
        [("院士", None, ["冯起"], "flexible", "actual", "中国工程院"),
         ("教授", None, ["王栋民"], "flexible", "actual", "中国矿业大学")],
    ),
    # people settling through a talent scheme, named in the sentence before ("该计划")
    (
        "香港特区的“优秀人才入境计划”是有配额制的移民计划。该计划设有每年1000个配额，过去六年共有2392人成功申请来港定居。",
        [("优秀人才", 2392, [], "introduced", "actual", None)],
    ),
    # a verb that names the people itself (引才) with no noun: 人才
    (
        "“十三五”期间，柔性引才500人，同中科院包头稀土研发中心签订“引智协议”，引才30多人。",
        [("人才", 500, [], "flexible", "actual", None), ("人才", 30, [], "introduced", "actual", None)],
    ),
    # traditional characters: the breakdown scope and the scheme as written
    (
        "上半年引進的人才中，碩士研究生1659人，大專及以下25514人。",
        [("碩士研究生", 1659, [], "introduced", "actual", None), ("大專及以下", 25514, [], "introduced", "actual", None)],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PATTERNS, ids=[str(i) for i in range(len(PATTERNS))])
def test_talent_pattern(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


NOT_TALENT = [
    # a level reached or held, without a mode word, is a statistic
    "全市高层次人才达到5000人。",
    "目前全县拥有各类专业技术人才1.2万人。",
    "截至目前，全市人才总量达到85万人，其中高技能人才12万人。",
    # people attending an event, representatives, people sent out
    "累计吸引10000余名博士生来青参会研修。",
    "来自18个国家的56位外国专家组织代表参加洽谈会。",
    "按需选派3000余名科研人员到产业一线开展服务。",
    # person-times of training, stations, jobs
    "组织开展职业技能培训1.2万人次。",
    "新增国家级博士后科研工作站2个。",
    "新增就业岗位2000个，带动就业5000人。",
    # some of those brought in got an award: no kind of talent; a list word does not make jobs talent
    "大力引进国外人才和智力，引进人才中2人获中国政府友谊奖。",
    # an academician working with a firm in a report that says nothing of bringing in talent is a partner
    "中国工程院院士冯起研究员与宁夏农林科学院合作。",
    # the levels of a change are no talent
    "每年新招引大学生从1.6万人增至10万人。",
]


@pytest.mark.parametrize("text", NOT_TALENT, ids=[str(i) for i in range(len(NOT_TALENT))])
def test_not_talent(text: str) -> None:
    assert talent_of(text) == []


def test_a_figure_told_in_the_lead_and_again_in_the_body_is_one_record() -> None:
    report = extract(
        "截至目前，河南省累计招收博士后7208人。\n会议介绍，全省累计招收博士后7208人。", reference_date="2023-12-20"
    )
    assert [(t.category, t.count.value, t.evidence.text) for t in report.talent] == [
        ("博士后", 7208, "河南省累计招收博士后7208人")
    ]


def test_a_headline_figure_the_body_tells_again_is_read_as_the_body_reads_it() -> None:
    # the body's 10000余名博士生 attend a fair: no talent, so the headline's 万名博士生 is none either
    report = extract(
        "标题\n10年吸引万名博士生\n10年来，累计吸引10000余名博士生来青参会研修，3000余人留青就业创业。",
        reference_date="2023-12-20",
    )
    assert [(t.category, t.count.value if t.count else None) for t in report.talent] == [("博士生", 3000)]


def test_a_change_told_without_a_rate_is_no_metric_of_the_talent_count() -> None:
    report = extract("上半年引进海外归国人员480人，比去年同期增加200人，增幅为71.4%。", reference_date="2023-12-20")
    assert [(t.category, t.count.value) for t in report.talent] == [("海外归国人员", 480)]
    assert (480, 71.4) in [(m.value.value, m.yoy.value if m.yoy else None) for m in report.metrics]
    report = extract("省内在职人才10144人，较去年同期增加751人。", reference_date="2023-12-20")
    assert 10144 not in [m.value.value for m in report.metrics]


def test_a_count_told_with_its_growth_is_talent_and_a_metric() -> None:
    report = extract("全年引进青年人才3.5万人，同比增长12%。", reference_date="2023-12-20")
    assert [(t.category, t.count.value) for t in report.talent] == [("青年人才", 35000)]
    assert [(m.value.value, m.yoy.value if m.yoy else None) for m in report.metrics] == [(35000, 12)]
