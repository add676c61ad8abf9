"""A user who pip-installs the wheel gets the gazetteers inside it, not from the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if res.returncode != 0 and "hatchling" in res.stderr:
        res = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
            capture_output=True,
            text=True,
            timeout=300,
        )
    assert res.returncode == 0, res.stderr
    (whl,) = out.glob("vn_newsie-*.whl")
    return whl


def test_wheel_holds_gazetteers_and_type_marker(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("vn_newsie/data/gazetteers/")}
    expected = {p.name for p in (ROOT / "data" / "gazetteers").glob("*.tsv")}
    assert expected and expected <= shipped
    assert "vn_newsie/py.typed" in names
    assert "vn_newsie/lexicon.json" in names  # the precomputed lexicon: no rebuild on the first call


def test_wheel_works_in_a_clean_venv(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    # the dependencies come from this environment's site-packages; vn_newsie only from the wheel
    site = subprocess.check_output(
        [str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
    )
    Path(site.strip(), "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    code = (
        "import vn_newsie, vn_newsie.gazetteer as g;"
        "d = g.gazetteer_dirs()[0];"
        "assert 'site-packages' in str(d) and (d / 'titles.tsv').is_file(), d;"
        "a = vn_newsie.extract('Bí thư Tỉnh ủy Chẩu Văn Lâm phát biểu tại hội nghị.');"
        "print(a.people[0].name, '|', a.people[0].roles[0].text)"
    )
    out = subprocess.run(
        [str(py), "-I", "-c", code], capture_output=True, text=True, timeout=300, cwd=tmp_path
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "Chẩu Văn Lâm | Bí thư Tỉnh ủy"


def test_wheel_metadata_license_and_entry_points(wheel: Path) -> None:
    z = zipfile.ZipFile(wheel)
    names = z.namelist()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert {"vn_newsie/__main__.py", "vn_newsie/render.py", "vn_newsie/errors.py"} <= set(names)
    meta = z.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert "License-Expression: MIT" in meta
    for version in ("3.10", "3.11", "3.12", "3.13"):
        assert f"Classifier: Programming Language :: Python :: {version}" in meta
    extras = {line.split(": ", 1)[1] for line in meta.splitlines() if line.startswith("Provides-Extra: ")}
    assert {"pandas", "dask", "notebook"} <= extras and "progress" not in extras
    entry = z.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "vn-newsie = vn_newsie.cli:main" in entry


def test_sdist_holds_everything_the_readme_links_to(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    import re
    import tarfile

    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (sdist,) = tmp_path.glob("vn_newsie-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = {m for m in re.findall(r"\]\(([^)#:]+)\)", readme)}
    assert {"LICENSE", "docs/cli.md", "docs/gazetteers.md", "CHANGELOG.md"} <= links
    assert links <= names
    assert {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")} <= names


def _compiled_modules() -> list[Path]:
    import tomllib

    hook = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["hatch"]["build"]
    out: list[Path] = []
    for entry in hook["targets"]["wheel"]["hooks"]["mypyc"]["include"]:
        path = ROOT / entry
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


def test_the_compiled_build_covers_the_stages_and_keeps_no_cached_property() -> None:
    # mypyc compiles functools.cached_property as a plain property: the value is computed again
    # on every read (it made the compiled metrics stage twice as slow as the pure one)
    modules = _compiled_modules()
    names = {p.relative_to(ROOT / "src" / "vn_newsie").as_posix() for p in modules}
    assert {"text.py", "gazetteer.py", "people.py", "documents.py", "metrics/chain.py"} <= names
    offenders = [p.name for p in modules if "@cached_property" in p.read_text(encoding="utf-8")]
    assert offenders == []
