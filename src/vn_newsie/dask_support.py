"""Run the extractor over a Dask bag or dataframe, locally or on a ``distributed`` cluster.

>>> import dask.bag as db
>>> from vn_newsie.dask_support import extract_bag
>>> records = extract_bag(db.from_sequence(texts, npartitions=8)).compute()

Each partition goes through ``extract_many`` in the worker that holds it, so the pipeline
(gazetteers, patterns) loads once per worker process and is reused by every later partition,
and one bad article becomes an error record instead of failing the task.

Dask is an optional extra: ``pip install 'vn-newsie[dask]'``. Only the functions need it; this
module imports without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .batch import Input, Published, extract_many
from .frames import _spec, empty_frame, to_dataframe

_INSTALL_HINT = "vn_newsie.dask_support needs Dask: pip install 'vn-newsie[dask]'"


def extract_bag(bag: Any, published: Published = None) -> Any:
    """A ``dask.bag.Bag`` of one JSON-able record per item of ``bag``, in the same order.

    An item is the article text or a mapping ``{"text", "id"?, "published"?}`` (a per-item
    ``published`` overrides the argument). A record is ``{"id": ..., "article": {...}}`` with the
    ``Article`` as ``model_dump(mode="json")``, or ``{"id": ..., "error": "TypeError: ..."}``; the
    id is the item's ``id`` as a string, ``None`` for plain texts. ``frames.to_dataframe`` reads
    these records back (e.g. ``to_dataframe(records.compute(), "people")``), and
    ``records.map(json.dumps).to_textfiles(...)`` writes JSONL.
    """
    _dask_bag()
    return bag.map_partitions(_bag_partition, published=published)


def _bag_partition(items: Iterable[Input], published: Published = None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for res in extract_many(items, published=published):
        if res.article is None:
            out.append({"id": res.id, "error": res.error})
        else:
            out.append({"id": res.id, "article": res.article.model_dump(mode="json")})
    return out


def extract_dataframe(
    ddf: Any,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = None,
    *,
    table: str | None = None,
    published: Published = None,
) -> Any:
    """Extract the articles of a ``dask.dataframe.DataFrame``, one partition at a time.

    ``text_column`` holds the texts, ``id_column`` the ids (``None``: use the index) and
    ``published_column``, if given, each article's publication date (missing values fall back
    to ``published``).

    With ``table=None`` the result has one row per input row, with the same index and
    partitions, and the columns ``article_id``, ``article`` (the ``Article`` as a JSON string,
    missing on failure) and ``error`` (missing on success); ``frames.to_dataframe`` reads its
    rows back. With ``table="people"`` (or ``"roles"``, ``"meetings"``, ``"metrics"``,
    ``"documents"``, ``"articles"``) it is that tidy table of ``frames.to_dataframe`` instead,
    with ``article_id`` taken from the id column (its dtype too) and a fresh 0..n index in each
    partition. Either way the ``meta`` is explicit, so nothing is computed to build the graph.
    """
    _dask_dataframe()
    pd = _pandas()
    for col in (text_column, id_column, published_column):
        if col is not None and col not in ddf.columns:
            raise KeyError(f"column {col!r} is not in the dataframe (columns: {list(ddf.columns)})")
    if table is not None:
        _spec(table)  # fail now, not inside a task
    id_dtype = ddf.index.dtype if id_column is None else ddf[id_column].dtype
    if table is None:
        text_dtype = pd.Series(["x"]).dtype
        meta = pd.DataFrame(
            {
                "article_id": pd.Series([], dtype=id_dtype),
                "article": pd.Series([], dtype=text_dtype),
                "error": pd.Series([], dtype=text_dtype),
            },
            index=pd.Index([], dtype=ddf.index.dtype, name=ddf.index.name),
        )
    else:
        meta = empty_frame(table)
        meta["article_id"] = meta["article_id"].astype(id_dtype)
    return ddf.map_partitions(
        _frame_partition,
        text_column=text_column,
        id_column=id_column,
        published_column=published_column,
        published=published,
        table=table,
        meta=meta,
        clear_divisions=table is not None,  # a table's rows get a new index: old divisions are void
    )


def _frame_partition(
    pdf: Any,
    *,
    text_column: str,
    id_column: str | None,
    published_column: str | None,
    published: Published,
    table: str | None,
) -> Any:
    pd = _pandas()
    ids = list(pdf.index) if id_column is None else pdf[id_column].tolist()
    pubs = pdf[published_column].tolist() if published_column else [None] * len(pdf)
    items = [
        {"text": text, "published": published if _missing(pub) else pub}
        for text, pub in zip(pdf[text_column].tolist(), pubs, strict=True)
    ]
    results = list(extract_many(items))
    id_dtype = pdf.index.dtype if id_column is None else pdf[id_column].dtype
    if table is not None:
        out = to_dataframe([(i, r.article) for i, r in zip(ids, results, strict=True)], table)
        out["article_id"] = out["article_id"].astype(id_dtype)
        return out
    text_dtype = pd.Series(["x"]).dtype
    articles = [None if r.article is None else r.article.model_dump_json() for r in results]
    return pd.DataFrame(
        {
            "article_id": pd.Series(ids, dtype=id_dtype, index=pdf.index),
            "article": pd.Series(articles, dtype=text_dtype, index=pdf.index),
            "error": pd.Series([r.error for r in results], dtype=text_dtype, index=pdf.index),
        },
        index=pdf.index,
    )


def _missing(value: Any) -> bool:
    """None, NaN, NaT or NA: a cell with no value."""
    pd = _pandas()
    return value is None or bool(pd.api.types.is_scalar(value) and pd.isna(value))


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as e:
        raise ImportError(_INSTALL_HINT) from e
    return dask.bag


def _dask_dataframe() -> Any:
    try:
        import dask.dataframe
    except ImportError as e:
        raise ImportError(f"{_INSTALL_HINT} (dask[dataframe] is needed for extract_dataframe)") from e
    return dask.dataframe


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(_INSTALL_HINT) from e
    return pandas


__all__ = ["extract_bag", "extract_dataframe"]
