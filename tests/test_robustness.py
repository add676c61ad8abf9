"""Hostile and messy input: never a crash, a hang, a span that lies, or a lost record."""

from __future__ import annotations

import html
import multiprocessing
import os
import random
import unicodedata
from itertools import islice

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import dev_articles, needs_dev
from vn_newsie import Article, extract
from vn_newsie.batch import extract_many

VIETNAMESE = (
    "Chiều 18/02, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị. Đồng chí Lò Văn Mạnh, Phó Bí thư Tỉnh uỷ, "
    "Chủ tịch HĐND tỉnh chủ trì. Thu ngân sách đạt 1.250 tỷ đồng, tăng 8,1% so với cùng kỳ. "
    "Quyết định số 12/QĐ-UBND ngày 3/4/2024 của UBND tỉnh."
)


def check_article(text: str, art: Article) -> None:
    """Every span is evidence in ``text`` and every record validates."""
    spans = [m for p in art.people for m in p.mentions]
    spans += [r.span for p in art.people for r in p.roles if r.span]
    spans += [x.span for x in [*art.meetings, *art.metrics, *art.documents] if x.span]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    assert Article.model_validate(art.model_dump()) == art


pieces = st.sampled_from(
    [
        VIETNAMESE,
        unicodedata.normalize("NFD", VIETNAMESE),
        "\u202e\u200f",
        "😀",
        "\x00\x1f",
        "\ud800",
        "&amp;<br/>",
        "\r\n",
        "đồng chí ",
        "1.605 nghìn",
        "Chủ tịch UBND tỉnh ",
        "、汉字",
        "Ω≈ç√",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_string(text: str) -> None:
    check_article(text, extract(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(pieces, st.text(max_size=20)), max_size=12).map("".join))
def test_mixtures_of_vietnamese_and_noise(text: str) -> None:
    check_article(text, extract(text))


def add_noise(text: str, seed: int) -> str:
    """What scrapers leave behind: CRLF, entities, tags, non-breaking and zero-width spaces."""
    rnd = random.Random(seed)
    out = []
    for line in text.split("\n"):
        line = line.replace(" ", "\u00a0", 1) if rnd.random() < 0.5 else line
        line = html.escape(line, quote=False) if rnd.random() < 0.5 else line
        line = line.replace(", ", ",\u200b ", 1) if rnd.random() < 0.5 else line
        out.append(("<p>" + line + "</p>") if rnd.random() < 0.3 else line)
    return "\r\n".join(out)


def summary(art: Article) -> tuple:  # type: ignore[type-arg]
    return (
        sorted((p.key, tuple(sorted(r.organization_key or r.title for r in p.roles))) for p in art.people),
        sorted((str(m.date), tuple(c.key for c in m.chair), len(m.attendees)) for m in art.meetings),
        sorted((round(m.value, 4), m.unit) for m in art.metrics),
        sorted(str(d.number) for d in art.documents),
    )


@needs_dev
@pytest.mark.parametrize("name,text,gold", dev_articles(), ids=[a[0] for a in dev_articles()])
def test_noisy_copy_gives_the_same_records(name: str, text: str, gold: dict) -> None:  # type: ignore[type-arg]
    pub = gold.get("published")
    noisy = add_noise(text, seed=len(text))
    clean_art, noisy_art = extract(text, published=pub), extract(noisy, published=pub)
    check_article(noisy, noisy_art)
    assert summary(noisy_art) == summary(clean_art)


@needs_dev
@pytest.mark.parametrize("name,text,gold", dev_articles()[:4], ids=[a[0] for a in dev_articles()[:4]])
def test_nfd_copy_gives_the_same_records(name: str, text: str, gold: dict) -> None:  # type: ignore[type-arg]
    pub = gold.get("published")
    nfd = unicodedata.normalize("NFD", text)
    art = extract(nfd, published=pub)
    check_article(nfd, art)
    assert summary(art) == summary(extract(text, published=pub))


@pytest.mark.parametrize(
    "text",
    [
        "đồng chí " * 5_000,
        "," * 100_000,
        "1.2" * 100_000,
        "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, " * 2_000,
        "Ủy ban nhân dân tỉnh " * 20_000,
    ],
    ids=["dong-chi", "commas", "digits-dots", "role-lists", "long-line"],
)
def test_adversarial_inputs_finish(text: str) -> None:
    check_article(text, extract(text))  # time is measured in benchmarks/run.py growth


_KILL = "<<kill the worker>>"


def _dies_on_marker(text: str, *, published: object = None) -> Article:
    if text == _KILL:
        os._exit(3)  # as if the OOM killer took the worker
    return extract(text, published=published)  # type: ignore[arg-type]


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to inherit the patch")
def test_a_dying_worker_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import vn_newsie.batch as batch

    monkeypatch.setattr(batch, "extract", _dies_on_marker)
    items = [{"id": str(i), "text": VIETNAMESE} for i in range(10)]
    items[4] = {"id": "4", "text": _KILL}
    results = list(extract_many(items, workers=2, chunksize=2))
    assert [r.index for r in results] == list(range(10))
    assert [r.ok for r in results] == [i != 4 for i in range(10)]
    assert results[4].id == "4" and "WorkerDied" in (results[4].error or "")
    assert all(r.article == results[0].article for r in results if r.ok)


def _pool_threads() -> list[str]:
    import threading

    return [t.name for t in threading.enumerate() if type(t).__name__ == "_ExecutorManagerThread"]


@pytest.mark.parametrize("stop_after", [None, 1])
def test_a_parallel_batch_leaves_no_pool_thread_behind(stop_after: int | None) -> None:
    # a pool thread still running when the interpreter exits makes Python 3.10-3.12 print
    # "OSError: Bad file descriptor" at exit: the batch waits for it, run to the end or closed early
    items = [{"id": str(i), "text": VIETNAMESE} for i in range(6)]
    results = extract_many(items, workers=2, chunksize=1)
    taken = list(islice(results, stop_after or len(items)))
    results.close()  # type: ignore[attr-defined]
    assert [r.ok for r in taken] == [True] * len(taken)
    assert _pool_threads() == []


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="needs fork to inherit the patch")
def test_a_pool_replaced_after_a_worker_died_leaves_no_thread_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    import vn_newsie.batch as batch

    monkeypatch.setattr(batch, "extract", _dies_on_marker)
    items = [{"id": "0", "text": _KILL}, {"id": "1", "text": VIETNAMESE}]
    assert [r.ok for r in extract_many(items, workers=2, chunksize=1)] == [False, True]
    assert _pool_threads() == []


def test_bad_items_in_a_batch_are_reported_not_raised() -> None:
    items: list[object] = [
        VIETNAMESE,
        42,
        {"id": "x"},
        {"id": "y", "text": VIETNAMESE, "published": "sai"},
        "",
    ]
    results = list(extract_many(items))  # type: ignore[arg-type]
    assert [r.ok for r in results] == [True, False, False, False, True]
    assert "TypeError" in (results[1].error or "") and "text" in (results[2].error or "")
    assert results[3].id == "y" and "ValueError" in (results[3].error or "")


def test_a_record_without_published_falls_back_to_the_batch_default() -> None:
    (res,) = extract_many([{"id": "a", "text": VIETNAMESE, "published": None}], published="2024-03-01")
    assert res.article is not None and str(res.article.published) == "2024-03-01"
