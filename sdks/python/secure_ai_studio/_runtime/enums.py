"""Forward compatibility of enums (docs/sdk-behavior.md R7.1, R7.3): a value the spec did not list
when the SDK was generated is kept as received and reported to the `logging` warning channel
(validation mode 'warn', also outside response decoding), silently kept ('off'), or a decoding
error ('strict')."""
from __future__ import annotations

import logging
from typing import Any, Iterable

from .validation import current_mode

logger = logging.getLogger("secure_ai_studio")


def keep_unknown_enum(where: str, value: Any, allowed: Iterable[Any]) -> Any:
    """`value` unchanged; when it is not in `allowed` a warning names the field and the value, or,
    while a response is decoded in 'strict' mode, a ValueError does (R7.1)."""
    known = set(allowed)
    values = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
    unknown = [v for v in values if v is not None and v not in known]
    mode = current_mode()
    if unknown and mode == "strict":
        raise ValueError(f"{', '.join(repr(v) for v in unknown)} is not one of {', '.join(repr(v) for v in sorted(known, key=str))}")
    if unknown and mode == "warn":
        logger.warning("%s: %s not one of the enum values known to this SDK (%s); kept as received",
                       where, ", ".join(repr(v) for v in unknown), ", ".join(repr(v) for v in sorted(known, key=str)))
    return value
