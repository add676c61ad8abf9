"""The records vn_newsie returns.

These models are the public contract: ``Article.model_dump(mode="json")`` is the interchange
format and ``schema/article.schema.json`` pins its shape. Every record is frozen (hashable
where its fields are, safe to share between threads) and picklable.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_serializer, model_validator

Qualifier = Literal["over", "under", "about", "nearly"]
Change = Literal["increase", "decrease"]


# Lone surrogates (a JSON "\ud800" escape) are the code points UTF-8 cannot encode: U+FFFD.
# Shared with the text layer, which replaces them in its normalised copy.
UNENCODABLE = {chr(c): "\ufffd" for c in range(0xD800, 0xE000)}
REPLACE_UNENCODABLE = str.maketrans(UNENCODABLE)


class _Record(BaseModel):
    # defer_build: validators are built on first use, keeping `import vn_newsie` light
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Span(_Record):
    """Evidence: ``text == source[start:end]`` for the exact string passed to ``extract``."""

    start: int = Field(ge=0, description="Offset of the first character, in code points.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The caller's characters between start and end.")

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self

    @field_serializer("text", when_used="json")
    def _encodable(self, text: str) -> str:
        """JSON is UTF-8, which cannot carry a lone surrogate: it is written U+FFFD (same length)."""
        return text if text.isascii() else text.translate(REPLACE_UNENCODABLE)


class Place(_Record):
    """An administrative unit as written, with its code and its place in the 2025 merger."""

    name: str = Field(description="The unit as written or inferred, e.g. 'Bình Định'.")
    level: Literal["province", "district", "ward"] = "province"
    code: str | None = Field(default=None, description="Administrative code (GSO), when known.")
    merged_into: str | None = Field(
        default=None, description="For a unit abolished on 1 July 2025: the unit it became part of."
    )


class Role(_Record):
    """A position attached to a person, as written, split into title and body."""

    text: str = Field(description="The role as written: 'Phó Bí thư Thường trực Tỉnh ủy'.")
    title: str = Field(description="The position: 'Phó Bí thư Thường trực'.")
    organization: str | None = Field(default=None, description="The body: 'Tỉnh ủy', 'UBND tỉnh'.")
    organization_key: str | None = Field(
        default=None,
        description="The body folded (case, Unicode form, tone style) with listed abbreviations expanded "
        "('UBND tỉnh' and 'Ủy ban nhân dân tỉnh' agree), for joins.",
    )
    place: Place | None = Field(default=None, description="The place the body governs, when known.")
    span: Span | None = None


class Person(_Record):
    """One real person named in the article, with every role and every mention."""

    name: str = Field(description="Full name as written, without honorifics or ranks.")
    key: str = Field(default="", description="Normalised name (+ place) that joins across articles.")
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list, description="Every span that refers to them.")


class PersonRef(_Record):
    """A pointer from a meeting to a ``Person`` of the same article."""

    name: str
    key: str = ""


class Meeting(_Record):
    """An event the article reports as held (or, with status 'planned', as announced)."""

    kind: str = Field(description="Trigger word: 'hội nghị', 'kỳ họp', 'buổi làm việc', ...")
    title: str | None = Field(default=None, description="The event's name as written.")
    date: dt.date | None = None
    time_of_day: Literal["sáng", "trưa", "chiều", "tối", "đêm"] | None = None
    chair: list[PersonRef] = Field(default_factory=list)
    attendees: list[PersonRef] = Field(default_factory=list)
    organizer: str | None = None
    location: str | None = None
    place: Place | None = None
    participants_count: int | None = None
    online: bool | None = None
    status: Literal["held", "planned"] = "held"
    span: Span | None = None


class Metric(_Record):
    """A reported statistic; ``value`` in base units (``15.000 tỷ đồng`` → 1.5e13, 'đồng')."""

    name: str = Field(description="What is measured, in the article's words.")
    value: float
    value_max: float | None = Field(default=None, description="High end of a range ('từ 10 đến 15%').")
    unit: str
    qualifier: Qualifier | None = None
    change: Change | None = None
    baseline: str | None = Field(default=None, description="'cùng kỳ 2020', 'dự toán', ...")
    period: str | None = Field(default=None, description="'Năm 2021', '6 tháng đầu năm', ...")
    raw: str = Field(description="The number and unit as written.")
    span: Span | None = None


class DocumentRef(_Record):
    """A cited document; ``number`` as written without 'số' (None for unnumbered ones)."""

    kind: str = Field(description="'Nghị quyết', 'Quyết định', 'Kế hoạch', ...")
    number: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = Field(default=None, description="For unnumbered references: the name cited.")
    key: str | None = Field(default=None, description="Number + year (+ issuer) for joins.")
    span: Span | None = None


class Article(_Record):
    """Everything extracted from one article."""

    title: str | None = None
    author: str | None = None
    published: dt.date | None = None
    place: Place | None = Field(default=None, description="The province the article is about.")
    people: list[Person] = Field(default_factory=list)
    meetings: list[Meeting] = Field(default_factory=list)
    metrics: list[Metric] = Field(default_factory=list)
    documents: list[DocumentRef] = Field(default_factory=list)

    # The string extract() read, for display only: not a field (not in the JSON, not compared).
    _source: str | None = PrivateAttr(default=None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return type(self) is type(other) and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # holds lists, like pydantic's default

    @property
    def source_text(self) -> str | None:
        """The text this article was extracted from (None once loaded from JSON)."""
        return self._source

    def to_html(self, text: str | None = None, *, full_page: bool = True) -> str:
        """The article as HTML, each record's evidence highlighted and labelled (see ``render``)."""
        from .render import to_html

        return to_html(self, text, full_page=full_page)

    def _repr_html_(self) -> str:
        return self.to_html(full_page=False)
