"""The metric look-ups: units, cues and qualifiers of ``metric_cues.tsv``, ``qualifiers.tsv`` and
``units.tsv``, and the cue kinds the stages ask for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..gazetteer import document_kinds, load_table
from ..records import Qualifier
from ..text import fold


@dataclass(frozen=True)
class Lexicon:
    cues: dict[tuple[str, ...], frozenset[str]]  # folded words -> kinds (metric_cues.tsv)
    qualifiers: dict[tuple[str, ...], Qualifier]
    max_len: int
    after: regex.Pattern[str]  # units and not-units written after a number
    after_kind: dict[str, str]  # folded phrase -> unit kind, "not_unit" or "classifier"
    # the longest cue starting (ending) with a word, and the longest qualifier ending with one: a
    # look-up at a word that starts (ends) no entry answers at once, and the others try no longer
    # phrase than that word has
    first_len: dict[str, int]
    last_len: dict[str, int]
    qualifier_last_len: dict[str, int]
    condition_firsts: frozenset[str]  # the first words of the condition cues ("nếu", "khi")

    def kind_of(self, key: str, kind: str) -> bool:
        """The one word ``key`` is a cue of ``kind`` ("giữa" is "not_predicate")."""
        return kind in self.cues.get((key,), frozenset())

    def phrase_of(self, kind: str) -> str:
        """The first phrase of ``kind`` in the table ("share_name" is "tỷ lệ"), or ""."""
        return next((" ".join(k) for k, kinds in self.cues.items() if kind in kinds), "")

    def back(
        self, keys: Sequence[str], j: int, lo: int, kinds: frozenset[str]
    ) -> tuple[int, frozenset[str]] | None:
        """The longest cue of ``kinds`` ending at token ``j`` (not before ``lo``): (length, its kinds)."""
        for n in range(_behind(self.last_len, self.max_len, keys, j, lo), 0, -1):
            found = self.cues.get(tuple(keys[j - n : j]))
            if found and found & kinds:
                return n, found
        return None

    def longest_back(self, keys: Sequence[str], j: int, lo: int) -> int:
        """Length of the longest cue of any kind ending at token ``j`` (0 if none)."""
        for n in range(_behind(self.last_len, self.max_len, keys, j, lo), 0, -1):
            if tuple(keys[j - n : j]) in self.cues:
                return n
        return 0

    def forward(self, keys: Sequence[str], i: int, hi: int, kinds: frozenset[str]) -> int:
        """Length of the longest cue of ``kinds`` starting at token ``i`` (0 if none)."""
        for n in range(_ahead(self.first_len, self.max_len, keys, i, hi), 0, -1):
            found = self.cues.get(tuple(keys[i : i + n]))
            if found and found & kinds:
                return n
        return 0

    def leading(self, keys: Sequence[str], i: int, hi: int, kinds: frozenset[str]) -> int:
        """Length of the longest cue starting at token ``i`` if it is of ``kinds``, else 0: a longer
        phrase of another kind wins ("tổ giúp việc" is no boundary "giúp")."""
        n, found = self.longest(keys, i, hi)
        return n if found & kinds else 0

    def longest(self, keys: Sequence[str], i: int, hi: int) -> tuple[int, frozenset[str]]:
        """The longest cue of any kind starting at token ``i``: (length, its kinds), (0, {}) if none."""
        for n in range(_ahead(self.first_len, self.max_len, keys, i, hi), 0, -1):
            found = self.cues.get(tuple(keys[i : i + n]))
            if found:
                return n, found
        return 0, frozenset()

    def qualifier_back(self, keys: Sequence[str], j: int, lo: int) -> tuple[int, Qualifier] | None:
        for n in range(_behind(self.qualifier_last_len, self.max_len, keys, j, lo), 0, -1):
            q = self.qualifiers.get(tuple(keys[j - n : j]))
            if q:
                return n, q
        return None

    def unit_kind(self, written: str) -> str | None:
        """The kind of a unit as written after a number ("tỷ đồng" -> "currency"), None if unlisted."""
        return self.after_kind.get(fold(written))


Found = tuple[tuple[int, frozenset[str]], ...]  # the cues at one position, longest first: (length, kinds)
_NONE: Found = ()


class CueTable:
    """The cues of one sentence, found once per position and read by index. The stages ask the
    same positions again and again (about 190,000 look-ups over the 337 dev and pool articles,
    a third of them new); each answer here is one list read and a short scan of the cues found
    there, the same answers as ``Lexicon``'s (which a look-up outside the sentence still asks)."""

    __slots__ = ("lex", "keys", "size", "_starting", "_ending")

    def __init__(self, lex: Lexicon, keys: list[str]) -> None:
        self.lex = lex
        self.keys = keys
        self.size = len(keys)
        first, last = lex.first_len, lex.last_len
        # None: not looked at yet; words that start (end) no cue answer at once
        self._starting: list[Found | None] = [None if k in first else _NONE for k in keys]
        self._ending: list[Found | None] = [_NONE, *[None if k in last else _NONE for k in keys]]

    def starting(self, i: int) -> Found:
        """The cues starting at token ``i``, longest first."""
        found = self._starting[i]
        if found is None:
            keys, cues = self.keys, self.lex.cues
            out = []
            for n in range(min(self.lex.first_len[keys[i]], self.size - i), 0, -1):
                kinds = cues.get(tuple(keys[i : i + n]))
                if kinds:
                    out.append((n, kinds))
            found = self._starting[i] = tuple(out)
        return found

    def ending(self, j: int) -> Found:
        """The cues ending at token ``j`` (before it), longest first."""
        found = self._ending[j]
        if found is None:
            keys, cues = self.keys, self.lex.cues
            out = []
            for n in range(min(self.lex.last_len[keys[j - 1]], j), 0, -1):
                kinds = cues.get(tuple(keys[j - n : j]))
                if kinds:
                    out.append((n, kinds))
            found = self._ending[j] = tuple(out)
        return found

    def greedy(self) -> list[tuple[int, int, frozenset[str]]]:
        """The cues read from the first word on, each the longest starting where the one before
        ends (a word starting none is passed): (position, length, kinds)."""
        out: list[tuple[int, int, frozenset[str]]] = []
        starting, k = self._starting, 0
        while k < self.size:
            found = starting[k]
            if found is None:
                found = self.starting(k)
            if found:
                n, kinds = found[0]
                out.append((k, n, kinds))
                k += n
            else:
                k += 1
        return out

    def forward(self, i: int, hi: int, kinds: frozenset[str]) -> int:
        """``Lexicon.forward`` of the sentence's words."""
        if not 0 <= i < hi <= self.size:
            return self.lex.forward(self.keys, i, hi, kinds)
        found = self._starting[i]
        for n, has in self.starting(i) if found is None else found:
            if n <= hi - i and not has.isdisjoint(kinds):
                return n
        return 0

    def longest(self, i: int, hi: int) -> tuple[int, frozenset[str]]:
        """``Lexicon.longest`` of the sentence's words."""
        if not 0 <= i < hi <= self.size:
            return self.lex.longest(self.keys, i, hi)
        found = self._starting[i]
        for n, has in self.starting(i) if found is None else found:
            if n <= hi - i:
                return n, has
        return 0, frozenset()

    def leading(self, i: int, hi: int, kinds: frozenset[str]) -> int:
        """``Lexicon.leading`` of the sentence's words."""
        if not 0 <= i < hi <= self.size:
            return self.lex.leading(self.keys, i, hi, kinds)
        found = self._starting[i]
        for n, has in self.starting(i) if found is None else found:
            if n <= hi - i:
                return 0 if has.isdisjoint(kinds) else n
        return 0

    def back(self, j: int, lo: int, kinds: frozenset[str]) -> tuple[int, frozenset[str]] | None:
        """``Lexicon.back`` of the sentence's words."""
        if not 0 <= lo < j <= self.size:
            return self.lex.back(self.keys, j, lo, kinds)
        found = self._ending[j]
        for n, has in self.ending(j) if found is None else found:
            if n <= j - lo and not has.isdisjoint(kinds):
                return n, has
        return None

    def longest_back(self, j: int, lo: int) -> int:
        """``Lexicon.longest_back`` of the sentence's words."""
        if not 0 <= lo < j <= self.size:
            return self.lex.longest_back(self.keys, j, lo)
        found = self._ending[j]
        for n, _ in self.ending(j) if found is None else found:
            if n <= j - lo:
                return n
        return 0


def _ahead(lengths: dict[str, int], max_len: int, keys: Sequence[str], i: int, hi: int) -> int:
    """The longest phrase worth trying from token ``i`` (before ``hi``): no longer than the longest
    entry starting with that word. Where a slice would run past ``keys`` (and be cut short) every
    length up to ``max_len`` is tried, as before."""
    if 0 <= i < hi <= len(keys):
        return min(lengths.get(keys[i], 0), hi - i)
    return min(max_len, hi - i)


def _behind(lengths: dict[str, int], max_len: int, keys: Sequence[str], j: int, lo: int) -> int:
    """The longest phrase worth trying that ends at token ``j`` (not before ``lo``): no longer than
    the longest entry ending with the word before ``j``."""
    if 0 <= lo < j <= len(keys):
        return min(lengths.get(keys[j - 1], 0), j - lo)
    return min(max_len, j - lo)


def _longest_at(phrases: Sequence[tuple[str, ...]], edge: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for words in phrases:
        if words:
            out[words[edge]] = max(out.get(words[edge], 0), len(words))
    return out


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).split())


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues: dict[tuple[str, ...], set[str]] = {}
    for row in load_table("metric_cues.tsv"):
        cues.setdefault(_words(row["phrase"]), set()).add(row["kind"])
    for spelling in document_kinds():
        cues.setdefault(_words(spelling.spelling), set()).add("document")
    qualifiers: dict[tuple[str, ...], Qualifier] = {}
    for row in load_table("qualifiers.tsv"):
        q = row["qualifier"]
        if q in ("over", "under", "about", "nearly"):
            qualifiers[_words(row["phrase"])] = q  # type: ignore[assignment]
    after_kind: dict[str, str] = {}
    for row in load_table("units.tsv"):
        after_kind[fold(row["unit"])] = row["kind"]
    for words, kinds in cues.items():
        phrase = " ".join(words)
        if "not_unit" in kinds:
            after_kind[phrase] = "not_unit"
        elif "classifier" in kinds:
            after_kind[phrase] = "classifier"  # "con", "lượt": listed as count units too
        elif "count" in kinds:
            after_kind.setdefault(phrase, "count")
    alternation = "|".join(
        regex.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(after_kind, key=len, reverse=True)
    )
    # a unit ends at a word boundary; "%" is a sign, so a word glued after it by scraping is not part
    # of it ("7,5%so với")
    after = regex.compile(
        rf"[ \t]{{0,2}}(?P<u>{alternation})(?:(?<=%)|(?![\p{{L}}\p{{M}}\d]))", regex.IGNORECASE
    )
    max_len = max(len(w) for w in [*cues, *qualifiers])
    return Lexicon(
        {k: frozenset(v) for k, v in cues.items()},
        qualifiers,
        max_len,
        after,
        after_kind,
        _longest_at(list(cues), 0),
        _longest_at(list(cues), -1),
        _longest_at(list(qualifiers), -1),
        frozenset(words[0] for words, kinds in cues.items() if "condition" in kinds),
    )


BEFORE_KINDS = frozenset({"link", "level", "increase", "decrease", "average", "existential", "distance"})
KEPT = frozenset({"increase", "decrease", "average"})
ENDS = frozenset({"end", "compare"})
DROPPED = frozenset({"pronoun", "particle"})
DOCUMENT = frozenset({"document"})
CONDITION = frozenset({"condition"})
MANNER = frozenset({"manner"})  # "với nội dung ...": how, not with whom
GENERIC = frozenset({"generic"})
CAUSE = frozenset({"cause"})
SOURCE = frozenset({"source"})
COUNT_HEAD = frozenset({"count_head"})
BOUND = frozenset({"bound"})
# cue kinds of function words: a subject made of them only names nothing ("vượt so", "Trong")
FUNCTION = frozenset(
    {
        "link",
        "level",
        "increase",
        "decrease",
        "compare",
        "existential",
        "filler",
        "particle",
        "pronoun",
        "stop",
    }
    | {"end", "boundary", "adverbial", "not_predicate", "preposition", "aspect", "locative", "condition"}
    | {
        "start",
        "bound",
        "purpose",
        "carries",
        "exchange",
        "share",
        "share_name",
        "example",
        "cause",
        "source",
    }
)
NOUN_CUES = frozenset({"count", "compound"})  # cues that are nouns: a figure after them may count them
# cue kinds that a host noun phrase ("Bộ Chính trị khóa IX có 15 người") cannot hold
NOT_HOST = frozenset({"link", "level", "increase", "decrease", "average", "existential", "causative", "stop"})
