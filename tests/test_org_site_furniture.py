"""A page's outlet named by its site furniture whatever its name ends in: the line naming the site before
its address, the link back to its home page, and a source line written with a slash or inside brackets.
Lines written for these tests in the style of real pages (none copied from the corpus); each case lists
every organisation found, as (text, kind).
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

FURNITURE = [
    # the site named before its address
    ("湖北政务服务 www.hubei.gov.cn\n", [("湖北政务服务", "media")]),
    ("《云上恩施》( http://www.enshi.cn/ )\n", [("云上恩施", "media")]),
    ("© 2012-2024 闽南视窗 www.mnsc.cn 版权声明\n", [("闽南视窗", "media")]),
    # the link back to the home page, or the home page alone on its line
    ("返回南国早报首页 | 版面导航\n", [("南国早报", "media")]),
    ("丝路视野首页\n", [("丝路视野", "media")]),
    # the source line with a slash, or inside brackets
    ("新聞來源/ETtoday 編輯:王某\n", [("ETtoday", "media")]),
    ("【来源:江南都市报】\n", [("江南都市报", "media")]),
    # no outlet: a headline before an address, the browser's 设为首页, a channel's home page
    ("签约仪式在县政府举行 www.example.com\n", [("县政府", "government")]),
    ("设为首页\n网站首页\n", []),
    ("返回财经频道首页\n", []),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_site_furniture_names_the_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


CREDITS_AND_APPS = [
    ("縣長出席會議。（南華社 陳某攝）\n", [("南華社", "media")]),
    ("《東方頭條》APP已推出最新版本\n", [("東方頭條", "media")]),
    ("甘肃金融客户端:权威财讯尽在掌握\n", [("甘肃金融客户端", "media")]),
    ("本文经转授权自闽南好新闻\n", [("闽南好新闻", "media")]),
    ("转载自：江淮晨报\n", [("江淮晨报", "media")]),
    # labels of a page's sections, and bylines without an outlet, name none
    ("相关新闻:\n滚动新闻：\n", []),
    ("（全媒体记者 王某 通讯员 李某）\n", []),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS_AND_APPS)
def test_credits_apps_and_reprints_name_the_outlet(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
