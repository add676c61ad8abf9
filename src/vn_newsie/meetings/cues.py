"""The cue words of meeting_cues.tsv and the event words of meeting_triggers.tsv, as matchers and
as the patterns built around them: every other meetings module reads its vocabulary here."""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from ..gazetteer import Entry, Matcher, first_keys, load_table
from ..text import Token, Tokens, fold


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


@cache
def _cue_firsts(*kinds: str) -> frozenset[str]:
    """The first word of every cue of some kinds of meeting_cues.tsv, as the tokens key it (kinds
    of ``_PRETESTED`` only: the words of a sentence are gathered for those)."""
    if not set(kinds) <= set(_PRETESTED):
        raise ValueError(f"cue kinds {kinds} are not all pretested")
    return first_keys(_cues(), lambda e: e.category in kinds)


# the kinds ``_may_hold`` is asked about, and where their words found in a sentence are kept on its Tokens
_PRETESTED = (
    "chair",
    "chair_session",
    "chair_list",
    "chair_of",
    "online",
    "attendance",
    "list_head",
    "presence_of",
)
_FOUND = "meetings: cue words"


def _cue_words(tokens: Tokens) -> frozenset[str]:
    """The words of a sentence that start a cue of the ``_PRETESTED`` kinds (most sentences: none),
    gathered once and kept on its ``Tokens`` beside the lexicon's walks."""
    found: frozenset[str] | None = tokens.walks.get(_FOUND)
    if found is None:
        firsts = _cue_firsts(*_PRETESTED)
        found = tokens.walks[_FOUND] = frozenset([t.key for t in tokens if t.key in firsts])
    return found


def _may_hold(tokens: Tokens, *kinds: str) -> bool:
    """Does one of the sentence's words start a cue of these kinds? When none does, no pattern of
    their cues (``_words``, ``_patterns``) can match there: a set test instead of a regex scan of
    the sentence, which most sentences fail."""
    return not _cue_firsts(*kinds).isdisjoint(_cue_words(tokens))


def _cue_ends_at(tokens: list[Token], i: int, kind: str, reach: int) -> bool:
    """Does a meeting cue of ``kind``, starting at most ``reach`` tokens back, end right before
    token ``i``?"""
    cues = _cues()
    for x in range(max(0, i - reach), i):
        hit = cues.match_at(tokens, x, (kind,))
        if hit is not None and hit.j == i:
            return True
    return False


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


@lru_cache(maxsize=1)
def _holding_verb() -> regex.Pattern[str]:
    """ "<body> đã tổ chức " right before the event word (searched with the event word as endpos)."""
    return regex.compile(
        # (?<!\s): searched, a run of spaces is tried from its start only (else quadratic in its length)
        rf"(?<!\s)(?:\s+{_alternation('holds_aux')})*\s+{_alternation('holds')}\s*$",
        regex.IGNORECASE,
    )
