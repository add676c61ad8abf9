"""Event words in a sentence (meeting_triggers.tsv): which name an event that may anchor a
meeting, and which only a holiday, events in general or one called off."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..context import Context
from ..gazetteer import Hit, Matcher, first_keys, matcher
from ..text import Token
from .cues import _base_kind, _cue_ends_at, _cues, _held_at, _words


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    kind: str  # the first two words of the trigger, lower case: groups "kỳ họp thứ" with "kỳ họp"
    anchors: bool  # may open a new meeting (weak verbs only right after their subject)
    label: str  # the shortest listed trigger it starts with: "buổi làm việc", "lễ", "tiếp xúc cử tri"
    category: str = ""  # its kind in meeting_triggers.tsv: "conference", "reception", ...
    weak: bool = False  # a verb ("họp", "làm việc"), which says by itself that the event happens


@lru_cache(maxsize=4)
def _first_words(m: Matcher) -> frozenset[str]:
    """The first word of every event word of the lexicon (an overlay builds a new lexicon): a
    sentence without one holds no event word."""
    return first_keys(m, lambda e: e.category == "meeting")


def _event_words(tokens: list[Token]) -> list[Hit]:
    """``matcher().find_all(tokens, ("meeting",))``, the lexicon walked only at the words that
    start an event word (most sentences hold none; "hội", "đại" start many other entries)."""
    m = matcher()
    first = _first_words(m)
    out: list[Hit] = []
    pos = 0
    for i, t in enumerate(tokens):
        if i >= pos and t.key in first:
            h = m.match_at(tokens, i, ("meeting",))
            if h is not None:
                out.append(h)
                pos = h.j
    return out


def _triggers(ctx: Context, s: int, e: int) -> list[_Trigger]:
    """Each event word in ``text[s:e]``, skipping names of documents ("Nghị quyết Đại hội XIII")
    and words inside a body's name ("Quốc hội thảo luận" is not a "hội thảo")."""
    tokens = ctx.tokens(s, e)
    m = matcher()
    out = []
    for h in _event_words(tokens):
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
