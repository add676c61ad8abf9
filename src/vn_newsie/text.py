"""Text layer: normalisation with an offset map, tokens, sentences, article zones.

Extractors work on ``Doc.text`` (NFC, one tone-mark style, plain spaces and quotes, no HTML
entities or tags). ``Doc.span(start, end)`` maps a range of that text back to the exact string
the caller passed, so every record carries evidence that ``source[start:end]`` reproduces.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex
from mypy_extensions import mypyc_attr

from .records import UNENCODABLE, Span

# --- normalisation -------------------------------------------------------------------------

# One character in, one character out: offsets do not move, so str.translate is enough.
_ONE_TO_ONE = {
    **{
        c: " "
        for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
    },
    **{c: '"' for c in "“”„‟″«»"},
    **{c: "'" for c in "‘’‚‛′"},
    **{c: "-" for c in "–—‒―−"},
    "…": ".",
    "\r": "\n",
}
_ONE_TO_ONE.update({chr(c): " " for c in range(0x00, 0x20) if chr(c) not in "\n\r\t"})
_ONE_TO_ONE.update({chr(c): " " for c in range(0x7F, 0xA0)})
_ONE_TO_ONE.update(UNENCODABLE)  # lone surrogates: U+FFFD (see records.UNENCODABLE)
_TRANSLATE = str.maketrans(_ONE_TO_ONE)
# The same change by a scan for the characters it touches: str.translate looks every character of
# a Vietnamese (non-ASCII) text up in its table, about 20 times slower on an article, which holds
# only a handful of them.
_ONE_TO_ONE_CHARS = re.compile("[" + "".join(map(re.escape, sorted(_ONE_TO_ONE))) + "]")


def _one_to_one(s: str) -> str:
    """``s.translate(_TRANSLATE)``."""
    return _ONE_TO_ONE_CHARS.sub(_one_char, s)


def _one_char(m: re.Match[str]) -> str:
    return _ONE_TO_ONE[m.group()]


# The keys of records.UNENCODABLE; the pattern is written raw because mypyc refuses surrogates
# in string literals.
_SURROGATES = re.compile(r"[\ud800-\udfff]")


# Old tone placement on a syllable-final pair -> the mark on the first vowel ("hoà" -> "hòa",
# "thuỷ" -> "thủy"); the pair followed by a consonant ("hoàng", "huỳnh") is the same in both.
_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below


def _tone_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in _MARKS:
            old = first + unicodedata.normalize("NFC", second + mark)
            new = unicodedata.normalize("NFC", first + mark) + second
            for f in (str.lower, str.upper, str.capitalize):
                pairs[f(old)] = f(new)
                pairs[unicodedata.normalize("NFD", f(old))] = f(new)
    return pairs


_TONE_PAIRS = _tone_pairs()


def _tone_classes() -> str:
    """The old-style pairs as character classes ("o[àáảãạ]|O[...]"), one branch per leading
    letter and length, instead of a 90-way alternation the engine tries at every position."""
    groups: dict[tuple[str, int], list[set[str]]] = {}
    for pair in _TONE_PAIRS:
        sets = groups.setdefault((pair[0], len(pair)), [set() for _ in pair[1:]])
        for pos, ch in enumerate(pair[1:]):
            sets[pos].add(ch)
    branches = []
    for (first, _), sets in sorted(groups.items(), key=lambda kv: -kv[0][1]):
        combos = 1
        for chars in sets:
            combos *= len(chars)
        listed = sum(1 for p in _TONE_PAIRS if p[0] == first and len(p) == len(sets) + 1)
        assert combos == listed, "every combination of the classes must be a listed pair"
        branches.append(first + "".join("[" + "".join(sorted(chars)) + "]" for chars in sets))
    return "|".join(branches)


# Each kind of fix, with a cheap test saying whether the text can hold one at all: most articles
# are already NFC, without entities, tags or old-style tone marks, and skip their branches.
_BRANCHES: dict[str, str] = {
    "crlf": r"\r\n",
    "invisible": r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+",
    "entity": r"&(?:[a-zA-Z]{2,8}|\#[0-9]{1,7}|\#[xX][0-9a-fA-F]{1,6});",
    "tag": r"<(?:/?[a-zA-Z][a-zA-Z0-9]{0,10}(?:\s[^<>]{0,300})?/?|!--[^<>]{0,300}--)>",
    "tone": "(?:" + _tone_classes() + r")(?!\p{L}|\p{M})",
    "combining": r"\p{L}\p{M}+",
}
_INVISIBLE = regex.compile(_BRANCHES["invisible"])
_MAY_HOLD: dict[str, Callable[[str], object]] = {
    "crlf": lambda s: "\r\n" in s,
    "invisible": re.compile(_BRANCHES["invisible"]).search,  # a plain class: the stdlib scans it faster
    "entity": lambda s: "&" in s,
    "tag": lambda s: "<" in s,
    "tone": regex.compile(_BRANCHES["tone"]).search,
    "combining": lambda s: not unicodedata.is_normalized("NFC", s),
}


@lru_cache(maxsize=64)
def _fixes(kinds: tuple[str, ...]) -> regex.Pattern[str]:
    """One scanner over the branches ``kinds`` (in their fixed order: the first branch wins)."""
    return regex.compile("|".join(f"(?P<{k}>{_BRANCHES[k]})" for k in kinds))


_BREAK_TAGS = regex.compile(r"</?(?:br|p|div|li|tr|h[1-6])\b", regex.IGNORECASE)


def _invisible(m: regex.Match[str]) -> str:
    """Zero-width characters go, except where they part two words: before a capital ('Trần\u200bVăn')
    or, for a zero-width space, between two syllables ('Đồng\u200bchí', not 'Th\u200bu'): a space."""
    before, after = m.string[m.start() - 1 : m.start()], m.string[m.end() : m.end() + 1]
    if before.isalpha() and after.isupper():
        return " "
    if "\u200b" in m.group() and before.isalpha() and after.isalpha():
        left = _SYLLABLE_BEFORE.search(m.string, max(0, m.start() - 7), m.start())
        right = _SYLLABLE.match(m.string, m.end())
        if left and right and has_vowel(left.group()) and has_vowel(right.group()):
            return " "
    return ""


_SYLLABLE = regex.compile(r"\p{L}{1,7}")
_SYLLABLE_BEFORE = regex.compile(r"\p{L}{1,7}$")


def has_vowel(letters: str) -> bool:
    return any(c in "aeiouy" for c in unicodedata.normalize("NFD", letters.lower()))


def _replacement(m: regex.Match[str]) -> str | None:
    kind = m.lastgroup
    s = m.group()
    if kind == "crlf":
        return "\n"
    if kind == "invisible":
        return _invisible(m)
    if kind == "entity":
        out = html.unescape(s)
        return None if out == s else out.translate(_TRANSLATE)
    if kind == "tag":
        return "\n" if _BREAK_TAGS.match(s) else ""
    if kind == "combining":
        out = unicodedata.normalize("NFC", s)
        return None if out == s else out
    if kind == "tone":
        start = m.start()
        source = m.string
        if start > 0 and source[start - 1] in "qQ" and s[0] in "uU":
            return None  # "quỷ": the u belongs to qu-, the mark is where it should be
        return _TONE_PAIRS[s]
    return None


@dataclass(frozen=True)
class Doc:
    """Normalised text plus the map back to the caller's string."""

    source: str
    text: str
    # Replaced stretches, sorted: normalised [a, b) came from source [c, d).
    _norm_starts: list[int] = field(default_factory=list, repr=False)
    _norm_ends: list[int] = field(default_factory=list, repr=False)
    _src_starts: list[int] = field(default_factory=list, repr=False)
    _src_ends: list[int] = field(default_factory=list, repr=False)
    # No surrogate and no zero-width character anywhere in ``source``: ``surface`` skips both
    # scans. Set by ``normalize``, which knows (False, the safe answer, when built otherwise).
    plain: bool = field(default=False, repr=False)

    def source_offset(self, pos: int, *, is_end: bool) -> int:
        """Map an offset of ``text`` to one of ``source``."""
        i = bisect_right(self._norm_starts, pos) - 1
        if i >= 0:
            a, b = self._norm_starts[i], self._norm_ends[i]
            if a <= pos < b or (is_end and a < pos <= b):
                return self._src_ends[i] if is_end and pos > a else self._src_starts[i]
            if is_end and pos == a and i > 0 and self._norm_ends[i - 1] == pos:
                return self._src_ends[i - 1]
            # after stretch i (or before it, when pos == a for a start)
            if pos >= b:
                return pos - b + self._src_ends[i]
            j = i - 1
            while j >= 0 and self._norm_ends[j] > pos:
                j -= 1
            return pos if j < 0 else pos - self._norm_ends[j] + self._src_ends[j]
        return pos

    def _source_range(self, start: int, end: int) -> tuple[int, int]:
        s = self.source_offset(start, is_end=False)
        return s, self.source_offset(end, is_end=True) if end > start else s

    def span(self, start: int, end: int) -> Span:
        """The caller's evidence for ``text[start:end]``."""
        s, e = self._source_range(start, end)
        return Span(start=s, end=e, text=self.source[s:e])

    def surface(self, start: int, end: int) -> str:
        """The caller's characters for ``text[start:end]``, NFC-normalised (for record fields).
        (No ``Span`` is built on the way: a validated model per field was a third of the cost.)"""
        s, e = self._source_range(start, end)
        sp = self.source[s:e]
        if self.plain:  # most articles: neither scan can find anything
            return " ".join(unicodedata.normalize("NFC", sp).split())
        sp = _SURROGATES.sub("\ufffd", sp)  # REPLACE_UNENCODABLE, by a scan
        return " ".join(_INVISIBLE.sub(_invisible, unicodedata.normalize("NFC", sp)).split())

    @property  # not cached_property: mypyc compiles that as a plain property (and layout reads it once)
    def lines(self) -> list[tuple[int, int]]:
        """(start, end) of every line of ``text``, newline excluded."""
        out, pos = [], 0
        for line in self.text.split("\n"):
            out.append((pos, pos + len(line)))
            pos += len(line) + 1
        return out


def normalize(source: str) -> Doc:
    """Normalise ``source`` and keep the offset map (linear in its length)."""
    pieces: list[str] = []
    ns: list[int] = []
    ne: list[int] = []
    ss: list[int] = []
    se: list[int] = []
    last = 0
    out_len = 0
    kinds = tuple(k for k in _BRANCHES if _MAY_HOLD[k](source))
    plain = "invisible" not in kinds and not _SURROGATES.search(source)
    if not kinds:
        return Doc(source, _one_to_one(source), ns, ne, ss, se, plain)
    for m in _fixes(kinds).finditer(source):
        rep = _replacement(m)
        if rep is None:
            continue
        a, b = m.span()
        if a > last:
            pieces.append(source[last:a])
            out_len += a - last
        pieces.append(rep)
        ns.append(out_len)
        ne.append(out_len + len(rep))
        ss.append(a)
        se.append(b)
        out_len += len(rep)
        last = b
    pieces.append(source[last:])
    text = _one_to_one("".join(pieces))
    return Doc(source, text, ns, ne, ss, se, plain)


# --- folding: the key used for every dictionary look-up ---------------------------------------


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Case-, form- and tone-style-insensitive key: 'Uỷ ban' and 'ủy ban' fold alike ('Đ' lowers
    to 'đ' like any capital)."""
    if not s.isascii():
        s = normalize(s).text
    return " ".join(s.lower().split())


# --- tokens -------------------------------------------------------------------------------------

_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*|[^\s]")


class Token:
    """One word, number or mark, with its flags computed once (the recognizers ask them often)."""

    __slots__ = ("start", "end", "text", "key", "is_word", "is_cap", "is_upper")

    def __init__(self, start: int, end: int, text: str, key: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.key = key  # folded
        first = text[:1]
        self.is_word: bool = first.isalpha()
        self.is_cap = self.is_upper = False
        if self.is_word and not first.islower():  # most words are lower case: nothing to test
            # title-case syllable ("Lâm"), not an acronym ("UBND")
            self.is_cap = first.isupper() and (len(text) == 1 or not text[1:].isupper()) and text.isalpha()
            self.is_upper = len(text) > 1 and text.isupper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return (self.start, self.end, self.text, self.key) == (other.start, other.end, other.text, other.key)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r}, {self.key!r})"


@mypyc_attr(native_class=False)  # a list subclass stays a Python class when compiled
class Tokens(list[Token]):
    """The tokens of one range, with room for what each matcher learns about them (``walks``):
    every recognizer reading the same sentence shares its look-ups."""

    __slots__ = ("walks",)

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        super().__init__(tokens)
        self.walks: dict[Any, Any] = {}  # matcher -> {token index -> its walk}


def starts_of(
    text: str, start: int, stop: int, digits: regex.Pattern[str], words: Iterable[str]
) -> list[int] | None:
    """Where a grammar can start in ``text[start:stop]``, sorted: each match of ``digits`` and each
    place one of ``words`` begins in the lower-cased text (``str.find`` is far faster than the
    regex engine trying a word alternation at every character). None when lower case moves
    offsets ("İ") or folds differently from the engine ("ſ" is an "s" to it): the caller scans."""
    low = text[start:stop].lower()
    if len(low) != stop - start or "ſ" in low:
        return None
    out = [m.start() for m in digits.finditer(text, start, stop)]
    for w in words:
        k = low.find(w)
        while k >= 0:
            out.append(start + k)
            k = low.find(w, k + 1)
    out.sort()
    return out


def tokenize(text: str, start: int = 0, end: int | None = None) -> Tokens:
    """Words, numbers and single punctuation marks of ``text[start:end]`` with their offsets."""
    stop = len(text) if end is None else end
    low = text[start:stop].lower()
    if len(low) != stop - start:  # "İ" lowers to two characters: read each token on its own
        return Tokens(
            Token(m.start(), m.end(), m.group(), m.group().lower())
            for m in _TOKEN.finditer(text, start, stop)
        )
    # Every character but white space belongs to a token ("[^\s]" takes any mark), so each token is
    # the first occurrence of its text after the one before: found by str.find, the strings by
    # findall, cheaper than a match object per token.
    out = Tokens()
    append = out.append
    find = text.find
    b = start
    for word in _TOKEN.findall(text, start, stop):
        a = find(word, b)
        b = a + len(word)
        append(Token(a, b, word, low[a - start : b - start]))
    return out


# --- sentences ----------------------------------------------------------------------------------

# A full stop ends a sentence unless it closes an abbreviation ("TP.", "TS.", "GS."). A run of
# marks ("...", "?!", a row of dots in a table of contents) is tried once, from its first mark.
_SENT_END = regex.compile(r"(?:\./\.|(?<![.!?])[.!?]++)[\"')\]]*(?=\s+[\"'(\[]?[\p{Lu}\d])|\n+")
_ABBREV_BEFORE_DOT = regex.compile(
    r"(?:\b(?:TP|Tp|TS|GS|PGS|ThS|BS|KS|LS|ĐC|Đ/c|Th|St|Mr|Mrs|Dr|TSKH|CKII|CKI|NXB|tr|ThS\.BS)|\b\p{Lu})$"
)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, whitespace trimmed."""
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    for m in _SENT_END.finditer(text, start, stop):
        if m.group()[0] == "." and _ABBREV_BEFORE_DOT.search(text, max(pos, m.start() - 12), m.start()):
            continue
        _push(text, pos, m.end(), out)
        pos = m.end()
    _push(text, pos, stop, out)
    return out


def _push(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))
