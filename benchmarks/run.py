"""Benchmarks: speed against underthesea's NER and the floor, stages, workers, memory, start-up.

    python benchmarks/run.py                 # everything, 10,000-article memory stream
    python benchmarks/run.py --quick         # dev set only, smaller stream and growth sizes
    python benchmarks/run.py throughput stages
    python benchmarks/run.py --compiled .venv-compiled/bin/python   # the compiled build beside

The throughput figures time the build this interpreter imports and, when there is one
(`make compiled`, or --compiled PYTHON), the mypyc-compiled build in a child process over the
same articles in the same run, against the same underthesea figure.

Figures are printed, not asserted: they go into the README and docs/performance.md with the
machine they ran on. The corpus is ../shared/dev (plus ../shared/pool) when present (real
articles), else examples/. Every ratio compares figures taken in the same run over the same
articles; CPU time is given beside wall time because the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev"
POOL = ROOT.parent / "shared" / "pool" / "articles.jsonl"


def corpus_files() -> list[Path]:
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    return files or sorted((ROOT / "examples").glob("*.txt"))


def corpus() -> list[str]:
    return [f.read_text(encoding="utf-8") for f in corpus_files()]


def pool() -> list[str]:
    """The pool's articles (no gold), when present: a second, larger sample of the same genre."""
    if not POOL.is_file():
        return []
    return [
        json.loads(line)["text"] for line in POOL.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def clocked(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds of one call: on a shared machine CPU time moves less between runs."""
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def underthesea_ner(texts: list[str]) -> None:
    from underthesea import ner, sent_tokenize

    for text in texts:
        for sent in sent_tokenize(text):
            ner(sent)


# The floor: what any reader of these articles pays at least, NFC plus three compiled scans
# (words and marks, numbers, sentence ends).
_FLOOR = (r"\p{L}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*|[^\s]", r"\d+(?:[.,]\d+)*", r"[.!?]+(?=\s+\p{Lu})")


def floor(texts: list[str]) -> None:
    import unicodedata

    import regex

    patterns = [regex.compile(p) for p in _FLOOR]
    for text in texts:
        t = unicodedata.normalize("NFC", text)
        for p in patterns:
            for _ in p.finditer(t):
                pass


def _per_article(
    fn: Callable[[list[str]], object], texts: list[str], rounds: int
) -> list[tuple[float, float]]:
    """ms per article (wall, CPU) of each round."""
    out = []
    for _ in range(rounds):
        w, c = clocked(lambda: fn(texts))
        out.append((w / len(texts) * 1000, c / len(texts) * 1000))
    return out


def _range(values: list[float]) -> str:
    return f"{min(values):.1f}-{max(values):.1f}" if len(values) > 1 else f"{values[0]:.1f}"


def _ours(batch: list[str]) -> None:
    from vn_newsie import extract

    for t in batch:
        extract(t)


def _batches(texts: list[str], pool_texts: list[str]) -> list[tuple[str, list[str]]]:
    return [("dev", texts)] + ([("dev+pool", texts + pool_texts)] if pool_texts else [])


def ours_only(texts: list[str], rounds: int, pool_texts: list[str]) -> dict[str, object]:
    """vn_newsie's rounds alone (what a child process of the other build reports as JSON)."""
    import vn_newsie

    _ours(texts[:1])  # warmed as bench_throughput warms this process: underthesea's NER loaded
    underthesea_ner(texts[:1])  # (vn_newsie falls back on it for a bare name: loaded once a process)
    return {
        "compiled": vn_newsie.COMPILED,
        **{name: _per_article(_ours, batch, rounds) for name, batch in _batches(texts, pool_texts)},
    }


def _compiled_rounds(python: str | None, quick: bool, rounds: int) -> dict[str, Any] | None:
    """The compiled build's rounds, timed in a child process of its own interpreter."""
    if python is None or not Path(python).exists():
        return None
    argv = [python, __file__, "ours", "--rounds", str(rounds)] + (["--quick"] if quick else [])
    out: dict[str, Any] = json.loads(subprocess.run(argv, capture_output=True, check=True, text=True).stdout)
    return out if out.pop("compiled") else None


def bench_throughput(
    texts: list[str], rounds: int, pool_texts: list[str], compiled: str | None = None
) -> dict[str, object]:
    """vn_newsie, underthesea's NER and the floor over the same articles in the same run."""
    import vn_newsie

    _ours(texts[:1])  # lazy loads happen once, outside the timing
    underthesea_ner(texts[:1])
    other = _compiled_rounds(compiled, not pool_texts, rounds) if not vn_newsie.COMPILED else None
    build = "compiled" if vn_newsie.COMPILED else "pure Python"
    res: dict[str, object] = {"build": build}
    for name, batch in _batches(texts, pool_texts):
        mine = _per_article(_ours, batch, rounds)
        ner = _per_article(underthesea_ner, batch, 1)[0]
        low = min(_per_article(floor, batch, 3))
        best = min(mine, key=lambda x: x[1])
        res[name] = {
            "articles": len(batch),
            "chars_median": sorted(map(len, batch))[len(batch) // 2],
            "vn_newsie_ms": mine,
            "underthesea_ms": ner,
            "floor_ms": low,
            "ratio_wall": [ner[0] / m[0] for m in mine],
            "ratio_cpu": [ner[1] / m[1] for m in mine],
            "floor_multiple_cpu": best[1] / low[1],
        }
        print(f"[{name}: {len(batch)} articles, median {res[name]['chars_median']} chars]")  # type: ignore[index]
        print(
            f"  vn_newsie           : {_range([m[1] for m in mine])} ms/article CPU "
            f"({_range([m[0] for m in mine])} wall) over {rounds} rounds"
        )
        print(f"  underthesea.ner     : {ner[1]:.0f} ms/article CPU ({ner[0]:.0f} wall)")
        print(
            f"  ratio               : {_range([ner[1] / m[1] for m in mine])}x faster (CPU), "
            f"{_range([ner[0] / m[0] for m in mine])}x (wall)"
        )
        print(
            f"  floor (NFC + 3 regex): {low[1]:.2f} ms/article CPU; vn_newsie is {best[1] / low[1]:.1f}x it"
        )
        if other is not None:
            theirs = [tuple(m) for m in other[name]]
            res[name]["compiled"] = {  # type: ignore[index]
                "vn_newsie_ms": theirs,
                "ratio_cpu": [ner[1] / m[1] for m in theirs],
                "floor_multiple_cpu": min(m[1] for m in theirs) / low[1],
            }
            print(
                f"  compiled build      : {_range([m[1] for m in theirs])} ms/article CPU, "
                f"{_range([ner[1] / m[1] for m in theirs])}x underthesea.ner (CPU), "
                f"{min(m[1] for m in theirs) / low[1]:.1f}x the floor"
            )
    return res


def bench_workers(texts: list[str]) -> dict[str, float]:
    """Two worker processes against one, over a stream long enough to pay the start-up once."""
    from vn_newsie import extract
    from vn_newsie.batch import extract_many

    work = texts * 3
    one = timed(lambda: [extract(t) for t in work])
    list(extract_many(texts[:4], workers=2, chunksize=1))  # page in what the workers import
    two = timed(lambda: list(extract_many(work * 2, workers=2, chunksize=4))) / 2
    res = {
        "articles_per_s_1": len(work) / one,
        "articles_per_s_2": len(work) / two,
        "speedup_2_workers": one / two,
    }
    print(
        f"workers               : 1 process {res['articles_per_s_1']:.1f} articles/s, 2 workers "
        f"{res['articles_per_s_2']:.1f} articles/s ({res['speedup_2_workers']:.2f}x one)"
    )
    return res


def bench_stages(texts: list[str]) -> dict[str, float]:
    """CPU ms per article of each stage of extract(), in pipeline order."""
    from vn_newsie import pipeline
    from vn_newsie.context import Context
    from vn_newsie.documents import extract_documents
    from vn_newsie.layout import analyse
    from vn_newsie.meetings import extract_meetings
    from vn_newsie.metrics import extract_metrics
    from vn_newsie.people import extract_people
    from vn_newsie.records import Article
    from vn_newsie.text import normalize

    for text in texts:  # every lazy load (underthesea's models too) happens outside the timing
        pipeline.extract(text)
    cost: dict[str, float] = {}

    def stage(name: str, fn: Callable[[], Any]) -> Any:
        c = time.process_time()
        out = fn()
        cost[name] = cost.get(name, 0.0) + time.process_time() - c
        return out

    for text in texts:
        doc = stage("normalize", lambda text=text: normalize(text))  # type: ignore[misc]
        ctx = Context(doc, stage("layout", lambda doc=doc: analyse(doc)), None)  # type: ignore[misc]
        stage("dates", lambda ctx=ctx: ctx.dates)  # type: ignore[misc]
        stage("numbers", lambda ctx=ctx: ctx.numbers)  # type: ignore[misc]
        stage("place", lambda ctx=ctx: ctx.place)  # type: ignore[misc]
        documents, claimed = stage("documents", lambda ctx=ctx: extract_documents(ctx))  # type: ignore[misc]
        people, mentions = stage("people", lambda ctx=ctx: extract_people(ctx))  # type: ignore[misc]
        metrics = stage("metrics", lambda ctx=ctx, c=claimed: extract_metrics(ctx, c))  # type: ignore[misc]
        meetings = stage(
            "meetings",
            lambda ctx=ctx, p=people, m=mentions, c=claimed: extract_meetings(ctx, p, m, c),  # type: ignore[misc]
        )
        parts = {"people": people, "meetings": meetings, "metrics": metrics, "documents": documents}
        stage("records", lambda parts=parts: Article(**parts))  # type: ignore[misc]
    total = sum(cost.values())
    print(
        "stages (CPU ms/article): " + ", ".join(f"{k} {v / len(texts) * 1000:.2f}" for k, v in cost.items())
    )
    print(f"  total {total / len(texts) * 1000:.2f} ms/article")
    return {k: v / len(texts) * 1000 for k, v in cost.items()}


_STREAM = """
import resource, sys, time
from itertools import cycle, islice
from pathlib import Path
from vn_newsie.batch import extract_many
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[2:]]
n = int(sys.argv[1])
def peak():
    # VmHWM: this process's own high-water mark (ru_maxrss would carry the parent's across exec)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
stream = ({"id": str(i), "text": t} for i, t in enumerate(islice(cycle(texts), n)))
samples, t0 = [], time.perf_counter()
for i, res in enumerate(extract_many(stream), 1):
    assert res.ok, res.error
    if i % max(1, n // 10) == 0:
        samples.append(round(peak(), 1))
print(time.perf_counter() - t0, peak(), *samples)
"""


def bench_memory(files: list[Path], n: int) -> dict[str, object]:
    """Peak memory of a fresh process streaming n articles: flat if nothing accumulates."""
    out_text = subprocess.run(
        [sys.executable, "-c", _STREAM, str(n), *map(str, files)], capture_output=True, text=True, check=True
    ).stdout.split()
    secs, peak, samples = float(out_text[0]), float(out_text[1]), [float(x) for x in out_text[2:]]
    print(f"memory, {n} articles  : peak RSS {peak:.0f} MB; by tenths {samples} ({secs:.0f} s)")
    return {"articles": n, "seconds": secs, "peak_rss_mb": peak, "rss_by_tenth": samples}


def _fresh(code: str, *args: str, env: dict[str, str] | None = None) -> list[float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    return [float(x) for x in out]


# First calls in a fresh process: a whole article (the example), and a sentence whose bare
# two-syllable name makes the pipeline load underthesea's NER (once per process).
_FIRST_CALL_NER = "Theo Vũ Hùng, mô hình hợp tác xã kiểu mới đã giúp nhiều hộ thoát nghèo."


def bench_startup() -> dict[str, object]:
    """First-call latency in fresh processes: with the shipped lexicon, with it rebuilt from the
    tables (as when an overlay folder is set), and on a sentence that loads underthesea's NER."""
    import tempfile

    code = (
        "import sys, time; t0 = time.perf_counter(); import vn_newsie; t1 = time.perf_counter();"
        "vn_newsie.extract(sys.argv[1]); t2 = time.perf_counter(); print(t1 - t0, t2 - t1)"
    )
    example = (ROOT / "examples" / "hoi-nghi-tinh-uy.txt").read_text(encoding="utf-8")
    runs = [_fresh(code, example) for _ in range(3)]
    with tempfile.TemporaryDirectory() as empty:
        env = {**os.environ, "VN_NEWSIE_GAZETTEERS": empty}
        rebuilt = [_fresh(code, example, env=env)[1] * 1000 for _ in range(2)]
    first_ner = [_fresh(code, _FIRST_CALL_NER)[1] * 1000 for _ in range(2)]
    code_ut = "import time; t0 = time.perf_counter(); from underthesea import ner; ner('Ông Nguyễn Văn An'); print(time.perf_counter() - t0)"
    ut = [_fresh(code_ut)[0] * 1000 for _ in range(2)]
    imp, first = [r[0] * 1000 for r in runs], [r[1] * 1000 for r in runs]
    print(f"import vn_newsie      : {_range(imp)} ms")
    print(f"first extract()       : {_range(first)} ms (the example article, fresh processes)")
    print(f"  with the lexicon rebuilt from the tables: {_range(rebuilt)} ms")
    print(f"  a sentence that loads underthesea's NER : {_range(first_ner)} ms")
    print(f"underthesea import+first ner(): {_range(ut)} ms")
    return {
        "import_ms": imp,
        "first_call_ms": first,
        "first_call_rebuilt_ms": rebuilt,
        "first_call_ner_ms": first_ner,
        "underthesea_import_first_ms": ut,
    }


def hostile_inputs(scale: int) -> dict[str, str]:
    """Inputs that make naive extractors quadratic or backtrack: each grows linearly with scale."""
    sentence = (
        "Dự hội nghị có đồng chí Lò Văn Mạnh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; "
        "thu ngân sách đạt 1.250 tỷ đồng, tăng 8,1% so với cùng kỳ theo Quyết định số 12/QĐ-UBND ngày 3/4/2024. "
    )
    return {
        "article": sentence * (50 * scale),
        "digits_and_dots": "1.2" * (3_000 * scale),
        "commas": "," * (10_000 * scale),
        "dong_chi": "đồng chí " * (1_000 * scale),
        "role_lists": ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, " * (500 * scale)) + "Nguyễn Văn An.",
        "one_long_line": ("Ủy ban nhân dân tỉnh " * (600 * scale)).strip(),
    }


def bench_growth(scales: tuple[int, ...]) -> dict[str, list[float]]:
    from vn_newsie import extract

    extract("khởi động")
    out: dict[str, list[float]] = {}
    for scale in scales:
        for name, text in hostile_inputs(scale).items():
            out.setdefault(name, []).append(timed(lambda text=text: extract(text)))  # type: ignore[misc]
    print(f"growth at sizes {'x, '.join(map(str, scales))}x (seconds, then ratio to the smallest):")
    for name, secs in out.items():
        ratios = " ".join(f"{s / secs[0]:.1f}" for s in secs)
        print(f"  {name:<16} {' '.join(f'{s:.3f}' for s in secs)}   ratios {ratios}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "what", nargs="*", default=["throughput", "stages", "workers", "startup", "growth", "memory"]
    )
    ap.add_argument("--quick", action="store_true", help="small stream and growth sizes, no pool")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument(
        "--compiled",
        default=str(ROOT / ".venv-compiled" / "bin" / "python"),
        help="the interpreter of the compiled build, timed beside this one (default: .venv-compiled)",
    )
    ap.add_argument("--rounds", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    texts = corpus()
    extra = [] if args.quick else pool()
    rounds = args.rounds or (2 if args.quick else 5)
    if args.what == ["ours"]:  # the child of _compiled_rounds
        print(json.dumps(ours_only(texts, rounds, extra)))
        return 0
    import vn_newsie

    build = "compiled (mypyc)" if vn_newsie.COMPILED else "pure Python"
    print(
        f"machine: {machine()}; build: {build}; corpus: {len(texts)} dev articles + {len(extra)} pool articles"
    )
    figures: dict[str, object] = {"machine": machine(), "build": build}
    if "throughput" in args.what:
        figures["throughput"] = bench_throughput(texts, rounds, extra, args.compiled)
    if "stages" in args.what:
        figures["stages"] = bench_stages(texts + extra)
    if "workers" in args.what:
        figures["workers"] = bench_workers(texts)
    if "startup" in args.what:
        figures["startup"] = bench_startup()
    if "growth" in args.what:
        figures["growth"] = bench_growth((1, 10) if args.quick else (1, 10, 100))
    if "memory" in args.what:
        figures["memory"] = bench_memory(corpus_files(), 1_000 if args.quick else 10_000)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
