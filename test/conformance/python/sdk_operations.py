"""The Python SDK's operations by operationId, read from the generated code itself: each tag's
module in `secure_ai_studio.api` has the generated operation functions (a method named after the
operationId in snake_case and a `_<method>_serialize` that puts each argument where the spec
says: path, query, header, body, form field, file). Reading those assignments gives the
wire-name → argument table, which the resource methods share (contract_call.py calls those), so a
new contract or operation needs no driver code."""
from __future__ import annotations

import ast
import inspect
import re
import textwrap
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Dict, Optional

import secure_ai_studio.api as api_package


@dataclass
class Operation:
    operation_id: str
    api_class: type
    method_name: str
    path: Dict[str, str] = field(default_factory=dict)      # wire name -> argument name
    query: Dict[str, str] = field(default_factory=dict)
    headers: Dict[str, str] = field(default_factory=dict)    # lower-cased wire name -> argument name
    form: Dict[str, str] = field(default_factory=dict)
    files: Dict[str, str] = field(default_factory=dict)
    body: Optional[str] = None


def snake_case(operation_id: str) -> str:
    """openapi-generator's name for an operation's method: createImageJob -> create_image_job."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation_id)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").lower()


def _guarded_argument(node: ast.If) -> Optional[str]:
    """`x` of `if x is not None:`, the guard the generator puts around each argument."""
    test = node.test
    if (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and len(test.ops) == 1
            and isinstance(test.ops[0], ast.IsNot) and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value is None):
        return test.left.id
    return None


def _argument_of(statement: ast.AST, guard: Optional[str], arguments: set) -> Optional[str]:
    """The argument an assignment puts on the wire: the guarded one (`if x is not None:`), else
    the first of the serializer's arguments its value reads (`path_segment(template_id, ...)`)."""
    if guard is not None:
        return guard
    value = getattr(statement, "value", None) if isinstance(statement, ast.Assign) else statement
    for node in ast.walk(value) if value is not None else ():
        if isinstance(node, ast.Name) and node.id in arguments:
            return node.id
    return None


def _read_serializer(operation: Operation, serializer: Callable[..., Any]) -> None:
    tree = ast.parse(textwrap.dedent(inspect.getsource(serializer)))
    function = tree.body[0]
    # `_`-names are the generator's own locals and options (`_headers`), not arguments.
    arguments = {a.arg for a in function.args.args if not a.arg.startswith("_") and a.arg != "self"}  # type: ignore[attr-defined]
    targets = {"_path_params": operation.path, "_header_params": operation.headers, "_files": operation.files}
    appends = {"_query_params": operation.query, "_form_params": operation.form}

    def visit(statements: list, guard: Optional[str]) -> None:
        for statement in statements:
            if isinstance(statement, ast.If):
                inner = _guarded_argument(statement)
                visit(statement.body, inner if inner is not None and not inner.startswith("_") else guard)
                visit(statement.orelse, guard)
                continue
            for node in ast.walk(statement):
                if isinstance(node, ast.Assign):
                    argument = _argument_of(node, guard, arguments)
                    if argument is None:
                        continue
                    for target in node.targets:
                        if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                                and target.value.id in targets and isinstance(target.slice, ast.Constant)):
                            key = target.slice.value
                            targets[target.value.id][key.lower() if target.value.id == "_header_params" else key] = argument
                        elif isinstance(target, ast.Name) and target.id == "_body_params":
                            operation.body = argument
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
                      and isinstance(node.func.value, ast.Name) and node.func.value.id in appends
                      and node.args and isinstance(node.args[0], ast.Tuple)
                      and isinstance(node.args[0].elts[0], ast.Constant)):
                    argument = _argument_of(node.args[0], guard, arguments)
                    if argument is not None:
                        appends[node.func.value.id][node.args[0].elts[0].value] = argument

    visit(function.body, None)  # type: ignore[attr-defined]


@lru_cache(maxsize=None)
def _methods() -> Dict[str, type]:
    """method name -> the `*Api` class that has it (and its `_<method>_serialize`)."""
    found: Dict[str, type] = {}
    for class_name, api_class in inspect.getmembers(api_package, inspect.isclass):
        if not class_name.endswith("Api"):
            continue
        for name, _ in inspect.getmembers(api_class, inspect.isfunction):
            if not name.startswith("_") and hasattr(api_class, f"_{name}_serialize"):
                found[name] = api_class
    return found


@lru_cache(maxsize=None)
def find_operation(operation_id: str) -> Operation:
    method_name = snake_case(operation_id)
    api_class = _methods().get(method_name)
    if api_class is None:
        raise LookupError(f"the Python SDK has no method for operation '{operation_id}' "
                          f"(looked for {method_name} in the *Api classes of secure_ai_studio.api)")
    operation = Operation(operation_id, api_class, method_name)
    _read_serializer(operation, getattr(api_class, f"_{method_name}_serialize"))
    return operation
