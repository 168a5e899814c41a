"""Facilities named right after the amount that builds them and told built, started, opened or landed
(总投资6.8亿元的大石门水库建成蓄水, 投资3亿元的城东实验学校建成招生, 总投资15亿元的嘉鱼长江大桥正式通车): the
name is the project though no head of data/lexicon/project_heads.tsv (项目, 工程, 产业园 …) ends it. Reports of
重点项目建设 across provinces name reservoirs, bridges, hospitals, schools and plants so (rules of
dims/project.py kept apart)."""

from __future__ import annotations

from .. import patterns
from ._names import Boundaries, Taken
from ._project_stems import GENERIC
from ._project_works import only_names_inside

# What may stand between the name and its stage word (已, 正式, 日前, 于6月30日), then the stage word.
_STAGE_AFTER = (
    r"(?:(?:在|于)[^\s，。；：、,;:！？!?的]{2,8}?(?=开工|动工|建成|竣工|落户|签约|投产))?"  # where: …在临沂开工
    r"(?:已经?|正式|全面|顺利|成功|胜利|日前|近日|目前|今天|今日|昨天|昨日|当天|将|于\d{1,2}月\d{1,2}日"
    r"|同时|同日|同步|也|均|都|相继|先后|分别|集中|一并|即将)*"
    r"(?:建成|竣工|开工|动工|开建|奠基|通车|投用|投入使用|投入运营|投产|并网|开园|开业|启用|落成|落户|签约)"
)
# The name: no clause punctuation, list joint or 的 inside; lazy, so it ends at the first stage word.
_NAME_AFTER_AMOUNT = patterns.compile(
    rf"的(?P<name>[^\s，。；：、,.;:！？!?“”‘’\"「」《》（）()的和及与在于]{{4,24}}?)(?={_STAGE_AFTER})"
)
# Not a name: a batch, a count or a pronoun (的一批项目, 的3个项目, 的该项目), a firm (…的比亚迪公司落户: an
# investor), or a name the head rules read (项目, 工程: what they left out was left out on purpose).
_NOT_A_NAME_START = patterns.compile(
    r"(?:一批|一些|多个|多项|各|该|这|那|其|本|首批|部分|全部|所有|[\d一二两三四五六七八九十百几多]+[个项批家座条])"
)
_NOT_A_NAME_WORD = patterns.compile(r"项目|工程|公司|集团|企业|厂商")


# Two facilities each after its amount and told built together (投资30亿元的A和投资5亿元的B同时开工): the first
# ends where the second's amount opens.
_NAME_BEFORE_NEXT_AMOUNT = patterns.compile(
    r"的(?P<name>[^\s，。；：、,.;:！？!?“”‘’\"「」《》（）()的和及与在于]{4,24}?)(?=[和及与、](?:总|计划)?投资)"
)


# The last of such a list, closed by 等 or the clause's end (有投资20亿元的A、投资15亿元的B等): a name when the items
# before it were each after their amounts too.
_LAST_IN_LIST = patterns.compile(
    r"的(?P<name>[^\s，。；：、,.;:！？!?“”‘’\"「」《》（）()的和及与在于]{4,24}?)(?=等|[，。；,;]|$)"
)


def after_amount(bounds: Boundaries, taken: Taken) -> list[tuple[int, int]]:
    """Names right after "<amount>的" and before a stage word, or before the next such name it is joined to."""
    text = bounds.text
    found: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []  # joined to the next amount's name: kept when that one is a name
    for money in taken.mentions:
        if money.type != "money" or not text.startswith("的", money.end):
            continue
        m = _NAME_AFTER_AMOUNT.match(text, money.end)
        joined = m is None
        if joined:
            m = _NAME_BEFORE_NEXT_AMOUNT.match(text, money.end)
        if m is None and _VERB_BEFORE.search(text, max(0, money.start - 12), money.start):
            m = _LAST_IN_LIST.match(text, money.end)  # 签约了总投资52亿元的|华润储能电站。: the verb's object
            joined = False
        if m is None and pending and 0 < money.start - pending[-1][1] <= _JOIN_REACH:
            m = _LAST_IN_LIST.match(text, money.end)  # closes the list of amounts' names
            joined = False
        if m is None:
            continue
        s, e = m.span("name")
        if _NOT_A_NAME_START.match(text, s, e):
            continue
        if _NOT_A_NAME_WORD.search(text, s, e):
            # a firm's item (…的鹤岗龙源新能源有限公司太阳能发电、投资…): the list of amounts' names goes on through it
            found += [p for p in pending if 0 < s - p[1] <= _JOIN_REACH]
            pending = []
            continue
        if GENERIC.fullmatch(text, s, e) or not only_names_inside(taken, s, e):
            continue
        if joined:
            pending.append((s, e))
            continue
        found += [p for p in pending if 0 < s - p[1] <= _JOIN_REACH]
        pending = []
        found.append((s, e))
    return sorted(found)


# A signing, start or landing verb right before the amount (成功签约总投资52亿元的|A, 开工了投资8亿元的|B): what
# follows the amount's 的 up to the clause's end is the object, a facility named so.
_VERB_BEFORE = patterns.compile(
    r"(?:签约|簽約|签下|開工|开工|引进|引進|竣工|投产|投產)了?(?:总|總|计划|計劃)?(?:投资|投資)?(?:额|額)?(?:达|達|为|為|约|約)?$"
)

_JOIN_REACH = 16  # 和投资5亿元的: the joint, the amount and its 的
