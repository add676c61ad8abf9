#!/usr/bin/env python3
"""Build data/gazetteers/places.tsv from underthesea's shipped address data.

underthesea (>= 9) ships ``underthesea/address/data/mapping.json``, itself
generated from the ``vietnamadminunits`` package.  It maps every pre-2025
(63-province) ward to its post-2025-07-01 (34-province) ward.  From it we write:

* one row per pre-2025 province   (level province, era before-2025-07-01,
  merged_into = full name of the post-merger province)
* one row per post-merger province (level province, era from-2025-07-01)
* one row per pre-2025 district    (level district, era before-2025-07-01,
  merged_into = full name of the post-merger province)
* one row per post-merger ward / commune / special zone
  (level ward, era from-2025-07-01, merged_into empty)

All names are written NFC with new-style tone placement ("Hòa", "Thủy",
"Khánh Hòa"), the convention of every file in data/gazetteers/.

Usage:  python scripts/build_places.py [output.tsv]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

ERA_BEFORE = "before-2025-07-01"
ERA_FROM = "from-2025-07-01"

# Longest first so "Thành phố" wins over nothing shorter, "Thị trấn" over "Thị xã" etc.
PREFIXES = (
    "Thành phố",
    "Thị trấn",
    "Thị xã",
    "Đặc khu",
    "Phường",
    "Huyện",
    "Quận",
    "Tỉnh",
    "Xã",
)

# Old-style -> new-style tone placement.  Only applies when the diphthong
# oa / oe / uy closes the syllable (no final consonant): "hoà" -> "hòa",
# "Thuỷ" -> "Thủy", but "hoàng", "Quỳnh", "Quý" stay as they are.
_TONED = {
    "a": "àáảãạ",
    "e": "èéẻẽẹ",
    "y": "ỳýỷỹỵ",
    "o": "òóỏõọ",
    "u": "ùúủũụ",
}


def _tone_of(ch: str) -> tuple[str, int] | None:
    low = ch.lower()
    for base, toned in _TONED.items():
        i = toned.find(low)
        if i >= 0:
            return base, i
    return None


def _apply(base: str, tone: int, upper: bool) -> str:
    ch = _TONED[base][tone]
    return ch.upper() if upper else ch


_OLD_STYLE = re.compile(r"([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def new_style_tones(text: str) -> str:
    text = unicodedata.normalize("NFC", text)

    def fix(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        base2, tone = _tone_of(second)
        pair = first.lower() + base2
        if pair not in ("oa", "oe", "uy"):
            return m.group(0)
        start = m.start()
        prev = text[start - 1] if start > 0 else ""
        if pair == "uy" and prev and prev in "qQ":
            return m.group(0)  # "Quý", "quỳ": u belongs to the consonant
        return _apply(first.lower(), tone, first.isupper()) + (base2.upper() if second.isupper() else base2)

    return _OLD_STYLE.sub(fix, text)


def clean(name: str) -> str:
    name = new_style_tones(" ".join(name.split()))
    # normalise odd capitalisation of the type prefix ("Thị Xã", "Thành Phố")
    for p in PREFIXES:
        if name.lower().startswith(p.lower() + " "):
            return p + name[len(p) :]
    return name


def short_of(name: str) -> str:
    """Name without its type prefix; numbered units ("Quận 5") keep the
    prefix, since a bare number is not a usable place name."""
    for p in PREFIXES:
        if name.startswith(p + " "):
            rest = name[len(p) + 1 :].strip()
            return name if rest.isdigit() else rest
    return name


def _squash(s: str) -> str:
    return unicodedata.normalize("NFC", s).lower().replace(" ", "")


def find_data() -> tuple[Path, str]:
    try:
        import underthesea
    except ImportError:  # pragma: no cover
        sys.exit("underthesea is not installed in this interpreter")
    version = getattr(underthesea, "__version__", "unknown")
    try:
        from importlib.resources import files

        path = Path(str(files("underthesea") / "address" / "data" / "mapping.json"))
    except Exception:  # pragma: no cover
        path = Path(underthesea.__file__).parent / "address" / "data" / "mapping.json"
    if not path.exists():
        sys.exit(f"address data not found at {path} (underthesea {version})")
    return path, version


def recover_ward_name(key: str, candidates: list[str]) -> str | None:
    """A few entries have an empty new_ward but an accented key such as
    'xãcẩmgiàng'.  Recover the spaced name from an old ward/district name
    whose squashed form matches the key without its type prefix."""
    for p in PREFIXES:
        sq = _squash(p)
        if key.startswith(sq):
            prefix, rest = p, key[len(sq) :]
            break
    else:
        return None
    for cand in candidates:
        short = short_of(clean(cand))
        if _squash(short) == _squash(new_style_tones(rest)) or _squash(short) == rest:
            return f"{prefix} {short}"
    # Fallback: split the key into syllables seen elsewhere in the data
    # (fewest syllables wins), then capitalise each syllable.
    vocab = {w.lower() for c in candidates for w in c.split()}
    best: list[list[str] | None] = [None] * (len(rest) + 1)
    best[0] = []
    for i in range(len(rest)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(rest), i + 8) + 1):
            syl = rest[i:j]
            if syl in vocab and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [syl]
    if best[-1]:
        return prefix + " " + " ".join(w[:1].upper() + w[1:] for w in best[-1])
    return None


def build(out: Path) -> int:
    path, version = find_data()
    data = json.loads(path.read_text(encoding="utf-8"))
    meta = data.get("metadata", {})
    wm = data["ward_mapping"]
    new_names = data["province_names"]
    old_names = data["old_province_names"]
    pmap = data["province_mapping"]

    rows: list[tuple[str, str, str, str, str, str]] = []

    for old_key, info in old_names.items():
        name = clean(info["name"])
        new_key = pmap.get(old_key)
        merged = clean(new_names[new_key]["name"]) if new_key in new_names else ""
        rows.append((name, short_of(name), "province", info.get("code", "") or "", ERA_BEFORE, merged))

    for info in new_names.values():
        name = clean(info["name"])
        rows.append((name, short_of(name), "province", info.get("code", "") or "", ERA_FROM, ""))

    for r in wm:
        if not r.get("old_district"):
            continue
        name = clean(r["old_district"])
        rows.append((name, short_of(name), "district", "", ERA_BEFORE, clean(r["new_province"])))

    all_names = sorted({x for r in wm for x in (r.get("old_ward"), r.get("old_district")) if x})
    unresolved = []
    for r in wm:
        ward = r.get("new_ward") or ""
        if not ward:
            group = [x["old_ward"] for x in wm if x.get("new_ward_key") == r.get("new_ward_key")]
            group += [x["old_district"] for x in wm if x.get("new_ward_key") == r.get("new_ward_key")]
            ward = recover_ward_name(r.get("new_ward_key", ""), group + all_names) or ""
            if not ward:
                unresolved.append(r.get("new_ward_key"))
                continue
        name = clean(ward)
        rows.append((name, short_of(name), "ward", "", ERA_FROM, ""))

    seen = set()
    uniq = []
    for row in rows:
        if row not in seen:
            seen.add(row)
            uniq.append(row)

    header = [
        f"# generated by scripts/build_places.py from underthesea {version} address data "
        f"(source {meta.get('source', 'vietnamadminunits')} {meta.get('version', '')}, "
        f"effective {meta.get('effective_date', '2025-07-01')}); do not edit by hand",
        "# Vietnamese administrative units: pre-2025 provinces and districts, post-2025-07-01 provinces and wards/communes.",
        "# level: province | district | ward.  era: before-2025-07-01 | from-2025-07-01.",
        '# short: name without its type prefix (Tỉnh/Thành phố/Huyện/Quận/Thị xã/Phường/Xã/Thị trấn/Đặc khu); numbered units keep it ("Quận 5").',
        "# code: official province code (the two eras use different code sets); empty for districts and wards.",
        "# merged_into: for pre-2025 rows, full name of the post-merger province; empty otherwise.",
        "# Names are NFC with new-style tone placement; the same name may occur in several provinces.",
        "# To change the list, rerun: python scripts/build_places.py (with underthesea installed).",
        "#! required: name level era",
        "#! level: province district ward",
        "#! era: before-2025-07-01 from-2025-07-01",
    ]
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(line + "\n")
        f.write("\t".join(["name", "short", "level", "code", "era", "merged_into"]) + "\n")
        for row in uniq:
            f.write("\t".join(unicodedata.normalize("NFC", c) for c in row) + "\n")
    if unresolved:
        print(
            f"warning: {len(set(unresolved))} ward keys without a name skipped: {sorted(set(unresolved))}",
            file=sys.stderr,
        )
    print(f"wrote {len(uniq)} rows to {out}")
    return len(uniq)


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    out = Path(argv[1]) if len(argv) > 1 else root / "data" / "gazetteers" / "places.tsv"
    out.parent.mkdir(parents=True, exist_ok=True)
    build(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
