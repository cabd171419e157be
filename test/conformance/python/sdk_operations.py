"""The Python SDK's operations by operationId, read from the generated code itself: every
resource class of `SecureAIStudio` lists its operations' `Operation` rows in `_SPECS` (snake-cased
operationId -> row), each row naming every argument's place on the wire (path, query, header,
form field, file, body) and its Python name. That gives the wire-name → argument table the
resource methods take (contract_call.py calls them), so a new contract or operation needs no
driver code."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Optional

import secure_ai_studio as sais


@dataclass
class Operation:
    operation_id: str
    method_name: str  # the snake-cased operationId: the key of the resources' tables
    resource: str  # the client's property (`templates`)
    spec: Any  # the generated Operation row
    path: Dict[str, str] = field(default_factory=dict)      # wire name -> argument name
    query: Dict[str, str] = field(default_factory=dict)
    headers: Dict[str, str] = field(default_factory=dict)    # lower-cased wire name -> argument name
    form: Dict[str, str] = field(default_factory=dict)
    files: Dict[str, str] = field(default_factory=dict)
    body: Optional[str] = None


def snake_case(operation_id: str) -> str:
    """openapi-generator's name for an operation: createImageJob -> create_image_job."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation_id)
    name = re.sub(r"([a-z\d])([A-Z])", r"\1_\2", name)
    return name.replace("-", "_").lower()


@lru_cache(maxsize=None)
def _rows() -> Dict[str, Operation]:
    """operationId -> Operation, from every resource class of the sync client."""
    client = sais.SecureAIStudio(api_key="unused", base_url="http://127.0.0.1:9")
    found: Dict[str, Operation] = {}
    for resource in type(client)._RESOURCES:
        for name, spec in type(getattr(client, resource))._SPECS.items():
            operation = Operation(spec.operation_id, name, resource, spec)
            tables = {"path": operation.path, "query": operation.query, "form": operation.form, "file": operation.files}
            for param in spec.params:
                if param.location == "header":
                    operation.headers[param.wire.lower()] = param.name
                elif param.location == "body":
                    operation.body = param.name
                elif param.location in tables:
                    tables[param.location][param.wire] = param.name
            found[spec.operation_id] = operation
    return found


def find_operation(operation_id: str) -> Operation:
    operation = _rows().get(operation_id)
    if operation is None:
        raise LookupError(f"the Python SDK has no method for operation '{operation_id}' "
                          "(looked in the _SPECS of every resource of SecureAIStudio)")
    return operation
