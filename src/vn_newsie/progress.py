"""Progress of long runs: a bar where someone watches, periodic log lines where no one does.

``progress=True`` shows a tqdm bar (count, rate and, with a known total, the time left) when
standard error is a terminal or the code runs in a Jupyter kernel; elsewhere (a log file, a
scheduler) it logs a line on the ``vn_newsie`` logger every ``LOG_EVERY_S`` seconds and one at
the end, at INFO level. A callable gets ``(done, total)`` after every item; ``total`` is None when
the input has no length.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Generator, Iterable
from typing import Any, TypeVar, Union

log = logging.getLogger("vn_newsie")

ProgressCallback = Callable[[int, Union[int, None]], None]  # noqa: UP007 (a runtime alias)
Progress = Union[bool, ProgressCallback, None]  # noqa: UP007
LOG_EVERY_S = 30.0

T = TypeVar("T")


class Reporter:
    """Counts items and passes ``(done, total)`` to a callable; ``close()`` when the run ends."""

    def __init__(self, report: ProgressCallback, total: int | None) -> None:
        self._report, self.total, self.done = report, total, 0

    def update(self, n: int = 1) -> None:
        self.done += n
        self._report(self.done, self.total)

    def close(self) -> None:
        close = getattr(self._report, "close", None)
        if close is not None:
            close()


def reporter(progress: Progress, total: int | None = None) -> Reporter | None:
    """What ``progress`` asks for (see the module docstring), or None for no reporting."""
    if not progress:
        return None
    return Reporter(progress if callable(progress) else _default(total), total)


def track(items: Iterable[T], progress: Progress, total: int | None = None) -> Generator[T, None, None]:
    """Yield ``items`` unchanged, reporting progress after each one as ``progress`` asks."""
    rep = reporter(progress, total)
    if rep is None:
        yield from items
        return
    try:
        for item in items:
            yield item
            rep.update()
    finally:
        rep.close()


def _default(total: int | None) -> ProgressCallback:
    if sys.stderr.isatty() or "ipykernel" in sys.modules:
        try:
            return _Bar(total)
        except ImportError:  # tqdm comes with underthesea; without it, log lines
            pass
    return _LogLines()


class _Bar:
    def __init__(self, total: int | None) -> None:
        from tqdm import tqdm

        self._bar: Any = tqdm(total=total, unit=" articles", file=sys.stderr, mininterval=0.5)

    def __call__(self, done: int, total: int | None) -> None:
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        self._bar.close()


class _LogLines:
    def __init__(self) -> None:
        self._start = self._last = time.monotonic()
        self._done = 0

    def __call__(self, done: int, total: int | None) -> None:
        self._done = done
        now = time.monotonic()
        if now - self._last >= LOG_EVERY_S:
            self._last = now
            log.info("%s", describe(done, total, now - self._start))

    def close(self) -> None:
        seconds = time.monotonic() - self._start
        rate = self._done / seconds if seconds > 0 else 0.0
        log.info("done: %s articles in %s (%.1f/s)", f"{self._done:,}", _duration(seconds), rate)


def describe(done: int, total: int | None, seconds: float) -> str:
    """'1,200 of 10,000 articles (12%), 35.2/s, about 4 min 10 s left' (no total: no share, no ETA)."""
    rate = done / seconds if seconds > 0 else 0.0
    if total is None:
        return f"{done:,} articles, {rate:.1f}/s, {_duration(seconds)} so far"
    share = f" ({100 * done / total:.0f}%)" if total else ""
    left = f", about {_duration((total - done) / rate)} left" if rate > 0 and done < total else ""
    return f"{done:,} of {total:,} articles{share}, {rate:.1f}/s{left}"


def _duration(seconds: float) -> str:
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s"
    return f"{s // 3600} h {s % 3600 // 60} min"
