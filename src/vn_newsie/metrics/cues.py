"""Stage 2, the cues before a figure: its qualifier, change, link and existential words, the
subject of its clause, the verb that governs a count; then, over the sentence, the figures that
are no statistic: thresholds of conditions, the start of a change, the unit side of a conversion."""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from ..records import Change, Qualifier
from .draft import Cues, Draft, Span, is_small
from .lexicon import BEFORE_KINDS, BOUND, ENDS, GENERIC, KEPT, NOT_HOST
from .sentence import PERIOD_WORDS, Sentence
from .subject import clean

_MAX_CUES_BEFORE = 6
_THINGS = frozenset({"count", "mass", "area", "length", "volume", "energy"})  # "có 12 triệu ha đất"
_LIST_JOIN = frozenset({",", "và"})
_COMPARE = frozenset({"compare"})
_CHANGES = frozenset({"increase", "decrease", "level"})
_PREDICATES = frozenset({"link", "existential", "increase", "decrease", "level"})
_CAUSATIVE = frozenset({"causative"})
_VERB = frozenset({"verb"})
_END_BOUNDARY = frozenset({"end", "boundary"})
_LEVEL = frozenset({"level"})
_EXCHANGE = frozenset({"exchange"})


class _Read(NamedTuple):
    """What the cue words right before a figure say."""

    start: int  # their first token
    predicate: bool  # a verb or a link word governs the figure: "cứu 7 người", "có 6 điểm"
    weak: bool  # a preposition does: "với 3 đơn vị"
    qualifier: Qualifier | None
    change: Change | None
    kept: tuple[Span, ...]
    lead: Span | None
    host: tuple[Span, ...]
    relation: str
    share: bool
    compared: bool
    obtained: bool
    existential: bool


def cues_before(sen: Sentence, d: Draft, last_end: int, prev: Draft | None = None) -> Draft | None:
    """The draft with what the words before it say; None if it is a distance, or a small count
    with nothing said of it ("giữa 2 đơn vị") or one announcing the names it lists."""
    lo = max(sen.clause_lo(d.ti), min(last_end, d.ti))
    cues = _read_cues(sen, d, lo)
    if cues is None:
        return None
    j = cues.start
    clause = sen.clause_of[d.ti]
    subject, agent, result = _subject(sen, d, cues.existential, lo, j, clause)
    verb: Span | None = None
    if (
        d.unit_kind in ("count", "currency")
        and not cues.predicate
        and not d.noun_first  # its noun is in the subject: no verb governs it
        and not cues.weak
        and not agent
        and _verb_before(sen, j, lo)
    ):
        v = j
        while v > max(lo, j - 3) and sen.verb_word(v - 1):
            v -= 1
        verb = (v, j)
    d = d.having(
        cues=Cues(
            clause=clause,
            qualifier=cues.qualifier,
            change=cues.change,
            existential=cues.existential,
            subject=subject,
            kept=cues.kept,
            agent=agent,
            result=result,
            host=cues.host,
            relation=cues.relation,
            verb=verb,
            lead=cues.lead,
            compared=cues.compared,
            share=cues.share,
            obtained=cues.obtained,
        ),
    )
    if not is_small(d.num) or d.unit_kind != "count":
        return d
    if _names_follow(sen, d.ue):
        return None  # "2 thôn (Tân Lập và Tân Hòa)": a count announcing the items it names
    kept = (
        _said_of(sen, d)
        or (d.listed and (cues.predicate or (not cues.weak and _verb_before(sen, j, lo))))
        or _in_list(sen, d, j, last_end, prev)
    )
    return d if kept else None


def _read_cues(sen: Sentence, d: Draft, lo: int) -> _Read | None:  # noqa: PLR0912
    """Qualifier, change and link words right before the figure, read back from it; None if it
    is a distance."""
    lex, keys, cue = sen.lex, sen.keys, sen.cue
    j = d.ti
    kept: list[Span] = []
    qualifier: Qualifier | None = None
    change: Change | None = None
    lead: Span | None = None
    host: tuple[Span, ...] = ()
    relation = ""
    share = compared = obtained = existential = False
    weak = predicate = kept_cue = False
    for _ in range(_MAX_CUES_BEFORE):
        if cue.back(j, lo, _COMPARE):
            compared = True
            break
        q = lex.qualifier_back(keys, j, lo)
        c = cue.back(j, lo, BEFORE_KINDS)
        if cue.longest_back(j, lo) > max(q[0] if q else 0, c[0] if c else 0):
            break  # a noun phrase ends here: "tổng trị giá 600 triệu" is not "tổng" + "trị giá"
        if q and (c is None or q[0] >= c[0]):
            if kept_cue and q[1] != "about":
                break  # "vốn nước ngoài tăng 12,5%": a bound comes after a change verb, not before it
            qualifier = qualifier or q[1]
            j -= q[0]
            continue
        if c is None:
            break
        n, kinds = c
        if "distance" in kinds:
            return None
        share = share or "share" in kinds
        kept_cue = kept_cue or bool(kinds & _CHANGES)
        weak = weak or (n == 1 and lex.kind_of(keys[j - 1], "preposition"))
        predicate = predicate or (bool(kinds & _PREDICATES) and not weak)
        if change is None and "increase" in kinds:
            change = "increase"
        elif change is None and "decrease" in kinds:
            change = "decrease"
        if kinds & KEPT:
            kept.append((j - n, j))
        if "complement" in kinds and d.unit_kind == "currency" and j - n > lo and sen.verb_word(j - n - 1):
            obtained = True  # "thu được 5 tỷ đồng": the amount got by the verb before it
        if n > 1 and lead is None:
            lead = _generic_end(sen, j - n, j)
        j -= n
        if "existential" in kinds:
            existential = True
            if n >= 3:
                relation = " ".join(
                    sen.tokens[k].text for k in range(j, j + n) if keys[k] not in ("có", "với", "sự", "của")
                )
            else:
                host = tuple(_host(sen, lo, j, sen.depth[d.ti]))
            break
    existential = existential and d.unit_kind in _THINGS  # "có tới 70% khiếu nại": a subject before
    return _Read(
        j,
        predicate,
        weak,
        qualifier,
        change,
        tuple(sorted(kept)),
        lead,
        host,
        relation,
        share,
        compared,
        obtained,
        existential,
    )


def _generic_end(sen: Sentence, a: int, j: int) -> Span | None:
    """ "chiếm tỷ lệ", "ở mức": the cue ``[a, j)`` ends in a generic noun, which leads the name."""
    for k in range(a + 1, j):
        if sen.cue.forward(k, j, GENERIC) == j - k:
            return (k, j)
    return None


def _subject(
    sen: Sentence, d: Draft, existential: bool, lo: int, j: int, clause: int
) -> tuple[tuple[Span, ...], Span | None, Span | None]:
    """The subject runs, from the clause start to the cues; for a count after a causative ("Mưa lũ
    làm 3 người chết") none, but the cause and what it did: (subject, agent, result)."""
    subj = clean(sen, lo, j, sen.depth[d.ti])
    if existential:
        return (), None, None
    if subj and d.unit_kind == "count":
        cause = _cause(sen, subj, lo, clause)
        if cause is not None:
            return (), cause[0], cause[1] if cause[0] else None
    return tuple(subj), None, None


def _cause(
    sen: Sentence, subj: list[tuple[int, int]], lo: int, clause: int
) -> tuple[Span | None, Span | None] | None:
    """The cause and the result of a causative ending the subject, "Vụ sạt lở ... làm thiệt mạng":
    (agent, result); None when there is no causative."""
    keys, lex = sen.keys, sen.lex
    cause, end = _causative(sen, subj[-1])
    if not cause or keys[end - cause - 1 : end - cause] == ["việc"]:  # "việc làm"
        return None
    result = (end, subj[-1][1]) if end < subj[-1][1] else None
    agent_end = end - cause
    while agent_end > lo and lex.kind_of(keys[agent_end - 1], "aspect"):
        agent_end -= 1
    a = _places_start(sen, subj[0][0], agent_end, clause)
    k = a
    while k < agent_end and not lex.kind_of(keys[k], "locative"):
        if lex.kind_of(keys[k], "link"):
            a = k + 1  # "Đáng chú ý là vụ lật xe ...": the cause is what the link presents
        k += 1
    return ((a, k) if k > a else None), result


def _causative(sen: Sentence, run: tuple[int, int]) -> tuple[int, int]:
    """The length of a causative cue ending the run, or followed by a short lower-case verb
    ("làm thiệt mạng 31 người"), and where that cue ends; (0, 0) when there is none."""
    a, b = run
    for r in range(0, 3):
        e = b - r
        if e <= a or any(not sen.tokens[x].is_word or sen.tokens[x].is_cap for x in range(e, b)):
            break
        c = sen.cue.back(e, a, _CAUSATIVE)
        if c:
            return c[0], e
    return 0, 0


def _places_start(sen: Sentence, a: int, b: int, c: int) -> int:
    """ "Vụ sạt lở tại thôn A, xã B, huyện C làm 12 người chết": a cause that is only the last
    place of a list of places starts in the clause before the list."""
    while sen.place_name(a, b) and c > 0 and sen.clause_depth[c - 1] == sen.clause_depth[c]:
        if sen.tokens[sen.clause_end[c - 1] - 1].text != ",":
            break
        c -= 1
        a, b = sen.clause_start[c], sen.clause_end[c] - 1
    return a


def _verb_before(sen: Sentence, j: int, lo: int) -> bool:
    """The word before a count (cues and qualifiers skipped) is a verb of its clause: "cứu 7
    người", "ký kết 6 văn kiện", not a preposition ("giữa 2 đơn vị") or a cue word."""
    if j <= lo or j == 0:
        return False
    if sen.cue.back(j, lo, _VERB):
        return True  # "thông qua 5 dự luật": a verb whose last syllable is also a preposition
    t = sen.tokens[j - 1]
    if not t.is_word or t.is_cap or t.is_upper or sen.lex.kind_of(t.key, "not_predicate"):
        return False
    return sen.cue.longest_back(j, lo) == 0  # (a verb cue was answered above)


def _host(sen: Sentence, lo: int, j: int, depth: int) -> list[tuple[int, int]]:
    """The noun phrase right before a short existential ("Huyện X có", "thị trường Y với"):
    from the last end word ("vào", "tại") or boundary of the clause."""
    lex, keys = sen.lex, sen.keys
    a = max(lo, j - 8)
    for k in range(j - 1, a - 1, -1):
        # a preposition right before the cue has no object: it qualifies the noun ("khóa trước có")
        stranded = k == j - 1 and k > a and sen.tokens[k - 1].is_word
        if sen.cue.leading(k, j, _END_BOUNDARY) or (not stranded and lex.kind_of(keys[k], "not_predicate")):
            a = k + 1
            break
    while j > a and lex.kind_of(keys[j - 1], "aspect"):
        j -= 1  # "Đảng bộ X đã có ...": the tense word is no part of the host
    inner = j - 1 if j - 1 > a and lex.kind_of(keys[j - 1], "not_predicate") else j
    for k in range(a, inner):  # a noun phrase: no verb-like cue or qualifier in it ("được gần gấp đôi")
        if sen.cue.longest(k, inner)[1] & NOT_HOST or lex.qualifier_back(keys, k + 1, k):
            return []
    runs = clean(sen, a, j, depth)
    if runs and PERIOD_WORDS.fullmatch(keys[runs[0][0]]):
        return []  # "tới đầu tháng 11 sẽ có 100 chuyên gia": a time, not what has them
    return runs


def _in_list(sen: Sentence, d: Draft, j: int, last_end: int, prev: Draft | None) -> bool:
    """A count coordinated with another figure: "5 tập thể và 12 cá nhân", "18 dự án, 3 nghị
    quyết", "9 dự luật đã được cho ý kiến và 1 nghị quyết" (a count of its clause before "và")."""
    if j > 0 and j - 1 == last_end and sen.keys[j - 1] in _LIST_JOIN:
        return True
    if (
        j > 0
        and sen.keys[j - 1] == "và"
        and prev is not None
        and prev.unit_kind == "count"
        and sen.clause_of[prev.ti] == sen.clause_of[d.ti]
    ):
        return True
    k = d.ue
    return k < len(sen.tokens) and sen.keys[k] in _LIST_JOIN and bool(sen.number_at & {k + 1, k + 2})


def _names_follow(sen: Sentence, k: int) -> bool:
    """A parenthesis of names opens at token ``k``: "(Tân Lập và Tân Hòa)"."""
    t = sen.tokens
    return k + 1 < len(t) and t[k].text == "(" and t[k + 1].is_cap and not sen.known(k + 1)


def _said_of(sen: Sentence, d: Draft) -> bool:
    """A small count needs something said of the counted thing ("3 người chết", "1 người bị
    thương"), a qualifier or a change; "giữa 2 đơn vị." is not a statistic."""
    if d.cues.qualifier is not None or d.cues.change is not None:
        return True
    k = d.ue
    if k >= len(sen.tokens) or k == 0 or sen.tokens[k].start > sen.tokens[k - 1].end + 1:
        return False
    t = sen.tokens[k]
    return t.is_word and not t.is_cap and not t.is_upper and not sen.cue.forward(k, len(sen.keys), ENDS)


# --- figures that are no statistic, seen beside the others of the sentence --------------------


def in_condition(sen: Sentence, d: Draft) -> bool:
    """A threshold of a rule, not a reported figure: a bound ("ít nhất", "trên", "vượt", "... trở
    lên") after a condition word of its clause ("khi có ít nhất 30% thành viên kiến nghị", "nếu
    vượt 10%"); a plain figure after "nếu" or "khi" is still reported ("trong khi X tăng 25%")."""
    lex, keys = sen.lex, sen.keys
    bound = (
        d.cues.qualifier in ("over", "under")
        or sen.cue.forward(d.ue, len(keys), BOUND)
        or sen.cue.back(d.ti, max(0, d.ti - lex.max_len), BOUND)
    )
    if not bound:
        return False
    lo = sen.clause_lo(d.ti)
    i = bisect_left(sen.conditions, d.ti) - 1
    return i >= 0 and sen.conditions[i] >= lo


def start_level(sen: Sentence, d: Draft, nxt: list[Draft]) -> bool:
    """The start of a change told with its end (``nxt``), "từ 40% lên 60%": the end is the figure."""
    if not nxt or nxt[0].cues.clause != d.cues.clause or d.num.value_max is not None:
        return False
    e = nxt[0]
    lex, keys = sen.lex, sen.keys
    j = d.ti
    q = lex.qualifier_back(keys, j, 0)
    j -= q[0] if q else 0
    if j == 0 or not lex.kind_of(keys[j - 1], "start"):
        return False
    j = e.ti
    q = lex.qualifier_back(keys, j, d.ue)
    j -= q[0] if q else 0
    level = sen.cue.back(j, d.ue, _LEVEL)
    return level is not None and j - level[0] == d.ue


def exchange(sen: Sentence, d: Draft, e: Draft) -> list[Draft]:
    """The unit side of a conversion, one of something for so much of another ("1 kg lúa giống
    bằng 1,3 kg lúa thịt", "13.910 đồng ăn 1 USD"): not a statistic of its own."""
    if d.cues.clause != e.cues.clause or not (d.num.value == 1 or e.num.value == 1):
        return []
    cue = sen.cue.back(e.ti, d.ue, _EXCHANGE)
    if cue is None or e.ti - cue[0] - d.ue > 3:  # at most a short noun between: "1 kg lúa giống bằng"
        return []
    return [x for x in (d, e) if x.num.value == 1 and x.num.value_max is None]
