"""Statistics: a number with a unit, a percentage or a count, and what it measures.

Each number of the title, body and captions (numbers.py) is read in its sentence:

- not a statistic: a date or a document number (claimed by the document recognizer), a number
  inside a period ("6 tháng đầu năm", "giai đoạn 2021 - 2025"), a label or ordinal ("số 5",
  "Kỳ họp thứ 11"), a number naming something ("Nghị định 100", "Quân khu 5", "Chương trình
  135", unless a listed unit follows: "vốn Trung ương 1.200 tỷ đồng"), a duration or time ("1
  năm thực hiện", "20 giờ"), an age, a year, a code or slogan glued to letters ("5K", "9+"), a
  distance "cách đây 3 km", a bare number with no unit, a small count of something not in the
  unit lists ("3 trụ cột") or with nothing said of it ("giữa 2 đơn vị"), a word numeral below
  ten ("ba đầu cầu");
- the unit: a listed unit after the number (units.tsv and the ``count``/``classifier`` rows of
  metric_cues.tsv; a classifier takes its noun: "con gia súc"), rates written with "/"
  ("đồng/người/năm", "%/năm"), or an unlisted lower-case noun of one or two syllables when the
  count is ten or more ("320 nhà", "150 ủy viên"); a number whose unit is left out in a list
  ("năm 2018 được 300, 2019 là 396, ... 700 học sinh") takes the unit of its neighbour;
- qualifier, change and level from the words just before the number (qualifiers.tsv; link and
  change words in metric_cues.tsv): "đạt trên", "ước tính là", "tăng gần", "chỉ còn khoảng";
  the baseline from "so với ..." or a plan word after a percentage ("107,9% dự toán");
  the period from a time phrase of the sentence ("Năm 2021", "6 tháng đầu năm");
- the name: the subject of the clause before the number, link words dropped and change words
  kept ("Doanh thu bán lẻ hàng hoá đạt gần 9.000 tỷ đồng" -> "Doanh thu bán lẻ
  hàng hoá"), a long parenthetical left out and a short one kept ("Tổng sản phẩm (GRDP) tăng");
  for a count, the counted noun and what is said of it ("3 người chết", "với trên 1.600 đại
  biểu tham dự", "cả nước có 12 triệu ha đất nông nghiệp"); a clause with no subject of its own
  takes the one before it ("..., tăng 16,8% so với cùng kỳ 2020", "(chiếm 59,4%)"), a short one
  is completed by it ("Kinh tế tiếp tục tăng trưởng, tốc độ đạt 5,67%"; "Giá trị sản xuất
  nông, lâm, thủy sản đạt"), a list of "label: figure" items keeps the head of the first ("mức
  thu ... hệ đại học: ..., hệ CĐ: ..."); a period with a year is added when not in it already.

Counts: a small count (below ten) with a listed unit is kept when a verb or link word governs it
("cứu 7 người", "ký kết 6 văn kiện", "có 6 điểm"), when something is said of it, or when it is
coordinated with another figure ("5 tập thể và 12 cá nhân được tặng": the first takes what is said
of the last); a count after a plain verb is named by the counted noun and the verb ("văn kiện ký
kết"); a count after a short existential with nothing said of it takes what has it ("Huyện X có
19 xã, thị trấn" -> "Huyện X xã, thị trấn"); "x/y <noun>" is the count x of that noun ("216/216
trạm y tế": 216, unit "trạm y tế"); "gấp 2,1 lần" is a ratio (unit "lần") named like a percentage;
an amount after a verb with a purpose is named by both ("bố trí 185 tỷ đồng để xử lý sạt lở");
a period phrase before a ";" is not the period of a figure after it.

Words after the figure often say what is measured: after a count they go on through names,
places and "do X" ("146 ủy viên T.Ư khóa IX", "4 tuyến đường trong Khu đô thị mới", "173 người do
Đại hội đề cử"); a noun phrase after an amount names it ("bố trí 12 nghìn tỷ đồng vốn đối ứng
ODA"); a figure after "so với" is the same thing as the figure before it; an amount after "với"
right behind a count is that count's total. A bare figure whose counted noun heads its subject
is a count of it ("Tổng số người ứng cử là 6.900"). Not statistics: the start of a change told
with its end ("từ 40% lên 60%" reports 60), and a bound after a condition word ("khi có ít nhất
30% thành viên", "nếu vượt 10%"). Naming is two stages: the sentence reads a frozen
``_NameParts`` for each figure, and the pure ``_compose`` makes the name from it.

A range ("7 - 7,2%/năm", "50.000 - 140.000 đồng/m2") gives one record with ``value`` and
``value_max`` named "... (mức thấp)", and one for its high end named "... (mức cao)", the way
the gold annotations count the two ends. A fact repeated is reported once: a figure of the
title or a caption that the body gives too, the same figure under much the same name, or the
same amount or count for the same period.

Linear in the article: every look-around is a bounded window of tokens around a number.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .context import Context, Ranges
from .gazetteer import document_kinds, load_table
from .numbers import NumberMatch, parse_digits
from .records import Change, Metric, Qualifier
from .text import Token, fold

_CLAUSE_PUNCT = frozenset(",;:()[]!?…")
_OPEN = frozenset("([")
_CLOSE = frozenset(")]")
_QUOTES = frozenset('"“”')
_OPENERS = frozenset("\"'(-:;[")
_MAX_NAME_WORDS = 14
_MAX_TRAILING = 8
_MAX_COUNT_TRAILING = 8  # words read after a count for what is said of it
_MAX_BEFORE_WITH = 10  # words before "với <tổng ...>" read for what it measures
_LONG_SUBJECT = 10  # words: a longer subject keeps its last conjunct
_MAX_VERB_PHRASE = 12  # words of a clause before a count after a verb kept in its name
_WINDOW = 60  # tokens before a figure read for its subject
_MAX_INHERIT = 3  # clauses looked back for a subject
_MAX_CUES_BEFORE = 6
_SMALL = 10  # below this, a count needs a listed unit and something said of it
_MAX_SAME = 8  # earlier records of the same value and unit compared with a new one
_SAME_NAME = 0.75  # names this close (word overlap) tell the same fact twice
_PERCENT = frozenset({"%", "phần trăm"})
_DONG = frozenset({"đ", "vnđ", "vnd", "đồng"})
_THINGS = frozenset({"count", "mass", "area", "length", "volume", "energy"})  # "có 12 triệu ha đất"
_MEASURE_KINDS = frozenset({"percent", "currency", "mass", "area", "length", "volume", "energy"})
_RELATIVE = frozenset({"percent", "ratio"})  # named by the clause before and read with a baseline
_LIST_JOIN = frozenset({",", "và"})

_PERIOD = regex.compile(
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
_FRACTION = regex.compile(r"/([1-9]\d{0,2}(?:\.\d{3})+|\d{1,6})(?=[ \t]+\p{L})")  # "45/47", "42.318/50.907"
_PERIOD_LEAD = regex.compile(r"^(?:trong|của|cả)\s+", regex.IGNORECASE)
_JOIN = regex.compile(r"[ \t]*,[ \t]*")
_PER_YEAR = regex.compile(r"[ \t]+năm(?=[ \t]*[),.;])", regex.IGNORECASE)  # "7,7% năm)", not "7% năm 2005"
_RATE = regex.compile(r"[ \t]*/[ \t]*(\p{L}[\p{L}\p{M}\d²³]{0,14})")


# --- the lexicon: units, cues, qualifiers ------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    cues: dict[tuple[str, ...], frozenset[str]]  # folded words -> kinds (metric_cues.tsv)
    qualifiers: dict[tuple[str, ...], Qualifier]
    max_len: int
    after: regex.Pattern[str]  # units and not-units written after a number
    after_kind: dict[str, str]  # folded phrase -> unit kind, "not_unit" or "classifier"

    def kind_of(self, key: str, kind: str) -> bool:
        """The one word ``key`` is a cue of ``kind`` ("giữa" is "not_predicate")."""
        return kind in self.cues.get((key,), frozenset())

    def phrase_of(self, kind: str) -> str:
        """The first phrase of ``kind`` in the table ("share_name" is "tỷ lệ"), or ""."""
        return next((" ".join(k) for k, kinds in self.cues.items() if kind in kinds), "")

    def back(
        self, keys: list[str], j: int, lo: int, kinds: frozenset[str]
    ) -> tuple[int, frozenset[str]] | None:
        """The longest cue of ``kinds`` ending at token ``j`` (not before ``lo``): (length, its kinds)."""
        for n in range(min(self.max_len, j - lo), 0, -1):
            found = self.cues.get(tuple(keys[j - n : j]))
            if found and found & kinds:
                return n, found
        return None

    def longest_back(self, keys: list[str], j: int, lo: int) -> int:
        """Length of the longest cue of any kind ending at token ``j`` (0 if none)."""
        for n in range(min(self.max_len, j - lo), 0, -1):
            if tuple(keys[j - n : j]) in self.cues:
                return n
        return 0

    def forward(self, keys: list[str], i: int, hi: int, kinds: frozenset[str]) -> int:
        """Length of the longest cue of ``kinds`` starting at token ``i`` (0 if none)."""
        for n in range(min(self.max_len, hi - i), 0, -1):
            found = self.cues.get(tuple(keys[i : i + n]))
            if found and found & kinds:
                return n
        return 0

    def leading(self, keys: list[str], i: int, hi: int, kinds: frozenset[str]) -> int:
        """Length of the longest cue starting at token ``i`` if it is of ``kinds``, else 0: a longer
        phrase of another kind wins ("tổ giúp việc" is no boundary "giúp")."""
        n, found = self.longest(keys, i, hi)
        return n if found & kinds else 0

    def longest(self, keys: list[str], i: int, hi: int) -> tuple[int, frozenset[str]]:
        """The longest cue of any kind starting at token ``i``: (length, its kinds), (0, {}) if none."""
        for n in range(min(self.max_len, hi - i), 0, -1):
            found = self.cues.get(tuple(keys[i : i + n]))
            if found:
                return n, found
        return 0, frozenset()

    def qualifier_back(self, keys: list[str], j: int, lo: int) -> tuple[int, Qualifier] | None:
        for n in range(min(self.max_len, j - lo), 0, -1):
            q = self.qualifiers.get(tuple(keys[j - n : j]))
            if q:
                return n, q
        return None


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(phrase).split())


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    cues: dict[tuple[str, ...], set[str]] = {}
    for row in load_table("metric_cues.tsv"):
        cues.setdefault(_words(row["phrase"]), set()).add(row["kind"])
    for spelling in document_kinds():
        cues.setdefault(_words(spelling.spelling), set()).add("document")
    qualifiers: dict[tuple[str, ...], Qualifier] = {}
    for row in load_table("qualifiers.tsv"):
        q = row["qualifier"]
        if q in ("over", "under", "about", "nearly"):
            qualifiers[_words(row["phrase"])] = q  # type: ignore[assignment]
    after_kind: dict[str, str] = {}
    for row in load_table("units.tsv"):
        after_kind[fold(row["unit"])] = row["kind"]
    for words, kinds in cues.items():
        phrase = " ".join(words)
        if "not_unit" in kinds:
            after_kind[phrase] = "not_unit"
        elif "classifier" in kinds:
            after_kind[phrase] = "classifier"  # "con", "lượt": listed as count units too
        elif "count" in kinds:
            after_kind.setdefault(phrase, "count")
    alternation = "|".join(
        regex.escape(p).replace(r"\ ", r"[ \t]+") for p in sorted(after_kind, key=len, reverse=True)
    )
    # a unit ends at a word boundary; "%" is a sign, so a word glued after it by scraping is not part
    # of it ("7,5%so với")
    after = regex.compile(
        rf"[ \t]{{0,2}}(?P<u>{alternation})(?:(?<=%)|(?![\p{{L}}\p{{M}}\d]))", regex.IGNORECASE
    )
    max_len = max(len(w) for w in [*cues, *qualifiers])
    return _Lexicon({k: frozenset(v) for k, v in cues.items()}, qualifiers, max_len, after, after_kind)


_BEFORE_KINDS = frozenset({"link", "level", "increase", "decrease", "average", "existential", "distance"})
_KEPT = frozenset({"increase", "decrease", "average"})
_ENDS = frozenset({"end", "compare"})
_DROPPED = frozenset({"pronoun", "particle"})
_DOCUMENT = frozenset({"document"})
_CONDITION = frozenset({"condition"})
_MANNER = frozenset({"manner"})  # "với nội dung ...": how, not with whom
# cue kinds of function words: a subject made of them only names nothing ("vượt so", "Trong")
_FUNCTION = frozenset(
    {
        "link",
        "level",
        "increase",
        "decrease",
        "compare",
        "existential",
        "filler",
        "particle",
        "pronoun",
        "stop",
    }
    | {"end", "boundary", "adverbial", "not_predicate", "preposition", "aspect", "locative", "condition"}
    | {"start", "bound", "purpose", "carries", "exchange", "share", "share_name", "example"}
)
_BOUND = frozenset({"bound"})
_NOUN_CUES = frozenset({"count", "compound"})  # cues that are nouns: a figure after them may count them
# cue kinds that a host noun phrase ("Bộ Chính trị khóa IX có 15 người") cannot hold
_NOT_HOST = frozenset(
    {"link", "level", "increase", "decrease", "average", "existential", "causative", "stop"}
)


# --- one candidate --------------------------------------------------------------------------


@dataclass
class _Draft:
    num: NumberMatch
    ti: int  # first token of the number
    tj: int  # one past its last token
    unit: str
    unit_kind: str  # a units.tsv kind, "count" for listed or unlisted counts
    unit_end: int  # text offset after the unit (and rate)
    ue: int  # first token after the unit
    listed: bool = True
    qualifier: Qualifier | None = None
    change: Change | None = None
    existential: bool = False
    subject: list[tuple[int, int]] = field(default_factory=list)  # token runs of the name
    kept: list[tuple[int, int]] = field(default_factory=list)  # change and average words kept
    agent: tuple[int, int] | None = None  # "do <agent>" for causatives
    result: tuple[int, int] | None = None  # "làm thiệt mạng 31 người": what the cause did to them
    host: list[tuple[int, int]] = field(default_factory=list)  # "Huyện X có 19 xã": what has the count
    relation: str = ""  # the words of a long existential cue: "với sự tham dự của" -> "tham dự"
    purpose: tuple[int, int] | None = None  # "bố trí 185 tỷ đồng để <purpose>"
    verb: tuple[int, int] | None = None  # the verb right before a count: "cứu 7 người" -> "người cứu"
    baseline: tuple[int, int] | None = None  # text offsets
    period: tuple[int, int] | None = None
    trailing: tuple[int, int] | None = None  # tokens read after the figure
    name: str = ""
    period_text: str = ""
    base: str = ""  # the name without the counted noun, for the clauses after it
    zone: str = "body"
    clause: int = 0
    lead: tuple[int, int] | None = None  # a generic noun inside the cue: "chiếm tỷ lệ 93%" -> "tỷ lệ"
    compared: bool = False  # right after "so với": the baseline of the figure before
    share: bool = False  # after "chiếm": a share of a whole, told of the thing before it
    noun_first: bool = False  # "Số phiếu tán thành 845": the counted noun is in the subject
    sentence: int = 0  # the offset of its sentence
    item: bool = False  # labelled by a name in a list: "Nam Định 4 tỷ" after "Thái Bình có 4 tỷ"
    measured: str = ""  # what such a list measures, without its labels
    obtained: bool = False  # "thu được 5 tỷ đồng": an amount got by a verb, named "số tiền thu được"


class _Sentence:
    def __init__(self, ctx: Context, s: int, e: int, zone: str, numbers: list[NumberMatch]) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.s, self.e, self.zone = s, e, zone
        self.numbers = numbers
        self.tokens: list[Token] = ctx.tokens(s, e)
        self.keys = [t.key for t in self.tokens]
        self.starts = [t.start for t in self.tokens]
        self.lex = _lexicon()
        # clauses: punctuation closes one; a parenthesis opens one inside the clause around it,
        # which goes on after the ")" ("Tổng sản phẩm (GRDP) tăng 6,8%", "... (chiếm 59,4%)")
        self.clause_of: list[int] = []
        self.depth: list[int] = []
        self.clause_start: list[int] = []
        self.clause_end: list[int] = []
        self.clause_depth: list[int] = []
        outer: list[int] = []
        c = self.new_clause(0, 0)
        for i, t in enumerate(self.tokens):
            self.clause_of.append(c)
            self.depth.append(len(outer))
            self.clause_end[c] = i + 1
            if t.text in _OPEN:
                outer.append(c)
                c = self.new_clause(i + 1, len(outer))
            elif t.text in _CLOSE and outer:
                c = outer.pop()
            elif (t.text in _CLAUSE_PUNCT and not self.enumerating(i)) or self.opening_quote(i):
                c = self.new_clause(i + 1, len(outer))
        self.periods = [m.span() for m in _PERIOD.finditer(self.text, s, e)]  # sorted, disjoint
        self.period_starts = [a for a, _ in self.periods]
        self.period_ends = [b for _, b in self.periods]
        self.semis = [t.start for t in self.tokens if t.text == ";"]
        self.conditions = self.find_conditions()
        self.number_at = {self.tok_at(n.start) for n in numbers}

    # -- helpers --

    def find_conditions(self) -> list[int]:
        """Tokens opening a condition ("nếu", "khi"), in order; not inside a longer cue ("trước khi",
        "trong khi" are a time and a contrast)."""
        out: list[int] = []
        k, hi = 0, len(self.keys)
        while k < hi:
            n, kinds = self.lex.longest(self.keys, k, hi)
            if kinds & _CONDITION:
                out.append(k)
            k += max(n, 1)
        return out

    def enumerating(self, i: int) -> bool:
        """The comma at token ``i`` joins lower-case nouns of one phrase, "hồ sơ, thủ tục và xác minh":
        a short item then "và" follows it, so it closes no clause."""
        t = self.tokens
        if t[i].text != "," or i == 0 or not self.plain(i - 1):
            return False
        k = i + 1
        while k < len(t) and k - i <= 3 and self.plain(k):
            if t[k].key == "và":
                return k > i + 1 and self.plain(k + 1)
            k += 1
        return False

    def plain(self, k: int) -> bool:
        t = self.tokens
        return k < len(t) and t[k].is_word and not t[k].is_cap and not t[k].is_upper

    def opening_quote(self, i: int) -> bool:
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

    def new_clause(self, start: int, depth: int) -> int:
        self.clause_start.append(start)
        self.clause_end.append(start)
        self.clause_depth.append(depth)
        return len(self.clause_start) - 1

    def tok_at(self, pos: int) -> int:
        return bisect_left(self.starts, pos)

    def surface(self, i: int, j: int) -> str:
        if j <= i:
            return ""
        return self.ctx.doc.surface(self.tokens[i].start, self.tokens[j - 1].end)

    def in_period(self, a: int, b: int) -> bool:
        i = bisect_right(self.period_starts, a) - 1
        return i >= 0 and b <= self.period_ends[i]

    # -- reading --

    def read(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        bare: list[tuple[NumberMatch, int, int]] = []
        last_end = 0  # the first token after the last figure: a subject starts after it
        for n in self.numbers:
            if self.in_period(n.start, n.end):
                continue
            ti, tj = self.tok_at(n.start), self.tok_at(n.end)
            if ti >= len(self.tokens) or self.is_label(ti, n):
                continue
            d = self.unit(n, ti, tj)
            if (d is None or not d.listed) and not n.has_magnitude and self.is_name(ti):
                continue  # "Nghị định 100", "Quân khu 5", "Chương trình 135"; a list item "Nam Định 4 tỷ" counts
            if d is None:
                d = self.noun_first(n, ti, tj)
            if d is None:
                if self.may_be_elided(n, ti, tj):
                    bare.append((n, ti, tj))
                continue
            if self.cues_before(d, last_end, drafts[-1] if drafts else None):
                self.after(d)
                drafts.append(d)
                last_end = d.trailing[1] if d.trailing else d.ue
        extra = [d for d in (self.elided(n, ti, tj, drafts) for n, ti, tj in bare) if d is not None]
        for d in extra:
            if self.cues_before(d, 0):
                self.after(d)
                drafts.append(d)
        drafts.sort(key=lambda d: d.num.start)
        drafts = [d for d in drafts if not self.in_condition(d)]
        self.names(drafts)  # the end of a change takes its name from its start: named before it goes
        drafts = [d for i, d in enumerate(drafts) if not self.start_level(d, drafts[i + 1 : i + 2])]
        units = {id(x) for d, e in zip(drafts, drafts[1:], strict=False) for x in self.exchange(d, e)}
        return [d for d in drafts if id(d) not in units]

    def exchange(self, d: _Draft, e: _Draft) -> list[_Draft]:
        """The unit side of a conversion, one of something for so much of another ("1 kg lúa giống
        bằng 1,3 kg lúa thịt", "13.910 đồng ăn 1 USD"): not a statistic of its own."""
        if d.clause != e.clause or not (d.num.value == 1 or e.num.value == 1):
            return []
        cue = self.lex.back(self.keys, e.ti, d.ue, frozenset({"exchange"}))
        if cue is None or e.ti - cue[0] - d.ue > 3:  # at most a short noun between: "1 kg lúa giống bằng"
            return []
        return [x for x in (d, e) if x.num.value == 1 and x.num.value_max is None]

    def in_condition(self, d: _Draft) -> bool:
        """A threshold of a rule, not a reported figure: a bound ("ít nhất", "trên", "vượt", "... trở
        lên") after a condition word of its clause ("khi có ít nhất 30% thành viên kiến nghị", "nếu
        vượt 10%"); a plain figure after "nếu" or "khi" is still reported ("trong khi X tăng 25%")."""
        lex, keys = self.lex, self.keys
        bound = (
            d.qualifier in ("over", "under")
            or lex.forward(keys, d.ue, len(keys), _BOUND)
            or lex.back(keys, d.ti, max(0, d.ti - lex.max_len), _BOUND)
        )
        if not bound:
            return False
        lo = self.clause_start[self.clause_of[d.ti]]
        i = bisect_left(self.conditions, d.ti) - 1
        return i >= 0 and self.conditions[i] >= lo

    def start_level(self, d: _Draft, nxt: list[_Draft]) -> bool:
        """The start of a change told with its end (``nxt``), "từ 40% lên 60%": the end is the figure."""
        if not nxt or nxt[0].clause != d.clause or d.num.value_max is not None:
            return False
        e = nxt[0]
        lex, keys = self.lex, self.keys
        j = d.ti
        q = lex.qualifier_back(keys, j, 0)
        j -= q[0] if q else 0
        if j == 0 or not lex.kind_of(keys[j - 1], "start"):
            return False
        j = e.ti
        q = lex.qualifier_back(keys, j, d.ue)
        j -= q[0] if q else 0
        level = lex.back(keys, j, d.ue, frozenset({"level"}))
        return level is not None and j - level[0] == d.ue

    def is_label(self, ti: int, n: NumberMatch) -> bool:  # noqa: PLR0911
        """A label or an ordinal, not a quantity: "số 5", "thứ 11", "khóa 14", "quý 2"; not when a
        longer phrase ends there ("xử lý khẩn cấp 6 điểm"), nor a verb that is also a label word
        before a listed counted noun ("cấp 2.500 thẻ", "cấp 6 giấy phép")."""
        if ti == 0:
            return False
        found = self.lex.back(self.keys, ti, 0, frozenset({"label"}))
        if found is None or self.lex.longest_back(self.keys, ti, 0) > found[0]:
            return False
        if "verb" not in found[1]:
            return True
        if n.value >= 1000 and not _year_like(n):
            return False  # "cấp 2.940.000 thẻ": no level is numbered so high
        m = self.lex.after.match(self.text, n.end, self.e)
        return m is None or self.lex.after_kind.get(fold(m.group("u"))) != "count"

    def is_name(self, ti: int) -> bool:
        """A number naming something, after a document kind or a capitalised name: "Nghị định 100",
        "Quân khu 5", "Chương trình 135" (asked only when no listed unit follows: "vốn ngân sách
        Trung ương 1.200 tỷ đồng" is an amount)."""
        if ti == 0:
            return False
        doc = self.lex.back(self.keys, ti, 0, _DOCUMENT)
        if doc and self.tokens[ti - doc[0]].is_cap:
            return True
        for k in (ti - 1, ti - 2):
            if k < 0 or not self.tokens[k].is_cap or self.opens_sentence(k) or self.known(k):
                continue
            if k == ti - 2 and (
                not self.tokens[ti - 1].is_word or self.tokens[ti - 1].is_cap or self.known(ti - 1)
            ):
                continue
            return True
        return False

    def opens_sentence(self, k: int) -> bool:
        return k == 0 or self.tokens[k - 1].text in _OPENERS

    def known(self, k: int) -> bool:
        """A cue, a qualifier or a time word: capitalised, it opens a clause, not a name."""
        key = (self.keys[k],)
        return (
            key in self.lex.cues or key in self.lex.qualifiers or bool(_PERIOD_WORDS.fullmatch(self.keys[k]))
        )

    def unit(self, n: NumberMatch, ti: int, tj: int) -> _Draft | None:
        text, lex = self.text, self.lex
        small = n.value_max is None and n.value < _SMALL and not n.has_magnitude
        if n.is_word and small:
            return None  # "ba đầu cầu", "hai bên"
        at = n.end
        frac = _FRACTION.match(text, at, self.e)
        if frac and n.value_max is None and (parse_digits(frac.group(1)) or 0) >= n.value:
            at = frac.end()  # "45/47 đại biểu": 45 of 47
        glued = at < self.e and (text[at].isalpha() or text[at] in "+")
        m = lex.after.match(text, at, self.e)
        so = _number_of(text, at, self.e) if m is None else 0
        if so:  # "đại diện cho 1.161.881.837 số cổ phần": "số" before a listed count unit
            m2 = lex.after.match(text, so, self.e)
            m = m2 if m2 and lex.after_kind.get(fold(m2.group("u"))) == "count" else None
        if m is None:
            if glued:
                return None  # "5K", "9+", "1A"
            return self.unlisted(n, ti, tj if frac is None else self.tok_at(at), at)
        written = m.group("u")
        kind = lex.after_kind.get(fold(written), "count")
        first = written.split()[0]
        if kind == "not_unit" and n.has_magnitude and fold(first) in _DONG and first != written:
            # "10.990 tỷ đồng bằng nguồn vốn": after a magnitude "đồng" is the currency
            m = lex.after.match(text, at, m.start("u") + len(first))
            if m is None:
                return None
            written, kind = m.group("u"), "currency"
        if kind == "not_unit" and self.times(ti, fold(written)):
            kind = "ratio"  # "gấp 2,1 lần": a ratio, not a count of times
        if kind in ("not_unit", "time"):
            return None
        if glued and len(written) == 1 and written.isupper():
            return None  # "4G", "5K": a code, not "4 g"
        end = m.end()
        ue = self.tok_at(end)
        unit = self.ctx.doc.surface(m.start("u"), end)
        key = fold(written)
        if key in _PERCENT:
            unit = "%"
        elif key in _DONG:
            unit = "đồng"
        if kind == "classifier":
            # "con gia súc", "chiếc xe": the noun after the classifier belongs to the unit
            k = ue
            while k < len(self.tokens) and k - ue < 2 and self.noun_word(k):
                k += 1
            if k > ue:
                unit = self.ctx.doc.surface(m.start("u"), self.tokens[k - 1].end)
                end, ue = self.tokens[k - 1].end, k
            kind = "count"
        also = ""
        # "135 xã, phường", "800 cán bộ, chiến sĩ": one count of two kinds, both its unit
        if kind == "count":
            join = _JOIN.match(text, end, self.e)
            m2 = lex.after.match(text, join.end(), self.e) if join else None
            if (
                join
                and m2
                and m2.start("u") == join.end()
                and lex.after_kind.get(fold(m2.group("u"))) == "count"
                and not _NAMED_NEXT.match(text, m2.end(), self.e)  # "98 hộ, xã Tân Sơn 85 hộ": a label
                and not self.subordinate(
                    ti, self.tok_at(m2.end())
                )  # "Sau khi bán 3 căn nhà, cơ quan thu được ..."
            ):
                also = ", " + self.ctx.doc.surface(m2.start("u"), m2.end())
                ue = self.tok_at(m2.end())
        rates: list[str] = []
        while len(rates) < 2:
            r = _RATE.match(text, end, self.e)
            if r is None or (kind == "percent" and not r.group(1).islower()):
                break  # "%/năm", but "39%/GDP" is a share of GDP
            rates.append(self.ctx.doc.surface(r.start(1), r.end(1)))
            end = r.end()
        per_year = _PER_YEAR.match(text, end, self.e) if unit == "%" and not rates else None
        if per_year:  # "(bình quân 7,7% năm)": a rate written without "/"
            rates, end = ["năm"], per_year.end()
        if rates:
            unit = unit + "/" + "/".join(rates)
            ue = self.tok_at(end)
        if _year_like(n) and kind not in _MEASURE_KINDS and not rates:
            return None
        draft = _Draft(
            n, ti, tj, unit + also, kind if kind != "classifier" else "count", end, ue, zone=self.zone
        )
        return draft

    def subordinate(self, ti: int, after: int) -> bool:
        """Token ``ti`` is in a subordinate clause ("Sau khi ...", "Khi ...") that must be closed by a
        comma, and the comma before token ``after`` is the last one left to close it."""
        c = self.clause_of[ti]
        a = self.clause_start[c]
        return (
            a < ti
            and bool(self.lex.forward(self.keys, a, ti, frozenset({"subordinate"})))
            and "," not in self.keys[after:]
        )

    def times(self, ti: int, written: str) -> bool:
        """ "lần" after "gấp" (a qualifier between allowed): "gấp 2,1 lần", "gấp gần 3 lần"."""
        if written != "lần" or ti == 0:
            return False
        k = ti - 1
        q = self.lex.qualifier_back(self.keys, ti, max(0, ti - 3))
        if q:
            k -= q[0]
        return k >= 0 and self.keys[k] == "gấp"

    def noun_word(self, k: int) -> bool:
        """A lower-case syllable that may continue a counted noun."""
        if k >= len(self.tokens):
            return False
        t = self.tokens[k]
        if not t.is_word or t.is_cap or t.is_upper or t.start > self.tokens[k - 1].end + 1:
            return False
        found = self.lex.cues.get((t.key,), frozenset()) | self.lex.longest(self.keys, k, len(self.keys))[1]
        return not found or not (
            found & {"stop", "end", "not_unit", "link", "increase", "decrease", "compare", "not_predicate"}
        )

    def unlisted(self, n: NumberMatch, ti: int, tj: int, at: int) -> _Draft | None:
        """An unlisted lower-case noun after a count of ten or more: "320 nhà", "150 ủy viên",
        "45/47 xã" (``at``: the end of the number and its "/total")."""
        if n.value_max is not None or n.has_magnitude or n.value < _SMALL or not n.value.is_integer():
            return None
        if _year_like(n) or tj >= len(self.tokens) or self.tokens[tj].start > at + 1:
            return None
        k = tj
        if (
            self.tokens[k].is_cap
            and self.noun_word(k + 1)
            and not self.lex.forward(self.keys, k, k + 2, frozenset({"label"}))  # "km 450 Quốc lộ 1"
        ):
            k += 2  # "1.240 Chi hội": a common noun capitalised as a body's name, not "100 Nguyễn Du"
        while k < len(self.tokens) and k - tj < 2 and self.noun_word(k):
            k += 1
        if k == tj:
            return None
        end = self.tokens[k - 1].end
        unit = self.ctx.doc.surface(self.tokens[tj].start, end)
        return _Draft(n, ti, tj, unit, "count", end, k, listed=False, zone=self.zone)

    def noun_first(self, n: NumberMatch, ti: int, tj: int) -> _Draft | None:
        """A bare count whose noun heads the clause before it: "Tổng số người ứng cử là 6.900",
        "Số phiếu tán thành 845" (unit "người", "phiếu"); without "số", a listed count unit
        linked to the figure: "Lượt khách đến tỉnh trong quý I đạt khoảng 3,3 triệu"."""
        if n.is_word or n.value_max is not None or not n.value.is_integer():
            return None
        if _year_like(n) or (tj < len(self.tokens) and self.tokens[tj].is_word):
            return None
        lo = self.clause_start[self.clause_of[ti]]
        if ti <= lo or not self.tokens[ti - 1].is_word:
            return None
        cue = self.lex.longest_back(self.keys, ti, lo)
        if cue and self.lex.longest(self.keys, ti - cue, ti)[1] <= _NOUN_CUES:
            cue = 0  # "số cổ phần 1.161.881.877": the cue is the counted noun itself
        if cue and not self.lex.back(self.keys, ti, lo, frozenset({"link", "level"})):
            return None  # "từ ngày 15 đến 30-11": not linked to the noun
        runs = self.clean(lo, ti, self.depth[ti])
        if not runs:
            return None
        a = runs[0][0]
        k = a + self.lex.forward(self.keys, a, ti, frozenset({"count_head"}))
        if k >= ti or (k == a and not cue) or any(i in self.number_at for i in range(a, ti)):
            return None  # another figure between: "cán bộ ... có 3 người đến, mỗi người được 2 triệu"
        m = self.lex.after.match(self.text, self.tokens[k].start, self.e)
        if (
            m
            and m.start("u") == self.tokens[k].start
            and self.lex.after_kind.get(fold(m.group("u"))) == "count"
        ):
            unit = self.ctx.doc.surface(m.start("u"), m.end("u"))
        elif k == a:
            return None  # no "số" and no listed count unit: "Doanh thu đạt 3 tỷ" is no count
        elif self.noun_word(k):
            two = k + 1 < ti and self.noun_word(k + 1) and not self.lex.longest(self.keys, k + 1, ti)[0]
            unit = self.surface(k, k + 2 if two else k + 1)  # "cổ đông", "vắc xin"
        else:
            return None
        if self.opens_sentence(k):
            unit = unit[:1].lower() + unit[1:]  # "Lượt khách ... đạt": the capital is the sentence's
        d = _Draft(n, ti, tj, unit, "count", n.end, tj, zone=self.zone)
        d.noun_first = True
        return d

    def may_be_elided(self, n: NumberMatch, ti: int, tj: int) -> bool:
        """A bare figure in a list whose unit is written once: "năm 2018 được 300, 2019 là 396"."""
        if n.is_word or n.value_max is not None or _year_like(n):
            return False
        if not n.has_magnitude and (n.value < _SMALL or not n.value.is_integer()):
            return False
        if not n.has_magnitude:
            if ti == 0 or self.keys[ti - 1] not in ("được", "là", "đạt", "có", "còn"):
                return False
            nxt = self.tokens[tj] if tj < len(self.tokens) else None
            if nxt is not None and nxt.text not in _CLAUSE_PUNCT and nxt.key not in ("và", "."):
                return False
        return not (n.end < self.e and (self.text[n.end].isalpha() or self.text[n.end] in "+/"))

    def elided(self, n: NumberMatch, ti: int, tj: int, drafts: list[_Draft]) -> _Draft | None:
        """The unit of the nearest figure of the same sort: a count takes the next one's ("năm 2018
        được 300, ... 700 học sinh"), an amount the nearest currency ("thu 2.000 tỷ đồng, chi 1.500 tỷ")."""
        want = "currency" if n.has_magnitude else "count"
        i = bisect_left(drafts, n.start, key=lambda d: d.num.start)
        near = [d for d in (*drafts[i : i + 3], *reversed(drafts[max(0, i - 3) : i])) if d.unit_kind == want]
        if not near:
            return None
        src = near[0] if not n.has_magnitude else min(near, key=lambda d: abs(d.num.start - n.start))
        return _Draft(n, ti, tj, src.unit, src.unit_kind, n.end, tj, listed=src.listed, zone=self.zone)

    def cues_before(self, d: _Draft, last_end: int, prev: _Draft | None = None) -> bool:
        """Qualifier, change and link words right before the figure; False if it is a distance."""
        lex, keys = self.lex, self.keys
        lo = max(self.clause_start[self.clause_of[d.ti]], min(last_end, d.ti))
        depth = self.depth[d.ti]
        j = d.ti
        kept: list[tuple[int, int]] = []
        weak = False  # "với 3 đơn vị": a preposition, whatever comes before it
        predicate = False  # a verb or a link word governs the figure: "cứu 7 người", "có 6 điểm"
        kept_cue = False  # a change word has been read
        for _ in range(_MAX_CUES_BEFORE):
            if lex.back(keys, j, lo, frozenset({"compare"})):
                d.compared = True
                break
            q = lex.qualifier_back(keys, j, lo)
            c = lex.back(keys, j, lo, _BEFORE_KINDS)
            if lex.longest_back(keys, j, lo) > max(q[0] if q else 0, c[0] if c else 0):
                break  # a noun phrase ends here: "tổng trị giá 600 triệu" is not "tổng" + "trị giá"
            if q and (c is None or q[0] >= c[0]):
                if kept_cue and q[1] != "about":
                    break  # "vốn nước ngoài tăng 12,5%": a bound comes after a change verb, not before it
                if d.qualifier is None:
                    d.qualifier = q[1]
                j -= q[0]
                continue
            if c is None:
                break
            n, kinds = c
            d.share = d.share or "share" in kinds
            kept_cue = kept_cue or bool(kinds & {"increase", "decrease", "level"})
            if "distance" in kinds:
                return False
            weak = weak or (n == 1 and lex.kind_of(keys[j - 1], "preposition"))
            if kinds & {"link", "existential", "increase", "decrease", "level"}:
                predicate = predicate or not weak
            if d.change is None and "increase" in kinds:
                d.change = "increase"
            elif d.change is None and "decrease" in kinds:
                d.change = "decrease"
            if kinds & _KEPT:
                kept.append((j - n, j))
            if (
                "complement" in kinds
                and d.unit_kind == "currency"
                and j - n > lo
                and self.verb_word(j - n - 1)
            ):
                d.obtained = True  # "thu được 5 tỷ đồng": the amount got by the verb before it
            for k in range(j - n + 1, j):  # "chiếm tỷ lệ", "ở mức": the cue ends in a generic noun
                if lex.forward(keys, k, j, frozenset({"generic"})) == j - k:
                    d.lead = d.lead or (k, j)
                    break
            j -= n
            if "existential" in kinds:
                d.existential = True
                if n >= 3:
                    d.relation = " ".join(
                        self.tokens[k].text
                        for k in range(j, j + n)
                        if keys[k] not in ("có", "với", "sự", "của")
                    )
                else:
                    d.host = self.host(lo, j, depth)
                break
        if d.unit_kind not in _THINGS:
            d.existential = False  # "có tới 70% khiếu nại": the subject still comes from before
        # the subject: from the clause start to the cues, kept words (change, average) after it
        subj = self.clean(lo, j, depth)
        if d.existential:
            subj = []
        elif subj and d.unit_kind == "count":
            cause, end = self.causative(subj[-1])
            if cause and keys[end - cause - 1 : end - cause] != ["việc"]:  # "việc làm"
                result = (end, subj[-1][1]) if end < subj[-1][1] else None
                agent_end = end - cause
                while agent_end > lo and lex.kind_of(keys[agent_end - 1], "aspect"):
                    agent_end -= 1
                a = self.places_start(subj[0][0], agent_end, self.clause_of[d.ti])
                k = a
                while k < agent_end and not lex.kind_of(keys[k], "locative"):
                    if lex.kind_of(keys[k], "link"):
                        a = k + 1  # "Đáng chú ý là vụ lật xe ...": the cause is what the link presents
                    k += 1
                d.agent = (a, k) if k > a else None
                d.result = result if d.agent else None
                subj = []
        d.subject = [] if d.existential or d.agent else subj
        d.kept = sorted(kept)
        d.clause = self.clause_of[d.ti]
        if (
            d.unit_kind in ("count", "currency")
            and not predicate
            and not d.noun_first  # its noun is in the subject: no verb governs it
            and not weak
            and not d.agent
            and self.verb_before(j, lo)
        ):
            v = j
            while v > max(lo, j - 3) and self.verb_word(v - 1):
                v -= 1
            d.verb = (v, j)
        small = d.num.value_max is None and d.num.value < _SMALL and not d.num.has_magnitude
        if not small or d.unit_kind != "count":
            return True
        if self.names_follow(d.ue):
            return False  # "2 thôn (Tân Lập và Tân Hòa)": a count announcing the items it names
        return (
            self.said_of(d)
            or (d.listed and (predicate or (not weak and self.verb_before(j, lo))))
            or self.in_list(d, j, last_end, prev)
        )

    def causative(self, run: tuple[int, int]) -> tuple[int, int]:
        """The length of a causative cue ending the run, or followed by a short lower-case verb
        ("làm thiệt mạng 31 người"), and where that cue ends; (0, 0) when there is none."""
        a, b = run
        for r in range(0, 3):
            e = b - r
            if e <= a or any(not self.tokens[x].is_word or self.tokens[x].is_cap for x in range(e, b)):
                break
            c = self.lex.back(self.keys, e, a, frozenset({"causative"}))
            if c:
                return c[0], e
        return 0, 0

    def places_start(self, a: int, b: int, c: int) -> int:
        """ "Vụ sạt lở tại thôn A, xã B, huyện C làm 12 người chết": a cause that is only the last
        place of a list of places starts in the clause before the list."""
        while self.place_name(a, b) and c > 0 and self.clause_depth[c - 1] == self.clause_depth[c]:
            if self.tokens[self.clause_end[c - 1] - 1].text != ",":
                break
            c -= 1
            a, b = self.clause_start[c], self.clause_end[c] - 1
        return a

    def place_name(self, a: int, b: int) -> bool:
        """One or two lower-case head words then a capitalised name ("huyện Bảo Yên", "thành phố Huế")."""
        ts = self.tokens[a:b]
        n = 0
        while n < min(2, len(ts)) and ts[n].is_word and not (ts[n].is_cap or ts[n].is_upper):
            n += 1
        return 0 < n < len(ts) <= n + 4 and all(t.is_cap or t.is_upper for t in ts[n:])

    def verb_before(self, j: int, lo: int) -> bool:
        """The word before a count (cues and qualifiers skipped) is a verb of its clause: "cứu 7
        người", "ký kết 6 văn kiện", not a preposition ("giữa 2 đơn vị") or a cue word."""
        if j <= lo or j == 0:
            return False
        if self.lex.back(self.keys, j, lo, frozenset({"verb"})):
            return True  # "thông qua 5 dự luật": a verb whose last syllable is also a preposition
        t = self.tokens[j - 1]
        if not t.is_word or t.is_cap or t.is_upper or self.lex.kind_of(t.key, "not_predicate"):
            return False
        return self.lex.longest_back(self.keys, j, lo) == 0  # (a verb cue was answered above)

    def host(self, lo: int, j: int, depth: int) -> list[tuple[int, int]]:
        """The noun phrase right before a short existential ("Huyện X có", "thị trường Y với"):
        from the last end word ("vào", "tại") or boundary of the clause."""
        a = max(lo, j - 8)
        for k in range(j - 1, a - 1, -1):
            # a preposition right before the cue has no object: it qualifies the noun ("khóa trước có")
            stranded = k == j - 1 and k > a and self.tokens[k - 1].is_word
            if self.lex.leading(self.keys, k, j, frozenset({"end", "boundary"})) or (
                not stranded and self.lex.kind_of(self.keys[k], "not_predicate")
            ):
                a = k + 1
                break
        while j > a and self.lex.kind_of(self.keys[j - 1], "aspect"):
            j -= 1  # "Đảng bộ X đã có ...": the tense word is no part of the host
        inner = j - 1 if j - 1 > a and self.lex.kind_of(self.keys[j - 1], "not_predicate") else j
        for k in range(a, inner):  # a noun phrase: no verb-like cue or qualifier in it ("được gần gấp đôi")
            if self.lex.longest(self.keys, k, inner)[1] & _NOT_HOST or self.lex.qualifier_back(
                self.keys, k + 1, k
            ):
                return []
        runs = self.clean(a, j, depth)
        if runs and _PERIOD_WORDS.fullmatch(self.keys[runs[0][0]]):
            return []  # "tới đầu tháng 11 sẽ có 100 chuyên gia": a time, not what has them
        return runs

    def verb_word(self, k: int) -> bool:
        t = self.tokens[k]
        if not t.is_word or t.is_cap or t.is_upper or self.lex.kind_of(t.key, "not_predicate"):
            return False
        found = self.lex.cues.get((t.key,))
        return not found or bool(found & {"verb", "compound"})

    def in_list(self, d: _Draft, j: int, last_end: int, prev: _Draft | None) -> bool:
        """A count coordinated with another figure: "5 tập thể và 12 cá nhân", "18 dự án, 3 nghị
        quyết", "9 dự luật đã được cho ý kiến và 1 nghị quyết" (a count of its clause before "và")."""
        if j > 0 and j - 1 == last_end and self.keys[j - 1] in _LIST_JOIN:
            return True
        if (
            j > 0
            and self.keys[j - 1] == "và"
            and prev is not None
            and prev.unit_kind == "count"
            and self.clause_of[prev.ti] == self.clause_of[d.ti]
        ):
            return True
        k = d.ue
        return k < len(self.tokens) and self.keys[k] in _LIST_JOIN and bool(self.number_at & {k + 1, k + 2})

    def names_follow(self, k: int) -> bool:
        """A parenthesis of names opens at token ``k``: "(Tân Lập và Tân Hòa)"."""
        t = self.tokens
        return k + 1 < len(t) and t[k].text == "(" and t[k + 1].is_cap and not self.known(k + 1)

    def said_of(self, d: _Draft) -> bool:
        """A small count needs something said of the counted thing ("3 người chết", "1 người bị
        thương"), a qualifier or a change; "giữa 2 đơn vị." is not a statistic."""
        if d.qualifier is not None or d.change is not None:
            return True
        k = d.ue
        if k >= len(self.tokens) or k == 0 or self.tokens[k].start > self.tokens[k - 1].end + 1:
            return False
        t = self.tokens[k]
        return (
            t.is_word
            and not t.is_cap
            and not t.is_upper
            and not self.lex.forward(self.keys, k, len(self.keys), _ENDS)
        )

    def clean(self, lo: int, j: int, depth: int) -> list[tuple[int, int]]:
        """Token runs of a subject ``[lo, j)`` at paren ``depth``: boundaries, fillers, pronouns,
        periods and long parentheticals dropped ("tổng sản phẩm (GRDP)" keeps the short one)."""
        lex, keys = self.lex, self.keys
        lo = max(lo, j - _WINDOW)
        # start after the last boundary word that is not at the very end
        a = lo
        i = lo
        while i < j - 1:
            n = lex.leading(keys, i, j, frozenset({"boundary"})) if self.tokens[i].text[:1].islower() else 0
            n = n if i + n < j else 0  # not at the very end
            if not n and keys[i] == "với" and "generic" in lex.longest(keys, i + 1, j)[1]:
                n = 1  # "... chính sách với tổng trị giá 600 triệu đồng"
            if n:
                a = i + n
                i += n
            else:
                i += 1
        while a < j:  # "..., đạt tỷ lệ 95%": the clause has no subject of its own (but "Chỉ số ...")
            n, kinds = lex.longest(keys, a, j)
            if not n or not kinds & {"link", "level"}:
                break
            a += n
        runs: list[tuple[int, int]] = []
        i = a
        cur: int | None = None
        while i < j:
            n = lex.forward(keys, i, j, frozenset({"filler", "pronoun", "particle"}))
            t = self.tokens[i]
            if n and (cur is None or (lex.cues.get(tuple(keys[i : i + n])) or frozenset()) & _DROPPED):
                if cur is not None:
                    runs.append((cur, i))
                    cur = None
                i += n
                continue
            if (
                self.in_period(t.start, t.end)
                or t.text in _OPEN
                or t.text in _CLOSE
                or t.text in _QUOTES
                or self.aside(i, depth)
            ):
                if cur is not None:
                    runs.append((cur, i))
                    cur = None
                i += 1
                continue
            if cur is None:
                cur = i
            i += 1
        if cur is not None:
            runs.append((cur, j))
        # trailing fillers and aspect words ("... khó khăn thì", "khoản chi ... sẽ")
        while runs:
            s, e = runs[-1]
            n = 0
            for k in range(s, e):
                if lex.forward(keys, k, e, frozenset({"filler", "aspect"})) == e - k:
                    n = e - k
                    break
            if n == 0:
                break
            runs[-1] = (s, e - n)
            if runs[-1][0] >= runs[-1][1]:
                runs.pop()
        runs = [
            (s, e)
            for s, e in runs
            if any(self.tokens[k].is_word or self.tokens[k].text[:1].isdigit() for k in range(s, e))
        ]
        runs = self.from_generic(self.last_conjunct(runs))
        # at most _MAX_NAME_WORDS words, the first ones: the head of a noun phrase comes first
        out: list[tuple[int, int]] = []
        room = _MAX_NAME_WORDS
        for s, e in runs:
            if room <= 0:
                break
            out.append((s, min(e, s + room)))
            room -= e - s
        return out

    def last_conjunct(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A long subject of two coordinated verb phrases keeps the one nearest the figure: "công ty
        đã tặng quà cho hộ nghèo tại huyện A và ủng hộ Quỹ xóa nhà tạm 100 triệu đồng" -> "ủng hộ
        Quỹ xóa nhà tạm"."""
        if sum(e - s for s, e in runs) <= _LONG_SUBJECT:
            return runs
        for i in range(len(runs) - 1, -1, -1):
            s, e = runs[i]
            for k in range(e - 1, s - 1, -1):
                after = (e - k - 1) + sum(b - a for a, b in runs[i + 1 :])
                if self.keys[k] == "và" and after >= 3 and self.verb_phrase_before(runs[0][0], k):
                    return [(k + 1, e), *runs[i + 1 :]] if k + 1 < e else runs[i + 1 :]
        return runs

    def from_generic(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """A subject too long for a name starts at its last generic noun, the head of what is
        measured: "Giám đốc Sở ... yêu cầu các trường nâng tỉ lệ học sinh được học bơi lên
        60%" -> "tỉ lệ học sinh được học bơi"."""
        if sum(e - s for s, e in runs) <= _MAX_NAME_WORDS:
            return runs
        generic = frozenset({"generic"})
        for i in range(len(runs) - 1, -1, -1):
            s, e = runs[i]
            for k in range(e - 1, s, -1) if i == 0 else range(e - 1, s - 1, -1):
                if self.lex.forward(self.keys, k, e, generic) and not self.lex.longest_back(self.keys, k, s):
                    return [(k, e), *runs[i + 1 :]]
        return runs

    def verb_phrase_before(self, a: int, k: int) -> bool:
        """Tokens ``[a, k)`` hold a tense or aspect word: a verb phrase ("công ty đã tặng quà"),
        not a noun coordinated by "và" ("mức bội chi ngân sách và dự phòng")."""
        return any(self.lex.kind_of(self.keys[i], "aspect") for i in range(a, k))

    def aside(self, i: int, depth: int) -> bool:
        """Token ``i`` lies in a parenthetical that is not a short name ("(GRDP)", "(IIP)")."""
        if self.depth[i] <= depth:
            return False
        c = self.clause_of[i]
        a, b = self.clause_start[c], self.clause_end[c]
        return b - a > 5 or any(self.tokens[k].text[:1].isdigit() for k in range(a, b))

    def after(self, d: _Draft) -> None:
        """Baseline, trailing words and period."""
        lex, keys = self.lex, self.keys
        k = d.ue
        hi = len(self.tokens)
        k2 = k + 1 if k < hi and keys[k] == "," else k
        n = lex.forward(keys, k2, hi, frozenset({"compare"}))
        if n:
            b = self.until_punct(k2 + n, 8)
            if b > k2 + n:
                d.baseline = (self.tokens[k2 + n].start, self.tokens[b - 1].end)
        elif d.unit_kind in _RELATIVE and lex.forward(keys, k, hi, frozenset({"baseline"})):
            b = self.until_punct(k, 6)
            d.baseline = (self.tokens[k].start, self.tokens[b - 1].end)
        if d.unit_kind == "currency" and k < hi and lex.kind_of(keys[k], "purpose"):
            b = self.until_punct(k + 1, _MAX_TRAILING)
            while b > k + 1 and not self.tokens[b - 1].is_word:
                b -= 1
            if b > k + 1:
                d.purpose = (k + 1, b)
        if d.unit_kind == "count" and k < hi and keys[k] == "(":
            close = next((i for i in range(k + 1, min(hi, k + 12)) if keys[i] == ")"), 0)
            k = close + 1 if close else k  # "1.178 đại biểu (do các cấp bầu ra) tham dự Đại hội"
        if (
            d.unit_kind == "count"
            and k < hi
            and keys[k] in _QUOTES
            and self.tokens[k].start == self.tokens[k - 1].end
        ):
            k += 1  # 'nhận được "hơn 20 ý kiến" của cử tri': the quote closes, what is said goes on
        if d.baseline is None:
            b = self.trailing_end(k, d.unit_kind == "count")
            if b > k:
                d.trailing = (k, b)
        # period: one right after the figure ("3% trong năm 2020 và 7,8% vào năm 2021"), else the
        # nearest time phrase before it, else one after it in its clause
        j = bisect_left(self.period_starts, d.unit_end)
        if j < len(self.periods) and d.unit_kind != "ratio" and d.baseline is None:  # "gấp 2 lần năm 2000"
            pk = self.tok_at(self.periods[j][0])
            if pk <= d.ue + 1 and all(self.tokens[k].is_word for k in range(d.ue, pk)):
                d.period = self.periods[j]
                return
        i = bisect_right(self.period_ends, d.num.start) - 1
        if (
            i >= 0
            and self.semis
            and bisect_right(self.semis, self.periods[i][0]) != bisect_right(self.semis, d.num.start)
        ):
            i = -1  # "...tầm nhìn đến năm 2050 ...; hỗ trợ 2.500 tỷ đồng": another part of the sentence
        if i >= 0:
            d.period = self.periods[i]
        else:
            c_end = self.clause_end[d.clause]
            limit = self.tokens[c_end - 1].end if c_end > 0 else self.e
            i = bisect_left(self.period_starts, d.unit_end)
            if i < len(self.periods) and self.period_ends[i] <= limit:
                d.period = self.periods[i]

    def trailing_end(self, k: int, count: bool) -> int:
        """The end of the words read after a figure: lower-case words up to an end word. After a
        count, what is said of the counted thing goes on through names and places ("146 ủy viên
        Trung ương khóa IX", "4 tuyến đường trong Khu đô thị mới"): what is measured often comes
        after the figure."""
        lex, keys, hi = self.lex, self.keys, len(self.tokens)
        b, words = k, 0
        most = _MAX_COUNT_TRAILING if count else _MAX_TRAILING
        while b < hi and words < most:
            t = self.tokens[b]
            if not t.is_word and not (count and self.dotted(b)):
                break
            words += t.is_word  # the dot of "T.Ư" is no word: the abbreviation is read whole
            if (t.is_cap and not count) or self.in_period(t.start, t.end):
                break
            if lex.forward(keys, b, hi, _ENDS) and not (
                count
                and lex.forward(keys, b, hi, frozenset({"carries"}))
                and self.word_at(b + 1)
                and not (lex.kind_of(keys[b], "existential") and self.figure_soon(b + 1))
                and not lex.forward(keys, b + 1, hi, _MANNER)
            ):
                break
            b += 1
        while b > k and lex.forward(keys, b - 1, b, frozenset({"end"})):
            b -= 1  # "... cho ý kiến từ" (cut short before its noun phrase)
        return b

    def figure_soon(self, k: int) -> bool:
        """A figure comes later in the clause from token ``k``: after an existential word ("8 phường, xã
        với khoảng 95.000 dân", "2 dự án với quy mô trên 1.200 ha") that is another figure's phrase,
        not what the count does."""
        b = self.until_punct(k, 12)
        if b <= k:
            return False
        lo, hi = self.tokens[k].start, self.tokens[b - 1].end
        return any(lo <= n.start < hi for n in self.numbers)

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

    def span(self, k: int) -> tuple[int, int]:
        return self.tokens[k].start, self.tokens[k].end

    def until_punct(self, k: int, most: int) -> int:
        b = k
        while (
            b < len(self.tokens)
            and b - k < most
            and self.tokens[b].text not in _CLAUSE_PUNCT
            and self.tokens[b].text != "."
        ):
            b += 1
        return b

    def runs_text(self, runs: list[tuple[int, int]]) -> str:
        return " ".join(x for x in (self.surface(a, b) for a, b in runs) if x)

    def clause_text(self, c: int) -> str:
        """The cleaned words of clause ``c`` (for a later clause without a subject). When a number
        not read as a figure ends it, its subject is the words before that number and its cues
        ("Lực lượng lao động nữ là 21,2 triệu, chiếm 49%": "Lực lượng lao động nữ")."""
        a, b = self.clause_start[c], self.clause_end[c]
        if b > a and self.tokens[b - 1].text in _CLAUSE_PUNCT:
            b -= 1
        k = next(
            (
                self.tok_at(n.start)
                for n in self.numbers
                if self.tok_at(n.end) == b > self.tok_at(n.start) > a
            ),
            b,
        )
        if k < b:  # the bare number ends the clause: it is that clause's figure
            k = self.subject_end(a, k)
            if k > a:
                b = k
        return self.runs_text(self.clean(a, b, self.clause_depth[c]))

    def subject_end(self, a: int, k: int) -> int:
        """Token ``k`` moved back over the qualifier and link words right before a number there."""
        lex = self.lex
        while k > a:
            q = lex.qualifier_back(self.keys, k, a)
            c = lex.back(self.keys, k, a, _BEFORE_KINDS)
            n = max(q[0] if q else 0, c[0] if c else 0)
            if not n:
                break
            k -= n
        return k

    def names(self, drafts: list[_Draft]) -> None:
        # the first of coordinated counts says what the last says: "5 tập thể và 12 cá nhân được tặng"
        for d, e in reversed(list(zip(drafts, drafts[1:], strict=False))):
            if (
                d.unit_kind == e.unit_kind == "count"
                and d.trailing is None
                and e.ti - d.ue in (1, 2)
                and all(self.keys[k] in _LIST_JOIN for k in range(d.ue, e.ti))
            ):
                d.trailing = e.trailing
                d.verb = d.verb or e.verb
        by_clause: dict[int, _Draft] = {}
        prev: _Draft | None = None
        for d in drafts:
            d.subject = self.past_host(self.past_whole(d.subject))
            parts = self.name_parts(d, self.subject_of(d, by_clause, prev), by_clause)
            d.name, d.base = _compose(parts)
            if self.bare_count(d, prev):
                assert prev is not None
                d.name = d.base = prev.base  # "X có 15 người, nay còn 14 người": the same body counted again
            if not d.item:
                d.measured = self.unlabelled(d)
            d.period_text = fold(parts.period)
            by_clause[d.clause] = d
            prev = d
        for d, e in zip(drafts, drafts[1:], strict=False):
            if self.fronted(d, e):
                words = self.runs_text(e.subject).split()
                while len(words) > 1 and self.lex.kind_of(fold(words[-1]), "aspect"):
                    words.pop()  # "lạm phát lại tăng": "lại" belongs to the verb after it
                d.name = " ".join([*words, d.name])  # "Được giữ ở 2%, lạm phát ..."

    def has_generic(self, text: str) -> bool:
        """The words hold a generic head ("tỷ lệ", "tốc độ"): they already say what kind of figure."""
        keys = [fold(w) for w in text.split()]
        return any(self.lex.forward(keys, i, len(keys), frozenset({"generic"})) for i in range(len(keys)))

    def past_whole(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "chiếm 42%/GRDP chỉ tăng 5,1%": the whole a figure before is a share of ("/GRDP") is not
        the subject of the next one, which then takes the subject of its clause."""
        if not runs or self.tokens[runs[0][0]].text != "/":
            return runs
        cut = runs[0][0] + 2
        return [(max(a, cut), b) for a, b in runs if b > cut]

    def past_host(self, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """ "Nhiều xã có số hộ nghèo cao như xã A là 120": a vague host of lower-case words before
        an existential, with examples after it, is not what is measured; the words after it are."""
        ks = [k for a, b in runs for k in range(a, b)]
        lex = self.lex
        for i, k in enumerate(ks):
            if not lex.kind_of(self.keys[k], "existential"):
                continue
            host = ks[1:i]
            if not host or any(self.tokens[h].is_cap or self.tokens[h].is_upper for h in host):
                return runs
            if not any(lex.kind_of(self.keys[x], "example") for x in ks[i + 1 :]):
                return runs
            return [(max(a, k + 1), b) for a, b in runs if b > k + 1]
        return runs

    def fronted(self, d: _Draft, e: _Draft) -> bool:
        """A figure in a passive clause opening the sentence ("Được kéo xuống 2,1% trong quý I, tỷ
        lệ lạm phát ...") has no subject of its own: it is the subject of the clause after it, and
        the words before the figure are its verb phrase."""
        a = self.clause_start[d.clause]
        return (
            a == 0
            and self.keys[a] == "được"
            and e.clause > d.clause
            and self.clause_depth[e.clause] == self.clause_depth[d.clause]
            and self.has_noun(e.subject)
        )

    @staticmethod
    def bare_count(d: _Draft, prev: _Draft | None) -> bool:
        """A count named by its noun alone after a count of the same noun in the sentence."""
        return (
            prev is not None
            and d.unit_kind == prev.unit_kind == "count"
            and fold(d.name) == fold(d.unit) == fold(prev.unit)
            and fold(prev.base) != fold(prev.unit)
            and bool(prev.base)
        )

    def subject_of(self, d: _Draft, by_clause: dict[int, _Draft], prev: _Draft | None) -> str:
        """What is measured, before the figure or taken from the clauses or figure before it."""
        base = self.runs_text(d.subject) if self.has_noun(d.subject) else ""
        label = self.bracketed_label(d)
        if label and prev is not None and prev.unit_kind == d.unit_kind and prev.measured:
            d.item = True  # "đạt 355 tỷ USD, vượt Thái Lan (285 tỷ USD)": Thái Lan's, measured the same way
            d.measured = prev.measured
            return f"{d.measured} {label}"
        if base and prev is not None and prev.unit_kind == d.unit_kind and self.only_names(d.subject):
            d.item = True  # "A có 4 tỷ, B 4 tỷ, C 2 tỷ đồng": B is measured as the list is
            d.measured = prev.measured
            return f"{d.measured} {base}" if d.measured else base
        if d.compared and prev is not None:
            base = prev.base  # "thu về 4.000 tỷ đồng, gấp đôi so với 2.000 tỷ": the same thing
        elif base and prev is not None and self.with_count(d, prev):
            base = f"{base} {prev.base}"
        elif base and d.unit_kind != "count":
            base = " ".join(x for x in (base, self.owner_after(d) or self.before_with(d)) if x)
        if d.obtained and base and not self.has_generic(base):
            return f"{self.lex.phrase_of('amount_name')} {base} được"  # "số tiền thu được"
        if d.unit_kind == "count" or (d.existential and d.trailing):
            return base
        if not base:
            base = self.parallel(self.inherit(d, by_clause), prev)
            lead = self.surface(*d.lead) if d.lead else ""
            if lead and fold(lead) not in fold(base):
                base = f"{lead} {base}"  # "..., chiếm tỷ lệ 93,4%" -> "tỷ lệ" + what is before
            elif not lead and d.share and d.unit_kind == "percent" and base and not self.has_generic(base):
                base = (
                    f"{self.lex.phrase_of('share_name')} {base}".strip()
                )  # "1,4 triệu lượt khách, chiếm 61%"
        elif len(base.split()) <= 2:
            base = self.complete(base, d, by_clause, prev)
        return base

    def name_parts(self, d: _Draft, subject: str, by_clause: dict[int, _Draft]) -> _NameParts:
        """The words a name is made of, read from the sentence (see ``_compose``)."""
        counted = ""
        if d.unit_kind == "count" and not d.noun_first:
            unit = d.unit
            counted = f"{unit} {self.surface(*d.trailing)}" if d.trailing else unit
            if d.result and not d.trailing:
                counted = f"{unit} {self.surface(*d.result)}"  # "làm thiệt mạng 31 người": "người thiệt mạng"
        host = ""
        if d.unit_kind == "count" and d.existential and not d.trailing:
            host = self.runs_text(d.host) or (self.inherit(d, by_clause) if not d.relation else "")
        elif d.unit_kind == "count" and d.existential and self.named(d.host):
            host = self.runs_text(d.host)  # "Đảng bộ X có 120.000 đảng viên sinh hoạt ở ..."
        trailing = self.surface(*d.trailing) if d.trailing else ""
        period = _PERIOD_LEAD.sub("", self.ctx.doc.surface(*d.period)) if d.period else ""
        return _NameParts(
            kind=d.unit_kind,
            unit=d.unit,
            subject=subject,
            kept=self.runs_text(d.kept),
            counted=counted,
            verb=self.surface(*d.verb) if d.verb else "",
            purpose=self.surface(*d.purpose) if d.purpose else "",
            existential=d.existential,
            host=host,
            relation=d.relation,
            agent=self.surface(*d.agent) if d.agent else "",
            trailing=trailing,
            trailing_noun=d.trailing is not None
            and len(trailing.split()) > 1
            and self.noun_word(d.trailing[0]),
            baseline=self.ctx.doc.surface(*d.baseline) if d.baseline else "",
            period=period,
        )

    def unlabelled(self, d: _Draft) -> str:
        """What a figure measures without the name that labels it ("vốn ... như Hà Nam có 3 tỷ" ->
        "vốn ..."), for the items of a list after it; empty when it is all names."""
        whole = self.runs_text(d.subject) if d.unit_kind == "count" else d.base  # a count adds its noun
        if not d.subject:
            return whole
        s, e = d.subject[-1]
        k = e
        while k > s and (self.tokens[k - 1].is_cap or self.tokens[k - 1].is_upper):
            k -= 1
        if k == e or e - k > 4:
            return whole
        runs = [*d.subject[:-1], (s, k)] if k > s else d.subject[:-1]
        common = any(
            not self.tokens[i].is_cap and self.keys[i] not in _LIST_JOIN and not self.function_word(i)
            for a, b in runs
            for i in range(a, b)
        )
        return self.runs_text(runs) if common else ""  # not "Thái Lan và" left of "Thái Lan và Philippines"

    def bracketed_label(self, d: _Draft) -> str:
        """The short capitalised name right before a figure that opens a parenthesis ("vượt Thái Lan
        (285 tỷ USD)"): the figure is that name's; empty when there is none."""
        e = d.ti - 1
        if e < 1 or self.tokens[e].text != "(" or self.opens_sentence(e - 1):
            return ""
        a = e
        while a > 0 and (self.tokens[a - 1].is_cap or self.tokens[a - 1].is_upper) and not self.known(a - 1):
            a -= 1
        return self.surface(a, e) if 0 < e - a <= 4 and not self.opens_sentence(a) else ""

    def only_names(self, runs: list[tuple[int, int]]) -> bool:
        """The runs are one short capitalised name ("Nam Định", "TP HCM"): a list item's label."""
        ks = [k for s, e in runs for k in range(s, e)]
        return 0 < len(ks) <= 4 and all(self.tokens[k].is_cap or self.tokens[k].is_upper for k in ks)

    def named(self, runs: list[tuple[int, int]]) -> bool:
        """The runs hold a capitalised word that does not open the sentence: a body or a place
        ("Đảng bộ TPHCM", "tỉnh Quảng Trị"), not "cuộc họp sáng nay"."""
        return any(self.tokens[k].is_cap and not self.opens_sentence(k) for s, e in runs for k in range(s, e))

    def owner_after(self, d: _Draft) -> str:
        """What a figure of an opening "Với ..." clause belongs to: the subject after the comma
        ("Với tổng công suất 330 MW, Nhà máy điện mặt trời X tạo ra ..." -> "Nhà máy điện mặt trời X")."""
        a = self.clause_start[d.clause]
        if (
            a >= len(self.tokens)
            or not self.tokens[a].is_cap
            or not self.lex.kind_of(self.keys[a], "preposition")
        ):
            return ""
        c_end = self.clause_end[d.clause]
        if c_end == 0 or self.tokens[c_end - 1].text != ",":
            return ""
        if c_end >= len(self.tokens) or not self.tokens[c_end].is_cap:
            return ""  # a named owner: "Nhà máy ...", "Dự án ..."
        k = c_end
        while k < len(self.tokens) and k - c_end < _MAX_TRAILING and self.tokens[k].is_word:
            if self.function_word(k):
                break  # "sẽ", "đã", "tại": the predicate begins
            k += 1
        return self.surface(c_end, k)

    def before_with(self, d: _Draft) -> str:
        """What "với <tổng ...>" measures: the words of its clause before "với" ("Chương trình đã
        được thông qua với tỷ lệ phiếu thuận 85,25%" -> "tỷ lệ phiếu thuận" + "Chương trình đã
        được thông qua"), at most the _MAX_BEFORE_WITH nearest."""
        if not d.subject:
            return ""
        k = d.subject[0][0] - 1
        lo = self.clause_start[d.clause]
        if k <= lo or self.keys[k] != "với" or self.lex.back(self.keys, k, lo, frozenset({"boundary"})):
            return ""  # "... cho biết với mức tăng trưởng 23%": a speaker, not the measured thing
        runs = self.clean(max(lo, k - _MAX_BEFORE_WITH), k, self.depth[k])
        return self.runs_text(runs) if self.has_noun(runs) else ""

    def with_count(self, d: _Draft, prev: _Draft) -> bool:
        """``d`` is an amount of the count right before it: "ký kết 68 dự án với tổng vốn đầu tư
        180.000 tỷ đồng" (the total of those projects)."""
        if prev.unit_kind != "count" or not d.subject or not prev.base:
            return False
        k = d.subject[0][0] - 1
        end = prev.trailing[1] if prev.trailing else prev.ue
        return k == end and self.keys[k] == "với"

    def has_noun(self, runs: list[tuple[int, int]]) -> bool:
        """Some word of the subject is not a cue word: "vượt so", "Trong" name nothing."""
        return any(not self.function_word(k) for s, e in runs for k in range(s, e))

    def function_word(self, k: int) -> bool:
        kinds = self.lex.longest(self.keys, k, k + 1)[1]
        return bool(kinds) and kinds <= _FUNCTION

    def inherit(self, d: _Draft, by_clause: dict[int, _Draft]) -> str:
        """The subject of the clause before: its figure's name, or its words."""
        if d.clause in by_clause:  # "tăng từ 1,8 triệu đồng lên 2,34 triệu đồng"
            return by_clause[d.clause].base
        c = d.clause - 1
        while c >= max(0, d.clause - _MAX_INHERIT):
            if self.clause_depth[c] > self.clause_depth[d.clause]:
                c -= 1
                continue  # a parenthetical
            if c in by_clause:
                return by_clause[c].base
            text = self.clause_text(c)
            if text:
                return text
            c -= 1
        return ""

    def parallel(self, base: str, prev: _Draft | None) -> str:
        """A short label in a list takes the head of the item before: "hệ CĐ" after "mức thu một
        năm với hệ đại học" -> "mức thu một năm với hệ CĐ"."""
        words = base.split()
        if not words or len(words) > 3 or prev is None or not prev.base:
            return base
        head = fold(words[0])
        before = prev.base.split()
        for i, w in enumerate(before):
            if i > 0 and fold(w) == head:
                return " ".join([*before[:i], base])
        return base

    def complete(self, base: str, d: _Draft, by_clause: dict[int, _Draft], prev: _Draft | None) -> str:
        """A short subject: a label in a list ("hệ CĐ"), or a generic head completed by the clause
        before ("Ngành du lịch của thành phố phục hồi mạnh, tốc độ đạt 12%")."""
        done = self.parallel(base, prev)
        if done != base:
            return done
        keys = [fold(w) for w in base.split()]
        if not self.lex.forward(keys, 0, len(keys), frozenset({"generic"})):
            return self.listed_with(base, d, by_clause)
        before = self.inherit(d, by_clause)
        return f"{before} {base}" if before else base

    def listed_with(self, base: str, d: _Draft, by_clause: dict[int, _Draft]) -> str:
        """The last item of a list of nouns written with commas takes the items and head before
        it: "Giá trị sản xuất nông, lâm, thủy sản đạt ..." -> the whole phrase, not "thủy sản"."""
        items: list[str] = []
        c = d.clause - 1
        while c >= max(0, d.clause - _MAX_INHERIT) and c not in by_clause:
            a = self.clause_start[c]
            if (
                self.clause_depth[c] != self.clause_depth[d.clause]
                or self.tokens[self.clause_end[c] - 1].text != ","
            ):
                break
            if self.lex.longest(self.keys, a, self.clause_end[c])[1] & {"adverbial", "filler"}:
                break  # "Tại hội nghị, GRDP tăng 7%"
            text = self.clause_text(c)
            words = len(text.split())
            if not text or words > 6:
                break
            items.append(text)
            if words > 2:
                break
            c -= 1
        return ", ".join([*reversed(items), base]) if items and len(items[-1].split()) > 2 else base


@dataclass(frozen=True)
class _NameParts:
    """The words of a figure's sentence that its name is made of."""

    kind: str  # the unit kind ("count", "currency", "percent", ...)
    unit: str
    subject: str  # what is measured, before the figure or from the clause before
    kept: str  # change and average words kept ("tăng", "bình quân")
    counted: str  # a count's noun and what is said after it ("người chết")
    verb: str  # the verb right before the figure ("ký kết")
    purpose: str  # "để <purpose>" after an amount
    existential: bool  # "có", "với", "thu hút" before the figure
    host: str  # what has the count ("Huyện X có 19 xã")
    relation: str  # the words of a long existential cue ("tham dự")
    agent: str  # the cause of a causative ("Mưa lũ làm 3 người chết")
    trailing: str  # words read after the figure
    trailing_noun: bool  # they are a noun phrase of two words or more
    baseline: str  # "so với <baseline>"
    period: str  # the time phrase of the figure


def _compose(p: _NameParts) -> tuple[str, str]:
    """A figure's name, and the base a later clause without a subject of its own takes."""
    base = " ".join(x for x in (p.subject, p.kept) if x)
    short = len(base.split()) < 2 and len(p.trailing.split()) > 1  # "còn lại 155 tỷ đồng chưa thi hành"
    parts = [base]
    if p.kind == "currency" and p.verb and p.purpose:
        parts = [p.verb, p.purpose]  # "bố trí 185 tỷ đồng để xử lý sạt lở"
    elif p.kind == "count" and p.existential and not base:
        parts = [p.host, p.counted, p.relation]  # "Huyện X có 19 xã" -> "Huyện X xã"
    elif p.kind == "count" and p.verb:
        # the counted thing names a count after a verb, with the verb phrase when short
        parts = [p.counted, base if 0 < len(base.split()) <= _MAX_VERB_PHRASE else p.verb]
    elif p.kind == "count":
        parts += [p.counted, f"do {p.agent}" if p.agent else ""]
    elif p.trailing and not p.baseline and (p.kind in _RELATIVE or not base or p.trailing_noun or short):
        parts.append(p.trailing)  # "bố trí 12 nghìn tỷ đồng vốn đối ứng ODA": what comes after
    joined = " ".join(x for x in parts if x)
    if p.baseline and p.kind in _RELATIVE:
        parts.append("so với " + p.baseline)
    name = " ".join(x for x in parts if x)
    if p.period and _YEAR_IN.search(p.period) and fold(p.period) not in fold(name):
        name = f"{name} {p.period}" if name else p.period
    return name.strip(" ,;:-") or p.unit, joined if p.kind == "count" else p.subject


_PERIOD_WORDS = regex.compile(r"năm|tháng|quý|ngày|giai|đầu|cuối|trong|từ|đến|tính|sáng|chiều|tối|trưa|đêm")
_YEARS = regex.compile(r"(?:từ\s+)?\d{4}(?:\s*(?:-|đến|tới)\s*\d{4})?", regex.IGNORECASE)
_YEAR_IN = regex.compile(r"\d{4}")
_NAMED_NEXT = regex.compile(r"[ \t]+\p{Lu}")  # a capitalised word next: the noun heads a proper name


def _number_of(text: str, at: int, end: int) -> int:
    """The end of a word "số" written after a number at ``at`` ("1.161.881.837 số cổ phần"), or 0.
    A plain scan: a regex match here costs time in the length of the text."""
    j = at
    while j < end and text[j] in " \t":
        j += 1
    if j == at or not text.startswith("số", j) or j + 3 > end or text[j + 2] not in " \t":
        return 0
    return j + 2


def _year_like(n: NumberMatch) -> bool:
    def one(v: float) -> bool:
        return v.is_integer() and 1900 <= v <= 2100

    return (
        not n.has_magnitude
        and not n.is_word
        and _YEARS.fullmatch(n.text) is not None
        and one(n.value)
        and (n.value_max is None or one(n.value_max))
    )


# --- the article ------------------------------------------------------------------------------


def _overlap(a: str, b: str) -> float:
    ta, tb = set(fold(a).split()), set(fold(b).split())
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def extract_metrics(ctx: Context, claimed: Ranges) -> list[Metric]:
    """Every statistic of the title, body and captions, in text order, each fact once; numbers
    inside ``claimed`` (document numbers, their dates and issuers) are not read."""
    dates = Ranges((d.start, d.end) for d in ctx.dates if not _counted_fraction(ctx.text, d.start, d.end))
    numbers = sorted(
        (
            n
            for n in ctx.numbers
            if not dates.overlaps(n.start, n.end) and not claimed.overlaps(n.start, n.end)
        ),
        key=lambda n: n.start,
    )
    drafts: list[_Draft] = []
    ni = 0
    for s, e, zone in ctx.layout.sentences("title", "body", "caption"):
        while ni < len(numbers) and numbers[ni].start < s:
            ni += 1
        j = ni
        while j < len(numbers) and numbers[j].start < e:
            j += 1
        if j > ni:
            found = _Sentence(ctx, s, e, zone, numbers[ni:j]).read()
            for d in found:
                d.sentence = s
            drafts.extend(found)
        ni = j
    return _records(ctx, _dedupe(drafts))


_DAY_MONTH = regex.compile(r"\d{1,3}/\d{1,3}")


def _counted_fraction(text: str, a: int, b: int) -> bool:
    """A "date" that is a count out of a total: "đã đảm bảo 2/2 tiêu chí", "nghiệm thu 9/11 hạng
    mục" (a counted noun follows it)."""
    if not _DAY_MONTH.fullmatch(text, a, b) or (a > 0 and text[a - 1] in "-–/"):
        return False  # "30/4-1/5": the end of a span of days
    m = _lexicon().after.match(text, b)
    return m is not None and _lexicon().after_kind.get(fold(m.group("u"))) in ("count", "classifier")


def _key(d: _Draft) -> tuple[float, float | None, str]:
    return (float(f"{d.num.value:.4g}"), d.num.value_max, fold(d.unit))


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """One record per fact: a figure of the title or a caption repeated in the body, or the same
    figure twice under much the same name."""
    body = [d for d in drafts if d.zone == "body"]
    rest = [d for d in drafts if d.zone != "body"]
    kept: list[_Draft] = []
    seen: dict[tuple[float, float | None, str], list[_Draft]] = {}
    for d in body + rest:
        same = seen.get(_key(d), [])
        if any(_same_fact(d, o) for o in same[-_MAX_SAME:]):
            continue
        seen.setdefault(_key(d), []).append(d)
        kept.append(d)
    kept.sort(key=lambda d: d.num.start)
    return kept


def _same_fact(d: _Draft, o: _Draft) -> bool:
    """``d`` repeats ``o`` (same value and unit): from the title or a caption, under much the
    same name, or, for an amount or a count of another sentence, for the same period (two
    different facts seldom share an exact amount; two percentages often do, and so do the items
    of one sentence's list)."""
    if d.zone != "body":
        return True
    if (d.item or o.item) and d.sentence == o.sentence:
        return False  # "A có 4 tỷ, B 4 tỷ": two items of a list
    if _overlap(d.name, o.name) >= _SAME_NAME:
        return True
    if d.unit_kind in _RELATIVE:
        return False
    if d.sentence == o.sentence:
        return False  # "9 dự luật ..., 9 dự luật khác", "tỉnh A 4 tỷ, tỉnh B 4 tỷ"
    return d.period_text == o.period_text


def _records(ctx: Context, drafts: list[_Draft]) -> list[Metric]:
    out: list[Metric] = []
    for d in drafts:
        n = d.num
        baseline = ctx.doc.surface(*d.baseline) if d.baseline else None
        period = _PERIOD_LEAD.sub("", ctx.doc.surface(*d.period)) if d.period else None
        # a range is one record with both ends, then one for its high end (see the module docstring)
        ends: list[tuple[str, float, float | None]] = (
            [(d.name, n.value, None)]
            if n.value_max is None
            else [(f"{d.name} (mức thấp)", n.value, n.value_max), (f"{d.name} (mức cao)", n.value_max, None)]
        )
        for name, value, value_max in ends:
            out.append(
                Metric(
                    name=name,
                    value=value,
                    value_max=value_max,
                    unit=d.unit,
                    qualifier=d.qualifier,
                    change=d.change,
                    baseline=baseline,
                    period=period,
                    raw=ctx.doc.surface(n.start, d.unit_end),
                    span=ctx.doc.span(n.start, d.unit_end),
                )
            )
    return out
