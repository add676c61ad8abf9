"""Every compiled pattern of vn_newsie, and runs of each character class to time them on.

Shared by tests/test_pattern_growth.py (fails on superlinear growth) and
benchmarks/pattern_growth.py (prints the growth ratios). Patterns are collected, not listed:
module globals, what zero-argument cached functions of a module return (also inside the tuples
and small objects they return), and string literals passed to ``regex.search(...)`` and the like
inside functions. A new pattern is covered without touching this file.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pkgutil
import re
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex

import vn_newsie

AnyPattern = Any  # regex.Pattern[str] | re.Pattern[str]

# Runs of one character class each; a run is ``unit * k``.
RUNS: dict[str, str] = {
    "digits": "7",
    "dots": ".",
    "bangs": "!",
    "questions": "?",
    "ellipses": "…",
    "dot-space": ". ",
    "hyphens": "-",
    "dashes": "–",
    "slashes": "/",
    "commas": ",",
    "colons": ":",
    "parens": "(",
    "quotes": '"',
    "spaces": " ",
    "nbsp": "\u00a0",
    "nbsp-entity": "&nbsp;",
    "tabs": "\t",
    "newlines": "\n",
    "crlf": "\r\n",
    "zero-width": "\u200b",
    "ideographic-space": "\u3000",
    "letters": "a",
    "capitals": "Đ",
    "syllables": "ngày ",
    "capital-syllables": "Hà ",
    "digit-hyphen": "1-",
    "digit-slash": "1/",
    "digit-dot": "1.",
    "digit-comma": "1,",
    "digit-space": "1 ",
    "letter-hyphen": "a-",
    "word-comma": "và, ",
    "tags": "<br>",
}

# Genre openers followed by a run: the places where a grammar waits for what comes next.
OPENERS: dict[str, str] = {
    "": "",
    "sang-nay": "Sáng nay",
    "thu-hai": "thứ hai",
    "ngay": "Chiều 18/02, ngày",
    "so-12": "số 12",
    "doc-number": "Quyết định số 12/QĐ-UBND",
    "role": "đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy",
    "figure": "thu ngân sách đạt 1.250 tỷ đồng",
}

# Runs that openers are followed by: where a grammar waits for the next word or digit.
AFTER_OPENERS = (
    "spaces",
    "nbsp",
    "nbsp-entity",
    "tabs",
    "newlines",
    "zero-width",
    "dots",
    "ellipses",
    "hyphens",
    "slashes",
    "commas",
    "digits",
    "digit-hyphen",
    "digit-slash",
)


def cases() -> list[tuple[str, str, str]]:
    """(id, opener, unit): every run alone, then after each opener."""
    out = [(run, "", unit) for run, unit in RUNS.items()]
    out += [(f"{o}+{r}", OPENERS[o], RUNS[r]) for o in OPENERS if o for r in AFTER_OPENERS]
    return out


def hostile(opener: str, unit: str, chars: int) -> str:
    """``opener`` then ``unit`` repeated to about ``chars`` characters, then a closing word."""
    return opener + unit * max(1, chars // len(unit)) + " kết thúc"


def _in(obj: object, name: str, depth: int = 2) -> Iterator[tuple[str, AnyPattern]]:
    """(name, pattern) found in ``obj``: the value itself, or inside a tuple, dict or dataclass."""
    if isinstance(obj, (regex.Pattern, re.Pattern)):
        yield name, obj
    elif depth == 0:
        return
    elif isinstance(obj, (tuple, list)):
        for k, x in enumerate(obj):
            yield from _in(x, f"{name}[{k}]", depth - 1)
    elif isinstance(obj, dict):
        for k, x in obj.items():
            yield from _in(x, f"{name}[{k!r}]", depth - 1)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _in(getattr(obj, f.name), f"{name}.{f.name}", depth - 1)


def _cached_zero_arg(fn: object) -> bool:
    if not (callable(fn) and hasattr(fn, "cache_info")):
        return False
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return all(p.default is not p.empty for p in params)


_ANCHORED = frozenset({"match", "fullmatch"})
_CALLS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


def _literal_patterns(source: str) -> Iterator[tuple[AnyPattern, str]]:
    """(pattern, method) for ``regex.search(r"...", s)`` written inside a function."""
    env = {"regex": regex, "re": re}
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner, method = node.func.value, node.func.attr
        if not (isinstance(owner, ast.Name) and owner.id in env and method in _CALLS):
            continue
        if not (node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            continue
        flags = next((kw.value for kw in node.keywords if kw.arg == "flags"), None)
        if flags is None and len(node.args) > 2 and method not in ("sub", "subn", "split"):
            flags = node.args[2]
        value = 0 if flags is None else eval(compile(ast.Expression(flags), "<flags>", "eval"), env)
        yield regex.compile(node.args[0].value, value), method


def _aliases(source: str, call: str, index: int | None) -> list[str]:
    """Locals bound to what ``call`` returns: ``x = _f()``, ``x = _f()[1]``, ``a, x = _f()``."""
    if index is None:
        return re.findall(rf"(\w+) = {re.escape(call)}\n", source)
    out = re.findall(rf"(\w+) = {re.escape(call)}\[{index}\]\n", source)
    for names in re.findall(rf"(\w+(?:, \w+)+) = {re.escape(call)}\n", source):
        out += names.split(", ")[index : index + 1]
    return out


def _methods(source: str, names: list[str]) -> set[str]:
    """Methods called on a pattern known by one of ``names`` (``_X``, ``.field``, or a local bound
    to a call): {"match"} when it is only ever matched at a position."""
    aliases = list(names)
    out: set[str] = set()
    for a in aliases:
        lead = "" if a.startswith(".") else r"(?<![\w.])"
        out.update(re.findall(rf"{lead}{re.escape(a)}\.(\w+)\(", source))
    return out & _CALLS


@dataclasses.dataclass(frozen=True)
class Found:
    pattern: AnyPattern
    anchored: bool  # only ever called with .match/.fullmatch at a position


def _source(module: types.ModuleType) -> str:
    """A module's source; in the compiled build, the .py file shipped beside the extension."""
    try:
        return inspect.getsource(module)
    except OSError:
        path = Path(module.__file__ or "")
        stem = "__init__" if path.name.startswith("__init__.") else module.__name__.rsplit(".", 1)[-1]
        return (path.parent / f"{stem}.py").read_text(encoding="utf-8")


def package_patterns() -> dict[str, Found]:
    """Name -> pattern for every pattern of the package (deduplicated by pattern text)."""
    modules = [  # the modules of subpackages too ("vn_newsie.meetings.cues")
        importlib.import_module(i.name) for i in pkgutil.walk_packages(vn_newsie.__path__, "vn_newsie.")
    ]
    sources = {m.__name__: _source(m) for m in modules}
    everything = "\n".join(sources.values())
    found: dict[str, Found] = {}
    seen: set[str] = set()

    def add(name: str, p: AnyPattern, methods: set[str]) -> None:
        if p.pattern not in seen:
            seen.add(p.pattern)
            found[name] = Found(p, bool(methods) and methods <= _ANCHORED)

    for mod in modules:
        short = mod.__name__.removeprefix("vn_newsie.")  # "meetings.cues"
        for attr, val in sorted(vars(mod).items()):
            if callable(val) and getattr(val, "__module__", None) != mod.__name__:
                continue  # a function imported from elsewhere: collected there
            call = _cached_zero_arg(val)
            for name, p in _in(val() if call else val, attr):
                tail = name[len(attr) :]
                if not tail:
                    names = [attr + "()", *_aliases(everything, attr + "()", None)] if call else [attr]
                elif call and re.fullmatch(r"\[\d+\]", tail):
                    names = _aliases(everything, attr + "()", int(tail[1:-1]))
                elif call and re.fullmatch(r"\['\w+'\]", tail):
                    names = [f'{attr}()["{tail[2:-2]}"]']  # _patterns()["participants"]
                elif re.fullmatch(r"\.\w+", tail):
                    names = [tail]
                else:
                    names = []  # deeper: how it is used is not followed, so it is searched
                add(f"{short}.{name}", p, _methods(everything, names))
        for k, (p, method) in enumerate(_literal_patterns(sources[mod.__name__])):
            add(f"{short}.<literal {k}>", p, {method})
    return found


def entry_points(opener: str) -> list[int]:
    """Where a grammar matches an anchored pattern in ``opener`` + run: after each token of the
    opener (a number, a word, a mark) and at the start of the run."""
    from vn_newsie.text import tokenize

    return sorted({0, len(opener)} | {x for t in tokenize(opener) for x in (t.start, t.end)})


def scan(found: Found, text: str, timeout: float, entries: list[int]) -> float:
    """Seconds to run the pattern over ``text`` as the package does: an anchored pattern matched at
    each of ``entries``, any other searched at every position; inf past ``timeout``."""
    p = found.pattern
    kw = {"timeout": timeout} if isinstance(p, regex.Pattern) else {}
    t0 = time.perf_counter()
    try:
        if found.anchored:
            for pos in entries:
                p.match(text, pos, **kw)
        else:
            for _ in p.finditer(text, **kw):
                pass
    except TimeoutError:
        return float("inf")
    return time.perf_counter() - t0


def best_of(fn: Callable[[], float], repeats: int) -> float:
    """The least of several timings: the one least disturbed by other work on the machine."""
    return min(fn() for _ in range(repeats))


def best_pair(small: Callable[[], float], large: Callable[[], float], repeats: int) -> tuple[float, float]:
    """Best of ``repeats`` timings of each, taken in turn so that both see the same load."""
    runs = [(small(), large()) for _ in range(repeats)]
    return min(a for a, _ in runs), min(b for _, b in runs)


def growth(
    found: Found, opener: str, unit: str, sizes: tuple[int, int], repeats: int, timeout: float
) -> float:
    """Time on ``sizes[1]`` characters of run over time on ``sizes[0]`` (best of ``repeats`` each)."""
    entries = entry_points(opener)
    small, large = (hostile(opener, unit, n) for n in sizes)
    if scan(found, large, timeout, entries) == float("inf"):
        return float("inf")
    a, b = best_pair(
        lambda: scan(found, small, timeout, entries), lambda: scan(found, large, timeout, entries), repeats
    )
    return b / max(a, 1e-7)
