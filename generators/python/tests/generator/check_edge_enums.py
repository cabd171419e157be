"""Checks an SDK generated from edge-enums.yaml (run by test_edge_cases.py in a fresh interpreter):
imports every module, then prints one JSON line with the values found by each check named on the
command line: `literals` (the Literal[...] of create's arguments; a boolean enum's types), `typed-dicts` (the Literals
inside the <Model>Param annotations, read from the source: they live under TYPE_CHECKING),
`enum` (the Reason members), `validators` (the values each model's enum validator accepts in
strict mode) and `wire` (what a call sends, against a local server)."""
from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import sys
import threading
import typing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, List
from urllib.parse import parse_qsl, urlsplit

sdk = Path(sys.argv[1])
sys.path.insert(0, str(sdk))
import secure_ai_studio as sais  # noqa: E402

for module in pkgutil.walk_packages(sais.__path__, "secure_ai_studio."):
    importlib.import_module(module.name)  # a module that does not compile fails here

from secure_ai_studio.api.items_api import ItemsResource  # noqa: E402
from secure_ai_studio.models.reason import Reason  # noqa: E402

VALUES = ["won't fix", "back\\slash", "new\nline", 'say "hi"', "'''"]


def literal_values(annotation: Any) -> List[Any]:
    """The values of the one Literal[...] inside `annotation`."""
    if typing.get_origin(annotation) is typing.Literal:
        return list(typing.get_args(annotation))
    found = [literal_values(arg) for arg in typing.get_args(annotation)]
    found = [f for f in found if f]
    assert len(found) <= 1, f"several Literals in {annotation}"
    return found[0] if found else []


def literals() -> Dict[str, Any]:
    hints = typing.get_type_hints(ItemsResource.create.__wrapped__)  # type: ignore[attr-defined]
    found: Dict[str, Any] = {name: literal_values(hints[name]) for name in ("reason", "mode", "query_reason", "outcome")}
    found["locked"] = [arg.__name__ for arg in typing.get_args(hints["locked"])]  # a boolean enum is a bool
    return found


def typed_dicts() -> Dict[str, List[Any]]:
    found: Dict[str, List[Any]] = {}
    for model, module in (("ItemCreate", "item_create"), ("Item", "item")):
        tree = ast.parse((sdk / "secure_ai_studio" / "models" / f"{module}.py").read_text(encoding="utf-8"))
        call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "TypedDict")
        fields = call.args[1]
        assert isinstance(fields, ast.Dict)
        for key, value in zip(fields.keys, fields.values):
            assert isinstance(key, ast.Constant) and isinstance(value, ast.Subscript)
            text = value.slice
            assert isinstance(text, ast.Constant) and isinstance(text.value, str), ast.dump(value)
            inner = ast.parse(text.value, mode="eval")  # the forward reference must itself parse
            subscripts = [n for n in ast.walk(inner) if isinstance(n, ast.Subscript) and getattr(n.value, "id", "") == "Literal"]
            if subscripts:
                elements = subscripts[0].slice.elts if isinstance(subscripts[0].slice, ast.Tuple) else [subscripts[0].slice]
                found[f"{model}.{key.value}"] = [ast.literal_eval(e) for e in elements]
    return found


def enum() -> List[str]:
    return [member.value for member in Reason]


def validators() -> Dict[str, List[str]]:
    from secure_ai_studio._runtime.validation import decoding_with
    from secure_ai_studio.models import Item, ItemCreate

    accepted: Dict[str, List[str]] = {}
    for model in (Item, ItemCreate):
        for value in VALUES:
            with decoding_with("strict"):  # an unknown value raises here
                decoded = model.from_dict({"id": "i_1", "reason": value, "mode": value})
            assert decoded.mode == value and decoded.reason.value == value
            accepted.setdefault(f"{model.__name__}.mode", []).append(value)
    return accepted


def wire() -> List[Dict[str, Any]]:
    seen: List[Dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append({"query": dict(parse_qsl(urlsplit(self.path).query)), "body": json.loads(body)})
            answer = json.dumps({"id": "i_1"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sais.SecureAIStudio(base_url=f"http://127.0.0.1:{server.server_address[1]}/v1") as client:
            for member in Reason:  # the enum member on one side, its plain string on the other
                client.items.create(reason=member, mode=member.value, query_reason=member.value, query_mode=member.value)
    finally:
        server.shutdown()
    return seen


CHECKS = {"literals": literals, "typed-dicts": typed_dicts, "enum": enum, "validators": validators, "wire": wire}
print(json.dumps({name: CHECKS[name]() for name in sys.argv[2:]}))
