"""Words governing a body before its name are no part of it: a causative (使), a verb of saying (指), of
passing through (经过), of delivering a report (作) and of belonging (版权归). Where such a character is
part of a word of the name (大使馆, 指挥部) jieba keeps it there.

Sentences written for these tests in the style of real reports (none copied from the corpus). Each case
lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from test_org_forms import orgs

GOVERNED = [
    ("经过市人才工作领导小组办公室审核,共有12人入选。", [("市人才工作领导小组办公室", "government")]),
    ("经过省商务厅批准,该项目正式落地。", [("省商务厅", "government")]),
    ("据悉,经过江苏省发展和改革委员会审核,项目获批。", [("江苏省发展和改革委员会", "government")]),
    ("报告指出,这一成绩使安徽江淮汽车集团有限公司跻身全国前列。", [("安徽江淮汽车集团有限公司", "group")]),
    ("该项目的落地使浙江吉利控股集团有限公司在西南的布局更加完善。", [("浙江吉利控股集团有限公司", "group")]),
    ("这一举措将使深圳市投资推广署的服务更加便捷。", [("深圳市投资推广署", "government")]),
    ("他又指特区政府正在规划多个重大建设项目。", [("特区政府", "government")]),
    ("他指澳门特区政府将加快推进横琴合作区建设。", [("澳门特区政府", "government")]),
    ("本文版权归广州日报社所有,转载请注明出处。", [("广州日报社", "media")]),
    ("版权归成都传媒集团所有。", [("成都传媒集团", "group")]),
    ("所有作品版权归西藏日报社所有。", [("西藏日报社", "media")]),
    ("县长在大会上作赣县区人民政府工作报告。", [("赣县区人民政府", "government")]),
    ("会上,张某作福建省人民政府工作报告。", [("福建省人民政府", "government")]),
    ("市长代表市人民政府作政府工作报告。", [("市人民政府", "government")]),
    # the first item of a list of firms after 等
    (
        "通过规模招商活动,使重庆云河汽车、浙江科鑫机械等一大批优质企业落户园区。",
        [("重庆云河汽车", "company"), ("浙江科鑫机械", "company")],
    ),
    ("优惠政策使远景能源、金风科技等知名企业纷纷落户。", [("远景能源", "company"), ("金风科技", "company")]),
    ("他指华润置地、招商蛇口等企业已表达投资意向。", [("华润置地", "company"), ("招商蛇口", "company")]),
    ("会同韩都衣舍、中信证券等一批知名企业开展对接。", [("韩都衣舍", "company"), ("中信证券", "company")]),
    # the characters inside words of names stay
    ("中国驻泰国大使馆参赞出席活动。", [("中国驻泰国大使馆", "government")]),
    ("他在会上指出,杭州市投资促进局要主动作为。", [("杭州市投资促进局", "government")]),
    ("该指挥部由市重点项目建设指挥部办公室牵头。", [("市重点项目建设指挥部办公室", "government")]),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED)
def test_governing_word_before_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


# A page's furniture before a name: the minutes of a time (15:|46|沧州日报) and a dateline's byline in
# brackets (…讯(记者 某某)|重庆日报记者…) are no part of it.
FURNITURE = [
    ("2015年6月19日15:46沧州日报评论", [("沧州日报", "media")]),
    ("2023-05-06 09:30江淮日报", [("江淮日报", "media")]),
    ("2023-05-06 09:30:12江城晚报", [("江城晚报", "media")]),
    (
        "重庆日报讯(记者 杨骏)重庆日报记者从市商务委获悉,3月10日",
        [("重庆日报", "media"), ("重庆日报", "media"), ("市商务委", "government")],
    ),
    (
        "新华社北京3月2日电(记者 王某)国家发展改革委日前发布通知",
        [("新华社", "media"), ("国家发展改革委", "government")],
    ),
    (
        "西安日报讯(通讯员 王某 记者 李某)西安市投资合作局日前发布数据",
        [("西安日报", "media"), ("西安市投资合作局", "government")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_time_and_dateline_before_a_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
