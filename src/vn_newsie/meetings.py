"""Meetings the article reports as held.

A meeting is anchored on a lead sentence: one that names an event (meeting_triggers.tsv: "hội
nghị", "kỳ họp", "buổi làm việc", ...) together with the day it happened ("Chiều 18/02, Ban
Thường vụ Tỉnh ủy đã tổ chức Hội nghị ..."). Failing any dated one, the first sentence that
reports an event as happening ("tổ chức", "diễn ra", "Tại phiên họp, ...") anchors it undated.
Events only announced ("sẽ", "dự kiến"), dated after publication, holidays ("ngày lễ 30/4") and
events in general ("nhiều cuộc hội thảo") are not reported.

From there: the organizer is the subject of "tổ chức"/"tiến hành" or the body the event is of
("phiên họp thứ 17 của Ủy ban Thường vụ Quốc hội"); the chair, the subject of "chủ trì"/"chủ
tọa" or the list after "dưới sự chủ trì của", "Đoàn chủ trì gồm"; attendees, the people reported
present (listed after "Dự hội nghị có", speaking or acting at the event), not those only
elected, discussed or quoted from elsewhere; the participant count, "với trên 1.600 đại biểu".

The cue words of all these rules are rows of meeting_cues.tsv, whose header says what each kind
means; the code keeps the grammar around them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

import regex

from .context import Context
from .dates import DateMatch
from .documents import body_name
from .gazetteer import Entry, Matcher, load_table, matcher
from .numbers import MAX_DIGITS, find_numbers, parse_digits
from .records import Meeting, Person, PersonRef
from .text import Token, fold

# an event word, a few words and its name in quotes, then the day: 'Hội thảo khoa học "..." sáng 15/3'
_QUOTED_NAME = regex.compile(r'[^",.;]{0,40}"[^"]{1,300}"\s*')
_LOCATION = regex.compile(
    r"\btại\s+(?P<loc>[^,;.()]{2,80}?)(?=\s*(?:[,;.()]|$|\s+(?:đã|về|với|do|có|diễn)\b))", regex.IGNORECASE
)
# an event's name runs to the end of its clause, or to "do ..." / "với trên 1.600 đại biểu"
_TITLE = regex.compile(
    r"[^.;:\n]{0,400}?(?=\s*(?:[.;:\n]|$)|\s+(?:do|dưới\s+sự|với\s+(?:sự|trên|hơn|gần|khoảng|\d))\b)"
)

# what may stand between a person and their verb as part of their role: "..., Chủ tịch UBND tỉnh phát biểu"
_ROLE_PARTS = ("title", "org", "org_head", "rank", "place", "place_type", "country")
# in an appositive (", Phó Chủ tịch ... của Quốc hội phát biểu") these end the subject
_NOT_SUBJECT = frozenset({"sẽ", "không", "chưa", "được", "bị", "là", "từng"})


@cache
def _listed(kind: str) -> frozenset[str]:
    """The cues of one kind of meeting_cues.tsv, folded (for kinds matched as whole values)."""
    _cues()  # checks every row's kind
    return frozenset(fold(r["cue"]) for r in load_table("meeting_cues.tsv") if r.get("kind") == kind)


@lru_cache(maxsize=1)
def _cues() -> Matcher:
    """The cue phrases of meeting_cues.tsv, each under its kind (the kinds its "#! kind:" line
    declares are checked at load)."""
    m = Matcher()
    for row in load_table("meeting_cues.tsv"):
        m.add(row["cue"], Entry(row["kind"], row["cue"]))
    return m


@lru_cache(maxsize=1)
def _listed_triggers() -> frozenset[str]:
    """The event words of meeting_triggers.tsv, folded (its "#!" lines are checked at load)."""
    return frozenset(fold(row["trigger"]) for row in load_table("meeting_triggers.tsv"))


@lru_cache(maxsize=4096)
def _base_kind(trigger: str) -> str:
    """The shortest listed trigger the matched one starts with: "hội nghị Ban Chấp hành" and
    "hội nghị trực tuyến" are a "hội nghị", "lễ kỷ niệm" a "lễ"; "buổi làm việc" stays whole."""
    words = fold(trigger).split()
    listed = _listed_triggers()
    return next(
        (" ".join(words[:n]) for n in range(1, len(words) + 1) if " ".join(words[:n]) in listed),
        fold(trigger),
    )


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    kind: str  # the first two words of the trigger, lower case: groups "kỳ họp thứ" with "kỳ họp"
    anchors: bool  # may open a new meeting (weak verbs only right after their subject)
    label: str  # the shortest listed trigger it starts with: "buổi làm việc", "lễ", "tiếp xúc cử tri"
    category: str = ""  # its kind in meeting_triggers.tsv: "conference", "reception", ...
    weak: bool = False  # a verb ("họp", "làm việc"), which says by itself that the event happens


@dataclass
class _Draft:
    lead: tuple[int, int]  # sentence
    trigger: _Trigger
    title: tuple[int, int]
    date: DateMatch | None
    sentences: list[int] = field(default_factory=list)  # indexes into ctx.sentences


def _triggers(ctx: Context, s: int, e: int) -> list[_Trigger]:
    """Each event word in ``text[s:e]``, skipping names of documents ("Nghị quyết Đại hội XIII")
    and words inside a body's name ("Quốc hội thảo luận" is not a "hội thảo")."""
    tokens = ctx.tokens(s, e)
    m = matcher()
    out = []
    for h in m.find_all(tokens, ("meeting",)):
        entry = h.entry("meeting")
        assert entry is not None
        if h.i > 0:
            inside = m.match_at(tokens, h.i - 1, ["org"])
            if inside and inside.j > h.i:
                continue
            before = [x for x in (m.match_at(tokens, max(0, h.i - n), ["doc_kind"]) for n in (1, 2)) if x]
            if any(x.j == h.i for x in before):
                continue
        if _not_an_event(tokens, h.i):
            continue
        weak = entry.get("strength") == "weak"
        prev = tokens[h.i - 1] if h.i > 0 else None
        nxt = tokens[h.j] if h.j < len(tokens) else None
        anchors = not weak or (
            prev is not None
            and (
                prev.key in ("đã", "và", "có")
                or prev.is_cap
                or prev.is_upper
                or _after_holds(tokens, h.i)
                or _after_body(tokens, h.i)
            )
            and nxt is not None
            and nxt.text not in ".;"  # "sinh sống và làm việc.": a way of life, no event
            # after "và" the verb is an event only with its partner or place ("thăm hỏi và làm việc
            # với Đồn Biên phòng"), not as a way of life ("sinh sống và làm việc trên đảo")
            and (prev.key != "và" or nxt.key in ("với", "tại"))
        )
        label = _base_kind(entry.text)
        head = " ".join(label.split()[:2])
        out.append(
            _Trigger(tokens[h.i].start, tokens[h.j - 1].end, head, anchors, label, entry.get("kind"), weak)
        )
    return out


def _cue_ends_at(tokens: list[Token], i: int, kind: str, reach: int) -> bool:
    """Does a meeting cue of ``kind``, starting at most ``reach`` tokens back, end right before
    token ``i``?"""
    cues = _cues()
    for x in range(max(0, i - reach), i):
        hit = cues.match_at(tokens, x, (kind,))
        if hit is not None and hit.j == i:
            return True
    return False


def _after_holds(tokens: list[Token], i: int) -> bool:
    """A holds verb right before the event word ("Đảng bộ ... đã tổ chức kỷ niệm ..."): the event is
    held, even one named by a word of other senses."""
    return _cue_ends_at(tokens, i, "holds", 3)


def _after_body(tokens: list[Token], i: int) -> bool:
    """A body's name ending right before token ``i`` ("Ban Thường vụ Tỉnh ủy họp", "UBND tỉnh
    làm việc với ..."): the subject of a weak event word, even when it ends in lower case."""
    m = matcher()
    for x in range(max(0, i - 4), i):
        hit = m.match_at(tokens, x, ("org", "place_type"))
        if hit is not None and hit.j == i and (x == 0 or tokens[x].is_cap or tokens[x - 1].is_upper):
            return True
    return False


def _hosting(text: str, s: int, e: int, trig: list[_Trigger]) -> bool:
    """Does the sentence report an event as happening: a word outside its event words ("tổ chức",
    "diễn ra"; "kỳ họp" itself does not say it was held), or "tại"/"dự" right before one ("Tại
    phiên họp thứ 17, ...", "Phát biểu tại hội nghị")?"""
    if any(_held_at().search(text, max(s, t.start - 30), t.start) for t in trig):
        return True
    return any(
        not any(t.start < m.end() and m.start() < t.end and not t.weak for t in trig)
        for m in _words("hosting").finditer(text, s, e)
    )


@lru_cache(maxsize=1)
def _held_at() -> regex.Pattern[str]:
    """The held_at cues of meeting_cues.tsv, ending where an event word begins."""
    return regex.compile(_words("held_at").pattern + r"\s+$", regex.IGNORECASE)


@cache
def _alternation(*kinds: str) -> str:
    """The cues of some kinds of meeting_cues.tsv as a regex alternation, longest first."""
    words = sorted(set().union(*(_listed(k) for k in kinds)), key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words) + ")"


@cache
def _words(*kinds: str) -> regex.Pattern[str]:
    """The cues of some kinds of meeting_cues.tsv as a pattern of whole words."""
    return regex.compile(rf"(?<!\p{{L}}){_alternation(*kinds)}(?!\p{{L}})", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern[str]]:
    """The patterns built from cue words of meeting_cues.tsv around a little grammar."""
    alt, flags = _alternation, regex.IGNORECASE
    return {
        # "sẽ tổ chức", "dự kiến"; "tới" only at the end of a clause ("vào ngày 5/11 tới.")
        "planned": regex.compile(
            rf"(?<!\p{{L}})(?:{alt('planned')}(?!\p{{L}})|{alt('planned_end')}(?=\s*[,.;)]|$))",
            flags,
        ),
        # "tham dự", "có mặt", but not the "dự" of "dự án"
        "attendance": regex.compile(
            rf"(?<!\p{{L}})(?!{alt('not_act')}(?!\p{{L}})){alt('attendance')}(?!\p{{L}})", flags
        ),
        # "sẽ được tổ chức", "dự kiến diễn ra": a sentence announcing events
        "announced": regex.compile(
            rf"(?<!\p{{L}}){alt('planned')}\s+(?:được\s+)?{alt('held_on')}(?!\p{{L}})", flags
        ),
        # "... diễn ra sáng 15/7": a holding verb a few words before a day (searched up to the day)
        "held_on": regex.compile(rf"(?<!\p{{L}}){alt('held_on')}(?:\s+\S+){{0,6}}?\s*(?:vào\s+)?$", flags),
        # "tính đến ngày 31/10", "từ ngày 1/1": a cut-off or a start, not the day of the event
        "cutoff": regex.compile(rf"(?<!\p{{L}}){alt('cutoff')}\s+(?:ngày\s+)?$", flags),
        # "với trên 1.600 đại biểu": the noun after a count of participants (matched after the number)
        "participants": regex.compile(rf"\s*{alt('participant_noun')}(?!\p{{L}})", flags),
        # "58/62 đại biểu có mặt": those present out of the members
        "present_of": regex.compile(
            rf"(?<![\d./])(\d{{1,3}}(?:\.\d{{3}})*)\s*/\s*\d{{1,3}}(?:\.\d{{3}})*\s+{alt('member_noun')}(?!\p{{L}})",
            flags,
        ),
        # "UBND thành phố phối hợp với Viện ...": the organizer ends before its partner or its term
        "partner": regex.compile(rf"(?<!\s)\s+(?:{alt('partner')}|khóa\s+[IVXLC\d]+)(?!\p{{L}})", flags),
    }


def _not_an_event(tokens: list[Token], i: int) -> bool:
    """An event word after "ngày"/"nghỉ"/"tuần" ("ngày lễ", "tuần lễ": a holiday, a week), after
    "nhiều"/"một số" ("nhiều cuộc hội thảo": events in general, not one that was held), or a few
    words after "hoãn"/"tạm dừng" ("tạm dừng tổ chức các hội nghị": called off)."""
    cues = _cues()
    for x in range(max(0, i - 10), i):  # "hoãn hội nghị", "tạm dừng tổ chức các lễ hội, hội nghị"
        hit = cues.match_at(tokens, x, ("cancelled",))
        if hit is not None and (i - hit.j <= 3 or _a_list_between(tokens, hit.j, i)):
            return True
    k = i - 1  # the word before, or before its classifier ("nhiều cuộc hội thảo")
    if k > 0 and cues.match_at(tokens, k, ("classifier",)) is not None:
        k -= 1
    for x in range(max(0, k - 2), k + 1):
        hit = cues.match_at(tokens, x, ("not_event_before",))
        if hit is not None and hit.j == k + 1:
            return True
    return False


def _a_list_between(tokens: list[Token], a: int, b: int) -> bool:
    """Only a short list of lower-case nouns between tokens ``a`` and ``b`` ("các lễ hội, ")."""
    between = tokens[a:b]
    return (
        len(between) <= 6
        and any(t.text == "," for t in between)
        and all(t.text == "," or t.text.islower() for t in between)
    )


def _title(ctx: Context, a: int, e: int) -> tuple[int, int]:
    """From the event word to the end of its clause (at most ~40 words)."""
    m = _TITLE.match(ctx.text, a, e)
    end = m.end() if m else e
    return a, end


def _lead(ctx: Context, s: int, e: int, trig: list[_Trigger]) -> tuple[DateMatch, _Trigger] | None:
    """The day and event word of a lead sentence: a day written before an anchoring event word
    ("Chiều 18/02, ... tổ chức Hội nghị"), not a historical one ("ngày 31/3/1975")."""
    dates = [
        d
        for d in _dates_in(ctx, s, e)
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


def _hom(d: DateMatch) -> bool:
    """ "..., hôm 12/3": a day written after its event's clause, the day it happened."""
    return fold(d.text).startswith("hôm ")


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


def _historical(ctx: Context, d: DateMatch) -> bool:
    """A day whose written year is not the article's: an anniversary, not the meeting."""
    if not d.year_written or d.date is None:
        return False
    ref = ctx.published.year if ctx.published else ctx.reference_year
    return ref is not None and abs(d.date.year - ref) > 1


def _dates_in(ctx: Context, s: int, e: int) -> list[DateMatch]:
    return [d for d in ctx.dates_between(s, e) if d.precision == "day" and not ctx.is_claimed(d.start, d.end)]


def extract_meetings(ctx: Context, people: list[Person]) -> list[Meeting]:
    """Every meeting the story reports as held (see the module docstring)."""
    _listed_triggers(), _cues()  # the tables are checked on the first call, whatever the text
    story = [(s, e, z) for s, e, z in ctx.sentences if z in ("body", "caption")]
    sents = [(s, e) for s, e, _ in story]
    drafts, owner = _one_event_per_chair(ctx, sents, *_drafts(ctx, story))
    # undated lead next to a dated sentence: "Sáng 23/10, Quốc hội thảo luận... Tổng Bí thư tham dự phiên thảo luận"
    for d in drafts:
        if d.date is None:
            d.date = _nearby_date(ctx, sents, d.sentences[0])
    if len(drafts) == 1 and drafts[0].date is None:
        drafts[0].date = _story_dateline(ctx, sents)
    by_key = {fold(p.name): p for p in people}  # mentions carry the folded name
    return [
        _record(ctx, sents, d, [i for i, o in enumerate(owner) if o == idx], by_key, single=len(drafts) == 1)
        for idx, d in enumerate(drafts)
    ]


def _drafts(ctx: Context, story: Sequence[tuple[int, int, str]]) -> tuple[list[_Draft], list[int | None]]:
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
            lead = _lead(ctx, s, e, trig) if zone == "body" else None
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


def _one_event_per_chair(
    ctx: Context, sents: list[tuple[int, int]], drafts: list[_Draft], owner: list[int | None]
) -> tuple[list[_Draft], list[int | None]]:
    """Sessions of one day at different times are one event told twice, unless each has chairs or
    an organizer of its own (a city's meeting and a union's celebration), or a session at another
    time is another kind of event (a morning ceremony, an afternoon working session): the later one
    is folded into the earlier one otherwise."""
    chairs = [
        set(_chairs(ctx, sents, [i for i, o in enumerate(owner) if o == k])) for k in range(len(drafts))
    ]
    hosts = [_organizer(ctx, d.lead[0], d.trigger, d.lead[1]) for d in drafts]
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


def _record(
    ctx: Context,
    sents: list[tuple[int, int]],
    d: _Draft,
    own: list[int],
    by_key: dict[str, Person],
    single: bool,
) -> Meeting:
    """The meeting record of one event, from the sentences it owns."""
    chair_keys = _chairs(ctx, sents, own)
    attendees = _attendees(ctx, sents, own, chair_keys, d, single=single)
    lead_s, lead_e = d.lead
    return Meeting(
        kind=d.trigger.label,
        title=ctx.doc.surface(*d.title),
        date=d.date.date if d.date else None,
        time_of_day=d.date.time_of_day if d.date and d.date.time_of_day else None,  # type: ignore[arg-type]
        chair=[_ref(by_key, k) for k in chair_keys if k in by_key],
        attendees=[_ref(by_key, k) for k in attendees if k in by_key],
        organizer=_organizer(ctx, lead_s, d.trigger, lead_e),
        location=_location(ctx, lead_s, lead_e),
        participants_count=_participants(ctx, sents, own),
        online=any(_words("online").search(ctx.text, *sents[i]) for i in own) or None,
        place=ctx.place,
        span=ctx.doc.span(*d.title),
    )


def _same_day(a: DateMatch | None, b: DateMatch) -> bool:
    if a is None or a.date is None or b.date is None:
        return a is not None and a.text.lower().split()[-1] == b.text.lower().split()[-1]
    return (a.date.month, a.date.day) == (b.date.month, b.date.day)


def _nearby_date(ctx: Context, sents: list[tuple[int, int]], si: int) -> DateMatch | None:
    """The day of the sentence before, in the same paragraph (a dateline)."""
    if si == 0:
        return None
    s, _ = sents[si - 1]
    e = sents[si][0]
    if "\n" in ctx.text[s:e]:
        return None
    found = _dates_in(ctx, s, e)
    if found and not _patterns()["planned"].search(ctx.text, s, e):
        return found[0]
    return None


def _story_dateline(ctx: Context, sents: list[tuple[int, int]]) -> DateMatch | None:
    """The day opening the story's first sentence ("Sáng nay 22/4 tại Hà Nội, ..."): the day of
    an article's only event when the event's own sentences give none."""
    if not sents:
        return None
    s, e = sents[0]
    found = [d for d in _dates_in(ctx, s, e) if d.time_of_day and d.start - s <= 12]
    if found and not _patterns()["planned"].search(ctx.text, s, e) and not _historical(ctx, found[0]):
        return found[0]
    return None


def _ref(by_key: dict[str, Person], key: str) -> PersonRef:
    return PersonRef(name=by_key[key].name, key=by_key[key].key)


def _mentions_in(ctx: Context, s: int, e: int) -> list[tuple[int, int, str]]:
    return ctx.mentions_between(s, e)


def _chairs(ctx: Context, sents: list[tuple[int, int]], own: list[int]) -> list[str]:
    """Who chaired, over the meeting's sentences (see ``_chairs_in``)."""
    out: list[str] = []
    for i in own:
        for k in _chairs_in(ctx, *sents[i]):
            if k not in out:
                out.append(k)
    return out


def _chairs_in(ctx: Context, s: int, e: int) -> list[str]:
    """The chairs a sentence names: the lists after "Đoàn chủ trì đại hội gồm", "Cùng chủ trì
    có:", "dưới sự chủ trì của các đồng chí: A; B"; the subject of "chủ trì", "chủ tọa",
    "điều hành phiên họp"; the subject after "Chủ trì hội nghị, ...". "chủ trì" as a task
    ("giao Bộ Tài chính chủ trì, phối hợp ...") is not chairing."""
    if not _words("chair", "chair_session", "chair_list", "chair_of").search(ctx.text, s, e):
        return []  # most sentences: one regex search instead of a walk over their tokens
    toks = ctx.tokens(s, e)
    cues = _cues()
    keys: list[str] = []
    i = 0
    while i < len(toks):
        hit = cues.match_at(toks, i, ("chair", "chair_session", "chair_list", "chair_of"))
        if hit is None:
            i += 1
            continue
        opened = _opens_list(ctx, toks, hit.j)
        if opened is not None:
            keys += [k for _, _, k in ctx.mentions_between(opened, e)]
        elif hit.has("chair_of"):
            keys += [
                k
                for _, _, k in ctx.mentions_between(
                    toks[hit.j - 1].end, _clause_end(ctx.text, toks[hit.j - 1].end, e)
                )
            ]
        elif not hit.has("chair_list") and _chairs_a_meeting(toks, hit.i, hit.j, hit.has("chair_session")):
            keys += _chair_subject(ctx, toks, hit.i, s)
        i = hit.j
    return keys


def _opens_list(ctx: Context, toks: list[Token], j: int) -> int | None:
    """Where a list of chairs begins after a chair word ending at token ``j``: after ":" or a
    list_open word ("gồm", "có") of the same clause, with no person between."""
    cues = _cues()
    for k in range(j, min(len(toks), j + 9)):
        t = toks[k]
        if t.text in ",.;" or ctx.mentions_between(t.start, t.end):
            return None
        if t.text == ":" or cues.match_at(toks, k, ("list_open",)):
            return t.end
    return None


def _chairs_a_meeting(toks: list[Token], i: int, j: int, session_only: bool) -> bool:
    """A chair verb, not a task given ("giao Sở chủ trì, phối hợp ...", "đề nghị Bộ chủ trì rà
    soát"); "điều hành" chairs only an event ("điều hành phiên họp", not "điều hành giá")."""
    cues = _cues()
    k = j + (j < len(toks) and toks[j].text == ",")
    if k < len(toks) and cues.match_at(toks, k, ("task_after",)) is not None:
        return False
    start = i
    while start > 0 and toks[start - 1].text not in ",;:" and i - start < 12:
        start -= 1
    for x in range(start, i):
        hit = cues.match_at(toks, x, ("task_before", "not_task"))
        if hit is not None and hit.has("task_before"):
            return False
    if session_only:
        return any(matcher().match_at(toks, x, ("meeting",)) for x in range(j, min(len(toks), j + 3)))
    return True


def _chair_subject(ctx: Context, toks: list[Token], i: int, s: int) -> list[str]:
    """The people of the clause before the chair verb at token ``i``; for a verb opening the
    sentence ("Chủ trì hội nghị, Phó Thủ tướng A yêu cầu ..."), the first person after its clause."""
    if all(not t.is_word for t in toks[:i]):
        comma = next((t.end for t in toks[i:] if t.text == ","), None)
        after = ctx.mentions_between(comma, toks[-1].end) if comma is not None else []
        return [after[0][2]] if after else []
    start = _clause_start(ctx, s, toks[i].start)
    return [k for _, _, k in ctx.mentions_between(start, toks[i].start)]


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


def _attendees(
    ctx: Context, sents: list[tuple[int, int]], own: list[int], chair: list[str], d: _Draft, single: bool
) -> list[str]:
    """The people a meeting's sentences (and captions) report present, chair excluded; for the only
    meeting of an article, those of the whole story but for sentences of another day. Someone
    only named (elected, quoted, honoured, discussed) is not present, nor is someone first named
    in words said elsewhere ("Trao đổi với phóng viên, ông A cho biết ...")."""
    if single:
        spans = [(s, e) for s, e, z in ctx.sentences if z in ("body", "caption")]
    else:
        spans = [sents[i] for i in own]
    away = _named_elsewhere(ctx)
    out: list[str] = []
    for s, e in spans:
        if d.date is not None and any(not _same_day(d.date, x) for x in _dates_in(ctx, s, e)):
            continue
        for k in _present_in(ctx, s, e):
            if k not in chair and k not in out and k not in away:
                out.append(k)
    return out


def _named_elsewhere(ctx: Context) -> set[str]:
    """People first named in a sentence that opens with an outside cue ("Trao đổi với ...")."""
    seen: set[str] = set()
    away: set[str] = set()
    cues = _cues()
    for s, e, z in ctx.sentences:
        if z not in ("body", "caption"):
            continue
        found = [k for _, _, k in ctx.mentions_between(s, e) if k not in seen]
        toks = ctx.tokens(s, e)
        if found and toks and cues.match_at(toks, 0, ("outside",)):
            away.update(found)
        seen.update(found)
    return away


def _present_in(ctx: Context, s: int, e: int) -> list[str]:
    """Who a sentence reports present: the people listed after a presence cue ("Dự hội nghị có
    các đồng chí: ...", "với sự tham dự của ...") and the subjects of an act verb ("Đồng chí A,
    Chủ tịch UBND tỉnh phát biểu ...")."""
    toks = ctx.tokens(s, e)
    found = [x for x in ctx.mentions_between(s, e) if not _a_group(ctx, toks, x[0])]
    if not found or not toks:
        return []
    listed = _words("list_head", "presence_of").search(ctx.text, s, e)
    opened = _list_start(toks, {a for a, _, _ in found}) if listed else None
    starts = [t.start for t in toks]
    partners = _partners(toks, {a for a, _, _ in found})
    out = []
    for a, b, k in found:
        i, j = bisect_left(starts, a), bisect_left(starts, b)
        if (
            (opened is not None and a >= opened)
            or (not _object(toks, i) and (_acts(toks, j) or _speaks(toks, i, j)))
            or _receives(toks, i)
            or a in partners
        ):
            out.append(k)
    return out


def _partners(toks: list[Token], mention_starts: set[int]) -> set[int]:
    """Where the person met begins: after an event word and "với", past their roles ("hội đàm
    với Bộ trưởng Ngoại giao Nhật Bản A", "làm việc với ông B"): they are present, unless the
    meeting is only planned ("sẽ có cuộc gặp với ...")."""
    m, out = matcher(), set()
    for h in m.find_all(toks, ("meeting",)):
        k = h.j
        if k >= len(toks) or toks[k].key != "với":
            continue
        if any(_cues().match_at(toks, x, ("planned",)) for x in range(max(0, h.i - 4), h.i)):
            continue  # "sẽ có cuộc gặp với ...": only planned
        k += 1
        while k < len(toks) and toks[k].start not in mention_starts:
            part = m.match_at(toks, k, _ROLE_PARTS)
            glued = toks[k].is_word and toks[k - 1].is_cap  # "Bộ trưởng Ngoại giao Lào"
            if part is None and not toks[k].is_cap and not glued:
                break
            k = part.j if part is not None else k + 1
        if k < len(toks) and toks[k].start in mention_starts:
            out.add(toks[k].start)
    return out


def _a_group(ctx: Context, toks: list[Token], a: int) -> bool:
    """A mention starting at ``a`` that is a title after a plural word ("gửi tới các Bộ trưởng"):
    a group, not the one person the title was linked to."""
    i = bisect_left([t.start for t in toks], a)
    return (
        0 < i < len(toks)
        and _cues().match_at(toks, i - 1, ("plural",)) is not None
        and matcher().match_at(toks, i, ("title",)) is not None
    )


def _receives(toks: list[Token], i: int) -> bool:
    """Is the mention at token ``i`` given something at the event: after "cho" (past a form of
    address), with a giving verb earlier in its clause ("trao quyết định cho đồng chí A")?"""
    k = next(
        (x for x in range(max(0, i - 3), i) if toks[x].text[:1].islower() and _ends_at(toks, x, i, "rank")), i
    )
    if k == 0 or toks[k - 1].key != "cho":
        return False
    cues = _cues()
    for x in range(k - 2, max(-1, k - 16), -1):
        if toks[x].text in ".;:":
            return False
        if toks[x].text[:1].islower() and cues.match_at(toks, x, ("gives",)) is not None:
            return True
    return False


def _ends_at(toks: list[Token], x: int, i: int, kind: str) -> bool:
    hit = matcher().match_at(toks, x, (kind,))
    return hit is not None and hit.j == i


def _speaks(toks: list[Token], i: int, j: int) -> bool:
    """Words reported as the person's: "Theo Bộ trưởng A, ..." (the clause opens with "theo" and
    ends after the name), or an answer "Ông A: ..." opening the sentence (see ``_addressed``)."""
    if j < len(toks) and toks[j].text == ":":
        return _addressed(toks, i)
    if j >= len(toks) or toks[j].text != ",":
        return False
    k = i - 1
    while k >= 0 and toks[k].text not in ",.;:":
        k -= 1
    head = _cues().match_at(toks, k + 1, ("speaker",))
    return head is not None and head.j <= i


def _list_start(toks: list[Token], mention_starts: set[int]) -> int | None:
    """Where a list of those present begins: after "sự tham dự", or after the "có"/"gồm" that
    follows "Dự hội nghị", "Tại điểm cầu tỉnh" in the same clause (no person between them)."""
    cues = _cues()
    for i in range(len(toks)):
        hit = cues.match_at(toks, i, ("list_head", "presence_of", "not_act"))
        if hit is None or hit.has("not_act"):
            continue  # "Dự án có ...": no list of those present
        if hit.has("presence_of"):
            return toks[hit.j - 1].end
        for k in range(hit.j, min(len(toks), hit.j + 8)):
            if toks[k].text in ",.;" or toks[k].start in mention_starts:
                break
            if cues.match_at(toks, k, ("list_open",)):
                return toks[k].end
    return None


def _acts(toks: list[Token], i: int) -> bool:
    """Is the person whose name ends before token ``i`` the subject of an act verb? Between them
    may stand roles and names of bodies, aux words ("đã", "cũng", "và"), a remark in brackets
    ("(ngồi giữa)"), and, after a comma or a dash, any words of an appositive ("ông A, Phó
    trưởng ban ... của Quốc hội cho biết")."""
    cues, roles = _cues(), matcher()
    appositive = False
    j = i
    while j < min(len(toks), i + 60):
        t = toks[j]
        # the longest: "tiếp tục" (aux), not "tiếp" (act); "dự án" (not_act), not "dự" (act)
        cue = cues.match_at(toks, j, ("act", "sends", "aux", "company", "not_act"))
        if cue is not None and t.text[:1].islower() and not cue.has("not_act"):
            if cue.has("sends"):  # "đã gửi lẵng hoa chúc mừng": not there
                return False
            if cue.has("act"):
                return True
            appositive = appositive or cue.has("company")  # "A cùng các đại biểu ... dâng hương"
            j = cue.j
            continue
        if t.text == "(":
            j = _after_bracket(toks, j)
            continue
        if t.text in ",-" or _glued(toks, j):
            appositive = appositive or t.text in ",-"
            j += 1
            continue
        if not t.is_word:
            return False
        if appositive and _short_reference(toks, j):
            return False  # "A (...), ông Thanh cho biết": another person speaks
        hit = roles.match_at(toks, j, _ROLE_PARTS)
        if hit is not None:
            j = hit.j
            continue
        if t.text[:1].islower() and (not appositive or t.key in _NOT_SUBJECT):
            return False
        j += 1
    return False


def _short_reference(toks: list[Token], j: int) -> bool:
    """A form of address and one capitalised word at token ``j`` ("ông Thanh"): a person named
    again by their given name, the subject of what follows."""
    hit = matcher().match_at(toks, j, ("rank",))
    if hit is None or not toks[j].text[:1].islower() or hit.j + 1 >= len(toks):
        return False
    name, after = toks[hit.j], toks[hit.j + 1]
    if matcher().match_at(toks, hit.j, _ROLE_PARTS) is not None:
        return False  # "nguyên Ủy viên Bộ Chính trị": a role, not a name
    return name.is_cap and not after.is_cap and after.is_word


def _object(toks: list[Token], i: int) -> bool:
    """Is the mention at token ``i`` the object of a word right before it, past a form of address
    ("người phát ngôn của Thủ tướng", "làm việc với ông A")?"""
    k = i
    if k > 0 and toks[k - 1].text[:1].islower() and matcher().match_at(toks, k - 1, ("rank",)):
        k -= 1  # "với ông A"
    return _cue_ends_at(toks, k, "object_before", 2)


def _addressed(toks: list[Token], i: int) -> bool:
    """Do the tokens before index ``i`` hold only marks and a form of address or a title, at least
    one ("Ông A:", "- Phó Thủ tướng A:"), not a street ("Phố A: từ ... đến ...")?"""
    roles = matcher()
    k, seen = 0, False
    while k < i:
        hit = roles.match_at(toks, k, ("rank", "title"))
        if hit is not None and hit.j <= i:
            k, seen = hit.j, True
        elif not toks[k].is_word:
            k += 1
        else:
            return False
    return seen


def _after_bracket(toks: list[Token], j: int) -> int:
    """The token after the ")" closing the bracket at ``j`` (a short remark), or ``len(toks)``."""
    for k in range(j + 1, min(len(toks), j + 16)):
        if toks[k].text == ")":
            return k + 1
    return len(toks)


def _glued(toks: list[Token], j: int) -> bool:
    """A dot inside an abbreviation ("T.Ư", "TP.HCM"), not a full stop."""
    return toks[j].text == "." and j + 1 < len(toks) and toks[j + 1].start == toks[j].end


def _organizer(ctx: Context, s: int, t: _Trigger, e: int) -> str | None:
    """The body that held the event: the subject of "tổ chức", "khai mạc", "tiến hành" right
    before it ("Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị"), else the body it belongs to, named
    after it ("phiên họp thứ 17 của Ủy ban Thường vụ Quốc hội", "kỳ họp thứ 11, HĐND tỉnh")."""
    after = None if t.category in _listed("guest_kind") else _host_after(ctx, t.end, e)
    found = _host_before(ctx, s, t.start) or after or _host_by(ctx, t.end, e)
    if found is None and t.weak:  # "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ": the verb is the event word
        found = _host_before(ctx, s, t.end)
    return ctx.doc.surface(*found) if found else None


@lru_cache(maxsize=1)
def _holding_verb() -> regex.Pattern[str]:
    """ "<body> đã tổ chức " right before the event word (searched with the event word as endpos)."""

    def alternation(kind: str) -> str:
        rows = [fold(r["cue"]).split() for r in load_table("meeting_cues.tsv") if r.get("kind") == kind]
        return "|".join(
            r"\s+".join(map(regex.escape, words)) for words in sorted(rows, key=len, reverse=True)
        )

    return regex.compile(
        # (?<!\s): searched, a run of spaces is tried from its start only (else quadratic in its length)
        rf"(?<!\s)(?:\s+(?:{alternation('holds_aux')}))*\s+(?:{alternation('holds')})\s*$",
        regex.IGNORECASE,
    )


def _host_before(ctx: Context, s: int, trigger_start: int) -> tuple[int, int] | None:
    """The subject of a holding verb before the event word, not a person."""
    text = ctx.text
    m = _holding_verb().search(text, s, trigger_start)
    if not m:
        return None
    a = _clause_start(ctx, s, m.start())
    subject = text[a : m.start()]
    # drop what precedes the subject: a date's closing ")" and commas, a place ("tại Phú Thọ,")
    lead = regex.match(
        r"[\s),]*(?:(?:sáng|trưa|chiều|tối|đêm|hôm)\s+(?:nay|qua|cùng\s+ngày)\s*,\s*|cùng\s+ngày\s*,\s*)?"
        r"(?:(?:tại|ở)\s+[^,]{1,60},\s*)?",
        subject,
        regex.IGNORECASE,
    )
    a += lead.end() if lead else 0
    comma = text.rfind(", ", a, m.start())
    if text[a : a + 1].islower() and comma > 0:  # "thực hiện chỉ đạo của Chính phủ, Bộ Y tế đã tổ chức"
        a = comma + 2
    b = m.start()
    while b > a and text[b - 1] in " ,":
        b -= 1
    paren = regex.search(r"\s*\([^()]{1,40}\)$", text[a:b])
    if paren:
        b = a + paren.start()
    partner = _patterns()["partner"].search(text, a, b)  # "UBND thành phố phối hợp với Viện ...": the first
    if partner:
        b = partner.start()
    toks = ctx.tokens(a, b)
    if not toks or not text[a].isupper() or len(toks) > 25 or ctx.mentions_between(a, b):
        return None
    if ")" in text[a:b] and "(" not in text[a:b]:
        return None  # the tail of a bracket: "(HOSE: NTP) tổ chức"
    if (
        matcher().match_at(toks, 0, ("org", "org_head", "place", "place_type")) is None
        and not toks[0].is_upper
    ):
        return None  # "Sau đó, ngân hàng dự định tổ chức ...": no body
    return a, b


def _host_after(ctx: Context, pos: int, e: int) -> tuple[int, int] | None:
    """A body right after the event word, or after its "của" ("phiên họp của Ủy ban Thường vụ
    Quốc hội"), past a number ("kỳ họp thứ 11, HĐND tỉnh"); not a person's title."""
    toks = ctx.tokens(pos, min(e, pos + 240))
    k = 0
    if k < len(toks) and toks[k].key == "thứ":
        k += 1
    if k < len(toks) and toks[k].text.isdigit():
        k += 1 + (k + 1 < len(toks) and toks[k + 1].text == ",")
    if k < len(toks) and toks[k].key == "của":
        k += 1
    if k >= len(toks) or not toks[k].text[:1].isupper():
        return None
    m = matcher()
    if m.match_at(toks, k, ("title",)) is not None or m.match_at(toks, k, ("org", "org_head")) is None:
        return None
    found = body_name(ctx, toks[k].start, e)
    return found if found and not ctx.mentions_between(*found) else None


def _host_by(ctx: Context, pos: int, e: int) -> tuple[int, int] | None:
    """ "<event> do <body> (phối hợp với ...) tổ chức": the body after "do", in the event's clause."""
    toks = ctx.tokens(pos, min(e, pos + 300))
    for k, t in enumerate(toks[:-1]):
        if t.text in ".;:" or (t.text == "," and k > 0):
            return None
        nxt = toks[k + 1]
        if (
            t.key != "do"
            or not nxt.text[:1].isupper()
            or not matcher().match_at(toks, k + 1, ("org", "org_head"))
        ):
            continue
        found = body_name(ctx, nxt.start, e)
        if found is None or ctx.mentions_between(*found):
            return None
        rest = ctx.tokens(found[1], min(e, found[1] + 120))
        cues = _cues()
        for x, r in enumerate(rest):
            if not r.is_word:
                break
            if cues.match_at(rest, x, ("holds",)) is not None:
                return found
        return None
    return None


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
        if not _patterns()["attendance"].search(text, s, e):
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
