"""Growth on hostile input: how much longer 10x the input takes (target: at most 15x).

    python benchmarks/pattern_growth.py               # every pattern, then extract(), at 2k/20k
    python benchmarks/pattern_growth.py --quick       # 1k/10k
    python benchmarks/pattern_growth.py --only _DATE  # patterns whose name contains _DATE

For every compiled pattern of the package (collected by tests/hostile_inputs.py) and every run
of a character class, alone and after a genre opener, the best of three timings at two sizes
10x apart; per pattern the worst case is printed. Then the same for the whole pipeline,
``extract()``, on each case. Printed, not asserted: tests/test_pattern_growth.py asserts a
looser bound that a busy machine cannot trip.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile_inputs import best_of, cases, growth, hostile, package_patterns  # noqa: E402

TARGET = 15.0


def pattern_growth(sizes: tuple[int, int], only: str | None) -> list[tuple[str, str, float]]:
    rows = []
    for name, found in package_patterns().items():
        if only and only not in name:
            continue
        worst = max(
            (
                (case, growth(found, opener, unit, sizes, repeats=3, timeout=30.0))
                for case, opener, unit in cases()
            ),
            key=lambda r: r[1],
        )
        rows.append((name, *worst))
        print(f"  {name:<34} worst {worst[1]:6.1f}x  on {worst[0]}", flush=True)
    return rows


def extract_growth(sizes: tuple[int, int]) -> list[tuple[str, float, float]]:
    from vn_newsie import extract

    extract("khởi động")
    rows = []
    for case, opener, unit in cases():
        small, large = (hostile(opener, unit, n) for n in sizes)
        a = best_of(lambda s=small: _timed(extract, s), 3)  # type: ignore[misc]
        b = best_of(lambda s=large: _timed(extract, s), 3)  # type: ignore[misc]
        rows.append((case, b, b / a))
        print(f"  {case:<28} {a * 1000:8.1f} ms {b * 1000:9.1f} ms  {b / a:6.1f}x", flush=True)
    return rows


def _timed(fn: object, arg: str) -> float:
    t0 = time.perf_counter()
    fn(arg)  # type: ignore[operator]
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="1,000 and 10,000 characters instead of 2,000 and 20,000"
    )
    ap.add_argument("--only", help="patterns whose name contains this")
    ap.add_argument("--no-extract", action="store_true", help="patterns only")
    args = ap.parse_args()
    sizes = (1_000, 10_000) if args.quick else (2_000, 20_000)
    print(f"pattern growth, {sizes[0]} -> {sizes[1]} characters of run (best of 3):")
    rows = pattern_growth(sizes, args.only)
    over = [r for r in rows if r[2] > TARGET]
    ex_over: list[tuple[str, float, float]] = []
    if not args.no_extract and not args.only:
        print(f"extract() growth, {sizes[0]} -> {sizes[1]} characters of run (best of 3):")
        ex_over = [r for r in extract_growth(sizes) if r[2] > TARGET]
    print(f"patterns over {TARGET:.0f}x: {len(over)} of {len(rows)}; extract() cases over: {len(ex_over)}")
    for name, case, ratio in over:
        print(f"  pattern {name} on {case}: {ratio:.1f}x")
    for case, secs, ratio in ex_over:
        print(f"  extract() on {case}: {ratio:.1f}x ({secs:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
