"""Response validation modes (docs/sdk-behavior.md R7.1-R7.3): the generated pydantic models check
each 2xx body as they decode it. 'strict' raises `ResponseValidationError` for a mismatch, 'warn'
(the default) logs that error and returns the body as received (plain JSON data), 'off' returns
it silently. Unknown members are never an issue; unknown enum values are (R7.3), and outside
'strict' they are kept as received."""
from __future__ import annotations

import contextlib
import contextvars
import functools
import inspect
import json
import logging
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple, TypeVar, Union

from pydantic import ConfigDict, validate_call
from pydantic_core import InitErrorDetails, PydanticCustomError, ValidationError

from .errors import ResponseValidationError
from .options import DEFAULT_MODE, MODES, check_validation  # noqa: F401 (re-exported)

logger = logging.getLogger("secure_ai_studio")

# The mode of the response being decoded, read by the enum hooks (models know no call options).
_current_mode: contextvars.ContextVar[str] = contextvars.ContextVar("secure_ai_studio_validation", default=DEFAULT_MODE)


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


Decoded = TypeVar("Decoded")
Location = Tuple[Union[str, int], ...]


def decode_at(location: Location, decode: Callable[[Any], Decoded], value: Any) -> Decoded:
    """`decode(value)` for the member at `location` of the enclosing object (generated from_dict
    calls this for every nested model). Pydantic's locations stop at the nested model, so a
    failure inside is re-raised as a ValidationError whose locations start at the enclosing
    object; level by level, the error reaching the body's decoder points into the whole body
    (R7.2, `/data/0/status`)."""
    try:
        return decode(value)
    except ValueError as error:
        raise located(error, location, value) from error


def located(error: ValueError, location: Location, value: Any) -> ValidationError:
    """`error` (pydantic's, or any ValueError a decoder raised) with `location` put in front of
    each of its locations; messages are kept word for word."""
    if isinstance(error, ValidationError):
        details = [_detail(e["type"], e["msg"], location + tuple(e["loc"]), e["input"]) for e in error.errors()]
        return ValidationError.from_exception_data(error.title, details)
    return ValidationError.from_exception_data(type(value).__name__, [_detail("value_error", str(error), location, value)])


def list_at(obj: Dict[str, Any], key: str) -> List[Any]:
    """`obj[key]`, which the spec says is an array (so a nested model's decoder can walk it)."""
    value = obj[key]
    if not isinstance(value, list):
        raise ValidationError.from_exception_data(
            "list", [_detail("list_type", f"Input should be a valid list (got {type(value).__name__})", (key,), value)])
    return value


Method = TypeVar("Method", bound=Callable[..., Any])


def validate_arguments(method: Method) -> Method:
    """pydantic's validate_call, with each error located by the parameter's name even when the
    argument was passed by position: `get_template(None)` reports `template_id`, not `1`."""
    # Arbitrary types: NotGiven defaults and the SDK's own classes are checked by isinstance.
    checked = validate_call(config=ConfigDict(arbitrary_types_allowed=True))(method)
    names = list(inspect.signature(method).parameters)

    def renamed(error: ValidationError) -> ValidationError:
        # A NOT_GIVEN default is one branch of an optional body field's union; that branch's
        # "should be an instance of NotGiven" says nothing to the caller.
        details = [_detail(e["type"], e["msg"], _named(e["loc"], names), e.get("input")) for e in error.errors()
                   if not (e["type"] == "is_instance_of" and "NotGiven" in e["msg"])]
        return ValidationError.from_exception_data(error.title, details)

    if inspect.iscoroutinefunction(method):
        @functools.wraps(method)
        async def acall(*args: Any, **kwargs: Any) -> Any:
            try:  # pydantic validates an async function's arguments when it is awaited
                return await checked(*args, **kwargs)
            except ValidationError as error:
                raise renamed(error) from None

        return acall  # type: ignore[return-value]

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return checked(*args, **kwargs)
        except ValidationError as error:
            raise renamed(error) from None

    return call  # type: ignore[return-value]


def _named(location: Tuple[Union[str, int], ...], names: List[str]) -> Location:
    if location and isinstance(location[0], int) and 0 <= location[0] < len(names):
        return (names[location[0]],) + tuple(location[1:])
    return tuple(location)


def _detail(kind: str, message: str, location: Location, value: Any) -> InitErrorDetails:
    # A custom error type keeps the message as it is (no "Value error, " prefix, braces untouched).
    return {"type": PydanticCustomError(kind, message), "loc": location, "input": value}


def issues_of(error: Exception) -> List[Dict[str, str]]:
    """`{path, message}` per problem: pydantic's errors with their location as a JSON pointer
    (nested models' errors already carry their place in the body, see decode_at), else the
    error's text at the root."""
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
