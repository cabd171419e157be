#!/usr/bin/env python3
"""Render a C# XML documentation file (mcs -doc:) as one browsable Markdown page.

    python3 xmldoc_md.py PACKAGE.xml OUT.md

One section per type (namespace, then type name), its summary and remarks, then each member with
its signature as the compiler names it, summary, parameters, returns and remarks. `<see cref>` to a
documented type becomes a link to its section. Written here because the usual renderers
(DocFX, xmldocmd) need the .NET SDK, which this Mono-only build does not have.
"""
import re
import sys
import xml.etree.ElementTree as ET


def fail(message):
    sys.exit("xmldoc_md: " + message)


def norm(text):
    """Source line breaks and indentation inside doc text are not meaningful: one space."""
    return re.sub(r"\s+", " ", text or "")


def anchor(type_name):
    return re.sub(r"[^a-z0-9]+", "-", type_name.lower()).strip("-")


def short(cref):
    name = cref.split(":", 1)[-1]
    return re.sub(r"\(.*\)$", "", name)


class Renderer:
    def __init__(self, types):
        self.types = types

    def inline(self, element):
        """The text of a doc element with its inline tags as Markdown."""
        out = [norm(element.text)]
        for child in element:
            tag = child.tag
            if tag == "c":
                out.append("`%s`" % "".join(child.itertext()).strip())
            elif tag in ("see", "seealso"):
                cref = child.attrib.get("cref", "")
                target = short(cref)
                label = (child.text or "").strip() or target.split(".")[-1]
                if cref.startswith("T:") and target in self.types:
                    out.append("[`%s`](#%s)" % (label, anchor(target)))
                elif child.attrib.get("langword"):
                    out.append("`%s`" % child.attrib["langword"])
                else:
                    out.append("`%s`" % label)
            elif tag in ("paramref", "typeparamref"):
                out.append("`%s`" % child.attrib.get("name", ""))
            elif tag == "para":
                out.append("\n\n" + self.inline(child).strip() + "\n\n")
            elif tag == "code":
                out.append("\n\n```csharp\n%s\n```\n\n" % "".join(child.itertext()).strip("\n"))
            else:
                out.append(self.inline(child))
            out.append(norm(child.tail))
        return "".join(out).strip()

    def block(self, member, lines):
        summary = member.find("summary")
        if summary is not None:
            lines.append(self.inline(summary))
            lines.append("")
        params = member.findall("param") + member.findall("typeparam")
        if params:
            for p in params:
                lines.append("- `%s`: %s" % (p.attrib.get("name", ""), self.inline(p)))
            lines.append("")
        returns = member.find("returns")
        if returns is not None:
            lines.append("Returns: " + self.inline(returns))
            lines.append("")
        for tag, title in (("remarks", "Remarks: "), ("example", "Example: ")):
            node = member.find(tag)
            if node is not None:
                lines.append(title + self.inline(node))
                lines.append("")
        for exc in member.findall("exception"):
            lines.append("Throws `%s`: %s" % (short(exc.attrib.get("cref", "")), self.inline(exc)))
            lines.append("")
        if member.find("inheritdoc") is not None and summary is None:
            lines.append("(Documented by the member it overrides or implements.)")
            lines.append("")


def main(argv):
    if len(argv) != 3:
        fail("usage: xmldoc_md.py PACKAGE.xml OUT.md")
    try:
        root = ET.parse(argv[1]).getroot()
    except (OSError, ET.ParseError) as e:
        fail("%s: %s" % (argv[1], e))
    assembly = root.findtext("assembly/name") or "?"
    members = root.findall("members/member")
    # The compiler documents internal types too; the SDK's internals live in *.Internal (not API).
    internal = re.compile(r"^[^(]*\.Internal\.")
    members = [m for m in members if not internal.match(m.attrib.get("name", "")[2:])]
    types = {m.attrib["name"][2:]: m for m in members if m.attrib.get("name", "").startswith("T:")}
    if not types:
        fail("%s documents no type" % argv[1])
    by_type = {t: [] for t in types}
    for m in members:
        name = m.attrib.get("name", "")
        if name.startswith("T:"):
            continue
        path = re.sub(r"\(.*\)$", "", name[2:])
        owner = path.rsplit(".", 1)[0]
        while owner not in by_type and "." in owner:
            owner = owner.rsplit(".", 1)[0]
        by_type.setdefault(owner, []).append(m)

    r = Renderer(types)
    lines = ["# %s API reference" % assembly, "",
             "Rendered from the compiler's XML documentation (`%s`) by generators/csharp/tools/xmldoc_md.py." % argv[1].rsplit("/", 1)[-1], ""]
    namespaces = {}
    for t in sorted(types):
        namespaces.setdefault(t.rsplit(".", 1)[0] if "." in t else "", []).append(t)
    lines.append("## Contents")
    lines.append("")
    for ns in sorted(namespaces):
        lines.append("- `%s`: " % ns + ", ".join("[%s](#%s)" % (t.rsplit(".", 1)[-1], anchor(t)) for t in namespaces[ns]))
    lines.append("")
    for ns in sorted(namespaces):
        lines.append("## Namespace `%s`" % ns)
        lines.append("")
        for t in namespaces[ns]:
            lines.append('<a id="%s"></a>' % anchor(t))
            lines.append("### %s" % t.rsplit(".", 1)[-1])
            lines.append("")
            lines.append("`%s`" % t)
            lines.append("")
            r.block(types[t], lines)
            for m in sorted(by_type.get(t, []), key=lambda m: m.attrib["name"][2:]):
                kind = {"M": "method", "P": "property", "F": "field", "E": "event"}.get(m.attrib["name"][0], "member")
                lines.append("#### `%s` (%s)" % (m.attrib["name"][2:][len(t) + 1:] or m.attrib["name"][2:], kind))
                lines.append("")
                r.block(m, lines)
    with open(argv[2], "w", encoding="utf-8") as out:
        out.write("\n".join(lines).rstrip("\n") + "\n")
    print("%s: %d types, %d members" % (argv[2], len(types), len(members) - len(types)))


if __name__ == "__main__":
    main(sys.argv)
