"""Who was present: people listed after a presence cue, subjects of act verbs, the person met,
those given something at the event; not those only named, quoted or elsewhere."""

from __future__ import annotations

from bisect import bisect_left

from ..context import Context, Mentions, Ranges
from ..gazetteer import matcher
from ..text import Token
from .cues import _cue_ends_at, _cues, _may_hold, _words
from .days import _dates_in, _same_day
from .drafts import _Draft
from .triggers import _event_words

# what may stand between a person and their verb as part of their role: "..., Chủ tịch UBND tỉnh phát biểu"
_ROLE_PARTS = ("title", "org", "org_head", "rank", "place", "place_type", "country")

# in an appositive (", Phó Chủ tịch ... của Quốc hội phát biểu") these end the subject
_NOT_SUBJECT = frozenset({"sẽ", "không", "chưa", "được", "bị", "là", "từng"})


def _attendees(
    ctx: Context,
    mentions: Mentions,
    claimed: Ranges,
    sents: list[tuple[int, int]],
    own: list[int],
    chair: list[str],
    d: _Draft,
    single: bool,
    away: set[str],
) -> list[str]:
    """The people a meeting's sentences (and captions) report present, chair excluded; for the only
    meeting of an article, those of the whole story but for sentences of another day. Someone
    only named (elected, quoted, honoured, discussed) is not present, nor is someone first named
    in words said elsewhere (``away``, from ``_named_elsewhere``: "Trao đổi với phóng viên, ông A
    cho biết ...")."""
    if single:
        spans = [(s, e) for s, e, z in ctx.sentences if z in ("body", "caption")]
    else:
        spans = [sents[i] for i in own]
    out: list[str] = []
    for s, e in spans:
        if d.date is not None and any(not _same_day(d.date, x) for x in _dates_in(ctx, claimed, s, e)):
            continue
        for k in _present_in(ctx, mentions, s, e):
            if k not in chair and k not in out and k not in away:
                out.append(k)
    return out


def _named_elsewhere(ctx: Context, mentions: Mentions) -> set[str]:
    """People first named in a sentence that opens with an outside cue ("Trao đổi với ...")."""
    seen: set[str] = set()
    away: set[str] = set()
    cues = _cues()
    for s, e, z in ctx.sentences:
        if z not in ("body", "caption"):
            continue
        found = [k for _, _, k in mentions.between(s, e) if k not in seen]
        toks = ctx.tokens(s, e)
        if found and toks and cues.match_at(toks, 0, ("outside",)):
            away.update(found)
        seen.update(found)
    return away


def _present_in(ctx: Context, mentions: Mentions, s: int, e: int) -> list[str]:
    """Who a sentence reports present: the people listed after a presence cue ("Dự hội nghị có
    các đồng chí: ...", "với sự tham dự của ...") and the subjects of an act verb ("Đồng chí A,
    Chủ tịch UBND tỉnh phát biểu ...")."""
    toks = ctx.tokens(s, e)
    starts = [t.start for t in toks]
    found = [x for x in mentions.between(s, e) if not _a_group(toks, starts, x[0])]
    if not found or not toks:
        return []
    listed = _may_hold(toks, "list_head", "presence_of") and _words("list_head", "presence_of").search(
        ctx.text, s, e
    )
    opened = _list_start(toks, {a for a, _, _ in found}) if listed else None
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
    for h in _event_words(toks):
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


def _a_group(toks: list[Token], starts: list[int], a: int) -> bool:
    """A mention starting at ``a`` that is a title after a plural word ("gửi tới các Bộ trưởng"):
    a group, not the one person the title was linked to (``starts``: the tokens' starts)."""
    i = bisect_left(starts, a)
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
