"""Gazetteers: the knowledge files under ``data/gazetteers/`` and one lexicon over all of them.

Each file is a TSV with ``#`` comment lines (what it holds, where it came from, how to extend
it), one header row, then rows. Extra rows can be added without touching the package: set
``VN_NEWSIE_GAZETTEERS`` to a folder holding files of the same names and header, whose rows are
appended. A folder that does not exist, or an added file whose header names a column the shipped
one lacks, is an error; an added row with more cells than its header, or no key, is skipped with
a warning on the ``vn_newsie`` logger.

A shipped table declares in ``#!`` lines what a row may hold, and every row (shipped or the
user's) is held to them at load: a row with a value the code would not understand (a mistyped
kind) raises ``GazetteerError`` naming the file, the line and the fault.

    #! required: phrase kind        these cells may not be empty
    #! kind: link level increase    the only values the column "kind" may take
    #! kind: <document_kinds.tsv kind>   the values of a column of another table

The lexicon is one token trie over the phrase tables, keyed by folded tokens (case, Unicode form and
tone style do not matter) except for entries a table marks as written in capitals ("NQ", "TƯ"),
which match only as written. It is built once per process from a precomputed file shipped with
the package (``lexicon.json``, rebuilt by ``scripts/build_lexicon.py``) when that file matches
the tables and no overlay folder is set, and walked once per token of each sentence: every
recognizer reading the sentence shares the walk.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from .errors import GazetteerError as GazetteerError  # re-exported: it was defined here
from .text import Token, Tokens, fold, normalize, tokenize

log = logging.getLogger("vn_newsie")


def gazetteer_dirs() -> list[Path]:
    """Where the tables are read from: the shipped folder, then the user's, if set."""
    dirs = [_shipped_dir()]
    extra = os.environ.get("VN_NEWSIE_GAZETTEERS")
    if extra:
        if not Path(extra).is_dir():
            raise GazetteerError(f"VN_NEWSIE_GAZETTEERS={extra!r} is not a folder")
        dirs.append(Path(extra))
    return dirs


def _shipped_dir() -> Path:
    packaged = resources.files("vn_newsie").joinpath("data").joinpath("gazetteers")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "data" / "gazetteers"  # a source checkout


# --- reading and checking tables ------------------------------------------------------------------


@dataclass
class _Rules:
    """What a table's ``#!`` lines allow: required columns, and the values of checked columns."""

    required: tuple[str, ...] = ()
    values: dict[str, frozenset[str]] | None = None
    references: dict[str, tuple[str, str]] | None = None  # column -> (table, column)


def _directive(rules: _Rules, path: Path, lineno: int, line: str) -> None:
    name, sep, rest = line[2:].partition(":")
    name, rest = name.strip(), rest.strip()
    if not sep or not name or not rest:
        raise GazetteerError(f"{path}:{lineno}: a '#!' line reads '#! column: value value ...'")
    if name == "required":
        rules.required = (*rules.required, *rest.split())
    elif rest.startswith("<") and rest.endswith(">") and len(rest[1:-1].split()) == 2:
        table, col = rest[1:-1].split()
        rules.references = {**(rules.references or {}), name: (table, col)}
    else:
        rules.values = {**(rules.values or {}), name: frozenset(rest.split())}


def _check_header(rules: _Rules, path: Path, lineno: int, header: list[str]) -> None:
    declared = [*rules.required, *(rules.values or {}), *(rules.references or {})]
    for col in declared:
        if col not in header:
            raise GazetteerError(f"{path}:{lineno}: '#!' names column {col!r}, the header has {header}")
    for col, (table, other) in (rules.references or {}).items():
        rules.values = {**(rules.values or {}), col: frozenset(column(table, other))}
    rules.references = None


def _check_row(rules: _Rules, path: Path, lineno: int, row: dict[str, str]) -> None:
    for col in rules.required:
        if not row[col]:
            raise GazetteerError(f"{path}:{lineno}: column {col!r} is empty; this table requires it")
    for col, allowed in (rules.values or {}).items():
        if row[col] and row[col] not in allowed:
            raise GazetteerError(
                f"{path}:{lineno}: {col} {row[col]!r} is not one this table declares "
                f"(#! {col}: {' '.join(sorted(allowed)) if len(allowed) < 40 else '...'})"
            )


def _read_rows(path: Path, rules: _Rules, shipped: list[str] | None = None) -> Iterator[dict[str, str]]:
    """The rows of one file. A shipped file (``shipped`` None) declares the rules in its ``#!``
    lines; a user's addition (``shipped``: the shipped header) is held to them, cannot widen them,
    and has a malformed row skipped with a warning rather than stopping every extraction."""
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if line.startswith("#!") and header is None and shipped is None:
                _directive(rules, path, lineno, line)
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                _check_added_header(path, header, shipped)
                if shipped is None:
                    _check_header(rules, path, lineno, header)
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
            row = dict.fromkeys(shipped or (), "") | dict(zip(header, cells, strict=True))
            _check_row(rules, path, lineno, row)
            yield row


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


def read_table(path: Path) -> tuple[dict[str, str], ...]:
    """The rows of one table file, held to its own ``#!`` lines."""
    return tuple(_read_rows(Path(path), _Rules()))


@cache
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """All rows of ``name``: the shipped file's, then the user's additions, every one held to the
    shipped file's ``#!`` lines."""
    rows: list[dict[str, str]] = []
    found = False
    shipped: list[str] | None = None
    rules = _Rules()
    for d in gazetteer_dirs():
        path = d / name
        if path.is_file():
            found = True
            rows.extend(_read_rows(path, rules, shipped))
            shipped = shipped or _header(path)
    if not found:
        raise GazetteerError(f"gazetteer {name!r} not found in {[str(d) for d in gazetteer_dirs()]}")
    return tuple(rows)


def column(name: str, col: str) -> list[str]:
    """One column of a table, empty cells dropped."""
    return [r[col] for r in load_table(name) if r.get(col)]


@dataclass(frozen=True, slots=True)
class KindSpelling:
    """One spelling of a document kind; ``exact`` ones ("NQ", "QĐ") match only as written."""

    kind: str
    spelling: str
    exact: bool


@lru_cache(maxsize=1)
def document_kinds() -> tuple[KindSpelling, ...]:
    """Every spelling of every document kind (``document_kinds.tsv``, read once), the kind first."""
    out = []
    for row in load_table("document_kinds.tsv"):
        kind = row["kind"]
        words = [kind, *row.get("aliases", "").split("|")]
        out += [KindSpelling(kind, w.strip(), False) for w in words if w.strip()]
        out += [KindSpelling(kind, c.strip(), True) for c in row.get("codes", "").split("|") if c.strip()]
    return tuple(out)


# --- the lexicon: one token trie over the phrase tables -----------------------------------------


class Entry(NamedTuple):
    """One entry of a table in the lexicon (a tuple: thousands are built at start-up)."""

    category: str  # "title", "org", "rank", "place", ...
    text: str  # the entry as listed
    data: tuple[tuple[str, str], ...] = ()
    exact: tuple[str, ...] = ()  # its tokens as written, when it matches only so ("NQ", "TƯ")

    def get(self, key: str) -> str:
        for k, v in self.data:
            if k == key:
                return v
        return ""


class Hit(NamedTuple):
    """Tokens ``[i, j)`` match ``entries`` (every category whose longest entry ends at j). A
    tuple: made by the thousand per article, it must be cheap to build."""

    i: int
    j: int
    entries: tuple[Entry, ...]

    def has(self, category: str) -> bool:
        return any(e.category == category for e in self.entries)

    def entry(self, category: str) -> Entry | None:
        return next((e for e in self.entries if e.category == category), None)


class _Node:
    __slots__ = ("children", "entries", "by_category", "exact")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.entries: tuple[Entry, ...] = ()
        self.by_category: dict[str, tuple[Entry, ...]] = {}  # the entries grouped, kept by add()
        self.exact = False  # some entry here matches only as written


# One step of a walk: the token index it ends at, its entries, and those grouped by category.
End = tuple[int, tuple[Entry, ...], dict[str, tuple[Entry, ...]]]


class Matcher:
    """Longest-match look-up of many phrases in one pass over a token list."""

    def __init__(self) -> None:
        self._root = _Node()
        self.max_len = 0

    def add(self, phrase: str, entry: Entry) -> None:
        self.add_keys(phrase_keys(phrase), entry)

    def add_keys(self, keys: tuple[str, ...], entry: Entry) -> None:
        """Add ``entry`` under folded tokens ``keys`` (see ``phrase_keys``)."""
        if not keys:
            return
        node = self._root
        for k in keys:
            nxt = node.children.get(k)
            if nxt is None:
                nxt = node.children[k] = _Node()
            node = nxt
        node.entries = (*node.entries, entry)
        node.by_category[entry.category] = (*node.by_category.get(entry.category, ()), entry)
        node.exact = node.exact or bool(entry.exact)
        self.max_len = max(self.max_len, len(keys))

    def entries(self) -> Iterator[Entry]:
        """Every entry of the trie, in no particular order."""
        stack = [self._root]
        while stack:
            node = stack.pop()
            stack.extend(node.children.values())
            yield from node.entries

    def _walk(self, tokens: list[Token], i: int) -> tuple[End, ...]:
        """Each stop with entries on the walk from token ``i``; kept on ``Tokens`` so that every
        look-up at the same token of the same sentence walks once."""
        if 0 <= i < len(tokens) and tokens[i].key not in self._root.children:
            return ()  # half the words start no entry: answered before any book-keeping
        walks = self._kept_walks(tokens)
        found = walks.get(i) if walks is not None else None
        if found is None:
            found = self._ends(tokens, i)
            if walks is not None:
                walks[i] = found
        return found

    def _kept_walks(self, tokens: list[Token]) -> dict[int, tuple[End, ...]] | None:
        """The walks of this lexicon kept on ``Tokens`` by token index (None for a plain list)."""
        if not isinstance(tokens, Tokens):
            return None
        walks: dict[int, tuple[End, ...]] | None = tokens.walks.get(self)
        if walks is None:
            walks = tokens.walks[self] = {}
        return walks

    def _ends(self, tokens: list[Token], i: int) -> tuple[End, ...]:
        """Each stop with entries on the walk from token ``i``, walked now."""
        out: list[End] = []
        node = self._root
        for j in range(i, len(tokens)):
            nxt = node.children.get(tokens[j].key)
            if nxt is None:
                break
            node = nxt
            if node.entries:
                if not node.exact:
                    out.append((j + 1, node.entries, node.by_category))
                else:
                    end = _as_written(tokens, i, j + 1, node)
                    if end[1]:
                        out.append(end)
        return tuple(out)

    def match_at(self, tokens: list[Token], i: int, categories: Iterable[str] | None = None) -> Hit | None:
        """The longest entry starting at token ``i`` (of the given categories, if any); entries
        of several categories ending at the same token are returned together."""
        if 0 <= i < len(tokens) and tokens[i].key not in self._root.children:
            return None
        ends = self._walk(tokens, i)
        if not ends:
            return None
        if categories is None:
            j, entries, _ = ends[-1]
            return Hit(i, j, entries)
        return _longest_of(ends, i, (categories,) if isinstance(categories, str) else tuple(categories))

    def walks_at_each(self, tokens: list[Token]) -> list[tuple[End, ...]]:
        """The walk from every token of ``tokens`` (``()`` where no entry starts), in one pass,
        kept on ``Tokens`` like ``match_at``'s. A reader asks each word for a few categories
        only: ``longest_in`` answers one from a walk, so nobody pays for a ``Hit`` of every
        category at every word."""
        starts = self._root.children
        walks = self._kept_walks(tokens)
        out: list[tuple[End, ...]] = []
        for i, tok in enumerate(tokens):
            if tok.key not in starts:
                out.append(())  # half the words start no entry
                continue
            found = walks.get(i) if walks is not None else None
            if found is None:
                found = self._ends(tokens, i)
                if walks is not None:
                    walks[i] = found
            out.append(found)
        return out

    def find_all(self, tokens: list[Token], categories: Iterable[str] | None = None) -> list[Hit]:
        """Non-overlapping longest matches, left to right."""
        wanted = tuple(categories) if categories is not None else None
        first = self._root.children
        out, i, n = [], 0, len(tokens)
        while i < n:
            if tokens[i].key not in first:  # no entry starts here: skip the call
                i += 1
                continue
            ends = self._walk(tokens, i)
            hit: Hit | None = None
            if ends:
                hit = Hit(i, ends[-1][0], ends[-1][1]) if wanted is None else _longest_of(ends, i, wanted)
            if hit:
                out.append(hit)
                i = hit.j
            else:
                i += 1
        return out


def longest_in(ends: tuple[End, ...], i: int, category: str) -> Hit | None:
    """The longest entry of ``category`` on a walk from token ``i`` (``walks_at_each``)."""
    for j, _, groups in reversed(ends):
        found = groups.get(category)
        if found is not None:
            return tuple.__new__(Hit, (i, j, found))  # Hit's __new__ is a Python function: a hot path
    return None


def _longest_of(ends: tuple[End, ...], i: int, wanted: tuple[str, ...]) -> Hit | None:
    """The longest stop of a walk from token ``i`` with an entry of the ``wanted`` categories."""
    if len(wanted) == 1:  # the usual question: one category
        return longest_in(ends, i, wanted[0])
    for j, entries, groups in reversed(ends):
        if any(c in groups for c in wanted):
            return Hit(i, j, tuple(e for e in entries if e.category in wanted))
    return None


def _as_written(tokens: list[Token], i: int, j: int, node: _Node) -> End:
    """The entries of ``node`` that hold for tokens ``[i, j)``: those marked exact only when the
    tokens are written as they are."""
    written = tuple(t.text for t in tokens[i:j])
    entries = tuple(e for e in node.entries if not e.exact or e.exact == written)
    groups: dict[str, tuple[Entry, ...]] = {}
    for e in entries:
        groups[e.category] = (*groups.get(e.category, ()), e)
    return j, entries, groups


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """The folded tokens a phrase is looked up by."""
    return tuple(t.key for t in tokenize(fold(phrase)))


def first_keys(lexicon: Matcher, keep: Callable[[Entry], bool]) -> frozenset[str]:
    """The folded first words of the lexicon's entries that ``keep`` accepts: a sentence holding
    none of them holds none of those entries (a set test per word instead of a walk)."""
    return frozenset(k for e in lexicon.entries() if keep(e) for k in phrase_keys(e.text)[:1])


def _written(phrase: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenize(normalize(phrase).text))


def _cells(row: dict[str, str], *cols: str) -> tuple[tuple[str, str], ...]:
    return tuple((c, row.get(c, "")) for c in cols)


# (table, category, phrase columns, data columns): which rows go into the lexicon, and how; places
# (after place_types) and document kinds (last) have rules of their own, in lexicon_entries.
# A table joins when a recognizer reads it through the lexicon: every table lengthens the walks
# (metric_cues, qualifiers, units, magnitudes, number_words and document_phrasing, which no
# recognizer reads here yet, made people's reading 4 ms per article slower when each walk also
# built a Hit per category; see performance.md).
_Table = tuple[str, str, tuple[str, ...], tuple[str, ...]]
_BEFORE_PLACES: tuple[_Table, ...] = (
    ("titles.tsv", "title", ("title",), ("kind",)),
    ("ranks.tsv", "rank", ("word",), ("kind",)),
    ("organizations.tsv", "org", ("name", "abbreviation"), ("name", "kind")),
    ("org_heads.tsv", "org_head", ("word",), ("kind",)),
    ("place_types.tsv", "place_type", ("word",), ("level",)),
)
_AFTER_PLACES: tuple[_Table, ...] = (
    ("countries.tsv", "country", ("name",), ()),
    ("meeting_triggers.tsv", "meeting", ("trigger",), ("kind", "strength")),
    ("role_boundaries.tsv", "role_boundary", ("phrase",), ("kind",)),
)


def _table_entries(tables: tuple[_Table, ...]) -> Iterator[tuple[tuple[str, ...], Entry]]:
    for table, category, phrase_cols, data_cols in tables:
        for row in load_table(table):
            data = _cells(row, *data_cols)
            exact = row.get("case") == "exact"
            for col in phrase_cols:
                if row.get(col):
                    # only the short form of an exact row ("TƯ") is case-sensitive, not its name
                    written = _written(row[col]) if exact and col != phrase_cols[0] else ()
                    yield phrase_keys(row[col]), Entry(category, row[col], data, written)


def lexicon_entries() -> Iterator[tuple[tuple[str, ...], Entry]]:
    """Every entry of the lexicon with the folded tokens it is found by."""
    yield from _table_entries(_BEFORE_PLACES)
    for row in load_table("places.tsv"):
        # wards are often named after people ("Phường Trần Phú"): a category of their own, so a
        # ward name is a place only where "phường"/"xã" announces it
        category = "ward" if row.get("level") == "ward" else "place"
        name = row["short"] or row["name"]
        yield (
            phrase_keys(name),
            Entry(category, name, _cells(row, "name", "level", "code", "era", "merged_into")),
        )
    yield from _table_entries(_AFTER_PLACES)
    for s in document_kinds():
        yield phrase_keys(s.spelling), Entry("doc_kind", s.kind, (), _written(s.spelling) if s.exact else ())


# --- the precomputed lexicon ---------------------------------------------------------------------

LEXICON_FILE = Path(__file__).with_name("lexicon.json")
_LEXICON_TABLES = tuple(
    sorted({t[0] for t in (*_BEFORE_PLACES, *_AFTER_PLACES)} | {"places.tsv", "document_kinds.tsv"})
)


# Raise when the way entries are keyed changes (fold, tokenize, lexicon_entries): a shipped file
# of another version is not used (and tests/test_gazetteer.py compares it with a fresh build).
LEXICON_VERSION = 1


def lexicon_fingerprint() -> str:
    """A digest of what the lexicon is built from: the shipped tables and the build's version."""
    h = hashlib.sha256(f"lexicon {LEXICON_VERSION}".encode())
    for name in _LEXICON_TABLES:
        h.update((_shipped_dir() / name).read_bytes())
    return h.hexdigest()


def lexicon_json() -> str:
    """The lexicon as shipped in ``lexicon.json``: one line per entry, [keys, category, text, data
    values, exact tokens] (tokens space-separated), each category's data columns given once."""
    columns: dict[str, list[str]] = {}
    lines = []
    for keys, e in lexicon_entries():
        cols = columns.setdefault(e.category, [k for k, _ in e.data])
        if cols != [k for k, _ in e.data]:
            raise GazetteerError(f"lexicon category {e.category!r} has entries with different data columns")
        row = [" ".join(keys), e.category, e.text, [v for _, v in e.data], " ".join(e.exact)]
        lines.append(json.dumps(row, ensure_ascii=False))
    head = json.dumps({"fingerprint": lexicon_fingerprint(), "columns": columns}, ensure_ascii=False)
    return head[:-1] + ',\n"entries": [\n' + ",\n".join(lines) + "\n]}\n"


def _precomputed() -> list[tuple[tuple[str, ...], Entry]] | None:
    """The shipped entries, when they were built from these very tables and no overlay is set."""
    if os.environ.get("VN_NEWSIE_GAZETTEERS") or not LEXICON_FILE.is_file():
        return None
    try:
        data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
        if data.get("fingerprint") != lexicon_fingerprint():
            return None
        columns = {c: tuple(cols) for c, cols in data["columns"].items()}
        out = []
        for keys, cat, text, values, exact in data["entries"]:
            entry = Entry(cat, text, tuple(zip(columns[cat], values, strict=True)), tuple(exact.split()))
            out.append((tuple(keys.split()), entry))
        return out
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable: build from the tables


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The one lexicon over every phrase table, built once per process."""
    m = Matcher()
    entries = _precomputed()
    for keys, entry in entries if entries is not None else lexicon_entries():
        m.add_keys(keys, entry)
    return m


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(fold(s) for s in column("surnames.tsv", "surname"))
