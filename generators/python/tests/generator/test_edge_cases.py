"""Generator edge cases (issue 15). The Python SDK generated from edge-enums.yaml, whose enum
values hold an apostrophe, a backslash, a line break, a double quote and a triple quote (GitHub's
description has `won't fix`). Every module must import, and every place a value is written (the
`Literal[...]` of arguments, the `<Model>Param` TypedDicts, the enum members, the models'
validators) must hold exactly the document's value; a call sends them unchanged.

Generated with the project's pipeline (generators/generate.mjs, our ExactEnumsPythonClientCodegen
when javac is there) and, a second time, with the stock generators (SAIS_STOCK_GENERATORS), which
must still give an SDK that imports with exact `Literal`s. Each check runs in a fresh interpreter
(check_edge_enums.py), so the generated `secure_ai_studio` never meets the installed one.
nested-arrays.yaml: request-body fields that are arrays of arrays, whose item type the API module
must import."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
VALUES = ["won't fix", "back\\slash", "new\nline", 'say "hi"', "'''"]
NULLABLE = ["done", "won't fix", None]  # a nullable enum's null is None in its Literal
LITERALS = {"reason": VALUES, "mode": VALUES, "query_reason": VALUES, "outcome": NULLABLE,
            "locked": ["bool", "NotGiven"]}  # a boolean enum is a bool, not a Literal of strings


def generate(out: Path, stock: bool, document: str = "edge-enums.yaml") -> Path:
    env = {**os.environ, **({"SAIS_STOCK_GENERATORS": "1"} if stock else {})}
    run = subprocess.run(["node", str(ROOT / "generators" / "generate.mjs"), "--spec", str(HERE / document),
                          "--out", str(out), "--only", "python"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, f"generate.mjs failed:\n{run.stdout}\n{run.stderr}"
    return out / "python"


def check(sdk: Path, *parts: str) -> dict:
    run = subprocess.run([sys.executable, "-I", str(HERE / "check_edge_enums.py"), str(sdk), *parts],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, f"check_edge_enums.py failed:\n{run.stdout}\n{run.stderr}"
    return json.loads(run.stdout.splitlines()[-1])


def test_the_values_are_exact_everywhere(tmp_path: Path) -> None:
    found = check(generate(tmp_path, stock=False), "literals", "typed-dicts", "enum", "validators", "wire")
    assert found["literals"] == LITERALS
    assert found["typed-dicts"] == {f"{model}.{field}": values for model in ("ItemCreate", "Item")
                                    for field, values in (("reason", VALUES), ("mode", VALUES), ("outcome", NULLABLE))}
    assert found["enum"] == VALUES
    assert found["validators"] == {"Item.mode": VALUES, "ItemCreate.mode": VALUES}
    assert found["wire"] == [{"query": {"reason": v, "mode": v}, "body": {"reason": v, "mode": v}} for v in VALUES]


def test_the_stock_generators_give_an_sdk_that_imports_with_exact_literals(tmp_path: Path) -> None:
    # Without our subclass the enum members are the stock generator's (a line break becomes a
    # space); the templates' own literals do not depend on it.
    found = check(generate(tmp_path, stock=True), "literals", "typed-dicts")
    assert found["literals"] == LITERALS
    assert set(map(tuple, found["typed-dicts"].values())) == {tuple(VALUES), tuple(NULLABLE)}


def test_an_array_of_arrays_field_imports_its_item_type(tmp_path: Path) -> None:
    # nested-arrays.yaml: `List[List[X]]` body fields; the module failed at import with a NameError.
    sdk = generate(tmp_path, stock=False, document="nested-arrays.yaml")
    code = ("import sys, typing; sys.path.insert(0, sys.argv[1]); "
            "from secure_ai_studio.api.views_api import ViewsResource; "
            "print(typing.get_type_hints(ViewsResource.create.__wrapped__)['tags'])")
    run = subprocess.run([sys.executable, "-I", "-c", code, str(sdk)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "List[typing.List[secure_ai_studio.models.tag.Tag]]" in run.stdout
