"""Rule 1 of dims/org.py: organisations found by their suffix (有限公司, 集团, 大学, 研究院, 商务局, 日报 …).

Every suffix of data/lexicon/org_suffixes.tsv ends a candidate; its start is the left edge of the name
(`_names.left_edge`: boundary words such as 签约/与/由/在/的, punctuation, earlier mentions, the end of an
earlier organisation unless this one is a unit of it, like 济南大学文旅学院). A registered form right after
a name found, or after it and a trade of generic words, runs it on (泉州华厦眼科医院|有限公司, 新鸿基地产|发展
有限公司), a registered firm right after its group is the group's subsidiary (中国大唐集团|太阳能产业有限公司), a project read where the firm's name goes on is part of it
(云南中科胚胎工程|生物技术有限公司), and a department suffix right after a ministry or government is its
unit (经济部|投资业务处). The tests that drop a candidate (generic stems, governments named after no
place, department suffixes with no department word, 中心 without a place) are in `_suffix_candidate`.

`kind_of` and `government_stem` are shared with the judging of names found elsewhere (dims/org.py's
`suffix_supports` and `org_kind`, used by the LAC and HanLP backends).
"""

from __future__ import annotations

from typing import Any

from .. import gazetteer, patterns
from ..tokenize import cut
from . import _names
from ._names import Boundaries, Taken, words
from ._org_departments import BUREAU_END, bare_unit, department_of, seat_after_department
from ._org_edges import (
    WORKS_SUFFIXES,
    after_place_and_building_verb,
    built_kind,
    party_seat,
    past_governing_word,
    past_locative,
    past_unopened_bracket,
    station_class,
    suffix_matches,
    whole_quote,
)
from ._org_fields import first_field_start, two_field_unit
from ._org_levels import (
    PLACE_ENDS,
    PLACE_PREFIX,
    TASK_SUFFIXES,
    over_steering_verb,
    places_tail,
    segmented_department,
    short_or_place,
    task_named_body,
    unit_of_national_body,
)
from ._org_prefixes import over_placed_conjunction, past_class_noun, past_trader_origin
from ._org_words import (
    ANAPHORIC_PLACE,
    FLAGS,
    KIND,
    MIN_STEM,
    NOT_BEFORE,
    SUFFIX,
    SUFFIX_LENGTHS,
    class_of_groups,
    is_generic,
    leading_place,
    names_a_function,
)

# --- data ----------------------------------------------------------------------------------------

_DEPARTMENTS = (*sorted(words("gov_departments.txt"), key=len, reverse=True), "教", "科", "侨", "外", "政府")
# Department words that hold a boundary character (和, 及, 暨): 住房和城乡建设局, 劳工及福利局, 统计暨普查局.
_DEPARTMENTS_WITH_AND = (*(d for d in _DEPARTMENTS if "和" in d or "及" in d or "暨" in d), "发展和改革", "发展改革")
_DEPARTMENT_WORDS = frozenset(_DEPARTMENTS)
_NATIONAL = "全国"
_FIRM_FORM_KINDS = ("company", "group")
# The legal forms that end a registered name; a group's or holding's word before one (集团, 控股) is its form too.
_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "株式会社")
_FIRM_FORM_ONLY = patterns.compile(
    rf"(?:{_names.alternation(s for s, k in KIND.items() if k in _FIRM_FORM_KINDS)}|有限|责任|股份|控股)+"
)
_NATION = "中华"
_NATIONAL_KINDS = ("government", "association")
_VENUES = words("org_venues.txt")

# State-owned construction and rail groups whose units are called 局 (中铁十四局, 中建八局).
_ENTERPRISE_BUREAU = patterns.compile(r"中(?:铁|建|交|水|冶|电|核|煤|化|石油|石化|能建|国水电)[\p{Han}0-9]{0,5}")
_MAX_STEM = 28
# The kinds a firm's name is written with: a class or an origin may stand before it.
_FIRM_KINDS = frozenset(("company", "group"))

_HAN = patterns.compile(r"\p{Han}+")
_RESEARCH_WORD = patterns.compile("研究|研发|技术|实验|工程")


# --- rule 1: suffixes ----------------------------------------------------------------------------


# A firm told by its kind before its name (南玻集团下属|公司|东莞南玻光伏科技有限公司, 所属企业X): the kind word
# is no part of the name, which stands in full after it.
_KIND_WORDS = ("子公司", "公司", "企业")
_MIN_NAME_AFTER_KIND = 4


def _past_a_kind_word(text: str, start: int, s_start: int) -> int:
    for word in _KIND_WORDS:
        if text.startswith(word, start) and s_start - start - len(word) >= _MIN_NAME_AFTER_KIND:
            return start + len(word)
    return start


def stem_fits(stem: str, suffix: str) -> bool:
    """What a suffix asks of the stem right before it: a department word before a department's suffix
    (商务|厅, 中铁十局; not 中华|厅, 格|局), and no venue word before a body's suffix that venues share
    (会展|中心 is a place)."""
    flags = FLAGS[suffix]
    if "dept" in flags and not (
        _dept_ok(stem, suffix)
        or (suffix in ("局", "分局") and _ENTERPRISE_BUREAU.fullmatch(stem))
        or task_named_body(stem, suffix)
    ):
        return False
    return not ("venue" in flags and stem.endswith(_VENUES))


def _dept_ok(stem: str, suffix: str) -> bool:
    return stem.endswith(_DEPARTMENTS) or (suffix in TASK_SUFFIXES and segmented_department(stem))


def _placed_ok(name: str, suffix: str) -> bool:
    """A 中心 names a body when it starts with a place (东昌府区…) or holds the body it belongs to."""
    stem = name[: len(name) - len(suffix)]
    if SUFFIX.search(stem):
        return True
    m = PLACE_PREFIX.match(name) or _bare_province(name, suffix)
    if m is None or ANAPHORIC_PLACE.match(name):
        return False
    return suffix != "中心" or len(name) - len(suffix) - m.end() >= 2


def _bare_province(name: str, suffix: str) -> Any:
    """A province written without its suffix before three characters or more of a 中心's own words
    (甘肃|媒体版权保护|中心): a province's body, as with 甘肃省…"""
    m = leading_place().match(name)
    return m if m is not None and len(name) - len(suffix) - m.end() >= 3 else None


def _weak_ok(bounds: Boundaries, start: int, stem: str, end: int, taken: Taken) -> bool:
    """科技/控股/股份/地产 end a name only around a short proper stem with clear edges (旷视科技联合…),
    not a field a government has a department for (工业|地产, 金融|科技)."""
    if not 2 <= len(stem) <= 4 or not _HAN.fullmatch(stem) or stem in _DEPARTMENT_WORDS:
        return False
    return bounds.clear_left(start, taken) and bounds.clear_right(end)


def kind_of(name: str, suffix: str, stem: str) -> str:
    kind = KIND[suffix]
    if suffix in ("局", "分局") and _ENTERPRISE_BUREAU.fullmatch(stem):
        return "company"
    if suffix == "中心":
        if "融媒体" in name:
            return "media"
        if _RESEARCH_WORD.search(stem):
            return "research"
        return "government"
    if kind == "government" and ("有限" in name or "股份" in name):
        return "company"
    return kind


def _suffix_candidate(
    bounds: Boundaries, s_start: int, end: int, org_ends: list[int], taken: Taken
) -> tuple[int, int, str] | None:
    """(start, end, kind) of the organisation whose suffix is text[s_start:end], or None."""
    text = bounds.text
    suffix = text[s_start:end]
    flags = FLAGS[suffix]
    not_before = NOT_BEFORE[suffix]
    if not_before is not None and not_before.match(text, end):
        return None
    if taken.covering(s_start, end, "event", "project") is not None:
        return None
    cuts = taken.ends_between(s_start - _names.MAX_NAME, s_start)
    if "event" in flags and taken.ending_at(s_start, "event") is not None:
        cuts = [c for c in cuts if c != s_start]
    if "registered" in flags:
        cuts = [c for c in cuts if not _project_inside_firm(bounds, taken, c)]
    if "sub" not in flags and org_ends and org_ends[-1] > s_start - _names.MAX_NAME:
        cuts = sorted([*cuts, *(e for e in org_ends[-4:] if e <= s_start)])
    start = bounds.left_edge(s_start, cuts=cuts)
    if "registered" in flags and start == s_start and s_start not in cuts and _trade_word_before(bounds, s_start):
        # 浙江华美包装|有限公司: a registered firm always has a stem, so a boundary word right before its form is its
        # trade (包装, 建设), not where its name starts
        start = bounds.left_edge(s_start - bounds.word_ending(s_start), cuts=cuts)
    if KIND[suffix] == "government":
        start = over_steering_verb(text, _over_department(bounds, start, s_start, cuts), s_start, suffix)
    elif "registered" in flags:
        start = _over_inner_joint(bounds, _over_inner_and(bounds, start, s_start, cuts, suffix), s_start, cuts)
    elif KIND[suffix] == "association":
        start = _over_members(bounds, start, cuts)
    start = _after_building_verb(text, start, s_start)
    after_verb = after_place_and_building_verb(text, start, s_start) if built_kind(suffix) else None
    if after_verb is not None:
        if suffix in WORKS_SUFFIXES:
            return None  # 在上海建设|超级工厂: a plant built in a place, no firm
        start = after_verb  # 沈阳市铁西区建设|研发中心: what is built there, judged on its own
    start = past_unopened_bracket(text, start, s_start)
    start = past_governing_word(text, start, s_start, end)
    start = _past_a_kind_word(text, start, s_start)
    start = _names.past_leading_noise(text, start, s_start, terms="event" not in flags)
    if KIND[suffix] in _FIRM_KINDS:
        start = past_trader_origin(text, past_class_noun(text, start, s_start), s_start)
        start = over_placed_conjunction(bounds, start, s_start, cuts)
    if KIND[suffix] in _NATIONAL_KINDS and text.endswith(_NATIONAL, 0, start):
        start -= len(_NATIONAL)  # 全国|博管办, 全国|工商联: a national body is named with its reach
        if text.endswith(_NATION, 0, start):
            start -= len(_NATION)  # 中华全国|工商业联合会, 中华全国|总工会
    stem = text[start:s_start]
    if _BUILT_WORKS.search(stem) and suffix in WORKS_SUFFIXES:
        return None  # 在当地建设|新工厂: a facility being built, no firm
    if not stem:
        # A bare committee before 常委 is the body the person's seat is in (市委|常委、副市长), as with
        # any body before a title; before 常委会 it is part of that body's name.
        return (start, end, KIND[suffix]) if "bare" in flags and not text.startswith("常委会", end) else None
    if "bare" in flags and not short_or_place(stem, suffix):
        at = places_tail(stem, suffix)
        if at is None:
            return None
        start, stem = start + at, stem[at:]  # 讲话|陕西省铜川市印台区委: the words before the places are none of it
    if len(stem) > _MAX_STEM or len(stem) < (1 if "bare" in flags else MIN_STEM):
        return None
    if KIND[suffix] in _FIRM_FORM_KINDS and _FIRM_FORM_ONLY.fullmatch(stem):
        return None  # 签约|集团|有限公司, 集团有限|公司: the words of a firm's form are no name of one
    if (
        _generic_stem(stem, suffix, start in org_ends[-4:])
        or ANAPHORIC_PLACE.fullmatch(stem)
        or text[start - 1 : start] == "各"
    ):
        return None  # 各|旗区人民政府, 各|地市外国专家局: a class of bodies
    if KIND[suffix] == "government" and bounds.word_at(start) >= len(stem):
        return None  # 联通|政府: a verb and its object
    if suffix in GOVERNMENT_SUFFIXES and not government_stem(stem.removesuffix("人民")):
        return None  # 刘某作|政府工作报告: a government is named after its place (县|人民政府 too)
    if not stem_fits(stem, suffix):
        return None
    name = text[start:end]
    if "placed" in flags and not _placed_ok(name, suffix):
        return None
    if names_a_function(stem, suffix):
        return None  # 国际科技创新中心, 国家重点实验室: what a place builds or aims at, no body
    if "weak" in flags and not _weak_ok(bounds, start, stem, end, taken):
        return None
    if "named" in flags and station_class(stem):
        return None
    kind = kind_of(name, suffix, stem)
    if kind == "company" and "有限" not in suffix:
        start = _after_zone(text, start, s_start)
    if kind in ("company", "group", "research"):
        start = past_locative(text, start, s_start)
    return start, end, kind


def _generic_stem(stem: str, suffix: str, after_body: bool) -> bool:
    """A stem of generic words names no body (该公司, 人才公司), unless it is the department word of an
    office written right after the body it belongs to (市委|人才办)."""
    if after_body and "dept" in FLAGS[suffix] and stem in _DEPARTMENT_WORDS:
        return False
    if class_of_groups(stem, suffix):
        return True
    return is_generic(stem, KIND[suffix]) and not task_named_body(stem, suffix)


def _project_inside_firm(bounds: Boundaries, taken: Taken, cut: int) -> bool:
    """A project read where a registered name goes on without a break is the start of the firm's name
    (云南中科胚胎工程|生物技术有限公司): the longer name holds it."""
    project = taken.ending_at(cut, "project")
    return (
        project is not None
        and not bounds.text.endswith("项目", project.start, cut)
        and not _names.is_edge_char(bounds.text, cut)
        and not bounds.ends_at(cut)
    )


def _over_department(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """Move a cut that falls inside a department word back over it (自然资源和规划局, not 规划局)."""
    text = bounds.text
    for dept in _DEPARTMENTS_WITH_AND:
        d_start = stem_end - len(dept)
        if d_start < start < stem_end and text.startswith(dept, d_start):
            return bounds.left_edge(d_start, cuts=cuts)
    return start


def _over_inner_and(bounds: Boundaries, start: int, stem_end: int, cuts: list[int], suffix: str) -> int:
    """A registered name is never two characters long before its legal form: a 和 cutting it that short is
    inside it (日本东和|精机株式会社, 大和|证券株式会社); a group's or holding's form word counts (该县和|国动控股有限公司)."""
    form_words = len(suffix) - len(next((f for f in _LEGAL_FORMS if suffix.endswith(f)), ""))
    if stem_end - start + form_words <= 2 and bounds.text[start - 1 : start] == "和":
        return bounds.left_edge(start - 1, cuts=cuts)
    return start


def _over_members(bounds: Boundaries, start: int, cuts: list[int]) -> int:
    """An association is named after its place and its members (温州市|企业家|协会, 市青年|企业家|协会): a
    member word the boundary list holds (企业家) is inside the name when a place or a level stands before it."""
    word = bounds.word_ending(start)
    if word == 0:
        return start
    before = bounds.left_edge(start - word, cuts=cuts)
    head = bounds.text[before : start - word]
    placed = bool(PLACE_PREFIX.match(head)) or bool(gazetteer.get().lookup(head))
    if bounds.text[start - 1] in _CONJUNCTIONS and _only_a_place(head):
        return start  # 镇远县与|浙江商会, 该省与|香港中华总商会: a place and a conjunction sign with the association
    return before if head and placed and _HAN.fullmatch(head) else start


# Conjunctions and the 向 of a speech or gift that stand between a place and an association (同 is not one: 欧美|同学会).
_CONJUNCTIONS = frozenset("与和及向跟")


def _only_a_place(head: str) -> bool:
    """The words before a conjunction are a place and nothing else (镇远县, 该省), not the first half of a body's
    name (中国植物生理|与|植物分子生物学会)."""
    return bool(PLACE_PREFIX.fullmatch(head) or ANAPHORIC_PLACE.search(head) or gazetteer.get().lookup(head))


_JOINT = "联合"
_MAX_JOINT_STEM = 4


def _over_inner_joint(bounds: Boundaries, start: int, stem_end: int, cuts: list[int]) -> int:
    """联合 right before a short stem of a registered name is part of it (中电光谷|联合|控股有限公司,
    |联合|环球股份有限公司): a firm is not 'jointly' a holding; 联合 ending a verb phrase has a verb after it
    (联合|成立), which ends the stem first."""
    if bounds.text[start - len(_JOINT) : start] != _JOINT or stem_end - start > _MAX_JOINT_STEM:
        return start
    return bounds.left_edge(start - len(_JOINT), cuts=cuts)


# Building a body is no part of its name (加快建设|南湖实验室, 签约组建|长三角创新中心); a name made of
# the verb and a bare suffix is one (建设银行).
_BUILDING_VERB = patterns.compile(r"(?:建设|新建|组建|筹建|共建|设立|成立)")


# A factory told built (在苏州投资建设新工厂, 计划新建一座工厂) is the works of a project, no firm.
_BUILT_WORKS = patterns.compile(r"(?:建设|新建|兴建|扩建|筹建|建成)(?:新|一座|一家|一个)?$")


def _after_building_verb(text: str, start: int, stem_end: int) -> int:
    m = _BUILDING_VERB.match(text, start, stem_end)
    if m is None or stem_end - m.end() < MIN_STEM or is_generic(text[m.end() : stem_end], "research"):
        return start
    if SUFFIX.match(text, m.end()):
        return start  # 建设|银行青岛分行: the verb and a suffix are the parent's name
    return m.end()


# A development zone before a firm's short name is where it is, not part of its name
# (东营高新区|科瑞公司); a registered name keeps its place (聊城市四维自动化科技有限公司).
_ZONE_PREFIX = patterns.compile(r"[\p{Han}]{1,8}?(?:高新区|开发区|经开区|新区|园区|工业园|产业园|保税区|自贸区)")


def _after_zone(text: str, start: int, stem_end: int) -> int:
    m = _ZONE_PREFIX.match(text, start, stem_end)
    return m.end() if m and stem_end - m.end() >= MIN_STEM else start


def _short_department(text: str, body: tuple[int, int, str], s_start: int, end: int) -> bool:
    stem = text[body[1] : s_start]
    return len(stem) == 1 and stem in _DEPARTMENTS and "dept" in FLAGS[text[s_start:end]]


def _shorter_suffix_candidate(
    bounds: Boundaries, s_start: int, end: int, org_ends: list[int], taken: Taken
) -> tuple[int, int, str] | None:
    """The longest suffix may reach into the name (香港特别行政|区政府): try the shorter ones ending there."""
    text = bounds.text
    for n in SUFFIX_LENGTHS:
        if n < end - s_start and text[end - n : end] in KIND:
            cand = _suffix_candidate(bounds, end - n, end, org_ends, taken)
            if cand is not None:
                return cand
    return None


_BRACKETED = patterns.compile(r"[（(][\p{Han}]{2,8}[）)]")


def _runs_on(text: str, found: tuple[int, int, str], suffix_start: int, suffix_end: int) -> bool:
    """A registered form right after a name found (医院|有限公司), or after its bracketed seat ((深圳));
    a group's form right after a firm (中铁十四局|集团有限公司)."""
    suffix = text[suffix_start:suffix_end]
    if "registered" in FLAGS[suffix]:
        return found[1] == suffix_start or bool(_BRACKETED.fullmatch(text, found[1], suffix_start))
    return found[1] == suffix_start and found[2] == "company" and suffix.startswith("集团")


def _trade_runs_on(bounds: Boundaries, found: tuple[int, int, str], suffix_start: int, suffix_end: int) -> bool:
    """A registered form after a firm found and a trade of generic words (新鸿基地产|发展|有限公司, 某某科技|
    实业|有限公司): one registered name, not a firm and a nameless company."""
    text = bounds.text
    stem = text[found[1] : suffix_start]
    return (
        "registered" in FLAGS[text[suffix_start:suffix_end]]
        and found[2] in ("company", "group")
        and 0 < len(stem) <= _MAX_TRADE_RUN
        and _HAN.fullmatch(stem) is not None
        and is_generic(stem)
        and not bounds.ends_between(found[1], suffix_start - 1)
    )


_MAX_TRADE_RUN = 4


# A unit of a ministry or a government written right after it (经济部|投资业务处, 市政府|外事办公室);
# a party committee's units are named by their department words (市委|组织部, not 省委|决策部署).
_MINISTRY_END = ("部", "政府", "厅", "国务院", "大使馆", "领事馆", *BUREAU_END)
_UNIT_STEM = patterns.compile(r"\p{Han}{2,8}")


def _unit_of_parent(bounds: Boundaries, parent: tuple[int, int, str], s_start: int, end: int) -> bool:
    text = bounds.text
    suffix = text[s_start:end]
    not_before = NOT_BEFORE[suffix]
    return (
        "dept" in FLAGS[suffix]
        and (not_before is None or not not_before.match(text, end))
        and parent[2] == "government"
        and text.endswith(_MINISTRY_END, parent[0], parent[1])
        and _UNIT_STEM.fullmatch(text, parent[1], s_start) is not None
        and not bounds.ends_between(parent[1], s_start - 1)
        and _no_verb_over(text, parent[1], s_start, end)
    )


def _no_verb_over(text: str, lo: int, pos: int, end: int) -> bool:
    """The suffix text[pos:end] is no half of a two-character word of jieba's reading of text[lo:end]
    (市政府|连续七年举|办 is 举办, 市政府|工作部|署 is 部署), nor cut by a word running past it;
    a word ending with it is a unit's name (经济部|投资业务|处, 经济部|工业局)."""
    at = lo
    for word in cut(text[lo:end], hmm=False):
        w_end = at + len(word)
        if w_end > pos:
            return at == pos or (w_end == end and len(word) > 2)
        at = w_end
    return False


def _subsidiary_of(text: str, group: tuple[int, int, str], firm: tuple[int, int, str]) -> bool:
    """A registered firm written right after its group is one name: the group's subsidiary
    (中国大唐集团|太阳能产业有限公司); a body before a firm is not (市政府|…有限公司 has a verb between)."""
    return group[1] == firm[0] and text.endswith("集团", group[0], group[1])


# An academy's institute named by its short form 所 (中国科学院|昆明植物所, 中国医学科学院|药物所): 所 alone
# is no suffix (所有, 所在, 研究所 is one), so it is read only right after an academy found.
_ACADEMY_END = ("科学院", "中科院", "社科院", "农科院", "林科院", "医科院")
_ACADEMY_INSTITUTE = patterns.compile(r"\p{Han}{2,8}?所(?![长属有在以谓得需])")


def _academy_institute(bounds: Boundaries, taken: Taken, academy: tuple[int, int, str]) -> int | None:
    """The end of the institute written right after the academy `academy`, or None."""
    text = bounds.text
    if not text.endswith(_ACADEMY_END, academy[0], academy[1]):
        return None
    m = _ACADEMY_INSTITUTE.match(text, academy[1])
    if m is None or bounds.ends_between(academy[1], m.end() - 1) or bounds.ends_at(m.end() - 1):
        return None
    if taken.overlapping(academy[1], m.end()) or SUFFIX.search(text, academy[1], m.end() - 1):
        return None
    return m.end()


def with_academy_institutes(
    bounds: Boundaries, taken: Taken, found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Academies found, run on over the institute they name (中国科学院|昆明植物所)."""
    out = []
    for org in found:
        end = _academy_institute(bounds, taken, org)
        out.append(org if end is None else (org[0], end, "research"))
    return out


# Boundary words that are never a registered firm's trade (与X签约|有限公司 cannot be read as a name).
_NEVER_A_TRADE = frozenset(("签约", "签署", "签订", "签下", "引进", "引入", "落户", "落地", "入驻", "授予", "招引"))


def _trade_word_before(bounds: Boundaries, at: int) -> bool:
    """A boundary word of two or more characters ends at `at` and may be a firm's trade (包装, 建设)."""
    length = bounds.word_ending(at)
    return length >= 2 and bounds.text[at - length : at] not in _NEVER_A_TRADE


def by_suffix(bounds: Boundaries, taken: Taken) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    org_ends: list[int] = []
    for s_start, end in suffix_matches(bounds.text):
        if found and found[-1][1] == s_start and party_seat(bounds.text, s_start, end):
            continue
        registered = "registered" in FLAGS[bounds.text[s_start:end]]
        if found and (
            _runs_on(bounds.text, found[-1], s_start, end) or _trade_runs_on(bounds, found[-1], s_start, end)
        ):
            # 腾讯科技|(深圳)|有限公司, 泉州华厦眼科医院|有限公司: a name found by a shorter suffix runs on
            # to its registered form
            found[-1] = (found[-1][0], end, KIND[bounds.text[s_start:end]])
            org_ends[-1] = end
            continue
        if found and two_field_unit(bounds, found[-1], s_start, end):
            # 青海民族大学|民族学与社会学|学院: a school or institute of the host, named after two fields
            found[-1] = (found[-1][0], end, KIND[bounds.text[s_start:end]])
            org_ends[-1] = end
            continue
        cand = _suffix_candidate(bounds, s_start, end, org_ends, taken)
        if cand is None:
            cand = _shorter_suffix_candidate(bounds, s_start, end, org_ends, taken)
        if cand is None:
            cand = whole_quote(bounds.text, s_start, end, taken)
        if cand is not None and seat_after_department(bounds.text, cand, s_start, end):
            cand = (cand[0], s_start, "government")  # 某某监督局|党组书记: the seat is the title's
        if cand is None and found and _short_department(bounds.text, found[-1], s_start, end):
            cand = (found[-1][1], end, "government")  # 省委|外办: a one-character department after its body
        if cand is None and found and bare_unit(bounds.text, found[-1], s_start, end):
            found[-1] = (found[-1][0], end, KIND[bounds.text[s_start:end]])  # 州委|办, 省委|党校
            org_ends[-1] = end
            continue
        if cand is None and found and _unit_of_parent(bounds, found[-1], s_start, end):
            cand = (found[-1][1], end, "government")  # 经济部|投资业务处: the ministry vouches for its unit
        first = None if cand is None else first_field_start(bounds, found, cand, end - s_start)
        if first is not None and found and found[-1][0] == first:
            found.pop()  # 中国科学院|地质与地球物理研究所: the academy is part of its institute's name
            org_ends.pop()
        if first is not None:
            cand = (first, cand[1], cand[2])
        if (
            cand is not None
            and found
            and (
                (registered and _subsidiary_of(bounds.text, found[-1], cand))
                or department_of(bounds.text, found[-1], cand)
                or _local_office_of(bounds.text, found[-1], cand)
                or unit_of_national_body(bounds.text, found[-1], cand)
            )
        ):
            kind = found[-1][2] if unit_of_national_body(bounds.text, found[-1], cand) else cand[2]
            found[-1] = (found[-1][0], cand[1], kind)
            org_ends[-1] = end
        elif cand is None and found and _unnamed_unit_of_national_body(bounds, found[-1], s_start, end):
            found[-1] = (found[-1][0], end, found[-1][2])  # 国务院侨办|华文教育发展中心: the parent vouches
            org_ends[-1] = end
        elif cand is not None:
            found.append(cand)
            org_ends.append(end)
    return with_academy_institutes(bounds, taken, found)


def _unnamed_unit_of_national_body(bounds: Boundaries, parent: tuple[int, int, str], s_start: int, end: int) -> bool:
    """A unit the suffix rule would not read alone (华文教育发展|中心 has generic words only) written right
    after its parent, with no break word between."""
    return (
        s_start - parent[1] >= MIN_STEM
        and _HAN.fullmatch(bounds.text, parent[1], s_start) is not None
        and not bounds.ends_between(parent[1], s_start - 1)
        and _no_verb_over(bounds.text, parent[1], s_start, end)
        and unit_of_national_body(bounds.text, parent, (parent[1], end, "other"))
    )


def _local_office_of(text: str, administration: tuple[int, int, str], office: tuple[int, int, str]) -> bool:
    """A local office written right after its national administration is one body (国家税务总局|宁波市税务局,
    海关总署|广东分署)."""
    return (
        administration[1] == office[0]
        and office[2] == "government"
        and text.endswith(("总局", "总署"), administration[0], administration[1])
    )


# A government named by its suffix alone stands after a place (中国|政府, 县|人民政府) or its reach
# (中央|人民政府, 特区|政府), not a modifier (中级|政府).
GOVERNMENT_SUFFIXES = ("政府", "人民政府")
_GOVERNMENT_REACH = ("中央", "特区", "联邦", "地方")


# (session 36) A function word right before the level word (王建华为|市|政府, 与|县|政府) leaves the level word alone: the
# government is the bare 市政府 / 县政府, not a name running over the words before it.
_FUNCTION_BEFORE_LEVEL = frozenset("为与和向在对是从将把被及")


def government_stem(stem: str) -> bool:
    """What a government is named after: a place (株洲|政府, 县|人民政府) or its reach (中央, 特区)."""
    if len(stem) >= 2 and stem[-2] in _FUNCTION_BEFORE_LEVEL and stem.endswith(PLACE_ENDS):
        return False
    return bool(
        PLACE_PREFIX.fullmatch(stem)
        or stem.endswith(PLACE_ENDS)
        or stem.endswith(_GOVERNMENT_REACH)
        or gazetteer.get().lookup(stem)
    )
