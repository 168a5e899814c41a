"""The place gazetteer: what each surface names, which surfaces are safe, full names, scanning."""

from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from dsz_extract import gazetteer
from dsz_extract.gazetteer import LongestMatches


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.get()


@pytest.mark.parametrize(
    ("surface", "name", "level", "adcode", "full_name"),
    [
        ("聊城市", "聊城市", "city", "371500", "山东省聊城市"),
        ("聊城", "聊城市", "city", "371500", "山东省聊城市"),
        ("莘县", "莘县", "county", "371522", "山东省聊城市莘县"),
        ("东昌府区", "东昌府区", "county", "371502", "山东省聊城市东昌府区"),
        ("东昌府", "东昌府区", "county", "371502", "山东省聊城市东昌府区"),
        ("山东", "山东省", "province", "370000", "山东省"),
        ("天津", "天津市", "province", "120000", "天津市"),
        ("内蒙古", "内蒙古自治区", "province", "150000", "内蒙古自治区"),
        ("广西", "广西壮族自治区", "province", "450000", "广西壮族自治区"),
        ("新疆", "新疆维吾尔自治区", "province", "650000", "新疆维吾尔自治区"),
        ("西藏", "西藏自治区", "province", "540000", "西藏自治区"),
        ("香港", "香港特别行政区", "province", "810000", "香港特别行政区"),
        ("澳门", "澳门特别行政区", "province", "820000", "澳门特别行政区"),
        ("台湾", "台湾省", "province", "710000", "台湾省"),
        ("延边", "延边朝鲜族自治州", "city", "222400", "吉林省延边朝鲜族自治州"),
        ("延边州", "延边朝鲜族自治州", "city", "222400", "吉林省延边朝鲜族自治州"),
        ("恩施州", "恩施土家族苗族自治州", "city", "422800", "湖北省恩施土家族苗族自治州"),
        ("大兴安岭", "大兴安岭地区", "city", "232700", "黑龙江省大兴安岭地区"),
        ("锡林郭勒", "锡林郭勒盟", "city", "152500", "内蒙古自治区锡林郭勒盟"),
        ("仙桃市", "仙桃市", "county", "429004", "湖北省仙桃市"),
        ("浦东新区", "浦东新区", "county", "310115", "上海市浦东新区"),
        ("浦东", "浦东新区", "county", "310115", "上海市浦东新区"),
        ("义乌", "义乌市", "county", "330782", "浙江省金华市义乌市"),
        ("昆山", "昆山市", "county", "320583", "江苏省苏州市昆山市"),
        ("神农架", "神农架林区", "county", "429021", "湖北省神农架林区"),
        ("长阳", "长阳土家族自治县", "county", "420528", "湖北省宜昌市长阳土家族自治县"),
        ("和康县", "和康县", "county", "653228", "新疆维吾尔自治区和田地区和康县"),
        # development zones coded by NBS (xx7x) keep their NBS code
        ("苏州工业园区", "苏州工业园区", "zone", "320576", "江苏省苏州市苏州工业园区"),
        ("东营经济技术开发区", "东营经济技术开发区", "zone", "370571", "山东省东营市东营经济技术开发区"),
        ("东营港", "东营港经济开发区", "zone", "370572", "山东省东营市东营港经济开发区"),
        ("合肥经济技术开发区", "合肥经济技术开发区", "zone", "340177", "安徽省合肥市合肥经济技术开发区"),
        (
            "郑州航空港经济综合实验区",
            "郑州航空港经济综合实验区",
            "zone",
            "410173",
            "河南省郑州市郑州航空港经济综合实验区",
        ),
        ("河北唐山芦台经济开发区", "河北唐山芦台经济开发区", "zone", "130271", "河北省唐山市唐山芦台经济开发区"),
        # hand-listed zones NBS does not code
        ("雄安新区", "雄安新区", "zone", None, "河北省保定市雄安新区"),
        ("两江新区", "两江新区", "zone", None, "重庆市两江新区"),
        # towns and streets: 9-digit NBS codes
        ("李海务街道", "李海务街道", "town", "371502011", "山东省聊城市东昌府区李海务街道"),
        ("乌镇镇", "乌镇镇", "town", "330483100", "浙江省嘉兴市桐乡市乌镇镇"),
        # former names of a unit that kept its code -> the unit that carries them now
        ("襄樊", "襄阳市", "city", "420600", "湖北省襄阳市"),
        ("襄樊市", "襄阳市", "city", "420600", "湖北省襄阳市"),
        ("大庸市", "张家界市", "city", "430800", "湖南省张家界市"),
        # a unit whose code was withdrawn (merged, split, upgraded) stays itself, with its last code
        ("崇文区", "崇文区", "county", "110103", "北京市崇文区"),
        ("垦利县", "垦利县", "county", "370521", "山东省东营市垦利县"),
        ("港闸区", "港闸区", "county", "320611", "江苏省南通市港闸区"),
        ("广德县", "广德县", "county", "341822", "安徽省宣城市广德县"),
        ("三山区", "三山区", "county", "340208", "安徽省芜湖市三山区"),
        ("芜湖县", "芜湖县", "county", "340221", "安徽省芜湖市芜湖县"),
        ("吐鲁番地区", "吐鲁番地区", "city", "652100", "新疆维吾尔自治区吐鲁番地区"),
        # regions and countries
        ("长三角", "长三角", "region", None, "长江三角洲"),
        ("长江三角洲", "长三角", "region", None, "长江三角洲"),
        ("北上广", "北上广", "region", None, "北京、上海、广州"),
        ("冀鲁豫交界", "冀鲁豫交界", "region", None, "冀鲁豫交界"),
        # a region written with 地区 is named as written, unless listed as a form of the region's name
        ("环渤海地区", "环渤海地区", "region", None, "环渤海地区"),
        ("江浙地区", "江浙地区", "region", None, "江苏、浙江地区"),
        ("北非地区", "北非地区", "region", None, "北非地区"),
        ("港澳台地区", "港澳台地区", "region", None, "香港、澳门、台湾地区"),
        ("亚洲地区", "亚洲", "region", None, "亚洲"),
        ("珠三角地区", "珠三角", "region", None, "珠江三角洲"),
        ("粤港澳", "粤港澳", "region", None, "广东、香港、澳门"),
        ("欧美", "欧美", "region", None, "欧洲、美洲"),
        ("滇中经济圈", "滇中经济圈", "region", None, "滇中城市经济圈"),
        ("美国", "美国", "country", None, "美利坚合众国"),
        ("澳洲", "澳大利亚", "country", None, "澳大利亚联邦"),
        ("印尼", "印度尼西亚", "country", None, "印度尼西亚共和国"),
        ("大韩民国", "韩国", "country", None, "大韩民国"),
        # Taiwan's and Hong Kong's districts: no GB/T 2260 code
        ("林园区", "林园区", "county", None, "台湾省高雄市林园区"),
        ("湾仔区", "湾仔区", "county", None, "香港特别行政区湾仔区"),
        # Taiwan's counties by their short forms, Macau's parishes and the islands they are known by
        ("苗栗", "苗栗县", "city", None, "台湾省苗栗县"),
        ("彰化", "彰化县", "city", None, "台湾省彰化县"),
        ("屏东", "屏东县", "city", None, "台湾省屏东县"),
        ("宜兰", "宜兰县", "city", None, "台湾省宜兰县"),
        ("花莲", "花莲县", "city", None, "台湾省花莲县"),
        ("台东", "台东县", "city", None, "台湾省台东县"),
        ("澎湖", "澎湖县", "city", None, "台湾省澎湖县"),
        ("南投", "南投县", "city", None, "台湾省南投县"),
        ("云林", "云林县", "city", None, "台湾省云林县"),
        ("台中", "台中市", "city", None, "台湾省台中市"),
        ("高雄", "高雄市", "city", None, "台湾省高雄市"),
        ("花地玛堂区", "花地玛堂区", "county", None, "澳门特别行政区花地玛堂区"),
        ("嘉模堂区", "嘉模堂区", "county", None, "澳门特别行政区嘉模堂区"),
        ("氹仔", "嘉模堂区", "county", None, "澳门特别行政区嘉模堂区"),
        ("凼仔", "嘉模堂区", "county", None, "澳门特别行政区嘉模堂区"),
        ("路环", "圣方济各堂区", "county", None, "澳门特别行政区圣方济各堂区"),
    ],
)
def test_unique_surfaces(
    gaz: gazetteer.Gazetteer, surface: str, name: str, level: str, adcode: str | None, full_name: str
) -> None:
    places = gaz.lookup(surface)
    assert len(places) == 1, places
    (place,) = places
    assert (place.name, place.level, place.adcode, place.full_name) == (name, level, adcode, full_name)


@pytest.mark.parametrize(
    ("surface", "adcodes"),
    [
        ("朝阳区", {"110105", "220104"}),
        ("鼓楼区", {"320106", "320302", "350102", "410204"}),
        ("通州区", {"110112", "320612"}),
        ("城关镇", set()),  # 88 towns; only the count is checked below
    ],
)
def test_shared_names_keep_every_unit(gaz: gazetteer.Gazetteer, surface: str, adcodes: set[str]) -> None:
    found = {p.adcode for p in gaz.lookup(surface)}
    assert adcodes <= found
    assert len(found) >= max(2, len(adcodes))


@pytest.mark.parametrize(
    ("surface", "full_names"),
    [
        ("新竹", {"台湾省新竹市", "台湾省新竹县"}),
        ("嘉义", {"台湾省嘉义市", "台湾省嘉义县"}),
        ("大埔", {"广东省梅州市大埔县", "香港特别行政区大埔区", "台湾省嘉义县大埔乡"}),
        # a district's short form a city elsewhere shares: for the document to settle
        ("朝阳", {"北京市朝阳区", "吉林省长春市朝阳区", "辽宁省朝阳市"}),
        ("新北", {"江苏省常州市新北区", "台湾省新北市"}),
    ],
)
def test_shared_short_forms_across_the_strait(gaz: gazetteer.Gazetteer, surface: str, full_names: set[str]) -> None:
    assert {s.place.full_name for s in gaz.senses(surface)} == full_names


# Ordinary words that are also short forms of units (合作市, 东方市, 和平区, 新城区, 白银市, 阿里地区,
# 江北区, 水城区) or generic unit names (城区, 郊区): never a place surface.
COMMON_WORDS = ["合作", "东方", "和平", "开发", "新城", "城区", "郊区", "矿区", "江北", "水城", "阿里", "白银", "滨海", "长安", "高新"]  # fmt: skip


@pytest.mark.parametrize("word", COMMON_WORDS)
def test_common_words_are_not_surfaces(gaz: gazetteer.Gazetteer, word: str) -> None:
    assert gaz.senses(word) == ()


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("和县", "和县"),  # 市和县两级
        ("新县", "新县"),
        ("平房", "平房区"),  # bungalow
        ("丰满", "丰满区"),
        ("公安", "公安县"),  # police
        ("通道", "通道侗族自治县"),  # channel
        ("惠民", "惠民县"),  # 惠民工程
        ("南山", "南山区"),
        # Hong Kong's districts by their short forms: only in a text that names 香港
        ("沙田", "沙田区"),
        ("屯门", "屯门区"),
        ("元朗", "元朗区"),
        ("油尖旺", "油尖旺区"),
        ("观塘", "观塘区"),
        ("荃湾", "荃湾区"),
        ("西贡", "西贡区"),
    ],
)
def test_ambiguous_words_are_weak(gaz: gazetteer.Gazetteer, word: str, unit: str) -> None:
    senses = gaz.senses(word)
    assert senses and all(s.form == "weak" for s in senses)
    assert unit in {s.place.name for s in senses}


@pytest.mark.parametrize(
    ("surface", "form"),
    [("东营", "short"), ("东营市", "name"), ("襄樊", "old"), ("东营区", "name")],
)
def test_a_short_form_goes_to_the_higher_unit(gaz: gazetteer.Gazetteer, surface: str, form: str) -> None:
    # 东营 is 东营市's short form; 东营区 does not get it
    (sense,) = gaz.senses(surface)
    assert sense.form == form


def test_every_unit_has_a_parent_chain_to_a_province(gaz: gazetteer.Gazetteer) -> None:
    for place in gaz.places:
        if place.level in ("city", "county", "zone", "town") and place.adcode:
            top = place.chain[-1]
            assert top.level == "province", place
            assert place.adcode.startswith(top.adcode[:2]), place


def test_zones_of_a_city(gaz: gazetteer.Gazetteer) -> None:
    dongying = gaz.by_adcode["370500"]
    assert {"东营经济技术开发区", "东营港经济开发区"} <= {z.name for z in gaz.zones_of(dongying)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "山东省聊城市东昌府区李海务街道",
            [(0, 3, "山东省"), (3, 6, "聊城市"), (6, 10, "东昌府区"), (10, 15, "李海务街道")],
        ),
        # the longest surface wins: 苏州工业园区 not 苏州
        ("苏州工业园区", [(0, 6, "苏州工业园区")]),
        # a town found from its suffix wins over a shorter surface at the same place
        ("佛山南海区狮山镇", [(0, 2, "佛山"), (2, 5, "南海区"), (5, 8, "狮山镇")]),
        ("", []),
    ],
)
def test_find_all_is_leftmost_longest(
    gaz: gazetteer.Gazetteer, text: str, expected: list[tuple[int, int, str]]
) -> None:
    assert gaz.find_all(text) == expected


def test_find_all_with_extra_keys(gaz: gazetteer.Gazetteer) -> None:
    assert gaz.find_all("第二届江北水城双招双引大会", ("江北水城",)) == [(3, 7, "江北水城")]


def test_data_files_are_compact() -> None:
    data = resources.files("dsz_extract") / "data"
    owned = ["places.tsv.gz", "regions.tsv", "zones.tsv", "countries.tsv", "jieba_domain.txt.gz"]
    assert sum(len((data / name).read_bytes()) for name in owned) < 3_000_000


_SOURCE = Path("/work/shared/data/admin-divisions")


@pytest.mark.skipif(not _SOURCE.is_dir(), reason="the admin-division source data is not on this machine")
def test_places_data_is_not_stale(tmp_path: Path) -> None:
    # data/places.tsv.gz is generated; rerun scripts/build_gazetteer.py after changing the script
    script = Path(__file__).resolve().parents[1] / "scripts" / "build_gazetteer.py"
    out = tmp_path / "places.tsv.gz"
    subprocess.run(
        [sys.executable, str(script), "--source", str(_SOURCE), "--out", str(out)], check=True, capture_output=True
    )
    assert out.read_bytes() == (resources.files("dsz_extract") / "data" / "places.tsv.gz").read_bytes()
    successions = out.with_name("successions.tsv")
    assert successions.read_bytes() == (resources.files("dsz_extract") / "data" / "successions.tsv").read_bytes()


LONGEST_MATCHES = [
    # a key that is the tail of a longer key begun but not finished is still found (pyahocorasick's
    # own iter_long drops it)
    (["新区", "浦东新区建设"], "浦东新区", [(2, 4)]),
    (["新区", "浦东新区建设"], "浦东新区建设好", [(0, 6)]),
    # leftmost first, then longest, then on from its end
    (["开发区", "经济开发区", "区"], "经济开发区和开发区", [(0, 5), (6, 9)]),
    (["ab", "bc", "abcd"], "abc", [(0, 2)]),
]


@pytest.mark.parametrize(("keys", "text", "expected"), LONGEST_MATCHES)
def test_longest_matches_are_leftmost_longest(keys: list[str], text: str, expected: list[tuple[int, int]]) -> None:
    found = LongestMatches((k, k) for k in keys).iter_long(text)
    assert [(end + 1 - len(key), end + 1) for end, key in found] == expected


@given(
    st.lists(st.text(alphabet="abc", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="abcd", max_size=12),
)
def test_longest_matches_find_what_a_regex_alternation_finds(keys: list[str], text: str) -> None:
    found = LongestMatches((k, k) for k in keys).iter_long(text)
    pattern = regex.compile("|".join(regex.escape(k) for k in sorted(set(keys), key=len, reverse=True)))
    assert [(end + 1 - len(key), end + 1) for end, key in found] == [m.span() for m in pattern.finditer(text)]
