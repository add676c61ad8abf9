"""Benchmarks: throughput, memory over a long stream, start-up, and growth on hostile input.

    python benchmarks/run.py                 # everything, 10,000-article memory stream
    python benchmarks/run.py --quick         # smaller stream and growth sizes
    python benchmarks/run.py throughput growth

Figures are printed, not asserted: they go into the README with the machine they ran on.
The corpus is ../shared/dev when present (real articles), else examples/.
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

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev"


def corpus_files() -> list[Path]:
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    return files or sorted((ROOT / "examples").glob("*.txt"))


def corpus() -> list[str]:
    return [f.read_text(encoding="utf-8") for f in corpus_files()]


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def underthesea_ner(texts: list[str]) -> None:
    from underthesea import ner, sent_tokenize

    for text in texts:
        for sent in sent_tokenize(text):
            ner(sent)


def bench_throughput(texts: list[str], rounds: int) -> dict[str, float]:
    from vn_newsie import extract
    from vn_newsie.batch import extract_many

    work = texts * rounds
    chars = sum(map(len, work))
    extract(texts[0])  # lazy loads happen once, outside the timing
    one = timed(lambda: [extract(t) for t in work])
    list(extract_many(texts[:4], workers=2, chunksize=1))  # page in what the workers import
    # a longer stream, so that starting the two workers (about a second) is paid once, as in use
    two = timed(lambda: list(extract_many(work * 6, workers=2, chunksize=4))) / 6  # per len(work)
    underthesea_ner(texts[:1])
    base = timed(lambda: underthesea_ner(texts))
    base_per_article = base / len(texts)
    res = {
        "articles": len(work),
        "articles_per_s_1": len(work) / one,
        "mb_per_s_1": chars / one / 1e6,
        "articles_per_s_2": len(work) / two,
        "speedup_2_workers": one / two,
        "underthesea_ner_articles_per_s": 1 / base_per_article,
        "ratio_vs_underthesea": base_per_article / (one / len(work)),
    }
    print(f"throughput, 1 process : {res['articles_per_s_1']:.1f} articles/s, {res['mb_per_s_1']:.2f} MB/s")
    print(
        f"throughput, 2 workers : {res['articles_per_s_2']:.1f} articles/s ({res['speedup_2_workers']:.2f}x one)"
    )
    print(f"underthesea NER       : {res['underthesea_ner_articles_per_s']:.2f} articles/s")
    print(f"vn_newsie vs NER      : {res['ratio_vs_underthesea']:.1f}x faster")
    return res


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


# First calls in a fresh process: a whole article (the example), and a sentence whose bare
# two-syllable name makes the pipeline load underthesea's NER (once per process).
_FIRST_CALL_NER = "Theo Vũ Hùng, mô hình hợp tác xã kiểu mới đã giúp nhiều hộ thoát nghèo."


def bench_startup() -> dict[str, float]:
    code = (
        "import sys, time; t0 = time.perf_counter(); import vn_newsie; t1 = time.perf_counter();"
        "vn_newsie.extract(sys.argv[1]); t2 = time.perf_counter();"
        "print(t1 - t0, t2 - t1)"
    )
    example = (ROOT / "examples" / "hoi-nghi-tinh-uy.txt").read_text(encoding="utf-8")

    def fresh(text: str) -> tuple[float, float]:
        runs = [
            subprocess.run([sys.executable, "-c", code, text], capture_output=True, text=True, check=True)
            for _ in range(3)
        ]
        imp, first = (min(float(r.stdout.split()[i]) for r in runs) for i in (0, 1))
        return imp, first

    imp, first = fresh(example)
    _, first_ner = fresh(_FIRST_CALL_NER)
    code_ut = "import time; t0 = time.perf_counter(); from underthesea import ner; ner('Ông Nguyễn Văn An'); print(time.perf_counter() - t0)"
    ut = min(
        float(
            subprocess.run([sys.executable, "-c", code_ut], capture_output=True, text=True, check=True).stdout
        )
        for _ in range(2)
    )
    print(f"import vn_newsie      : {imp * 1000:.0f} ms")
    print(
        f"first extract()       : {first * 1000:.0f} ms (the example article); {first_ner * 1000:.0f} ms (loads the NER)"
    )
    print(f"underthesea import+first ner(): {ut * 1000:.0f} ms")
    return {
        "import_s": imp,
        "first_call_s": first,
        "first_call_ner_s": first_ner,
        "underthesea_import_first_s": ut,
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
    ap.add_argument("what", nargs="*", default=["throughput", "startup", "growth", "memory"])
    ap.add_argument("--quick", action="store_true", help="small stream and growth sizes")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    texts = corpus()
    print(f"machine: {machine()}; corpus: {len(texts)} articles, {sum(map(len, texts))} chars")
    figures: dict[str, object] = {"machine": machine()}
    if "throughput" in args.what:
        figures["throughput"] = bench_throughput(texts, rounds=2 if args.quick else 5)
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
