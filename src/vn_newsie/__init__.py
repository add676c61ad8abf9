"""vn_newsie: typed records from Vietnamese political news.

>>> from vn_newsie import extract
>>> article = extract(text, published="2022-02-18")
>>> article.model_dump(mode="json")

Messages go to the ``vn_newsie`` logger: warnings (skipped gazetteer rows, dead workers) reach
stderr unless logging is configured otherwise; progress lines are INFO.
"""

from importlib.machinery import EXTENSION_SUFFIXES as _EXTENSION_SUFFIXES

from . import text as _text
from ._version import __version__
from .batch import BatchResult, extract_many
from .errors import GazetteerError, VnNewsieError, WorkerDied
from .frames import to_dataframe
from .link import Links, link
from .pipeline import extract
from .records import Article, DocumentRef, Meeting, Metric, Person, PersonRef, Place, Role, Span

COMPILED: bool = (_text.__file__ or "").endswith(tuple(_EXTENSION_SUFFIXES))
"""True in the compiled build (``make compiled``): the stages run as mypyc-built C extensions."""

__all__ = [
    "COMPILED",
    "Article",
    "BatchResult",
    "Links",
    "DocumentRef",
    "GazetteerError",
    "Meeting",
    "Metric",
    "Person",
    "PersonRef",
    "Place",
    "Role",
    "Span",
    "VnNewsieError",
    "WorkerDied",
    "__version__",
    "extract",
    "extract_many",
    "link",
    "to_dataframe",
]
