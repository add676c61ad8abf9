"""One candidate figure as the stages see it. Each stage returns a frozen value of its own
(``Cues``, ``After``, ``Named``) and the draft that carries it. They are named tuples: a frozen
dataclass costs a call per field to build (``object.__setattr__``), which made metrics 4% slower."""

from __future__ import annotations

from typing import NamedTuple

from ..numbers import NumberMatch
from ..records import Change, Qualifier

Span = tuple[int, int]  # token run [a, b), or text offsets where said


class Cues(NamedTuple):
    """What the words before a figure say (cues.py)."""

    clause: int = 0  # the clause of the figure
    qualifier: Qualifier | None = None
    change: Change | None = None
    existential: bool = False
    subject: tuple[Span, ...] = ()  # token runs of the name
    kept: tuple[Span, ...] = ()  # change and average words kept
    agent: Span | None = None  # "do <agent>" for causatives
    result: Span | None = None  # "làm thiệt mạng 31 người": what the cause did to them
    host: tuple[Span, ...] = ()  # "Huyện X có 19 xã": what has the count
    relation: str = ""  # the words of a long existential cue: "với sự tham dự của" -> "tham dự"
    verb: Span | None = None  # the verb right before a count: "cứu 7 người" -> "người cứu"
    lead: Span | None = None  # a generic noun inside the cue: "chiếm tỷ lệ 93%" -> "tỷ lệ"
    compared: bool = False  # right after "so với": the baseline of the figure before
    share: bool = False  # after "chiếm": a share of a whole, told of the thing before it
    obtained: bool = False  # "thu được 5 tỷ đồng": an amount got by a verb, named "số tiền thu được"


class After(NamedTuple):
    """What the words after a figure say (after.py)."""

    purpose: Span | None = None  # "bố trí 185 tỷ đồng để <purpose>"
    baseline: Span | None = None  # text offsets
    period: Span | None = None  # text offsets
    trailing: Span | None = None  # tokens read after the figure


class Named(NamedTuple):
    """A figure's name and what the figures after it take from it (names.py)."""

    name: str = ""
    base: str = ""  # the name without the counted noun, for the clauses after it
    period_text: str = ""
    item: bool = False  # labelled by a name in a list: "Nam Định 4 tỷ" after "Thái Bình có 4 tỷ"
    measured: str = ""  # what such a list measures, without its labels


NO_CUES, NO_AFTER, NO_NAME = Cues(), After(), Named()


class Draft(NamedTuple):
    """A number and its unit (units.py), then the values of the stages after."""

    num: NumberMatch
    ti: int  # first token of the number
    tj: int  # one past its last token
    unit: str
    unit_kind: str  # a units.tsv kind, "count" for listed or unlisted counts
    unit_end: int  # text offset after the unit (and rate)
    ue: int  # first token after the unit
    zone: str = "body"
    sentence: int = 0  # the offset of its sentence
    listed: bool = True
    noun_first: bool = False  # "Số phiếu tán thành 845": the counted noun is in the subject
    cues: Cues = NO_CUES
    after: After = NO_AFTER
    named: Named = NO_NAME

    def having(
        self, cues: Cues | None = None, after: After | None = None, named: Named | None = None
    ) -> Draft:
        """This draft with a later stage's value."""
        return Draft(
            *self[:11],
            self.cues if cues is None else cues,
            self.after if after is None else after,
            self.named if named is None else named,
        )


SMALL = 10  # below this, a count needs a listed unit and something said of it


def is_small(n: NumberMatch) -> bool:
    """A plain number below ten: as a count it needs a listed unit and something said of it."""
    return n.value_max is None and n.value < SMALL and not n.has_magnitude
