"""Project lists: the items of a list closed by a class of projects (A、B、C等一批…项目), of a list whose
last item carries the head all share (A、B、C项目), and of a list spelt out after 包括.

Rules 2 and 8 of dims/project.py; the items are names, not trades, where the list shows it.
"""

from __future__ import annotations

import regex

from .. import patterns
from . import _names, _person_names, _project_edges, _project_products
from ._names import Boundaries, Taken, alternation, table, words
from ._project_counted_lists import counted_list_ends

_HEADS = tuple(row[0] for row in table("project_heads.tsv"))
_HEADS_LONGEST_FIRST = tuple(sorted(_HEADS, key=len, reverse=True))
_TYPE_ONLY = _names.made_of("project_generic.txt", "sector_words.txt", "project_heads.tsv")
_GENERIC_ONLY = _names.made_of("project_generic.txt")
_HEAD_VERBS = frozenset(words("project_head_verbs.txt"))
# Descriptors of a kind of project (地产类项目, 平台型项目).
_DESCRIPTOR_END = ("类", "型", "性", "式", "级")
_CONJUNCTIONS = ("及",)
_PUNCTUATION = patterns.compile(r"[，。；：！？\n]")
_HAN = patterns.compile(r"\p{Han}")
_MIN_STEM = 2
_MAX_NAME = 40
_MIN_LIST_ITEM = 4

# A list ends at 等 before a class noun (等一批产业相关项目, 等“园中园”, 等创业孵化载体, 等一批重大交通基础设施), or at a
# count of projects (恒大棕榈岛酒店、商飞基地PPP两个项目). Anchors are found by plain search first.
_LIST_ANCHOR = patterns.compile(r"等|个(?:重点|大)?项目")
# A page wrapped by hard line breaks may break the class (等一⏎批优质新型工业项目).
_LIST_CLASS = patterns.compile(
    r"(?P<mod>(?:[^，。；、：！？\n]|(?<=\p{Han})\n(?=\p{Han})|、(?=\p{Han}{2,6}(?:项目|工程))){0,22}?)"
    r"(?:项目|工程|“?园中园”?|载体|平台|基础设施(?!项目|工程))"
)
_NOT_BEFORE_LIST_END = frozenset("平高中同均初上次对")
# (session 29) The people or firms behind the projects after the class (A公司、B纺织等新开工项目|业主出席…, 等项目|代表):
# the items are the owners, not the projects.
_OWNERS_AFTER = patterns.compile(r"业主|代表|负责人|方代表|建设单位|单位代表")
# 基础设施 closes a list of named works only when the works are singled out as a batch or by rank (等一批重大交通基础
# 设施); 5G基站、充电桩等新型基础设施 and 等7项新型基础设施 list kinds.
_WORKS_CLASS = "基础设施"
_SINGLED_OUT = patterns.compile(r"^(?!.*新型).*(?:一批|重大|重点)")
_COUNT_BEFORE_ANCHOR = patterns.compile(r"(?r)(?:[0-9]+|[两二三四五六七八九十]+)")
_LIST_BEFORE_COUNT = patterns.compile(r"、[^，。；、：！？\n等的]{2,30}$")
# A count right after a verb that takes projects is its object (市长刘和生率代表团收获签约|24个项目, 500强企业共
# 投资|33个项目): what stands before the verb is no list of projects; so is one after a preposition (代表县委、
# 县政府向|8个项目的顺利开工表示祝贺: the bodies speak to the projects).
_VERB_BEFORE_COUNT = patterns.compile(
    rf"(?:{alternation(words('project_triggers.txt') + words('project_object_verbs.txt'))}|投资|实施|推进|完成|新增"
    r"|(?<=\p{Han})(?:向|对|给|替))了?$"
)
# Amounts and counts between 等 and the class noun (等总投资19.2亿元的42个技改项目), thresholds of size included
# (等投资40亿元以上的大项目, 等10亿元以上重大产业项目).
_MOD_NUMBERS = patterns.compile(
    r"(?:(?:总|计划|协议)?投资额?(?=[0-9]))?[0-9.]+[亿万]?(?:元|美元)?(?:以上|以下)?[个项家批]?"
    r"|[一二两三四五六七八九十几多]+[个项家]|的"
)
# A degree before a size word (等特别重大项目, 等特大项目) and a quality the class has (等18个具有代表性的重大项目)
# qualify the class as the size word does.
_MOD_DEGREE = patterns.compile(r"^(?:特别|尤其|超)(?=重大|大)|^(?:具有|具备)?\p{Han}{1,4}?性(?=\p{Han})")
# A slogan in quotes names the programme the listed projects belong to (等“央企入冀”项目).
_MOD_SLOGAN = patterns.compile(r"[“「『][^“”「」『』]{2,8}[”」』]")

# A line break of a page wrapped in the middle of a word (深圳乐邹电⏎子科技).
WRAP = patterns.compile(r"(?<=\p{Han})\n(?=\p{Han})")


def _item_ok(text: str, start: int, end: int, shortest: int = _MIN_LIST_ITEM) -> bool:
    """A list item names a project; one made only of trades is a type (云计算、大数据等新兴业态项目),
    unless it ends in a head of its own (激光产业园, 软件园)."""
    item = WRAP.sub("", text[start:end])
    if len(item) > _MAX_NAME or _PUNCTUATION.search(item) or item.endswith(_DESCRIPTOR_END) or "等" in item:
        return False  # 等 inside an item makes it a class (交通水利等基础设施施工项目)
    if item.endswith(_HEADS):
        head = next(h for h in _HEADS_LONGEST_FIRST if item.endswith(h))
        # a kind before the head names a class (产业类项目, 平台型项目), and so do generic words alone before
        # 项目 or 工程 (重大产业项目, 重点工程)
        stem = item[: -len(head)]
        generic = head in ("项目", "工程") and bool(stem) and _GENERIC_ONLY.fullmatch(stem) is not None
        return len(item) >= 3 and not stem.endswith(_DESCRIPTOR_END) and not generic
    return len(item) >= shortest and not _TYPE_ONLY.fullmatch(item)


def _list_ok(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items that name projects. A short one (富士康、一汽大众、联想等项目) does where a long or a
    quoted one of the same list shows the items are names, not trades."""
    if any(_OTHER_CLASS.search(text, s, e) for s, e in items):
        return []  # A、B等公司带着C、D等项目: the list runs over a list of firms, its items are none
    if any(text.endswith(_INVESTOR_KINDS, s, e) for s, e in items):
        return []  # 聚焦上市公司、龙头企业、商会协会等项目招商: kinds of investors the projects come from
    if any(_project_edges.is_division(text, s, e) for s, e in items):
        return []  # 京山市、沙洋县先后有28个项目: the places the projects are in
    if any(text.endswith(_OFFICIALS_POSTS, s, e) for s, e in items):
        return []  # (session 31) 副市长、开发区党工委书记、管委会主任张明与18个项目方签约: the posts of who signed
    if any(holds_titled_official(text, s, e) for s, e in items):
        return []  # (session 36) 市政协主席熊建清、…主任张小平等市领导以及A项目: the officials at the ceremony
    long_ok = [(s, e) for s, e in items if _item_ok(text, s, e) or text[s - 1 : s] in _names.OPEN_QUOTES]
    funded = [(s, e) for s, e in items if _named_by_its_amount(text, s, e)]
    if not long_ok:
        return funded
    if _has_a_trade(text, items):
        # 签约新材料、现代农业、中药材加工、农旅、食用菌等项目: one trade shows the list is of trades; only an
        # item with a head of its own names a project, or one told with its own amount
        return sorted({*((s, e) for s, e in long_ok if text.endswith(_HEADS, s, e)), *funded})
    return sorted({*((s, e) for s, e in items if _item_ok(text, s, e, shortest=_MIN_STEM)), *funded})


def _named_by_its_amount(text: str, start: int, end: int) -> bool:
    """(session 25) An item right after its own amount and 的 (投资超150亿元的|晶圆制造、计划总投资100亿元的|中高端芯片封测
    等项目): a project whatever its words, as a trade has no amount of its own."""
    item = WRAP.sub("", text[start:end])
    return (
        text.endswith("元的", 0, start)
        and 3 <= len(item) <= _MAX_NAME
        and not _PUNCTUATION.search(item)
        and "等" not in item
    )


# Kinds of investors listed before 等项目 (龙头企业、500强企业、商会协会等项目招商): the projects' sources, none a project.
_INVESTOR_KINDS = ("企业", "协会", "商会", "企業", "協會", "商會")
# The posts an official holds, told before the name (person_titles.txt less the titles told after a name: 教授, 博士).
_OFFICIALS_POSTS = tuple(row[0] for row in table("person_titles.txt") if "post" not in row[1:])
_OFFICIAL_POST = patterns.compile(alternation(_OFFICIALS_POSTS))
# What may follow an official's name inside a run of names: the next name, 等 closing the run, or a conjunction.
_AFTER_OFFICIAL = frozenset("等、，,")
_JOINED_AFTER_OFFICIALS = patterns.compile(r"以及|及|和|与")


def _titled_official_end(text: str, start: int, end: int) -> int | None:
    """End of the last official's name told after the post in text[start:end]: a name ending the span or followed by
    the next name, 等 or a conjunction; None when the span holds none."""
    last = None
    for post in _OFFICIAL_POST.finditer(text, start, end):
        name = post.end()
        surname = _person_names.surname_at(text, name)
        if not surname or text.startswith(_HEADS, name):
            continue  # 书记项目: a secretary's own project
        for given in (2, 1):
            stop = name + surname + given
            if _ends_a_name(text, name + surname, stop, end):
                last = stop
                break
    return last


def _ends_a_name(text: str, given: int, stop: int, end: int) -> bool:
    """text[given:stop] is a given name ending where the span ends, or before the next name, 等 or a conjunction."""
    if stop > end or not _person_names.given_ok(text, given, stop):
        return False
    return stop == end or text[stop] in _AFTER_OFFICIAL or _JOINED_AFTER_OFFICIALS.match(text, stop, end) is not None


def holds_titled_official(text: str, start: int, end: int) -> bool:
    """(session 36) text[start:end] holds an official's post and name (市政协主席熊建清): people at a ceremony."""
    return _titled_official_end(text, start, end) is not None


def past_titled_officials(text: str, start: int, end: int) -> int | None:
    """(session 36) Where the name starts after the officials a span runs over (管委会主任张小平等市领导以及|江西
    麦德豪电子铜箔项目): after the conjunction that joins the project to them; None when no name is left, and
    `start` when the span holds no official."""
    stop = _titled_official_end(text, start, end)
    if stop is None:
        return start
    joints = list(_JOINED_AFTER_OFFICIALS.finditer(text, stop, end))
    if not joints or end - joints[-1].end() < _MIN_LIST_ITEM:
        return None
    return joints[-1].end()


# A list of bodies closed inside an item (江为新能源等公司带着跨境电商).
_OTHER_CLASS = patterns.compile(r"等(?:\p{Han}{0,4}?)(?:公司|企业|单位|机构|院校|高校|部门|客商)")


def _has_a_trade(text: str, items: list[tuple[int, int]]) -> bool:
    """An item without a head made only of trade and generic words (新材料, 现代农业)."""
    return any(
        not text.endswith(_HEADS, s, e) and _TYPE_ONLY.fullmatch(WRAP.sub("", text[s:e])) is not None for s, e in items
    )


# A place before a quoted name is where it is (门头沟区“健康谷”): the name is the quoted part.
_PLACE_BEFORE_QUOTE = patterns.compile(r"\p{Han}{1,8}?[省市县区镇](?=“[^“”]{2,16}”$)")


def _quoted_after_place(text: str, start: int, end: int) -> tuple[int, int]:
    m = _PLACE_BEFORE_QUOTE.match(text, start, end)
    return (m.end() + 1, end - 1) if m is not None else (start, end)


# After 一批 a short qualifier of any words names the class (等一批转型项目, 等一批优质新型工业项目).
_BATCH_CLASS = patterns.compile(r"一大?批\p{Han}{0,8}")


# A class of trades (等产业链项目, 等行业项目): the items before it are trades, not projects.
_TRADES_CLASS = ("产业链", "行业", "领域", "产业类")


# A class of places before 项目 (海口、儋州等市县|签约项目): the items are the places, not projects.
_PLACES_CLASS = ("市县", "县市", "县区", "区县", "市州", "地市", "省份", "城市", "地区", "乡镇")


# Firms closing the list, then their signing of the projects (等企业签约合作项目); not a class of projects by who
# invests (等9个企业投资项目, 政府投资项目).
_FIRMS_ACTING = patterns.compile(
    r"(?:\p{Han}{0,4}?)(?:企业|公司|客商|厂商|集团)(?:分别|共同|共|现场|集中)?(?:签约|签订|签署|落户|洽谈)"
)


def _modifier_ok(mod: str) -> bool:
    """Each of the classes 、 joins after 等 (等原地倍增、转型升级项目) qualifies the class."""
    return all(_one_modifier_ok(part) for part in mod.split("、"))


def _one_modifier_ok(mod: str) -> bool:
    """What stands between 等 and 项目 qualifies the class (一批产业相关, 3个重点招商), nothing else;
    not a second noun joined to the list (等产业和|项目为重点), nor a class of trades (泵阀机械、农副产品加工等
    产业链项目)."""
    mod = _MOD_DEGREE.sub("", _MOD_NUMBERS.sub("", mod.replace("\n", "")))
    if mod.endswith(("和", "与", "及", "或")) or mod.endswith(_TRADES_CLASS) or _names_places(mod):
        return False
    if _FIRMS_ACTING.match(mod):
        return False  # 分别和A、B等企业|签约合作项目30个: the list is of the firms that sign the projects
    return not mod or bool(
        _TYPE_ONLY.fullmatch(mod)
        or _BATCH_CLASS.fullmatch(mod)
        or _CLASS_WORDS.fullmatch(mod)
        or _MOD_SLOGAN.fullmatch(mod)
        or _SOURCE_CLASS.fullmatch(mod)
    )


# (session 24) Classes of projects named by where their investors come from, unquoted (等湘商回归项目, 等乡贤返乡投资
# 项目, 等外资项目, 等央企入冀项目): the programme the listed projects belong to.
_SOURCE_CLASS = patterns.compile(
    r"(?:重点|重大)?(?:\p{Han}{0,3}?(?:商|企|侨|乡贤|校友)(?:回归|回流|返乡|投资|创业|入\p{Han})+|[外台港澳侨内]资|招商引资|"
    r"返乡(?:创业|投资))(?:重点|重大)?"
)


_GENERIC_WORDS = tuple(words("project_generic.txt"))


def _names_places(mod: str) -> bool:
    """A class of places opens the modifier (海口、儋州等|市县签约项目), not a generic word that starts like one
    (等8个|城市更新项目)."""
    place = next((p for p in _PLACES_CLASS if mod.startswith(p)), None)
    return place is not None and not any(len(w) > len(place) and mod.startswith(w) for w in _GENERIC_WORDS)


# Classes of projects outlets name by role or kind (链主型, 标志性, 总部经济类, 补链强链, 大好高): 等…项目 after them closes
# a list of projects.
_CLASS_WORDS = patterns.compile(r"(?:[补强延固扩]链)+|\p{Han}{1,6}?(?:类|型|性)|大好高")


# Platforms for talent (科研院所、高校、留创园等引才平台; 之江实验室、西湖大学等平台为高层次人才…) and talent
# programmes (万人领军、长江学者等国家级人才工程) carry no investment: their items are no projects.
_TALENT_WORDS = patterns.compile(r"人才|引才|引智|育才|聚才|专家|博士|学者|英才")


def _talent_platforms(text: str, cls: regex.Match[str]) -> bool:
    if _TALENT_WORDS.search(cls.group("mod")):
        return True  # 万人领军、长江学者等国家级人才工程: talent programmes, whatever their head
    if not cls.group().endswith("平台"):
        return False
    stop = _PUNCTUATION.search(text, cls.end(), cls.end() + 30)
    return bool(_TALENT_WORDS.search(text, cls.start(), stop.start() if stop else cls.end() + 30))


def talent_lists(text: str) -> list[tuple[int, int]]:
    """Spans of the lists of talent platforms and programmes (依托留学人员创业园、大学科技园等平台引进…人才): no item
    of theirs is a project, whatever head it ends in."""
    spans = []
    for m in _TALENT_LIST_END.finditer(text):
        cls = _LIST_CLASS.match(text, m.end())
        if cls is None or not _talent_platforms(text, cls):
            continue
        brk = _CLAUSE_BREAK.search(text, max(0, m.start() - 200), m.start())
        spans.append((brk.end() if brk else max(0, m.start() - 200), m.start()))
    return spans


_TALENT_LIST_END = patterns.compile(r"等")
_CLAUSE_BREAK = patterns.compile(r"(?r)[，。；：！？\n]")


def _list_ends(text: str) -> list[int]:
    """Where the lists of projects end: before 等 + class noun, or before a count of projects."""
    ends = []
    for m in _LIST_ANCHOR.finditer(text):
        pos = m.start()
        if m.group() == "等":
            if text[pos - 1 : pos] in _NOT_BEFORE_LIST_END:
                continue
            cls = _LIST_CLASS.match(text, pos + 1)
            if (
                cls is not None
                and _modifier_ok(cls.group("mod"))
                and not _talent_platforms(text, cls)
                and _OWNERS_AFTER.match(text, cls.end()) is None
                and (not cls.group().endswith(_WORKS_CLASS) or _SINGLED_OUT.search(cls.group("mod")))
            ):
                ends.append(pos)
            continue
        count = _COUNT_BEFORE_ANCHOR.match(text, max(0, pos - 6), pos)
        if count is not None and text[count.start() - 1 : count.start()] == "等":
            continue  # 光学器件等|23个项目: the list ends at 等, found above
        if count is not None and _VERB_BEFORE_COUNT.search(text, max(0, count.start() - 8), count.start()):
            continue
        if count is not None and _LIST_BEFORE_COUNT.search(text, max(0, count.start() - 32), count.start()):
            ends.append(count.start())
    return sorted(set(ends + counted_list_ends(text)))


def by_list(bounds: Boundaries, taken: Taken, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """List items; an item replaces a shorter candidate ending with it (车轮及|产业链项目 → the item)."""
    text = bounds.text
    start_by_end = {e: s for s, e in found}
    out = []
    for list_end in _list_ends(text):
        items = []
        for s, e in _names.list_items(bounds, list_end, head_verbs=_HEAD_VERBS):
            if (joined := _joined_before_amount(text, taken, s, e)) is not None:
                items.append(joined)  # A和|投资1.4亿美元的B: A is an item of its own
            elif e == list_end and (joint := _joint_of_two_names(text, s, e)) is not None:
                items.append((s, joint))  # A、B和C等项目: 和 joins the last two items
                s = joint + 1
            s = item_before_open_quote(text, s)
            s = _after_amounts(text, taken, s, e)
            if (loc := _LOCATIVE.match(text, s, e)) is not None and e - loc.end() >= _MIN_LIST_ITEM:
                s = loc.end()  # 伏山镇的|电芯壳体智能制造中心: where it is, not its name
            if (verb := _LEADING_BUILD.match(text, s, e)) is not None and e - verb.end() >= _MIN_LIST_ITEM:
                s = verb.end()  # 加快建设|恒丰建材、双成建材等20个工业项目: the verb is no part of the first name
            cand = start_by_end.get(e)
            if cand is not None and (cand <= s or not _item_holds_the_cut(bounds, s, cand)):
                continue
            if not taken.overlapping(s, e):
                items.append(_quoted_after_place(text, s, e))
        items = _after_firms_list(text, items)
        if len(items) == 2 and _one_name(text, items):
            out.append((items[0][0], items[-1][1]))  # 吉县产业集聚区绿色新能源、氢能开发及乡村振兴项目等: one name
            continue
        out += _list_ok(text, items)
    return out + _shared_head_items(bounds, taken, found)


# The last items of a list joined by 和 / 及, the second with its amount first (A和投资1.4亿美元的B).
_JOINED_BEFORE_AMOUNT = patterns.compile(r"(?:和|及|以及)(?=(?:总|计划|协议)?投资)")


_AND = "和"


def _joint_of_two_names(text: str, start: int, end: int) -> int | None:
    """Where 和 joins the last two items of a list (宝工区戒毒产品和|城步南山…度假区等项目, 电子通讯线材产业园和|
    垄溪乡风电开发建设等3个项目): the first ends in a head of its own or the second opens with a place. Not a
    和 between two places (中电投平泉和丰宁太阳能光伏发电) nor inside a name's words."""
    joint = text.find(_AND, start + _MIN_LIST_ITEM, end - _MIN_LIST_ITEM)
    if joint < 0 or _project_edges.ends_with_place(text, start, joint):
        return None
    if text.endswith(_HEADS, start, joint) or _project_edges.starts_with_place(text, joint + 1, end):
        return joint
    return None


def _after_amounts(text: str, taken: Taken, s: int, e: int) -> int:
    """Where an item's name starts: after the amounts before it and their 的 (总投资3.6亿美元的|展华电子)."""
    s = max([s, *taken.ends_between(s, e - 1)])
    return s + 1 if text[s] == "的" and s + 1 < e else s


def _joined_before_amount(text: str, taken: Taken, s: int, e: int) -> tuple[int, int] | None:
    joint = _JOINED_BEFORE_AMOUNT.search(text, s, e)
    if joint is None:
        return None
    start = _after_amounts(text, taken, s, joint.start())
    if joint.start() - start < _MIN_LIST_ITEM or taken.overlapping(start, joint.start()):
        return None
    return start, joint.start()


def _item_holds_the_cut(bounds: Boundaries, start: int, cut: int) -> bool:
    """Whether a list item runs over the place a shorter name starts: after a conjunction (车轮及|产业链项目),
    or over a word inside a later item's name (、武汉旭日胜天包装|装饰高分子新材料项目), not over a leading verb
    (、新建|B项目)."""
    text = bounds.text
    if text[cut - 1] in _CONJUNCTIONS:
        return True
    if text[cut - 1] == "的":
        return False  # 水利局的|干渠…项目: a locative before the name
    return text[start - 1 : start] == "、" and bounds.word_at(start) < cut - start


def _run_over_wraps(text: str, end: int) -> int:
    """Start of the run of name characters ending at `end`, over the line breaks of a page wrapped in
    the middle of words (深圳乐邹电⏎子科技): one break between two Han characters."""
    start = _names.run_start(text, end)
    if start > 1 and text[start - 1] == "\n" and _HAN.match(text, start - 2) and start < end:
        start = _names.run_start(text, start - 1)
    return start


def _items_before(bounds: Boundaries, end: int) -> list[tuple[int, int]]:
    """The 、-separated items ending at `end`, right to left, down to one holding a boundary word
    (…杨广礼分别与|中电建汉江源、嘉欣生物制品加工、): that item starts after it, and the list there."""
    text = bounds.text
    items = []
    while end > 0:
        start = _run_over_wraps(text, end)
        edge = bounds.left_edge(end, limit=start)
        while edge > start and text[edge - 1] == "\n":
            edge = bounds.left_edge(edge - 1, limit=start)
        if end - edge < _MIN_STEM:
            break
        if text.endswith(_HEADS, edge, end):
            break  # a project of its own (A项目、B项目): no item of a shared head
        items.append(_names.strip_quotes(text, edge, end))
        if edge > start or start == 0 or text[start - 1] != "、":
            break
        end = start - 1
    return items


# Heads a list may share: a project's, not a base's or a line's (黄河金岸、宁东基地; 特高压、城际高速铁路).
_SHARED_HEADS = ("项目", "工程", "产业园")


def _shared_head_items(bounds: Boundaries, taken: Taken, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items before one that carries the head of all (中电建汉江源、嘉欣生物制品加工、鼎荣新型建材项目;
    立德、弘德、厚德慈善产业园): each names a project."""
    text = bounds.text
    held = _names.Covered(found)
    out = []
    for s, e in found:
        if s < 2 or text[s - 1] != "、" or held.overlaps(s - 2, s - 1) or not text.endswith(_SHARED_HEADS, s, e):
            continue
        items = [
            (a, b) for a, b in _items_before(bounds, s - 1) if not taken.overlapping(a, b) and not held.overlaps(a, b)
        ]
        if items and _one_name(text, [*items[::-1], (s, e)]):
            out.append((items[-1][0], e))  # the items are parts of one name: the whole list is the project
            continue
        listed = [*items[::-1], (s, e)]
        products = _project_products.one_firms_products(text, taken, listed) if items else None
        if products is None and items:
            products = _project_products.firm_and_products(bounds, taken, listed)
        if products is not None:
            out.append((products, e))  # a firm's one project making these products
            continue
        out += _list_ok(text, items)
    return out


_JOINT_HEAD = ("项目", "工程")
# A place or building of its own ends the first item too (昌平区沙河湿地公园、城市运动休闲公园一期建设工程).
_FACILITY_ENDS = (*words("project_facility_heads.txt"), *_HEADS, "园", "馆", "场", "医院", "学校", "站", "厂")


def _one_name(text: str, items: list[tuple[int, int]]) -> bool:
    """Items that share the place the first one opens with (侯马经济开发区高频变压器、电感元器件项目;
    中国双城果蔬、绿色(有机)净菜物流基地项目): what follows it names products or parts, not other projects.
    Only two items, the second ending in 项目 or 工程; a second with a place of its own is another project."""
    (a, b), (s, e) = items[0], items[-1]
    if len(items) != 2 or not text.endswith(_JOINT_HEAD, s, e):
        return False  # A、B、C项目 lists projects; 、B产业园 is a park of its own
    if text.endswith(_FACILITY_ENDS, a, b):
        return False  # 安平县智能仓储物流中心、恒远新材料项目: the first is a project of its own
    return _project_edges.starts_with_place(text, a, b) and not _project_edges.starts_with_place(text, s, e)


# A list of projects spelled out after 包括 may separate its items with commas (项目包括:A,B,C等;
# 包括X区的A,B,Y区的C在内的18个项目). It is a list of projects when 项目/工程 introduces it or a
# class of projects closes it; otherwise it lists the parts of one (项目主要包括生产基地、展示空间等).
# ... or after 有 with a colon, or 主要有, right after the projects or the stage they reached (开工的项目有：A、B;
# 今年建成投产的有：A、B; 签约项目主要有A、B).
_INCLUSION = patterns.compile(
    r"包括[:：]?|(?<=(?:项目|工程|的))(?:主要有[:：]?|有[:：])|(?<=[，,])(?:主要有|重点有|主要是|如|比如|例如)[:：]?"
)
# Examples given after a counted class of projects in the same clause group (工业项目11个，年内计划完成投资10.1亿元，
# 主要有A、B等; 全县共有续建项目12个，主要包括A、B; 产业项目501个，投资强度大，如A、B等): the items are projects of that
# class, named even without a head. After a comma, 主要有 and 如 and their kin name examples only there, and only of
# a list closed by 等 (…86个，主要有以下几类：一是… lists kinds).
_SUCH_AS = ("主要有", "重点有", "主要是", "如", "比如", "例如")
_COUNTED_CLASS = patterns.compile(
    r"(?:项目|工程)(?:共|达)?[0-9一二三四五六七八九十百]+[个项]|[0-9一二三四五六七八九十百]+[个项][^，。；,、]{0,8}?(?:项目|工程)"
)
_CLAUSE_GROUP_START = patterns.compile(r"(?r)[。；;！？\n]")
_MAX_GROUP_BEFORE = 80
# ... also a count of projects and the stage they reached (有5个项目竣工，包括A、B).
COUNTED_PROJECTS_REACHED = r"[个项](?:项目|工程)(?:已经|已|全面|顺利)?(?:开工|竣工|签约|投产|建成|落地|开复工|投用)"
# The ones that reached a stage, named by it (开工的|有：, 建成投产的|有：).
_REACHED_ONES = r"(?:开工|竣工|签约|投产|建成|落地|开复工|投用|落户)的"
_INTRODUCED_BY_PROJECTS = patterns.compile(
    rf"(?r)(?:(?:项目|工程)(?:主要|还|共|分别)?|[个项](?:项目|工程)[，,]|{COUNTED_PROJECTS_REACHED}[，,]?|{_REACHED_ONES})"
)
# One project (该项目包括工具区、仓储物流区等) includes its parts, not other projects.
_ONE_PROJECT = patterns.compile(r"(?r)(?:该|此|本|这个|这一|整个|該|這個)(?:项目|工程|項目)(?:主要|还|共|将)?")
_INCLUSION_END = patterns.compile(r"在内的|等|[。；;\n]")
_CLOSED_BY_PROJECTS = patterns.compile(r"(?:在内的|等)[^，。；,;\n]{0,12}?(?:项目|工程)")
_INCLUSION_SEPARATOR = patterns.compile(r"[,，、]")
_LEADING_BUILD = patterns.compile(r"(?:开工建设|新建|建设|实施)(?!银行|局|厅|委|集团|公司)")
_LOCATIVE = patterns.compile(r"[^的，。；、\n“「『]{2,12}?的")  # no 的 inside quotes (雷山“鳣的世界”综合文旅)
_ZONE_BEFORE = patterns.compile(r"\p{Han}{0,6}?(?:高新区|开发区|经开区|新区|园区)")
_MAX_INCLUSION = 240
# The number an item is told with (主要有：一是|A项目，…；二是|B项目; 1.|A项目): no part of its name.
_ITEM_NUMBER = patterns.compile(
    r"\s*(?:[一二三四五六七八九十]{1,2}是|[0-9]{1,2}[.、．](?![0-9])|[（(][一二三四五六七八九十0-9]{1,2}[)）]|[①-⑳])\s*"
)


def by_inclusion(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    text = bounds.text
    out = []
    for m in _INCLUSION.finditer(text):
        end = _INCLUSION_END.search(text, m.end(), m.end() + _MAX_INCLUSION)
        if end is None:
            continue
        if m.group().startswith(_SUCH_AS) and text[m.start() - 1] in "，,":
            if end.group() != "等" or not _after_counted_class(text, m.start()):
                continue
        else:
            introduced = _INTRODUCED_BY_PROJECTS.match(text, max(0, m.start() - 10), m.start())
            closed = _CLOSED_BY_PROJECTS.match(text, end.start())
            if introduced is None and not closed and not _after_counted_class(text, m.start()):
                continue
        if _ONE_PROJECT.match(text, max(0, m.start() - 8), m.start()):
            continue
        items = _inclusion_items(text, m.end(), end.start())
        if len(items) < 2:
            continue
        kept = [(s, e) for s, e in items if not taken.overlapping(s, e) and _item_ok(text, s, e)]
        out += _heads_among_trades(text, items, kept)
    return out


def _after_counted_class(text: str, pos: int) -> bool:
    """Whether the clause group before `pos` counts a class of projects (工业项目11个, 605个项目中)."""
    brk = _CLAUSE_GROUP_START.search(text, max(0, pos - _MAX_GROUP_BEFORE), pos)
    return _COUNTED_CLASS.search(text, brk.end() if brk else max(0, pos - _MAX_GROUP_BEFORE), pos) is not None


def _heads_among_trades(text: str, items: list[tuple[int, int]], kept: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One trade among the items (包括电子元器件生产、新能源装备制造、农产品精深加工等) shows a list of trades: only
    the items with a head of their own are projects, as in 等项目 lists (contract: 签约新材料、现代农业…等项目18个)."""
    if not any(_TYPE_ONLY.fullmatch(WRAP.sub("", text[s:e])) for s, e in items):
        return kept
    return [(s, e) for s, e in kept if text.endswith(_HEADS, s, e)]


def _inclusion_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items between the separators, each without a locative phrase before it (X区的|A)."""
    items = []
    pos = start
    for sep in [*_INCLUSION_SEPARATOR.finditer(text, start, end), None]:
        item_end = sep.start() if sep is not None else end
        numbered = _ITEM_NUMBER.match(text, pos, item_end)
        pos = numbered.end() if numbered else pos
        loc = _LOCATIVE.match(text, pos, item_end)
        s, e = _names.strip_quotes(text, loc.end() if loc else pos, item_end)
        zone = _ZONE_BEFORE.match(text, s, e)
        if zone is not None and not text.endswith(_HEADS, s, e) and e - zone.end() >= _MIN_STEM:
            s = zone.end()  # 经开区|宏发纺织: the zone is where the firm is
        if e > s:
            items.append((s, e))
        pos = sep.end() if sep is not None else end
    return items


# A list of firms closed by 等企业 and the verb by which they build (A、B等企业到我州投资新建|C、D等项目): the list of
# projects starts after the verb; the firms before it are no items of it.
_FIRMS_THEN_BUILD = patterns.compile(
    r"等(?:\p{Han}{0,4}?)(?:公司|企业|企業|客商)[^，。；、]{0,10}?(?:投资新建|投资建设|开工建设|新建|建设|兴建|实施)"
)


def _after_firms_list(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items after a list of firms that closes inside one of them with the verb of what they build."""
    for i in range(len(items) - 1, -1, -1):
        s, e = items[i]
        m = max(_FIRMS_THEN_BUILD.finditer(text, s, e), key=lambda x: x.start(), default=None)  # the last
        if m is not None and e - m.end() >= _MIN_LIST_ITEM:
            return [(m.end(), e), *items[i + 1 :]]
    return items


# A 的 inside quotes is no edge of a list item (雷山“鳣的世界”综合文旅): the item starts where it does before the quote.
_ITEM_START = patterns.compile(r"(?r)[、，。；：！？,;:!?\n]")
_QUOTE_REACH = 16


def item_before_open_quote(text: str, start: int) -> int:
    """`start` moved back to its list item's start (after a 、) when an open quote before it is not closed before
    it."""
    lo = max(0, start - _QUOTE_REACH)
    brk = _ITEM_START.search(text, lo, start)
    item_start = brk.end() if brk is not None else lo
    before = text[item_start:start]
    opened = max(before.rfind(q) for q in "“「『")
    if opened < 0 or any(q in before[opened:] for q in "”」』"):
        return start
    return item_start if brk is not None and brk.group() == "、" else start
