"""Media outlets in page furniture the first readers of it left out: a source line run on from the time
(09:38信息来源:X), an outlet before 版权所有, a dateline after noise or with its year in 【】, a photo's
credit, a breadcrumb after 当前位置, and the comment disclaimer (…仅代表网友意见，X保持中立).

Sentences written for these tests in the style of real pages (none copied from the corpus). Each case
lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from test_org_forms import orgs

FURNITURE = [
    # a source line run on from the time
    ("发布时间：2021-09-20 09:38信息来源:云上京山\n9月20日，项目开工。", [("云上京山", "media")]),
    ("2020-03-01 10:00稿件来源：掌上汉川\n", [("掌上汉川", "media")]),
    # the outlet before 版权所有
    ("联系电话：0531-1234567\n江淮经纬网版权所有", [("江淮经纬网", "media")]),
    ("Copyright © 东岭日报社 版权所有", [("东岭日报社", "media")]),
    # a dateline after noise, or bracketed with its year
    ("????东江晚报讯(记者 王明)记者从市商务局获悉", [("东江晚报", "media"), ("市商务局", "government")]),
    ("【东方时报2016年06月21日讯】(记者李华报导)", [("东方时报", "media")]),
    ("【新华夏2019年3月2日訊】高雄市簽約", [("新华夏", "media")]),
    # a broadcaster's dateline ending in 消息, and a report closing with its outlet in brackets
    ("东岭广播网天津2月22日消息（记者张三）东丽区举行签约会。", [("东岭广播网", "media")]),
    ("江淮之声网合肥5月8日消息 全市签约项目56个。", [("江淮之声网", "media")]),
    ("区长主持签约仪式。（东岭企业报）\n", [("东岭企业报", "media")]),
    ("全年签约项目56个。(江淮晚报)", [("江淮晚报", "media")]),
    ("会议由市长主持。（记者 张三）", []),
    ("市长出席活动。（完）", []),
    # a photo's credit
    ("（路透資料照）\n投資案持續增加。", [("路透", "media")]),
    ("遊客人潮如織。香港中聯社圖片\n", [("香港中聯社", "media")]),
    # the first crumb after 当前位置
    ("当前位置:江南招商网 >> 招商引资 >> 正文", [("江南招商网", "media")]),
    ("您的位置：东岭新闻网 > 要闻", [("东岭新闻网", "media")]),
    # the comment disclaimer
    ("所有评论仅代表网友意见，搜狐焦点保持中立。", [("搜狐焦点", "media")]),
    # a source line after 本文 (本文转自:X), with the outlet's channel
    ("本文转自：东岭网-南州频道\n\n东岭网南州6月2日电", [("东岭网-南州频道", "media"), ("东岭网", "media")]),
    ("本文來源：江淮日報\n", [("江淮日報", "media")]),
    # a note naming two outlets as alternatives: each is one
    ("转载时必须注明“来源：东岭晚报或东岭网”，违者追究责任。", [("东岭晚报", "media"), ("东岭网", "media")]),
    ("来源：江淮日报、江淮网\n", [("江淮日报", "media"), ("江淮网", "media")]),
    # the outlet speaking of itself after a word governing it
    ("凡本报记者署名文字、图片，版权均属本报所有。", []),
    ("凡本網註明來源的作品，轉載請註明出處。", []),  # traditional characters
    # not outlets: a person's photo, a report's own word
    ("（王明供图）", []),
    ("资金来源：企业自筹", []),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_outlets_in_page_furniture(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
