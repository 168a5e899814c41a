"""Talent read end to end from sentences written in the constructions news and government pages use for
people picked out (评选出), totals whose parts follow their growth, people who come to work somewhere, and
what stays no talent; simplified and traditional characters."""

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


# A verb of picking people out with its resultative 出: the kind of talent follows the whole verb.
PICKED_OUT = [
    ("评选出“首席技师”20名。", [("首席技师", 20, [], None, "actual", None)]),
    ("今年全县评选出首批“乡村工匠”30名。", [("乡村工匠", 30, [], None, "actual", None)]),
    ("去年共遴选出青年拔尖人才50名。", [("青年拔尖人才", 50, [], None, "actual", None)]),
    ("全省選拔出優秀青年人才30名。", [("優秀青年人才", 30, [], None, "actual", None)]),
    ("经过层层选拔，最终认定出高层次人才18名。", [("高层次人才", 18, [], None, "actual", None)]),
]

# The parts of a total listed after the total's growth are under the total's mode.
PARTS_AFTER_GROWTH = [
    (
        "全年引进各类人才1.8万人，同比增长12%，其中高层次人才326人、青年人才1.2万人。",
        [("各类人才", 18000, [], "introduced", "actual", None), ("高层次人才", 326, [], "introduced", "actual", None),
         ("青年人才", 12000, [], "introduced", "actual", None)],
    ),
    (
        "近三年共引进人才8.6万人，年均增长15%，其中博士2100人。",
        [("人才", 86000, [], "introduced", "actual", None), ("博士", 2100, [], "introduced", "actual", None)],
    ),
    (
        "今年柔性引進專家320名，較去年增長25%，其中院士12名。",
        [("專家", 320, [], "flexible", "actual", None), ("院士", 12, [], "flexible", "actual", None)],
    ),
    (
        "上半年招聘教师560人，比去年同期增加18.5%，其中研究生学历86人。",
        [("教师", 560, [], "hired", "actual", None), ("研究生学历", 86, [], "hired", "actual", None)],
    ),
]  # fmt: skip

# Where the people come or stay to work is no part of what they are.
COMING_TO_WORK = [
    ("今年以来，全区招引大学生留区就业创业4500人。", [("大学生", 4500, [], "introduced", "actual", None)]),
    ("全年共吸引1.5万名高校毕业生留在本地就业。", [("高校毕业生", 15000, [], "introduced", "actual", None)]),
    ("招引大学生来县就业创业1.2万人。", [("大学生", 12000, [], "introduced", "actual", None)]),
    ("去年吸引青年人才来杭工作8.6万人。", [("青年人才", 86000, [], "introduced", "actual", None)]),
    ("全年引進海外留學人員來深創業1200人。", [("海外留學人員", 1200, [], "introduced", "actual", None)]),
]

# People who came, stayed or were approved under a talent scheme named in their sentence were brought in.
THROUGH_A_SCHEME = [
    ("去年共有4.5萬名人才透過各項人才入境計劃來港。", [("人才", 45000, [], "introduced", "actual", None)]),
    ("截至今年6月底，各項人才計劃已有逾12萬名人才抵港。", [("人才", 120000, [], "introduced", "actual", None)]),
    ("優秀人才入境計劃今年共有3200人獲批。", [("優秀人才", 3200, [], "introduced", "actual", None)]),
    ("共有200名高端人才透過人才引進計劃獲批留澳。", [("高端人才", 200, [], "introduced", "actual", None)]),
    ("透過「高端人才通行證計劃」來港的人才已超過6萬人。", [("人才", 60000, [], "introduced", "actual", None)]),
    # the scheme in an earlier clause of the sentence; a scheme's 计划 is no plan
    ("高才通計劃實施以來，已有5.2萬名人才獲批來港。", [("人才", 52000, [], "introduced", "actual", None)]),
    ("该市人才落户计划实施以来，已有5.2万名人才落户。", [("人才", 52000, [], "introduced", "actual", None)]),
]

# Titled experts named with an expert workstation set up in their sentence lead it: flexible, no count.
STATION_EXPERTS = [
    (
        "新建院士工作站2家，分别由中国工程院院士李大伟、中国科学院院士王小平领衔。",
        [("院士", None, ["李大伟", "王小平"], "flexible", "actual", None)],
    ),
    (
        "2022年，公司建立了以中国科学院院士王小平为首的院士工作站。",
        [("院士", None, ["王小平"], "flexible", "actual", "中国科学院")],
    ),
    (
        "該公司與中國工程院院士陳志強合作共建院士工作站。",
        [("院士", None, ["陳志強"], "flexible", "actual", "中國工程院")],
    ),
    # a station named after the body and title of its expert
    ("浙江大学李明教授专家工作站在我县揭牌。", [("专家", None, ["李明"], "flexible", "actual", "浙江大学")]),
]

# The next items of a list of talent under one mode word are talent whatever they are called.
LIST_ITEMS = [
    (
        "引进了院士2名、国家杰青3名、长江学者5名。",
        [("院士", 2, [], "introduced", "actual", None), ("国家杰青", 3, [], "introduced", "actual", None),
         ("长江学者", 5, [], "introduced", "actual", None)],
    ),
    (
        "全年柔性引進院士5名、國家傑青8名和長江學者12名。",
        [("院士", 5, [], "flexible", "actual", None), ("國家傑青", 8, [], "flexible", "actual", None),
         ("長江學者", 12, [], "flexible", "actual", None)],
    ),
    (
        "共引进高层次人才16名、知名企业家8名。",
        [("高层次人才", 16, [], "introduced", "actual", None), ("知名企业家", 8, [], "introduced", "actual", None)],
    ),
    (
        "全年培养博士研究生30名及青年骨干120名。",
        [("博士研究生", 30, [], "trained", "actual", None), ("青年骨干", 120, [], "trained", "actual", None)],
    ),
]  # fmt: skip

# People appointed by name and counted before what they are appointed as.
APPOINTED_COUNTED = [
    (
        "市政府聘任李华、王强、陈明3人为经济发展顾问。",
        [("经济发展顾问", 3, ["李华", "王强", "陈明"], "hired", "actual", None)],
    ),
    ("聘请张伟、刘洋2名专家为产业发展顾问。", [("产业发展顾问", 2, ["张伟", "刘洋"], "hired", "actual", None)]),
    (
        "县政府聘請陳大文、李小明兩位教授擔任科技顧問。",
        [("科技顧問", 2, ["陳大文", "李小明"], "hired", "actual", None)],
    ),
    (
        "选聘周建华、孙立民两名博士为企业科技副总。",
        [("企业科技副总", 2, ["周建华", "孙立民"], "hired", "actual", None)],
    ),
]

CASES = (
    PICKED_OUT + PARTS_AFTER_GROWTH + COMING_TO_WORK + THROUGH_A_SCHEME + STATION_EXPERTS + LIST_ITEMS
    + APPOINTED_COUNTED
)  # fmt: skip

# Officials who unveil a station, and experts who only attend, lead none; a station named after a firm
# ("新大陆环保院士工作站") is named after no expert.
NO_TALENT = [
    "县委书记王建国为院士工作站揭牌。",
    "市长张伟出席院士工作站揭牌仪式并致辞。",
    "中国工程院院士刘永强出席签约仪式。",
    "新大陆环保院士工作站荣获全省“十佳”院士专家工作站。",
    # a list under no mode word, or of no talent
    "引进项目12个、客商30名。",
    # people told by the event they attend
    "省委书记会见了参加活动的20位院士。",
    "出席会议的50名专家学者就产业发展建言献策。",
    "參加論壇的30位海外專家參觀了產業園。",
    "前来考察的12名院士专家对项目给予肯定。",
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:14] for c in CASES])
def test_talent_construction(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected


@pytest.mark.parametrize("text", NO_TALENT, ids=[t[:14] for t in NO_TALENT])
def test_no_talent(text: str) -> None:
    assert talent_of(text) == []
