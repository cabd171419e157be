"""Response validation modes (docs/sdk-behavior.md R7.1-R7.3): the generated pydantic models check
each 2xx body as they decode it. 'strict' raises `ResponseValidationError` for a mismatch, 'warn'
(the default) logs that error and returns the body as received (plain JSON data), 'off' returns
it silently. Unknown members are never an issue; unknown enum values are (R7.3), and outside
'strict' they are kept as received."""
from __future__ import annotations

import contextlib
import contextvars
import json
import logging
from typing import Any, Dict, Iterator, List, Optional

from .errors import ResponseValidationError

MODES = ("strict", "warn", "off")
DEFAULT_MODE = "warn"
logger = logging.getLogger("secure_ai_studio")

# The mode of the response being decoded, read by the enum hooks (models know no call options).
_current_mode: contextvars.ContextVar[str] = contextvars.ContextVar("secure_ai_studio_validation", default=DEFAULT_MODE)


def check_validation(value: Any) -> str:
    if value not in MODES:
        raise ValueError(f"validation must be 'strict', 'warn' or 'off' (got {value!r})")
    return str(value)


def current_mode() -> str:
    return _current_mode.get()


@contextlib.contextmanager
def decoding_with(mode: str) -> Iterator[None]:
    token = _current_mode.set(mode)
    try:
        yield
    finally:
        _current_mode.reset(token)


def _pointer(location: Any) -> str:
    parts = [str(part).replace("~", "~0").replace("/", "~1") for part in location]
    return "".join(f"/{part}" for part in parts)


def issues_of(error: Exception) -> List[Dict[str, str]]:
    """`{path, message}` per problem: pydantic's errors with their location as a JSON pointer
    (relative to the model that failed), else the error's text at the root."""
    errors = getattr(error, "errors", None)
    if callable(errors):
        try:
            return [{"path": _pointer(e.get("loc", ())), "message": str(e.get("msg", ""))} for e in errors()]
        except Exception:  # noqa: BLE001 - not a pydantic error after all
            pass
    return [{"path": "", "message": str(error)}]


def invalid_body(error: Exception, text: str, operation_id: Optional[str], request_id: Optional[str], mode: str) -> Any:
    """What a 2xx call returns when its body does not decode into the spec's model."""
    failure = ResponseValidationError(operation_id, issues_of(error), request_id)
    if mode == "strict":
        raise failure from error
    if mode == "warn":
        logger.warning("%s", failure)
    return json.loads(text)
