"""The article as HTML with every record's evidence highlighted: for notebooks and browsers.

``Article._repr_html_()`` (what Jupyter shows) and ``Article.to_html()`` call ``to_html`` here.
Each span becomes a ``<mark>`` coloured by record type; its label (type, and whose role, which
meeting, which figure) is drawn by CSS from a ``data-label`` attribute, so the marks' text is
exactly the evidence. The page is self-contained: inline CSS, no JavaScript, nothing fetched.

Spans nest (a document cited in a meeting's title); where two cross, the later one is split
into fragments that share a ``data-id``, and only its last fragment carries the label. Viewers
that strip CSS (code hosts rendering a committed notebook) show each label instead as the text
of a ``<sup class="vnn-l">`` after the span, which the CSS hides everywhere else.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Article, Meeting, Metric, Span

KINDS = ("meeting", "person", "role", "document", "metric")  # outer first where spans coincide

_CSS = """
.vnn{color:#1a1a1a;background:#fff;font:15px/2.1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
  max-width:62em;padding:.6em 1em;border:1px solid #ddd;border-radius:6px}
.vnn h2{font-size:1.2em;line-height:1.4;margin:.2em 0}
.vnn .vnn-meta{color:#555;font-size:.9em;line-height:1.5}
.vnn .vnn-text{white-space:pre-wrap;margin:.6em 0}
.vnn mark{color:inherit;padding:.1em .15em;border-radius:3px;border-bottom:2px solid}
.vnn mark[data-label]::after{content:attr(data-label);font:600 .68em/1 system-ui,sans-serif;color:#fff;
  border-radius:3px;padding:.15em .35em;margin-left:.3em;vertical-align:.2em;white-space:nowrap}
.vnn .vnn-person{background:#dbeafe;border-color:#1d4ed8}
.vnn .vnn-person::after,.vnn .vnn-key.vnn-person{background:#1d4ed8}
.vnn .vnn-role{background:#dcfce7;border-color:#15803d}
.vnn .vnn-role::after,.vnn .vnn-key.vnn-role{background:#15803d}
.vnn .vnn-meeting{background:#ffedd5;border-color:#c2410c}
.vnn .vnn-meeting::after,.vnn .vnn-key.vnn-meeting{background:#c2410c}
.vnn .vnn-metric{background:#f3e8ff;border-color:#7e22ce}
.vnn .vnn-metric::after,.vnn .vnn-key.vnn-metric{background:#7e22ce}
.vnn .vnn-document{background:#fce7f3;border-color:#be185d}
.vnn .vnn-document::after,.vnn .vnn-key.vnn-document{background:#be185d}
.vnn .vnn-key{color:#fff;font:600 .75em/1 system-ui,sans-serif;border-radius:3px;padding:.2em .45em;
  margin-right:.4em;white-space:nowrap}
.vnn table{border-collapse:collapse;font-size:.9em;line-height:1.4;margin-top:.4em}
.vnn td,.vnn th{border-top:1px solid #e5e5e5;padding:.25em .6em;text-align:left;vertical-align:top}
.vnn .vnn-note{color:#8a5a00;font-size:.9em}
.vnn sup.vnn-l{display:none}
"""


@dataclass(frozen=True)
class Mark:
    """One span to highlight: ``kind`` is a record type, ``ident`` unique within the article."""

    start: int
    end: int
    kind: str
    ident: str
    label: str
    tip: str


def to_html(article: Article, text: str | None = None, *, full_page: bool = True) -> str:
    """The article with its evidence highlighted; ``text`` defaults to the string ``extract`` read.

    ``full_page=False`` gives the fragment a notebook shows. Without any text (an ``Article``
    loaded from JSON) the records are listed without the article.
    """
    source = text if text is not None else article.source_text
    marks = list(marks_of(article))
    if source is not None:
        _check_spans(source, marks)
    body = _fragment(article, source, marks)
    if not full_page:
        return body
    title = escape(article.title or "vn_newsie article")
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def marks_of(article: Article) -> Iterator[Mark]:
    """Every span of every record, labelled."""
    for m_i, m in enumerate(article.meetings):
        when = " ".join(x for x in (m.time_of_day, m.date.isoformat() if m.date else None) if x)
        yield from _mark(
            m.span, "meeting", f"meeting-{m_i}", _label("MEETING", m.kind, when), _meeting_tip(m)
        )
    for p_i, p in enumerate(article.people):
        roles = "; ".join(r.text for r in p.roles)
        for s_i, s in enumerate(p.mentions):
            label = _label("PERSON", None if _same(s.text, p.name) else p.name)
            yield from _mark(
                s, "person", f"person-{p_i}-{s_i}", label, f"{p.name}: {roles}" if roles else p.name
            )
        for r_i, r in enumerate(p.roles):
            tip = f"{r.text} of {p.name}; title: {r.title}; body: {r.organization or '-'}"
            yield from _mark(r.span, "role", f"role-{p_i}-{r_i}", _label("ROLE", p.name), tip)
    for x_i, x in enumerate(article.metrics):
        yield from _mark(x.span, "metric", f"metric-{x_i}", _label("METRIC", _short(x.name)), _metric_tip(x))
    for d_i, d in enumerate(article.documents):
        what = d.kind if d.number is None else f"{d.kind} {d.number}"
        tip = "; ".join(str(v) for v in (what, d.date, d.issuer, d.title) if v)
        yield from _mark(d.span, "document", f"document-{d_i}", _label("DOCUMENT", d.issuer), tip)


def _mark(span: Span | None, kind: str, ident: str, label: str, tip: str) -> Iterator[Mark]:
    if span is not None and span.end > span.start:
        yield Mark(span.start, span.end, kind, ident, label, tip)


def _label(kind: str, *details: str | None) -> str:
    return " · ".join([kind, *(d for d in details if d)])


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == b


def _short(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _meeting_tip(m: Meeting) -> str:
    facts = {
        "title": m.title,
        "date": m.date,
        "chair": ", ".join(p.name for p in m.chair),
        "attendees": ", ".join(p.name for p in m.attendees),
        "organizer": m.organizer,
        "location": m.location,
        "participants": m.participants_count,
    }
    return "; ".join([m.kind, *(f"{k}: {v}" for k, v in facts.items() if v)])


def _metric_tip(x: Metric) -> str:
    value = f"{x.value:,.10g}" + (f" to {x.value_max:,.10g}" if x.value_max is not None else "")
    extra = [x.qualifier, x.change, x.baseline, x.period]
    return "; ".join([x.name, f"{value} {x.unit}", *(str(e) for e in extra if e)])


def _check_spans(source: str, marks: list[Mark]) -> None:
    for m in marks:
        if m.end > len(source):
            raise ValueError(
                f"span {m.start}-{m.end} is past the end of the text ({len(source)} characters): "
                "pass the exact string the article was extracted from"
            )


# --- HTML -------------------------------------------------------------------------------------


def _fragment(article: Article, source: str | None, marks: list[Mark]) -> str:
    parts = [f'<div class="vnn">\n<style>{_CSS}</style>', _head(article), _legend(marks)]
    if source is None:
        parts.append(
            '<p class="vnn-note">The article text is not kept with this record (loaded from JSON?): '
            "<code>article.to_html(text)</code> highlights it.</p>"
        )
    else:
        parts.append(f'<div class="vnn-text">{highlight(source, marks)}</div>')
    parts.append(_people_table(article))
    parts.append("</div>")
    return "\n".join(p for p in parts if p)


def _head(article: Article) -> str:
    meta = [
        f"published {article.published.isoformat()}" if isinstance(article.published, dt.date) else "",
        f"place {article.place.name}" if article.place else "",
        f"by {article.author}" if article.author else "",
    ]
    title = f"<h2>{escape(article.title)}</h2>" if article.title else ""
    line = " · ".join(escape(m) for m in meta if m)
    return title + (f'<div class="vnn-meta">{line}</div>' if line else "")


def _legend(marks: list[Mark]) -> str:
    counts = {
        k: len({m.ident.rsplit("-", 1)[0] if k == "person" else m.ident for m in marks if m.kind == k})
        for k in KINDS
    }
    keys = [f'<span class="vnn-key vnn-{k}">{k} {n}</span>' for k, n in counts.items()]
    return f'<div class="vnn-meta">{" ".join(keys)}</div>'


def _people_table(article: Article) -> str:
    if not article.people:
        return ""
    rows = "".join(
        f"<tr><td>{escape(p.name)}</td><td>{escape('; '.join(r.text for r in p.roles) or '-')}</td>"
        f"<td>{len(p.mentions)}</td></tr>"
        for p in article.people
    )
    return f"<table><tr><th>person</th><th>roles</th><th>mentions</th></tr>{rows}</table>"


def highlight(source: str, marks: list[Mark]) -> str:
    """``source`` escaped, with a ``<mark>`` (or fragments sharing a ``data-id``) per mark."""
    order = {k: i for i, k in enumerate(KINDS)}
    pending = sorted(marks, key=lambda m: (m.start, -m.end, order.get(m.kind, 99), m.ident))
    bounds = sorted({0, len(source), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    active: list[Mark] = []  # covering the current stretch, outermost first
    opened: list[Mark] = []  # the <mark> elements open in the output, outermost first
    nxt = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [m for m in active if m.end > a]
        while nxt < len(pending) and pending[nxt].start <= a:
            active.append(pending[nxt])
            nxt += 1
        keep = 0
        while keep < len(opened) and keep < len(active) and opened[keep] is active[keep]:
            keep += 1
        out.extend(_close(m, a) for m in reversed(opened[keep:]))
        for i in range(keep, len(active)):
            out.append(_open(active[i], last=all(o.end >= active[i].end for o in active[:i])))
        opened = list(active)
        out.append(escape(source[a:b], quote=False))
    out.extend(_close(m, len(source)) for m in reversed(opened))
    return "".join(out)


def _close(m: Mark, pos: int) -> str:
    """Close a fragment; where the span ends, add its label as text for viewers that drop CSS."""
    if pos < m.end:
        return "</mark>"
    return f'</mark><sup class="vnn-l vnn-{m.kind}">{escape(m.label)}</sup>'


def _open(m: Mark, *, last: bool) -> str:
    label = f' data-label="{escape(m.label)}"' if last else ""
    return f'<mark class="vnn-{m.kind}" data-id="{m.ident}"{label} title="{escape(m.tip)}">'
