"""Idempotency keys (docs/sdk-behavior.md R3.6): an operation that declares the Idempotency-Key
header gets the caller's key or a fresh UUID v4, chosen once per call so every attempt sends it."""
from __future__ import annotations

import uuid
from typing import Any, Dict, Iterable

HEADER = "Idempotency-Key"


def with_idempotency_key(headers: Dict[str, Any], declared: Iterable[str]) -> Dict[str, Any]:
    """`headers` with an Idempotency-Key added when the operation declares one and none is set."""
    if HEADER.lower() not in (name.lower() for name in declared):
        return headers
    if any(name.lower() == HEADER.lower() for name in headers):
        return headers
    headers[HEADER] = str(uuid.uuid4())
    return headers
