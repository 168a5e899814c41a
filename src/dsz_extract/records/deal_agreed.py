"""A firm signing with a place, and the next sentence of its paragraph telling what it agreed to build: "海口市与A公司
签订合作协议。根据协议，A公司将投资50亿元建设B项目" / "…。该公司将投资…建设B项目". B's deal is the signing's: the
firm is its investor and it is signed (the 将 tells the building to come, not the agreement), and the firm's own
bare signing deal is that deal told in short. records/deal_merge.py calls `carry_the_signing_over` on the merged
frames of a document."""

from __future__ import annotations

from .. import models, patterns
from .context import Reading
from .deal_frame import INVESTOR_VERB, Frame

# The next sentence opens on the agreement ("根据协议，", "按照合作协议约定，", "協議規定，") or on the firm named by a
# demonstrative ("该公司", "该企业", "該集團").
_AGREED_OPENING_RE = patterns.compile(
    r"\s*(?:(?:根据|按照|依据|根據|依據)(?:该|該|双方|雙方)?(?:签订的|簽訂的)?(?:投资|投資|合作|框架)?(?:协议|協議|合同)"
    r"(?:约定|規定|规定)?[，,]?"
    r"|(?:协议|協議)(?:约定|規定|规定)[，,]?"
    r"|(?:该|該)(?:公司|企业|企業|集团|集團))"
)


# The next sentence opens on the firm's demonstrative putting money in, no project named ("该公司将投资约5000亿元
# 兴建先进封装厂"): the signing's amount.
_ITS_MONEY_RE = patterns.compile(
    rf"\s*(?:(?:根据|按照)(?:该|双方)?(?:投资|合作|框架)?(?:协议|合同)(?:约定|规定)?[，,]?)?(?:该|这家)(?:公司|企业|集团)"
    rf"{INVESTOR_VERB}(?:金额|总额|额)?(?:约|达|逾|超过|近|将达|为)*\s*$"
)


def carry_the_signing_over(reading: Reading, frames: list[Frame]) -> None:
    """Give the projects the sentence after a firm's bare signing tells it agreed to build the firm and the signing;
    with none, the money that sentence says the firm puts in is the signing's."""
    for i, bare in enumerate(frames):
        if not _bare_signing(bare):
            continue
        if not _projects_agreed(reading, frames[i + 1 :], bare):
            _amount_told_next(reading, frames, bare)


def _projects_agreed(reading: Reading, later: list[Frame], bare: Frame) -> bool:
    found = False
    for frame in later:
        sent = frame.sentence
        if sent.index > bare.sentence.index + 1:
            break
        if sent.index != bare.sentence.index + 1 or sent.paragraph != bare.sentence.paragraph:
            continue
        if not frame.projects or not _tells_what_was_agreed(reading, frame, bare):
            continue
        found = True
        if not frame.investors:
            frame.investors = list(bare.investors)
        if frame.stage in (None, "planned"):
            frame.stage = "signed"
    return found


def _amount_told_next(reading: Reading, frames: list[Frame], bare: Frame) -> None:
    """ "A与B公司签署合作备忘录。该公司将投资5000亿元兴建…": the amount, when no frame read that sentence."""
    i = bare.sentence.index + 1
    if i >= len(reading.sentences):
        return
    sent = reading.sentences[i]
    if sent.paragraph != bare.sentence.paragraph or any(f.sentence is sent for f in frames):
        return
    money = next(iter(sent.of_type("money")), None)
    if money is None or not _ITS_MONEY_RE.fullmatch(reading.norm, sent.span.start, money.start):
        return
    bare.amounts.append(models.DealAmount(role="total", money=money.value))
    bare.settled_company = False


def _bare_signing(frame: Frame) -> bool:
    return (
        frame.settled_company
        and frame.stage == "signed"
        and not frame.projects
        and not frame.amounts
        and len(frame.investors) == 1
    )


def _tells_what_was_agreed(reading: Reading, frame: Frame, bare: Frame) -> bool:
    """The sentence opens on the agreement or the firm's demonstrative (then the frame names no other investor),
    or the frame names the firm again."""
    firm = bare.investors[0]
    if any(_same_firm(firm, name) for name in frame.investors):
        return True
    sent = frame.sentence
    return not frame.investors and _AGREED_OPENING_RE.match(reading.norm, sent.span.start, sent.span.end) is not None


def _same_firm(name: str, told: str) -> bool:
    short, full = sorted((name, told), key=len)
    return len(short) >= 2 and short in full
