"""Article layout: title line, byline, photo captions and scrape junk.

Scraped articles carry more than the story: a title line, captions under photos ("Quang cảnh
hội nghị"), an author line, "Ảnh: ..." credits and a trailing "Tin cùng chuyên mục" block.
Extractors ask the layout which zone a sentence lies in: meetings and statistics read the body
only, people are read from captions too (a caption is often the only place a name is given).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import regex

from .gazetteer import load_table
from .text import Doc, fold, sentences

Zone = Literal["title", "body", "caption", "byline", "junk"]

# A line from which everything on is navigation, not story.
_TRAILER = regex.compile(
    r"\s*(?:Tin\s+cùng\s+chuyên\s+mục|Tin\s+liên\s+quan|Bài\s+viết\s+liên\s+quan|Tin\s+khác|"
    r"Các\s+tin\s+khác|Xem\s+thêm|Đọc\s+thêm|Bài\s+liên\s+quan|Tin\s+mới\s+nhất|Chia\s+sẻ\s*:)",
    regex.IGNORECASE,
)
# Photo credits and similar whole-line junk, and inline "(Ảnh: ...)".
_CREDIT_LINE = regex.compile(
    r"^\s*\(?\s*(?:Ảnh|Nguồn|Video|Clip|Đồ họa)\s*(?:minh\s+họa)?\s*:", regex.IGNORECASE
)
_INLINE_CREDIT = regex.compile(r"\(\s*(?:Ảnh|Nguồn)(?:\s+minh\s+họa)?\s*:[^()\n]{0,80}\)", regex.IGNORECASE)
_BYLINE_PREFIX = regex.compile(
    r"^\s*(?:Tác\s+giả|Tin|Bài|Tin\s+và\s+ảnh|Bài\s+và\s+ảnh|Tin,\s*ảnh|Bài,\s*ảnh|PV|Phóng\s+viên)\s*:\s*",
    regex.IGNORECASE,
)
_SOURCE_LINE = regex.compile(r"^\s*(?:Theo|Nguồn)\s+\S", regex.IGNORECASE)
# "... theo quy định./. Khiếu Tư (TTXVN)", "./. Lê Hà/TTXVN": the author after the closing mark;
# "... vốn FDI. Phạm Dương", "... đã tăng.Hải Yến": a short name after a paragraph's last full stop.
_AGENCY = r"(?:\s*\([^()\n]{1,30}\)|\s*/\s*\p{Lu}[\p{L}.]{1,15})?"
_TAIL_AUTHOR = regex.compile(
    r"(?:\./\.\s*(?P<a>(?:\p{Lu}\p{Ll}*\s+){0,3}\p{Lu}\p{Ll}*)"
    r"|(?:(?<=[.!?…\"”])\s+|(?<=\p{Ll}[.!?]))(?P<a>(?:\p{Lu}\p{Ll}*\s+){1,2}\p{Lu}\p{Ll}*))"
    + _AGENCY
    + r"\s*$"
)
_NAME = r"(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){0,4}\p{Lu}[\p{Ll}\p{M}]*"
# "Trần Minh Đức", "Lệ Thu - Quang Trường" (two authors), "Hiền Hạnh (TTXVN)"
_NAME_LINE = regex.compile(rf"^{_NAME}(?:\s*[-–]\s*{_NAME})?(?:\s*\([^()\n]{{1,30}}\))?$")
# a last line naming only the source: "TTXVN", "Tổng hợp", "Theo CNA"
_AGENCY_LINE = regex.compile(r"^\s*(?:\p{Lu}{2,10}|Tổng\s+hợp)\s*$", regex.IGNORECASE)
_END_PUNCT = tuple(".!?:;\"'")


@dataclass
class Layout:
    doc: Doc
    zones: list[tuple[int, int, Zone]] = field(default_factory=list)  # sorted, cover the text
    title: tuple[int, int] | None = None
    author: tuple[int, int] | None = None
    # each zone's sentences, split once: several recognizers ask for them
    _split: dict[tuple[int, int, Zone], list[tuple[int, int, Zone]]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def sentences(self, *zones: Zone) -> list[tuple[int, int, Zone]]:
        """Sentences of the wanted zones (all but junk and byline when none are named)."""
        wanted = set(zones) if zones else {"title", "body", "caption"}
        out: list[tuple[int, int, Zone]] = []
        for zone in self.zones:
            if zone[2] in wanted:
                found = self._split.get(zone)
                if found is None:
                    a, b, z = zone
                    found = self._split[zone] = [(s, e, z) for s, e in sentences(self.doc.text, a, b)]
                out.extend(found)
        return out


def _may_end_with_author(line: str) -> bool:
    """Can ``_TAIL_AUTHOR`` match this line? Its match ends the line with a name, an agency in
    brackets or "/TTXVN."-like: most paragraphs end with a full stop and no slash, and skip the
    slow search (it is tried at every character)."""
    end = line.rstrip()
    if not end:
        return False
    last = end[-1]
    return last.isalpha() or last == ")" or (last == "." and "/" in end)


_MAX_WORDS = 30  # the most words any test of a line asks about ("a caption has at most 30")


def _words(s: str) -> int:
    """The number of words of ``s``, counted up to one past ``_MAX_WORDS`` (a paragraph is not
    split whole only to learn it is long)."""
    return len(s.split(maxsplit=_MAX_WORDS + 1))


@lru_cache(maxsize=1)
def _address_words() -> frozenset[str]:
    """Honorifics and ranks ("Ông", "Bà", "Đại tá"): a line "Bà Nguyễn Thị A" is a caption."""
    return frozenset(fold(r["word"]).split()[0] for r in load_table("ranks.tsv"))


def _section_author(line: str, before: str) -> bool:
    """A short name alone on its line after a finished paragraph ("... đã tăng." / "Thái An"):
    the author of the section above, not a caption."""
    return (
        2 <= _words(line) <= 5
        and bool(_NAME_LINE.match(line))
        and before.rstrip().endswith(_END_PUNCT + ("”", "…"))
        and fold(line).split()[0] not in _address_words()
    )


def analyse(doc: Doc) -> Layout:
    """Split ``doc`` into zones (linear: one look at each line)."""
    text = doc.text
    lines = [(a, b) for a, b in doc.lines]
    nonempty = [(a, b) for a, b in lines if text[a:b].strip()]
    layout = Layout(doc)
    if not nonempty:
        return layout
    kinds: dict[tuple[int, int], Zone] = {}

    # trailing navigation: the first trailer line and everything after it
    cut = len(nonempty)
    for i, (a, b) in enumerate(nonempty):
        if i > 0 and _TRAILER.match(text, a, b):
            cut = i
            break
    for ln in nonempty[cut:]:
        kinds[ln] = "junk"
    story = nonempty[:cut]

    # title: a first line without a closing full stop, when more text follows
    if len(story) > 1:
        a, b = story[0]
        first = text[a:b].strip()
        if len(first) <= 250 and not first.endswith((".", ":", ";")):
            kinds[story[0]] = "title"
            layout.title = (
                a + len(text[a:b]) - len(text[a:b].lstrip()),
                b - (len(text[a:b]) - len(text[a:b].rstrip())),
            )

    # trailing credits and sources ("Ảnh: ...", "Theo CNA", "TTXVN") before the byline
    while len(story) > 2:
        a, b = story[-1]
        line = text[a:b].strip()
        if _CREDIT_LINE.match(line):
            kinds[story[-1]] = "junk"
        elif _AGENCY_LINE.match(line) or _source_line(line):
            kinds[story[-1]] = "byline"
        else:
            break
        story = story[:-1]

    # byline: the last story line when it is a short name or "Tác giả: ..." / "Theo ..."
    if len(story) > 1:
        a, b = story[-1]
        line = text[a:b].strip()
        m = _BYLINE_PREFIX.match(line)
        if m or (_words(line) <= 8 and _NAME_LINE.match(line)):
            kinds[story[-1]] = "byline"
            off = a + (len(text[a:b]) - len(text[a:b].lstrip())) + (m.end() if m else 0)
            name = regex.match(r"[^()\n,]+", text[off:b])
            if name:
                layout.author = (off, off + len(name.group().rstrip()))
        elif _source_line(line):
            kinds[story[-1]] = "byline"

    # "... theo quy định./. Khiếu Tư (TTXVN)": an author after the closing mark of a paragraph
    tails: dict[tuple[int, int], int] = {}
    for ln in story:
        if ln not in kinds and _may_end_with_author(text[slice(*ln)]):
            m2 = _TAIL_AUTHOR.search(text, *ln)
            if m2:
                tails[ln] = m2.start("a")
                if ln == story[-1]:
                    layout.author = m2.span("a")

    # captions, photo credits, and authors of a section on a line of their own
    for i, ln in enumerate(story[1:-1] if len(story) > 2 else [], 1):
        if ln in kinds or ln in tails:  # a paragraph with its author glued on is body
            continue
        a, b = ln
        line = text[a:b].strip()
        if _CREDIT_LINE.match(line):
            kinds[ln] = "junk"
        elif _section_author(line, text[slice(*story[i - 1])]):
            kinds[ln] = "byline"
        elif _words(line) <= _MAX_WORDS and (not line.endswith(_END_PUNCT) or _words(line) <= 6):
            kinds[ln] = "caption"

    for ln in lines:
        zone = kinds.get(ln, "body")
        a, b = ln
        if zone != "body":
            layout.zones.append((a, b, zone))
            continue
        pos = a
        for m in _INLINE_CREDIT.finditer(text, a, b):
            if m.start() > pos:
                layout.zones.append((pos, m.start(), "body"))
            layout.zones.append((m.start(), m.end(), "junk"))
            pos = m.end()
        tail_start = tails.get(ln)
        if tail_start is not None and pos <= tail_start < b:
            layout.zones.append((pos, tail_start, "body"))
            layout.zones.append((tail_start, b, "byline"))
        elif b > pos:
            layout.zones.append((pos, b, "body"))
    return layout


def _source_line(line: str) -> bool:
    """A short "Theo ..." / source line closing the story (a credit, not a sentence)."""
    return bool(_SOURCE_LINE.match(line)) and _words(line) <= 12
