"""Counts that are no statistic of a place, whatever the clause around them, for records/metrics.py and talent.py.

- a count of countries or regions on the way to a further figure ("对148个国家和地区的2608家境外企业…");
- a count of industries a place builds ("培育2个支柱产业");
- the article 一名 / 一位 of one person a story tells of ("一名教授形容");
- (session 40) one of a set ("为全国15个试点县之一"): the set the thing told belongs to;
- (session 40) a page's counter of views or clicks ("浏览次数：1459次", "点击: 86 次"): the page's debris.
"""

from __future__ import annotations

from typing import Any

import regex

from .. import patterns
from .context import Reading
from .sentence import Sentence

# Countries or regions counted on the way to another figure ("对全球148个国家和地区的2608家境外企业…投资",
# "来自32个国家和地区的860名海外人才", "联动13个市州、9家省直单位开展88项活动"): the count only says where the next
# figure's things come from or go to. Counted alone ("33个国家和地区在江西投资", "投资的国家和地区达80个") it stays.
SCOPE_GROUPS = (
    "国家和地区", "國家和地區", "国家（地区）", "国家(地区)", "國家（地區）", "国家", "國家", "地区", "地區",
    "市州", "地州市", "县市区", "縣市區", "县（市、区）", "设区市", "省区市", "省市区", "省份", "城市", "地市",
)  # fmt: skip
_SCOPE_GROUP_RE = patterns.compile(
    r"(?:多|余|餘)?(?:个|個)?(?:不同的?)?(?:" + "|".join(regex.escape(w) for w in SCOPE_GROUPS) + ")"
    # ... the group itself, not a noun it opens (国家级开发区, 国家“千人计划”专家, 国家高新区, 城市中心)
    r"(?![级級“”「」高重开開经經中])"
)


def counts_the_next_figures_scope(reading: Reading, sent: Sentence, value: Any) -> bool:
    """A count of countries or regions before a further figure of the same clause."""
    group = _SCOPE_GROUP_RE.match(reading.norm, value.end)
    if group is None:
        return False
    clause_end = sent.clause_at(value.start).end
    return any(m.type in ("count", "money") for m in sent.between(group.end(), clause_end))


# (session 37) A count of industries a place builds or aims at (培育2个支柱产业, 聚焦5个百亿级产业集群和6条重点产业链, 以大健康、
# 现代金融…四个重点产业为主): the shape of its economy, no statistic; the count of projects of an industry (7个产业和1个基础设施
# 项目, 22个产业项目) and of firms (70余家汽车相关产业) stays one.
_INDUSTRY_COUNTERS = ("个", "個", "大", "条", "條")
_INDUSTRIES_COUNTED_RE = patterns.compile(
    r"[^，,。；;：:、\d（）()“”]{0,12}?(?:产业|行业)(?:集群|链|体系|板块|群)?"
    r"(?=[，,。；;：:！？!?\s）)]|$|为主|为重点|[和及与、](?:\d|[一二两三四五六七八九十]))"
)
_SHARED_PROJECT_HEAD_RE = patterns.compile(r"[和及与、][^，,。；;]{0,16}?(?:项目|工程)")  # 7个产业和1个…项目


def counts_industries(reading: Reading, value: Any) -> bool:
    """A count right before the industries it counts, no project or firm after them."""
    if not value.text.endswith(_INDUSTRY_COUNTERS):
        return False
    found = _INDUSTRIES_COUNTED_RE.match(reading.norm, value.end)
    if found is None or "项目" in found.group():
        return False  # 签约7个项目多属战略性新兴产业: the count counts projects
    return _SHARED_PROJECT_HEAD_RE.match(reading.norm, found.end()) is None


# (session 38) 一名 / 一位 / 一个 with the numeral 一 before its noun is the article of one person or thing a story tells
# of (一名农业技术推广专家拿着…, 清大一名教授形容, 身为一位科学家), no figure; a figure of one is written 1名 (其中院士1名), or
# stands after its noun (新签约项目一个).
_HAN_RE = regex.compile(r"\p{Han}")


def an_article(norm: str, count: Any) -> bool:
    """Whether the count is the numeral 一 and its measure word opening the noun after it."""
    value = count.value
    return (
        value.value == 1
        and value.value_max is None
        and norm.startswith("一", count.start)
        and _HAN_RE.match(norm, count.end) is not None
    )


# (session 40) "N个X之一": one thing of a set the sentence tells (为全国15个县市区之一, 作为全市27个大区大县之一, 成为首批授牌的10家
# 国际合作产业园之一): the size of the set, no statistic of the place.
_ONE_OF_THE_SET_RE = patterns.compile(r"[^，,。；;：:！？!?\d、]{0,16}?之一")


def one_of_a_set(reading: Reading, count: Any) -> bool:
    """Whether the count's noun closes on 之一 before any break of the clause."""
    return _ONE_OF_THE_SET_RE.match(reading.norm, count.end) is not None


# (session 40) A page's counter: 浏览次数：1459次, 点击: 86 次, 浏览量:94次, 阅读:18 (the label, a colon, the figure).
_PAGE_COUNTER_RE = patterns.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*$")
_COUNTER_REACH = 8


def a_page_counter(reading: Reading, count: Any) -> bool:
    """Whether the count stands right after a page's label of views or clicks and its colon."""
    return _PAGE_COUNTER_RE.search(reading.norm, max(0, count.start - _COUNTER_REACH), count.start) is not None
