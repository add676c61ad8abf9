"""Batches: ``extract_many`` over an iterable of articles, and the JSONL runner of the CLI.

Order is kept, memory stays flat (only a window of chunks is in flight), and with ``workers > 1``
the articles go to worker processes, each loading the pipeline once. A worker that dies (killed,
out of memory) loses nothing: its chunk is retried one article at a time in a fresh pool, and an
article that kills a worker again is reported as failed, with the others unaffected.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass
from itertools import islice
from typing import IO, TYPE_CHECKING, Any, TextIO, Union

from .errors import WorkerDied
from .pipeline import extract
from .progress import Progress, reporter, track
from .records import Article

if TYPE_CHECKING:  # the process pool is imported only when workers are asked for
    from concurrent.futures import Future, ProcessPoolExecutor

Input = Union[str, Mapping[str, Any]]  # noqa: UP007 (a runtime alias: | needs 3.10 objects)
Published = Union[str, dt.date, dt.datetime, None]  # noqa: UP007

log = logging.getLogger("vn_newsie")


@dataclass(frozen=True)
class BatchResult:
    """One input's outcome: ``article`` on success, else ``error`` (a one-line message)."""

    index: int
    id: str | None
    article: Article | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def _unpack(item: Input, published: Published) -> tuple[str | None, Any, Published]:
    if isinstance(item, str):
        return None, item, published
    if isinstance(item, Mapping):
        ident = item.get("id")
        pub = item.get("published")
        return (None if ident is None else str(ident)), item.get("text"), published if pub is None else pub
    return None, item, published


def _run_one(index: int, item: Input, published: Published) -> BatchResult:
    ident, text, pub = _unpack(item, published)
    try:
        if not isinstance(item, (str, Mapping)):
            raise TypeError(f"an input must be a str or a mapping with 'text', not {type(item).__name__}")
        if isinstance(item, Mapping) and "text" not in item:
            raise ValueError("record has no 'text' field")
        return BatchResult(index, ident, extract(text, published=pub))
    except Exception as e:  # one bad article must not stop the batch: it is reported, not raised
        return BatchResult(index, ident, None, f"{type(e).__name__}: {e}")


def _warm_worker() -> None:
    """Load the gazetteers and compile the grammars once, when a worker starts."""
    extract("Chiều 18/02, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị; thu ngân sách đạt 1.250 tỷ đồng.")


def _run_chunk(chunk: list[tuple[int, Input]], published: Published) -> list[BatchResult]:
    return [_run_one(i, item, published) for i, item in chunk]


def extract_many(
    items: Iterable[Input],
    *,
    published: Published = None,
    workers: int | None = None,
    chunksize: int = 16,
    progress: Progress = False,
) -> Iterator[BatchResult]:
    """Extract every input, yielding one ``BatchResult`` per input, in input order.

    An input is the article text, or a mapping with ``text`` and optional ``id`` and
    ``published`` (which overrides the ``published`` argument unless it is None). ``workers=None``
    or 1 runs in this process; ``workers=0`` uses every core. ``progress`` (see
    ``vn_newsie.progress``): True for a bar or periodic log lines, or a callable taking
    ``(done, total)``; the total is known when ``items`` has a length.
    """
    if workers is not None and workers < 0:
        raise ValueError(f"workers must be 0 (every core), 1 or more, not {workers}")
    total = len(items) if isinstance(items, Sized) else None
    return track(_extract_all(items, published, workers, chunksize), progress, total)


def _extract_all(
    items: Iterable[Input], published: Published, workers: int | None, chunksize: int
) -> Iterator[BatchResult]:
    if workers == 0:
        workers = os.cpu_count() or 1
    numbered = enumerate(items)
    if not workers or workers <= 1:
        for i, item in numbered:
            yield _run_one(i, item, published)
        return
    yield from _parallel(numbered, published, workers, max(1, chunksize))


def _parallel(
    numbered: Iterator[tuple[int, Input]], published: Published, workers: int, chunksize: int
) -> Iterator[BatchResult]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = workers * 3
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
    pending: deque[tuple[list[tuple[int, Input]], Future[list[BatchResult]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = list(islice(numbered, chunksize))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_run_chunk, chunk, published)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                yield from fut.result()
            except BrokenProcessPool:
                # a worker died: every chunk still in flight is lost with the pool; redo them
                lost = [chunk] + [c for c, _ in pending]
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
                for c in lost:
                    results, pool = _retry_alone(c, published, pool, workers)
                    yield from results
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _retry_alone(
    chunk: list[tuple[int, Input]], published: Published, pool: ProcessPoolExecutor, workers: int
) -> tuple[list[BatchResult], ProcessPoolExecutor]:
    """Run a chunk one article per task, so that only the article that kills a worker fails."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    out = []
    for i, item in chunk:
        try:
            out.extend(pool.submit(_run_chunk, [(i, item)], published).result())
        except BrokenProcessPool:
            ident = _unpack(item, published)[0]
            log.warning("a worker process died on item %d (id %s); it is reported as failed", i, ident)
            out.append(
                BatchResult(i, ident, None, f"{WorkerDied.__name__}: the worker process died on this article")
            )
            pool.shutdown(wait=False, cancel_futures=True)
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
    return out, pool


# --- JSONL ------------------------------------------------------------------------------------


@dataclass
class JsonlStats:
    lines: int = 0
    ok: int = 0
    errors: int = 0


class _LineError(Exception):
    pass


def _parse_line(lineno: int, raw: bytes) -> Input:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise _LineError(f"line is not UTF-8 (byte {e.start})") from None
    if not line.strip():
        raise _LineError("empty line")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise _LineError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    if isinstance(obj, str):
        return obj
    if not isinstance(obj, dict):
        raise _LineError(f"expected an object with 'text', got {type(obj).__name__}")
    if not isinstance(obj.get("text"), str):
        raise _LineError("object has no string field 'text'")
    return obj


def run_jsonl(
    src: IO[bytes],
    out: TextIO,
    *,
    published: Published = None,
    workers: int = 1,
    progress: Progress = True,
    total: int | None = None,
) -> JsonlStats:
    """Read JSONL from ``src``, write one JSON line per input line to ``out``, in order.

    ``total``, the number of lines when known, gives the progress bar its end and time left."""
    stats = JsonlStats()
    bad: dict[int, tuple[str | None, str]] = {}

    def inputs() -> Iterator[Input]:
        for lineno, raw in enumerate(src, 1):
            try:
                yield _parse_line(lineno, raw.rstrip(b"\r\n"))
            except _LineError as e:
                ident = _guess_id(raw)
                bad[lineno - 1] = (ident, str(e))
                yield {"id": ident, "text": "", "_bad": True}

    bar = reporter(progress, total)
    try:
        for res in extract_many(inputs(), published=published, workers=workers):
            stats.lines += 1
            lineno = res.index + 1
            if res.index in bad:
                ident, err = bad.pop(res.index)
                rec: dict[str, Any] = {"line": lineno, "id": ident, "error": err}
            elif res.article is None:
                rec = {"line": lineno, "id": res.id, "error": res.error}
            else:
                rec = {"line": lineno, "id": res.id, "article": res.article.model_dump(mode="json")}
            if "error" in rec:
                stats.errors += 1
            else:
                stats.ok += 1
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return stats


def _guess_id(raw: bytes) -> str | None:
    try:
        obj = json.loads(raw)
        return str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None
    except (ValueError, TypeError):
        return None
