"""Article layout: title line, byline, photo captions and scrape junk.

Scraped articles carry more than the story: a title line, captions under photos ("Quang cảnh
hội nghị"), an author line, "Ảnh: ..." credits and a trailing "Tin cùng chuyên mục" block.
Extractors ask the layout which zone a sentence lies in: meetings and statistics read the body
only, people are read from captions too (a caption is often the only place a name is given).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import regex

from .text import Doc, sentences

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
# "... theo quy định./. Khiếu Tư (TTXVN)": the author after the closing mark.
_TAIL_AUTHOR = regex.compile(
    r"\./\.\s*(?P<a>(?:\p{Lu}\p{Ll}*\s+){0,3}\p{Lu}\p{Ll}*)\s*(?:\([^()\n]{1,30}\))?\s*$"
)
_NAME_LINE = regex.compile(
    r"^(?:\p{Lu}[\p{Ll}\p{M}]*\.?\s+){0,4}\p{Lu}[\p{Ll}\p{M}]*(?:\s*\([^()\n]{1,30}\))?$"
)
_END_PUNCT = tuple(".!?:;\"'")


@dataclass
class Layout:
    doc: Doc
    zones: list[tuple[int, int, Zone]] = field(default_factory=list)  # sorted, cover the text
    title: tuple[int, int] | None = None
    author: tuple[int, int] | None = None

    def sentences(self, *zones: Zone) -> list[tuple[int, int, Zone]]:
        """Sentences of the wanted zones (all but junk and byline when none are named)."""
        wanted = set(zones) if zones else {"title", "body", "caption"}
        out: list[tuple[int, int, Zone]] = []
        for a, b, z in self.zones:
            if z in wanted:
                out.extend((s, e, z) for s, e in sentences(self.doc.text, a, b))
        return out


def _words(s: str) -> int:
    return len(s.split())


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

    # byline: the last story line when it is a short name or "Tác giả: ..." / "Theo ..."
    if len(story) > 1:
        a, b = story[-1]
        line = text[a:b].strip()
        m = _BYLINE_PREFIX.match(line)
        if m or (_words(line) <= 6 and _NAME_LINE.match(line)):
            kinds[story[-1]] = "byline"
            off = a + (len(text[a:b]) - len(text[a:b].lstrip())) + (m.end() if m else 0)
            name = regex.match(r"[^()\n,]+", text[off:b])
            if name:
                layout.author = (off, off + len(name.group().rstrip()))
        elif _SOURCE_LINE.match(line) and _words(line) <= 12:
            kinds[story[-1]] = "byline"

    # "... theo quy định./. Khiếu Tư (TTXVN)": an author after the closing mark of the last line
    tail_start: int | None = None
    if story and story[-1] not in kinds:
        a, b = story[-1]
        m2 = _TAIL_AUTHOR.search(text, a, b)
        if m2:
            layout.author = m2.span("a")
            tail_start = m2.start() + 3

    # captions and photo credits
    for ln in story[1:-1] if len(story) > 2 else []:
        if ln in kinds:
            continue
        a, b = ln
        line = text[a:b].strip()
        if _CREDIT_LINE.match(line):
            kinds[ln] = "junk"
        elif _words(line) <= 30 and (not line.endswith(_END_PUNCT) or _words(line) <= 6):
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
        if tail_start is not None and pos <= tail_start < b:
            layout.zones.append((pos, tail_start, "body"))
            layout.zones.append((tail_start, b, "byline"))
        elif b > pos:
            layout.zones.append((pos, b, "body"))
    return layout
