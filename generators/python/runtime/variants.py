"""oneOf bases with a discriminator (docs/sdk-behavior.md R7.3): a value of the discriminator that
this SDK version does not know (a newer server added a variant) decodes to the base type with
every field kept, reported like any other validation issue: a `logging` warning in 'warn' mode,
an error (ResponseValidationError for a response) in 'strict', silent in 'off'."""
from __future__ import annotations

import logging
from typing import Any, Dict, FrozenSet, Iterable, Optional, Tuple, Type

from pydantic import BaseModel, TypeAdapter, ValidationError

from .validation import current_mode, located

logger = logging.getLogger("secure_ai_studio")

# python name -> (wire name, adapter decoding the value, or None to keep it as received)
CommonFields = Dict[str, Tuple[str, Optional["TypeAdapter[Any]"]]]


def report_unknown_variant(base: str, field: str, value: Any, known: Iterable[str]) -> None:
    """Raises in 'strict' mode (located at the discriminator field, so a response's issue path is
    `/type`), logs a warning in 'warn' mode, does nothing in 'off'."""
    expected = ", ".join(repr(v) for v in known)
    message = f"{base}: unknown value {value!r} of discriminator field '{field}' (expected one of {expected})"
    mode = current_mode()
    if mode == "strict":
        raise located(ValueError(message), (field,), value)
    if mode == "warn":
        logger.warning("%s; decoded as the base %s with every field kept", message, base)


def common_fields(variants: Iterable[Type[BaseModel]]) -> CommonFields:
    """The fields every variant declares under the same wire name. Those with the same type in
    every variant are decoded with it on a base instance; the others are kept as received."""
    models = list(variants)
    if not models:
        return {}
    common: CommonFields = {}
    for name, info in models[0].model_fields.items():
        others = [m.model_fields.get(name) for m in models[1:]]
        if any(o is None or (o.alias or name) != (info.alias or name) for o in others):
            continue
        same_type = all(o is not None and o.annotation == info.annotation for o in others)
        adapter: Optional["TypeAdapter[Any]"] = (
            TypeAdapter(info.annotation) if same_type and info.annotation is not None else None)
        common[name] = (info.alias or name, adapter)
    return common


def secret_wire_names(variants: Iterable[Type[BaseModel]]) -> FrozenSet[str]:
    """Wire names of the `format: password` fields of any variant (masked on a base instance)."""
    names: set[str] = set()
    for model in variants:
        for name in getattr(model, "_secret_fields", ()):
            info = model.model_fields.get(name)
            names.add((info.alias or name) if info is not None else name)
    return frozenset(names)


def common_value(extra: Dict[str, Any], field: Tuple[str, Optional["TypeAdapter[Any]"]]) -> Any:
    """A common field of a base instance, decoded when it decodes, else as received."""
    wire, adapter = field
    if wire not in extra:
        raise KeyError(wire)
    value = extra[wire]
    if adapter is None or value is None:
        return value
    try:
        return adapter.validate_python(value)
    except (ValidationError, ValueError):
        return value
