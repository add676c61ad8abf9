"""Number grammar for Vietnamese prose.

Vietnamese writes ``.`` between thousands and ``,`` before decimals: ``1.605`` is 1605 and
``5,67`` is 5.67, ``2.659,96`` is 2659.96. A dot followed by anything but groups of exactly three
digits is a decimal point (``1.5`` = 1.5, as foreign-style copy writes it); two or more
comma-separated groups of three are English thousands (``10,000,000``). A digit string that fits
none of these (``1.2.3``) is not read.

Magnitude words (magnitudes.tsv) scale the number: ``1.605 nghìn`` = 1 605 000, ``15.000 tỷ`` =
1.5e13, ``2 triệu rưỡi`` = 2.5e6. Ranges (``10-15``, ``7 - 7,2``, ``từ 10 đến 15``) keep both
ends, a magnitude written once applying to both (``2-3 triệu``); a "range" whose second end is not
larger (a score ``3-1``, ``2020-2015``) is two numbers.

Word numerals (number_words.tsv) are read by the usual grammar: ``mười`` 10, ``hai mươi lăm`` 25,
``một trăm linh năm`` 105, ``hai nghìn`` 2000, ``ba trăm nghìn`` 300 000. Words that are also
ordinary words are read only where they cannot be anything else: ``năm`` (year / five) and
``một`` (one / a) never alone (``năm nay``, ``một số``), ``tư`` only after a tens word (not
``đầu tư``), ``năm`` after a tens word is the year (``ba mươi năm``), a digit word after a
magnitude only inside a longer numeral (``hai nghìn năm`` is 2000 years). Vague counts (``vài
chục``, ``hàng nghìn``) and capitalised number words inside a sentence (nicknames: ``ông Tư``)
are not numbers.

A number glued to a code (``147-KH/TU``, ``116/2020/NĐ-CP``, ``Covid-19``, ``F5``) or after a
slash (``15/18``, the day of ``28/4``) is not read here; what follows a number (``38km``, ``5K``)
is left to the caller to judge. ``find_numbers`` is linear in the text: one regex scan, and every
look-around is bounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .gazetteer import load_table
from .text import has_vowel, starts_of

# Word roles the grammar needs beyond a word's value (values come from number_words.tsv).
_TENS = "mươi"  # "hai mươi" = 20
_TEN = "mười"  # "mười" = 10, "mười lăm" = 15
_HUNDRED = "trăm"
_JOINERS = frozenset({"linh", "lẻ"})  # empty tens place: "một trăm linh năm" = 105
_AFTER_TENS_ONLY = frozenset({"mốt", "tư", "lăm", "nhăm"})  # unit forms used after a tens word
_NOT_AFTER_TENS = frozenset({"năm"})  # "ba mươi năm" is thirty years
_NEVER_ALONE = frozenset({"một", "năm"})  # "một số", "năm nay"
_HALF = "rưỡi"  # "hai triệu rưỡi" = 2.5e6
_VAGUE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:vài|mấy|dăm|hàng|hằng|mươi)\s+$", regex.IGNORECASE)
_SENTENCE_OPENERS = frozenset('.!?:;\n"(-')

_DIGIT_TOKEN = r"\d+(?:[.,]\d+)*"
# After a number: a code such as "147-KH", "116/2020/NĐ-CP", "01/NQ-CP" (not "10-15", "28/4").
# At most four numeric parts before the letters: matched after every number, an unbounded chain
# would rescan "1-1-1-..." from each of its numbers (quadratic).
_CODE_AFTER = regex.compile(r"(?:[-/]\d+){0,4}[-/]\p{L}")
_SEP = regex.compile(r"[ \t]{0,3}(?P<pct>%[ \t]{0,3})?(?P<sep>-|đến|tới|~)[ \t]{0,3}", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])từ[ \t]+$", regex.IGNORECASE)
_CHAIN_AFTER = regex.compile(r"[-/.]\d")  # the second end is part of a date or code: "14-01-2022"
_WORD = regex.compile(r"\S+")


@lru_cache(maxsize=1)
def magnitudes() -> dict[str, float]:
    """Magnitude words ('nghìn', 'triệu', 'tỷ', 'nghìn tỷ', ...) and their factors (magnitudes.tsv)."""
    return {
        " ".join(row["word"].lower().split()): float(row["factor"]) for row in load_table("magnitudes.tsv")
    }


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Numeral words and their values (number_words.tsv)."""
    return {row["word"].lower(): int(row["value"]) for row in load_table("number_words.tsv")}


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _word_magnitudes() -> dict[str, float]:
    """Single-word magnitudes usable inside word numerals (not abbreviations such as 'tr')."""
    return {w: f for w, f in magnitudes().items() if " " not in w and has_vowel(w)}


def _by_first_letter(words: set[str]) -> str:
    """``_alternation`` grouped by first letter ("b(?:ảy|ốn|a)|h(?:ai)|..."): the engine tries one
    branch at a letter instead of every word. Words of different first letters never match at the
    same place, so the longest-first order within each group keeps the alternation's answers."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(regex.escape(w[1:]).replace(r"\ ", r"\s+"))
    return "|".join(f"{regex.escape(c)}(?:{'|'.join(rest)})" for c, rest in sorted(groups.items()))


@lru_cache(maxsize=1)
def _atom_re() -> regex.Pattern[str]:
    words = set(number_words()) | set(_word_magnitudes()) | {_HALF}
    word = rf"(?:{_by_first_letter(words)})(?![\p{{L}}\p{{M}}\d])"
    return regex.compile(
        rf"(?P<d>(?<![\p{{L}}\p{{M}}\d_.,]){_DIGIT_TOKEN})"
        rf"|(?P<w>(?<![\p{{L}}\p{{M}}\d]){word}(?:[ \t]+{word}){{0,9}})",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _first_words() -> tuple[str, ...]:
    """The first word of every numeral word of ``_atom_re``, lower case."""
    return tuple(sorted({w.split()[0] for w in (*number_words(), *_word_magnitudes(), _HALF)}))


@lru_cache(maxsize=1)
def _never_alone() -> frozenset[str]:
    """The single words of ``_atom_re`` that are no number on their own ("không", "năm", "một",
    "tư", a magnitude "tỷ" without its number), however they are written: a match of one of them
    alone is rejected at once, as ``_parse_word_tokens`` would."""
    return frozenset(w for w in _first_words() if (_parse_word_tokens([w]) or (0.0, 0, 1.0))[1] != 1)


_DIGIT_RUN = regex.compile(r"(?<!\d)\d")


def _atom_starts(text: str, start: int, stop: int) -> list[int] | None:
    """Every place in ``text[start:stop]`` where ``_atom_re`` can match: the first digit of a run
    and each place a numeral word starts (``text.starts_of``); None when the caller must scan."""
    return starts_of(text, start, stop, _DIGIT_RUN, _first_words())


@lru_cache(maxsize=1)
def _glued_units() -> str:
    """Units that may follow a magnitude with no space in scraped text ("75tỷđồng")."""
    return _alternation(
        [u for u in (row["unit"] for row in load_table("units.tsv")) if len(u) > 1 or u == "đ"]
    )


@lru_cache(maxsize=1)
def _magnitude_re() -> regex.Pattern[str]:
    mags = _alternation(list(magnitudes()))
    return regex.compile(
        rf"[ \t]{{0,2}}(?P<m>{mags})(?:(?![\p{{L}}\p{{M}}\d])|(?=(?:{_glued_units()})(?![\p{{L}}\p{{M}}])))"
        r"(?![ \t]+(?:lệ|trọng|suất)(?![\p{L}\p{M}]))"  # "tỷ lệ", "tỷ trọng": not a magnitude
        rf"(?:[ \t]+(?P<half>{_HALF})(?![\p{{L}}\p{{M}}]))?",
        regex.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A number of ``text[start:end]``: ``value`` scaled by its magnitude, ``value_max`` the high
    end of a range. ``start`` is at "từ" for "từ 10 đến 15"."""

    start: int
    end: int
    value: float
    value_max: float | None
    text: str
    has_magnitude: bool
    is_word: bool


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    value: float
    factor: float  # the magnitude applied (1.0 when none)
    is_word: bool


# Longer digit strings are identifiers (phone, account numbers), not quantities: no count or
# amount reaches 10**MAX_DIGITS (metric values, meetings' participants).
MAX_DIGITS = 15


_VI_THOUSANDS = regex.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_VI_DECIMAL = regex.compile(r"\d+,\d+")
_EN_THOUSANDS = regex.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?")
_EN_DECIMAL = regex.compile(r"\d+\.\d+")


def parse_digits(s: str) -> float | None:
    """'1.605' -> 1605, '5,67' -> 5.67, '2.659,96' -> 2659.96, '1.5' -> 1.5; None if unreadable."""
    if len(s) > MAX_DIGITS and sum(ch.isdigit() for ch in s) > MAX_DIGITS:
        return None
    if s.isdigit():
        return float(s)
    if _VI_THOUSANDS.fullmatch(s):
        return float(s.replace(".", "").replace(",", "."))
    if _VI_DECIMAL.fullmatch(s):
        return float(s.replace(",", "."))
    if _EN_THOUSANDS.fullmatch(s):
        return float(s.replace(",", ""))
    if _EN_DECIMAL.fullmatch(s):
        return float(s)
    return None


def _group(toks: list[str], i: int, after_magnitude: bool) -> tuple[int, int] | None:
    """A numeral below 1000 starting at ``toks[i]``: (value, index after it), or None."""
    words = number_words()
    n = len(toks)

    def digit(k: int, *, lead: bool) -> int | None:
        if k >= n:
            return None
        w = toks[k]
        v = words.get(w)
        if v is None or not 0 < v < 10 or (lead and w in _AFTER_TENS_ONLY):
            return None
        return v

    j, value, hundreds = i, 0, False
    d = digit(j, lead=True)
    if d is not None and j + 1 < n and toks[j + 1] == _HUNDRED:
        value, j, hundreds = d * 100, j + 2, True
    if (hundreds or after_magnitude) and j + 1 < n and toks[j] in _JOINERS:
        d = digit(j + 1, lead=False)
        if d is not None:
            return value + d, j + 2
    if j < n and toks[j] == _TEN:
        value, j = value + 10, j + 1
        d = digit(j, lead=False)
        if d is not None and toks[j] not in _NOT_AFTER_TENS:
            value, j = value + d, j + 1
        return value, j
    d = digit(j, lead=True)
    if d is not None and j + 1 < n and toks[j + 1] == _TENS:
        value, j = value + d * 10, j + 2
        d = digit(j, lead=False)
        if d is not None and toks[j] not in _NOT_AFTER_TENS:
            value, j = value + d, j + 1
        return value, j
    if d is not None and not hundreds:
        return value + d, j + 1
    return (value, j) if j > i else None


def parse_words(s: str) -> float | None:
    """'hai mươi lăm' -> 25, 'một trăm' -> 100, 'hai nghìn' -> 2000; None unless all of ``s``
    is one numeral that may stand alone."""
    toks = s.lower().split()
    parsed = _parse_word_tokens(toks)
    if parsed is None or parsed[1] != len(toks):
        return None
    return parsed[0]


def _parse_word_tokens(toks: list[str]) -> tuple[float, int, float] | None:
    """The longest numeral at the start of ``toks``: (value, tokens used, last magnitude or 1)."""
    mags = _word_magnitudes()
    first = _group(toks, 0, after_magnitude=False)
    if first is None:
        return None
    value, i = first
    total = 0.0
    last: float | None = None
    while True:
        factor, k = 1.0, i
        while k < len(toks) and toks[k] in mags:
            factor *= mags[toks[k]]
            k += 1
        if factor == 1.0 or (last is not None and factor >= last):
            total += value
            break
        total += value * factor
        i, last = k, factor
        if i < len(toks) and toks[i] == _HALF:
            total += factor / 2
            i += 1
            break
        nxt = _group(toks, i, after_magnitude=True)
        if nxt is None:
            break
        v2, i2 = nxt
        if i2 < len(toks) and toks[i2] in mags and mags[toks[i2]] < factor:
            value, i = v2, i2  # "hai tỷ ba trăm triệu"
            continue
        if i2 - i >= 2:  # "hai nghìn năm trăm", not "hai nghìn năm" (2000 years)
            total += v2
            i = i2
        break
    if i == 1 and toks[0] in _NEVER_ALONE:
        return None
    return total, i, last if last is not None else 1.0


def _read_atom(text: str, m: regex.Match[str], stop: int) -> tuple[_Atom | None, int]:
    """The number at match ``m`` with its magnitude; (None, where to search next) if it is not one."""
    if m.group("d") is not None:
        a, b = m.span("d")
        if a > 0 and text[a - 1] in "/+":
            return None, b
        if a > 0 and text[a - 1] == "-":
            k = a - 2
            while k >= 0 and text[k] == " ":
                k -= 1
            if k >= 0 and text[k].isalpha():
                return None, b  # "Covid-19", "Covid -19"
        if _CODE_AFTER.match(text, b, stop):
            return None, b
        value = parse_digits(m.group("d"))
        if value is None:
            return None, b
        factor = 1.0
        mm = _magnitude_re().match(text, b, stop)
        if mm:
            factor = magnitudes()[" ".join(mm.group("m").lower().split())]
            value *= factor
            if mm.group("half"):
                value += factor / 2
            b = mm.end()
        return _Atom(a, b, value, factor, False), b
    # word numeral
    a = m.start("w")
    if m.group("w").lower() in _never_alone():
        return None, m.end("w")  # most word matches: "không", "năm", "một", "tư", a bare "tỷ"
    spans = [t.span() for t in _WORD.finditer(text, a, m.end("w"))]
    first_end = spans[0][1]
    toks = [text[s:e] for s, e in spans]
    if _VAGUE_BEFORE.search(text, max(0, a - 8), a):
        return None, m.end("w")
    if toks[0][0].isupper():
        k = a - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k >= 0 and text[k] not in _SENTENCE_OPENERS:
            return None, m.end("w")  # "ông Tư", "Nhất, Nhì, Ba": names, not numbers
    # lower-case words only after the first ("Hai Bà Trưng" is a name)
    n_lower = 1
    while n_lower < len(toks) and toks[n_lower] == toks[n_lower].lower():
        n_lower += 1
    parsed = _parse_word_tokens([t.lower() for t in toks[:n_lower]])
    if parsed is None:
        return None, first_end
    value, used, factor = parsed
    end = spans[used - 1][1]
    return _Atom(a, end, value, factor, True), end


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Every number in ``text[start:end]``, scaled by its magnitude word, ranges joined."""
    out: list[NumberMatch] = []
    stop = len(text) if end is None else end
    atom_re = _atom_re()
    pos = start
    starts = _atom_starts(text, start, stop)
    k = 0
    while pos < stop:
        if starts is None:
            m = atom_re.search(text, pos, stop)
        else:  # the same search, tried only where an atom can start
            m = None
            while m is None and k < len(starts):
                if starts[k] >= pos:
                    m = atom_re.match(text, starts[k], stop)
                k += 1
        if m is None:
            break
        low, pos = _read_atom(text, m, stop)
        if low is None:
            continue
        high: _Atom | None = None
        sep = _SEP.match(text, low.end, stop)
        chained = low.start >= 2 and text[low.start - 1] in "-/" and text[low.start - 2].isdigit()
        if sep and not chained:
            m2 = atom_re.match(text, sep.end(), stop)
            if m2 is not None:
                cand, _ = _read_atom(text, m2, stop)
                pct_ok = not sep.group("pct") or (cand is not None and text.startswith("%", cand.end))
                if cand is not None and pct_ok and not _CHAIN_AFTER.match(text, cand.end, stop):
                    high = cand
        value, value_max, s, e = low.value, None, low.start, low.end
        if high is not None:
            lo = low.value
            if low.factor == 1.0 and high.factor != 1.0:
                # "2-3 triệu": the magnitude is shared, unless the low end is written in full
                # ("300.000 - 1 triệu": 300 000 to 1 000 000)
                full = low.value < high.value <= low.value * 1000
                lo = low.value if full else low.value * high.factor
            if high.value > lo:  # "2-3 triệu"; not a score "3-1" nor "2020-2015"
                value, value_max, e = lo, high.value, high.end
                f = _FROM_BEFORE.search(text, max(start, s - 6), s)
                if f:
                    s = f.start()
                pos = e
        out.append(
            NumberMatch(
                start=s,
                end=e,
                value=value,
                value_max=value_max,
                text=text[s:e],
                has_magnitude=low.factor != 1.0
                or (value_max is not None and high is not None and high.factor != 1.0),
                is_word=low.is_word,
            )
        )
    return out


def parse_number(s: str) -> float | None:
    """The value of a whole string that is one number ('1,2 triệu' -> 1 200 000), else None."""
    t = s.strip()
    found = find_numbers(t)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(t) and found[0].value_max is None:
        return found[0].value
    return None
