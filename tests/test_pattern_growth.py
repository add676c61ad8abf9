"""No pattern of the package grows superlinearly on long runs of one character class (issue 16).

Every compiled pattern is collected (tests/hostile_inputs.py: module globals, cached builders,
literals), so a new one is covered without being listed. Each is run as the package runs it
(searched at every position, or matched where a grammar would call it) over runs of digits,
punctuation, spaces of every kind, letters and separators, alone and after genre openers.

Timing on a busy machine: a first pass at 1,000 and 10,000 characters of run; a pattern whose
time grows more than LIMIT times is measured again at 4,000 and 40,000, best of three, and fails
only if it grows that much again. Linear growth is about 10x, quadratic about 100x; LIMIT = 30
sits between. benchmarks/pattern_growth.py prints the ratios.
"""

from __future__ import annotations

import time

import pytest

from hostile_inputs import Found, best_pair, cases, entry_points, growth, hostile, package_patterns, scan
from vn_newsie import extract

FIRST = (1_000, 10_000)
AGAIN = (4_000, 40_000)
LIMIT = 30.0
# Seconds the larger text must take before a ratio counts: a quadratic run of 10,000 characters
# takes far longer (the defects this guards against took seconds on 8,000), while a linear one is
# a few milliseconds, where a busy machine's noise alone can make one run 30x another.
FLOOR = 0.02
TIMEOUT = 5.0  # seconds for one run: no linear pattern comes near it on 40,000 characters
PATTERNS = package_patterns()


def superlinear(found: Found, opener: str, unit: str) -> float | None:
    """The growth ratio when it stays above LIMIT on a second, larger measurement, else None."""
    entries = entry_points(opener)
    small, large = (scan(found, hostile(opener, unit, n), TIMEOUT, entries) for n in FIRST)
    if large == float("inf"):
        return large
    if large < FLOOR or large / max(small, 1e-7) <= LIMIT:
        return None  # milliseconds on 10,000 characters: nothing quadratic is that fast
    ratio = growth(found, opener, unit, AGAIN, repeats=3, timeout=TIMEOUT)
    if ratio <= LIMIT:
        return None
    big = min(scan(found, hostile(opener, unit, AGAIN[1]), TIMEOUT, entries) for _ in range(3))
    return ratio if big >= 5 * FLOOR else None  # quadratic on 40,000 characters: seconds, not 0.1 s


def test_the_collector_finds_the_patterns_of_every_grammar() -> None:
    modules = {name.split(".")[0] for name in PATTERNS}
    assert {"text", "dates", "numbers", "documents", "meetings", "metrics", "places", "people"} <= modules
    assert "numbers._CODE_AFTER" in PATTERNS and "text._SENT_END" in PATTERNS
    assert PATTERNS["numbers._CODE_AFTER"].anchored and not PATTERNS["text._SENT_END"].anchored
    assert len(PATTERNS) > 60


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear_on_long_runs(name: str) -> None:
    found = PATTERNS[name]
    slow = {}
    for case, opener, unit in cases():
        ratio = superlinear(found, opener, unit)
        if ratio is not None:
            slow[case] = "timeout" if ratio == float("inf") else f"{ratio:.0f}x"
    assert not slow, f"{name} grows superlinearly (10x the input): {slow}"


# The whole pipeline on the same runs: a pattern matched after every number or token is linear
# per call but quadratic over a run of numbers ("1-1-1-..."), which only the caller shows.
PIPELINE_AGAIN = (10_000, 100_000)  # extract() has a fixed cost: sizes where the run dominates
PIPELINE = [
    c for c in cases() if not c[1] or c[0].endswith(("+spaces", "+nbsp-entity", "+dots", "+digit-hyphen"))
]


def _extract_time(text: str) -> float:
    t0 = time.perf_counter()
    extract(text)
    return time.perf_counter() - t0


@pytest.mark.parametrize("opener,unit", [c[1:] for c in PIPELINE], ids=[c[0] for c in PIPELINE])
def test_extract_is_linear_on_long_runs(opener: str, unit: str) -> None:
    small, large = (_extract_time(hostile(opener, unit, n)) for n in FIRST)
    if large < FLOOR or large / small <= LIMIT:
        return
    texts = [hostile(opener, unit, n) for n in PIPELINE_AGAIN]
    small, large = best_pair(lambda: _extract_time(texts[0]), lambda: _extract_time(texts[1]), 3)
    assert large / small <= LIMIT, f"extract() takes {large / small:.0f}x as long on 10x the input"


# Runs of the genre's own shapes, pasted as one sentence: roles chained without end, a list of
# names with their roles. Every rule of attachment_rules.tsv is a pattern over the items of a
# sentence: read over the whole run at once, each match and each link would cost the run's length.
GENRE_RUNS = {
    "chained-roles": lambda n: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, " * n + "ông Nguyễn Văn An.",
    "names-with-roles": lambda n: "Dự hội nghị có các đồng chí: " + "Lê Văn Hùng, Chủ tịch UBND huyện; " * n,
}


@pytest.mark.parametrize("name", sorted(GENRE_RUNS))
def test_extract_is_linear_on_long_runs_of_the_genre(name: str) -> None:
    make = GENRE_RUNS[name]
    extract(make(10))  # warm-up: lexicon, tables
    texts = [make(n) for n in (500, 5_000)]
    small, large = best_pair(lambda: _extract_time(texts[0]), lambda: _extract_time(texts[1]), 2)
    assert large < FLOOR or large / small <= LIMIT, (
        f"extract() takes {large / small:.0f}x as long on 10x the run"
    )
