"""Stage 1, the unit: a number of the sentence and the unit after it become a ``Draft``, or the
number is no statistic (a label, a name, a year, a code), or a bare figure whose unit a neighbour
gives."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from ..numbers import NumberMatch, parse_digits
from ..text import fold
from .draft import SMALL, Draft, is_small
from .lexicon import DOCUMENT, NOUN_CUES
from .sentence import CLAUSE_PUNCT, Sentence
from .subject import clean

_FRACTION = regex.compile(r"/([1-9]\d{0,2}(?:\.\d{3})+|\d{1,6})(?=[ \t]+\p{L})")  # "45/47", "42.318/50.907"
_JOIN = regex.compile(r"[ \t]*,[ \t]*")
_PER_YEAR = regex.compile(r"[ \t]+năm(?=[ \t]*[),.;])", regex.IGNORECASE)  # "7,7% năm)", not "7% năm 2005"
_RATE = regex.compile(r"[ \t]*/[ \t]*(\p{L}[\p{L}\p{M}\d²³]{0,14})")
_NAMED_NEXT = regex.compile(r"[ \t]+\p{Lu}")  # a capitalised word next: the noun heads a proper name
_YEARS = regex.compile(r"(?:từ\s+)?\d{4}(?:\s*(?:-|đến|tới)\s*\d{4})?", regex.IGNORECASE)
_PERCENT = frozenset({"%", "phần trăm"})
_DONG = frozenset({"đ", "vnđ", "vnd", "đồng"})
_MEASURE_KINDS = frozenset({"percent", "currency", "mass", "area", "length", "volume", "energy"})
_LABEL = frozenset({"label"})
_SUBORDINATE = frozenset({"subordinate"})
_LINK = frozenset({"link", "level"})
_COUNT_HEAD = frozenset({"count_head"})


@dataclass(frozen=True, slots=True)
class Bare:
    """A figure with no unit of its own in a list whose unit is written once."""

    num: NumberMatch
    ti: int
    tj: int


def read_unit(sen: Sentence, n: NumberMatch) -> Draft | Bare | None:
    """The draft of number ``n``, a ``Bare`` figure, or None when it is no statistic."""
    if sen.in_period(n.start, n.end):
        return None
    ti, tj = sen.tok_at(n.start), sen.tok_at(n.end)
    if ti >= len(sen.tokens) or _is_label(sen, ti, n):
        return None
    d = _unit(sen, n, ti, tj)
    if (d is None or not d.listed) and not n.has_magnitude and _is_name(sen, ti):
        return None  # "Nghị định 100", "Quân khu 5", "Chương trình 135"; a list item "Nam Định 4 tỷ" counts
    if d is None:
        d = _noun_first(sen, n, ti, tj)
    if d is None:
        return Bare(n, ti, tj) if _may_be_elided(sen, n, ti, tj) else None
    return d


def _is_label(sen: Sentence, ti: int, n: NumberMatch) -> bool:  # noqa: PLR0911
    """A label or an ordinal, not a quantity: "số 5", "thứ 11", "khóa 14", "quý 2"; not when a
    longer phrase ends there ("xử lý khẩn cấp 6 điểm"), nor a verb that is also a label word
    before a listed counted noun ("cấp 2.500 thẻ", "cấp 6 giấy phép")."""
    if ti == 0:
        return False
    found = sen.cue.back(ti, 0, _LABEL)
    if found is None or sen.cue.longest_back(ti, 0) > found[0]:
        return False
    if "verb" not in found[1]:
        return True
    if n.value >= 1000 and not year_like(n):
        return False  # "cấp 2.940.000 thẻ": no level is numbered so high
    m = sen.lex.after.match(sen.text, n.end, sen.e)
    return m is None or sen.lex.unit_kind(m.group("u")) != "count"


def _is_name(sen: Sentence, ti: int) -> bool:
    """A number naming something, after a document kind or a capitalised name: "Nghị định 100",
    "Quân khu 5", "Chương trình 135" (asked only when no listed unit follows: "vốn ngân sách
    Trung ương 1.200 tỷ đồng" is an amount)."""
    if ti == 0:
        return False
    doc = sen.cue.back(ti, 0, DOCUMENT)
    if doc and sen.tokens[ti - doc[0]].is_cap:
        return True
    for k in (ti - 1, ti - 2):
        if k < 0 or not sen.tokens[k].is_cap or sen.opens_sentence(k) or sen.known(k):
            continue
        if k == ti - 2 and (not sen.tokens[ti - 1].is_word or sen.tokens[ti - 1].is_cap or sen.known(ti - 1)):
            continue
        return True
    return False


def _unit(sen: Sentence, n: NumberMatch, ti: int, tj: int) -> Draft | None:
    """A listed unit after the number (or an unlisted noun after a count), its rate and a second
    counted noun: "45/47 đại biểu", "con gia súc", "%/năm", "135 xã, phường"."""
    text, lex = sen.text, sen.lex
    if n.is_word and is_small(n):
        return None  # "ba đầu cầu", "hai bên"
    at = n.end
    frac = _FRACTION.match(text, at, sen.e)
    if frac and n.value_max is None and (parse_digits(frac.group(1)) or 0) >= n.value:
        at = frac.end()  # "45/47 đại biểu": 45 of 47
    glued = at < sen.e and (text[at].isalpha() or text[at] in "+")
    m = lex.after.match(text, at, sen.e)
    so = _number_of(text, at, sen.e) if m is None else 0
    if so:  # "đại diện cho 1.161.881.837 số cổ phần": "số" before a listed count unit
        m2 = lex.after.match(text, so, sen.e)
        m = m2 if m2 and lex.unit_kind(m2.group("u")) == "count" else None
    if m is None:
        if glued:
            return None  # "5K", "9+", "1A"
        return _unlisted(sen, n, ti, tj if frac is None else sen.tok_at(at), at)
    written = m.group("u")
    kind = lex.after_kind.get(fold(written), "count")
    first = written.split()[0]
    if kind == "not_unit" and n.has_magnitude and fold(first) in _DONG and first != written:
        # "10.990 tỷ đồng bằng nguồn vốn": after a magnitude "đồng" is the currency
        m = lex.after.match(text, at, m.start("u") + len(first))
        if m is None:
            return None
        written, kind = m.group("u"), "currency"
    if kind == "not_unit" and _times(sen, ti, fold(written)):
        kind = "ratio"  # "gấp 2,1 lần": a ratio, not a count of times
    if kind in ("not_unit", "time"):
        return None
    if glued and len(written) == 1 and written.isupper():
        return None  # "4G", "5K": a code, not "4 g"
    return _written_unit(sen, n, ti, tj, m, kind)


def _written_unit(
    sen: Sentence, n: NumberMatch, ti: int, tj: int, m: regex.Match[str], kind: str
) -> Draft | None:
    """The draft of a number with the listed unit ``m`` of ``kind``: the classifier's noun, a second
    counted noun and rates read on after it."""
    text = sen.text
    end = m.end()
    ue = sen.tok_at(end)
    unit = sen.ctx.doc.surface(m.start("u"), end)
    key = fold(m.group("u"))
    if key in _PERCENT:
        unit = "%"
    elif key in _DONG:
        unit = "đồng"
    if kind == "classifier":
        # "con gia súc", "chiếc xe": the noun after the classifier belongs to the unit
        k = ue
        while k < len(sen.tokens) and k - ue < 2 and sen.noun_word(k):
            k += 1
        if k > ue:
            unit = sen.ctx.doc.surface(m.start("u"), sen.tokens[k - 1].end)
            end, ue = sen.tokens[k - 1].end, k
        kind = "count"
    also = ""
    if kind == "count":
        also, ue = _second_noun(sen, ti, end, ue)
    rates: list[str] = []
    while len(rates) < 2:
        r = _RATE.match(text, end, sen.e)
        if r is None or (kind == "percent" and not r.group(1).islower()):
            break  # "%/năm", but "39%/GDP" is a share of GDP
        rates.append(sen.ctx.doc.surface(r.start(1), r.end(1)))
        end = r.end()
    per_year = _PER_YEAR.match(text, end, sen.e) if unit == "%" and not rates else None
    if per_year:  # "(bình quân 7,7% năm)": a rate written without "/"
        rates, end = ["năm"], per_year.end()
    if rates:
        unit = unit + "/" + "/".join(rates)
        ue = sen.tok_at(end)
    if year_like(n) and kind not in _MEASURE_KINDS and not rates:
        return None
    return Draft(n, ti, tj, unit + also, kind, end, ue, zone=sen.zone, sentence=sen.s)


def _second_noun(sen: Sentence, ti: int, end: int, ue: int) -> tuple[str, int]:
    """ "135 xã, phường", "800 cán bộ, chiến sĩ": one count of two kinds, both its unit; the
    second noun (with its comma) and the token after it, or ("", ``ue``)."""
    text, lex = sen.text, sen.lex
    join = _JOIN.match(text, end, sen.e)
    m2 = lex.after.match(text, join.end(), sen.e) if join else None
    if (
        join
        and m2
        and m2.start("u") == join.end()
        and lex.unit_kind(m2.group("u")) == "count"
        and not _NAMED_NEXT.match(text, m2.end(), sen.e)  # "98 hộ, xã Tân Sơn 85 hộ": a label
        and not _subordinate(sen, ti, sen.tok_at(m2.end()))  # "Sau khi bán 3 căn nhà, cơ quan thu được ..."
    ):
        return ", " + sen.ctx.doc.surface(m2.start("u"), m2.end()), sen.tok_at(m2.end())
    return "", ue


def _subordinate(sen: Sentence, ti: int, after: int) -> bool:
    """Token ``ti`` is in a subordinate clause ("Sau khi ...", "Khi ...") that must be closed by a
    comma, and the comma before token ``after`` is the last one left to close it."""
    a = sen.clause_lo(ti)
    return a < ti and bool(sen.cue.forward(a, ti, _SUBORDINATE)) and "," not in sen.keys[after:]


def _times(sen: Sentence, ti: int, written: str) -> bool:
    """ "lần" after "gấp" (a qualifier between allowed): "gấp 2,1 lần", "gấp gần 3 lần"."""
    if written != "lần" or ti == 0:
        return False
    k = ti - 1
    q = sen.lex.qualifier_back(sen.keys, ti, max(0, ti - 3))
    if q:
        k -= q[0]
    return k >= 0 and sen.keys[k] == "gấp"


def _unlisted(sen: Sentence, n: NumberMatch, ti: int, tj: int, at: int) -> Draft | None:
    """An unlisted lower-case noun after a count of ten or more: "320 nhà", "150 ủy viên",
    "45/47 xã" (``at``: the end of the number and its "/total")."""
    if n.value_max is not None or n.has_magnitude or n.value < SMALL or not n.value.is_integer():
        return None
    if year_like(n) or tj >= len(sen.tokens) or sen.tokens[tj].start > at + 1:
        return None
    k = tj
    if (
        sen.tokens[k].is_cap
        and sen.noun_word(k + 1)
        and not sen.cue.forward(k, k + 2, _LABEL)  # "km 450 Quốc lộ 1"
    ):
        k += 2  # "1.240 Chi hội": a common noun capitalised as a body's name, not "100 Nguyễn Du"
    while k < len(sen.tokens) and k - tj < 2 and sen.noun_word(k):
        k += 1
    if k == tj:
        return None
    end = sen.tokens[k - 1].end
    unit = sen.ctx.doc.surface(sen.tokens[tj].start, end)
    return Draft(n, ti, tj, unit, "count", end, k, listed=False, zone=sen.zone, sentence=sen.s)


def _noun_first(sen: Sentence, n: NumberMatch, ti: int, tj: int) -> Draft | None:
    """A bare count whose noun heads the clause before it: "Tổng số người ứng cử là 6.900",
    "Số phiếu tán thành 845" (unit "người", "phiếu"); without "số", a listed count unit
    linked to the figure: "Lượt khách đến tỉnh trong quý I đạt khoảng 3,3 triệu"."""
    if n.is_word or n.value_max is not None or not n.value.is_integer():
        return None
    if year_like(n) or (tj < len(sen.tokens) and sen.tokens[tj].is_word):
        return None
    table = sen.cue
    lo = sen.clause_lo(ti)
    if ti <= lo or not sen.tokens[ti - 1].is_word:
        return None
    cue = table.longest_back(ti, lo)
    if cue and table.longest(ti - cue, ti)[1] <= NOUN_CUES:
        cue = 0  # "số cổ phần 1.161.881.877": the cue is the counted noun itself
    if cue and not table.back(ti, lo, _LINK):
        return None  # "từ ngày 15 đến 30-11": not linked to the noun
    runs = clean(sen, lo, ti, sen.depth[ti])
    if not runs:
        return None
    a = runs[0][0]
    k = a + table.forward(a, ti, _COUNT_HEAD)
    if k >= ti or (k == a and not cue) or any(i in sen.number_at for i in range(a, ti)):
        return None  # another figure between: "cán bộ ... có 3 người đến, mỗi người được 2 triệu"
    unit = _head_noun(sen, k, ti, a)
    if not unit:
        return None
    if sen.opens_sentence(k):
        unit = unit[:1].lower() + unit[1:]  # "Lượt khách ... đạt": the capital is the sentence's
    return Draft(n, ti, tj, unit, "count", n.end, tj, zone=sen.zone, sentence=sen.s, noun_first=True)


def _head_noun(sen: Sentence, k: int, ti: int, a: int) -> str:
    """The counted noun at token ``k`` of a subject starting at ``a``: a listed count unit, or (after
    "số") one or two lower-case words ("cổ đông", "vắc xin"); "" when there is none."""
    m = sen.lex.after.match(sen.text, sen.tokens[k].start, sen.e)
    if m and m.start("u") == sen.tokens[k].start and sen.lex.unit_kind(m.group("u")) == "count":
        return sen.ctx.doc.surface(m.start("u"), m.end("u"))
    if k == a:
        return ""  # no "số" and no listed count unit: "Doanh thu đạt 3 tỷ" is no count
    if sen.noun_word(k):
        two = k + 1 < ti and sen.noun_word(k + 1) and not sen.cue.longest(k + 1, ti)[0]
        return sen.surface(k, k + 2 if two else k + 1)
    return ""


def _may_be_elided(sen: Sentence, n: NumberMatch, ti: int, tj: int) -> bool:
    """A bare figure in a list whose unit is written once: "năm 2018 được 300, 2019 là 396"."""
    if n.is_word or n.value_max is not None or year_like(n):
        return False
    if not n.has_magnitude and (n.value < SMALL or not n.value.is_integer()):
        return False
    if not n.has_magnitude:
        if ti == 0 or sen.keys[ti - 1] not in ("được", "là", "đạt", "có", "còn"):
            return False
        nxt = sen.tokens[tj] if tj < len(sen.tokens) else None
        if nxt is not None and nxt.text not in CLAUSE_PUNCT and nxt.key not in ("và", "."):
            return False
    return not (n.end < sen.e and (sen.text[n.end].isalpha() or sen.text[n.end] in "+/"))


def elided(sen: Sentence, bare: Bare, drafts: list[Draft]) -> Draft | None:
    """The unit of the nearest figure of the same sort: a count takes the next one's ("năm 2018
    được 300, ... 700 học sinh"), an amount the nearest currency ("thu 2.000 tỷ đồng, chi 1.500 tỷ")."""
    n = bare.num
    want = "currency" if n.has_magnitude else "count"
    i = bisect_left(drafts, n.start, key=lambda d: d.num.start)
    near = [d for d in (*drafts[i : i + 3], *reversed(drafts[max(0, i - 3) : i])) if d.unit_kind == want]
    if not near:
        return None
    src = near[0] if not n.has_magnitude else min(near, key=lambda d: abs(d.num.start - n.start))
    return Draft(
        n,
        bare.ti,
        bare.tj,
        src.unit,
        src.unit_kind,
        n.end,
        bare.tj,
        listed=src.listed,
        zone=sen.zone,
        sentence=sen.s,
    )


def _number_of(text: str, at: int, end: int) -> int:
    """The end of a word "số" written after a number at ``at`` ("1.161.881.837 số cổ phần"), or 0.
    A plain scan: a regex match here costs time in the length of the text."""
    j = at
    while j < end and text[j] in " \t":
        j += 1
    if j == at or not text.startswith("số", j) or j + 3 > end or text[j + 2] not in " \t":
        return 0
    return j + 2


def year_like(n: NumberMatch) -> bool:
    def one(v: float) -> bool:
        return v.is_integer() and 1900 <= v <= 2100

    return (
        not n.has_magnitude
        and not n.is_word
        and _YEARS.fullmatch(n.text) is not None
        and one(n.value)
        and (n.value_max is None or one(n.value_max))
    )
