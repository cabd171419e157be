#!/usr/bin/env python3
"""Checks a built Java SDK against Maven Central's published requirements
(https://central.sonatype.org/publish/requirements/) and this project's packaging rules.

Usage: check-package.py BUILD_DIR              pom metadata, javadoc doclint setting, jars, manifest,
                                                license, javadoc footer
       check-package.py BUILD_DIR --staged DIR  also: DIR holds every artifact with its .asc
                                                signature and .md5/.sha1/.sha256 checksums

Standard library only (run by generators/java/test.sh before any Maven plugin could hide a gap).
Prints one line per failed requirement, naming the file and the element, and exits 1 if any failed.
"""
import hashlib
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}
MODULE_NAME = "io.secureaistudio.sdk"
problems = []


def need(ok, message):
    if not ok:
        problems.append(message)


def text(node, path):
    found = node.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def check_pom(pom_path):
    pom = ET.parse(pom_path).getroot()
    where = str(pom_path)
    # Central's list: coordinates, name, description, url, license, developers, scm.
    for field in ("groupId", "artifactId", "version", "name", "description", "url"):
        need(text(pom, f"m:{field}"), f"{where}: <{field}> missing or empty")
    need(not text(pom, "m:version").endswith("-SNAPSHOT"), f"{where}: <version> is a SNAPSHOT")
    licenses = pom.findall("m:licenses/m:license", NS)
    need(licenses, f"{where}: <licenses> has no <license>")
    for i, lic in enumerate(licenses):
        need(text(lic, "m:name"), f"{where}: <licenses>/<license>[{i}]/<name> missing")
        need(text(lic, "m:url"), f"{where}: <licenses>/<license>[{i}]/<url> missing")
    developers = pom.findall("m:developers/m:developer", NS)
    need(developers, f"{where}: <developers> has no <developer>")
    for i, dev in enumerate(developers):
        need(text(dev, "m:name"), f"{where}: <developers>/<developer>[{i}]/<name> missing")
        need(text(dev, "m:email") or text(dev, "m:organizationUrl"),
             f"{where}: <developers>/<developer>[{i}] has neither <email> nor <organizationUrl>")
    for field in ("connection", "developerConnection", "url"):
        need(text(pom, f"m:scm/m:{field}"), f"{where}: <scm>/<{field}> missing")
    for field in ("connection", "developerConnection"):
        value = text(pom, f"m:scm/m:{field}")
        need(not value or value.startswith("scm:"), f"{where}: <scm>/<{field}> is not an scm: URL ({value})")
    # Central also refuses <repositories> pointing elsewhere; the SDK must resolve from Central alone.
    need(pom.find("m:repositories", NS) is None, f"{where}: <repositories> must not be declared")
    check_javadoc_config(pom, where)
    return text(pom, "m:artifactId"), text(pom, "m:version")


def check_javadoc_config(pom, where):
    """Issue 16: javadoc runs with every doclint group (a missing comment or @param/@return tag
    included) and its warnings fail the build, so an undocumented public member never ships.
    Checked here so that weakening the pom (`all,-missing`, `none`, no failOnWarnings) fails too."""
    plugins = [p for p in pom.findall("m:build/m:plugins/m:plugin", NS)
               if text(p, "m:artifactId") == "maven-javadoc-plugin"]
    need(plugins, f"{where}: no maven-javadoc-plugin in <build>/<plugins>")
    for plugin in plugins[:1]:
        doclint = text(plugin, "m:configuration/m:doclint")
        need(doclint == "all", f"{where}: maven-javadoc-plugin <doclint> is {doclint!r}, expected 'all'")
        fail = text(plugin, "m:configuration/m:failOnWarnings")
        need(fail == "true", f"{where}: maven-javadoc-plugin <failOnWarnings> is {fail!r}, expected 'true'")


def check_jars(build, artifact, version):
    target = build / "target"
    base = f"{artifact}-{version}"
    jar, sources, javadoc = (target / f"{base}{s}.jar" for s in ("", "-sources", "-javadoc"))
    for path in (jar, sources, javadoc):
        need(path.is_file(), f"{path}: missing (Central requires the jar, -sources.jar and -javadoc.jar)")
    license_text = (build / "LICENSE").read_bytes() if (build / "LICENSE").is_file() else None
    need(license_text is not None, f"{build / 'LICENSE'}: missing")
    if jar.is_file():
        with zipfile.ZipFile(jar) as z:
            manifest = z.read("META-INF/MANIFEST.MF").decode("utf-8")
            entries = dict(line.split(": ", 1) for line in manifest.splitlines() if ": " in line)
            need(entries.get("Automatic-Module-Name") == MODULE_NAME,
                 f"{jar}!META-INF/MANIFEST.MF: Automatic-Module-Name is "
                 f"{entries.get('Automatic-Module-Name')!r}, expected {MODULE_NAME!r}")
            names = set(z.namelist())
            need("META-INF/LICENSE" in names, f"{jar}: no META-INF/LICENSE")
            if "META-INF/LICENSE" in names and license_text is not None:
                need(z.read("META-INF/LICENSE") == license_text,
                     f"{jar}!META-INF/LICENSE differs from {build / 'LICENSE'}")
    if javadoc.is_file():
        with zipfile.ZipFile(javadoc) as z:
            pages = [n for n in z.namelist() if n.endswith(".html")]
            need("index.html" in pages, f"{javadoc}: no index.html")
            # Every page carries the footer (class pages sit under a module folder when the jar
            # names an Automatic-Module-Name, so find them by their tail).
            for page in pages:
                if "All rights reserved" in z.read(page).decode("utf-8"):
                    need(False, f"{javadoc}!{page}: footer says 'All rights reserved'")
                    break
            client = [p for p in pages if p.endswith("io/secureaistudio/sdk/SecureAIStudioClient.html")]
            need(client, f"{javadoc}: no page for io.secureaistudio.sdk.SecureAIStudioClient")
            for page in client[:1]:
                need("Apache License, Version 2.0" in z.read(page).decode("utf-8"),
                     f"{javadoc}!{page}: footer lacks the Apache-2.0 line")
    return [jar, sources, javadoc]


def check_staged(staged, artifact, version):
    base = f"{artifact}-{version}"
    files = [staged / f"{base}{s}" for s in (".jar", "-sources.jar", "-javadoc.jar", ".pom")]
    for path in files:
        need(path.is_file(), f"{path}: missing from the staged release")
        if not path.is_file():
            continue
        need(Path(f"{path}.asc").is_file(), f"{path}.asc: missing (Central requires a signature per file)")
        data = path.read_bytes()
        for algo in ("md5", "sha1", "sha256"):
            digest_file = Path(f"{path}.{algo}")
            if not digest_file.is_file():
                need(False, f"{digest_file}: missing checksum")
                continue
            recorded = digest_file.read_text().split()[0] if digest_file.read_text().split() else ""
            need(recorded == hashlib.new(algo, data).hexdigest(), f"{digest_file}: does not match {path.name}")


def main(argv):
    if len(argv) not in (2, 4) or (len(argv) == 4 and argv[2] != "--staged"):
        print(__doc__, file=sys.stderr)
        return 2
    build = Path(argv[1])
    if not (build / "pom.xml").is_file():
        print(f"check-package: {build / 'pom.xml'} not found", file=sys.stderr)
        return 2
    artifact, version = check_pom(build / "pom.xml")
    check_jars(build, artifact, version)
    if len(argv) == 4:
        check_staged(Path(argv[3]), artifact, version)
    for p in problems:
        print(f"check-package: {p}", file=sys.stderr)
    print(f"check-package: {'FAILED' if problems else 'ok'} ({len(problems)} problems) for {build}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
