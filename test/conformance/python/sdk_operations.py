"""The Python SDK's operations by operationId, read from the generated code itself: every
`*Api` class in `secure_ai_studio.api` has, per operation, a method named after the operationId in
snake_case and a `_<method>_serialize` that puts each argument where the spec says (path, query,
header, body, form field, file). Reading those assignments gives the wire-name → argument table,
so a new contract or operation needs no driver code."""
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

    def bound_method(self, api_client: Any) -> Callable[..., Any]:
        return getattr(self.api_class(api_client), self.method_name)


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


def _read_serializer(operation: Operation, serializer: Callable[..., Any]) -> None:
    tree = ast.parse(textwrap.dedent(inspect.getsource(serializer)))
    targets = {"_path_params": operation.path, "_header_params": operation.headers, "_files": operation.files}
    appends = {"_query_params": operation.query, "_form_params": operation.form}
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        argument = _guarded_argument(node)
        # `_`-names are the generator's own locals (`_default_content_type`), not arguments.
        if argument is None or argument.startswith("_"):
            continue
        for inner in (n for statement in node.body for n in ast.walk(statement)):
            if isinstance(inner, ast.Assign):
                for target in inner.targets:
                    if (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                            and target.value.id in targets and isinstance(target.slice, ast.Constant)):
                        key = target.slice.value
                        targets[target.value.id][key.lower() if target.value.id == "_header_params" else key] = argument
                    elif isinstance(target, ast.Name) and target.id == "_body_params":
                        operation.body = argument
            elif (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr == "append"
                  and isinstance(inner.func.value, ast.Name) and inner.func.value.id in appends
                  and inner.args and isinstance(inner.args[0], ast.Tuple)
                  and isinstance(inner.args[0].elts[0], ast.Constant)):
                appends[inner.func.value.id][inner.args[0].elts[0].value] = argument


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
