"""What every recognizer of one article shares: the text, its layout, its dates and numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from .dates import DateMatch, find_dates, reference_year, resolve
from .layout import Layout, Zone, analyse
from .numbers import NumberMatch, find_numbers
from .text import Doc, Token, normalize, tokenize


@dataclass
class Context:
    doc: Doc
    layout: Layout
    published: dt.date | None
    # character ranges of the normalised text already claimed as document numbers, dates...
    claimed: list[tuple[int, int]] = field(default_factory=list)
    # where each person is mentioned: (start, end, person key), filled by the people recognizer
    mentions: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def build(cls, text: str, published: dt.date | None) -> Context:
        doc = normalize(text)
        return cls(doc, analyse(doc), published)

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def dates(self) -> list[DateMatch]:
        """Every date of the story, years inferred (title and body, not junk)."""
        raw = []
        for a, b, zone in self.layout.zones:
            if zone in ("title", "body", "caption"):
                raw.extend(find_dates(self.text, a, b))
        year = reference_year(raw, self.published)
        return [resolve(d, year, self.published) for d in raw]

    @cached_property
    def numbers(self) -> list[NumberMatch]:
        out = []
        for a, b, zone in self.layout.zones:
            if zone in ("title", "body", "caption"):
                out.extend(find_numbers(self.text, a, b))
        return out

    @cached_property
    def sentences(self) -> list[tuple[int, int, Zone]]:
        return self.layout.sentences()

    def tokens(self, start: int, end: int) -> list[Token]:
        return tokenize(self.text, start, end)

    def is_claimed(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.claimed)
