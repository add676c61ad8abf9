"""Days of events: which dates of a sentence may be an event's day, whether two are the same
day, a dateline for an undated event, and where a clause begins (after a date)."""

from __future__ import annotations

from dataclasses import replace

import regex

from ..context import Context, Ranges
from ..dates import DateMatch
from ..text import fold
from .cues import _patterns


def _hom(d: DateMatch) -> bool:
    """ "..., hôm 12/3": a day written after its event's clause, the day it happened."""
    return fold(d.text).startswith("hôm ")


def _historical(ctx: Context, d: DateMatch) -> bool:
    """A day whose written year is not the article's: an anniversary, not the meeting."""
    if not d.year_written or d.date is None:
        return False
    ref = ctx.published.year if ctx.published else ctx.reference_year
    return ref is not None and abs(d.date.year - ref) > 1


def _dates_in(ctx: Context, claimed: Ranges, s: int, e: int) -> list[DateMatch]:
    return [
        d for d in ctx.dates_between(s, e) if d.precision == "day" and not claimed.overlaps(d.start, d.end)
    ]


# "ngày mùng 3 và 5/4/2021", "các ngày 12, 13/3": bare days written before a full one share its month
_DAYS_BEFORE = regex.compile(
    r"(?<!\p{L})(?:ngày|mùng)\s+(?:mùng\s+)?(\d{1,2})\s*(?:,|và)\s*(?:mùng\s+)?$", regex.IGNORECASE
)


def _days_written_before(ctx: Context, d: DateMatch) -> list[DateMatch]:
    """The bare day joined to ``d`` before it by "và" or a comma, as a date of its own month."""
    m = _DAYS_BEFORE.search(ctx.text, max(0, d.start - 20), d.start)
    if m is None or d.date is None or d.precision != "day" or not d.text[:1].isdigit():
        return []
    try:
        day = d.date.replace(day=int(m.group(1)))
    except ValueError:
        return []
    if day >= d.date:
        return []
    return [replace(d, start=m.start(1), end=m.end(1), date=day, text=m.group(1))]


def _other_session(a: DateMatch | None, b: DateMatch) -> bool:
    """The same day at another time ("Sáng 20/3" and "Chiều 20/3")."""
    return (
        a is not None
        and a.time_of_day is not None
        and b.time_of_day is not None
        and a.time_of_day != b.time_of_day
    )


def _same_day(a: DateMatch | None, b: DateMatch) -> bool:
    if a is None or a.date is None or b.date is None:
        return a is not None and a.text.lower().split()[-1] == b.text.lower().split()[-1]
    return (a.date.month, a.date.day) == (b.date.month, b.date.day)


def _nearby_date(ctx: Context, claimed: Ranges, sents: list[tuple[int, int]], si: int) -> DateMatch | None:
    """The day of the sentence before, in the same paragraph (a dateline)."""
    if si == 0:
        return None
    s, _ = sents[si - 1]
    e = sents[si][0]
    if "\n" in ctx.text[s:e]:
        return None
    found = _dates_in(ctx, claimed, s, e)
    if found and not _patterns()["planned"].search(ctx.text, s, e):
        return found[0]
    return None


def _story_dateline(ctx: Context, claimed: Ranges, sents: list[tuple[int, int]]) -> DateMatch | None:
    """The day opening the story's first sentence ("Sáng nay 22/4 tại Hà Nội, ..."): the day of
    an article's only event when the event's own sentences give none."""
    if not sents:
        return None
    s, e = sents[0]
    found = [d for d in _dates_in(ctx, claimed, s, e) if d.time_of_day and d.start - s <= 12]
    if found and not _patterns()["planned"].search(ctx.text, s, e) and not _historical(ctx, found[0]):
        return found[0]
    return None


def _clause_start(ctx: Context, s: int, pos: int, dates: bool = True) -> int:
    """Where the subject of a verb at ``pos`` may begin: after ";", ":" or a date (or, with
    ``dates=False``, where the clause begins: after ",", ";" or ":")."""
    text = ctx.text
    if not dates:
        return max(s, *(text.rfind(c, s, pos) + 1 for c in ",;:"))
    cut = max(text.rfind(";", s, pos), text.rfind(":", s, pos)) + 1
    ends = [d.end for d in ctx.dates_between(s, pos) if d.end <= pos]
    return max([cut, s, *ends])


def _clause_end(text: str, pos: int, e: int) -> int:
    cuts = [c for c in (text.find(";", pos, e), text.find(".", pos, e)) if c >= 0]
    return min(cuts) if cuts else e
