"""Values to and from the wire, for any document: request values (models, enums, dates) as
JSON-ready data, and a response body decoded into the type the operation declares for its
status, written as the generator names it (`Template`, `List[Template]`, `Dict[str, int]`,
`Optional[...]`). Model names are looked up in the generated models package, imported on first
use, so no model module loads before a call needs it."""
from __future__ import annotations

import datetime
import decimal
import importlib
import json
import re
import uuid
from enum import Enum
from typing import Any, Dict, Mapping, Optional

from .encoding import rfc3339

_PRIMITIVES = {"int": int, "float": float, "str": str, "bool": bool, "object": object, "bytearray": bytes, "bytes": bytes}
_JSON_TYPE = re.compile(r"^application/(json|[\w!#$&.+\-^_]+\+json)\s*(;|$)", re.IGNORECASE)
_TEXT_TYPE = re.compile(r"^text/[a-z.+-]+\s*(;|$)", re.IGNORECASE)
_CHARSET = re.compile(r"charset=([a-zA-Z\-\d]+)[\s;]?")


def to_wire(value: Any) -> Any:
    """`value` as JSON-ready data: a model by its own `to_dict` (wire names, only the fields set),
    an enum by its value, a date-time as RFC 3339 UTC (R9.1), containers item by item."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, datetime.datetime):
        return rfc3339(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [to_wire(v) for v in value]
    if isinstance(value, Mapping):
        return {k: to_wire(v) for k, v in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_wire(to_dict())
    secret = getattr(value, "get_secret_value", None)  # pydantic SecretStr
    if callable(secret):
        return secret()
    return to_wire(vars(value))


def response_type(types: Mapping[str, Optional[str]], status: int) -> Optional[str]:
    """The declared type for `status`: its own entry, else its class (`2XX`), else `default`."""
    code = str(status)
    if code in types:
        return types[code]
    if f"{code[0]}XX" in types:
        return types[f"{code[0]}XX"]
    return types.get("default")


def body_text(content: bytes, content_type: Optional[str]) -> str:
    match = _CHARSET.search(content_type or "")
    try:
        return content.decode(match.group(1) if match else "utf-8")
    except (LookupError, UnicodeDecodeError):
        return content.decode("utf-8", errors="replace")


def parse_body(text: str, content_type: Optional[str]) -> Any:
    """The body as data: JSON for a JSON media type (or none), text for text/*. Raises
    json.JSONDecodeError for a JSON body that does not parse."""
    if content_type is None or _JSON_TYPE.match(content_type):
        return json.loads(text)
    if _TEXT_TYPE.match(content_type):
        return text
    return json.loads(text)  # an undeclared media type: JSON or a decoding error


class Decoder:
    """Decodes data into a type named as the generator names it; models come from `package`."""

    def __init__(self, package: str) -> None:
        self._package = package
        self._models: Any = None

    def _model(self, name: str) -> Any:
        if self._models is None:
            self._models = importlib.import_module(self._package)
        return getattr(self._models, name)

    def decode(self, data: Any, kind: str) -> Any:
        if data is None:
            return None
        if kind.startswith("Optional["):
            return self.decode(data, kind[len("Optional["):-1])
        if kind.startswith("List["):
            if not isinstance(data, list):
                raise ValueError(f"Input should be a valid list (got {type(data).__name__})")
            inner = kind[len("List["):-1]
            return [self.decode(item, inner) for item in data]
        if kind.startswith("Dict["):
            if not isinstance(data, dict):
                raise ValueError(f"Input should be a valid dictionary (got {type(data).__name__})")
            inner = kind[len("Dict["):-1].split(", ", 1)[1]
            return {key: self.decode(item, inner) for key, item in data.items()}
        if kind in _PRIMITIVES:
            return data if _PRIMITIVES[kind] is object else _primitive(data, _PRIMITIVES[kind])
        if kind == "date":
            return datetime.date.fromisoformat(data)
        if kind == "datetime":
            return datetime.datetime.fromisoformat(str(data).replace("Z", "+00:00"))
        if kind == "decimal":
            return decimal.Decimal(str(data))
        if kind == "UUID":
            return uuid.UUID(str(data))
        model = self._model(kind)
        if isinstance(model, type) and issubclass(model, Enum):
            return model(data)
        return model.from_dict(data)


def _primitive(data: Any, kind: type) -> Any:
    if kind is bytes:
        return data.encode() if isinstance(data, str) else data
    if isinstance(data, kind) and not (kind is int and isinstance(data, bool)):
        return data
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    raise ValueError(f"Input should be a valid {kind.__name__} (got {type(data).__name__})")


def query_items(name: str, value: Any, style: str) -> "list[tuple[str, str]]":
    """A query parameter as (name, text) pairs: arrays repeated (`multi`, the OpenAPI default
    form/explode) or joined (`csv`, `ssv`, `pipes`, `tsv`); booleans lower-case; objects as JSON."""
    def text(item: Any) -> str:
        item = to_wire(item)
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, (dict, list)):
            return json.dumps(item)
        return str(item)

    if isinstance(value, (list, tuple)):
        if style == "multi" or not style:
            return [(name, text(v)) for v in value]
        joiner = {"ssv": " ", "tsv": "\t", "pipes": "|"}.get(style, ",")
        return [(name, joiner.join(text(v) for v in value))]
    if isinstance(value, datetime.datetime):
        return [(name, rfc3339(value))]
    return [(name, text(value))]


def form_fields(items: Dict[str, Any]) -> Dict[str, Any]:
    """Form fields as httpx takes them: objects as JSON text (R9.3), the rest as text."""
    fields: Dict[str, Any] = {}
    for name, value in items.items():
        value = to_wire(value)
        if isinstance(value, (dict,)):
            value = json.dumps(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, list):
            value = [json.dumps(v) if isinstance(v, dict) else str(v) for v in value]
        elif value is not None:
            value = str(value)
        fields[name] = value
    return fields
