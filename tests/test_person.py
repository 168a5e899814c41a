"""Person mentions: names next to titles, bylines, lists and repeats; title and affiliation.

Each case lists every person the entity passes should find, as (name, title, affiliation), in order.
"""

from __future__ import annotations

import pytest

from dsz_extract.dims import event, org, person, project
from dsz_extract.doc import Doc
from dsz_extract.pipeline import resolve_overlaps

ENTITY_PASSES = (event, project, org, person)


def people(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = Doc(text)
    for dim in ENTITY_PASSES:
        doc.extend(dim.find(doc))
        doc.mentions = resolve_overlaps(doc.mentions)
    return [(m.text, m.value.title, m.value.affiliation) for m in doc.mentions if m.type == "person"]


TITLED = [
    # seeds
    ("莘县县委书记孙奇宏说。", [("孙奇宏", "书记", "莘县县委")]),
    ("东昌府区经济发展合作中心副主任黄宁介绍，该区根据产业基础", [("黄宁", "副主任", "东昌府区经济发展合作中心")]),
    ("度假区李海务街道党工委副书记李路燕指着身后的园区告诉记者", [("李路燕", "副书记", "度假区李海务街道党工委")]),
    (
        "山东欧佩德昌华华林造纸机械有限公司总经理王国清作为企业家代表上台发言。",
        [("王国清", "总经理", "山东欧佩德昌华华林造纸机械有限公司")],
    ),
    ("例如，国瓷公司张曦董事长，利用短短15年的时间", [("张曦", "董事长", "国瓷公司")]),
    ("稀土催化研究院沈美庆院长，主导建设稀土催化产业园", [("沈美庆", "院长", "稀土催化研究院")]),
    ("8月19日，人工智能专家刘晓鸣教授连用三个“没想到”。", [("刘晓鸣", "教授", None)]),
    ("2月17日，春节假期内青岛市市长赵豪志召开专题会议研究发展数字经济。", [("赵豪志", "市长", "青岛市")]),
    ("深入贯彻落实习近平总书记讲话精神", [("习近平", "总书记", None)]),
    # other provinces, years and outlets
    (
        "合肥市委书记虞爱华、市长罗云峰会见了蔚来汽车创始人李斌一行。",
        # the firm before a founder's title is read as an org (dims/_org_context.py), so it is his affiliation
        [("虞爱华", "书记", "合肥市委"), ("罗云峰", "市长", None), ("李斌", "创始人", "蔚来汽车")],
    ),
    (
        "湖北省襄阳市樊城区招商局局长张伟表示，今年以来全区共引进亿元以上项目48个。",
        [("张伟", "局长", "湖北省襄阳市樊城区招商局")],
    ),
    ("广州开发区管委会常务副主任陈杰在签约仪式上致辞。", [("陈杰", "常务副主任", "广州开发区管委会")]),
    ("会上，比亚迪股份有限公司董事长兼总裁王传福作主旨演讲。", [("王传福", "董事长兼总裁", "比亚迪股份有限公司")]),
    ("招商银行股份有限公司南京分行行长李明出席签约仪式。", [("李明", "行长", "招商银行股份有限公司南京分行")]),
    # a named committee before 常委 is the affiliation; titles joined by 、 are held together
    ("北京市委常委、副市长靳伟出席活动并致辞。", [("靳伟", "常委、副市长", "北京市委")]),
    # so is a bare one (the real pages' gold, contract §6: a body before a title is the affiliation)
    ("会上，市委常委、常务副市长刘洪涛出席会议并讲话。", [("刘洪涛", "常委、常务副市长", "市委")]),
    ("省委常委、兰州市委书记李某某出席", [("李某某", "书记", "兰州市委")]),
    ("公司董事长、总经理王建国介绍，新工厂明年投产。", [("王建国", "董事长、总经理", None)]),
    # a header sets the name apart by one space and ends its line
    ("——在全县招商引资大会上的讲话\n县长 赵海军\n同志们：", [("赵海军", "县长", None)]),
    ("中共宁波市鄞州区委书记 陈国强\n（2023年3月1日）", [("陈国强", "书记", "中共宁波市鄞州区委")]),
    ("第六届进博会期间，上海市人民政府副秘书长、市商务委主任朱民介绍。", [("朱民", "主任", "市商务委")]),
    ("中国科学院院士欧阳明高在论坛上作报告。", [("欧阳明高", "院士", "中国科学院")]),
    # traditional characters
    (
        "據悉，鴻海精密工業股份有限公司董事長劉揚偉表示，將在高雄投資。",
        [("劉揚偉", "董事長", "鴻海精密工業股份有限公司")],
    ),
    # a name jieba reads as one word it does not know, after an office, before a word no boundary list holds
    ("会上，副县长李显东通报了全年招商引资工作。", [("李显东", "副县长", None)]),
    ("县委书记蹇泽西讲话，县长左军主持。", [("蹇泽西", "书记", "县委"), ("左军", "县长", None)]),
    ("市政府副秘书长邵泽恒汇报了项目推进情况。", [("邵泽恒", "副秘书长", "市政府")]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED)
def test_names_next_to_titles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


ANAPHORS = [
    (
        "8月18日，山东华跃新能源有限公司员工在加紧生产。“这一批订单产品全部发往天津。”公司总经理崔俊杰介绍，目前产能不足。",
        [("崔俊杰", "总经理", "山东华跃新能源有限公司")],
    ),
    (
        "鲁西国际小微企业创业园是东昌府区的双招双引重点项目。园区运营总监任燕燕介绍，目前园区已经入驻企业67家。",
        [("任燕燕", "运营总监", "鲁西国际小微企业创业园")],
    ),
    (
        "“聊云数据湖”是我市双招双引重点项目。“我们对发展很有信心!”该项目负责人赵义表示。",
        [("赵义", "负责人", "聊云数据湖")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS)
def test_affiliation_of_an_anaphor_is_the_body_named_before(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert people(text) == expected


BYLINES = [
    ("记者 唐学钰\n通讯员 梁明波\n\n产业发展提质增效", [("唐学钰", "记者", None), ("梁明波", "通讯员", None)]),
    ("群众生活日新月异。\n\n(文/张超)", [("张超", None, None)]),
    ("通讯员 李娜 赵强 本报记者 孙伟", [("李娜", "通讯员", None), ("赵强", "通讯员", None), ("孙伟", "记者", None)]),
    # the title as written; full-width slashes end a name
    ("本報記者 陳怡 攝影報道", [("陳怡", "記者", None)]),
    ("2024/05/02 09:10　記者林佳慧／台中報導", [("林佳慧", "記者", None)]),
    ("本报记者周晓东／西安报道", [("周晓东", "记者", None)]),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_bylines(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


LISTS_AND_REPEATS = [
    (
        "人工智能专家刘晓鸣教授表示赞叹。东昌府区成功引进国家高层次人才李玮、刘晓鸣等多名顶尖专家。",
        [("刘晓鸣", "教授", None), ("李玮", None, None), ("刘晓鸣", None, None)],
    ),
    (
        "总经理王国清作为企业家代表上台发言。王国清说：“我初次来到聊城。”",
        [("王国清", "总经理", None), ("王国清", None, None)],
    ),
    ("工作人员主动邀请办理业务的市民张欣悦对其服务进行评价。", [("张欣悦", None, None)]),
    ("副市长张勇、李强出席签约仪式。", [("张勇", "副市长", None), ("李强", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_AND_REPEATS)
def test_lists_and_repeats(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


NO_PERSON = [
    "刚才，XXX主任通报了2020年全区“双招双引”工作情况，XXX书记宣读了《实施意见》。",
    "组建了十六个工作专班，明确十六个施工队长。",
    "高新区主任会议研究部署了下一步工作。",
    "负责人表示，项目进展顺利。",
    "邀请专家学者开展座谈，人才公寓已经建成。",
    "董事长高度重视，多次到现场调研。",
    "会长单位要发挥带头作用。",
    "院士工作站新增2家。",
    "市长 表示，要抓好项目。",
    "出席会议的有市长、副市长等。",
    "县委书记高度重视招商工作。",
    "一批外籍专家来川服务。",
]


@pytest.mark.parametrize("text", NO_PERSON)
def test_no_person(text: str) -> None:
    assert people(text) == []


def test_offsets_and_names_as_written_in_traditional_text() -> None:
    text = "本報記者 陳怡 攝影報道"
    doc = Doc(text)
    for dim in ENTITY_PASSES:
        doc.extend(dim.find(doc))
    (found,) = [m for m in doc.mentions if m.type == "person"]
    assert text[found.start : found.end] == found.text == found.value.name == "陳怡"


def person_spans(text: str) -> list[tuple[int, int, str]]:
    doc = Doc(text)
    for dim in ENTITY_PASSES:
        doc.extend(dim.find(doc))
        doc.mentions = resolve_overlaps(doc.mentions)
    return [(m.start, m.end, m.value.name) for m in doc.mentions if m.type == "person"]


# Pages name their writers and the people in their pictures outside the sentences.
WRITERS_AND_PICTURES = [
    # a list after 作者, up to the next byline word
    (
        "来源：中国网 | 作者：王小明、李华、赵强 | 责任编辑：刘洋\n正文",
        [(12, 15, "王小明"), (16, 18, "李华"), (19, 21, "赵强"), (29, 31, "刘洋")],
    ),
    # two names with no gap ending the line: the split whose second surname is the commoner one
    ("吉林日报记者李婷姜岸松\n正文", [(6, 8, "李婷"), (8, 11, "姜岸松")]),
    # a byline in tortoise-shell brackets, traditional characters as written
    ("〔記者廖家寧／台北報導〕投資台灣", [(3, 6, "廖家寧")]),
    # a four-character name closed by the byline's bracket
    ("本报讯 (记者刘佳惠子)2月22日", [(7, 11, "刘佳惠子")]),
    # names alone in brackets: joined by 、 anywhere, apart by spaces when they close the line
    ("提供强力支撑。(买祥发、史笑妍、田成瑞)", [(8, 11, "买祥发"), (12, 15, "史笑妍"), (16, 19, "田成瑞")]),
    ("研发队伍。(郑仁 沈春来)\n电子邮件", [(6, 8, "郑仁"), (9, 12, "沈春来")]),
    # the paper before its writers, and a two-character name spaced to the width of three
    ("项目涉及4大领域。 (山西日报 邓焕彦 崔 杰)\n相关新闻", [(16, 19, "邓焕彦"), (20, 23, "崔杰")]),
    # photo credits ending a line
    ("会议在贵阳开幕。李克 摄\n1月26日", [(8, 10, "李克")]),
    ("集中开复工仪式。奉正云 攝\n", [(8, 11, "奉正云")]),
    # captions: the bracket with the place in the picture ends the name, 和 included
    ("谭乐和(右二)指导菠萝蜜地方种子资源收集", [(0, 3, "谭乐和")]),
    ("吕洪安(左二)、杨斌(右一)等领导出席", [(0, 3, "吕洪安"), (8, 10, "杨斌")]),
    # a credit in a bracket of its own, glued to 摄 or spaced from it
    ("大使聘任仪式。(胡海燕摄)\n图为", [(8, 11, "胡海燕")]),
    ("活动现场。（记者 王小明 摄）", [(9, 12, "王小明")]),
    ("簽約現場（劉洋攝）", [(5, 7, "劉洋")]),
    ("项目开工。(通讯员 李华 摄影)", [(10, 12, "李华")]),
]


@pytest.mark.parametrize(("text", "expected"), WRITERS_AND_PICTURES)
def test_writers_and_people_in_pictures(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert person_spans(text) == expected


# Names a sentence shows as people without a title beside them.
DEEDS_AND_LISTS = [
    # speakers: the speech given, or a three-character name before what it says
    ("会议开幕，刘星作重要讲话。", [(5, 7, "刘星")]),
    ("开幕式上，李明致辞。", [(5, 7, "李明")]),
    ("张伟在全县招商引资大会上的讲话\n同志们：", [(0, 2, "张伟")]),
    ("据李海燕介绍，项目进展顺利。", [(1, 4, "李海燕")]),
    # appointed by name, listed out after 分别是
    ("学校聘请王志刚、陈立新为产业发展顾问。", [(4, 7, "王志刚"), (8, 11, "陈立新")]),
    ("获奖者分别是王志刚、陈立新、赵永刚。", [(6, 9, "王志刚"), (10, 13, "陈立新"), (14, 17, "赵永刚")]),
    # a team named after its head, after its body's suffix
    ("价值约1万亿元。能源集团徐再刚研发团队的技术", [(12, 15, "徐再刚")]),
    # given names holding 从 / 向 / 政, and rarer surnames
    ("福建蓝深环保技术股份有限公司高从堦院士等3家院士工作站", [(14, 17, "高从堦")]),
    ("奇鹭物联网科技股份公司缑锦教授等5家专家工作站", [(11, 13, "缑锦")]),
    ("省人民政府副省長盧雍政對2018年產業發展提出要求", [(8, 11, "盧雍政")]),
    ("黨組成員、副局長劉向英介紹，市投資服務中心", [(8, 11, "劉向英")]),
]


@pytest.mark.parametrize(("text", "expected"), DEEDS_AND_LISTS)
def test_people_by_their_deeds_and_in_lists(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert person_spans(text) == expected


MORE_TITLES = [
    # a one-character verb of speech ends the name; a manner word may follow it; 助理 before a title
    ("村民张伟说，分红到手了。", [("张伟", None, None)]),
    ("刚刚领了分红的村民朱洪彪高兴地说。", [("朱洪彪", None, None)]),
    ("投資推廣署助理署長鄧仲敏指，今年上半年協助了五十間企業。", [("鄧仲敏", "助理署長", "投資推廣署")]),
    ("工程师张伟称，项目进展顺利。", [("张伟", "工程师", None)]),
    ("澳門新特首岑浩輝上任後首亮相", [("岑浩輝", "特首", None)]),
    ("学院引进长江学者王振华、赵永刚等高层次人才。", [("王振华", "长江学者", None), ("赵永刚", None, None)]),
    ("国家杰青李明加盟该校。", [("李明", "国家杰青", None)]),
    ("浙江大学王振华教授团队入驻园区。", [("王振华", "教授", "浙江大学")]),
    ("国务院副总理刘鹤出席。", [("刘鹤", "副总理", "国务院")]),
    ("一体化基地负责人林汉平先生表示，从谅解备忘录到项目开工", [("林汉平", "先生", None)]),
    ("苹果公司CEO蒂姆·库克表示，", [("蒂姆·库克", "CEO", "苹果公司")]),
    ("市长助理张勇出席活动。", [("张勇", "市长助理", None)]),
    ("会上，市委书记刘星作动员讲话。", [("刘星", "书记", "市委")]),
    # a title, then 为 or 是, then one name that punctuation closes; champions are titled like experts
    (
        "长沙矿冶研究院，进站院士为桂卫华；威胜信息，进站院士为潘垣。",
        [("桂卫华", "院士", None), ("潘垣", "院士", None)],
    ),
    ("该站首席专家是李明，团队10人。", [("李明", "首席专家", None)]),
    ("項目負責人為王建。", [("王建", "負責人", None)]),
    ("9位世界冠军韩爱萍(右一)、童辉(右二)被聘为大使。", [("韩爱萍", "冠军", None), ("童辉", None, None)]),
    # letters a site scatters through its pages stand between a header name and the line end
    ("会议上vzT\n县长 黄四平vzT\n各位代表", [("黄四平", "县长", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_TITLES)
def test_more_titles(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


NO_PERSON_EITHER = [
    # many experts are no one named (专家 来湖创业)
    "吸引更多专家来湖创业。",
    # a station named after its expert is an organisation, with no person inside it
    "此次新增的院士专家工作站是“曹尚银专家工作站”。",
    # a firm's team
    "感谢各方的大力支持，以及巴斯夫团队及合作伙伴的努力。",
    # places listed out, and a firm's two-character short name before what it says
    "两个试点分别是张家港、常熟。",
    "海尔表示，将继续加大投资。",
    # brackets holding places or a single name inside a sentence
    "两个县（常熟、昆山）都在苏州。",
    "该项目（李明负责）进展顺利。",
    # a title before 为/是 and a word, not a name; champions as a kind of firm or product
    "该项目的专家为中南大学。",
    "专家是关键。",
    "世界冠军企业落户，打造单项冠军产品，获得冠军称号。",
]


@pytest.mark.parametrize("text", NO_PERSON_EITHER)
def test_no_person_either(text: str) -> None:
    assert people(text) == []


# Session 6 patterns: each case failed before the rule it names.
TITLED_NAMES_CLOSED = [
    # a titled name whose last character also ends places and bodies, closed by punctuation or speech
    ("区委副书记王建会，区政协主席李明出席。", [("王建会", "副书记", "区委"), ("李明", "主席", "区政协")]),
    ("投資推廣署署長陳永年表示，今年招商成績理想。", [("陳永年", "署長", "投資推廣署")]),
    ("县长赵振州（右二）为企业颁奖。", [("赵振州", "县长", None)]),
    ("集团董事长孙立科介绍，新基地明年投产。", [("孙立科", "董事长", None)]),
    # 率 after a name: the visit it leads
    ("县长王振华率团赴深圳招商。", [("王振华", "县长", None)]),
    ("副市长张建国率考察团来访。", [("张建国", "副市长", None)]),
    ("党组书记何平率代表团参加推介会。", [("何平", "党组书记", None)]),
    # a time word after the name
    ("总统赖清德今日出席典礼。", [("赖清德", "总统", None)]),
    ("市長盧大同昨日會見投資團。", [("盧大同", "市長", None)]),
    # titles of guidance and command, and titles joined by 暨
    ("博士生导师齐海涛与企业签订合作协议。", [("齐海涛", "导师", None)]),
    ("项目指挥长甘立新，公司副总经理刘明出席。", [("甘立新", "指挥长", None), ("刘明", "副总经理", None)]),
    ("公司总经理暨执行长魏大家致辞。", [("魏大家", "总经理暨执行长", None)]),
    ("三星公司社长朴永镇表示，将扩大投资。", [("朴永镇", "社长", "三星公司")]),
    # Taiwan's forms and officer titles in Latin letters
    ("經濟部次長林志明表示，將協助廠商。", [("林志明", "次長", "經濟部")]),
    ("公司營運長陳建志說，產能將擴大。", [("陳建志", "營運長", None)]),
    ("里長黃金城出席。", [("黃金城", "里長", None)]),
    ("公司CFO王建华介绍，利润增长。", [("王建华", "CFO", None)]),
    ("商務及經濟發展局局長丘應樺表示，", [("丘應樺", "局長", "商務及經濟發展局")]),
    # an interview: title, a space, the name and what he says
    ("某科技有限公司董事长 李长青：我们会继续投资。", [("李长青", "董事长", "某科技有限公司")]),
    ("项目负责人 洪守明：工期提前了两个月。", [("洪守明", "负责人", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TITLED_NAMES_CLOSED)
def test_titled_names_closed_by_what_follows(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


BYLINES_MORE = [
    # a name a bracket or space closes, whatever its last character
    ("实习生 周明 通讯员 任社) 记者昨天获悉", [(4, 6, "周明"), (11, 13, "任社")]),
    ("（通讯员 洪锦城 记者 叶小蓉）", [(5, 8, "洪锦城"), (12, 15, "叶小蓉")]),
    # two-character names spaced to the width of three
    ("□晚报记者 吴 峰 通讯员 魏 冉\n本报讯", [(6, 9, "吴峰"), (14, 17, "魏冉")]),
    # a name glued to 记者 in brackets, and the dateline glued to a name
    ("本报讯(刘东记者李民峰)年初以来", [(4, 6, "刘东"), (8, 11, "李民峰")]),
    ("(大紀元記者李怡欣台灣高雄報導)招商成績斐然", [(6, 9, "李怡欣")]),
    ("（本报记者张伟北京报道）签约仪式举行", [(5, 7, "张伟")]),
    # names alone in the bracket after a news agency's dateline
    ("中新社郑州11月7日电 (李贵刚 杨大勇)记者从河南官方获悉。", [(13, 16, "李贵刚"), (17, 20, "杨大勇")]),
    ("宜昌12月4日電(董曉斌 黎榮華)總投資約320億元。", [(9, 12, "董曉斌"), (13, 16, "黎榮華")]),
    # other byline words and separators
    ("编辑 杨静\n\n编审 李玉红\n", [(3, 5, "杨静"), (10, 13, "李玉红")]),
    ("责编 | 冯小静\n审核：陈立\n", [(5, 8, "冯小静"), (12, 14, "陈立")]),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES_MORE)
def test_more_bylines(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert person_spans(text) == expected


NO_PERSON_AGAIN = [
    # 文 and 图 stand apart from the name they credit
    "声明：本站部分图片、文章来源于网络。",
    "发布时间：2021-03-01  文章来源：省商务厅",
    "文章来源于人民网",
    # a conjunction and a word between two titles
    "建立院士和知名专家联系制度。",
    "请各位政协委员和其他列席人员提出意见。",
]


@pytest.mark.parametrize("text", NO_PERSON_AGAIN)
def test_no_person_again(text: str) -> None:
    assert people(text) == []


LISTED_PEOPLE = [
    # names before 等, a count and the kind of people they are
    ("引进了王建国、李明华等5名博士。", [("王建国", None, None), ("李明华", None, None)]),
    ("张立新、赵文华等专家来到园区考察。", [("张立新", None, None), ("赵文华", None, None)]),
    ("周文斌、吴海燕、郑国强等3位院士受聘。", [("周文斌", None, None), ("吴海燕", None, None), ("郑国强", None, None)]),
    ("邀請陳家明、黃志偉等人出席。", [("陳家明", None, None), ("黃志偉", None, None)]),
    # a role, then 有 / 是 / a colon, then the names
    ("出席活动的领导有王建国、李明华。", [("王建国", None, None), ("李明华", None, None)]),
    ("到场嘉宾有孙立平、钱文杰、冯晓东。", [("孙立平", None, None), ("钱文杰", None, None), ("冯晓东", None, None)]),
    ("获奖代表：刘志刚、许文华\n", [("刘志刚", None, None), ("许文华", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_PEOPLE)
def test_listed_people(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


# A delegation named after the one who leads it.
LEADERS = [
    ("12月，魏华伟一行到科技公司考察。", [("魏华伟", None, None)]),
    ("日前，张立新率团赴深圳招商。", [("张立新", None, None)]),
    ("近日，李明带队走访企业。", [("李明", None, None)]),
    ("昨日，陳志強率隊訪問工業園。", [("陳志強", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LEADERS)
def test_leaders_of_delegations(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


# A speaker named before the 在 that sets the scene of what he says.
SCENE_SPEAKERS = [
    ("王建国在调研时指出，要抓好招商。", [("王建国", None, None)]),
    ("赵文华在致辞中表示，欢迎企业投资。", [("赵文华", None, None)]),
    ("會上，陳志強在發言時強調，要優化營商環境。", [("陳志強", None, None)]),
    ("据悉，刘海波在签约仪式上介绍，项目明年投产。", [("刘海波", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SCENE_SPEAKERS)
def test_speakers_before_the_scene(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected


NO_SCENE_SPEAKER = ["海尔在发布会上表示，将扩大投资。", "项目在建设中表示，", "全市在会上表示，"]


@pytest.mark.parametrize("text", NO_SCENE_SPEAKER)
def test_no_scene_speaker(text: str) -> None:
    assert people(text) == []


NO_LEADERS = ["上午，省商务厅一行到园区调研。", "客商一行参观了园区。", "考察团一行抵达。"]


@pytest.mark.parametrize("text", NO_LEADERS)
def test_no_leader(text: str) -> None:
    assert people(text) == []


NO_LISTED_PEOPLE = [
    # bodies after 领导有 are no people, nor places before 等
    "出席的领导有：市发改委、市商务局。",
    "苏州、无锡等地专家来到园区。",
]


@pytest.mark.parametrize("text", NO_LISTED_PEOPLE)
def test_no_listed_people(text: str) -> None:
    assert people(text) == []


# A place whose level word opens the title after it (苗栗|縣長, 昆山|市长) is the title's place, not a name;
# a name before the title is still read (张伟|县长).
PLACE_BEFORE_ITS_TITLE = [
    ("苗栗縣長鍾東錦到議會進行施政報告。", [("鍾東錦", "縣長", None)]),
    ("昆山市长李明出席。", [("李明", "市长", None)]),
    ("泉州市長蔡某出席。", [("蔡某", "市長", "泉州")]),
    ("张伟县长出席会议。", [("张伟", "县长", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_BEFORE_ITS_TITLE)
def test_place_before_its_title(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert people(text) == expected
