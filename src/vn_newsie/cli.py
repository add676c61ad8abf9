"""Command line: ``vn-newsie extract FILE|-`` prints the Article JSON (``--html OUT``: a page too).

With ``--jsonl`` the input is one JSON object per line (``{"id", "text", "published"}``) and the
output one line per input line, in order; a line that cannot be read or extracted yields an error
record carrying its line number and id, and a count goes to stderr. Progress, and the package's
warnings, go to stderr through the ``vn_newsie`` logger. ``python -m vn_newsie`` is the same.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import COMPILED
from ._version import __version__
from .errors import VnNewsieError


class UserError(Exception):
    """A mistake in how the command was called: reported in one line, exit status 2."""


def _read_text(path: str) -> str:
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as fh:
                data = fh.read()
    except OSError as e:
        raise UserError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise UserError(
            f"{path} is not UTF-8 text (byte {e.start}); convert it first, e.g. iconv -t UTF-8"
        ) from None


def _open_out(path: str | None) -> TextIO:
    if path in (None, "-"):
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as e:
        raise UserError(f"cannot write {path}: {e.strerror or e}") from None


def _extract_one(args: argparse.Namespace) -> int:
    from .pipeline import extract

    text = _read_text(args.file)
    try:
        article = extract(text, published=args.published)
    except ValueError as e:
        raise UserError(str(e)) from None
    if args.html:
        page = _open_out(args.html)
        page.write(article.to_html(text))
        if page is not sys.stdout:
            page.close()
    out = _open_out(args.output)
    try:
        out.write(article.model_dump_json(indent=None if args.compact else 2) + "\n")
        out.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _write_failed(out, args.output, e, 0) from None
    return 0


def _write_failed(out: TextIO, path: str | None, error: OSError, whole: int) -> UserError:
    """A write failed (disk full, device error): keep only the ``whole`` bytes of complete lines in
    a file we created, point the stream at /dev/null so that closing it cannot fail again, and say
    what happened in one line."""
    to_stdout = path in (None, "-")
    try:
        fd = out.fileno()
        if not to_stdout:
            os.ftruncate(fd, whole)
    except (OSError, ValueError):
        pass  # a device such as /dev/full cannot be truncated
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, out.fileno())
        os.close(null)
    except (OSError, ValueError):
        pass
    return UserError(f"cannot write {'standard output' if to_stdout else path}: {error.strerror or error}")


def _extract_jsonl(args: argparse.Namespace) -> int:
    from .batch import OutputError, run_jsonl

    try:
        src = sys.stdin.buffer if args.file == "-" else open(args.file, "rb")  # noqa: SIM115 (closed below)
    except OSError as e:
        raise UserError(f"cannot read {args.file}: {e.strerror or e}") from None
    out = _open_out(args.output)
    total = None if args.quiet or args.file == "-" else _count_lines(args.file)
    with src:
        try:
            stats = run_jsonl(
                src, out, published=args.published, workers=args.workers, progress=not args.quiet, total=total
            )
        except OutputError as e:
            raise _write_failed(out, args.output, e.error, e.written) from None
    print(f"vn-newsie: {stats.lines} lines, {stats.ok} extracted, {stats.errors} errors", file=sys.stderr)
    return 1 if stats.errors and args.strict else 0


def _count_lines(path: str) -> int | None:
    """Lines of a regular file (a quick first pass, so the bar has an end); None for pipes."""
    if not os.path.isfile(path):
        return None
    n, last = 0, b"\n"
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected 0 (one per CPU core) or a positive number, got {value!r}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vn-newsie", description="Extract records from Vietnamese political news."
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"vn-newsie {__version__}" + (" (compiled)" if COMPILED else ""),
    )
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract one article (or a JSONL batch) and print JSON")
    e.add_argument("file", help="article text file (UTF-8), or - for standard input")
    e.add_argument(
        "--published",
        metavar="DATE",
        help="publication date, YYYY-MM-DD or dd/mm/yyyy: gives dates written without a year "
        "(Sáng 12/7) their year; with --jsonl, the default for lines without a 'published' key",
    )
    e.add_argument(
        "--jsonl", action="store_true", help="input is JSON lines {id, text, published}; output too"
    )
    e.add_argument("-o", "--output", metavar="OUT", help="write the JSON here instead of standard output")
    e.add_argument(
        "--html",
        metavar="PAGE",
        help="also write the article as a web page, each record's evidence highlighted (one article only)",
    )
    e.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="with --jsonl: worker processes; 1 (default) works in this process, 0 uses one per CPU core",
    )
    e.add_argument("--compact", action="store_true", help="one-line JSON")
    e.add_argument(
        "--quiet",
        action="store_true",
        help="with --jsonl: no progress (a bar on a terminal, else a line every 30 s)",
    )
    e.add_argument("--strict", action="store_true", help="with --jsonl: exit 1 when any line failed")
    s = sub.add_parser("schema", help="print the JSON Schema of the Article record")
    s.add_argument("-o", "--output", metavar="OUT", help="write the schema here instead of standard output")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logger = logging.getLogger("vn_newsie")
    handler, level = _log_to_stderr(logger, quiet=getattr(args, "quiet", False)), logger.level
    try:
        if args.command == "schema":
            from .records import Article

            out = _open_out(args.output)
            schema = Article.model_json_schema()
            out.write(json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
            return 0
        if not args.jsonl and (args.workers != 1 or args.strict):
            raise UserError("--workers and --strict apply to --jsonl batches only")
        if args.jsonl and args.html:
            raise UserError("--html writes the page of one article; it does not apply to --jsonl batches")
        if args.published:
            from .dates import parse_date

            try:
                parse_date(args.published)
            except ValueError as e:
                raise UserError(f"--published: {e}") from None
        return _extract_jsonl(args) if args.jsonl else _extract_one(args)
    except (UserError, VnNewsieError) as e:
        print(f"vn-newsie: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("vn-newsie: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    finally:  # leave the logger as it was, for callers of main() inside a longer process
        logger.removeHandler(handler)
        logger.setLevel(level)


def _log_to_stderr(logger: logging.Logger, *, quiet: bool) -> logging.Handler:
    """The package's log lines (progress, skipped rows, dead workers) on stderr, as 'vn-newsie: ...'."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("vn-newsie: %(message)s"))
    handler.setLevel(logging.WARNING if quiet else logging.INFO)
    logger.addHandler(handler)
    logger.setLevel(min(logger.getEffectiveLevel(), logging.INFO))
    return handler


if __name__ == "__main__":
    sys.exit(main())
