"""The read-only view of one sentence that every metric stage reads: its tokens, clauses, time
phrases and condition words, and the word tests the stages share."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from ..context import Context
from ..numbers import NumberMatch
from ..text import Token, fold
from .lexicon import CONDITION, FUNCTION, GENERIC, CueTable, Lexicon, lexicon

CLAUSE_PUNCT = frozenset(",;:()[]!?…")
OPEN = frozenset("([")
CLOSE = frozenset(")]")
QUOTES = frozenset('"“”')
_OPENERS = frozenset("\"'(-:;[")
_SIGNS = CLAUSE_PUNCT | OPEN | CLOSE | {'"'}  # the tokens the clause table turns on

Runs = Sequence[tuple[int, int]]  # token runs [a, b) of a phrase

PERIOD = regex.compile(
    r"""
    (?<![\p{L}\p{M}\d])
    (?:
        (?:(?:trong|của)\s+)?(?:\d{1,2}|hai|ba|sáu|chín|mười)\s+tháng\s+(?:đầu|cuối)\s+năm(?:\s+(?:19|20)\d\d)?
      | (?:(?:tính\s+)?(?:đến|từ|trong|cả)\s+)?(?:(?:cuối|đầu|giữa|hết)\s+)?năm\s+(?:19|20)\d\d
        (?:\s*-\s*(?:19|20)\d\d)?
      | (?:(?:trong|của)\s+)?quý\s+(?:I{1,3}|IV|[1-4])(?:\s*(?:/|năm)\s*(?:19|20)\d\d)?
      | (?:(?:trong|của)\s+)?giai\s+đoạn\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d
      | (?:tính\s+)?từ\s+đầu\s+năm(?:\s+(?:đến|tới)\s+nay)?
      | (?:trong\s+)?năm\s+(?:nay|qua|ngoái)(?:\s*(?:19|20)\d\d)?
    )
    (?![\p{L}\p{M}\d])
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
PERIOD_WORDS = regex.compile(r"năm|tháng|quý|ngày|giai|đầu|cuối|trong|từ|đến|tính|sáng|chiều|tối|trưa|đêm")

# every time phrase PERIOD reads holds one of these words: a sentence without them has none
_PERIOD_HEADS = ("năm", "quý", "giai")


# a time phrase holds at most this many words before its head ("trong 6 tháng đầu năm")
_PERIOD_REACH = 4


def _periods(text: str, s: int, e: int, starts: list[int]) -> list[tuple[int, int]]:
    """The time phrases of ``text[s:e]`` (``starts``: its tokens' starts). The scan starts only
    a few words before the next head word, not at every character of the sentence: a phrase
    starting earlier would hold more words before its head than any of PERIOD's, so the matches
    are those of one scan over the sentence."""
    low = text[s:e].lower()
    if not any(w in low for w in _PERIOD_HEADS):
        return []
    if len(low) != e - s:  # lower case moved the offsets: scan it all
        return [m.span() for m in PERIOD.finditer(text, s, e)]
    out: list[tuple[int, int]] = []
    pos = s
    while True:
        heads = [h for h in (low.find(w, pos - s) for w in _PERIOD_HEADS) if h >= 0]
        if not heads:
            return out
        k = bisect_right(starts, s + min(heads)) - 1 - _PERIOD_REACH  # its token, words back
        m = PERIOD.search(text, max(pos, starts[k] if k >= 0 else s), e)
        if m is None:
            return out
        out.append(m.span())
        pos = m.end()


class Sentence:
    """One sentence of the title, body or a caption with the numbers inside it. Clauses:
    punctuation closes one; a parenthesis opens one inside the clause around it, which goes on
    after the ")" ("Tổng sản phẩm (GRDP) tăng 6,8%", "... (chiếm 59,4%)")."""

    def __init__(self, ctx: Context, s: int, e: int, zone: str, numbers: list[NumberMatch]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.s, self.e, self.zone = s, e, zone
        self.numbers = numbers
        self._conditions: list[int] | None = None  # see conditions
        self.tokens: list[Token] = ctx.tokens(s, e)
        self.keys = [t.key for t in self.tokens]
        self.starts = [t.start for t in self.tokens]
        self.lex: Lexicon = lexicon()
        self.cue = CueTable(self.lex, self.keys)
        self.clause_of: list[int] = []
        self.depth: list[int] = []
        self.clause_start: list[int] = []
        self.clause_end: list[int] = []
        self.clause_depth: list[int] = []
        signs = [i for i, t in enumerate(self.tokens) if t.text in _SIGNS]
        self._clauses(signs)
        self.periods = _periods(self.text, s, e, self.starts)  # sorted, disjoint
        self.period_starts = [a for a, _ in self.periods]
        self.period_ends = [b for _, b in self.periods]
        self.semis = [self.tokens[i].start for i in signs if self.tokens[i].text == ";"]
        self.number_at = {self.tok_at(n.start) for n in numbers}

    # -- building --

    @property
    def conditions(self) -> list[int]:
        """Tokens opening a condition ("nếu", "khi"), in order; not inside a longer cue ("trước khi",
        "trong khi" are a time and a contrast). Read only for a figure with a bound word, so found
        on first use and kept (by hand: mypyc compiles ``cached_property`` as a plain property);
        the cues are read only in a sentence holding the first word of one."""
        if self._conditions is None:
            if self.lex.condition_firsts.isdisjoint(self.keys):
                self._conditions = []
            else:
                self._conditions = [k for k, _, kinds in self.cue.greedy() if not kinds.isdisjoint(CONDITION)]
        return self._conditions

    def _clauses(self, signs: list[int]) -> None:
        """The clause table, read from the signs (tokens of ``_SIGNS``, in order): the words after
        a sign are in the clause open after it, up to the next sign, filled a run at a time."""
        outer: list[int] = []
        c = self._new_clause(0, 0)
        size = len(self.tokens)
        done = 0  # tokens filled in
        for i in [*signs, size]:
            if i > done:  # the words before the sign
                self.clause_of.extend([c] * (i - done))
                self.depth.extend([len(outer)] * (i - done))
                self.clause_end[c] = i
            if i == size:
                break
            self.clause_of.append(c)
            self.depth.append(len(outer))
            done = self.clause_end[c] = i + 1
            text = self.tokens[i].text
            if text in OPEN:
                outer.append(c)
                c = self._new_clause(i + 1, len(outer))
            elif text in CLOSE and outer:
                c = outer.pop()
            elif (text in CLAUSE_PUNCT and not self._enumerating(i)) or self._opening_quote(i):
                c = self._new_clause(i + 1, len(outer))

    def _enumerating(self, i: int) -> bool:
        """The comma at token ``i`` joins lower-case nouns of one phrase, "hồ sơ, thủ tục và xác minh":
        a short item then "và" follows it, so it closes no clause."""
        t = self.tokens
        if t[i].text != "," or i == 0 or not self._plain(i - 1):
            return False
        k = i + 1
        while k < len(t) and k - i <= 3 and self._plain(k):
            if t[k].key == "và":
                return k > i + 1 and self._plain(k + 1)
            k += 1
        return False

    def _plain(self, k: int) -> bool:
        t = self.tokens
        return k < len(t) and t[k].is_word and not t[k].is_cap and not t[k].is_upper

    def _opening_quote(self, i: int) -> bool:
        """A quotation mark after a dash or other sign and glued to the word after it opens a clause
        ("(NLĐ) - "Giá trị sản xuất ... đạt 36.300 tỉ đồng"); one inside a phrase does not (doanh
        nghiệp "tí hon")."""
        t = self.tokens
        return (
            t[i].text == '"'
            and 0 < i < len(t) - 1
            and t[i + 1].start == t[i].end
            and t[i - 1].end < t[i].start
            and not t[i - 1].is_word
            and not t[i - 1].text[:1].isdigit()
        )

    def _new_clause(self, start: int, depth: int) -> int:
        self.clause_start.append(start)
        self.clause_end.append(start)
        self.clause_depth.append(depth)
        return len(self.clause_start) - 1

    # -- positions and text --

    def tok_at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)

    def span(self, k: int) -> tuple[int, int]:
        return self.tokens[k].start, self.tokens[k].end

    def surface(self, i: int, j: int) -> str:
        if j <= i:
            return ""
        return self.ctx.doc.surface(self.tokens[i].start, self.tokens[j - 1].end)

    def runs_text(self, runs: Runs) -> str:
        return " ".join(x for x in (self.surface(a, b) for a, b in runs) if x)

    def in_period(self, a: int, b: int) -> bool:
        i = bisect_right(self.period_starts, a) - 1
        return i >= 0 and b <= self.period_ends[i]

    def until_punct(self, k: int, most: int) -> int:
        b = k
        while (
            b < len(self.tokens)
            and b - k < most
            and self.tokens[b].text not in CLAUSE_PUNCT
            and self.tokens[b].text != "."
        ):
            b += 1
        return b

    def clause_lo(self, k: int) -> int:
        """The first token of the clause of token ``k``."""
        return self.clause_start[self.clause_of[k]]

    # -- word tests --

    def opens_sentence(self, k: int) -> bool:
        return k == 0 or self.tokens[k - 1].text in _OPENERS

    def known(self, k: int) -> bool:
        """A cue, a qualifier or a time word: capitalised, it opens a clause, not a name."""
        key = (self.keys[k],)
        return (
            key in self.lex.cues or key in self.lex.qualifiers or bool(PERIOD_WORDS.fullmatch(self.keys[k]))
        )

    def noun_word(self, k: int) -> bool:
        """A lower-case syllable that may continue a counted noun."""
        if k >= len(self.tokens):
            return False
        t = self.tokens[k]
        if not t.is_word or t.is_cap or t.is_upper or t.start > self.tokens[k - 1].end + 1:
            return False
        found = self.lex.cues.get((t.key,), frozenset()) | self.cue.longest(k, len(self.keys))[1]
        return not found or not (
            found
            & {"stop", "end", "not_unit", "link", "level", "increase", "decrease", "compare", "not_predicate"}
        )

    def verb_word(self, k: int) -> bool:
        t = self.tokens[k]
        if not t.is_word or t.is_cap or t.is_upper or self.lex.kind_of(t.key, "not_predicate"):
            return False
        found = self.lex.cues.get((t.key,))
        return not found or bool(found & {"verb", "compound"})

    def function_word(self, k: int) -> bool:
        kinds = self.cue.longest(k, k + 1)[1]
        return bool(kinds) and kinds <= FUNCTION

    def word_at(self, k: int) -> bool:
        """Token ``k`` is a word outside any time phrase."""
        return k < len(self.tokens) and self.tokens[k].is_word and not self.in_period(*self.span(k))

    def dotted(self, k: int) -> bool:
        """Token ``k`` is the dot inside an abbreviation written without spaces ("T.Ư", "TP.HCM")."""
        t = self.tokens
        return (
            0 < k < len(t) - 1
            and t[k].text == "."
            and t[k - 1].end == t[k].start
            and t[k + 1].start == t[k].end
            and t[k - 1].text.isupper()
            and t[k + 1].text[:1].isupper()
        )

    # -- phrase tests --

    def has_noun(self, runs: Runs) -> bool:
        """Some word of the subject is not a cue word: "vượt so", "Trong" name nothing."""
        return any(not self.function_word(k) for s, e in runs for k in range(s, e))

    def has_generic(self, text: str) -> bool:
        """The words hold a generic head ("tỷ lệ", "tốc độ"): they already say what kind of figure."""
        keys = [fold(w) for w in text.split()]
        return any(self.lex.forward(keys, i, len(keys), GENERIC) for i in range(len(keys)))

    def place_name(self, a: int, b: int) -> bool:
        """One or two lower-case head words then a capitalised name ("huyện Bảo Yên", "thành phố Huế")."""
        ts = self.tokens[a:b]
        n = 0
        while n < min(2, len(ts)) and ts[n].is_word and not (ts[n].is_cap or ts[n].is_upper):
            n += 1
        return 0 < n < len(ts) <= n + 4 and all(t.is_cap or t.is_upper for t in ts[n:])

    def only_names(self, runs: Runs) -> bool:
        """The runs are one short capitalised name ("Nam Định", "TP HCM"): a list item's label."""
        ks = [k for s, e in runs for k in range(s, e)]
        return 0 < len(ks) <= 4 and all(self.tokens[k].is_cap or self.tokens[k].is_upper for k in ks)

    def named(self, runs: Runs) -> bool:
        """The runs hold a capitalised word that does not open the sentence: a body or a place
        ("Đảng bộ TPHCM", "tỉnh Quảng Trị"), not "cuộc họp sáng nay"."""
        return any(self.tokens[k].is_cap and not self.opens_sentence(k) for s, e in runs for k in range(s, e))

    def aside(self, i: int, depth: int) -> bool:
        """Token ``i`` lies in a parenthetical that is not a short name ("(GRDP)", "(IIP)")."""
        if self.depth[i] <= depth:
            return False
        c = self.clause_of[i]
        a, b = self.clause_start[c], self.clause_end[c]
        return b - a > 5 or any(self.tokens[k].text[:1].isdigit() for k in range(a, b))
