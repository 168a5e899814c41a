"""The output contract (docs/contract.md) as pydantic v2 models.

`schemas/report.schema.json` is generated from these models by `scripts/build_schema.py`;
a test fails when it is stale.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_VERSION = "1"

Modifier = Literal["over", "under", "approx"]
Number = int | float


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _hard_field() -> Any:
    return Field(
        default=False,
        description="Gold files only: reading it needs outside knowledge (春节前, 十四五).",
        exclude_if=lambda v: not v,
    )


# --- mention values -------------------------------------------------------------------------


class MoneyValue(_Model):
    amount: Number = Field(description="In units of the currency: 39.5亿元 -> 3950000000.")
    amount_max: Number | None = Field(default=None, description="Upper end of a range (2-3亿元).")
    currency: str = Field(description="ISO 4217 code: CNY, USD, EUR, HKD, JPY, GBP, TWD, MOP …")
    modifier: Modifier | None = None


class PercentValue(_Model):
    value: Number
    value_max: Number | None = None
    unit: Literal["percent", "percentage_point", "times"] = "percent"
    modifier: Modifier | None = None


class CountValue(_Model):
    value: Number
    value_max: Number | None = None
    unit: str = Field(description="The measure word as written (个 家 项 名 人 位 次 批 …).")
    modifier: Modifier | None = None


TimexMod = Literal["START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER"]


class DateValue(_Model):
    timex: str = Field(description="TIMEX3 value: 2023-08-18, XXXX-08-18, 2023-Q1, 2023-01/2023-04 …")
    start: str | None = Field(default=None, description="First day of the period (ISO), year known.")
    end: str | None = Field(default=None, description="Last day of the period (ISO), inclusive.")
    mod: TimexMod | None = None


PlaceLevel = Literal["country", "province", "city", "county", "town", "village", "zone", "region", "other"]


class PlaceCandidate(_Model):
    name: str
    level: PlaceLevel
    adcode: str | None = None
    full_name: str | None = None


class PlaceValue(_Model):
    name: str
    level: PlaceLevel
    adcode: str | None = None
    full_name: str | None = None
    anaphor: bool = False
    candidates: list[PlaceCandidate] = Field(
        default_factory=list,
        description="When a name exists in several places and the document does not settle which.",
        exclude_if=lambda v: not v,
    )


OrgKind = Literal[
    "company", "group", "university", "research", "government", "association", "fund", "bank", "media", "other"
]


class OrgValue(_Model):
    name: str
    kind: OrgKind = "other"


class ProjectValue(_Model):
    name: str


class PersonValue(_Model):
    name: str
    title: str | None = None
    affiliation: str | None = None


class EventValue(_Model):
    name: str


# --- mentions -------------------------------------------------------------------------------


class _MentionBase(_Model):
    text: str
    start: int = Field(ge=0, description="Code-point offset into the decoded input, inclusive.")
    end: int = Field(ge=0, description="Code-point offset into the decoded input, exclusive.")
    source: str | None = Field(
        default=None,
        description="Which pass found it (rules, gazetteer, hanlp, lac); None in gold files.",
        exclude_if=lambda v: v is None,
    )
    hard: bool = _hard_field()


class MoneyMention(_MentionBase):
    type: Literal["money"] = "money"
    value: MoneyValue


class PercentMention(_MentionBase):
    type: Literal["percent"] = "percent"
    value: PercentValue


class CountMention(_MentionBase):
    type: Literal["count"] = "count"
    value: CountValue


class DateMention(_MentionBase):
    type: Literal["date"] = "date"
    value: DateValue


class PlaceMention(_MentionBase):
    type: Literal["place"] = "place"
    value: PlaceValue


class OrgMention(_MentionBase):
    type: Literal["org"] = "org"
    value: OrgValue


class ProjectMention(_MentionBase):
    type: Literal["project"] = "project"
    value: ProjectValue


class PersonMention(_MentionBase):
    type: Literal["person"] = "person"
    value: PersonValue


class EventMention(_MentionBase):
    type: Literal["event"] = "event"
    value: EventValue


Mention = Annotated[
    MoneyMention
    | PercentMention
    | CountMention
    | DateMention
    | PlaceMention
    | OrgMention
    | ProjectMention
    | PersonMention
    | EventMention,
    Field(discriminator="type"),
]

MENTION_TYPES: tuple[str, ...] = ("money", "percent", "date", "count", "place", "org", "project", "person", "event")

# --- records --------------------------------------------------------------------------------


class Evidence(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DealAmount(_Model):
    role: Literal["total", "foreign", "phase", "completed"]
    money: MoneyValue
    phase: int | None = Field(default=None, exclude_if=lambda v: v is None)


Stage = Literal["planned", "signed", "introduced", "started", "completed"]


class Deal(_Model):
    projects: list[str] = Field(default_factory=list)
    project_count: int | None = None
    investors: list[str] = Field(default_factory=list)
    place: str | None = None
    amounts: list[DealAmount] = Field(default_factory=list)
    stage: Stage | None = None
    date: str | None = None
    event: str | None = None
    event_total: int | None = Field(
        default=None,
        description="Index in the report's event_totals of the event total this deal's amounts are part of.",
        exclude_if=lambda v: v is None,
    )
    evidence: Evidence
    hard: bool = _hard_field()


class EventTotal(_Model):
    """What an event states for all its projects (集中签约项目12个，总投资312亿元): contract §7."""

    event: str | None = None
    stage: Stage | None = None
    place: str | None = None
    date: str | None = None
    project_count: int | None = None
    total: MoneyValue
    evidence: Evidence


RecordKind = Literal["actual", "target", "plan"]


class Metric(_Model):
    indicator: str
    kind: RecordKind = "actual"
    place: str | None = None
    period: str | None = None
    value_type: Literal["money", "count", "percent"]
    value: MoneyValue | CountValue | PercentValue
    yoy: PercentValue | None = None
    share: PercentValue | None = None
    target_completion: PercentValue | None = None
    evidence: Evidence
    hard: bool = _hard_field()


class Talent(_Model):
    category: str | None = None
    count: CountValue | None = None
    persons: list[str] = Field(default_factory=list)
    mode: Literal["introduced", "flexible", "reserved", "hired", "trained"] | None = None
    kind: RecordKind = "actual"
    place: str | None = None
    organization: str | None = None
    period: str | None = None
    evidence: Evidence
    hard: bool = _hard_field()


# --- the report -----------------------------------------------------------------------------


ReferenceDateSource = Literal["manifest", "html_meta", "header", "filename", "given", "inferred", "none"]


class Report(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str | None = Field(
        default=None, description="Unique in a run: the path below the input folder, without the suffix."
    )
    source: str | None = None
    url: str | None = Field(default=None, description="From the manifest, else the page's canonical link or og:url.")
    title: str | None = None
    reference_date: str | None = None
    reference_date_source: ReferenceDateSource | None = Field(
        default=None,
        description="Where reference_date came from, in this order: manifest, html_meta (the page's"
        " metadata), header (a date line above the body), filename, given (the caller's), inferred"
        " (a date under the text); none when nothing was found. Null in gold files.",
    )
    subject_place: PlaceValue | None = None
    mentions: list[Mention] = Field(default_factory=list)
    deals: list[Deal] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    talent: list[Talent] = Field(default_factory=list)
    event_totals: list[EventTotal] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    # The decoded input the offsets point into; kept out of the JSON on purpose (it can be
    # large and the caller already has it) but used by the notebook view and the frames.
    _text: str | None = PrivateAttr(default=None)

    @property
    def text(self) -> str | None:
        return self._text

    def with_text(self, text: str) -> Report:
        self._text = text
        return self

    def mentions_of(self, kind: str) -> list[Any]:
        return [m for m in self.mentions if m.type == kind]

    def to_json(self) -> str:
        return self.model_dump_json()

    def to_frames(self) -> dict[str, Any]:
        from .frames import frames

        return frames([self])

    def _repr_html_(self) -> str:
        from .html import render_report

        return render_report(self)

    def to_html(self, path: str | Path | None = None) -> str:
        """A complete HTML page (charset, title, the marked text with a legend, the records);
        written to `path` as UTF-8 when given."""
        from .html import render_page

        page = render_page(self)
        if path is not None:
            Path(path).write_text(page, encoding="utf-8")
        return page

    def save_html(self, path: str | Path) -> Path:
        """Write the page of `to_html()` to `path`; returns the path."""
        self.to_html(path)
        return Path(path)
