#!/usr/bin/env python3
"""Check a built .nupkg the way NuGet.org and NuGet clients read it (issue 16).

    python3 check_package.py PACKAGE.nupkg NETSTANDARD_FACADE

Checks, each printed with its verdict: the packed nuspec declares its dependencies under
`<group targetFramework=".NETStandard2.0">` with Newtonsoft.Json; `<license type="expression">Apache-2.0`;
`<repository type="git" url=...>`; an https `<projectUrl>`; a `<readme>` that is in the package;
LICENSE in the package; the dll under lib/netstandard2.0 has assembly version = package version
(monodis --assembly); and every type it takes from the framework is part of .NET Standard 2.0, i.e.
is exported by the netstandard facade (monodis --typeref against --exported), and the framework
references are netstandard's only (build.sh retargets them, tools/Retarget.cs). Exits 1 if any fails.
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

REPOSITORY = "https://github.com/secure-ai-studio/sdks.git"
NOT_FRAMEWORK = {"Newtonsoft.Json"}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def monodis(option, path):
    return subprocess.run(["monodis", option, path], check=True, capture_output=True, text=True).stdout


def numeric_version(version):
    """NuGet version 1.0.0 -> assembly version 1.0.0.0 (missing parts are 0; a -suffix is not part of it)."""
    parts = re.match(r"^(\d+(?:\.\d+){0,3})", version)
    if not parts:
        return None
    numbers = parts.group(1).split(".")
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def main(argv):
    if len(argv) != 3:
        sys.exit("usage: check_package.py PACKAGE.nupkg NETSTANDARD_FACADE")
    nupkg, facade = argv[1:]
    results = []

    def check(name, ok, detail=""):
        results.append(ok)
        print("%s  %s%s" % ("ok  " if ok else "FAIL", name, (": " + detail) if detail else ""))

    with zipfile.ZipFile(nupkg) as z:
        names = set(z.namelist())
        nuspecs = [n for n in names if "/" not in n and n.endswith(".nuspec")]
        if len(nuspecs) != 1:
            sys.exit("check_package: %s has %d nuspecs at its root" % (nupkg, len(nuspecs)))
        root = ET.fromstring(z.read(nuspecs[0]))
        meta = next(c for c in root if local(c.tag) == "metadata")
        find = lambda tag: next((c for c in meta if local(c.tag) == tag), None)
        package_id, version = find("id").text.strip(), find("version").text.strip()

        groups = [g for g in meta.iter() if local(g.tag) == "group"]
        frameworks = [g.attrib.get("targetFramework") for g in groups]
        std = [g for g in groups if g.attrib.get("targetFramework") == ".NETStandard2.0"]
        deps = [d.attrib.get("id") for g in std for d in g if local(d.tag) == "dependency"]
        check('dependency group targetFramework=".NETStandard2.0" with Newtonsoft.Json', bool(std) and "Newtonsoft.Json" in deps,
              "groups %s, dependencies %s" % (frameworks, deps))
        lic = find("license")
        check("license expression Apache-2.0", lic is not None and lic.attrib.get("type") == "expression" and (lic.text or "").strip() == "Apache-2.0",
              "none" if lic is None else "%s %s" % (lic.attrib, lic.text))
        repo = find("repository")
        check("repository type=git url=" + REPOSITORY, repo is not None and repo.attrib.get("type") == "git" and repo.attrib.get("url") == REPOSITORY,
              "none" if repo is None else str(repo.attrib))
        project = find("projectUrl")
        check("projectUrl is https", project is not None and (project.text or "").strip().startswith("https://"),
              "none" if project is None else project.text.strip())
        readme = find("readme")
        readme_name = (readme.text or "").strip() if readme is not None else ""
        check("readme in the package", bool(readme_name) and readme_name in names, readme_name or "no <readme>")
        check("LICENSE in the package", "LICENSE" in names or "LICENSE.txt" in names)

        dll_name = "lib/netstandard2.0/%s.dll" % package_id
        if dll_name not in names:
            check("lib/netstandard2.0 dll", False, dll_name + " missing")
            return 1
        with tempfile.TemporaryDirectory() as tmp:
            dll = os.path.join(tmp, os.path.basename(dll_name))
            with open(dll, "wb") as f:
                f.write(z.read(dll_name))
            assembly = re.search(r"Version:\s+(\S+)", monodis("--assembly", dll))
            found = assembly.group(1) if assembly else "?"
            check("assembly version = package version", found == numeric_version(version), "assembly %s, package %s" % (found, version))

            exported = set(re.findall(r"^\d+: (\S+) is in", monodis("--exported", facade), re.M))
            refs = re.findall(r"^\d+: \[([^\]]+)\](\S+)", monodis("--typeref", dll), re.M)
            framework = [(asm, t) for asm, t in refs if asm not in NOT_FRAMEWORK and asm != package_id]
            # Nested types (Outer/Inner) are exported as the outer type's.
            missing = sorted({t for _, t in framework if t.split("/")[0] not in exported})
            check("every framework type it uses is in .NET Standard 2.0 (%d types)" % len(framework), not missing, ", ".join(missing[:10]))
            asms = sorted({asm for asm, _ in refs})
            others = [a for a in asms if a != "netstandard" and a not in NOT_FRAMEWORK and a != package_id]
            check("framework references are netstandard's only (%s)" % ", ".join(asms), "netstandard" in asms and not others,
                  "also references " + ", ".join(others) if others else ("" if "netstandard" in asms else "no netstandard reference"))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
