"""What a project builds or built, named right after it with the project as the subject left out ("…A项目，总投资150亿元，
将建设年产300万吨特钢生产线"; "其中，总投资35亿元的A项目将建设年产200万台智能家电生产线"): a part of A, not a deal of
its own. records/deals.py asks this beside its 项目将/该项目主要 pattern (the subject said again)."""

from __future__ import annotations

from .. import patterns

# The clause of the project goes on to what it will build: a verb of plans and building right before the name.
_BUILDS_RE = patterns.compile(
    r"(?:将|拟|计划|主要|预计)(?:新|扩|配套|分期|分两期)?(?:建设|建成|兴建|新建|打造|购置|上马|布局)(?:了)?\s*$"
)
# ... or what it built: a verb of building done right before a name that is no project of its own ("A项目建成12英寸
# 硅片生产线", "B产业园建成了电动总成…生产工厂"; not "园区建成了C项目", a park and the project it brought in).
_BUILT_RE = patterns.compile(r"(?:已|已经|先后|相继)?(?:建成|建起|新建了|建设了)(?:了)?\s*$")
_A_PROJECT_OF_ITS_OWN = ("项目", "項目", "工程")
# The words between the project and its part: its amounts and descriptions, within one sentence, not far.
_REACH = 40


def builds_what_it_names(norm: str, project_end: int, name_start: int) -> bool:
    """The name at `name_start` is what the project ending at `project_end` will build (a verb of building right
    before it, the project the subject left out, not far before)."""
    if name_start - project_end > _REACH:
        return False
    return _BUILDS_RE.search(norm, max(project_end, name_start - 8), name_start) is not None


# A sentence opening on the project just told (该项目去年已投入…，今年再投资760亿元，拟建设X): what it will build, however far
# into the sentence, is its part.
# (session 19) So does one opening on a phase of it, the bare 项目 pointing back ("项目二期还将建设中央厨房、鲜湿米粉…等项目").
_OPENS_ON_THE_PROJECT_RE = patterns.compile(
    r"\s*(?:(?:据了解|据悉|据介绍|目前|同时|此外)[，,]\s*)?"
    r"(?:(?:该|此|这个|这一)(?:项目|項目|工程)|(?:项目|項目|工程)(?:[一二三四五]期|首期))"
)


def builds_for_the_project_told(norm: str, sentence_start: int, name_start: int) -> bool:
    """The name at `name_start`, after a verb of building, is what the project its sentence opens on will build."""
    opening = _OPENS_ON_THE_PROJECT_RE.match(norm, sentence_start, name_start)
    return opening is not None and _BUILDS_RE.search(norm, max(opening.end(), name_start - 8), name_start) is not None


# A project opening its sentence as the subject, maybe after its amount (计划投资1.2亿元的A项目将对…进行改造，建设X生产线):
# what a later clause of it builds is its part.
_SUBJECT_LEAD_RE = patterns.compile(
    r"\s*(?:(?:据了解|据悉|据介绍|目前|其中|同时|此外)[，,]\s*)?(?:(?:计划|总|协议)?投资[^，,。；;]{1,12}?的)?"
)
# The clause opens on the verb; its capacity may stand before the name the edge found (建设年产量达17万吨2.0-|2.5mm…生产线).
_CLAUSE_BUILDS_RE = patterns.compile(
    r"[，,](?:并|将|拟|主要|计划|同时|还将|预计)?(?:新|扩|配套|分期)?(?:建设|兴建|新建|打造|建成)(?:了)?[^，,。；;、]{0,16}$"
)


def builds_for_the_subject(norm: str, sentence_start: int, subject: tuple[int, int], name_start: int) -> bool:
    """The name at `name_start` opens a later clause's object of building, and the project `subject` (start, end)
    opens the sentence: what that project builds."""
    start, end = subject
    if not _SUBJECT_LEAD_RE.fullmatch(norm, sentence_start, start) or name_start <= end:
        return False
    return _CLAUSE_BUILDS_RE.search(norm, max(end, name_start - 26), name_start) is not None


def names_a_project_of_its_own(name: str) -> bool:
    """A name with a project head (…项目, …工程) is a project of its own, whatever builds it."""
    return name.endswith(_A_PROJECT_OF_ITS_OWN)


def built_its_part(norm: str, project_end: int, name_start: int, name: str) -> bool:
    """The name at `name_start` is a part the project ending at `project_end` built (its line, its plant)."""
    if name_start - project_end > _REACH or name.endswith(_A_PROJECT_OF_ITS_OWN):
        return False
    return _BUILT_RE.search(norm, max(project_end, name_start - 8), name_start) is not None


# Parts listed inside what they make up (建设包括科研中心、A生产基地在内的北方区区域总部): the parts are no deals. Examples
# of a class of projects (包括A、B等在内的56个项目, …在内的产业链标志性项目) are, and stay so.
_WITHIN_AFTER_RE = patterns.compile(r"(?:等)?在[内內]的(?P<whole>[^，,。；;：:\n]{2,20})")
_A_CLASS = patterns.compile(
    r".*(?:项目|項目|工程|企业|企業)|.*?(?:\d+|[一二两兩三四五六七八九十百千]+)(?:个|個|项|項|批|家)"
)
_INCLUDING_BEFORE_RE = patterns.compile(r"(?r)(?:包括|包含|涵盖|涵蓋)[^，,。；;]{0,60}$")


def parts_of_a_whole(norm: str, start: int, end: int) -> bool:
    """The projects norm[start:end] are listed as parts inside a whole after them (包括A、B在内的C), C no class."""
    within = _WITHIN_AFTER_RE.match(norm, end)
    if within is None or _A_CLASS.match(within.group("whole")) is not None:
        return False
    return _INCLUDING_BEFORE_RE.search(norm, max(0, start - 60), start) is not None
