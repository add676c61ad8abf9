"""Which province an article is about, and what that province became in July 2025.

Evidence, strongest first: the outlet's domain in a dateline ("(binhdinh.gov.vn)"), the
province written with its type word ("tỉnh Bình Định", "TP Hà Nội"), then the bare name. Each
province found is looked up in places.tsv (generated from underthesea's 63 → 34 mapping), so an
article from before 1 July 2025 names the unit it was merged into, and a unit written by its old
name in a later article still resolves.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from .context import Context
from .gazetteer import load_table
from .records import Place
from .text import fold

MERGER = "2025-07-01"
_DOMAIN = regex.compile(
    r"\(\s*(?:www\.)?(?P<d>[a-z]+)\.gov\.vn\s*\)|(?<![a-z])(?P<d2>[a-z]+)\.gov\.vn", regex.IGNORECASE
)
_TYPE_WORD = regex.compile(r"\b(?:tỉnh|thành\s+phố|tp\.?)\s+$", regex.IGNORECASE)


@dataclass(frozen=True)
class _Province:
    name: str  # full name, "Tỉnh Bình Định"
    short: str  # "Bình Định"
    code: str
    era: str
    merged_into: str


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


@lru_cache(maxsize=1)
def provinces() -> dict[str, list[_Province]]:
    """Provinces of both eras by folded short name."""
    out: dict[str, list[_Province]] = {}
    for row in load_table("places.tsv"):
        if row.get("level") != "province":
            continue
        p = _Province(
            row["name"], row["short"], row.get("code", ""), row.get("era", ""), row.get("merged_into", "")
        )
        out.setdefault(fold(p.short), []).append(p)
    return out


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, str]:
    return {_ascii(ps[0].short): key for key, ps in provinces().items()}


@lru_cache(maxsize=1)
def _name_pattern() -> regex.Pattern[str]:
    names = sorted({p.short for ps in provinces().values() for p in ps}, key=len, reverse=True)
    return regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(n) for n in names) + r")(?!\p{L})")


def _short_names(name: str) -> str:
    return regex.sub(r"^(?:Tỉnh|Thành phố)\s+", "", name)


def infer_province(ctx: Context) -> Place | None:
    """The article's province, or None when nothing points to one."""
    text = ctx.text
    votes: Counter[str] = Counter()
    head = text[:2000]
    # every domain is "….gov.vn": most articles name none and skip the slow scan for one
    for m in _DOMAIN.finditer(head) if ".gov.vn" in head.lower() else ():
        key = _by_domain().get((m.group("d") or m.group("d2") or "").lower())
        if key:
            votes[key] += 5
    for m in _name_pattern().finditer(text):
        key = fold(m.group())
        typed = _TYPE_WORD.search(text, max(0, m.start() - 12), m.start())
        votes[key] += 2 if typed else 1
    if not votes:
        return None
    key, _ = votes.most_common(1)[0]
    return place_for(key, ctx.published.isoformat() if ctx.published else None)


def province_in(text: str, published: dt.date | None) -> Place | None:
    """The province named in a short text ("UBND tỉnh Hòa Bình"), if exactly one is."""
    found = {fold(m.group()) for m in _name_pattern().finditer(text)}
    if len(found) != 1:
        return None
    return place_for(found.pop(), published.isoformat() if published else None)


def place_for(key: str, published: str | None) -> Place:
    """The Place for a folded province name, in the era of the article."""
    candidates = provinces()[key]
    before = [p for p in candidates if p.era.startswith("before")]
    after = [p for p in candidates if p.era.startswith("from")]
    old_era = published is not None and published < MERGER
    if (old_era or not after) and before:
        p = before[0]
        merged = _short_names(p.merged_into) if p.merged_into else None
        return Place(
            name=p.short,
            level="province",
            code=p.code or None,
            merged_into=merged if merged and fold(merged) != key else None,
        )
    p = after[0]
    return Place(name=p.short, level="province", code=p.code or None)
