"""Stage 4, the name: what each figure of a sentence measures, from its subject, the clauses or
figures before it and the words after it. Two steps: ``_parts`` reads a frozen ``NameParts``
from the sentence, and the pure ``compose`` makes the name from it."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text import fold
from .after import RELATIVE
from .draft import Draft, Named
from .lexicon import COUNT_HEAD, SOURCE
from .sentence import PERIOD_WORDS, Runs, Sentence
from .subject import clause_text, clean

PERIOD_LEAD = regex.compile(r"^(?:trong|của|cả)\s+", regex.IGNORECASE)
_YEAR_IN = regex.compile(r"\d{4}")
_LIST_JOIN = frozenset({",", "và"})
_MAX_TRAILING = 8
_MAX_BEFORE_WITH = 10  # words before "với <tổng ...>" read for what it measures
_MAX_VERB_PHRASE = 12  # words of a clause before a count after a verb kept in its name
_MAX_INHERIT = 3  # clauses looked back for a subject
_BOUNDARY = frozenset({"boundary"})
_GENERIC = frozenset({"generic"})


def names(sen: Sentence, drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence, in order, each with its name."""
    drafts = _coordinated(sen, drafts)
    out: list[Draft] = []
    by_clause: dict[int, Draft] = {}
    prev: Draft | None = None
    for d in drafts:
        d = _named(sen, d, by_clause, prev)
        by_clause[d.cues.clause] = d
        prev = d
        out.append(d)
    for i in range(len(out) - 1):
        d, e = out[i], out[i + 1]
        if _fronted(sen, d, e):
            words = sen.runs_text(e.cues.subject).split()
            while len(words) > 1 and sen.lex.kind_of(fold(words[-1]), "aspect"):
                words.pop()  # "lạm phát lại tăng": "lại" belongs to the verb after it
            out[i] = d.having(
                named=d.named._replace(name=" ".join([*words, d.named.name]))
            )  # "Được giữ ở 2%, lạm phát ..."
    return out


def _coordinated(sen: Sentence, drafts: list[Draft]) -> list[Draft]:
    """The first of coordinated counts says what the last says: "5 tập thể và 12 cá nhân được tặng"."""
    out = list(drafts)
    for i in range(len(out) - 2, -1, -1):
        d, e = out[i], out[i + 1]
        if (
            d.unit_kind == e.unit_kind == "count"
            and d.after.trailing is None
            and e.ti - d.ue in (1, 2)
            and all(sen.keys[k] in _LIST_JOIN for k in range(d.ue, e.ti))
        ):
            out[i] = d.having(
                after=d.after._replace(trailing=e.after.trailing),
                cues=d.cues._replace(verb=d.cues.verb or e.cues.verb),
            )
    return out


def _named(sen: Sentence, d: Draft, by_clause: dict[int, Draft], prev: Draft | None) -> Draft:
    subject = tuple(_past_host(sen, _past_whole(sen, d.cues.subject)))
    if subject != d.cues.subject:
        d = d.having(cues=d.cues._replace(subject=subject))
    text, item, measured = _subject_of(sen, d, by_clause, prev)
    parts = _parts(sen, d, text, by_clause)
    name, base = compose(parts)
    if prev is not None and _bare_count(d, name, prev):
        name = base = prev.named.base  # "X có 15 người, nay còn 14 người": the same body counted again
    if not item:
        measured = _unlabelled(sen, d, base)
    return d.having(named=Named(name, base, fold(parts.period), item, measured))


def _past_whole(sen: Sentence, runs: Runs) -> Runs:
    """ "chiếm 42%/GRDP chỉ tăng 5,1%": the whole a figure before is a share of ("/GRDP") is not
    the subject of the next one, which then takes the subject of its clause."""
    if not runs or sen.tokens[runs[0][0]].text != "/":
        return runs
    cut = runs[0][0] + 2
    return [(max(a, cut), b) for a, b in runs if b > cut]


def _past_host(sen: Sentence, runs: Runs) -> Runs:
    """ "Nhiều xã có số hộ nghèo cao như xã A là 120": a vague host of lower-case words before
    an existential, with examples after it, is not what is measured; the words after it are."""
    ks = [k for a, b in runs for k in range(a, b)]
    lex = sen.lex
    for i, k in enumerate(ks):
        if not lex.kind_of(sen.keys[k], "existential"):
            continue
        host = ks[1:i]
        if not host or any(sen.tokens[h].is_cap or sen.tokens[h].is_upper for h in host):
            return runs
        if not any(lex.kind_of(sen.keys[x], "example") for x in ks[i + 1 :]):
            return runs
        return [(max(a, k + 1), b) for a, b in runs if b > k + 1]
    return runs


def _fronted(sen: Sentence, d: Draft, e: Draft) -> bool:
    """A figure in a passive clause opening the sentence ("Được kéo xuống 2,1% trong quý I, tỷ
    lệ lạm phát ...") has no subject of its own: it is the subject of the clause after it, and
    the words before the figure are its verb phrase."""
    a = sen.clause_start[d.cues.clause]
    return (
        a == 0
        and sen.keys[a] == "được"
        and e.cues.clause > d.cues.clause
        and sen.clause_depth[e.cues.clause] == sen.clause_depth[d.cues.clause]
        and sen.has_noun(e.cues.subject)
    )


def _bare_count(d: Draft, name: str, prev: Draft) -> bool:
    """A count named by its noun alone (``name``) after a count of the same noun in the sentence."""
    return (
        d.unit_kind == prev.unit_kind == "count"
        and fold(name) == fold(d.unit) == fold(prev.unit)
        and fold(prev.named.base) != fold(prev.unit)
        and bool(prev.named.base)
    )


def _subject_of(
    sen: Sentence, d: Draft, by_clause: dict[int, Draft], prev: Draft | None
) -> tuple[str, bool, str]:
    """What is measured, and for an item of a list (labelled by a name) True and what the list
    measures."""
    base = sen.runs_text(d.cues.subject) if sen.has_noun(d.cues.subject) else ""
    label = _bracketed_label(sen, d)
    if label and prev is not None and prev.unit_kind == d.unit_kind and prev.named.measured:
        # "đạt 355 tỷ USD, vượt Thái Lan (285 tỷ USD)": Thái Lan's, measured the same way
        return f"{prev.named.measured} {label}", True, prev.named.measured
    if base and prev is not None and prev.unit_kind == d.unit_kind and sen.only_names(d.cues.subject):
        # "A có 4 tỷ, B 4 tỷ, C 2 tỷ đồng": B is measured as the list is
        return (f"{prev.named.measured} {base}" if prev.named.measured else base), True, prev.named.measured
    return _measured(sen, d, base, by_clause, prev), False, ""


def _measured(sen: Sentence, d: Draft, base: str, by_clause: dict[int, Draft], prev: Draft | None) -> str:
    """What is measured, before the figure (``base``) or taken from the clauses or figure before it."""
    if d.cues.compared and prev is not None:
        base = prev.named.base  # "thu về 4.000 tỷ đồng, gấp đôi so với 2.000 tỷ": the same thing
    elif base and prev is not None and _with_count(sen, d, prev):
        base = f"{base} {prev.named.base}"
    elif base and prev is not None and _parallel_when(sen, d, prev):
        base = f"{prev.named.base} {base}"  # "...; thời điểm cao nhất là trong năm dịch là 2,5%"
    elif base and d.unit_kind != "count":
        base = " ".join(x for x in (base, _owner_after(sen, d) or _before_with(sen, d)) if x)
    if d.cues.obtained and base and not sen.has_generic(base):
        return f"{sen.lex.phrase_of('amount_name')} {base} được"  # "số tiền thu được"
    if d.unit_kind == "count":
        return _counted_before_cause(sen, d) or base
    if d.cues.existential and d.after.trailing:
        return base
    if not base:
        base = _parallel(_inherit(sen, d, by_clause), prev)
        lead = sen.surface(*d.cues.lead) if d.cues.lead else ""
        if lead and fold(lead) not in fold(base):
            base = f"{lead} {base}"  # "..., chiếm tỷ lệ 93,4%" -> "tỷ lệ" + what is before
        elif not lead and d.cues.share and d.unit_kind == "percent" and base and not sen.has_generic(base):
            base = f"{sen.lex.phrase_of('share_name')} {base}".strip()  # "1,4 triệu lượt khách, chiếm 61%"
    elif len(base.split()) <= 2:
        base = _complete(sen, base, d, by_clause, prev)
    return base


@dataclass(frozen=True, slots=True)
class NameParts:
    """The words of a figure's sentence that its name is made of."""

    kind: str  # the unit kind ("count", "currency", "percent", ...)
    unit: str
    subject: str  # what is measured, before the figure or from the clause before
    kept: str  # change and average words kept ("tăng", "bình quân")
    counted: str  # a count's noun and what is said after it ("người chết")
    verb: str  # the verb right before the figure ("ký kết")
    purpose: str  # "để <purpose>" after an amount
    existential: bool  # "có", "với", "thu hút" before the figure
    host: str  # what has the count ("Huyện X có 19 xã")
    relation: str  # the words of a long existential cue ("tham dự")
    agent: str  # the cause of a causative ("Mưa lũ làm 3 người chết")
    trailing: str  # words read after the figure
    trailing_noun: bool  # they are a noun phrase of two words or more
    baseline: str  # "so với <baseline>"
    period: str  # the time phrase of the figure


def _parts(sen: Sentence, d: Draft, subject: str, by_clause: dict[int, Draft]) -> NameParts:
    """The words a name is made of, read from the sentence (see ``compose``)."""
    counted = ""
    if d.unit_kind == "count" and not d.noun_first:
        unit = d.unit
        counted = f"{unit} {sen.surface(*d.after.trailing)}" if d.after.trailing else unit
        if d.cues.result and not d.after.trailing:
            counted = f"{unit} {sen.surface(*d.cues.result)}"  # "làm thiệt mạng 31 người": "người thiệt mạng"
    host = ""
    if d.unit_kind == "count" and d.cues.existential and not d.after.trailing:
        host = sen.runs_text(d.cues.host) or (_inherit(sen, d, by_clause) if not d.cues.relation else "")
    elif d.unit_kind == "count" and d.cues.existential and sen.named(d.cues.host):
        host = sen.runs_text(d.cues.host)  # "Đảng bộ X có 120.000 đảng viên sinh hoạt ở ..."
    trailing = sen.surface(*d.after.trailing) if d.after.trailing else ""
    period = PERIOD_LEAD.sub("", sen.ctx.doc.surface(*d.after.period)) if d.after.period else ""
    return NameParts(
        kind=d.unit_kind,
        unit=d.unit,
        subject=subject,
        kept=sen.runs_text(d.cues.kept),
        counted=counted,
        verb=sen.surface(*d.cues.verb) if d.cues.verb else "",
        purpose=sen.surface(*d.after.purpose) if d.after.purpose else "",
        existential=d.cues.existential,
        host=host,
        relation=d.cues.relation,
        agent=sen.surface(*d.cues.agent) if d.cues.agent else "",
        trailing=trailing,
        trailing_noun=d.after.trailing is not None
        and len(trailing.split()) > 1
        and sen.noun_word(d.after.trailing[0]),
        baseline=sen.ctx.doc.surface(*d.after.baseline) if d.after.baseline else "",
        period=period,
    )


def compose(p: NameParts) -> tuple[str, str]:
    """A figure's name, and the base a later clause without a subject of its own takes."""
    base = " ".join(x for x in (p.subject, p.kept) if x)
    short = len(base.split()) < 2 and len(p.trailing.split()) > 1  # "còn lại 155 tỷ đồng chưa thi hành"
    parts = [base]
    if p.kind == "currency" and p.verb and p.purpose:
        parts = [p.verb, p.purpose]  # "bố trí 185 tỷ đồng để xử lý sạt lở"
    elif p.kind == "count" and p.existential and not base:
        parts = [p.host, p.counted, p.relation]  # "Huyện X có 19 xã" -> "Huyện X xã"
    elif p.kind == "count" and p.verb:
        # the counted thing names a count after a verb, with the verb phrase when short
        parts = [p.counted, base if 0 < len(base.split()) <= _MAX_VERB_PHRASE else p.verb]
    elif p.kind == "count":
        parts += [p.counted, f"do {p.agent}" if p.agent else ""]
    elif p.trailing and not p.baseline and (p.kind in RELATIVE or not base or p.trailing_noun or short):
        parts.append(p.trailing)  # "bố trí 12 nghìn tỷ đồng vốn đối ứng ODA": what comes after
    joined = " ".join(x for x in parts if x)
    if p.baseline and p.kind in RELATIVE:
        parts.append("so với " + p.baseline)
    name = " ".join(x for x in parts if x)
    if p.period and _YEAR_IN.search(p.period) and fold(p.period) not in fold(name):
        name = f"{name} {p.period}" if name else p.period
    return name.strip(" ,;:-") or p.unit, joined if p.kind == "count" else p.subject


# --- what a figure measures, from around it ----------------------------------------------------


def _unlabelled(sen: Sentence, d: Draft, base: str) -> str:
    """What a figure measures without the name that labels it ("vốn ... như Hà Nam có 3 tỷ" ->
    "vốn ..."), for the items of a list after it; empty when it is all names. ``base``: its base."""
    whole = sen.runs_text(d.cues.subject) if d.unit_kind == "count" else base  # a count adds its noun
    if not d.cues.subject:
        return whole
    s, e = d.cues.subject[-1]
    k = e
    while k > s and (sen.tokens[k - 1].is_cap or sen.tokens[k - 1].is_upper):
        k -= 1
    if k == e or e - k > 4:
        return whole
    runs = [*d.cues.subject[:-1], (s, k)] if k > s else list(d.cues.subject[:-1])
    common = any(
        not sen.tokens[i].is_cap and sen.keys[i] not in _LIST_JOIN and not sen.function_word(i)
        for a, b in runs
        for i in range(a, b)
    )
    return sen.runs_text(runs) if common else ""  # not "Thái Lan và" left of "Thái Lan và Philippines"


def _bracketed_label(sen: Sentence, d: Draft) -> str:
    """The short capitalised name right before a figure that opens a parenthesis ("vượt Thái Lan
    (285 tỷ USD)"): the figure is that name's; empty when there is none."""
    e = d.ti - 1
    if e < 1 or sen.tokens[e].text != "(" or sen.opens_sentence(e - 1):
        return ""
    a = e
    while a > 0 and (sen.tokens[a - 1].is_cap or sen.tokens[a - 1].is_upper) and not sen.known(a - 1):
        a -= 1
    return sen.surface(a, e) if 0 < e - a <= 4 and not sen.opens_sentence(a) else ""


def _owner_after(sen: Sentence, d: Draft) -> str:
    """What a figure of an opening "Với ..." clause belongs to: the subject after the comma
    ("Với tổng công suất 330 MW, Nhà máy điện mặt trời X tạo ra ..." -> "Nhà máy điện mặt trời X")."""
    a = sen.clause_start[d.cues.clause]
    if a >= len(sen.tokens) or not sen.tokens[a].is_cap or not sen.lex.kind_of(sen.keys[a], "preposition"):
        return ""
    c_end = sen.clause_end[d.cues.clause]
    if c_end == 0 or sen.tokens[c_end - 1].text != ",":
        return ""
    if c_end >= len(sen.tokens) or not sen.tokens[c_end].is_cap:
        return ""  # a named owner: "Nhà máy ...", "Dự án ..."
    k = c_end
    while k < len(sen.tokens) and k - c_end < _MAX_TRAILING and sen.tokens[k].is_word:
        if sen.function_word(k):
            break  # "sẽ", "đã", "tại": the predicate begins
        k += 1
    return sen.surface(c_end, k)


def _before_with(sen: Sentence, d: Draft) -> str:
    """What "với <tổng ...>" measures: the words of its clause before "với" ("Chương trình đã
    được thông qua với tỷ lệ phiếu thuận 85,25%" -> "tỷ lệ phiếu thuận" + "Chương trình đã
    được thông qua"), at most the _MAX_BEFORE_WITH nearest."""
    if not d.cues.subject:
        return ""
    k = d.cues.subject[0][0] - 1
    lo = sen.clause_start[d.cues.clause]
    if k <= lo or sen.keys[k] != "với" or sen.cue.back(k, lo, _BOUNDARY):
        return ""  # "... cho biết với mức tăng trưởng 23%": a speaker, not the measured thing
    runs = clean(sen, max(lo, k - _MAX_BEFORE_WITH), k, sen.depth[k])
    return sen.runs_text(runs) if sen.has_noun(runs) else ""


def _counted_before_cause(sen: Sentence, d: Draft) -> str:
    """A count told as "Số X ... do <cause> là N X": its subject is the "Số X ..." phrase before the
    cause, also when the cause runs on past commas ("Số hộ phải di dời do sạt lở, ngập úng kéo dài
    là 120 hộ" -> "Số hộ phải di dời"); "" when the count is not told so."""
    lex, keys = sen.lex, sen.keys
    unit = fold(d.unit).split()
    c = d.cues.clause
    while (
        c >= max(0, d.cues.clause - _MAX_INHERIT) and sen.clause_depth[c] == sen.clause_depth[d.cues.clause]
    ):
        a = sen.clause_start[c]
        n = sen.cue.forward(a, d.ti, COUNT_HEAD)
        if n and keys[a + n : a + n + len(unit)] == unit:
            k = next((k for k in range(a + n, d.ti) if lex.kind_of(keys[k], "cause")), d.ti)
            numbers = any(i in sen.number_at for i in range(a, d.ti))
            return sen.surface(a, k) if k < d.ti and not numbers else ""
        c -= 1
    return ""


def _parallel_when(sen: Sentence, d: Draft, prev: Draft) -> bool:
    """A clause whose subject only says when, a preposition of time then a time word ("Tỉ lệ X
    lúc thấp nhất là 1,5%; thời điểm cao nhất là trong năm dịch bệnh là 3,2%"), after a figure of
    the same sort: it measures what that figure does, then."""
    runs = d.cues.subject
    if d.unit_kind == "count" or prev.unit_kind != d.unit_kind or not prev.named.base or not runs:
        return False
    a, b = runs[0]
    return (
        b - a >= 2
        and sen.lex.kind_of(sen.keys[a], "locative")
        and bool(PERIOD_WORDS.fullmatch(sen.keys[a + 1]))
    )


def _with_count(sen: Sentence, d: Draft, prev: Draft) -> bool:
    """``d`` is an amount of the count right before it: "ký kết 68 dự án với tổng vốn đầu tư
    180.000 tỷ đồng" (the total of those projects)."""
    if prev.unit_kind != "count" or not d.cues.subject or not prev.named.base:
        return False
    k = d.cues.subject[0][0] - 1
    end = prev.after.trailing[1] if prev.after.trailing else prev.ue
    return k == end and sen.keys[k] == "với"


def _inherit(sen: Sentence, d: Draft, by_clause: dict[int, Draft]) -> str:
    """The subject of the clause before: its figure's name, or its words."""
    if d.cues.clause in by_clause:  # "tăng từ 1,8 triệu đồng lên 2,34 triệu đồng"
        return by_clause[d.cues.clause].named.base
    c = d.cues.clause - 1
    while c >= max(0, d.cues.clause - _MAX_INHERIT):
        if sen.clause_depth[c] > sen.clause_depth[d.cues.clause]:
            c -= 1
            continue  # a parenthetical
        if c in by_clause:
            return by_clause[c].named.base
        if _attribution(sen, c):
            c -= 1
            continue  # "Theo ông A, mức tăng trưởng 8,5%": who reports it, not what is measured
        text = clause_text(sen, c)
        if text:
            return text
        c -= 1
    return ""


def _attribution(sen: Sentence, c: int) -> bool:
    """Is clause ``c`` all an attribution, a source cue up to its comma ("Theo báo cáo của Sở,"),
    with no bracket of another clause inside ("Theo tôi vấn đề ... (5 USD/người/năm),")?"""
    a, b = sen.clause_start[c], sen.clause_end[c]
    return (
        b - a > 1
        and sen.tokens[b - 1].text == ","
        and bool(sen.cue.longest(a, b)[1] & SOURCE)
        and all(sen.clause_of[k] == c for k in range(a, b))
    )


def _parallel(base: str, prev: Draft | None) -> str:
    """A short label in a list takes the head of the item before: "hệ CĐ" after "mức thu một
    năm với hệ đại học" -> "mức thu một năm với hệ CĐ"."""
    words = base.split()
    if not words or len(words) > 3 or prev is None or not prev.named.base:
        return base
    head = fold(words[0])
    before = prev.named.base.split()
    for i, w in enumerate(before):
        if i > 0 and fold(w) == head:
            return " ".join([*before[:i], base])
    return base


def _complete(sen: Sentence, base: str, d: Draft, by_clause: dict[int, Draft], prev: Draft | None) -> str:
    """A short subject: a label in a list ("hệ CĐ"), or a generic head completed by the clause
    before ("Ngành du lịch của thành phố phục hồi mạnh, tốc độ đạt 12%")."""
    done = _parallel(base, prev)
    if done != base:
        return done
    keys = [fold(w) for w in base.split()]
    if not sen.lex.forward(keys, 0, len(keys), _GENERIC):
        return _listed_with(sen, base, d, by_clause)
    before = _inherit(sen, d, by_clause)
    return f"{before} {base}" if before else base


def _listed_with(sen: Sentence, base: str, d: Draft, by_clause: dict[int, Draft]) -> str:
    """The last item of a list of nouns written with commas takes the items and head before
    it: "Giá trị sản xuất nông, lâm, thủy sản đạt ..." -> the whole phrase, not "thủy sản"."""
    items: list[str] = []
    c = d.cues.clause - 1
    while c >= max(0, d.cues.clause - _MAX_INHERIT) and c not in by_clause:
        a = sen.clause_start[c]
        if (
            sen.clause_depth[c] != sen.clause_depth[d.cues.clause]
            or sen.tokens[sen.clause_end[c] - 1].text != ","
        ):
            break
        if sen.cue.longest(a, sen.clause_end[c])[1] & {"adverbial", "filler"}:
            break  # "Tại hội nghị, GRDP tăng 7%"
        text = clause_text(sen, c)
        words = len(text.split())
        if not text or words > 6:
            break
        items.append(text)
        if words > 2:
            break
        c -= 1
    return ", ".join([*reversed(items), base]) if items and len(items[-1].split()) > 2 else base
