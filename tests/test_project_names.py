"""Project names of real pages, continued (test_project.py): words inside names, grid connection, classes,
first items with their own head, counted lists, whole-stem places, lists after 其中."""

from __future__ import annotations

import pytest

from test_project import extracted_projects, projects

pytestmark = pytest.mark.rule_projects  # probes of the project rules (tests/conftest.py)

# Words of leisure, farming and trade that jieba tags as verbs stand inside project names, not before them
# (scripts/build_name_verbs.py keeps them out of name_verbs.txt).
LEISURE_AND_FARMING_WORDS = [
    ("开工项目有总投资2.8亿元的互助县彩虹休闲度假中心项目。", ["互助县彩虹休闲度假中心项目"]),
    ("签约了总投资3亿元的临夏县健身休闲广场项目。", ["临夏县健身休闲广场项目"]),
    ("当天开工的有总投资5亿元的西宁牦牛繁育基地项目。", ["西宁牦牛繁育基地项目"]),
    ("总投资2亿元的同仁县避暑山庄项目正式开工。", ["同仁县避暑山庄项目"]),
    ("总投资1亿元的大通县草莓采摘园项目已建成。", ["大通县草莓采摘园项目"]),
    ("总投资4亿元的湟中县农产品集散中心项目顺利签约。", ["湟中县农产品集散中心项目"]),
    ("分别为:桂林希宇文化创意产业建设项目,总投资28亿元。", ["桂林希宇文化创意产业建设项目"]),
    ("签约了年产10万台新能源电动车整车组装项目。", ["年产10万台新能源电动车整车组装项目"]),
    ("开工建设智能穿戴设备生产项目,总投资5亿元。", ["智能穿戴设备生产项目"]),
    ("签约总投资3亿元的格尔木风光互补发电项目。", ["格尔木风光互补发电项目"]),
    ("开工建设年产5万吨生物降解材料项目。", ["年产5万吨生物降解材料项目"]),
]


@pytest.mark.parametrize(("text", "expected"), LEISURE_AND_FARMING_WORDS)
def test_leisure_and_farming_words_stay_inside_the_name(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# 并网 holds 并 (a boundary word elsewhere: 并与…): inside a name it is part of it (name_internal.txt).
GRID_CONNECTION_IN_NAMES = [
    ("开工项目有总投资10亿元的化隆县太阳能光伏(并网)发电项目。", ["化隆县太阳能光伏(并网)发电项目"]),
    ("签约了总投资6亿元的格尔木光伏并网发电项目。", ["格尔木光伏并网发电项目"]),
    ("总投资3亿元的共和县风电并网工程项目开工建设。", ["共和县风电并网工程项目"]),
    ("该县10个光伏电站已全部并网发电。", []),
]


@pytest.mark.parametrize(("text", "expected"), GRID_CONNECTION_IN_NAMES)
def test_grid_connection_stays_inside_the_name(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A government's level, who funds it, how many or how large, before generic words, name a class
# (project_generic.txt); a list closed by a class of places lists the places (等市县|签约项目).
CLASSES_OF_PROJECTS = [
    ("加上参加省重大合作项目现场签约1项,共签约项目26个。", []),
    ("重点就湘商产业园、政府PPP项目进行招商。", ["湘商产业园"]),
    ("该县在市重点项目签约仪式上与A公司签约。", []),
    ("2016年大多数项目都在第三季度签署。", []),
    ("掀起新一轮项目建设高潮。", []),
    ("为明年更大规模产业项目建设打下基础。", []),
    ("放眼高新区,一栋栋厂房拔地而起,一个个项目火热开工。", []),
    ("从市县看,海口、儋州、澄迈和文昌等市县签约项目数量较多。", []),
    ("华为云、比亚迪汽配等重点项目顺利开工。", ["华为云", "比亚迪汽配"]),
    # an aim or a way of funding before the head names a kind (产业发展项目, 资助项目, 支持计划项目)
    ("该市不断加快产业发展项目引进。", []),
    ("入选留学人员创业启动支持计划项目。", []),
    ("获得省级资助项目3个。", []),
    ("签约乡村振兴发展项目,总投资2亿元。", ["乡村振兴发展项目"]),
    # a numbered slogan in quotes before the head names a programme; a project's words inside a campaign's quoted
    # name are part of that name
    ("「五大五新」项目占比80%。", []),
    ("及时实施“百日百项”工程开工计划。", []),
    ("开展“先进制造业项目招商年”活动。", []),
    ("开工“一河两岸”景观改造续建工程。", ["“一河两岸”景观改造续建工程"]),
    ("引进宁德时代电池、比亚迪汽配等重大项目。", ["宁德时代电池", "比亚迪汽配"]),
    # how projects were won or ranked, after any qualifier, names a class (…招商引资项目, …一体化重点项目)
    ("该省举行援疆干部招商引资项目集中签约。", []),
    ("通过招商引资项目带动本地500名群众就业。", []),
    ("南宁—北钦防都市圈一体化重点项目开工率达90%。", []),
    ("东城开发区50亿总额招商项目签约。", []),
    ("長株潭都市圈一體化重點項目穩步推進。", []),  # traditional characters
    # a name stays a name
    ("签约了化工一体化项目,总投资30亿元。", ["化工一体化项目"]),
]


# A short stem listed with kinds of projects is one more kind, however rare its word.
KINDS_LISTED_TOGETHER = [
    ("新开工重点项目16个,其中交通、水电项目涵盖13个。", []),
    ("持续为区域内的产业项目、高校项目提供服务。", []),
    ("涉及产业项目、社会事业项目、高校项目、城市更新项目。", []),
    ("今年重点推进教育项目、卫生项目和文旅项目建设。", []),
    ("光伏、风电、储能项目加快建设。", []),
    ("其中能源项目、交通项目、水運項目各3个。", []),
    # names in a list stay names
    ("重点推进万达广场项目、恒大文旅城项目建设。", ["万达广场项目", "恒大文旅城项目"]),
    ("签约项目包括宁德时代项目、比亚迪项目。", ["宁德时代项目", "比亚迪项目"]),
    ("重点就湘商产业园、政府PPP项目进行招商。", ["湘商产业园"]),
    # a list presented as projects signed or started is a list of projects, however they are named
    ("会上签约了光伏组件项目、储能电池项目。", ["光伏组件项目", "储能电池项目"]),
    ("签约项目包括冷链物流项目、汽车零部件项目。", ["冷链物流项目", "汽车零部件项目"]),
]


@pytest.mark.parametrize(("text", "expected"), KINDS_LISTED_TOGETHER)
def test_kinds_listed_together(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A quoted name right before the head is the name with its quotes, whatever words it ends in; a talent word
# before the open quote is the partner's (院士团队), not the name's.
QUOTED_BEFORE_HEAD = [
    (
        "其中王明院士团队“共建先进材料研究所”项目、李华团队“共建智能制造研究院”项目签约。",
        ["“共建先进材料研究所”项目", "“共建智能制造研究院”项目"],
    ),
    ("签约了“东岭智慧物流园”项目。", ["“东岭智慧物流园”项目"]),
    ("簽約「南州數字經濟研究所」項目。", ["「南州數字經濟研究所」項目"]),  # traditional characters
    # a class: counted, closing a list, a numbered slogan, a talent programme, generic words
    ("长安汽车河北基地等“央企入冀”项目相继投产。", ["长安汽车河北基地"]),
    ("49个“回归工程”项目全部开工。", []),
    ("实施“百日百项”工程。", []),
    ("入选自治区“草原英才”工程。", []),
    ("开展“双招双引”项目对接。", []),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_BEFORE_HEAD)
def test_a_quoted_name_before_the_head_is_taken_with_its_quotes(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLASSES_OF_PROJECTS)
def test_classes_of_projects_by_level_funding_or_size(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# The first of two items before one 工程 that ends in a place or building of its own is a project of
# its own, not the opening of one name with the second.
FIRST_ITEM_WITH_ITS_OWN_HEAD = [
    (
        "昌平区沙河湿地公园、城市运动休闲公园一期建设工程等一批绿化项目开工建设。",
        ["沙河湿地公园", "城市运动休闲公园一期建设工程"],
    ),
    ("中国双城果蔬、绿色(有机)净菜物流基地项目开工。", ["中国双城果蔬、绿色(有机)净菜物流基地项目"]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_ITEM_WITH_ITS_OWN_HEAD)
def test_first_item_with_its_own_head_is_its_own_project(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# 包括 after a count of projects and their stage introduces a list of projects (有5个项目竣工，包括A、B).
COUNTED_LISTS = [
    ("今年有3个项目竣工,包括职业中专产教融合实训基地、贫困村光伏电站、青树坪镇中心大市场。",
     ["职业中专产教融合实训基地", "贫困村光伏电站", "青树坪镇中心大市场"]),
    ("全县有2个项目已开工，包括城东污水处理厂、滨河湿地公园。", ["城东污水处理厂", "滨河湿地公园"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTED_LISTS)
def test_lists_after_a_count_and_its_stage(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A place after ，其中 heads the list as it does after punctuation: the names start after it where the next
# item names no place of its own.
AFTER_QIZHONG = [
    ("7個項目成功簽約,其中永春縣聯源機械四輪一帶自動化生產線項目、海峽花卉產業園項目等7個項目成功簽約。",
     ["聯源機械四輪一帶自動化生產線項目", "海峽花卉產業園項目"]),
    ("签约项目7个,其中永春县联源机械生产线项目、安溪县海峡花卉产业园项目。",
     ["永春县联源机械生产线项目", "安溪县海峡花卉产业园项目"]),
    ("有2个项目开工,包括梓门桥镇万亩红心脐橙基地、城东污水处理厂。", ["梓门桥镇万亩红心脐橙基地", "城东污水处理厂"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_QIZHONG)
def test_a_place_after_qizhong_heads_the_list(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# In a list, an item holding 等 or naming a kind before its head (产业类项目) is a class, not a project.
CLASSES_IN_LISTS = [
    ("山阳县先后举行了产业类项目、新型城镇化项目、交通水利等基础设施施工项目、新农村示范村项目集中开工仪式。",
     []),  # 新型城镇化项目 is an aim's class too (lexicon: 产业发展项目, 新型城镇化项目)
    ("该县开工了平台型项目、智能终端产业园项目、城北污水处理厂项目等一批项目。", ["智能终端产业园项目", "城北污水处理厂项目"]),
    ("签约了重大产业项目、城南物流园项目等项目。", ["城南物流园项目"]),
    ("开工了重点工程、滨江大道改造工程等一批工程。", ["滨江大道改造工程"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLASSES_IN_LISTS)
def test_classes_in_lists(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A stem that is all a place names that place's projects (辽宁省项目, 浦东新区项目) only where it is a division: a
# bare 区 ends a project's own name (华金小区, 西湖景区) unless the gazetteer knows the place, and a 新城 told by
# what it is (生态新城) is a project.
WHOLE_STEM_PLACES = [
    ("签订了投资300亿元的长春卡伦湖生态新城项目合作协议。", ["长春卡伦湖生态新城项目"]),
    ("开工了总投资2亿元的平安县华金小区项目。", ["平安县华金小区项目"]),
    ("开工了总投资2亿元的西湖景区项目。", ["西湖景区项目"]),
    ("辽宁省项目签约15个。", []),
    ("吴江开发区项目之一。", []),
    ("浦东新区项目签约15个。", []),
    ("开工了总投资2亿元的朝阳区项目。", []),
    ("今年太湖新城项目签约15个。", []),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_STEM_PLACES)
def test_whole_stem_places(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


def test_a_list_after_a_count_of_projects_and_a_comma() -> None:
    text = "此次签约的7个项目,包括麦胚芽综合深加工高新技术产业园、新型发泡陶瓷保温材料、民俗文化观光园等。"
    assert projects(text) == ["麦胚芽综合深加工高新技术产业园", "新型发泡陶瓷保温材料", "民俗文化观光园"]


# A name in quotes right before its head is one name, quotes included, even where the words inside would cut
# it (a verb such as 共建, a head of their own such as 研究所), and a talent word before the quotes (院士团队,
# the team that signs) makes it no talent platform.
QUOTED_BEFORE_THE_HEAD = [
    ("现场签约10个项目，其中“共建新材料研究院”项目。", ["“共建新材料研究院”项目"]),
    ("其中张三院士团队“共建先进电化学储能技术研究所”项目、李四院士团队“共建医疗与物理研究所”项目现场签约。",
     ["“共建先进电化学储能技术研究所”项目", "“共建医疗与物理研究所”项目"]),
    ("当天签约“打造智慧物流产业园”工程。", ["“打造智慧物流产业园”工程"]),
    ("开工“一河两岸”景观改造续建工程。", ["“一河两岸”景观改造续建工程"]),
    # a talent word inside the quotes still makes a talent platform
    ("签约“院士专家工作站建设”项目。", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_BEFORE_THE_HEAD)
def test_a_quoted_name_before_its_head_is_whole(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# One project includes its parts (该项目包括A、B、C等), not other projects; a class of projects includes projects.
PARTS_OF_ONE_PROJECT = [
    ("该项目包括工具区、大型机械区、仓储物流区、综合配套区等,总建筑面积40万平方米。", []),
    ("此项目主要包括研发中心、生产车间、展示中心等。", []),
    ("該項目包括倉儲區、加工區、辦公區等。", []),  # traditional characters
    ("此次签约项目包括智能装备产业园、新材料产业园、物流园等。", ["智能装备产业园", "新材料产业园", "物流园"]),
    ("竣工项目包括:城东污水处理厂,滨河湿地公园等。", ["城东污水处理厂", "滨河湿地公园"]),
]


@pytest.mark.parametrize(("text", "expected"), PARTS_OF_ONE_PROJECT)
def test_the_parts_of_one_project_are_no_projects(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A phase of the works after a verb of progress (…完成主体工程) is no part of the name: the project is what the
# clause tells of before the verb; an expressway named by its ends runs from the first (A至B高速).
WORKS_PHASES = [
    ("重点项目建设方面,东山水库完成主体工程,西河水库进行坝体浇筑。", ["东山水库", "西河水库"]),  # works under way too
    ("重点项目建设方面,南州至北岭高速完成土建工程,明年通车。", ["南州至北岭高速"]),
    ("重点项目建设方面,南州至北岭高速公路完成土建工程。", ["南州至北岭高速公路"]),
    ("重点项目建设方面,西河大桥进行主体工程。", ["西河大桥"]),
    ("重点项目建设方面,東山水庫完成主體工程。", ["東山水庫"]),  # traditional characters
    # a name holding its own works stays whole
    ("总投资3亿元的东山水库扩建工程开工。", ["东山水库扩建工程"]),
    ("总投资3亿元的东山水库主体工程开工。", ["东山水库主体工程"]),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_PHASES)
def test_a_phase_of_the_works_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A count after the stage a phrase's projects reached (灾后重建项目开工174项) makes it a class; months are no count.
COUNTED_AFTER_THEIR_STAGE = [
    ("積石山地震青海災後重建項目開工174項。", []),
    ("全县灾后恢复重建项目已开工86个，完工35个。", []),
    ("城区老旧小区改造工程累计完工12个。", []),
    ("总投资10亿元的新能源电池材料项目开工3个月来进展顺利。", ["新能源电池材料项目"]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_AFTER_THEIR_STAGE)
def test_a_count_after_the_stage_reached_makes_a_class(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# 通过 (by way of) ends a name on its left as 依托 and 借助 do.
BY_WAY_OF = [
    ("通过招商引资项目带动本地301名民众就业。", []),
    ("通过中石化湛江东兴石化扩建项目带动就业。", ["中石化湛江东兴石化扩建项目"]),
    ("当地通过比亚迪新能源电池项目带动就业。", ["比亚迪新能源电池项目"]),
]


@pytest.mark.parametrize(("text", "expected"), BY_WAY_OF)
def test_by_way_of_ends_a_name_on_its_left(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# Forms of project names across provinces and outlets: a hyphen between Latin letters stays inside (TFT-LCD),
# works ending like a descriptor (升级, 转型) are no kind, a phase after 项目 with its works (二期扩建工程) belongs to the
# name, resettlement words (安置, 搬迁) are inside names.
PROJECT_NAME_FORMS = [
    ("合肥京东方第10.5代TFT-LCD生产线项目顺利投产。", ["合肥京东方第10.5代TFT-LCD生产线项目"]),
    ("签约建设OLED-TV面板项目，总投资20亿元。", ["OLED-TV面板项目"]),
    ("华晨宝马产品升级项目已竣工。", ["华晨宝马产品升级项目"]),
    ("沈阳华晨宝马大东工厂产品升级项目一期工程已竣工。", ["沈阳华晨宝马大东工厂产品升级项目一期工程"]),
    ("鞍钢冷轧产线转型升级项目开工。", ["鞍钢冷轧产线转型升级项目"]),
    ("昆山富士康电子科技园项目二期扩建工程开工。", ["昆山富士康电子科技园项目二期扩建工程"]),
    ("雄安新区容东片区安置房项目均已完工。", ["雄安新区容东片区安置房项目"]),
    ("总投资2亿元的红安县易地扶贫搬迁安置小区项目完工。", ["红安县易地扶贫搬迁安置小区项目"]),
    ("投资12亿元的四川时代宜宾动力电池项目七期开工。", ["四川时代宜宾动力电池项目"]),
    ("重点推进产业类项目和基础设施项目建设。", []),
    # offshore wind holds 上风 (a verb of the generated list): no edge inside it
    ("三峡能源阳江沙扒海上风电项目全容量并网。", ["三峡能源阳江沙扒海上风电项目"]),
    ("中广核海上风电基地开工。", ["中广核海上风电基地"]),
    # a named works' 建设 closing the clause is its construction, not the noun 工程建设 (水利工程建设管理局)
    ("该市推动宁波舟山港穿山港区中宅矿石码头二期工程建设。", ["宁波舟山港穿山港区中宅矿石码头二期工程"]),
    ("加快大藤峡水利枢纽工程建设进度。", ["大藤峡水利枢纽工程"]),
    ("全力抓好重点工程建设。", []),
]


@pytest.mark.parametrize(("text", "expected"), PROJECT_NAME_FORMS)
def test_project_name_forms_across_provinces(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A facility's head right after a verb of building is what is built, no name; the works heads take the verb in.
BUILT_FACILITIES = [
    ("日本电产株式会社在大连投资兴建工厂。", []),
    ("该集团计划在园区新建产业园。", []),
    ("中石化湛江东兴石化扩建项目开工。", ["中石化湛江东兴石化扩建项目"]),
    ("小涓河景观提升工程完工。", ["小涓河景观提升工程"]),
    # a ranking after a copula describes the project told before
    ("该项目是全省首个氢能全产业链示范项目。", []),
    ("世界首套煤制烯烃示范项目建成投产。", ["煤制烯烃示范项目"]),
    # a determiner between the building verb and the head leaves a bare head
    ("介休市志尧碳素有限公司投资建设新项目。", []),
    ("该公司计划投资建设新工程。", []),
]


@pytest.mark.parametrize(("text", "expected"), BUILT_FACILITIES)
def test_a_facility_after_a_building_verb_is_no_name(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# The items of kinds of investors (龙头企业、商会协会等项目招商) are no projects.
LISTS_THAT_NAME_NO_PROJECTS = [
    ("重点聚焦上市公司、龙头企业、500强企业、商会协会等项目招商引资。", []),
    ("引进了富士康、一汽大众、联想等项目。", ["富士康", "一汽大众", "联想"]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_THAT_NAME_NO_PROJECTS)
def test_lists_of_investor_kinds(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# Works named one after another and told done together are each a project; a count or a scope names none.
WORKS_LISTED_DONE = [
    ("当日,开州凤凰梁大桥与观音山隧道也正式通车。", ["开州凤凰梁大桥", "观音山隧道"]),
    ("今年,红星水库和青龙水库均已建成蓄水。", ["红星水库", "青龙水库"]),
    ("近日,城南污水处理厂、城北水厂顺利投运。", ["城南污水处理厂", "城北水厂"]),
    ("目前,长江大桥和黄河大桥都已通车。", ["长江大桥", "黄河大桥"]),
    ("白鶴灘水電站、烏東德水電站相繼投產。", ["白鶴灘水電站", "烏東德水電站"]),  # traditional characters
    ("当天,全市3座水库、5座电站相继建成。", []),
    ("该县医院和学校相继建成。", []),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_LISTED_DONE)
def test_works_listed_and_told_done_together(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A project first named with its place is named again without it.
SHORTENED_REPEATS = [
    (
        "当日,万州龙宝梁大桥正式通车。龙宝梁大桥是万州区首座特大桥。",
        ["万州龙宝梁大桥", "龙宝梁大桥"],
    ),
    (
        "总投资2亿元的同仁县避暑山庄项目正式开工。避暑山庄项目占地300亩。",
        ["同仁县避暑山庄项目", "避暑山庄项目"],
    ),
    (
        "总投资5亿元的西宁牦牛繁育基地项目开工。牦牛繁育基地项目年产值3亿元。",
        ["西宁牦牛繁育基地项目", "牦牛繁育基地项目"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORTENED_REPEATS)
def test_a_project_named_again_without_its_place(text: str, expected: list[str]) -> None:
    assert projects(text) == expected


# A line of any kind named by its two ends starts at the first (roads, railways, grids, pipelines), also over a
# voltage written between the second end and the kind (…皖南±1100千伏…); 截至 is no route.
ROUTES_BY_THEIR_ENDS = [
    ("淮安至盐城高速公路改扩建工程今日开工，总投资185亿元。", ["淮安至盐城高速公路改扩建工程"]),
    ("合肥至安庆高速公路扩建项目签约，总投资220亿元。", ["合肥至安庆高速公路扩建项目"]),
    ("新疆准东至安徽皖南±1100千伏特高压直流输电工程全线贯通。", ["新疆准东至安徽皖南±1100千伏特高压直流输电工程"]),
    ("白鹤滩至江苏±800千伏特高压直流输电工程正式投运。", ["白鹤滩至江苏±800千伏特高压直流输电工程"]),
    ("成都至自贡高速铁路全线开通运营。", ["成都至自贡高速铁路"]),
    ("推进龙港—洞头高速公路、温州东站枢纽等重大项目。", ["龙港—洞头高速公路", "温州东站枢纽"]),
    ("截至目前，高速公路建设完成投资80亿元。", []),
]


@pytest.mark.parametrize(("text", "expected"), ROUTES_BY_THEIR_ENDS)
def test_a_route_starts_at_its_first_end(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# Lines are projects where the clause tells them built, laid or pushed on, or lists them as projects; a kind of
# line named by its kind's words alone is none.
LINES_IN_PROGRESS = [
    ("包银高铁、呼和浩特新机场、集大原高铁等重大项目加快推进。", ["包银高铁", "呼和浩特新机场", "集大原高铁"]),
    ("廣東省重點項目廣汕高鐵全線鋪軌完成。", ["廣汕高鐵"]),
    ("加快建设沪渝蓉高铁武宜段、沿江高铁合武段。", ["沪渝蓉高铁武宜段", "沿江高铁合武段"]),
    ("以5G基础设施、特高压、城际高速铁路和城际轨道交通等7项新型基础设施建设为重点。", []),
]


@pytest.mark.parametrize(("text", "expected"), LINES_IN_PROGRESS)
def test_lines_told_in_progress_are_projects(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# Works a build or start verb takes as its object, alone or as a list whose last item carries the head the others
# share: each item is a project.
WORKS_AFTER_A_BUILD_VERB = [
    ("开工建设乌东德、白鹤滩、两河口水电站。", ["乌东德", "白鹤滩", "两河口水电站"]),
    ("開工建設烏東德、白鶴灘、兩河口水電站。", ["烏東德", "白鶴灘", "兩河口水電站"]),
    ("新建中小学校、幼儿园等12所。", []),
    ("该市新建学校和医院。", []),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_AFTER_A_BUILD_VERB)
def test_works_after_a_build_verb_are_projects(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# A production capacity opens the name it stands in, over a verb of the product's words; two facilities each after
# its amount and told built together are two projects; a verb right before a facility's one-character noun
# (接收|站) is no edge; Taiwanese reports call a project a case (擴建案, 開發案).
NAME_OPENINGS_AND_FORMS = [
    (
        "年产20万吨功能性食品添加剂项目和年产5万吨生物基材料项目同时签约。",
        ["年产20万吨功能性食品添加剂项目", "年产5万吨生物基材料项目"],
    ),
    (
        "其中，青海尚品驼奶加工、鼎诚工贸年产10万吨活性石灰等3个项目已开复工建设。",
        ["青海尚品驼奶加工", "鼎诚工贸年产10万吨活性石灰"],
    ),
    (
        "投资30亿元的恒大文旅康养城和投资5亿元的顺丰冷链物流园同时开工。",
        ["恒大文旅康养城", "顺丰冷链物流园"],
    ),
    ("如东县洋口港LNG接收站扩建工程完成投资25亿元。", ["如东县洋口港LNG接收站扩建工程"]),
    ("台塑集團麥寮六輕擴建案通過環評，預計投資新台幣300億元。", ["台塑集團麥寮六輕擴建案"]),
    ("嘉義縣馬稠後產業園區第二期開發案正式動工。", ["嘉義縣馬稠後產業園區第二期開發案"]),
    ("新竹科學園區寶山二期擴建計畫已完成用地取得。", ["新竹科學園區寶山二期擴建計畫"]),
    ("「淡海新市鎮開發案」今日公告。", []),
]


@pytest.mark.parametrize(("text", "expected"), NAME_OPENINGS_AND_FORMS)
def test_capacities_joined_amounts_facility_nouns_and_cases(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# A quoted 工程 a government carries out is a programme of work; how a project is funded names a class.
PROGRAMMES_AND_FUNDING = [
    ("深入实施“一把手”工程和“民心工程”，推动招商引资提质增效。", []),
    ("大力实施“菜篮子”工程，保障市场供应。", []),
    ("共实施兴业县扶贫生态移民工程、县人民医院门诊楼工程等项目。", ["兴业县扶贫生态移民工程", "县人民医院门诊楼工程"]),
    ("积极争取中央预算内投资项目和地方政府专项债券项目。", []),
    (
        "10月9日，宁德时代溧阳基地四期项目、中创新航常州基地三期项目集中开工仪式在溧阳举行。",
        ["宁德时代溧阳基地四期项目", "中创新航常州基地三期项目"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMMES_AND_FUNDING)
def test_programmes_carried_out_and_funding_classes(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# Talent programmes and platforms are no investment: the items of a list closed by one (…等国家级人才工程, …等平台
# 引进人才) are no projects, whatever head they end in; a base counted after the number it reached is a class.
TALENT_PROGRAMMES_AND_PLATFORMS = [
    ("114人入选万人领军、长江学者等国家级人才工程，379人入选芙蓉学者等省级人才计划。", []),
    ("依托高新区留学人员创业园、大学科技园等平台引进高层次人才。", []),
    ("全市新建院士工作站5家、博士后创新实践基地12家，创新实践基地达到86家。", []),
    ("签约了恒丰建材、双成建材等20个工业项目。", ["恒丰建材", "双成建材"]),
]


@pytest.mark.parametrize(("text", "expected"), TALENT_PROGRAMMES_AND_PLATFORMS)
def test_talent_programmes_and_platforms_are_no_projects(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# A plant's unit between its name and the stage word (…电站首台机组并网发电) leaves the name a project told done.
WORKS_WITH_UNITS = [
    ("华电福新周宁抽水蓄能电站首台机组近日并网发电。", ["华电福新周宁抽水蓄能电站"]),
    ("，白鹤滩水电站2号机组投产发电。", ["白鹤滩水电站"]),
]


@pytest.mark.parametrize(("text", "expected"), WORKS_WITH_UNITS)
def test_a_plants_unit_before_its_stage_word(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected


# Titles awarded (获批/获评/被认定为…基地, 园区), programmes counted by area (高标准农田建设项目5万亩) and a facility only
# planned by its kind (在我市布局生产基地) are no projects; a project approved to be built is one.
TITLES_AREAS_AND_PLANS = [
    ("该县成功获批国家级外贸转型升级基地和省级农业产业化示范基地。", []),
    ("园区被认定为省级小微企业创业创新示范基地。", []),
    ("实施高标准农田建设项目5万亩。", []),
    ("推动宁德时代、比亚迪等龙头企业在我市布局生产基地。", []),
    ("该市获批建设长沙临空经济示范区综合开发项目，总投资80亿元。", ["长沙临空经济示范区综合开发项目"]),
]


@pytest.mark.parametrize(("text", "expected"), TITLES_AREAS_AND_PLANS)
def test_titles_areas_and_planned_kinds_are_no_projects(text: str, expected: list[str]) -> None:
    assert extracted_projects(text) == expected
