"""check_package.py finds each packaging defect it is there for (issue 16), on small wheels and
sdists made here, and passes a sound pair: so a check that silently stopped looking fails."""
from __future__ import annotations

import io
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from check_package import check_dist  # noqa: E402

REPO = "https://github.com/secure-ai-studio/sdks"
LICENSE = b"Apache License\nVersion 2.0, January 2004\n"
HEAD = f"""Metadata-Version: 2.4
Name: secure-ai-studio
Version: 1.0.0
Summary: Python SDK
Author-email: API team <api@example.com>
License-Expression: Apache-2.0
Project-URL: Homepage, {REPO}
Project-URL: Documentation, {REPO}/tree/main/sdks/python#readme
Project-URL: Source, {REPO}/tree/main/sdks/python
Project-URL: Changelog, {REPO}/blob/main/sdks/python/CHANGELOG.md
Classifier: Programming Language :: Python :: 3
Classifier: Programming Language :: Python :: 3 :: Only
Classifier: Programming Language :: Python :: 3.10
Classifier: Programming Language :: Python :: 3.11
Classifier: Programming Language :: Python :: 3.12
Classifier: Programming Language :: Python :: 3.13
Classifier: Typing :: Typed
Requires-Python: >=3.10
Description-Content-Type: text/markdown
License-File: LICENSE
"""
BODY = f"""
# secure-ai-studio

See [Install](#install) and [Job]({REPO}/blob/main/sdks/python/docs/Job.md).

## Install
"""


def make(tmp: Path, metadata: str, *, wheel_license: bytes | None = LICENSE,
         sdist_license: bytes | None = LICENSE, changelog: bool = True) -> Path:
    dist = tmp / "dist"
    dist.mkdir()
    info = "secure_ai_studio-1.0.0.dist-info"
    with zipfile.ZipFile(dist / "secure_ai_studio-1.0.0-py3-none-any.whl", "w") as z:
        z.writestr("secure_ai_studio/__init__.py", "")
        z.writestr("secure_ai_studio/py.typed", "")
        z.writestr(f"{info}/METADATA", metadata)
        if wheel_license is not None:
            z.writestr(f"{info}/licenses/LICENSE", wheel_license)
    files = {"PKG-INFO": metadata.encode()}
    if sdist_license is not None:
        files["LICENSE"] = sdist_license
    if changelog:
        files["CHANGELOG.md"] = b"# Changelog\n"
    with tarfile.open(dist / "secure_ai_studio-1.0.0.tar.gz", "w:gz") as t:
        for name, data in files.items():
            member = tarfile.TarInfo(f"secure_ai_studio-1.0.0/{name}")
            member.size = len(data)
            t.addfile(member, io.BytesIO(data))
    (tmp / "LICENSE").write_bytes(LICENSE)
    return dist


def problems(tmp: Path, metadata: str = HEAD + BODY, **kw: object) -> list[str]:
    return check_dist(make(tmp, metadata, **kw), tmp / "LICENSE", REPO)  # type: ignore[arg-type]


def test_sound_wheel_and_sdist_pass(tmp_path: Path) -> None:
    assert problems(tmp_path) == []


@pytest.mark.parametrize("edit, expected", [
    # the fields of issue 16, each missing or wrong
    (lambda m: m.replace("License-Expression: Apache-2.0\n", ""), "License-Expression is None"),
    (lambda m: m.replace("Apache-2.0", "MIT"), "not 'Apache-2.0'"),
    (lambda m: m.replace("License-File: LICENSE\n", ""), "License-File LICENSE missing"),
    (lambda m: m.replace("Metadata-Version: 2.4", "Metadata-Version: 2.1"), "invalid core metadata"),
    (lambda m: m.replace("Requires-Python", "Classifier: License :: OSI Approved :: Apache Software License\nRequires-Python"),
     "'License ::' classifier"),
    (lambda m: m.replace("Author-email: API team <api@example.com>\n", ""), "no Author"),
    (lambda m: m.replace(f"Project-URL: Homepage, {REPO}\n", ""), "Project-URL Homepage missing"),
    (lambda m: m.replace("Project-URL: Documentation", "Project-URL: Docs"), "Project-URL Documentation missing"),
    (lambda m: m.replace("Project-URL: Source", "Project-URL: Code"), "Project-URL Source missing"),
    (lambda m: m.replace("Project-URL: Changelog", "Project-URL: News"), "Project-URL Changelog missing"),
    (lambda m: m.replace(f"Changelog, {REPO}", "Changelog, https://example.com"), "is not an https address in"),
    (lambda m: m.replace("Classifier: Typing :: Typed\n", ""), "'Typing :: Typed' missing"),
    (lambda m: m.replace("Classifier: Programming Language :: Python :: 3 :: Only\n", ""), "3 :: Only' missing"),
    (lambda m: m.replace("Classifier: Programming Language :: Python :: 3.11\n", ""), "without gaps"),
    (lambda m: m.replace("Classifier: Programming Language :: Python :: 3.13\n", ""), "without gaps"),
    (lambda m: m.replace("Requires-Python: >=3.10", "Requires-Python: >=3.9"), "without gaps"),
    (lambda m: m.replace("Requires-Python", "Classifier: Typing :: Mostly Typed\nRequires-Python"), "not in PyPI's list"),
    (lambda m: m.replace("text/markdown", "text/plain"), "not text/markdown"),
    # the README's links on PyPI's page
    (lambda m: m + "\nSee [Job](docs/Job.md).\n", "relative link 'docs/Job.md'"),
    (lambda m: m + "\n[Job][j]\n\n[j]: docs/Job.md\n", "relative link 'docs/Job.md'"),
    (lambda m: m + '\n<img src="docs/logo.png">\n', "relative link 'docs/logo.png'"),
    (lambda m: m + "\nSee [gone](#no-such-heading).\n", "relative link '#user-content-no-such-heading'"),
])
def test_each_defect_is_reported(tmp_path: Path, edit, expected: str) -> None:  # type: ignore[no-untyped-def]
    found = problems(tmp_path, edit(HEAD + BODY))
    assert any(expected in p for p in found), found
    # both artifacts carry the metadata: the sdist's PKG-INFO is checked like the wheel's METADATA
    if "invalid core metadata" not in expected:
        assert any("PKG-INFO" in p and expected in p for p in found), found


def test_license_files_are_the_repository_s(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert any("licenses/LICENSE missing" in p for p in problems(tmp_path / "a", wheel_license=None))
    (tmp_path / "b").mkdir()
    assert any("LICENSE differs" in p for p in problems(tmp_path / "b", wheel_license=b"MIT\n"))
    (tmp_path / "c").mkdir()
    assert any("tar.gz: LICENSE missing" in p for p in problems(tmp_path / "c", sdist_license=None))
    (tmp_path / "d").mkdir()
    assert any("CHANGELOG.md missing" in p for p in problems(tmp_path / "d", changelog=False))
