"""Organisations as pages outside the development set write them (probes written for session 13 across
provinces and HK/TW/Macau outlets, none copied from the corpus): bare committees after long place names,
departments named by their task, short forms a page uses after naming the body in full, and the edges
of names (an unopened bracket, 联合 inside a registered name, 中华全国, an adverb before 与).

Each case lists every organisation the full extractor finds, as (text, kind), in order; spans are exact.
"""

from __future__ import annotations

import pytest

from extracted_orgs import orgs

BARE_COMMITTEES = [
    ("鄂尔多斯市委副书记、市长出席仪式。", [("鄂尔多斯市委", "government")]),
    ("乌鲁木齐市委常委出席会议。", [("乌鲁木齐市委", "government")]),
    ("四川省成都市郫都区委书记出席开工仪式。", [("四川省成都市郫都区委", "government")]),
    ("在会上的讲话陕西省铜川市印台区委常委、副区长王某出席。", [("陕西省铜川市印台区委", "government")]),
    ("柳州市委书记出席。", [("柳州市委", "government")]),
    # not a place before the committee: no body
    ("经研究决定委托第三方评估。", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_COMMITTEES)
def test_bare_committees_after_places_of_any_length(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


TASK_NAMED = [
    ("重庆日报记者从市招商投资局获悉，一季度签约项目增加。", [("重庆日报", "media"), ("市招商投资局", "government")]),
    ("西藏自治区招商引资局负责人介绍情况。", [("西藏自治区招商引资局", "government")]),
    ("县乡村振兴局组织专题培训。", [("县乡村振兴局", "government")]),
    ("市数据资源局发布通知。", [("市数据资源局", "government")]),
    ("省招商引资局局长出席。", [("省招商引资局", "government")]),
    # the level word inside another word, and a layout: no department
    ("市场格局发生深刻变化。", []),
    ("县域经济布局不断优化。", []),
    ("面对市场变局，企业积极应对。", []),
    ("全区招商格局持续向好。", []),
    ("落实全省工作部署。", []),
]


@pytest.mark.parametrize(("text", "expected"), TASK_NAMED)
def test_departments_named_after_a_level_and_a_task(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


PAGE_SHORT_FORMS = [
    (
        "江苏尚德集团投资6亿元的项目开工，并将打造以尚德电力为龙头的产业集群。",
        [("江苏尚德集团", "group"), ("尚德电力", "company")],
    ),
    (
        "浙江恒力化纤股份有限公司与当地签约。恒力化纤将在当地建设研发中心。",
        [("浙江恒力化纤股份有限公司", "company"), ("恒力化纤", "company")],
    ),
    (
        "经济部加工处昨日举行典礼。加工处处长颁发证书。加工处表示，园区运行良好。",
        [("经济部加工处", "government"), ("加工处", "government"), ("加工处", "government")],
    ),
    # a unit never named with its parent is no short form
    ("加工处表示，园区运行良好。", []),
]


@pytest.mark.parametrize(("text", "expected"), PAGE_SHORT_FORMS)
def test_short_forms_a_page_uses_after_the_full_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected


EDGES = [
    ("（中央社記者王某台北5日電）經濟部今天表示，投資大增。", [("中央社", "media"), ("經濟部", "government")]),
    ("(台灣商報新聞)經濟部次長昨天表示。", [("台灣商報", "media"), ("經濟部", "government")]),
    ("腾讯科技（深圳）有限公司与当地签约。", [("腾讯科技（深圳）有限公司", "company")]),
    ("中电光谷联合控股有限公司与呼和浩特签约。", [("中电光谷联合控股有限公司", "company")]),
    ("联合环球股份有限公司投资建厂。", [("联合环球股份有限公司", "company")]),
    ("中华全国工商业联合会副主席出席大会。", [("中华全国工商业联合会", "association")]),
    ("全国工商联主席出席。", [("全国工商联", "association")]),
    ("知名高校和科研院所纷纷与我市开展合作。", []),
    ("蔚来汽车先后与合肥、南京签约。", [("蔚来汽车", "company")]),
    # an association named after its place and its members
    ("温州市企业家协会组团考察。", [("温州市企业家协会", "association")]),
    ("市青年企业家协会与市总工会联合举办活动。", [("市青年企业家协会", "association"), ("市总工会", "association")]),
    ("台湾企业家联合会会长出席。", [("台湾企业家联合会", "association")]),
    ("各地企业家商会纷纷响应。", []),
    # units named by their role are a class, and close a list of firms
    ("区城投集团与施工单位签约。", [("区城投集团", "group")]),
    ("中建三局、中铁十局等施工单位参加会议。", [("中建三局", "company"), ("中铁十局", "company")]),
    # a ministry's department (司) is one body with it; 公司, 司长, 司机 are none
    ("經濟部投資促進司司長出席。", [("經濟部投資促進司", "government")]),
    ("商务部外资司负责人介绍情况。", [("商务部外资司", "government")]),
    ("华为公司与当地签约。", [("华为公司", "company")]),
    ("他是一名司机。", []),
    # the state banks whose short names open with a generic word
    ("中国银行、建设银行等金融机构提供融资。", [("中国银行", "bank"), ("建设银行", "bank")]),
    ("工商银行、建设银行、农业银行参加对接会。", [("工商银行", "bank"), ("建设银行", "bank"), ("农业银行", "bank")]),
    ("农行、工行、建行等提供授信。", [("农行", "bank"), ("工行", "bank"), ("建行", "bank")]),
    ("加快建设银行卡受理环境。", []),
    # a government before its venue names the venue, no body
    ("在市政府会议中心举行签约仪式。", []),
    ("在县人民政府礼堂召开大会。", []),
    ("市政府大力支持项目建设。", [("市政府", "government")]),
    # the natural science foundation's committee and the centre's departments
    ("国家自然科学基金委主任出席。", [("国家自然科学基金委", "government")]),
    ("国家自然科学基金委员会发布指南。", [("国家自然科学基金委员会", "government")]),
    ("项目获得国家自然科学基金资助。", []),
    (
        "中共中央组织部、人力资源和社会保障部联合印发通知。",
        [("中共中央组织部", "government"), ("人力资源和社会保障部", "government")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EDGES)
def test_name_edges(text: str, expected: list[tuple[str, str]]) -> None:
    assert orgs(text) == expected
