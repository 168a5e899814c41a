"""The mode told by a clause of means before a count: "通过柔性引才，邀请2200多名专业人才来青工作".

A report often names how people were brought in once, in a leading clause of means (通过… / 以…方式 /
采取…模式), and then counts them with a verb that carries no mode of its own (邀请, 吸引, 汇聚). The mode
word of that clause is the count's mode.
"""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .sentence import Sentence
from .talent_words import MODE_RE, first_of_run

# A clause of means: it opens with one of these words (after a short subject: 该市以…方式) and names no
# people counted of its own.
_MEANS_OPEN_RE = patterns.compile(r"[^，,。；;]{0,4}?(?:通过|以|采取|采用|依托|借助|坚持|探索)")
# How long a clause of means may be (characters): a longer clause is a statement of its own.
MEANS_REACH = 20


def mode_of_means(reading: Reading, sent: Sentence, count: Any) -> tuple[str, int] | None:
    """The mode word of the clause of means right before the count's clause, with where it stands."""
    index = sent.clause_index(count.start)
    if index == 0:
        return None
    means = sent.clauses[index - 1]
    if means.end - means.start > MEANS_REACH or _MEANS_OPEN_RE.match(reading.norm, means.start) is None:
        return None
    if any(m.start < means.end and m.end > means.start for m in sent.of_type("count")):
        return None
    found = list(MODE_RE.finditer(reading.norm, means.start, means.end))
    return first_of_run(reading.norm, found) if found else None


def flexible_by_means(reading: Reading, sent: Sentence, count: Any, mode: tuple[str, int]) -> tuple[str, int]:
    """A plain word of bringing in (吸引, 引进) under a flexible clause of means brings people in flexibly
    ("通过柔性引进方式，吸引56名高层次人才来我县服务"); any other mode stands."""
    if mode[0] != "introduced":
        return mode
    means = mode_of_means(reading, sent, count)
    return means if means is not None and means[0] == "flexible" else mode
