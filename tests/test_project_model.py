"""The learned reader of project names (dims/project_model.py): its pieces, its policy beside the rules,
and the option that chooses between them. Its accuracy is measured on real pages (test_gold_floors.py,
README "Project names: rules and model"); the sentences here are our own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dsz_extract import Extractor, extract
from dsz_extract.batch.state import extractor_key
from dsz_extract.batch.worker import Settings
from dsz_extract.dims import project, project_model
from dsz_extract.dims.project_model import _Disjoint, _past_lead_words, _pieces, spans_of
from dsz_extract.text import to_simplified

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("labels", "offset", "spans"),
    [
        (["O", "B", "I", "I", "O"], 0, [(1, 4)]),
        (["B", "I", "B", "I"], 10, [(10, 12), (12, 14)]),
        (["I", "I", "O"], 5, [(5, 7)]),  # an I with no B before it opens a span
        (["O", "O", "B"], 0, [(2, 3)]),
        (["O", "O"], 0, []),
    ],
)
def test_labels_become_spans(labels: list[str], offset: int, spans: list[tuple[int, int]]) -> None:
    assert spans_of(labels, offset) == spans


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "临汾经济开发区精密智造项目，乡宁生态文化旅游示范区分散式风电项目",
            ["临汾经济开发区精密智造项目", "乡宁生态文化旅游示范区分散式风电项目"],
        ),
        ("年产1,000吨碳纤维项目", ["年产1,000吨碳纤维项目"]),  # a thousands separator is no clause break
        ("A产业园,B工程", ["A产业园", "B工程"]),
        ("：智慧港项目；", ["智慧港项目"]),
        ("开关、低压电器生产项目", ["开关、低压电器生产项目"]),  # a 、 list inside one name stays
        ("项，目", []),  # no piece of one character
    ],
)
def test_a_name_never_runs_over_a_clause_break(text: str, pieces: list[str]) -> None:
    assert [text[s:e] for s, e in _pieces(text, 0, len(text))] == pieces


@pytest.mark.parametrize(
    ("span", "overlaps", "outside"),
    [
        ((0, 9), True, [(5, 9)]),
        ((3, 12), True, [(5, 10)]),
        ((6, 9), False, [(6, 9)]),
        ((12, 30), True, [(14, 20), (22, 30)]),
        ((21, 23), True, []),
        ((30, 40), False, [(30, 40)]),
    ],
)
def test_disjoint_spans_answer_overlap_and_cut(
    span: tuple[int, int], overlaps: bool, outside: list[tuple[int, int]]
) -> None:
    spans = _Disjoint([(20, 22), (0, 5), (10, 14)])
    assert spans.overlap(span) is overlaps
    assert spans.cut(span) == outside


def _projects(text: str, **options: str) -> list[str]:
    return [m.value.name for m in extract(text, **options).mentions if m.type == "project"]  # type: ignore[arg-type]


# Sentences of our own, the names read by the contract. A learned model's reading of any one sentence can
# change when it is retrained (the model of 405 dev pages took 江苏恒力集团新建 into the name and found 氯碱化工项目;
# the final one the other way round), so the sentences with names are held to a share, the ones without to none.
NAMED = [
    ("11月28日，总投资50亿元的华为云数据中心项目在贵安新区开工。", ["华为云数据中心项目"]),
    (
        "本次集中签约的项目包括年产10万吨锂电池正极材料项目、新能源汽车电机生产基地项目等。",
        ["年产10万吨锂电池正极材料项目", "新能源汽车电机生产基地项目"],
    ),
    ("南昌至九江高速铁路项目今天开工建设。", ["南昌至九江高速铁路项目"]),
    ("浙江华友钴业锂电新材料项目签约落户我县。", ["浙江华友钴业锂电新材料项目"]),
    ("總投資20億元的光電產業園項目昨日動工。", ["光电产业园项目"]),
    ("签约总投资30亿元的氯碱化工项目。", ["氯碱化工项目"]),
    ("签约总投资30亿元的氯碱化工项目，柔性引进李德仁院士。", ["氯碱化工项目"]),
    ("江苏恒力集团新建年产150万吨PTA项目。", ["年产150万吨PTA项目"]),
    ("宁德时代投资120亿元建设的动力电池生产基地项目正式投产。", ["动力电池生产基地项目"]),
    ("会上，共签约雄安新区智慧物流园、保定光伏组件生产线等12个项目。", ["雄安新区智慧物流园", "保定光伏组件生产线"]),
]
UNNAMED = [
    "全市实际到位资金140.5亿元，同比增长16%。",
    "签约仪式上，共签约项目12个，总投资86亿元。",
    "今年我县柔性引进了李德仁院士、王建国教授等专家。",
    "全县新开工亿元以上项目35个，完成投资62亿元。",
]


def test_the_model_names_the_projects_of_most_clear_sentences() -> None:
    wrong = [(text, got) for text, names in NAMED if (got := [to_simplified(n) for n in _projects(text)]) != names]
    assert len(wrong) <= len(NAMED) // 5, wrong


@pytest.mark.parametrize("text", UNNAMED)
def test_the_model_names_no_project_where_there_is_none(text: str) -> None:
    assert _projects(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "签约总投资30亿元的氯碱化工项目。",
        "签约总投资30亿元的氯碱化工项目，柔性引进李德仁院士。",
        "今年我县柔性引进了李德仁院士、王建国教授等专家。",
    ],
)
def test_money_and_persons_are_never_inside_a_model_name(text: str) -> None:
    report = extract(text)
    inside = [(m.start, m.end) for m in report.mentions if m.type in ("money", "person")]
    for name in (m for m in report.mentions if m.type == "project"):
        assert not any(s < name.end and name.start < e for s, e in inside), name.text
    assert [m.value.amount for m in report.mentions if m.type == "money"] == [3000000000] * ("30亿元" in text)
    assert "李德仁" in [m.value.name for m in report.mentions if m.type == "person"] or "李德仁" not in text


def test_names_without_a_head_stay_the_rules() -> None:
    # firms standing for their projects in a list: the list rules find them, the model reads heads
    names = _projects("中电建汉江源、嘉欣生物制品加工、鼎荣新型建材项目集中签约。")
    assert names[:2] == ["中电建汉江源", "嘉欣生物制品加工"]


def test_rules_mode_keeps_the_rules_names() -> None:
    assert _projects("江苏恒力集团新建年产150万吨PTA项目。", projects="rules") == ["年产150万吨PTA项目"]
    assert Extractor(projects="rules").projects == "rules"
    assert Extractor().projects == "model"


def test_an_unknown_reader_is_refused() -> None:
    with pytest.raises(ValueError, match="projects must be one of model, rules"):
        Extractor(projects="crf")  # type: ignore[arg-type]


def test_the_cli_takes_the_reader(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("江苏恒力集团新建年产150万吨PTA项目。", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "dsz_extract.cli", str(page), "--projects", "rules"], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert [m["value"]["name"] for m in report["mentions"] if m["type"] == "project"] == ["年产150万吨PTA项目"]
    bad = subprocess.run([sys.executable, "-m", "dsz_extract.cli", str(page), "--projects", "crf"], capture_output=True)
    assert bad.returncode == 2


def test_a_batch_run_with_the_rules_is_another_run() -> None:
    # the state key decides what a re-run redoes; the default keeps the key of runs before the option
    assert extractor_key(Settings(projects="rules")) != extractor_key(Settings())
    assert extractor_key(Settings(projects="model")) == extractor_key(Settings())


def test_the_model_is_the_one_the_script_builds() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_project_model
    finally:
        sys.path.pop(0)
    meta = project_model.metadata()
    assert meta["sentence_chars"] == train_project_model.SENTENCE_CHARS
    assert meta["params"] == train_project_model.PARAMS
    assert meta["trained_on"] == "corpus/real/dev/gold, corpus/gold, corpus/dev/gold"
    assert meta["pages"] == sum(len(list(folder.glob("*.json"))) for folder in train_project_model.GOLD_DIRS)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        (
            "江苏省重大项目集中开工。南通海门盛宏科技多层高密度印制线路板当天开工建设。",
            "南通海门盛宏科技多层高密度印制线路板",
            "海门区",
        ),
        (
            "四川省举行重大项目集中签约，大邑远星橡胶智能交通装备制造成功签约。",
            "大邑远星橡胶智能交通装备制造",
            "大邑县",
        ),
        ("全省集中开工项目56个。盐城大丰天合10GW光伏组件正式开工。", "盐城大丰天合10GW光伏组件", "大丰区"),
    ],
)
def test_a_place_inside_a_model_name_places_its_deal(
    monkeypatch: pytest.MonkeyPatch, text: str, name: str, place: str
) -> None:
    # the place pass read the place as a mention of its own (no rule name held it); the model's name takes its
    # span, and the place stays the name's own, as inside the rules' names (records/deal_places.py)
    start = text.index(name)
    monkeypatch.setattr(project_model, "mentions", lambda doc: [project.mention(doc, start, start + len(name))])
    report = extract(text)
    assert [(d.projects, d.place) for d in report.deals] == [([name], place)]
    assert not any(m.type == "place" and start <= m.start < start + len(name) for m in report.mentions)


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("如一汽大众华北生产基地", "一汽大众华北生产基地"),
        ("促成华润数科华西区域总部项目", "华润数科华西区域总部项目"),
        ("新建大邑县委党校项目", "大邑县委党校项目"),
        ("包括智能装备产业园项目", "智能装备产业园项目"),
        ("涵盖新能源电池生产线项目", "新能源电池生产线项目"),
        # a name opening with the same character as a lead word, in a word of its own, keeps it
        ("如意岛旅游度假区项目", "如意岛旅游度假区项目"),
        ("以色列产业园项目", "以色列产业园项目"),
        ("和平区污水处理厂", "和平区污水处理厂"),
        ("从化温泉小镇项目", "从化温泉小镇项目"),
        # two characters of name are left at least
        ("在建项目", "在建项目"),
    ],
)
def test_a_model_name_loses_the_words_opening_its_clause(span: str, name: str) -> None:
    assert span[_past_lead_words(span, 0, len(span)) :] == name
