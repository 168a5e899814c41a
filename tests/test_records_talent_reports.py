"""Talent read end to end from sentences written the way real reports count people (held-out forms, not
copied from the corpus): counts after verbs of bringing in, hiring and training, parts after 其中 told by a
qualifier alone, lists that go on over clauses, and what stays a statistic (people there are, averages)."""

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


READ = [
    # 博士后 before a count is the talent, not a rank (后2名)
    (
        "去年，苏州累计招收企业博士后2038名。",
        [("企业博士后", 2038, [], "introduced", "actual", None)],
    ),
    # an average of people there are is a stock, also after a clause that brought people in
    ("今年引进博士30名，平均在站博士40多名。", [("博士", 30, [], "introduced", "actual", None)]),
    # full-time or flexibly is both ways at once: brought in
    ("全县全职和柔性引才500人。", [("人才", 500, [], "introduced", "actual", None)]),
    # a part told by a qualifier alone is the total's kind so qualified, a 柔性 part flexible; examples
    # before 等 do not stop a list going on over clauses
    (
        "去年全市全职或柔性引进高层次人才86名（其中全职12人），“西部之光”、“青年英才”等青年人才240名。",
        [
            ("高层次人才", 86, [], "introduced", "actual", None),
            ("全职高层次人才", 12, [], "introduced", "actual", None),
            ("青年人才", 240, [], "introduced", "actual", None),
        ],
    ),
    (
        "今年引进院士专家20名，其中全职6人、柔性14人。",
        [
            ("院士专家", 20, [], "introduced", "actual", None),
            ("全职院士专家", 6, [], "introduced", "actual", None),
            ("柔性院士专家", 14, [], "flexible", "actual", None),
        ],
    ),
    (
        "新引进博士30人，其中外籍8人。",
        [("博士", 30, [], "introduced", "actual", None), ("外籍博士", 8, [], "introduced", "actual", None)],
    ),
    # a class listed right after a count of talent is talent of that class
    (
        "今天，朝阳区认定创业类海外高层次人才8人，工作类12人。",
        [("创业类海外高层次人才", 8, [], None, "actual", None), ("工作类", 12, [], None, "actual", None)],
    ),
    # a programme in ASCII quotes is no plan
    ('朝阳区"凤凰计划"5年来共认定海外高层次人才114名。', [("海外高层次人才", 114, [], None, "actual", None)]),
    # 培训 trains the people counted (人次 too)
    ("为企业培训创新人才、技术骨干等7971人次。", [("创新人才、技术骨干", 7971, [], "trained", "actual", None)]),
    # people counted after the programme they were selected into; quotes opening after other words stay
    (
        "新入选国家“万人计划”8人、省“千人计划”15人。",
        [("国家“万人计划”", 8, [], None, "actual", None), ("省“千人计划”", 15, [], None, "actual", None)],
    ),
    (
        "先后引进国家“千人计划”专家145人，省“双创人才”261人。",
        [
            ("国家“千人计划”专家", 145, [], "introduced", "actual", None),
            ("省“双创人才”", 261, [], "introduced", "actual", None),
        ],
    ),
    # the parts a kind of talent lists after 包含 are talent whatever they are called, quoted names of the list too
    (
        "本批入选人才包含“顶尖引领”4人，“卓越攀登”2人，“菁英成长”9人。",
        [
            ("顶尖引领", 4, [], None, "actual", None),
            ("卓越攀登", 2, [], None, "actual", None),
            ("菁英成长", 9, [], None, "actual", None),
        ],
    ),
    # people given money are counted after the verb
    ("兑现人才补贴4200万元，惠及人才3500人。", [("人才", 3500, [], None, "actual", None)]),
    # a station named after an expert is that expert brought in flexibly, hosted by the body before it
    (
        "今年在浙江华友钴业股份有限公司设立张立新院士工作站。",
        [("院士", None, ["张立新"], "flexible", "actual", "浙江华友钴业股份有限公司")],
    ),
    (
        "新建王小明院士工作站、李华专家工作站等3家工作站。",
        [("院士", None, ["王小明"], "flexible", "actual", None), ("专家", None, ["李华"], "flexible", "actual", None)],
    ),
    # entering a station is no part of what the people are
    ("今年全市新进站博士后86人。", [("博士后", 86, [], None, "actual", None)]),
    # 等 closing the examples is no part of the category
    (
        "去年共引进人才300人，“双一流”高校毕业生等150人。",
        [
            ("人才", 300, [], "introduced", "actual", None),
            ("“双一流”高校毕业生", 150, [], "introduced", "actual", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ, ids=[str(i) for i in range(len(READ))])
def test_talent_read(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert talent_of(text) == expected
