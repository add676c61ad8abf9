"""Who chaired: the subject of "chủ trì", "chủ tọa" or the list after "Đoàn chủ trì gồm"."""

from __future__ import annotations

from ..context import Context, Mentions
from ..gazetteer import matcher
from ..text import Token
from .cues import _cues, _may_hold, _words
from .days import _clause_end, _clause_start


def _chairs(ctx: Context, mentions: Mentions, sents: list[tuple[int, int]], own: list[int]) -> list[str]:
    """Who chaired, over the meeting's sentences (see ``_chairs_in``)."""
    out: list[str] = []
    for i in own:
        for k in _chairs_in(ctx, mentions, *sents[i]):
            if k not in out:
                out.append(k)
    return out


def _chairs_in(ctx: Context, mentions: Mentions, s: int, e: int) -> list[str]:
    """The chairs a sentence names: the lists after "Đoàn chủ trì đại hội gồm", "Cùng chủ trì
    có:", "dưới sự chủ trì của các đồng chí: A; B"; the subject of "chủ trì", "chủ tọa",
    "điều hành phiên họp"; the subject after "Chủ trì hội nghị, ...". "chủ trì" as a task
    ("giao Bộ Tài chính chủ trì, phối hợp ...") is not chairing."""
    toks = ctx.tokens(s, e)
    kinds = ("chair", "chair_session", "chair_list", "chair_of")
    if not _may_hold(toks, *kinds) or not _words(*kinds).search(ctx.text, s, e):
        return []  # most sentences: a set test, then one regex search, instead of a walk over their tokens
    cues = _cues()
    keys: list[str] = []
    i = 0
    while i < len(toks):
        hit = cues.match_at(toks, i, ("chair", "chair_session", "chair_list", "chair_of"))
        if hit is None:
            i += 1
            continue
        opened = _opens_list(ctx, mentions, toks, hit.j)
        if opened is not None:
            keys += [k for _, _, k in mentions.between(opened, e)]
        elif hit.has("chair_of"):
            keys += [
                k
                for _, _, k in mentions.between(
                    toks[hit.j - 1].end, _clause_end(ctx.text, toks[hit.j - 1].end, e)
                )
            ]
        elif not hit.has("chair_list") and _chairs_a_meeting(toks, hit.i, hit.j, hit.has("chair_session")):
            keys += _chair_subject(ctx, mentions, toks, hit.i, s)
        i = hit.j
    return keys


def _opens_list(ctx: Context, mentions: Mentions, toks: list[Token], j: int) -> int | None:
    """Where a list of chairs begins after a chair word ending at token ``j``: after ":" or a
    list_open word ("gồm", "có") of the same clause, with no person between."""
    cues = _cues()
    for k in range(j, min(len(toks), j + 9)):
        t = toks[k]
        if t.text in ",.;" or mentions.between(t.start, t.end):
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


def _chair_subject(ctx: Context, mentions: Mentions, toks: list[Token], i: int, s: int) -> list[str]:
    """The people of the clause before the chair verb at token ``i``; for a verb opening the
    sentence ("Chủ trì hội nghị, Phó Thủ tướng A yêu cầu ..."), the first person after its clause."""
    if all(not t.is_word for t in toks[:i]):
        comma = next((t.end for t in toks[i:] if t.text == ","), None)
        after = mentions.between(comma, toks[-1].end) if comma is not None else []
        return [after[0][2]] if after else []
    start = _clause_start(ctx, s, toks[i].start)
    return [k for _, _, k in mentions.between(start, toks[i].start)]
