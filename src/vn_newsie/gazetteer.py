"""Gazetteers: the knowledge files under ``data/gazetteers/`` and one matcher over all of them.

Each file is a TSV with ``#`` comment lines (what it holds, where it came from, how to extend
it), one header row, then rows. Extra rows can be added without touching the package: set
``VN_NEWSIE_GAZETTEERS`` to a folder holding files of the same names and header, whose rows are
appended. A folder that does not exist, or an added file whose header names a column the shipped
one lacks, is an error; an added row with more cells than its header, or no key, is skipped with
a warning on the ``vn_newsie`` logger.

The matcher is a token trie keyed by folded tokens (case, Unicode form and tone style do not
matter), walked once per article: the cost is linear in the text, whatever the number of entries.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from .errors import GazetteerError as GazetteerError  # re-exported: it was defined here
from .text import Token, fold, tokenize

log = logging.getLogger("vn_newsie")


def gazetteer_dirs() -> list[Path]:
    """Where the tables are read from: the shipped folder, then the user's, if set."""
    dirs = []
    packaged = resources.files("vn_newsie").joinpath("data").joinpath("gazetteers")
    if packaged.is_dir():
        dirs.append(Path(str(packaged)))
    else:  # running from a source checkout or an editable install
        dirs.append(Path(__file__).resolve().parents[2] / "data" / "gazetteers")
    extra = os.environ.get("VN_NEWSIE_GAZETTEERS")
    if extra:
        if not Path(extra).is_dir():
            raise GazetteerError(f"VN_NEWSIE_GAZETTEERS={extra!r} is not a folder")
        dirs.append(Path(extra))
    return dirs


def _read_rows(path: Path, shipped: list[str] | None = None) -> Iterator[dict[str, str]]:
    """The rows of one file; ``shipped`` is the shipped table's header when ``path`` is an addition."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                _check_added_header(path, header, shipped)
                continue
            problem = f"{len(cells)} cells, the header has {len(header)}" if len(cells) > len(header) else ""
            if shipped is not None and not problem and not cells[header.index(shipped[0])]:
                problem = f"no {shipped[0]}"
            if problem and shipped is None:
                raise GazetteerError(f"{path}:{lineno}: {problem}")
            if problem:  # a user's addition: one bad row should not stop every extraction
                log.warning("%s:%d: %s; row skipped", path, lineno, problem)
                continue
            cells += [""] * (len(header) - len(cells))
            yield dict.fromkeys(shipped or (), "") | dict(zip(header, cells, strict=True))


def _check_added_header(path: Path, header: list[str], shipped: list[str] | None) -> None:
    if shipped is None or (shipped[0] in header and set(header) <= set(shipped)):
        return
    raise GazetteerError(
        f"{path}: header {' | '.join(header)} does not match the shipped table's "
        f"({' | '.join(shipped)}); copy its header row, then add your rows below it"
    )


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                return [c.strip() for c in line.rstrip("\r\n").split("\t")]
    return []


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """All rows of ``name`` (shipped file first, then the user's additions)."""
    rows: list[dict[str, str]] = []
    found = False
    shipped: list[str] | None = None
    for d in gazetteer_dirs():
        path = d / name
        if path.is_file():
            found = True
            rows.extend(_read_rows(path, shipped))
            shipped = shipped or _header(path)
    if not found:
        raise GazetteerError(f"gazetteer {name!r} not found in {[str(d) for d in gazetteer_dirs()]}")
    return tuple(rows)


def column(name: str, col: str) -> list[str]:
    """One column of a table, empty cells dropped."""
    return [r[col] for r in load_table(name) if r.get(col)]


# --- matching -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    category: str  # "title", "org", "rank", "place", ...
    text: str  # the entry as listed
    data: tuple[tuple[str, str], ...] = ()

    def get(self, key: str) -> str:
        return dict(self.data).get(key, "")


@dataclass(frozen=True, slots=True)
class Hit:
    """Tokens ``[i, j)`` match ``entries`` (every category whose longest entry ends at j)."""

    i: int
    j: int
    entries: tuple[Entry, ...]

    def has(self, category: str) -> bool:
        return any(e.category == category for e in self.entries)

    def entry(self, category: str) -> Entry | None:
        return next((e for e in self.entries if e.category == category), None)


class _Node:
    __slots__ = ("children", "entries", "by_category")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: list[Entry] = []
        self.by_category: dict[str, tuple[Entry, ...]] = {}  # the entries grouped, kept by add()


class Matcher:
    """Longest-match look-up of many phrases in one pass over a token list."""

    def __init__(self) -> None:
        self._root = _Node()
        self.max_len = 0

    def add(self, phrase: str, entry: Entry) -> None:
        keys = [t.key for t in tokenize(fold(phrase))]
        if not keys:
            return
        node = self._root
        for k in keys:
            node = node.children.setdefault(k, _Node())
        node.entries.append(entry)
        node.by_category[entry.category] = (*node.by_category.get(entry.category, ()), entry)
        self.max_len = max(self.max_len, len(keys))

    def _ends(self, tokens: list[Token], i: int) -> Iterator[tuple[int, _Node]]:
        """Each node with entries on the walk from token ``i``, with the token index it ends at."""
        node = self._root
        j = i
        while j < len(tokens):
            nxt = node.children.get(tokens[j].key)
            if nxt is None:
                return
            node = nxt
            j += 1
            if node.entries:
                yield j, node

    def match_at(self, tokens: list[Token], i: int, categories: Iterable[str] | None = None) -> Hit | None:
        """The longest entry starting at token ``i`` (of the given categories, if any); entries
        of several categories ending at the same token are returned together."""
        wanted = None if categories is None else set(categories)
        best: Hit | None = None
        for j, node in self._ends(tokens, i):
            entries = node.entries if wanted is None else [e for e in node.entries if e.category in wanted]
            if entries:
                best = Hit(i, j, tuple(entries))
        return best

    def longest_by_category(self, tokens: list[Token], i: int) -> dict[str, Hit]:
        """For each category, its longest entry starting at token ``i`` (one walk of the trie)."""
        out: dict[str, Hit] = {}
        for j, node in self._ends(tokens, i):
            for cat, entries in node.by_category.items():
                out[cat] = Hit(i, j, entries)
        return out

    def find_all(self, tokens: list[Token], categories: Iterable[str] | None = None) -> list[Hit]:
        """Non-overlapping longest matches, left to right."""
        cats = list(categories) if categories is not None else None
        out, i = [], 0
        while i < len(tokens):
            hit = self.match_at(tokens, i, cats)
            if hit:
                out.append(hit)
                i = hit.j
            else:
                i += 1
        return out


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The one matcher over every phrase table, built once per process."""
    m = Matcher()
    for row in load_table("titles.tsv"):
        m.add(row["title"], Entry("title", row["title"], (("kind", row.get("kind", "")),)))
    for row in load_table("ranks.tsv"):
        m.add(row["word"], Entry("rank", row["word"], (("kind", row.get("kind", "")),)))
    for row in load_table("organizations.tsv"):
        body = (("name", row["name"]), ("kind", row.get("kind", "")))
        m.add(row["name"], Entry("org", row["name"], body))
        if row.get("abbreviation"):
            m.add(row["abbreviation"], Entry("org", row["abbreviation"], body))
    for row in load_table("org_heads.tsv"):
        m.add(row["word"], Entry("org_head", row["word"], (("kind", row.get("kind", "")),)))
    for row in load_table("place_types.tsv"):
        m.add(row["word"], Entry("place_type", row["word"], (("level", row.get("level", "")),)))
    for row in load_table("places.tsv"):
        place = tuple((k, row.get(k, "")) for k in ("name", "level", "code", "era", "merged_into"))
        # wards are often named after people ("Phường Trần Phú"): a category of their own, so a
        # ward name is a place only where "phường"/"xã" announces it
        category = "ward" if row.get("level") == "ward" else "place"
        m.add(row["short"] or row["name"], Entry(category, row["short"] or row["name"], place))
    for row in load_table("countries.tsv"):
        m.add(row["name"], Entry("country", row["name"]))
    for row in load_table("meeting_triggers.tsv"):
        strength = (("kind", row.get("kind", "")), ("strength", row.get("strength", "")))
        m.add(row["trigger"], Entry("meeting", row["trigger"], strength))
    for row in load_table("document_kinds.tsv"):
        kind = row["kind"]
        for alias in [kind, *[a for a in row.get("aliases", "").split("|") if a.strip()]]:
            m.add(alias, Entry("doc_kind", kind))
    return m


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(fold(s) for s in column("surnames.tsv", "surname"))
