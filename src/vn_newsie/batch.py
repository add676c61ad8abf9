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
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sized
from contextlib import closing
from dataclasses import dataclass
from itertools import islice
from typing import IO, TYPE_CHECKING, Any, TextIO, Union

from .errors import WorkerDied
from .pipeline import extract
from .progress import Progress, track
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


# What crosses to a worker: index, id, text, published, and the error found while reading the
# input (then nothing is extracted). Only these fields are sent, so an unpicklable extra field
# of a record does not matter.
_Job = tuple[int, Union[str, None], Any, Published, Union[str, None]]  # noqa: UP007


@dataclass(frozen=True)
class _Unreadable:
    """An input already known to be bad (a JSONL line that is not JSON): it becomes an error
    result in its place, with nothing extracted."""

    id: str | None
    error: str


def _message(e: BaseException) -> str:
    """An exception as one line of bounded length: the error field of a record."""
    try:
        text = f"{type(e).__name__}: {e}"
    except Exception:  # a __str__ that fails
        text = type(e).__name__
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"


def _job(index: int, item: Input | _Unreadable, published: Published) -> _Job:
    """Read one input in the caller's process; whatever goes wrong is that input's error."""
    ident = None
    try:
        if isinstance(item, _Unreadable):
            return index, item.id, None, None, item.error
        if isinstance(item, str):
            return index, None, item, published, None
        if not isinstance(item, Mapping):
            raise TypeError(f"an input must be a str or a mapping with 'text', not {type(item).__name__}")
        raw_id = item.get("id")
        try:
            ident = None if raw_id is None else str(raw_id)
        except Exception as e:
            raise ValueError(f"the record's id cannot be read as text ({_message(e)})") from None
        if "text" not in item:
            raise ValueError("record has no 'text' field")
        pub = item.get("published")
        return index, ident, item["text"], published if pub is None else pub, None
    except Exception as e:  # one bad input must not stop the batch: it is reported, not raised
        return index, ident, None, None, _message(e)


def _run_one(job: _Job) -> BatchResult:
    index, ident, text, pub, error = job
    if error is not None:
        return BatchResult(index, ident, None, error)
    try:
        return BatchResult(index, ident, extract(text, published=pub))
    except Exception as e:  # one bad article must not stop the batch: it is reported, not raised
        return BatchResult(index, ident, None, _message(e))


def _warm_worker() -> None:
    """Load the gazetteers and compile the grammars once, when a worker starts."""
    extract("Chiều 18/02, đồng chí Bí thư Tỉnh ủy chủ trì hội nghị; thu ngân sách đạt 1.250 tỷ đồng.")


def _run_chunk(chunk: list[_Job]) -> list[BatchResult]:
    return [_run_one(job) for job in chunk]


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
    items: Iterable[Input | _Unreadable], published: Published, workers: int | None, chunksize: int
) -> Iterator[BatchResult]:
    if workers == 0:
        workers = os.cpu_count() or 1
    jobs = (_job(i, item, published) for i, item in enumerate(items))
    if not workers or workers <= 1:
        for job in jobs:
            yield _run_one(job)
        return
    yield from _parallel(jobs, workers, max(1, chunksize))


def _parallel(jobs: Iterator[_Job], workers: int, chunksize: int) -> Iterator[BatchResult]:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    window = workers * 3
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
    pending: deque[tuple[list[_Job], Future[list[BatchResult]]]] = deque()
    try:
        while True:
            while len(pending) < window:
                chunk = list(islice(jobs, chunksize))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_run_chunk, chunk)))
            if not pending:
                return
            chunk, fut = pending.popleft()
            try:
                yield from fut.result()
            except BrokenProcessPool:
                # a worker died: every chunk still in flight is lost with the pool; redo them
                lost = [chunk] + [c for c, _ in pending]
                pending.clear()
                _close(pool)
                pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
                for c in lost:
                    results, pool = _retry_alone(c, pool, workers)
                    yield from results
            except Exception:  # the chunk could not be sent or returned (pickling): one by one
                results, pool = _retry_alone(chunk, pool, workers)
                yield from results
    finally:
        _close(pool)


def _close(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down and wait for its manager thread.

    Not ``wait=False``: a manager thread still closing its wake-up pipe when the interpreter
    exits races ``concurrent.futures``' exit hook (CPython 3.10-3.12 print "OSError: Bad file
    descriptor" on stderr). Work not started is cancelled, so the wait is for running chunks only.
    """
    pool.shutdown(wait=True, cancel_futures=True)


def _retry_alone(
    chunk: list[_Job], pool: ProcessPoolExecutor, workers: int
) -> tuple[list[BatchResult], ProcessPoolExecutor]:
    """Run a chunk one article per task, so that only the article that kills a worker fails."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    out = []
    for job in chunk:
        index, ident = job[0], job[1]
        try:
            out.extend(pool.submit(_run_chunk, [job]).result())
        except BrokenProcessPool:
            log.warning("a worker process died on item %d (id %s); it is reported as failed", index, ident)
            out.append(
                BatchResult(
                    index, ident, None, f"{WorkerDied.__name__}: the worker process died on this article"
                )
            )
            _close(pool)
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_worker)
        except Exception as e:
            out.append(BatchResult(index, ident, None, f"cannot pass this input to a worker: {_message(e)}"))
    return out, pool


# --- JSONL ------------------------------------------------------------------------------------


@dataclass
class JsonlStats:
    lines: int = 0
    ok: int = 0
    errors: int = 0
    written: int = 0  # bytes of whole lines written (and flushed) so far


class OutputError(Exception):
    """Writing a line failed (disk full, device error); ``written`` bytes of whole lines are out."""

    def __init__(self, error: OSError, written: int) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error
        self.written = written


class _LineError(Exception):
    pass


def _parse_line(lineno: int, raw: bytes) -> Input:
    try:
        line = raw.decode("utf-8-sig")  # a byte-order mark opens many exported lines
    except UnicodeDecodeError as e:
        raise _LineError(f"line is not UTF-8 (byte {e.start})") from None
    if not line.strip():
        raise _LineError("empty line")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise _LineError(f"invalid JSON: {e.msg} at column {e.colno}") from None
    except RecursionError:
        raise _LineError("invalid JSON: nested too deep") from None
    except ValueError as e:  # an integer of more than 4,300 digits
        raise _LineError(f"invalid JSON: {_message(e)}") from None
    if isinstance(obj, str):
        return obj
    if not isinstance(obj, dict):
        raise _LineError(f"expected an object with 'text', got {type(obj).__name__}")
    if not isinstance(obj.get("text"), str):
        raise _LineError("object has no string field 'text'")
    return obj


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _dumps(rec: dict[str, Any]) -> str:
    """One JSON line; a lone surrogate (an id read from a "\\ud800" escape) stays an escape."""
    line = json.dumps(rec, ensure_ascii=False, allow_nan=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def _line(res: BatchResult) -> tuple[str, bool]:
    """The output line for one result, and whether it is an article; never raises."""
    lineno = res.index + 1
    if res.article is None:
        return _dumps({"line": lineno, "id": res.id, "error": res.error}), False
    try:
        return _dumps({"line": lineno, "id": res.id, "article": res.article.model_dump(mode="json")}), True
    except Exception as e:
        err = f"cannot write the article as JSON: {_message(e)}"
        return _dumps({"line": lineno, "id": res.id, "error": err}), False


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

    ``total``, the number of lines when known, gives the progress bar its end and time left. Each
    line is flushed as it is written: if the output fails (``OutputError``), the lines before it
    are whole and ``written`` says where they end.
    """
    stats = JsonlStats()

    def inputs() -> Iterator[Input | _Unreadable]:
        for lineno, raw in enumerate(src, 1):
            try:
                yield _parse_line(lineno, raw.rstrip(b"\r\n"))
            except _LineError as e:  # reported on its own line; every other line still runs
                yield _Unreadable(_guess_id(raw), str(e))

    results = track(_extract_all(inputs(), published, workers, 16), progress, total)
    with closing(results):  # the reporter is closed however the loop ends
        for res in results:
            stats.lines += 1
            line, ok = _line(res)
            stats.ok += ok
            stats.errors += not ok
            try:
                out.write(line + "\n")
                out.flush()
            except BrokenPipeError:
                raise
            except OSError as e:
                raise OutputError(e, stats.written) from None
            stats.written += len(line.encode("utf-8")) + 1
    return stats


def _guess_id(raw: bytes) -> str | None:
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
        return str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None
    except Exception:  # the line is already reported as unreadable; its id is a courtesy
        return None
