"""The Meeting records: each draft with its chair, attendees, organizer, place and count."""

from __future__ import annotations

import regex

from ..context import Context, Mentions, Ranges
from ..numbers import MAX_DIGITS, find_numbers, parse_digits
from ..records import Meeting, Person, PersonRef
from ..text import fold
from .attendees import _attendees, _named_elsewhere
from .chair import _chairs
from .cues import _cues, _listed_triggers, _may_hold, _patterns, _words
from .days import _nearby_date, _story_dateline
from .drafts import _Draft, _drafts, _one_event_per_chair
from .organizer import _organizer

_LOCATION = regex.compile(
    r"\btại\s+(?P<loc>[^,;.()]{2,80}?)(?=\s*(?:[,;.()]|$|\s+(?:đã|về|với|do|có|diễn)\b))", regex.IGNORECASE
)


def extract_meetings(
    ctx: Context, people: list[Person], mentions: Mentions, claimed: Ranges
) -> list[Meeting]:
    """Every meeting the story reports as held (see the module docstring), from the people and
    their mentions (``people.extract_people``) and the ranges documents claimed (their dates are
    no meeting's day)."""
    _listed_triggers(), _cues()  # the tables are checked on the first call, whatever the text
    story = [(s, e, z) for s, e, z in ctx.sentences if z in ("body", "caption")]
    sents = [(s, e) for s, e, _ in story]
    drafts, owner = _one_event_per_chair(ctx, mentions, sents, *_drafts(ctx, claimed, story))
    # undated lead next to a dated sentence: "Sáng 23/10, Quốc hội thảo luận... Tổng Bí thư tham dự phiên thảo luận"
    for d in drafts:
        if d.date is None:
            d.date = _nearby_date(ctx, claimed, sents, d.sentences[0])
    if len(drafts) == 1 and drafts[0].date is None:
        drafts[0].date = _story_dateline(ctx, claimed, sents)
    by_key = {fold(p.name): p for p in people}  # mentions carry the folded name
    away = _named_elsewhere(ctx, mentions) if drafts else set()  # the story's, the same for every meeting
    own = [[i for i, o in enumerate(owner) if o == idx] for idx in range(len(drafts))]
    return [
        _record(ctx, mentions, claimed, sents, d, own[idx], by_key, len(drafts) == 1, away)
        for idx, d in enumerate(drafts)
    ]


def _record(
    ctx: Context,
    mentions: Mentions,
    claimed: Ranges,
    sents: list[tuple[int, int]],
    d: _Draft,
    own: list[int],
    by_key: dict[str, Person],
    single: bool,
    away: set[str],
) -> Meeting:
    """The meeting record of one event, from the sentences it owns."""
    chair_keys = _chairs(ctx, mentions, sents, own)
    attendees = _attendees(ctx, mentions, claimed, sents, own, chair_keys, d, single, away)
    lead_s, lead_e = d.lead
    return Meeting(
        kind=d.trigger.label,
        title=ctx.doc.surface(*d.title),
        date=d.date.date if d.date else None,
        time_of_day=d.date.time_of_day if d.date and d.date.time_of_day else None,  # type: ignore[arg-type]
        chair=[_ref(by_key, k) for k in chair_keys if k in by_key],
        attendees=[_ref(by_key, k) for k in attendees if k in by_key],
        organizer=_organizer(ctx, mentions, lead_s, d.trigger, lead_e),
        location=_location(ctx, lead_s, lead_e),
        participants_count=_participants(ctx, sents, own),
        online=any(
            _may_hold(ctx.tokens(*sents[i]), "online") and _words("online").search(ctx.text, *sents[i])
            for i in own
        )
        or None,
        place=ctx.place,
        span=ctx.doc.span(*d.title),
    )


def _ref(by_key: dict[str, Person], key: str) -> PersonRef:
    return PersonRef(name=by_key[key].name, key=by_key[key].key)


def _location(ctx: Context, s: int, e: int) -> str | None:
    m = _LOCATION.search(ctx.text, s, e)
    if not m or not m.group("loc")[:1].isupper():
        return None
    return ctx.doc.surface(*m.span("loc"))


def _next_word(text: str, pos: int, e: int) -> int:
    """Where the next word after ``pos`` begins (spaces skipped)."""
    while pos < e and text[pos].isspace():
        pos += 1
    return pos


def _participants(ctx: Context, sents: list[tuple[int, int]], own: list[int]) -> int | None:
    """ "với trên 1.600 đại biểu tham dự" -> 1600; those absent are not counted."""
    text = ctx.text
    for i in own:
        s, e = sents[i]
        if not _may_hold(ctx.tokens(s, e), "attendance") or not _patterns()["attendance"].search(text, s, e):
            continue
        present = _patterns()["present_of"].search(text, s, e)  # "58/62 đại biểu có mặt": those present
        if present:
            count = parse_digits(present.group(1))  # None past MAX_DIGITS digits, like a metric value
            return None if count is None else int(count)
        for n in find_numbers(text, s, e):
            if n.is_word or n.value_max is not None or not float(n.value).is_integer():
                continue
            if n.value >= 10**MAX_DIGITS:
                continue  # longer than any real count, as for metric values
            noun = _patterns()["participants"].match(text, n.end, e)
            if noun and not _words("absent").match(text, _next_word(text, noun.end(), e), e):
                return int(n.value)  # not "4 đại biểu vắng mặt"
    return None
