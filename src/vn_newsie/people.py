"""People and their roles.

A sentence is read as a row of items: cues (honorifics and ranks: "đồng chí", "Đại tá", "TS."),
roles (a title from titles.tsv and the body after it: "Chủ tịch UBND tỉnh"), runs of capitalised
syllables (name candidates), punctuation and boundary words (role_boundaries.tsv). Then:

- role then name: "Bí thư Tỉnh ủy Chẩu Văn Lâm";
- name then roles: "đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
  "ông A - R1", "A (R1)", lists joined by ";" or "và";
- one role over a list of bare names: "các đại biểu A, B và C";
- a role opening its clause, then a dash or comma and the name: "Chủ tịch UBND tỉnh - A";
- a role over a list after ":" or "gồm"/"là", people with roles of their own included;
- a role after "giữ chức", "được bầu làm", "từng là" goes to the name before it;
- the timeline of a biography ("1980-1983: Phó Chủ tịch UBND tỉnh") goes to its subject;
- bare names need a surname from surnames.tsv and three syllables (two when the surname is not
  also a common word), or a role after them; a name met only as a street's is not a person.

Which names and roles are linked is decided by the rows of attachment_rules.tsv, patterns over the
items written as symbols (see attachment.py).

Later mentions by role alone ("đồng chí Bí thư Tỉnh ủy đề nghị") or by given name ("ông Sơn",
"chị Hoài Thu") are linked to the one person they can only mean; every mention is kept as a span.
"""

from __future__ import annotations

import logging
import threading
import time
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import regex

from .attachment import attach
from .context import Context, Mentions
from .gazetteer import End, Hit, Matcher, first_keys, load_table, longest_in, matcher, surnames
from .places import province_in
from .records import Person, Place, Role
from .text import Token, Tokens, fold, normalize, tokenize

_PUNCT_CONTINUE = {"-", "&"}
_CAPITALISED = {"place", "ward", "org", "org_head", "country"}
# A Vietnamese syllable, diacritics removed: onset, vowels, coda. Names with syllables outside it
# ("Emmanuel Macron", "Anthony Albanese") are foreign.
_VN_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?",
    regex.IGNORECASE,
)
_MAX_ROLE_TOKENS = 30


@lru_cache(maxsize=8192)
def _vietnamese_syllable(word: str) -> bool:
    """Can ``word`` be a Vietnamese syllable? (Kept per word: the names of a story recur.)"""
    plain = word.replace("Đ", "D").replace("đ", "d")
    bare = "".join(c for c in unicodedata.normalize("NFD", plain) if c.isascii())
    return _VN_SYLLABLE.fullmatch(bare) is not None


_ROMAN = regex.compile(r"[IVXL]+")


@lru_cache(maxsize=1)
def _ambiguous_surnames() -> frozenset[str]:
    """Surnames that are also common words or place syllables ("Mai", "Yên", "Thái", "Hồ"):
    surnames.tsv marks them "ambiguous" in its note column."""
    return frozenset(
        fold(r["surname"]) for r in load_table("surnames.tsv") if "ambiguous" in r.get("note", "")
    )


@lru_cache(maxsize=4096)
def _abbreviations(entry: str) -> tuple[bool, ...]:
    """For each word of a listed phrase, is it an all-capital abbreviation ("UBND", "TƯ")?"""
    return tuple(len(t.text) > 1 and t.text.isupper() for t in tokenize(entry) if t.is_word)


_TWO_CAPITALS = regex.compile(r"\p{Lu}\p{Lu}")


@lru_cache(maxsize=1)
def _abbreviation_keys(lexicon: Matcher) -> frozenset[str]:
    """The folded words that some listed phrase writes as an abbreviation ("ubnd", "tư"): only a
    token with one of these keys, not written in capitals, can make an entry not fit the text."""
    return frozenset(
        fold(t.text)
        for e in lexicon.entries()
        if _TWO_CAPITALS.search(e.text)
        for t in tokenize(e.text)
        if t.is_word and len(t.text) > 1 and t.text.isupper()
    )


def _case_fits(entry: str, words: list[str]) -> bool:
    """An abbreviation in a listed phrase matches only text written in capitals too."""
    caps = _abbreviations(entry)
    return len(caps) != len(words) or all(w.isupper() for w, c in zip(words, caps, strict=True) if c)


def _boundary_kind(hit: Hit) -> str:
    """The kind of a role_boundaries.tsv phrase ("stop" when the row leaves it out)."""
    return hit.entries[0].get("kind") or "stop"


def _is_committee(hit: Hit) -> bool:
    """A Party committee named by its level ("tỉnh ủy", "huyện ủy", "đảng ủy"): a common noun, so
    the press also writes it in lower case."""
    words = fold(hit.entries[0].text).split()
    return len(words) == 2 and words[1] == "ủy"


@dataclass
class _RoleScan:
    """Where parse_role is in a role's body, and what it has seen."""

    i: int  # the role's first token
    title_j: int  # one past the title
    k: int  # the token being read
    closed: bool = False  # a listed body, place or place word has closed the body
    after_country: bool = False  # a country was read: a foreign leader's name may follow
    plain: int = -1  # the last plain lower-case word of the body

    def move(self, k: int, closed: bool) -> None:
        self.k, self.closed = k, closed


@dataclass
class _Read:
    """What _SentenceReader.read collects from one sentence."""

    names: list[_Name] = field(default_factory=list)
    roles: list[_RoleItem] = field(default_factory=list)
    links: list[tuple[int, int]] = field(default_factory=list)  # (name index, role index)
    givens: list[tuple[str, int]] = field(default_factory=list)  # (kind, token) of one-syllable mentions
    # ("name" | "role" | "given" | "punct" | "cue" | "other" | a role_boundaries.tsv kind, index)
    items: list[tuple[str, int]] = field(default_factory=list)
    list_cue: bool = False  # "các đồng chí:": bare names that follow are people


@dataclass
class _RoleItem:
    i: int  # first token
    j: int  # one past the last token
    title_j: int  # one past the title's tokens


@dataclass
class _Name:
    i: int
    j: int
    cue: str  # "rank", "role", "list", "none"


@dataclass
class _PersonDraft:
    name: str
    key: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # key -> (start, end, title_end)
    order: int = 0
    as_person: bool = False  # named at least once where a name is a person's, not a street's


class _Lookups:
    """Gazetteer look-ups on one sentence's token positions: each word's walk made once, each
    question answered from it for the one category it asks."""

    def __init__(self, ctx: Context, tokens: list[Token]):
        self.ctx = ctx
        self.t = tokens
        self.m = matcher()
        self.sur = surnames()
        self.ambiguous = _ambiguous_surnames()
        # every word's walk of the lexicon, read by index (``()`` at a mark and one past the end):
        # each question takes its one category from it, so no word pays for the categories that
        # nobody asks about it
        every = self.m.walks_at_each(tokens)
        self._ends = [ends if tok.is_word else () for ends, tok in zip(every, tokens, strict=True)]
        self._ends.append(())
        self._boundary_hits: list[Hit] | None = None
        abbr = _abbreviation_keys(self.m)  # keyed by the lexicon: an overlay builds a new one
        # where a token could be an abbreviation written in lower case ("Tư" of "Tư pháp")
        self._suspects = [q for q, tok in enumerate(tokens) if tok.key in abbr and not tok.text.isupper()]

    def hit(self, k: int, *cats: str) -> Hit | None:
        """The longest gazetteer entry at token k of the given categories. Places, bodies and
        prefixes such as "Nguyên" (former) count only when capitalised: "hòa bình", "tài nguyên"
        are words."""
        ends = self._ends[k] if k < len(self._ends) else ()
        if not ends:
            return None  # most words start no entry
        if len(cats) == 1:
            return self._fitting(k, ends, cats[0])
        best: Hit | None = None
        for cat in cats:
            h = self._fitting(k, ends, cat)
            if h is None:
                continue
            if best is None or h.j > best.j:
                best = h
            elif h.j == best.j:
                best = Hit(best.i, best.j, best.entries + h.entries)
        return best

    def _raw(self, k: int, cat: str) -> Hit | None:
        """The longest entry of one category at token k, whatever the case."""
        ends = self._ends[k] if k < len(self._ends) else ()
        return longest_in(ends, k, cat) if ends else None

    def _fitting(self, k: int, ends: tuple[End, ...], cat: str) -> Hit | None:
        """The longest entry of ``cat`` on the walk from k that the text's case allows."""
        h = longest_in(ends, k, cat)
        return None if h is None else self._fit(k, cat, h)

    def _fit(self, k: int, cat: str, found: Hit) -> Hit | None:
        """``found`` (of ``cat``, at k) as far as the text's case allows it."""
        h = self._case_fitting(found) if self._suspects else found
        if h is None or self.t[k].text[:1].isupper():
            return h
        if cat in _CAPITALISED:
            return h if cat == "org" and _is_committee(h) else None
        if cat == "rank" and all(e.get("kind") == "title_prefix" for e in h.entries):
            return None
        return h

    def _case_fitting(self, h: Hit) -> Hit | None:
        """Drop entries whose abbreviations the text does not write in capitals: "TƯ" is the
        Party centre, "Tư" in "Tư tưởng" is not."""
        sus = self._suspects
        q = bisect_left(sus, h.i)
        if q == len(sus) or h.j <= sus[q]:
            return h  # no abbreviation written in lower case here
        words = [t.text for t in self.t[h.i : h.j] if t.is_word]
        fits = tuple(e for e in h.entries if _case_fits(e.text, words))
        if not fits:
            return None
        return h if len(fits) == len(h.entries) else Hit(h.i, h.j, fits)

    def is_cue(self, k: int) -> bool:
        """An honorific or rank that introduces a person: "ông Sơn", "Đại tá Nguyễn Văn An"."""
        h = self.hit(k, "rank")
        if h is None or h.j >= len(self.t):
            return False
        if all(e.get("kind") == "title_prefix" for e in h.entries):
            return bool(self.hit(h.j, "title"))  # "Tân Hiệp" is a place; "tân Chủ tịch" a prefix
        nxt = self.t[h.j]
        return nxt.is_cap or nxt.text in (".", ":")

    def boundary(self, k: int) -> Hit | None:
        """A role_boundaries.tsv phrase at k; not one whose later words are capitalised after a
        lower-case first ("vấn đề Nghị viện" is not "đề nghị")."""
        if k >= len(self.t):
            return None
        h = self._raw(k, "role_boundary")  # role_boundaries.tsv (none at a mark)
        if h and not self.t[k].text[:1].isupper() and any(x.is_cap for x in self.t[k + 1 : h.j]):
            return None
        return h

    def cap_run(self, k: int) -> int:
        """One past the run of title-case syllables starting at k; a title inside ends it
        ("Đoàn | Chủ tịch đại hội")."""
        j = k
        t = self.t
        while j < len(t) and t[j].is_cap and j - k < 8:
            if j > k:
                title = self.hit(j, "title")
                if title and any(not x.is_cap for x in t[j : title.j]):
                    break
                if (
                    len(t[j].text) == 1
                    and j + 1 < len(t)
                    and t[j + 1].text == "."
                    and not self._initial_at(k, j + 1)
                ):
                    break  # "ông Lương Văn Thuận D. Đây là ...": a stray letter, not the name's
                when = self._raw(j, "role_boundary")
                if when and _boundary_kind(when) == "time":
                    break  # "... Nguyễn Sinh Hùng Sáng nay 10-6, ...": the next sentence glued on
            j += 1
            if self._initial_at(k, j):
                j += 1  # "George W. Bush": an initial inside a foreign name
        return j

    def _initial_at(self, k: int, j: int) -> bool:
        """Is t[j] the dot of an initial after a foreign given name ("George W. Bush")?"""
        t = self.t
        return (
            j >= k + 2
            and j + 1 < len(t)
            and len(t[j - 1].text) == 1
            and t[j].text == "."
            and t[j + 1].start > t[j].end
            and t[j + 1].is_cap
            and self.is_foreign(j - 2, j - 1)
        )

    def is_foreign(self, k: int, end: int) -> bool:
        """A run with a syllable Vietnamese cannot have: a foreign name."""
        return any(not _vietnamese_syllable(tok.text) for tok in self.t[k:end])

    def is_surname(self, k: int) -> bool:
        return self.t[k].key in self.sur

    def _after_street(self, k: int) -> bool:
        """Does a street-level place word ("đường", "phố", "cầu") end right before token k?"""
        for q in (k - 2, k - 1):
            h = self.m.match_at(self.t, q, ["place_type"]) if q >= 0 else None
            if h is not None and h.j == k and h.entries[0].get("level") == "street":
                return True
        return False

    def _street_word(self, k: int) -> bool:
        """Is token k a street-level place word ("Đường", "Cầu") that is also a surname?"""
        h = self.m.match_at(self.t, k, ["place_type"])
        return h is not None and h.j == k + 1 and h.entries[0].get("level") == "street"

    def place_end(self, k: int) -> int | None:
        """End of a place name at k; ward names count only right after "phường", "xã"..."""
        h = self.hit(k, "place", "ward") if k > 0 and self.hit(k - 1, "place_type") else self.hit(k, "place")
        return h.j if h else None


class _Names(_Lookups):
    """Where a personal name is, and where a capitalised run is a place or a body instead."""

    def body_name(self, k: int, run_end: int) -> bool:
        """Is the capitalised run at k the name of the body or place just before it? "Trường
        THPT Phan Bội Châu", "Bệnh viện Nguyễn Tri Phương", "đường Trần Hưng Đạo", "xóm Đồng
        Hòa"; a three-syllable name after a place word is still a person ("TP Đào Anh Kiệt")."""
        if k == 0:
            return False
        prev = k - 1
        if self._after_company(k):
            return True  # "Công ty cổ phần Hoàng Anh Gia Lai": a company's own name
        if self.t[prev].is_upper and prev > 0 and self.hit(prev - 1, "org_head"):
            whole = self.hit(prev - 1, "org")  # "Bộ GTVT" is a whole body: a name may follow it
            return not (whole and whole.j == k)
        for start in (prev - 1, prev):  # the longer word first: "thành phố", not "phố"
            if start < 0:
                continue
            head = self.hit(start, "org_head")
            body = self.hit(start, "org")
            # "Tỉnh ủy", "T.Ư Đoàn" are whole bodies already: a name may follow them
            if head and head.j == k and not (body and body.j == k) and not self._ends_body(start, k):
                return True
            place_type = self.m.match_at(self.t, start, ["place_type"])
            if place_type and place_type.j == k and not self._in_phrase(start):
                level = place_type.entries[0].get("level")
                return level == "street" or run_end - k <= 2 or not self.is_surname(k)
        return False

    def _after_company(self, k: int) -> bool:
        """Does a listed kind of enterprise ("Công ty cổ phần", "Ngân hàng TMCP") end at k?"""
        for q in range(max(0, k - 5), k):
            h = self.hit(q, "org")
            if h and h.j == k and self._company_head(q):
                return True
        return False

    def _company_head(self, q: int) -> bool:
        """Does a company's head word ("Công ty", "Tập đoàn", org_heads.tsv kind enterprise)
        begin at q?"""
        head = self.hit(q, "org_head")
        return head is not None and any(e.get("kind") == "enterprise" for e in head.entries)

    def _in_phrase(self, k: int) -> bool:
        """Is token k the end of a verb phrase from role_boundaries.tsv ("yêu cầu"), not a
        place word of its own ("cầu")?"""
        return any((b := self.boundary(q)) is not None and b.j > k for q in range(max(0, k - 2), k))

    def _ends_body(self, start: int, k: int) -> bool:
        """Does a listed body that begins before ``start`` end at ``k``?"""
        for q in range(max(0, start - 4), start):
            h = self.hit(q, "org")
            if h and h.j == k:
                return True
        return False

    def name_in_run(
        self, k: int, end: int, cued: bool, strong: bool = False, named_like_place: bool = False
    ) -> tuple[int, int] | None:
        """The personal name inside the capitalised run [k, end), if any: a suffix starting at a
        surname (a leading place or word is left out), 2-5 syllables. A body whose name goes on
        past the run ends it: "Ủy viên Đoàn Mặt trận ..." holds no "Đoàn Mặt"."""
        body = self.hit(end - 1, "org") if end - k >= 2 else None
        if body is not None and body.j > end:
            end -= 1
        n = end - k
        if n < 2:
            return None
        if self.hit(k, "place") and self.hit(k, "place").j >= end and not named_like_place:  # type: ignore[union-attr]
            return None
        if self.hit(k, "org") and self.hit(k, "org").j >= end:  # type: ignore[union-attr]
            return None
        strong = strong or named_like_place
        inner = [
            s for s in range(k + 2, end - 2) if self.is_surname(s) and self.t[s].key not in self.ambiguous
        ]
        if cued and n >= 5 and inner and end - inner[-1] == 3:
            return (inner[-1], end)  # "bệnh viện Bạch Mai Nguyễn Quang Tuấn": the place, then the name
        foreign = self.is_foreign(k, end) and not any(self.is_surname(s) for s in range(k, end))
        plausible = self.is_surname(k) or n <= 3 or foreign
        if cued and n <= 5 and plausible and (strong or not self._place_prefix(k, end)):
            return (k, end)  # "ông Đồng Văn Tú": after an honorific even a place-like name is a name
        starts = [
            s
            for s in range(k, end - 1)
            if self.is_surname(s) and 2 <= end - s <= 5 and not self._place_prefix(s, end)
        ]
        if not cued:  # two bare syllables ("Mai Dịch", "Thái Lan") need a surname that is only one
            starts = [s for s in starts if end - s > 2 or self.t[s].key not in self.ambiguous]
            if self._street_word(k):  # "Đường Cao Lỗ: từ ngã tư ..." is a street
                starts = [s for s in starts if s > k]
        if not starts:
            return None
        # prefer the usual three syllables, then four, two, five
        pref = {3: 0, 4: 1, 2: 2, 5: 3}
        s = min(starts, key=lambda s: (pref[end - s], s))
        if s > k:
            pe = self.place_end(k)
            head_is_place = pe is not None and pe == s
            if not head_is_place and not cued and end - s < 3:
                return None
        return (s, end)

    def _named_like_place(self, k: int) -> bool:
        """A three-syllable place opening with a surname, right after a bare title, is the person
        it was named after: "Chủ tịch Hồ Chí Minh" (not "Chủ tịch UBND TP Hồ Chí Minh")."""
        h = self.hit(k, "place")
        return (
            h is not None
            and h.j - k == 3
            and self.is_surname(k)
            and all(x.is_cap for x in self.t[k : h.j])
            and (h.j >= len(self.t) or not self.t[h.j].is_cap)
        )

    def _place_prefix(self, a: int, b: int) -> bool:
        """A run that opens with a place of two or more syllables is that place, not a name:
        "Thái Bình Dương", "Hà Nội", "Sơn La"."""
        h = self.hit(a, "place")
        return h is not None and h.j - a >= 2 and h.j <= b

    def _name_plausible(self, a: int, b: int) -> bool:
        """A run inside a role is a name only if it is not itself a place or organisation."""
        h = self.hit(a, "place", "org", "org_head", "title", "country")
        return not (h and h.j >= b) and not self._place_prefix(a, b)

    def _starts_person(self, k: int) -> bool:
        if k >= len(self.t):
            return False
        if self.is_cue(k):
            return True
        if not self.t[k].is_cap or not self.is_surname(k):
            return False
        end = self.cap_run(k)
        return end - k >= 2 and self._name_plausible(k, end)

    def _ner_name(self, a: int, b: int) -> tuple[int, int] | None:
        """A bare two-syllable name ("Theo Vũ Hùng, ...") is kept when underthesea's NER also
        tags it as a person. NER runs only on such sentences, so it costs little."""
        if not self._name_plausible(a, b) or self.body_name(a, b) or self.t[a].key in self.ambiguous:
            return None
        first, last = self.t[0].start, self.t[-1].end
        surface = " ".join(t.text for t in self.t[a:b])
        return (a, b) if surface in ner_people(self.ctx.text[first:last]) else None

    def _role_follows(self, k: int) -> bool:
        t = self.t
        return k + 1 < len(t) and t[k].text in (",", "-", "(") and bool(self.hit(k + 1, "title"))


class _Roles(_Names):
    """Role phrases: a title and the body after it, up to where the sentence goes on."""

    def parse_role(self, i: int, title_j: int) -> tuple[int, bool]:
        """Extend the title at [i, title_j) over its body; return (end, ends_at_name).

        A body is listed bodies ("UBND", "Sở Lao động, Thương binh và Xã hội"), a head word and
        its name ("Ban đô thị thích ứng ..."), place words and names, connectors. Once a listed
        body, a place or a place word has closed it, a lower-case word is the sentence going on
        ("Phó Chủ tịch UBND tỉnh kiểm tra ..."), not the body. Each step reads one item and
        either moves the scan on or ends the role.
        """
        scan = _RoleScan(i, title_j, title_j)
        while scan.k < len(self.t) and scan.k - i < _MAX_ROLE_TOKENS:
            end = self._word_step(scan) if self.t[scan.k].is_word else self._punct_step(scan)
            if end is not None:
                return end
        return scan.k, False

    def _punct_step(self, scan: _RoleScan) -> tuple[int, bool] | None:
        """Punctuation and numbers inside a role: "-", "&", "TP.HCM", "TP. Hồ Chí Minh", a parent
        body in parentheses, a comma before a parent body, "Quân khu 2"."""
        t, k = self.t, scan.k
        tok = t[k]
        nxt = t[k + 1] if k + 1 < len(t) else None
        if tok.text in _PUNCT_CONTINUE and nxt is not None and nxt.is_word and not self._starts_person(k + 1):
            scan.move(k + 1, closed=False)
        elif tok.text == "." and nxt is not None and nxt.start == tok.end and nxt.is_upper:
            scan.k += 1  # "TP.HCM"
        elif (
            tok.text == "." and k > scan.title_j and nxt is not None and nxt.is_cap and self._dotted_place(k)
        ):
            scan.k += 1  # "UBND TP. Hồ Chí Minh"
        elif k > scan.title_j and (parent := self._parent_in_parens(k)) is not None:
            scan.k = parent  # "Vụ trưởng Vụ Tiền lương (Bộ LĐ-TB-XH)"
        elif tok.text == "," and self._comma_continues(scan.i, k):
            scan.move(k + 1, closed=False)
        elif self._unit_number(scan):
            scan.k += 1  # "Quân khu 2", "Sư đoàn 3"
        else:
            return k, False
        return None

    def _unit_number(self, scan: _RoleScan) -> bool:
        """A short number naming a unit ("Quân khu 2"); not a date ("Quốc hội 6/1991:"), nor a
        list number glued on ("Bộ Tài chính12."), though "PMU18" is a code."""
        t, k = self.t, scan.k
        tok, prev = t[k], t[k - 1]
        return (
            tok.text[0].isdigit()
            and len(tok.text) <= 2
            and k > scan.title_j
            and prev.is_word
            and not (k + 1 < len(t) and t[k + 1].text == "/")
            and (tok.start > prev.end or (prev.is_upper and not _ROMAN.fullmatch(prev.text)))
        )

    def _word_step(self, scan: _RoleScan) -> tuple[int, bool] | None:
        """A listed body, a term ("khóa IX"), an abbreviation, a boundary, a title or cue, "và";
        otherwise a capitalised run or a lower-case word."""
        t, k = self.t, scan.k
        tok = t[k]
        org = self.hit(k, "org")
        term = self._term_end(k)
        if org:
            head = self.hit(k, "org_head")
            # "Ban", "Ủy ban" and "Ban đô thị" (not the listed "Ban Đô thị"): a name follows
            scan.move(org.j, closed=not (head and head.j >= org.j) and self._same_case(k, org))
        elif term:
            scan.move(term, closed=True)  # "khóa IX", "nhiệm kỳ VI"
        elif tok.is_upper:
            scan.move(k + 1, closed=True)  # an abbreviation: "HĐND", "TPHCM", "CHQS"
        elif not tok.is_cap and self._ends_role(k):  # "Ủy ban Kiểm tra" is a name, "kiểm tra" a verb
            if tok.key == "tại" and k + 1 < len(t) and (self.hit(k + 1, "place") or t[k + 1].is_upper):
                scan.k += 1  # "... Nhà nước tại TPHCM"
                return None
            return k, False
        elif self.is_cue(k) or (
            k > scan.title_j and self.hit(k, "title") and not self._owner_title(scan.title_j, k)
        ):
            return k, False
        elif tok.key == "và":
            if self._starts_person(k + 1) or self.hit(k + 1, "title"):
                return k, False
            scan.move(k + 1, closed=False)
        else:
            return self._cap_step(scan) if tok.is_cap else self._lower_step(scan)
        return None

    def _lower_step(self, scan: _RoleScan) -> tuple[int, bool] | None:
        """A place word closes the body ("UBND tỉnh"), unless it is a compound's second syllable
        after a plain word ("chăm sóc", "nông thôn"); after a closed body a plain word ends it."""
        k = scan.k
        tok = self.t[k]
        place_type = self.hit(k, "place_type")
        if place_type and not (k > scan.title_j and scan.plain == k - 1 and tok.key not in ("của", "thuộc")):
            scan.move(place_type.j, closed=True)
            return None
        if scan.closed and tok.key not in ("của", "thuộc", "trực"):
            return k, False
        scan.plain = k
        scan.k += 1
        return None

    def _cap_step(self, scan: _RoleScan) -> tuple[int, bool] | None:
        """A capitalised run: a country, a place, the name of the body, or the person's name."""
        t, k = self.t, scan.k
        if k == scan.title_j and self._named_like_place(k):
            return k, True  # "Chủ tịch Hồ Chí Minh"
        country = self.hit(k, "country")
        # "Tổng thống Hàn Quốc": a foreign leader's name follows ("Vụ Pháp chế" is a body's name)
        if country and not (
            country.j < len(t) and t[country.j].text.islower() and self.hit(k - 1, "org_head")
        ):
            scan.move(country.j, closed=True)
            scan.after_country = True
            return None
        pe = self.place_end(k) if k > scan.title_j and self.hit(k - 1, "place_type") else None
        run_end = self.cap_run(k)
        if pe is None and run_end - k >= 2 and self.is_surname(k) and self.body_name(k, run_end):
            nm = self.name_in_run(k, run_end, cued=False)
            if nm and nm[0] > k:
                return nm[0], True  # "xã Hiệp Phước Nguyễn Văn An"
            scan.move(run_end, closed=True)  # the school's, hospital's or hamlet's name
            return None
        foreign = k == scan.title_j and self.is_foreign(k, run_end) and not self.hit(k, "org_head")
        if run_end - k >= 2 and (scan.after_country or foreign):
            return k, True  # "Thủ tướng Campuchia Hun Manet", "Tổng thống Emmanuel Macron"
        if pe is not None:
            if pe < run_end:
                nm = self.name_in_run(k, run_end, cued=True)
                if nm and nm[0] >= pe:
                    return nm[0], True
            scan.move(pe, closed=True)
            return None
        nm = self.name_in_run(k, run_end, cued=True) if run_end - k >= 2 else None
        if (
            nm
            and nm[1] - nm[0] == 2
            and scan.plain == k - 1
            and t[nm[0]].key in self.ambiguous
            and any(self._company_head(q) for q in range(scan.title_j, k))
        ):
            nm = None  # "Công ty ... xuất nhập khẩu Hồ Gươm": after a plain word, the company's name
        if nm and (self.is_surname(k) or self.hit(k, "place")) and self._name_plausible(nm[0], nm[1]):
            return max(k, nm[0]), True
        place = self.hit(k, "place")
        if place and not self._same_case(k, place):
            place = None  # "Viện Hải dương học" is not the province Hải Dương
        # "Thành ủy Huế" ends; "Ủy ban Văn hóa giáo dục" goes on
        scan.move(place.j if place else k + 1, closed=place is not None)
        return None

    def _parent_in_parens(self, k: int) -> int | None:
        """One past ")" when "(" at k encloses only a listed body ("(Bộ LĐ-TB-XH)")."""
        if self.t[k].text != "(" or k + 1 >= len(self.t):
            return None
        org = self.hit(k + 1, "org", "org_head")
        if org is None or not self.t[k + 1].is_cap:  # a parent body, not the body's own "(ACV)"
            return None
        q = org.j
        while q < len(self.t) and (self.t[q].is_upper or self.t[q].text in ("-", "&")):
            q += 1  # "Bộ LĐ-TB-XH": the abbreviation goes on
        listed = q > org.j or org.has("org")
        return q + 1 if listed and q < len(self.t) and self.t[q].text == ")" else None

    def _owner_title(self, title_j: int, k: int) -> bool:
        """ "Người phát ngôn của Thủ tướng Chính phủ": a bare title, "của", and the holder of the
        office it serves, which stays inside the role."""
        return k == title_j + 1 and self.t[title_j].key == "của" and bool(self.hit(k, "title"))

    def _dotted_place(self, k: int) -> bool:
        """Is the full stop at k the dot of a place word ("TP.", "TX.")?"""
        h = self.m.match_at(self.t, k - 1, ["place_type"])
        return h is not None and h.j == k + 1

    def _phrases(self, kind: str) -> list[Hit]:
        """The sentence's role_boundaries.tsv phrases of one kind ("naming" or "biography": only
        a sentence holding the first word of one such phrase is scanned: one in seventeen)."""
        if self._boundary_hits is None:
            scan = not _first_keys(self.m).phrases.isdisjoint([tok.key for tok in self.t])
            self._boundary_hits = self._boundary_phrases() if scan else []
        return [h for h in self._boundary_hits if _boundary_kind(h) == kind]

    def _boundary_phrases(self) -> list[Hit]:
        """Non-overlapping role_boundaries.tsv phrases, left to right (``Matcher.find_all``), read
        from the walks the sentence's words already made."""
        t, out, i = self.t, [], 0
        while i < len(t):
            h = self._raw(i, "role_boundary") if t[i].is_word else self.m.match_at(t, i, ("role_boundary",))
            if h:
                out.append(h)
                i = h.j
            else:
                i += 1
        return out

    def opens_biography(self) -> bool:
        return bool(self._phrases("biography"))

    def named_after(self) -> set[int]:
        """Where a street's or place's name begins after a naming phrase ("được đặt tên A",
        "đường mang tên B"): a name met only there is not a person of the story."""
        return {h.j for h in self._phrases("naming")}

    def _ends_role(self, k: int) -> bool:
        """A stop or separator word; a term word without its numeral ("khu vực Đông Á") is not."""
        bd = self.boundary(k)
        return bd is not None and _boundary_kind(bd) != "term"

    def _term_end(self, k: int) -> int | None:
        """End of a term word and its numeral ("khóa IX", "nhiệm kỳ 15"), if one is at k."""
        bd = self.boundary(k)
        if bd is None or _boundary_kind(bd) != "term" or bd.j >= len(self.t):
            return None
        num = self.t[bd.j]
        if num.start > self.t[bd.j - 1].end and (
            _ROMAN.fullmatch(num.text) or (num.text.isdigit() and len(num.text) <= 2)
        ):
            return bd.j + 1
        return None

    def _title_end(self, i: int, j: int, end: int) -> int:
        """Where the position ends and the body begins inside a listed title. A title that names
        its own body, with only a scope after it, is split before the body when what precedes it
        is a listed title too: "Chủ tịch | Ủy ban MTTQ Việt Nam tỉnh". Otherwise titles.tsv has
        the last word: "Chánh Thanh tra | tỉnh", "Trưởng Công an | huyện"; one followed by a body
        of its own stays whole: "Trưởng Ban Tuyên giáo | Tỉnh ủy"."""
        if any(self.hit(q, "org") for q in range(j, end)):
            return j
        for p in range(i + 1, j):
            if self.t[p].text[:1].isupper() and self.hit(p, "org_head") and self._title_ends_at(i, p):
                return p
        return j

    def _title_ends_at(self, i: int, p: int) -> bool:
        """Is there a listed title starting in [i, p) and ending exactly at p?"""
        head = self.t[:p]
        return any((h := self.m.match_at(head, q, ["title"])) is not None and h.j == p for q in range(i, p))

    def _same_case(self, k: int, hit: Hit) -> bool:
        """Is the text capitalised like the listed entry (proper names are)?"""
        entry = hit.entries[0].text.split()
        words = [t.text for t in self.t[k : hit.j] if t.is_word]
        return len(entry) != len(words) or all(
            a[:1].isupper() == b[:1].isupper() for a, b in zip(entry, words, strict=True)
        )

    def _comma_continues(self, i: int, k: int) -> bool:
        """After a comma inside a role: a parent body ("..., Tổng cục X, Bộ Y") continues it, and
        so does a lower-case tail that ends at the person's name ("..., thanh thiếu niên và nhi
        đồng của Quốc hội Nguyễn Đình Hương")."""
        nxt = k + 1
        if nxt >= len(self.t) or not self.t[nxt].is_word:
            return False
        if self.hit(nxt, "title") or self._starts_person(nxt):
            return False
        h = self.hit(nxt, "org_head", "org")
        if h and self.t[nxt].is_cap:
            return True
        place = self.hit(nxt, "place", "country")  # "Giám đốc Lâm trường A, Bắc Thái."
        if place and self.t[nxt].is_cap and (place.j >= len(self.t) or not self.t[place.j].is_word):
            return True
        level = self.hit(nxt, "place_type")  # "Chủ tịch UBND xã A, huyện B": the place above
        if level and level.j < len(self.t) and self.t[level.j].is_cap and self.t[k - 1].is_cap:
            return any(self.hit(q, "place_type") for q in range(i, k))
        if self.t[nxt].text.islower() and not self.boundary(nxt):
            end, at_name = self.parse_role(i, nxt)
            return at_name
        return False


class _SentenceReader(_Roles):
    """Reads one sentence's tokens into names and roles."""

    def read(self) -> tuple[list[_Name], list[_RoleItem], list[tuple[int, int]], list[tuple[str, int]]]:
        """Names, roles, (name index, role index) attachments and given-name mentions."""
        t, ends = self.t, self._ends
        st = _Read()
        k = 0
        while k < len(t):
            tok = t[k]
            if not tok.is_word:
                st.items.append(("punct", k))
                st.list_cue = st.list_cue and tok.text not in ".!?"
                k += 1
                continue
            walk = ends[k]
            if walk:  # most words start no entry
                rank, title = self._rank_or_title(k, walk)
                if rank:
                    k = self._read_cue(st, k, rank)
                    continue
                if title:
                    k = self._read_role(st, k, title)
                    continue
                bd = self.boundary(k)
                if bd:
                    st.items.append((_boundary_kind(bd), k))
                    k = bd.j
                    continue
            if tok.is_cap:
                k = self._read_cap_run(st, k)
            else:
                st.items.append(("other", k))
                k += 1
        if st.names and st.roles:  # every link joins a name and a role
            attach(_symbols(st, t), st.items, st.links)  # attachment_rules.tsv, row by row
        return st.names, st.roles, st.links, st.givens

    def _rank_or_title(self, k: int, ends: tuple[End, ...]) -> tuple[Hit | None, Hit | None]:
        """The cue or the title at k (its walk: ``ends``): "nguyên Phó Chủ tịch" is a title with
        its prefix, and a rank wins over a title only when at least as long."""
        prefix = longest_in(ends, k, "rank")
        title = longest_in(ends, k, "title")
        if prefix is None and title is None:
            return None, None  # most words that start an entry start neither
        rank = None if prefix is None else self._fit(k, "rank", prefix)
        title = None if title is None else self._fit(k, "title", title)
        if prefix and prefix.entries[0].get("kind") == "title_prefix":
            inner = self.hit(prefix.j, "title")
            if inner is not None:
                return None, Hit(k, inner.j, inner.entries)
        if rank and all(e.get("kind") == "title_prefix" for e in rank.entries):
            rank = None  # "Tân Sơn Nhất": without a title after it, "tân" is a place's syllable
        if rank and (not title or rank.j >= title.j):
            return rank, None
        return None, title

    def _read_cue(self, st: _Read, k: int, rank: Hit) -> int:
        """An honorific or rank and the name after it ("ông Nguyễn Văn A", "TS. A", "cháu Hùng",
        "ông Sơn"); "các đồng chí:" opens a list of names. After a street word the honorific
        is part of the street's name ("đường Bà Triệu")."""
        t = self.t
        if t[k].is_cap and self._after_street(k):
            st.items.append(("other", k))
            return self.cap_run(k)
        nxt = rank.j
        if nxt < len(t) and t[nxt].text == "." and nxt + 1 < len(t):
            nxt += 1  # "TS. Đặng Trí Thủ"
        if nxt < len(t) and t[nxt].text in ":" and nxt + 1 < len(t):
            nxt += 1
        if nxt < len(t) and t[nxt].is_cap and not self.hit(nxt, "title"):
            run_end = self.cap_run(nxt)
            nm = self.name_in_run(nxt, run_end, cued=True, strong=True)
            if nm and nm[0] == nxt:
                self._add_name(st.names, st.items, nm, "rank")
                st.list_cue = True
                return nm[1]
            kinds = {e.get("kind") for e in rank.entries}
            if run_end - nxt == 1 and "child" in kinds and not self.hit(nxt, "rank", "place"):
                self._add_name(st.names, st.items, (nxt, run_end), "rank")  # "cháu Hùng", "bé Lan"
                return run_end
            if run_end - nxt == 1 and "familiar" not in kinds:
                st.givens.append(("rank", nxt))  # "ông Sơn": a later mention of someone named
                return nxt + 1
        if rank.j < len(t) and t[rank.j].text == ":":
            st.list_cue = True
        st.items.append(("cue", k))
        return rank.j

    def _read_role(self, st: _Read, k: int, title: Hit) -> int:
        """A role, and the name right after it if there is one ("Bí thư Tỉnh ủy A"), or a given
        name ("Bí thư Tỉnh ủy Lâm")."""
        t = self.t
        end, at_name = self.parse_role(k, title.j)
        st.roles.append(_RoleItem(k, end, self._title_end(k, title.j, end)))
        st.items.append(("role", len(st.roles) - 1))
        if at_name:
            run_end = self.cap_run(end)
            nm = self.name_in_run(end, run_end, cued=True, named_like_place=self._named_like_place(end))
            if nm:
                self._add_name(st.names, st.items, nm, "role")
                st.links.append((len(st.names) - 1, len(st.roles) - 1))
                return nm[1]
        if (
            end < len(t)
            and t[end].is_cap
            and self.cap_run(end) - end == 1
            and not self.hit(end, "title", "org", "place", "rank")
        ):
            st.givens.append(("role", end))
            st.items.append(("given", len(st.givens) - 1))
            return end + 1
        return max(end, k + 1)

    def _read_cap_run(self, st: _Read, k: int) -> int:
        """A capitalised run without a cue: a name if it has a surname and three syllables, is in
        a list after a cue, has a role after it, or NER confirms two syllables."""
        run_end = self.cap_run(k)
        nm = self.name_in_run(k, run_end, cued=False)
        # in a list after a named person; "tuyến đường A, Trà Phong" is not one
        bare_ok = run_end - k > 2 or self.t[k].key not in self.ambiguous
        if nm is None and st.list_cue and run_end - k >= 2 and self.is_surname(k) and bare_ok:
            nm = (k, run_end)
        if nm is None and run_end - k == 2 and self.is_surname(k) and self._role_follows(run_end):
            nm = (k, run_end)
        if nm is None and run_end - k >= 2 and self.is_surname(run_end - 2):
            nm = self._ner_name(run_end - 2, run_end)
        if nm and self._name_plausible(*nm) and not self.body_name(k, run_end):
            self._add_name(st.names, st.items, nm, "list" if st.list_cue else "none")
        else:
            st.items.append(("other", k))
        return run_end

    def _add_name(
        self, names: list[_Name], items: list[tuple[str, int]], nm: tuple[int, int], cue: str
    ) -> None:
        names.append(_Name(nm[0], nm[1], cue))
        items.append(("name", len(names) - 1))


_MARKS = frozenset(",-():;.?!")
_WORD_SYMBOLS = {
    "separator": "S",
    "list": "L",
    "copula": "Y",
    "appoint": "A",
    "aside": "a",
    "cue": "C",
    "given": "g",
}


def _symbols(st: _Read, t: list[Token]) -> list[str]:
    """Each item of the sentence as one symbol of attachment_rules.tsv (its header explains them)."""
    linked_names = {n for n, _ in st.links}
    linked_roles = {r for _, r in st.links}
    out = []
    for kind, idx in st.items:
        if kind == "name":
            cue = st.names[idx].cue
            sym = "P" if cue == "role" else "H" if cue == "rank" else "N"
            out.append(sym.lower() if idx in linked_names and sym != "P" else sym)
        elif kind == "role":
            sym = "O" if _opens_clause(t, st.roles[idx].i) else "R"
            out.append(sym.lower() if idx in linked_roles else sym)
        elif kind == "punct":
            text = t[idx].text
            out.append(text if text in _MARKS else "#" if text[0].isdigit() else "~")
        elif kind in _WORD_SYMBOLS:
            out.append(_WORD_SYMBOLS[kind])
        else:
            out.append("v" if t[idx].key == "và" else "x")
    return out


def _opens_clause(t: list[Token], k: int) -> bool:
    """Does token k begin a clause (sentence start, after punctuation or "có", "là", "gồm")?
    A role there may head a chain ("Ủy viên Bộ Chính trị, Thủ tướng A"); one after "với" may
    not ("Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh A")."""
    return k == 0 or not t[k - 1].is_word or t[k - 1].key in ("có", "là", "gồm") or _is_address(t, k - 1)


def _is_address(t: list[Token], k: int) -> bool:
    """Is token k (the end of) an honorific or rank? Only ranks.tsv words qualify."""
    return t[k].key in _address_keys()


@lru_cache(maxsize=1)
def _address_keys() -> frozenset[str]:
    return frozenset(fold(r["word"]).split()[-1] for r in load_table("ranks.tsv"))


_NER_LOCK = threading.Lock()
_NER_LOADED: list[bool] = []  # set once the first call (which loads the model) is done


@lru_cache(maxsize=2048)
def ner_people(sentence: str) -> frozenset[str]:
    """The PER entities underthesea's NER finds in a sentence (empty if it is not installed)."""
    try:
        from underthesea import ner
    except ImportError:  # pragma: no cover - underthesea is a dependency
        return frozenset()
    with _NER_LOCK:  # the tagger is a shared model object
        started = time.perf_counter()
        tagged = ner(sentence)
        if not _NER_LOADED:
            _NER_LOADED.append(True)
            logging.getLogger("vn_newsie").info(
                "underthesea's NER loaded for a two-syllable name (%.1f s, once per process)",
                time.perf_counter() - started,
            )
    names: set[str] = set()
    current: list[str] = []
    for word, *_, tag in tagged:
        if tag == "B-PER":
            if current:
                names.add(" ".join(current))
            current = [word]
        elif tag == "I-PER" and current:
            current.append(word)
        else:
            if current:
                names.add(" ".join(current))
            current = []
    if current:
        names.add(" ".join(current))
    return frozenset(names)


def extract_people(ctx: Context) -> tuple[list[Person], Mentions]:
    """Every person the article names, with their roles, and where each is mentioned (what
    meetings reads to find chairs and attendees)."""
    drafts: dict[str, _PersonDraft] = {}
    role_only: list[tuple[int, int, int, str]] = []  # start, end, title_end, role key
    given_mentions: list[tuple[int, int, tuple[int, int, int] | None]] = []
    doc = ctx.doc
    text = ctx.text
    after_naming = False
    bio = _Biography()
    for sentence in ctx.annotated:
        tokens = sentence.tokens
        if not tokens:
            continue
        if _holds_nobody(tokens):
            after_naming = False
            continue
        reader = _SentenceReader(ctx, tokens)
        names, roles, links, givens = reader.read()
        named_after = reader.named_after()
        street_list = after_naming and _bare_list(tokens, names)
        after_naming = bool(named_after)
        name_keys: list[str] = []
        for nm in names:
            a, b = tokens[nm.i].start, tokens[nm.j - 1].end
            surface = doc.surface(a, b)
            key = fold(surface)
            d = drafts.get(key)
            if d is None:
                d = drafts[key] = _PersonDraft(surface, key, order=len(drafts))
            d.spans.append((a, b))
            street = street_list or nm.i in named_after
            d.as_person = d.as_person or not street or nm.cue in ("rank", "role")
            name_keys.append(key)
        attached = set()
        for n_idx, r_idx in links:
            r = roles[r_idx]
            span = _role_span(tokens, r)
            if span is None:
                continue
            d = drafts[name_keys[n_idx]]
            rkey = fold(text[span[0] : span[1]])
            d.roles.setdefault(rkey, span)
            attached.add(r_idx)
        subject = bio.see(reader, tokens, name_keys)
        for r_idx, r in enumerate(roles):
            if r_idx in attached:
                continue
            span = _role_span(tokens, r)
            if span and subject is not None:  # "1980-1983: Phó Chủ tịch UBND tỉnh": the subject's
                drafts[subject].roles.setdefault(fold(text[span[0] : span[1]]), span)
            elif span:
                role_only.append((span[0], span[1], span[2], fold(text[span[0] : span[1]])))
        for kind, k in givens:
            tok = tokens[k]
            role_span = None
            if kind == "role":
                prev = [r for r in roles if r.j == k]
                if prev:
                    role_span = _role_span(tokens, prev[-1])
            given_mentions.append((tok.start, tok.end, role_span))

    people = _merge_short_names([d for d in drafts.values() if d.as_person or d.roles])
    _link_role_mentions(people, role_only, text)
    _link_given_names(people, given_mentions, text)
    mentions = Mentions((a, b, p.key) for p in people for a, b in set(p.spans))
    return [_to_person(ctx, d) for d in sorted(people, key=lambda d: d.order)], mentions


def _holds_nobody(tokens: Tokens) -> bool:
    """A sentence people can skip before any per-word look-up (half the words): no name and no
    role can be read in it, and nothing that tells the sentences after it how to read. A name
    has a capital after the sentence's first word; then a bare name opens with a capitalised
    surname and a second capitalised syllable, and any other begins after a listed title or a
    rank with a capitalised word right after it ("ông Sơn", "TS. A"). A naming or biography
    phrase tells the sentences after it how to read."""
    lexicon = matcher()
    firsts = _first_keys(lexicon)
    names = any(tok.is_cap for tok in tokens[1:])
    sur = surnames() if names else frozenset()
    every = firsts.every
    n = len(tokens)
    for k, tok in enumerate(tokens):
        key = tok.key
        if names and tok.is_cap and key in sur and k + 1 < n and tokens[k + 1].is_cap:
            return False
        if key in every and _starts_reading(tokens, k, lexicon, firsts, names):
            return False
    return True


def _starts_reading(tokens: Tokens, k: int, lexicon: Matcher, firsts: _FirstKeys, cues: bool) -> bool:
    """Does a naming or biography phrase, a listed title or (with ``cues``) a rank with a
    capitalised word right after it (after "." or ":" too) start at k?"""
    key = tokens[k].key
    if key in firsts.phrases:
        h = lexicon.match_at(tokens, k, ("role_boundary",))
        if h is not None and any(e.get("kind") in ("naming", "biography") for e in h.entries):
            return True
    if key in firsts.titles and lexicon.match_at(tokens, k, ("title",)) is not None:
        return True
    rank = lexicon.match_at(tokens, k, ("rank",)) if cues and key in firsts.ranks else None
    return rank is not None and any(x.is_cap for x in tokens[rank.j : rank.j + 3])


class _FirstKeys(NamedTuple):
    """Folded first words of lexicon entries that make a sentence worth reading."""

    titles: frozenset[str]
    phrases: frozenset[str]  # naming and biography phrases of role_boundaries.tsv
    ranks: frozenset[str]
    every: frozenset[str]  # the three together


@lru_cache(maxsize=1)
def _first_keys(lexicon: Matcher) -> _FirstKeys:
    """The folded first words of the listed titles, of the naming and biography phrases of
    role_boundaries.tsv, and of the ranks (keyed by the lexicon: an overlay builds a new one)."""
    titles = first_keys(lexicon, lambda e: e.category == "title")
    phrases = first_keys(
        lexicon, lambda e: e.category == "role_boundary" and e.get("kind") in ("naming", "biography")
    )
    ranks = first_keys(lexicon, lambda e: e.category == "rank")
    return _FirstKeys(titles, phrases, ranks, titles | phrases | ranks)


def _role_span(tokens: list[Token], r: _RoleItem) -> tuple[int, int, int] | None:
    """Character span of a role, trailing joiners trimmed: (start, end, title_end)."""
    j = r.j
    while j > r.title_j and (
        (not tokens[j - 1].is_word and not tokens[j - 1].text[0].isdigit() and tokens[j - 1].text != ")")
        or tokens[j - 1].key in ("và", "của", "tại")
    ):
        j -= 1
    if j <= r.i:
        return None
    return tokens[r.i].start, tokens[j - 1].end, tokens[r.title_j - 1].end


@dataclass
class _Biography:
    """A biography section: after a heading ("Tiểu sử tóm tắt", "Quá trình công tác") the first
    person named is its subject, and the roles of its timeline entries ("1980-1983: Phó Chủ tịch
    UBND tỉnh Bắc Thái", "4/2006: Được bầu làm Tổng Bí thư") that no name claims are theirs."""

    pending: bool = False
    subject: str | None = None

    def see(self, reader: _SentenceReader, tokens: list[Token], name_keys: list[str]) -> str | None:
        """The subject whose timeline this sentence is, if it is one."""
        if reader.opens_biography():
            self.pending = True
        if not self.pending and self.subject is None:
            return None  # no biography yet: the common case, no scan of the sentence
        entry = _has_period_entry(tokens)
        if self.pending and name_keys and not entry:  # a name inside an entry is not the subject
            self.pending, self.subject = False, name_keys[0]
            return None
        return self.subject if entry else None


def _has_period_entry(tokens: list[Token]) -> bool:
    """A timeline entry: a year or month/year, then a colon ("1976-1980:", "12/1986:")."""
    return any(
        tok.text == ":" and k > 0 and tokens[k - 1].text[:1].isdigit() and tokens[k - 1].start < tok.start
        for k, tok in enumerate(tokens)
    )


def _bare_list(tokens: list[Token], names: list[_Name]) -> bool:
    """Is the sentence a list of capitalised names ("A, B, C và D")?"""
    return len(names) >= 3 and all(not tok.is_word or tok.is_cap or tok.key == "và" for tok in tokens)


def _merge_short_names(people: list[_PersonDraft]) -> list[_PersonDraft]:
    """ "chị Hoài Thu" after "Nguyễn Thị Hoài Thu": a two-syllable name without a surname that
    ends the name of exactly one other person is that person."""
    sur = surnames()
    out = []
    for p in people:
        words = p.key.split()
        if len(words) == 2 and words[0] not in sur:
            longer = [q for q in people if q is not p and q.key.endswith(" " + p.key)]
            if len(longer) == 1:
                longer[0].spans.extend(p.spans)
                for rkey, span in p.roles.items():
                    longer[0].roles.setdefault(rkey, span)
                continue
        out.append(p)
    return out


def _link_role_mentions(
    people: list[_PersonDraft], role_only: list[tuple[int, int, int, str]], text: str
) -> None:
    """ "đồng chí Bí thư Tỉnh ủy đề nghị": the one person holding that role gets the mention."""
    for a, b, title_end, rkey in role_only:
        exact = [p for p in people if rkey in p.roles]
        if len(exact) == 1:
            exact[0].spans.append((a, b))
            continue
        if exact:
            continue
        title_key = fold(text[a:title_end])
        if title_end == b:  # a bare title: "Thứ trưởng khẳng định"
            same = [p for p in people if any(fold(text[s:te]) == title_key for s, _, te in p.roles.values())]
            if len(same) == 1:
                same[0].spans.append((a, b))


def _link_given_names(
    people: list[_PersonDraft], mentions: list[tuple[int, int, tuple[int, int, int] | None]], text: str
) -> None:
    """ "ông Sơn": the one person whose name ends in that syllable."""
    for a, b, role_span in mentions:
        key = fold(text[a:b])
        same = [p for p in people if p.key.split()[-1] == key]
        if len(same) == 1:
            same[0].spans.append((a, b))
            if role_span:
                same[0].roles.setdefault(fold(text[role_span[0] : role_span[1]]), role_span)


def _to_person(ctx: Context, d: _PersonDraft) -> Person:
    doc = ctx.doc
    roles = []
    for start, end, title_end in d.roles.values():
        org = ctx.text[title_end:end].strip(" ,-")
        org_start = end - len(ctx.text[title_end:end].lstrip(" ,-")) if org else None
        roles.append(
            Role(
                text=doc.surface(start, end),
                title=doc.surface(start, title_end),
                organization=doc.surface(org_start, end) if org and org_start is not None else None,
                organization_key=organization_key(org) if org else None,
                place=_role_place(ctx, org),
                span=doc.span(start, end),
            )
        )
    spans = sorted(set(d.spans))
    placed = any(r.place for r in roles)
    key = f"{d.key}|{ctx.place.code}" if placed and ctx.place and ctx.place.code else d.key
    return Person(name=d.name, key=key, roles=roles, mentions=[doc.span(a, b) for a, b in spans])


_LOCAL_SCOPE = regex.compile(r"(?:^|\s)(?:tỉnh|tỉnh ủy|thành ủy|thành phố|tp)$|^(?:tỉnh ủy|thành ủy)$")


def _role_place(ctx: Context, org: str | None) -> Place | None:
    """The province a body governs: written ("UBND tỉnh Hòa Bình"), or, for "UBND tỉnh" in an
    article about Bình Định, the article's."""
    if not org:
        return None
    written = province_in(org, ctx.published)
    if written is not None:
        return written
    if ctx.place is None:
        return None
    return ctx.place if _LOCAL_SCOPE.search(fold(org)) else None


@lru_cache(maxsize=1)
def _expansions() -> tuple[dict[str, str], dict[str, str]]:
    """Abbreviations of bodies and their full names, from organizations.tsv: folded ones, and
    those the table marks to match only as written ("TƯ", not the "Tư" of "Tư pháp")."""
    out: dict[str, str] = {}
    exact: dict[str, str] = {}
    for row in load_table("organizations.tsv"):
        abbr = row.get("abbreviation", "")
        if abbr and " " not in abbr:
            if row.get("case") == "exact":
                exact.setdefault(normalize(abbr).text, fold(row["name"]))
            else:
                out.setdefault(fold(abbr), fold(row["name"]))
    return out, exact


def organization_key(org: str) -> str:
    """Folded body with abbreviations expanded: "UBND tỉnh" -> "ủy ban nhân dân tỉnh"."""
    table, exact = _expansions()
    keys, written = fold(org).split(), normalize(org).text.split()
    if len(written) != len(keys):
        written = keys
    return " ".join(exact.get(w) or table.get(k, k) for k, w in zip(keys, written, strict=True))
