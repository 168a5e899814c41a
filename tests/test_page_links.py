"""A block of links to other stories near a page's end (a heading alone on its line: 相关新闻, 新闻推荐, 热门推荐)
holds no records of the report; its mentions stay (records/page_links.py)."""

from __future__ import annotations

import pytest

from dsz_extract import extract

BODY = (
    "3月11日，会宁县35个重点项目集中开工，总投资33.02亿元。今年以来，全县复工开工项目共52个，其中新开工37个。"
    "这批项目涉及脱贫攻坚、乡村振兴、社会事业等多个领域，将为全县经济发展注入新动能。\n"
)

# (page, indicators of the metrics read)
PAGES = [
    (
        BODY
        + "相关新闻\n- 2020-03-02会宁县输送务工人员 力争3月底前完成输转5万人以上\n- 2020-02-21会宁县对10家机构进行处罚",
        ["重点项目", "总投资", "复工开工项目", "新开工"],
    ),
    (
        BODY + "【新闻推荐】\n\n西区开展安全生产大检查\n\n本报讯 连日来，西区检查组深入12家重点企业开展检查。",
        ["重点项目", "总投资", "复工开工项目", "新开工"],
    ),
    (  # (session 24) a section's "more" link opening the block (視頻更 多, 图片更多>>)
        BODY + "|\n视频更 多\n近70位明星携手献唱 呼吁市民积极参与\n全县今起举办39场论坛 助市民了解政策",
        ["重点项目", "总投资", "复工开工项目", "新开工"],
    ),
    (
        BODY + "图片更多>>\n某县新增就业岗位3000个",
        ["重点项目", "总投资", "复工开工项目", "新开工"],
    ),
    # no heading: the figures after the body are read
    (BODY + "全县今年计划新开工项目60个。", ["重点项目", "总投资", "复工开工项目", "新开工", "计划新开工项目"]),
]


@pytest.mark.parametrize(("page", "indicators"), PAGES)
def test_no_records_in_a_block_of_links(page: str, indicators: list[str]) -> None:
    report = extract(page, reference_date="2020-03-11")
    assert [m.indicator for m in report.metrics] == indicators


def test_mentions_in_a_block_of_links_stay() -> None:
    page = BODY + "相关新闻\n- 2020-02-21会宁县对10家机构进行处罚"
    counts = [m.text for m in extract(page, reference_date="2020-03-11").mentions if m.type == "count"]
    assert counts[-1] == "10家"


def test_a_heading_in_the_page_s_first_lines_is_navigation() -> None:
    page = "首页\n相关新闻\n" + BODY
    assert len(extract(page, reference_date="2020-03-11").metrics) == 4
