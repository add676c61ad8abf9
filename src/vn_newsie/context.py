"""What every recognizer of one article shares: the text, its layout, its dates and numbers."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .dates import DateMatch, find_dates, reference_year, resolve
from .layout import Layout, Zone, analyse
from .numbers import NumberMatch, find_numbers
from .records import Place
from .text import Doc, Token, Tokens, normalize, tokenize


@dataclass
class Context:
    doc: Doc
    layout: Layout
    published: dt.date | None
    # character ranges of the normalised text already claimed as document numbers, dates...
    claimed: list[tuple[int, int]] = field(default_factory=list)
    # where each person is mentioned: (start, end, person key), filled by the people recognizer
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    # the province the article is about (places.infer_province), set before the recognizers run
    place: Place | None = None
    _token_cache: dict[tuple[int, int], list[Token]] = field(default_factory=dict, repr=False)
    _claimed_sorted: list[tuple[int, int]] = field(default_factory=list, repr=False)
    _claimed_max_end: list[int] = field(default_factory=list, repr=False)

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
    def reference_year(self) -> int | None:
        """The year of days written without one (see dates.reference_year)."""
        return reference_year(self.dates, self.published)

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
        """Tokens of ``text[start:end]``, computed once per range (recognizers share sentences and
        the look-ups kept on them): the text's tokens inside the range, and a token the range
        cuts at either edge read again from its piece ("Nghị" of "Nghị quyết" cut after "Ngh")."""
        key = (start, end)
        found = self._token_cache.get(key)
        if found is None:
            found = self._token_cache[key] = self._slice(start, end)
        return found

    @cached_property
    def _all_tokens(self) -> tuple[Tokens, list[int], list[int]]:
        every = tokenize(self.text)
        return every, [t.start for t in every], [t.end for t in every]

    def _slice(self, start: int, end: int) -> Tokens:
        every, starts, ends = self._all_tokens
        i = bisect_left(starts, start)  # first token starting inside the range
        j = bisect_right(ends, end)  # one past the last token ending inside it
        if i >= j:
            return tokenize(self.text, start, end)
        out = tokenize(self.text, start, every[i].start) if every[i].start > start else Tokens()
        out.extend(every[i:j])
        if every[j - 1].end < end:
            out.extend(tokenize(self.text, every[j - 1].end, end))
        return out

    def dates_between(self, start: int, end: int) -> list[DateMatch]:
        """Dates starting inside [start, end) (binary search: cheap on huge articles)."""
        starts = self._date_starts
        return self.dates[bisect_left(starts, start) : bisect_left(starts, end)]

    @cached_property
    def _date_starts(self) -> list[int]:
        return [d.start for d in self.dates]

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Person mentions starting inside [start, end); ``mentions`` is kept sorted."""
        lo = bisect_left(self.mentions, (start, -1, ""))
        hi = bisect_left(self.mentions, (end, -1, ""))
        return self.mentions[lo:hi]

    def is_claimed(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a range claimed by an earlier recognizer?"""
        if len(self._claimed_sorted) != len(self.claimed):
            self._claimed_sorted = sorted(self.claimed)
            ends, top = [], -1
            for _, b in self._claimed_sorted:
                top = max(top, b)
                ends.append(top)  # running maximum of ends: overlap test by one bisect
            self._claimed_max_end = ends
        i = bisect_left(self._claimed_sorted, (end, -1)) - 1
        return i >= 0 and self._claimed_max_end[i] > start
