#!/usr/bin/env python3
"""Pack a .nupkg from a .nuspec, as `nuget pack` does, without rewriting the nuspec.

    python3 nupkg.py PACKAGE.nuspec BASE_DIR OUT_DIR

Why not `nuget pack`: Debian's NuGet (2.8) does not know the `netstandard2.0` framework and
rewrites `<group targetFramework="netstandard2.0">` to `Unsupported0.0`, so NuGet clients would not
restore the dependencies; it also predates `<license>`, `<repository>` and `<readme>`. A .nupkg is
an OPC zip (https://learn.microsoft.com/nuget/reference/nuspec, ECMA-376 part 2), which the
standard library writes: the nuspec at the root (its `<files>` element removed, the way NuGet
packs it, with the framework written as NuGet normalises it: `.NETStandard2.0`), the files it
lists, `[Content_Types].xml`, `_rels/.rels` pointing at the manifest and the core properties.
Entries are sorted and dated 1980-01-01, so the same input gives the same bytes.
"""
import hashlib
import os
import sys
import uuid
import xml.etree.ElementTree as ET
import zipfile

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
# NuGet's short framework names (https://learn.microsoft.com/nuget/reference/target-frameworks)
# and the full names NuGet writes into a packed nuspec.
FRAMEWORKS = {"netstandard2.0": ".NETStandard2.0", "netstandard2.1": ".NETStandard2.1"}


def fail(message):
    sys.exit("nupkg: " + message)


def local(tag):
    return tag.rsplit("}", 1)[-1]


def packed_nuspec(root):
    """The nuspec as NuGet stores it: no <files>, frameworks in their full names."""
    namespace = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    ET.register_namespace("", namespace)
    files = [child for child in root if local(child.tag) == "files"]
    for child in files:
        root.remove(child)
    for group in root.iter():
        if local(group.tag) == "group" and "targetFramework" in group.attrib:
            short = group.attrib["targetFramework"]
            if short not in FRAMEWORKS:
                fail("dependency group targetFramework '%s' is not one this packer knows (%s)" % (short, ", ".join(FRAMEWORKS)))
            group.attrib["targetFramework"] = FRAMEWORKS[short]
    ET.indent(root, space="  ")  # re-indent: the removed <files> and comments leave gaps
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"


def main(argv):
    if len(argv) != 4:
        fail("usage: nupkg.py PACKAGE.nuspec BASE_DIR OUT_DIR")
    nuspec, base, out = argv[1:]
    try:
        tree = ET.parse(nuspec)
    except (OSError, ET.ParseError) as e:
        fail("%s: %s" % (nuspec, e))
    root = tree.getroot()
    metadata = next((c for c in root if local(c.tag) == "metadata"), None)
    if metadata is None:
        fail("%s: no <metadata>" % nuspec)
    meta = {local(c.tag): (c.text or "").strip() for c in metadata}
    for key in ("id", "version", "authors", "description"):
        if not meta.get(key):
            fail("%s: <metadata>/<%s> is missing or empty" % (nuspec, key))

    # <files>: each <file src target>, src relative to BASE_DIR (no wildcards: the template lists each).
    entries = {}
    for files in (c for c in root if local(c.tag) == "files"):
        for f in files:
            src, target = f.attrib.get("src"), f.attrib.get("target", "")
            if not src:
                fail("%s: a <file> without src" % nuspec)
            path = os.path.join(base, src)
            if not os.path.isfile(path):
                fail("%s: <file src=\"%s\"> not found in %s" % (nuspec, src, base))
            name = "/".join(p for p in (target.strip("/"), os.path.basename(src)) if p)
            entries[name] = open(path, "rb").read()
    readme = meta.get("readme")
    if readme and readme not in entries:
        fail("%s: <readme>%s</readme> is not one of the packed files" % (nuspec, readme))

    package_id, version = meta["id"], meta["version"]
    manifest = packed_nuspec(root)
    # A stable part name for the core properties (OPC wants one; NuGet uses a random GUID).
    props_name = "package/services/metadata/core-properties/%s.psmdcp" % uuid.UUID(hashlib.md5((package_id + version).encode()).hexdigest()).hex
    core = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns="http://schemas.openxmlformats.org/package/2006/metadata/core-properties">'
        "<dc:creator>%s</dc:creator><dc:description>%s</dc:description><dc:identifier>%s</dc:identifier>"
        "<version>%s</version><keywords>%s</keywords><lastModifiedBy>generators/csharp/tools/nupkg.py</lastModifiedBy>"
        "</coreProperties>\n"
    ) % tuple(escape(v) for v in (meta["authors"], meta["description"], package_id, version, meta.get("tags", "")))
    rels = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Type="http://schemas.microsoft.com/packaging/2010/07/manifest" Target="/%s.nuspec" Id="R0" />'
        '<Relationship Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/%s" Id="R1" />'
        "</Relationships>\n"
    ) % (escape(package_id), props_name)
    extensions = sorted({os.path.splitext(n)[1].lstrip(".").lower() for n in entries} - {""})
    types = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
        '<Default Extension="nuspec" ContentType="application/octet" />'
        '<Default Extension="psmdcp" ContentType="application/vnd.openxmlformats-package.core-properties+xml" />'
        + "".join('<Default Extension="%s" ContentType="application/octet" />' % e for e in extensions if e not in ("rels", "nuspec", "psmdcp"))
        + "</Types>\n"
    )
    parts = {"_rels/.rels": rels.encode(), package_id + ".nuspec": manifest, props_name: core.encode(), "[Content_Types].xml": types.encode()}
    for name in entries:
        if name in parts:
            fail("%s: packed file %s clashes with a package part" % (nuspec, name))
    parts.update(entries)

    os.makedirs(out, exist_ok=True)
    target = os.path.join(out, "%s.%s.nupkg" % (package_id, version))
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(parts):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name])
    print(target)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


if __name__ == "__main__":
    main(sys.argv)
