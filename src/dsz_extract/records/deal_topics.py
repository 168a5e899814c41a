"""A push whose object is projects at large, closing its clause ("我们扎实推进重大项目建设，", "加快推进项目建设："):
the topic of the news told after it (A建成投产，B开工建设，C签约落地), no aim that keeps those stages from being
reached. A push naming its projects (加快推进A、B等项目开工建设) is one, and so is one of a clause that names a stage
aimed at (确保A项目年内开工): deal_stage reads those as before."""

from __future__ import annotations

from .. import patterns

_TOPIC_PUSH_RE = patterns.compile(
    r"(?:加快|积极|全力|大力|着力|扎实|持续)?(?:推进|抓好|做好|促进|推动|抓)"
    r"(?:重大|重点|产业|招商|工业|各类|一批)*(?:项目|工程)(?:建设|工作|落地)?(?:工作)?(?=[，,；;：:])"
)


def pushes_a_topic(norm: str, at: int) -> bool:
    """The not-yet word at `at` opens a push of projects at large that closes its clause."""
    return _TOPIC_PUSH_RE.match(norm, at) is not None
