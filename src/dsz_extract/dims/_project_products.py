"""Products or trades of one firm's project sharing its head (华立集团与岳阳县签订锂电池正极材料、负极材料生产项目;
中国燃气计划在德惠市建设燃气生产、输配、供应和销售项目; 合肥中南光电与百色市签订高效智能光伏组件、铝边框、储能运维
产业项目): a firm signs or builds one project, and the 、 items after its verb name what that project makes, so
the whole list is the name. Items that name firms or places of their own (中电建汉江源、嘉欣生物制品加工、鼎荣
新型建材项目) and works a start verb takes without a firm (开工建设乌东德、白鹤滩、两河口水电站) stay projects each.
"""

from __future__ import annotations

from .. import patterns
from . import _project_edges
from ._names import Boundaries, Taken

# The verb of a firm taking one project: a signing, or a plan to build.
_VERB = patterns.compile(r"(?r)(?:签订|签约|签署|投资建设|建设|新建|扩建|投建)")
_CLAUSE_BREAK = patterns.compile(r"(?r)[，。；：！？,;!?\n]")
_MAX_ITEMS = 4
_MAX_ITEM = 12
_REACH = 40
# Who takes it (the organisation pass runs after the projects': read from the words): a signing with a party
# (与宜昌市签订, 與高雄市政府簽署), a plan to build (计划在德惠市建设, 拟投资建设), or a firm's legal form before the verb.
_TAKER = patterns.compile(
    r"(?r)(?:与|和|同)[^，。；、]{1,16}?(?:签订|签约|签署)"
    r"|(?:计划|拟|准备|将|决定)(?:在[^，。；、]{1,12}?)?(?:投资)?(?:建设|新建|扩建|投建)"
    r"|(?:集团|公司|股份|企业)[^，。；、]{0,12}?(?:签订|签约|签署|投资建设|建设|新建|扩建|投建)"
)


def one_firms_products(text: str, taken: Taken, items: list[tuple[int, int]]) -> int | None:
    """Where the one name starts when the items (left to right, the last carrying the head) follow a firm's
    signing or building verb in their clause and name no firm or place of their own; else None."""
    if not 2 <= len(items) <= _MAX_ITEMS:
        return None
    a, b = items[0]
    lo = max(0, a - _REACH)
    brk = _CLAUSE_BREAK.search(text, lo, a)
    clause_start = brk.end() if brk else lo
    verb = _VERB.search(text, clause_start, b - 2)
    if verb is None or verb.end() < a - 2:
        return None  # the items stand apart from the verb (a place or firm between)
    start = verb.end()
    taker = _TAKER.search(text, clause_start, start)
    if taker is None or taker.end() != start:
        return None
    parts = ((start, b), *items[1:])
    if any(taken.overlapping(x, y) or _project_edges.starts_with_place(text, x, y) for x, y in parts):
        return None  # an item naming a place or holding a figure of its own
    if any(y - x > _MAX_ITEM for x, y in ((start, b), *items[1:-1])):
        return None
    return start


# A firm's full name opening the first item, what it makes after it, and a head of making closing the last item
# (福建奧普新集团有限公司开关、低压电器、塑胶管材生产加工项目): the firm's one project, the whole list its name.
_LEGAL_FORM = patterns.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司)(?=\p{Han}{2})")
_ITEM_BREAK = patterns.compile(r"(?r)[、，。；：！？,;!?\n]")
_MAX_FIRM_ITEM = 40  # a firm's full name and the first product
_MIN_FIRM = 6  # 某某有限公司 at the least
_MAKING_HEAD = patterns.compile(r"(?:生产|加工|制造|研发|产业化)(?:线|基地)?(?:建设)?(?:项目|基地|工程)$")


def firm_and_products(bounds: Boundaries, taken: Taken, items: list[tuple[int, int]]) -> int | None:
    """Where the one name starts (the firm's) when a firm's legal name opens the list, the items after it naming
    products and the last one closed by a head of making; else None. The list reader stops at the firm's legal
    form (its item left is too short: 开关), so the items before the first are read back here."""
    text = bounds.text
    last = items[-1]
    if not _MAKING_HEAD.search(text, last[0], last[1]) or any(y - x > _MAX_ITEM for x, y in items[:-1]):
        return None
    brk = _ITEM_BREAK.search(text, max(0, items[0][0] - _MAX_ITEM), items[0][0] + 1)
    a = brk.end() if brk is not None and text[brk.start()] == "、" else items[0][0]  # 低压|电器: the whole item
    count = len(items)
    while count <= _MAX_ITEMS:
        lo = max(0, a - _MAX_FIRM_ITEM)
        firm = max(_LEGAL_FORM.finditer(text, lo, a), key=lambda m: m.start(), default=None)  # the nearest
        if firm is not None and not _ITEM_BREAK.search(text, firm.end(), a - 1) and "的" not in text[firm.end() : a]:
            start = bounds.left_edge(firm.end(), limit=lo)
            return start if firm.end() - start >= _MIN_FIRM else None
        if a < 2 or text[a - 1] != "、":
            return None
        brk = _ITEM_BREAK.search(text, max(0, a - 1 - _MAX_ITEM), a - 1)
        if brk is None:
            return None
        a, count = brk.end(), count + 1
    return None
