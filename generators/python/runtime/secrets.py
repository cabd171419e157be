"""Secret model fields (docs/sdk-behavior.md R5.5): properties the spec marks `format: password`
(a new API key's `secret`, a grant's `password`/`clientSecret`) stay plain `str` attributes and are
serialised as they are (requests need them), but a model's repr, str and to_str() show
``[REDACTED]`` instead, so printing or logging a model does not leak them. pydantic's SecretStr
would mask them too, but it turns ``key.secret`` into an object that callers must unwrap with
get_secret_value() and that to_dict()/to_json() would dump as '**********'."""
from __future__ import annotations

from typing import Any, Dict, FrozenSet, Iterable, Tuple

from pydantic import BaseModel

MASK = "[REDACTED]"


def masked_repr_args(model: BaseModel, args: Iterable[Tuple[Any, Any]]) -> Iterable[Tuple[Any, Any]]:
    """pydantic's __repr_args__ of `model` with its secret fields (its `_secret_fields`) masked."""
    secret: FrozenSet[str] = getattr(type(model), "_secret_fields", frozenset())
    for name, value in args:
        yield name, (MASK if name in secret and value is not None else value)


def masked_dump(value: Any) -> Any:
    """A JSON-like dump (wire names) of `value` with the secret fields of every model in it masked."""
    if isinstance(value, BaseModel):
        secret: FrozenSet[str] = getattr(type(value), "_secret_fields", frozenset())
        fields = type(value).model_fields
        dumped: Dict[str, Any] = {}
        for name in fields:
            wire = fields[name].alias or name
            item = getattr(value, name)
            dumped[wire] = MASK if name in secret and item is not None else masked_dump(item)
        dumped.update(value.model_extra or {})
        return dumped
    if isinstance(value, list):
        return [masked_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: masked_dump(v) for k, v in value.items()}
    return value
