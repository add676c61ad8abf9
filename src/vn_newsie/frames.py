"""Tidy pandas tables of the records: one row per person, role, meeting, statistic or document.

>>> from vn_newsie import extract
>>> from vn_newsie.frames import to_dataframe
>>> people = to_dataframe([extract(text)], "people")

pandas is an optional extra: ``pip install pandas``, or install vn-newsie with ``[pandas]`` (README, Install).

Column types are the same whatever the input, even for a table with no rows, so frames from
different batches concatenate cleanly (and serve as the ``meta`` of a Dask dataframe):

* dates (``date``, ``published``) are ``datetime64[ns]``, missing ones ``NaT``;
* offsets and counts that may be missing (``start``, ``end``, ``first_start``,
  ``participants_count``) are the nullable ``Int64``; ``online`` is the nullable ``boolean``;
* text columns use pandas' default string dtype (``object`` on pandas 2, ``str`` on pandas 3),
  missing values ``None`` or ``NaN``; ``chair`` and ``attendees`` hold Python lists of names;
* ``article_id`` holds the ids as given (``BatchResult.id``, the pair's id, the record's ``id``)
  and, where there is none, the article's position in the input (an int).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, get_args

from .batch import BatchResult
from .records import Article

Table = Literal["articles", "people", "roles", "meetings", "metrics", "documents", "errors"]
TABLES: tuple[str, ...] = get_args(Table)

_INSTALL_HINT = (
    "vn_newsie.frames needs pandas: pip install pandas (or install vn-newsie with its [pandas] extra)"
)

# Column name -> kind. Kinds: "id" (as given), "str", "int" (never missing), "Int" (nullable),
# "float", "bool" (nullable), "date", "list". The order here is the frames' column order.
_COLUMNS: dict[str, dict[str, str]] = {
    "articles": {
        "article_id": "id",
        "title": "str",
        "author": "str",
        "published": "date",
        "place": "str",
        "n_people": "int",
        "n_meetings": "int",
        "n_metrics": "int",
        "n_documents": "int",
    },
    "people": {
        "article_id": "id",
        "name": "str",
        "key": "str",
        "n_roles": "int",
        "n_mentions": "int",
        "first_start": "Int",
    },
    "roles": {
        "article_id": "id",
        "person": "str",
        "person_key": "str",
        "text": "str",
        "title": "str",
        "organization": "str",
        "organization_key": "str",
        "place": "str",
        "start": "Int",
        "end": "Int",
    },
    "meetings": {
        "article_id": "id",
        "kind": "str",
        "title": "str",
        "status": "str",
        "date": "date",
        "time_of_day": "str",
        "chair": "list",
        "attendees": "list",
        "n_attendees": "int",
        "organizer": "str",
        "location": "str",
        "place": "str",
        "participants_count": "Int",
        "online": "bool",
        "start": "Int",
        "end": "Int",
    },
    "metrics": {
        "article_id": "id",
        "name": "str",
        "value": "float",
        "value_max": "float",
        "unit": "str",
        "qualifier": "str",
        "change": "str",
        "baseline": "str",
        "period": "str",
        "raw": "str",
        "start": "Int",
        "end": "Int",
    },
    "errors": {
        "article_id": "id",
        "index": "int",
        "error": "str",
    },
    "documents": {
        "article_id": "id",
        "kind": "str",
        "number": "str",
        "date": "date",
        "issuer": "str",
        "title": "str",
        "key": "str",
        "start": "Int",
        "end": "Int",
    },
}

Row = dict[str, Any]


def columns(table: str) -> list[str]:
    """The column names of ``table``, in frame order."""
    return list(_spec(table))


def to_dataframe(articles: Iterable[Any], table: str | None = None) -> Any:
    """A tidy ``pandas.DataFrame`` of one kind of record across ``articles``, one row per record.

    ``articles`` is an iterable of ``Article``, of ``BatchResult`` (from ``extract_many``), of
    ``(id, Article)`` pairs, or of mappings ``{"id": ..., "article": ...}`` whose article is an
    ``Article``, its JSON dict or its JSON string (the lines of the CLI's JSONL output, the records
    of ``dask_support.extract_bag``, the rows of ``dask_support.extract_dataframe``); kinds may
    be mixed. Failed results (a ``BatchResult`` or mapping with an error, no article) give no rows,
    except in the ``"errors"`` table.

    ``table`` is one of ``"people"``, ``"roles"``, ``"meetings"``, ``"metrics"``,
    ``"documents"``, ``"articles"`` (one row per article: title, author, published, counts) or
    ``"errors"`` (one row per failed item: its id, its position ``index`` in the input, the
    message). Every frame starts with ``article_id``; see the module docstring for the column types.
    """
    if table is None:
        raise TypeError(
            f"to_dataframe() needs a table name: to_dataframe(results, 'people'); one of {', '.join(TABLES)}"
        )
    spec = _spec(table)
    pd = _pandas()
    if table == "errors":
        return _frame(pd, spec, list(_error_rows(articles)))
    rows = _ROWS[table]
    data: list[Row] = [row for ident, article in _identified(articles) for row in rows(ident, article)]
    return _frame(pd, spec, data)


def empty_frame(table: str) -> Any:
    """The zero-row frame of ``table``, with every column and its dtype (a Dask ``meta``)."""
    return _frame(_pandas(), _spec(table), [])


# --- inputs -----------------------------------------------------------------------------------


def _identified(items: Iterable[Any]) -> Iterator[tuple[Any, Article]]:
    for position, item in enumerate(items):
        if isinstance(item, Article):
            yield position, item
        elif isinstance(item, BatchResult):
            if item.article is not None:
                yield (item.index if item.id is None else item.id), item.article
        elif isinstance(item, Mapping):
            art = item.get("article")
            if _missing(art):
                if "error" not in item:
                    raise ValueError(f"item {position}: a mapping needs an 'article' (or an 'error')")
                continue
            if isinstance(art, Article):
                article = art
            elif isinstance(art, (str, bytes)):
                article = Article.model_validate_json(art)
            else:
                article = Article.model_validate(art)
            ident = item.get("id")
            yield (position if ident is None else ident), article
        elif isinstance(item, Sequence) and not isinstance(item, str) and len(item) == 2:
            ident, art = item
            if art is None:
                continue
            if not isinstance(art, Article):
                raise TypeError(
                    f"item {position}: a pair must be (id, Article), not (…, {type(art).__name__})"
                )
            yield (position if ident is None else ident), art
        else:
            raise TypeError(
                f"item {position}: expected an Article, a BatchResult, an (id, Article) pair or a "
                f"mapping with 'article', not {type(item).__name__}"
            )


def _error_rows(items: Iterable[Any]) -> Iterator[Row]:
    """One row per failed item: a ``BatchResult`` with an error, or a mapping with an ``error``."""
    for position, item in enumerate(items):
        if isinstance(item, BatchResult) and item.error is not None:
            yield {
                "article_id": item.index if item.id is None else item.id,
                "index": item.index,
                "error": item.error,
            }
        elif isinstance(item, Mapping) and item.get("error") is not None and _missing(item.get("article")):
            ident = item.get("id")
            yield {
                "article_id": position if ident is None else ident,
                "index": position,
                "error": item["error"],
            }


def _missing(art: Any) -> bool:
    return art is None or (isinstance(art, float) and art != art)  # None, or pandas' NaN


# --- rows -------------------------------------------------------------------------------------


def _article_rows(ident: Any, a: Article) -> Iterator[Row]:
    yield {
        "article_id": ident,
        "title": a.title,
        "author": a.author,
        "published": a.published,
        "place": a.place.name if a.place else None,
        "n_people": len(a.people),
        "n_meetings": len(a.meetings),
        "n_metrics": len(a.metrics),
        "n_documents": len(a.documents),
    }


def _people_rows(ident: Any, a: Article) -> Iterator[Row]:
    for p in a.people:
        yield {
            "article_id": ident,
            "name": p.name,
            "key": p.key,
            "n_roles": len(p.roles),
            "n_mentions": len(p.mentions),
            "first_start": min((m.start for m in p.mentions), default=None),
        }


def _role_rows(ident: Any, a: Article) -> Iterator[Row]:
    for p in a.people:
        for r in p.roles:
            yield {
                "article_id": ident,
                "person": p.name,
                "person_key": p.key,
                "text": r.text,
                "title": r.title,
                "organization": r.organization,
                "organization_key": r.organization_key,
                "place": r.place.name if r.place else None,
                "start": r.span.start if r.span else None,
                "end": r.span.end if r.span else None,
            }


def _meeting_rows(ident: Any, a: Article) -> Iterator[Row]:
    for m in a.meetings:
        yield {
            "article_id": ident,
            "kind": m.kind,
            "title": m.title,
            "status": m.status,
            "date": m.date,
            "time_of_day": m.time_of_day,
            "chair": [c.name for c in m.chair],
            "attendees": [c.name for c in m.attendees],
            "n_attendees": len(m.attendees),
            "organizer": m.organizer,
            "location": m.location,
            "place": m.place.name if m.place else None,
            "participants_count": m.participants_count,
            "online": m.online,
            "start": m.span.start if m.span else None,
            "end": m.span.end if m.span else None,
        }


def _metric_rows(ident: Any, a: Article) -> Iterator[Row]:
    for m in a.metrics:
        yield {
            "article_id": ident,
            "name": m.name,
            "value": m.value,
            "value_max": m.value_max,
            "unit": m.unit,
            "qualifier": m.qualifier,
            "change": m.change,
            "baseline": m.baseline,
            "period": m.period,
            "raw": m.raw,
            "start": m.span.start if m.span else None,
            "end": m.span.end if m.span else None,
        }


def _document_rows(ident: Any, a: Article) -> Iterator[Row]:
    for d in a.documents:
        yield {
            "article_id": ident,
            "kind": d.kind,
            "number": d.number,
            "date": d.date,
            "issuer": d.issuer,
            "title": d.title,
            "key": d.key,
            "start": d.span.start if d.span else None,
            "end": d.span.end if d.span else None,
        }


_ROWS: dict[str, Callable[[Any, Article], Iterator[Row]]] = {
    "articles": _article_rows,
    "people": _people_rows,
    "roles": _role_rows,
    "meetings": _meeting_rows,
    "metrics": _metric_rows,
    "documents": _document_rows,
}


# --- frames -----------------------------------------------------------------------------------


def _spec(table: str) -> dict[str, str]:
    try:
        return _COLUMNS[table]
    except (KeyError, TypeError):
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}") from None


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(_INSTALL_HINT) from e
    return pandas


def _frame(pd: Any, spec: Mapping[str, str], rows: list[Row]) -> Any:
    """Build the frame column by column, each with its fixed dtype (so empty frames keep them)."""
    text_dtype = pd.Series(["x"]).dtype  # pandas' default for strings: object (2.x) or str (3.x)
    cols: dict[str, Any] = {}
    for name, kind in spec.items():
        values = [r[name] for r in rows]
        if kind == "date":
            col = pd.to_datetime(pd.Series(values, dtype=object)).astype("datetime64[ns]")
        elif kind == "str":
            col = pd.Series(values, dtype=text_dtype)
        elif kind in ("id", "list"):
            col = pd.Series(values, dtype=object)
            if kind == "id" and values:
                col = col.infer_objects()
        else:
            col = pd.Series(values, dtype=_DTYPES[kind])
        cols[name] = col
    return pd.DataFrame(cols, columns=list(spec))


_DTYPES = {"int": "int64", "Int": "Int64", "float": "float64", "bool": "boolean"}
