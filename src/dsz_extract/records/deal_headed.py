"""Projects a sentence points back at without naming them (records/deals.py reads them as pointed back at, as it does
该项目):

- a project named alone as the heading of a list item ("（三）农产品冷链物流中心项目。", "1.精密铸造产业园项目") or
  a table's row ("项目名称：A项目；总投资：12亿元"), the sentence right after it giving money with its subject left
  out ("总投资3.5亿元，建设冷库5万吨"), and so is one opening its sentence as the subject in the same paragraph
  ("A项目由X投资建设。总投资60亿元");
- the projects the sentence before named, counted ("A项目和B项目同日签约。两个项目总投资分别为12亿元和8亿元"): the
  amounts told one for one are theirs."""

from __future__ import annotations

from .. import patterns
from .context import Reading
from .sentence import Sentence

# What may stand before the project in its heading: an item number ("（三）", "1.", "一、", "①") and nothing else.
# Or the label of a table's row ("项目名称：").
_ITEM_NUMBER_RE = patterns.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[、.．]|[①-⑳])?\s*"
    r"(?:项目名称\s*[:：]\s*)?"
)
# What may close the heading after the project: a full stop, a semicolon (a table's row) or nothing (a line).
_HEADING_END_RE = patterns.compile(r"\s*[。；;]?\s*")
# A project opening its sentence as the subject ("“A项目”由X、Y共同合作。", "据悉，A项目位于城东新区。"): the sentence
# after it in the paragraph telling the money with its subject left out tells that project's.
_SUBJECT_OPENING_RE = patterns.compile(r"\s*(?:(?:据悉|据了解|据介绍|目前|其中)[，,]\s*)?[“「\"]?")


def _subject_of(reading: Reading, before: Sentence, sent: Sentence, project: object) -> bool:
    start = project.start  # type: ignore[attr-defined]
    return before.paragraph == sent.paragraph and bool(
        _SUBJECT_OPENING_RE.fullmatch(reading.norm, before.span.start, start)
    )


# The sentence after opens on the project's money, its subject left out ("总投资3.5亿元", "计划总投资12亿元").
# A table's row may label it 投资额 or 投资金额 ("项目名称：A项目；投资额：8亿元").
_MONEY_OPENING_RE = patterns.compile(
    r"\s*(?:计划|预计|估算)?(?:总投资|投资总额|总投资额|總投資|(?:投资额|投资金额|投資額|投資金額)(?=\s*[:：]))"
)


# "两个项目", "这两个项目", "上述3个项目" opening the sentence, then their money.
_COUNTED_BACK_RE = patterns.compile(
    r"\s*(?:(?:据了解|据悉|据介绍|其中)[，,]\s*)?(?:这|上述|以上)?(?P<n>[两二三四五六七八九2-9])(?:个|大)?(?:项目|工程)"
    r"(?=[^。；;]{0,12}?(?:计划|总|协议)?投资)"
)
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def pointed_back_unnamed(reading: Reading, sent: Sentence) -> list[tuple[str, int, int]]:
    """(project name, start, end of the words pointing at it) for each project the sentence points back at."""
    headed = project_of_the_heading_before(reading, sent)
    if headed is not None:
        return [(headed[0], headed[1], headed[1])]
    return _projects_counted_back(reading, sent)


def _projects_counted_back(reading: Reading, sent: Sentence) -> list[tuple[str, int, int]]:
    found = _COUNTED_BACK_RE.match(reading.norm, sent.span.start, sent.span.end)
    if found is None or sent.index == 0 or sent.of_type("project"):
        return []
    before = reading.sentences[sent.index - 1]
    if before.paragraph != sent.paragraph:
        return []
    n = found.group("n")
    count = _COUNTS.get(n) or int(n)
    names = list(dict.fromkeys(m.value.name for m in before.of_type("project")))
    if len(names) != count:
        return []
    return [(name, found.start("n"), found.end()) for name in names]


# What the project builds, after a verb of building (总投资120亿元，建设|年产10万吨正极材料生产线): a part, no other project.
_BUILDS_BEFORE_RE = patterns.compile(r"(?:主要|计划|拟|将)?(?:建设|新建|扩建|建成|兴建|购置|上马)(?:了)?$")


def _names_its_own(reading: Reading, sent: Sentence) -> bool:
    """The sentence names a project of its own (not only what the headed project builds)."""
    norm = reading.norm
    return any(
        _BUILDS_BEFORE_RE.search(norm, max(sent.span.start, p.start - 6), p.start) is None
        for p in sent.of_type("project")
    )


def _modifies_a_noun(reading: Reading, sent: Sentence) -> bool:
    """The money opening the sentence is a modifier (总投资10亿元的配套项目正在招商): its subject is that noun."""
    money = next(iter(sent.of_type("money")), None)
    return money is not None and reading.norm.startswith("的", money.end)


# Another labelled row of the table between the project's and the money's (项目名称：A项目；投资主体：X公司；建设地点：Y；
# 总投资：120亿元): it tells more of the same project.
_OTHER_ROW_RE = patterns.compile(r"\s*\p{Han}{2,6}\s*[:：]")
_OTHER_ROWS = 3


def _past_other_rows(reading: Reading, sent: Sentence) -> Sentence:
    """The sentence before `sent`, past the labelled rows of a table (no project, no money) right before it."""
    i = sent.index - 1
    while i > 0 and sent.index - i <= _OTHER_ROWS:
        row = reading.sentences[i]
        if (
            row.paragraph != reading.sentences[i + 1].paragraph - (row.paragraph != sent.paragraph)
            or not _OTHER_ROW_RE.match(reading.norm, row.span.start, row.span.end)
            or row.of_type("project", "money")
        ):
            break
        i -= 1
    return reading.sentences[i]


def project_of_the_heading_before(reading: Reading, sent: Sentence) -> tuple[str, int] | None:
    """(the project the sentence before names as its whole heading, where this sentence's money words start), when
    this sentence opens on the money with its subject left out."""
    opening = _MONEY_OPENING_RE.match(reading.norm, sent.span.start, sent.span.end)
    if opening is None or sent.index == 0 or _names_its_own(reading, sent) or _modifies_a_noun(reading, sent):
        return None
    before = _past_other_rows(reading, sent)
    rows = sent.index - 1 - before.index  # labelled rows between, each maybe a line of its own
    if not sent.paragraph - 1 - rows <= before.paragraph <= sent.paragraph:
        return None
    projects = before.of_type("project")
    if len(projects) != 1 or before.of_type("money"):
        return None
    project = projects[0]
    norm = reading.norm
    heading = _ITEM_NUMBER_RE.fullmatch(norm, before.span.start, project.start) and _HEADING_END_RE.fullmatch(
        norm, project.end, before.span.end
    )
    if not heading and not _subject_of(reading, before, sent, project):
        return None
    start = opening.start() + len(opening.group()) - len(opening.group().lstrip())
    return project.value.name, start
