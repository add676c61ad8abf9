"""What every recognizer of one article reads: the text, its layout, its dates and numbers.

``Context`` is read-only: recognizers take it and return records. What a later recognizer needs
from an earlier one is returned and passed on explicitly (``pipeline.extract``): the ranges
documents claim (``Ranges``), the mentions people find (``Mentions``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from .dates import DateMatch, find_dates, reference_year, resolve
from .layout import Layout, Zone, analyse
from .numbers import NumberMatch, find_numbers
from .records import Place
from .text import Doc, Tokens, normalize, tokenize


class Ranges:
    """Character ranges of the normalised text, sorted, with a running maximum of their ends, so
    that "does [a, b) overlap one of them?" is one bisect (documents claim numbers, dates and
    issuers this way; metrics and meetings skip what is claimed)."""

    __slots__ = ("_ranges", "_starts", "_reach")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        self._ranges = tuple(sorted(ranges))
        self._starts = [a for a, _ in self._ranges]
        reach, top = [], -1
        for _, b in self._ranges:
            top = max(top, b)
            reach.append(top)
        self._reach = reach

    def __len__(self) -> int:
        return len(self._ranges)

    def overlaps(self, a: int, b: int) -> bool:
        """Does [a, b) overlap one of the ranges?"""
        i = bisect_left(self._starts, b)
        return i > 0 and self._reach[i - 1] > a


class Mentions:
    """Where each person is mentioned, ``(start, end, person key)`` sorted: what people found,
    read by meetings for chairs and attendees."""

    __slots__ = ("_items",)

    def __init__(self, items: Iterable[tuple[int, int, str]] = ()) -> None:
        self._items = tuple(sorted(items))

    def between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions starting inside [start, end) (binary search: cheap on huge articles)."""
        lo = bisect_left(self._items, (start, -1, ""))
        hi = bisect_left(self._items, (end, -1, ""))
        return list(self._items[lo:hi])


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the title, body or captions, annotated once and read by every recognizer:
    where it is, its zone, its tokens (each matcher keeps its trie walks on them, so a token is
    looked up once whoever asks) and the numbers and dates that start inside it."""

    start: int
    end: int
    zone: Zone
    tokens: Tokens
    numbers: tuple[NumberMatch, ...]
    dates: tuple[DateMatch, ...]


@dataclass(frozen=True, eq=False)
class Context:
    doc: Doc
    layout: Layout
    published: dt.date | None
    _token_cache: dict[tuple[int, int], Tokens] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, text: str, published: dt.date | None) -> Context:
        doc = normalize(text)
        return cls(doc, analyse(doc), published)

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def place(self) -> Place | None:
        """The province the article is about (places.infer_province), or None."""
        from .places import infer_province  # places reads a Context: imported on first use

        return infer_province(self)

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

    @cached_property
    def annotated(self) -> tuple[Sentence, ...]:
        """Every sentence of ``sentences``, annotated (see ``Sentence``)."""
        numbers, n_starts = self.numbers, [n.start for n in self.numbers]
        dates, d_starts = self.dates, self._date_starts
        out = []
        for s, e, zone in self.sentences:
            n0, n1 = bisect_left(n_starts, s), bisect_left(n_starts, e)
            d0, d1 = bisect_left(d_starts, s), bisect_left(d_starts, e)
            out.append(Sentence(s, e, zone, self.tokens(s, e), tuple(numbers[n0:n1]), tuple(dates[d0:d1])))
        return tuple(out)

    def tokens(self, start: int, end: int) -> Tokens:
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
