#!/usr/bin/env python3
"""Checks a built Python SDK (one wheel, one sdist) against what PyPI and its tooling accept, and
this project's packaging rules, beyond what `twine check --strict` and `check-wheel-contents` see:

  python check_package.py DIST_DIR --license LICENSE --repository URL

- core metadata parsed and validated by `packaging` (the library pip and twine use), in the wheel's
  METADATA and the sdist's PKG-INFO alike: Metadata-Version 2.4 or later, PEP 639's
  License-Expression `Apache-2.0` with License-File LICENSE and no "License ::" classifier;
- the LICENSE file, byte for byte the repository's, at the wheel's `.dist-info/licenses/` and the
  sdist's root; CHANGELOG.md and py.typed shipped;
- an author, and the project URLs Homepage, Source, Documentation, Changelog: absolute https
  addresses inside URL (the repository);
- every classifier in PyPI's list (trove-classifiers), none deprecated; Typing :: Typed; one
  "Programming Language :: Python :: 3.N" per minor version from Requires-Python's lower bound on,
  without gaps, up to at least 3.13, and "3 :: Only";
- the long description rendered as PyPI renders it (readme_renderer, the package Warehouse uses):
  every link and image source absolute (http, https, mailto) or a fragment of a heading there. A
  relative one (`docs/Job.md`, `#missing`) points nowhere on PyPI's page; twine check does not
  look at links.

Prints one line per failed requirement (file: field: what is wrong) and exits 1 if any failed.
"""
from __future__ import annotations

import argparse
import re
import sys
import tarfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

from packaging.metadata import InvalidMetadata, Metadata
from packaging.specifiers import SpecifierSet
from packaging.version import Version
from readme_renderer.markdown import render as render_markdown
from trove_classifiers import classifiers as TROVE, deprecated_classifiers as TROVE_DEPRECATED

LICENSE_EXPRESSION = "Apache-2.0"
REQUIRED_URLS = ("Homepage", "Source", "Documentation", "Changelog")
# The newest minor version the classifiers must reach (the SDK's CI images run 3.11; httpx and
# pydantic, its only dependencies, support 3.10 to 3.14).
NEWEST_MINOR_AT_LEAST = 13
ABSOLUTE = re.compile(r"^(https?:|mailto:)", re.IGNORECASE)


class _Links(HTMLParser):
    """Every href/src of rendered HTML, and every id/name a fragment can land on."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.targets.append(value)
            elif name in ("id", "name") and value is not None:
                self.anchors.add(value)


def relative_links(markdown: str) -> list[str]:
    """The links and image sources of a Markdown long description that are not absolute, after
    rendering it as PyPI does (so reference-style links and raw HTML count too). A fragment is
    fine when it lands on an anchor of the rendered page: the renderer gives every heading one
    (`#install` -> `id="user-content-install"`) and rewrites links to it."""
    html = render_markdown(markdown)
    if html is None:
        raise ValueError("the long description does not render as Markdown")
    parser = _Links()
    parser.feed(html)
    return [t for t in parser.targets
            if not ABSOLUTE.match(t.strip()) and not (t.startswith("#") and t[1:] in parser.anchors)]


def check_metadata(raw: bytes, where: str, repository: str) -> list[str]:
    """Problems of one core-metadata file (a wheel's METADATA or an sdist's PKG-INFO)."""
    problems: list[str] = []
    try:
        # validate=True: every field as the spec (and so PyPI's upload) requires, e.g. a
        # License-Expression that is a valid, normalised SPDX expression.
        meta = Metadata.from_email(raw, validate=True)
    except InvalidMetadata as e:
        return [f"{where}: invalid core metadata: {e}"]
    except ExceptionGroup as group:  # packaging reports every invalid field at once
        return [f"{where}: invalid core metadata: {e}" for e in group.exceptions]

    def need(ok: object, message: str) -> None:
        if not ok:
            problems.append(f"{where}: {message}")

    need(Version(meta.metadata_version) >= Version("2.4"),
         f"Metadata-Version {meta.metadata_version}: PEP 639's License-Expression needs 2.4")
    need(str(meta.license_expression or "") == LICENSE_EXPRESSION,
         f"License-Expression is {meta.license_expression!r}, not {LICENSE_EXPRESSION!r}")
    need("LICENSE" in (meta.license_files or []), "License-File LICENSE missing")
    classifiers = meta.classifiers or []
    # PEP 639: an expression replaces the License classifiers (setuptools refuses both).
    need(not [c for c in classifiers if c.startswith("License ::")],
         "a 'License ::' classifier beside License-Expression")
    need(meta.author or meta.author_email, "no Author / Author-email")

    urls = meta.project_urls or {}
    for label in REQUIRED_URLS:
        url = urls.get(label)
        need(url, f"Project-URL {label} missing")
        if url:
            need(url.startswith(repository.rstrip("/")) and url.startswith("https://"),
                 f"Project-URL {label} {url} is not an https address in {repository}")

    for c in classifiers:
        need(c in TROVE, f"classifier {c!r} is not in PyPI's list (trove-classifiers)")
        need(c not in TROVE_DEPRECATED, f"classifier {c!r} is deprecated")
    need("Typing :: Typed" in classifiers, "classifier 'Typing :: Typed' missing")
    need("Programming Language :: Python :: 3 :: Only" in classifiers,
         "classifier 'Programming Language :: Python :: 3 :: Only' missing")
    minors = sorted(int(m.group(1)) for c in classifiers
                    if (m := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", c)))
    requires = SpecifierSet(str(meta.requires_python or ""))
    lowest = next((n for n in range(0, 40) if Version(f"3.{n}") in requires), None)
    need(meta.requires_python, "Requires-Python missing")
    if lowest is not None:
        expected = list(range(lowest, max(minors + [NEWEST_MINOR_AT_LEAST]) + 1))
        need(minors == expected,
             f"Python version classifiers 3.{minors} do not match Requires-Python {requires}: "
             f"expected 3.{lowest} to 3.{expected[-1]} without gaps")

    need(meta.description_content_type and meta.description_content_type.startswith("text/markdown"),
         f"Description-Content-Type {meta.description_content_type!r}, not text/markdown")
    description = meta.description or ""
    need(description.strip(), "no long description")
    if description.strip():
        try:
            for link in relative_links(description):
                problems.append(f"{where}: long description: relative link {link!r} (broken on PyPI)")
        except ValueError as e:
            problems.append(f"{where}: {e}")
    return problems


def check_dist(dist: Path, license_file: Path, repository: str) -> list[str]:
    """Problems of the wheel and the sdist in `dist`."""
    wheels, sdists = sorted(dist.glob("*.whl")), sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [f"{dist}: expected one wheel and one sdist, found {len(wheels)} and {len(sdists)}"]
    license_bytes = license_file.read_bytes()
    problems: list[str] = []

    wheel = wheels[0]
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        info = sorted({n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info")})
        if len(info) != 1:
            return [f"{wheel.name}: expected one .dist-info folder, found {info}"]
        problems += check_metadata(z.read(f"{info[0]}/METADATA"), f"{wheel.name} METADATA", repository)
        licensed = f"{info[0]}/licenses/LICENSE"
        if licensed not in names:
            problems.append(f"{wheel.name}: {licensed} missing")
        elif z.read(licensed) != license_bytes:
            problems.append(f"{wheel.name}: {licensed} differs from {license_file}")
        if not [n for n in names if n.endswith("/py.typed") and n.count("/") == 1]:
            problems.append(f"{wheel.name}: py.typed missing (PEP 561)")

    sdist = sdists[0]
    with tarfile.open(sdist) as t:
        members = {m.name: m for m in t.getmembers() if m.isfile()}
        roots = {n.split("/")[0] for n in members}
        if len(roots) != 1:
            return problems + [f"{sdist.name}: expected one top folder, found {sorted(roots)}"]
        top = roots.pop()

        def read(name: str) -> bytes | None:
            member = members.get(f"{top}/{name}")
            handle = t.extractfile(member) if member else None
            return handle.read() if handle else None

        pkg_info = read("PKG-INFO")
        if pkg_info is None:
            problems.append(f"{sdist.name}: PKG-INFO missing")
        else:
            problems += check_metadata(pkg_info, f"{sdist.name} PKG-INFO", repository)
        shipped = read("LICENSE")
        if shipped is None:
            problems.append(f"{sdist.name}: LICENSE missing")
        elif shipped != license_bytes:
            problems.append(f"{sdist.name}: LICENSE differs from {license_file}")
        if read("CHANGELOG.md") is None:
            problems.append(f"{sdist.name}: CHANGELOG.md missing")
    return problems


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, help="folder with the built wheel and sdist")
    parser.add_argument("--license", type=Path, required=True, help="the LICENSE both must ship")
    parser.add_argument("--repository", required=True, help="the repository the project URLs point into")
    args = parser.parse_args(argv)
    problems = check_dist(args.dist, args.license, args.repository)
    for p in problems:
        print(p)
    if problems:
        print(f"check_package.py: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"check_package.py: {args.dist}: wheel and sdist metadata OK "
          f"(License-Expression {LICENSE_EXPRESSION}, LICENSE, URLs, classifiers, absolute links)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
