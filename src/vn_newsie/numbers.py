"""Number grammar for Vietnamese prose.

Vietnamese writes ``.`` between thousands and ``,`` before decimals: ``1.605`` is 1605 and
``5,67`` is 5.67. A dot followed by anything but groups of exactly three digits is read as a
decimal point (``1.5`` = 1.5, as foreign-style copy writes it). Magnitude words scale the number
(``1.605 nghìn`` = 1 605 000, ``15.000 tỷ`` = 1.5e13). Ranges (``10-15``, ``từ 10 đến 15``) keep
both ends. Common word numerals ("hai", "mười", "một trăm", "hai mươi lăm") are read too.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .gazetteer import load_table

_DIGITS = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?!\.\d{3}(?!\d))(?:\.\d{1,2}(?![\d.,]))?)"


@lru_cache(maxsize=1)
def magnitudes() -> dict[str, float]:
    """Magnitude words ('nghìn', 'triệu', 'tỷ', ...) and their factors, from magnitudes.tsv."""
    return {row["word"].lower(): float(row["factor"]) for row in load_table("magnitudes.tsv")}


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    return {row["word"].lower(): int(row["value"]) for row in load_table("number_words.tsv")}


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _number_re() -> regex.Pattern[str]:
    mag = _alternation(list(magnitudes()))
    word = _alternation(list(number_words()))

    def one(i: int) -> str:
        digits = f"(?P<n{i}>{_DIGITS})"
        # word numerals only where a magnitude or a unit word follows: "hai nghìn", "ba người"
        words = rf"(?P<w{i}>(?:(?:{word})\s+){{0,4}}(?:{word}))(?=\s+\p{{L}})"
        return rf"(?:{digits}|{words})(?:\s*(?P<m{i}>(?:{mag})(?:\s+(?:{mag}))?))?(?![\p{{L}}\d])"

    pattern = (
        r"(?<![\p{L}\d.,/-])(?:(?P<from>từ)\s+)?"
        + one(1)
        + r"(?:\s*(?P<sep>-|đến|tới|~)\s*"
        + one(2)
        + ")?"
    )
    return regex.compile(pattern, regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int
    end: int
    value: float
    value_max: float | None
    text: str
    has_magnitude: bool
    is_word: bool


def parse_digits(s: str) -> float:
    """'1.605' -> 1605, '5,67' -> 5.67, '2.659,96' -> 2659.96, '1.5' -> 1.5."""
    if regex.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return float(s.replace(".", "").replace(",", "."))
    return float(s.replace(",", "."))


def parse_words(s: str) -> int | None:
    """'hai mươi lăm' -> 25, 'một trăm' -> 100, 'mười' -> 10; None if not a numeral."""
    words = number_words()
    total = current = 0
    seen = False
    for w in s.lower().split():
        if w not in words:
            return None
        v = words[w]
        seen = True
        if w in ("mươi",):
            current = (current or 1) * 10
        elif v == 100:
            current = (current or 1) * 100
            total += current
            current = 0
        elif v == 1000:
            total = (total + current or 1) * 1000
            current = 0
        else:
            current += v
    return total + current if seen else None


def _value(m: regex.Match[str], n: str, w: str, mg: str) -> float | None:
    if m.group(n):
        v = parse_digits(m.group(n))
    elif m.group(w):
        pw = parse_words(m.group(w))
        if pw is None:
            return None
        v = float(pw)
    else:
        return None
    if m.group(mg):
        for word in m.group(mg).lower().split():
            v *= magnitudes()[word]
    return v


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Every number in ``text[start:end]``, scaled by its magnitude word, ranges joined."""
    out = []
    stop = len(text) if end is None else end
    for m in _number_re().finditer(text, start, stop):
        low = _value(m, "n1", "w1", "m1")
        if low is None:
            continue
        high = _value(m, "n2", "w2", "m2") if m.group("sep") else None
        if high is not None and m.group("m2") and not m.group("m1"):
            # "2-3 triệu": the magnitude written once applies to both ends
            for word in m.group("m2").lower().split():
                low *= magnitudes()[word]
        if high is not None and high < low:
            high = None  # "2020-2015" or a score "3-1": not a range
            s, e = m.start(), m.end("n1") if m.group("n1") else m.end("w1")
            if m.group("m1"):
                e = m.end("m1")
        else:
            s, e = m.start(), m.end()
        if m.group("from") and high is None:
            s = m.start("n1") if m.group("n1") else m.start("w1")
        out.append(
            NumberMatch(
                start=s,
                end=e,
                value=low,
                value_max=high,
                text=text[s:e],
                has_magnitude=bool(m.group("m1") or m.group("m2")),
                is_word=bool(m.group("w1")),
            )
        )
    return out


def parse_number(s: str) -> float | None:
    """The value of a whole string that is one number ('1,2 triệu' -> 1 200 000), else None."""
    found = find_numbers(s.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s.strip()):
        return found[0].value
    return None
