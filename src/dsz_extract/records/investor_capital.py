"""A firm putting money into a company by the amount first (X以约2亿美元增资Y公司, 香港商A，以新台币30亿元增资B,
A以5亿元转投资设立C): the way approvals of foreign and overseas investment are reported (投审会核准…). The firm is
the investor, the amount its investment; the company it funds is no project."""

from __future__ import annotations

from typing import Any

from .. import patterns
from .context import Reading
from .sentence import Sentence

# Between the firm and its amount: a comma at most and 以; the amount may open with its approximation (约, 逾), which
# (session 32) may also come before 以 (丹麥商A約以20億2,061萬美元用以轉投資設立B).
_BY_AMOUNT_RE = patterns.compile(r"[，,\s]*(?:则|則|再|另)?(?:约|約)?以")
_APPROXIMATION = patterns.compile(r"(?:约|約|近|逾|超过|超過)?")
# After the amount: what the money does to the company.
_PUTS_IN_RE = patterns.compile(
    r"(?:用以|用於|用于)?(?:增资|增資|转投资|轉投資|投资|投資|注资|注資|收购|收購|设立|設立|入股|参股|參股|并购|併購)"
)


def money_put_in(reading: Reading, sent: Sentence, after: int) -> tuple[Any, int] | None:
    """The amount and where it is told for a firm ending at `after` that puts it into a company (以N增资)."""
    norm = reading.norm
    by = _BY_AMOUNT_RE.match(norm, after)
    if by is None:
        return None
    money = sent.first_from(by.end())
    if money is None or money.type != "money":
        return None
    if money.start != by.end() and _APPROXIMATION.fullmatch(norm, by.end(), money.start) is None:
        return None
    return (money, money.start) if _PUTS_IN_RE.match(norm, money.end) is not None else None
