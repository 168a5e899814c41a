"""Transport lines and other lines named by their ends (dims/project.py's rules kept apart): a railway or highway
runs from the first place it joins (淮安至|盐城高速公路改扩建工程) over its segment (大西高铁|太原至西安段), and is a project
where its clause tells it built."""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken
from ._project_starts import soft_edge

_PUNCTUATION = patterns.compile(r"[，。；：！？\n]")


# A transport line runs between two places (重庆至黔江高速铁路) and is built by segments (川藏铁路四川段).
TRANSPORT_HEADS = ("铁路", "高铁", "高速公路", "高速")
_SEGMENT = patterns.compile(r"(?:(?P<span>\p{Han}{2,4}至\p{Han}{2,4}?)|\p{Han}{2,4}?)段(?!时间|落|位)")


def transport_line(bounds: Boundaries, s: int, e: int, taken: Taken) -> tuple[int, int]:
    text = bounds.text
    s = _from_first_end(bounds, s, e, taken)
    if not (text.endswith(TRANSPORT_HEADS, s, e) or _segment_of_line(text, s, e)):
        return s, e
    segment = _SEGMENT.match(text, e) if text.endswith(TRANSPORT_HEADS, s, e) else None
    if segment is not None and (segment.group("span") or not taken.overlapping(e, segment.end())):
        e = segment.end()  # its places are the line's ends (大西高铁|太原至西安段)
    return s, e


# A line of any kind (road, railway, grid, pipeline, waterway) named by its two ends starts at the first
# (淮安至|盐城高速公路改扩建工程, 新疆准东至|安徽皖南±1100千伏特高压直流输电工程, 合肥至|安庆高速公路扩建项目).
_LINE_WORDS = patterns.compile(
    r"公路|铁路|高铁|高速|城际|轨道|输电|输变电|特高压|直流|管道|管线|输气|输油|航道|运河|通道|大道|快速路|连接线|国道|省道"
)
_VOLTAGE_SIGN = "±"
_ROUTE_JOINTS = ("至", "—", "－", "-")  # 龙港—洞头高速公路 as 淮安至盐城…
_MAX_LINE_END = 6


def _from_first_end(bounds: Boundaries, s: int, e: int, taken: Taken) -> int:
    text = bounds.text
    at = s
    if text[s - 1 : s] == _VOLTAGE_SIGN:  # the voltage opens after the line's second end (…皖南|±1100千伏…)
        at = bounds.left_edge(s - 1)
        if not 2 <= s - 1 - at <= _MAX_LINE_END:
            return s
    if text[at - 1 : at] not in _ROUTE_JOINTS or text[at - 2 : at] == "截至" or not _LINE_WORDS.search(text, s, e):
        return s
    start = soft_edge(text, bounds.left_edge(at - 1), at - 1)
    if 2 <= at - 1 - start <= _MAX_LINE_END and not taken.overlapping(start, at - 1):
        return start
    return s


def _segment_of_line(text: str, s: int, e: int) -> bool:
    """A list item naming a segment of a line (开江高速公路重庆段、…等6个项目) reads as the line does."""
    return text[e - 1 : e] == "段" and any(text.find(head, s, e) >= 0 for head in TRANSPORT_HEADS)


# A line is an investment project where the clause tells it built (…高速铁路建设加快推进, 开工建设…).
# So does a list of projects holding it (…高铁、…新机场等重大项目加快推进) and a stage of works (全线铺轨, 贯通).
_BUILT_NEAR = patterns.compile(
    r"建设|开工|动工|开建|竣工|签约|投资|招标|建成|开通|通车|投入使用|投用|投运|铺轨|贯通|架梁|在建|推进|项目|工程"
)
# A kind of line named by its kind's words alone (城际高速铁路, 市域铁路, 干线公路) is no name.
KIND_OF_LINE = patterns.compile(
    r"(?:城际|市域|市郊|高速|普速|干线|支线|铁路|公路|轨道|交通|高铁|城市|重载|货运|客运|国家|农村|旅游)+"
)
# A list of lines runs on over 、 to the verb that closes it (A高速公路、B工程等项目投入使用).
_CLAUSE_END = patterns.compile(r"[，,。；;：:！？!?\n]")
_LIST_REACH = 60


def line_built(text: str, s: int, e: int) -> bool:
    brk_before = _PUNCTUATION.search(text, max(0, s - 20), s)
    brk_after = _CLAUSE_END.search(text, e, e + _LIST_REACH)
    clause = text[brk_before.end() if brk_before else max(0, s - 20) : brk_after.start() if brk_after else e + 20]
    return bool(_BUILT_NEAR.search(clause))


# A part of the works after a line's segment is progress on the segment, no part of its name.
SEGMENTS_WORKS_PART = patterns.compile(r"段(?:土建|主体|附属|配套|路基|桥隧)工程$")
