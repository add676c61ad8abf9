"""vn_newsie: typed records from Vietnamese political news.

>>> from vn_newsie import extract
>>> article = extract(text, published="2022-02-18")
>>> article.model_dump(mode="json")
"""

from ._version import __version__
from .batch import BatchResult, extract_many
from .frames import to_dataframe
from .link import Links, link
from .pipeline import extract
from .records import Article, DocumentRef, Meeting, Metric, Person, PersonRef, Place, Role, Span

__all__ = [
    "Article",
    "BatchResult",
    "Links",
    "DocumentRef",
    "Meeting",
    "Metric",
    "Person",
    "PersonRef",
    "Place",
    "Role",
    "Span",
    "__version__",
    "extract",
    "extract_many",
    "link",
    "to_dataframe",
]
