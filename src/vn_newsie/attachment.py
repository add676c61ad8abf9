"""Linking a sentence's names and roles by the rows of attachment_rules.tsv.

The people reader writes each item of a sentence (a name, a role, a cue, a mark, a boundary
word) as one symbol, so a sentence becomes a short string: "ông A, Bí thư Tỉnh ủy, Chủ tịch HĐND
tỉnh" is "H,O,O". Each row of the table is a pattern over that string and one action from the
fixed set below. Rows apply in table order, each left to right; a link changes the symbols of what
it joins (a role given to a name is "r", not "R"; a name "n", not "N"), so later matches and rows see it. A shape of
the language is thus a row of data, and its order among the others is explicit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from .errors import GazetteerError
from .gazetteer import load_table

TABLE = "attachment_rules.tsv"
_TAKEN = str.maketrans("NHRO", "nhro")  # a name given a role, a role given to a name
_GROUPS = {"link": {"name", "role"}, "share": {"holder", "name"}}


@dataclass(frozen=True)
class Rule:
    rule: str
    pattern: regex.Pattern[str]
    action: str


@lru_cache(maxsize=1)
def attachment_rules() -> tuple[Rule, ...]:
    """The table's rows, compiled; a pattern that does not compile, or lacks the groups its action
    reads, is an error naming the row."""
    rules = []
    for row in load_table(TABLE):
        where = f"{TABLE}: rule {row['rule']!r}"
        try:
            pattern = regex.compile(row["pattern"])
        except regex.error as err:
            raise GazetteerError(f"{where}: the pattern does not compile ({err})") from None
        missing = _GROUPS[row["action"]] - set(pattern.groupindex)
        if missing:
            raise GazetteerError(f"{where}: action {row['action']!r} needs the groups {sorted(missing)}")
        rules.append(Rule(row["rule"], pattern, row["action"]))
    return tuple(rules)


@dataclass
class _Sentence:
    """The symbols of one sentence's items and the (name, role) links made so far."""

    symbols: list[str]
    items: Sequence[tuple[str, int]]  # ("name", name index), ("role", role index), (other kind, _)
    links: list[tuple[int, int]]  # (name index, role index)
    linked: set[tuple[int, int]]  # the same pairs, for a look-up that does not grow with them

    def link(self, name_pos: int, role_pos: int) -> bool:
        """Link the name and the role at these item positions; did anything change?"""
        pair = (self.items[name_pos][1], self.items[role_pos][1])
        before = (self.symbols[name_pos], self.symbols[role_pos])
        self.symbols[name_pos] = before[0].translate(_TAKEN)
        self.symbols[role_pos] = before[1].translate(_TAKEN)
        if pair in self.linked:
            return before != (self.symbols[name_pos], self.symbols[role_pos])
        self.links.append(pair)
        self.linked.add(pair)
        return True


def _link(s: _Sentence, m: regex.Match[str]) -> bool:
    """Every name captured takes every role captured, the role nearest the name first."""
    changed = False
    for n in m.starts("name"):
        for r in sorted(m.starts("role"), key=lambda r: abs(r - n)):
            changed = s.link(n, r) or changed
    return changed


def _share(s: _Sentence, m: regex.Match[str]) -> bool:
    """Every name captured takes every role the holder already has."""
    holder = s.items[m.start("holder")][1]
    role_pos = {idx: pos for pos, (kind, idx) in enumerate(s.items) if kind == "role"}
    changed = False
    for r in [r for n, r in s.links if n == holder and r in role_pos]:
        for n in m.starts("name"):
            changed = s.link(n, role_pos[r]) or changed
    return changed


_ACTIONS: dict[str, Callable[[_Sentence, regex.Match[str]], bool]] = {"link": _link, "share": _share}


# A real sentence has a few dozen items; a longer run (a table or a list pasted as one line) is
# read in windows of this many items, so that the cost stays linear in its length: every match
# may look at a whole window, and every link rewrites the window's symbol string.
_WINDOW = 300


def attach(symbols: list[str], items: Sequence[tuple[str, int]], links: list[tuple[int, int]]) -> None:
    """Apply every row to one sentence, adding to ``links``. After a match that links something,
    the same row looks again from the same place (the symbols have changed); otherwise from the
    next item."""
    linked = set(links)
    for a in range(0, len(symbols), _WINDOW):
        part = symbols[a : a + _WINDOW]
        _attach_window(_Sentence(part, items[a : a + _WINDOW], links, linked))
        symbols[a : a + _WINDOW] = part


def _attach_window(s: _Sentence) -> None:
    text = "".join(s.symbols)
    for rule in attachment_rules():
        pos = 0
        while (m := rule.pattern.search(text, pos)) is not None:
            if _ACTIONS[rule.action](s, m):
                text, pos = "".join(s.symbols), m.start()
            else:
                pos = m.start() + 1
