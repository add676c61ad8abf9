"""People and their roles.

A sentence is read as a row of items: cues (honorifics and ranks: "đồng chí", "Đại tá", "TS."),
roles (a title from titles.tsv and the body after it: "Chủ tịch UBND tỉnh"), runs of capitalised
syllables (name candidates), punctuation and boundary words (role_boundaries.tsv). Then:

- role then name: "Bí thư Tỉnh ủy Chẩu Văn Lâm";
- name then roles: "đồng chí Lê Thị Kim Dung, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh",
  "ông A - R1", "A (R1)", lists joined by ";" or "và";
- one role over a list of bare names: "các đại biểu A, B và C";
- bare names need a surname from surnames.tsv and three syllables, or a role after them.

Later mentions by role alone ("đồng chí Bí thư Tỉnh ủy đề nghị") or by given name ("ông Sơn") are
linked to the one person they can only mean; every mention is kept as a span.
"""

from __future__ import annotations

import logging
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .context import Context
from .gazetteer import Hit, load_table, matcher, surnames
from .places import province_in
from .records import Person, Place, Role
from .text import Token, fold, normalize

_PUNCT_CONTINUE = {"-", "&"}
_CAPITALISED = {"place", "ward", "org", "org_head", "country"}
# A Vietnamese syllable, diacritics removed: onset, vowels, coda. Names with syllables outside it
# ("Emmanuel Macron", "Anthony Albanese") are foreign.
_VN_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?",
    regex.IGNORECASE,
)
_MAX_ROLE_TOKENS = 30


@dataclass
class _RoleItem:
    i: int  # first token
    j: int  # one past the last token
    title_j: int  # one past the title's tokens
    attached: bool = False


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


class _SentenceReader:
    """Reads one sentence's tokens into names and roles."""

    def __init__(self, ctx: Context, tokens: list[Token]):
        self.ctx = ctx
        self.t = tokens
        self.m = matcher()
        self.sur = surnames()
        self._hits: dict[int, dict[str, Hit]] = {}
        self._raw: dict[int, dict[str, Hit]] = {}  # the rules ask about the same tokens again and again

    # -- look-ups on token positions --------------------------------------------------------------

    def hit(self, k: int, *cats: str) -> Hit | None:
        """The longest gazetteer entry at token k of the given categories. Places, bodies and
        prefixes such as "Nguyên" (former) count only when capitalised: "hòa bình", "tài nguyên"
        are words."""
        found = self._at(k)
        best: Hit | None = None
        for cat in cats:
            h = found.get(cat)
            if h is None:
                continue
            if best is None or h.j > best.j:
                best = h
            elif h.j == best.j:
                best = Hit(best.i, best.j, best.entries + h.entries)
        return best

    def _raw_at(self, k: int) -> dict[str, Hit]:
        """Every category's longest entry at token k, whatever the case, computed once."""
        found = self._raw.get(k)
        if found is None:
            found = self.m.longest_by_category(self.t, k) if k < len(self.t) and self.t[k].is_word else {}
            self._raw[k] = found
        return found

    def _at(self, k: int) -> dict[str, Hit]:
        """Every category's longest entry at token k, computed once per position."""
        found = self._hits.get(k)
        if found is None:
            found = {}
            if k < len(self.t) and self.t[k].is_word:
                found = self._raw_at(k)
                if not self.t[k].text[:1].isupper():
                    found = {
                        c: h
                        for c, h in found.items()
                        if c not in _CAPITALISED
                        and not (c == "rank" and all(e.get("kind") == "title_prefix" for e in h.entries))
                    }
            self._hits[k] = found
        return found

    def is_cue(self, k: int) -> bool:
        """An honorific or rank that introduces a person: "ông Sơn", "Đại tá Nguyễn Văn An"."""
        h = self.hit(k, "rank")
        if h is None or h.j >= len(self.t):
            return False
        nxt = self.t[h.j]
        return nxt.is_cap or nxt.text in (".", ":")

    def boundary(self, k: int) -> Hit | None:
        if k >= len(self.t) or not self.t[k].is_word:
            return None
        return self.m.match_at(self.t, k, ("role_boundary",))  # role_boundaries.tsv

    def cap_run(self, k: int) -> int:
        """One past the run of title-case syllables starting at k; a title inside ends it
        ("Đoàn | Chủ tịch đại hội")."""
        j = k
        while j < len(self.t) and self.t[j].is_cap and j - k < 8:
            if j > k:
                title = self.hit(j, "title")
                if title and any(not x.is_cap for x in self.t[j : title.j]):
                    break
            j += 1
        return j

    def is_foreign(self, k: int, end: int) -> bool:
        """A run with a syllable Vietnamese cannot have: a foreign name."""
        for tok in self.t[k:end]:
            plain = tok.text.replace("Đ", "D").replace("đ", "d")
            bare = "".join(c for c in unicodedata.normalize("NFD", plain) if c.isascii())
            if not _VN_SYLLABLE.fullmatch(bare):
                return True
        return False

    def body_name(self, k: int, run_end: int) -> bool:
        """Is the capitalised run at k the name of the body or place just before it? "Trường
        THPT Phan Bội Châu", "Bệnh viện Nguyễn Tri Phương", "đường Trần Hưng Đạo", "xóm Đồng
        Hòa"; a three-syllable name after a place word is still a person ("TP Đào Anh Kiệt")."""
        if k == 0:
            return False
        prev = k - 1
        if self.t[prev].is_upper and prev > 0 and self.hit(prev - 1, "org_head"):
            return True
        for start in (prev - 1, prev):  # the longer word first: "thành phố", not "phố"
            if start < 0:
                continue
            head = self.hit(start, "org_head")
            body = self.hit(start, "org")
            if head and head.j == k and not (body and body.j == k):  # "Tỉnh ủy" is whole already
                return True
            place_type = self.m.match_at(self.t, start, ["place_type"])
            if place_type and place_type.j == k:
                level = place_type.entries[0].get("level")
                return level == "street" or run_end - k <= 2 or not self.is_surname(k)
        return False

    def is_surname(self, k: int) -> bool:
        return self.t[k].key in self.sur

    def place_end(self, k: int) -> int | None:
        """End of a place name at k; ward names count only right after "phường", "xã"..."""
        h = self.hit(k, "place", "ward") if k > 0 and self.hit(k - 1, "place_type") else self.hit(k, "place")
        return h.j if h else None

    def name_in_run(self, k: int, end: int, cued: bool, strong: bool = False) -> tuple[int, int] | None:
        """The personal name inside the capitalised run [k, end), if any: a suffix starting at a
        surname (a leading place or word is left out), 2-5 syllables."""
        n = end - k
        if n < 2:
            return None
        if self.hit(k, "place") and self.hit(k, "place").j >= end:  # type: ignore[union-attr]
            return None
        if self.hit(k, "org") and self.hit(k, "org").j >= end:  # type: ignore[union-attr]
            return None
        if cued and n <= 5 and (self.is_surname(k) or n <= 3) and (strong or not self._place_prefix(k, end)):
            return (k, end)  # "ông Đồng Văn Tú": after an honorific even a place-like name is a name
        starts = [
            s
            for s in range(k, end - 1)
            if self.is_surname(s) and 2 <= end - s <= 5 and not self._place_prefix(s, end)
        ]
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

    # -- role phrases ------------------------------------------------------------------------------

    def parse_role(self, i: int, title_j: int) -> tuple[int, bool]:
        """Extend the title at [i, title_j) over its body; return (end, ends_at_name).

        A body is listed bodies ("UBND", "Sở Lao động, Thương binh và Xã hội"), a head word and
        its name ("Ban đô thị thích ứng ..."), place words and names, connectors. Once a listed
        body, a place or a place word has closed it, a lower-case word is the sentence going on
        ("Phó Chủ tịch UBND tỉnh kiểm tra ..."), not the body.
        """
        k = title_j
        t = self.t
        closed = False
        after_country = False
        while k < len(t) and k - i < _MAX_ROLE_TOKENS:
            tok = t[k]
            if not tok.is_word:
                if (
                    tok.text in _PUNCT_CONTINUE
                    and k + 1 < len(t)
                    and t[k + 1].is_word
                    and not self._starts_person(k + 1)
                ):
                    k += 1
                    closed = False
                    continue
                if tok.text == "." and k + 1 < len(t) and t[k + 1].start == tok.end and t[k + 1].is_upper:
                    k += 1  # "TP.HCM"
                    continue
                if tok.text == "," and self._comma_continues(i, k):
                    k += 1
                    closed = False
                    continue
                if tok.text[0].isdigit() and len(tok.text) <= 2 and k > title_j and t[k - 1].is_word:
                    k += 1  # "Quân khu 2", "Sư đoàn 3"
                    continue
                return k, False
            org = self.hit(k, "org")
            if org:
                head = self.hit(k, "org_head")
                # "Ban", "Ủy ban" and "Ban đô thị" (not the listed "Ban Đô thị"): a name follows
                closed = not (head and head.j >= org.j) and self._same_case(k, org)
                k = org.j  # a listed body, commas and all: "Sở Lao động, Thương binh và Xã hội"
                continue
            if tok.is_upper:
                k += 1  # an abbreviation: "HĐND", "TPHCM", "CHQS"
                closed = True
                continue
            if not tok.is_cap and self.boundary(k):  # "Ủy ban Kiểm tra" is a name, "kiểm tra" a verb
                if t[k].key == "tại" and k + 1 < len(t) and (self.hit(k + 1, "place") or t[k + 1].is_upper):
                    k += 1  # "... Nhà nước tại TPHCM"
                    continue
                return k, False
            if k > title_j and (self.hit(k, "title") or self.is_cue(k)):
                return k, False
            if tok.key == "và":
                if self._starts_person(k + 1) or self.hit(k + 1, "title"):
                    return k, False
                k += 1
                closed = False
                continue
            if tok.is_cap:
                country = self.hit(k, "country")
                if country:
                    k = country.j  # "Tổng thống Hàn Quốc": a foreign leader's name follows
                    closed = True
                    after_country = True
                    continue
                pe = self.place_end(k) if k > title_j and self.hit(k - 1, "place_type") else None
                run_end = self.cap_run(k)
                if pe is None and run_end - k >= 2 and self.is_surname(k) and self.body_name(k, run_end):
                    nm = self.name_in_run(k, run_end, cued=False)
                    if nm and nm[0] > k:
                        return nm[0], True  # "xã Hiệp Phước Nguyễn Văn An"
                    k = run_end  # the school's, hospital's or hamlet's name is part of the body
                    closed = True
                    continue
                if run_end - k >= 2 and (after_country or (k == title_j and self.is_foreign(k, run_end))):
                    return k, True  # "Thủ tướng Campuchia Hun Manet", "Tổng thống Emmanuel Macron"
                if pe is not None:
                    if pe >= run_end:
                        k = pe
                        closed = True
                        continue
                    nm = self.name_in_run(k, run_end, cued=True)
                    if nm and nm[0] >= pe:
                        return nm[0], True
                    k = pe
                    closed = True
                    continue
                nm = self.name_in_run(k, run_end, cued=True) if run_end - k >= 2 else None
                if nm and (self.is_surname(k) or self.hit(k, "place")) and self._name_plausible(nm[0], nm[1]):
                    if nm[0] > k:
                        k = nm[0]
                    return k, True
                place = self.hit(k, "place")
                if place and not self._same_case(k, place):
                    place = None  # "Viện Hải dương học" is not the province Hải Dương
                closed = place is not None  # "Thành ủy Huế" ends; "Ủy ban Văn hóa giáo dục" goes on
                k = place.j if place else k + 1
                continue
            place_type = self.hit(k, "place_type")
            if place_type:
                k = place_type.j
                closed = True
                continue
            if closed and tok.key not in ("của", "thuộc", "trực"):
                return k, False
            k += 1
        return k, False

    def _title_end(self, i: int, j: int, end: int) -> int:
        """Where the position ends and the body begins inside a listed title. A title that names
        its own body, with only a scope after it, is split there: "Chủ tịch | Ủy ban MTTQ Việt Nam
        tỉnh", "Trưởng | Công an huyện". One followed by a body of its own stays whole: "Trưởng
        Ban Tuyên giáo | Tỉnh ủy", "Phó Bí thư Thường trực | Tỉnh ủy"."""
        if any(self.hit(q, "org") for q in range(j, end)):
            return j
        for p in range(i + 1, j):
            if self.t[p].text[:1].isupper() and self.hit(p, "org_head") and self.hit(i, "title"):
                return p
        return j

    def _same_case(self, k: int, hit: Hit) -> bool:
        """Is the text capitalised like the listed entry (proper names are)?"""
        entry = hit.entries[0].text.split()
        words = [t.text for t in self.t[k : hit.j] if t.is_word]
        return len(entry) != len(words) or all(
            a[:1].isupper() == b[:1].isupper() for a, b in zip(entry, words, strict=True)
        )

    def _place_prefix(self, a: int, b: int) -> bool:
        """A run that opens with a place of two or more syllables is that place, not a name:
        "Thái Bình Dương", "Hà Nội", "Sơn La"."""
        h = self.hit(a, "place")
        return h is not None and h.j - a >= 2 and h.j <= b

    def _name_plausible(self, a: int, b: int) -> bool:
        """A run inside a role is a name only if it is not itself a place or organisation."""
        h = self.hit(a, "place", "org", "org_head", "title")
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
        if self.t[nxt].text.islower() and not self.boundary(nxt):
            end, at_name = self.parse_role(i, nxt)
            return at_name
        return False

    # -- the sentence ------------------------------------------------------------------------------

    def read(self) -> tuple[list[_Name], list[_RoleItem], list[tuple[int, int]], list[tuple[str, int]]]:
        """Names, roles, (name index, role index) attachments and given-name mentions."""
        t = self.t
        names: list[_Name] = []
        roles: list[_RoleItem] = []
        links: list[tuple[int, int]] = []
        givens: list[tuple[str, int]] = []  # (kind, token index) of single-syllable mentions
        # ("name" | "role" | "given" | "punct" | "separator" | "stop" | "cue" | "other", index)
        items: list[tuple[str, int]] = []
        k = 0
        list_cue = False
        while k < len(t):
            tok = t[k]
            if not tok.is_word:
                items.append(("punct", k))
                if tok.text in ".!?":
                    list_cue = False
                k += 1
                continue
            rank = self.hit(k, "rank")
            title = self.hit(k, "title")
            prefix = self._raw_at(k).get("rank")
            inner = (
                self.hit(prefix.j, "title")
                if prefix and prefix.entries[0].get("kind") == "title_prefix"
                else None
            )
            if inner is not None:
                # "nguyên Phó Chủ tịch UBND tỉnh": the prefix belongs to the role
                title, rank = Hit(k, inner.j, inner.entries), None
            if rank and (not title or rank.j >= title.j):
                nxt = rank.j
                if nxt < len(t) and t[nxt].text == "." and nxt + 1 < len(t):
                    nxt += 1  # "TS. Đặng Trí Thủ"
                if nxt < len(t) and t[nxt].text in ":" and nxt + 1 < len(t):
                    nxt += 1
                if nxt < len(t) and t[nxt].is_cap and not self.hit(nxt, "title"):
                    run_end = self.cap_run(nxt)
                    nm = self.name_in_run(nxt, run_end, cued=True, strong=True)
                    if nm and nm[0] == nxt:
                        self._add_name(names, items, nm, "rank")
                        k = nm[1]
                        list_cue = True
                        continue
                    if run_end - nxt == 1 and tok.key not in ("anh", "chị", "em", "cô", "chú", "thầy", "cụ"):
                        givens.append(("rank", nxt))
                        k = nxt + 1
                        continue
                # "các đồng chí:" opens a list of names
                if rank.j < len(t) and t[rank.j].text == ":":
                    list_cue = True
                items.append(("cue", k))
                k = rank.j
                continue
            if title:
                end, at_name = self.parse_role(k, title.j)
                roles.append(_RoleItem(k, end, self._title_end(k, title.j, end)))
                items.append(("role", len(roles) - 1))
                if at_name:
                    run_end = self.cap_run(end)
                    nm = self.name_in_run(end, run_end, cued=True)
                    if nm:
                        self._add_name(names, items, nm, "role")
                        links.append((len(names) - 1, len(roles) - 1))
                        roles[-1].attached = True
                        k = nm[1]
                        continue
                if (
                    end < len(t)
                    and t[end].is_cap
                    and self.cap_run(end) - end == 1
                    and not self.hit(end, "title", "org", "place", "rank")
                ):
                    givens.append(("role", end))
                    items.append(("given", len(givens) - 1))
                    k = end + 1
                    continue
                k = max(end, k + 1)
                continue
            bd = self.boundary(k)
            if bd:
                kind = bd.entries[0].get("kind") or "stop"
                items.append((kind, k))
                k = bd.j
                continue
            if tok.is_cap:
                run_end = self.cap_run(k)
                nm = self.name_in_run(k, run_end, cued=False)
                if nm is None and list_cue and run_end - k >= 2 and self.is_surname(k):
                    nm = (k, run_end)
                if nm is None and run_end - k == 2 and self.is_surname(k) and self._role_follows(run_end):
                    nm = (k, run_end)
                if nm is None and run_end - k >= 2 and self.is_surname(run_end - 2):
                    nm = self._ner_name(run_end - 2, run_end)
                if nm and self._name_plausible(*nm) and not self.body_name(k, run_end):
                    self._add_name(names, items, nm, "list" if list_cue else "none")
                    k = run_end
                    continue
                items.append(("other", k))
                k = run_end
                continue
            items.append(("other", k))
            k += 1
        self._attach(items, names, roles, links)
        return names, roles, links, givens

    def _opens_clause(self, k: int) -> bool:
        """Does token k begin a clause (sentence start, after punctuation or an honorific)? A role
        there may head a chain ("Ủy viên Bộ Chính trị, Thủ tướng A"); one after "với" may not
        ("Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh A")."""
        return (
            k == 0
            or not self.t[k - 1].is_word
            or self.t[k - 1].key in ("có", "là", "gồm")
            or bool(self.hit(k - 1, "rank"))
        )

    def _ner_name(self, a: int, b: int) -> tuple[int, int] | None:
        """A bare two-syllable name ("Theo Vũ Hùng, ...") is kept when underthesea's NER also
        tags it as a person. NER runs only on such sentences, so it costs little."""
        if not self._name_plausible(a, b) or self.body_name(a, b):
            return None
        first, last = self.t[0].start, self.t[-1].end
        surface = " ".join(t.text for t in self.t[a:b])
        return (a, b) if surface in ner_people(self.ctx.text[first:last]) else None

    def _role_follows(self, k: int) -> bool:
        t = self.t
        return k + 1 < len(t) and t[k].text in (",", "-", "(") and bool(self.hit(k + 1, "title"))

    def _add_name(
        self, names: list[_Name], items: list[tuple[str, int]], nm: tuple[int, int], cue: str
    ) -> None:
        names.append(_Name(nm[0], nm[1], cue))
        items.append(("name", len(names) - 1))

    def _attach(
        self,
        items: list[tuple[str, int]],
        names: list[_Name],
        roles: list[_RoleItem],
        links: list[tuple[int, int]],
    ) -> None:
        """Name-then-roles and one role over a list of bare names."""
        t = self.t
        for pos, (kind, idx) in enumerate(items):
            if kind != "name":
                continue
            q = pos + 1
            # name [, - ( :] role ([, sep] role)*
            while q + 1 < len(items):
                k1, i1 = items[q]
                k2, i2 = items[q + 1]
                sep_ok = (k1 == "punct" and t[i1].text in (",", "-", "(", ":")) or k1 == "separator"
                if not (sep_ok and k2 == "role" and not roles[i2].attached):
                    break
                links.append((idx, i2))
                roles[i2].attached = True
                q += 2
        # "Bí thư Huyện ủy kiêm Chủ tịch UBND huyện A", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ
        # A": the roles chained before a role-then-name
        for n_idx, r_idx in list(links):
            if names[n_idx].cue != "role":
                continue
            pos = items.index(("role", r_idx))
            while (
                pos >= 2
                and (
                    items[pos - 1][0] == "separator"
                    or (items[pos - 1][0] == "punct" and t[items[pos - 1][1]].text == ",")
                )
                and items[pos - 2][0] == "role"
                and self._opens_clause(roles[items[pos - 2][1]].i)
            ):
                prev = items[pos - 2][1]
                if roles[prev].attached:
                    break
                links.append((n_idx, prev))
                roles[prev].attached = True
                pos -= 2
        # "các Phó Chủ tịch UBND tỉnh: A, B và C": a role over the list after its colon
        for pos, (kind, idx) in enumerate(items):
            if kind != "role" or roles[idx].attached or pos + 2 >= len(items):
                continue
            k1, i1 = items[pos + 1]
            if not (k1 == "punct" and t[i1].text == ":" and items[pos + 2][0] == "name"):
                continue
            q = pos + 2
            while q < len(items) and items[q][0] == "name":
                n_idx = items[q][1]
                if any(n == n_idx for n, _ in links):
                    break  # this name has roles of its own
                links.append((n_idx, idx))
                roles[idx].attached = True
                nxt = items[q + 1] if q + 1 < len(items) else None
                joiner = nxt is not None and (
                    (nxt[0] == "punct" and t[nxt[1]].text in (",", ";"))
                    or (nxt[0] == "other" and t[nxt[1]].key == "và")
                )
                if not joiner:
                    break
                q += 2
        # role name (, name | và name)*: bare names after a role-then-name share its role
        for n_idx, r_idx in list(links):
            name = names[n_idx]
            if name.cue != "role":
                continue
            pos = items.index(("name", n_idx))
            q = pos + 1
            while q + 1 < len(items):
                k1, i1 = items[q]
                k2, i2 = items[q + 1]
                joiner = (k1 == "punct" and t[i1].text == ",") or (k1 == "other" and t[i1].key == "và")
                if not (joiner and k2 == "name"):
                    break
                nxt = items[q + 2] if q + 2 < len(items) else None
                if (
                    nxt
                    and nxt[0] == "punct"
                    and t[nxt[1]].text in (",", "-", "(")
                    and q + 3 < len(items)
                    and items[q + 3][0] == "role"
                ):
                    break
                links.append((i2, r_idx))
                q += 2


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


def extract_people(ctx: Context) -> list[Person]:
    drafts: dict[str, _PersonDraft] = {}
    role_only: list[tuple[int, int, int, str]] = []  # start, end, title_end, role key
    given_mentions: list[tuple[int, int, tuple[int, int, int] | None]] = []
    doc = ctx.doc
    text = ctx.text
    for s, e, _zone in ctx.sentences:
        tokens = ctx.tokens(s, e)
        if not tokens:
            continue
        reader = _SentenceReader(ctx, tokens)
        names, roles, links, givens = reader.read()
        name_keys: list[str] = []
        for nm in names:
            a, b = tokens[nm.i].start, tokens[nm.j - 1].end
            surface = doc.surface(a, b)
            key = fold(surface)
            d = drafts.get(key)
            if d is None:
                d = drafts[key] = _PersonDraft(surface, key, order=len(drafts))
            d.spans.append((a, b))
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
        for r_idx, r in enumerate(roles):
            if r_idx in attached:
                continue
            span = _role_span(tokens, r)
            if span:
                role_only.append((span[0], span[1], span[2], fold(text[span[0] : span[1]])))
        for kind, k in givens:
            tok = tokens[k]
            role_span = None
            if kind == "role":
                prev = [r for r in roles if r.j == k]
                if prev:
                    role_span = _role_span(tokens, prev[-1])
            given_mentions.append((tok.start, tok.end, role_span))

    people = list(drafts.values())
    _link_role_mentions(people, role_only, text)
    _link_given_names(people, given_mentions, text)
    ctx.mentions = sorted((a, b, p.key) for p in people for a, b in set(p.spans))
    return [_to_person(ctx, d) for d in sorted(people, key=lambda d: d.order)]


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
