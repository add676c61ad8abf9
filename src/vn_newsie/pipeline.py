"""``extract()``: raw article text in, validated ``Article`` out."""

from __future__ import annotations

import datetime as dt

from .records import Article

MAX_CHARS = 50_000_000  # a guard against a whole archive passed as one string


def extract(text: str, *, published: str | dt.date | dt.datetime | None = None) -> Article:
    """Read one article and return its people, meetings, statistics and cited documents.

    ``published`` (a date, datetime or ISO string) supplies the year of dates written without
    one ("Chiều 18/02"). Every record carries a span into ``text`` itself.
    """
    # The recognizers compile their grammars when first imported: done on the first call, so that
    # `import vn_newsie` stays light (later calls find the modules already loaded).
    from .context import Context
    from .dates import parse_date
    from .documents import extract_documents
    from .meetings import extract_meetings
    from .metrics import extract_metrics
    from .people import extract_people

    if not isinstance(text, str):
        raise TypeError(
            f"extract() needs the article as a str, got {type(text).__name__}"
            + (
                "; decode bytes first, e.g. data.decode('utf-8')"
                if isinstance(text, (bytes, bytearray))
                else ""
            )
        )
    pub = parse_date(published)
    if not text.strip():
        return _kept(Article(published=pub), text)
    if len(text) > MAX_CHARS:
        raise ValueError(
            f"article of {len(text):,} characters is over the {MAX_CHARS:,} limit; split it first"
        )
    ctx = Context.build(text, pub)  # read-only: each stage's results are passed on explicitly
    documents, claimed = extract_documents(ctx)
    people, mentions = extract_people(ctx)
    metrics = extract_metrics(ctx, claimed)
    meetings = extract_meetings(ctx, people, mentions, claimed)
    layout = ctx.layout
    article = Article(
        title=ctx.doc.surface(*layout.title) if layout.title else None,
        author=ctx.doc.surface(*layout.author) if layout.author else None,
        published=pub,
        place=ctx.place,
        people=people,
        meetings=meetings,
        metrics=metrics,
        documents=documents,
    )
    return _kept(article, text)


def _kept(article: Article, text: str) -> Article:
    """Keep the source on the article for ``to_html()`` (a private attribute, not a field)."""
    article._source = text
    return article
