"""Projects named inside a ceremony's name (鑫达新材料项目签约仪式在平江县举行; 举行A项目开工奠基仪式).

The event mention holds the whole name, so no project mention stands inside it (mentions do not overlap); the
ceremony still tells that one named project reached its stage, and the sentences after it go on about it (该项目总投资
5亿元). The name is the part between the last 暨 (a joint ceremony: …集中开工暨A项目开工仪式) and the stage words
closing it before 仪式/典礼. A name of a batch or a kind (重点项目集中签约仪式, 2020年第一季度项目…, 经贸合作项目签约
仪式, “回归工程”项目…) names no project.
"""

from __future__ import annotations

import dataclasses

from .. import models, patterns
from ..dims._names import verbatim
from ..dims._project_stems import TYPE_ONLY
from .context import Reading
from .sentence import Sentence

_STAGE_WORDS = (
    r"签约|簽約|籤約|签字|簽字|开工|開工|开复工|開復工|动工|動工|动土|動土|奠基|投产|投產|竣工|落户|落戶"
    r"|开业|開業|启动|啟動|揭牌|入驻|入駐|启用|啟用"
)
# 名 + (合同|协议)? + stage words (joined by 暨/及/、) + 仪式/典礼, the whole event's tail.
_CEREMONY_RE = patterns.compile(
    rf"(?P<name>[^，。；：、\s]{{4,40}}?(?:项目|項目|工程))(?:合同|协议|協議|投资|投資)?"
    rf"(?:(?:{_STAGE_WORDS})(?:暨|及|、|和)?)+(?:仪式|儀式|典礼|典禮)"
)
# A batch, a round, an edition or a slogan is no project's name (2020年第一季度项目, 重点项目集中…, 第二批…).
# A meeting's projects (2019大连夏季达沃斯年会重点项目) are a batch too; four digits of a capacity (日处理1200吨) are no year.
_BATCH_RE = patterns.compile(
    r"集中|批|季度|届|屆|第|年度|春季|秋季|(?<![0-9.])[0-9]{4}(?![0-9.]|\s*(?:万|萬|千|吨|噸|亩|畝|平方|立方|米|台|套|件|只|头|頭|辆|輛|兆瓦|千瓦|[A-Za-z]))|[0-9一二三四五六七八九十]+[个個项項]|[“”「」\"]|经贸|經貿|会|會|论坛|論壇"
    r"|企业投资|企業投資|(?:重大|重点|重點)(?:项目|項目|工程)$"
)


@dataclasses.dataclass
class CeremonyProject:
    """The project a ceremony's name names, read as its mention (deals only)."""

    start: int
    end: int
    value: models.ProjectValue
    type: str = "project"
    points_back: bool = False


def _named_in(reading: Reading, event: object) -> CeremonyProject | None:
    norm = reading.norm
    start, end = event.start, event.end  # type: ignore[attr-defined]
    # The name opens the event or follows a 暨; 暨 may also join its stages (A项目签约暨开工仪式).
    # A joint name (无穷食品(山东)生产基地暨重点实验室建设项目) is tried whole first.
    for lo in [start] + [i + 1 for i in range(start, end) if norm[i] == "暨"]:
        found = _CEREMONY_RE.fullmatch(norm, lo, end)
        if found is None:
            continue
        name = found.group("name")
        if not _BATCH_RE.search(name) and not TYPE_ONLY.fullmatch(name):
            lo, hi = found.span("name")
            return CeremonyProject(lo, hi, models.ProjectValue(name=verbatim(reading.doc, lo, hi)))
    return None


def _told_as_projects(reading: Reading) -> list[str]:
    names = reading.memo.get("ceremony_told_projects")
    if names is None:
        # Read on the normalised text, as the ceremony's name is (吉奧 and 吉奥 are one name). A title's mention
        # tells no deal (its line is no sentence the deals read): the ceremony below it is the project's telling.
        norm, title = reading.norm, reading.doc.title_span
        names = reading.memo["ceremony_told_projects"] = sorted(
            {
                norm[m.start : m.end]
                for m in reading.doc.mentions
                if m.type == "project" and not (title is not None and title.start <= m.start and m.end <= title.end)
            }
        )
    return names


def _told_elsewhere(reading: Reading, name: str) -> bool:
    """The report tells the project again as a mention of its own (its deal is that one's), maybe cut
    differently (中国一汽红旗…工厂项目 / 一汽红旗…工厂项目)."""
    return any(told in name or name in told for told in _told_as_projects(reading))


def ceremony_projects(reading: Reading, sent: Sentence) -> list[CeremonyProject]:
    """The projects the ceremonies named in the sentence name, unless a project mention tells it."""
    found = [_named_in(reading, e) for e in sent.of_type("event")]
    return [p for p in found if p is not None and not _told_elsewhere(reading, reading.norm[p.start : p.end])]


def ceremony_names(reading: Reading, sent: Sentence) -> list[str]:
    """The names of `ceremony_projects` (what a 该项目 after the sentence points back at)."""
    return [p.value.name for p in ceremony_projects(reading, sent)]
