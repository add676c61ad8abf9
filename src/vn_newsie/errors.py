"""The exceptions vn_newsie raises of its own: catch ``VnNewsieError`` to catch them all.

Bad arguments still raise the built-in ``TypeError`` and ``ValueError`` (documented per call);
these classes are for what only this package can go wrong on.
"""

from __future__ import annotations


class VnNewsieError(Exception):
    """Base class of every exception defined by vn_newsie."""


class GazetteerError(VnNewsieError, RuntimeError):
    """A gazetteer table is missing or malformed (a shipped one, or one of VN_NEWSIE_GAZETTEERS)."""


class WorkerDied(VnNewsieError):
    """A worker process of ``extract_many`` died (killed, out of memory) on one article.

    It is never raised to the caller: the article's ``BatchResult.error`` names it.
    """
