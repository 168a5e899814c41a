"""Organisation and project names to canonical keys (dsz_extract.names): real-looking variants, table-driven."""

from __future__ import annotations

import pytest

from dsz_extract.names import NameIndex, org_key, project_key, project_marks, same_org

# name -> (key, core)
ORG_KEYS = [
    ("山东华跃新能源有限公司", "华跃新能源", "华跃"),
    ("华跃新能源", "华跃新能源", "华跃"),
    ("山东华跃新能源科技有限公司", "华跃新能源科技", "华跃"),
    ("济南市历城区华跃实业集团有限公司", "华跃实业", "华跃"),
    ("華為技術有限公司", "华为技术", "华为"),
    ("华为技术(深圳)有限公司", "华为技术", "华为"),
    ("华为技术（中国）有限公司", "华为技术", "华为"),
    ("比亚迪股份有限公司", "比亚迪", "比亚迪"),
    ("恒大集团", "恒大", "恒大"),
    ("三一重工股份有限公司", "三一重工", "三一"),
    ("长城汽车股份有限公司", "长城汽车", "长城"),
    ("青岛啤酒股份有限公司", "青岛啤酒", "青岛啤酒"),  # the rest after 青岛 is only a trade: no strip
    ("中国石油化工集团有限公司", "中国石油化工", "中国石油化工"),
    ("中石化", "中国石油化工", "中国石油化工"),
    ("宁德时代新能源科技股份有限公司", "宁德时代新能源科技", "宁德时代"),
    ("宁德时代", "宁德时代新能源科技", "宁德时代"),
    ("寧德時代", "宁德时代新能源科技", "宁德时代"),
    ("上海汽车集团股份有限公司", "上海汽车", "上海汽车"),
    ("上汽", "上海汽车", "上海汽车"),
    ("ＡＢＣ　Co., Ltd.", "abc", "abc"),
    ("江苏省苏州市恒瑞医药有限公司", "恒瑞医药", "恒瑞"),
    ("來自臺灣自行車輸出業(yè)同業(yè)公會", "来自台湾自行车输出业同业公会", "来自台湾自行车输出业同业公会"),
    ("德国巴斯夫集团", "巴斯夫", "巴斯夫"),  # a foreign firm's country goes; 中国华能 keeps 中国
    ("韩国三星电子公司", "三星电子", "三星"),  # 公司, not 子公司
    ("三星电子株式会社", "三星电子", "三星"),
    ("中国华能集团有限公司", "中国华能", "中国华能"),
]


@pytest.mark.parametrize(("name", "key", "core"), ORG_KEYS)
def test_org_key(name: str, key: str, core: str) -> None:
    got = org_key(name)
    assert (got.key, got.core) == (key, core)


def test_place_prefix_gives_adcode() -> None:
    assert org_key("山东华跃新能源有限公司").adcode == "370000"
    assert org_key("济南市历城区华跃实业集团有限公司").adcode == "370112"


# pairs of names that are the same organisation / not
SAME = [
    ("华跃新能源", "山东华跃新能源有限公司"),
    ("華為技術有限公司", "华为技术(深圳)有限公司"),
    ("中石化", "中国石油化工集团有限公司"),
    ("宁德时代", "宁德时代新能源科技股份有限公司"),
    ("比亚迪", "比亚迪股份有限公司"),
]
DIFFERENT = [
    ("华跃新能源", "华越新能源"),
    ("青岛啤酒股份有限公司", "燕京啤酒股份有限公司"),
    ("中国建筑第三工程局有限公司", "中国建筑第八工程局有限公司"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_org(a: str, b: str) -> None:
    assert same_org(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_org(a: str, b: str) -> None:
    assert not same_org(a, b)


# name -> (key, core, phase)
PROJECT_KEYS = [
    ("年产10万吨锂电池正极材料项目", "10万吨锂电池正极材料", "锂电池正极材料", None),
    ("10万吨锂电池正极材料项目", "10万吨锂电池正极材料", "锂电池正极材料", None),
    ("锂电池正极材料项目", "锂电池正极材料", "锂电池正极材料", None),
    ("菏泽市年产10万吨锂电池正极材料项目一期", "10万吨锂电池正极材料", "锂电池正极材料", "1"),
    ("比亚迪二期项目", "比亚迪", "比亚迪", "2"),
    ("四川时代动力电池一至六期项目", "时代动力电池", "时代动力电池", "1-6"),
    ("宜賓制造基地五-六期項目", "制造基地", "制造基地", "5-6"),  # the dash is folded away: 五六期
    ("動力電池項目(三、四期)", "动力电池", "动力电池", "3-4"),
    ("宁德时代贵州基地一期项目", "宁德时代贵州基地", "宁德时代贵州基地", "1"),  # 宁德 is the brand's, not a place
    ("新建年产5GWh动力电池項目", "5gwh动力电池", "动力电池", None),
    ("总投资50亿元的新能源汽车零部件产业园项目", "新能源汽车零部件产业园", "新能源汽车零部件产业园", None),
    ("南昌国际陆港枢纽产业园(南昌向塘电商物流服务中心)", "国际陆港枢纽产业园", "国际陆港枢纽产业园", None),
    ("漳浦自行車產業(yè)園", "自行车产业园", "自行车产业园", None),
    ("一期项目", "", "", "1"),
]


@pytest.mark.parametrize(("name", "key", "core", "phase"), PROJECT_KEYS)
def test_project_key(name: str, key: str, core: str, phase: str | None) -> None:
    got = project_key(name)
    assert (got.key, got.core, got.phase) == (key, core, phase)


# (project, investors) -> its distinctive marks: no places, investors or generic words
PROJECT_MARKS = [
    (("宁德时代贵州新能源动力及储能电池生产制造基地项目", ["宁德时代"]), "新能源动力储能电池"),
    (("宁德时代贵州基地一期项目", ["宁德时代新能源科技股份有限公司"]), ""),
    (("巴斯夫湛江一体化基地首批装置", ["德国巴斯夫集团"]), ""),
    (("台积电南京12吋晶圆厂", ["台积电"]), "12吋晶圆厂"),
    (("比亚迪电动卡车及专用车项目", []), "比亚迪电动卡车专用车"),
]


@pytest.mark.parametrize(("given", "marks"), PROJECT_MARKS)
def test_project_marks(given: tuple[str, list[str]], marks: str) -> None:
    assert project_marks(*given) == marks


def test_index_keeps_variants() -> None:
    index = NameIndex()
    keys = {index.add(n) for n in ("山东华跃新能源有限公司", "华跃新能源", "華躍新能源")}
    assert keys == {"华跃新能源"}
    assert index.variants("华跃新能源") == {"山东华跃新能源有限公司", "华跃新能源", "華躍新能源"}
