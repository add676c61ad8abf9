"""The body that held the event: the subject of "tổ chức" before it, the body it is of after it,
or the body after "do"."""

from __future__ import annotations

import regex

from ..context import Context, Mentions
from ..documents import body_name
from ..gazetteer import matcher
from .cues import _cues, _holding_verb, _listed, _patterns
from .days import _clause_start
from .triggers import _Trigger


def _organizer(ctx: Context, mentions: Mentions, s: int, t: _Trigger, e: int) -> str | None:
    """The body that held the event: the subject of "tổ chức", "khai mạc", "tiến hành" right
    before it ("Ban Thường vụ Tỉnh ủy đã tổ chức Hội nghị"), else the body it belongs to, named
    after it ("phiên họp thứ 17 của Ủy ban Thường vụ Quốc hội", "kỳ họp thứ 11, HĐND tỉnh")."""
    after = None if t.category in _listed("guest_kind") else _host_after(ctx, mentions, t.end, e)
    found = _host_before(ctx, mentions, s, t.start) or after or _host_by(ctx, mentions, t.end, e)
    if found is None and t.weak:  # "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ": the verb is the event word
        found = _host_before(ctx, mentions, s, t.end)
    return ctx.doc.surface(*found) if found else None


def _host_before(ctx: Context, mentions: Mentions, s: int, trigger_start: int) -> tuple[int, int] | None:
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
    if not toks or not text[a].isupper() or len(toks) > 25 or mentions.between(a, b):
        return None
    if ")" in text[a:b] and "(" not in text[a:b]:
        return None  # the tail of a bracket: "(HOSE: NTP) tổ chức"
    if (
        matcher().match_at(toks, 0, ("org", "org_head", "place", "place_type")) is None
        and not toks[0].is_upper
    ):
        return None  # "Sau đó, ngân hàng dự định tổ chức ...": no body
    return a, b


def _host_after(ctx: Context, mentions: Mentions, pos: int, e: int) -> tuple[int, int] | None:
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
    return found if found and not mentions.between(*found) else None


def _host_by(ctx: Context, mentions: Mentions, pos: int, e: int) -> tuple[int, int] | None:
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
        if found is None or mentions.between(*found):
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
