"""Events anchored on their lead sentences (a day and an event word) and the sentences each
owns; sessions of one day told twice folded into one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import regex

from ..context import Context, Mentions, Ranges
from ..dates import DateMatch
from ..text import fold
from .chair import _chairs
from .cues import _patterns
from .days import _clause_start, _dates_in, _days_written_before, _historical, _hom, _other_session, _same_day
from .organizer import _organizer
from .triggers import _hosting, _Trigger, _triggers

# an event word, a few words and its name in quotes, then the day: 'Hội thảo khoa học "..." sáng 15/3'
_QUOTED_NAME = regex.compile(r'[^",.;]{0,40}"[^"]{1,300}"\s*')

# an event's name runs to the end of its clause, or to "do ..." / "với trên 1.600 đại biểu"
_TITLE = regex.compile(
    r"[^.;:\n]{0,400}?(?=\s*(?:[.;:\n]|$)|\s+(?:do|dưới\s+sự|với\s+(?:sự|trên|hơn|gần|khoảng|\d))\b)"
)


@dataclass
class _Draft:
    lead: tuple[int, int]  # sentence
    trigger: _Trigger
    title: tuple[int, int]
    date: DateMatch | None
    sentences: list[int] = field(default_factory=list)  # indexes into ctx.sentences


def _title(ctx: Context, a: int, e: int) -> tuple[int, int]:
    """From the event word to the end of its clause (at most ~40 words)."""
    m = _TITLE.match(ctx.text, a, e)
    end = m.end() if m else e
    return a, end


def _lead(
    ctx: Context, claimed: Ranges, s: int, e: int, trig: list[_Trigger]
) -> tuple[DateMatch, _Trigger] | None:
    """The day and event word of a lead sentence: a day written before an anchoring event word
    ("Chiều 18/02, ... tổ chức Hội nghị"), not a historical one ("ngày 31/3/1975")."""
    dates = [
        d
        for d in _dates_in(ctx, claimed, s, e)
        if not _historical(ctx, d)
        and not _patterns()["cutoff"].search(ctx.text, max(s, d.start - 12), d.start)
    ]
    for d in sorted(dates, key=lambda d: (d.time_of_day is None, d.start)):
        after = [
            t
            for t in trig
            if t.start >= d.end
            and t.anchors
            and t.start - d.end <= 200
            and ";" not in ctx.text[d.end : t.start]
        ]
        if after:
            return d, after[0]
        held_on = bool(
            _patterns()["held_on"].search(ctx.text, max(s, d.start - 40), d.start)
        )  # "... diễn ra sáng 15/7"
        before = [
            t
            for t in trig
            if t.end <= d.start
            and t.anchors
            and not _names_the_event(ctx, t, d)
            and (
                (d.start - t.end <= 40 and "," not in ctx.text[t.end : d.start])
                or ((held_on or _hom(d)) and d.start - t.end <= 300)
                or _QUOTED_NAME.fullmatch(ctx.text, t.end, d.start) is not None
            )
        ]
        if before:
            return d, before[-1]
    return None


# "Chiều cùng ngày, ...", "Buổi chiều cùng ngày, ...": a sentence opening on the day of the event before
_SAME_DAY = regex.compile(
    r"[\s\-–•]*(?:(?:vào\s+)?buổi\s+)?(?P<tod>sáng|trưa|chiều|tối|đêm)\s+(?:cùng\s+ngày|hôm\s+đó)\b",
    regex.IGNORECASE,
)


def _same_day_lead(
    ctx: Context, s: int, e: int, trig: list[_Trigger], day: DateMatch | None
) -> tuple[DateMatch, _Trigger] | None:
    """A sentence opening "Chiều cùng ngày, ..." with an event word: a lead on the day of the
    event before, at another time of day (folded into it later unless it has its own chair or
    organizer)."""
    m = _SAME_DAY.match(ctx.text, s, e)
    if m is None or day is None:
        return None
    after = [t for t in trig if t.start >= m.end() and t.anchors and ";" not in ctx.text[m.end() : t.start]]
    if not after:
        return None
    return replace(day, start=m.start("tod"), end=m.end(), time_of_day=m.group("tod").lower()), after[0]


def _held(ctx: Context, s: int, e: int, d: DateMatch, t: _Trigger) -> bool:
    """Is the lead's event reported as held? Not when announced ("hội nghị sẽ diễn ra vào ngày 5/11
    tới", "Công ty sẽ tổ chức đại hội vào 26/4"), in a sentence announcing events ("sẽ được tổ chức
    ..., Hội nghị A (25/4)"), nor on a day after the article was published."""
    if ctx.published is not None and d.date is not None and d.date > ctx.published:
        return False
    if _patterns()["announced"].search(ctx.text, s, min(d.start, t.start)):
        return False  # "Các hội nghị sẽ được tổ chức ..., Hội nghị A tại Đà Nẵng (25-4-2006), ..."
    a = max(min(d.start, t.start) - 60, _clause_start(ctx, s, t.start, dates=False))
    return not _patterns()["planned"].search(ctx.text, min(a, d.start), min(e, max(d.end, t.end) + 60))


def _names_the_event(ctx: Context, t: _Trigger, d: DateMatch) -> bool:
    """A bare day right after the event word is its name ("lễ 30/4", a holiday), not when it was
    held ("hội nghị ngày 5/3", "hội nghị sáng 15/7")."""
    return (
        not ctx.text[t.end : d.start].strip()
        and d.time_of_day is None
        and not fold(d.text).startswith("ngày")
    )


def _drafts(
    ctx: Context, claimed: Ranges, story: Sequence[tuple[int, int, str]]
) -> tuple[list[_Draft], list[int | None]]:
    """The events of the story, anchored on their lead sentences (a day and an event word), and
    which of them each sentence speaks of; failing any dated one, the first event reported as
    happening, undated, owning the whole story."""
    drafts: list[_Draft] = []
    first_undated: _Draft | None = None
    owner: list[int | None] = []  # which draft each body sentence belongs to
    current: int | None = None
    for si, (s, e, zone) in enumerate(story):
        trig = _triggers(ctx, s, e)
        assigned: int | None = None
        if trig:
            planned = bool(_patterns()["planned"].search(ctx.text, s, e))
            lead = _lead(ctx, claimed, s, e, trig) if zone == "body" else None
            if lead is None and zone == "body" and drafts:
                lead = _same_day_lead(ctx, s, e, trig, drafts[-1].date)
            if lead is not None and not _held(ctx, s, e, *lead):
                lead, planned = None, True
            if lead is not None:
                date, t = lead
                assigned = next(
                    (
                        i
                        for i, d in enumerate(drafts)
                        if _same_day(d.date, date) and not _other_session(d.date, date)
                    ),
                    None,
                )
                if assigned is None:
                    for other in _days_written_before(ctx, date):  # "ngày 3 và 5/4": the 3rd too
                        if not any(_same_day(d.date, other) for d in drafts):
                            drafts.append(_Draft((s, e), t, _title(ctx, t.start, e), other, [si]))
                    drafts.append(_Draft((s, e), t, _title(ctx, t.start, e), date))
                    assigned = len(drafts) - 1
            elif not planned:
                # a sentence about one of the events already anchored, by its kind
                kinds = {t.kind for t in trig}
                assigned = next(
                    (i for i in range(len(drafts) - 1, -1, -1) if drafts[i].trigger.kind in kinds), None
                )
                if assigned is None and first_undated is None and zone == "body":
                    first_undated = _undated(ctx, s, e, trig)
                    if first_undated is not None:
                        first_undated.sentences.append(si)
        if assigned is not None:
            current = assigned
            drafts[assigned].sentences.append(si)
        owner.append(assigned if assigned is not None else current)
    if not drafts and first_undated is not None:
        return [first_undated], [0] * len(story)
    return drafts, owner


def _one_event_per_chair(
    ctx: Context,
    mentions: Mentions,
    sents: list[tuple[int, int]],
    drafts: list[_Draft],
    owner: list[int | None],
) -> tuple[list[_Draft], list[int | None]]:
    """Sessions of one day at different times are one event told twice, unless each has chairs or
    an organizer of its own (a city's meeting and a union's celebration), or a session at another
    time is another kind of event (a morning ceremony, an afternoon working session): the later one
    is folded into the earlier one otherwise."""
    if len(drafts) < 2:
        return drafts, owner  # nothing to fold: no chairs or organizers to compare
    chairs = [
        set(_chairs(ctx, mentions, sents, [i for i, o in enumerate(owner) if o == k]))
        for k in range(len(drafts))
    ]
    hosts = [_organizer(ctx, mentions, d.lead[0], d.trigger, d.lead[1]) for d in drafts]
    into = list(range(len(drafts)))
    for j, d in enumerate(drafts):
        for i in range(j):
            own_chairs = chairs[i] and chairs[j] and chairs[i] != chairs[j]
            own_chairs = (
                own_chairs
                or _other_hosts(hosts[i], hosts[j])
                or (
                    d.date is not None
                    and d.date.time_of_day is not None
                    and drafts[i].trigger.category != d.trigger.category
                )
            )
            if into[i] == i and d.date is not None and _same_day(drafts[i].date, d.date) and not own_chairs:
                into[j] = i
                drafts[i].sentences.extend(d.sentences)
                break
    kept = [k for k in range(len(drafts)) if into[k] == k]
    index = {k: n for n, k in enumerate(kept)}
    return [drafts[k] for k in kept], [None if o is None else index[into[o]] for o in owner]


def _other_hosts(a: str | None, b: str | None) -> bool:
    """Two bodies named as organizers, neither a part of the other's name."""
    if a is None or b is None:
        return False
    a, b = fold(a), fold(b)
    return a not in b and b not in a


def _undated(ctx: Context, s: int, e: int, trig: list[_Trigger]) -> _Draft | None:
    """An event reported as happening without a day ("Hội nghị diễn ra ...", "Tại phiên họp, ...")."""
    anchoring = [t for t in trig if t.anchors]
    if not anchoring or not _hosting(ctx.text, s, e, trig):
        return None
    t = anchoring[0]
    return _Draft((s, e), t, _title(ctx, t.start, e), None)
