"""The lexicon: tables that declare what their rows hold, overlays checked at load, entries that
match only as written, the shipped precomputed lexicon, and walks shared through ``Tokens``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from vn_newsie import attachment, extract
from vn_newsie import gazetteer as g
from vn_newsie.text import fold, tokenize

SHIPPED = g._shipped_dir()  # the checkout's data/gazetteers, or the installed package's copy


def _clear() -> None:
    for fn in (g.load_table, g.matcher, g.document_kinds, g.surnames, attachment.attachment_rules):
        fn.cache_clear()


@pytest.fixture
def overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user's overlay folder, set for the test; every cache is emptied before and after."""
    monkeypatch.setenv("VN_NEWSIE_GAZETTEERS", str(tmp_path))
    _clear()
    yield tmp_path
    monkeypatch.delenv("VN_NEWSIE_GAZETTEERS")
    _clear()


def _header(table: str) -> list[str]:
    lines = (SHIPPED / table).read_text(encoding="utf-8").splitlines()
    return next(line for line in lines if line.strip() and not line.startswith("#")).split("\t")


def _overlay_row(folder: Path, table: str, **cells: str) -> Path:
    """Write an overlay of ``table`` holding one row: the shipped first row with ``cells`` changed."""
    header = _header(table)
    row = dict(g.read_table(SHIPPED / table)[0])
    row.update(cells)
    path = folder / table
    path.write_text("\t".join(header) + "\n" + "\t".join(row[c] for c in header) + "\n", encoding="utf-8")
    return path


# Every table with a column whose values code gives meaning to, and that column.
CHECKED = [
    ("titles.tsv", "kind"),
    ("ranks.tsv", "kind"),
    ("organizations.tsv", "kind"),
    ("organizations.tsv", "case"),
    ("org_heads.tsv", "kind"),
    ("issuer_codes.tsv", "kind"),
    ("place_types.tsv", "level"),
    ("places.tsv", "level"),
    ("places.tsv", "era"),
    ("meeting_triggers.tsv", "kind"),
    ("meeting_triggers.tsv", "strength"),
    ("metric_cues.tsv", "kind"),
    ("document_phrasing.tsv", "kind"),
    ("document_types.tsv", "kind"),
    ("qualifiers.tsv", "qualifier"),
    ("role_boundaries.tsv", "kind"),
    ("units.tsv", "kind"),
    ("attachment_rules.tsv", "action"),
]


@pytest.mark.parametrize("table,col", CHECKED, ids=[f"{t}:{c}" for t, c in CHECKED])
def test_overlay_row_with_unknown_value_fails_with_file_and_line(overlay: Path, table: str, col: str) -> None:
    path = _overlay_row(overlay, table, **{col: "khong_co_loai_nay"})
    with pytest.raises(g.GazetteerError) as err:
        g.load_table(table)
    message = str(err.value)
    assert f"{path}:2:" in message and col in message and "khong_co_loai_nay" in message


@pytest.mark.parametrize("table,col", CHECKED, ids=[f"{t}:{c}" for t, c in CHECKED])
def test_overlay_row_with_a_declared_value_loads(overlay: Path, table: str, col: str) -> None:
    shipped = g.read_table(SHIPPED / table)
    value = next(r[col] for r in shipped if r[col])
    _overlay_row(overlay, table, **{col: value})
    assert len(g.load_table(table)) == len(shipped) + 1


# attachment_rules.tsv rows whose pattern the code cannot use: the action's value is checked by
# the table's "#!" line (CHECKED above), the pattern when the rows are compiled.
BAD_ATTACHMENT_ROWS = {
    "pattern-does-not-compile": ("(?P<name>N(?P<role>R)", "does not compile"),
    "link-without-a-role-group": ("(?P<name>[NH]),R", "needs the groups ['role']"),
    "share-without-a-holder": ("P,(?P<name>N)", "needs the groups ['holder']"),
}


@pytest.mark.parametrize("pattern,fault", BAD_ATTACHMENT_ROWS.values(), ids=BAD_ATTACHMENT_ROWS.keys())
def test_an_attachment_row_the_code_cannot_use_fails_naming_the_rule(
    overlay: Path, pattern: str, fault: str
) -> None:
    action = "share" if "holder" in fault else "link"
    _overlay_row(overlay, "attachment_rules.tsv", rule="my_rule", pattern=pattern, action=action)
    with pytest.raises(g.GazetteerError, match="attachment_rules.tsv: rule 'my_rule'") as err:
        attachment.attachment_rules()
    assert fault in str(err.value)


def test_an_added_attachment_row_applies_after_the_shipped_ones(overlay: Path) -> None:
    _overlay_row(overlay, "attachment_rules.tsv", rule="my_rule")
    rules = attachment.attachment_rules()
    assert rules[-1].rule == "my_rule" and rules[0].rule == "name_then_roles"


# Required cells other than the key (an added row without its key is skipped with a warning).
REQUIRED = [
    ("metric_cues.tsv", "kind"),
    ("document_kinds.tsv", "aliases"),
    ("magnitudes.tsv", "factor"),
    ("qualifiers.tsv", "qualifier"),
    ("units.tsv", "kind"),
]


@pytest.mark.parametrize("table,col", REQUIRED, ids=[f"{t}:{c}" for t, c in REQUIRED])
def test_overlay_row_missing_a_required_cell_fails(overlay: Path, table: str, col: str) -> None:
    path = _overlay_row(overlay, table, **{col: ""})
    with pytest.raises(g.GazetteerError, match=f"{path}:2: column '{col}' is empty"):
        g.load_table(table)


def test_an_overlay_cannot_widen_the_declared_values(overlay: Path) -> None:
    (overlay / "ranks.tsv").write_text(
        "#! kind: honorific made_up\nword\tkind\nĐồng chí\tmade_up\n", encoding="utf-8"
    )
    with pytest.raises(g.GazetteerError, match="made_up"):
        g.load_table("ranks.tsv")


DECLARATIONS = [
    ("unknown-column", "#! kind: a b\nword\tlevel\nx\ta\n", "names column 'kind'"),
    ("bad-value", "#! kind: a b\nword\tkind\nx\ta\ny\tc\n", ":4: kind 'c'"),
    ("no-colon", "#! kind a b\nword\tkind\nx\ta\n", ":1: a '#!' line"),
    ("empty-required", "#! required: word\nword\tkind\n\ta\n", ":3: column 'word' is empty"),
]


@pytest.mark.parametrize("text,fault", [d[1:] for d in DECLARATIONS], ids=[d[0] for d in DECLARATIONS])
def test_a_table_is_held_to_its_own_declarations(tmp_path: Path, text: str, fault: str) -> None:
    path = tmp_path / "t.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(g.GazetteerError, match=fault):
        g.read_table(path)


def test_every_shipped_table_passes_its_declarations() -> None:
    for path in sorted(SHIPPED.glob("*.tsv")):
        assert g.read_table(path), path


def test_overlay_entry_is_found_and_the_shipped_lexicon_is_not_used(overlay: Path) -> None:
    (overlay / "titles.tsv").write_text("title\tkind\nTrưởng Ban Quản lý dự án\tgeneric\n", encoding="utf-8")
    assert g._precomputed() is None
    toks = tokenize("Ông Lê Văn Tám, Trưởng Ban Quản lý dự án, cho biết.")
    hit = g.matcher().match_at(toks, 5, ("title",))
    assert hit is not None and hit.entries[0].text == "Trưởng Ban Quản lý dự án"


def test_shipped_lexicon_is_up_to_date_with_the_tables() -> None:
    data = json.loads(g.LEXICON_FILE.read_text(encoding="utf-8"))
    assert data["fingerprint"] == g.lexicon_fingerprint(), "run python scripts/build_lexicon.py"
    assert g.LEXICON_FILE.read_text(encoding="utf-8") == g.lexicon_json()
    assert g._precomputed() == list(g.lexicon_entries())


# --- entries that match only as written --------------------------------------------------------------

AS_WRITTEN = [
    ("abbreviation-in-capitals", "Ủy viên BCH TƯ Đảng dự hội nghị.", "TƯ", "org", True),
    ("same-letters-as-a-word", "Bộ trưởng Tư pháp dự hội nghị.", "Tư", "org", False),
    ("word-in-a-board-name", "Trưởng Ban Tư tưởng phát biểu.", "Tư", "org", False),
    ("document-code", "Thực hiện NQ số 18 của Trung ương.", "NQ", "doc_kind", True),
    ("code-in-lower-case", "Bà con nq lại với nhau.", "nq", "doc_kind", False),
    ("name-of-an-exact-row", "Đại biểu Trung ương dự hội nghị.", "Trung", "org", True),
]


@pytest.mark.parametrize(
    "sentence,word,category,found", [c[1:] for c in AS_WRITTEN], ids=[c[0] for c in AS_WRITTEN]
)
def test_exact_entries_match_only_as_written(sentence: str, word: str, category: str, found: bool) -> None:
    toks = tokenize(sentence)
    k = next(i for i, t in enumerate(toks) if t.text == word)
    assert (g.matcher().match_at(toks, k, (category,)) is not None) is found


ROLES = [
    (
        "ministry-of-justice",
        "Ông Nguyễn Văn An, Bộ trưởng Tư pháp, phát biểu chỉ đạo tại hội nghị.",
        "Bộ trưởng Tư pháp",
    ),
    (
        "board-of-ideology",
        "Đồng chí Trần Văn Bình, Trưởng Ban Tư tưởng Văn hóa Trung ương, dự hội nghị.",
        "Trưởng Ban Tư tưởng Văn hóa Trung ương",
    ),
]


@pytest.mark.parametrize("sentence,role", [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_a_capitalised_word_is_not_read_as_an_abbreviation(sentence: str, role: str) -> None:
    people = extract(sentence).people
    assert [r.text for p in people for r in p.roles] == [role]


def test_document_kinds_are_read_once_with_their_codes() -> None:
    spellings = {(s.kind, s.spelling, s.exact) for s in g.document_kinds()}
    assert ("Nghị quyết", "NQ", True) in spellings and ("Quy định", "Qui định", False) in spellings
    assert all(fold(s.spelling) for s in g.document_kinds())


# --- walks shared through Tokens ---------------------------------------------------------------------

SENTENCES = [
    ("role-and-body", "Phó Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh chủ trì hội nghị trực tuyến."),
    ("place-and-ward", "Đoàn công tác làm việc tại phường Trần Phú, thành phố Hà Tĩnh."),
    ("document", "Theo Quyết định số 12/QĐ-UBND, tỉnh Quảng Ngãi triển khai Nghị quyết 57-NQ/TW."),
]


@pytest.mark.parametrize("sentence", [s[1] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_shared_walks_answer_as_a_fresh_walk(sentence: str) -> None:
    m = g.matcher()
    shared = tokenize(sentence)
    cats = [None, ("title",), ("org", "org_head"), ("place", "ward"), ("doc_kind",)]
    for k in range(len(shared)):
        for c in cats:
            assert m.match_at(shared, k, c) == m.match_at(list(tokenize(sentence)), k, c)
    assert shared.walks, "the walks were kept on the tokens"


@pytest.mark.parametrize("sentence", [s[1] for s in SENTENCES], ids=[s[0] for s in SENTENCES])
def test_every_token_at_once_answers_as_one_at_a_time(sentence: str) -> None:
    m = g.matcher()
    shared = tokenize(sentence)
    every = m.walks_at_each(shared)
    fresh = list(tokenize(sentence))
    cats = ["title", "org", "org_head", "place", "ward", "doc_kind", "role_boundary"]
    for k, ends in enumerate(every):
        for c in cats:
            assert g.longest_in(ends, k, c) == m.match_at(fresh, k, (c,)), (k, c)
    assert any(every), "some word of the sentence starts a listed entry"
    assert [m.match_at(shared, k) for k in range(len(shared))] == [
        m.match_at(fresh, k) for k in range(len(fresh))
    ], "later look-ups read the walks kept on the tokens"


ORG_KEYS = [
    ("abbreviation-expanded", "TƯ Đoàn", "trung ương đoàn"),
    ("same-letters-kept", "Bộ Tư pháp", "bộ tư pháp"),
    ("folded-abbreviation", "UBND tỉnh", "ủy ban nhân dân tỉnh"),
]


@pytest.mark.parametrize("org,key", [c[1:] for c in ORG_KEYS], ids=[c[0] for c in ORG_KEYS])
def test_organization_keys_honour_exact_abbreviations(org: str, key: str) -> None:
    from vn_newsie.people import organization_key

    assert organization_key(org) == key


def test_matcher_entries_are_every_lexicon_entry() -> None:
    """``Matcher.entries`` (people gathers the abbreviation words from it) misses no entry."""
    listed = sorted(e for _, e in g.lexicon_entries())
    assert sorted(g.matcher().entries()) == listed


ABBREVIATION_WORDS = [
    ("body-abbreviation", "ubnd", True),
    ("party-centre", "tư", True),
    ("plain-word", "tỉnh", False),
    ("title-case-name", "hà", False),
]


@pytest.mark.parametrize(
    "key,listed", [c[1:] for c in ABBREVIATION_WORDS], ids=[c[0] for c in ABBREVIATION_WORDS]
)
def test_abbreviation_words_are_gathered_from_the_lexicon(key: str, listed: bool) -> None:
    """Only these words, written in lower case, make people check an entry's case."""
    from vn_newsie.people import _abbreviation_keys

    assert (key in _abbreviation_keys(g.matcher())) == listed
