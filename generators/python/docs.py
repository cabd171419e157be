"""API reference HTML of an installed Python SDK with pdoc, failing on any public member without
a docstring (run by docs.sh, with the SDK installed in the running interpreter):

  python docs.py PACKAGE OUT_DIR

pdoc renders whatever it finds and has no option to fail on a missing docstring, so the check
walks pdoc's own model of the package (pdoc.doc: the modules, classes, functions and variables it
renders, with the docstrings it shows, including pydantic field descriptions and the attribute
docstrings it reads from the source) before rendering: every public module, every member a public
module shows (its own or re-exported in `__all__`) and every own member of a shown class. Members
inherited from outside the package (pydantic's BaseModel methods, Exception's) are documented
where they come from. A class's `__init__` is documented by the class's docstring (the convention
pdoc renders: the signature under the class). Each member is reported once, where it is defined.
"""
from __future__ import annotations

import importlib
import sys
import warnings
from pathlib import Path

import pdoc
import pdoc.doc


def public_modules(package: str) -> list[str]:
    """The modules to render: the package (its `__all__` re-exports the clients, the runtime's
    result and error types and every model, so pdoc renders no other submodule of it) and the
    api package with each tag's module (the resource classes, whose methods are the
    operations)."""
    return list(pdoc.extract.walk_specs(specs(package)))


def specs(package: str) -> list[str]:
    """What pdoc is given (it walks each into its submodules)."""
    return [package, f"{package}.api"]


def _package_of(doc: pdoc.doc.Doc) -> str:
    return doc.taken_from[0].split(".")[0]


def adopt_reexported_docstrings(modules: list[str]) -> None:
    """A variable re-exported through `__all__` (`secure_ai_studio.JobParam`, an alias of a
    models module) gets the docstring of its definition. pdoc does this for classes and functions
    (they know their module) but cannot for a variable, whose value (`Dict[str, Any]`) does not
    say where it was bound; the definition is the one module among `modules` that binds the name
    at top level with a docstring. The source still carries every docstring: this only shows it
    where the name is re-exported."""
    package = modules[0].split(".")[0]
    bound: dict[str, list[str]] = {}
    # Every module of the package imported so far (the lazy exports imported the models and the
    # runtime), private ones too: NOT_GIVEN is bound in _runtime/client.py.
    for name in sorted(n for n in sys.modules if n == package or n.startswith(package + ".")):
        for var, text in pdoc.doc_ast.walk_tree(sys.modules[name]).var_docstrings.items():
            bound.setdefault(var, []).append(text)
    for name in modules:
        module = pdoc.doc.Module.from_name(name)
        for member in module.members.values():
            texts = bound.get(member.name, [])
            if isinstance(member, pdoc.doc.Variable) and not member.docstring.strip() and len(texts) == 1:
                member.docstring = texts[0]


def undocumented(modules: list[str]) -> list[str]:
    """Fully qualified names of the public members without a docstring, each once (where it is
    defined: a class or function re-exported by several modules is one member)."""
    package = modules[0].split(".")[0]
    missing: dict[str, str] = {}
    seen: set[str] = set()

    def check(doc: pdoc.doc.Doc, kind: str, where: str) -> None:
        if where in seen:
            return
        seen.add(where)
        if not doc.docstring.strip():
            missing[where] = kind

    def defined_at(doc: pdoc.doc.Doc) -> str:
        return ".".join(p for p in doc.taken_from if p)

    def walk_class(cls: pdoc.doc.Class) -> None:
        # Own members and those inherited from the package's own (possibly private) bases, e.g.
        # BinaryResponse's `status` from _Download; not pydantic's or Exception's.
        for member in cls.members.values():
            if member.name.startswith("_") or _package_of(member) != package:
                continue
            check(member, member.kind, defined_at(member))
            if isinstance(member, pdoc.doc.Class):
                walk_class(member)

    for name in modules:
        module = pdoc.doc.Module.from_name(name)
        check(module, "module", name)
        exported = set(getattr(module.obj, "__all__", []))
        for member in module.members.values():
            if member.name.startswith("_"):
                continue
            if isinstance(member, pdoc.doc.Variable):
                # A variable is reported where pdoc shows it (its value names no module): every
                # name in `__all__`, and what the module binds itself.
                check(member, member.kind, f"{name}.{member.name}")
                continue
            # A class or function: only where this package defines it (an `__all__` entry of
            # typing's or pydantic's is documented there).
            if _package_of(member) != package and member.name not in exported:
                continue
            check(member, member.kind, defined_at(member))
            if isinstance(member, pdoc.doc.Class):
                walk_class(member)
    return sorted(f"{kind} {name}" for name, kind in missing.items())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: docs.py PACKAGE OUT_DIR", file=sys.stderr)
        return 2
    package, out = argv[0], Path(argv[1])
    # pdoc's warnings (a name of `__all__` that does not resolve, a docstring link or annotation
    # it cannot read) fail the build too: each is a page that shows less than the package has.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        modules = public_modules(package)
        for name in modules:
            module = importlib.import_module(name)
            for export in getattr(module, "__all__", []):
                getattr(module, export)  # PEP 562 lazy exports into the module's __dict__ for pdoc
        adopt_reexported_docstrings(modules)
        missing = undocumented(modules)
        for line in missing:
            print(f"docs.py: no docstring: {line}")
        if missing:
            print(f"docs.py: {len(missing)} public member(s) of {package} without a docstring", file=sys.stderr)
            return 1
        pdoc.render.configure(docformat="markdown", show_source=False, footer_text=package)
        pdoc.pdoc(*specs(package), output_directory=out)
    from_pdoc = [w for w in caught if "pdoc" in Path(w.filename).parts]
    for w in from_pdoc:
        print(f"docs.py: pdoc warning: {w.message}", file=sys.stderr)
    if from_pdoc:
        return 1
    print(f"docs.py: {out}/index.html: {len(modules)} modules, every public member documented")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
