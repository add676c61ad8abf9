"""Cited documents: "Kế hoạch số 147-KH/TU ngày 14/01/2022 của BCH Đảng bộ tỉnh".

Three phrasings are read, in order of trust (the words they rely on besides kinds and codes, such
as the cues after a bare number, stop words and issuing verbs, are in ``document_phrasing.tsv``):

1. A kind word (``document_kinds.tsv``), optionally a short name and "số"/"Số:", then a number:
   Party style ``147-KH/TU`` (also ``147 - KH/TU``), state style ``30/2020/NĐ-CP``,
   ``123/QĐ-UBND``, ``456/UBND-KT``, ``31/2024/QH15``, or a bare ``70`` / ``116`` / ``100/2019``
   ("Quyết định 70 của Thủ tướng"). A bare number is taken only after a kind that names
   documents by number (not "Dự án 1", "Chương trình 135"), never before a unit or a span of
   time ("Kế hoạch 5 năm"), and without "số" only before a cue ("của", "ngày", "về", a verb, a
   mark): "quyết định 3 vấn đề" is a verb. Lists sharing one kind word ("số 18-NQ/TW, 19-NQ/TW
   và 20-NQ/TW", "số 18, 19 và 20-NQ/TW") give one record per number.
2. A coded number without a kind word ("theo 147-KH/TU"): the type code (``document_types.tsv``)
   gives the kind; "số 456/UBND-KT", whose first code is an issuer (``issuer_codes.tsv``), is a
   Công văn. A generic "Văn bản" also takes the kind of its code.
3. An unnumbered name: a capitalised kind word followed by a capitalised name, not inside an
   organisation's name ("Trường Đại học Luật ..."): "Nghị quyết Đại hội XIII của Đảng", "Luật Đất
   đai 2024"; ``title`` holds the name. Repeats (same folded title) are reported once.

``date``: the day written right after the number ("ngày 14/01/2022", ", ngày 02/11/2023", "ban
hành ngày ..."), or the dateline of "Ngày 12/3, UBND tỉnh ban hành Kế hoạch số ...".
``issuer``, as written: the body after "của"/"do"/"được ... ban hành" up to a verb, function word
or mark ("về", "ban hành", "quy định", ...; a gazetteer body is taken whole, with its place and
term: "UBND tỉnh Thừa Thiên Huế", "Ban Chấp hành Trung ương Đảng khóa XIII"); else the subject
of "ban hành"/"ký"/"phê duyệt ... tại" before the kind word ("Thủ tướng Chính phủ đã ban hành
Quyết định ..."). Coordinated citations share it ("Chỉ thị 15/CT-TTg và Chỉ thị 16/CT-TTg của
Thủ tướng") unless their codes name different issuers. Nothing is guessed from the code.

``key`` joins mentions across articles: the number in upper case without spaces, plus
``|year`` when the number holds no year, the year taken from its date or from a "năm 1998"
after it: ``30/2020/NĐ-CP``, ``147-KH/TU|2022``, ``31|2016``. A short mention of a number
already cited in full ("Nghị định số 116" beside "Nghị định 116/2020/NĐ-CP", same kind) is
merged into it and adds nothing to it; a repeated mention only fills fields still empty.

Every number, its date and its issuer are returned as claimed ranges beside the records, so
that the statistics recognizer does not read "147" of "147-KH/TU" as a count.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

import regex

from .context import Context, Ranges
from .dates import DateMatch
from .gazetteer import GazetteerError, document_kinds, load_table, matcher, phrase_keys, surnames
from .records import DocumentRef
from .text import Token, fold, normalize

# --- phrasing of citations (document_phrasing.tsv) ---------------------------------------------

# kind -> how many words a phrase of that kind may have (None: any number)
_PHRASING_KINDS: dict[str, tuple[int, int | None]] = {
    "bare_kind": (1, None),
    "never_bare": (1, None),
    "named_kind": (1, None),
    "verb_kind": (1, None),
    "generic_kind": (1, None),
    "bare_cue": (1, 1),
    "stop": (1, 2),
    "title_ok": (1, 1),
    "gap_stop": (1, 1),
    "issuing_verb": (1, None),
    "issuing_direct": (1, None),
    "issuing_via": (1, None),
    "aux": (1, None),
    "via": (1, 1),
    "attached": (1, 2),
}


@dataclass(frozen=True)
class _Phrasing:
    bare_kinds: frozenset[str]  # folded kinds after which a bare number names a document
    never_bare: frozenset[str]  # folded kinds that never take a bare number ("Dự án 1")
    named_kinds: frozenset[str]  # folded kinds cited by name ("Nghị quyết Đại hội XIII")
    verb_kinds: frozenset[str]  # folded kinds that are also verbs ("Kết luận hội nghị, ...")
    generic_kinds: frozenset[str]  # folded kinds that take their number's type code ("Văn bản")
    bare_cues: frozenset[str]  # words that may follow a bare number without "số"
    stop_words: frozenset[str]  # lower-case words that end an issuer or a title
    stop_pairs: frozenset[tuple[str, ...]]  # the same, two words ("ban hành")
    title_ok: frozenset[str]  # stop words that may stand inside a cited name
    gap_stop: str  # alternation of the words not allowed between a kind word and "số"
    issuing_verbs: tuple[tuple[str, ...], ...]  # "<issuer> đã ban hành <kind>", in file order
    direct_only: frozenset[tuple[str, ...]]  # issuing verbs only right before the kind word
    via_only: frozenset[tuple[str, ...]]  # issuing verbs only before a via word ("báo cáo tại")
    aux: frozenset[str]  # words skipped between the issuer and its verb
    aux_phrases: tuple[tuple[str, ...], ...]  # the same, several words ("chính thức")
    via: frozenset[str]  # "phê duyệt ... tại <kind>"
    attached: frozenset[tuple[str, ...]]  # "X trực thuộc Y ban hành ...": the issuer is X


@lru_cache(maxsize=1)
def _phrasing() -> _Phrasing:
    by_kind: dict[str, list[tuple[str, ...]]] = {k: [] for k in _PHRASING_KINDS}
    issuing: list[tuple[str, ...]] = []
    for row in load_table("document_phrasing.tsv"):
        kind, words = row.get("kind", ""), tuple(fold(row["phrase"]).split())
        if kind not in _PHRASING_KINDS:
            raise GazetteerError(f"document_phrasing.tsv: unknown kind {kind!r} for {row['phrase']!r}")
        least, most = _PHRASING_KINDS[kind]
        if len(words) < least or (most is not None and len(words) > most):
            raise GazetteerError(
                f"document_phrasing.tsv: {row['phrase']!r}: {len(words)} words, too many or few for {kind!r}"
            )
        if words not in by_kind[kind]:
            by_kind[kind].append(words)
        if kind in ("issuing_verb", "issuing_direct", "issuing_via") and words not in issuing:
            issuing.append(words)  # tried in file order

    def joined(kind: str) -> frozenset[str]:
        return frozenset(" ".join(w) for w in by_kind[kind])

    def single(kind: str) -> frozenset[str]:
        return frozenset(w[0] for w in by_kind[kind] if len(w) == 1)

    return _Phrasing(
        bare_kinds=joined("bare_kind"),
        never_bare=joined("never_bare"),
        named_kinds=joined("named_kind"),
        verb_kinds=joined("verb_kind"),
        generic_kinds=joined("generic_kind"),
        bare_cues=single("bare_cue"),
        stop_words=single("stop"),
        stop_pairs=frozenset(w for w in by_kind["stop"] if len(w) == 2),
        title_ok=single("title_ok"),
        gap_stop="(?:" + "|".join(regex.escape(w[0]) for w in by_kind["gap_stop"]) + ")",
        issuing_verbs=tuple(issuing),
        direct_only=frozenset(w for w in by_kind["issuing_direct"] if w not in by_kind["issuing_verb"]),
        via_only=frozenset(by_kind["issuing_via"]),
        aux=single("aux"),
        aux_phrases=tuple(sorted((w for w in by_kind["aux"] if len(w) > 1), key=len, reverse=True)),
        via=single("via"),
        attached=frozenset(by_kind["attached"]),
    )


_CODE = r"\p{Lu}[\p{L}&]{0,11}\d{0,2}"
_PARTY = rf"\d{{1,5}}[a-z]?[ ]{{0,2}}-[ ]{{0,2}}{_CODE}[ ]{{0,2}}/[ ]{{0,2}}{_CODE}(?:[-/]{_CODE}){{0,2}}"
_CODE_UP = r"\p{Lu}[\p{Lu}&]{1,11}\d{0,2}(?!\p{Ll})"  # after a spaced dash: "QĐ - UBND", not "- Tổng"
_STATE = rf"\d{{1,5}}[a-z]?(?:/(?:19|20)\d\d)?[ ]?/[ ]?{_CODE}(?:-{_CODE}|[ ]-[ ]?{_CODE_UP}|-[ ]{_CODE_UP}){{0,3}}"
_CODED = rf"(?:{_PARTY}|{_STATE})(?![\p{{L}}\p{{M}}\d&]|/\d)"
_BARE = r"\d{1,5}(?:/(?:19|20)\d\d)?(?![\p{L}\p{M}\d]|[.,:/-]\d|/\p{L}|\s?-\s?\p{L}|\s*%)"
_SO = r"(?<!\p{L})(?:số|Số|SỐ)(?!\p{L})"
_DATE_LEAD = regex.compile(
    r"[ ]*,?[ ]*\(?[ ]*(?:(?:được[ ]+)?(?:ký[ ]+)?(?:ban[ ]+hành[ ]+)?)?", regex.IGNORECASE
)
_YEAR_LEAD = regex.compile(
    r"[ ]*[,(]?[ ]*(?:(?:được[ ]+)?(?:ký[ ]+)?(?:ban[ ]+hành[ ]+)?(?:từ[ ]+|vào[ ]+)?)?", regex.IGNORECASE
)
_BY = regex.compile(r"[ ]*(?:,[ ]*)?(?:của|do)[ ]+", regex.IGNORECASE)  # not [ ]*,?[ ]*: quadratic
_BY_MEETING = regex.compile(r"[ ]*(?:của[ ]+)?(?:Hội[ ]+nghị|Kỳ[ ]+họp)[ ]+")
_BY_PASSIVE = regex.compile(r"[ ]*(?:,[ ]*)?được[ ]+")  # spaces taken once, as in _BY
_PASSIVE_VERB = regex.compile(r"[ ]+(?:(?:đã|vừa)[ ]+)?(?:ký|ban[ ]+hành|phê[ ]+duyệt|thông[ ]+qua)(?!\p{L})")
_DATELINE_GAP = regex.compile(r"[ ]*,?[ ]*")
_HAS_YEAR = regex.compile(r"/(?:19|20)\d\d/")
_SPACES = regex.compile(r"\s+")
_DIGIT = regex.compile(r"\d")
_SPACE_RUN = regex.compile(r"[ ]+")
_PARTY_CODES = regex.compile(r"\d+[a-z]?-([^/]+)/([^-/]+)")
_RANGE_NEXT = regex.compile(r"\s*-\s*\d")
_YEAR_NAME = regex.compile(r"[ ]+(?P<name>năm[ ]+(?:19|20)\d\d)(?!\d)")
_ABBREV_DOT = regex.compile(r"(?<!\p{L})(?:TP|Tp|TX|Tx)\.$")
_CHAIN = regex.compile(r"[ ]*(?:(?:,|;|và|,[ ]*và)[ ]*)?(?:(?:các|cùng)[ ]+)?$")


@dataclass(frozen=True)
class _Lexicon:
    kinds: dict[str, str]  # folded alias -> kind
    type_codes: dict[str, str]  # code (upper case, Đ -> D) -> kind
    issuer_codes: dict[str, str]  # code (upper case, Đ -> D, term number dropped) -> body kind
    units: frozenset[str]  # first words of units and spans of time ("năm", "hộ", "tỷ")
    kind_re: str  # alternation of every alias, longest first


def _code_key(code: str) -> str:
    return code.upper().replace("Đ", "D")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    kinds: dict[str, str] = {}
    spellings: dict[str, str] = {}  # folded alias -> the alias as listed
    exact = set()  # "NQ", "QĐ": as written
    for spelling in document_kinds():
        kinds.setdefault(fold(spelling.spelling), spelling.kind)
        spellings.setdefault(fold(spelling.spelling), spelling.spelling)
        if spelling.exact:
            exact.add(spelling.spelling)
    types: dict[str, str] = {}
    for row in load_table("document_types.tsv"):  # its kinds, those of document_kinds.tsv, checked at load
        types.setdefault(row["code"], row["kind"])  # exact spelling first ("TTr" Tờ trình, "TT")
        types.setdefault(_code_key(row["code"]), row["kind"])
    issuers = {_code_key(r["code"]): r.get("kind", "") for r in load_table("issuer_codes.tsv")}
    units = {fold(r["unit"]).split()[0] for r in load_table("units.tsv") if fold(r["unit"])}
    units |= {fold(r["word"]) for r in load_table("magnitudes.tsv")}
    parts = []
    for alias in sorted(spellings, key=len, reverse=True):
        spelled = spellings[alias]
        body = r"\s+".join(regex.escape(w) for w in normalize(spelled).text.split())
        parts.append(body if spelled in exact else f"(?i:{body})")
    return _Lexicon(kinds, types, issuers, frozenset(units), "|".join(parts))


@lru_cache(maxsize=1)
def _kind_openings() -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """The folded first word of every kind spelling, the one-word spellings, and the first two
    words of the longer ones: a kind word starts only at a token that is a one-word spelling or
    the first of such a pair ("công", "văn", "quyết" open far more words than kinds)."""
    spellings = [keys for s in document_kinds() if (keys := phrase_keys(s.spelling))]
    return (
        frozenset(k[0] for k in spellings),
        frozenset(k[0] for k in spellings if len(k) == 1),
        frozenset((k[0], k[1]) for k in spellings if len(k) > 1),
    )


def _kind_starts(ctx: Context) -> list[int]:
    """Where a kind word may start in the text (sorted): the kind patterns are tried only there
    instead of scanned over every sentence, most of which holds none."""
    firsts, singles, pairs = _kind_openings()
    toks = ctx.tokens(0, len(ctx.text))
    out = [
        t.start
        for t, nxt in zip(toks, islice(toks, 1, None), strict=False)
        if t.key in firsts and (t.key in singles or (t.key, nxt.key) in pairs)
    ]
    if toks and toks[-1].key in singles:
        out.append(toks[-1].start)
    return out


def _kind_matches(
    pattern: regex.Pattern[str], text: str, starts: list[int], s: int, e: int
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text, s, e)`` for a pattern that starts with a kind word, tried only at
    the ``starts`` inside the range (the same matches: none overlaps the one before it)."""
    pos = s
    for a in starts[bisect_left(starts, s) : bisect_left(starts, e)]:
        if a >= pos:
            m = pattern.match(text, a, e)
            if m is not None:
                pos = m.end()
                yield m


@lru_cache(maxsize=1)
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    kind = rf"(?<![\p{{L}}\p{{M}}\d/&-])(?P<kind>{_lexicon().kind_re})(?![\p{{L}}\p{{M}}\d])"
    gap_stop, kinds = _phrasing().gap_stop, _lexicon().kind_re
    gap_word = rf"(?!{gap_stop}(?!\p{{L}})|(?:{kinds})(?!\p{{L}}))\p{{L}}[\p{{L}}\p{{M}}]*"
    after_kind = regex.compile(
        rf"{kind}(?:[ ]+(?P<gap>{gap_word}(?:[ ]+{gap_word}){{0,5}})[ ]+(?P<so>{_SO})[ ]*:?[ ]*"
        rf"|[ ]*(?P<so2>{_SO})[ ]*:?[ ]*|[ ]*:?[ ]*)(?P<num>(?P<coded>{_CODED})|(?P<bare>{_BARE}))"
    )
    alone = regex.compile(rf"(?:(?P<so>{_SO})[ ]*:?[ ]*)?(?<![\p{{L}}\p{{M}}\d/.,&-])(?P<num>{_CODED})")
    item = regex.compile(
        rf"(?:[ ]*[,;][ ]*(?:và[ ]+)?|[ ]+(?:và|hoặc)[ ]+)(?:{_SO}[ ]*:?[ ]*)?"
        rf"(?P<num>(?P<coded>{_CODED})|(?P<bare>{_BARE}))"
    )
    return after_kind, alone, item, regex.compile(kind)


# --- drafts -----------------------------------------------------------------------------------------


@dataclass
class _Item:
    start: int
    end: int
    number: str
    coded: bool
    date: DateMatch | None = None
    after: int = 0  # end of the number or of its date


@dataclass
class _Draft:
    kind: str
    number: str | None
    coded: bool
    span: tuple[int, int]
    date: dt.date | None = None
    issuer: str | None = None
    title: str | None = None
    year: int | None = None
    claimed: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Group:
    """The records of one kind word (a list shares it) and how its issuer was found."""

    start: int
    end: int  # past the last number, date or issuer read
    drafts: list[_Draft]
    issuer: str | None
    source: str  # "after" ("của ..."), "before" ("... ban hành"), "" (none)


def _share_issuers(text: str, groups: list[_Group]) -> None:
    """Coordinated citations share a body: "Chỉ thị 15/CT-TTg và Chỉ thị 16/CT-TTg của Thủ tướng"
    (the issuer after the last one), "UBND tỉnh ban hành Kế hoạch số 1 và Kế hoạch số 2" (before the
    first), unless their numbers name different issuers ("116/2020/NĐ-CP và 01/2021/TT-BGDĐT")."""
    groups.sort(key=lambda g: g.start)

    def linked(g1: _Group, g2: _Group) -> bool:
        if g2.start < g1.end or not _CHAIN.fullmatch(text, g1.end, g2.start):
            return False
        c1, c2 = _issuer_codes_of(g1), _issuer_codes_of(g2)
        return not c1 or not c2 or bool(c1 & c2)

    for g1, g2 in zip(groups, groups[1:], strict=False):
        if g1.source == "before" and not g2.source and linked(g1, g2):
            g2.issuer, g2.source = g1.issuer, "before"
    for g1, g2 in zip(reversed(groups[:-1]), reversed(groups[1:]), strict=True):
        if g2.source == "after" and not g1.source and linked(g1, g2):
            g1.issuer, g1.source = g2.issuer, "after"
    for g in groups:
        for d in g.drafts:
            d.issuer = g.issuer


def _issuer_codes_of(g: _Group) -> set[str]:
    out = set()
    for d in g.drafts:
        if d.coded and d.number is not None:
            code = _codes(d.number)[1]
            if code:
                out.add(_code_key(code))
    return out


# "Ð" (U+00D0, the Icelandic eth) typed for "Đ" in codes: "58/2025/NÐ-CP" is "58/2025/NĐ-CP"
_LOOKALIKES = str.maketrans({"Ð": "Đ", "ð": "đ"})


def _number_text(text: str, a: int, b: int) -> str:
    return _SPACES.sub("", text[a:b]).translate(_LOOKALIKES)


def _codes(number: str) -> tuple[str | None, str | None]:
    """(type code, issuer code) of a coded number: '147-KH/TU' -> (KH, TU), '456/UBND-KT' -> (None, UBND)."""
    lex = _lexicon()
    m = _PARTY_CODES.match(number)
    if m:
        return m.group(1), m.group(2)
    parts = number.split("/")
    codes = parts[-1].split("-")
    if _code_key(codes[0]) in lex.type_codes or codes[0] in lex.type_codes:
        return codes[0], codes[1] if len(codes) > 1 else None
    return None, codes[0]


def _type_kind(code: str | None) -> str | None:
    if code is None:
        return None
    lex = _lexicon()
    return lex.type_codes.get(code) or lex.type_codes.get(_code_key(code))


def _issuer_kind(code: str | None) -> str | None:
    if code is None:
        return None
    return _lexicon().issuer_codes.get(_code_key(code.rstrip("0123456789")))


def _plausible(number: str) -> bool:
    """A coded number whose first code is a known code or looks like one ("BGDĐT", not "Hà")."""
    t, i = _codes(number)
    first = t if t is not None else i
    if first is None:
        return False
    return (
        _type_kind(first) is not None
        or _issuer_kind(first) is not None
        or sum(c.isupper() for c in first) >= 2
    )


def _kind_of_code(number: str) -> str | None:
    """The kind a number's codes give on their own: the type code, or Công văn for 'UBND-KT'."""
    t, i = _codes(number)
    if t is not None:
        return _type_kind(t)
    ik = _issuer_kind(i)
    if ik is not None and ik != "assembly":  # "31/2024/QH15" is a law or a resolution
        return "Công văn"
    return None


def _dates_by_start(ctx: Context) -> dict[int, DateMatch]:
    return {d.start: d for d in ctx.dates}


def _date_after(
    ctx: Context, dates: dict[int, DateMatch], pos: int, end: int, precision: str = "day"
) -> DateMatch | None:
    lead = (_DATE_LEAD if precision == "day" else _YEAR_LEAD).match(ctx.text, pos, end)
    p = lead.end() if lead else pos
    for q in (p, pos):  # the lead may have swallowed "ngày"'s own prefix
        d = dates.get(q)
        if d is not None and d.precision == precision and d.date is not None:
            return d
    return None


def _dateline(ctx: Context, s: int, subject: int) -> DateMatch | None:
    """The day written right before a sentence's subject ("Ngày 12/3, UBND tỉnh ...")."""
    for d in ctx.dates:
        if s <= d.start and d.end <= subject and d.precision == "day" and d.date is not None:
            gap = _DATELINE_GAP.match(ctx.text, d.end, subject)
            if gap is not None and gap.end() == subject:
                return d
    return None


def _stop_at(toks: list[Token], i: int) -> bool:
    t = toks[i]
    if not t.text[:1].islower():
        return False
    ph = _phrasing()
    if t.key in ph.stop_words:
        return True
    return i + 1 < len(toks) and (t.key, toks[i + 1].key) in ph.stop_pairs


def _joined(text: str, t: Token) -> bool:
    """'.' or '&' inside a word ("TP.HCM", "GD&ĐT"), '-' between words, "TP. Hồ Chí Minh"."""
    a, b = t.start, t.end
    if t.text == "-":
        return True
    if a > 0 and b < len(text) and not text[a - 1].isspace() and not text[b].isspace():
        return True
    return (
        t.text == "."
        and bool(_ABBREV_DOT.search(text, max(0, a - 4), a + 1))
        and text[b : b + 2][-1:].isupper()
    )


def _phrase(ctx: Context, a: int, e: int, *, title: bool = False) -> tuple[int, int] | None:
    """A body's name (or, with ``title``, a cited name) starting at ``a``: capitalised first word,
    up to a lower-case verb or function word, punctuation or another document. A body listed
    in the gazetteers is taken whole ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Giao thông vận tải")."""
    toks = ctx.tokens(a, min(e, a + 120))
    if not toks or not toks[0].text[:1].isupper():
        return None
    known = None if title else matcher().match_at(toks, 0, ("org", "title"))
    if known is not None:
        last = _known_body_end(ctx.text, toks, known.j)
    else:
        last = -1
        for i in range(min(len(toks), 18)):
            if _phrase_ends(ctx.text, toks, i, title):
                break
            last = i
    while last >= 0 and (
        toks[last].key in ("và", "của", "các", "lần", "thứ") or not toks[last].text[:1].isalnum()
    ):
        last -= 1
    if last < 0:
        return None
    return toks[0].start, toks[last].end


def body_name(ctx: Context, a: int, e: int) -> tuple[int, int] | None:
    """A body's name starting at ``a`` ("Ủy ban Thường vụ Quốc hội", "Cục Thi hành án dân sự tỉnh
    Phú Thọ"), read as an issuer is; for the meeting recognizer's organizer."""
    return _phrase(ctx, a, e)


def _known_body_end(text: str, toks: list[Token], j: int) -> int:
    """Index of the last token of a gazetteer body starting at token 0 and ending before ``j``,
    extended by what may follow a body's name: a place ("UBND tỉnh Thừa Thiên Huế"), a term
    ("khóa XIII"), capitalised words ("Tỉnh ủy Nghệ An", "Chủ tịch UBND tỉnh")."""
    m = matcher()
    kind_re = _patterns()[3]
    last = j - 1
    i = j
    while i < min(len(toks), 24):
        t = toks[i]
        place = m.match_at(toks, i, ("place_type",))
        body = m.match_at(toks, i, ("org", "org_head")) if t.is_cap or t.is_upper else None
        if place is not None:
            i = place.j
        elif body is not None:  # "HĐQT Ngân hàng Eximbank": a body's name inside another's
            i = body.j
        elif t.key in ("khóa", "khoá") and i + 1 < len(toks) and toks[i + 1].text.isalnum():
            i += 2
        elif (i == j and t.text.isdigit() and len(t.text) <= 4) or (  # "Ban Chỉ đạo 35 tỉnh"
            (t.is_cap or t.is_upper) and kind_re.match(text, t.start) is None
        ):
            i += 1
        elif t.text == "-" and i + 1 < len(toks) and toks[i + 1].is_cap and _joined(text, t):
            i += 1
            continue
        else:
            break
        last = i - 1
    return last


def _phrase_ends(text: str, toks: list[Token], i: int, title: bool) -> bool:
    """Does token ``i`` end the name that began at token 0?"""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    capital_next = nxt is not None and (nxt.is_cap or nxt.is_upper)
    lower = t.text.islower()
    if t.text[:1].isdigit():
        prev = toks[i - 1].key if i else ""
        year_ok = title and len(t.text) <= 4 and t.text.isdigit() and (prev != "năm" or len(t.text) == 4)
        return not (year_ok or prev in ("khóa", "khoá", "thứ", "kỳ"))
    if not t.is_word:  # "-", "&", "." inside a name; any other mark ends it
        return not (t.text in "-&." and i > 0 and _joined(text, t) and nxt is not None and nxt.is_word)
    if title and lower and t.key == "năm":  # "Hiến pháp năm 2013"
        return not (nxt is not None and nxt.text.isdigit() and len(nxt.text) == 4)
    if title and lower and t.key in _phrasing().title_ok:  # "Đại hội XIII của Đảng"
        return not capital_next
    if _stop_at(toks, i):
        return True
    kind_re = _patterns()[3]
    if t.key == "và":  # "Bộ Tài nguyên và Môi trường", not "UBND tỉnh và Kế hoạch số 2"
        return not capital_next or (nxt is not None and kind_re.match(text, nxt.start) is not None)
    return i > 0 and t.text[:1].isupper() and kind_re.match(text, t.start) is not None


def _without_name(ctx: Context, a: int, b: int) -> tuple[int, int]:
    """A role before a person's name stays, the name goes: "Chủ tịch UBND tỉnh Nguyễn Văn Hùng"."""
    toks = ctx.tokens(a, b)
    m = matcher()
    if not toks or m.match_at(toks, 0, ("title",)) is None:
        return a, b
    sur = surnames()
    for k in range(1, len(toks) - 1):
        run = toks[k:]
        if (
            toks[k].key in sur
            and 2 <= len(run) <= 4
            and all(t.is_cap for t in run)
            and m.match_at(toks, k, ("place", "org", "org_head")) is None
        ):
            return a, toks[k - 1].end
    return a, b


def _issuer_after(ctx: Context, pos: int, e: int) -> tuple[int, int] | None:
    """ "của UBND tỉnh", "do Chủ tịch UBND tỉnh (ký)", "được UBND tỉnh ban hành", "Hội nghị lần
    thứ năm Ban Chấp hành Trung ương Đảng khóa XIII" (the body that met)."""
    m = _BY_MEETING.match(ctx.text, pos, e)
    if m:
        toks = ctx.tokens(m.end(), min(e, m.end() + 60))
        org = matcher()
        for k in range(min(len(toks), 5)):
            if toks[k].text[:1].isupper() and org.match_at(toks, k, ("org",)) is not None:
                found = _phrase(ctx, toks[k].start, e)
                return _without_name(ctx, *found) if found else None
        return None
    m = _BY.match(ctx.text, pos, e)
    if m:
        found = _phrase(ctx, m.end(), e)
        return _without_name(ctx, *found) if found else None
    m = _BY_PASSIVE.match(ctx.text, pos, e)
    if m:
        found = _phrase(ctx, m.end(), e)
        if found and _PASSIVE_VERB.match(ctx.text, found[1], e):
            return _without_name(ctx, *found)
    return None


def _keys_end_at(toks: list[Token], j: int, words: tuple[str, ...]) -> bool:
    """Do the tokens ending at index ``j`` spell ``words`` (folded)?"""
    n = len(words)
    return j - n + 1 >= 0 and tuple(t.key for t in toks[j - n + 1 : j + 1]) == words


class _Before(NamedTuple):
    start: int  # where the subject begins (before any trimming)
    span: tuple[int, int]  # the issuer
    issuing: bool  # "ban hành"/"ký"/"có" right before the kind word: the sentence's day is the document's


def _issuer_before(ctx: Context, s: int, kind_start: int) -> _Before | None:
    """The subject of "ban hành"/"phê duyệt ... tại" written before the kind word."""
    ph = _phrasing()
    toks = ctx.tokens(max(s, kind_start - 400), kind_start)
    i = len(toks) - 1
    while i >= 0 and toks[i].key in ("các", "những", "một"):
        i -= 1
    if i < 0:
        return None
    start = _verb_ending_at(toks, i, True)
    issuing = start is not None and toks[start].key in ("ban", "ký", "có")
    if start is None and toks[i].key in ph.via and toks[i].text.islower():
        owner = _owner_before_via(ctx, toks, i)
        if owner is not None:
            return _Before(owner[0], owner, False)
        for j in range(i - 1, max(-1, i - 14), -1):  # "phê duyệt chủ trương đầu tư tại"
            if not toks[j].is_word:
                break
            start = _verb_ending_at(toks, j, False)
            if start is not None:
                break
    if start is None:
        return None
    span = _subject_before(ctx, toks, start)
    return _Before(span[0], _without_name(ctx, *span[1:]), issuing) if span else None


def _verb_ending_at(toks: list[Token], j: int, direct: bool) -> int | None:
    """Where an issuing verb ending at token ``j`` begins; ``direct``: right before the kind word."""
    ph = _phrasing()
    for v in ph.issuing_verbs:
        n = len(v)
        if (
            j - n + 1 >= 0
            and tuple(t.key for t in toks[j - n + 1 : j + 1]) == v
            and toks[j - n + 1].text.islower()
        ):
            if (v in ph.direct_only and not direct) or (v in ph.via_only and direct):
                continue
            return j - n + 1
    return None


def _subject_before(ctx: Context, toks: list[Token], start: int) -> tuple[int, int, int] | None:
    """The body before the issuing verb at token ``start`` (past aux words such as "đã", "chính
    thức"): (where the subject begins, where its body's name begins, where it ends)."""
    ph = _phrasing()
    j = start - 1
    while j >= 0 and toks[j].text.islower():
        if toks[j].key in ph.aux:
            j -= 1
            continue
        n = next((len(p) for p in ph.aux_phrases if _keys_end_at(toks, j, p)), 0)  # "chính thức"
        if not n:
            break
        j -= n
    end_i = j
    while j >= 0 and end_i - j < 14 and not _subject_ends(ctx.text, toks, j, end_i):
        j -= 1
    body = toks[j + 1 : end_i + 1]
    m = matcher()
    head = _attached_head(body)
    if head is not None:
        return body[0].start, body[0].start, head.end
    for k in range(len(body)):
        if body[k].text[:1].isupper() and m.match_at(body, k, ("org", "org_head", "title")):
            return body[0].start, body[k].start, body[-1].end
    return None


def _attached_head(body: list[Token]) -> Token | None:
    """ "VPĐKĐĐ trực thuộc Sở TN-MT ...": the last token of a subject's capitalised head written
    before an attached word, the body that acts (not the one it belongs to)."""
    attached = _phrasing().attached
    for k in range(1, len(body)):
        if any(tuple(t.key for t in body[k : k + len(w)]) == w for w in attached) and body[k].text.islower():
            head = body[:k]
            return head[-1] if head[0].is_cap or head[0].is_upper else None
    return None


def _subject_ends(text: str, toks: list[Token], j: int, end_i: int) -> bool:
    """Does token ``j`` stand before the subject ending at ``end_i`` (a number, a mark, a stop word)?"""
    ph = _phrasing()
    t = toks[j]
    if t.text[:1].isdigit() and not (j > 0 and toks[j - 1].key in ("khóa", "khoá")):
        return True
    if not t.is_word and not t.text[:1].isdigit() and not (t.text in "-&." and _joined(text, t)):
        return True
    return t.text[:1].islower() and (
        t.key in ph.stop_words or (j + 1 <= end_i and (t.key, toks[j + 1].key) in ph.stop_pairs)
    )


def _owner_before_via(ctx: Context, toks: list[Token], i: int) -> tuple[int, int] | None:
    """ "chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số ...": the body or office after the
    last "của" of the few words before the via word at token ``i``, when it runs up to it."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if not toks[k].is_word or (toks[k].key == "của" and k + 1 == i):
            return None
        if toks[k].key == "của" and toks[k].text.islower():
            found = _phrase(ctx, toks[k + 1].start, toks[i].start)
            if found is None or found[1] != toks[i - 1].end:
                return None
            if matcher().match_at(toks, k + 1, ("org", "org_head", "title")) is None:
                return None
            return _without_name(ctx, *found)
    return None


def _bare_ok(ctx: Context, has_so: bool, number: str, b: int, e: int) -> bool:
    """A bare number after a kind word: a document, or "Kế hoạch 5 năm", "quyết định 3 vấn đề"?"""
    if not has_so and len(number) == 4 and number[:2] in ("19", "20"):
        return False  # "Luật 2024": a year, the name of the law
    toks = ctx.tokens(b, min(e, b + 40))
    if not toks:
        return True
    nxt = toks[0]
    after = toks[1] if len(toks) > 1 else None
    if nxt.text[:1].isdigit() or nxt.text == "%":
        return False
    if nxt.key == "ngày" and nxt.text.islower():
        return after is not None and after.text[:1].isdigit()
    if nxt.key == "năm" and nxt.text.islower():  # "số 31 năm 2016", not "Kế hoạch 5 năm 2021-2025"
        return (
            has_so and after is not None and len(after.text) == 4 and after.text.isdigit()
            and not _RANGE_NEXT.match(ctx.text, after.end, after.end + 6)
        )  # fmt: skip
    if nxt.is_word and nxt.text.islower() and nxt.key in _lexicon().units:
        return False
    if not has_so:
        return not nxt.is_word or nxt.key in _phrasing().bare_cues
    return True


def _read_list(ctx: Context, dates: dict[int, DateMatch], first: _Item, e: int) -> list[_Item]:
    """The numbers sharing one kind word ("số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW"), each with the
    day written after it."""
    text = ctx.text
    item_re = _patterns()[2]
    items = [first]
    pos = first.end
    while True:
        d = _date_after(ctx, dates, pos, e)
        if d is not None:
            items[-1].date = d
            pos = d.end
        items[-1].after = pos
        m = item_re.match(text, pos, e)
        if not m:
            return items
        a, b = m.span("num")
        number = _number_text(text, a, b)
        if m.group("coded") and not _plausible(number):
            return items
        items.append(_Item(a, b, number, bool(m.group("coded"))))
        pos = b


def _trim_list(ctx: Context, items: list[_Item], e: int) -> list[_Item]:
    """A list ends at its last coded number, whose codes the bare ones before it share ("số 18,
    19 và 20-NQ/TW"); a list of bare numbers at the last one a document may end ("Chỉ thị 15, 16
    và 19 của Thủ tướng")."""
    coded = [k for k, it in enumerate(items) if it.coded]
    if len(items) > 1 and coded and coded[-1] > 0:
        last = coded[-1]
        suffix = items[last].number.lstrip("0123456789")
        for it in items[:last]:
            if not it.coded and suffix and "/" not in it.number:
                it.number += suffix
                it.coded = True
        return items[: last + 1]
    if not items[0].coded:
        keep = max(k for k, it in enumerate(items) if k == 0 or _bare_ok(ctx, False, it.number, it.end, e))
        return items[: keep + 1]
    return items[: (coded[-1] + 1) if coded else 1]


class _Issuer(NamedTuple):
    text: str | None
    source: str  # "after", "before" or ""
    pos: int  # past what was read
    by: tuple[int, int] | None  # the issuer read after the number
    claimed: list[tuple[int, int]]


def _read_issuer(
    ctx: Context, dates: dict[int, DateMatch], s: int, e: int, kind_start: int, items: list[_Item], pos: int
) -> _Issuer:
    """The issuer after the numbers ("của UBND tỉnh", then its day), else before the kind word
    ("Ngày 12/3, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND": issued that day); sets the items'
    days it finds."""
    claimed: list[tuple[int, int]] = []
    by = _issuer_after(ctx, pos, e)
    if by is not None:
        claimed.append(by)  # a name: "Ban Chỉ đạo 35" holds no statistic
        pos = by[1]
        d = _date_after(ctx, dates, pos, e)
        if d is not None and items[-1].date is None:
            for it in items:
                it.date = it.date or d
            claimed.append((d.start, d.end))
            pos = d.end
        return _Issuer(ctx.doc.surface(*by), "after", pos, by, claimed)
    before = _issuer_before(ctx, s, kind_start)
    if before is None:
        return _Issuer(None, "", pos, None, claimed)
    if before.issuing and all(it.date is None for it in items):
        day = _dateline(ctx, s, before.start)
        if day is not None:
            for it in items:
                it.date = day
            claimed.append((day.start, day.end))
    return _Issuer(ctx.doc.surface(*before.span), "before", pos, None, claimed)


def _group(
    ctx: Context,
    dates: dict[int, DateMatch],
    span: tuple[int, int],
    kind: str,
    kind_start: int,
    items: list[_Item],
    title: str | None,
) -> _Group:
    """The records of one kind word's numbers, with their shared day, issuer and year."""
    s, e = span
    if items[-1].date is not None and all(it.date is None for it in items[:-1]):
        for it in items:
            it.date = items[-1].date  # "số 18 và 19-NQ/TW ngày 5/3/2024"
    issuer = _read_issuer(ctx, dates, s, e, kind_start, items, items[-1].after)
    claimed = [(it.start, it.end) for it in items] + [(it.date.start, it.date.end) for it in items if it.date]
    claimed += issuer.claimed
    y = _date_after(ctx, dates, issuer.pos, e, "year")
    if y is None and issuer.by is not None:
        # "của Thủ tướng ban hành năm 1998": the phrase stopped at "ban hành"
        y = _date_after(ctx, dates, issuer.by[1], min(e, issuer.by[1] + 30), "year")
    if y is not None:
        claimed.append((y.start, y.end))
    drafts = [
        _Draft(
            kind=kind,
            number=it.number,
            coded=it.coded,
            span=(kind_start, it.end),
            date=it.date.date if it.date else None,
            issuer=issuer.text,
            title=title,
            year=y.date.year if y is not None and y.date else None,
            claimed=claimed if k == 0 else [],  # the group's ranges, once
        )
        for k, it in enumerate(items)
    ]
    return _Group(kind_start, issuer.pos, drafts, issuer.text, issuer.source)


def _kind_led(ctx: Context, m: regex.Match[str], e: int) -> tuple[str, _Item, str | None] | None:
    """A kind word and its number ("Kế hoạch số 147-KH/TU", "Quyết định 70 của ..."): the kind,
    the number and the short name between them, or None when the number names no document."""
    ph = _phrasing()
    a, b = m.span("num")
    number = _number_text(ctx.text, a, b)
    kind = _lexicon().kinds[fold(m.group("kind"))]
    has_so = bool(m.group("so") or m.group("so2"))
    if m.group("coded"):
        if not _plausible(number):
            return None
        if fold(kind) in ph.generic_kinds:
            kind = _type_kind(_codes(number)[0]) or kind  # "Văn bản số 6386/BNV-CCVC" stays a Văn bản
    else:
        k = fold(kind)
        if k in ph.never_bare or (not has_so and k not in ph.bare_kinds):
            return None
        # "Kế hoạch giao tổng số 120 chỉ tiêu": after a gap, a bare number needs a cue too
        if not _bare_ok(ctx, has_so and not m.group("gap"), number, b, e):
            return None
    gap = m.group("gap")
    title = ctx.doc.surface(*m.span("gap")) if gap and gap[:1].isupper() else None
    return kind, _Item(a, b, number, bool(m.group("coded"))), title


def _code_led(ctx: Context, m: regex.Match[str]) -> tuple[str, _Item] | None:
    """A coded number without a kind word ("theo 147-KH/TU", "số 456/UBND-KT"): the kind its
    codes give and the number."""
    a, b = m.span("num")
    number = _number_text(ctx.text, a, b)
    code_kind = _kind_of_code(number)
    if code_kind is None or not _plausible(number) or (not m.group("so") and _codes(number)[0] is None):
        return None
    return code_kind, _Item(a, b, number, True)


_NO_RANGES = Ranges()  # the claims of a sentence without citations: shared, never changed


def _numbered(
    ctx: Context, dates: dict[int, DateMatch], kinds: list[int], s: int, e: int
) -> tuple[list[_Draft], Ranges]:
    """The numbered citations of a sentence: kind-led ones first, then bare codes outside them."""
    if _DIGIT.search(ctx.text, s, e) is None:
        return [], _NO_RANGES  # every number form holds a digit; half the sentences have none
    after_kind, alone, _, _ = _patterns()
    groups: list[_Group] = []
    covered: list[tuple[int, int]] = []

    def add(kind: str, kind_start: int, first: _Item, title: str | None) -> None:
        items = _trim_list(ctx, _read_list(ctx, dates, first, e), e)
        groups.append(_group(ctx, dates, (s, e), kind, kind_start, items, title))
        covered.append((kind_start, max(it.after for it in items)))

    for m in _kind_matches(after_kind, ctx.text, kinds, s, e):
        if covered and m.start("num") < covered[-1][1]:
            continue  # inside a list already read
        found = _kind_led(ctx, m, e)
        if found is not None:
            add(found[0], m.start(), found[1], found[2])
    kind_led = Ranges(covered) if covered else _NO_RANGES
    # every coded number holds a "/" ("147-KH/TU", "123/QĐ-UBND"): most sentences are not scanned
    codes = alone.finditer(ctx.text, s, e) if ctx.text.find("/", s, e) >= 0 else iter(())
    for m in codes:
        a, b = m.span("num")
        if kind_led.overlaps(a, b) or (len(covered) > len(kind_led) and a < covered[-1][1]):
            continue
        code = _code_led(ctx, m)
        if code is not None:
            add(code[0], m.start(), code[1], None)
    if not groups:
        return [], _NO_RANGES
    if len(groups) > 1:
        _share_issuers(ctx.text, groups)  # each group's drafts already carry its own issuer
    return [d for g in groups for d in g.drafts], Ranges(covered)


def _named(ctx: Context, kinds: list[int], s: int, e: int, covered: Ranges) -> list[_Draft]:
    """Unnumbered references: "Nghị quyết Đại hội XIII của Đảng", "Luật Đất đai 2024"."""
    text = ctx.text
    kind_re = _patterns()[3]
    lex = _lexicon()
    ph = _phrasing()
    m_org = matcher()
    out = []
    for m in _kind_matches(kind_re, text, kinds, s, e):
        kind_text = m.group("kind")
        kind = lex.kinds[fold(kind_text)]
        if fold(kind) not in ph.named_kinds or kind_text.isupper() or not kind_text[:1].isupper():
            continue
        if covered.overlaps(m.start(), m.end()):
            continue
        before = ctx.tokens(max(s, m.start() - 60), m.start())
        if not before and fold(kind) in ph.verb_kinds:
            continue  # "Kết luận hội nghị, ...": a verb
        if before and before[-1].is_word and before[-1].text[:1].isupper():
            continue  # inside a name ("Trường Đại học Luật Hà Nội")
        k = len(before)
        inside = [m_org.match_at(before, k - n, ("org_head", "org")) for n in (1, 2, 3) if k >= n]
        if any(h is not None and h.j == k for h in inside):
            continue
        gap = _SPACE_RUN.match(text, m.end(), e)
        name = _phrase(ctx, gap.end(), e, title=True) if gap else None
        if name is None:
            year = _YEAR_NAME.match(text, m.end(), e)  # "Hiến pháp năm 2013"
            if year is None:
                continue
            name = (year.start("name"), year.end())
        out.append(
            _Draft(
                kind=kind, number=None, coded=False, span=(m.start(), name[1]), title=ctx.doc.surface(*name)
            )
        )
    return out


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One record per document: repeats fill empty fields, short forms fold into the full number."""
    out: list[_Draft] = []
    by_key: dict[str, _Draft] = {}
    for d in drafts:
        assert d.number is not None
        key = _norm(d.number) if d.coded else fold(d.kind) + "|" + _norm(d.number)
        seen = by_key.get(key)
        if seen is None:
            by_key[key] = d
            out.append(d)
            continue
        seen.date = seen.date or d.date
        seen.issuer = seen.issuer or d.issuer
        seen.title = seen.title or d.title
        seen.year = seen.year or d.year
    # "116" and "116/2020" are short for "116/2020/NĐ-CP" of the same kind, or of any kind when the
    # full number names none ("văn bản số 4472/LĐTBXH-TL" ... "văn bản hướng dẫn số 4472"; but
    # "Kết luận số 21" is not "Nghị quyết 21-NQ/TW")
    prefixes: dict[str, set[str]] = {}
    for d in out:
        if d.coded and d.number is not None:
            n = _norm(d.number)
            kinds = {fold(d.kind)} if _type_kind(_codes(d.number)[0]) else {"*"}
            for i, c in enumerate(n):
                if c in "-/":
                    prefixes.setdefault(n[:i], set()).update(kinds)
    return [d for d in out if d.coded or d.number is None or not _shortens(d, prefixes)]


def _shortens(d: _Draft, prefixes: dict[str, set[str]]) -> bool:
    kinds = prefixes.get(_norm(d.number or ""), set())
    return "*" in kinds or fold(d.kind) in kinds


def _norm(number: str) -> str:
    return _SPACES.sub("", number).upper()


def _key(d: _Draft) -> str | None:
    if d.number is None:
        return None
    key = _norm(d.number)
    if _HAS_YEAR.search(d.number + "/"):
        return key
    year = d.date.year if d.date else d.year
    return f"{key}|{year}" if year else key


def extract_documents(ctx: Context) -> tuple[list[DocumentRef], Ranges]:
    """Every document the article cites (see the module docstring for what is read), and the
    character ranges its numbers, dates and issuers take, which no later recognizer may read
    again."""
    dates = _dates_by_start(ctx)
    numbered: list[_Draft] = []
    named: list[_Draft] = []
    kinds = _kind_starts(ctx)
    for sent in ctx.annotated:
        s, e = sent.start, sent.end
        here = kinds[bisect_left(kinds, s) : bisect_left(kinds, e)]  # most sentences: none
        found, covered = _numbered(ctx, dates, here, s, e)
        numbered.extend(found)
        if here:
            named.extend(_named(ctx, here, s, e, covered))
    claimed = Ranges(r for d in numbered for r in d.claimed)
    records = _merge(numbered)
    titles = {fold(d.title) for d in records if d.title}
    for d in named:
        assert d.title is not None
        t = fold(d.title)
        if t not in titles:
            titles.add(t)
            records.append(d)
    records.sort(key=lambda d: d.span[0])
    refs = [
        DocumentRef(
            kind=d.kind,
            number=d.number,
            date=d.date,
            issuer=d.issuer,
            title=d.title,
            key=_key(d),
            span=ctx.doc.span(*d.span),
        )
        for d in records
    ]
    return refs, claimed
