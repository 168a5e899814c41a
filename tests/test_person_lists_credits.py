"""Names in lists that share a role or a verb of attending, and writers' credits in more of the forms
pages use (session 26: glued writers' words, 通信员 / 采访人员, editors' and video credits).

Sentences written for these tests in the style of real reports (none copied from the corpus).
"""

from __future__ import annotations

import pytest

from dsz_extract.extractor import Extractor

_EXTRACT = Extractor()


def persons(text: str) -> list[str]:
    return [m.text for m in _EXTRACT(text).mentions if m.type == "person"]


LISTS = [
    # three or more names before a verb of attending, no role word
    ("王建华、刘海涛、孙丽萍、赵晓东出席会议。", ["王建华", "刘海涛", "孙丽萍", "赵晓东"]),
    ("张立新、陈国强、黄明亮参加签约仪式。", ["张立新", "陈国强", "黄明亮"]),
    # two names are not enough without a role: 出席 alone could follow anything
    ("王建华、刘海涛出席会议。", []),
    # a quoted qualifier between 等 and the role
    ("周海平、吴建军、郑晓明等8位“候鸟”专家入驻。", ["周海平", "吴建军", "郑晓明"]),
    # the leaders' bodies between 等 and 领导
    ("仪式上，许国华、何建明、吕志强等县四大家领导出席。", ["许国华", "何建明", "吕志强"]),
    # a first name glued to the verb before it is left out, the rest kept
    ("园区已集聚罗志明、高建军、林晓峰等院士领衔的团队。", ["高建军", "林晓峰"]),
    # a list of firms is no list of names
    ("万达、恒大、碧桂园等企业参加签约。", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_names_listed_before_a_shared_role_or_verb(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


CREDITS = [
    # a writer's word glued to the name before it, names glued before the next writer or the bracket
    ("本报讯(记者许晓东通讯员方丽华)5月6日，全县签约。", ["许晓东", "方丽华"]),
    ("本报讯(记者/马建国通讯员/陈雪)3月8日，全市开工。", ["马建国", "陈雪"]),
    ("本报讯（记者高志远通讯员杜文静何立新）昨日，全区签约。", ["高志远", "杜文静", "何立新"]),
    ("本报讯(通讯员孙国庆郑丽记者彭建华)2月5日，全市签约。", ["孙国庆", "郑丽", "彭建华"]),
    ("（记者潘志刚韩雪）", ["潘志刚", "韩雪"]),
    # 通信员 as some papers write 通讯员, 采访人员 for 记者, a writer's word after a body
    ("本报讯(通信员 龙海波 高翔)日前，全县签约。", ["龙海波", "高翔"]),
    ("新闻网讯(晚报采访人员邓海涛)日前，全市签约。", ["邓海涛"]),
    ("市商务局通讯员 罗晓明 邵丽)", ["罗晓明", "邵丽"]),
    # editors' review levels and video credits
    ("（一审：梁志国 二审：蔡丽娟 三审：袁振华）", ["梁志国", "蔡丽娟", "袁振华"]),
    ("统筹：韦建新\n出镜：苏婷\n摄像：汤立军、谢宏\n后期：汤立军", ["韦建新", "苏婷", "汤立军", "谢宏", "汤立军"]),
    ("来源：新闻网  选稿：姚丽君\n新闻网5月2日消息", ["姚丽君"]),
    ("发布者：程晓峰发布时间：2024-05-12", ["程晓峰"]),
    ("资料：代晓红 制图：钱海燕", ["代晓红", "钱海燕"]),
    # 代 and 黑 are surnames; 代表 is no name
    ("（记者 黑建国）", ["黑建国"]),
    ("县领导代表全县人民致辞。", []),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_writers_credits(text: str, expected: list[str]) -> None:
    assert persons(text) == expected
