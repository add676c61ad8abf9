"""The words of a clause that say what a figure measures: token runs with boundaries, fillers,
time phrases and long parentheticals left out. Read by the cues before a figure, by a count
whose noun heads its clause, and by naming."""

from __future__ import annotations

from .lexicon import BEFORE_KINDS, DROPPED, GENERIC
from .sentence import CLAUSE_PUNCT, CLOSE, OPEN, QUOTES, Sentence

MAX_NAME_WORDS = 14
_WINDOW = 60  # tokens before a figure read for its subject
_LONG_SUBJECT = 10  # words: a longer subject keeps its last conjunct
_FILLERS = frozenset({"filler", "pronoun", "particle"})
_TRAILING = frozenset({"filler", "aspect"})
_BOUNDARY = frozenset({"boundary"})
_LINK = frozenset({"link", "level"})
_GAPS = OPEN | CLOSE | QUOTES  # signs a run of the subject stops at


def clean(sen: Sentence, lo: int, j: int, depth: int) -> list[tuple[int, int]]:
    """Token runs of a subject ``[lo, j)`` at paren ``depth``: boundaries, fillers, pronouns,
    periods and long parentheticals dropped ("tổng sản phẩm (GRDP)" keeps the short one)."""
    lo = max(lo, j - _WINDOW)
    runs = _trim_end(sen, _runs(sen, _start(sen, lo, j), j, depth))
    runs = [
        (s, e)
        for s, e in runs
        if any(sen.tokens[k].is_word or sen.tokens[k].text[:1].isdigit() for k in range(s, e))
    ]
    runs = _from_generic(sen, _last_conjunct(sen, runs))
    # at most MAX_NAME_WORDS words, the first ones: the head of a noun phrase comes first
    out: list[tuple[int, int]] = []
    room = MAX_NAME_WORDS
    for s, e in runs:
        if room <= 0:
            break
        out.append((s, min(e, s + room)))
        room -= e - s
    return out


def _start(sen: Sentence, lo: int, j: int) -> int:
    """After the last boundary word that is not at the very end, and past link words opening it."""
    cue, keys, tokens = sen.cue, sen.keys, sen.tokens
    a = lo
    i = lo
    while i < j - 1:
        n = cue.leading(i, j, _BOUNDARY) if tokens[i].text[:1].islower() else 0
        n = n if i + n < j else 0  # not at the very end
        if not n and keys[i] == "với" and "generic" in cue.longest(i + 1, j)[1]:
            n = 1  # "... chính sách với tổng trị giá 600 triệu đồng"
        if n:
            a = i + n
            i += n
        else:
            i += 1
    while a < j:  # "..., đạt tỷ lệ 95%": the clause has no subject of its own (but "Chỉ số ...")
        n, kinds = cue.longest(a, j)
        if not n or kinds.isdisjoint(_LINK):
            break
        a += n
    return a


def _runs(sen: Sentence, a: int, j: int, depth: int) -> list[tuple[int, int]]:
    """The runs of ``[a, j)`` between fillers, pronouns, time phrases, brackets and asides."""
    lex, keys, cue, tokens, depths = sen.lex, sen.keys, sen.cue, sen.tokens, sen.depth
    periods = bool(sen.periods)
    runs: list[tuple[int, int]] = []
    i = a
    cur: int | None = None
    while i < j:
        n = cue.forward(i, j, _FILLERS)
        t = tokens[i]
        if n and (cur is None or (lex.cues.get(tuple(keys[i : i + n])) or frozenset()) & DROPPED):
            if cur is not None:
                runs.append((cur, i))
                cur = None
            i += n
            continue
        if (
            t.text in _GAPS
            or (periods and sen.in_period(t.start, t.end))
            or (depths[i] > depth and sen.aside(i, depth))
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
    return runs


def _trim_end(sen: Sentence, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trailing fillers and aspect words dropped ("... khó khăn thì", "khoản chi ... sẽ")."""
    while runs:
        s, e = runs[-1]
        found = sen.cue.back(e, s, _TRAILING)  # the longest such cue ending the run
        if found is None:
            break
        n = found[0]
        runs[-1] = (s, e - n)
        if runs[-1][0] >= runs[-1][1]:
            runs.pop()
    return runs


def _last_conjunct(sen: Sentence, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A long subject of two coordinated verb phrases keeps the one nearest the figure: "công ty
    đã tặng quà cho hộ nghèo tại huyện A và ủng hộ Quỹ xóa nhà tạm 100 triệu đồng" -> "ủng hộ
    Quỹ xóa nhà tạm"."""
    if sum(e - s for s, e in runs) <= _LONG_SUBJECT:
        return runs
    for i in range(len(runs) - 1, -1, -1):
        s, e = runs[i]
        for k in range(e - 1, s - 1, -1):
            after = (e - k - 1) + sum(b - a for a, b in runs[i + 1 :])
            if sen.keys[k] == "và" and after >= 3 and _verb_phrase_before(sen, runs[0][0], k):
                return [(k + 1, e), *runs[i + 1 :]] if k + 1 < e else runs[i + 1 :]
    return runs


def _from_generic(sen: Sentence, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A subject too long for a name starts at its last generic noun, the head of what is
    measured: "Giám đốc Sở ... yêu cầu các trường nâng tỉ lệ học sinh được học bơi lên
    60%" -> "tỉ lệ học sinh được học bơi"."""
    if sum(e - s for s, e in runs) <= MAX_NAME_WORDS:
        return runs
    for i in range(len(runs) - 1, -1, -1):
        s, e = runs[i]
        for k in range(e - 1, s, -1) if i == 0 else range(e - 1, s - 1, -1):
            if sen.cue.forward(k, e, GENERIC) and not sen.cue.longest_back(k, s):
                return [(k, e), *runs[i + 1 :]]
    return runs


def _verb_phrase_before(sen: Sentence, a: int, k: int) -> bool:
    """Tokens ``[a, k)`` hold a tense or aspect word: a verb phrase ("công ty đã tặng quà"),
    not a noun coordinated by "và" ("mức bội chi ngân sách và dự phòng")."""
    return any(sen.lex.kind_of(sen.keys[i], "aspect") for i in range(a, k))


def clause_text(sen: Sentence, c: int) -> str:
    """The cleaned words of clause ``c`` (for a later clause without a subject). When a number
    not read as a figure ends it, its subject is the words before that number and its cues
    ("Lực lượng lao động nữ là 21,2 triệu, chiếm 49%": "Lực lượng lao động nữ")."""
    a, b = sen.clause_start[c], sen.clause_end[c]
    if b > a and sen.tokens[b - 1].text in CLAUSE_PUNCT:
        b -= 1
    k = next(
        (sen.tok_at(n.start) for n in sen.numbers if sen.tok_at(n.end) == b > sen.tok_at(n.start) > a),
        b,
    )
    if k < b:  # the bare number ends the clause: it is that clause's figure
        k = _subject_end(sen, a, k)
        if k > a:
            b = k
    return sen.runs_text(clean(sen, a, b, sen.clause_depth[c]))


def _subject_end(sen: Sentence, a: int, k: int) -> int:
    """Token ``k`` moved back over the qualifier and link words right before a number there."""
    lex = sen.lex
    while k > a:
        q = lex.qualifier_back(sen.keys, k, a)
        c = sen.cue.back(k, a, BEFORE_KINDS)
        n = max(q[0] if q else 0, c[0] if c else 0)
        if not n:
            break
        k -= n
    return k
