"""Calls the Python SDK the way a contract says, for any operation: builds the client from the
contract's `client` options, lays the contract's `input` (spec names) onto the method's arguments
through the table in sdk_operations.py, performs the `call` and reports what came back or was
raised, as JSON, in the terms of the driver protocol (docs/contracts.md, Driver results). Nothing
here names an operation."""
from __future__ import annotations

import hashlib
import inspect
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from pydantic import BaseModel
from pydantic_core import to_jsonable_python

import secure_ai_studio as sais
from sdk_operations import Operation, find_operation

# docs/contracts.md, Drivers.
API_KEY = "sk_test_contract"
ACCESS_TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJjb250cmFjdCJ9.c2lnbmF0dXJl"
REFRESH_TOKEN = "rt_contractrefreshtoken0001"


class ContractInputError(Exception):
    """The contract's input does not fit the operation (a contract or driver problem, not the SDK's)."""


class Unsupported(Exception):
    """The SDK offers no way to do what the contract's `call` asks; the message says what is missing."""


def build_client(contract: Dict[str, Any], base_url: str) -> Tuple[sais.SecureAIStudio, Dict[str, Any]]:
    """The SecureAIStudio client for the contract's `client` options (credentials, `maxRetries`,
    `timeoutMs` in seconds), and the per-call keyword arguments (none: every option is a client
    option of this SDK)."""
    options = contract.get("client") or {}
    auth = options.get("auth")
    settings: Dict[str, Any] = {"base_url": base_url}
    if auth == "apiKey":
        settings["api_key"] = API_KEY
    if auth in ("bearer", "bearerWithRefresh"):
        settings["access_token"] = ACCESS_TOKEN
    if auth == "bearerWithRefresh":
        settings["refresh_token"] = REFRESH_TOKEN  # R1.4
    if "maxRetries" in options:
        settings["max_retries"] = options["maxRetries"]
    if "timeoutMs" in options:
        settings["timeout"] = options["timeoutMs"] / 1000
    return sais.SecureAIStudio(**settings), {}


def resource_method(client: Any, operation: Operation, table: str = "_OPERATIONS") -> Callable[..., Any]:
    """The client's resource method for the operation (`client.templates.retrieve` for
    getTemplate), found through the `_OPERATIONS` (or `_WAITERS`) table each generated resource
    class has."""
    for name in type(client)._RESOURCES:
        resource = getattr(client, name)
        method = getattr(type(resource), table).get(operation.method_name)
        if method is not None:
            return getattr(resource, method)  # type: ignore[no-any-return]
    raise Unsupported(f"no resource of SecureAIStudio has a {'waiter' if table == '_WAITERS' else 'method'} "
                      f"for {operation.operation_id} (looked in {table} of {', '.join(type(client)._RESOURCES)})")


def graphql_method(client: Any, operation: Operation, kind: str) -> Callable[..., Any]:
    """The resource's GraphQL method of this kind (`client.graphql.query` for executeGraphql and
    `query`), found through the `_GRAPHQL` table each generated resource class has (from the
    operation's `x-graphql`), as waiters are found through `_WAITERS`."""
    for name in type(client)._RESOURCES:
        resource = getattr(client, name)
        method = (getattr(type(resource), "_GRAPHQL", {}).get(operation.method_name) or {}).get(kind)
        if method is not None:
            return getattr(resource, method)  # type: ignore[no-any-return]
    raise Unsupported(f"no resource of SecureAIStudio has a GraphQL {kind} method for {operation.operation_id} "
                      f"(looked in _GRAPHQL of {', '.join(type(client)._RESOURCES)})")


GRAPHQL_MEMBERS = ("query", "variables", "operationName")


def graphql_arguments(contract: Dict[str, Any]) -> Tuple[List[Any], Dict[str, Any]]:
    """`(document[, variables])` and the keyword arguments (`operation_name=`, `extra_headers=`)
    of a GraphQL call from `input.body`, each member only when the contract gives it."""
    given = contract.get("input") or {}
    body = given.get("body")
    if not isinstance(body, dict) or "query" not in body:
        raise ContractInputError(f"call: {contract.get('call')} needs input.body.query (the GraphQL document)")
    unknown = sorted(set(body) - set(GRAPHQL_MEMBERS))
    if unknown:
        raise ContractInputError(f"input.body.{unknown[0]} is no member of a GraphQL request (known: {', '.join(GRAPHQL_MEMBERS)})")
    for place in ("path", "query", "file"):
        if given.get(place):
            raise ContractInputError(f"input.{place} does not apply to call: {contract.get('call')}")
    args = [body["query"]] + ([body["variables"]] if "variables" in body else [])
    kwargs: Dict[str, Any] = {"operation_name": body["operationName"]} if "operationName" in body else {}
    if given.get("headers"):
        kwargs["extra_headers"] = dict(given["headers"])
    return args, kwargs


def _graphql(operation: Operation, client: Any, contract: Dict[str, Any]) -> Dict[str, Any]:
    """`call: query` (the result as JSON) and `call: subscribe` (each payload as a `next` event,
    the subscription read to its end and closed)."""
    call = contract["call"]
    method = graphql_method(client, operation, call)
    args, kwargs = graphql_arguments(contract)
    try:
        returned = method(*args, **kwargs)
        if call == "query":
            return {"result": to_json(returned)}
        with returned as subscription:
            return {"events": [{"event": "next", "data": to_json(payload)} for payload in subscription]}
    except Exception as error:  # whatever the SDK raised is the outcome
        return describe_error(error)


def _body_model(operation: Operation) -> Optional[type]:
    """The model class the operation's row names as its body type, if it is a model."""
    import secure_ai_studio.models as models

    name = next((p.wire for p in operation.spec.params if p.location == "body"), "")
    found = getattr(models, name, None)
    return found if isinstance(found, type) and issubclass(found, BaseModel) else None


def _build_model(model: type, body: Dict[str, Any]) -> Any:
    """The body as a user builds it: the model's constructor with just the given fields (pydantic
    validation by JSON names; a polymorphic base decodes its variant). `from_dict` is the fallback
    for a model pydantic cannot validate directly; it is not the first choice because it marks
    every absent nullable field as set, and the SDK then sends it as null."""
    try:
        built = model.model_validate(body)  # type: ignore[attr-defined]
    except Exception:
        return model.from_dict(body)  # type: ignore[attr-defined]
    # A oneOf wrapper (`actual_instance`) validates any dict into an empty wrapper; decode instead.
    return model.from_dict(body) if getattr(built, "actual_instance", False) is None else built  # type: ignore[attr-defined]


def arguments_for(operation: Operation, method: Any, contract: Dict[str, Any], root: Path) -> Dict[str, Any]:
    """The method's keyword arguments for the contract's input; a misfit input is a ContractInputError."""
    given = contract.get("input") or {}
    op = operation.operation_id
    kwargs: Dict[str, Any] = {}
    for place, table in (("path", operation.path), ("query", operation.query)):
        for name, value in (given.get(place) or {}).items():
            if name not in table:
                raise ContractInputError(f"input.{place}.{name} is no {place} parameter of {op} (it has: {', '.join(table) or 'none'})")
            kwargs[table[name]] = value
    for name in operation.path:
        if name not in (given.get("path") or {}):
            raise ContractInputError(f"input.path.{name} is missing ({op} needs it)")
    extra_headers: Dict[str, str] = {}
    for name, value in (given.get("headers") or {}).items():
        argument = operation.headers.get(name.lower())
        if argument:
            kwargs[argument] = value
        else:
            extra_headers[name] = value  # not a declared parameter: the SDK's per-call headers
    if extra_headers:
        kwargs["extra_headers"] = extra_headers

    body = given.get("body")
    if contract.get("call") == "upload":
        file = given.get("file")
        if not file:
            raise ContractInputError("an upload contract needs input.file")
        argument = operation.files.get("file")
        if argument is None:
            raise ContractInputError(f"{op} has no multipart file field 'file' (it has: {', '.join(operation.files) or 'none'})")
        path = root / file["path"]
        # (filename, bytes): the SDK names the part's content type from the file name.
        kwargs[argument] = (path.name, path.read_bytes())
    if body is not None and (operation.form or operation.files):
        if not isinstance(body, dict):
            raise ContractInputError(f"input.body of {op} must be an object of its form fields")
        for name, value in body.items():
            if name not in operation.form:
                raise ContractInputError(f"input.body.{name} is no form field of {op} (it has: {', '.join(operation.form) or 'none'})")
            kwargs[operation.form[name]] = value
    elif body is not None:
        if operation.body is None:
            raise ContractInputError(f"{op} takes no request body, but input.body is given")
        # The body's model is named by the operation's row; the resource method takes it as
        # `body`, or (a plain object schema) its fields as keyword arguments.
        model = _body_model(operation)
        built = _build_model(model, body) if model is not None and isinstance(body, dict) else body
        if "body" in inspect.signature(method).parameters:
            kwargs["body"] = built
        elif isinstance(built, BaseModel):
            kwargs.update({name: getattr(built, name) for name in built.model_fields_set})
        else:
            raise ContractInputError(f"input.body of {op} must be an object of its fields")
    return kwargs


def to_json(value: Any) -> Any:
    """What the SDK decoded, re-serialised by the SDK itself (its models' to_json), as plain JSON."""
    if isinstance(value, BaseModel):
        return json.loads(value.to_json()) if hasattr(value, "to_json") else value.model_dump(mode="json", by_alias=True)
    if callable(getattr(value, "to_json", None)):
        return json.loads(value.to_json())  # e.g. a list method's Page: its body as the server sent it
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return to_jsonable_python(value)


def _iterates_items(value: Any) -> bool:
    # A pydantic model iterates its (field, value) pairs; only a class that overrides that (or
    # any other iterable object) is taken for an iterator of items.
    if isinstance(value, (str, bytes, bytearray, dict)):
        return False
    if isinstance(value, BaseModel):
        return type(value).__iter__ is not BaseModel.__iter__
    return isinstance(value, Iterable)


def _shape(value: Any) -> str:
    return type(value).__name__


def _jsonable(value: Any) -> Any:
    try:
        return json.loads(json.dumps(to_json(value)))
    except Exception:  # a field that does not serialise is reported as its text
        return str(value)


def describe_error(error: BaseException) -> Dict[str, Any]:
    """What was raised, as the driver protocol reports it (docs/contracts.md, Driver results):
    the class name and its ancestors (the runner maps them to neutral names), status, code,
    requestId and message as the SDK exposes them, the response headers, the causes' messages
    and the error's other attributes (the runner checks none holds a secret, R5.5)."""
    data = getattr(error, "data", None)
    status = getattr(error, "status", None)
    code = getattr(error, "code", None) or getattr(data, "code", None)
    request_id = getattr(error, "request_id", None) or getattr(data, "request_id", None)
    headers = getattr(error, "headers", None)
    causes = []
    cause = error.__cause__ or error.__context__
    while cause is not None and len(causes) < 10:
        causes.append(str(cause))
        cause = cause.__cause__ or cause.__context__
    report: Dict[str, Any] = {
        "type": type(error).__name__,
        "ancestors": [k.__name__ for k in type(error).__mro__[1:] if k is not object],
        "status": status if isinstance(status, int) and not isinstance(status, bool) else None,
        "code": code if isinstance(code, str) else None,
        "requestId": request_id if isinstance(request_id, str) else None,
        "message": str(error),
        "causes": causes,
        "fields": {k: _jsonable(v) for k, v in vars(error).items() if not k.startswith("_") and k != "headers"},
    }
    if headers is not None and hasattr(headers, "items"):
        report["headers"] = {str(k): str(v) for k, v in headers.items()}
    return {"error": report}


def _wait(operation: Operation, client: Any, kwargs: Dict[str, Any], contract: Dict[str, Any], name: str) -> Any:
    """`call: wait`: the resource's waiter for this poll operation (`client.jobs.wait_for`), from
    the `_WAITERS` table the resource class generates from `x-waiter`, with the contract's wait
    options in seconds."""
    waiter = resource_method(client, operation, "_WAITERS")
    options = (contract.get("input") or {}).get("wait") or {}
    seconds = {"intervalMs": "interval", "maxIntervalMs": "max_interval", "timeoutMs": "timeout"}
    unknown = sorted(set(options) - set(seconds))
    if unknown:
        raise ContractInputError(f"input.wait.{unknown[0]} is not a waiter option (known: {', '.join(seconds)})")
    wait_kwargs = {seconds[key]: value / 1000 for key, value in options.items()}
    return waiter(**kwargs, **wait_kwargs)


def perform(contract: Dict[str, Any], base_url: str, root: Path) -> Dict[str, Any]:
    """Runs the contract's call. Returns the outcome; raises ContractInputError for a misfit input
    and Unsupported when the SDK cannot do what the call kind asks (reported as `unsupported`)."""
    operation = find_operation(contract["operation"])
    client, per_call = build_client(contract, base_url)
    with client:
        if contract.get("call") in ("query", "subscribe"):
            return _graphql(operation, client, contract)
        method = resource_method(client, operation)
        kwargs = {**arguments_for(operation, method, contract, root), **per_call}
        call = contract.get("call") or "call"
        name = f"{type(method.__self__).__name__}.{method.__name__}"
        try:
            if call == "wait":
                return {"result": to_json(_wait(operation, client, kwargs, contract, name))}
            returned = method(**kwargs)
            if call == "paginate":
                if not _iterates_items(returned):
                    raise Unsupported(f"the SDK has no auto-pagination yet ({name} returned one {_shape(returned)} page)")
                return {"items": [(to_json(item) or {}).get("id") for item in returned]}
            if call == "events":
                if not _iterates_items(returned):
                    raise Unsupported(f"the SDK has no SSE event stream yet ({name} returned the whole body as {_shape(returned)})")
                events = []
                for event in returned:
                    event_json = to_json(event)
                    events.append({"event": getattr(event, "event", None) or event_json.get("event"),
                                   "data": to_json(getattr(event, "data", None)) if hasattr(event, "data") else event_json.get("data")})
                return {"events": events}
            if call == "download":
                content = returned.read() if hasattr(returned, "read") else returned
                if not isinstance(content, (bytes, bytearray)):
                    raise Unsupported(f"{name} returned {_shape(content)}, not bytes")
                return {"bytes": {"length": len(content), "sha256": hashlib.sha256(content).hexdigest()}}
            return {"result": to_json(returned)}
        except (Unsupported, ContractInputError):
            raise
        except Exception as error:  # whatever the SDK raised is the outcome
            return describe_error(error)
